"""The last look before delivery remembers parts it has passed, by name and content: a part with
the same name but other bytes is always checked again, so nothing slips through the memory."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from reportgen.office import verify
from reportgen.office.verify import verify_output

from ..conftest import TEMPLATES, WAIC

BRIEFING = TEMPLATES / "briefing.docx"
DECK = TEMPLATES / "deck.pptx"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    return build(WAIC, Settings.simple(tmp_path_factory.mktemp("built"), TEMPLATES)).files


@pytest.fixture
def briefing(built: list[Path]) -> Path:
    return next(f for f in built if f.suffix == ".docx")


@pytest.fixture
def deck(built: list[Path]) -> Path:
    return next(f for f in built if f.suffix == ".pptx")


def changed(source: Path, target: Path, name: str, edit) -> Path:
    """A copy of the package `source` with the part `name` replaced by edit(old bytes)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, edit(data) if info.filename == name else data)
    return target


def test_a_document_checked_again_is_not_parsed_again(
    briefing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert verify_output(briefing, BRIEFING) == []
    scans: list[bytes] = []
    real = verify._text_tags
    monkeypatch.setattr(verify, "_text_tags", lambda data: scans.append(data) or real(data))
    assert verify_output(briefing, BRIEFING) == []
    assert scans == []


@pytest.mark.parametrize(
    ("part", "edit", "problem"),
    [
        (
            "word/styles.xml",
            lambda data: data.replace(b"</w:styles>", b""),
            "the part word/styles.xml is not well-formed XML",
        ),
        (
            "word/document.xml",
            lambda data: data.replace(
                b"</w:body>", b"<w:p><w:r><w:t>{{ event.name }}</w:t></w:r></w:p></w:body>"
            ),
            "tags were left unrendered in word/document.xml: {{ event.name }}",
        ),
        (
            "word/_rels/document.xml.rels",
            lambda data: data.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdX" Target="file:///etc/passwd" TargetMode="External" Type="http://'
                b'schemas.openxmlformats.org/officeDocument/2006/relationships/image"/></Relationships>',
            ),
            "the part word/_rels/document.xml.rels refers to a local file (file://)",
        ),
    ],
    ids=["malformed-styles", "leftover-tag", "file-link"],
)
def test_a_part_that_changed_under_a_known_name_is_checked_again(
    briefing: Path, tmp_path: Path, part: str, edit, problem: str
) -> None:
    assert verify_output(briefing, BRIEFING) == []  # every part of the good document is remembered
    bad = changed(briefing, tmp_path / "bad.docx", part, edit)
    problems = verify_output(bad, BRIEFING)
    assert any(p.startswith(problem) for p in problems), problems


@pytest.mark.parametrize(
    ("document", "part", "edit", "problem"),
    [
        (
            "deck",
            "[Content_Types].xml",
            lambda data: data.replace(b'Extension="xlsx"', b'Extension="xlsy"'),
            "the part ppt/embeddings/Microsoft_Excel_Sheet1.xlsx has no content type",
        ),
        (
            "deck",
            "ppt/presentation.xml",
            lambda data: data.replace(b'r:id="rId', b'r:id="gone', 1),
            "ppt/presentation.xml: a sldMasterId points at the relationship 'gone",
        ),
        (
            "deck",
            "[Content_Types].xml",
            lambda data: data.replace(
                b"presentationml.presentation.main+xml", b"presentationml.template.main+xml"
            ),
            "the main part ppt/presentation.xml is not a .pptx document",
        ),
        (
            "briefing",
            "_rels/.rels",
            lambda data: data.replace(b"relationships/officeDocument", b"relationships/other"),
            "the package names no main document part",
        ),
    ],
    ids=["no-content-type", "dangling-master", "wrong-main-type", "no-main-part"],
)
def test_what_a_reader_needs_to_open_the_file_is_checked(
    request: pytest.FixtureRequest, tmp_path: Path, document: str, part: str, edit, problem: str
) -> None:
    source = request.getfixturevalue(document)
    template = DECK if document == "deck" else BRIEFING
    bad = changed(source, tmp_path / source.name, part, edit)
    problems = verify_output(bad, template)
    assert any(p.startswith(problem) for p in problems), problems


