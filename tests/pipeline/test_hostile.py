"""Hostile and broken inputs end in a clean answer: the right exit code, a located message, no
traceback, no code run, no earlier output lost and no temporary files left behind."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.commit.output import STAGING_PREFIX
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC, digests
from .hostile_cases import CASES as FIRST_CASES
from .hostile_cases import Case
from .hostile_more import MORE

CASES = FIRST_CASES + MORE


@pytest.fixture(scope="module")
def earlier_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("earlier")
    build(WAIC, Settings.simple(out, TEMPLATES))
    return out


def _param(case: Case):
    """Cases that build whole documents (or wait out a time limit) are slow; refusals are fast."""
    slow = case.code == 0 or case.env or case.id in {"deep-nesting", "zip-bomb", "output-explosion"}
    return pytest.param(case, id=case.id, marks=[pytest.mark.slow] if slow else [])


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_hostile_input(
    case: Case, tmp_path: Path, earlier_output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for target, value in case.env.items():
        module, attribute = target.split(":")
        monkeypatch.setattr(importlib.import_module(module), attribute, value)
    out = tmp_path / "out"
    shutil.copytree(earlier_output, out)
    args = case.make(tmp_path)  # may plant links or damage the cache in `out`
    before = digests(out)
    if "--out" not in args:
        args += ["--out", str(out)]
    if "--templates" not in args and case.kind == "data":
        args += ["--templates", str(TEMPLATES)]
    result = CliRunner().invoke(main, ["build", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == case.code, result.output
    assert case.message in result.output, result.output
    assert "Traceback" not in result.output
    assert len(result.output.splitlines()) <= 25, "an error must fit on one screen"
    # what a line quotes of the input, not the length of the folder the test happens to run in
    quoted = result.output.replace(str(tmp_path), "TMP")
    assert max(map(len, quoted.splitlines()), default=0) <= 400, "a line quotes too much"
    if case.code != 0:
        assert digests(out) == before, "a failed build changed earlier outputs"
    elif case.check:
        case.check(out)
    assert not [p for p in out.glob(f"{STAGING_PREFIX}*") if not p.is_symlink()], "a staging folder was left"
    victim = tmp_path / "victim"
    if victim.is_file():
        assert victim.read_bytes() == b"precious", "a build wrote through a planted link"


def test_the_corpus_is_large_and_covers_every_kind() -> None:
    kinds = {kind: sum(c.kind == kind for c in CASES) for kind in ("data", "template", "environment")}
    assert len(CASES) >= 30 and all(kinds.values()), kinds
    assert len({c.id for c in CASES}) == len(CASES)
