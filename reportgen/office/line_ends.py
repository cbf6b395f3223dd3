"""The document check of a PDF's lines: a unit a reader keeps together, parted by a line's end.

Only the pages show where a renderer ended a line, so with `--pdf` each page's lines (pypdf) of
the briefing and the deck are read for three kinds of break (review KK): an address broken at a
hyphen ('…/prensa/2026-' / 'balance': a reader copies it in two pieces), an as-of label's word
parted from its date or time ('Besøgende i alt, pr.' / '20. september 2026', '… 47분' / '기준'),
and a line that ends with a heading's separator ('… de mayo de 2026 ·' / 'Oviedo, España') or
starts with one. The words of an as-of label are every language's (data/phrases.py): a check of
a user's template does not know which language its text is in.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from pathlib import Path

from reportgen.data import phrases

#: An address broken at a hyphen: the line's last word is an address that ends with one.
_BROKEN_ADDRESS = re.compile(r"(?:https?://|www\.)\S*-$")
#: The separator of a heading's parts (punctuation.separator), alone at a line's end or start.
_SEPARATOR = "\u00b7"
#: The pages read (a deck has a dozen; a long briefing is not read whole).
MAX_PAGES_READ = 40


@cache
def as_of_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that open an as-of label ('pr.', 'as of', 'Stand:', 'au', 'stan na') and those
    that close one ('기준', '時点'), in every language of data/phrases.py."""
    leads, trails = set(), set()
    for words in phrases.PHRASES.values():
        for pattern in (words.as_of_date, words.as_of_time, words.as_of_one):
            if "{" not in pattern:
                continue
            lead = pattern[: pattern.index("{")].strip()
            trail = pattern[pattern.rindex("}") + 1 :].strip()
            if lead:
                leads.add(lead)
            if trail and " " not in trail:
                trails.add(trail)
    return tuple(sorted(leads, key=len, reverse=True)), tuple(sorted(trails))


def parted_units(lines: list[str]) -> list[tuple[str, str, str]]:
    """(kind, the end of a line, the start of the next) of each unit parted between two lines:
    'address', 'as of' or 'separator'."""
    leads, trails = as_of_words()
    found = []
    for line, after in itertools.pairwise([*(_plain(line) for line in lines), ""]):
        if not line:
            continue
        if _BROKEN_ADDRESS.search(line):
            found.append(("address", line, after))
        elif _as_of_parted(line, after, leads, trails):
            found.append(("as of", line, after))
        elif line.endswith(_SEPARATOR) or (after.startswith(_SEPARATOR + " ")):
            found.append(("separator", line, after))
    return found


def _as_of_parted(line: str, after: str, leads: tuple[str, ...], trails: tuple[str, ...]) -> bool:
    """Whether `line` ends with an as-of word whose date `after` starts with ('…, pr.' / '20.'),
    or `after` starts with the word that closes an as-of label ('기준') under its time."""
    if after[:1].isdigit() and any(_ends_with_lead(line, lead) for lead in leads):
        return True
    closes = any(after == t or after.startswith((f"{t} ", f"{t},", f"{t})")) for t in trails)
    return closes and line[-1:].isalnum()


def _ends_with_lead(line: str, lead: str) -> bool:
    """Whether `line` ends with the as-of word `lead`, after a label's comma or colon or alone."""
    if not line.endswith(lead):
        return False
    before = line[: -len(lead)].rstrip()
    return not before or before.endswith((",", ":", "(", "\uff0c", "\uff1a"))


def _plain(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()


_ADVICE = {
    "address": "an address is set on a line of its own, never broken at its hyphen",
    "as of": (
        "an as-of label's word starts the line its date or time is on; where they cannot share a "
        "line, shorten the label or widen its box"
    ),
    "separator": "a line of parts breaks at a separator and drops it, never after or before it",
}


def check_line_ends(pdf: Path, shown: str) -> list[str]:
    """Warnings naming `shown` (the PDF's name), the page and each unit a line end parts in it."""
    from pypdf import PdfReader

    warnings = []
    for number, page in enumerate(PdfReader(str(pdf)).pages[:MAX_PAGES_READ], start=1):
        lines = (page.extract_text() or "").splitlines()
        for kind, line, after in parted_units(lines):
            warnings.append(
                f"{shown}: page {number} ends a line with '{line[-40:]}' and starts the next with "
                f"'{after[:30]}': {_ADVICE[kind]}"
            )
    return warnings


#: The first word of an as-of label's date or time, after its opening word ('pr. 20.', 'as of 2').
_DATE_START = r"[ \u00a0]?\d(?:[\d.,:\u2060]|[年月](?=\u2060?\d))*[年月日]?"  # '20.', '2026年7月20日'


@cache
def _as_of_pattern() -> re.Pattern[str]:
    """An as-of label's opening word ('pr.', 'as of', 'Stand:', 'au', 'stan na', '截至', in every
    language of data/phrases.py) with the first word of the date or time it introduces."""
    leads = "|".join(re.escape(lead).replace("\\ ", "[ \u00a0]") for lead in as_of_words()[0])
    return re.compile(rf"(?<![^\s,(:\uff0c\uff08])(?:{leads}){_DATE_START}")


#: A clock time right after a Chinese or Japanese date, with no space to part them ('25日18:00').
_CLOCK = re.compile(r"\u2060?\d{1,2}[:：]\d\d")


def with_clock(text: str, end: int) -> int:
    """The end of an as-of span ending at `end` with the clock time that follows its date without a
    space ('截至2026年10月25日18:00': a tile set '18:00' alone under the date, review OO1); `end`
    where none does."""
    found = _CLOCK.match(text, end) if text[end - 1 : end] == "日" else None
    return found.end() if found else end


def as_of_spans(text: str) -> list[tuple[int, int]]:
    """Where in `text` an as-of label's opening word stands with the date's first word ('pr. 20.'):
    LibreOffice ends a line on 'pr.' and starts the next with the date ('Besøgende i alt, pr.' /
    '20. september 2026 kl. 18.00', review KK); such a unit starts a line of its own instead. A
    no-break space would keep it too, but widened units a narrow band cell cannot hold (breaks18)."""
    return [m.span() for m in _as_of_pattern().finditer(text)]
