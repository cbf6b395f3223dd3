"""A slide's title is the finding of what is on that slide (review U): a summary too long for a
title is cut before a relative clause, in every language, rather than giving way to a person's
line; and a title from the section's summary does not stand over a slide whose bullets are other
facts (its people, its winners) that share nothing with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data import titles
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import INVISIBLE, ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _slides(event: Path, folder: Path, edition: str = "") -> list[tuple[str, str]]:
    """(the title, the rest of its text) of each slide of the event's deck (of `edition`)."""
    result = build(event, Settings.simple(folder, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx" and edition in f.name)
    out = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        head = title.text_frame.text.translate(INVISIBLE) if title is not None else ""
        body = [
            s.text_frame.text.translate(INVISIBLE)
            for s in slide.shapes
            if s.has_text_frame and (title is None or s.shape_id != title.shape_id)
        ]
        out.append((" ".join(head.split()), " ".join(" ".join(body).split())))
    return out


def _holding(slides: list[tuple[str, str]], words: str) -> str:
    """The title of the slide whose text holds `words`."""
    return next(title for title, body in slides if words in body)


@pytest.mark.parametrize(
    ("edition", "person", "title"),
    [
        (
            "fr_BE",
            "Pierre Lambotte",
            "Les autorités portuaires d’Anvers-Bruges, de Gand et de Liège ont signé une déclaration commune",
        ),
        # the Dutch clause ('waarin ze zich engageren …') is no sentence of its own: the whole
        # summary is the lead, and a title of its first words said them twice (review Y): the
        # section's name titles the slide (tests/data/test_lead_repeats.py)
        ("nl_BE", "Pierre Lambotte", "Slotverklaring"),
    ],
)
def test_a_summary_too_long_for_a_title_is_cut_before_its_relative_clause(
    edition: str, person: str, title: str, tmp_path: Path
) -> None:
    slides = _slides(REVIEWS / "havencongres-nl-be.yaml", tmp_path, edition)
    assert _holding(slides, person) == title
    if edition == "fr_BE":  # the relative clause, a sentence of its own, is the lead under it
        assert _holding(slides, "Elles s’engagent à utiliser, d’ici 2030, une plateforme") == title


@pytest.mark.parametrize(
    ("headline", "title", "lead"),
    [
        (
            "Les autorités portuaires de Gand et de Liège ont signé une déclaration commune par laquelle "
            "elles s’engagent à utiliser, d’ici 2030, une plateforme numérique unique pour tous les navires.",
            "Les autorités portuaires de Gand et de Liège ont signé une déclaration commune",
            "Elles s’engagent à utiliser, d’ici 2030, une plateforme numérique unique pour tous les navires.",
        ),
        (
            "The port authorities of Ghent and Liège signed a joint declaration by which they commit to "
            "using one digital notification platform for all ships from 2030 onwards.",
            "The port authorities of Ghent and Liège signed a joint declaration",
            "They commit to using one digital notification platform for all ships from 2030 onwards.",
        ),
        (
            "Las autoridades portuarias de Gante y Lieja firmaron una declaración conjunta mediante la cual "
            "se comprometen a usar una única plataforma digital para todos los buques desde 2030.",
            "Las autoridades portuarias de Gante y Lieja firmaron una declaración conjunta",
            "Se comprometen a usar una única plataforma digital para todos los buques desde 2030.",
        ),
        (
            "Le autorità portuali di Gand e di Liegi hanno firmato una dichiarazione comune con cui si "
            "impegnano a usare una sola piattaforma digitale dal 2030.",
            "Le autorità portuali di Gand e di Liegi hanno firmato una dichiarazione comune",
            "Si impegnano a usare una sola piattaforma digitale dal 2030.",
        ),
        (
            "Porty w Gandawie i Liège podpisały wspólną deklarację, w której zobowiązują się do korzystania "
            "z jednej platformy cyfrowej od 2030 roku.",
            "Porty w Gandawie i Liège podpisały wspólną deklarację",
            "Zobowiązują się do korzystania z jednej platformy cyfrowej od 2030 roku.",
        ),
        (  # a subject's relative clause (review YY4 #9: a text-only slide titled by its name alone)
            "Gośćmi honorowymi byli pisarze z Ukrainy, Litwy i Czech, którzy rozmawiali z czytelnikami "
            "o literaturze pogranicza. Najwięcej czytelników zgromadziły spotkania z autorami kryminałów.",
            "Gośćmi honorowymi byli pisarze z Ukrainy, Litwy i Czech",
            "Rozmawiali z czytelnikami o literaturze pogranicza. Najwięcej czytelników zgromadziły "
            "spotkania z autorami kryminałów.",
        ),
        (
            "Najwięcej gości przyciągnęła strefa młodzieżowa, która po raz pierwszy zajęła osobną halę "
            "targów.",
            "Najwięcej gości przyciągnęła strefa młodzieżowa",
            "Po raz pierwszy zajęła osobną halę targów.",
        ),
        (
            "Los invitados de honor fueron escritores de Ucrania, Lituania y Chequia, quienes conversaron "
            "con los lectores sobre la literatura de frontera.",
            "Los invitados de honor fueron escritores de Ucrania, Lituania y Chequia",
            "Conversaron con los lectores sobre la literatura de frontera.",
        ),
        (
            "Ospiti d'onore sono stati scrittori da Ucraina, Lituania e Cechia, i quali hanno dialogato "
            "con i lettori sulla letteratura di confine.",
            "Ospiti d'onore sono stati scrittori da Ucraina, Lituania e Cechia",
            "Hanno dialogato con i lettori sulla letteratura di confine.",
        ),
        (
            "Os convidados de honra foram escritores da Ucrânia, da Lituânia e da Chéquia, os quais "
            "conversaram com os leitores sobre a literatura de fronteira.",
            "Os convidados de honra foram escritores da Ucrânia, da Lituânia e da Chéquia",
            "Conversaram com os leitores sobre a literatura de fronteira.",
        ),
        (
            "Hamnarna i Gent och Liège undertecknade en gemensam deklaration genom vilken de förbinder sig "
            "att använda en enda digital plattform från 2030.",
            "Hamnarna i Gent och Liège undertecknade en gemensam deklaration",
            "De förbinder sig att använda en enda digital plattform från 2030.",
        ),
        (
            "As autoridades portuárias de Gante e Liège assinaram uma declaração conjunta pela qual se "
            "comprometem a usar uma única plataforma digital a partir de 2030.",
            "As autoridades portuárias de Gante e Liège assinaram uma declaração conjunta",
            "",  # 'Se comprometem …' opens no sentence in Portugal: the whole summary is the lead
        ),
        (
            "Die Häfen von Gent und Lüttich unterzeichneten eine gemeinsame Erklärung, mit der sie sich "
            "verpflichten, ab 2030 eine einzige digitale Plattform für alle Schiffe zu nutzen.",
            "Die Häfen von Gent und Lüttich unterzeichneten eine gemeinsame Erklärung",
            "",  # the verb last: no sentence once its pronoun goes, the whole summary the lead
        ),
    ],
)
def test_a_relative_clause_is_a_cut_in_every_language(headline: str, title: str, lead: str) -> None:
    assert titles.title_and_lead(headline) == (title, lead or headline)


@pytest.mark.parametrize(
    "headline",
    [
        # the relative words inside a quotation: no cut there
        "Le président a déclaré « nous avons signé une déclaration commune par laquelle nous nous "
        "engageons à utiliser une plateforme unique » devant les armateurs réunis à Anvers.",
        # a clause before them too short to be a finding
        "Une déclaration par laquelle les autorités portuaires de Gand et de Liège s’engagent à "
        "utiliser, d’ici 2030, une plateforme numérique unique a été signée.",
    ],
)
def test_no_cut_inside_a_quotation_nor_before_a_clause_that_is_no_finding(headline: str) -> None:
    assert titles.title_and_lead(headline) == ("", headline)


def test_speakers_are_not_set_under_a_title_about_trucks(tmp_path: Path) -> None:
    slides = _slides(REVIEWS / "fachkongress-de-de.yaml", tmp_path)
    title = _holding(slides, "eröffnete den Kongress")
    assert "Lkw" not in title
    assert title == "Dekarbonisierung des Güterverkehrs"


def test_the_winners_are_not_set_under_the_sponsorships_title(tmp_path: Path) -> None:
    """The prizes section fits one slide (since round 16): its winners, two people and their
    words, share nothing with the sponsorship's finding, which its figures say; the winners take
    the section's first slide under its name, the finding titles the figures on the next."""
    slides = _slides(REVIEWS / "robocon-ja-jp.yaml", tmp_path)
    summary = "今年から企業協賛が大幅に増え、賞金総額も引き上げられました"
    assert _holding(slides, "決勝で全課題を") == "賞金と協賛"
    assert _holding(slides, "高専チームとして初めて") == "賞金と協賛"
    assert _holding(slides, "企業協賛金の総額は") == summary
    body = next(body for title, body in slides if title == summary)
    assert "優勝チームには賞金300万円" in body and "特別賞8件" in body  # every figure under it
    assert "決勝で全課題を" not in body and "一年かけて作ったアーム" not in body


@pytest.mark.parametrize(
    ("event", "words", "title"),
    [
        # a list the summary names: the sponsors under '… apoio público e de empresas'
        (
            "events/languages/design-week-pt.yaml",
            "Amorim Cork",
            "A edição contou com apoio público e de empresas da região",
        ),
        # the champions' players under the final's result: a Korean word's stem says it again
        (
            "data/review_events/hanbit-esports-ko-kr.yaml",
            "결승전 MVP로",
            "서울 블레이즈가 도쿄 오르카를 세트 스코어 4대 3으로 꺾고 첫 우승을 차지했습니다",
        ),
    ],
)
def test_a_summary_stays_the_title_over_what_supports_it(
    event: str, words: str, title: str, tmp_path: Path
) -> None:
    assert _holding(_slides(ROOT / "tests" / event, tmp_path), words) == title


def test_a_count_does_not_title_a_slide_of_people_only(tmp_path: Path) -> None:
    slides = _slides(ROOT / "tests" / "events" / "languages" / "festival-cinema-it.yaml", tmp_path)
    # the count stays a line under the jury's president, who titles the slide continued (review
    # WW1 #3: a continuation says what it holds, not '<section> (segue)': data/test_continued_titles.py)
    title = _holding(slides, "In concorso c’erano 7 film di registi esordienti")
    assert title == "Valeria Golino ha consegnato la Vela d’Oro"


def test_a_summary_of_sentences_cut_before_a_relative_clause_is_led_whole(tmp_path: Path) -> None:
    """Review II: the Watertop's 'Uitkomsten' slide, a summary of two sentences whose first is too
    long for a title and cut before 'waarin …' (no sentence of its own). Its rest had continued the
    cut as the lead ('… waarin de deelnemende landen …'), a fragment a reader sees as machine-made
    at once (review RR4 #6: never a text that opens with '…'): the whole summary leads, its
    sentences under the section's name, every word of it on the slide and none opening mid-sentence."""
    summary = (
        "De top sloot af met het Deltapact van Rotterdam, waarin de deelnemende landen afspreken hun "
        "gegevens over waterstanden, bodemdaling en stormvloeden openbaar te delen. Daarnaast kwam er "
        "een gezamenlijk opleidingsprogramma voor waterbeheerders uit ontwikkelingslanden."
    )
    _, lead = titles.title_and_lead(summary)
    assert lead.startswith("De top sloot af") and "Daarnaast kwam er" in lead
    slides = _slides(REVIEWS / "rotterdam-watertop-nl.yaml", tmp_path)
    title = _holding(slides, "Marieke van den Berg")
    body = next(body for head, body in slides if head == title)
    assert "waarin de deelnemende" in body and "Daarnaast kwam er" in body
    assert not any(text.lstrip().startswith("…") for _, b in slides for text in b.split("\n")), slides


PRIZES = """
event:
  name: {name}
  short_name: Robots 2026
  summary: Teams of students built rescue robots.
  slug: robots-2026
  kind: {kind}
  year: 2026
  city: Leeds
  country: {country}
  start_date: 2026-08-22
  closing_date: 2026-08-23
formatting:
  locale: {locale}
sources:
  office:
    title: {name}
    publisher: Organising committee
    published: 2026-08-23
sections:
  prizes:
    title: {section}
    summary: {summary}
    figures:
      sponsorship:
        label: {sponsorship}
        value: 1250000
        currency: GBP
        qualifier: more than
        sentence: {sponsorship_sentence}
      first:
        label: {first}
        value: 30000
        currency: GBP
        sentence: {first_sentence}
      second:
        label: {second}
        value: 10000
        currency: GBP
        sentence: {second_sentence}
    people:
      - name: Team Kestrel
        titles: [{winners}]
        role: {kestrel}
        quote:
          source: office
          text: {quote}
      - name: Team Otter
        titles: [{runners_up}]
        role: {otter}
"""


@pytest.mark.parametrize(
    "words",
    [
        {
            "name": "Student Robot Challenge 2026",
            "kind": "competition",
            "country": "United Kingdom",
            "locale": "en_GB",
            "section": "Prizes and sponsors",
            "summary": "Corporate sponsorship doubled this year, and the prize fund was raised.",
            "sponsorship": "Corporate sponsorship",
            "sponsorship_sentence": "Corporate sponsorship came to {value}.",
            "first": "First prize",
            "first_sentence": "The champions were paid {value}.",
            "second": "Second prize",
            "second_sentence": "The runners-up were paid {value}.",
            "winners": "champions",
            "runners_up": "runners-up",
            "kestrel": "completed every task of the final within the time limit",
            "quote": "Our arm worked until the very last task.",
            "otter": "reached the final as the first college team ever",
        },
        {
            "name": "Roboter-Wettbewerb 2026",
            "kind": "Wettbewerb",
            "country": "Deutschland",
            "locale": "de_DE",
            "section": "Preise und Förderer",
            "summary": "Das Sponsoring der Unternehmen hat sich verdoppelt, das Preisgeld wurde erhöht.",
            "sponsorship": "Sponsoring der Unternehmen",
            "sponsorship_sentence": "Das Sponsoring der Unternehmen erreichte {value}.",
            "first": "Erster Preis",
            "first_sentence": "Die Sieger erhielten {value}.",
            "second": "Zweiter Preis",
            "second_sentence": "Die Zweitplatzierten erhielten {value}.",
            "winners": "Sieger",
            "runners_up": "Zweite",
            "kestrel": "löste im Finale alle Aufgaben in der vorgegebenen Zeit",
            "quote": "Unser Arm hat bis zur letzten Aufgabe durchgehalten.",
            "otter": "kam als erstes Team einer Fachschule ins Finale",
        },
    ],
    ids=["en", "de"],
)
def test_a_findings_slide_sets_its_people_apart_where_they_say_other_facts(
    words: dict[str, str], tmp_path: Path
) -> None:
    """The class of robochalle's winners: a prizes section of one slide whose summary, the
    sponsorship's finding, its figures say, and whose two winners (their lines, their words) say
    other facts: they are not set under the finding, in any language."""
    event = tmp_path / "prizes.yaml"
    event.write_text(PRIZES.format(**words), encoding="utf-8")
    slides = _slides(event, tmp_path / "out")
    sponsorship = words["sponsorship_sentence"].split(" {")[0]
    found = _holding(slides, sponsorship)
    assert found == words["summary"].rstrip(".")
    for said in (words["kestrel"], words["quote"], words["otter"]):
        assert _holding(slides, said[:30]) == words["section"]
    body = next(body for title, body in slides if title == found)
    assert words["first_sentence"].split(" {")[0] in body
