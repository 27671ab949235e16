"""Failure classes round 76 showed on trade papers' service pages (issue 10, fixround76).  Snippets
written for these tests (invented names, numbers and places, no blind page's); each class is a
shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from publisher.reader.signoffs import reprint_source_line
from tests.nothing_lost import first_article, read_items

# ------------------------------------------- a box's label set apart under a box's last line

_HOTLINE_THEN_TIPS = """
●读者来信
提取公积金要带哪些材料？
    编辑同志：我准备在老家购房，想提取公积金付首付，
需要准备什么？——南城读者　王先生
    答：购房提取须提供购房合同、付款凭证和本人身份
证，可在公积金App线上申请，一般三个工作日内到账。

公积金服务热线
住房公积金服务热线　　12329
线上服务平台　　　　　公积金App
政务服务热线　　　　　12345
受理时间：工作日9:00—17:00（部分网点周六上午照常受理）

理财小贴士
定期存款可提前部分支取
    储户急需用钱时，多数银行允许定期存款提前支取一部
分，其余部分仍按原定期限和利率计息，支取次数一般以
一次为限。
（周　南）
"""


def test_a_box_label_set_apart_is_no_deck_of_the_line_above() -> None:
    items = read_items(_HOTLINE_THEN_TIPS)
    _letter, hotline, tips = items
    assert isinstance(hotline, Article) and isinstance(tips, Article)
    assert hotline.headline == "公积金服务热线"
    assert hotline.paragraphs[-1].startswith("受理时间")
    assert tips.kicker == "理财小贴士"
    assert tips.headline == "定期存款可提前部分支取"


# ------------------------------------------- a trade paper's name ending in 邮电报, its foot's newsroom line

_TRADE_FRONT = """南方邮电报
NANFANG YOUDIAN BAO
2026年3月4日　星期三
今日4版　　第5021期
1
要闻

光纤宽带进村入户工程全面收官
　　本报讯（记者　方　远）记者日前从省通信管理局获悉，
全省行政村已全部通达千兆光纤，农村家庭宽带用户突破
八百万户。

南方邮电报社出版　　社址：南州市东湖路8号
新闻热线：020-61234567　　订阅：全国各地邮局
"""


def test_a_paper_named_for_post_and_telecoms_is_read_with_its_foot() -> None:
    parsed = parse_page(_TRADE_FRONT)
    assert parsed.masthead.newspaper == "南方邮电报"
    assert parsed.masthead.page_label == "1"
    items = read_items(_TRADE_FRONT)
    assert [type(it).__name__ for it in items] == ["Article"]
    assert items[0].source.last == 11


# ------------------------------------------- a digest's piece closed by 据《…》 on its own line

_DIGEST = """
冬季取暖谨防一氧化碳中毒
文/韩　松
　　一氧化碳无色无味，不易察觉。使用燃气热水器、炭火取暖
时，务必保持室内通风，并安装一氧化碳报警器。
据《北方健康报》

为什么冬天静电特别多
　　冬季空气干燥，人体与衣物摩擦产生的电荷不易散去，触碰
金属门把手时便会“噼啪”放电。勤洗手、使用加湿器可减少静电。
"""


def test_a_source_named_by_its_title_closes_the_piece_above() -> None:
    first, second = read_items(_DIGEST)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source.last == 6
    assert second.kicker is None
    assert second.headline == "为什么冬天静电特别多"


def test_a_sentence_opened_by_a_source_is_prose() -> None:
    assert reprint_source_line("据《北方健康报》")
    assert reprint_source_line("（摘自《某某文摘》2026年第3期）")
    assert not reprint_source_line("据《北方健康报》报道，今年入冬以来")


# ------------------------------------------- an in-house paper's foot: 内部发行 beside its newsroom's line

_IN_HOUSE_FOOT = """
集团召开安全生产专题会议
　　本报讯（记者　吴　桐）3月2日，集团召开安全生产专题会议，部署
一季度安全生产重点工作，要求各单位压实安全责任。

某某矿业报社出版　地址：某某市矿区路6号　邮编：100001
新闻热线：010-66660000　　内部发行
"""


def test_an_in_house_papers_circulation_note_is_its_foot() -> None:
    items = read_items(_IN_HOUSE_FOOT)
    assert [type(it).__name__ for it in items] == ["Article"]
    assert items[0].source.last == 4


# ------------------------------------------- a page named for its notices, its running head repeated

_NOTICES_PAGE = """南州商报
2026年5月6日　星期三
9
拍卖招商公告
本版编辑：石　岩　　电话：0591-61230000

南州市某区老旧车辆处置项目拍卖公告
一、拍卖标的：报废公务车辆12辆
二、拍卖时间：2026年5月20日10:00
三、联系电话：0591-61239999
南州市某区机关事务服务中心
2026年5月5日

南州商报　2026年5月6日　拍卖招商公告
成交结果公告
一、项目编号：NZ-PM-2026-018
二、成交金额：46.2万元
南州市某区机关事务服务中心
2026年5月5日
"""


def test_a_page_named_for_its_notices_keeps_its_section_and_running_head() -> None:
    parsed = parse_page(_NOTICES_PAGE)
    assert parsed.masthead.section == "拍卖招商公告"
    items = read_items(_NOTICES_PAGE)
    assert [(type(it).__name__, it.source.first) for it in items] == [("Notice", 7), ("Notice", 15)]


# ------------------------------------------- 综合整理: one role of two words, never a name


def test_compiled_from_several_sources_is_a_role_not_a_name() -> None:
    story = first_article(
        """
各地出台配套措施
　　多地在中央政策基础上出台叠加支持措施，进一步降低企业成本。
　　本报记者　林　舟　综合整理
"""
    )
    assert story.byline is not None
    assert "综合整理" not in story.byline.reporters
