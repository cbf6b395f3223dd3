"""What a template made from an earlier default deck or briefing does not use of the plan (review
VV2 NEW-A): a user restyles the default template in PowerPoint or Word and keeps it; the defaults
then gain tags for what the plan decides (speaker notes that follow their slide, a long list in
columns, a record's mark on its tile), and the user's copy prints the old way without a word.

A template that loops over the plan (`deck_pages`, `briefing_figures`) but names none of a
feature's attributes gets a note (not a warning: a template may leave a feature out on purpose)
naming what it prints instead and the tag to add, with the section of docs/templates.md that
shows it. A template that does not loop over the plan is the user's own design: no note.

The template's text is read from its parts' paragraphs joined (a tag Word or PowerPoint split over
runs reads whole), attribute names only: `p.voices` and `page.voices` alike."""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportgen.errors import display_path


@dataclass(frozen=True)
class Feature:
    document: str  # 'deck' or 'briefing'
    names: tuple[str, ...]  # the attributes, any of which a template reads to use it
    without: str  # what a template without it prints
    tag: str  # the tag the default template uses
    needs: str = ""  # the context's name that must hold something for the note to matter ('' none)


FEATURES = (
    Feature(
        "deck",
        ("voices",),
        "each slide's speaker notes give its section's people, not the ones the slide shows",
        "{%p for person in s.people if person.name in page.voices %} in the slide's notes",
    ),
    Feature(
        "deck",
        ("title_finding",),
        "each section slide is titled by its section's name, not by what the section found",
        "{{ page.title_finding }} in the title, with the section's name as a small kicker",
    ),
    Feature(
        "deck",
        ("column_points",),
        "a long list set in columns prints in one box, its columns filled one after the other",
        "{{ page.column_points[0] }}, {{ page.column_points[1] }}… in a box each",
    ),
    Feature(
        "deck",
        ("tile_badge",),
        "a record's tile does not say it is a record",
        "{{ f.tile_badge }} on the tile, under its label",
    ),
    Feature(
        "briefing",
        ("run_on",),
        "a long list of short names prints one name a line",
        "{%p if l.lead and not l.run_on %} over the list's lines",
    ),
    Feature(
        "briefing",
        ("band_more",),
        "one or two key figures beyond the band print as a table of their own under 'Key figures'",
        "{%p if band_more %} and a band of them under the band",
        "band_more",
    ),
    Feature(
        "briefing",
        ("pair_tables",),
        "a section's pairs of figures print as sentences, not as a table of two columns",
        "{%p for l in s.pair_tables %}",
    ),
)
#: The attribute a template reads where it loops over the plan, by document.
_PLANNED = {"deck": "deck_pages", "briefing": "briefing_figures"}
_PARAGRAPH = re.compile(r"<(?:a|w):p[ >].*?</(?:a|w):p>", re.S)
_TEXT = re.compile(r"<(?:a|w):t(?: [^>]*)?>([^<]*)</(?:a|w):t>")
_TAG = re.compile(r"\{[{%].*?[%}]\}", re.S)
_NAME = re.compile(r"[A-Za-z_]\w*")
#: The parts whose text holds a template's tags.
_PARTS = re.compile(r"^(?:ppt/(?:slides|notesSlides)/[^/]+\.xml|word/(?:document|header\d*|footer\d*)\.xml)$")
#: The most a part's text is read (a hostile template's part may be huge; the default's are small).
MAX_PART = 8 * 1024 * 1024


def names_read(template: Path) -> frozenset[str]:
    """The names the tags of `template` read (`table_rows`, and `voices` of `page.voices`); empty
    where it cannot be read. Read once a process for a file as it is (a build asks twice)."""
    try:
        found = template.stat()
    except OSError:
        return frozenset()
    if not stat.S_ISREG(found.st_mode):  # a FIFO or a device would block or never end: the build's
        return frozenset()  # own check of the template names it (test_hostile_input_fifo_template)
    return _names_read(str(template), found.st_mtime_ns, found.st_size)


@lru_cache(maxsize=8)
def _names_read(template: str, _mtime: int, _size: int) -> frozenset[str]:
    found: set[str] = set()
    try:
        with zipfile.ZipFile(template) as package:
            for info in package.infolist():
                if not _PARTS.match(info.filename) or info.file_size > MAX_PART:
                    continue
                xml = package.read(info).decode("utf-8", "replace")
                for paragraph in _PARAGRAPH.findall(xml):
                    text = "".join(_TEXT.findall(paragraph))
                    for tag in _TAG.findall(text):
                        found.update(_NAME.findall(tag))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError, RuntimeError, zlib.error):
        return frozenset()
    return frozenset(found)


def missing(document: str, names: frozenset[str]) -> tuple[Feature, ...]:
    """The features of `document` a template reading `names` leaves out, where it reads the plan."""
    if _PLANNED[document] not in names:
        return ()
    return tuple(f for f in FEATURES if f.document == document and not set(f.names) & names)


def template_notes(document: str, template: Path, context: dict[str, Any] | None = None) -> list[str]:
    """The build's notes on a template of `document` made from an earlier default (`missing`); not
    one whose feature this event's `context` leaves empty (no key figure beyond the band: review XX4,
    the gala's briefing was told of a band row it has no figure for)."""
    return [
        f"{display_path(template)}: made from an earlier default {document}: {feature.without}. "
        f"To use it, add {feature.tag} (see 'Templates made from an earlier default' in "
        f"`reportgen docs templates`)"
        for feature in missing(document, names_read(template))
        if context is None or not feature.needs or context.get(feature.needs)
    ]


def adapted(document: str, template: Path, context: dict[str, Any]) -> dict[str, Any]:
    """`context` as a template made from an earlier default reads it without losing a figure: one
    that prints the key-figures table (`table_rows`) but not the band's second row (`band_more`,
    round 25) gets those figures in its table, as it did."""
    if document != "briefing" or not context.get("band_more"):
        return context
    names = names_read(template)
    if "table_rows" in names and "band_more" not in names:
        return {**context, "table_rows": (*context["band_more"], *context.get("table_rows", ()))}
    return context
