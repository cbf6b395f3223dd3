"""Regular expressions compiled where they are used, not on import (reportgen/lazy_pattern.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from reportgen.lazy_pattern import lazy

CASES = (
    (r"[\u3040-\u30ff\u3400-\u9fff]+", 0, "WAIC 2022 世界人工知能大会 は 上海 で"),
    (r"(?<!\w)(more than|nearly) (\d+)", re.IGNORECASE, "Nearly 500 exhibitors, more than 40 countries"),
    (r"(?<=\d) (?=[\uac00-\ud7a3])", 0, "관람객 12 만 명, 1 500 원"),
)


@pytest.mark.parametrize(("source", "flags", "text"), CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(source: str, flags: int, text: str) -> None:
    eager, late = re.compile(source, flags), lazy(source, flags)
    assert late.pattern == source
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(late, method)(text), getattr(eager, method)(text)
        assert (found and found.span()) == (expected and expected.span()), method
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.findall(text) == eager.findall(text)
    assert late.sub("|", text) == eager.sub("|", text)
    assert late.subn("|", text, count=1) == eager.subn("|", text, count=1)
    assert late.split(text) == eager.split(text)
    found, expected = late.search(text, 3), eager.search(text, 3)
    assert (found and found.span()) == (expected and expected.span())


def test_it_compiles_once_on_first_use_then_calls_the_compiled_one(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(source: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(source)
        return real(source, flags)

    monkeypatch.setattr(re, "compile", counting)
    late = lazy(r"\d+")
    assert late.pattern == r"\d+" and compiled == []  # made and read: not compiled
    assert late.findall("1 and 22") == ["1", "22"] and compiled == [r"\d+"]
    assert late.sub("#", "1 and 22") == "# and #" and late.search("x9").group() == "9"
    assert compiled == [r"\d+"]  # once
    assert vars(late)["search"].__self__.pattern == r"\d+"  # the compiled pattern's own method
    with pytest.raises(AttributeError):
        late.groupindex  # noqa: B018 (not a method a lazy pattern answers)


#: Imports what a build imports and prints each pattern a module of reportgen compiles meanwhile.
_PROBE = """
import inspect, json, re, sys
seen = []
real = re.compile
def recording(source, flags=0):
    caller = inspect.currentframe().f_back.f_globals.get("__name__", "")
    if isinstance(source, str) and caller.startswith("reportgen"):
        seen.append([caller, source])
    return real(source, flags)
re.compile = recording
import reportgen.pipeline.pipeline, reportgen.office.quality, reportgen.data.derive
print(json.dumps(seen))
"""
#: A character range in a pattern's source: its ends as escapes or as the characters themselves.
_END = r"(\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|[^\\\]\[])"
_RANGE = re.compile(f"{_END}-{_END}")
#: The code points below U+10000 a pattern's ranges may cover when compiled on import. `re` fills
#: them in one at a time: the Chinese, Japanese and Korean blocks (tens of thousands) are about
#: 1-3 ms a pattern; the few thousand of a control-character class are well under a millisecond.
MOST_ON_IMPORT = 4000


def _code_point(end: str) -> int:
    return int(end[2:], 16) if end.startswith("\\") else ord(end)


def _bmp_span(source: str) -> int:
    spans = ((_code_point(a), _code_point(b)) for a, b in _RANGE.findall(source))
    return sum(min(b, 0xFFFF) - a for a, b in spans if a <= 0xFFFF and b > a)


def test_importing_the_build_compiles_no_pattern_over_a_script_block() -> None:
    """Class: every process paid for compiling the patterns of every script (CJK, Hangul) on import,
    about 60 ms of CPU, whatever language the event was in: such patterns are lazy, compiled by the
    build that reads that script (a Latin event's build never compiles them)."""
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(seen) > 100, "the probe saw the modules' patterns compiled"
    wide = [(module, source[:80]) for module, source in seen if _bmp_span(source) > MOST_ON_IMPORT]
    assert not wide, wide


def test_the_span_measure_reads_escapes_and_characters() -> None:
    assert _bmp_span(r"[\u3400-\u9fff]") == 0x9FFF - 0x3400
    assert _bmp_span("[가-힣]") == ord("힣") - ord("가")
    assert _bmp_span(r"[\u2e80-\U0010ffff]") == 0xFFFF - 0x2E80
    assert _bmp_span(r"[a-z0-9]\d-\d") == 25 + 9
