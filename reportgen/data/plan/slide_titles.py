"""A slide of text titled with what it says where its headline yields no title: the news's finding,
a person's line or quotation (with its credit as the lead), a figure's sentence, a list's label
on its continuation."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from reportgen.data import facts, quote_languages, sentences, titles
from reportgen.data.formatting import Formatter
from reportgen.data.plan.continued_titles import continued_titled
from reportgen.data.plan.folding import _says_title
from reportgen.data.plan.joined_titles import joined_title
from reportgen.data.plan.measure import FOLD_BELOW, ROW_CHARS, _fill, _width
from reportgen.data.plan.printings import Printings
from reportgen.data.plan.quotes import _credit, _dash, _fitting_titles, _whole
from reportgen.data.plan.views import DeckPage, SectionView, said_words
from reportgen.data.said_words import says
from reportgen.data.superlatives import claims_record
from reportgen.data.views import Quoted, Speaker, Under


def _titled(
    sections: tuple[SectionView, ...],
    fmt: Formatter,
    values: Printings = frozenset(),
    twice: frozenset[facts.Fact] = frozenset(),
) -> tuple[SectionView, ...]:
    """The deck's slides of text as they stand once folded, each section's first and the text a
    chart leaves (a slide of its own, not two lines of leftovers under '(continued)'), titled with
    what they say where their headline yields no title (`_content_title`)."""
    out = []
    for section in sections:
        pages = list(section.deck_pages)
        for at, page in enumerate(pages):
            # after a chart, or after a list's slides (winners by category before the people
            # who comment on them): titled with what it says, not the list's slide's title again
            own = at == 0 or pages[at - 1].layout in ("chart", "columns")
            if page.layout == "points" and not own and not page.found:
                # the slide before as planned: titled with its list, it no longer holds the lead
                # line that names the list its items continue (a list begun on a slide of its own)
                pages[at] = _list_continued(page, section.deck_pages[at - 1], fmt)
                if not pages[at].found and (_after_list(pages, at) or _voices_after(section, pages, at)):
                    pages[at] = _voice_titled(section, pages[at], fmt)
                continue
            if page.layout == "points" and own and _untied(section, page):
                pages[at] = _news_over(section, page, fmt, twice)
                continue
            if page.layout != "points" or not own or titles.title_and_lead(page.headline)[0]:
                continue
            # the news first: a section holding the headline figure is titled with its finding,
            # not with another figure's nor a person's line (review O: 'La ocupación hotelera …
            # rozó 94 %' over the section of the record business volume)
            # a clause of its summary where one heads its bullets: not the news's quotation, which
            # its tile printed (review WW1 #6: '“Meer dan 1.850 bezoekers volgden …”' over the
            # keynotes, the 1.850 large on the slide before)
            summed = bool(joined_title(page).found)
            if summed:  # nor its bullet, one voice set apart from the people's (its tile says it)
                page = replace(page, points=_news_quote_gone(section, page.points, fmt))
            found, points = _news_title(section, page.points, fmt, twice, summed=summed)
            if not found and not any(f.headline for f in section.figure_list):
                found, points = _news_title(section, page.points, fmt, twice, records=True, summed=summed)
            # the news on the slide that fits no title: no lesser figure titles it over the news
            # (review S: '… a reçu 640 résumés' over the congress's record attendance); what was
            # decided or said may, else its section's name
            lesser = not found and _news_on(section, page.points, fmt)
            # or its key line, left in the notes where it would print the news a third time (the
            # wine fair's 'La ocupación hotelera … rozó 94 %' came back over its record business)
            lesser = lesser or (not found and any(f.headline and f.quote for f in section.figure_list))
            clause = bool(titles.main_clause(page.headline))  # over a bare count (review Q)
            opening = at == 0 or bool(page.headline)  # the section's slide, not a chart's leftovers
            if not found and not clause:  # the summary's finding before a person's line (review Z:
                # 'Wanjiru Kamau-Odhiambo announced …' over the pitch competition's winners)
                found, points = _content_title(section, page.points, fmt, values, opening)
            if not found and not lesser:  # no person's line: the lead figure's sentence
                found, points = _figure_title(
                    section,
                    page.points,
                    fmt,
                    bool(page.headline),
                    clause,
                    written=not opening,
                    summed=summed,
                )
                if found and _voices(section, points, everyone=True):  # one count over the people
                    found, points = "", page.points  # and their words only (review U: 'In concorso
                    # c'erano 7 film …' over the jury's president): the section's name
                if found and not _counts(page, points):  # nor over a paragraph and a list (review
                    found, points = "", page.points  # W: '… 1’250 MW Photovoltaikleistung …' over
                    # the programmes, the themes and a folded conclusion): it stays their bullet
            credit, points = _title_credit(section, found, points, fmt)
            if credit and titles.title_and_lead(page.headline)[1]:
                points = (page.headline, *points)  # the credit is the lead: the headline a bullet
            titled = replace(page, found=found, points=points, credit=credit)
            if credit and titled.pull:  # a pull quote's lines are centred apart from the title, its
                # credit a heading of the line under it: the quotation stays there, credited, and a
                # finding (a clause, not a bare count) titles the slide, else its section's name
                found, rest = _figure_title(section, page.points, fmt, bool(page.headline), True)
                titled = replace(page, found=found, points=rest)
            if found and (titled.points or not page.points or page.headline):
                # a title that would take a slide's only text leaves it empty: the text stays the
                # slide's statement under the section's name (review R: a key quote alone)
                pages[at] = titled
            elif not found and _after_list(pages, at):  # the people after the winners' table
                voiced = _voice_titled(section, page, fmt)
                pages[at] = voiced if voiced.found else joined_title(page)
            elif not found:  # the clause of its summary that heads its bullets, not its topic
                pages[at] = joined_title(page)
        by_voice = partial(_voice_titled, section, fmt=fmt)
        by_news = partial(_news_title, section, fmt=fmt)  # its quotation goes: no printing more
        supported = continued_titled(section, _supported(section, pages), by_voice, by_news)
        kept = tuple(_lead_paragraphs(_one_quote_style(_list_unled(page), fmt)) for page in supported)
        out.append(replace(section, deck_pages=kept))
    return tuple(out)


#: A lead wider than this many narrow characters (three rows of body text) is no lead line but a
#: block: set at the lead's size it took five lines and more under its title, a wall of text
#: (round 17: the Watertop's 'Toezeggingen', a summary of two long sentences with no cut).
LEAD_CHARS = 3 * ROW_CHARS


def _lead_paragraphs(page: DeckPage) -> DeckPage:
    """A slide of text whose lead (its summary less what its title states) is a block wider than
    LEAD_CHARS: its sentences set as paragraphs of their own at the body's size, without bullets,
    over its bullets (`DeckPage.paras`), under the same title (its finding, else its section's
    name), rather than one paragraph at the lead's size that reads as a wall. `page` as it is where
    its lead is short, or it is no slide of text."""
    if page.layout != "points" or page.credit:
        return page
    lead = page.lead
    if _width(lead) <= LEAD_CHARS:
        return page
    title = page.title_finding
    said = tuple(titles.sentences_of(lead))
    return replace(
        page,
        headline="",
        found=title,
        _found_first=bool(title),
        points=(*said, *page.points),
        paras=(*page.paras, *said),
    )


def _one_quote_style(page: DeckPage, fmt: Formatter) -> DeckPage:
    """A slide's quotations set in one style: a credited quotation printed as a bullet of its own
    (the news's key line, '“…” — 부산정보산업진흥원') is set as the people's words under their lines
    are, a level down, where the slide has any (review AA: one a quote block, one a bullet with
    quotation marks). `page` as it is where it has none, or no such bullet."""
    if page.layout != "points" or not any(isinstance(p, Quoted) for p in page.points):
        return page
    opening = fmt.quoted("\0").partition("\0")[0]
    credit = _dash(fmt).strip()

    def credited(point: str) -> bool:
        return (
            not isinstance(point, Under) and bool(opening) and point.startswith(opening) and credit in point
        )

    if not any(credited(p) for p in page.points):
        return page
    return replace(page, points=tuple(Quoted(p) if credited(p) else p for p in page.points))


def _supported(section: SectionView, pages: list[DeckPage]) -> tuple[DeckPage, ...]:
    """A section's slides as folded, its summary's finding the title of the slide whose bullets
    support it (review U: 'Hersteller von … Lkw zeigten ihre Fahrzeuge im Foyer' over the congress's
    speakers, a sponsorship's finding over the winners while the sponsorship's figures were on the
    next slide). Where the first slide's bullets are mostly its people and their words and none
    shares a word with the title its headline gives, the headline goes to a later slide of the
    section whose bullets do share one, else it is the first of the slide's bullets, under the
    section's name. A list under its summary is what the summary names ('Patrocinadores:' under
    '… apoio público e de empresas'): it leaves the title be. `pages` as they are where the title
    stands over what supports it."""
    first = pages[0] if pages else None
    if first is None or first.layout != "points" or not first.points:
        return tuple(pages)
    # a title its content gave, its headline the lead (`joined_title`: "The women's course record
    # fell …" over 'Cool, still weather brought fast times.'): that title the one supported
    title = first.found if first._found_first else titles.title_and_lead(first.headline)[0]
    if not title:
        return tuple(pages)
    if any(_shares(title, p) for p in first.points):
        return _voices_apart(section, pages, title)
    if not _voices(section, first.points):  # mostly the section's figures or statements
        return tuple(pages)
    for at, page in enumerate(pages[1:], start=1):
        if page.layout == "points" and not page.headline and any(_shares(title, p) for p in page.points):
            pages[at] = replace(page, headline=first.headline)
            pages[0] = replace(first, headline="")
            return tuple(pages)
    # its summary a paragraph over the people, not a bullet among theirs (review UU4 G)
    lead = first.headline
    pages[0] = replace(first, headline="", points=(lead, *first.points), paras=(*first.paras, lead))
    return tuple(pages)


#: The fewest people whose lines (with their words) leave a finding's slide for one of their own:
#: one person's line beside the figures is the section's opening (a fair opened, a balance drawn),
#: which alone would be a near-empty slide (filbo's president, the Porto design week's director).
VOICES_APART = 2


def _voices_apart(section: SectionView, pages: list[DeckPage], title: str) -> tuple[DeckPage, ...]:
    """A section's slides where its first slide's title, its summary's finding, is said by some of
    its bullets but none of its people's (their lines, their words under them), two or more: they are
    other facts than the finding (review U, robochalle: '今年から企業協賛が大幅に増え…' over the
    winners beside the sponsorship's figures, once the section fitted one slide). The voices take
    the section's first slide, under its name, and the finding titles the figures that say it on
    the next, where each part fills a slide (`FOLD_BELOW`). `pages` as they are where the slide
    holds fewer voices (`VOICES_APART`), where one of them shares a word with the title, or where
    either part would be a near-empty slide: the finding stays its title rather than give way to a
    topic (issue 19 item 5)."""
    first = pages[0]
    voices = _voice_lines(section, first.points)
    people = sum(not isinstance(first.points[at], Quoted) for at in voices)
    # the whole summary, not only the finding cut from it: the Vuelta's winner 'ganó la general …
    # los Lagos' says its '… y la general no se decidió hasta la subida final a los Lagos'
    summary = f"{title} {first.headline}"
    if people < VOICES_APART or any(_shares(summary, first.points[at]) for at in voices):
        return tuple(pages)
    said = tuple(p for at, p in enumerate(first.points) if at in voices)
    rest = tuple(p for at, p in enumerate(first.points) if at not in voices)
    if min(_fill(section.title, "", said), _fill(section.title, first.headline, rest)) >= FOLD_BELOW:
        apart = replace(first, headline="", points=said, folded=(), heads=(), paras=(), _in_run=True)
        own = replace(first, points=rest, first=False, continued=True, _in_run=True)
        large = [replace(page, _run_large=True) for page in (apart, own)]
        return (*(large if all(page.statement for page in large) else (apart, own)), *pages[1:])
    return tuple(pages)


def _voice_lines(section: SectionView, points: tuple[str, ...]) -> frozenset[int]:
    """The places on a slide of its section's people's lines and of the quotations set under
    them (a quotation under no person's line, a key figure's, is none)."""
    names = tuple(p.name for p in section.people)
    out: set[int] = set()
    for at, point in enumerate(points):
        line = not isinstance(point, Under) and any(n in point for n in names)
        if line or (isinstance(point, Quoted) and at - 1 in out):
            out.add(at)
    return frozenset(out)


def _voices(section: SectionView, points: tuple[str, ...], everyone: bool = False) -> bool:
    """Whether a slide's bullets are mostly the section's people (their lines, their words), or
    (`everyone`) all of them are."""
    names = tuple(p.name for p in section.people)
    others = [p for p in points if isinstance(p, Quoted) or any(n in p for n in names)]
    return bool(points) and (len(others) == len(points) if everyone else 2 * len(others) > len(points))


def _counts(page: DeckPage, points: tuple[str, ...]) -> bool:
    """Whether the bullets a figure's title leaves on its slide show figures beside it (a line
    with a number, not a list's item nor a folded section's heading or summary), or none are left
    (its summary the lead under it): a figure's sentence titles a slide of figures, not one of
    paragraphs and lists that it is no finding of."""
    return not points or any(
        any(c.isdigit() for c in p) and not isinstance(p, Under) and p not in page.heads + page.paras
        for p in points
    )


def _shares(title: str, text: str) -> bool:
    """Whether `text` says a word of `title`: a word of four letters or more (less a plural 's'),
    two Chinese characters or katakana together, in scripts without spaces, or the first two
    syllables of a Korean word (its stem, before the particle or ending: '서울 블레이즈가')."""

    def words(said: str) -> set[str]:
        wide = re.findall(r"(?=([\u4e00-\u9fff\u30a0-\u30ff]{2}))", said)
        korean = re.findall(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2})", said)
        spaced = re.findall(r"[^\W\d_]{4,}", said.casefold())
        return {w.removesuffix("s") for w in spaced} | set(wide) | set(korean)

    return bool(words(title) & words(text))


def _news_on(section: SectionView, group: tuple[str, ...], fmt: Formatter) -> bool:
    """Whether a slide's bullets print the section's news (a `headline: true` figure): its line,
    or its quotation."""
    for f in section.figure_list:
        if f.headline and (
            f.sentence in group or (f.quote and any(fmt.quoted(f.quote.text) in p for p in group))
        ):
            return True
    return False


def _after_list(pages: list[DeckPage], at: int) -> bool:
    """Whether the slide `at` of a section is one of the slides of text that follow its list's
    slides (a table of winners by category, then the people who comment on it): a slide of
    another kind than the list's, which neither its title nor '(continued)' of it may head."""
    before = at
    while before > 0 and pages[before - 1].layout == "points" and not pages[before - 1].headline:
        before -= 1
    return before > 0 and pages[before - 1].layout == "columns" and pages[at].layout == "points"


