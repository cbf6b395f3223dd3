"""An edition's file-name-safe slug, from the event's short name or else its file's name."""

from __future__ import annotations

import re
import unicodedata

from reportgen.data.model import Event


def slugify(event: Event, stem: str | None = None) -> str:
    """A file-name-safe slug: ASCII letters, digits and hyphens only, so no name can leave output/.
    Where the short name has no Latin letters (ロボ展 2024, 전시회 2024), the event file's name
    (`stem`) when it has some: two such events in one folder then keep their own names, where
    both were 'event-2024'."""
    if event.slug:
        return event.slug
    slug = _ascii_slug(event.short_name)
    if not re.search(r"[a-z]", slug) and stem and re.search(r"[a-z]", _ascii_slug(stem)):
        slug = _ascii_slug(stem)
    if not slug or not re.search(r"[a-z]", slug):
        slug = f"event-{event.year}" if str(event.year) not in slug else f"event-{slug}"
    return slug


#: Latin letters with no ASCII letter in their decomposition, as a file name spells them ('Tromsø',
#: 'Łódź', 'Straße'): dropped, they ran the name's letters together ('troms', 'odz', 'strae').
_LETTERS = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i",
})  # fmt: skip


def _ascii_slug(text: str) -> str:
    # a dash or a space of any kind parts two words as a hyphen does ('SFHST–AIEH', not 'sfhstaieh');
    # an apostrophe joins them ('d’Aquitaine': 'daquitaine')
    text = "".join(" " if unicodedata.category(c) in ("Pd", "Zs") else c for c in text.translate(_LETTERS))
    ascii_name = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
