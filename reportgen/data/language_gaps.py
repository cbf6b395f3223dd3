"""What a document prints in English where its language has no words here: one warning, the same
from `validate` and `build` (review LL: `validate --strict` passed a Turkish file whose `build
--strict` failed on the language), naming the language, what prints in English, and what to do."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from reportgen.data import messages, phrases

_FIGURE_WORDS = "qualifiers, currencies and 'as of' times"
_FIGURE_EXAMPLES = ("'more than'", "'as of'")
_TEMPLATE_WORDS = "the templates' headings"
_TEMPLATE_EXAMPLES = ("'Key figures'", "'page 1'")


def _name(language: str) -> str:
    try:
        return Locale.parse(language.split("_")[0]).get_display_name("en") or language
    except (ValueError, UnknownLocaleError):
        return language


def language_warning(locale: str) -> str | None:
    """The warning for a locale whose language lacks words for its figures, a catalogue of the
    templates' words, or both; None where it has both (or is English)."""
    words = phrases.missing_warning(locale) is not None
    catalogue = messages.missing_warning(locale) is not None
    if not (words or catalogue):
        return None
    key = phrases._key(locale) if words else messages.catalogue_name(locale)
    lacking = [w for w, missing in ((_FIGURE_WORDS, words), (_TEMPLATE_WORDS, catalogue)) if missing]
    examples = (_FIGURE_EXAMPLES if words else ()) + (_TEMPLATE_EXAMPLES if catalogue else ())
    name = _name(key)
    adding = [
        *(["a table in reportgen/data/phrases.py"] if words else []),
        *(["a catalogue"] if catalogue else []),
    ]
    return (
        f"formatting.locale {locale}: reportgen has no {key!r} words for {', nor for '.join(lacking)}: "
        f"a {name} document prints them in English ({', '.join(examples)}); build it in a language "
        f"that has them, or add {name}'s: {' and '.join(adding)} (see `reportgen docs data`)"
    )
