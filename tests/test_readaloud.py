"""The read-aloud edition: the seed's e-book and its espeak audio joined by EPUB 3 Media Overlays.

EPUBCheck and DAISY Ace run on it with the other books in test_epub.py; here the
overlays are read back: every par's text and audio, the durations, the metadata.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import itertools
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from mutagen.mp3 import MP3

from publisher.assets import ASSETS_DIR
from publisher.cli import main
from publisher.epub import build_readaloud_epub
from publisher.epub.readaloud import ACTIVE_CLASS, load_audio_edition
from publisher.errors import InputError, PublisherError
from publisher.inputs import load_edition_inputs
from publisher.jumps import join_jumps
from publisher.model import Advertisement, Article, Item, Unclassified
from publisher.speech.script import build_script, clean
from tests.chromium import chromium_path
from tests.conftest import ROOT, SEED, TEST_PAGES
from tests.test_epub import NS, Book, X, base_text
from tests.test_epub_look import _FIXED_COLOUR, _declarations

SMIL = "{http://www.w3.org/ns/SMIL}"


@pytest.fixture(scope="module")
def book(seed_build: Path) -> Book:
    return Book((seed_build / "edition-readaloud.epub").read_bytes())


@pytest.fixture(scope="module")
def manifest(seed_build: Path) -> dict:
    return json.loads((seed_build / "audio" / "manifest.json").read_text("utf-8"))


def clock(value: str) -> float:
    h, m, s = value.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def overlays(book: Book) -> dict[str, ET.Element]:
    """Content document href -> its SMIL, through the manifest's media-overlay attribute."""
    found = {}
    for item in book.manifest.values():
        if item.get("media-overlay"):
            smil = book.manifest[item.get("media-overlay")]
            assert smil.get("media-type") == "application/smil+xml"
            found[item.get("href")] = ET.fromstring(book.read(smil.get("href")))
    return found


def pars(smil: ET.Element) -> list[tuple[str, str, float, float]]:
    """(text src, audio src, clipBegin, clipEnd) per par, relative to the package folder."""
    out = []
    for par in smil.iter(f"{SMIL}par"):
        text, audio = par.find(f"{SMIL}text"), par.find(f"{SMIL}audio")
        out.append(
            (
                text.get("src").removeprefix("../"),
                audio.get("src").removeprefix("../"),
                clock(audio.get("clipBegin")),
                clock(audio.get("clipEnd")),
            )
        )
    return out


def test_every_par_points_at_an_id_of_its_page_and_a_clip_inside_its_mp3(book: Book) -> None:
    docs = overlays(book)
    assert "contents.xhtml" in docs and all(
        f"{a.id}.xhtml" in docs for a in load_edition_inputs([SEED]).articles()
    )
    durations: dict[str, float] = {}
    for href, smil in docs.items():
        [seq] = smil.iter(f"{SMIL}seq")
        assert seq.get(f"{{{NS['epub']}}}textref").removeprefix("../") == href
        page = book.xhtml(href)
        ids = [el.get("id") for el in page.iter() if el.get("id")]
        order = []
        for text, audio, begin, end in pars(smil):
            doc, _, fragment = text.partition("#")
            assert doc == href and fragment in ids, text
            order.append(ids.index(fragment))
            if audio not in durations:
                durations[audio] = MP3(io.BytesIO(book.read(audio))).info.length
            assert 0 <= begin < end <= durations[audio] + 0.001, (text, audio, begin, end, durations[audio])
        assert order == sorted(order), f"{href}: pars out of reading order"
    audio_items = [i.get("href") for i in book.manifest.values() if i.get("media-type") == "audio/mpeg"]
    assert sorted(audio_items) == sorted(durations)  # every MP3 inside is played, none missing


def test_each_track_plays_whole_without_gaps_or_overlaps(book: Book, manifest: dict) -> None:
    clips: dict[str, list[tuple[float, float]]] = {}
    for smil in overlays(book).values():
        for _, audio, begin, end in pars(smil):
            clips.setdefault(audio.removeprefix("audio/"), []).append((begin, end))
    for track in manifest["tracks"]:
        spans = sorted(clips[track["file"]])
        assert spans[0][0] == pytest.approx(track["sentences"][0]["begin"], abs=0.001)
        assert spans[-1][1] == pytest.approx(track["sentences"][-1]["end"], abs=0.001)
        for (_, end), (begin, _) in itertools.pairwise(spans):
            assert begin == pytest.approx(end, abs=0.001), track["file"]


