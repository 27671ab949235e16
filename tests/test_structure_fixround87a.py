"""Classes from round87's go and xiangqi page: a running foot printed again mid-page with its
section letter-spaced as the top prints it, and a game's commentator credited by role and grade."""

from __future__ import annotations

from publisher.model import Article
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
