"""A Chinese or Japanese title's line never ends inside a compound word (review O): BudouX's
phrase '第8回瀬戸内国際ジュニアテニス選手権' is wider than a title's line, and the line was ended
where it overflowed, '…テニス選手 / 権'. Real titles from the corpus, set at every width."""

from __future__ import annotations

import itertools

import pytest
import yaml

from reportgen.data.typography import bind_cjk_numbers
from reportgen.office.cjk_compounds import held_by_affix, script_words
from reportgen.office.powerpoint.cjk_words import line_breaks
from reportgen.office.powerpoint.fit import text_em

from ..conftest import ROOT

CORPUS = [
    *sorted((ROOT / "tests" / "data" / "review_events").glob("*.yaml")),
    *sorted((ROOT / "tests" / "events").glob("*.yaml")),
    *sorted((ROOT / "tests" / "events" / "languages").glob("*.yaml")),
]
#: Words an editor never parts, as they stand in the corpus's titles.
WORDS = {
    "ja": ["選手権", "第8回", "大会", "展示会", "実行委員会", "来場者", "入場者数", "経済波及効果"],
    "zh": ["总决赛", "挑战赛", "博览会", "组委会", "机器人", "参赛者", "第十", "第1"],
}


def _titles() -> list[tuple[str, str]]:
    """(language, title) for each name, section title and source title of the corpus's Chinese
    and Japanese events, with their numbers tied as the documents tie them."""
    found = []
    for path in CORPUS:
        event = yaml.safe_load(path.read_text(encoding="utf-8"))
        locale = str((event.get("formatting") or {}).get("locale", ""))
        language = locale[:2]
        if language not in WORDS:
            continue
        texts = [event["event"].get("name", "")]
        texts += [s.get("title", "") for s in (event.get("sections") or {}).values()]
        texts += [s.get("title", "") for s in (event.get("sources") or {}).values()]
        found += [(language, bind_cjk_numbers(t, locale)) for t in texts if isinstance(t, str) and t]
    return found


def _fits(word: str, width: float) -> bool:
    """Whether `word` fits a line `width` ems wide on its own, as line_breaks fills a line."""
    return text_em(word) * 1.2 <= width * 0.96


def _lines(text: str, width: float, language: str) -> list[str]:
    breaks = line_breaks(text, width, language)
    return [text[a:b].replace("\u2060", "") for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]


def test_the_corpus_has_titles_in_both_languages() -> None:
    languages = [language for language, _ in _titles()]
    assert languages.count("ja") >= 10 and languages.count("zh") >= 10


@pytest.mark.parametrize("width", range(10, 26))  # a title line: 10 to 25 ems
def test_no_title_line_ends_inside_a_compound(width: int) -> None:
    cut = []
    for language, title in _titles():
        lines = _lines(title, width, language)
        for first, second in itertools.pairwise(lines):
            joined = first + second
            cut += [
                (w, first, second)
                for w in WORDS[language]
                if w in joined and w not in first and w not in second and _fits(w, width)
            ]
    assert cut == []


def test_the_setouchi_title_ends_its_line_between_the_words_of_its_compound() -> None:
    title = bind_cjk_numbers("第8回瀬戸内国際ジュニアテニス選手権", "ja_JP")
    assert _lines(title, 17, "ja") == ["第8回瀬戸内国際ジュニアテニス", "選手権"]
    assert _lines(title, 12, "ja") == ["第8回瀬戸内国際", "ジュニアテニス選手権"]


def test_an_affix_holds_its_word_and_the_scripts_part_a_compound() -> None:
    text = bind_cjk_numbers("第8回瀬戸内国際ジュニアテニス選手権が", "ja_JP")
    words = [text[a:b].replace("\u2060", "") for a, b in script_words(text, 0, len(text))]
    assert words == ["8回瀬戸内国際", "ジュニアテニス", "選手権が"]  # '第' holds '8' as an affix
    assert held_by_affix("選手権", 2, "ja") and held_by_affix("第8回", 1, "ja")
    assert not held_by_affix("の権利", 1, "ja")  # 権 after a kana starts its own word
    assert not held_by_affix("选手权", 2, "en")  # other languages are not judged
