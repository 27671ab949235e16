"""Light tones decided by context: the aspect particle 过, 东西 "thing", 地方 "place".

The must-light words themselves (热闹 rè·nao) are a dictionary, assets/pinyin/light_tones.txt;
what a word list cannot decide is here.
"""

from __future__ import annotations

import re

from publisher.pinyin.segment import _Word

# Before a lone 过 these make it the verb or a directional complement (guò), not the particle:
# adverbs and negations (没过多久, 刚过, 越过越好), times (年过半百, 日子过得), and verbs of motion,
# whose 过 means "past, across" (冲过终点, 渡过难关, 绕村而过).
_GUO4_AFTER = set(
    "不没未刚才已正再又还也都就越而最太难好得要能会可该将从所之"
    "年节日子夜冬春秋夏晚岁月"
    "冲跑走穿跨跳飞游渡经驶驰掠闪流淌绕翻爬漫淹趟蹚擦躲闯挤钻踏迈度熬挨撑挺胜超通错放抢递传转扭回掉调跃越滑漂划"
)
# After a lone 过 these make it a verb or complement: 过来 / 过去 (directional), 过得好, 过头.
_GUO4_BEFORE = set("来去得头分于度境瘾目问年节日")
# 东西 is dōngxī "east and west" before a direction or measure, or after 南北 (东西南北).
_EAST_WEST_NEXT = set("向两长宽部侧走方横贯南北")


# 过 before a span of time is the verb "pass": 过一阵子, 过几天, 再过两年 (but 打过几次: 次 is
# not a span).
_TIME_SPAN = re.compile(
    r"[一二两三四五六七八九十几半数好]+(?:个)?(?:阵|会|段|些日子|天|日|年|月|周|星期|小时|分钟|秒|礼拜)"
)


# Before 地方 these make it "a place" (dì·fang), not "local, the regions" (dìfāng).
_PLACE_BEFORE = set("的个这那哪么些好有没处块")


def apply_light_rules(run: str, words: list[_Word], out: list[str | None]) -> None:
    """The particle 过 is light (去过, 没赢过); 东西 "east-west" keeps its full tones."""
    for w in words:
        i = w.start
        end = i + len(w.text)
        if w.text == "过" and w.source == "char" and i > 0:
            if (
                run[i - 1] not in _GUO4_AFTER
                and run[end : end + 1] not in _GUO4_BEFORE
                and not _TIME_SPAN.match(run, end)
            ):
                out[i] = "guo5"
        elif w.text == "地方" and i > 0 and run[i - 1] in _PLACE_BEFORE:
            out[i + 1] = "fang5"  # 现汉 dì·fang "place": 深的地方, 这个地方 (地方政府 "local" keeps fāng)
        elif w.text == "东西" and (run[end : end + 1] in _EAST_WEST_NEXT or run[:i].endswith("南北")):
            out[i + 1] = "xi1"
