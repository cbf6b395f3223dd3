"""Ctrl-C and SIGTERM end every command the same way, in one place (entry.run): regression tests
for an interrupt after a failed event (it exited 3) and Ctrl-C during validate (it went on)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

import reportgen.data.prepare as prepare
import reportgen.pipeline.pipeline as pipeline
from reportgen.entry import run
from reportgen.errors import DataError, Terminated

from .conftest import WAIC


def run_cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    """entry.run in this process, with the signal handlers it installs put back afterwards."""
    monkeypatch.setattr(sys, "argv", ["reportgen", *args])
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE)}
    try:
        with pytest.raises(SystemExit) as exited:
            run()
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    return int(exited.value.code or 0)


def fails_then_interrupted(interrupt: type[KeyboardInterrupt], seen: list[Path]):
    def fake(path: Path, *args: object, **kwargs: object) -> None:
        seen.append(path)
        if len(seen) == 1:
            raise DataError(f"{path.name}: invented problem")
        raise interrupt()

    return fake


@pytest.mark.parametrize(("interrupt", "code"), [(KeyboardInterrupt, 130), (Terminated, 143)])
def test_an_interrupted_build_after_a_failed_event_exits_with_the_interrupt(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    interrupt,
    code: int,
    tmp_path: Path,
) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(pipeline, "build", fails_then_interrupted(interrupt, seen))
    events = []
    for name in ("one", "two", "three"):  # three events (one file named three times is built once)
        events.append(str(tmp_path / f"{name}.yaml"))
        Path(events[-1]).write_text(
            WAIC.read_text(encoding="utf-8").replace("waic-2022", name), encoding="utf-8"
        )
    args = ("build", *events, "--jobs", "1", "--force", "--out", str(tmp_path / "out"))
    assert run_cli(monkeypatch, *args) == code
    assert len(seen) == 2, "the build went on after the interrupt"
    assert "interrupted: each output is either the earlier file" in capsys.readouterr().err


def test_ctrl_c_during_validate_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(prepare, "validate", fails_then_interrupted(KeyboardInterrupt, seen))
    assert run_cli(monkeypatch, "validate", str(WAIC), str(WAIC), str(WAIC)) == 130
    assert len(seen) == 2, "validate went on to the next file after Ctrl-C"


def test_an_interrupt_swallowed_by_a_library_still_ends_as_the_interrupt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A signal can land in lxml's callbacks into python-docx or python-pptx and come out as another
    exception; the interrupt recorded by the signal handler wins over what the library raised."""
    import reportgen.errors as errors

    monkeypatch.setattr(errors, "_received", [])

    def fake(path: Path, *args: object, **kwargs: object) -> None:
        errors.record_interrupt(Terminated())  # what entry.run's SIGTERM handler records
        raise ValueError("something the library made of the interrupt")

    monkeypatch.setattr(pipeline, "build", fake)
    assert run_cli(monkeypatch, "build", str(WAIC), "--force", "--out", str(tmp_path / "out")) == 143


def test_a_signal_inside_a_finalizer_still_ends_the_command() -> None:
    """Python cannot raise out of a __del__ (a ZipFile's, say) and prints "Exception ignored"
    instead, carrying on; the command must end as interrupted all the same, with no traceback."""
    code = (
        "import signal, sys, time\n"
        "from reportgen import entry\n"
        "from reportgen.errors import Terminated, record_interrupt\n"
        "signal.signal(signal.SIGTERM, entry._on_sigterm)\n"
        "sys.unraisablehook = entry._unraisable\n"
        "class Finalized:\n"
        "    def __del__(self):\n"
        "        raise record_interrupt(Terminated())\n"
        "try:\n"
        "    Finalized()\n"
        "    time.sleep(5)\n"
        "    print('carried on')\n"
        "except KeyboardInterrupt as exc:\n"
        "    print('ended by', type(exc).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout == "ended by Terminated\n"
    assert done.stderr == ""
