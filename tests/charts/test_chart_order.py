"""Categories are sorted by value unless they are ordered (issue 19, class 6): dates, days of the
week, times, ranges and numbered categories keep the data's order in every language with a
catalogue, when that order is consistent; the plan says why; the document check's "unsorted bars"
warning spares them and still fires on a shuffled nominal chart."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from reportgen.data import calendar_names, chart_order, plan_view
from reportgen.data.chart_order import Ordering, ordering
from reportgen.data.chart_shape import shape
from reportgen.data.prepare import prepare
from reportgen.office.chart_check import chart_problems
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, seen

EVENTS = Path(__file__).resolve().parent / "events"
CONVENTION = EVENTS / "anime-expo-ja.yaml"  # an outside reviewer's event: three days of a convention
FUN_RUN = EVENTS / "fun-run-en-gb.yaml"  # and a fun run's runners by age group
DAYS = ["7月24日（金）", "7月25日（土）", "7月26日（日）"]
AGES = ["Under 12", "12–17", "18–29", "30–39", "40–49", "50–59", "60–69", "70 and over"]

#: Ordered categories in the data's order, each with what they are; values that sorting by value
#: would reorder are given to each below.
ORDERED = [
    (DAYS, "dates"),
    (["7月31日", "8月1日", "8月2日"], "dates"),
    (["Tue 14 Oct", "Wed 15 Oct", "Thu 16 Oct"], "dates"),
    (["31 July", "1 August", "2 August"], "dates"),
    (["Mo., 31. März", "Di., 1. April", "Mi., 2. April"], "dates"),
    (["31 juillet", "1er août", "2 août"], "dates"),
    (["31.07.2026", "01.08.2026", "02.08.2026"], "dates"),
    (["2026-07-31", "2026-08-01", "2026-08-02"], "dates"),
    (["7/30", "7/31", "8/1"], "dates"),
    (["7月31日", "8月1日", "8月2号"], "dates"),
    (["3월 31일 (월)", "4월 1일 (화)", "4월 2일 (수)"], "dates"),
    (["November", "December", "January"], "dates"),  # a year may wrap once
    (["Nov 2025", "Dec 2025", "Jan 2026"], "dates"),
    (["一月", "二月", "三月"], "dates"),
    (["Friday", "Saturday", "Sunday", "Monday"], "weekdays"),
    (["Freitag", "Samstag", "Sonntag"], "weekdays"),
    (["vendredi", "samedi", "dimanche"], "weekdays"),
    (["金曜日", "土曜日", "日曜日"], "weekdays"),
    (["星期五", "星期六", "星期日"], "weekdays"),
    (["周五", "周六", "周日"], "weekdays"),
    (["10:00", "12:30", "14:00"], "times"),
    (["9 am", "11 am", "1 pm"], "times"),
    (["9h", "14h30", "18h"], "times"),
    (["午前10時", "午後1時", "午後3時30分"], "times"),
    (AGES, "ranges"),
    (list(reversed(AGES)), "ranges"),  # falling is an order too
    (["bis 17", "18–29", "30 und älter"], "ranges"),
    (["moins de 12 ans", "12 à 17 ans", "18 ans et plus"], "ranges"),
    (["12歳未満", "12～17歳", "65歳以上"], "ranges"),
    (["12岁以下", "12岁至17岁", "65岁及以上"], "ranges"),
    (["~12", "13-17", "18~"], "ranges"),
    (["<12", "12-17", "≥70"], "ranges"),
    (["£0–£99", "£100–£499", "£500+"], "ranges"),
    (["2022", "2023", "2024"], "years"),
    (["2024", "2023", "2022"], "years"),
    (["Day 1", "Day 2", "Day 3"], "numbered"),
    (["1日目", "2日目", "3日目"], "numbered"),
    (["第1天", "第2天", "第3天"], "numbered"),
    (["第一天", "第二天", "第三天"], "numbered"),
    (["Round 1", "Round 2", "Round 3"], "numbered"),
    (["Heat 1", "Heat 2", "Heat 3"], "numbered"),
    (["1st", "2nd", "3rd"], "numbered"),
    (["Q3 2025", "Q4 2025", "Q1 2026"], "numbered"),
    (
        ["Etappe 1: Groningen – Assen", "Etappe 2: Assen – Zwolle", "Etappe 3: Zwolle – Leeuwarden"],
        "numbered",
    ),
]


def _values(count: int) -> list[float]:
    """Values no order of the labels follows: by value the middle one comes first."""
    return [*[10.0 + i for i in range(count)][::-1][1:], 100.0]


@pytest.mark.parametrize(("labels", "kind"), ORDERED, ids=[" ".join(labels) for labels, _ in ORDERED])
def test_ordered_categories_keep_the_datas_order(labels: list[str], kind: str) -> None:
    form = shape("bar", labels, _values(len(labels)), False, "auto", len(labels))
    assert (form.order, form.kept_order, form.out_of_order) == (tuple(range(len(labels))), kind, "")


@pytest.mark.parametrize(
    ("labels", "kind"),
    [
        (["7月25日（土）", "7月24日（金）", "7月26日（日）"], "dates"),
        (["18–29", "Under 18", "30+"], "ranges"),
        (["Heat 2", "Heat 1", "Heat 3"], "numbered"),
        (["Saturday", "Friday", "Sunday"], "weekdays"),
        (["Sunday", "Friday", "Saturday"], "weekdays"),  # round the week, but not where it turns
        (["July", "June", "August"], "dates"),
    ],
)
def test_ordered_categories_the_data_shuffles_are_sorted_by_value(labels: list[str], kind: str) -> None:
    form = shape("bar", labels, [1, 3, 2], False, "auto", 3)
    assert (form.order, form.kept_order, form.out_of_order) == ((1, 2, 0), "", kind)


@pytest.mark.parametrize(
    "labels",
    [
        ["Exhibitors", "Visitors", "Media"],
        ["Germany", "France", "May"],  # one month name is no calendar
        ["Hall 1", "Garden", "Hall 2"],  # one label without a number
        ["Online", "Hall A", "その他"],
        ["Do it yourself", "Sa Pa", "So what"],  # two letters that name a day alone are words here
    ],
)
def test_nominal_categories_are_sorted_by_value(labels: list[str]) -> None:
    form = shape("bar", labels, [1, 3, 2], False, "auto", 3)
    assert (form.order, form.kept_order, form.out_of_order) == ((1, 2, 0), "", "")
    assert ordering(labels).kind == ""


def test_a_sentence_is_not_read_for_an_order() -> None:
    """A label over 120 characters is no date or stage; a long run of digits is read once."""
    assert ordering(["Day 1 " + "x" * 120, "Day 2", "Day 3"]) == ordering(["1" * 5000, "2"]) == Ordering()
    assert ordering(["Day 1 " + "x" * 114, "Day 2", "Day 3"]) == Ordering("numbered", True)


def test_the_chart_says_its_order() -> None:
    """`order: value` sorts even dates; `order: as_given` keeps even names."""
    assert shape("bar", DAYS, [1, 3, 2], False, "value", 3).order == (1, 2, 0)
    kept = shape("bar", ["x", "y", "z"], [1, 3, 2], False, "as_given", 3)
    assert (kept.order, kept.kept_order) == ((0, 1, 2), "as_given")


def test_the_calendar_names_are_cldrs() -> None:
    """The generated table is what scripts/make_calendar_names.py writes from Babel today."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_calendar_names.py"
    spec = importlib.util.spec_from_file_location("make_calendar_names", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.source()


# -- the reviewers' two events ------------------------------------------------------------------


def test_the_days_of_a_convention_and_the_age_groups_keep_their_order() -> None:
    days = prepare(CONVENTION).derived.charts["nichibetsu"]
    assert [b.label for b in days.bars] == DAYS and days.kept_order == "dates"
    ages = prepare(FUN_RUN).derived.charts["ages"]
    assert [seen(b.label) for b in ages.bars] == AGES and ages.kept_order == "ranges"


def test_the_plan_says_why() -> None:
    def why(event: Path, chart: str) -> list[str]:
        prepared = prepare(event)
        text = plan_view.plan_text(plan_view.plan_data(prepared.summary, prepared.derived))
        block = text.split("\nCharts\n", 1)[1].split(f"  '{chart}'", 1)[1].split("\n  '", 1)[0]
        return re.findall(r"why: (.*)", block)

    assert "kept in the data's order: the categories are dates" in why(CONVENTION, "nichibetsu")
    assert "kept in the data's order: the categories are ranges" in why(FUN_RUN, "ages")
    assert why(FUN_RUN, "giving") == [
        "sorted by value, largest first: the categories have no order of their own"
    ]


def test_an_option_sorts_the_age_groups_by_value(tmp_path: Path) -> None:
    event = tmp_path / "run.yaml"
    text = FUN_RUN.read_text(encoding="utf-8")
    event.write_text(
        text.replace(
            "    breakdown: true\n    figures: [runners.runners]",
            "    breakdown: true\n    order: value\n    figures: [runners.runners]",
        ),
        encoding="utf-8",
    )
    prepared = prepare(event)
    ages = prepared.derived.charts["ages"]
    assert [b.label for b in ages.bars][:3] == ["30–39", "18–29", "40–49"] and ages.kept_order == ""
    text = plan_view.plan_text(plan_view.plan_data(prepared.summary, prepared.derived))
    assert "why: sorted by value, largest first (order: value)" in text


# -- the documents ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    folder = tmp_path_factory.mktemp("ordered")
    found = {}
    for event in (CONVENTION, FUN_RUN):
        result = build(event, Settings.simple(folder / event.stem, TEMPLATES))
        assert not [w for w in result.warnings if "neither rising nor falling" in w]
        found[event.stem] = list(result.files)
    return found


def _deck_categories(files: list[Path], title: str) -> list[str]:
    deck = next(f for f in files if f.name.endswith("-deck.pptx"))
    for slide in Presentation(str(deck)).slides:
        for frame in slide.shapes:
            if frame.has_chart and frame.chart.has_title and frame.chart.chart_title.text_frame.text == title:
                return list(frame.chart.plots[0].categories)
    raise AssertionError(f"no chart {title!r} in {deck}")


def _briefing_alt(files: list[Path], title: str) -> str:
    briefing = next(f for f in files if f.name.endswith("-briefing.docx"))
    with zipfile.ZipFile(briefing) as package:
        document = package.read("word/document.xml").decode("utf-8")
    alts = [a for a in re.findall(r'descr="([^"]*)"', document) if title in a]
    assert len(alts) == 1, alts
    Document(str(briefing))  # the file opens
    return alts[0]


def test_the_deck_and_the_briefing_draw_the_days_in_their_order(built: dict[str, list[Path]]) -> None:
    files = built[CONVENTION.stem]
    assert _deck_categories(files, "日別来場者数") == DAYS
    alt = _briefing_alt(files, "日別来場者数")
    assert [alt.index(day) for day in DAYS] == sorted(alt.index(day) for day in DAYS)


def test_the_deck_and_the_briefing_draw_the_ages_in_their_order(built: dict[str, list[Path]]) -> None:
    files = built[FUN_RUN.stem]
    assert [seen(c) for c in _deck_categories(files, "Runners by age group")] == AGES
    alt = seen(_briefing_alt(files, "Runners by age group"))
    assert [alt.index(f"{age}:") for age in AGES] == sorted(alt.index(f"{age}:") for age in AGES)


# -- the document check -------------------------------------------------------------------------


def _chart(labels: list[str], values: tuple[float, ...]) -> object:
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    data = CategoryChartData()
    data.categories = labels
    data.add_series("Visitors", values)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, 0, 0, Inches(9), Inches(5), data)
    return frame.chart


