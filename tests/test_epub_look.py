"""What the e-book looks like outside the text: colours left to the reader, the
landmark calibre can convert, the author a library shows, and covers that tell the
editions apart.  (The rendered pages are measured in test_epub_rendering.py.)"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from PIL import Image

from publisher.assets import ASSETS_DIR
from publisher.epub import PINYIN_BAND, READ_ALOUD_BAND, build_epub, cover_image
from publisher.epub import cover as cover_module
from publisher.epub.cover import BAND_TOP, HEIGHT, RED, WIDTH
from publisher.inputs import load_edition_inputs
from publisher.model import Edition, SourceLines, Weather
from publisher.pinyin import PinyinOptions
from tests.conftest import SEED

# the page stylesheets; readaloud.css only styles the sentence being read (test_readaloud.py)
STYLESHEETS = sorted(p for p in (ASSETS_DIR / "epub").glob("*.css") if p.name != "readaloud.css")
# a colour value that is not the reader's: hex, rgb()/hsl(), or a named colour
_FIXED_COLOUR = re.compile(
    r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(?:black|white|gr[ae]y|silver)\b"
)
_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;{}]+)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
# colours that follow the reader's scheme (CSS system colours) or the text around
_FOLLOWING = {"inherit", "currentColor", "transparent", "Canvas", "CanvasText", "Mark", "MarkText",
              "Highlight", "HighlightText"}  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> Edition:
    return load_edition_inputs([SEED])


def _rules(css: str) -> list[tuple[str, list[tuple[str, str]]]]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return [
        (selector.strip(), [(p, v.strip()) for p, v in _DECLARATION.findall(body)])
        for selector, body in _RULE.findall(css)
    ]


def _declarations(css: str) -> list[tuple[str, str]]:
    return [d for _, decls in _rules(css) for d in decls]


def _contrast(a: str, b: str) -> float:
    def luminance(hex_colour: str) -> float:
        h = hex_colour.lstrip("#")
        h = "".join(c * 2 for c in h) if len(h) == 3 else h[:6]
        channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def colour_problems(css: str) -> list[str]:
    """Rules that fix a colour the reader's scheme cannot reach.

    Text and background are the reader's.  The one exception is a rule that sets
    both, as a pair readable on its own (a highlight: dark text on yellow stays
    readable on a black page too); a text colour alone or a background alone is
    what leaves #333 on a dark theme's black.
    """
    problems = []
    for selector, decls in _rules(css):
        values = dict(decls)
        fixed = {p: v for p, v in decls if _FIXED_COLOUR.search(v)}
        following = {p: v for p, v in decls if p in ("color", "background-color", "background")}.items()
        problems += [
            f"{selector} {{{p}: {v}}}" for p, v in following if p not in fixed and v not in _FOLLOWING
        ]
        if not fixed:
            continue
        if set(fixed) != {"color", "background-color"}:
            problems.append(f"{selector}: fixes {sorted(fixed)} without its pair of text and background")
        elif _contrast(values["color"], values["background-color"]) < 4.5:
            problems.append(f"{selector}: {values['color']} on {values['background-color']} is below 4.5:1")
    return problems


@pytest.mark.parametrize("sheet", STYLESHEETS, ids=lambda p: p.name)
def test_stylesheets_leave_colours_to_the_reader_and_use_no_opacity(sheet) -> None:
    css = sheet.read_text()
    assert _declarations(css)
    assert colour_problems(css) == []
    assert not [p for p, _ in _declarations(css) if p in ("opacity", "filter", "mix-blend-mode")]


def test_the_colour_check_sees_a_fixed_grey() -> None:
    assert colour_problems(".byline { color: #333; }") == [
        ".byline: fixes ['color'] without its pair of text and background"
    ]
    assert colour_problems("p { border-top: 1px solid grey }")
    assert colour_problems("body { background-color: #fff }")
    assert colour_problems("p { color: #777; background-color: #fff }")  # 4.48:1
    assert colour_problems("p { color: red }")
    assert colour_problems("p { border-top: 1px solid currentColor; color: inherit }") == []
    assert (
        colour_problems(".ra-active { background-color: #fff176; color: #000 }") == []
    )  # a readable highlight


@pytest.mark.parametrize("pinyin", [None, PinyinOptions()], ids=["plain", "pinyin"])
def test_every_page_has_one_main_region_and_no_main_element(seed: Edition, pinyin) -> None:
    # calibre's AZW3 writer warns "Tag main has no aid" for <main>; role="main" is the same landmark
    with zipfile.ZipFile(io.BytesIO(build_epub(seed, pinyin))) as book:
        pages = [n for n in book.namelist() if n.endswith(".xhtml") and not n.endswith("nav.xhtml")]
        assert len(pages) > 5
        for name in pages:
            page = book.read(name).decode()
            assert "<main" not in page, name
            assert page.count('role="main"') == 1, name


def _creator(edition: Edition) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(build_epub(edition))) as book:
        opf = book.read(next(n for n in book.namelist() if n.endswith(".opf"))).decode()
    return re.findall(r"<dc:creator[^>]*>([^<]*)</dc:creator>", opf)


def test_the_creator_is_the_newspaper_or_else_its_edition_and_never_invented() -> None:
    src = SourceLines(1, 1, 1)
    items = (Weather(id="w", source=src, text="今天晴。"),)
    assert _creator(Edition(items=items, newspaper="湖州日报", edition="南浔版")) == ["湖州日报"]
    assert _creator(Edition(items=items, edition="平湖版")) == ["平湖版"]
    assert _creator(Edition(items=items)) == []


# ------------------------------------------------------------------ covers


def _band_colour(jpeg: bytes) -> tuple[int, ...]:
    """The colour most of the cover's bottom fifth has."""
    image = Image.open(io.BytesIO(jpeg)).convert("RGB")
    band = image.crop((0, BAND_TOP + 10, WIDTH, HEIGHT)).resize((60, 20))
    colours = band.getcolors(60 * 20) or []
    return max(colours)[1]


