"""The definite article a percentage takes in Italian and Spanish prose (review X).

Italian and Spanish write a share with its article: 'in testa con il 20%', 'circa l'8%', 'oltre
l'11%', 'meno del 5%'; 'en cabeza con el 34 %', 'alrededor del 20 %'. Without it, 'con circa 20%'
reads as a slip to an Italian editor. The article is il/el, Italian's l' before a number said with
a vowel (uno, undici, otto, ottanta, ottocento: 'l'1,5%', 'l'11%', 'l'80%'), and it joins a
qualifier's last preposition ('di il' is 'del', 'a il' is 'al', 'de el' is 'del'). Other languages
print the share as it is ('avec 20 %', 'com 20%', 'with 20%').
"""

from __future__ import annotations

import re

#: The percentage in a printed amount: its digits (with their marks) and its sign ('circa 20%').
_SHARE = re.compile(r"(?P<number>\d[\d.,\u00a0\u202f’']*)\s?(?:%|％)")
#: Per language: a preposition the article joins, and what they make together.
_JOINED = {
    "it": {"di": ("del", "dell’"), "a": ("al", "all’")},
    "es": {"de": ("del", "del"), "a": ("al", "al")},
}
_ARTICLE = {"it": ("il", "l’"), "es": ("el", "el")}


def with_article(words: str, locale: str) -> str:
    """`words`, an amount as printed ('circa 20%'), with the article its language sets before a
    percentage ('circa il 20%'); as it is where the language sets none or it is no percentage."""
    lang = locale.split("_")[0]
    found = _SHARE.search(words)
    if lang not in _ARTICLE or not found or re.match(r"\s*(?:il|l’|l'|el|del|al)\b", words):
        return words
    head, number = words[: found.start()], found.group("number")
    vowel = lang == "it" and _said_with_vowel(number)
    words_before = head.split()
    if words_before and words_before[-1] in _JOINED[lang]:
        joined = _JOINED[lang][words_before[-1]][vowel]
        head = " ".join([*words_before[:-1], joined])
        return head + ("" if joined.endswith("’") else " ") + words[found.start() :]
    article = _ARTICLE[lang][vowel]
    return head + article + ("" if article.endswith("’") else " ") + words[found.start() :]


def _said_with_vowel(number: str) -> bool:
    """Whether an Italian number is said with a vowel first: uno, undici, otto, ottanta, ottocento
    ('1', '1,5', '11', '8', '80', '800'), not cento or mille ('100', '1000')."""
    whole = re.split(r"[.,]", re.sub(r"[\u00a0\u202f’' ]", "", number))[0]
    return whole.startswith("8") or whole in ("1", "11")
