"""Health pages' Q&A columns (issue 10, rounds 64-66 tuned on), on snippets written for these tests
in the style of city and evening papers' health pages (invented text, no blind page's):

- the expert who answers, named under a Q&A column's head (本期答疑：…, 受访专家：…, 解答专家：…), is
  the column's first paragraph: no subheadline, no head of its own when wrapped, and the column's
  label set apart over its question headline stays its kicker;
- an event's box (a talk, a hotline's hour: 时间：… / 地点：… / 主讲：…) titled even as a notice is
  (某某讲座预告), closed by the number to call and nothing under it, is the paper's service box, a
  story of a paragraph a field; signed and dated under its number, it stays the organiser's notice.
"""

from __future__ import annotations

from publisher.model import Notice
from tests.nothing_lost import read_articles, read_items

_PAGE_TOP = """某某晚报
2026年3月4日　星期三
第6版　健康

"""

_WRAPPED_EXPERT = """名医坐堂
膝盖疼，还能爬山吗？
　　本期答疑：某某市人民医院骨科主任医师、教授、博
士生导师　赵　明
　　问：我今年65岁，最近爬楼梯时膝盖疼，还能继续爬
山锻炼吗？（某某读者　孙先生）
　　答：膝关节疼痛时不宜爬山，可改为游泳、骑车等
对关节压力小的运动。
"""

_EXPERT_SET_APART = """●专家问答
老人夜里总醒，该吃安眠药吗？

    受访专家：某某市精神卫生中心主任医师　钱　华
    问：我父亲今年78岁，夜里总是醒两三次，要不要吃点
安眠药？
    答：老年人睡眠变浅是常见现象，不宜自行服用安眠药，
应先到医院查明原因。
"""


def test_wrapped_expert_line_opens_the_answers() -> None:
    [art] = read_articles(_PAGE_TOP + _WRAPPED_EXPERT)
    assert art.kicker == "名医坐堂"
    assert art.headline == "膝盖疼，还能爬山吗？"
    assert art.subheadline is None
    assert art.paragraphs[0].startswith("本期答疑：某某市人民医院骨科主任医师")
    assert art.paragraphs[1].startswith("问：")


def test_expert_line_under_head_is_no_subheadline() -> None:
    [art] = read_articles(_PAGE_TOP + _EXPERT_SET_APART)
    assert art.headline == "老人夜里总醒，该吃安眠药吗？"
    assert art.subheadline is None
    assert art.paragraphs[0].startswith("受访专家：")
    assert [p[:2] for p in art.paragraphs[1:]] == ["问：", "答："]


_TALK_BOX = """　　冬季进补要因人而异，不宜盲目服用补品。

义诊讲座预告
时间：2月8日（周六）上午9:00
地点：某某区老年活动中心二楼
主题：冬春季节呼吸道疾病的预防
主讲：某某市中医院呼吸科专家
报名电话：0571-88881234（名额50人）

"""

_SIGNED_TALK = """　　冬季进补要因人而异，不宜盲目服用补品。

读书沙龙活动预告
活动时间：2月8日（周六）下午2:00
活动地点：某某区图书馆三楼
本期主题：读诗过春节
报名电话：0571-88885678
某某区图书馆
2026年2月1日
"""


def test_event_box_closed_by_its_number_is_a_story() -> None:
    arts = read_articles(_PAGE_TOP + _TALK_BOX)
    box = arts[-1]
    assert box.headline == "义诊讲座预告"
    assert [p[:3] for p in box.paragraphs] == ["时间：", "地点：", "主题：", "主讲：", "报名电"]


def test_signed_event_box_stays_a_notice() -> None:
    items = read_items(_PAGE_TOP + _SIGNED_TALK)
    assert any(isinstance(it, Notice) for it in items)
