"""Words beside a figure's `{value}` in the event file's own `sentence:` that already say its
qualifier: "La ocupación rozó {value}" with a value of 'casi 94 %' printed "rozó casi 94 %", a verb
that means 'nearly' and then 'nearly' again (issue 19, review 4b). Where the words next to `{value}`
say what the qualifier says, the value is printed without it ("rozó 94 %"); "reached {value}"
says no qualifier and keeps 'nearly'.

Per language, by what they say: 'nearly' (approached, 'rozó', 'frôlé', '接近'), 'above' ('more
than' and 'at least': exceeded, 'superó', 'überstieg', '突破', 'を超え') and 'about' ('rondó',
'avoisiné', '左右'); each language's own qualifier words count as well ('mehr als {value}' is the
same doubling). A verb of another meaning than the figure's qualifier ('superó casi') is left as
the file writes it: the text is the file's, and only a doubling is a fault we can mend.
"""

from __future__ import annotations

import re
from functools import cache

from babel import UnknownLocaleError

from reportgen.data import turkish_suffixes
from reportgen.data.model import Qualifier
from reportgen.data.phrases import is_cjk, phrases

Q = Qualifier

#: What a qualifier says, as words beside a value may say it.
MEANING = {Q.nearly: "nearly", Q.more_than: "above", Q.at_least: "above", Q.about: "about"}

#: Words written before the value, by language and meaning (whole words, in small letters).
_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "nearly": ("approached", "approaches", "approaching", "neared", "nears", "almost", "close to",
                   "just under", "just shy of", "nearly"),
        "above": ("exceeded", "exceeds", "exceeding", "surpassed", "surpasses", "topped", "tops",
                  "outstripped", "more than", "above", "upwards of", "in excess of"),
        "about": ("approximately", "roughly", "around", "about", "some", "hovered around"),
    },
    "es": {
        "nearly": ("rozó", "roza", "rozan", "rozaron", "rozando", "rozaba", "rozaban", "ha rozado",
                   "rozado", "bordeó", "bordea", "bordearon", "casi", "cerca de", "próximo a"),
        "above": ("superó", "supera", "superan", "superaron", "superando", "superado", "sobrepasó",
                  "sobrepasa", "sobrepasaron", "sobrepasado", "rebasó", "rebasa", "rebasaron",
                  "rebasado", "excedió", "excede", "excedieron", "más de"),
        "about": ("rondó", "ronda", "rondan", "rondaron", "rondando", "rondaba", "unos", "unas",
                  "alrededor de", "en torno a", "aproximadamente"),
    },
    "pt": {
        "nearly": ("beirou", "beira", "beiraram", "quase", "perto de"),
        "above": ("superou", "supera", "superam", "superaram", "superado", "ultrapassou", "ultrapassa",
                  "ultrapassam", "ultrapassaram", "ultrapassado", "excedeu", "excede", "mais de"),
        "about": ("rondou", "ronda", "rondam", "rondaram", "cerca de", "aproximadamente"),
    },
    "fr": {
        "nearly": ("frôlé", "frôle", "frôlent", "frôlait", "frôla", "presque", "près de", "quasiment"),
        "above": ("dépassé", "dépasse", "dépassent", "dépassait", "dépassa", "excédé", "excède",
                  "franchi", "plus de", "au-delà de"),
        "about": ("avoisiné", "avoisine", "avoisinent", "avoisinait", "environ", "quelque", "quelques"),
    },
    "it": {
        "nearly": ("sfiorato", "sfiora", "sfiorano", "sfiorò", "sfioravano", "quasi", "poco meno di"),
        "above": ("superato", "supera", "superano", "superò", "superarono", "oltrepassato",
                  "oltrepassa", "oltre", "più di"),
        "about": ("circa", "intorno a", "attorno a"),
    },
    "de": {
        "nearly": ("knapp", "fast", "beinahe", "nahezu", "annähernd"),
        "above": ("überstieg", "übersteigt", "überstiegen", "übertraf", "übertrifft", "übertrafen",
                  "überschritt", "überschreitet", "überschritten", "mehr als"),
        "about": ("rund", "etwa", "circa", "ungefähr", "zirka"),
    },
    "nl": {
        "nearly": ("bijna", "nagenoeg", "haast"),
        "above": ("overschreed", "overschrijdt", "overschreden", "overtrof", "overtreft", "overtroffen",
                  "ruim", "meer dan"),
        "about": ("ongeveer", "circa", "zo'n", "zo’n"),
    },
    "pl": {
        "nearly": ("prawie", "niemal", "blisko", "bez mała", "zbliżyła się do", "zbliżył się do",
                   "zbliżyły się do", "zbliżyło się do"),
        "above": ("przekroczyła", "przekroczył", "przekroczyły", "przekroczyło", "przekracza",
                  "przekraczają", "przewyższyła", "przewyższył", "ponad", "powyżej", "więcej niż",
                  "przeszło"),
        "about": ("około", "ok.", "mniej więcej", "rzędu"),
    },
    "sv": {
        "nearly": ("nästan", "närmare", "knappt", "närmade sig", "närmar sig"),
        "above": ("översteg", "överstiger", "överskred", "överskrider", "passerade", "passerar",
                  "drygt", "över", "mer än", "fler än"),
        "about": ("cirka", "ca", "ca.", "omkring", "ungefär", "runt", "kring"),
    },
    "da": {
        "nearly": ("knap", "knapt", "næsten", "tæt på", "henved", "nærmede sig", "nærmer sig"),
        "above": ("oversteg", "overstiger", "overskred", "overskrider", "passerede", "passerer",
                  "rundede", "mere end", "flere end", "over"),
        "about": ("omkring", "cirka", "ca.", "ca", "omtrent", "rundt regnet"),
    },
    "nb": {
        "nearly": ("nesten", "nærmere", "knapt", "snaut", "nærmet seg", "nærmer seg"),
        "above": ("oversteg", "overstiger", "passerte", "passerer", "rundet", "mer enn", "flere enn",
                  "over", "drøyt"),
        "about": ("omkring", "cirka", "ca.", "ca", "rundt", "omtrent"),
    },
    "tr": {"nearly": ("neredeyse", "hemen hemen"), "above": (), "about": ("yaklaşık", "tahminen")},
    "zh": {
        "nearly": ("接近", "将近", "將近", "逼近", "近"),
        "above": ("超过", "超過", "突破", "逾", "超", "多于", "多於"),
        "about": ("约", "約", "大约", "大約"),
    },
    "ja": {"nearly": (), "above": (), "about": ("約", "およそ")},
    "ko": {"nearly": ("거의",), "above": (), "about": ("약",)},
}  # fmt: skip

