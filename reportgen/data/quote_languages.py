"""A quote whose words are not in its edition's language: havencongres' French edition printed the
Dutch 'Met meer dan 3180 deelnemers haalde het congres een absoluut record.' with no word to its
author (review W). `validate` warns, per edition, where a quote with neither a translation
(`text: {nl: …, fr: …}`) nor a `language:` (the source's own words, printed as they are) reads as
another language than the edition's.

The language of a text: Chinese, Japanese and Korean by their script (kana, hangul, Han alone);
any other by its commonest small words, an allow-list per language, and only where the text has
MIN_WORDS words or more, MIN_HITS of them one language's and at most half as many the
edition's: a short text, a name or a slogan is not told."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reportgen.data.model import EventSummary, Quote
from reportgen.lazy_pattern import of_script

#: The commonest small words of each language written in Latin letters.
_WORDS = {
    "en": (
        "the and of to is was were with for this that have has we our it are be will not "
        "from by they their at which who more than"
    ),
    "de": (
        "der die das und ist nicht mit für auf ein eine wir sich auch es dem den zu von "
        "im war sind wird haben hat uns unsere mehr als"
    ),
    "fr": (
        "le la les de des du et est une un que qui pas pour dans sur avec au aux ce nous "
        "notre sont ont été il elle plus en"
    ),
    "es": ("el la los las de del y es una un que por para con se no su al lo fue más nos este esta como en"),
    "it": (
        "il lo la gli le di del della e è che per con un una non sono ha abbiamo questo "
        "questa nel alla dei più in"
    ),
    "pt": (
        "o os a as de do da dos das e é que um uma para com não em no na foi mais nos este esta pelo pela"
    ),
    "nl": (
        "de het een en van is dat niet met voor op te zijn wie wat ook er we wij ons onze "
        "naar bij aan werd heeft meer dan"
    ),
    "pl": ("i w z na nie się do że jest to jak od po o przez dla są był była już tak ale oraz"),
    "sv": ("och att det som en är på för med av inte den till har vi var om ett vår våra så från"),
    "da": ("og at det som en er på for med af ikke den til har vi var om et vores så fra der de blev"),
    "nb": (
        "og at det som en er på for med av ikke den til har vi var om et vår våre så fra der de ble etter"
    ),
}
STOP_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
MIN_WORDS = 8
MIN_HITS = 3

#: The scripts a text's language is told by: Hangul, kana, Chinese characters.
_HANGUL = of_script(r"[\uac00-\ud7a3]", "\uac00")
_KANA = of_script(r"[\u3041-\u3096\u30a1-\u30fa]", "\u3041")  # not the dot 「・」 Chinese writes too
_HAN = of_script(r"[\u4e00-\u9fff]", "\u4e00")


def _script(text: str) -> str:
    """'ko', 'ja' or 'zh' for a text in their script, '' for any other."""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "zh"
    return ""


def language_of(text: str, edition: str, likely: tuple[str, ...] = ()) -> str:
    """The language `text` reads as where it can be told apart from `edition`'s ('nl'), else '';
    a close neighbour of `edition`'s only where the file names it (`likely`: _sure)."""
    script = _script(text)
    if script == "zh" and edition == "ja" and _japanese_kanji(text):
        return ""  # '東京大学大学院情報理工学系研究科 教授': Japanese written in kanji alone (review SS1)
    if script:  # a Chinese text in a Japanese edition: told by its kana, so only where it is long
        long = len(text) >= MIN_WORDS * 2 or edition not in ("ja", "zh")
        return script if script != edition and long else ""
    return _sure(_told(re.findall(r"[^\W\d_]+", text.casefold()), edition), edition, likely)


#: Characters of Chinese grammar a Japanese text written in kanji alone has not: the particles
#: and the pronoun's plural, simplified and traditional ('的' is Japanese too, '技術的').
_CHINESE_GRAMMAR = frozenset("了是这這们們吗嗎呢吧")


def _japanese_kanji(text: str) -> bool:
    """Whether `text`, in Han characters alone, reads as Japanese as well as it reads as Chinese:
    each character is one Japanese writes (JIS X 0208, by the cp932 codec; '这', '们', '说' are
    not), and none is of Chinese grammar alone (_CHINESE_GRAMMAR). A title or an institution's name
    ('東京大学大学院情報理工学系研究科 教授') is then no Chinese in a Japanese edition."""
    if _CHINESE_GRAMMAR.intersection(text):
        return False
    try:
        text.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


#: Languages close enough to share most small words and letters (Danish 'det er', Swedish 'det är';
#: Catalan 'de la', Spanish 'de la'): a text of one read in an edition of another is a guess.
_CLOSE = tuple(
    frozenset(group.split())
    for group in ("da nb nn no sv is fo", "de nl af lb fy", "es pt it ca gl oc", "cs sk", "hr sr bs sl")
)


