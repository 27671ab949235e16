"""Failure class rounds 27-29 showed on front pages (issue 10), fixer ``fixlast2``: the desk line
in the masthead led by the editor-in-chief on duty (值班总编：… 责任编辑：…), alone or after the
page's label and section, read as the first story's head. Snippets written for these tests in the
style of city dailies' front pages (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

import pytest

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

_PAPER = """青溪日报
QINGXI DAILY
中共青溪市委机关报　　青溪日报社出版
2026年3月11日　星期三　　今日8版
"""

_STORY = """
春耕备耕全面铺开
全市落实粮食播种面积120万亩
　　本报讯（记者　赵　明　通讯员　钱　亮）3月10日，记者从市农业农村局获悉，
全市春耕备耕工作全面铺开，种子、化肥等农资储备充足，可满足全年生产需要。
　　今年，我市将继续推进高标准农田建设，新建高标准农田8万亩。
"""

_DESK_LINES = (
    # after the page's label and section, on the same line
    "第1版　要闻　　值班总编：孙　平　　责任编辑：李　娜\n",
    # on a line of its own under them, with the layout's credit
    "A1　要闻\n值班总编：周建国　　责任编辑：何 静　　版式：陈 晨\n",
    # the deputy on duty
    "第1版　要闻\n值班副总编：吴　涛　　责任编辑：郑　洁\n",
)


@pytest.mark.parametrize("desk", _DESK_LINES)
def test_the_duty_editor_in_chiefs_desk_line_is_masthead_not_the_first_story(desk: str) -> None:
    text = _PAPER + desk + _STORY
    parsed = parse_page(text, 1)
    articles = [item for item in parsed.items if isinstance(item, Article)]
    assert len(articles) == 1
    story = articles[0]
    assert story.kicker == "春耕备耕全面铺开"
    assert story.headline == "全市落实粮食播种面积120万亩"
    assert story.byline is not None
    assert parsed.masthead.section == "要闻"
    assert_nothing_lost(text, parsed)


# ------------------------------------- a column of briefs led by ▶banner (某某旗), a county

_BANNER_BRIEFS = """草原晨报
2026年8月12日　星期三
第5版　旗县新闻

各地传真
▶东岭旗　8月10日，东岭旗举办首届牧民运动会，20支代表队
参赛。
▶西河右旗　该旗日前完成今年第一批牧区道路修缮，涉及嘎查
30余个，投入资金2100余万元。
▶北山旗　北山旗高标准农田示范区日前进入灌浆期，长势良好。
"""


def test_briefs_led_by_a_banner_after_an_arrow_are_one_story_each() -> None:
    parsed = parse_page(_BANNER_BRIEFS, 1)
    articles = [item for item in parsed.items if isinstance(item, Article)]
    assert [a.headline for a in articles] == ["东岭旗", "西河右旗", "北山旗"]
    assert articles[1].paragraphs[0].startswith("该旗日前")
    assert_nothing_lost(_BANNER_BRIEFS, parsed)


# ------------------------------------- a front page's excerpt closed by （全文见A2版）

_EXCERPT = """青溪日报
2026年3月11日　星期三
A1　要闻

让营商环境成为发展的“金招牌”
本报评论员
　　优化营商环境没有休止符。各级各部门要把企业的难处当作自己的难处，
把“办成一件事”落到每一个窗口、每一份材料上，以服务之“优”促进
发展之“进”。（全文见A3版）
"""


def test_a_front_excerpts_pointer_to_the_whole_piece_is_not_its_text() -> None:
    parsed = parse_page(_EXCERPT, 1)
    articles = [item for item in parsed.items if isinstance(item, Article)]
    assert len(articles) == 1
    assert articles[0].paragraphs[-1].endswith("发展之“进”。")
    assert_nothing_lost(_EXCERPT, parsed)
