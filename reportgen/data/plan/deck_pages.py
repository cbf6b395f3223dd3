"""A section's slides in the deck: its facts as bullets, a slide per chart with its message and the
bullets beside it, then slides of text and a long list's columns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from reportgen.data import (
    chart_shape,
    chart_ties,
    given_shares,
    list_layout,
    number_words,
    sentences,
    superlatives,
    titles,
)
from reportgen.data.chart_data import ChartData
from reportgen.data.formatting import Formatter
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.plan.charts import _states_a_number
from reportgen.data.plan.lists import _columned, _list_points, pairs
from reportgen.data.plan.measure import ROW_CHARS, _fits_panel, _thin_panel, _width
from reportgen.data.plan.printings import MOST_REPEATS, QUOTE_CHARS, Printings, _slide_quote
from reportgen.data.plan.quotes import _credit, _echoes, _fitting_titles, _whole
from reportgen.data.plan.text_groups import _text_groups
from reportgen.data.plan.unnumbered_titles import names_cut
from reportgen.data.plan.views import DeckPage, SectionView, leadless, said_words
from reportgen.data.sentences import speaker
from reportgen.data.share_claims import states_share
from reportgen.data.views import Quoted, Speaker, Under


def _points(
    section: SectionView,
    charted: set[str],
    fmt: Formatter,
    values: Printings = frozenset(),
    carried: dict[str, str] | None = None,
    after: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The section's facts as deck bullets (`sentences`), leaving out figures a deck chart already
    shows. A person is named with the titles a slide has room for (`_fitting_titles`). The news's
    quote (`carried`: its figure's ref, and the quotation as the slide prints it) comes first, in
    its figure's place: the figure's own line gives way to it (data/key_quotes.py). The figures'
    lines come before the people's where they back the title (`_backed_first`); a tile's own
    sentence its slide prints as well (`after`: `with_tile_details`) after them all, not above the
    lines that back the title (Asturias' '… 812 km en cinco etapas' over the record's 140 starters)."""
    locale = fmt.locale
    carried = carried or {}
    charted = charted | set(carried)
    launched: list[str] = []
    for launch in section.launches:
        shown = [f for f in launch.figures if f.ref not in charted]  # a chart shows the others
        launched.append(
            sentences.launch(
                launch.name,
                launch.summary,
                launch.items_label,
                launch.items,
                shown,
                locale,
                polite=fmt.polite,
            )
            if launch.items or launch.summary or shown
            else launch.name
        )
        q = launch.quote
        if q is not None and _slide_quote(q, values):  # its words under its line, as a person's (review Q)
            said = fmt.quoted(q.text)
            launched.append(Quoted(_credit(said, q.credit, fmt) if q.credit else said))
    people: list[str] = []
    for p in section.people:
        people.append(
            Speaker(sentences.person(p.name, _fitting_titles(p.titles, p.role, fmt), p.role, locale))
        )
        if _slide_quote(p.quote, values):  # their words on the slide, not only in the speaker's notes
            said = fmt.quoted(p.quote.text)  # under the line that names them: not credited again
            own = speaker(p.quote.text, p.name)
            people.append(Quoted(said if own else _credit(said, _whole(p.name), fmt)))
    points: list[str] = [*_launches_first(section.summary or "", launched, people)]
    stated = {f.ref for launch in section.launches for f in launch.figures}  # in their launch's line
    lines = {  # a whole that is only the 100 % its shares make: its parts (data/given_shares.py)
        f.ref: f.parts_alone if given_shares.line_is_parts(f._figure) else f.sentence
        for f in section.figure_list
        if f.ref not in charted | stated
    }
    own = [line for ref, line in lines.items() if ref not in after]
    points = [
        *carried.values(),
        *_backed_first(section.summary or "", points, own),
        *(line for ref, line in lines.items() if ref in after),
    ]
    summary = (section.summary or "").casefold()
    for item_list in section.lists.values():  # not a list the summary already quotes (WAIC's slogan)
        if summary and all(str(item).casefold() in summary for item in item_list.items):
            continue
        points += _list_points(item_list, section.title)
    return tuple(points)


def _launches_first(summary: str, launched: list[str], people: list[str]) -> list[str]:
    """A section's launches and its people in the order a reader looks for them: the launches
    first, the section's content, the people who presented them after, as a table of winners
    before its people (review SS1 #13: cobalt's keynote speakers over its three launches, which
    went to 'Launches (continued)'); the people first where the summary's first claim speaks of
    them more than of the launches ('The society's president closed the Sessions …')."""
    claim = titles.title_and_lead(summary)[0] or titles.main_clause(summary) if summary else ""
    wanted = said_words(claim or summary)  # a summary of no one claim: all it says

    def shared(lines: list[str]) -> int:
        return len(wanted & frozenset().union(*(said_words(str(p)) for p in lines))) if lines else 0

    return [*people, *launched] if shared(people) > shared(launched) else [*launched, *people]


def _backed_first(summary: str, people: list[str], lines: list[str]) -> list[str]:
    """The people's lines (and launches', each with its quotation) and the figures' lines, in the
    order a reader looks for them: the figures first where one of them says what the title (the
    summary's first claim) says and no person's line does (review JJ: 'El pelotón más numeroso de
    la historia de la prueba salió de Oviedo' over two riders and a quote, the 140 starters last),
    else the people first, as the event file lists them."""
    claim = titles.title_and_lead(summary)[0] or titles.main_clause(summary) if summary else ""
    wanted = said_words(claim)
    if not wanted or any(said_words(str(p)) & wanted for p in people):
        return [*people, *lines]
    return [*lines, *people] if any(said_words(str(p)) & wanted for p in lines) else [*people, *lines]


