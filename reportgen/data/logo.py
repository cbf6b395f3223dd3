"""The event's logo: read from the event file's own folder and checked, the same way for every command.

`validate` and `build` both call `load_logo`, so a logo `validate` accepts is one `build` can place,
and one `build` refuses (missing, a link, a special file, not a picture) `validate` refuses too.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportgen.errors import DataError, display_path
from reportgen.inputs import read_beside

MAX_LOGO_BYTES = 10 * 1024 * 1024
MAX_LOGO_SIDE = 6000
HINT = "give event.logo a PNG or JPEG file beside the event file (the file itself, not a link)"


@dataclass(frozen=True)
class Logo:
    data: bytes
    suffix: str  # ".png" or ".jpg", from what the bytes are
    path: Path  # where it was read, for the up-to-date stamp


def load_logo(event_file: Path, name: str) -> Logo:
    """The logo `name` (event.logo) of the event file at `event_file`: a PNG or JPEG that decodes,
    of a sane size, read without following links from the event file's folder."""
    data = read_beside(event_file, name, "event.logo", MAX_LOGO_BYTES, "a logo picture", HINT)
    from PIL import Image, UnidentifiedImageError

    path = event_file.parent / name
    try:
        with Image.open(io.BytesIO(data)) as picture:
            if picture.format not in {"PNG", "JPEG"}:
                raise ValueError("not a PNG or JPEG picture")
            if not (0 < picture.width <= MAX_LOGO_SIDE and 0 < picture.height <= MAX_LOGO_SIDE):
                raise ValueError(f"larger than {MAX_LOGO_SIDE} pixels a side")
            picture.load()
            suffix = ".png" if picture.format == "PNG" else ".jpg"
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        detail = str(exc) if isinstance(exc, ValueError) else "does not decode as a picture"
        raise DataError(
            f"{display_path(event_file)}: event.logo: {name}: the event's logo {detail}",
            hint=HINT,
        ) from None
    return Logo(data, suffix, path)
