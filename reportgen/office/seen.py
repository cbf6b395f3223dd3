"""Document text as its reader sees it, for the check's warnings: no joiners, and a plain space
for each no-break space, so that a warning quotes '4.12 lakh', not Python's '4.12\\u202flakh'."""

from __future__ import annotations

from reportgen.data.seen_text import AS_SEEN


def quoted(text: str) -> str:
    """`text` as a warning quotes it: as seen, between plain quotes."""
    return f"'{text.translate(AS_SEEN)}'"
