"""Document properties are the event's and the project's, and SOURCE_DATE_EPOCH makes builds
byte-identical."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.data.project import load_project
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC


def _build(out: Path, project: Path | None = None):
    settings = Settings.simple(out, TEMPLATES, project=load_project(project) if project else None)
    return {f.suffix: f for f in build(WAIC, settings).files}


def test_properties_come_from_the_event_and_the_project(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    project = tmp_path / "reportgen.yaml"
    project.write_text(
        "author: Communications Office\ncompany: WAIC Organising Committee\n", encoding="utf-8"
    )
    files = _build(tmp_path / "out", project)
    for props in (
        Document(str(files[".docx"])).core_properties,
        Presentation(str(files[".pptx"])).core_properties,
    ):
        assert props.author == props.last_modified_by == "Communications Office"
        assert props.subject == "WAIC 2022"
        assert props.language == "en-GB"
        created, modified = (d.replace(tzinfo=None).isoformat() for d in (props.created, props.modified))
        assert created == modified == "2023-11-14T22:13:20"
        assert props.revision == 1 and props.comments == "" and props.keywords == ""
    assert Document(str(files[".docx"])).core_properties.title.endswith(": closing briefing")
    for path in files.values():
        if path.suffix in {".docx", ".pptx"}:
            with zipfile.ZipFile(path) as package:
                app = package.read("docProps/app.xml").decode()
                assert "<Company>WAIC Organising Committee</Company>" in app
                assert {info.date_time for info in package.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_source_date_epoch_makes_builds_byte_identical(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")

    def digests(out: Path) -> dict[str, str]:
        files = _build(out)
        return {s: hashlib.sha256(f.read_bytes()).hexdigest() for s, f in files.items() if s != ".png"}

    first = digests(tmp_path / "one")
    assert digests(tmp_path / "two") == first  # native charts' workbooks included


def test_without_source_date_epoch_the_build_time_is_used(tmp_path: Path, monkeypatch) -> None:
    import datetime as dt

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    files = _build(tmp_path / "out")
    created = Presentation(str(files[".pptx"])).core_properties.created.replace(tzinfo=None)
    assert before - dt.timedelta(seconds=2) <= created <= before + dt.timedelta(minutes=5)


def test_only_normal_names_a_font_in_the_default_briefing() -> None:
    styles = Document(str(TEMPLATES / "briefing.docx")).styles
    named = [
        s.name
        for s in styles
        if s.element.rPr is not None
        and s.element.rPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
        is not None
    ]
    assert named == ["Normal"]
