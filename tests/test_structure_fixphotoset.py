"""Failure classes rounds 28-30 showed (issue 10, fixphotoset): a photo page (视觉, 影像) read as
articles, its photos lost, because its credits are printed in styles the reader did not take for a
photo's (本报摄影记者 X, 特约摄影 X, 某某融媒 X 摄, 图／X, （摄影 X）, 本版图片由…提供); a caption
keeping the words or mark that point at its picture (题图：, 上图：, △); and, the other way, a
story's head read as a photo's title over its photographer's byline.  Snippets written for these
tests (invented text, no blind page's); each class is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Byline, Photo
from publisher.reader.bylines import courtesy_credit, parse_byline
from publisher.reader.caption_credits import split_photo_credit
from publisher.reader.line_kinds import PHOTO_CREDIT, classify
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------------ a photo page's credits

_PHOTO_PAGE = """稻田开镰　丰收在望
　　秋分前后，城南镇万亩稻田陆续开镰，农机手驾驶收割机来回穿梭。今年全镇水稻平均亩产预计超过600公斤。
①收割机在稻田里作业。
②村民将新收的稻谷装袋。
③孩子们在田埂上捡拾稻穗。
本报摄影记者　陈　立

秋　渔
9月20日清晨，南湖渔场的渔民撒网捕鱼，湖面上一片忙碌。
滨江区融媒　周海波　摄

9月18日，市民在滨河公园的步道上散步。
图／李　想

桂花开了
9月19日，城东公园的桂花竞相开放，不少市民前来赏花拍照。园内共种植
各类桂花树800余株，花期将持续到10月上旬。
特约摄影　许文涛
"""


def _photos(text: str) -> list[Photo]:
    items = _items(text)
    assert all(isinstance(item, Photo) for item in items), _layout(items)
    return [item for item in items if isinstance(item, Photo)]


def test_a_photo_page_keeps_every_photo_whatever_its_credit_style() -> None:
    items = _items(_PHOTO_PAGE)
    assert _layout(items) == [("photo", 1, 6), ("photo", 8, 10), ("photo", 12, 13), ("photo", 15, 18)]


def test_a_photo_essay_is_one_photo_its_text_and_numbered_captions_its_caption() -> None:
    essay = _photos(_PHOTO_PAGE)[0]
    assert essay.title == "稻田开镰丰收在望"
    assert essay.caption.startswith("秋分前后，") and essay.caption.endswith("③孩子们在田埂上捡拾稻穗。")
    assert essay.byline is not None and essay.byline.photographers == ("陈立",)


def test_each_credit_style_names_its_photographer() -> None:
    photos = _photos(_PHOTO_PAGE)
    assert [p.byline.photographers for p in photos if p.byline] == [
        ("陈立",),
        ("周海波",),
        ("李想",),
        ("许文涛",),
    ]
    assert [p.title for p in photos] == ["稻田开镰丰收在望", "秋渔", None, "桂花开了"]
    assert photos[3].caption.endswith("花期将持续到10月上旬。")


def test_the_credit_lines_read_as_photo_credits() -> None:
    for line in (
        "本报摄影记者　陈　立",
        "特约摄影　许文涛",
        "滨江区融媒　周海波　摄",
        "图／李　想",
        "首席摄影 王强",
    ):
        assert classify(line, None) == PHOTO_CREDIT, line
    assert parse_byline("滨江区融媒　周海波　摄") is not None
    # (an outlet before a name is read so only in a credit closed by 摄)
    assert parse_byline("滨江区融媒　周海波") is None


def test_a_caption_closed_by_its_credit_in_brackets_role_first() -> None:
    assert split_photo_credit("山间晨雾缭绕，古村若隐若现。（摄影　王小川）") == (
        "山间晨雾缭绕，古村若隐若现。",
        Byline(photographers=("王小川",)),
    )
    assert split_photo_credit("山间晨雾缭绕。（图/王小川）") is not None
    assert split_photo_credit("详见下表。（图为示意）") is None
    photo = _photos("晨雾古村\n山间晨雾缭绕，古村若隐若现。（摄影　王小川）\n")[0]
    assert (photo.title, photo.caption) == ("晨雾古村", "山间晨雾缭绕，古村若隐若现。")


def test_a_set_credited_to_its_source_for_the_whole_page() -> None:
    text = """消防安全进社区
