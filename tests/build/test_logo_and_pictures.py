"""The event's logo on the title slide, and deck charts asked for as pictures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from reportgen.build.pipeline import build
from reportgen.build.settings import Settings
from reportgen.cli import main

from ..conftest import TEMPLATES, WAIC


def _event_with_logo(tmp: Path, logo: bytes | None, name: str = "logo.png") -> Path:
    text = WAIC.read_text(encoding="utf-8").replace(
        "  slug: waic-2022\n", f"  slug: waic-2022\n  logo: {name}\n"
    )
    event = tmp / "event.yaml"
    event.write_text(text, encoding="utf-8")
    if logo is not None:
        (tmp / name).write_bytes(logo)
    return event


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_logo_fills_its_slot_with_its_shape_kept(tmp_path: Path) -> None:
    event = _event_with_logo(tmp_path, _png(400, 100))
    deck = next(
        f for f in build(event, Settings.simple(tmp_path / "out", TEMPLATES)).files if f.suffix == ".pptx"
    )
    (logo,) = [s for s in Presentation(str(deck)).slides[0].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert logo.name == "Logo"
    assert abs(logo.width / logo.height - 4) < 0.01  # 400 x 100, fitted inside the 2.6 x 1.2 in slot


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"not a picture", "logo.png", "the event's logo does not decode as a picture"),
        (None, "logo.png", "logo.png: no such file"),
        (b"GIF89a", "../logo.png", "event.logo"),
    ],
    ids=["not-a-picture", "missing", "outside-the-folder"],
)
def test_a_bad_logo_is_a_data_error(tmp_path: Path, content: bytes | None, name: str, message: str) -> None:
    event = _event_with_logo(tmp_path, content if name == "logo.png" else None, name)
    result = CliRunner().invoke(main, ["build", str(event), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3, result.output
    assert message in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("*.pptx"))


def test_a_deck_slot_can_ask_for_a_picture_drawn_at_its_size(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name == "Chart slot":
                shape.text_frame.paragraphs[0].runs[0].text = "{{ chart(page.chart, picture=true) }}"
    prs.save(str(templates / "deck.pptx"))
    deck = next(
        f for f in build(WAIC, Settings.simple(tmp_path / "out", templates)).files if f.suffix == ".pptx"
    )
    pictures = [
        s
        for slide in Presentation(str(deck)).slides
        for s in slide.shapes
        if s.shape_type == MSO_SHAPE_TYPE.PICTURE
    ]
    assert {p.name for p in pictures} == {  # projects and media have two values: no chart
        f"Chart {c}" for c in ("capital", "programme", "participants")
    }
    for picture in pictures:
        with Image.open(io.BytesIO(picture.image.blob)) as image:
            drawn = image.width / image.info["dpi"][0], image.height / image.info["dpi"][1]
        placed = picture.width / 914400, picture.height / 914400
        assert abs(placed[0] / drawn[0] - 1) < 0.05 and abs(placed[1] / drawn[1] - 1) < 0.05
        assert "Chart" in picture.name and picture._element.nvPicPr.cNvPr.get("descr")
