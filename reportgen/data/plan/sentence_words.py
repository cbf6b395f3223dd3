"""Whether a figure's own `sentence:` says more than the first page prints of it (review V).

A key figure the briefing's first page shows (the band, the key-figures table) prints as its
label and amount there, and its section then printed no line for it: the words its sentence adds
were in neither document ('seed grants of ₹75 lakh for 15 early-stage companies': the 15
companies; 'pour la coproduction internationale'). Where the sentence adds words the first page
and its section do not print, its section prints the sentence as the figure's line (the amount's
second printing in the briefing).

The rule knows no language's words: a word is a run of four letters or more, any number, or two
ideographs, kana or Hangul syllables or more; one that a printed word shares its first five
letters with ('Besucher', 'Besucherinnen') or whose characters the printed text holds (Chinese and
Japanese) is printed already. A sentence that does not say its label's words ('La asistencia cayó
un {value} frente a la edición anterior' for 'Caída de la asistencia frente a 2025') says the label
again in other words, and adds nothing (review X: the band's 5,2 % printed again as a bullet, where
the documented rule prints a first-page figure in no bullet): `_rewords`, in the languages that
write words of letters; but only where it adds no fact either: a number, a month, a name or a
clause its label lacks says more than the label (review CC: 'Samtliga {value} var slutsålda den 14
maj, nästan två månader före festivalen.' under 'Sålda festivalpass', printed nowhere).
"""

from __future__ import annotations

import re

from reportgen.data import number_words, sentences
from reportgen.data.plan.views import FigureView, SectionView
from reportgen.lazy_pattern import lazy, of_script

_WORD = re.compile(r"\d+|[^\W\d_]{4,}")
_EAST_ASIAN = of_script(r"[\u3400-\u9fff\u30a0-\u30ff\uac00-\ud7a3]{2,}", "\u30a0")
#: A character of Chinese, Japanese (kana too) or Korean: a word holding one is no word of letters.
_CJK = of_script(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]", "\u3040")
#: A word shares this many letters at its start with one printed: an inflection of it.
_STEM = 5


def _words(text: str) -> set[str]:
    text = text.casefold()
    return set(_WORD.findall(text)) | set(_EAST_ASIAN.findall(text))


#: Hiragana: a Japanese word's endings and particles ('の', 'のうち'), which say no fact.
_HIRAGANA = re.compile(r"[\u3040-\u309f]+")


def _printed(word: str, known: set[str], characters: str) -> bool:
    if word in known:
        return True
    if _EAST_ASIAN.fullmatch(word):
        return all(c in characters for c in word)
    if _CJK.search(word):  # a Japanese phrase ('成約見込み額', '大学や企業など'): its runs between
        # its endings and particles, each printed as it is ('大学' is not printed by '大会' and '学生')
        return all(run in characters for run in _HIRAGANA.split(word) if run)
    return len(word) >= _STEM and any(k[:_STEM] == word[:_STEM] for k in known if len(k) >= _STEM)


def _rewords(label: str, said: str, sentence: str = "", locale: str = "en") -> bool:
    """Whether a sentence (`said`, with its figure's unit) says its label in other words: it leaves
    a word of the label unsaid (`_leaves_unsaid`) and adds no fact to it (`_adds_fact`, `sentence`
    being the file's, with its {value})."""
    return _leaves_unsaid(label, said) and not _adds_fact(label, sentence, locale)


