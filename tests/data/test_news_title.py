"""Review OO1: the news printed as a footnote. The page of tiles that holds a record is titled by it
(data/plan/news.py), where neither its title nor its lead says it: the headline of the source
whose quote calls the figure a record, its clause that says it where the headline has several; a
headline that says the event set records (review PP: 'Polarlys 2026 slo alle rekorder'); the
clause of its quote that claims it; the catalogue's sentence with its unit's noun ('Rekordmange
besøkende'; in Chinese, Japanese and Korean its label, '參展廠商創新高'); else none. Never 'Label: a
record' (review PP: machine-made), never a title that writes a figure's number, never one where
the data claims no record (WAIC)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportgen.data import messages
from reportgen.data.plan.news import RECORD_AMOUNT_TITLE, RECORD_COUNT_TITLE, RECORD_TITLE, stated_in
from reportgen.data.prepare import prepare
from reportgen.data.superlatives import claims_event_record, claims_record

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "review_events"
TASMAN = EVENTS / "tasman-marine-symposium-en-au.yaml"
ISTANBUL = EVENTS / "oyun-gelistiricileri-istanbul-tr-tr.yaml"
TAICHUNG = EVENTS / "taichung-animation-festival-zh-tw.yaml"
LIMERICK = EVENTS / "limerick-half-marathon-en-ie.yaml"
FUKUOKA = ROOT / "tests" / "events" / "languages" / "jass-fukuoka-ja.yaml"
AGRIFOOD = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-nl.yaml"
WAIC = ROOT / "data" / "waic2022.yaml"
POLARLYS = EVENTS / "polarlys-tromso-nb-no.yaml"
COLLOQUE = ROOT / "tests" / "events" / "colloque-fr.yaml"
JAHRESTAGUNG = ROOT / "tests" / "events" / "jahrestagung-de.yaml"
LAKES = EVENTS / "lakes-womens-cup-en-us.yaml"
TECHSUMMIT = ROOT / "tests" / "events" / "techsummit-en-in.yaml"
GALA = EVENTS / "gala-en-za.yaml"
SILJAN = EVENTS / "siljan-skidmaraton-sv-se.yaml"
CINE = EVENTS / "festival-cine-es-ar.yaml"


def _glance(event: Path) -> list[tuple[tuple[str, ...], str, str]]:
    """Per page of tiles: its figures, its title's finding and its lead."""
    derived = prepare(event).derived
    heads = derived.glance_headlines or ("",) * len(derived.glance_pages)
    leads = derived.glance_leads or ("",) * len(derived.glance_pages)
    return [
        (tuple(f.ref for f in page), head, lead)
        for page, head, lead in zip(derived.glance_pages, heads, leads, strict=True)
    ]


def _record_page(event: Path) -> tuple[tuple[str, ...], str, str]:
    derived = prepare(event).derived
    records = {f.ref for f in derived.figures.values() if f.record_note}
    return next(page for page in _glance(event) if records & set(page[0]))


@pytest.mark.parametrize(
    ("event", "title"),
    [
        (TASMAN, "Record submissions as TASMARS 2026 closes in Hobart"),
        (LIMERICK, "Limerick Half Marathon raises record sum for local charities"),
        (ISTANBUL, "İOGK 2026 rekor katılımla sona erdi"),
        # the clause that says it, after the ideographic space: the kicker names the event
        (TAICHUNG, "觀影人次創歷屆新高"),
        (FUKUOKA, "商談件数は過去最多に"),
        # a Japanese headline's clauses parted by a space: '…選手権が閉幕 入場者数は過去最多に'
        (EVENTS / "setouchi-tennis-ja-jp.yaml", "入場者数は過去最多に"),
        # a headline of the record's section ('Footfall'), though not of its label's words
        (
            EVENTS / "bengaluru-techexpo-en-in.yaml",
            "Bengaluru Tech Expo 2026 concludes with record footfall and investment pledges",
        ),
    ],
)
def test_the_record_s_page_is_titled_by_its_source_s_headline(event: Path, title: str) -> None:
    _, head, _ = _record_page(event)
    assert head == title


def test_a_lead_that_says_the_record_keeps_the_glance_s_own_title() -> None:
    """'meer afgesloten contracten dan ooit' under the title says it: no second statement."""
    _, head, lead = _record_page(AGRIFOOD)
    assert claims_record(lead), lead
    assert head == ""
    assert stated_in(head, lead) == "lead"


