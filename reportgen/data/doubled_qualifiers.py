"""A figure's sentence that writes its qualifier's word in another sense: "Oltre ai visitatori
italiani sono arrivati {value} da 71 paesi." with `qualifier: more than` prints "Oltre ai
visitatori italiani sono arrivati oltre 6200 buyer …", the word twice in one sentence (review UU4
C), as `{value}` prints the amount with its qualifier ('oltre 6200').

The word just before `{value}` is no such case: the sentence then says the qualifier itself and
the value is printed without it (data/sentences.py), or `validate` names the other qualifier it
says (data/wording.py). Here `validate` hints, in every edition's language, where the word
reportgen prints for the figure's qualifier (data/phrases.py: 'oltre', 'more than', 'ponad',
'fazla') stands elsewhere in its sentence as a word of its own. Chinese and Japanese are not read:
a character of a qualifier ('近', '約') is part of many other words.
"""

from __future__ import annotations

import re

from reportgen.data.model import EventSummary, Qualifier
from reportgen.data.phrases import is_cjk, phrases
from reportgen.data.prepare import editions
from reportgen.data.project import Project

_VALUE = "{value}"


def doubled_qualifier_warnings(summary: EventSummary, project: Project | None = None) -> list[str]:
    """One hint per figure sentence and language that writes its qualifier's word away from
    `{value}`, naming the field, the word and what `{value}` prints."""
    said: dict[str, None] = {}
    for edition, _ in editions(summary, project):
        locale = edition.formatting.locale
        for sid, section in edition.sections.items():
            for fid, figure in section.figures.items():
                sentence = str(figure.sentence or "")
                if _VALUE not in sentence or figure.qualifier == Qualifier.exactly:
                    continue
                word = _elsewhere(sentence, figure.qualifier, locale)
                if not word:
                    continue
                printed = phrases(locale).qualifiers[figure.qualifier].replace("{}", str(figure.value))
                said[
                    f"sections.{sid}.figures.{fid}.sentence ({locale}): the sentence writes '{word}', "
                    f"and {{value}} prints it again as its qualifier ('{printed}'): the word reads twice "
                    "in one sentence; word the sentence without it"
                ] = None
    return list(said)


def _elsewhere(sentence: str, qualifier: Qualifier, locale: str) -> str:
    """The word reportgen prints for `qualifier` (its words before the number, or the last after
    it: "{}-DAn fazla") where `sentence` writes it as a word of its own away from `{value}`, and
    not just before or after it (the sentence's own qualifier, printed once); else ''."""
    ahead, _, behind = phrases(locale).qualifiers[qualifier].partition("{}")
    words = [w for w in (ahead.strip(), behind.strip().split()[-1] if behind.strip() else "") if w]
    before, _, after = sentence.casefold().partition(_VALUE)
    for word in (w.casefold() for w in words):
        if is_cjk(word[0]) and not "\uac00" <= word[0] <= "\ud7a3":
            continue  # a character may belong to another word ('近' of '近年'): not read
        head = before.rstrip()
        head = head[: -len(word)] if head.endswith(word) else head  # its own, beside {value}
        tail = re.sub(rf"^\s*(?:['’\-][^\W\d_]+)?\s*{re.escape(word)}", "", after)  # "'den fazla"
        if re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", f"{head} {tail}"):
            return word
    return ""
