"""Whole-process timing of `reportgen build`, as a user runs it (median of N runs).

    python scripts/benchmark.py [--runs 5]

Reports the median wall time of a cold build (every chart drawn, --no-cache), a warm build (charts
from the cache, matplotlib never imported) and `reportgen --version` (interpreter + CLI start-up),
and the ratio between them. Times are of this machine; compare ratios across machines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "reportgen", *args], cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as out:
        event = str(ROOT / "data" / "waic2022.yaml")
        startup = timed(["--version"], runs)
        cold = timed(["build", event, "--out", out, "--no-cache"], runs)
        timed(["build", event, "--out", out], 1)  # fill the cache
        warm = timed(["build", event, "--out", out], runs)
    rows = [
        ("reportgen --version", startup),
        ("build, cold (charts drawn)", cold),
        ("build, warm (cached)", warm),
    ]
    print(f"median of {runs} runs, whole process, Python {sys.version.split()[0]}")
    for name, values in rows:
        median, low, high = statistics.median(values), min(values), max(values)
        print(f"  {name:<28} {median:6.2f} s   (min {low:.2f}, max {high:.2f})")
    print(f"  warm / cold = {statistics.median(warm) / statistics.median(cold):.2f}")


if __name__ == "__main__":
    main()
