"""Gold decisions (issue 10): where the golds disagreed, the minority brought to the convention
the clear majority follows, on snippets written for these tests (invented text, no blind page's):

- a 数据来源：… line under a story's table or figures is a paragraph of the story (golds about
  100 to 9);
- a court's name on one line and 公告 on the next head the notice together (golds 57 to 2);
- classified ads under 【…】 labels set solid one under another are one ad each (golds 17 to 2);
- two flush one-line paragraphs set apart by a blank line, the first closed by 。, stay two
  paragraphs (golds 186 to 10), while a line cut after a comma goes on across the blank.
"""

from __future__ import annotations

from publisher.model import Advertisement, Notice
from tests.nothing_lost import first_article, read_items

_FIGURES_UNDER_A_STORY = """前三季度全县工业稳中有进

　　本报讯（记者　林　舟）记者从县统计局获悉，前三季度全县规上工业增加值同比增长6.2%。
前三季度全县主要工业指标
　　指标　　　　增速（%）
　　规上工业增加值　　6.2
　　高技术制造业增加值　　15.1
　　工业用电量　　4.8
数据来源：县统计局
　　县工信部门表示，四季度将加快技改项目投产。
"""


def test_a_source_line_under_a_storys_table_is_its_paragraph() -> None:
    story = first_article(_FIGURES_UNDER_A_STORY)
    assert "数据来源：县统计局" in story.paragraphs
    assert story.paragraphs[-1] == "县工信部门表示，四季度将加快技改项目投产。"


_COURT_OVER_ITS_LABEL = """青岚市北湖区人民法院
公　告
（2026）浙0781民初1024号
周某某：本院受理原告青岚某建材有限公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本及开庭传票。
青岚市北湖区人民法院
二〇二六年三月二日
"""


def test_a_courts_name_over_its_notice_label_heads_the_notice_with_it() -> None:
    (notice,) = read_items(_COURT_OVER_ITS_LABEL)
    assert isinstance(notice, Notice)
    assert notice.label.replace("　", "") == "青岚市北湖区人民法院公告"
    assert notice.text.split("\n")[0] == "（2026）浙0781民初1024号"


_CLASSIFIEDS_SET_SOLID = """【店面出租】
青岚市南街路口临街店面一间，60㎡，
适合零售、早餐。电话：13905781234
【旧车收购】
常年收购各类二手车，现金结算，
上门评估。电话：0578-8812345
"""


def test_bracket_labelled_ads_set_solid_are_one_ad_each() -> None:
    items = read_items(_CLASSIFIEDS_SET_SOLID)
    assert all(isinstance(item, Advertisement) for item in items)
    assert [(item.source.first, item.source.last) for item in items] == [(1, 3), (4, 6)]


_ONE_LINE_PARAGRAPHS = """老街夜市周末开张

本报讯（记者 方 岚）3月6日，青岚老街夜市正式开张，首批入驻摊位86个，涵盖小吃、文创和非遗手作。

开市首晚，夜市接待市民游客约1.2万人次，不少摊位提前售罄。

街道负责人介绍，夜市将每周五至周日开放，

营业时间为18时至23时。
"""


def test_one_line_paragraphs_set_apart_by_blanks_stay_apart_a_comma_goes_on() -> None:
    story = first_article(_ONE_LINE_PARAGRAPHS)
    assert story.paragraphs == (
        "3月6日，青岚老街夜市正式开张，首批入驻摊位86个，涵盖小吃、文创和非遗手作。",
        "开市首晚，夜市接待市民游客约1.2万人次，不少摊位提前售罄。",
        "街道负责人介绍，夜市将每周五至周日开放，营业时间为18时至23时。",
    )
