"""The names a template can use, built from the model and the derived values.

Both renderers get the same names; only `chart(...)` differs, because a picture is a different
thing in Word and in PowerPoint. Keep this list in step with the template authors' guide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .charts import alt_text
from .derive import Derived, FigureView
from .model import EventSummary


@dataclass(frozen=True)
class ChartInfo:
    id: str
    title: str
    caption: str
    alt_text: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    publisher: str | None
    published: Any
    url: str | None
    note: str | None


class FigureNotFound(LookupError):
    pass


def template_context(summary: EventSummary, derived: Derived) -> dict[str, Any]:
    figures = derived.figures

    def figure(ref: str) -> FigureView:
        """`figure('reach.online_viewers')`: a figure by name, or an error naming what exists."""
        if ref not in figures:
            raise FigureNotFound(f"no figure {ref!r} in the data (known: {', '.join(figures)})")
        return figures[ref]

    return {
        "event": summary.event,
        "sections": derived.sections,
        "section_list": list(derived.sections.values()),
        "figures": figures,
        "figure": figure,
        "key_figures": list(derived.key_figures),
        "charts": {
            cid: ChartInfo(cid, data.title, data.caption, alt_text(data), data.documents)
            for cid, data in derived.charts.items()
        },
        "sources": [
            SourceInfo(sid, s.title, s.publisher, s.published, s.url, s.note)
            for sid, s in summary.sources.items()
        ],
        "slug": derived.slug,
    }