#: Words written after the value (verb-final languages), by language and meaning.
_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "ja": {
        "nearly": ("近く", "弱", "に迫", "に迫った", "に届きそう"),
        "above": ("を超え", "を超", "超え", "超", "を突破", "突破", "以上", "を上回"),
        "about": ("前後", "ほど", "程度"),
    },
    "ko": {
        "nearly": ("에 육박", "육박", "가까이"),
        "above": ("을 넘", "를 넘", "넘", "을 돌파", "를 돌파", "돌파", "이상", "을 웃돌", "를 웃돌"),
        "about": ("가량", "정도", "안팎"),
    },
    "zh": {"nearly": (), "above": ("以上", "有余", "有餘"), "about": ("左右", "上下")},
}

#: Small words between a verb and its value ('superó los {value}', 'exceeded the {value}').
_LINKS = frozenset((
    "the", "a", "an", "los", "las", "el", "la", "lo", "un", "una", "de", "del", "al", "les", "le",
    "l’", "l'", "à", "des", "du", "o", "os", "as", "da", "das", "do", "dos", "il", "i", "gli", "di",
    "dei", "degli", "delle", "die", "den", "der", "dem", "het", "een",
))  # fmt: skip


#: A number as a range's lower bound is written before the value: '30', '30%', '2,5', '1 200'.
_LOW = r"\d+(?:[.,\u00a0\u202f ]\d+)*\s?%?"

