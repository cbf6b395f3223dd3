"""Review W's wording (round 13): a fact line that is only a number and its unit reads as a
sentence ('Hubo 412 funciones.', never a bare '412 funciones' under a statement), in every language
whose lines lead with the number."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from reportgen.cli import main
from reportgen.data.formatting import Formatter
from reportgen.data.plan.quotes import _fitting_titles
from reportgen.data.quote_languages import language_of
from reportgen.data.sentences import figure
from reportgen.data.split_titles import joined
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_slide_texts, seen
from .test_sentences import Fact  # a figure's facts as the sentences read them

REVIEWS = ROOT / "tests" / "data" / "review_events"


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


@pytest.mark.parametrize(
    ("locale", "fact", "expected"),
    [
        (
            "es_AR",
            Fact("Películas proyectadas", "187", "187 películas", "películas"),
            "Hubo 187 películas proyectadas.",
        ),
        (
            "fr_CA",
            Fact("Films projetés au marché", "340", "340 films", "films"),
            "On a compté 340 films projetés au marché.",
        ),
        (
            "en_GB",
            Fact("Films screened at the market", "340", "340 films", "films"),
            "There were 340 films screened at the market.",
        ),
    ],
)
def test_a_label_that_is_its_unit_and_more_reads_as_a_sentence_alone(
    locale: str, fact: Fact, expected: str
) -> None:
    """Review AA: '340 films projetés au marché', with no stop, under two sentences on the film
    market's slide and in its briefing. A label that is its unit's words and more after them is
    printed whole in the sentence; among phrases it stays one."""
    assert figure(fact, locale, alone=True).text == expected  # type: ignore[arg-type]
    assert not figure(fact, locale).text.endswith(".")  # type: ignore[arg-type]


def test_a_label_before_its_unit_or_one_thing_keeps_its_phrase() -> None:
    foreign = Fact("Foreign films", "187", "187 films", "films")  # the label's word before its unit's
    assert figure(foreign, "en_GB", alone=True).text == "187 foreign films"  # type: ignore[arg-type]
    one = Fact("Opening ceremonies", "1", "1 opening ceremony", "opening ceremonies")
    assert not figure(one, "en_GB", alone=True).text.startswith("There")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "line", "number"),
    [
        ("marche-film-montreal-fr-ca.yaml", "On a compté 340 films projetés au marché.", "340"),
        ("festival-cine-es-ar.yaml", "Hubo 412 funciones.", "412"),
        ("gala-en-za.yaml", "There were 640 guests.", "640"),
    ],
)
def test_a_count_with_only_the_tool_s_words_is_a_tile_and_a_row(
    event: str, line: str, number: str, tmp_path: Path
) -> None:
    """Reviews W, Y, AA made a count alone a sentence ('Hubo 412 funciones.', never the fragment
    '412 funciones'); review RR2 read those lines as filler ('Det blev nästan 96 sessioner.'): a
    count with no words of its own is a key figure where the glance has room, a tile in the deck
    and a row of the briefing's key-figures table, and no line of its section, neither the
    sentence nor the fragment."""
    result = build(REVIEWS / event, Settings.simple(tmp_path, TEMPLATES))
    docx = next(f for f in result.files if f.suffix == ".docx")
    pptx = next(f for f in result.files if f.suffix == ".pptx")
    fragment = line.split(" ", 2 if line.startswith(("Hubo", "There")) else 3)[-1].rstrip(".")
    lines = [seen(p).strip() for p in docx_paragraphs(docx)]
    assert line not in lines and fragment not in lines, lines
    slides = [seen(t) for t in pptx_slide_texts(pptx)]
    said = [x.strip() for text in slides for x in text.splitlines()]
    assert not [x for x in said if line in x or x == fragment], said
    cells = [seen(c.text) for t in Document(str(docx)).tables for r in t.rows for c in r.cells]
    assert any(number in c for c in cells), cells
    tiles = [
        seen(s.text_frame.text)
        for slide in Presentation(str(pptx)).slides
        for s in slide.shapes
        if s.name.startswith("Key figure")
    ]
    assert any(number in t for t in tiles), tiles


def test_a_count_made_a_sentence_titles_no_slide_over_a_finding(tmp_path: Path) -> None:
    """The congress's 'Es gab mehr als 300 Vorträge.' (its phrase among sentences) says a count and
    no finding: the record of abstracts stays its slide's title."""
    result = build(REVIEWS / "kongress-wien-de-at.yaml", Settings.simple(tmp_path, TEMPLATES))
    pptx = next(f for f in result.files if f.suffix == ".pptx")
    titles = [seen(s.shapes.title.text_frame.text) for s in Presentation(str(pptx)).slides if s.shapes.title]
    assert "Zum Kongress wurden 1.120 Abstracts eingereicht, ein Rekord" in titles, titles
    assert not [t for t in titles if t.startswith("Es gab")], titles


# 1. A person's titles on a slide: every one where they fit; never a new title made of pieces


def _deck_lines(event: Path, tmp_path: Path) -> list[str]:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    pptx = next(f for f in result.files if f.suffix == ".pptx")
    return [line.strip() for text in pptx_slide_texts(pptx) for line in seen(text).splitlines()]


