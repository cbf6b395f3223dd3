"""A section's continuation slide of text titled with a message, never '<section> (continued)' over
the section's news (review WW1 #3: Málaga's 'La carrera (continuación)' over the women's course
record as its first bullet, the summary that says it only in the notes because the chart's caption
titled the slide before; 'De top (vervolg)' over a speaker's announcement). Its title is the
section's summary where no slide of the section before it printed that, else the claim of one of
its bullets: a record's or a figure's first, else its first. The section's name, continued, stays
the small kicker above it (the template's)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportgen.data import titles
from reportgen.data.plan.joined_titles import joined_title
from reportgen.data.plan.measure import FOLD_BELOW, _fill
from reportgen.data.plan.views import DeckPage, SectionView
from reportgen.data.superlatives import claims_record
from reportgen.data.views import Quoted, Under

#: A label and what follows its colon: a list's line, not a claim.
_LABELLED = re.compile(r"[:：]\s*\S")
#: Titles a slide from the line of its first speaker among its bullets (slide_titles._voice_titled).
Voiced = Callable[[DeckPage], DeckPage]
#: (the title, the bullets left) of a slide holding its section's news: the news's finding, or ''
#: (slide_titles._news_title).
News = Callable[[tuple[str, ...]], tuple[str, tuple[str, ...]]]


def continued_titled(
    section: SectionView, pages: Sequence[DeckPage], voiced: Voiced, news: News
) -> tuple[DeckPage, ...]:
    """`pages`, a section's slides, each continuation slide of text that has no title of its own
    titled with the section's unprinted summary or a claim of its bullets (`voiced` titles one by
    a person's line)."""
    out = list(pages)
    for at, page in enumerate(out):
        if not _untitled(page, at):
            continue
        titled = _summary_titled(section, out[:at], page)
        if titled is None and _news_on(section, page):
            found, points = news(page.points)  # the news it holds, never a lesser figure over it
            titled = replace(page, found=found, points=points) if found else None
        titled = titled if titled is not None else _claim_titled(section, page, voiced)
        # a title that takes a bullet from a continuation leaves it no near-empty slide
        out[at] = titled if _fill(section.title, titled.headline, titled.points) >= FOLD_BELOW else page
    return tuple(out)


def _untitled(page: DeckPage, at: int) -> bool:
    """Whether `page` is a continuation slide of text that its template would title
    '<section> (continued)': no finding, no quotation's credit as its lead, no folded section
    (WAIC's Chinese closing ceremony continued, the signing section folded under it, was titled by
    one speaker's line and crowded: the title covers neither section)."""
    return (
        at > 0
        and page.continued
        and page.layout == "points"
        and not page.credit
        and not page.title_finding
        and not page.folded  # another section's name and lines on it too: no one claim covers both
    )


def _summary_titled(section: SectionView, before: Sequence[DeckPage], page: DeckPage) -> DeckPage | None:
    """`page` titled with its section's summary where no slide before it printed it (as a title,
    a lead or a bullet): the whole summary where it fits a title, else its first clause over the
    rest, else the clause of two it joins that heads the slide's bullets; None where the summary
    was printed, or yields no title."""
    summary = (section.summary or "").strip()
    if not summary or any(_prints(p, summary) for p in before) or _prints(page, summary):
        return None
    headed = replace(page, headline=summary)
    if headed.title_finding:
        return headed
    joined = joined_title(headed)
    if joined.title_finding:
        return joined
    pair = titles.joined_clauses(summary, bare=True, lead=True)
    if pair is None:
        return None
    stop = summary[-1:] if summary[-1:] in ".!?。！？" else ""
    return replace(page, found=pair[0], headline=f"{pair[1]}{stop}", _found_first=True)


#: The fewest letters of a title or a lead that, found in a summary, mean a slide printed it in part.
_PART_LEAST = 12


def _prints(page: DeckPage, text: str) -> bool:
    """Whether a slide prints `text`: its headline, or one of its bullets or paragraphs; or a part
    of it as its title or its lead (a summary cut into a title and a lead: 'In de Jaarbeurs spraken
    …' over 'Daarnaast ondertekenden …', which a continuation slide then printed again whole:
    review XX1 N1)."""
    if text == page.headline.strip() or any(text == str(p).strip() for p in (*page.points, *page.paras)):
        return True
    whole = _letters(text)
    if len(whole) >= _PART_LEAST and whole in _letters(page.headline):
        return True  # the lead under a chart's caption ('Champions … took $1 million …' over the
        # section's summary, which a continuation then titled again: review ZZ2 F2)
    parts = (_letters(page.found), _letters(page.title_finding), _letters(page.headline), _letters(page.lead))
    return any(len(part) >= _PART_LEAST and part in whole for part in parts)


