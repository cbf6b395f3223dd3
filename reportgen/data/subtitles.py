"""A long official name's subtitle part: what a designer sets on a line of its own, smaller.

'第5回 日本・ASEANスタートアップ共創ビジネスサミット2026 in 福岡 〜越境イノベーションで次世代産業を
つくる〜' is a name and its subtitle; so are 'Jahrestagung 2026 – Wege zur …' and 'Forum 2026 :
la ville …'. The deck's cover (office/powerpoint/cover_name.py) and the briefing's title
(office/word_titles.py) both set the part after the name smaller, on a line of its own.
"""

from __future__ import annotations

import re

#: A name's subtitle part: a Japanese one between wave dashes at its end ('〜越境イノベーション
#: で…〜'), or what follows a spaced dash ('Jahrestagung 2026 – Wege zur …') or a colon ('Forum
#: 2026 : la ville …', '峰会：…'); at least SUBTITLE_CHARS characters, with letters, so that
#: '2025 – 2026' is no subtitle.
_WAVE = re.compile(r"^(?P<main>.*?\S)\s*(?P<sub>[〜～][^〜～]+[〜～])\s*$")
_DASH = re.compile(r"^(?P<main>.*?\S)\s+[–—-]\s+(?P<sub>\S.*)$")
_COLON = re.compile(r"^(?P<main>.*?[^\s:：])\s*(?::\s+|：\s*)(?P<sub>\S.*)$")
SUBTITLE_CHARS = 8


def split_subtitle(name: str) -> tuple[str, str]:
    """The name and its subtitle part ('' where it has none): the wave dashes kept, as Japanese
    sets a subtitle between them; a dash or colon dropped."""
    for pattern in (_WAVE, _DASH, _COLON):
        found = pattern.match(name.strip())
        if found is None:
            continue
        main, sub = found.group("main").strip(), found.group("sub").strip()
        letters = sum(c.isalpha() for c in sub)
        if len(sub) >= SUBTITLE_CHARS and letters * 2 >= len(sub) and main:
            return main, sub
    return name, ""
