"""A briefing chart carries its finding once (review S): its caption is the event file's, or the
finding its data states; never the chart's title again (the picture draws that above its bars),
and none where the caption gave way and the section's summary, the paragraph above the chart,
states the finding ('… quase quintuplicou', '… se ha multiplicado por cuatro …')."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.context import template_context
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEW = ROOT / "tests" / "data" / "review_events"
NBSP = str.maketrans({"\u00a0": " ", "\u202f": " "})


@pytest.mark.parametrize(
    ("event", "chart", "said_above"),
    [
        ("sons-do-cerrado-pt-br", "historico", "quase quintuplicou"),
        ("demo-day-es-mx", "tendencia", "multiplicado por cuatro"),
        ("targi-meblowe-nadarzyn-pl", "wystawcy_branze", "najwięcej stoisk"),
    ],
)
def test_a_caption_that_gave_way_leaves_no_title_under_the_chart(
    event: str, chart: str, said_above: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = REVIEW / f"{event}.yaml"
    title = load_event(path).charts[chart].title
    with caplog.at_level(logging.WARNING, logger="reportgen"):
        result = build(path, Settings.simple(tmp_path, TEMPLATES))
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    briefing = next(p for p in result.files if p.suffix == ".docx")
    texts = [p.text.translate(NBSP) for p in Document(str(briefing)).paragraphs]
    assert any(said_above in t for t in texts)  # the finding, in the paragraph above the chart
    captions = [
        p.text.translate(NBSP).strip()
        for p in Document(str(briefing)).paragraphs
        if p.style.name == "Caption"
    ]
    assert title not in captions  # not the picture's own title again under it
    assert all(c for c in captions)  # and no empty caption line in its place


def test_no_briefing_caption_repeats_its_charts_title(tmp_path: Path) -> None:
    """Every corpus shape: a chart's caption is never its title (agri-fair's livestock chart, whose
    event file gives none and whose data has no finding, printed 'Livestock entries' twice)."""
    for name in ("agri-fair", "fete-science-fr", "buchmesse-de"):
        path = ROOT / "tests" / "events" / f"{name}.yaml"
        summary = load_event(path)
        titles = {c.title.translate(NBSP) for c in summary.charts.values()}
        result = build(path, Settings.simple(tmp_path / name, TEMPLATES))
        briefing = next(p for p in result.files if p.suffix == ".docx")
        captions = [
            p.text.translate(NBSP).strip().rstrip(".")
            for p in Document(str(briefing)).paragraphs
            if p.style.name == "Caption"
        ]
        assert not titles & set(captions), name
        assert all(captions), name


def test_a_caption_that_gave_way_keeps_its_reason_under_the_chart(tmp_path: Path) -> None:
    """Review U: the fair's 'Liczba wystawców wzrosła z 980 do 1240, głównie dzięki meblom
    tapicerowanym …' gave way (its 1240 on the first page and the bar) and took its reason with
    it, said nowhere else: the briefing prints the caption's clause without the repeated figure."""
    path = REVIEW / "targi-meblowe-nadarzyn-pl.yaml"
    result = build(path, Settings.simple(tmp_path, TEMPLATES))
    briefing = next(p for p in result.files if p.suffix == ".docx")
    captions = [
        p.text.translate(NBSP) for p in Document(str(briefing)).paragraphs if p.style.name == "Caption"
    ]
    reason = [c for c in captions if "dzięki meblom tapicerowanym i nowej hali mebli z odzysku" in c]
    assert reason, captions
    assert "1240" not in reason[0] and "980" not in reason[0]  # not the figure a third time


@pytest.mark.parametrize(
    ("event", "chart", "added", "reason"),
    [
        (
            "tests/data/review_events/feria-vino-ribera-2026.yaml",
            "negocio",
            ", sobre todo gracias a la exportación a México.",
            "Sobre todo gracias a la exportación a México.",
        ),
        (
            "tests/events/languages/wenhua-jie-zh.yaml",
            "renci_qushi",
            "，主要得益于新开放的夜间街区。",
            "主要得益于新开放的夜间街区。",
        ),
    ],
)
def test_a_caption_giving_way_keeps_its_clause_without_a_number(
    event: str, chart: str, added: str, reason: str, tmp_path: Path
) -> None:
    """The class, in any language: the caption's last clauses that write no number are printed
    under the chart, as a sentence of their own, where the caption gives way."""
    import yaml

    data = yaml.safe_load((ROOT / event).read_text(encoding="utf-8"))
    caption = data["charts"][chart]["caption"]
    data["charts"][chart]["caption"] = caption.rstrip("。.") + added
    path = tmp_path / "event.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for picture in (ROOT / event).parent.glob("*.png"):
        (tmp_path / picture.name).write_bytes(picture.read_bytes())
    summary = load_event(path)
    fmt = Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels))
    derived = derive(summary, fmt)
    assert derived.charts[chart].spoken  # the caption gave way
    assert template_context(summary, derived)["charts"][chart].caption.translate(NBSP) == reason


@pytest.mark.parametrize(
    ("event", "chart", "kept"),
    [
        ("baumesse-zuerich-de-ch", "herkunft", False),  # the summary above says it, "Erstmals" more
        ("castello-it-ch", "luoghi", True),  # its finding names the leading venue; the summary does not
    ],
)
def test_a_caption_that_says_again_what_the_summary_above_it_says_is_not_printed(
    event: str, chart: str, kept: bool
) -> None:
    """Review Z's look at review W's building fair: the briefing printed 'Erstmals kam mehr als ein
    Drittel des Fachpublikums aus der Romandie und dem Tessin.' above the chart and 'Mehr als ein
    Drittel des Fachpublikums kam aus der Romandie und dem Tessin.' under it. A caption whose words
    the section's summary holds (as a quote that echoes its sentence: plan/quotes._echoes) is said
    once, by the summary; the deck already titled the slide with the summary alone."""
    summary = load_event(REVIEW / f"{event}.yaml")
    derived = derive(summary, Formatter(summary.formatting.locale))
    caption = template_context(summary, derived)["charts"][chart].caption
    assert bool(caption) is kept, caption