def test_no_record_no_news_title() -> None:
    assert all(not claims_record(head) for _, head, _ in _glance(WAIC))
    assert [head for _, head, _ in _glance(WAIC)] == ["" for _ in _glance(WAIC)]


def _rewritten(event: Path, folder: Path, change) -> Path:
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    change(data)
    out = folder / event.name
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def test_without_a_headline_that_says_it_the_catalogue_s_words(tmp_path: Path) -> None:
    def plain_source(data: dict) -> None:
        data["sources"]["wrap"]["title"] = "TASMARS 2026 closes in Hobart"

    _, head, _ = _record_page(_rewritten(TASMAN, tmp_path, plain_source))
    assert head == "A record number of papers"


def test_a_headline_that_writes_the_number_is_no_title(tmp_path: Path) -> None:
    """'412 papers, a record' over the tile '412': the number's third printing (issue 19 item 2)."""

    def numbered(data: dict) -> None:
        data["sources"]["wrap"]["title"] = "A record 412 papers as TASMARS 2026 closes"

    _, head, _ = _record_page(_rewritten(TASMAN, tmp_path, numbered))
    assert "412" not in head
    assert head == "A record number of papers"


def test_the_catalogue_s_words_in_the_event_s_language(tmp_path: Path) -> None:
    def plain_source(data: dict) -> None:
        data["sources"]["kapanis"]["title"] = "İOGK 2026 sona erdi"

    _, head, _ = _record_page(_rewritten(ISTANBUL, tmp_path, plain_source))
    assert head == "Rekor sayıda katılımcı"


def _said(head: str, lead: str) -> str:
    """The record's words as its page says them: its title, else, where the news's dark tile leads
    the page and another tile is the record (plan/news_first.py, review YY4 #3: the Indian
    summit's delegates beside its MoUs' sum), its lead's last sentence."""
    return head or lead.rsplit(". ", 1)[-1].rstrip(".")


@pytest.mark.parametrize(
    ("event", "title"),
    [
        # review PP: 'Besøkende: rekord', 'Participants : un record' read as machine-made; the
        # sentence an editor writes, with the unit's noun, in the language's grammar
        (SILJAN, "Rekordmånga åkare"),
        (TECHSUMMIT, "A record number of delegates"),
    ],
)
def test_without_a_headline_a_sentence_with_the_unit_s_noun(event: Path, title: str) -> None:
    _, head, lead = _record_page(event)
    assert _said(head, lead) == title


def test_the_cine_festival_s_record_said_by_its_lead_or_its_unit_s_noun(tmp_path: Path) -> None:
    """tiles23 made the festival's screenings a tile, so its section's summary, which says the
    record ('la mayor asistencia de su historia'), leads the glance and the title says it no second
    time; with a summary that does not say it, the title is the sentence with the unit's noun."""
    _, head, lead = _record_page(CINE)
    assert (head, stated_in("", lead)) == ("", "lead")

    def plain_summary(data: dict) -> None:
        data["sections"]["publico"]["summary"] = "La edición llevó funciones gratuitas a los barrios."

    _, head, _ = _record_page(_rewritten(CINE, tmp_path, plain_summary))
    assert head == "Cifra récord de espectadores"


@pytest.mark.parametrize(
    ("event", "title"),
    [(GALA, "Funds raised on the night at a record high"), (COLLOQUE, "Participants à un niveau record")],
)
def test_without_a_noun_the_page_is_titled_by_its_label_at_a_record_level(event: Path, title: str) -> None:
    """An amount ('Funds raised on the night') or a count without a unit's noun: no 'Label: a
    record', and no longer the page's own title with the record said by its badge alone (review
    RR1: the charity run's 'Bieg z Sercem 2026 w skrócie'): its label at a record level, words
    each language sets after the label without agreeing with it."""
    derived = prepare(event).derived
    _, head, _ = _record_page(event)
    assert head == title
    assert any(f.tile_badge for page in derived.glance_pages for f in page)


def test_a_clause_of_the_record_s_quote_that_claims_it(tmp_path: Path) -> None:
    """'… registered over the three days, more delegates than ever': its words, as a title."""

    def claimed(data: dict) -> None:
        figure = data["sections"]["attendance"]["figures"]["delegates"]
        figure["quote"]["text"] = (
            "More than 48,700 delegates registered over the three days, more delegates than ever."
        )

    _, head, lead = _record_page(_rewritten(TECHSUMMIT, tmp_path, claimed))
    assert _said(head, lead) == "More delegates than ever"


