"""Reading page files: encodings, line endings, and one-line errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from publisher.cli import main
from publisher.errors import InputError
from publisher.reading import decode_page, read_page
from tests.conftest import SEED, TEST_PAGES

PAGE = "嘉兴日报\n\n平湖入选第六届 全国文明城市名单\n\n本报讯 昨天,中央文明办公布名单。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + PAGE.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + PAGE.encode("utf-16-be"), "utf-16"),
        # UTF-16 saved without a byte-order mark: told by which byte order reads as text
        (PAGE.encode("utf-16-le"), "utf-16-le"),
        (PAGE.encode("utf-16-be"), "utf-16-be"),
        (PAGE.encode("gbk"), "gbk"),
        # 𠀀 (U+20000) exists in GB18030 but not in GBK
        ((PAGE + "𠀀\n").encode("gb18030"), "gb18030"),
    ],
)
def test_decodes_each_encoding_and_reports_it(tmp_path: Path, data: bytes, encoding: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    result = read_page(page)
    assert result.encoding == encoding
    assert result.text.startswith("嘉兴日报\n\n平湖入选第六届")
    assert "\ufeff" not in result.text


def test_line_endings_are_normalised(tmp_path: Path) -> None:
    page = tmp_path / "crlf.txt"
    page.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    assert read_page(page).text == PAGE
    page.write_bytes(PAGE.replace("\n", "\r").encode("utf-8"))
    assert read_page(page).text == PAGE


def test_sha256_is_of_the_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    assert read_page(SEED).sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_gbk_test_page_parses_like_its_utf8_original(tmp_path: Path) -> None:
    from publisher.reader import structure_pages

    original = next(p for p in TEST_PAGES if p.name.startswith("103_"))
    gbk = tmp_path / "gbk_page.txt"
    gbk.write_bytes(original.read_text(encoding="utf-8").encode("gbk"))
    from_gbk = structure_pages([read_page(gbk)])
    from_utf8 = structure_pages([read_page(original)])
    assert from_gbk.sources[0].encoding == "gbk"
    assert from_gbk.items == from_utf8.items
    assert len(from_gbk.items) == 8


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_the_seed_in_utf16_without_bom_parses_like_the_original(tmp_path: Path, encoding: str) -> None:
    from publisher.reader import structure_pages

    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_text(encoding="utf-8").encode(encoding))
    assert structure_pages([read_page(page)]).items == structure_pages([read_page(SEED)]).items


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\r\n\xe3\x80\x80\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
        ("正文".encode() + b"\x00" + "正文".encode(), "NUL bytes"),
        (b"\x80\x81\x82\xff\xfe\xfd" * 4, "cannot be decoded"),
        (b"abc\x1b[31mdef\x07", "control character"),
        (b"\xef\xbb\xbf\xff\xfe", "not valid UTF-8"),
    ],
)
def test_bad_bytes_are_one_line_errors(tmp_path: Path, data: bytes, message: str) -> None:
    page = tmp_path / "bad.txt"
    page.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_page(page)
    text = str(err.value)
    assert message in text
    assert str(page) in text
    assert "\n" not in text


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_page(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_page(tmp_path)


def test_decode_page_is_pure() -> None:
    assert decode_page(b"a\r\nb", "x") == ("a\nb", "utf-8")


# ------------------------------------------------------------------ the CLI


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("\n   \n\n", encoding="utf-8")
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(b"\x80\x81\x82\xff\xfe\xfd" * 4)
    return {
        "binary": binary,
        "empty": empty,
        "blank": blank,
        "garbage": garbage,
        "missing": tmp_path / "missing.txt",
        "directory": tmp_path,
    }


@pytest.mark.parametrize("case", ["binary", "empty", "blank", "garbage", "missing", "directory"])
def test_cli_bad_input_is_one_line_nonzero_and_writes_nothing(tmp_path: Path, case: str) -> None:
    bad = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out" / "edition.json"
    result = CliRunner().invoke(main, ["structure", str(SEED), str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert str(bad) in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_cli_bad_date_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["structure", str(SEED), "--date", "2020-13-45"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --date") and result.stderr.count("\n") == 1


def test_cli_structure_writes_json_and_outline(tmp_path: Path) -> None:
    out = tmp_path / "edition.json"
    result = CliRunner().invoke(main, ["structure", str(SEED), "-o", str(out), "--date", "2020-11-11"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "pinghu-edition/1.1"
    assert data["date"] == "2020-11-11"  # the seed prints no date, so --date is used
    assert data["sources"][0]["encoding"] == "utf-8"
    assert [i["id"] for i in data["items"]][:3] == ["p1-01", "p1-02", "p1-03"]
    outline = CliRunner().invoke(main, ["structure", str(SEED), "--format", "outline"])
    assert outline.exit_code == 0
    assert "[p1-02] article (p1 L25-48): “低散乱”整治辟出高质量发展轨道" in outline.stdout
    assert "byline: 记者 胡佳英  通讯员 彭凯军" in outline.stdout
    assert "paragraphs: 6" in outline.stdout
