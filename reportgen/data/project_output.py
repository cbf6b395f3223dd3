"""The project file's `output:`, composed as data/load.py composes the whole file (libyaml where
present, else ruamel; YAML 1.2) but without the model, for the up-to-date check: it runs before
pydantic is imported, and data/project.py costs 0.17 s to import. It only says where to look for
the stamp; the stamp found there must match the project file's hash before anything is skipped,
and data/project.py validates the file for every build.
"""

from __future__ import annotations

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode

from reportgen.data import fastyaml

_TEXT = "tag:yaml.org,2002:str"


def output_setting(raw: bytes) -> str | None:
    """`output:` of the project file whose bytes are `raw`, as `ProjectConfig.output` reads it;
    None when it has none, or when the file is not one data/project.py would accept as text."""
    try:
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        root = fastyaml.compose(text) or YAML(typ="safe", pure=True).compose(text)
    except (UnicodeDecodeError, YAMLError, RecursionError):
        return None
    if not isinstance(root, MappingNode):
        return None
    for key, value in root.value:
        if isinstance(key, ScalarNode) and str(key.value) == "output":
            return str(value.value) if isinstance(value, ScalarNode) and value.tag == _TEXT else None
    return None
