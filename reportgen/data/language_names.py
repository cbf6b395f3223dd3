"""The language code an author meant by a language's name: `language: english` is refused, and
the message names the allowed codes and the nearest ('did you mean en?').

Names are Babel's, in each of the documents' languages ('English', 'Englisch', 'anglais',
'inglés', '英語'), so an author writes the name in their own language and is understood."""

from __future__ import annotations

import difflib
from functools import cache

from babel import Locale

#: The documents' languages, named in every message as the codes to write.
DOCUMENT_LANGUAGES = (
    *("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "tr", "ja", "ko", "zh"),
)
ALLOWED = (
    f"write one such as {', '.join(DOCUMENT_LANGUAGES)} (any ISO 639 code), "
    "with a region if need be (en_GB, pt_BR)"
)


@cache
def _names() -> dict[str, str]:
    """Each language's name in each of the documents' languages, casefolded, to its code."""
    names: dict[str, str] = {}
    for shown in DOCUMENT_LANGUAGES:
        for code, name in Locale.parse(shown).languages.items():
            if "_" not in code and code.isalpha() and code.islower():
                names.setdefault(name.casefold(), code)
    return names


def nearest(written: str) -> str | None:
    """The code `written` names ('english', 'Deutsch', 'EN', 'en-gb'), or the closest one; None
    where nothing is near."""
    text = written.strip().replace("-", "_").casefold()
    names = _names()
    if text in names:
        return names[text]
    base = text.split("_")[0]
    if base in names.values():
        return base
    close = difflib.get_close_matches(text, list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


def refusal(written: str) -> str:
    """What `validate` says of a language that is no code: what to write, and the nearest."""
    found = nearest(written)
    return f"{written!r} is not a language code; {ALLOWED}" + (f"; did you mean {found}?" if found else "")
