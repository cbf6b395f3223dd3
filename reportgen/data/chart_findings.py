"""A chart's finding, stated from its own data, for a chart whose event file gives none (review Q).

A chart slide whose chart had no caption, under a section with no summary a title can carry, was
titled with a topic: 'Aussteller nach Land', 'Délégations internationales'. Issue 19 wants the
title to state the finding where the data has one, the section's name a small kicker above it;
the briefing's caption likewise. The data has a finding in two shapes, each one sentence pattern
per language (the catalogues, reportgen/locale/):

- categories sorted by value (bars, a donut's parts): the leader, where it clearly leads (at least
  LEAD times the second, whatever the qualifiers allow) - 'Deutschland an der Spitze: 820
  Aussteller'; a donut's largest part states its share ('… en tête avec 66 %'); a tie, a flat
  spread or a catch-all ('Other') first have no leader, and no finding;
- ordered categories (years, dates, numbered stages): the change from the first to the last, where
  every step goes the same way and the change is at least CHANGE of the first - 'Up from 12,000
  (2019) to 30,000 (2026)'; a series that turns, or barely moves, has none.

Each amount is printed as the formatter printed it (its qualifier with it: 'about 480'); no sum
or share is computed, so a chart of approximate values states nothing it cannot know. One growth
is: where the last of ordered years is a key figure (its amounts would be a third printing), the
change from two exact ends in percent, 'about' where it rounds ('Up about 87% since 2023',
`change_since`), from a doubling on a multiple ('More than six times 2022's': data/multiples.py). A
language is in FINDING_LANGUAGES only where its patterns read right for any label and amount (no
verb that agrees with the label, no case the amount would have to take): any other keeps the
topic title rather than print a wrong sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from reportgen.data import messages, multiples, sentences
from reportgen.data.messages import N_
from reportgen.data.share_articles import with_article

#: The leader, first of categories sorted by value: a noun phrase and its amount, no verb that
#: would agree with the label ('United States', 'Students').
LEADS = N_("%(leader)s first, with %(amount)s")
#: The two leaders, where the first does not clearly lead the second but both lead the rest.
LEAD_PAIR = N_("%(leaders)s lead, with %(amounts)s")
#: The change from the first to the last of ordered categories (years, dates, stages); the
#: categories in brackets, so that any label reads ('Day 1', 'Seed', '2019').
RISE = N_("Up from %(first)s (%(start)s) to %(last)s (%(end)s)")
FALL = N_("Down from %(first)s (%(start)s) to %(last)s (%(end)s)")
#: The same change where the last amount is a key figure the tiles, the band and the bar print
#: already (the amounts would be its third printing): the change in percent since the first year
#: or date, from two exact amounts ('Up about 87% since 2023'; review OO2's 780 → 1,460 was
#: titled 'Participation', and neither document said it rose).
RISE_SHARE = N_("Up %(change)s since %(start)s")
FALL_SHARE = N_("Down %(change)s since %(start)s")
#: A trend's last amount, the highest or the lowest of all its years or dates (`series_record`):
#: the record of the series the data proves, never of all time ('Highest of 2022–2026').
HIGHEST = N_("Highest of %(start)s–%(end)s")
LOWEST = N_("Lowest of %(start)s–%(end)s")

#: The languages whose catalogues give these patterns, checked to read right (by catalogue name).
FINDING_LANGUAGES = frozenset(
    {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "ja", "ko", "zh_Hans", "zh_Hant"}
)

#: A leader leads when its least possible value is at least this many times the second's greatest.
LEAD = 1.2
#: Two leaders are a finding among at least this many categories (the top two of three are not).
PAIR_AMONG = 4
#: A series changes when its last value differs from its first by at least this share of the first.
CHANGE = 0.1
#: A step of a series on the one before is news from this share of it (less prints as '0%').
MIN_STEP = 0.005
#: The least change of 'about' amounts said in whole percent (`about_step_change`).
ABOUT_STEP = 0.05
#: What an approximate value ('about', 'nearly') may be off by, either way, for the rules above.
SLACK = 0.1
#: The ordered categories whose first-to-last change is a change over time or through stages.
#: (Not 'numbered': 'Halle 1' to 'Halle 4' is no change, only another hall.)
ORDERED = frozenset({"dates", "years"})
#: Brackets in a category's name: the change's pattern brackets the names ('(7月24日（金）)' reads badly).
_BRACKETS = "()（）[]"
#: The languages that write a unit against its number ('212人'): each amount keeps its own.
_CJK = frozenset({"ja", "ko", "zh_Hans", "zh_Hant"})


@dataclass(frozen=True)
class Point:
    """One bar or part as the finding reads it: its name, its value, how the true value relates to
    it ('exact', 'below': at most it, 'above': more than it, 'around'), and its amount as the
    documents print it ('212 délégués', 'about 480', '66 %')."""

    label: str
    value: float
    bound: str
    words: str
    number: str = ""  # the amount without its unit ('212' of '212 délégués'), where it has one


def finding(points: Sequence[Point], order: str, locale: str, catch_all: Sequence[str] = ()) -> str:
    """The chart's finding in `locale`'s language, or '' where its data has none (or the language
    has no pattern for it). `points` in the chart's order; `order` the chart's kept order
    ('years', 'dates', 'numbered', 'as_given', 'ranges'), '' for categories sorted by value;
    `catch_all` the language's words for an 'Other' category (chart_words.other_words)."""
    if messages.catalogue_name(locale) not in FINDING_LANGUAGES or len(points) < 3:
        return ""
    if not order:
        return _leader(points, locale, catch_all)
    if order in ORDERED:
        return _change(points, locale)
    return ""


