"""Chart pictures for one build: drawn when a slot asks, at the slot's size, in the document's look.

The renderers call `picture(...)` while they place charts, so a chart in the briefing is drawn at
the width its tag gives and one in a deck slot at the slot's size: 1 pt of type in the figure is
1 pt on the page. Each picture is cached by its data, look and size. The PNG files a build writes
beside the documents are the chart as the briefing shows it (or as first placed), and charts never
placed as pictures (native in the deck only) are drawn at the look's default size for them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportgen.charts import RenderedChart, cache_key, cached_chart, chart_size
from reportgen.charts.fonts import font_set
from reportgen.charts.theme import Theme
from reportgen.commit.output import Staging, os_error, write_new
from reportgen.data.chart_data import as_drawn, shown
from reportgen.data.contrast import WHITE, label_colour
from reportgen.data.derive import ChartData, alt_text
from reportgen.data.logo import Logo
from reportgen.data.prepare import output_name
from reportgen.data.project import ChartStyle
from reportgen.office.look import Look
from reportgen.pipeline.drawing import Drawer


def _styled(theme: Theme, style: ChartStyle | None) -> Theme:
    if style is None:
        return theme
    if style.colours:
        theme = replace(theme, palette=tuple(c.upper() for c in style.colours))
    if style.font:
        theme = replace(theme, chart_fonts=tuple(dict.fromkeys((style.font, *theme.chart_fonts))))
    return theme


class ChartPictures:
    def __init__(
        self,
        charts: dict[str, ChartData],
        themes: dict[str, Theme],
        cache: Path | None,
        stage: Staging,
        style: ChartStyle | None = None,
        drawer: Drawer | None = None,
        tag: str = "",
    ) -> None:
        self.charts, self.themes, self.cache, self.stage = charts, dict(themes), cache, stage
        self.tag = tag  # in its staged files' names: one stage holds every language's pictures
        self.style, self.drawer = style, drawer
        fonts = font_set()  # once a build: a resident server sees fonts installed while it runs
        for document, theme in self.themes.items():
            self.themes[document] = replace(_styled(theme, style), font_set=fonts)
        self.first: dict[str, bytes] = {}
        self.drawn = self.cached = 0
        self.keys: list[str] = []  # the cache entries this build used, drawn or not
        self.warnings: list[str] = []
        self.missing_glyphs: dict[str, str] = {}
        self._count = 0
        self.logo_path: Path | None = None

    def logo(self) -> Path | None:
        return self.logo_path

    def set_look(self, document: str, look: Look | None) -> None:
        """Pictures for `document` take its template's colours and font (the project's style wins)."""
        if look is None:
            return
        theme = self.themes[document]
        fonts = tuple(dict.fromkeys((look.font, *theme.chart_fonts))) if look.font else theme.chart_fonts
        theme = replace(
            theme,
            palette=look.palette,
            primary=look.primary,
            text=label_colour(WHITE, (look.text,)),  # chart text on the white page, readable (AA)
            light=look.light,
            chart_fonts=fonts,
        )
        self.themes[document] = _styled(theme, self.style)

    def override(self) -> tuple[tuple[str, ...], str]:
        if self.style is None:
            return (), ""
        return tuple(self.style.colours), self.style.font or ""

    def add_logo(self, logo: Logo) -> None:
        """Stage a copy of the event's logo (checked by `load_logo`, as `validate` checks it)."""
        self.logo_path = self.stage.area / f".logo{self.tag}{logo.suffix}"
        write_new(self.logo_path, logo.data)

    def ids(self) -> list[str]:
        return list(self.charts)

    def data(self, chart_id: str) -> ChartData | None:
        return self.charts[chart_id]

    def alt_text(self, chart_id: str) -> str:
        return alt_text(self.charts[chart_id])

    def picture(self, chart_id: str, document: str, width_in: float, height_in: float | None) -> Path:
        chart = self._draw(chart_id, document, width_in, height_in)
        self.first.setdefault(chart_id, chart.png)
        self._count += 1
        path = self.stage.area / f".picture{self.tag}-{self._count}.png"
        try:
            write_new(path, chart.png)
        except OSError as exc:
            raise os_error("write", self.stage.folder, exc) from None
        return path

    def output_pictures(self, slug: str, suffix: str = "") -> None:
        """Stage `<slug>-chart-<id><suffix>.png` for every chart a document draws (suffix: the
        edition's language, when there are several): as first placed, else at the default size.
        A chart no document draws (printed as a sentence) has none: an earlier build's goes."""
        for chart_id, data in self.charts.items():
            final = self.stage.folder / output_name(slug, f"chart-{chart_id}", "png", suffix)
            if not shown(data):
                self.stage.remove(final)
                continue
            png = self.first.get(chart_id)
            if png is None:
                png = self._draw(chart_id, "briefing", self.themes["briefing"].chart_size[0], None).png
            self.stage.write_bytes(final, png)

    def prefetch(self, briefing_width_in: float) -> None:
        """Ask the drawing helper for every chart as the build will most likely need it: at the
        briefing's usual width in the briefing's look (the PNG written beside the documents)."""
        if self.drawer is None:
            return
        theme = self.themes["briefing"]
        # the briefing's pictures first (a document waits for them), then the other PNG files
        ordered = sorted(
            filter(shown, self.charts.values()), key=lambda data: "briefing" not in data.documents
        )
        for data in map(as_drawn, ordered, ["briefing"] * len(ordered)):
            size = chart_size(data, theme, briefing_width_in, None)
            key = cache_key(data, theme, size)
            if self.cache is None or not (self.cache / f"{key}.png").exists():
                self.drawer.ask(key, data, theme, size)

    def _draw(self, chart_id: str, document: str, width_in: float, height_in: float | None) -> RenderedChart:
        data, theme = as_drawn(self.charts[chart_id], document), self.themes[document]
        size = chart_size(data, theme, width_in, height_in)
        elsewhere = self.drawer.take if self.drawer is not None else None
        chart = cached_chart(data, theme, self.cache, size, elsewhere)
        self.keys.append(cache_key(data, theme, size))
        if chart.cache_note:
            self.warnings.append(f"chart {chart_id!r}: {chart.cache_note}")
        if chart.missing_glyphs:
            self.missing_glyphs[chart_id] = chart.missing_glyphs
        self.cached += chart.from_cache
        self.drawn += not chart.from_cache
        return chart
