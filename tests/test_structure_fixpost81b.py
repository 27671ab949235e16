"""Failure classes rounds 79-81 showed on special pages (专版/专题), fixer ``post81b``: a box's last
lines set solid under its text, a blank under them, read as the kicker and headline of the story
under the blank.  Snippets invented for these tests in the style of trade and county papers'
special pages (invented names, places and figures); each class is a shape, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import first_article, read_items

# ------------------------------------- a box's short last lines over a blank and the next story

_CARD_OVER_A_STORY = """青溪日报
2026年5月6日 星期三
07
专版

工匠风采
孙立新　青溪机床厂装配车间主任
　　　　省劳动模范
何晓岚　县自来水公司水质检测员
　　　　市三八红旗手

老厂房里的新工匠
本报记者　周　岚
　　走进青溪机床厂装配车间，机器轰鸣声中，一群年轻人正
围着一台新机床调试参数。
"""


def test_a_cards_last_rows_over_a_blank_stay_the_cards_not_the_next_storys_kicker() -> None:
    # the card's rows are short, head-shaped lines set solid under its text; the blank under them
    # closes the card, and the story under the blank keeps its own headline
    items = read_items(_CARD_OVER_A_STORY)
    stories = [item for item in items if isinstance(item, Article)]
    story = stories[-1]
    assert story.headline == "老厂房里的新工匠"
    assert story.kicker is None
    assert story.subheadline is None


_FACTS_OVER_A_STORY = """青溪日报
2026年5月6日 星期三
08
专版

数读春耕
全县春播面积38万亩
高标准农田新增2.1万亩
农机作业率达到92%

城南镇：“订单农业”让农户吃下定心丸
通讯员　李　晴
　　今年以来，城南镇引导种粮大户与加工企业签订收购订单，
全镇订单面积达到3.2万亩。
"""


def test_a_facts_boxs_last_lines_over_a_blank_are_not_the_next_storys_head() -> None:
    items = read_items(_FACTS_OVER_A_STORY)
    stories = [item for item in items if isinstance(item, Article)]
    story = stories[-1]
    assert story.headline == "城南镇：“订单农业”让农户吃下定心丸"
    assert story.kicker is None
    assert story.subheadline is None


# ------------------------------------- the words a verb of saying announced, quoted under its colon

_QUOTED_UNDER_SAYING = """青溪日报
2026年5月6日 星期三
07
专版

记者手记
□周　岚
　　采访中，一位在车间干了二十年的老师傅说：
“活儿难干，但只要肯琢磨，总能找到门道。”
这句朴实的话，道出了青溪工人的底气。
　　老厂房不“老”，关键在于不断创新。
"""


def test_a_quotation_under_a_verb_of_saying_goes_on_with_its_paragraph() -> None:
    # …说： ends the paragraph's first line; the quotation set flush and solid under it is the
    # words it announced, the same paragraph, however the quotation closed on its line
    story = first_article(_QUOTED_UNDER_SAYING)
    assert (
        story.paragraphs[0]
        == "采访中，一位在车间干了二十年的老师傅说：“活儿难干，但只要肯琢磨，总能找到门道。”"
    )
    assert story.paragraphs[-1] == "老厂房不“老”，关键在于不断创新。"


# ------------------------------------- a place over its headline, set apart, over a signed piece

_PLACE_OVER_ITS_STORY = """青溪日报
2026年5月6日 星期三
05
专版

全民健身　活力青溪
本报记者　周　岚
　　5月5日，全县全民健身月活动在体育公园启动。
■ 场地建设：家门口健身“不打烊”
　　今年以来，全县新建社区健身点46个，更新健身器材
1200余件，城区“15分钟健身圈”基本形成。
■ 赛事活动：全民参与“热起来”
　　全县各镇街道共组织开展广场舞、太极拳等赛事活动
86场次，参与群众3万余人次。

城南街道：
“健身+志愿”服务进社区
　　城南街道组建社会体育指导员志愿服务队，每周定期到
社区开展健身指导，今年以来共服务居民5000余人次。
（通讯员　李　晴）
"""


def test_a_place_set_apart_over_its_headline_heads_a_piece_signed_at_its_foot() -> None:
    # 城南街道： alone, set apart, over the rest of its headline and an indented paragraph: a piece
    # of its own (signed at its foot), not the text of the feature's last marked part above
    items = read_items(_PLACE_OVER_ITS_STORY)
    stories = [item for item in items if isinstance(item, Article)]
    assert len(stories) == 2
    feature, piece = stories
    assert [subhead.text for subhead in feature.subheads] == [
        "场地建设：家门口健身“不打烊”",
        "赛事活动：全民参与“热起来”",
    ]
    assert feature.paragraphs[-1].endswith("参与群众3万余人次。")
    assert "城南街道" in (piece.kicker or "") + piece.headline
    assert piece.headline.endswith("“健身+志愿”服务进社区")
    assert piece.byline is not None and piece.byline.correspondents == ("李晴",)
