"""Failure classes blind round20 showed (issue 10): a photo page whose captions close with their
credit on the caption's own line (``……。图/X``, ``……。　　文/图　X``), and a front page's 导读 box
whose teasers point to their page with an arrow (``●title　▶2版``).
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------------ a photo page: captions closed by an inline credit

_PHOTO_PAGE = """桐溪日报
第6版　　视觉
2026年3月10日　星期二

【镜头·春到桐溪】
春风十里　桃李争艳
文/本报记者 林 舟
　　惊蛰过后，桐溪两岸桃花、李花次第开放，吸引各地游客踏青赏花。
　　据了解，今年春季赏花活动将持续至4月中旬，全县推出赏花线路8条。

溪畔桃红
　　3月8日，桐溪镇沿溪步道旁的桃花竞相绽放，游客漫步花间。图/陈　远

古桥春晓
　　清晨，石门村古石桥边薄雾缭绕，两岸垂柳吐新绿。　　文/图　许　言

　　孩子们在田埂上放风筝。（林 舟 摄）

赏花小贴士
　　错峰出行。周末赏花游客较多，建议工作日前往，并提前查询停车信息。
　　文明赏花。请勿攀折花枝、踩踏花田。
"""


def test_captions_closed_by_their_credit_on_the_same_line_are_photos() -> None:
    items = _items(_PHOTO_PAGE)
    assert _layout(items) == [
        ("article", 5, 9),
        ("photo", 11, 12),
        ("photo", 14, 15),
        ("photo", 17, 17),
        ("article", 19, 21),
    ]
    first, second, third = (p for p in items if isinstance(p, Photo))
    assert first.title == "溪畔桃红"
    assert first.caption == "3月8日，桐溪镇沿溪步道旁的桃花竞相绽放，游客漫步花间。"
    assert first.byline is not None and first.byline.photographers == ("陈远",)
    assert (second.title, second.caption) == ("古桥春晓", "清晨，石门村古石桥边薄雾缭绕，两岸垂柳吐新绿。")
    # 文/图: who wrote the caption took the picture
    assert second.byline is not None
    assert (second.byline.reporters, second.byline.photographers) == (("许言",), ("许言",))
    assert (third.title, third.caption) == (None, "孩子们在田埂上放风筝。")
    assert third.byline is not None and third.byline.photographers == ("林舟",)


def test_a_story_paragraph_naming_a_picture_is_not_a_credit() -> None:
    # 图/ inside a sentence, or a figure's reference, closes no caption
    text = """桐溪新闻
　　本报讯 近日，县文化馆举办摄影展，展出作品120幅，详情见图/表。
　　展览将持续至月底。
"""
    (story,) = _items(text)
    assert isinstance(story, Article) and len(story.paragraphs) == 2


# ------------------------------------------ a 导读 box whose teasers point with an arrow

_ARROW_TEASERS = """导读
●我县5个村入选省级未来乡村名单　▶2版
●石桥镇：“共享菜园”里种出邻里情　▶3版
●县医院新增儿科夜间门诊　►第4版
●桐溪绿道串起十二个景点　→6版

县委常委会研究部署春耕生产工作
　　本报讯（记者 林 舟）3月9日，县委常委会召开会议，研究部署春耕生产工作。
"""


def test_arrow_pointed_teasers_are_each_a_teaser_of_the_box() -> None:
    items = _items(_ARROW_TEASERS)
    assert _layout(items) == [
        ("article", 1, 2),
        ("article", 3, 3),
        ("article", 4, 4),
        ("article", 5, 5),
        ("article", 7, 8),
    ]
    teasers = [a for a in items if isinstance(a, Article)][:4]
    assert [(a.kicker, a.headline, a.paragraphs) for a in teasers] == [
        ("导读", "我县5个村入选省级未来乡村名单", ()),
        ("导读", "石桥镇：“共享菜园”里种出邻里情", ()),
        ("导读", "县医院新增儿科夜间门诊", ()),
        ("导读", "桐溪绿道串起十二个景点", ()),
    ]


# ------------------------------ a caption set flush under a story whose paragraphs are indented

_FLUSH_CAPTION = """“三伏”养生有讲究
——县中医院开设夏季养生门诊
文/图　本报记者 许 言
　　入伏以来，县中医院夏季养生门诊每天接诊300余人次，不少市民专程前来咨询调理方法。
　　医生提醒，夏季养生要顺应时令，饮食宜清淡，避免贪凉，老人和儿童尤其要注意防暑。
7月20日，市民在县中医院咨询夏季养生知识。

