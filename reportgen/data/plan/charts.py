"""A chart of the event file as its data: bars or series, their texts, its caption, its finding and
its alt text, in the edition's language."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal

from reportgen.data import (
    chart_findings,
    chart_gaps,
    chart_order,
    chart_scale,
    chart_shape,
    chart_words,
    donut_whole,
    facts,
    given_shares,
    leader_gaps,
    multiples,
    ratio_words,
    scale_titles,
    sentences,
    share_base,
    shared_qualifier,
    title_units,
    unit_scales,
)
from reportgen.data.chart_data import ChartBar, ChartData, ChartSeries
from reportgen.data.chart_kinds import CHART_KINDS, DOT_PLOT
from reportgen.data.formatting import Formatter, shares_rounded
from reportgen.data.model import ChartSpec, EventSummary, Qualifier
from reportgen.data.phrases import unit_in_chart
from reportgen.data.plan import printed_change
from reportgen.data.plan.figures import _figure_view, _share
from reportgen.data.plan.stated import _labelled_bars
from reportgen.data.plan.views import FigureView, PartView


def units_on_labels(specs: Iterable[ChartSpec], figures: dict[str, FigureView]) -> frozenset[str]:
    """The units a document's charts write on their value labels: those a chart of figures (not a
    breakdown) writes on its numbers (`unit_in_chart`: '46.8萬人次', '61 %'). Every chart of such
    a unit writes it, its breakdowns' parts too ('15.2萬人次（39%）', never '15.2萬（39%）' beside
    the trend's '46.8萬人次': review WW1 #9); one unit, one form across the document's charts."""
    return frozenset(
        f.unit
        for spec in specs
        if not spec.breakdown
        for f in (figures[ref] for ref in spec.figures if ref in figures)
        if f.unit and unit_in_chart(f.unit, f.label_names_unit)
    )


def _event_texts(summary: EventSummary) -> list[str]:
    """The event's own sentences, whose capitals in mid-sentence are names (`sentences.proper_words`)."""
    texts = [summary.event.summary or "", summary.event.theme or ""]
    return texts + [s.summary or "" for s in summary.sections.values()]


def _one_unit(chosen: list[FigureView]) -> str:
    """The unit a chart's value labels count: its figures' one unit, where none is money."""
    units = {f.unit or "" for f in chosen}
    return units.pop() if len(units) == 1 and not any(f.currency for f in chosen) else ""


