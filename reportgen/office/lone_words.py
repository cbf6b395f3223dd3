"""The document check's look at a text box's last line: a currency noun, a scale word or a unit
alone on it ('(alrededor de 26 millones de / dólares)' in a tile, review O), laid out with the
deck's own line fitter (powerpoint/fit.py) at the size the box sets its text, at the fitter's
widths and at a wider fallback font's (WORD_MARGIN): a line may end at either in LibreOffice."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportgen.data.phrases import is_cjk
from reportgen.data.ties import currency_words
from reportgen.data.typography import UNITS, freed_space, scale_words
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    WORD_MARGIN,
    WORD_MARGIN_BOLD,
    _paragraph_size,
    autofit_scale,
    inherited_size,
    is_title,
    line_texts,
    text_em,
    wrapping_body,
)
from reportgen.office.seen import quoted

_INSET_PT = 7.2  # a text box's default left and right inset


@cache
def _nouns(locale: str) -> frozenset[str]:
    """The locale's currency nouns ('dólares', 'euros', 'Franken'), scale words and units; not the
    adjective that ends a currency's name after its noun ('estadounidenses' of 'dólares
    estadounidenses', 'canadiens'), which is no currency in 'fondos estadounidenses'."""
    names = currency_words(locale)
    adjectives = {n.split()[-1] for n in names if len(n.split()) > 1 and n.split()[0] in names}
    return frozenset((names - adjectives) | scale_words(locale) | set(UNITS))


def lone_words(shape: Any, where: str, locale: str, sizes: dict[Any, float]) -> list[str]:
    """A warning for each paragraph of `shape` whose last line, as the fitter lays it out, is a
    currency noun, scale word or unit alone: centred paragraphs (tiles, statements, which
    `fit._tie_last_words` ties) and any whose tie the fit freed (FREED_SPACE). Elsewhere a number
    keeps its words by its ties (data/ties.py), which `_text_problems` checks. In a slide's title,
    which the fit ties too, any word alone on the last line is found ('…edição de / 2027')."""
    body = wrapping_body(shape)
    if body is None:
        return []
    scale = autofit_scale(body)
    width_pt = shape.width / 12700 - 2 * _INSET_PT
    words = _nouns(locale)
    title = is_title(shape._element)
    found = []
    for p in body.iter(qn("a:p")):
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        p_pr = p.find(qn("a:pPr"))
        centred = p_pr is not None and p_pr.get("algn") == "ctr"
        if not (centred or title) and freed_space(text, locale) == -1:
            continue  # a tile's, a statement's or a title's text, or one whose tie the fit freed
        size = _paragraph_size(p, inherited_size(shape, sizes)) * scale
        for margin in (1.0, WORD_MARGIN):  # the fitter's widths, and a wider fallback font's
            lines = line_texts(text, width_pt, size * margin)
            last = lines[-1].strip(" \u200b.,;:()") if len(lines) > 1 else ""
            alone = last and " " not in lines[-1].strip(" \u200b")
            # a word alone in a title, where it and the word before it would fit a line; not a
            # tied pair, nor a CJK line's last characters (a line may end between them)
            one_word = alone and "\u00a0" not in last and not any(is_cjk(c) for c in last)
            if one_word and title:
                pair = " ".join([*lines[-2].split()[-1:], last])
                one_word = text_em(pair) * size * margin * WORD_MARGIN_BOLD <= width_pt
            if alone and (last in words or (title and one_word and text.count(" ") >= 2)):
                found.append(
                    f"{where}, shape {shape.name!r}: {quoted(last)} may stand alone on the last line of its "
                    f"box ('{_seen(lines[-2])[-30:]} / {_seen(lines[-1])}'); tie it to the word before it"
                )
                break
    return found


def _seen(line: str) -> str:
    """A line as a reader sees it: no-break spaces as spaces, no zero-width ones."""
    return line.replace("\u200b", "").replace("\u00a0", " ").strip()
