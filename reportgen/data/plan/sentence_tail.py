"""The words a figure's own sentence says after its number ('{value} lined the route, most of them
on O'Connell Street…'), which a tile may print (plan/tile_details.py), and whether a tile's label
is made of them (plan/tile_grid.py measures such a label a line longer)."""

from __future__ import annotations

import re

#: What may open the words after a number (a comma, a colon) and close a sentence.
OPEN = re.compile(r"^[\s,，、:：;；]+")
CLOSE = re.compile(r"[\s.。!！?？]+$")
#: A case ending written on the number ('{value}den', '{value}’e'): letters up to the next space.
ENDING = re.compile(r"^[’'\w]+(?=\s)")


def words_after(after: str) -> str:
    """The words of a sentence after its number (`after`) as a line: without a case ending written
    on the number, the punctuation that opens them and the stop that ends the sentence."""
    after = ENDING.sub("", after) if after[:1].isalpha() else after
    return CLOSE.sub("", OPEN.sub("", after))


def words_beyond(sentence: str) -> str:
    """What a figure's own `sentence` ('… for {value} uit vijf continenten.') says after its number,
    as a line: what qualifies the figure beyond the frame of who did what. The whole sentence
    where it has no one number."""
    if sentence.count("{value}") != 1:
        return sentence
    return words_after(sentence.split("{value}", 1)[1])


def opens_with_number(sentence: str, qualifier: str) -> bool:
    """Whether a figure's own `sentence` opens with its number, or with its `qualifier`'s words and
    then its number ('More than {value} attended …')."""
    before = sentence.split("{value}", 1)[0].strip()
    return not before or before.casefold() == qualifier.strip().casefold()


def label_reads_on(label: str, sentence: str, qualifier: str) -> bool:
    """Whether a tile's `label` ends with the words its figure's own `sentence` says after its
    number, which it opens with ('Spectators lined the route, most of them on O'Connell Street and
    the Shannon bridges')."""
    if sentence.count("{value}") != 1 or not opens_with_number(sentence, qualifier):
        return False
    line = words_after(sentence.split("{value}", 1)[1])
    return bool(line) and label.endswith(line)
