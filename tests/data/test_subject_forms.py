"""A closing sentence's verb agrees with a plural subject (data/subject_forms.py): 'Os JBJ 2026
terminaram', 'Les Rencontres … ont pris fin', never 'Os JBJ 2026 terminou' (review QQ2). The
template's `_()` call is the singular sentence, as English writes both; the plural `Subject`
chooses the catalogue's other entry, so a user's template gets the agreement as it is written."""

from __future__ import annotations

import pickle
import zipfile
from pathlib import Path

import pytest

from reportgen.data import messages
from reportgen.data.definite import Subject, short_subject, subject
from reportgen.data.subject_forms import GENDERED, SENTENCES
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_notes


@pytest.mark.parametrize(
    ("made", "plural"),
    [
        (subject("Jogos Brasileiros da Juventude 2026", "pt"), True),
        (short_subject("JBJ 2026", "Jogos Brasileiros da Juventude 2026", "pt"), True),
        (subject("Rencontres d’Arles", "fr"), True),
        (subject("Les Rencontres d’Arles", "fr"), True),
        (subject("Juegos Mediterráneos", "es"), True),
        (subject("Die Festspiele Salzburg", "de"), True),
        (subject("Feira Internacional de Tecnologia Agrícola 2026", "pt"), False),
        (subject("Le Salon du livre", "fr"), False),
        (subject("Frankfurter Buchmesse 2024", "de"), False),
        (subject("Międzynarodowe Targi Budownictwa i Architektury 2024", "pl"), True),
    ],
)
def test_a_subject_knows_its_number(made: str | None, plural: bool) -> None:
    assert isinstance(made, Subject)
    assert made.plural is plural
    assert pickle.loads(pickle.dumps(made)).plural is plural  # as a worker's context crosses


@pytest.mark.parametrize(
    ("made", "gender"),
    [
        (subject("Bieg z Sercem dla Szpitala Dziecięcego 2026", "pl"), "m"),
        (subject("Dolnośląski Festiwal Nauki 2026", "pl"), "m"),
        (subject("Konferencja Naukowa Młodych 2026", "pl"), "f"),
        (subject("Forum Ekonomiczne Karpacz", "pl"), "n"),
        (subject("Międzynarodowe Targi Mebli 2026", "pl"), ""),  # plural: no singular's gender
        (subject("Wrocław Design Days 2026", "pl"), ""),  # no Polish head noun: not sure
        # an initialism takes its name's head noun's gender; a brand keeps its own, not sure
        (short_subject("DFN 2026", "Dolnośląski Festiwal Nauki 2026", "pl"), "m"),
        (short_subject("PŚ Zakopane 2026", "Puchar Świata w Skokach Narciarskich Zakopane 2026", "pl"), "m"),
        (
            short_subject("MEBLEX 2026", "Międzynarodowe Targi Mebli i Wyposażenia Wnętrz MEBLEX 2026", "pl"),
            "",
        ),
    ],
)
def test_a_polish_subject_knows_its_gender(made: str | None, gender: str) -> None:
    assert isinstance(made, Subject)
    assert made.gender == gender
    assert pickle.loads(pickle.dumps(made)).gender == gender


@pytest.mark.parametrize(
    ("gender", "plural", "verb"),
    [
        ("m", False, "zakończył się"),
        ("f", False, "zakończyła się"),
        ("n", False, "zakończyło się"),
        ("", True, "zakończyły się"),
    ],
)
def test_a_polish_closing_sentence_agrees_in_gender_and_number(gender: str, plural: bool, verb: str) -> None:
    values = {"date": "17 maja 2026", "in_city": "w Lublinie", "short_name": "S"}
    for _, message in (*SENTENCES, *GENDERED):
        said = messages.gettext("pl_PL", message, name=Subject("N", plural=plural, gender=gender), **values)
        assert f"N {verb} 17 maja 2026" in said or f"N (S) {verb} 17 maja 2026" in said
    # a name of no known gender keeps the line that needs no verb
    assert (
        messages.gettext("pl_PL", SENTENCES[0][1], name=Subject("N"), **values)
        == "N: zakończenie 17 maja 2026."
    )


@pytest.mark.parametrize(
    ("locale", "singular", "plural"),
    [
        ("pt_BR", "terminou", "terminaram"),
        ("fr_FR", "a pris fin", "ont pris fin"),
        ("es_ES", "concluyó", "concluyeron"),
        ("it_IT", "ha chiuso", "hanno chiuso"),
        ("de_DE", "ging", "gingen"),
        ("nl_NL", "sloot", "sloten"),
    ],
)
def test_each_closing_sentence_agrees_with_a_plural_subject(locale: str, singular: str, plural: str) -> None:
    for _, message in SENTENCES:
        values = {"date": "1", "in_city": "X", "short_name": "S"}
        one = messages.gettext(locale, message, name=Subject("N", plural=False), **values)
        many = messages.gettext(locale, message, name=Subject("N", plural=True), **values)
        assert singular in one and plural not in one
        assert plural in many


def test_the_listed_sentences_are_the_briefings_closing_sentences() -> None:
    # the catalogues' plural entries follow the template: a closing sentence added to it without
    # its plural entry would print the singular verb after a plural name
    said = zipfile.ZipFile(ROOT / "templates" / "briefing.docx").read("word/document.xml").decode()
    for _, message in SENTENCES:
        assert message in said


def test_a_plural_event_ends_in_the_plural_in_briefing_and_notes(tmp_path: Path) -> None:
    source = ROOT / "tests" / "data" / "review_events" / "agrishow-ribeirao-pt-br.yaml"
    text = source.read_text(encoding="utf-8")
    text = text.replace(
        "name: Feira Internacional de Tecnologia Agrícola em Ação 2026", "name: Jogos Agrícolas em Ação 2026"
    ).replace("short_name: AgroAção 2026", "short_name: JAA 2026")
    event = tmp_path / "jogos.yaml"
    event.write_text(text, encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    briefing = next(f for f in result.files if f.suffix == ".docx")
    deck = next(f for f in result.files if f.suffix == ".pptx")
    said = " ".join([*docx_paragraphs(briefing), *pptx_notes(deck)])
    assert "terminaram" in said
    assert "JAA 2026 terminou" not in said and "2026) terminou" not in said
