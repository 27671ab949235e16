"""Failure classes round 96 showed on a city paper's education page (issue 10, r96): an expert's
workplace, post and name signing a column's piece under its head, the post set a space apart
after the department and wrapped onto a second line (某市某中心某科　副主任 / 医师　某某).
Snippets written for these tests in the style of city papers (invented names, places and
figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Unclassified
from tests.nothing_lost import read_items

# ------------------------- an expert's workplace and post wrapped onto a second line under the head

_WRAPPED_EXPERT = """健康门诊
老人秋季咳嗽要当心
青溪市妇幼保健中心呼吸内科 副主任
医师 韩 冰
入秋以后，气温变化大，老年人容易出现咳嗽、
咽痛等症状。家属应注意为老人及时增减衣物，
饮食宜清淡，如咳嗽持续两周以上，应尽早就医。
"""


def test_an_experts_workplace_and_post_wrapped_under_the_head_sign_the_piece() -> None:
    items = read_items(_WRAPPED_EXPERT)
    assert not any(isinstance(it, Unclassified) for it in items)
    story = next(it for it in items if isinstance(it, Article))
    assert story.source.first == 1 and story.source.last == 7
    assert story.kicker == "健康门诊"
    assert story.headline == "老人秋季咳嗽要当心"
    assert not story.subheadline and not story.subheads
    assert story.byline is not None
    assert not story.byline.reporters and not story.byline.correspondents
    assert any(c.names == ("韩冰",) for c in story.byline.others)
    assert len(story.paragraphs) == 1 and story.paragraphs[0].startswith("入秋以后")


_SPACED_POST = """健康门诊
老人秋季咳嗽要当心
青溪市妇幼保健中心呼吸内科 副主任医师 韩 冰
入秋以后，气温变化大，老年人容易出现咳嗽、
咽痛等症状。家属应注意为老人及时增减衣物，
饮食宜清淡，如咳嗽持续两周以上，应尽早就医。
"""


def test_an_experts_post_set_a_space_apart_after_the_department_signs_the_piece() -> None:
    story = next(it for it in read_items(_SPACED_POST) if isinstance(it, Article))
    assert story.kicker == "健康门诊" and story.headline == "老人秋季咳嗽要当心"
    assert story.byline is not None and any(c.names == ("韩冰",) for c in story.byline.others)
    assert len(story.paragraphs) == 1


_TITLE_OVER_SUPPLIER = """农技课堂
冬季大棚蔬菜管理要点
县农业农村局　供稿
　　进入12月，气温持续走低，是大棚蔬菜越冬管
理的关键期。
　　一是保温防冻。夜间加盖草帘，白天及时通风。
"""


def test_a_title_over_a_bureaus_supply_line_stays_the_headline() -> None:
    story = next(it for it in read_items(_TITLE_OVER_SUPPLIER) if isinstance(it, Article))
    assert story.kicker == "农技课堂" and story.headline == "冬季大棚蔬菜管理要点"


# ------------- a marked part's head over prose whose first line the column cut before any comma

_MARKED_PART_OVER_UNPUNCTUATED_LINE = """垃圾分类，社区这样推进
本报记者　马 骁

◆积分兑换，激发热情
在青溪区一个老旧小区，居民每次正确投放垃圾
都能获得积分，积分可兑换洗衣液、毛巾等生活
用品。社区负责人说，参与率一年提高了三成。

◆志愿值守，现场指导
每天早晚投放高峰，志愿者在分类亭旁值守，手
把手教居民分类。"刚开始不习惯，现在已经养成
习惯了。"一位居民说。

◆定时定点，错峰收运
多个小区将原来分散的垃圾桶统一集中到分类亭
内，并与环卫部门约定了收运时间。
"""


def test_a_marked_parts_head_over_a_line_cut_before_its_first_comma_is_a_subhead() -> None:
    story = next(it for it in read_items(_MARKED_PART_OVER_UNPUNCTUATED_LINE) if isinstance(it, Article))
    assert [h.text for h in story.subheads] == [
        "积分兑换，激发热情",
        "志愿值守，现场指导",
        "定时定点，错峰收运",
    ]
    assert len(story.paragraphs) == 3
    assert story.paragraphs[-1].startswith("多个小区将原来分散的垃圾桶统一集中到分类亭内，并与环卫部门")


# ---------- a brief's closing credit, its role led by the paper's name, wrapped inside the name

_OUTLET_CREDIT_CUT_IN_NAME = """城事速递
■青溪职院迎来5000余名新生
9月3日至4日，青溪职业技术学院迎来2026级新生5
000余人，学校设立“绿色通道”，帮助经济困难的新
生顺利报到。（青溪晚报记者 林晓
薇）
■南湖区新增公办幼儿园3所
今年，南湖区新建公办幼儿园3所，新增学位900个，
已于本周开园。（通讯员 许 明）
"""


def test_a_closing_credit_led_by_the_papers_role_and_cut_inside_the_name_signs_the_brief() -> None:
    items = [it for it in read_items(_OUTLET_CREDIT_CUT_IN_NAME) if isinstance(it, Article)]
    brief = next(it for it in items if it.headline == "青溪职院迎来5000余名新生")
    assert brief.paragraphs[-1].endswith("生顺利报到。")
    assert brief.byline is not None and brief.byline.reporters == ("林晓薇",)


# ------------------ a story led by its credit set solid, role, name and 报道 run together, then a colon

_RUN_IN_LEAD_CREDIT = """青溪新材料产业园二期投产
　　本报记者周岚报道：近日，青溪新材料产业园二期项目正式
投产，新增高性能树脂产能8万吨。
　　园区负责人表示，三期项目预计明年开工。
"""


def test_a_lead_credit_with_role_name_and_report_set_solid_signs_the_story() -> None:
    story = next(it for it in read_items(_RUN_IN_LEAD_CREDIT) if isinstance(it, Article))
    assert story.byline is not None and story.byline.reporters == ("周岚",)
    assert story.paragraphs[0].startswith("近日，青溪新材料产业园二期项目正式投产")


def test_a_lead_credit_set_a_space_apart_keeps_the_first_sentence_whole() -> None:
    text = _RUN_IN_LEAD_CREDIT.replace("本报记者周岚报道：", "本报记者 周岚 报道：")
    story = next(it for it in read_items(text) if isinstance(it, Article))
    assert story.byline is not None and story.byline.reporters == ("周岚",)
    assert story.paragraphs[0].startswith("近日，青溪新材料产业园二期项目正式投产")
