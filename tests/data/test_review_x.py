"""Review X: the news is a title, and a figure is printed where the plan says, no more.

The book fair (es_CO): its visitors FELL, from 612.000 (2025) to about 580.000 (2026), and each of
the two amounts was printed three times in each document (the band or a tile, the news's quote, a
bar of the trend) while the check stayed silent: the quote was "the source's words, not
counted". The decline its caption stated was dropped to the notes and the chart's slide was
titled "Asistencia"; the fall's 5,2 % was printed in the band and again as a bullet. The festival
(it_CH): its news quote opened "Altri momenti salienti" with no credit, away from its section."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.data.chart_data import as_drawn
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan_view import plan_data, plan_text
from reportgen.office.repeats import repeated
from reportgen.pipeline.pipeline import build, not_printings
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
FAIR = REVIEWS / "filbo-es-co.yaml"
FESTIVAL = REVIEWS / "castello-it-ch.yaml"


def _briefing_texts(path: Path) -> list[str]:
    """The briefing's paragraphs and table cells, as a reader sees them."""
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return [seen(t) for t in (*(p.text for p in document.paragraphs), *cells) if t.strip()]


def _slides(path: Path) -> list[tuple[str, list[str], list[float]]]:
    """Each slide's title, its other texts, and the values its native charts draw."""
    out = []
    for slide in Presentation(str(path)).slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        texts = [
            seen(sh.text_frame.text)
            for sh in slide.shapes
            if sh.has_text_frame and sh != slide.shapes.title and sh.text_frame.text.strip()
        ]
        values = [
            v
            for sh in slide.shapes
            if sh.has_chart
            for p in sh.chart.plots
            for s in p.series
            for v in s.values
        ]
        out.append((seen(title), texts, values))
    return out


def _labels(path: Path) -> list[str]:
    """The value labels the deck's native charts print."""
    return [
        seen(point.data_label.text_frame.text)
        for slide in Presentation(str(path)).slides
        for shape in slide.shapes
        if shape.has_chart
        for plot in shape.chart.plots
        for series in plot.series
        for point in (series.points[i] for i in range(len(series.values)))
        if point.data_label.has_text_frame
    ]


