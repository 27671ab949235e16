"""The generated cover: newspaper, edition and date on a JPEG, the same bytes every time.

A raster cover (not SVG), because many readers show only PNG/JPEG covers in
their library. JPEG rather than PNG: encoding a 1200×1800 PNG alone took ~70 ms
of the plain edition's 150 ms budget, the JPEG takes ~12 ms, and at quality 92
without chroma subsampling the red masthead's edges stay clean.

The text needs a CJK font; without one the cover keeps its design but carries no
text (and says so in a warning), rather than drawing tofu boxes.

A drawn cover is kept in the cache folder (``covers/``): importing Pillow and
drawing and encoding the JPEG were a sixth of the CPU time of a plain ``epub``
run, and a day's pages, each in three editions and the audio edition, share a
handful of covers.  The key is everything the bytes depend on: the printed texts,
the band, the fonts, Pillow's version and this file's own source.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
import os
import shutil
from dataclasses import asdict, astuple
from pathlib import Path
from typing import TYPE_CHECKING, Any

from publisher.cachedir import COVERS_FOLDER, FONTS_FOLDER, default_cache_dir
from publisher.dates import chinese_date
from publisher.digests import sha256_hex
from publisher.errors import PublisherError
from publisher.fileio import write_bytes_atomic, write_text_atomic
from publisher.model import Edition
from publisher.records import record

if TYPE_CHECKING:  # Pillow is imported only to draw a cover the cache does not hold
    from PIL import ImageDraw, ImageFont

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 1800  # 2:3, sharp on a 6-inch e-ink screen and a phone
PAPER = (250, 248, 242)
INK = (20, 20, 20)
RED = (178, 24, 30)  # masthead red, 6.6:1 against white text
GREY = (90, 90, 90)
WHITE = (255, 255, 255)


@record
class CoverBand:
    """The band that tells an edition apart in a library's cover grid: a word and a colour of its own."""

    label: str  # 拼音版, 有声版
    reading: str  # its pinyin, printed over it for the children the pinyin edition is for
    colour: tuple[int, int, int]  # white text on it stays above 6:1


PINYIN_BAND = CoverBand("拼音版", "pīn yīn bǎn", (16, 82, 160))  # blue, 7.7:1 with white
READ_ALOUD_BAND = CoverBand("有声版", "yǒu shēng bǎn", (20, 105, 60))  # green, 6.7:1 with white
BAND_TOP = 1450  # the band covers the bottom fifth: still legible in a 100 px wide thumbnail

FONT_ENV = "PINGHU_CJK_FONT"  # path to a font file, for machines where discovery fails
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
FONT_LIST = "fontconfig.json"  # in the cache folder's FONTS_FOLDER: fc-list's faces and what they depend on
_FONT_NAME_HINTS = ("cjk", "sourcehan", "source-han", "wqy", "droidsansfallback", "notosanssc", "notoserifsc")


@record
class FontFace:
    """One face of a font file (a collection holds several)."""

    path: str
    index: int
    family: str
    style: str

    def load(self, size: int) -> ImageFont.FreeTypeFont:
        from PIL import ImageFont

        return ImageFont.truetype(self.path, size=size, index=self.index)


def _rank(face: FontFace, bold: bool) -> tuple[int, ...]:
    family = face.family.lower()
    simplified = any(tag in family for tag in (" sc", "cn", "gb", "simplified")) or "sc" in family.split()
    return (
        int(simplified),
        int("mono" not in family),
        int(("bold" in face.style.lower() or "heavy" in face.style.lower()) == bold),
        int(("serif" in family and "sans" not in family) == bold),  # serif masthead, sans text
        -len(face.path),
        -face.index,
    )


