"""The deck's language tag: every run, paragraph end and text default says the event's language.

python-pptx's default template (and most decks made in an en-US PowerPoint) tag all text en-US, so
spelling, hyphenation and screen readers treat an en-GB or de-DE deck as American English. After
rendering, every `lang` of a DrawingML text property (runs, paragraph ends, list and master
defaults, charts) in the deck's XML parts becomes the event's tag ('en-GB', 'zh-CN').
"""

from __future__ import annotations

from typing import Any

from reportgen.office.ooxml import qn

_TEXT_PROPERTIES = ("a:rPr", "a:endParaRPr", "a:defRPr")


def set_language(prs: Any, tag: str) -> None:
    tags = tuple(qn(name) for name in _TEXT_PROPERTIES)
    for part in prs.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        for properties in element.iter(*tags):
            if properties.get("lang") is not None or properties.tag != qn("a:defRPr"):
                properties.set("lang", tag)
