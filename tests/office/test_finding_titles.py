"""Slide titles that state a finding, continuation titles that follow the first slide's, a folded
section's name set as a heading, and our Japanese and Korean sentences in the event's register
(review 4b of issue 19: 'Besucher', 'La feria en cifras' and '수출 상담과 계약' over slides whose
summary had no cut point; 'Le aziende presenti (segue)' after a slide titled 'Espositori'; the
name of another section as one more bullet on the Korean robot expo's last slide, which had lost
its launch's summary; '…에서 폐막했다.' before the user's polite '…기록했습니다.')."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data import register
from reportgen.data.kicker_words import repeats_title

from ..conftest import ROOT, docx_paragraphs, pptx_notes
from ..pipeline.hostile_cases import MINIMAL
from ..pipeline.test_catalogues import built

REVIEW = ROOT / "tests" / "data" / "review_events"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _plain(text: str) -> str:
    # as a reader sees it: no ties, no joiners, no zero-width break (a quotation's freed qualifier)
    return text.replace("\u00a0", " ").replace("\u2060", "").replace("\u200b", "").replace("\u2019", "'")


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    out = tmp_path_factory.mktemp("decks")
    names = (
        "industriemesse-hannover-de",
        "feria-vino-ribera-2026",
        "giornata-lavoro-spezia-2026",
        "robot-expo-ko",
    )
    return {name: built(REVIEW / f"{name}.yaml", out / name) for name in names}


def _slides(deck: Path) -> list[dict[str, str]]:
    """Each slide's text boxes by name ('Title 1', 'Section name', 'Section text', 'Headline')."""
    return [
        {shape.name: _plain(shape.text_frame.text) for shape in slide.shapes if shape.has_text_frame}
        for slide in Presentation(str(deck)).slides
    ]


def _under(slides: list[dict[str, str]], kicker: str) -> list[dict[str, str]]:
    """The slides of the section named `kicker`: its kicker above their titles, or none where
    their title says it already (review GG: a kicker that repeats its title is dropped)."""
    return [
        s
        for s in slides
        if s.get("Section name") == kicker
        or ("Section name" not in s and repeats_title(kicker, (s.get("Title 1", ""),)))
    ]


@pytest.mark.parametrize(
    ("event", "kicker", "title", "body"),
    [
        # a summary with no cut point: the news's key line is the title (review O), not one more
        # bullet under it
        (
            "industriemesse-hannover-de",
            "Besucher",
            "„Rund 130.000 Besucherinnen und Besucher kamen an den fünf Messetagen nach Hannover“",
            "Am Donnerstag und Freitag drängten sich vor allem Fachbesucher aus Einkauf und Fertigung "
            "durch die Hallen.",
        ),
        # (the wine fair's news quote, review O's title, is a third printing of its 42,5 millones
        # since round 13 counts it: tests/office/test_news_titles.py reads its slide)
    ],
)
def test_a_slide_whose_summary_has_no_cut_is_titled_with_a_finding_not_its_sections_name(
    decks: dict[str, tuple[Path, Path]], event: str, kicker: str, title: str, body: str
) -> None:
    slides = _slides(decks[event][1])
    assert not [s for s in slides if s.get("Title 1") == kicker]  # was the slide's title
    (slide,) = _under(slides, kicker)
    assert slide["Title 1"] == title
    text = slide.get("Section text") or slide["Statement"]
    credit, _, rest = text.partition("\n")
    assert credit.startswith("— ")  # a quotation as the title is credited under it (titles3)
    assert rest.startswith(body)
    assert title not in text  # the title says it: not its bullet again


