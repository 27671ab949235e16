"""Failure classes of notice, 法治, front and city pages (issue 10), fixer ``fixnotices70``: a
headline whose question, put as a verb and its negation (算不算…？), is printed on a line of its
own; a headline wrapped after the verb of a public campaign and its audience, the campaign's kind
(…安全教育, …普法宣传) on the next line; the page's foot line that sets a hotline beside the
page's own field (本版投稿：…).
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Advertisement
from tests.nothing_lost import first_article, read_items

# ----------------------------------- a question put as a verb and its negation, on its own line


def test_a_question_of_verb_and_negation_under_the_case_is_the_headlines_second_line() -> None:
    story = first_article(
        """青溪法治报
2026年4月8日　星期三
第6版　以案说法

楼上阳台花盆坠落砸坏轿车
该不该由物业担责？
通讯员　林法宣　记者　周　宁
【案情】
    去年夏天，市民王某停在楼下的轿车被楼上阳台
坠落的花盆砸坏，维修花费九千余元。
"""
    )
    assert story.kicker is None
    assert story.headline == "楼上阳台花盆坠落砸坏轿车该不该由物业担责？"
    assert story.subheadline is None


def test_a_question_over_another_keeps_its_own_line() -> None:
    # (the line above asks its own question: two blocks, each whole)
    story = first_article(
        """青溪晚报
2026年4月8日　星期三
A07　健康

孩子夜里总咳嗽？
能不能先吃点止咳药？
记者　周　宁
    入春以来，不少家长带着夜咳的孩子来到儿科门诊。
医生提醒，咳嗽只是症状，要先查明原因。
"""
    )
    assert story.headline != "孩子夜里总咳嗽？能不能先吃点止咳药？"


# ----------------------------------------- a campaign's verb and audience, its kind on the next line


def test_a_campaign_of_safety_education_wrapped_after_its_audience_is_one_headline() -> None:
    story = first_article(
        """青溪晚报
2026年1月20日　星期二
A05　区县

东岭区开展春节前中小学生
冬季用火用电安全教育
本报记者　林　晓　通讯员　岭宣
    本报讯　1月18日，东岭区教育局联合区消防救援
大队走进辖区12所学校，讲解用火用电安全常识。
"""
    )
    assert story.kicker is None
    assert story.headline == "东岭区开展春节前中小学生冬季用火用电安全教育"
    assert story.subheadline is None


def test_a_campaign_of_legal_publicity_wrapped_after_its_audience_is_one_headline() -> None:
    story = first_article(
        """青溪晚报
2026年3月12日　星期四
A05　区县

西河镇举办外来务工人员
劳动权益保障普法宣传
本报记者　林　晓
    本报讯　3月10日，西河镇在工业园区举办普法
宣传活动，发放宣传资料2000余份。
"""
    )
    assert story.headline == "西河镇举办外来务工人员劳动权益保障普法宣传"


# ------------------------------------------- the page's own field set beside a hotline at the foot


def test_a_hotline_beside_the_pages_own_mailbox_at_the_foot_is_furniture() -> None:
    items = read_items(
        """今日青溪
2026年7月9日　星期四
第4版
法治
责任编辑：林海燕　　校对：陈　敏

法院公告
李某某：本院受理原告青溪县某某商贸有限公司与你
买卖合同纠纷一案，现依法向你公告送达起诉状副本、
应诉通知书及开庭传票。自公告之日起经过三十日即
视为送达。
　　　　　　　　　　青溪县人民法院
　　　　　　　　　　二〇二六年七月九日

法律援助热线：12348　　本版投稿：qxfz@example.com
"""
    )
    assert not [x for x in items if isinstance(x, Advertisement)]
    assert items[-1].source.last == 13


def test_an_advertisers_hotline_beside_its_own_mailbox_is_still_an_ad() -> None:
    # (no field the page names as its own: the advertiser's contacts)
    items = read_items(
        """青溪晚报
2026年7月9日　星期四
A12　广告

青溪家政服务中心
保洁　月嫂　育儿嫂　护工
服务热线：0576-88886666　　邮箱：qxjz@example.com
"""
    )
    assert isinstance(items[-1], Advertisement)


# ------------------------------------------------- two head lines near in weight: kicker or deck


def test_a_topic_over_a_line_no_lighter_that_gives_no_figure_is_the_kicker() -> None:
    story = first_article(
        """青溪晚报
2026年11月5日　星期四
A06　城事

背街小巷铺上新路
八旬老人散步不再绊脚
    晚报讯（记者　周　宁）11月3日，东岭街道三条背街
小巷的路面改造完工，坑洼路面全部换成了透水砖。
"""
    )
    assert story.kicker == "背街小巷铺上新路"
    assert story.headline == "八旬老人散步不再绊脚"
    assert story.subheadline is None


def test_a_line_that_counts_under_the_news_is_its_deck() -> None:
    # (a round count told in Chinese numerals is a figure as digits are: 百余种)
    story = first_article(
        """青溪日报
2026年2月12日　星期四
第9版　文化

青溪博物馆冬季特展
展出馆藏瓷器百余种
　　本报讯　2月10日，青溪博物馆冬季特展开幕，展期
持续至3月底，市民可凭身份证免费参观。
"""
    )
    assert story.kicker is None
    assert story.headline == "青溪博物馆冬季特展"
    assert story.subheadline == "展出馆藏瓷器百余种"


def test_a_lighter_line_under_an_incident_is_its_deck() -> None:
    story = first_article(
        """青溪晚报