def _faces_from_fontconfig() -> list[FontFace]:
    """The faces fontconfig lists for zh-cn: from the cache folder while fontconfig's state is the
    one they were listed in, else from ``fc-list`` (and kept there)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        kept: Path | None = default_cache_dir() / FONTS_FOLDER / FONT_LIST
    except RuntimeError:  # no home folder: no cache
        kept = None
    if kept is not None:
        faces = _kept_faces(kept, _fontconfig_state(fc_list))
        if faces is not None:
            return faces
    import subprocess  # only when the list is not kept: importing it alone costs a plain epub ~2%

    try:
        out = subprocess.run(
            [fc_list, ":lang=zh-cn", "--format", "%{file}|%{index}|%{family[0]}|%{style[0]}\n"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    faces = []
    for line in sorted(set(out.splitlines())):
        parts = line.split("|")
        if len(parts) == 4 and parts[1].isdigit() and parts[0].lower().endswith(_FONT_SUFFIXES):
            faces.append(FontFace(parts[0], int(parts[1]), parts[2], parts[3]))
    if kept is not None:
        # the state after fc-list ran: fontconfig may have refreshed its own cache meanwhile
        listed = {"state": _fontconfig_state(fc_list), "faces": [list(astuple(face)) for face in faces]}
        with contextlib.suppress(OSError, PublisherError):  # an unwritable cache only means asking again
            write_text_atomic(kept, json.dumps(listed, ensure_ascii=False))
    return faces


# What fc-list's answer depends on besides the font folders: fontconfig's configuration and its
# own caches (fc-cache after a font package is installed), and the variables that move them.
_FONTCONFIG_FILES = (
    "/etc/fonts",
    "/etc/fonts/fonts.conf",
    "/etc/fonts/conf.d",
    "/etc/fonts/local.conf",
    "/var/cache/fontconfig",
    "~/.fonts.conf",
    "~/.fontconfig",
)
_FONTCONFIG_ENV = ("FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "HOME", "XDG_CONFIG_HOME")


def _fontconfig_state(fc_list: str) -> list[Any]:
    """What ``fc-list`` answers from, as fontconfig checks its own cache: modification times of the
    program, of its configuration and caches, and of every folder under the font folders (adding
    or removing a font changes its folder's); and the environment it reads.  A few dozen stats."""
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    files = [fc_list, *map(os.path.expanduser, _FONTCONFIG_FILES)]
    files += [os.path.join(config, "fontconfig"), os.path.join(config, "fontconfig", "fonts.conf")]
    # Not the user's fontconfig cache ($XDG_CACHE_HOME/fontconfig): it moves with our own cache
    # folder (a copied or relocated cache would never hit), and the font folders' times already
    # say what would refresh it.
    times: list[list[Any]] = [[path, _mtime(path)] for path in files]
    for root in _font_dirs():
        times += _folder_times(root)
    return [{name: os.environ.get(name) for name in _FONTCONFIG_ENV}, times]


def _font_dirs() -> list[str]:
    """The folders fontconfig looks in by default (Debian's fonts.conf): _FONT_DIRS and the XDG one."""
    data = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return list(dict.fromkeys([*map(os.path.expanduser, _FONT_DIRS), os.path.join(data, "fonts")]))


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _folder_times(root: str) -> list[list[Any]]:
    """[folder, modification time] of ``root`` and every folder below it (a folder linked twice, once)."""
    times = []
    seen: set[tuple[int, int]] = set()
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as entries:
                folders += [entry.path for entry in entries if entry.is_dir()]
        except OSError:
            continue  # missing (most users have no ~/.fonts) or unreadable: as fontconfig, no fonts there
        times.append([folder, st.st_mtime_ns])
    return sorted(times)


def _kept_faces(path: Path, state: list[Any]) -> list[FontFace] | None:
    """The faces kept in ``path`` if they were listed in ``state``; None when not (or unreadable)."""
    try:
        listed = json.loads(path.read_bytes())
        if listed["state"] != state:
            return None
        faces = [FontFace(str(p), int(i), str(family), str(style)) for p, i, family, style in listed["faces"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    with contextlib.suppress(OSError):  # its last use, for the cache's least-recently-used bound
        os.utime(path)
    return faces


def _faces_from_font_dirs() -> list[FontFace]:
    faces = []
    for root in _FONT_DIRS:
        base = Path(root).expanduser()
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            name = path.name.lower().replace(" ", "")
            if path.suffix.lower() in _FONT_SUFFIXES and any(h in name for h in _FONT_NAME_HINTS):
                faces.extend(_faces_in_file(str(path)))
    return faces


def _faces_in_file(path: str) -> list[FontFace]:
    from PIL import ImageFont

    faces = []
    for index in range(32):  # a collection (.ttc) holds several faces; stop at the first missing one
        try:
            font = ImageFont.truetype(path, size=12, index=index)
        except OSError:
            break
        family, style = font.getname()
        faces.append(FontFace(path, index, family or "", style or ""))
    return faces


@functools.cache
def find_cjk_fonts() -> tuple[FontFace, FontFace] | None:
    """(display face, text face) able to draw simplified Chinese, or None.

    Order: $PINGHU_CJK_FONT, fontconfig's list of fonts covering zh-cn, then a
    scan of the usual font folders for well-known CJK families.
    """
    override = os.environ.get(FONT_ENV)
    faces = _faces_in_file(override) if override else []
    if override and not faces:
        log.warning("%s=%s is not a font Pillow can read; looking for another", FONT_ENV, override)
    faces = faces or _faces_from_fontconfig() or _faces_from_font_dirs()
    if not faces:
        return None
    display = max(faces, key=lambda f: _rank(f, bold=True))
    text = max(faces, key=lambda f: _rank(f, bold=False))
    return display, text


def _centered(draw: ImageDraw.ImageDraw, y: int, text: str, font: ImageFont.FreeTypeFont, fill: tuple) -> int:
    """Draw one centred line whose top is at y; return the y below it."""
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.text(((WIDTH - (right - left)) / 2 - left, y - top), text, font=font, fill=fill)
    return y + (bottom - top)


def _fit(face: FontFace, text: str, size: int, max_width: int) -> ImageFont.FreeTypeFont:
    """The largest font up to ``size`` in which ``text`` fits on one line of ``max_width``."""
    font = face.load(size)
    width = font.getlength(text)
    if width > max_width:
        font = face.load(max(24, int(size * max_width / width)))
    return font


def cover_texts(edition: Edition) -> tuple[str, str | None, str | None]:
    """(masthead, edition line, date line) as printed on the cover."""
    masthead = edition.newspaper or edition.edition or "报纸"
    edition_line = edition.edition if edition.newspaper and edition.edition else None
    date_line = chinese_date(edition.date) if edition.date else None
    return masthead, edition_line, date_line


def cover_alt(edition: Edition, band: CoverBand | None = None) -> str:
    """Alt text saying what the cover shows."""
    masthead, edition_line, date_line = cover_texts(edition)
    shown = "，".join(p for p in (masthead, edition_line, date_line) if p)
    if find_cjk_fonts() is None:  # the text-free fallback design
        colours = "红白两色" if band is None else "红白两色、底部一条色带"
        named = f"{band.label}" if band else "电子版"
        return f"封面：{colours}的报纸图案，没有文字。本书是{shown}的{named}"
    return f"封面：{shown}，电子版" + (f"，底部色带上写着“{band.label}”" if band else "")


COVERS_KEPT = 100  # the most recently used; a cover is ~150 kB


def cover_jpeg(edition: Edition, band: CoverBand | None, cache_dir: Path | None) -> bytes:
    """The cover's JPEG bytes, from ``cache_dir`` when it holds them, else drawn and kept there.

    A cache that cannot be read or written only means drawing: the bytes are the same.
    A cover drawn without a CJK font is not kept (a font installed later must show).
    """
    fonts = find_cjk_fonts()
    if fonts is None or cache_dir is None:
        return render_cover(edition, band)
    from PIL import __version__ as pillow_version

    shaped_by = {
        "texts": cover_texts(edition),
        "english": edition.newspaper_en,
        "band": asdict(band) if band else None,
        "fonts": [(asdict(face), _file_stamp(face.path)) for face in fonts],
        "pillow": pillow_version,
        "design": sha256_hex(Path(__file__).read_bytes()),
    }
    key = sha256_hex(json.dumps(shaped_by, ensure_ascii=False, sort_keys=True).encode())
    path = cache_dir / COVERS_FOLDER / f"{key}.jpg"
    with contextlib.suppress(OSError):
        data = path.read_bytes()
        with contextlib.suppress(OSError):  # a read-only cache is still read
            os.utime(path)  # its last use, for the eviction below and the cache's own
        return data
    data = render_cover(edition, band)
    with contextlib.suppress(OSError, PublisherError):
        write_bytes_atomic(path, data)
        _evict_covers(path.parent)
    return data


def _file_stamp(path: str) -> tuple[int, int]:
    """(size, modification time in ns) of a font file: a font updated in place draws differently."""
    try:
        st = os.stat(path)
    except OSError:
        return (0, 0)
    return (st.st_size, st.st_mtime_ns)


def _evict_covers(folder: Path) -> None:
    """Keep the COVERS_KEPT most recently used covers (the cache's own bound runs only after audio)."""
    covers = []
    for path in folder.glob("*.jpg"):
        with contextlib.suppress(OSError):
            covers.append((path.stat().st_mtime, path))
    for _, path in sorted(covers, reverse=True)[COVERS_KEPT:]:
        path.unlink(missing_ok=True)


def render_cover(edition: Edition, band: CoverBand | None = None) -> bytes:
    """Draw the cover: JPEG bytes that depend only on the edition's cover texts, the band and the fonts."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    # The design: a red masthead band, a thick and a thin rule, a red foot band,
    # or for another edition a tall foot band in that edition's colour.
    draw.rectangle((0, 0, WIDTH, 560), fill=RED)
    draw.rectangle((80, 640, WIDTH - 80, 652), fill=INK)
    draw.rectangle((80, 668, WIDTH - 80, 672), fill=INK)
    draw.rectangle((80, 1280, WIDTH - 80, 1284), fill=INK)
    if band is None:
        draw.rectangle((0, HEIGHT - 120, WIDTH, HEIGHT), fill=RED)
    else:
        draw.rectangle((0, BAND_TOP, WIDTH, HEIGHT), fill=band.colour)

    fonts = find_cjk_fonts()
    if fonts is None:
        log.warning("no CJK font found (install fonts-noto-cjk or set %s); the cover has no text", FONT_ENV)
    else:
        display, text = fonts
        masthead, edition_line, date_line = cover_texts(edition)
        _centered(draw, 190, masthead, _fit(display, masthead, 190, WIDTH - 160), WHITE)
        if edition.newspaper_en:
            english = edition.newspaper_en.upper()
            _centered(draw, 440, english, _fit(text, english, 48, WIDTH - 240), WHITE)
        # edition and date, as one block centred between the rules (either may be missing)
        block = [
            (line, _fit(face, line, size, WIDTH - 200))
            for line, face, size in ((edition_line, display, 150), (date_line, text, 84))
            if line
        ]
        gap = 110
        heights = [
            draw.textbbox((0, 0), line, font=font)[3] - draw.textbbox((0, 0), line, font=font)[1]
            for line, font in block
        ]
        y = (672 + 1280 - sum(heights) - gap * (len(block) - 1)) // 2
        for (line, font), height in zip(block, heights, strict=True):
            _centered(draw, y, line, font, INK)
            y += height + gap
        _centered(draw, 1400 if band is None else 1330, "电子版", text.load(64), GREY)
        if band is not None:
            _centered(draw, BAND_TOP + 45, band.reading, _fit(text, band.reading, 56, WIDTH - 200), WHITE)
            _centered(draw, BAND_TOP + 125, band.label, _fit(display, band.label, 170, WIDTH - 200), WHITE)

    out = io.BytesIO()
    # No EXIF, no timestamps: the same edition gives the same bytes.
    image.save(out, format="JPEG", quality=92, subsampling=0, optimize=False)
    return out.getvalue()
