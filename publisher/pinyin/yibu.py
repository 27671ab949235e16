"""一 and 不: citation tones, or the changed tones by rule (sandhi)."""

from __future__ import annotations

from publisher.pinyin.segment import _Word
from publisher.pinyin.syllables import _tone

# --- 一 / 不 ----------------------------------------------------------------------------------------------

_NUMERALS = set("零〇一二三四五六七八九十百千万亿两")
# 一 as "first / number one" keeps yī: 一月, 一号线, 一楼, 一等奖, 一线, 一流, 一审, 一产.
_ORDINAL_AFTER_YI = set("月号楼等级线流审产")
# 一 closing a word keeps yī even before another word: 统一部署, 之一, 唯一, 逐一, 单一.
_YI_WORD_FINAL_AFTER = set("统唯之其专划逐单归初")


def _citation_yi_bu(run: str, out: list[str | None]) -> None:
    for i, ch in enumerate(run):
        if ch == "一":
            out[i] = "yi1"
        elif ch == "不" and out[i] != "fou3":
            out[i] = "bu4"


def _sandhi_yi_bu(run: str, words: list[_Word], out: list[str | None]) -> None:
    word_end = {w.start + len(w.text) - 1 for w in words if len(w.text) >= 2}
    for i, ch in enumerate(run):
        if ch not in "一不" or i + 1 >= len(run):
            continue  # end of phrase: citation tone
        nxt_tone = _tone(out[i + 1])
        if ch == "不":
            if nxt_tone == 4:
                out[i] = "bu2"
            continue
        prev = run[i - 1] if i > 0 else ""
        nxt = run[i + 1]
        if i in word_end and nxt != "一":  # 统一, 唯一, 第一 … the word ends on 一
            continue
        if prev in _YI_WORD_FINAL_AFTER and nxt != "一":  # 统一部署, 之一, 唯一
            continue
        if prev == "第" or prev in _NUMERALS or nxt in _NUMERALS or nxt in _ORDINAL_AFTER_YI:
            continue  # ordinal, numbers (十一, 一一, 一九), dates
        if i == 0 and nxt in "是要":  # enumerations: 一是…，二是…
            continue
        if i > 0 and prev == nxt and run[i - 2 : i - 1] != "一":  # 看一看 (not 一个一个): neutral
            out[i] = "yi5"
            continue
        if nxt_tone == 4 or (nxt_tone == 5 and nxt == "个"):
            out[i] = "yi2"
        elif nxt_tone in (1, 2, 3):
            out[i] = "yi4"
