"""The gap before '%' comes from one place per locale (CLDR's percent pattern, `phrases.percent_gap`):
reviewers saw a Swiss event print '12 %' on a tile and in a chart's title, '12%' in its text. A
language's countries differ (de_DE '12\u00a0%', de_CH '12%'; fr_FR '12\u00a0%', fr_CH '12%'), so
the gap is never a language's."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.phrases import join, phrases
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

CLDR = {
    "de_CH": "",
    "de_DE": "\u00a0",
    "de_AT": "\u00a0",
    "fr_CH": "",
    "fr_FR": "\u00a0",
    "it_CH": "",
    "it_IT": "",
    "es_ES": "\u00a0",
    "nl_NL": "",
    "en_GB": "",
    "zh_CN": "",
}


@pytest.mark.parametrize(("locale", "gap"), CLDR.items())
def test_every_way_of_printing_a_percentage_spaces_it_as_the_locale_does(locale: str, gap: str) -> None:
    fmt = Formatter(locale, {})
    assert fmt.percent(0.12) == f"12{gap}%"
    assert join(phrases(locale), "12", "%") == f"12{gap}%"  # chart labels and alt text
    derived = derive(load_event(ROOT / "tests" / "events" / "agri-fair.yaml"), fmt)
    tile = next(f for f in derived.key_figures if f.unit_symbol == "%")
    assert tile.symbol_gap == gap
    assert tile.unit_gap == gap  # the briefing's band: it printed '62,5\u00a0%' in Italian


_SPACED = re.compile(r"\d[ \u00a0\u202f]%")


def test_a_swiss_events_documents_print_every_percentage_without_a_gap(tmp_path: Path) -> None:
    """Every text of the briefing and deck (runs, chart parts, alt text) of the Swiss event."""
    event = ROOT / "tests" / "events" / "languages" / "climate-forum-de-ch.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    seen = 0
    for path in [f for f in result.files if f.suffix in {".docx", ".pptx"}]:
        with zipfile.ZipFile(path) as package:
            for name in package.namelist():
                if name.endswith(".xml"):
                    text = package.read(name).decode("utf-8")
                    assert not _SPACED.findall(text), (path.name, name, _SPACED.findall(text))
                    seen += len(re.findall(r"\d%", text))
    assert seen >= 5  # the event's shares are printed, tight
