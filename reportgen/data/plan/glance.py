"""The glance slides' words: per page of tiles, the summary its title states, the line under it
(`_glance_leads`), and the summaries its speaker notes keep, so that no section's summary is on no
slide."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data import sentences, titles, written_numbers
from reportgen.data.formatting import Formatter
from reportgen.data.plan.measure import ROW_CHARS, _width
from reportgen.data.plan.tile_grid import tiles_per_page
from reportgen.data.plan.tile_pages import tile_pages
from reportgen.data.plan.views import DeckPage, FigureView, SectionView, said_words
from reportgen.data.punctuation import punctuation
from reportgen.data.small_counts import same_count
from reportgen.data.views import Under

#: A page of tiles' lead line with the own sentences of its tiles that say more than them
#: (`glance_details`) holds four rows: the build sets the tiles below the text it holds
#: (office/powerpoint/tiles.py), two rows of them under it (Bengaluru's Investment summary and the
#: seed grants' '… for 15 early-stage companies', 202 narrow characters, set in three lines).
DETAIL_LEAD_CHARS = 4 * ROW_CHARS
#: A page of tiles' lead line holds two rows, as a chart slide's lead (`scripts/make_templates.py`),
#: fitted down to 16 pt where it must.
LEAD_CHARS = 3 * ROW_CHARS


def glance_plan(
    tiles: tuple[FigureView, ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
    most: int,
    locale: str = "",
) -> tuple[
    tuple[tuple[FigureView, ...], ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[SectionView, ...],
    tuple[tuple[str, ...], ...],
]:
    """The pages of tiles (plan/tile_pages.py), their titles' findings, their lead lines and the
    deck's sections without the slides that moved there, chosen together: a section whose words
    lead a page has all its tiles on that page where a balanced paging allows it (round
    16: Bengaluru's 'State agencies and private investors announced commitments…' led the page of
    four of Investment's tiles, its commitments' tile on the page before, under Footfall's). The
    leads are chosen on a paging, and the paging again with the sections they cut kept whole. Last,
    per page, the texts of slides that would have led it but write one of its tiles' numbers
    (`_glance_leads`), for its notes: no lead repeats a tile a few centimetres below it (reviews KK
    and LL). A section's summary so freed to lead (`_summary_leads`) keeps its section whole on no
    page: it leads for want of its slide's words, not for what its tiles tell."""
    owners = [f.ref.split(".")[0] for f in tiles]
    news = [f.headline for f in tiles]
    most = tiles_per_page(tiles, most)  # eight short tiles are one slide of two rows of four (review LL)
    whole: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()
    while True:
        pages = tile_pages(tiles, owners, most, news, whole, alone)
        heads = _glance_headlines(pages, sections, deck_sections)
        heads, leads, told, joined, noted = _glance_leads(pages, deck_sections, heads, locale)
        moved = {s.id for s in deck_sections if s.deck_pages} - {s.id for s in told if s.deck_pages}
        freed = _noted_sections(deck_sections, noted)  # no words of theirs lead: their summary may
        leads = _summary_leads(pages, sections, told, heads, leads, frozenset(moved - freed), locale)
        # a summary that leads only because its slide's text went to the notes keeps no section
        # whole: the Dutch port congress's tiles paged 6 + 4 + 3 for Deelname's (review HH)
        cut = _cut_from_words(pages, sections, leads) - whole - freed
        shared = joined - alone  # a slide's title said in a lead: try a page of its tiles alone
        if not cut and not shared:
            return pages, heads, leads, told, noted
        whole, alone = whole | cut, alone | shared


def _noted_sections(deck_sections: tuple[SectionView, ...], noted: tuple[tuple[str, ...], ...]) -> set[str]:
    """The sections whose slide of one text went to a page's notes (`_glance_leads`), not its lead."""
    texts = [t for page in noted for t in page]
    lone = ((s.id, _lone(p)[1]) for s in deck_sections for p in s.deck_pages)
    return {sid for sid, text in lone if text and any(text in t for t in texts)}


def _cut_from_words(
    pages: tuple[tuple[FigureView, ...], ...], sections: dict[str, SectionView], leads: tuple[str, ...]
) -> frozenset[str]:
    """The sections whose summary leads a page of tiles (its lead line) while a tile of theirs is on
    another page. Not a summary that titles a page, whose kicker names the sections it holds, nor a
    quote or sentence about one figure, which leads the page of that figure's tile: keeping such a
    section whole left the Dutch port congress's last page a row of three tiles, half empty."""
    cut = set()
    for at, lead in enumerate(leads):
        for section in sections.values():
            if not lead or lead != section.summary:
                continue
            if any(f.ref.split(".")[0] == section.id for i, p in enumerate(pages) if i != at for f in p):
                cut.add(section.id)
    return frozenset(cut)


def _glance_headlines(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
) -> tuple[str, ...]:
    """Per page of tiles, the summary of the section whose tiles are all its tiles, which has no slide and
    which no other slide prints (its slide would only have repeated the tiles): the page's title
    states it, 'at a glance' then a kicker above it, so no text of the data is silently absent
    from the deck (issue 19 item 3). '' for a page without one; a summary too long for a title
    is left out (`sentences.is_title`)."""
    printed = " ".join(t for s in deck_sections for p in s.deck_pages for t in (p.headline, *p.points))
    shown = _told(deck_sections)
    heads: list[str] = []
    used: set[str] = set()
    for page in pages:
        refs = {f.ref for f in page}
        found = (
            s
            for s in sections.values()
            if s.id not in used | shown
            and s.deck != "omit"
            and s.summary
            and s.summary not in printed
            and sentences.is_title(s.summary)
            and refs <= {f.ref for f in s.figure_list}
        )
        # the section all the page's tiles show: a title heads all that is under it (review JJ:
        # Andong's economic effect over the volunteers' tile); a page of two sections' tiles keeps
        # the glance's own title, the summaries its lead line (`_summary_leads`) or its notes
        section = next(found, None)
        heads.append(titles.unstopped(section.summary or "") if section else "")  # a title: no full stop
        if section:
            used.add(section.id)
    return tuple(heads)


def _glance_notes(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
    heads: tuple[str, ...],
    leads: tuple[str, ...] = (),
    noted: tuple[tuple[str, ...], ...] = (),
) -> tuple[tuple[str, ...], ...]:
    """Per page of tiles, the summaries (the section's name on a line, then 'Every hall was full on
    the last day.') of the
    sections whose figures are all tiles, which have no slide, are folded onto none and whose
    summary no page's title states (a page's title states one: `_glance_headlines`): in that
    page's speaker notes, the page of their first tile, so that no section's summary is on no slide
    and in no notes (a second such section on a page of tiles had been left out of the deck); the
    page's lead line (`_glance_leads`), which a template without a box for it prints nowhere. Not
    a tile's own sentence that says more than its tile: its section's slide prints it, or the
    briefing alone (plan/deck_pages.py `with_tile_details`); the notes would be its only place in
    the deck, which the document check names (office/unsaid.py)."""
    told = _told(deck_sections)
    notes: list[list[str]] = [[] for _ in pages]
    for section in sections.values():
        if not section.summary or section.id in told or section.deck == "omit":
            continue
        if titles.unstopped(section.summary) in heads:
            continue
        refs = {f.ref for f in section.figure_list}
        at = next((i for i, page in enumerate(pages) if any(f.ref in refs for f in page)), None)
        if at is not None:
            # the name on a line of its own, as the sections' notes (review II: 'Investment and
            # deals: …' inline on the glance slide's notes alone); none over the page's lead line,
            # which the default deck prints on the slide and leaves out of its notes
            lead = leads[at] if at < len(leads) else ""
            notes[at].extend(
                (section.summary,) if section.summary == lead else (section.title, section.summary)
            )
    for at, lead in enumerate(leads):  # and its lead line, for a template without a box for it
        if not _quoting(lead, pages[at] if at < len(pages) else ()):
            _noted(notes[at], lead)
    for at, texts in enumerate(noted):  # and the slide's text that would have led it (`_glance_leads`)
        for text in texts:
            if not _quoting(text, pages[at] if at < len(pages) else ()):
                _noted(notes[at], text)
    return tuple(tuple(n) for n in notes)


def _spaced(text: str) -> str:
    return " ".join(text.replace("\u2060", "").replace("\u200b", "").split())


def _quoting(text: str, page: tuple[FigureView, ...]) -> bool:
    """Whether `text` prints the quote of one of the page's tiles, which its notes print already
    under 'Where the key figures come from:' (review RR4: Polarlys's visitors' quote twice)."""
    said = _spaced(text)
    return any(f.quote is not None and _spaced(f.quote.text) in said for f in page)


#: The last character of a note that is a sentence, not a section's name on its line.
_SENTENCE_END = tuple('.!?。！？”」』"')


def _noted(notes: list[str], text: str) -> None:
    """`text` added to a page's notes, once: nothing where a note says it already; in place of the
    sentences it holds (a summary, then a lead line of a tile's sentence and that summary: review
    NN, the same sentence twice in a row). Nor where a note says all its words in another form:
    a summary's two clauses joined by 'and', and the page's lead line of them as two sentences
    (review WW2: the hockey final's crowd twice in a row)."""
    if not text or any(text in note for note in notes):
        return
    words = said_words(text)
    if words and any(words <= said_words(note) for note in notes):
        return
    held = [i for i, note in enumerate(notes) if note.rstrip().endswith(_SENTENCE_END) and note in text]
    if not held:
        notes.append(text)
        return
    notes[held[0]] = text
    for i in reversed(held[1:]):
        del notes[i]


def _glance_groups(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    fmt: Formatter,
    after: str = "",
    heads: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """Per page of tiles, where the tiles take several, the name of the one section whose tiles it
    holds ('Investment and deals'), which the default deck prints as its title (or as the kicker
    over its finding), the glance's own words its kicker; '' on a page of several sections' tiles:
    two names joined ('Money raised for charity · The race') read as machinery over one slide
    (review LL), and a list's 'and' as more topics than there are (review II). The pages are
    grouped by section (plan/tile_pages.py). One page says none: it shows them all. Nor the last
    page, where its name is `after`, the title of the slide after it: two slides in a row under one
    title read as a mistake (review RR4: Polarlys's tiles of 'Program og økonomi', then that
    section's slide of the same title); the glance's own words title it then. A page of the same
    section's tiles as the page before it is its '(continued)' where both are titled by the name,
    neither by a finding (`heads`, the pages' `glance_headlines`)."""
    if len(pages) < 2:
        return ("",) * len(pages)
    owners = (tuple(dict.fromkeys(f.ref.split(".")[0] for f in page)) for page in pages)
    names = [sections[ids[0]].title if len(ids) == 1 else "" for ids in owners]
    named = [not (heads[at] if at < len(heads) else "") for at in range(len(names))]  # titled by it
    if after and names[-1] == after and named[-1]:
        names[-1] = ""
    for at in range(len(names) - 1, 0, -1):  # one section's tiles over two pages: the second goes
        if names[at] and names[at] == names[at - 1] and named[at] and named[at - 1]:  # on from the
            # first, as a text slide does
            names[at] = fmt.gettext("%(title)s (continued)", title=names[at])
    return tuple(names)


def first_title(deck_sections: tuple[SectionView, ...]) -> str:
    """The title of the deck's first section slide, as the default deck prints it: its finding,
    else its section's name."""
    section = next((s for s in deck_sections if s.deck_pages), None)
    if section is None:
        return ""
    return section.deck_pages[0].title_finding or section.title


def _glance_leads(
    pages: tuple[tuple[FigureView, ...], ...],
    deck_sections: tuple[SectionView, ...],
    heads: tuple[str, ...],
    locale: str = "",
) -> tuple[
    tuple[str, ...], tuple[str, ...], tuple[SectionView, ...], frozenset[str], tuple[tuple[str, ...], ...]
]:
    """Per page of tiles, its title's finding (`heads`, and the findings that titled the slides
    that moved there) and its lead line (the default deck prints it under the page's title, the
    tiles under it); and the deck's sections without those slides. A section's slide of text whose
    body is one sentence or one quote (a summary too long for a title, its figures all tiles; a
    figure's sentence under the summary its title states; the news's quote its chart's slide had
    no room for) goes to the page of its section's tiles, its title that page's, its text the lead,
    rather than a slide of one line (review AA: 'State agencies and private investors announced …'
    alone after the tiles of 'Investment and deals'). One a page, where the page's title is free
    for it; never to a page of one or two tiles beside the story of the sections without a slide
    (`context.glance_story`: that slide has no lead). '' for a page without one. A title heads
    all its page's tiles (review JJ: Andong's economic effect over its volunteers' tile): where
    the page of a section's tiles holds another's, its slide's title and sentence are its lead
    line, under the glance's own title; and the sections so told (the paging tries again, their
    tiles on a page of their own: `glance_plan`). A slide whose text writes the number of a tile of
    the page it would lead is no slide and no lead: its number is the tile a few centimetres
    below (review KK: the Kolding biennale's news quote 'Mere end 84.000 gæster…' over the tile
    'mere end 84.000', and alone on a slide it is a slide of one quote); the page's notes keep its
    text (the last of the answer, per page), and its lead line is free for a section's summary
    (`_summary_leads`)."""
    leads, titled = [""] * len(pages), list(heads or ("",) * len(pages))
    story = _story(deck_sections)

    def _free(i: int, title: str, section: str = "") -> bool:
        if title and any(f.ref.split(".")[0] != section for f in pages[i]):
            return False  # a title heads all the page's tiles (review JJ), not another section's
        return not leads[i] and not (title and titled[i]) and not (story and len(pages[i]) <= 2)

    out: list[SectionView] = []
    joined: set[str] = set()
    noted: list[list[str]] = [[] for _ in pages]
    for section in deck_sections:
        kept: list[DeckPage] = []
        for page in section.deck_pages:
            title, text = _lone(page)
            if len(section.deck_pages) > 1 and (title or not _news(section, text)):
                text = ""  # the rest of a section after its chart follows its chart (review R), not
                # the tiles before it: a section that keeps its slide keeps its sentence (review
                # HH: the fr fund's led the tiles, Coproductions its chart's slide); the news's
                # quote its chart's slide had no room for may lead them
            free = [i for i in range(len(pages)) if _free(i, title, section.id)]
            at = _most_tiles(pages, section.id, free)
            if text and at is not None and repeats_tile(text, pages[at], locale):
                if writes_tile_number(text, pages[at], locale):
                    noted[at].append(text)
                else:  # a small count with its tile's word: its own slide keeps it, not the notes
                    kept.append(page)  # (the Hannover fair's quote on its exhibitors' chart slide)
                continue
            if text and at is not None:
                leads[at], titled[at] = text, titles.unstopped(title) or titled[at]
                continue
            at = _most_tiles(pages, section.id, [i for i in range(len(pages)) if _free(i, "")])
            stopped = _stopped(title, locale)
            said = stopped + ("" if stopped.endswith("。") else " ") + text
            if title and text and at is not None and repeats_tile(said, pages[at], locale):
                if writes_tile_number(said, pages[at], locale):
                    noted[at].append(said)
                else:
                    kept.append(page)
                continue
            if title and text and at is not None and _width(said) <= DETAIL_LEAD_CHARS:
                leads[at] = said
                joined.add(section.id)
                continue
            kept.append(page)
        at = _most_tiles(pages, section.id, [i for i in range(len(pages)) if _free(i, "")])
        if at is not None and _traded(section, kept):
            kept, leads[at] = _trade(section, kept, pages[at], leads[at], locale)
        out.append(replace(section, deck_pages=tuple(kept)))
    return tuple(titled), tuple(leads), tuple(out), frozenset(joined), tuple(tuple(n) for n in noted)


def repeats_tile(text: str, page: tuple[FigureView, ...], locale: str) -> bool:
    """Whether `text` writes the number of one of `page`'s tiles, in any form a reader takes for it
    (data/written_numbers.py: '84.000' for the tile 'mere end 84.000', '812 km' for '812 km'); a
    small number with the word the tile counts (data/small_counts.py: '46件の覚書' over '46件',
    'aus 60 Ländern' over '60 Länder'); not a number no reader tells from a year or a count. No
    locale: none."""
    if not locale or not text:
        return False
    plain = text.replace("\u00a0", " ").replace("\u202f", " ")
    return writes_tile_number(text, page, locale) or any(
        same_count(plain, f"{figure.text_with_unit}\n{figure.label}", locale) for figure in page
    )


def writes_tile_number(text: str, page: tuple[FigureView, ...], locale: str) -> bool:
    """Whether `text` writes the number of one of `page`'s tiles as the tile prints it
    (data/written_numbers.py), not only a small count with its word: such a text goes to the
    page's notes (round 18); one with a small count alone stays on its own slide, where it was
    before that count was read (the Hannover fair's quote on its exhibitors' chart slide), since
    the notes would be its only place in the deck (office/unsaid.py)."""
    if not locale or not text:
        return False
    plain = text.replace("\u00a0", " ").replace("\u202f", " ")
    for figure in page:
        percent = (figure.unit or "").strip() in ("%", "％")
        shown = figure.amount_text + ("%" if percent else "")
        values = written_numbers.figure_values(shown, figure.value, locale)
        if values is not None and written_numbers.says(plain, values, percent, locale):
            return True
    return False


def _stopped(title: str, locale: str) -> str:
    """A title's finding as a sentence: its full stop back, the language's ('。' in Chinese and
    Japanese, '.' in Korean, whose script is as wide: review QQ1, '…유지했습니다。자원봉사자…')."""
    title = titles.unstopped(title)
    return title + punctuation(locale).stop if title else ""


def _traded(section: SectionView, kept: list[DeckPage]) -> bool:
    """Whether a section's chart slide, led by its summary, and its slide of one sentence after it
    trade: the sentence leads the chart's slide, the summary the page of the section's tiles,
    which it tells of, rather than a slide of one line (review HH: the fr film market's fund,
    which review CC had praised on its chart's slide, where the Sénégal and Maroc summary took
    its place)."""
    if len(kept) != 2 or kept[0].layout not in ("chart", "chart-and-points") or not section.summary:
        return False
    title, text = _lone(kept[1])
    return (
        bool(text)
        and not title
        and kept[0].headline == section.summary
        and kept[0].lead == section.summary
        and _width(section.summary) <= LEAD_CHARS
        and not _news(section, text)
    )


def _trade(
    section: SectionView, kept: list[DeckPage], page: tuple[FigureView, ...], lead: str, locale: str
) -> tuple[list[DeckPage], str]:
    """(the section's slides, the page's lead line) once its chart's slide, led by its summary, and
    its slide of one sentence after it are placed (`_traded`). Where the section owns most of the
    page's tiles (`_owns_most`), they trade: the sentence leads the chart's slide, the summary the
    page, which it tells of. Else the summary stays over its chart, the sentence after it where both
    fit the chart's lead (review UU2 NEW-1: the boat show's exhibitors' summary over six tiles of
    sales and attendance, two of them its own); else, rather than a slide of one line, they trade."""
    sentence = _lone(kept[1])[1]
    if _owns_most(page, section.id):
        return [replace(kept[0], headline=sentence)], section.summary or ""
    summary = section.summary or ""
    joined = summary + punctuation(locale).space + sentence
    if _width(joined) <= DETAIL_LEAD_CHARS:
        return [replace(kept[0], headline=joined)], lead
    return [replace(kept[0], headline=sentence)], summary


def _owns_most(page: tuple[FigureView, ...], section: str) -> bool:
    """Whether `section` owns more than half of a page of tiles' tiles: only then does its summary
    tell of that page and may lead it (review UU2 NEW-1: the boat show's exhibitors' summary, 'Les
    chantiers de catamarans … ont occupé plus de place que jamais', over six tiles of sales and
    attendance, two of them its own). Else its one leftover sentence stays under its chart."""
    return 2 * sum(f.ref.split(".")[0] == section for f in page) > len(page)


def _news(section: SectionView, text: str) -> bool:
    """Whether `text` is the news: the quote or the sentence of a `headline: true` figure."""
    said = (
        t
        for f in section.figure_list
        if f.headline
        for t in (f.quote.text if f.quote else "", f.own_sentence and f.sentence)
    )
    return any(t and t in text for t in said)


def _most_tiles(pages: tuple[tuple[FigureView, ...], ...], section: str, free: list[int]) -> int | None:
    """Of the pages of tiles `free`, the one that holds the most of `section`'s tiles (the
    first of those): its sentence leads the page of its tiles, not one of another section's tiles
    and one of its (review HH: Bengaluru's 'State agencies…' over Footfall's after paging 4 + 4)."""
    counts = [sum(f.ref.split(".")[0] == section for f in page) for page in pages]
    found = [i for i in free if counts[i]]
    return max(found, key=lambda i: counts[i], default=None)


def _summary_leads(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
    heads: tuple[str, ...],
    leads: tuple[str, ...],
    moved: frozenset[str] = frozenset(),
    locale: str = "",
) -> tuple[str, ...]:
    """`leads` with, on a page of tiles whose lead line is free, the summary of a section whose
    tiles are on it, which has no slide, is folded onto none and whose summary no page's title
    states: a page of two sections' tiles is titled by one's summary (`_glance_headlines`), and
    the other's had been in the notes only (expo-zh-bilingual's '专业采购商占观众总数的比重明显
    上升。', after round 15 paged tiles by space). Not beside the story of one or two tiles, nor
    over a page of which a tile prints a number it writes (`repeats_tile`: the notes keep it)."""
    told = _told(deck_sections)
    story = _story(deck_sections)
    out = list(leads or ("",) * len(pages))
    for section in sections.values():
        summary = section.summary or ""
        if not summary or section.id in told or section.deck == "omit" or _width(summary) > LEAD_CHARS:
            continue
        if titles.unstopped(summary) in heads or summary in out or section.id in moved:
            continue  # its slide's words lead a page already (`_glance_leads`)
        fits = [i for i, page in enumerate(pages) if not repeats_tile(summary, page, locale)]
        free = [i for i in fits if not out[i] and not (story and len(pages[i]) <= 2)]
        at = _most_tiles(pages, section.id, free)
        if at is not None:
            out[at] = summary
            continue
        # after the lead of a page of its tiles and another section's, where both fit: a page of
        # two sections' tiles has the glance's title, their summaries under it (review JJ)
        roomy = [i for i, lead in enumerate(out) if _width(f"{lead} {summary}") <= DETAIL_LEAD_CHARS]
        at = _most_tiles(
            pages, section.id, [i for i in roomy if i in fits and not (story and len(pages[i]) <= 2)]
        )
        if at is not None:
            out[at] = "".join((out[at], "" if out[at].endswith(("。", "！", "？")) else " ", summary))
    return tuple(out)


def _told(deck_sections: tuple[SectionView, ...]) -> set[str]:
    """The sections the deck tells on slides of their own or folded onto another's."""
    told = {s.id for s in deck_sections if s.deck_pages}
    return told | {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}


def story_summaries(deck_sections: tuple[SectionView, ...]) -> tuple[str, ...]:
    """The summaries of the sections with no slide, folded onto none: the story the deck's one or
    two tiles stand beside (`context.glance_story`)."""
    told = _told(deck_sections)
    return tuple(s.summary for s in deck_sections if s.summary and s.id not in told and s.deck != "omit")


def _story(deck_sections: tuple[SectionView, ...]) -> bool:
    """Whether a section with a summary has no slide and is folded onto none: the deck's one or two
    tiles then stand beside their story (`context.glance_story`)."""
    return bool(story_summaries(deck_sections))


def _lone(page: DeckPage) -> tuple[str, str]:
    """(its title's finding, its one text) of a slide of text whose body is one sentence or one
    quote and nothing else, where that fits a lead line; else ('', '')."""
    body = [t for t in (page.lead, *page.points) if t]
    if page.layout != "points" or page.folded or page.heads or page.source or page.last or page.credit:
        return "", ""
    if len(body) != 1 or isinstance(body[0], Under) or _width(body[0]) > LEAD_CHARS:
        return "", ""
    return page.title_finding, str(body[0])


def lone_tile(
    pages: tuple[tuple[FigureView, ...], ...],
    deck_sections: tuple[SectionView, ...],
    heads: tuple[str, ...],
    leads: tuple[str, ...],
) -> str:
    """The ref of the deck's one tile where it would stand alone on its slide: one number is no
    glance (the ja showcase's '1億2800万回以上' on a slide of its own, its quote and its dot on
    the next). Beside the story of the sections no slide tells (`context.glance_story`: a section
    with a summary, no slide, folded onto none, whose summary no page of tiles prints), the hero
    number keeps its slide; so does a figure the event file makes a tile (`deck: tile`). '' else:
    the plan then makes it no tile, and its section prints it (its quote, its bar, its line)."""
    if [len(page) for page in pages] != [1] or pages[0][0].deck == "tile":
        return ""
    told = _told(deck_sections)
    shown = {lead for lead in leads if lead} | {
        head for head, lead in zip(heads, leads, strict=False) if head and lead
    }
    story = any(
        s.summary
        and s.id not in told
        and s.deck != "omit"
        and s.summary not in shown
        and titles.unstopped(s.summary) not in shown
        for s in deck_sections
    )
    return "" if story else pages[0][0].ref
