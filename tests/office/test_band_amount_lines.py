"""A band's long amount keeps the band's size by giving its qualifier the line above or its currency
the line below rather than shrinking to text size (review YY2 #5: the Norwegian band's '2,3
milliarder kroner' at 10 pt bold; the corpus's Portuguese, Spanish, Polish and French bands at
10-11 pt): the band's numbers one size, the headline row at least LEAST_PT and never smaller than
the row under it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.office.band_sizes import _size, smaller_headlines, uneven_bands
from reportgen.office.word_band import number_rows
from reportgen.pipeline.pipeline import BuildResult

from .band_cases import EVENTS, docx_of

#: Three quarters of the band's template size (17 pt): not text size.
LEAST_PT = 12.75


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem)
def test_a_bands_numbers_are_one_size_and_large(
    event: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    body = Document(str(docx_of(built_event(event)))).element.body
    bands = list(number_rows(body))
    assert bands
    sizes = [[_size(cell) for cell in band] for band in bands]
    assert all(len(set(row)) == 1 for row in sizes), sizes
    assert min(sizes[0]) >= LEAST_PT, sizes  # the headline row: not text size
    assert all(row[0] <= sizes[0][0] for row in sizes[1:]), sizes
    assert list(uneven_bands(body)) == [] and list(smaller_headlines(body)) == []
