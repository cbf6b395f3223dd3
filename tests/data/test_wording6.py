"""Review W's wording (round 13): a fact line that is only a number and its unit reads as a
sentence ('Hubo 412 funciones.', never a bare '412 funciones' under a statement), in every language
whose lines lead with the number."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from reportgen.data.sentences import figure
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_slide_texts, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"


@dataclass
class Fact:
    label: str
    text: str
    value_text: str
    unit: str | None = None
    currency: str | None = None
    qualifier: str = "exactly"
    as_of_text: str = ""
    note: str | None = None
    label_names_unit: bool = True


@pytest.mark.parametrize(
    ("locale", "fact", "expected"),
    [
        ("en_GB", Fact("Screenings", "412", "412 screenings", "screenings"), "There were 412 screenings."),
        (
            "en_GB",
            Fact(
                "Guests",
                "more than 1,400",
                "more than 1,400 guests and speakers",
                "guests and speakers",
                qualifier="more than",
                label_names_unit=False,
            ),
            "There were more than 1,400 guests and speakers.",
        ),
        ("es_AR", Fact("Funciones", "412", "412 funciones", "funciones"), "Hubo 412 funciones."),
        (
            "de_DE",
            Fact("Vorführungen", "412", "412 Vorführungen", "Vorführungen"),
            "Es gab 412 Vorführungen.",
        ),
        ("fr_FR", Fact("Séances", "412", "412 séances", "séances"), "On a compté 412 séances."),
        ("it_IT", Fact("Proiezioni", "412", "412 proiezioni", "proiezioni"), "Si contano 412 proiezioni."),
        ("pt_BR", Fact("Sessões", "412", "412 sessões", "sessões"), "Houve 412 sessões."),
        (
            "nl_BE",
            Fact("Voorstellingen", "412", "412 voorstellingen", "voorstellingen"),
            "Er waren 412 voorstellingen.",
        ),
        ("sv_SE", Fact("Visningar", "412", "412 visningar", "visningar"), "Det blev 412 visningar."),
        ("pl_PL", Fact("Seanse", "412", "412 seansów", "seansów"), "Było 412 seansów."),
        ("pl_PL", Fact("Seanse", "24", "24 seanse", "seanse"), "Były 24 seanse."),
    ],
)
def test_a_number_and_its_unit_alone_read_as_a_sentence(locale: str, fact: Fact, expected: str) -> None:
    assert figure(fact, locale, alone=True).text == expected  # type: ignore[arg-type]
    # among other figures' lines it stays a phrase: '287 goals', '96 matches', not 'There were …'
    assert figure(fact, locale).text == fact.value_text[:1].upper() + fact.value_text[1:]  # type: ignore[arg-type]


def test_a_label_that_says_more_than_its_unit_keeps_its_phrase() -> None:
    films = Fact("Películas proyectadas", "187", "187 películas", "películas")
    assert figure(films, "es_AR", alone=True).text == "187 películas proyectadas"  # type: ignore[arg-type]
    one = Fact("Opening ceremonies", "1", "1 opening ceremony", "opening ceremonies")
    assert not figure(one, "en_GB", alone=True).text.startswith("There")  # type: ignore[arg-type]


def test_festival_cine_prints_no_bare_count_under_its_statement(tmp_path: Path) -> None:
    result = build(REVIEWS / "festival-cine-es-ar.yaml", Settings.simple(tmp_path, TEMPLATES))
    docx = next(f for f in result.files if f.suffix == ".docx")
    pptx = next(f for f in result.files if f.suffix == ".pptx")
    lines = [seen(p).strip() for p in docx_paragraphs(docx)]
    assert "412 funciones" not in lines
    assert "Hubo 412 funciones." in lines
    slides = [seen(t) for t in pptx_slide_texts(pptx)]
    assert not any(
        "412 funciones" in line.strip() and line.strip() == "412 funciones"
        for text in slides
        for line in text.splitlines()
    )
    assert any("Hubo 412 funciones." in text for text in slides)
