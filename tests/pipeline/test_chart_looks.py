"""Charts follow the templates: a designer who restyles a template's theme restyles its charts,
and reportgen.yaml can set colours and a font for every chart."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.dml import MSO_THEME_COLOR
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR as PPTX_THEME_COLOR

from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.contrast import contrast
from reportgen.data.project import load_project
from reportgen.office.look import MAX_THEME_BYTES, package_look, theme_look
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


# -- one palette: the briefing and the deck both take their own template's theme, for everything --

YELLOW, PURPLE, TEAL = "F4D03F", "6A1B9A", "117A65"


def _rewrite_theme(source: Path, target: Path, colours: dict[str, str], as_pictures: bool = False) -> None:
    """Design > Colors in Word or PowerPoint: scheme colours (`dk1`, `accent1`...) set to new RGB;
    `as_pictures`: the deck's chart tags ask for pictures instead of native charts."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            data = src.read(entry.filename)
            if as_pictures and re.fullmatch(r"ppt/slides/slide\d+\.xml", entry.filename):
                data = data.replace(b"chart(page.chart)", b"chart(page.chart, picture=true)")
            if re.fullmatch(r"(ppt|word)/theme/theme1\.xml", entry.filename):
                text = data.decode()
                for name, value in colours.items():
                    text, found = re.subn(
                        rf"<a:{name}>\s*<a:(srgbClr|sysClr)[^>]*/>",
                        f'<a:{name}><a:srgbClr val="{value}"/>',
                        text,
                    )
                    assert found == 1, name
                data = text.encode()
            dst.writestr(entry, data)


def _briefing_pngs(briefing: Path) -> list[bytes]:
    return [part.blob for part in Document(str(briefing)).part.package.parts if part.partname.ext == "png"]


def _word_colours(xml: bytes, tag: str) -> list[dict[str, str]]:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return [
        {key.removeprefix(w): value for key, value in element.attrib.items()}
        for element in etree.fromstring(xml).iter(f"{w}{tag}")
    ]


def _styles_colour(xml: bytes, style_id: str) -> dict[str, str]:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for style in etree.fromstring(xml).iter(f"{w}style"):
        if style.get(f"{w}styleId") == style_id:
            colour = style.find(f"{w}rPr/{w}color")
            assert colour is not None, style_id
            return {key.removeprefix(w): value for key, value in colour.attrib.items()}
    raise AssertionError(style_id)


def test_the_bundled_briefing_and_deck_share_one_palette(briefing_path: Path) -> None:
    briefing = package_look(TEMPLATES / "briefing.docx", "briefing")
    deck = package_look(TEMPLATES / "deck.pptx", "deck")
    assert briefing is not None and briefing == deck
    assert briefing.palette == DEFAULT_THEME.palette and briefing.text == DEFAULT_THEME.text
    pictures = _briefing_pngs(briefing_path)  # the bundled event's, built once for the session
    assert pictures and all(_rgb(DEFAULT_THEME.palette[0][1:]) in _colours(png) for png in pictures)
    office_2007 = {_rgb("4F81BD"), _rgb("C0504D"), _rgb("1F497D")}  # Word's default theme
    assert not any(office_2007 & _colours(png) for png in pictures)
    with zipfile.ZipFile(briefing_path) as package:
        styles = package.read("word/styles.xml")  # the Title's rule, table styles: none of Office's
    assert not [value for value in (b"4F81BD", b"C0504D", b"1F497D") if value in styles]


