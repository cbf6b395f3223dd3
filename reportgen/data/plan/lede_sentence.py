"""The news figure said as a sentence with its verb, for the briefing's lede where the figure's own
words cannot open it (reviews YY4 #4, XX5 #6, YY2 #4): the lede had been its band's line, 'Label:
value, a record.' ('Odwiedzający: ponad 64 000 odwiedzających, rekord.', 'Kwota zebrana w 2026
roku: ponad 2,43 mln zł, najwięcej w latach 2022–2026.'), a caption with the noun said twice and no
verb. The figure's sentence as its section prints it alone says it ('Kwota zebrana w 2026 roku
wyniosła ponad 2,43 mln zł', 'On a compté plus de 2’850 participants'), else the language's words
for 'there were' before the unit as the noun ('Es gab rund 38’000 Zuschauende'); the catalogue
then adds the record or the band's note ('…, najwięcej w latach 2022–2026.'). Its 'as of' time and
note stay with its section. '' where the language makes no such sentence of it (a sum whose label
is no sure subject): the caller keeps the band's line.

Chinese, Japanese and Korean are not read here: their catalogue's line is a sentence already
('…達…，創歷史新高。', '…は…と、過去最高を記録しました。')."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data import messages, sentences
from reportgen.data.plan.views import FigureView
from reportgen.data.punctuation import punctuation
from reportgen.data.superlatives import claims_record
from reportgen.data.zh_reached import unreached

#: The figure's sentence, then the words for a record, in each language's order.
RECORD_SENTENCE = messages.NC_("record lede after its sentence", "%(sentence)s, a record.")
#: The figure's sentence, then the band's line under it (a trend's record or change).
NOTED_SENTENCE = messages.NC_("noted lede after its sentence", "%(sentence)s, %(note)s.")

#: A sum's sentence with a verb that agrees with no noun, where the language has one; the others
#: write 'Label: value' here, and the lede stays the band's line.
SUM_SENTENCE = messages.NC_("sum lede: a verb that agrees with no noun", "%(label)s reached %(amount)s")

_WIDE = ("zh", "ja", "ko")


def said(figure: FigureView, locale: str, polite: bool = True) -> str:
    """`figure` as a clause with its verb and no stop ('Było ponad 64 000 odwiedzających'), or ''
    where the language's words make none (the sentence would be 'Label: value')."""
    if sentences.language(locale) in _WIDE:
        return ""
    bare = replace(figure, note=None, as_of_text="", own_sentence=None)
    punct = punctuation(locale)
    made = sentences.figure(bare, locale, polite=polite, alone=True)
    text = made.text.strip()
    if made.lead.rstrip().endswith(punct.pair.strip()) or not text.endswith(punct.stop.strip()):
        # 'Label: value', or a phrase with no verb: the unit as the noun, or a sum's verb
        return sentences.there_were(bare, locale).strip() or _summed(figure, locale)
    return text[: -len(punct.stop.strip())].rstrip()


def _summed(figure: FigureView, locale: str) -> str:
    """A sum whose label is no sure subject, with the catalogue's verb that agrees with no noun
    ('Investment commitments … reached more than KSh2.4 billion', 'Chegou-se a quase 14,6 bilhões
    de reais em intenções de negócios em 2026'); '' for any other figure, or where the language's
    verb would have to agree with the label (its catalogue keeps 'Label: value')."""
    if not figure.currency or not figure.label.strip():
        return ""
    pattern = messages.pgettext(locale, SUM_SENTENCE)
    if pattern == SUM_SENTENCE[1] and messages.catalogue_name(locale) != "en":
        return ""
    label = figure.label.strip()
    if not pattern.startswith("%(label)s") and label[1:2].islower():
        label = label[:1].lower() + label[1:]  # within the sentence: 'em intenções de negócios'
    text = messages.interpolate(pattern, {"label": label, "amount": figure.text_with_unit.strip()})
    return "" if punctuation(locale).pair.strip() in text else text


def sentence_lede(figure: FigureView, note: str, locale: str, polite: bool = True) -> str:
    """The lede for a news `figure` from its sentence (`said`) and `note`, the band's line under it
    ('' for a record, which the catalogue's words say): '' where `said` makes none, or where the
    edition's catalogue lacks the words for a record."""
    clause = said(figure, locale, polite)
    if not clause:
        return ""
    if note:
        pattern = messages.pgettext(locale, NOTED_SENTENCE)
        values = {"sentence": clause, "note": note[:1].lower() + note[1:]}
    else:
        pattern = messages.pgettext(locale, RECORD_SENTENCE)
        if pattern == RECORD_SENTENCE[1] and messages.catalogue_name(locale) != "en":
            return ""
        if any(claims_record(w) for w in (clause,)):
            return clause + punctuation(locale).stop  # 'Record attendance was …': said once
        values = {"sentence": clause}
    return messages.interpolate(unreached(pattern, locale, figure.qualifier), values)