def _voices_after(section: SectionView, pages: list[DeckPage], at: int) -> bool:
    """Whether the slide `at` of a section holds only its people and their words where the slide
    of text before it holds none of them (the launches, then the people who presented them): no
    '(continued)' of that slide, which holds another kind (review SS1 #13: 'Launches (continued)')."""
    page, before = pages[at], pages[at - 1] if at else None
    return (
        before is not None
        and before.layout == page.layout == "points"
        and _voices(section, page.points, everyone=True)
        and not _voice_lines(section, before.points)
    )


def _voice_titled(section: SectionView, page: DeckPage, fmt: Formatter) -> DeckPage:
    """A slide of people after a list's slides titled by its first speaker (review RR1: 'Winners
    by category', the table's title, then 'Winners by category (continued)' over the winners'
    words): their line where it fits a title, else its longest part before a comma that does
    ('Aisha Rahman won Book of the Year, Fiction and Debut for The Salt Roads', of '…, the first
    writer to take three prizes in one night'); else their quotation where it is a title whole.
    Their bullet then gives way to their words credited to them, as `_content_title` sets it.
    `page` as it is where the first speaker gives no title, or the slide has no person's line."""
    by_bullet = {}
    for p in section.people:
        kept = _fitting_titles(p.titles, p.role, fmt)
        by_bullet[sentences.person(p.name, kept, p.role, fmt.locale)] = (p, kept)
    first = next((b for b in page.points if not isinstance(b, Under) and b in by_bullet), None)
    if first is None:
        return page
    person, kept = by_bullet[first]
    words = _quotation_under(page.points, first)
    line = sentences.person(person.name, (), person.role, fmt.locale) if person.role else ""
    found = (titles.content_title((line,)) or titles.wide_title(line)) if line else ""
    # never inside a quotation: 'ha tenuto la lezione «Abitare il mondo' left its mark open
    cuts = [m.start() for m in re.finditer(r"[,，、]\s*", line) if not _quoting(line[: m.start()])]
    for cut in reversed(cuts if not found else ()):
        found = titles.content_title((line[:cut] + line[-1:],))
        if found:
            break
    quoted = person.quote is not None and words
    if not found and quoted:  # their words, whole, credited under the title (`_title_credit`)
        found = _pull_title(person.quote.text, fmt)
        if found:
            credit, points = _title_credit(section, found, page.points, fmt)
            return replace(page, found=found, points=points, credit=credit)
    if not found:
        return page
    if quoted:  # the title says what they did: their words, credited, in their line's place
        named = sentences.person(person.name, kept, None, fmt.locale) if kept else ""
        who = _credit(fmt.quoted(person.quote.text), named or _whole(person.name), fmt)
        points = tuple(who if p == first else p for p in page.points if p != words)
        if _voice_lines(section, tuple(p for p in page.points if p not in (first, words))):
            # others' lines with their words under them: theirs in the same form, their name a
            # bullet and their words under it, not a pull quote above the others' bullets (reviews
            # UU1 E, UU3 #9: two forms of people on one slide)
            named = Speaker(named or person.name)
            points = tuple(named if p == first else p for p in page.points)
    else:
        points = tuple(p for p in page.points if p != first)
    return replace(page, found=found, points=points)


