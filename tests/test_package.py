"""The OPF and the NCX as publisher/epub/package.py writes them: the bytes ebooklib (through lxml)
wrote before, checked here on the forms the books themselves rarely show (escapes, empty lists)."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
import zipfile

from publisher import __version__
from publisher.epub.package import (
    Meta,
    PackageInfo,
    Resource,
    ncx_document,
    package_document,
    write_package,
)

INFO = PackageInfo(
    identifier="urn:uuid:1",
    title='A & B <"C">',
    language="zh-CN",
    modified=dt.datetime(2024, 11, 25, tzinfo=dt.UTC),
    dc=(("creator", "报"), ("publisher", "报社"), ("creator", "又\x01一")),
    metas=(Meta("belongs-to-collection", "平湖", id="c"), Meta("collection-type", "", refines="#c")),
)
PAGE = Resource(
    "p.xhtml", "doc-p", "application/xhtml+xml", b"<html/>", in_spine=True, media_overlay="smil-p"
)
COVER = Resource("images/cover.jpg", "cover-image", "image/jpeg", b"jpeg", properties=("ignored",))


def test_the_package_document_in_lxml_s_pretty_print() -> None:
    assert package_document(INFO, [COVER, PAGE]) == (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="id" version="3.0"'
        ' prefix="rendition: http://www.idpf.org/vocab/rendition/#" xml:lang="zh-CN">\n'
        '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">\n'
        '    <meta property="dcterms:modified">2024-11-25T00:00:00Z</meta>\n'
        f'    <meta name="generator" content="pinghu-publish {__version__}"/>\n'
        '    <dc:identifier id="id">urn:uuid:1</dc:identifier>\n'
        '    <dc:title>A &amp; B &lt;"C"&gt;</dc:title>\n'
        "    <dc:language>zh-CN</dc:language>\n"
        # one name's elements together, in the order first given; a control character dropped
        "    <dc:creator>报</dc:creator>\n"
        "    <dc:creator>又一</dc:creator>\n"
        "    <dc:publisher>报社</dc:publisher>\n"
        '    <meta property="belongs-to-collection" id="c">平湖</meta>\n'
        '    <meta property="collection-type" refines="#c"></meta>\n'
        '    <meta name="cover" content="cover-image"></meta>\n'
        "  </metadata>\n"
        "  <manifest>\n"
        '    <item href="images/cover.jpg" id="cover-image" media-type="image/jpeg"'
        ' properties="cover-image"/>\n'
        '    <item href="p.xhtml" id="doc-p" media-type="application/xhtml+xml" media-overlay="smil-p"/>\n'
        '    <item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/>\n'
        "  </manifest>\n"
        '  <spine toc="ncx">\n'
        '    <itemref idref="doc-p"/>\n'
        "  </spine>\n"
        "</package>\n"
    )


def test_the_ncx_numbers_its_points_and_writes_an_empty_map_empty() -> None:
    ncx = ncx_document(INFO, [("p.xhtml", 'a\t"b"\n', "nav-p")])
    assert (
        '    <navPoint id="nav-p" playOrder="1">\n      <navLabel>\n        <text>a\t"b"\n</text>\n'
        '      </navLabel>\n      <content src="p.xhtml"/>\n    </navPoint>\n'
    ) in ncx
    assert '<meta content="0" name="dtb:maxPageNumber"/>' in ncx
    assert "  <navMap/>\n</ncx>\n" in ncx_document(INFO, [])
    assert '<spine toc="ncx"/>' in package_document(INFO, [COVER])
    ET.fromstring(ncx.encode())  # well-formed


def test_the_zip_lists_mimetype_container_package_files_then_the_ncx() -> None:
    book = zipfile.ZipFile(io.BytesIO(write_package(INFO, [COVER, PAGE], [("p.xhtml", "P", "nav-p")])))
    assert book.namelist() == [
        "mimetype",
        "META-INF/container.xml",
        "EPUB/content.opf",
        "EPUB/images/cover.jpg",
        "EPUB/p.xhtml",
        "EPUB/toc.ncx",
    ]
    assert book.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    assert {info.date_time for info in book.infolist()} == {(2024, 11, 25, 0, 0, 0)}
    ET.fromstring(book.read("EPUB/content.opf"))