def with_tile_details(
    sections: dict[str, SectionView],
    paged: Callable[[str, frozenset[str]], SectionView],
    laid: Callable[[tuple[SectionView, ...]], tuple[SectionView, ...]],
    tiles: frozenset[str],
    detailed: set[str] | frozenset[str],
) -> tuple[dict[str, SectionView], tuple[SectionView, ...]]:
    """The sections (`sections`: `paged` with the deck's tiles, which get no bullet on their
    section's slides) and the deck's slides of them (`laid`: folded and titled), with the own
    sentence of a tile that says more than the tile (`detailed`: plan/sentence_words.py) among its
    section's bullets, where that section has slides of its own and the deck takes no slide more
    for it: '… 112 charities, from hospices to sports clubs' had led the page of the tile '112',
    its number twice a few centimetres apart and not the news (review LL); the glance's lead is
    never a tile's own sentence (plan/glance.py). Elsewhere the briefing prints the sentence.
    Not a section whose slides are a text each (its summary where its bullets would all repeat
    tiles, `_statement`; a slide of one sentence), which the plan folds or sets as the lead of
    its tiles' page (plan/glance.py): Siljan's equal prize money leads its tiles."""
    deck = laid(tuple(sections.values()))
    for sid, section in sections.items():
        mine = frozenset(f.ref for f in section.figure_list) & tiles & frozenset(detailed)
        if not mine or all(p.novel == () or _one_text(p) for p in section.deck_pages):
            continue
        trial = {**sections, sid: paged(sid, tiles - mine)}
        laid_out = laid(tuple(trial.values()))
        fewer = _slides(laid_out) <= _slides(deck) and _pages(laid_out) <= _pages(deck)
        if fewer and _thin_columns(laid_out) <= _thin_columns(deck):
            sections, deck = trial, laid_out
    return sections, deck


def _thin_columns(deck: tuple[SectionView, ...]) -> int:
    """The deck's chart slides whose text beside the chart leaves most of its column empty
    (`_thin_panel`): a tile's sentence that its section's chart slide would set there alone, and
    not in its lead (`_thin_lead`: it says nothing of what the chart counts), stays in the
    briefing (review NN: 'More than 650 delegates attended, from 21 countries.' alone beside the
    papers submitted by year, three quarters of its column empty)."""
    return sum(
        1 for s in deck for p in s.deck_pages if p.layout == "chart-and-points" and _thin_panel(p.points)
    )


def _slides(deck: tuple[SectionView, ...]) -> int:
    """The deck's slides of its sections, not counting a slide of one text, which the plan may
    still set elsewhere (the lead of its tiles' page or of its chart's slide: plan/glance.py): the
    tennis event's '来場者のうち12.5%…' led its chart's slide, and with a tile's sentence beside it
    was a slide more."""
    return sum(1 for s in deck for p in s.deck_pages if not _one_text(p))


def _pages(deck: tuple[SectionView, ...]) -> int:
    """The deck's pages of its sections, a slide of one text too: a tile's sentence on a chart's
    slide must not push that slide's own text onto a page of its own, which the plan then sets in
    the glance's notes or on a slide more (the Hannover fair's quote had left its exhibitors'
    chart slide for a slide of its own)."""
    return sum(len(s.deck_pages) for s in deck)


def _one_text(page: DeckPage) -> bool:
    """Whether a slide of text prints one text under its title and nothing else."""
    return page.layout == "points" and len([t for t in (page.lead, *page.points) if t]) <= 1


