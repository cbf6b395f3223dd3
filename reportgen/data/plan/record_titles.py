"""A slide of text whose title would be its summary's claim of a record that states no figure
('Una edición récord en expositores internacionales', '展览面积与参展企业数量均创新高') while none of
its bullets states a record: the title heads nothing on its slide (review PP: a title's claim is
stated on the slide it heads; office/title_claims.py names one). The claim is the slide's lead,
the event file's sentence said as it is, under its section's name; the bullets are what the slide
shows. A claim with its figure ('1.120 Abstracts eingereicht, ein Rekord') says itself, and a
chart's slide shows a record as its highest bar: both stay titles."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data.plan.views import DeckPage, SectionView
from reportgen.data.superlatives import claims_record
from reportgen.data.written_numbers import read


def unclaimed(sections: tuple[SectionView, ...], locale: str) -> tuple[SectionView, ...]:
    """`sections`, each slide of text titled by a record its body does not state titled by its
    section's name, the claim its lead."""
    return tuple(
        replace(section, deck_pages=tuple(_page(page, locale) for page in section.deck_pages))
        for section in sections
    )


def _page(page: DeckPage, locale: str) -> DeckPage:
    if page.layout != "points" or page.credit or page.chart or not page.points:
        return page
    title = page.title_finding
    if not title or not claims_record(title) or any(c.isdigit() for c in title) or read(title, locale):
        return page
    if any(claims_record(str(point)) for point in page.points):
        return page
    said = page.headline if title in page.headline else title  # the summary whole, else the title
    return replace(page, found="", headline=said, _found_first=True)
