"""The event's key line prints (issue 19, review 4b): the quote of the figure marked as the news
was kept in the speaker notes as its figure's third printing (the wine fair's "El volumen de
negocio … supera los 42,5 millones de euros.", the fun run's "… we raised almost £250,000 …").
The quote carries the figure: its plain line gives way, then a donut's total, and every amount the
quote states stays within MOST_REPEATS printings in each document (data/key_quotes.py)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.key_quotes import Forms, decide
from reportgen.data.load import load_event
from reportgen.office.quality import check_briefing, check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
NBSP = "\u00a0"


def _built(name: str, out: Path) -> tuple[Path, Path, list[str]]:
    """The briefing, the deck, and what the document check finds on them (and the build warned)."""
    path = REVIEWS / name
    result = build(path, Settings.simple(out, TEMPLATES))
    files = {f.suffix: f for f in result.files}
    summary = load_event(path)
    locale = summary.formatting.locale
    derived = derive(summary, Formatter(locale, dict(summary.formatting.currency_labels)))
    amounts = [f.amount_text for f in derived.figures.values()]
    cited = [str(s.title) for s in summary.sources.values()]
    found = [
        *result.warnings,
        *check_briefing(files[".docx"], "briefing", amounts, locale, cited=cited),
        *check_deck(files[".pptx"], "deck", amounts, locale, cited=cited),
    ]
    return files[".docx"], files[".pptx"], found


def _paragraphs(briefing: Path) -> list[str]:
    """The briefing's paragraphs as a reader sees them (the ties are tests/data/test_no_break.py's)."""
    return [seen(p.text) for p in Document(str(briefing)).paragraphs if p.text.strip()]


def _slides(deck: Path) -> list[list[str]]:
    return [
        [p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
        for slide in Presentation(str(deck)).slides
    ]


def test_the_wine_fairs_key_line_is_printed_in_both_documents(tmp_path: Path) -> None:
    # the amount bound to its scale and currency with no-break spaces, as every text sets it
    amount = f"42,5{NBSP}millones{NBSP}de{NBSP}euros"
    said = f"«El volumen de negocio generado durante la feria supera los {amount}.»"
    credit = f"—{NBSP}«FEVIN 2026 cierra su edición con un volumen de negocio récord»"
    briefing, deck, found = _built("feria-vino-ribera-2026.yaml", tmp_path / "out")
    lines = _paragraphs(briefing)
    at = lines.index(seen(said))  # under its section's summary, credited to its source
    assert lines[at - 2 : at] == [
        "La feria en cifras",
        "Las bodegas extranjeras ya son casi una de cada cinco expositoras y el negocio cerrado en la "
        "feria supera por primera vez los cuarenta millones.",
    ]
    assert lines[at + 1] == seen(credit)
    # the deck: the title of its section's slide, the news in its source's words (review O: a
    # minor figure's sentence was the title, the key line a bullet under it)
    slide = next(s for s in _slides(deck) if "La feria en cifras" in s)
    assert said.replace(".»", "»") in slide
    assert credit not in slide
    assert found == []  # the amount's two figures print it at most twice each, in each document


def test_the_fun_runs_key_line_takes_the_donuts_total(tmp_path: Path) -> None:
    """£250,000 was printed in the band (a tile) and in the donut's hole (its title): the quote is
    its second printing now, and the donut draws its parts without the total."""
    said = (
        "“Thanks to everyone who ran, walked and cheered, we raised almost £250,000 – enough to fund "
        "more than 400 nights of nursing care.”"
    )
    credit = f"—{NBSP}“Fun Run 2026 raises record sum for night nursing”"
    summary = load_event(REVIEWS / "fun-run-en-gb.yaml")
    derived = derive(summary, Formatter("en_GB"))
    assert derived.charts["giving"].total_text == ""
    assert derived.sections["fundraising"].quoted_first == ("fundraising.raised",)
    briefing, deck, found = _built("fun-run-en-gb.yaml", tmp_path / "out")
    lines = _paragraphs(briefing)
    at = lines.index(seen(said))
    assert lines[at + 1] == seen(credit) and lines[at - 2] == "Fundraising"
    slides = Presentation(str(deck)).slides
    donut = next(s for s in slides for sh in s.shapes if sh.has_chart and sh.chart.chart_type == -4120)
    assert next(sh for sh in donut.shapes if sh.has_chart).chart.chart_title.text_frame.text == (
        "Where the money came from"
    )
    texts = [seen(p.text) for sh in donut.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert seen(f"{said} {credit}") in texts
    assert found == []


def test_the_quote_takes_the_place_of_its_figures_line() -> None:
    """A figure printed as a tile and a bullet: its quote replaces the bullet. One already printed
    twice elsewhere (a chart's label and caption): the quote stays in the notes. A donut's total
    gives way where nothing else can."""
    amounts = {"a": 1.0, "b": 2.0}
    line = Forms({"a": 2, "b": 0}, frozenset({"a"}))
    full = Forms({"a": 2, "b": 0})
    donut = Forms({"a": 2, "b": 0}, donut_totals={"pie": "a"})
    carried = decide({"a": frozenset({"a"})}, amounts, line, full, 2)
    assert (carried.briefing, carried.deck) == (frozenset({"a"}), frozenset())
    carried = decide({"a": frozenset({"a", "b"})}, amounts, full, donut, 2)
    assert (carried.briefing, carried.deck, carried.bare_donuts) == (frozenset(), {"a"}, {"pie"})
    # two figures of one amount share its printings: two each
    carried = decide({"a": frozenset({"a"})}, {"a": 1.0, "b": 1.0}, Forms({"a": 1, "b": 2}), full, 2)
    assert carried.briefing == {"a"}
