"""The lines of a built document that read 'Label: value' with no verb, as `validate` finds them in
the plan (data/wording.py): the document check (office/quality.py) names where each is printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportgen.data.seen_text import as_seen


def _plain(text: str) -> str:
    return " ".join(as_seen(text).split())


def _label_value(texts: Sequence[tuple[str, str]], shown: str, label_lines: Mapping[str, str]) -> list[str]:
    """A line that reads 'Label: value', where the document prints it: `label_lines` maps each
    line `wording.label_value_lines` finds in the plan to what `validate` says of it, so the two
    commands say the same (review Q)."""
    warnings = []
    for line, said in label_lines.items():
        plain = _plain(line)
        where = next((w for w, text in texts if plain and plain in _plain(text)), None)
        if where is not None:
            warnings.append(f"{shown}: {where}: {said}")
    if len(warnings) <= MOST_LABEL_LINES:
        return warnings
    more = len(warnings) - MOST_LABEL_LINES  # a build's warnings fit one screen
    return [
        *warnings[:MOST_LABEL_LINES],
        f"{shown}: {more} more line{'s' * (more != 1)} read 'Label: value'; `reportgen validate` names each",
    ]


#: The "Label: value" lines a document's check names one by one; the rest are counted.
MOST_LABEL_LINES = 3
