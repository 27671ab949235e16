"""Bylines: ■记者 胡佳英 / 通讯员 彭凯军, （记者 王强 通讯员 李四）, 本报记者 王 强 摄…

A byline is a sequence of role words and personal names.  Parsing is pure and
strict: a line is a byline only if *every* token is a role word or looks like a
name, so body text that merely starts with 记者 (记者从市经信局了解到…) is not one.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

from publisher.model import Byline, Credit
from publisher.patterns import compile_pattern
from publisher.punctuation import compact

_T = TypeVar("_T")

# Role words, longest first so 本报记者 wins over 记者.  Exact 记者/通讯员/摄影 fill the
# typed fields; every other role keeps its printed wording in ``others``.
REPORTER_ROLES = ("本报记者", "记者")
CORRESPONDENT_ROLES = ("本报通讯员", "通讯员")
PHOTOGRAPHER_ROLES = ("摄影记者", "摄影报道", "摄影", "图片", "图")
OTHER_ROLES = (
    "融媒体记者",
    "特约记者",
    "首席记者",
    "见习记者",
    "实习记者",
    "特约通讯员",
    "实习生",
    # 拍友 陈新宇 摄: a reader who sent the picture in, credited by what they are
    "拍友",
    "网友",
    # 特约摄影 向成军, 首席摄影 王强: a photographer's title, its wording kept
    "特约摄影",
    "首席摄影",
    "责任编辑",
    "编辑",
    "摄像",
    "撰稿",
    # 采写：某报记者 王强: what the names after it did, gathered and wrote, as 文/ says it
    "采写",
    "整理",
    "综合",
    # 综合整理, 采访整理: compiled from others' reports, or from an interview, one role of two words
    "综合整理",
    "采访整理",
    "编译",
    "文/图",
    "图/文",
    "文图",
    "图文",
    "文",
    # 指导老师　某某 under a pupil's essay: the teacher who guided it, named with the young author
    # 文/某某　译/某某 over a translated piece (a bilingual page's English text): who translated it
    "翻译",
    "英译",
    "译",
    "指导老师",
    "指导教师",
    "辅导老师",
    "辅导教师",
    "本报特约评论员",
    "本报评论员",
    "特约评论员",
    "评论员",
    # 解说　某某（业余6段） over a game's record: who commented the moves, the piece's writer
    "解说",
    "评注",
)
# （读者　李明　摄）: who sent a picture in, said by what they are; a role only in a photo's credit
# (a letter's 某区　读者　张三 signs with a name and no role, the rounds' convention)
_SENDER_ROLES = ("读者", "市民", "网友", "摄影爱好者")
# 长兴岛融媒　邱志远　摄, 某县融媒体中心 王强 摄: the outlet a picture was taken for, set before the
# photographer's name as a role is; read so only in a credit closed by 摄 (its wording kept)
_OUTLET = compile_pattern(
    r"^[\u4e00-\u9fffA-Za-z·]{1,14}(?:融媒体中心|融媒体|融媒|传媒|日报|晚报|报社|电视台|新闻网|客户端)$"
)
# 记者手记, 采访手记, 编后: the label of the writer's notes alone on its line (■记者手记: 记者 and
# no name, the label's own word); 短评, 快评, 微评: the paper's short comment on the story above,
# the same note under another name
_NOTES_LABEL = compile_pattern(r"^(?:[\u4e00-\u9fff]{2}(?:手记|观察|感言)|编后语?|[短快微小]评)$")


def notes_label(text: str) -> bool:
    """The line is the label of the writer's notes, alone (记者手记, 编后)."""
    return _NOTES_LABEL.match(compact(text.lstrip(BYLINE_MARKS))) is not None


# Roles printed without a name (■本报评论员): the byline of a commentary.
NAMELESS_ROLES = ("本报特约评论员", "本报评论员", "特约评论员", "评论员")
# ■本报评论员文章, 特约评论员文章: the commentary's label (its kicker), the role run into 文章, the
# piece it names; no one signs with it (the byline under the head does)
_COMMENTARY_LABEL = compile_pattern(rf"^(?:{'|'.join(NAMELESS_ROLES)})文章$")
# 市政协经济委员会课题组, 省委政研室调研组: a report written by a group, signed with the group's
# name alone under the head (no person named: the byline names no one, the wording kept)
GROUP_AUTHOR = compile_pattern(r"^[\u4e00-\u9fffA-Za-z·]{2,20}(?:课题组|调研组|调查组|写作组)$")
# Desk credits printed under a page (责任编辑：王丽 版式：陈晨), not a story's byline.
STAFF_ROLES = (
    "本版责任编辑",
    "本版主编",
    "执行主编",
    "主编",
    # 首席编辑：沈 凡 (an evening paper's page editor by rank), 值班编辑: the desk on duty
    "首席编辑",
    "值班编辑",
    "图片编辑",
    "文字编辑",
    "本版编辑",
    "本版责编",
    "本版美编",
    "本版校对",
    "责任美编",
    "责任编辑",
    "责任校对",
    "美术编辑",
    "版式设计",
    "值班主任",
    "值班编委",
    # 值班总编：刘宏伟 (a front page's editor-in-chief on duty, set first in the masthead's desk line)
    "值班总编",
    "值班副总编",
    # 总编辑：某某　值班编委：某某 (the editor-in-chief, named first in a front page's desk line)
    "总编辑",
    "副总编辑",
    "责编",
    "编辑",
    "美编",
    "版式",
    "校对",
    "组版",
    "审读",
    "制图",
    "视觉",
    "签发",
    # a feature page's planners, credited beside its editors (策划：刘静　编辑：曹阳)
    "本版策划",
    "本版统筹",
    "策划",
    "统筹",
    # a bilingual page's desk: who checked the English (英文审校：某某, often a foreign expert)
    "审校",
    "英文审校",
    "外籍审校",
    "外文审校",
    "英文编辑",
)
# 本版策划：某某县委宣传部　责任编辑：…: a 专版 is planned by the office that commissioned it, named
# where a planner's name stands (an office's name, never a person's, ends in one of these words)
_PLANNER_ROLES = ("本版策划", "本版统筹", "策划", "统筹")
_OFFICE = compile_pattern(
    r"^[\u4e00-\u9fff]{2,16}(?:局|委|委员会|部|办|办公室|中心|厅|处|科|站|所|院|馆|协会|学会|联合会|公司|集团|政府|工会|妇联)$"
)


def office_name(text: str) -> bool:
    """The text is an office's or a firm's name (某某县委宣传部, 区民政局社会救助科, 某某热力公司)."""
    return _OFFICE.match(text) is not None


