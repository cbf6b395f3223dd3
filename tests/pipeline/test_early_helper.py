"""The early chart helper is forked for the command users type: `reportgen build`, with no file,
in a project whose data/ folder holds one event (the README's command, in this repository); and
entry.py reads the command line with the CLI's own parser, so it decides as the build session does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen import entry
from reportgen.cli import main, parse_build
from reportgen.pipeline import drawing
from reportgen.platform import fork_start
from reportgen.session import session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[drawing.Drawer]:
    """The helpers `entry.early_chart_helper` starts (recorded, not forked)."""
    started: list[drawing.Drawer] = []
    monkeypatch.setattr(drawing.Drawer, "start", lambda self: started.append(self))
    monkeypatch.setattr(drawing, "EARLY", None)
    monkeypatch.delenv("REPORTGEN_SCHEDULER", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "waic2022.yaml", tmp_path / "data")
    return started


def test_build_with_no_file_forks_the_helper_for_the_one_event_in_data(forked: list[drawing.Drawer]) -> None:
    entry.early_chart_helper(["build"])
    assert len(forked) == 1 and drawing.EARLY is forked[0]


def test_build_with_no_file_forks_the_helper_for_the_bundled_event(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    shutil.rmtree(tmp_path / "data")
    entry.early_chart_helper(["build", "--out", "elsewhere"])
    assert len(forked) == 1


def test_build_with_no_file_and_several_events_in_data_forks_no_helper(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    shutil.copy(tmp_path / "data" / "waic2022.yaml", tmp_path / "data" / "second.yml")
    (tmp_path / "data" / ".hidden.yaml").write_text("not an event", encoding="utf-8")
    entry.early_chart_helper(["build"])
    assert forked == []
    entry.early_chart_helper(["build", "--jobs", "1"])  # one process builds them all: the helper serves it
    assert len(forked) == 1


def test_a_hidden_yaml_file_is_not_counted_as_an_event(forked: list[drawing.Drawer], tmp_path: Path) -> None:
    (tmp_path / "data" / ".waic2022.yaml.swp.yaml").write_text("an editor's", encoding="utf-8")
    entry.early_chart_helper(["build"])
    assert len(forked) == 1


def test_a_chart_cache_in_the_project_output_means_no_helper(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    cache = tmp_path / "output" / ".reportgen-cache"
    cache.mkdir(parents=True)
    (cache / "chart.png").write_bytes(b"")
    entry.early_chart_helper(["build"])
    assert forked == []
    entry.early_chart_helper(["build", "--no-cache"])
    assert len(forked) == 1


def test_a_short_option_with_its_value_attached_is_read_as_the_build_reads_it(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    """`-j1` is `--jobs 1` to click: one process builds both events, so the helper serves it (the
    early reader of argv that came before took `-j1` for an unknown flag and forked nothing)."""
    shutil.copy(tmp_path / "data" / "waic2022.yaml", tmp_path / "data" / "second.yml")
    entry.early_chart_helper(["build", "-j1"])
    assert len(forked) == 1


def test_a_file_after_the_double_dash_is_an_event_file(forked: list[drawing.Drawer], tmp_path: Path) -> None:
    """`build -- --odd.yaml` builds one event file named `--odd.yaml`; with two events in data/,
    the helper is forked for that one event, as the session would."""
    shutil.copy(tmp_path / "data" / "waic2022.yaml", tmp_path / "data" / "second.yml")
    entry.early_chart_helper(["build", "--", "--odd.yaml"])
    assert len(forked) == 1


def test_no_helper_for_help_another_command_or_a_refused_line(forked: list[drawing.Drawer]) -> None:
    for argv in (
        ["build", "--help"],
        ["--help", "build"],
        ["-v", "build"],
        ["build", "--jobs", "0"],
        ["validate"],
    ):
        entry.early_chart_helper(argv)
    assert forked == []


LINES = [
    ["build", "--jobs", "2", "data/x.yaml"],
    ["-v", "build"],
    ["build", "--", "file"],
    ["build", "-j1"],
    ["build", "-qj1", "a.yaml", "--no-cache"],
    ["build", "--out=elsewhere", "--", "--odd.yaml"],
    ["build", "--out", "--help"],
    ["build", "--help"],
    ["--help", "build"],
    ["build", "--jobs", "0"],
    ["build", "--scheduler", "tcp://127.0.0.1:1", "--pdf", "--pdf-timeout", "5"],
    ["validate", "data/x.yaml"],
]


@pytest.mark.parametrize("argv", LINES, ids=" ".join)
def test_the_early_reader_and_the_build_see_one_command_line(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What `cli.parse_build` makes of a command line is exactly the options the build command
    hands its session, or None where the build command runs no session."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REPORTGEN_SCHEDULER", raising=False)
    seen: list[session.Options] = []
    monkeypatch.setattr(session, "run", lambda options, reporter: seen.append(options) or 0)
    CliRunner().invoke(main, argv)
    assert parse_build(argv) == (seen[0] if seen else None)


def test_the_helper_draws_a_chart_without_importing_the_data_model() -> None:
    """The helper imports the drawing code and unpickles each chart's data: neither may pull in
    the data model, pydantic or the formatter, which the helper never uses (about 0.18 s of CPU in
    every cold build)."""
    import pickle
    import subprocess
    import sys

    from reportgen.charts.theme import Theme
    from reportgen.data.derive import ChartBar, ChartData

    data = ChartData("c", "Visitors", "bar", (ChartBar("2022", 3.0, "3", "exact"),), False, "", "")
    script = (
        "import pickle, sys\n"
        "from reportgen.charts.draw import draw\n"
        "data, theme = pickle.loads(sys.stdin.buffer.read())\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('pydantic', 'babel', 'reportgen.data.')))\n"
        "print(type(data).__name__, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=pickle.dumps((data, Theme())),
        capture_output=True,
        check=True,
    )
    assert done.stdout.decode().split() == [
        "ChartData",
        "['reportgen.data.chart_data',",
        "'reportgen.data.chart_lines',",  # where a label may break: plain text, stdlib only
        "'reportgen.data.chart_shape',",
        "'reportgen.data.contrast']",
    ]


HELPER_SCRIPT = """
import os, sys
from pathlib import Path
from reportgen.pipeline import drawing
from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartBar, ChartData

