"""A chart caption's clause that names one of the chart's categories is never cut from its slide
as though a number phrase (charts26's open class, after review YY2 #3: the rally's 'Pedersoli
terzo a 19,2'): the Taipei expo's '美國210家居次' (the runner-up, cut with '共820家' as the bar's
number), the Siljan race's 'och Norge var största utlandsnation' (cut with its '2 100 åkare'), the
Spanish farm fair's 'Portugal y Francia encabezan la presencia extranjera' (given way to the
summary); a mere number phrase may go ('guidati dalla Germania', without 'con 48'). And the
document check's rule for a slide that prints a caption in part and not its names
(office/chart_captions.py `unnamed_clauses`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.load import load_event
from reportgen.data.prepare import formatter
from reportgen.data.slide_captions import named_clauses
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEW = ROOT / "tests" / "data" / "review_events"
LANGUAGES = ROOT / "tests" / "events" / "languages"
TAIPEI = LANGUAGES / "taipei-computer-expo-2026.yaml"
SILJAN = REVIEW / "siljan-skidmaraton-sv-se.yaml"


def _core(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _deck(result: BuildResult) -> Any:
    return Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))


def _chart_slide(prs: Any, category: str) -> tuple[int, Any]:
    return next(
        (number, slide)
        for number, slide in enumerate(prs.slides, start=1)
        for shape in slide.shapes
        if shape.has_chart and any(str(c).startswith(category) for c in shape.chart.plots[0].categories)
    )


def _face(slide: Any) -> str:
    return _core(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))


@pytest.mark.parametrize(
    ("event", "category", "named", "said"),
    [
        (TAIPEI, "美國", "美國", "臺灣企業占參展企業逾半數"),  # zh_TW: the runner-up
        (SILJAN, "Norge", "Norge var största utlandsnation", "Sju av tio åkare kom från Sverige"),  # sv
        (
            LANGUAGES / "feria-agro-es.yaml",
            "Portugal",
            "Portugal y Francia encabezan la presencia extranjera",
            "España aportó 980",
        ),  # es: the caption's clause after its semicolon, not the summary in its place
        (REVIEW / "mobilia-pesaro-it-it.yaml", "Germania", "guidati dalla Germania", "640 espositori"),  # it
    ],
    ids=["zh_TW-taipei", "sv-siljan", "es-feria-agro", "it-mobilia"],
)
def test_a_captions_clause_naming_a_category_stays_on_its_slide(
    event: Path, category: str, named: str, said: str, built_event: Callable[[Path], BuildResult]
) -> None:
    _, slide = _chart_slide(_deck(built_event(event)), category)
    face = _face(slide)
    assert _core(said) in face  # the caption's first clause: printed in part, as before
    assert _core(named) in face, face  # and its clause that names a category


def test_the_check_names_a_slide_that_cuts_a_captions_named_clause(
    built_event: Callable[[Path], BuildResult],
) -> None:
    """Silent on the built decks; the old cuts (the title without its named clause) are named."""
    for event, category, cut in (
        (TAIPEI, "美國", "臺灣企業占參展企業逾半數"),
        (SILJAN, "Norge", "Sju av tio åkare kom från Sverige"),
    ):
        result = built_event(event)
        summary = load_event(event)
        derived = derive(summary, formatter(summary))
        named = named_clauses(derived.deck_sections, derived.charts)
        assert named, event.stem  # its caption is printed in part: its named clauses are read
        prs = _deck(result)
        assert not [w for w in check_deck(prs, "deck", named=named) if "names" in w]
        number, slide = _chart_slide(prs, category)
        slide.shapes.title.text_frame.text = cut  # the cut the plan made before
        found = [w for w in check_deck(prs, "deck", named=named) if "caption says" in w]
        assert (
            len(found) == 1 and f"slide {number}" in found[0] and category.casefold() in found[0].casefold()
        )


#: Review YY1 #2, open: the whole caption as the lead under the section's name (its summary in the
#: notes) took the boat show's summary from over its chart (test_glance_lead_owner.py); the plan
#: keeps only a caption's clause after the one that titles the slide (charts26b).
_OPEN = pytest.mark.xfail(strict=True, reason="open: YY1 #2, the caption under the section's name")


@pytest.mark.parametrize(
    ("event", "category", "chart"),
    [
        pytest.param(LANGUAGES / "festival-mares-pt-pt.yaml", "Sábado", "por_dia", marks=_OPEN),  # pt
        pytest.param(REVIEW / "startup-summit-cph-da-dk.yaml", "Heatwise", "runder", marks=_OPEN),  # da
        (LANGUAGES / "feria-agro-es.yaml", "Portugal", "expositores_pais"),  # es
        (SILJAN, "Norge", "lander"),  # sv: both fit, both printed ('med 2 100 åkare' to the bar)
    ],
    ids=["pt-mares", "da-startup", "es-feria-agro", "sv-siljan"],
)
def test_the_finding_stays_on_its_slide_and_the_summary_gives_way(
    event: Path, category: str, chart: str, built_event: Callable[[Path], BuildResult]
) -> None:
    """Review YY1 #2: where a chart slide's summary and caption do not both fit, the caption (the
    finding) is printed on the slide, the summary in its notes; the build's check is clean (a
    summary its chart's finding displaced is no summary said in the notes only: office/unsaid.py)."""
    result = built_event(event)
    assert not [w for w in result.warnings if "summary says" in w or "caption" in w], result.warnings
    caption = load_event(event).charts[chart].caption or ""
    _, slide = _chart_slide(_deck(result), category)
    # every word of the caption, its numbers aside (a number phrase may give way to the bar's)
    words = re.findall(r"[^\W\d_]{4,}", caption.casefold())
    face = _face(slide)
    assert words and all(w in face for w in words), (event.stem, caption, face)
