"""A slide of text titled by the part of its summary that carries its section's figures, not by
the part that comes first (review RR1 #3: the Korean festival's '첫날 오후 폭우로 메인 무대 공연이
두 시간 늦게 시작되었습니다', a rain delay, over the section of the audience's fall, whose
'사흘간 관객은 지난해보다 줄었습니다' was the lead under it). Where the summary's first part names
not the section's news (its label's words) nor claims a record, and its other part, one sentence
that fits a title, names it, that part is the title and the first the lead. Title candidates rank by their
tie to the key figures, not by their place. So does a first part that claims a record it writes no
number of, over another that claims none (review RR3 T1: 'Konferans, ilk kez yurt dışından gelen
katılımcı sayısında da rekor kırdı', whose slide shows no foreign participants): the claim is the
lead, the event file's words, without an 'also' that the title before it does not give
(plan/also_titles.py)."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data import sentences, titles
from reportgen.data.host_sentences import highlights, hosts
from reportgen.data.plan.also_titles import without_also
from reportgen.data.plan.views import DeckPage, SectionView, said_words
from reportgen.data.superlatives import claims, claims_record

_STOPS = ".!?。！？"


def tied(sections: tuple[SectionView, ...], locale: str) -> tuple[SectionView, ...]:
    """`sections`, each slide of text titled by its summary's part that names its key figures."""
    return tuple(
        replace(
            section,
            deck_pages=tuple(
                _page(page, _figure_words(section), locale, section) for page in section.deck_pages
            ),
        )
        for section in sections
    )


def _figure_words(section: SectionView) -> frozenset[str]:
    """The words (no numbers) of the label of the section's news (its `headline: true` figure)."""
    said = (said_words(f.label) for f in section.figure_list if f.headline)
    return frozenset(w for words in said for w in words if not w.isdigit())


def _page(
    page: DeckPage, wanted: frozenset[str], locale: str, section: SectionView | None = None
) -> DeckPage:
    if page.layout == "points" and not page.credit and section is not None and hosts(page.title_finding):
        return _unhosted(page, section)
    if page.layout != "points" or page.found or page.credit or not page.headline:
        return page
    title, lead = titles.title_and_lead(page.headline)
    if not title or not lead or title != page.title_finding or page.lead != lead:
        return page
    if len(titles.sentences_of(lead)) != 1 or not sentences.is_title(lead):
        return page
    # a record it shows no number of, 'also' set beside another the slide does not print
    claimed = _bare_claim(title) and without_also(title, locale) != title and not _bare_claim(lead)
    if not claimed and (claims_record(title) or said_words(title) & wanted or not said_words(lead) & wanted):
        return page
    stop = lead.rstrip()[-1:] if lead.rstrip()[-1:] in _STOPS else ""
    first = without_also(title, locale)
    return replace(page, found=titles.unstopped(lead), headline=f"{first}{stop}", _found_first=True)


def _unhosted(page: DeckPage, section: SectionView) -> DeckPage:
    """A slide titled by its summary's sentence of who hosted ('Durch den Abend führte die
    Moderatorin Katrin Albers', review UU2 F7), titled instead by the first other sentence of the
    summary that fits a title and states a finding (a number, a superlative, a record, a
    highlight), else by its section's name; the summary's other sentences, the host's with them,
    stay where they were, in their order: the lead, or the paragraphs over its bullets."""
    said = [s.strip() for s in titles.sentences_of(section.summary or "") if s.strip()]
    host = next((s for s in said if titles.unstopped(s) == page.title_finding), "")
    if not host:
        return page
    found = next((s for s in said if s != host and sentences.is_title(s) and _finds(s) and not hosts(s)), "")
    rest = tuple(s for s in said if s != found)
    title = titles.unstopped(found) if found else section.title
    if page.paras:  # the lead set as paragraphs over the bullets (slide_titles._lead_paragraphs)
        points = (*rest, *page.points[len(page.paras) :])
        return replace(page, found=title, _found_first=True, headline="", paras=rest, points=points)
    return replace(page, found=title, _found_first=True, headline=" ".join(rest))


def _finds(sentence: str) -> bool:
    """Whether `sentence` states a finding: a number, a superlative or record, or a highlight."""
    return any(c.isdigit() for c in sentence) or claims(sentence) or highlights(sentence)


def _bare_claim(text: str) -> bool:
    """Whether `text` claims a record and writes no number of it."""
    return claims_record(text) and not any(c.isdigit() for c in text)
