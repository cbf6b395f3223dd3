"""Review CC item 4, as classes in every language: the section the data marks as the news (a
figure with `headline: true`) never folds into the catch-all 'Other highlights' slide; that slide
keeps the file's order, so it never comes after the voices unless its sections close the file; and
a section's text folds onto another slide only where the two fit at the body's size (the Swedish
festival's 'Andra höjdpunkter', three sections in 14 lines at 18.6 pt after the artists' voices;
the Austrian fair's 'Programm und Schwerpunkte' paragraph filling the Bilanz slide to its foot)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import OTHER_HIGHLIGHTS
from reportgen.data.formatting import Formatter
from reportgen.data.plan.folding import _folded
from reportgen.data.plan.views import DeckPage, SectionView
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, pptx_slide_texts

REVIEWS = ROOT / "tests" / "data" / "review_events"


SOLD = "The festival sold out for the first time, weeks before its gates opened"
ROSE = "Turnover rose sharply, and visitors spent more in the town than a year ago"
GREEN = "All food on the site was vegetarian, and drinking water was free to all"


BILANZ = (
    "Die Zahl der Fachbesucher ging gegenüber 2025 um rund 12,7 % zurück.",
    "Die Ausstellungsfläche betrug 21.500 m² auf vier statt sechs Hallen.",
    "Die Zahl der Aussteller sank um 12,2 % auf 412 aus neun Ländern.",
)


def _section(sid: str, title: str, pages: tuple[DeckPage, ...], news: bool = False) -> SectionView:
    figures = (_news_figure(),) if news else ()
    return SectionView(sid, title, None, {}, figures, {}, (), (), deck_pages=pages)


def _news_figure():  # a stand-in with the one field the fold reads
    class Figure:
        headline = True

    return Figure()


def _text(*points: str, headline: str = "") -> DeckPage:
    return DeckPage("points", "", points, headline, True, False)


@pytest.mark.parametrize("locale", ["en_GB", "sv_SE", "de_AT", "ja_JP"])
def test_the_news_never_folds_into_other_highlights_and_the_catch_all_keeps_the_files_order(
    locale: str,
) -> None:
    chart = DeckPage("chart", "c", (), "A finding", True, False)
    voices = _text(
        *(f"Speaker {n}, who opened the festival on the main stage on its first evening" for n in range(4)),
        headline="Artists on the festival.",
    )
    sections = (
        _section("news", "Tickets", (_text(SOLD, "Pass: 2,195"),), news=True),
        _section("chart", "Trend", (chart,)),
        _section("money", "Money", (_text(ROSE, "Guest nights: 21,400"),)),
        _section("green", "Green", (_text(GREEN, "Water stations: 12"),)),
        _section("voices", "Voices", (voices,)),
    )
    folded = _folded(sections, Formatter(locale))
    ids = [s.id for s in folded if s.deck_pages]
    assert "news" in ids  # a slide of its own, or another's that names it: never the catch-all
    other = next(s for s in folded if s.id == OTHER_HIGHLIGHTS)
    assert "news" not in other.deck_pages[0].folded
    assert other.deck_pages[0].folded == ("money", "green")
    assert ids.index(OTHER_HIGHLIGHTS) < ids.index("voices")  # the voices close the deck


def test_the_catch_all_closes_the_deck_where_its_sections_close_the_file() -> None:
    voices = _text(
        *(f"Speaker {n}, who opened the festival on the main stage on its first evening" for n in range(4)),
        headline="Artists on the festival.",
    )
    sections = (
        _section("voices", "Voices", (voices,)),
        _section("money", "Money", (_text(ROSE, "Guest nights: 21,400"),)),
        _section("green", "Green", (_text(GREEN, "Water stations: 12"),)),
    )
    ids = [s.id for s in _folded(sections, Formatter("sv_SE")) if s.deck_pages]
    assert ids == ["voices", OTHER_HIGHLIGHTS]


def test_a_section_the_file_folds_may_still_go_to_the_catch_all() -> None:
    """`deck: fold` is the file's say: the news section it names folds as asked."""
    sections = (
        _section("chart", "Trend", (DeckPage("chart", "c", (), "A finding", True, False),)),
        _section("news", "Tickets", (_text(SOLD, "Pass: 2,195"),), news=True),
        _section("money", "Money", (_text(ROSE, "Guest nights: 21,400"),)),
    )
    asked = tuple(s if s.id != "news" else replace(s, deck="fold") for s in sections)
    other = next(s for s in _folded(asked, Formatter("en_GB")) if s.id == OTHER_HIGHLIGHTS)
    assert other.deck_pages[0].folded == ("news", "money")


