"""Brief columns on county and city pages (issue 10, rounds 21–24), on snippets written for these
tests in the style of county and city papers (invented text, no blind page's).

A column of briefs prints its label once and a bullet before each item; every brief takes the
column's label as its kicker, however its bullet is set off from the text.
"""

from __future__ import annotations

import pytest

from tests.test_structure_columns import _briefs, _items, _layout

# ------------------------------------------------------------------ a bullet set off by a wide space

_WIDE_BULLETS = """东城区今年新增停车泊位3000个
　　本报讯　今年以来，东城区在老旧小区周边挖潜新增停车泊位3000个，缓解居民停车难。（记者 周 明）

城乡速览
{m}　县游泳馆暑期延长开放时间，每晚开放至21时。
{m}　第五届乡村摄影大赛即日起征稿，截止日期为10月31日。
{m}　东湖公园菊花展本周六开幕，展出菊花200余个品种。（记者 林 雪）
{m}　县体育中心8月将举办全民健身篮球赛，报名至7月28日。
"""


@pytest.mark.parametrize("mark", list("■●◆▲"))
def test_bullets_set_off_by_a_wide_space_are_briefs_not_a_tables_rows(mark: str) -> None:
    # ■　text set solid one under another: the wide space after the bullet is no gap between a
    # table's cells (a table's row opens with a name or a figure, not a mark)
    items = _items(_WIDE_BULLETS.format(m=mark))
    assert _layout(items) == [
        ("article", 1, 2),
        ("article", 4, 5),
        ("article", 6, 6),
        ("article", 7, 7),
        ("article", 8, 8),
    ]
    briefs = _briefs(items)[1:]
    assert [(k, h) for k, h, _, _ in briefs] == [("城乡速览", "")] * 4
    assert briefs[0][2] == ("县游泳馆暑期延长开放时间，每晚开放至21时。",)
    assert briefs[2][2] == ("东湖公园菊花展本周六开幕，展出菊花200余个品种。",)
