"""The whole issue in one MP3 with ID3 chapters, joined from real espeak tracks."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from pathlib import Path

import miniaudio
import numpy as np
import pytest
from mutagen.id3 import ID3

from publisher.errors import PublisherError
from publisher.speech.chapters import join_tracks, mpeg_stream
from publisher.speech.companions import EditionFiles
from publisher.speech.espeak import EspeakEngine
from publisher.speech.pipeline import AudioOptions, AudioReport, write_audio_edition
from tests.audio_samples import small_edition

COVER = bytes.fromhex(  # a 1×1 PNG
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2217bc50000000049454e44ae426082"
)


def _render(edition, out: Path, cache: Path) -> AudioReport:
    options = AudioOptions(engine="espeak", cache_dir=cache, quiet=True)
    return write_audio_edition(edition, out, options, cover=COVER, engine=EspeakEngine())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, AudioReport, dict, Path]:
    base = tmp_path_factory.mktemp("chapters")
    report = _render(small_edition(), base / "out", base / "cache")
    manifest = json.loads((base / "out" / "manifest.json").read_text("utf-8"))
    return base / "out", report, manifest, base / "cache"


def _decode(data: bytes) -> np.ndarray:
    return np.frombuffer(miniaudio.mp3_read_s16(data).samples, dtype=np.int16)


def test_the_whole_issue_file_and_its_companions_carry_the_date(rendered) -> None:
    out, report, manifest, _ = rendered
    assert report.failures == []
    assert manifest["playlist"] == "playlist-2020-11-11.m3u8"
    assert manifest["whole"]["file"] == "edition-2020-11-11.mp3"
    assert manifest["whole"]["lrc"] == "edition-2020-11-11.lrc"
    for name in (manifest["playlist"], manifest["whole"]["file"], manifest["whole"]["lrc"]):
        assert (out / name).is_file()
    assert EditionFiles.for_date(None) == EditionFiles("playlist.m3u8", "edition.mp3", "edition.lrc")


def test_a_chapter_per_track_titled_with_its_headline_in_order(rendered) -> None:
    out, report, manifest, _ = rendered
    id3 = ID3(out / manifest["whole"]["file"])
    [toc] = id3.getall("CTOC")
    assert toc.flags == 3  # top level, ordered
    chapters = {c.element_id: c for c in id3.getall("CHAP")}
    ordered = [chapters[i] for i in toc.child_element_ids]
    assert len(ordered) == len(chapters) == len(report.tracks) == 5
    # the frames themselves stand in time order: ffmpeg and mpv list chapters in frame order
    assert list(chapters.values()) == ordered
    titles = [c.sub_frames["TIT2"].text[0] for c in ordered]
    assert titles == [r.track.title for r in report.tracks]
    assert titles[1] == "平湖入选第六届全国文明城市名单" and titles[-1] == "天气预报"
    assert [c["title"] for c in manifest["whole"]["chapters"]] == titles
    # the whole file's own tags: the issue's title, the paper, the cover
    assert str(id3["TIT2"]) == "嘉兴日报·平湖版 2020年11月11日" and str(id3["TPE1"]) == "嘉兴日报"
    assert id3.getall("APIC")[0].data == COVER


def test_chapter_times_and_offsets_are_exact(rendered) -> None:
    out, report, manifest, _ = rendered
    data = (out / manifest["whole"]["file"]).read_bytes()
    id3 = ID3(out / manifest["whole"]["file"])
    chapters = {c.element_id: c for c in id3.getall("CHAP")}
    ordered = [chapters[i] for i in id3.getall("CTOC")[0].child_element_ids]
    rate = miniaudio.mp3_get_info(data).sample_rate
    start = 0  # in samples: the tracks' own decoded lengths, added up
    for chapter, result in zip(ordered, report.tracks, strict=True):
        track = (out / result.track.filename).read_bytes()
        length = _decode(track).size
        assert chapter.start_time == round(start * 1000 / rate)
        assert chapter.end_time == round((start + length) * 1000 / rate)
        # the byte offset is the track's first audio frame, inside the joined file
        first = mpeg_stream(track, result.track.filename).first_frame
        assert data[chapter.start_offset : chapter.start_offset + len(first)] == first
        start += length
    assert ordered[-1].end_offset == len(data)  # nothing after the last frame
    for a, b in itertools.pairwise(ordered):
        assert a.end_time == b.start_time and a.end_offset == b.start_offset
    assert _decode(data).size == start  # every sample of every track, and nothing else
    assert manifest["whole"]["chapters"][-1]["end"] == pytest.approx(start / rate, abs=0.001)


def test_the_joined_audio_is_the_tracks_audio(rendered) -> None:
    """Frames are copied, not re-encoded: each chapter decodes to its track's samples.

    Only a track's first two frames may differ (the decoder's overlap with the
    previous track's last frame), and those are the track's lead-in silence.
    """
    out, report, manifest, _ = rendered
    whole = _decode((out / manifest["whole"]["file"]).read_bytes())
    rate = miniaudio.mp3_get_info((out / manifest["whole"]["file"]).read_bytes()).sample_rate
    frame = 1152 if rate >= 32000 else 576
    start = 0
    for result in report.tracks:
        track = _decode((out / result.track.filename).read_bytes())
        joined = whole[start : start + track.size]
        assert np.array_equal(joined[2 * frame :], track[2 * frame :]), result.track.filename
        assert np.abs(joined[: 2 * frame].astype(int) - track[: 2 * frame]).max() < 200
        # every sentence is heard where the manifest says: in this chapter, at its own time
        for sentence in result.timings:
            a, b = round(sentence.begin * rate), round(sentence.end * rate)
            assert np.sqrt(np.mean((joined[a:b] / 32768.0) ** 2)) > 0.02
        start += track.size


def test_the_whole_issue_lyrics_follow_the_joined_timeline(rendered) -> None:
    out, report, manifest, _ = rendered
    raw = (out / manifest["whole"]["lrc"]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf[ti:")  # a BOM, for players that read BOM-less files as GBK
    lines = raw.decode("utf-8-sig").splitlines()
    timed = [
        (m.group(1), m.group(2), line[10:])
        for line in lines
        if (m := re.match(r"\[(\d+):(\d\d\.\d\d)\]", line))
    ]
    sentences = [
        (c["begin"] + s["begin"], s["text"])
        for t, c in zip(manifest["tracks"], manifest["whole"]["chapters"], strict=True)
        for s in t["sentences"]
    ]
    assert len(timed) == len(sentences) == sum(len(r.timings) for r in report.tracks)
    for (minutes, seconds, text), (begin, expected) in zip(timed, sentences, strict=True):
        assert text == expected
        assert abs(int(minutes) * 60 + float(seconds) - begin) <= 0.006


def test_a_rerun_for_another_day_removes_the_old_days_whole_issue_files(rendered, tmp_path: Path) -> None:
    _out, _report, _manifest, cache = rendered
    folder = tmp_path / "audio"
    _render(small_edition(), folder, cache)
    assert (folder / "edition-2020-11-11.mp3").exists()
    _render(dataclasses.replace(small_edition(), date=None), folder, cache)
    names = {p.name for p in folder.iterdir()}
    assert {"edition.mp3", "edition.lrc", "playlist.m3u8"} <= names
    assert not [n for n in names if "2020-11-11" in n and n.startswith(("edition", "playlist"))]


def test_joining_refuses_what_is_not_one_kind_of_mp3(rendered) -> None:
    out, report, _manifest, _ = rendered
    first = (out / report.tracks[0].track.filename).read_bytes()
    with pytest.raises(PublisherError, match="not an MPEG layer III frame"):
        join_tracks([("a.mp3", "A", first), ("b.mp3", "B", b"ID3\x03\x00\x00\x00\x00\x00\x00garbage!")])
    with pytest.raises(PublisherError, match="no MP3 audio"):
        mpeg_stream(b"", "empty.mp3")
    with pytest.raises(PublisherError, match="cut short"):
        stream = mpeg_stream(first, "x.mp3")
        mpeg_stream(stream.audio[:-10], "cut.mp3")
    # a stream in another channel mode (or rate) cannot be joined frame by frame
    frame = mpeg_stream(first, "x.mp3").first_frame
    stereo = bytearray(frame)
    stereo[3] = (stereo[3] & 0x3F) | (0b01 << 6)  # joint stereo
    with pytest.raises(PublisherError, match=r"b\.mp3: another sample rate or channel mode"):
        join_tracks([("a.mp3", "A", frame), ("b.mp3", "B", bytes(stereo))])


def test_an_id3v1_tag_and_a_xing_header_are_left_out(rendered) -> None:
    out, report, _manifest, _ = rendered
    stream = mpeg_stream((out / report.tracks[1].track.filename).read_bytes(), "t.mp3")
    info = bytearray(stream.first_frame)
    info[36:40] = b"Info"  # where LAME writes its gapless header, in a frame of its own
    with_extras = bytes(info) + stream.audio + b"TAG" + bytes(125)
    again = mpeg_stream(with_extras, "t.mp3")
    assert again.audio == stream.audio and again.frames == stream.frames
