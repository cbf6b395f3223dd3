"""Text written for the file's author, not its readers: "TODO", "this file", "check whether...".

An allow-list of patterns, matched word-bounded and case-insensitive (the markers TODO, FIXME,
XXX and TBD in capitals or before a colon only: "todo" is a Spanish and Portuguese word).
`validate` warns about them in text an event prints (a figure's `note`, a summary, a quote); the
document check looks for them in every built document, so a template's or a data file's note to
itself never reaches readers. Text meant for the author alone goes in a `comment`, which is never
printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Phrases that address the file's author; each is matched as whole words, in any case.
AUTHOR_PHRASES = (
    # markers in capitals, or with a colon: 'todo' is a Spanish and Portuguese word ('todo el año')
    r"(?-i:TODO|FIXME|XXX+|TBD)",
    r"(?:todo|fixme|tbd):",
    r"lorem ipsum",
    r"this (?:file|YAML|template|data file|placeholder)",
    r"(?:please |to |must |should )?(?:re-?)?check(?:ed)? (?:this|that|whether|if|with|again)",
    r"check the (?:source|figure|number|spelling|date)",
    r"to be (?:checked|confirmed|verified|added|completed)",
    r"not recorded in the facts",
    r"fill (?:this )?in",
)
_PATTERN = re.compile(r"(?<!\w)(?:" + "|".join(AUTHOR_PHRASES) + r")(?!\w)", re.IGNORECASE)


def addresses_author(text: str) -> str | None:
    """The first phrase of `text` written for the file's author, as it is written there, or None."""
    found = _PATTERN.search(text)
    return found.group(0) if found else None


#: Fields that are never printed, or are not prose: not searched.
_UNPRINTED = frozenset({"comment", "url", "logo", "locale", "slug"})


def printed_texts(data: object, where: str = "") -> Iterator[tuple[str, str]]:
    """(the field's dotted place, its text) of every string an event (a pydantic model, dicts,
    lists) may print: every field but those never printed or not prose (_UNPRINTED)."""
    stack: list[tuple[str, object]] = [(where, data)]
    while stack:
        place, value = stack.pop()
        if isinstance(value, str):
            yield place, value
        elif isinstance(value, dict):
            stack += [(f"{place}.{key}".lstrip("."), item) for key, item in value.items()]
        elif isinstance(value, list | tuple):
            stack += [(f"{place}[{index}]", item) for index, item in enumerate(value)]
        elif hasattr(type(value), "model_fields"):
            stack += [
                (f"{place}.{name}".lstrip("."), getattr(value, name))
                for name in type(value).model_fields
                if name not in _UNPRINTED
            ]


def author_text_warnings(data: object, where: str = "") -> list[str]:
    """Warnings for printed text of an event (a pydantic model, dicts, lists) that addresses the
    file's author, each naming the field ('sections.fair.figures.visitors.note')."""
    warnings = []
    for place, value in printed_texts(data, where):
        phrase = addresses_author(value)
        if phrase:
            warnings.append(
                f"{place}: {phrase!r} addresses the file's author, but this text is printed; "
                "move it to a `comment:` (never printed) or remove it"
            )
    return sorted(warnings)
