"""Round 16: what a reader needs is on the slide, and a section keeps its lead.

Reviewers found a section's text in the speaker notes only: the marathon's summary under its 12
countries ('…其中埃塞俄比亚和肯尼亚选手占据了男子、女子全程前十名的大部分席位'), Bengaluru's seed grants
'for 15 early-stage companies', Rotterdam's 28 cities 'uit vijf continenten'. And Bengaluru's
Investment section led the second page of tiles while its commitments' tile was on the first.
The document check names each such slide (office/unsaid.py); the plan leaves none."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
BENGALURU = REVIEWS / "bengaluru-techexpo-en-in.yaml"
ROTTERDAM = REVIEWS / "rotterdam-watertop-nl.yaml"
MARATHON = REVIEWS / "marathon-quanzhou-zh-cn.yaml"
SEED = "The state's startup cell announced seed grants of ₹75 lakh for 15 early-stage companies."
CITIES = "Het Deltapact werd ondertekend door 28 steden uit vijf continenten."
COUNTRIES = "来自12个国家和地区的选手参赛，其中埃塞俄比亚和肯尼亚选手占据了男子、女子全程前十名的大部分席位。"


def _deck(event: Path, out: Path) -> Path:
    result = build(event, Settings.simple(out, TEMPLATES))
    return next(f for f in result.files if f.suffix == ".pptx")


def _printed(slide: object) -> str:
    """A slide's printed text as a reader sees it, its lines joined, without the joiners the
    deck sets between a CJK number and its unit."""
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]  # type: ignore[attr-defined]
    return seen(" ".join(" ".join(texts).split())).replace("\u2060", "").replace("’", "'")


def _unsaid(prs: object, shown: str, **kwargs: object) -> list[str]:
    return [w for w in check_deck(prs, shown, **kwargs) if "only the speaker notes" in w]  # type: ignore[arg-type]


def _blank(prs: object, words: str) -> None:
    """Every paragraph of the slides that prints `words`, emptied: what the deck printed before."""
    for shape in (sh for s in prs.slides for sh in s.shapes):  # type: ignore[attr-defined]
        for paragraph in shape.text_frame.paragraphs if shape.has_text_frame else ():
            if words in seen("".join(r.text for r in paragraph.runs)):
                for run in paragraph.runs:
                    run.text = ""


def test_a_tiles_sentence_that_says_more_than_its_tile_is_where_a_reader_sees_it(tmp_path: Path) -> None:
    """Round 16 printed these over their tiles, which review LL read as the number twice a few
    centimetres apart: their sections have no slide of their own, so the briefing prints them
    (plan/deck_pages.py `with_tile_details`), and no slide's notes keep them alone."""
    for event, sentence, said in (
        (BENGALURU, SEED, "for 15 early-stage companies"),
        (ROTTERDAM, CITIES, "uit vijf"),
    ):
        result = build(event, Settings.simple(tmp_path / event.stem, TEMPLATES))
        assert result.warnings == [], result.warnings
        files = {f.suffix: f for f in result.files}
        prs = Presentation(str(files[".pptx"]))
        with_tiles = [s for s in prs.slides if any(sh.name.startswith("Key figure") for sh in s.shapes)]
        # no lead over the tiles says it; where its words after the number fit a tile, the tile
        # prints them once, under its label, its number not again (data/plan/tile_details.py)
        assert sum(_printed(s).count(said) for s in with_tiles) <= 1, [_printed(s) for s in with_tiles]
        assert any(said in seen(p.text) for p in Document(str(files[".docx"])).paragraphs)
        assert not _unsaid(prs, "deck", details=(sentence,))
        if any(said in _printed(s) for s in with_tiles):
            continue  # its tile says it: a slide prints it, so notes that say it too are no fault
        at, page = next((n, s) for n, s in enumerate(prs.slides, 1) if s in with_tiles)
        page.notes_slide.notes_text_frame.text += f"\n{sentence}"  # planted: its notes alone say it
        assert _unsaid(prs, "deck", details=(sentence,)) == [
            f"deck: slide {at}: its speaker notes say '{sentence}', which qualifies a figure the deck "
            "prints, and no slide prints it (only the speaker notes do)"
        ]


def test_a_sections_lead_is_on_the_page_of_all_its_tiles(tmp_path: Path) -> None:
    prs = Presentation(str(_deck(BENGALURU, tmp_path)))
    pages = [s for s in prs.slides if any(sh.name.startswith("Key figure") for sh in s.shapes)]
    led = [p for p in pages if "State agencies and private investors" in _printed(p)]
    assert len(led) == 1
    investment = (
        "Investment commitments signed",
        "Memoranda of",
        "Seed grants",
        "Foreign direct",
        "Business-to",
    )
    assert all(label in _printed(led[0]) for label in investment), _printed(led[0])
    assert not any(label in _printed(p) for p in pages if p is not led[0] for label in investment)


def test_the_summary_over_a_chart_of_twelve_countries_is_on_its_slide(tmp_path: Path) -> None:
    prs = Presentation(str(_deck(MARATHON, tmp_path)))
    at, slide = next((n, s) for n, s in enumerate(prs.slides, 1) if any(sh.has_chart for sh in s.shapes))
    assert COUNTRIES.rstrip("。") in _printed(slide).replace(" ", "")  # its title's two lines
    assert not _unsaid(prs, "deck", summaries=(COUNTRIES,), locale="zh_CN")
    _blank(prs, "埃塞俄比亚和肯尼亚选手")  # the title it had: the chart's finding, the summary in the notes
    warned = _unsaid(prs, "deck", summaries=(COUNTRIES,), locale="zh_CN")
    assert warned and all(w.startswith(f"deck: slide {at}: ") for w in warned), warned
