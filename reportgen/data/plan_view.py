"""The editorial plan of one event, as a reader of the documents would describe it
(`reportgen inspect --plan`), and as data for machines (`--json`).

It reads the plan `derive` made (data/derive.py) and says, per document, which slide or part of
the briefing prints each figure (tile, table, bullet, chart), which sections have their own slides
and which were folded into another slide, and why each chart has the form it has. It decides
nothing itself: what it prints is what a build would make.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from reportgen.data import chart_order, chart_shape, deck_kind
from reportgen.data import titles as titles_module
from reportgen.data.chart_kinds import CHART_KINDS, DOT_PLOT
from reportgen.data.context import glance_story
from reportgen.data.derive import OTHER_HIGHLIGHTS, ChartData, DeckPage, Derived, SectionView
from reportgen.data.model import EventSummary
from reportgen.data.phrases import CJK_RANGES
from reportgen.data.plan.news import change_title, record_figure, stated_in
from reportgen.data.plan.stated import (
    _labelled_bars,
    _of_key_charts,
    _stated_by_deck_charts,
)
from reportgen.data.plan.views import FigureView, said_words

_LAYOUTS = {
    "chart-and-points": "a chart with text beside it",
    "chart": "a chart",
    "points": "text",
    "columns": "a list in columns",
}


def _plain(text: str) -> str:
    """`text` as a reader sees it: no-break spaces as spaces, word joiners gone."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2060", "")


def _section_words(derived: Derived, ref: str) -> tuple[str, str]:
    """(the title, the summary) of the section a figure's ref belongs to, '' where none."""
    section = derived.sections.get(ref.split(".")[0])
    return (section.title, section.summary or "") if section else ("", "")


