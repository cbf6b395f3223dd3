"""Our Jinja-in-PowerPoint engine, on small presentations made here the way PowerPoint stores them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pptx import Presentation
from pptx.util import Inches, Pt

from reportgen.data.formatting import Formatter
from reportgen.data.typography import typographic
from reportgen.errors import TemplateProblem
from reportgen.office.powerpoint import render_deck

FMT = Formatter("en_GB")


def deck_with(tmp_path: Path, build) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    build(prs, slide)
    path = tmp_path / "template.pptx"
    prs.save(str(path))
    return path


def render(tmp_path: Path, template: Path, context: dict[str, Any], images=None) -> Any:
    out = tmp_path / "out.pptx"
    render_deck(template, context, images or {}, FMT, out)
    return Presentation(str(out))


def split_runs(slide, pieces: list[tuple[str, bool]], name: str = "Box"):
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1))
    box.name = name
    paragraph = box.text_frame.paragraphs[0]
    for text, bold in pieces:
        run = paragraph.add_run()
        run.text = text
        run.font.bold = bold
        run.font.size = Pt(20 if bold else 12)
    return box


def test_a_tag_split_over_runs_renders_in_the_formatting_of_its_first_run(tmp_path: Path) -> None:
    template = deck_with(
        tmp_path,
        lambda prs, s: split_runs(
            s, [("Viewers: ", False), ("{{ vie", True), ("wers }", False), ("} online", False)]
        ),
    )
    prs = render(tmp_path, template, {"viewers": "more than 638 million"})
    (shape,) = prs.slides[0].shapes
    runs = shape.text_frame.paragraphs[0].runs
    assert shape.text_frame.text == "Viewers: more\u00a0than\u00a0638\u00a0million online"
    rendered = next(r for r in runs if "638" in r.text)
    assert (
        rendered.text == "more\u00a0than\u00a0638\u00a0million"
        and rendered.font.bold
        and rendered.font.size == Pt(20)
    )


def test_paragraph_and_row_loops(tmp_path: Path) -> None:
    def build(prs, slide) -> None:
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2))
        frame = box.text_frame
        frame.text = "{%p for x in items %}"
        for text in ("• {{ x.name }}: {{ x.value }}", "{%p endfor %}"):
            frame.add_paragraph().text = text
        table = slide.shapes.add_table(3, 2, Inches(1), Inches(4), Inches(6), Inches(1)).table
        for r, row in enumerate(
            [("{%tr for x in items %}", ""), ("{{ x.name }}", "{{ x.value }}"), ("{%tr endfor %}", "")]
        ):
            for c, text in enumerate(row):
                table.cell(r, c).text = text

    items = [{"name": "A", "value": 1}, {"name": "B", "value": 2}, {"name": "C", "value": 3}]
    prs = render(tmp_path, deck_with(tmp_path, build), {"items": items})
    box, frame = prs.slides[0].shapes
    assert [p.text for p in box.text_frame.paragraphs] == ["• A: 1", "• B: 2", "• C: 3"]
    rows = [[cell.text for cell in row.cells] for row in frame.table.rows]
    assert rows == [["A", "1"], ["B", "2"], ["C", "3"]]
    assert frame.height == sum(row.height for row in frame.table.rows)


def test_empty_loop_leaves_a_valid_text_body(tmp_path: Path) -> None:
    def build(prs, slide) -> None:
        frame = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2)).text_frame
        frame.text = "{%p for x in items %}"
        frame.add_paragraph().text = "{{ x }}"
        frame.add_paragraph().text = "{%p endfor %}"

    prs = render(tmp_path, deck_with(tmp_path, build), {"items": []})
    assert len(prs.slides[0].shapes[0].text_frame.paragraphs) == 1


def test_notes_and_properties_are_templated(tmp_path: Path) -> None:
    def build(prs, slide) -> None:
        split_runs(slide, [("{{ title }}", False)])
        slide.notes_slide.notes_text_frame.text = "Say: {{ title }} & more"
        prs.core_properties.title = "Deck: {{ title }}"

    prs = render(tmp_path, deck_with(tmp_path, build), {"title": "B&B <x>"})
    assert prs.slides[0].notes_slide.notes_text_frame.text == "Say: B&B <x> & more"
    assert prs.core_properties.title == "Deck: B&B <x>"


def test_hostile_strings_arrive_literally(tmp_path: Path) -> None:
    hostile = "B&B <x> \"quoted\" 'single' 上海 مرحبا 🎉 {{ not a tag }}"
    template = deck_with(tmp_path, lambda prs, s: split_runs(s, [("{{ value }}", False)]))
    prs = render(tmp_path, template, {"value": hostile})
    assert prs.slides[0].shapes[0].text_frame.text == typographic(hostile)


def test_picture_slot_is_fitted_inside_the_box_with_alt_text(tmp_path: Path) -> None:
    image = tmp_path / "chart.png"
    Image.new("RGB", (1600, 900), "navy").save(image)

    def build(prs, slide) -> None:
        split_runs(slide, [("before", False)], name="Before")
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(4))
        box.name = "Chart slot"
        box.text_frame.text = "{{ chart('reach') }}"
        split_runs(slide, [("after", False)], name="After")

    prs = render(tmp_path, deck_with(tmp_path, build), {}, {"reach": (image, "Bar chart: reach. A: 1.")})
    before, picture, after = prs.slides[0].shapes  # the picture takes the slot's place in the z-order
    assert (before.name, after.name) == ("Before", "After")
    assert picture.shape_type == 13  # picture
    assert picture.width == Inches(4) and abs(picture.height - Inches(4) * 9 / 16) <= 1
    assert picture.top == Inches(1) + (Inches(4) - picture.height) // 2
    c_nv_pr = picture._element.nvPicPr.cNvPr
    assert c_nv_pr.get("descr") == "Bar chart: reach. A: 1." and c_nv_pr.get("name") == "Chart reach"


def test_picture_tag_must_be_alone(tmp_path: Path) -> None:
    image = tmp_path / "chart.png"
    Image.new("RGB", (10, 10)).save(image)
    template = deck_with(
        tmp_path, lambda prs, s: split_runs(s, [("See {{ chart('reach') }}", False)], "Mixed")
    )
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {}, {"reach": (image, "alt")})
    assert "slide 1, shape 'Mixed'" in info.value.render()
    assert "must be the only text in its shape" in info.value.render()


def test_undefined_name_error_names_template_slide_shape_and_tag(tmp_path: Path) -> None:
    def build(prs, slide) -> None:
        split_runs(slide, [("fine", False)], name="Fine")
        split_runs(slide, [("Total: {{ figures.tota", False), ("l }}", True)], name="Totals")

    template = deck_with(tmp_path, build)
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"figures": {}})
    (problem,) = info.value.problems
    assert problem.file.endswith("template.pptx")
    assert problem.where == "slide 1, shape 'Totals' ({{ figures.total }})"
    assert "'dict object' has no attribute 'total'" in problem.message


def test_syntax_error_names_the_tag(tmp_path: Path) -> None:
    template = deck_with(
        tmp_path, lambda prs, s: split_runs(s, [("Name: {{ event.na", False), ("me + }}", True)], "T")
    )
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"event": {"name": "x"}})
    (problem,) = info.value.problems
    assert problem.where == "slide 1, shape 'T' ({{ event.name + }})"
    assert problem.message == "unexpected 'end of print statement'"


def test_sandbox_refuses_reaching_into_python(tmp_path: Path) -> None:
    template = deck_with(
        tmp_path, lambda prs, s: split_runs(s, [("{{ ''.__class__.__mro__ }}", False)], "Evil")
    )
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {})
    assert "slide 1, shape 'Evil'" in info.value.render()
    assert "__class__" in info.value.render()


def test_tags_inside_a_group_are_rendered(tmp_path: Path) -> None:
    def build(prs, slide) -> None:
        group = slide.shapes.add_group_shape()
        group.name = "Badge"
        box = group.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(1))
        box.text_frame.text = "{{ event }} in {{ city }}"

    prs = render(tmp_path, deck_with(tmp_path, build), {"event": "WAIC 2022", "city": "Shanghai"})
    (group,) = prs.slides[0].shapes
    assert group.name == "Badge"
    assert group.shapes[0].text_frame.text == "WAIC 2022 in Shanghai"


def _fit_deck(tmp_path: Path, words: int) -> tuple[Any, list[str]]:
    def build(prs, slide) -> None:
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1.5))
        box.name = "Long"
        box.text_frame.word_wrap = True
        box.text_frame.text = "{{ text }}"
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(18)

    out = tmp_path / "fit.pptx"
    warnings = render_deck(deck_with(tmp_path, build), {"text": " ".join(["word"] * words)}, {}, FMT, out)
    return Presentation(str(out)), warnings


def _font_scale(prs: Any) -> str | None:
    body_pr = prs.slides[0].shapes[0].text_frame._txBody.bodyPr
    autofit = body_pr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}normAutofit")
    return None if autofit is None else autofit.get("fontScale")


def test_text_that_fits_is_left_alone(tmp_path: Path) -> None:
    prs, warnings = _fit_deck(tmp_path, 5)
    assert _font_scale(prs) is None and warnings == []


def test_overflowing_text_gets_the_font_scale_powerpoint_would_store(tmp_path: Path) -> None:
    prs, warnings = _fit_deck(tmp_path, 30)
    scale = _font_scale(prs)
    assert scale is not None and 16 / 18 * 100_000 <= int(scale) < 100_000  # 18 pt text, never below 16
    assert warnings == []


def test_text_too_long_even_when_shrunk_is_reported(tmp_path: Path) -> None:
    prs, warnings = _fit_deck(tmp_path, 400)
    assert _font_scale(prs) == "90000"  # 18 pt at 90% is 16.2 pt: the last step at or above 16 pt
    (warning,) = warnings
    assert (
        "slide 1, shape 'Long': the text does not fit its box even with its smallest text at 16 pt" in warning
    )


def test_a_template_as_powerpoint_saves_it_with_proofing_marks(tmp_path: Path) -> None:
    """PowerPoint marks misspellings (err="1"), edits (dirty) and languages on the runs it splits."""
    from lxml import etree

    def build(prs, slide) -> None:
        box = split_runs(slide, [("{{ ev", False), ("ent.na", True), ("me }} closed", False)], name="Saved")
        for run in box.text_frame.paragraphs[0].runs:
            r_pr = run._r.get_or_add_rPr()
            r_pr.set("lang", "en-GB")
            r_pr.set("dirty", "0")
            r_pr.set("err", "1")
        etree.SubElement(
            box.text_frame.paragraphs[0]._p,
            "{http://schemas.openxmlformats.org/drawingml/2006/main}endParaRPr",
            lang="en-GB",
            dirty="0",
        )

    prs = render(tmp_path, deck_with(tmp_path, build), {"event": {"name": "WAIC 2022"}})
    assert prs.slides[0].shapes[0].text_frame.text == "WAIC 2022 closed"


def test_a_tag_spanning_two_paragraphs_is_named(tmp_path: Path) -> None:
    def build(prs, slide) -> None:
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2))
        box.name = "Split"
        box.text_frame.text = "Name: {{ event."
        box.text_frame.add_paragraph().text = "name }}"

    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, deck_with(tmp_path, build), {"event": {"name": "x"}})
    (problem,) = info.value.problems
    assert problem.where == "slide 1, shape 'Split'"
    assert "the tag in '{{ event.' is not closed within its paragraph" in problem.message


def test_an_unclosed_block_is_located_at_its_opening_tag(tmp_path: Path) -> None:
    def build(prs, slide) -> None:
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2))
        box.name = "Blocks"
        box.text_frame.text = "{% if event.theme %}Theme"
        box.text_frame.add_paragraph().text = "{{ event.name }}"
        box.text_frame.add_paragraph().text = "{{ event.city }}"

    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, deck_with(tmp_path, build), {"event": {"theme": "t", "name": "n", "city": "c"}})
    (problem,) = info.value.problems
    assert problem.where == "slide 1, shape 'Blocks' ({% if event.theme %})"
    assert "Unexpected end of template" in problem.message
