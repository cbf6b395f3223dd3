"""A slide of text that its section's name would title, a topic ('The race'), where its section's
summary is one sentence joining two complete clauses, one of which heads the slide's bullets
(review PP: the Limerick half marathon's 'Cool, still weather brought fast times, and the women's
course record fell for the first time since the race began' over the women's winner's course
record): that clause titles the slide, the finding its bullets carry, and the other is its lead.
A clause heads a bullet where they share a content word (data/echoes.py `content_words`); where
both clauses head bullets the summary's order stands (its first the title), and where neither
does the slide keeps its section's name: a title its body does not carry heads nothing."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data import titles
from reportgen.data.echoes import content_words
from reportgen.data.plan.views import DeckPage


def joined_title(page: DeckPage) -> DeckPage:
    """`page` titled with the clause of its headline that heads its bullets, the other clause its
    lead; `page` as it is where it has a title, or its headline joins no two clauses that fit."""
    if page.layout != "points" or page.found or not page.headline or page.title_finding:
        return page
    joined = titles.joined_clauses(page.headline)
    if joined is None:
        return page
    said = [content_words(str(p)) for p in page.points]
    heads = [any(content_words(clause) & words for words in said) for clause in joined]
    if not any(heads):
        return page
    title, other = joined if heads[0] else joined[::-1]
    stop = page.headline.rstrip()[-1:] if page.headline.rstrip()[-1:] in ".!?。！？" else ""
    return replace(page, found=title, headline=f"{other}{stop}", _found_first=True)