def _paged(
    section: SectionView,
    charts: dict[str, ChartData],
    charted: set[str],
    fmt: Formatter,
    tiles: frozenset[str] = frozenset(),
    yielding: set[str] | frozenset[str] = frozenset(),
    values: Printings = frozenset(),
    carried: dict[str, str] | None = None,
    detailed: frozenset[str] = frozenset(),
) -> SectionView:
    # A figure's own `deck:`: 'bullet' is a line of text even where a chart draws it, 'omit' none.
    bullets = {f.ref for f in section.figure_list if f.deck == "bullet"}
    omitted = {f.ref for f in section.figure_list if f.deck == "omit"}
    points = _points(section, charted - bullets | omitted, fmt, values, carried)
    if section.deck == "omit":  # the event file leaves it out of the deck; the briefing keeps it
        return replace(section, points=points, deck_pages=())
    novel = (
        points
        if section.deck == "own-slide"
        else _points(section, charted - bullets | tiles | omitted, fmt, values, carried, detailed)
    )
    # the tiles' own sentences among them (`with_tile_details`)
    details = frozenset(novel) - frozenset(
        _points(section, charted - bullets | tiles | omitted | detailed, fmt, values, carried)
        if detailed
        else novel
    )
    if not (section.summary or section.chart_sentences) and not novel:
        points = ()  # bullets that only repeat the tiles, with nothing to say about them: no slide
    tiles_only = section.deck != "own-slide" and bool(points) and not novel and not section.deck_charts
    if tiles_only:  # a slide of bullets that only repeat the tiles: its summary alone (issue 19 item 2)
        return replace(section, points=points, deck_pages=(_statement(section, fmt),))
    # A figure that is a tile gets no bullet on its section's slides (the tiles just printed it),
    # unless the event file gives the section a slide of its own: its slides print `novel`.
    printed = points if section.deck == "own-slide" else novel
    pages: list[DeckPage] = []
    rest = printed
    about = _about_charts(rest, [charts[c] for c in section.deck_charts])
    said_instead: frozenset[str] = frozenset()  # the tiles whose sentence titles a chart's slide
    for index, chart_id in enumerate(section.deck_charts):
        data = charts[chart_id]
        headline = _chart_headline(
            data, section.summary if index == 0 else None, chart_id in yielding, fmt.punct.space
        )
        headline = _with_tail(headline, data, fmt.punct.space)
        # Beside the first chart when they all fit there; otherwise they get slides of their own,
        # so no slide carries a lone leftover bullet. A full-width chart (many names, or words too
        # long for a narrower chart) takes none, as the plan says: beside even two bullets its
        # names were squeezed until LibreOffice dropped every other one.
        wide = data.full_width
        if index > 0 and about.get(index):  # the text about this chart's figures: its lead (a
            # later chart's slide has no panel: the template sets the chart-and-points slide first)
            mine = fmt.punct.space.join(about[index])
            both = f"{headline}{fmt.punct.space}{mine}" if headline else mine
            if _lead_fits(both, data):
                headline, rest = both, tuple(p for p in rest if p not in about[index])
            beside = ()
        else:
            own = tuple(p for p in rest if not any(p in v for k, v in about.items() if k > index))
            beside = own if index == 0 and _fits_panel(own) and not wide and not _voices(own) else ()
            rest = tuple(p for p in rest if p not in beside)
            lines = _detail_lines(section, details) if _thin_panel(beside) else {}
            stray = frozenset(r for r, line in lines.items() if line in beside and not _counts(line, data))
            if stray:  # a tile's sentence, about something else than the chart, alone in its column
                # (review NN: 'More than 650 delegates attended, …' beside the papers submitted):
                # the briefing's alone, as where it would take a slide more (`with_tile_details`)
                return _paged(
                    section, charts, charted, fmt, tiles | stray, yielding, values, carried, detailed - stray
                )
            led = _thin_lead(
                headline,
                beside,
                data,
                details,
                section.summary or "",
                carried,
                fmt.punct.space,
                fmt.punct.separator,
            )
            if led:  # a line or two that would leave their column mostly empty: the lead, the chart
                headline, beside = led, ()  # the full width
        if index == 0 and wide and not headline and len(rest) == 1:
            headline, rest = rest[0], ()  # the one line left is the slide's message, as `_host` does
        # the news's key line aside: it has a place of its own (`_with_key_line`)
        # and the text about a later chart's figures: its lead on that chart's slide (FEVIN's
        # 'El negocio ha crecido un 63,5 %' was both the first chart's lead and the second's title)
        later = {p for k, v in about.items() if k > index for p in v}
        said = tuple(p for p in rest if p not in carried.values() and p not in later)
        lone = said[0] if index == 0 and not beside and headline and len(said) == 1 else ""
        if (
            lone.endswith(_STOPS)
            and not isinstance(lone, Under)
            and _takes_lead(f"{headline}{fmt.punct.space}{lone}", data, LONE_LEAD_CHARS)
            and (
                any(p in carried.values() for p in rest)  # the news's key line: its own place
                or not _ousts_summary(headline, lone, data, section.summary or "", fmt.punct.space)
            )
        ):
            # the one sentence the chart leaves: the lead on the section's slide, not a slide of
            # its own under the section's name again (review Z: '海外からの視聴は全体の約48%…',
            # which had titled a slide of the news's quote about another figure)
            headline, rest = f"{headline}{fmt.punct.space}{lone}", tuple(p for p in rest if p != lone)
        layout = "chart-and-points" if beside else "chart"
        # a headline that gives no title: the chart's data states the finding (chart_findings);
        # where its caption gave way, the figure that says the caption's finding without its amounts
        found = "" if _titles(headline) else data.found
        if index == 0 and wide and carried:  # the news's key line stays on its section's slide
            headline, found, rest = _with_key_line(headline, found, rest, tuple(carried.values()), data)
        if data.spoken and not _titles(headline):
            found, ref = _said_instead(section, data, tiles - said_instead, values)
            said_instead |= {ref} - {""}
        shown = not _titles(headline) or (_plots(headline, data) and not _untied(headline, section, data))
        # a claim its chart cannot show: the finding its data states, else the chart's title
        found = found if shown else (data.found or data.title)
        page = DeckPage(layout, chart_id, beside, headline, index == 0, index > 0, found=found)
        page = replace(page, _found_first=not shown)
        if index == 0 and not beside and len(rest) == 1 and rest[0] in carried.values():
            page, rest = _key_line_led(page, rest, data, fmt.punct.space)
        page = _full_height(page, data, section.summary or "")
        page = _summary_led(page, data, (section.summary or "") if index == 0 else "", fmt.punct.space)
        pages.append(_lead_beside(page, frozenset(carried.values())))
    has_text = section.summary or section.chart_sentences
    statement = fmt.punct.space.join(t for t in (section.summary, *section.chart_sentences) if t)
    # after its chart slides, the finding of a chart too small to draw heads the slide of its
    # section's bullets: the deck had printed its two values bare, its caption nowhere ('発表の
    # およそ3分の2がポスター発表でした。', review SS1 #3)
    lead = fmt.punct.space.join(section.chart_sentences) if pages else statement
    rest, columned = _columned(section, rest, lead)
    # a table of results (winners by category) is the section's content: its slides first, under
    # the section's statement, the people who comment on it after them (review QQ1)
    front = [(head, laid) for head, laid in columned if pairs(i for p in laid.pages for i in p)]
    columned = [c for c in columned if c not in front]
    if front:
        pages += _list_slides(front, pages, not pages, statement, fmt)
        lead = "" if lead == statement else lead  # the table's slide is under the statement
    alone = bool(columned) and not pages and not rest  # the list is all the section's text
    groups = _text_groups(rest, None, lead)
    run: list[DeckPage] = []
    for group in groups or (((),) if not pages and has_text and not alone else ()):
        first = not pages and not run
        headline = lead if not run else ""
        # after a list's slide, a slide of people is no '(continued)' of it: its own title
        went_on = not first and (bool(run) or pages[-1].layout != "columns")
        run.append(DeckPage("points", "", group, headline, first, went_on, _in_run=len(groups) > 1))
    if len(run) > 1 and all(replace(page, _run_large=True).statement for page in run):
        run = [replace(page, _run_large=True) for page in run]  # every slide short: all set large
    if pages and not run and section.chart_sentences:  # no slide of text to head: the first
        pages = _beside_first(pages, section.chart_sentences)  # line beside its chart
    pages += run
    pages += _list_slides(columned, pages, alone, statement, fmt)
    if pages and not pages[-1].points and pages[-1].layout == "points" and len(printed) < len(points):
        # A slide whose bullets all were tiles, with only its summary left: folded where another
        # slide takes it, else left out (the tiles and the briefing print it), as `_statement`.
        pages[-1] = replace(pages[-1], novel=())
    return replace(section, points=points, deck_pages=tuple(pages))


