"""Property-based tests (Hypothesis) of the loader, the model and the formatters.

Every generated input ends in a value or a clean DataError; formatted numbers read back as the
number they print. CI runs the 'ci' profile (1,000 examples per test): HYPOTHESIS_PROFILE=ci.
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.model import Figure, Qualifier
from reportgen.errors import DataError

settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "dev",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

EN = Formatter("en_GB", {"CNY": "RMB"})
SCALE = {"million": 10**6, "billion": 10**9, "trillion": 10**12, "quadrillion": 10**15}


def read_back(text: str) -> Decimal:
    """'638 million' -> 638000000, '1,234,567' -> 1234567 (en_GB), exactly."""
    match = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?: (million|billion|trillion|quadrillion))?", text)
    assert match, text
    number = Decimal(match.group(1).replace(",", ""))
    return number * SCALE[match.group(2)] if match.group(2) else number


@given(st.integers(min_value=0, max_value=10**18))
def test_whole_numbers_read_back_exactly(value: int) -> None:
    text = EN.number(value)
    assert read_back(text) == value  # exact: no float anywhere between the data and the words
    if value < 1_000_000:
        assert text == f"{value:,}"


@given(st.floats(min_value=0, max_value=1e15, allow_nan=False, allow_infinity=False))
def test_fractional_numbers_read_back(value: float) -> None:
    assert read_back(EN.number(value)) == Decimal(repr(value))


FIGURES = st.builds(
    Figure,
    label=st.text(min_size=1, max_size=40).filter(
        lambda s: not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]", s)
    ),
    # figures hold at most 12 decimal places (MAX_DECIMALS); more is a data error, tested elsewhere
    value=st.one_of(
        st.integers(0, 10**15),
        st.floats(0, 1e15, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 6)),
    ),
    qualifier=st.sampled_from(list(Qualifier)),
    currency=st.sampled_from([None, "CNY", "USD", "EUR"]),
)


@given(FIGURES, st.sampled_from(["en_GB", "en_US", "de_DE", "fr_FR", "zh_CN", "ja_JP", "ar"]))
def test_every_figure_prints_with_its_qualifier_in_every_locale(figure: Figure, locale: str) -> None:
    fmt = Formatter(locale, {"CNY": "RMB"})
    text = fmt.figure(figure)
    assert text and "nan" not in text.lower()
    before, after = fmt.words.qualifiers[figure.qualifier].split("{}")  # where the language puts it
    assert text.startswith(before) and text.endswith(after)
    if figure.qualifier is not Qualifier.exactly:
        assert fmt.qualifier(figure.qualifier) in text
    if figure.currency:
        assert fmt.money(figure.value, figure.currency) in text


# -- the loader: documents of the right shape, filled with anything ---------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=60),
    st.sampled_from(
        [
            "2022-02-30",
            "2022-09-03",
            "2022-09-03 14:00",
            ".nan",
            "-.inf",
            "1e400",
            "\ud800",
            "\ufffe",
            "<x>&amp;",
            "مؤتمر",
            "上海",
            "🎉",
            "\x07",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
BASE = {
    "event": {"name": "Expo", "short_name": "E", "year": 2025, "city": "Lyon", "closing_date": "2025-05-04"},
    "sources": {"release": {"title": "Release"}},
    "sections": {"reach": {"title": "Reach", "figures": {"viewers": {"label": "Viewers", "value": 5}}}},
}
PLACES = [
    ("event", "name"),
    ("event", "year"),
    ("event", "closing_date"),
    ("sources", "release"),
    ("sections", "reach", "title"),
    ("sections", "reach", "figures", "viewers", "value"),
    ("sections", "reach", "figures", "viewers", "qualifier"),
    ("sections", "reach", "figures", "viewers"),
    ("sections", "reach", "lists"),
    ("charts",),
    ("formatting",),
    ("sections", "reach", "people"),
]


@given(st.sampled_from(PLACES), VALUES)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_any_value_anywhere_gives_an_event_or_a_clean_data_error(
    tmp_path: Path, place: tuple[str, ...], value: object
) -> None:
    document = json.loads(json.dumps(BASE))
    target = document
    for key in place[:-1]:
        target = target[key]
    target[place[-1]] = value
    path = tmp_path / "event.yaml"
    # JSON is YAML; ensure_ascii keeps lone surrogates as escapes the YAML reader decodes
    path.write_text(
        json.dumps(document, ensure_ascii=True, allow_nan=True)
        .replace("NaN", ".nan")
        .replace("-Infinity", "-.inf")
        .replace("Infinity", ".inf"),
        encoding="utf-8",
    )
    try:
        summary = load_event(path)
    except DataError as exc:
        text = exc.render()
        assert text and "Traceback" not in text
        assert str(path) in text
        return
    assert summary.event.short_name == document["event"]["short_name"]


@given(st.binary(max_size=300))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_any_bytes_give_an_event_or_a_clean_data_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "event.yaml"
    path.write_bytes(data)
    try:
        load_event(path)
    except DataError as exc:
        assert exc.render()