ROLES = tuple(
    sorted(REPORTER_ROLES + CORRESPONDENT_ROLES + PHOTOGRAPHER_ROLES + OTHER_ROLES, key=len, reverse=True)
)
# Roles the typed fields say in full (记者 / 通讯员 / 摄影…): dropping their wording loses nothing.
_LABEL_ROLES = REPORTER_ROLES + CORRESPONDENT_ROLES + PHOTOGRAPHER_ROLES
# Role words that may be glued to the name that follows (■记者胡佳英); one-character
# roles (文, 图) may not, or they would eat the first character of names.
_GLUABLE = tuple(r for r in ROLES if len(r) >= 2 and "/" not in r)

BYLINE_MARKS = "■□▲◇"
# Words the byline takes away from the printed line: the marks, the role words, 摄.
STRUCTURAL_LABELS = (*BYLINE_MARKS, *ROLES, "摄")

# 全媒体记者, 齐鲁晚报·齐鲁壹点记者, 成都商报-红星新闻记者, 广陈镇报道组: role words this table
# does not list.  Any role ending in 记者 is a reporter (摄影记者 a photographer), in 通讯员 a
# correspondent; a 报道组 keeps its printed wording.  本报实习生, 某某周末实习生: an intern named
# after the paper as its reporters are, a reporter (``role_kind``).
# YMG全媒体记者: a paper's brand may open the role in Latin letters.
ROLE_LIKE = compile_pattern(
    r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·•\-－—/／、+＋]{0,18}(?:记者|通讯员|实习生|报道组|通讯组)$"
)
# 本报记者 李明 整理: roles saying the names compiled the piece from others' material
_COMPILED = ("整理", "综合", "综合整理", "采访整理", "编译", "撰稿")
# 本报记者 王强 报道: a word closing the byline, not a name.
_CLOSING_WORDS = ("报道", "采写", "撰文")
# (a transliterated name keeps its dot: 艾合买提江·吐尔地's given part runs past four characters)
_NAME = compile_pattern(r"^(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,7}[·•][\u4e00-\u9fff]{1,8})$")
# 图古斯毕力格, 阿拉坦其其格: a Mongolian (or Tibetan) name of five or six characters, printed without
# the dot a Uyghur name has; taken only set apart right after a role word, where nothing else stands
# (glued to the role, 记者从统计局获悉 would be one)
_LONG_NAME = compile_pattern(r"^[\u4e00-\u9fff]{5,6}$")
# 兰州晨报/掌上兰州记者 马丽, 合肥晚报、合新六记者 汪婷, 某某快报/某某+记者 (the app's name
# with a plus): a paper and its app name one role,
# the slash or 、 between them is not a separator
_SPLIT = compile_pattern(
    r"[\s\u3000，,;；:：|｜│]+"
    r"|[\s\u3000]*(?<![报网台端闻])[/／、][\s\u3000]*"
    r"|(?<=[报网台端闻])[/／、](?![\u4e00-\u9fffA-Za-z·+＋]{1,18}(?:记者|通讯员)(?:[\s\u3000]|$))[\s\u3000]*"
)
_PHOTO_MARK = compile_pattern(r"\s*摄(?:影)?\s*$")
# ■记者 王强 通讯员 李四 文/摄: the names wrote the story and took its pictures.
_TEXT_PHOTO_MARK = r"(?:文\s*[/／]\s*[摄图]|[摄图]\s*[/／]\s*文)"
_TEXT_AND_PHOTO = compile_pattern(rf"\s*{_TEXT_PHOTO_MARK}\s*$")
_TEXT_AND_PHOTO_FIRST = compile_pattern(rf"^{_TEXT_PHOTO_MARK}\s+(?=\S)")
# 本报记者 邓雅琪 文/图　通讯员 何 川: the mark closes the first credit, another follows
_TEXT_AND_PHOTO_BETWEEN = compile_pattern(rf"(?<=\S)\s*{_TEXT_PHOTO_MARK}\s+(?=\S)")
# 本组图片, 本版照片, 以上图片: the pictures a credit covers, said before the photographer's name
_SET_LABEL = compile_pattern(r"^(?:本组|本版|以上|上述)(?:图片|照片)\s*[:：]?\s*(?=\S)")
# 摄/本报记者 王强, 摄影/通讯员 李四: like 图/, what the next role's names did (not 文/摄)
_SHOT_BY = compile_pattern(r"(?:(?<=\s)|^)摄(?:影)?\s*[/／]\s*(?!文)(?=\S)")


# 本 报记者, 通　讯员: a print space inside a role word (never one with 文 / 图, which
# are also what two one-character names may be).
_ROLE_GAP = compile_pattern(r"[ \t\u3000\u00a0]+")
_SPACED_ROLE = compile_pattern(
    "|".join(
        r"[ \t\u3000\u00a0]*".join(map(re.escape, role))
        for role in ROLES
        if len(role) >= 2 and not set(role) & set("文图/")
    )
)


def _unspace_roles(text: str) -> str:
    if not any(c in text for c in " \t\u3000\u00a0"):
        return text
    return _SPACED_ROLE.sub(lambda m: _ROLE_GAP.sub("", m.group()), text)


def role_kind(role: str | None) -> str | None:
    """reporter / correspondent / photographer for a role word of those kinds, else None."""
    if role is None:
        return None
    if role in PHOTOGRAPHER_ROLES or role.endswith(("摄影记者", "摄影")):
        return "photographer"
    # 实习生: an intern reports as the reporters do (the rounds' convention since round 15)
    if role in REPORTER_ROLES or role.endswith(("记者", "实习生")):
        return "reporter"
    if role in CORRESPONDENT_ROLES or role.endswith("通讯员"):
        return "correspondent"
    return None


def starts_with_role(text: str) -> bool:
    """The line opens with a role word (本报记者, 华西都市报-封面新闻记者 …)."""
    body = text.strip().lstrip(BYLINE_MARKS).strip()
    first = body.split(maxsplit=1)[0] if body else ""
    # (阳江日报记者/李　倩: a role its paper names, set before its name with a slash)
    before_slash = re.split(r"[/／]", first)[0]
    return body.startswith(ROLES) or bool(ROLE_LIKE.match(first) or ROLE_LIKE.match(before_slash))


