"""Opinion pages (round61 6102 and the like): what the masthead's rules must not take from the
page's first piece."""

from __future__ import annotations

from publisher.reader import parse_page
from tests.nothing_lost import read_articles

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
