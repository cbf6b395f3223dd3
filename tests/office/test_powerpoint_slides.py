"""Repeated and conditional slides: clones keep pictures, notes and hyperlinks; blocks keep data order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from reportgen.data.formatting import Formatter
from reportgen.errors import TemplateProblem
from reportgen.office.powerpoint import render_deck


def make(tmp_path: Path, slides: list[dict[str, Any]]) -> Path:
    """A deck with one blank slide per spec: {'texts': [...], 'notes': str, 'logo': bool, 'link': url}."""
    prs = Presentation()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), "red").save(logo)
    for spec in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        for i, text in enumerate(spec.get("texts", [])):
            box = slide.shapes.add_textbox(Inches(1), Inches(1 + i), Inches(6), Inches(0.8))
            box.name = f"Text {i}"
            box.text_frame.text = text
            if spec.get("link") and i == 0:
                box.text_frame.paragraphs[0].runs[0].hyperlink.address = spec["link"]
        if spec.get("logo"):
            slide.shapes.add_picture(str(logo), Inches(8), Inches(0.2))
        if "notes" in spec:
            slide.notes_slide.notes_text_frame.text = spec["notes"]
    path = tmp_path / "t.pptx"
    prs.save(str(path))
    return path


def render(tmp_path: Path, template: Path, context: dict[str, Any]) -> Any:
    out = tmp_path / "out.pptx"
    render_deck(template, context, {}, Formatter(), out)
    return Presentation(str(out))


def texts(prs: Any) -> list[list[str]]:
    return [[s.text_frame.text for s in slide.shapes if s.has_text_frame] for slide in prs.slides]


def test_a_slide_loop_clones_pictures_notes_and_hyperlinks(tmp_path: Path) -> None:
    template = make(
        tmp_path,
        [
            {"texts": ["Title"]},
            {
                "texts": ["{{ s.name }} ({{ loop.index }} of {{ loop.length }})"],
                "logo": True,
                "notes": "{%slide for s in items %}\nAbout {{ s.name }}",
                "link": "https://example.org/{{ x }}",
            },
            {"texts": ["End"]},
        ],
    )
    prs = render(tmp_path, template, {"items": [{"name": "A"}, {"name": "B & C"}, {"name": "D"}]})
    assert texts(prs) == [["Title"], ["A (1 of 3)"], ["B & C (2 of 3)"], ["D (3 of 3)"], ["End"]]
    for slide in list(prs.slides)[1:4]:
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1 and pictures[0].image.size == (40, 20)
        run = slide.shapes[0].text_frame.paragraphs[0].runs[0]
        assert run.hyperlink.address == "https://example.org/{{ x }}"  # link targets are not templated
    notes = [s.notes_slide.notes_text_frame.text for s in list(prs.slides)[1:4]]
    assert notes == ["About A", "About B & C", "About D"]


def test_a_loop_over_nothing_drops_the_slide_and_if_keeps_or_drops(tmp_path: Path) -> None:
    template = make(
        tmp_path,
        [
            {"texts": ["{%slide for s in items %}", "{{ s }}"]},
            {"texts": ["{%slide if show %}kept"]},
            {"texts": ["{%slide if not show %}dropped"]},
        ],
    )
    prs = render(tmp_path, template, {"items": [], "show": True})
    assert texts(prs) == [["kept"]]


def test_a_block_of_variant_slides_keeps_data_order(tmp_path: Path) -> None:
    template = make(
        tmp_path,
        [
            {"texts": ["Intro"]},
            {
                "texts": [
                    "{%slides for s in sections %}{%slide if s.charts == 0 %}",
                    "{{ s.name }}: text only",
                ]
            },
            {"texts": ["{%slide if s.charts == 1 %}", "{{ s.name }}: one chart"]},
            {"texts": ["{%slide if s.charts == 2 %}{%slides endfor %}", "{{ s.name }}: two charts"]},
            {"texts": ["Sources"]},
        ],
    )
    sections = [{"name": "A", "charts": 1}, {"name": "B", "charts": 0}, {"name": "C", "charts": 2}]
    prs = render(tmp_path, template, {"sections": sections})
    assert texts(prs) == [["Intro"], ["A: one chart"], ["B: text only"], ["C: two charts"], ["Sources"]]


def test_slides_kept_and_cloned_come_out_in_data_order_with_their_notes(tmp_path: Path) -> None:
    """A template slide's first copy is the slide itself, later ones are clones: mixed in a block,
    they still come out in data order, named slide1.xml, slide2.xml, … in that order, each with
    its own notes."""
    template = make(
        tmp_path,
        [
            {"texts": ["Intro"]},
            {"texts": ["{%slides for s in sections %}{%slide if s.charts == 0 %}", "{{ s.name }}: none"]},
            {"texts": ["{%slide if s.charts == 1 %}", "{{ s.name }}: one"], "notes": "Notes {{ s.name }}"},
            {"texts": ["{%slide if s.charts == 2 %}{%slides endfor %}", "{{ s.name }}: two"]},
        ],
    )
    sections = [{"name": n, "charts": c} for n, c in (("A", 1), ("B", 0), ("C", 1), ("D", 2), ("E", 1))]
    prs = render(tmp_path, template, {"sections": sections})
    expected = ["Intro", "A: one", "B: none", "C: one", "D: two", "E: one"]
    assert [t[0] for t in texts(prs)] == expected
    assert [s.part.partname for s in prs.slides] == [f"/ppt/slides/slide{i}.xml" for i in range(1, 7)]
    notes = {t[0]: s.notes_slide.notes_text_frame.text for s, t in zip(prs.slides, texts(prs), strict=True)}
    assert [notes[f"{n}: one"] for n in "ACE"] == ["Notes A", "Notes C", "Notes E"]


def test_loop_with_a_filter_and_tuple_targets(tmp_path: Path) -> None:
    template = make(tmp_path, [{"texts": ["{%slide for k, v in pairs if v > 1 %}{{ k }}={{ v }}"]}])
    prs = render(tmp_path, template, {"pairs": [("a", 1), ("b", 2), ("c", 3)]})
    assert texts(prs) == [["b=2"], ["c=3"]]


@pytest.mark.parametrize(
    ("slides", "message"),
    [
        (
            [{"texts": ["{%slides for x in xs %}"]}, {"texts": ["x"]}],
            "slide 1: {%slides for x in xs %} is never closed",
        ),
        ([{"texts": ["{%slides endfor %}"]}], "slide 1: {%slides endfor %} closes nothing"),
        ([{"texts": ["{%slide for x %}"]}], "slide 1: {%slide for x %}: expected 'for NAME in EXPRESSION'"),
        (
            [{"texts": ["ok"]}, {"texts": ["{%slide for x in missing.attr %}"]}],
            "slide 2: {%slide for x in missing.attr %}: 'missing' is undefined",
        ),
    ],
)
def test_directive_errors_name_the_slide(tmp_path: Path, slides: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, make(tmp_path, slides), {"xs": [1]})
    assert message in info.value.render()


def test_slide_copies_do_not_search_the_package_each_time(tmp_path: Path, monkeypatch) -> None:
    """Each copy of a slide once walked every part of the package for a free part name (and the
    presentation's relationships for a duplicate): quadratic, 25 s for 1,000 copies. The copies'
    part names are now handed out from one reading of the package."""
    from pptx.opc.package import OpcPackage, _Relationships

    walks = {"parts": 0, "matching": 0}
    iter_parts, get_matching = OpcPackage.iter_parts, _Relationships._get_matching

    def counted_parts(self: Any) -> Any:
        walks["parts"] += 1
        return iter_parts(self)

    def counted_matching(self: Any, *args: Any, **kwargs: Any) -> Any:
        if len(self) > 100:  # the presentation's relationships, one a slide
            walks["matching"] += 1
        return get_matching(self, *args, **kwargs)

    monkeypatch.setattr(OpcPackage, "iter_parts", counted_parts)
    monkeypatch.setattr(_Relationships, "_get_matching", counted_matching)
    template = make(tmp_path, [{"texts": ["{%slide for s in items %}", "{{ s }}"], "notes": "About {{ s }}"}])
    prs = render(tmp_path, template, {"items": [f"item {n}" for n in range(300)]})
    assert texts(prs)[299] == ["item 299"]
    assert prs.slides[299].notes_slide.notes_text_frame.text == "About item 299"
    assert len({slide.part.partname for slide in prs.slides}) == 300
    assert walks["parts"] <= 10  # a few readings of the whole deck (the copier, saving), not one a copy
    assert walks["matching"] == 0


def test_text_that_does_not_fit_names_the_built_decks_slide_a_loop_made(tmp_path: Path) -> None:
    """A template slide a loop repeats makes several of the deck's: the warning names the one to
    look at (review P read 'slide 12' of the template and looked for it in a deck of nine)."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[6]).shapes.add_textbox(0, 0, Inches(4), Inches(1)).text = "Title"
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1.5))
    box.name, box.text_frame.word_wrap, box.text_frame.text = "Long", True, "{{ t }}"
    slide.notes_slide.notes_text_frame.text = "{%slide for t in items %}"
    prs.save(str(tmp_path / "t.pptx"))
    items = ["short", " ".join(["word"] * 600)]
    warnings = render_deck(tmp_path / "t.pptx", {"items": items}, {}, Formatter(), tmp_path / "out.pptx")
    (warning,) = warnings
    assert (
        "t.pptx: slide 2, shape 'Long' (the built deck's slide 3): the text does not fit its box even "
        "with its smallest text at 16 pt; shorten it or enlarge the box"
    ) in warning
