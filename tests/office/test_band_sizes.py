"""A band's numbers are one size, the headline row never smaller than the row under it, and a long
amount keeps the band's size by giving its qualifier or currency a line of its own rather than
shrinking to text size (review YY2 #5: the Norwegian band's '2,3 milliarder kroner' at 10 pt bold
beside '24 600' at 17 pt; the corpus's Portuguese, Spanish, Polish and French bands at 10-11 pt).
The document check names a band of mixed sizes and a headline row set smaller (office/band_sizes.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document

from reportgen.office.band_sizes import _size
from reportgen.office.ooxml import qn
from reportgen.office.quality import check_briefing
from reportgen.office.word_band import number_rows
from reportgen.office.word_fit import set_size
from reportgen.pipeline.pipeline import BuildResult

from .band_cases import NB, docx_of

#: The band's template size (17 pt) at word_fit.KEEP_SHARE, to the half point below.
LEAST_PT = 13.5


def test_the_check_names_a_band_of_mixed_sizes(
    built_event: Callable[[Path], BuildResult], tmp_path: Path
) -> None:
    path = docx_of(built_event(NB))
    assert not [
        w for w in check_briefing(path, "briefing") if "different sizes" in w or "first row is set at" in w
    ]
    document = Document(str(path))
    upper, lower = list(number_rows(document.element.body))[:2]
    small = _size(lower[0]) - 4
    for run in upper[0].number.iter(qn("w:r")):
        set_size(run, small)  # the news smaller than its neighbours
    bad = tmp_path / "bad.docx"
    document.save(str(bad))
    warnings = check_briefing(bad, "briefing")
    assert [w for w in warnings if "band 1 are set at different sizes" in w and f"{small:g} pt" in w], (
        warnings
    )
    for cell in upper:  # the headline row smaller than the row under it, as round 25 set it
        for run in cell.number.iter(qn("w:r")):
            set_size(run, small)
    document.save(str(bad))
    warnings = check_briefing(bad, "briefing")
    assert [w for w in warnings if f"first row is set at {small:g} pt" in w and "24 600" in w], warnings