def test_a_text_folds_only_where_it_fits_at_the_bodys_size() -> None:
    """A paragraph of six rows under a slide of four: the two would fill the slide to its foot
    (the Austrian fair's programme under 'Bilanz'); it keeps a slide of its own."""
    paragraph = " ".join(["Die Vortragssäle waren voll, und die Foren zur Sanierung waren gefragt."] * 5)
    sections = (
        _section("bilanz", "Bilanz", (_text(*BILANZ, headline="Zwei Hallen blieben geschlossen."),)),
        _section("programm", "Programm", (DeckPage("points", "", (), paragraph, True, False),)),
    )
    folded = {s.id: s for s in _folded(sections, Formatter("de_AT"))}
    assert folded["bilanz"].deck_pages[0].folded == ()
    assert folded["programm"].deck_pages and folded["programm"].deck_pages[0].headline == paragraph


def _body_scales(deck: Path) -> list[tuple[int, str, str]]:
    """Each body text box's autofit scale (its `fontScale`, '' where it is set at its size)."""
    found = []
    for number, slide in enumerate(Presentation(str(deck)).slides, start=1):
        for shape in slide.shapes:
            if shape.name == "Section text":
                fit = shape.text_frame._txBody.bodyPr.find(
                    "{http://schemas.openxmlformats.org/drawingml/2006/main}normAutofit"
                )
                scale = fit.get("fontScale", "") if fit is not None else ""
                found.append((number, shape.text_frame.text, scale))
    return found


def test_the_swedish_festivals_news_has_its_place_before_the_voices(tmp_path: Path) -> None:
    result = build(REVIEWS / "fyrskeppet-karlskrona-sv-se.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = pptx_slide_texts(deck)
    (news,) = [i for i, s in enumerate(slides) if "Festivalen sålde slut för första gången" in s]
    (voices,) = [i for i, s in enumerate(slides) if "Linnea Dahl" in s]
    assert "Andra höjdpunkter" not in slides[news]
    assert news < voices and voices == len(slides) - 1  # the artists close the deck
    folded = [(n, scale) for n, text, scale in _body_scales(deck) if "Hållbarhet" in text or n == news + 1]
    assert folded and all(scale == "" for _, scale in folded)  # at the body's size


def test_the_austrian_fairs_programme_is_not_crammed_under_bilanz(tmp_path: Path) -> None:
    result = build(REVIEWS / "gebaeudetechnik-salzburg-de-at.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = pptx_slide_texts(deck)
    (programme,) = [s for s in slides if "Trotz der kleineren Ausstellung" in s]
    assert "Zwei Hallen blieben geschlossen." not in programme


def test_the_check_names_a_slide_crowded_by_a_folded_section(tmp_path: Path) -> None:
    """The check reads the deck as built: a body box that takes another section's text under its
    heading and is shrunk, or filled to its foot, is named, whatever the plan thought."""
    from reportgen.data.plan import folding

    event = REVIEWS / "gebaeudetechnik-salzburg-de-at.yaml"
    original, neighbours = folding.BODY_ROWS, folding._neighbours
    folding.BODY_ROWS = 99  # the plan as it was: the programme folds under Bilanz
    # (across the chart slide between them, as review GG's rule no longer lets it)
    folding._neighbours = lambda kept, at, waiting: (range(at - 1, -1, -1), range(at + 1, len(kept)))
    try:
        result = build(event, Settings.simple(tmp_path, TEMPLATES))
    finally:
        folding.BODY_ROWS, folding._neighbours = original, neighbours
    deck = next(f for f in result.files if f.suffix == ".pptx")
    warnings = check_deck(deck, "gts.pptx", locale="de_AT")
    assert any("slide 3" in w and "crowded" in w for w in warnings), warnings
    assert any("slide 3" in w and "crowded" in w for w in result.warnings)
