"""What a chart draws, in words: the data the drawing helper receives (`build/drawing.py`).

Kept apart from `derive`, which makes it, so that unpickling a chart's data in the helper imports
these three small classes, not the data model, pydantic and the formatter (about 0.18 s of CPU in
every cold build's helper).
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    text: str
    bound: str  # 'exact', 'below', 'above' or 'around': how the true value relates to `value`
    #: a year a series of years leaves out (data/chart_gaps.py): an empty slot, no bar, no label
    missing: bool = False
    #: why a missing year has no figure, in the documents' language ('cancelled', 'aflyst'): its
    #: slot is labelled with it; '' where the file does not say (the alt text: 'not stated')
    status: str = ""


@dataclass(frozen=True)
class ChartSeries:
    """One part of a stacked or grouped chart: its value and words for each bar."""

    label: str
    values: tuple[float, ...]
    texts: tuple[str, ...]


@dataclass(frozen=True)
class ChartData:
    """What a chart draws, already in words: no model objects, nothing that needs the formatter."""

    id: str
    title: str
    kind: str
    bars: tuple[ChartBar, ...]
    log_scale: bool
    caption: str
    unit_note: str
    total_text: str = ""
    documents: tuple[str, ...] = ("briefing", "deck")
    figure_refs: tuple[str, ...] = ()  # the figures drawn ('reach.online_viewers')
    ticks: tuple[tuple[float, str], ...] = ()  # log-scale tick values and their labels in words
    series: tuple[ChartSeries, ...] = ()  # stacked and grouped charts: one series per breakdown part
    full_width: bool = False  # many or long categories: the whole width of a slide, no text beside
    long_words: bool = False  # a name's word too wide for a chart beside text (chart_shape.shape)
    too_few: bool = False  # under three values: in no document; its caption is printed as a sentence
    alt: str = ""  # the alt text, in the event's language (`alt_text`)
    alt_across: str = ""  # the same for a bar chart the deck draws across (`deck_kind`: 'hbar')
    scale_note: str = "logarithmic scale"  # a logarithmic axis's title, in the event's language
    pair: str = ": "  # between a name and its value in a legend or title: '臺灣：820（約55%）' (punct.pair)
    locale: str = ""  # the event's locale ('de_DE'): native charts' numbers are formatted in it
    notes: tuple[str, ...] = ()  # 'Label: note' of its labelled figures with a note: under its caption
    #: the event file's caption where it gave way to the title (it printed the news a third time:
    #: plan/stated.py, _captions_giving_way): the speaker's notes keep it
    spoken: str = ""
    #: of a caption that gave way, its last clauses that write no number ('głównie dzięki meblom
    #: tapicerowanym …'), as a sentence: said nowhere else, the briefing prints them as the caption
    reason: str = ""
    #: of a caption that gave way, its last clauses that state a change of their own and write
    #: none of the figures it repeated ('較去年的約46.8萬減少約18%': plan/stated.py `finding_tail`):
    #: the deck's slide prints them as its lead (review WW1 #2); else ""
    finding_tail: str = ""
    #: Why the bars keep the data's order ('as_given', 'dates', 'ranges': chart_shape.Shape), or ""
    #: when they are sorted by value; `out_of_order`: ordered categories the data shuffled.
    kept_order: str = ""
    out_of_order: str = ""
    #: the finding its own data states where the event file gives none (data/chart_findings.py:
    #: 'Deutschland an der Spitze: 820 Aussteller'), or '': a slide's title, a briefing's caption
    found: str = ""
    #: the multiple `found` states of a rise ('More than six times 2022's': data/multiples.py), a
    #: ratio no text prints, so no number of the event file's; else 0
    found_times: int = 0
    bar_refs: tuple[str, ...] = ()  # each bar's figure, in the bars' order (not a breakdown's parts)
    #: the title the deck's native chart shows where it is not `title`: a breakdown's whole after
    #: it ('境外选手来源国（共612人）'), which no bar draws and no other printing of the deck
    #: carries (plan/totals.py); else ""
    deck_title: str = ""
    #: its title, then its whole in the title's own form (plan/totals.py `total_title`: 'Runners
    #: by country: 612 people', '境外选手来源国（共612人）'), where the whole joins the title: a
    #: native donut's, and a donut picture's whose hole has no room for it; else ""
    whole_title: str = ""
    #: the note the deck's slide of the chart prints under it: its shares' rounding ('各项占比经四舍五入
    #: 取整。'), which the briefing prints under its caption (review GG: in the briefing only); else ""
    deck_note: str = ""
    #: the briefing draws it without its title: its section's heading right above says it (review
    #: II: '視聴回数の推移' over '視聴回数の推移'; plan/picture_titles.py)
    briefing_untitled: bool = False
    #: the unit its value labels count ('人次', '%'), where its figures share one and no currency;
    #: else "" (office/label_units.py: a document's charts of one unit write it alike)
    unit: str = ""
    #: the event file's caption the deck's slide keeps where the briefing's gave way to the news
    #: the band and the lede print (plan/news_lede.py `captions_giving_way`): the deck has no lede,
    #: and a chart that does not label the news prints it only in its tile and the slide's title
    #: (review SS1: the US summit's slide 4 had lost its finding, 'Data centers took …'); else ""
    deck_caption: str = ""


def as_drawn(data: ChartData, document: str) -> ChartData:
    """The chart as `document` ('briefing', 'deck') draws it: the briefing's without the title its
    heading says (`briefing_untitled`; a donut whose total may join its title keeps it): its value
    labels as the deck's, all of them (plan/stated.py `counted_labels`)."""
    if document != "briefing":
        return data
    if data.briefing_untitled and not (data.kind == "donut" and data.total_text):
        return replace(data, title="")
    return data


def for_deck(data: ChartData) -> ChartData:
    """The chart as the deck's plan reads it: with the caption its slide keeps where the
    briefing's gave way (`deck_caption`), which the speaker's notes then need not say again."""
    if not data.deck_caption:
        return data
    return replace(data, caption=data.deck_caption, spoken="", reason="")


def shown(data: ChartData) -> bool:
    """Whether a document draws the chart: one printed as a sentence (`too_few`) or placed in no
    document has no picture, beside the documents either."""
    return bool(data.documents) and not data.too_few
