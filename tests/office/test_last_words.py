"""A centred paragraph of more than one line (a tile's caption, a statement) keeps its last two
words together, so its last word never stands alone on the last line: Riverbend's tile read
'Total attendance over four / days' in LibreOffice (review O)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

from reportgen.office.lone_words import lone_words
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import fit_text
from reportgen.office.quality import check_deck

from ..conftest import ROOT, pptx_slide_texts
from ..pipeline.test_catalogues import built

NB = "\u00a0"
_SHAPE = (
    '<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:txBody>'
    '<a:bodyPr wrap="square"><a:normAutofit/></a:bodyPr><a:p>{ppr}<a:r><a:rPr sz="1600"/>'
    "<a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>"
)


def _fitted(text: str, align: str = "ctr", width_pt: float = 300) -> str:
    ppr = f'<a:pPr algn="{align}"/>' if align else ""
    shape = etree.fromstring(_SHAPE.format(ppr=ppr, text=text))
    fit_text(shape, int(width_pt * 12700), 12700 * 300)
    return "".join(t.text or "" for t in shape.iter(qn("a:t")))


def test_a_tiles_caption_keeps_its_last_two_words_together(tmp_path: Path) -> None:
    """tiles23 made Riverbend's bare count (212 acts) a fourth tile: its tiles are twice as wide and the
    old caption fits one line, so the caption here is one that wraps in a tile of that band."""
    source = tmp_path / "riverbend.yaml"
    event = (ROOT / "tests" / "data" / "review_events" / "riverbend-fest-en-ca.yaml").read_text("utf-8")
    label = "Total attendance over four days at the riverside site, counted at its gates"
    source.write_text(event.replace("label: Total attendance over four days", f"label: {label}", 1), "utf-8")
    _, deck = built(source, tmp_path / "out")
    glance = pptx_slide_texts(deck)[1]
    assert f"\n{label.removesuffix(' gates')}{NB}gates\n" in glance, glance
    assert "\nStages\n" in glance  # a one-line caption as it is


def test_only_a_centred_paragraph_of_several_lines_is_tied() -> None:
    caption = "Total attendance over four days at the festival site"
    assert _fitted(caption) == f"Total attendance over four days at the festival{NB}site"
    assert _fitted(caption, align="l") == caption  # a left-aligned text (a bullet, a title): as it is
    assert _fitted(caption, align="") == caption
    assert _fitted("Stages on the river", width_pt=600) == "Stages on the river"  # one line
    assert _fitted("Total attendance over four extraordinarily-long-words", width_pt=150) == (
        "Total attendance over four extraordinarily-long-words"  # the pair would fill the line
    )
    freed = f"Inversión de fondos mexicanos (alrededor{NB}de{NB}26{NB}millones de{NB}dólares)"
    assert _fitted(freed) == freed  # a break the fit freed on purpose stays free


def test_a_slides_title_keeps_its_last_two_words_together_however_aligned(tmp_path: Path) -> None:
    """Review S read '…edição de / 2027' and '…el mismo / día': a title's last word alone."""
    title = _SHAPE.replace(
        "<p:txBody>", '<p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody>'
    )
    shape = etree.fromstring(
        title.format(ppr='<a:pPr algn="l"/>', text="Helena anunciou as datas da edição de 2027")
    )
    fit_text(shape, 12700 * 250, 12700 * 300)
    assert "".join(t.text or "" for t in shape.iter(qn("a:t"))).endswith(f"edição de{NB}2027")
    _, deck = built(
        ROOT / "tests" / "data" / "review_events" / "sons-do-cerrado-pt-br.yaml", tmp_path / "out"
    )
    titles = [s.shapes.title for s in Presentation(str(deck)).slides if s.shapes.title is not None]
    # since round 15 a person's line titles no slide of voices: the trend's title is the one tied
    grown = next(t for t in titles if t.text_frame.text.endswith(f"quase{NB}quintuplicou"))
    assert lone_words(grown, "deck: slide 4", "pt_BR", {}) == []
    for t in grown._element.iter(qn("a:t")):
        t.text = (t.text or "").replace(f"quase{NB}quintuplicou", "quase quintuplicou")
    found = lone_words(grown, "deck: slide 4", "pt_BR", {})
    assert len(found) == 1 and "'quintuplicou' may stand alone on the last line of its box" in found[0], found


def test_the_check_finds_a_currency_alone_on_a_tiles_last_line(tmp_path: Path) -> None:
    """Laid out with the deck's own line fitter: the built tile is clean, and the same tile with
    its currency untied (as before the fix) is found, at the first width (the tile as built, then
    narrower: since round 25 the news's tile sets its label a step smaller, and its line ends
    elsewhere) where the untied word falls alone; tied, at that width, it is clean."""
    _, deck = built(ROOT / "tests" / "data" / "review_events" / "demo-day-es-mx.yaml", tmp_path / "out")
    tile = next(s for s in Presentation(str(deck)).slides[1].shapes if "dólares)" in s.text_frame.text)
    assert lone_words(tile, "deck: slide 2", "es_MX", {}) == []
    untied = copy.deepcopy(tile._element)
    for t in untied.iter(qn("a:t")):
        t.text = (t.text or "").replace(f"de{NB}dólares)", "de dólares)")
    loose = type(tile)(untied, tile._parent)
    widths = range(tile.width, tile.width // 2, -Emu(12700 * 4))  # 4 pt narrower each time
    found = next(
        (w for w in widths if _set_width(loose, w) and lone_words(loose, "deck: slide 2", "es_MX", {})), None
    )
    assert found is not None
    said = lone_words(loose, "deck: slide 2", "es_MX", {})
    assert len(said) == 1 and said[0].startswith(
        "deck: slide 2, shape 'Key figure 1': 'dólares' may stand alone on the last line of its box ("
    ), said
    assert said[0].endswith(" / dólares)'); tie it to the word before it"), said
    _set_width(tile, found)
    assert lone_words(tile, "deck: slide 2", "es_MX", {}) == []
    assert not any("stand alone" in w for w in check_deck(deck, "deck", locale="es_MX"))


def _set_width(shape: Any, width: int) -> bool:
    shape.width = Emu(width)
    return True
