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
from reportgen.data.plan.lists import label_is
from reportgen.data.plan.measure import BODY_ROWS, _body_rows
from reportgen.data.plan.views import DeckPage, SectionView
from reportgen.data.views import ListView, Quoted, Speaker, Under


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
    """Whether the slide's title or its section's name says the list's label already ('Partnerzy'
    over the partners): its label is then not printed again over its names (review RR1 #7)."""
    return (
        item_list.echoes_title
        or label_is(item_list.label, section.title)
        or (bool(page.found) and label_is(item_list.label, page.found))
    )


def _set(page: DeckPage, section: SectionView, lists: list[ListView], fmt: Formatter) -> DeckPage:
    if page.layout != "points" or page.credit:
        return page
    at = [(i, x) for i, p in enumerate(page.points) if p not in page.paras and (x := _found(p, lists))]
    if len(at) != 1 or isinstance(page.points[at[0][0]], Under):
        return page
    index, item_list = at[0]
    if len(page.points) == 1:
        return _alone(page, section, item_list, fmt)
    if any(isinstance(p, Quoted | Speaker) for p in page.points):  # among people: apart from them
        return _apart(page, section, index, item_list)
    return page  # among figures' lines, a line as theirs are


def _alone(page: DeckPage, section: SectionView, item_list: ListView, fmt: Formatter) -> DeckPage:
    """The list all the slide says: its items a line each (under its label where the title does
    not say it), never one sentence of names set large as a poster (reviews QQ1, QQ2); in columns
    where a line each would outgrow the slide's box (review RR3 D1), titled by its label."""
    items = tuple(item_list.items)
    named = _named(item_list, page, section)
    points = items if named else (f"{item_list.label}{fmt.punct.pair}".rstrip(), *map(Under, items))
    if _body_rows(page.headline, points) <= BODY_ROWS:
        return replace(page, points=points)
    laid = list_layout.lay_out(items, item_list.columns, bool(page.headline))
    if len(laid.pages) > 1 or laid.columns < 2:
        return page
    label = "" if named else item_list.label.rstrip().rstrip(":：").rstrip()
    columns = {"columns": laid.columns, "columns_why": laid.why}
    return replace(page, layout="columns", points=items, found=page.found or label, **columns)


def _apart(page: DeckPage, section: SectionView, index: int, item_list: ListView) -> DeckPage:
    """The list among other text (people, their words): its label a heading of its own and its
    names a paragraph under it, after what comes before it, not a bullet after a quotation; where
    the heading would outgrow the slide's box, or the title says the label, its sentence as a
    paragraph of its own."""
    names = item_list.names
    before, after = page.points[:index], page.points[index + 1 :]
    label = item_list.label.rstrip().rstrip(":：").rstrip()
    if not _named(item_list, page, section) and names:
        points = (*before, label, names, *after)
        if _body_rows(page.headline, points) <= BODY_ROWS:
            return replace(page, points=points, heads=(*page.heads, label), paras=(*page.paras, names))
    line = page.points[index]
    return replace(page, points=(*before, str(line), *after), paras=(*page.paras, str(line)))
