"""Reviews QQ1 and QQ2: an award's winners by category came last, in small type, after two slides
of people titled 'Winners by category (continued)'; three speakers and their partners' sentence
were split 1 + 2 over a '(forts.)' slide; a list of partners or sponsors was set as one large
centred sentence. Built once per event; the assertions read the decks as a reader does."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn

from reportgen.office.list_setting import list_statements
from reportgen.office.slide_runs import slide_runs
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = (
    "northern-lights-book-awards-en-gb",
    "nordlar-umea-sv-se",
    "bieg-dla-szpitala-pl",
    "jogos-juventude-goiania-pt-br",
    "festival-cine-es-ar",
)


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {}
    for name in EVENTS:
        result = build(REVIEWS / f"{name}.yaml", Settings.simple(tmp_path_factory.mktemp(name), TEMPLATES))
        out[name] = next(f for f in result.files if f.suffix == ".pptx")
    return out


def _paragraphs(slide) -> list[str]:
    """A slide's lines as a reader reads them: a table's row 'label: value'."""
    texts = [
        " ".join(p.text.split())
        for s in slide.shapes
        if s.has_text_frame
        for p in s.text_frame.paragraphs
        if p.text.strip()
    ]
    rows = [": ".join(c.text for c in row.cells) for table in _tables(slide) for row in table.rows]
    return texts + [" ".join(row.split()) for row in rows]


def _tables(slide) -> list:
    return [s.table for s in slide.shapes if getattr(s, "has_table", False) and s.has_table]


def _slide_of(prs, start: str) -> int:
    return next(
        n for n, slide in enumerate(prs.slides) if any(p.startswith(start) for p in _paragraphs(slide))
    )


def test_the_winners_by_category_come_before_the_people(decks: dict[str, Path]) -> None:
    prs = Presentation(str(decks["northern-lights-book-awards-en-gb"]))
    winners = _slide_of(prs, "Poetry: Late Light over Swaledale")
    # her words, under the line that titles their slide (or under her own line)
    words = next(
        n for n, slide in enumerate(prs.slides) if any("I wrote this book" in p for p in _paragraphs(slide))
    )
    assert winners < words, "the results, then who comments on them"
    # all seven on their own slide: no person's line among them
    texts = _paragraphs(prs.slides[winners])
    assert sum(t.startswith(("Book of the Year:", "Fiction:", "Debut:", "Lifetime")) for t in texts) == 4
    assert not any("Rahman, novelist" in t for t in texts)


@pytest.mark.parametrize("name", EVENTS)
def test_no_continuation_holds_another_kind_and_no_list_is_a_poster(
    decks: dict[str, Path], name: str
) -> None:
    prs = Presentation(str(decks[name]))
    slides = list(prs.slides)
    locale = yaml.safe_load((REVIEWS / f"{name}.yaml").read_text(encoding="utf-8"))["formatting"]["locale"]
    height = prs.slide_height or 1
    assert slide_runs(slides, (prs.slide_width or 1) * height, name, locale, height) == []
    assert [w for n, slide in enumerate(slides, 1) for w in list_statements(slide, f"slide {n}")] == []


def test_three_speakers_and_a_list_are_not_split_one_and_two(decks: dict[str, Path]) -> None:
    prs = Presentation(str(decks["nordlar-umea-sv-se"]))
    at = [_slide_of(prs, name) for name in ("Karin Lindqvist", "Mikko Räsänen", "Sara Nilsson")]
    per_slide = [at.count(n) for n in sorted(set(at))]
    assert max(per_slide) - min(per_slide) <= 1 or len(per_slide) == 1, at


@pytest.mark.parametrize(("name", "item"), [("bieg-dla-szpitala-pl", "Miasto Lublin")])
def test_a_list_of_names_is_set_an_item_a_line(decks: dict[str, Path], name: str, item: str) -> None:
    prs = Presentation(str(decks[name]))
    slide = prs.slides[_slide_of(prs, item)]
    found = [p for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs if item in p.text]
    assert [" ".join(p.text.split()) for p in found] == [item], "the name a line of its own"
    assert all(p.alignment != PP_ALIGN.CENTER for p in found)


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("northern-lights-book-awards-en-gb", "Book of the Year", "Margaret Healey"),
        ("festival-cine-es-ar", "Mejor película", "«Cancha de tierra», de Diego Luna Paz (Uruguay)"),
    ],
)
def test_winners_by_category_are_a_table_that_fills_their_slide(
    decks: dict[str, Path], name: str, first: str, last: str
) -> None:
    """Review QQ1 (people22b): the winners were 20 pt bullets 'Poetry: …' over an empty lower third;
    a table of two columns, category | winner, as tall as the room under the slide's lead."""
    prs = Presentation(str(decks[name]))
    slide = next(s for s in prs.slides if any(t.cell(0, 0).text == first for t in _tables(s)))
    frame = next(s for s in slide.shapes if getattr(s, "has_table", False) and s.has_table)
    table = frame.table
    assert len(table.columns) == 2
    assert table.cell(len(table.rows) - 1, 1).text == last, "the winner beside its category, whole"
    assert not any(":" in row.cells[0].text for row in table.rows), "no colon left in a category"
    bottom = frame.top + sum(row.height for row in table.rows)
    assert bottom >= 0.75 * prs.slide_height, "the table fills the room down to the slide's foot"
    # its look from the theme: scheme colours only, which a restyled template recolours
    xml = frame._element.xml
    assert "srgbClr" not in xml and "schemeClr" in xml