def _chart_data(
    cid: str,
    spec: ChartSpec,
    summary: EventSummary,
    figures: dict[str, FigureView],
    fmt: Formatter,
    units: frozenset[str] = frozenset(),
) -> ChartData:
    """The chart `cid` as its documents draw it; `units`, the units the document's charts write on
    their value labels (`units_on_labels`)."""
    pu = fmt.punct
    chosen = [figures[ref] for ref in spec.figures]
    # a scale its numbers print whole already leaves the title ('（万回）' over '1億2500万回', review CC)
    title = unit_scales.title_without_scale(spec.title, [float(f.value) for f in chosen])
    spec = spec.model_copy(update={"title": title})
    # its labels at one scale where each counts one or more of its word, else each at its own
    # ('$550 million' beside '$1.1 billion', never '$0.55 billion': data/chart_scale.py)
    fmt_drawn = chart_scale.one_scale(_drawn_values(spec, chosen), fmt)
    # a series keeps its common decimals ('51,0 s' beside '8,7 s'); an amount of money its own
    if not any(f.currency for f in chosen):
        fmt_drawn = chart_scale.common_places(_drawn_values(spec, chosen), fmt_drawn)
    drawn_views = (
        chosen if fmt_drawn is fmt else [_figure_view(f.ref, f.id, f._figure, fmt_drawn) for f in chosen]
    )
    series: tuple[ChartSeries, ...] = ()
    if CHART_KINDS[spec.kind.value].draws_breakdowns:
        keys = list(dict.fromkeys(k for f in chosen for k in f._figure.breakdown))
        series = tuple(
            ChartSeries(
                next(f._figure.breakdown[k].label for f in chosen if k in f._figure.breakdown),
                tuple(
                    float(f._figure.breakdown[k].value) if k in f._figure.breakdown else 0.0 for f in chosen
                ),
                tuple(  # a share keeps its '%' (data/given_shares.py)
                    given_shares.part_text(f._figure.breakdown[k], f._figure, fmt_drawn)
                    if k in f._figure.breakdown
                    else ""
                    for f in chosen
                ),
            )
            for k in keys
        )
    overlap = aside = ""
    if spec.breakdown:
        whole = drawn_views[0]
        bars = tuple(
            ChartBar(p.label, float(p.value), _part_text(p, whole, fmt, units), "exact") for p in whole.parts
        )
        # shares make 100 %, no total a reader needs (data/given_shares.py)
        total = "" if given_shares.whole_is_all(whole._figure) else whole.text_with_unit
        # a donut's shares add up, or its caption says why not; so any chart's whose parts
        # make more than their whole (never shares over 100 % unexplained, review SS1)
        rest, overlap, aside = donut_whole.rest_and_note(whole._figure, fmt)
        if spec.kind.value == "donut":
            bars += (rest,) if rest is not None else ()
        elif not donut_whole.over(whole._figure):
            overlap = aside = ""
    else:
        # a trend's categories read as their kind ('2026', not the key figure's '2026年入場人次'),
        # and its value labels alike: each with its unit where one prints it (review T)
        # (a key figure that names no year is the current edition's: the event's year, review CC)
        names = chart_order.as_their_kind(
            [f.label for f in chosen], [f.key or f.headline for f in chosen], summary.event.year
        )
        names = chart_order.without_shared_words(
            names, fmt.locale
        )  # 'Programmes', not 'Share of funds spent on…'
        united = any(unit_in_chart(f.unit, f.label_names_unit) or f.unit in units for f in chosen)
        # a unit the title names in its bracket is said once: its bars print their numbers bare
        united = united and not title_units.title_names_unit(spec.title, _one_unit(chosen), fmt.locale)
        bars = tuple(
            ChartBar(
                name,
                float(f.value),
                (f.text_with_unit if united and f.unit else f.text)
                # its other currency's amount as the document prints it: at its own scale
                + (f"{pu.open}{own.conversions_text}{pu.close}" if own.conversions_text else ""),
                f._figure.qualifier.bound,
            )
            for f, own, name in zip(drawn_views, chosen, names, strict=True)
        )
        total = ""
    currencies = {f.currency for f in chosen if f.currency}
    unit_note = (
        fmt.gettext("Amounts in %(currency)s", currency=fmt.currency_word(currencies.pop()))
        if len(currencies) == 1
        else ""
    )
    drawn = sum(1 for x in series for t in x.texts if t) if series else len(bars)
    form = chart_shape.shape(
        spec.kind.value,
        [b.label for b in bars],
        [b.value for b in bars],
        spec.log_scale,
        spec.order,
        drawn,
        chart_words.other_words(fmt.locale),
    )
    bars = tuple(bars[i] for i in form.order)
    if not spec.breakdown:  # a leader's gap of zero: '—' ('0 s' is no gap, review YY2 #7)
        bars = leader_gaps.with_leader_dash(bars, form.kept_order)
    series = tuple(
        replace(x, values=tuple(x.values[i] for i in form.order), texts=tuple(x.texts[i] for i in form.order))
        for x in series
    )
    ticks: tuple[tuple[float, str], ...] = ()
    if form.log_scale:
        # Powers of ten from the one at or below the least value: every tick a number above 0.
        ticks = tuple(
            (10.0**k, fmt.number(Decimal(10) ** k))
            for k in chart_shape.log_ticks([b.value for b in bars], form.kind)
        )
    typo = fmt.typographic
    bars = tuple(replace(b, label=typo(b.label), text=typo(b.text)) for b in bars)
    series = tuple(replace(x, label=typo(x.label), texts=tuple(typo(t) for t in x.texts)) for x in series)
    if not form.log_scale:  # a year the series leaves out: an empty slot, its parts too
        cancelled = fmt.gettext(chart_words.CANCELLED)  # a year the file says was cancelled
        bars = chart_gaps.with_gaps(bars, form.kept_order, spec.cancelled, cancelled)
        series = chart_gaps.spread(series, bars)
    drawn_texts = [b.text or b.status for b in bars]
    if form.kind == "bar" and len(bars) > chart_shape.MAX_COLUMNS and not chart_shape.values_fit(drawn_texts):
        form = replace(form, kind="hbar")  # more columns than six whose labels do not fit: across
    data = ChartData(
        cid,
        typo(spec.title),
        form.kind,
        bars,
        form.log_scale,
        typo(sentences.headline(_with_sentence(_caption(spec, chosen, form.too_few, fmt), overlap, fmt))),
        typo(unit_note),
        typo(total),
        () if form.too_few else tuple(spec.documents),
        tuple(spec.figures),
        ticks,
        series,
        full_width=form.full_width,
        long_words=form.long_words,
        too_few=form.too_few,
        kept_order=form.kept_order,
        out_of_order=form.out_of_order,
        scale_note=fmt.gettext(chart_words.LOG_SCALE),
        pair=fmt.punct.pair,
        locale=fmt.locale,
        unit=_one_unit(chosen),
    )
    # a figure whose bar prints its amount takes its note to the chart, under the caption: a bullet
    # kept for its note alone printed the amount again, a third time where the caption states it
    # its note after the colon in a small letter where the language writes one (review YY1 #6)
    proper = sentences.proper_words(_event_texts(summary))
    notes = tuple(typo(f"{f.label}{pu.pair}{pu.note_after_pair(f.note, proper)}") for f in chosen if f.note)
    notes = notes if _labelled_bars((data,)) else ()
    # a bar's label is its number with its qualifier; the time it was counted at is the chart's
    # note, once (review Z: '1億2800万回以上、2026年6月15日12:00時点' on a dot plot's point)
    dated = (
        ()
        if spec.breakdown
        else tuple(typo(f"{f.label}{pu.pair}{f.as_of_text}") for f in chosen if f.as_of_text)
    )
    notes = (*dated, *notes)
    aside = aside or _rounded(spec, chosen, fmt)  # a donut's rounding, or its shares'
    data = replace(data, notes=(*notes, typo(aside)) if aside else notes, deck_note=typo(aside))
    found, times = _found(spec, chosen, form, figures, fmt)
    data = replace(data, found=typo(found), found_times=times)
    if not spec.breakdown and len(spec.figures) == len(form.order):  # a bar for each figure
        refs = iter(spec.figures[i] for i in form.order)  # a year's empty slot has no figure
        data = replace(data, bar_refs=tuple("" if b.missing else next(refs) for b in data.bars))
    across = _alt_text(replace(data, kind="hbar"), fmt, dated) if data.kind == "bar" else ""
    data = replace(data, alt=_alt_text(data, fmt, dated), alt_across=across)
    # every value 'about': said once under the chart, not on each label (review LL: '約' ×8)
    drawn = [p._figure for p in chosen[0].parts] if spec.breakdown else [f._figure for f in chosen]
    data = shared_qualifier.said_once(
        data, [Qualifier(f.qualifier) for f in drawn], fmt, bool(spec.breakdown)
    )
    # amounts of one currency at one scale: '(millioner kroner)' once in the title (review YY1 #9)
    one_currency = not spec.breakdown and len({f.currency for f in chosen}) == 1 and chosen[0].currency
    return scale_titles.said_in_title(data, fmt) if one_currency else data


