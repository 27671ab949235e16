"""Failure classes rounds 32-39 showed on front and city news pages (issue 10), fixer
``fixfront40``: a two-line head whose first line is a question put to the reader or a goal to be
made sure of (the kicker over the line under it); a picture's caption printed at a story's foot
(▲ pointing at the picture, set solid and flush under a one-paragraph story credited 文/图, or set
apart over a 文/图 credit of its own under a story signed already); a column's brief headed by a
place alone with no colon, or printed with no head under a brief its credit closed; the page's
foot naming the newsroom, or a subscription line beside the cover price; a bare page number
printed solid inside a story (the paragraph it cut goes on flush under it).  Snippets written for
these tests in the style of city papers' pages (invented stories and figures, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, read_articles, read_items

_HEADS = """晚报
2026年3月2日　星期一
第05版
社会

“银行”短信说积分要清零？
当心！这是钓鱼链接
记者　方　宁
　　2月27日，市民赵先生收到一条短信，称其信用卡积分即将清零，
点击链接即可兑换礼品。赵先生按提示填写了卡号和验证码，随后卡内
5000元被转走。
　　警方提醒，银行不会通过短信链接要求填写验证码。

确保春季造林面积完成120万亩以上
省林业局部署春季植树造林工作
　　本报讯（记者　石　磊）省林业局日前召开视频会议，部署今年春季
植树造林工作，要求各地抢抓有利时机，科学选择树种。
"""


def test_a_question_over_the_shorter_line_answering_it_is_the_kicker() -> None:
    story = read_articles(_HEADS)[0]
    assert story.kicker == "“银行”短信说积分要清零？"
    assert story.headline == "当心！这是钓鱼链接"
    assert story.subheadline is None


def test_a_goal_to_be_made_sure_of_over_who_acts_is_the_kicker() -> None:
    story = read_articles(_HEADS)[1]
    assert story.kicker == "确保春季造林面积完成120万亩以上"
    assert story.headline == "省林业局部署春季植树造林工作"
    assert story.subheadline is None


_CAPTIONS = """城市日报
2026年11月5日　星期四
第03版
城事

寒潮来袭　环卫工人连夜除冰
记者　陈　立　文/图
　　本报讯　11月4日夜，气温骤降至零下10℃，全市环卫部门出动
除冰车46台次、人员800余名，对主次干道桥面、坡道撒布融雪剂。
　　“桥面结冰最危险，必须赶在早高峰前处理完。”环卫工人刘师傅说。
　　市城管局有关负责人介绍，全市已储备融雪剂2000余吨。

▲环卫工人在东风大桥上清扫积雪。

老年大学秋季班开课
记者　韩　梅　文/图
　　本报讯　11月3日，市老年大学秋季班开课，新开设智能手机、短视频
制作等12门课程，报名学员达3600余人次，比去年同期增加两成。
11月3日，市老年大学智能手机班的学员在课堂上学习拍照修图。

社区卫生服务站延时服务
　　本报讯（记者　孔　晴　通讯员　邹　颖）即日起，全市28家社区卫生
服务站工作日延长服务时间至晚上8点，方便上班族就诊。
　　延时服务期间提供常见病诊疗、慢病配药、预防接种等服务。
　　市卫健委表示，将根据群众需求逐步扩大延时服务站点范围。

　　11月4日，市民在一家社区卫生服务站就诊。
本报记者　潘　越　文/图