@pytest.mark.parametrize(
    ("name", "label", "category", "winner"),
    [
        ("northern-lights-book-awards-en-gb", "Winners", "Children’s book", "Otto and the Tide Clock"),
        ("festival-cine-es-ar", "Ganadores", "Mejor documental", "«Las que tejen», de Ana Quispe (Bolivia)"),
    ],
)
def test_the_briefing_sets_winners_by_category_as_a_table(
    decks: dict[str, Path], name: str, label: str, category: str, winner: str
) -> None:
    """Review QQ1 (people22b): the briefing printed a bare 'Winners:' over bullets 'Poetry: …'; a
    table under the list's label, a category and its winner a row, before the people."""
    doc = Document(str(next(decks[name].parent.glob("*.docx"))))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == label)
    rows = {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}
    assert any(winner in value for key, value in rows.items() if key == category), rows
    assert not any(p.text.strip() == f"{label}:" for p in doc.paragraphs), "no bare label line"
    assert not any(p.text.startswith(f"{category}:") for p in doc.paragraphs), "no pair left as a bullet"


def _title(slide) -> str:
    shape = slide.shapes.title
    return " ".join(shape.text_frame.text.split()) if shape is not None else ""


def test_the_people_after_the_winners_have_a_title_of_their_own(decks: dict[str, Path]) -> None:
    """Review QQ1 (people22b): the slide of the winners' words after their table was titled
    'Winners by category' again, as the table's slide: it is titled with what it says."""
    prs = Presentation(str(decks["northern-lights-book-awards-en-gb"]))
    slides = list(prs.slides)
    at = next(n for n, s in enumerate(slides) if _tables(s))
    assert _title(slides[at + 1]) != _title(slides[at]), _title(slides[at])
    assert _title(slides[at + 1]), "a title, not none"
    # review RR1 #4: titled by the first speaker, whose words it holds; no slide of theirs after
    # it is the table's '(continued)'
    assert _title(slides[at + 1]).startswith("Aisha Rahman won Book of the Year")
    assert any("I wrote this book" in p for p in _paragraphs(slides[at + 1]))
    people = [s for s in slides[at + 1 :] if any("Grace Liu" in p for p in _paragraphs(s))]
    assert people and not _title(people[0]).startswith(_title(slides[at])), _title(people[0])


@pytest.mark.parametrize("name", EVENTS)
def test_no_two_slides_in_a_row_share_a_title(decks: dict[str, Path], name: str) -> None:
    """Review RR1 #4: the winners' table and the slide of their words after it were both titled
    'Winners by category'. Slides in a row are each named for what they hold."""
    titles = [_title(s) for s in Presentation(str(decks[name])).slides]
    assert not [(a, b) for a, b in pairwise(titles) if a and a == b], titles


def _bulleted(paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is None or ppr.find(qn("a:buNone")) is None


@pytest.mark.parametrize(
    ("name", "label", "item"),
    [
        ("northern-lights-book-awards-en-gb", "Partners", "Leeds City Council"),
        ("nordlar-umea-sv-se", "Medarrangörer", "Nordiska ministerrådet"),
    ],
)
def test_a_list_after_people_is_set_apart_from_them(
    decks: dict[str, Path], name: str, label: str, item: str
) -> None:
    """Review RR1 #7: 'Partners: Leeds City Council, …' was one more bullet after a quotation, and
    the sv co-organisers a fourth bullet among the speakers: the list is no bullet of theirs, its
    label printed once; in the briefing a paragraph of its own after them, its label bold."""
    prs = Presentation(str(decks[name]))
    slide = next(s for s in prs.slides if any(item in p for p in _paragraphs(s)))
    found = [p for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs if item in p.text]
    assert len(found) == 1 and not _bulleted(found[0]), "a paragraph of its own, not a bullet"
    assert sum(p.count(label) for p in _paragraphs(slide)) == 1
    doc = Document(str(next(decks[name].parent.glob("*.docx"))))
    (para,) = [p for p in doc.paragraphs if item in p.text]
    assert "List" not in para.style.name, "no bullet among the people's"
    assert para.runs[0].bold and para.runs[0].text.startswith(label)
    assert sum(p.text.count(f"{label}:") for p in doc.paragraphs) == 1


def test_a_list_under_a_heading_that_names_it_is_its_names_a_line_each(decks: dict[str, Path]) -> None:
    """Review RR1 #7: the pl briefing's heading 'Partnerzy' over a bullet 'Partnerzy: Miasto Lublin,
    …' with no full stop: its names a bullet each, the label not printed again."""
    doc = Document(str(next(decks["bieg-dla-szpitala-pl"].parent.glob("*.docx"))))
    texts = [p.text for p in doc.paragraphs]
    assert not [t for t in texts if t.startswith("Partnerzy:")]
    named = [p for p in doc.paragraphs if p.text in ("Miasto Lublin", "Apteki Słoneczne")]
    assert len(named) == 2 and all("List" in p.style.name for p in named)


def test_two_lists_alone_on_a_slide_are_each_a_heading_over_its_names(decks: dict[str, Path]) -> None:
    """Review QQ2: 'Patrocinadores: Banco Planalto, …' and 'Apoio: …', two sentences of names set
    large: each list's label a heading of its own, its names under it, no label run into them."""
    prs = Presentation(str(decks["jogos-juventude-goiania-pt-br"]))
    slide = next(s for s in prs.slides if any("Banco Planalto" in p for p in _paragraphs(s)))
    texts = _paragraphs(slide)
    assert "Patrocinadores" in texts and "Apoio" in texts
    assert not [t for t in texts if t.startswith(("Patrocinadores:", "Apoio:"))]
    assert texts.index("Patrocinadores") < texts.index("Apoio")
    names = [
        p for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs if "Sesc Goiás" in p.text
    ]
    assert names and not any(_bulleted(p) for p in names)
    assert all(p.alignment != PP_ALIGN.CENTER for p in names), "not a poster of names"
