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
