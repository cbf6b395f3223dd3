"""Sentences in the languages added after the first five (Spanish, Italian, Portuguese, Korean,
Dutch), written by hand as an editor of each writes them: the number leads in the European
languages; Korean sets the label as the topic with the particle its last syllable takes (은 after
a final consonant, 는 after a vowel) and names a person with their titles after the name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from reportgen.data.prepare import prepare
from reportgen.data.punctuation import punctuation
from reportgen.data.sentences import _elided, figure, headline, launch, listing, person

from ..conftest import ROOT, seen

HELD_OUT = ROOT / "tests" / "events" / "languages"
NBSP = "\u00a0"


@dataclass
class Fig:
    label: str
    value_text: str
    text: str
    unit: str | None = None
    currency: str | None = None
    qualifier: str = "exactly"
    as_of_text: str = ""
    note: str | None = None
    label_names_unit: bool = False


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("관람객", "관람객은 약 62만명"),  # 객 ends in a consonant: 은
        ("관람객 수", "관람객 수는 약 62만명"),  # 수 ends in a vowel: 는
        ("참가 기업", "참가 기업은 약 62만명"),
    ],
)
def test_a_korean_label_is_the_topic_with_its_own_particle(label: str, expected: str) -> None:
    fig = Fig(label, "약 62만명", "약 62만명", unit="명", qualifier="about")
    assert figure(fig, "ko_KR").text == expected


def test_a_korean_label_in_latin_letters_takes_no_particle() -> None:
    fig = Fig("AI Pavilion", "약 62만명", "약 62만명", unit="명", qualifier="about")
    assert figure(fig, "ko_KR").text == "AI Pavilion: 약 62만명"


def test_a_korean_person_has_titles_after_the_name_and_the_role_after_the_particle() -> None:
    assert (
        person("김민준", ["조직위원장"], "개막을 선언했다", "ko_KR") == "김민준 조직위원장은 개막을 선언했다."
    )
    assert person("이서연", ["대표이사"], "기조연설을 했다", "ko_KR") == "이서연 대표이사는 기조연설을 했다."
    assert person("이서연", [], "기조연설을 했다", "ko_KR") == "이서연은 기조연설을 했다."
    assert person("이서연", ["대표이사"], None, "ko_KR") == "이서연 대표이사"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("es_ES", "a, b y c"),
        ("it_IT", "a, b e c"),
        ("pt_BR", "a, b e c"),
        ("ko_KR", "a, b 및 c"),
        ("nl_NL", "a, b en c"),
    ],
)
def test_a_list_is_joined_with_the_languages_and(locale: str, expected: str) -> None:
    assert listing(["a", "b", "c"], locale) == expected


@pytest.mark.parametrize(
    ("name", "ref", "expected"),
    [
        ("feria-es", "feria.expositores", "Más de 1400 expositores"),
        ("feria-es", "feria.superficie", "La superficie de exposición fue de 95.000 m²."),
        (
            "fiera-it",
            "fiera.visitatori",
            "Circa 370.000 visitatori, dato alle ore\u00a018:00 del 5 ottobre 2024",
        ),
        ("feira-pt", "feira.negocios", "O volume de negócios foi de quase 13,6 bilhões de reais."),
        ("jeonsihoe-ko", "jeonsi.chamga", "참가 기업은 1,400곳 이상이었다."),
        # a space after 만 and 억, and the digits before them grouped, as a Korean editor writes them
        ("jeonsihoe-ko", "jeonsi.sangdam", "상담액은 약 1200억 원이었다."),
        (
            "jeonsihoe-ko",
            "jeonsi.gwallam",
            "관람객은 2024년 11월 15일 오후\u00a02시\u00a0기준 약 62만 명이었다.",
        ),
        ("jeonsihoe-ko", "jeonsi.myeonjeok", "전시 면적은 6만 m²였다."),  # m² read 제곱미터
        ("beurs-nl", "beurs.standhouders", "Meer dan 650 standhouders"),
    ],
)
def test_a_held_out_events_figures_are_its_languages_sentences(name: str, ref: str, expected: str) -> None:
    said = prepare(HELD_OUT / f"{name}.yaml").derived.figures[ref].sentence
    assert said == expected


def test_a_headline_drops_an_aside_about_the_logarithmic_scale_in_each_language() -> None:
    assert headline("Visitantes por año (escala logarítmica)") == "Visitantes por año"
    assert headline("Visitatori per anno (scala logaritmica)") == "Visitatori per anno"
    assert headline("Bezoekers per jaar (logaritmische schaal)") == "Bezoekers per jaar"
    assert headline("연도별 관람객(로그 눈금)") == "연도별 관람객"


@pytest.mark.parametrize(
    ("locale", "title", "expected"),
    [
        ("fr_FR", "Présidente du salon", "Claire Dubois, présidente du salon, a ouvert le salon."),
        # a role noun takes its small letter before a capital too, and so does its adjective
        ("fr_FR", "Directeur Général", "Claire Dubois, directeur général, a ouvert le salon."),
        (
            "nl_NL",
            "Directeur Stichting Noordelijke Ontwerpweek",
            "Claire Dubois, directeur Stichting Noordelijke Ontwerpweek, a ouvert le salon.",
        ),
        ("nl_NL", "Algemeen Directeur", "Claire Dubois, algemeen directeur, a ouvert le salon."),
        ("it_IT", "Sindaco di Torino", "Claire Dubois, sindaco di Torino, a ouvert le salon."),
        # a title that opens with a name keeps it ('Rijksmuseum Twenthe' is no role)
        ("nl_NL", "Rijksmuseum Twenthe", "Claire Dubois, Rijksmuseum Twenthe, a ouvert le salon."),
        ("fr_FR", "Orange Business", "Claire Dubois, Orange Business, a ouvert le salon."),
        # a word before a number names something (review R: 'lager 157 Ski Team')
        ("sv_SE", "Lager 157 Ski Team", "Claire Dubois, Lager 157 Ski Team, a ouvert le salon."),
        ("fr_FR", "Studio 54", "Claire Dubois, Studio 54, a ouvert le salon."),
        ("es_ES", "Directora de la feria", "Claire Dubois, directora de la feria, a ouvert le salon."),
        ("de_DE", "Geschäftsführerin", "Claire Dubois, Geschäftsführerin, a ouvert le salon."),  # a noun
        # English: a title in sentence case is a description, small in running text (review OO2);
        # one in Title Case is the writer's formal title, kept
        ("en_GB", "President of the fair", "Claire Dubois, president of the fair, a ouvert le salon."),
        ("en_GB", "President of the Fair", "Claire Dubois, President of the Fair, a ouvert le salon."),
    ],
)
def test_a_title_after_a_name_is_in_small_letters_where_the_language_writes_it_so(
    locale: str, title: str, expected: str
) -> None:
    assert person("Claire Dubois", [title], "a ouvert le salon", locale) == expected


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("fr_FR", "Le week-end de clôture a attiré près d’un tiers des visiteurs.", "le week-end"),
        ("fr_FR", "L'édition 2025 a battu son record.", "l'édition"),
        ("fr_FR", "Lyon accueille le salon.", "Lyon accueille"),  # a name keeps its capital
        ("it_IT", "Un’edizione da record.", "un’edizione"),
        ("es_ES", "Una edición récord.", "una edición"),
        ("pt_BR", "Uma edição recorde.", "uma edição"),
        ("nl_NL", "Meer standhouders dan vorig jaar.", "meer standhouders"),
        ("de_DE", "Mehr Aussteller als im Vorjahr.", "Mehr Aussteller"),  # German: a capital
        ("en_GB", "The fair grew.", "The fair"),
        # an adverb or negation opens the sentence (review T: 'Participation : Jamais autant…')
        ("fr_BE", "Jamais autant de participants ne s’étaient inscrits.", "jamais autant"),
        ("nl_BE", "Nooit eerder schreven zich zoveel deelnemers in.", "nooit eerder"),
        ("es_AR", "Nunca hubo tantas funciones.", "nunca hubo"),
        ("sv_SE", "Aldrig tidigare har så många åkt.", "aldrig tidigare"),
    ],
)
def test_a_sentence_after_a_colon_starts_as_the_language_writes_it(
    locale: str, text: str, expected: str
) -> None:
    assert punctuation(locale).after_pair(text).startswith(expected)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("결승전 MVP", "김도현 결승전 MVP는 우승을 이끌었다."),  # 엠브이피: a vowel
        ("HBM", "김도현 HBM은 우승을 이끌었다."),  # 에이치비엠: a final consonant
        ("2026 시즌 1", "김도현 2026 시즌 1은 우승을 이끌었다."),  # 일
        ("미드 라이너", "김도현 미드 라이너는 우승을 이끌었다."),
    ],
)
def test_a_korean_title_in_capitals_or_digits_takes_its_particle(title: str, expected: str) -> None:
    """The reviewers' 'MVP 결승전 MVP로 선정되었다': no particle after a title in Latin letters."""
    assert person("김도현", [title], "우승을 이끌었다", "ko_KR") == expected


