"""What every command accepts and refuses, as a user meets it (issue 9): outputs never overwrite
inputs, edition JSON told by content, texts that are not pages, pages given twice, standard input,
size bounds, build's own previous outputs, Ctrl-C, and the imports a plain run needs."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from publisher.cli import main
from publisher.inputs import not_a_page
from publisher.model import edition_to_json
from publisher.speech import pipeline
from tests.audio_samples import small_edition
from tests.conftest import ROOT, SEED, TEST_PAGES
from tests.test_audio_pipeline import CountingEngine

CLI = [sys.executable, "-c", "from publisher.cli import main; main()"]


def run(*args: str | Path, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def one_error(result: Result) -> str:
    """The single ``error:`` line a refused command prints (and exit 2)."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_bytes(SEED.read_bytes())
    return path


@pytest.mark.parametrize(
    ("command", "output"),
    [
        ("structure", "page.txt"),
        ("epub", "page.txt"),
        ("audio", "."),  # a page named like one of the audio edition's own files
        ("build", "."),
    ],
)
def test_no_command_writes_over_its_input(tmp_path: Path, page: Path, command: str, output: str) -> None:
    source = page
    if command == "audio":
        source = tmp_path / "manifest.json"
        source.write_bytes(SEED.read_bytes())
    if command == "build":
        source = tmp_path / "edition.json"
        assert run("structure", page, "-o", source).exit_code == 0
    before = source.read_bytes()
    line = one_error(run(command, source, "-o", tmp_path / output))
    assert f"is the input {source}; writing there would destroy it (choose another -o)" in line
    assert source.read_bytes() == before


def test_a_hard_link_to_the_input_is_the_input(tmp_path: Path, page: Path) -> None:
    link = tmp_path / "link.epub"
    os.link(page, link)
    assert "is the input" in one_error(run("epub", page, "-o", link))
    assert page.read_bytes() == SEED.read_bytes()


def test_an_edition_json_is_told_by_its_content_not_its_name(tmp_path: Path, page: Path) -> None:
    edition = tmp_path / "today"  # no .json
    assert run("structure", page, "-o", edition).exit_code == 0
    assert run("epub", edition, "-o", tmp_path / "a.epub").exit_code == 0
    assert run("epub", page, "-o", tmp_path / "b.epub").exit_code == 0
    assert (tmp_path / "a.epub").read_bytes() == (tmp_path / "b.epub").read_bytes()


def test_a_page_named_json_is_a_page(tmp_path: Path, page: Path) -> None:
    named_json = tmp_path / "page.json"
    named_json.write_bytes(SEED.read_bytes())
    as_json = json.loads(run("structure", named_json).stdout)
    as_txt = json.loads(run("structure", page).stdout)
    assert as_json["items"] == as_txt["items"] and as_json["items"]


def test_a_broken_edition_json_is_a_json_error_not_a_page(tmp_path: Path, page: Path) -> None:
    edition = tmp_path / "edition.json"
    assert run("structure", page, "-o", edition).exit_code == 0
    broken = tmp_path / "broken"
    broken.write_bytes(edition.read_bytes()[:500])
    assert "not valid JSON" in one_error(run("epub", broken, "-o", tmp_path / "x.epub"))


NOT_PAGES = {
    "notes.txt": ("Release notes\n\nThe parser now keeps every line.\n", "has no Chinese text"),
    "readme.md": (
        "# 平湖版 使用说明\n\n把**报纸版面**的文字转成电子书。\n\n## 安装\n\n- 运行 `./install.sh`\n"
        "- 见 [README](https://example.org/readme)\n",
        "is a Markdown document",
    ),
    "page.html": (
        '<!DOCTYPE html>\n<html lang="zh">\n<head><title>平湖</title></head>\n<body>\n<p>本报讯 昨天。</p>\n'
        "</body>\n</html>\n",
        "is an HTML document",
    ),
}


@pytest.mark.parametrize("name", NOT_PAGES)
def test_a_text_that_is_not_a_page_is_refused_unless_forced(tmp_path: Path, name: str) -> None:
    text, reason = NOT_PAGES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    line = one_error(run("structure", path))
    assert line.startswith(f"error: {path}: {reason}") and line.endswith("(use --force to read it anyway)")
    forced = run("structure", path, "--force")
    assert forced.exit_code == 0 and json.loads(forced.stdout)["schema"].startswith("pinghu-edition/")


@pytest.mark.parametrize("path", [SEED, *TEST_PAGES], ids=lambda p: p.name)
def test_every_real_page_reads_as_a_page(path: Path) -> None:
    assert not_a_page(path.read_text(encoding="utf-8")) is None


