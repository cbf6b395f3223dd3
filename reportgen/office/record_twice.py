"""The document check's rule for a record said twice in one paragraph (review UU4 E): the news
lede claims the record ('…raised more than €1.46 million, the most in the race's history.'), and
a later sentence of the same paragraph claims it again with no number of its own ('…, and the
city's charities shared the largest sum the race has ever raised.'), the date between them. A
sentence that claims a record of another number ('… record sales of €5 million') is another news."""

from __future__ import annotations

import re

from reportgen.data.superlatives import claims_record
from reportgen.data.titles import sentences_of
from reportgen.data.written_numbers import read
from reportgen.office.seen import quoted

#: A quotation or a source's title within a paragraph, in any language's marks: its speaker's
#: words, not the document's ('“Rekordmange gæster på Aarhus Havnemadmarked”, Aarhus Havnemad…').
QUOTED = re.compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«|「[^」]*」|『[^』]*』|\"[^\"]*\"|‘[^’]*’")


def _numbers(text: str, locale: str) -> set[float]:
    return {v for w in read(text, locale) if w.counts for v in w.values}


def record_said_again(text: str, where: str, locale: str) -> list[str]:
    """A warning where a sentence of the paragraph `text` claims a record after an earlier one did,
    writing no number the earlier did not."""
    claimed: list[str] = []
    for sentence in sentences_of(" ".join(QUOTED.sub(" ", text).split())):
        if not claims_record(sentence):
            continue
        if claimed and not _numbers(sentence, locale) - set().union(*(_numbers(c, locale) for c in claimed)):
            return [
                f"{where}: {quoted(sentence[:60])} claims a record again, after "
                f"{quoted(claimed[0][:60])} in the same paragraph; say the record once"
            ]
        claimed.append(sentence)
    return []
