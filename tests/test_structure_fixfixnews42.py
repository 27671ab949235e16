"""Failure classes rounds 40-42 showed on county and city news pages (issue 10), fixer
``fixnews42``: a —— deck set flush left and wrapped over two lines under a kicker and its
headline, the first line breaking inside the deck's last clause; a column of items each led by
its mark, whose fields open with the same labels (读者来电：… / 办理情况：…), read as an
interview's turns under a subhead.  Snippets written for these tests in the style of city
papers' pages (invented stories and figures, no blind page's); each class is a shape that holds
on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

_FLUSH_DECK = """青川日报
2
县域经济
2026年4月14日　星期二

抓春耕
溪口镇：十万亩坡地种上“金果子”
——“宜果则果”与“宜林则林”结合，今年
新栽优质果苗8万株
本报记者　林书远　通讯员　杜　明
　　本报讯　连日来，溪口镇各村的坡地上一派繁忙，果农们挖坑、
施肥、栽苗，抢抓节令把果苗种进地里。
　　该镇坡耕地多、土层薄，过去种粮收成低。近年来，镇里引进
龙头企业，推行“企业＋合作社＋农户”模式，果园面积逐年扩大。

城东新区开工一批民生项目
本报记者　孟　川
　　本报讯　4月12日，城东新区集中开工学校、社区卫生服务中心等
民生项目6个，总投资9.2亿元。
"""


def test_a_flush_deck_cut_inside_its_last_clause_goes_on_on_the_line_under_it() -> None:
    # the deck's first line breaks after its comma inside the clause the next line finishes: one
    # deck, under the kicker and the headline (no fourth head line, no kicker left behind)
    parsed = parse_page(_FLUSH_DECK, 1)
    assert_nothing_lost(_FLUSH_DECK, parsed)
    articles = [a for a in parsed.items if isinstance(a, Article)]
    first = articles[0]
    assert (first.source.first, first.source.last) == (6, 14)
    assert first.kicker == "抓春耕"
    assert first.headline == "溪口镇：十万亩坡地种上“金果子”"
    assert first.subheadline == "——“宜果则果”与“宜林则林”结合，今年新栽优质果苗8万株"
    assert first.byline is not None and first.byline.reporters == ("林书远",)
    assert articles[1].headline == "城东新区开工一批民生项目"
    assert articles[1].kicker is None


# ------------------------- a column of marked items, each with the same labelled fields

_MARKED_ITEMS = """江城晚报
07
民生
2026年11月5日　星期四

民声回音
◆北环路一公交站牌倾斜
　　读者来电：北环路与新华街交口的公交站牌被车撞歪，一直
没人扶正。
　　办理情况：市公交公司已于11月3日更换新站牌。
◆老街菜市场污水外溢已疏通
　　读者来电：老街菜市场后门下水道堵塞，污水流到路面，气
味难闻。
　　办理情况：街道办已联系市政部门疏通管道并清洗路面。
（晚报记者　吴　桐　整理）
"""


def test_a_columns_marked_item_under_the_last_ones_labelled_fields_is_its_next_item() -> None:
    # the items' fields open with the same labels (读者来电：, 办理情况：): two labels taking turns
    # are no interview's voices, and the mark over them leads the column's next item
    parsed = parse_page(_MARKED_ITEMS, 1)
    assert_nothing_lost(_MARKED_ITEMS, parsed)
    articles = [a for a in parsed.items if isinstance(a, Article)]
    assert [(a.source.first, a.source.last) for a in articles] == [(6, 10), (11, 15)]
    assert [a.kicker for a in articles] == ["民声回音", "民声回音"]
    assert [a.headline for a in articles] == ["北环路一公交站牌倾斜", "老街菜市场污水外溢已疏通"]
    assert all(not a.subheads for a in articles)
    assert articles[0].byline is None
    assert articles[1].byline is not None and articles[1].byline.reporters == ("吴桐",)
