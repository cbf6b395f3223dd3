"""A donut picture's whole joins its title as the plan words it (charts19): where the ring's hole
has no room for the total, the picture's title says it in the title's own form, as the deck's
titles do ('境外选手来源国（共612人）', '海外来場者の地域別内訳（計約2万1800人）', '지역별 참가팀 (총
16팀)', 'Aussteller nach Land: 1.240 Aussteller'), not by the drawing's own colon
('境外选手来源国：612人' read 'source countries: 612 people', review II). Measured on the laid-out
figure, and on the deck's native donut of a real event."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.charts import chart_size
from reportgen.charts.draw import build_figure
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.chart_data import ChartBar, ChartData
from reportgen.data.plan.totals import total_title, whole_titled
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

#: locale: title, whole, parts, a part's label, the language's pair
CASES = {
    "zh_CN": (
        "境外选手来源国（人）",
        "近2万1800人",
        ["肯尼亚", "埃塞俄比亚", "日本", "其他"],
        "{v}人（{p}%）",
        "：",
    ),
    "ja_JP": (
        "海外来場者の地域別内訳",
        "約2万1800人",
        ["アジア", "北米", "欧州", "その他"],
        "{v}人（{p}%）",
        "：",
    ),
    "ko_KR": ("지역별 참가팀", "1만 2400팀 이상", ["아시아", "유럽", "북미", "기타"], "{v}팀 ({p}%)", ": "),
    "de_DE": (
        "Aussteller nach Land (Aussteller)",
        "1.240\u00a0Aussteller",
        ["Deutschland", "Österreich", "Schweiz", "Andere"],
        "{v}\u00a0Aussteller ({p} %)",
        ": ",
    ),
    "en_GB": (
        "Runners by country",
        "3,180\u00a0runners",
        ["UK", "Ireland", "France", "Other"],
        "{v} ({p}%)",
        ": ",
    ),
}

#: Picture sizes (inches; None: the height the donut needs) small enough that a hole gives up.
SIZES = ((2.6, 2.2), (2.2, 1.8), (2.0, None), (2.6, None), (3.0, 2.0))


def _plan_donut(locale: str) -> ChartData:
    title, total, labels, label, pair = CASES[locale]
    bars = tuple(
        ChartBar(name, 40 - 9 * i, label.format(v=40 - 9 * i, p=40 - 9 * i), "exact")
        for i, name in enumerate(labels)
    )
    data = ChartData("c", title, "donut", bars, False, "", "", total_text=total, pair=pair, locale=locale)
    return whole_titled({"c": data}, locale)["c"]


def _bare(text: str) -> str:
    return "".join(text.split()).replace("\u00a0", "")


@pytest.mark.parametrize("locale", sorted(CASES))
def test_a_donut_pictures_whole_joins_its_title_in_the_titles_own_form(locale: str) -> None:
    data = _plan_donut(locale)
    expected = total_title(data.title, data.total_text, data.pair, locale)
    joined = 0
    for width, height in SIZES:
        fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, width, height))
        if any(t.get_text() for t in fig.axes[0].texts):
            continue  # the whole fits its hole: the title stays the title
        joined += 1
        assert _bare(fig.get_suptitle()) == _bare(expected), (width, height)
    assert joined, "no size left the hole too small for the whole: the test measures nothing"
    if locale[:2] in ("zh", "ja", "ko"):
        assert data.pair.strip() + _bare(data.total_text) not in _bare(expected)  # no '：612人'


def test_the_japanese_decks_native_donut_brackets_its_whole(tmp_path: Path) -> None:
    event = ROOT / "tests" / "data" / "review_events" / "anime-expo-ja.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    titles = [
        shape.chart.chart_title.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_chart and shape.chart.chart_type == -4120  # a doughnut
    ]
    assert titles, "the expo's visitors by region are a native donut"
    assert any("（計約2万1800人）" in t.replace("\u2060", "") for t in titles), titles
    assert not any("：約2万1800人" in t.replace("\u2060", "") for t in titles), titles
