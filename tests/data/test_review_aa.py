"""Review AA's two new events: a clock time is one unit on a line ('à 16 h'), a band's conversion
breaks after its scale word where its cell is too narrow ('(environ 26 millions / d’euros)'), and
a first-page figure another section's chart labels prints no quote under its section (the fair's
'knapp 18.600': the band, the quote and the trend's 2026 bar)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from reportgen.data.formatting import Formatter
from reportgen.office import word, word_fit
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, docx_reading, pptx_slide_texts

REVIEWS = ROOT / "tests" / "data" / "review_events"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.parametrize(
    ("locale", "minute", "written"),
    [
        ("fr_CA", 0, "16\u00a0h"),
        ("fr_CA", 30, "16\u00a0h\u00a030"),
        ("en_GB", 0, "4\u00a0pm"),
        ("de_DE", 0, "16:00\u00a0Uhr"),
        ("ja_JP", 0, "16:00"),
    ],
)
def test_a_clock_time_is_one_unit(locale: str, minute: int, written: str) -> None:
    assert Formatter(locale).time(dt.datetime(2026, 11, 21, 16, minute)) == written


def test_the_film_markets_band_keeps_its_time_whole_and_breaks_its_conversion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the band of four in one row, as a restyled template's wider page keeps it: a quarter is too
    # narrow for the conversion (the bundled template sets this band as two rows of two, where it
    # fits whole: office/word_band_rows.py)
    monkeypatch.setattr(word, "split_crowded_bands", lambda body: [])
    result = build(REVIEWS / "marche-film-montreal-fr-ca.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    briefing = next(f for f in result.files if f.suffix == ".docx")
    paragraphs = docx_paragraphs(briefing)
    (at,) = [i for i, p in enumerate(paragraphs) if p.startswith("Ventes et préventes conclues")]
    # its date a line of its own under it, smaller (review RR2: a caption run to four lines)
    caption, as_of = paragraphs[at], paragraphs[at + 1]
    assert as_of.endswith("à\u00a016\u00a0h") and "16" not in caption
    assert "(environ 26 millions d’euros)" in caption.replace("\u00a0", " ")


def test_the_fairs_news_is_printed_twice_in_the_briefing(tmp_path: Path) -> None:
    """Round 24 (band24, review UU4 D): the news keeps its band cell and the lede writes it, its
    two printings; the trend's 2026 bar gives its value label up, and the picture's alt text,
    which names every value whether labelled or not, is no printing of it."""
    result = build(REVIEWS / "gebaeudetechnik-salzburg-de-at.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    briefing = next(f for f in result.files if f.suffix == ".docx")
    paragraphs = [p.replace("\u00a0", " ") for p in docx_paragraphs(briefing)]
    assert sum(p.count("18.600") for p in paragraphs) == 2, paragraphs  # the lede and the band
    assert any(p.startswith("Knapp 18.600 ") for p in paragraphs), paragraphs  # the lede
    alt = docx_reading(briefing).replace("\u00a0", " ").removeprefix("\n".join(paragraphs))
    assert alt.count("2026: knapp 18.600") == 1, alt  # the picture's alt text still names the bar


def test_a_quote_in_another_language_titles_no_slide(tmp_path: Path) -> None:
    """The film market's English quote (`language: en`) titled the French deck's slide of voices."""
    result = build(REVIEWS / "marche-film-montreal-fr-ca.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    titles = [s.shapes.title.text_frame.text for s in Presentation(str(deck)).slides if s.shapes.title]
    assert not [t for t in titles if "We came" in t], titles
    assert any("We came for one co-producer" in t for t in pptx_slide_texts(deck))  # still printed


CLOCKS = ("fr_CA", "en_US", "en_GB", "de_DE", "nl_NL", "pt_BR", "ko_KR", "sv_SE", "it_IT", "zh_CN")


@pytest.mark.parametrize("locale", [*CLOCKS, "es_ES", "pl_PL", "ja_JP", "zh_TW"])
def test_the_band_fit_never_frees_a_clock_times_tie(locale: str) -> None:
    """A band caption that ends with its as-of time keeps the time whole when the fit frees the
    amount's words, in every language's clock ('14.30 uur', '2 PM' as well as '16 h')."""
    fmt = Formatter(locale)
    time = fmt.time(dt.datetime(2026, 11, 21, 14, 30))
    paragraph = etree.fromstring(
        f'<w:p xmlns:w="{W}"><w:r><w:t>Sales (about 26\u00a0million\u00a0euros), {time}</w:t></w:r></w:p>'
    )
    word_fit._free_unit(paragraph)
    (text,) = [t.text for t in paragraph.iter(f"{{{W}}}t")]
    assert text.endswith(time), (locale, text)
