"""The deck's slide budget: a slide of text too small to stand alone folds into another slide, or
with other small ones into 'Other highlights', led by its section's name."""

from __future__ import annotations

import re
from dataclasses import replace

from reportgen.data import sentences, titles
from reportgen.data.formatting import Formatter
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.plan.measure import (
    BODY_ROWS,
    FOLD_BELOW,
    PANEL_POINTS,
    POINTS_PER_SLIDE,
    ROW_CHARS,
    _body_rows,
    _fill,
    _fits_panel,
    _width,
)
from reportgen.data.plan.text_groups import _one_slide
from reportgen.data.plan.views import DeckPage, SectionView
from reportgen.data.punctuation import Punctuation
from reportgen.data.views import ListView, Under

#: The id of the deck's slide of small sections folded together (no data section id starts with '~').
OTHER_HIGHLIGHTS = "~other-highlights"


def _small(section: SectionView, page: DeckPage) -> bool:
    """A slide of text too small to stand alone: under FOLD_BELOW of a slide, or a statement with
    no bullets at all (a headline alone reads as an empty slide; it stays where nothing takes it)."""
    if page.layout != "points":
        return False
    return not page.points or _fill(section.title, page.headline, page.points) < FOLD_BELOW


def _news(section: SectionView) -> bool:
    """Whether the section holds the news (a figure the file marks `headline: true`): it never
    folds into 'Other highlights' unless the file asks (`deck: fold`); it keeps a slide in the
    file's order, or joins one there (review CC: 'Festivalen sålde slut för första gången' last,
    after the artists' voices, under 'Andra höjdpunkter')."""
    return section.deck != "fold" and any(f.headline for f in section.figure_list)


def _at_body_size(headline: str, points: tuple[str, ...]) -> bool:
    """Whether a slide that takes a folded section's text sets it at the body's size, with room
    under it: at most BODY_ROWS rows (review CC: a paragraph folded under 'Bilanz' filled the slide
    to its foot; three sections in 'Andra höjdpunkter' were shrunk to 18.6 pt)."""
    return _body_rows(headline, points) <= BODY_ROWS


def _as_points(section: SectionView, page: DeckPage, punct: Punctuation) -> tuple[str, ...]:
    """A folded page's text as bullets of another slide, led by the section's name (with its
    headline), so its bullets are not read as the other section's. They stay at the level of the
    slide's own bullets (review V: a folded section set as '–' sub-points of the section before it
    read as part of that section): its name is a heading over them (`_heads`)."""
    pair, after = punct.pair, punct.after_pair  # 'Fréquentation : le week-end …'
    if page.headline and page.headline.rstrip()[-1:] in ".!?。！？":
        # a summary is a sentence that stands alone: 'Teams worked through the weekend on …', not
        # 'Teams and projects: Teams worked …' (its name and its summary run together); under its
        # name, as a paragraph (`_paras`), not a bullet and not a sub-point (review V: 'Fazit der
        # Messeleitung' set as a dash bullet)
        return (section.title, page.headline, *page.points)
    if page.headline:
        return (f"{section.title}{pair}{after(page.headline)}", *page.points)
    if page.points and _says_title(page.points[0], section.title):  # 'Forum tracks: …' (Forums),
        return page.points  # '9 países representados' (Expositores de nueve países)
    if len(page.points) > 1:  # its bullets under its name, so all read as its
        return (section.title, *page.points)
    if page.points:  # the name leads its one bullet rather than standing alone as one ('Jury')
        return (f"{section.title}{pair}{after(page.points[0])}",)
    return (section.title,)


def _paras(lines: tuple[str, ...], section: SectionView, page: DeckPage) -> tuple[str, ...]:
    """The line of a folded section's text that is its summary under its name (`_as_points`): set
    as a paragraph, without a bullet, on the slide that takes it."""
    return (page.headline,) if lines[:2] == (section.title, page.headline) and page.headline else ()


