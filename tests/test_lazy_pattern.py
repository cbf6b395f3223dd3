"""Regular expressions compiled where they are used, not on import (reportgen/lazy_pattern.py)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys

import pytest

from reportgen.lazy_pattern import ScriptPattern, lazy, of_script

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


SCRIPT_TEXTS = (
    "世界人工智能大会 2022 在上海举行",
    "관람객 12 만 명",
    "来場者は約8,300人（24%）",
    "Nearly 500 exhibitors",
    "",
)


@pytest.mark.parametrize("text", SCRIPT_TEXTS)
def test_a_script_pattern_answers_as_the_compiled_one(text: str) -> None:
    source = r"(?<=\d) (?=[\u2e80-\u9fff\uac00-\ud7af])|[\u3040-\u30ff\u4e00-\u9fff]{2,}"
    eager, late = re.compile(source), of_script(source, "\u2e80")
    assert late.pattern == source
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(late, method)(text), getattr(eager, method)(text)
        assert (found and found.span()) == (expected and expected.span()), method
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.findall(text) == eager.findall(text)
    assert late.sub("|", text) == eager.sub("|", text) and late.subn("|", text) == eager.subn("|", text)
    assert late.sub(lambda m: "#", text, 1) == eager.sub(lambda m: "#", text, 1)
    assert late.split(text) == eager.split(text)


def test_a_script_pattern_is_not_compiled_for_a_text_without_its_script(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda source, flags=0: compiled.append(source) or real(source, flags))
    late = of_script(r"[\u3040-\u30ff\u4e00-\u9fff]+", "\u3040")
    for text in ("Ålesund: 12 000 besøkende", "Zürich – Straße", "Ελλάδα", "Москва", "", "x\u2060y"):
        assert late.search(text) is None and late.sub("", text) == text and late.split(text) == [text]
    assert compiled == []
    assert late.findall("東京 2026 とうきょう") == ["東京", "とうきょう"] and len(compiled) == 1


def _script_patterns() -> list[tuple[str, str, ScriptPattern]]:
    import reportgen

    found = []
    for info in pkgutil.walk_packages(reportgen.__path__, "reportgen."):
        if info.name.endswith("__main__") or ".cluster" in info.name:
            continue
        module = importlib.import_module(info.name)
        found += [(info.name, n, v) for n, v in vars(module).items() if isinstance(v, ScriptPattern)]
    return found


def test_every_script_pattern_s_floor_holds() -> None:
    """A floor too high would make a pattern miss a match in every Latin text: each pattern of
    reportgen's is run, compiled as it is, over every character below its floor, and over texts
    of them with digits, spaces, signs and line breaks beside each, and finds nothing."""
    patterns = _script_patterns()
    assert len(patterns) >= 10
    for module, name, pattern in patterns:
        below = [chr(c) for c in range(ord(pattern.floor)) if not 0xD800 <= c <= 0xDFFF]
        eager = re.compile(pattern.pattern)
        texts = ["".join(below), *(f"1 {c} 2%{c}\x0b{c}" for c in below[::7]), "".join(below[::-1])]
        assert not [t for t in texts if eager.search(t)], f"{module}.{name}"