def _list_slides(
    columned: list[tuple[str, list_layout.ListLayout]],
    pages: list[DeckPage],
    alone: bool,
    statement: str,
    fmt: Formatter,
) -> list[DeckPage]:
    """A long list's slides, its columns by measure, after `pages`: under the section's
    `statement` where the list is all its text (`alone`) and no slide comes before it; after
    other slides, titled with the list's label ('Partners'), or the section's name where the
    label only says that again, never '<section> (continued)' over a list that continues people
    (review QQ1: 'Winners by category (continued)' over the winners, after two slides of people);
    its own continuations '<label> (continued)'."""
    out: list[DeckPage] = []
    for lead, laid in columned:
        named = ""  # the list's label where it titles its first slide: its continuations follow it
        for index, chunk in enumerate(laid.pages):
            before = bool(pages) or bool(out)
            headline, found = (lead if index == 0 else "", "")
            if alone and not before:
                headline, found = _with_lead(statement, lead)
                named = found
            elif index == 0 and before and lead:  # its label titles it, not the last slide's name
                headline, found = "", lead
                named = lead
            elif index and named:  # 'Espositori (segue)', not the section's name the kicker says
                found = fmt.gettext("%(title)s (continued)", title=named.rstrip(":： "))
            went_on = before and index > 0 and not named  # its own list's continuation
            page = DeckPage("columns", "", chunk, headline, not before, went_on, found=found)
            out.append(replace(page, columns=laid.columns, columns_why=laid.why))
    return out


def _voices(points: tuple[str, ...]) -> bool:
    """Whether `points` hold VOICES quotations or more (people's words under their lines): beside a
    chart they filled its column to the foot in small type, the chart, the voices and the sources
    crammed on one slide under a lead that headed neither (review OO1: Taichung's two speakers and
    their words beside the screenings by programme, in a deck of three slides); they take a slide
    of their own after the chart."""
    return sum(1 for p in points if isinstance(p, Quoted)) >= VOICES


#: Beside a chart, at most one person's quotation (`_voices`).
VOICES = 2


def _about_charts(points: tuple[str, ...], charts: list[ChartData]) -> dict[int, tuple[str, ...]]:
    """The bullets about a later chart's figures, by that chart's index: those that share more of
    their words with its title, caption and names than with the first chart's ('El negocio ha
    crecido un 63,5 %' about the business chart, printed beside the visitors' one). A chart's text
    is the text about its figures: they are the lead on its slide where they fit there; the others
    stay with the first chart, as before."""

    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    said = [stems(" ".join((c.title, c.caption, *(b.label for b in c.bars)))) for c in charts]
    out: dict[int, list[str]] = {}
    for at, point in enumerate(points if len(charts) > 1 else ()):
        if isinstance(point, Under) or (at + 1 < len(points) and isinstance(points[at + 1], Under)):
            continue  # a list's item or a quotation goes with the line above it, and that with them
        shared = [len(stems(point) & words) for words in said]
        best = max(range(len(charts)), key=lambda i: (shared[i], -i))
        if best > 0 and shared[best] > shared[0]:
            out.setdefault(best, []).append(point)
    return {k: tuple(v) for k, v in out.items()}


def _chart_headline(data: ChartData, summary: str | None, yields: bool = False, space: str = " ") -> str:
    """The message of a chart's slide: its caption where the caption states a finding (it names
    a number or one of the chart's categories: `_finding`), else the section's summary where it is
    one sentence a title can carry ('Every source of giving grew on last year'), else the caption;
    a caption that only describes the chart ('Funds raised by source of giving.') is no finding.
    A chart that `yields` states a number the glance slide's tiles print: its summary, always.
    A summary the caption leaves out follows it, the lead under the caption's title: the slide
    prints what the section says, not only its speaker notes ('…, and the oldest finisher was 91'
    was on no slide where a caption took the title)."""
    caption = data.caption if titles.unstopped(data.caption) != titles.unstopped(data.title) else ""
    if summary and (yields or not _finding(caption, data)) and sentences.is_title(summary):
        return summary
    if summary and sentences.is_title(summary) and not _titles(caption):
        # a caption that states the chart's finding in a sentence too long for a title, and no
        # clause of it that fits ('La inversión comprometida pasó de 118 millones de pesos en 2024
        # a más de 480 millones en 2026.'), under a summary that states one ('… se ha multiplicado
        # por cuatro …'): the summary is the title, the caption the lead under it; the section's
        # name was the title (review O: 'Tres años de demostraciones')
        ordered = f"{summary}{space}{caption}"
        return ordered if not _echoes(summary, caption) and _lead_fits(ordered, data) else summary
    both = f"{caption}{space}{summary}"
    if (
        caption
        and summary
        and not _echoes(summary, caption)
        and not superlatives.same_claim(caption, summary)  # one finding twice, worded apart (review BB)
        and _lead_fits(both, data)
    ):
        return both
    return caption or summary or ""


def _with_tail(headline: str, data: ChartData, space: str) -> str:
    """`headline` with the change its chart's caption stated, where that caption gave way
    (`finding_tail`: '較去年的約46.8萬減少約18%'), as the lead under the title it makes, where it
    fits there, or as the title where there is none: the size of the change is on the slide, not
    in its notes only (review WW1 #2)."""
    tail = data.finding_tail
    if tail and not headline and _titles(tail):
        return tail  # no summary to title it: the change titles the slide ('Down about 18% from …')
    if tail and not _titles(headline) and _titles(tail) and _core(tail) not in _core(headline):
        # a summary too long to title the slide, which the section's name would title: the change
        # titles it and the summary is its lead ('Etwa 19 Prozent weniger als 2026.' over the
        # Graz culture night's fall, not 'Besuch': self-review r25)
        stop = "" if tail.rstrip()[-1:] in ".!?。！？" else "."
        return f"{tail}{stop}{space}{headline}"
    if not tail or not _titles(headline) or _core(tail) in _core(headline):
        return headline
    led = f"{headline}{space}{tail}"
    return led if _lead_fits(led, data) else headline


