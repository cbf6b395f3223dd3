"""Words that place a sentence in time relative to when it was written (review UU3 #5): a press
release's 'Do poniedziałku rano…', 'By Monday morning…' or 'yesterday' reads right on the day it
is sent, and out of context as the first sentence of a briefing read later (which Monday?). A
quote that says one opens no lede (plan/news_lede.py); it stays a credited quotation, whose date
its source gives.

By language: the days before and after today, this morning or evening, last night or week, and
the days of the week, which such a text names as the next or the last one."""

from __future__ import annotations

import re
from functools import cache

from reportgen.data import sentences
from reportgen.lazy_pattern import lazy

_WEEKDAYS_EN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_RELATIVE = {
    "en": rf"yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week|weekend)"
    rf"|last\s+(?:night|week|weekend)|(?:{_WEEKDAYS_EN})(?:'s)?",
    "de": r"gestern|vorgestern|heute|morgen|übermorgen|heute\s+\w*morgen|am\s+\w+abend"
    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*",
    "fr": r"hier|avant-hier|aujourd['’]hui|demain|ce\s+(?:matin|soir|week-end)|cette\s+semaine"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    "es": r"ayer|anteayer|anoche|hoy|mañana|esta\s+(?:mañana|tarde|noche|semana)|este\s+fin\s+de\s+semana"
    r"|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)",
    "it": r"ieri|oggi|domani|stamattina|stamane|stasera|ieri\s+sera|questa\s+settimana"
    r"|(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)",
    "pt": r"ontem|hoje|amanhã|esta\s+(?:manhã|tarde|noite|semana)"
    r"|(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo",
    "nl": r"gisteren|eergisteren|vandaag|morgen|vanavond|vanochtend|vanmorgen|deze\s+week"
    r"|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w*",
    "sv": r"igår|i\s+går|idag|i\s+dag|imorgon|i\s+morgon|i\s+kväll|i\s+morse|i\s+helgen"
    r"|(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\w*",
    "da": r"i\s+går|i\s+dag|i\s+morgen|i\s+aftes|i\s+aften|i\s+weekenden"
    r"|(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\w*",
    "nb": r"i\s+går|i\s+dag|i\s+morgen|i\s+kveld|i\s+helgen"
    r"|(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\w*",
    "pl": r"wczoraj|dziś|dzisiaj|jutro|w\s+tym\s+tygodniu|w\s+weekend"
    r"|(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)\w*",
    "tr": r"dün|bugün|yarın|bu\s+(?:sabah|akşam|hafta)"
    r"|(?:pazartesi|salı|çarşamba|perşembe|cumartesi)\w*",
}
#: In Chinese, Japanese and Korean, within a sentence's characters.
_WIDE = lazy(
    r"昨天|今天|明天|昨晚|今晨|本周|上周|周[一二三四五六日]|星期[一二三四五六日天]"  # zh
    r"|昨日|本日|明日|昨夜|今朝|今週|先週|[月火水木金土日]曜"  # ja (and zh-Hant 昨日, 本日)
    r"|어제|오늘|내일|이번\s?주|지난주|[월화수목금토일]요일"  # ko
)


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = _RELATIVE.get(language)
    return re.compile(rf"(?<![\w’'-])(?:{words})(?![\w-])", re.IGNORECASE) if words else None


def says_relative_time(text: str, locale: str) -> bool:
    """Whether `text` places itself in time from the day it was written ('by Monday morning',
    'wczoraj', '昨日')."""
    if _WIDE.search(text):
        return True
    pattern = _pattern(sentences.language(locale))
    return bool(pattern and pattern.search(text))
