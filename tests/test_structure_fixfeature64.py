"""Failure classes round 59 and later showed on feature, interview and economy pages (issue 10),
fixer ``fixfeature64``.  Snippets written for these tests in the style of trade and city papers'
pages (invented people, places and figures, no blind page's); each class is a shape that holds on
any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Photo
from tests.nothing_lost import first_article, read_articles, read_items

# An interview whose pictures its byline credits (文/图): the scene paragraph ran to the column's
# full width on a full stop, so its last sentence wrapped onto a flush line, set solid over the
# first part's marked subhead (■ …) and the reporter's first question.
_INTERVIEW = """江南建设报
2026年3月9日　星期一
第7版　专访
责任编辑　方　圆

●乡村振兴访谈录
让古村落留住年轻人
——访青石镇党委书记陈立新
本报记者　吴　涛　文/图
    初春的早晨，记者来到青石镇的一座古村落。石板路两旁，
几座老宅正在搭架修缮，村民们三五成群地清理着河道。
陈立新从村委会一路小跑过来，手里还拿着图纸。
■ 老宅活化留住乡愁
    记者：古村落保护工作是从什么时候开始的？
    陈立新：前年秋天正式启动，全村一共有老宅四十多座，
已经修好了十二座，其中三座改成了民宿。
    记者：修缮的钱从哪里来？
    陈立新：一部分是上级补助，一部分是村集体自筹，还有
一部分是引进的社会资本。
■ 年轻人回来了
    记者：村里的年轻人多了吗？
    陈立新：多了不少。去年回村创业的青年有二十多个，开
咖啡馆的、做直播的都有。
"""


def test_a_flush_line_wrapped_after_a_full_stop_over_the_first_marked_subhead_is_prose() -> None:
    items = read_items(_INTERVIEW)
    assert not any(isinstance(item, Photo) for item in items)
    story = first_article(_INTERVIEW)
    assert (story.source.first, story.source.last) == (6, 23)
    assert story.paragraphs[0].endswith("手里还拿着图纸。")
    assert [h.text for h in story.subheads] == ["老宅活化留住乡愁", "年轻人回来了"]
    assert story.paragraphs[1] == "记者：古村落保护工作是从什么时候开始的？"


# A column of briefs, each headed by a marked line on its own: the place leading the head, then
# two phrases set apart by a wide space (●某地：…　…), is one head as the others are.
_PLACE_AND_TWO_PHRASES = """农业科技报
2026年8月4日　星期二
第3版　三农
责任编辑：齐　岚

各地农讯
●山东寿光：大棚装上“智慧眼”
　　寿光市为3000余个蔬菜大棚安装环境监测设备，
菜农用手机就能查看温湿度。（通讯员　田　野）
●湖南浏阳：稻田养虾　一水两用
　　浏阳市推广稻虾共作模式，今年面积达到2.6万亩，
每亩增收1500元左右。
●甘肃定西：马铃薯“身份证”上线
　　定西市为马铃薯种薯建立溯源档案，种植户扫码即可
查看种薯来源。（李　敏）
"""


def test_a_marked_brief_head_led_by_its_place_with_two_phrases_set_apart() -> None:
    heads = [a.headline for a in read_articles(_PLACE_AND_TWO_PHRASES)]
    assert heads == [
        "山东寿光：大棚装上“智慧眼”",
        "湖南浏阳：稻田养虾一水两用",  # (the wide space only sets the phrases apart)
        "甘肃定西：马铃薯“身份证”上线",
    ]


# Headless marked briefs, one of them telling opening hours (每日9:00—17:00): the colon of a
# clock time is no head's end, and the brief keeps its whole sentence.
_HOURS_IN_A_BRIEF = """矿区职工报
2026年11月3日　星期二
第4版　文体
责任编辑：孔　祥

