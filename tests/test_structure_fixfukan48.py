"""Failure classes round 48 showed on a literary supplement (副刊) and a photo page (issue 10),
fixer ``fixfukan48``: the paper's name and its section printed again alone between blank lines over
a column (某某晚报·某某副刊, its section's parts set solid where the top sets them apart), and a
sentence's word ending in 摄 (拍摄) broken at a line's end, read as a one-character photographer's
credit.  Snippets written for these tests in the style of city papers (invented names, places and
text, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from publisher.reader.caption_credits import split_photo_credit
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_SUPPLEMENT = """云梦晚报　　　　第8版
2026年5月10日　星期日
梦泽·副刊
责任编辑：何　青

河埠头
□ 李秋禾
　　小时候，河埠头是全村最热闹的地方。清早洗菜，
傍晚淘米，石阶被磨得发亮。
　　如今自来水进了家，河埠头也安静了。

云梦晚报·梦泽副刊

采莲记
文/陈一苇
　　七月的荷塘，莲蓬已经饱满。我们划着小船，
在荷叶间穿来穿去。
　　母亲说，莲子要趁嫩吃，老了就只能煮汤。
"""


def test_the_papers_name_and_section_again_over_a_column_lead_no_story() -> None:
    # 云梦晚报·梦泽副刊 alone between blank lines: the top's paper and section (梦泽·副刊, its dot
    # dropped) printed again, the page's furniture, not the kicker of the essay under it
    parsed = parse_page(_SUPPLEMENT, 1)
    assert_nothing_lost(_SUPPLEMENT, parsed)
    assert _layout(parsed.items) == [("article", 6, 10), ("article", 14, 18)]
    essay = parsed.items[1]
    assert isinstance(essay, Article)
    assert essay.kicker is None
    assert essay.headline == "采莲记"
    assert parsed.masthead.section == "梦泽·副刊"


def test_the_papers_name_over_a_story_it_leads_is_still_the_storys() -> None:
    # (the rule it narrows: the paper and section set solid over a head are no banner alone)
    page = _SUPPLEMENT.replace("云梦晚报·梦泽副刊\n\n采莲记", "云梦晚报·梦泽副刊\n采莲记")
    parsed = parse_page(page, 1)
    assert_nothing_lost(page, parsed)
    assert any(isinstance(a, Article) and a.source.first == 12 for a in parsed.items)


_PHOTO_PAGE = """江畔晚报·影像
B06
2026年11月3日　星期二
图片编辑：方　远

晨雾中的渡口
11月2日清晨，老渡口笼罩在薄雾中，渡船缓缓驶离岸边。
江畔晚报记者　唐　宁　摄

拍好雪景的三个办法
文/图　江畔晚报记者　唐　宁
    雪天光线偏冷，画面容易发灰。拍摄
雪景时，可以适当增加曝光，让白雪更洁白；
构图时留出足够的空白，画面会更有意境。
    此外，雪后初晴的早晨最值得等待。
"""


def test_a_sentences_word_in_she_broken_at_the_lines_end_is_no_credit() -> None:
    # ……画面容易发灰。拍摄 / 雪景时……: 拍摄 runs on into the next line, no photographer 拍
    parsed = parse_page(_PHOTO_PAGE, 1)
    assert_nothing_lost(_PHOTO_PAGE, parsed)
    assert _layout(parsed.items) == [("photo", 6, 8), ("article", 10, 15)]
    story = parsed.items[1]
    assert isinstance(story, Article)
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].startswith("雪天光线偏冷")


def test_a_photographer_is_named_by_two_characters_at_least() -> None:
    assert split_photo_credit("雪天光线偏冷，画面容易发灰。拍摄") is None
    split = split_photo_credit("渡船缓缓驶离岸边。唐宁摄")
    assert split is not None
    assert split[1].photographers == ("唐宁",)
