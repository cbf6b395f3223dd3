"""Ctrl-C or SIGTERM to the whole process group of a `--jobs` batch, as a terminal or `timeout`
sends them: the build ends with 130 or 143, says one line, prints no traceback, leaves no staging
folder, temporary file or process (workers, chart helpers, offices), and every event's outputs are
its earlier files or a complete new set.

Regression tests for batches that printed 3-7 worker tracebacks, left `.reportgen-staging-*`
behind, and sometimes never ended (the build waiting on a lock a killed worker held). Each build
runs through a small wrapper that marks the moment it reaches (a file appears) and, for the moments
that need it, holds the build there, so the signal lands where the test says, whatever the load.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from reportgen.commit.output import STAGING_PREFIX
from reportgen.entry import INTERRUPTED

from ..conftest import ROOT, TEMPLATES, WAIC

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc to find processes"),
]

#: Only a guard against a hang: the build's own bound (about 2 s) is measured, not asserted.
HANG_GUARD_SECONDS = 10.0
#: How long a test waits for the build to reach its moment (a heavily loaded machine is slow).
REACH_SECONDS = 600.0

WRAPPER = '''
import os, sys, time
from pathlib import Path

marks, moment, where = Path(os.environ["MARKS"]), os.environ["MOMENT"], os.environ["WHERE"]
parent = os.getpid()


def reached(name, hold):
    """Mark the moment; with hold, stay here until a signal ends us (or the test removes the mark).
    A held commit is held once: another worker reaching it later goes on, as it would."""
    if where == "workers" and os.getpid() == parent:
        return
    if name == "commit":
        try:
            os.close(os.open(marks.parent / "commit-claimed", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
    if name == "stuck":  # a worker deaf to SIGTERM (stuck in a library's C code, say)
        import signal
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    flag = marks / f"{name}-{os.getpid()}"
    flag.write_text("")
    while hold and flag.exists():
        time.sleep(0.01)


def wrap(owner, name, hold, after=False, when=lambda *a: True):
    real = getattr(owner, name)

    def wrapped(*args, **kwargs):
        if not after and when(*args):
            reached(moment, hold)
        result = real(*args, **kwargs)
        if after and when(*args):
            reached(moment, hold)
        return result

    setattr(owner, name, wrapped)


from reportgen.office_pdf import office_server, pdf
from reportgen.commit import output
from reportgen.pipeline import pipeline

if moment == "validation":
    wrap(pipeline, "prepare_editions", hold=True)
elif moment in ("rendering", "stuck"):
    from reportgen.office import word  # the build imports its renderers at first use (pipeline.renderers)

    wrap(word, "render_briefing", hold=True)
elif moment == "commit":  # the journal is written: the moves are next, with signals held
    wrap(output, "_write_journal", hold=True, after=True)
elif moment == "pdf":  # the office is converting
    wrap(office_server.Office, "_answer", hold=False, when=lambda self, what: what.startswith("converting"))
elif moment == "pdf-office-starting":  # the office is being started, as the first event renders
    wrap(office_server.Office, "start", hold=False)
elif moment == "pdf-without-lok":  # a LibreOffice of its own is starting
    office_server.office_program = lambda: None
    wrap(pdf, "_run_soffice", hold=False)

from reportgen.entry import main

main()
'''


def _events(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = WAIC.read_text(encoding="utf-8")
    events = []
    for i in range(count):
        events.append(folder / f"event-{i}.yaml")
        events[-1].write_text(text.replace("slug: waic-2022", f"slug: event-{i}"), encoding="utf-8")
    return events


def _command(events: list[Path], out: Path, *extra: str) -> list[str]:
    files = [str(e) for e in events]
    return ["build", *files, "--jobs", "2", "--out", str(out), "--templates", str(TEMPLATES), *extra]


@pytest.fixture(scope="module")
def earlier(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, bool], tuple[list[Path], Path]]:
    """Earlier outputs of three events and of one, with and without PDFs, built once (lazily)."""
    return {}


def _earlier_build(
    cache: dict[tuple[int, bool], tuple[list[Path], Path]],
    factory: pytest.TempPathFactory,
    count: int,
    pdf: bool,
) -> tuple[list[Path], Path]:
    if (count, pdf) not in cache:
        folder = factory.mktemp(f"earlier-{count}-{'pdf' if pdf else 'plain'}")
        events, out = _events(folder / "data", count), folder / "out"
        done = subprocess.run(
            [sys.executable, "-m", "reportgen", *_command(events, out, *(["--pdf"] if pdf else []))],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            env=dict(os.environ),
        )
        assert done.returncode == 0, done.stderr
        cache[(count, pdf)] = (events, out)
    return cache[(count, pdf)]


def _identities(out: Path) -> dict[str, int]:
    """Which file each output is: a build replaces files (new inodes)."""
    return {p.name: p.stat().st_ino for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}


def _survivors(token: str, group: int) -> list[str]:
    """Live processes (zombies aside) of the build's group, or started by it (by its environment)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if fields[0] == "Z":
                continue
            if int(fields[2]) == group or token.encode() in (entry / "environ").read_bytes():
                found.append(f"{entry.name}: {(entry / 'cmdline').read_bytes()[:120]!r}")
        except (OSError, ValueError, IndexError):
            continue
    return found


