"""The same page exported differently reads the same (benchmarks/structure_perturb.py).

Each perturbation changes the form of a page only (line ends, blank lines, indents, widths,
entities, spaces in a byline, a wrapped headline); the page's parse, moved to the new line
numbers, must not change in any scored field.  The page's own parse stands as its gold, so
these hold on pages without gold too; the blind pages' figures are the benchmark's.
"""

from __future__ import annotations

import pytest

from benchmarks import structure_blind as scorer
from benchmarks import structure_perturb as perturbations
from publisher.reading import decode_page
from tests.conftest import ROOT, SEED

PAGES = [
    SEED,
    ROOT / "tests" / "pages" / "105_qianjiang_evening_city_2023-06-12.txt",
    ROOT / "tests" / "pages" / "122_haixia_metro_b02_2025-04-08.txt",
    ROOT / "tests" / "blind" / "round5" / "507_jiaxing_pinghu_2025-03-04.txt",
    ROOT / "tests" / "blind" / "round5" / "510_huaxi_metro_b03_economy_2025-03-14.txt",
]
# Each perturbation keeps all a reader needs; the ambiguous ones remove some of it.
FORM_ONLY = [name for name in perturbations.PERTURBATIONS if name not in perturbations.AMBIGUOUS]
# Classes the reader still gets wrong (issue 10): strict, so a fix must take them off the list.
KNOWN = {
    "headline_wrapped": "a headline wrapped inside a word is read as headline and deck",
    "body_hard_wrapped": "a paragraph broken into lines of a column's width is read as many items",
}


