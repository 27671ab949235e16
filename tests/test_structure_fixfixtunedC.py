"""Failure classes the tuned rounds still showed, fixer ``fixtunedC``.  Snippets written for
these tests (invented papers, places, names and figures, no blind page's); each class is a shape
that holds on any paper, not one page's words:

- a table's rows under a first cell that spans them are printed indented, one cell short
  (男子全程　某某　2:12:36 over 　　　　　某某　2:13:05); an indented line of prose set right under
  a table's rows with one ideographic space in it (据了解　…，…) is the story going on, no such
  row: its cells hold a sentence's stops, and the paragraph it opens stays whole;
- a line of the paper's own, set apart at the foot, that holds a QR prompt and a contact a space
  apart (扫码关注某某评论　欢迎来稿：…, the prompt first; 新闻热线：…　扫码关注…, under a notice
  closed by its sentence): a QR prompt, neither the column's last paragraph nor the notice's
  contact;
- a promotion at the page's foot under a title naming its price cut (某某景区“某某季”优惠 /
  who pays what, when / 咨询电话：…): an advertisement, its sentences the ad's own, no story.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Notice, QrPrompt
from tests.nothing_lost import first_article, read_items

_TOP = """青溪日报
2026年6月12日　星期五
第3版
综合

"""

_TABLE = """各组别报名人数
    本报讯　全市中小学生运动会报名结束，各组别报名人数如下。
组别　　学校数　　人数
小学组　　32　　1260
初中组　　28　　980
高中组　　15　　640
"""


# ------------------------------------------------- prose under a table's rows, no spanned row


def test_an_indented_sentence_under_the_rows_is_a_paragraph_of_its_own() -> None:
    prose = "    据了解　本届运动会共设项目四十个，比赛将于下月在市体育\n中心开始，各校正在积极备战。\n"
    article = first_article(_TOP + _TABLE + prose)
    assert (
        article.paragraphs[-1]
        == "据了解本届运动会共设项目四十个，比赛将于下月在市体育中心开始，各校正在积极备战。"
    )
    assert article.paragraphs[-2] == "高中组 15 640"


def test_rows_under_a_spanning_first_cell_stay_the_tables() -> None:
    rows = """组别　姓名　成绩
男子全程　林涛　2:12:36
　　　　　陈志远　2:13:05
　　　　　王浩然　2:14:41
女子全程　赵敏　2:31:10
    比赛当天，沿途市民为选手加油助威，赛事运行平稳有序，现场秩
序良好。
"""
    text = (
        _TOP + "马拉松赛成绩揭晓\n    本报讯　11日，2026青溪马拉松赛鸣枪开跑，各组别前几名成绩如下。\n" + rows
    )
    article = first_article(text)
    assert article.paragraphs[-1] == "比赛当天，沿途市民为选手加油助威，赛事运行平稳有序，现场秩序良好。"
    assert article.paragraphs[3:5] == ("陈志远 2:13:05", "王浩然 2:14:41")


# ------------------------------------------------- the paper's QR prompt line at the foot


def test_a_prompt_before_the_desks_mailbox_closes_no_column() -> None:
    text = (
        _TOP
        + "短评\n书香进社区，贵在常态\n■本报评论员　周明\n\n"
        + "　　社区书屋建起来不难，难的是常有人来、常有新书。\n\n"
        + "　　让书屋开得久，还要多听居民的意见，\n\n"
        + "把好书送到家门口。\n\n"
        + "扫码关注青溪日报评论频道　欢迎来稿：qxpinglun@example.cn\n"
    )
    items = read_items(text)
    article = next(i for i in items if isinstance(i, Article))
    assert article.paragraphs[-1].endswith("把好书送到家门口。")
    assert isinstance(items[-1], QrPrompt)


def test_the_papers_hotline_with_its_prompt_is_no_notices_contact() -> None:
    text = (
        _TOP
        + "招领启事\n"
        + "本人于6月10日在青溪公园拾到钱包一个，内有证件若干，请失主携有效证件联系13900000000认领。\n\n"
        + "新闻热线：0571-88880000　扫码关注青溪日报官方微博\n"
    )
    items = read_items(text)
    notice = next(i for i in items if isinstance(i, Notice))
    assert notice.source.last == 7
    assert isinstance(items[-1], QrPrompt)


# ------------------------------------------------- a promotion under its offer's title


def test_a_promotion_under_its_offers_title_is_an_advertisement() -> None:
    text = (
        _TOP
        + "青溪湿地公园“赏荷季”优惠\n"
        + "　　7月1日至31日，凭本人有效证件，\n"
        + "退役军人、环卫工人游览湿地公园门票免费。\n"
        + "公园咨询电话：0571-66668888\n"
    )
    items = read_items(text)
    assert len(items) == 1 and isinstance(items[0], Advertisement)
