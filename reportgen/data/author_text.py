"""Text written for the file's author, not its readers: "TODO", "this file", "check whether...".

An allow-list of patterns, matched word-bounded and case-insensitive. `validate` warns about them in
text an event prints (a figure's `note`, a summary, a quote); the document check looks for them in
every built document, so a template's or a data file's note to itself never reaches readers. Text
meant for the author alone goes in a `comment`, which is never printed.
"""

from __future__ import annotations

import re

#: Phrases that address the file's author; each is matched as whole words, in any case.
AUTHOR_PHRASES = (
    r"TODO",
    r"FIXME",
    r"XXX+",
    r"TBD",
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
