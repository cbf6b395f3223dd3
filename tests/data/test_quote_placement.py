"""Where people's quotes and figures' quotes print (review J and K of issue 19): a key figure's
quote is not lost because a source's title names its amount or because it says what the figure's
sentence says; a pull quote is not printed again under the title; a person and their words stay on
one slide; a person's line is a sentence or the credit of their words; every printed quote is
credited; a summary a chart's caption leaves out is the slide's lead. The events are the
reviewers' own (tests/data/review_events/)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.data import titles
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.views import Quoted
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
NBSP = "\u00a0"


def _derived(name: str):
    summary = load_event(REVIEWS / name)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


def _built(name: str, out: Path) -> tuple[Path, Path]:
    result = build(REVIEWS / name, Settings.simple(out, TEMPLATES))
    files = {f.suffix: f for f in result.files}
    return files[".docx"], files[".pptx"]


def _paragraphs(briefing: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in Document(str(briefing)).paragraphs if p.text.strip()]


def _slides(deck: Path) -> list[tuple[str, list[str]]]:
    """Each slide's title and the other paragraphs it prints."""
    out = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        title = seen(title)  # its qualifier is tied to its number (data/ties.py)
        body = [
            p.text
            for shape in slide.shapes
            if shape.has_text_frame and shape != slide.shapes.title
            for p in shape.text_frame.paragraphs
            if p.text.strip()
        ]
        out.append((title, body))
    return out


def test_a_pull_quote_is_not_printed_again_under_the_title(tmp_path: Path) -> None:
    """Giornata, slide 9: the title was Davide Lucchesi's words and the body printed them again.
    (His, not the first person's: hers is too long for a title.)"""
    derived = _derived("giornata-lavoro-spezia-2026.yaml")
    page = next(p for s in derived.deck_sections if s.id == "persone" for p in s.deck_pages)
    said = "Quasi una persona su due ha ottenuto almeno un secondo colloquio entro la settimana"
    assert page.title_finding == f"«{said}»"
    assert not any(said in p for p in page.points)
    # his words credited under them (review Q), who he is said there, what he did in his line
    assert page.lead == "—\u00a0Davide\u00a0Lucchesi, direttore dell'Agenzia regionale per il lavoro"
    assert "Davide Lucchesi ha presentato gli esiti dei colloqui." in page.points
    _, deck = _built("giornata-lavoro-spezia-2026.yaml", tmp_path / "out")
    titled = [(t, body) for t, body in _slides(deck) if said in t]
    assert len(titled) == 1 and not any(said in line for line in titled[0][1])


def test_a_person_and_their_words_share_a_slide(tmp_path: Path) -> None:
    """Prix des Rives: Jean-Baptiste Le Goff-Arnaud's line closed one slide and his words opened
    the '(suite)' slide, with no speaker."""
    derived = _derived("prix-litteraire-fr.yaml")
    for section in derived.deck_sections:
        for page in section.deck_pages:
            for at, point in enumerate(page.points):
                if isinstance(point, Quoted):
                    assert at > 0 and not isinstance(page.points[at - 1], Quoted)
    _, deck = _built("prix-litteraire-fr.yaml", tmp_path / "out")
    for _, body in _slides(deck):
        if any("on y lit, on y écrit" in line for line in body):
            assert any(line.startswith("Jean-Baptiste Le Goff-Arnaud, vice-président") for line in body)
            break
    else:
        raise AssertionError("his words are on no slide")


def test_a_persons_line_is_a_sentence_or_the_credit_of_their_words(tmp_path: Path) -> None:
    """Hannover and the fun run: the person's role became the title and their bullet was left with
    no verb ('Dr. Katrin Vossberg, Vorstandsvorsitzende der …'), their words credited to the bare
    name under it. A courtesy titles no slide now (review O): their line is a sentence, with why
    they are named, and their words under it."""
    derived = _derived("industriemesse-hannover-de.yaml")
    page = next(p for s in derived.deck_sections if s.id == "investitionen" for p in s.deck_pages)
    assert page.title_finding == "Die Aussteller kündigten Investitionen von mehr als 3,8 Milliarden Euro an"
    assert "Dr. Katrin Vossberg, Vorstandsvorsitzende der Deutschen Industriemessen AG" not in page.points
    line = (
        "Dr. Katrin Vossberg, Vorstandsvorsitzende der Deutschen Industriemessen AG, zog am letzten "
        "Messetag Bilanz."
    )
    assert line in page.points
    words = page.points[page.points.index(line) + 1]
    assert isinstance(words, Quoted) and words.startswith("„Die Industrie investiert wieder")
    _, deck = _built("fun-run-en-gb.yaml", tmp_path / "out")
    slide = next(body for title, body in _slides(deck) if title.startswith("“Every runner today"))
    # her words titled the slide: who she is in their credit under them (review Q), what she did
    # in her line, a sentence
    assert slide[0] == "—\u00a0Priya\u00a0Raman, Chief Executive of Riverside Hospice"
    assert "Priya Raman thanked the runners and the hospice’s partners." in slide
    assert not [t for t, _ in _slides(deck) if "thanked" in t]


