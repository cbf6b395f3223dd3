"""A Chinese or Japanese number tied to its counter by word joiners stays on one line in the PDF
Writer sets (office_pdf/cjk_breaks.py): review MM read '…於2026年10月25 / 日閉幕。' in a zh_TW
briefing. The same sentence is set after 0 to 23 more characters, so that line ends fall at
each character of the tied runs, and the PDF's lines are read as a reader sees them."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from reportgen.data.typography import WORD_JOINER
from reportgen.office.ooxml import qn

from ..conftest import libreoffice_pdfs

J = WORD_JOINER
#: What a joiner ties: a number, or any one other character.
ATOM = rf"(?:[0-9][0-9.,:]*|[^\s0-9{J}])"
#: The tied runs, as the plan writes them; each must be whole on one line.
SENTENCES = {
    "zh-TW": (f"於2026{J}年{J}10{J}月{J}25{J}日閉幕，觀影人次約{J}8.6{J}萬，放映{J}412{J}場。", "測"),
    "ja-JP": (f"2026{J}年{J}7{J}月{J}26{J}日に閉幕し、来場者は約{J}41{J}万{J}人でした。", "あ"),
}


def document(tag: str, path: Path) -> None:
    """A briefing-like DOCX in language `tag`: the sentence after 0 to 23 filler characters."""
    sentence, filler = SENTENCES[tag]
    made = docx.Document()
    defaults = made.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = run_defaults.find(qn("w:rFonts"))
    fonts.set(qn("w:eastAsia"), "Noto Sans CJK TC" if tag == "zh-TW" else "Noto Sans CJK JP")
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = run_defaults.makeelement(qn("w:lang"), {})
        run_defaults.append(language)
    language.set(qn("w:eastAsia"), tag)
    lead = "臺中國際動畫影展暨亞洲獨立動畫短片競賽"
    for count in range(24):
        made.add_paragraph(lead + filler * count + sentence).runs[0].font.size = Pt(11)
    made.save(path)


def cut_runs(pdf: Path, sentence: str) -> list[str]:
    """The tied runs of `sentence` a line end parts, as '25|日'."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.replace(" ", "") for line in text.splitlines() if line.strip()]
    runs = [run.replace(J, "") for run in re.findall(rf"{ATOM}(?:{J}{ATOM})+", sentence)]
    cut = []
    for first, second in itertools.pairwise(lines):
        joined, end = first + second, len(first)
        for run in runs:
            for found in re.finditer(re.escape(run), joined):
                if found.start() < end < found.end():
                    cut.append(f"{joined[found.start() : end]}|{joined[end : found.end()]}")
    return cut


@pytest.mark.slow
def test_a_tied_number_is_never_parted_by_a_line_end(soffice: str, tmp_path: Path) -> None:
    files = []
    for tag in SENTENCES:
        files.append(tmp_path / f"{tag}.docx")
        document(tag, files[-1])
    (tmp_path / "pdf").mkdir()
    pdfs = libreoffice_pdfs(soffice, files, tmp_path / "pdf")
    cut = {tag: cut_runs(pdf, SENTENCES[tag][0]) for tag, pdf in zip(SENTENCES, pdfs, strict=True)}
    assert cut == {tag: [] for tag in SENTENCES}
