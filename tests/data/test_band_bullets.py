"""A figure the briefing's first page prints (its band) gets a bullet in its section only where its
own sentence says more than its label and amount (review WW2 #7: the band's 68億円以上 under
成約見込み額, then the bullet 会期中の成約見込み額は68億円を超えました。 that says only that). A verb
of reaching the amount ('に上りました'), the event's days ('会期中') and a particle between a
label's own words ('参加者のうち学生') say nothing more; a name the page does not print
('大学や企業など', 'Norwegii') does."""

from __future__ import annotations

import pytest

from reportgen.data.prepare import prepare

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _bullets_on_first_page(stem: str) -> dict[str, str]:
    derived = prepare(REVIEWS / f"{stem}.yaml").derived
    first = {f.ref for f in (*derived.band_figures, *derived.band_more, *derived.table_rows)}
    return {
        f.ref: f.sentence for s in derived.sections.values() for f in s.briefing_figures if f.ref in first
    }


@pytest.mark.parametrize(
    ("stem", "ref"),
    [
        ("monozukuri-tenjikai-nagoya-ja-jp", "shodan.seiyaku"),  # 会期中の…は{value}に上りました
        ("setouchi-tennis-ja-jp", "nyujo.haishin"),  # インターネット配信の視聴回数は{value}に上りました
        ("keisan-gengo-gakkai-ja-jp", "sanka.gakusei"),  # 参加者のうち学生は{value}でした
    ],
)
def test_a_band_figure_whose_sentence_adds_nothing_is_no_bullet(stem: str, ref: str) -> None:
    bullets = _bullets_on_first_page(stem)
    assert ref not in bullets, bullets.get(ref)


@pytest.mark.parametrize(
    ("stem", "ref"),
    [
        ("keisan-gengo-gakkai-ja-jp", "sanka.kikan"),  # 大学や企業など: universities, printed nowhere
        ("anime-expo-ja", "goods.uriage"),  # 会場とオンラインを合わせた: the venue and online together
        ("puchar-swiata-zakopane-pl", "frekwencja.zagraniczni"),  # the countries the fans came from
        ("limerick-half-marathon-en-ie", "fundraising.charities"),  # 'from hospices to sports clubs'
    ],
)
def test_a_band_figure_whose_sentence_says_more_keeps_its_bullet(stem: str, ref: str) -> None:
    assert ref in _bullets_on_first_page(stem)
