"""A chart's finding from its own data (data/chart_findings.py, review Q): the leader or the two
leaders of sorted categories, the change over years or dates; none for a tie, a flat spread, a
series that turns or barely moves, or qualifiers that leave the order open; every language's
pattern from its catalogue, and none in a language without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data import messages
from reportgen.data.chart_data import ChartData
from reportgen.data.chart_findings import FINDING_LANGUAGES, Point, finding
from reportgen.data.prepare import prepare

from ..conftest import ROOT

OTHER = ("Other",)
SOMMET = ROOT / "tests" / "data" / "review_events" / "sommet-startups-bordeaux-fr.yaml"
BUCHMESSE = ROOT / "tests" / "events" / "buchmesse-de.yaml"
NBSP = str.maketrans({"\u00a0": " ", "\u202f": " "})


def _bars(*values: float, unit: str = "delegations", bounds: tuple[str, ...] = ()) -> list[Point]:
    names = ("Germany", "France", "Spain", "Italy", "Poland", "Sweden")
    return [
        Point(names[i], v, bounds[i] if i < len(bounds) else "exact", f"{v:,.0f} {unit}", f"{v:,.0f}")
        for i, v in enumerate(values)
    ]


def _years(*values: float, start: int = 2019) -> list[Point]:
    return [
        Point(str(start + i), v, "exact", f"{v:,.0f} visitors", f"{v:,.0f}") for i, v in enumerate(values)
    ]


def test_a_clear_leader_is_the_finding() -> None:
    assert finding(_bars(120, 60, 50, 40), "", "en", OTHER) == "Germany first, with 120 delegations"


@pytest.mark.parametrize(
    "values",
    [
        (100, 100, 95, 40),  # a tie (two tied ahead of the rest are two leaders)
        (100, 95, 90, 88, 85),  # a flat spread
        (100, 90, 85),  # two close, among three: no pair either
    ],
)
def test_a_tie_or_a_flat_spread_has_no_leader(values: tuple[float, ...]) -> None:
    assert finding(_bars(*values), "", "en", OTHER) == ""


def test_two_leaders_ahead_of_the_rest() -> None:
    said = finding(_bars(212, 187, 143, 121), "", "en", OTHER)
    assert said == "Germany and France lead, with 212 and 187 delegations"
    assert finding(_bars(100, 100, 50, 40), "", "en", OTHER).startswith("Germany and France lead")


def test_qualifiers_that_leave_the_order_open_state_nothing() -> None:
    # 'about 130' may be 117; 'more than 100' may be anything above
    assert finding(_bars(130, 110, 50, bounds=("around", "exact")), "", "en", OTHER) == ""
    assert finding(_bars(150, 100, 50, bounds=("exact", "above")), "", "en", OTHER) == ""
    # the amount keeps its qualifier: it is printed as the formatter printed it
    bars = [Point("Germany", 500, "above", "more than 500 delegations"), *_bars(200, 100, 50)[1:]]
    assert finding(bars, "", "en", OTHER) == "Germany first, with more than 500 delegations"


def test_a_catch_all_first_is_no_leader() -> None:
    bars = [Point("Other countries", 500, "exact", "500"), *_bars(200, 100, 50)[1:]]
    assert finding(bars, "", "en", OTHER) == ""


def test_growth_and_decline_from_first_to_last() -> None:
    assert finding(_years(12000, 18000, 30000), "years", "en") == "Up from 12,000 (2019) to 30,000 (2021)"
    assert finding(_years(30000, 18000, 12000), "years", "en") == "Down from 30,000 (2019) to 12,000 (2021)"
    said = finding(_years(12000, 18000, 30000), "years", "de_DE")
    assert said == "Von 12,000 (2019) auf 30,000 (2021) gestiegen"


@pytest.mark.parametrize(
    "values",
    [
        (12000, 30000, 20000),  # it turns: no claim beyond its values
        (12000, 12300, 12500),  # barely moves
    ],
)
def test_a_series_that_turns_or_barely_moves_states_nothing(values: tuple[float, ...]) -> None:
    assert finding(_years(*values), "years", "en") == ""


def test_only_years_and_dates_are_a_change() -> None:
    halls = [Point(f"Hall {i}", v, "exact", str(v)) for i, v in enumerate((820, 700, 510), 1)]
    assert finding(halls, "numbered", "en") == ""
    assert finding(halls, "as_given", "en") == ""


def test_every_language_has_its_own_words() -> None:
    english = finding(_bars(120, 60, 50, 40), "", "en", OTHER)
    for language in sorted(FINDING_LANGUAGES - {"en"}):
        said = finding(_bars(120, 60, 50, 40), "", language, OTHER)
        assert said and said != english, language
        assert "first" not in said and " with " not in said, language
        assert messages.catalogue_name(language) == language


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr_FR", "Germany et France en tête avec 212 et 187 délégués"),
        ("pl_PL", "Germany i France na czele: 212 i 187 delegatów"),
        ("sv_SE", "Germany och France i topp med 212 och 187 delegater"),
        ("ja_JP", "上位はGermany、France（212人、187人）"),
        ("zh_Hans_CN", "Germany和France位居前两位（212人和187人）"),
    ],
)
def test_two_leaders_in_other_languages(locale: str, expected: str) -> None:
    unit = {"fr_FR": "délégués", "pl_PL": "delegatów", "sv_SE": "delegater"}.get(locale, "")
    bars = [
        Point(
            p.label,
            p.value,
            "exact",
            f"{p.value:.0f} {unit}" if unit else f"{p.value:.0f}人",
            f"{p.value:.0f}",
        )
        for p in _bars(212, 187, 143, 121)
    ]
    assert finding(bars, "", locale, OTHER) == expected


def test_cjk_keeps_each_amount_with_its_unit() -> None:
    days = [
        Point(f"7月{24 + i}日", v, "exact", f"{v:,.0f}人", f"{v:,.0f}")
        for i, v in enumerate((48200, 60000, 72300))
    ]
    assert finding(days, "dates", "ja_JP") == "48,200人（7月24日）から72,300人（7月26日）に増加"
    assert " " not in finding(days, "dates", "zh_Hant_TW")


def test_a_language_without_the_patterns_keeps_the_topic() -> None:
    assert finding(_bars(120, 60, 50, 40), "", "tr_TR", OTHER) == ""


def _charts(tmp_path: Path, source: Path, *edits: tuple[str, str]) -> dict[str, ChartData]:
    text = source.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    event = tmp_path / source.name
    event.write_text(text, encoding="utf-8")
    return prepare(event).derived.charts


def test_a_donuts_finding_is_its_largest_parts_share(tmp_path: Path) -> None:
    said = "Les tours de série B et au-delà représentent environ les deux tiers du montant annoncé."
    charts = _charts(tmp_path, SOMMET, (f"    caption: {said}\n", ""))
    # the share as the donut prints it, qualifier and all (its whole is 'nearly' an amount)
    assert charts["levees_stade"].found.translate(NBSP) == "Série B et au-delà en tête avec environ 66 %"


def test_no_finding_that_would_print_a_number_a_third_time(tmp_path: Path) -> None:
    assert _charts(tmp_path, BUCHMESSE)["laender"].found == "Deutschland an der Spitze: 820"
    # a key figure: its tile and its bar print it already
    key = ("de: {label: Deutschland, value: 820}", "de: {label: Deutschland, value: 820, key: true}")
    assert _charts(tmp_path, BUCHMESSE, key)["laender"].found == ""
    # a summary that writes the number says it already
    said = "    title: Aussteller nach Land\n    figures:"
    summary = (
        "    title: Aussteller nach Land\n    summary: Aus Deutschland kamen 820 Aussteller.\n    figures:"
    )
    assert _charts(tmp_path, BUCHMESSE, (said, summary))["laender"].found == ""


@pytest.mark.parametrize(
    ("locale", "words", "expected"),
    [
        # review X: 'in testa con circa 20%', where an Italian editor writes 'circa il 20%'
        ("it_CH", "circa 20%", "Lugano in testa con circa il 20%"),
        ("it_IT", "8%", "Lugano in testa con l’8%"),  # otto: said with a vowel
        ("it_IT", "meno di 11%", "Lugano in testa con meno dell’11%"),
        ("es_CO", "alrededor de 34 %", "Lugano, en cabeza con alrededor del 34 %"),
        ("fr_FR", "environ 20 %", "Lugano en tête avec environ 20 %"),  # French sets none
        ("it_IT", "820 visitatori", "Lugano in testa con 820 visitatori"),  # no share, no article
    ],
)
def test_a_share_takes_the_article_its_language_sets(locale: str, words: str, expected: str) -> None:
    value = float(words.split()[-2] if words.split()[-1].isalpha() else words.rstrip(" %").split()[-1])
    bars = [Point("Lugano", value, "exact", words), *(Point(n, value / 3, "exact", "x") for n in "ABC")]
    assert finding(bars, "", locale, OTHER).translate(NBSP) == expected


TREND = """\
event: {name: Congrès Test 2026, short_name: CT 2026, year: 2026, city: Lyon, closing_date: 2026-06-19}
formatting: {locale: LANG}
sources: {release: {title: Communiqué}}
sections:
  participation:
    title: Participation
    figures:
      participants: {label: "2026", value: 1460, unit: UNIT, headline: true}
      p2023: {label: "2023", value: 780, unit: UNIT}
      p2024: {label: "2024", value: 910, unit: UNIT}
      p2025: {label: "2025", value: 1120, unit: UNIT}
