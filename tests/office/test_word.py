"""The Word renderer: sandboxed, escaping docxtpl with strict parsing, alt text and located errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PIL import Image

from reportgen.data.formatting import Formatter
from reportgen.data.typography import typographic
from reportgen.errors import TemplateProblem
from reportgen.office.word import render_briefing

from ..conftest import docx_paragraphs

FMT = Formatter("en_GB")


def template_with(tmp_path: Path, paragraphs: list[str], title: str = "") -> Path:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.core_properties.title = title
    path = tmp_path / "template.docx"
    doc.save(str(path))
    return path


def render(tmp_path: Path, template: Path, context: dict[str, Any], images=None) -> Path:
    out = tmp_path / "out.docx"
    render_briefing(template, context, images or {}, FMT, out)
    return out


def test_hostile_strings_arrive_literally_in_body_and_properties(tmp_path: Path) -> None:
    hostile = "B&B <x> \"q\" 'single' 上海 مرحبا 🎉 {{ y }}"
    out = render(tmp_path, template_with(tmp_path, ["Name: {{ name }}"], "T: {{ name }}"), {"name": hostile})
    printed = typographic(hostile)  # the quotes become typographic; nothing else changes
    assert printed == "B&B <x> \u201cq\u201d \u2018single\u2019 上海 مرحبا 🎉 {{ y }}"
    assert docx_paragraphs(out)[0] == f"Name: {printed}"
    assert Document(str(out)).core_properties.title == f"T: {printed}"


def test_paragraph_loops(tmp_path: Path) -> None:
    template = template_with(tmp_path, ["{%p for x in xs %}", "Item {{ x }}", "{%p endfor %}", "End"])
    out = render(tmp_path, template, {"xs": ["a", "b"]})
    assert [p.text for p in Document(str(out)).paragraphs] == ["Item a", "Item b", "End"]


def test_chart_becomes_an_inline_picture_with_alt_text(tmp_path: Path) -> None:
    image = tmp_path / "c.png"
    Image.new("RGB", (1600, 900), "navy").save(image)
    out = render(
        tmp_path,
        template_with(tmp_path, ["{{ chart('reach', 12) }}"]),
        {},
        {"reach": (image, "Bar chart: reach & more <1>.")},
    )
    doc = Document(str(out))
    (doc_pr,) = doc.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
    )
    assert doc_pr.get("descr") == "Bar chart: reach & more <1>."
    assert doc_pr.get("name") == "Chart reach"
    (shape,) = doc.inline_shapes
    assert abs(shape.width.cm - 12) < 0.01 and abs(shape.height.cm - 12 * 9 / 16) < 0.01


def test_undefined_name_names_the_paragraph_and_tag(tmp_path: Path) -> None:
    template = template_with(tmp_path, ["Intro", "Second", "Total: {{ figures.total }}"])
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"figures": {}})
    (problem,) = info.value.problems
    assert problem.where == "body, paragraph 3 ({{ figures.total }})"
    assert "has no attribute 'total'" in problem.message


def test_paragraph_numbers_count_the_paragraphs_the_author_sees(tmp_path: Path) -> None:
    template = template_with(tmp_path, ["Title", "{%p for x in xs %}", "Item {{ x.nope }}", "{%p endfor %}"])
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"xs": [{"name": "a"}]})
    (problem,) = info.value.problems
    assert problem.where == "body, paragraph 3 ({{ x.nope }})"
    assert problem.message == "'dict object' has no attribute 'nope' (the data has no such name)"


def test_syntax_error_names_the_paragraph(tmp_path: Path) -> None:
    template = template_with(tmp_path, ["Intro", "{% if x %}no end"])
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"x": True})
    (problem,) = info.value.problems
    assert problem.where == "body, paragraph 2 ({% if x %})"
    assert problem.message.startswith("Unexpected end of template.")


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    template = template_with(tmp_path, ["{{ ''.__class__.__mro__[1].__subclasses__() }}"])
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {})
    assert "__class__" in info.value.render()


@pytest.mark.parametrize(
    "tag",
    [
        "{{ value|safe }}",
        "{% filter safe %}{{ value }}{% endfilter %}",
        "{% autoescape false %}{{ value }}{% endautoescape %}",
    ],
)
def test_markup_cannot_be_unescaped(tmp_path: Path, tag: str) -> None:
    """Unescaped data could write any XML (a linked picture, a field that fetches a URL)."""
    template = template_with(tmp_path, [tag])
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"value": "</w:t></w:r><w:r><w:t>injected"})
    assert "printed literally" in info.value.render()


def test_not_a_docx(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("hello")
    with pytest.raises(TemplateProblem, match="not a Word document"):
        render(tmp_path, bad, {})


def test_our_names_are_the_libraries_names() -> None:
    """reportgen's one table of Office names agrees with python-docx's and python-pptx's."""
    from docx.oxml.ns import qn as docx_qn
    from pptx.oxml.ns import qn as pptx_qn

    from reportgen.office.ooxml import qn as our_qn

    for name in ("w:p", "w:t", "w:instrText", "a:t", "r:id"):
        assert our_qn(name) == docx_qn(name), name
    for name in ("a:p", "p:sp", "p:cNvPr", "p:graphicFrame"):
        assert our_qn(name) == pptx_qn(name), name