def test_a_restyled_word_theme_restyles_pictures_headings_table_and_band(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "deck.pptx", templates / "deck.pptx")
    theme = {"accent1": RED, "dk2": PURPLE, "lt2": "FDEDEC"}
    _rewrite_theme(TEMPLATES / "briefing.docx", templates / "briefing.docx", theme)
    result = build(WAIC, Settings.simple(tmp_path / "out", templates))
    assert not [w for w in result.warnings if "theme" in w]
    briefing = next(f for f in result.files if f.suffix == ".docx")
    pictures = _briefing_pngs(briefing)
    assert pictures and all(_rgb(RED) in _colours(png) for png in pictures)
    assert not any(_rgb(PURPLE) in _colours(png) for png in pictures)  # chart titles are dk1 text
    with zipfile.ZipFile(briefing) as package:
        styles, body = package.read("word/styles.xml"), package.read("word/document.xml")
    for style_id in ("Title", "Heading1", "Heading2"):  # by reference, as the theme now gives it
        assert _styles_colour(styles, style_id) == {"val": PURPLE, "themeColor": "text2"}
    rules = [
        b
        for b in _word_colours(styles, "bottom")
        if b.get("themeColor") == "accent1" and "themeTint" not in b
    ]
    assert rules and {rule["color"] for rule in rules} == {RED}  # the Title's rule, as LibreOffice shows it
    fills = {(shd.get("themeFill"), shd.get("fill")) for shd in _word_colours(body, "shd")}
    assert ("accent1", RED) in fills and ("background2", "FDEDEC") in fills  # table header, band
    colours = {(c.get("themeColor"), c.get("val")) for c in _word_colours(body, "color")}
    assert ("background1", "FFFFFF") in colours and ("accent1", RED) in colours


def test_text_on_a_light_theme_fill_stays_readable(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "deck.pptx", templates / "deck.pptx")
    _rewrite_theme(TEMPLATES / "briefing.docx", templates / "briefing.docx", {"accent1": YELLOW})
    result = build(WAIC, Settings.simple(tmp_path / "out", templates))
    briefing = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    header = briefing.tables[1].rows[0].cells
    runs = [run for cell in header for paragraph in cell.paragraphs for run in paragraph.runs if run.text]
    assert [run.text for run in runs] == ["Key figure", "Value"]
    for run in runs:  # white on yellow is 1.5:1; the theme's dark text reaches AA on it
        colour = run.font.color
        assert (str(colour.rgb), colour.theme_color) == (DEFAULT_THEME.text[1:], MSO_THEME_COLOR.TEXT_1)
        assert contrast("#" + str(colour.rgb), "#" + YELLOW) >= 4.5


