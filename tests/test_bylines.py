"""Bylines: role words and names, padded names, photo credits, bylines in and after the text."""

from __future__ import annotations

import pytest

from publisher.bylines import is_photo_credit, parse_byline, split_photo_credit, split_trailing_byline
from publisher.model import Byline, Credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("■记者 李雨婷", Byline(reporters=("李雨婷",))),
        ("■记者 胡佳英 通讯员 彭凯军", Byline(reporters=("胡佳英",), correspondents=("彭凯军",))),
        ("通讯员 徐冰艳 陈明远", Byline(correspondents=("徐冰艳", "陈明远"))),
        ("□记者 周 敏", Byline(reporters=("周敏",))),
        ("■记者 王 强 李 娜", Byline(reporters=("王强", "李娜"))),
        ("记者 沈 洁 通讯员 陆晓峰", Byline(reporters=("沈洁",), correspondents=("陆晓峰",))),
        ("（记者 张一帆）", Byline(reporters=("张一帆",))),
        ("本报记者 徐 伟 通讯员 陆 丹", Byline(reporters=("徐伟",), correspondents=("陆丹",))),
        ("■记者胡佳英", Byline(reporters=("胡佳英",))),
        (
            "■见习记者 朱晓雯、实习生 姚 远",
            Byline(others=(Credit("见习记者", ("朱晓雯",)), Credit("实习生", ("姚远",)))),
        ),
        ("■摄影 王强 陈明远 曹金凤", Byline(photographers=("王强", "陈明远", "曹金凤"))),
        ("本报记者 顾 晨 摄", Byline(photographers=("顾晨",))),
    ],
)
def test_parse_byline(text: str, expected: Byline) -> None:
    assert parse_byline(text) == expected


@pytest.mark.parametrize(
    "text",
    ["记者从市经信局了解到，今年前三季度", "记者了解到", "通讯员队伍不断壮大。", "■ 新闻链接：", "王强"],
)
def test_prose_is_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


def test_photo_credits() -> None:
    assert is_photo_credit("■摄影 王强 陈明远 曹金凤")
    assert is_photo_credit("本报记者 顾 晨 摄")
    assert not is_photo_credit("■记者 胡佳英")
    caption, byline = split_photo_credit("工人们正在有序作业。 本报记者 顾 晨 摄") or ("", None)
    assert caption == "工人们正在有序作业。"
    assert byline == Byline(photographers=("顾晨",))
    assert split_photo_credit("游客在稻田边拍摄") is None


def test_trailing_byline() -> None:
    assert split_trailing_byline("等活动。（记者 张一帆）") == ("等活动。", Byline(reporters=("张一帆",)))
    assert split_trailing_byline("分类整治企业（作坊）") is None