#: Marks that open and close a quotation, or a title of a work ('«Abitare il mondo, …»').
_OPENING, _CLOSING = "«“„「『《‹", "»”」』》›"  # not ‘’: an apostrophe


def _quoting(text: str) -> bool:
    """Whether `text` leaves a quotation open: more opening marks than closing ones, or an odd
    number of straight double quotes."""
    opened = sum(text.count(m) for m in _OPENING) - sum(text.count(m) for m in _CLOSING)
    return opened > 0 or text.count('"') % 2 == 1


def _list_continued(page: DeckPage, before: DeckPage, fmt: Formatter) -> DeckPage:
    """A continuation slide of text titled with its list rather than '<section> (continued)'
    (review O: 'Premios (continuación)', 'Palmarès (suite)' over a list): one that opens with a
    list's lead line is titled with the list's label, its items then its bullets
    ('Romans finalistes'); one that opens with the items of a list begun on the slide before,
    '<label> (continued)'. Else `page` as it is."""
    points = page.points
    lead = _list_lead(points)
    if lead:
        rest = tuple(str(p) for p in points[1:] if isinstance(p, Under) and not isinstance(p, Quoted))
        if len(rest) == len(points) - 1:  # the list is all the slide holds
            return replace(page, found=lead, points=rest)
        return page
    if points and isinstance(points[0], Under) and not isinstance(points[0], Quoted):
        heads = [p for p in before.points if not isinstance(p, Under)]
        label = _list_lead((heads[-1], points[0])) if heads else ""
        if label and before.points and isinstance(before.points[-1], Under):
            found = fmt.gettext("%(title)s (continued)", title=label)
            items = tuple(str(p) for p in points if isinstance(p, Under) and not isinstance(p, Quoted))
            if _list_lead(before.points) and _plain_items(before.points[1:]) and len(items) == len(points):
                # the list's slide before it set its items as its bullets (titled with its label):
                # its continuation sets them alike, not a level down and smaller ('Palmarès', then
                # 'Palmarès (suite)' at 22 pt where the items before were at 24 pt)
                return replace(page, found=found, points=items)
            return replace(page, found=found)
    return page


