"""A figure of the event file as the plan hands it on: its texts formatted once (amount, qualifier,
unit, conversions) and its parts' shares."""

from __future__ import annotations

from decimal import Decimal, localcontext

from reportgen.data import given_shares, messages, share_base
from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure, Qualifier
from reportgen.data.phrases import PERCENT_SIGNS
from reportgen.data.plan.unit_names import _names_unit
from reportgen.data.plan.views import FigureView, PartView
from reportgen.data.superlatives import claims_record, label_without_claim, record_of_another
from reportgen.data.views import quote_view

#: The line a tile and the band print under a figure its quote or sentence calls a record: of a
#: count ('過去最多', '역대 최다') or of an amount of money ('過去最高', '역대 최고').
RECORD = messages.NC_("count", "A record")
RECORD_AMOUNT = messages.NC_("amount", "A record")


def plain_number(value: int | Decimal) -> int | float:
    """A value as templates get it: an int when whole, else a float they can do sums with.

    The exact value stays in the model; every text the documents print is formatted from that.
    """
    return value if isinstance(value, int) else float(value)


def _figure_view(ref: str, fid: str, fig: Figure, fmt: Formatter, others: tuple[str, ...] = ()) -> FigureView:
    """The view of one figure; `others`: the event's other figures' labels, whose record a clause
    of its quote may claim (superlatives.record_of_another)."""
    if (counter := _counter_only(fig.label, fig.unit, fmt.locale)) is not None:
        fig = fig.model_copy(update={"unit": counter})
    # a key figure's label that ends claiming its record says it by its badge alone (review RR2)
    shown = fig.key or fig.headline or fig.deck == "tile"
    head = label_without_claim(fig.label) if shown else None
    claimed = head is not None
    elsewhere = bool(fig.quote) and record_of_another(fig.quote.text, fig.label, others)  # type: ignore[union-attr]
    if head is not None:
        fig = fig.model_copy(update={"label": head})
    # the parts' shares at one precision (Formatter.shares): never '18.75%' beside 'about 28%';
    # of their sum where the whole's qualifier describes it (data/share_base.py)
    of = share_base.parts_sum(fig) if share_base.of_sum(fig) else fig.value
    shares = (
        fmt.shares(
            [_share(p.value, of) for p in fig.breakdown.values()],
            approximate=share_base.approximate(fig),
        )
        if fig.value
        else [""] * len(fig.breakdown)
    )
    parts = tuple(
        PartView(
            pid,
            part.label,
            part.value,
            given_shares.part_text(part, fig, fmt),  # '34 %' of shares, never '34'
            float(_share(part.value, of)) if fig.value else 0.0,
            share,
            part,
        )
        for (pid, part), share in zip(fig.breakdown.items(), shares, strict=True)
    )
    return FigureView(
        id=fid,
        ref=ref,
        label=fig.label,
        value=plain_number(fig.value),
        unit=fig.unit,
        currency=fig.currency,
        qualifier=fig.qualifier.value,
        as_of=fig.as_of,
        note=fig.note,
        quote=quote_view(fig.quote),
        key=fig.key or fig.headline,
        headline=fig.headline,
        deck=fig.deck,
        own_sentence=fig.sentence,
        text=fmt.figure(fig),
        text_with_unit=fmt.figure(fig, unit=True),
        as_of_text=fmt.as_of(fig),
        parts=parts,
        _figure=fig,
        _punct=fmt.punct,
        _percent_gap=fmt.words.percent_gap,
        _spaced_after_scale=fmt.words.spaced_after_scale,
        _unit_link=fmt.unit_link(fmt.amount(fig), fig.unit or ""),
        conversions_text=fmt.conversions(fig),
        _unqualified=_unqualified(fig, fmt),
        _locale=fmt.locale,
        record_note=_record_note(fig, fmt, claimed, elsewhere),
        _record_elsewhere=elsewhere,
        # Split as templates print it: qualifier_text, amount_text, unit_text in that order. A
        # qualifier the language puts after the number ('3,400社以上') ends the last of them.
        **_split_qualifier(fig, fmt),
    )


def _record_note(fig: Figure, fmt: Formatter, claimed: bool = False, elsewhere: bool = False) -> str:
    """'A record' in the event's language where the figure's quote or sentence says its number is
    one ('the most in the race's history', '创历届新高'), or its label did (`claimed`: the clause
    taken from it), and the file gives no note of its own; '' in a language whose catalogue lacks
    the words (an English word in a Turkish tile is worse than none)."""
    said = (fig.quote.text if fig.quote and not elsewhere else "", fig.sentence or "")
    if claims_record(fig.label):  # 'Record attendance' says it: a badge would say it twice
        return ""
    if fig.note or not (claimed or any(claims_record(text) for text in said)):
        return ""
    entry = RECORD_AMOUNT if fig.currency else RECORD
    word = messages.pgettext(fmt.locale, entry)
    return word if word != entry[1] or messages.catalogue_name(fmt.locale) == "en" else ""


def _counter_only(label: str, unit: str | None, locale: str) -> str | None:
    """A Korean unit of a counter and a noun the label ends with ('개 지역' under '참가 지역'):
    the counter alone, as Korean counts it ('참가 지역은 11개였습니다', not '11개 지역이었습니다':
    review U); None for any other unit, whose words print as they are."""
    words = (unit or "").split()
    if not locale.startswith("ko") or len(words) < 2:
        return None
    noun = " ".join(words[1:])
    return words[0] if label.rstrip().endswith(noun) else None


def _unqualified(fig: Figure, fmt: Formatter) -> str:
    """The figure's amount with its unit, without its qualifier; '' for an exact figure."""
    if fig.qualifier == Qualifier.exactly:
        return ""
    return fmt.figure(fig.model_copy(update={"qualifier": Qualifier.exactly}), unit=True)


def _split_qualifier(fig: Figure, fmt: Formatter) -> dict[str, str]:
    amount = fmt.amount(fig)
    if fmt.words.percent_first and (fig.unit or "").strip() in PERCENT_SIGNS:
        amount = fmt.with_unit(amount, (fig.unit or "").strip())  # Turkish '%41': the sign leads
    before, after = fmt.qualifier_around(fig.qualifier, amount)
    if not after:
        return {"qualifier_text": fmt.qualifier(fig.qualifier), "amount_text": amount}
    if fmt.qualifies_number(fig.qualifier):  # Turkish: '9.000’den fazla' / 'katılımcı'
        return {"qualifier_text": before.strip(), "amount_text": amount + after}
    if fig.unit and not fig.currency and not _names_unit(fig.label, fig.unit, fmt.locale):
        return {"qualifier_text": before.strip(), "amount_text": amount, "_qualifier_after": after}
    return {"qualifier_text": before.strip(), "amount_text": amount + after}


def _share(part: int | Decimal, whole: int | Decimal) -> Decimal:
    """part / whole in decimals, exact when it ends within 100 digits (a float's 1/10 is not 0.1,
    and the default 28 digits would round the share of 31-digit values into a short, false one)."""
    with localcontext(prec=100):
        return Decimal(part) / Decimal(whole)