文体短波
■矿区图书馆本周起延长开放时间，周末照常开放，
欢迎职工借阅。
■矿区体育馆冬季开放时间调整为每日9:00—20:00，
每周二闭馆保养。
"""


def test_a_clock_time_in_a_marked_brief_is_no_head() -> None:
    briefs = read_articles(_HOURS_IN_A_BRIEF)
    hours = next(a for a in briefs if "体育馆" in "".join(a.paragraphs) + (a.headline or ""))
    assert not hours.headline
    assert [p.replace("：", ":") for p in hours.paragraphs] == [
        "矿区体育馆冬季开放时间调整为每日9:00—20:00，每周二闭馆保养。"
    ]


# Typical cases released by a court, each titled by a marked line over its labelled parts
# (【案情】 / 【裁判结果】): the title heads its case even with a label, not prose, set under it.
_CASES = """滨海日报
2026年6月18日　星期四
第5版　法治
责任编辑：周　洁

法院发布劳动争议典型案例
记者　孟　凡　通讯员　海法宣
　　本报讯　6月16日，区人民法院发布一批劳动争议
典型案例，提醒用人单位依法用工。
◆案例一　试用期内被辞退能否获赔
【案情】
　　小王入职某公司后，试用期第二个月被以“不符合
录用条件”为由辞退，公司未说明具体理由。
【裁判结果】
　　法院认为，公司未能证明小王不符合录用条件，判决
公司支付赔偿金。
◆案例二　加班费能否约定“包干”
【案情】
　　某物流公司与司机约定每月工资“包干”，不再另付
加班费。
【裁判结果】
　　法院认为，约定不得低于法定标准，判决公司补足
差额。
"""


def test_a_marked_case_title_over_its_bracketed_part_label_is_a_subhead() -> None:
    story = first_article(_CASES)
    assert [h.text for h in story.subheads] == [
        "案例一试用期内被辞退能否获赔",
        "案情",
        "裁判结果",
        "案例二加班费能否约定“包干”",
        "案情",
        "裁判结果",
    ]
    assert len(story.paragraphs) == 5
    assert not any(p.startswith("◆") for p in story.paragraphs)


# A match report closing on its results, titled and set solid as a table under its last paragraph:
# two rows of a side, the score and the other side, then the final standings listed after a label.
_RESULTS = """西山晚报
2026年10月12日　星期一
B2版　体育
编辑　杜　明

全市中学生足球赛闭幕
实验中学卫冕成功
本报记者　葛　磊
    10月11日，全市中学生足球赛决赛在奥体中心
举行。实验中学以3比1战胜第一中学，成功卫冕。
    本届比赛共有16支球队参加，历时三周，进行比
赛40场。
决赛及三四名决赛成绩
实验中学　3：1　第一中学
第二中学　2：0　育才中学
最终排名：1.实验中学　2.第一中学　3.第二中学
"""


def test_two_rows_of_results_under_their_title_are_the_story_table() -> None:
    items = read_items(_RESULTS)
    assert len(items) == 1
    story = first_article(_RESULTS)
    assert (story.source.first, story.source.last) == (6, 16)
    assert story.paragraphs[-4] == "决赛及三四名决赛成绩"
    assert story.paragraphs[-3].split() == ["实验中学", "3：1", "第一中学"]
    assert story.paragraphs[-1].startswith("最终排名")


# Farm advice whose lead ends on a colon announcing its parts, each part headed by a marked phrase
# over an indented paragraph: the first marked phrase heads its part as the others do, not an item
# the colon lists.
_ADVICE_UNDER_COLON = """田园科技报
2026年5月6日　星期三
第4版　农技
责任编辑：任　平

农技课堂
夏玉米播种抓好三个环节
省农业技术推广总站　何　平
    5月下旬起我省陆续进入夏玉米播种期，各地要因地制
宜，重点做好以下几项工作：
■ 精选良种
    选用通过审定、抗倒伏能力强的品种，播前晒种两到三
天，提高发芽率。
■ 适期播种
    麦收后抢墒播种，墒情不足的要浇水造墒，确保一播
全苗。
■ 合理密植
    中等肥力地块每亩种植4500株左右，高肥力地块可适
