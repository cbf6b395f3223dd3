"""A short list's one sentence on a slide set as a list, once the deck's slides are placed (folded,
titled): where the list is all its slide says, its items a line each, in columns where a line each
would not fit; where it closes a slide of people and their words, apart from them, its label a heading and its
names a paragraph under it, not one more bullet 'Partners: Leeds City Council, …' after a quotation
(reviews QQ1, RR1 #7, RR3 D1). Placement is the plan's (plan/folding.py); this only sets the lines
of the slides it made, and leaves a slide whose body would outgrow its box as it is."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data import list_layout
from reportgen.data.formatting import Formatter
from reportgen.data.plan.lists import heading_is_label
from reportgen.data.plan.measure import BODY_ROWS, _body_rows
from reportgen.data.plan.views import DeckPage, SectionView
from reportgen.data.views import Listed, ListView, Quoted, Speaker, Under


def lists_as_lists(sections: tuple[SectionView, ...], fmt: Formatter) -> tuple[SectionView, ...]:
    """`sections` with each slide of text that prints a short list's one sentence set as a list."""
    lists = [x for s in sections for x in s.lists.values() if x.sentence and not x.lead]
    out = []
    for section in sections:
        pages = tuple(_set(page, section, lists, fmt) for page in section.deck_pages)
        out.append(replace(section, deck_pages=pages) if pages != section.deck_pages else section)
    return tuple(out)


def _unstopped(text: str) -> str:
    return text.rstrip().rstrip(".。")


def _found(point: str, lists: list[ListView]) -> ListView | None:
    """The list whose one sentence, or whose names without their label, `point` is."""
    said = _unstopped(point)
    return next((x for x in lists if said in (_unstopped(x.sentence), _unstopped(x.names))), None)


def _named(item_list: ListView, page: DeckPage, section: SectionView) -> bool:
    """Whether the slide's title or its section's name is the list's label, the whole phrase
    ('Partnerzy' over the partners): its label is then not printed again over its names (review
    RR1 #7); 'Partenaires de la soirée' under 'La soirée' keeps its own, and so do the partners
    under 'Partner investment' (review UU1 B)."""
    return item_list.named_by_title or (bool(page.found) and heading_is_label(page.found, item_list.label))


def _set(page: DeckPage, section: SectionView, lists: list[ListView], fmt: Formatter) -> DeckPage:
    if page.layout != "points" or page.credit:
        return page
    at = [(i, x) for i, p in enumerate(page.points) if p not in page.paras and (x := _found(p, lists))]
    if not at or any(isinstance(page.points[i], Under) for i, _ in at):
        return page
    if len(at) > 1:
        return _lists(page, section, [x for _, x in at], fmt) if len(at) == len(page.points) else page
    index, item_list = at[0]
    if len(page.points) == 1:
        return _alone(page, section, item_list, fmt)
    if any(isinstance(p, Quoted | Speaker) for p in page.points):  # among people: apart from them
        return _apart(page, section, index, item_list)
    return page  # among figures' lines, a line as theirs are


def _label(item_list: ListView) -> str:
    return item_list.label.rstrip().rstrip(":：").rstrip()


def _lines(item_list: ListView, page: DeckPage, section: SectionView, fmt: Formatter) -> tuple[str, ...]:
    """A list's items a line each: under its label ('Hoofdsponsors:'), a level down, where the
    slide's title does not say it; level with the slide's bullets where it does."""
    if _named(item_list, page, section):
        return tuple(map(Listed, item_list.items))  # a list's lines: never a pull quote (DeckPage.pull)
    return (f"{item_list.label}{fmt.punct.pair}".rstrip(), *map(Under, item_list.items))


def _head(item_list: ListView, page: DeckPage, section: SectionView) -> tuple[str, ...]:
    """A list's label as the heading over its names, or none where the title says it."""
    return () if _named(item_list, page, section) else (_label(item_list),)


def _alone(page: DeckPage, section: SectionView, item_list: ListView, fmt: Formatter) -> DeckPage:
    """The list all the slide says: its items a line each (under its label where the title does
    not say it), never one sentence of names set large as a poster (reviews QQ1, QQ2); in columns
    where a line each would outgrow the slide's box (review RR3 D1), titled by its label."""
    points = _lines(item_list, page, section, fmt)
    if _body_rows(page.headline, points) <= BODY_ROWS:
        return replace(page, points=points)
    items = tuple(item_list.items)
    laid = list_layout.lay_out(items, item_list.columns, bool(page.headline))
    if len(laid.pages) > 1 or laid.columns < 2:
        return page
    found = page.found or "".join(_head(item_list, page, section))
    columns = {"columns": laid.columns, "columns_why": laid.why}
    return replace(page, layout="columns", points=items, found=found, **columns)


def _lists(page: DeckPage, section: SectionView, lists: list[ListView], fmt: Formatter) -> DeckPage:
    """Lists all the slide says (sponsors, then supporters): each its items a line under its label,
    where they fit the slide's box; else each its label a heading over its names, a paragraph; not
    two sentences of names set large and centred (review QQ2: 'Patrocinadores: Banco Planalto, …').
    Their labels tell them apart, whatever the title says of them."""
    lines = tuple(
        line for x in lists for line in (f"{x.label}{fmt.punct.pair}".rstrip(), *map(Under, x.items))
    )
    if _body_rows(page.headline, lines) <= BODY_ROWS:
        return replace(page, points=lines)
    heads = tuple(_label(x) for x in lists)
    names = tuple(Listed(x.names) for x in lists)
    points = tuple(t for pair in zip(heads, names, strict=True) for t in pair)
    if _body_rows(page.headline, points) > BODY_ROWS or len(set(points)) < len(points):
        return page
    return replace(page, points=points, heads=(*page.heads, *heads), paras=(*page.paras, *names))


def _apart(page: DeckPage, section: SectionView, index: int, item_list: ListView) -> DeckPage:
    """The list among other text (people, their words): its label a heading of its own and its
    names a paragraph under it, after what comes before it, not a bullet after a quotation; where
    the heading would outgrow the slide's box, or the title says the label, its sentence as a
    paragraph of its own."""
    before, after = page.points[:index], page.points[index + 1 :]
    head = _head(item_list, page, section)
    if head and item_list.names:
        points = (*before, *head, Listed(item_list.names), *after)
        if _body_rows(page.headline, points) <= BODY_ROWS:
            paras = (*page.paras, Listed(item_list.names))
            return replace(page, points=points, heads=(*page.heads, *head), paras=paras)
    line = Listed(page.points[index])
    return replace(page, points=(*before, line, *after), paras=(*page.paras, line))