@pytest.mark.parametrize(
    ("labels", "values"),
    [
        (DAYS, (48200, 72300, 66900)),
        (AGES[:4], (290, 340, 610, 100)),
        (["Friday", "Saturday", "Sunday"], (1, 3, 2)),
    ],
)
def test_the_check_spares_ordered_categories(labels: list[str], values: tuple[float, ...]) -> None:
    assert chart_problems(_chart(labels, values), "here", {}, frozenset()) == []


def test_the_check_still_finds_shuffled_names() -> None:
    assert chart_problems(_chart(["Paris", "Berlin", "Madrid"], (15, 1, 10)), "here", {}, frozenset()) == [
        "here: the bars are in neither rising nor falling order (Paris, Berlin, Madrid…), and their "
        "categories are not a sequence such as years; sort them by value"
    ]


# -- which way they read ------------------------------------------------------------------------


def test_the_pictures_read_first_to_last_down_and_across() -> None:
    """Horizontal bars from the top, columns from the left, as the data gives them."""
    from reportgen.charts import chart_size
    from reportgen.charts.draw import build_figure
    from reportgen.charts.theme import DEFAULT_THEME

    ages = prepare(FUN_RUN).derived.charts["ages"]
    assert ages.kind == "hbar"
    fig = build_figure(ages, DEFAULT_THEME, chart_size(ages, DEFAULT_THEME, 6.535, None))
    ticks = {
        t.get_text(): y for t, y in zip(fig.axes[0].get_yticklabels(), fig.axes[0].get_yticks(), strict=True)
    }
    assert [seen(t) for t in sorted(ticks, key=lambda label: -ticks[label])] == AGES
    days = prepare(CONVENTION).derived.charts["nichibetsu"]
    assert days.kind == "bar"
    fig = build_figure(days, DEFAULT_THEME, chart_size(days, DEFAULT_THEME, 6.535, None))
    ticks = {
        t.get_text(): x for t, x in zip(fig.axes[0].get_xticklabels(), fig.axes[0].get_xticks(), strict=True)
    }
    assert sorted(ticks, key=lambda label: ticks[label]) == DAYS