def test_the_book_fairs_visitors_are_printed_at_most_twice_in_each_document(tmp_path: Path) -> None:
    """580.000 and 612.000: each a tile or the band, and a bar of the trend; the news's quote,
    which states both, would be the third printing of each. Review Y had the two bars give way;
    round 16: a bar left bare reads as a value missing, so the bars keep their labels and the
    quote stays in the notes. (The release's title, which names 580.000, is a citation.)
    Round 23 (lead23): the briefing opens with the quote and the band gives its figure up, so the
    quote is one of the briefing's two printings, said once; the deck keeps it in its notes.
    Round 24 (band24, review UU4 D): the band keeps 580.000 as well, and the 2026 bar of the
    briefing's picture gives its label up instead (as drawn: chart_data.as_drawn); the deck's
    bars keep theirs.
    Round 25 (newsbar25; reviews VV1 A, VV3 NEW-1, VV4 N1, WW1 #1): the bare bar read as a broken
    build; a labelled chart's labels are all or none and none of them is a printing
    (plan/stated.py `counted_labels`), so the briefing prints each amount twice in its prose and
    tables, and its picture labels every bar, 2026's too."""
    result = build(FAIR, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    files = {f.suffix: f for f in result.files}
    cited = str(load_event(FAIR).sources["cierre"].title)
    slides = [
        (title, [t.replace(cited, "") for t in texts], values)
        for title, texts, values in _slides(files[".pptx"])
    ]
    briefing = [t.replace(cited, "") for t in _briefing_texts(files[".docx"])]
    assert files[".docx"].with_name("filbo-2026-chart-tendencia.png").exists()
    summary = load_event(FAIR)
    trend = as_drawn(derive(summary, Formatter("es_CO")).charts["tendencia"], "briefing")
    drawn = [b.text for b in trend.bars]  # the briefing picture's labels
    labels = _labels(files[".pptx"])
    # the briefing's prose and tables: 580.000 in the lede and the band, 612.000 in the lede
    for amount, prose in (("580.000", 2), ("612.000", 1)):
        deck = sum(t.count(amount) for title, texts, _ in slides for t in (title, *texts))
        assert deck + sum(t.count(amount) for t in labels) == 2, amount
        assert sum(t.count(amount) for t in briefing) == prose, amount
        assert sum(t.count(amount) for t in drawn) == 1, drawn  # its bar's label, no printing
    assert any("580.000" in cell and "612.000" not in cell for cell in briefing), briefing  # band
    assert not any("La feria recibió cerca de 580.000" in t for _, texts, _ in slides for t in texts)
    assert sum("La feria recibió cerca de 580.000" in t for t in briefing) == 1, briefing


def test_every_bar_of_the_book_fairs_briefing_trend_is_labelled() -> None:
    """Round 16: a bar left bare reads as a value missing. Split from the printings test above in
    round 24, where band24 left the fall's news bar bare in the briefing's picture; no longer
    expected to fail since round 25 (newsbar25: a chart's value labels are no printings)."""
    trend = as_drawn(derive(load_event(FAIR), Formatter("es_CO")).charts["tendencia"], "briefing")
    assert all(b.text for b in trend.bars), [b.text for b in trend.bars]


def test_the_check_counts_the_news_quote() -> None:
    """The document check reads the news's key quote as a printing, as a reader does and as the
    plan counts it: the tile, the quote and a bar print 580.000 three times."""
    summary = load_event(FAIR)
    derived = derive(summary, Formatter("es_CO"))
    quote = derived.figures["asistencia.visitantes"].quote
    assert quote is not None
    texts = [("slide 2", "alrededor de 580.000"), ("slide 4", f"«{quote.text}»"), ("slide 4", "580.000")]
    found = repeated(["alrededor de 580.000"], texts, "deck", "es_CO", not_printings(summary, derived))
    assert len(found) == 1 and "3 times" in found[0], found


def test_the_fall_titles_the_trends_slide(tmp_path: Path) -> None:
    """The caption that states the fall gives way (it would print the news a third time); the
    fall still reaches the slide's title, in the words of the figure that states it."""
    result = build(FAIR, Settings.simple(tmp_path, TEMPLATES))
    slides = _slides({f.suffix: f for f in result.files}[".pptx"])
    title = next(title for title, _, values in slides if 580000 in values)
    assert title != "Asistencia"
    assert "cayó" in title and "5,2" in title, title
    # and the plan says so: the fall's figure is the tile and the title, twice
    summary = load_event(FAIR)
    text = plan_text(plan_data(summary, derive(summary, Formatter("es_CO"))))
    line = next(line for line in text.splitlines() if line.startswith("  Caída de la asistencia"))
    assert "tile (slide 2), title (slide 4)" in line, line
    assert "titled with a figure's sentence" in text


def test_a_first_page_figures_rewording_is_no_bullet(tmp_path: Path) -> None:
    """'La asistencia cayó un 5,2 % frente a la edición anterior' says what the band's label says
    ('Caída de la asistencia frente a 2025'): the section prints no bullet for it."""
    result = build(FAIR, Settings.simple(tmp_path, TEMPLATES))
    briefing = _briefing_texts({f.suffix: f for f in result.files}[".docx"])
    assert sum("5,2" in t for t in briefing) == 1, [t for t in briefing if "5,2" in t]  # the band


def test_the_festivals_news_quote_stands_on_its_sections_slide_with_its_credit(tmp_path: Path) -> None:
    """The quote of the audience's 48’500 is the Pubblico section's: on its chart's slide (a chart
    of twelve places, too wide for bullets beside it), credited to its source, not the first line
    of 'Altri momenti salienti' under the section's name; in the briefing, credited too."""
    result = build(FESTIVAL, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    files = {f.suffix: f for f in result.files}
    said = "48’500 spettatori hanno seguito i concerti"
    slides = _slides(files[".pptx"])
    quoting = [(title, texts, values) for title, texts, values in slides if any(said in t for t in texts)]
    assert len(quoting) == 1
    _, texts, values = quoting[0]
    assert 9800 in values  # the chart of the places
    line = next(t for t in texts if said in t)
    assert "Associazione Musica nei Castelli" in line, line
    briefing = _briefing_texts(files[".docx"])
    at = next(i for i, t in enumerate(briefing) if said in t)
    assert "Associazione Musica nei Castelli" in briefing[at + 1], briefing[at : at + 2]
