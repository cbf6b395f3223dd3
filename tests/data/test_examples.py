"""Events of other shapes build with the default templates and no code change."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.charts.draw import build_figure
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_text, pptx_notes, pptx_slide_texts, seen

EXAMPLES = ROOT / "data" / "examples"
NBSP = "\u00a0"
EXPECTED = {
    "harbourside-expo-2025": {
        "figures": [
            "more than 1,200",
            "64",
            "180,000\u00a0m²",
            "235,000",
            "nearly US$2.35\u00a0billion",  # a symbol against its number, as the quote writes it
            f"nearly RMB{NBSP}16.9\u00a0billion",
            "48",
            "about 310",
        ],
        "titles": [
            "Harbourside International Trade Expo 2025",
            "Harbourside Expo 2025 at a glance",
            "Exhibition",
            "Visitors",
            "Intended purchase deals",
            # 'Forums' (one line of text) joins the Exhibition slide, led by its name; the one
            # source is the last slide's footer: no slide of one line
        ],
        "headings": ["Exhibition", "Visitors", "Intended purchase deals", "Forums"],
        # exhibitors (two parts: domestic and international) is no chart; its caption is printed
        "pictures": {"Chart visitors_per_day": 4, "Chart deals": 5},
    },
    "coastal-climate-summit-2024": {
        "figures": [
            "45",
            "more than 1,800",
            f"EUR{NBSP}500\u00a0million",
            "$540\u00a0million",
            f"up to EUR{NBSP}120\u00a0million",
            "up to $130\u00a0million",
            "60",
            "38",
        ],
        "titles": [
            "Coastal Climate Summit 2024",
            "CCS 2024 at a glance",
            "Delegations",
            "Funds launched",
            "Programme",
        ],
        "pictures": {"Chart delegates": 3, "Chart funds": 4, "Chart programme": 5},
    },
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def example(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    result = build(
        EXAMPLES / f"{request.param}.yaml", Settings.simple(tmp_path_factory.mktemp(request.param), TEMPLATES)
    )
    files = {f.suffix: f for f in result.files if f.suffix in {".docx", ".pptx"}}
    return request.param, files[".docx"], files[".pptx"], result


def test_example_documents_state_their_figures(example) -> None:
    name, briefing, deck, result = example
    # as seen: no-break spaces tie a figure's words (data/ties.py), which is not what this tests
    text = seen(docx_text(briefing))
    # a tile sets its qualifier, number and label on lines of their own ('more than\n1,200\n…')
    slides = seen(" ".join(pptx_slide_texts(deck)).replace("\n", " "))
    for figure in map(seen, EXPECTED[name]["figures"]):  # as written, or leading a sentence ('More than …')
        said = (figure, figure[:1].upper() + figure[1:])
        assert any(f in text for f in said), (name, "briefing", figure)
        assert any(f in slides for f in said), (name, "deck", figure)
    assert "SAMPLE" not in text  # the sample label lives in YAML comments and the source note
    assert "invented" in text  # ... and the source note reaches the reader
    assert result.warnings == []


def test_example_deck_has_a_slide_per_section_in_data_order(example) -> None:
    name, _, deck, _ = example
    prs = Presentation(str(deck))
    # a slide whose title states its finding names its section in the kicker above the title
    titles = [
        next((x.text_frame.text for x in s.shapes if x.name == "Section name" and x.text_frame.text), "")
        or seen(s.shapes.title.text)
        for s in prs.slides
        if s.shapes.title is not None
    ]
    expected = EXPECTED[name]["titles"]
    assert titles[:2] == expected[:2]  # the title slide has its title
    sections = [t.removesuffix(" (continued)") for t in titles[2:] if t != expected[1]]
    assert list(dict.fromkeys(sections)) == expected[2:]  # every section, in data order
    assert "Source: “" in pptx_slide_texts(deck)[-1]  # the one source, on the last slide
    charts = {
        shape.name: number
        for number, slide in enumerate(prs.slides, start=1)
        for shape in slide.shapes
        if shape.has_chart
    }
    assert sorted(charts) == sorted(EXPECTED[name]["pictures"])  # native charts, named by id
    for text in pptx_slide_texts(deck) + pptx_notes(deck):
        assert "{{" not in text and "{%" not in text


def test_example_briefing_has_a_heading_per_section(example) -> None:
    name, briefing, _, _ = example
    headings = [p.text for p in Document(str(briefing)).paragraphs if p.style.name == "Heading 1"]
    sections = EXPECTED[name].get("headings", EXPECTED[name]["titles"][2:])  # folded ones included
    assert headings == ["Key figures", *sections, "Sources"]


def _chart(name: str, chart_id: str):
    summary = load_event(EXAMPLES / f"{name}.yaml")
    fmt = Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels))
    return derive(summary, fmt).charts[chart_id]


def test_stacked_chart_stacks_the_breakdown_of_each_figure() -> None:
    data = _chart("harbourside-expo-2025", "visitors_per_day")
    fig = build_figure(data, DEFAULT_THEME)
    (ax,) = fig.axes
    heights = [round(p.get_height()) for p in ax.patches]
    assert heights == [46000, 50000, 38000, 20000, 6000, 11000, 36000, 28000]  # trade, then public
    bottoms = [round(p.get_y()) for p in ax.patches][4:]
    assert bottoms == [46000, 50000, 38000, 20000]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Trade visitors", "Public visitors"]


def test_grouped_chart_puts_parts_side_by_side() -> None:
    data = _chart("coastal-climate-summit-2024", "funds")
    fig = build_figure(data, DEFAULT_THEME)
    (ax,) = fig.axes
    # the labels ("EUR 300 million", kept whole) are wider than a bar: the bars read across
    assert [p.get_width() for p in ax.patches] == [3e8, 1e8, 1.2e8, 2e8, 1.5e8, 0]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [
        "Public commitments",
        "Private commitments",
    ]
    texts = [t.get_text().replace("\n", " ") for t in ax.texts]  # a label may wrap after "up to"
    assert f"EUR{NBSP}300\u00a0million" in texts and f"up{NBSP}to{NBSP}EUR{NBSP}120\u00a0million" in texts


def test_examples_declare_the_schema_for_editors() -> None:
    for path in [*EXAMPLES.glob("*.yaml"), ROOT / "data" / "waic2022.yaml"]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        schema = (path.parent / first.split("=", 1)[1]).resolve()
        assert schema == (ROOT / "data" / "event.schema.json").resolve(), path


def test_bundled_schemas_are_current() -> None:
    from reportgen.data.schema import schema_json

    assert (ROOT / "data" / "event.schema.json").read_text(encoding="utf-8") == schema_json()
    assert (ROOT / "data" / "project.schema.json").read_text(encoding="utf-8") == schema_json(project=True)


def test_examples_are_labelled_as_sample_data() -> None:
    for path in EXAMPLES.glob("*.yaml"):
        assert "SAMPLE DATA" in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_examples_validate(path: Path) -> None:
    assert load_event(path).event.name
