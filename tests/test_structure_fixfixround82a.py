"""Failure classes round 82 showed on trade and county papers' service pages (issue 10), fixer
``fixround82a``: an expert's profile box set apart under a story, labelled with who the person is
(名医档案, 专家名片) and closed by a particular of its own (坐诊时间：…).  Snippets written for these
tests in the style of county papers' health and housing pages (invented names, places and
figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice
from tests.nothing_lost import read_items
from tests.test_structure_columns import _layout

# ------------------------------------- an expert's profile box set apart under a story

_EXPERT_BOX_UNDER_STORY = """青溪日报
2026年6月3日　星期三
第8版　健康
责编：许　然

梅雨季节，关节炎患者要当心
——县人民医院专家提醒：防潮保暖两不误

本报记者　周　岚
    “最近来看关节疼的老人明显多了。”6月1日，县人民医院骨
科主任陈立新告诉记者，阴雨天湿气重，关节炎容易复发。
◆注意保暖防潮
    陈立新提醒，雨天出门要带件外套，膝盖怕凉的老人可以戴上
护膝，家里潮湿时记得开除湿机。
◆运动量力而行
    县人民医院康复科医师刘敏说，关节不适时别爬山、爬楼梯，
可以改为游泳、散步。

专家名片
陈立新　县人民医院骨科主任、主任医师，省
医学会骨科分会委员，从事骨科临床工作25年，
擅长关节疾病的诊治和微创手术，年完成关节
手术三百余台，多次获评县优秀医师称号。
门诊时间：每周四全天（骨科专家门诊）

读者问答
问：膝盖一下雨就疼，是不是得了风湿？
答：不一定，骨关节炎也会在阴雨天加重，应到医院检查后再对症治疗。
"""


def test_an_expert_profile_box_set_apart_under_a_story_is_an_item_of_its_own() -> None:
    # 专家名片 set apart under the story's last paragraph, over the expert's name and titles run
    # on one line: the box says who the person is, a piece of its own (as 人物名片 is), not the
    # story's last part under a subhead
    items = read_items(_EXPERT_BOX_UNDER_STORY)
    assert _layout(items) == [("article", 6, 17), ("article", 19, 24), ("article", 26, 28)]
    story, box, answers = items
    assert isinstance(story, Article) and isinstance(box, Article) and isinstance(answers, Article)
    assert [s.text for s in story.subheads] == ["注意保暖防潮", "运动量力而行"]
    assert box.headline == "专家名片"
    # the particular set solid under the box's full lines is a line of its own, no head over the
    # Q&A set apart below it
    assert len(box.paragraphs) == 2
    assert box.paragraphs[1].startswith("门诊时间")
    assert answers.headline == "读者问答"


# ------------------------------------- a notice listing its rows, each led by a bullet

_NOTICE_OF_BULLETED_ROWS = """青溪日报
2026年6月3日　星期三
第5版　生态

关于公布青溪县湖泊湖长名单的公告
为推进湖长制工作，接受群众监督，现将我县主要湖泊县级湖长名单公布如下：
●白鹭湖　湖长：钱志远　举报电话：0571-6650 2201
●月牙湖　湖长：孙　蕾　举报电话：0571-6650 2202
●东荡湖（青溪段）　湖长：郑国栋　举报电话：0571-6650 2203
群众发现湖泊存在违法排污、非法捕捞等问题，可拨打举报电话反映。
青溪县湖长制工作办公室
2026年6月1日

护湖志愿者十年守护一湖清水
记者　林　帆
　　在白鹭湖畔，62岁的退休工人赵永福当了十年护湖志愿
者。每天清晨，他都会绕湖走一圈，捡拾垃圾、劝阻垂钓。
　　“湖水一年比一年清了，来看白鹭的人也多了。”赵永福说。
"""


def test_a_notices_rows_led_by_a_bullet_under_the_line_announcing_them_stay_the_notices() -> None:
    # ●某湖　湖长：某某　举报电话：… under …名单公布如下： are the rows the notice lists, set solid
    # in its text (a bullet opens a brief only in a column of briefs): the notice runs on to its
    # signature and date, and the story set apart under it is read under its own head
    items = read_items(_NOTICE_OF_BULLETED_ROWS)
    assert _layout(items) == [("notice", 5, 12), ("article", 14, 18)]
    notice, story = items
    assert isinstance(notice, Notice) and isinstance(story, Article)
    assert notice.text.count("●") == 3
    assert notice.text.endswith("2026年6月1日")
    assert story.headline == "护湖志愿者十年守护一湖清水"


# ------------------------------------- briefs headed on their own line, the head run in again

_BRIEFS_HEADED_TWICE = """青溪日报
2026年6月3日　星期三
第7版　楼市

房产快讯
城东新区
    ●城东新区：近日，城东新区两宗商住用地挂牌出让，总成交价约
6.5亿元。（岚　文）
房产快讯
南湖片区
    ●南湖片区：该片区今年计划改造老旧小区21个，涉及居民
4800余户。
房产快讯
老城区
    ●老城区：6月1日，老城区启动既有住宅加装电梯集中申报，
首批受理申请120余份。（
通讯员　冯　舟）
"""


def test_a_briefs_head_on_its_own_line_run_in_again_heads_one_brief() -> None:
    # 房产快讯 / 城东新区 / ●城东新区：… : the column's label, the brief's head on a line of its
    # own, and its text run in under the same name again: one brief, the head's text (its line
    # as printed), not a headless head and a second brief
    items = read_items(_BRIEFS_HEADED_TWICE)
    assert _layout(items) == [("article", 5, 8), ("article", 9, 12), ("article", 13, 17)]
    briefs = [a for a in items if isinstance(a, Article)]
    assert [(a.kicker, a.headline) for a in briefs] == [
        ("房产快讯", "城东新区"),
        ("房产快讯", "南湖片区"),
        ("房产快讯", "老城区"),
    ]
    assert all(len(a.paragraphs) == 1 for a in briefs)
    last = briefs[-1].byline
    assert last is not None and last.correspondents == ("冯舟",)
