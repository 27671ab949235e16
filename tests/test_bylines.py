"""Bylines: role words and names, padded names, photo credits, bylines in and after the text."""

from __future__ import annotations

import pytest

from publisher.model import Byline, Credit
from publisher.reader.bylines import is_photo_credit, parse_byline, parse_staff_line
from publisher.reader.caption_credits import split_photo_credit
from publisher.reader.signoffs import split_trailing_byline


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
            # an intern is one of the reporters; the role's wording is kept, as 见习记者's is
            Byline(reporters=("朱晓雯", "姚远"), others=(Credit("见习记者", ()), Credit("实习生", ()))),
        ),
        ("■摄影 王强 陈明远 曹金凤", Byline(photographers=("王强", "陈明远", "曹金凤"))),
        ("本报记者 顾 晨 摄", Byline(photographers=("顾晨",))),
        # 文/ and 图/ say what the next role's names did; 文/图 means both, as printed
        ("□文/本报记者 陆一鸣 图/通讯员 许 诺", Byline(reporters=("陆一鸣",), photographers=("许诺",))),
        # 文/图 before the names as after them: they wrote it and took the pictures (issue 10)
        ("■文/图 本报记者 张三", Byline(reporters=("张三",), photographers=("张三",))),
        # name/role, the other way round
        ("陆一鸣/文 许 诺/图", Byline(photographers=("许诺",), others=(Credit("文", ("陆一鸣",)),))),
        ("记者 张三/文 李四/摄", Byline(reporters=("张三",), photographers=("李四",))),
        # the same with no slashes: the first names wrote it, the names before 图 took the pictures
        ("记者 陈 立 文 何小舟 图", Byline(reporters=("陈立",), photographers=("何小舟",))),
        # a role word the table does not list, a nameless commentary byline, a closing word
        ("■全媒体记者 张三", Byline(reporters=("张三",), others=(Credit("全媒体记者", ()),))),
        ("■本报评论员", Byline(others=(Credit("本报评论员", ()),))),
        ("本报记者 张三 报道", Byline(reporters=("张三",))),
        # a reporter compiling the piece, signing it off in brackets, is its reporter
        ("（本报记者 李 明 整理）", Byline(reporters=("李明",), others=(Credit("整理", ()),))),
        # the names wrote the story, the reporter took its pictures (the correspondent gave the
        # news: rounds 9-43's golds credit the reporter alone)
        (
            "■记者 李明 通讯员 张 华 文/摄",
            Byline(reporters=("李明",), correspondents=("张华",), photographers=("李明",)),
        ),
        ("■本报通讯员 李 娜", Byline(correspondents=("李娜",))),
        ("■摄影报道 王强", Byline(photographers=("王强",))),
    ],
)
def test_parse_byline(text: str, expected: Byline) -> None:
    assert parse_byline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "记者从市经信局了解到，今年前三季度",
        "记者了解到",
        "通讯员队伍不断壮大。",
        "■ 新闻链接：",
        "王强",
        "记者：现在还有年轻人愿意学吗？",
        "每人50元/次",
    ],
)
def test_prose_is_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


def test_photo_credits() -> None:
    assert is_photo_credit("■摄影 王强 陈明远 曹金凤")
    assert is_photo_credit("本报记者 顾 晨 摄")
    assert not is_photo_credit("■记者 胡佳英")
    assert not is_photo_credit("■记者 李明 文/摄")  # a story's byline: the writer took the pictures
    assert is_photo_credit("■摄影报道 王强")
    caption, byline = split_photo_credit("工人们正在有序作业。 本报记者 顾 晨 摄") or ("", None)
    assert caption == "工人们正在有序作业。"
    assert byline == Byline(photographers=("顾晨",))
    assert split_photo_credit("游客在稻田边拍摄") is None


def test_trailing_byline() -> None:
    assert split_trailing_byline("等活动。（记者 张一帆）") == ("等活动。", Byline(reporters=("张一帆",)))
    assert split_trailing_byline("分类整治企业（作坊）") is None


def test_postfix_credit_is_a_photo_credit_only_with_a_picture() -> None:
    assert is_photo_credit("陆一鸣/文 许 诺/图")
    assert not is_photo_credit("陆一鸣/文")
    assert not is_photo_credit("图为市民在公园散步")


def test_trailing_byline_with_an_unlisted_role() -> None:
    assert split_trailing_byline("认领费用每年每块300元。（全媒体记者 王 芳）") == (
        "认领费用每年每块300元。",
        Byline(reporters=("王芳",), others=(Credit("全媒体记者", ()),)),
    )


def test_staff_lines() -> None:
    assert parse_staff_line("本版责编:林 静 美编:郑 晓") == [("本版责编", ("林静",)), ("美编", ("郑晓",))]
    assert parse_staff_line("本版编辑:陈 默 美编:林小雨 校对:郑 好") == [
        ("本版编辑", ("陈默",)),
        ("美编", ("林小雨",)),
        ("校对", ("郑好",)),
    ]
    assert parse_staff_line("责任编辑 沈 洁") == [("责任编辑", ("沈洁",))]
    assert parse_staff_line("编辑部地址迁至中山路1号") is None
    assert parse_staff_line("责任编辑") is None


def test_a_long_name_after_a_role_word() -> None:
    """Mongolian names of five or six characters, printed without a dot, right after the role word."""
    assert parse_byline("本报记者　巴雅尔图门其　摄", photo=True) == Byline(photographers=("巴雅尔图门其",))
    assert is_photo_credit("本报记者 乌日根其其格 摄")
    assert parse_byline("记者 阿拉腾苏和 通讯员 刘 军") == Byline(
        reporters=("阿拉腾苏和",), correspondents=("刘军",)
    )
    assert parse_byline("孟根达来图雅 摄") is None  # no role word before it: a phrase as likely as a name
    assert parse_byline("记者从自治区文旅厅获悉") is None


def test_a_datelines_bracket_may_glue_role_and_name() -> None:
    """本报讯（记者X、通讯员Y）: where only a credit stands, as on a marked line; not in prose."""
    from publisher.reader import parse_page

    page = (
        "楚天日报\n2025年11月3日 星期一\n\n网购假货转卖获刑\n\n"
        "　　楚天日报讯（记者柯蓝、通讯员严肃）近日，某区人民法院审结一起案件。\n"
    )
    (story,) = parse_page(page).items
    assert story.byline == Byline(reporters=("柯蓝",), correspondents=("严肃",))
    assert story.paragraphs == ("近日，某区人民法院审结一起案件。",)
    assert parse_byline("记者柯蓝、通讯员严肃") is None  # unmarked and not in a credit's place
    assert parse_byline("记者从市统计局获悉", credit=True) is None
