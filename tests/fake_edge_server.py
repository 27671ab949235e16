"""A local fake of Microsoft's Edge read-aloud service, for tests and the edge benchmark.

The real service cannot be reached from the test machine, so this is the one
fake the project allows: it stands exactly at the network boundary and speaks
the wire protocol that the unmodified ``edge_tts`` 7.3.x client expects.

* ``GET /edge/v1?TrustedClientToken=…&ConnectionId=…&Sec-MS-GEC=…`` upgrades to a
  websocket.  The client sends ``Path:speech.config`` then ``Path:ssml``; the
  fake answers ``turn.start``, ``response``, ``audio.metadata`` (SentenceBoundary
  or WordBoundary, offsets and durations in 100 ns ticks) interleaved with binary
  audio frames (2-byte big-endian header length, CRLF headers ending in CRLF with
  ``Path:audio`` last, then MP3 bytes), an empty final audio frame and ``turn.end``.
* ``GET /voices/list?trustedclienttoken=…`` returns the voice list JSON.

Audio is real 24 kHz 48 kbps mono MP3 from lameenc: a voiced-sounding tone with
one "syllable" per character, so its duration grows with the text, as speech does.

Faults are injected per websocket handshake (:meth:`FakeEdgeServer.queue`) or
per text (:meth:`FakeEdgeServer.fail_texts`); ``latency`` delays every answer.
The server runs on its own event loop in a background thread so a test can
drive the client with ``asyncio.run`` (or the CLI) in the main thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import re
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal
from xml.sax.saxutils import escape

import lameenc
import numpy as np
from aiohttp import WSMsgType, web
from edge_tts.drm import generate_sec_ms_gec_v2

Fault = Literal[
    "ok",
    "http403",  # handshake refused, as when the Sec-MS-GEC token is stale
    "http429",  # rate limited
    "http500",  # server error at handshake
    "no_audio",  # turn.start, response, turn.end and nothing else
    "close_mid_audio",  # a clean websocket close after half the audio, no turn.end
    "drop_mid_audio",  # the TCP connection dropped after half the audio
    "stall",  # handshake accepted, then silence until the client gives up
    "slow_frames",  # every audio frame delayed by ``slow_frame_delay``
]

SAMPLE_RATE = 24_000
BITRATE_BPS = 48_000
TICKS_PER_SECOND = 10_000_000
SECONDS_PER_CHAR = 0.2  # Xiaoxiao reads about five characters a second at +0%
LEAD_SECONDS = 0.1  # the service starts every answer with a short silence
TAIL_SECONDS = 0.3
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
SSML_NS = "{http://www.w3.org/2001/10/synthesis}"

VOICES: list[dict[str, object]] = [
    {
        "Name": f"Microsoft Server Speech Text to Speech Voice ({locale}, {name})",
        "ShortName": f"{locale}-{name}",
        "Gender": gender,
        "Locale": locale,
        "SuggestedCodec": "audio-24khz-48kbitrate-mono-mp3",
        "FriendlyName": f"Microsoft {name.removesuffix('Neural')} Online (Natural) - {language}",
        "Status": "GA",
        "VoiceTag": {"ContentCategories": ["General"], "VoicePersonalities": ["Friendly", "Positive"]},
    }
    for locale, name, gender, language in [
        ("en-US", "EmmaMultilingualNeural", "Female", "English (United States)"),
        ("en-US", "AndrewNeural", "Male", "English (United States)"),
        ("zh-CN", "XiaoxiaoNeural", "Female", "Chinese (Mainland)"),
        ("zh-CN", "XiaoyiNeural", "Female", "Chinese (Mainland)"),
        ("zh-CN", "YunjianNeural", "Male", "Chinese (Mainland)"),
        ("zh-CN", "YunxiNeural", "Male", "Chinese (Mainland)"),
        ("zh-CN", "YunyangNeural", "Male", "Chinese (Mainland)"),
        ("zh-CN-liaoning", "XiaobeiNeural", "Female", "Chinese (Northeastern Mandarin)"),
        ("zh-CN-shaanxi", "XiaoniNeural", "Female", "Chinese (Zhongyuan Mandarin Shaanxi)"),
        ("zh-HK", "HiuMaanNeural", "Female", "Chinese (Cantonese Traditional)"),
        ("zh-TW", "HsiaoChenNeural", "Female", "Chinese (Taiwanese Mandarin)"),
        ("ja-JP", "NanamiNeural", "Female", "Japanese (Japan)"),
    ]
]


@dataclass(frozen=True)
class SeenRequest:
    """One synthesis request as the fake received it."""

    connection_id: str
    voice: str
    rate: str
    volume: str
    pitch: str
    text: str
    word_boundary: bool
    ssml: str


@dataclass
class Counters:
    handshakes: int = 0  # websocket upgrade attempts, refused ones included
    requests: int = 0  # SSML requests received
    completed: int = 0  # answers that reached turn.end
    active: int = 0
    max_active: int = 0  # most requests being answered at the same moment
    voice_lists: int = 0
    last_completed_at: float = 0.0  # time.perf_counter() of the latest turn.end sent


@dataclass
class _Config:
    latency: float = 0.0
    slow_frame_delay: float = 0.5
    frame_bytes: int = 2880  # 20 MP3 frames, 0.48 s of audio per binary message
    clock_skew: float = 0.0  # seconds the fake's clock is ahead of the machine's
    seconds_per_char: float = SECONDS_PER_CHAR
    check_token: bool = True
    planned: list[Fault] = field(default_factory=list)
    text_faults: list[tuple[str, Fault]] = field(default_factory=list)
    voice_list_fault: Fault = "ok"


def _tone_mp3(seconds: float) -> bytes:
    """Real 24 kHz 48 kbps mono MP3: a lead silence, then one voiced syllable per 0.2 s."""
    n = int(seconds * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    syllable = np.sin(np.pi * ((t / SECONDS_PER_CHAR) % 1.0)) ** 2
    pitch = 200 + 30 * np.sin(2 * np.pi * 0.7 * t)
    phase = 2 * np.pi * np.cumsum(pitch) / SAMPLE_RATE
    wave = np.sin(phase) + 0.5 * np.sin(2 * phase) + 0.25 * np.sin(3 * phase)
    envelope = syllable * ((t >= LEAD_SECONDS) & (t < seconds - TAIL_SECONDS))
    pcm = (wave * envelope * 6000).astype("<i2").tobytes()
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_BPS // 1000)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(pcm) + encoder.flush())


def _rate_factor(rate: str) -> float:
    match = re.fullmatch(r"([+-]\d+)%", rate)
    return max(0.1, 1 + int(match.group(1)) / 100) if match else 1.0


def _text_message(request_id: str, path: str, body: str) -> str:
    return (
        f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
        f"Path:{path}\r\n\r\n{body}"
    )


def _audio_message(request_id: str, stream_id: str, mp3: bytes) -> bytes:
    # Path:audio is never the first header: the client parses the header block
    # together with the two length bytes in front of it.
    content_type = "Content-Type:audio/mpeg\r\n" if mp3 else ""
    headers = f"X-RequestId:{request_id}\r\n{content_type}X-StreamId:{stream_id}\r\nPath:audio\r\n"
    encoded = headers.encode("ascii")
    return len(encoded).to_bytes(2, "big") + encoded + mp3


def _parse_client_message(data: str) -> tuple[dict[str, str], str]:
    head, _, body = data.partition("\r\n\r\n")
    headers = dict(line.split(":", 1) for line in head.split("\r\n") if ":" in line)
    return headers, body


class FakeEdgeServer:
    """The fake service on 127.0.0.1 (a free port), running in a background thread."""

    def __init__(self, *, latency: float = 0.0, slow_frame_delay: float = 0.5) -> None:
        self._defaults = (latency, slow_frame_delay)
        self._config = _Config(latency=latency, slow_frame_delay=slow_frame_delay)
        self._lock = threading.Lock()
        self.counters = Counters()
        self.seen: list[SeenRequest] = []
        self._mp3_cache: dict[int, bytes] = {}  # by duration in MP3 frames
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._stopping: asyncio.Event | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self.port = 0

    # --- configuration, from the test's thread -------------------------------------------

    @property
    def wss_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/edge/v1?TrustedClientToken=fake-token"

    @property
    def voice_list_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/voices/list?trustedclienttoken=fake-token"

    def configure(
        self,
        *,
        latency: float | None = None,
        slow_frame_delay: float | None = None,
        clock_skew: float | None = None,
        seconds_per_char: float | None = None,
        check_token: bool | None = None,
        voice_list_fault: Fault | None = None,
    ) -> None:
        with self._lock:
            for name, value in [
                ("latency", latency),
                ("slow_frame_delay", slow_frame_delay),
                ("clock_skew", clock_skew),
                ("seconds_per_char", seconds_per_char),
                ("check_token", check_token),
                ("voice_list_fault", voice_list_fault),
            ]:
                if value is not None:
                    setattr(self._config, name, value)

    def queue(self, *faults: Fault) -> None:
        """The next websocket handshakes meet these faults, one each, then all succeed.

        ``queue(*["http500"] * 2)`` is "two failures, then success".
        """
        with self._lock:
            self._config.planned.extend(faults)

    def fail_texts(self, contains: str, fault: Fault) -> None:
        """Every request whose text contains ``contains`` meets ``fault`` (after the handshake)."""
        with self._lock:
            self._config.text_faults.append((contains, fault))

    def reset(self) -> None:
        """Back to the constructor's settings, with no faults queued and zero counters."""
        latency, slow_frame_delay = self._defaults
        with self._lock:
            self._config = _Config(latency=latency, slow_frame_delay=slow_frame_delay)
        self.reset_counters()

    def reset_counters(self) -> None:
        with self._lock:
            self.counters = Counters()
            self.seen = []

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> FakeEdgeServer:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve_start())
            except BaseException as error:
                failure.append(error)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-edge-server", daemon=True)
        self._thread.start()
        if not ready.wait(10) or failure:
            raise RuntimeError(f"fake edge server did not start: {failure}")
        return self

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._serve_stop(), self._loop)
        future.result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop = None
        self._thread = None

    def __enter__(self) -> FakeEdgeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _serve_start(self) -> None:
        self._stopping = asyncio.Event()
        app = web.Application()
        app.router.add_get("/edge/v1", self._synthesis)
        app.router.add_get("/voices/list", self._voice_list)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets
        self.port = server.sockets[0].getsockname()[1]

    async def _serve_stop(self) -> None:
        assert self._stopping is not None and self._runner is not None
        self._stopping.set()
        for ws in list(self._sockets):
            with contextlib.suppress(Exception):
                await ws.close()
        await self._runner.cleanup()

    # --- the service ------------------------------------------------------------------------

    def _now(self) -> float:
        return time.time() + self._config.clock_skew

    def _refuse(self, status: int) -> web.Response:
        # Like the service, every answer carries the server's Date: the client sets
        # its clock skew from it after a 403.
        headers = {"Date": email.utils.formatdate(self._now(), usegmt=True)}
        if status == 429:
            headers["Retry-After"] = "1"
        return web.Response(status=status, text=f"{status}", headers=headers)

    def _token_is_valid(self, token: str) -> bool:
        now = self._now()
        # accept the previous 5-minute window too, so a test crossing a boundary still passes
        return token in {generate_sec_ms_gec_v2(now), generate_sec_ms_gec_v2(now - 300)}

    def _next_fault(self) -> Fault:
        with self._lock:
            self.counters.handshakes += 1
            return self._config.planned.pop(0) if self._config.planned else "ok"

    async def _voice_list(self, request: web.Request) -> web.StreamResponse:
        with self._lock:
            self.counters.voice_lists += 1
            fault = self._config.voice_list_fault
            latency = self._config.latency
        if fault == "stall":
            await self._stopping_wait()
        if fault.startswith("http"):
            return self._refuse(int(fault[4:]))
        if self._config.check_token and not self._token_is_valid(request.query.get("Sec-MS-GEC", "")):
            return self._refuse(403)
        await asyncio.sleep(latency)
        return web.json_response(VOICES)

    async def _stopping_wait(self) -> None:
        assert self._stopping is not None
        await self._stopping.wait()

    async def _stall(self, ws: web.WebSocketResponse) -> None:
        """Say nothing until the client hangs up or the fake stops."""
        waits = {asyncio.ensure_future(self._stopping_wait()), asyncio.ensure_future(ws.receive())}
        _, pending = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()

    async def _synthesis(self, request: web.Request) -> web.StreamResponse:
        fault = self._next_fault()
        with self._lock:
            config = self._config
            latency, check_token = config.latency, config.check_token
        if fault.startswith("http"):
            return self._refuse(int(fault[4:]))
        if check_token and not self._token_is_valid(request.query.get("Sec-MS-GEC", "")):
            return self._refuse(403)
        if "ConnectionId" not in request.query:
            return self._refuse(400)
        transport = request.transport
        assert transport is not None
        ws = web.WebSocketResponse(compress=True)
        await ws.prepare(request)
        self._sockets.add(ws)
        try:
            await self._converse(ws, transport, request.query["ConnectionId"], fault, latency)
        except ConnectionError:
            pass  # the client gave up (its timeout) while we were still answering
        finally:
            self._sockets.discard(ws)
        return ws

    async def _converse(
        self,
        ws: web.WebSocketResponse,
        transport: asyncio.BaseTransport,
        connection_id: str,
        fault: Fault,
        latency: float,
    ) -> None:
        word_boundary = False
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                return
            headers, body = _parse_client_message(message.data)
            if headers.get("Path") == "speech.config":
                options = json.loads(body)["context"]["synthesis"]["audio"]["metadataoptions"]
                word_boundary = options.get("wordBoundaryEnabled") == "true"
            elif headers.get("Path") == "ssml":
                seen = self._record(connection_id, body, word_boundary)
                if seen is None:
                    await ws.close(code=1007, message=b"bad ssml")
                    return
                with self._lock:
                    text_faults = list(self._config.text_faults)
                for contains, text_fault in text_faults:
                    if contains in seen.text:
                        fault = text_fault
                await self._answer(ws, transport, headers["X-RequestId"], seen, fault, latency)
                return

    def _record(self, connection_id: str, ssml: str, word_boundary: bool) -> SeenRequest | None:
        try:
            root = ET.fromstring(ssml)
        except ET.ParseError:
            return None
        voice = root.find(f"{SSML_NS}voice")
        prosody = voice.find(f"{SSML_NS}prosody") if voice is not None else None
        if voice is None or prosody is None:
            return None
        seen = SeenRequest(
            connection_id=connection_id,
            voice=voice.get("name", ""),
            rate=prosody.get("rate", ""),
            volume=prosody.get("volume", ""),
            pitch=prosody.get("pitch", ""),
            text=prosody.text or "",
            word_boundary=word_boundary,
            ssml=ssml,
        )
        with self._lock:
            self.counters.requests += 1
            self.seen.append(seen)
        return seen

    def _mp3_for(self, seconds: float) -> bytes:
        frames = max(1, round(seconds / 0.024))
        with self._lock:
            cached = self._mp3_cache.get(frames)
        if cached is None:
            cached = _tone_mp3(frames * 0.024)
            with self._lock:
                self._mp3_cache[frames] = cached
        return cached

    async def _answer(
        self,
        ws: web.WebSocketResponse,
        transport: asyncio.BaseTransport,
        request_id: str,
        seen: SeenRequest,
        fault: Fault,
        latency: float,
    ) -> None:
        with self._lock:
            counters = self.counters  # reset() may replace it while we answer
            counters.active += 1
            counters.max_active = max(counters.max_active, counters.active)
        try:
            if fault == "stall":
                await self._stall(ws)
                return
            await asyncio.sleep(latency)
            stream_id = uuid.uuid4().hex.upper()
            await ws.send_str(_text_message(request_id, "turn.start", '{"context":{"serviceTag":"fake"}}'))
            await ws.send_str(
                _text_message(
                    request_id,
                    "response",
                    json.dumps(
                        {
                            "context": {"serviceTag": "fake"},
                            "audio": {"type": "inline", "streamId": stream_id},
                        }
                    ),
                )
            )
            # the service answers an unknown voice with no audio at all
            speaks = fault != "no_audio" and any(v["Name"] == seen.voice for v in VOICES)
            if speaks and not await self._send_audio(ws, transport, request_id, stream_id, seen, fault):
                return
            await ws.send_str(_text_message(request_id, "turn.end", "{}"))
            with self._lock:
                counters.completed += 1
                counters.last_completed_at = time.perf_counter()
        finally:
            with self._lock:
                counters.active -= 1

    async def _send_audio(
        self,
        ws: web.WebSocketResponse,
        transport: asyncio.BaseTransport,
        request_id: str,
        stream_id: str,
        seen: SeenRequest,
        fault: Fault,
    ) -> bool:
        """Metadata and audio frames in time order; False if the fault cut the answer short."""
        factor = _rate_factor(seen.rate) / self._config.seconds_per_char * SECONDS_PER_CHAR
        speech_seconds = len(seen.text) * SECONDS_PER_CHAR / factor
        mp3 = await asyncio.get_running_loop().run_in_executor(
            None, self._mp3_for, LEAD_SECONDS + speech_seconds + TAIL_SECONDS
        )
        events = list(self._boundaries(seen, factor))
        size = self._config.frame_bytes
        chunks = [mp3[i : i + size] for i in range(0, len(mp3), size)]
        for index, chunk in enumerate(chunks):
            end_ticks = (index * size + len(chunk)) * 8 * TICKS_PER_SECOND // BITRATE_BPS
            while events and events[0]["Data"]["Offset"] < end_ticks:
                await ws.send_str(
                    _text_message(request_id, "audio.metadata", json.dumps({"Metadata": [events.pop(0)]}))
                )
            if index == len(chunks) // 2 and fault in ("close_mid_audio", "drop_mid_audio"):
                if fault == "close_mid_audio":
                    await ws.close()
                else:
                    transport.abort()
                return False
            if fault == "slow_frames":
                await asyncio.sleep(self._config.slow_frame_delay)
            await ws.send_bytes(_audio_message(request_id, stream_id, chunk))
        await ws.send_bytes(_audio_message(request_id, stream_id, b""))
        return True

    def _boundaries(self, seen: SeenRequest, factor: float) -> Iterator[dict[str, object]]:
        kind = "WordBoundary" if seen.word_boundary else "SentenceBoundary"
        if seen.word_boundary:
            pieces = [c for c in seen.text if not c.isspace()]
        else:
            pieces = [s for s in SENTENCE_END.split(seen.text) if s.strip()]
        offset = LEAD_SECONDS
        position = 0
        for piece in pieces:
            position = seen.text.index(piece, position)
            seconds = len(piece) * SECONDS_PER_CHAR / factor
            yield {
                "Type": kind,
                "Data": {
                    "Offset": round(offset * TICKS_PER_SECOND),
                    "Duration": round(seconds * TICKS_PER_SECOND),
                    # the service echoes the text XML-escaped; the client unescapes it
                    "text": {"Text": escape(piece), "Length": len(piece), "BoundaryType": kind},
                },
            }
            offset += seconds
            position += len(piece)
