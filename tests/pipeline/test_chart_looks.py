"""Charts follow the templates: a designer who restyles a template's theme restyles its charts,
and reportgen.yaml can set colours and a font for every chart."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

from docx import Document
from PIL import Image
from pptx import Presentation

from reportgen.data.project import load_project
from reportgen.office.look import theme_look
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC

RED, GREEN = "C0392B", "1E8449"


def _retheme(source: Path, target: Path, accent: str, font: str) -> None:
    """What Design > Colors and Fonts does: accent1 and the body font change in the theme part."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            data = src.read(entry.filename)
            if re.fullmatch(r"(ppt|word)/theme/theme\d+\.xml", entry.filename):
                text = data.decode()
                text = re.sub(r'(<a:accent1>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}', rf"\g<1>{accent}", text)
                text = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*', rf"\g<1>{font}", text)
                data = text.encode()
            dst.writestr(entry, data)


def _colours(png: bytes) -> set[tuple[int, int, int]]:
    with Image.open(io.BytesIO(png)) as picture:
        return {colour for _, colour in picture.convert("RGB").getcolors(maxcolors=1_000_000) or []}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def test_a_theme_is_read_as_its_colours_and_body_font() -> None:
    with zipfile.ZipFile(TEMPLATES / "deck.pptx") as package:
        look = theme_look(package.read("ppt/theme/theme1.xml"))
    assert look is not None and look.palette[0] == "#0B3C5D" and len(look.palette) == 6
    assert look.font == "Arial"


def test_restyled_templates_restyle_their_charts(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    _retheme(TEMPLATES / "deck.pptx", templates / "deck.pptx", RED, "DejaVu Serif")
    _retheme(TEMPLATES / "briefing.docx", templates / "briefing.docx", RED, "DejaVu Serif")
    result = build(WAIC, Settings.simple(tmp_path / "out", templates))
    briefing = next(f for f in result.files if f.suffix == ".docx")
    pictures = [
        part.blob for part in Document(str(briefing)).part.package.parts if part.partname.ext == "png"
    ]
    assert pictures and all(_rgb(RED) in _colours(png) for png in pictures)  # the theme's accent1
    deck = next(f for f in result.files if f.suffix == ".pptx")
    charts = [s.chart for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    xml = b"".join(chart.part.blob for chart in charts)
    assert b'<a:schemeClr val="accent1"/>' in xml  # native charts refer to the theme itself
    assert b'typeface="+mn-lt"' in xml


def test_the_project_can_set_colours_and_a_font_for_every_chart(tmp_path: Path) -> None:
    project_file = tmp_path / "reportgen.yaml"
    project_file.write_text(
        f"chart_style:\n  colours: ['#{GREEN}']\n  font: DejaVu Serif\n", encoding="utf-8"
    )
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    settings = Settings.simple(tmp_path / "out", tmp_path / "templates", project=load_project(project_file))
    result = build(WAIC, settings)
    png = next(f for f in result.files if f.name.endswith("chart-capital.png")).read_bytes()
    assert _rgb(GREEN) in _colours(png)
    deck = next(f for f in result.files if f.suffix == ".pptx")
    xml = b"".join(
        s.chart.part.blob for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart
    )
    assert f'<a:srgbClr val="{GREEN}"/>'.encode() in xml and b'typeface="DejaVu Serif"' in xml
