"""The output folder's lock: builds take turns, and the lock file is there only while one holds it."""

from __future__ import annotations

import fcntl
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.commit import output
from reportgen.commit.output import LOCK_NAME, folder_lock
from reportgen.errors import OutputError

from ..conftest import TEMPLATES, WAIC


def test_a_build_leaves_no_lock_file_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [
        ".reportgen-cache",
        ".reportgen-stamp.json",
    ]


def test_the_lock_is_held_by_one_at_a_time_and_removed_by_its_holder(tmp_path: Path) -> None:
    with folder_lock(tmp_path):
        assert (tmp_path / LOCK_NAME).is_file()
        with (
            pytest.raises(OutputError, match="another reportgen build has been writing to"),
            folder_lock(tmp_path, wait=0.2),
        ):
            pass
    assert not (tmp_path / LOCK_NAME).exists()


def test_a_build_that_waited_on_a_removed_lock_file_locks_the_new_one(tmp_path: Path) -> None:
    """Removing the file is race-free: a build that opened it before its holder removed it gets
    a lock on a file no longer in the folder, sees that, and tries again with the file there."""
    with folder_lock(tmp_path):
        waiting = open(tmp_path / LOCK_NAME, "r+b")  # noqa: SIM115 - a second build, waiting
    fcntl.flock(waiting, fcntl.LOCK_EX | fcntl.LOCK_NB)  # it gets the old file's lock...
    assert not output._still_there(tmp_path / LOCK_NAME, waiting)  # ...and sees it is stale
    with folder_lock(tmp_path, wait=0.2):  # another build is not held up by the stale lock
        assert output._still_there(tmp_path / LOCK_NAME, open(tmp_path / LOCK_NAME, "rb"))  # noqa: SIM115
    waiting.close()