def change_since(
    points: Sequence[Point],
    order: str,
    locale: str,
    percent: Callable[[float], str],
    more_than: Callable[[float], str] | None = None,
) -> str:
    """The change of ordered years or dates from the first to the last in percent, their amounts
    unsaid (`RISE_SHARE`, `FALL_SHARE`), or '': where both ends are exact amounts of one unit and
    every step goes the same way by at least CHANGE in all; `percent` prints a share (0.87) as the
    language does, 'about' where it rounds. Given `more_than` (a share printed as at least it:
    'more than 539%'), a rise to a last amount that is more than its number ('more than PLN 2.43
    million' after PLN 380,000) is a rise of more than its share (review QQ1)."""
    if messages.catalogue_name(locale) not in FINDING_LANGUAGES or len(points) < 3 or order not in ORDERED:
        return ""
    first, last = points[0], points[-1]
    above = more_than is not None and last.bound == "above"
    if first.bound != "exact" or (last.bound != "exact" and not above) or not first.number or not last.number:
        return ""  # 'more than 500' to 'about 900': a share of that is no fact
    direction = _direction(points)
    if not direction or (above and direction < 0):
        return ""
    start = multiples.year_form(first.label, locale)
    if direction > 0 and (times := multiples.rise_words(first.value, last.value, above, start, locale)):
        return times  # 'More than six times 2022's', not 'Up more than 539% since 2022'
    pattern = RISE_SHARE if direction > 0 else FALL_SHARE
    share = abs(last.value / first.value - 1)
    amount = with_article(more_than(share) if above and more_than else percent(share), locale)
    said = messages.gettext(locale, pattern, change=amount, start=start)
    return said[:1].upper() + said[1:]


def series_record(points: Sequence[Point], order: str) -> int:
    """1 where the last of ordered years or dates is above every other whatever the qualifiers
    allow ('more than 2.43 million' after 1.69 million), -1 where it is below every other, else 0
    (a series of fewer than three, or one whose last ties or may tie another)."""
    if len(points) < 3 or order not in ORDERED:
        return 0
    last, others = points[-1], points[:-1]
    if all(_least(last) > _most(p) for p in others):
        return 1
    if all(_most(last) < _least(p) for p in others):
        return -1
    return 0