def _sure(found: str, edition: str, likely: tuple[str, ...]) -> str:
    """`found`, unless the edition's language has no small words of its own here (STOP_WORDS) to
    weigh against `found`'s, `found` is a close neighbour of it (_CLOSE) and the file does not name
    it (`likely`): a Danish file read without Danish words read as Swedish and lost its texts
    (review JJ); a Catalan or Nynorsk one would as well."""
    unweighed = edition not in STOP_WORDS and found not in likely
    if found and unweighed and any(found in group and edition in group for group in _CLOSE):
        return ""
    return found


def _told(words: list[str], edition: str, tables: dict[str, frozenset[str]] = STOP_WORDS) -> str:
    """The language of a text of these (casefolded) words by the rule `language_of` gives."""
    if len(words) < MIN_WORDS:
        return ""
    hits = {lang: sum(w in table for w in words) for lang, table in tables.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if best == edition or hits[best] < MIN_HITS or hits.get(edition, 0) * 2 > hits[best]:
        return ""
    return best


#: A word as a name is written whole: 'Saint-Jean-sur-le-Fleuve' is one word, no 'sur' or 'le'.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Small words the tables above leave out, being another language's too (Swedish and Italian 'i',
#: English and French 'a'), that a printed text's check counts: it knows the file's languages.
_MORE = {
    "fr": "l d qu à a aux sa ses son",
    "en": "a an in on its",
    "es": "a",
    "it": "i l a da su",
    "sv": "i år",
    "da": "i år",
    "nb": "i år",
    "pl": "a przed niż przy ten ta te",
    "de": "des",
}
SMALL_WORDS = {lang: STOP_WORDS[lang] | frozenset(_MORE.get(lang, "").split()) for lang in STOP_WORDS}
#: Small words no other language writes (French 'et', 'les'; not 'de', 'per' or 'con'): one of them
#: tells a short text's language.
_ONLY = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of with this that was were which from their will",
        "de": "und der das nicht für auf ist ein eine mit von auch wird sind",
        "fr": "et les des du aux est une ont été nous avec dans pour sont",
        "es": "los las y para fue más",
        "it": "gli della degli delle sono nel nella alla dei più",
        "pt": "os não uma dos pelo pela ao nas",
        "nl": "het een van niet voor zijn ook bij naar werd heeft",
        "pl": "się że jest przez dla oraz już",
        "sv": "och att är inte från också",
        "da": "af vores meget noget hvad",
        "nb": "ble etter våre mye noe hva fikk",
    }.items()
}
SHORT_WORDS = 3
SHORT_HITS = 2


@lru_cache(maxsize=4096)  # each edition's build and `validate` ask of the same texts
def text_language(text: str, edition: str, likely: tuple[str, ...] = ()) -> str:
    """The language a printed text reads as where it is not `edition`'s, else '' (_text_language);
    a close neighbour of `edition`'s only where the file names it (_sure)."""
    return _sure(_text_language(text, edition, likely), edition, likely)


def _text_language(text: str, edition: str, likely: tuple[str, ...]) -> str:
    """The language a printed text reads as where it is not `edition`'s, else ''. Kana and hangul
    tell Japanese and Korean; Han alone, and a long text, are told as `language_of` tells a quote;
    a shorter one by its words not written as a name's (capitalised, or joined by hyphens): a
    letter the edition's language has not, SHORT_HITS small words or more of one language and
    fewer of the edition's, or one small word that is one language's alone; a text of small words
    and names only is a name ('Universidad de la Plata'), unless German, which capitalises nouns.
    The language named is the first of `likely` (the file's languages) with as many small words as
    the most, else the one with the most, else none where two have as many."""
    script = _script(text)
    if script in ("ja", "ko") and script != edition:  # kana or hangul, however short
        return script
    if script:  # Han alone: Chinese, or a Japanese text with no kana, told only where long
        return language_of(text, edition)
    words = _WORD.findall(text)
    folded = [w.casefold() for w in words]
    # the first word may be capitalised as a sentence begins; any other capitalised word is a name's
    lower = [w for i, w in enumerate(folded) if i == 0 or words[i] == w]
    hits = {lang: sum(w in table for w in lower) for lang, table in SMALL_WORDS.items()}
    most = max(hits.values())
    # 'Festival Internazionale del Cinema del Lago di Como' is a name; German capitalises its nouns
    worded = any(all(w not in table for table in SMALL_WORDS.values()) for w in lower[1:])
    worded = worded or hits["de"] == most >= SHORT_HITS
    told = _told(folded, edition, SMALL_WORDS) if worded else ""
    if told:
        return _named(told, folded, edition, likely)
    spelt = [w for i, w in enumerate(folded) if words[i] == w]  # lower-case as written
    own = hits.get(edition, 0)
    if own and own * 2 >= most and len(_odd(spelt, edition)) <= own * 2:  # 'a' is English and French
        return ""
    lettered = _lettered(spelt, edition, likely)
    if lettered or len(words) < SHORT_WORDS:
        return lettered
    if not worded:
        return ""
    if most < SHORT_HITS:  # one small word told only where no other language has it ('et')
        own = [lang for lang, table in _ONLY.items() if any(w in table for w in lower)]
        return _named(own[0], lower, edition, likely) if len(own) == 1 and most == 1 else ""
    best = [lang for lang, count in hits.items() if count == most]
    return _named(best[0], lower, edition, likely) if len(best) == 1 else _named("?", lower, edition, likely)


