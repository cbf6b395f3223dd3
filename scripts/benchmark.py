"""reportgen against the script a user would write by hand (../shared/bench/peer/), as whole processes.

    python scripts/benchmark.py                 # one event: cold, text-only edit, nothing changed
    python scripts/benchmark.py --batch 100     # also 100 events, with 1 and 2 processes
    python scripts/benchmark.py --pdf 20        # also --pdf over 20 events

Runs alternate (reportgen, peer, reportgen, peer, ...) on the same WAIC data, and the figures are
medians: of the wall times, and of the pairwise ratios reportgen / peer. Peak memory (from runs of
its own) is the largest sum of the proportional set sizes (PSS) of the process and its children,
sampled every 5 ms. The peer runs in its own venv (PEER_PYTHON, default ~/.venvs/peer/bin/python;
see ../shared/bench/peer/README.md).
Benchmarks measure; tests never assert on time.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEER = ROOT.parent / "shared" / "bench" / "peer"
WAIC = ROOT / "data" / "waic2022.yaml"
REPORTGEN = [sys.executable, "-m", "reportgen"]


def _tree_rss(pid: int) -> int:
    """Memory of a process and all its descendants, in bytes: the sum of their proportional set
    sizes (PSS, /proc/PID/smaps_rollup), so pages forked processes share count once, not twice."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as status:
                match = re.search(r"^Pss:\s+(\d+) kB", status.read(), re.M)
            total += int(match.group(1)) * 1024 if match else 0
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run(
    args: list[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    memory: bool = False,
    every: float = 0.005,
) -> tuple[float, int]:
    """(wall seconds, peak bytes of the process tree; 0 unless `memory`). Reading a process's
    memory costs CPU, so timed runs do not sample it: peaks come from runs of their own."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(every)

    sampler = threading.Thread(target=sample, daemon=True)
    if memory:
        sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    if memory:
        sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args[:6])} failed ({process.returncode}): {stderr[-800:]}")
    return wall, peak


def peer_python() -> str:
    python = os.environ.get("PEER_PYTHON", str(Path.home() / ".venvs" / "peer" / "bin" / "python"))
    if not Path(python).exists():
        raise SystemExit(f"no peer venv at {python}: see {PEER / 'README.md'} (or set PEER_PYTHON)")
    return python


def med(values: list[float]) -> float:
    return statistics.median(values)


def single(runs: int, work: Path) -> list[tuple[str, float, float | None, float, float | None]]:
    """Rows: (what, reportgen median s, peer median s, ratio median, peak MiB of its own run)."""
    peer = [peer_python(), str(PEER / "peer_script.py"), str(PEER / "waic2022.yaml")]
    event = work / "waic.yaml"
    shutil.copy(WAIC, event)
    text = event.read_text(encoding="utf-8")
    # Only reportgen's own caches start empty: matplotlib keeps its font list where it always is.
    mpl = os.environ.get("MPLCONFIGDIR") or str(Path.home() / ".cache" / "matplotlib")
    warm = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg"), "MPLCONFIGDIR": mpl}

    def machine(tag: str) -> dict[str, str]:  # a machine that never ran reportgen
        return {**warm, "XDG_CACHE_HOME": str(work / f"xdg-{tag}")}

    def ours(out: str, env: dict[str, str], memory: bool = False) -> tuple[float, int]:
        return run([*REPORTGEN, "build", str(event), "--out", str(work / out)], env=env, memory=memory)

    def theirs(i: object) -> float:
        return run([*peer, "--out", str(work / f"peer-{i}")])[0]

    rows: list[tuple[str, float, float | None, float, float | None]] = []
    for name, first in (("cold, first build on the machine", True), ("cold (no chart cache)", False)):
        pairs = [
            (ours(f"cold-{first}-{i}", machine(f"{first}-{i}") if first else warm)[0], theirs(f"{first}-{i}"))
            for i in range(runs)
        ]
        peak = ours(f"cold-{first}-memory", machine(f"{first}-memory") if first else warm, memory=True)[1]
        rows.append(
            (
                name,
                med([a for a, _ in pairs]),
                med([b for _, b in pairs]),
                med([a / b for a, b in pairs]),
                peak / 2**20,
            )
        )
    ours("warm", warm)
    edits, unchanged = [], []
    for i in range(runs):
        event.write_text(text.replace("city: Shanghai", f"city: Shanghai {i}"), encoding="utf-8")
        edits.append((ours("warm", warm)[0], theirs(f"edit-{i}")))
        unchanged.append((ours("warm", warm)[0], theirs(f"same-{i}")))
    event.write_text(text.replace("city: Shanghai", "city: Shanghai again"), encoding="utf-8")
    peak_edit = ours("warm", warm, memory=True)[1]
    for name, pairs, peak in (
        ("rebuild after a text-only edit", edits, peak_edit / 2**20),
        ("rebuild with nothing changed", unchanged, None),
    ):
        rows.append(
            (
                name,
                med([a for a, _ in pairs]),
                med([b for _, b in pairs]),
                med([a / b for a, b in pairs]),
                peak,
            )
        )
    rows.append(
        (
            "reportgen --version",
            med([run([*REPORTGEN, "--version"])[0] for _ in range(runs)]),
            None,
            float("nan"),
            None,
        )
    )
    peer_peak = run([*peer, "--out", str(work / "peer-memory")], memory=True)[1]
    rows.append(("the peer's peak memory, cold", float("nan"), None, float("nan"), peer_peak / 2**20))
    return rows


def make_batch(folder: Path, count: int) -> list[Path]:
    """`count` copies of WAIC 2022 with every figure scaled (event i: x(i+2)), so every chart differs."""
    folder.mkdir(parents=True, exist_ok=True)
    text = WAIC.read_text(encoding="utf-8")
    events = []
    for i in range(count):
        scaled = re.sub(r"(\n\s+value: )(\d+)", lambda m, k=i + 2: f"{m.group(1)}{int(m.group(2)) * k}", text)
        path = folder / f"event-{i:03d}.yaml"
        path.write_text(scaled.replace("slug: waic-2022", f"slug: event-{i:03d}"), encoding="utf-8")
        events.append(path)
    return events


def batch(count: int, work: Path) -> list[tuple[str, float, float]]:
    """Rows: (what, seconds per event, peak MiB)."""
    events = make_batch(work / "batch", count)
    rows = []
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg-batch")}
    for jobs in (1, 2):
        out = work / f"batch-out-{jobs}"
        wall, peak = run(
            [*REPORTGEN, "build", *map(str, events), "--out", str(out), "--jobs", str(jobs)],
            env=env,
            memory=True,
            every=0.1,  # a long run: sampling ten times a second costs it nothing measurable
        )
        rows.append(
            (f"{count} events cold, {jobs} process{'es' if jobs > 1 else ''}", wall / count, peak / 2**20)
        )
        for path in events:
            path.write_text(
                path.read_text(encoding="utf-8").replace("city: Shanghai", "city: Pudong"), "utf-8"
            )
        wall, peak = run(
            [*REPORTGEN, "build", *map(str, events), "--out", str(out), "--jobs", str(jobs)],
            env=env,
            memory=True,
            every=0.1,  # a long run: sampling ten times a second costs it nothing measurable
        )
        rows.append(
            (
                f"{count} events after a text-only edit, {jobs} process{'es' if jobs > 1 else ''}",
                wall / count,
                peak / 2**20,
            )
        )
        for path in events:
            path.write_text(
                path.read_text(encoding="utf-8").replace("city: Pudong", "city: Shanghai"), "utf-8"
            )
    for procs in (1, 2):
        wall, peak = run(
            [peer_python(), str(PEER / "batch.py"), "--n", str(count), "--procs", str(procs)],
            cwd=PEER,
            memory=True,
            every=0.1,
        )
        rows.append(
            (f"peer, {count} events, {procs} process{'es' if procs > 1 else ''}", wall / count, peak / 2**20)
        )
    return rows


def pdf(count: int, work: Path) -> list[tuple[str, float, float]]:
    events = make_batch(work / "pdf", count)
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg-pdf")}
    wall, peak = run(
        [*REPORTGEN, "build", *map(str, events), "--out", str(work / "pdf-out"), "--pdf"], env=env
    )
    return [(f"{count} events with --pdf, per document (2 a event)", wall / (2 * count), peak / 2**20)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each single-event measurement")
    parser.add_argument("--batch", type=int, default=0, help="also build this many events")
    parser.add_argument("--pdf", type=int, default=0, help="also build this many events with --pdf")
    options = parser.parse_args()
    cpus = len(os.sched_getaffinity(0))
    print(f"{platform.node()}: {cpus} cores, Python {sys.version.split()[0]}, medians of {options.runs} runs")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print(f"{'one event (WAIC 2022)':<36} {'reportgen':>10} {'peer':>8} {'ratio':>7} {'peak':>9}")
        for name, ours, theirs, ratio, mib in single(options.runs, work):
            ours_text = f"{ours:9.2f}s" if ours == ours else " " * 10
            peer_text = f"{theirs:7.2f}s" if theirs is not None else "       "
            ratio_text = f"{ratio:7.2f}" if ratio == ratio else "       "
            mib_text = f"{mib:6.0f} MiB" if mib is not None else ""
            print(f"  {name:<34} {ours_text} {peer_text} {ratio_text} {mib_text}")
        if options.batch:
            print(f"{'batches':<36} {'s/event':>10} {'peak':>9}")
            for name, per_event, mib in batch(options.batch, work):
                print(f"  {name:<34} {per_event:9.3f}s {mib:6.0f} MiB")
        if options.pdf:
            for name, per_document, _ in pdf(options.pdf, work):
                print(f"  {name:<34} {per_document:9.3f}s")


if __name__ == "__main__":
    main()
