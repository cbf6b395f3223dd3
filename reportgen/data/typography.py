"""Typography an editor would set, for the locale's language: quotes, and numbers kept whole.

Data is typed on keyboards, so it holds straight quotes ("Walk hand in hand", This year's); an
edited document uses the language's own marks. And a number never parts from its scale word, unit
or currency at a line end ("15 billion", "36,500 m²", "EUR 25.00", "61 %"): the space between
them becomes a no-break space (U+00A0; U+202F, the narrow one, where CLDR already puts it).
Every text the templates print passes through `typographic` (the template environment's
finalize), and so do chart labels and alt text.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_territory_currencies, list_currencies

from reportgen.data import ties
from reportgen.data.fractions import tie_fractions
from reportgen.data.messages import catalogue_name
from reportgen.data.ties import tie_words
from reportgen.lazy_pattern import lazy, of_script

# (double open, double close, single open, single close) per language; English marks otherwise.
_MARKS: dict[str, tuple[str, str, str, str]] = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "fr": ("\u00ab\u00a0", "\u00a0\u00bb", "\u201c", "\u201d"),  # inside « … », “…”, as French houses set it
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "it": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "pt": ("\u00ab", "\u00bb", "\u201c", "\u201d"),  # Portugal and the countries CLDR has follow it
    "pt_BR": ("\u201c", "\u201d", "\u2018", "\u2019"),  # CLDR's pt (Brazil): “…‘…’…”
    "ru": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "zh": ("\u201c", "\u201d", "\u2018", "\u2019"),
    # CLDR's zh_Hant (Taiwan, Hong Kong, Macau): corner brackets, 「…『…』…」, as in Japanese
    "zh_Hant": ("\u300c", "\u300d", "\u300e", "\u300f"),
    "ja": ("\u300c", "\u300d", "\u300e", "\u300f"),
    "pl": ("\u201e", "\u201d", "\u201a", "\u2019"),  # „…‚…’…”: its closing mark is the apostrophe
    "sv": ("\u201d", "\u201d", "\u2019", "\u2019"),  # CLDR's sv: ”…’…’…”, one mark each way
    "da": ("\u201c", "\u201d", "\u2018", "\u2019"),  # CLDR's da: “…‘…’…”
    "nb": ("\u00ab", "\u00bb", "\u2018", "\u2019"),  # CLDR's nb: «…‘…’…», as Norwegian sets them
    "no": ("\u00ab", "\u00bb", "\u2018", "\u2019"),
}
# A quote opens at the start of the text or after a space, an opening bracket, a dash or another
# opening quote; anywhere else it closes (or, for the single mark, is an apostrophe).
_OPENS_AFTER = r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013/\u201c\u2018\u201e\u00ab-]))"
_DOUBLE_OPEN = re.compile(_OPENS_AFTER + '"')
_SINGLE_OPEN = re.compile(_OPENS_AFTER + r"'(?=\w)")


def marks(locale: str) -> tuple[str, str, str, str]:
    """The language's quotation marks; Chinese by its script ('zh_TW' and 'zh_HK' write 「」)."""
    if catalogue_name(locale) == "zh_Hant":
        return _MARKS["zh_Hant"]
    if locale.replace("-", "_") in ("pt", "pt_BR"):  # review I: «…» is Portugal's, “…” Brazil's
        return _MARKS["pt_BR"]
    return _MARKS.get(locale.split("_")[0].lower(), _MARKS["en"])


NBSP = "\u00a0"
#: Units of measure written after a number (an allow-list: "2 pm" or "3 September" stay as typed).
UNITS = (
    "%", "‰", "°C", "°F", "°", "m", "m²", "m³", "km", "km²", "cm", "mm", "ha", "kg", "g", "t", "l",
    "ml", "h", "min", "s", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "Mbps", "Gbps", "MB", "GB",
    "TB", "sq m", "sq ft",
)  # fmt: skip
#: Currency signs written before a number, beside the ISO codes.
CURRENCY_SIGNS = ("$", "€", "£", "¥", "₹", "US$", "HK$", "A$", "C$", "S$", "NT$", "R$", "RMB")


