"""The command as a user meets it: help texts, `build`, options that reach the writers."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from publisher.cli import main
from tests.conftest import SEED

COMMANDS = ["structure", "epub", "audio", "voices", "build"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "pinghu-publish" in result.output


def test_top_level_help_names_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


def test_build_without_audio_writes_json_and_both_epubs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(out), "--no-audio"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["edition-pinyin.epub", "edition.epub", "edition.json"]
    structured = CliRunner().invoke(main, ["structure", str(SEED)])
    assert (out / "edition.json").read_text(encoding="utf-8") == structured.output
    with zipfile.ZipFile(out / "edition.epub") as plain, zipfile.ZipFile(out / "edition-pinyin.epub") as rb:
        plain_text = "".join(plain.read(n).decode() for n in plain.namelist() if n.endswith(".xhtml"))
        ruby_text = "".join(rb.read(n).decode() for n in rb.namelist() if n.endswith(".xhtml"))
    assert "<ruby>" not in plain_text
    assert "<ruby>" in ruby_text


def _ruby_pages(epub: Path) -> str:
    with zipfile.ZipFile(epub) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))


def test_user_pinyin_dictionary_and_style_reach_the_ruby(tmp_path: Path) -> None:
    user = tmp_path / "mine.txt"
    user.write_text("# a reading the shipped dictionary does not have\n平湖 ping4 hu4\n", encoding="utf-8")
    epub = tmp_path / "p.epub"
    args = ["epub", str(SEED), "--pinyin", "--pinyin-style", "numbers", "-o", str(epub)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert "<rt>ping2</rt>" in _ruby_pages(epub)
    result = CliRunner().invoke(main, [*args, "--pinyin-dict", str(user)])
    assert result.exit_code == 0, result.output
    pages = _ruby_pages(epub)
    assert "<ruby>平<rp>(</rp><rt>ping4</rt>" in pages


def test_light_tones_by_default_and_full_tones_on_request(tmp_path: Path) -> None:
    epub = tmp_path / "p.epub"
    args = ["epub", str(SEED), "--pinyin", "--pinyin-style", "numbers", "-o", str(epub)]
    assert CliRunner().invoke(main, args).exit_code == 0
    early_morning = "<ruby>早<rp>(</rp><rt>zao3</rt><rp>)</rp></ruby><ruby>晨<rp>(</rp><rt>chen{}</rt>"
    assert early_morning.format(5) in _ruby_pages(epub)  # 现汉 zǎo·chen
    result = CliRunner().invoke(main, [*args, "--pinyin-tones", "full"])
    assert result.exit_code == 0, result.output
    assert early_morning.format(2) in _ruby_pages(epub)


def test_malformed_user_dictionary_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("平湖 ping2\n", encoding="utf-8")  # two characters, one syllable
    epub = tmp_path / "p.epub"
    result = CliRunner().invoke(
        main, ["epub", str(SEED), "--pinyin", "--pinyin-dict", str(bad), "-o", str(epub)]
    )
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "bad.txt:1" in lines[0]
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == [bad]


def test_edition_json_is_accepted_as_input(tmp_path: Path) -> None:
    edition = tmp_path / "edition.json"
    assert CliRunner().invoke(main, ["structure", str(SEED), "-o", str(edition)]).exit_code == 0
    assert json.loads(edition.read_text(encoding="utf-8"))["schema"] == "pinghu-edition/1.1"
    from_json, from_page = tmp_path / "a.epub", tmp_path / "b.epub"
    assert CliRunner().invoke(main, ["epub", str(edition), "-o", str(from_json)]).exit_code == 0
    assert CliRunner().invoke(main, ["epub", str(SEED), "-o", str(from_page)]).exit_code == 0
    assert from_json.read_bytes() == from_page.read_bytes()


def test_mixing_json_and_pages_is_refused(tmp_path: Path) -> None:
    edition = tmp_path / "edition.json"
    CliRunner().invoke(main, ["structure", str(SEED), "-o", str(edition)])
    result = CliRunner().invoke(main, ["epub", str(edition), str(SEED), "-o", str(tmp_path / "x.epub")])
    assert result.exit_code == 2
    assert "either one edition.json or raw page files" in result.output


def test_unwritable_output_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(main, ["epub", str(SEED), "-o", str(blocker / "x.epub")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "file" in lines[0]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_build_of_an_edition_with_nothing_to_publish_leaves_no_file(tmp_path: Path) -> None:
    only_qr = {
        "schema": "pinghu-edition/1",
        "items": [{"id": "p1-01", "type": "qr_prompt", "page": 1, "source_lines": [3, 3], "text": "扫一扫"}],
    }
    edition = tmp_path / "edition.json"
    edition.write_text(json.dumps(only_qr, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(edition), "-o", str(out), "--no-audio"])
    assert result.exit_code == 2
    assert result.output.startswith("error: ") and "nothing to put in an e-book" in result.output
    assert not out.exists() or list(out.iterdir()) == []
