"""A count of exactly one reads as a writer puts it (issue 19 item 4): 'An opening ceremony',
'Eine Eröffnungsfeier', not '1 opening ceremony'; any qualifier, a plural label or a noun whose
gender is not sure from its ending keeps the number, so no figure reads back as other than it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.sentences import figure

from ..conftest import WAIC


@dataclass
class Facts:
    label: str
    unit: str | None = "x"
    qualifier: str = "exactly"
    text: str = "1"
    currency: str | None = None
    as_of_text: str = ""
    note: str | None = None
    label_names_unit: bool = True

    @property
    def value_text(self) -> str:
        return self.text


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("Opening ceremony", "An opening ceremony"),
        ("Keynote speaker", "A keynote speaker"),
        ("University partner", "A university partner"),
        ("Hour-long keynote", "An hour-long keynote"),
        ("AI lab", "An AI lab"),
        ("UN agency", "A UN agency"),
    ],
)
def test_an_english_count_of_one_takes_its_article(label: str, said: str) -> None:
    assert figure(Facts(label), "en_GB").text == said


@pytest.mark.parametrize(
    ("label", "locale", "said"),
    [
        ("Eröffnungsfeier", "de_DE", "Eine Eröffnungsfeier"),
        ("Nobelpreisträger", "de_DE", "Ein Nobelpreisträger"),
        ("Cérémonie d'ouverture", "fr_FR", "Une cérémonie d'ouverture"),
        ("Lauréat du prix Nobel", "fr_FR", "Un lauréat du prix Nobel"),
    ],
)
def test_a_german_or_french_count_of_one_takes_the_article_of_its_nouns_gender(
    label: str, locale: str, said: str
) -> None:
    assert figure(Facts(label), locale).text == said


@pytest.mark.parametrize(
    ("facts", "locale", "said"),
    [
        (
            Facts("Opening ceremony", qualifier="more than", text="more than 1"),
            "en_GB",
            "More than 1 opening",
        ),
        (Facts("Delegates"), "en_GB", "1 delegates"),
        (Facts("Opening ceremony", text="2"), "en_GB", "2 opening ceremony"),
        (Facts("Sitzplatz"), "de_DE", "1 Sitzplatz"),  # its gender is not sure from its ending
        (Facts("Große Eröffnungsfeier"), "de_DE", "1 große Eröffnungsfeier"),  # the adjective's ending
        (Facts("Bus de nuit"), "fr_FR", "1 bus de nuit"),
        (Facts("Opening ceremony"), "ja_JP", "Opening ceremony"),
    ],
)
def test_a_count_that_is_not_exactly_one_of_a_sure_noun_keeps_its_number(
    facts: Facts, locale: str, said: str
) -> None:
    assert figure(facts, locale).text.startswith(said)


def test_waics_briefing_lists_its_ceremonies_with_articles(briefing_path: Path) -> None:
    briefing = briefing_path  # the bundled event's briefing, built once for the session
    text = [p.text for p in Document(str(briefing)).paragraphs]
    assert "An opening ceremony" in text and "A closing ceremony" in text
    assert not any(t.startswith(("1 opening", "1 closing", "1 Nobel", "1 Fields")) for t in text)


def test_the_plan_finds_a_count_of_one_on_its_slide() -> None:
    """'A Nobel laureate' has no digit: the plan still says which slide prints it."""
    from click.testing import CliRunner

    from reportgen.cli import main

    shown = CliRunner().invoke(main, ["inspect", "--plan", str(WAIC)]).output
    assert "  Nobel laureate (1): deck: text (slide 7); briefing: bullet under 'Participants'\n" in shown
    assert "  Opening ceremony (1): deck: text (slide 6); briefing: bullet under 'Programme'\n" in shown
