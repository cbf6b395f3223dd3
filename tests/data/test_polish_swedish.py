"""Polish and Swedish as full languages: their qualifiers, currencies, 'as of' times, numbers, places
and sentences as each language's press writes them, never English words (the built documents:
tests/pipeline/test_held_out_languages.py, targi-pl and festival-sv)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure
from reportgen.data.places import in_city
from reportgen.data.prepare import prepare
from reportgen.data.punctuation import quoted
from reportgen.data.sentences import figure
from reportgen.data.typography import bind_numbers, typographic
from reportgen.data.wording import wording_warnings

from ..conftest import docx_text, pptx_notes, seen
from ..pipeline.test_catalogues import built
from .test_sentences_subjects import Fact

NBSP = "\u00a0"
HELD_OUT = Path(__file__).resolve().parents[1] / "events" / "languages"


@pytest.mark.parametrize(
    ("locale", "qualifier", "expected"),
    [
        ("pl_PL", "more than", "ponad 3400"),
        ("pl_PL", "nearly", "prawie 3000"),  # CLDR's Polish groups no four-digit number
        ("pl_PL", "about", "około 3000"),
        ("pl_PL", "at least", "co najmniej 3000"),
        ("pl_PL", "up to", "do 3000"),
        ("pl_PL", "less than", "mniej niż 3000"),
        ("sv_SE", "more than", f"drygt 3{NBSP}400"),
        ("sv_SE", "nearly", f"nästan 3{NBSP}000"),
        ("sv_SE", "about", f"cirka 3{NBSP}000"),
        ("sv_SE", "at least", f"minst 3{NBSP}000"),
        ("sv_SE", "up to", f"upp till 3{NBSP}000"),
        ("sv_SE", "less than", f"under 3{NBSP}000"),
    ],
)
def test_a_qualifier_is_the_languages_own(locale: str, qualifier: str, expected: str) -> None:
    value = 3400 if qualifier == "more than" else 3000
    assert Formatter(locale).figure(Figure(label="x", value=value, qualifier=qualifier)) == expected


@pytest.mark.parametrize(
    ("locale", "value", "currency", "expected"),
    [
        # Polish: the press's short scale words and the złoty's short name, which never agree
        ("pl_PL", 2_400_000_000, "PLN", f"2,4{NBSP}mld zł"),
        ("pl_PL", 650_000_000, "PLN", f"650{NBSP}mln zł"),
        ("pl_PL", 500, "PLN", f"500{NBSP}zł"),
        ("pl_PL", 650_000_000, "EUR", f"650{NBSP}mln euro"),
        ("pl_PL", 1_500_000, "USD", f"1,5{NBSP}mln USD"),  # never 'dolarów', which agrees
        # Swedish: kronor, one krona; CLDR's long scale words
        ("sv_SE", 2_400_000_000, "SEK", "2,4 miljarder kronor"),
        ("sv_SE", 1_000_000, "SEK", "1 miljon kronor"),
        ("sv_SE", 895, "SEK", f"895{NBSP}kronor"),
        ("sv_SE", 1, "SEK", f"1{NBSP}krona"),
        ("sv_SE", 1_500_000, "USD", "1,5 miljoner dollar"),
    ],
)
def test_money_is_named_as_the_countrys_press_names_it(
    locale: str, value: int, currency: str, expected: str
) -> None:
    assert Formatter(locale).money(value, currency) == expected


def test_an_as_of_time_dates_and_ranges_read_in_the_language() -> None:
    when = Figure(label="x", value=1, as_of=dt.datetime(2024, 3, 15, 14, 0))
    polish, swedish = Formatter("pl_PL"), Formatter("sv_SE")
    assert polish.as_of(when) == "stan na 15 marca 2024, godz.\u00a014:00"
    assert swedish.as_of(when) == "per den 15 mars 2024 kl.\u00a014.00"  # Språkrådet's 14.00
    assert polish.date_range(dt.date(2024, 3, 12), dt.date(2024, 3, 15)) == "12–15 marca 2024"
    assert swedish.date_range(dt.date(2024, 8, 8), dt.date(2024, 8, 10)) == "8–10 augusti 2024"


def test_a_number_keeps_its_short_scale_word_and_qualifier_on_its_line() -> None:
    assert bind_numbers("prawie 2,4 mld zł", "pl_PL") == f"prawie{NBSP}2,4{NBSP}mld{NBSP}zł"
    assert bind_numbers("co najmniej 24", "pl_PL") == f"co{NBSP}najmniej{NBSP}24"
    assert bind_numbers("nästan 185 miljoner kronor", "sv_SE") == (
        f"nästan{NBSP}185{NBSP}miljoner{NBSP}kronor"
    )


def test_quotation_marks_are_the_languages() -> None:
    assert quoted("Komunikat końcowy", "pl_PL") == "„Komunikat końcowy”"
    assert quoted("Slutpressmeddelande", "sv_SE") == "”Slutpressmeddelande”"
    assert quoted("„Komunikat”", "pl_PL") == "„Komunikat”"  # already quoted: not again
    assert quoted('Raport "Rynek 2024"', "pl_PL") == "„Raport ‚Rynek 2024’”"  # inside: ‚…’
    # typed straight quotes, and an apostrophe that stays one
    assert typographic("Powiedział \"dzień dobry\" i 'tak'", "pl_PL") == "Powiedział „dzień dobry” i ‚tak’"
    assert typographic('Han sa "hej" och it\'s', "sv_SE") == "Han sa ”hej” och it’s"


def test_a_polish_city_takes_its_locative_from_a_list_never_a_guess() -> None:
    assert in_city("Poznań", "pl") == "w Poznaniu"
    assert in_city("Wrocław", "pl") == "we Wrocławiu"
    assert in_city("Katowice", "pl") == "w Katowicach"
    assert in_city("Kołobrzeg", "pl") == "(Kołobrzeg)"  # not known: named, not declined
    assert in_city("Kołobrzeg", "pl", "w Kołobrzegu") == "w Kołobrzegu"  # the event file's own
    assert in_city("Göteborg", "sv") == "i Göteborg"


@pytest.mark.parametrize(
    ("locale", "fact", "expected"),
    [
        # Polish: no article, the verb agrees with the label's first noun
        (
            "pl_PL",
            Fact("Powierzchnia wystawiennicza", "42 000 m²", unit="m²"),
            "Powierzchnia wystawiennicza wyniosła 42 000 m².",
        ),
        ("pl_PL", Fact("Wzrost sprzedaży", "6,7%", unit="%"), "Wzrost sprzedaży wyniósł 6,7%."),
        (
            "pl_PL",
            Fact("Przychody ze sprzedaży biletów", "prawie 12 mln zł", currency="PLN", qualifier="nearly"),
            "Przychody ze sprzedaży biletów wyniosły prawie 12 mln zł.",
        ),
        # the label is the unit in another case: said once, never 'Uczestnicy: 3200 uczestników'
        (
            "pl_PL",
            Fact("Uczestnicy", "ponad 3200 uczestników", unit="uczestników", qualifier="more than"),
            "Ponad 3200 uczestników",
        ),
        # a label that is only its year: the year after the figure, in the language's words
        (
            "pl_PL",
            Fact("2024", "ponad 96 000 zwiedzających", unit="zwiedzających", qualifier="more than"),
            "Ponad 96 000 zwiedzających w 2024 roku",
        ),
        (
            "sv_SE",
            Fact("2024", "drygt 96 000 besökare", unit="besökare", qualifier="more than"),
            "Drygt 96 000 besökare år 2024",
        ),
        # Swedish: the definite form as the subject
        (
            "sv_SE",
            Fact("Omsättning", "nästan 185 miljoner kronor", currency="SEK", qualifier="nearly"),
            "Omsättningen uppgick till nästan 185 miljoner kronor.",
        ),
        (
            "sv_SE",
            Fact("Andel besökare från utlandet", "14 %", unit="%"),
            "Andelen besökare från utlandet var 14 %.",
        ),
    ],
)
def test_a_sum_or_a_measure_reads_as_a_sentence_where_its_words_are_sure(
    locale: str, fact: Fact, expected: str
) -> None:
    assert figure(fact, locale).text == expected


@pytest.mark.parametrize(
    ("locale", "sure", "unsure"),
    [
        # a noun not in the list keeps label and value: its gender is not sure
        (
            "pl_PL",
            (Fact("Budżet", "3 mln zł", currency="PLN"), "Budżet wyniósł 3 mln zł."),
            (Fact("Zaplecze", "3 mln zł", currency="PLN"), "Zaplecze: 3 mln zł"),
        ),
        # a label that says more than its unit keeps it: 'z zagranicy' is not said by the number
        (
            "pl_PL",
            (Fact("Uczestnicy", "410 uczestników", unit="uczestników"), "410 uczestników"),
            (
                Fact("Uczestnicy z zagranicy", "410 uczestników", unit="uczestników"),
                "Uczestnicy z zagranicy: 410 uczestników",
            ),
        ),
        (
            "sv_SE",
            (Fact("Yta", "4 200 m²", unit="m²"), "Ytan var 4 200 m²."),
            (Fact("Scenytor", "4 200 m²", unit="m²"), "Scenytor: 4 200 m²"),
        ),
        # 'up to' after the verb would read 'uppgick till upp till'
        (
            "sv_SE",
            (Fact("Budget", "2 miljoner kronor", currency="SEK"), "Budgeten uppgick till 2 miljoner kronor."),
            (
                Fact("Budget", "upp till 2 miljoner kronor", currency="SEK", qualifier="up to"),
                "Budget: upp till 2 miljoner kronor",
            ),
        ),
    ],
)
def test_a_label_whose_words_are_not_sure_keeps_label_and_value(
    locale: str, sure: tuple[Fact, str], unsure: tuple[Fact, str]
) -> None:
    assert figure(sure[0], locale).text == sure[1]  # the sentence where its words are sure
    assert figure(unsure[0], locale).text == unsure[1]


def test_a_title_after_a_name_takes_a_small_letter() -> None:
    from reportgen.data.sentences import person

    assert person("Anna Kowalska", ["Dyrektor targów"], "otworzyła targi", "pl_PL") == (
        "Anna Kowalska, dyrektor targów, otworzyła targi."
    )
    assert person("Lena Berg", ["Festivalgeneral för Havsbris"], "öppnade festivalen", "sv_SE") == (
        "Lena Berg, festivalgeneral för Havsbris, öppnade festivalen."
    )


@pytest.mark.parametrize(
    ("event", "edit", "example"),
    [
        ("targi-pl", ("unit: konferencje", "unit: wydarzeń"), "W wydarzeniu wzięło udział {value}."),
        ("festival-sv", ("unit: scener", "unit: scenområden"), "Evenemanget samlade {value}."),
    ],
)
def test_validate_asks_for_a_sentence_with_an_example_in_the_language(
    event: str, edit: tuple[str, str], example: str, tmp_path: Path
) -> None:
    """A line that still reads 'Label: value' ('Konferencje i seminaria: co najmniej 24', 'Scener:
    7 scenområden') is named, with an example sentence in the event's language, not in English."""
    text = (HELD_OUT / f"{event}.yaml").read_text(encoding="utf-8")
    assert edit[0] in text
    source = tmp_path / f"{event}.yaml"
    source.write_text(text.replace(*edit), encoding="utf-8")
    warnings = [w for w in wording_warnings(prepare(source)) if "a label and a value" in w]
    assert len(warnings) == 1
    assert f'for example `sentence: "{example}"`' in warnings[0]


def test_a_polish_name_that_says_its_city_in_the_locative_names_no_city_again(tmp_path: Path) -> None:
    """'Targi Książki w Krakowie 2024' says Kraków: its closing sentence is '… zakończyły się 15 marca
    2024.', never '… w Krakowie' a second time (the verb agrees with 'Targi'; 'MTBA', no initialism
    of this name, is not sure to, and keeps the line that needs no verb)."""
    text = (HELD_OUT / "targi-pl.yaml").read_text(encoding="utf-8")
    for old, new in (
        (
            "  name: Międzynarodowe Targi Budownictwa i Architektury 2024",
            "  name: Targi Książki w Krakowie 2024",
        ),
        ("  city: Poznań", "  city: Kraków"),
    ):
        assert old in text
        text = text.replace(old, new)
    source = tmp_path / "targi-pl.yaml"
    source.write_text(text, encoding="utf-8")
    briefing, deck = built(source, tmp_path / "out")
    closing = "Targi Książki w Krakowie 2024 (MTBA 2024) zakończyły się 15 marca 2024."
    # under the title that prints the name, the sentence names the fair by its short name
    story = next(line for line in seen(docx_text(briefing)).splitlines() if "zakończenie" in line)
    assert story.startswith("MTBA 2024: zakończenie 15 marca 2024.") and "Krakowie" not in story, story
    assert any(closing in seen(notes) for notes in pptx_notes(deck))
