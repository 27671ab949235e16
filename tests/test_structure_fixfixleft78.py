"""Failure classes rounds 70-78 showed (issue 10), fixer ``fixleft78``: the masthead's block at the
top of a page with a page number spaced off inside 第 … 版, a section's name longer than a desk's
short word set between the page's number and the desk's credits, and a 专版's sponsors (two bodies
set apart by a space) among the desk's lines.  Snippets written for these tests in the style of
county and trade papers (invented names, places and figures, no blind page's text): each class is a
shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, first_article, read_articles, read_items

# ------------------------------------------------------------------ the masthead's block at the top

_SPACED_NUMBER = """今日青川
2026年4月9日　星期四　农历丙午年二月廿二
第 3 版
城乡视点
责任编辑：高明远　校对：林　霞

东坪镇：
茶园里来了“技术员”
本报讯　连日来，东坪镇组织农技人员深入茶园，指导茶农开展春季管护。
全镇今年新增标准化茶园1200亩。
"""


def test_a_page_number_spaced_off_inside_its_di_and_ban_is_the_pages_label() -> None:
    # 第 3 版: the number set large between a small 第 and 版; with it read, the word over the date
    # is the paper's name and the word under the number the page's
    parsed = parse_page(_SPACED_NUMBER, 1)
    assert parsed.masthead.page_label == "第3版"
    assert parsed.masthead.newspaper == "今日青川"
    assert parsed.masthead.section == "城乡视点"
    assert [type(item) for item in parsed.items] == [Article]
    assert_nothing_lost(_SPACED_NUMBER, parsed)


_LONG_SECTION = """青川科技报
2026年6月5日　星期五
A7
生态环境观察
本版主编：刘　畅　　责任编辑：韩　雪　　版式：孙　萌

湿地候鸟数量创新高
本报讯　今年春季监测显示，青川湿地越冬候鸟数量达3.2万只，较去年增长一成。
监测人员共记录到鸟类86种。
"""


def test_a_long_section_name_between_the_pages_number_and_the_desk_is_the_masthead() -> None:
    # 生态环境观察, longer than a desk's word, over the desk's credits: no head stands there (a
    # head has its story under it), so the page's name; the desk's line the imprint, not a notice
    parsed = parse_page(_LONG_SECTION, 1)
    assert parsed.masthead.section == "生态环境观察"
    assert parsed.masthead.page_label == "A7"
    assert [type(item) for item in parsed.items] == [Article]
    assert_nothing_lost(_LONG_SECTION, parsed)


_HEAD_UNDER_LABEL = """青川科技报
2026年6月5日　星期五
A7
湿地候鸟数量创新高
本报讯　今年春季监测显示，青川湿地越冬候鸟数量达3.2万只，较去年增长一成。
监测人员共记录到鸟类86种。
"""


def test_a_head_set_solid_under_the_pages_number_stays_a_head() -> None:
    # the same words with the story under them, not the desk's credits: a head, not a section
    parsed = parse_page(_HEAD_UNDER_LABEL, 1)
    assert parsed.masthead.section is None
    articles = [item for item in read_items(_HEAD_UNDER_LABEL, 1) if isinstance(item, Article)]
    assert articles[0].headline == "湿地候鸟数量创新高"


_SPONSORS = """青川日报
2026年9月18日　星期五
06
银发生活
本版由市民政局　市老龄协会协办
责任编辑：周　宁　　校对：陈　晓

社区食堂开到家门口
本报讯　9月以来，城东街道新开3家社区老年食堂，每餐价格不超过12元。
"""


def test_a_pages_sponsors_set_apart_by_a_space_are_the_masthead_not_an_item() -> None:
    # 本版由某局　某协会协办: who sponsors the page, two bodies set apart as 、 sets them; the
    # desk's credits under it stay the masthead's too
    parsed = parse_page(_SPONSORS, 1)
    assert parsed.masthead.section == "银发生活"
    assert not any(isinstance(item, Notice) for item in parsed.items)
    assert [type(item) for item in parsed.items] == [Article]
    assert_nothing_lost(_SPONSORS, parsed)


# ------------------------------------------------ a list's rows parted by its groups' names

_GROUPED_LIST = """全市少儿书画大赛获奖名单