@pytest.mark.parametrize("catalogue", messages.catalogues())
def test_every_catalogue_titles_a_record_in_its_own_words(catalogue: str) -> None:
    """Each language's sentence is translated, keeps the unit's noun, and reads as a record's claim;
    so do the label's patterns the Chinese, Japanese and Korean titles read."""
    pattern = messages.pgettext(catalogue, RECORD_COUNT_TITLE)
    assert pattern != RECORD_COUNT_TITLE[1], catalogue
    assert "%(unit)s" in pattern
    assert claims_record(messages.interpolate(pattern, {"unit": "X"})), (catalogue, pattern)
    for entry in (RECORD_TITLE, RECORD_AMOUNT_TITLE):
        pattern = messages.pgettext(catalogue, entry)
        assert pattern != entry[1], (catalogue, entry)
        assert claims_record(messages.interpolate(pattern, {"label": "X"})), (catalogue, pattern)


@pytest.mark.parametrize(
    ("event", "title"),
    [
        # review PP: refused by `about` (no word of it names the visitors): the event's records
        (POLARLYS, "Polarlys 2026 slo alle rekorder"),
        # a compound's record ('Teilnehmerrekord', 'besøgsrekord'): of the participants
        (JAHRESTAGUNG, "Jahrestagung der DGKW in Magdeburg mit Teilnehmerrekord beendet"),
        (
            EVENTS / "designbiennale-kolding-da-dk.yaml",
            "Designbiennalen Kolding 2026 slår besøgsrekord",
        ),
    ],
)
def test_an_event_wide_record_headline_titles_the_record_s_page(event: Path, title: str) -> None:
    _, head, _ = _record_page(event)
    assert head == title


@pytest.mark.parametrize(
    ("event", "source", "headline"),
    [
        (COLLOQUE, "communique", "Le CICT 2026 bat tous les records à Clermont-Ferrand"),
        (JAHRESTAGUNG, "mitteilung", "Die Jahrestagung der DGKW bricht alle Rekorde"),
        (LAKES, "final_release", "Lakes Cup 2026 sets new records at Soldier Field"),
        (GALA, "release", "A record-breaking night for the gala"),
    ],
)
def test_an_event_wide_headline_in_other_languages_and_shapes(
    tmp_path: Path, event: Path, source: str, headline: str
) -> None:
    """An amount's page, a count's without a unit: the event's records title them too."""

    def event_wide(data: dict) -> None:
        data["sources"][source]["title"] = headline

    _, head, _ = _record_page(_rewritten(event, tmp_path, event_wide))
    assert head == headline


@pytest.mark.parametrize(
    "text",
    [
        "Polarlys 2026 slo alle rekorder",
        "A record year for the fair",
        "Buchmesse 2026: ein Rekordjahr",
        "Le salon 2026 bat tous les records",
        "Un'edizione da record per Vinitaly",
        "Feira 2026 bate todos os recordes",
        "Targi pobiły wszystkie rekordy",
        "İOGK 2026 rekorlarla kapandı",
        "本届展会创下多项纪录",
        "역대 최대 규모로 폐막",
    ],
)
def test_event_wide_records_in_the_languages(text: str) -> None:
    assert claims_event_record(text)


@pytest.mark.parametrize(
    "text",
    [
        "DDTS 2026 concludes with record deal announcements",  # a record of the deals
        "Le salon bat les records de fréquentation",  # of its attendance
        "Record year as deal announcements hit a record",  # and of the deals besides
        "Record-breaking attendance at the fair",
        "İOGK 2026 rekor katılımla sona erdi",
    ],
)
def test_a_record_of_one_figure_is_not_the_event_s(text: str) -> None:
    assert not claims_event_record(text)


@pytest.mark.parametrize(
    ("event", "title"),
    [
        # 'DDTS 2026 concludes with record deal announcements': a record of deals, over the delegates'
        (TECHSUMMIT, "A record number of delegates"),
        # '國際買主人數創新高' (international buyers) over the exhibitors' record tile
        (EVENTS / "diannao-zhan-taipei-zh-hant.yaml", "參展廠商創新高"),
    ],
)
def test_a_headline_of_another_record_is_not_the_title(event: Path, title: str) -> None:
    _, head, lead = _record_page(event)
    assert _said(head, lead) == title
