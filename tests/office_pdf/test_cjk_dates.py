"""A Chinese or Japanese date in a justified paragraph ends a line between its parts, never inside
one, and the line before it is set without gaps (office/cjk_dates.py): review MM read the zh_TW
Taichung festival's opening line stretched over the room a whole '2026年10月25日' left when it
moved to the next line ('2026 第 十 二 屆 臺 中 …'). The sentence is set after 0 to 23 more
characters, so that a line's end falls at each of the date's characters, and the PDF LibreOffice
makes is read: each line's characters' places (pdftotext -bbox), and its text."""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from reportgen.data.typography import WORD_JOINER
from reportgen.office.cjk_dates import open_dates
from reportgen.office.ooxml import qn

from ..conftest import libreoffice_pdfs
from .test_cjk_breaks import cut_runs

J = WORD_JOINER
#: Per language: the sentence as the plan ties it, a filler character, its font.
SENTENCES = {
    "zh-TW": (
        f"於2026{J}年{J}10{J}月{J}25{J}日閉幕。十天影展在臺中國家歌劇院舉行。",
        "測",
        "Noto Sans CJK TC",
    ),
    "zh-CN": (
        f"于2026{J}年{J}11{J}月{J}29{J}日闭幕。赛道串联开元寺、洛阳桥等世界遗产点。",
        "测",
        "Noto Sans CJK SC",
    ),
    "ja-JP": (
        f"は2026{J}年{J}12{J}月{J}26{J}日に閉幕しました。来場者は過去最多でした。",
        "あ",
        "Noto Sans CJK JP",
    ),
}
LEAD = "臺中國際動畫影展暨亞洲獨立動畫短片競賽"
SIZE = 11
#: A line whose characters stand further apart than this share of their pitch set solid (the
#: document's closest) is stretched where a reader sees it: the room of a year ('2026年') spread
#: over a line is under a twelfth of an em a character, that of a whole date near a quarter.
STRETCH = 0.1


def document(tag: str, path: Path, opened: bool) -> None:
    """A briefing-like DOCX in language `tag`: justified paragraphs, the sentence after 0 to 23
    filler characters; its dates opened as the briefing's are, or not (the control)."""
    sentence, filler, font = SENTENCES[tag]
    made = docx.Document()
    defaults = made.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    run_defaults.find(qn("w:rFonts")).set(qn("w:eastAsia"), font)
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = run_defaults.makeelement(qn("w:lang"), {})
        run_defaults.append(language)
    language.set(qn("w:eastAsia"), tag)
    for count in range(24):
        paragraph = made.add_paragraph(LEAD + filler * count + sentence)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.runs[0].font.size = Pt(SIZE)
    if opened:
        assert open_dates(made, tag) == 2 * 24
    made.save(path)


def _wide(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def stretched_lines(pdf: Path) -> list[str]:
    """The lines of `pdf` whose Chinese or Japanese characters are set further apart than solid:
    pdftotext gives a line's text in words, parted where its characters stand far apart; a word of
    such characters only spans its characters' advances, and two such words stand a gap apart."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines: dict[tuple[int, float], list[tuple[float, float, str]]] = {}
    for page, body in enumerate(xml.split("<page ")[1:]):
        for word in ElementTree.fromstring("<p>" + body.split(">", 1)[1].split("</page>")[0] + "</p>").iter(
            "word"
        ):
            top = round(float(word.get("yMin", "0")), 1)
            lines.setdefault((page, top), []).append(
                (float(word.get("xMin", "0")), float(word.get("xMax", "0")), word.text or "")
            )
    pitches: dict[tuple[int, float], list[float]] = {}
    for key, line in lines.items():
        line.sort()
        pitches[key] = [(x1 - x0) / len(t) for x0, x1, t in line if len(t) > 1 and all(map(_wide, t))]
    solid = min(p for found in pitches.values() for p in found)
    stretched = []
    for (page, top), line in lines.items():
        gaps = [
            b[0] - a[1]
            for a, b in itertools.pairwise(line)
            if _wide(a[2][-1:] or "a") and _wide(b[2][:1] or "a")
        ]
        if any(p > solid * (1 + STRETCH) for p in pitches[page, top]) or any(
            g > solid * STRETCH for g in gaps
        ):
            stretched.append(f"page {page + 1}, {top}: {' '.join(t for _, _, t in line)}")
    return stretched


@pytest.mark.slow
def test_a_justified_line_ends_between_a_date_s_parts_and_is_never_stretched(
    soffice: str, tmp_path: Path
) -> None:
    files = []
    for tag in SENTENCES:
        for opened in (True, False):
            files.append(tmp_path / f"{tag}-{'opened' if opened else 'whole'}.docx")
            document(tag, files[-1], opened)
    (tmp_path / "pdf").mkdir()
    pdfs = dict(zip((f.stem for f in files), libreoffice_pdfs(soffice, files, tmp_path / "pdf"), strict=True))
    for tag, (sentence, _, _) in SENTENCES.items():
        # the control: a whole date moved to the next line left the line before it stretched
        assert stretched_lines(pdfs[f"{tag}-whole"]), tag
        assert stretched_lines(pdfs[f"{tag}-opened"]) == [], tag
        # a number stays with its 年, 月 and 日: only the places between the parts are open
        opened = sentence.replace(f"{J}年{J}", f"{J}年\u200b").replace(f"{J}月{J}", f"{J}月\u200b")
        assert cut_runs(pdfs[f"{tag}-opened"], opened) == [], tag
