"""A slide's table and the room around it (review RR4 #11), as the deck sets its tables
(powerpoint/pair_table.py) and as the document check reads them (table_room.py): one rule for both."""

from __future__ import annotations

#: Between a table's foot and the footer's first line, at least this much (EMU: a quarter inch).
FOOT_GAP = 228600
#: A cell of more lines than this is crowded: its column is too narrow for its entries.
CELL_LINES = 2
