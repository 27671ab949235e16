"""Failure classes round 77 showed on county papers' standard sections (issue 10, fixround77).
Snippets written for these tests (invented names, numbers and places, no blind page's); each class
is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from tests.nothing_lost import first_article, read_items

# ------------------------------------------- the paper's own line set apart under the masthead

_HOTLINE_UNDER_MASTHEAD = """05
社会
安平日报
2026年5月12日　星期二
编辑：陈　力　校对：许　静

本报社会热线：0311-5550123（全天）
百姓热线
老街排水沟堵了谁来管？
本报记者　林　岚
　　“老街西头的排水沟堵了一个多月，一下雨污水
就漫到路面上，走路都得绕着走。”6月2日，家住
城南社区的李女士打来电话。
"""


def test_the_papers_own_line_set_apart_under_the_masthead_is_furniture() -> None:
    art = first_article(_HOTLINE_UNDER_MASTHEAD)
    assert art.kicker == "百姓热线"
    assert art.headline == "老街排水沟堵了谁来管？"
    assert art.byline is not None and art.byline.reporters == ("林岚",)


# ------------------------------------------- the last of a story's parts labelled in 【】

_LABELLED_PARTS = """
百姓热线
老街排水沟堵了谁来管？
本报记者　林　岚
【读者来电】
　　“老街西头的排水沟堵了一个多月，一下雨污水
就漫到路面上，走路都得绕着走。”6月2日，家住
城南社区的李女士打来电话。
【记者走访】
　　6月3日上午，记者来到老街西头，看到排水沟
里淤积了大量泥沙和垃圾。附近商户说，沟渠年久
失修，多次反映未果。
【部门答复】
　　城南街道相关负责人表示，已安排环卫人员对
排水沟进行清淤。6月5日，排水沟恢复畅通。

防汛安全提示：
汛期不去河边　雨天远离低洼
——县水利局提醒群众注意防范
记者　周　涛　通讯员　吴　凡
　　本报讯　入汛以来，我县降雨明显增多。县水利局
提醒，沿河群众要注意防范。
"""


def test_the_last_labelled_part_stays_in_its_story() -> None:
    items = read_items(_LABELLED_PARTS)
    assert len(items) == 2
    art = first_article(_LABELLED_PARTS)
    assert [s.text for s in art.subheads] == ["读者来电", "记者走访", "部门答复"]
    assert len(art.paragraphs) == 3
    assert art.paragraphs[-1].startswith("城南街道")


# ------------------------------------------- where to place a notice, at the page's foot

_NOTICES_FOOT = """08
公告
安平日报
2026年5月12日　星期二

招聘启事
　　因业务发展需要，我公司现招聘仓库管理员2名，要求高中
以上学历，身体健康。有意者请携带身份证到公司面试。
安平县顺达物流有限公司
2026年5月12日

登报声明、公告请到安平日报社广告部（城关镇育才路18号）　电话：0311-5550199
"""


def test_where_to_place_a_notice_at_the_foot_is_furniture() -> None:
    items = read_items(_NOTICES_FOOT)
    assert [type(item).__name__ for item in items] == ["Notice"]
    assert items[0].text.endswith("2026年5月12日")
