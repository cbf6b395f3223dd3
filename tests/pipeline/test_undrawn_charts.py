"""A chart the plan prints as a sentence ('not drawn': fewer than 3 values) is in no document, so
no picture of it is written beside the documents either (review HH: Nairobi's
niw-2026-chart-money.png was written while the build said the chart is not drawn). An earlier
build's picture of it under that name goes in the same commit: the folder shows what this build
made, all or nothing (a killed commit's journal finishes the removal too)."""

from __future__ import annotations

import json
from pathlib import Path

from reportgen.cluster.received import check_names
from reportgen.cluster.remote import Rendered
from reportgen.commit.output import JOURNAL, STAGING_PREFIX, recover, staging
from reportgen.data.prepare import prepare_editions
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

NAIROBI = ROOT / "tests" / "data" / "review_events" / "nairobi-innovation-week-en-ke.yaml"


def test_a_chart_printed_as_a_sentence_writes_no_picture_and_removes_an_earlier_one(tmp_path: Path) -> None:
    (derived,) = [e.derived for e in prepare_editions(NAIROBI)]
    undrawn = [cid for cid, data in derived.charts.items() if data.too_few]
    assert undrawn == ["money"]
    out = tmp_path / "out"
    out.mkdir()
    stale = out / "niw-2026-chart-money.png"
    stale.write_bytes(b"an earlier build's picture")
    result = build(NAIROBI, Settings.simple(out, TEMPLATES))
    names = {f.name for f in result.files}
    assert "niw-2026-chart-money.png" not in names
    assert not stale.exists()
    drawn = [cid for cid, data in derived.charts.items() if not data.too_few]
    assert all(f"niw-2026-chart-{cid}.png" in names for cid in drawn)
    assert all((out / f"niw-2026-chart-{cid}.png").is_file() for cid in drawn)


def test_a_killed_commit_finishes_its_removals(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "x-chart-a.png").write_bytes(b"old")
    area = folder / f"{STAGING_PREFIX}0123456789abcdef"
    area.mkdir(mode=0o700)
    (area / "x-deck.pptx").write_bytes(b"new")
    record = {"state": "committing", "files": ["x-deck.pptx"], "removed": ["x-chart-a.png"]}
    (area / JOURNAL).write_text(json.dumps(record))
    recover(folder)
    assert (folder / "x-deck.pptx").read_bytes() == b"new"
    assert not (folder / "x-chart-a.png").exists()


def test_a_removal_is_undone_when_the_commit_fails(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "x-chart-a.png").write_bytes(b"old")
    with staging(folder) as stage:
        stage.remove(folder / "x-chart-a.png")
        stage.path_for(folder / "x-deck.pptx")  # never written: the move fails
        try:
            stage.commit()
        except Exception:
            pass
        else:
            raise AssertionError("the commit of a missing file succeeded")
    assert (folder / "x-chart-a.png").read_bytes() == b"old"


def test_a_worker_need_not_send_a_picture_of_a_chart_it_did_not_draw() -> None:
    rendered = Rendered(Path("x.yaml"), files={"x-deck.pptx": b"", "x-briefing.docx": b""}, worker="w")
    check_names(rendered, {"x-deck.pptx", "x-briefing.docx", "x-chart-a.png"})
