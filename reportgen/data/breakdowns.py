"""A figure's breakdown as an editor writes it (issue 19, review O): never 'Label (a: x, b: y)'.

The Vienna congress printed "Teilnehmende (Vor Ort in Wien: 1.650, Online zugeschaltet: 750)", a
form's fields rather than a sentence. An editor writes the parts after the whole, with the
language's word for "of which" ('davon', 'dont', 'di cui', 'うち', '其中', '이 중'): "2.400
Teilnehmende, davon 1.650 vor Ort in Wien und 750 online zugeschaltet".

A part's label reads after its number where it names what the whole counts ('Domestic exhibitors'
of 'Exhibitors': 'more than 700 domestic exhibitors', as a figure's own sentence sets its label)
or opens with a word of the closed list below (a preposition or an adverb: 'Vor Ort in Wien',
'Online', 'En ligne'), in small letters; any other label may be a name ('Spain', 'Gran premio'),
whose capital a sentence must keep: it follows its number in brackets ('1 millón de pesos (Gran
premio)'). In
Chinese, Japanese and Korean the label comes first, as those languages name a part before its
amount ('うち会場販売が8億3000万円以上').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportgen.data import sentences
from reportgen.data.messages import N_, gettext
from reportgen.data.punctuation import punctuation

#: "of which" after a whole's sentence (', davon …'), by language.
_OF_WHICH = {
    "en": "of which",
    "de": "davon",
    "fr": "dont",
    "es": "de los cuales",
    "it": "di cui",
    "pt": "dos quais",
    "nl": "waarvan",
    "pl": "w tym",
    "sv": "varav",
    "da": "heraf",
    "nb": "hvorav",
    "tr": "bunlar arasında",  # 'among these': no ending to agree with the parts' numbers
}
#: Languages whose "of which" opens a clause that wants its verb ('de los cuales 1 millón de pesos
#: y 375,000 pesos cada uno' has none, review S): after a whole's sentence, its parts follow a
#: colon, as an editor lists them ('… fue de 2.5 millones de pesos: 1 millón de pesos …').
_COLON_AFTER_SENTENCE = ("es",)
#: Languages whose parts' labels may read after their number in small letters (a Polish label,
#: in the nominative, would need the number's case: it stays a name in brackets).
_AFTER = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb")

#: Words a label may open with that a sentence writes in small letters after a number: the
#: prepositions and adverbs of place and manner a breakdown's labels use ('Vor Ort in Wien',
#: 'Online zugeschaltet', 'En ligne', 'Por internet'). A closed list: any other word may be a name.
_SMALL_OPENERS = {
    "en": ("on", "online", "in", "at", "by", "from", "via", "over", "under", "outside", "inside", "abroad"),
    "de": (
        "vor", "online", "im", "in", "auf", "aus", "mit", "ohne", "über", "unter", "bei", "nach",
        "von", "per", "außerhalb", "innerhalb", "zu", "am", "ab", "digital",
    ),
    "fr": ("en", "sur", "par", "à", "au", "aux", "dans", "hors", "depuis", "via", "online"),
    "es": ("en", "por", "desde", "a", "al", "fuera", "vía", "online"),
    "it": ("in", "su", "per", "a", "al", "da", "dal", "fuori", "online", "via"),
    "pt": ("em", "no", "na", "nos", "nas", "por", "a", "ao", "fora", "via", "online"),
    "nl": ("op", "in", "via", "online", "ter", "bij", "buiten", "met"),
    "sv": ("på", "i", "online", "via", "från", "utanför", "digitalt", "över", "med"),
    "da": ("på", "i", "online", "via", "fra", "uden", "udenfor", "digitalt", "over", "med"),
    "nb": ("på", "i", "online", "via", "fra", "utenfor", "digitalt", "over", "med"),
}  # fmt: skip


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?<=...)(?:ies|es|s|n|e)$", "", w) for w in re.findall(r"\w+", text.casefold())}


def _part(label: str, text: str, lang: str, counted: str) -> str:
    """One part after the "of which" word: its amount, then its label as the language reads it."""
    label = label.strip()
    words = label.split()
    if lang in _AFTER and len(words) > 1 and _stems(words[-1]) <= _stems(counted):
        # it names what the whole counts: the label reads after its number as a figure's does
        after = sentences.german_label(label) if lang == "de" else sentences.lower_first(label, frozenset())
        return f"{text} {after}"
    first, _, rest = label.partition(" ")
    if lang == "ja":
        return f"{label}が{text}"
    if lang == "zh":  # a space where digits would run into the label's: '网通与5G 14%', not '5G14%'
        spaced = label[-1:].isascii() and label[-1:].isalnum() and text[:1].isdigit()
        return f"{label}{' ' if spaced else ''}{text}"
    if lang == "ko":
        return f"{label} {text}"
    if first.casefold() in _SMALL_OPENERS.get(lang, ()) and first[1:] == first[1:].lower():
        return f"{text} {first.lower()}{' ' + rest if rest else ''}"
    return f"{text} ({label})"


#: "each" beside an amount several parts share ('375,000 pesos each', 'je 375.000 Pesos'), by
#: language: `{}` is the amount. Words that agree with no noun, or with the unmarked one.
_EACH = {
    "en": "{} each",
    "de": "je {}",
    "fr": "{} chacun",
    "es": "{} cada uno",
    "it": "{} ciascuno",
    "pt": "{} cada",
    "nl": "elk {}",
    "pl": "po {}",
    "sv": "{} vardera",
    "da": "{} hver",
    "nb": "{} hver",
    "tr": "her biri {}",
}


def _named(label: str, lang: str, counted: str) -> bool:
    """Whether a part's label is a name printed in brackets after its number ('(Gran premio)'),
    not words read after it ('750 online'); in Chinese, Japanese and Korean every label leads its
    amount."""
    if lang in ("ja", "zh", "ko"):
        return True
    return _part(label, "", lang, counted) == f" ({label.strip()})"


def _grouped(parts: Sequence[tuple[str, str]], lang: str, counted: str) -> list[tuple[list[str], str]]:
    """The parts with the amounts they print, those of one amount together (at the place of the
    first) where each is a name: four prizes of 375,000 pesos print it once, never four times
    (review Q). Parts read after their number ('1.650 vor Ort') stay one by one."""
    groups: dict[str, list[str]] = {}
    order: list[tuple[list[str], str]] = []
    for label, text in parts:
        if text in groups and _named(label, lang, counted) and _named(groups[text][0], lang, counted):
            groups[text].append(label.strip())
            continue
        labels = [label.strip()]
        if text not in groups:
            groups[text] = labels
        order.append((labels, text))
    return order


def _together(labels: list[str], text: str, lang: str, locale: str) -> str:
    """Several named parts of one amount, the amount once: '375,000 pesos each (A, B and C)',
    'A、B、Cがそれぞれ375,000ペソ', 'A、B、C各375,000比索', 'A, B, C 각각 375,000페소'."""
    if lang == "ja":
        return f"{'、'.join(labels)}がそれぞれ{text}"
    if lang == "zh":
        return f"{'、'.join(labels)}各{text}"
    if lang == "ko":
        return f"{', '.join(labels)} 각각 {text}"
    p = punctuation(locale)
    return f"{_EACH.get(lang, _EACH['en']).format(text)}{p.open}{sentences.listing(labels, locale)}{p.close}"


def _shared(label: str, text: str, share: str, lang: str, locale: str, counted: str) -> str:
    """One part with its share of the whole: after its words ('860 på plats i Umeå (40 %)',
    '会場が860人（40%）'), or beside a name in its brackets ('700 (Europe, 58 %)'), never a
    second pair of brackets."""
    said = _part(label, text, lang, counted)
    p = punctuation(locale)
    if lang not in ("ja", "zh", "ko") and said.endswith(f" ({label.strip()})"):
        return f"{said[:-1]}{p.list}{share})"
    return f"{said}{p.open}{share}{p.close}"


def _listed(
    parts: Sequence[tuple[str, str]], lang: str, locale: str, counted: str, shares: Sequence[str] = ()
) -> str:
    if shares:  # each part with its share, one by one (two of one amount have one share: no grouping)
        said = [
            _shared(label, text, share, lang, locale, counted)
            for (label, text), share in zip(parts, shares, strict=True)
        ]
    else:
        said = [
            _part(labels[0], text, lang, counted)
            if len(labels) == 1
            else _together(labels, text, lang, locale)
            for labels, text in _grouped(parts, lang, counted)
        ]
    if lang in ("ja", "zh"):
        return ("、" if lang == "ja" else "，").join(said)
    if lang == "ko":
        return ", ".join(said)
    return sentences.listing(said, locale)


def clause(
    parts: Sequence[tuple[str, str]],
    locale: str,
    counted: str = "",
    sentence: bool = True,
    shares: Sequence[str] = (),
) -> str:
    """What follows the whole's sentence: ', davon 1.650 vor Ort in Wien und 750 online
    zugeschaltet', '、うち会場販売が…、オンライン販売が…', ': 1 millón de pesos …'; '' for no
    parts. `counted`: what the whole counts, its unit (what its parts' labels may name);
    `sentence`: False after a label, not a sentence (`alone`); `shares`: each part's share of
    the whole, printed beside it ('… 860 på plats i Umeå (40 %)'), or none."""
    if not parts:
        return ""
    lang = sentences.language(locale)
    listed = _listed(parts, lang, locale, counted, shares)
    if lang == "ja":
        return f"、うち{listed}"
    if lang == "zh":
        return f"，其中{listed}"
    if lang == "ko":
        return f", 이 중 {listed}"
    if sentence and lang in _COLON_AFTER_SENTENCE:
        return f"{punctuation(locale).pair}{listed}"
    return f", {_OF_WHICH.get(lang, _OF_WHICH['en'])} {listed}"


def alone(
    label: str,
    parts: Sequence[tuple[str, str]],
    locale: str,
    counted: str = "",
    polite: bool | None = None,
    shares: Sequence[str] = (),
) -> str:
    """The parts of a whole printed elsewhere (the first page prints its amount), named by the
    whole's label: 'Teilnehmende, davon 1.650 vor Ort in Wien und 750 online zugeschaltet',
    'グッズ売上のうち、会場販売が…', '文旅收入中，…'. In Chinese, Japanese and Korean a sentence,
    ending as its neighbours do in the register `polite` gives ('…4億2000万円以上でした。': review
    T); a phrase where it is None. `shares`: each part's share of the whole, beside it, or none."""
    if not parts:
        return label
    lang = sentences.language(locale)
    listed = _listed(parts, lang, locale, counted, shares)
    said = sentences.copula(lang, listed, polite) if polite is not None else None
    end = "" if said is None else said + punctuation(locale).stop
    if lang == "ja":
        return f"{label}のうち、{listed}{end}"
    if lang == "zh":
        return f"{label}中，{listed}{end}"
    if lang == "ko":
        return f"{label} 중 {listed}{end}"
    return f"{label}{clause(parts, locale, counted, sentence=False, shares=shares)}"


#: The parts of a whole as a sentence, with its verb (round 23: 'Exhibitors, of which more than
#: 700 …' printed as a chart's sentence had none): each language's own, agreeing with no label
#: ('Aussteller: Es waren …', 'Exposants : la répartition était de …').
PARTS_SENTENCE = N_("%(whole)s included %(parts)s")


def sentence(
    label: str,
    parts: Sequence[tuple[str, str]],
    locale: str,
    counted: str = "",
    polite: bool | None = None,
    shares: Sequence[str] = (),
) -> str:
    """The parts of a whole printed elsewhere as a sentence with its verb, before its full stop:
    'Exhibitors included more than 700 domestic exhibitors (about 58%) and …', 'Aussteller: Es
    waren mehr als 700 …'; in Chinese, Japanese and Korean `alone`'s, a sentence already in the
    register `polite` gives."""
    lang = sentences.language(locale)
    if not parts or lang in ("ja", "zh", "ko"):
        return alone(label, parts, locale, counted, polite, shares)
    listed = _listed(parts, lang, locale, counted, shares)
    return gettext(locale, PARTS_SENTENCE, whole=label.strip(), parts=listed)
