"""The document check's rule for the news (review RR1: 'inspect --plan' said "the news … no title
or lead says it" while the build was silent): a record whose tile carries its mark ('A record',
'Najwięcej w latach 2022–2026') is said in words on that tile's slide, its title or its lead
('Ticket revenue at a record high', '… the most in the race's history'), not by the tile's small
mark alone (review RR1: the charity run's 'Bieg z Sercem 2026 w skrócie' over its record sum,
which only its cover's summary claimed). Read on the slides as printed: any template."""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.data.superlatives import claims_record


def _seen(text: str) -> str:
    """`text` as a reader compares it: its breaks and no-break spaces as spaces, case folded."""
    text = text.replace("\u2060", "").replace("\x0b", " ").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split()).casefold()


def _marks(text: str, mark: str) -> bool:
    """Whether `text` (a paragraph) is a tile's mark, its last line, or its label's sentence it
    ends ('Raised for charity. A record'), not a title that says the words ('Ticket revenue at a
    record high', '총 관람객 역대 최다')."""
    last = _seen(text.replace("\x0b", "\n").splitlines()[-1] if text.strip() else "")
    return last == mark or any(last.endswith(f"{stop} {mark}") for stop in ".·")


def unsaid_news(
    printed: Sequence[tuple[str, ...]], records: Sequence[tuple[str, str]], shown: str
) -> list[str]:
    """A warning for each record (`records`: its tile's mark and its label) whose mark a slide
    prints while no other text of that slide claims a record; `printed`, each slide's texts."""
    warnings = []
    for mark, label in records:
        wanted = _seen(mark)
        if not wanted:
            continue
        marked = [n for n, texts in enumerate(printed, start=1) if any(_marks(t, wanted) for t in texts)]
        if not marked:
            continue  # no tile prints it: the template shows no marks
        # its own slide's title or lead: the tiles a few centimetres below it show the mark alone
        others = (t for t in printed[marked[0] - 1] if not _marks(t, wanted))
        if not any(claims_record(t) for t in others):
            warnings.append(
                f"{shown}: slide {marked[0]}: the news, '{label}' (its tile marked '{mark}'), is said by no "
                "title or lead of its slide, only by its tile's mark: title the slide by the record, or "
                "lead it with the words that claim it"
            )
    return warnings
