"""A name is kept whole on a line where it fits, in a Chinese or Japanese deck's text: a title in
its marks ('『森のちいさな郵便局』', '《星海编年史》') and each item a list names after its label
(review GG: the showcase's slide 4 set '森の / ちいさな郵便局', a game's title broken in two)."""

from __future__ import annotations

import pytest

from reportgen.office.cjk_phrases import named
from reportgen.office.powerpoint.cjk_words import line_breaks

LISTED = (
    "注目を集めたタイトル：星降る海のクロニクル、ドラゴンバレー・リマスター、"
    "ネオ東京レーサーズ2、森のちいさな郵便局。"
)
MARKED_JA = "発表会では『森のちいさな郵便局』の続編が初公開され、会場は大きな拍手に包まれました。"
MARKED_ZH = "发布会上，《星海编年史》续作首次亮相，现场观众反响热烈，多家媒体进行了报道。"


def _lines(text: str, width: float, language: str) -> list[str]:
    breaks = line_breaks(text, width, language)
    return [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]


@pytest.mark.parametrize("width", range(12, 37))
@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (LISTED, "ja", ("星降る海のクロニクル", "ネオ東京レーサーズ2", "森のちいさな郵便局")),
        (MARKED_JA, "ja", ("『森のちいさな郵便局』",)),
        (MARKED_ZH, "zh", ("《星海编年史》",)),
    ],
)
def test_a_name_that_fits_a_line_is_never_broken(
    text: str, language: str, names: tuple[str, ...], width: int
) -> None:
    lines = _lines(text, width, language)
    for name in names:
        assert any(name in line for line in lines), (name, lines)


def test_a_quotation_in_its_marks_is_no_name() -> None:
    quoted = "「2日間の総視聴回数は1億2800万回を超え、過去最多となりました。」——ネクストプレイ実行委員会"
    assert named(quoted) == []
