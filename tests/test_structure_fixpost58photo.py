"""Failure class round 60 showed on a comment page (issue 10, post58photo): a cartoon printed
between two stories, its caption one line closed after a wide space by its maker's credit led by
the word for what he drew (《标题》　漫画：某某, ……　绘图／某某), was read as the kicker of the
story under it.  Snippets written for these tests in the style of city and evening papers
(invented names, places and figures, no blind page's); the shape holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.nothing_lost import read_items

_PAGE = """青河晚报
2026年5月9日　星期六
03　评论
责任编辑：周　岚

短评
办事窗口要真“一次办”
文/陈　立
　　近日，市里推出多项“一件事一次办”服务，群众办事
从跑多个窗口变为“一窗受理”。
　　检验改革成效，要看群众是不是真的少跑了腿。

{cartoon}

市民来信
小巷里的路灯该修一修了
　　编辑同志：
　　我家附近的小巷里，路灯坏了大半年，晚上出门只能
摸黑走路。希望有关部门能尽快修好。
　　城东区读者　刘桂芳
"""


def _cartoon_then_letter(cartoon: str) -> tuple[Photo, Article]:
    items = read_items(_PAGE.format(cartoon=cartoon))
    photos = [it for it in items if isinstance(it, Photo)]
    letters = [it for it in items if isinstance(it, Article) and it.headline == "小巷里的路灯该修一修了"]
    assert len(photos) == 1 and len(letters) == 1
    return photos[0], letters[0]


def test_cartoon_caption_closed_by_a_colon_led_credit_is_a_picture() -> None:
    photo, letter = _cartoon_then_letter("《路灯何时亮》　漫画：孙　燕")
    assert (photo.source.first, photo.source.last) == (13, 13)
    assert photo.caption == "《路灯何时亮》"
    assert photo.byline is not None and not photo.byline.photographers
    assert letter.kicker == "市民来信"
    assert letter.source.first == 15


def test_cartoon_caption_closed_by_a_slash_led_credit_is_a_picture() -> None:
    photo, letter = _cartoon_then_letter("一边喊减负，一边加作业　　绘图／赵一鸣")
    assert photo.caption == "一边喊减负，一边加作业"
    assert letter.kicker == "市民来信"


def test_a_sentence_naming_a_cartoon_is_no_credit() -> None:
    # (no wide space before the role word: prose that mentions a cartoon keeps its line)
    items = read_items(_PAGE.format(cartoon="　　他笑着说，这幅漫画就是他画的。"))
    assert not any(isinstance(it, Photo) for it in items)