drawing._idle_core = lambda: {idle}  # forked with the helper: what it finds when it decides
drawer = drawing.Drawer()
drawer.start()
bars = tuple(ChartBar(f"category {{i}}", float(i + 1), f"{{i + 1}} million", "exact") for i in range(12))
keys = [f"chart-{{n}}" for n in range(6)]
for n, key in enumerate(keys):
    drawer.ask(key, ChartData(key, f"Visitors {{n}}", "hbar", bars, False, "", ""), Theme(), (9.0, 6.0))
helper = drawer._process.pid
pictures = [drawer.take(key) for key in reversed(keys)]  # the last asked first: replies wait in both pipes
children = Path(f"/proc/{{helper}}/task/{{helper}}/children").read_text().split()
pngs = [p[0] for p in pictures if p and p[0][:8] == b"\\x89PNG\\r\\n\\x1a\\n"]
print(len(children), sum(map(len, pngs)) > 65536 * 2, len(pngs))
drawer.close()
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads a process's children in /proc")
@pytest.mark.skipif(fork_start() is None, reason="no drawing helpers without a safe fork")
def test_the_second_helper_is_forked_only_when_a_core_is_idle() -> None:
    """With no idle core, one helper serves both pipes (no second process to start and share the
    core with): every chart is still drawn, even taken in the reverse order, with more picture
    bytes waiting in the pipes than they hold (a helper that answered one pipe after the other
    would wait for the build to read one while the build waits on the other)."""
    import subprocess
    import sys

    for idle, children in ((True, "1"), (False, "0")):
        done = subprocess.run(
            [sys.executable, "-c", HELPER_SCRIPT.format(idle=idle)],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        assert done.stdout.split() == [children, "True", "6"], f"idle core: {idle}"


@pytest.mark.parametrize(
    ("cores", "load", "second"),
    [(2, 0.0, False), (2, 1.0, False), (3, 0.0, True), (4, 0.5, True), (4, 1.5, False), (8, 3.0, True)],
)
def test_a_second_helper_needs_a_core_beside_the_build_and_the_first_helper(
    monkeypatch: pytest.MonkeyPatch, cores: int, load: float, second: bool
) -> None:
    """While the charts are drawn the build runs too (it renders the deck meanwhile), and so does
    the first helper: a second one draws beside them only with a third core free for it. On two
    idle cores it took the build's core and cost about 20 MiB (docs/performance.md, round 16)."""
    from reportgen.pipeline import drawing

    monkeypatch.setattr(drawing, "cpu_count", lambda: cores)
    monkeypatch.setattr(drawing, "load_average", lambda: load)
    assert drawing._idle_core() is second


ENDING_SCRIPT = """
from reportgen.pipeline import drawing
from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartBar, ChartData

drawing._idle_core = lambda: {idle}  # forked with the helper: what it finds when it decides
drawer = drawing.Drawer()
drawer.start()
drawer.expect(2)
bars = tuple(ChartBar(f"category {{i}}", float(i + 1), f"{{i + 1}}", "exact") for i in range(3))
chart = lambda key: ChartData(key, "Visitors", "hbar", bars, False, "", "")
for event, keys in enumerate((["a", "b"], ["c"])):
    for key in keys:
        drawer.ask(key, chart(key), Theme(), (3.0, 1.5))
    drawer.event_asked()
    if event == 0:
        print(drawer._process.is_alive())  # the first event asked: the helper serves the second
drawer._process.join(timeout=300)  # it ends once the last event has asked (its answers sent)
print(drawer._process.exitcode)
drawer.ask("d", chart("d"), Theme(), (3.0, 1.5))  # asked too late: drawn by the build itself
print([(p or (b"",))[0][:4] for p in map(drawer.take, ["a", "b", "c", "d"])])
drawer.close()
"""


@pytest.mark.skipif(fork_start() is None, reason="no drawing helpers without a safe fork")
def test_the_helper_ends_once_the_last_event_has_asked_and_its_answers_wait_in_the_pipes() -> None:
    """The helper holds matplotlib (about 80 MiB): it ends as soon as the last event it serves
    has asked for its charts and the answers are sent, not when the build ends, so the build's
    own peak (rendering, checking, committing) does not come on top of it. Its answers are still
    taken from the pipes afterwards; a chart asked for after that is the build's to draw."""
    import subprocess
    import sys

    for idle in (True, False):
        done = subprocess.run(
            [sys.executable, "-c", ENDING_SCRIPT.format(idle=idle)],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        png = "b'\\x89PNG'"
        assert done.stdout.split("\n")[:3] == ["True", "0", f"[{png}, {png}, {png}, b'']"], (
            f"idle core: {idle}"
        )


IMPORTED_SCRIPT = """
import sys
from reportgen.pipeline import drawing

def report(connection, sibling, draw):  # forked with the helper: it answers with what it imported
    connection.recv()
    loaded = sorted(m for m, module in sys.modules.items() if m.startswith("mpl_toolkits") and module)
    connection.send(("what", loaded + ["matplotlib.figure" in sys.modules, draw.__name__], ""))

drawing._idle_core = lambda: False
drawing._draw_for_both = report
drawer = drawing.Drawer()
drawer.start()
drawer.ask("what", None, None, None)
answer = drawer.take("what")
print(answer[0] if answer else "no answer: did matplotlib's import fail without mpl_toolkits.mplot3d?")
drawer.close()
"""


@pytest.mark.skipif(fork_start() is None, reason="no drawing helpers without a safe fork")
def test_the_helper_imports_matplotlib_without_its_3d_toolkit() -> None:
    """No chart is 3D: the helper keeps matplotlib from importing `mpl_toolkits.mplot3d` (about
    1.5 MiB of the helper and 20 ms of its import, at the build's peak of memory), and still
    imports the rest of what drawing needs. It relies on a matplotlib internal: its `projections`
    package imports the toolkit in a try block and carries on without it (matplotlib 3.11)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", IMPORTED_SCRIPT], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.strip() == "[True, 'draw']", done.stderr


@pytest.mark.skipif(fork_start() is None, reason="no drawing helpers without a safe fork")
def test_one_helper_serving_both_pipes_draws_on_one_thread() -> None:
    """matplotlib keeps its fonts per thread: a helper that drew on two threads opened every font
    twice (about 12 MiB for WAIC). Both pipes are served, and every chart is drawn on the thread
    that serves them."""
    import multiprocessing
    import threading

    drawn_on: list[int] = []

    def draw(data: object, theme: object, size: object) -> tuple[bytes, str]:
        drawn_on.append(threading.get_ident())
        return str(data).encode(), ""

    first, first_helper = multiprocessing.Pipe()
    second, second_helper = multiprocessing.Pipe()
    for n in range(3):
        first.send((f"a{n}", f"first {n}", None, None))
        second.send((f"b{n}", f"second {n}", None, None))
    first.send(None)
    second.send(None)
    server = threading.Thread(target=drawing._draw_for_both, args=(first_helper, second_helper, draw))
    server.start()
    answers = [first.recv() for _ in range(3)] + [second.recv() for _ in range(3)]
    server.join()
    assert sorted(answers) == [
        (f"{k}{n}", f"{w} {n}".encode(), "") for k, w in (("a", "first"), ("b", "second")) for n in range(3)
    ]
    assert set(drawn_on) == {server.ident}


BUILD_SCRIPT = """
import sys
from reportgen.commit import output
from reportgen.pipeline import drawing

ended, started = [], []
commit, start = output.Staging.commit, drawing.Drawer.start


def recording_start(self):
    start(self)
    started.append(self)


def waiting_commit(self):
    helper = started[0]._process if started else None
    if helper is not None:
        helper.join(timeout=300)  # ended by itself: nobody has closed its pipes yet
    ended.append(None if helper is None else helper.exitcode)
    return commit(self)


output.Staging.commit, drawing.Drawer.start = waiting_commit, recording_start
from reportgen.entry import run

sys.argv = ["reportgen", "build", sys.argv[1], "--out", sys.argv[2]]
try:
    run()
except SystemExit as done:
    print(done.code, ended)
"""


@pytest.mark.skipif(fork_start() is None, reason="no drawing helpers without a safe fork")
def test_a_build_s_helper_ends_before_the_build_commits(tmp_path: Path) -> None:
    """`reportgen build FILE` tells its helper when the event has asked for every chart: the
    helper has ended by itself (exit code 0) when the build commits, while the build still holds
    its pipes, so its memory is not held beside the build's own peak."""
    import os
    import subprocess
    import sys

    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", BUILD_SCRIPT, str(ROOT / "data" / "waic2022.yaml"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=600,
        env=environment,
        cwd=tmp_path,
    )
    assert done.stdout.strip().splitlines()[-1] == "0 [0]", done.stderr[-2000:]
    assert len(list((tmp_path / "out").glob("waic-2022-chart-*.png"))) == 3  # 2 printed as sentences


@pytest.mark.skipif(fork_start() is None, reason="no drawing helpers without a safe fork")
@pytest.mark.parametrize("both", [False, True], ids=["one pipe", "both pipes"])
def test_the_helper_frees_each_chart_s_figure_once_it_is_drawn(both: bool) -> None:
    """A figure is a web of reference cycles: with the raised collection threshold (`entry`) the
    helper kept several charts' figures, fonts' glyph caches and canvases (about 16 MiB for
    WAIC's five charts) until a collection came. Each is freed once its picture is answered."""
    import gc
    import multiprocessing
    import threading

    from matplotlib.figure import Figure

    from reportgen.charts.draw import draw
    from reportgen.charts.theme import Theme
    from reportgen.data.chart_data import ChartBar, ChartData

    def figures() -> int:
        return sum(isinstance(o, Figure) for o in gc.get_objects())

    bars = tuple(ChartBar(f"category {i}", float(i + 1), f"{i + 1}", "exact") for i in range(3))
    pipes = [multiprocessing.Pipe() for _ in range(2 if both else 1)]
    gc.collect()
    before = figures()
    gc.disable()  # no collection but the helper's own (the threshold is never reached in a build)
    try:
        for n in range(3):
            ours = pipes[n % len(pipes)][0]
            ours.send(
                (f"c{n}", ChartData(f"c{n}", "Visitors", "hbar", bars, False, "", ""), Theme(), (3.0, 1.5))
            )
        for ours, _ in pipes:
            ours.send(None)
        helpers = [theirs for _, theirs in pipes]
        serve = drawing._draw_for_both if both else drawing._draw_for
        server = threading.Thread(target=serve, args=(*helpers, draw))
        server.start()
        answers = [pipes[n % len(pipes)][0].recv() for n in range(3)]
        server.join()
        left = figures() - before
    finally:
        gc.enable()
    assert [png[:4] for _, png, _ in answers] == [b"\x89PNG"] * 3
    assert left == 0
