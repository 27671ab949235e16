"""What the commands take: raw page files, or one edition.json from `structure`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from publisher.dates import parse_iso_date
from publisher.errors import InputError
from publisher.model import Edition, load_edition


def load_edition_inputs(
    paths: list[Path], date: str | None = None, warn: Callable[[str], None] | None = None
) -> Edition:
    """One edition from page files (structured now) or from a single edition.json."""
    iso = parse_iso_date(date) if date is not None else None
    if any(p.suffix.lower() == ".json" for p in paths):
        if len(paths) != 1:
            raise InputError("give either one edition.json or raw page files, not both")
        edition = load_edition(paths[0])
        if iso is not None and edition.date is None:
            edition = dataclasses.replace(edition, date=iso)
        return edition
    from publisher.reader import structure_pages
    from publisher.reading import read_page

    return structure_pages([read_page(p) for p in paths], date=iso, warn=warn)
