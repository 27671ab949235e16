"""Failure classes of feature pages that print lists (issue 10), fixer ``fixrecipe73``.  Snippets
written for these tests (invented papers, places, names and figures, no blind page's); each class
is a shape that holds on any paper, not one page's words:

- a serial's instalment opens on the story so far, labelled 前情提要 (前情回顾, 前文回顾): the
  chapter's standfirst, its label kept apart, never the body's first paragraph;
- a column of company briefs (公司速递 / ●某某公司：公司…，拟 / …。 / ●…): the first bulleted line,
  short of the measure, holds a clause whose sentence the lines under it carry to its full stop
  over the next bullet: the brief's head run into its text, as the briefs under it are read;
- an itinerary's days (第一天：某地—某地（约60公里）, 第2天　…, D1　…) over each day's text: the
  story's numbered parts, the first one too (under the intro or right under the byline), however
  long its route runs, never a story of its own;
- a clock time cut by the wrap after its colon (…至22: / 00，…): the paragraph goes on;
- a chronology's row whose long date left one space before its event (1984年10月1日 某某建成):
  a row like the others, no group's title between the table's rows;
- a box's label said of its topic (厨房小常识, 健康小知识) set apart under a recipe with its own
  parts (▲原料 / ▲步骤): a piece of its own, as 小知识 alone set apart is;
- a recipe's parts labelled in brackets, the label run into a few words (【主料】木耳50克 /
  【调料】…各适量 / 【制作方法】 / ①…): paragraphs as printed, the label alone the next part's
  subhead, however short the ingredient and whatever numbered point opens the method;
- a box of advice (健康提示) set apart under a story whose parts are set solid and unbracketed:
  set otherwise than the story's parts, a piece of its own;
- a note's label alone (编者按) set apart under a story that indents its paragraphs: the note's,
  never a line its last paragraph runs on into (no head's test reads the label as a head).
"""

from __future__ import annotations

import pytest

from publisher.punctuation import compact
from tests.nothing_lost import first_article, read_articles

_TOP = """青溪日报
2026年5月12日　星期二
第6版
副刊

"""


# ------------------------------------------------- a serial's story so far


@pytest.mark.parametrize("label", ["前情提要", "前情回顾", "前文回顾"])
def test_the_story_so_far_is_the_instalments_standfirst(label: str) -> None:
    page = (
        _TOP
        + "长篇小说连载\n山那边的村庄\n第九章　秋收（二）\n□ 林远山\n"
        + f"{label}：石岭村的老支书退休后，村里选出了年轻的新支书。新支书想修一条进山的路，"
        + "却遇到了不少阻力……\n"
        + "    天还没亮，村口的老槐树下就聚了几个人。\n"
        + "    “今天这事，总得有个说法。”老支书敲了敲拐杖。\n"
    )
    article = first_article(page)
    assert article.standfirst_label == label
    assert article.standfirst is not None and article.standfirst.startswith("石岭村的老支书")
    assert article.paragraphs[0] == "天还没亮，村口的老槐树下就聚了几个人。"


# ------------------------------------------------- company briefs under the column's label


def test_the_first_company_brief_keeps_its_head() -> None:
    page = (
        _TOP
        + "    市场的震荡仍将持续，投资者宜控制仓位，\n分批布局。\n\n"
        + "上市公司动态\n"
        + "●青山电子：公司5月11日晚公告，拟出资\n"
        + "2.6亿元在高新区建设新型显示模组产线，达产后\n"
        + "预计年新增营收6亿元。\n"
        + "●远帆股份：公司一季度实现净利润1.08亿元，\n"
        + "同比增长12.4%。\n"
    )
    briefs = [a for a in read_articles(page) if a.kicker == "上市公司动态"]
    assert [a.headline for a in briefs] == ["青山电子", "远帆股份"]
    assert briefs[0].paragraphs == (
        "公司5月11日晚公告，拟出资2.6亿元在高新区建设新型显示模组产线，达产后预计年新增营收6亿元。",
    )


# ------------------------------------------------- an itinerary's days


