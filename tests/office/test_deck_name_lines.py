"""Review MM: the deck broke names at their own hyphen ('Agrifood Vakbeurs Noord-' / 'Nederland
2026' on the cover, 'Royal A-' / 'ware'). A name starts a line of its own where a line would end
inside it (powerpoint/url_lines.py), its text left as written so that a search of the deck finds
it (round 20's word joiner after the hyphen hid 'Recalcati-Ferri' and 'US-Dollar' from it); with
--pdf the check names a line that still ends at a name's own hyphen (office/name_hyphens.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.name_hyphens import deck_names, name_spans, names_parted
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.url_lines import addresses_apart, keep_addresses_whole
from reportgen.office.word_wrap import width_em
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

NL = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-nl.yaml"
SPONSORS = "Hoofdsponsors: Rabobank Noord-Nederland, FrieslandCampina, Royal A-ware en binnen- en buitenland"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (SPONSORS, ["Noord-Nederland", "A-ware"]),  # 'binnen-' is no name
        ("Hester de Vries-Bouma, 2,35\u00a0Milliarden\u00a0US-Dollar", ["Vries-Bouma", "US-Dollar"]),
        ("late-breaking e-commerce, COVID-19 in 2024-2026", []),  # common words, numbers
        ("https://example.org/omropfryslan/Agrifood-Noord", []),  # an address is kept by its own rule
        ("Forschungs-Und-Entwicklungszentrums-Programm", []),  # a long compound may break
        ("— Hélène\u00a0Carrère\u2011Dumontel, d'après-guerre", ["Carrère\u2011Dumontel"]),  # a credit's
    ],
)
def test_a_name_is_a_short_capitalised_hyphenated_word(text: str, names: list[str]) -> None:
    assert [text[start:end] for start, end in name_spans(text)] == names


def _line_end(text: str, before: str, size: float) -> float:
    """The room (pt) at `size` that a line filled up to `before`'s end and a few letters after it
    takes: the name that follows would end the line inside it."""
    return (width_em(text[: text.index(before) + len(before)]) + width_em(" Noord")) * size


def test_a_name_a_line_would_end_inside_starts_the_next() -> None:
    room = _line_end(SPONSORS, "Rabobank", 18)
    breaks = addresses_apart(SPONSORS, room, 18, names=True)
    assert breaks[0] == SPONSORS.index("Noord-")
    assert all(SPONSORS[at:].startswith(("Noord-Nederland", "A-ware")) for at in breaks), breaks
    assert addresses_apart(SPONSORS, room, 18) == []  # the briefing's cells' call: names left


def test_a_name_that_fits_its_line_or_no_line_is_left() -> None:
    whole = width_em(SPONSORS) * 18 * 1.1
    assert addresses_apart(SPONSORS, whole, 18, names=True) == []
    text = "Provincie Fryslân en Noord-Nederland"
    assert addresses_apart(text, width_em("Noord-Neder") * 18, 18, names=True) == []  # wider than a line
    common = "De beurs trok binnen- en buitenlandse vakbezoekers en late-breaking nieuws"
    assert addresses_apart(common, _line_end(common, "en", 18), 18, names=True) == []


def test_a_line_end_at_a_names_own_hyphen_is_named() -> None:
    names = deck_names(["Hoofdsponsors: Rabobank Noord-Nederland, Royal A-\u2060ware", "late-breaking"])
    assert names == {"Noord-Nederland", "A-ware"}
    lines = ["Hoofdsponsors: Rabobank Noord-", "Nederland, FrieslandCampina, Royal A-", "ware, Agrifirm"]
    assert names_parted(lines, names) == [(lines[0], lines[1]), (lines[1], lines[2])]
    # a renderer's own hyphenation of a word without a hyphen, and a common word's hyphen, are none
    assert names_parted(["Matchmaking-", "gesprekken tussen late-", "breaking"], names) == []


def test_the_fairs_deck_sets_its_names_whole_and_searchable(tmp_path: Path) -> None:
    result = build(NL, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    cover = Presentation(str(deck)).slides[0].shapes.title._element
    paragraph = next(p for p in cover.iter(qn("a:p")) if "Vakbeurs" in "".join(p.itertext()))
    lines, line = [], ""
    for child in paragraph:
        if child.tag == qn("a:br"):
            lines, line = [*lines, line], ""
        elif child.tag == qn("a:r"):
            line += child.findtext(qn("a:t")) or ""
    # the name starts its line, whole, as the briefing's title sets it; no joiner in it
    assert [*lines, line] == ["Agrifood Vakbeurs ", "Noord-Nederland\u00a02026"]
    texts = "".join(
        t.text or "" for s in Presentation(str(deck)).slides for t in s.shapes._spTree.iter(qn("a:t"))
    )
    assert "\u2060" not in texts and "\u2011" not in texts
    for name in ("Noord-Nederland", "A-ware", "Vries-Bouma"):
        assert name in texts, name


def test_a_line_of_a_paragraph_its_breaks_part_is_filled_on_its_own() -> None:
    """A quotation's credit on a line of its own (a line break in its paragraph): its name starts
    the credit's second line where the first would end inside it."""
    from pptx.util import Emu, Pt

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    credit = "— Hester de Vries-Bouma, directeur"
    room = _line_end(credit, "de", 18)
    box = slide.shapes.add_textbox(0, 0, Emu(round((room + 14.4) * 12700)), Emu(914400))
    box.text_frame.word_wrap = True
    paragraph = box.text_frame.paragraphs[0]
    for text in ("“Boeren en inkopers kwamen.”", credit):
        run = paragraph.add_run()
        run.text, run.font.size = text, Pt(18)
    first = paragraph._p.findall(qn("a:r"))[0]
    first.addnext(first.makeelement(qn("a:br"), {}))
    keep_addresses_whole(prs, "nl")
    lines = [""]
    for child in paragraph._p:
        if child.tag == qn("a:br"):
            lines.append("")
        elif child.tag == qn("a:r"):
            lines[-1] += child.findtext(qn("a:t")) or ""
    assert lines == ["“Boeren en inkopers kwamen.”", "— Hester de ", "Vries-Bouma, directeur"], lines


def test_a_credits_name_starts_its_line_and_prints_a_plain_hyphen() -> None:
    """A credit's name the plan tied ('Carrère\u2011Dumontel') starts a line like any name; the deck
    then prints its hyphen plain, with no joiner a search would trip on."""
    from reportgen.office.name_hyphens import deck_no_break_hyphens

    credit = "— Prof. Hélène\u00a0Carrère\u2011Dumontel, Paris"
    room = width_em("— Prof. Hélène Carrère-Dumontel") * 18 * 0.9  # the name alone fits a line
    assert addresses_apart(credit, room, 18, names=True) == [credit.index("Hélène")]
    from lxml import etree

    a = qn("a:p").split("}")[0][1:]
    p = etree.fromstring(f'<a:p xmlns:a="{a}"><a:r><a:t>{credit}</a:t></a:r></a:p>')
    deck_no_break_hyphens([p])
    assert p.findtext(f".//{qn('a:t')}") == credit.replace("\u2011", "-")
