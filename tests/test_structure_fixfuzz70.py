"""Crashes found by mutating the tuned pages the way an export damages a page
(``benchmarks/reader_fuzz.py``): each snippet is invented, of the same layout, and must read
without the reader raising (a raise stops the command and loses the page)."""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_items

# A head of four lines (kicker, a headline printed over two lines, its —— deck) with its deck
# line printed twice, as an export that repeats a line sets it: the head takes at most its four
# lines, never a fifth.
_DECK_PRINTED_TWICE = """\
冬季供暖
全市集中供热管网
本周起分片升温试运行
——各区换热站检修已全部完成
——各区换热站检修已全部完成
本报记者　陈　路
本报讯　记者昨日从市城市管理局获悉，全市集中供热管网本周起分片升温试运行。
今年入冬前，各区换热站检修已全部完成，供热企业储备了充足的燃料。
"""


def test_a_four_line_head_with_its_deck_printed_twice_reads_without_failing() -> None:
    items = read_items(_DECK_PRINTED_TWICE)  # nothing lost (checked by read_items)
    article = next(item for item in items if isinstance(item, Article))
    assert "本周起分片升温试运行" in article.headline