def _plain_items(points: tuple[str, ...]) -> bool:
    """Whether `points` are all a list's items: hung under a lead line, none a quotation."""
    return bool(points) and all(isinstance(p, Under) and not isinstance(p, Quoted) for p in points)


def _list_unled(page: DeckPage) -> DeckPage:
    """A slide whose title states its finding and whose only text is one list: the list's items
    are its bullets, without the lead line they hung from (review MM: 'Award winners:' alone at
    the top level, its five winners under it, below 'Awards for the best research were presented
    at the closing dinner …'). A slide titled with its section's name keeps the list's label."""
    lead = _list_lead(page.points)
    finding = page.found or titles.title_and_lead(page.headline)[0]
    if page.layout != "points" or not lead or not finding or page.heads or page.paras:
        return page
    rest = tuple(str(p) for p in page.points[1:] if isinstance(p, Under) and not isinstance(p, Quoted))
    return replace(page, points=rest) if len(rest) == len(page.points) - 1 else page


def _list_lead(points: tuple[str, ...]) -> str:
    """The label of the list whose lead line opens `points` ('Romans finalistes :' before its
    items), without its colon; '' where they open otherwise."""
    if len(points) < 2 or isinstance(points[0], Under) or not isinstance(points[1], Under):
        return ""
    if isinstance(points[1], Quoted) or not points[0].rstrip().endswith((":", "：")):
        return ""
    return points[0].rstrip().rstrip(":：").rstrip()