def test_a_template_as_word_saves_it_with_proofing_marks_and_split_runs(tmp_path: Path) -> None:
    """Word splits tags over runs around spelling marks (w:proofErr) and formatting changes."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    paragraph = doc.add_paragraph()
    for text, bold in (("Closed: {{ ev", False), ("ent.na", True), ("me }}!", False)):
        paragraph.add_run(text).bold = bold
        mark = OxmlElement("w:proofErr")
        mark.set(qn("w:type"), "spellStart")
        paragraph._p.append(mark)
    path = tmp_path / "saved.docx"
    doc.save(str(path))
    out = render(tmp_path, path, {"event": {"name": "WAIC & co"}})
    assert Document(str(out)).paragraphs[0].text == "Closed: WAIC & co!"


def test_a_tag_spanning_two_paragraphs_is_named(tmp_path: Path) -> None:
    template = template_with(tmp_path, ["Intro", "Name: {{ event.", "name }} closed"])
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"event": {"name": "x"}})
    (problem,) = info.value.problems
    assert problem.where == "body, paragraph 2 ({{ event.)"
    assert "may not span paragraphs" in problem.message


def test_every_broken_tag_is_reported_in_one_run(tmp_path: Path) -> None:
    """A loop over a missing name, a condition, a name inside a loop, arithmetic and a `set`:
    each broken tag is set aside and the part rendered again, so all five are reported."""
    template = template_with(
        tmp_path,
        [
            "{%p for s in secs.bad %}",
            "{{ s }}",
            "{%p endfor %}",
            "{% if x.nope %}A{% endif %} and {{ y }}",
            "{%p for s in secs %}",
            "{{ s.name.oops }} {{ s.name }}",
            "{%p endfor %}",
            "{{ 1 / 0 }}",
            "{% set z = q.w %}{{ z }}",
            "fine {{ y }}",
        ],
    )
    with pytest.raises(TemplateProblem) as info:
        render(tmp_path, template, {"secs": [{"name": "a"}, {"name": "b"}], "x": {}, "y": "Y", "q": {}})
    unknown = " (the data has no such name)"
    name = str(template)
    assert info.value.render().splitlines() == [
        "5 template errors (nothing was written):",
        f"{name}: body, paragraph 1 ({{% for s in secs.bad %}}): 'list object' has no attribute 'bad'"
        + unknown,
        f"{name}: body, paragraph 4 ({{% if x.nope %}}): 'dict object' has no attribute 'nope'" + unknown,
        f"{name}: body, paragraph 6 ({{{{ s.name.oops }}}}): 'str object' has no attribute 'oops'" + unknown,
        f"{name}: body, paragraph 8 ({{{{ 1 / 0 }}}}): division by zero",
        f"{name}: body, paragraph 9 ({{% set z = q.w %}}): 'dict object' has no attribute 'w'" + unknown,
        "hint: fix the tag in Word; `reportgen docs templates` lists the names you can use",
    ]
    assert not (tmp_path / "out.docx").exists()
