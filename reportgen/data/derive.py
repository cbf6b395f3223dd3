"""Everything computed from the model, computed once: formatted figures, shares, chart data, the slug.

The result is the context both templates see and the data the charts draw. Templates get figures as
`FigureView`s whose texts are already formatted ("nearly RMB 15 billion"), so a template author can
write `{{ f.text }}` and never get a qualifier wrong.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from reportgen.data import (
    facts,
    sentences,
    titles,
)
from reportgen.data.chart_data import ChartBar, ChartData, ChartSeries
from reportgen.data.chart_kinds import CHART_KINDS
from reportgen.data.formatting import Formatter
from reportgen.data.model import Event, EventSummary, Source
from reportgen.data.plan.briefing import _briefing_figures, _first_page_quotes, _quoted, _table_figures
from reportgen.data.plan.carried import _carried_lines, _carrying, _key_quotes
from reportgen.data.plan.charts import _chart_data, _states_a_number, alt_text
from reportgen.data.plan.figures import _figure_view, plain_number
from reportgen.data.plan.folding import OTHER_HIGHLIGHTS, _folded
from reportgen.data.plan.lists import _columned, _label_is, _lead, _list_points
from reportgen.data.plan.measure import (
    FOLD_BELOW,
    PULL_ROWS,
    ROW_CHARS,
    TEXT_ROWS,
    TILES_PER_SLIDE,
    _fits_panel,
    _rows,
    _width,
    chunks,
)
from reportgen.data.plan.printings import (
    MOST_REPEATS,
    Printings,
    _printed_twice,
    _printings,
    _slide_quote,
)
from reportgen.data.plan.quotes import (
    _credit,
    _credited,
    _echoes,
    _fitting_titles,
    _people,
    _texts,
    _unsaid_items,
    _whole,
    _with_echo,
    _worded,
)
from reportgen.data.plan.slide_titles import _titled
from reportgen.data.plan.stated import (
    _captions_giving_way,
    _drawn_labels,
    _Figures,
    _findings_unsaid,
    _in_briefing,
    _labelled_bars,
    _stated,
    _stated_by_deck_charts,
    _told_by_briefing_charts,
    _written_in,
)
from reportgen.data.plan.text_groups import _text_groups
from reportgen.data.plan.views import (
    DeckPage,
    Derived,
    FigureView,
    LaunchView,
    PartView,
    SectionView,
)
from reportgen.data.views import (
    Quoted,
    QuoteView,
    Under,
    list_view,
)

#: What other modules import from here: the plan's entry point and the types it hands them. Its
#: parts are in data/plan/ (docs/architecture.md).
__all__ = [
    "FOLD_BELOW",
    "MOST_REPEATS",
    "OTHER_HIGHLIGHTS",
    "PULL_ROWS",
    "ChartBar",
    "ChartData",
    "ChartSeries",
    "DeckPage",
    "Derived",
    "FigureView",
    "LaunchView",
    "PartView",
    "QuoteView",
    "SectionView",
    "alt_text",
    "chunks",
    "derive",
    "plain_number",
    "slugify",
]


#: A section slide's footer holds the deck's sources in up to three lines of 16 pt: about this
#: many narrow characters. One source or several: a Sources slide of the few lines that fit there
#: is a title over an empty slide (issue 19); longer ones keep their slide.
FOOTER_CHARS = 270
#: A Sources slide of at most this many rows of ROW_CHARS (two or three short sources) covers far
#: less than a quarter of its slide: where their whole line is too long for the footer, the
#: footer cites them without their addresses, then without their notes too (the briefing prints
#: both), rather than leave a slide of a few lines.
SPARSE_SOURCE_ROWS = 6
#: Five lines of it (the source box grows up from the slide's foot) where the last slide is a
#: slide of text whose body leaves its foot empty: at most FOOTER_BODY_ROWS rows of text.
FOOTER_MOST_CHARS = 450
FOOTER_BODY_ROWS = TEXT_ROWS - 6
#: The footer under the last tiles holds one line of this many narrow characters.
GLANCE_FOOTER_CHARS = 90


def derive(summary: EventSummary, fmt: Formatter) -> Derived:
    figures: dict[str, FigureView] = {}
    sections: dict[str, SectionView] = {}
    proper = sentences.proper_words(_texts(summary))
    bare = sentences.bare_figures(summary)
    for section_id, section in summary.sections.items():
        views = {
            fid: _worded(_figure_view(f"{section_id}.{fid}", fid, fig, fmt), summary, fmt, proper, bare)
            for fid, fig in section.figures.items()
        }
        figures.update({v.ref: v for v in views.values()})
        launches = tuple(
            LaunchView(
                launch.name,
                fmt.punct.after_pair(launch.summary) if launch.summary else launch.summary,  # after ': '
                launch.items_label,
                _unsaid_items(launch.items, launch.summary),
                tuple(views[k] for k in launch.figures),
                _credited(launch.quote, summary, fmt),
                sentences.launch(
                    launch.name,
                    launch.summary,
                    launch.items_label,
                    _unsaid_items(launch.items, launch.summary),
                    (views[k] for k in launch.figures),
                    fmt.locale,
                    proper,
                ),
            )
            for launch in section.launches
        )
        sections[section_id] = SectionView(
            section_id,
            section.title,
            section.summary,
            views,
            tuple(views.values()),
            {
                lid: _with_echo(
                    replace(
                        list_view(item_list),
                        quote=_credited(item_list.quote, summary, fmt),
                        sentence=sentences.item_list(item_list.label, item_list.items, fmt.locale),
                        lead=_lead(item_list.label, item_list.items, fmt),
                        echoes_title=_label_is(item_list.label, section.title),
                    )
                )
                for lid, item_list in section.lists.items()
            },
            _people(section.people, summary, fmt),
            launches,
            deck=section.deck,
        )
    charts = {cid: _chart_data(cid, spec, summary, figures, fmt) for cid, spec in summary.charts.items()}
    # A chart goes after the last section whose figures it draws, so text comes before its picture.
    placed: dict[str, list[str]] = {sid: [] for sid in sections}
    order = list(sections)
    for cid, spec in summary.charts.items():
        home = max((ref.split(".")[0] for ref in spec.figures), key=order.index)
        placed[home].append(cid)
    # the news first (`headline: true`), then the other key figures in the file's order
    key_figures = tuple(sorted((v for v in figures.values() if v.key), key=lambda v: not v.headline))
    headline = (key_figures or tuple(figures.values()))[:3]
    charts = _captions_giving_way(charts, figures, headline, fmt.locale)
    charts = _findings_unsaid(charts, summary)
    # Each figure in its best form once and at most once more (issue 19 item 2). The deck: a key
    # figure a deck chart draws and its caption states is the chart's (printed twice there), the
    # others are tiles and, once more, a chart's bar or their section's bullet (not where a
    # two-value chart's sentence states it on that slide; and a slide of bullets that only repeat
    # tiles is folded without them, or made only where it has something else to say). The
    # briefing: the band prints the headline figures, the key-figures table the other key figures,
    # the sections the rest (those of the first page with a breakdown: the breakdown alone).
    # The headline figures are the glance slide's (the news, issue 19 item 11). A chart whose
    # caption states one yields its slide's message to its section's summary, where that can be a
    # title; otherwise the figure is left to the chart's slide, which prints it twice.
    first_charts = {cids[0]: sid for sid, cids in placed.items() if cids}
    headline_refs = {f.ref for f in headline}
    yielding = {
        cid
        for cid, sid in first_charts.items()
        if "deck" in charts[cid].documents
        and sentences.is_title(sections[sid].summary or "")
        and _stated({cid: charts[cid]}, figures, lambda c: True) & headline_refs
    }
    stated = _stated_by_deck_charts({c: d for c, d in charts.items() if c not in yielding}, figures)
    # a key figure a deck chart labels is the chart's, unless it is one of the headline figures:
    # a page of tiles and then a chart of the same numbers reads as the same slide twice
    charted = _labelled_bars(
        (charts[c] for sid, cids in placed.items() if sections[sid].deck != "omit" for c in cids), "deck"
    )
    tiles = tuple(  # a figure's own `deck:` overrides: 'tile' is one, 'bullet' and 'omit' are not
        f
        for f in figures.values()
        if f.deck == "tile"
        or (f.deck == "auto" and f.key and f.ref not in stated and (f in headline or f.ref not in charted))
    )
    # the news on the first tiles, in the band's order
    tiles = tuple(sorted(tiles, key=lambda f: headline.index(f) if f in headline else len(headline)))
    tile_refs = frozenset(f.ref for f in tiles)
    in_deck_charts = {ref for c in charts.values() if "deck" in c.documents for ref in c.figure_refs}
    # the figures whose breakdown a briefing chart draws (a donut, stacked or grouped bars, a
    # chart of one figure's parts): a bullet listing the parts again ('(Spain: 980, Portugal: 120,
    # …)') under that chart would print each a second time, as 'Label: value'
    parts_drawn = {
        ref
        for cid, spec in summary.charts.items()
        if "briefing" in charts[cid].documents
        and not charts[cid].too_few
        and (spec.breakdown or CHART_KINDS[spec.kind.value].draws_breakdowns)
        for ref in spec.figures
    }
    in_deck_charts |= _stated(charts, figures, lambda c: c.too_few)  # its sentence states them
    # the briefing: a figure a briefing chart draws with its amount (a bar's label, the total) and
    # whose caption states it is the chart's, as a deck chart's is: the band or the key-figures
    # table would print it a third time ('nearly RMB 15 billion' in the band, on its bar, in the
    # caption); the band takes the next key figure in its place
    # The news (`headline: true`) is on the first page whatever charts it: the band prints it,
    # and the chart's label is its second printing (a caption that states it too prints it a
    # third time, which the document check reports: the caption should name the finding).
    told = _told_by_briefing_charts(charts, figures, fmt.locale) - {f.ref for f in key_figures if f.headline}
    first_key = tuple(f for f in key_figures if f.ref not in told)
    band = tuple(f for f in (key_figures or tuple(figures.values())) if f.ref not in told)[:3]
    table_figures = _table_figures(first_key, band)
    on_first_page = {f.ref for f in (*table_figures, *band)}
    captioned = _stated(
        {c: d for c, d in charts.items() if "briefing" in d.documents or d.too_few}, figures, bool
    )
    # a figure stating the fact of one the first page prints (data/facts.py) and labelled on a
    # briefing chart: that label is the fact's second printing, so a quotation of it is not printed
    first_facts = {facts.fact(figures[r]): r for r in on_first_page}
    drawn_twins = {
        ref
        for c in charts.values()
        if _in_briefing(c)
        for ref in c.figure_refs
        if first_facts.get(facts.fact(figures[ref]), ref) != ref
        and _written_in(_Figures((figures[ref],)), list(_drawn_labels(c)), fmt.locale)
    }
    # how often the deck prints each figure: a quotation that says one is printed on its slide only
    # where that stays within MOST_REPEATS
    values = _printings(figures, sections, tile_refs, in_deck_charts, stated)
    twice = _printed_twice(figures, sections, tile_refs, in_deck_charts, stated)
    briefed = {
        sid: replace(
            view,
            chart_sentences=tuple(
                charts[c].caption
                for c in placed[sid]
                if charts[c].too_few and charts[c].caption and charts[c].caption != charts[c].title
            ),
            charts=tuple(placed[sid]),
            briefing_charts=tuple(c for c in placed[sid] if "briefing" in charts[c].documents),
            deck_charts=tuple(c for c in placed[sid] if "deck" in charts[c].documents),
            briefing_figures=_briefing_figures(  # nor those its two-value chart's sentence states
                view,
                on_first_page,
                _labelled_bars(charts[c] for c in placed[sid])
                | _stated({c: charts[c] for c in placed[sid]}, figures, lambda c: c.too_few)
                # a whole whose parts a briefing chart draws and whose caption states it: a
                # bullet '52,000 registrations by role' over that chart says it a third time
                | (parts_drawn & _stated({c: charts[c] for c in placed[sid]}, figures, _in_briefing))
                # a figure a chart of another section draws and captions: printed twice there
                | told,
                parts_drawn,
                _labelled_bars(charts[c] for c in placed[sid]),  # their notes: under the chart
            ),
            breakdown_only=tuple(
                f.ref
                for f in view.figure_list
                if f.ref in on_first_page and f.parts and f.ref not in parts_drawn
            ),
            parts_charted=tuple(f.ref for f in view.figure_list if f.ref in parts_drawn),
            quoted=_quoted(view, on_first_page | captioned, fmt.locale),
            # a first-page figure's quote in its section, under the summary: its second printing
            quoted_first=_first_page_quotes(
                view,
                on_first_page,
                [charts[c] for c in placed[sid]],
                fmt.locale,
                (told | drawn_twins, tuple(figures.values())),
            ),
        )
        for sid, view in sections.items()
    }
    # The news's quote (the event's key line) carries its figure in both documents: the figure's
    # plain line gives way to it, and a donut's total where that is still one printing too many
    carried = _key_quotes(
        figures,
        briefed,
        charts,
        (tile_refs, in_deck_charts, stated),
        on_first_page,
        fmt,
        summary.event.summary or "",
    )
    charts = {c: replace(d, total_text="") if c in carried.bare_donuts else d for c, d in charts.items()}
    sections = {
        sid: _paged(
            _carrying(view, carried.briefing),
            charts,
            in_deck_charts,
            fmt,
            tile_refs,
            yielding,
            values,
            _carried_lines(view, carried.deck, fmt),
        )
        for sid, view in briefed.items()
    }
    narrow = frozenset(c for c, d in charts.items() if not d.full_width)
    deck_sections = _titled(_folded(tuple(sections.values()), fmt, narrow), fmt, values, twice)
    # the deck's sources in its last slide's footer rather than on a slide of a few lines, where
    # they fit its three lines (FOOTER_CHARS)
    in_footer = bool(summary.sources)
    glance_source = ""
    if in_footer:
        line = _source_line(summary, fmt)
        deck_sections, in_footer = _with_source_line(deck_sections, line, FOOTER_CHARS)
        if not in_footer and _sparse_sources(summary, fmt):
            for cited in ("note", ""):  # without addresses; then without notes too
                deck_sections, in_footer = _with_source_line(
                    deck_sections, _source_line(summary, fmt, cited), FOOTER_CHARS
                )
                if in_footer:
                    break
        if not in_footer and tiles and not any(s.deck_pages for s in deck_sections):
            # a deck of tiles alone: the source under the last tiles, not a slide of one line
            glance_source, in_footer = (line, True) if _width(line) <= GLANCE_FOOTER_CHARS else ("", False)
    glance_pages = chunks(tiles, TILES_PER_SLIDE)
    glance_headlines = _glance_headlines(glance_pages, sections, deck_sections)
    return Derived(
        slug=slugify(summary.event, summary._stem),
        sections=sections,
        figures=figures,
        key_figures=key_figures,
        charts=charts,
        headline_figures=band,
        glance_pages=glance_pages,
        glance_headlines=glance_headlines,
        glance_notes=_glance_notes(glance_pages, sections, deck_sections, glance_headlines, fmt),
        dates=fmt.date_range(summary.event.start_date, summary.event.closing_date),
        table_figures=table_figures,
        deck_sections=deck_sections,
        sources_slide=not in_footer,
        glance_source=glance_source,
    )


def _glance_headlines(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
) -> tuple[str, ...]:
    """Per page of tiles, the summary of a section whose tiles are on it, which has no slide and
    which no other slide prints (its slide would only have repeated the tiles): the page's title
    states it, 'at a glance' then a kicker above it, so no text of the data is silently absent
    from the deck (issue 19 item 3). '' for a page without one; a summary too long for a title
    is left out (`sentences.is_title`)."""
    printed = " ".join(t for s in deck_sections for p in s.deck_pages for t in (p.headline, *p.points))
    shown = {s.id for s in deck_sections if s.deck_pages}
    shown |= {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}
    heads: list[str] = []
    used: set[str] = set()
    for page in pages:
        refs = {f.ref for f in page}
        found = (
            s
            for s in sections.values()
            if s.id not in used | shown
            and s.deck != "omit"
            and s.summary
            and s.summary not in printed
            and sentences.is_title(s.summary)
            and any(f.ref in refs for f in s.figure_list)
        )
        section = next(found, None)
        heads.append(titles.unstopped(section.summary or "") if section else "")  # a title: no full stop
        if section:
            used.add(section.id)
    return tuple(heads)


def _glance_notes(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
    heads: tuple[str, ...],
    fmt: Formatter,
) -> tuple[tuple[str, ...], ...]:
    """Per page of tiles, the summaries ('Halls: Every hall was full on the last day.') of the
    sections whose figures are all tiles, which have no slide, are folded onto none and whose
    summary no page's title states (a page's title states one: `_glance_headlines`): in that
    page's speaker notes, the page of their first tile, so that no section's summary is on no slide
    and in no notes (a second such section on a page of tiles had been left out of the deck)."""
    told = {s.id for s in deck_sections if s.deck_pages}
    told |= {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}
    notes: list[list[str]] = [[] for _ in pages]
    for section in sections.values():
        if not section.summary or section.id in told or section.deck == "omit":
            continue
        if titles.unstopped(section.summary) in heads:
            continue
        refs = {f.ref for f in section.figure_list}
        at = next((i for i, page in enumerate(pages) if any(f.ref in refs for f in page)), None)
        if at is not None:
            notes[at].append(f"{section.title}{fmt.punct.pair}{fmt.punct.after_pair(section.summary)}")
    return tuple(tuple(n) for n in notes)


def _points(
    section: SectionView,
    charted: set[str],
    fmt: Formatter,
    values: Printings = frozenset(),
    carried: dict[str, str] | None = None,
) -> tuple[str, ...]:
    """The section's facts as deck bullets (`sentences`), leaving out figures a deck chart already
    shows. A person is named with their last title only: a slide has room for one. The news's
    quote (`carried`: its figure's ref, and the quotation as the slide prints it) comes first, in
    its figure's place: the figure's own line gives way to it (data/key_quotes.py)."""
    locale = fmt.locale
    carried = carried or {}
    points: list[str] = [line for ref, line in carried.items()]
    charted = charted | set(carried)
    for p in section.people:
        points.append(sentences.person(p.name, _fitting_titles(p.titles, p.role, fmt), p.role, locale))
        if _slide_quote(p.quote, values):  # their words on the slide, not only in the speaker's notes
            points.append(Quoted(_credit(fmt.quoted(p.quote.text), _whole(p.name), fmt)))
    for launch in section.launches:
        shown = [f for f in launch.figures if f.ref not in charted]  # a chart shows the others
        points.append(
            sentences.launch(launch.name, launch.summary, launch.items_label, launch.items, shown, locale)
            if launch.items or launch.summary or shown
            else launch.name
        )
        q = launch.quote
        if q is not None and _slide_quote(q, values):  # its words under its line, as a person's (review Q)
            said = fmt.quoted(q.text)
            points.append(Quoted(_credit(said, q.credit, fmt) if q.credit else said))
    stated = {f.ref for launch in section.launches for f in launch.figures}  # in their launch's line
    points += [f.sentence for f in section.figure_list if f.ref not in charted | stated]
    summary = (section.summary or "").casefold()
    for item_list in section.lists.values():  # not a list the summary already quotes (WAIC's slogan)
        if summary and all(str(item).casefold() in summary for item in item_list.items):
            continue
        points += _list_points(item_list, section.title)
    return tuple(points)


def _paged(
    section: SectionView,
    charts: dict[str, ChartData],
    charted: set[str],
    fmt: Formatter,
    tiles: frozenset[str] = frozenset(),
    yielding: set[str] | frozenset[str] = frozenset(),
    values: Printings = frozenset(),
    carried: dict[str, str] | None = None,
) -> SectionView:
    # A figure's own `deck:`: 'bullet' is a line of text even where a chart draws it, 'omit' none.
    bullets = {f.ref for f in section.figure_list if f.deck == "bullet"}
    omitted = {f.ref for f in section.figure_list if f.deck == "omit"}
    points = _points(section, charted - bullets | omitted, fmt, values, carried)
    if section.deck == "omit":  # the event file leaves it out of the deck; the briefing keeps it
        return replace(section, points=points, deck_pages=())
    novel = (
        points
        if section.deck == "own-slide"
        else _points(section, charted - bullets | tiles | omitted, fmt, values, carried)
    )
    if not (section.summary or section.chart_sentences) and not novel:
        points = ()  # bullets that only repeat the tiles, with nothing to say about them: no slide
    tiles_only = section.deck != "own-slide" and bool(points) and not novel and not section.deck_charts
    if tiles_only:  # a slide of bullets that only repeat the tiles: its summary alone (issue 19 item 2)
        return replace(section, points=points, deck_pages=(_statement(section, fmt),))
    # A figure that is a tile gets no bullet on its section's slides (the tiles just printed it),
    # unless the event file gives the section a slide of its own: its slides print `novel`.
    printed = points if section.deck == "own-slide" else novel
    pages: list[DeckPage] = []
    rest = printed
    about = _about_charts(rest, [charts[c] for c in section.deck_charts])
    for index, chart_id in enumerate(section.deck_charts):
        data = charts[chart_id]
        headline = _chart_headline(
            data, section.summary if index == 0 else None, chart_id in yielding, fmt.punct.space
        )
        # Beside the first chart when they all fit there; otherwise they get slides of their own,
        # so no slide carries a lone leftover bullet. A full-width chart (many names, or words too
        # long for a narrower chart) takes none, as the plan says: beside even two bullets its
        # names were squeezed until LibreOffice dropped every other one.
        wide = data.full_width
        if index > 0 and about.get(index):  # the text about this chart's figures: its lead (a
            # later chart's slide has no panel: the template sets the chart-and-points slide first)
            mine = fmt.punct.space.join(about[index])
            both = f"{headline}{fmt.punct.space}{mine}" if headline else mine
            if _lead_fits(both, data):
                headline, rest = both, tuple(p for p in rest if p not in about[index])
            beside = ()
        else:
            own = tuple(p for p in rest if not any(p in v for k, v in about.items() if k > index))
            beside = own if index == 0 and _fits_panel(own) and not wide else ()
            rest = tuple(p for p in rest if p not in beside)
        if index == 0 and wide and not headline and len(rest) == 1:
            headline, rest = rest[0], ()  # the one line left is the slide's message, as `_host` does
        layout = "chart-and-points" if beside else "chart"
        # a headline that gives no title: the chart's data states the finding (chart_findings)
        found = "" if _titles(headline) or data.spoken else data.found
        pages.append(DeckPage(layout, chart_id, beside, headline, index == 0, index > 0, found=found))
    has_text = section.summary or section.chart_sentences
    statement = fmt.punct.space.join(t for t in (section.summary, *section.chart_sentences) if t)
    rest, columned = _columned(section, rest, "" if pages else statement)
    alone = bool(columned) and not pages and not rest  # the list is all the section's text
    groups = _text_groups(rest, None, "" if pages else statement)
    for group in groups or (((),) if not pages and has_text and not alone else ()):
        first = not pages
        headline = statement if first else ""
        pages.append(DeckPage("points", "", group, headline, first, not first))
    for lead, laid in columned:  # a long list: its slides and columns by measure
        named = ""  # the list's label where it titles its first slide: its continuations follow it
        for index, chunk in enumerate(laid.pages):
            headline, found = (lead if index == 0 else "", "")
            if alone and not pages:
                headline, found = _with_lead(statement, lead)
                named = found
            elif index and named:  # 'Espositori (segue)', not the section's name the kicker says
                found = fmt.gettext("%(title)s (continued)", title=named.rstrip(":： "))
            page = DeckPage("columns", "", chunk, headline, not pages, bool(pages), found=found)
            pages.append(replace(page, columns=laid.columns, columns_why=laid.why))
    if pages and not pages[-1].points and pages[-1].layout == "points" and len(printed) < len(points):
        # A slide whose bullets all were tiles, with only its summary left: folded where another
        # slide takes it, else left out (the tiles and the briefing print it), as `_statement`.
        pages[-1] = replace(pages[-1], novel=())
    return replace(section, points=points, deck_pages=tuple(pages))


def _about_charts(points: tuple[str, ...], charts: list[ChartData]) -> dict[int, tuple[str, ...]]:
    """The bullets about a later chart's figures, by that chart's index: those that share more of
    their words with its title, caption and names than with the first chart's ('El negocio ha
    crecido un 63,5 %' about the business chart, printed beside the visitors' one). A chart's text
    is the text about its figures: they are the lead on its slide where they fit there; the others
    stay with the first chart, as before."""

    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    said = [stems(" ".join((c.title, c.caption, *(b.label for b in c.bars)))) for c in charts]
    out: dict[int, list[str]] = {}
    for at, point in enumerate(points if len(charts) > 1 else ()):
        if isinstance(point, Under) or (at + 1 < len(points) and isinstance(points[at + 1], Under)):
            continue  # a list's item or a quotation goes with the line above it, and that with them
        shared = [len(stems(point) & words) for words in said]
        best = max(range(len(charts)), key=lambda i: (shared[i], -i))
        if best > 0 and shared[best] > shared[0]:
            out.setdefault(best, []).append(point)
    return {k: tuple(v) for k, v in out.items()}


def _chart_headline(data: ChartData, summary: str | None, yields: bool = False, space: str = " ") -> str:
    """The message of a chart's slide: its caption where the caption states a finding (it names
    a number), else the section's summary where it is one sentence a title can carry ('Every
    source of giving grew on last year'), else the caption; a caption that only describes the
    chart ('Funds raised by source of giving.') repeats the chart's own title and is no finding.
    A chart that `yields` states a number the glance slide's tiles print: its summary, always.
    A summary the caption leaves out follows it, the lead under the caption's title: the slide
    prints what the section says, not only its speaker notes ('…, and the oldest finisher was 91'
    was on no slide where a caption took the title)."""
    caption = data.caption if titles.unstopped(data.caption) != titles.unstopped(data.title) else ""
    if summary and (yields or not _states_a_number(caption)) and sentences.is_title(summary):
        return summary
    if summary and sentences.is_title(summary) and not _titles(caption):
        # a caption that states the chart's finding in a sentence too long for a title, and no
        # clause of it that fits ('La inversión comprometida pasó de 118 millones de pesos en 2024
        # a más de 480 millones en 2026.'), under a summary that states one ('… se ha multiplicado
        # por cuatro …'): the summary is the title, the caption the lead under it; the section's
        # name was the title (review O: 'Tres años de demostraciones')
        ordered = f"{summary}{space}{caption}"
        return ordered if not _echoes(summary, caption) and _lead_fits(ordered, data) else summary
    both = f"{caption}{space}{summary}"
    if caption and summary and not _echoes(summary, caption) and _lead_fits(both, data):
        return both
    return caption or summary or ""


def _titles(text: str) -> bool:
    """Whether `text`, or its first sentence or a clause of it, can be a slide's title."""
    return bool(text) and bool(titles.title_and_lead(text)[0] or titles.main_clause(text))


