"""The document check's rule for a slide's lead: one whose clause says what the slide's title says
(the same subject and claim, data/echoes.py) is named, in any template (review NN: 'Sergilenen 180
oyunun 74'ü mobil platformlar içindi' over '…yapımların çoğu mobil platformlar içindi; …'). The
lead is the text right under the title: a shape of its own ('Headline' in ours), else the first
paragraph of the slide's body (the plan drops such a clause: plan/title_echoes.py)."""

from __future__ import annotations

from typing import Any

from reportgen.data import titles
from reportgen.data.echoes import clauses, says_again
from reportgen.lazy_pattern import of_script

#: The template's name for a chart slide's lead line, under its title.
LEAD = "Headline"
#: A line break the engine set between two characters of a text without spaces: no space there.
_WIDE_BREAK = of_script(
    r"(?<=[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef])\x0b(?=[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef])",
    "\u3000",
)


def _plain(text: str) -> str:
    """`text` as read: its soft line breaks, no-break spaces and word joiners as the words they join."""
    text = _WIDE_BREAK.sub("", text.replace("\u2060", ""))
    return text.replace("\x0b", " ").replace("\u00a0", " ").replace("\u202f", " ").strip()


def _lead(slide: Any, title: Any) -> str:
    """The first text under `title` on `slide`: its lead shape's, else the first paragraph of the
    text shape nearest below the title."""
    shapes = [
        s
        for s in slide.shapes
        if s.has_text_frame
        and s.shape_id != title.shape_id
        and s.text_frame.text.strip()
        and s.top is not None
    ]
    named = next((s for s in shapes if s.name == LEAD), None)
    if named is not None:
        return named.text_frame.text
    below = [
        s
        for s in shapes
        if title.top is not None and s.top > title.top and s.height and s.height > title.height
    ]
    if not below:
        return ""
    body = min(below, key=lambda s: s.top)
    return next((p.text for p in body.text_frame.paragraphs if p.text.strip()), "")


def echoed_leads(slide: Any, where: str) -> list[str]:
    """A warning where a clause of the slide's lead says what its title says."""
    title = slide.shapes.title
    if title is None or not title.has_text_frame or not title.text_frame.text.strip():
        return []
    said, lead = _plain(title.text_frame.text), _plain(_lead(slide, title))
    for sentence in titles.sentences_of(lead) if lead else ():
        for clause in clauses(sentence):
            if says_again(said, clause):
                return [
                    f"{where}: the text under the title says it again ('{clause.strip()}' under "
                    f"'{said}'); say something the title does not, or let the title stand alone"
                ]
    return []
