"""A briefing's title never leaves its last word alone on a line.

The deck ties a title's last two words (powerpoint/fit.py `_tie_last_words`); the briefing set its
title with plain spaces, so a long event name ended its page's first line with the year alone on
the next ('Riverside Hospice 10K Fun Run / 2026', '…Gebäudetechnikmesse Zürich / 2026': review W).
Here the last space of a title paragraph becomes a no-break one where the two words it joins are
short enough to share a line (at most TIED_CHARS characters). Headings, a few words of a section's
name on a full line, are left as the template sets them.
"""

from __future__ import annotations

from typing import Any

from reportgen.office.ooxml import qn

#: The style ids of Word's built-in title and subtitle, which every template keeps (a restyled
#: one changes what they look like, not their ids).
TITLE_STYLES = frozenset({"Title", "Subtitle"})
#: The longest pair of last words tied ('Zürich\u00a02026', 'Messe\u00a0Zürich').
TIED_CHARS = 24


def tie_title_ends(body: Any) -> None:
    """Tie the last two words of each title paragraph of `body` (w:body)."""
    for paragraph in body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) not in TITLE_STYLES:
            continue
        texts = list(paragraph.iter(qn("w:t")))
        whole = "".join(t.text or "" for t in texts).rstrip()
        if whole.count(" ") < 2:  # two words, or none: nothing to keep from standing alone
            continue
        head, _, last = whole.rpartition(" ")
        if len(head.rsplit(" ", 1)[-1]) + 1 + len(last) > TIED_CHARS:
            continue
        for text in reversed(texts):  # the last plain space, in the run that holds it
            value = (text.text or "").rstrip()
            at = value.rfind(" ")
            if at != -1:
                text.text = value[:at] + "\u00a0" + (text.text or "")[at + 1 :]
                break
            if value:
                break  # the last word is a run of its own: left as it is
