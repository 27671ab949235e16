"""Reading a raw page file: bytes in, decoded text with its encoding out.

Newsroom files arrive as UTF-8 (with or without BOM), UTF-16 (with a BOM, or
without one: told by its byte order), or GB18030/GBK.  Anything that is not plain
text (binary, NUL bytes, bytes no candidate encoding accepts, nothing but
whitespace) is refused with one :class:`InputError` line naming the file, so the
CLI never shows a traceback.
"""

from __future__ import annotations

import codecs
import string
from pathlib import Path

from publisher.digests import sha256_hex
from publisher.errors import InputError
from publisher.patterns import compile_pattern
from publisher.records import record

# C0 controls other than tab, newline, vertical tab, form feed and carriage return
# never occur in extracted page text; they mean a binary file that happened to decode.
_CONTROL = compile_pattern(r"[\x00-\x08\x0e-\x1f\x7f]")

# GB18030 decodes almost any byte soup into *some* characters (rare CJK extension
# blocks, private-use code points).  Real newspaper text is overwhelmingly made of
# these blocks, so a GB18030 decode that is not is treated as undecodable.
_COMMON = compile_pattern(
    r"[\t\n\r\f\v\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u21ff\u2460-\u24ff\u2500-\u25ff"
    r"\u2600-\u27bf\u3000-\u303f\u3040-\u30ff\u3200-\u33ff\u4e00-\u9fff\uff00-\uffef]"
)
_MIN_COMMON_SHARE = 0.95
# Every other line separator (CR, NEL, U+2028/9).
_LINE_BREAKS = compile_pattern(r"[\r\x85\u2028\u2029]")
# A form feed (pdftotext's page separator, at the start of the next page's first line) or a
# vertical tab breaks no line: counted as one, it would shift every line number after it.
_PAGE_BREAKS = compile_pattern(r"[\f\v]")
# Invisible characters web and layout exports leave inside words (a BOM anywhere, zero-width
# spaces, word joiners): they would hide 本报讯 or 友情提醒 from the parser.  Zero-width
# (non-)joiners stay: they shape emoji and scripts.
_INVISIBLE = compile_pattern(r"[\ufeff\u200b\u2060]")
# Full-width digits and Latin letters (２０２５年３月４日, Ａ０６版: some e-paper and word-processor
# exports) are the ASCII ones set wide: read as ASCII, a date, page label or figure reads as printed
# elsewhere.  A full-width point or percent sign inside a figure (９．６％) goes with its digits.
_WIDE_ALNUM = str.maketrans({chr(ord(c) + 0xFEE0): c for c in string.digits + string.ascii_letters})
_WIDE_FIGURE_MARK = compile_pattern(r"(?<=[０-９])．(?=[０-９])|(?<=[０-９])％")


@record
class PageText:
    """A page file read as text: its path, the decoded text, the encoding and the bytes' SHA-256."""

    path: Path
    text: str
    encoding: str
    sha256: str


def _looks_like_text(text: str) -> bool:
    return len(_COMMON.findall(text)) >= _MIN_COMMON_SHARE * len(text)


def _decode_as_text(data: bytes, names: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of the encodings ``names`` that turns ``data`` into plausible text, with its name."""
    for name in names:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, name
    return None


def _decode(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding name) or an InputError."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise InputError(
                f"{where}: not valid UTF-8 despite its byte-order mark (byte {e.start})"
            ) from None
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), "utf-16"
            except UnicodeDecodeError:
                raise InputError(f"{where}: not valid UTF-16 despite its byte-order mark") from None
    if b"\x00" in data:
        # UTF-16 saved without a byte-order mark (some Windows exports): its newlines and digits carry
        # NUL bytes.  Only the right byte order reads as Chinese text; binary reads as neither.
        utf16 = _decode_as_text(data, ("utf-16-le", "utf-16-be"))
        if utf16 is None:
            raise InputError(f"{where}: contains NUL bytes; this looks like a binary file, not page text")
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    legacy = _decode_as_text(data, ("gbk", "gb18030"))
    if legacy is not None:
        return legacy
    raise InputError(f"{where}: cannot be decoded as UTF-8, UTF-16 or GB18030/GBK text")


def decode_page(data: bytes, where: str) -> tuple[str, str]:
    """Decode raw page bytes; line endings normalised to ``\\n``. Pure, for tests and callers."""
    if not data:
        raise InputError(f"{where}: is empty")
    text, encoding = _decode(data, where)
    text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    text = _PAGE_BREAKS.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _WIDE_FIGURE_MARK.sub(lambda m: "." if m.group() == "．" else "%", text).translate(_WIDE_ALNUM)
    bad = _CONTROL.search(text)
    if bad:
        raise InputError(
            f"{where}: contains control character U+{ord(bad.group()):04X}; this looks like a binary file"
        )
    if not text.strip():
        raise InputError(f"{where}: has no text (only whitespace)")
    return text, encoding


STDIN = Path("-")  # a page (or edition JSON) piped in: ``pinghu-publish build - -o out``


class TooLarge(InputError):
    """A file over the size the caller allows; the caller names the option that raises it."""

    def __init__(self, where: str, size: int, head: bytes) -> None:
        super().__init__(f"{where}: too large ({size} bytes)")
        self.where, self.size, self.head = where, size, head  # head: its first bytes, to tell what it is


def display_name(path: Path) -> str:
    return "standard input" if path == STDIN else str(path)


def read_input_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a page file, or of standard input for ``-``; never more than ``max_bytes``
    read (a bigger file is a :class:`TooLarge`, told before reading it)."""
    where = display_name(path)
    if path == STDIN:
        import sys

        data = sys.stdin.buffer.read(-1 if max_bytes is None else max_bytes + 1)
        if max_bytes is not None and len(data) > max_bytes:
            raise TooLarge(where, len(data), data[:64])
        return data
    if not path.exists():
        raise InputError(f"{where}: no such file")
    if path.is_dir():
        raise InputError(f"{where}: is a directory, not a page file")
    try:
        with path.open("rb") as f:
            size = path.stat().st_size
            if max_bytes is not None and size > max_bytes:
                raise TooLarge(where, size, f.read(64))
            return f.read()
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror or e})") from None


def page_text(path: Path, data: bytes) -> PageText:
    text, encoding = decode_page(data, display_name(path))
    return PageText(path=path, text=text, encoding=encoding, sha256=sha256_hex(data))


def read_page(path: Path) -> PageText:
    """Read one page file; every failure is one InputError line naming the file."""
    return page_text(path, read_input_bytes(path))
