"""Play a read-aloud EPUB in a real reading system and photograph the highlighted sentence.

epub.js renders the book in headless Chromium; player.html plays the page's EPUB 3
Media Overlay (its SMIL, the MP3 clips in order, the package's media:active-class on
the sentence being read).  For each page asked for, playback starts at a par, runs
for a while, and a screenshot is taken mid-playback.

    cd tools/readaloud_player && npm install     # epub.js, once
    python tools/readaloud_player/play.py out/edition-readaloud.epub -o shots/ p1-01.xhtml:3 p1-04.xhtml:8

Prints, per shot, the par playing, the audio time and the highlighted text.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.chromium import Chromium, chromium_path  # noqa: E402  (the project's DevTools-over-a-pipe driver)

HERE = Path(__file__).resolve().parent


class PlayerError(RuntimeError):
    pass


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def _wait_for(browser: Chromium, condition: str, failure: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not browser.evaluate(
        f"(() => {{ try {{ return !!({condition}); }} catch (e) {{ return false; }} }})()"
    ):
        if time.monotonic() > deadline:
            raise PlayerError(failure)
        time.sleep(0.2)


def play(epub: Path, out: Path, shots: list[tuple[str, int]], seconds: float, scheme: str) -> list[dict]:
    """One screenshot per (page, par index); returns what was playing in each."""
    chromium = chromium_path()
    if chromium is None:
        raise PlayerError("no chromium on PATH")
    if not (HERE / "node_modules" / "epubjs").is_dir():
        raise PlayerError(f"epub.js is not installed: cd {HERE} && npm ci")
    out.mkdir(parents=True, exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="readaloud-player-") as tmp:
        site = Path(tmp)
        shutil.copy(HERE / "player.html", site / "player.html")
        (site / "node_modules").symlink_to(HERE / "node_modules")
        with zipfile.ZipFile(epub) as book:
            book.extractall(site / "book")
        server, url = _serve(site)
        try:
            for href, par in shots:
                with Chromium(chromium) as browser:
                    browser.emulate(width=390, height=800, scale=2, color_scheme=scheme)
                    browser.send("Page.navigate", session=True, url=url + "player.html")
                    _wait_for(
                        browser, "typeof window.readAloud === 'function'", "the player page did not load"
                    )
                    # as if the reader pressed play: media may start only after a user gesture
                    browser.send(
                        "Runtime.evaluate",
                        session=True,
                        expression=f"window.readAloud({href!r}, {par})",
                        userGesture=True,
                        awaitPromise=True,
                    )
                    _wait_for(
                        browser, "window.state.ready || !!window.state.error", "the player did not start"
                    )
                    if error := browser.evaluate("window.state.error"):
                        raise PlayerError(error)
                    time.sleep(seconds)  # let it play: the clock, the clips and the highlight move on
                    state = browser.evaluate("window.state")
                    shot = out / f"{Path(href).stem}-par{par}-{scheme}.png"
                    browser.screenshot(shot, max_height=840)
                    results.append({"shot": str(shot), **state})
        finally:
            server.shutdown()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("epub", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=Path("readaloud-shots"))
    parser.add_argument("shots", nargs="+", help="PAGE.xhtml:PAR (the par to start playing from)")
    parser.add_argument("--seconds", type=float, default=4.0, help="how long to play before each screenshot")
    parser.add_argument("--scheme", choices=["light", "dark"], default="light")
    args = parser.parse_args()
    shots = [(s.rsplit(":", 1)[0], int(s.rsplit(":", 1)[1]) if ":" in s else 0) for s in args.shots]
    try:
        results = play(args.epub, args.out, shots, args.seconds, args.scheme)
    except PlayerError as e:
        raise SystemExit(f"error: {e}") from None
    for r in results:
        print(f"{r['shot']}: {r['current']} at {r['time']:.2f} s: {r['text']}")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