def test_the_decks_horizontal_bars_read_from_the_top(built: dict[str, list[Path]]) -> None:
    deck = next(f for f in built[FUN_RUN.stem] if f.name.endswith("-deck.pptx"))
    charts = [s.chart for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    (chart,) = [c for c in charts if c.has_title and c.chart_title.text_frame.text == "Runners by age group"]
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    assert chart.category_axis.reverse_order  # the first category at the top


def test_a_list_of_labels_is_read_once_a_process_and_the_memo_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The plan and the document check both ask whether a chart's categories are ordered, and
    `reportgen watch` asks again after every save: each list of labels is read once, with the
    answer a first reading gives; labels past MAX_LABEL are never read (nor kept)."""
    from reportgen.data import chart_order
    from reportgen.memo import Memo

    monkeypatch.setattr(chart_order, "_ORDERINGS", Memo(20), raising=False)
    read: list[str] = []
    original = chart_order.normalise

    def normalise(label: str) -> str:
        read.append(label)
        return original(label)

    monkeypatch.setattr(chart_order, "normalise", normalise)
    months = ["Mar 2025", "Apr 2025", "May 2025"]
    assert ordering(months) == Ordering("dates", True)
    assert len(read) == 3
    assert ordering(list(months)) == Ordering("dates", True) and len(read) == 3  # kept
    assert ordering(["May 2025", "Mar 2025", "Apr 2025"]) == Ordering("dates", False)
    assert ordering(["x" * (chart_order.MAX_LABEL + 1), "y"]) == Ordering()
    for n in range(100):
        ordering([f"Team {n}", "Team Z"])
    assert len(chart_order._ORDERINGS) == 20


def _names_pattern_one_bound_each(names: dict[str, int]) -> re.Pattern[str]:
    """Round 25's construction of the month and weekday pattern: a pair of word bounds around each
    Latin name (compiled in about 9 ms a table); the one pair around all must find the same."""
    parts = []
    for word in sorted(names, key=len, reverse=True):
        if len(word) == 1:
            parts.append(rf"(?<=[(\[]){re.escape(word)}(?=[)\]])")
        elif unicodedata.east_asian_width(word[0]) in {"W", "F"}:
            parts.append(re.escape(word))
        else:
            parts.append(rf"(?<![^\W\d_]){re.escape(word)}\.?(?![^\W\d_])")
    return re.compile("|".join(parts))


@pytest.mark.parametrize("table", ["MONTHS", "WEEKDAYS"])
def test_the_names_pattern_finds_what_a_bound_around_each_name_found(table: str) -> None:
    names = getattr(calendar_names, table)
    new, old = chart_order.names_pattern(names), _names_pattern_one_bound_each(names)
    contexts = (
        "{}",
        "{}.",
        "x{}",
        "{}x",
        "({})",
        "（{}）",
        "[{}]",
        "3 {} 2026",
        "{}曜日",
        "12{}",
        "-{}-",
        "{}s",
    )
    others = ["2026年3月", "第三天（金）", "Mon–Fri", "Montag, 3. März", "Q1 2026", "1er mars", "10月（土）"]
    texts = [c.format(n) for n in names for c in contexts] + [
        c.format(n.upper()) for n in names for c in contexts[:3]
    ]
    texts += [f"{a} {b}" for a in list(names)[::9] for b in list(names)[::11]] + others
    for text in texts:
        a, b = new.search(text), old.search(text)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), text
