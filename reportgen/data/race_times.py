"""A race time typed with the keyboard's ' and " (1:52'36"4, 2'05"3): the documents set those
marks as quotation marks and apostrophes, so the time prints mangled (review YY2). `validate`
names it in any printed text with the form to write: primes (1:52′36″4) or colons (1:52:36.4)."""

from __future__ import annotations

import re

#: Minutes and seconds marked with ' and " (after hours and a colon, or alone), tenths after.
_TIME = re.compile(r"(?<![\w'\"])((?:\d{1,2}:)?\d{1,3})'(\d{2})\"(\d{0,3})(?![\w\"])")


def race_time_warnings(data: object, where: str = "") -> list[str]:
    """One warning per printed text (a pydantic model, dicts, lists) with such a time."""
    warnings: dict[str, None] = {}
    stack: list[tuple[str, object]] = [(where, data)]
    while stack:
        place, value = stack.pop()
        if isinstance(value, str):
            for found in _TIME.finditer(value):
                head, seconds, tenths = found.groups()
                primes = f"{head}′{seconds}″{tenths}"
                colons = f"{head}:{seconds}" + (f".{tenths}" if tenths else "")
                warnings[
                    f"{place}: {found.group(0)} is a time written with ' and \", which the documents "
                    f"set as an apostrophe and a quotation mark; write it with primes, {primes}, or "
                    f"with colons, {colons}"
                ] = None
        elif isinstance(value, dict):
            stack += [(f"{place}.{key}".lstrip("."), item) for key, item in value.items()]
        elif isinstance(value, list | tuple):
            stack += [(f"{place}[{index}]", item) for index, item in enumerate(value)]
        elif hasattr(type(value), "model_fields"):
            stack += [
                (f"{place}.{name}".lstrip("."), getattr(value, name))
                for name in type(value).model_fields
                if name not in ("comment", "url", "logo", "locale", "slug")
            ]
    return sorted(warnings)
