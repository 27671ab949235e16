"""The e-book as a reader sees it: pages rendered in headless Chromium and measured.

Every spine page of both seed editions is opened in three schemes:

- ``light``: the reading system's defaults, a light preferred colour scheme;
- ``dark``: a dark preferred colour scheme with ``color-scheme: light dark``
  injected on the root, as Foliate does, so the canvas and the default text
  colour follow the system;
- ``forced-dark``: a reader theme that forces text and background colours on
  html and body (calibre's viewer, epub.js themes), light grey on near black.

In each, every element holding text gets its colour and its effective background
from ``getComputedStyle`` and the contrast ratio of WCAG 2.x is computed; none may
fall below 4.5:1.  The pinyin edition is also measured on a 390 px wide phone at
the reader's default size and at 200 %: the gap between neighbouring syllables
and the size of the ruby text against the body text.

``python -m tests.test_epub_rendering OUT_DIR`` writes the screenshots the
figures come from, to look at.
"""

from __future__ import annotations

import io
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from publisher.epub import build_epub
from publisher.inputs import load_edition_inputs
from publisher.pinyin import PinyinOptions
from tests.chromium import Chromium, chromium_path
from tests.conftest import SEED

MIN_CONTRAST = 4.5  # WCAG 2.x 1.4.3, AA for body-size text

# What reading systems inject (see the module docstring).
SCHEMES: dict[str, tuple[str, str]] = {
    "light": ("light", ""),
    "dark": ("dark", "html { color-scheme: light dark; }"),
    "forced-dark": (
        "dark",
        "html, body { color: #dddddd !important; background-color: #1c1c1c !important; }",
    ),
}
# The reader's font size at 200 %, as a low-vision reader sets it.
ZOOM_CSS = "html { font-size: 200% !important; }"

# Contrast of every rendered element with its own text, by element class.
CONTRAST_JS = r"""
(() => {
  const rgba = (css) => {
    const m = css.match(/rgba?\(([^)]*)\)/);
    if (!m) throw new Error('unexpected colour ' + css);
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => {  // top composited over an opaque colour
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat([1]);
  };
  const luminance = (c) => {
    const lin = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  // the canvas colour of the used colour scheme (white, or Chromium's dark canvas)
  const probe = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.appendChild(probe);
  const canvas = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  const name = (el) => el.localName + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const block = (el) => {
    let b = el;
    while (b.parentElement && (getComputedStyle(b).display.startsWith('inline')
           || ['rt', 'rp', 'ruby', 'a', 'span'].includes(b.localName))) b = b.parentElement;
    return b;
  };
  const rows = [];
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim();
    if (!text || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') continue;
    const chain = [];
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      opacity *= Number(s.opacity);
      chain.push(rgba(s.backgroundColor));
    }
    let background = canvas;
    for (const layer of chain.reverse()) background = over(layer, background);
    const colour = rgba(style.color);
    const seen = over([colour[0], colour[1], colour[2], colour[3] * opacity], background);
    const key = block(el) === el ? name(el) : name(block(el)) + ' ' + name(el);
    rows.push({key, text: text.slice(0, 20), colour: style.color, background: 'rgb(' +
               background.slice(0, 3).map(Math.round).join(', ') + ')', opacity,
               ratio: ratio(seen, background)});
  }
  return rows;
})()
"""

# Ruby metrics on a page of the pinyin edition: per line, the gap between the
# boxes of neighbouring rt, and each rt's font size against the body text's.
RUBY_JS = r"""
(() => {
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const rubies = [...document.querySelectorAll('ruby')];
  const gaps = [];
  const sizes = [];
  const textBox = (rt) => {  // the syllable's letters, not the rt's box (padding is not a gap one sees)
    const range = document.createRange();
    range.selectNodeContents(rt);
    return range.getBoundingClientRect();
  };
  for (let i = 0; i < rubies.length; i++) {
    const rt = rubies[i].querySelector('rt');
    const box = textBox(rt);
    const where = rubies[i].closest('h1, h2, p, li, figcaption');
    const key = where ? where.localName + (where.className ? '.' + where.className : '') : 'other';
    sizes.push({key, ratio: parseFloat(getComputedStyle(rt).fontSize) / body});
    const next = rubies[i + 1];
    // only neighbours: the next ruby is the next sibling node (no punctuation between)
    if (!next || rubies[i].nextSibling !== next) continue;
    const nbox = textBox(next.querySelector('rt'));
    if (Math.abs(nbox.top - box.top) > 1) continue;  // not on the same line
    const pair = rt.textContent + ' ' + next.querySelector('rt').textContent;
    gaps.push({key, gap: nbox.left - box.right, text: pair});
  }
  return {body, gaps, sizes, overflow: document.documentElement.scrollWidth - window.innerWidth};
})()
"""


# ------------------------------------------------------------------ fixtures