def _drawn_values(spec: ChartSpec, chosen: list[FigureView]) -> list[float | int | Decimal]:
    """The numbers a chart's labels print at one scale: a breakdown's parts, a stacked or grouped
    chart's parts, else its figures where they count one thing; none on a logarithmic axis."""
    if spec.log_scale:  # a logarithmic axis spans scales: each label its own
        return []
    if spec.breakdown and chosen:
        return [p.value for p in chosen[0].parts]
    if CHART_KINDS[spec.kind.value].draws_breakdowns:
        return [p.value for f in chosen for p in f._figure.breakdown.values()]
    if len({(f.unit, f.currency) for f in chosen}) > 1:  # numbers of several kinds: no one scale
        return []
    return [f._figure.value for f in chosen]


def _with_subject(said: str, label: str, fmt: Formatter) -> str:
    """A change the plan computed ('Ponad sześć razy więcej niż w 2022 roku', '2025년 대비 15.8%
    감소') with the subject it is the change of: its last figure's label, where that names more
    than its year ('Kwota zebrana w 2026 roku: ponad sześć razy …', '2026년 누적 관객: 2025년 대비 …'),
    after the language's colon, the pattern's first word in a small letter (no name opens one). It
    titles a slide and captions a chart in the place of the author's caption: more of what?
    (review UU3 #6). A label that is a year alone ('2026', '2026년') names nothing: as it is."""
    if len(_NOT_A_YEAR.sub("", label)) < 2:
        return said
    return f"{label}{fmt.punct.pair}{said[:1].lower()}{said[1:]}"


#: What a label that is only a year ('2026', '2026년', 'FY 2026') has beside its digits: spacing,
#: marks and one letter at most (年, 년, 'r.').
_NOT_A_YEAR = re.compile(r"[\d\W_]+")