def test_a_page_given_twice_is_read_once_with_a_warning(tmp_path: Path, page: Path) -> None:
    once = run("structure", page)
    twice = run("structure", page, page)
    assert twice.exit_code == 0
    assert twice.stderr == f"warning: {page} is given twice; it is read once\n"
    assert twice.stdout == once.stdout
    copy = tmp_path / "copy.txt"
    copy.write_bytes(page.read_bytes())
    copied = run("structure", page, copy)
    assert copied.stderr == f"warning: {copy} is the same page as {page}; it is read once\n"
    assert json.loads(copied.stdout)["items"] == json.loads(once.stdout)["items"]


def test_dash_reads_a_page_or_an_edition_from_standard_input(tmp_path: Path, page: Path) -> None:
    piped = run("structure", "-", stdin=page.read_bytes())
    assert piped.exit_code == 0, piped.output
    assert json.loads(piped.stdout)["items"] == json.loads(run("structure", page).stdout)["items"]
    assert json.loads(piped.stdout)["sources"][0]["path"] == "-"
    epub = tmp_path / "piped.epub"
    assert run("epub", "-", "-o", epub, stdin=piped.stdout.encode()).exit_code == 0
    assert run("epub", page, "-o", tmp_path / "b.epub").exit_code == 0
    assert epub.read_bytes() == (tmp_path / "b.epub").read_bytes()


def test_a_page_over_the_size_bound_is_refused_naming_the_option(tmp_path: Path, page: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 80)  # 1.2 MB
    line = one_error(run("structure", big))
    assert line == (
        f"error: {big}: 1.22 MB is more than the 1 MB of text a page may hold "
        "(raise the limit with --max-page-mb)"
    )
    assert "more than the 0.01 MB" in one_error(run("structure", page, "--max-page-mb", "0.01"))
    assert run("structure", page, "--max-page-mb", "0.02").exit_code == 0
    piped = run("structure", "-", "--max-page-mb", "0.01", stdin=page.read_bytes())
    assert "error: standard input: 0.0152 MB is more than the 0.01 MB" in one_error(piped)


def test_an_edition_over_the_page_bound_is_refused_naming_the_option(tmp_path: Path, page: Path) -> None:
    many = [page] * 201
    assert one_error(run("structure", *many)) == (
        "error: 201 pages is more than the 200 an edition may have (raise the limit with --max-pages)"
    )
    two = run("structure", SEED, TEST_PAGES[0], "-o", tmp_path / "two.json")
    assert two.exit_code == 0
    line = one_error(run("epub", tmp_path / "two.json", "--max-pages", "1", "-o", tmp_path / "x.epub"))
    assert line.endswith("2 pages is more than the 1 an edition may have (raise the limit with --max-pages)")


@pytest.mark.parametrize("date", ["2108-01-01", "9999-12-31"])
def test_a_date_past_the_zip_range_makes_an_epub(tmp_path: Path, page: Path, date: str) -> None:
    out = tmp_path / "out"
    result = run("build", page, "--date", date, "--no-audio", "-o", out)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out / "edition.epub") as book:
        assert {info.date_time for info in book.infolist()} == {(2107, 12, 31, 23, 59, 58)}
        assert (
            f'<meta property="dcterms:modified">{date}T00:00:00Z</meta>'
            in book.read("EPUB/content.opf").decode()
        )


def test_a_printed_year_past_the_zip_range_makes_an_epub(tmp_path: Path) -> None:
    source = next(p for p in TEST_PAGES if p.name.startswith("101_"))
    page = tmp_path / "page.txt"
    page.write_text(source.read_text(encoding="utf-8").replace("2024年11月25日", "2150年11月25日"), "utf-8")
    result = run("epub", page, "-o", tmp_path / "p.epub")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "p.epub") as book:
        assert "2150-11-25" in book.read("EPUB/content.opf").decode()


def _build(tmp_path: Path, edition_json: Path, out: Path, *extra: str) -> None:
    result = run("build", edition_json, "-o", out, "--engine", "espeak", "--quiet",
                 "--cache-dir", tmp_path / "cache", *extra)  # fmt: skip
    assert result.exit_code == 0, result.output