def _unpack(data: bytes, into: Path) -> list[Path]:
    """The book's files on disk; returns its spine pages in reading order."""
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        book.extractall(into)
        opf_name = next(n for n in book.namelist() if n.endswith(".opf"))
    opf = ET.parse(into / opf_name).getroot()
    ns = {"opf": "http://www.idpf.org/2007/opf"}
    hrefs = {i.get("id"): i.get("href") for i in opf.findall("opf:manifest/opf:item", ns)}
    base = (into / opf_name).parent
    return [base / hrefs[r.get("idref")] for r in opf.findall("opf:spine/opf:itemref", ns)]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    edition = load_edition_inputs([SEED])
    root = tmp_path_factory.mktemp("rendered")
    return {
        "plain": _unpack(build_epub(edition), root / "plain"),
        "pinyin": _unpack(build_epub(edition, PinyinOptions()), root / "pinyin"),
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    executable = chromium_path()
    assert executable, "the rendering tests need Chromium (apt install chromium; install.sh does)"
    with Chromium(executable) as chromium:
        yield chromium


def render(browser: Chromium, page: Path, scheme: str, extra_css: str = "", width: int = 390) -> None:
    color_scheme, css = SCHEMES[scheme]
    browser.emulate(width=width, color_scheme=color_scheme)
    browser.open(page)
    if css or extra_css:
        browser.add_style(css + "\n" + extra_css)


def contrast_rows(browser: Chromium, pages: list[Path], scheme: str) -> list[dict]:
    rows = []
    for page in pages:
        render(browser, page, scheme)
        rows += [{**row, "page": page.name} for row in browser.evaluate(CONTRAST_JS)]
    return rows


# ------------------------------------------------------------------ contrast


@pytest.mark.parametrize("variant", ["plain", "pinyin"])
@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_every_text_element_keeps_4_5_to_1_contrast(
    browser: Chromium, books: dict[str, list[Path]], variant: str, scheme: str
) -> None:
    rows = contrast_rows(browser, books[variant], scheme)
    keys = {row["key"] for row in rows}
    # the measurement reached every kind of text the pages carry
    assert {"h1", "p", "p.byline", "p.kicker", "p.dateline", "p.toc-kicker", "p.edition-title"} <= {
        k.split(" ")[0] for k in keys
    }, keys
    if variant == "pinyin":
        assert any(k.endswith(" rt") for k in keys)
    low = [row for row in rows if row["ratio"] < MIN_CONTRAST]
    assert low == [], low[:10]
    assert all(row["opacity"] == 1 for row in rows)


def test_dark_schemes_really_are_dark(browser: Chromium, books: dict[str, list[Path]]) -> None:
    # the harness would pass vacuously if the dark schemes rendered black on white
    article = books["plain"][2]
    for scheme in ("dark", "forced-dark"):
        rows = contrast_rows(browser, [article], scheme)
        assert rows and all(row["background"] != "rgb(255, 255, 255)" for row in rows), scheme


def test_the_harness_catches_a_fixed_grey(browser: Chromium, books: dict[str, list[Path]]) -> None:
    # what the stylesheet used to say: #333 bylines are 1.5:1 on calibre's dark background
    article = books["plain"][2]
    render(browser, article, "forced-dark", ".byline { color: #333; }")
    rows = browser.evaluate(CONTRAST_JS)
    byline = [row for row in rows if row["key"] == "p.byline"]
    assert byline and all(row["ratio"] < 2 for row in byline)


# ------------------------------------------------------------------ pinyin legibility


def ruby_metrics(browser: Chromium, pages: list[Path], zoom: bool) -> tuple[list[dict], list[dict], int]:
    gaps: list[dict] = []
    sizes: list[dict] = []
    overflow = 0
    for page in pages:
        render(browser, page, "light", ZOOM_CSS if zoom else "")
        result = browser.evaluate(RUBY_JS)
        gaps += result["gaps"]
        sizes += result["sizes"]
        overflow = max(overflow, result["overflow"])
    return gaps, sizes, overflow


@pytest.mark.parametrize("zoom", [False, True], ids=["100%", "200%"])
def test_pinyin_syllables_stand_apart_and_stay_half_the_body_size(
    browser: Chromium, books: dict[str, list[Path]], zoom: bool
) -> None:
    gaps, sizes, overflow = ruby_metrics(browser, books["pinyin"][1:], zoom)
    body = 32 if zoom else 16  # Chromium's default size, at the reader's 100 % and 200 %
    assert len(gaps) > 1000 and len(sizes) > 1000
    # at least a thin space (1/5 em of the body text) between neighbouring syllables
    narrowest = min(gaps, key=lambda g: g["gap"])
    assert narrowest["gap"] >= body / 5 - 0.01, narrowest
    # ruby text at least half the body size everywhere, bylines and kickers included
    smallest = min(sizes, key=lambda s: s["ratio"])
    assert smallest["ratio"] >= 0.5 - 1e-6, smallest
    assert {"p.byline", "p.kicker", "p.toc-kicker"} <= {s["key"] for s in sizes}
    assert overflow <= 0  # nothing runs off a 390 px screen, even at 200 %


# ------------------------------------------------------------------ screenshots to look at


def write_screenshots(out: Path) -> None:
    """Article, contents and pinyin pages, as PNG, for a person to look at."""
    import tempfile

    edition = load_edition_inputs([SEED])
    out.mkdir(parents=True, exist_ok=True)
    executable = chromium_path()
    assert executable
    with tempfile.TemporaryDirectory() as tmp, Chromium(executable) as browser:
        plain = _unpack(build_epub(edition), Path(tmp) / "plain")
        pinyin = _unpack(build_epub(edition, PinyinOptions()), Path(tmp) / "pinyin")
        for scheme in SCHEMES:
            for page in (plain[1], plain[2]):
                render(browser, page, scheme)
                browser.screenshot(out / f"plain-{page.stem}-{scheme}.png")
        for zoom in (False, True):
            for page in (pinyin[1], pinyin[2]):
                render(browser, page, "light", ZOOM_CSS if zoom else "")
                browser.screenshot(out / f"pinyin-{page.stem}-390px-{'200' if zoom else '100'}.png")
            render(browser, pinyin[2], "forced-dark", ZOOM_CSS if zoom else "")
            browser.screenshot(out / f"pinyin-{pinyin[2].stem}-forced-dark-{'200' if zoom else '100'}.png")


if __name__ == "__main__":
    write_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
