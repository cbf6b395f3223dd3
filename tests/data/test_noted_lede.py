"""The briefing's first sentence keeps its number where the news figure's quote cannot open it
(review VV3 #5: the pl quote 'Do poniedziałku rano…' was dropped for its relative time, and the
lead said the race ended, with no amount): the catalogue's sentence from the band's own words,
its label, its amount and the line under it (a trend's record or low), in the edition's language."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportgen.data.prepare import prepare

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"


def test_the_polish_lead_says_the_amount_and_its_record() -> None:
    lede = prepare(REVIEWS / "bieg-dla-szpitala-pl.yaml").derived.news_lede.replace("\u00a0", " ")
    # with its verb (review XX5 #6), no longer the band's 'Kwota zebrana w 2026 roku: ponad …'
    assert lede == "Kwota zebrana w 2026 roku wyniosła ponad 2,43 mln zł, najwięcej w latach 2022–2026.", lede
    assert "poniedziałku" not in lede


@pytest.mark.parametrize(
    ("stem", "section", "figure", "words", "quote"),
    [
        # sv: the festival's visitors, the highest of its years; the press's quote says 'yesterday'
        ("fyrskeppet-karlskrona-sv-se", "publik", "besokare", ("34", "högsta 2022–2026"),
         "I går kväll räknade vi drygt 34 500 besökare."),
        # de: the fair's trade visitors, the lowest of its years; the quote speaks as 'we'
        ("gebaeudetechnik-salzburg-de-at", "bilanz", "besucher", ("18.600", "tiefster Wert 2023–2026"),
         "Wir hatten knapp 18.600 Fachbesucher."),
    ],
)  # fmt: skip
def test_a_news_figure_whose_quote_cannot_open_is_said_by_its_band_line(
    tmp_path: Path, stem: str, section: str, figure: str, words: tuple[str, ...], quote: str
) -> None:
    data = yaml.safe_load((REVIEWS / f"{stem}.yaml").read_text(encoding="utf-8"))
    data["sections"][section]["figures"][figure]["quote"]["text"] = quote
    event = tmp_path / f"{stem}.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lede = prepare(event).derived.news_lede.replace("\u00a0", " ").replace("\u2060", "")
    assert lede and all(w in lede for w in words), lede
    assert quote not in lede
