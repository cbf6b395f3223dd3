"""A money tile sets the number and its scale word on its number's line and the currency's name
on the unit's line, as a counted noun: review R saw '480 millones de pesos' set whole at 20 pt beside
'32' at 48 pt; review S saw '약 3억 4150만 원' whole at 29 pt beside counts at 48 pt. A Chinese,
Japanese or Korean amount parts after the currency's word that follows the number ('186万元' /
'人民币': review U; '3850억 원 이상': a number, its currency and its qualifier are one unit, as
'120만 회 이상' is, never '3500억' / '원' nor '3850억 원' / '이상': review DD); a symbol, code or
currency before the number, and a short name stay whole."""

from __future__ import annotations

from pathlib import Path

from reportgen.data.prepare import prepare_editions

from ..conftest import ROOT, pptx_slide_texts
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"
NBSP = "\u00a0"


def _parts(event: str) -> dict[str, tuple[str, str]]:
    derived = prepare_editions(REVIEWS / f"{event}.yaml", None)[0].derived
    return {f.amount_text: (f.amount_head, f.amount_tail) for f in derived.figures.values() if f.currency}


def test_the_currency_after_a_scale_word_is_the_tiles_unit_line(tmp_path: Path) -> None:
    _, deck = built(REVIEWS / "demo-day-es-mx.yaml", tmp_path / "out")
    glance = next(text for text in pptx_slide_texts(deck) if "de un vistazo" in text)
    assert f"más de\n480{NBSP}millones\nde pesos\nInversión comprometida" in glance
    assert f"hasta\n12{NBSP}millones\nde dólares\n" in glance


def test_which_amounts_part_and_which_stay_whole() -> None:
    assert _parts("sommet-startups-bordeaux-fr")["1,18 milliard d’euros"] == ("1,18 milliard", "d’euros")
    assert _parts("industriemesse-hannover-de")["3,8 Milliarden Euro"] == ("3,8 Milliarden", "Euro")
    assert _parts("siljan-skidmaraton-sv-se")["1,25 miljoner kronor"] == ("1,25 miljoner", "kronor")
    assert _parts("siljan-skidmaraton-sv-se")[f"200{NBSP}000{NBSP}kronor"] == (
        f"200{NBSP}000{NBSP}kronor",
        "",
    )
    assert _parts("southern-cross-summit-en-au")["$1.2 billion"] == ("$1.2 billion", "")
    # Korean keeps the currency's word on the number's line, and a qualifier after it: never
    # '이상' alone on the line below, beside a count's '120만 회 이상' (review DD)
    assert _parts("hanbit-esports-ko-kr")[f"12억{NBSP}5000만 원"] == (f"12억{NBSP}5000만 원", "")
    assert _parts("hanbit-esports-ko-kr")["5억 원"] == ("5억 원", "")
    assert _parts("robot-expo-ko")["3850억 원 이상"] == ("3850억 원 이상", "")
    # Chinese and Japanese close the currency's word up to the number, as the press writes it
    # ('186万元', '3000万円'), and its qualifier (review DD); a mainland document writes its yuan
    # '186亿元' (review Z)
    assert _parts("anime-expo-ja")["12億5000万円以上"] == ("12億5000万円以上", "")
    assert _parts("nongbohui-zh-cn")["186亿元"] == ("186亿元", "")
    assert _parts("setouchi-tennis-ja-jp")["3000万円"] == ("3000万円", "")
    assert _parts("setouchi-tennis-ja-jp")["18億円"] == ("18億円", "")
    assert _parts("targi-meblowe-nadarzyn-pl")[f"2,4{NBSP}mld zł"] == (f"2,4{NBSP}mld zł", "")
    assert _parts("zhihui-jixie-zhan-zh-tw")["新臺幣186億元"] == ("新臺幣186億元", "")


def test_a_korean_money_tile_sets_its_currency_on_the_number_line(tmp_path: Path) -> None:
    _, deck = built(REVIEWS / "hanbit-esports-ko-kr.yaml", tmp_path / "out")
    glance = next(text for text in pptx_slide_texts(deck) if "현장 굿즈 매출" in text)
    assert f"약\n3억{NBSP}4150만{NBSP}원\n현장 굿즈 매출" in glance


def test_a_chinese_money_tile_closes_its_currency_word_up_to_the_number(tmp_path: Path) -> None:
    # review U: '186万' / '元人民币', where the press writes '186万元' on one line; review Z: the
    # mainland's yuan is 元 alone, and 人民币 under it had read as the tile's label
    _, deck = built(REVIEWS / "saima-zh-cn.yaml", tmp_path / "out")
    glance = next(text for text in pptx_slide_texts(deck) if "赛事总奖金" in text)
    assert "\n186万元\n赛事总奖金" in glance
