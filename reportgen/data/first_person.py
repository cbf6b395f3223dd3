"""Whether a quote speaks in the first person ('we raised', 'notre colloque', '우리는'): such words
are a speaker's, to be credited, never set as the document's own sentence."""

from __future__ import annotations

import re

from reportgen.data import sentences

#: The words of the first person a quote speaks in, by language: set as the briefing's own first
#: sentence, 'we raised almost £250,000' or 'jamais notre colloque' would read as the office
#: speaking; such a quote stays a credited quotation in its section.
_FIRST_PERSON = {
    "en": r"we|our|us|i|my",
    "fr": r"nous|notre|nos|je|j|mon|ma|mes",
    "de": r"wir|unser\w*|ich|mein\w*",
    "es": r"nosotros|nosotras|nuestr[oa]s?|yo|mis?|hemos",
    "it": r"noi|nostr[oaie]|io|mio|mia|miei|mie|abbiamo",
    "pt": r"nós|noss[oa]s?|eu|meus?|minhas?|tivemos|recebemos",
    "nl": r"wij|we|ons|onze|ik|mijn",
    "sv": r"vi|vår|vårt|våra|jag|mitt|mina",
    "da": r"vi|vores|jeg|mit|mine",
    "nb": r"vi|vår|vårt|våre|jeg|mitt|mine",
    "pl": r"my|nasz\w*|ja|mój|moja|moje",
    "tr": r"biz|bizim|ben|benim|\w+(?:dık|dik|duk|dük|tık|tik|tuk|tük)",
}
#: In Chinese, Japanese and Korean, the words for 'we' and 'I', within a sentence's characters.
_WIDE_FIRST_PERSON = re.compile(r"我们|我們|我|私たち|私ども|弊社|当社|우리|저희")


def first_person(text: str, locale: str) -> bool:
    """Whether a quote speaks in the first person ('we raised', 'notre colloque', '우리는')."""
    if _WIDE_FIRST_PERSON.search(text):
        return True
    words = _FIRST_PERSON.get(sentences.language(locale))
    return bool(words and re.search(rf"(?<![\w’'])(?:{words})(?![\w’'$-])", text, re.IGNORECASE))
