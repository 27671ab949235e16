"""Failure classes blind round10 showed, part A (issue 10): a story's bare sign-off, photo news
set under a story, teaser lines, caption-only photos credited to a lender, boxes and QR lines.
Snippets written for these tests in the style of county and city papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Byline, Credit, Photo, Weather
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------------ a story signed off by a pen name

_SIGNED_OFF_THEN_COLUMN = """东城区
老旧小区加装电梯提速
本报讯 今年以来，东城区已完成老旧小区加装电梯46台，另有30台正在施工。（东宣）

街道简讯
■西湖街道为辖区独居老人安装烟感报警器200余个。

■北门社区新设“共享工具箱”，居民扫码即可借用。
"""


def test_a_bare_signoff_closes_the_story_and_the_headless_column_below_is_its_own() -> None:
    items = _items(_SIGNED_OFF_THEN_COLUMN)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 6), ("article", 8, 8)]
    story, first, second = items
    assert isinstance(story, Article) and isinstance(first, Article) and isinstance(second, Article)
    assert story.paragraphs == ("今年以来，东城区已完成老旧小区加装电梯46台，另有30台正在施工。",)
    # kept, but as a credit without a role: not a reporter
    assert story.byline == Byline(others=(Credit(role="", names=("东宣",)),))
    assert (first.kicker, first.headline, first.paragraphs) == (
        "街道简讯",
        "",
        ("西湖街道为辖区独居老人安装烟感报警器200余个。",),
    )
    assert (second.kicker, second.headline) == ("街道简讯", "")


def test_a_bracketed_note_that_names_no_one_stays_in_the_paragraph() -> None:
    text = "古镇的故事\n本报讯 老街的石板路走过了三百年，每一块都有它的来历。（待续）\n"
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.paragraphs == ("老街的石板路走过了三百年，每一块都有它的来历。（待续）",)
    assert story.byline is None


# ------------------------------------------ photo news under a story, teasers of one line

_STORY_PHOTO_TEASERS = """梅园社区开设老年食堂
■记者 郑晓 通讯员 陈一

　　本报讯 日前，梅园社区老年食堂开业，辖区70岁以上老人就餐每餐8元。

　　食堂由社区党群服务中心改建，可同时容纳60人就餐。

【图片新闻】城南小学开展消防演练
　　11月3日，城南小学组织全校师生开展消防疏散演练，600余名师生3分钟内有序撤离。　周明　摄

导读

　　▶青山镇：冬季蔬菜大棚开始采收 见第3版

　　▶县图书馆新增自助借还机 详见第5版

天气预报
今天：阴转小雨 8℃～13℃ 东北风3级
明天：小雨 7℃～11℃
青山县气象台发布
"""


def test_photo_news_led_by_its_bracketed_label_is_a_photo_not_the_storys_part() -> None:
    items = _items(_STORY_PHOTO_TEASERS)
    assert _layout(items)[:2] == [("article", 1, 6), ("photo", 8, 9)]
    story, photo = items[0], items[1]
    assert isinstance(story, Article) and isinstance(photo, Photo)
    assert len(story.paragraphs) == 2
    # the label is kept with the title, as a 图片新闻 line over a photo is
    assert photo.title == "图片新闻：城南小学开展消防演练"
    assert photo.caption.startswith("11月3日，城南小学") and photo.caption.endswith("有序撤离。")
    assert photo.byline is not None and photo.byline.photographers == ("周明",)


def test_teasers_of_one_line_each_with_where_the_story_is_then_the_forecast_box() -> None:
    items = _items(_STORY_PHOTO_TEASERS)
    assert _layout(items)[2:] == [("article", 11, 13), ("article", 15, 15), ("weather", 17, 20)]
    first, second, weather = items[2:]
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(weather, Weather)
    assert (first.kicker, first.headline, first.paragraphs) == ("导读", "青山镇：冬季蔬菜大棚开始采收", ())
    assert first.continuation == ("见第3版",)
    assert (second.kicker, second.headline, second.continuation) == (
        "导读",
        "县图书馆新增自助借还机",
        ("详见第5版",),
    )
    assert weather.text.startswith("天气预报：今天：阴转小雨") and weather.text.endswith("青山县气象台发布")


def test_a_bracketed_photo_label_alone_over_a_titled_photo() -> None:
    text = "【图说】\n银杏大道迎来最美时节\n11月5日，市民在人民路银杏大道拍照留念。\n本报记者 吴涛 摄\n"
    (photo,) = _items(text)
    assert isinstance(photo, Photo)
    assert (photo.title, photo.caption) == (
        "图说：银杏大道迎来最美时节",
        "11月5日，市民在人民路银杏大道拍照留念。",
    )
