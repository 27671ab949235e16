"""Opinion pages (round61 6102 and the like): what the masthead's rules must not take from the
page's first piece."""

from __future__ import annotations

from publisher.model import Article, Notice
from publisher.reader import parse_page
from tests.nothing_lost import read_articles, read_items

# Class: a column's name that reads as a page's name (某某视点, 某某新闻), set apart under a
# masthead that named the page already and solid over the first piece's headline, is that piece's
# kicker, as the same name over any later piece is; the page keeps the one name its masthead prints.
COLUMN_ATOP_PAGE = """江城晚报
2026年5月12日　星期二
第06版　言论
责任编辑：赵　敏

城市视点
老旧小区加装电梯要算好“民心账”
□ 孙建平
　　近来，不少老旧小区启动加装电梯工程，有的推进顺
利，有的却因低层住户意见不一而搁浅。
　　加装电梯，说到底是一笔“民心账”。多听听低层住户
的担忧，把补偿方案摆上桌面，事情才好办。

编后
　　好事办好，离不开耐心细致的沟通。
"""


def test_column_name_set_solid_over_the_first_head_is_its_kicker() -> None:
    parsed = parse_page(COLUMN_ATOP_PAGE, 1)
    assert parsed.masthead.section == "言论"
    first = read_articles(COLUMN_ATOP_PAGE)[0]
    assert first.source.first == 6
    assert first.kicker == "城市视点"
    assert first.headline == "老旧小区加装电梯要算好“民心账”"
    assert first.paragraphs[0].startswith("近来")


def test_page_name_set_apart_under_the_masthead_is_still_the_pages() -> None:
    # (the same word alone in its block, a blank under it too, names the page as printed: no head
    # is set solid under it)
    text = """江城晚报
2026年5月12日　星期二
第06版

城市视点

老旧小区加装电梯要算好“民心账”
□ 孙建平
　　近来，不少老旧小区启动加装电梯工程，有的推进顺
利，有的却因低层住户意见不一而搁浅。
"""
    parsed = parse_page(text, 1)
    assert parsed.masthead.section == "城市视点"
    first = read_articles(text)[0]
    assert first.kicker is None
    assert first.headline == "老旧小区加装电梯要算好“民心账”"


# Class: a university's paper, 某某大学报 (its 副刊 page led by the paper's name and the page's
# number on one line), is a paper's name at the top of the page, as 某某日报 is; 某某大学学报 is a
# journal's (round57 5704).
UNIVERSITY_PAPER_PAGE = """江城大学报　　　　　　　　　　　　　　　　　　3
2026年11月6日　星期五
樱园·副刊
责任编辑：许　宁

银杏落了
□ 方知秋
　　宿舍楼下的银杏一夜之间落了满地，早起的同学踩上去，
沙沙作响。
"""


def test_university_paper_names_the_page() -> None:
    parsed = parse_page(UNIVERSITY_PAPER_PAGE, 1)
    m = parsed.masthead
    assert (m.newspaper, m.page_label, m.section, m.date) == ("江城大学报", "3", "樱园·副刊", "2026-11-06")
    essay = read_articles(UNIVERSITY_PAPER_PAGE)[0]
    assert essay.source.first == 6
    assert essay.headline == "银杏落了"


# Class: a case story told in bracketed parts (【案情】 / … / 【说法】 / …) over the next story,
# set apart and signed on top: the second bracketed label is the case story's part, never a story
# of its own signed by the next story's byline (round47 4712).
CASE_PAGE = """南川法治报
2026年6月3日　星期三
第06版　法治
责任编辑：邓　林

以案说法
租房押金迟迟不退，房东被判返还
本报记者　陆　明　通讯员　何法轩
    租期届满后房东以各种理由拒不退还押
金，租客诉至法院。近日，南川区人民法院
审结这起房屋租赁合同纠纷。
【案情】
    2024年3月，小张租住老王的房屋，约
定押金4000元。租期届满后，小张如期搬
离，老王却以墙面脏污为由拒绝退还。
    法院审理认为，老王未能举证房屋存在
损坏，遂判决其返还押金4000元。
【说法】
    承办法官提醒，租客退租时应与房东共
同验房并留存照片，房东扣押押金应有依据。

北岸：
“巡回法庭”开进村头院坝
本报通讯员　周　密　记者　陆　明
    近日，北岸镇人民法庭在村头院坝开庭
审理一起邻里纠纷，百余名村民旁听。
"""


