"""Failure classes blind round11 showed (issue 10): one-line photos and cartoons set between
stories with their credit after a wide space (… 某某 摄, … 某某／绘). Snippets written for these
tests in the style of opinion pages and supplements (invented text, no blind page's); each class is
a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Byline, Credit, Notice, Photo, Weather
from tests.test_structure_columns import _items, _layout

# ------------------------------------------ a one-line photo above a headed column

_POEM_PHOTO_COLUMN = """山居小记（组诗）
□林远

晨雾
雾从山脚升起
漫过了整片竹林

石桥镇秋色　陈　远　摄

读书会
《江南小镇志》
　　本书用四十余篇短文写江南小镇的街巷、河埠和手艺人，由某某出版社出版。
"""


def test_a_one_line_caption_closed_by_its_credit_is_a_photo_even_above_a_head() -> None:
    items = _items(_POEM_PHOTO_COLUMN)
    assert [kind for kind, _, _ in _layout(items)] == ["article", "photo", "article"]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert (photo.source.first, photo.source.last) == (8, 8)
    assert (photo.title, photo.caption) == (None, "石桥镇秋色")
    assert photo.byline == Byline(photographers=("陈远",))
    book = items[2]
    assert isinstance(book, Article) and book.source.first == 10


# ------------------------------------------ cartoons: a caption closed by who drew it

_OPINION_CARTOONS = """别让“留痕”变“留难”
■本报评论员

　　基层减负，减的是形式主义，不是责任担当。

“打卡”打出了新花样　　赵小川／绘

表格填了又填
一份材料要报五个部门，每个部门格式还不一样。　孙　禾　绘

来信
　　【小区路灯何时修】小区里三盏路灯坏了一个多月，晚上出行很不方便。（读者 周先生）
"""


def test_a_cartoon_with_its_drawer_after_a_wide_space_is_a_photo_not_a_story() -> None:
    items = _items(_OPINION_CARTOONS)
    layout = _layout(items)
    assert layout[:3] == [("article", 1, 4), ("photo", 6, 6), ("photo", 8, 9)]
    one, two = items[1], items[2]
    assert isinstance(one, Photo) and isinstance(two, Photo)
    assert (one.title, one.caption) == (None, "“打卡”打出了新花样")
    # who drew it is kept with its role, and is no photographer
    assert one.byline == Byline(others=(Credit("绘", ("赵小川",)),))
    assert (two.title, two.caption) == ("表格填了又填", "一份材料要报五个部门，每个部门格式还不一样。")
    assert two.byline == Byline(others=(Credit("绘", ("孙禾",)),))


def test_a_sentence_ending_in_a_word_with_hui_is_no_drawing_credit() -> None:
    text = "画里的乡愁\n本报讯 老画家用十年时间，一笔一笔细细描绘\n家乡的山水。\n"
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.paragraphs == ("老画家用十年时间，一笔一笔细细描绘家乡的山水。",)


# ------------------------------------------ a notices page: issuer over 关于…的公告, classified ads

_NOTICES_PAGE = """遗失声明
某某市东城区阳光文具店遗失营业执照正本，声明作废。

某某市东城区住房和城乡建设局
关于东湖路地块房屋征收补偿方案的公告
东建征〔2025〕8号
根据有关规定，现将东湖路地块房屋征收补偿方案公告如下：
一、征收范围：东至东湖路，西至人民路。
二、补偿方式：货币补偿或产权调换。
特此公告。
某某市东城区住房和城乡建设局
2025年10月8日

讣告
某某市第二中学退休教师王明远先生，因病于2025年10月6日逝世，享年90岁。
特此讣告。
王明远先生治丧小组
2025年10月8日

便民信息
■出租　人民路临街店面80㎡，月租5000元。电话：13800001234
■求职　本人有C1驾照，求司机工作。电话：13900005678
"""


def test_an_issuer_over_a_titled_about_notice_is_one_notice_and_the_next_stays_apart() -> None:
    items = _items(_NOTICES_PAGE)
    assert _layout(items) == [
        ("notice", 1, 2),
        ("notice", 4, 12),
        ("notice", 14, 18),
        ("advertisement", 20, 22),
    ]
    notice = items[1]
    assert isinstance(notice, Notice)
    assert notice.label == "某某市东城区住房和城乡建设局关于东湖路地块房屋征收补偿方案的公告"
    assert notice.text.startswith("东建征〔2025〕8号\n根据有关规定")
    obituary = items[2]
    assert isinstance(obituary, Notice) and obituary.label == "讣告"


def test_marked_entries_each_with_a_phone_under_a_short_label_are_one_advertisement() -> None:
    items = _items(_NOTICES_PAGE.split("\n\n")[-1])
    assert _layout(items) == [("advertisement", 1, 3)]
    # entries without phones under a label are a column of briefs, not ads
    briefs = _items(
        "社区快讯\n■东门社区开展义诊活动，服务居民200余人。\n■西门社区举办书画展，展出作品60幅。\n"
    )
    assert all(isinstance(item, Article) for item in briefs) and len(briefs) == 2


def test_a_forecast_of_city_rows_set_like_a_table_is_weather() -> None:
    text = "今日天气\n东港　多云　-5℃～6℃\n西岭　小雪　-12℃～-2℃\n北川　晴　-8℃～3℃\n某某省气象台发布\n"
    items = _items(text)
    assert _layout(items) == [("weather", 1, 5)]
    weather = items[0]
    assert isinstance(weather, Weather) and weather.text.startswith("今日天气\n东港")
