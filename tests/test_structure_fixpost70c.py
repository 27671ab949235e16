"""Failure classes round72 showed on a law-and-police page and on special pages (issue 10), fixer
``post70c``: a kicker set apart and left open on its ellipsis (伪装熟人、虚构急事……) over the
headline it leads into; a special page's name (某某专版) alone on its line under the page number.
Snippets written for these tests in the style of city evening papers (invented names, places and
figures, no blind page's text): each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import first_article, read_items

_ELLIPSIS_KICKER = """某某晚报
2026年3月2日　星期一
06
法治
主编：张三

伪装熟人、虚构急事……
城区警方破获一起冒充熟人诈骗案
2名嫌疑人到案，追回损失5万余元
某某晚报记者　刘　洋　通讯员　城公宣
　　“我是你表哥，急需用钱……”一通电话，让市民王先生被骗5万元。近
日，城区公安分局破获这起诈骗案。
◆接到报警：“表哥”借钱
　　2月中旬，王先生接到自称表哥的电话，对方称在外地出了急事，
要求先转账。王先生转账后发现上当，立即报警。
"""


def test_a_kicker_left_open_on_its_ellipsis_leads_into_the_headline() -> None:
    # phrases listed with 、 and left open on …… set apart over the headline: the kicker, not a
    # stray line (the ellipsis leads in as a colon or a dash does)
    art = first_article(_ELLIPSIS_KICKER)
    assert art.kicker == "伪装熟人、虚构急事……"
    assert art.headline == "城区警方破获一起冒充熟人诈骗案"
    assert art.subheadline == "2名嫌疑人到案，追回损失5万余元"
    assert art.byline.reporters == ("刘洋",)


_QUOTE_CUT = """某某晚报
2026年3月2日　星期一
06
法治

“先转账，再返利……
城区警方破获一起刷单诈骗案
本报讯（记者　刘　洋）2月中旬，市民王先生被骗5万元，警方已立案侦查。
"""


def test_a_quotation_left_open_on_its_ellipsis_is_no_kicker() -> None:
    # a line opening a quotation and left open is a pull quote's or a cut sentence, never a kicker
    items = read_items(_QUOTE_CUT)
    kickers = [it.kicker for it in items if isinstance(it, Article)]
    assert "“先转账，再返利……" not in kickers


_SPECIAL_PAGE = """某州报　2026年6月5日　星期五
4
防灾减灾专版
责任编辑：张三　　版式：李四
本版由某州应急管理局协办

全州开展防灾减灾宣传周活动
本报讯（记者　刘　洋）5月12日，全州防灾减灾宣传周活动启动，各县同步开展应急演练。
"""


def test_a_special_pages_name_alone_under_its_number_is_the_section() -> None:
    # 某某专版 alone on its line in the top block: the page given over to one subject names itself
    # so, as a desk's page prints its word; the staff and sponsor lines under it stay the masthead's
    parsed = parse_page(_SPECIAL_PAGE)
    assert parsed.masthead.section == "防灾减灾专版"
    items = read_items(_SPECIAL_PAGE)
    assert [type(it).__name__ for it in items] == ["Article"]