def _says_title(point: str, title: str) -> bool:
    """Whether a bullet says what the section's name says, so that leading it with the name would
    print it twice: it opens with the name ('Forums: Forum tracks: …') or shares a word of it
    ('Expositores de nueve países: 9 países representados', 'Jury: …, president of the jury')."""
    if _names_itself(point, title):
        return True

    def stems(text: str) -> set[str]:
        return {w.removesuffix("s") for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    return bool(stems(point) & stems(title)) or (phrases_cjk(title[:1]) and title in point)


def _names_itself(point: str, title: str) -> bool:
    """Whether a bullet opens with the section's name already ('Forum tracks: …' under 'Forums'),
    so that leading it with the name would print it twice ('Forums: Forum tracks: …')."""
    first, name = point.split(maxsplit=1)[:1], title.split(maxsplit=1)[:1]
    if not first or not name:
        return False
    stem = name[0].casefold().removesuffix("s")
    return len(stem) >= 3 and first[0].casefold().removesuffix("s") == stem


def _folded(
    sections: tuple[SectionView, ...], fmt: Formatter, narrow: frozenset[str] = frozenset()
) -> tuple[SectionView, ...]:
    """The deck's slide budget (issue 19 item 3): a section, or a section's last slide, with too
    little text to fill a quarter of a slide leaves it. The small ones share one 'Other highlights'
    slide when together they fill one; otherwise each joins the previous text slide that has room,
    and only a slide that has nowhere to go stays as it is."""
    punct = fmt.punct
    kept: list[SectionView] = []
    moved: list[tuple[SectionView, DeckPage, DeckPage]] = []  # (section, page as folded, page)
    for section in sections:
        pages = section.deck_pages
        if pages and (len(pages) == 1 or pages[-1].continued) and section.deck != "own-slide":
            short = _without_repeats(pages[-1])
            if short.layout == "points" and (section.deck == "fold" or _small(section, short)):
                moved.append((section, short, pages[-1]))
                pages = pages[:-1]
        kept.append(replace(section, deck_pages=pages))
    pooled = [m for m in moved if not _news(m[0])]  # the news keeps its place (`_news`)
    points = tuple(p for section, page, _ in pooled for p in _as_points(section, page, punct))
    title = fmt.gettext("Other highlights")
    heads = tuple(h for section, page, _ in pooled for h in _heads(_as_points(section, page, punct), section))
    counted = _counted(points, heads)
    if (
        len(pooled) > 1
        and _one_slide("", counted)
        and (_at_body_size("", points) or any(s.deck == "fold" for s, _, _ in pooled))  # the file's say
        and _fill(title, "", counted) >= FOLD_BELOW
    ):
        folded = tuple(section.id for section, _, _ in pooled)
        paras = tuple(
            h for section, page, _ in pooled for h in _paras(_as_points(section, page, punct), section, page)
        )
        page = DeckPage("points", "", points, "", True, False, folded=folded, heads=heads, paras=paras)
        other = SectionView(OTHER_HIGHLIGHTS, title, None, {}, (), {}, (), (), deck_pages=(page,))
        # in the file's order, after the last section it takes: before the voices, unless its
        # sections close the file (review CC: 'Andra höjdpunkter' after the artists' voices)
        after = max(i for i, s in enumerate(kept) if s.id in folded) + 1
        kept.insert(after, replace(other, points=points))
        moved = [m for m in moved if _news(m[0])]
    for section, page, whole in moved:  # each joins a text slide before it or after it, or stays
        at = next(i for i, s in enumerate(kept) if s.id == section.id)
        if kept[at].deck_pages:
            # the rest of a section that has slides of its own stays with them, beside its chart or
            # on a slide of its own after it, never on another section's slide under its name
            # (review R: a Korean section's key quote printed on the next section's slide)
            own = _own(kept[at].deck_pages, page, whole, narrow, tuple(kept[at].lists.values()))
            kept[at] = replace(kept[at], deck_pages=own)
            continue
        lines = _as_points(section, page, punct)
        waiting = frozenset(s.id for s, _, _ in moved)
        if _host(
            kept, at, lines, section.id, narrow, _heads(lines, section), _paras(lines, section, page), waiting
        ):
            continue
        if whole.novel == () and not whole.points and sentences.is_title(whole.headline):
            # a summary whose figures are all tiles: the title of their page of tiles says it
            # (`_glance_headlines`); one too long for a title stays, as a statement slide
            continue
        # a line or two no slide can take, left by a chart that takes no text beside it: a slide
        # of their own under the section's name, set large (`statement`), not a '(continued)' of two
        # lines after a chart
        before = kept[at].deck_pages
        lone = (
            whole.layout == "points"
            and len(whole.points) <= 2
            and bool(before)
            and before[-1].layout == "chart"
        )
        if (
            not before
            and whole.headline
            and not whole.points
            and not titles.title_and_lead(whole.headline)[1]
        ):
            # a section of one sentence that no neighbour can take: the statement under its name,
            # set large, not its title over an empty slide (dlfk's 'Ausblick', the file's last
            # section after a full slide: 'only 16 % of the slide is used')
            whole = replace(whole, headline="", points=(whole.headline,))
        kept[at] = replace(
            kept[at], deck_pages=(*before, replace(whole, novel=None, continued=whole.continued and not lone))
        )
    return _closing_strips(kept)


def _closing_strips(kept: list[SectionView]) -> tuple[SectionView, ...]:
    """The deck once each slide of a short list alone (`_own`: titled by its label, its items one
    line under it, 'Hoofdsponsors' after the chart of foreign exhibitors) gives way to the list's
    one line on the deck's closing slide, the last text slide after it ('Hoofdsponsors: Rabobank
    …' after the programme), where that slide holds it at the body's size (BODY_ROWS): sponsors
    and partners are a 'with thanks to' line at the deck's end, not a slide of six names set large
    (review OO1, the nl fair's slide 4). The line names itself by its label, so it is set as a
    paragraph of its own, not one more bullet of the closing slide's section."""
    closing = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].deck_pages), None)
    if closing is None or kept[closing].deck_pages[-1].layout != "points":
        return tuple(kept)
    for at, section in enumerate(kept[:closing]):
        pages = section.deck_pages
        listed = _strip(pages[-1], tuple(section.lists.values())) if len(pages) > 1 else None
        last = kept[closing].deck_pages[-1]
        if listed is None or last.pull or listed.sentence in last.points:
            continue
        points = (*last.points, listed.sentence)
        if not _one_slide(last.headline, _counted(points, last.heads)):
            continue
        if _body_rows(last.headline, points) > BODY_ROWS:
            continue
        kept[at] = replace(section, deck_pages=pages[:-1])
        taken = replace(
            last, points=points, folded=(*last.folded, section.id), paras=(*last.paras, listed.sentence)
        )
        kept[closing] = replace(kept[closing], deck_pages=(*kept[closing].deck_pages[:-1], taken))
    return tuple(kept)


