"""The chart kinds, each registered once: what it is called, what its alt text says, which data
it needs. Validation (`model`), the words of the alt text (`derive`) and drawing (`charts.draw`,
keyed by the same names; a test checks that every kind has a drawer) all read this table, so a new
kind is one entry here and one drawing function there (docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.data.messages import N_


@dataclass(frozen=True)
class ChartKindInfo:
    name: str
    words: str  # how the alt text names the kind (N_("Donut chart"))
    draws_breakdowns: bool = False  # one series per breakdown part of every figure (stacked, grouped)
    min_figures_without_breakdown: int = 1  # a donut of one figure is a disc: it needs two, or parts

    def problems(self, figures: int, breakdown: bool) -> list[str]:
        """What is wrong with a chart of this kind over `figures` figures (shape only, no data)."""
        found = []
        if breakdown and figures != 1:
            found.append("a breakdown chart draws the parts of exactly one figure")
        if breakdown and self.draws_breakdowns:
            found.append(
                f"a {self.name} chart already draws the breakdowns of its figures; "
                "remove breakdown: true (or use a bar, hbar or donut chart of one figure's parts)"
            )
        least = self.min_figures_without_breakdown
        if not breakdown and figures < least:
            count = {2: "two", 3: "three"}.get(least, str(least))
            found.append(f"a {self.name} needs {count} or more figures, or breakdown: true")
        return found


CHART_KINDS: dict[str, ChartKindInfo] = {
    info.name: info
    for info in (
        ChartKindInfo("bar", N_("Bar chart")),
        ChartKindInfo("hbar", N_("Horizontal bar chart")),
        ChartKindInfo("donut", N_("Donut chart"), min_figures_without_breakdown=2),
        ChartKindInfo("stacked", N_("Stacked bar chart"), draws_breakdowns=True),
        ChartKindInfo("grouped", N_("Grouped bar chart"), draws_breakdowns=True),
    )
}

#: How the alt text and the plan name a logarithmic chart: it is drawn as dots, never bars (on a
#: log axis a bar's length starts from an arbitrary baseline and means nothing).
DOT_PLOT = N_("Dot plot")
