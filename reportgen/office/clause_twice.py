"""The document check's rule for a paragraph that says one clause twice (review WW1 #8): the news
lede gives the cause ('…主因是連續豪雨取消了兩天戶外演出。') and a later sentence of the same
paragraph gives it again ('…今年因連續豪雨取消兩天戶外演出，…'), in any language: a clause most of
whose words (in Chinese, Japanese and Korean, pairs of characters: plan/lede_summary.py) an
earlier sentence of the paragraph says. Quotations and sources' titles are their speakers' words."""

from __future__ import annotations

import re

from reportgen.data.plan.lede_summary import said_tokens
from reportgen.data.titles import sentences_of
from reportgen.office.record_twice import QUOTED
from reportgen.office.seen import quoted

#: Where a sentence's clauses part: a comma, a semicolon or a dash, in the languages' marks.
_CLAUSES = re.compile(r"[,;，；、]\s*|\s[–—]\s")
#: The share of a clause's words an earlier sentence says for the check to name it: more than the
#: plan's own rule asks (plan/lede_summary.py SAID_SHARE), as the check names only a plain repeat.
SHARE = 0.7
#: The fewest words of a clause the check compares: a short clause ('in Oviedo') repeats by chance.
LEAST = 5


def clause_said_twice(text: str, where: str) -> list[str]:
    """A warning where a clause of a sentence of the paragraph `text` says what an earlier sentence
    of it said."""
    said: frozenset[str] = frozenset()
    for sentence in sentences_of(" ".join(QUOTED.sub(" ", text).split())):
        for clause in _CLAUSES.split(sentence):
            own = said_tokens(clause)
            if len(own) >= LEAST and len(own & said) >= SHARE * len(own):
                return [
                    f"{where}: {quoted(clause.strip()[:60])} says again what the paragraph said "
                    "a sentence before: leave the clause out"
                ]
        said |= said_tokens(sentence)
    return []
