"""A project file found in a folder above is used only when it is the user's own (or root's) and no
one else can write it or its folder, as git trusts a repository (CVE-2022-24765, safe.directory)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.platform import user_id
from reportgen.project import trust

from ..conftest import WAIC

OTHER_UID = 12345


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A shared, sticky folder (as /tmp is) holding another user's reportgen.yaml that sends
    documents into their folder, and this user's project folder inside it (the current folder).
    Where files have no owners (Windows, and the Windows shim of tests/shims) there is nothing to
    check: test_without_owners_a_found_project_file_is_trusted says what happens there."""
    if user_id() is None:
        pytest.skip("this system has no file owners to check (Windows): a found project file is used")
    return make_shared(tmp_path, monkeypatch)


@pytest.fixture
def shared_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_shared(tmp_path, monkeypatch)


def make_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(trust.TRUST_VARIABLE, raising=False)
    top = tmp_path / "shared"
    (top / "mine" / "data").mkdir(parents=True)
    top.chmod(0o1777)
    shutil.copy(WAIC, top / "mine" / "data" / "waic.yaml")
    (top / "reportgen.yaml").write_text(f"output: {tmp_path / 'theirs'}\n", encoding="utf-8")
    os.chown(top / "reportgen.yaml", OTHER_UID, OTHER_UID)
    monkeypatch.chdir(top / "mine")
    return top


def _refusal(path: Path, problem: str) -> str:
    return (
        f"error: {path}: not using this project file, found in this folder or one above it: {problem}, "
        "so someone else could have put it there to choose where your documents go\n"
        f"hint: if it is yours to use, give --config {path}\n"
        f"hint: or trust it with REPORTGEN_TRUSTED_PROJECTS={path.parent} "
        "(folders or files, separated by ':')\n"
    )


@pytest.mark.parametrize("command", ["build", "validate", "inspect"])
def test_another_users_project_file_above_is_refused(shared: Path, command: str) -> None:
    args = {"build": ["build", "--jobs", "1"], "validate": ["validate"], "inspect": ["inspect", "deck.pptx"]}
    result = CliRunner().invoke(main, args[command])
    assert result.exit_code == 3, result.output
    assert result.output == _refusal(
        shared / "reportgen.yaml", "the file belongs to another user (uid 12345)"
    )
    assert not (shared.parent / "theirs").exists()  # nothing went into their folder
    assert not (shared / "mine" / "output").exists()


@pytest.mark.parametrize(
    ("mode", "owner", "folder_mode", "problem"),
    [
        (0o664, 0, 0o755, "the file can be written by its group"),
        (0o646, 0, 0o755, "the file can be written by others"),
        (0o644, 0, 0o777, "its folder can be written by others"),
        (0o644, 0, 0o775, "its folder can be written by its group"),
    ],
)
def test_a_project_file_others_can_write_is_refused(
    shared: Path, mode: int, owner: int, folder_mode: int, problem: str
) -> None:
    path = shared / "reportgen.yaml"
    os.chown(path, owner, owner)
    path.chmod(mode)
    shared.chmod(folder_mode)
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 3, result.output
    assert result.output == _refusal(path, problem)


def test_a_link_planted_by_another_user_is_refused(shared: Path) -> None:
    mine = shared / "mine" / "real.yaml"
    mine.write_text("output: output\n", encoding="utf-8")
    (shared / "reportgen.yaml").unlink()
    (shared / "reportgen.yaml").symlink_to(mine)
    os.chown(shared / "reportgen.yaml", OTHER_UID, OTHER_UID, follow_symlinks=False)
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 3
    assert "the file belongs to another user (uid 12345)" in result.output


def test_own_project_file_in_a_sticky_folder_is_used_and_verbose_says_why(shared: Path) -> None:
    os.chown(shared / "reportgen.yaml", 0, 0)
    result = CliRunner().invoke(main, ["validate", "--verbose"])
    assert result.exit_code == 0, result.output
    assert (
        f"setting: project file = {shared / 'reportgen.yaml'}  (found; it and its folder are yours "
        "(or root's) and no one else can write them)"
    ) in result.output


@pytest.mark.parametrize("trusted", ["folder", "file", "star", "config"])
def test_an_untrusted_project_file_can_be_trusted(
    shared: Path, trusted: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["validate", "--verbose"]
    if trusted == "config":
        args += ["--config", str(shared / "reportgen.yaml")]
    else:
        value = {"folder": str(shared), "file": str(shared / "reportgen.yaml"), "star": "*"}[trusted]
        monkeypatch.setenv(trust.TRUST_VARIABLE, f"/elsewhere{os.pathsep}{value}")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    source = "--config" if trusted == "config" else "found; trusted by REPORTGEN_TRUSTED_PROJECTS"
    assert f"setting: project file = {shared / 'reportgen.yaml'}  ({source})" in result.output
    assert f"setting: output folder = {shared.parent / 'theirs'}" in result.output


def test_a_project_file_made_writable_to_others_after_a_build_is_refused_then(shared: Path) -> None:
    """The up-to-date check records whether the project file was trusted: a stamp cannot vouch
    for a build whose project file has since become writable by others."""
    path = shared / "reportgen.yaml"
    path.write_text("output: output\n", encoding="utf-8")
    os.chown(path, 0, 0)
    assert CliRunner().invoke(main, ["build", "--jobs", "1"]).exit_code == 0
    assert CliRunner().invoke(main, ["build", "--jobs", "1"]).output.startswith("up to date")
    path.chmod(0o666)
    result = CliRunner().invoke(main, ["build", "--jobs", "1"])
    assert result.exit_code == 3
    assert result.output == _refusal(path, "the file can be written by others")


def test_without_owners_a_found_project_file_is_trusted(
    shared_anywhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no os.getuid: there the file is used, and --verbose says why."""
    if user_id() is not None:  # (under the Windows shim it is gone already)
        monkeypatch.delattr(os, "getuid")
    result = CliRunner().invoke(main, ["validate", "--verbose"])
    assert result.exit_code == 0, result.output
    assert "(found; this system has no file owners to check)" in result.output


def test_the_refusals_hint_is_never_clipped_however_long_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rendered line is clipped at errors.MAX_LINE: in one line, a long path (pytest's
    /tmp/pytest-of-root/pytest-1078/popen-gw0/…) cut the hint before the variable's name."""
    from reportgen.errors import ReportgenError
    from reportgen.project import trust
    from reportgen.project.trust import refuse_untrusted

    deep = tmp_path.joinpath(*(["a-rather-long-folder-name"] * 4))
    deep.mkdir(parents=True)
    project = deep / "reportgen.yaml"
    project.write_text("output: out\n", encoding="utf-8")
    # the refusal as it reads on every system (one with no file owners to check refuses none)
    monkeypatch.setattr(trust, "distrust", lambda path: "the file can be written by others")
    with pytest.raises(ReportgenError) as raised:
        refuse_untrusted(project)
    hints = [line for line in raised.value.render().splitlines() if line.startswith("hint: ")]
    assert hints == [
        f"hint: if it is yours to use, give --config {project}",
        f"hint: or trust it with REPORTGEN_TRUSTED_PROJECTS={deep} (folders or files, separated by ':')",
    ]
