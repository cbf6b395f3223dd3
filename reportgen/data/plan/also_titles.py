"""A slide's title without an 'also' that lost what it adds to (review RR3 T1: the Turkish
conference's 'Konferans, ilk kez yurt dışından gelen katılımcı sayısında da rekor kırdı', whose
'da' pointed at the sentence before it in the event file's summary, not printed above the title).
A title is read first on its slide: an 'also', 'auch', 'ook', 'aussi', 'anche', 'também', 'da/de'
or '也' in it adds to nothing, unless the title holds its own antecedent ('not only … but also',
'sowohl … als auch', 'hem … hem de'). Where the word is part of another ('ya da': or; 'anche
se': even if; '也许': maybe), it stays."""

from __future__ import annotations

import re
from dataclasses import replace

from reportgen.data.plan.views import DeckPage, SectionView

#: By language: the word, and what before or after it makes it another word or gives it its
#: antecedent within the title (kept then). Lower case; matched as whole words.
_ALSO: dict[str, tuple[str, str, str]] = {
    # language: (the word, kept after these words, kept before these words)
    "en": (r"also", r"but|only", r""),
    "de": (r"auch", r"als|aber|wenn|sondern", r"wenn|nur"),
    "nl": (r"ook", r"maar|als", r"al|wel"),
    "fr": (r"également|aussi", r"mais|que", r"bien|que|\w+ que"),
    "it": (r"anche", r"ma", r"se|quando|solo"),
    "es": (r"también", r"sino|pero", r""),
    "pt": (r"também", r"mas|como", r""),
    "sv": (r"också", r"utan|men|även", r""),
    "da": (r"også", r"men|men\s+\w+", r""),
    "nb": (r"også", r"men|men\s+\w+", r""),
    "pl": (r"również|także|też", r"ale|lecz|jak", r""),
    "tr": (r"da|de|ta|te", r"ya|hem|ve", r"olsa|\w+mesine"),
}
#: Chinese 也 (also), not in 也许 (maybe) nor after 再 (再也: ever again) nor 即使/哪怕 … 也 (even if).
_CJK_ALSO = re.compile(r"(?<!再)也(?!许|許)")
_EVEN_IF = ("即使", "哪怕", "虽然", "雖然", "不仅", "不僅", "无论", "無論", "不管")


def unaltered(sections: tuple[SectionView, ...], locale: str) -> tuple[SectionView, ...]:
    """`sections`, each slide's title without an 'also' that adds to nothing (see the module's note)."""
    return tuple(
        replace(section, deck_pages=tuple(_page(p, locale) for p in section.deck_pages))
        for section in sections
    )


def _page(page: DeckPage, locale: str) -> DeckPage:
    title = page.title_finding
    kept = without_also(title, locale) if title and not page.credit else title
    if kept == title:
        return page
    if page._found_first or title == page.found:
        return replace(page, found=kept)
    return replace(page, found=kept, headline=page.lead, _found_first=True)


def without_also(title: str, locale: str) -> str:
    """`title` without its 'also' (see the module's note); `title` where it has none, or where it
    holds the word's antecedent."""
    language = locale.replace("-", "_").split("_")[0].lower()
    if language in ("zh", "yue"):
        if any(w in title for w in _EVEN_IF) or len(_CJK_ALSO.findall(title)) != 1:
            return title
        return _CJK_ALSO.sub("", title)
    if language not in _ALSO:
        return title
    word, before, after = _ALSO[language]
    keep_before = rf"(?<!\w)(?:{before})\s+" if before else None
    keep_after = rf"\s+(?:{after})(?!\w)" if after else None
    pattern = re.compile(rf"(?<!\w)(?:{word})(?!\w)", re.IGNORECASE)
    found = list(pattern.finditer(title))
    if len(found) != 1:
        return title
    match = found[0]
    head, tail = title[: match.start()], title[match.end() :]
    if keep_before and re.search(rf"{keep_before}$", head, re.IGNORECASE):
        return title
    if keep_after and re.match(keep_after, tail, re.IGNORECASE):
        return title
    if language == "tr" and re.search(r"(?<!\w)hem(?!\w)", head, re.IGNORECASE):
        return title  # 'hem … hem de': both … and
    if language == "en" and re.search(r"(?<!\w)not only(?!\w)", head, re.IGNORECASE):
        return title
    if not head.strip() or not tail.strip():
        return title  # a title that opens or ends with it: no cut that reads whole
    joined = f"{head.rstrip()} {tail.lstrip()}"
    return re.sub(r"\s+([,;:])", r"\1", joined)
