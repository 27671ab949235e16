"""Failure classes blind round13 showed (issue 10), fixed by fixhead: two-line heads read the
wrong way, headless briefs led by a mark and a place, a weather box kept as printed.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost


def _head(text: str) -> tuple[str | None, str, str | None]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    story = parsed.items[0]
    assert isinstance(story, Article)
    return story.kicker, story.headline, story.subheadline


# ------------------------------------------------------------ two-line heads: which is which


def test_the_name_of_a_stage_of_a_series_is_the_kicker() -> None:
    page = (
        "全国女排甲级联赛第九轮\n"
        "桐溪女排客场逆转 保住榜首位置\n"
        "■本报记者 罗文涛\n\n"
        "12月7日，甲级联赛第九轮战罢，桐溪女排客场3∶2逆转对手。\n"
    )
    assert _head(page) == ("全国女排甲级联赛第九轮", "桐溪女排客场逆转保住榜首位置", None)


def test_a_meeting_over_what_it_took_up_is_headline_and_deck() -> None:
    page = (
        "市政府召开专题会议\n"
        "研究部署冬季供暖保障和安全生产等工作\n\n"
        "本报讯（记者 韩一鸣）12月5日，市政府召开专题会议，研究部署冬季供暖保障工作。\n"
    )
    assert _head(page) == (None, "市政府召开专题会议", "研究部署冬季供暖保障和安全生产等工作")


def test_a_short_label_over_a_short_title_is_kicker_and_headline() -> None:
    page = "乡土记忆\n打年糕\n□ 许 岚\n\n\u3000\u3000腊月里，村口的石臼又响起来了。\n"
    assert _head(page) == ("乡土记忆", "打年糕", None)


def test_a_kicker_closed_by_a_dash_over_headline_and_deck_loses_the_dash() -> None:
    page = (
        "全力推进高质量发展——\n"
        "全市冬季文旅消费持续升温\n"
        "首批12条冰雪线路上线\n\n"
        "本报讯（记者 方晓）12月2日，记者从市文旅局获悉，首批12条冰雪线路上线。\n"
    )
    assert _head(page) == ("全力推进高质量发展", "全市冬季文旅消费持续升温", "首批12条冰雪线路上线")
