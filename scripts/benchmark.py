"""reportgen against the script a user would write by hand (../shared/bench/peer/), as whole processes.

    python scripts/benchmark.py                 # one event: cold, text-only edit, nothing changed
    python scripts/benchmark.py --batch 100     # also 100 events, with 1 and 2 processes
    python scripts/benchmark.py --pdf 20        # also --pdf over 20 events
    python scripts/benchmark.py --runs 0 --cluster 100,1000   # local pool against a Dask cluster

Runs alternate (reportgen, peer, reportgen, peer, ...) on the same WAIC data, and the figures are
medians: of the wall times, and of the pairwise ratios reportgen / peer. Peak memory (from runs of
its own, sampled every 5 ms) is the largest size of the process and its children as if nothing
else ran: their anonymous memory by proportional set size, the files they map counted once (see
`_tree_rss`). The peer runs in its own venv (PEER_PYTHON, default ~/.venvs/peer/bin/python;
see ../shared/bench/peer/README.md). Beside each wall time: the CPU seconds (user + system) of
the whole process tree, which a shared machine's load moves far less, and the load average before
and after. Both programs run byte-compiled, as installed (see `compiled`).
Benchmarks measure; tests never assert on time.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import reportgen

ROOT = Path(__file__).resolve().parents[1]
PEER = ROOT.parent / "shared" / "bench" / "peer"
#: The text-only edit: the event's city (an edit that changes nothing would measure a no-op).
_CITY = "city: {en: Shanghai,"


def _edited(text: str, city: str) -> str:
    if _CITY not in text:
        raise SystemExit(f"the benchmark's edit needs {_CITY!r} in data/waic2022.yaml: update _CITY")
    return text.replace(_CITY, f"city: {{en: {city},")


WAIC = ROOT / "data" / "waic2022.yaml"
REPORTGEN = [sys.executable, "-m", "reportgen"]


def _tree_rss(pid: int) -> int:
    """Memory of a process and all its descendants, in bytes, as if nothing else ran on the machine:
    their anonymous pages by proportional set size (Pss_Anon, /proc/PID/smaps_rollup: a page that
    forked processes share counts once, not twice), and the resident pages of each mapped file
    (the libraries) once for the whole tree, the largest any of its processes has. Plain PSS
    divides a library's pages among every process of the machine that maps it: beside other
    builds on the same venv, the same cold build measured 117-126 MiB of PSS and 157-166 MiB this
    way (docs/performance.md, round 17)."""
    anonymous, files, stack = 0, {}, [pid]  # kB; files: path -> resident kB
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                match = re.search(r"^Pss_Anon:\s+(\d+) kB", rollup.read(), re.M)
            anonymous += int(match.group(1)) if match else 0
            for path, kilobytes in _file_pages(current).items():  # read again every 50 ms
                files[path] = max(files.get(path, 0), kilobytes)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return (anonymous + sum(files.values())) * 1024


#: pid -> (when read, its file pages): /proc/PID/smaps takes 10-20 ms to read, smaps_rollup 0.3 ms,
#: and a process's file pages change slowly (libraries paged in as they are first used).
_FILES: dict[int, tuple[float, dict[str, int]]] = {}


def _file_pages(pid: int, every: float = 0.05) -> dict[str, int]:
    """A process's resident pages of each mapped file, in kB (/proc/PID/smaps), without its private
    copies of them (anonymous, counted with the rest of its anonymous memory); read at most every
    `every` seconds."""
    when, pages = _FILES.get(pid, (0.0, {}))
    if time.monotonic() - when < every:
        return pages
    pages = {}
    path = None
    with open(f"/proc/{pid}/smaps") as smaps:
        for line in smaps:
            if line[0] in "0123456789abcdef":  # a mapping's header: address range ... path
                fields = line.split(maxsplit=5)
                path = fields[5].rstrip("\n") if len(fields) > 5 and fields[5].startswith("/") else None
            elif path is not None and line.startswith(("Rss:", "Anonymous:")):
                kilobytes = int(line.split()[1])
                pages[path] = pages.get(path, 0) + (kilobytes if line[0] == "R" else -kilobytes)
    _FILES[pid] = (time.monotonic(), pages)
    return pages


def _adopt_orphans() -> bool:
    """Make this process the reaper of its descendants' orphans (Linux), so that the CPU time of
    a grandchild whose parent exits first (reportgen's second drawing helper) is counted too."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


ADOPTED = False


def _reap_orphans(deadline: float = 5.0) -> None:
    """Wait for the orphans handed to us (they end when the build's pipes close), so their CPU
    time lands in RUSAGE_CHILDREN. Only called when no other child of ours is running."""
    if not ADOPTED:
        return
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.005)


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