#: The words of a range before its upper bound, `{value}` (an allow-list per language; N is the
#: lower bound): 'between 30 and {value}', 'zwischen 30 und', 'entre 30 et', 'od 30 do', '30から',
#: '30至', '30에서'. The sentence states the range, and the value is its top: printed bare, never
#: 'Between 30 and up to 40%' (review Z).
_RANGE_BEFORE: dict[str, str] = {
    "en": r"\b(?:between N and|from N to|from N up to)",
    "de": r"\b(?:zwischen N und|von N bis(?: zu)?)",
    "fr": r"\b(?:entre N et|de N à)",
    "es": r"\b(?:entre (?:el |los |las )?N y(?: el| los| las)?|del? N al?)",
    "it": r"\b(?:(?:tra|fra) (?:il |i |le |l’|l')?N e(?: il| i| le| l’| l')?|da(?:l|i)? N a(?:l|i)?)",
    "pt": r"\b(?:entre (?:o |os |as )?N e(?: o| os| as)?|de N a)",
    "nl": r"\b(?:tussen N en|van N tot)",
    "pl": r"\b(?:od N do|między N a)",
    "sv": r"\b(?:mellan N och|från N till)",
    "da": r"\b(?:mellem N og|fra N til)",
    "nb": r"\b(?:mellom N og|fra N til)",
    "ja": r"N\s?(?:から|～|〜)",
    "zh": r"N\s?(?:至|到|～|〜)",
    "ko": r"N\s?(?:에서|～|~)",
}

#: The qualifiers a range's top agrees with ('up to 40%', 'about 40%'); 'more than' and 'at least'
#: say a lower bound, which a range's top is not: `contrary_words` names the range then.
_RANGE_TOPS = frozenset({Q.up_to, Q.less_than, Q.about, Q.nearly})


def ranged(before: str, locale: str) -> str:
    """The words of a range that `before`, the text before `{value}`, ends with ('between 30
    and'), in small letters; '' where it states none."""
    pattern = _RANGE_BEFORE.get(_language(locale))
    if pattern is None:
        return ""
    plain = re.sub(r"\s+", " ", before.replace("\u00a0", " ")).casefold().rstrip()
    found = re.search(pattern.replace("N", _LOW) + "$", plain)
    return found.group().strip() if found else ""


def range_low(before: str, locale: str) -> int:
    """Where the range that `before` ends with starts its lower bound ('Between |30 and ', '女性が
    率いる企業は|30から'), -1 where it states none: a document sets the whole range in bold, as it
    sets a figure's value ('30 and 40%'), never its top alone."""
    pattern = _RANGE_BEFORE.get(_language(locale))
    if pattern is None:
        return -1
    found = re.search(
        pattern.replace("N", f"({_LOW})") + r"\s*$", before.replace("\u00a0", " "), re.IGNORECASE
    )
    if found is None:
        return -1
    return next(found.start(i) for i in range(1, found.re.groups + 1) if found.group(i) is not None)


def says_qualifier(before: str, after: str, qualifier: str, locale: str) -> bool:
    """Whether the words just before `{value}` (`before`) or just after it (`after`) already say
    what `qualifier` says, so the value should be printed without it: a range's top, too."""
    if Q(qualifier) in _RANGE_TOPS and ranged(before, locale):
        return True
    meaning = MEANING.get(Q(qualifier))
    if meaning is None:
        return False
    words_before, words_after = _words(locale, meaning)
    return _ends_with(before, words_before) or _starts_with(after, words_after)


#: 'Reached' beside the value, per language, and the verb that says 'more than' in its place: a
#: figure of 'more than X' that 'reached' it reads 'X以上に達しました' or '达到超过X', which no editor
#: writes; 'を超えました', '超过X' and '을 넘었습니다' say both at once (review T). Japanese and Korean
#: write the verb after the value, Chinese before it; Korean's object particle follows the value's
#: last sound ('원을', '회를'): '을' here, '를' after a vowel (`exceeded`).
_REACHED_AFTER: dict[str, tuple[tuple[str, str], ...]] = {
    "ja": (
        ("に達しました", "を超えました"), ("に達した", "を超えた"), ("に達する", "を超える"),
        ("に達し", "を超え"), ("に上りました", "を超えました"), ("に上った", "を超えた"),
        ("に上り", "を超え"), ("にのぼりました", "を超えました"), ("にのぼった", "を超えた"),
    ),
    "ko": (
        ("에 달했", "을 넘었"), ("에 달한", "을 넘은"), ("에 달하", "을 넘"), ("에 이르렀", "을 넘었"),
        ("에 이른", "을 넘은"),
    ),
}  # fmt: skip
_REACHED_BEFORE: dict[str, tuple[tuple[str, str], ...]] = {
    "zh": (
        ("高达", "超过"), ("高達", "超過"), ("达到", "超过"), ("達到", "超過"), ("达", "超过"),
        ("達", "超過"),
    ),
}  # fmt: skip