def test_bracketed_part_label_over_the_next_signed_story_stays_the_parts() -> None:
    case, court = read_articles(CASE_PAGE)
    assert (case.source.first, case.source.last) == (6, 20)
    assert [h.text for h in case.subheads] == ["案情", "说法"]
    assert case.paragraphs[-1].startswith("承办法官提醒")
    assert court.source.first == 22
    assert court.headline == "“巡回法庭”开进村头院坝"


# Class: the desk's mailbox for contributions (本版投稿邮箱：…, 投稿邮箱：…) is the page's
# furniture, as its desk line is: set solid under the masthead's desk line (round53 5311), or
# under the signature that closed the call for contributions at the page's foot (round45 4505).
MAILBOX_TOP_PAGE = """江城晚报
2026年5月12日　星期二
第07版
江花·副刊
责任编辑：方　圆　美编：童　心
本版投稿邮箱：jchfk@163.com

桥头的老槐树
□ 孟春生
　　村口桥头那棵老槐树，比村里最老的人还要老。
　　每到五月，槐花开了，整座桥都是甜的。
"""

MAILBOX_FOOT_PAGE = """江城晚报
2026年5月12日　星期二
第06版　言论

别让“证明”难住办事群众
本报评论员　吴　凡
　　近来，一些地方仍要求群众开具各类“奇葩证明”，
办事仍要来回跑。

征稿启事
本版“言论”栏目面向社会征集时评稿件，每篇800字
以内，请注明真实姓名和联系方式。
　　　　　　　江城晚报社评论部
投稿邮箱：jcwbpl@163.com
"""


def test_mailbox_under_the_desk_line_is_the_mastheads() -> None:
    parsed = parse_page(MAILBOX_TOP_PAGE, 1)
    assert "本版投稿邮箱：jchfk@163.com" in parsed.masthead.imprint
    items = read_items(MAILBOX_TOP_PAGE)
    assert items[0].source.first == 8
    assert isinstance(items[0], Article)
    assert items[0].headline == "桥头的老槐树"


def test_mailbox_under_a_signed_call_is_the_pages_foot() -> None:
    parsed = parse_page(MAILBOX_FOOT_PAGE, 1)
    items = read_items(MAILBOX_FOOT_PAGE)
    assert [type(it).__name__ for it in items] == ["Article", "Notice"]
    call = items[-1]
    assert isinstance(call, Notice)
    assert (call.source.first, call.source.last) == (10, 13)
    assert any("jcwbpl@163.com" in line for line in parsed.masthead.imprint)


# Class: under a column of short commentaries, each closed by its writer's name in brackets, a
# head set apart over its own dateline and credit (本报讯（通讯员　某某）…) heads a news story, not
# the column's next piece: the column's label is not its kicker (round62 6202).
SIGNED_COLUMN_PAGE = """江城晚报
2026年5月12日　星期二
第06版　言论

短评
公园厕所也要“有温度”
    公园厕所少、找不到，是不少游客的烦心事。多设
指引标识，延长开放时间，小细节里有大民生。
（周　扬）
夜市摊位别“占道经营”
    夜市热闹，但不能以堵塞消防通道为代价。划线
管理、定点摆放，烟火气才能长久。
（陈　澄）

北湖：“板凳会”开到村民家门口
    本报讯（通讯员　沈　立）近日，北湖镇把议事会搬
到村民家门口，20多名村民围坐一起，商量村道拓宽的事。
"""


def test_news_story_under_a_signed_commentary_column_has_no_kicker() -> None:
    first, second, story = read_articles(SIGNED_COLUMN_PAGE)
    assert first.kicker == "短评"
    assert second.kicker == "短评"
    assert story.source.first == 15
    assert story.kicker is None
    assert story.headline == "北湖：“板凳会”开到村民家门口"
