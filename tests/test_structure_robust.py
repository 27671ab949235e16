"""The parser on strange input: it never raises and never loses text.

Property-style, with seeded stdlib ``random`` (bounded and deterministic): the seed and
every test page are mutated the ways real desk files go wrong (line endings, stray
spaces, blank lines doubled or lost, lines joined or deleted, truncation, shuffled
paragraphs, invisible characters, rare characters, very long lines, residue from HTML)
and every result must keep the properties of the exact tests: no exception, unique ids,
every non-blank line in exactly one item or the masthead, the character accounting of
``test_nothing_is_lost``, a JSON round trip, and the same output twice.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from publisher.errors import InputError
from publisher.model import Byline, Credit, edition_from_dict, edition_to_json, item_to_json
from publisher.reader import parse_page, structure_pages
from publisher.reader.bylines import parse_byline
from publisher.reading import PageText, decode_page
from tests.conftest import SEED, TEST_PAGES
from tests.nothing_lost import assert_nothing_lost

PAGES = [SEED, *TEST_PAGES]
Mutation = Callable[[str, random.Random], str]

# ------------------------------------------------------------------ mutations


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _blocks(text: str) -> list[str]:
    return [b for b in text.split("\n\n") if b.strip()]


def _sprinkle(text: str, rng: random.Random, pieces: list[str], count: int) -> str:
    """Insert ``count`` pieces at random places (never inside a line break)."""
    chars = list(text)
    for _ in range(count):
        at = rng.randrange(len(chars) + 1)
        chars.insert(at, rng.choice(pieces))
    return "".join(chars)


def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def cr(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r")


def trailing_spaces(text: str, rng: random.Random) -> str:
    return "\n".join(line + rng.choice(["", " ", "  ", "\t", " \t ", "\u3000"]) for line in _lines(text))


def indents_and_tabs(text: str, rng: random.Random) -> str:
    # 　　 paragraph indents, and tabs / ideographic spaces inside lines
    out = [rng.choice(["", "\u3000\u3000", "\t", "  "]) + line if line else line for line in _lines(text)]
    return _sprinkle("\n".join(out), rng, ["\t", "\u3000", " \u3000 "], 12)


def nbsp(text: str, rng: random.Random) -> str:
    return _sprinkle(text.replace(" ", "\u00a0"), rng, ["\u00a0", "\u00a0\u00a0"], 10)


def blanks_doubled(text: str, rng: random.Random) -> str:
    return "\n".join(line if line.strip() else "\n" for line in _lines(text))


def blanks_removed(text: str, rng: random.Random) -> str:
    return "\n".join(line for line in _lines(text) if line.strip())


def lines_joined(text: str, rng: random.Random) -> str:
    lines = [line for line in _lines(text) if line.strip()]
    out: list[str] = []
    for line in lines:
        if out and rng.random() < 0.3:
            out[-1] += rng.choice(["", " "]) + line
        else:
            out.append(line)
    return "\n\n".join(out)


def lines_deleted(text: str, rng: random.Random) -> str:
    return "\n".join(line for line in _lines(text) if rng.random() > 0.2)


def truncated(text: str, rng: random.Random) -> str:
    return text[: rng.randrange(1, len(text))]


def shuffled(text: str, rng: random.Random) -> str:
    blocks = _blocks(text)
    rng.shuffle(blocks)
    return "\n\n".join(blocks)


def bom_and_zero_width(text: str, rng: random.Random) -> str:
    return "\ufeff" + _sprinkle(text, rng, ["\u200b", "\u200b\u200b", "\ufeff", "\u2060"], 25)


def rare_characters(text: str, rng: random.Random) -> str:
    # half-width katakana, emoji (with a skin tone and a joiner), CJK extension B, a compatibility ideograph
    return _sprinkle(
        text, rng, ["ｱｲｳｴｵ", "ﾃﾞｼﾞﾀﾙ", "😀", "👍🏻", "👨‍👩‍👧", "𠀀", "𪚥", "𠮷野家", "﨑", "①"], 20
    )


def long_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    k = rng.randrange(len(lines))
    filler = rng.choice(["平湖新闻", "的", "1234567890", "abc ", "，", "“善治宝”"])
    lines.insert(k, (filler * (50_000 // len(filler) + 1))[:50_000])
    longest = max(range(len(lines)), key=lambda n: len(lines[n]))
    lines[longest] = (lines[longest] * (50_000 // max(1, len(lines[longest])) + 1))[:50_000]
    return "\n".join(lines)


def odd_lines(text: str, rng: random.Random) -> str:
    """Numbers-only lines, punctuation-only lines, HTML residue, lone marks, between the blocks."""
    pieces = [
        "2024",
        "123 456 789",
        "1.",
        "①",
        "3",
        "——",
        "……",
        "■■■",
        "■",
        "□",
        "▲",
        "（）",
        "()",
        "【】",
        "“”",
        "&nbsp;",
        "<br>",
        "<p>&nbsp;</p>",
        "&amp;&lt;&gt;",
        "本报讯",
        "（记者）",
        "■记者",
        "摄",
        "（下转第2版）",
        "友情提醒：",
        "扫一扫",
        "今天",
        "图①",
    ]
    blocks = _blocks(text)
    for _ in range(8):
        blocks.insert(rng.randrange(len(blocks) + 1), rng.choice(pieces))
    out = "\n\n".join(blocks)
    return _sprinkle(out, rng, ["&nbsp;", "<br>", "<br/>", "&#12288;"], 6)


def full_stops_lost(text: str, rng: random.Random) -> str:
    # an extraction that dropped the sentence ends: every paragraph runs on into the next
    return text.replace("。", rng.choice(["", "，"]))


def column_breaks(text: str, rng: random.Random) -> str:
    """Blank lines at random places, mid-word as print column breaks fall."""
    return _sprinkle(text, rng, ["\n", "\n\n", "\n\n\n"], rng.randrange(5, 30))


def stray_marks(text: str, rng: random.Random) -> str:
    """Structural marks and words, and odd spaces, dropped anywhere."""
    marks = ["■", "（", "）", "(", "【", "】", "：", "本报讯", "记者", "摄", "图片", "“", '"', "——", "/"]
    spaces = ["\u2028", "\x85", "\u2002", "\u202f", "\x0b", "\x0c", "\u3000"]
    return _sprinkle(text, rng, marks + spaces, rng.randrange(10, 40))


def characters_deleted(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randrange(10, 60)):
        del chars[rng.randrange(len(chars))]
    return "".join(chars)


MUTATIONS: list[Mutation] = [
    crlf,
    cr,
    trailing_spaces,
    indents_and_tabs,
    nbsp,
    blanks_doubled,
    blanks_removed,
    lines_joined,
    lines_deleted,
    truncated,
    shuffled,
    bom_and_zero_width,
    rare_characters,
    long_lines,
    odd_lines,
    full_stops_lost,
    column_breaks,
    stray_marks,
    characters_deleted,
]

# Whole pages of one odd thing.
SEED_TEXT = SEED.read_text(encoding="utf-8")
SMALL_PAGES = {
    "masthead_only": "\n\n平湖版\n\n\n\n平湖发布\n\n今平湖客户端\n\nJIAXING DAILY\n",
    "weather_only": "今天晴到少云。明天晴到多云，偏东风3到4级。\n",
    "ad_only": "嘉兴市交通学校\n地址:平湖市当湖街道青年大道中段111号\n招生热线:8508717 8508709\n",
    "numbers_only": "2024\n\n11 25\n\n206.7\n",
    "punctuation_only": "——\n\n……\n\n■■■\n\n■\n\n（）\n",
    "html_only": "<p>&nbsp;</p>\n<br>\n&nbsp;&nbsp;\n",
    "one_char": "平\n",
    "byline_only": "■记者 李雨婷\n",
    "dateline_only": "本报讯\n",
    "headline_only": "平湖入选第六届 全国文明城市名单\n",
}


# ------------------------------------------------------------------ the properties


def _page_text(raw: str) -> str | None:
    """The text the reader makes of ``raw`` saved as UTF-8 (None: refused with a clear error)."""
    try:
        return decode_page(raw.encode("utf-8"), "page.txt")[0]
    except InputError:
        return None


def check(raw: str) -> None:
    text = _page_text(raw)
    if text != raw:  # the parser itself takes undecoded text too (\r, BOM) without raising
        parse_page(raw, 1)
    if text is None:
        assert not raw.replace("\ufeff", "").strip(), "only an empty page may be refused"
        return
    parsed = parse_page(text, 1)
    ids = [item.id for item in parsed.items]
    assert len(ids) == len(set(ids))
    assert_nothing_lost(text, parsed)
    # Two pages of it: ids stay unique across pages, the JSON loads back the same, and a
    # second parse of the same text gives the same items.
    page = PageText(path=Path("page.txt"), text=text, encoding="utf-8", sha256="0" * 64)
    edition = structure_pages([page, page])
    assert edition_from_dict(json.loads(edition_to_json(edition))) == edition
    assert edition.items[: len(parsed.items)] == parsed.items
    ids = [item.id for item in edition.items]
    assert len(ids) == len(set(ids)) == 2 * len(parsed.items)


def _cases() -> list[tuple[str, str]]:
    cases = [(name, text) for name, text in SMALL_PAGES.items()]
    for n, path in enumerate(PAGES):
        text = path.read_text(encoding="utf-8")
        for k, mutate in enumerate(MUTATIONS):
            rng = random.Random(1000 * n + k)
            cases.append((f"{path.stem[:3]}-{mutate.__name__}", mutate(text, rng)))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("name", "raw"), CASES, ids=[name for name, _ in CASES])
def test_mutated_page_parses_without_loss(name: str, raw: str) -> None:
    check(raw)


def test_mutations_combined() -> None:
    """Several mutations on top of each other, on a few pages."""
    for n, path in enumerate(PAGES[:: max(1, len(PAGES) // 4)]):
        rng = random.Random(77 + n)
        text = path.read_text(encoding="utf-8")
        for mutate in rng.sample(MUTATIONS, 4):
            if mutate is not long_lines:
                text = mutate(text, rng)
        check(text)


# ------------------------------------------------------------------ the command


def test_cli_structure_on_strange_files(tmp_path: Path) -> None:
    """Strange but readable files make an edition (exit 0); unreadable ones one error line."""
    good = []
    for k, (name, raw) in enumerate(CASES[:: max(1, len(CASES) // 12)]):
        path = tmp_path / f"{k:02d}_{name}.txt"
        path.write_bytes(raw.encode("utf-8"))
        good.append(str(path))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + crlf(SEED_TEXT, random.Random(0)).encode("utf-8"))
    good.append(str(tmp_path / "bom.txt"))
    bad = tmp_path / "blank.txt"
    bad.write_bytes("\ufeff \r\n\u3000\r\n".encode())
    script = Path(sys.executable).parent / "pinghu-publish"
    command = [str(script) if script.exists() else "pinghu-publish", "structure"]
    ok = subprocess.run([*command, *good, "--format", "outline"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "Traceback" not in ok.stderr and ok.stdout.count("[p") > 50
    refused = subprocess.run([*command, str(bad)], capture_output=True, text=True, timeout=60)
    assert refused.returncode != 0 and refused.stdout == ""
    assert (
        refused.stderr.count("\n") == 1
        and refused.stderr.startswith("error: ")
        and "blank.txt" in refused.stderr
    )


# ------------------------------------------------------------------ what the mutations found


def test_invisible_characters_and_odd_line_breaks_are_taken_out_by_the_reader() -> None:
    raw = (
        "平湖入选名单\n\n■记者 李\u200b雨婷\n\n"
        "本\u200b报讯 昨天，平湖成功入选。\r\n\x0c友\u2060情提醒：关注天气\n"
    )
    text = decode_page(raw.encode("utf-8"), "page.txt")[0]
    article, notice = parse_page(text).items
    assert (article.dateline, article.byline, article.paragraphs) == (
        "本报讯",
        Byline(reporters=("李雨婷",)),
        ("昨天，平湖成功入选。",),
    )
    assert (notice.label, notice.text, notice.source.first) == ("友情提醒", "关注天气", 6)


def test_a_role_word_with_a_print_space_and_a_role_of_its_own_wording() -> None:
    assert parse_byline("■本 报记者 钱\u3000佳 朱梦娇") == Byline(reporters=("钱佳", "朱梦娇"))
    # the photographer, and the role as printed; a nameless role of its own wording stays
    assert parse_byline("融媒体记者 周 敏 摄", photo=True) == Byline(
        photographers=("周敏",), others=(Credit("融媒体记者", ("周敏",)),)
    )
    assert parse_byline("■特约记者 李明 整理") == Byline(
        reporters=("李明",), others=(Credit("特约记者", ()), Credit("整理", ()))
    )
    assert parse_byline("■记者 陆一鸣 图") == Byline(reporters=("陆一鸣",), photographers=("陆一鸣",))


def test_masthead_lines_that_cannot_be_fields_stay_text() -> None:
    text = (
        "嘉兴日报\n\n2024年2月31日 星期六\n\n平湖版\n\nHUZHOU DAILY\n\n"
        "平湖入选名单\n\n■记者 李雨婷\n\n本报讯 昨天。\n"
    )
    parsed = parse_page(text)
    m = parsed.masthead
    assert (m.newspaper, m.edition, m.newspaper_en, m.date, m.lines) == (
        "嘉兴日报",
        "平湖版",
        None,
        None,
        (1, 5),
    )
    kept = " ".join(json.dumps(item_to_json(i), ensure_ascii=False) for i in parsed.items)
    assert "2024年2月31日" in kept and "HUZHOU DAILY" in kept
    assert_nothing_lost(text, parsed)


def test_a_titled_notice_keeps_a_signature_line_that_stands_inside_its_text() -> None:
    text = "声 明\n\n因工作需要，运动会延期举行，\n安吉县农民运动会组委会\n\n具体时间另行通知。\n"
    (notice,) = parse_page(text).items
    assert notice.label == "声明"
    assert notice.text == "因工作需要，运动会延期举行，安吉县农民运动会组委会具体时间另行通知。"


def test_a_bare_standfirst_label_is_not_an_empty_standfirst() -> None:
    parsed = parse_page("导读\n\n平湖入选名单\n\n■记者 李雨婷\n\n本报讯 昨天，平湖成功入选。\n")
    assert all(getattr(i, "standfirst", None) != "" for i in parsed.items)
    assert "导读" in json.dumps([item_to_json(i) for i in parsed.items], ensure_ascii=False)


def test_a_page_without_full_stops_is_joined_in_linear_time_and_cleaned_like_a_short_one() -> None:
    body = "\n\n".join(f"第{n}段平湖新闻的发展情况, 各镇街道(平湖)持续推进" for n in range(400))
    parsed = parse_page("平湖入选名单\n\n■记者 李雨婷\n\n本报讯 昨天," + body + "\n")
    (article,) = parsed.items
    (paragraph,) = article.paragraphs
    assert paragraph.startswith("昨天，第0段平湖新闻的发展情况，各镇街道（平湖）持续推进第1段")
    assert paragraph.endswith("第399段平湖新闻的发展情况，各镇街道（平湖）持续推进")
    assert paragraph.count("（平湖）") == 400 and "," not in paragraph and " " not in paragraph
