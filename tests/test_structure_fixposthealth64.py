"""Health pages' Q&A columns (issue 10, rounds 64-66 tuned on), on snippets written for these tests
in the style of city and evening papers' health pages (invented text, no blind page's):

- the expert who answers, named under a Q&A column's head (本期答疑：…, 受访专家：…, 解答专家：…), is
  the column's first paragraph: no subheadline, no head of its own when wrapped, and the column's
  label set apart over its question headline stays its kicker.
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

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