def _strip(page: DeckPage, lists: tuple[ListView, ...]) -> ListView | None:
    """The list whose slide `page` is, a short list alone titled by its label (`_own`), or None."""
    if page.layout != "points" or page.headline or len(page.points) != 1:
        return None
    return next(
        (
            x
            for x in lists
            if x.sentence
            and page.found == x.label.rstrip().rstrip(":：").rstrip()
            and page.points[0] in x.sentence
        ),
        None,
    )


def _own(
    pages: tuple[DeckPage, ...],
    page: DeckPage,
    whole: DeckPage,
    narrow: frozenset[str],
    lists: tuple[ListView, ...] = (),
) -> tuple[DeckPage, ...]:
    """A section's slides once its small last page joins them: its bullets go beside the section's
    chart where the chart leaves room; otherwise the page stays a slide of its own (the split that
    made it stands), a statement set large after a chart rather than a '(continued)' of two lines."""
    last = pages[-1]
    if last.layout == "chart" and last.chart in narrow and page.points and _fits_panel(page.points):
        return (*pages[:-1], replace(last, layout="chart-and-points", points=page.points))
    lone = whole.layout == "points" and len(whole.points) <= 2 and last.layout == "chart"
    said = last.headline.rstrip().endswith(tuple(".!?。！？"))  # a sentence the count can follow
    if lone and not whole.headline and _counts_only(page.points) and said:
        # a count or two with no sentence is no statement (review S: '96 sessions and workshops'
        # alone under 'Delegates and speakers'): it ends the chart slide's lead, with the lead's
        # stop, rather than a line hanging under it (review U)
        stop = last.headline.rstrip()[-1]
        gap = "" if stop in "。！？" else " "
        counts = gap.join(p.rstrip() + stop for p in page.points)
        return (*pages[:-1], replace(last, headline=f"{last.headline.rstrip()}{gap}{counts}"))
    listed = _listed(page, lists) if lone and not whole.headline else None
    if listed is not None:
        # a short list set as one sentence, alone after its chart ('Hoofdsponsors: Rabobank …'):
        # titled by its label, its items a list under it, not one sentence under the section's
        # name, which heads the chart's slide (review MM: the sponsors under 'Bezoekers en
        # exposanten', set large and centred as if they were the section's message)
        named = listed.label.rstrip().rstrip(":：").rstrip()
        line = page.points[0].removeprefix(listed.label).lstrip().lstrip(":：").lstrip()
        return (*pages, DeckPage("points", "", (line,), "", False, True, found=named))
    if lone and whole.headline and not whole.points:
        # a line alone (a key quote with its credit) is the statement under the section's name, not
        # a title over an empty slide
        whole = replace(whole, headline="", points=(whole.headline,))
    return (*pages, replace(whole, novel=None, continued=whole.continued and not lone))