def test_bengaluru_minister_keeps_the_ministry_whole_on_the_slide(tmp_path: Path) -> None:
    lines = _deck_lines(REVIEWS / "bengaluru-techexpo-en-in.yaml", tmp_path)
    person = next(line for line in lines if line.startswith("Priyank Rao"))
    assert "Minister for Electronics, Government of Karnataka" not in person
    assert person == (
        "Priyank Rao, Minister for Electronics, IT and Biotechnology, Government of Karnataka, "
        "closed the expo."
    )


def _formatter(locale: str) -> Formatter:
    return Formatter(locale)


def test_titles_too_long_for_a_slide_keep_the_first_whole_titles_in_order() -> None:
    fmt = _formatter("en_GB")
    long_place = "Government of the State of Karnataka and the Union Territory Administrations"
    split = ["Minister for Electronics", "IT and Biotechnology", long_place]
    kept = _fitting_titles(split, "closed the expo", fmt)
    assert kept == ("Minister for Electronics", "IT and Biotechnology")  # the title whole, nothing else
    separate = [
        "President of the jury of the Grand Prix",
        "Director of the Northern Film Archive",
        long_place,
    ]
    kept = _fitting_titles(separate, None, fmt)
    assert kept == ("President of the jury of the Grand Prix", "Director of the Northern Film Archive")
    assert all(", " + long_place not in t for t in kept)  # never the first and the last as one byline


def test_validate_asks_to_quote_a_title_split_at_its_comma() -> None:
    result = CliRunner().invoke(main, ["validate", str(REVIEWS / "bengaluru-techexpo-en-in.yaml")])
    assert result.exit_code == 0, result.output
    assert (
        "sections.voices.people[0].titles: 'IT and Biotechnology' reads as the rest of 'Minister for "
        "Electronics', one title that YAML split at its comma; quote each title that has a comma: "
        "titles: ['Minister for Electronics, IT and Biotechnology', 'Government of Karnataka']"
    ) in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("locale", "titles"),
    [
        ("en_GB", ["Co-founder and CEO", "Kaveri Semiconductors"]),
        ("en_GB", ["Professor of Medicine", "principal investigator of PHARM-PREVENT"]),
        ("fr_FR", ["Présidente du jury", "professeure de littérature comparée"]),
        ("de_DE", ["Leiterin der Klinik", "MedUni Wien"]),
    ],
)
def test_separate_titles_are_no_split_title(locale: str, titles: list[str]) -> None:
    assert len(joined(titles, locale)) == len(titles)


@pytest.mark.parametrize(
    ("locale", "titles"),
    [
        ("en_GB", ["Minister for Electronics", "IT and Biotechnology", "Government of Karnataka"]),
        ("de_DE", ["Referentin für Forschung", "Bildung und Kultur"]),
        ("es_ES", ["Ministra de Ciencia", "Innovación y Universidades"]),
        ("fr_FR", ["Ministre de l’Économie", "et des Finances"]),
        ("sv_SE", ["Minister för skola", "och förskola"]),
    ],
)
def test_a_title_split_at_its_comma_is_one_title(locale: str, titles: list[str]) -> None:
    assert len(joined(titles, locale)) < len(titles)


# 3. A summary's count that its section's data contradicts

TINY = """\
event:
  name: Sample Summit 2026
  short_name: SS 2026
  kind: summit
  year: 2026
  city: Portsby
  country: Sampleland
  closing_date: 2026-04-18
formatting:
  locale: {locale}
sources:
  note:
    title: Note
sections:
  news:
    title: News
    summary: {summary}
    launches:
      - name: Alpha
"""


def _validated(tmp_path: Path, locale: str, summary: str, extra: str = "") -> str:
    event = tmp_path / "event.yaml"
    event.write_text(TINY.format(locale=locale, summary=summary) + extra, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_validate_warns_of_quebec_summary_counting_three_launches_over_one() -> None:
    result = CliRunner().invoke(main, ["validate", str(REVIEWS / "sommet-medias-quebec-fr-ca.yaml")])
    assert result.exit_code == 0, result.output
    assert (
        "sommet-medias-quebec-fr-ca.yaml:70:14: sections.lancements.summary: says 'Trois initiatives' (3), "
        "but the section lists 1 launch; make the summary's count match what it lists, or list the others"
    ) in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("locale", "summary", "said"),
    [
        ("en_GB", "Two products were unveiled.", "'Two products' (2)"),
        ("de_DE", "Drei neue Produkte wurden vorgestellt.", "'Drei neue Produkte' (3)"),
        ("es_ES", "Se presentaron 4 iniciativas.", "'4 iniciativas' (4)"),
        ("zh_CN", "大会发布了三项倡议。", "'三项倡议' (3)"),
        ("ja_JP", "三つの新製品が発表された。", "'三つの新製品' (3)"),
    ],
)
def test_validate_warns_of_a_summary_count_of_launches_in_each_language(
    tmp_path: Path, locale: str, summary: str, said: str
) -> None:
    output = _validated(tmp_path, locale, summary)
    assert f"sections.news.summary: says {said}, but the section lists 1 launch" in output