def test_a_key_figures_quote_is_printed_though_a_source_title_names_it(tmp_path: Path) -> None:
    """Giornata: 'oltre 8.500 visitatori' in the source's title kept the figure's quote out of the
    briefing; a title is a citation, not a printing (as the document check counts it)."""
    derived = _derived("giornata-lavoro-spezia-2026.yaml")
    assert derived.sections["giornata"].quoted_first == ("giornata.visitatori",)
    briefing, _ = _built("giornata-lavoro-spezia-2026.yaml", tmp_path / "out")
    lines = _paragraphs(briefing)
    at = lines.index(
        (
            "Quote",
            "«Oltre 8.500 persone hanno attraversato i padiglioni del Centro Allende "
            "nel corso della giornata.»",
        )
    )
    assert lines[at + 1] == (
        "Quote",
        f"—{NBSP}Regione Liguria – Agenzia regionale per il lavoro",
    )


def test_a_key_figures_quote_saying_its_sentence_is_printed(tmp_path: Path) -> None:
    """Anime expo: the goods sales quote says what the figure's sentence says, and was dropped as
    an echo, though the briefing prints no such sentence (the band has the figure, its bullet the
    breakdown alone)."""
    derived = _derived("anime-expo-ja.yaml")
    assert derived.sections["goods"].quoted_first == ("goods.uriage",)
    briefing, _ = _built("anime-expo-ja.yaml", tmp_path / "out")
    texts = [t for _, t in _paragraphs(briefing)]
    assert any(t.startswith("「会場とオンラインを合わせたグッズ売上は12") for t in texts)


def test_a_quote_of_an_event_of_one_source_is_not_credited_to_it_each_time(tmp_path: Path) -> None:
    """An event of one source: its title under every quote would print one line as many times as
    there are quotes (eight in WAIC); the Sources section names it once. A person's words are
    still credited to the person."""
    briefing, _ = _built("prix-litteraire-fr.yaml", tmp_path / "out")
    lines = _paragraphs(briefing)
    at = next(i for i, (_, t) in enumerate(lines) if "le comité de lecture a examiné 214 romans" in t)
    assert not lines[at + 1][1].startswith(f"—{NBSP}«{NBSP}Le Prix des Rives 2026")
    assert not [t for _, t in lines if t.startswith("— “The World Artificial")]


def test_a_summary_a_caption_leaves_out_is_the_charts_lead() -> None:
    """Fun run: '…, and the oldest finisher was 91' (the Runners summary) was on no slide, as the
    chart's caption took the title; it is the lead under it."""
    derived = _derived("fun-run-en-gb.yaml")
    page = next(p for s in derived.deck_sections if s.id == "runners" for p in s.deck_pages if p.chart)
    # its caption without ", with 720 taking part": the 30-39 bar prints 720 (review NN)
    assert page.title_finding == "Runners aged 30 to 39 were the largest group"
    assert (
        page.lead == "Families and workplace teams made up most of the field, and the oldest finisher was 91."
    )


def test_a_summary_of_two_joined_clauses_is_a_title_and_its_lead() -> None:
    """Film festival: 'A Romanian family drama took the top prize, and first-time directors won
    three of the five awards.' is too long for a title and had no cut point, so the slide was titled
    'Award winners' (a topic); a comma and 'and' before a second complete clause is one."""
    derived = _derived("lakeshore-film-festival-2026.yaml")
    page = next(p for s in derived.deck_sections if s.id == "awards" for p in s.deck_pages)
    assert page.title_finding == "A Romanian family drama took the top prize"
    assert page.lead == "First-time directors won three of the five awards."
    # not a list's last item ('Spain, France, and Italy'), which is no clause
    listing = "Exhibitors came from Spain, France, and the rest of Europe in numbers never seen at the fair."
    assert titles.title_and_lead(listing) == ("", listing)


