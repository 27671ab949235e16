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
    # the column's label is no part of the title (round13 convention: the photo has no field for it)
    assert photo.title == "城南小学开展消防演练"
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
    assert weather.text.startswith("天气预报\n今天：阴转小雨") and weather.text.endswith("青山县气象台发布")


def test_a_bracketed_photo_label_alone_over_a_titled_photo() -> None:
    text = "【图说】\n银杏大道迎来最美时节\n11月5日，市民在人民路银杏大道拍照留念。\n本报记者 吴涛 摄\n"
    (photo,) = _items(text)
    assert isinstance(photo, Photo)
    # the label is in the photo's lines, not its title (round13 convention, as for 图片新闻)
    assert (photo.source.first, photo.title, photo.caption) == (
        1,
        "银杏大道迎来最美时节",
        "11月5日，市民在人民路银杏大道拍照留念。",
    )


# ------------------------------------------ photos under a story: numbered captions run on, a lender's credit

_REPORT_THEN_PHOTO_GROUP = """龙舟赛在运河开桨
本报讯（记者 方远）6月1日，第五届运河龙舟邀请赛开赛，16支队伍参赛。

最终，东塘村队以2分31秒夺得500米直道赛冠军。

组图：浆声阵阵闹端午
①各队在起点线集结。②东塘村队冲过终点。③岸边观众为选手加油。
（本报记者 许晴 钱多多 摄）
"""


def test_numbered_captions_run_on_in_one_line_under_a_title_and_credit_are_one_photo() -> None:
    items = _items(_REPORT_THEN_PHOTO_GROUP)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 8)]
    story, photo = items
    assert isinstance(story, Article) and isinstance(photo, Photo)
    assert story.byline == Byline(reporters=("方远",))  # the pictures are not the report's
    assert photo.title == "组图：浆声阵阵闹端午"
    assert photo.caption == "①各队在起点线集结。②东塘村队冲过终点。③岸边观众为选手加油。"
    assert photo.byline is not None and photo.byline.photographers == ("许晴", "钱多多")


def test_a_caption_alone_closed_by_the_lender_in_brackets_is_a_photo() -> None:
    text = (
        "古桥修缮完工\n本报讯（记者 方远）历时5个月，永安桥修缮工程完工。（记者 方远）\n\n"
        "修缮后的永安桥。（村民供图）\n\n航拍新城。（资料图片）\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("photo", 4, 4), ("photo", 6, 6)]
    first, second = items[1], items[2]
    assert isinstance(first, Photo) and isinstance(second, Photo)
    assert (first.title, first.caption) == (None, "修缮后的永安桥。")
    assert first.byline == Byline(others=(Credit("供图", ("村民",)),))
    assert second.caption == "航拍新城。"


def test_a_dateline_of_a_paper_and_its_app_joined_by_a_slash() -> None:
    text = "海滨栈道开放\n\n晨港新闻/晨港晚报5月3日讯 今天上午，全长4公里的海滨栈道对市民开放。\n"
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.dateline == "晨港新闻/晨港晚报5月3日讯"
    assert story.paragraphs == ("今天上午，全长4公里的海滨栈道对市民开放。",)


# ------------------------------------------ boxes: a forecast with no measure, a QR prompt among contacts

_FARM_FORECAST_AND_QR = """▲青溪：茶园冬管忙
本报讯 近日，青溪乡组织茶农开展冬季修剪，覆盖茶园3000亩。（记者 程丽）

农业气象
预计未来三天，全市以阴雨天气为主，山区有雨夹雪，各地要做好设施大棚加固和越冬作物防冻。
云岭市气象台12月2日发布

云岭日报新闻热线：12345678 扫码关注“云岭发布”
"""


def test_a_forecast_under_its_heading_signed_by_its_issuer_needs_no_measure() -> None:
    items = _items(_FARM_FORECAST_AND_QR)
    assert _layout(items) == [("article", 1, 2), ("weather", 4, 6), ("qr_prompt", 8, 8)]
    weather = items[1]
    assert isinstance(weather, Weather)
    assert weather.text.startswith("农业气象\n预计未来三天") and weather.text.endswith(
        "云岭市气象台12月2日发布"
    )


def test_a_qr_prompt_inside_an_advertisement_stays_the_advertisements() -> None:
    text = "惠民眼镜店\n冬季配镜 满300减80\n咨询电话：0571-87654321 扫码预约\n地址：人民路88号\n"
    (ad,) = _items(text)
    assert _layout((ad,)) == [("advertisement", 1, 4)]


# ------------------------------------------ a column break after a full stop, paragraphs indented

_INDENTED_STORY = """冬闲变冬忙
本报讯（记者 孟凡）

　　入冬以后，河西镇的蔬菜大棚里依旧忙碌，村民们在棚内移栽辣椒苗。

　　今年，镇里新建冬季温室大棚120个，吸纳400余名村民就近务工。

村民人均月增收近3000元。

大棚里的新农人

　　28岁的王磊返乡后承包了6个大棚，今年预计收入20万元。

订单农业稳销路

　　镇里与3家超市签订供货协议，大棚蔬菜不愁卖。
"""


def test_a_line_set_flush_under_an_indented_paragraph_goes_on_with_it() -> None:
    (story,) = _items(_INDENTED_STORY)
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "入冬以后，河西镇的蔬菜大棚里依旧忙碌，村民们在棚内移栽辣椒苗。",
        "今年，镇里新建冬季温室大棚120个，吸纳400余名村民就近务工。村民人均月增收近3000元。",
        "28岁的王磊返乡后承包了6个大棚，今年预计收入20万元。",
        "镇里与3家超市签订供货协议，大棚蔬菜不愁卖。",
    )
    # subheads set flush between indented paragraphs stay subheads
    assert [s.text for s in story.subheads] == ["大棚里的新农人", "订单农业稳销路"]


def test_without_indents_a_full_stop_before_a_blank_ends_the_paragraph() -> None:
    text = _INDENTED_STORY.replace("\u3000", "")
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.paragraphs[1:3] == (
        "今年，镇里新建冬季温室大棚120个，吸纳400余名村民就近务工。",
        "村民人均月增收近3000元。",
    )