def _listed(page: DeckPage, lists: tuple[ListView, ...]) -> ListView | None:
    """The list of its section whose one sentence ('Tracks: adaptation finance and blue carbon') is
    all `page` prints, or None."""
    if len(page.points) != 1 or isinstance(page.points[0], Under):
        return None
    said = page.points[0].rstrip().rstrip(".。")
    return next((x for x in lists if x.sentence and x.sentence.rstrip().rstrip(".。") == said), None)


def _counts_only(points: tuple[str, ...]) -> bool:
    """Whether `points` are bare counts only ('96 sessions and workshops'): no sentence, no
    quotation, no line of a list or a person, a number in each."""
    return bool(points) and all(
        not isinstance(p, Under)
        and not p.rstrip().endswith(tuple(".!?。！？”»」"))
        and any(c.isdigit() for c in p)
        and _width(p) <= ROW_CHARS // 2
        for p in points
    )


def _finding(headline: str) -> bool:
    """Whether a slide's headline gives its title (a finding of its own section's)."""
    return bool(headline) and bool(titles.title_and_lead(headline)[0] or titles.main_clause(headline))


def _heads(lines: tuple[str, ...], section: SectionView) -> tuple[str, ...]:
    """The line of a folded section's text that is its name over its bullets (`_as_points`): set
    as a heading on the slide that takes them, not as one more bullet, which read as a stray
    heading under another section's title (review 4b, the Korean robot expo)."""
    return (section.title,) if len(lines) > 1 and lines[0] == section.title else ()


def _counted(points: tuple[str, ...], heads: tuple[str, ...]) -> tuple[str, ...]:
    """`points` as a slide's fit counts them: a folded section's lines after its name count as
    one block with it, as a list's items under their lead line (`text_groups._bullet_count`): the
    name is a heading, not one more bullet (the rows all count)."""
    counted: list[str] = []
    under = False
    for point in points:
        under = under or point in heads
        counted.append(
            Under(point) if under and point not in heads and not isinstance(point, Under) else point
        )
    return tuple(counted)


def _without_repeats(page: DeckPage) -> DeckPage:
    """The page as it is folded into another slide: without the bullets that repeat a tile."""
    return page if page.novel is None else replace(page, points=page.novel, novel=None)


