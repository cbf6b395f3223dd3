"""libyaml composes what ruamel composes: the same values, tags and positions, or it steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from reportgen.data import fastyaml
from reportgen.data.load import read_yaml

from ..conftest import ROOT

pytestmark = pytest.mark.skipif(not fastyaml.available(), reason="PyYAML with libyaml is not installed")

FILES = [
    ROOT / "data" / "waic2022.yaml",
    *sorted((ROOT / "data" / "examples").glob("*.yaml")),
    ROOT / "reportgen.yaml",
]
SCALARS = [
    "no",
    "yes",
    "On",
    "off",
    "y",
    "NULL",
    "~",
    "",
    "true",
    "False",
    "1.0",
    ".5",
    "1e3",
    "1_000",
    "0o17",
    "0x1F",
    "017",
    "+12",
    "-0",
    ".inf",
    "-.INF",
    ".nan",
    "2022-09-03",
    "2022-09-03 10:47",
    "2022-9-3",
    "12:30",
    "1:20:30",
    "'12'",
    '"yes"',
    "Norway",
    "<<",
    "=",
    "2001-12-14t21:59:43.10-05:00",
]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_bundled_files_read_the_same(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert fastyaml.compose(path.read_text(encoding="utf-8")) is not None
    fast = read_yaml(path)
    monkeypatch.setattr(fastyaml, "compose", lambda text: None)
    slow = read_yaml(path)
    assert fast[0] == slow[0]
    assert (fast[1].values, fast[1].keys) == (slow[1].values, slow[1].keys)


@pytest.mark.parametrize("scalar", SCALARS)
def test_every_scalar_gets_ruamels_yaml_1_2_tag(scalar: str) -> None:
    text = f"key: {scalar}\n{scalar or 'empty'}: 1\n"
    fast, slow = fastyaml.compose(text), YAML(typ="safe", pure=True).compose(text)
    assert [(k.value, k.tag, v.value, v.tag) for k, v in fast.value] == [
        (k.value, k.tag, v.value, v.tag) for k, v in slow.value
    ]
    if scalar:  # an empty value: libyaml places it right after its key, ruamel on the next line
        assert [(v.start_mark.line, v.start_mark.column) for _, v in fast.value] == [
            (v.start_mark.line, v.start_mark.column) for _, v in slow.value
        ]


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "%YAML 1.1\n---\na: yes\n", "a: [1\n", "- a\nb: 1\n"])
def test_anything_unusual_is_left_to_ruamel(text: str) -> None:
    assert fastyaml.compose(text) is None


def test_an_explicit_tag_comes_through_for_the_loader_to_refuse() -> None:
    ((_, value),) = fastyaml.compose("a: !!python/object {}\n").value
    assert value.tag == "tag:yaml.org,2002:python/object"  # not a plain tag: load.py refuses it
