"""A chart of many categories reads at the deck's normal size (review AA, round 14): the marathon's
12 countries were set at 10 pt under a lead of two rows and a footer of three, the wine fair's 12
regions at 13 pt. A chart of more than FULL_HEIGHT_BARS categories (up to LEAD_BARS) keeps its
section's summary as its lead where it fits two rows, and its slide takes no sources footer: the
footer's height is the lead's (review II: '来自12个国家和地区的选手参赛…' was only in the notes
under '肯尼亚居首（24%）'). Chinese names' lines are taller (LINE_HEIGHT_CJK): 12 of them read at
13 pt over its lead and its note of rounded shares, 12 Italian ones at 13 pt over their lead."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, pptx_notes, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _names_pt(chart: object) -> float:
    found = chart._chartSpace.find(  # type: ignore[attr-defined]
        f".//{qn('c:catAx')}/{qn('c:txPr')}/{qn('a:p')}/{qn('a:pPr')}/{qn('a:defRPr')}"
    )
    return int(found.get("sz")) / 100


@pytest.mark.parametrize(
    ("event", "summary", "led"),
    [
        # 13 pt: a line under its chart says its shares are rounded (98 %, review GG); under a lead
        # of two rows, 10 pt (Chinese lines are taller): the chart keeps the whole slide
        ("marathon-quanzhou-zh-cn.yaml", "来自12个国家和地区的选手参赛", False),
        ("vinitaly-langhe-it-it.yaml", "Le cantine provenivano da dodici regioni", True),
    ],
)
def test_twelve_categories_read_at_the_size_the_whole_slide_gives(
    tmp_path: Path, event: str, summary: str, led: bool
) -> None:
    result = build(REVIEWS / event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    charts = [
        (slide, shape.chart)
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_chart and len(shape.chart.plots[0].categories) == 12
    ]
    assert len(charts) == 1
    slide, chart = charts[0]
    assert _names_pt(chart) >= 12  # 13 before round 21: the kicker's margin took 0.14 in of the slot
    printed = [seen(s.text_frame.text) for s in slide.shapes if s.has_text_frame]
    # its lead, under its title (review II); the Chinese chart keeps the whole slide, no lead, its
    # title the summary's clause (a deck prints no word joiners since round 22: '来自12\u2060个…'
    # had hidden that title from this check)
    title = slide.shapes.title.shape_id
    under = [seen(s.text_frame.text) for s in slide.shapes if s.has_text_frame and s.shape_id != title]
    assert any(summary in t for t in under) is led
    assert any(summary in t for t in printed)  # on the slide, not only in the notes (review II)
    if led:  # its footer's rows are its lead's: the sources are another slide's
        assert not any(t.startswith(("Fonte", "Fonti")) for t in printed)
        assert any(
            seen(s.text_frame.text).startswith(("Fonte", "Fonti"))
            for d in Presentation(str(deck)).slides
            for s in d.shapes
            if s.has_text_frame
        )
    assert any(summary.casefold() in seen(n).casefold() for n in pptx_notes(deck))  # in the notes


def test_a_tall_chart_last_keeps_its_footer_where_no_slide_before_has_room(tmp_path: Path) -> None:
    """The wine fair's regions as the deck's last slide, after a statement (set alone): no slide
    before it takes the sources, which a slide of their own would leave near-empty: the chart's
    slide keeps its footer and gives its lead to it, as before review II."""
    event = yaml.safe_load((REVIEWS / "vinitaly-langhe-it-it.yaml").read_text(encoding="utf-8"))
    del event["sections"]["affari"], event["sources"]["apertura"]  # the one slide before: a statement
    path = tmp_path / "vinitaly.yaml"
    path.write_text(yaml.safe_dump(event, allow_unicode=True), encoding="utf-8")
    result = build(path, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == []
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    texts = [[seen(s.text_frame.text) for s in slide.shapes if s.has_text_frame] for slide in deck.slides]
    assert not any("Le cantine provenivano da dodici regioni" in t for t in texts[-1])
    assert any(t.startswith(("Fonte", "Fonti")) for t in texts[-1])


def test_a_tall_chart_last_gives_its_footer_to_the_slide_before(tmp_path: Path) -> None:
    """The wine fair's regions as the deck's last slide, after its business slide: its lead under
    its title, not the sources footer, whose rows its chart needs (review II); the slide before it
    takes the sources."""
    event = yaml.safe_load((REVIEWS / "vinitaly-langhe-it-it.yaml").read_text(encoding="utf-8"))
    sections = event["sections"]
    sections["espositori"] = sections.pop("espositori")  # the chart's section last
    path = tmp_path / "vinitaly.yaml"
    path.write_text(yaml.safe_dump(event, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build(path, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == []
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    texts = [[seen(s.text_frame.text) for s in slide.shapes if s.has_text_frame] for slide in deck.slides]
    assert any("Le cantine provenivano da dodici regioni" in t for t in texts[-1])
    assert not any(t.startswith(("Fonte", "Fonti")) for t in texts[-1])
    assert any(t.startswith(("Fonte", "Fonti")) for t in texts[-2])