县图书馆延长暑期开放时间
　　本报讯 记者从县图书馆获悉，暑期每天开放时间延长至晚上9时。
"""


def test_a_caption_set_flush_under_indented_paragraphs_of_a_credited_story() -> None:
    items = _items(_FLUSH_CAPTION)
    assert _layout(items) == [("article", 1, 5), ("photo", 6, 6), ("article", 8, 9)]
    story, photo, _ = items
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(photo, Photo) and photo.caption == "7月20日，市民在县中医院咨询夏季养生知识。"


def test_a_flush_line_under_an_uncredited_story_is_its_paragraph() -> None:
    # no one is credited with a picture: the flush line is the story's last paragraph
    text = _FLUSH_CAPTION.replace("文/图　本报记者 许 言", "本报记者 许 言")
    items = _items(text)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 9)]


# ------------------------------------ a column's place-led briefs wrapped in a narrow column

_NARROW_COLUMN = """镇街动态
●石桥镇：6月3日，该镇“田间课堂”
开课，首期培训种植户120人。
（通讯员 许 言）

●花溪乡：该乡古樟公园提升工程完工，
新增绿地3万平方米。
"""


def test_a_place_led_brief_cut_by_a_narrow_column_keeps_its_place_as_head() -> None:
    items = _items(_NARROW_COLUMN)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 7)]
    assert [(a.kicker, a.headline, a.paragraphs) for a in items if isinstance(a, Article)] == [
        ("镇街动态", "石桥镇", ("6月3日，该镇“田间课堂”开课，首期培训种植户120人。",)),
        ("镇街动态", "花溪乡", ("该乡古樟公园提升工程完工，新增绿地3万平方米。",)),
    ]


def test_a_marked_head_in_two_phrases_is_no_brief_lead() -> None:
    # ●head：phrase with no clause mark at its end and no news lead: a head, not a brief's lead
    assert brief_parts_of("●石桥镇：村道亮了心也亮了") is None


def brief_parts_of(text: str) -> tuple[str, str] | None:
    from publisher.reader.line_kinds import brief_parts

    return brief_parts(text, place_lead=True)


# ---------------------------------------------- more caption shapes of photo pages and stories

_PHOTO_COLUMN = """溪口湾迎来候鸟季
　　近日，一群白鹭在溪口湾滩涂上觅食。每年冬季，都有大量候鸟在此越冬。　特约摄影　方　远

3月2日，桐溪镇石门村村民在晾晒笋干，为清明
旅游旺季备货。
通讯员 许 言 摄
"""


def test_a_credit_led_by_a_qualified_role_closes_a_caption() -> None:
    first, second = _items(_PHOTO_COLUMN)
    assert isinstance(first, Photo) and first.title == "溪口湾迎来候鸟季"
    assert first.byline is not None and first.byline.photographers == ("方远",)
    # a caption's first line opening with when it was taken and cut mid-clause is no title
    assert isinstance(second, Photo) and second.title is None
    assert second.caption == "3月2日，桐溪镇石门村村民在晾晒笋干，为清明旅游旺季备货。"


_STORY_THEN_CAPTION = """老街电梯停了一个月
■记者 林 舟 文/图

老人一个多月没下楼

“电梯一停，我妈一个多月没下过楼。”市民许女士说，家里老人今年88岁，腿脚不便。

记者了解到，该小区电梯因主板故障停运，维修资金迟迟没有落实。

社区上门做工作

昨天上午，电梯恢复运行，许女士扶着母亲坐电梯下楼晒太阳。

维修人员在调试新换的电梯控制柜。

