"""Dates: one place that validates ISO dates and reads printed Chinese ones."""

from __future__ import annotations

import datetime as dt
import re

from publisher.errors import InputError
from publisher.patterns import compile_pattern


def parse_iso_date(value: str, where: str = "--date") -> str:
    """Validate ``YYYY-MM-DD`` and return it normalised; bad values are an InputError."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date of the form YYYY-MM-DD") from None


def chinese_date(iso: str) -> str:
    """2020-11-11 -> 2020年11月11日"""
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


# When a news lead says its story happened (近日，/ 昨天上午，/ 入冬以来，): one list for the
# reader, where a line opening with one starts a new story, and for short titles, where a
# clause that only says when is not what the story is about.
LEAD_TIME_WORDS = (
    "近段时间",
    "连日来",
    "前不久",
    "这几天",
    "上周末",
    "本周末",
    "昨天",
    "昨日",
    "今天",
    "今日",
    "前天",
    "近日",
    "日前",
    "近期",
    "近来",
    "本周",
    "上周",
    "眼下",
    "昨晚",
    "前晚",
    "今晨",
)
LEAD_TIME = "|".join((*LEAD_TIME_WORDS, "入[春夏秋冬]以来", "入[春夏秋冬]后"))
# Spans of time that open paragraphs inside a story as often as a story (今年以来，/ 目前，):
# a clause of one still says only when, but a line opening with one starts nothing.
PERIOD_WORDS = ("春节期间", "近年来", "目前", "当前", "此前", "去年", "今年")

_PRINTED_DATE = compile_pattern(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def parse_printed_date(text: str) -> str | None:
    """The first real calendar date printed as 2024年11月25日 in ``text``, as ISO; else None."""
    for m in _PRINTED_DATE.finditer(text):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
_CN_DATE = compile_pattern(
    r"([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _cn_small_number(text: str) -> int:
    """一 … 三十一 (months and days): 十 alone is 10, 二十五 is 25."""
    if "十" not in text:
        return _CN_DIGIT[text] if len(text) == 1 else -1
    tens, _, units = text.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)


def arabic_dates(text: str) -> str:
    """二〇二四年十一月二十五日 -> 2024年11月25日, so printed dates in Chinese numerals read like the rest."""

    def convert(m: re.Match[str]) -> str:
        year = "".join(str(_CN_DIGIT[c]) for c in m.group(1))
        return f"{year}年{_cn_small_number(m.group(2))}月{_cn_small_number(m.group(3))}日"

    return _CN_DATE.sub(convert, text)
