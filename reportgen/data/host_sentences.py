"""Whether a sentence says who hosted or moderated an event ('Durch den Abend führte die
Moderatorin Katrin Albers', 'The evening was hosted by …', '司会は…'): a fact about the
programme, no finding, which titles no slide (review UU2 F7: the gala's evening under its
moderator's name, its auction, the highlight, in the lead). One pattern for the catalogues'
languages; a sentence is read in its document's language, so no language needs telling apart."""

from __future__ import annotations

import re

from reportgen.lazy_pattern import lazy

_HOST = lazy(
    r"\b(?:hosted by|hosts? (?:was|were)|as (?:the )?host|emcee\w*|master of ceremonies"  # en
    r"|moderat(?:ed|or|ors)|presenters?)\b"
    r"|\b(?:Moderator\w*|moderiert\w*|Gastgeber\w*|Conférencier\w*)\b"  # de
    r"|\bdurch (?:den|die|das) \w+ führte\b|\bführte\w*(?: \S+){0,6} durch (?:den|die|das) \w+"  # de
    r"|\b(?:anim(?:é|ée|és|ées|ait|aient) par|animat(?:eur|rice)s?|présenté(?:e|s|es)? par"  # fr
    r"|présentat(?:eur|rice)s?|maîtres? de cérémonie)\b"
    r"|\b(?:presentad[oa]s? por|presentador(?:a|es)?|conducid[oa]s? por|maestr[oa] de ceremonias"  # es
    r"|moderad[oa]s? por|moderador(?:a|es)?)\b"
    r"|\b(?:condott[oa] da|presentat(?:ore|rice|ori)|conduttor[ei]|conduttrice|moderat[oa] da)\b"  # it
    r"|\b(?:apresentad[oa]s? por|apresentador(?:a|es)?|mestre de cerimônias|conduzid[oa]s? por)\b"  # pt
    r"|\b(?:gepresenteerd door|presentator|presentatrice|dagvoorzitter)\b"  # nl
    r"|\b(?:prowadząc\w*|konferansjer\w*)\b"  # pl
    r"|\b(?:programledare|konferencier\w*|konferansier\w*|vært(?:er|inde)?)\b"  # sv, da, nb
    r"|\b(?:sunucu\w*)\b"  # tr
    r"|司会|主持人|由\S{1,12}主持|사회자|사회를 맡|진행을 맡",  # ja, zh, ko
    re.IGNORECASE,
)


def hosts(sentence: str) -> bool:
    """Whether `sentence` names who hosted or moderated the event, or part of it."""
    return bool(_HOST.search(sentence))


#: The highlight of an event, said in words: 'the highlight was', 'Höhepunkt', 'point d'orgue'.
_HIGHLIGHT = re.compile(
    r"\b(?:highlight\w*|Höhepunkt\w*|point d['’]orgue|temps fort|clou|punto culminante|momento cumbre"
    r"|momento clou|ponto alto|destaque|hoogtepunt\w*|höjdpunkt\w*|højdepunkt\w*|høydepunkt\w*"
    r"|punkt kulminacyjny|zwieńczeni\w*|en önemli an\w*)\b|亮点|高潮|ハイライト|目玉|하이라이트",
    re.IGNORECASE,
)


def highlights(sentence: str) -> bool:
    """Whether `sentence` says what the highlight was ('Höhepunkt war die Versteigerung …')."""
    return bool(_HIGHLIGHT.search(sentence))
