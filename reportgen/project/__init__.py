"""Where a build's settings come from: flags, the project file if it is trusted (`trust.py`), the
folder conventions and the bundled defaults (`settings.py`, `resources.py`); `init`'s new project
(`scaffold.py`).
"""
