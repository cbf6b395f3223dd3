"""A process that builds again and again (`reportgen watch`, a batch) keeps what depends on a
template's bytes alone, keyed by their SHA-256: a template edited between two builds is read and
checked again."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

from reportgen.errors import TemplateProblem
from reportgen.memo import Memo
from reportgen.office import verify, word
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC, docx_text, pptx_slide_texts


def test_the_paragraph_check_runs_once_per_template_and_again_once_it_is_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    monkeypatch.setattr(word, "_PARAGRAPHS_PASSED", Memo(8))
    calls: list[str] = []
    original = word._check_paragraphs

    def counted(tpl: object, name: str) -> None:
        calls.append(name)
        original(tpl, name)  # type: ignore[arg-type]

    monkeypatch.setattr(word, "_check_paragraphs", counted)
    settings = Settings.simple(tmp_path / "out", templates)
    build(WAIC, settings)
    first = build(WAIC, settings)
    assert len(calls) == 1  # the same bytes: checked once
    briefing = next(f for f in first.files if f.suffix == ".docx")
    assert "World Artificial Intelligence Conference 2022" in docx_text(briefing)

    document = Document(str(templates / "briefing.docx"))
    document.add_paragraph("{{ event.name")
    document.add_paragraph("}}")
    document.save(str(templates / "briefing.docx"))
    with pytest.raises(TemplateProblem) as raised:
        build(WAIC, settings)
    assert len(calls) == 2
    assert (
        "a tag may not span paragraphs: this one starts and ends in different ones" in raised.value.render()
    )
    assert "World Artificial Intelligence Conference 2022" in docx_text(briefing)  # left as it was


def _with_app_xml_text(template: Path, text: str) -> None:
    """Rewrite `template` with `text` in docProps/app.xml's Application (a part nothing renders)."""
    with zipfile.ZipFile(template) as package:
        parts = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in parts:
            if info.filename == "docProps/app.xml":
                data = re.sub(
                    rb"<Application>[^<]*</Application>", f"<Application>{text}</Application>".encode(), data
                )
            package.writestr(info, data)


def test_the_scan_for_tags_outside_rendered_parts_is_kept_by_content_and_redone_after_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    monkeypatch.setattr(verify, "_OUTSIDE", Memo(8))
    scans: list[str] = []
    original = verify._tags_outside

    def counted(data: bytes, suffix: str) -> str | None:
        scans.append(suffix)
        return original(data, suffix)

    monkeypatch.setattr(verify, "_tags_outside", counted)
    settings = Settings.simple(tmp_path / "out", templates)
    build(WAIC, settings)
    build(WAIC, settings)
    assert sorted(scans) == [".docx", ".pptx"]  # each template scanned once for two builds

    _with_app_xml_text(templates / "deck.pptx", "{{ event.name }}")
    with pytest.raises(TemplateProblem) as raised:
        build(WAIC, settings)
    assert "the part docProps/app.xml holds tags ({{ event.name }})" in raised.value.render()
    _with_app_xml_text(templates / "deck.pptx", "Microsoft Macintosh PowerPoint")
    built = build(WAIC, settings)
    deck = next(f for f in built.files if f.suffix == ".pptx")
    assert any("World Artificial Intelligence Conference 2022" in text for text in pptx_slide_texts(deck))
