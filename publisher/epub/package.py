"""The package: the OPF, the NCX and the zip, reproducible and EPUB 3 / Accessibility 1.1 clean.

The package document and the NCX are built as strings, in the very bytes ebooklib wrote
them (through lxml, pretty-printed) before this module took over, with what we had it
patched for: zip entries dated by the edition (not the clock), ``xml:lang`` on the OPF
``package`` and the NCX.  Importing ebooklib and lxml cost a plain ``epub`` ~30 M of its
~420 M instructions, and building their trees to serialise two small files ~10 M more.
One difference: a character XML cannot hold (a C0 control) is dropped from a metadata value
or a contents label; lxml refused it, and ebooklib then wrote the element empty or failed.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from publisher import __version__
from publisher.records import record

# The times a zip entry can carry (DOS date: years 1980-2107, even seconds); the edition date,
# any year the printed page can hold, is clamped into it (dcterms:modified keeps the real date).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
ZIP_END = (2107, 12, 31, 23, 59, 58)
STORED_SUFFIXES = (".mp3",)


@record
class Resource:
    """A file of the package (below the package folder), listed in the manifest."""

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


FOLDER = "EPUB"  # the package folder, as ebooklib named it
CONTAINER_XML = f"""<?xml version="1.0" encoding="utf-8"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
  <rootfiles>
    <rootfile media-type="application/oebps-package+xml" full-path="{FOLDER}/content.opf"/>
  </rootfiles>
</container>
"""
XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"  # lxml's, quotes and all
NCX_ID, NCX_NAME, NCX_TYPE = "ncx", "toc.ncx", "application/x-dtbncx+xml"
NCX_ZEROS = ("dtb:depth", "dtb:totalPageCount", "dtb:maxPageNumber")  # <meta content="0"> in its head
COVER_ID = "cover-image"  # the cover image's manifest id: its item gets properties="cover-image"

# What lxml escapes: in text &, <, > and CR; in an attribute also ", LF and tab.  The C0
# controls XML cannot hold are dropped (lxml refused them).
_NOT_XML = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_TEXT = {**_NOT_XML, ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#13;"}
_ATTRIBUTE = {**_TEXT, ord('"'): "&quot;", ord("\n"): "&#10;", ord("\t"): "&#9;"}


def _attributes(pairs: dict[str, str]) -> str:
    return "".join(f' {name}="{value.translate(_ATTRIBUTE)}"' for name, value in pairs.items())


def _element(indent: str, tag: str, attributes: dict[str, str], text: str | None = None) -> str:
    """One line of lxml's pretty print: empty (no text) or with its text, which may be empty."""
    if text is None:
        return f"{indent}<{tag}{_attributes(attributes)}/>\n"
    return f"{indent}<{tag}{_attributes(attributes)}>{text.translate(_TEXT)}</{tag}>\n"


def _metadata(info: PackageInfo) -> list[str]:
    """The OPF metadata lines in ebooklib's order: dcterms:modified, the generator, the Dublin Core
    elements grouped by name in the order first given (identifier, title, language, then
    ``info.dc``), then the ``<meta property>`` elements and the EPUB 2 cover pointer."""
    lines = [
        _element(
            "    ", "meta", {"property": "dcterms:modified"}, info.modified.strftime("%Y-%m-%dT%H:%M:%SZ")
        ),
        _element("    ", "meta", {"name": "generator", "content": f"pinghu-publish {__version__}"}),
    ]
    dc: dict[str, list[tuple[str, dict[str, str]]]] = {
        "identifier": [(info.identifier, {"id": "id"})],
        "title": [(info.title, {})],
        "language": [(info.language, {})],
    }
    for name, value in info.dc:
        dc.setdefault(name, []).append((value, {}))
    for name, values in dc.items():
        lines += [_element("    ", f"dc:{name}", attributes, value) for value, attributes in values]
    for meta in info.metas:
        attributes = {"property": meta.property}
        if meta.id:
            attributes["id"] = meta.id
        if meta.refines:
            attributes["refines"] = meta.refines
        lines.append(_element("    ", "meta", attributes, meta.value))
    # EPUB 2 readers find the cover through this (EPUBCheck rejects the cover page ebooklib would add)
    lines.append(_element("    ", "meta", {"name": "cover", "content": COVER_ID}, ""))
    return lines


