"""A slide's body that is one sentence or one quote: what a reader sees as a leftover, set alone on
a slide of its own (review AA: the film market's fund sentence after its chart, the showcase's key
quote under its section's name again, 'Investment and deals' after its tiles). The document check
reads the body's paragraphs (office/quality.py); this says what they are."""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The marks a quotation opens with, and those it closes with, in the languages the plan writes.
_OPENING = "«“„‚‘「『\"'"
_CLOSING = "»”“’‘」』\"'"
#: What a quotation's credit starts with after it ('— Priya Raman', '——ネクストプレイ実行委員会').
_CREDIT = re.compile(r"^[\s\u00a0\u2060]*[—–―-]")
#: What separates a list's items ('FrieslandCampina, Royal A-ware', '、', '，', ';'); a line of at
#: least LIST_SEPARATORS of them and no stop is a list of three items or more.
_SEPARATOR = re.compile(r"[,;](?=\s)|[、，；]")  # not a number's comma ('2,600')
LIST_SEPARATORS = 2
#: A sentence's end: a stop before a space, a closing mark or the text's end; in Chinese and
#: Japanese, a full-width stop.
_END = re.compile(r"[.!?](?=[\s\u00a0»”’\"')]|$)|[。！？]")


def lone_text(paragraphs: Sequence[str]) -> str:
    """'quote' where `paragraphs` are one quotation (and its credit), 'list' where they are one
    line of names or items without a stop ('Rabobank Noord-Nederland, FrieslandCampina, Royal
    A-ware, Agrifirm, Lely en Provincie Fryslân'), 'sentence' where they are one sentence (or one
    other line without a stop), else ''."""
    texts = [p.strip() for p in paragraphs if p.strip()]
    if not texts:
        return ""
    if len(texts) > 2 or (len(texts) == 2 and not _CREDIT.match(texts[1])):
        return ""  # more than a quotation and its credit on a line of its own
    text = " ".join(texts)
    if text[0] in _OPENING:
        close = max(text.rfind(c) for c in _CLOSING)
        credit = text[close + 1 :]
        if close > 0 and (not credit.strip() or _credit(credit)):
            return "quote"
    if len(texts) > 1:
        return ""
    ends = _END.findall(text.rstrip())
    if not ends and len(_SEPARATOR.findall(text)) >= LIST_SEPARATORS:
        return "list"
    return "sentence" if len(ends) <= 1 else ""


def opens_quotation(text: str) -> bool:
    """Whether a paragraph opens with a quotation mark (spaces and joiners aside): a quotation."""
    return text.lstrip(" \u00a0\u2060\t")[:1] in _OPENING and bool(text.strip())


def _credit(text: str) -> bool:
    """Whether `text`, after a quotation's closing mark, is its credit alone ('— Dr. Ananya Iyer,
    Kaveri Semiconductors'): a dash, then a name and a title, no sentence of their own."""
    said = text.rstrip()
    return bool(_CREDIT.match(said)) and len(said) <= CREDIT_CHARS and not re.search(r"[。！？]|[.!?]$", said)


#: A credit is at most this long ('— Department of Electronics, IT and Biotechnology, Government of
#: Karnataka' is 75).
CREDIT_CHARS = 120
