"""The event's summary after a news lede (review UU4 E): where the lede's quote claims the record
('…raised more than €1.46 million, the most in the race's history.'), a clause of the summary that
claims a record again ('…, and the city's charities shared the largest sum the race has ever
raised.') is left out of the briefing's first paragraph, which said it two sentences before with
the date between; a sentence that opens with the claim goes whole ('La quarantesima edizione del
salone ha registrato il record di visitatori professionali …', whose tail leans on it). The rest
of the summary stays as written; the deck's title slide prints the whole summary, as it has no
lede."""

from __future__ import annotations

import re

from reportgen.data.plan.clause_endings import closed
from reportgen.data.superlatives import claims_record
from reportgen.data.titles import sentences_of

#: Where a sentence's clause that stands alone begins: after a semicolon, or a comma before a word
#: that joins two clauses, in the languages that write them ('…, and the city's charities …', '…,
#: e la città …'); in Chinese and Japanese, after a full-width comma or a continuative ('し、').
_JOIN = re.compile(
    r"(\s*[;；]\s*|(?<=[しでてり]、)|(?<=，)"
    r"|,\s+(?=(?:and|but|while|whilst|und|aber|während|et|mais|tandis|y|pero|mientras|e|ma|mentre"
    r"|mas|enquanto|en|maar|terwijl|och|men|medan|og|mens|i|a|ale|zaś|ve|ama|fakat)\s)"
    r"|(?<=[었았였했있없]고),\s+)",  # Korean: a verb's connective '-고' (plan/clause_endings.py)
    re.IGNORECASE,
)
_STOPS = ".!?。！？"


def summary_after_lede(summary: str, lede: str) -> str:
    """`summary` less the clauses that claim a record again where `lede` claims one; `summary` as
    it is where the lede claims none."""
    if not summary or not lede or not claims_record(lede):
        return summary
    kept: list[str] = []
    for sentence in sentences_of(summary.strip()):
        pieces = _JOIN.split(sentence.strip())  # clause, joint, clause, …
        if claims_record(pieces[0]):
            continue  # the sentence opens with the claim: what follows leans on it
        stop = sentence.rstrip()[-1] if sentence.rstrip()[-1:] in _STOPS else ""
        text = pieces[0]
        for joint, clause in zip(pieces[1::2], pieces[2::2], strict=True):
            if not claims_record(clause):
                text += joint + clause  # a joining word opens the clause: it goes with it
        kept.append(text if text.rstrip().endswith(tuple(_STOPS)) else closed(text, sentence) + stop)
    return " ".join(kept)
