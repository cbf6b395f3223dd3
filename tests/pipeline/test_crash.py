"""A build killed outright (SIGKILL, as a power loss would) at any moment of its commit leaves the
complete earlier set or the complete new set of outputs once the next build has started.

A subprocess builds a changed event and is killed with SIGKILL at a chosen moment: before the
journal, right after it, and after each move. The next build in the same folder is made to fail
on purpose (a broken template), so whatever it leaves is only what its recovery did.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.commit.output import STAGING_PREFIX
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC, docx_text

DRIVER = """
import os, signal, sys
from pathlib import Path
import reportgen.commit.output as output
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

mode, n, event, out, templates = sys.argv[1], int(sys.argv[2]), *map(Path, sys.argv[3:6])

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if mode == "before-journal":
    output._write_journal = lambda *args: die()
else:
    real_replace, moves = os.replace, []
    def replace(src, dst, **kwargs):
        if output.STAGING_PREFIX in str(src):
            if len(moves) == n:
                die()
            moves.append(dst)
        return real_replace(src, dst, **kwargs)
    output.os.replace = replace
build(event, Settings.simple(out, templates, use_cache=False))
print("the build was not killed")
"""

MOMENTS = [("before-journal", 0)] + [("moves", n) for n in (0, 1, 2, 3, 4)]  # 5 files: the last is 4


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def changed_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("changed")
    text = WAIC.read_text(encoding="utf-8").replace("city: {en: Shanghai,", "city: {en: Zanzibar,", 1)
    assert "Zanzibar" in text
    event = folder / "waic2022.yaml"
    event.write_text(text, encoding="utf-8")
    return event


def side(path: Path, old: dict[str, str]) -> str | None:
    """'old' or 'new' for a document; for a picture, 'old' when it is the earlier one byte for byte,
    else None (most charts are the same picture in both sets)."""
    if path.suffix == ".docx":
        return "new" if "Zanzibar" in docx_text(path) else "old"
    if path.suffix == ".pptx":
        from ..conftest import pptx_slide_texts

        return "new" if "Zanzibar" in "\n".join(pptx_slide_texts(path)) else "old"
    return None if digest(path) == old.get(path.name) else "new"


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "moves"), MOMENTS, ids=[f"{m}-{n}" for m, n in MOMENTS])
def test_sigkill_during_commit_leaves_one_whole_set(
    tmp_path: Path, changed_event: Path, mode: str, moves: int
) -> None:
    out = tmp_path / "out"
    build(WAIC, Settings.simple(out, TEMPLATES))
    old = {p.name: digest(p) for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, mode, str(moves), str(changed_event), str(out), str(TEMPLATES)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -9, (done.returncode, done.stdout, done.stderr)
    assert list(out.glob(f"{STAGING_PREFIX}*")), "the killed build left no staging folder to recover"

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "deck.pptx").write_bytes(b"not a deck")
    shutil.copy(TEMPLATES / "briefing.docx", broken / "briefing.docx")
    with pytest.raises(Exception, match="not a PowerPoint"):
        build(changed_event, Settings.simple(out, broken, use_cache=False))

    assert not list(out.glob(f"{STAGING_PREFIX}*")), "recovery left the staging folder"
    files = sorted(p for p in out.iterdir() if p.is_file() and not p.name.startswith("."))
    assert sorted(p.name for p in files) == sorted(old), "a file is missing or extra"
    sides = {s for s in (side(p, old) for p in files) if s is not None}
    expected = {"old"} if mode == "before-journal" else {"new"}
    assert sides == expected, {p.name: side(p, old) for p in files}
