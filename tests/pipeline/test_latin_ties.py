"""In languages that space their words, a qualifier stays on its number's line and a date's day on
its month's, in both documents as built: reviewers saw 'mehr als / 3,8 Milliarden', 'nearly / RMB
15 billion', 'le 12 / novembre 2026' and '12 / November' (data/ties.py). And a Dutch, French,
Spanish, Italian or Portuguese title after a name takes a small letter when it opens with a role
noun, even before a name ('Esther Wolters, directeur Stichting Noordelijke Ontwerpweek')."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu, Pt

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings
from tests.conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_notes, pptx_slide_texts
from tests.pipeline.hostile_cases import MINIMAL

NB = "\u00a0"
DESIGN_WEEK = ROOT / "tests" / "data" / "review_events" / "ontwerpweek-zwolle-2026.yaml"

FRENCH = (
    MINIMAL.replace("sources:", "formatting:\n  locale: fr_FR\nsources:", 1)
    .replace(
        "    summary: Who came.",
        "    summary: Le salon a fermé le 12 novembre 2026, avec près de 15 milliards d’euros promis.",
        1,
    )
    .replace("  theme: Open doors", "  theme: Portes ouvertes")
)


def _built(source: Path, out: Path) -> tuple[list[str], str, str]:
    """The briefing's paragraphs, the deck's slides' text and the deck's notes."""
    result = build(source, Settings.simple(out, TEMPLATES))
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    return docx_paragraphs(briefing), "\n".join(pptx_slide_texts(deck)), "\n".join(pptx_notes(deck))


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], str, str]:
    folder = tmp_path_factory.mktemp("fr-ties")
    source = folder / "salon.yaml"
    source.write_text(FRENCH, encoding="utf-8")
    return _built(source, folder / "out")


@pytest.fixture(scope="module")
def dutch(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], str, str]:
    return _built(DESIGN_WEEK, tmp_path_factory.mktemp("nl-ties"))


def test_a_users_french_date_and_qualified_amount_print_tied_in_both_documents(
    french: tuple[list[str], str, str],
) -> None:
    briefing, slides, notes = french
    said = f"le 12{NB}novembre{NB}2026, avec près{NB}de{NB}15{NB}milliards{NB}d’euros promis."
    assert any(said in p for p in briefing), briefing
    # the deck: as its tiles' page's title (no stop, its last two words tied) or in the notes
    assert said.removesuffix(" promis.") in slides + notes
    # our own words too: the qualified figure ('plus de 1 000'), tied over its qualifier
    assert any(f"plus{NB}de{NB}1" in p for p in briefing), briefing


def test_the_dutch_design_weeks_dates_and_qualifiers_print_tied(dutch: tuple[list[str], str, str]) -> None:
    """lead23 sets the headline's news quote as the briefing's own first sentence (its lede), no longer a
    quotation: as the document's running text its qualifier is tied to its number, and it prints once."""
    briefing, slides, _ = dutch
    assert f"sloot op 25{NB}oktober{NB}2026 de deuren." in "\n".join(briefing)
    lede = next(p for p in briefing if "drukste editie" in p)
    assert lede.startswith(f"Met ruim{NB}212.000 bezoeken is dit de drukste editie"), lede
    assert sum("drukste editie" in p for p in briefing) == 1
    assert f"17–25{NB}oktober{NB}2026\u00a0· Zwolle,{NB}Nederland" in slides


def test_a_dutch_role_noun_after_a_name_takes_a_small_letter_in_both_documents(
    dutch: tuple[list[str], str, str],
) -> None:
    briefing, slides, _ = dutch
    assert (
        "Esther Wolters, directeur Stichting Noordelijke Ontwerpweek, sloot de ontwerpweek af"
        in "\n".join(briefing)
    )
    # the deck credits her quotation, set as the slide's title, with her title (titles3)
    assert "Esther\u00a0Wolters, directeur Stichting Noordelijke Ontwerpweek" in slides
    for text in ("\n".join(briefing), slides):
        assert "Ruud Bakker, wethouder Economie en Cultuur van de gemeente Zwolle, reikte" in text
        assert "Directeur" not in text and "Wethouder" not in text


def test_the_document_check_finds_a_qualifier_and_a_date_a_line_may_break(tmp_path: Path) -> None:
    """Typed into a user's template with plain spaces: each is named with its whole run."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Summary"
    box = slide.shapes.add_textbox(Emu(0), Emu(1828800), Emu(8229600), Emu(914400))
    box.text_frame.word_wrap = True
    box.text_frame.paragraphs[0].add_run().text = "The fair drew more than 700 exhibitors."
    for text in ("It closed on 12 November 2026.", f"Nearly RMB{NB}15{NB}billion was signed."):
        run = box.text_frame.add_paragraph().add_run()
        run.text, run.font.size = text, Pt(18)
    deck = tmp_path / "x-deck.pptx"
    prs.save(str(deck))
    advice = (
        "may break across lines between the number and its unit, scale word, currency, qualifier or "
        "date; join them with a no-break space (in Chinese and Japanese a word joiner, U+2060)"
    )
    assert check_deck(deck, "x-deck.pptx", locale="en_GB") == [
        f"x-deck.pptx: slide 1: 'more than 700' {advice}",
        f"x-deck.pptx: slide 1: '12 November 2026' {advice}",
        f"x-deck.pptx: slide 1: 'Nearly RMB 15 billion' {advice}",
    ]