#: The languages whose capital letter inside a sentence marks a name ('Ticketone', 'Karlskrona'):
#: not German, which writes every noun so (an allow-list).
_CAPITAL_NAMES = frozenset({"en", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb"})
_CLAUSE = re.compile(r"(?:[,;:]|\s[–—])\s*[^\W\d_]")
_TOKEN = re.compile(r"[^\W\d_]+")


def _adds_fact(label: str, sentence: str, locale: str) -> bool:
    """Whether the file's `sentence` states a fact its label does not: a number ('den 14 maj', 'sur
    trois ans'), a month the language names, a name (a capital inside the sentence, in a language
    that marks names so) or a clause after a comma or a dash ('…, nästan två månader före
    festivalen')."""
    text = sentence.replace("{value}", " ")
    if number_words.numbers(text) - number_words.numbers(label) - {1.0}:  # not 'un', 'a'
        return True
    if _CLAUSE.search(text):
        return True
    tokens = _TOKEN.findall(text)
    months = sentences.month_names(locale)
    if any(t in months or t.casefold() in months for t in tokens[1:]) or (tokens and tokens[0] in months):
        return True
    if locale.split("_")[0] not in _CAPITAL_NAMES:
        return False
    known = {w.casefold()[:4] for w in _TOKEN.findall(label)}
    return any(
        t[0].isupper() and len(t) > 1 and t.casefold()[:4] not in known and not _CJK.search(t)
        for t in tokens[1:]
    )


def _leaves_unsaid(label: str, said: str) -> bool:
    """Whether a sentence (`said`, with its figure's unit, which its {value} prints) leaves a word
    of its label unsaid: a word of letters none of the sentence's shares its first four letters
    with ('Caída' for 'cayó'; 'funded' is said by 'fund'); its numbers aside ('2025': 'the last
    edition'). Not in Chinese, Japanese or Korean, whose sentences turn a label's nouns into verbs
    ('補助総額' into '…を補助しました') while naming what the label does not ('大阪府'): no
    letters tell a rewording there."""
    words = {w for w in _words(said) if not _CJK.search(w)}
    for word in _words(label):
        if word.isdigit() or _CJK.search(word):
            continue
        if not any(w[:4] == word[:4] for w in words if not w.isdigit()):
            return True
    return False


#: Words that point at the event without naming anything ('本届赛事总奖金为{value}': this year's),
#: which a first page says by being the event's: Chinese, Japanese and Korean (an allow-list).
_DEICTIC = re.compile(
    r"本届|本屆|本次|此次|今年|今届|今屆|今回|本年|今年度|이번|올해"
    # the event's days, which a first page's figure counts by being the event's ('会期中の成約見込み
    # 額は…': review WW2 #7, the band's 68億円以上 printed again as a bullet saying only that)
    r"|開催期間中|会期中|期間中|展会期间|展期间|展期間|活動期間|活动期间|행사\s?기간\s?(?:동안|중)?|기간\s?중"
)
#: The word that joins a label to its value, adding nothing the first page's 'label: value' does
#: not say ('Budżet festiwalu wyniósł {value}', 'totalled', '为', 'は{value}でした', '은 {value}였다'):
#: a sentence's last word before `{value}` (with the short words after it: 'amounted to'), in a
#: language of letters; its copula in Chinese, Japanese and Korean (allow-lists).
_LETTERS = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"  # a word's letters, not CJK ones
_LINK_BEFORE = lazy(rf"(?:{_LETTERS}+(?:\s+{_LETTERS}{{1,3}})*|为|為|达到|達到|达|達|是|は|은|는|이|가)\s*$")
_LINK_AFTER = re.compile(
    r"^\s*(?:でした|です|だった|となりました|となった|이었습니다|였습니다|입니다|이었다|였다|이다"
    # a verb of reaching the amount, which the first page's number says by standing there
    # ('…は{value}に上りました', '…に達しました', '…을 기록했습니다'; review WW2 #7)
    r"|に上りました|に上った|に達しました|に達した|を超えました|を超えた|を記録しました|を記録した"
    r"|에\s?달했습니다|에\s?달했다|을\s?기록했습니다|를\s?기록했습니다|을\s?넘었습니다|를\s?넘었습니다"
    # Turkish sets its copula after the value too ('… toplam değeri {value} oldu'; review PP)
    r"|oldu|olmuştur|idi|olarak gerçekleşti|düzeyinde gerçekleşti)(?!\w)"
)
#: The words for 'in all' that an amount says by being the whole ('toplam değeri {value}', 'insgesamt
#: {value}', 'the total value was {value}'): the tile's number is the total already, and a line
#: that adds only them says the tile again (review PP: the Turkish deals' '… toplam değeri neredeyse
#: 38 milyon dolar oldu' under the glance's '38 milyon dolar'). Languages of letters (an allow-list).
_WHOLE = frozenset({
    "total", "totaal", "totale", "totali", "totales", "totaux", "totalt", "totalen", "insgesamt",
    "gesamt", "toplam", "toplamda", "łącznie", "ogółem", "sammanlagt", "samlet", "samlede",
    "overall",
})  # fmt: skip


def _unlinked(sentence: str) -> str:
    """`sentence` without its `{value}`, the word that joins its label to it, and a word that
    only points at the event ('本届'): what is left says what the first page does not, if anything
    (review Z: 'Budżet festiwalu wyniósł 1,2 mln zł.' under the band's '1,2 mln zł / Budżet
    festiwalu')."""
    before, _, after = sentence.partition("{value}")
    return _DEICTIC.sub(" ", f"{_LINK_BEFORE.sub('', before)} {_LINK_AFTER.sub('', after)}")


def unprinted_words(figure: FigureView, section: SectionView, printed: str = "") -> tuple[str, ...]:
    """The words of `figure`'s own sentence that its label, unit, its section's title and summary
    and `printed` (the event's name) do not print, in the sentence's order; () without a sentence."""
    if not figure.own_sentence:
        return ()
    said = figure.own_sentence.replace("{value}", " ")
    if _rewords(figure.label, f"{said} {figure.unit or ''}", figure.own_sentence, figure._locale):
        return ()  # the label in other words, not more than it
    said = _unlinked(figure.own_sentence)  # less the verb that joins it to its value ('wyniósł')
    shown = " ".join((figure.label, figure.unit or "", section.title, section.summary or "", printed))
    known, characters = _words(shown), shown.casefold()
    found = [w for w in dict.fromkeys(_WORD.findall(said.casefold()) + _EAST_ASIAN.findall(said.casefold()))]
    return tuple(w for w in found if not _printed(w, known, characters) and w not in _WHOLE)


#: Where a summary's clause starts: after a comma of the languages (',', '、', '，') or a semicolon.
_CLAUSE_START = re.compile(r"(?:[,;]\s+|[、，；])")
#: A sentence's end, as the languages write it.
_STOP = "。．.！!？?"
#: The shortest subject (words at a clause's start) and verb (at its end) two sentences share to
#: state one claim, in letters (an ideograph, kana or Hangul syllable counts two): '視聴'; a verb
#: with its stem, not the ending every verb of a language takes ('を占めました', '차지했습니다'; not
#: 'ました' of '伸びました' and '超えました', nor '했습니다' of '기록했습니다').
_SUBJECT, _VERB = 4, 10


def _said_once(summary: str, sentence: str) -> str | None:
    """`summary` with its last clause replaced by the figure's `sentence` where both state the same
    claim about the same subject: the clause starts with the sentence's subject ('海外からの視聴') and
    ends with its verb ('を占めました'), and says approximately what the sentence says precisely (no
    number where the sentence has one: '半数近く', '約48%'). None where they state different claims:
    the summary and the figure then both print (review CC: '…海外からの視聴が半数近くを占めました。
    海外からの視聴は全体の約48%を占めました。' side by side)."""
    body, said = summary.rstrip(), sentence.strip()
    if not body or body[-1] not in _STOP or not said or not re.search(r"\d", said):
        return None
    starts = [m.end() for m in _CLAUSE_START.finditer(body)]
    start = starts[-1] if starts else 0
    clause = body[start:]
    if re.search(r"\d", clause) or any(c in _STOP for c in clause[:-1]):
        return None  # a number of its own, or a clause of more sentences than one
    head = _common(clause.casefold(), said.casefold())
    tail = _common(clause[:-1][::-1], said.rstrip(_STOP)[::-1])
    if _length(head) < _SUBJECT or _length(tail) < _VERB:
        return None
    if start and said[:1].isupper() and not clause[:1].isupper():
        said = said[:1].lower() + said[1:]  # a clause after a comma opens in small letters
    return body[:start] + said


def _common(one: str, other: str) -> str:
    """The start `one` and `other` share, cut back to whole words in a language of spaces."""
    n = 0
    while n < min(len(one), len(other)) and one[n] == other[n]:
        n += 1
    shared = one[:n]
    if n < len(one) and n < len(other) and " " in shared and not _CJK.search(shared[-1:]):
        shared = shared[: shared.rfind(" ")]  # a word both begin alike is no word both say
    return shared


def _length(shared: str) -> int:
    """How much a shared start says: an ideograph, kana or Hangul syllable counts as two letters."""
    return sum(2 if _CJK.search(c) else 1 for c in shared if not c.isspace())


def said_in_summary(
    summary: str | None, figures: tuple[FigureView, ...]
) -> tuple[str | None, frozenset[str]]:
    """A section's `summary` with the sentence of a figure of its that states its last clause's
    claim precisely in that clause's place (`_said_once`), and the refs of those figures: their
    lines give way to the summary, which says them once."""
    for figure in figures:
        said = _said_once(summary or "", figure.sentence) if figure.own_sentence else None
        if said is not None:
            return said, frozenset({figure.ref})
    return summary, frozenset()
