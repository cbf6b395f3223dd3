"""Review AA (round 14): no slide holds one sentence or one quote alone. A lone sentence a chart
leaves is that chart's lead; a summary whose figures are all tiles, or the news's quote no chart
slide has room for, is the lead line of its page of tiles; and the document check names a slide
whose body is one sentence or one quote with room left."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, pptx_notes

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: Review MM's agri-food fair (nl_NL).
AGRIFOOD = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-nl.yaml"


def _slides(event: str | Path, out: Path) -> tuple[list[tuple[list[str], bool, int]], Path, list[str]]:
    """Each slide as (its texts but the footer's, whether it draws a chart, its tiles), the deck,
    and the build's warnings."""
    result = build(event if isinstance(event, Path) else REVIEWS / event, Settings.simple(out, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = []
    for slide in Presentation(str(deck)).slides:
        texts = [
            s.text_frame.text.replace("\u00a0", " ").replace("\u2060", "")
            for s in slide.shapes
            if s.has_text_frame and s.text_frame.text.strip() and s.name != "Source"
        ]
        tiles = sum(1 for s in slide.shapes if s.name.startswith("Key figure"))
        slides.append((texts, any(s.has_chart for s in slide.shapes), tiles))
    return slides, deck, result.warnings


def test_the_fund_sentence_is_the_lead_of_the_co_production_chart(tmp_path: Path) -> None:
    slides, _, warnings = _slides("marche-film-montreal-fr-ca.yaml", tmp_path)
    assert warnings == []
    fund = "un fonds de 4,5 millions de dollars"
    holding = [(texts, chart, tiles) for texts, chart, tiles in slides if any(fund in t for t in texts)]
    assert len(holding) == 1
    # the chart's lead, or the lead of the tiles' page where the section's summary takes the
    # chart's (round 15: summary10)
    assert holding[0][1] or holding[0][2], "the fund sentence is on a slide of its own"


def test_the_showcases_key_quote_is_the_lead_of_its_figures_tile(tmp_path: Path) -> None:
    """Its chart's lead has no room left for it (two sentences already): never a slide of the quote
    alone under its section's name, the kicker of the chart's slide before it. Where it would be
    its figure's third printing in the deck (the tile, the dot's label), it is in the notes."""
    slides, _, warnings = _slides("game-showcase-online-ja-jp.yaml", tmp_path)
    assert warnings == []
    quote = "1億2800万回を超え"
    holding = [(texts, chart, tiles) for texts, chart, tiles in slides if any(quote in t for t in texts)]
    # where its figure's tile and the dot's label print it twice already, it stays in the notes
    # (charts9: the dot keeps its label, as the quote is on no slide of its chart)
    assert len(holding) <= 1
    for texts, chart, tiles in holding:
        assert chart or tiles, f"the news's quote stands on a slide of its own: {texts}"


def test_the_investment_summary_is_the_lead_of_its_tiles(tmp_path: Path) -> None:
    slides, _, warnings = _slides("bengaluru-techexpo-en-in.yaml", tmp_path)
    assert warnings == []
    summary = "State agencies and private investors announced commitments"
    holding = [(texts, tiles) for texts, _, tiles in slides if any(summary in t for t in texts)]
    assert len(holding) == 1
    assert holding[0][1] > 0, "the summary stands alone on a slide, not over its tiles"


def test_a_template_without_the_lead_box_keeps_the_summary_in_the_notes(tmp_path: Path) -> None:
    """A user's deck template whose tile slides have no lead box: the summary is in their notes."""
    import shutil

    folder = tmp_path / "templates"
    folder.mkdir()
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    for slide in prs.slides:
        for shape in list(slide.shapes):
            if shape.name == "Lead":
                shape._element.getparent().remove(shape._element)
    prs.save(str(folder / "deck.pptx"))
    shutil.copy(TEMPLATES / "briefing.docx", folder / "briefing.docx")
    result = build(REVIEWS / "bengaluru-techexpo-en-in.yaml", Settings.simple(tmp_path / "out", folder))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    summary = "State agencies and private investors announced commitments"
    assert any(summary in n.replace("\u00a0", " ") for n in pptx_notes(deck))


def _deck(tmp_path: Path, body: list[str], chart: bool = False) -> Path:
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Event"
    for _ in range(2):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = "Coproductions"
        frame = slide.placeholders[1].text_frame
        frame.text = body[0]
        for line in body[1:]:
            frame.add_paragraph().text = line
        if chart:
            slide.shapes.add_picture(
                str(ROOT / "tests" / "events" / "logo.png"), Inches(1), Inches(3), Inches(8)
            )
    path = tmp_path / "x-deck.pptx"
    prs.save(str(path))
    return path


def test_the_check_names_a_slide_of_one_sentence(tmp_path: Path) -> None:
    one = "Téléfilm Canada et la SODEC ont annoncé un fonds de 4,5 millions de dollars sur trois ans."
    warnings = check_deck(_deck(tmp_path, [one]), "x-deck.pptx", locale="fr_CA")
    assert any("slide 2" in w and "one sentence" in w for w in warnings), warnings
    assert not any("slide 3" in w and "one sentence" in w for w in warnings), "the closing slide"


def test_the_closing_slide_before_the_sources_slide_may_be_one_sentence(tmp_path: Path) -> None:
    """Review SS1 #9: a closing section the plan set alone as a statement ('Næste år', 'Next year'),
    no slide before it having room, is the deck's closing slide with a Sources slide after it:
    the check lets it be, as it lets the last slide be; a slide of one sentence before it is named."""
    one = "CobaltDev 2027 returns to Moscone West in May 2027 and adds a second stage in Singapore."
    path = _deck(tmp_path, [one])
    prs = Presentation(str(path))
    cited = ["CobaltDev 2026 closes with record attendance", "A week of edge computing in San Francisco"]
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Sources"
    frame = slide.placeholders[1].text_frame
    frame.text = f"“{cited[0]}”, Cobalt Systems, May 14, 2026. https://example.com/news"
    frame.add_paragraph().text = f"“{cited[1]}”, The Register, May 15, 2026."
    prs.save(str(path))
    warnings = check_deck(path, "x-deck.pptx", sources=cited)
    assert any("slide 2" in w and "one sentence" in w for w in warnings), warnings
    assert not any("slide 3" in w and "one sentence" in w for w in warnings), warnings


def test_the_check_names_a_slide_of_one_quote(tmp_path: Path) -> None:
    said = "「2日間の総視聴回数は1億2800万回を超え、過去最多となりました。」——ネクストプレイ実行委員会"
    warnings = check_deck(_deck(tmp_path, [said]), "x-deck.pptx", locale="ja_JP")
    assert any("slide 2" in w and "one quote" in w for w in warnings), warnings


def test_the_check_lets_two_sentences_or_a_chart_be(tmp_path: Path) -> None:
    two = ["Les acheteurs étaient plus nombreux.", "Au total, 112 projets ont été présentés."]
    assert not [w for w in check_deck(_deck(tmp_path, two), "x-deck.pptx") if "one sentence" in w]
    one = ["Les acheteurs étaient plus nombreux qu’à toute édition précédente."]
    drawn = check_deck(_deck(tmp_path, one, chart=True), "x-deck.pptx")
    assert not [w for w in drawn if "one sentence" in w]


def test_the_check_lets_a_slide_titled_by_what_it_says_be(tmp_path: Path) -> None:
    """The rest of a section after its chart, titled by what it says (its section's name a kicker
    above the title), stands alone by the plan's choice (review R): no warning."""
    path = _deck(tmp_path, ["Die Ausstellungsfläche wuchs auf 53.000 Quadratmeter."])
    prs = Presentation(str(path))
    slide = prs.slides[1]
    slide.shapes.title.top = Inches(0.4)
    kicker = slide.shapes.add_textbox(Inches(0.5), Inches(0.05), Inches(8), Inches(0.3))
    kicker.text_frame.text = "Aussteller und Fläche"
    prs.save(str(path))
    warnings = check_deck(path, "x-deck.pptx", locale="de_DE")
    assert not [w for w in warnings if "slide 2" in w and "one sentence" in w], warnings


def _plan(text: str, tmp_path: Path):
    from reportgen.data.derive import derive
    from reportgen.data.formatting import Formatter
    from reportgen.data.load import load_event

    path = tmp_path / "event.yaml"
    path.write_text(text, encoding="utf-8")
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


@pytest.mark.parametrize(
    ("locale", "label"), [("nl_NL", "Hoofdsponsors"), ("de_DE", "Hauptsponsoren"), ("fr_FR", "Partenaires")]
)
def test_a_short_list_left_after_its_chart_is_a_line_of_the_closing_slide(
    locale: str, label: str, tmp_path: Path
) -> None:
    """Review MM: the fair's sponsors, a short list set as one sentence, were all its section had
    left after the chart of foreign exhibitors: a slide of 'Hoofdsponsors: Rabobank …' alone under
    'Bezoekers en exposanten'. Titled by its label (round 20), it was still six names set large on
    a slide of their own (review OO1). The list is a line of the deck's closing slide, after the
    programme, its label leading it, in whatever language; no slide of its section prints it."""
    text = AGRIFOOD.read_text(encoding="utf-8")
    text = text.replace("locale: nl_NL", f"locale: {locale}").replace(
        "label: Hoofdsponsors", f"label: {label}"
    )
    derived = _plan(text, tmp_path)
    holding = [
        (s.id, p)
        for s in derived.deck_sections
        for p in s.deck_pages
        if "FrieslandCampina" in " ".join(p.points)
    ]
    assert len(holding) == 1
    sid, page = holding[0]
    assert sid == "programma" and page is derived.deck_sections[-1].deck_pages[-1]  # the closing slide
    line = next(p for p in page.points if "FrieslandCampina" in p)
    assert line.startswith(label) and "Royal A-ware" in line
    assert line in page.paras  # a paragraph of its own, not a bullet of the programme
    assert not [
        p for s in derived.deck_sections if s.id == "bezoek" for p in s.deck_pages if p.layout == "points"
    ]


def test_the_fairs_sponsors_are_on_its_closing_slide(tmp_path: Path) -> None:
    slides, _, warnings = _slides(AGRIFOOD, tmp_path)
    assert warnings == []
    holding = [texts for texts, _, _ in slides if any("FrieslandCampina" in t for t in texts)]
    assert len(holding) == 1
    assert holding[0] == slides[-1][0]  # the closing slide
    assert "Programma" in holding[0]
    assert any("Kennisplein" in t and "FrieslandCampina" in t for t in holding[0])  # one body, after it


def test_the_check_names_a_list_alone_on_a_slide_under_a_kicker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fair's deck as the plan set it before (round 20): its sponsors on a slide of their own,
    titled 'Hoofdsponsors', its section's name a kicker over it. A kicker over a title says the
    title states what the slide says; a list of names alone is a leftover under any title."""
    from reportgen.data import derive
    from reportgen.data.plan import folding

    monkeypatch.setattr(folding, "_closing_strips", tuple)
    # as round 20 set it: the names one sentence, not yet a list (plan/list_lines.py)
    monkeypatch.setattr(derive, "lists_as_lists", lambda sections, fmt: sections)
    slides, _, warnings = _slides(AGRIFOOD, tmp_path)
    alone = [i for i, (texts, _, _) in enumerate(slides, 1) if "Hoofdsponsors" in texts]
    assert alone, "the sponsors have no slide of their own"
    named = [w for w in warnings if "one list alone" in w]
    assert [w for w in named if f"slide {alone[0]}:" in w], warnings


def test_a_list_its_section_keeps_alone_is_its_names_a_line_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review RR3 D1: where no closing slide takes the fair's sponsors, their slide after the chart
    held 'Hoofdsponsors:' and six names as one sentence set large, or under a borrowed '(vervolg)':
    titled by its own label, its names a line each, in any language."""
    from reportgen.data.plan import folding

    monkeypatch.setattr(folding, "_closing_strips", tuple)
    for locale, label in (("nl_NL", "Hoofdsponsors"), ("de_DE", "Hauptsponsoren")):
        text = AGRIFOOD.read_text(encoding="utf-8")
        text = text.replace("locale: nl_NL", f"locale: {locale}").replace(
            "label: Hoofdsponsors", f"label: {label}"
        )
        derived = _plan(text, tmp_path)
        (page,) = [p for s in derived.deck_sections for p in s.deck_pages if "FrieslandCampina" in p.points]
        assert page.found == label  # its own label, not "(vervolg)" of the chart before it
        assert list(page.points) == [
            "Rabobank Noord-Nederland",
            "FrieslandCampina",
            "Royal A-ware",
            "Agrifirm",
            "Lely",
            "Provincie Fryslân",
        ]