def _with_lead(statement: str, lead: str) -> tuple[str, str]:
    """(the headline, the title found) of a section's first slide, a list's: its statement, and
    the list's lead where that says more than the section's name ('Nuovi espositori di
    quest'anno' under 'Gli espositori'): under the statement where the statement is the slide's
    title; as the title where the statement is too long for one (the statement then under it);
    the lead alone where there is no statement."""
    if not statement or not lead:
        return statement or lead, ""
    title, rest = titles.title_and_lead(statement)
    if title and not rest:
        return f"{statement} {lead}", ""
    return statement, lead


#: The lead under a chart slide's title holds about two rows (`scripts/make_templates.py`: 0.95 in
#: at 22 pt, fitted down to 16 pt); a chart of more than LEAD_BARS categories needs the height a
#: lead takes from it (15 names under a lead did not fit their rows at 12 pt).
LEAD_CHARS = 2 * ROW_CHARS
LEAD_BARS = 12


def _lead_fits(headline: str, data: ChartData) -> bool:
    """Whether a chart's slide has room for `headline`'s lead (what its title does not state)."""
    return _width(titles.title_and_lead(headline)[1]) <= LEAD_CHARS and len(data.bars) <= LEAD_BARS


def _statement(section: SectionView, fmt: Formatter) -> DeckPage:
    """The one page of a section whose bullets would all repeat tiles: its summary (and chart
    sentences) as a headline, marked `novel=()` so that `_folded` leaves it out of the deck where
    no other slide takes it, rather than print the tiles again or a slide of one sentence."""
    headline = fmt.punct.space.join(t for t in (section.summary, *section.chart_sentences) if t)
    return DeckPage("points", "", (), headline, True, False, novel=())


