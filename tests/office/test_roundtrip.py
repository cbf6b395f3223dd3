"""Hostile strings placed in every text field arrive literally in both documents and in the PDF."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from reportgen.data.load import read_yaml
from reportgen.data.typography import typographic
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC, docx_text, libreoffice_pdfs, pptx_notes, pptx_slide_texts

HOSTILE = "& <b> \"dq\" 'sq' 上海 مرحبا 🎉"
PRINTED = typographic(HOSTILE)  # as documents print it: typographic quotes, everything else as typed
# inside a quotation (a theme, a quote, a source's title) its own quotation takes the inner marks
NESTED = PRINTED.replace("\u201cdq\u201d", "\u2018dq\u2019")
ARRIVED = f"(?:{re.escape(PRINTED)}|{re.escape(NESTED)})"
# Values that are names, codes or references rather than text for readers.
NOT_TEXT = {
    "slug",
    "locale",
    "currency",
    "qualifier",
    "kind",
    "source",
    "url",
    "published",
    "closing_date",
    "start_date",
    "as_of",
    "documents",
    "figures",
}


def poison(node: Any, path: tuple[str, ...], found: list[tuple[str, ...]]) -> Any:
    """Append HOSTILE and a marker '#n' to every reader-facing string; record where."""
    if isinstance(node, dict):
        return {
            k: (v if k in NOT_TEXT and not isinstance(v, dict) else poison(v, (*path, k), found))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [poison(v, (*path, str(i)), found) for i, v in enumerate(node)]
    if isinstance(node, str) and path[-2:-1] != ("currency_labels",):
        found.append(path)
        return f"{node} {HOSTILE} #{len(found)}#"
    return node


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory):
    data, _ = read_yaml(WAIC)
    fields: list[tuple[str, ...]] = []
    poisoned_data = poison(data, (), fields)
    folder = tmp_path_factory.mktemp("poisoned")
    event = folder / "event.yaml"
    event.write_text(json.dumps(poisoned_data, ensure_ascii=False, default=str), encoding="utf-8")
    result = build(event, Settings.simple(folder / "out", TEMPLATES))
    files = {f.suffix: f for f in result.files}
    return fields, files[".docx"], files[".pptx"], result


def markers(text: str) -> set[int]:
    """Markers whose hostile string arrived whole, character for character."""
    return {int(m) for m in re.findall(ARRIVED + r" #(\d+)#", text)}


def test_every_printed_field_arrives_literally_in_the_briefing(poisoned) -> None:
    fields, briefing, _, _ = poisoned
    text = docx_text(briefing).replace("\u00a0", " ")  # the band ties a figure's words: no-break spaces
    arrived = markers(text)
    assert len(re.findall(r"#\d+#", text)) == len(re.findall(ARRIVED + r" #\d+#", text)), "mangled"
    printed = {
        i
        for i, path in enumerate(fields, 1)
        if path[-1] in {"name", "title", "label", "summary", "theme", "role", "caption", "note"}
        and path[0] != "charts"
    }
    missing = sorted(".".join(fields[i - 1]) for i in printed - arrived)
    assert not missing, missing
    assert "&amp;" not in text and "&lt;" not in text


def test_every_field_on_the_slides_arrives_literally_in_the_deck(poisoned) -> None:
    _, _, deck, _ = poisoned
    # a tile ties a figure's amount with no-break spaces
    text = "\n".join(pptx_slide_texts(deck) + pptx_notes(deck)).replace("\u00a0", " ")
    assert len(markers(text)) >= 40
    assert len(re.findall(r"#\d+#", text)) == len(re.findall(ARRIVED + r" #\d+#", text)), "mangled"
    assert "&amp;" not in text and "&lt;" not in text


@pytest.mark.libreoffice
def test_hostile_text_survives_into_the_pdf(poisoned, soffice: str, tmp_path: Path) -> None:
    _, briefing, deck, _ = poisoned
    libreoffice_pdfs(soffice, [briefing, deck], tmp_path)
    for document in (briefing, deck):
        pdf = tmp_path / (document.stem + ".pdf")
        assert pdf.is_file(), f"LibreOffice made no PDF of {document.name}"
        text = unicodedata.normalize(
            "NFKC", " ".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
        )
        for piece in ("& <b>", "\u201cdq\u201d", "\u2018sq\u2019", "上海", "🎉"):
            assert piece in text, (document.name, piece)
        assert "مرحبا" in text or "ابحرم" in text, "Arabic text is missing from the PDF"


def test_a_missing_glyph_in_a_chart_is_reported(poisoned) -> None:
    *_, result = poisoned
    glyphs = [w for w in result.warnings if "no glyph" in w]
    assert glyphs and "🎉" in glyphs[0] and "install a font" in glyphs[0]
