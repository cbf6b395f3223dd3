"""Review E's events, built: their numbers as each country's press prints them, in the real DOCX
and PPTX (rupees in lakh and crore with grouped digits, dollars in billions in India; 'de' before
a noun after a scale word; whose dollar; a conversion's own qualifier; a temperature below zero)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, docx_reading, pptx_slide_texts

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "tests" / "events"
NBSP, NNBSP = "\u00a0", "\u202f"


def _texts(result: BuildResult) -> tuple[str, str]:
    briefing = next(f for f in result.files if f.suffix == ".docx")
    deck = next(f for f in result.files if f.suffix == ".pptx")
    spaced = str.maketrans({NBSP: " ", NNBSP: " "})
    return docx_reading(briefing).translate(spaced), "\n".join(pptx_slide_texts(deck)).translate(spaced)


@pytest.fixture(scope="module")
def india(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("india")
    return _texts(build(EVENTS / "techsummit-en-in.yaml", Settings.simple(out, TEMPLATES)))


@pytest.fixture(scope="module")
def quebec(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("quebec")
    return _texts(build(EVENTS / "languages" / "carnaval-fr-ca.yaml", Settings.simple(out, TEMPLATES)))


@pytest.fixture(scope="module")
def guadalajara(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("gdl")
    return _texts(build(EVENTS / "languages" / "expo-sabores-es-mx.yaml", Settings.simple(out, TEMPLATES)))


def test_india_prints_crore_grouped_lakh_and_dollars_in_billions(india: tuple[str, str]) -> None:
    briefing, deck = india
    assert "nearly ₹18,500 crore" in briefing and "₹18,500 crore" in deck
    assert "(nearly USD 2.2 billion)" in briefing
    assert "up to ₹7.5 lakh" in briefing and "up to ₹7.5 lakh" in deck
    assert "₹4.25 crore" in briefing
    for wrong in ("18500 crore", "USD 220 crore", "7,50,000"):
        assert wrong not in briefing and wrong not in deck, wrong


def test_quebec_prints_de_after_a_scale_word_and_a_minus_sign(quebec: tuple[str, str]) -> None:
    briefing, deck = quebec
    # the reader's own dollars, as Quebec's press names them (not 'dollars canadiens', review N)
    # (the band may set its qualifier over the number, on a line of its own: round 13)
    assert (
        "environ 58,7 millions de dollars" in " ".join(briefing.split())
        and "dollars canadiens" not in briefing
    )
    assert "58,7 millions\nde dollars" in deck  # a tile: the currency on its unit's line
    assert "La température la plus basse pendant le Carnaval était de \u221231 °C" in briefing
    assert "millions dollars" not in briefing and "millions dollars" not in deck


def test_guadalajara_s_conversion_keeps_its_own_qualifier(guadalajara: tuple[str, str]) -> None:
    briefing, deck = guadalajara
    assert "más de 1,350 millones de pesos" in briefing and "pesos mexicanos" not in briefing
    assert "(alrededor de 74 millones de dólares)" in briefing
    assert "más de 74 millones" not in briefing and "más de 74 millones" not in deck
