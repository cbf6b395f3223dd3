"""`reportgen watch`, run as a user runs it: in its own process, edited under it, stopped with Ctrl-C.

Nothing here is timed: each step waits (polling the output and the messages) for what must come,
with a generous guard against a hang, and asserts on what came.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reportgen.entry import INTERRUPTED
from reportgen.session.stamp import Record
from reportgen.session.watch import Targets, recorded_targets

from .conftest import GUARD, NAME, WAIC, docx_text, interrupt, live_processes, pptx_slide_texts, wait_for
from .test_shims import SHIMS


def settled_text(path: Path, reader: Callable[[Path], str]) -> str:
    """The text of a document, or "" while it is not there (outputs are renamed into place whole)."""
    try:
        return reader(path)
    except (OSError, KeyError, ValueError):
        return ""


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def deck_text(path: Path) -> str:
    return "\n".join(pptx_slide_texts(path))


@pytest.mark.slow
def test_watch_rebuilds_what_a_save_changed_reports_a_broken_event_and_stops_cleanly(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    waic = project / "data" / "waic2022.yaml"
    original = WAIC.read_text(encoding="utf-8")
    assert f"name: {{en: {NAME}," in original  # the edits below must change the event
    waic.write_text(original, encoding="utf-8")
    other = original.replace("short_name: WAIC 2022", "short_name: Expo 2024").replace(
        "slug: waic-2022", "slug: expo-2024"
    )
    (project / "data" / "expo.yaml").write_text(other, encoding="utf-8")
    output, logs = project / "output", tmp_path / "logs"
    logs.mkdir()
    with (logs / "out").open("wb") as out, (logs / "err").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "reportgen", "watch"], cwd=project, stdout=out, stderr=err
        )
    try:
        stdout = lambda: (logs / "out").read_text(encoding="utf-8")  # noqa: E731
        stderr = lambda: (logs / "err").read_text(encoding="utf-8")  # noqa: E731
        wait_for("the first build and the watching line", lambda: "watching " in stderr(), proc, logs)
        assert "2 built, 0 up to date, 0 failed" in stdout()
        assert re.search(r"^watching \., data, .*templates for changes \(Ctrl-C stops\)$", stderr(), re.M)
        briefing, deck = output / "waic-2022-briefing.docx", output / "waic-2022-deck.pptx"
        expo_before = {k: v for k, v in digests(output).items() if k.startswith("expo-2024")}
        assert len(expo_before) >= 2

        # an edit to one event rebuilds that event, and only that one
        saved = waic.with_name(".waic2022.yaml.tmp")  # saved as editors do: written aside, renamed over
        saved.write_text(
            original.replace(f"name: {{en: {NAME},", "name: {en: Edited While Watched 2022,"),
            encoding="utf-8",
        )
        os.replace(saved, waic)
        wait_for("the rebuild line", lambda: "rebuilt " in stdout(), proc, logs)
        assert re.search(r"^rebuilt WAIC 2022 in \d+\.\d\d s from save to written$", stdout(), re.M)
        assert "Expo 2024" not in stdout().split("rebuilt ", 1)[1]
        wait_for(
            "the new briefing",
            lambda: "Edited While Watched 2022" in settled_text(briefing, docx_text),
            proc,
            logs,
        )
        wait_for(
            "the new deck", lambda: "Edited While Watched 2022" in settled_text(deck, deck_text), proc, logs
        )
        assert {k: v for k, v in digests(output).items() if k.startswith("expo-2024")} == expo_before

        # a save that breaks the event: the error as `reportgen build` says it; the documents stay
        before = digests(output)
        broken = original.replace("value: 638000000", "value: lots")
        waic.write_text(broken, encoding="utf-8")
        line = original[: original.index("value: 638000000")].count("\n") + 1
        expected = (
            f"error: data/waic2022.yaml:{line}:16: sections.reach.figures.online_viewers.value: "
            "expected a number, got 'lots'"
        )
        wait_for("the error", lambda: expected in stderr(), proc, logs)
        assert digests(output) == before
        alone = subprocess.run(
            [
                sys.executable,
                "-m",
                "reportgen",
                "build",
                "data/waic2022.yaml",
                "--out",
                str(tmp_path / "alone"),
            ],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=GUARD,
        )
        assert alone.returncode == 3
        assert expected in alone.stderr.splitlines()  # the usual form, word for word

        # fixed: watching went on, and builds it again
        waic.write_text(
            original.replace(f"name: {{en: {NAME},", "name: {en: Fixed While Watched 2022,"), encoding="utf-8"
        )
        wait_for(
            "the fixed briefing",
            lambda: "Fixed While Watched 2022" in settled_text(briefing, docx_text),
            proc,
            logs,
        )
        # its line follows the written files: on a loaded machine it can come a moment later
        wait_for(
            "the second rebuild's line",
            lambda: len(re.findall(r"^rebuilt WAIC 2022 in ", stdout(), re.M)) >= 2,
            proc,
            logs,
        )
    finally:
        code = interrupt(proc)
    assert code == 130
    assert stderr().splitlines()[-1] == INTERRUPTED
    assert "Traceback" not in stderr()
    leftovers = [p.name for p in output.iterdir() if p.name.startswith(".reportgen-") and p.is_dir()]
    assert sorted(leftovers) == [".reportgen-cache"]  # no staging folder, no lock
    assert not (output / ".reportgen.lock").exists()
    assert live_processes(str(project)) == []


def test_a_logo_the_event_read_is_watched_and_so_is_every_yaml_file_of_the_data_folder(
    tmp_path: Path,
) -> None:
    record = Record("key", expected=[str(tmp_path / "data" / "a.yaml")])
    record.events[str(tmp_path / "data" / "a.yaml")] = {
        "inputs": {str(tmp_path / "data" / "a.yaml"): "x", str(tmp_path / "art" / "logo.png"): "y"}
    }
    record.probes.append(("yaml-files", str(tmp_path / "data"), []))
    record.probes.append(("sha256", str(tmp_path / "templates" / "deck.pptx"), "z"))
    for folder in ("data", "art", "templates", "elsewhere"):
        (tmp_path / folder).mkdir()
    targets = recorded_targets(record)
    assert isinstance(targets, Targets)
    # the data folder's own folder too: a data/ created or removed changes which events there are
    assert targets.folders() == [tmp_path, tmp_path / "art", tmp_path / "data", tmp_path / "templates"]
    assert targets.affected(tmp_path / "art" / "logo.png")
    assert targets.affected(tmp_path / "templates" / "deck.pptx")
    assert targets.affected(tmp_path / "data" / "new-event.yml")  # a new event joins the build
    assert not targets.affected(tmp_path / "data" / ".a.yaml.swp")
    assert not targets.affected(tmp_path / "art" / "other.png")
    assert not targets.affected(tmp_path / "elsewhere" / "a.yaml")


@pytest.mark.slow
@pytest.mark.parametrize("system", ["windows", "macos"])
def test_watch_rebuilds_and_stops_under_the_windows_and_macos_shims(system: str, tmp_path: Path) -> None:
    project, logs = tmp_path / "project", tmp_path / "logs"
    (project / "data").mkdir(parents=True)
    logs.mkdir()
    waic = project / "data" / "waic2022.yaml"
    original = WAIC.read_text(encoding="utf-8")
    assert f"name: {{en: {NAME}," in original  # the edits below must change the event
    waic.write_text(original, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SHIMS / system)}
    with (logs / "out").open("wb") as out, (logs / "err").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "reportgen", "watch"], cwd=project, env=env, stdout=out, stderr=err
        )
    try:
        wait_for("the watching line", lambda: "watching " in (logs / "err").read_text(), proc, logs)
        waic.write_text(
            original.replace(f"name: {{en: {NAME},", f"name: {{en: Watched On {system},"), encoding="utf-8"
        )
        briefing = project / "output" / "waic-2022-briefing.docx"
        wait_for(
            "the rebuild", lambda: f"Watched On {system}" in settled_text(briefing, docx_text), proc, logs
        )
        wait_for(
            "the rebuild line", lambda: "rebuilt WAIC 2022 in " in (logs / "out").read_text(), proc, logs
        )
    finally:
        code = interrupt(proc)
    assert code == 130, (logs / "err").read_text()
    assert (logs / "err").read_text().splitlines()[-1] == INTERRUPTED