def _source_line(summary: EventSummary, fmt: Formatter, cited: str = "note url") -> str:
    """'Source: “Title”, Publisher, 3 September 2022. Note. URL': the deck's one source as a line;
    'Sources: “A”, …; “B”, …' for several. `cited` names the parts after the date it gives."""
    p = fmt.punct
    said = [_source_text(source, fmt, cited) for source in summary.sources.values()]
    word = fmt.gettext("Source") if len(said) == 1 else fmt.gettext("Sources")
    # a source's own closing stop ('Closing release.') goes before a semicolon: never '.;' or '。；'
    return word + p.pair + p.semicolon.join([*(t.rstrip(".。．") for t in said[:-1]), *said[-1:]])


def _source_text(source: Source, fmt: Formatter, cited: str = "note url") -> str:
    """One source as the deck cites it: '“Title”, Publisher, 3 September 2022. Note. URL'."""
    p = fmt.punct
    parts = [fmt.quoted(source.title, "work"), source.publisher or ""]
    parts.append(fmt.date(source.published) if source.published else "")
    line = p.clause.join(t for t in parts if t)
    note = source.note if "note" in cited else ""
    url = source.url if "url" in cited else ""
    if note or url:  # as the briefing prints it: a stop, the note, the address
        line += p.stop
    if note:
        line += p.space + note
    return line + (f" {url}" if url else "")


