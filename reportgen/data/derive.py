"""Everything computed from the model, computed once: formatted figures, shares, chart data, the slug.

The editorial plan of one edition: `derive` puts together what the parts in data/plan/ decide (each
with one job: docs/architecture.md), in the order each decision needs the ones before it. The
result is the context both templates see and the data the charts draw. Templates get figures as
`FigureView`s whose texts are already formatted ("nearly RMB 15 billion"), so a template author can
write `{{ f.text }}` and never get a qualifier wrong.
"""

from __future__ import annotations

from dataclasses import replace

from reportgen.data import facts, given_shares, sentences, written_numbers
from reportgen.data.chart_data import ChartBar, ChartData, ChartSeries, for_deck
from reportgen.data.chart_kinds import CHART_KINDS
from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary
from reportgen.data.plan.also_titles import unaltered
from reportgen.data.plan.bare_counts import as_key as counts_as_key
from reportgen.data.plan.briefing import (
    _briefing_figures,
    _first_page_quotes,
    _lone_lines,
    _quoted,
    _table_figures,
)
from reportgen.data.plan.carried import _carried_lines, _carrying, _key_quotes
from reportgen.data.plan.charts import _chart_data, alt_text, units_on_labels
from reportgen.data.plan.dated import dated_pages, undated_charts
from reportgen.data.plan.deck_pages import _paged, with_tile_details
from reportgen.data.plan.figures import _figure_view, plain_number
from reportgen.data.plan.folding import OTHER_HIGHLIGHTS, _folded
from reportgen.data.plan.glance import (
    _glance_groups,
    _glance_notes,
    first_title,
    glance_plan,
    lone_tile,
    writes_tile_number,
)
from reportgen.data.plan.hero import hero_section
from reportgen.data.plan.lede_summary import summary_after_lede
from reportgen.data.plan.list_lines import lists_as_lists
from reportgen.data.plan.lists import _lead, _phrases, heading_is_label, label_is, names_run_on, pair_rows
from reportgen.data.plan.measure import FOLD_BELOW, PULL_ROWS, TILES_PER_SLIDE, _width, chunks
from reportgen.data.plan.news import news_heads, news_title
from reportgen.data.plan.news_first import record_leads
from reportgen.data.plan.news_lede import (
    captions_giving_way,
    charts_print,
    lede_figures,
    news_lede,
    told_by_parts,
    without_lede,
)
from reportgen.data.plan.page_voices import voiced
from reportgen.data.plan.picture_titles import untitled_pictures
from reportgen.data.plan.printings import MOST_REPEATS, _printed_twice, _printings
from reportgen.data.plan.quote_lead import quote_leads
from reportgen.data.plan.quotes import (
    _credited,
    _people,
    _texts,
    _unsaid_items,
    _with_echo,
    _worded,
    event_small_words,
)
from reportgen.data.plan.restored import restored_refs, thin_joined
from reportgen.data.plan.sentence_words import said_in_summary, unprinted_words
from reportgen.data.plan.slide_titles import _titled
from reportgen.data.plan.slug import slugify
from reportgen.data.plan.sources import (
    FOOTER_CHARS,
    GLANCE_FOOTER_CHARS,
    _in_some_footer,
    _source_line,
    _sparse_sources,
    _with_source_line,
    cited_pages,
)
from reportgen.data.plan.stated import (
    _captions_giving_way,
    _drawn_labels,
    _Figures,
    _findings_unsaid,
    _in_briefing,
    _labelled_bars,
    _of_key_charts,
    _stated,
    _stated_by_deck_charts,
    _summaries_giving_way,
    _told_by_briefing_charts,
    _written_in,
    parts_said,
    summary_states,
)
from reportgen.data.plan.tied_titles import tied
from reportgen.data.plan.tile_details import with_detail_lines
from reportgen.data.plan.title_echoes import unechoed
from reportgen.data.plan.totals import titled_totals
from reportgen.data.plan.trend_news import trend_news
from reportgen.data.plan.views import DeckPage, Derived, FigureView, LaunchView, PartView, SectionView
from reportgen.data.views import QuoteView, list_view

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


