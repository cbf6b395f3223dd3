"""The document check's rule for a slide titled by who hosted (review UU2 F7: the gala's evening
under 'Durch den Abend führte die Moderatorin Katrin Albers', its highlight below): a fact of the
programme, no finding. The plan titles such a slide by its summary's finding, else its section's
name (data/plan/tied_titles.py); a template or an edited deck may still print one."""

from __future__ import annotations

from typing import Any

from reportgen.data.host_sentences import hosts
from reportgen.office.seen import quoted


def hosted_title(slide: Any, where: str) -> list[str]:
    """A warning where `slide`'s title names who hosted or moderated (`hosts`); else none."""
    title = slide.shapes.title
    text = title.text_frame.text if title is not None and title.has_text_frame else ""
    if not text.strip() or not hosts(" ".join(text.replace("\x0b", " ").split())):
        return []
    return [
        f"{where}: its title {quoted(text)} says who hosted, no finding: title the slide with what "
        "its section found or its highlight, that sentence in its text"
    ]
