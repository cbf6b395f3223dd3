"""A person's role in the document's register, where our sentence ends with it.

In Japanese and Korean a person's `role` is the predicate our sentence ends with ('山本 恵子（教授）は
…の基調講演を行った。', '김민준 위원장은 개막을 선언했다.'), so its ending is the sentence's register. A
role in the plain form among a polite document's sentences read as a slip (review UU1 #12: '…講演
した。' beside '…講演しました。'). Where the document is polite (data/register.py `polite`), a role's
plain ending is made polite, from an allow-list of endings whose polite form is certain:

- Japanese: 'した' → 'しました' (every する verb and every godan す verb), an ichidan verb's
  'e'-row kana and 'た' (述べた, 務めた, 選ばれた) → 'ました', 'だった' → 'でした', 'である' → 'です',
  and the godan verbs of a press release in a list (行った → 行いました: 'おこなった', as a role says it);
- Korean: a past tense's 'ㅆ다' ('선언했다', '맡았다') → 'ㅆ습니다', '이다' → '입니다'.

Any other ending is left as written: a word we cannot conjugate with certainty is never guessed.
"""

from __future__ import annotations

import re

from reportgen.data.model import EventSummary

#: Godan verbs whose plain past ends in 'った', 'いた', 'んだ' or 'いだ', which cannot be told from
#: the ending: each with its polite past (an allow-list).
_JA_VERBS = {
    "行った": "行いました",
    "語った": "語りました",
    "言った": "言いました",
    "担った": "担いました",
    "作った": "作りました",
    "贈った": "贈りました",
    "送った": "送りました",
    "取った": "取りました",
    "勝った": "勝ちました",
    "立った": "立ちました",
    "持った": "持ちました",
    "振り返った": "振り返りました",
    "祝った": "祝いました",
    "誓った": "誓いました",
    "競った": "競いました",
    "開いた": "開きました",
    "招いた": "招きました",
    "導いた": "導きました",
    "書いた": "書きました",
    "築いた": "築きました",
    "描いた": "描きました",
    "率いた": "率いました",
    "選んだ": "選びました",
    "結んだ": "結びました",
    "呼んだ": "呼びました",
    "学んだ": "学びました",
    "挑んだ": "挑みました",
    "臨んだ": "臨みました",
    "読んだ": "読みました",
    "継いだ": "継ぎました",
    "注いだ": "注ぎました",
}
#: The 'e'-row kana: before 'た', an ichidan verb (or a passive or causative) whose polite past
#: is the same stem and 'ました'.
_E_ROW = "えけげせぜてでねへべぺめれ"
_STOP = re.compile(r"[。．.！!？?]+$")
#: A Hangul syllable's final consonant: (code - 0xAC00) % 28; ㅆ is 20.
_SSANG_SIOS = 20


def polite_role(role: str, locale: str) -> str:
    """`role` with its plain ending in the polite form where it is one of the allow-list's; as
    written otherwise, and in every other language."""
    lang = locale.replace("-", "_").split("_")[0].lower()
    stripped = _STOP.sub("", role.rstrip())
    stop = role.rstrip()[len(stripped) :]
    if lang == "ja":
        polite = _japanese(stripped)
    elif lang == "ko":
        polite = _korean(stripped)
    else:
        return role
    return role if polite is None else polite + stop


def _japanese(text: str) -> str | None:
    if text.endswith(("ました", "ます", "です", "でした", "ません")):
        return None  # polite already
    for plain, polite in _JA_VERBS.items():
        if text.endswith(plain):
            return text[: -len(plain)] + polite
    if text.endswith("だった"):
        return text[:-3] + "でした"
    if text.endswith("である"):
        return text[:-3] + "です"
    if text.endswith("した"):
        return text[:-2] + "しました"
    if len(text) >= 2 and text.endswith("た") and text[-2] in _E_ROW:
        return text[:-1] + "ました"
    return None


def _korean(text: str) -> str | None:
    if len(text) < 2 or not text.endswith("다"):
        return None
    before = text[-2]
    code = ord(before) - 0xAC00
    if 0 <= code < 11172 and code % 28 == _SSANG_SIOS:  # '했다', '맡았다', '이끌었다'
        return text[:-1] + "습니다"
    if before == "이" and len(text) >= 3:  # '… 대표이다'
        return text[:-2] + "입니다"
    return None


def polite_roles(summary: EventSummary, locale: str, polite: bool) -> EventSummary:
    """`summary` with its people's roles in the polite form (`polite_role`) where the document is
    polite; as it is otherwise."""
    if not polite:
        return summary
    sections = {}
    for sid, section in summary.sections.items():
        people = [
            p.model_copy(update={"role": polite_role(p.role, locale)}) if p.role else p
            for p in section.people
        ]
        changed = any(a.role != b.role for a, b in zip(people, section.people, strict=True))
        sections[sid] = section.model_copy(update={"people": people}) if changed else section
    return summary.model_copy(update={"sections": sections})