（少儿组）
作品名称　　　　　　　　　　作者　　　学校
家乡的石拱桥　　　　　　　　林晓雨　　城东小学
外婆家门前的大槐树　　　　　许子轩　　实验小学
（青少年组）
运河边清晨的早市风情　　　　郑一帆　　第二中学
老街深处的手工竹编作坊　　　黄思琪　　育才中学
（以上排名不分先后）
"""


def test_rows_under_a_groups_name_between_two_runs_stay_the_lists() -> None:
    # （青少年组） parts the rows: a row set in cells under it, as many cells as the row over the
    # name, is the list's next row (however long its first cell), no head of a story of its own
    items = read_items(_GROUPED_LIST)
    assert [type(item) for item in items] == [Article]
    article = items[0]
    assert isinstance(article, Article)
    assert article.headline == "全市少儿书画大赛获奖名单"
    assert article.source.last == 10
    assert article.paragraphs[4] == "（青少年组）"


# ------------------------------------------- a notice's items marked as fields, one run long

_MARKED_NOTICE = """社区图书室暑期开放公告
为方便辖区青少年暑期阅读，城南社区图书室（建设路66号）暑期
开放安排如下：
●开放时间：7月10日至8月31日，每日8:30—17:30
●开放对象：辖区中小学生及家长
●凭借书证免费借阅，每人每次限借三册
咨询电话：0571-88886666
城南社区居民委员会
2026年7月6日
"""


def test_a_notices_item_marked_as_a_field_with_a_long_value_stays_in_the_notice() -> None:
    # ●开放时间：…, its value run long, looks like a column's run-in brief: set solid in a notice
    # titled …公告 and signed and dated, it is the notice's item
    items = read_items(_MARKED_NOTICE)
    assert [type(item) for item in items] == [Notice]
    notice = items[0]
    assert isinstance(notice, Notice)
    assert notice.label == "社区图书室暑期开放公告"
    assert notice.text.endswith("2026年7月6日")


# ------------------------------------- a writer's workplace and post between 文/ and the name

_WRITER_AT_WORK = """课后服务
——既要“托得住”也要“管得好”
文/青川市实验中学教师　周雨桐
    课后服务开展以来，不少家长反映孩子作业在校就能完成，回家后有了更多自由时间。
    课后服务要真正办好，还需在课程内容上多下功夫，让孩子学有所获。
"""


def test_a_writers_workplace_between_wen_and_the_name_is_a_byline() -> None:
    # 文/某市某中学教师　某某: the school and the post the writer holds, set between 文/ and the
    # name, make the line a byline (its writer the reporter), not a third line of the head
    article = first_article(_WRITER_AT_WORK)
    assert article.headline == "课后服务"
    assert article.subheadline == "——既要“托得住”也要“管得好”"
    assert article.byline is not None
    assert article.byline.reporters == ("周雨桐",)


# ------------------- a column's marked items: a prize list wrapped, a short item name under it

_ANSWERS = """上期谜底
■ 围棋死活第八十六题
　　①黑1点　白2挡　②黑3扳　白4断　③黑5打吃　净杀。
　　获奖读者：东城区　王晓明　西湖区　李　娟　北
山县　赵国强
■ 字谜
　　1．春　2．朋　3．晶　4．一目十行
"""


def test_a_prize_list_wrapped_under_an_item_and_a_short_item_name_stay_the_columns() -> None:
    # 　　获奖读者：… / 山县　某某: an indented paragraph running on into the flush line under it is
    # the item's, no head; ■ 字谜, led by the bullet the item above was led by, is the next item,
    # not an author signing (its name is as short as a person's)
    articles = read_articles(_ANSWERS)
    assert [a.headline for a in articles] == ["围棋死活第八十六题", "字谜"]
    assert articles[0].paragraphs[-1].startswith("获奖读者：")
    assert articles[0].paragraphs[-1].endswith("赵国强")
    assert articles[1].byline is None


_LONG_SECTION_OVER_DATE = """青川科技报
A7
生态环境观察
2026年6月5日　星期五

湿地候鸟数量创新高
本报讯　今年春季监测显示，青川湿地越冬候鸟数量达3.2万只，较去年增长一成。
监测人员共记录到鸟类86种。
"""


def test_a_long_section_name_between_the_pages_number_and_the_date_is_the_masthead() -> None:
    # the date under it, as the desk's credits: still no place for a head
    parsed = parse_page(_LONG_SECTION_OVER_DATE, 1)
    assert parsed.masthead.section == "生态环境观察"
    assert parsed.masthead.date == "2026-06-05"
    assert [type(item) for item in parsed.items] == [Article]
    assert_nothing_lost(_LONG_SECTION_OVER_DATE, parsed)
