"""A chart's mark never reads as bare (review AA, round 14): a bar or dot gives its value label to
the news's quote only where the quote is printed beside it, on the chart's own slide. The
showcase's dot of 総視聴回数 gave its label to the quote, which went to the next slide: the dot read
as a value missing. The document check reports a mark without a label among labelled ones whose
value no text on its slide prints (office/chart_check.py, `bare_marks`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.written_numbers import key, says
from reportgen.office.chart_check import bare_marks
from reportgen.office.ooxml import qn
from reportgen.office.printed_texts import _slide_texts
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

SHOWCASE = ROOT / "tests" / "data" / "review_events" / "game-showcase-online-ja-jp.yaml"


@pytest.fixture(scope="module")
def showcase(built_event: Callable[[Path], BuildResult]) -> tuple[Path, list[str]]:
    result = built_event(SHOWCASE)
    return next(f for f in result.files if f.suffix == ".pptx"), list(result.warnings)


def test_no_mark_of_the_showcase_reads_as_bare(showcase: tuple[Path, list[str]]) -> None:
    """Every dot either prints its value or stands beside a text of its slide that does."""
    deck, warnings = showcase
    assert warnings == []
    checked = 0
    for slide in Presentation(str(deck)).slides:
        said = [t.replace("\u2060", "") for t in _slide_texts(slide)]  # a quote's joiners read as nothing
        for shape in slide.shapes:
            if not _dot_plot(shape):
                continue
            checked += 1
            for name, value in bare_marks(shape.chart):
                assert any(says(t, frozenset({key(value)}), False, "ja_JP") for t in said), (name, said)
    assert checked == 1


def _dot_plot(shape: object) -> bool:
    """The showcase's one dot plot (its 視聴者の反応, titled by its slide): an XY chart."""
    return bool(shape.has_chart) and shape.chart._chartSpace.find(".//" + qn("c:scatterChart")) is not None  # type: ignore[attr-defined]


def _all_labelled(deck: Path) -> tuple[Presentation, object]:
    """The showcase's deck, and its dot plot's slide and shape."""
    prs = Presentation(str(deck))
    for slide in prs.slides:
        for shape in slide.shapes:
            if _dot_plot(shape):
                return prs, (slide, shape)
    raise AssertionError("no dot plot")


def test_the_check_reports_a_mark_left_bare_even_beside_its_quote(
    showcase: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """A dot whose label is taken away is reported, and so it is on a slide that prints its value
    (its quote beside it, round 16): a reader reads a bare mark as a value missing either way."""
    deck, _ = showcase
    prs, (slide, shape) = _all_labelled(deck)
    dots = next(s for s in shape.chart.plots[0].series if s.name == "value")
    labelled = [i for i in range(len(dots.values)) if dots.points[i].data_label.has_text_frame]
    assert len(labelled) >= 2
    gone = labelled[-1]  # the smallest dot: its words are on no other text of the slide
    label = dots.points[gone].data_label._dLbl
    label.getparent().remove(label)
    bare = tmp_path / "bare.pptx"
    prs.save(str(bare))
    found = [w for w in check_deck(bare, "deck", locale="ja_JP") if "no value label" in w]
    assert any("視聴者投票の参加者" in w for w in found), found
    # its value written on the slide (as the quote beside it would): reported all the same
    value = dict(bare_marks(shape.chart))["視聴者投票の参加者"]
    box = slide.shapes.add_textbox(0, 0, 100, 100)
    box.text_frame.text = f"「{int(value):,}人」".replace(",", "")
    beside = tmp_path / "beside.pptx"
    prs.save(str(beside))
    found = [w for w in check_deck(beside, "deck", locale="ja_JP") if "no value label" in w]
    assert any("視聴者投票の参加者" in w for w in found), found


def test_no_mark_of_the_corpus_gives_its_label_to_a_quote() -> None:
    """The plan labels every bar and dot whose chart labels any (round 16): in the events whose
    news's quote took a bar's label in round 15 (the showcase, Bengaluru, FILBo, Hanbit, Hong
    Kong's book fair, the Korean game expo, Osaka's matching fair, the culture festival)."""
    from reportgen.data.derive import derive
    from reportgen.data.formatting import Formatter
    from reportgen.data.load import load_event

    reviews = ROOT / "tests" / "data" / "review_events"
    events = [
        SHOWCASE,
        *(reviews / n for n in ("bengaluru-techexpo-en-in.yaml", "filbo-es-co.yaml")),
        *(reviews / n for n in ("hanbit-esports-ko-kr.yaml", "shufa-zh-hk.yaml")),
        *sorted((ROOT / "tests" / "events").glob("**/game-expo-ko.yaml")),
        *sorted((ROOT / "tests" / "events").glob("**/osaka-business-matching-2026.yaml")),
        *sorted((ROOT / "tests" / "events").glob("**/wenhua-jie-zh.yaml")),
    ]
    assert len(events) == 8
    for event in events:
        summary = load_event(event)
        derived = derive(
            summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels))
        )
        for chart in derived.charts.values():
            labelled = [(r, bar.text) for r, bar in zip(chart.bar_refs, chart.bars, strict=False) if r]
            if any(text for _, text in labelled):
                assert all(text for _, text in labelled), (event.name, chart.id, labelled)