charts:
  trend:
    title: Participants, 2023–2026
    kind: bar
    figures: [participation.p2023, participation.p2024, participation.p2025, participation.participants]
"""


@pytest.mark.parametrize(
    ("language", "unit", "expected"),
    [
        ("en_GB", "participants", "Up about 87% since 2023"),
        ("fr_FR", "participants", "Environ 87 % de plus qu’en 2023"),
        ("de_DE", "Teilnehmende", "Rund 87 % mehr als 2023"),
        ("nb_NO", "deltakere", "Økning på omkring 87 % siden 2023"),
        ("ja_JP", "人", "2023年から約87%増加"),  # its year as the document prints years
        ("ko_KR", "명", "2023년 대비 약 87% 증가"),
        ("zh_Hans_CN", "人", "较2023年增长约87%"),
    ],
)
def test_a_trend_ending_in_a_key_figure_states_its_change_in_percent(
    tmp_path: Path, language: str, unit: str, expected: str
) -> None:
    """Review OO2: 780 → 1,460 participants, its last a key figure, was titled 'Participation' and
    neither document said it rose; the amounts would print the key figure a third time, the change
    in percent does not."""
    event = tmp_path / "trend.yaml"
    event.write_text(TREND.replace("LANG", language).replace("UNIT", unit), encoding="utf-8")
    found = prepare(event).derived.charts["trend"].found
    assert found.translate(NBSP) == expected
    assert "1460" not in found.translate(NBSP).replace(" ", "").replace(",", "")


def test_a_change_in_percent_needs_exact_ends_and_one_direction(tmp_path: Path) -> None:
    event = tmp_path / "trend.yaml"
    text = TREND.replace("LANG", "en_GB").replace("UNIT", "participants")
    event.write_text(text.replace("value: 780,", "value: 780, qualifier: about,"), encoding="utf-8")
    found = prepare(event).derived.charts["trend"].found.translate(NBSP)
    assert found == "Up about 30.4% since 2025"  # no share of an approximate start; the exact step
    # a series that turns has no change since its first year; its last year's on the one before is
    # its news (review QQ1: a festival's attendance fell after four years of growth)
    event.write_text(text.replace("value: 1120,", "value: 1620,"), encoding="utf-8")
    assert prepare(event).derived.charts["trend"].found.translate(NBSP) == "Down about 9.9% since 2025"


@pytest.mark.parametrize(
    ("language", "unit", "last", "expected"),
    [
        ("pl_PL", "uczestników", "4990", "Ponad sześć razy więcej niż w 2023 roku"),
        ("en_GB", "participants", "4990", "More than six times 2023’s"),
        ("de_DE", "Teilnehmende", "4990", "Mehr als sechsmal so viel wie 2023"),
        ("en_GB", "participants", "2340", "Three times 2023’s"),  # a whole multiple: no 'more than'
        ("fr_FR", "participants", "1560", "Deux fois plus qu’en 2023"),
        ("es_ES", "participantes", "1600", "Más del doble que en 2023"),
        ("ko_KR", "명", "4990", "2023년 대비 6배 이상"),
        ("ja_JP", "人", "10920", "2023年の14倍"),  # digits past the spelled numbers
    ],
)
def test_a_rise_of_a_doubling_or_more_is_a_multiple(
    tmp_path: Path, language: str, unit: str, last: str, expected: str
) -> None:
    """Review RR1: 'O ponad 539% więcej niż w 2022' read as machine output; an editor writes the
    multiple, rounded down, 'more than' where it is not whole, spelled where the language spells."""
    event = tmp_path / "trend.yaml"
    text = TREND.replace("LANG", language).replace("UNIT", unit).replace("value: 1460,", f"value: {last},")
    event.write_text(text, encoding="utf-8")
    assert prepare(event).derived.charts["trend"].found.translate(NBSP) == expected


@pytest.mark.parametrize(
    ("language", "label", "last", "expected"),
    [
        (
            "pl_PL",
            "Kwota zebrana w 2026 roku",
            "4990",
            "Kwota zebrana w 2026 roku: ponad sześć razy więcej niż w 2023 roku",
        ),
        ("en_GB", "Participants in 2026", "1460", "Participants in 2026: up about 87% since 2023"),
        ("de_DE", "Teilnehmende 2026", "4990", "Teilnehmende 2026: mehr als sechsmal so viel wie 2023"),
        ("fr_FR", "Participants en 2026", "1560", "Participants en 2026 : deux fois plus qu’en 2023"),
        ("it_IT", "Partecipanti 2026", "1460", "Partecipanti 2026: circa l’87% in più rispetto al 2023"),
        ("ko_KR", "2026년 누적 관객", "4990", "2026년 누적 관객: 2023년 대비 6배 이상"),
        ("zh_Hans_CN", "2026年参会人数", "1460", "2026年参会人数：较2023年增长约87%"),
        ("ja_JP", "2026年", "10920", "2023年の14倍"),  # a year alone names nothing: no subject
    ],
)
def test_a_computed_change_names_what_changed(
    tmp_path: Path, language: str, label: str, last: str, expected: str
) -> None:
    """Review UU3 #6: 'Ponad sześć razy więcej niż w 2022 roku' and '2025년 대비 15.8% 감소.' took the
    author's caption's place under the chart and as the slide's title: more of what? The change
    names its subject, its last figure's label, where that says more than a year."""
    event = tmp_path / "trend.yaml"
    text = TREND.replace("LANG", language).replace("UNIT", "x").replace("value: 1460,", f"value: {last},")
    event.write_text(text.replace('label: "2026"', f'label: "{label}"'), encoding="utf-8")
    assert prepare(event).derived.charts["trend"].found.translate(NBSP) == expected


def test_a_multiple_is_no_number_the_event_file_writes(tmp_path: Path) -> None:
    """A finding that states a number a summary writes gives way (a third printing); the multiple
    of a rise is a ratio, not the 'three days' of a summary, and stays."""
    event = tmp_path / "trend.yaml"
    text = (
        TREND.replace("LANG", "en_GB").replace("UNIT", "participants").replace("value: 1460,", "value: 2340,")
    )
    text = text.replace(
        "    title: Participation\n", "    title: Participation\n    summary: Three days of talks.\n"
    )
    event.write_text(text, encoding="utf-8")
    assert prepare(event).derived.charts["trend"].found == "Three times 2023’s"
