"""Failure classes round 94 showed (issue 10, r94c): a city page's story whose paragraphs open with an
indent under a flush head, its second paragraph's first line cut before any stop (…找到了车主—— /
…), a blank line above it.  Snippets written for these tests in the style of city papers (invented
names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import read_items

# ------------------- an indented paragraph's first line with no stop in it, set apart by a blank line

_INDENTED_PARAGRAPH_APART = """南湖公园新增两处直饮水点
青溪晚报记者 林 远
  近日，南湖公园东门和荷花池旁新增两处直饮
水点，市民可免费取用。

出租车司机拾到手提包
主动送还失主
  5月8日晚，出租车司机赵师傅在车后座发现
一个黑色手提包，内有现金3000余元和一台笔记
本电脑。他立即联系了公司调度中心。

  调度员调取订单信息后很快找到了车主——
在青溪出差的王先生。当晚，王先生取回了手提
包，连声道谢。
（青溪晚报记者 林 远 通讯员 方 舟）
"""


def test_an_indented_paragraph_under_a_blank_stays_in_its_story() -> None:
    items = read_items(_INDENTED_PARAGRAPH_APART)
    stories = [it for it in items if isinstance(it, Article)]
    assert len(stories) == 2
    story = stories[1]
    assert story.source.last == 15
    assert len(story.paragraphs) == 2
    assert story.paragraphs[1].startswith("调度员调取订单信息后很快找到了车主——在青溪出差的王先生。")
    assert story.byline is not None and story.byline.reporters == ("林远",)
    assert story.byline.correspondents == ("方舟",)


# ----------------- a head line that hints at how many (又多了几家) over the line that gives the figure

_VAGUE_COUNT_OVER_FIGURE = """老城区的“邻里食堂”又多了几家
东关街道2家社区食堂本周开门迎客
青溪晚报记者 方 舟
  记者日前从东关街道获悉，辖区内的文昌社区食堂和
北门社区食堂已完成装修，本周起对居民开放。
"""


def test_a_vague_count_over_its_figure_is_the_kicker() -> None:
    story = next(it for it in read_items(_VAGUE_COUNT_OVER_FIGURE) if isinstance(it, Article))
    assert story.kicker == "老城区的“邻里食堂”又多了几家"
    assert story.headline == "东关街道2家社区食堂本周开门迎客"
    assert story.subheadline is None


# ------------------------------------- the desk's line with its phone printed with digits masked

_DESK_LINE_MASKED_PHONE = """青溪教育报
2026年4月8日  星期三
5
校园新闻
责任编辑  郑 宁   电话：0571-8726××××   电子信箱：xyjy@qxnews.com

城南小学开设“农耕课”
本报记者  林 远
    城南小学日前在校园一角开辟了两亩菜地，每个班认领一块，学生们轮流播种、浇水、记录。
"""


def test_a_desk_line_with_a_masked_phone_is_the_imprint() -> None:
    items = read_items(_DESK_LINE_MASKED_PHONE)
    assert all(isinstance(it, Article) for it in items)
    assert items[0].source.first == 7


# ------------------- a paper named after its parent and a named 版, run together as one name, at the top

_RUN_TOGETHER_PAPER = """青溪日报乡村版
2026年6月3日　星期三
03
乡村振兴
责编：方　舟　美编：林　远

“三夏”一线
东岭镇小麦收获过半
本报记者　周　敏
　　6月2日，东岭镇的麦田里，十多台收割机来回穿梭。
"""


def test_a_paper_named_with_its_run_together_edition_word_is_the_paper() -> None:
    read_items(_RUN_TOGETHER_PAPER)
    masthead = parse_page(_RUN_TOGETHER_PAPER).masthead
    assert (masthead.newspaper, masthead.edition) == ("青溪日报乡村版", None)
    # (set apart from the paper's name, the 版 is the paper's edition still)
    apart = parse_page(_RUN_TOGETHER_PAPER.replace("青溪日报乡村版", "青溪日报　乡村版", 1)).masthead
    assert (apart.newspaper, apart.edition) == ("青溪日报", "乡村版")


# ---------------------------------------- a teaser box that prints its label again over each pointer

_LABEL_OVER_EACH_TEASER = """东岭镇秋粮收购有序推进
本报讯（记者　周　敏）连日来，东岭镇各收购点秩序井然，已收购秋粮1.2万吨。

导　读
南坪：高山茶园迎来采摘季
　　全县今年春茶产量预计达800吨。
（详见第2版）
导　读
西湖：老街改造完工
　　12条背街小巷全部完成改造。
（详见第3版）
"""


def test_a_teaser_label_printed_again_over_its_pointer_is_no_title() -> None:
    teasers = [it for it in read_items(_LABEL_OVER_EACH_TEASER) if isinstance(it, Article) and it.kicker]
    assert [t.headline for t in teasers] == ["南坪：高山茶园迎来采摘季", "西湖：老街改造完工"]
    assert teasers[1].source.first == 8
    assert teasers[1].paragraphs == ("12条背街小巷全部完成改造。",)


# ------------------------- a paper's name of one character and 报, alone over the page's section word

_ONE_CHARACTER_PAPER = """07
2026年5月12日　星期二
峰报
图片新闻
编辑：方　舟　美编：林　远

初夏时节　东岭茶园采茶忙
5月10日，东岭镇茶农在茶园里采摘夏茶。
本报记者　周　敏　摄
"""


def test_a_one_character_paper_name_over_the_section_is_the_paper() -> None:
    read_items(_ONE_CHARACTER_PAPER)
    masthead = parse_page(_ONE_CHARACTER_PAPER).masthead
    assert (masthead.newspaper, masthead.section) == ("峰报", "图片新闻")