def _found(
    spec: ChartSpec,
    chosen: list[FigureView],
    form: chart_shape.Shape,
    figures: dict[str, FigureView],
    fmt: Formatter,
) -> tuple[str, int]:
    """The finding a chart's own data states (data/chart_findings.py), or '': none for a chart too
    small to draw, a stacked or grouped one; for one drawing a key figure or the same fact as one
    (the tiles, the band and the bar print it already: its amounts would be a third printing),
    only the change of its years in percent (`chart_findings.change_since`); with the multiple
    it states of a rise (data/multiples.py), else 0."""
    if form.too_few or CHART_KINDS[spec.kind.value].draws_breakdowns:
        return "", 0
    shown = {facts.fact(f) for f in figures.values() if f.key or f.headline}
    drawn_shown = not spec.breakdown and any(facts.fact(f) in shown for f in chosen)
    if spec.breakdown:  # a donut's parts: the largest one's share (the whole is not printed)
        parts = chosen[0].parts
        points = [chart_findings.Point(p.label, p.value, "exact", _share_text(p, chosen[0])) for p in parts]
        points = [points[i] for i in form.order if i < len(points)]  # not the rest's slice
    else:
        # the amount without its unit ('212 and 187 delegates'), where all count one thing and the
        # unit is a word ('45' is no percentage)
        alike = len({(f.unit, f.currency) for f in chosen}) == 1
        points = [
            chart_findings.Point(
                f.label,
                float(f.value),
                f._figure.qualifier.bound,
                f.text_with_unit,
                f.text if alike and (f.unit or "").strip() not in ("%", "％") else "",
            )
            for f in chosen
        ]
        points = [points[i] for i in form.order]
        if drawn_shown:  # its change since the first year, the amounts left to the tiles and bars;
            # else, a series that turns, its last year's on the one before (review QQ1: a fall)
            # a share a key figure prints already, as it prints it ('15.8%', not 'about 15.8%')
            step = printed_change.as_printed(chart_findings.step_percent(fmt.percent), figures.values())
            whole = printed_change.as_printed(fmt.percent, figures.values())
            order = form.kept_order
            since = chart_findings.change_since(points, order, fmt.locale, whole, _more_than(fmt))
            said = since or chart_findings.step_change(points, form.kept_order, fmt.locale, step)[1]
            if not said:
                return "", 0
            first = points[0] if since else points[-2]
            last = [chosen[i] for i in form.order][-1]
            times = multiples.multiple(first.value, points[-1].value, points[-1].bound == "above")[0]
            return _with_subject(said, last.label, fmt), times
    words = chart_words.other_words(fmt.locale)
    return chart_findings.finding(points, form.kept_order, fmt.locale, words), 0


def _more_than(fmt: Formatter) -> Callable[[float], str]:
    """A share printed as at least it, in whole percent: 'more than 539%' of 5.3947."""
    return lambda share: fmt.qualified(
        Qualifier.more_than, fmt.percent(Decimal(math.floor(share * 100)) / 100)
    )


def _share_text(part: PartView, whole: FigureView) -> str:
    """A part's share: the share its amount is of the whole, or where the parts are shares
    already (data/given_shares.py), the part's own amount in percent ('34 %'), never a share of
    a share."""
    return part.text if given_shares.given(whole._figure) else part.share_text


def _rounded(spec: ChartSpec, chosen: list[FigureView], fmt: Formatter) -> str:
    """The note a breakdown's chart takes where its shares of exact counts print rounded to whole
    percent and so make another sum (Formatter.shares): said once, not "about" on each; '' else."""
    whole = chosen[0]._figure if spec.breakdown and chosen else None
    if whole is None or not whole.value or given_shares.given(whole):
        return ""
    if share_base.approximate(whole):
        return ""  # each share says 'about' already: its amount is approximate
    shares = [_share(p.value, share_base.base(whole)) for p in whole.breakdown.values()]
    return fmt.gettext(chart_words.ROUNDED_SHARES) if shares_rounded(shares) else ""


def _part_text(part: PartView, whole: FigureView, fmt: Formatter, units: frozenset[str] = frozenset()) -> str:
    """A part's label on its chart: its amount and its share ('610 (34 %)'), or a share alone; its
    amount with its unit where the document's charts write that unit on their numbers (`units`:
    '15.2萬人次（39%）' as the trend's '46.8萬人次')."""
    if given_shares.given(whole._figure):
        return part.text
    unit = part._figure.unit or whole.unit or ""
    amount = fmt.with_unit(part.text, unit) if unit in units and not part._figure.currency else part.text
    return f"{amount}{fmt.punct.open}{part.share_text}{fmt.punct.close}"


