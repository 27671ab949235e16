"""Dates: ISO validation, printed dates in Arabic or Chinese numerals, and the masthead that prints them."""

from __future__ import annotations

import pytest

from publisher.dates import arabic_dates, chinese_date, parse_iso_date, parse_printed_date
from publisher.errors import InputError
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
