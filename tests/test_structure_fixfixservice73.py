"""Failure classes of service and listings pages (生活服务, 影视), fixer ``fixservice73``: a
forecast's 温馨提示 wrapped over two lines under its days, cut off the box as a notice; a draw's
numbers (红球：… 蓝球：…) between a lottery table's title and its prizes' rows; a box's label over
several tables set solid one under another (two draws, two channels' schedules), each an article
under the label; reviews headed by their work's title and what the note says of it (《片名》：…),
set solid one under another under the column's label; a hotline box set apart under a block
that is no item of its own, swallowed as that block's last lines.  Snippets written for these
tests in the style of city and county papers (invented names, places, figures and numbers, no
blind page's); each is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Unclassified, Weather
from tests.nothing_lost import read_articles, read_items

_TOP = """青川晚报
2026年8月8日　星期六
第6版
生活服务
"""


def _page(*blocks: str) -> str:
    return _TOP + "".join("\n" + block for block in blocks)


# ------------------------------------- 温馨提示 wrapped over two lines under a forecast's days

_FORECAST = """青川天气
青川市气象台8月8日6时发布
今天：雷阵雨转多云，南风3～4级，气温26～34℃
明天：多云，东南风3级，气温27～35℃
温馨提示：午后到傍晚雷雨天气多发，局地伴有短时
强降水，请市民外出携带雨具，注意交通安全。
"""


def test_a_tip_wrapped_over_two_lines_under_the_forecast_is_the_forecasts() -> None:
    items = read_items(_page(_FORECAST))
    assert [type(it) for it in items] == [Weather]
    weather = items[0]
    assert isinstance(weather, Weather)
    assert (weather.source.first, weather.source.last) == (6, 11)
    assert weather.text.endswith("注意交通安全。")


# ------------------------------- a label over two draws' tables: the numbers drawn, then the prizes

_DRAWS = """开奖公告
某省体育彩票七星彩第26091期开奖结果
开奖号码：3　7　1　9　0　5　8
一等奖　　　1注　　单注奖金5,000,000元
二等奖　　 12注　　单注奖金36,540元
三等奖　　 85注　　单注奖金3,000元
福利彩票快乐8第2026212期开奖结果
开奖号码：05　11　23　37　42　58　66　71
选十中十　　0注　　单注奖金5,000,000元
选十中九　　4注　　单注奖金8,000元
"""


def test_a_label_over_two_draws_set_solid_heads_two_tables() -> None:
    articles = read_articles(_page(_DRAWS))
    assert [(a.kicker, a.headline, a.source.first, a.source.last) for a in articles] == [
        ("开奖公告", "某省体育彩票七星彩第26091期开奖结果", 6, 11),
        ("开奖公告", "福利彩票快乐8第2026212期开奖结果", 12, 15),
    ]
    assert articles[0].paragraphs[0] == "开奖号码：3 7 1 9 0 5 8"
    assert len(articles[0].paragraphs) == 4
    assert articles[1].paragraphs[-1] == "选十中九 4注单注奖金8,000元"


# --------------------------------------- a label over two channels' schedules set solid

_SCHEDULES = """电视节目
青川电视台新闻综合频道（8月8日）
07:00　青川早新闻
08:30　电视剧：长河岸边（5—6）
12:00　午间新闻
19:00　青川新闻联播
某省卫视（8月8日）
09:15　电视剧：春风十里（12）
19:35　纪录片：江河万里
21:20　综艺：周末大舞台
"""


def test_a_label_over_two_channels_schedules_heads_two_tables() -> None:
    articles = read_articles(_page(_SCHEDULES))
    assert [(a.kicker, a.headline, a.source.first, a.source.last) for a in articles] == [
        ("电视节目", "青川电视台新闻综合频道（8月8日）", 6, 11),
        ("电视节目", "某省卫视（8月8日）", 12, 15),
    ]
    assert len(articles[0].paragraphs) == 4 and articles[1].paragraphs[0] == "09:15 电视剧：春风十里（12）"


_GROUPS = """赛事成绩
青川市中学生游泳比赛成绩
男子组
冠军　　城东中学　　李　涛　　28秒36
亚军　　实验中学　　周文博　　28秒91
季军　　第二中学　　何　鹏　　29秒05
女子组
冠军　　实验中学　　陈　雪　　31秒12
亚军　　城东中学　　赵小红　　31秒77
"""


def test_a_groups_short_name_between_rows_stays_a_part_of_the_table() -> None:
    # (a group's name is shorter than any table's title: the same table goes on under it)
    articles = read_articles(_page(_GROUPS))
    assert len(articles) == 1
    assert articles[0].source.last == 14


# --------------------------------- reviews headed 《work》：what the note says, under one label

_REVIEWS = """影评
《远山的回声》：把乡愁拍进山风里
文/林　夏
    影片讲述一位支教老师在大山里度过的十年，没有刻意煽情，
镜头始终克制而温柔。
    片尾孩子们齐唱山歌的段落，让不少观众在影院里红了眼眶。
《海上灯塔》：守望者的孤独与坚持
文/程　远
    这部纪录片跟拍了一位守塔人一整年的生活，风浪、孤独与
坚守都被镜头一一记录下来。
"""


def test_reviews_headed_by_their_works_title_set_solid_share_the_columns_label() -> None:
    articles = read_articles(_page(_REVIEWS))
    assert [(a.kicker, a.headline) for a in articles] == [
        ("影评", "《远山的回声》：把乡愁拍进山风里"),
        ("影评", "《海上灯塔》：守望者的孤独与坚持"),
    ]
    assert articles[1].byline is not None and articles[1].byline.reporters == ("程远",)


# ------------------------------------- a hotline box set apart under a block of its own

_HOTLINES = """便民电话
市政务服务中心　　0839-5512345
青川汽车客运站　　0839-5526789
市人民医院急诊　　0839-5510120
自来水抢修热线　　0839-5519696
燃气服务热线　　　96777
"""
_SHORT_LINES = """周末去哪儿
湖畔露营节　8月9日
老街夜市　全天开放
花海骑行　西岸绿道
"""
_LETTERS = """读者留言
东城区王先生：小区门口的路灯坏了好几天
西城区李女士：希望早高峰多开几班公交
"""


def test_a_hotline_box_set_apart_under_short_lines_is_no_part_of_them() -> None:
    items = read_items(_page(_SHORT_LINES, _HOTLINES))
    box = items[-1]
    assert isinstance(box, Article)
    assert (box.headline, box.source.first, box.source.last) == ("便民电话", 11, 16)
    assert box.paragraphs[0] == "市政务服务中心 0839-5512345"
    assert isinstance(items[0], (Advertisement, Unclassified)) and items[0].source.last == 9


def test_a_hotline_box_set_apart_under_unclassified_lines_is_no_part_of_them() -> None:
    items = read_items(_page(_LETTERS, _HOTLINES))
    box = items[-1]
    assert isinstance(box, Article)
    assert (box.headline, box.source.first, box.source.last) == ("便民电话", 10, 15)
    assert len(box.paragraphs) == 5
    assert items[0].source.last == 8
