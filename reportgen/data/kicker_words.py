"""Whether a slide's kicker (its section's name, set small above a title that states the finding)
says what a title under it says: the same words, a title that is (nearly) all of them, or the same years
('Publik 2022–2026' over 'Besökare 2022–2026', review GG). Such a kicker is dropped
(office/powerpoint/kicker.py) and the document check names one left (office/kicker_check.py).

Pure text: no document library is imported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportgen.lazy_pattern import of_script

#: Chinese and Japanese, written without spaces (Korean spaces its words: found as words).
_CJK = of_script(r"[\u2e80-\u9fff\uf900-\ufaff\u3040-\u30ff]", "\u2e80")
#: A bracket at a title's end: the unit it counts in ('視聴回数の推移（万回）'), no words of its own.
_UNIT_BRACKET = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: A kicker of years and at most this many words is its years with a name: the same years under it
#: say it ('Publik 2022–2026' over 'Besökare 2022–2026').
_YEARS_KICKER_WORDS = 2
#: A Chinese or Japanese kicker of at least this many characters inside a title says its words; a
#: shorter one may be the start of a longer word ('成交' in '成交额创新高', as 'Besucher' in
#: 'Besucherzahlen'), which adds to it.
_CJK_LEAST = 4
#: A title of at most this many words more than the kicker it contains says it: 'Aussteller' over
#: 'Aussteller', 'Ticket sales' over 'Ticket sales 2026'; a longer one says its own finding.
EXTRA_WORDS = 1
#: Korean particles written after a noun with no space ('관람객이', '기록을'): the noun is the word.
_PARTICLES = ("에서", "으로", "이", "가", "은", "는", "을", "를", "의", "에", "과", "와", "도", "로")


def _plain(text: str) -> str:
    text = _UNIT_BRACKET.sub("", text.replace("\u2060", "").replace("\u00a0", " "))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _contains(title: str, kicker: str) -> bool:
    """Whether `title` says `kicker`'s words in a row: as whole words in scripts that space them."""
    if not kicker:
        return False
    if _CJK.search(kicker):  # no spaces to find a word by: a short name may start a longer word
        kicker, title = kicker.replace(" ", ""), title.replace(" ", "")
        return kicker == title or (len(kicker) >= _CJK_LEAST and kicker in title)
    # a Korean word takes its particle after it, unspaced ('기록을'): a word's start is the word
    korean = "\uac00" <= kicker[-1] <= "\ud7af"
    end = rf"(?:{'|'.join(_PARTICLES)})?(?!\w)" if korean else r"(?!\w)"
    return re.search(rf"(?<!\w){re.escape(kicker)}{end}", title) is not None


def _nearly_all(title: str, kicker: str) -> bool:
    """Whether `kicker`, which `title` contains, is (nearly) all of it: at most EXTRA_WORDS words
    more in the title (a Chinese or Japanese word two letters), or half its words ('Intenções de
    negócios' over 'Intenções de negócios por edição'). A kicker that shares a word or
    two with a longer title names the slide's section, the title its finding: 'The race' over 'The
    women's course record fell for the first time since the race began' (review RR4: dropped
    there, the deck's slides had kickers and some not)."""
    if _CJK.search(kicker):
        said, length = len(kicker.replace(" ", "")), len(title.replace(" ", ""))
        return length - said <= EXTRA_WORDS * 2 or said * 2 >= length
    said, length = len(kicker.split()), len(title.split())
    return length - said <= EXTRA_WORDS or said * 2 >= length


def _years(text: str) -> tuple[str, ...]:
    return tuple(_YEAR.findall(text))


def repeats_title(kicker: str, titles: Iterable[str], charts: Iterable[str] = ()) -> bool:
    """Whether `kicker` says what one of `titles` (the slide's title) says, or what one of `charts`
    (its charts' titles) is: the same words ('視聴回数の推移' over '視聴回数の推移（万回）') or the
    same years. A chart's longer title keeps a kicker it contains: 'Programme' over 'Sections of the
    programme' names the slide's section, the chart what it draws."""
    said = _plain(kicker)
    years = _years(kicker)
    words = [w for w in said.split() if not _YEAR.fullmatch(w)]
    named = [(t, True) for t in titles] + [(t, False) for t in charts]
    for title, contains in named:
        plain = _plain(title)
        if said and (said == plain or (contains and _contains(plain, said) and _nearly_all(plain, said))):
            return True
        if years and _years(title) == years and len(words) <= _YEARS_KICKER_WORDS:
            return True
    return False
