"""Failure classes blind round12 showed (pages 1201-1208, issue 10): notices that open straight
on their numbered points or list their entries under bullets, an ad led by its brand in brackets,
teaser lines closed by a bare page number, and a paragraph set flush after a full stop where a
column broke. Snippets written for these tests in the style of provincial and city papers
(invented text, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Notice, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------------ notices

_NOTICES = """南岭县城南片区污水管网改造工程施工招标公告
一、招标条件：本项目已由南岭县发展和改革局批准建设，招标人为南岭县住房和城乡建设局。
二、项目概况：新建污水管网12.5公里，提升泵站2座，计划工期180日历天。
三、招标文件获取：2025年3月2日至3月8日，登录南岭县公共资源交易网下载。
招标人：南岭县住房和城乡建设局　电话：0736-5512345
2025年3月1日

作废声明
　　●南岭县友邦建材有限公司遗失公章一枚，声明作废。
　　●刘小芳遗失南岭师范学院毕业证书，编号：105341202305001234，声明作废。
"""


def test_a_titled_notice_may_open_on_its_points_and_its_entries_keep_their_bullets() -> None:
    items = _items(_NOTICES)
    assert _layout(items) == [("notice", 1, 6), ("notice", 8, 10)]
    tender, lost = items
    assert isinstance(tender, Notice) and isinstance(lost, Notice)
    assert tender.label == "南岭县城南片区污水管网改造工程施工招标公告"
    assert tender.text.startswith("一、招标条件：")
    assert tender.text.endswith("2025年3月1日")
    assert lost.label == "作废声明"
    assert lost.text.splitlines() == [
        "●南岭县友邦建材有限公司遗失公章一枚，声明作废。",
        "●刘小芳遗失南岭师范学院毕业证书，编号：105341202305001234，声明作废。",
    ]


# ------------------------------------------------------------------ an ad led by its brand

_BRAND_AD = """寻物启事
　　本人于12月1日在城东公交站遗失黑色背包一个，内有证件若干，望拾到者联系，必有酬谢。
联系人：张先生　电话：13907361234

【暖冬家】碳纤维取暖器　年末特惠
买一送一　全城免费配送
南岭县人民路88号　客服热线：400-6688-123
"""


def test_a_brand_in_brackets_over_a_poster_with_a_nationwide_number_is_an_ad() -> None:
    items = _items(_BRAND_AD)
    assert _layout(items) == [("notice", 1, 3), ("advertisement", 5, 7)]
    assert isinstance(items[1], Advertisement)


# ------------------------------------------------------------------ teasers closed by a page number

_TEASERS = """南岭县图书馆新馆开放
本报讯（记者 林 默）3日，南岭县图书馆新馆正式开放，藏书40万册，设有少儿阅览区和自习室。

本期导读
◆城南菜市场完成提质改造　　3版

◆县中学生足球联赛开赛　　第6版
"""


def test_teaser_lines_closed_by_a_page_number_set_apart_are_briefs_under_the_label() -> None:
    items = _items(_TEASERS)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 5), ("article", 7, 7)]
    first, second = items[1], items[2]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline, first.paragraphs) == ("本期导读", "城南菜市场完成提质改造", ())
    assert (second.kicker, second.headline) == ("本期导读", "县中学生足球联赛开赛")


# ------------------------------------------------------------------ a flush line after a full stop

_FLUSH_AFTER_FULL_STOP = """南岭茶叶出口创新高
　　本报讯（记者 林 默）今年前三季度，南岭县茶叶出口1.2万吨，同比增长18%，

销往欧盟和中东的绿茶占比过半。

　　县农业农村局介绍，全县新建标准化茶园3万亩，茶农人均增收2600元。

今年还将新建茶叶加工厂4座。

　　下一步，南岭将推动茶旅融合，打造一批茶文化体验点。

茶农在南岭县高山茶园采摘秋茶。（记者 林 默 摄）
"""


def test_a_flush_line_after_a_full_stop_goes_on_but_a_caption_under_the_story_does_not() -> None:
    items = _items(_FLUSH_AFTER_FULL_STOP)
    assert _layout(items) == [("article", 1, 10), ("photo", 12, 12)]
    story, photo = items
    assert isinstance(story, Article) and isinstance(photo, Photo)
    assert story.paragraphs == (
        "今年前三季度，南岭县茶叶出口1.2万吨，同比增长18%，销往欧盟和中东的绿茶占比过半。",
        "县农业农村局介绍，全县新建标准化茶园3万亩，茶农人均增收2600元。今年还将新建茶叶加工厂4座。",
        "下一步，南岭将推动茶旅融合，打造一批茶文化体验点。",
    )


# ------------------------------------------------------------------ a brief's place alone on its line

_PLACE_ON_ITS_LINE = """乡村快讯
◆东岭县：
　　全县今年新建冷链仓储设施42座，蔬菜损耗率下降近一成。（记者 林 默）

◆西河镇：
　　首届稻渔文化节日前开幕，现场签约项目6个。
"""


def test_a_briefs_place_alone_on_its_line_heads_the_brief_under_the_columns_label() -> None:
    items = _items(_PLACE_ON_ITS_LINE)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 6)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline, first.paragraphs) == (
        "乡村快讯",
        "东岭县",
        ("全县今年新建冷链仓储设施42座，蔬菜损耗率下降近一成。",),
    )
    assert first.byline is not None and first.byline.reporters == ("林默",)
    assert (second.kicker, second.headline) == ("乡村快讯", "西河镇")


# ------------------------------------------------------------------ a call for contributions

_CALL_FOR_CONTRIBUTIONS = """河边渔火
　　那年冬天，我们在河边守了一夜的渔火，父亲说，火不灭，鱼就会来。

“山河”文艺副刊征稿启事
本版长期征集散文、诗歌和随笔，来稿请注明真实姓名及联系电话。
投稿邮箱：shanhe2025@163.com
"""


def test_a_call_for_contributions_titled_with_its_page_is_a_notice() -> None:
    items = _items(_CALL_FOR_CONTRIBUTIONS)
    assert _layout(items)[-1] == ("notice", 4, 6)
    notice = items[-1]
    assert isinstance(notice, Notice) and notice.label == "“山河”文艺副刊征稿启事"
