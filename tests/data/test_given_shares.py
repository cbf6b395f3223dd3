"""A breakdown given in shares reads as shares (review BB): the Taipei computing expo's parts, each
'unit: "%"' of a whole of 100 %, printed '參展廠商產業別占比100%' as a bullet, '100%' in the donut's
hole and in the deck chart's title, and 'AI伺服器與資料中心：34（34%）' in its legend, a share of a
share; '網通與5G: 14' took an ASCII colon among full-width ones, and a legend entry broke before
its bracket."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.chart_lines import pieces
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, seen

TAIPEI = ROOT / "tests" / "data" / "review_events" / "diannao-zhan-taipei-zh-hant.yaml"

EVENT = """\
event: {{name: {name}, short_name: EX 2026, kind: fair, year: 2026, city: {city}, country: {country},
        closing_date: 2026-04-18}}
formatting: {{locale: {locale}}}
sources: {{note: {{title: {source}}}}}
sections:
  fair:
    title: {section}
    summary: {summary}
    figures:
      visitors: {{label: {visitors}, value: 52000, unit: {unit}, key: true}}
      industries:
        label: {whole}
        value: 100
        unit: "%"
        breakdown:
          a: {{label: {a}, value: 34, unit: "%"}}
          b: {{label: {b}, value: 22, unit: "%"}}
          c: {{label: {c}, value: 18, unit: "%"}}
          d: {{label: {d}, value: 14, unit: "%"}}
          e: {{label: {e}, value: 12, unit: "%"}}
charts:
  industries:
    title: {whole}
    kind: donut
    breakdown: true
    figures: [fair.industries]
    caption: {caption}