def record_words(points: Sequence[Point], order: str, locale: str) -> str:
    """`HIGHEST` or `LOWEST` of the series in `locale`'s words, or '' (no record, or a language
    whose catalogue lacks the pattern: an English word in its document is worse than none)."""
    direction = series_record(points, order)
    if not direction or messages.catalogue_name(locale) not in FINDING_LANGUAGES:
        return ""
    pattern = HIGHEST if direction > 0 else LOWEST
    return messages.gettext(locale, pattern, start=points[0].label, end=points[-1].label)


def step_change(
    points: Sequence[Point], order: str, locale: str, percent: Callable[[float], str]
) -> tuple[float, str]:
    """The change of the last of ordered years or dates on the one before, as a share (-0.158) and
    in `locale`'s words ('Down 15.8% since 2025': `FALL_SHARE`, `RISE_SHARE`), or (0.0, ''): where
    both are exact amounts of one unit and the change prints as more than nothing."""
    if messages.catalogue_name(locale) not in FINDING_LANGUAGES or len(points) < 3 or order not in ORDERED:
        return 0.0, ""
    before, last = points[-2], points[-1]
    if before.bound != "exact" or last.bound != "exact" or not before.number or not last.number:
        return 0.0, ""
    if before.value <= 0 or any(c in _BRACKETS for p in (before, last) for c in p.label):
        return 0.0, ""
    change = last.value / before.value - 1
    if abs(change) < MIN_STEP:
        return 0.0, ""
    start = multiples.year_form(before.label, locale)
    if change > 0 and (times := multiples.rise_words(before.value, last.value, False, start, locale)):
        return change, times
    pattern = RISE_SHARE if change > 0 else FALL_SHARE
    amount = with_article(percent(abs(change)), locale)
    said = messages.gettext(locale, pattern, change=amount, start=start)
    return change, said[:1].upper() + said[1:]


def about_step_change(
    points: Sequence[Point], order: str, locale: str, about: Callable[[float], str]
) -> tuple[float, str]:
    """`step_change` where the last year or the one before is 'about' (and neither 'more than' nor
    'less than', whose change may go either way): the change from the two amounts as written, in
    whole percent and 'about' (`about`: Formatter.shares of approximate amounts, as a share of
    'about' amounts prints), from ABOUT_STEP on ('約38.5萬' after '約46.8萬': 'Down about 18% since
    2025', review WW1 #11: the fall read as good news on its tile); (0.0, '') else."""
    if messages.catalogue_name(locale) not in FINDING_LANGUAGES or len(points) < 3 or order not in ORDERED:
        return 0.0, ""
    before, last = points[-2], points[-1]
    bounds = {before.bound, last.bound}
    if not bounds <= {"exact", "around"} or bounds == {"exact"} or not before.number or not last.number:
        return 0.0, ""
    if before.value <= 0 or any(c in _BRACKETS for p in (before, last) for c in p.label):
        return 0.0, ""
    change = last.value / before.value - 1
    if abs(change) < ABOUT_STEP or change > 1:
        return 0.0, ""
    start = multiples.year_form(before.label, locale)
    pattern = RISE_SHARE if change > 0 else FALL_SHARE
    said = messages.gettext(locale, pattern, change=with_article(about(abs(change)), locale), start=start)
    return change, said[:1].upper() + said[1:]


def step_percent(percent: Callable[[Decimal, int], str]) -> Callable[[float], str]:
    """A year's change printed by `percent` (Formatter.percent: 'about 15.8%' of 0.15763) at one
    decimal, whole from a doubling on ('about 44%' is news enough, '+143.7%' is noise)."""
    return lambda share: percent(Decimal(str(round(share, 6))), 1 if share < 1 else 0)


