"""JSON Schema of the event file and of the project file, for editors (yaml-language-server)."""

from __future__ import annotations

import json
from typing import Any

from reportgen.data.model import MAX_CHART_TITLE, MAX_TEXT, EventSummary
from reportgen.data.project import ProjectConfig


def schema_json(project: bool = False) -> str:
    model = ProjectConfig if project else EventSummary
    schema = model.model_json_schema()
    if not project:
        schema = _translatable(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "reportgen project file" if project else "reportgen event summary"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _translatable(node: Any) -> Any:
    """Every printed text field may also be a mapping of language tags to texts (translations.py)."""
    if isinstance(node, list):
        return [_translatable(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "string" and node.get("maxLength") in (MAX_TEXT, MAX_CHART_TITLE):
        texts = {
            "type": "object",
            "description": "the text in each language, e.g. {en: Online viewers, zh: 线上观看}",
            "propertyNames": {"pattern": "^[a-z]{2,3}([_-][A-Z][a-z]{3})?([_-][A-Z]{2})?$"},
            "additionalProperties": {k: v for k, v in node.items() if k != "title"},
            "minProperties": 1,
        }
        return {"anyOf": [node, texts]}
    return {key: _translatable(value) for key, value in node.items()}
