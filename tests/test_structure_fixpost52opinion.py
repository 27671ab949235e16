"""Class: a letter's salutation set flush under its head, the letter's first paragraph indented
under it (一封感谢信 / 尊敬的某单位： / 　　…).  The salutation is the letter's first line, never a
lead of the head, so the head opens the letter's article (round52 5208)."""

from __future__ import annotations

from tests.nothing_lost import read_articles

LETTER_PAGE = """晨光日报
2026年3月4日　星期三
第5版
评论

社区健身器材谁来修
本报记者　王　平
　　记者走访发现，小区健身器材多处损坏，物业表示将于
本月内更换维修，费用由公共维修资金列支。

写给救护车上的那位医生
尊敬的市急救中心：
　　上个月，我母亲在家中突然晕倒，是贵中心的医生护士
第一时间赶到，一路抢救，为母亲赢得了宝贵时间。我们全
家由衷感谢各位的辛勤付出！
　　　　　　　　江北区　周海燕
"""


def test_head_over_a_salutation_opens_the_letter() -> None:
    letter = read_articles(LETTER_PAGE)[-1]
    assert letter.headline == "写给救护车上的那位医生"
    assert letter.paragraphs[0] == "尊敬的市急救中心："
    assert letter.paragraphs[1].startswith("上个月")


def test_colon_lead_over_a_flush_head_line_still_leads() -> None:
    # (a lead closed by its colon, set solid over a flush headline and a byline, is still the head's)
    text = """晨光日报
2026年3月4日　星期三
第5版
评论

寒假里的新课堂：
孩子们走进田间学农事
本报记者　王　平
　　寒假期间，不少学校组织学生走进田间地头，体验
农事劳动，感受粮食来之不易。
"""
    art = read_articles(text)[0]
    assert "孩子们走进田间学农事" in (art.headline or "")


# Class: a run of em dashes alone on its line, set apart over the next piece's kicker, is a rule
# drawn across the column (page furniture), not the head of that piece (round53 5316).
RULED_PAGE = """晨光日报
2026年3月4日　星期三
第5版
评论

别让共享单车挡了盲道
文/周　静
　　不少路段的盲道上停满了共享单车，给视障人士出行带来
不便。企业和管理部门都应担起责任。

————————————
读者来信
公交站台何时能加装遮雨棚？
编辑同志：
　　我家门口的公交站台没有遮雨棚，下雨天候车很不方便，
希望有关部门尽快解决。
　　　　　　　　读者　陈文华
"""


def test_a_rule_of_em_dashes_heads_nothing() -> None:
    letter = read_articles(RULED_PAGE)[-1]
    assert letter.kicker == "读者来信"
    assert letter.headline == "公交站台何时能加装遮雨棚？"
