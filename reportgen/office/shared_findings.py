"""The document check's rule for two slides in a row that say one finding (reviews UU3 #2, UU1 #5):
a title that writes a number the slide before prints in its title or its tiles (the ja congress's
quote title 「…約2,300人…」 after the glance's tile '約2,300人'), or that claims the record the title
before claims of the same thing (the book awards' 'A record number of books', then the Trust's
'More than 1,140 books …, the most in the awards' history'). The reader turns the page to read the
same thing again; the plan folds such a slide or gives it the section's next finding. Not yet run
by the document check (office/quality.py): six reviewers' events say one finding twice so (the news's
section's first slide titled by its record's quote or sentence after the glance page: the gala, the
Quanzhou marathon, the book awards, the Zwolle design week, the boat show, the Hong Kong book fair),
and it joins the check once the plan mends them (tests/office/test_shared_findings.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportgen.data.superlatives import claims_record, without_claims
from reportgen.lazy_pattern import lazy
from reportgen.office.seen import AS_SEEN, quoted
from reportgen.office.shape_boxes import _is_tile

#: A number as printed: digits with their group and decimal marks ('1,140', '2 300', '15.8').
_NUMBER = re.compile(r"\d(?:[\d.,'\u00a0\u202f ]*\d)?")
#: A clock time ('17:00'), which is no amount.
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
#: A year or a small count, which two slides may both write without saying one finding.
_YEAR = re.compile(r"(19|20)\d\d")
#: Words of letters (any script but Chinese, Japanese and Korean) and runs of those scripts.
_WORD = lazy(r"[^\W\d_\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]+")
_WIDE = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")
#: The letters a word's stem keeps ('books' and 'book' one stem).
_STEM = 4


def _text(shape: Any) -> str:
    return " ".join(shape.text_frame.text.translate(AS_SEEN).replace("\x0b", " ").split())


def _numbers(text: str) -> set[str]:
    """The numbers `text` writes, their marks dropped, less clock times, years and whole numbers
    under 100 (a day of the month, a count of days: the anime expo's '7月26日' in a title and a
    tile's as-of); '1,2' of '1,2 Millionen' counts."""
    written = [n.strip() for n in _NUMBER.findall(_CLOCK.sub(" ", text))]
    found = {re.sub(r"\D", "", n) for n in written if len(re.sub(r"\D", "", n)) > 2 or re.search(r"[.,]", n)}
    return {n for n in found if not _YEAR.fullmatch(n)}


def _stems(text: str) -> set[str]:
    """A text's words' stems (words shorter than the stem left out) and its CJK character pairs."""
    found = {w.casefold()[:_STEM] for w in _WORD.findall(text) if len(w) >= _STEM}
    return found | {run[i : i + 2] for run in _WIDE.findall(text) for i in range(len(run) - 1)}


def _said(slide: Any, area: int) -> tuple[str, str]:
    """(its title, its tiles' texts) of a slide."""
    title = slide.shapes.title
    said = _text(title) if title is not None and title.has_text_frame else ""
    tiles = " ".join(_text(s) for s in slide.shapes if s.has_text_frame and _is_tile(s, area))
    return said, tiles


def shared_findings(slides: Sequence[Any], area: int, shown: str) -> list[str]:
    """Warnings naming each slide whose title says again a finding of the slide before: a number
    its title or tiles print, or a record its title claims of the same thing."""
    said = [_said(slide, area) for slide in slides]
    warnings: list[str] = []
    for number in range(3, len(said) + 1):  # the title slide says the event, no finding
        (before, tiles), (title, _) = said[number - 2], said[number - 1]
        if not title or not before:
            continue
        shared = _numbers(title) & _numbers(f"{before} {tiles}")
        record = (
            claims_record(title)
            and claims_record(before)
            and bool(_stems(without_claims(title)) & _stems(without_claims(before)))
        )
        if shared or record:
            what = "a number" if shared else "a record"
            warnings.append(
                f"{shown}: slide {number}: its title {quoted(title)} says {what} slide {number - 1} says "
                f"already ({quoted(before)}): two slides in a row with one finding read as a repeat; "
                "fold it into the slide after it as its lead, or title it by its section's next finding"
            )
    return warnings