①　消防员在广场上向居民演示灭火器用法。
②　社区志愿者发放消防安全手册。
本版图片由县消防救援大队提供
"""
    assert courtesy_credit("本版图片由县消防救援大队提供") is not None
    photo = _photos(text)[0]
    assert photo.title == "消防安全进社区" and _layout((photo,)) == [("photo", 1, 4)]


# ------------------------------------------------------------------ a caption's pointer


def test_a_title_pictures_pointer_is_no_part_of_its_caption() -> None:
    photo = _photos("题图：秋日稻田\n王　强　摄\n")[0]
    assert photo.caption == "秋日稻田"


def test_a_pointer_over_a_caption_wrapped_over_lines_is_no_part_of_it() -> None:
    text = (
        "上图：10月5日，城西社区的居民在新建的健身广场上跳广场舞，广场\n"
        "上一派热闹景象。　　本报记者　王　强　摄\n"
    )
    photo = _photos(text)[0]
    assert photo.caption.startswith("10月5日，") and photo.title is None


def test_a_caption_marked_under_a_story_keeps_no_mark() -> None:
    text = """古镇春来早
文/图　本报记者　陈晓岚
　　3月12日上午，西塘老街的青石板路上游人如织，沿河的茶馆里坐满了喝早茶的老人。
　　据介绍，老街今年新开文创店铺14家，夜游项目也将在4月上线。

△游客在老街的廊棚下拍照留念。

新塍镇启动春季植树活动
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。
"""
    photo = next(item for item in _items(text) if isinstance(item, Photo))
    assert photo.caption == "游客在老街的廊棚下拍照留念。"


# ------------------------------------------------------------------ a story stays a story

_STORIES = """城南新桥今日通车
本报摄影记者　王　强
　　今天上午，城南新桥正式通车，市民步行即可从老城到达新区。
　　新桥全长460米，双向四车道，两侧设有非机动车道和人行道。

“村运会”第三季观察
乡村运动会今天开幕
——12个村的400余名村民报名参赛
本报记者 刘　敏/文　张　涛/图
　　今天上午，第三季“村运会”在镇文体中心开幕，拔河、插秧接力等项目吸引了众多村民。
　　镇文体站负责人介绍，本届比赛共设14个项目，比赛将持续三天。
"""


def test_a_story_headed_over_its_photographers_byline_stays_a_story() -> None:
    items = _items(_STORIES)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 11)]
    bridge, games = items
    assert isinstance(bridge, Article) and isinstance(games, Article)
    assert bridge.headline == "城南新桥今日通车"
    assert bridge.byline is not None and bridge.byline.photographers == ("王强",)
    assert (games.kicker, games.headline) == ("“村运会”第三季观察", "乡村运动会今天开幕")
    assert games.byline is not None and games.byline.reporters == ("刘敏",)
    assert len(games.paragraphs) == 2


def test_a_source_credit_set_solid_under_a_story_is_kept_in_its_byline() -> None:
    text = """城南新桥今日通车
本报记者　王　强
　　今天上午，城南新桥正式通车，市民步行即可从老城到达新区。新桥全长460米，双向四
车道，两侧设有非机动车道和人行道。
{credit}
"""
    for credit in ("（本版图片均由某某县委宣传部提供）", "（受访者供图）"):
        story = _items(text.format(credit=credit))[0]
        assert isinstance(story, Article) and story.source.last == 5
        assert story.byline is not None and story.byline.reporters == ("王强",) and story.byline.others
