"""The words inside a Chinese or Japanese phrase: where a line may end when a whole phrase does
not fit one, and the one-character affixes that never part from their word.

BudouX (office/cjk_phrases.py) finds phrases, not words, and a title's phrase is often wider than
its line: '第8回瀬戸内国際ジュニアテニス選手権' is one phrase, and the line was ended where it
overflowed, '…テニス選手 / 権' (review O). An editor ends it between the words of the compound:
where its script changes (kanji and the digits of a counter, katakana: '第8回瀬戸内国際 /
ジュニアテニス / 選手権'), and never before a one-character suffix of the word before it (権 of
選手権, 会 of 大会, 者, 率, 額...) nor after a prefix (第 of 第8回, 約, 各). The affixes are an
allow-list per language, from the corpus's titles and tiles; a character not on it is judged by
the phrase model alone.
"""

from __future__ import annotations

import re
import unicodedata

from reportgen.lazy_pattern import lazy

#: One-character suffixes that end a compound noun ('選手権', '大会', '決勝戦', '来場者', '成長率',
#: '総額', '人数', '3万人', '24名', '500億円'): never the first character of a line after a
#: kanji or hanzi. Chinese 届 closes the word it counts ('本届', '上届', '历届', '第八届'), which
#: BudouX's Chinese model parts ('创历 / 届新高', review GG).
SUFFIXES = {
    "ja": frozenset("権会戦者性化率額数人名円万億賞展祭館"),
    "zh": frozenset("权会战者性化率额数人名元万亿赛展节奖馆届"),
    "zh_Hant": frozenset("權會戰者性化率額數人名元萬億賽展節獎館屆"),
}
#: One-character prefixes of a number or a compound ('第8回', '約3割', '各国'): never the last
#: character of a line.
PREFIXES = {
    "ja": frozenset("第約各全総"),
    "zh": frozenset("第约各全总"),
    "zh_Hant": frozenset("第約各全總"),
}
#: Compound endings of more than one character that a line never parts ('图书博 / 览会' in the
#: zh book fair's title, where the suffix 会 alone held only '览会'): the event nouns of the
#: corpus's titles and tiles.
COMPOUNDS = {
    "ja": ("選手権", "博覧会", "展示会", "見本市", "委員会", "運動会", "研究会", "決勝戦"),
    "zh": (
        "博览会",
        "展览会",
        "交易会",
        "运动会",
        "研讨会",
        "委员会",
        "组委会",
        "锦标赛",
        "总决赛",
        "挑战赛",
    ),
    "zh_Hant": (
        "博覽會",
        "展覽會",
        "交易會",
        "運動會",
        "研討會",
        "委員會",
        "組委會",
        "錦標賽",
        "總決賽",
        "挑戰賽",
    ),
}
_IDEOGRAPH = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")


def _visible_before(text: str, at: int) -> str:
    """The last character before `at` that is not a joiner (U+2060 and its kin: format characters)."""
    for char in reversed(text[:at]):
        if char not in "\u2060\ufeff\u200b":
            return char
    return ""


def held_by_affix(text: str, at: int, language: str) -> bool:
    """Whether a line may not end at `at` because an affix holds the characters beside it: a
    suffix after an ideograph ('選手|権'), or a prefix before anything but a space or a mark ('第|8')."""
    if not 0 < at < len(text) or language not in SUFFIXES:
        return False
    before, after = _visible_before(text, at), text[at]
    if _inside_compound(text, at, language):
        return True
    if after in SUFFIXES[language] and _IDEOGRAPH.fullmatch(before or " "):
        return True
    return before in PREFIXES[language] and (after.isalnum() or after == "\u2060")


def _inside_compound(text: str, at: int, language: str) -> bool:
    """Whether `at` falls between two characters of one of the language's COMPOUNDS."""
    for word in COMPOUNDS.get(language, ()):
        start = text.find(word, max(0, at - len(word) + 1))
        while 0 <= start < at:
            if start + len(word) > at:
                return True
            start = text.find(word, start + 1)
    return False


def _script(char: str) -> str:
    """'K' for kanji and hanzi, 'A' for katakana, 'N' for digits and Latin letters, 'H' for
    hiragana (it ends the word before it), '' otherwise (marks, spaces)."""
    if _KATAKANA.fullmatch(char):
        return "A"
    if _HIRAGANA.fullmatch(char):
        return "H"
    if _IDEOGRAPH.fullmatch(char):
        return "K"
    return "N" if (char.isascii() and char.isalnum()) or char in ".,%" else ""


def script_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of `text[start:end]` by script, as (start, end) spans of two or more characters:
    runs of kanji, of katakana or of digits and Latin letters, each with the hiragana after it
    ('TAC2026' / '来場者' / 'アンケート'). A number tied to its counter by a word joiner stays
    one word with it ('8\u2060回', data/typography.py), and a prefix holds what follows it
    (`held_by_affix`: '第8回'). One span, the whole, where the phrase is of one script
    (Chinese): its characters are then parted only where `held_by_affix` lets them."""
    spans: list[tuple[int, int]] = []
    word_start, previous = start, ""
    for at in range(start, end):
        if unicodedata.category(text[at]) == "Cf":
            continue  # a joiner is of the script of the character before it
        script = _script(text[at])
        tied = text[at - 1] in "\u2060\u00a0\u202f" if at > start else False  # '8\u2060回'
        if script in ("K", "A", "N") and script != previous and at > word_start and not tied:
            spans.append((word_start, at))  # another script after a word starts a word
            word_start = at
        previous = script
    spans.append((word_start, end))
    return [(a, b) for a, b in spans if b - a > 1]
