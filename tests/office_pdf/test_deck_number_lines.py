"""A Chinese, Japanese or Korean number stays whole on one line of a deck that prints no word
joiner (review PP: a search for '8.6萬' missed '8.6\u2060萬'). LibreOffice's Impress parts a number
from its counter where no joiner holds them ('約|8.6萬', '1860|억', '2026年7|月26日'); the deck ends
the line before the number instead (powerpoint/url_lines.py). Each sentence is set after 0 to 23
more characters, so that line ends fall at each character of its numbers, and the PDF's lines are
read as a reader sees them."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu, Pt

from reportgen.data.typography import WORD_JOINER, bind_cjk_numbers
from reportgen.office.joiners import drop_joiners
from reportgen.office.powerpoint.url_lines import keep_addresses_whole

from ..conftest import libreoffice_pdfs

J = WORD_JOINER
#: Per language: its locale, a sentence with numbers, and a filler character set before it.
SENTENCES = {
    "ko": ("ko_KR", "수출 계약 추진액은 약 1860억 원을 넘어 2026년 11월 22일 오후 6시 기준 1,320명.", "가"),
    "zh": ("zh_TW", "於2026年10月25日閉幕，觀影人次約8.6萬，放映412場，帶動商機逾新台幣280億元。", "測"),
    "ja": ("ja_JP", "2026年7月26日に閉幕し、来場者は約41万人、売上は12億5000万円以上でした。", "あ"),
}
#: What a joiner ties: a number, or any one other character.
ATOM = rf"(?:[0-9][0-9.,:]*|[^\s0-9{J}])"


def deck(language: str, path: Path, typed: bool = False) -> None:
    """A deck of text boxes, the sentence after 0 to 23 fillers, its numbers tied as the plan ties
    them (or, `typed`, as a user types them into a template: untied), then laid out as a deck is:
    lines ended before a number, every joiner dropped."""
    locale, sentence, filler = SENTENCES[language]
    prs = Presentation()
    for count in range(24):
        if count % 4 == 0:  # four boxes a slide, each clear of the next however many lines it takes
            slide = prs.slides.add_slide(prs.slide_layouts[6])
        top = Emu(200000 + count % 4 * 1650000)
        box = slide.shapes.add_textbox(Emu(400000), top, Emu(6000000), Emu(1500000))
        box.text_frame.word_wrap = True
        run = box.text_frame.paragraphs[0].add_run()
        text = filler * count + (" " if language == "ko" else "") + sentence
        run.text = text if typed else bind_cjk_numbers(text, locale)
        run.font.size = Pt(20)
        run._r.get_or_add_rPr().set("lang", locale.replace("_", "-"))
    keep_addresses_whole(prs, locale)
    drop_joiners([slide.shapes._spTree for slide in prs.slides], "a:t")
    prs.save(path)


def cut_numbers(pdf: Path, language: str) -> list[str]:
    """The numbers of the sentence a line end parts, as '1860|억'."""
    locale, sentence, _ = SENTENCES[language]
    bound = bind_cjk_numbers(sentence, locale)
    tied = re.findall(rf"{ATOM}(?:{J}{ATOM})+", bound)
    numbers = [run.replace(J, "").replace(" ", "").replace("\u00a0", "") for run in tied]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.replace(" ", "") for line in text.splitlines() if line.strip()]
    cut = []
    for first, second in itertools.pairwise(lines):
        joined = first + second
        for number in numbers:
            found = joined.find(number)
            if number not in first and number not in second and found != -1:
                cut.append(f"{joined[found : len(first)]}|{joined[len(first) : found + len(number)]}")
    return cut


@pytest.mark.slow
def test_a_deck_without_joiners_never_parts_a_number_at_a_line_end(soffice: str, tmp_path: Path) -> None:
    files, names = [], []
    for language, typed in itertools.product(SENTENCES, (False, True)):
        names.append(language)
        files.append(tmp_path / f"{language}{'-typed' if typed else ''}.pptx")
        deck(language, files[-1], typed)
    printed = "".join(Path(f).read_bytes().decode("latin-1") for f in files)
    assert J.encode().decode("latin-1") not in printed  # the deck holds no joiner: '8.6萬' is found
    (tmp_path / "pdf").mkdir()
    pdfs = libreoffice_pdfs(soffice, files, tmp_path / "pdf")
    cut = {pdf.stem: cut_numbers(pdf, language) for language, pdf in zip(names, pdfs, strict=True)}
    assert cut == {pdf.stem: [] for pdf in pdfs}
