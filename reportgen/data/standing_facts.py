"""Figures that state a standing fact, not an event's outcome: a price, a target, a plan, a budget,
a capacity. Japanese and Korean end a figure's sentence with a copula in the past
('来場者数は約5万2000人でした。'), which says a price or a target was and is no longer
('希望小売価格は480万円でした。', review WW2 #5): these take the present ('…480万円です。',
'…목표는 300대입니다.').

An allow-list of the head nouns that name such a fact, per language, read at the end of the
figure's label ('協働ロボット「KAZE-7」の希望小売価格', '「AX-500」の初年度受注目標'). Plain data and
one reader."""

from __future__ import annotations

#: Label endings that name a standing fact, per language.
_NOUNS: dict[str, tuple[str, ...]] = {
    "ja": (
        "価格",
        "定価",
        "料金",
        "価格帯",
        "目標",
        "予定",
        "計画",
        "見込み",
        "予算",
        "定員",
        "上限",
        "目安",
    ),
    "ko": ("가격", "정가", "요금", "목표", "예정", "계획", "전망", "예산", "정원", "상한"),
}


def standing(lang: str, label: str) -> bool:
    """Whether a figure labelled `label` in language `lang` states a standing fact (its label ends
    in a price's, a target's or a plan's noun), whose sentence is in the present."""
    head = label.strip().rstrip("。.")
    return any(head.endswith(noun) for noun in _NOUNS.get(lang, ()))
