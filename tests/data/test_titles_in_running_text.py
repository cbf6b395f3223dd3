"""Review OO2: titles capitalised mid-sentence. 'Mari Boine, Årets festivalkunstner, avsluttet …',
'… et Membre de l’Académie …', 'Camille Duval-Rocheblave, Docteure de l’École …', 'Park Ji-hoon,
Mid laner, Seoul Tempest, was named …'. The rule an editor applies: in the languages that write a
title small after a name, a role, a rank, a membership or an occupation takes its small letter
(data/roles.py's lists); a name keeps its capital ('l’École …', 'Seoul Tempest'). English keeps a
title the file writes in Title Case ('Chief Executive'), and writes one in sentence case, a
description ('Mid laner'), small, unless it opens with a name ('Brazil captain')."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.sentences import person
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_slide_texts


@pytest.mark.parametrize(
    ("locale", "titles", "said"),
    [
        ("fr_FR", ["Docteure de l’École des hautes études en sciences sociales"],
         "docteure de l’École des hautes études en sciences sociales"),
        ("fr_FR", ["Professeure d’histoire à l’université Clermont-Auvergne",
                   "Membre de l’Académie des sciences"],
         "professeure d’histoire à l’université Clermont-Auvergne et membre de l’Académie des sciences"),
        ("nb_NO", ["Årets festivalkunstner"], "årets festivalkunstner"),
        ("da_DK", ["Årets kunstner"], "årets kunstner"),
        ("sv_SE", ["Årets konstnär"], "årets konstnär"),
        ("es_ES", ["Doctora en Historia por la Universidad de Oviedo"],
         "doctora en Historia por la Universidad de Oviedo"),
        ("it_IT", ["Dottoressa di ricerca all’Università di Padova"],
         "dottoressa di ricerca all’Università di Padova"),
        ("pt_BR", ["Membro da Academia Brasileira de Letras"], "membro da Academia Brasileira de Letras"),
        ("nl_NL", ["Lid van de Raad van Toezicht"], "lid van de Raad van Toezicht"),
        ("pl_PL", ["Laureatka Nagrody Nike"], "laureatka Nagrody Nike"),
        ("en_US", ["Mid laner", "Seoul Tempest"], "mid laner, Seoul Tempest"),
        ("en_US", ["Cardiology fellow", "Emory University School of Medicine"],
         "cardiology fellow, Emory University School of Medicine"),
        ("en_GB", ["Head of operations"], "head of operations"),
        # kept: a name, a title in Title Case, a title of one word (the file says nothing)
        ("en_GB", ["Chief Executive of Riverside Hospice"], "Chief Executive of Riverside Hospice"),
        ("en_GB", ["Head of Sixth Form", "Calderbrook Academy"], "Head of Sixth Form, Calderbrook Academy"),
        ("en_US", ["Brazil captain"], "Brazil captain"),
        ("en_CA", ["Saturday headliner"], "Saturday headliner"),
        ("en_GB", ["Founder", "Wirral Robotics"], "Founder, Wirral Robotics"),
        ("fr_FR", ["Centre Alexandre-Koyré"], "Centre Alexandre-Koyré"),
        ("nb_NO", ["Tromsø kommune"], "Tromsø kommune"),
        ("it_IT", ["Harbour Wine Merchants", "Londra"], "Harbour Wine Merchants, Londra"),
    ],
)  # fmt: skip
def test_a_title_in_running_text_is_written_as_an_editor_writes_it(
    locale: str, titles: list[str], said: str
) -> None:
    assert person("A. Name", titles, "", locale) == f"A. Name, {said}"


def test_the_congress_prints_the_description_small_in_both_documents(tmp_path: Path) -> None:
    event = ROOT / "tests" / "events" / "med-congress-us.yaml"
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    for text in (" ".join(docx_paragraphs(briefing)), " ".join(pptx_slide_texts(deck))):
        assert "Dr. Keisha L. Brown, cardiology fellow, Emory University School of Medicine" in text
        assert "Cardiology fellow" not in text
        assert "Dr. Sandra K. Okafor, President, American Society" in text  # Title Case: kept
