"""A chart's caption (its finding) is on its deck slide's face, the title or the lead under the
section's finding, never in the speaker notes only (review WW2 #3: the ja fair's
'中国、台湾、韓国の3カ国・地域で海外出展者の半数を超えました' under the summary over eleven countries);
a caption that gives way as the news's third printing still leaves the change it states on the
slide (review WW1 #2: '…減少約18%', in German and English too); the briefing's lede makes a
caption that states the news a third printing in the briefing only (round 24: the US summit's
'Data centers took $31.5 billion …' kept as its deck slide's title). And the document check's rule
for a chart slide that prints its caption nowhere (office/chart_captions.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.load import load_event
from reportgen.data.prepare import formatter
from reportgen.data.slide_captions import slide_captions
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEW = ROOT / "tests" / "data" / "review_events"
FAIR_JA = REVIEW / "monozukuri-tenjikai-nagoya-ja-jp.yaml"
FESTIVAL_ZH = REVIEW / "wenhuajie-tainan-zh-tw.yaml"
SUMMIT_EN = ROOT / "tests" / "events" / "tech-summit-en-us.yaml"


def _core(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _deck(event: Path, out: Path) -> tuple[Any, list[str]]:
    result = build(event, Settings.simple(out, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return Presentation(str(deck)), result.warnings


def _face(slide: Any) -> str:
    """Everything a slide prints (its shapes' text), not its notes."""
    return _core(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))


def _chart_slide(prs: Any, category: str) -> Any:
    return next(
        slide
        for slide in prs.slides
        for shape in slide.shapes
        if shape.has_chart and category in [str(c) for c in shape.chart.plots[0].categories]
    )


def _variant(tmp_path: Path, locale: str, caption: str) -> Path:
    """The zh_TW festival in another language's formatting, its trend's caption in that language."""
    data = yaml.safe_load(FESTIVAL_ZH.read_text(encoding="utf-8"))
    data["formatting"] = {**data.get("formatting", {}), "locale": locale}
    data["charts"]["qushi"]["caption"] = caption
    path = tmp_path / f"festival-{locale}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("locale", "caption", "change"),
    [
        ("zh_TW", None, "18%"),
        ("en_US", "About 385,000 visits this year, down about 18% from about 468,000 last year.", "18%"),
        (
            "de_DE",
            "Rund 385.000 Besuche in diesem Jahr, rund 18 % weniger als die rund 468.000 im Vorjahr.",
            "18",
        ),
    ],
)
def test_a_caption_that_gives_way_leaves_the_change_it_states_on_the_slide(
    tmp_path: Path, locale: str, caption: str | None, change: str
) -> None:
    event = FESTIVAL_ZH if caption is None else _variant(tmp_path, locale, caption)
    prs, warnings = _deck(event, tmp_path / locale)
    # the variants' Chinese words in a Latin edition are warned of; no figure a third time
    assert not [w for w in warnings if "times (" in w or "chart's caption" in w]
    slide = _chart_slide(prs, "2025")
    face = _face(slide)
    assert _core(change) in face and _core("468") in face  # the size of the fall, on the slide


def test_the_caption_is_on_the_chart_slide_in_every_shape(tmp_path: Path) -> None:
    """The ja fair (eleven countries under the summary: was the notes only) and the US summit
    (a caption stating the news the briefing's lede prints: was the chart's bare title)."""
    for event, chart, category in (
        (FAIR_JA, "kuni", "中国"),
        (SUMMIT_EN, "commitments_split", "Data-center construction commitments"),
    ):
        prs, warnings = _deck(event, tmp_path / event.stem)
        assert warnings == []
        caption = load_event(event).charts[chart].caption or ""
        slide = _chart_slide(prs, category)
        clauses = [c for c in map(_core, re.split(r"[.;:,。；：，、]", caption)) if c]
        face = _face(slide)
        assert clauses and all(c in face for c in clauses), (event.stem, caption)


def test_the_check_names_a_chart_slide_whose_caption_is_printed_nowhere(tmp_path: Path) -> None:
    prs, warnings = _deck(FAIR_JA, tmp_path / "fair")
    assert warnings == []
    summary = load_event(FAIR_JA)
    derived = derive(summary, formatter(summary))
    captioned = slide_captions(derived.deck_sections, derived.charts)
    assert [c for _, _, c in captioned] == ["中国、台湾、韓国の3カ国・地域で海外出展者の半数を超えました。"]
    assert not [w for w in check_deck(prs, "deck", captioned=captioned) if "caption" in w]
    slide = _chart_slide(prs, "中国")
    for shape in slide.shapes:  # a template without the lead: the caption in the notes only
        if shape.has_text_frame and "半数" in shape.text_frame.text:
            shape.text_frame.text = ""
    found = [w for w in check_deck(prs, "deck", captioned=captioned) if "caption" in w]
    assert len(found) == 1 and "半数を超えました" in found[0] and "slide 3" in found[0]


def test_a_change_titles_a_chart_slide_whose_summary_titles_nothing(tmp_path: Path) -> None:
    """The Graz culture night (self-review r25): its trend's caption gives way as the news's third
    printing, and its section's summary is too long to title the slide, which the section's name
    ('Besuch') titled, the fall's size in its notes only: the change the caption states titles
    the slide, the summary its lead."""
    prs, _ = _deck(REVIEW / "kulturnacht-graz-de-at.yaml", tmp_path)
    titles = [s.shapes.title.text_frame.text for s in prs.slides if s.shapes.title is not None]
    assert any(_core("etwa 19 Prozent weniger als 2026") in _core(t) for t in titles), titles
    assert not any(_core(t) == _core("Besuch") for t in titles), titles
