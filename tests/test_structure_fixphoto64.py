"""Failure classes of picture pages (issue 10, fixphoto64): a picture's source credit that a long
body's name made too long to be read (某某自然保护区管理局　供图) or that names its source in brackets
(（来源：某某）), taken into the next picture; a photo news caption wrapped over more lines than three
under its 文/图 credit; a numbered set whose line on them all wraps over two lines over the one
credit; a story crediting its pictures followed by their titled captions, no credit of their own,
and a 图片新闻：title after them credited on its own; a photograph's 《title》 closed by 某某　摄,
no artwork; a table's 数据来源：… set solid under a story, no title of the picture below it; an
indented caption's first line cut mid-clause, no title.  Snippets written for these tests in the
style of trade and city papers (invented names, places and figures, no blind page's); each class
is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.nothing_lost import read_items


def _layout(items: tuple[object, ...]) -> list[tuple[str, int, int]]:
    return [(type(it).__name__.lower(), it.source.first, it.source.last) for it in items]  # type: ignore[attr-defined]


def _photo(item: object) -> Photo:
    assert isinstance(item, Photo)
    return item


# -------------------------------- a long body's 供图 closing its caption, the next closed by its own credit

_LONG_GIVER = """南江科技报
2026年10月9日　星期五
06　图片新闻
责任编辑：林　舟　美术编辑：何　静

候鸟飞抵湿地越冬
    10月6日，一群白琵鹭在南江口湿地的浅滩上觅
食。入秋以来，湿地监测到的越冬候鸟已超过3000
只。
南江口国家级湿地公园保护管理中心　供图

    10月7日，市民在一场新能源汽车展上了解电池
换电技术。展会共吸引参观者2万余人次。　　本报记者　钟　岩　摄

梯田秋收
    10月5日，青山县农民在梯田里收割晚稻。
通讯员　韦　力　摄
"""


def test_a_long_bodys_courtesy_line_closes_the_caption_above_it() -> None:
    items = read_items(_LONG_GIVER)
    assert _layout(items) == [("photo", 6, 10), ("photo", 12, 13), ("photo", 15, 17)]
    birds, show = _photo(items[0]), _photo(items[1])
    assert birds.title == "候鸟飞抵湿地越冬"
    assert birds.byline is not None and not birds.byline.photographers
    assert birds.byline.others[0].names == ("南江口国家级湿地公园保护管理中心",)
    assert show.title is None and show.caption.endswith("2万余人次。")
    assert show.byline is not None and show.byline.photographers == ("钟岩",)


# -------------------------------- （来源：某某） under an untitled caption

_SOURCE_IN_BRACKETS = """东岭矿业报
2026年6月2日　星期二
4　图片新闻
本版编辑：祁　云

    5月28日，在省地质博物馆展厅，观众
参观“百年找矿成果展”。展览共展出矿石
标本500余件。
（来源：省地质博物馆）

井下安全日
    5月27日，东岭铜矿组织井下安全检查，
技术人员逐一排查支护设施。
通讯员　黎　明　摄
"""


def test_a_source_in_brackets_under_a_caption_is_its_credit() -> None:
    items = read_items(_SOURCE_IN_BRACKETS)
    assert _layout(items) == [("photo", 6, 9), ("photo", 11, 14)]
    museum = _photo(items[0])
    assert museum.title is None and museum.caption.endswith("标本500余件。")
    assert museum.byline is not None and not museum.byline.photographers
    assert museum.byline.others[0].names == ("省地质博物馆",)


# -------------------------------- photo news wrapped over four lines over its 文/图 credit

_LONG_PHOTO_NEWS = """南江科技报
2026年10月9日　星期五
06　图片新闻
责任编辑：林　舟　美术编辑：何　静

跨海大桥“智慧眼”上岗
    10月3日，跨海大桥运营中心内，工作人员通过
监测平台查看桥面车流和结构状态。平台可对风速
、温度等数据实时分析，异常事件识别准确率超过
九成。
本报记者　许　航　文/图
"""


def test_photo_news_wrapped_over_four_lines_under_its_wrote_and_photographed_credit() -> None:
    items = read_items(_LONG_PHOTO_NEWS)
    assert _layout(items) == [("photo", 6, 11)]
    bridge = _photo(items[0])
    assert bridge.title == "跨海大桥“智慧眼”上岗"
    assert bridge.byline is not None and bridge.byline.photographers == ("许航",)


# -------------------------------- a numbered set, its line on them all wrapped, one credit

_SET_WITH_WRAPPED_CLOSING = """清川晚报
2026年8月12日　星期三
A08　影像
责编：方　圆

