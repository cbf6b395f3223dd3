"""Peak memory of cold `reportgen build`s, code from several checkouts alternated (A/B).

    python scripts/peak_memory.py --runs 5 ../before .      # each a folder holding `reportgen/`

Each run builds the README's way (`reportgen build` with no file, in a fresh copy of this
repository's project) with PYTHONPATH at one checkout, and reports the peak of the process tree
as if nothing else ran (`benchmark._tree_rss`), each process's largest, the tree's CPU seconds and
the wall time (which, on a shared machine, follows the load). Runs alternate between the
checkouts, so a change of load falls on both alike. Measures; nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import REPORTGEN, _file_pages, _tree_rss, compiled, project


def _processes(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return found


def cold_build(code: Path, folder: Path, cache: Path) -> tuple[float, list[float], float, float]:
    """(peak MiB of the tree, each process's largest MiB, CPU seconds of the tree, wall seconds)."""
    env = {**os.environ, "PYTHONPATH": str(code), "XDG_CACHE_HOME": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = os.times()
    started = time.perf_counter()
    process = subprocess.Popen(
        [*REPORTGEN, "build"], cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak, largest, done = 0, {}, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            for pid in _processes(process.pid):
                largest[pid] = max(largest.get(pid, 0), _tree_rss_one(pid))
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    after = os.times()
    if process.returncode != 0:
        raise SystemExit(f"build with {code} failed: {stderr.decode()[-600:]}")
    cpu = after.children_user + after.children_system - before.children_user - before.children_system
    return peak / 2**20, [m / 2**20 for m in largest.values() if m], cpu, wall


def _tree_rss_one(pid: int) -> int:
    """One process's size as if alone: `_tree_rss` of a process whose children are not its own."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            anonymous = next(int(line.split()[1]) for line in rollup if line.startswith("Pss_Anon:"))
        return (anonymous + sum(_file_pages(pid).values())) * 1024
    except (OSError, StopIteration, ValueError):
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+", type=Path, help="folders holding reportgen/")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    codes = [c.resolve() for c in options.checkouts]
    for code in codes:
        compiled(code / "reportgen")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    peaks: dict[Path, list[float]] = {code: [] for code in codes}
    walls: dict[Path, list[float]] = {code: [] for code in codes}
    cpus: dict[Path, list[float]] = {code: [] for code in codes}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for run in range(options.runs):
            for n, code in enumerate(codes):
                copy = project(work / f"{n}-{run}")
                peak, each, cpu, wall = cold_build(code, copy, work / f"xdg-{n}")
                peaks[code].append(peak)
                walls[code].append(wall)
                cpus[code].append(cpu)
                sizes = ", ".join(f"{m:.0f}" for m in each)
                print(
                    f"{code}: {peak:.0f} MiB (each process at most {sizes}), {cpu:.2f} CPU s, {wall:.2f} s",
                    flush=True,
                )
    for code, values in peaks.items():
        print(
            f"{code}: median {statistics.median(values):.0f} MiB, {', '.join(f'{v:.0f}' for v in values)}; "
            f"median {statistics.median(cpus[code]):.2f} CPU s, {statistics.median(walls[code]):.2f} s"
        )
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