#: CPU seconds (user + system, the process and all its descendants) of each `run`, in order.
CPU: list[float] = []


def run(
    args: list[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    memory: bool = False,
    every: float = 0.005,
) -> tuple[float, int]:
    """(wall seconds, peak bytes of the process tree; 0 unless `memory`). Reading a process's
    memory costs CPU, so timed runs do not sample it: peaks come from runs of their own. The CPU
    time of the whole tree (user + system, load-independent) is appended to CPU."""
    before = _children_cpu()
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
    _reap_orphans()
    CPU.append(_children_cpu() - before)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args[:6])} failed ({process.returncode}): {stderr[-800:]}")
    return wall, peak


def compiled(package: Path) -> None:
    """Byte-compile a package's modules where they are, as `pip install` does: run from a source
    checkout under PYTHONDONTWRITEBYTECODE, every run would compile them again (about 0.1 s), which
    no installed copy pays."""
    import compileall

    compileall.compile_dir(str(package), quiet=2, legacy=False)


def peer_copy(work: Path) -> Path:
    """The peer, copied and byte-compiled (its folder is read-only, so Python could never keep
    its compiled modules there): it gets the same treatment as reportgen."""
    folder = work / "peer-script"
    if not folder.is_dir():
        shutil.copytree(PEER, folder)
        compiled(folder)
    return folder


def peer_python() -> str:
    python = os.environ.get("PEER_PYTHON", str(Path.home() / ".venvs" / "peer" / "bin" / "python"))
    if not Path(python).exists():
        raise SystemExit(f"no peer venv at {python}: see {PEER / 'README.md'} (or set PEER_PYTHON)")
    return python


def med(values: list[float]) -> float:
    return statistics.median(values)


def project(folder: Path) -> Path:
    """A fresh copy of this repository's project (its reportgen.yaml, data/ and templates/): where
    the README's `reportgen build` builds data/waic2022.yaml into output/."""
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "reportgen.yaml", folder)
    shutil.copytree(ROOT / "data", folder / "data")
    shutil.copytree(ROOT / "templates", folder / "templates")
    return folder


class Row(NamedTuple):
    what: str
    ours: float  # median wall seconds (nan: none)
    peer: float | None
    ratio: float  # median of the pairwise ratios ours / peer (nan: none)
    mib: float | None  # peak memory of a run of its own
    ours_cpu: float | None = None  # median CPU seconds, user + system, the whole process tree
    peer_cpu: float | None = None


def _paired(
    name: str, pairs: list[tuple[tuple[float, float], tuple[float, float]]], mib: float | None
) -> Row:
    """A row from ((our wall, our CPU), (peer wall, peer CPU)) pairs."""
    return Row(
        name,
        med([a[0] for a, _ in pairs]),
        med([b[0] for _, b in pairs]),
        med([a[0] / b[0] for a, b in pairs]),
        mib,
        med([a[1] for a, _ in pairs]),
        med([b[1] for _, b in pairs]),
    )


