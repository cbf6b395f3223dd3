"""The early chart helper is forked for the command users type: `reportgen build`, with no file,
in a project whose data/ folder holds one event (the README's command, in this repository)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportgen.build import drawing

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[drawing.Drawer]:
    """The helpers `early_helper` starts (recorded, not forked)."""
    started: list[drawing.Drawer] = []
    monkeypatch.setattr(drawing.Drawer, "start", lambda self: started.append(self))
    monkeypatch.setattr(drawing, "EARLY", None)
    monkeypatch.delenv("REPORTGEN_SCHEDULER", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "waic2022.yaml", tmp_path / "data")
    return started


def test_build_with_no_file_forks_the_helper_for_the_one_event_in_data(forked: list[drawing.Drawer]) -> None:
    drawing.early_helper([])
    assert len(forked) == 1 and drawing.EARLY is forked[0]


def test_build_with_no_file_forks_the_helper_for_the_bundled_event(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    shutil.rmtree(tmp_path / "data")
    drawing.early_helper(["--out", "elsewhere"])
    assert len(forked) == 1


def test_build_with_no_file_and_several_events_in_data_forks_no_helper(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    shutil.copy(tmp_path / "data" / "waic2022.yaml", tmp_path / "data" / "second.yml")
    (tmp_path / "data" / ".hidden.yaml").write_text("not an event", encoding="utf-8")
    drawing.early_helper([])
    assert forked == []
    drawing.early_helper(["--jobs", "1"])  # one process builds them all: the helper serves it
    assert len(forked) == 1


def test_a_hidden_yaml_file_is_not_counted_as_an_event(forked: list[drawing.Drawer], tmp_path: Path) -> None:
    (tmp_path / "data" / ".waic2022.yaml.swp.yaml").write_text("an editor's", encoding="utf-8")
    drawing.early_helper([])
    assert len(forked) == 1


def test_a_chart_cache_in_the_project_output_means_no_helper(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    cache = tmp_path / "output" / ".reportgen-cache"
    cache.mkdir(parents=True)
    (cache / "chart.png").write_bytes(b"")
    drawing.early_helper([])
    assert forked == []
    drawing.early_helper(["--no-cache"])
    assert len(forked) == 1


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
        "'reportgen.data.chart_shape',",
        "'reportgen.data.contrast']",
    ]


HELPER_SCRIPT = """
import os, sys
from pathlib import Path
from reportgen.build import drawing
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
