"""Text as its reader sees it, one rule for every reader of the documents' text: a word joiner
(U+2060), a zero width space (U+200B), a soft hyphen and a byte order mark are unseen; a no-break
space (U+00A0, U+202F) and a line break are a space. The plan ties numbers with joiners and the
briefing parts a Chinese or Japanese date with zero width spaces (office/cjk_dates.py); a check that
looked for a text while leaving one of them in (review SS2: zh '截至2026年8月24日16:00', printed
in the briefing, was said to be printed nowhere) warned of what a reader sees."""

from __future__ import annotations

#: What no reader sees: word joiner, zero width space, soft hyphen, byte order mark.
UNSEEN = "\u2060\u200b\u00ad\ufeff"
#: Seen as a plain space: the no-break spaces, and line breaks (a paragraph's or a slide's '\x0b').
AS_SPACE = "\u00a0\u202f\n\x0b"
#: Seen as a plain hyphen: the non-breaking one (typography.suspended_hyphens: 'og \u2011tallerkener').
AS_HYPHEN = "\u2011"
AS_SEEN = str.maketrans({**dict.fromkeys(UNSEEN), **dict.fromkeys(AS_SPACE, " "), AS_HYPHEN: "-"})


def as_seen(text: str) -> str:
    """`text` as a reader sees it: the unseen characters gone, the no-break spaces, line breaks and
    hyphens plain."""
    return text.translate(AS_SEEN)
