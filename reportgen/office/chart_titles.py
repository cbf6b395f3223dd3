"""The document check's rule for a chart's slide titled by another figure's sentence (review UU1
#1: the summit's attendance by day under '44% of attendees came to the summit for the first
time', a figure the chart neither draws nor can give). The plan titles a chart's slide with its
finding (data/plan/deck_pages.py `_untied`); a user's template or edited event may still print
such a title, and the check names it. Read on the slides as printed: a native chart's categories
tell which chart a slide holds, its title shape what titles it. A title that is its section's name,
or of fewer than three words, is no figure's sentence though a sentence opens with its words
(review YY1 #3: the Danish summit's 'Investeringer' in 'Investeringerne annonceret under …')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportgen.lazy_pattern import lazy
from reportgen.office.seen import quoted

#: (a chart's category names, the sentences of its section's figures it neither draws nor gives,
#: its section's title)
Untied = tuple[tuple[str, ...], tuple[str, ...], str]

#: The fewest words of a title that can be a figure's sentence, or the part of one a title takes.
_SENTENCE_WORDS = 3
#: Characters written without spaces between words (Chinese, Japanese kana): two count as a word.
_UNSPACED = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _seen(text: str) -> str:
    """`text` as a reader compares it: no joiners, breaks and no-break spaces as spaces, no final stop."""
    text = text.replace("\u2060", "").replace("\x0b", " ").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split()).rstrip(".。!！?？").casefold()


def _words(text: str) -> int:
    """How many words `text` holds: its spaced words, and one for each two unspaced characters."""
    unspaced = len(_UNSPACED.findall(text))
    return len(re.findall(r"[^\W_]+", _UNSPACED.sub(" ", text))) + unspaced // 2


def _categories(shape: Any) -> tuple[str, ...]:
    try:
        return tuple(str(c) for c in shape.chart.plots[0].categories)
    except (IndexError, AttributeError, KeyError, ValueError):
        return ()


def unrelated_titles(slide: Any, charts: Sequence[Any], untied: Sequence[Untied], where: str) -> list[str]:
    """A warning where `slide`'s title is the sentence of a figure its chart (one of `charts`, its
    native chart shapes) neither draws nor gives, by `untied`; else none."""
    title = slide.shapes.title
    if title is None or not charts or not untied:
        return []
    said = _seen(title.text_frame.text)
    if _words(said) < _SENTENCE_WORDS:
        return []  # a topic's name ('Investeringer'), not a sentence
    for shape in charts:
        names = _categories(shape)
        for categories, sentences, section in untied:
            if names != categories or said == _seen(section):
                continue  # another chart's, or the section's name, which the plan titles it with
            if any(said in _seen(s) for s in sentences):
                return [
                    f"{where}: its title {quoted(title.text_frame.text)} is the sentence of a figure its "
                    "chart does not draw: title the slide with the chart's finding, that sentence its lead"
                ]
    return []
