"""The briefing's first sentence names the event a second time as an editor does (review MM): the
title above it prints the whole name, so the sentence says its short name ('TASMARS 2026 ended in
Hobart …'), or its kind with the article its language needs ('Il festival ha chiuso i battenti …'),
or, where neither's article is sure, the short name after a generic noun ('Die Veranstaltung IIN
2026 …'); never the whole name again ('Tasman University … Symposium 2026 (TASMARS 2026) ended …'
right under that name). Its facts stay: the closing date, and the city where the name does not say
it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation

from reportgen.data.superlatives import claims_record
from reportgen.office.invisible import invisible_in_number
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, news_words

REVIEW = ROOT / "tests" / "data" / "review_events"

#: Per event: the sentence the briefing opens with, as an editor of its language writes it.
OPENINGS = {
    "tasman-marine-symposium-en-au": "TASMARS 2026 ended in Hobart on 12 February 2026.",
    "limerick-half-marathon-en-ie": "Limerick Half 2026 ended on 20 September 2026.",
    "oyun-gelistiricileri-istanbul-tr-tr": "İOGK 2026, 16 Ekim 2026 tarihinde sona erdi.",
    "taichung-animation-festival-zh-tw": "2026臺中動畫影展於2026年10月25日閉幕。",
    "festival-filosofia-matera-it": "Il festival ha chiuso i battenti a Matera il 27 settembre 2026.",
    "fachkongress-de-de": "Der Fachkongress ging am 21. Oktober 2026 in Bremen zu Ende.",
    # its summary opens 'Die Industriemesse schloss …': the kind before the short name, not the kind
    # alone before it, nor a generic 'Die Veranstaltung IIN 2026' (review YY1 #7)
    "industriemesse-hannover-de": "Die Fachmesse IIN 2026 ging am 24. April 2026 in Hannover zu Ende.",
    "congres-cardio-lausanne-fr-ch": "Le congrès a pris fin à Lausanne le 12 juin 2026.",
    "ontwerpweek-zwolle-2026": "De ontwerpweek sloot op 25 oktober 2026 de deuren.",
    "feira-sabores-pt-pt": "A feira terminou em Santarém no dia 7 de junho de 2026.",
    "demo-day-es-mx": "El evento Demo Norte 2026 concluyó en Monterrey el 12 de noviembre de 2026.",
}


def _curly(text: str) -> str:
    """Text with the typographer's apostrophe the documents print for the data's straight one."""
    return text.replace("'", "\u2019")


def _plain(text: str) -> str:
    return text.replace("\u2060", "").replace("\u200b", "").replace("\u00a0", " ").replace("\u202f", " ")


def _name(event: Path) -> str:
    return yaml.safe_load(event.read_text(encoding="utf-8"))["event"]["name"]


@pytest.mark.parametrize("name", sorted(OPENINGS))
def test_the_sentence_under_the_title_names_the_event_a_second_time(name: str, tmp_path: Path) -> None:
    """Round 23 (lead23): the news in the data's words may come first; then this sentence."""
    event = REVIEW / f"{name}.yaml"
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    document = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    title = _plain(document.paragraphs[0].text).replace("\n", "")
    assert title == _name(event)
    story = next(
        _plain(p.text)
        for p in document.paragraphs
        if p.style.name == "Normal" and OPENINGS[name][:6] in _plain(p.text)
    )
    # round 23 (lead23): the lede may open with the data's words for the news; the closing
    # sentence that names the event a second time follows them directly, or opens the lede
    news, closing, _ = story.partition(OPENINGS[name])
    # or the catalogue's sentence for a record whose quote could not open it (band24, review UU4 F)
    said = {"", *(_curly(_plain(w)) for w in news_words(event))}
    assert closing and (_curly(news.strip()) in said or claims_record(news)), story
    assert _name(event) not in story


def test_a_title_slide_without_a_summary_does_not_say_the_name_twice(tmp_path: Path) -> None:
    """The deck's title slide prints the sentence in its band where the event has no summary of its
    own: under the name, the short name, as in the briefing."""
    data = yaml.safe_load((REVIEW / "tasman-marine-symposium-en-au.yaml").read_text(encoding="utf-8"))
    del data["event"]["summary"]
    event = tmp_path / "tasman.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    slide = Presentation(str(next(f for f in result.files if f.suffix == ".pptx"))).slides[0]
    texts = [_plain(s.text_frame.text) for s in slide.shapes if s.has_text_frame]
    band = next(t for t in texts if "12 February 2026." in t)
    assert band.startswith("TASMARS 2026 ended in Hobart on 12 February 2026."), band
    assert data["event"]["name"] not in band


def test_a_justified_chinese_date_may_end_a_line_between_its_parts(tmp_path: Path) -> None:
    """The zh_TW opening sentence is justified: its date's parts are open to a line's end, '2026年 /
    10月', its numbers tied to their 年, 月 and 日 (office/cjk_dates.py); the subtitle, not
    stretched, keeps its dates whole; and the document check takes the break for no fault."""
    result = build(
        REVIEW / "taichung-animation-festival-zh-tw.yaml", Settings.simple(tmp_path / "out", TEMPLATES)
    )
    assert result.warnings == [], result.warnings
    document = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    story = next(p for p in document.paragraphs if "閉幕。" in p.text)
    assert story.paragraph_format.alignment is not None and story.paragraph_format.alignment.name == "JUSTIFY"
    assert "2026\u2060年\u200b10\u2060月\u200b25\u2060日閉幕" in story.text
    subtitle = next(p for p in document.paragraphs if p.style.name == "Subtitle")
    assert "2026\u2060年\u206010\u2060月\u206016\u2060日" in subtitle.text and "\u200b" not in subtitle.text


def test_a_break_between_a_date_s_parts_is_no_invisible_character_inside_a_number() -> None:
    assert invisible_in_number("於2026\u2060年\u200b10\u2060月\u200b25\u2060日閉幕") is None
    assert invisible_in_number("約12\u200b34人") == ("約1234人", "U+200B")  # inside the digits
    assert invisible_in_number("2026\u2060年\u200b第10屆") is None  # no number's part after it: a word
