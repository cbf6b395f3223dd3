"""A person's title that their role says again is printed once, as the role (review LL): 'Aoife
Ní Bhriain, Women's winner, Dooneen Athletic Club, won the women's race …' said her win twice, on
the deck's slide and in the briefing. The class in every language: a title whose words the role
holds, its agent noun the role's verb ('winner' / 'won', 'Gewinnerin' / 'gewann', '우승자' /
'우승했다', '冠军' in '夺得女子组冠军'); a title that only shares a word with the role stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.said_titles import unsaid
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_slide_texts

LIMERICK = ROOT / "tests" / "data" / "review_events" / "limerick-half-marathon-en-ie.yaml"
MATERA = ROOT / "tests" / "data" / "review_events" / "festival-filosofia-matera-it.yaml"


def test_the_winners_line_says_her_win_once_on_the_slide_and_in_the_briefing(tmp_path: Path) -> None:
    result = build(LIMERICK, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    line = "Aoife Ní Bhriain, Dooneen Athletic Club, won the women’s race in a course record of 1:09:52."
    slides = [t for t in pptx_slide_texts(deck) if "Aoife Ní Bhriain" in t]
    assert slides and all(line in " ".join(t.split()) for t in slides), slides
    assert any(line in p for p in docx_paragraphs(briefing))
    assert not any("Women’s winner, Dooneen" in p for p in docx_paragraphs(briefing))
    assert not any("Women’s winner, Dooneen" in t for t in slides)


def test_an_italian_winners_line_says_her_win_once(tmp_path: Path) -> None:
    """Italian's agent noun is not the verb's consonants ('vincitrice' / 'ha vinto', review MM):
    its ending taken off, its stem is the verb's."""
    winner = (
        "      - name: Giulia Ferrante\n"
        "        titles: [vincitrice del Premio Matera, Università di Bari]\n"
        "        role: ha vinto il Premio Matera con un saggio sulle frontiere alpine\n"
    )
    text = MATERA.read_text(encoding="utf-8").replace("    people:\n", "    people:\n" + winner, 1)
    event = tmp_path / MATERA.name
    event.write_text(text, encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    line = "Giulia Ferrante, Università di Bari, ha vinto il Premio Matera"
    printed = [" ".join(t.split()) for t in [*pptx_slide_texts(deck), *docx_paragraphs(briefing)]]
    assert sum(line in t for t in printed) >= 2, [t for t in printed if "Ferrante" in t]
    assert not any("vincitrice" in t for t in printed)


@pytest.mark.parametrize(
    ("titles", "role", "kept"),
    [
        (["Women's winner", "Dooneen AC"], "won the women's race in 1:09:52", ["Dooneen AC"]),
        (["Winner of the men's race"], "won the men's race", []),
        (["Keynote speaker"], "spoke at the keynote session", []),
        (["Gewinnerin Frauen", "LG Telis Finanz"], "gewann das Rennen der Frauen", ["LG Telis Finanz"]),
        (["gagnante féminine"], "a gagné la course féminine", []),
        (["여자부 우승자", "서울시청"], "여자부에서 대회 신기록으로 우승했다", ["서울시청"]),
        (["결승전 MVP"], "결승전 MVP로 선정되었다", []),
        (["女子组冠军", "大连田径队"], "以1小时09分52秒夺得女子组冠军", ["大连田径队"]),
        (["優勝者"], "女子の部で大会新記録を出して優勝した", []),
        # an agent noun's ending off, its stem the verb's; an adjective's gender or number ending
        (["vincitrice femminile", "Atletica Bergamo"], "ha vinto la gara femminile", ["Atletica Bergamo"]),
        (["Vincitore della maratona"], "vinse la maratona con il record", []),
        (["ganador masculino"], "ganó la carrera masculina", []),
        (["Vencedora feminina"], "venceu a prova feminina", []),
        (["Siegerin Frauen"], "siegte im Rennen der Frauen", []),
        (["Zwycięzca biegu mężczyzn"], "zwyciężył w biegu mężczyzn", []),
        (["Zwyciężczyni biegu kobiet"], "zwyciężyła w biegu kobiet", []),
        # a title that shares a word with the role, or only a stem, says something of its own
        (["Race Director"], "confirmed the date of next year's race", ["Race Director"]),
        (["President of the Jury"], "presented the jury's prize", ["President of the Jury"]),
        (["President"], "presented the award", ["President"]),
        (["Head Coach"], "coached the team to the title", ["Head Coach"]),
        (["directrice course féminine"], "a lancé la course féminine", ["directrice course féminine"]),
        (["组委会主任"], "宣布大会闭幕", ["组委会主任"]),
        (["Presidente della giuria"], "ha presentato il premio della giuria", ["Presidente della giuria"]),
        (["Allenatore capo"], "ha allenato la squadra", ["Allenatore capo"]),
        (["Direttore di gara"], "ha diretto i lavori", ["Direttore di gara"]),
        # a title inside a longer word, or words that only begin another's, is not said (review
        # QQ1: 'poet' in 'Poetry', 'his' history and 'for' former mill worker)
        (["poet"], "received the Poetry prize at 91", ["poet"]),
        (
            ["historian and former mill worker"],
            "won the Non-fiction prize for his history of Bradford's last working wool mill",
            ["historian and former mill worker"],
        ),
        (["finalist"], "was one of the finalists", []),
    ],
)
def test_a_title_is_left_out_only_where_the_role_says_it(
    titles: list[str], role: str, kept: list[str]
) -> None:
    assert list(unsaid(titles, role)) == kept
