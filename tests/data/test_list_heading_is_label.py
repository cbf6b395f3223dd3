"""Review UU1 B: under the US summit's heading 'Partner investment', the six partners lost their
label 'Partners' and read as more bullets of the people before them ('Partners' counted as said by
'Partner investment', a word of the heading). A heading names a list only where it is the list's
label, the whole phrase; a list's names never continue the people's bullets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from docx import Document

from reportgen.data.plan.lists import heading_is_label
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("heading", "label", "named"),
    [
        ("Partnerzy", "Partnerzy", True),
        ("Partners", "Partners:", True),
        ("Sponsors", "Sponsor", True),
        ("獲獎名單", "獲獎名單", True),
        ("Partner investment", "Partners", False),
        ("Partners and sponsors", "Partners", False),
        ("La soirée", "Partenaires de la soirée", False),
        ("合作伙伴投资", "合作伙伴", False),
    ],
)
def test_a_heading_names_a_list_only_where_it_is_its_label(heading: str, label: str, named: bool) -> None:
    assert heading_is_label(heading, label) is named


@pytest.mark.parametrize(
    ("name", "label", "first", "second"),
    [
        ("cobalt-devsummit-en-us", "Partners", "Northpeak Cloud", "Arvo Semiconductor"),
        ("bieg-dla-szpitala-pl", "", "Miasto Lublin", "Lubelskie Zakłady Mleczarskie"),
        ("bieg-dla-szpitala-pl+person", "Partnerzy", "Miasto Lublin", "Lubelskie Zakłady Mleczarskie"),
    ],
)
def test_a_lists_names_never_continue_the_peoples_bullets(
    tmp_path: Path, name: str, label: str, first: str, second: str
) -> None:
    event = REVIEWS / f"{name.removesuffix('+person')}.yaml"
    if name.endswith("+person"):  # a person in the section the list's label names
        data = yaml.safe_load(event.read_text(encoding="utf-8"))
        section = data["sections"]["partnerzy"]
        section["people"] = [
            {"name": "Anna Kowalska", "titles": ["prezes Banku Spółdzielczego"], "role": "wręczyła czek"}
        ]
        event = tmp_path / event.name
        event.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    doc = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    at = next(i for i, p in enumerate(paragraphs) if p.text == first or second in p.text)
    if label:  # its label printed over or before its names
        assert label in paragraphs[at].text or paragraphs[at - 1].text.rstrip(":：").endswith(label), [
            p.text for p in paragraphs[at - 3 : at + 2]
        ]
    if "List" in paragraphs[at].style.name:  # its names bullets: no other bullets above them in the section
        start = max(i for i in range(at) if paragraphs[i].style.name.startswith("Heading"))
        above = [p.text for p in paragraphs[start + 1 : at] if "List" in p.style.name]
        assert not above, above
