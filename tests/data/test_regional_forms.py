"""A region's own character forms in the catalogue its language shares (review YY1 #8: '各項占比'
in a zh_HK deck whose own text writes '佔'): one form per document, the region's."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from reportgen.data import messages

CATALOGUE = messages.LOCALE_DIR / "zh_Hant" / "LC_MESSAGES" / "reportgen.po"


def _msgids() -> list[str]:
    with CATALOGUE.open("rb") as handle:
        catalogue = read_po(handle)
    return [m.id for m in catalogue if m.id and isinstance(m.id, str) and m.string and not m.context]


REGIONS = [("zh_HK", "佔", "占"), ("zh_MO", "佔", "占"), ("zh_TW", "占", "佔"), ("zh_Hant_HK", "佔", "占")]


@pytest.mark.parametrize(("locale", "own", "other"), REGIONS)
def test_every_catalogue_word_in_the_regions_form(locale: str, own: str, other: str) -> None:
    said = [messages.gettext(locale, m, **_values(m)) for m in _msgids()]
    assert not [t for t in said if other in t], f"{locale} writes {own}, never {other}"
    assert any(own in t for t in said)  # the catalogue has words of this character


def test_rounding_note_in_hong_kong_form() -> None:
    note = messages.gettext("zh_HK", "Shares are rounded to the nearest percent.")
    assert "佔比" in note and "占" not in note


def test_names_given_are_never_changed() -> None:
    # a value put into a message is the event's text: its characters stay as written
    text = messages.gettext("zh_HK", "%(event)s at a glance", event="占士邦展")
    assert "占士邦展" in text


def _values(message: str) -> dict[str, str]:
    return {name: "x" for name in re.findall(r"%\((\w+)\)s", message)}
