"""How a deck sets its lists, as a reader sees them: a line of names set centred and large is a
poster, not a list (review QQ1: 'Partnerzy: Miasto Lublin, …' at 24 pt, centred; QQ2:
'Patrocinadores: Banco Planalto, …'). The document check calls it on each deck (office/quality.py);
a continuation of another kind is office/slide_runs.py's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pptx.enum.text import PP_ALIGN

from reportgen.office.lone_texts import lone_text

#: A paragraph set at this size or larger is a statement's, not a tile's label or a footer's.
STATEMENT_PT = 20.0


def list_statements(slide: Any, where: str) -> Iterator[str]:
    """A paragraph of the slide's body that is one line of names (office/lone_texts.py: a list)
    set centred, as a statement, where the statement is lists alone: set it as a list, an item a
    line. A list's line among the figures' lines of a short slide is set with them (the plan's
    `DeckPage.pull`: the Test Expo's 'Who came', Harbourside's 'Halls: …' beside its counts)."""
    title = slide.shapes.title
    centred: list[str] = []
    for shape in slide.shapes:
        if not shape.has_text_frame or (title is not None and shape.shape_id == title.shape_id):
            continue
        for paragraph in shape.text_frame.paragraphs:
            text = " ".join(paragraph.text.split())
            sizes = [run.font.size.pt for run in paragraph.runs if run.font.size is not None]
            large = max(sizes, default=0.0) >= STATEMENT_PT  # not a tile's small label
            if large and paragraph.alignment == PP_ALIGN.CENTER and text:
                centred.append(text)
    if not centred or any(lone_text([text]) != "list" for text in centred):
        return
    for text in centred:
        yield (
            f"{where}: the list '{text[:40]}…' is set centred as a statement; set its items as a "
            "list, one a line (in columns where many)"
        )
