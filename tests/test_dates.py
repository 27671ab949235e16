"""Dates: ISO validation, printed dates in Arabic or Chinese numerals, and the masthead that prints them."""

from __future__ import annotations

import pytest

from publisher.dates import arabic_dates, chinese_date, parse_iso_date, parse_printed_date
from publisher.errors import InputError
from publisher.model import Article, Unclassified
from publisher.reader import parse_page
from tests.conftest import SEED


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2024年11月25日 星期一", "2024-11-25"),
        ("2024 年 3 月 8 日", "2024-03-08"),
        ("二〇二四年十一月二十五日 星期一", "2024-11-25"),
        ("二零二零年十月一日", "2020-10-01"),
        ("二〇二三年十二月三十一日 农历冬月十九", "2023-12-31"),
        ("2023年2月30日", None),  # not a calendar date: never guessed
        ("平湖版", None),
    ],
)
def test_printed_dates(printed: str, iso: str | None) -> None:
    assert parse_printed_date(arabic_dates(printed)) == iso


def test_iso_dates_are_validated_and_rendered() -> None:
    assert parse_iso_date(" 2020-11-11 ") == "2020-11-11"
    assert chinese_date("2020-11-01") == "2020年11月1日"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_iso_date("11/11/2020")


def test_a_masthead_date_in_chinese_numerals_dates_the_edition() -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    at = lines.index("平湖版") + 1
    page = "\n".join([*lines[:at], "", "二〇二四年十一月二十五日 星期一", *lines[at:]])
    parsed = parse_page(page, 1)
    assert parsed.masthead.date == "2024-11-25"
    assert not [i for i in parsed.items if i.type == "unclassified"]


def test_an_impossible_printed_date_is_a_warning_and_kept_as_text() -> None:
    page = "嘉兴日报\n2025年2月30日 星期五\n平湖发布\n\n平湖入选名单\n\n■记者 李雨婷\n\n"
    page += "本报讯 昨天，平湖成功入选。\n"
    parsed = parse_page(page, 1)
    # no date is guessed; the line is neither a kicker nor lost, and the masthead goes on below it
    m = parsed.masthead
    assert (m.newspaper, m.date, m.brands) == ("嘉兴日报", None, ("平湖发布",))
    first, story = parsed.items
    assert isinstance(first, Unclassified) and first.lines == ("2025年2月30日 星期五",)
    assert isinstance(story, Article) and (story.kicker, story.headline) == (None, "平湖入选名单")
    assert parsed.warnings == (
        "page 1, line 2: the printed date '2025年2月30日 星期五' is not a calendar date; kept as text",
    )


@pytest.mark.parametrize("year", [2108, 2999, 9999])
def test_any_year_a_page_can_print_is_read(year: int) -> None:
    assert parse_printed_date(f"{year}年12月31日") == f"{year}-12-31"
    assert parse_iso_date(f"{year}-12-31") == f"{year}-12-31"
    assert chinese_date(f"{year}-01-05") == f"{year}年1月5日"
    page = f"嘉兴日报\n{year}年12月31日 星期五\n\n标题\n\n本报讯 正文。\n"
    assert parse_page(page).masthead.date == f"{year}-12-31"
