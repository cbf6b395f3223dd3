"""The briefing's first sentence for a record whose own words cannot open it (review UU4 F): the
organiser's quote in the first person ('…9.000'den fazla katılımcıyı ağırlayarak … ulaştık.') is
their words, credited in its section, not the office's, and a figure without a sentence of its
own left the lede to the closing date alone ('İOGK 2026, 16 Ekim 2026 tarihinde sona erdi.'),
the record waiting in the band. The catalogue's sentence says it in the edition's language, its
label and amount as the band prints them: 'Katılımcı: 9.000'den fazla katılımcı, bir rekor.',
'2026년 누적 관객 6만 8400명, 역대 최고 기록입니다.'. None where the catalogue lacks the words (an
English sentence in another language's briefing is worse than the closing date)."""

from __future__ import annotations

from reportgen.data import messages
from reportgen.data.plan.lede_sentence import sentence_lede
from reportgen.data.plan.views import FigureView
from reportgen.data.superlatives import claims_record, label_without_claim
from reportgen.data.zh_reached import unreached

#: A record's sentence: its label, its amount with its qualifier and unit, and the words for a
#: record, in each language's own order.
RECORD_LEDE = messages.NC_("record lede", "%(label)s: %(amount)s, a record.")


def record_lede(figure: FigureView, locale: str) -> str:
    """The catalogue's sentence for `figure` where its quote or its sentence claims a record; ''
    for any other figure, or where the edition's catalogue lacks the sentence."""
    quoted = figure.quote.text if figure.quote and not figure._record_elsewhere else ""
    said = (quoted, figure.own_sentence or "", figure.label)
    if not any(claims_record(text) for text in said):
        return ""
    told = sentence_lede(figure, "", locale)  # with its verb: 'Było ponad 64 000 odwiedzających…'
    if told:
        return told
    pattern = messages.pgettext(locale, RECORD_LEDE)
    if pattern == RECORD_LEDE[1] and messages.catalogue_name(locale) != "en":
        return ""
    label = figure.label if not claims_record(figure.label) else label_without_claim(figure.label)
    if not label:
        return ""  # 'Record attendance: …, a record.' would say it twice
    values = {"label": label.strip(), "amount": figure.text_with_unit.strip()}
    # no 達 before a qualified amount: '總成交額約港幣32億元' (data/zh_reached.py, review YY1 #1)
    return messages.interpolate(unreached(pattern, locale, figure.qualifier), values)


#: A news figure's sentence from its band's words: its label, its amount, and the line the band
#: prints under it (a trend's record or change: 'Highest of 2022–2026'), in each language's order.
NOTED_LEDE = messages.NC_("noted lede", "%(label)s: %(amount)s, %(note)s.")


def noted_lede(figure: FigureView, locale: str) -> str:
    """The catalogue's sentence for a news `figure` whose own words cannot open the briefing (a
    quote that says 'by Monday morning', review VV3 #5: the lede then lost its number) where the
    band prints a trend's record or change under it: 'Kwota zebrana w 2026 roku: ponad 2,43 mln
    zł, najwięcej w latach 2022–2026.'; '' without such a line."""
    note = (figure.record_note or figure.trend_note).strip() if not figure.note else ""
    if not note:
        return ""
    told = sentence_lede(figure, note, locale)  # 'Kwota zebrana w 2026 roku wyniosła ponad …, …'
    if told:
        return told
    pattern = messages.pgettext(locale, NOTED_LEDE)  # no word of its own: any language's as written
    label = figure.label if not claims_record(figure.label) else label_without_claim(figure.label)
    if not label:
        return ""
    values = {
        "label": label.strip(),
        "amount": figure.text_with_unit.strip(),
        "note": note[:1].lower() + note[1:],
    }
    return messages.interpolate(unreached(pattern, locale, figure.qualifier), values)
