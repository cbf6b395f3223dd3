"""The one bounded memo: what this process worked out once, kept for the next ask.

A batch builds many events from one template and often one event several times; checks of a
template's parts, Jinja's compiled code and validated events are all worth remembering, but a
long-running process (`reportgen watch`, a cluster worker) must not grow without end. Past its
limit a memo forgets its oldest entry.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """At most `limit` entries, by key; the oldest is forgotten first."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("a memo holds at least one entry")
        self.limit = limit
        self._entries: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        return self._entries.get(key)

    def remember(self, key: K, value: V) -> None:
        self._entries.pop(key, None)
        while len(self._entries) >= self.limit:
            del self._entries[next(iter(self._entries))]
        self._entries[key] = value

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
