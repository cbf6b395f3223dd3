"""A person's titles their role says again: 'Women's winner' before 'won the women's race in a
course record of 1:09:52' (review LL), '결승전 MVP' before '결승전 MVP로 선정되었다', '女子組冠軍'
in '奪得女子組冠軍'. The person's sentence says it once: the role, which says more.

A title is said again when the role holds it whole, or (a title of two words or more) when each of
its words is one of the role's, the same word or one of its forms ('women's' / 'women', '여자부' /
'여자부에서'), but for at most one, the title's noun of what the role's verb does, which shares the
verb's stem as its consonants spell it ('winner' / 'won', 'Gewinnerin' / 'gewann', 'gagnante' /
'gagné', '우승자' / '우승했다'). At least one word must be the role's own:
one shared stem alone ('President' / 'presented') is no repetition. Small words of a title in
small letters ('of', 'the', 'de', 'della') are not counted. A Chinese or Japanese title, unspaced,
is said again when the role holds it or its stem (its last character, an agent's 者 or 人, left off).

A word and its inflected form are one word where they differ only in a short vowel ending past a
stem of four letters or more ('femminile' / 'femminili', 'masculino' / 'masculina', 'kobiet' /
'kobiety'). An agent noun is the role's verb where, its agent ending taken off (`AGENT_ENDINGS`:
'-itrice' / '-itore', '-ador' / '-adora', '-erin', '-czyni' / '-ca' ...), its stem starts a word
of the role, or all of it but its last letter does ('vincitrice' / 'vinc' / 'ha vinto', 'ganador'
/ 'ganó', 'Siegerin' / 'siegte', 'zwyciężczyni' / 'zwyciężyła', 'vencedor' / 'venceu').
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reportgen.data.phrases import is_cjk

#: A word: letters and digits, with a joined apostrophe ('women's', 'l'épreuve' is two words).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_VOWELS = frozenset("aeiouy")
#: The possessive endings an English title and role may differ by ('women's' / 'women').
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
#: The endings that make an agent noun of a verb, in each language (accents folded): the noun's
#: masculine and feminine forms ('vincitore', 'vincitrice'); any of them may be the noun's.
AGENT_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("er", "or", "ess"),
    "it": ("itore", "itrice", "atore", "atrice", "tore", "trice", "ente"),
    "es": ("ador", "adora", "edor", "edora", "idor", "idora", "dor", "dora"),
    "pt": ("ador", "adora", "edor", "edora", "idor", "idora", "dor", "dora"),
    "fr": ("eur", "euse", "rice", "ant", "ante", "at", "ate"),
    "de": ("er", "erin", "in"),
    "nl": ("aar", "ster", "er"),
    "sv": ("are", "arinna", "erska"),
    "pl": ("czyni", "ca", "niczka", "nik", "ik"),
}
_ENDINGS = sorted({e for endings in AGENT_ENDINGS.values() for e in endings}, key=len, reverse=True)
#: The letters of an inflected word's ending past its stem ('-o' / '-a', '-e' / '-i', '-y', '-s').
_INFLECTION = frozenset("aeiouys")
#: Small words of more than three letters: Italian's prepositions joined to an article.
_JOINED = frozenset(
    {"della", "dello", "delle", "degli", "nella", "nello", "nelle", "negli"}
    | {"alla", "allo", "alle", "agli", "dalla", "dalle", "dagli", "sulla"}
)


def unsaid(titles: Iterable[str], role: str | None) -> tuple[str, ...]:
    """The titles `role` does not say already, in their order."""
    said = (role or "").strip()
    if not said:
        return tuple(titles)
    return tuple(t for t in titles if not said_again(t, said))


def said_again(title: str, role: str) -> bool:
    """Whether `role` says what `title` says (see the module)."""
    title_key, role_key = " ".join(title.casefold().split()), " ".join(role.casefold().split())
    if not title_key or _holds(role_key, title_key):
        return bool(title_key)
    if not any(c.isspace() for c in title_key) and all(is_cjk(c) for c in title_key):
        return len(title_key) > 2 and title_key[:-1] in role_key
    words = [w for w in _words(title) if not _small(w)]
    heard = _words(role)
    if len(words) < 2 or not heard:
        return False
    kept = [w for w in words if not any(_same_word(w, r) for r in heard)]
    if len(kept) == len(words) or len(kept) > 1:
        return False
    return not kept or any(_same_stem(kept[0], r) or _agent_of(kept[0], r) for r in heard)


def _holds(role: str, title: str) -> bool:
    """Whether `role` holds `title` whole, as words: 'poet' is not in 'the Poetry prize' (review
    QQ1: the poet's only title dropped), 'finalist' is in 'one of the finalists'; a Korean particle
    may follow ('결승전 MVP로'), and a Chinese or Japanese title has no spaces to part words by."""
    if title not in role:
        return False
    if is_cjk(title[:1]) and is_cjk(title[-1:]):
        return True
    return bool(re.search(rf"(?<![^\W_]){re.escape(title)}(?:e?s)?(?![^\W_\uac00-\ud7a3])", role))


def _words(text: str) -> list[str]:
    return _WORD.findall(_POSSESSIVE.sub("", text.replace("’", "'")))


def _small(word: str) -> bool:
    """A small word of a title in small letters ('of', 'the', 'de', 'la'): not what it says."""
    return word.islower() and (len(word) <= 3 or word in _JOINED)


def _same_word(a: str, b: str) -> bool:
    """The same word, or one a form of the other ('race' / 'races', '여자부' / '여자부에서')."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and _ending(short, long[len(short) :]):
        return True
    a, b = _plain(a), _plain(b)  # an inflected form: a stem of four letters, a vowel ending
    stem = _shared(a, b)
    rest = a[stem:] + b[stem:]
    return stem >= 4 and len(a) - stem <= 2 and len(b) - stem <= 2 and set(rest) <= _INFLECTION


def _ending(word: str, rest: str) -> bool:
    """Whether `rest` after `word` is an ending of its forms, not another word's letters: a Korean
    particle ('여자부' / '여자부에서'), an ending of three letters at most after four ('race' /
    'races'); never 'his' / 'historian', 'for' / 'former' (review QQ1: a historian and former mill
    worker's title dropped as said again by 'his history of … mill')."""
    if word and "\uac00" <= word[-1] <= "\ud7a3":
        return len(word) >= 2
    return len(word) >= 4 and len(rest) <= 3


def _agent_of(noun: str, verb: str) -> bool:
    """Whether `noun` is an agent noun of `verb`'s stem ('vincitrice' of 'vinto', see the module)."""
    noun, verb = _plain(noun), _plain(verb)
    for ending in _ENDINGS:
        stem = noun[: -len(ending)]
        if noun.endswith(ending) and len(stem) >= 3:
            shared = _shared(stem, verb)
            if shared == len(stem) or (shared >= 3 and shared == len(stem) - 1):
                return True
    return False


def _shared(a: str, b: str) -> int:
    """How many letters `a` and `b` start with in common."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _plain(word: str) -> str:
    """`word` in small letters without its accents ('zwyciężyła' -> 'zwyciezyła')."""
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _same_stem(a: str, b: str) -> bool:
    """Two words of one stem as their consonants spell it: 'winner' and 'won' (w-n), 'speaker' and
    'spoke' (s-p-k); in a script without vowel letters (Hangul), their first syllables ('우승자',
    '우승했다'). The shared start is at least two letters, and all of the shorter one but its last."""
    a, b = _skeleton(a), _skeleton(b)
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    shorter = min(len(a), len(b))
    if not (a + b).isascii():  # syllables: two of them, all of the shorter word's but its last
        return shared >= 2 and shared >= shorter - 1
    # consonants: all of the shorter skeleton ('wn' of 'won' in 'wnr' of 'winner'); or, of a longer
    # one, all but its last ('drctd' / 'drctr'): 'prz' / 'prsdnt' ('prize', 'President') is none
    return shared >= 2 and (shared == shorter or (shared >= 3 and shared >= shorter - 1))


def _skeleton(word: str) -> str:
    """A word's consonants, each once in a row, without accents ('gagnante' -> 'gnt'); a word in a
    script without Latin vowels stays as it is."""
    plain = _plain(word)
    if not plain.isascii():
        return unicodedata.normalize("NFC", word.casefold())  # Hangul stays in syllables
    letters = [c for c in plain if c.isalpha() and c not in _VOWELS]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])
