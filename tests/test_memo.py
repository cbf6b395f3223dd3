"""One bounded memo class (reportgen/memo.py); no hand-written bounded cache beside it."""

from __future__ import annotations

import re
from pathlib import Path

import reportgen
from reportgen.data import load
from reportgen.memo import Memo
from reportgen.office import compiled, package, verify

PACKAGE = Path(reportgen.__file__).parent
#: How a hand-written bounded cache looks: a size check that clears or drops the oldest entry.
HAND_WRITTEN = re.compile(r"if len\([\w.]+\) >= [\w.]+:\n\s+([\w.]+\.clear\(\)|[\w.]+\.pop\(next\(iter)")


def test_a_memo_forgets_its_oldest_entry_past_its_limit() -> None:
    memo: Memo[str, int] = Memo(2)
    memo.remember("a", 1)
    memo.remember("b", 2)
    memo.remember("a", 3)  # remembered again: now the newest
    memo.remember("c", 4)
    assert ("a" in memo, "b" in memo, "c" in memo, len(memo)) == (True, False, True, 2)
    assert memo.get("a") == 3 and memo.get("b") is None


def test_the_caches_are_memos() -> None:
    memos = [load._VALIDATED, compiled._memory, package._PASSED, package._INSIDE, verify._TEMPLATE_TAGS]
    assert all(isinstance(memo, Memo) for memo in memos)


def test_no_hand_written_bounded_cache_outside_the_memo() -> None:
    found = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "memo.py" and HAND_WRITTEN.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
