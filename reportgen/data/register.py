"""The register our own sentences take in Japanese and Korean: the one the event's own text uses.

Japanese and Korean end a sentence in a polite form (です・ます, 습니다) or a plain one (だ・である,
した; 다). A document mixes them only by mistake: our closing sentence in the plain form ('…で閉幕
した。', '…에서 폐막했다.') read as a slip before a user's polite summary (review 4b). Our words are
written polite in the catalogues, as a document sent to readers is; where the event's own narrative
text (its summaries, roles, figure sentences, notes and captions; never a quotation, which is
someone's speech) ends more of its sentences in the plain form, our sentences follow it
(`in_register`). Only the endings our catalogues write are changed: an allow-list, so a user's
word is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportgen.data.model import EventSummary

#: Our polite sentence endings and their plain forms, per language (the catalogues' closing
#: sentences: '…で閉幕しました。', '…에서 폐막했습니다.').
PLAIN = {
    "ja": (("しました。", "した。"),),
    "ko": (("했습니다.", "했다."),),
}
_POLITE_END = {
    "ja": re.compile(r"(?:です|ます|ました|でした|ません|ましょう)[。！？!?.]?$"),
    "ko": re.compile(r"(?:니다|니까|세요|어요|아요|해요|예요|이에요|지요|죠)[.!?。]?$"),
}
_PLAIN_END = {
    "ja": re.compile(r"(?:た|だ|る|ない|である|だった)[。！？!?.]?$"),
    "ko": re.compile(r"(?<!니)다[.!?。]?$"),
}
_SENTENCE = re.compile(r"(?<=[。！？])|(?<=[.!?])\s+")


def language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def polite(texts: Iterable[str], locale: str) -> bool:
    """Whether our sentences take the polite register: unless the texts end more of their
    sentences in the plain form than in the polite one (a document to readers is polite)."""
    lang = language(locale)
    if lang not in PLAIN:
        return True
    counts = [0, 0]  # polite, plain
    for text in texts:
        for sentence in _SENTENCE.split(text.strip()):
            sentence = sentence.strip()
            if _POLITE_END[lang].search(sentence):
                counts[0] += 1
            elif _PLAIN_END[lang].search(sentence):
                counts[1] += 1
    return counts[1] <= counts[0]


def narrative(summary: EventSummary) -> list[str]:
    """The event's own narrative text, in which its author's register shows: not its quotations."""
    texts = [summary.event.summary or ""]
    for section in summary.sections.values():
        texts.append(section.summary or "")
        texts += [p.role or "" for p in section.people]
        texts += [launch.summary or "" for launch in section.launches]
        texts += [f.note or "" for f in section.figures.values()]
        texts += [str(f.sentence or "").replace("{value}", "") for f in section.figures.values()]
    texts += [chart.caption or "" for chart in summary.charts.values()]
    return [str(t) for t in texts if t]


def agrees(text: str, locale: str, is_polite: bool) -> bool:
    """Whether `text` (someone's words set as our own sentence) ends no sentence in the other
    register: a quote ending '…기록했다.' set among a polite document's '…했습니다.' reads as a slip
    (review 4b). True in every language without registers."""
    lang = language(locale)
    if lang not in PLAIN:
        return True
    other = _PLAIN_END[lang] if is_polite else _POLITE_END[lang]
    mine = _POLITE_END[lang] if is_polite else _PLAIN_END[lang]
    ends = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    return not any(other.search(s) and not mine.search(s) for s in ends)


def in_register(text: str, locale: str, is_polite: bool) -> str:
    """`text` (one of our messages) with its polite endings in the plain form where `is_polite` is
    False; as it is otherwise, and in every other language."""
    if is_polite:
        return text
    for written, plain in PLAIN.get(language(locale), ()):
        text = text.replace(written, plain)
    return text