def _known(name: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
    return pytest.param(name, marks=marks, id=name)


@pytest.fixture(scope="module")
def parses() -> dict[str, tuple[str, dict]]:
    out = {}
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        out[page.stem] = (text, perturbations.gold_of(perturbations.predict_text(text, page.name)))
    return out


@pytest.mark.parametrize("perturbation", [_known(name) for name in FORM_ONLY])
def test_a_page_exported_differently_reads_the_same(parses: dict, perturbation: str) -> None:
    lost = []
    for name, (text, gold) in parses.items():
        changed_text, moved, _ = perturbations.perturb(text, gold, perturbation)
        result = scorer.score_page(name, moved, perturbations.predict_text(changed_text))
        lost += [f"{name[:3]} {w}" for w in result.wrong]
    assert not lost, "\n".join(lost)


def test_the_perturbations_change_the_pages() -> None:
    """Each perturbation touches lines of these pages (a no-op would pass the test above)."""
    for perturbation in FORM_ONLY:
        changed = 0
        for page in PAGES:
            text = page.read_text(encoding="utf-8")
            gold = perturbations.gold_of(perturbations.predict_text(text))
            changed += perturbations.perturb(text, gold, perturbation)[2]
        assert changed >= 3, perturbation


def test_full_width_digits_and_letters_read_as_ascii() -> None:
    raw = "２０２５年３月４日 Ａ０６版\n\n同比增长９．６％，ＰＭ２．５下降。1．2025年起"
    text, _ = decode_page(raw.encode("utf-8"), "page.txt")
    # a full-width point or percent goes with its full-width digits; an ASCII list number's mark stays
    assert text == "2025年3月4日 A06版\n\n同比增长9.6%，PM2.5下降。1．2025年起"


def _heads(text: str) -> list[tuple[str | None, str | None, str | None]]:
    items = perturbations.predict_text(text)["items"]
    return [
        (i.get("kicker"), i.get("headline"), i.get("subheadline")) for i in items if i["type"] == "article"
    ]


def test_a_headline_wrapped_inside_a_figure_a_title_or_a_quantity_is_one_headline() -> None:
    """Where the print wrapped a head line no kicker or deck could end or start: inside a figure
    (1 / 2.5亿元), inside a 《title》, before a mark that closes (，…), or before a bare amount."""
    page = (
        "一季度社会消费品零售总额1\n2.5亿元\n■记者 郑海燕\n本报讯 一季度，全县消费市场回暖。\n\n"
        "越剧《梁山伯与祝\n英台》下乡巡演\n■记者 郑海燕\n本报讯 昨天，县越剧团开始下乡巡演。\n\n"
        "老街换新颜\n，居民笑开颜\n■记者 郑海燕\n本报讯 老街改造近日完工。\n\n"
        "全县招聘会送岗位\n1500余个\n■记者 郑海燕\n本报讯 昨天，全县春季招聘会举行。\n"
    )
    assert _heads(page) == [
        (None, "一季度社会消费品零售总额12.5亿元", None),
        (None, "越剧《梁山伯与祝英台》下乡巡演", None),
        (None, "老街换新颜，居民笑开颜", None),
        (None, "全县招聘会送岗位1500余个", None),
    ]


def test_two_head_lines_that_each_tell_the_news_are_headline_and_deck() -> None:
    """Set solid, a first line as long as the second or longer is not therefore wrapped: a head
    that ends its clause (a quantity after its noun, a verb's object) over a second that starts
    anew (a subject, a list of actions) is a headline and its deck."""
    page = (
        "全县今年新建乡村幼儿园12所\n新增学位3600个\n\n"
        "本报讯 记者从县教育局获悉，今年全县新建乡村幼儿园12所。\n\n"
        "城北片区启动管网改造\n更换水管、疏通雨污、修复路面\n■记者 郑海燕\n\n"
        "本报讯 城北片区管网改造昨天启动。\n"
    )
    assert _heads(page) == [
        (None, "全县今年新建乡村幼儿园12所", "新增学位3600个"),
        (None, "城北片区启动管网改造", "更换水管、疏通雨污、修复路面"),
    ]


def test_a_wrapped_brief_head_keeps_its_columns_name() -> None:
    page = (
        "县城快讯\n■城南公园健身步道延长1\n2公里\n本报讯 城南公园健身步道延长12公里。\n\n"
        "■县图书馆开放时间延长至2\n2时\n本报讯 县图书馆即日起延长开放时间。\n"
    )
    assert _heads(page) == [
        ("县城快讯", "城南公园健身步道延长12公里", None),
        ("县城快讯", "县图书馆开放时间延长至22时", None),
    ]


def test_a_subhead_with_a_comma_in_a_story_set_solid_stands_apart() -> None:
    """No blank lines between the paragraphs: a short phrase pair between two of them is a
    subhead the same as when blank lines set it off; a line cut by a column break is not."""
    story = (
        "旧厂房变身创意园\n■记者 郑海燕\n本报讯 城东一处旧厂房改造完成，昨天起对外开放。\n"
        "{sub}\n园区保留了老厂房的红砖外墙和行车轨道，新建了展厅和咖啡馆。\n"
        "据悉，园区二期工程将于明年动工，届时将新增办公空间。\n"
    )
    spaced = story.replace("\n", "\n\n").replace("■记者 郑海燕\n\n", "■记者 郑海燕\n")
    for text in (story, spaced):
        (article,) = perturbations.predict_text(text.format(sub="老厂房，新生活"))["items"]
        assert [s["text"] for s in article["subheads"]] == ["老厂房，新生活"]
        assert article["paragraphs"][1].startswith("园区保留了")
        # a paragraph's first words cut by a column break run on into its next line
        cut = text.replace("{sub}\n\n", "{sub}\n").format(sub="今年以来，园区已接待")
        (article,) = perturbations.predict_text(cut)["items"]
        assert not article["subheads"] and article["paragraphs"][1].startswith(
            "今年以来，园区已接待园区保留了"
        )


def test_a_column_name_set_solid_on_its_first_headless_brief_is_its_label() -> None:
    page = (
        "社区快讯\n5月6日起，城北社区卫生服务站周末照常开诊。\n\n"
        "近日，城北街道开通老年食堂送餐上门服务。（记者 郑海燕）\n"
    )
    items = perturbations.predict_text(page)["items"]
    assert [(i["kicker"], i["headline"] or None, i["source_lines"]) for i in items] == [
        ("社区快讯", None, [1, 2]),
        ("社区快讯", None, [4, 4]),
    ]


def test_a_head_signed_text_and_photo_over_prose_is_an_article() -> None:
    """文/摄 under a head is a byline (the writer took the photo too) when prose follows it; the
    same head, caption and credit closing a photo news stays a photo.  Entity residue at the
    paragraphs' starts changes nothing."""
    story = (
        "小城故事\n修鞋匠守摊三十年\n一双鞋底两元钱\n县融媒体记者 郑海燕 文/摄\n\n"
        "{nbsp}早上7点，老街口的修鞋摊准时支起，70岁的周师傅已经在这里守了三十年。\n\n"
        "{nbsp}“街坊的鞋坏了，总得有人修。”周师傅说。\n"
    )
    for nbsp in ("", "&nbsp;&nbsp;", "\u3000\u3000"):
        (article,) = perturbations.predict_text(story.format(nbsp=nbsp))["items"]
        assert article["type"] == "article" and article["kicker"] == "小城故事"
        assert (article["headline"], article["subheadline"]) == ("修鞋匠守摊三十年", "一双鞋底两元钱")
        assert article["byline"]["reporters"] == article["byline"]["photographers"] == ["郑海燕"]
        assert article["paragraphs"][1] == "“街坊的鞋坏了，总得有人修。”周师傅说。"
    photo_news = "老街夜市开张\n昨晚，老街夜市开张，市民在摊位前挑选小吃。\n记者 郑海燕 文/图\n\n老街入夏\n"
    assert perturbations.predict_text(photo_news)["items"][0]["type"] == "photo"
