"""A figure's note that its own sentence says already: `note: Eksklusiv merverdiavgift.` beside
`sentence: Båten koster {value} eksklusiv merverdiavgift.` printed "… eksklusiv merverdiavgift
(eksklusiv merverdiavgift)." (review YY2 #9). The sentence now prints it once
(`sentences.note_said`); `validate` tells the author, as the note is printed alone elsewhere (a
tile, a table) and one of the two may be a slip."""

from __future__ import annotations

from reportgen.data.model import EventSummary
from reportgen.data.sentences import note_said


def said_note_warnings(summary: EventSummary) -> list[str]:
    """One warning per figure whose sentence writes its note's words."""
    warnings = []
    for sid, section in summary.sections.items():
        for fid, figure in section.figures.items():
            if figure.sentence and note_said(figure.note, str(figure.sentence)):
                warnings.append(
                    f"sections.{sid}.figures.{fid}.note: the figure's sentence says it already "
                    f"({str(figure.note).strip()!r}); the sentence prints it once, without the note's "
                    "brackets: keep the note only where a tile or a table should show it"
                )
    return warnings
