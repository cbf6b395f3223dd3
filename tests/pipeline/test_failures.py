"""Failures of the machine around a build: signals, a full disk, a refused move, two builds at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.commit import output as output
from reportgen.commit.output import STAGING_PREFIX

from ..conftest import ROOT, TEMPLATES, WAIC, digests

pytestmark = pytest.mark.slow  # subprocesses, signals, wheels or hundreds of builds

DOCUMENTS = ("waic-2022-briefing.docx", "waic-2022-deck.pptx")


def start_build(out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reportgen",
            "build",
            str(WAIC),
            "--out",
            str(out),
            "--templates",
            str(TEMPLATES),
            "--no-cache",
            "--force",  # every run really builds: the signal must land in a real build
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def identities(folder: Path) -> dict[str, int]:
    """Which file each document is: a build replaces files (new inodes); a rollback restores the old ones.

    Contents cannot tell: two builds within one 2-second zip timestamp write identical bytes.
    """
    return {name: (folder / name).stat().st_ino for name in DOCUMENTS if (folder / name).exists()}


def assert_all_or_nothing(out: Path, before: dict[str, int], detail: str = "") -> str:
    after = identities(out)
    changed = {name for name in DOCUMENTS if after.get(name) != before.get(name)}
    assert changed in (set(), set(DOCUMENTS)), f"only {changed} changed: a half-committed build {detail}"
    assert not list(out.glob(f"{STAGING_PREFIX}*")), "a staging folder was left behind"
    if changed:
        from docx import Document
        from pptx import Presentation

        Document(str(out / DOCUMENTS[0]))
        Presentation(str(out / DOCUMENTS[1]))
    return "new" if changed else "earlier"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_at_any_moment_leaves_earlier_or_complete_outputs(
    sig: signal.Signals, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = start_build(out)
    assert first.wait(timeout=120) == 0
    started = time.monotonic()
    probe = start_build(out)
    probe.wait(timeout=120)
    duration = time.monotonic() - started
    outcomes = []
    for fraction in (0.15, 0.35, 0.55, 0.75, 0.9, 0.97):
        before = identities(out)
        process = start_build(out)
        time.sleep(duration * fraction)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=120)
        assert "Traceback" not in stderr
        expected = {signal.SIGINT: 130, signal.SIGTERM: 143}[sig]
        # 0: the signal came after the build; -sig: before Python set its handlers, or while it exited
        assert process.returncode in (0, expected, -sig), (process.returncode, stderr)
        outcomes.append(assert_all_or_nothing(out, before, f"(exit {process.returncode}: {stderr.strip()})"))
    assert "earlier" in outcomes, outcomes  # at least one signal landed before the commit


def test_two_builds_at_once_take_turns(tmp_path: Path) -> None:
    out = tmp_path / "out"
    processes = [start_build(out) for _ in range(3)]
    for process in processes:
        _, stderr = process.communicate(timeout=180)
        assert process.returncode == 0, stderr
    assert_all_or_nothing(out, {})


def test_a_move_refused_half_way_puts_the_earlier_files_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES)]).exit_code
        == 0
    )
    before = digests(out)
    real_replace = os.replace
    moves = []

    def refuse_the_fourth(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        moves.append(dst)
        if len(moves) == 4:
            raise PermissionError(13, "Permission denied", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", refuse_the_fourth)
    result = runner.invoke(
        main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES), "--no-cache"]
    )
    assert result.exit_code == 5
    assert "permission denied; choose another --out folder or fix its permissions" in result.output
    assert digests(out) == before
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


@pytest.fixture
def tiny_disk(tmp_path: Path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", f"reportgen-{uuid.uuid4().hex[:6]}", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'not root'}); CI runs as root")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_an_environment_error_and_loses_nothing(tiny_disk: Path) -> None:
    out = tiny_disk / "out"
    out.mkdir()
    (out / "waic-2022-deck.pptx").write_bytes(b"earlier deck")
    before = digests(out)
    result = CliRunner().invoke(main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES)])
    assert result.exit_code == 5, result.output
    assert "the disk is full; free some space" in result.output
    assert digests(out) == before
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
    leftovers = [p for p in tiny_disk.rglob("*") if p.is_file() and p.name.endswith(".tmp")]
    assert leftovers == [], "temporary files were left on the disk"