def single(runs: int, work: Path) -> list[Row]:
    """reportgen runs as the README says, `reportgen build` with no file in the project's folder; each
    cold run in a fresh copy of the project (no output folder: no chart cache, no stamp)."""
    copy = peer_copy(work)
    peer = [peer_python(), str(copy / "peer_script.py"), str(copy / "waic2022.yaml")]
    # Only reportgen's own caches start empty: matplotlib keeps its font list where it always is.
    mpl = os.environ.get("MPLCONFIGDIR") or str(Path.home() / ".cache" / "matplotlib")
    warm = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg"), "MPLCONFIGDIR": mpl}

    def machine(tag: str) -> dict[str, str]:  # a machine that never ran reportgen
        return {**warm, "XDG_CACHE_HOME": str(work / f"xdg-{tag}")}

    def ours(folder: Path, env: dict[str, str], memory: bool = False, *files: str) -> tuple[float, int]:
        return run([*REPORTGEN, "build", *files], cwd=folder, env=env, memory=memory)

    def timed(folder: Path, env: dict[str, str], *files: str) -> tuple[float, float]:
        return ours(folder, env, False, *files)[0], CPU[-1]

    def theirs(i: object) -> tuple[float, float]:
        return run([*peer, "--out", str(work / f"peer-{i}")])[0], CPU[-1]

    ours(project(work / "warming"), warm)  # the compiled-template cache of `warm`
    theirs("warming")
    rows: list[Row] = []
    for name, first, files in (
        ("cold `build`, first on the machine", True, ()),
        ("cold `build` (no chart cache)", False, ()),
        ("cold `build data/waic2022.yaml`", False, ("data/waic2022.yaml",)),
    ):
        tag = f"{first}-{len(files)}"

        def env(i: object, tag: str = tag, first: bool = first) -> dict[str, str]:
            return machine(f"{tag}-{i}") if first else warm

        pairs = [
            (timed(project(work / f"cold-{tag}-{i}"), env(i), *files), theirs(f"{tag}-{i}"))
            for i in range(runs)
        ]
        peak = ours(project(work / f"cold-{tag}-memory"), env("memory"), True, *files)[1]
        rows.append(_paired(name, pairs, peak / 2**20))
    here = project(work / "edited")
    event = here / "data" / "waic2022.yaml"
    text = event.read_text(encoding="utf-8")
    ours(here, warm)
    edits, unchanged = [], []
    for i in range(runs):
        event.write_text(_edited(text, f"Shanghai {i}"), encoding="utf-8")
        edits.append((timed(here, warm), theirs(f"edit-{i}")))
        unchanged.append((timed(here, warm), theirs(f"same-{i}")))
    event.write_text(_edited(text, "Shanghai again"), encoding="utf-8")
    peak_edit = ours(here, warm, True)[1]
    rows.append(_paired("rebuild after a text-only edit", edits, peak_edit / 2**20))
    rows.append(_paired("rebuild with nothing changed", unchanged, None))
    versions = [(run([*REPORTGEN, "--version"])[0], CPU[-1]) for _ in range(runs)]
    rows.append(
        Row(
            "reportgen --version",
            med([w for w, _ in versions]),
            None,
            float("nan"),
            None,
            med([c for _, c in versions]),
        )
    )
    peer_peak = run([*peer, "--out", str(work / "peer-memory")], memory=True)[1]
    rows.append(Row("the peer's peak memory, cold", float("nan"), None, float("nan"), peer_peak / 2**20))
    event.write_text(text, encoding="utf-8")
    return rows


