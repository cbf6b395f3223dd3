"""A Linux Python whose RLIMIT_AS is accepted and not enforced, as on macOS.

Activated with PYTHONPATH=tests/shims/macos (subprocesses inherit it): setrlimit(RLIMIT_AS, ...)
succeeds and getrlimit reports the value set, but the kernel never sees it, so only reportgen's
own watchdog can stop a template that eats memory.
"""

from __future__ import annotations

import resource

_setrlimit = resource.setrlimit
_getrlimit = resource.getrlimit
_address_space = [_getrlimit(resource.RLIMIT_AS)]


def _set(which: int, limits: tuple[int, int]) -> None:
    if which == resource.RLIMIT_AS:
        _address_space[0] = tuple(limits)  # accepted, and never enforced
        return
    _setrlimit(which, limits)


def _get(which: int) -> tuple[int, int]:
    return _address_space[0] if which == resource.RLIMIT_AS else _getrlimit(which)


resource.setrlimit = _set
resource.getrlimit = _get
