"""A slide crowded by a folded section: a body text box that takes another section's text under
that section's name (a heading: a paragraph without a bullet, set bold) and is shrunk below the
body's size, or filled to within a line of its foot (review CC: the Swedish festival's 'Andra
höjdpunkter', three sections at 18.6 pt; the Austrian fair's programme paragraph under 'Bilanz',
twelve lines filling the box at 24 pt). The document check runs it on each slide
(office/quality.py); the plan folds a section only where it fits at the body's size
(data/plan/folding.py), and this names a slide where it did not, in a user's template too."""

from __future__ import annotations

from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import _paragraph_size, autofit_scale, inherited_size, text_height

#: The size the deck sets body text at: a box shrunk so that a folded section's name sets below it
#: is crowded (one set large, at 28 or 32 pt, and shrunk a little is not: the Taipei expo's three
#: short sections at 29.6 pt).
BODY_FLOOR_PT = 24.0
#: A box whose text takes more than this share of its height at the size it sets has no line of
#: room left under it (a line of 24 pt body text with its spacing is about 9 % of the deck's box;
#: 0.92 until round 21's kicker margin took 0.14 in of the box: WAIC's Chinese signing slide, as
#: full as before, read 94 %).
CROWDED_FILL = 0.95


def crowded(shape: Any, where: str, sizes: dict[Any, float]) -> list[str]:
    """A warning naming the slide where `shape` holds a folded section's text and is crowded."""
    body = shape._element.find(qn("p:txBody"))
    if body is None or not shape.height or not shape.width or not _headings(body):
        return []
    scale, size = autofit_scale(body), inherited_size(shape, sizes)
    set_at = min(_paragraph_size(p, size) for p in _heading_paragraphs(body)) * scale
    filled = text_height(shape._element, shape.width, size) / shape.height
    if set_at >= BODY_FLOOR_PT and filled <= CROWDED_FILL:  # at the body's size or larger
        return []
    shrunk = f"its text is shrunk to {set_at:.3g} pt, below the body's {BODY_FLOOR_PT:g} pt"
    how = shrunk if set_at < BODY_FLOOR_PT else f"its text fills {min(filled, 1.0):.0%} of its box"
    names = ", ".join(f"'{h}'" for h in _headings(body))
    return [
        f"{where}: the slide is crowded: {how} with the folded section{'s' * (len(_headings(body)) > 1)} "
        f"{names}; give a section a slide of its own (deck: own-slide) or shorten its text"
    ]


def _headings(body: Any) -> list[str]:
    """The texts of the box's headings (`_heading_paragraphs`)."""
    return [
        t
        for p in _heading_paragraphs(body)
        if (t := "".join(x.text or "" for x in p.iter(qn("a:t"))).strip())
    ]


def _heading_paragraphs(body: Any) -> list[Any]:
    """The box's headings: paragraphs without a bullet whose runs are all bold."""
    found = []
    for p in body.findall(qn("a:p")):
        runs = p.findall(qn("a:r"))
        properties = p.find(qn("a:pPr"))
        bold = all(r.find(qn("a:rPr")) is not None and r.find(qn("a:rPr")).get("b") == "1" for r in runs)
        if runs and bold and properties is not None and properties.find(qn("a:buNone")) is not None:
            found.append(p)
    return found


def headings(body: Any) -> list[str]:
    """The texts of a text box's headings: a folded section's name set bold without a bullet."""
    return _headings(body)
