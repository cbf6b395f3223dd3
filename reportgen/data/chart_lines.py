"""Where a chart's label may break into lines, and the lines it takes in a box: both renderers
(the matplotlib picture and the native chart's legend) break a label here, never themselves.

Allowed breaks: at a plain space (a no-break space keeps "EUR 300 million" whole); in Chinese and
Japanese text, which has no spaces, between two characters, except before closing punctuation
('，', '）', '%') or after opening punctuation ('（', '「'); and never inside a number's phrase: a
run with a digit, from the punctuation or space before it to the next space, opening bracket or
comma ("14.2亿元人民币", "近48亿元人民币", "（约30%）", "CHF 12.5 Mio."), so a currency or a unit never
leaves its number ("人民\n币" is what reviewers saw).

Pure text and arithmetic: no drawing library is imported here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportgen.data.chart_shape import text_em
from reportgen.lazy_pattern import of_script

_CJK = of_script(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]", "\u2e80")
#: Never at the start of a line (kinsoku): closing punctuation, small kana, marks after a number.
_NO_START = set("、。，．,.：:；;！？!?）)」』】〕〉》”’%‰・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々")
#: Never at the end of a line: opening punctuation.
_NO_END = set("（(「『【〔〈《“‘")
#: A number's phrase: from after a space, opening bracket or CJK comma before its first digit to
#: the next plain space, opening bracket or comma; no-break spaces stay inside it.
_NUMBER_PHRASE = re.compile(r"[^ \t\n（(「『【，、；：。]*\d[^ \t\n（(「『【，、；。]*")


_CJK_DIGIT_SPACE = of_script(
    r"(?<=\d) (?=[\u2e80-\u9fff\uac00-\ud7af])|(?<=[\u2e80-\u9fff\uac00-\ud7af]) (?=\d)", "\u2e80"
)


#: A space between a value and the bracket after it ('610 (34 %)'), which a line never breaks at.
_BEFORE_BRACKET = re.compile(r"(?<=[\d%％]) (?=[(（])")


#: The words of our languages' qualifiers written before a number (data/phrases.py; a test keeps
#: them in step): listed here, as the drawing helper draws without importing the data model.
QUALIFIERS_BEFORE = (
    "約", "约", "近", "약", "不到", "最多", "最大", "至少", "超过", "超過", "최대", "최소", "até",
    "tot", "casi", "rund", "about", "bijna", "circa", "hasta", "knapp", "oltre", "quase", "quasi",
    "up to", "少なくとも", "almeno", "bis zu", "fino a", "más de", "nearly", "environ", "jusqu’à",
    "mais de", "meno di", "plus de", "près de", "al menos", "at least", "au moins", "cerca de",
    "meer dan", "mehr als", "menos de", "minstens", "moins de", "less than", "more than",
    "minder dan", "mindestens", "pelo menos", "weniger als", "alrededor de",
    "do", "ponad", "prawie", "około", "co najmniej", "mniej niż",  # Polish
    "drygt", "nästan", "cirka", "minst", "upp till", "under",  # Swedish
    "knap", "mere end", "mindst", "omkring", "op til",  # Danish
    "nesten", "opptil", "over",  # Norwegian Bokmål
    "neredeyse", "yaklaşık", "en az",  # Turkish
)  # fmt: skip


@cache
def _qualified_number() -> re.Pattern[str]:
    """A qualifier written before a number ('nearly £250,000', 'mehr als 3,8', 'près de 15'), its
    spaces up to the number's first character."""
    alternation = "|".join(re.escape(w) for w in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
    return re.compile(rf"(?<![^\s(（])((?:{alternation}))[ \u00a0]+(?=[^\s]*\d)", re.IGNORECASE)


def qualifier_lines(text: str) -> tuple[str, ...]:
    """A value label as at most two lines: its qualifier over its number where one opens it
    ('more than' / '4.12 lakh'), else the label whole. A column's label too wide for its column
    on one line is set so (review V: the deck drew a four-year trend as bars read down, only for
    'more than 4.12 lakh'), never broken inside the number's phrase."""
    found = _qualified_number().match(text.replace("\u00a0", " "))  # 'more\u00a0than': one to one
    found = found or _cjk_qualified_number().match(text)  # '超過12.15萬人次', no space to part at
    if found is None or not text[found.end() :].strip():
        return (text,)
    return (text[: found.end(1)], text[found.end() :])


@cache
def _cjk_qualified_number() -> re.Pattern[str]:
    """A Chinese, Japanese or Korean qualifier right before a number's first digit ('超過12.15萬',
    '約4万'), written without a space as those languages write it."""
    wide = sorted((w for w in QUALIFIERS_BEFORE if _CJK.match(w[-1])), key=len, reverse=True)
    return re.compile(rf"({'|'.join(re.escape(w) for w in wide)})[ \u00a0]*(?=\d)")


def _tie_qualifiers(text: str) -> str:
    return _qualified_number().sub(lambda m: m.group(1).replace(" ", "\u00a0") + "\u00a0", text)


def pieces(text: str) -> list[str]:
    """The text cut at every allowed break; a piece that starts with a space starts after a break
    at that space (the space is dropped where a line breaks). A qualifier before a number stays
    with it: a chart's title read "…came from: nearly / £250,000" (review M)."""
    # a space between a digit and a CJK character ('近 48 亿元', as some sources space them) is
    # part of the number's phrase, as a no-break space would be
    text = _tie_qualifiers(_CJK_DIGIT_SPACE.sub("\u00a0", text))
    tied = {m.start() for m in _BEFORE_BRACKET.finditer(text)}  # '610 (34 %)': no break at the space
    protected = [False] * len(text)
    for match in _NUMBER_PHRASE.finditer(text):
        for i in range(match.start(), match.end()):
            protected[i] = True
    for i in range(1, len(text)):  # '34（34%）': never a break before the value's bracket (review BB)
        protected[i] = protected[i] or (text[i] in "（(" and protected[i - 1])
    found: list[str] = []
    current = ""
    for i, char in enumerate(text):
        if char in " \t\n" and i not in tied:
            if current:
                found.append(current)
            current = " "
            continue
        previous = text[i - 1] if i else ""
        if current.strip() and _may_break(previous, char, protected[i - 1] and protected[i]):
            found.append(current)
            current = ""
        current += char
    if current.strip():
        found.append(current)
    return found


def _may_break(before: str, after: str, inside_number: bool) -> bool:
    if inside_number or after in _NO_START or before in _NO_END:
        return False
    return bool(_CJK.match(before) or _CJK.match(after)) and not (
        before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
    )


def wrap_em(text: str, width_em: float) -> list[str]:
    """The lines of `text` in a box `width_em` ems wide, broken only where `pieces` allows; a
    piece wider than the box stands on a line of its own (and overflows: `fit_legend` sets the
    type smaller until none does)."""
    lines: list[str] = []
    line = ""
    for piece in pieces(text):
        candidate = line + piece if line else piece.lstrip()
        if line and text_em(candidate) > width_em:
            lines.append(line)
            line = piece.lstrip()
        else:
            line = candidate
    if line or not lines:
        lines.append(line)
    return lines


def legend_entry(label: str, text: str, pair: str = ": ") -> str:
    """A donut's legend entry: its part's name and value, joined by the document's language's
    colon (`pair`: '餐饮：14.2亿元人民币', 'Food: RMB 14.2 billion', 'Série B et au-delà : environ
    775 millions d’euros', review P), one style for every entry: chosen by the name's last
    character, '網通與5G: 14' stood among '其他：12' (review BB)."""
    if not text:
        return label
    return f"{label}{pair}{text}"


def series_entry(label: str, texts: tuple[str, ...], unlabelled: list[bool], pair: str = ": ") -> str:
    """A stacked chart's legend entry for a series: its name, and where a part of it is too thin
    for its label on the fill (`unlabelled`), its values too, in the columns' order ('Meble z
    odzysku: 86', 'Recycled: 40 / 86'), so that no part is left without its value."""
    if not any(u and t for u, t in zip(unlabelled, texts, strict=False)):
        return label
    return legend_entry(label, " / ".join(t for t in texts if t), pair)


@dataclass(frozen=True)
class LegendPlan:
    size: float  # the entries' type size, in points
    entries: tuple[str, ...]  # each broken into its lines ('\n') where `pieces` allows
    width_pt: float  # the widest line's text, without its key
    height_pt: float  # the whole legend's height


#: A legend entry's key and the gap after it, and the space between entries, in ems of its type
#: (matplotlib's defaults: handlelength 2, handletextpad 0.8, labelspacing 0.5, borderpad 0.4).
KEY_EM = 2.8
ENTRY_GAP_EM = 0.5
LEGEND_PAD_EM = 0.8
LEGEND_LINE = 1.25


def legend_height(lines: int, entries: int, size: float) -> float:
    return (lines * LEGEND_LINE + max(entries - 1, 0) * ENTRY_GAP_EM + LEGEND_PAD_EM) * size


def fit_legend(
    entries: Sequence[str],
    width_pt: float,
    height_pt: float | None,
    size: float,
    least: float,
    spare_em: float = 0.0,
) -> LegendPlan:
    """The largest size, from `size` down to `least` in half points, at which every entry, broken
    into lines `width_pt` wide (its key included) only where allowed, fits; and the legend fits in
    `height_pt` (None: any height). `spare_em` is room a renderer adds to a line (LibreOffice's
    space between CJK and digits). At `least`, what it gives even if it does not fit."""
    current = size
    while True:
        text_em_wide = width_pt / current - KEY_EM - spare_em
        broken = [wrap_em(e, text_em_wide) for e in entries]
        widest = max((text_em(line) for lines in broken for line in lines), default=0.0)
        tall = legend_height(sum(len(lines) for lines in broken), len(entries), current)
        fits = widest <= text_em_wide and (height_pt is None or tall <= height_pt)
        if fits or current - 0.5 < least:
            return LegendPlan(current, tuple("\n".join(lines) for lines in broken), widest * current, tall)
        current -= 0.5