def test_build_replaces_its_own_previous_outputs_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "make_engine", lambda options, name: CountingEngine())
    full, shorter = tmp_path / "full.json", tmp_path / "shorter.json"
    edition = small_edition()
    full.write_text(edition_to_json(edition), encoding="utf-8")
    fewer = dataclasses.replace(edition, items=tuple(i for i in edition.items if i.id != "a2"))
    shorter.write_text(edition_to_json(fewer), encoding="utf-8")
    out = tmp_path / "out"
    _build(tmp_path, full, out)
    audio = out / "audio"
    first = json.loads((audio / "manifest.json").read_text("utf-8"))
    mine = audio / "my-notes.txt"
    mine.write_text("the user's own file", encoding="utf-8")
    (audio / "99-my-recording.mp3").write_bytes(b"not ours")

    _build(tmp_path, shorter, out)  # one article fewer: the tracks after it are renumbered
    manifest = json.loads((audio / "manifest.json").read_text("utf-8"))
    assert len(manifest["tracks"]) == len(first["tracks"]) - 1
    ours = {name for t in manifest["tracks"] for name in (t["file"], t["lrc"])}
    ours |= {manifest["playlist"], manifest["whole"]["file"], manifest["whole"]["lrc"], "manifest.json"}
    assert {p.name for p in audio.iterdir()} == ours | {"my-notes.txt", "99-my-recording.mp3"}

    _build(tmp_path, shorter, out, "--no-audio")  # no stale audio beside the new edition
    assert sorted(p.name for p in audio.iterdir()) == ["99-my-recording.mp3", "my-notes.txt"]
    mine.unlink()
    (audio / "99-my-recording.mp3").unlink()
    _build(tmp_path, full, out)
    _build(tmp_path, full, out, "--no-audio")
    assert sorted(p.name for p in out.iterdir()) == ["edition-pinyin.epub", "edition.epub", "edition.json"]


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.parametrize("command", ["structure", "epub", "build"])
def test_ctrl_c_stops_a_command_at_once_with_one_line_and_no_file(tmp_path: Path, command: str) -> None:
    # A long edition: every test page a few times over, each copy made distinct by a line of its own.
    pages = []
    for n in range(200):
        source = TEST_PAGES[n % len(TEST_PAGES)]
        path = tmp_path / f"p{n:03d}.txt"
        path.write_text(source.read_text(encoding="utf-8") + f"\n第{n}版\n", encoding="utf-8")
        pages.append(path.name)
    out = {"structure": "edition.json", "epub": "edition.epub", "build": "out"}[command]
    argv = [*CLI, command, *pages, "-o", out] + (["--no-audio"] if command == "build" else [])
    log = tmp_path / "stderr"
    with log.open("w") as stderr:  # a file, not a pipe: a full pipe would stop the command
        process = subprocess.Popen(argv, cwd=tmp_path, stderr=stderr)
        deadline = time.monotonic() + 120
        while process.poll() is None and _cpu_seconds(process.pid) < 0.4 and time.monotonic() < deadline:
            time.sleep(0.02)  # until it is past the imports, into the work
        assert process.poll() is None, "finished before it could be interrupted"
        before = log.read_text()
        process.send_signal(signal.SIGINT)
        interrupted = time.perf_counter()
        process.wait(timeout=60)
        waited = time.perf_counter() - interrupted
    assert process.returncode == 130
    assert log.read_text()[len(before) :] == "error: interrupted\n"
    assert waited < 3.0  # within a second on a quiet machine; the margin is for a shared one
    written = {p.name for p in tmp_path.rglob("*") if not p.name.startswith("p") and p != log}
    assert written <= {"out"}, written  # no half-written file, no temporary left


def _modules_after(*args: str) -> set[str]:
    code = (
        "import sys\nfrom publisher.cli import main\n"
        f"sys.argv = ['pinghu-publish', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sys.modules), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False, timeout=120
    )
    return set(result.stderr.split())


HEAVY = {"pypinyin", "numpy", "PIL", "lxml", "ebooklib", "publisher.reader", "publisher.epub", "edge_tts"}


def test_help_imports_nothing_heavy() -> None:
    assert _modules_after("--help") & HEAVY == set()
    assert _modules_after("epub", "--help") & HEAVY == set()


def test_the_plain_epub_does_not_import_pypinyin(tmp_path: Path) -> None:
    plain = _modules_after("epub", str(SEED), "-o", str(tmp_path / "plain.epub"))
    assert "publisher.epub" in plain and "pypinyin" not in plain and "numpy" not in plain
    # OpenSSL, html's entity table and tempfile's random: each ~1-2% of a plain e-book's start
    assert plain & {"hashlib", "html", "tempfile"} == set()
    ruby = _modules_after("epub", str(SEED), "--pinyin", "-o", str(tmp_path / "ruby.epub"))
    assert "pypinyin" in ruby
