"""inspect and build agree: every error a build stops at (names inside slide, paragraph and row
loops included) is reported by inspect, a build reports all of them in one run, and inspect says
which template slides an event uses, repeats or drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from reportgen.cli import main
from reportgen.office.ooxml import word_paragraphs

from .conftest import ROOT, TEMPLATES, WAIC, briefing_paragraph

EXAMPLES = sorted((ROOT / "data" / "examples").glob("*.yaml"))


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def retag_deck(folder: Path, slide: int, shape: str, old: str, new: str) -> Path:
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    target = next(s for s in prs.slides[slide - 1].shapes if s.name == shape)
    runs = [r for p in target.text_frame.paragraphs for r in p.runs if old in r.text]
    assert runs, f"{old} not in slide {slide}, shape {shape}"
    runs[0].text = runs[0].text.replace(old, new)
    folder.mkdir(exist_ok=True)
    prs.save(str(folder / "deck.pptx"))
    return folder / "deck.pptx"


def retag_briefing(folder: Path, edits: dict[int, tuple[str, str]]) -> Path:
    """Body paragraph number (as inspect and build count them) -> (old tag, new tag)."""
    doc = Document(str(TEMPLATES / "briefing.docx"))
    paragraphs = list(word_paragraphs(doc.element.body))
    for number, (old, new) in edits.items():
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        texts = [t for t in paragraphs[number - 1].iterfind(".//w:t", ns) if old in (t.text or "")]
        assert texts, f"{old} not in paragraph {number}"
        texts[0].text = texts[0].text.replace(old, new)
    folder.mkdir(exist_ok=True)
    doc.save(str(folder / "briefing.docx"))
    return folder / "briefing.docx"


TAGS = ("{{ f.label }}", "{{ s.title }}", "{{ person.sentence }}")
ROW, LOOP, INNER = (briefing_paragraph(tag) for tag in TAGS)
BRIEFING_EDITS = {
    ROW: ("{{ f.label }}", "{{ f.lable }}"),  # in a {%tr for f in table_rows %} row
    LOOP: ("{{ s.title }}", "{{ s.sumary }}"),  # in {%p for s in section_list %}
    INNER: ("{{ person.sentence }}", "{{ person.sentense }}"),  # in a {%p for %} inside that one
}
UNKNOWN = " (the data has no such name)"
BRIEFING_ERRORS = [
    f"body, paragraph {ROW} ({{{{ f.lable }}}}): 'FigureView' has no attribute 'lable'" + UNKNOWN,
    f"body, paragraph {LOOP} ({{{{ s.sumary }}}}): 'SectionView' has no attribute 'sumary'" + UNKNOWN,
    f"body, paragraph {INNER} ({{{{ person.sentense }}}}): 'PersonView' has no attribute 'sentense'"
    + UNKNOWN,
]
DECK_ERROR = (
    "slide 12, shape 'Section name' ({{ s.sumary }}): 'SectionView' has no attribute 'sumary' "
    "(the data has no such name)"
)


def test_inspect_reports_names_inside_slide_loops(tmp_path: Path) -> None:
    """`{{ s.sumary }}` on a slide repeated by {%slides for s in section_list %} passed inspect
    (exit 0) and failed the build (exit 4)."""
    # the kicker: every chart slide of WAIC states its finding in its title, the name above it
    deck = retag_deck(tmp_path / "t", 12, "Section name", "{{ s.title }}", "{{ s.sumary }}")
    result = invoke("inspect", str(deck), "--data", str(WAIC))
    assert result.exit_code == 4, result.output
    assert f"errors build would report with {WAIC_SHOWN} (1):\n  {DECK_ERROR}\n" in result.output


def test_inspect_reports_names_inside_paragraph_and_row_loops(tmp_path: Path) -> None:
    briefing = retag_briefing(tmp_path / "t", BRIEFING_EDITS)
    result = invoke("inspect", str(briefing), "--data", str(WAIC))
    assert result.exit_code == 4, result.output
    listed = "".join(f"  {line}\n" for line in BRIEFING_ERRORS)
    assert f"errors build would report with {WAIC_SHOWN} (3):\n{listed}" in result.output + "\n"


def test_build_reports_every_template_error_of_both_templates_in_one_run(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    retag_deck(folder, 12, "Section name", "{{ s.title }}", "{{ s.sumary }}")
    retag_briefing(folder, BRIEFING_EDITS)
    out = tmp_path / "out"
    result = invoke("build", str(WAIC), "--templates", str(folder), "--out", str(out))
    assert result.exit_code == 4, result.output
    deck, briefing = folder / "deck.pptx", folder / "briefing.docx"
    assert result.output.splitlines() == [
        "error: 4 template errors (nothing was written):",
        f"{deck}: {DECK_ERROR}",
        *(f"{briefing}: {line}" for line in BRIEFING_ERRORS),
        "hint: fix the tag in PowerPoint; `reportgen docs templates` lists the names you can use",
        "hint: fix the tag in Word; `reportgen docs templates` lists the names you can use",
    ]
    assert not [p for p in out.rglob("*") if p.suffix in {".docx", ".pptx", ".png"}]


def test_build_caps_the_errors_it_lists(tmp_path: Path) -> None:
    """Twenty broken shapes: all are found, twelve listed, the rest counted."""
    folder = tmp_path / "t"
    folder.mkdir()
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    for n in range(20):
        box = prs.slides[0].shapes.add_textbox(0, 0, 914400, 914400)
        box.name = f"Broken {n}"
        box.text_frame.text = f"{{{{ event.nope{n} }}}}"
    prs.save(str(folder / "deck.pptx"))
    result = invoke("build", str(WAIC), "--templates", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 4, result.output
    lines = result.output.splitlines()
    assert lines[0] == "error: 20 template errors (nothing was written):"
    assert lines[1] == (
        f"{folder / 'deck.pptx'}: slide 1, shape 'Broken 0' ({{{{ event.nope0 }}}}): "
        "'EventView' has no attribute 'nope0'" + UNKNOWN
    )
    assert lines[13] == "... and 8 more problems"


@pytest.mark.parametrize("event", [WAIC, *EXAMPLES], ids=lambda p: p.stem)
@pytest.mark.parametrize("template", ["deck.pptx", "briefing.docx"])
def test_no_false_alarms_for_the_bundled_templates_and_events(event: Path, template: str) -> None:
    result = invoke("inspect", str(TEMPLATES / template), "--data", str(event))
    assert result.exit_code == 0, result.output
    assert "would report with" in result.output and "(0):\n  none" in result.output


def test_inspect_says_which_slides_an_event_uses_repeats_and_drops() -> None:
    expo = ROOT / "data" / "examples" / "harbourside-expo-2025.yaml"
    result = invoke("inspect", str(TEMPLATES / "deck.pptx"), "--data", str(expo))
    assert result.exit_code == 0, result.output
    shown = "data/examples/harbourside-expo-2025.yaml"
    assert result.output.split(f"slides for {shown}:\n")[1] == (
        "  slide 1: used\n"
        "  slide 2: dropped (condition 'page|length == 1 and glance_story' false for this event)\n"
        "  slide 3: dropped (condition 'page|length == 2 and glance_story' false for this event)\n"
        "  slide 4: dropped (condition 'page|length == 1 and not glance_story' false for this event)\n"
        "  slide 5: dropped (condition 'page|length == 2 and not glance_story' false for this event)\n"
        "  slide 6: dropped (condition 'page|length == 3' false for this event)\n"
        "  slide 7: dropped (condition 'page|length == 4' false for this event)\n"
        "  slide 8: dropped (condition 'page|length == 5' false for this event)\n"
        "  slide 9: used\n"
        "  slide 10: dropped (condition 'page|length == 7' false for this event)\n"
        "  slide 11: dropped (condition 'page|length == 8' false for this event)\n"
        # the two charts take no bullets beside them: their sections' figures are tiles (no repeat)
        "  slide 12: dropped (condition \"page.layout == 'chart-and-points'\" false for this event)\n"
        "  slide 13: repeated 2 times\n"
        # Forums joins the tiles' page (its neighbour in the file, round 16), so Exhibition's slide
        # is a statement
        "  slide 14: dropped (condition \"page.layout == 'points' and not page.statement\" false "
        "for this event)\n"
        # one block over a section's pages, each set by its layout's variant, in the plan's order
        "  slide 15: dropped (condition \"page.layout == 'columns' and page.columns == 3\" false "
        "for this event)\n"
        "  slide 16: dropped (condition \"page.layout == 'columns' and page.columns == 2\" false "
        "for this event)\n"
        "  slide 17: dropped (condition \"page.layout == 'columns' and page.columns not in (2, 3)\" false "
        "for this event)\n"
        "  slide 18: used\n"
        "  slide 19: dropped (condition \"page.layout == 'points' and page.pull\" false for this event)\n"
        "  slide 20: dropped (condition 'sources_slide' false for this event)\n"
    )


WAIC_SHOWN = "data/waic2022.yaml"


def test_an_event_with_four_key_figures_uses_the_four_tile_slide(tmp_path: Path) -> None:
    """An edit to the six-tile slide shows nowhere for such an event: inspect says so."""
    figures = "\n".join(
        f"      f{n}:\n        label: Figure {n}\n        value: {n + 1}\n        key: true" for n in range(4)
    )
    event = tmp_path / "four.yaml"
    event.write_text(
        "event:\n  name: Four Expo\n  short_name: Four\n  year: 2025\n  city: Lyon\n"
        "  closing_date: 2025-05-04\nsources:\n  release:\n    title: Release\n"
        f"sections:\n  reach:\n    title: Reach\n    figures:\n{figures}\n",
        encoding="utf-8",
    )
    result = invoke("inspect", str(TEMPLATES / "deck.pptx"), "--data", str(event))
    assert result.exit_code == 0, result.output
    assert "  slide 7: used\n" in result.output
    assert "  slide 9: dropped (condition 'page|length == 6' false for this event)\n" in result.output
