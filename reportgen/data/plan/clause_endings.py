"""A clause closed where the clause that followed it is left out (plan/lede_summary.py). Korean
joins two clauses with a verb ending, not a word ('…상담이 크게 늘었고, 수출 상담액은 역대 최대를
기록했습니다.'): the first clause, kept alone, ends its sentence in the register of the sentence it
came from ('…크게 늘었습니다.' where that one said '…했습니다.', '…늘었다.' where it said '…했다.')."""

from __future__ import annotations

import re

#: a Korean clause that ends in the connective '-고' after a past or existential stem (었, 았, 였,
#: 했, 있, 없): a syllable with a final consonant, which '-습니다' and '-다' follow as they are
_OPEN_KOREAN = re.compile(r"(?<=[었았였했있없])고$")


def closed(clause: str, sentence: str) -> str:
    """`clause` (the opening of `sentence`, its joint cut off) as a sentence of its own, less its
    stop; a clause that ends in no Korean connective stands as it is."""
    text = clause.rstrip(" ,")
    if not _OPEN_KOREAN.search(text):
        return text
    polite = sentence.rstrip().rstrip(".!?").endswith("니다")
    return _OPEN_KOREAN.sub("습니다" if polite else "다", text)
