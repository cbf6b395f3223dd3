"""A race time typed with the keyboard's ' and " (1:52'36"4, 2'05"3): the documents set those
marks as quotation marks and apostrophes, so the time prints mangled (review YY2). `validate`
names it in any printed text with the form to write: primes (1:52′36″4) or colons (1:52:36.4)."""

from __future__ import annotations

import re

from reportgen.data.author_text import printed_texts

#: Minutes and seconds marked with ' and " (after hours and a colon, or alone), tenths after.
_TIME = re.compile(r"(?<![\w'\"])((?:\d{1,2}:)?\d{1,3})'(\d{2})\"(\d{0,3})(?![\w\"])")


def race_time_warnings(data: object, where: str = "") -> list[str]:
    """One warning per printed text (a pydantic model, dicts, lists) with such a time."""
    warnings: dict[str, None] = {}
    for place, value in printed_texts(data, where):
        for found in _TIME.finditer(value):
            head, seconds, tenths = found.groups()
            primes = f"{head}′{seconds}″{tenths}"
            colons = f"{head}:{seconds}" + (f".{tenths}" if tenths else "")
            warnings[
                f"{place}: {found.group(0)} is a time written with ' and \", which the documents "
                f"set as an apostrophe and a quotation mark; write it with primes, {primes}, or "
                f"with colons, {colons}"
            ] = None
    return sorted(warnings)