_VIEWS = """\
event: {name: Festival 2026, short_name: F 2026, year: 2026, city: Lyon, country: France,
        closing_date: 2026-04-18}
formatting: {locale: %(locale)s}
sources: {note: {title: Note}}
sections:
  reach:
    title: Audience
    summary: Un public nombreux.
    figures:
      views: {label: %(label)s, value: %(value)s, unit: %(unit)s, qualifier: %(qualifier)s}
      other: {label: Autre, value: 3, unit: x}
"""


@pytest.mark.parametrize(
    ("locale", "label", "unit", "value", "expected"),
    [
        (
            "fr_FR",
            "Vues des retransmissions",
            "vues",
            2400000,
            "Plus de 2,4 millions de vues des retransmissions",
        ),
        ("fr_FR", "Abonnés de la chaîne", "abonnés", 1200000, "Plus de 1,2 million d’abonnés de la chaîne"),
        (
            "it_IT",
            "Visualizzazioni delle dirette",
            "visualizzazioni",
            2400000,
            "Oltre 2,4 milioni di visualizzazioni delle dirette",
        ),
        ("es_ES", "Visitas a la web", "visitas", 1100000, "Más de 1,1 millones de visitas a la web"),
        ("fr_FR", "Vues des retransmissions", "vues", 240000, "Plus de 240 000 vues des retransmissions"),
        (
            "de_DE",
            "Aufrufe der Übertragungen",
            "Aufrufe",
            2400000,
            "Mehr als 2,4 Millionen Aufrufe der Übertragungen",
        ),
    ],
)
def test_a_label_after_a_scale_word_takes_the_languages_de_or_di(
    locale: str, label: str, unit: str, value: int, expected: str, tmp_path: Path
) -> None:
    """A label that names what is counted follows the number, with 'de' or 'di' after a scale word,
    as after a unit ('1,12 million de visites'): '2,4 millions vues des retransmissions' (review P)."""
    event = tmp_path / "event.yaml"
    facts = {"locale": locale, "label": label, "unit": unit, "value": value, "qualifier": "more than"}
    event.write_text(_VIEWS % facts, encoding="utf-8")
    said = prepare(event).derived.figures["reach.views"].sentence
    assert seen(said).replace("\u202f", " ") == expected


