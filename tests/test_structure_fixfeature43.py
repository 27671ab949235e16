"""Failure classes rounds 43-44 showed on feature and evening-paper pages (issue 10), fixer
``fixfeature43``: a research report signed by the group that wrote it (某某课题组, no person
named) with its numbered parts' headings set solid between indented paragraphs; a head line
ending on a verb made whole by 就 (铺就, 绘就) that waits for its object on the next line; a
brief whose phone number the column cut, closing with its sign-off in brackets; the paper's
newsroom line at the foot, named with the paper's name before it; the writer's notes
(■记者手记) over their title, signed with the writer's padded name alone.  Snippets written for
these tests in the style of city papers' pages (invented stories and figures, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

_REPORT = """江城日报
2026年5月12日　星期二
第6版　理论·调研
责任编辑：周　敏　　美编：王　亮

做强县域特色产业
打通乡村共富“最后一公里”
——我市县域特色产业发展调研报告
市委政策研究室调研组
内容提要：县域是城乡融合发展的重要切入点。近年来，
我市立足各县资源禀赋，培育了一批特色产业集群。本文
从产业链条、市场主体两个方面梳理经验、提出建议。
一、延伸产业链条，让“土特产”变成“金招牌”
　　全市已建成特色农产品加工园区14个，年加工转化
率达到68%，茶叶、竹笋、高山蔬菜等产品远销省外。
　　调研发现，部分产业仍停留在卖原料阶段。调研组建
议，引导龙头企业向精深加工延伸。
二、培育市场主体，让小农户接上大市场
　　全市登记注册的农民专业合作社达到1200余家，带
动农户8万余户。
　　下一步，要推广“龙头企业+合作社+农户”模式，
让更多农户分享产业增值收益。
"""


def test_a_report_signed_by_its_group_and_its_numbered_parts_set_solid() -> None:
    parsed = parse_page(_REPORT, 1)
    assert_nothing_lost(_REPORT, parsed)
    report = next(item for item in parsed.items if isinstance(item, Article))
    assert (report.source.first, report.source.last) == (6, 22)
    assert report.kicker == "做强县域特色产业"
    assert report.headline == "打通乡村共富“最后一公里”"
    assert report.subheadline == "——我市县域特色产业发展调研报告"
    assert report.standfirst_label == "内容提要"
    assert report.byline is not None
    assert not (report.byline.reporters or report.byline.correspondents or report.byline.photographers)
    assert [h.text for h in report.subheads] == [
        "一、延伸产业链条，让“土特产”变成“金招牌”",
        "二、培育市场主体，让小农户接上大市场",
    ]
    assert len(report.paragraphs) == 4
    assert report.paragraphs[0].startswith("全市已建成特色农产品加工园区14个")


_VERB_MADE_WHOLE = """江城日报
2026年5月12日　星期二
第6版　区县

青山：“小茶叶”绘就
山村振兴“新画卷”
记者　林　海
　　今年春茶季，青山县茶叶产量同比增长一成，带动两千余户
茶农增收。
"""


def test_a_head_line_ending_on_a_verb_made_whole_by_jiu_runs_on() -> None:
    parsed = parse_page(_VERB_MADE_WHOLE, 1)
    assert_nothing_lost(_VERB_MADE_WHOLE, parsed)
    story = next(item for item in parsed.items if isinstance(item, Article))
    assert story.headline == "青山：“小茶叶”绘就山村振兴“新画卷”"
    assert story.kicker is None and story.subheadline is None


_HOTLINE = """江城晚报
2026年11月3日　星期二
A05　民生

热线回音
路口信号灯已修复
　　市民王女士来电反映，城东一路口信号灯故障多日。
交警部门当天即派员检修，目前已恢复正常。
（记者　陈　实）
冬季供水咨询电话公布
　　近日不少读者来电询问冬季管网检修事宜。记者从
市水务集团获悉，检修期间如有疑问可拨打0577-
8812345咨询。（通讯员　李　青）

江城晚报新闻热线：0577-8800110　　投稿邮箱：jcwb@126.com
"""


def test_a_brief_with_its_phone_cut_by_the_column_is_no_ad_and_the_paper_line_is_furniture() -> None:
    parsed = parse_page(_HOTLINE, 1)
    assert_nothing_lost(_HOTLINE, parsed)
    assert not any(isinstance(item, Advertisement) for item in parsed.items)
    briefs = [item for item in parsed.items if isinstance(item, Article)]
    assert [(b.source.first, b.source.last) for b in briefs] == [(5, 9), (10, 13)]
    assert [b.headline for b in briefs] == ["路口信号灯已修复", "冬季供水咨询电话公布"]
    assert briefs[1].kicker == "热线回音"
    assert briefs[1].byline is not None and briefs[1].byline.correspondents == ("李青",)
    assert briefs[1].paragraphs[0].endswith("如有疑问可拨打0577-8812345咨询。")
    assert 15 in parsed.masthead.lines


_NOTES = """江城晚报
2026年7月8日　星期三
A06　深度

　　目前，全市已有三十余个老旧小区完成改造，居民满意度
明显提升。

■编辑手记
让老小区“老有所安”
　　老旧小区改造，改的是房子，暖的是人心。
　　只有把居民的意见听进去，改造才能改到心坎上。
陈　实

新闻热线：0577-8800110
"""


def test_the_writers_notes_label_heads_them_and_a_padded_name_signs_them() -> None:
    parsed = parse_page(_NOTES, 1)
    assert_nothing_lost(_NOTES, parsed)
    notes = next(item for item in parsed.items if isinstance(item, Article) and item.kicker)
    assert notes.kicker == "编辑手记"
    assert notes.headline == "让老小区“老有所安”"
    assert (notes.source.first, notes.source.last) == (8, 12)
    assert notes.paragraphs[-1] == "只有把居民的意见听进去，改造才能改到心坎上。"
    assert notes.byline is not None and not notes.byline.reporters