县医院儿科开设夜间门诊
■记者 许 言
"""


def test_a_short_scene_set_apart_at_the_foot_of_a_story_with_pictures_is_a_caption() -> None:
    items = _items(_STORY_THEN_CAPTION)
    assert _layout(items)[:2] == [("article", 1, 12), ("photo", 14, 14)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.caption == "维修人员在调试新换的电梯控制柜。"


def test_a_short_last_paragraph_of_a_story_without_pictures_stays_its_paragraph() -> None:
    text = _STORY_THEN_CAPTION.replace("■记者 林 舟 文/图", "■记者 林 舟")
    items = _items(text)
    assert _layout(items)[0] == ("article", 1, 14)


# ------------------------------ a photo credit naming the picture desk after the photographer

_AGENCY_CREDIT = """长江索道迎来冬季客流高峰
12月1日，游客乘坐长江索道跨江观景。入冬以来，索道日均接待游客1.8万人次。
记者 林舟 摄/视觉桐溪

我市首批定制公交开通
本报记者 许言
　　本报讯 昨日，我市首批跨区县通勤定制公交开通。
"""


def test_a_photo_credit_followed_by_its_picture_desks_name_credits_the_photographer() -> None:
    items = _items(_AGENCY_CREDIT)
    assert _layout(items) == [("photo", 1, 3), ("article", 5, 7)]
    photo = items[0]
    assert isinstance(photo, Photo) and photo.title == "长江索道迎来冬季客流高峰"
    assert photo.byline is not None and photo.byline.photographers == ("林舟",)


# ------------------------------------------------ a page label over a section set letter-spaced

_SPACED_SECTION = """TONGXI DAILY
桐溪日报
第6版　　视　觉
2026年3月10日　星期二
主编：林 舟　责编：许晓言　组版：陈 远

春风十里　桃李争艳
本报讯 惊蛰过后，桐溪两岸桃花、李花次第开放，吸引各地游客踏青赏花。
"""


def test_a_section_set_letter_spaced_beside_the_page_label_is_the_section() -> None:
    from publisher.reader import parse_page

    parsed = parse_page(_SPACED_SECTION)
    m = parsed.masthead
    assert (m.newspaper, m.page_label, m.section, m.date) == ("桐溪日报", "第6版", "视觉", "2026-03-10")
    assert _layout(parsed.items) == [("article", 7, 8)]


# ------------------------------------ a forecast printed inside the masthead's block, its issuer under it

_FORECAST_IN_MASTHEAD = """今日4版　　第4120期
桐溪日报
中共桐溪县委机关报
1 | 要闻
今日天气：多云　8℃～17℃　东风2级
桐溪县气象台发布
2026年3月10日　星期二
国内统一连续出版物号 CN33-0099
桐溪新闻网 www.txnews.cn

县委常委会研究部署春耕生产工作
　　本报讯（记者 林 舟）3月9日，县委常委会召开会议，研究部署春耕生产工作。
"""


def test_the_masthead_goes_on_under_a_forecast_and_its_issuer() -> None:
    from publisher.reader import parse_page

    parsed = parse_page(_FORECAST_IN_MASTHEAD)
    assert [(i.type, i.source.first, i.source.last) for i in parsed.items] == [
        ("weather", 5, 6),
        ("article", 11, 12),
    ]
    assert parsed.masthead.date == "2026-03-10"


# ------------------------------------------------ the desk's credits set apart at the page's foot

_DESK_AT_FOOT = """桐溪日报
第8版　副刊
2026年3月10日　星期二

春分
文/林 舟
　　春分这天，桐溪两岸的油菜花开得正好。

本版编辑：许 言　　美编：陈 远　　投稿邮箱：txfk@163.com
"""


def test_the_desks_credits_set_apart_as_the_pages_last_line_are_furniture() -> None:
    from publisher.reader import parse_page

    parsed = parse_page(_DESK_AT_FOOT)
    assert [(i.type, i.source.first, i.source.last) for i in parsed.items] == [("article", 5, 7)]
    assert any(line.startswith("本版编辑") for line in parsed.masthead.imprint)
