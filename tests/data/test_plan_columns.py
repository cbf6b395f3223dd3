"""Long lists on the deck: short items in columns on a slide of their own, and a list's items (or a
person's quotation) a level down under their line. Reviewers saw 25 countries take five slides of
five names each, and lead lines ('Anteprime mondiali presentate:') set as bullets level with the
items under them."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, without_quote

EVENTS = ROOT / "tests" / "events"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _deck(event: Path, out: Path) -> Presentation:
    result = build(event, Settings.simple(out, TEMPLATES))
    return Presentation(str(next(p for p in result.files if p.suffix == ".pptx")))


def test_a_long_list_of_short_items_is_one_slide_in_columns(tmp_path: Path) -> None:
    prepared = prepare(EVENTS / "craft-fair-lists.yaml")
    derived = prepared.derived
    (page,) = derived.sections["countries"].deck_pages
    assert page.layout == "columns" and len(page.points) == 26 and page.points[0] == "United Kingdom"
    assert page.columns == 3 and [len(c) for c in page.column_points] == [9, 9, 8]
    assert page.headline == ""  # 'Countries of exhibitors' says the title again: no lead line
    # nine sponsors and seven workshops do not fit one slide: each list on a slide of its own, not
    # cut in two among the section's bullets (they took three slides, each list split)
    partners = derived.sections["partners"].deck_pages
    assert [(p.layout, len(p.points)) for p in partners] == [("columns", 9), ("columns", 7)]
    assert partners[1].columns == 1 and partners[1].title_finding == "Workshops"
    assert partners[0].lead == "Sponsors"  # under the title the summary gives, over its columns
    deck = _deck(EVENTS / "craft-fair-lists.yaml", tmp_path / "out")
    (slide,) = [
        s for s in deck.slides if any(sh.has_text_frame and "Ghana" in sh.text_frame.text for sh in s.shapes)
    ]
    columns = [sh for sh in slide.shapes if sh.has_text_frame and sh.name.startswith("List")]
    assert [[p.text for p in c.text_frame.paragraphs] for c in columns] == [
        list(c) for c in page.column_points
    ]
    for column in columns:
        body_pr = column.text_frame._txBody.find(f"{A}bodyPr")
        autofit = body_pr.find(f"{A}normAutofit")
        assert autofit is None or autofit.get("fontScale") is None


def test_a_lists_items_and_a_quotation_sit_a_level_down(tmp_path: Path) -> None:
    event = EVENTS / "languages" / "salone-nautico-it.yaml"
    deck = _deck(event, tmp_path / "out")
    levels = {
        p.text: p.level
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
        if p.text
    }
    assert levels["Anteprime mondiali presentate:"] == 0
    assert levels["Cantiere Rossetti Yachts ha presentato il motoryacht ibrido RY 24 Ibrida"] == 1
    quote = next(t for t in levels if t.startswith("«Ancona è tornata"))
    assert (
        levels[quote] == 1
        and levels[next(t for t in levels if t.startswith("Lucia Marchetti Ferraris"))] == 0
    )
    dash = etree.tostring(
        next(
            p._p
            for s in deck.slides
            for sh in s.shapes
            if sh.has_text_frame
            for p in sh.text_frame.paragraphs
            if p.text == quote
        ),
        encoding="unicode",
    )
    # a quotation set as a quote takes no bullet: its margin where the bullet was (round 16, walls18)
    assert "buNone" in dash and 'char="–"' not in dash


def test_a_folded_sections_summary_sits_under_its_name(tmp_path: Path) -> None:
    """Reviewers: 'Tradition et patrimoine', a section of one summary, became the last bullet of
    the 'Fréquentation' slide, its name on no slide, and `inspect --plan` said it had no slide
    because 'its bullets only repeat the tiles'. Under its name it filled that slide to 16 rows,
    shrunk (review CC: a text section folds only where it fits at the body's size): it keeps a
    slide of its own, titled by its name, and the plan says so."""
    from reportgen.data.plan_view import plan_data, plan_text

    # without the key line's quote, which fills the Fréquentation slide itself (test_key_quotes.py)
    event = without_quote(EVENTS / "languages" / "carnaval-fr-ca.yaml", tmp_path, "Plus de 1,12 million")
    prepared = prepare(event)
    sections = {s.id: s for s in prepared.derived.deck_sections}
    (page,) = sections["frequentation"].deck_pages
    assert "Tradition et patrimoine" not in page.points and page.folded == ()
    (own,) = sections["tradition"].deck_pages
    assert (own.headline or own.points[0]).startswith("Depuis 1955")
    plan = plan_text(plan_data(prepared.summary, prepared.derived))
    # round 17: its summary, wider than a lead, is set as its sentences at the body's size, not
    # one block set large (a wall of text)
    assert "slide 4: Tradition et patrimoine: text;" in plan


def test_one_of_many_winners_is_not_the_slides_title() -> None:
    """Review H, an awards night: 'Owen Pritchard won the Clean Energy Award', the second of five
    winners, titled their slide, and the other four sat under it. A slide of more than two people
    is titled by none of them."""
    derived = prepare(EVENTS / "awards-night-en-gb.yaml").derived
    for section in derived.deck_sections:
        for page in section.deck_pages:
            named = [p for p in section.people if p.name in page.title_finding]
            assert not named or len(section.people) <= 2, (section.id, page.title_finding)


def test_a_charts_finding_the_slide_title_gives_up_is_in_the_speakers_notes(tmp_path: Path) -> None:
    """Reviewers: where a chart's slide is titled with its section's summary, the caption (the
    chart's finding, '우승팀이 총상금 12억 원 가운데 5억 원을 받았다.') was on neither the slide nor
    its notes; a caption that only names the chart ('Aussteller nach Land') is no finding."""
    from ..conftest import pptx_notes

    result = build(EVENTS / "languages" / "esports-ko.yaml", Settings.simple(tmp_path / "ko", TEMPLATES))
    notes = pptx_notes(next(p for p in result.files if p.suffix == ".pptx"))
    # (the currency tied to its amount: typography.bind_cjk_numbers)
    assert any("우승팀이 총상금 12억\u00a0원 가운데 5억\u00a0원을 받았다." in n for n in notes)
    result = build(EVENTS / "buchmesse-de.yaml", Settings.simple(tmp_path / "de", TEMPLATES))
    notes = pptx_notes(next(p for p in result.files if p.suffix == ".pptx"))
    assert not any("\nAussteller nach Land\n" in f"{n}\n" for n in notes)
