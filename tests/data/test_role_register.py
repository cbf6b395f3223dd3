"""A person's role ends our sentence in Japanese and Korean, so its ending is the sentence's
register: a polite document's people are polite too (review UU1 #12: '…の基調講演を行った。' and
'…について講演した。' beside the summary's '…講演しました。')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.role_register import polite_role
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

KEISAN = ROOT / "tests" / "data" / "review_events" / "keisan-gengo-gakkai-ja-jp.yaml"


@pytest.mark.parametrize(
    ("role", "locale", "polite"),
    [
        ("「評価はどこへ向かうか」と題して初日の基調講演を行った", "ja_JP", "…基調講演を行いました"),
        ("話者の少ない言語のための音声コーパスづくりについて講演した。", "ja_JP", "…講演しました。"),
        ("最優秀論文賞に選ばれた", "ja_JP", "…選ばれました"),
        ("実行委員長を務めた", "ja_JP", "…務めました"),
        ("初代の審査委員長だった", "ja_JP", "…審査委員長でした"),
        ("開会を宣言しました", "ja_JP", "…開会を宣言しました"),  # polite already
        ("会場に来た", "ja_JP", "…会場に来た"),  # not one the allow-list knows: as written
        ("개막을 선언했다.", "ko_KR", "…개막을 선언했습니다."),
        ("심사위원장을 맡았다", "ko_KR", "…심사위원장을 맡았습니다"),
        ("올해 조직위원회 대표이다", "ko_KR", "…올해 조직위원회 대표입니다"),
        ("declared the fair open", "en_GB", "…declared the fair open"),
    ],
)
def test_a_roles_plain_ending_is_made_polite_from_an_allow_list(role: str, locale: str, polite: str) -> None:
    made = polite_role(role, locale)
    assert made.endswith(polite[1:]) and made.startswith(role[:4]), made


def test_a_polite_japanese_documents_people_are_polite(tmp_path: Path) -> None:
    result = build(KEISAN, Settings.simple(tmp_path, TEMPLATES))
    docx = next(f for f in result.files if f.suffix == ".docx")
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    people = [p for p in paragraphs if "講演" in p and "）は" in p]
    assert len(people) == 3, paragraphs
    # every sentence of ours ends polite, as the summaries do; the quotes are their speakers'
    assert [p for p in people if re.search(r"(?<!まし)た。$", p.splitlines()[0])] == []
    assert result.warnings == []  # the document check finds nothing
