"""A section's run of text slides set at one size: the smallest its fit needs on any of them.

The fit shrinks each text box to its own text (fit.fit_text), so a section's '(continued)' slide
with less on it came out larger than the slide before it (review U: festival-cine's 'Premios').
The slides of one run (DeckPage._in_run) take the smallest autofit scale of each box they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.slide import Slide

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import autofit_scale, is_title, set_scale
from reportgen.office.powerpoint.top_anchor import from_top


def one_size(made: Sequence[tuple[Slide, int, dict[str, Any]]]) -> None:
    """Give the text boxes of each run of a section's text slides the smallest scale among them."""
    runs: dict[int, list[Slide]] = {}
    for slide, _, context in made:
        page, section = context.get("page"), context.get("s")
        if section is not None and getattr(page, "_in_run", False):
            runs.setdefault(id(section), []).append(slide)
    for slides in runs.values():
        if len(slides) < 2:
            continue
        boxes: dict[str, list[Any]] = {}
        shrunk: set[int] = set()
        for slide in slides:
            for shape in slide.shapes:
                if shape.has_text_frame and not is_title(shape._element):
                    boxes.setdefault(shape.name, []).append(shape._element.find(qn("p:txBody")))
        for bodies in boxes.values():
            scales = [autofit_scale(body) for body in bodies]
            least = min(scales)
            for body, scale in zip(bodies, scales, strict=True):
                if scale > least:
                    set_scale(body, least)
                    shrunk.add(id(body))
        for slide in slides:  # a body set smaller leaves more room under it: its place again
            if any(id(s._element.find(qn("p:txBody"))) in shrunk for s in slide.shapes if s.has_text_frame):
                from_top(slide.shapes)
