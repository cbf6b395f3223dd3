"""Whether a sentence states a share of a whole ('nearly half of all views', 'un tiers des
visiteurs', '海外からの視聴が半数近く', '约三分之一'), in each language we write: a chart on a
logarithmic scale cannot show one, so a claim of one titles no such chart (plan/deck_pages.py
`_plots`, review Z).
An allow-list of the words that say a share, by language; ordinals that look like fractions ('the
third edition', 'la terza edizione', 'de derde editie') are not shares."""

from __future__ import annotations

from reportgen.lazy_pattern import lazy

#: A share's words, lower case, as regular expressions matched at a word's start.
_SHARE_WORDS = (
    # English
    r"half of", r"(?:a|one|two) (?:third|quarter|fifth)s?\b", r"majority of", r"per ?cent\b",
    # German
    r"hälfte", r"drittel", r"viertel\b", r"fünftel", r"prozent", r"mehrheit",
    # French
    r"moitié", r"(?:un|deux) tiers\b", r"(?:un|trois) quarts? de", r"pour cent", r"majorité",
    # Spanish, Portuguese
    r"mitad", r"(?:un|dos) tercios?\b", r"por ciento", r"mayoría", r"metade", r"(?:um|dois) terços?\b",
    r"por cento", r"maioria",
    # Italian
    r"metà", r"(?:un|due) terzi\b", r"un terzo d", r"per cento", r"maggioranza",
    # Dutch
    r"helft", r"(?:een|twee) derde van", r"kwart van", r"procent", r"meerderheid",
    # Swedish, Polish
    r"hälften", r"tredjedel", r"fjärdedel", r"majoritet",
    r"połow", r"(?:jedn[aą]|jednej|dwie) trzeci", r"ćwierć", r"większoś",
)  # fmt: skip
#: The same where words are not spaced (a sign, Japanese, Chinese; Korean's syllables), anywhere.
_SHARE_SIGNS = (
    r"\d\s?(?:%|％)",  # every language
    r"半数", r"半分", r"過半", r"过半", r"一半", r"分の[一二三四五\d]", r"分之[一二三四五\d]",
    r"[\d一二三四五六七八九]割",
    r"[\d一二三四五六七八九]成(?![立功长績绩])", r"百分", r"절반", r"과반", r"분의", r"퍼센트",
)  # fmt: skip
_SHARE = lazy("|".join((*(rf"(?<!\w){w}" for w in _SHARE_WORDS), *_SHARE_SIGNS)))


def states_share(text: str) -> bool:
    """Whether `text` says a share of a whole (`_SHARE_WORDS`, `_SHARE_SIGNS`)."""
    return _SHARE.search(text.casefold()) is not None