#: A slide of more people than this (each with what they did) is titled by none of them.
PERSON_TITLES = 2


def _content_title(
    section: SectionView,
    group: tuple[str, ...],
    fmt: Formatter,
    values: Printings = frozenset(),
    opening: bool = False,
) -> tuple[str, tuple[str, ...]]:
    """(the title, the slide's bullets) of a section's first slide of text whose summary yields no
    title (none, or one too long with no cut point), and of the text a chart leaves: the shortest
    complete sentence of what the slide prints, never a topic where the data has a finding (issue
    19 item 5). A person's line without their titles is one where their role is a clause ('Priya
    Ramanathan-Lindqvist unveiled the Helix-9 family': a launch, an award, a closing); their bullet
    then credits their words under it, not what the title said, or goes where none of their words
    are on the slide (a name and titles alone are no line). A section of voices only, with no summary, is
    titled with a quotation (its first sentence, as a pull quote: 'Mitteldeutschland ist kein
    Nachholstandort mehr'). The section's name stays, as the kicker above it. ('', `group`) where
    the slide prints no such sentence, or where it is its section's opening slide (`opening`, not
    the text a chart leaves), mostly voices, and a person's line would title it: their role is not
    what they say (review AA)."""
    stops = tuple(".!?。！？")
    # beside launches, a person's line is the finding where it names one, or the section's topic
    # ('unveiled the Helix-9 family'), not where it says something else ('clausuró la feria')
    topic = " ".join((section.title, *(launch.name for launch in section.launches)))
    said: dict[str, tuple[str, str, str]] = {}  # a title: (its bullet, the line in its place, the
    # quotation under it, which that line prints)
    voices: list[tuple[str, str, str]] = []  # (a pull quote, the quotation it is from, what is left)
    for p in section.people:
        kept = _fitting_titles(p.titles, p.role, fmt)
        bullet = sentences.person(p.name, kept, p.role, fmt.locale)
        if bullet not in group:
            continue  # not on this slide
        words = _quotation_under(group, bullet)
        line = sentences.person(p.name, (), p.role, fmt.locale)
        if p.role and line.endswith(stops) and _tells(p.role, topic if section.launches else ""):
            # no line without a verb: the credit of their words under it; with none of their words
            # on the slide, their bullet goes (the title says who did what), rather than leave
            # 'Name, Title' a fragment (review Z): their titles stay in the notes and the briefing
            who = ""
            if words and p.quote is not None:
                named = sentences.person(p.name, kept, None, fmt.locale) if kept else ""
                who = _credit(fmt.quoted(p.quote.text), named or _whole(p.name), fmt)
            said[titles.unstopped(line)] = (bullet, who, words if who else "")
        if words and p.quote is not None:
            pull = _pull_title(p.quote.text, fmt)
            if pull:
                voices.append((pull, words, ""))
    quoted = voices[0][0] if voices else ""
    if quoted and not section.summary:  # a pull quote: its bullet stays; its words are not
        _, words, left = voices[0]  # printed again under it
        return quoted, tuple(left if p == words else p for p in group if p != words or left)
    # a person with no titles: their bullet is the title's words again and goes, unless it is the
    # slide's only one (a slide of a title alone)
    said = {t: b for t, b in said.items() if b[1] or len(group) > 1}
    if said and opening and _voices(section, group):  # a section's slide of voices is titled by
        return "", group  # its summary's finding, else its section's name: never by one of them
        # and their role (review AA: 'Mag. Christine Oberhauser zog Bilanz …' over four voices, the
        # film market's 'Karim Benjelloun a signé …' leaving his words a bullet of their own)
    if len(said) > PERSON_TITLES:  # one of many winners is not the slide's finding (review H: the
        said = {}  # second of five award winners titled the slide, the others under it)
    said = _first_voice(section, group, said)
    title = titles.content_title(tuple(said))
    if not title and quoted:  # what was said, rather than a courtesy ('… thanked the runners'),
        _, words, left = voices[0]  # where the slide keeps enough to say under it
        kept = tuple(left if p == words else p for p in group if p != words or left)
        if kept and _fill(section.title, "", kept) >= FOLD_BELOW:
            return quoted, kept
    if not title:
        return "", group
    bullet, who, words = said[title]
    group = tuple(p for p in group if not words or p != words)  # printed in the line's place
    return title, tuple(who if p == bullet else p for p in group if p != bullet or who)


