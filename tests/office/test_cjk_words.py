"""A Chinese or Japanese word is never cut at a line end in a deck's titles and tiles: reviewers
saw '関西ものづくりビジネスマッチングフェ / ア 2026', '…挑战赛总决 / 赛' and '17:00時 / 点'
(LibreOffice breaks between any two CJK characters and honours no joiner between them:
office/cjk_phrases.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.cjk_words import line_breaks
from reportgen.office.powerpoint.slide_lines import break_before

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built

TITLE = "関西ものづくりビジネスマッチングフェア2026"
#: The title slide's name box: 809 pt wide less its insets, at 44 pt: 18 kana to a line.
TITLE_EM = (809 - 14.4) / 44


@pytest.mark.parametrize(
    ("text", "width_em", "language", "breaks"),
    [
        (TITLE, TITLE_EM, "ja", [7]),  # before ビジネスマッチングフェア, not between フェ and ア
        (TITLE, 30, "ja", []),  # one line: nothing to do
        ("来場者アンケートによる推計", 7, "ja", [3, 9]),  # never 'アンケー / ト'
        ("海外ファン向けの企画が好評でした", 9, "ja", [8]),
        # a word wider than a line is broken as the renderer would break it
        ("アイウエオカキクケコサシスセソ", 6, "ja", [5, 10]),
        # the reviewers' Chinese title: never '…挑战赛总决 / 赛'
        ("2026全国青少年机器人创新挑战赛总决赛", 18.5, "zh", [17]),
        ("最佳创新奖奖金最多5\u2060万\u2060元\u2060人\u2060民\u2060币", 12, "zh", [9]),  # not '人 / 民币'
        # a tile's label: never '17:00時 / 点' (LibreOffice breaks at the joiner between 時 and 点)
        (
            "3\u2060日間の総来場者数、2026\u2060年\u20607\u2060月\u206026\u2060日17:00\u2060時\u2060点",
            16.4,
            "ja",
            [11],
        ),
        ("台北國際電腦展閉幕典禮今天舉行", 8, "zh_Hant", [7, 13]),
        # WAIC's title: never '金融工具：子 / 基金' (BudouX parts '子' from '基金'; a line may end at '：')
        ("闭幕时的第二场启动仪式推出两项面向新赛道产业的金融工具：子基金和信贷支持", 30.6, "zh", [28]),
        ("The Tokyo summit", 5, "ja", []),  # no Chinese or Japanese: spaces break it
        ("总决赛", 5, "", []),  # a language without phrases
    ],
)
def test_every_line_ends_between_words(text: str, width_em: float, language: str, breaks: list[int]) -> None:
    assert line_breaks(text, width_em, language) == breaks


def test_the_break_splits_the_run_and_keeps_its_look() -> None:
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    p = etree.fromstring(
        f'<a:p xmlns:a="{a}"><a:r><a:rPr sz="4400" b="1"/><a:t>関西</a:t></a:r>'
        f'<a:r><a:rPr sz="4400" b="1"/><a:t>ものづくりビジネス</a:t></a:r></a:p>'
    )
    break_before(p, 7)
    assert [(c.tag.split("}")[1], c.findtext(qn("a:t"))) for c in p] == [
        ("r", "関西"),
        ("r", "ものづくり"),
        ("br", None),
        ("r", "ビジネス"),
    ]
    assert p[2].find(qn("a:rPr")).get("sz") == "4400"  # the break's line is as high as its text's


@pytest.mark.slow
def test_the_fairs_title_keeps_its_word_whole_in_libreoffices_pdf(soffice: str, tmp_path: Path) -> None:
    """Measured where it was seen: the title slide of the LibreOffice PDF."""
    _, deck = built(ROOT / "tests" / "events" / "languages" / "osaka-business-matching-2026.yaml", tmp_path)
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [deck], tmp_path / "pdf")
    page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.replace(" ", "") for line in page.splitlines() if line.strip()]
    assert "関西ものづくり" in lines and "ビジネスマッチングフェア2026" in lines, lines


def _lines(text: str, width_em: float, language: str) -> list[str]:
    breaks = line_breaks(text, width_em, language)
    return [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]


#: The quotations of reviews CC and DD (Taipei slide 4, the marathon's statement slide), with their
#: credits as the plan writes them ('——' tied to the name by a word joiner), at their boxes' widths.
TAIPEI_QUOTE = (
    "「今年共有1,520\u2060家廠商參展，使用5,800\u2060個攤位，規模為歷屆之最。」"
    "——\u2060中華民國對外貿易發展協會"
)
MARATHON_QUOTE = "“本届赛事共有28640\u2060名选手完赛，创历届新高。”——\u2060泉州国际马拉松组委会"


def test_a_quotation_ends_its_line_before_a_credit_that_does_not_fit_after_it() -> None:
    # never '規模為歷屆 / 之最。」——中華民國對外 / 貿易發展協會': the quotation's end and the credit
    # were one phrase (BudouX's '之最。」——' tied to the name), so a line ended half empty before it
    assert _lines(TAIPEI_QUOTE, 13.3, "zh_Hant")[-3:] == [
        "規模為歷屆之最。」",
        "——\u2060中華民國",
        "對外貿易發展協會",
    ]


def test_a_credit_that_fits_a_line_is_kept_whole() -> None:
    # never '——泉州国际马拉松 / 组委会'
    assert _lines(MARATHON_QUOTE, 18.6, "zh")[-1] == "——\u2060泉州国际马拉松组委会"
    assert _lines("「会場の熱気は予想以上でした。」——\u2060関西ものづくり実行委員会", 16, "ja")[-1] == (
        "——\u2060関西ものづくり実行委員会"
    )


def test_a_line_of_cjk_characters_only_fills_its_width() -> None:
    # review DD: '過去最多を / 記録しました。」' in a panel 13.4 ems wide, each line a character short
    quote = (
        "「4\u2060日間の総来場者数は12\u2060万\u20606480\u2060人となり、過去最多を記録しました。」"
        "——\u2060国際食品産業展実行委員会"
    )
    assert _lines(quote, 13.4, "ja")[-3:] == [
        "過去最多を記録しました。」",
        "——\u2060国際食品産業展",
        "実行委員会",
    ]
    # never 'と / して', a compound particle BudouX parts
    robots = "舞鶴高専「まいロボ」（準優勝チーム）は高専チームとして初めて決勝に進んだ。"
    assert all(not line.startswith("して") for line in _lines(robots, 25.4, "ja"))
    assert _lines("中華民國對外貿易發展協會董事長", 13.4, "zh_Hant") == ["中華民國對外貿易發展協會", "董事長"]


def test_a_credit_on_a_line_of_its_own_breaks_between_its_words(tmp_path: Path) -> None:
    """Review LL: a quotation's credit, set on its own line and a step smaller, was left to the
    renderer: '——日本・ASEANスタートアップ共創ビ / ジネスサミット実行委員会' on the slide."""
    from pptx import Presentation

    from reportgen.office.cjk_phrases import kept_words
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    from ..conftest import TEMPLATES

    event = ROOT / "tests" / "events" / "languages" / "jass-fukuoka-ja.yaml"
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    credits = []
    for slide in deck.slides:
        for shape in slide.shapes:
            for p in shape.text_frame.paragraphs if shape.has_text_frame else ():
                lines = "".join(
                    "\n" if e.tag == qn("a:br") else "".join(t.text or "" for t in e.iter(qn("a:t")))
                    for e in p._p
                ).split("\n")
                at = next((i for i, line in enumerate(lines) if line.startswith("——")), None)
                if at is not None and "実行委員会" in lines[-1]:
                    credits.append(lines[at:])
    assert credits, "the slide's credit"
    for lines in credits:
        credit = "".join(lines)
        assert len(lines) > 1, lines  # wider than its column: our lines, not the renderer's
        ends = [sum(len(line) for line in lines[: i + 1]) for i in range(len(lines) - 1)]
        spans = [s for s in kept_words(credit, "ja") if s != (0, len(credit))]  # its words, not itself
        cut = {credit[a:b] for a, b in spans if any(a < end < b for end in ends)}
        assert not cut, (lines, cut)
