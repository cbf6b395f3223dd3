"""The names a template can use, built from the model and the derived values.

Both renderers get the same names; only `chart(...)` differs, because a picture is a different
thing in Word and in PowerPoint. Everything here is a plain value (str, numbers, dates, tuples,
dicts) or a view type from `views`/`derive`; no model object, library object or bare function is
handed out. Keep this list in step with the template authors' guide (a test checks it).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .charts import alt_text
from .derive import Derived, FigureView
from .jinja_env import TAG
from .model import EventSummary
from .views import ChartInfo, SourceInfo, TemplateFunction, event_view


class FigureNotFound(LookupError):
    pass


def template_context(summary: EventSummary, derived: Derived) -> dict[str, Any]:
    figures = derived.figures

    def figure(ref: Any) -> FigureView:
        """`figure('reach.online_viewers')`: a figure by name, or an error naming what exists."""
        if not isinstance(ref, str) or ref not in figures:
            known = ", ".join(figures)
            raise FigureNotFound(f"no figure {str(ref)[:80]!r} in the data (known: {known[:400]})")
        return figures[ref]

    return {
        "event": event_view(summary.event),
        "sections": dict(derived.sections),
        "section_list": tuple(derived.sections.values()),
        "figures": dict(figures),
        "figure": TemplateFunction("figure", figure),
        "key_figures": tuple(derived.key_figures),
        "charts": {
            cid: ChartInfo(cid, data.title, data.caption, alt_text(data), tuple(data.documents))
            for cid, data in derived.charts.items()
        },
        "sources": tuple(
            SourceInfo(sid, s.title, s.publisher, s.published, s.url, s.note)
            for sid, s in summary.sources.items()
        ),
        "slug": derived.slug,
    }


def literal_tags(context: dict[str, Any]) -> frozenset[str]:
    """Tag-like texts in the data ("{{ x }}" in a name), which documents print literally."""
    found: set[str] = set()
    stack: list[Any] = list(context.values())
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if "{" in value:
                found.update(TAG.findall(value))
        elif isinstance(value, dict):
            stack += value.values()
        elif isinstance(value, list | tuple):
            stack += value
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            stack += [getattr(value, f.name) for f in dataclasses.fields(value) if not f.name.startswith("_")]
    return frozenset(found)