def _first_voice(
    section: SectionView, group: tuple[str, ...], said: dict[str, tuple[str, str, str]]
) -> dict[str, tuple[str, str, str]]:
    """`said` (a person's line as a title: its bullet, …) less any line but the first speaker's,
    on a slide of voices (mostly the section's people and their words) where two people or more
    speak: the title heads the slide's voices from their first, never from a later one (review PP:
    the Taichung festival's '黃國豪宣布明年影展將增設…' over the curator's words, then his). `said`
    as it is on a slide of one voice, or of figures beside a person's line."""
    names = [p.name for p in section.people]
    speakers = [at for at, p in enumerate(group) if not isinstance(p, Under) and any(n in p for n in names)]
    if len(speakers) < VOICES_APART or not _voices(section, group):
        return said
    first = group[speakers[0]]
    kept = {title: line for title, line in said.items() if line[0] == first}
    # a first line that is no finding (a courtesy: 'opened the summit …') leaves the title to a
    # later line with no words of its own under it, what was decided, not another voice (review O:
    # 'Raymond … announced the grid partnership', where the slide was '… (continued)')
    unquoted = {group[at] for at in speakers if at + 1 == len(group) or not isinstance(group[at + 1], Quoted)}
    return kept or {title: line for title, line in said.items() if line[0] in unquoted}


def _pull_title(text: str, fmt: Formatter) -> str:
    """A quotation as a slide's title, a pull quote: whole, as a quotation is printed in one place
    (review S: its first sentence the title, '„Jeszcze pięć lat temu kupcy pytali nas o cenę”', and
    the rest a bullet under it, '„Dziś pytają, …”'); one sentence that is a finding, or sentences
    that together fit a title. '' where it is no title."""
    whole = text.strip()
    if quote_languages.language_of(whole, sentences.language(fmt.locale)):
        return ""  # the source's words in another language title no slide of this edition (review AA)
    first = titles.first_sentence(whole)
    if first == whole:
        return titles.content_title((fmt.quoted(titles.unstopped(whole)),))
    plain = titles.unstopped(whole)
    fits = _width(fmt.quoted(plain)) <= sentences.TITLE_WIDTH and bool(titles.content_title((first,)))
    return fmt.quoted(plain) if fits else ""


def _title_credit(
    section: SectionView, title: str, group: tuple[str, ...], fmt: Formatter
) -> tuple[str, tuple[str, ...]]:
    """(the credit of the quotation a slide's `title` is, the slide's bullets): its speaker as the
    lead ('— Priya Raman, Chief Executive of Riverside Hospice', '――佐藤 蓮（男子シングルス優勝）'),
    their own line then without the titles the credit gives; words set as a title with no speaker
    on their slide read as ours (review Q). ('', `group`) where the title is no quotation of the
    section's, or one with no credit."""
    for p in section.people:  # the title as the slide sets a quotation (`_pull_title`)
        if p.quote is None or title != _pull_title(p.quote.text, fmt):
            continue
        kept = _fitting_titles(p.titles, p.role, fmt)
        bullet = sentences.person(p.name, kept, p.role, fmt.locale)
        who = named = _whole(p.name)
        if kept:  # who they are, as a name with its titles, no sentence ('…（会長）', not '…（会長）。')
            who = sentences.person(who, kept, None, fmt.locale).rstrip("。")
        if _width(who) > ROW_CHARS:  # a credit of one line: their titles stay in their own line
            who, kept = named, ()
        if bullet in group and p.role and says(p.quote.text, p.role):
            # their quotation says what they did: the credit names them, their line goes (reviews
            # YY1 #4, YY3 #6); elsewhere it stays their bullet, for a credit that tells what they
            # did reads as a sentence of two rows (YY3 re-review: '— Karim Benali, scénariste …,
            # a animé la rencontre …', round 26)
            return f"{_dash(fmt)}{who}", tuple(b for b in group if b != bullet)
        if bullet not in group or not kept:
            return f"{_dash(fmt)}{who}", group
        line = sentences.person(p.name, (), p.role, fmt.locale) if p.role else ""  # less what the credit says
        return f"{_dash(fmt)}{who}", tuple(line if b == bullet else b for b in group if b != bullet or line)
    for f in section.figure_list:
        q = f.quote
        if q is not None and q.credit and title == _pull_title(q.text, fmt):
            return f"{_dash(fmt)}{q.credit}", group
    return "", group


def _tells(role: str, topic: str) -> bool:
    """Whether a person's line titles their slide: beside launches, one that names its topic
    ('unveiled the Helix-9 family'); else a finding, not a courtesy (`titles.tells`)."""
    return _says_title(role, topic) if topic else titles.tells(role)


