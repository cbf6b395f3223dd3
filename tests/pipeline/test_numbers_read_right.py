"""Numbers print exactly and read right in the event's language, in the produced documents
(outside reviewers' events, tests/events/numbers/): a unit the label only seems to name is printed
('制限時間は6時間', never '制限時間は6'), yen and yuan no single word counts in two decimals read
with 億 and 万 ('1億2850万円', never '128,500,000円'), a chart's value labels and alt text carry
the unit its tiles print ('61 %', '3,5 ha'), a catch-all category comes last in a sorted chart,
and a Chinese date range reads as Chinese editors write it ('2026年9月9日至11日')."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from ..conftest import ROOT, docx_reading, pptx_slide_texts
from .test_catalogues import built

NUMBERS = ROOT / "tests" / "events" / "numbers"
NBSP = "\u00a0"


def _texts(name: str, tmp_path: Path) -> tuple[str, str, Path]:
    briefing, deck = built(NUMBERS / f"{name}.yaml", tmp_path / "out")
    return docx_reading(briefing), "\n".join(pptx_slide_texts(deck)), deck


def _chart_categories(deck: Path) -> list[list[str]]:
    return [
        [str(c) for c in shape.chart.plots[0].categories]
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if getattr(shape, "has_chart", False) and shape.has_chart
    ]


def test_a_japanese_measure_keeps_its_unit_after_a_label_that_ends_with_its_word(tmp_path: Path) -> None:
    briefing, deck, _ = _texts("units-ja", tmp_path)
    for said in ("制限時間は6時間", "交通規制の時間は7.5時間", "平均時間は約4.5時間", "来場者数は500人"):
        assert said in deck, said
    for tile in ("6時間\n制限時間", "7.5時間\n交通規制の時間", "約4.5時間\n平均時間"):
        assert tile in briefing, tile
    assert "制限時間は6\n" not in deck and "6\n制限時間" not in briefing


def test_a_korean_measure_keeps_its_unit_after_a_label_that_ends_with_its_word(tmp_path: Path) -> None:
    briefing, deck, _ = _texts("units-ko", tmp_path)
    # as a Korean editor writes it (the digits grouped, a space after 만: wt-langs2)
    assert f"누적 시청 시간은 약{NBSP}4800만{NBSP}시간" in deck  # qualifier and unit tied, as in the band
    assert f"약{NBSP}4800만{NBSP}시간\n누적 시청 시간" in briefing  # the band: one unbreakable figure


def test_yen_and_yuan_read_with_oku_and_man_never_as_raw_digits(tmp_path: Path) -> None:
    briefing, deck, _ = _texts("units-ja", tmp_path)
    for text in (briefing, deck):
        assert "寄付Aは1億2850万円" in text  # は after a Latin letter too: no 'Label: value' (review Q)
        assert "寄付Dは9050万円" in text and "寄付Bは1億2000万円" in text
        assert "128,500,000" not in text
    briefing, deck, _ = _texts("dates-zh", tmp_path)
    assert "1亿2850万元\n意向成交额" in briefing  # the mainland's yuan: 元 alone (review Z)
    # its sentence on its section's slide (round 16: no glance slide of one tile), 元 closed up to
    # its number (review U)
    assert "意向成交额达1亿2850万元。" in deck


def test_a_chinese_date_range_reads_as_chinese_editors_write_it(tmp_path: Path) -> None:
    briefing, deck, _ = _texts("dates-zh", tmp_path)
    assert "闭幕简报·2026年9月9日至11日·上海" in briefing
    assert "2026年9月9日至11日·上海" in deck
    assert "–" not in briefing + deck


def test_chart_labels_and_alt_texts_carry_the_unit_the_tiles_print(tmp_path: Path) -> None:
    briefing, deck, _ = _texts("percent-fr", tmp_path)
    # the chart's value label (round 16: its one key figure no glance slide of one tile)
    assert f"61{NBSP}%\n" in deck and "Visiteurs venus pour la première fois" in deck
    for text in (briefing, deck):  # the alt texts of the pictures and of the native charts
        assert f"Visiteurs ayant acheté au moins un livre{NBSP}: 83{NBSP}%" in text
        assert f"Quais{NBSP}: 3,5{NBSP}ha" in text
    assert f"Profil des visiteurs\n83{NBSP}%\n61{NBSP}%\n44{NBSP}%\n38{NBSP}%\n" in deck  # value labels
    assert f"Surfaces occupées\n3,5{NBSP}ha\n1,2{NBSP}ha\n0,8{NBSP}ha\n2,5{NBSP}ha\n" in deck
    briefing, deck, _ = _texts("units-ja", tmp_path)
    assert "7,420人\n2,180人\n1,260人\n760人\n1,740人" in deck  # a CJK unit the label does not name


@pytest.mark.parametrize(
    ("name", "last"),
    [("units-ja", "その他の道府県と海外"), ("units-ko", "기타"), ("percent-fr", "Autres espaces")],
)
def test_a_catch_all_category_comes_last_in_a_sorted_chart(name: str, last: str, tmp_path: Path) -> None:
    briefing, _, deck = _texts(name, tmp_path)
    charts = [c for c in _chart_categories(deck) if last in c]
    assert charts and all(c[-1] == last for c in charts), charts
    alt = next(line for line in briefing.splitlines() if all(c in line for c in charts[0]))
    assert [alt.index(c) for c in charts[0]] == sorted(alt.index(c) for c in charts[0])  # the picture's too
