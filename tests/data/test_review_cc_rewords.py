"""Review CC's wording, each a class in every language: a figure's own sentence that adds a fact
(a date, a number, a name, a clause its label lacks) is no rewording of its label and is printed
('Samtliga {value} var slutsålda den 14 maj, nästan två månader före festivalen.' under 'Sålda
festivalpass'); and a section's summary and a figure's sentence that state one claim about one
subject say its figure once ('海外からの視聴が半数近くを占めました。' beside '海外からの視聴は全体の約48%を
占めました。')."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.plan.sentence_words import _rewords, _said_once
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_notes, pptx_slide_texts

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("locale", "label", "sentence", "rewords"),
    [
        # the label in other words: nothing more ('cayó' for 'Caída'; 2025 is the label's)
        (
            "es_CO",
            "Caída de la asistencia frente a 2025",
            "La asistencia cayó un {value} frente a la edición anterior.",
            True,
        ),
        ("sv_SE", "Pris för ett tredagarspass", "Ett tredagarspass kostade {value}.", True),
        # a date and a clause the label lacks: more than it
        (
            "sv_SE",
            "Sålda festivalpass",
            "Samtliga {value} var slutsålda den 14 maj, nästan två månader före festivalen.",
            False,
        ),
        ("en_GB", "Festival passes sold", "All {value} were gone by 14 May.", False),
        # a month the language names, with no digit
        ("fr_FR", "Billets vendus", "Les {value} sont partis dès mars.", False),
        ("de_DE", "Verkaufte Tickets", "Alle {value} waren im März vergriffen.", False),
        # a name the label does not say (a capital inside the sentence, where it marks a name)
        ("it_IT", "Biglietti venduti", "I {value} sono andati esauriti su Ticketone.", False),
        ("pl_PL", "Sprzedane karnety", "Wszystkie {value} rozeszły się w sieci Eventim.", False),
        # German writes its nouns with capitals: one is no name there
        ("de_DE", "Verkaufte Tickets", "Die Karten gingen {value} Mal über den Tresen.", True),
        # a clause after a comma
        (
            "nl_NL",
            "Verkochte passe-partouts",
            "Er gingen {value} de deur uit, waarvan de helft online.",
            False,
        ),
    ],
)
def test_a_sentence_rewords_its_label_only_if_it_adds_no_fact(
    locale: str, label: str, sentence: str, rewords: bool
) -> None:
    said = sentence.replace("{value}", " ")
    assert _rewords(label, said, sentence, locale) is rewords


def test_the_sold_out_date_is_printed_in_both_documents(tmp_path: Path) -> None:
    """The festival's passes sold out on 14 May: the file's own sentence says so, and each document
    prints it (the deck on a slide or in its notes)."""
    result = build(REVIEWS / "fyrskeppet-karlskrona-sv-se.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    files = {f.suffix: f for f in result.files}
    briefing = [p.replace("\xa0", " ") for p in docx_paragraphs(files[".docx"])]
    assert any("14 maj" in p and "slutsålda" in p for p in briefing), briefing
    deck = [t.replace("\xa0", " ") for t in pptx_slide_texts(files[".pptx"]) + pptx_notes(files[".pptx"])]
    assert any("14 maj" in t and "slutsålda" in t for t in deck), deck


@pytest.mark.parametrize(
    ("summary", "sentence", "expected"),
    [
        # Japanese: the subject ('海外からの視聴'), the verb ('を占めました'); the figure precise
        (
            "2日間の配信は過去最多の視聴回数を記録し、海外からの視聴が半数近くを占めました。",
            "海外からの視聴は全体の約48%を占めました。",
            "2日間の配信は過去最多の視聴回数を記録し、海外からの視聴は全体の約48%を占めました。",
        ),
        # Korean
        (
            "관람객이 크게 늘었고, 해외 관람객이 절반 가까이를 차지했습니다.",
            "해외 관람객은 전체의 약 48%를 차지했습니다.",
            "관람객이 크게 늘었고, 해외 관람객은 전체의 약 48%를 차지했습니다.",
        ),
        # a clause that states a number already: no approximation to replace
        (
            "2日間の配信は過去最多の視聴回数を記録し、海外からの視聴が47%を占めました。",
            "海外からの視聴は全体の約48%を占めました。",
            None,
        ),
        # the same subject, another verb: viewing grew, views passed 1.26 million
        (
            "決勝が行われた最終日には会場が満員となり、インターネット配信の視聴も大きく伸びました。",
            "インターネット配信の視聴回数は126万回を超えました。",
            None,
        ),
        (
            "관람객이 크게 늘었고, 해외 관람객이 최다를 기록했습니다.",
            "해외 관람객은 약 48%를 차지했습니다.",
            None,
        ),
        # another subject: another claim
        (
            "2日間の配信は過去最多の視聴回数を記録し、国内の視聴が半数近くを占めました。",
            "海外からの視聴は全体の約48%を占めました。",
            None,
        ),
    ],
)
def test_a_figures_sentence_replaces_the_summary_clause_it_makes_precise(
    summary: str, sentence: str, expected: str | None
) -> None:
    assert _said_once(summary, sentence) == expected


def test_the_showcases_overseas_share_is_said_once(tmp_path: Path) -> None:
    """'海外からの視聴が半数近くを占めました。海外からの視聴は全体の約48%を占めました。': one claim twice,
    side by side; each document says it once, with its figure."""
    result = build(REVIEWS / "game-showcase-online-ja-jp.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    files = {f.suffix: f for f in result.files}
    briefing = docx_paragraphs(files[".docx"])
    slides = pptx_slide_texts(files[".pptx"])
    for texts in (briefing, slides):
        assert any("約48%" in t for t in texts), texts
        assert not any("半数近く" in t for t in texts), texts
        assert sum(t.count("海外からの視聴") for t in texts) == 1, [t for t in texts if "海外" in t]
