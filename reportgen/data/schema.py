"""JSON Schema of the event file and of the project file, for editors (yaml-language-server)."""

from __future__ import annotations

import json

from reportgen.data.model import EventSummary
from reportgen.data.project import ProjectConfig


def schema_json(project: bool = False) -> str:
    model = ProjectConfig if project else EventSummary
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "reportgen project file" if project else "reportgen event summary"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
