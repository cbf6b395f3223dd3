"""The word joiners a document prints: only those a renderer reads (typography.honoured_joiners).

The plan ties a Chinese or Japanese number to its scale, counter and qualifier by word joiners
between each of their characters, and the fit and the phrase breaks read that run as one word.
A joiner between two of their characters changes nothing LibreOffice sets (it breaks there as
without it), and a reader copies each one with the number ('4\u2060万\u20601200\u2060件\u2060以\u2060上',
review W). Once a document is laid out, its paragraphs keep the joiners beside digits only. A run
boundary does not part a pair: each paragraph is read whole, its runs' texts changed in place.

A deck prints none (`drop_joiners`): a search or a copy of '8.6萬' missed '8.6\u2060萬' (review PP).
Its lines are ended before a tied number where a line would cut it (powerpoint/url_lines.py), so
the joiners have nothing left to hold once the deck is laid out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportgen.data.typography import WORD_JOINER, honoured_joiners
from reportgen.office.ooxml import qn


def drop_idle_joiners(trees: Iterable[Any], paragraph: str, text: str) -> None:
    """In each `paragraph` element (qualified name, 'w:p' or 'a:p') of `trees`, the joiners of its
    `text` elements ('w:t', 'a:t') no renderer reads removed."""
    for tree in trees:
        for p in tree.iter(qn(paragraph)):
            texts = [t for t in p.iter(qn(text)) if t.text]
            if not any(WORD_JOINER in t.text for t in texts):
                continue
            whole = "".join(t.text for t in texts)
            kept = honoured_joiners(whole)
            if kept == whole:
                continue
            _apply(texts, whole, kept)


def drop_joiners(trees: Iterable[Any], text: str) -> None:
    """Every word joiner of the `text` elements ('a:t') of `trees` removed."""
    for tree in trees:
        for t in tree.iter(qn(text)):
            if t.text and WORD_JOINER in t.text:
                t.text = t.text.replace(WORD_JOINER, "")


def _apply(texts: list[Any], whole: str, kept: str) -> None:
    """Each text element's share of `kept`, which is `whole` less some joiners."""
    at = 0  # in kept
    start = 0  # in whole
    for t in texts:
        end = start + len(t.text)
        part = []
        for char in whole[start:end]:
            if at < len(kept) and kept[at] == char:
                part.append(char)
                at += 1
            # else: a joiner dropped from `whole`
        t.text = "".join(part)
        start = end