2026年2月27日　星期五
A07　社会

货车司机拾包不昧
失主登门送锦旗
　　本报讯　2月25日，货车司机老陈在服务区捡到一个
装有现金和证件的挎包，当即交给了值班民警。
"""
    )
    assert story.headline == "货车司机拾包不昧"
    assert story.subheadline == "失主登门送锦旗"


def test_marks_inside_quoted_words_make_no_clause_of_the_line_under_a_call() -> None:
    # (聚焦… over 某地：让…“…、…”: the place's news under the call, its quotation listing words)
    story = first_article(
        """青溪经济报
2026年8月18日　星期二
第4版　专版

聚焦县域营商环境“一网通办”改革
东岭：让群众“少排队、少填表、少跑腿”
本报记者　周　宁
    走进东岭县政务服务中心，前来办事的群众不用再
排长队。
"""
    )
    assert story.kicker == "聚焦县域营商环境“一网通办”改革"
    assert story.headline == "东岭：让群众“少排队、少填表、少跑腿”"


def test_what_befell_one_case_stays_the_headline_over_a_line_no_lighter() -> None:
    # (an incident's report, 某地一男子…, is the news itself: what follows of it is the deck)
    story = first_article(
        """青溪晚报
2026年2月27日　星期五
A07　社会

城西一男子醉酒落水
路人接力施救转危为安
　　本报讯　2月25日晚，一名男子在城西河畔醉酒后
失足落水，路过的市民发现后合力将其救起。
"""
    )
    assert story.kicker is None
    assert story.headline == "城西一男子醉酒落水"
    assert story.subheadline == "路人接力施救转危为安"


# ------------------------------------ the paper's own lines at a notice page's foot: no notice's


_NOTICE_PAGE = """青溪法治报
2026年6月10日　星期三
第5版　公告
责任编辑：林　海

遗失声明
　　青溪市某某建材有限公司不慎遗失公章一枚，编号：
3301020012345，声明作废。
　　　　　　　　　　　　　　　2026年6月10日

更　正
　　本报6月3日第5版《社区调解化解邻里纠纷》一文中，“东岭
街道”应为“西岭街道”，特此更正。

{foot}
"""


def test_the_line_to_have_notices_printed_at_the_foot_is_furniture_not_the_notices() -> None:
    items = read_items(_NOTICE_PAGE.format(foot="公告刊登热线：0576-88881234　　地址：青溪市文化路8号"))
    assert items[-1].type == "notice"
    assert items[-1].source.last == 13
    assert items[-1].text.endswith("特此更正。")


def test_the_pages_tip_on_the_notices_it_prints_is_furniture() -> None:
    items = read_items(
        _NOTICE_PAGE.format(foot="温馨提示：刊登遗失声明须持有效证件，本报不对刊登内容的真实性承担责任。")
    )
    assert items[-1].label == "更正"
    assert items[-1].source.last == 13


def test_a_tip_on_anything_else_at_the_foot_is_still_a_notice() -> None:
    items = read_items(_NOTICE_PAGE.format(foot="温馨提示：6月12日起东岭路封闭施工，请过往车辆提前绕行。"))
    assert items[-1].label == "温馨提示"


# ----------------------------------------------------- a QR prompt at the foot and what is over it

_CITY_FOOT = """青溪晚报
2026年5月20日　星期三
A06　城事

市区新增3处便民早餐点
　　本报讯　近日，市区新增3处便民早餐点，每天6时
至9时营业，满足上班族和学生的早餐需求。

{foot}
"""


def test_the_newsrooms_fields_side_by_side_over_a_qr_prompt_are_furniture() -> None:
    items = read_items(
        _CITY_FOOT.format(foot="新闻热线：0576-88881234　　邮箱：qxwb@example.com\n扫码关注青溪晚报公众号")
    )
    assert [x.type for x in items] == ["article", "qr_prompt"]
    assert items[-1].source.first == 10


def test_a_second_scan_line_naming_no_channel_is_the_same_prompts() -> None:
    items = read_items(_CITY_FOOT.format(foot="扫码登报　方便快捷\n手机扫一扫，在线办理遗失声明登报"))
    (prompt,) = [x for x in items if x.type == "qr_prompt"]
    assert (prompt.source.first, prompt.source.last) == (9, 10)


def test_a_second_scan_line_naming_its_own_channel_is_a_prompt_of_its_own() -> None:
    items = read_items(_CITY_FOOT.format(foot="扫码预约　立减20元\n扫码下载青溪新闻客户端　看更多城事"))
    prompts = [x for x in items if x.type == "qr_prompt"]
    assert prompts[-1].source.first == 10


def test_the_papers_own_office_and_its_address_under_the_pages_word_on_ads_is_furniture() -> None:
    items = read_items(
        _NOTICE_PAGE.format(
            foot="本版广告由广告主提供，请读者谨慎核实，交易前务必查验相关证照。\n青溪日报社广告中心地址：青溪市文化路8号"
        )
    )
    assert items[-1].label == "更正"
    assert items[-1].source.last == 13
