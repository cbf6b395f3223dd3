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

from reportgen.data.model import EventSummary, Quote

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
}
STOP_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
MIN_WORDS = 8
MIN_HITS = 3


def _script(text: str) -> str:
    """'ko', 'ja' or 'zh' for a text in their script, '' for any other."""
    if re.search(r"[\uac00-\ud7a3]", text):
        return "ko"
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    return ""


def language_of(text: str, edition: str) -> str:
    """The language `text` reads as where it can be told apart from `edition`'s ('nl'), else ''."""
    script = _script(text)
    if script:  # a Chinese text in a Japanese edition: told by its kana, so only where it is long
        long = len(text) >= MIN_WORDS * 2 or edition not in ("ja", "zh")
        return script if script != edition and long else ""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < MIN_WORDS:
        return ""
    hits = {lang: sum(w in table for w in words) for lang, table in STOP_WORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if best == edition or hits[best] < MIN_HITS or hits.get(edition, 0) * 2 > hits[best]:
        return ""
    return best


def _quotes(summary: EventSummary) -> Iterator[tuple[str, Quote]]:
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
    warnings = []
    for where, quote in _quotes(edition):
        if quote is None or quote.language:
            continue
        found = language_of(str(quote.text), lang)
        if found:
            warnings.append(
                f"{where}: the {locale} edition prints this quote, which reads as '{found}', not "
                f"'{lang}'; give its translation (text: {{{found}: …, {lang}: …}}) or, to print the "
                f"source's own words, say their language (language: {found})"
            )
    return warnings