def _wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


CASES = [
    ("validation", signal.SIGINT, 3, "workers"),
    ("validation", signal.SIGTERM, 3, "workers"),
    ("rendering", signal.SIGINT, 3, "workers"),
    ("rendering", signal.SIGTERM, 3, "workers"),
    ("commit", signal.SIGINT, 3, "workers"),
    ("commit", signal.SIGTERM, 3, "workers"),
    ("pdf", signal.SIGINT, 3, "workers"),
    ("pdf", signal.SIGTERM, 3, "workers"),
    ("pdf-office-starting", signal.SIGINT, 3, "workers"),
    ("pdf-without-lok", signal.SIGTERM, 3, "workers"),
    ("pdf-without-lok", signal.SIGINT, 3, "workers"),
    ("stuck", signal.SIGTERM, 3, "workers"),  # workers killed after the grace, with --pdf offices
    ("rendering", signal.SIGINT, 1, "any"),  # one event: built here, with the chart helpers
    ("rendering", signal.SIGTERM, 1, "any"),
]


@pytest.mark.parametrize(
    ("moment", "sig", "count", "where"),
    CASES,
    ids=[f"{m}-{s.name}-{c}-event{'s' if c > 1 else ''}" for m, s, c, _ in CASES],
)
def test_a_signal_to_the_process_group_ends_the_batch_cleanly(
    moment: str,
    sig: signal.Signals,
    count: int,
    where: str,
    earlier,
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
) -> None:
    pdf = moment.startswith("pdf") or moment == "stuck"
    if pdf and not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it so this test runs there")
    events, built = _earlier_build(earlier, tmp_path_factory, count, pdf)
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = _identities(out)
    marks, temp = tmp_path / "marks", tmp_path / "tmp"
    marks.mkdir()
    temp.mkdir()
    wrapper = tmp_path / "wrapper.py"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    token = uuid.uuid4().hex
    extra = ["--force", "--no-cache", *(["--pdf"] if pdf else [])]
    env = {
        **os.environ,
        "MARKS": str(marks),
        "MOMENT": moment,
        "WHERE": where,
        "TMPDIR": str(temp),
        "REPORTGEN_TEST_TOKEN": token,
    }
    build = subprocess.Popen(
        [sys.executable, str(wrapper), *_command(events, out, *extra)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's job is
    )
    try:
        _wait_for(lambda: any(marks.iterdir()) or build.poll() is not None, REACH_SECONDS, moment)
        assert build.poll() is None, build.communicate()
        sent = time.monotonic()
        os.killpg(build.pid, sig)
        for held in marks.iterdir():  # a held commit goes on: the signal must wait for its moves
            held.unlink()
        try:
            stdout, stderr = build.communicate(timeout=HANG_GUARD_SECONDS)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the build did not end within {HANG_GUARD_SECONDS:g} s of {sig.name}")
        took = time.monotonic() - sent
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
            build.communicate()
    print(f"{moment} {sig.name} {count}: ended {took:.2f} s after the signal")
    assert build.returncode == {signal.SIGINT: 130, signal.SIGTERM: 143}[sig], (stdout, stderr)
    assert stderr.strip() == INTERRUPTED  # one line (after Click's newline that follows a "^C")
    _wait_for(
        lambda: not _survivors(token, build.pid),
        60,
        f"the build's processes to end: {_survivors(token, build.pid)}",
    )
    assert not [p.name for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)], "staging left behind"
    assert sorted(_identities(out)) == sorted(before), "a file appeared or went missing in the output folder"
    assert not list(temp.iterdir()), f"temporary files left behind: {sorted(map(str, temp.rglob('*')))}"
    _assert_each_event_earlier_or_new(out, before, count, moment)


def _assert_each_event_earlier_or_new(out: Path, before: dict[str, int], count: int, moment: str) -> None:
    from docx import Document
    from pptx import Presentation
    from pypdf import PdfReader

    after = _identities(out)
    for i in range(count):
        slug = f"event-{i}-" if count > 1 else "waic-2022-"
        names = [name for name in before if name.startswith(slug)]
        changed = {name for name in names if after[name] != before[name]}
        assert changed in (set(), set(names)), f"only {sorted(changed)} of {slug}* changed"
        if moment in ("validation", "rendering", "stuck"):
            assert not changed, f"{slug}* changed though no build got past {moment}"
        if changed:  # a complete new set: each document opens
            Document(str(out / f"{slug}briefing.docx"))
            Presentation(str(out / f"{slug}deck.pptx"))
            for pdf in (name for name in names if name.endswith(".pdf")):
                assert PdfReader(str(out / pdf)).pages
