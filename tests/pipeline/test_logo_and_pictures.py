"""The event's logo on the title slide, and deck charts asked for as pictures."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from reportgen.cli import main
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

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


def _linked_logo(tmp: Path, where: str) -> Path:
    """An event whose logo is reached through a link: the file itself, or a folder on the way."""
    secret = tmp / "secret"
    secret.mkdir()
    (secret / "logo.png").write_bytes(_png(40, 10))
    folder = tmp / "event"
    folder.mkdir()
    if where == "file":
        (folder / "logo.png").symlink_to(secret / "logo.png")
        return folder / "logo.png"
    (folder / "pictures").symlink_to(secret)
    return folder / "pictures" / "logo.png"


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_file_an_event_names_is_never_read_through_a_link(tmp_path: Path, where: str) -> None:
    from reportgen.errors import DataError
    from reportgen.inputs import read_beside

    _linked_logo(tmp_path, where)
    name = "logo.png" if where == "file" else "pictures/logo.png"
    with pytest.raises(DataError) as caught:
        read_beside(tmp_path / "event" / "event.yaml", name, "event.logo", 1000, "a logo picture", "")
    assert f"event.logo: {tmp_path / 'event' / name} is a symbolic link" in caught.value.render()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../secret/logo.png", "is not a name inside the event file's folder ('..'"),
        ("/etc/passwd", "is not a name inside the event file's folder (an absolute path"),
        ("pictures//logo.png", "is not a name inside the event file's folder ('..'"),
    ],
)
def test_a_file_an_event_names_stays_in_its_folder(tmp_path: Path, name: str, message: str) -> None:
    from reportgen.errors import DataError
    from reportgen.inputs import read_beside

    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "logo.png").write_bytes(_png(4, 4))
    (tmp_path / "event").mkdir()
    with pytest.raises(DataError, match=r"event\.logo") as caught:
        read_beside(tmp_path / "event" / "event.yaml", name, "event.logo", 1000, "a logo picture", "")
    assert message in caught.value.render()


def test_a_real_file_in_a_folder_of_the_event_folder_is_read(tmp_path: Path) -> None:
    from reportgen.inputs import read_beside

    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "logo.png").write_bytes(b"abc")
    assert read_beside(tmp_path / "e.yaml", "pictures/logo.png", "event.logo", 10, "a logo", "") == b"abc"


@pytest.mark.parametrize("command", ["build", "validate"])
@pytest.mark.parametrize("kind", ["link", "fifo", "missing", "folder"])
def test_build_and_validate_refuse_the_same_logos(tmp_path: Path, command: str, kind: str) -> None:
    event = _event_with_logo(tmp_path, None)
    logo = tmp_path / "logo.png"
    if kind == "link":
        (tmp_path / "secret.png").write_bytes(_png(40, 10))
        logo.symlink_to(tmp_path / "secret.png")
    elif kind == "fifo":
        os.mkfifo(logo)
    elif kind == "folder":
        logo.mkdir()
    args = [command, str(event)] + (["--out", str(tmp_path / "out")] if command == "build" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3, result.output
    shown = f"error: {event}: event.logo: {logo}"
    expected = {
        "link": f"{shown} is a symbolic link (or reached through one); an event reads only files in its own "
        "folder, never through a link",
        "fifo": f"{shown} is a FIFO (named pipe), not a logo picture; give a regular file",
        "missing": f"{shown}: no such file",
        "folder": f"{shown} is a folder, not a logo picture; give a regular file",
    }[kind]
    assert expected in result.output
    assert not any((tmp_path / "out").glob("*.pptx"))


def test_the_cluster_client_sends_the_logo_the_build_reads(tmp_path: Path) -> None:
    """The client takes the logo's name from the pipeline (the validated event), not from a second
    reading of the YAML of its own: an event the build refuses sends no logo at all."""
    from reportgen.cluster.cluster import _ChartIndex, _job

    settings = Settings.simple(tmp_path / "out", TEMPLATES)
    logo = _png(40, 10)
    event = _event_with_logo(tmp_path, logo)
    job = _job(event, settings, _ChartIndex(None), False)
    assert job is not None and job.logo == ("logo.png", logo)
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text(event.read_text(encoding="utf-8").replace("  year: 2022\n", "  year: soon\n"))
    job = _job(invalid, settings, _ChartIndex(None), False)
    assert job is not None and job.logo is None  # the worker reports the year, in the build's words