def test_a_korean_caption_of_two_clauses_titles_its_chart_with_the_first_as_a_sentence(
    decks: dict[str, tuple[Path, Path]],
) -> None:
    """'…가장 컸고, 그중 …': the clause before the comma, its '-고' ended as the caption's polite
    sentences end ('컸습니다'); the second clause is the lead under it."""
    slides = _slides(decks["robot-expo-ko"][1])
    chart = next(s for s in _under(slides, "수출 상담과 계약") if "Headline" in s)
    # its amount left to the bar that prints it (round 22, data/plan/unnumbered_titles.py)
    assert chart["Title 1"] == "협동로봇 분야 상담액이 가장 컸습니다"
    # the caption's second clause, then the section's summary (round 15: summary10)
    assert chart["Headline"].startswith("그중 3분의 2가 해외 기업과의 상담이었습니다. ")


def test_a_lists_continuation_slide_follows_the_title_of_its_first(
    decks: dict[str, tuple[Path, Path]],
) -> None:
    slides = _slides(decks["giornata-lavoro-spezia-2026"][1])
    titles = [s["Title 1"] for s in _under(slides, "Le aziende presenti")]
    assert titles == ["Espositori", "Espositori (segue)"]  # was 'Le aziende presenti (segue)', unkicked


def test_a_folded_sections_name_is_set_as_a_heading_not_one_more_bullet(tmp_path: Path) -> None:
    """Two small sections share 'Autres temps forts': each one's name heads its lines, bold and
    without a bullet (review 4b), its lines at the slide's own level, not '–' sub-points (review V)."""
    _, deck = built(REVIEW / "congres-cardio-lausanne-fr-ch.yaml", tmp_path / "out")
    slide = next(
        s for s in Presentation(str(deck)).slides if s.shapes.title.text_frame.text == "Autres temps forts"
    )
    body = next(sh for sh in slide.shapes if sh.name == "Section text").text_frame
    heads = [p for p in body.paragraphs if p.text in ("Messages du congrès", "Prochaine édition")]
    assert len(heads) == 2
    for heading in heads:
        assert heading._p.find(f"{A}pPr/{A}buNone") is not None  # no bullet: a heading
        assert all(run.font.bold for run in heading.runs)
        after = body.paragraphs[[p._p for p in body.paragraphs].index(heading._p) + 1]
        assert after.level == 0 and not all(run.font.bold for run in after.runs)


def test_the_rest_of_a_section_follows_its_own_chart_not_another_sections_slide(
    decks: dict[str, tuple[Path, Path]],
) -> None:
    """Review R: a section's last lines, which its full-width chart left, were printed on the next
    section's slide under its name; they follow its chart, a statement under its name. A launch's
    summary reaches its slide with its partners."""
    slides = _slides(decks["robot-expo-ko"][1])
    (_, rest) = _under(slides, "참가기업과 전시 규모")
    assert _plain("전시 면적은 약 5만 3000 m²로 지난해보다 넓어졌습니다.") in (
        rest.get("Section text") or rest["Statement"]
    )
    (host,) = _under(slides, "관람객")
    assert "참가기업과 전시 규모" not in host.get("Section text", "")
    launch = next(line for line in host["Section text"].split("\n") if line.startswith("휴머노이드"))
    assert launch.startswith(
        "휴머노이드 공동 실증 프로젝트: 국내 제조기업 5곳과 로봇기업 3곳이 자동차 부품 공장에서 "
        "휴머노이드 로봇을 2년간 실증하기로 했습니다. 참여 기업: 한빛모터스, 세원정밀"
    )


def test_our_korean_closing_sentence_is_polite_where_the_events_text_is(
    decks: dict[str, tuple[Path, Path]],
) -> None:
    """Round 24 (band24, review UU4 F): the record's catalogue sentence opens the briefing, before
    the closing; the summary's clause claiming the record again is left out, its first clause kept
    and closed in the summary's polite form ('…늘었고,' → '…늘었습니다.')."""
    briefing, deck = decks["robot-expo-ko"]
    closing = "2026 대한민국 국제로봇산업전(국제로봇전 2026) 행사가 2026년 10월 17일 고양에서 폐막했습니다."
    story = next(p for p in map(_plain, docx_paragraphs(briefing)) if "폐막" in p and "보고서" not in p)
    # under the title that prints the name, the short name (review MM), in the same polite form
    # … less its year, with its particle (review YY3 #9: '… 2026 행사가' read stiffly)
    again = "국제로봇전이 2026년 10월 17일 고양에서 폐막했습니다."
    record = "수출 상담액 약 1조 2400억 원, 역대 최고 기록입니다."
    assert story.startswith(f"{record} {again} 나흘 동안 열린 전시회에서")  # then the user's summary
    assert story.endswith(" 해외 바이어 상담이 크게 늘었습니다."), story  # the record said once
    assert _plain(pptx_notes(deck)[0]).startswith(closing)
    # a plain event keeps the plain form: tests/pipeline/test_held_out_languages.py ('…폐막했다.')


