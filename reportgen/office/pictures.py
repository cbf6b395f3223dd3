"""What the renderers ask of charts: their data (for native charts) and pictures drawn at a size.

The renderers place charts; they do not draw them. A picture is drawn when a slot asks for it, at
the size of the slot, so one point of type in the figure is one point on the page. The build
passes a `ChartSource` that draws (with its cache); tests and simple callers may pass ready-made
pictures as `{chart_id: (png_path, alt_text)}`, which `chart_source` wraps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from reportgen.data.derive import ChartData
from reportgen.data.formatting import Formatter
from reportgen.office.look import Look


class ChartSource(Protocol):
    def ids(self) -> list[str]: ...

    def data(self, chart_id: str) -> ChartData | None:
        """The chart's data, for a native chart; None when only a picture is available."""

    def alt_text(self, chart_id: str) -> str: ...

    def logo(self) -> Path | None:
        """The event's logo picture (checked), or None."""

    def set_look(self, document: str, look: Look | None) -> None:
        """The look of `document`'s template, read by its renderer before any picture is asked for."""

    def override(self) -> tuple[tuple[str, ...], str]:
        """Colours and font the project sets for every chart ((), '' when it sets none): native
        charts then use them instead of the theme's."""

    def picture(self, chart_id: str, document: str, width_in: float, height_in: float | None) -> Path:
        """A PNG of the chart drawn `width_in` wide (and `height_in` high, or as its kind needs)
        for `document` ('briefing' or 'deck'), whose look it takes."""


class FixedPictures:
    """Pictures drawn beforehand: placed as they are (scaled to fit), never native."""

    def __init__(self, images: dict[str, tuple[Path, str]]) -> None:
        self.images = images

    def ids(self) -> list[str]:
        return list(self.images)

    def data(self, chart_id: str) -> ChartData | None:
        return None

    def alt_text(self, chart_id: str) -> str:
        return self.images[chart_id][1]

    def picture(self, chart_id: str, document: str, width_in: float, height_in: float | None) -> Path:
        return self.images[chart_id][0]

    def logo(self) -> Path | None:
        return None

    def set_look(self, document: str, look: Look | None) -> None:
        pass

    def override(self) -> tuple[tuple[str, ...], str]:
        return (), ""


def chart_source(charts: ChartSource | dict[str, tuple[Path, str]]) -> ChartSource:
    return FixedPictures(charts) if isinstance(charts, dict) else charts


def logo_alt(context: dict[str, Any], fmt: Formatter) -> str:
    """The logo picture's alt text: 'Logo of <event name>' in the event's language (a reader who
    cannot see it learns whose logo it is), 'Logo' for a context without an event name."""
    name = getattr(context.get("event"), "name", "") or ""
    return fmt.gettext("Logo of %(name)s", name=name) if name else fmt.gettext("Logo")