def _slides(derived: Derived, locale: str = "en", names: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    slides: list[dict[str, Any]] = [{"slide": 1, "kind": "title"}]
    heads = derived.glance_headlines or ("",) * len(derived.glance_pages)
    leads = derived.glance_leads or ("",) * len(derived.glance_pages)
    for page, head, lead in zip(derived.glance_pages, heads, leads, strict=True):
        slides.append({"slide": len(slides) + 1, "kind": "at a glance", "tiles": [f.ref for f in page]})
        if head:  # a section's summary as its title: the section's own slide would repeat the tiles
            slides[-1]["headline"] = head
        if lead:  # a section's one sentence or quote, which would have stood alone on its slide
            slides[-1]["lead"] = _plain(lead)
        record = record_figure(page)
        # the news: its tile filled (a record or not: review WW2 #2), its word on it, its words in
        # title or lead; the first headline's tile where no record's is before it
        news = next((f for f in page if f.headline), None)
        record = news if news is not None and (record is None or not record.headline) else record
        if record is not None:
            words = _section_words(derived, record.ref)
            slides[-1]["news"] = {
                "figure": record.ref,
                "word": record.tile_badge,
                "stated_in": stated_in(head, lead, record, locale, names, *words)
                if record.record_note
                else _change_stated(page, head, derived, locale),
            }
    if derived.glance_source:  # a deck of tiles alone: its one source under the last tiles
        slides[-1]["source_in_footer"] = True
    for section in derived.deck_sections:
        for page in section.deck_pages:
            slides.append(_section_slide(len(slides) + 1, section, page, derived.charts))
    if derived.sources_slide:
        slides.append({"slide": len(slides) + 1, "kind": "sources"})
    return slides


def _change_stated(page: tuple[FigureView, ...], head: str, derived: Derived, locale: str) -> str:
    """'title' where a page of tiles is titled by its news's change on the year before."""
    return "title" if head and head == change_title(page, tuple(derived.figures.values()), locale) else ""


def _section_slide(
    number: int, section: SectionView, page: DeckPage, charts: dict[str, ChartData] | None = None
) -> dict[str, Any]:
    slide: dict[str, Any] = {
        "slide": number,
        "kind": "section",
        "section": section.id,
        "title": section.title,
        "layout": page.layout,
        # what the slide's title prints: its finding (the section's name a kicker above), or the name
        "heading": page.title_finding or section.title,
        "continued": page.continued,
        "bullets": len([p for p in page.points if p not in page.paras]),  # paragraphs are no bullets
    }
    if page.chart:
        slide["chart"] = page.chart
        # no headline's: its data's (chart_findings), or a tile's sentence where the caption gave
        # way (deck_pages._said_instead); not the chart's own title over a claim it cannot show
        # (`_found_first`), which the heading says
        if page.found and page.title_finding == page.found and not page._found_first:
            slide[_titled_from(section, page.found, (charts or {}).get(page.chart))] = page.found
    elif page.found and page.title_finding == page.found:  # a slide of text titled by what it holds
        slide["titled"] = page.found  # ('Hoofdsponsors', a short list's label: plan/folding.py)
    if page.layout == "columns":  # a long list: its columns and why that many
        slide["columns"], slide["columns_why"] = page.columns, page.columns_why
    if page.headline:
        slide["headline"] = page.headline
    if page.source:
        slide["source_in_footer"] = True
    if page.statement:  # too little to fill a slide, and no other slide had room for it
        slide["set_as"] = "pull quote" if page.pull else "statement"
    return slide


#: An amount is found where no digit, separator or Latin-script letter touches it; a CJK or Korean
#: letter may (those scripts set a number between words with no space).
_NOT_AFTER = rf"(?<![\d.,])(?<![^\W\d{CJK_RANGES}])"
_NOT_BEFORE = rf"(?![\d]|[.,]\d)(?![^\W\d{CJK_RANGES}])"


def _states(lines: list[str], label: str, amount: str) -> bool:
    """Whether a line prints the amount: alone when it cannot be another number ('152,000', 'RMB
    15 billion'), else beside the figure's label ('Nobel laureate: 1')."""
    if not amount:
        return False
    # not inside a longer number or word; Chinese, Japanese and Korean write a number between words
    # with no space ('うち12.5%が', '车队612支'), so their letters may stand on either side
    pattern = re.compile(rf"{_NOT_AFTER}{re.escape(amount)}{_NOT_BEFORE}")
    distinctive = sum(c.isdigit() for c in amount) >= 3 or any(c.isalpha() for c in amount)
    return any(pattern.search(line) and (distinctive or _plain(label) in line) for line in lines)


def _many(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _section_texts(derived: Derived) -> dict[int, list[str]]:
    """Each section slide's number and its printed lines (headline and bullets); and each page of
    tiles' lead line, a section's text moved there (plan/glance.py)."""
    texts = {2 + at: [_plain(lead)] for at, lead in enumerate(derived.glance_leads) if lead}
    number = 1 + len(derived.glance_pages)
    for section in derived.deck_sections:
        for page in section.deck_pages:
            number += 1
            texts[number] = [_plain(t) for t in (page.headline, *page.points) if t]
    return texts


def _section_titles(derived: Derived) -> dict[int, str]:
    """Each section slide's number and the finding its title states ('' where the section's name is
    its title): a figure stated there is printed on that slide, and the plan says so; and each page
    of tiles' finding, where its title states one."""
    titles = {2 + at: _plain(head) for at, head in enumerate(derived.glance_headlines) if head}
    number = 1 + len(derived.glance_pages)
    for section in derived.deck_sections:
        for page in section.deck_pages:
            number += 1
            titles[number] = _plain(page.title_finding)
    return titles


def _folded(derived: Derived, slides: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sections whose slide (or last slide) was folded into another one, and where it went."""
    planned = {s.id: s for s in derived.deck_sections}
    texts = _section_texts(derived)
    titles = {s["slide"]: s.get("title", s["kind"]) for s in slides}
    story = {s.id for s in glance_story(derived)}
    found = []
    for section in derived.sections.values():
        kept = planned[section.id].deck_pages if section.id in planned else ()
        if len(kept) >= len(section.deck_pages):
            continue
        name = _plain(section.title)
        onto = next((n for n, lines in texts.items() if any(line.startswith(name) for line in lines)), None)
        summary = titles_module.unstopped(section.summary or "")  # as the glance slide's title sets it
        glance = [s["slide"] for s in slides if summary and s.get("headline") == summary]
        said = [_plain(t) for t in (section.deck_pages[-1].headline, *section.deck_pages[-1].points) if t]
        glance += [s["slide"] for s in slides if s.get("lead") and s["lead"] in said]  # its lead line
        if section.id in story:  # its summary the story beside one or two tiles (context.glance_story)
            glance += [s["slide"] for s in slides if s["kind"] == "at a glance" and len(s["tiles"]) <= 2]
        onto = onto or (glance[0] if glance else None)
        left = [_plain(t) for t in section.deck_pages[-1].points]  # a count its own chart slide's
        own = [n for n in (s["slide"] for s in slides if s.get("section") == section.id) if n in texts]
        if onto is None and left and own:  # lead took (derive.py, `_own`)
            onto = next((n for n in own if all(any(t in line for line in texts[n]) for t in left)), None)
        found.append(
            {
                "section": section.id,
                "title": section.title,
                "onto_slide": onto,  # None: its slide only repeated the tiles, so it has none
                "onto": titles.get(onto, "") if onto else "",
            }
        )
    return found


_NUMBERS = {3: " of three numbers", 4: " of four numbers"}  # the band's words in the plan


def _key_reasons(derived: Derived, ref: str, tiled: bool, locale: str) -> list[str]:
    """Why a key figure is not a tile, or not on the briefing's first page, as derive decides
    (data/derive.py: `tiles`, `told`): review V's 出展小間数 was only in its chart, with no word why."""
    figure = derived.figures[ref]
    first = {f.ref for f in (*derived.band_figures, *derived.band_more, *derived.table_rows)}
    if not figure.key or (tiled and ref in first):
        return []
    deck_charts = {c: d for c, d in derived.charts.items() if "deck" in d.documents}
    named = [c for c, d in derived.charts.items() if ref in d.figure_refs]
    chart = f"chart '{named[0]}'" if named else "a chart"
    why = []
    if not tiled:
        if figure.deck in ("bullet", "omit"):
            why.append(f"not a tile: its own `deck: {figure.deck}`")
        elif ref in _stated_by_deck_charts(deck_charts, derived.figures):
            why.append(f"not a tile: {chart} labels it and its caption states it, its slide prints it")
        elif ref in _of_key_charts(
            _labelled_bars(deck_charts.values(), "deck"), deck_charts, derived.figures
        ):
            why.append(f"not a tile: {chart} labels it on its slide (not tiles, then a chart of them)")
        elif figure.deck == "auto" and not derived.glance_pages:  # data/plan/glance.lone_tile
            why.append("not a tile: one key figure alone on a slide is no glance; its section has it")
    if ref not in first:
        # (never for a chart that labels it and whose caption states it: a key figure is on the
        # first page whatever charts it, data/derive.py `told`, review YY4 #2)
        if not derived.table_figures:  # plan/briefing.py `_table_figures`
            why.append(
                "not on the first page: a key-figures table of this one row would read as a "
                "leftover, and the band has no room for a fourth number this wide; its section prints it"
            )
        else:  # derive.py: `said_more`
            why.append(
                "not on the first page: its own sentence says more than a row of the key-figures "
                "table would; its section prints it"
            )
    return why


def _figure_places(
    derived: Derived, slides: list[dict[str, Any]], locale: str = "en"
) -> list[dict[str, Any]]:
    chart_slide = {s["chart"]: s["slide"] for s in slides if "chart" in s}
    tile_slide = {ref: s["slide"] for s in slides for ref in s.get("tiles", ())}
    section_lines = _section_texts(derived)
    section_titles = _section_titles(derived)
    band = {f.ref for f in (*derived.band_figures, *derived.band_more)}
    table = {f.ref for f in derived.table_rows}
    places = []
    for ref, figure in derived.figures.items():
        section = derived.sections[ref.split(".")[0]]
        deck: list[str] = []
        if ref in tile_slide:
            deck.append(f"tile (slide {tile_slide[ref]})")
        for cid, chart in derived.charts.items():
            if ref in chart.figure_refs and cid in chart_slide:
                bare = _unlabelled(chart, ref, "; ")
                deck.append(f"chart '{cid}' (slide {chart_slide[cid]}{bare})")
        amount = _plain(figure.amount_text)
        said = _plain(figure.sentence)  # 'A Nobel laureate': a count of one has no digit to find
        # its amount, or the amount with its unit ('24人': two digits alone could be another number)
        amounts = (amount, _plain(figure.value_text))
        deck += [
            f"title (slide {n})"
            for n, title in section_titles.items()
            if title
            and (
                any(_states([title], figure.label, a) for a in amounts)
                or said in title
                or _plain(titles_module.unstopped(figure.sentence)) == title
            )
        ]
        for n, lines in section_lines.items():
            # the news's key quote is a printing too, as the document check counts it
            if any(_states(lines, figure.label, a) for a in amounts) or any(said in line for line in lines):
                deck.append(f"text (slide {n})")
        briefing: list[str] = []
        if ref in band:
            briefing.append("first page, the band" + _NUMBERS.get(len(band), ""))
        if ref in table:
            briefing.append("first page, key-figures table")
        if ref in section.quoted_first and section.in_briefing:  # under the section's summary
            briefing.append(f"quote (under '{section.title}')")
        if figure in section.briefing_figures:
            only = " (its breakdown only)" if ref in section.breakdown_only else ""
            briefing.append(f"bullet under '{section.title}'{only}")
        for cid in section.briefing_charts:
            chart = derived.charts[cid]
            if ref in chart.figure_refs:
                noted = figure.note and any(n.endswith(figure.note) for n in chart.notes)
                briefing.append(
                    f"chart '{cid}'"
                    + (" (its note under the caption)" if noted else "")
                    + _unlabelled(chart, ref, " (", ")")
                )
        for cid, chart in derived.charts.items():
            if chart.too_few and ref in chart.figure_refs and amount in _plain(chart.caption):
                briefing.append(f"sentence of chart '{cid}'")
        places.append(
            {
                "figure": ref,
                "label": figure.label,
                # as it reads after its label: 'nearly 38 %' ('nearly 38' lost its unit, review N)
                "text": _plain(figure.value_text),
                "deck": deck,
                "briefing": briefing,
                "override": figure.deck,  # the figure's own `deck:` in the event file ('auto': none)
                "why": _key_reasons(derived, ref, ref in tile_slide, locale),  # a key figure's demotion
            }
        )
    return places


def _chart_reasons(summary: EventSummary, data: ChartData) -> list[str]:
    spec = summary.charts.get(data.id)
    if data.too_few:
        return [
            "fewer than 3 values: no chart in either document; a sentence in its place (its caption "
            "where the caption names a number, else the sentence of its values)"
        ]
    reasons = []
    asked = spec.kind.value if spec else data.kind
    if asked == "bar" and data.kind == "hbar" and not data.log_scale:
        reasons.append(
            f"horizontal bars: more than {chart_shape.MAX_COLUMNS} categories or a label wider than "
            f"{chart_shape.MAX_COLUMN_LABEL_EM:g} ems (about 13 letters, 7 Chinese characters)"
        )
    if data.full_width:
        why = "a dot plot's axis of powers of ten" if data.log_scale else "many categories or long words"
        reasons.append(f"the whole width of its slide, no text beside it: {why}")
    reasons.append(_order_reason(data, spec.order if spec else "auto"))
    if data.log_scale:
        reasons.append(
            "logarithmic scale: at least 3 values over at least two orders of magnitude; drawn as dots "
            "read across, never bars (on a log axis a bar's length starts nowhere in particular)"
        )
    elif spec and spec.log_scale:
        reasons.append("linear scale although log_scale was asked: too few values or too narrow a range")
    if data.spoken and data.deck_caption:  # the lede and the band print the news: the briefing's
        reasons.append(
            "its caption gave way in the briefing (it states the news, which the band and the lede "
            "print: a third printing); the deck's slide keeps it"
        )
    elif data.spoken:  # review QQ1: the caption was replaced, and nothing said so
        instead = f"the change its data states, '{data.found}'" if data.found else "its title"
        reasons.append(
            "its caption gave way (it states the headline figure, which the tiles and its bar print: "
            f"a third printing); the speaker notes keep it; in its place: {instead}"
        )
    return reasons


def _order_reason(data: ChartData, order: str) -> str:
    """Why the bars stand in their order (data/chart_order.py)."""
    if data.kept_order == "as_given":
        return "kept in the data's order (order: as_given)"
    if data.kept_order:
        said = f"kept in the data's order: the categories are {chart_order.KIND_WORDS[data.kept_order]}"
        # data/chart_gaps.py; a cancelled year's slot says so (a chart's `cancelled:`)
        gaps = [f"{b.label}: {b.status}" if b.status else b.label for b in data.bars if b.missing]
        return said + (f"; an empty slot for each year left out ({', '.join(gaps)})" if gaps else "")
    if data.out_of_order:
        return (
            f"sorted by value, largest first: the categories are {chart_order.KIND_WORDS[data.out_of_order]} "
            "but the data gives them in neither rising nor falling order (say order: as_given to keep it)"
        )
    if order == "value":
        return "sorted by value, largest first (order: value)"
    return "sorted by value, largest first: the categories have no order of their own"


#: What the deck draws where it draws a chart's bars otherwise than the briefing (`deck_kind`).
_DECK_WORDS = {"hbar": "horizontal bars", "grouped-across": "grouped horizontal bars"}


def _drawn_in_deck(derived: Derived, data: ChartData) -> str:
    """The kind the deck draws a chart as, in the bundled template's slot for its slide's layout
    (beside text, or the whole width): what `office/powerpoint/native.py` decides, or '' where the
    deck draws it nowhere."""
    layouts = [p.layout for s in derived.deck_sections for p in s.deck_pages if p.chart == data.id]
    if data.too_few or not layouts:
        return ""
    beside = layouts[0] == "chart-and-points"
    return deck_kind.deck_kind(data, deck_kind.SLOT_BESIDE_TEXT if beside else deck_kind.SLOT_FULL_WIDTH)


def _kind_words(derived: Derived, data: ChartData) -> str:
    """How the plan names what is drawn: the kind, and the deck's where it draws the bars across
    ('Bar chart in the briefing, horizontal bars in the deck')."""
    if data.too_few:
        return "a sentence"
    if data.log_scale:
        return f"{DOT_PLOT} on a logarithmic scale (bars on a log axis mean nothing)"
    words = CHART_KINDS[data.kind].words
    drawn = _drawn_in_deck(derived, data)
    if drawn and drawn != data.kind:
        where = "in the briefing, " if "briefing" in data.documents else ""
        why = "its names or values are too wide for columns"
        return f"{words} {where}{_DECK_WORDS[drawn]} in the deck ({why})"
    return words


def plan_data(summary: EventSummary, derived: Derived) -> dict[str, Any]:
    """The plan as plain data (JSON-ready): slides, folded sections, each figure's places, charts."""
    names = (summary.event.name, summary.event.short_name or "")
    slides = _slides(derived, summary.formatting.locale, names)
    own = [s.id for s in derived.deck_sections if s.deck_pages and s.id != OTHER_HIGHLIGHTS]
    return {
        "event": summary.event.short_name,
        "deck": {
            "slides": slides,
            "sections_with_slides": own,
            "folded": _folded(derived, slides),
            "omitted": [s.id for s in derived.sections.values() if s.deck == "omit"],
            "sources_slide": derived.sources_slide,
            "sources": len(summary.sources),
        },
        "briefing": {
            "band": [f.ref for f in derived.band_figures],
            "band_more": [f.ref for f in derived.band_more],
            "key_figures_table": [f.ref for f in derived.table_rows],
            "sections": [
                {
                    "section": s.id,
                    "title": s.title,
                    "bullets": [f.ref for f in s.briefing_figures],
                    "charts": list(s.briefing_charts),
                    "sentences": list(s.chart_sentences),
                    "printed": s.in_briefing,
                }
                for s in derived.sections.values()
            ],
        },
        "figures": _figure_places(derived, slides, summary.formatting.locale),
        "charts": [
            {
                "chart": cid,
                "title": data.title,
                "kind": "sentence" if data.too_few else ("dot" if data.log_scale else data.kind),
                "deck_kind": "dot"
                if data.log_scale and _drawn_in_deck(derived, data)
                else _drawn_in_deck(derived, data),
                "kind_words": _kind_words(derived, data),
                "log_scale": data.log_scale,
                "documents": list(data.documents),
                "why": _chart_reasons(summary, data),
            }
            for cid, data in derived.charts.items()
        ],
    }


def _titled_from(section: SectionView, found: str, data: ChartData | None) -> str:
    """Where a chart slide's title that its headline did not give came from, as `plan_text` says
    it: a figure's sentence, its section's summary or its chart's caption (the title said "from its
    data" over a summary: review JJ), else the finding its chart's data states."""
    if found in {titles_module.unstopped(f.sentence) for f in section.figure_list}:
        return "title_from_figure"
    words = said_words(found)
    for key, text in (
        ("title_from_summary", section.summary or ""),
        ("title_from_caption", data and data.caption),
    ):
        if text and words and words <= said_words(text):
            return key
    return "title_from_data"


def plan_text(plan: dict[str, Any]) -> str:
    """The plan as a reader would describe it, one line per slide, figure and chart."""
    deck, briefing = plan["deck"], plan["briefing"]
    labels = {f["figure"]: f["label"] for f in plan["figures"]}
    lines = [f"The plan for {plan['event']}", "", f"Deck ({len(deck['slides'])} slides)"]
    in_footer = "the sources" if deck["sources"] > 1 else "the source"
    for slide in deck["slides"]:
        head = f"  slide {slide['slide']}: "
        if slide["kind"] == "title":
            lines.append(head + "title slide")
        elif slide["kind"] == "at a glance":
            tiles = ", ".join(labels[r] for r in slide["tiles"])
            footer = f"; {in_footer} in its footer" if slide.get("source_in_footer") else ""
            titled = f' titled "{slide["headline"]}"' if slide.get("headline") else ""
            titled += f' over the lead "{slide["lead"]}"' if slide.get("lead") else ""
            lines.append(head + f"at a glance{titled}, {_many(len(slide['tiles']), 'tile')}: {tiles}{footer}")
            if slide.get("news"):
                news = slide["news"]
                said = f"its {news['stated_in']} says it" if news["stated_in"] else "no title or lead says it"
                marked = f"its tile marked '{news['word']}'" if news["word"] else "its tile filled"
                said = said if news["word"] else ""  # no record, no change: nothing to say
                lines.append(
                    f"    the news: {labels[news['figure']]}, {marked}" + (f"; {said}" if said else "")
                )
        elif slide["kind"] == "sources":
            lines.append(head + "Sources")
        else:
            what = _LAYOUTS[slide["layout"]]
            if "chart" in slide:
                what = what.replace("a chart", f"chart '{slide['chart']}'")
            bullets = _many(slide["bullets"], "bullet")
            extra = f", {bullets}" if slide["bullets"] and slide["layout"] == "points" else ""
            if slide["layout"] == "chart-and-points":
                extra = f" ({bullets})"
            if slide["layout"] == "columns" and slide.get("columns_why"):
                extra = f", {_many(slide['bullets'], 'item')}: {slide['columns_why']}"
            if slide.get("titled"):
                extra += f', titled "{slide["titled"]}"'
            if slide.get("title_from_data"):
                extra += f', titled from its data "{slide["title_from_data"]}"'
            if slide.get("title_from_summary"):
                extra += f', titled with its section\'s summary "{slide["title_from_summary"]}"'
            if slide.get("title_from_caption"):
                extra += f', titled with its chart\'s caption "{slide["title_from_caption"]}"'
            if slide.get("title_from_figure"):  # its caption gave way: a tile's sentence says it
                extra += f', titled with a figure\'s sentence "{slide["title_from_figure"]}"'
            if slide.get("set_as") == "pull quote":
                extra += ", set large and centred as a statement (no other slide had room for it)"
            elif slide.get("set_as"):
                extra += ", set large (no other slide had room for it)"
            more = " (continued)" if slide["continued"] else ""
            footer = f"; {in_footer} in its footer" if slide.get("source_in_footer") else ""
            lines.append(head + f"{slide['title']}{more}: {what}{extra}{footer}")
    for fold in deck["folded"]:
        if not fold["onto_slide"]:
            lines.append(f"  '{fold['title']}' has no slide: its bullets only repeat the tiles")
        else:
            lines.append(f"  '{fold['title']}' is folded into slide {fold['onto_slide']} ({fold['onto']})")
    titles = {s["section"]: s["title"] for s in briefing["sections"]}
    lines += [f"  '{titles[sid]}' is left out of the deck (deck: omit)" for sid in deck["omitted"]]
    if not deck["sources_slide"]:
        at = [s["slide"] for s in deck["slides"] if s.get("source_in_footer")]
        last = not at or at[-1] == deck["slides"][-1]["slide"]
        lines.append(
            "  no Sources slide: "
            + ("the sources are" if deck["sources"] > 1 else "the one source is")
            + (" in the last slide's footer" if last else f" in slide {at[-1]}'s footer, where there is room")
        )
    lines += ["", "Briefing"]
    lines.append("  first page, the band: " + (", ".join(labels[r] for r in briefing["band"]) or "none"))
    if briefing["band_more"]:
        lines.append(
            "  first page, the band's second row: " + ", ".join(labels[r] for r in briefing["band_more"])
        )
    table = ", ".join(labels[r] for r in briefing["key_figures_table"])
    lines.append("  first page, key-figures table: " + (table or "none"))
    for section in briefing["sections"]:
        if not section["printed"]:
            lines.append(
                f"  {section['title']}: no heading of its own: its figures are all on the first page"
            )
            continue
        parts = [_many(len(section["bullets"]), "figure bullet")]
        parts += [f"chart '{c}'" for c in section["charts"]]
        parts += [_many(len(section["sentences"]), "chart sentence")] if section["sentences"] else []
        lines.append(f"  {section['title']}: " + ", ".join(parts))
    lines += ["", "Figures (where each is printed)"]
    for figure in plan["figures"]:
        deck_places = ", ".join(figure["deck"]) or "notes only"
        if figure["override"] != "auto":  # what the event file asked for, beside what it got
            deck_places += f" (deck: {figure['override']})"
        brief_places = ", ".join(figure["briefing"]) or "not printed (see the notes)"
        why = f"; why: {'; '.join(figure['why'])}" if figure.get("why") else ""
        places = f"deck: {deck_places}; briefing: {brief_places}{why}"
        lines.append(f"  {figure['label']} ({figure['text']}): {places}")
    lines += ["", "Charts"]
    for chart in plan["charts"]:
        # a chart of two values is its section's sentence, printed where its section is; never
        # 'in neither document' (review UU2: the zh book fair's, printed on slide 3 and in the briefing)
        where = "its section's text" if chart["kind"] == "sentence" else " and ".join(chart["documents"])
        where = where or "neither document"
        lines.append(f"  '{chart['chart']}' {chart['title']}: {chart['kind_words'].lower()}, in {where}")
        lines += [f"    why: {reason}" for reason in chart["why"]]
    return "\n".join(lines) + "\n"


def _unlabelled(chart: ChartData, ref: str, before: str, after: str = "") -> str:
    """'its bar unlabelled for the quote' where the news's quote took the printing of the figure's
    bar (data/key_quotes.py), between `before` and `after`; else ''."""
    drawn = dict(zip(chart.bar_refs, chart.bars, strict=False))
    unlabelled = ref in drawn and not drawn[ref].text
    return f"{before}its bar unlabelled for the quote{after}" if unlabelled else ""


def caption_changes(summary: EventSummary, derived: Derived, edition: str = "") -> list[str]:
    """One line for each chart whose event-file caption neither document prints (it gave way: it
    states the headline figure a third time), for `build` to print: review YY3 #2, the Namur
    fair's 'En cinq ans, la fréquentation a progressé …' printed nowhere, and only `inspect --plan`
    said so. What stands in its place, and how to have it printed."""
    lines = []
    for cid, data in derived.charts.items():
        spec = summary.charts.get(cid)
        if spec is None or not spec.caption or not data.spoken or data.deck_caption:
            continue
        head = f"chart '{cid}'" + (f" in the {edition} edition" if edition else "")
        instead = f"the change its data states, '{data.found}'" if data.found else "its title"
        lines.append(
            f"{head}: its caption is printed in neither document, only in the deck's speaker notes: it "
            "states the headline figure, which the tiles and its bar print already (a third printing); "
            f"in its place: {instead}; to have it printed, write the change without that number"
        )
    return lines


def kind_changes(summary: EventSummary, derived: Derived, edition: str = "") -> list[str]:
    """One line a chart whose `kind:` the plan changes, for `build` to print (the file's name
    goes before it): what the file asked for, what is drawn, why, and how to have what it asked
    where the file can ('log_scale: false'), or that it cannot; `edition` names the language of an
    event built in several ('en_GB'). `inspect --plan` says the same in its charts' reasons; a
    stacked or grouped chart keeps its kind in both documents."""
    lines = []
    for cid, data in derived.charts.items():
        spec = summary.charts.get(cid)
        if spec is None:
            continue
        asked = spec.kind.value
        head = f"chart '{cid}' (kind: {asked})" + (f" in the {edition} edition" if edition else "")
        if data.too_few:
            value = "part" if asked == "donut" else "value"
            lines.append(
                f"{head} is printed as a sentence, not drawn (no picture, no PNG): fewer than 3 {value}s "
                "make no chart; "
                f"give it a third {value} to draw it"
            )
        elif data.log_scale:
            lines.append(
                f"{head} is drawn as a dot plot: on its logarithmic scale (log_scale: true) a bar's length "
                "means nothing; log_scale: false draws bars on a linear axis"
            )
        elif asked == "bar" and data.kind == "hbar":
            lines.append(f"{head} is drawn as horizontal bars: {_why_across(data)}")
        elif asked == "bar" and _drawn_in_deck(derived, data) == "hbar":
            briefing = " (columns in the briefing)" if "briefing" in data.documents else ""
            lines.append(
                f"{head} is drawn as horizontal bars in the deck{briefing}: its names or value labels "
                "are too wide for the columns of the deck's chart; columns cannot be forced"
            )
    return lines


def _why_across(data: ChartData) -> str:
    """Why a column chart reads across (data/chart_shape.py), and whether the file can keep columns."""
    drawn = [b for b in data.bars if not b.missing]  # not a year's empty slot (data/chart_gaps.py)
    if len(drawn) > chart_shape.MAX_COLUMNS:
        return (
            f"{len(drawn)} categories, more than the {chart_shape.MAX_COLUMNS} columns can hold "
            "without slanting their names; columns cannot be forced"
        )
    wide = max((b.label for b in drawn), key=chart_shape.text_em)
    # the room in the name's own script: a Polish user is not told of Chinese characters
    room = (
        "about 7 characters"
        if any(unicodedata.east_asian_width(c) in "WF" for c in wide)
        else "about 13 letters"
    )
    return f"the name '{_plain(wide)}' is wider than a column ({room}); shorter names keep columns"
