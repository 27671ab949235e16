"""Failure classes rounds 31-33 showed on photo pages (issue 10, fixphoto31): photo essays headed
by their 文/图 byline, captions wrapped over lines, titled sets credited photo by photo.  Snippets
written for these tests in the style of city papers' photo pages (invented text, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------- a photo essay: title, 文/图 byline, its words, numbered captions

_ESSAY = """湖畔秋色　层林尽染
本报记者　林晓舟　文/图
　　霜降过后，西溪湿地的水杉林渐次转红，倒映在
湖面上，引来不少市民前来拍照。今年湿地新增观景
步道3公里，游客量比去年同期增长两成。
{more}
①　水杉林倒映在湖面上。
②　游客在栈道上拍照留念。
③　摄影爱好者在湖边等待日落，镜头对准远处的
水杉林。

新城区首座口袋公园开放
　　本报讯（记者 周一帆）11月2日，新城区首座口袋公园建成开放，占地1200平方米。
"""


def test_a_photo_essay_headed_by_its_文图_byline_is_one_photo_with_its_words() -> None:
    items = _items(_ESSAY.format(more=""))
    assert _layout(items) == [("photo", 1, 10), ("article", 12, 13)]
    essay = items[0]
    assert isinstance(essay, Photo)
    assert essay.title == "湖畔秋色层林尽染"
    assert essay.caption.startswith("霜降过后，西溪湿地") and "增长两成。①" in essay.caption
    assert essay.caption.endswith("镜头对准远处的水杉林。")
    assert essay.byline is not None
    assert (essay.byline.reporters, essay.byline.photographers) == (("林晓舟",), ("林晓舟",))


def test_a_story_of_several_paragraphs_keeps_its_numbered_captions_apart() -> None:
    # a story told in paragraphs is a story printed with its pictures, not an essay's words
    more = "　　据介绍，湿地还将在周末推出夜游项目，市民可通过小程序预约。\n"
    items = _items(_ESSAY.format(more=more))
    assert _layout(items) == [("article", 1, 6), ("photo", 8, 11), ("article", 13, 14)]
    story, photo = items[0], items[1]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(photo, Photo) and photo.caption.startswith("①") and photo.title is None


# ------------------------------------- a titled set, each numbered picture credited on its own

_CREDITED_SET = """运河新貌
①　晨雾中的拱宸桥。　　王　涛　摄
②　桥西历史街区，游客在老字号店铺前
排队购买糕点。
　　　　　　　　　　通讯员　陈　雪　摄
③　运河边的社区食堂开门迎客。
　　　　　　　　　　　　　　社区供图

城东街道开展垃圾分类宣传
　　本报讯（记者 杨柳）4月9日，城东街道在各小区开展垃圾分类宣传活动。
"""


def test_a_titled_set_with_a_credit_under_every_picture_is_one_photo() -> None:
    items = _items(_CREDITED_SET)
    assert _layout(items) == [("photo", 1, 7), ("article", 9, 10)]
    photo = items[0]
    assert isinstance(photo, Photo) and photo.title == "运河新貌"
    assert photo.caption.replace("\u3000", "") == (
        "①晨雾中的拱宸桥。②桥西历史街区，游客在老字号店铺前排队购买糕点。③运河边的社区食堂开门迎客。"
    )
    assert photo.byline is not None
    # (某某供图 names where a picture came from: no photographer)
    assert photo.byline.photographers == ("王涛", "陈雪")


def test_numbered_pictures_without_a_title_stay_one_photo_each() -> None:
    # (the rounds' convention: untitled, each numbered picture with its credit is a photo)
    untitled = _CREDITED_SET.replace("运河新貌\n", "\n", 1)
    items = _items(untitled)
    assert _layout(items) == [("photo", 2, 2), ("photo", 3, 5), ("photo", 6, 7), ("article", 9, 10)]
    second = items[1]
    assert isinstance(second, Photo) and second.caption.endswith("排队购买糕点。")
    assert second.byline is not None and second.byline.photographers == ("陈雪",)


# ------------------------------------- a caption wrapped over lines, closed by its own credit

_WRAPPED_CAPTION = """城际公交新线开通
　　本报讯（记者 王一）4月1日，城际公交新线开通，两地通行时间缩短至20分钟。

{title}　　4月2日，在城北新区，工人在铺设人行道彩砖。眼下，
新区各项配套工程正加紧推进，确保年内交付使用。李　明　摄

