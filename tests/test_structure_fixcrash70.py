"""A group of poems set solid whose every line in one block is as short as its titles: nothing tells
a title from a line of verse there, and the reader must say so rather than fail (a page of round72
stopped the command with a traceback)."""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_items

_GROUP = """\
山城小记（组诗）
□ 周　远
石阶
晨雾把石阶一级级
抬进半山的人家
挑水的人歇了歇肩

卖花的人不吆喝
只把一束栀子
搁在石阶的拐角
老井
井绳垂进水里
垂成了老街的年纪

井台的青苔绿了又黄
一只打水的木桶
还挂在墙角的钉上
挑夫
他们把山外的日子
一担一担挑进城里

脚步声落在台阶上
就再也没有走远
只有石阶，还替他们数着
"""


def test_a_group_of_poems_with_a_block_of_short_lines_reads_without_failing() -> None:
    items = read_items(_GROUP)  # nothing lost (checked by read_items)
    assert isinstance(items[0], Article)
    assert items[0].headline == "山城小记（组诗）"
