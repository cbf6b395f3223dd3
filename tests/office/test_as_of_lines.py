"""An as-of label's opening word starts a line with its date, never ends one ('Besøgende i alt,
pr.' / '20. september 2026 kl. 18.00', review KK): on a slide (powerpoint/url_lines.py) and in a
briefing's table cells (word_cell_units.py), measured, with a line break before the word where
its date's first word would not fit after it; and the word that introduces a time is tied to it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure
from reportgen.office.powerpoint.cjk_words import line_breaks
from reportgen.office.powerpoint.url_lines import addresses_apart, as_of_spans

ROOT = Path(__file__).resolve().parents[2]
KOLDING = ROOT / "tests" / "data" / "review_events" / "designbiennale-kolding-da-dk.yaml"
LABEL = "Besøgende i alt, pr. 20.\u00a0september\u00a02026 kl.\u00a018.00"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (LABEL, "pr. 20."),
        ("Visits to the metaverse, as of\u00a02\u00a0pm on 3 September 2022", "as of\u00a02"),
        ("Besucher (Stand: 22.\u00a0Oktober 2023, 18:00 Uhr)", "Stand: 22."),
        ("访客人数，截至2026年9月20日", "截至2026年9月20日"),
    ],
)
def test_an_as_of_word_is_found_with_its_dates_first_word(text: str, found: str) -> None:
    assert [text[a:b] for a, b in as_of_spans(text)] == [found]


@pytest.mark.parametrize("text", ["au salon du livre", "Aufbau 3 Tage", "Spenden pro Läufer"])
def test_a_word_that_only_looks_like_one_is_not(text: str) -> None:
    assert as_of_spans(text) == []


def test_the_word_starts_the_next_line_where_its_date_would_not_fit_after_it() -> None:
    at = LABEL.index("pr.")
    assert addresses_apart(LABEL, 262.0, 16) == [at]  # the Danish tile: 'pr.' then '20. september 2026'
    assert addresses_apart(LABEL, 600.0, 16) == []  # on one line: nothing to move
    assert addresses_apart(LABEL, 120.0, 16) == []  # 'pr.' starts a line anyway


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("da_DK", "pr. 20.\u00a0september 2026 kl.\u00a018.00"),
        ("pl_PL", "stan na 20 września 2026, godz.\u00a018:00"),
        ("de_DE", "Stand: 20.\u00a0September 2026, 18:00\u00a0Uhr"),  # after a comma: free
        ("ko_KR", "2026년 9월 20일 오후\u00a06시\u00a0기준"),  # after the date: free
    ],
)
def test_the_word_before_a_time_is_tied_to_it(locale: str, expected: str) -> None:
    figure = Figure(label="x", value=1, as_of=dt.datetime(2026, 9, 20, 18, 0))
    assert Formatter(locale).as_of(figure) == expected


@pytest.fixture(scope="module")
def kolding(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kolding")
    subprocess.run(
        [sys.executable, "-m", "reportgen", "build", str(KOLDING), "--out", str(out), "-j", "1"],
        check=True,
        capture_output=True,
    )
    return out


def test_the_danish_tile_starts_its_as_of_line_with_pr(kolding: Path) -> None:
    deck = Presentation(str(next(kolding.glob("*-deck.pptx"))))
    found = []
    for shape in deck.slides[1].shapes:
        for inner in getattr(shape, "shapes", [shape]):
            if inner.has_text_frame and "pr. 20." in inner.text_frame.text:
                found.append(inner.text_frame.text)
    assert len(found) == 1 and "Besøgende i alt, \vpr. 20.\u00a0september\u00a02026" in found[0], found


def test_the_danish_band_starts_its_as_of_line_with_pr(kolding: Path) -> None:
    briefing = Document(str(next(kolding.glob("*-briefing.docx"))))
    cells = [  # a line break, or a paragraph of its own (the default band's since review RR2)
        "".join("\n" if node.tag.endswith(("}br", "}p")) else node.text or "" for node in cell._tc.iter())
        for table in briefing.tables
        for row in table.rows
        for cell in row.cells
        if "pr. 20." in cell.text
    ]
    assert cells and all("\npr. 20." in cell for cell in cells), cells


def test_a_chinese_cells_phrase_breaks_keep_jiezhi_with_its_date() -> None:
    from reportgen.office.powerpoint.cjk_words import line_breaks
    from reportgen.office.word_lines import _as_of_kept

    # jiqiren's band: the phrase model ended a line on '截至' over '2026年7月20日16:00'; since
    # round 19 the as-of word and its date are one of its kept words (cjk_phrases.kept_words)
    text = "现场观众，截至2026\u2060年\u20607\u2060月\u206020\u2060日16:00"
    room = 130.35 / 9  # the cell's width in ems at 9 pt
    assert text.index("截至") + 2 not in line_breaks(text, room, "zh")
    kept = _as_of_kept(text, line_breaks(text, room, "zh"), room, "zh")
    assert kept[0] == text.index("截至") and text.index("截至") + 2 not in kept
    narrow = 80 / 9  # '截至2026年…日' wider than a line: left as the model breaks it, not '截至' alone
    assert _as_of_kept(text, line_breaks(text, narrow, "zh"), narrow, "zh") == line_breaks(text, narrow, "zh")


@pytest.mark.parametrize("width", [13.0, 14.0, 16.0, 20.0])  # the word and its date fit a line
def test_a_chinese_tile_never_ends_a_line_on_its_as_of_word(width: float) -> None:
    """Review MM's Taiwanese tile set '觀影人次，截至' over '2026年10月25日18:00' (the PDF check named
    it): the deck's own line breaks (cjk_words) filled the line with the phrase '截至' and left the
    date for the next. The word and the date's first word are one word to them now."""
    label = "觀影人次，截至2026\u2060年\u206010\u2060月\u206025\u2060日18:00"
    for at in line_breaks(label, width, "zh"):
        assert not label[:at].endswith("截至"), (width, label[:at])


@pytest.mark.parametrize("width", [16.0, 17.0, 18.0])  # the date after the head, not the time too
def test_a_chinese_as_of_date_keeps_its_clock_time_on_its_line(width: float) -> None:
    """Review OO1's Taiwanese tile and band set '18:00' alone under '觀影人次，截至2026年10月25日':
    the as-of word, its date and the clock time after it (no space parts them) start a line together
    where one holds them all, in the deck's text and the briefing's cells (word_cell_units.py)."""
    from reportgen.office.powerpoint.url_lines import addresses_apart

    label = "觀影人次，截至2026\u2060年\u206010\u2060月\u206025\u2060日18:00"
    assert addresses_apart(label, width * 10, 10) == [label.index("截至")]  # not '…25日' / '18:00'
    assert addresses_apart(label, 9.0 * 10, 10) == []  # narrower than the three: the date's own rule
