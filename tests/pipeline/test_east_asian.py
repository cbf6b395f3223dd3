"""Chinese and Japanese documents set as an editor would (issue 20, item 4): an installed CJK font
in the East Asian slot of the deck's theme (which its text and native charts use) and of the
briefing's styles, and the language's own marks where the code and the templates join words."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from reportgen.office import east_asian
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC, docx_text, pptx_slide_texts
from .test_languages import event_in


def documents(source: Path, out: Path) -> tuple[Path, Path, list[str]]:
    result = build(source, Settings.simple(out, TEMPLATES))
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    return briefing, deck, result.warnings


def east_asian_fonts(path: Path, script: str) -> dict[str, set[str]]:
    """Per part: the fonts of the theme's East Asian slots (and its entry for `script`) and of the
    styles' eastAsia fonts."""
    found = {}
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if re.fullmatch(r"(ppt|word)/theme/theme\d+\.xml", name):
                xml = package.read(name).decode()
                found[name] = set(re.findall(rf'<a:(?:ea|font script="{script}") typeface="([^"]*)"', xml))
            if name == "word/styles.xml":
                found[name] = set(
                    re.findall(r'w:rFonts [^>]*w:eastAsia="([^"]*)"', package.read(name).decode())
                )
    return found


@pytest.mark.parametrize(
    ("locale", "script", "font"),
    [
        ("zh_CN", "Hans", "Noto Sans CJK SC"),
        ("ja_JP", "Jpan", "Noto Sans CJK JP"),
        ("ko_KR", "Hang", "Noto Sans CJK KR"),  # Hangul in a Korean font, never a Latin one's fallback
    ],
)
def test_a_chinese_or_japanese_document_sets_its_text_in_an_installed_font_of_its_script(
    locale: str, script: str, font: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    have = {"Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR"}
    monkeypatch.setattr(east_asian, "installed", lambda language: have)
    briefing, deck, warnings = documents(event_in(locale, tmp_path), tmp_path / "out")
    for path in (briefing, deck):
        fonts = east_asian_fonts(path, script)
        assert fonts and all(found == {font} for found in fonts.values()), (path.name, fonts)
    with zipfile.ZipFile(deck) as package:  # the native charts' text takes the theme's slot
        charts = [n for n in package.namelist() if n.startswith("ppt/charts/chart")]
        assert charts and all(b'<a:ea typeface="+mn-ea"/>' in package.read(n) for n in charts)
    assert not [w for w in warnings if "font for" in w]


def test_a_missing_cjk_font_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(east_asian, "installed", lambda language: set())
    *_, warnings = documents(event_in("ja_JP", tmp_path), tmp_path / "out")
    said = (
        "no font for Japanese text is installed, so LibreOffice and Word will substitute one: install "
        "one (on Debian and Ubuntu: apt install fonts-noto-cjk) and build again"
    )
    assert warnings.count(said) == 1  # said once, though both documents found it


def test_a_templates_own_font_is_kept_when_installed_and_of_the_right_script(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        east_asian, "installed", lambda language: {"Noto Sans CJK SC", "Noto Sans CJK JP", "My Hei"}
    )
    assert east_asian.choose("zh-CN", "My Hei") == ("My Hei", None)
    assert east_asian.choose("zh-CN", "Not Installed") == ("Noto Sans CJK SC", None)
    assert east_asian.choose("ja-JP", "Noto Sans CJK SC") == ("Noto Sans CJK JP", None)  # not Chinese forms
    assert east_asian.choose("de-DE", "Noto Sans CJK SC") == (None, None)


def test_a_german_document_keeps_the_templates_fonts(tmp_path: Path) -> None:
    _, deck, _ = documents(event_in("de_DE", tmp_path), tmp_path / "out")
    with zipfile.ZipFile(TEMPLATES / "deck.pptx") as package:
        template = package.read("ppt/theme/theme1.xml")
    with zipfile.ZipFile(deck) as package:
        assert package.read("ppt/theme/theme1.xml") == template


def test_chinese_lists_pairs_and_titles_take_chinese_marks(tmp_path: Path) -> None:
    """、 between list items, ： after a label, ，before a clause, 。 at a sentence's end, and a
    title already in 《》 is not quoted again."""
    text = WAIC.read_text(encoding="utf-8").replace("  locale: en_GB\n", "  locale: zh_CN\n", 1)
    title = (
        "    title: The World Artificial Intelligence Conference 2022 was successfully concluded on "
        "September 3rd\n"
    )
    launch = "          zh: 携手共建元宇宙新平台\n"
    assert title in text and launch in text
    text = text.replace(title, "    title: 《2022世界人工智能大会圆满闭幕》\n")
    text = text.replace(launch, "          zh: 《携手共建元宇宙新平台》\n")
    source = tmp_path / "waic-zh.yaml"
    source.write_text(text, encoding="utf-8")
    briefing, deck, _ = documents(source, tmp_path / "out")
    words = docx_text(briefing) + "\n" + "\n".join(pptx_slide_texts(deck))
    assert "《2022世界人工智能大会圆满闭幕》，2022年9月3日。大会闭幕新闻稿（英文）。" in words
    assert "《携手共建元宇宙新平台》：一批重点项目将聚焦" in words
    assert "“《" not in words and "《《" not in words and "》”" not in words
    assert "百度、华为、高通和Meta" in words  # the list's last item after 和
    assert "上海市委常委、上海市副市长张为宣布大会闭幕。" in words  # titles before the name
    # the deck's bullet: the titles that fit one line, the first first
    assert "\n上海市委常委、上海市副市长张为宣布大会闭幕。" in "\n".join(pptx_slide_texts(deck))
    for english in ("，华为", "百度，", "”, 2022"):
        assert english not in words


def test_the_logos_alt_text_is_in_the_events_language(tmp_path: Path) -> None:
    from .test_logo_and_pictures import _event_with_logo, _png

    event = _event_with_logo(tmp_path, _png(400, 100))
    event.write_text(
        event.read_text(encoding="utf-8").replace("  locale: en_GB\n", "  locale: zh_CN\n", 1),
        encoding="utf-8",
    )
    _, deck, _ = documents(event, tmp_path / "out")
    with zipfile.ZipFile(deck) as package:
        slide = package.read("ppt/slides/slide1.xml").decode()
    assert 'name="标志" descr="2022世界人工智能大会标志"' in slide  # its name, and whose logo it is
