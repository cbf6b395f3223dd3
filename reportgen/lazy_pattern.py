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

#: What a substitution puts in a match's place: a template, or a function of the match.
Replacement = str | Callable[[re.Match[str]], str]
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


class ScriptPattern:
    """A lazy pattern each of whose matches needs a character from `floor` on somewhere in the
    text (a Chinese, Japanese or Korean letter, U+2E80 and after): a text without one (every text
    of a Latin, Greek or Cyrillic event) is answered at once, and the pattern, never compiled."""

    def __init__(self, pattern: str, floor: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.floor = floor
        self._lazy = LazyPattern(pattern, flags)

    def _may_match(self, text: str) -> bool:
        return bool(text) and max(text) >= self.floor

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self._lazy.search(string, *args) if self._may_match(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self._lazy.match(string, *args) if self._may_match(string) else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self._lazy.fullmatch(string, *args) if self._may_match(string) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self._lazy.finditer(string, *args) if self._may_match(string) else iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        return self._lazy.findall(string, *args) if self._may_match(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._lazy.sub(repl, string, count) if self._may_match(string) else string

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self._lazy.subn(repl, string, count) if self._may_match(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self._lazy.split(string, maxsplit) if self._may_match(string) else [string]

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, floor={self.floor!r})"


def of_script(pattern: str, floor: str, flags: int = 0) -> ScriptPattern:
    """A lazy pattern that cannot match a text holding no character from `floor` on (see
    `ScriptPattern`); tests/test_lazy_pattern.py checks each floor against the pattern."""
    return ScriptPattern(pattern, floor, flags)
