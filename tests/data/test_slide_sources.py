"""A slide of figures from one source of a deck of several cites it in its own footer (reviewers:
'sources only on the last slide'); the deck's last slide still cites them all, and a slide of
figures from several sources, or from none the file names, cites none."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import INVISIBLE, ROOT, TEMPLATES


def _footers(event: Path, folder: Path) -> list[tuple[str, str]]:
    """(the title, the footer) of each section slide of the event's deck."""
    result = build(event, Settings.simple(folder, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    out = []
    for slide in Presentation(str(deck)).slides:
        foot = [s.text_frame.text.translate(INVISIBLE) for s in slide.shapes if s.name == "Source"]
        if foot and slide.shapes.title is not None:
            title = slide.shapes.title.text_frame.text.translate(INVISIBLE)
            out.append((" ".join(title.split()), foot[0]))
    return out


@pytest.mark.parametrize(
    ("event", "title", "cited", "whole"),
    [
        (  # the coproductions' chart: each of its figures the words of Telefilm's release
            "data/review_events/marche-film-montreal-fr-ca.yaml",
            "La France et la Belgique comptent pour plus du tiers des ententes signées",
            "Source\u00a0: Téléfilm Canada",
            "Sources\u00a0: «\u00a0Le MIFM 2026 se termine",
        ),
        (
            "data/review_events/vinum-verona-it-it.yaml",
            "Dopo l’Italia, Francia e Spagna hanno portato il maggior numero di espositori esteri",
            "Fonte: Veronafiere Vinum S.p.A.",
            "Fonti: «Vinum Verona chiude",
        ),
    ],
)
def test_a_slide_of_one_sources_figures_cites_it(
    event: str, title: str, cited: str, whole: str, tmp_path: Path
) -> None:
    footers = _footers(ROOT / "tests" / event, tmp_path)
    assert dict(footers)[title] == cited
    assert footers[-1][1].startswith(whole)  # the deck's sources, all of them, on its last slide
    # only the slides of that source's figures cite one: no other slide's footer says it
    assert [f for _, f in footers[:-1] if f] == [cited]