def watched(edits: int, work: Path) -> list[tuple]:  # type: ignore[type-arg]
    """Text-only edits under `reportgen watch` (started once, as a user would, in the project's
    folder): from each save to both documents written, as watch itself reports it ("rebuilt ...
    in S s from save to written")."""
    here = project(work / "watched")
    event = here / "data" / "waic2022.yaml"
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg-watch")}
    text = event.read_text(encoding="utf-8")
    out, err = work / "watch.out", work / "watch.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        watch = subprocess.Popen(
            [*REPORTGEN, "watch"],
            cwd=here,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
    said = re.compile(r" in (\d+\.\d+) s from save to written")
    try:
        while "watching " not in err.read_text(encoding="utf-8"):  # built once, and watching
            if watch.poll() is not None:
                raise SystemExit(f"reportgen watch ended: {err.read_text(encoding='utf-8')}")
            time.sleep(0.05)
        cpu_before = _process_cpu(watch.pid)
        for i in range(edits):
            event.write_text(_edited(text, f"Shanghai {i}"), encoding="utf-8")
            while len(said.findall(out.read_text(encoding="utf-8"))) <= i:
                if watch.poll() is not None:
                    raise SystemExit(f"reportgen watch ended: {err.read_text(encoding='utf-8')}")
                time.sleep(0.02)
        seconds = [float(s) for s in said.findall(out.read_text(encoding="utf-8"))]
        cpu = (_process_cpu(watch.pid) - cpu_before) / edits
    finally:
        watch.send_signal(signal.SIGINT)
        watch.wait(timeout=60)
        event.write_text(text, encoding="utf-8")
    name = f"text-only edit under reportgen watch, save to written (median of {edits})"
    return [(name, med(seconds), None, float("nan"), None, cpu)]


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a running process and its reaped children used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


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
    """Rows: (what, seconds per event, peak MiB). Each figure is timed in a run of its own, and its
    peak memory taken in another: reading the memory of every process of the tree ten times a
    second costs about 2 % of a batch's time, as much as some of the differences measured."""
    events = make_batch(work / "batch", count)
    rows = []
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg-batch")}

    def edit(old: str, new: str) -> None:
        for path in events:
            path.write_text(path.read_text(encoding="utf-8").replace(old, new), "utf-8")

    for jobs in (1, 2):
        processes = f"{jobs} process{'es' if jobs > 1 else ''}"

        def build(out: Path, memory: bool, jobs: int = jobs) -> tuple[float, int]:
            args = [*REPORTGEN, "build", *map(str, events), "--out", str(out), "--jobs", str(jobs)]
            return run(args, env=env, memory=memory, every=0.1)

        timed, sampled = work / f"batch-out-{jobs}", work / f"batch-memory-{jobs}"
        wall, peak = build(timed, False)[0], build(sampled, True)[1]
        rows.append((f"{count} events cold, {processes}", wall / count, peak / 2**20))
        edit("city: Shanghai", "city: Pudong")
        wall, peak = build(timed, False)[0], build(sampled, True)[1]
        rows.append((f"{count} events after a text-only edit, {processes}", wall / count, peak / 2**20))
        edit("city: Pudong", "city: Shanghai")
    for procs in (1, 2):
        copy = peer_copy(work)
        args = [peer_python(), str(copy / "batch.py"), "--n", str(count), "--procs", str(procs)]
        wall, peak = run(args, cwd=copy)[0], run(args, cwd=copy, memory=True, every=0.1)[1]
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


def _client_memory(pid: int, samples: list[int], done: threading.Event) -> None:
    """PSS of the client process alone (the cluster's processes are not its children), 5 a second."""
    while not done.is_set():
        samples.append(_tree_rss_of(pid))
        time.sleep(0.2)


