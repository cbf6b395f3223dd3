"""The names a template can use, built from the model and the derived values.

Both renderers get the same names; only `chart(...)` differs, because a picture is a different
thing in Word and in PowerPoint. Everything here is a plain value (str, numbers, dates, tuples,
dicts) or a view type from `views`/`derive`; no model object, library object or bare function is
handed out. Keep this list in step with the template authors' guide (a test checks it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportgen.data.chart_data import ChartData, for_deck
from reportgen.data.derive import Derived, FigureView, SectionView, alt_text
from reportgen.data.model import EventSummary
from reportgen.data.plan.quotes import _echoes
from reportgen.data.punctuation import punctuation
from reportgen.data.sentences import language
from reportgen.data.titles import unstopped
from reportgen.data.views import ChartInfo, SourceInfo, TemplateFunction, event_view


class FigureNotFound(LookupError):
    pass


#: At most this many section summaries beside one or two key figures.
GLANCE_STORY_LINES = 3


def glance_story(derived: Derived) -> tuple[SectionView, ...]:
    """The sections with a summary that the deck gives no slide (their figures are all tiles, say,
    or they are folded away without their summary), in data order: beside a deck's one or two key
    figures they tell what the number stands for, so a short deck reads as finished, not as one
    lonely tile. Sections the event file omits from the deck stay out."""
    told = {s.id for s in derived.deck_sections if s.deck_pages}
    told |= {fid for s in derived.deck_sections for page in s.deck_pages for fid in page.folded}
    told |= {s.id for s in derived.sections.values() if _in_glance(s, derived)}  # its slide moved there
    story = (s for s in derived.sections.values() if s.summary and s.id not in told and s.deck != "omit")
    return tuple(story)[:GLANCE_STORY_LINES]


def _in_glance(section: SectionView, derived: Derived) -> bool:
    """Whether a page of tiles prints the section's summary as its lead line, or as the title over
    one (its slide moved there: data/plan/glance.py, `_glance_leads`)."""
    said = section.summary or ""
    pages = zip(derived.glance_headlines, derived.glance_leads, strict=False)
    return bool(said) and any(  # a lead line may go on with another section's summary
        lead.startswith(said) or (lead and unstopped(said) == head) for head, lead in pages
    )


def glance_named(derived: Derived) -> bool:
    """Whether a page of the deck's tiles is titled by a name, its section's or the glance's (no
    finding of its own): the default deck then sets the glance's words over every page's title,
    not a section's name over a page titled by its news and the glance's words over the next
    (review PP: Polarlys's two pages of tiles, 'Publikum' over 'Polarlys 2026 slo alle rekorder',
    then 'Polarlys 2026 i korte trekk' over 'Program og økonomi'): one pattern for a deck's pages."""
    heads = derived.glance_headlines or ("",) * len(derived.glance_pages)
    return len(derived.glance_pages) > 1 and not all(heads)


def _caption(data: ChartData) -> str:
    """A chart's caption in the briefing: the event file's, else the finding its data states
    (data/chart_findings.py) where it has one, as a sentence; else none. Never its title: the
    picture draws that above its bars, and a caption that repeated it under them said nothing
    (review S: the pt, es and pl page-2 charts). A chart whose caption gave way (`spoken`: it
    printed the news a third time) has its finding in its section's summary, the paragraph above
    it ('… quase quintuplicou'), as the deck's slide has it in its title; a finding its data
    states is dropped where the event file's words write its numbers (derive._findings_unsaid).
    What that caption said of why, in clauses that write no number, is printed in its place
    (`reason`: 'Głównie dzięki meblom tapicerowanym …')."""
    if unstopped(data.caption) != unstopped(data.title):
        return data.caption
    if data.found:  # the change its data states, in place of a caption that gave way (review QQ1)
        stopped = data.found + punctuation(data.locale).stop
        return f"{stopped}{punctuation(data.locale).space}{data.reason}" if data.reason else stopped
    return data.reason if data.spoken else ""


def _said_above(derived: Derived) -> dict[str, str]:
    """Each briefing chart's section summary: the paragraph printed above the chart."""
    return {cid: s.summary for s in derived.sections.values() if s.summary for cid in s.briefing_charts}


def _briefing_caption(cid: str, data: ChartData, above: dict[str, str]) -> str:
    """`_caption`, or none where the section's summary above the chart already says it (the
    building fair's 'Erstmals kam mehr als ein Drittel des Fachpublikums aus der Romandie …' over
    'Mehr als ein Drittel des Fachpublikums kam aus der Romandie …'): the caption's words are the
    summary's, as a quote that echoes the sentence it is printed under (plan/quotes._echoes)."""
    caption = _caption(data)
    return "" if caption and cid in above and _echoes(caption, above[cid]) else caption


def template_context(summary: EventSummary, derived: Derived) -> dict[str, Any]:
    figures = derived.figures
    above = _said_above(derived)

    def figure(ref: Any) -> FigureView:
        """`figure('reach.online_viewers')`: a figure by name, or an error naming what exists."""
        if not isinstance(ref, str) or ref not in figures:
            known = ", ".join(figures)
            raise FigureNotFound(f"no figure {str(ref)[:80]!r} in the data (known: {known[:400]})")
        return figures[ref]

    event = event_view(summary.event, derived.dates, language(summary.formatting.locale))
    return {
        "event": event,
        # the briefing's: its first paragraph prints the summary after the news lede, less a clause
        # that claims the lede's record again (plan/lede_summary.py); the deck's cover, the whole
        "briefing_event": replace(event, summary=derived.lede_summary),
        "sections": dict(derived.sections),
        "section_list": tuple(derived.sections.values()),
        "figures": dict(figures),
        "figure": TemplateFunction("figure", figure),
        "key_figures": tuple(derived.key_figures),
        "headline_figures": tuple(derived.headline_figures),
        "glance_pages": tuple(derived.glance_pages),
        "glance_headlines": tuple(derived.glance_headlines),
        "glance_leads": tuple(derived.glance_leads) or ("",) * len(derived.glance_pages),
        "glance_notes": tuple(derived.glance_notes),
        "glance_groups": tuple(derived.glance_groups),
        "glance_named": glance_named(derived),  # a page titled by its section's name: kickers alike
        "table_figures": tuple(derived.table_figures),
        "band_figures": derived.band_figures,  # the band: the headline figures, or four (no table of one)
        "table_rows": derived.table_rows,  # the key-figures table: three or more key figures not in the band
        "band_more": derived.band_more,  # the band's second row: the key figures too few for a table
        "deck_sections": tuple(derived.deck_sections),
        "sources_slide": derived.sources_slide,
        "glance_source": derived.glance_source,
        "glance_story": glance_story(derived),
        "news_lede": derived.news_lede,  # the briefing's first sentence: the news, where the data marks one
        "charts": {
            cid: ChartInfo(
                cid,
                data.title,
                _briefing_caption(cid, data, above),
                alt_text(data),
                tuple(data.documents),
                data.notes,
                for_deck(data).spoken,  # the deck's notes: none where its slide keeps the caption
                tuple(n for n in data.notes if n != data.deck_note),
            )
            for cid, data in derived.charts.items()
        },
        "sources": tuple(
            SourceInfo(sid, s.title, s.publisher, s.published, s.url, s.note)
            for sid, s in summary.sources.items()
        ),
        "slug": derived.slug,
    }