def _finding(caption: str, data: ChartData) -> bool:
    """Whether a chart's caption states a finding: it names a number ('17 of the 25', '五大板块')
    or one of the chart's own categories or series by a word the chart's title and all its names do
    not share ('Hovedudstillingen på Trapholt trak flest gæster, men havneudstillingen var tæt
    på …', '관람객 열 명 중 네 명은 수도권 등 경북 밖에서 왔다.': the author's finding, which the
    deck lost where it wrote no digit, review JJ), where a caption that names none only describes
    the chart ('Funds raised by source of giving.', 'Teams taking part, by country.')."""
    if not caption or _states_a_number(caption):
        return bool(caption)
    names = [n for n in (*(b.label for b in data.bars), *(x.label for x in data.series)) if n]
    common = set(_stems(data.title))
    if len(names) > 1:  # a word every name has ('… exhibitors') names no one of them
        common |= set.intersection(*(set(_stems(n)) for n in names))
    said = set(_stems(caption)) - common
    return any((set(_stems(n)) - common) & said for n in names)


def _said_instead(
    section: SectionView, data: ChartData, tiles: frozenset[str], values: Printings
) -> tuple[str, str]:
    """(the title, its figure's ref) of a chart's slide whose caption gave way (it would print a
    figure a third time: plan/stated.py) and whose headline gives none: the sentence of a figure of
    its section that the chart does not draw and that says what the caption said, in a word of its
    subject (review X:
    'La asistencia bajó de 612.000 visitantes en 2025 a cerca de 580.000 en 2026.' under the
    trend of the news, and 'La asistencia cayó un 5,2 % frente a la edición anterior.', a tile:
    the fall is the news as much as a record is), where that fits a title and the deck prints the
    figure fewer than MOST_REPEATS times otherwise: one of `tiles` (no bullet of it on the slide),
    the title its second printing. ('', '') where none does: the section's name is the title."""
    spoken = set(_stems(data.spoken))
    for f in section.figure_list:
        if f.ref not in tiles or f.ref in data.figure_refs or not f.own_sentence:
            continue
        if not spoken.intersection(_stems(f.own_sentence)):
            continue
        if any(v == f.value and q == f.qualifier and n >= MOST_REPEATS for v, q, n in values):
            continue
        found = titles.content_title((f.sentence,))
        if found:
            return found, f.ref
    return "", ""


def _thin_lead(
    headline: str,
    beside: tuple[str, ...],
    data: ChartData,
    details: frozenset[str],
    summary: str,
    carried: dict[str, str],
    space: str,
    separator: str,
) -> str:
    """The headline of a section's first chart slide whose text beside the chart (`beside`) would
    fill at most a third of its column (`_thin_panel`), with that text its lead after the lead it
    has, so that the chart takes the full width (review NN: 'The money will be shared among 112
    charities, from hospices to sports clubs.' alone in a 4.3-inch column, three quarters of it
    empty, beside the money raised by year); '' where it stays beside the chart: a line that is
    no sentence (a figure's phrase), a person's line or words, the news's quote (`carried`, set
    as a quote), a tile's own sentence (`details`) that says nothing of what the chart counts
    (`_counts`), or text the lead's rows (`LONE_LEAD_CHARS`) do not hold, or that would leave no
    room there for the section's `summary` (`_ousts_summary`). Figures' phrases ('Casi 650
    asistentes') are the lead only where the title has none, joined by the language's
    `separator` as one line of parts: a phrase never follows a lead's sentence."""
    if not headline or not _thin_panel(beside):
        return ""
    for line in beside:
        if isinstance(line, (Under, Speaker)) or line in carried.values():
            return ""
        if line in details and not _counts(line, data):
            return ""
    title, lead = titles.title_and_lead(headline)
    if all(line.endswith(_STOPS) for line in beside):
        joined = space.join(beside)
    elif title and not lead and not any(line.endswith(_STOPS) for line in beside):
        alone = DeckPage("chart", data.id, (), headline, True, False, found=data.found)
        if summary and _news_of(alone, summary):
            return ""  # the summary's sentence would follow them in the lead (`_summary_led`)
        joined = separator.join(beside)  # figures' phrases, the lead's one line of parts
    else:  # a phrase never follows a lead's sentence
        return ""
    led = f"{headline}{space}{joined}"
    if not _takes_lead(led, data, LONE_LEAD_CHARS) or _ousts_summary(headline, joined, data, summary, space):
        return ""
    return led


def _lead_beside(page: DeckPage, quotes: frozenset[str]) -> DeckPage:
    """A chart's slide whose text beside the chart would leave most of its column empty
    (`_thin_panel`) and could not be its lead (`_thin_lead`), with its lead, under its title, the
    first text of that column instead: the column reads full, the chart takes the lead's height,
    its title stays (review NN; the book fair's '420 actividades para niños y jóvenes' alone beside
    its visitors, under a lead of two rows). As it is where its title would change or the column
    would not hold both (`_fits_panel`), and beside a quotation (the news's quote, `quotes`, or a
    person's words), which its column sets as a quote, with its credit."""
    if page.layout != "chart-and-points" or not page.lead or not _thin_panel(page.points):
        return page
    if any(p in quotes or isinstance(p, (Quoted, Speaker)) for p in page.points):
        return page
    bare = leadless(page)
    points = (page.lead, *page.points)
    if bare.lead or bare.title_finding != page.title_finding or not _fits_panel(points):
        return page
    return replace(bare, points=points)


def _detail_lines(section: SectionView, details: frozenset[str]) -> dict[str, str]:
    """The refs of the section's figures whose line is one of `details` (tiles' own sentences)."""
    out: dict[str, str] = {}
    for f in section.figure_list:
        line = f.parts_alone if given_shares.line_is_parts(f._figure) else f.sentence
        if line in details:
            out[f.ref] = line
    return out


def _counts(line: str, data: ChartData) -> bool:
    """Whether `line` names what the chart counts: a word (`_stems`, no number) of its title or of
    one of its categories or series ('The money will be shared …' beside 'Money raised for
    charity'; not 'More than 650 delegates attended' beside 'Papers submitted by year')."""
    names = (data.title, *(b.label for b in data.bars), *(x.label for x in data.series))
    counted = {w for w in _stems(" ".join(n for n in names if n)) if not w.isdigit()}
    return bool(counted & set(_stems(line)))