当加密。
"""


def test_the_first_marked_part_under_a_colon_heads_its_indented_paragraph() -> None:
    story = first_article(_ADVICE_UNDER_COLON)
    assert [h.text for h in story.subheads] == ["精选良种", "适期播种", "合理密植"]
    assert len(story.paragraphs) == 4
    assert story.paragraphs[1].startswith("选用通过审定")


# A profile in parts under marked subheads, one of them a quotation with a comma inside it: the
# comma keeps the mark on the line as printed, and the line heads its part all the same.
_QUOTED_PART = """北疆法治报
2026年2月10日　星期二
第5版　法治人物
本版编辑：包　丽

雪原上的“流动法庭”
——记某旗人民法院法官那日苏
本报记者　乌　云
    2月的草原，积雪没过膝盖。清晨6点，那日苏已经把
国徽和卷宗装上了越野车。
■ 把调解送到牧民家
    那日苏出生在牧区，大学毕业后回到家乡的法庭工作，
十多年来走遍了全旗的每一个嘎查。

■ “先拉家常，再讲道理”
    对那日苏来说，最难的不是路远，而是让当事人心服
口服。
    当天下午，两户牧民签下了调解协议。
"""


def test_a_marked_quoted_subhead_with_a_comma_heads_its_part() -> None:
    story = first_article(_QUOTED_PART)
    assert [h.text for h in story.subheads] == ["把调解送到牧民家", "“先拉家常，再讲道理”"]
    assert story.paragraphs[2] == "对那日苏来说，最难的不是路远，而是让当事人心服口服。"


# A reader's letter under the editor's note, the note set flush and solid over the letter's
# salutation, which is set flush too: the salutation opens the letter, the note ends on its stop.
_LETTER = """江滨大学报
2026年5月14日　星期四
第4版　观点
责任编辑：林　青

读者来信
图书馆自习座位能否预约？
编者按：近日，本报编辑部收到一封读者来信，
反映图书馆自习座位紧张问题。现将来信刊发，
并已转交图书馆研究答复。
编辑同志：
　　我是一名大三学生。每到考试周，图书馆的
自习座位早上七点就被占满，不少同学只能在
走廊里看书。
　　建议图书馆开通座位预约系统，并对长时间
占座不用的情况加以管理。
一名2023级本科生
"""


def test_a_letters_salutation_set_flush_under_the_editors_note_opens_the_letter() -> None:
    letter = first_article(_LETTER)
    assert letter.standfirst_label == "编者按"
    assert letter.standfirst is not None
    assert letter.standfirst.startswith("近日，本报编辑部收到一封读者来信")
    assert letter.standfirst.endswith("并已转交图书馆研究答复。")
    assert letter.paragraphs[0] == "编辑同志："
    assert letter.paragraphs[1].startswith("我是一名大三学生。")


# A review in numbered parts, each part's heading two phrases parted by a comma, set apart by a
# blank above and flush over its part's first line, which opens with the paragraphs' indent.
_NUMBERED_PARTS = """东江日报
2026年7月2日　星期四
第3版　党建
责任编辑：罗　平

“党建+产业”的东江实践
本报记者　温　华

    近年来，我市推行党组织建在产业链上的做法，以组织振兴带动
产业振兴。

一、组织建在链上，支部“连”起合作社
    在东坑镇茶叶基地，产业链党委吸纳6个村党支部和2家企业党支部，
统一调配技术和销售渠道。

二、党员走在前面，技术“送”到茶园里
    全市组建党员技术服务队42支，今年以来开展田间指导300余场次。
"""


def test_a_numbered_part_heading_set_apart_over_its_indented_text() -> None:
    story = first_article(_NUMBERED_PARTS)
    assert [h.text for h in story.subheads] == [
        "一、组织建在链上，支部“连”起合作社",
        "二、党员走在前面，技术“送”到茶园里",
    ]
    assert story.paragraphs[1].startswith("在东坑镇茶叶基地")
