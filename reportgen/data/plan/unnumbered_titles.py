"""A chart slide's title without the number a bar of its chart prints again, where the title says
its finding in words beside that number (round 21: a document check, since removed, named 41
titles in 35 of 119 corpus decks). The number is a phrase the finding leans on, in one
of these shapes, in any language; the title keeps the finding, the bar gives the number:

- a phrase after the finding: 'Allemagne et Espagne en tête avec 212 et 187 délégués', 'Marathon
  first, with 39,870', 'Deutschland an der Spitze: 820', '主论坛居首（4,200）' (a preposition, a
  colon or brackets, and the numbers with their unit and qualifier);
- a phrase before it: 'Con 41,750 visitantes, 2026 superó en casi la mitad la edición de 2019';
- an amount and then, after a comma, its finding in words, which takes the amount's place: 'Saturday
  drew 62,000 festival-goers, a third of the four-day total' ('Saturday drew a third of …'),
  '消费电子意向成交额约42亿元，居各品类之首' ('消费电子意向成交额居各品类之首');
- a Japanese or Korean amount set in the clause by its particle: '…入場者は1万900人で、大会期間中で
  最も多くなりました', '… 공연이 21만 4000명으로 가장 많은 관람객을 모았다'.

A title whose number is its finding ('España aportó 980 de los 1.450 expositores') has no words
to keep: it stays as it is (plan/title_echoes.py tries its section's words first)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from reportgen.data.model import Qualifier as Q
from reportgen.data.qualifier_words import says_qualifier
from reportgen.data.title_numbers import Number, among, seen, spans_among
from reportgen.lazy_pattern import lazy, of_script

#: The words that join a number phrase to the finding before it, by language: 'with 39,870'.
_WITH = r"with|mit|avec|con|com|met|med|z|ze"
#: A finding's words after a comma that take an amount's place ('…, a third of the total', '…,
#: ruim een kwart van alle bezoeken'): a share, a comparison, a multiple. Lower case.
_IN_WORDS = (
    "a third", "a quarter", "a fifth", "a tenth", "half", "two thirds", "three quarters", "more than",
    "nearly", "almost", "twice", "double", "three times", "most of", "the most", "the largest",
    "ruim", "bijna", "meer dan", "een kwart", "een derde", "een vijfde", "de helft", "twee keer",
    "mehr als", "knapp", "ein viertel", "ein drittel", "die hälfte", "doppelt so",
    "plus de", "plus que", "près de", "presque", "un quart", "un tiers", "la moitié", "deux fois",
    "más de", "más que", "casi", "un cuarto", "un tercio", "la mitad", "el doble",
    "più di", "più che", "quasi", "un quarto", "un terzo", "la metà", "il doppio",
    "mais de", "mais que", "quase", "um quarto", "um terço", "metade", "o dobro",
    "mer än", "nästan", "en fjärdedel", "en tredjedel", "hälften", "dubbelt så",
    "mere end", "næsten", "en fjerdedel", "halvdelen", "mer enn", "nesten", "halvparten",
    "ponad", "prawie", "jedną czwartą", "jedną trzecią", "połowę", "dwa razy",
)  # fmt: skip
#: Chinese and Japanese words that lead an amount ('约', '达', '共'): they go with it.
_CJK_LEADS = "约約达達为為共逾近超过過"
#: Where a phrase of numbers joins the finding before it: a preposition, a colon, a comma, brackets.
_JOINED = re.compile(rf"(?:,?\s+(?:{_WITH})\s+|[:,]\s+|\s*[（(])")
_CJK = of_script(r"[\u3040-\u30ff\u4e00-\u9fff]", "\u3040")
_HANGUL = lazy(r"[\uac00-\ud7a3]")
#: The most words an amount's unit takes after it ('festival-goers', 'of the delegates').
_UNIT_WORDS = 3
#: The fewest words (or CJK characters) a title keeps without its number: a finding, not a name.
_MIN_WORDS = 2
_MIN_WIDE = 5


def unnumbered(title: str, printed: set[Number], locale: str, names: tuple[str, ...] = ()) -> str:
    """`title` without the numbers among `printed` (a chart's bars'), its finding in words; ''
    where it prints none of them, or no shape above fits, or what is left is no finding, or what
    it would cut names one of `names` (the chart's categories): 'Pedersoli terzo a 19,2' after
    'Crugnola ha chiuso secondo a 8,7 secondi' is a clause of its own, the podium's third place,
    not a number phrase (review YY2 #3: cut, it was said nowhere on the slide)."""
    plain = seen(title).strip()
    spans = spans_among(plain, printed, locale)
    if not spans:
        return ""
    for shape in (_after, _before, _in_its_place, _particle):
        kept = shape(plain, spans, locale)
        if kept and _finding(kept) and not among(kept, printed, locale) and not names_cut(plain, kept, names):
            return kept
    return ""


def names_cut(plain: str, kept: str, names: tuple[str, ...]) -> bool:
    """Whether the words `kept` leaves of `plain` name a category of `names`: one of its words
    of four letters or more, or a Chinese or Japanese name whole."""
    cut = Counter(_WORD.findall(plain.casefold())) - Counter(_WORD.findall(kept.casefold()))
    for name in names:
        folded = name.casefold()
        if _CJK.search(folded):
            if folded in plain.casefold() and folded not in kept.casefold():
                return True
            continue
        if any(cut[w] for w in _WORD.findall(folded) if len(w) >= _NAME_LETTERS):
            return True
    return False


def named_words(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The words by which `text` names a category of `names` (casefolded): a category's word of
    four letters or more that it says, or a Chinese or Japanese name it says whole."""
    folded = text.casefold()
    said = set(_WORD.findall(folded))
    out: list[str] = []
    for name in names:
        name = name.casefold()
        if _CJK.search(name):
            out += [name] if name in folded else []
            continue
        out += [w for w in _WORD.findall(name) if len(w) >= _NAME_LETTERS and w in said]
    return tuple(dict.fromkeys(out))


#: A word, and the fewest letters of a category's word that names it ('Pedersoli', not 'di').
_WORD = re.compile(r"[^\W\d_]+")
_NAME_LETTERS = 4


def _finding(text: str) -> bool:
    if _CJK.search(text) or (_HANGUL.search(text) and " " not in text):
        return len(text) >= _MIN_WIDE
    return len(text.split()) >= _MIN_WORDS


def _numbers_only(text: str, spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `text` (at `offset` of its title) is the numbers at `spans`, their qualifiers, units
    and joining words: at most one word of letters for each number beside them."""
    rest = text
    for start, end in sorted(spans, reverse=True):
        if offset <= start and end <= offset + len(text):
            rest = rest[: start - offset] + " " + rest[end - offset :]
    if rest == text:
        return False
    rest = re.sub(r"\d(?:[\d.,'’\s]*\d)?", " ", rest)  # a number no bar prints: the whole ('su 1240')
    words = re.findall(r"[^\W\d_]+", rest)
    return len(words) <= 2 * len(spans) + 1


def _after(plain: str, spans: list[tuple[int, int]], locale: str) -> str:
    """The finding before a phrase of the numbers: 'X en tête avec 212 et 187 délégués', 'X first,
    with 39,870', 'X an der Spitze: 820', 'X居首（4,200）'."""
    for joined in reversed(list(_JOINED.finditer(plain))):
        tail = plain[joined.end() :]
        if joined.start() and _numbers_only(tail.rstrip("）)"), spans, joined.end()):
            return plain[: joined.start()].rstrip(" ,，、")
    return ""


def _before(plain: str, spans: list[tuple[int, int]], locale: str) -> str:
    """The finding after a phrase of the numbers: 'Con 41,750 visitantes, 2026 superó …'."""
    found = re.match(rf"(?:{_WITH})\s+(?P<head>(?:[^,]|,(?=\d))*),\s+(?P<rest>.+)$", plain, re.IGNORECASE)
    if found is None or not _numbers_only(found.group("head"), spans, found.start("head")):
        return ""
    rest = found.group("rest")
    return rest[:1].upper() + rest[1:]


def _in_its_place(plain: str, spans: list[tuple[int, int]], locale: str) -> str:
    """An amount, then after a comma its finding in words, which takes its place: 'Saturday drew
    62,000 festival-goers, a third of the four-day total' → 'Saturday drew a third of …';
    '消费电子意向成交额约42亿元，居各品类之首' → '消费电子意向成交额居各品类之首'."""
    start, end = spans[-1]
    comma = re.compile(r"，|,\s+").search(plain, end)
    if comma is None or any(c.isdigit() for c in plain[comma.end() :]):
        return ""
    unit, tail = plain[end : comma.start()], plain[comma.end() :]
    if _CJK.search(plain):
        if len(unit) > 2 or not all(_CJK.match(c) for c in unit):
            return ""
        head = plain[:start].rstrip()
        while head and head[-1] in _CJK_LEADS:
            head = head[:-1]
        return f"{head}{tail}" if head and tail else ""
    if len(unit.split()) > _UNIT_WORDS or not tail.casefold().startswith(_IN_WORDS):
        return ""
    while start and unicodedata.category(plain[start - 1]) == "Sc":  # '$2.65 million': its currency
        start -= 1
    words = plain[:start].split()
    for size in (1, 2, 3):  # the qualifier before the amount goes with it ('about 38,500')
        if len(words) > size and _qualifies(" ".join(words[-size:]), locale):
            words = words[:-size]
            break
    return f"{' '.join(words)} {tail}" if words else ""


def _qualifies(words: str, locale: str) -> bool:
    return any(says_qualifier(words, "", q, locale) for q in (Q.about, Q.nearly, Q.more_than))


def _particle(plain: str, spans: list[tuple[int, int]], locale: str) -> str:
    """A Japanese amount ending its clause ('1万900人で、') or a Korean one set by its particle
    ('21만 4000명으로 '): the clause reads whole without it."""
    start, end = spans[-1]
    after = re.match(r"\s?[^\W\d_]{0,2}?(?:で、|으로\s|로\s)", plain[end:])
    if after is None or not (_CJK.search(plain) or _HANGUL.search(plain)):
        return ""
    head = re.sub(r"(?:약|約|およそ)\s?$", "", plain[:start])  # its qualifier goes with it ('약 5200억 원')
    return f"{head}{plain[end + after.end() :]}"
