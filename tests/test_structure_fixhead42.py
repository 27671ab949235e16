"""Failure class round 42 showed on front and news pages (issue 10), fixer ``fixhead42``: one
headline printed over two lines with no dash, a noun phrase alone on the first line and its
predicate on the second (…建设 / …清单发布, …运输 / 预计发送…), read as headline and deck or kicker
and headline.  Snippets written for these tests (invented names, places and figures)."""

from __future__ import annotations

import pytest

from publisher.model import Article
from publisher.reader import parse_page

_TOP = """青溪日报
2026年5月20日　星期三
第2版
要闻

"""

_BODY = """    本报讯（记者　周明）记者19日从市有关部门获悉，相关工作
已于近日全面展开，各项任务按计划推进。
    下一步，有关部门将加强调度，确保工作落地见效。
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("全市城乡供水一体化", "三年行动方案发布"),
        ("全省首条山区旅游公路", "示范路段建成"),
        ("青溪港二期集装箱码头", "有望年内投入运营"),
        ("暑期民航客运市场", "预计运送旅客1200万人次"),
    ],
)
def test_noun_phrase_over_its_predicate_is_one_headline(first: str, second: str) -> None:
    edition = parse_page(_TOP + f"{first}\n{second}\n" + _BODY)
    article = next(i for i in edition.items if isinstance(i, Article))
    assert article.headline == first + second
    assert not article.subheadline
    assert not article.kicker


def test_complete_first_line_keeps_its_deck() -> None:
    edition = parse_page(_TOP + "我市召开重点项目推进会\n三十个项目集中开工\n" + _BODY)
    article = next(i for i in edition.items if isinstance(i, Article))
    assert article.headline == "我市召开重点项目推进会"
    assert article.subheadline == "三十个项目集中开工"
