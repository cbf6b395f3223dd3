"""達/达 ('reached') before a Chinese amount: only before an exact one. '签约金额达560亿元人民币'
is Chinese; '總成交額達約港幣32億元' ('reached about') is not, where '總成交額約港幣32億元' says it
(review YY1 #1). The figure's own sentence (data/sentences.py) and the catalogue's sentences that
write the word before their amount (plan/record_lede.py: '%(label)s達%(amount)s，創歷史新高。')
follow the one rule here."""

from __future__ import annotations

from reportgen.data.messages import catalogue_name

#: The word in each Chinese catalogue: zh_TW and zh_HK write 達, zh_CN 达.
_REACHED = {"zh_Hant": "達", "zh_Hans": "达"}


def reached(locale: str) -> str:
    """The edition's word for 'reached' before an amount; '' outside Chinese."""
    return _REACHED.get(catalogue_name(locale), "")


def links_amount(qualifier: str) -> bool:
    """Whether 'reached' may stand before an amount with `qualifier` ('exactly', 'about', …): a
    qualified amount opens with its qualifier (約, 近, 超過, 至少…), which 'reached' cannot precede."""
    return qualifier == "exactly"


def unreached(pattern: str, locale: str, qualifier: str, slot: str = "%(amount)s") -> str:
    """`pattern` (a catalogue's translated sentence) without the 'reached' it writes just before
    `slot`, where the amount filling it is qualified; `pattern` unchanged otherwise."""
    word = reached(locale)
    if not word or links_amount(qualifier):
        return pattern
    return pattern.replace(f"{word}{slot}", slot)