def _alternation(words: set[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _scale_words(locale: str) -> frozenset[str]:
    """The locale's words for thousand, million, ... as Babel's compact formats write them: the
    long ones, the short ones where the language's press writes those (Polish 'mln', 'mld')."""
    words = {"thousand", "million", "billion", "trillion"}
    from reportgen.data.phrases import phrases  # phrases reads UNITS from here

    try:
        length = "short" if phrases(locale).short_scale else "long"  # Polish 'mln', 'mld'
        formats = Locale.parse(locale).compact_decimal_formats[length]
    except (ValueError, UnknownLocaleError, KeyError):
        return frozenset(words)
    for forms in formats.values():
        for pattern in forms.values():
            word = re.sub(r"[0#.,\s\u00a0\u202f]+", " ", str(getattr(pattern, "pattern", pattern))).strip()
            if word and not word.isdigit():
                words.add(word)
    return frozenset(words)


def scale_words(locale: str) -> frozenset[str]:
    """The locale's words for thousand, million, ... ('millones', 'Milliarden', 'billion')."""
    return _scale_words(locale)


@cache
def _scales_units_and_signs(locale: str) -> tuple[str, str, str]:
    return (
        _alternation(_scale_words(locale)),
        _alternation(set(UNITS)),
        _alternation(set(list_currencies()) | set(CURRENCY_SIGNS)),
    )


@cache
def _binders(locale: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = _alternation(_scale_words(locale) | set(UNITS))
    before = _scales_units_and_signs(locale)[2]
    return (
        re.compile(rf"(?<=\d) (?=(?:{after})(?![\w²³]))"),
        re.compile(rf"(?<![\w$])((?:{before})) (?=[-\u2212]?\d)"),
    )


@cache
def _against(locale: str) -> re.Pattern[str] | None:
    """The locale's own currency symbol, which its press writes against the number ('KSh', '£',
    '₹', 'R': Formatter.money's `home_symbol`), then a space and digits, where the language writes
    the currency first (English); None elsewhere, or where the locale has no one symbol."""
    from reportgen.data.formatting import home_symbol  # formatting reads this module
    from reportgen.data.phrases import phrases

    if not phrases(locale).currency_first:
        return None
    try:
        territory = Locale.parse(locale).territory
    except (ValueError, UnknownLocaleError):
        return None
    homes = get_territory_currencies(territory) if territory else []
    symbol = home_symbol(locale, homes[0]) if len(homes) == 1 else None
    if not symbol:
        return None
    return re.compile(rf"(?<![\w$])({re.escape(symbol)})[ \u00a0\u202f]+(?=[-\u2212]?\d)")


def press_amounts(text: str, locale: str) -> str:
    """An author's 'KSh 350 million' in the locale's own currency as the tool prints the amount, the
    symbol against its number ('KSh350 million', Formatter.money): a document never prints one
    amount two ways. Another currency's sign or code ('US$ 18 million', 'USD 2.5 million') keeps
    its space, which the tool prints too where it is written so (a label's, an author's)."""
    pattern = _against(locale) if any(map(str.isdigit, text)) else None
    return pattern.sub(r"\1", text) if pattern is not None else text


#: A number whose digits an author grouped by threes with plain spaces, as French, Swedish or Polish
#: write it ('72 000', '1 250 000'): one number, which a line must not break ('72 / 000 visites').
_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])")


def _grouped(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NBSP)


def bind_numbers(text: str, locale: str = "en") -> str:
    """No line break between a number and its scale word, unit or currency: the space between
    them becomes U+00A0 ("15\u00a0billion", "36,500\u00a0m²", "EUR\u00a025.00"); so do the spaces an
    author grouped its digits with ("72\u00a0000"), the spaces of
    its qualifier, between a scale word and its currency, and inside a date (data/ties.py:
    "mehr\u00a0als\u00a03,8\u00a0Milliarden\u00a0Euro", "12\u00a0novembre\u00a02026"), and inside a
    fraction in words (data/fractions.py: "3\u00a0von\u00a04", "4분의\u00a01")."""
    if " " not in text or not any(map(str.isdigit, text)):
        return text
    text = press_amounts(text, locale)
    after, before = _binders(locale)
    text = before.sub(rf"\1{NBSP}", after.sub(NBSP, _GROUPS.sub(_grouped, text)))
    return tie_fractions(tie_words(text, locale, *_scales_units_and_signs(locale)))


#: A tie the fit undid on purpose, where a number and its words do not fit one line even at the
#: least size ('casi' over '480 millones de euros'): a plain space, the break itself. A zero width
#: space after it, once the mark that the break was meant, broke nothing more and was copied with
#: the amount ('290 millones \u200bde dólares'); the fit and the document check know a freed tie
#: by its form instead (`freed_space`).
FREED_SPACE = " "
#: A freed tie's form: a number tied to its scale word, or digits tied to what is before them
#: (a qualifier, a sign), then a plain space and, to the text's end, words and no digit.
_FREED = re.compile(
    r"(?:\d[\d.,\u00a0\u202f’']*\u00a0[^\W\d_]+|(?<=\u00a0)[-\u2212+]?\d[\d.,\u202f’']*) "
    r"(?=[^\d]*$|[^\d()]*\))"  # or to the end of a conversion in brackets ('(environ 26 millions d’euros)')
)


def freed_space(text: str, locale: str) -> int:
    """Where the tie the fit freed in `text` is (the index of its plain space), -1 where it has
    none: after a number and its scale word, or its digits tied to the words before them, the
    words that end the text as `freed_words` leaves them, which `locale`'s ties would bind to the
    number ('alrededor\u00a0de\u00a0290\u00a0millones de\u00a0dólares)'; not '$48\u00a0billion
    committed', a title's own words). A missing tie leaves no such form: a text that escaped the
    ties has no no-break space before the gap, and one of several words ends with a plain one."""
    match = _FREED.search(text)
    if match is None:
        return -1
    at, rest = match.end() - 1, text[match.end() :]
    if re.search(r"\d", rest):  # a conversion's words, to its closing bracket ('m²' is no digit)
        rest = rest[: rest.index(")")]
    if not any(c.isalpha() for c in rest) or freed_words(rest) != rest:
        return -1
    return at if bind_numbers(text[: at + 1] + rest.replace(NBSP, " "), locale)[at] == NBSP else -1


def freed_words(words: str) -> str:
    """The words after a freed tie ('de\u00a0dólares)', 'de\u00a0dollars\u00a0canadiens') as a
    line may break them: at their spaces, except before the last word, which stays tied to the one
    before it ('de\u00a0dólares)', 'de dollars\u00a0canadiens'): a currency noun, a unit or the
    end of a conversion never stands alone on a tile's last line ('(unos 26 millones de /
    dólares)', review O)."""
    plain = words.replace(NBSP, " ")
    head, space, last = plain.rstrip(" ").rpartition(" ")
    if not space or not head.strip():
        return plain
    return head + NBSP + last + plain[len(plain.rstrip(" ")) :]


WORD_JOINER = "\u2060"
#: Chinese and Japanese scale characters, and unit and currency words longer than one character,
#: kept whole after a number (a one-character unit is joined as it is: 个, 位, 家, 年, 社).
_CJK_SCALES = "万萬亿億兆"
_CJK_UNITS = (
    "元人民币", "人民币", "美元", "欧元", "日元", "英镑", "港元", "瑞士法郎", "人次", "平方米",
    "平方公里", "公里", "公顷", "小时", "分钟", "人民元", "ドル", "ユーロ", "ポンド", "平方メートル",
    "時間", "時点",
    # traditional characters (zh_TW, zh_HK: phrases.py's zh_Hant words)
    "元人民幣", "人民幣", "新臺幣", "新台幣", "歐元", "日圓", "英鎊", "平方公尺", "公頃", "小時", "分鐘",
)  # fmt: skip
#: The first letter of a counter a number is read with ('1,420社', '25个', '3か国', '3150小間',
#: 'セミナー1講座', '1,240チーム', '9つ'), or of a Japanese particle after it: an allow-list, so
#: that a number that ends a word of a name is not tied to the next one ('国際食品産業展2026大阪',
#: '2026上海…': a break there is the name's own, review V).
_CJK_COUNTERS = (
    "万萬亿億兆人名社件個个台枚本冊册点點回度倍日年月時时分秒週周歳岁歲才位番号號円元角店局校国國"
    "所種种品軒戸户階阶层層部課课席組组曲作匹頭头羽杯通票区區市県县縣棟栋基隻只機机両辆輛架艘条條"
    "支队隊省届屆期轮輪批份篇首幅套类類米吨噸斤亩畝间間颗顆株棵站座项項款场場次天家団团試泊割歩步"
    "位小講かカヶケ箇つチセペポ"
    "のがをにへとでやはも"  # a particle after a number never starts a line ('23 / の国', kinsoku)
)
_CJK_NUMBER = lazy(rf"(?<=\d)([{_CJK_SCALES}]?(?:{_alternation(_CJK_UNITS)}|[{_CJK_COUNTERS}]))")
#: A scale character inside a number ('1億2850万'): the digits after it stay on its line.
_CJK_INNER_SCALE = re.compile(rf"(?<=\d[{_CJK_SCALES}萬])(?=\d)")


#: Currencies Chinese names before the amount, their 元 after (phrases.py: '新臺幣5,300億元').
_CJK_CURRENCIES_BEFORE = ("新臺幣", "新台幣", "新台币", "人民幣", "港幣")
#: Qualifiers written before a number (data/phrases.py), kept on its line: '超过\u20603,400家',
#: and so are the currencies named before it: '近\u2060新\u2060臺\u2060幣\u20605,300億元'.
_CJK_QUALIFIERS = ("超过", "超過", "近", "约", "約", "逾", "至少", "最多", "不到", "少なくとも", "最大")
_BEFORE_WORDS = _alternation(_CJK_QUALIFIERS + _CJK_CURRENCIES_BEFORE)
_CJK_BEFORE_NUMBER = re.compile(rf"({_BEFORE_WORDS})(?=\d|{_alternation(_CJK_CURRENCIES_BEFORE)})")
#: The Korean word after digits (a scale word, a counter, a date's or a time's unit: '2억 1500만',
#: '1,150명', '2026년', '오후 6시'): it stays on the digits' line. LibreOffice breaks between a
#: digit and Hangul ('오후 6' / '시 기준', review JJ) and sets a gap there in a briefing whatever
#: its w:autoSpaceDN ('2000 명', '2026 년 9 월'), which widened a band's number past the cell its
#: width was measured for; a joiner beside the digit holds both.
_KOREAN_SCALE = lazy(r"(?<=\d)(?=[\uac00-\ud7a3])")
#: The space after a Korean scale word, before the digits of the next one ('1조 2400억') or the
#: counter or currency of one or two syllables that ends the amount ('3400억 원', '62만 명'): a
#: stacked bar's label set '약 3400억 / 원'. It becomes a no-break space; so it does before a
#: counter that the sentence's copula ends ('4800만 시간이었다': sentences.copula).
_KOREAN_AFTER_SCALE = lazy(
    r"(?<=\d\u2060[만억조]) (?=\d|[가-힣]{1,2}(?:(?:이었|였)(?:습니다|다))?(?![가-힣\w]))"
)


def _bound_before(match: re.Match[str]) -> str:
    """A qualifier, or a currency named before its number with each of its characters, tied to
    what follows: '超过\u2060', '新\u2060臺\u2060幣\u2060'."""
    word = match.group(1)
    return (WORD_JOINER.join(word) if word in _CJK_CURRENCIES_BEFORE else word) + WORD_JOINER


#: Qualifiers written after a number and its unit, which belong to it: never alone on a line
#: ('12億5000万円\u2060以\u2060上', '3,600点\u2060近\u2060く', '300余家', '20万人左右').
_CJK_AFTER = {
    "ja": ("以上", "以下", "未満", "近く", "超", "余り", "余", "強", "弱", "前後", "程度", "ほど", "以内"),
    "zh": ("以上", "以下", "以内", "左右", "上下", "余", "多", "有余", "前后", "前後"),
}
#: A number with what is already tied to it ('12\u2060億\u20605000\u2060万\u2060円').
_CJK_CHAIN = r"\d(?:[\d.,%]|\u2060[^\s\u2060])*"
_CJK_TRAILING = {
    language: re.compile(rf"({_CJK_CHAIN})({_alternation(words)})") for language, words in _CJK_AFTER.items()
}
#: A date's year and month before the next number: '2026年\u20607\u2060月\u206026\u2060日'.
_CJK_DATE = re.compile(r"(?<=\d[年月])(?=\d)")


#: The same space where no word joiner is set (a native chart's labels: '약 3400억\u00a0원').
_KOREAN_SPACED_SCALE = lazy(r"(?<=\d[만억조]) (?=\d|[가-힣]{1,2}(?![가-힣\w]))")


def tie_korean_amount(text: str, locale: str) -> str:
    """In Korean, the space after a scale word before the amount's next digits or its counter
    becomes a no-break space ('약 3400억\u00a0원'), with no word joiner: a chart label's text."""
    if locale.replace("-", "_").split("_")[0].lower() != "ko" or " " not in text:
        return text
    return _KOREAN_SPACED_SCALE.sub(NBSP, text)


def bind_cjk_numbers(text: str, locale: str) -> str:
    """In Chinese and Japanese, where no space separates them, a number and the scale character
    and unit after it are tied by WORD JOINERs (U+2060), which renderers do not break at:
    "6.38\u2060亿\u2060人\u2060次". LibreOffice broke "6.38亿人|次" and "9月3|日" otherwise. So are a
    qualifier after the number ('円\u2060以\u2060上') and a date's parts ('7\u2060月\u206026\u2060日').
    Unicode's line breaking keeps them whole; LibreOffice 7.4 honours a joiner beside a digit
    only and breaks between two Chinese or Japanese characters at one (measured in its PDFs:
    '2026年7月26|日' is kept whole with them, '時|点' and 'アンケー|ト' are not), so a deck's fit
    measures the joined run as one word and sets a tile smaller rather than break it (fit.py).
    In Korean the digits and the word after them ('2억 1500|만' in a tile, otherwise; '6\u2060시'), and the
    amount's next digits or its counter after them ('3400억\u00a0원'). Applying it
    twice changes nothing (the document check compares a text with it)."""
    language = locale.replace("-", "_").split("_")[0].lower()
    if language == "ko" and any(map(str.isdigit, text)):
        text = _KOREAN_SCALE.sub(WORD_JOINER, text)  # '2\u2060억 1500\u2060만'
        return _KOREAN_AFTER_SCALE.sub(NBSP, text)  # '2\u2060억\u00a01500\u2060만\u00a0원'
    if language not in {"zh", "ja"} or not any(map(str.isdigit, text)):
        return text
    text = _CJK_BEFORE_NUMBER.sub(_bound_before, text)
    text = _CJK_INNER_SCALE.sub(WORD_JOINER, text)
    text = _CJK_DATE.sub(WORD_JOINER, text)
    text = _CJK_NUMBER.sub(lambda m: WORD_JOINER + WORD_JOINER.join(m.group(1)), text)
    return _CJK_TRAILING[language].sub(
        lambda m: m.group(1) + WORD_JOINER + WORD_JOINER.join(m.group(2)), text
    )


#: A word joiner no renderer reads: between two Chinese or Japanese characters. Measured in
#: LibreOffice 7.4's PDFs (a briefing and a deck, each number set at every place of a line's
#: end), it breaks '件\u2060|以上' and '万\u2060|人' as it breaks them without the joiner, and no
#: space is set between two such characters either way. A joiner beside a digit is read: after
#: one it keeps the counter on the digit's line ('1200\u2060件', never '1200 / 件'), and before
#: one it keeps Writer from setting its space between Asian and Latin text, which it sets
#: whatever the document's w:autoSpaceDN says ('約 8,300人', '2026年 8月' without it). The plan
#: keeps them all (the fit and the phrase breaks read a number's run as one word by them:
#: office/powerpoint/fit.py, office/cjk_phrases.py); a briefing prints only those read, since a
#: reader copies each one with the number (review W), and a deck none: its lines end before a tied
#: number instead (office/powerpoint/url_lines.py), where a search would miss '8.6\u2060萬' (review PP).
_HAN_KANA = r"\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IDLE_JOINER = lazy(rf"(?<=[{_HAN_KANA}])\u2060(?=[{_HAN_KANA}])")


def honoured_joiners(text: str) -> str:
    """`text` without the word joiners no renderer reads (_IDLE_JOINER): those beside a digit
    stay ('4\u2060万\u20601200\u2060件以上', once '4\u2060万\u20601200\u2060件\u2060以\u2060上')."""
    return _IDLE_JOINER.sub("", text) if WORD_JOINER in text else text


#: What a Japanese or Chinese line never starts with (kinsoku): a particle read with the number
#: before it ('27の国・地域'), a small kana or the long-vowel mark, a closing or middle mark.
NO_LINE_START = frozenset(
    "のがをにへとでやはも"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーゝゞヽヾ々"
    "、。，．・：；！？）」』》〉】〕％"
)
#: A full-width character (kana, ideographs, their marks): a Latin unit ('%') is never a counter.
_WIDE = lazy(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")
#: A Chinese, Japanese or Korean letter (an ideograph, a kana, a Hangul syllable).
_EAST_ASIAN_LETTER = of_script(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]", "\u3040"
)
#: The most letters a counter set on its number's line may have, with the qualifier that ends it
#: ('支', '人次', '社以上', '명 이상'); a longer unit is a word of its own, under the number.
COUNTER_LETTERS = 3


#: Qualifiers written after a number and its counter (phrases.py: '{} 가까이', '{} 이상', '{} 미만';
#: _CJK_AFTER's '以上', '近く', '余'): they belong to the number, and a tile's counter is counted
#: without them ('1,150명 가까이' on one line, never '1,150' / '명 가까이': review JJ).
_AFTER_COUNTER = frozenset(
    ("이상", "가까이", "미만", "이하", "이내", "남짓", "넘게", "가량", "안팎", "정도", "여")
) | frozenset(word for words in _CJK_AFTER.values() for word in words)


def _without_qualifier(unit: str) -> str:
    """The letters of `unit` without a qualifier that ends it ('명 가까이' -> '명', '社以上' -> '社')."""
    letters = "".join(unit.split())
    for word in sorted(_AFTER_COUNTER, key=len, reverse=True):
        if letters.endswith(word) and len(letters) > len(word):
            return letters[: -len(word)]
    return letters


def qualified_counter(unit: str) -> bool:
    """Whether `unit` is a counter a tile sets on its number's line with the qualifier after it
    ('명 가까이', '件以上'): a label of three letters ('主论坛') is no such unit."""
    return bool(tile_counter(unit)) and _without_qualifier(unit) != "".join(unit.split())


def tile_counter(unit: str) -> str:
    """The unit as it follows its number on the number's own line, where it is a Chinese,
    Japanese or Korean counter (a word of at most COUNTER_LETTERS letters, '支', '人次', '명'),
    which a reader reads as part of the number ('612支', never '612 / 支'), with the qualifier after
    it however long ('명 가까이', 'ブース以上': `_without_qualifier`): tied to the number
    and its letters to each other by word joiners, so that a tile measures it as one word and
    sets it smaller rather than break it; '' for any other unit."""
    letters = [c for c in unit if not c.isspace()]
    if letters and letters[0] in NO_LINE_START and _WIDE.fullmatch(unit[:1]):
        return WORD_JOINER + unit  # '27\u2060の国・地域': never '27 / の国・地域' (review V)
    counted = _without_qualifier(unit)  # '명 가까이': the counter '명', its qualifier after it
    if not letters or not 0 < len(counted) <= COUNTER_LETTERS:
        return ""
    if not all(_EAST_ASIAN_LETTER.fullmatch(c) for c in letters):
        return ""
    words = unit.split(" ")  # Korean spaces its qualifier: '명\u00a0이상', one word with it
    return WORD_JOINER + NBSP.join(WORD_JOINER.join(word) for word in words)


#: Between two letters of a name, a hyphen a line may not break at (U+2011: DejaVu Sans, Arial,
#: Calibri and the Noto CJK fonts have it, and LibreOffice sets it as a hyphen).
NO_BREAK_HYPHEN = "\u2011"
_NAME_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def credit_name(name: str, whole: bool = True) -> str:
    """A person's name as a credit prints it: never broken at its hyphen ('Carrère\u2011Dumontel',
    'Jean\u2011Pierre') and, when `whole`, at its spaces either ('Hélène\u00a0Carrère\u2011Dumontel').
    A name in Chinese, Japanese or Korean letters keeps the hyphen the body prints, tied by word
    joiners as its document ties its numbers ('東北大学「RESCUE\u2060-\u2060Q」'): the credit then
    reads, and is found and copied, as the body's 'RESCUE-Q' (review T)."""
    tie = f"{WORD_JOINER}-{WORD_JOINER}" if _EAST_ASIAN_LETTER.search(name) else NO_BREAK_HYPHEN
    name = _NAME_HYPHEN.sub(tie, name)
    return name.replace(" ", NBSP) if whole else name


@cache
def _quotation_ties(locale: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A quotation in the language's marks, and in it a qualifier tied to its number."""
    d_open, d_close, _, _ = marks(locale)
    quotation = re.compile(f"{re.escape(d_open.strip())}.+?{re.escape(d_close.strip())}", re.DOTALL)
    before = ties.qualifier_words(locale)[0]
    if not before:
        return quotation, re.compile(r"(?!)")
    words = "|".join(re.escape(w).replace(r"\ ", "[ \u00a0]") for w in sorted(before, key=len, reverse=True))
    sign = _scales_units_and_signs(locale)[2]
    number = rf"(?:(?:{sign})[\u00a0\u202f]?)?[-\u2212+]?\d"
    return quotation, re.compile(rf"(?<![\w.’'])((?:{words}))\u00a0(?={number})")


def freed_in_quotations(text: str, locale: str) -> str:
    """`text` with each qualifier inside a quotation free to part from its number at a line's end,
    by a plain space: in a quote's running text only a number and its unit or scale word are one
    word; 'almost\u00a0£250,000' tied made a run so long that the line before it broke early and
    the quote read ragged ('we raised / almost £250,000': review U). The qualifier's own words stay
    tied ('more\u00a0than'); outside quotations (a bullet, a tile), and in a short phrase quoted
    whole (RUNNING_WORDS), the qualifier stays tied. The document check applies the same rule to
    the text it reads (broken_numbers._first_breakable), so the space needs no mark: a zero width space
    after it, once the mark, was copied with the number ('More than \u200b4.12 lakh', review W)."""
    quotation, tied = _quotation_ties(locale)
    if NBSP not in text:
        return text
    return quotation.sub(lambda m: tied.sub(r"\1 ", m.group(0)) if _running(m.group(0)) else m.group(0), text)


#: A quotation of at least this many words is running text, whose lines a qualifier may end; a
#: shorter one is a phrase quoted whole ('„mehr als 3,8 Milliarden Euro“'), which stays one.
RUNNING_WORDS = 8


def _running(quotation: str) -> bool:
    return len(re.split(r"[\s\u00a0\u202f]+", quotation.strip())) >= RUNNING_WORDS


#: The hyphen of a suspended compound's second part ('genbrugskrus og -tallerkener', 'Messe- und
#: -ausstellung'): after a space or an opening bracket, before a letter. LibreOffice broke the line
#: after it ('og -' / 'tallerkener', review SS1), which Unicode's rule LB20.1 forbids and older line
#: breakers allow; a non-breaking hyphen looks the same and is honoured by Word and LibreOffice.
_SUSPENDED = re.compile(r"(?:(?<=^)|(?<=[\s(\u00a0]))-(?=[^\W\d_])")


def suspended_hyphens(text: str) -> str:
    """`text` with each suspended compound's leading hyphen a non-breaking one."""
    return _SUSPENDED.sub(NO_BREAK_HYPHEN, text) if "-" in text else text


#: A time written with the minute and second marks ('1:52\'36"4', '2\'38"0', '19"2'): a straight
#: double quote between digits, or after a minute mark's two digits, is a second mark, never a
#: closing quotation mark ('1:52’36»4' in an Italian rally's results: review YY2); a straight
#: apostrophe between digits before two digits and a second mark is a minute mark.
_MINUTES = re.compile(r"(?<=\d)'(?=\d{2}\")")
_SECONDS = re.compile(r"(?<=\d)\"(?=\d)|(?<=\u2032\d{2})\"")


def _time_marks(text: str) -> str:
    """`text` with a time's straight minute and second marks as the primes they stand for
    (U+2032, U+2033), before quotation marks are made of the straight ones."""
    if '"' not in text:
        return text
    return _SECONDS.sub("\u2033", _MINUTES.sub("\u2032", text))


def typographic(text: str, locale: str = "en") -> str:
    """Straight quotes and apostrophes become the language's marks; a number keeps its scale
    word, unit and currency on its line (and its qualifier, outside a quotation:
    `freed_in_quotations`), and a suspended compound's hyphen its word (`suspended_hyphens`);
    other text is untouched."""
    text = suspended_hyphens(bind_numbers(text, locale))
    if '"' not in text and "'" not in text:
        return freed_in_quotations(text, locale)
    text = _time_marks(text)
    d_open, d_close, s_open, _ = marks(locale)
    text = _DOUBLE_OPEN.sub(d_open, text).replace('"', d_close)
    text = _SINGLE_OPEN.sub(s_open, text)
    # apostrophes (and closing single quotes) are the same mark
    return freed_in_quotations(text.replace("'", "\u2019"), locale)
