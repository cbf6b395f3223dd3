"""Whether some words are already said by others: every content word of a person's line ('a animé
la rencontre sur la bande dessinée documentaire') found in a quotation or a credit. Used where a
person's line could go from a slide because their quotation says it (data/plan/slide_titles.py)
and by the check that names a line said twice on a slide (office/people_forms.py)."""

from __future__ import annotations

import re

#: A word of a line: letters of any alphabetic script, apostrophes inside it.
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")
#: A content word is at least this long; its first letters (a stem) are what must match.
CONTENT = 4
STEM = 5


def _stems(text: str) -> set[str]:
    return {w.lower()[:STEM] for w in _WORD.findall(text) if len(w) >= CONTENT}


def says(words: str, line: str) -> bool:
    """Whether `words` say every content word of `line`; False where `line` has none (a line
    in a script without spaces, or of short words only, is never taken as said)."""
    wanted = _stems(line)
    return bool(wanted) and wanted <= _stems(words)