def _sparse_sources(summary: EventSummary, fmt: Formatter) -> bool:
    """Whether the deck's Sources slide would hold at most SPARSE_SOURCE_ROWS rows of text."""
    rows = sum(-(-_width(_source_text(s, fmt)) // ROW_CHARS) for s in summary.sources.values())
    return rows <= SPARSE_SOURCE_ROWS


def _with_source_line(
    sections: tuple[SectionView, ...], line: str, room: int = FOOTER_CHARS
) -> tuple[tuple[SectionView, ...], bool]:
    """The deck's sources in the footer of its last slide, rather than a Sources slide of a few
    lines; (sections, False) when the deck has no section slide to carry them or the line is
    wider than `room` (or FOOTER_MOST_CHARS, on a last slide of text that leaves its foot empty)."""
    last = next((s.deck_pages[-1] for s in reversed(sections) if s.deck_pages), None)
    if last is not None and last.layout == "points" and _rows(last.headline, last.points) <= FOOTER_BODY_ROWS:
        room = max(room, FOOTER_MOST_CHARS)  # two lines more, up into the empty foot of its body
    if _width(line) > room:
        return sections, False
    marked = _marked_last(sections, {"source": line})
    return marked, marked != sections


def _marked_last(sections: tuple[SectionView, ...], changes: dict[str, str]) -> tuple[SectionView, ...]:
    """The deck's last section slide marked `last` (its notes carry the notes on the figures,
    which a Sources slide carries otherwise), with `changes` made to it."""
    for at in range(len(sections) - 1, -1, -1):
        pages = sections[at].deck_pages
        if pages:
            page = replace(pages[-1], last=True, **changes)
            return (
                *sections[:at],
                replace(sections[at], deck_pages=(*pages[:-1], page)),
                *sections[at + 1 :],
            )
    return sections


def slugify(event: Event, stem: str | None = None) -> str:
    """A file-name-safe slug: ASCII letters, digits and hyphens only, so no name can leave output/.
    Where the short name has no Latin letters (ロボ展 2024, 전시회 2024), the event file's name
    (`stem`) when it has some: two such events in one folder then keep their own names, where
    both were 'event-2024'."""
    if event.slug:
        return event.slug
    slug = _ascii_slug(event.short_name)
    if not re.search(r"[a-z]", slug) and stem and re.search(r"[a-z]", _ascii_slug(stem)):
        slug = _ascii_slug(stem)
    if not slug or not re.search(r"[a-z]", slug):
        slug = f"event-{event.year}" if str(event.year) not in slug else f"event-{slug}"
    return slug


def _ascii_slug(text: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