def test_a_sentence_about_a_later_charts_figures_is_on_its_slide(tmp_path: Path) -> None:
    """Feria del vino, slide 4: 'El negocio ha crecido un 63,5 % en tres ediciones.' was beside the
    visitors' chart, and the business chart's slide had no text: it is that slide's message. Its
    caption ('El negocio pasó de unos 26 millones … a más de 42,5 millones en 2026') printed the
    news a third time (the tile, the last bar's label): the growth is the slide's title, and the
    caption is said in its notes (review O)."""
    derived = _derived("feria-vino-ribera-2026.yaml")
    pages = next(s for s in derived.deck_sections if s.id == "evolucion").deck_pages
    growth = "El negocio ha crecido un 63,5\u00a0% en tres ediciones."
    assert [(p.chart, p.points) for p in pages] == [("visitantes", ()), ("negocio", ())]
    assert pages[1].headline == growth
    _, deck = _built("feria-vino-ribera-2026.yaml", tmp_path / "out")
    slides = _slides(deck)
    assert not any(title.startswith("El negocio pasó de unos 26") for title, _ in slides)
    at = next(i for i, (title, _) in enumerate(slides) if title == seen(growth.rstrip(".")))
    notes = Presentation(str(deck)).slides[at].notes_slide.notes_text_frame.text
    caption = "El negocio pasó de unos 26 millones de euros en 2024 a más de 42,5 millones en 2026."
    assert caption in seen(notes)
    assert not any(
        growth in body for title, body in slides if title.startswith("Los visitantes profesionales")
    )


def test_an_awards_figure_with_its_own_sentence_is_said_in_it() -> None:
    """Film festival: 'Best First Feature ($20,000): …' set its prize in brackets and dropped the
    figure's `sentence:`, while the Golden Lantern's line used its own."""
    derived = _derived("lakeshore-film-festival-2026.yaml")
    points = [p for page in derived.sections["awards"].deck_pages for p in page.points]
    assert (
        'Best First Feature: Lucía Ferrán\'s "Low Tide, High Water" (Argentina) won the award for a debut. '
        "The Best First Feature winner receives $20,000." in points
    )
    assert not any("($20,000)" in p for p in points)


def test_a_key_figures_table_of_one_row_is_a_fourth_in_the_band(tmp_path: Path) -> None:
    """Wine fair: the briefing's key-figures table had one row ('Visitantes en 2026 | 27.300'),
    which the band of three (its amounts too wide for four) could not take, and the figure became
    its section's bullet: a key figure off the first page (review T). The band of four takes it, an
    amount's currency name on a second line ('42,5 millones / de euros'); the deck's tile stays.
    Round 23 (tiles23 after lead23): the bare count '86 catas dirigidas' is a key figure and fills
    the place the news left; since band24 the news keeps its band cell (review
    UU4 D) and the key figures the band has no room for are the table's; since band25, two of them
    are the band's second row (`band_more`: no table of two rows, review VV3 #4)."""
    derived = _derived("feria-vino-ribera-2026.yaml")
    first_page = [f.ref for f in (*derived.band_figures, *derived.band_more, *derived.table_rows)]
    assert "evolucion.visitantes_2026" in first_page
    assert "evolucion.visitantes_2026" not in [f.ref for f in derived.sections["evolucion"].briefing_figures]
    assert "evolucion.visitantes_2026" in [f.ref for page in derived.glance_pages for f in page]
    briefing, _ = _built("feria-vino-ribera-2026.yaml", tmp_path / "out")
    texts = [t for _, t in _paragraphs(briefing)]
    assert "27.300 visitantes en 2026" not in texts  # on the first page, not again as a bullet
    band = [c.text for c in Document(str(briefing)).tables[0].rows[0].cells]
    # the news (42,5 millones) keeps the band's first cell (review UU4 D, band24): its bar's label
    # in the briefing gives way; the band's second row takes the key figures its first has no room for
    assert "42,5" in band[0], band
    cells = [c.text for t in Document(str(briefing)).tables for c in t._cells]
    assert any(c.startswith("86") for c in cells), cells  # the bare count, a key figure (tiles23)
