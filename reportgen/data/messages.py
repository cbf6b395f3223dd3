"""The documents' own words ('Key figures', 'Sources') in the event's language, from gettext
message catalogues.

The default templates write every fixed word as `{{ _("Key figures") }}`; the code marks its own
(a chart's alt text, 'Amounts in …') with `gettext`. `pybabel extract` gathers them all into
reportgen/locale/reportgen.pot (see babel.cfg and docs/templates.md), and each language's editor
translates them in reportgen/locale/<language>/LC_MESSAGES/reportgen.po, compiled beside it to
reportgen.mo. A word with no translation, or a language with no catalogue, prints as written, so a
template written in its own language needs no catalogue at all: plain text stays plain.

Named values go into a message as `%(name)s` (`_("%(event)s at a glance", event=...)`), so a
language can put them where its grammar wants ('要点速览' follows the name). Only that form is
replaced, never Python's whole `%` formatting: a template cannot ask for a padding a million wide.
"""

from __future__ import annotations

import gettext as _gettext
import re
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.support import Translations

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
DOMAIN = "reportgen"
_NAMED = re.compile(r"%\((\w+)\)s|%%")


#: The contexts of a sentence's entries whose verb agrees with its subject (data/subject_forms.py):
#: a plural one, and in Polish a singular one's gender.
PLURAL_SUBJECT = "plural subject"
GENDER_SUBJECTS = {"m": "masculine subject", "f": "feminine subject", "n": "neuter subject"}
#: The context of a sentence whose subject holds its particle (Korean '전주국제영화제가').
PARTICLE_SUBJECT = "subject with its particle"


def _subject_context(values: Any) -> str:
    """The context of the first value that is a subject of known number or gender, or ''."""
    for value in values:
        if getattr(value, "particle", False) is True:
            return PARTICLE_SUBJECT
        if getattr(value, "plural", False) is True:
            return PLURAL_SUBJECT
        gender = getattr(value, "gender", "")
        if isinstance(gender, str) and gender in GENDER_SUBJECTS:
            return GENDER_SUBJECTS[gender]
    return ""


def N_(message: str) -> str:
    """Marks `message` for the catalogue where it is defined; it is translated where it is used."""
    return message


def NC_(context: str, message: str) -> tuple[str, str]:
    """`N_` for a message whose words depend on a context the English does not show (the gender
    and number of a sentence's subject): a catalogue's entry with its `msgctxt`."""
    return context, message


@cache
def catalogue_name(locale: str) -> str:
    """The catalogue a locale reads: its language ('de' for de_AT too), or zh_Hans / zh_Hant."""
    try:
        parsed = Locale.parse(locale)
    except (ValueError, UnknownLocaleError):
        return "en"
    if parsed.language == "zh":
        hant = parsed.script == "Hant" or (not parsed.script and parsed.territory in {"TW", "HK", "MO"})
        return "zh_Hant" if hant else "zh_Hans"
    return "nb" if parsed.language == "no" else parsed.language  # Norwegian: Bokmål's words


def catalogues() -> tuple[str, ...]:
    """The languages with a compiled catalogue, by catalogue name."""
    return tuple(sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")))


@cache
def translations(locale: str) -> _gettext.NullTranslations:
    name = catalogue_name(locale)
    path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if name == "en" or not path.is_file():
        return _gettext.NullTranslations()
    with path.open("rb") as handle:
        return Translations(handle, domain=DOMAIN)


@cache
def missing_warning(locale: str) -> str | None:
    """A warning for a non-English locale whose language has no catalogue of the templates' words."""
    name = catalogue_name(locale)
    if name == "en" or name in catalogues():
        return None
    return (
        f"formatting.locale {locale}: reportgen has no catalogue of the default templates' words "
        f"for {name!r}, so headings such as 'Key figures' are printed in English; catalogues: "
        f"{', '.join(catalogues())} (see docs/templates.md, 'Words in other languages')"
    )


def interpolate(text: str, values: dict[str, Any]) -> str:
    """`%(name)s` replaced by each named value, `%%` by '%'; a name not given is an error."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return "%"
        if name not in values:
            raise KeyError(f"the message {text[:80]!r} names %({name})s, which is not given")
        return str(values[name])

    return _NAMED.sub(one, text)


#: A character one region writes in another form than the catalogue its language shares: Hong
#: Kong's and Macao's press write 佔 ('佔比', '佔總數'), Taiwan's standard form is 占 (review YY1 #8:
#: '各項占比' under a zh_HK title that writes '佔一半以上'). One form per document, the region's.
REGIONAL_FORMS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("zh_Hant", "HK"): (("占", "佔"),),
    ("zh_Hant", "MO"): (("占", "佔"),),
    ("zh_Hant", "TW"): (("佔", "占"),),
}


@cache
def _regional_forms(locale: str) -> tuple[tuple[str, str], ...]:
    try:
        territory = Locale.parse(locale).territory or ""
    except (ValueError, UnknownLocaleError):
        return ()
    return REGIONAL_FORMS.get((catalogue_name(locale), territory), ())


def regional(locale: str, text: str) -> str:
    """A catalogue's `text` in the characters `locale`'s region writes ('佔比' in Hong Kong)."""
    for catalogue_form, own in _regional_forms(locale):
        text = text.replace(catalogue_form, own)
    return text


def pgettext(locale: str, entry: tuple[str, str]) -> str:
    """An `NC_` entry (context, message) in the locale's language, as written when no catalogue
    has it; its named values are left for the caller to place."""
    context, message = entry
    return regional(locale, translations(locale).pgettext(context, message))


def gettext(locale: str, message: Any, **values: Any) -> str:
    """`message` in the locale's language (as written when no catalogue has it), with its values;
    its entry for a plural subject where one of the values is one (data/subject_forms.py) and the
    catalogue has that entry."""
    if not isinstance(message, str):
        raise TypeError(f"_() translates text, not {type(message).__name__}")
    translated = translations(locale).gettext(str(message)) if message else ""
    context = _subject_context(values.values()) if message else ""
    if context:
        agreed = translations(locale).pgettext(context, str(message))
        translated = translated if agreed == message else agreed
    translated = regional(locale, translated)
    return interpolate(translated, values) if values or "%" in translated else translated
