"""Failure classes round 41 showed in head blocks (issue 10), fixed by fixkicker42: a kicker closed
by its comma, set apart over its headline (and its —— deck, cut by the column at its comma).
Snippets written for these tests in the style of city papers' news pages (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

_TOP = "青溪日报\n2026年4月9日　星期四\n第03版　要闻\n"


# ------------------------------------------------- a kicker closed by its comma


def test_a_short_lead_closed_by_its_comma_over_a_headline_is_its_kicker() -> None:
    page = (
        _TOP
        + "\n"
        + "擦亮生态底色，\n"
        + "青溪两岸新栽护堤林1200亩\n"
        + "——沿岸12个村参与管护，苗木成活率超过九成、\n"
        + "护岸效果明显\n"
        + "　　本报讯（记者　方启明）4月8日，记者从市林业局获悉，青溪两岸\n"
        + "护堤林栽种工作已全部完成。\n"
        + "\n"
        + "服务送上门，\n"
        + "城东街道开出首张“跑一次”清单\n"
        + "　　本报讯（记者　钱小雨）近日，城东街道公布首批“最多跑一次”\n"
        + "事项清单，共涉及42项民生服务。\n"
    )
    first, second = read_articles(page)
    assert first.kicker == "擦亮生态底色，"
    assert first.headline == "青溪两岸新栽护堤林1200亩"
    assert first.subheadline == "——沿岸12个村参与管护，苗木成活率超过九成、护岸效果明显"
    assert first.source.first == 5
    assert second.kicker == "服务送上门，"
    assert second.headline == "城东街道开出首张“跑一次”清单"
    assert second.subheadline is None


def test_a_body_line_ending_on_its_comma_stays_a_body_line() -> None:
    # a paragraph set flush after a blank, cut at its comma, goes on in the story: no byline under
    # the line below it confirms a head, and a clause before its comma makes it a sentence's
    page = (
        _TOP
        + "\n"
        + "青溪两岸新栽护堤林1200亩\n"
        + "　　本报讯（记者　方启明）4月8日，记者从市林业局获悉，青溪两岸\n"
        + "护堤林栽种工作已全部完成。\n"
        + "\n"
        + "沿岸村民积极参与，\n"
        + "管护责任落实到户\n"
        + "目前已建立巡查制度。\n"
    )
    (story,) = read_articles(page)
    assert story.kicker is None
    assert story.headline == "青溪两岸新栽护堤林1200亩"
    assert story.source.last == 11


def test_a_question_headline_cut_at_its_comma_has_no_comma_kicker() -> None:
    # the comma of a headline that asks (…不发货， / …吗？) cuts one headline, never a kicker's
    page = (
        _TOP
        + "\n"
        + "网购商品迟迟不发货，\n"
        + "消费者能要求赔偿吗？\n"
        + "　　本报讯（记者　钱小雨）近日，市民李女士向本报反映，她在网上\n"
        + "购买的家具一个多月仍未发货。\n"
    )
    (story,) = read_articles(page)
    assert story.kicker is None
