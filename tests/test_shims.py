"""reportgen as it runs on Windows and macOS, proven on Linux with the shims in tests/shims/: a
hostile template that eats memory or time is stopped under each, with exit 4 and the words of the
limit it broke (never "damaged"), and the bundled event builds. .ci/run also runs the system tests
and a --pdf build under each shim."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import docx_text
from .pipeline.hostile_cases import deck_edit, title

SHIMS = Path(__file__).parent / "shims"
SYSTEMS = ["windows", "macos"]

#: Runs `reportgen ARGS...` with the render limits lowered, so a bomb is caught quickly and small.
_COMMAND = (
    "import sys, reportgen.office.limits as limits; "
    "limits.RENDER_MEMORY = 256 * 2**20; limits.RENDER_SECONDS = 3.0; "
    "sys.argv[0] = 'reportgen'; from reportgen.entry import main; main()"
)
#: 600 strings of a million characters: 600 MB (2.4 GB as Python holds them), unless stopped.
MEMORY_BOMB = "{{ range(3000)|map('string')|map('center', 1000000)|list|length }}"  # 3 GB unless stopped
TIME_BOMB = "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}"


def reportgen(system: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SHIMS / system)}
    return subprocess.run(
        [sys.executable, "-c", _COMMAND, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.mark.slow
@pytest.mark.parametrize("system", SYSTEMS)
def test_the_shim_takes_away_what_the_system_lacks(system: str, tmp_path: Path) -> None:
    probe = (
        "import os, resource, reportgen.platform as p; r = resource.getrlimit(resource.RLIMIT_AS)"
        if system == "macos"
        else "import os, reportgen.platform as p"
    )
    probe += "; print(p.O_NOFOLLOW, p.fork_start(), p.fcntl is None, p.resource is None)"
    env = {**os.environ, "PYTHONPATH": str(SHIMS / system)}
    shown = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    expected = "0 None True True" if system == "windows" else f"{os.O_NOFOLLOW} fork False False"
    assert shown.stdout.split() == expected.split()


@pytest.mark.slow
@pytest.mark.parametrize("system", SYSTEMS)
def test_a_memory_bomb_is_stopped(system: str, tmp_path: Path) -> None:
    args = deck_edit(title(MEMORY_BOMB))(tmp_path)
    done = reportgen(system, "build", *args, "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 4, done.stderr
    assert "slide 1, shape 'Event name': rendering ran out of memory" in done.stderr
    assert "damaged" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out" / "waic-2022-deck.pptx").exists()


@pytest.mark.slow
@pytest.mark.parametrize("system", SYSTEMS)
def test_an_endless_template_is_stopped(system: str, tmp_path: Path) -> None:
    args = deck_edit(title(TIME_BOMB))(tmp_path)
    done = reportgen(system, "build", *args, "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 4, done.stderr
    assert "rendering took too long (a loop in a template may be far too large)" in done.stderr
    assert "damaged" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("system", SYSTEMS)
def test_the_bundled_event_builds_twice_and_a_batch_builds(system: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = reportgen(system, "build", "--out", str(out), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "WAIC 2022" in docx_text(out / "waic-2022-briefing.docx")
    again = reportgen(system, "build", "--out", str(out), cwd=tmp_path)
    assert again.returncode == 0 and "up to date" in again.stdout, again.stdout + again.stderr
    init = reportgen(system, "init", "project", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    examples = Path(__file__).parents[1] / "data" / "examples"
    batch = reportgen(
        system,
        "build",
        *map(str, sorted(examples.glob("*.yaml"))),
        "--jobs",
        "2",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert batch.returncode == 0, batch.stderr
    assert batch.stdout.count("built ") >= 2, batch.stdout
