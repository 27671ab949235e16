"""Failure classes round 51 showed on news, front and profile pages (issue 10), fixer
``fix51head``: a kicker closed by its comma with a quoted word inside it; who publishes the paper
printed on the desk's line at the top; a profile box's first line set solid under its label; a
quotation set flush under an indented paragraph whose story credits its pictures.  Snippets
written for these tests in the style of provincial and county papers (invented names, places and
figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

# ------------------------------------- a comma kicker with a quoted word inside it

_QUOTED_WORD_KICKER = """东川日报
2026年5月6日　星期三
03
要闻
编辑：方　舟　　校对：林　溪

擦亮城市“文明底色”，
全市新增志愿服务站点126个
    本报讯（记者　韩　冰　通讯员　文明办）今年以来，全市围绕
“十五分钟志愿服务圈”建设，新增志愿服务站点126个。
    下一步，全市将持续完善站点布局，让志愿服务触手可及。
"""


def test_a_kicker_closed_by_its_comma_may_hold_a_quoted_word() -> None:
    # a short phrase set apart and closed by its comma leads into the headline set solid under
    # it, a quoted word inside the phrase or not; only a line opening on a quote is a pull quote's
    parsed = parse_page(_QUOTED_WORD_KICKER, 1)
    assert _layout(parsed.items) == [("article", 7, 11)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.kicker == "擦亮城市“文明底色”，"
    assert article.headline == "全市新增志愿服务站点126个"
    assert_nothing_lost(_QUOTED_WORD_KICKER, parsed)


# ------------------------------------- who publishes the paper, then the desk's credits

_PUBLISHER_ON_THE_DESK_LINE = """青川日报
QINGCHUAN RIBAO
2026年4月9日　星期四　农历丙午年二月廿二
第5120期　今日8版
第01版：要闻
青川县融媒体中心主办　　责任编辑：郑　岚　　校对：何志远

抢抓春耕好时节　打好全年“第一仗”
全县春播粮食面积突破十万亩
——新建高标准农田2.4万亩，机耕率达九成
本报记者　邵　林
　　本报讯　4月8日，记者从县农业农村局获悉，全县春播
粮食面积已突破十万亩，较去年同期增加3200亩。
"""


def test_the_papers_publisher_on_the_desks_line_is_masthead_not_a_kicker() -> None:
    # 某某融媒体中心主办 is publication data, the desk's credits after it on the same line: the
    # whole line is the page's furniture, and the story's head under it keeps its own kicker
    parsed = parse_page(_PUBLISHER_ON_THE_DESK_LINE, 1)
    assert _layout(parsed.items) == [("article", 8, 13)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.kicker is not None and article.kicker.startswith("抢抓春耕好时节")
    assert article.headline == "全县春播粮食面积突破十万亩"
    assert article.subheadline == "——新建高标准农田2.4万亩，机耕率达九成"
    assert_nothing_lost(_PUBLISHER_ON_THE_DESK_LINE, parsed)


# ------------------------------------- a profile box's first line under its label

_PROFILE_BOX = """乐龄周刊
2026.7.3　星期五
人物
本版编辑：苗　青

“板凳书场”开了二十年
文/图　本报记者　程　远
　　每到周六下午，退休教师陈玉山都会在巷口摆开几张板凳，
给街坊们说上一段评书。
　　“只要有人听，我就一直说下去。”他说。

人物名片
陈玉山，1950年生，临川县城关镇人，退
休教师。
县曲艺家协会会员。
"""


def test_the_first_line_of_a_profile_box_is_its_text_not_a_head() -> None:
    # set solid under the box's label, the subject's first line (某某，1950年生，…, cut by the
    # column) is the box's text, however head-shaped its clauses, never a story of its own
    parsed = parse_page(_PROFILE_BOX, 1)
    assert _layout(parsed.items) == [("article", 6, 10), ("article", 12, 15)]
    box = parsed.items[1]
    assert isinstance(box, Article)
    assert box.headline == "人物名片"
    assert box.paragraphs == ("陈玉山，1950年生，临川县城关镇人，退休教师。", "县曲艺家协会会员。")
    assert_nothing_lost(_PROFILE_BOX, parsed)


# ------------------------------------- a quotation flush under an indented paragraph

_QUOTE_CLOSING_THE_STORY = """乐龄周刊
2026.7.3　星期五
人物
本版编辑：苗　青

七旬老人的“扇面人生”
文/图　本报记者　程　远
　　今年72岁的周文华画了半辈子扇面，家里的柜
子里装满了画好的折扇。
　　如今，他在社区老年大学开了扇面课，每周一
次，学员最大的已经八十多岁。他讲得细，学员
们学得也认真，一笔一画都不马虎，课上很热闹。
“画扇面，画的是一份心气儿。”

周文华在指导学员作画。
本报记者　程　远　摄
"""


def test_a_quotation_flush_under_the_last_paragraph_closes_it_and_is_no_caption() -> None:
    # under a story that credits its pictures, a flush sentence set solid under an indented
    # paragraph may be a picture's caption; someone's words quoted whole go on with the
    # paragraph, its last line printed to the column's full width
    parsed = parse_page(_QUOTE_CLOSING_THE_STORY, 1)
    assert _layout(parsed.items) == [("article", 6, 13), ("photo", 15, 16)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.paragraphs[-1].endswith("课上很热闹。“画扇面，画的是一份心气儿。”")
    assert_nothing_lost(_QUOTE_CLOSING_THE_STORY, parsed)