@pytest.mark.parametrize(
    ("locale", "summary"),
    [
        ("en_GB", "One product was unveiled over three days."),  # days are not launches
        ("fr_FR", "Une initiative a été présentée devant trois cents invités."),
        ("de_DE", "Alpha eröffnete die zwei Tage des Gipfels."),
    ],
)
def test_no_warning_where_the_count_is_of_something_else(tmp_path: Path, locale: str, summary: str) -> None:
    assert "sections.news.summary" not in _validated(tmp_path, locale, summary)


def test_a_summary_may_count_some_of_a_lists_items_not_more(tmp_path: Path) -> None:
    sponsors = "    lists:\n      sponsors:\n        label: Sponsors\n        items: [A, B, C, D]\n"
    assert "sections.news.summary" not in _validated(tmp_path, "en_GB", "Three sponsors renewed.", sponsors)
    output = _validated(tmp_path, "en_GB", "Six sponsors backed it.", sponsors)
    assert "says 'Six sponsors' (6), but the section lists 4 items in its list 'sponsors'" in output


def test_a_count_of_a_lists_items_is_no_count_of_the_people_beside_it(tmp_path: Path) -> None:
    # 'Ti vindere' over a list of ten winners and two people quoted was told 'the section lists 2
    # people' (review ZZ4): a count that matches one of the section's lists is that list's
    people = (
        "    people:\n      - name: A B\n        titles: [Jury]\n      - name: C D\n        titles: [Jury]\n"
        "    lists:\n      winners:\n        label: Prize winners\n"
        "        items: [A, B, C, D, E, F, G, H, I, J]\n"
    )
    assert "sections.news.summary" not in _validated(tmp_path, "en_GB", "Ten winners were honoured.", people)
    output = _validated(tmp_path, "en_GB", "Three winners were honoured.", people)
    assert "says 'Three winners' (3), but the section lists 2 people" in output


# 4. A quote in another language than its edition's, with no translation and no `language:`


def test_validate_warns_of_havencongres_dutch_quote_in_its_french_edition() -> None:
    result = CliRunner().invoke(main, ["validate", str(REVIEWS / "havencongres-nl-be.yaml")])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert (
        "havencongres-nl-be.yaml:43:11: sections.deelname.figures.deelnemers.quote: the fr_BE edition prints "
        "this quote, which reads as 'nl', not 'fr'; give its translation (text: {nl: …, fr: …}) or, to "
        "print the source's own words, say their language (language: nl)"
    ) in output
    assert "the nl_BE edition" not in output  # Dutch in the Dutch edition; the translated quote: none
    assert "people[0].quote" not in output


@pytest.mark.parametrize(
    ("text", "edition", "found"),
    [
        ("Met meer dan 3180 deelnemers haalde het congres een absoluut record.", "fr", "nl"),
        ("More than 3,180 delegates made this the largest congress in its history so far.", "de", "en"),
        ("Mit mehr als 3180 Teilnehmenden war der Kongress so groß wie nie zuvor.", "en", "de"),
        ("Con más de 3180 participantes, el congreso batió su récord de asistencia.", "it", "es"),
        (
            "Com mais de 3180 participantes, o congresso bateu o seu recorde de público.",
            "es",
            "pt",
        ),
        (
            "Z ponad 3180 uczestnikami kongres po raz pierwszy przekroczył liczbę z zeszłego roku.",
            "en",
            "pl",
        ),
        (
            "Med fler än 3180 deltagare slog kongressen sitt rekord, och det är vi stolta över.",
            "en",
            "sv",
        ),
        (
            "Il congresso ha superato per la prima volta i tremila partecipanti e questo è un record.",
            "fr",
            "it",
        ),
        ("超过2300家企业参展，规模创历届之最。", "en", "zh"),
        ("今年の展示会には過去最多の企業が出展しました。", "zh", "ja"),
        ("올해 전시회에는 역대 가장 많은 기업이 참가했습니다.", "ja", "ko"),
        ("Met meer dan 3180 deelnemers.", "fr", ""),  # too short to tell
        ("Met meer dan 3180 deelnemers haalde het congres een absoluut record.", "nl", ""),
    ],
)
def test_a_quotes_language_is_told_by_its_small_words_or_its_script(
    text: str, edition: str, found: str
) -> None:
    assert language_of(text, edition) == found


def test_a_quote_marked_with_its_language_is_printed_as_the_source_said_it(tmp_path: Path) -> None:
    source = (REVIEWS / "havencongres-nl-be.yaml").read_text(encoding="utf-8")
    marked = source.replace(
        "          text: Met meer dan 3180",
        "          language: nl\n          text: Met meer dan 3180",
    )
    assert marked != source
    event = tmp_path / "havencongres-nl-be.yaml"
    event.write_text(marked, encoding="utf-8")
    for logo in REVIEWS.glob("*.png"):
        (tmp_path / logo.name).write_bytes(logo.read_bytes())
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 0, result.output
    assert "quote: the fr_BE edition" not in result.output