"""

WORDS = {
    "en_GB": dict(
        name="Computing Expo", city="Leeds", country="United Kingdom", source="Organiser's note",
        section="Exhibitors", summary="AI servers led the show floor.", visitors="Visitors",
        unit="visitors", whole="Exhibitors by industry", a="AI servers and data centres",
        b="Semiconductors", c="AI PCs and laptops", d="Networking and 5G", e="Other",
        caption="AI server makers were a third of the exhibitors.",
    ),
    "de_DE": dict(
        name="Computermesse", city="Hannover", country="Deutschland", source="Mitteilung",
        section="Aussteller", summary="KI-Server prägten die Messe.", visitors="Besucher",
        unit="Besucher", whole="Aussteller nach Branche", a="KI-Server und Rechenzentren",
        b="Halbleiter", c="KI-PCs und Laptops", d="Netzwerke und 5G", e="Sonstige",
        caption="Ein Drittel der Aussteller baut KI-Server.",
    ),
    "fr_FR": dict(
        name="Salon informatique", city="Lyon", country="France", source="Communiqué",
        section="Exposants", summary="Les serveurs IA ont dominé le salon.", visitors="Visiteurs",
        unit="visiteurs", whole="Exposants par secteur", a="Serveurs IA et centres de données",
        b="Semi-conducteurs", c="PC IA et portables", d="Réseaux et 5G", e="Autres",
        caption="Un tiers des exposants fabrique des serveurs IA.",
    ),
    "ja_JP": dict(
        name="コンピュータ展", city="東京", country="日本", source="主催者発表",
        section="出展社", summary="AIサーバーが会場の主役となった。", visitors="来場者",
        unit="人", whole="業種別出展社の割合", a="AIサーバー・データセンター",
        b="半導体", c="AIパソコン", d="通信・5G", e="その他",
        caption="AIサーバー関連が出展社の3分の1を占めた。",
    ),
    "zh_Hans_CN": dict(
        name="电脑展", city="上海", country="中国", source="主办方公告",
        section="参展商", summary="AI服务器成为展会主角。", visitors="观众",
        unit="人次", whole="参展商行业占比", a="AI服务器与数据中心",
        b="半导体与先进封装", c="AI PC与笔电", d="网通与5G", e="其他",
        caption="AI服务器厂商占参展商三分之一以上。",
    ),
    "ko_KR": dict(
        name="컴퓨터 엑스포", city="서울", country="대한민국", source="주최 측 발표",
        section="참가 기업", summary="AI 서버가 전시장의 중심이었다.", visitors="관람객",
        unit="명", whole="업종별 참가 기업 비중", a="AI 서버 및 데이터센터",
        b="반도체", c="AI PC 및 노트북", d="네트워크 및 5G", e="기타",
        caption="AI 서버 기업이 참가 기업의 3분의 1을 넘었다.",
    ),
}  # fmt: skip

#: '100%', '100 %': the whole a share breakdown makes, which no document prints.
ALL = re.compile(r"(?<![\d.,])100\s?[%％]")
#: A share of a share: '34（34%）', '34 % (34 %)', '34 (34 %)'.
SHARE_OF_SHARE = re.compile(r"(\d+)\s?[%％]?\s?[（(]\s?\1\s?[%％]")


def _event(tmp_path: Path, locale: str) -> Path:
    path = tmp_path / f"event-{locale}.yaml"
    path.write_text(EVENT.format(locale=locale, **WORDS[locale]), "utf-8")
    return path


def _donut(deck: Path):
    return next(
        shape.chart
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_chart
        and shape.chart.plots[0].categories
        and "doughnut" in shape.chart.plots[0]._element.tag.lower()
    )


def _slide_texts(deck: Path) -> list[str]:
    return [
        seen(shape.text_frame.text)
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]


def _alt_texts(briefing: Path) -> list[str]:
    body = Document(str(briefing)).element.body
    return [seen(e.get("descr", "")) for e in body.iter() if e.tag.endswith("}docPr")]


@pytest.mark.parametrize("locale", [*WORDS, "zh_Hant_TW"])
def test_parts_given_as_shares_print_as_shares_with_no_whole_of_100(tmp_path: Path, locale: str) -> None:
    path = TAIPEI if locale == "zh_Hant_TW" else _event(tmp_path, locale)
    summary = load_event(path)
    fmt = Formatter(summary.formatting.locale if locale == "zh_Hant_TW" else locale)
    chart = next(c for c in derive(summary, fmt).charts.values() if c.kind == "donut")
    assert chart.total_text == ""
    texts = [seen(b.text) for b in chart.bars]
    assert all(re.fullmatch(r"[^()（）]*\d\s?[%％]", t) for t in texts), texts
    assert not ALL.search(seen(chart.alt)) and not SHARE_OF_SHARE.search(seen(chart.alt)), chart.alt

    result = build(path, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    donut = _donut(deck)
    # a line broken after a Latin colon took its space's place ('…centres:\n34%')
    legend = [seen(c.replace(":\n", ": ").replace("\n", "")) for c in donut.plots[0].categories]
    assert all(re.search(r"\d\s?[%％]$", e) and not SHARE_OF_SHARE.search(e) for e in legend), legend
    # one colon for every entry, the language's: '網通與5G：14%' beside '其他：12%'
    assert len({re.sub(r"^.*?([:：]\s?)[^:：]*$", r"\1", e) for e in legend}) == 1, legend
    title = seen(donut.chart_title.text_frame.text) if donut.has_title else ""
    assert not ALL.search(title), title
    printed = [*_slide_texts(deck), *docx_paragraphs(briefing), *_alt_texts(briefing)]
    assert not [t for t in printed if ALL.search(seen(t))]
    assert not [t for t in printed if SHARE_OF_SHARE.search(seen(t))]


def test_a_legend_entry_never_breaks_before_its_values_bracket() -> None:
    """'AI伺服器與資料中心：34\\n（34%）' (review BB): a bracket after a value stays with it."""
    assert not any(p.startswith(("（", "(", " (")) for p in pieces("AI伺服器與資料中心：34（34%）"))
    assert not any(p.lstrip().startswith("(") for p in pieces("Asia-Pacific: more than 610 (34%)"))


def _deck_with(tmp_path: Path, title: str, entries: list[str], line: str) -> Path:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Exhibitors"
    data = CategoryChartData()
    data.categories = entries
    data.add_series("Share", [34.0, 66.0][: len(entries)])
    chart = slide.shapes.add_chart(
        XL_CHART_TYPE.DOUGHNUT, Inches(1), Inches(1.5), Inches(8), Inches(5), data
    ).chart
    chart.has_title = True
    chart.chart_title.text_frame.text = title
    slide.shapes.add_textbox(Inches(1), Inches(6.6), Inches(8), Inches(0.6)).text_frame.text = line
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    return path


def test_the_document_check_reports_a_share_of_a_share_and_a_total_of_100(tmp_path: Path) -> None:
    """What review BB saw, in a deck made by hand: the check warns of each, and not of a count's
    share ('610 (34 %)') or a real total."""
    from reportgen.office.quality import check_deck

    bad = _deck_with(
        tmp_path,
        "參展廠商產業別占比：100%",
        ["AI伺服器與資料中心：34（34%）", "其他：66（66%）"],
        "Exhibitors by industry: 34 % (34 %) AI servers",
    )
    warnings = check_deck(bad, "deck.pptx", locale="zh_Hant_TW")
    assert any("share of a share" in w and "34（34%）" in w for w in warnings), warnings
    assert any("share of a share" in w and "34 % (34 %)" in w for w in warnings), warnings
    assert any("total of 100" in w for w in warnings), warnings
    (tmp_path / "good").mkdir()
    good = _deck_with(
        tmp_path / "good", "Exhibitors: 1,800", ["Asia: 610 (34%)", "Europe: 1,190 (66%)"], "Asia: 34 %"
    )
    warnings = check_deck(good, "deck.pptx", locale="en_GB")
    assert not [w for w in warnings if "share of a share" in w or "total of 100" in w], warnings


STACKED = """\
event: {name: Computing Expo, short_name: CE 2026, kind: fair, year: 2026, city: Leeds,
        country: United Kingdom, closing_date: 2026-04-18}