def role_language(title: str, edition: str, likely: tuple[str, ...] = ()) -> str:
    """The language a person's title reads as where it is not `edition`'s, else '': the one
    reading both the check (`translations.foreign`) and the printer (`sentences.small_titles`,
    which re-cases a role noun only in a title of its own language) take. As `text_language`
    reads any printed text, and besides: the small word right after a title's first word joins
    the role to what it is of ('Minister of Water Resources of Bangladesh', 'Head of Sales'), so
    it is the title's language, not a name's, where it is a small word of one language alone
    (_ONLY: 'of', 'and') and not the edition's ('des' is German too: 'Präsident des …')."""
    told = text_language(title, edition, likely)
    if told or edition not in SMALL_WORDS:
        return told
    words = _WORD.findall(title)
    if len(words) < SHORT_WORDS or words[1] != words[1].casefold() or words[1] in SMALL_WORDS[edition]:
        return ""
    langs = [lang for lang, table in _ONLY.items() if words[1] in table]
    named = _named(langs[0], [w.casefold() for w in words], edition, likely) if len(langs) == 1 else ""
    return _sure(named, edition, likely)


#: The letters of each language written in Latin letters, besides a to z.
_LETTERS = {
    "en": "",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíóúñü",
    "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú",
    "nl": "éëïöüáèóú",
    "pl": "ąćęłńóśźż",
    "sv": "åäöé",
    "da": "æøåé",
    "nb": "æøåéèóòô",
}


def _odd(lower: list[str], edition: str) -> list[str]:
    """The words written with a letter `edition`'s language (written in Latin letters) has not."""
    letters = _LETTERS.get(edition)
    if letters is None:
        return []
    return [w for w in lower if any(not ("a" <= c <= "z" or c in letters) for c in w)]


def _lettered(lower: list[str], edition: str, likely: tuple[str, ...]) -> str:
    """The language of a text whose lower-case words (a name is capitalised) are written with a
    letter the edition's language has not ('accrédités' in English, 'visitantes' in Chinese):
    the first of the file's other languages that has every such letter, else the only one."""
    if edition in ("zh", "ja", "ko"):  # Latin words at all, two not a name's ('Meta', 'iPhone')
        if len(lower) < SHORT_HITS:
            return ""
        odd = set("".join(lower))
    elif edition in _LETTERS:
        odd = {c for w in lower for c in w if not ("a" <= c <= "z" or c in _LETTERS[edition])}
    else:
        return ""
    if not odd:
        return ""
    fits = [lang for lang, letters in _LETTERS.items() if odd <= set("abcdefghijklmnopqrstuvwxyz" + letters)]
    told = [lang for lang in likely if lang in fits and lang != edition] or fits
    return told[0] if len(told) == 1 or told is not fits else ""


def _named(found: str, words: list[str], edition: str, likely: tuple[str, ...]) -> str:
    """`found`, or the first of the file's languages the words read as well ('de' and 'la' are
    French and Spanish: a French file's text is French)."""
    if not found:
        return ""
    hits = {lang: sum(w in table for w in words) for lang, table in SMALL_WORDS.items()}
    for lang in likely:
        if lang != edition and hits.get(lang, 0) == max(hits.values()) > 0:
            return lang
    return "" if found in ("?", edition) else found


def quotes(summary: EventSummary) -> Iterator[tuple[str, Quote]]:
    for sid, section in summary.sections.items():
        for fid, figure in section.figures.items():
            yield f"sections.{sid}.figures.{fid}.quote", figure.quote  # type: ignore[misc]
        for index, person in enumerate(section.people):
            yield f"sections.{sid}.people[{index}].quote", person.quote  # type: ignore[misc]
        for index, launch in enumerate(section.launches):
            yield f"sections.{sid}.launches[{index}].quote", launch.quote  # type: ignore[misc]
        for lid, item_list in section.lists.items():
            yield f"sections.{sid}.lists.{lid}.quote", item_list.quote  # type: ignore[misc]


def quote_language_warnings(edition: EventSummary) -> list[str]:
    """`validate`'s warnings for one edition's quotes in another language, unmarked."""
    locale = edition.formatting.locale
    lang = locale.replace("-", "_").split("_")[0].lower()
    named = (*edition.formatting.languages, locale)
    likely = tuple(dict.fromkeys(tag.replace("-", "_").split("_")[0].lower() for tag in named))
    warnings = []
    for where, quote in quotes(edition):
        if quote is None or quote.language:
            continue
        found = language_of(str(quote.text), lang, likely)
        if found:
            warnings.append(
                f"{where}: the {locale} edition prints this quote, which reads as '{found}', not "
                f"'{lang}'; give its translation (text: {{{found}: …, {lang}: …}}) or, to print the "
                f"source's own words, say their language (language: {found})"
            )
    return warnings
