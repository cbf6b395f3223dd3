"""The document check's rule that a document's charts of one unit write it alike on their value
labels (round 25; review WW1 #9: Tainan's trend '46.8萬人次' beside its venues' '15.2萬（39%）', both
of 人次): a reader compares the charts' numbers, and a unit on one chart's and not on the
other's reads as two kinds of figure. The charts' labels are known from their data
(office/repeats.py `Drawn`), each picture by its name or its alt text."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from reportgen.office.printed_texts import drawn_pictures
from reportgen.office.repeats import Drawn
from reportgen.office.seen import quoted

#: What a label's unit is read through: joiners and no-break spaces
_UNSEEN = str.maketrans("", "", "\u2060\u00a0\u202f ")


def _writes(unit: str, labels: Sequence[str]) -> bool | None:
    """Whether a chart's numbered labels write `unit`: True for all, False for none, else None."""
    numbered = [label.translate(_UNSEEN) for label in labels if any(ch.isdigit() for ch in label)]
    if not numbered:
        return None
    said = [unit.translate(_UNSEEN) in label for label in numbered]
    return True if all(said) else False if not any(said) else None


def mixed_units(element: etree._Element, drawn: Sequence[Drawn], where: str) -> list[str]:
    """One warning for each unit whose chart pictures under `element` (a briefing's body, a
    slide's shapes) write it on one chart's value labels and not on another's."""
    by_unit: dict[str, dict[bool, tuple[str, str]]] = {}
    for name, chart in drawn_pictures(element, drawn):
        if not chart.unit.strip():
            continue
        writes = _writes(chart.unit, chart.values)
        example = next((v for v in chart.values if any(ch.isdigit() for ch in v)), "")
        if writes is not None:
            by_unit.setdefault(chart.unit, {}).setdefault(writes, (name, example))
    warnings = []
    for unit, forms in by_unit.items():
        if len(forms) == 2:
            (with_name, with_label), (bare_name, bare_label) = forms[True], forms[False]
            warnings.append(
                f"{where}: charts {quoted(with_name)} ({quoted(with_label)}) and {quoted(bare_name)} "
                f"({quoted(bare_label)}) count {quoted(unit)} but write it on one's labels only; "
                "write the unit alike on every chart of it"
            )
    return warnings