def _with_key_line(
    headline: str, found: str, rest: tuple[str, ...], lines: tuple[str, ...], data: ChartData
) -> tuple[str, str, tuple[str, ...]]:
    """(the headline, the title found, the bullets left) of a section's first chart's slide that
    has no bullets beside it (a full-width chart), its section's key line (the news's quote with
    its credit: data/key_quotes.py) the lead under the title its headline gives, where that title
    leaves no lead of its own and the quote fits the lead's rows; otherwise as they are. The key
    line stays with its section: on a slide of text after the chart it was folded into 'Altri
    momenti salienti', away from its section (review X)."""
    line = next((p for p in lines if p in rest), "")
    if not line or len(data.bars) > LEAD_BARS or _width(line) > QUOTE_CHARS or _titles(line):
        return headline, found, rest
    page = DeckPage("chart", data.id, (), headline, True, False, found=found)
    title = page.title_finding
    if not title or page.lead:
        return headline, found, rest
    return line, title, tuple(p for p in rest if p != line)


def _key_line_led(
    page: DeckPage, rest: tuple[str, ...], data: ChartData, space: str
) -> tuple[DeckPage, tuple[str, ...]]:
    """(the page, the bullets left) of a section's first chart slide whose one text left is its key
    line (the news's quote with its credit) after a lead of its own (`_with_key_line` takes it
    where there is none): after that lead, where both fit the lead's rows (`LONE_LEAD_CHARS`),
    rather than a slide of the quote alone after the chart, under its section's name again
    (review AA: the showcase's '「2日間の総視聴回数は…」' under '視聴とコメント', the kicker of the
    chart's slide before it)."""
    line = rest[0]
    joined = replace(page, headline=f"{page.headline.rstrip()}{space}{line}")
    if isinstance(line, Under) or not page.lead or len(data.bars) > LEAD_BARS:
        return page, rest
    if _width(joined.lead) > LONE_LEAD_CHARS or line not in joined.lead:
        return page, rest
    return joined, ()


def _titles(text: str) -> bool:
    """Whether `text`, or its first sentence or a clause of it, can be a slide's title."""
    return bool(text) and bool(titles.title_and_lead(text)[0] or titles.main_clause(text))


def _plots(headline: str, data: ChartData) -> bool:
    """Whether the claim `headline`'s title states is about what the chart plots: it states a
    number the chart draws, names one of its categories or series (a year, a region), or its
    subject (its first word; in Chinese or Japanese, two characters of the chart's) is what the
    chart counts ('La inversión comprometida …' over 'Inversión comprometida por edición'). A
    claim about something else ('Business visitors outnumbered general visitors for the first
    time' over the visitors of four editions, review W) titles no chart that cannot show it: the
    chart's title does, the claim its lead. A share ('海外からの視聴が半数近くを占めました', review Z)
    is shown by no chart on a logarithmic scale (of counts of different things, whose lengths are
    no proportions of one another), whatever word of it the chart names ('視聴')."""
    claim = titles.title_and_lead(headline)[0] or titles.main_clause(headline)
    if data.log_scale and states_share(claim):
        return False  # a share ('海外からの視聴が半数近く') that no bar's length shows (review Z)
    drawn = {round(b.value, 6) for b in data.bars} | {round(v, 6) for x in data.series for v in x.values}
    for text in (*(b.text for b in data.bars), *(t for x in data.series for t in x.texts)):
        drawn |= {round(n, 6) for n in number_words.numbers(text)}
    if {round(n, 6) for n in number_words.numbers(claim)} & drawn:
        return True
    names = tuple(n for n in (*(b.label for b in data.bars), *(x.label for x in data.series)) if n)
    if any(n.casefold() in claim.casefold() or set(_stems(n)) & set(_stems(claim)) for n in names):
        return True
    counted = " ".join((data.title, data.caption, *names)).casefold()
    if phrases_cjk(claim[:1]):  # in words without spaces, two characters of what it counts ('入場人次')
        return any(
            counted[at : at + 2] in claim for at in range(len(counted) - 1) if phrases_cjk(counted[at])
        )
    subject = _stems(claim)[:1]
    return bool(subject) and subject[0] in _stems(counted)


def _untied(headline: str, section: SectionView, data: ChartData) -> bool:
    """Whether the claim `headline`'s title states is the sentence of a figure of the section that
    the chart does not draw and that is no relation of what it draws (`chart_ties.ties`): '44% of
    attendees came to the summit for the first time' over the attendance of three days (review
    UU1 #1) says something else than its chart; the chart's own finding titles it, else its title,
    the claim its lead. 'El negocio ha crecido un 63,5 %' over three years of business is the
    chart's."""
    claim = titles.unstopped(titles.title_and_lead(headline)[0] or titles.main_clause(headline))
    return bool(claim) and any(
        f.ref not in data.figure_refs
        and f.sentence
        and claim in f.sentence
        and not chart_ties.ties(f.value, bool(f.qualifier), data)
        for f in section.figure_list
    )


def _stems(text: str) -> tuple[str, ...]:
    """The words of `text` of four letters or more (a year too), by their first four letters (an
    inflected name, 'Niemcy' / 'Niemiec', is one word), in their order; a Korean word by its first
    two syllables (its stem, before its particle: '결승전은'); then, for Chinese and Japanese, each
    two characters (kanji, hanzi or katakana) together. Both a claim's subject (`_plots`) and the
    words a tile's sentence shares with a caption that gave way (`_said_instead`) read them."""
    words = re.findall(r"[\uac00-\ud7a3]{2,}|[^\W_]{4,}", text.casefold())
    wide = re.findall(r"(?=([\u4e00-\u9fff\u30a0-\u30ff]{2}))", text)
    return tuple(w[:2] if "\uac00" <= w[0] <= "\ud7a3" else w[:4] for w in words) + tuple(wide)


def _with_lead(statement: str, lead: str) -> tuple[str, str]:
    """(the headline, the title found) of a section's first slide, a list's: its statement, and
    the list's lead where that says more than the section's name ('Nuovi espositori di
    quest'anno' under 'Gli espositori'): under the statement where the statement is the slide's
    title; as the title where the statement is too long for one (the statement then under it);
    the lead alone where there is no statement."""
    if not statement or not lead:
        return statement or lead, ""
    if sentences.is_title(statement.strip()):  # the whole statement (not a clause of it: its rest
        # would go with the lead)
        return f"{statement} {lead}", ""
    return statement, lead