def _news_title(
    section: SectionView,
    group: tuple[str, ...],
    fmt: Formatter,
    twice: frozenset[facts.Fact] = frozenset(),
    records: bool = False,
    summed: bool = False,
) -> tuple[str, tuple[str, ...]]:
    """(the title, the slide's bullets) of the first slide of text of a section holding the news
    (a `headline: true` figure): the news's finding, not another figure's (review O: 'La
    ocupación hotelera … rozó 94 %' over the record business volume). Its sentence where that is
    a clause that fits a title ('La feria generó un volumen de negocio de más de 42,5 millones de
    euros'), else the clause of its quotation that states it ('Los inversionistas comprometieron
    más de 480 millones de pesos', of '…, unos 26 millones de dólares, en …'). Its bullet and its
    quotation go: the title says it (a tile's figure: the title is its second printing). ('',
    `group`) where neither fits. `records`: the same of a key figure that claims a record (its
    label or its quotation), in a section with no news (review RR2: the Pesaro fair's investments,
    'un record per il salone', under the topic 'Investimenti e affari'). `summed`: a clause of the
    slide's summary titles it (`joined_title`), not the news's quotation, which its tile printed
    (review WW1 #6)."""
    stops = tuple(".!?。！？")
    for f in section.figure_list:
        record = f.key and (claims_record(f.label) or (f.quote is not None and claims_record(f.quote.text)))
        if not (f.headline or (records and record)):
            continue
        said = fmt.quoted(f.quote.text) if f.quote is not None else None
        first = titles.first_sentence(f.quote.text) if f.quote is not None else ""
        credited = f.quote is not None and f.quote.credit  # no words without a speaker as a title
        pull = _pull_title(f.quote.text, fmt) if f.quote is not None and not summed else ""
        if said and credited and pull and any(said in p for p in group):
            # the news's key line on the slide (data/key_quotes.py): its words are the title, as a
            # pull quote, rather than its sentence over it (the figure a third time)
            return pull, tuple(p for p in group if p != f.sentence and said not in p)
        if f.sentence not in group and facts.fact(f) in twice:
            continue  # its title would be the fact's third printing, its bullet none to take back
        # a record's: its quotation, not its label made a sentence ('…, record sono ammontati …')
        own = f.sentence.endswith(stops) and f.headline
        title = titles.content_title((f.sentence,)) if own else ""
        if not title and f.quote is not None and not summed:
            first = titles.first_sentence(f.quote.text)
            clause = titles.title_and_lead(first)[0] or titles.main_clause(first) or _claimed(first)
            title = clause if any(c.isdigit() for c in clause) else ""
        if title:
            return title, tuple(p for p in group if p != f.sentence and not (said and said in p))
    return "", group


#: The most words of a record's claim set after its clause ('…, un record per il salone').
CLAIM_WORDS = 6


def _claimed(sentence: str) -> str:
    """The clause of `sentence` before its last comma, where what follows only claims a record
    ('Gli investimenti … ammontano a 86,5 milioni di euro, un record per il salone') and the clause
    fits a title; else ''. The claim is the tile's mark, and the slide's quotation, not its title."""
    head, _, rest = titles.unstopped(sentence.strip()).rpartition(", ")
    if not head or len(rest.split()) > CLAIM_WORDS or not claims_record(rest):
        return ""
    return head if sentences.is_title(head) else ""


def _figure_title(
    section: SectionView,
    group: tuple[str, ...],
    fmt: Formatter,
    headline: bool,
    clause: bool = False,
    written: bool = False,
    summed: bool = False,
) -> tuple[str, tuple[str, ...]]:
    """(the title, the slide's bullets) of a slide of text that neither its summary (too long, no
    cut point) nor a person's line titles: the sentence of the section's lead figure among its
    bullets, the first in the file's order that is a sentence ('Mehr als 62 % der Fachbesucher
    entscheiden in ihrem Unternehmen über Investitionen mit', not 'Label: value') and fits a
    title; its bullet goes, as the title says it (review 4b: 'Besucher', 'La feria en cifras' over
    a summary with no cut). The figures by rank, not by position: a clause before a phrase, then
    the news (`headline: true`), then the key figures, then the rest (review O). ('', `group`)
    where none does, or where its bullet is all the slide has to say and no summary follows it (a
    title over an empty slide). A figure's phrase is a bare count ('Environ 480 investisseurs
    présents'), no finding: it titles no slide whose headline has a main clause that can (`clause`:
    'Le sommet a accueilli des délégations de quatre continents', review Q). Over the lines a chart
    leaves (`written`), only a sentence the event file writes (`sentence:`), never the plan's phrase
    or count for a figure: those go on from the chart's slide under its section's name (review SS2
    F4, SS1 #4: 'Près de 310 bateaux exposés à flot', '口頭発表は214件でした' over the other figures).
    Where the section's key figures are printed elsewhere (its tiles) and its summary gives a title
    (`summed`: a clause of it heads the slide's bullets, `joined_title`; or `clause`, its main
    clause: review YY3 #5, 'The society paid out its largest prize pool' over the show's prizes,
    its $1.2 million pool a tile), no lesser figure's sentence titles the slide (review WW2 #1)."""
    if len(group) < 2 and not headline:
        return "", group
    stops = tuple(".!?。！？")
    # a clause ('La feria generó un volumen de negocio de …') before a figure's phrase ('Meer dan
    # 212.000 bezoeken'), which names the figure but states no finding about it
    # ('There were 640 guests.' is a phrase made a sentence among others: a count, as its phrase)
    ranked = sorted(
        section.figure_list,
        key=lambda f: (
            not f.sentence.endswith(stops) or sentences.only_counts(f.sentence_lead),
            not f.headline,
            not f.key,
        ),
    )
    # a lesser figure's sentence (neither key nor the news) in another measure than its section's
    # key figures (not a share of them, nor their unit) titles no slide whose summary, its lead,
    # names one of them: the summary says the section's finding, the figure a detail beside it
    # (review RR1: 'Najstarszy uczestnik miał 84 lata' over 'Uczestnicy wystartowali na trzech
    # dystansach …' and the run's people; 'Eksport tegnede sig for mere end 54 % af ordrerne', a
    # share of the orders, still titles theirs)
    summary_tied = headline and bool(said_words(section.summary or "") & _key_words(section))
    measures = {(f.unit, f.currency) for f in section.figure_list if f.key or f.headline}
    tiled = (summed or clause) and _tiled(section, group)
    for f in ranked:
        line = f.sentence
        if line not in group or f.sentence_lead == f"{f.label}{fmt.punct.pair}":
            continue
        if tiled and not (f.key or f.headline):  # the section's weight is on the tiles: its summary
            continue  # titles the slide, not a lesser figure left under it (review WW2 #1)
        share = (f.unit or "").strip() in ("%", "％")
        if summary_tied and not (f.key or f.headline or share or (f.unit, f.currency) in measures):
            continue
        if sentences.only_counts(f.sentence_lead):  # 'Hubo 9 países representados' states no finding
            continue
        if (clause and not line.endswith(stops)) or (written and not f.own_sentence):
            continue
        title = titles.content_title((line,))
        if title:
            return title, tuple(p for p in group if p != line)
    return "", group


