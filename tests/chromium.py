"""Headless Chromium driven over the DevTools protocol on a pipe, for measuring rendered pages.

``--remote-debugging-pipe`` makes Chromium read commands on fd 3 and write
answers on fd 4, NUL-terminated JSON: no port, no websocket library, nothing left
listening.  Enough of the protocol to open a page, emulate a screen and a colour
scheme, run a script, and take a screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any


def chromium_path() -> str | None:
    return os.environ.get("PUPPETEER_EXECUTABLE_PATH") or next(
        (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
    )


class ChromiumError(RuntimeError):
    pass


def _above_four(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Chromium:
    """One headless browser with one page; use as a context manager."""

    def __init__(self, executable: str, timeout: float = 60) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="pinghu-chromium-")
        to_child, self._write_fd = os.pipe()
        self._read_fd, from_child = os.pipe()
        # the child's ends must not already sit on 3 or 4, where they are wired to
        to_child, from_child = (_above_four(fd) for fd in (to_child, from_child))

        args = [
            executable,
            "--headless",
            "--remote-debugging-pipe",
            "--no-sandbox",  # tests may run as root, where the sandbox refuses to start
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--hide-scrollbars",
            "--font-render-hinting=none",
            f"--user-data-dir={self._profile.name}",
            "about:blank",
        ]

        def wire_fds() -> None:  # the browser reads commands on fd 3 and answers on fd 4
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        # close_fds would close 3 and 4 again after wire_fds; the other fds are close-on-exec
        self.process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire_fds,
            close_fds=False,
        )
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]
        self.send("Page.enable", session=True)

    # ---------------------------------------------------------------- protocol

    def _read_message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._read_fd, 1 << 16)
            if not chunk:
                raise ChromiumError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write_fd, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read_message()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise ChromiumError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            if "method" in answer:
                self._events.append(answer)

    def _wait_event(self, method: str) -> None:
        while True:
            for i, event in enumerate(self._events):
                if event["method"] == method:
                    del self._events[: i + 1]
                    return
            self._events.append(self._read_message())

    # ---------------------------------------------------------------- page

    def emulate(
        self, width: int = 390, height: int = 844, scale: float = 2, color_scheme: str = "light"
    ) -> None:
        """A phone-sized viewport (CSS px), its pixel density and the preferred colour scheme."""
        self.send(
            "Emulation.setDeviceMetricsOverride",
            session=True,
            width=width,
            height=height,
            deviceScaleFactor=scale,
            mobile=False,  # a phone's 980 px default layout viewport is a web page's, not a reader's
        )
        self.send(
            "Emulation.setEmulatedMedia",
            session=True,
            features=[{"name": "prefers-color-scheme", "value": color_scheme}],
        )

    def open(self, path: Path) -> None:
        self._events.clear()
        self.send("Page.navigate", session=True, url=path.resolve().as_uri())
        self._wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate", session=True, expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise ChromiumError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def add_style(self, css: str) -> None:
        """Append a stylesheet after the book's own, as reading systems inject theirs."""
        self.evaluate(
            "(() => { const s = document.createElementNS('http://www.w3.org/1999/xhtml', 'style');"
            f" s.textContent = {json.dumps(css)}; document.documentElement.appendChild(s);"
            " return document.fonts.ready.then(() => true); })()"
        )

    def screenshot(self, out: Path, max_height: int = 3000) -> None:
        """The page from the top, as PNG, down to its end or ``max_height`` CSS px."""
        size = self.send("Page.getLayoutMetrics", session=True)["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], max_height), "scale": 1}
        data = self.send(
            "Page.captureScreenshot", session=True, format="png", clip=clip, captureBeyondViewport=True
        )
        out.write_bytes(base64.b64decode(data["data"]))

    # ---------------------------------------------------------------- lifetime

    def close(self) -> None:
        with contextlib.suppress(ChromiumError, OSError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._read_fd, self._write_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._profile.cleanup()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
