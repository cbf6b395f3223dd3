"""Measure how tall LibreOffice sets a line of each script in the bundled briefing template (the
page estimate's LINE_HEIGHTS, office/word_styles.py): one page per sample paragraph, converted to
PDF, the lines' tops read with `pdftotext -bbox-layout`; prints each sample's line pitch and its
ratio to the type size. Needs LibreOffice (soffice) and poppler's pdftotext.

    python scripts/measure_line_heights.py [OUT_DIR]
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt
from lxml import etree

from reportgen.office.ooxml import qn

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = {
    "latin": (None, "The quick brown fox jumps over the lazy dog and keeps running far away. " * 12),
    "zh_Hans": ("Noto Sans CJK SC", "本届峰会吸引了来自全球的代表参加会议并发表演讲。" * 20),
    "zh_Hant": ("Noto Sans CJK TC", "本屆峰會吸引了來自全球的代表參加會議並發表演講。" * 20),
    "ja": ("Noto Sans CJK JP", "来場者アンケートでは多くの参加者が満足したと回答しました。" * 18),
    "ko": (
        "Noto Sans CJK KR",
        "올해 박람회에는 전 세계에서 많은 관람객이 방문하여 큰 성황을 이루었습니다. " * 14,
    ),
    "mixed": ("Noto Sans CJK SC", "WAIC 2026 人工智能大会 12 万名观众 " * 20),
}


def _document(size: float, line: int, out: Path) -> Path:
    document = Document(str(ROOT / "templates" / "briefing.docx"))
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    for east_asian, text in SAMPLES.values():
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.page_break_before = True
        paragraph.paragraph_format.line_spacing = line / 240
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        if east_asian:
            properties = run._r.get_or_add_rPr()
            fonts = properties.find(qn("w:rFonts"))
            if fonts is None:
                fonts = etree.SubElement(properties, qn("w:rFonts"))
            fonts.set(qn("w:eastAsia"), east_asian)
    path = out / f"lines-{size:g}pt-{line}.docx"
    document.save(str(path))
    return path


def _pitches(docx: Path) -> list[float]:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
        check=True,
        capture_output=True,
    )
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(docx.with_suffix(".pdf")), "-"], capture_output=True, text=True
    ).stdout
    pitches = []
    for page in re.findall(r"<page.*?</page>", html, re.S):
        tops = sorted(float(y) for y in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)"', page))
        tops = [y for y in tops if 60 < y < 780]  # the body, not the header and footer
        steps = sorted(b - a for a, b in itertools.pairwise(tops))
        pitches.append(steps[len(steps) // 2] if steps else 0.0)
    return pitches


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "line-heights")
    out.mkdir(parents=True, exist_ok=True)
    for size, line in ((11.0, 240), (14.0, 240), (10.0, 276)):
        for name, pitch in zip(SAMPLES, _pitches(_document(size, line, out)), strict=True):
            ratio = pitch / size / (line / 240)
            print(f"{size:g} pt, {line / 240:.2f} lines, {name:8}: {pitch:5.1f} pt, {ratio:.3f} x size")


if __name__ == "__main__":
    main()
