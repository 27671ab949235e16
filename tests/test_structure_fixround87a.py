"""Classes from round87's go and xiangqi page: a running foot printed again mid-page with its
section letter-spaced as the top prints it, and a game's commentator credited by role and grade."""

from __future__ import annotations

from publisher.model import Article
from publisher.reader.bylines import parse_author_line
from tests.nothing_lost import read_items

_FOOT_MID_PAGE = """\
某某晚报
2025年3月4日　星期二
C3
文　体
编辑：张　三

市象棋公开赛开幕
　　本报讯　3月2日，市象棋公开赛在市文化宫开幕，共有来自各县区的百余名棋手参赛。
　　比赛共进行七轮，前八名将代表本市参加全省比赛。

某某晚报　2025年3月4日　C3　文　体

每月一局
残局练习　红先胜
　　红方车马兵对黑方车士象全，红先，如何取胜？
　　答案见下月本版。
"""

_COMMENTED_GAME = """\
对局赏析
弃子争先　黑棋逆转
——市锦标赛决赛第一局
评注　李　明（象棋大师）
红方：周　伟
黑方：吴　刚
　　红方开局以中炮进攻，黑方以屏风马应对，双方很快进入中局。
　　第二十回合，黑方弃马抢攻，终于扭转了局面。
"""


def test_a_running_foot_with_its_section_letter_spaced_is_no_kicker() -> None:
    items = read_items(_FOOT_MID_PAGE)  # nothing lost (checked by read_items)
    heads = [item.headline for item in items if isinstance(item, Article)]
    assert heads == ["市象棋公开赛开幕", "残局练习红先胜"]
    puzzle = [item for item in items if isinstance(item, Article)][1]
    assert puzzle.kicker == "每月一局"


def test_a_commentator_credited_with_a_grade_signs_the_game() -> None:
    items = read_items(_COMMENTED_GAME)  # nothing lost (checked by read_items)
    game = items[0]
    assert isinstance(game, Article)
    assert game.kicker == "对局赏析"
    assert game.headline == "弃子争先黑棋逆转"
    assert game.byline is not None
    assert [c.role for c in game.byline.others] == ["评注", "象棋大师"]
    assert game.paragraphs[0] == "红方：周伟"


_GAME_IN_PARTS = """\
对局赏析
弃子争先　黑棋逆转
——市锦标赛决赛第一局
评注　李　明（象棋大师）
红方：周　伟
黑方：吴　刚
红先　共64回合　黑胜
第一谱（1—20）
　　红方开局以中炮进攻，黑方以屏风马应对，双方很快进入中局。
第二谱（21—64）
　　第二十回合，黑方弃马抢攻，终于扭转了局面。
"""

_ANSWER_BOX = """\
本周一题
红先胜
　　红方仅剩车兵，如何在三步内取胜？
　　答案见下期本版。

上期答案
车一平四是唯一正着！
黑如将5平4，红兵七进一；
黑如改走将5进1，红车四进三杀。
上期答对读者：赵　林　钱　芳

棋坛动态
全市少儿棋类联赛开幕
本报记者　孙　立
　　本报讯　本周六，全市少儿棋类联赛开幕，三百余名小棋手参赛。
"""


def test_a_game_record_s_parts_are_subheads_of_one_commentary() -> None:
    game = read_items(_GAME_IN_PARTS)[0]  # nothing lost (checked by read_items)
    assert isinstance(game, Article)
    assert game.headline == "弃子争先黑棋逆转"
    assert [s.text for s in game.subheads] == ["第一谱（1—20）", "第二谱（21—64）"]
    assert game.source.last == 11


def test_an_answer_box_s_label_heads_its_lines_and_its_readers_close_it() -> None:
    items = read_items(_ANSWER_BOX)  # nothing lost (checked by read_items)
    articles = [item for item in items if isinstance(item, Article)]
    answer = articles[1]
    assert answer.headline == "上期答案"
    assert answer.kicker is None
    assert answer.paragraphs[0] == "车一平四是唯一正着！"
    assert answer.source.last == 10
    assert articles[2].kicker == "棋坛动态"


_PRIZE_WORKS = """\
征联评选结果揭晓
　　本报讯　本届春联征集活动共收到作品千余副，经评审，评出获奖作品若干。

获奖春联选登
一等奖
郑　和
上联：春风化雨千山绿
下联：瑞雪迎新万户欢
二等奖
冯小林
上联：燕剪春光裁锦绣
下联：花开盛世报平安

编者的话
　　本版下期将刊登优秀奖作品，敬请关注。
"""


def test_works_under_their_prize_grades_are_pieces_titled_by_the_selection() -> None:
    items = read_items(_PRIZE_WORKS)  # nothing lost (checked by read_items)
    works = [item for item in items if isinstance(item, Article) and item.kicker == "获奖春联选登"]
    assert [w.headline for w in works] == ["一等奖", "二等奖"]
    assert works[0].source.first == 4 and works[0].source.last == 8
    assert works[1].source.first == 9 and works[1].source.last == 12
    assert works[0].paragraphs == ("上联：春风化雨千山绿", "下联：瑞雪迎新万户欢")
    assert works[1].byline is not None
    assert works[1].byline.others[0].names == ("冯小林",)


def test_a_marked_category_under_a_head_signs_nothing() -> None:
    assert parse_author_line("◆诗词类") is None
    assert parse_author_line("◆少年组") is None
    assert parse_author_line("◆ 刘晓梅") is not None


_JUDGES_NOTES = """\
《秋山图》（国画）　某某　作

评审手记
以文会友　写出温度
文/钱　坤
　　今年的来稿里，写田间地头的作品明显多了。
　　希望作者们继续深入生活，写出更多好作品。
"""

_CI_BY_PHRASES = """\
浣溪沙·春游
□　邹　雨
细雨新晴过小桥，
桃花十里映溪潮。
闲情欲寄向谁招？
风渐暖，日初高，
一川烟柳绿迢迢。
"""


def test_the_writer_s_notes_label_over_a_title_is_its_kicker() -> None:
    notes = next(item for item in read_items(_JUDGES_NOTES) if isinstance(item, Article))
    assert notes.kicker == "评审手记"
    assert notes.headline == "以文会友写出温度"


def test_a_ci_line_of_two_short_phrases_stays_a_line_of_its_own() -> None:
    poem = read_items(_CI_BY_PHRASES)[0]  # nothing lost (checked by read_items)
    assert isinstance(poem, Article)
    assert poem.paragraphs[0] == "细雨新晴过小桥，"
    assert poem.paragraphs[3] == "风渐暖，日初高，"
    assert len(poem.paragraphs) == 5


_WINNERS_BY_CATEGORY = """\
书画大赛获奖名单
◆书法类
金奖　　　王　平（城东）
银奖　　　李晓红（城西）　周　强（南湖）
　　　　　孙　敏（北山）
◆绘画类
金奖　　　赵　云（城东）
银奖　　　钱小梅（南湖）
"""


def test_a_list_grouped_by_marked_categories_is_one_piece_in_parts() -> None:
    winners = read_items(_WINNERS_BY_CATEGORY)[0]  # nothing lost (checked by read_items)
    assert isinstance(winners, Article)
    assert winners.headline == "书画大赛获奖名单"
    assert winners.byline is None
    assert [s.text for s in winners.subheads] == ["书法类", "绘画类"]
    assert len(winners.paragraphs) == 5
    assert winners.source.last == 8
