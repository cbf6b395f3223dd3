"""A process that builds again after an edit (`reportgen watch`) keeps what it worked out from
inputs that did not change: compiled XPath queries, measured texts, native charts and their
workbooks. What it writes must be what a fresh process writes from the edited file, byte for byte."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.memo import Memo
from reportgen.office.powerpoint import native
from reportgen.session import session

from ..conftest import WAIC

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "tests" / "events"
#: (event file, its text before the edit, after): a text-only edit of each event's city.
EDITS = [
    (WAIC, "city: {en: Shanghai,", "city: {en: Shanghai Pudong,"),
    (EVENTS / "expo-zh.yaml", "city: 武汉", "city: 武汉东湖"),
    (EVENTS / "buchmesse-de.yaml", "city: Nürnberg", "city: Nürnberg-Süd"),
]
EPOCH = "1767225600"  # 2026-01-01: both builds date their documents alike


def _documents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in {".docx", ".pptx"}}


@pytest.mark.slow
def test_a_rebuild_after_an_edit_writes_what_a_fresh_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copy(ROOT / "reportgen.yaml", project)
    events = []
    for source, _, _ in EDITS:
        events.append(project / "data" / source.name)
        events[-1].parent.mkdir(exist_ok=True)
        shutil.copy(source, events[-1])
        if source.parent == EVENTS and (EVENTS / "logo.png").exists():
            shutil.copy(EVENTS / "logo.png", events[-1].parent)
    monkeypatch.chdir(project)
    monkeypatch.setattr(native, "_MADE", Memo(64))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    warm = tmp_path / "warm"
    options = session.Options(files=tuple(events), out_dir=warm, jobs=1, chart_helper=False)

    class Quiet(session.Reporter):
        def error(self, exc: Exception) -> int:
            raise exc

    assert session.run(options, Quiet()) == 0  # the first build: the caches fill
    made = len(native._MADE)
    assert made >= 3  # each event's native charts
    for event, (_, before, after) in zip(events, EDITS, strict=True):
        text = event.read_text(encoding="utf-8")
        assert before in text
        event.write_text(text.replace(before, after, 1), encoding="utf-8")
    assert session.run(options, Quiet()) == 0  # the rebuild, with everything in memory
    assert len(native._MADE) == made  # the edits changed no chart: every one was made again from memory

    cold = tmp_path / "cold"
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "XDG_CACHE_HOME": str(tmp_path / "xdg-cold")}
    subprocess.run(
        [sys.executable, "-m", "reportgen", "build", *map(str, events), "--out", str(cold)],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    warm_documents, cold_documents = _documents(warm), _documents(cold)
    assert len(warm_documents) == 2 * len(EDITS)
    assert warm_documents.keys() == cold_documents.keys()
    for name, data in warm_documents.items():
        assert data == cold_documents[name], f"{name} differs from a fresh build of the edited file"
    assert "Shanghai\u00a0Pudong".encode() in b"".join(  # the place line is whole
        zip_text for name, zip_text in _texts(warm / "waic-2022-deck.pptx") if name.startswith("ppt/slides/")
    )


def _texts(path: Path) -> list[tuple[str, bytes]]:
    import zipfile

    with zipfile.ZipFile(path) as package:
        return [(name, package.read(name)) for name in package.namelist()]
