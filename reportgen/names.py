"""The names of the files and folders reportgen reads and writes: one definition each.

Imports nothing (not even the standard library), so the up-to-date check, the chart helper and the
data layer can all take their names from here at no cost. `tests/test_names.py` fails when one of
these literals is written again anywhere else in the package.
"""

#: The project file, looked for in the current folder and every folder above it.
CONFIG_NAME = "reportgen.yaml"
#: The templates a templates folder may hold; a missing one comes from the defaults.
TEMPLATE_NAMES = ("briefing.docx", "deck.pptx")
#: The private folder a build writes into before it moves its documents into place.
STAGING_PREFIX = ".reportgen-staging-"
#: The chart cache, in the output folder.
CACHE_FOLDER = ".reportgen-cache"
#: What the last build depended on, in the output folder (the up-to-date check).
STAMP_NAME = ".reportgen-stamp.json"
