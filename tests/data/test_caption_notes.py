"""A chart caption of the event file that neither document prints (it gave way: it states the
headline figure a third time) gets a build note (review YY3 #2: the Namur fair's 'En cinq ans, la
fréquentation a progressé de quelque 31 000 à plus de 52 000 visiteurs.' printed nowhere, and only
`inspect --plan` said so); a caption that prints gets none."""

from __future__ import annotations

from pathlib import Path

from reportgen.data.prepare import prepare_editions

from ..conftest import ROOT

NAMUR = ROOT / "tests" / "data" / "caption_events" / "bd-namur-fr-be.yaml"
PRINTED = [
    ROOT / "tests" / "data" / "review_events" / "rally-sanremo-it-it.yaml",
    ROOT / "tests" / "data" / "review_events" / "startup-summit-cph-da-dk.yaml",
    ROOT / "data" / "waic2022.yaml",
]


def _caption_notes(path: Path) -> list[str]:
    return [n for ed in prepare_editions(path, None) for n in ed.notes if "caption" in n]


def test_a_caption_printed_nowhere_gets_a_build_note() -> None:
    (note,) = _caption_notes(NAMUR)
    assert "chart 'evolution'" in note and "printed in neither document" in note


def test_a_caption_that_prints_gets_none() -> None:
    for path in PRINTED:
        assert _caption_notes(path) == [], path
