"""Failure classes rounds 34-36 showed on special-topic (专题/专版) and opinion pages (issue 10),
fixer ``fixzt36``: the desk's credits at the top of a 专版 naming the office that planned it, the
desk's mailbox on a line of its own under its credits.  Snippets written for these tests in the
style of county and trade papers' feature and opinion pages (invented names, places and figures,
no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

# ------------------------------------- a 专版 planned by an office, credited with the desk

_PLANNED_BY_AN_OFFICE = """青溪日报
2026年6月3日 星期三
06
专版
本版策划：青溪县农业农村局　责任编辑：潘　云　版式：方晓宁

稻香满田　丰收在望
青溪早稻开镰了
——全县粮食生产工作纪实
本报记者　周　岚
    六月的青溪，稻浪翻滚。在城南镇的早稻示范片，收割机来回穿梭，
一派繁忙景象。
"""


def test_a_desks_credit_naming_the_office_that_planned_the_page_is_masthead_not_a_kicker() -> None:
    # 本版策划 names an office where a planner's name stands: the line is the desk's credits, page
    # furniture, and the story's head under it keeps its own kicker and headline
    parsed = parse_page(_PLANNED_BY_AN_OFFICE, 1)
    assert _layout(parsed.items) == [("article", 7, 12)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.kicker == "稻香满田丰收在望"
    assert article.headline == "青溪早稻开镰了"
    assert_nothing_lost(_PLANNED_BY_AN_OFFICE, parsed)


# ------------------------------------- the desk's mailbox on a line of its own

_DESK_MAILBOX = """青溪日报
2026年6月3日　星期三
4
评论
本版编辑：许　然　　版式：陶　宁
E-mail:qxpl@example.cn

别让便民服务“卡”在最后一步
□ 罗一帆
　　不少市民反映，一些办事窗口材料齐全仍需来回跑，便民服务
卡在了最后一步。
"""


def test_a_desks_mailbox_under_its_credits_is_masthead_not_a_kicker() -> None:
    parsed = parse_page(_DESK_MAILBOX, 1)
    assert _layout(parsed.items) == [("article", 8, 11)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.kicker is None
    assert article.headline == "别让便民服务“卡”在最后一步"
    assert_nothing_lost(_DESK_MAILBOX, parsed)


# ------------------------------------- a letter's first paragraph under its salutation

_LETTER = """青溪日报
2026年6月3日　星期三
4
评论
本版编辑：许　然　　版式：陶　宁

公园夜间开放要算好安全账
□ 罗一帆
　　入夏以来，不少公园延长开放时间，市民夜间散步有
了好去处。管理部门也要把照明、巡查跟上。

读者来信
盼着社区食堂早点开门
　　编辑同志：
　　我是东湖街道一个老小区里住了三十多年的退休教
师。老伴常年生病，腿脚也不方便，一日三餐成了我
们最大的难题。
　　听说街道要办社区食堂，希望能早点开门营业。
　　东湖街道居民　宋立华
"""


def test_a_letters_first_paragraph_under_its_salutation_runs_on_past_its_first_line() -> None:
    # the salutation's colon announces no list: the indented line under it, wrapping to a flush
    # line, is the letter's first paragraph, which goes on into that line
    parsed = parse_page(_LETTER, 1)
    article = parsed.items[-1]
    assert isinstance(article, Article)
    assert list(article.paragraphs[:2]) == [
        "编辑同志：",
        "我是东湖街道一个老小区里住了三十多年的退休教师。老伴常年生病，腿脚也不方便，一日三餐成了我们最大的难题。",
    ]
    assert_nothing_lost(_LETTER, parsed)


# ------------------------------------- a box of views excerpted, each led by its source

_VIEWS_DIGEST = """青溪日报
2026年6月3日　星期三
4
观点
本版编辑：许　然　　版式：陶　宁

别让便民服务“卡”在最后一步
□ 罗一帆
　　不少市民反映，一些办事窗口材料齐全仍需来回跑，便民服务还卡在了最后一步。
　　办事的便利，说到底要用群众少跑的路来衡量。

媒体声音
●南江晚报：城市更新不能只看高楼
和大道，更要看老街巷里的烟火气，
让居民住得舒心、过得顺心。
●北岭日报：乡村教师留得住，才能
教得好，待遇保障和成长通道要一
起补齐。
"""


def test_a_narrow_boxs_bulleted_items_run_their_source_in_as_their_heads() -> None:
    # the box is set narrower than the page's columns: its lines are cut at the box's own width,
    # so each bulleted line is its source run into the sentence the width cut, under the label
    parsed = parse_page(_VIEWS_DIGEST, 1)
    assert _layout(parsed.items) == [("article", 7, 10), ("article", 12, 15), ("article", 16, 18)]
    first, second = parsed.items[1], parsed.items[2]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("媒体声音", "南江晚报")
    assert first.paragraphs == (
        "城市更新不能只看高楼和大道，更要看老街巷里的烟火气，让居民住得舒心、过得顺心。",
    )
    assert (second.kicker, second.headline) == ("媒体声音", "北岭日报")
    assert second.paragraphs == ("乡村教师留得住，才能教得好，待遇保障和成长通道要一起补齐。",)
    assert_nothing_lost(_VIEWS_DIGEST, parsed)
