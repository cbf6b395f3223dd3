"""A regular expression compiled where it is first used, not where its module is imported.

Compiling costs CPU on every start of the process: a character class over a range of the Basic
Multilingual Plane is filled in code point by code point (U+3400 to U+9FFF is 27,000 steps, about
2 ms), and a module of one script's or one language's patterns pays them on import whether or not
the event it builds is written in that script. `lazy(...)` stands for the pattern: the first call
of one of its methods compiles it once, and binds the compiled pattern's methods on the object,
so every later call goes straight to them (no wrapper in between). A Latin-script build then
never compiles the Chinese, Japanese and Korean patterns, nor a Chinese build the English ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

#: The methods of a compiled pattern a lazy one answers, bound on first use.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, done on the first call of a method; `pattern` without it."""

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a name the object does not hold yet: before the first use of a method.
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on its first use (see the module's docstring)."""
    return LazyPattern(pattern, flags)
