"""The corpus of hostile and broken inputs, each with the outcome it must have.

Every case makes its input in a temporary folder and returns the `reportgen build` arguments that
use it; `tests/pipeline/test_hostile.py` runs them all and checks exit code, message, the absence of a
traceback, and that a failed build left the earlier outputs byte-identical. Data cases are small
edits of a valid event; template cases are edits of the default templates; inputs that need bytes
(UTF-16, zip bombs, truncated files) are generated, not stored.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.office.ooxml import qn

from ..conftest import TEMPLATES, WAIC

MINIMAL = """\
event:
  name: Test Expo 2025
  short_name: TE 2025
  year: 2025
  theme: Open doors
  city: Lyon
  start_date: 2025-05-01
  closing_date: 2025-05-04
sources:
  release:
    title: Closing release
sections:
  reach:
    title: Reach
    summary: Who came.
    figures:
      online_viewers:
        label: Online viewers
        value: 1000
        qualifier: more than
        unit: viewers
        key: true
    lists:
      topics:
        label: Topics
        items: [one, two]
"""

RTL_CJK_EMOJI = "مؤتمر الذكاء 上海会议 🎉🚀"
XML_SPECIALS = "B&B <x> \"double\" 'single' & </w:t> ]]>"


@dataclass
class Case:
    id: str
    kind: str  # data, template, environment
    make: Callable[[Path], list[str]]  # -> build arguments (files and options)
    code: int
    message: str
    check: Callable[[Path], None] | None = None  # extra check of the output folder on success
    env: dict[str, object] = field(default_factory=dict)  # module attributes to patch: {"mod:attr": value}


# -- data --------------------------------------------------------------------------------------------


def event_text(text: str, name: str = "event.yaml", encoding: str = "utf-8", prefix: bytes = b""):
    def make(tmp: Path) -> list[str]:
        path = tmp / name
        path.write_bytes(prefix + text.encode(encoding))
        return [str(path)]

    return make


def edited(old: str, new: str) -> Callable[[Path], list[str]]:
    assert old in MINIMAL, old
    return event_text(MINIMAL.replace(old, new, 1))


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
    for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)


#: A temperature below zero drawn in a chart, which charts refuse (they draw from zero up).
COLD_CHART = (
    MINIMAL.replace(
        "value: 1000\n        qualifier: more than\n        unit: viewers", "value: -31\n        unit: °C"
    )
    .replace("    lists:", "      warm: {label: Warmest, value: 4, unit: °C}\n    lists:")
    .replace("        key: true\n", "")
    + "charts:\n  t:\n    title: T\n    kind: bar\n    figures: [reach.online_viewers, reach.warm]\n"
)


def literal_in_documents(*needles: str) -> Callable[[Path], None]:
    """Each text arrives whole (with the locale's typographic quotes for straight ones)."""
    from reportgen.data.typography import typographic

    needles = tuple(typographic(n) for n in needles)

    def check(out: Path) -> None:
        from ..conftest import docx_text, pptx_notes, pptx_slide_texts

        briefing, deck = out / "te-2025-briefing.docx", out / "te-2025-deck.pptx"
        texts = docx_text(briefing), "\n".join(pptx_slide_texts(deck) + pptx_notes(deck))
        for needle in needles:
            for text in texts:
                assert needle in text, needle

    return check


def everything_inside(out: Path) -> None:
    assert sorted(
        p.name for p in out.iterdir() if p.suffix in {".docx", ".pptx"} and "waic" not in p.name
    ) == [
        "etc-passwd-briefing.docx",
        "etc-passwd-deck.pptx",
    ]


DATA = [
    Case("yaml-syntax", "data", edited("  city: Lyon", "  city: [Lyon"), 3, "YAML syntax"),
    Case("tab-indent", "data", edited("  city: Lyon", "\tcity: Lyon"), 3, "YAML syntax"),
    Case("bom", "data", event_text(MINIMAL, prefix=b"\xef\xbb\xbf"), 0, "built TE 2025"),
    Case("utf16", "data", event_text(MINIMAL, encoding="utf-16"), 3, "the file is UTF-16; save it as UTF-8"),
    Case(
        "not-utf8",
        "data",
        event_text(MINIMAL.replace("Lyon", "Lyéon"), encoding="latin-1"),
        3,
        "not valid UTF-8",
    ),
    Case(
        "plan-override-not-allowed",
        "data",
        edited("    title: Reach\n", "    title: Reach\n    deck: hide\n"),
        3,
        "sections.reach.deck: expected 'auto', 'own-slide', 'fold' or 'omit', got 'hide'",
    ),
    Case(
        "figure-override-not-allowed",
        "data",
        edited("        key: true\n", "        key: true\n        deck: hidden\n"),
        3,
        "event.yaml:23:15: sections.reach.figures.online_viewers.deck: "
        "expected 'auto', 'tile', 'bullet' or 'omit', got 'hidden'",
    ),
    Case(
        "duplicate-key",
        "data",
        edited("  city: Lyon\n", "  city: Lyon\n  city: Paris\n"),
        3,
        "duplicate key 'city' (first at line 6)",
    ),
    Case(
        "alias-bomb",
        "data",
        event_text(BILLION_LAUGHS),
        3,
        "anchors and aliases (&name, *name) are not allowed",
    ),
    Case(
        "python-tag",
        "data",
        edited("city: Lyon", "city: !!python/object/apply:os.system ['id']"),
        3,
        "the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
    ),
    Case(
        "custom-tag",
        "data",
        edited("city: Lyon", "city: !include /etc/passwd"),
        3,
        "the tag '!include' is not allowed",
    ),
    Case(
        "merge-key",
        "data",
        edited("  city: Lyon\n", "  <<: {city: Lyon}\n"),
        3,
        "merge keys (<<) are not allowed",
    ),
    Case("wrong-type", "data", edited("value: 1000", "value: lots"), 3, "expected a number, got 'lots'"),
    Case("nan", "data", edited("value: 1000", "value: .nan"), 3, "expected a finite number"),
    Case("infinity", "data", edited("value: 1000", "value: -.inf"), 3, "expected a finite number"),
    Case(
        "negative-count",
        "data",
        edited("value: 1000", "value: -5"),
        3,
        "sections.reach.figures.online_viewers: value -5 is below zero, which only a measure (°C, %, km) "
        "can be",
    ),
    Case(
        "negative-measure-builds",
        "data",
        edited(
            "value: 1000\n        qualifier: more than\n        unit: viewers", "value: -31\n        unit: °C"
        ),
        0,
        "built TE 2025",
    ),
    Case(
        "negative-in-a-chart",
        "data",
        event_text(COLD_CHART),
        3,
        "charts.t: chart 't' draws 'reach.online_viewers', whose value is below zero",
    ),
    Case(
        "conversion-qualifier-unknown",
        "data",
        edited(
            "        unit: viewers",
            "        currency: EUR\n        conversions: {USD: {value: 5, qualifier: roughly}}",
        ),
        3,
        "sections.reach.figures.online_viewers.conversions.USD.qualifier: expected one of 'exactly'",
    ),
    Case(
        "absurd-value",
        "data",
        edited("value: 1000", "value: 1000000000000000000000000000"),
        3,
        "must be at most 1000000000000000000",
    ),
    Case(
        "impossible-date",
        "data",
        edited("closing_date: 2025-05-04", "closing_date: 2025-02-30"),
        3,
        "cannot read the value '2025-02-30': day is out of range for month",
    ),
    Case(
        "dates-reversed",
        "data",
        edited("start_date: 2025-05-01", "start_date: 2025-06-01"),
        3,
        "start_date is after closing_date",
    ),
    Case(
        "megabyte-string",
        "data",
        edited("label: Online viewers", "label: " + "x" * 2_000_000),
        3,
        "too long: 2,000,000 characters; at most 20,000",
    ),
    Case(
        "huge-file",
        "data",
        event_text(MINIMAL + "#" + "x" * 6_000_000 + "\n"),
        3,
        "an event summary is at most 5,242,880 bytes",
    ),
    Case(
        "control-char",
        "data",
        edited("label: Online viewers", 'label: "Online\\aviewers"'),
        3,
        "contains the character U+0007",
    ),
    Case(
        "lone-surrogate",
        "data",
        edited("label: Online viewers", 'label: "Online \\ud800 viewers"'),
        3,
        "contains a lone surrogate",
    ),
    Case(
        "noncharacter",
        "data",
        edited("label: Online viewers", 'label: "Online \\uFFFE viewers"'),
        3,
        "contains the character U+FFFE",
    ),
    Case(
        "deep-nesting", "data", event_text("a: " + "[" * 20000 + "]" * 20000 + "\n"), 3, "nested too deeply"
    ),
    Case("empty-file", "data", event_text(""), 3, "the file is empty"),
    Case("top-level-list", "data", event_text("- a\n- b\n"), 3, "the top level must be a mapping"),
    Case(
        "unknown-locale",
        "data",
        edited("sources:", "formatting:\n  locale: xx_YY\nsources:"),
        3,
        "unknown locale",
    ),
    Case(
        "rtl-cjk-emoji",
        "data",
        edited("name: Test Expo 2025", f"name: {RTL_CJK_EMOJI}"),
        0,
        "built TE 2025",
        check=literal_in_documents(RTL_CJK_EMOJI),
    ),
    Case(
        "xml-specials",
        "data",
        edited("label: Online viewers", f"label: '{XML_SPECIALS.replace(chr(39), chr(39) * 2)}'"),
        0,
        "built TE 2025",
        check=literal_in_documents(XML_SPECIALS),
    ),
    Case(
        "slug-traversal",
        "data",
        edited("short_name: TE 2025", "short_name: ../../etc/passwd"),
        0,
        "built ../../etc/passwd",
        check=everything_inside,
    ),
    Case(
        "slug-explicit-traversal",
        "data",
        edited("  year: 2025", "  year: 2025\n  slug: ../escape"),
        3,
        "'../escape': a slug uses a–z, 0–9 and - only",
    ),
]


# -- templates ---------------------------------------------------------------------------------------


def deck_edit(edit: Callable[[Presentation], None]) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        folder = tmp / "templates"
        folder.mkdir(exist_ok=True)
        prs = Presentation(str(TEMPLATES / "deck.pptx"))
        edit(prs)
        prs.save(str(folder / "deck.pptx"))
        return [str(WAIC), "--templates", str(folder)]

    return make


def briefing_edit(edit: Callable[[Document], None]) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        folder = tmp / "templates"
        folder.mkdir(exist_ok=True)
        doc = Document(str(TEMPLATES / "briefing.docx"))
        edit(doc)
        doc.save(str(folder / "briefing.docx"))
        return [str(WAIC), "--templates", str(folder)]

    return make


def title(text: str) -> Callable[[Presentation], None]:
    def edit(prs: Presentation) -> None:
        name = next(shape for shape in prs.slides[0].shapes if shape.name == "Event name")
        name.text_frame.text = text

    return edit


def notes(text: str) -> Callable[[Presentation], None]:
    def edit(prs: Presentation) -> None:
        prs.slides[0].notes_slide.notes_text_frame.text = text

    return edit


def body(text: str) -> Callable[[Document], None]:
    def edit(doc: Document) -> None:
        doc.paragraphs[0].text = text

    return edit


def package_bytes(name: str, transform: Callable[[bytes], bytes]) -> Callable[[Path], list[str]]:
    """A template whose raw bytes are changed by `transform`."""

    def make(tmp: Path) -> list[str]:
        folder = tmp / "templates"
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(transform((TEMPLATES / name).read_bytes()))
        return [str(WAIC), "--templates", str(folder)]

    return make


def rezip(
    extra: Callable[[zipfile.ZipFile], None] | None = None,
    drop: str = "",
    edit: tuple[str, Callable[[bytes], bytes]] | None = None,
) -> Callable[[bytes], bytes]:
    def transform(data: bytes) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                if info.filename == drop:
                    continue
                content = src.read(info.filename)
                if edit and info.filename == edit[0]:
                    content = edit[1](content)
                dst.writestr(info.filename, content)
            if extra:
                extra(dst)
        return out.getvalue()

    return transform


def bomb(dst: zipfile.ZipFile) -> None:
    dst.writestr("ppt/media/bomb.bin", b"\0" * (200 * 1024 * 1024))


def duplicate(dst: zipfile.ZipFile) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dst.writestr("ppt/presentation.xml", b"<x/>")


def doctype(xml: bytes) -> bytes:
    return xml.replace(b"?>", b'?><!DOCTYPE p [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)


ESCAPE = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
TEMPLATE = [
    Case("sandbox-slide", "template", deck_edit(title(ESCAPE)), 4, "slide 1, shape 'Event name'"),
    Case(
        "sandbox-notes", "template", deck_edit(notes("{{ cycler.__init__.__globals__ }}")), 4, "slide 1 notes"
    ),
    Case(
        "sandbox-attr-format",
        "template",
        deck_edit(title("{{ ('{0.__class__}'|attr('format'))(1) }}")),
        4,
        "not allowed in a template",
    ),
    Case(
        "sandbox-deck-properties",
        "template",
        deck_edit(lambda prs: setattr(prs.core_properties, "title", ESCAPE)),
        4,
        "document properties",
    ),
    Case("sandbox-body", "template", briefing_edit(body(ESCAPE)), 4, "body, paragraph 1"),
    Case(
        "sandbox-header",
        "template",
        briefing_edit(lambda d: setattr(d.sections[0].header.paragraphs[0], "text", ESCAPE)),
        4,
        "header1",
    ),
    Case(
        "sandbox-footer",
        "template",
        briefing_edit(lambda d: setattr(d.sections[0].footer.paragraphs[0], "text", ESCAPE)),
        4,
        "footer1",
    ),
    Case(
        "sandbox-docx-properties",
        "template",
        briefing_edit(lambda d: setattr(d.core_properties, "title", ESCAPE)),
        4,
        "not allowed in a template",
    ),
    Case(
        "string-repetition",
        "template",
        deck_edit(title("{{ 'x' * 10**9 }}")),
        4,
        "repeating 1 items 1,000,000,000 times is too large",
    ),
    Case("huge-exponent", "template", deck_edit(title("{{ 9 ** 999999 }}")), 4, "exponents above 64"),
    Case(
        "output-explosion",
        "template",
        deck_edit(
            title("{% for a in range(99999) %}{% for b in range(99999) %}xxxxxxxx{% endfor %}{% endfor %}")
        ),
        4,
        "renders to more than 50 MiB",
    ),
    Case(
        "endless-loops",
        "template",
        deck_edit(title("{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}")),
        4,
        "rendering took too long",
        env={"reportgen.office.limits:RENDER_SECONDS": 2.0},
    ),
    # 600 strings of a million characters each, under a 256 MiB limit: stopped by RLIMIT_AS or by
    # the watchdog that measures memory, and by the watchdog alone where RLIMIT_AS does nothing
    # (macOS) or does not exist (Windows); tests/test_shims.py runs it under both shims too
    Case(
        "memory-bomb-deck",
        "template",
        deck_edit(title("{{ range(600)|map('string')|map('center', 1000000)|list|length }}")),
        4,
        "slide 1, shape 'Event name': rendering ran out of memory",
        env={"reportgen.office.limits:RENDER_MEMORY": 256 * 2**20},
    ),
    Case(
        "memory-bomb-briefing-without-rlimit",
        "template",
        briefing_edit(body("{{ range(600)|map('string')|map('center', 1000000)|list|length }}")),
        4,
        "briefing.docx: rendering needed more than",
        env={"reportgen.office.limits:RENDER_MEMORY": 256 * 2**20, "reportgen.platform:resource": None},
    ),
    Case(
        "undefined-name",
        "template",
        deck_edit(title("{{ sections.nowhere.title }}")),
        4,
        "slide 1, shape 'Event name' ({{ sections.nowhere.title }}): "
        "'dict object' has no attribute 'nowhere'",
    ),
    Case(
        "syntax-error",
        "template",
        briefing_edit(body("{% if event.name %}no end")),
        4,
        "briefing.docx: body, paragraph 1 ({% if event.name %}): Unexpected end of template.",
    ),
    Case(
        "tag-across-paragraphs",
        "template",
        briefing_edit(
            lambda d: (
                setattr(d.paragraphs[0], "text", "{{ event."),
                setattr(d.paragraphs[1], "text", "name }}"),
            )
        ),
        4,
        "body, paragraph 1 ({{ event.)",
    ),
    Case(
        "truncated",
        "template",
        package_bytes("deck.pptx", lambda b: b[: len(b) // 2]),
        4,
        "deck.pptx: not a PowerPoint",
    ),
    Case(
        "not-a-zip",
        "template",
        package_bytes("briefing.docx", lambda b: b"%PDF-1.4 not a docx"),
        4,
        "briefing.docx: not a Word document",
    ),
    Case(
        "missing-main-part",
        "template",
        package_bytes("deck.pptx", rezip(drop="ppt/presentation.xml")),
        4,
        "the package has no ppt/presentation.xml",
    ),
    Case("zip-bomb", "template", package_bytes("deck.pptx", rezip(extra=bomb)), 4, "(a zip bomb?)"),
    Case(
        "doctype-entity",
        "template",
        package_bytes("briefing.docx", rezip(edit=("word/document.xml", doctype))),
        4,
        "declares a DOCTYPE or entities",
    ),
    Case(
        "duplicate-entry",
        "template",
        package_bytes("deck.pptx", rezip(extra=duplicate)),
        4,
        "holds the entry 'ppt/presentation.xml' twice",
    ),
    Case(
        "climbing-entry",
        "template",
        package_bytes("deck.pptx", rezip(extra=lambda z: z.writestr("../../evil.txt", b"x"))),
        4,
        "outside the package",
    ),
]


# -- environment ---------------------------------------------------------------------------------------


def out_is_a_file(tmp: Path) -> list[str]:
    (tmp / "a-file").write_text("x")
    return [str(WAIC), "--out", str(tmp / "a-file")]


def out_under_a_file(tmp: Path) -> list[str]:
    (tmp / "a-file").write_text("x")
    return [str(WAIC), "--out", str(tmp / "a-file" / "sub")]


def missing_event(tmp: Path) -> list[str]:
    return [str(tmp / "absent.yaml")]


ENVIRONMENT = [
    Case("out-is-a-file", "environment", out_is_a_file, 5, "is a file, not a folder"),
    Case(
        "out-under-a-file", "environment", out_under_a_file, 5, "a part of the path is a file, not a folder"
    ),
    Case("missing-event-file", "environment", missing_event, 3, "absent.yaml: no such file"),
]

# -- charts whose names are long: German compounds, Chinese names without spaces (issue 19) --------

LONG_NAMES = (
    MINIMAL.replace(
        "    lists:\n      topics:\n        label: Topics\n        items: [one, two]\n",
        """\
      f1: {label: Landwirtschaftsmaschinenhersteller, value: 820}
      f2: {label: Nahrungsmittelverarbeitungsbetriebe, value: 610}
      f3: {label: 信贷创新支持工具（发布）, value: 450}
      f4: {label: 新赛道子基金（启动募集）, value: 300}
""",
    )
    + """\
charts:
  makers:
    title: Aussteller nach Branche
    kind: bar
    figures: [reach.f1, reach.f2, reach.f3, reach.f4]
"""
)


def bars_read_across(out: Path) -> None:
    """The chart of long names reads across in the deck: a bar chart, its names not slanted, and
    the document check finds no chart problem (a slanted, too wide or dropped name)."""
    from reportgen.office.quality import check_deck

    assert [w for w in check_deck(out / "te-2025-deck.pptx", "deck") if ", chart '" in w] == []
    charts = [
        shape.chart
        for slide in Presentation(str(out / "te-2025-deck.pptx")).slides
        for shape in slide.shapes
        if shape.has_chart
    ]
    assert [c.plots[0]._element.find(qn("c:barDir")).get("val") for c in charts] == ["bar"]


DATA.append(
    Case(
        "chart-long-german-and-cjk-names",
        "data",
        event_text(LONG_NAMES),
        0,
        "built TE 2025",
        bars_read_across,
    )
)


CASES = DATA + TEMPLATE + ENVIRONMENT