新华书店举办读书分享会
　　本报讯（记者 钱晨）4月3日，新华书店举办读书分享会，80余名读者参加。
"""


def test_a_caption_wrapped_over_lines_and_closed_by_its_credit_is_a_photo() -> None:
    items = _items(_WRAPPED_CAPTION.format(title=""))
    assert [i.type for i in items] == ["article", "photo", "article"]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title is None
    assert photo.caption.startswith("4月2日，") and photo.caption.endswith("确保年内交付使用。")
    assert photo.byline is not None and photo.byline.photographers == ("李明",)


def test_such_a_caption_under_its_title_is_a_titled_photo() -> None:
    items = _items(_WRAPPED_CAPTION.format(title="新区建设正酣\n"))
    assert [i.type for i in items] == ["article", "photo", "article"]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title == "新区建设正酣"
    assert photo.caption.startswith("4月2日，")


def test_a_title_over_a_caption_of_five_lines_and_its_credit_is_a_photo() -> None:
    text = """春茶开采
　　4月8日，在山区茶园里，
茶农们背着竹篓采摘明前
茶。今年全县茶园面积达
到两万亩。
　　　　　　通讯员　赵　敏　摄
"""
    items = _items(text)
    assert _layout(items) == [("photo", 1, 6)]
    photo = items[0]
    assert isinstance(photo, Photo) and photo.title == "春茶开采"
    assert photo.caption == "4月8日，在山区茶园里，茶农们背着竹篓采摘明前茶。今年全县茶园面积达到两万亩。"


def test_a_photo_under_a_photo_column_label_keeps_its_title() -> None:
    text = """城际公交新线开通
　　本报讯（记者 王一）4月1日，城际公交新线开通，两地通行时间缩短至20分钟。

图片新闻
金秋稻浪
　　10月5日，在城西农场，农机手驾驶收
割机抢收晚稻。
　　　　　　　　　　周　宁　摄
"""
    items = _items(text)
    assert [i.type for i in items] == ["article", "photo"]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.source.first == 4 and photo.title == "金秋稻浪"
    assert photo.caption == "10月5日，在城西农场，农机手驾驶收割机抢收晚稻。"


# ------------------------------------- a caption's first line indented, wrapped, is no title


def test_an_indented_caption_wrapped_over_two_lines_has_no_title() -> None:
    text = """城际公交新线开通
　　本报讯（记者 王一）4月1日，城际公交新线开通，两地通行时间缩短至20分钟。

　　城南一所小学里，孩子们在排练迎新
演出节目。　　　　　　　　孙　悦　摄
"""
    items = _items(text)
    photo = items[-1]
    assert isinstance(photo, Photo) and photo.title is None
    assert photo.caption == "城南一所小学里，孩子们在排练迎新演出节目。"


# ------------------------------------- an agency's picture


def test_an_agency_sent_picture_credits_its_photographer() -> None:
    text = """城际公交新线开通
　　本报讯（记者 王一）4月1日，城际公交新线开通，两地通行时间缩短至20分钟。

　　10月16日，在某县果园，农民在采摘柑橘。
中新社发（李　华　摄）
"""
    items = _items(text)
    photo = items[-1]
    assert isinstance(photo, Photo) and photo.caption == "10月16日，在某县果园，农民在采摘柑橘。"
    assert photo.byline is not None and photo.byline.photographers == ("李华",)


# ------------------------------------- a story broken by the page's running head goes on under it


def test_an_indented_paragraph_under_the_running_head_goes_on_with_the_story() -> None:
    text = """某城晚报
2026年5月6日　星期三
B3
城事

老街茶馆重开张
本报记者　吴　桐
    五一假期，老街上的百年茶馆修缮后重新开张，
不少老茶客一早就来排队。
    “还是原来的味道。”老茶客陈大爷说。
\f某城晚报　2026年5月6日　B3　城事
    据介绍，茶馆每周末还将推出“评弹之夜”专场
演出，市民可免费观看。
"""
    items = _items(text)
    assert _layout(items) == [("article", 6, 13)]
    story = items[0]
    assert isinstance(story, Article) and len(story.paragraphs) == 3
    assert story.paragraphs[-1] == "据介绍，茶馆每周末还将推出“评弹之夜”专场演出，市民可免费观看。"


# ------------------------------------- a forecast named at length (某某市旅游天气预报)


def test_a_forecast_named_at_length_is_one_weather_box() -> None:
    text = """　　本报讯　7月19日，古镇景区将举办汉服游园会。（记者 林一）

某某市旅游天气预报
某某市气象台7月16日16时发布
今天：多云，局部有雷阵雨，26℃～35℃
明天：晴间多云，27℃～36℃
"""
    items = _items(text)
    assert _layout(items)[-1] == ("weather", 3, 6)
