"""Review UU2 F2: the gala's 16 sponsors took two slides of one narrow column (the right half of
both empty), and 16 one-line bullets down the briefing's page. A long list of short names is set
in columns at the body's full width, on one slide where it fits, its columns at one size; the
briefing runs the names on after their bold label, one paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation
from pptx.oxml.ns import qn

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ("benefizgala-frankfurt-de", "ontwerpweek-zwolle-2026", "shokuhin-tenjikai-ja-jp")


def _items(name: str) -> list[str]:
    data = yaml.safe_load((REVIEWS / f"{name}.yaml").read_text(encoding="utf-8"))
    lists = [x for s in data["sections"].values() for x in (s.get("lists") or {}).values()]
    return max((x["items"] for x in lists), key=len)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    out = {}
    for name in EVENTS:
        result = build(REVIEWS / f"{name}.yaml", Settings.simple(tmp_path_factory.mktemp(name), TEMPLATES))
        deck = next(f for f in result.files if f.suffix == ".pptx")
        out[name] = (deck, next(f for f in result.files if f.suffix == ".docx"))
    return out


def _scale(shape) -> str:
    autofit = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}/{qn('a:normAutofit')}")
    return autofit.get("fontScale", "100000") if autofit is not None else "100000"


@pytest.mark.parametrize("name", ["benefizgala-frankfurt-de", "ontwerpweek-zwolle-2026"])
def test_a_long_list_of_names_is_one_slide_of_columns_at_full_width(
    built: dict[str, tuple[Path, Path]], name: str
) -> None:
    items = _items(name)
    prs = Presentation(str(built[name][0]))
    holding = [
        (slide, [s for s in slide.shapes if s.has_text_frame and any(i in s.text_frame.text for i in items)])
        for slide in prs.slides
    ]
    holding = [(slide, shapes) for slide, shapes in holding if shapes]
    assert len(holding) == 1, "the list on one slide"
    _, shapes = holding[0]
    assert len(shapes) >= 2, "in columns"
    left = min(s.left for s in shapes)
    right = max(s.left + s.width for s in shapes)
    assert right - left > 0.75 * prs.slide_width, "at the body's full width"
    assert len({_scale(s) for s in shapes}) == 1, "its columns at one size"


@pytest.mark.parametrize("name", EVENTS)
def test_the_briefing_runs_a_long_list_of_names_on_after_its_label(
    built: dict[str, tuple[Path, Path]], name: str
) -> None:
    items = _items(name)
    doc = Document(str(built[name][1]))
    bullets = [p.text for p in doc.paragraphs if p.text.strip() in items]
    assert not bullets, bullets
    (line,) = [p for p in doc.paragraphs if all(i in p.text for i in items)]
    assert line.runs[0].bold and "List" not in line.style.name


def test_the_check_names_a_list_continued_in_one_narrow_column(tmp_path: Path) -> None:
    """The gala's sponsors forced into one column (`columns: 1`): two slides of a narrow column,
    which the check names; the corpus builds with nothing to say (test_review_events_clean.py)."""
    source = REVIEWS / "benefizgala-frankfurt-de.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["sections"]["sponsoren"]["lists"]["sponsoren"]["columns"] = 1
    event = tmp_path / source.name
    event.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert [w for w in result.warnings if "one column" in w and "set it in columns" in w], result.warnings