def test_a_section_footer_that_points_nowhere_is_refused(briefing: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(briefing) as package:
        document = package.read("word/document.xml")
    assert b"<w:footerReference" in document, "the bundled briefing has a footer"
    bad = changed(
        briefing,
        tmp_path / "bad.docx",
        "word/document.xml",
        lambda data: re.sub(rb'(<w:footerReference[^>]*r:id=")[^"]*"', rb'\1rIdGone"', data),
    )
    problems = verify_output(bad, BRIEFING)
    assert problems == [
        "word/document.xml: a footerReference points at the relationship 'rIdGone', which is not there"
    ]


def test_content_types_name_parts_without_regard_to_case(deck: Path, tmp_path: Path) -> None:
    """OPC part names compare without regard to case, as python-pptx and PowerPoint read them."""
    renamed = changed(
        deck,
        tmp_path / "case.pptx",
        "[Content_Types].xml",
        lambda data: data.replace(b'PartName="/ppt/presentation.xml"', b'PartName="/PPT/Presentation.xml"'),
    )
    assert verify_output(renamed, DECK) == []


def test_a_package_without_content_types_is_refused_in_words(deck: Path, tmp_path: Path) -> None:
    stripped = tmp_path / "stripped.pptx"
    with zipfile.ZipFile(deck) as old, zipfile.ZipFile(stripped, "w") as new:
        for info in old.infolist():
            if info.filename != "[Content_Types].xml":
                new.writestr(info, old.read(info))
    assert verify_output(stripped, DECK) == ["the package has no [Content_Types].xml, so no part has a type"]


def test_the_workbooks_inside_a_delivered_deck_are_checked_as_templates_are(
    deck: Path, tmp_path: Path
) -> None:
    """A chart's workbook in the output that holds macros or a link to a local file is not delivered."""
    from ..pipeline.hostile_cases import rezip
    from ..pipeline.hostile_more import SHEET_FILE_LINK

    with zipfile.ZipFile(deck) as package:
        book = next(n for n in package.namelist() if n.startswith("ppt/embeddings/"))
    assert verify_output(deck, DECK) == []
    macros = changed(
        deck, tmp_path / "macros.pptx", book, rezip(extra=lambda z: z.writestr("xl/vbaProject.bin", b"x"))
    )
    assert verify_output(macros, DECK) == [
        f"{book}: the package holds xl/vbaProject.bin, which is a macro, control or OLE object; remove it"
    ]
    link = rezip(extra=lambda z: z.writestr("xl/worksheets/_rels/sheet1.xml.rels", SHEET_FILE_LINK))
    linked = changed(deck, tmp_path / "linked.pptx", book, link)
    assert verify_output(linked, DECK) == [
        f"{book}: the part xl/worksheets/_rels/sheet1.xml.rels refers to a local file (file://); "
        "remove the link"
    ]


def test_literal_tags_reads_a_container_the_views_share_once() -> None:
    """Views share their figures and sections many times over: a container met again is not read
    again (a rebuild of WAIC walked 6,930 values for 181 objects), and every tag is still found."""

    class Counted(dict):  # type: ignore[type-arg]
        reads = 0

        def values(self):  # type: ignore[no-untyped-def]
            Counted.reads += 1
            return super().values()

    shared = Counted(name="Summit {{ x }}", count=3, nothing=None)
    context = {"sections": [shared] * 1000, "figure": shared, "title": "{% if y %}"}
    assert verify.literal_tags(context) == frozenset({"{{ x }}", "{% if y %}"})
    assert Counted.reads == 1