def _close(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 12  # JPEG noise


def test_each_edition_has_its_own_cover_band(seed: Edition) -> None:
    plain, pinyin, read_aloud = (cover_image(seed, band) for band in (None, PINYIN_BAND, READ_ALOUD_BAND))
    assert len({plain, pinyin, read_aloud}) == 3
    assert _close(_band_colour(pinyin), PINYIN_BAND.colour)
    assert _close(_band_colour(read_aloud), READ_ALOUD_BAND.colour)
    assert not _close(_band_colour(plain), PINYIN_BAND.colour)
    assert not _close(_band_colour(plain), READ_ALOUD_BAND.colour)
    # the plain cover keeps its red foot band
    foot = Image.open(io.BytesIO(plain)).convert("RGB").getpixel((WIDTH // 2, HEIGHT - 20))
    assert _close(foot, RED)
    # white letters on the band: a good share of near-white pixels inside it
    band = Image.open(io.BytesIO(pinyin)).convert("L").crop((0, BAND_TOP, WIDTH, HEIGHT))
    assert band.point(lambda v: 255 if v > 230 else 0).histogram()[255] > 0.03 * band.width * band.height


def test_the_pinyin_book_carries_the_pinyin_cover_and_says_so(seed: Edition) -> None:
    with zipfile.ZipFile(io.BytesIO(build_epub(seed, PinyinOptions()))) as book:
        names = book.namelist()
        jpeg = book.read(next(n for n in names if n.endswith("cover.jpg")))
        cover_page = book.read(next(n for n in names if n.endswith("cover.xhtml"))).decode()
    assert jpeg == cover_image(seed, PINYIN_BAND)
    assert "拼音版" in cover_page  # the alt text names the band
    with zipfile.ZipFile(io.BytesIO(build_epub(seed))) as book:
        plain_page = book.read(next(n for n in book.namelist() if n.endswith("cover.xhtml"))).decode()
    assert "拼音版" not in plain_page


def test_without_a_cjk_font_the_band_colour_still_tells_the_editions_apart(
    seed: Edition, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cover_module, "find_cjk_fonts", lambda: None)
    assert _close(_band_colour(cover_image(seed, PINYIN_BAND)), PINYIN_BAND.colour)
    assert "拼音版" in cover_module.cover_alt(seed, PINYIN_BAND)