def test_sentences_are_highlighted_on_their_own_printed_text(book: Book, manifest: dict) -> None:
    sentences = {f"s{t['number']}-{k}": s for t in manifest["tracks"] for k, s in enumerate(t["sentences"])}
    exact = set()
    for href, smil in overlays(book).items():
        by_id = {el.get("id"): el for el in book.xhtml(href).iter() if el.get("id")}
        for text, _, _, _ in pars(smil):
            fragment = text.partition("#")[2]
            if clean(base_text(by_id[fragment])) == sentences[fragment]["text"]:
                exact.add(fragment)
    printed = {sid for sid, s in sentences.items() if s["span"] is not None}
    assert printed <= exact  # every sentence read from the printed text is wrapped on exactly that text
    spoken = len(sentences)
    assert len(printed) / spoken >= 0.85, (len(printed), spoken)
    # the rest are words the script adds: bylines as read, labels, the opening's lines
    added = {(s["part"], s["text"]) for sid, s in sentences.items() if sid not in printed}
    assert {part for part, _ in added} <= {"byline", "label", "opening", "headline"}, added
    [summary] = book.meta("schema:accessibilitySummary")
    reported = re.search(r"(\d+)个朗读句子中(\d+)个与原文逐句同步", summary)
    assert reported and int(reported[1]) == spoken and int(reported[2]) / spoken >= 0.95


def test_the_opening_plays_on_the_contents_page(book: Book, manifest: dict) -> None:
    contents = pars(overlays(book)["contents.xhtml"])
    opening = manifest["tracks"][0]
    assert opening["kind"] == "opening" and {audio for _, audio, _, _ in contents} == {
        f"audio/{opening['file']}"
    }
    page = book.xhtml("contents.xhtml")
    links = {a.get("href"): a for a in page.iter(f"{X}a")}
    headlines = [s["item"] for s in opening["sentences"] if s["item"]]
    synced_links = [href for href, a in links.items() if a.find(f"{X}span") is not None]
    assert synced_links == [f"{item}.xhtml" for item in headlines]


def test_package_metadata_for_media_overlays(book: Book) -> None:
    smil_items = [i for i in book.manifest.values() if i.get("media-type") == "application/smil+xml"]
    refined = {
        e.get("refines"): clock(e.text)
        for e in book.opf.findall("opf:metadata/opf:meta", NS)
        if e.get("property") == "media:duration" and e.get("refines")
    }
    assert set(refined) == {f"#{i.get('id')}" for i in smil_items}
    [total] = [
        clock(e.text)
        for e in book.opf.findall("opf:metadata/opf:meta", NS)
        if e.get("property") == "media:duration" and not e.get("refines")
    ]
    assert total == pytest.approx(sum(refined.values()), abs=0.01)
    for href, smil in overlays(book).items():
        played = sum(end - begin for _, _, begin, end in pars(smil))
        item = next(i for i in book.manifest.values() if i.get("href") == href)
        assert refined[f"#{item.get('media-overlay')}"] == pytest.approx(played, abs=0.01)
        css_links = [link.get("href") for link in book.xhtml(href).iter(f"{X}link")]
        assert any(f".{ACTIVE_CLASS}" in book.read(c).decode() for c in css_links), href
    assert book.meta("media:active-class") == [ACTIVE_CLASS]
    assert book.meta("media:narrator") == ["espeak cmn-latn-pinyin"]
    assert book.meta("schema:accessMode") == ["textual", "auditory"]
    assert "synchronizedAudioText" in book.meta("schema:accessibilityFeature")
    assert book.dc("title") == ["嘉兴日报·平湖版（有声朗读版）"]


