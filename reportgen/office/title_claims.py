"""The document check's rule for a title that heads nothing on its slide: one that claims a record
('Konferans, ilk kez yurt dışından gelen katılımcı sayısında da rekor kırdı', 'Record crowds on the
final day') while nothing else the slide prints states one (review PP: a title's claim is stated
on the slide it heads). Its body, in any template: its other shapes' text, its tables', its
charts' (their titles, categories, value labels) and its chart pictures' labels; a record is
what data/superlatives.py `claims_record` reads as one, in any of the languages ('a record',
'rekor', '創歷屆新高', '過去最多', a tile's record badge). A title that only names its topic, or
states a number, is not measured here: what a slide's body carries of it is no robust measure. Nor
is a record that states its own figure ('Zum Kongress wurden 1.120 Abstracts eingereicht, ein
Rekord': the title says the fact whole), nor one over a native chart, whose highest bar shows it
('書展入場人次…創歷屆新高' over the years' attendance): the corpus's five such titles head their
slides (measured on the 123 corpus decks, round 22)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportgen.data.superlatives import claims_record
from reportgen.data.title_numbers import seen
from reportgen.data.written_numbers import read
from reportgen.office.ooxml import qn


def unheaded_records(slide: Any, where: str, locale: str, others: Iterable[str] = ()) -> list[str]:
    """A warning where the slide's title claims a record, with no figure of its own, that none of
    its other printed texts (its shapes', and `others`: its chart pictures' labels) states; a
    slide with a native chart is not measured."""
    title = slide.shapes.title
    if title is None or not title.has_text_frame:
        return []
    said = " ".join(seen(title.text_frame.text).split())
    if not said or not claims_record(said) or _figured(said, locale):
        return []  # a record with its figure ('1.120 Abstracts eingereicht, ein Rekord') says itself
    if any(getattr(shape, "has_chart", False) and shape.has_chart for shape in slide.shapes):
        return []  # a chart shows a record as its highest bar, which no text need say
    body = [
        "".join(t.text or "" for t in p.iter(qn("a:t")))
        for shape in slide.shapes
        if shape.shape_id != title.shape_id
        for p in shape._element.iter(qn("a:p"))
    ]
    if any(claims_record(seen(text)) for text in (*body, *others)):
        return []
    return [
        f"{where}: the title '{said}' claims a record that nothing else on its slide states; title "
        "the slide with what its body shows, or print the record's figure and its words under it"
    ]


def _figured(text: str, locale: str) -> bool:
    """Whether `text` states a figure: a digit ('R14.6 million', which a currency's letter makes no
    number the reader counts), or a number written in words with a scale ('首次突破百萬')."""
    return any(c.isdigit() for c in text) or bool(read(text, locale))