def _host(
    kept: list[SectionView],
    at: int,
    lines: tuple[str, ...],
    sid: str,
    narrow: frozenset[str] = frozenset(),
    heads: tuple[str, ...] = (),
    paras: tuple[str, ...] = (),
    waiting: frozenset[str] = frozenset(),
) -> bool:
    """Put `lines` on the last text slide of the section before `at` if it has room for them, after
    its bullets, or else on the first slide of the section after it: a text slide or a chart's
    panel, or a chart slide without a headline (as its headline). False when neither can take them.
    Only those two neighbours in the file's order (`_neighbours`): a section never folds across
    others (review GG: the Dutch summit's 'Volgende editie', its last section, printed under
    'Deelname', its first, before 'Uitkomsten' and 'Toezeggingen'). The sections keep the file's
    order on the slide (review V: 'Financement' printed under 'Lancements', the section after it):
    on a later section's slide the folded lines come first, and that section's own bullets follow
    under its name, so they are not read as the folded section's."""
    before, after = _neighbours(kept, at, waiting)
    for i in before:
        pages = kept[i].deck_pages if kept[i].id != OTHER_HIGHLIGHTS else ()  # the news stays out
        last = pages[-1] if pages else None
        fits = (
            last is not None
            and _one_slide(last.headline, _counted(last.points + lines, (*last.heads, *heads)))
            and _at_body_size(last.headline, last.points + lines)
        )
        if last is not None and last.layout == "points" and fits:
            kept[i] = replace(
                kept[i],
                deck_pages=(
                    *pages[:-1],
                    replace(
                        last,
                        points=last.points + lines,
                        folded=(*last.folded, sid),
                        heads=(*last.heads, *heads),
                        paras=(*last.paras, *paras),
                    ),
                ),
            )
            return True
    for i in after:
        pages = kept[i].deck_pages
        if not pages or kept[i].id == OTHER_HIGHLIGHTS:
            return False
        first = pages[0]
        if _finding(first.headline) or (first.layout != "points" and first.found):
            # its title is that section's finding (or its chart's): lines set before it, or beside
            # its chart, would stand under a title that is not theirs (review W: 'Investment and
            # deals' under 'Ministers and founders spoke of …'); the section keeps a slide of its own
            return False
        own = (kept[i].title,) if first.points and first.points[0] != kept[i].title else ()
        ahead = (*lines, *own, *first.points)
        room = {"points": POINTS_PER_SLIDE, "chart-and-points": PANEL_POINTS}.get(first.layout, 0)
        if first.layout == "points":
            fits = _one_slide(first.headline, _counted(ahead, (*first.heads, *heads, *own)))
            fits = fits and _at_body_size(first.headline, ahead)
        else:
            fits = len(ahead) <= room
            fits = fits and (first.layout != "chart-and-points" or _fits_panel(ahead))
        if fits:
            first = replace(
                first,
                points=ahead,
                folded=(*first.folded, sid),
                heads=(*first.heads, *heads, *own),
                paras=(*first.paras, *paras),
            )
        elif first.layout == "chart" and not first.headline and len(lines) == 1:
            first = replace(first, headline=lines[0], folded=(*first.folded, sid))
        elif first.layout == "chart" and first.chart in narrow and _fits_panel(lines):
            # a chart that leaves room beside it (not one of many names, drawn full width)
            first = replace(
                first,
                layout="chart-and-points",
                points=lines,
                folded=(*first.folded, sid),
                heads=heads,
                paras=paras,
            )
        else:
            return False
        kept[i] = replace(kept[i], deck_pages=(first, *pages[1:]))
        return True
    return False


def _neighbours(kept: list[SectionView], at: int, waiting: frozenset[str]) -> tuple[range, range]:
    """The sections beside `at` in the file's order that may take its text: the nearest one before
    it with slides, and the nearest one after it with slides unless a section between them still
    waits to be folded (it would then go before this one's text). A section without slides between
    is none: it printed nothing there, or it folded onto that same neighbour."""
    before = next((i for i in range(at - 1, -1, -1) if kept[i].deck_pages), None)
    after = next((i for i in range(at + 1, len(kept)) if kept[i].deck_pages or kept[i].id in waiting), None)
    return (
        range(before, before + 1) if before is not None else range(0),
        range(after, after + 1) if after is not None else range(0),
    )


def joined(
    sections: tuple[SectionView, ...], sid: str, fmt: Formatter, narrow: frozenset[str] = frozenset()
) -> tuple[SectionView, ...] | None:
    """The deck's sections once section `sid`'s one slide of text, thin (a line or two set large)
    and with nothing of its own the deck does not print elsewhere to fill it, joins the text slide
    of its neighbour in the file's order (`_host`), under its name; None where neither neighbour
    has room for it at the body's size (review PP: the Turkish conference's 'Yatırım ve iş
    birlikleri', two sentences, filled with the line of a tile the glance had just printed)."""
    kept = list(sections)
    at = next(i for i, s in enumerate(kept) if s.id == sid)
    section = kept[at]
    before, _ = _neighbours(kept, at, frozenset())
    if any(_one_text(kept[i].deck_pages[-1]) for i in before):
        # a slide of one text (a quote) the glance takes as its tiles' lead or notes: no host, and
        # not passed over for the section after it, out of the file's order
        return None
    page = _without_repeats(section.deck_pages[-1])
    lines = _as_points(section, page, fmt.punct)
    kept[at] = replace(section, deck_pages=())
    if _host(kept, at, lines, sid, narrow, _heads(lines, section), _paras(lines, section, page)):
        return tuple(kept)
    return None


def _one_text(page: DeckPage) -> bool:
    """Whether a slide of text prints one text under its title and nothing else: the plan may set it
    elsewhere (the lead or the notes of its tiles' page: plan/glance.py)."""
    return page.layout == "points" and len([t for t in (page.lead, *page.points) if t]) <= 1
