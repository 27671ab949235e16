"""Failure classes of a notices-and-ads page (blind round61, issue 10): a lost-item notice listing
its statements each under a bullet keeps the bullets as printed, and a column of classified ads
whose entries open on a heading in brackets, set solid one under another, reads each entry as an
ad, whatever its heading offers.  Snippets written for these tests (invented names, places and
numbers, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

import pytest

from publisher.model import Advertisement, Article, Notice
from tests.nothing_lost import read_items

# ------------------------------------------------- a lost-item notice's statements under bullets

_BULLETED_STATEMENTS = """遗失声明
{mark}青岚市北湖区顺达汽配商行遗失营业执照副本一份，统一社会信用代码：
92330100MA2X8K1L3Q，声明作废。
{mark}赵文静遗失青岚市妇幼保健院出生医学证明一份，编号：Q330871245，
声明作废。
{mark}青岚县石门乡溪口村股份经济合作社遗失公章一枚，声明作废。
"""


@pytest.mark.parametrize("mark", ["●", "■", "◆"])
def test_a_lost_item_notice_keeps_each_statements_bullet_as_printed(mark: str) -> None:
    (notice,) = read_items(_BULLETED_STATEMENTS.format(mark=mark))
    assert isinstance(notice, Notice) and notice.label == "遗失声明"
    # each statement a line of its own, led by its bullet; its wraps rejoined
    assert notice.text.splitlines() == [
        f"{mark}青岚市北湖区顺达汽配商行遗失营业执照副本一份，统一社会信用代码：92330100MA2X8K1L3Q，声明作废。",
        f"{mark}赵文静遗失青岚市妇幼保健院出生医学证明一份，编号：Q330871245，声明作废。",
        f"{mark}青岚县石门乡溪口村股份经济合作社遗失公章一枚，声明作废。",
    ]


def test_an_indented_bulleted_statement_keeps_its_bullet_not_its_indent() -> None:
    text = "作废声明\n　　●孙海涛遗失青岚职业技术学院学生证，学号2025301142，声明作废。\n"
    (notice,) = read_items(text)
    assert isinstance(notice, Notice)
    assert notice.text == "●孙海涛遗失青岚职业技术学院学生证，学号2025301142，声明作废。"


# ------------------------------------- a column of classified ads headed in brackets, set solid

_CLASSIFIED_COLUMN = """【招租】青岚市东门街临街铺面一间，面积约80平方米，
可做餐饮、零售。电话：13906781234　陈先生
【出售】北湖区二手挖掘机两台，车况良好，手续齐全，
价格面议。联系电话：0578-5561234
【{heading}】{offer}，
{rest}。电话：0578-5512345
"""


@pytest.mark.parametrize(
    ("heading", "offer", "rest"),
    [
        ("家政服务", "专业保洁、开荒保洁、油烟机清洗", "钟点工随叫随到"),
        ("管道疏通", "下水道、马桶、化粪池疏通，高压清洗", "全城上门"),
        ("培训", "小学初中语数英一对一辅导，暑期班报名中", "名额有限"),
    ],
)
def test_a_bracketed_entry_under_a_classified_ads_contacts_is_the_next_ad(
    heading: str, offer: str, rest: str
) -> None:
    items = read_items(_CLASSIFIED_COLUMN.format(heading=heading, offer=offer, rest=rest))
    assert all(isinstance(item, Advertisement) for item in items)
    assert [(item.source.first, item.source.last) for item in items] == [(1, 2), (3, 4), (5, 6)]


def test_a_bracketed_brief_under_a_storys_contact_stays_a_story() -> None:
    # a column of briefs whose item ends on its phone: the next bracketed head is a brief's, no
    # classified ad's (the item above opened on no offer)
    text = (
        "社区快讯\n"
        "【读书会】市图书馆本周六举办亲子读书会，欢迎家长携孩子参加。\n"
        "报名电话：0578-5523456\n"
        "【志愿服务】东门社区招募周末义诊志愿者，医护人员优先，\n"
        "服务时间为每周六上午。联系电话：0578-5534567\n"
    )
    (last,) = [item for item in read_items(text) if item.source.first == 4]
    assert isinstance(last, Article) and last.source.last == 5