def _least(point: Point) -> float:
    return point.value if point.bound in ("exact", "above") else point.value * (1 - SLACK)


def _most(point: Point) -> float:
    if point.bound == "above":  # 'more than 500': no upper bound
        return float("inf")
    return point.value if point.bound in ("exact", "below") else point.value * (1 + SLACK)


def _leader(points: Sequence[Point], locale: str, catch_all: Sequence[str]) -> str:
    # here, not at the top: chart_shape is the drawing helper's, and has no catalogue
    from reportgen.data.chart_shape import is_catch_all

    ranked = sorted(points, key=lambda p: -p.value)
    if is_catch_all(ranked[0].label, catch_all):
        return ""  # 'Other' first: which of its parts leads is unknown
    # a catch-all after the first is no rival of it: 'Outros 17 estados' (112 medals) sums
    # seventeen states, each behind São Paulo's 142 (review RR2: the medal table titled by its topic)
    ranked = [ranked[0], *(p for p in ranked[1:] if not is_catch_all(p.label, catch_all))]
    if len(ranked) < 3:
        return ""
    first, second, third = ranked[0], ranked[1], ranked[2]
    if second.value <= 0:
        return ""
    if _least(first) >= LEAD * _most(second):
        amount = with_article(first.words, locale)  # 'in testa con circa il 20%'
        return messages.gettext(locale, LEADS, leader=first.label, amount=amount)
    if len(points) < PAIR_AMONG or _least(second) < LEAD * _most(third):
        return ""  # a tie, a flat spread, or qualifiers that leave the order open
    leaders = sentences.listing((first.label, second.label), locale)
    joiner = leaders[len(first.label) : len(leaders) - len(second.label)].strip()
    if joiner and any(_has_word(p.label, joiner) for p in (first, second)):
        return ""  # 'Online and live auction and Corporate pledges': which two?
    # '212 and 187 delegates': the unit once, after both, where the language spaces its words
    cjk = messages.catalogue_name(locale) in _CJK
    amounts = (first.words if cjk or not first.number else first.number, second.words)
    amounts = tuple(with_article(a, locale) for a in amounts)
    return messages.gettext(locale, LEAD_PAIR, leaders=leaders, amounts=sentences.listing(amounts, locale))


def _has_word(label: str, word: str) -> bool:
    """Whether `label` holds `word` as a word ('and' in 'Online and live auction'), or at all in
    a language without spaces ('和')."""
    if not word.isascii() and not any(c.isspace() for c in label):
        return word in label
    return word.casefold() in label.casefold().split()


def _direction(points: Sequence[Point]) -> int:
    """1 where every step of `points` rises and the last is at least CHANGE above the first
    (whatever the qualifiers allow), -1 where every step falls so, else 0: a series that turns or
    barely moves, a first of nothing, a first or last named in brackets."""
    first, last = points[0], points[-1]
    if first.value <= 0 or any(c in _BRACKETS for p in (first, last) for c in p.label):
        return 0
    steps = [b.value - a.value for a, b in pairwise(points)]
    if all(s > 0 for s in steps) and _least(last) >= (1 + CHANGE) * _most(first):
        return 1
    if all(s < 0 for s in steps) and _most(last) <= (1 - CHANGE) * _least(first):
        return -1
    return 0


def _change(points: Sequence[Point], locale: str) -> str:
    first, last = points[0], points[-1]
    direction = _direction(points)
    if not direction:
        return ""  # a series that turns, or barely moves: nothing beyond its values
    pattern = RISE if direction > 0 else FALL
    # the amounts without their unit where the language spaces its words ('Up from 12,000 (2019)'):
    # a German 'von' would want the unit in the dative; with its unit in CJK ('4万8200人')
    cjk = messages.catalogue_name(locale) in _CJK
    said = [p.words if cjk or not p.number else p.number for p in (first, last)]
    return messages.gettext(locale, pattern, first=said[0], start=first.label, last=said[1], end=last.label)
