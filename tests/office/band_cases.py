"""The events whose briefing bands set long amounts ('14,6 bilhões de reais', '480 millones de
pesos', '1,2 mln zł', '4,3 millions de dollars') at 10-11 pt before band26: nb, pt-BR, es-MX (two
rows), pl (four), fr-CA; read by the band's amount-line and size tests."""

from __future__ import annotations

from pathlib import Path

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
NB = Path(__file__).parent / "band_events" / "sjomatmessen-bergen-nb-no.yaml"
EVENTS = [
    NB,
    REVIEWS / "agrishow-ribeirao-pt-br.yaml",
    REVIEWS / "demo-day-es-mx.yaml",
    REVIEWS / "festiwal-nauki-wroclaw-pl.yaml",
    REVIEWS / "carnaval-quebec-fr-ca.yaml",
]


def docx_of(result: BuildResult) -> Path:
    """The briefing a build wrote."""
    return next(f for f in result.files if f.suffix == ".docx")
