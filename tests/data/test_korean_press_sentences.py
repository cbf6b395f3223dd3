"""Korean (and Japanese, Chinese) sentences a press office writes (review DD, Busan game show):

- a person's role that starts with Latin letters or digits ('B2B 수출상담회 결과를 평가했다') is
  still the sentence's predicate: the name takes its topic particle and the sentence its full stop,
  never 'XX 부회장, B2B 수출상담회 결과를 평가했다';
- 'nearly' before the copula reads as a verb: '1,480명에 가까웠다', never '1,480명 가까이였다';
- a qualifier after an amount ('1860억 원 이상') stays on the amount's line of a tile;
- validate's example sentence is in the event file's language, in all 13.

The documents are built from the reviewer's own event and read back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data import hint_examples, sentences, wording
from reportgen.data.prepare import prepare_editions
from reportgen.data.sentences import person
from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES
from .test_cjk_sentences import _texts  # a document's paragraphs, joiners removed

REVIEWS = ROOT / "tests" / "data" / "review_events"
BUSAN = REVIEWS / "busan-game-show-ko-kr.yaml"


@pytest.mark.parametrize(
    ("name", "titles", "role", "locale", "expected"),
    [
        (
            "최서연",
            ["한국게임산업협회 부회장"],
            "B2B 수출상담회 결과를 평가했다",
            "ko_KR",
            "최서연 한국게임산업협회 부회장은 B2B 수출상담회 결과를 평가했다.",
        ),
        ("최서연", [], "AI 세션을 진행했다", "ko_KR", "최서연은 AI 세션을 진행했다."),
        ("김도윤", ["원장"], "2027년 계획을 발표했다", "ko_KR", "김도윤 원장은 2027년 계획을 발표했다."),
        (
            "山田花子",
            ["協会副会長"],
            "B2B商談会の結果を評価した",
            "ja_JP",
            "山田花子（協会副会長）はB2B商談会の結果を評価した。",
        ),
        ("张伟", ["协会副会长"], "B2B洽谈会成果", "zh_CN", "协会副会长张伟B2B洽谈会成果。"),
    ],
)
def test_a_cjk_role_starting_with_latin_letters_or_digits_is_the_predicate(
    name: str, titles: list[str], role: str, locale: str, expected: str
) -> None:
    assert person(name, titles, role, locale) == expected


@dataclass(frozen=True)
class _Figure:
    label: str
    unit: str | None
    currency: str | None
    qualifier: str
    text: str
    as_of_text: str = ""
    note: str | None = None

    @property
    def value_text(self) -> str:
        return self.text

    @property
    def text_full(self) -> str:
        return self.text

    @property
    def label_names_unit(self) -> bool:
        return False


@pytest.mark.parametrize(
    ("qualifier", "text", "polite", "expected"),
    [
        ("nearly", "1,480명 가까이", False, "해외 바이어는 1,480명에 가까웠다."),
        ("nearly", "1,480명 가까이", True, "해외 바이어는 1,480명에 가까웠습니다."),
        ("nearly", "3만 8400명 가까이", False, "해외 바이어는 3만 8400명에 가까웠다."),
        # the copula is natural after the other qualifiers
        ("more than", "1,480명 이상", False, "해외 바이어는 1,480명 이상이었다."),
        ("about", "약 1,480명", True, "해외 바이어는 약 1,480명이었습니다."),
        ("less_than", "1,480명 미만", False, "해외 바이어는 1,480명 미만이었다."),
    ],
)
def test_a_korean_qualifier_before_the_copula_reads_as_korean_writes_it(
    qualifier: str, text: str, polite: bool, expected: str
) -> None:
    fig = _Figure("해외 바이어", "명", None, qualifier, text.replace(" ", "\u00a0"))
    said = sentences.figure(fig, "ko_KR", polite=polite)
    assert said.text.replace("\u00a0", " ") == expected
    assert re.sub(r"\D", "", said.value) == "1480" or "8400" in said.value  # the number is the value


@pytest.mark.parametrize(
    ("event", "amount"),
    [
        ("busan-game-show-ko-kr", "1860억 원 이상"),
        ("robot-expo-ko", "3850억 원 이상"),
        ("anime-expo-ja", "12億5000万円以上"),
    ],
)
def test_a_qualifier_after_an_amount_stays_on_the_tile_s_number_line(event: str, amount: str) -> None:
    """'1860억 원' / '이상' set the qualifier alone on a line beside '120만 회 이상' (review DD)."""
    derived = prepare_editions(REVIEWS / f"{event}.yaml", None)[0].derived
    parts = {f.amount_text: (f.amount_head, f.amount_tail) for f in derived.figures.values() if f.currency}
    assert parts[amount] == (amount, "")  # the number's line holds it whole


@pytest.fixture(scope="module")
def busan_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("busan")
    build(BUSAN, Settings.simple(out, TEMPLATES))
    return out


@pytest.fixture(scope="module")
def busan_deck(busan_built: Path) -> Path:
    return next(busan_built.rglob("*.pptx"))


@pytest.fixture(scope="module")
def busan(busan_built: Path) -> tuple[list[str], list[str]]:
    return _texts(busan_built)


def test_busan_prints_the_korean_sentences_in_both_documents(busan: tuple[list[str], list[str]]) -> None:
    for texts in busan:
        joined = "\n".join(texts)
        assert "최서연 한국게임산업협회 부회장은 B2B 수출상담회 결과를 평가했다." in joined
        assert "부회장, B2B" not in joined
        assert "가까이였" not in joined and "가까이이었" not in joined
    assert any("1,480명에 가까웠다." in t for t in busan[0] + busan[1])


#: A word of English in another language's example: none may be printed there.
_ENGLISH = re.compile(r"\b(?:The|winner|took|home|Visitors|visitors)\b")
_LOCALES = ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL", "pl_PL", "sv_SE", "ja_JP"]
_LOCALES += ["ko_KR", "zh_CN", "zh_TW"]
_SCRIPT = {"ko": "[가-힣]", "ja": "[\u3040-\u30ff\u4e00-\u9fff]", "zh": "[\u4e00-\u9fff]"}


@pytest.mark.parametrize("locale", _LOCALES)
def test_validate_s_example_sentence_is_in_the_file_s_language(locale: str) -> None:
    said = wording.label_value_warning("a.b", "라벨: 1", locale)
    example = said.split("`sentence: ", 1)[1]
    assert "{value}" in example
    assert bool(_ENGLISH.search(example)) == locale.startswith("en"), example
    script = _SCRIPT.get(locale[:2])
    if script:
        assert re.search(script, example), example
    if locale == "zh_TW":
        assert example != wording.label_value_warning("a.b", "x: 1", "zh_CN").split("`sentence: ", 1)[1]


@pytest.mark.parametrize("locale", _LOCALES)
@pytest.mark.parametrize("table", [hint_examples.YEAR_LABELS, hint_examples.UNITS])
def test_validate_s_example_label_and_unit_are_in_the_file_s_language(locale: str, table: dict) -> None:
    said = hint_examples.example(table, locale)
    assert bool(_ENGLISH.search(said)) == locale.startswith("en"), said
    script = _SCRIPT.get(locale[:2])
    assert not script or re.search(script, said), said


def _row_sizes(pptx: Path) -> list[set[str]]:
    """Per row of a slide's key-figure tiles, the sizes its numbers (the bold runs) are set at."""
    rows: list[set[str]] = []
    for slide in Presentation(str(pptx)).slides:
        tops: dict[int, set[str]] = {}
        for shape in slide.shapes:
            if shape.name.startswith("Key figure") and shape.has_text_frame and shape.text_frame.text.strip():
                sizes = {r.get("sz") for r in shape._element.iter(qn("a:rPr")) if r.get("b") == "1"}
                tops.setdefault(round(shape.top / 50000), set()).update(sizes)
        rows += tops.values()
    return rows


def test_the_numbers_of_a_row_of_tiles_share_one_size(busan_deck: Path) -> None:
    """Busan slide 3: '120만 회 이상' shrunk beside '2,870건' at full size (review DD)."""
    rows = _row_sizes(busan_deck)
    assert rows and all(len(sizes) == 1 for sizes in rows), rows


@pytest.mark.parametrize(
    ("tail", "clause", "expected"),
    [
        ("에 가까웠다.", ", 이 중 온라인 3850만 회", " 가까이, 이 중 온라인 3850만 회였다."),
        ("에 가까웠습니다.", ", 이 중 해외 200명", " 가까이, 이 중 해외 200명이었습니다."),
    ],
)
def test_a_breakdown_after_nearly_takes_the_copula_after_its_clause(
    tail: str, clause: str, expected: str
) -> None:
    """'…1,480명에 가까웠다, 이 중 …' would end the sentence before its clause."""
    assert sentences.with_clause(tail, clause, ".") == expected
