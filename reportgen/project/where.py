"""Where this invocation's output folder is, found before the settings are loaded: the up-to-date
check looks there for the stamp, and the chart helper for the chart cache.

Only a place to look: the stamp found there must still match this invocation in every recorded
detail, the project file's content included, before anything is skipped.
"""

from __future__ import annotations

from pathlib import Path

from reportgen.inputs import Untrusted, read_untrusted
from reportgen.project.trust import distrust, find_project_file


def likely_output(out_dir: Path | None, config_file: Path | None, cwd: Path) -> Path:
    """Where the stamp of this invocation would be: `--out`, else the project file's `output:` as the
    data layer composes it (data/project_output.py, without the model), else output/.

    Only a place to look: the stamp found there must still match this invocation in every
    recorded detail, the project file's content included, before anything is skipped.
    """
    if out_dir is not None:
        return out_dir
    config = config_file or find_project_file(cwd)
    if config is None or (config_file is None and distrust(config)):
        return cwd / "output"  # an untrusted project file is refused by the build itself
    try:
        raw = read_untrusted(config, 100_000, follow=True)
    except (OSError, Untrusted):
        return cwd / "output"
    from reportgen.data.project_output import output_setting

    value = output_setting(raw or b"")
    return config.parent / value if value else config.parent / "output"