古镇迎来暑期客流高峰
①　游客在老街上观看皮影戏表演。
②　孩子们在非遗工坊体验拓印。
③　夜幕下，古镇灯火通明。
　　据统计，7月以来，古镇累计接待游客80余万人次，同比
增长15%。
通讯员　柯　宁　摄
"""


def test_a_sets_closing_caption_wrapped_over_two_lines_is_the_sets() -> None:
    items = read_items(_SET_WITH_WRAPPED_CLOSING)
    assert _layout(items) == [("photo", 6, 12)]
    town = _photo(items[0])
    assert town.title == "古镇迎来暑期客流高峰"
    assert town.caption.endswith("同比增长15%。")
    assert town.byline is not None and town.byline.photographers == ("柯宁",)


# -------------------------------- a story's titled captions, then a labelled photo of its own

_STORY_AND_TITLED_CAPTIONS = """清川晨报
2026年6月8日　星期一
07　影像
编辑：孙　禾

稻田插秧正当时
清川晨报记者　罗　义　文/图
　　芒种前后，全市40余万亩水稻进入插秧期。连日来，各地
田间机声隆隆，插秧机往来穿梭。
　　据农业部门统计，截至6月7日，全市已完成插秧约六成。

育秧
6月5日，河口镇育秧工厂里，工人在搬运秧盘。

机插
6月6日，东坝村农机手驾驶插秧机作业。今年全村机插率达
九成以上。

补苗
6月7日，村民在田间补插秧苗。

图片新闻：白鹭栖息清水湾
6月4日，在清水湾湿地，几只白鹭在浅滩上觅食。近年来，
湿地水质持续改善。
清川晨报记者　唐　宁　摄
"""


def test_a_storys_titled_captions_with_no_credit_are_its_pictures() -> None:
    items = read_items(_STORY_AND_TITLED_CAPTIONS)
    assert _layout(items) == [
        ("article", 6, 10),
        ("photo", 12, 13),
        ("photo", 15, 17),
        ("photo", 19, 20),
        ("photo", 22, 25),
    ]
    assert isinstance(items[0], Article)
    titles = [_photo(it).title for it in items[1:]]
    assert titles == ["育秧", "机插", "补苗", "白鹭栖息清水湾"]
    assert all(_photo(it).byline is None for it in items[1:4])
    egrets = _photo(items[4])
    assert egrets.byline is not None and egrets.byline.photographers == ("唐宁",)


# -------------------------------- 《title》　　某某　摄: a photograph, not an artwork

_TITLED_PHOTOGRAPHS = """清川晨报
2026年6月8日　星期一
07　影像
编辑：孙　禾

《湖山晨雾》　　邱建林　摄

《旧巷的黄昏》　　陶　菲　摄
"""


def test_a_photographs_title_closed_by_its_credit_is_no_artwork() -> None:
    items = read_items(_TITLED_PHOTOGRAPHS)
    assert _layout(items) == [("photo", 6, 6), ("photo", 8, 8)]
    mist, lane = _photo(items[0]), _photo(items[1])
    assert mist.caption == "《湖山晨雾》"
    assert mist.byline is not None and mist.byline.photographers == ("邱建林",)
    assert lane.byline is not None and lane.byline.photographers == ("陶菲",)


# -------------------------------- 数据来源：… under a story's table, a caption set apart under it

_SOURCE_OVER_CAPTION = """东滨晚报
2026年10月21日　星期三
A12　体育
编辑：韩　松

市运会过半　东城区暂列奖牌榜首位
　　本报讯（记者　牛　犇）市第九届运动会赛程已过半，
各代表团奖牌争夺激烈。
奖牌榜（前三名）
代表团　　金　银　铜
东城区　　41　36　30
西湖县　　38　33　29
南山区　　25　27　22
数据来源：市运会组委会

　　10月20日，市运会青少年部男子跳远比赛中，选手
腾空一跃。
本报记者　常　安　摄
"""


def test_a_tables_source_set_solid_under_it_is_no_title_of_the_picture_below() -> None:
    items = read_items(_SOURCE_OVER_CAPTION)
    assert _layout(items) == [("article", 6, 14), ("photo", 16, 18)]
    jump = _photo(items[1])
    assert jump.title is None and jump.caption.startswith("10月20日，")


# -------------------------------- an indented caption's first line, its clause cut, is no title

_INDENTED_CUT_CAPTION = """北岭钢铁报
2026年9月3日　星期四
4　影像
编辑：乌　兰

　　北岭矿区，大型电动矿卡在采场作
业。入秋以来，矿区日均运量保持在8万吨
以上。
本报记者　巴　图　摄
"""


def test_an_indented_first_line_cut_mid_clause_is_the_captions_not_a_title() -> None:
    items = read_items(_INDENTED_CUT_CAPTION)
    assert _layout(items) == [("photo", 6, 9)]
    truck = _photo(items[0])
    assert truck.title is None and truck.caption.startswith("北岭矿区，大型电动矿卡在采场作业。")
