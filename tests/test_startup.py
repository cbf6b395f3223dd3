"""What the `reportgen` command sets up before it imports anything heavy (reportgen/entry.py)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc, sys
{before}
sys.argv = ["reportgen", "--version"]
from reportgen.entry import run
try:
    run()
except SystemExit:
    pass
print(gc.get_threshold(), file=sys.stderr)
"""


def test_the_command_collects_the_young_generation_less_often_while_it_imports() -> None:
    """Python's default is raised; a higher setting is kept; collection turned off stays off."""
    for before, threshold in (
        ("gc.set_threshold(700, 10, 10)", "(50000, 10, 10)"),
        ("gc.set_threshold(90000, 5, 7)", "(90000, 5, 7)"),
        ("gc.set_threshold(0)", "(0, 10, 10)"),
    ):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT.format(before=before)], capture_output=True, text=True, check=True
        )
        assert done.stderr.strip().splitlines()[-1] == threshold, before
