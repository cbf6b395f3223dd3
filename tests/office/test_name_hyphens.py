"""A briefing never ends a line at a name's own hyphen ('Rabobank Noord- / Nederland', 'Royal A- /
ware', review MM): each hyphen of a name in its prose is Word's no-break hyphen, read and printed
as a hyphen (office/name_hyphens.py)."""

from __future__ import annotations

from pathlib import Path

import docx

from reportgen.office.name_hyphens import tie_name_hyphens
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

HAVEN = ROOT / "tests" / "data" / "review_events" / "havencongres-nl-be.yaml"


def test_a_names_hyphen_is_tied_and_a_words_is_not() -> None:
    text = "Rabobank Noord-Nederland, Royal A-ware en binnen- en buitenlandse kringloop-landbouw"
    assert tie_name_hyphens(text) == (
        "Rabobank Noord\u2011Nederland, Royal A\u2011ware en binnen- en buitenlandse kringloop-landbouw"
    )
    assert tie_name_hyphens("https://example.org/Agrifood-Noord") == "https://example.org/Agrifood-Noord"


def test_a_briefings_names_keep_their_hyphens_unbroken(tmp_path: Path) -> None:
    result = build(HAVEN, Settings.simple(tmp_path, TEMPLATES))  # in Dutch and in French
    docxs = [f for f in result.files if f.suffix == ".docx"]
    briefing = next(f for f in docxs if "briefing" in f.name and "nl" in f.name)
    body = docx.Document(str(briefing)).element.body
    named = [p for p in body.iter(qn("w:p")) if "Antwerpen-Brugge" in paragraph_text(p)]
    assert named, "the event's prose names the port of Antwerpen-Brugge"
    for paragraph in named:
        texts = [t.text or "-" for t in paragraph.iter(qn("w:t"), qn("w:noBreakHyphen"))]
        assert not any("Antwerpen-" in t for t in texts), texts  # no plain hyphen to break at
        assert any(t.endswith("Antwerpen") for t in texts), texts
