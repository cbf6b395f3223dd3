"""A cold build asks its chart helper for the charts before it imports the Office libraries, so
the helper draws while they import and gives its memory back sooner (pipeline.renderers; the
performance guide, round 18). Checked on the README's command, `reportgen build` in a copy of the
project, in a fresh interpreter: the test process has imported everything already."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from reportgen.pipeline import drawing

asked = []

def start(self):  # no fork: the asks are recorded, and the build draws its own charts
    pass

def ask(self, key, data, theme, size):
    asked.append(sorted(m for m in ("pptx", "docx", "docxtpl", "xlsxwriter") if m in sys.modules))

drawing.Drawer.start = start
drawing.Drawer.ask = ask
sys.argv = ["reportgen", "build"]
from reportgen.entry import run

try:
    run()
except SystemExit as done:
    print(json.dumps({"asked": asked, "code": done.code}))
"""


def test_the_charts_are_asked_for_before_the_office_libraries_are_imported(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "data", project / "data")
    shutil.copy(ROOT / "reportgen.yaml", project)
    shutil.copytree(ROOT / "templates", project / "templates")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=project, capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] in (0, 2)  # built (WAIC warns of two charts printed as sentences)
    assert seen["asked"]  # WAIC draws three charts
    assert seen["asked"] == [[]] * len(seen["asked"])
    assert (project / "output" / "waic-2022-deck.pptx").is_file()
