"""Print the table of CLDR's minimumGroupingDigits for reportgen/data/grouping.py.

    python scripts/min_grouping.py     # needs Node.js with full ICU (Node 13 and later)

Babel does not read CLDR's `<minimumGroupingDigits>`, so reportgen keeps it as a table. ICU does
read it: for every locale Babel knows, Node's `Intl.NumberFormat` formats 5200 and 52000, and a
locale whose 52000 has a group mark but whose 5200 has none groups from five digits (value 2).
The table keeps only the locales whose value differs from their parent's (Babel's parent chain),
so es_MX inherits es_419's 1 and pt_CH pt_PT's 2. Paste the output over MIN_GROUPING_DIGITS.
Run it by hand when Babel's CLDR version changes; nothing runs it while reportgen builds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from babel import localedata

from reportgen.data.grouping import _parent

_PROBE = """
const out = {};
for (const name of JSON.parse(require("fs").readFileSync(0, "utf8"))) {
  const tag = name.replace(/_/g, "-");
  let format;
  try { format = new Intl.NumberFormat(tag, {numberingSystem: "latn"}); } catch (e) { continue; }
  if (format.resolvedOptions().locale.toLowerCase() !== tag.toLowerCase()) continue;  // ICU lacks it
  const short = /[^0-9]/.test(format.format(5200)), long = /[^0-9]/.test(format.format(52000));
  if (long) out[name] = short ? 1 : 2;
}
console.log(JSON.stringify(out));
"""


def _resolved(locale: str, table: dict[str, int]) -> int:
    while locale != "root":
        if locale in table:
            return table[locale]
        locale = _parent(locale)
    return 1


def _depth(locale: str) -> int:
    depth = 0
    while locale != "root":
        locale, depth = _parent(locale), depth + 1
    return depth


def main() -> int:
    node = shutil.which("node")
    if node is None:
        print("min_grouping: Node.js is not installed (it supplies ICU's CLDR data)", file=sys.stderr)
        return 5
    names = json.dumps(sorted(localedata.locale_identifiers()))
    run = subprocess.run([node, "-e", _PROBE], input=names, capture_output=True, text=True, check=True)
    measured: dict[str, int] = json.loads(run.stdout)
    table: dict[str, int] = {}
    for locale in sorted(measured, key=lambda name: (_depth(name), name)):
        if _resolved(_parent(locale), table) != measured[locale]:
            table[locale] = measured[locale]
    for locale in sorted(table):
        print(f'    "{locale}": {table[locale]},')
    return 0


if __name__ == "__main__":
    sys.exit(main())
