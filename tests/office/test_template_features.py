"""A template made from an earlier default deck or briefing (review VV2 NEW-A) gets a note naming
each plan feature it does not read, what it prints instead and the tag to add; the defaults and a
template of the user's own design (no loop over the plan) get none."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reportgen.office import template_features
from reportgen.office.template_features import FEATURES, names_read, template_notes

from ..conftest import ROOT, TEMPLATES

DOCS = ROOT / "docs" / "templates.md"


def _without(template: Path, out: Path, cut: dict[bytes, bytes]) -> Path:
    """A copy of `template` with each `cut` key in its parts replaced (an earlier default)."""
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            for old, new in cut.items():
                data = data.replace(old, new)
            copy.writestr(info, data)
    return out


@pytest.mark.parametrize("document", ["deck", "briefing"])
def test_the_default_templates_get_no_note(document: str) -> None:
    name = "deck.pptx" if document == "deck" else "briefing.docx"
    assert template_notes(document, TEMPLATES / name) == []


def test_every_feature_is_read_by_the_default_templates() -> None:
    """The table keeps step with the defaults: a feature the default no longer reads is no feature."""
    names = {
        "deck": names_read(TEMPLATES / "deck.pptx"),
        "briefing": names_read(TEMPLATES / "briefing.docx"),
    }
    for feature in FEATURES:
        assert set(feature.names) & names[feature.document], feature


def test_a_deck_without_the_notes_voices_gets_the_note(tmp_path: Path) -> None:
    old = _without(
        TEMPLATES / "deck.pptx",
        tmp_path / "deck.pptx",
        {b" if person.name in page.voices": b"", b" and launch.name in page.voices": b""},
    )
    notes = template_notes("deck", old)
    assert len(notes) == 1
    assert notes[0].endswith(
        "deck.pptx: made from an earlier default deck: each slide's speaker notes give its section's "
        "people, not the ones the slide shows. To use it, add {%p for person in s.people if "
        "person.name in page.voices %} in the slide's notes (see 'Templates made from an earlier "
        "default' in `reportgen docs templates`)"
    )


def test_a_briefing_without_run_on_lists_gets_the_note(tmp_path: Path) -> None:
    old = _without(TEMPLATES / "briefing.docx", tmp_path / "briefing.docx", {b"run_on": b"lead"})
    notes = template_notes("briefing", old)
    assert [n.split(": ", 2)[2].split(".")[0] for n in notes] == [
        "a long list of short names prints one name a line"
    ]


def test_a_template_of_the_users_own_design_gets_no_note(tmp_path: Path) -> None:
    own = _without(TEMPLATES / "deck.pptx", tmp_path / "deck.pptx", {b"deck_pages": b"section_list"})
    assert template_features.missing("deck", names_read(own)) == ()
    assert template_notes("deck", own) == []


def test_a_file_that_is_no_package_reads_as_no_tags(tmp_path: Path) -> None:
    bad = tmp_path / "deck.pptx"
    bad.write_bytes(b"not a zip")
    assert names_read(bad) == frozenset()
    assert template_notes("deck", bad) == []


def test_the_guide_lists_every_feature() -> None:
    guide = DOCS.read_text(encoding="utf-8")
    section = guide.split("## Templates made from an earlier default", 1)[1].split("\n## ", 1)[0]
    for feature in FEATURES:
        assert feature.without in section, feature


def test_the_build_says_the_note_once(tmp_path: Path) -> None:
    """The build, not only the module: a restyled deck from an earlier default, the default
    briefing beside it (files a templates folder lacks come from the defaults)."""
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    folder = tmp_path / "templates"
    folder.mkdir()
    _without(TEMPLATES / "deck.pptx", folder / "deck.pptx", {b"tile_badge": b"tile_note"})
    result = build(ROOT / "data" / "waic2022.yaml", Settings.simple(tmp_path / "out", folder))
    said = [n for n in result.notes if "earlier default" in n]
    assert len(said) == 1 and "a record's tile does not say it is a record" in said[0]


def test_a_briefing_without_the_bands_second_row_keeps_its_figures(tmp_path: Path) -> None:
    """A briefing made before round 25 prints `table_rows` but not `band_more`: the one or two key
    figures the band's second row now holds go to its table, as they did, never off the page."""
    from docx import Document

    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    folder = tmp_path / "templates"
    folder.mkdir()
    _without(TEMPLATES / "briefing.docx", folder / "briefing.docx", {b"band_more": b"()"})
    event = ROOT / "tests" / "data" / "review_events" / "bieg-dla-szpitala-pl.yaml"
    new = build(event, Settings.simple(tmp_path / "new", TEMPLATES))
    old = build(event, Settings.simple(tmp_path / "old", folder))
    assert any("band of them under the band" in n for n in old.notes)
    texts = {}
    for name, result in (("new", new), ("old", old)):
        docx = next(f for f in result.files if f.suffix == ".docx")
        document = Document(str(docx))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        texts[name] = "\n".join([p.text for p in document.paragraphs] + cells)
    for label in ("Uczestnicy", "Wolontariusze"):
        assert label in texts["new"] and label in texts["old"]


def test_no_note_of_a_feature_the_event_leaves_empty(tmp_path: Path) -> None:
    """An event with no key figure beyond the band gets no note of the band's second row (review
    XX4: the gala's briefing was told to add a row it has no figure for)."""
    old = _without(TEMPLATES / "briefing.docx", tmp_path / "briefing.docx", {b"band_more": b"()"})
    assert len(template_notes("briefing", old)) == 1
    assert template_notes("briefing", old, {"band_more": ()}) == []
    assert len(template_notes("briefing", old, {"band_more": ("a figure",)})) == 1
