"""Copies of template slides, made in time linear in the number of copies.

python-pptx's `add_slide` and `notes_slide` look for a free part name by walking every part of the
package, and for an existing relationship by reading every relationship of the presentation, each
time: a deck of 1,000 repeated slides spent 25 s there (quadratic). A `SlideCopier` reads the
package once, then hands out part names, relationship ids and slide ids from counters.

A copy is the template slide's XML with its relationships re-keyed for the new part (pictures,
hyperlinks, its layout), and a copy of its speaker notes.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.slide import CT_NotesSlide, CT_Slide
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.slide import Slide

from reportgen.office.ooxml import R_NS

_MAX_SLIDE_ID = 2147483647  # ECMA-376: slide ids run from 256 to 2^31 - 1
_RELATIONSHIP_ATTRIBUTES = etree.XPath(f"//@*[namespace-uri() = '{R_NS}']")


class SlideCopier:
    """Adds copies of a presentation's slides at its end."""

    def __init__(self, prs: Any) -> None:
        self.prs = prs
        self.package = prs.part.package
        self.used = {str(part.partname) for part in self.package.iter_parts()}
        self.numbers: dict[str, int] = {}
        id_list = prs.slides._sldIdLst
        self.next_id = max([255, *(int(s.get("id", "0")) for s in id_list)]) + 1

    def copy(self, source: Slide) -> Slide:
        """A copy of `source` (and of its notes) as the deck's last slide."""
        part = SlidePart(self._name("/ppt/slides/slide%d.xml"), CT.PML_SLIDE, self.package, CT_Slide.new())
        _copy_part(source.part, part, skip={RT.NOTES_SLIDE})
        r_id = self.prs.part.rels._add_relationship(RT.SLIDE, part)
        id_list = self.prs.slides._sldIdLst
        if self.next_id <= _MAX_SLIDE_ID:
            id_list._add_sldId(id=self.next_id, rId=r_id)
            self.next_id += 1
        else:  # a template that used the highest ids: python-pptx's own search for a free one
            id_list.add_sldId(r_id)
        if source.has_notes_slide:
            notes = NotesSlidePart(
                self._name("/ppt/notesSlides/notesSlide%d.xml"),
                CT.PML_NOTES_SLIDE,
                self.package,
                CT_NotesSlide.new(),
            )
            _copy_part(source.notes_slide.part, notes, skip={RT.SLIDE})
            notes.relate_to(part, RT.SLIDE)
            part.relate_to(notes, RT.NOTES_SLIDE)
        return part.slide

    def _name(self, template: str) -> PackURI:
        number = self.numbers.get(template, 1)
        while template % number in self.used:
            number += 1
        self.numbers[template] = number + 1
        self.used.add(template % number)
        return PackURI(template % number)


def _copy_part(source: Any, target: Any, skip: set[str]) -> None:
    """Give `target` (a new part) the XML of `source` and its relationships, re-keyed."""
    mapping: dict[str, str] = {}
    for r_id, rel in source.rels.items():
        if rel.reltype in skip:
            continue
        if rel.is_external:
            mapping[r_id] = target.relate_to(rel.target_ref, rel.reltype, is_external=True)
        else:
            mapping[r_id] = target.relate_to(rel.target_part, rel.reltype)
    copy = deepcopy(source._element)
    for value in _RELATIONSHIP_ATTRIBUTES(copy):  # r:id, r:embed, r:link, ...
        if value in mapping:
            value.getparent().set(value.attrname, mapping[value])
    mine = target._element
    for child in list(mine):
        mine.remove(child)
    for child in list(copy):
        mine.append(child)
    for attr, value in copy.attrib.items():
        mine.set(attr, value)