公交新线开通
　　本报讯　11月6日起，公交358路开通，连接高铁站与大学城。
"""


def test_a_caption_pointed_at_by_its_mark_under_a_story_credited_wen_tu() -> None:
    items = read_items(_CAPTIONS)
    story, photo = items[0], items[1]
    assert isinstance(story, Article) and (story.source.first, story.source.last) == (6, 11)
    assert isinstance(photo, Photo) and (photo.source.first, photo.source.last) == (13, 13)
    assert photo.caption == "环卫工人在东风大桥上清扫积雪。"
    assert photo.title is None


def test_a_flush_caption_set_solid_under_a_one_paragraph_story_credited_wen_tu() -> None:
    items = read_items(_CAPTIONS)
    story, photo = items[2], items[3]
    assert isinstance(story, Article) and (story.source.first, story.source.last) == (15, 18)
    assert len(story.paragraphs) == 1
    assert isinstance(photo, Photo) and (photo.source.first, photo.source.last) == (19, 19)
    assert photo.caption == "11月3日，市老年大学智能手机班的学员在课堂上学习拍照修图。"


def test_a_caption_signed_wen_tu_set_apart_under_a_signed_story() -> None:
    items = read_items(_CAPTIONS)
    story, photo = items[4], items[5]
    assert isinstance(story, Article) and (story.source.first, story.source.last) == (21, 25)
    assert story.byline is not None and story.byline.reporters == ("孔晴",)
    assert isinstance(photo, Photo) and (photo.source.first, photo.source.last) == (27, 28)
    assert photo.caption == "11月4日，市民在一家社区卫生服务站就诊。"
    assert photo.byline is not None and photo.byline.photographers == ("潘越",)


# A column of briefs headed by their places on lines of their own, one with no colon under a credit
# wrapped onto a short line of its own, one brief printed with no head under a brief closed by its
# credit; the page's foot names the newsroom, its address and hotline, then the imprint with the
# subscription line beside the cover price.
_COLUMN = """县报
2026年10月14日　星期三
第02版
乡镇

乡镇传真
●东山镇：
　　东山镇近日举办农民丰收节，展销特色农产品40余种。（通讯员
童　欣）
●西河乡
　　西河乡完成6座山塘水库除险加固，惠及农田2300余亩。（记者　易　平）
　　南岭街道新建3个“口袋公园”，已向市民开放。（通讯员　柯　明）

县报编辑部　地址：城关镇人民路8号　新闻热线：0731-5550000
社址：城关镇人民路8号　邮编：410600　广告许可证：湘工商广字008号
订阅电话：0731-5551111　零售价：1.00元
"""


def test_a_place_alone_with_its_bullet_and_no_colon_heads_the_brief() -> None:
    briefs = read_articles(_COLUMN)
    assert [b.headline for b in briefs[:2]] == ["东山镇", "西河乡"]
    assert all(b.kicker == "乡镇传真" for b in briefs)
    assert (briefs[1].source.first, briefs[1].source.last) == (10, 11)
    assert briefs[1].byline is not None and briefs[1].byline.reporters == ("易平",)
    assert briefs[1].paragraphs == ("西河乡完成6座山塘水库除险加固，惠及农田2300余亩。",)


def test_a_paragraph_under_a_brief_closed_by_its_credit_is_the_next_brief() -> None:
    brief = read_articles(_COLUMN)[2]
    assert (brief.source.first, brief.source.last) == (12, 12)
    assert brief.kicker == "乡镇传真" and not brief.headline
    assert brief.byline is not None and brief.byline.correspondents == ("柯明",)


def test_the_newsroom_line_and_the_subscription_beside_the_price_are_the_foot() -> None:
    parsed = parse_page(_COLUMN, 1)
    assert_nothing_lost(_COLUMN, parsed)
    assert max(item.source.last for item in parsed.items) == 12
    assert {14, 15, 16} <= set(parsed.masthead.lines)


# A bare page number the export printed inside a story's text, set solid: the paragraph it cut
# goes on flush under it, as under a column break.
_NUMBER_INSIDE = """江城日报
2026年5月6日　星期三
第2版
要闻

全市一季度新增市场主体1.8万户
　　本报讯（记者　闻　溪）记者从市市场监管局获悉，一季度全市新增
各类市场主体1.8万户，同比增长9.6%。
　　今年以来，我市持续推进登记注册便利化改革，企业开办实现“一日办结”。
2
新设企业中，数字经济、现代服务业占比超过四成，成为增长的主要
来源。
　　市市场监管局有关负责人表示，将继续优化准入服务。
"""


def test_a_page_number_printed_inside_a_story_leaves_the_cut_paragraph_whole() -> None:
    stories = read_articles(_NUMBER_INSIDE)
    assert len(stories) == 1
    story = stories[0]
    assert (story.source.first, story.source.last) == (6, 13)
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].endswith(
        "一日办结”。新设企业中，数字经济、现代服务业占比超过四成，成为增长的主要来源。"
    )