def _letters(text: str) -> str:
    """`text`'s letters and digits alone, in small letters: a part of a sentence found in it."""
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def _claim_titled(section: SectionView, page: DeckPage, voiced: Voiced) -> DeckPage:
    """`page` titled with the claim of one of its bullets (a record's first, then a figure's, then
    its first bullet's), that bullet then leaving its body; a person's line gives the title as
    `voiced` sets it (their line, their words credited under it). On a slide of several people's
    lines only a record's line titles it: one person's line promised what the others do not say
    ('Jens Kallweit leitete die Versteigerung' over him, the mayor and the psychologist, his bullet
    left without its verb: review XX4 NEW-1). `page` as it is where none fits."""
    names = tuple(p.name for p in section.people)
    lines = [
        p for p in page.points if not isinstance(p, (Under, Quoted)) and p not in page.heads + page.paras
    ]
    ordered = sorted(lines, key=lambda p: (not claims_record(p), not any(c.isdigit() for c in p)))
    if sum(any(n in p for n in names) for p in lines) > 1:  # several people: one's line is no title
        ordered = [p for p in ordered if claims_record(p)]  # of all (review XX4 NEW-1), a record's is
    if _news_on(section, page):  # no lesser figure titles the news (review S): a person's line may
        ordered = [p for p in ordered if any(n in p for n in names)]
    for line in ordered:
        if any(n in line for n in names):
            titled = _unrepeated(voiced(_first_voice(page, line, names)))
            if titled.found and not _said_again(titled):
                return titled
            continue
        rest = [p for p in page.points if p != line]
        if rest and all(isinstance(p, Quoted) or any(n in p for n in names) for p in rest):
            continue  # no count over people and their words only (review U: 'In concorso c'erano …')
        if _LABELLED.search(line):
            continue  # a list's label and its items ('版权输出热点门类：少儿读物、…') is no claim
        found = titles.content_title((line,)) or titles.wide_title(line)
        if found:
            return replace(page, found=found, points=tuple(p for p in page.points if p != line))
    return page


#: The marks around a quotation set as a title, and its stop.
_MARKS = "«»“”„「」『』《》‹›\"'.!?。！？ \u00a0"


def _news_on(section: SectionView, page: DeckPage) -> bool:
    """Whether a slide prints its section's news (a `headline: true` figure): its line, or its
    quotation (as the source's words, whatever marks quote them)."""
    said = " ".join(str(p) for p in page.points)
    for f in section.figure_list:
        if f.headline and (
            (f.sentence and f.sentence in said) or (f.quote and f.quote.text.strip(_MARKS) in said)
        ):
            return True
    return False


def _unrepeated(page: DeckPage) -> DeckPage:
    """`page` less the quotation set under its speaker's line where its title is that quotation
    (the zh book fair's Karim Haddad: his words as the title, credited, and again under his line)."""
    said = page.found.strip(_MARKS)
    if not said:
        return page
    return replace(page, points=tuple(p for p in page.points if not (isinstance(p, Quoted) and said in p)))


def _said_again(page: DeckPage) -> bool:
    """Whether a bullet of `page` prints the words its title states (a quotation titled, still
    under its speaker's line: the zh book fair's Karim Haddad)."""
    said = page.found.strip(_MARKS)
    return bool(said) and any(said in str(p) for p in page.points)


def _first_voice(page: DeckPage, line: str, names: tuple[str, ...]) -> DeckPage:
    """`page` with the person's `line` (and the words set under it) moved before the other people's
    lines, so that it is the first speaker `voiced` titles by; `page` as it is where it is first."""
    points = list(page.points)
    at = points.index(line)
    first = next(i for i, p in enumerate(points) if not isinstance(p, Under) and any(n in p for n in names))
    if first == at:
        return page
    end = at + 1
    while end < len(points) and isinstance(points[end], Under):
        end += 1
    block = points[at:end]
    del points[at:end]
    points[first:first] = block
    return replace(page, points=tuple(points))