def _news_quote_gone(section: SectionView, group: tuple[str, ...], fmt: Formatter) -> tuple[str, ...]:
    """`group` less the bullet of the news's credited quotation (a `headline: true` figure's, whose
    number its tile prints), where the slide holds its people's lines: a slide titled by its
    summary's clause sets no source's words apart above its people's, the tile's number again
    (review WW1 #6). `group` as it is where it holds no people's line."""
    if not _voice_lines(section, group):
        return group
    said = [
        fmt.quoted(f.quote.text) for f in section.figure_list if f.headline and f.quote and f.quote.credit
    ]
    return tuple(p for p in group if not any(q in p for q in said))


def _tiled(section: SectionView, group: tuple[str, ...]) -> bool:
    """Whether a section's key figures (and its news) are all printed elsewhere than on its slide
    of text `group`, on the tiles of the page at a glance: its weight is there, and what the slide
    has left are its lesser figures (review WW2 #1: '… received a scholarship of $2,500', the
    event's smallest amount, over the money slide whose $4.2 million and $180,000 were tiles)."""
    weighty = [f for f in section.figure_list if f.key or f.headline]
    return bool(weighty) and not any(f.sentence in group for f in weighty)


def _untied(section: SectionView, page: DeckPage) -> bool:
    """Whether a slide of text's title, its summary's first sentence, names none of its section's
    key figures and claims no record, while the summary's later sentence, too long for a title,
    claims its section's news, a record (review RR1: 'The evening was hosted by broadcaster Nadia
    Okafor …' over '… from a record number of entries' and the quotation of the record number of
    books): the news titles the slide where it can (`_news_over`), the summary its first bullet."""
    title, lead = titles.title_and_lead(page.headline)
    if not title or not lead or not any(f.headline for f in section.figure_list):
        return False
    if claims_record(title) or not claims_record(lead) or sentences.is_title(lead):
        return False
    wanted = _key_words(section)
    return bool(wanted) and not said_words(title) & wanted


def _news_over(
    section: SectionView, page: DeckPage, fmt: Formatter, twice: frozenset[facts.Fact]
) -> DeckPage:
    """An untied slide (`_untied`) titled by its news (`_news_title`: its quotation as a pull quote,
    credited in the lead), its summary the first of its bullets; as it is where the news gives no
    title."""
    found, points = _news_title(section, page.points, fmt, twice)
    if not found:
        return page
    credit, points = _title_credit(section, found, points, fmt)
    if not credit:
        return replace(page, found=found, _found_first=True, points=points)
    said = tuple(titles.sentences_of(page.headline))  # its sentences as paragraphs, not one bullet
    return replace(
        page, headline="", found=found, credit=credit, points=(*said, *points), paras=(*page.paras, *said)
    )


def _key_words(section: SectionView) -> frozenset[str]:
    """The words (no numbers) of the labels of the section's key figures and its news."""
    said = (said_words(f.label) for f in section.figure_list if f.key or f.headline)
    return frozenset(w for words in said for w in words if not w.isdigit())


def _quotation_under(group: tuple[str, ...], bullet: str) -> str:
    """The person's quotation set under their `bullet` on the slide (`Quoted`), or ''."""
    at = group.index(bullet)
    after = group[at + 1] if at + 1 < len(group) else ""
    return after if isinstance(after, Quoted) else ""
