"""A slide's title that the text or the chart under it says again (review NN).

- A lead clause that says the title's claim again (data/echoes.py: the same subject and the same
  claim, by shared content words): '参加者の約3割がASEAN各国からの来日でした' over 'ASEAN各国から
  多くの起業家が来日し、会期中に…'. The clause goes and the lead keeps its other clauses as a
  sentence ('会期中に設けられた個別商談の枠は初日の午前中にほぼ埋まりました。'); a lead that says
  only the title goes whole (the speaker notes and the briefing keep the section's summary).
- A slide of text titled with its summary's first clause where no bullet says a word of it, and
  every bullet says a word of the summary's other clause (review NN: İOGK's 'Yatırımcı
  buluşmalarında en çok mobil ve hiper-casual oyunlar ilgi gördü' over a prize fund and a deal
  total, under which 'Birçok stüdyo ilk yayın anlaşmasını konferansta imzaladı' was the lead):
  the clause that heads the bullets is the title, the other its lead.
- A chart slide's title whose last clause prints a number a bar of its chart prints: '首度登場的
  親子動畫專區放映場次最多，共124場' over the bar '124（30%）'. The finding keeps its words without
  that clause ('首度登場的親子動畫專區放映場次最多'): a number once a slide.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportgen.data import sentences, titles
from reportgen.data.chart_data import ChartData
from reportgen.data.echoes import clauses, says_again
from reportgen.data.plan.unnumbered_titles import names_cut, unnumbered
from reportgen.data.plan.views import DeckPage, SectionView
from reportgen.data.title_numbers import Number, among, numbers, seen
from reportgen.data.views import Quoted, Under
from reportgen.lazy_pattern import lazy

#: The marks that end a clause joined to the next (dropped with the clause after it), and the
#: Japanese continuative endings a clause cannot end a sentence with.
_JOIN_MARKS = ";；，,、 "
_CONTINUATIVE = ("し、", "で、", "て、", "り、")
_STOPS = ".!?。！？"
#: A title's last clause, after a comma: the part the chart may print again.
_LAST_CLAUSE = re.compile(r"^(?P<head>.+?)(?P<mark>，|,\s|、)(?P<tail>[^，,、]*\d[^，,、]*)$")
_NUMBER = re.compile(r"\d[\d.,'’\u00a0\u202f]*")
#: The fewest characters (of a text without spaces) or words the finding keeps without its number.
_MIN_WIDE = 6
_MIN_WORDS = 4


def unechoed(
    sections: tuple[SectionView, ...], charts: dict[str, ChartData], locale: str, space: str
) -> tuple[SectionView, ...]:
    """`sections`, each slide's lead without the clauses that say its title again, and each chart
    slide's title without a last clause whose number its chart's bars print."""
    return tuple(
        replace(
            section,
            deck_pages=tuple(_page(p, charts, locale, space, section.summary) for p in section.deck_pages),
        )
        for section in sections
    )


def _page(
    page: DeckPage, charts: dict[str, ChartData], locale: str, space: str, summary: str = ""
) -> DeckPage:
    if page.credit:
        return page
    page = _headed(page)
    title, lead = page.title_finding, page.lead
    if not title:
        return page
    data = charts.get(page.chart)
    shorter = title
    if data is not None and page.layout != "points":
        shorter = _worded(title, lead, data, locale) or _without_bar_number(title, data)
        drawn = [bar.text for bar in data.bars if not bar.missing]  # and a stacked chart's parts'
        printed = numbers([*drawn, *(t for part in data.series for t in part.texts if t)], locale)
        printed -= _counted(title, data, locale)  # '11 paesi esteri': no bar's, though Turkey's is 11
        counts = frozenset({sum(not bar.missing for bar in data.bars)})  # '12 countries': no bar's
        names = (*(bar.label for bar in data.bars), *(part.label for part in data.series))
        if among(shorter, printed, locale, counts):  # the number left to the bar
            shorter = unnumbered(shorter, printed, locale, names) or shorter
        if among(shorter, printed, locale, counts):  # a number that is the title's finding: its words
            shorter, lead = _said_in_words(title, lead, summary, printed, locale) or (shorter, lead)
        if among(shorter, printed, locale, counts) and _its_own(title, data):  # its chart's own
            shorter = unnumbered(data.found, printed, locale) or shorter  # finding, in words
    if data is not None and page.layout != "points" and _its_own(title, data):
        # the event file's words for the leader its data names, where its lead opens with them
        shorter, lead = _leader_said(lead, data, locale) or (shorter, lead)
        # a finding of the event file's (its caption, its summary) keeps its number rather than give
        # way to the chart's own finding: 'Italia in testa' had titled the Pesaro fair's exhibitors
        # by country over the caption's foreign exhibitors, '1위는 숲속 인디 무대' the Korean
        # festival's stages over '숲속 인디 무대에서 가장 많은 41팀이 공연했습니다' (reviews RR1, RR2)
    kept = _unechoed_lead(shorter, lead, locale, space) if lead else lead
    points = page.points if lead else _unechoed_first(shorter, page.points, locale, space)
    if shorter == title and kept == lead and points == page.points:
        return page
    return replace(page, found=shorter, headline=kept, _found_first=True, points=points)


def _its_own(title: str, data: ChartData) -> bool:
    """Whether a chart slide's `title` is its chart's own finding (data/chart_findings.py: 'Marathon
    first, with 39,870'), not the event file's words: only then does that finding, cut of the
    bar's number, take its place."""
    return bool(data.found) and seen(titles.unstopped(title)) == seen(titles.unstopped(data.found))


#: The words after a comma that turn a sentence against its first clause ('…, mas Goiás …'), by
#: language: a cut where the first clause is whole. Lower case.
_TURNING = ("but", "aber", "doch", "mais", "pero", "mas", "ma", "maar", "men", "ale", "ama", "fakat")


def _leader_said(lead: str, data: ChartData, locale: str) -> tuple[str, str] | None:
    """(a title, the lead under it) of a chart slide titled by its chart's own finding (its leader:
    'São Paulo na liderança') whose lead's first clause names that leader in the event file's
    words ('São Paulo liderou o quadro pelo quarto ano seguido, mas Goiás, anfitrião, …'): that
    clause, before a comma and a word that turns the sentence, is the title, and the rest of the
    lead its lead, rather than the finding over the same claim worded apart (review RR2: the youth
    games' medal table). None where the lead opens otherwise, or the clause fits no title."""
    shown = [bar for bar in data.bars if not bar.missing]
    if not lead or not shown:
        return None
    leader = max(shown, key=lambda bar: bar.value).label
    first = titles.first_sentence(lead)
    for turn in _TURNING:
        head, mark, rest = first.partition(f", {turn} ")
        if mark and head.startswith(leader) and sentences.is_title(head) and len(head.split()) >= _MIN_WORDS:
            after = f"{_capitalised(rest, locale)} {lead[len(first) :].strip()}".strip()
            return titles.unstopped(head), after
    return None


def _counted(title: str, data: ChartData, locale: str) -> set[Number]:
    """The numbers a bar of `data` prints that a `title` naming no such bar writes as a count of
    the chart's categories, a part of them ('238 sono arrivati da 11 paesi esteri' over twelve
    countries' bars, where Turkey's bar is 11): a number no greater than the bars' count, printed
    by no bar the title names."""
    shown = [bar for bar in data.bars if not bar.missing]
    plain = seen(title).casefold()
    named = numbers((bar.text for bar in shown if bar.label and bar.label.casefold() in plain), locale)
    small = {(v, percent) for v, percent in numbers((bar.text for bar in shown), locale) if not percent}
    return {(v, percent) for v, percent in small if v <= len(shown)} - named


def _said_in_words(
    title: str, lead: str, summary: str, printed: set[Number], locale: str
) -> tuple[str, str] | None:
    """(a title, the lead under it) of a chart slide whose title's finding is a number its bars
    print ('Developers and engineers made up 23,400 of the 52,000 registrations'): the finding its
    lead, else its section's summary, states in words and that fits a title, its clause that says
    the title's finding first ('Developers made up the largest share of registrations', of 'In-person
    attendance returned to pre-pandemic levels, with developers making up …'), the rest of that
    text the lead. The title it had is said in the speaker notes, where the chart's caption is.
    None where neither states one without a bar's number."""
    options: list[tuple[str, str]] = []
    for text in dict.fromkeys(t for t in (lead, summary) if t):
        found, rest = titles.title_and_lead(text)
        options.append((found, rest if text == lead else lead))
        joined = titles.joined_clauses(text, bare=True)
        if joined:  # 'En tres ediciones el público profesional casi se ha duplicado', 'y …'
            options += [(joined[0], f"{joined[1]}." if text == lead else lead)]
        turned = _last_clause(text)  # 'オンライン配信に移行した2021年以降、視聴回数は毎年伸びています'
        options += [(turned[0], turned[1] if text == lead else lead)] if turned else []
        clause, more = titles.main_clause(text), titles.clause_rest(text)
        if clause and more:  # the main clause, or the clause after it as a sentence
            said = titles.first_sentence(more)
            options.append((clause, more if text == lead else lead))
            after = f"{clause}. {more[len(said) :].strip()}".strip()
            options.append((titles.unstopped(said), after if text == lead else lead))
    # only a clause that says the title's finding again: a lead about another thing ('La superficie
    # espositiva è stata di circa 62.000 m²' under a chart of exhibitors by country) never titles
    # the chart's slide (review RR2)
    kept = [
        (t, rest)
        for t, rest in options
        if t and sentences.is_title(t) and not among(t, printed, locale) and says_again(title, t)
    ]
    return kept[0] if kept else None


#: Where a Japanese or Chinese sentence turns to its main clause: 'が、' (but), '，'.
_TURNS = re.compile(r"(?<=が、)|(?<=，)")


def _last_clause(text: str) -> tuple[str, str] | None:
    """(the clause a one-sentence Japanese or Chinese `text` ends with, after it turns, where it
    fits a title; what comes before it, as a sentence): '2020年は開催を中止しましたが、' then
    'オンライン配信に移行した…伸びています' ('2020年は開催を中止しました。'). None where it does not turn."""
    body = titles.unstopped(text.strip())
    turns = list(_TURNS.finditer(body))
    if "。" in body or not turns:
        return None
    head, last = body[: turns[-1].start()], body[turns[-1].start() :].strip()
    if not sentences.is_title(last) or len(last) < _MIN_WIDE:
        return None
    return last, f"{head.removesuffix('、').removesuffix('が').removesuffix('，')}。"


def _unechoed_first(title: str, points: tuple[str, ...], locale: str, space: str) -> tuple[str, ...]:
    """`points` whose first, the text under a title with no lead (a lead set at the head of its
    chart's column: plan/deck_pages.py `_lead_beside`), says no clause of `title` again."""
    if not points or type(points[0]) is not str:
        return points  # a list's item, a quotation, a speaker's line: not a lead
    kept = _unechoed_lead(title, points[0], locale, space)
    if kept == points[0]:
        return points
    return (kept, *points[1:]) if kept else points[1:]


#: The fewest bullets (not a list's items nor quotations) a slide's title must head, for its
#: summary's other clause to title it instead: one bullet is no body a title fails to head.
HEADED = 2
_WIDE_PAIRS = lazy(r"(?=([\u4e00-\u9fff\u30a0-\u30ff]{2}))")


def _words(text: str) -> set[str]:
    """`text`'s words as written (of four letters or more; in CJK, two characters together): a
    word a bullet says whole, not a stem ('yatırımcı' is not 'yatırım')."""
    return set(re.findall(r"[^\W\d_]{4,}", text.casefold())) | set(_WIDE_PAIRS.findall(text))


def _headed(page: DeckPage) -> DeckPage:
    """`page` titled by its summary's other clause where that one heads its bullets and the first
    heads none (see the module's note); `page` as it is otherwise."""
    if page.layout != "points" or page.found or not page.headline:
        return page
    title, lead = titles.title_and_lead(page.headline)
    if not title or not lead or title != page.title_finding or page.lead != lead:
        return page
    bullets = [p for p in page.points if not isinstance(p, (Under, Quoted))]
    if len(bullets) < HEADED or len(titles.sentences_of(lead)) != 1 or not sentences.is_title(lead):
        return page
    said, other = _words(title), _words(lead)
    if any(said & _words(p) for p in page.points) or not all(other & _words(p) for p in bullets):
        return page
    stop = lead.rstrip()[-1:] if lead.rstrip()[-1:] in _STOPS else ""
    return replace(page, found=titles.unstopped(lead), headline=f"{title}{stop}", _found_first=True)


def _unechoed_lead(title: str, lead: str, locale: str, space: str) -> str:
    """`lead` less its clauses that say `title` again; `lead` where none does."""
    out = []
    for sentence in titles.sentences_of(lead):
        parts = clauses(sentence)
        kept = [c for c in parts if not says_again(title, c)]
        if len(kept) == len(parts):
            out.append(sentence)
            continue
        if not kept:
            continue
        if kept[-1].endswith(_CONTINUATIVE):  # '…来日し、' ends no sentence: keep it whole
            out.append(sentence)
            continue
        ending = sentence.rstrip()[-1] if sentence.rstrip()[-1:] in _STOPS else ""
        text = "".join(kept).strip()
        if text[-1:] not in _STOPS:
            text = text.rstrip(_JOIN_MARKS) + ending
        out.append(_capitalised(text, locale))
    return space.join(out)


def _capitalised(text: str, locale: str) -> str:
    """`text` with its first letter a capital ('konsol …' → 'Konsol …'; Turkish 'i' → 'İ')."""
    first = text[:1]
    if first == "i" and locale.split("_")[0] in ("tr", "az"):
        return "İ" + text[1:]
    return first.upper() + text[1:]


def _digits(text: str) -> set[str]:
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(text)} - {""}