def exceeded(
    before: str, after: str, qualifier: str, locale: str, final_consonant: bool = True
) -> tuple[str, str] | None:
    """The words around `{value}` with 'reached' as 'exceeded' where the figure is 'more than' its
    value (`_REACHED_AFTER`: '…は{value}を超えました。', '…总额超过{value}'), or None where the
    sentence has no 'reached' beside its value or the figure is not 'more than' it ('at least' and
    'reached' agree: '少なくとも…に達しました'). `final_consonant`: whether a Korean value ends in one."""
    if Q(qualifier) is not Q.more_than:
        return None
    lang = _language(locale)
    for reached, above in _REACHED_AFTER.get(lang, ()):
        if after.startswith(reached):
            if lang == "ko" and not final_consonant:
                above = "를" + above[1:]
            return before, above + after[len(reached) :]
    for reached, above in _REACHED_BEFORE.get(lang, ()):
        if before.endswith(reached):
            return before[: -len(reached)] + above, after
    return None


def contrary_words(before: str, after: str, qualifier: str, locale: str) -> str:
    """The words just before or after `{value}` that say another bound than `qualifier` does
    ('exceeded' beside a figure that is 'nearly' its value: "Sponsorship exceeded nearly $7.8
    million", review P), or '': the figure's qualifier prints beside them, and the sentence then
    states two different facts. A figure with no qualifier ('exactly') contradicts no verb."""
    if Q(qualifier) is Q.exactly:
        return ""
    if Q(qualifier) not in _RANGE_TOPS and (words := ranged(before, locale)):
        return words  # 'between 30 and more than 40%': a range's top is no lower bound
    own = MEANING.get(Q(qualifier))
    for meaning in ("nearly", "above", "about"):
        if meaning == own:
            continue
        words_before, words_after = _words(locale, meaning)
        said = next((w for w in words_before if _ends_with(before, (w,))), "")
        said = said or next((w for w in words_after if _starts_with(after, (w,))), "")
        if said and not (own == "about" or meaning == "about"):  # 'exceeded about' is loose, not false
            return said
    return ""


def _language(locale: str) -> str:
    return re.split(r"[_\-@]", locale, maxsplit=1)[0].casefold()


@cache
def _words(locale: str, meaning: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words before and after the value that say `meaning` in the locale's language: the
    tables' and the language's own qualifier words ('knapp', '以上')."""
    lang = _language(locale)
    before = list(_BEFORE.get(lang, _BEFORE["en"] if lang not in _AFTER else {}).get(meaning, ()))
    after = list(_AFTER.get(lang, {}).get(meaning, ()))
    try:
        table = phrases(locale).qualifiers
    except (ValueError, UnknownLocaleError):  # a locale Babel does not know: the tables alone
        table = {}
    for qualifier, said in MEANING.items():
        if said == meaning and qualifier in table:
            head, _, tail = table[qualifier].partition("{}")
            tail = turkish_suffixes.bare(tail)  # 'fazla' of Turkish '-DAn fazla'
            before += [head.strip().casefold()] if head.strip() else []
            after += [tail.strip().casefold()] if tail.strip() else []
    return tuple(w for w in before if w), tuple(w for w in after if w)


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    plain = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).casefold().rstrip()
    tokens = plain.split(" ")
    ends = [plain]  # 'près de' ends with its own link word: looked for whole too (review N)
    if len(tokens) > 1 and tokens[-1] in _LINKS:  # 'superó los', not 'the' alone
        ends.append(" ".join(tokens[:-1]))
    return any(_ends_with_word(end, word) for end in ends for word in words)


def _ends_with_word(text: str, word: str) -> bool:
    if not text.endswith(word):
        return False
    if is_cjk(word[:1]):  # no spaces between Chinese words
        return True
    at = len(text) - len(word)
    return at == 0 or not text[at - 1].isalnum()


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    plain = text.replace("\u00a0", " ").casefold().lstrip()
    return any(plain.startswith(word) for word in words)
