"""Dates: one place that validates ISO dates and reads printed Chinese ones."""

from __future__ import annotations

import datetime as dt
import re

from publisher.errors import InputError


def parse_iso_date(value: str, where: str = "--date") -> str:
    """Validate ``YYYY-MM-DD`` and return it normalised; bad values are an InputError."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date of the form YYYY-MM-DD") from None


def chinese_date(iso: str) -> str:
    """2020-11-11 -> 2020年11月11日"""
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


_PRINTED_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def parse_printed_date(text: str) -> str | None:
    """The first real calendar date printed as 2024年11月25日 in ``text``, as ISO; else None."""
    for m in _PRINTED_DATE.finditer(text):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None
