"""reportgen: a YAML summary of an event in, a Word briefing and a PowerPoint deck out."""

__version__ = "0.1.0"