def _manifest_item(res: Resource) -> dict[str, str]:
    attributes = {"href": res.name, "id": res.uid, "media-type": res.media_type}
    if res.uid == COVER_ID:
        attributes["properties"] = "cover-image"
        return attributes
    if res.properties:
        attributes["properties"] = " ".join(res.properties)
    if res.media_overlay is not None:
        attributes["media-overlay"] = res.media_overlay
    return attributes


def _block(indent: str, tag: str, attributes: dict[str, str], lines: list[str]) -> list[str]:
    """An element holding other elements (lxml writes it empty when it holds none)."""
    if not lines:
        return [_element(indent, tag, attributes)]
    return [f"{indent}<{tag}{_attributes(attributes)}>\n", *lines, f"{indent}</{tag}>\n"]


def package_document(info: PackageInfo, resources: list[Resource]) -> str:
    """content.opf: the metadata, the manifest (the NCX last) and the spine."""
    package = {
        "xmlns": "http://www.idpf.org/2007/opf",
        "unique-identifier": "id",
        "version": "3.0",
        "prefix": "rendition: http://www.idpf.org/vocab/rendition/#",
        "xml:lang": info.language,
    }
    namespaces = {"xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:opf": "http://www.idpf.org/2007/opf"}
    items = [_element("    ", "item", _manifest_item(res)) for res in resources]
    items.append(_element("    ", "item", {"href": NCX_NAME, "id": NCX_ID, "media-type": NCX_TYPE}))
    spine = [_element("    ", "itemref", {"idref": res.uid}) for res in resources if res.in_spine]
    lines = [
        XML_DECLARATION,
        *_block(
            "",
            "package",
            package,
            [
                *_block("  ", "metadata", namespaces, _metadata(info)),
                *_block("  ", "manifest", {}, items),
                *_block("  ", "spine", {"toc": NCX_ID}, spine),
            ],
        ),
    ]
    return "".join(lines)


def ncx_document(info: PackageInfo, toc: list[tuple[str, str, str]]) -> str:
    """toc.ncx for EPUB 2 readers: one navPoint per entry of ``toc`` (href, label, id), numbered in order."""
    head = [
        _element("    ", "meta", {"content": info.identifier, "name": "dtb:uid"}),
        *(_element("    ", "meta", {"content": "0", "name": name}) for name in NCX_ZEROS),
    ]
    points = []
    for order, (href, label, uid) in enumerate(toc, start=1):
        points += [
            f"    <navPoint{_attributes({'id': uid, 'playOrder': str(order)})}>\n",
            "      <navLabel>\n",
            _element("        ", "text", {}, label),
            "      </navLabel>\n",
            _element("      ", "content", {"src": href}),
            "    </navPoint>\n",
        ]
    ncx = {"xmlns": "http://www.daisy.org/z3986/2005/ncx/", "version": "2005-1", "xml:lang": info.language}
    lines = [
        XML_DECLARATION,
        *_block(
            "",
            "ncx",
            ncx,
            [
                *_block("  ", "head", {}, head),
                *_block("  ", "docTitle", {}, [_element("    ", "text", {}, info.title)]),
                *_block("  ", "navMap", {}, points),
            ],
        ),
    ]
    return "".join(lines)


def write_package(info: PackageInfo, resources: list[Resource], toc: list[tuple[str, str, str]]) -> bytes:
    """The EPUB bytes. ``toc`` is (href, label, id) for the NCX, in reading order."""
    stamp = min(max(info.modified.replace(tzinfo=None), dt.datetime(*ZIP_EPOCH)), dt.datetime(*ZIP_END))
    out = io.BytesIO()
    with _FixedTimeZip(out, stamp.timetuple()[:6]) as book:
        # mimetype first and stored: the EPUB signature readers sniff for
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", CONTAINER_XML)
        book.writestr(f"{FOLDER}/content.opf", package_document(info, resources).encode())
        for res in resources:
            book.writestr(f"{FOLDER}/{res.name}", res.content)
        book.writestr(f"{FOLDER}/{NCX_NAME}", ncx_document(info, toc).encode())
    return out.getvalue()
