"""The briefing's first paragraph says a clause once (review WW1 #8): where the news lede (the
headline figure's quote) gives the cause, the event's summary after it leaves out its clause that
gives it again, in any language ('…主因是連續豪雨取消了兩天戶外演出。' then '今年因連續豪雨取消兩天
戶外演出'); a clause of its own stays. The document check names a paragraph that says a clause
twice."""

from __future__ import annotations

import pytest

from reportgen.data.plan.lede_summary import summary_after_lede
from reportgen.data.prepare import prepare
from reportgen.office.clause_twice import clause_said_twice

from ..conftest import ROOT

CASES = [
    (  # zh_TW: the festival's fall and its cause
        "今年九天活動累計約38.5萬人次參與，較去年的46.8萬人次減少，主因是連續豪雨取消了兩天戶外演出。",
        "為期九天的藝文節在赤崁樓、藍晒圖文創園區及安平樹屋三處場地舉行，今年因連續豪雨取消兩天戶外演出，"
        "觀眾人數較去年減少。",
        "連續豪雨",
        "赤崁樓",
    ),
    (  # en: a conference's fall
        "Attendance fell to 3,100 delegates, mainly because the strike cancelled all regional "
        "train services.",
        "The congress met for three days in Utrecht, and the strike cancelled all regional train services; "
        "the programme itself ran as planned.",
        "strike",
        "programme itself",
    ),
    (  # ja: a fair's visitors and the typhoon
        "来場者数は約4万2000人で、台風の接近により最終日の屋外展示が中止されたことが主な要因です。",
        "3日間にわたり名古屋市の会場で開催され、台風の接近により最終日の屋外展示が中止され、商談は好調でした。",
        "台風",
        "商談",
    ),
    (  # de: a festival's smaller crowd
        "Rund 18.000 Gäste kamen, weniger als im Vorjahr, weil Dauerregen zwei Konzerttage im Park "
        "verhinderte.",
        "Das Festival lief vier Tage in Graz; Dauerregen verhinderte zwei Konzerttage im Park.",
        "Dauerregen",
        "Graz",
    ),
]


@pytest.mark.parametrize(("lede", "summary", "again", "own"), CASES)
def test_the_summary_leaves_out_the_clause_its_lede_says(
    lede: str, summary: str, again: str, own: str
) -> None:
    kept = summary_after_lede(summary, lede)
    assert again not in kept, kept
    assert own in kept, kept
    assert kept.rstrip()[-1:] in ".。", kept  # a sentence still
    assert not clause_said_twice(f"{lede} {kept}", "b.docx")


@pytest.mark.parametrize(("lede", "summary", "again", "own"), CASES)
def test_the_check_names_a_paragraph_saying_a_clause_twice(
    lede: str, summary: str, again: str, own: str
) -> None:
    warnings = clause_said_twice(f"{lede} {summary}", "b.docx")
    assert len(warnings) == 1 and again in warnings[0], warnings


def test_a_japanese_sentence_whose_last_clause_the_lede_says_stays_whole() -> None:
    # '…開催され。' would end on a verb's continuative: the sentence is kept as written
    lede = "来場者数は約4万2000人で、台風の接近により最終日の屋外展示が中止されました。"
    summary = "3日間にわたり名古屋市の会場で開催され、台風の接近により最終日の屋外展示が中止されました。"
    assert summary_after_lede(summary, lede) == summary


def test_a_summary_that_says_other_things_is_kept_whole() -> None:
    lede = "Mais de 5.870 atletas participaram desta edição, em dez dias de competições."
    summary = "Atletas de 15 a 17 anos vieram de todos os estados; a natação teve a maior final."
    assert summary_after_lede(summary, lede) == summary
    assert not clause_said_twice(f"{lede} {summary}", "b.docx")


def test_the_tainan_briefing_says_its_cause_once() -> None:
    derived = prepare(ROOT / "tests" / "data" / "review_events" / "wenhuajie-tainan-zh-tw.yaml").derived
    assert "連續豪雨" in derived.news_lede
    assert "連續豪雨" not in (derived.lede_summary or "")
    assert "赤崁樓" in (derived.lede_summary or "")