#: The lead under a chart slide's title holds about two rows (`scripts/make_templates.py`: 0.95 in
#: at 22 pt, fitted down to 16 pt); a chart of more than LEAD_BARS categories needs the height a
#: lead takes from it (15 names under a lead did not fit their rows at 12 pt).
LEAD_CHARS = 2 * ROW_CHARS
LEAD_BARS = 12
#: A chart of more than FULL_HEIGHT_BARS categories takes the height of its section's summary as
#: a lead too (`_full_height`): 12 names were set at 10 to 13 pt under one, at the deck's 16 pt
#: (Chinese: 14) without (round 14); 10 read at 12 to 16 pt under one.
FULL_HEIGHT_BARS = 10


#: ... and a third, its two rows fitted smaller (to 16 pt, the least: three rows of it overflow the
#: lead's box), for the one sentence or the key line a chart leaves, which would otherwise stand
#: alone on a slide after it (review AA: the film market's 137-character fund sentence after its
#: nine countries' chart)
LONE_LEAD_CHARS = 3 * ROW_CHARS


def _lead_fits(headline: str, data: ChartData, most: int = LEAD_CHARS) -> bool:
    """Whether a chart's slide has room for `headline`'s lead (what its title does not state)."""
    return _width(titles.title_and_lead(headline)[1]) <= most and len(data.bars) <= LEAD_BARS


def _full_height(page: DeckPage, data: ChartData, summary: str) -> DeckPage:
    """A chart's slide without the lead under its title where its chart has more than
    FULL_HEIGHT_BARS categories and the lead is the section's summary, which its speaker notes say: the chart
    takes the lead's height, so its names read at the deck's size (review AA: the marathon's 12
    countries at 10 pt under a lead of two rows and a footer of three). Its title stays: the
    headline's own, or the finding the chart's data states. Where its names' lines take at most
    what LEAD_BARS Latin names' do and the lead is two rows, the page keeps its lead and takes no
    sources footer, whose rows are the lead's: 12 Italian regions read at 13 pt so (review II);
    12 Chinese countries, whose lines are taller (LINE_HEIGHT_CJK), read at 10 pt under it. A
    summary that no longer leads the slide titles it where it fits two lines of title type, and
    one that a caption's lead left out takes that lead's place: the slide prints its section's
    summary, not the speaker notes alone (round 16)."""
    lead = page.lead
    if len(data.bars) <= FULL_HEIGHT_BARS or not summary or page.credit:
        return page
    names = len(data.bars) * chart_shape.line_height([b.label for b in data.bars])
    if lead and _core(lead) in _core(summary):
        if _width(lead) <= LEAD_CHARS and names <= LEAD_BARS * chart_shape.LINE_HEIGHT:
            return replace(page, _bare_foot=True)  # its lead, in the sources footer's rows (review II)
        page = leadless(page)
    elif lead and _unsaid(page, summary) and page.title_finding:
        # a lead from its caption, under the finding its data states, or a sibling figure's line
        # under its caption's finding, that says none of the summary: the summary in its place,
        # where it fits its rows (round 16: 'Les délégations étrangères ont réuni …' in the notes
        # only, under 'L'Allemagne et l'Espagne ont envoyé …'), else its first clause (review UU4
        # A: 'La superficie espositiva è stata di circa 62.000 m²' under the exhibitors' caption)
        news = _summary_lead(summary, max(LEAD_CHARS, _width(lead)))
        led = replace(page, headline=news, found=page.title_finding, _found_first=True)
        if news and not _unsaid(led, summary):
            return led
    if not page.lead and _unsaid(page, summary) and titles._fits(summary, titles.RELATIVE_TITLE_WIDTH):
        # the summary, which no line of the slide says, titles it, in up to two full lines of
        # title type: the chart draws the finding that titled it (round 16: the marathon's
        # '肯尼亚居首（24%）' over 12 countries, '…其中埃塞俄比亚和肯尼亚选手占据了…' in the notes
        # only; the robot contest's '广东以78支队伍居各省之首…' over 15 provinces); a caption that
        # titled it and fits one row is its lead, in the sources footer's rows: the author's
        # finding is on the slide, not in the notes only (review WW2 #3: '中国、台湾、韓国の3カ国・
        # 地域で海外出展者の半数を超えました' under the summary over 11 countries)
        captioned = (
            _core(page.headline) == _core(data.caption)
            and _width(data.caption) <= ROW_CHARS
            and len(data.bars) <= LEAD_BARS  # eighteen cities under a lead: every other name dropped
        )
        return replace(
            page,
            headline=data.caption if captioned else "",
            found=titles.unstopped(summary),
            _found_first=True,
            _bare_foot=captioned or page._bare_foot,
        )
    news = _news_of(page, summary) if not page.lead and page.title_finding else ""
    if news and _width(news) <= LEAD_CHARS:
        # titled by its caption, which states one claim of the summary: the summary's other news
        # its lead, in the sources footer's rows (review KK: Andong's first-ever night parade only
        # in the notes, under '하회별신굿탈놀이 상설 공연이 … 모았다')
        return replace(page, headline=news, found=page.title_finding, _found_first=True, _bare_foot=True)
    return page


def _summary_lead(summary: str, most: int) -> str:
    """What of a section's `summary` a chart slide's lead of `most` narrow characters prints: the
    whole summary, else its first sentence, else that sentence's main clause before the words that
    only continue it ('Il salone ha occupato per la prima volta tutti e sette i padiglioni del
    quartiere fieristico', of '…, con un terzo degli espositori arrivato dall'estero'), as a
    sentence; '' where none fits."""
    if _width(summary) <= most:
        return summary
    stop = summary.rstrip()[-1:] if summary.rstrip().endswith(_STOPS) else "."
    first = titles.first_sentence(summary)
    if first != summary.strip() and _width(first) < most:
        return f"{first}{stop}"
    clause = titles.main_clause(f"{first}{stop}", most - 1)
    return f"{clause}{stop}" if clause else ""


