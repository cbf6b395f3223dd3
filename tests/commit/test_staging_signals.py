"""A signal at the edges of a build's staging folder: while it is made, and while it is removed.

Regression tests for CI runs that left `.reportgen-staging-*` behind: a Ctrl-C or SIGTERM that
landed just after the commit stopped the removal half-way. Each test sends the signal from inside
the step it targets, so the moment is exact rather than a matter of timing.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

import reportgen.commit.output as output
from reportgen.commit.output import STAGING_PREFIX, discard_leftovers, staging
from reportgen.errors import Terminated

SIGNALS = [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, Terminated)]


@pytest.fixture(autouse=True)
def cli_handlers() -> Iterator[None]:
    """The handlers `reportgen` installs: SIGINT raises KeyboardInterrupt, SIGTERM Terminated."""

    def on_sigterm(signum: int, frame: object) -> None:
        raise Terminated()

    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, on_sigterm)
    yield
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(STAGING_PREFIX))


@pytest.mark.parametrize(("sig", "raised"), SIGNALS, ids=["SIGINT", "SIGTERM"])
def test_a_signal_while_the_staging_folder_is_removed_does_not_stop_the_removal(
    sig: signal.Signals, raised: type[KeyboardInterrupt], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_rmtree = output.shutil.rmtree

    def signalled_rmtree(path: Path, *args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), sig)  # lands at the next line, as a signal just after the commit would
        real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr(output.shutil, "rmtree", signalled_rmtree)
    final = tmp_path / "report.docx"
    with pytest.raises(raised), staging(tmp_path) as stage:
        stage.write_bytes(final, b"new")
        stage.commit()
    assert final.read_bytes() == b"new"  # the commit is whole
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("sig", "raised"), SIGNALS, ids=["SIGINT", "SIGTERM"])
def test_a_signal_while_the_staging_folder_is_made_leaves_no_folder(
    sig: signal.Signals, raised: type[KeyboardInterrupt], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_hold = output._hold

    def signalled_hold(path: Path) -> object:
        held = real_hold(path)
        os.kill(os.getpid(), sig)  # the folder exists; the build has not yet got it back
        return held

    monkeypatch.setattr(output, "_hold", signalled_hold)
    reached = []
    with pytest.raises(raised), staging(tmp_path):
        reached.append(True)
    assert reached == []  # the signal still ends the build, before any work
    assert leftovers(tmp_path) == []


def test_a_signal_during_the_commit_comes_after_the_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_journal = output._write_journal

    def signalled_journal(area: Path, names: list[str], removed: list[str]) -> None:
        real_journal(area, names, removed)
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(output, "_write_journal", signalled_journal)
    finals = [tmp_path / "a.docx", tmp_path / "b.pptx"]
    with pytest.raises(Terminated), staging(tmp_path) as stage:
        for final in finals:
            stage.write_bytes(final, final.name.encode())
        stage.commit()
    assert [f.read_bytes() for f in finals] == [b"a.docx", b"b.pptx"]
    assert leftovers(tmp_path) == []


def test_the_end_of_the_command_removes_a_staging_folder_its_build_never_closed(tmp_path: Path) -> None:
    """A staging context left open (a generator stopped between its yield and the `with` block,
    or a served build that ends with os._exit) is removed as the command ends."""
    opened = staging(tmp_path)
    opened.__enter__()
    assert len(leftovers(tmp_path)) == 1
    discard_leftovers()
    assert leftovers(tmp_path) == []


def test_a_forked_child_never_removes_its_parents_staging_folder(tmp_path: Path) -> None:
    opened = staging(tmp_path)
    stage = opened.__enter__()
    pid = os.fork()
    if pid == 0:  # the child ends as a forked helper does, through discard_leftovers
        discard_leftovers()
        os._exit(0)
    os.waitpid(pid, 0)
    assert leftovers(tmp_path) == [stage.area.name]
    opened.__exit__(None, None, None)
    assert leftovers(tmp_path) == []


def test_a_held_block_leaves_an_ignored_signal_ignored_and_passes_on_the_next() -> None:
    """A batch worker ignores Ctrl-C and ends on SIGTERM: when both land in a held block (the group's
    Ctrl-C, then the build's SIGTERM), the SIGTERM must still end the worker after the block (it
    was lost behind the ignored Ctrl-C, and the worker went on to its next event)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    held = output.HeldSignals()
    with held:
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGTERM)
    assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    with pytest.raises(Terminated):
        held.release()
