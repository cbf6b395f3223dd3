"""Each file and folder name reportgen uses is written once, in reportgen/names.py.

Copies drifted apart before (the stamp, the trust check and the project file each had their own
`reportgen.yaml`; the stamp and the output folder each their own staging prefix): this fails when
one of the names is written again as a literal anywhere else in the package.
"""

from __future__ import annotations

import ast
from pathlib import Path

import reportgen
from reportgen import names

PACKAGE = Path(reportgen.__file__).parent
NAMES = {
    value
    for key, const in vars(names).items()
    if key.isupper()
    for value in (const if isinstance(const, tuple) else (const,))
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def copies(package: Path) -> list[str]:
    """`file:line: literal` for every string in code (not a docstring) that spells one of the names,
    or starts with one of the dotted ones (a prefix or a folder in a longer path)."""
    found: list[tuple[Path, int, str]] = []
    for path in sorted(package.rglob("*.py")):
        if path == package / "names.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in skip:
                continue
            text = node.value
            if text in NAMES or any(name.startswith(".") and name in text for name in NAMES):
                found.append((path.relative_to(package), node.lineno, text))
    return [f"{path}:{line}: {text!r}" for path, line, text in sorted(found)]


def test_every_file_name_is_defined_once_in_names() -> None:
    assert copies(PACKAGE) == []


def test_a_second_copy_is_found(tmp_path: Path) -> None:
    (tmp_path / "names.py").write_text('STAGING_PREFIX = ".reportgen-staging-"\n')
    (tmp_path / "other.py").write_text(
        '"""Uses .reportgen-cache (a docstring: allowed)."""\n'
        'PREFIX = ".reportgen-staging-"\n'
        'CACHE = out / ".reportgen-cache" / "x.png"\n'
        'NAMES = ("briefing.docx", "deck.pptx")\n'
        'OUT = f"{slug}-briefing.docx"\n'
    )
    assert copies(tmp_path) == [
        "other.py:2: '.reportgen-staging-'",
        "other.py:3: '.reportgen-cache'",
        "other.py:4: 'briefing.docx'",
        "other.py:4: 'deck.pptx'",
    ]
