"""Failure classes round 36 showed in head blocks (issue 10), fixed by fixhead36.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost


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
