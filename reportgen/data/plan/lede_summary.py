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
from reportgen.lazy_pattern import lazy, of_script

#: Where a sentence's clause that stands alone begins: after a semicolon, or a comma before a word
#: that joins two clauses, in the languages that write them ('…, and the city's charities …', '…,
#: e la città …'); in Chinese and Japanese, after a full-width comma or a continuative ('し、',
#: '開催され、', '受け、').
_JOIN = lazy(
    r"(\s*[;；]\s*|(?<=[しでてりれきけめ]、)|(?<=，)"
    r"|,\s+(?=(?:and|but|while|whilst|und|aber|während|et|mais|tandis|y|pero|mientras|e|ma|mentre"
    r"|mas|enquanto|en|maar|terwijl|och|men|medan|og|mens|i|a|ale|zaś|ve|ama|fakat)\s)"
    r"|(?<=[었았였했있없]고),\s+)",  # Korean: a verb's connective '-고' (plan/clause_endings.py)
    re.IGNORECASE,
)
_STOPS = ".!?。！？"
#: A Japanese clause that ends in a verb's continuative ('開催され', '中心となり', '増加し'): no
#: sentence ends there, and its verb's finite form is not ours to write.
_OPEN_JAPANESE = re.compile(r"[しでてりれきけめ]$")


def summary_after_lede(summary: str, lede: str) -> str:
    """`summary` less the clauses that claim a record again where `lede` claims one, and less those
    that say again what the lede says (`said_by`: review WW1 #8, '…主因是連續豪雨取消了兩天戶外演出。'
    then '今年因連續豪雨取消兩天戶外演出'); `summary` as it is where the lede says none of it."""
    if not summary or not lede:
        return summary
    record = claims_record(lede)
    known = said_tokens(lede)

    def again(clause: str) -> bool:
        return (record and claims_record(clause)) or said_by(clause, known)

    kept: list[str] = []
    for sentence in sentences_of(summary.strip()):
        pieces = _JOIN.split(sentence.strip())  # clause, joint, clause, …
        clauses = pieces[0::2]
        if (record and claims_record(pieces[0])) or all(said_by(c, known) for c in clauses):
            continue  # the sentence opens with the claim: what follows leans on it; or all said
        if said_by(pieces[0], known):
            kept.append(sentence.strip())  # what follows leans on its opening: kept whole
            continue
        stop = sentence.rstrip()[-1] if sentence.rstrip()[-1:] in _STOPS else ""
        text = pieces[0]
        for joint, clause in zip(pieces[1::2], pieces[2::2], strict=True):
            if not again(clause):
                text += joint + clause  # a joining word opens the clause: it goes with it
        if text.rstrip().endswith(tuple(_STOPS)):
            kept.append(text)
        elif _OPEN_JAPANESE.search(text.rstrip(" 、")):
            kept.append(sentence.strip())  # '…開催され' cannot end a sentence: the sentence stays whole
        else:
            kept.append(closed(text.rstrip(" ,，、;；"), sentence) + stop)
    # sentences follow each other with a space, but not after a full-width stop ('。')
    return "".join(
        k if not i or kept[i - 1].endswith(tuple("。！？")) else " " + k for i, k in enumerate(kept)
    )


#: The share of a clause's words (CJK: its pairs of characters) the lede says that makes it said.
SAID_SHARE = 0.6
#: The fewest words a clause has to be said again (a short one is no claim of its own).
SAID_LEAST = 3
_WORDS = re.compile(r"\d+|[^\W\d_]{4,}")
_CJK_RUN = of_script(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]+", "\u3040")


def said_tokens(text: str) -> frozenset[str]:
    """What `text` says, language-aware: its numbers and its words of four letters or more, by
    their first five (an inflection is the word); in Chinese, Japanese and Korean, which need no
    spaces, each pair of characters side by side ('連續', '豪雨', '取消')."""
    text = text.casefold().replace(",", "").replace("\u2060", "")
    pairs = {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}
    words = {w[:5] for w in _WORDS.findall(_CJK_RUN.sub(" ", text))}
    return frozenset(pairs | words)


def said_by(clause: str, known: frozenset[str]) -> bool:
    """Whether `clause` says again what a text of `known` tokens (`said_tokens`) says: SAID_SHARE of
    its own tokens, and SAID_LEAST of them or more."""
    own = said_tokens(clause)
    return len(own) >= SAID_LEAST and len(own & known) >= SAID_SHARE * len(own)