def _ends_a_clause(head: str) -> bool:
    """Whether `head` can end a title: not a Korean clause before its comma, which ends in a
    connective ('해마다 늘었고', '기록했으며'), nor a Japanese one in its continuative ('…し')."""
    last = head[-1:]
    return not ("\uac00" <= last <= "\ud7a3" or last in "しでてりがは")


def _worded(title: str, lead: str, data: ChartData, locale: str) -> str:
    """The clause of `lead` that says `title`'s finding in words, as the title, where `title`
    prints a number a bar of its chart prints ('Sergilenen 180 oyunun 74'ü mobil platformlar
    içindi' over the bar '74 (%41)', its summary's 'Oyun vitrininde sergilenen yapımların çoğu
    mobil platformlar içindi; …': the title then says 'most', the bar '74'); the lead then keeps its
    other clauses (`_unechoed_lead`). '' where the title prints no bar's number, or no clause of
    the lead says it without one and fits a title."""
    printed = numbers((bar.text for bar in data.bars if not bar.missing), locale)
    if not among(title, printed, locale):
        return ""
    for sentence in titles.sentences_of(lead):
        for clause in clauses(sentence):
            whole = clause.rstrip()[-1:] in _STOPS  # a sentence, not a clause cut before its mark
            said = titles.unstopped(clause.strip().rstrip(_JOIN_MARKS))
            if (
                says_again(title, said)
                and not among(said, printed, locale)
                and sentences.is_title(said)
                and (whole or _ends_a_clause(said))
            ):
                return _capitalised(said, locale)
    return ""


def _without_bar_number(title: str, data: ChartData) -> str:
    """`title` without its last clause where that clause prints a number a bar prints and what is
    left is a finding on its own; `title` as it is otherwise. A clause that names a category of the
    chart is a finding of its own, never cut as the bar's number: 'och Norge var största
    utlandsnation med 2 100 åkare', '美國210家居次' (the runner-up) said nowhere on the slide."""
    cut = _LAST_CLAUSE.match(title)
    if cut is None:
        return title
    head, tail = cut.group("head").rstrip(), cut.group("tail")
    printed = {d for bar in data.bars if not bar.missing for d in _digits(bar.text)}
    if not _digits(tail) or not _digits(tail) <= printed or _digits(head) & printed:
        return title
    if not _ends_a_clause(head):
        return title
    names = (*(bar.label for bar in data.bars), *(part.label for part in data.series))
    if names_cut(title, head, names):
        return title
    wide = not any(c.isspace() for c in head)
    if (wide and len(head) < _MIN_WIDE) or (not wide and len(head.split()) < _MIN_WORDS):
        return title
    return head
