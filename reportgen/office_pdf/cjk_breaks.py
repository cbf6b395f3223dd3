"""Where LibreOffice Writer may end a Chinese, Japanese or Korean line: never beside a word joiner.

The plan ties a CJK number to its counter, scale and qualifier with word joiners (U+2060:
'2026\u2060年\u206010\u2060月\u206025\u2060日', '約\u20608.6\u2060萬'). Word and Impress keep such
a run on one line; Writer does not: its CJK line breaking ignores the joiner and ends a line
anywhere a character's 'forbidden' rules allow ('…於2026年10月25 / 日閉幕。', review MM). Those
rules are per language lists of characters no line starts with and none ends with, which a
document in Writer takes from its office's profile (Tools > Options > Asian Layout > First and
Last Characters) when it is opened; a DOCX's own `w:noLineBreaksBefore` / `w:noLineBreaksAfter`
are not read by LibreOffice 7.4. So the profile of the office that makes our PDFs lists the joiner
as a character no line starts or ends with, for each CJK language, beside the language's own
default lists (LibreOffice's locale data, kept here, as a list set in the profile replaces them):
a line then breaks before a tied run or after it, never inside it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportgen.data.typography import WORD_JOINER

#: Per language tag: LibreOffice's own characters no line starts with, and none ends with.
_DEFAULTS = {
    "zh-CN": (
        ":!),.:;?]}¢'\"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―--′’”",
        "([{£¥'\"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛“‘",
    ),
    "zh-TW": (
        "!),.:;?]}¢·--'\"¨•′、。〉》」』】〕〞︰︱︳︴︶︸︺︼︾﹀﹂﹄﹏﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝､",
        "([{£¥'\"‵〈《「『【〔〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛",
    ),
    "ja-JP": (
        "!%),.:;?]}¢°’”‰′″℃、。々〉》」』】〕ぁぃぅぇぉっゃゅょゎ゛゜ゝゞァィゥェォッャュョヮヵヶ・ーヽヾ"
        "！％），．：；？］｝｡｣､･ｧｨｩｪｫｬｭｮｯｰﾞﾟ¢",
        "$([¥{£¥‘“〈《「『【〔＄（［｛｢£￥",
    ),
    "ko-KR": (
        "!%),.:;?]}¢￠'\"′″℃>〉＞》」』】〕！％），．：；？］｝｡｣､･ ﾞﾟ、。’”°",
        "$(¥£[\\{￡￥'\"<＜《「『【〔＄（［｛₩￦｢‘“〈",
    ),
}
#: The languages that share another's lists (Hong Kong, Macao and Singapore Chinese).
_ALIASES = {"zh-HK": "zh-TW", "zh-MO": "zh-TW", "zh-SG": "zh-CN"}


def forbidden_characters() -> dict[str, tuple[str, str]]:
    """Per language tag: the characters no line starts with, and those none ends with, the word
    joiner among both."""
    lists = {tag: (start + WORD_JOINER, end + WORD_JOINER) for tag, (start, end) in _DEFAULTS.items()}
    return lists | {alias: lists[tag] for alias, tag in _ALIASES.items()}


def profile_items() -> list[str]:
    """The lists as items of a LibreOffice profile's registrymodifications.xcu."""
    return [
        '<item oor:path="/org.openoffice.Office.Common/AsianLayout/StartEndCharacters">'
        f'<node oor:name="{tag}" oor:op="replace">'
        f'<prop oor:name="StartCharacters" oor:op="fuse"><value>{escape(start)}</value></prop>'
        f'<prop oor:name="EndCharacters" oor:op="fuse"><value>{escape(end)}</value></prop>'
        "</node></item>"
        for tag, (start, end) in forbidden_characters().items()
    ]