_ROUTE_TOP = """青溪日报
2026年7月3日　星期五
第5版
文旅

暑期出游
“山海”两日游线路推荐
本报记者　陈　岚
　　暑期将至，市文旅部门推出多条精品线路，记者从中选取一条，
供市民参考。
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("第一天：市区—白石湾海滨浴场（约40公里）", "第二天：白石湾—云岭古村—龙潭峡谷—返回市区（约120公里）"),
        ("第1天　市区—白石湾海滨浴场", "第2天　白石湾—云岭古村—龙潭峡谷—返回市区（约120公里）"),
        ("D1　市区—白石湾海滨浴场", "D2　白石湾—云岭古村—龙潭峡谷—返回市区（约120公里）"),
    ],
)
def test_an_itinerarys_days_are_the_storys_parts(first: str, second: str) -> None:
    page = (
        _ROUTE_TOP
        + f"{first}\n"
        + "　　上午从市区出发，沿滨海公路东行抵达白石湾，可赶海拾贝、\n品尝海鲜大排档。\n"
        + f"{second}\n"
        + "　　早餐后前往云岭古村，午后到龙潭峡谷徒步，傍晚返回市区，\n结束行程。\n"
    )
    articles = read_articles(page)
    assert len(articles) == 1
    story = articles[0]
    # (the space after a day's number is typography: the text compared without it)
    assert [compact(h.text) for h in story.subheads] == [compact(first), compact(second)]
    assert len(story.paragraphs) == 3


def test_an_itinerary_opening_on_its_first_day_under_the_byline_keeps_it_a_part() -> None:
    page = (
        _ROUTE_TOP.split("　　暑期将至")[0]
        + "第一天：青溪城区—白石湾海滨浴场—灯塔公园（约45公里）\n"
        + "　　上午从城区出发，沿滨海公路东行抵达白石湾，可赶海拾贝、\n品尝海鲜大排档。\n"
        + "第二天：白石湾—云岭古村—龙潭峡谷—返回城区（约120公里）\n"
        + "　　早餐后前往云岭古村，午后到龙潭峡谷徒步，傍晚返回城区。\n"
    )
    articles = read_articles(page)
    assert len(articles) == 1
    assert [h.text for h in articles[0].subheads] == [
        "第一天：青溪城区—白石湾海滨浴场—灯塔公园（约45公里）",
        "第二天：白石湾—云岭古村—龙潭峡谷—返回城区（约120公里）",
    ]
    assert [h.before for h in articles[0].subheads] == [0, 1]


# ------------------------------------------------- a clock time cut after its colon


def test_a_time_cut_after_its_colon_goes_on_under_it() -> None:
    page = (
        _TOP
        + "文旅速递\n"
        + "云岭古村夜游开放\n"
        + "　　7月1日起，云岭古村夜游开放时间为19:30至22:\n"
        + "00，每晚20:00有民俗表演。（记者　陈　岚）\n"
    )
    story = first_article(page)
    assert story.paragraphs == ("7月1日起，云岭古村夜游开放时间为19:30至22:00，每晚20:00有民俗表演。",)


# ------------------------------------------------- a chronology's rows


def test_a_chronologys_row_set_with_one_space_is_no_group_title() -> None:
    page = (
        _TOP
        + "青溪县发展大事记\n"
        + "1952年3月　　青溪县人民政府成立\n"
        + "1958年9月　　青溪水库动工兴建\n"
        + "1978年12月　 县城第一条柏油路建成通车\n"
        + "1984年10月1日 青溪大桥建成通车\n"
        + "1992年5月　　撤乡建镇工作全面完成\n"
        + "2016年11月　 青溪高铁站投入运营\n"
    )
    story = first_article(page)
    assert story.headline == "青溪县发展大事记"
    assert story.subheads == ()
    assert len(story.paragraphs) == 6


# ------------------------------------------------- a box said of its topic, set apart


def test_a_topic_box_set_apart_under_a_recipe_is_a_piece_of_its_own() -> None:
    page = (
        _TOP
        + "香煎带鱼\n"
        + "□ 陈　岚\n"
        + "▲原料\n"
        + "　　带鱼500克，姜片、葱段、料酒、盐各适量。\n"
        + "▲步骤\n"
        + "　　①带鱼洗净切段，加料酒、盐和姜片腌制15分钟。\n"
        + "　　②平底锅烧热倒油，放入带鱼段小火煎至两面金黄即可。\n"
        + "\n"
        + "厨房小常识\n"
        + "　　带鱼表面的银白色物质是一层油脂，营养丰富，清洗时不必刮掉，\n"
        + "用温水轻轻冲洗即可。\n"
    )
    recipe, box = read_articles(page)
    assert [h.text for h in recipe.subheads] == ["原料", "步骤"]
    assert recipe.paragraphs[-1] == "②平底锅烧热倒油，放入带鱼段小火煎至两面金黄即可。"
    assert box.headline == "厨房小常识"
    assert box.paragraphs == (
        "带鱼表面的银白色物质是一层油脂，营养丰富，清洗时不必刮掉，用温水轻轻冲洗即可。",
    )


# ------------------------------------------------- a recipe's parts labelled in brackets


def test_a_recipes_bracketed_labels_run_into_their_ingredients_are_its_parts() -> None:
    page = (
        _TOP
        + "凉拌木耳\n"
        + "□ 陈　岚\n"
        + "【主料】木耳50克\n"
        + "【调料】蒜末、香醋、生抽、香油、盐各适量\n"
        + "【制作方法】\n"
        + "　　①木耳泡发洗净，焯水1分钟后过凉，沥干水分。\n"
        + "　　②加入蒜末、香醋、生抽、香油和盐拌匀即可。\n"
    )
    articles = read_articles(page)
    assert len(articles) == 1
    recipe = articles[0]
    assert recipe.headline == "凉拌木耳"
    assert recipe.paragraphs[:2] == ("【主料】木耳50克", "【调料】蒜末、香醋、生抽、香油、盐各适量")
    assert [h.text for h in recipe.subheads] == ["制作方法"]
    assert recipe.paragraphs[2] == "①木耳泡发洗净，焯水1分钟后过凉，沥干水分。"


# ------------------------------------------------- advice set apart under parts set solid


def test_advice_set_apart_under_a_recipe_set_in_solid_parts_is_a_box_of_its_own() -> None:
    page = (
        _TOP
        + "老街糯米饭\n"
        + "本报记者　陈　岚\n"
        + "　　做好糯米饭，关键在泡米和蒸制的火候。\n"
        + "食材准备\n"
        + "　　糯米500克，腊肉100克，香菇6朵，生抽、盐各适量。\n"
        + "制作步骤\n"
        + "　　糯米提前浸泡6小时，与炒香的腊肉、香菇拌匀，上锅蒸40分钟即可。\n"
        + "\n"
        + "健康提示\n"
        + "　　糯米黏性大，不易消化，老人和儿童一次不宜多吃。\n"
    )
    recipe, box = read_articles(page)
    assert [h.text for h in recipe.subheads] == ["食材准备", "制作步骤"]
    assert box.headline == "健康提示"
    assert box.paragraphs == ("糯米黏性大，不易消化，老人和儿童一次不宜多吃。",)


# ------------------------------------------------- a note's label set apart under the instalment


def test_a_notes_label_set_apart_under_an_instalment_never_runs_into_its_prose() -> None:
    page = (
        _TOP
        + "长篇小说连载\n山那边的村庄\n第九章　秋收（二）\n□ 林远山\n"
        + "　　天还没亮，村口的老槐树下就聚了几个人。\n"
        + "　　“今天这事，总得有个说法。”老支书敲了敲拐杖。\n"
        + "\n"
        + "编者按\n"
        + "　　《山那边的村庄》讲述石岭村三代人的故事，本报每周二连载。\n"
    )
    articles = read_articles(page)
    assert articles[0].paragraphs[-1] == "“今天这事，总得有个说法。”老支书敲了敲拐杖。"
    assert [a.standfirst_label for a in articles] == [None, "编者按"]
