"""Failure class round 45 showed on a photo-news page (issue 10), fixer ``post45photo``: a picture's
short caption wrapped over five lines and more in a narrow column, under its title, closed by its
credit. Snippets written for these tests in the style of city papers' photo pages (invented names,
places and figures, no blind page's); the shape holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_NARROW_CAPTIONS = """青溪晚报
A07　图片新闻
2026年7月2日　星期四　编辑：周　平

雨后　清淤忙
7月1日，青溪市东湖区一处老街区，
环卫工人正在清理暴雨后的路面淤泥。
受强降雨影响，当日青溪多区出现短时
积水，各区组织人员连夜排涝清淤，
保障道路通行。
本报记者　王　强　摄

渡口“赛舟”　湖畔热闹
6月28日，青溪市白沙镇举行龙舟竞渡
活动，周边村落十余条龙舟齐聚月湖
水域，锣鼓喧天，岸边观众挤得水泄不
通。按照当地习俗，竞渡是各村之
间的友好往来，从端午一直持续到农历
五月底。
摄影：通讯员　李　明
"""


def test_a_short_caption_wrapped_over_five_lines_and_more_is_the_pictures() -> None:
    # a narrow column wraps a picture's caption of a few sentences over five or six lines: still
    # a caption's length, closed by its credit, it is the picture's, not a story's paragraph
    parsed = parse_page(_NARROW_CAPTIONS, 1)
    assert _layout(parsed.items) == [("photo", 5, 11), ("photo", 13, 20)]
    first, second = parsed.items
    assert isinstance(first, Photo) and isinstance(second, Photo)
    assert first.title is not None and first.title.replace("\u3000", "") == "雨后清淤忙"
    assert first.caption.endswith("保障道路通行。")
    assert second.title is not None and second.title.replace("\u3000", "") == "渡口“赛舟”湖畔热闹"
    assert second.caption.endswith("五月底。")
    assert_nothing_lost(_NARROW_CAPTIONS, parsed)


def test_a_long_paragraph_under_a_head_and_a_credit_stays_a_story() -> None:
    # past a caption's length, prose set solid under a head is a story's, whatever the credit
    body = "　　青溪市今年新建改建口袋公园三十余处，" * 2
    text = (
        "青溪晚报\nA07　图片新闻\n2026年7月2日　星期四\n\n口袋公园遍布街巷\n"
        + "\n".join([body] * 6)
        + "\n本报记者　王　强　摄\n"
    )
    parsed = parse_page(text, 1)
    assert ("photo", 5, 12) not in _layout(parsed.items)
    assert_nothing_lost(text, parsed)


def test_a_column_label_under_the_running_head_is_kept() -> None:
    # the page's running head printed over a column, then ■某某: the column's label, no author
    text = (
        "青溪日报\n03　镇街新闻\n2026年11月12日\n\n　　东湖街道今年推行网格制度，从党员中选出网格员。\n\n"
        "青溪日报　　　　　　　　　　　　03　镇街新闻\n■基层来信\n东湖街道“网格员”成了居民贴心人\n"
        "本报记者　周　平\n　　东湖街道今年推行“网格员”制度，从\n党员、退休干部中选出40名网格员。\n"
    )
    assert_nothing_lost(text, parse_page(text, 1))


def test_marked_labels_of_a_guides_parts_are_kept() -> None:
    # ■咨询电话 / … / ■受理窗口 / … / ■办理须知 set solid in one block: labels, no authors
    text = (
        "青溪晚报\nA06　民生\n2026年11月12日\n\n服务台\n老旧小区改造办事指南\n■咨询电话\n"
        "东湖区住建局：0576－2339516\n公积金咨询：12329\n■受理窗口\n东湖区政务服务中心二楼（湖滨路9号）\n"
        "西城区政务服务中心一楼（白沙路5号）\n■办理须知\n　　申请改造须经本单元三分之二以上业主同意。\n"
    )
    assert_nothing_lost(text, parse_page(text, 1))