def derive(summary: EventSummary, fmt: Formatter, untiled: frozenset[str] = frozenset()) -> Derived:
    figures: dict[str, FigureView] = {}
    sections: dict[str, SectionView] = {}
    in_summary: frozenset[str] = frozenset()  # figures whose sentence a summary's clause became
    proper = sentences.proper_words(_texts(summary))
    event_small = event_small_words(summary)  # read once for every section's people
    bare = sentences.bare_figures(summary)
    # a count with nothing to say but its number is a key figure while the glance has room (review
    # RR2: 'Det blev nästan 96 sessioner.' as a line of its section)
    # a key figure a chart draws is the chart's, no tile, unless the file makes it one: counted, it
    # gave the Como festival a glance of two tiles, one its bare count (tiles23's own rule: three)
    drawn = {ref for spec in summary.charts.values() for ref in spec.figures}
    key_count = sum(
        1
        for sid, s in summary.sections.items()
        for fid, f in s.figures.items()
        if f.headline or f.deck == "tile" or (f.key and f"{sid}.{fid}" not in drawn)
    )
    labels = tuple(f.label for s in summary.sections.values() for f in s.figures.values())
    for section_id, section in summary.sections.items():
        views = {
            fid: _worded(
                _figure_view(f"{section_id}.{fid}", fid, fig, fmt, labels), summary, fmt, proper, bare
            )
            for fid, fig in section.figures.items()
        }
        views, key_count = counts_as_key(
            views,
            key_count,
            drawn,
            lambda v: _worded(v, summary, fmt, proper, bare, True),
            bool(section.people or section.lists or section.launches),
        )
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
                    polite=fmt.polite,
                ),
            )
            for launch in section.launches
        )
        people = _people(section.people, summary, fmt, event_small)
        said, refs = said_in_summary(section.summary, tuple(views.values()))
        in_summary |= refs | summary_states(section.summary, tuple(views.values()), fmt.locale)
        sections[section_id] = SectionView(
            section_id,
            section.title,
            said,
            views,
            tuple(views.values()),
            {
                lid: _with_echo(
                    replace(
                        list_view(item_list),
                        quote=_credited(item_list.quote, summary, fmt),
                        sentence=sentences.item_list(
                            item_list.label, item_list.items, fmt.locale, _phrases(views, people)
                        ),
                        lead=_lead(item_list.label, item_list.items, fmt),
                        echoes_title=label_is(item_list.label, section.title),
                        # and never where people come before its names: no bullets of theirs (UU1 B)
                        named_by_title=heading_is_label(section.title, item_list.label) and not people,
                        rows=pair_rows(item_list.items),
                        run_on=names_run_on(item_list.items),
                    )
                )
                for lid, item_list in section.lists.items()
            },
            people,
            launches,
            deck=section.deck,
        )
    if news := trend_news(summary, figures, fmt):  # a trend's record or change, on its last year
        figures.update(news)
        sections = {sid: _with_figures(s, news) for sid, s in sections.items()}
    units = units_on_labels(summary.charts.values(), figures)  # one unit, one form on every chart
    charts = {
        cid: _chart_data(cid, spec, summary, figures, fmt, units) for cid, spec in summary.charts.items()
    }
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
    sections = _summaries_giving_way(sections, charts, placed, figures, headline, fmt.locale)
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
    # a page of tiles and then a chart of the same numbers reads as the same slide twice; not a
    # chart's only key figure (a trend's latest year: the tile says the result, the chart the path)
    charted = _labelled_bars(
        (charts[c] for sid, cids in placed.items() if sections[sid].deck != "omit" for c in cids), "deck"
    )
    charted = _of_key_charts(charted, charts, figures)
    tiles = tuple(  # a figure's own `deck:` overrides: 'tile' is one, 'bullet' and 'omit' are not
        f
        for f in figures.values()
        if f.deck == "tile"
        or (
            f.deck == "auto"
            and f.key
            and f.ref not in stated
            and (f in headline or f.ref not in charted)
            and f.ref not in untiled  # the deck's one tile, alone on its slide (plan/glance.lone_tile)
        )
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
    # A key figure, and above all the news (`headline: true`), is on the first page whatever
    # charts it: the band or the key-figures table prints it, and a chart's labels never replace
    # it (review YY4 #2: the record attendance under a trend, on its last bar and in its caption
    # only; a fully labelled chart's labels are no printing since round 25, plan/stated.py
    # `counted_labels`). Only a figure that is no key figure is the chart's alone.
    told = _told_by_briefing_charts(charts, figures, fmt.locale) - {f.ref for f in key_figures}
    # the briefing opens with the news in the data's words (plan/news_lede.py): where a briefing
    # chart prints a figure the lede writes, the lede and the chart are its printings and the band
    # gives way; not for the news (`headline: true`), whose band cell and record mark stay (review
    # UU4 D)
    lede = news_lede(figures.values(), fmt.locale, fmt.polite)
    in_lede = lede_figures(lede, figures.values(), fmt.locale)
    news_refs = {f.ref for f in key_figures if f.headline} - told_by_parts(
        figures.values(), charts.values(), fmt.locale
    )  # a stacked chart's part cannot give way as a bar's label or a caption does
    charts = captions_giving_way(charts, figures.values(), in_lede & news_refs, fmt.locale)
    told = told | (in_lede & charts_print(figures.values(), charts.values(), fmt.locale)) - news_refs
    # the news's bar keeps its value label in the briefing's picture as in the deck's: a labelled
    # chart's labels are all or none, and none of them is a printing (plan/stated.py
    # `counted_labels`; reviews VV1 A, VV3 NEW-1, VV4 N1, WW1 #1: the bare bar read as a broken build)
    first_key = tuple(f for f in key_figures if f.ref not in told)
    band = tuple(f for f in (key_figures or tuple(figures.values())) if f.ref not in told)[:3]
    captioned = _stated(
        {c: d for c, d in charts.items() if "briefing" in d.documents or d.too_few}, figures, bool
    )
    # a key figure whose own sentence says more than its label prints once, as that sentence in
    # its section, not as a row of the key-figures table too (round 17: the table's '₹75 lakh',
    # then 'seed grants of ₹75 lakh for 15 early-stage companies' in the section, read as a repeat)
    said_more = {
        f.ref
        for f in first_key
        if f not in band
        and f.ref not in captioned
        and f.quote is None
        and unprinted_words(f, sections[f.ref.split(".", 1)[0]], summary.event.name)
    }
    table_figures = _table_figures(tuple(f for f in first_key if f.ref not in said_more), band)
    on_first_page = {f.ref for f in (*table_figures, *band)} | in_lede
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
    # a first-page figure whose own sentence says more than the first page: its line prints it,
    # the amount's second printing (not where a quote or a chart's caption is that already)
    worded = {
        ref
        for ref in on_first_page - captioned
        if figures[ref].quote is None
        and unprinted_words(figures[ref], sections[ref.split(".", 1)[0]], summary.event.name)
    }
    # how often the deck prints each figure: a quotation that says one is printed on its slide only
    # where that stays within MOST_REPEATS
    values = _printings(figures, sections, tile_refs, in_deck_charts, stated)
    # and a deck chart's caption that writes a figure it does not draw (a breakdown's whole over
    # its parts' bars: AgroRio's 'quase R$ 4,7 bilhões'): a title stating it would be a third
    deck_captions = [for_deck(c).caption for c in charts.values() if "deck" in c.documents and not c.too_few]
    said = _written_in(_Figures(tuple(figures.values())), deck_captions, fmt.locale)
    twice = _printed_twice(figures, sections, tile_refs, in_deck_charts, stated | said)
    # a whole that is only the 100 % its shares make is no fact: as if the first page printed it,
    # its bullet prints its parts alone, where no chart draws them (data/given_shares.py)
    shown = on_first_page | {ref for ref, f in figures.items() if given_shares.line_is_parts(f._figure)}
    chart_sentences = {
        sid: tuple(
            charts[c].caption
            for c in placed[sid]
            if charts[c].too_few and charts[c].caption and charts[c].caption != charts[c].title
        )
        for sid in sections
    }
    # and those whose split the section's summary or a chart's sentence states: a bullet listing
    # the parts again, three lines below, states it twice (the Harbourside briefing's exhibitors)
    parts_printed = {
        sid: parts_drawn | parts_said(view, [view.summary or "", *chart_sentences[sid]], fmt.locale)
        for sid, view in sections.items()
    }
    briefed = {
        sid: replace(
            view,
            chart_sentences=chart_sentences[sid],
            charts=tuple(placed[sid]),
            briefing_charts=tuple(c for c in placed[sid] if "briefing" in charts[c].documents),
            deck_charts=tuple(c for c in placed[sid] if "deck" in charts[c].documents),
            briefing_figures=_briefing_figures(  # nor those its two-value chart's sentence states
                view,
                shown,
                _labelled_bars(charts[c] for c in placed[sid])
                | _stated({c: charts[c] for c in placed[sid]}, figures, lambda c: c.too_few)
                # a whole whose parts a briefing chart draws and whose caption states it: a
                # bullet '52,000 registrations by role' over that chart says it a third time
                | (parts_drawn & _stated({c: charts[c] for c in placed[sid]}, figures, _in_briefing))
                # a figure a chart of another section draws and captions: printed twice there
                | told
                | in_summary,  # a figure whose sentence its summary says
                parts_printed[sid],
                _labelled_bars(charts[c] for c in placed[sid]),  # their notes: under the chart
                worded,  # a first-page figure whose own sentence says more: its line too
            ),
            breakdown_only=tuple(
                f.ref
                for f in view.figure_list
                if f.ref in shown and f.parts and f.ref not in parts_printed[sid]
            ),
            parts_charted=tuple(f.ref for f in view.figure_list if f.ref in parts_printed[sid]),
            quoted=_quoted(view, on_first_page | captioned, fmt.locale),
            # a first-page figure's quote in its section, under the summary: its second printing
            quoted_first=_first_page_quotes(
                view,
                on_first_page,
                [charts[c] for c in placed[sid]],
                fmt.locale,
                (told | drawn_twins, tuple(figures.values())),
                # a first-page figure another section's chart labels: the quote a third printing
                # (review AA: the fair's 'knapp 18.600' in the band, its quote, the trend's 2026 bar)
                _written_in(
                    view,
                    [
                        t
                        for c in charts.values()
                        if c.id not in placed[sid] and _in_briefing(c)
                        for t in _drawn_labels(c)
                    ],
                    fmt.locale,
                ),
            ),
        )
        for sid, view in sections.items()
    }
    # a section's only figure bullet, a number and its unit alone: a sentence ('Hubo 412 funciones.')
    briefed, figures = _lone_lines(briefed, figures, lambda v: _worded(v, summary, fmt, proper, bare, True))
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

    # the deck's slides read each chart's caption as the deck keeps it (`for_deck`)
    on_slides = {c: for_deck(d) for c, d in charts.items()}

    def paged(sid: str, tiled: frozenset[str]) -> SectionView:
        view = briefed[sid]
        return _paged(
            _carrying(view, carried.briefing, carried.given_way.get("briefing", frozenset())),
            on_slides,
            # lines a quote states, or the summary (a figure's sentence became its clause)
            in_deck_charts | carried.given_way.get("deck", frozenset()) | in_summary,
            fmt,
            tiled,
            yielding,
            values,
            _carried_lines(view, carried.deck, fmt),
            tile_refs - tiled,  # a tile's own sentence its slide prints too: after its own bullets
        )

    narrow = frozenset(c for c, d in charts.items() if not d.full_width)
    # a tile's own sentence that says more than its tile: a bullet on its section's slides, where
    # it takes no slide more (plan/deck_pages.py), never the lead over its tile (review LL)
    sections, _ = with_tile_details(
        {sid: paged(sid, tile_refs) for sid in briefed},
        paged,
        lambda views: _titled(_folded(views, fmt, narrow), fmt, values, twice),
        tile_refs,
        worded | said_more,
    )
    # a thin slide of text, once folded, joins its neighbour's (plan/restored.py), without its
    # tiles' lines, which the glance prints; a tile's line its slide prints all the same (a
    # sentence that says more than it, above) is counted, so that no title nor lead prints it again
    deck_sections = thin_joined(_folded(tuple(sections.values()), fmt, narrow), fmt, narrow)
    restored = restored_refs(deck_sections, tile_refs)
    if restored:
        values = _printings(figures, sections, tile_refs, in_deck_charts, stated | restored)
        twice = _printed_twice(figures, sections, tile_refs, in_deck_charts, stated | said | restored)
    deck_sections = _titled(deck_sections, fmt, values, twice)
    # a lead that says its title again, a chart's title that prints its bar's number (review NN)
    deck_sections = unechoed(deck_sections, on_slides, fmt.locale, fmt.punct.space)
    # a slide of text titled by its summary's part that names its key figures, not by its first
    deck_sections = tied(deck_sections, fmt.locale)
    deck_sections = unaltered(deck_sections, fmt.locale)  # no 'also' in a title: it adds to nothing
    # a tile's own sentence that says more than it and that no slide prints: its words after its
    # number under the tile (plan/tile_details.py), not in the briefing alone
    tiles = with_detail_lines(
        tiles, sections, deck_sections, figures.values(), summary.event.name, fmt.locale
    )
    # each section's tiles on a slide of their own where they take more than one (review U); a
    # slide of one sentence or one quote is the lead line of its section's tiles (review AA)
    # the news on the first page in every paging (review DD); a section with the page its words lead
    glance_pages, glance_headlines, glance_leads, deck_sections, noted = glance_plan(
        tuple(tiles), sections, deck_sections, TILES_PER_SLIDE, fmt.locale
    )
    # a lone tile that is the news: its section's slide beside it, the number large (review SS2 F1)
    hero = hero_section(
        glance_pages,
        deck_sections,
        lambda text: writes_tile_number(text, glance_pages[0], fmt.locale),
        fmt.punct.space,
    )
    if hero:
        deck_sections, glance_leads = hero.deck_sections, (hero.lead,)
        noted = (hero.noted,)
    else:  # the news's quotation that says more than its number leads its page (review WW2 #2)
        glance_leads = quote_leads(
            glance_pages,
            glance_leads,
            sections,
            fmt,
            lambda v: sum(c for value, _, c in values if written_numbers.same(value, v)),
            deck_sections,
            (summary.event.name, summary.event.short_name or ""),
        )
    lone = lone_tile(glance_pages, deck_sections, glance_headlines, glance_leads)
    if lone and not untiled:  # one number is no glance: its section prints it
        return derive(summary, fmt, frozenset({lone}))
    # a page the news's dark tile leads says another tile's record in its lead, not its title:
    # title, lead and dark tile tell one news (review YY4 #3)
    glance_leads = record_leads(
        glance_pages,
        glance_headlines,
        glance_leads,
        lambda record: news_title(
            record,
            {sid: source.title for sid, source in summary.sources.items()},
            tuple(figures.values()),
            fmt.locale,
            (summary.event.name, summary.event.short_name or ""),
            {sid: s.title for sid, s in sections.items()},
        ),
        fmt.locale,
    )
    # the page of a record's tile titled by it, where its title and lead do not say it (review OO1)
    glance_headlines = news_heads(
        glance_pages,
        glance_headlines,
        glance_leads,
        deck_sections,
        {sid: source.title for sid, source in summary.sources.items()},
        figures.values(),
        fmt.locale,
        (summary.event.name, summary.event.short_name or ""),
        {sid: s.title for sid, s in sections.items()},
    )
    # a short list's sentence set as a list where its slide is placed: alone, a line an item;
    # among people, apart from them under its label (plan/list_lines.py, reviews RR1, RR3)
    deck_sections = lists_as_lists(deck_sections, fmt)
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
        if not in_footer:  # the last slide has no room: a text slide's empty foot (review BB)
            deck_sections, in_footer = _in_some_footer(deck_sections, summary, fmt)
        if not in_footer and tiles and not any(s.deck_pages for s in deck_sections):
            # a deck of tiles alone: the source under the last tiles, not a slide of one line
            glance_source, in_footer = (line, True) if _width(line) <= GLANCE_FOOTER_CHARS else ("", False)
    # a breakdown's whole no tile nor text of the deck prints: its chart's title carries it (review CC)
    # what a tile's own sentence says more than its tile: on its page, not in its notes alone
    glanced = (*glance_headlines, *glance_leads)
    charts = titled_totals(charts, figures, deck_sections, tile_refs, glanced, fmt.locale)
    charts = untitled_pictures(charts, sections.values())  # a heading's words drawn again (review II)
    # a figure's as-of where the figure prints, once a document (review GG): see plan/dated.py
    tiled = tuple(f for page in glance_pages for f in page)
    deck_sections = dated_pages(deck_sections, charts, figures, tiled, glanced, fmt)
    deck_sections = cited_pages(deck_sections, charts, summary, fmt)  # a slide's own source
    deck_sections = voiced(deck_sections)  # a person's line in the notes of the slide that names them
    charts = undated_charts(charts, (*band, *table_figures), fmt)
    return Derived(
        slug=slugify(summary.event, summary._stem),
        sections={sid: without_lede(s, lede) for sid, s in sections.items()},
        figures=figures,
        key_figures=key_figures,
        charts=charts,
        headline_figures=band,
        glance_pages=glance_pages,
        glance_headlines=glance_headlines,
        glance_leads=glance_leads,
        glance_notes=_glance_notes(
            glance_pages, sections, deck_sections, glance_headlines, glance_leads, noted
        ),
        glance_groups=_glance_groups(
            glance_pages, sections, fmt, first_title(deck_sections), glance_headlines
        ),
        dates=fmt.date_range(summary.event.start_date, summary.event.closing_date),
        table_figures=table_figures,
        deck_sections=deck_sections,
        sources_slide=not in_footer,
        glance_source=glance_source,
        news_lede=lede.text,
        lede_summary=summary_after_lede(summary.event.summary or "", lede.text) or None,
    )


def _with_figures(section: SectionView, news: dict[str, FigureView]) -> SectionView:
    """`section` with the figures of `news` (by ref) in place of its own."""
    if not any(f.ref in news for f in section.figure_list):
        return section
    return replace(
        section,
        figures={fid: news.get(f.ref, f) for fid, f in section.figures.items()},
        figure_list=tuple(news.get(f.ref, f) for f in section.figure_list),
    )
