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
write words of letters.
"""

from __future__ import annotations

import re

from reportgen.data.plan.views import FigureView, SectionView

_WORD = re.compile(r"\d+|[^\W\d_]{4,}")
_EAST_ASIAN = re.compile(r"[\u3400-\u9fff\u30a0-\u30ff\uac00-\ud7a3]{2,}")
#: A character of Chinese, Japanese (kana too) or Korean: a word holding one is no word of letters.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
#: A word shares this many letters at its start with one printed: an inflection of it.
_STEM = 5


def _words(text: str) -> set[str]:
    text = text.casefold()
    return set(_WORD.findall(text)) | set(_EAST_ASIAN.findall(text))


def _printed(word: str, known: set[str], characters: str) -> bool:
    if word in known:
        return True
    if _EAST_ASIAN.fullmatch(word):
        return all(c in characters for c in word)
    return len(word) >= _STEM and any(k[:_STEM] == word[:_STEM] for k in known if len(k) >= _STEM)


def _rewords(label: str, said: str) -> bool:
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
_DEICTIC = re.compile(r"本届|本屆|本次|此次|今年|今届|今屆|今回|本年|今年度|이번|올해")
#: The word that joins a label to its value, adding nothing the first page's 'label: value' does
#: not say ('Budżet festiwalu wyniósł {value}', 'totalled', '为', 'は{value}でした', '은 {value}였다'):
#: a sentence's last word before `{value}` (with the short words after it: 'amounted to'), in a
#: language of letters; its copula in Chinese, Japanese and Korean (allow-lists).
_LETTERS = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"  # a word's letters, not CJK ones
_LINK_BEFORE = re.compile(
    rf"(?:{_LETTERS}+(?:\s+{_LETTERS}{{1,3}})*|为|為|达到|達到|达|達|是|は|은|는|이|가)\s*$"
)
_LINK_AFTER = re.compile(
    r"^\s*(?:でした|です|だった|となりました|となった|이었습니다|였습니다|입니다|이었다|였다|이다)"
)


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
    if _rewords(figure.label, f"{said} {figure.unit or ''}"):
        return ()  # the label in other words, not more than it
    said = _unlinked(figure.own_sentence)  # less the verb that joins it to its value ('wyniósł')
    shown = " ".join((figure.label, figure.unit or "", section.title, section.summary or "", printed))
    known, characters = _words(shown), shown.casefold()
    found = [w for w in dict.fromkeys(_WORD.findall(said.casefold()) + _EAST_ASIAN.findall(said.casefold()))]
    return tuple(w for w in found if not _printed(w, known, characters))
