"""The whole issue as one MP3 with ID3 chapters, joined from the rendered tracks.

Why one MP3 with CHAP/CTOC frames and not an ``.m4b``: an M4B holds AAC, so it
would mean decoding and re-encoding every track (a second lossy generation and
ffmpeg as a dependency), while MP3 frames can be joined as they are.  Players
that know ID3 chapters (Apple Podcasts, Overcast, Pocket Casts, AntennaPod, VLC,
foobar2000, mpv) show a chapter per track; the rest still play the whole issue
from start to end.

Joining is exact: the tracks are CBR mono LAME streams of one sample rate, each
frame starts with its own bit reservoir empty at a track's start (LAME begins a
stream with ``main_data_begin`` 0), so the tracks' frames, without their ID3
tags, follow one another as one valid stream.  A chapter starts at its track's
first frame; its time is that frame's sample position (frames × samples per
frame / rate), rounded to the millisecond the CHAP frame can carry, and its byte
offset is that frame's first byte in the file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from publisher.errors import PublisherError
from publisher.records import record

# MPEG audio, layer III: bitrates (kbit/s) by version and index, sample rates by version.
_BITRATES = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_RATES = {1: (44100, 48000, 32000), 2: (22050, 24000, 16000), 25: (11025, 12000, 8000)}
_VERSIONS = {0b11: 1, 0b10: 2, 0b00: 25}


@record
class MpegStream:
    """The audio frames of one MP3, without its tags."""

    audio: bytes
    frames: int
    sample_rate: int
    samples_per_frame: int
    channel_mode: int  # 3 is mono
    first_frame: bytes  # for checking where a chapter starts

    @property
    def samples(self) -> int:
        return self.frames * self.samples_per_frame


@record
class Chapter:
    """A track's place in the joined audio: samples and bytes."""

    title: str
    start_sample: int
    end_sample: int
    start_byte: int  # offset of the first frame in the joined audio (the tag not counted)
    end_byte: int


def _id3v2_size(data: bytes) -> int:
    if len(data) < 10 or data[:3] != b"ID3":
        return 0
    size = 0
    for byte in data[6:10]:
        size = size << 7 | (byte & 0x7F)
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def _frame_info(header: bytes) -> tuple[int, int, int, int] | None:
    """(frame length, sample rate, samples per frame, channel mode) of a layer III header, or None."""
    b1, b2, b3 = header[1], header[2], header[3]
    if header[0] != 0xFF or b1 & 0xE0 != 0xE0:
        return None
    version = _VERSIONS.get(b1 >> 3 & 0b11)
    if version is None or b1 >> 1 & 0b11 != 0b01:  # layer III only
        return None
    bitrate_index, rate_index = b2 >> 4, b2 >> 2 & 0b11
    if bitrate_index in (0, 15) or rate_index == 3:
        return None  # free format or invalid: not something LAME wrote
    bitrate = _BITRATES[1 if version == 1 else 2][bitrate_index] * 1000
    rate = _RATES[version][rate_index]
    padding = b2 >> 1 & 1
    samples = 1152 if version == 1 else 576
    length = samples // 8 * bitrate // rate + padding
    return length, rate, samples, b3 >> 6


def _is_info_frame(frame: bytes) -> bool:
    """A Xing/Info/VBRI header frame: metadata about the stream, silent, not to be joined."""
    return any(tag in frame[:64] for tag in (b"Xing", b"Info", b"VBRI"))


def mpeg_stream(data: bytes, name: str) -> MpegStream:
    """The frames of an MP3 (ID3v2 at the start and ID3v1 at the end left out), checked one by one."""
    start = _id3v2_size(data)
    end = len(data) - 128 if data[-128:-125] == b"TAG" else len(data)
    pos, frames, fmt = start, 0, None
    audio = bytearray()
    first = b""
    while pos + 4 <= end:
        info = _frame_info(data[pos : pos + 4])
        if info is None:
            raise PublisherError(f"{name}: not an MPEG layer III frame at byte {pos}")
        length, rate, samples, mode = info
        if fmt is None:
            fmt = (rate, samples, mode)
        elif fmt != (rate, samples, mode):
            raise PublisherError(f"{name}: the stream changes format at byte {pos}")
        if pos + length > end:
            raise PublisherError(f"{name}: the last frame is cut short")
        frame = data[pos : pos + length]
        if not (frames == 0 and not audio and _is_info_frame(frame)):
            audio += frame
            frames += 1
            first = first or frame
        pos += length
    if fmt is None or frames == 0:
        raise PublisherError(f"{name}: no MP3 audio in it")
    return MpegStream(bytes(audio), frames, fmt[0], fmt[1], fmt[2], first)


def join_tracks(tracks: Sequence[tuple[str, str, bytes]]) -> tuple[bytes, list[Chapter], int]:
    """(name, chapter title, MP3 bytes) per track → joined frames, the chapters and the sample rate."""
    if not tracks:
        raise PublisherError("no track to join into one file")
    streams = [(title, mpeg_stream(data, name)) for name, title, data in tracks]
    first = streams[0][1]
    for (name, _, _), (_, stream) in zip(tracks, streams, strict=True):
        if (stream.sample_rate, stream.samples_per_frame, stream.channel_mode) != (
            first.sample_rate,
            first.samples_per_frame,
            first.channel_mode,
        ):
            raise PublisherError(f"{name}: another sample rate or channel mode than the first track")
    audio = io.BytesIO()
    chapters = []
    sample = 0
    for title, stream in streams:
        begin = audio.tell()
        audio.write(stream.audio)
        chapters.append(Chapter(title, sample, sample + stream.samples, begin, audio.tell()))
        sample += stream.samples
    return audio.getvalue(), chapters, first.sample_rate
