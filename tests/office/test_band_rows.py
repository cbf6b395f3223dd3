"""A band of four headline figures whose labels would be crammed in quarter-width cells is set as
two rows of two (office/word_band_rows.py; review PP: the en-US band of four was crowded, long
labels in narrow cells); a band of four short labels stays one row."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.office import word
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.word_band import number_rows
from reportgen.office.word_band_rows import MOST_LABEL_LINES
from reportgen.office.word_columns import caption_lines
from reportgen.office.word_fit import CELL_MARGINS_PT, cell_twips
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ROOT / "tests" / "events"


def _bands(event: Path, out: Path) -> list[list[tuple[str, int]]]:
    """Each band of the built briefing: its cells' numbers (as printed) and their labels' lines."""
    result = build(event, Settings.simple(out, TEMPLATES))
    document = Document(str(next(f for f in result.files if f.name.endswith("briefing.docx"))))
    return [
        [
            (
                paragraph_text(c.number).strip(),
                caption_lines(c.element, (cell_twips(c.element) or 0) / 20 - CELL_MARGINS_PT),
            )
            for c in cells
        ]
        for cells in number_rows(document.element.body)
    ]


def _market(folder: Path) -> Path:
    """The film market with its films a line of their section, as the file may ask (`deck:
    bullet`), not a key figure (plan/bare_counts.py): its four headline figures one band."""
    source = REVIEWS / "marche-film-montreal-fr-ca.yaml"
    films = "        label: Films projetés au marché\n"
    text = source.read_text(encoding="utf-8")
    assert films in text
    folder.mkdir(parents=True, exist_ok=True)
    event = folder / source.name
    event.write_text(text.replace(films, films + "        deck: bullet\n"), encoding="utf-8")
    return event


@pytest.mark.parametrize("name", ["marche-film-montreal-fr-ca", "techsummit-en-in"])
def test_a_band_of_four_long_labels_is_two_rows_of_two(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = _market(tmp_path / "event") if name.startswith("marche") else EVENTS / f"{name}.yaml"
    bands = _bands(event, tmp_path / "split")
    assert [len(band) for band in bands] == [2, 2], bands
    monkeypatch.setattr(word, "split_crowded_bands", lambda body: [])  # as before: one row
    (row,) = _bands(event, tmp_path / "row")
    assert max(lines for _, lines in row) > MOST_LABEL_LINES, row  # crammed in a quarter
    # in half the band's width every label takes fewer lines than the tallest did in a quarter
    assert all(lines < max(n for _, n in row) for band in bands for _, lines in band), (bands, row)
    # the same numbers, in the same order (a qualifier set over its number in the row of four is
    # on its line in a half), a number's line break for a quarter's width gone
    split = [n for band in bands for n, _ in band]
    assert all(n.replace("\n", "") in s for (n, _), s in zip(row, split, strict=True)), (row, split)
    assert not any("\n" in s for s in split), split


def test_a_band_of_four_short_labels_stays_one_row(tmp_path: Path) -> None:
    bands = _bands(REVIEWS / "castello-it-ch.yaml", tmp_path)
    assert [len(band) for band in bands] == [4], bands


def test_the_two_rows_keep_together_with_a_gap_between(tmp_path: Path) -> None:
    result = build(_market(tmp_path / "event"), Settings.simple(tmp_path / "out", TEMPLATES))
    document = Document(str(next(f for f in result.files if f.name.endswith("briefing.docx"))))
    first = document.tables[0]._tbl
    gap = first.getnext()
    assert gap.tag == qn("w:p") and not paragraph_text(gap).strip()
    assert gap.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
    assert gap.getnext() is document.tables[1]._tbl
