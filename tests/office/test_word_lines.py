"""A briefing's band ends its Chinese and Japanese caption lines between words: LibreOffice set
'2026年7 / 月20日' and '来場者アンケー / ト' in its narrow cells (office/word_lines.py)."""

from __future__ import annotations

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_lines import keep_cjk_words_in_cells

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: A band cell of the reviewers' Japanese fair: 3,135 twips, its caption at 9 pt.
CAPTION = "3\u2060日間の総来場者数、2026\u2060年\u20607\u2060月\u206026\u2060日17:00\u2060時\u2060点"


def _cell(text: str, size: int = 18, width: int = 3135, extra: str = "") -> etree._Element:
    return etree.fromstring(
        f'<w:body xmlns:w="{W}"><w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
        f'<w:p>{extra}<w:r><w:rPr><w:sz w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        "</w:tc></w:tr></w:tbl></w:body>"
    )


def _lines(body: etree._Element) -> list[str]:
    lines = [""]
    for element in body.iter(qn("w:t"), qn("w:br")):
        if element.tag == qn("w:br"):
            lines.append("")
        else:
            lines[-1] += (element.text or "").replace("\u2060", "")
    return lines


def test_a_caption_in_a_band_cell_ends_its_lines_between_words() -> None:
    body = _cell(CAPTION)
    keep_cjk_words_in_cells(body, "ja_JP")
    assert _lines(body) == ["3日間の総来場者数、", "2026年7月26日17:00時点"]
    assert len(body.findall(f".//{qn('w:br')}")) == 1  # one break, in the first half's run
    assert [r.find(f"{qn('w:rPr')}/{qn('w:sz')}").get(qn("w:val")) for r in body.iter(qn("w:r"))] == [
        "18",
        "18",
    ]


def test_two_breaks_split_the_run_without_doubling_a_break() -> None:
    body = _cell("现场观众，截至2026\u2060年\u20607\u2060月\u206020\u2060日 16:00", width=2353)
    keep_cjk_words_in_cells(body, "zh_CN")
    # '截至' starts the line its date is on (word_lines._as_of_kept), the time on the next
    assert _lines(body) == ["现场观众，", "截至2026年7月20日 ", "16:00"]
    assert len(body.findall(f".//{qn('w:br')}")) == 2


def test_what_is_not_measured_or_not_cjk_is_left_to_the_renderer() -> None:
    for body, tag in [
        (_cell(CAPTION), "en_GB"),  # not Chinese or Japanese
        (_cell(CAPTION, extra='<w:pPr><w:pStyle w:val="Caption"/></w:pPr>'), "ja_JP"),  # its style's size
        (_cell(CAPTION, width=0), "ja_JP"),
        (_cell("来場者数"), "ja_JP"),  # one line
    ]:
        keep_cjk_words_in_cells(body, tag)
        assert body.find(f".//{qn('w:br')}") is None


def test_a_size_that_only_looks_like_digits_is_not_measured() -> None:
    """A template's run sized '²' (a digit to str.isdigit, not to int) stopped the build with a
    traceback; its paragraph is left to the renderer, as any size it cannot read."""
    body = etree.fromstring(etree.tostring(_cell(CAPTION)).decode().replace('w:val="18"', 'w:val="\u00b2"'))
    keep_cjk_words_in_cells(body, "ja-JP")
    assert _lines(body) == [CAPTION.replace("\u2060", "")]
