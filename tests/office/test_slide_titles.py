"""Slide titles and the deck's layout as the plan says (reviewers' round 4): a finding too long for
a title gives the title its first sentence or main clause and the rest a lead line, rather than the
section's name; a second page of tiles is titled as a continuation; a full-width chart takes no
text beside it; `inspect --plan` names what the deck draws."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from reportgen.data.derive import DeckPage
from reportgen.data.plan_view import plan_data, plan_text
from reportgen.data.prepare import prepare_editions
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC, seen

EVENTS = ROOT / "tests" / "events"
CONTENT_W = 11_094_720  # the bundled deck's width inside its margins (scripts/make_templates.py)


def _deck(event: Path, out: Path, language: str = "") -> Path:
    result = build(event, Settings.simple(out, TEMPLATES))
    return next(f for f in result.files if f.suffix == ".pptx" and language in f.name)


def _texts(deck: Path) -> list[dict[str, str]]:
    return [
        {shape.name: seen(shape.text_frame.text) for shape in slide.shapes if shape.has_text_frame}
        for slide in Presentation(str(deck)).slides
    ]


def test_a_finding_too_long_for_a_title_gives_the_title_its_main_clause(tmp_path: Path) -> None:
    slides = _texts(_deck(EVENTS / "med-congress-us.yaml", tmp_path))
    slides = slides[2:]  # after the title and the tiles (under their section's summary: review AA)
    # was: 'Late-breaking science' as the title, the whole 140-character finding beneath it
    assert slides[0]["Title 1"] == "Three late-breaking trials drew standing-room audiences"
    assert slides[0]["Section name"] == "Late-breaking science"
    # what followed the clause only continued it: no fragment as a lead ('Led by a pragmatic
    # trial …', review O), nor the whole finding, which said the title again under it (review Z)
    assert "Led by" not in slides[0]["Section text"]
    assert "standing-room audiences" not in slides[0]["Section text"]
    assert "Dr. Alicia M. Ferreira" in slides[0]["Section text"]
    # no clause short enough and whole: the shortest sentence the slide prints is the title (was the
    # section's name), the section's name its kicker, the whole finding its lead
    assert slides[1]["Title 1"] == "Dr. Marcus J. Whitfield presented the new lipid guideline"
    assert slides[1]["Section name"] == "Guideline and policy announcements"
    assert slides[1]["Section text"].startswith("The society released its updated lipid management guideline")


def test_a_chart_slides_lead_is_what_its_title_leaves(tmp_path: Path) -> None:
    slides = _texts(_deck(EVENTS / "languages" / "festival-cinema-it.yaml", tmp_path))
    # the audience's chart slide (its place: round 16 gave the one key figure no glance slide)
    audience = next(s for s in slides if s.get("Section name") == "Il pubblico")
    assert audience["Title 1"] == "Le presenze sono più che raddoppiate in cinque anni"  # was 'Il pubblico'
    # what followed the clause is what the chart draws, no sentence: no lead of it ('Da 41.500 nel
    # 2022 a quasi 98.000 nel 2026.' was one, a fragment, review O); the lead is the section's
    # summary, which the caption's title does not say (review CC: a summary in the notes only)
    lead = audience.get("Headline", "")
    assert "41.500" not in lead
    # its first text, beside the chart: two short lines there had left the column mostly empty
    # (review NN, plan/deck_pages.py `_lead_beside`), the title stays and the chart takes its height
    assert not lead and audience["Points"].startswith("Le presenze sono cresciute ogni anno")


def test_a_templates_page_headline_keeps_its_meaning() -> None:
    """Users' templates print `page.headline` as the title where `page.finding`, else as the lead."""
    long = (
        "Three late-breaking trials drew standing-room audiences, led by a pragmatic trial of polypill "
        "therapy delivered through community pharmacies."
    )
    page = DeckPage("points", "", ("A point",), long, True, False)
    assert (page.headline, page.finding) == (long, False)
    assert page.title_finding == "Three late-breaking trials drew standing-room audiences"
    short = DeckPage("points", "", (), "Every source of giving grew on last year.", True, False)
    # the title goes without the full stop (the headline, for users' templates, keeps it)
    assert (short.finding, short.title_finding, short.lead) == (True, short.headline[:-1], "")


