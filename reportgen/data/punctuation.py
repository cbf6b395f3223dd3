"""The marks that join generated words, as the language sets them.

Where the code or a template joins list items ('AI, robotics'), a label and its value ('Exhibitors:
1,200'), a clause ('235,000, as of …') or ends a sentence, Chinese and Japanese use their own
full-width marks (、：，。) with no spaces, and French puts a no-break space before its colon. A
name already set in Chinese title marks (《中国人工智能发展报告》) is not quoted a second time.
Templates reach these as `punct.list`, `punct.pair`, `punct.clause`, `punct.stop` and the
`listing` and `quoted` filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from reportgen.data.typography import marks
from reportgen.data.views import View


@dataclass(frozen=True)
class Punctuation(View):
    list: str = ", "  # between the items of a list
    pair: str = ": "  # between a label and its value
    clause: str = ", "  # before a clause that follows ('…, as of 2 pm')
    stop: str = "."  # at the end of a sentence the code or a template makes
    semicolon: str = "; "  # between facts of one line ('Deals: 1; Visits: 2')
    space: str = " "  # between two sentences (none in Chinese and Japanese)
    open: str = " ("  # an aside: ' (nearly USD 2.1 billion)', '（近21亿美元）'
    close: str = ")"
    unit: str = "\u00a0"  # between a number and its unit word set apart ('25\u00a0projects', '25个')
    credit: str = "\u2014\u00a0"  # before the one a quote is credited to: '— Zhang Wei', '——张为'

    def listing(self, items: object) -> str:
        """The items joined as the language lists them: 'AI, robotics', 'AI、机器人'."""
        if isinstance(items, str) or not hasattr(items, "__iter__"):
            raise TypeError("listing joins a list of texts")
        return self.list.join(str(item) for item in items)  # type: ignore[attr-defined]


_EAST_ASIAN = Punctuation(
    list="、",
    pair="：",
    clause="，",
    stop="。",
    semicolon="；",
    space="",
    open="（",
    close="）",
    unit="",
    credit="——",
)
_JAPANESE = Punctuation(
    list="、",
    pair="：",
    clause="、",
    stop="。",
    semicolon="、",
    space="",
    open="（",
    close="）",
    unit="",
    credit="——",
)
_FRENCH = Punctuation(pair="\u00a0: ", semicolon="\u202f; ")
#: Korean sets ASCII marks with spaces, as English does, and a counter straight after its number
#: ('1,400곳 이상', '62만명'), as Chinese and Japanese do.
_KOREAN = Punctuation(unit="")
_BY_LANGUAGE = {"zh": _EAST_ASIAN, "ja": _JAPANESE, "fr": _FRENCH, "ko": _KOREAN}
#: Marks that already enclose a name: it is not quoted again.
_ENCLOSED = (("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"), ("«", "»"), ("„", "“"), ('"', '"'))


@cache
def punctuation(locale: str) -> Punctuation:
    try:
        language = Locale.parse(locale).language
    except (ValueError, UnknownLocaleError):
        language = "en"
    return _BY_LANGUAGE.get(language, Punctuation())


def quoted(text: object, locale: str, kind: str = "name") -> str:
    """A name in the language's quotation marks ('“Walk hand in hand”', '„…“', '「…」'), unless it
    is already enclosed in title marks or quotes ('《中国人工智能发展报告》' stays as it is). A
    `kind="work"` (a report, an article: a source's title) takes Chinese title marks 《》."""
    if kind not in ("name", "work"):
        raise ValueError("quoted takes 'name' or 'work'")
    value = str(text).strip()
    if any(len(value) > 1 and value.startswith(a) and value.endswith(b) for a, b in _ENCLOSED):
        return value
    d_open, d_close, _, _ = marks(locale)
    if kind == "work" and locale.split("_")[0].lower() == "zh":
        d_open, d_close = "《", "》"
    return f"{d_open}{value}{d_close}"
