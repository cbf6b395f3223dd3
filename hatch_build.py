"""The package's long description: README.md with links that work on a package index page.

The README's links are relative (docs/templates.md, docs/images/*.png): right in the repository,
broken on an index page, which has neither. The project has no public URL yet, so they cannot be
made absolute; instead each one becomes what a user who installed the package does have:

- a guide, docs/TOPIC.md, becomes the command that prints it, `reportgen docs TOPIC`;
- a picture becomes its description in italics;
- any other file is named as a path in the source distribution.

When the project has a public home, set `base-url` in pyproject.toml's
`[tool.hatch.metadata.hooks.custom]` (for example to the repository's file view) and every relative
link becomes an absolute one under it instead. tests/test_distribution.py checks the result.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

# Fenced blocks and inline code are left as they are: what looks like a link there is not one.
_CODE = re.compile(r"(```[\s\S]*?```|`[^`\n]+`)")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\s]+)\)")
_ABSOLUTE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|#)")  # https:, mailto:, or a heading on the page
_GUIDE = re.compile(r"^docs/([a-z]+)\.md(#.*)?$")


def index_readme(text: str, base_url: str = "") -> str:
    """The README for an index page: no relative link left (see the module's docstring)."""

    def link(match: re.Match[str]) -> str:
        bang, label, target = match.groups()
        if _ABSOLUTE.match(target):
            return match.group(0)
        if base_url:
            return f"{bang}[{label}]({base_url.rstrip('/')}/{target.lstrip('./')})"
        if bang:
            return f"*{label}*"
        guide = _GUIDE.match(target)
        if guide:
            command = f"`reportgen docs {guide.group(1)}`"
            return command if label in (target, target.split("#")[0]) else f"{label} ({command})"
        if label == target:
            return f"`{target}` (in the source distribution)"
        return f"{label} (`{target}` in the source distribution)"

    parts = _CODE.split(text)
    return "".join(part if i % 2 else _LINK.sub(link, part) for i, part in enumerate(parts))


class ReadmeHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        readme = Path(self.root, "README.md").read_text(encoding="utf-8")
        metadata["readme"] = {
            "content-type": "text/markdown",
            "text": index_readme(readme, str(self.config.get("base-url", ""))),
        }