@pytest.mark.parametrize(
    ("texts", "locale", "polite"),
    [
        (["10개 나라에서 기업이 참가했습니다.", "개막을 선언했다"], "ko_KR", True),  # a tie: polite
        (["참가 기업과 관람객 모두 역대 최다를 기록했다.", "개막을 선언했다"], "ko_KR", False),
        (["来場者は過去最多となりました。", "物販も好調でした。"], "ja_JP", True),
        (["来場者は過去最多となった。物販も好調だった。", "会期は3日間である。"], "ja_JP", False),
        ([], "ja_JP", True),  # nothing to go by: a document to readers is polite
        (["The fair closed."], "en_GB", True),
    ],
)
def test_the_register_is_the_one_the_events_own_text_uses(
    texts: list[str], locale: str, polite: bool
) -> None:
    assert register.polite(texts, locale) is polite


def test_only_our_own_polite_endings_are_made_plain() -> None:
    assert (
        register.in_register("…は2026年7月26日に閉幕しました。", "ja_JP", False)
        == "…は2026年7月26日に閉幕した。"
    )
    assert (
        register.in_register("행사가 서울에서 폐막했습니다.", "ko_KR", False) == "행사가 서울에서 폐막했다."
    )
    assert (
        register.in_register("행사가 서울에서 폐막했습니다.", "ko_KR", True)
        == "행사가 서울에서 폐막했습니다."
    )
    assert register.in_register("来場者は増えました。", "ja_JP", False) == "来場者は増えました。"  # not ours


def test_a_summary_no_page_of_tiles_can_title_goes_to_that_pages_notes(tmp_path: Path) -> None:
    """Three sections whose figures are all tiles on one page: the page's title had stated the
    first one's summary; the others' were on no slide and in no notes. A title heads all its
    page's tiles (review JJ): the page keeps the glance's title, and each summary reaches the page,
    as its lead line or in its notes."""
    event = tmp_path / "event.yaml"
    event.write_text(
        MINIMAL.split("sections:\n")[0]
        + "sections:\n"
        + "".join(
            f"  {sid}:\n    title: {title}\n    summary: {summary}\n    figures:\n"
            f"      {sid}: {{label: {label}, value: {value}, unit: {unit}, key: true}}\n"
            for sid, title, summary, label, value, unit in (
                (
                    "reach",
                    "Reach",
                    "The online audience doubled on last year.",
                    "Online viewers",
                    1000,
                    "viewers",
                ),
                ("halls", "Halls", "Every hall was full on the last day.", "Halls", 6, "halls"),
                ("money", "Money", "Sponsors paid for the free entry.", "Sponsors", 12, "sponsors"),
            )
        ),
        encoding="utf-8",
    )
    _, deck = built(event, tmp_path / "out")
    slides = _slides(deck)
    assert slides[1]["Title 1"].endswith("at a glance")
    # each reaches the page: as its lead line, or in its notes, the section's name on a line of its
    # own (round 16)
    notes = pptx_notes(deck)[1].split("\n")
    shown = "\n".join([*slides[1].values(), *notes])
    for said in ("The online audience doubled on last year.", "Every hall was full on the last day."):
        assert said in shown, shown
    assert "Sponsors paid for the free entry." in shown, shown
