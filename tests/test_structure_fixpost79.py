"""Failure classes round79 showed on a county paper's front page (issue 10), fixer ``post79``:
the page's number and its section's word set solid in a block of their own under the masthead,
the desk's credits set solid under them.  Snippets written for these tests in the style of
county papers (invented names, places and figures, no blind page's text): each class is a shape
that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

# ---------------------- the page's number over its section's word, the desk's credits under them

_FRONT = """今日青溪
JINRI QINGXI
中共青溪县委主办　青溪县融媒体中心出版
2026年4月9日　星期四　农历丙午年二月廿二
第812期　今日4版　内部资料　免费交流

1
要闻
责任编辑：周小兰　校对：吴　敏

全县春季农机培训班开班
本报讯（记者　陈　立）4月8日，全县春季农机培训班开班，来自各乡镇的120名农机手参加培训。
培训为期三天，内容包括农机安全操作和日常维护。
"""


def test_the_pages_number_and_section_word_with_the_desks_credits_under_them_are_the_masthead() -> None:
    # 1 / 要闻 / 责任编辑：… set solid between two blanks: the page's number, its name and the
    # desk's line, as another page prints them on one line (要闻　1　责任编辑：…)
    parsed = parse_page(_FRONT, 1)
    assert parsed.masthead.page_label == "1"
    assert parsed.masthead.section == "要闻"
    assert [type(item).__name__ for item in parsed.items] == ["Article"]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.headline == "全县春季农机培训班开班"
    assert_nothing_lost(_FRONT, parsed)


_TEXT_UNDER = _FRONT.replace("责任编辑：周小兰　校对：吴　敏\n", "责任编辑：周小兰　校对：吴　敏\n春耕正忙\n")


def test_a_line_of_text_set_solid_under_the_credits_is_no_such_block() -> None:
    # the block must end with the credits: a word under them makes it no label block
    parsed = parse_page(_TEXT_UNDER, 1)
    assert parsed.masthead.page_label is None
    assert_nothing_lost(_TEXT_UNDER, parsed)
