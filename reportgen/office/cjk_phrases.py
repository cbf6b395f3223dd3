"""Where a Chinese or Japanese line may end: between phrases, never inside a word.

Chinese and Japanese set no spaces, and renderers break their lines between any two characters
(kinsoku aside): LibreOffice 7.4 set '总决 / 赛', '人 / 民币', '時 / 点' and 'アンケー / ト'. An editor
breaks between phrases. No character or attribute asks a renderer for that, measured in
LibreOffice 7.4's PDFs of a 10-character box holding '一二三四五六七八总决赛一二三':

- a WORD JOINER (U+2060) between the word's characters: broken in a deck and in a briefing
  (LibreOffice's CJK break iterator, i18npool's BreakIterator_CJK::getLineBreak, breaks at the
  position the line overflows, moved only by the kinsoku lists; it reads no joiner);
- U+FEFF: kept whole in a deck, with a visible gap after each character ('总 决 赛'); broken in a
  briefing;
- `eaLnBrk="0"` on `a:pPr`: broken (oox leaves the attribute unread; in the OOXML spec it is the
  kinsoku switch, not a word rule), and so with `w:kinsoku`/`w:wordWrap` off in a briefing;
- the run's East Asian language set to en-US or zxx (`altLang`, `w:lang w:eastAsia`) with
  joiners: kept whole in a briefing (its Unicode break iterator reads joiners), broken in a deck;
  and a wrong language tag misleads Word's and PowerPoint's font choice, proofing and readers.

So where a document's own layout is known (a deck's titles and text boxes, whose sizes fit.py
sets), the line is broken by us (`<a:br/>`) before the phrase the renderer would cut: a plain
line break, which PowerPoint, Word and LibreOffice all honour. The phrases come from BudouX
(Google's small phrase model for Chinese and Japanese, the one browsers use for
`word-break: auto-phrase`), made safe: a phrase of one character joins the one before it
('机器' + '人'), and no break falls inside a run of digits and Latin letters ('202|6年') nor beside
a word joiner or no-break space (data/typography.py ties a number to its unit with them).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from reportgen.data.fractions import cjk_fraction_spans
from reportgen.lazy_pattern import lazy
from reportgen.office.cjk_compounds import held_by_affix, script_words
from reportgen.office.line_ends import as_of_spans

#: The characters that tie their neighbours (data/typography.py): no break beside them.
_TIES = frozenset("\u2060\u00a0\u202f\u2011")
#: A katakana word: katakana (with its small kana and the long-vowel mark ー), two or more.
KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]{2,}")
#: A quotation's credit after it: '——' tied to the name (data/plan/quotes.py) after the marks a
#: Chinese or Japanese quotation or sentence closes with, to the paragraph's end.
CREDIT = re.compile(
    "(?<=[\u300d\u300f\u201d\u2019\u300b\u3002\uff01\uff1f\uff09])\u2014\u2014\u2060?(?=[^\u2014])"
)
#: Japanese compound particles BudouX parts ('高専チームと / して初めて'): kept whole.
#: A name set in its marks ('「星降る海のクロニクル」', '《泉州晚报》', '“森のちいさな郵便局”'): a title
#: of a work or a product, kept whole on a line where it fits (review GG: '森の / ちいさな郵便局').
#: Not a quotation: no sentence's mark inside.
NAMED = lazy(
    r"「[^「」。！？!?，,；;]{2,30}」|『[^『』。！？!?，,；;]{2,30}』|《[^《》。！？!?，,；;]{2,30}》"
    r"|〈[^〈〉。！？!?，,；;]{2,30}〉|“[^“”。！？!?，,；;]{2,30}”"
)
#: A list's items after its label ('注目を集めたタイトル：A、B、C。'): each a name, kept whole.
LISTED = re.compile(r"[：:]([^：:。！？!?]+)[。．]?$")
_ITEM_MARKS = frozenset("、，,；;「」『』《》“”（）()")
PARTICLES = re.compile("として|について|にとって|によって|に対して|に関して|に向けて|において")
#: The words an organisation's name ends with, longest first: where a credit too wide for a line
#: and one phrase to BudouX ('——国際食品産業展実行委員会') is parted, never '…実行委 / 員会'.
NAME_ENDINGS = {
    "ja": ("実行委員会", "委員会", "協議会", "協会", "財団", "組合"),
    "zh": ("组委会", "委员会", "协会", "公会"),
    "zh_Hant": ("組委會", "委員會", "協會", "公會"),
}


def language_of(tag: str) -> str:
    """'zh', 'zh_Hant' or 'ja' for a Chinese or Japanese tag; '' for any other language."""
    parts = tag.replace("_", "-").split("-")
    language = parts[0].lower()
    if language == "zh":
        rest = {p.upper() if len(p) == 2 else p.title() for p in parts[1:]}
        return "zh_Hant" if rest & {"Hant", "TW", "HK", "MO"} else "zh"
    return "ja" if language == "ja" else ""


@cache
def _parser(language: str) -> Any:
    import budoux  # imported when a Chinese or Japanese document is set, not by every build

    if language == "ja":
        return budoux.load_default_japanese_parser()
    if language == "zh_Hant":
        return budoux.load_default_traditional_chinese_parser()
    return budoux.load_default_simplified_chinese_parser()


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in {"W", "F"}


def _narrow_word(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or char in ".,:%"


def _letters(phrase: str) -> int:
    return sum(1 for c in phrase if unicodedata.category(c)[0] in "LN")


def _mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "P"


def phrase_starts(text: str, language: str) -> set[int]:
    """The offsets in `text` where a phrase starts (BudouX's), its one-character phrases put
    together ('（每', '组', '别' ... as one) and a lone one held to a neighbour, which BudouX
    often parts it from ('机器' + '人', '工具：' | '子' + '基金'); offsets count every character of
    `text`, joiners included."""
    visible = [i for i, c in enumerate(text) if unicodedata.category(c) != "Cf"]
    plain = "".join(text[i] for i in visible)
    phrases = _parser(language).parse(plain) if plain else []
    single = [_letters(p) <= 1 for p in phrases]
    starts, at = set(), 0
    for index, phrase in enumerate(phrases):
        if at:
            before = phrases[index - 1]
            in_run = single[index] and single[index - 1]
            # a lone one joins the phrase before it ('机器' + '人', '電腦' + '展'), or the one after
            # it where a mark or the text's start comes before it ('工具：' | '子' + '基金')
            lone_here = single[index] and not (index + 1 < len(phrases) and single[index + 1])
            lone_after = single[index - 1] and not (index > 1 and single[index - 2])
            opens = index < 2 or _mark(phrases[index - 2][-1])
            held = (lone_here and not _mark(before[-1])) or (lone_after and opens)
            if not in_run and not (held and not _mark(phrase[0])):
                starts.add(visible[at])
        at += len(phrase)
    return starts


def _held(text: str, at: int) -> bool:
    """Whether a tie, or a run of digits and Latin letters, holds the characters beside `at`."""
    before, after = text[at - 1], text[at]
    return before in _TIES or after in _TIES or (_narrow_word(before) and _narrow_word(after))


def _may_break(text: str, at: int, starts: set[int], language: str) -> bool:
    if _held(text, at) or held_by_affix(text, at, language):
        return False
    return text[at - 1] == " " or text[at] == " " or at in starts


def _tied(text: str) -> list[tuple[int, int]]:
    """The runs of characters a tie (a word joiner, a no-break space) or a run of digits and
    Latin letters holds together: '17:00\u2060時\u2060点', '5\u2060万\u2060元'."""
    runs, start = [], 0
    for at in range(1, len(text) + 1):
        if at == len(text) or not _held(text, at):
            if at - start > 1 and text[start:at].strip(" ") == text[start:at]:
                runs.append((start, at))
            start = at
    return [(a, b) for a, b in runs if any(_wide(c) for c in text[a:b])]


def kept_words(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of `text` a line should not end inside, as (start, end) offsets, smallest first:
    its phrases of two or more characters (Chinese and Japanese), none ending at an affix
    (office/cjk_compounds.py: '選手権', '第8回'), and the words of each by script, for a line that
    the whole phrase does not fit ('第8回瀬戸内国際', 'ジュニアテニス'); its tied runs (`_tied`) and its
    katakana words, which a phrase may hold ('ビジネスマッチングフェア' in BudouX's
    'づくりビジネスマッチングフェア2026': the smallest word cut moves, the least the line changes)."""
    if not language or not any(_wide(c) for c in text):
        return []
    starts = phrase_starts(text, language)
    credit = credit_start(text)
    if credit:
        starts.add(credit)  # BudouX's '之最。」——' is the quotation's end and the credit's dash
    words, start = [], 0
    for at in range(1, len(text) + 1):
        if at == len(text) or _may_break(text, at, starts, language):
            piece = text[start:at].strip(" ")
            if _letters(piece) > 1 and any(_wide(c) for c in piece):
                offset = start + len(text[start:at]) - len(text[start:at].lstrip(" "))
                words.append((offset, offset + len(piece)))
                # and its words by script, for a line too narrow for the whole phrase
                words += script_words(text, offset, offset + len(piece))
            start = at
    words += _tied(text)
    # an as-of label's word with its date: '截至' never ends a line its date does not start
    # (review MM's tile '觀影人次，截至' / '2026年10月25日18:00', which the PDF check named)
    words += as_of_spans(text)
    if credit:
        words += _credit_words(text, credit, starts, language)
    names = named(text)  # a phrase across a name's edge ('タイトル：星降る') gives way to the name
    words = [w for w in words if not any(_crosses(w, n) for n in names)] + names
    # a fraction kept whole, and with it the phrases it is part of ('全体の4分の' and '1を超えました'
    # hold '4分の1' between them: never '…全体の4分の' / '1を超えました', review UU1 A)
    words += cjk_fraction_spans(text)
    if language == "ja":
        words += [(m.start(), m.end()) for m in KATAKANA_WORD.finditer(text)]
        words += [(m.start(), m.end()) for m in PARTICLES.finditer(text)]
    return sorted(set(words), key=lambda span: (span[1] - span[0], span[0]))


def credit_start(text: str) -> int:
    """Where a quotation's credit starts in `text` (its dash), or 0 where it has none."""
    found = list(CREDIT.finditer(text))
    return found[-1].start() if found else 0


def _credit_words(text: str, credit: int, starts: set[int], language: str) -> list[tuple[int, int]]:
    """A credit kept whole ('——泉州国际马拉松组委会', never '…马拉松 / 组委会'), and, for a line
    too narrow for it, its halves at the phrase start that parts it most evenly ('——中華民國 /
    對外貿易發展協會', never '…發展 / 協會')."""
    ending = next((e for e in NAME_ENDINGS.get(language, ()) if text.endswith(e)), "")
    inside = [at for at in sorted(starts) if credit + 3 < at < len(text) - 1]
    if ending and credit + 3 < len(text) - len(ending):
        inside.append(len(text) - len(ending))  # '——国際食品産業展 / 実行委員会', a phrase to BudouX
    spans = [(credit, len(text))]
    if inside:
        middle = min(inside, key=lambda at: abs((at - credit) - (len(text) - at)))
        spans += [(credit, middle), (middle, len(text))]
    return spans


def named(text: str) -> list[tuple[int, int]]:
    """The spans of the names in `text`: each set in its marks (`NAMED`, with them), and each item
    of a list after its label, where it lists two or more (`LISTED`: '…タイトル：星降る海のクロニクル、
    …、森のちいさな郵便局。'; an item with a mark of its own inside is no name)."""
    spans = [(m.start(), m.end()) for m in NAMED.finditer(text)]
    listed = LISTED.search(text)
    if listed is None:
        return spans
    items, at = [], listed.start(1)
    for item in listed.group(1).split("、"):
        if item.strip() and not _ITEM_MARKS & set(item):
            end = at + len(item)  # with its '、', which no line starts with: a line holds both
            items.append((at, end + 1 if text[end : end + 1] in ("、", "。", "．") else end))
        at += len(item) + 1
    return spans + (items if len(items) > 1 else [])


def _crosses(span: tuple[int, int], name: tuple[int, int]) -> bool:
    """Whether `span` starts outside `name` and ends inside it, or the other way round."""
    return span[0] < name[0] < span[1] < name[1] or name[0] < span[0] < name[1] < span[1]
