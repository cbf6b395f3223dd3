"""reportgen: a YAML summary of an event in, a Word briefing and a PowerPoint deck out."""

__version__ = "0.1.0"

#: The name to `pip install` (the command and the import package are `reportgen`): `reportgen` on
#: the package index is another project's. Every install instruction names this one.
DISTRIBUTION = "reportgen-events"
