"""The title slide's and the briefing's place and theme lines say each thing once: review T read
'中國香港香港' (the country named the city) and a theme under a name that ends with it."""

from __future__ import annotations

import datetime as dt

from reportgen.data.model import Event
from reportgen.data.places import says
from reportgen.data.views import event_view


def _event(**fields: object) -> Event:
    base = {"name": "Salon", "short_name": "S", "year": 2026, "city": "Lyon"}
    base["closing_date"] = dt.date(2026, 5, 3)
    return Event.model_validate(base | fields)


def test_a_country_that_names_the_city_is_not_said_again() -> None:
    assert event_view(_event(city="香港", country="中國香港"), language="zh_Hant").country is None
    assert event_view(_event(city="Singapore", country="Singapore")).country is None
    assert event_view(_event(city="Hong Kong", country="Hong Kong SAR")).country is None
    assert event_view(_event(city="Lyon", country="France")).country == "France"
    assert event_view(_event(city="Bath", country="Bathurst")).country == "Bathurst"  # a word, not a part


def test_a_theme_the_name_says_is_not_printed_again() -> None:
    name = "第三十七屆香港書展「閱讀世界・書寫香港」"
    assert event_view(_event(name=name, theme="閱讀世界・書寫香港")).theme is None
    assert event_view(_event(name="Salon du livre", theme="Lire le monde")).theme == "Lire le monde"
    assert says("Forum Lire le monde 2026", "lire le monde") and not says("Lire le mondial", "Lire le monde")