def keep_spaced_names(tokens: list[str]) -> list[str]:
    """方 文 / 陈 图: a one-character surname and a credit word after it are one name padded
    with a space (a one-character token is never a name on its own)."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        after_one_name = len(out) < 2 or len(out[-2]) != 1 or out[-2] in ROLES
        # 方 文: a padded surname, then a credit word as the name's second character (李 想 钟 文:
        # the last of an odd run of lone characters, padded names paired, is such a surname too)
        surname_then_credit_word = (
            tok in ("文", "图")
            and bool(out)
            and len(out[-1]) == 1
            and out[-1] not in ROLES
            and bool(_NAME.match(out[-1]))
            and _lone_tail(out) % 2 == 1
        )
        # （文　舟）: the credit word is the surname, unless a run of lone characters goes on
        # (记者 梁 晨 文 周 斌 图)
        credit_word_then_given_name = (
            len(tok) == 1
            and tok not in (*ROLES, "文", "图")
            and bool(_NAME.match(tok))
            and bool(out)
            and out[-1] in ("文", "图")
            and after_one_name
            and (i + 1 == len(tokens) or len(tokens[i + 1]) != 1 or tokens[i + 1] in ROLES)
        )
        if surname_then_credit_word or credit_word_then_given_name:
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _tokens(text: str, *, glued: bool) -> list[str]:
    """Role words and names; ``glued``: a role may run into its name (■记者胡佳英)."""
    out: list[str] = []
    for raw in _SPLIT.split(text):
        if not raw:
            continue
        if raw in ROLES or not glued:
            out.append(raw)
            continue
        for role in _GLUABLE:
            if raw.startswith(role) and len(raw) > len(role):
                out.extend((role, raw[len(role) :]))
                break
        else:
            out.append(raw)
    return out


def join_padded(names: list[str]) -> list[str]:
    """王 强 -> 王强: a name printed with a padding space arrives as two one-character tokens;
    孙 小蕾 / 欧阳 明: a space after the surname or before the last character splits a
    three-character name (a one-character token is never a name on its own), and 古 丽米拉 a name
    of four cut after its first character by the wrap (…（通讯员　古 / 丽米拉）); 孙 晓 婷: a
    three-character name padded like a two-character one, three lone characters in a row (four
    are two names, 王 强 李 明; a lone third one would be no name at all)."""
    out: list[str] = []
    i = 0
    while i < len(names):
        size, nxt = len(names[i]), names[i + 1] if i + 1 < len(names) else ""
        # (李明 王 强: the lone character after a full name pairs with the one after it)
        after = names[i + 2] if i + 2 < len(names) else ""
        # (counted only where a run starts: each token is counted once)
        if size == 1 and (i == 0 or len(names[i - 1]) != 1) and _lone_run(names, i) == 3:
            out.append("".join(names[i : i + 3]))
            i += 3
        elif (size == 1 and len(nxt) in (1, 2, 3)) or (size == 2 and len(nxt) == 1 and len(after) != 1):
            out.append(names[i] + nxt)
            i += 2
        else:
            out.append(names[i])
            i += 1
    return out


def _lone_tail(tokens: list[str]) -> int:
    """How many one-character tokens, no role word, close ``tokens``."""
    n = 0
    while n < len(tokens) and len(tokens[-1 - n]) == 1 and tokens[-1 - n] not in ROLES:
        n += 1
    return n


def _lone_run(names: list[str], i: int) -> int:
    """How many one-character tokens stand in a row from ``names[i]``."""
    n = 0
    while i + n < len(names) and len(names[i + n]) == 1:
        n += 1
    return n


def _text_and_photo_by(story: Byline) -> tuple[str, ...]:
    """Who took the pictures a 文/图 mark credits in a byline of several roles: the paper's
    reporters (记者 X　通讯员 Y　文/图: the reporter went with the camera, the correspondent
    gave the news), the correspondents only when no reporter is named."""
    return story.reporters or story.correspondents


def parse_byline(text: str, *, photo: bool = False, credit: bool = False) -> Byline | None:
    """Byline from one or more joined byline lines, or None if ``text`` is not a byline.

    ``photo``: the names took the picture (photo credit lines, … 摄).
    ``credit``: the text stands where only a credit does (the bracket after 本报讯), so a role
    may run into its name there (记者魏铼、通讯员张鄂) as on a marked line.
    """
    postfix = parse_postfix_credit(text)
    if postfix is not None:
        return postfix
    courtesy = courtesy_credit(text)
    if courtesy is not None:
        # 学校供图, 通讯员　供图: where the picture came from names no photographer
        return courtesy
    unit = _AFFILIATION.match(text.strip())
    if unit is not None:
        named = parse_byline(unit.group("credit"), photo=photo, credit=credit)
        if named is not None and (named.reporters or named.correspondents or named.photographers):
            # the writer's hospital or school names no one: its wording kept
            return dataclasses.replace(named, others=(*named.others, Credit(unit.group("unit"), ())))
        return None
    ranked = _PLAYER_RANK.match(text.strip())
    if ranked is not None:
        named = parse_byline(ranked.group("credit"), photo=photo, credit=credit)
        if named is not None and any(c.role in _GAME_ROLES and c.names for c in named.others):
            # the commentator's grade at the board names no one: its wording kept
            return dataclasses.replace(named, others=(*named.others, Credit(ranked.group("rank"), ())))
        return None
    desk = shot_for(text)
    if desk is not None:
        shot = parse_byline(desk[0], photo=photo, credit=credit)
        if shot is not None and shot.photographers:
            # the picture desk or outlet it was taken for names no one: its wording kept
            return dataclasses.replace(shot, others=(*shot.others, Credit(desk[1], ())))
    if notes_label(text) or _COMMENTARY_LABEL.match(compact(text.lstrip(BYLINE_MARKS))):
        return None
    body = _unspace_roles(text.strip().lstrip(BYLINE_MARKS).strip())
    bracketed = body.startswith(("(", "（")) and body.endswith((")", "）"))
    if bracketed:
        body = body[1:-1].strip()
    body = _SHOT_BY.sub("图/", body)
    covered = _SET_LABEL.match(body)
    if covered is not None:
        # 本组图片　巴特尔　摄: the words naming the pictures the credit covers name no one (their
        # wording kept)
        named = parse_byline(body[covered.end() :], photo=photo, credit=credit)
        if named is None:
            return None
        return dataclasses.replace(named, others=(*named.others, Credit(covered.group().strip(), ())))
    both = _TEXT_AND_PHOTO.search(body)
    first = _TEXT_AND_PHOTO_FIRST.match(body)
    if first and not photo:  # 文/图 记者 刘海峰: the same, printed before the names
        story = parse_byline(body[first.end() :])
        if story is None:
            # 文/图 王雪: no role word but 文/图 itself, the names wrote the text and took the picture
            shot = parse_byline(body[first.end() :], photo=True)
            named = shot is not None and not shot.others and shot.photographers
            return Byline(reporters=shot.photographers, photographers=shot.photographers) if named else None
        if not (story.reporters or story.correspondents):
            return None
        return dataclasses.replace(story, photographers=_text_and_photo_by(story))
    between = _TEXT_AND_PHOTO_BETWEEN.search(body)
    if between and not first and not photo:
        wrote = parse_byline(body[: between.end()].rstrip())
        rest = parse_byline(body[between.end() :])
        return merge_bylines(wrote, rest) if wrote is not None and rest is not None else None
    if both and both.start() > 0 and not photo:
        story = parse_byline(text.strip()[: len(text.strip()) - len(both.group())])
        if story is None:
            # 王雪 文/图: no role word but the mark, read as 文/图 王雪 is
            shot = parse_byline(body[: both.start()], photo=True)
            named = shot is not None and not shot.others and shot.photographers
            return Byline(reporters=shot.photographers, photographers=shot.photographers) if named else None
        if not (story.reporters or story.correspondents):
            return None
        return dataclasses.replace(story, photographers=_text_and_photo_by(story))
    trailing_photo = _PHOTO_MARK.search(body)
    if trailing_photo and trailing_photo.start() > 0:
        photo = True
        body = body[: trailing_photo.start()]
    # Only a marked line (■记者胡佳英) may glue role and name: unmarked, 记者了解到 is prose.
    glued = credit or text.strip().startswith(tuple(BYLINE_MARKS))
    tokens = keep_spaced_names(_tokens(body, glued=glued))
    if not tokens:
        return None
    if (
        len(tokens) > 1
        and tokens[0] not in ROLES
        and len(tokens[0]) >= 2
        and body.startswith((tokens[0] + "/" + tokens[1], tokens[0] + "／" + tokens[1]))
        and tokens[1].endswith(("记者", "通讯员"))
        and ROLE_LIKE.match(tokens[1])
    ):
        # 石榴云/新疆日报记者 opening the line: an app and its paper name one role, as 某报/某某
        # 客户端记者 does (after a name, 记者 王强/本报通讯员 李四, the slash parts two credits)
        tokens[:2] = [body[: len(tokens[0]) + 1 + len(tokens[1])]]
    if glued and tokens[-1].endswith(_CLOSING_WORDS) and len(tokens[-1]) > 2:
        # 记者蒋　帆报道：after a dateline, the closing word run into the last name as the role
        # runs into the first
        tokens[-1:] = [tokens[-1][:-2], tokens[-1][-2:]]
    if len(tokens) > 1 and tokens[-1] in _CLOSING_WORDS:
        tokens.pop()
    groups: list[tuple[str | None, list[str]]] = []
    places: list[str] = []
    for tok in tokens:
        if groups and groups[-1][0] == "文" and not groups[-1][1] and not places and workplace(tok):
            # 文/某市某小学教师　孙晓雯: where the writer works (and the post held there), set between
            # the role and the name, names no one (its wording kept)
            places.append(tok)
        elif (
            tok in ROLES
            or ROLE_LIKE.match(tok)
            or GROUP_AUTHOR.match(tok)
            or (photo and (tok in _SENDER_ROLES or _OUTLET.match(tok)))
        ):
            groups.append((tok, []))
        elif _NAME.match(tok) or (
            # (a long name only right after its role word: a word of five or six characters after
            # a name is a line of text run on under the credit, 文/某某 / 在叶尔羌河岸)
            not glued and groups and groups[-1][0] and not groups[-1][1] and _LONG_NAME.match(tok)
        ):
            if not groups:
                groups.append((None, []))
            groups[-1][1].append(tok)
        elif groups and groups[-1][0] in ("图", "图片") and not groups[-1][1] and _OFFICE.match(tok):
            # 图/某某省交通运输厅航道局: the office that took the picture, credited where a
            # photographer's name stands (an office's name, never a person's, ends so)
            groups[-1][1].append(tok)
        else:
            return None
    has_role = any(role is not None for role, _ in groups)
    has_names = any(names for _, names in groups)
    nameless = all(
        (role in NAMELESS_ROLES or GROUP_AUTHOR.match(role or "")) and not names for role, names in groups
    )
    # Names need a role word (or a photo credit's 摄): "■ 新闻链接" is a heading, not a name.
    if (not has_names and not nameless) or (not has_role and not photo):
        return None
    reporters: list[str] = []
    correspondents: list[str] = []
    photographers: list[str] = []
    others: list[Credit] = []
    # 记者 陆一鸣 图: the names took the pictures as well.
    if len(groups) >= 2 and groups[-1][0] in PHOTOGRAPHER_ROLES and not groups[-1][1] and groups[-2][1]:
        if not photo:
            photographers.extend(join_padded(groups[-2][1]))
        groups.pop()
        # 记者 梁 晨 文 周 斌 图: a bare 文 closed the names before it (they wrote the piece), so
        # the names it seems to lead took the pictures only.
        if len(groups) >= 2 and groups[-1][0] == "文" and groups[-2][1]:
            groups.pop()
    # 文/本报记者 王强 图/通讯员 李四: 文 and 图 say what the next role's names did.
    groups = _apply_what_roles(groups)
    # 李明 整理: a role printed after the names says what they did (a role of its own wording,
    # 特约记者, stays printed).  After a role word, 本报记者 李明 整理 names its reporter, who
    # compiled it (as ■特约记者 李明 整理 does), set under the head or closing the piece in
    # brackets alike (the golds name the reporter 4 to 0, rounds 42-76).
    compiled_by_reporter = len(groups) >= 2 and groups[-1][0] in _COMPILED and groups[-2][0] is not None
    if (
        len(groups) >= 2
        and groups[-1][0] in OTHER_ROLES
        and not groups[-1][1]
        and groups[-2][1]
        and groups[-2][0] in (None, *_LABEL_ROLES)
        and not compiled_by_reporter
    ):
        groups[-2:] = [(groups[-1][0], groups[-2][1])]
    for role, raw_names in groups:
        names = join_padded(raw_names)
        if nameless:
            others.append(Credit(role=role or "", names=()))
            continue
        kind = role_kind(role)
        if not names:
            if role is not None and role not in _LABEL_ROLES:  # a role of its own wording is kept
                others.append(Credit(role=role, names=()))
            continue
        if photo or kind == "photographer":
            photographers.extend(names)
            if photo and role is not None and role not in _LABEL_ROLES:
                # 融媒体记者 王强 摄: the photographer, and the role as printed.
                others.append(Credit(role=role, names=tuple(names)))
            elif role is not None and role not in _LABEL_ROLES:
                others.append(Credit(role=role, names=()))  # 大河报·豫视频摄影记者: its wording kept
        elif role is None or role == "文" or kind in ("reporter", "correspondent"):
            # 文/蒋　蓉: who wrote the piece, named with no other role word, is its reporter (as
            # 文/图 王雪 makes the names reporters and photographers)
            (correspondents if kind == "correspondent" else reporters).extend(names)
            if role is not None and role not in _LABEL_ROLES and role != "文":
                # 全媒体记者 潘婷: a reporter, and the role's own wording, kept once without names
                others.append(Credit(role=role, names=()))
        else:
            others.append(Credit(role=role, names=tuple(names)))
    others.extend(Credit(place, ()) for place in places)
    return Byline(
        reporters=tuple(reporters),
        correspondents=tuple(correspondents),
        photographers=tuple(photographers),
        others=tuple(others),
    )


def _apply_what_roles(groups: list[tuple[str | None, list[str]]]) -> list[tuple[str | None, list[str]]]:
    """文/记者 王强 图/通讯员 李四: a nameless 文 or 图 lends its meaning to the role after it.

    图 makes the next names photographers; 文 leaves the next role as printed.
    """
    out: list[tuple[str | None, list[str]]] = []
    pending: set[str] = set()
    for role, names in groups:
        if role in ("文", "图") and not names:
            pending.add(role)
            continue
        # 文/图 本报记者 王强: one person did both; the printed role stands.
        if pending == {"图"} and names and role_kind(role) != "photographer":
            out.append(("图", names))
            if role is not None and role not in _LABEL_ROLES:
                out.append((role, []))  # 图/全媒体记者 王强: the role's own wording is kept
        else:
            out.append((role, names))
        pending = set()
    return out


# 陆一鸣/文 许 诺/图: the name first, then what it did.
_POSTFIX_CREDIT = compile_pattern(
    r"(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,16}?)\s*[/／]\s*(?P<role>文|图|摄影|摄)"
)


def parse_postfix_credit(text: str) -> Byline | None:
    """``陆一鸣/文 许 诺/图``: every part is name/role; else None."""
    body = text.strip().lstrip(BYLINE_MARKS).strip()
    parts = list(_POSTFIX_CREDIT.finditer(body))
    if not parts or _POSTFIX_CREDIT.sub("", body).strip(" \u3000") != "":
        return None
    reporters: list[str] = []
    photographers: list[str] = []
    others: list[Credit] = []
    for m in parts:
        tokens = m.group("names").split()
        # 记者 王强/文, 晚报记者 王 辉／摄: a role word before the names (a reporter's role
        # of the paper's own wording too)
        prefix = (
            tokens.pop(0)
            if len(tokens) > 1 and len(tokens[0]) > 1 and (tokens[0] in ROLES or ROLE_LIKE.match(tokens[0]))
            else None
        )
        if not tokens or not all(_NAME.match(t) and t not in ROLES for t in tokens):
            return None
        names = join_padded(tokens)
        if m.group("role") != "文":
            photographers.extend(names)
        elif role_kind(prefix) == "reporter":  # 记者 王强/文
            reporters.extend(names)
        else:
            others.append(Credit(role="文", names=tuple(names)))
        if prefix is not None and prefix not in _LABEL_ROLES:
            others.append(Credit(role=prefix, names=()))  # 晚报记者: its wording kept
    return Byline(reporters=tuple(reporters), photographers=tuple(photographers), others=tuple(others))


# ◎ 李向东, □ 张敏 乌日娜, ○ 周晓岚: an author set under a head with a mark and no role word.
_AUTHOR_MARKS = "◎□■●▲◆☆★○"
# The kinds of place an author who is no reporter works at (a doctor's hospital, a judge's court, a
# lawyer's firm): named beside the author, in brackets or set a space apart
_WORKPLACE_KINDS = (
    "(?:医院|大学|学院|研究所|研究院|疾控中心|卫生院|学校|中学|小学|幼儿园|协会|学会|法院|检察院|律师事务所"
    # (an expert's station or centre: a farm page's advice signed 某省农业技术推广总站　某某, 某县植保站)
    "|推广站|推广总站|推广中心|植保站|农技站|农科所|农科院|科学院|气象台"
    # (a health or service centre a doctor or a counsellor works at: 某市精神卫生中心, 某区妇幼保健中心)
    "|卫生中心|保健中心|健康中心|咨询中心"
    # (a builder's or a works' staff writing from the site: 某某工程局, 某某集团公司, 某某项目部)
    "|工程局|局|集团|公司|项目部)"
)
# the department and the title run on after the workplace (某某医院儿科主任医师, 某某大学旅游学院教授):
# where in it the author works, the post held there
_WORK_DEPARTMENT = "(?:[\u4e00-\u9fff]{1,8}(?:科|系|室))"
_WORK_TITLE = "(?:副?教授|副?研究员|讲师|副?院长|副?主任(?:医师)?|医师|律师|法官|检察官|博士|教师|老师)"
_WORK_TITLE_ALONE = compile_pattern(f"^{_WORK_TITLE}$")
# a pupil's grade and class after the school (某市实验小学五（3）班, 某县第二中学初二1班, 某小学
# 四年级, 某中学七（5）班: the middle school's grades counted on from the primary's): where in it
# the young author studies, as a department is where a doctor works
_SCHOOL_GRADE = (
    "(?:(?:[一二三四五六七八九]年级|[初高][一二三](?:年级)?|[一二三四五六七八九])"
    "(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})班"
    "|[一二三四五六七八九]年级|[初高][一二三](?:年级)?)"
)
# □ 某市中级人民法院　唐　静, 某某律师事务所　周立平, □ 马晓燕　某县人民法院: the workplace a space
# apart before or after the author's name, no brackets (某某大学某某学院教授　刘某: with the title;
# 某市实验小学五（3）班　某某: a pupil's school and class)
_SCHOOL_GRADE_ALONE = compile_pattern(rf"^{_SCHOOL_GRADE}$")
_WORKPLACE = compile_pattern(
    rf"^[\u4e00-\u9fff]{{2,20}}{_WORKPLACE_KINDS}(?:{_WORK_DEPARTMENT}?{_WORK_TITLE}?|{_SCHOOL_GRADE})$"
)
_AUTHORS_MAX = 3
# ◆诗词类, ◆少年组: a list's category under the mark (a kind of entry, an age group), no author
LIST_CATEGORY = compile_pattern(r"^[\u4e00-\u9fff]{1,4}[类组]$")
_TITLE_MARK = "○"  # a mark some groups print before each poem's title too
# (or where the author works, labelled: □ 李娜（作者单位：某某大学经济管理学院）, （作者系…）; or
# the school a young author goes to, named in full with the grade: □ 某某（某省某市某区实验小学五年级）,
# or a student's college and the year they entered, as a campus paper signs its students:
# ◎ 某某（某某学院2023级本科生）, （某某大学化学系2022级硕士研究生）)
_STUDENT_CLASS = (
    r"(?:[\u4e00-\u9fff]{0,10}(?:专业|系))?(?:19|20)?\d{2}级"
    r"(?:本科生|硕士研究生|博士研究生|研究生|硕士生|博士生|学生)?"
)
_AUTHOR_PLACE = compile_pattern(
    r"\s*[（(](?P<place>(?:作者单位[：:]|作者系)[\u4e00-\u9fff]{2,30}|[\u4e00-\u9fff]{2,12}"
    rf"|[\u4e00-\u9fff]{{2,24}}{_WORKPLACE_KINDS}(?:{_SCHOOL_GRADE}|{_STUDENT_CLASS})?)[）)]$"
)


def parse_author_line(text: str) -> Byline | None:
    """The names of a marked author line (◎ 李向东) as a credit without a role, else None.

    Only a line set solid under a head is one (``lines`` decides): elsewhere ■ 新闻链接 is a
    heading of the same shape."""
    body = text.strip()
    at_work = author_at_work(body.lstrip(_AUTHOR_MARKS))
    if at_work is not None:
        return at_work
    if GROUP_AUTHOR.match(compact(body.lstrip(_AUTHOR_MARKS))):
        # 某某课题组: a group signs with no mark (its name, a body's, is no title's shape)
        return parse_byline(body.lstrip(_AUTHOR_MARKS))
    if not body or body[0] not in _AUTHOR_MARKS:
        return None
    posted = _author_at_post(body.lstrip(_AUTHOR_MARKS))
    if posted is not None:
        return posted
    if body[0] in _TITLE_MARK and not body[1:2].isspace():
        return None  # ○井台: a poem's title after a group's mark; an author is set a space apart
    where = _AUTHOR_PLACE.search(body)
    if where is not None:
        # ◎ 周晓岚（江苏）: the author, then in brackets where they live or work (its wording kept)
        named = parse_author_line(body[: where.start()])
        if named is None:
            return None
        return dataclasses.replace(named, others=(*named.others, Credit(where.group("place"), ())))
    tokens = [t for t in _SPLIT.split(body.lstrip(_AUTHOR_MARKS)) if t]
    if len(tokens) == 1 and _LONG_NAME.match(tokens[0]) and body[1:2].isspace():
        # □ 阿拉坦巴根: one long name set apart after the mark, alone on the line
        return Byline(others=(Credit(role="", names=(tokens[0],)),))
    if not tokens or not all(_NAME.match(t) for t in tokens):
        return None
    # □ 周　文: a padded name whose last character is also a credit word (文, 图) is still a name
    names = join_padded(tokens)
    if any(n in ROLES or LIST_CATEGORY.match(n) for n in names):
        return None
    if len(names) > _AUTHORS_MAX:
        return None
    return Byline(others=(Credit(role="", names=tuple(names)),))


def workplace(text: str) -> bool:
    """The text names where an author works or studies, whole (某某医院儿科主任医师, 某市实验小学
    五（3）班): a credit's place, kept as printed, no title's words."""
    return _WORKPLACE.match(text) is not None


def author_at_work(text: str) -> Byline | None:
    """The author of a line naming a workplace and one name a space apart, either first (某市中级
    人民法院　唐　静, 马晓燕　某县人民法院), with a mark or none: a credit without a role, the workplace
    kept as printed; else None."""
    tokens = text.split()  # (a space apart only: 数据来源：某某协会 names a source, no author)
    if len(tokens) > 2 and _WORK_TITLE_ALONE.match(tokens[1]) and workplace(tokens[0] + tokens[1]):
        # (某医院儿科　副主任医师　某某: the post set a space apart after the department, the
        # workplace's own wording all the same)
        tokens = [tokens[0] + tokens[1], *tokens[2:]]
    if len(tokens) < 2:
        return None
    # (某区某小学　五年级（1）班　某某: the pupil's grade and class set a space apart after the
    # school are where the pupil studies all the same, read as one place)
    grade = next((k for k, token in enumerate(tokens) if k and _SCHOOL_GRADE_ALONE.match(token)), None)
    if grade is not None and len(tokens) >= 3 and workplace(tokens[grade - 1] + tokens[grade]):
        tokens = [*tokens[: grade - 1], tokens[grade - 1] + tokens[grade], *tokens[grade + 1 :]]
    if workplace(tokens[0]):
        place, rest = tokens[0], tokens[1:]
    elif workplace(tokens[-1]):
        place, rest = tokens[-1], tokens[:-1]
    else:
        return None
    # (某市某小学四（3）班　某某　指导老师　某某: a pupil's school, name and the teacher who guided
    # the essay, credited after the pupil by role)
    role_at = next((k for k, token in enumerate(rest) if k and token in ROLES), len(rest))
    guided = parse_byline(" ".join(rest[role_at:])) if role_at < len(rest) else None
    if role_at < len(rest) and (
        guided is None or guided.reporters or guided.correspondents or guided.photographers
    ):
        return None
    names = join_padded(rest[:role_at])
    if len(names) != 1 or not _NAME.match(names[0]) or len(names[0]) < 2 or names[0] in ROLES:
        return None
    if _WORK_TITLE_ALONE.match(names[0]):
        return None  # (某中心心理科　副主任 / 医师　某某: a post the wrap cut, no name)
    teacher = guided.others if guided is not None else ()
    return Byline(others=(Credit(role="", names=(names[0],)), Credit(place, ()), *teacher))


# 某省驻某县某镇某村第一书记, 某社区党委书记, 驻某村工作队队员: the post an author holds, named before
# the name in a marked author's line (a cadre writing of the place they serve)
_POST = compile_pattern(
    r"^[\u4e00-\u9fff]{2,30}(?:书记|主任|队长|队员|村长|镇长|乡长|站长|所长|馆长|校长|院长)$"
)


def _author_at_post(text: str) -> Byline | None:
    """□ 某省驻某村第一书记　黄某某: the post and one name a space apart after the mark, a credit
    without a role, the post kept as printed; else None."""
    tokens = text.split()
    if len(tokens) < 2 or not _POST.match(tokens[0]):
        return None
    names = join_padded(tokens[1:])
    if len(names) != 1 or not _NAME.match(names[0]) or len(names[0]) < 2 or names[0] in ROLES:
        return None
    return Byline(others=(Credit(role="", names=(names[0],)), Credit(tokens[0], ())))


# only Han characters, a transliterated name's dot and padding spaces
_NAME_LINE = compile_pattern(r"^[\u4e00-\u9fff·•][\u4e00-\u9fff·•\s\u3000]*$")


def parse_name_line(text: str) -> Byline | None:
    """One name alone on its line, no mark, no role (林望舒, 沈　平, 艾合买提江·吐尔地), as a
    credit without a role, else None.  Only its place tells such a line from a short title (the
    caller decides: set solid between a poem's title and its verse)."""
    if not _NAME_LINE.match(text.strip()):
        return None
    names = join_padded(text.split())
    if len(names) != 1 or not _NAME.match(names[0]) or len(names[0]) < 2 or names[0] in ROLES:
        return None
    return Byline(others=(Credit(role="", names=(names[0],)),))


# 责任编辑：王建　电话：（0531）85193228　Email：…: how to reach the desk, after its names
_DESK_CONTACTS = ("电话", "传真", "热线", "邮箱", "电子邮箱", "电子信箱", "email", "e-mail")
_DESK_CONTACTS += ("投稿邮箱", "投稿信箱")  # a 副刊's desk line: where to send contributions
# 新闻热线, 广告热线, 投稿邮箱: the desk's line or mailbox, named for what it takes
_NAMED_DESK_CONTACT = compile_pattern(r"^[\u4e00-\u9fff]{2}(?:热线|电话|邮箱|信箱)$")
# (025-8335××××: a number printed with digits masked, as a phone line prints it, is a number still;
# and so is a mail address, xyfk@××.com, its mailbox or domain masked the same way)
_CONTACT_VALUE = compile_pattern(r"^[（(]?[\w.+@（）()×-]*\d[\w.+@（）()×-]*$|^[\w.+×-]+@[\w.×-]+$", re.ASCII)


def _desk_contact(token: str) -> bool:
    return token.lower() in _DESK_CONTACTS or bool(_NAMED_DESK_CONTACT.match(token))


# Emily Carter, Jean-Paul O'Neill: a name in Latin script (a bilingual page's foreign expert), two
# or three capitalised words, the spaces between them its own, not the line's separators
_LATIN = r"[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*"
_LATIN_WORD = compile_pattern(rf"^{_LATIN}$")
_LATIN_NAME = compile_pattern(rf"^{_LATIN}(?: {_LATIN}){{1,2}}$")


def _latin_names(tokens: list[str]) -> list[str]:
    """The tokens with each run of capitalised Latin words (Emily / Carter) made one name again."""
    out: list[str] = []
    run = 0
    for tok in tokens:
        if _LATIN_WORD.match(tok) and 0 < run < 3:
            out[-1] += " " + tok
            run += 1
            continue
        run = 1 if _LATIN_WORD.match(tok) else 0
        out.append(tok)
    return out


def _unmarked_role(token: str) -> str:
    """A desk's role word without the mark printed before it (■校对 -> 校对); any other token as is."""
    bare = token.lstrip(BYLINE_MARKS)
    return bare if bare != token and bare in STAFF_ROLES else token


def parse_staff_line(text: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """责任编辑：王 丽 版式：陈晨 -> [(责任编辑, (王丽,)), (版式, (陈晨,))]; else None.
    The desk's phone or mail printed after the names is a group of its own (电话, (…,))."""
    # (■责任编辑：某某　■美术编辑：某某: a mark may set each role off, as it sets a byline off)
    tokens = _latin_names([_unmarked_role(t) for t in _SPLIT.split(text.strip()) if t])
    if not tokens or tokens[0] not in STAFF_ROLES:
        return None
    groups: list[tuple[str, list[str]]] = []
    for tok in tokens:
        if tok in STAFF_ROLES or _desk_contact(tok):
            groups.append((tok, []))
        elif groups and _desk_contact(groups[-1][0]):
            if groups[-1][1] or not _CONTACT_VALUE.match(tok):
                return None
            groups[-1][1].append(tok)
        elif groups and (
            _NAME.match(tok) or _LATIN_NAME.match(tok) or (not groups[-1][1] and _LONG_NAME.match(tok))
        ):
            # (乌兰其其格 right after its role word: a long name, set apart where only a name stands)
            groups[-1][1].append(tok)
        elif groups and groups[-1][0] in _PLANNER_ROLES and not groups[-1][1] and _OFFICE.match(tok):
            groups[-1][1].append(tok)
        else:
            return None
    if not all(names for _, names in groups):
        return None
    return [(role, tuple(join_padded(names))) for role, names in groups]


# 本报济南11月4日讯 记者 张春晓 从济南海关获悉…: the reporter named as the sentence's subject
# right after the dateline, the names set apart by spaces on both sides; or 本报讯　记者邓君　通讯员
# 李伟健　近日，…: the credit set plain before a sentence of its own, a role run into its name there
_CREDIT_NAMES = r"[ \u3000]*[\u4e00-\u9fff]{1,4}(?:[ \u3000]+[\u4e00-\u9fff]{1,4})*"
_LEAD_CREDIT = compile_pattern(
    rf"^(?P<credit>(?:本报)?记者{_CREDIT_NAMES}(?:[ \u3000]+(?:本报)?通讯员{_CREDIT_NAMES})?)"
    r"[ \u3000]+(?=[\u4e00-\u9fff\d])"
)


def lead_credit(text: str) -> tuple[Byline, int] | None:
    """The credit opening a story's first sentence after its dateline (记者 张春晓 从…获悉, 记者邓君
    通讯员李伟健　近日，…) and where the text after it starts; else None."""
    m = _LEAD_CREDIT.match(text)
    if m is None:
        return None
    byline = parse_byline(m.group("credit"), credit=True)
    return (byline, m.end()) if byline is not None else None


# 文/李　娜（某某医院神经内科）: the writer's byline, then in brackets where they work (a doctor,
# a teacher writing for a health or education page)
_AFFILIATION = compile_pattern(
    rf"^(?P<credit>\S.*?\S)\s*[（(](?P<unit>[\u4e00-\u9fff]{{2,24}}{_WORKPLACE_KINDS}[\u4e00-\u9fff]{{0,8}})[）)]$"
)


# 解说　王立军（业余6段）, 评注　某某（象棋特级大师）: a game's commentator, then in brackets the
# grade they hold at the board (a player's, as a doctor's byline gives the hospital)
_PLAYER_RANK = compile_pattern(
    r"^(?P<credit>\S.*?\S)\s*[（(](?P<rank>(?:业余|职业)?[0-9０-９一二三四五六七八九]段"
    r"|[\u4e00-\u9fff]{0,4}(?:特级大师|大师))[）)]$"
)
_GAME_ROLES = ("解说", "评注")


# 记者 郑宇 摄/视觉重庆, 孙凯 摄（人民视觉）: a photo credit, then after a slash or in brackets the
# picture desk or outlet it was taken for
SHOT_FOR = compile_pattern(
    r"^(?P<credit>\S.*摄)\s*(?:[/／]\s*(?P<desk>[\u4e00-\u9fff]{2,8})|[（(](?P<outlet>[\u4e00-\u9fff]{2,8})[）)])$"
)


# 新华社发（王强　摄）: a news agency's picture sent out to the papers, its photographer's credit in
# brackets after the agency
_SENT_BY = compile_pattern(r"^(?P<agency>[\u4e00-\u9fff]{1,8}社)发\s*[（(](?P<credit>[^（）()]+摄)[）)]$")


def shot_for(text: str) -> tuple[str, str] | None:
    """(credit, desk) of a photo credit followed by the desk or outlet it was taken for (记者 郑宇
    摄/视觉重庆, 孙凯 摄（人民视觉）), or after the agency that sent it out (新华社发（王强 摄）), else
    None."""
    m = SHOT_FOR.match(text.strip())
    if m is not None:
        return m.group("credit"), m.group("desk") or m.group("outlet")
    sent = _SENT_BY.match(text.strip())
    return (sent.group("credit"), sent.group("agency") + "发") if sent else None


def is_photo_credit(text: str) -> bool:
    """■摄影 王强 …, 本报记者 王强 摄, 王强 摄: a line crediting a photograph."""
    desk = shot_for(text)
    if desk is not None:
        return is_photo_credit(desk[0])
    body = _unspace_roles(text.strip().lstrip(BYLINE_MARKS).strip())
    if body.startswith(("(", "（")) and body.endswith((")", "）")):
        body = body[1:-1].strip()
    postfix = parse_postfix_credit(text)
    if postfix is not None:
        return bool(postfix.photographers)
    if _TEXT_AND_PHOTO.search(body):  # the story's own byline, its writers took the pictures
        return False
    # (本报摄影记者 施　峰, 特约摄影 向成军: a role of a photographer's kind opening the line)
    first = body.split(maxsplit=1)[0] if body else ""
    starts_photo_role = (
        body.startswith(("图/", "图／"))
        or any(body.startswith(r) for r in PHOTOGRAPHER_ROLES if len(r) > 1)
        or role_kind(first) == "photographer"
    )
    ends_photo_mark = bool(_PHOTO_MARK.search(body))
    return (starts_photo_role or ends_photo_mark) and parse_byline(text) is not None


# 受访者供图, 图片由某某景区提供, 资料图片: a picture credited to its source, not to a photographer
# (新华社发 alone under a caption: the agency that sent the picture out, its photographer unnamed)
# (本版图片除署名外均由某某提供: the pictures no one signed, credited to the source of the rest)
_COURTESY_CREDIT = compile_pattern(
    r"^(?:(?P<giver>[\u4e00-\u9fff]{1,20})供图|(?P<agency>[\u4e00-\u9fff]{1,8}社)发|(?P<whole>本版|本组|以上)?图片(?:除(?:署名|注明)(?:者)?外)?均?由(?P<lender>[\u4e00-\u9fff·]{1,16})提供"
    r"|资料图片?|网络图片|图片来源[:：](?P<source>\S{1,16}))$"
)


def _staff_giver(text: str) -> tuple[str, ...]:
    """The names of 通讯员　某某　供图 / （记者 某某 供图）: the reporters or correspondents a
    courtesy credit is led by (a role word, then names), else ()."""
    body = text.strip()
    if body[:1] in "（(" and body[-1:] in "）)":
        body = body[1:-1].strip()
    body = body.removesuffix("供图").strip()
    if not body.startswith(REPORTER_ROLES + CORRESPONDENT_ROLES):
        return ()
    named = parse_byline(body)
    if named is None or named.photographers or named.others:
        return ()
    return (*named.reporters, *named.correspondents)


def courtesy_credit(text: str) -> Byline | None:
    """The source a picture is credited to (受访者供图 -> 供图: 受访者), else None."""
    bare = compact(text)
    if bare[:1] in "（(" and bare[-1:] in "）)":  # （某某县融媒体中心供图） on a line of its own
        bare = bare[1:-1]
    m = _COURTESY_CREDIT.match(bare)
    if m is None:
        return None
    if m.group("giver") is not None:
        staff = _staff_giver(text)
        if staff:
            # 通讯员　某某　供图: a person the paper names by a staff role gave the picture, and a
            # person who gives his own picture took it (受访者供图, 某某中心供图 name no one)
            return Byline(photographers=staff, others=(Credit("供图", ()),))
    name = m.group("giver") or m.group("lender") or m.group("source") or m.group("agency")
    role = m.group() if name is None else m.group().replace(name, "", 1)
    return Byline(others=(Credit(role, (name,) if name else ()),))


# （来源：某某交易所）: where a picture came from, in brackets on a line of its own, or bare (来源：某某
# 支队; under a table it names the figures' source: the caller decides the line closes a caption)
_SOURCE_ALONE = compile_pattern(r"^(?P<open>[（(])?来源[:：](?P<source>[^（）():：]{2,20})(?(open)[）)])$")


def source_credit(text: str) -> Byline | None:
    """The source named alone, perhaps in brackets (（来源：某某） -> 来源: 某某), a credit of no
    scored role."""
    m = _SOURCE_ALONE.match(compact(text))
    return Byline(others=(Credit("来源", (m.group("source"),)),)) if m else None


def page_wide_credit(text: str) -> bool:
    """本版图片由某某提供: the source of every picture on the page (or in the set above it); closing
    a set of captions it credits them, alone it credits no one picture."""
    bare = compact(text).lstrip("（(")
    m = _COURTESY_CREDIT.match(bare.rstrip("）)"))
    return m is not None and m.group("whole") is not None


def wrote_and_photographed(text: str) -> bool:
    """通讯员 王俊 文/图: a credit whose names wrote the text and took the picture."""
    body = text.strip().lstrip(BYLINE_MARKS).strip()
    marked = _TEXT_AND_PHOTO.search(body) or _TEXT_AND_PHOTO_FIRST.match(body)
    return bool(marked) and parse_byline(text) is not None


def photo_report_credit(text: str) -> bool:
    """本报记者 王强 摄影报道: a credit whose names took the pictures the words under them report
    (under a caption, the photographer's; under a story's head, its writer's too)."""
    return compact(text).endswith("摄影报道") and parse_byline(text) is not None


def merge_bylines(first: Byline | None, second: Byline | None) -> Byline | None:
    if first is None:
        return second
    if second is None:
        return first
    # ■记者 李雨婷 on top and (记者 李雨婷) under the body: one reporter, named once.
    return Byline(
        reporters=_union(first.reporters, second.reporters),
        correspondents=_union(first.correspondents, second.correspondents),
        photographers=_union(first.photographers, second.photographers),
        others=_union(first.others, second.others),
    )


def _union(first: tuple[_T, ...], second: tuple[_T, ...]) -> tuple[_T, ...]:
    return first + tuple(x for x in second if x not in first)