@pytest.mark.parametrize(
    ("locale", "before", "value", "expected"),
    [
        ("fr_CH", "financé à hauteur de ", "environ 1,9 million", "financé à hauteur d’environ 1,9 million"),
        ("fr_FR", "Plus ", "au moins 40", "Plus au moins 40"),  # no word to elide
        ("fr_FR", "un budget de ", "près de 4 millions", "un budget de près de 4 millions"),
        ("fr_FR", "De ", "environ 12", "D’environ 12"),
        ("fr_FR", "moins que ", "un tiers", "moins qu’un tiers"),
        ("fr_FR", "un budget de ", "120 000 francs", "un budget de 120 000 francs"),
        (
            "it_IT",
            "finanziato per un importo di ",
            "oltre 2 milioni",
            "finanziato per un importo di oltre 2 milioni",
        ),
    ],
)
def test_the_files_own_words_before_a_value_elide_as_the_language_does(
    locale: str, before: str, value: str, expected: str
) -> None:
    assert _elided(before, value, locale) + value == expected


def test_a_launchs_summary_after_its_name_starts_as_the_language_writes_it_after_a_colon() -> None:
    """Review R: 'Registre suisse … (SwissCardioRehab) : Les centres y saisiront …'."""
    said = launch(
        "Registre (SwissCardioRehab)", "Les centres y saisiront leurs données.", None, (), (), "fr_CH"
    )
    assert said == "Registre (SwissCardioRehab)\u00a0: les centres y saisiront leurs données."
    said = launch("Open Data Hub", "The city opens its data.", None, (), (), "en_GB")
    assert said == "Open Data Hub: The city opens its data."  # English keeps the capital


def test_a_launchs_figure_after_its_sentences_is_a_sentence_in_korean() -> None:
    # review X: the deck's launch line ended '… 투자 유치에 성공한 스타트업은 37곳.', a fragment
    # after two sentences, where the briefing wrote '37곳이었습니다.'
    from reportgen.data.prepare import prepare

    event = ROOT / "tests" / "data" / "review_events" / "climatetech-ko-kr.yaml"
    sections = prepare(event).derived.sections
    points = [
        str(p) for s in (sections.values() if isinstance(sections, dict) else sections) for p in s.points
    ]
    line = next(p for p in points if p.startswith("K-배터리 순환 얼라이언스"))
    assert line.endswith("투자 유치에 성공한 스타트업은 37곳이었습니다.")
