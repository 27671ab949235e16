"""The EPUB 3 writer: an :class:`Edition` in, the bytes of an accessible e-book out.

Two editions come from one model: the plain one (best for screen readers, which
often read both a character and its ruby) and the pinyin one, with per-character
ruby over every Han character for children and learners.  The output depends on
nothing but the edition and the options, so a rebuild is byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import TYPE_CHECKING

from publisher.assets import ASSETS_DIR
from publisher.cachedir import default_cache_dir
from publisher.dates import chinese_date
from publisher.digests import sha256_hex, uuid5
from publisher.epub.cover import PINYIN_BAND, READ_ALOUD_BAND, CoverBand, cover_alt, cover_jpeg
from publisher.epub.package import Meta, PackageInfo, Resource, write_package
from publisher.epub.printpages import PrintPages, plan_print_pages
from publisher.epub.xhtml import (
    CONTENTS_TITLE,
    COVER_IMAGE,
    EDITION_CSS,
    LANG,
    OTHERS_TITLE,
    PINYIN_CSS,
    ContentsEntry,
    Page,
    Plan,
    TextRenderer,
    article_body,
    clean,
    contents_body,
    cover_body,
    document,
    nav_document,
    other_label,
    others_body,
    photo_body,
    plan_pages,
    stable_names,
    story_label,
)
from publisher.errors import InputError, PublisherError
from publisher.model import Article, Edition, Photo, edition_to_dict
from publisher.records import record

if TYPE_CHECKING:  # only the editions that need them load pypinyin (slow to import) and the read-aloud writer
    from publisher.epub.readaloud import AudioEdition, Overlays, ReadAloud, SyncReport
    from publisher.pinyin import PinyinOptions

__all__ = ["PINYIN_BAND", "READ_ALOUD_BAND", "CoverBand", "build_epub", "build_readaloud_epub", "cover_image"]

CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"
# Without a date, dcterms:modified still has to be a fixed value for reproducible builds.
UNDATED_MODIFIED = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_ID_NAMESPACE = uuid.UUID("2f0f8a52-3c55-5c8e-9d3b-6a1f0e0c7d41")


def cover_image(edition: Edition, band: CoverBand | None = None) -> bytes:
    """The cover as JPEG bytes: newspaper, edition and date (shared with the audio edition).

    ``band`` marks another edition (PINYIN_BAND, READ_ALOUD_BAND) so that it can be
    told apart in a library's cover grid.
    """
    try:
        cache_dir = default_cache_dir()
    except RuntimeError:  # no home folder (HOME unset, a user without a passwd entry): no cache
        cache_dir = None
    return cover_jpeg(edition, band, cache_dir)


def content_identifier(edition: Edition, variant: str) -> str:
    """urn:uuid derived from the edition's content (not its file paths) and the variant.

    The two editions get different identifiers so that a library does not treat
    one as an update of the other.
    """
    data = edition_to_dict(edition)
    data.pop("sources", None)  # where the pages were read from is not content
    digest = sha256_hex(json.dumps(data, ensure_ascii=False, sort_keys=True).encode())
    return f"urn:uuid:{uuid5(_ID_NAMESPACE, f'{digest}/{variant}')}"


def _modified(edition: Edition) -> dt.datetime:
    if edition.date is None:
        return UNDATED_MODIFIED
    return dt.datetime.fromisoformat(edition.date).replace(tzinfo=dt.UTC)


def _variant(pinyin: PinyinOptions | None) -> str:
    if pinyin is None:
        return "plain"
    full = "-full-tones" if pinyin.tones == "full" else ""
    return f"pinyin-{pinyin.style}{'-sandhi' if pinyin.sandhi else ''}{full}"


@record
class Counts:
    """What the book holds, for the accessibility summary."""

    pages: int  # printed pages the edition was made from
    articles: int
    photos: int
    others: list[str]
    qr_dropped: bool
    joined: int
    page_labels: list[str]  # printed pages marked in the text, in reading order


def _summary(
    edition: Edition, counts: Counts, pinyin: PinyinOptions | None, full_ruby: bool, overlays: Overlays | None
) -> str:
    """accessibilitySummary: what this file holds and how it reads, in Chinese."""
    pages = f"{counts.pages}个版面上的" if counts.pages > 1 else ""
    contents = [f"{counts.articles}篇文章"] if counts.articles else []
    if counts.photos:
        contents.append(f"{counts.photos}幅新闻照片的标题和文字说明（照片本身未收录）")
    if counts.others:
        contents.append(f"“本版其他”页上的{'、'.join(dict.fromkeys(counts.others))}")
    parts = [f"本书是{edition.title()}的电子版，按印刷版版面顺序收录{pages}{'、'.join(contents)}。"]
    if counts.joined:
        parts.append("跨版转接的文章已合为一篇。")
    if counts.page_labels:
        parts.append(
            f"正文中标出印刷版各版的起始位置（{'、'.join(counts.page_labels)}），"
            "页码导航可直接跳到各版，便于按印刷版引用。"
        )
    if counts.qr_dropped:
        parts.append("印刷版上供手机扫码的二维码提示未收录。")
    parts.append(
        "每篇文章单独一页，标题是一级标题，署名写明记者、通讯员等身份；"
        "封面之后的目录页列出全部标题和副题，导航目录可直接跳到每篇文章。封面图片有文字说明。"
    )
    if overlays is not None:
        r = overlays.report
        parts.append(
            f"本书附有语音合成的朗读录音：播放时正在朗读的句子逐句高亮（EPUB 3 媒体叠加），"
            f"{r.spoken}个朗读句子中{r.synced}个与原文逐句同步，目录页播放开篇要目。"
        )
    if pinyin is None:
        parts.append("本书不含拼音注音，适合使用读屏软件的读者。")
    else:
        tones = "声调符号" if pinyin.style == "marks" else "声调数字"
        yi_bu = "按变调标注" if pinyin.sandhi else "标原调"
        light = "轻声按《现代汉语词典》标注" if pinyin.tones == "light" else "轻声字也标原调"
        scope = "每个汉字" if full_ruby else "汉字"
        parts.append(
            f"{scope}上方用拼音注音（ruby，{tones}，“一”“不”{yi_bu}，{light}），供儿童和汉语学习者阅读；"
            "读屏软件可能把拼音一并读出，使用读屏软件的读者请选用不带拼音的版本。"
        )
    return "".join(parts)


def _story_pages(
    plan: Plan, names: dict[str, str], text: TextRenderer
) -> tuple[list[Page], list[ContentsEntry]]:
    """One page per article or photo, in page order, then 本版其他; and the contents entries."""
    pages: list[Page] = []
    entries: list[ContentsEntry] = []
    for position, story in enumerate(plan.stories, 1):
        sid = names[story.id]
        label = story_label(story, position)
        if isinstance(story, Article):
            body = article_body(story, sid, label, text)
            kicker = (story.kicker and clean(story.kicker)) or None
            deck = (story.subheadline and clean(story.subheadline)) or None
            entries.append(ContentsEntry(f"{sid}.xhtml", label, kicker, deck, story.id))
        else:
            body = photo_body(story, sid, label, text)
            # an untitled photo's label already says 图片：…; a kicker would say it twice
            kicker = None if label.startswith("图片") else "图片"
            entries.append(ContentsEntry(f"{sid}.xhtml", label, kicker, None, story.id))
        pages.append(Page(f"{sid}.xhtml", f"doc-{sid}", label, body))
    if plan.others:
        pages.append(Page("others.xhtml", "doc-others", OTHERS_TITLE, others_body(plan.others, names, text)))
        kinds = "、".join(dict.fromkeys(other_label(o) for o in plan.others))
        entries.append(ContentsEntry("others.xhtml", OTHERS_TITLE, None, kinds))
    return pages, entries


def _package_info(
    edition: Edition,
    pinyin: PinyinOptions | None,
    plan: Plan,
    text: TextRenderer,
    print_pages: PrintPages,
    overlays: Overlays | None = None,
) -> PackageInfo:
    """Title, identifiers, dates and the accessibility metadata, from what was generated."""
    title = edition.title()
    with_ruby = pinyin is not None
    full_ruby = with_ruby and text.han_with_ruby == text.han
    counts = Counts(
        pages=len({item.source.page for item in edition.items}),
        articles=sum(isinstance(s, Article) for s in plan.stories),
        photos=sum(isinstance(s, Photo) for s in plan.stories),
        others=[other_label(o) for o in plan.others],
        qr_dropped=bool(plan.dropped),
        joined=plan.joined,
        page_labels=[b.label for b in print_pages.breaks],
    )
    # The cover is the only image, and cover art does not make a book visual
    # (DAISY KB, accessMode "visual"): the content is text, all of it readable as
    # text, so no visual access mode and no alternativeText feature to claim.
    features = ["structuralNavigation", "tableOfContents", "readingOrder"]
    if print_pages.breaks:
        features += ["pageBreakMarkers", "pageNavigation"]
    if overlays is not None:
        features.append("synchronizedAudioText")
    if with_ruby:
        features.append("fullRubyAnnotations" if full_ruby else "rubyAnnotations")
    print_name = "·".join(p for p in (edition.newspaper, edition.edition) if p) or "报纸"
    # group-position lets a library sort the series' issues by date (Calibre reads it as the series index)
    position = (
        [Meta("group-position", edition.date.replace("-", ""), refines="#collection")] if edition.date else []
    )
    metas = [
        Meta("belongs-to-collection", print_name, id="collection"),
        Meta("collection-type", "series", refines="#collection"),
        *position,
        Meta("schema:accessMode", "textual"),
        *([Meta("schema:accessMode", "auditory")] if overlays is not None else []),
        Meta("schema:accessModeSufficient", "textual"),
        *(Meta("schema:accessibilityFeature", f) for f in features),
        Meta("schema:accessibilityHazard", "none"),
        Meta("schema:accessibilitySummary", _summary(edition, counts, pinyin, full_ruby, overlays)),
        Meta("dcterms:conformsTo", CONFORMANCE),
        *(overlays.metas if overlays is not None else []),
    ]
    dc: list[tuple[str, str]] = []
    # The paper is the author of its pages: without a creator calibre and Kindle list "Unknown".
    creator = edition.newspaper or edition.edition
    if creator:
        dc.append(("creator", creator))
    if edition.newspaper:
        dc.append(("publisher", edition.newspaper))
    if edition.date:
        dc.append(("date", edition.date))
    dated = chinese_date(edition.date) if edition.date else ""
    source = f"{print_name}（印刷版）{dated}"
    dc.append(("source", source))
    if print_pages.breaks:
        # EPUB Accessibility 1.1: the edition the page-break markers come from
        metas.append(Meta("pageBreakSource", source))
    if with_ruby:
        dc.append(("description", "拼音注音版"))
    if overlays is not None:
        dc.append(("description", "有声朗读版：朗读录音与文字逐句同步"))
        title = f"{title}（有声朗读版）"
    return PackageInfo(
        identifier=content_identifier(edition, "readaloud" if overlays else _variant(pinyin)),
        # a library lists every edition: they must not carry the same title
        title=f"{title}（拼音版）" if with_ruby else title,
        language=LANG,
        modified=_modified(edition),
        dc=tuple(dc),
        metas=tuple(metas),
    )


def build_epub(edition: Edition, pinyin: PinyinOptions | None = None) -> bytes:
    """The EPUB 3 bytes of ``edition``; with ``pinyin``, the ruby edition."""
    return _build(edition, pinyin, None)[0]


def build_readaloud_epub(edition: Edition, audio: AudioEdition) -> tuple[bytes, SyncReport]:
    """The read-aloud edition: the plain e-book with the audio edition's MP3s as Media Overlays,
    and how many of the spoken sentences are highlighted on their own text."""
    from publisher.epub.readaloud import ReadAloud

    data, overlays = _build(edition, None, ReadAloud(audio))
    assert overlays is not None
    return data, overlays.report


def _build(
    edition: Edition, pinyin: PinyinOptions | None, read_aloud: ReadAloud | None
) -> tuple[bytes, Overlays | None]:
    plan = plan_pages(edition)
    if not plan.stories and not plan.others:
        raise InputError("the edition has nothing to put in an e-book (no articles, photos or other items)")
    names = stable_names([*plan.stories, *plan.others])
    print_pages = plan_print_pages(edition, plan, names)
    text = TextRenderer(pinyin, markers=[print_pages, *([read_aloud] if read_aloud else [])])
    with_ruby = pinyin is not None
    title = edition.title()

    pages, entries = _story_pages(plan, names, text)
    contents = Page("contents.xhtml", "doc-contents", CONTENTS_TITLE, contents_body(title, entries, text))
    band = PINYIN_BAND if with_ruby else READ_ALOUD_BAND if read_aloud else None
    cover = Page("cover.xhtml", "doc-cover", "封面", cover_body(cover_alt(edition, band)))
    if with_ruby and text.han_with_ruby == 0:
        raise PublisherError("the pinyin edition came out without any pinyin (no readings for any character)")

    resources = [
        Resource(EDITION_CSS, "css-edition", "text/css", (ASSETS_DIR / "epub" / "edition.css").read_bytes())
    ]
    if with_ruby:
        ruby_css = (ASSETS_DIR / "epub" / "pinyin.css").read_bytes()
        resources.append(Resource(PINYIN_CSS, "css-pinyin", "text/css", ruby_css))
    resources.append(Resource(COVER_IMAGE, "cover-image", "image/jpeg", cover_image(edition, band)))
    toc = [(p.name, p.label, f"nav-{p.uid}") for p in pages]
    landmarks = [
        ("cover", cover.name, "封面"),
        ("toc", contents.name, CONTENTS_TITLE),
        ("bodymatter", pages[0].name, "正文"),
    ]
    nav = nav_document(title, [(href, label) for href, label, _ in toc], landmarks, print_pages.page_list())
    resources.append(Resource("nav.xhtml", "nav", "application/xhtml+xml", nav, properties=("nav",)))
    spine = (cover, contents, *pages)
    overlays = None
    extra_css: tuple[str, ...] = ()
    if read_aloud:
        from publisher.epub.readaloud import READALOUD_CSS, media_overlays

        overlays = media_overlays(read_aloud, spine)
        extra_css = (READALOUD_CSS,)
    for page in spine:
        xhtml = document(page.label, page.body, with_ruby, extra_css)
        overlay = overlays.overlay_of.get(page.name) if overlays else None
        resources.append(
            Resource(
                page.name, page.uid, "application/xhtml+xml", xhtml, in_spine=True, media_overlay=overlay
            )
        )
    if overlays:
        resources += overlays.resources
    info = _package_info(edition, pinyin, plan, text, print_pages, overlays)
    return write_package(info, resources, toc), overlays
