"""Packaging with ebooklib, made reproducible and EPUB 3 / Accessibility 1.1 clean.

ebooklib writes the OPF, the NCX and the zip; this module works around what it
gets wrong for us: zip entry timestamps taken from the clock, ``dcterms:modified``
from the clock, no ``xml:lang`` on the OPF ``package`` or the NCX.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from ebooklib import epub
from lxml import etree

from publisher import __version__
from publisher.records import record

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The times a zip entry can carry (DOS date: years 1980-2107, even seconds); the edition date,
# any year the printed page can hold, is clamped into it (dcterms:modified keeps the real date).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
ZIP_END = (2107, 12, 31, 23, 59, 58)
STORED_SUFFIXES = (".mp3",)


@record
class Resource:
    """A file of the package (below the package folder), as ebooklib should list it."""

    name: str
    uid: str
    media_type: str
    content: bytes
    properties: tuple[str, ...] = ()
    in_spine: bool = False
    media_overlay: str | None = None  # manifest id of the page's SMIL (read-aloud edition)


@record
class Meta:
    """A ``<meta property=…>`` (EPUB 3 form), optionally with its own id / refines."""

    property: str
    value: str
    id: str | None = None
    refines: str | None = None


@record
class PackageInfo:
    """What the package document says about the book."""

    identifier: str
    title: str
    language: str
    modified: dt.datetime  # becomes dcterms:modified and the zip entries' time
    dc: tuple[tuple[str, str], ...]  # (element, value), e.g. ("publisher", "嘉兴日报")
    metas: tuple[Meta, ...]


class _FixedTimeZip(zipfile.ZipFile):
    """A ZipFile whose entries all carry one given time and plain 0644 permissions."""

    def __init__(self, file: io.BytesIO, date_time: tuple[int, int, int, int, int, int]) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, compresslevel=9)
        self.fixed_date_time = date_time

    def writestr(  # type: ignore[override]
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: str | bytes,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=self.fixed_date_time)
            if compress_type is None and zinfo_or_arcname.endswith(STORED_SUFFIXES):
                compress_type = zipfile.ZIP_STORED  # already compressed: deflating costs time for nothing
            info.compress_type = self.compression if compress_type is None else compress_type
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)


class _Writer(epub.EpubWriter):
    """ebooklib's writer, with a fixed-time zip and ``xml:lang`` on the package document."""

    def __init__(self, out: io.BytesIO, book: epub.EpubBook, info: PackageInfo) -> None:
        super().__init__(
            out,
            book,
            {
                "mtime": info.modified,
                "epub3_pages": False,  # would turn every id + epub:type into a broken page-list
                "epub3_landmark": False,  # the nav (with its landmarks) is our own document
                "epub2_guide": False,
                "play_order": {"enabled": True, "start_from": 1},  # NCX readers expect playOrder
            },
        )
        stamp = min(max(info.modified.replace(tzinfo=None), dt.datetime(*ZIP_EPOCH)), dt.datetime(*ZIP_END))
        self.date_time = stamp.timetuple()[:6]
        self.language = info.language

    def write(self) -> None:
        self.out = _FixedTimeZip(self.file_name, self.date_time)
        # mimetype first and stored: the EPUB signature readers sniff for
        self.out.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        self._write_container()
        self._write_opf()
        self._write_items()
        self.out.close()

    def _write_opf_file(self, root: etree._Element) -> None:
        root.set(XML_LANG, self.language)
        super()._write_opf_file(root)


def _ncx_template(language: str) -> bytes:
    return (
        '<!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN" "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">\n'
        f'<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="{language}"/>'
    ).encode()


def write_package(info: PackageInfo, resources: list[Resource], toc: list[tuple[str, str, str]]) -> bytes:
    """The EPUB bytes. ``toc`` is (href, label, id) for the NCX, in reading order."""
    book = epub.EpubBook()
    book.set_template("ncx", _ncx_template(info.language))
    # ebooklib's own generator line names the library; ours names the program.
    book.metadata[epub.NAMESPACES["OPF"]]["generator"] = [
        ("", {"name": "generator", "content": f"pinghu-publish {__version__}"})
    ]
    book.set_identifier(info.identifier)
    book.set_title(info.title)
    book.set_language(info.language)
    for element, value in info.dc:
        book.add_metadata("DC", element, value)
    for meta in info.metas:
        attrs = {"property": meta.property}
        if meta.id:
            attrs["id"] = meta.id
        if meta.refines:
            attrs["refines"] = meta.refines
        book.add_metadata(None, "meta", meta.value, attrs)

    spine = []
    for res in resources:
        if res.uid == "cover-image":
            item: epub.EpubItem = epub.EpubCover(uid=res.uid, file_name=res.name)
            item.media_type = res.media_type
            item.content = res.content
        else:
            item = epub.EpubItem(
                uid=res.uid, file_name=res.name, media_type=res.media_type, content=res.content
            )
            item.properties = list(res.properties)
            item.media_overlay = res.media_overlay
        book.add_item(item)
        if res.in_spine:
            spine.append(item)
    # EPUB 2 readers find the cover through this; ebooklib's set_cover() would add a page EPUBCheck rejects.
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-image"})
    book.add_item(epub.EpubNcx())
    book.spine = spine
    book.toc = [epub.Link(href, label, uid) for href, label, uid in toc]

    out = io.BytesIO()
    writer = _Writer(out, book, info)
    writer.process()
    writer.write()
    return out.getvalue()