def test_rebuilds_and_the_epub_command_give_the_same_bytes(
    seed_build: Path, book: Book, tmp_path: Path
) -> None:
    edition = load_edition_inputs([SEED])
    audio = load_audio_edition(seed_build / "audio")
    assert build_readaloud_epub(edition, audio)[0] == book.data
    out = tmp_path / "r.epub"
    result = CliRunner().invoke(
        main,
        ["epub", str(seed_build / "edition.json"), "--read-aloud", str(seed_build / "audio"), "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == book.data
    assert re.search(r"read-aloud: \d+ of \d+ spoken sentences highlighted", result.output)


def test_a_sentence_edited_since_the_audio_is_heard_with_the_paragraph_now_there(seed_build: Path) -> None:
    edition = load_edition_inputs([SEED])
    audio = load_audio_edition(seed_build / "audio")
    before = build_readaloud_epub(edition, audio)[1]
    first = edition.articles()[0]
    changed = dataclasses.replace(first, paragraphs=("改过的第一段。", *first.paragraphs[1:]))
    edition = dataclasses.replace(edition, items=tuple(changed if i is first else i for i in edition.items))
    data, report = build_readaloud_epub(edition, audio)
    book = Book(data)
    assert report.unplaced == 0 and report.exact == report.printed - 1 == before.exact - 1
    assert (report.synced, report.shared) == (before.synced - 1, before.shared + 1)
    page = book.xhtml(f"{first.id}.xhtml")
    [paragraph] = [p for p in page.iter(f"{X}p") if "改过的第一段" in base_text(p)]
    [span] = paragraph.iter(f"{X}span")  # the old sentence's audio highlights the paragraph now there
    assert (
        base_text(span) == "改过的第一段。"
        and span.get("id") in book.read(f"smil/doc-{first.id}.smil").decode()
    )


def test_an_audio_folder_of_another_edition_is_a_clear_error(seed_build: Path) -> None:
    other = load_edition_inputs([TEST_PAGES[0]])
    with pytest.raises(PublisherError, match="does not belong to this edition"):
        build_readaloud_epub(other, load_audio_edition(seed_build / "audio"))


@pytest.mark.parametrize("damage", ["no-manifest", "bad-json", "missing-mp3", "bad-span"])
def test_a_damaged_audio_folder_is_one_line(damage: str, seed_build: Path, tmp_path: Path) -> None:
    folder = tmp_path / "audio"
    shutil.copytree(seed_build / "audio", folder)
    manifest_path = folder / "manifest.json"
    doc = json.loads(manifest_path.read_text("utf-8"))
    if damage == "no-manifest":
        manifest_path.unlink()
    elif damage == "bad-json":
        manifest_path.write_text("{", "utf-8")
    elif damage == "missing-mp3":
        (folder / doc["tracks"][1]["file"]).unlink()
    else:
        doc["tracks"][1]["sentences"][0]["span"] = [3]
        manifest_path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(InputError):
        load_audio_edition(folder)
    result = CliRunner().invoke(
        main,
        [
            "epub",
            str(seed_build / "edition.json"),
            "--read-aloud",
            str(folder),
            "-o",
            str(tmp_path / "x.epub"),
        ],
    )
    assert (
        result.exit_code != 0 and result.output.startswith("error: ") and len(result.output.splitlines()) == 1
    )
    assert not (tmp_path / "x.epub").exists()


@pytest.mark.parametrize("page", [SEED, *TEST_PAGES], ids=lambda p: p.stem)
def test_every_printed_sentence_knows_its_span_in_the_model_text(page: Path) -> None:
    edition = load_edition_inputs([page])
    joined = {i.id: i for i in join_jumps(edition.items)}
    for track in build_script(edition).tracks[1:]:
        for s in track.segments:
            if s.span is None:
                assert s.part in ("byline", "label"), s
                continue
            source = _field(joined[s.item_id or ""], s.part, s.paragraph)
            begin, end = s.span
            assert clean(source[begin:end]) == s.text, (s, source[begin:end])


def _field(item: Item, part: str, paragraph: int | None) -> str:
    """The model text a segment of ``part`` was read from."""
    if part == "paragraph" and isinstance(item, Article):
        return (*item.paragraphs, *item.continuation)[paragraph or 0]
    if part == "paragraph" and isinstance(item, (Advertisement, Unclassified)):
        return item.lines[paragraph or 0]
    if part == "paragraph":
        return item.text  # type: ignore[union-attr]
    if part == "subhead" and isinstance(item, Article):
        return item.subheads[paragraph or 0].text
    return getattr(item, part)  # kicker, headline, subheadline, standfirst, dateline, title, caption, label


def test_the_read_aloud_edition_is_the_plain_one(seed_build: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "epub",
            str(SEED),
            "--pinyin",
            "--read-aloud",
            str(seed_build / "audio"),
            "-o",
            str(tmp_path / "x.epub"),
        ],
    )
    assert result.exit_code != 0 and "leave out --pinyin" in result.output


def test_the_highlight_uses_the_reading_systems_own_colours() -> None:
    css = (ASSETS_DIR / "epub" / "readaloud.css").read_text()
    declarations = dict(_declarations(css))
    assert (declarations["background-color"], declarations["color"]) == ("Mark", "MarkText")
    assert not [v for v in declarations.values() if _FIXED_COLOUR.search(v)]
    assert declarations["text-decoration"] == "underline"  # not by colour alone
    assert f".{ACTIVE_CLASS}" in css


def test_it_plays_in_epubjs_with_the_sentence_being_read_highlighted(
    seed_build: Path, manifest: dict, tmp_path: Path
) -> None:
    """epub.js in headless Chromium plays p1-01's overlay from its third par; two seconds on, the
    sentence whose clip holds the audio's time carries the active class, in the Mark colours."""
    if chromium_path() is None:
        pytest.skip("no Chromium on this machine")
    spec = importlib.util.spec_from_file_location(
        "readaloud_player", ROOT / "tools" / "readaloud_player" / "play.py"
    )
    assert spec and spec.loader
    player = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(player)
    [shot] = player.play(seed_build / "edition-readaloud.epub", tmp_path, [("p1-01.xhtml", 2)], 2.0, "light")
    track = next(t for t in manifest["tracks"] if t["item"] == "p1-01")
    started = track["sentences"][2]["begin"]
    assert started + 1.0 < shot["time"] < started + 6.0  # it played on from the par it started at
    clips = {
        f"s{track['number']}-{k}": (
            s["begin"],
            track["sentences"][k + 1]["begin"] if k + 1 < len(track["sentences"]) else s["end"],
        )
        for k, s in enumerate(track["sentences"])
    }
    begin, end = clips[shot["current"]]
    assert begin <= shot["time"] + 0.3 and shot["time"] <= end + 0.3, shot
    k = int(shot["current"].split("-")[1])
    assert clean(shot["text"]) == track["sentences"][k]["text"]
    assert shot["background"] == "rgb(255, 255, 0)"  # Chromium's Mark: the active class took effect
    assert Path(shot["shot"]).stat().st_size > 10_000
