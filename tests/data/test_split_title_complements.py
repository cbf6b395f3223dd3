"""A person's title that YAML split at an unquoted comma where the enumeration's last pair has a
complement after it (`titles: [secretário de Ciência, Tecnologia e Inovação de Pernambuco]`,
review YY4 #2): `validate` asks for quotes, and the documents print the title as written, never
'… de Ciência e tecnologia e Inovação …' (the comma made 'and', the name's capital taken)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.sentences import person, small_titles
from reportgen.data.split_titles import joined
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_slide_texts, seen

LANGUAGES = ROOT / "tests" / "events" / "languages"

#: (locale, the items YAML made, the title the author wrote)
SPLIT = [
    ("pt_BR", ["secretário de Ciência", "Tecnologia e Inovação de Pernambuco"]),
    ("es_MX", ["secretario de Cultura", "Turismo y Deporte de Oaxaca"]),
    ("it_IT", ["assessore alla Cultura", "Turismo e Sport di Milano"]),
    ("fr_FR", ["ministre de la Culture", "Sport et Jeunesse du Québec"]),
    ("de_DE", ["Staatssekretär für Wirtschaft", "Arbeit und Tourismus des Landes Berlin"]),
    ("pl_PL", ["minister ds. Nauki", "Kultury i Sportu w Polsce"]),
    ("en_GB", ["Secretary of the Treasury", "Trade and Industry of Ruritania"]),
    ("nl_NL", ["minister van Onderwijs", "Cultuur en Wetenschap van Nederland"]),
]


@pytest.mark.parametrize(("locale", "titles"), SPLIT)
def test_a_pair_with_its_complement_continues_the_title(locale: str, titles: list[str]) -> None:
    assert joined(titles, locale) == (tuple(titles),)


@pytest.mark.parametrize(
    ("locale", "titles"),
    [
        ("pt_BR", ["presidente do Porto Digital", "diretor de Inovação e Negócios do CESAR"]),
        ("en_GB", ["Professor of Medicine", "Head of Cardiology at St Mary's"]),
        ("de_DE", ["Vorstand der Messe Berlin", "Präsidentin und Gründerin des Vereins"]),
        ("es_ES", ["directora de Programación", "cocinera y autora de recetarios"]),
    ],
)
def test_separate_titles_with_complements_stay_apart(locale: str, titles: list[str]) -> None:
    assert len(joined(titles, locale)) == len(titles)


@pytest.mark.parametrize(("locale", "titles"), SPLIT)
def test_the_sentence_prints_the_title_as_written(locale: str, titles: list[str]) -> None:
    said = person("Ana Lima", titles, None, locale)
    assert said == "Ana Lima, " + ", ".join(titles)
    # a capital mid-name is never taken for a title's first letter, even where the event's texts
    # write the word in small letters
    small = frozenset(t.split()[0].lower() for t in titles)
    assert small_titles(titles, locale, small)[1] == titles[1]


def _event(tmp_path: Path, source: str, line: str, title: str) -> Path:
    text = (LANGUAGES / source).read_text(encoding="utf-8")
    assert line in text
    event = tmp_path / source
    event.write_text(text.replace(line, f"titles: [{title}]"), encoding="utf-8")
    return event


CASES = [
    (
        "agronegocio-pt-br.yaml",
        "titles: [presidente da Associação Fluminense de Cooperativas Rurais]",
        "secretário de Ciência, Tecnologia e Inovação do Rio de Janeiro",
        "sections.publico.people[1].titles",
    ),
    (
        "fiera-it.yaml",
        "titles: [Presidente della fiera]",
        "assessore alla Cultura, Turismo e Sport di Milano",
        "sections.fiera.people[0].titles",
    ),
]


@pytest.mark.parametrize(("source", "line", "title", "where"), CASES)
def test_validate_asks_to_quote_the_title(
    tmp_path: Path, source: str, line: str, title: str, where: str
) -> None:
    event = _event(tmp_path, source, line, title)
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 0, result.output
    first, rest = title.split(", ")
    assert (
        f"{where}: '{rest}' reads as the rest of '{first}', one title that YAML split at its comma; "
        f"quote each title that has a comma: titles: ['{title}']"
    ) in " ".join(result.output.split())


@pytest.mark.parametrize(("source", "line", "title", "where"), CASES)
def test_deck_and_briefing_print_the_title_whole(
    tmp_path: Path, source: str, line: str, title: str, where: str
) -> None:
    result = build(_event(tmp_path, source, line, title), Settings.simple(tmp_path / "out", TEMPLATES))
    docx = next(f for f in result.files if f.suffix == ".docx")
    pptx = next(f for f in result.files if f.suffix == ".pptx")
    briefing = " ".join(seen(p) for p in docx_paragraphs(docx))
    deck = " ".join(seen(t) for t in pptx_slide_texts(pptx))
    first, rest = title.split(", ")
    for text in (briefing, deck):
        assert title in " ".join(text.split())
        assert f"{first} {rest.split()[1]} {rest[:1].lower()}" not in text  # '… e tecnologia …'
