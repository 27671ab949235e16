"""What the commands take: raw page files (or ``-``, standard input), or one edition.json.

Every command goes through :func:`load_edition_inputs`, so the checks users rely on
hold everywhere: an edition JSON is told by its content, not its name; a text that
is not a newspaper page is refused unless forced; a page given twice is read once,
with a warning; sizes are bounded; and no output may overwrite an input.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Callable, Sequence
from fnmatch import fnmatch
from pathlib import Path

from publisher.dates import parse_iso_date
from publisher.errors import InputError
from publisher.model import Edition, edition_from_dict
from publisher.patterns import compile_pattern
from publisher.punctuation import is_han
from publisher.reading import STDIN, PageText, TooLarge, display_name, page_text, read_input_bytes
from publisher.records import record

# An edition JSON says the same as its pages with line numbers and structure around it:
# the seed's is under 3 times its page.  Its bound is this many times the page bound.
JSON_SIZE_FACTOR = 8


@record
class InputLimits:
    """Bounds that keep a wrong file from running for minutes; each has a CLI option."""

    max_page_mb: float = 1.0  # --max-page-mb
    max_pages: int = 200  # --max-pages
    force: bool = False  # --force: read a text that does not look like a newspaper page

    @property
    def max_page_bytes(self) -> int:
        return int(self.max_page_mb * 1_000_000)


def _mb(size: float) -> str:
    return f"{size / 1_000_000:.3g} MB"


def refuse_overwriting_inputs(inputs: Sequence[Path], outputs: Sequence[Path]) -> None:
    """An output (or a folder an output goes in) that is one of the inputs is refused before any work.

    An output's name may be a glob (``audio/*.mp3``) for a family of files a command owns.
    """
    for source in inputs:
        if source == STDIN or not source.exists():
            continue
        real = source.resolve()
        for out in outputs:
            target = out.parent.resolve() / out.name
            clash = fnmatch(real.name, target.name) and real.parent == target.parent
            clash = clash or real in target.parents or (out.exists() and os.path.samefile(source, out))
            if clash:
                raise InputError(
                    f"{out}: is the input {source}; writing there would destroy it (choose another -o)"
                )


# Markup that marks a whole document (not the stray tags a web export leaves in a page).
_HTML_DOCUMENT = compile_pattern(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_TAG_LINE = compile_pattern(r"^\s*</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>\s*$")
_MARKDOWN = {
    "heading": compile_pattern(r"^#{1,6}[ \t]+\S", re.MULTILINE),
    "fence": compile_pattern(r"^(?:```|~~~)", re.MULTILINE),
    "link": compile_pattern(r"\[[^\]\n]+\]\([^)\s]+\)"),
    "emphasis": compile_pattern(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),
    "table": compile_pattern(r"^\|.*\|[ \t]*$", re.MULTILINE),
    "list": compile_pattern(r"^[ \t]*[-*+][ \t]+\S", re.MULTILINE),
}


def not_a_page(text: str) -> str | None:
    """Why ``text`` is not the text of a newspaper page, or None when it may well be one.

    A page exported from the web keeps stray tags and an occasional ``**``; a document is
    told by its structure (a doctype, lines of tags, headings with lists and links)."""
    if not any(is_han(ch) for ch in text):
        return "has no Chinese text, so it is not a newspaper page"
    lines = [line for line in text.splitlines() if line.strip()]
    if _HTML_DOCUMENT.search(text) or sum(bool(_TAG_LINE.match(line)) for line in lines) > len(lines) / 4:
        return "is an HTML document, not the text of a newspaper page (convert it to text first)"
    counts = {name: len(pattern.findall(text)) for name, pattern in _MARKDOWN.items()}
    signals = sum(counts.values()) - counts["list"] + min(counts["list"], 3)
    if (counts["heading"] and signals >= 3) or counts["fence"] >= 2:
        return "is a Markdown document, not the text of a newspaper page"
    return None


def _check_page_count(pages: int, limits: InputLimits, where: str = "") -> None:
    if pages > limits.max_pages:
        raise InputError(
            f"{where}{pages} pages is more than the {limits.max_pages} an edition may have "
            "(raise the limit with --max-pages)"
        )


def _edition_json(page: PageText, limits: InputLimits) -> Edition | None:
    """The edition in ``page`` if it is JSON (whatever its name), else None (it is a page)."""
    body = page.text.lstrip()
    if not body.startswith(("{", "[")):
        return None
    try:
        data = json.loads(body)
    except ValueError as e:
        if page.path.suffix.lower() == ".json" or '"schema"' in body[:200]:
            raise InputError(f"{display_name(page.path)}: not valid JSON ({e})") from None
        return None  # a page that happens to start with a bracket
    edition = edition_from_dict(data, display_name(page.path))
    pages = max(len(edition.pages), len(edition.sources), len({item.source.page for item in edition.items}))
    _check_page_count(pages, limits, f"{display_name(page.path)}: ")
    return edition


def _read(path: Path, limits: InputLimits) -> PageText:
    json_bound = JSON_SIZE_FACTOR * limits.max_page_bytes
    try:
        data = read_input_bytes(path, json_bound)
    except TooLarge as e:
        size, head = e.size, e.head
    else:
        size, head = len(data), data[:64]
    is_json = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"["))
    if size > limits.max_page_bytes and not is_json:
        raise InputError(
            f"{display_name(path)}: {_mb(size)} is more than the {_mb(limits.max_page_bytes)} of text a page "
            "may hold (raise the limit with --max-page-mb)"
        )
    if size > json_bound:
        raise InputError(
            f"{display_name(path)}: {_mb(size)} is more than the {_mb(json_bound)} an edition JSON may hold "
            f"({JSON_SIZE_FACTOR} x --max-page-mb; raise the limit with --max-page-mb)"
        )
    return page_text(path, data)


def load_edition_inputs(
    paths: Sequence[Path],
    date: str | None = None,
    warn: Callable[[str], None] | None = None,
    limits: InputLimits | None = None,
    outputs: Sequence[Path] = (),
) -> Edition:
    """One edition from page files (structured now) or from a single edition JSON."""
    limits = limits or InputLimits()
    say = warn or (lambda _message: None)
    iso = parse_iso_date(date) if date is not None else None
    refuse_overwriting_inputs(paths, outputs)
    _check_page_count(len(paths), limits)
    pages: list[PageText] = []
    seen_paths: dict[Path, Path] = {}
    seen_texts: dict[str, Path] = {}
    for path in paths:
        key = path if path == STDIN else path.resolve()
        if key in seen_paths:
            say(f"{display_name(path)} is given twice; it is read once")
            continue
        seen_paths[key] = path
        page = _read(path, limits)
        edition = _edition_json(page, limits)
        if edition is not None:
            if len(paths) != 1:
                raise InputError("give either one edition.json or raw page files, not both")
            if iso is not None and edition.date is None:
                edition = dataclasses.replace(edition, date=iso)
            return edition
        if page.sha256 in seen_texts:
            first = display_name(seen_texts[page.sha256])
            say(f"{display_name(path)} is the same page as {first}; it is read once")
            continue
        seen_texts[page.sha256] = path
        reason = None if limits.force else not_a_page(page.text)
        if reason:
            raise InputError(f"{display_name(path)}: {reason} (use --force to read it anyway)")
        pages.append(page)
    from publisher.reader import structure_pages

    return structure_pages(pages, date=iso, warn=warn)