def _tree_rss_of(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as status:
            match = re.search(r"^Pss:\s+(\d+) kB", status.read(), re.M)
        return int(match.group(1)) * 1024 if match else 0
    except OSError:
        return 0


def _start_cluster(work: Path, workers: int) -> tuple[str, list[subprocess.Popen[bytes]]]:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    quiet = {
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "cwd": work,
        "start_new_session": True,
    }
    dask = [sys.executable, "-m", "distributed.cli"]
    scheduler = [*dask[:2], f"{dask[2]}.dask_scheduler", "--host", "127.0.0.1", "--port", str(port)]
    worker = [*dask[:2], f"{dask[2]}.dask_worker", address, "--nthreads", "1"]  # under its nanny
    processes = [subprocess.Popen([*scheduler, "--no-dashboard"], **quiet)]
    for _ in range(workers):
        processes.append(subprocess.Popen([*worker, "--no-dashboard"], **quiet))
    from distributed import Client

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with Client(address, timeout=5, set_as_default=False) as client:
                if len(client.scheduler_info()["workers"]) == workers:
                    client.run(lambda: None)
                    return address, processes
        except (OSError, TimeoutError):
            pass
        time.sleep(0.3)
    raise SystemExit("the benchmark's Dask cluster did not start")


def cluster(counts: list[int], work: Path) -> Iterator[str]:
    """Events a second through the local pool (1 and 2 processes) and a local Dask cluster of 2
    one-thread workers, every build cold; the client's memory as results stream in."""
    import signal

    address, processes = _start_cluster(work, 2)
    try:
        for count in counts:
            events = make_batch(work / f"cluster-{count}", count)
            env = {**os.environ, "XDG_CACHE_HOME": str(work / f"xdg-cluster-{count}")}
            rates = {}
            for name, extra in (
                ("local, 1 process", ["--jobs", "1"]),
                ("local, 2 processes", ["--jobs", "2"]),
                ("Dask, 2 workers", ["--scheduler", address]),
            ):
                out = work / f"cluster-out-{count}-{len(rates)}"
                args = [*REPORTGEN, "build", *map(str, events), "--out", str(out), "--quiet", *extra]
                started = time.perf_counter()
                process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                samples: list[int] = []
                done = threading.Event()
                sampler = threading.Thread(
                    target=_client_memory, args=(process.pid, samples, done), daemon=True
                )
                sampler.start()
                _, stderr = process.communicate()
                wall = time.perf_counter() - started
                done.set()
                sampler.join()
                if process.returncode != 0:
                    raise SystemExit(f"{name} failed: {stderr[-800:]!r}")
                rates[name] = wall / count
                quarters = [
                    max(samples[int(len(samples) * q / 4) : max(int(len(samples) * (q + 1) / 4), 1)] or [0])
                    for q in range(4)
                ]
                memory = " / ".join(f"{m / 2**20:.0f}" for m in quarters)
                yield (
                    f"  {count} events, {name:<20} {count / wall:6.2f} events/s  {wall / count:6.3f} s/event"
                    f"  client PSS by quarter of the run: {memory} MiB"
                )
            overhead = rates["Dask, 2 workers"] - rates["local, 2 processes"]
            yield f"  {count} events: the cluster adds {overhead * 1000:+.0f} ms an event to 2 local ones"
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each single-event measurement")
    parser.add_argument("--watch", type=int, default=20, help="edits under reportgen watch (0: none)")
    parser.add_argument("--batch", type=int, default=0, help="also build this many events")
    parser.add_argument("--pdf", type=int, default=0, help="also build this many events with --pdf")
    parser.add_argument("--cluster", default="", help="event counts (100,1000) for local pool against Dask")
    options = parser.parse_args()
    if (options.runs or options.batch) and not PEER.is_dir():
        # The peer lives beside the repository, in the project's shared folder, not in it.
        print(f"skipped: the benchmark needs the hand-written peer in {PEER} (../shared/bench/peer/)")
        return
    cpus = len(os.sched_getaffinity(0))
    print(f"{platform.node()}: {cpus} cores, Python {sys.version.split()[0]}, medians of {options.runs} runs")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    global ADOPTED
    ADOPTED = _adopt_orphans()
    compiled(Path(reportgen.__file__).parent)  # as installed: see `compiled`
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if options.runs:
            print(
                f"{'one event (WAIC 2022)':<36} {'reportgen':>10} {'peer':>8} {'ratio':>7} {'peak':>9}"
                f"   {'CPU s (user+sys): reportgen':>27} {'peer':>5}"
            )
        for row in single(options.runs, work) if options.runs else []:
            ours_text = f"{row.ours:9.2f}s" if row.ours == row.ours else " " * 10
            peer_text = f"{row.peer:7.2f}s" if row.peer is not None else "       "
            ratio_text = f"{row.ratio:7.2f}" if row.ratio == row.ratio else "       "
            mib_text = f"{row.mib:6.0f} MiB" if row.mib is not None else " " * 10
            cpu_text = f"{row.ours_cpu:30.2f}" if row.ours_cpu is not None else ""
            cpu_text += f" {row.peer_cpu:5.2f}" if row.peer_cpu is not None else ""
            print(f"  {row.what:<34} {ours_text} {peer_text} {ratio_text} {mib_text}{cpu_text}")
        for name, seconds, *_, cpu in watched(options.watch, work) if options.watch else []:
            print(f"  {name}: {seconds:.3f} s ({cpu:.3f} s of CPU a rebuild, mean)")
        if options.batch:
            print(f"{'batches':<36} {'s/event':>10} {'peak':>9}")
            for name, per_event, mib in batch(options.batch, work):
                print(f"  {name:<34} {per_event:9.3f}s {mib:6.0f} MiB")
        if options.pdf:
            for name, per_document, _ in pdf(options.pdf, work):
                print(f"  {name:<34} {per_document:9.3f}s")
        if options.cluster:
            print("local pool against a Dask cluster (scheduler and 2 one-thread workers on this machine)")
            for line in cluster([int(c) for c in options.cluster.split(",")], work):
                print(line, flush=True)
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