def _news_of(page: DeckPage, summary: str) -> str:
    """What of `summary` the page does not print: all of it where it prints none (`_unsaid`); where
    its title states one claim of it (worded apart too) and the rest says more (`_says_more`), its
    sentence after that claim (`titles.title_and_lead`), or the whole summary where it has no such
    cut: never the title's claim twice, one under the other; '' where the page says it."""
    if _unsaid(page, summary):
        return summary
    if not _says_more(page, summary):
        return ""
    claim, rest = titles.title_and_lead(summary)
    if claim and rest and not _unsaid(page, claim):
        return rest if _says_more(page, rest) else ""
    return summary


def _says_more(page: DeckPage, summary: str) -> bool:
    """Whether at least half the words of `summary` (`said_words`) are in none of the page's
    title, lead and bullets: it says more than the claim of it the title may state (a title that
    states its finding worded apart, `_unsaid`'s exception, still leaves the rest unsaid)."""
    wanted = said_words(summary)
    said = said_words(" ".join((page.title_finding, page.lead, *page.points)))
    return bool(wanted) and len(wanted - said) * 2 >= len(wanted)


def _summary_led(page: DeckPage, data: ChartData, summary: str, space: str) -> DeckPage:
    """A section's first chart slide whose title and lead say none of its section's `summary`
    (titled by its chart's caption or by the finding its data states) with the summary its lead,
    after the lead it has, where both fit the lead's rows (`LONE_LEAD_CHARS`), else instead of a
    lead from its caption (what its chart shows): the summary
    reached the speaker notes only (review CC: '肯尼亚居首（约24%）' over 12 countries,
    '… le Sénégal et le Maroc entrent pour la première fois dans le palmarès'). Where they do
    not fit, the page is as it was, and the document check names it (office/unsaid.py)."""
    news = _news_of(page, summary) if summary and not page.credit else ""
    if not news or len(data.bars) > FULL_HEIGHT_BARS:
        return page
    title, lead = page.title_finding, page.lead
    joined = f"{lead}{space}{news}" if lead else news
    if _width(joined) > LONE_LEAD_CHARS:
        # a lead from the chart's caption, which says only what the chart draws, gives way to the
        # summary, which nothing else says; a caption's lead that names a category of its chart is
        # its finding ('Portugal y Francia encabezan la presencia extranjera.', the runners-up,
        # under its first clause; 'Heatwise hentede den største runde, …' under the section's
        # name): it stays, and the summary gives way to the notes (review YY1 #2; office/unsaid.py)
        if not lead or _core(lead) not in _core(data.caption):
            return page
        if title and _core(title) in _core(data.caption) and _names(lead, data):
            return page  # the caption's clause after the one that titles the slide
        if _width(news) > LONE_LEAD_CHARS:
            return page
        joined = news
    return replace(page, headline=joined, found=title, _found_first=True)


def _names(text: str, data: ChartData) -> bool:
    """Whether `text` names a category of `data` (a bar's or a series' name)."""
    return names_cut(text, "", (*(b.label for b in data.bars), *(p.label for p in data.series)))


def _ousts_summary(headline: str, lone: str, data: ChartData, summary: str, space: str) -> bool:
    """Whether `lone`, led under the chart's `headline`, would leave no room for the section's
    `summary`, which the headline does not say and which fits there on its own (`_summary_led`):
    the summary is the slide's message, the one sentence a bullet of its own (review CC: the
    Sénégal and Maroc news only in the notes, the fund's sentence in the lead)."""
    alone = DeckPage("chart", data.id, (), headline, True, False, found=data.found)
    if not summary or not _unsaid(alone, summary):
        return False
    led = replace(alone, headline=f"{headline}{space}{lone}")
    return (
        _summary_led(led, data, summary, space) is led
        and _summary_led(alone, data, summary, space) is not alone
    )


def _unsaid(page: DeckPage, summary: str) -> bool:
    """Whether `page` prints no clause of `summary` (`titles.summary_clauses`), as the document
    check reads one (office/unsaid.py: two thirds of its words)."""
    said = said_words(" ".join((page.title_finding, page.lead, *page.points)))
    if superlatives.same_claim(page.title_finding, summary):
        return False  # its title states the summary's finding, worded apart (review BB)
    for clause in titles.summary_clauses(summary):
        wanted = said_words(clause)
        if wanted and len(wanted & said) * 3 >= len(wanted) * 2:
            return False
    return True


def _core(text: str) -> str:
    """A text's words without its closing stop, case or spacing (a lead is its sentence's)."""
    return " ".join(text.casefold().split()).rstrip("".join(_STOPS))


#: A sentence's end: a line that is one may follow a lead's sentence (a figure's phrase may not).
_STOPS = tuple(".!?。！？")


def _beside_first(pages: list[DeckPage], sentences: tuple[str, ...]) -> list[DeckPage]:
    """`pages` with `sentences` (the findings of charts too small to draw) the first lines beside
    the first chart that has lines beside it, where no slide of text takes them as its message."""
    for index, page in enumerate(pages):
        if page.chart and page.points:
            return [*pages[:index], replace(page, points=(*sentences, *page.points)), *pages[index + 1 :]]
    return pages


def _takes_lead(headline: str, data: ChartData, most: int = LEAD_CHARS) -> bool:
    """Whether a chart's slide has room for all `headline` prints under its title: its lead, or the
    whole of it where the chart's title is the slide's (a claim it does not show: `_plots`), in
    `most` narrow characters."""
    whole = _titles(headline) and not _plots(headline, data)
    return _lead_fits(headline, data, most) and (not whole or _width(headline) <= most)


def _statement(section: SectionView, fmt: Formatter) -> DeckPage:
    """The one page of a section whose bullets would all repeat tiles: its summary (and chart
    sentences) as a headline, marked `novel=()` so that `_folded` leaves it out of the deck where
    no other slide takes it, rather than print the tiles again or a slide of one sentence."""
    headline = fmt.punct.space.join(t for t in (section.summary, *section.chart_sentences) if t)
    return DeckPage("points", "", (), headline, True, False, novel=())


def states_finding(caption: str, data: ChartData) -> bool:
    """Whether a chart's caption states a finding (`_finding`): the slide's message, which the
    document check looks for on its chart's slide (office/chart_captions.py)."""
    return _finding(caption, data)
