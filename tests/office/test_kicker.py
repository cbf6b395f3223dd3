"""The kicker over the title ('Closing briefing · Reading') names the event's kind only where the
event file gives one: a default kind was the English word 'Event' in an Italian deck
('Rapporto di chiusura · Event') and a Chinese briefing ('闭幕简报·event')."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from ..conftest import pptx_slide_texts
from ..pipeline.test_catalogues import built

ROOT = Path(__file__).resolve().parents[2]
ONE_FIGURE = ROOT / "tests" / "events" / "one-figure.yaml"


@pytest.mark.parametrize(
    ("locale", "kind", "kicker"),
    [
        ("en_GB", "  kind: reading\n", "Closing briefing\u00a0· Reading"),
        ("en_GB", "", "Closing briefing"),
        ("it_IT", "", "Rapporto di chiusura"),
        ("zh_CN", "", "闭幕简报"),
    ],
)
def test_the_kicker_names_the_kind_only_where_it_is_given(
    tmp_path: Path, locale: str, kind: str, kicker: str
) -> None:
    text = ONE_FIGURE.read_text(encoding="utf-8")
    text = text.replace("  kind: reading\n", kind).replace("locale: en_GB", f"locale: {locale}")
    event = tmp_path / "event.yaml"
    event.write_text(text, encoding="utf-8")
    briefing, deck = built(event, tmp_path / "out")
    title_slide = pptx_slide_texts(deck)[0].splitlines()
    assert kicker in title_slide
    assert not [line for line in title_slide if line.startswith(kicker + " ")]  # no separator left
    assert "event" not in pptx_slide_texts(deck)[0].lower().replace("evening", "")
    assert "event" not in " ".join(p.text for p in Document(str(briefing)).paragraphs[:2]).lower()


def test_a_files_title_property_holds_no_line_ties(tmp_path: Path) -> None:
    """Word joiners keep '2026年' on its line on a page; in a file's title, which file managers show
    and search, they hid it from a search (review L: 107 joiners in a Chinese deck, its title too)."""
    from pptx import Presentation

    text = ONE_FIGURE.read_text(encoding="utf-8").replace("locale: en_GB", "locale: zh_CN")
    text = text.replace("name: Harbour Poetry Evening 2026", "name: 2026年港湾诗歌之夜")
    event = tmp_path / "event.yaml"
    event.write_text(text, encoding="utf-8")
    briefing, deck = built(event, tmp_path / "out")
    for title in (
        Document(str(briefing)).core_properties.title,
        Presentation(str(deck)).core_properties.title,
    ):
        assert "2026年港湾诗歌之夜" in title
        assert not set(title) & {"\u2060", "\u200b", "\u00a0"}