def test_a_second_page_of_tiles_is_titled_by_what_it_holds(tmp_path: Path) -> None:
    event = EVENTS / "languages" / "expo-zh-bilingual.yaml"
    english = _texts(_deck(event, tmp_path, "en_GB"))
    chinese = _texts(_deck(event, tmp_path, "zh_CN"))
    # both pages were 'CBEC Expo 2026 at a glance' ('…要点速览' twice); then the second '… at a
    # glance (continued)', which did not say what it went on from (round 20): its key figures
    assert [s["Title 1"] for s in english[1:3]] == ["CBEC Expo 2026 at a glance", "Key figures"]
    # the first page titled as the tiles' event, or with the finding of the section whose tiles
    # they are, now that its summary is set beside no other section's chart (review W)
    assert chinese[1]["Title 1"] in ("杭州跨境电商博览会要点速览", "展览面积和参展企业数量均创历届之最")
    # ... or, tiles grouped by section (review U), with the finding of the section its tiles are
    assert chinese[2]["Title 1"] in (
        "关键数据",
        "意向成交额和现场签约额均高于上届",
        "专业采购商占观众总数的比重明显上升",
    )


def test_a_full_width_chart_takes_no_text_beside_it(tmp_path: Path) -> None:
    result = build(EVENTS / "languages" / "festival-cinema-it.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    for slide in Presentation(str(deck)).slides:
        frames = [s for s in slide.shapes if s.name == "Grafico film_paesi"]  # its name in Italian
        if frames:
            break
    else:
        raise AssertionError("no slide draws film_paesi")
    assert frames[0].width == CONTENT_W  # was 7.5 in, beside two bullets
    assert not any(s.name == "Points" and s.text_frame.text.strip() for s in slide.shapes if s.has_text_frame)
    assert not [w for w in result.warnings if "would be dropped" in w]  # its 12 names all shown


def _drawn(deck: Path) -> dict[str, str]:
    """Each native chart's id and what it draws ('bar', 'hbar'), read from the deck."""
    kinds = {
        XL_CHART_TYPE.BAR_CLUSTERED: "hbar",
        XL_CHART_TYPE.COLUMN_CLUSTERED: "bar",
        XL_CHART_TYPE.XY_SCATTER: "dot",
    }
    drawn = {}
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if shape.has_chart:  # named 'Chart <id>' in the event's language ('Grafico film_paesi')
                drawn[shape.name.rsplit(" ", 1)[-1]] = kinds.get(shape.chart.chart_type, "other")
    return drawn


def test_the_plan_says_what_the_deck_draws(tmp_path: Path) -> None:
    """`inspect --plan` said 'bar chart' of a chart the deck draws as horizontal bars."""
    for event in (
        EVENTS / "languages" / "festival-cinema-it.yaml",
        WAIC,
        EVENTS / "eleven-figures-long-chart.yaml",
    ):
        prepared = prepare_editions(event, None)[0]
        plan = plan_data(prepared.summary, prepared.derived)
        planned = {
            c["chart"]: c["deck_kind"] for c in plan["charts"] if c["deck_kind"] in {"bar", "hbar", "dot"}
        }
        assert planned == _drawn(_deck(event, tmp_path / event.stem)), event.name
        if event.stem == "festival-cinema-it":
            text = plan_text(plan)
            assert (
                # years keep their columns in the deck, labels set smaller (review R: they were bars
                # read down, as their labels were too wide at 16 pt)
                "'presenze_anni' Presenze al festival, 2022-2026: bar chart, in briefing and deck\n"
                "    why: kept in the data's order: the categories are years"
            ) in text
            assert "slide 3: Il concorso internazionale: chart 'film_paesi'\n" in text  # no text beside it