formatting: {locale: de_DE}
sources: {note: {title: Mitteilung}}
sections:
  fair:
    title: Aussteller
    summary: KI-Server wuchsen.
    figures:
      y2025:
        label: Aussteller 2025 nach Branche
        value: 100
        unit: "%"
        breakdown:
          ai: {label: KI-Server, value: 28, unit: "%"}
          other: {label: Sonstige, value: 72, unit: "%"}
      y2026:
        label: Aussteller 2026 nach Branche
        value: 100
        unit: "%"
        breakdown:
          ai: {label: KI-Server, value: 34, unit: "%"}
          other: {label: Sonstige, value: 66, unit: "%"}
charts:
  years:
    title: Aussteller nach Branche
    kind: stacked
    figures: [fair.y2025, fair.y2026]
"""


def test_a_stacked_chart_of_shares_labels_its_parts_as_shares(tmp_path: Path) -> None:
    """A stacked or grouped chart of breakdowns in shares: '34 %' on its parts, never a bare '34'."""
    path = tmp_path / "stacked.yaml"
    path.write_text(STACKED, "utf-8")
    chart = derive(load_event(path), Formatter("de_DE")).charts["years"]
    assert [seen(t) for s in chart.series for t in s.texts] == ["28 %", "34 %", "72 %", "66 %"]


def test_the_document_check_reads_a_chart_pictures_share_of_a_share_in_its_alt_text(tmp_path: Path) -> None:
    """The briefing's donut is a picture: its alt text says what it prints (review BB's '（100%）'
    in its hole, '34（34%）' in its legend); a count's share ('610 (about 34 %)') is no finding."""
    from docx.shared import Inches
    from PIL import Image

    from reportgen.office.quality import check_briefing

    Image.new("RGB", (40, 40), "white").save(tmp_path / "chart.png")

    def briefing(alt: str) -> list[str]:
        doc = Document()
        doc.add_paragraph("Exhibitors")
        doc.add_picture(str(tmp_path / "chart.png"), width=Inches(2))
        doc.inline_shapes[0]._inline.docPr.set("descr", alt)
        doc.save(str(tmp_path / "briefing.docx"))
        found = check_briefing(tmp_path / "briefing.docx", "briefing.docx", locale="zh_Hant_TW")
        return [w for w in found if "share of a share" in w or "total of 100" in w]

    bad = briefing("環圈圖：參展廠商產業別占比（100%）。AI伺服器與資料中心：34（34%）；其他：66（66%）。")
    assert any("share of a share" in w for w in bad) and any("total of 100" in w for w in bad), bad
    assert (
        briefing("Donut chart: Delegates by region (more than 1,800). Asia: more than 610 (about 34%).") == []
    )


def test_a_whole_of_shares_with_its_own_sentence_is_printed(tmp_path: Path) -> None:
    """A file's own sentence for the whole states a finding ('Die Mittel des Fonds sind zu 100 %
    verplant.': all of the fund is allocated), which the documents print; only the line the tool
    would make of the 100 % alone gives way to the parts."""
    event = ROOT / "tests" / "events" / "languages" / "climate-forum-de-ch.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    docx = next(f for f in result.files if f.suffix == ".docx")
    lines = [seen(p).strip() for p in docx_paragraphs(docx)]
    assert "Die Mittel des Fonds sind zu 100% verplant." in lines
