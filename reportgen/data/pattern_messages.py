"""What `validate` says of a value a field's pattern refuses: the rule in words and what to write,
never the regular expression or the model's own names ('daprà' was "is not a valid [key] (it must
match ^[a-z][a-z0-9_]*$)", and a chart's third figure "is not a valid 2": review YY2).

A suggestion is made from what the author wrote (accents dropped, capitals made small, other
signs made '_' or '-') and given only where it fits the rule it names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from reportgen.data import language_names
from reportgen.data.model import (
    FIGURE_REF_PATTERN,
    KEY_PATTERN,
    LOCALE_PATTERN,
    LOGO_NAME,
    SLUG_PATTERN,
    URL_PATTERN,
)


def _plain(text: str) -> str:
    """`text` in small Latin letters without accents ('Daprà' -> 'dapra', 'Straße' -> 'strasse')."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae"))
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def suggested_id(text: str) -> str:
    """An id for `text`: small letters, digits and '_', starting with a letter; '' where none."""
    word = re.sub(r"[^a-z0-9]+", "_", _plain(text)).strip("_")
    word = re.sub(r"^[0-9_]+", "", word)
    return word[:64] if re.fullmatch(KEY_PATTERN, word[:64]) else ""


def _id(written: str) -> str:
    said = f"{written!r}: ids use a–z, 0–9 and _ only, and start with a letter"
    suggestion = suggested_id(written)
    return f"{said}: write {suggestion!r}" if suggestion else said


def _figure_ref(written: str) -> str:
    said = f"{written!r}: a chart names each figure as section.figure, with ids in a–z, 0–9 and _ only"
    section, dot, figure = written.partition(".")
    suggestion = f"{suggested_id(section)}.{suggested_id(figure)}" if dot else ""
    return f"{said}: write {suggestion!r}" if re.fullmatch(FIGURE_REF_PATTERN, suggestion) else said


def _slug(written: str) -> str:
    said = f"{written!r}: a slug uses a–z, 0–9 and - only, starts with a letter or a digit, at most 63 long"
    suggestion = re.sub(r"[^a-z0-9]+", "-", _plain(written)).strip("-")[:63].rstrip("-")
    return f"{said}: write {suggestion!r}" if re.fullmatch(SLUG_PATTERN, suggestion) else said


def _url(written: str) -> str:
    said = f"{written!r}: a link starts with http:// or https:// and has no spaces"
    suggestion = "https://" + written.strip() if "://" not in written else ""
    return f"{said}: write {suggestion!r}" if re.fullmatch(URL_PATTERN, suggestion) else said


def _logo(written: str) -> str:
    return (
        f"{written!r}: a logo is the name of a PNG or JPEG file (.png, .jpg, .jpeg) beside the event "
        "file, without folders, such as 'logo.png'"
    )


def _locale(written: str) -> str:
    said = (
        f"{written!r}: a locale is a language code, with _ and a region where need be, "
        "such as it_IT, pt_BR or de_CH"
    )
    suggestion = written.strip().replace("-", "_")
    if not re.fullmatch(LOCALE_PATTERN, suggestion):
        suggestion = language_names.nearest(written) or ""
    return f"{said}: write {suggestion!r}" if suggestion else said


_MESSAGES: dict[str, Callable[[str], str]] = {
    KEY_PATTERN: _id,
    FIGURE_REF_PATTERN: _figure_ref,
    SLUG_PATTERN: _slug,
    URL_PATTERN: _url,
    LOGO_NAME: _logo,
    LOCALE_PATTERN: _locale,
}


def refusal(pattern: str, written: str) -> str:
    """What to tell of `written`, which `pattern` refused; a plain sentence for a pattern not here."""
    said = _MESSAGES.get(pattern)
    return said(written) if said else f"{written!r} is not written as this field needs"
