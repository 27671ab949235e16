"""Failure classes round 36 showed in head blocks (issue 10), fixed by fixhead36.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost


def _first_story(text: str) -> Article:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    story = parsed.items[0]
    assert isinstance(story, Article)
    return story


# ------------------------------------------------- a —— deck printed over two lines


def test_a_dashed_deck_wrapped_under_its_dash_is_one_deck_of_the_head() -> None:
    page = (
        "2026环湖自行车赛收官\n"
        "八百余名车手骑行“水乡”春色\n"
        "——团体冠军被省队收入囊中\n"
        "\u3000本地车手刷新赛会纪录\n"
        "本报记者\u3000周远航\u3000文/图\n"
        "    本报讯\u30004月12日8时，随着发令枪响，\n"
        "环湖自行车赛在湖滨广场出发。\n"
    )
    story = _first_story(page)
    assert story.source.first == 1
    assert story.kicker == "2026环湖自行车赛收官"
    assert story.headline == "八百余名车手骑行“水乡”春色"
    assert story.subheadline == "——团体冠军被省队收入囊中本地车手刷新赛会纪录"


def test_a_paragraph_indented_under_a_dashed_deck_is_no_part_of_it() -> None:
    page = (
        "环湖自行车赛收官\n"
        "——团体冠军被省队收入囊中\n"
        "\u3000\u3000本报讯\u30004月12日8时，随着发令枪响，环湖自行车赛\n"
        "在湖滨广场出发。\n"
    )
    story = _first_story(page)
    assert story.headline == "环湖自行车赛收官"
    assert story.subheadline == "——团体冠军被省队收入囊中"
    assert story.dateline == "本报讯"


# ------------------------------------------------- two head lines, no ——: which is which


def _head(text: str) -> tuple[str | None, str, str | None]:
    story = _first_story(text)
    return story.kicker, story.headline, story.subheadline


def test_a_theme_of_a_place_and_what_is_found_there_is_the_kicker() -> None:
    page = (
        "指尖上的年味\n"
        "一把剪刀剪出吉祥\n"
        "本报记者\u3000林晓帆\u3000文/图\n"
        "    腊月里，城南社区的剪纸课堂坐满了居民。\n"
    )
    assert _head(page) == ("指尖上的年味", "一把剪刀剪出吉祥", None)


def test_how_an_act_was_done_with_no_one_doing_it_is_the_kicker() -> None:
    page = (
        "以“低价理财”为名行骗\n"
        "两名被告人获刑八年\n"
        "    本报讯（记者　高　岩）　近日，某区法院审结一起诈骗案。\n"
    )
    assert _head(page) == ("以“低价理财”为名行骗", "两名被告人获刑八年", None)


def test_a_line_opening_on_an_adverb_goes_on_with_the_subject_above() -> None:
    page = (
        "无证驾驶“短途”送货\n"
        "也难逃行政处罚\n"
        "本报记者\u3000吴\u3000迪\n"
        "    本报讯\u3000近日，某区交警查处一起无证驾驶案件。\n"
    )
    assert _head(page) == (None, "无证驾驶“短途”送货也难逃行政处罚", None)


def test_a_measure_and_its_change_on_the_year_goes_on_with_what_it_measures() -> None:
    page = (
        "全省前5月快递业务\n"
        "收入同比增长12.6%\n"
        "    本报讯（记者　陶　然）　记者从省邮政管理局获悉，前5月全省快递业务收入稳步增长。\n"
    )
    assert _head(page) == (None, "全省前5月快递业务收入同比增长12.6%", None)


# ------------------------------------------------- a headline opened by a lead closed by its colon


def test_a_lead_closed_by_its_colon_under_a_label_opens_the_headline() -> None:
    page = (
        "身边好人\n"
        "青溪镇护林员周大山：\n"
        "二十年守着一片林\n"
        "通讯员　罗　平　记者　叶　舟\n"
        "    清晨六点，周大山背起水壶出了门。\n"
        "    二十年来，他走遍了林场的每一条山路。\n"
    )
    assert _head(page) == ("身边好人", "青溪镇护林员周大山：二十年守着一片林", None)


def test_a_short_name_and_a_quoted_name_over_a_line_no_longer_is_one_headline() -> None:
    page = (
        "社区“共享书房”\n"
        "圆了孩子读书梦\n"
        "本报记者\u3000方\u3000圆\n"
        "    本报讯\u3000近日，城东社区的共享书房正式开放。\n"
    )
    assert _head(page) == (None, "社区“共享书房”圆了孩子读书梦", None)


def test_a_call_to_act_on_a_quoted_name_over_a_longer_line_stays_the_kicker() -> None:
    page = (
        "守护“一江碧水”\n"
        "沿江六个乡镇退塘还湿2600亩\n"
        "本报记者\u3000方\u3000圆\n"
        "    本报讯\u3000今年以来，沿江各乡镇持续推进退塘还湿。\n"
    )
    assert _head(page) == ("守护“一江碧水”", "沿江六个乡镇退塘还湿2600亩", None)


def test_a_place_acting_on_a_quoted_name_is_a_headline_over_its_deck() -> None:
    page = (
        "我县开展“清河行动”\n"
        "为沿岸群众守护水源\n"
        "本报记者\u3000方\u3000圆\n"
        "    本报讯\u3000近日，我县开展“清河行动”。\n"
    )
    assert _head(page) == (None, "我县开展“清河行动”", "为沿岸群众守护水源")