def _with_sentence(caption: str, sentence: str, fmt: Formatter) -> str:
    """A caption with a sentence after it ('… The parts overlap: …'), its own stop kept or added."""
    if not sentence:
        return caption
    if not caption:
        return sentence
    stopped = caption if caption.rstrip()[-1:] in ".!?。！？" else caption.rstrip() + fmt.punct.stop
    return f"{stopped}{fmt.punct.space}{sentence}"


def _states_a_number(text: str) -> bool:
    """True when a caption or summary names a number ('17 of the 25', '五大板块'): a finding,
    where a text without one only describes ('Domestic and international exhibitors.'); a
    fraction or a ratio in words is one ('to ud af tre boder', 'more than half', data/ratio_words.py:
    review SS1 #3)."""
    return any(ch.isnumeric() for ch in text) or ratio_words.names_ratio(text)


def _caption(spec: ChartSpec, chosen: list[FigureView], too_few: bool, fmt: Formatter) -> str:
    """The chart's caption; for a chart too small to draw, whose caption only describes it, the
    sentence of its values instead: its whole's parts and their shares, as an editor writes them
    ('Registrerade deltagare, varav 860 på plats i Umeå (cirka 40 %) och 1 280 online (cirka
    60 %).'; its whole's amount is the tiles' and the bullets'), so the sentence printed in its
    place says what it would show; of two figures of their own (printed where they belong, as
    tiles or bullets), no sentence."""
    caption = spec.caption or spec.title
    if not too_few or _states_a_number(caption):
        return caption
    if not spec.breakdown or not chosen[0].parts:  # its two figures are printed where they belong
        return ""
    whole = chosen[0]
    texts = [p.text for p in whole.parts]
    if sentences.language(fmt.locale) in ("ja", "zh", "ko"):  # a number leads its counter: '会場が860人'
        units = [p._figure.unit or whole.unit for p in whole.parts]
        texts = [
            fmt.with_unit(t, u) if u and not p._figure.currency else t
            for t, u, p in zip(texts, units, whole.parts, strict=True)
        ]
    said = whole.parts_with_shares(not given_shares.given(whole._figure), texts)
    said = said[:1].upper() + said[1:]
    return said if said.rstrip()[-1:] in ".!?。！？" else said + fmt.punct.stop


def alt_text(data: ChartData) -> str:
    """A sentence naming every value, for readers who cannot see the picture: the one `derive`
    wrote in the event's language, or (for chart data made elsewhere) one in English."""
    return data.alt or _alt_text(data, Formatter())


def _alt_text(data: ChartData, fmt: Formatter, dated: tuple[str, ...] = ()) -> str:
    """'Bar chart: <title>. <label>: <value>; ….', in the event's language and punctuation; then
    `dated`, the times its figures were counted at ('Total views: as of …'), each a sentence."""
    kind = fmt.gettext(DOT_PLOT if data.log_scale else CHART_KINDS[data.kind].words)
    if data.log_scale:
        kind = fmt.gettext("%(kind)s on a logarithmic scale", kind=kind)
    p = fmt.punct
    head = f"{kind}{p.pair}{data.title}"
    if data.total_text:
        head += f"{p.open}{data.total_text}{p.close}"
    if data.series:
        values = p.semicolon.join(
            f"{bar.label}{p.pair}{bar.status or fmt.gettext(chart_words.NO_FIGURE)}"
            if bar.missing
            else f"{bar.label}{p.open}{bar.text}{p.close}{p.pair}"
            + p.list.join(f"{s.label} {s.texts[i]}" for s in data.series if s.texts[i])
            for i, bar in enumerate(data.bars)
        )
    else:
        none = fmt.gettext(chart_words.NO_FIGURE)  # a year the series leaves out (data/chart_gaps.py)
        values = p.semicolon.join(
            f"{bar.label}{p.pair}{(bar.status or none) if bar.missing else bar.text}" for bar in data.bars
        )
    space = " " if p.stop == "." else ""
    tail = f"{space}{data.unit_note}{p.stop}" if data.unit_note else ""
    tail += "".join(f"{space}{note}{p.stop}" for note in dated)
    return f"{head}{p.stop}{space}{values}{p.stop}{tail}"