def test_a_restyled_deck_theme_restyles_the_deck_only(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", templates / "briefing.docx")
    theme = {"accent1": TEAL, "dk1": PURPLE, "dk2": "8E44AD"}
    _rewrite_theme(TEMPLATES / "deck.pptx", templates / "deck.pptx", theme)
    result = build(WAIC, Settings.simple(tmp_path / "out", templates))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    charts = [s.chart for slide in deck.slides for s in slide.shapes if s.has_chart]
    assert charts and all(b'<a:schemeClr val="accent1"/>' in c.part.blob for c in charts)
    briefing = _briefing_pngs(next(f for f in result.files if f.suffix == ".docx"))
    assert briefing and not any(_rgb(TEAL) in _colours(png) for png in briefing)
    _rewrite_theme(TEMPLATES / "deck.pptx", templates / "deck.pptx", theme, as_pictures=True)
    result = build(WAIC, Settings.simple(tmp_path / "out2", templates))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    pictures = [s.image.blob for slide in deck.slides for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == len(charts)
    for png in pictures:  # charts as pictures: the deck's theme, titles and labels in its dk1
        assert _rgb(TEAL) in _colours(png) and _rgb(PURPLE) in _colours(png)
        assert _rgb("8E44AD") not in _colours(png)  # the title too: dk1, never dk2


def test_theme_colours_are_read_only_as_six_digit_rgb() -> None:
    with zipfile.ZipFile(TEMPLATES / "briefing.docx") as package:
        xml = package.read("word/theme/theme1.xml")
    assert theme_look(xml) is not None
    for junk in (b'"GGGGGG"', b'"0B3C5"', b'"0B3C5D00"', b'"#0B3C5"', b'""'):
        assert theme_look(xml.replace(b'"0B3C5D"', junk)) is None, junk
    assert theme_look(b"<a:theme xmlns:a='x'/>") is None
    assert theme_look(b"<!DOCTYPE a [<!ENTITY e 'x'>]><a/>") is None
    assert theme_look(b" " * (MAX_THEME_BYTES + 1)) is None


def test_a_template_with_junk_theme_colours_falls_back_with_a_warning(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "deck.pptx", templates / "deck.pptx")
    with zipfile.ZipFile(TEMPLATES / "briefing.docx") as src:
        xml = src.read("word/theme/theme1.xml").replace(b'"328CC1"', b'"ZZZZZZ"')
    shutil.copy(TEMPLATES / "briefing.docx", templates / "briefing.docx")
    package = templates / "briefing.docx"
    with zipfile.ZipFile(TEMPLATES / "briefing.docx") as src, zipfile.ZipFile(package, "w") as dst:
        for entry in src.infolist():
            dst.writestr(entry, xml if entry.filename == "word/theme/theme1.xml" else src.read(entry))
    result = build(WAIC, Settings.simple(tmp_path / "out", templates))
    name = str(package)
    assert [w for w in result.warnings if "theme" in w] == [
        f"{name}: its theme's colours could not be read (dk1, lt1, dk2, lt2 and accent1 to accent6, "
        "each a 6-digit RGB colour), so its charts use reportgen's own colours. Choose the "
        "template's colours again in Design > Colors and save it."
    ]
    pictures = _briefing_pngs(next(f for f in result.files if f.suffix == ".docx"))
    assert pictures and all(_rgb(DEFAULT_THEME.palette[0][1:]) in _colours(png) for png in pictures)


def test_a_theme_change_redraws_cached_pictures(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(WAIC, Settings.simple(out, TEMPLATES))
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "deck.pptx", templates / "deck.pptx")
    _rewrite_theme(TEMPLATES / "briefing.docx", templates / "briefing.docx", {"accent1": RED})
    result = build(WAIC, Settings.simple(out, templates))
    pictures = _briefing_pngs(next(f for f in result.files if f.suffix == ".docx"))
    assert pictures and all(_rgb(RED) in _colours(png) for png in pictures)


def test_chart_text_stays_readable_when_the_theme_text_is_light(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "deck.pptx", templates / "deck.pptx")
    blush = "FFF0F5"  # 1.1:1 on the white chart: titles and labels in it could not be read
    _rewrite_theme(TEMPLATES / "briefing.docx", templates / "briefing.docx", {"dk1": blush})
    result = build(WAIC, Settings.simple(tmp_path / "out", templates))
    pictures = _briefing_pngs(next(f for f in result.files if f.suffix == ".docx"))
    assert pictures and not any(_rgb(blush) in _colours(png) for png in pictures)
    assert all((0, 0, 0) in _colours(png) for png in pictures)  # black, AA on white, instead


def test_deck_text_on_a_light_theme_fill_stays_readable(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", templates / "briefing.docx")
    _rewrite_theme(TEMPLATES / "deck.pptx", templates / "deck.pptx", {"accent1": YELLOW})
    result = build(WAIC, Settings.simple(tmp_path / "out", templates))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    fills = (b'<a:schemeClr val="bg2"/>', b'<a:schemeClr val="accent1"/>')  # the news's tile: accent1
    tiles = [  # (round 25, glance25: set apart whether or not a record; here yellow, its text dark)
        shape
        for shape in deck.slides[1].shapes
        if shape.has_text_frame and any(f in etree.tostring(shape._element.spPr) for f in fills)
    ]
    numbers = [run for tile in tiles for p in tile.text_frame.paragraphs for run in p.runs if run.font.bold]
    assert len(tiles) == 4
    assert [run.text for run in numbers] == ["RMB\u00a015\u00a0billion", "25", "370,000", "638\u00a0million"]
    for run in numbers:  # yellow on the light tile is 1.4:1; the theme's dark text instead
        assert run.font.color.theme_color == PPTX_THEME_COLOR.TEXT_1, run.text
