"""Review BB's wording, each a class in every language: a place after a person's title keeps its
capital ('…, Londra, ha guidato …'), a name whose article is not sure closes in a sentence rather
than a form's field ('Vinum Verona 2026 (Vinum 2026): chiusura il …'), a count's cut-off reads as
one ('dato alle ore 17:00 del …', not 'alle 17:00 del …', as if the visitors were there at that
hour), a sentence after a colon opens as the language writes it, a list line among sentences ends
as they do, and a chart's slide states its finding once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure
from reportgen.data.punctuation import punctuation
from reportgen.data.sentences import item_list, person
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_notes, pptx_slide_texts

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("locale", "titles", "expected"),
    [
        (
            "it_IT",
            ["direttrice acquisti di Harbour Wine Merchants", "Londra"],
            "Sarah Whitfield, direttrice acquisti di Harbour Wine Merchants, Londra, ha guidato "
            "la delegazione.",
        ),
        ("es_MX", ["Puebla"], "Sarah Whitfield, Puebla, ha guidato la delegazione."),
        ("fr_FR", ["Lyon"], "Sarah Whitfield, Lyon, ha guidato la delegazione."),
        ("pt_BR", ["Recife"], "Sarah Whitfield, Recife, ha guidato la delegazione."),
        # a word no list knows as a role stays as written; a role noun still takes its small letter
        ("it_IT", ["Enologa"], "Sarah Whitfield, Enologa, ha guidato la delegazione."),
        (
            "it_IT",
            ["Direttrice acquisti"],
            "Sarah Whitfield, direttrice acquisti, ha guidato la delegazione.",
        ),
    ],
)
def test_a_title_the_role_list_does_not_know_keeps_its_capital(
    locale: str, titles: list[str], expected: str
) -> None:
    assert person("Sarah Whitfield", titles, "ha guidato la delegazione", locale) == expected


def test_a_title_the_event_writes_in_small_letters_elsewhere_takes_them() -> None:
    from reportgen.data.sentences import small_titles

    small = frozenset({"enologa", "buyer"})
    assert small_titles(("Enologa", "Londra"), "it_IT", small) == ("enologa", "Londra")
    assert small_titles(("Enologa",), "en_GB", small) == ("Enologa",)  # English keeps its capitals


@pytest.mark.parametrize(
    ("locale", "when", "expected"),
    [
        (
            "es_MX",
            dt.datetime(2026, 10, 11, 20, 0),
            "al corte de las\u00a020:00 horas del 11 de octubre de 2026",
        ),
        (
            "es_ES",
            dt.datetime(2026, 10, 11, 1, 30),
            "al corte de la\u00a01:30 horas del 11 de octubre de 2026",
        ),
        ("it_IT", dt.datetime(2026, 4, 15, 17, 0), "dato alle ore\u00a017:00 del 15 aprile 2026"),
        ("it_IT", dt.datetime(2026, 4, 15, 1, 30), "dato alle ore\u00a01:30 del 15 aprile 2026"),
    ],
)
def test_a_counts_cut_off_reads_as_one(locale: str, when: dt.datetime, expected: str) -> None:
    assert Formatter(locale).as_of(Figure(label="x", value=1, as_of=when)) == expected


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("it_IT", "Accanto alle cantine italiane sono cresciute le presenze estere.", "accanto alle"),
        ("it_IT", "Organizzatori, istituzioni e buyer hanno commentato.", "organizzatori, istituzioni"),
        ("it_IT", "Dal 2023 le aziende sono aumentate.", "dal 2023"),
        ("es_MX", "Desde 2024 la feria creció.", "desde 2024"),
        ("pt_BR", "Metade dos visitantes veio de fora.", "metade dos"),
        ("fr_FR", "Élus, chercheurs et entreprises ont débattu.", "élus, chercheurs"),
        # a name keeps its capital, and so does a list of names
        ("it_IT", "Francia e Spagna in testa.", "Francia e Spagna"),
        ("es_MX", "San Ildefonso fue la sede más visitada.", "San Ildefonso"),
        ("it_IT", "Verona, Milano e Roma hanno ospitato.", "Verona, Milano"),
    ],
)
def test_a_sentence_after_a_colon_opens_in_a_small_letter_unless_a_name(
    locale: str, text: str, expected: str
) -> None:
    assert punctuation(locale).after_pair(text).startswith(expected)


@pytest.mark.parametrize("locale", ["es_MX", "it_IT", "fr_FR", "de_DE", "en_GB", "pt_BR", "nl_NL"])
def test_a_list_line_ends_as_the_sentences_beside_it(locale: str) -> None:
    said = item_list("Sedes", ["Museo de Arte Popular", "Complejo Cultural Los Pinos"], locale)
    assert said.endswith(punctuation(locale).stop)


@pytest.fixture(scope="module")
def vinum(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str], list[str]]:
    folder = tmp_path_factory.mktemp("vinum")
    result = build(REVIEWS / "vinum-verona-it-it.yaml", Settings.simple(folder, TEMPLATES))
    assert result.warnings == []
    briefing = next(f for f in result.files if f.suffix == ".docx")
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return docx_paragraphs(briefing), pptx_slide_texts(deck), pptx_notes(deck)


def test_the_wine_fair_closes_in_a_sentence_and_keeps_london(vinum: tuple[list[str], ...]) -> None:
    paragraphs, slides, notes = vinum
    text = "\n".join(paragraphs).replace("\u00a0", " ").replace("\u2060", "")
    # named a second time by its short name under the title (round 21), after its kind, which its
    # summary says too ('La fiera ha riunito …'), not a generic 'La manifestazione' (review YY1 #7)
    assert "La fiera internazionale del vino Vinum 2026 ha chiuso i battenti il 15 aprile 2026." in text
    assert ": chiusura" not in text
    assert "Harbour Wine Merchants, Londra, ha guidato" in text
    assert "londra" not in "\n".join(slides) + "\n".join(notes)
    assert all(": Accanto" not in n for n in notes)
    assert "dato alle ore 17:00 del 15 aprile 2026" in "\n".join(slides).replace("\u00a0", " ")


def test_the_design_weeks_venue_slide_states_its_finding_once(tmp_path: Path) -> None:
    """Round 24 (lists24, UU1 B): a heading that only holds the list's word keeps its label, so the
    briefing runs the venues on after 'Sedes:' rather than a paragraph each."""
    result = build(REVIEWS / "semana-diseno-cdmx-es-mx.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = [s.replace("\u00a0", " ") for s in pptx_slide_texts(deck)]
    # titled by its chart's finding, its bar's number left to the bar (round 22, review PP); the
    # caption's 'la sede más concurrida' says that finding again: not under it
    (slide,) = [s for s in slides if "la sede más visitada" in s]
    assert "la sede más concurrida" not in slide
    assert slide.count("la sede más visitada") == 1
    briefing = next(f for f in result.files if f.suffix == ".docx")
    # lists24 (review UU1 B): 'Programa y sedes' only holds the label's word, it is not the label,
    # so the list keeps its label 'Sedes' and the briefing runs the five short names on after it,
    # once, in one paragraph (people23 had dropped the label and set a paragraph a venue)
    paragraphs = [p.replace("\u00a0", " ").replace("\u2060", "") for p in docx_paragraphs(briefing)]
    venues = [
        "Antiguo Colegio de San Ildefonso",
        "Museo de Arte Popular",
        "Complejo Cultural Los Pinos",
        "Centro de Cultura Digital",
        "Galería Abierta de las Rejas de Chapultepec",
    ]
    (listed,) = [p for p in paragraphs if p.startswith("Sedes")]
    assert listed.startswith("Sedes: ") and all(listed.count(v) == 1 for v in venues), listed
    assert " y Galería Abierta" in listed  # the names run on as a list, its last after 'y'
    assert not [p for p in paragraphs if p in venues]  # not also a paragraph a venue


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        (
            "San Ildefonso recibió alrededor de 54 mil visitantes, la sede más concurrida.",
            "San Ildefonso fue la sede más visitada, seguida de Los Pinos.",
            True,
        ),
        # 'más de' only compares; another subject is another claim
        ("La feria recibió más de 500 visitantes.", "La feria fue la más visitada.", False),
        ("San Ildefonso fue la sede más visitada.", "Los Pinos fue la sede más joven.", False),
        # '最終日' is the last day, no superlative
        (
            "最終日の7月26日には7万2300人が来場しました。",
            "最終日の日曜日に来場者が最も多くなりました。",
            False,
        ),
    ],
)
def test_a_superlative_of_one_subject_is_one_claim(one: str, other: str, same: bool) -> None:
    from reportgen.data.superlatives import same_claim

    assert same_claim(one, other) is same


def test_a_list_line_among_phrases_is_a_phrase_too() -> None:
    """The science festival's '45 laboratoires ouverts', '62 conférences' and 'Thèmes : …': no
    one line of the three with a stop."""
    said = item_list("Thèmes", ["Climat et océans", "Santé"], "fr_FR", among_phrases=True)
    assert said == "Thèmes\u00a0: Climat et océans et Santé"
    assert item_list("主题", ["气候", "健康"], "zh_CN", among_phrases=True).endswith("。")
