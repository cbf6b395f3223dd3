"""A figure's line that the tool makes a sentence (review JJ: 'Hubo 118 corredores que terminaron
la carrera.', the label a verb phrase after its unit): where the label says what its unit did, the
number opens the sentence and the verb follows ('118 corredores terminaron la carrera.'); where the
tool still puts words of its own before the number ('Hubo 118 corredores.'), validate names the
figure's `sentence:` field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgen.data import sentences
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.model import Figure
from reportgen.data.plan.figures import _figure_view
from reportgen.data.prepare import prepare
from reportgen.data.wording import wording_warnings

from ..conftest import ROOT

VUELTA = ROOT / "tests" / "data" / "review_events" / "vuelta-asturias-es-es.yaml"


@pytest.mark.parametrize(
    ("locale", "label", "unit", "expected"),
    [
        (
            "es_ES",
            "Corredores que terminaron la carrera",
            "corredores",
            "118 corredores terminaron la carrera.",
        ),
        ("fr_FR", "Coureurs qui ont terminé la course", "coureurs", "118 coureurs ont terminé la course."),
        (
            "it_IT",
            "Corridori che hanno concluso la gara",
            "corridori",
            "118 corridori hanno concluso la gara.",
        ),
        ("pt_PT", "Corredores que terminaram a prova", "corredores", "118 corredores terminaram a prova."),
        ("en_GB", "Riders who finished the race", "riders", "118 riders finished the race."),
        # a relative clause whose verb comes last keeps the words before the number
        (
            "de_DE",
            "Fahrer, die das Rennen beendeten",
            "Fahrer",
            "Es gab 118 Fahrer, die das Rennen beendeten.",
        ),
        ("nl_NL", "Renners die de koers uitreden", "renners", "Er waren 118 renners die de koers uitreden."),
        # a participle is no verb of its own: the words before the number stay
        ("es_ES", "Películas proyectadas", "películas", "Hubo 118 películas proyectadas."),
    ],
)
def test_a_label_that_says_what_its_unit_did_is_the_sentences_verb(
    locale: str, label: str, unit: str, expected: str
) -> None:
    view = _figure_view("s.f", "f", Figure(label=label, value=118, unit=unit), Formatter(locale))
    assert sentences.figure(view, locale, alone=True).text == expected


def test_the_cycling_race_prints_its_finishers_as_an_editor_would() -> None:
    summary = load_event(VUELTA)
    derived = derive(summary, Formatter(summary.formatting.locale))
    assert derived.figures["carrera.llegados"].sentence == "118 corredores terminaron la carrera."
    printed = [str(t) for s in derived.deck_sections for p in s.deck_pages for t in (p.headline, *p.points)]
    assert not any(t.startswith("Hubo ") for t in printed), printed


def test_validate_names_the_sentence_field_where_the_tool_puts_words_before_the_number(
    tmp_path: Path,
) -> None:
    text = VUELTA.read_text(encoding="utf-8")
    source = tmp_path / VUELTA.name
    # the finishers' label only their unit, a line of their section as the file asks (a count the
    # plan may place makes a tile, plan/bare_counts.py): the line can only be 'Hubo 118 corredores.'
    text = re.sub(
        r"label: Corredores que terminaron la carrera", "label: Corredores\n        deck: bullet", text
    )
    source.write_text(text, encoding="utf-8")
    warnings = [w for w in wording_warnings(prepare(source)) if "words the tool put" in w]
    assert [w.split(":", 1)[0] for w in warnings] == ["sections.carrera.figures.llegados"], warnings
    assert "Hubo 118 corredores." in warnings[0]
    assert "`sentence:" in warnings[0]
    assert not [w for w in wording_warnings(prepare(VUELTA)) if "words the tool put" in w]
