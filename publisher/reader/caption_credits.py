"""Caption credits: the photographer's, a source's or an artist's credit closing a caption's line
(……发展。本报记者 王强 摄, ……（市民供图）, 《秋山图》（国画）　李　可), read off so the caption keeps
its text and the credit goes to the byline.

The credit's names are read by ``bylines``; this module finds where in a caption a credit starts.
"""

from __future__ import annotations

import dataclasses
import re

from publisher.model import Byline, Credit
from publisher.patterns import compile_pattern
from publisher.punctuation import compact, ends_sentence
from publisher.reader.bylines import courtesy_credit, is_photo_credit, parse_byline, source_credit, workplace

# "……发展。本报记者 王强 摄" / "……（王强 摄）": a credit closing a photo caption; in brackets
# its role may lead instead ("……若隐若现。（摄影　张卫东）", "（图/王强）")
_INLINE_PHOTO_CREDIT = compile_pattern(
    r"(?:[（(](?P<paren>[^（）()]{1,40}?摄"
    r"|(?:摄影|图)(?:\s*[/／:：]\s*|[ \u3000]+)[^（）()\s][^（）()]{0,20})[）)]"
    r"|(?<=[。！？\s])(?P<bare>[^。！？\s（）()][^。！？（）()]{0,30}?\s*摄))\s*$"
)


# "……时隐时现。图/汪 洋", "……层林尽染。　　文/图　胡 蓓": a caption closed on its own line by
# a credit led by its role (图/, 摄影/, 特约摄影, 文/图), after the sentence's end or a wide space; the
# role is led by a slash or a colon (or, for 文/图 and 摄影, a space), so a sentence that names a
# picture (详情见图/表) ends with no name after its slash
_INLINE_LED_CREDIT = compile_pattern(
    r"(?:(?<=[。！？!?”])|(?<=\S)(?:[ \t]{2,}|\u3000))[ \t\u3000]*"
    r"(?P<credit>(?:(?:文[/／]图|图[/／]文|文[/／]摄|摄[/／]文|(?P<title>特约|本报|首席)?摄影)"
    r"[ \t\u3000]*[/／:：]?|(?:图|摄)[/／:：])"
    r"[ \t\u3000]*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
    r"(?:[ \u3000、]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}){0,2})$"
)

# "……拍照留念。　　潘晓丽　文/图": the same credit with its mark after the names (a role may lead
# them: 记者 王强 文/图), after the sentence's end or a wide space
_INLINE_TRAILING_MARK_CREDIT = compile_pattern(
    r"(?:(?<=[。！？!?”])|(?<=\S)(?:[ \t]{2,}|\u3000))[ \t\u3000]*"
    r"(?P<credit>(?:[\u4e00-\u9fff]{1,6}[ \t\u3000]+)?[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
    r"(?:[ \u3000、]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}){0,2}"
    r"[ \t\u3000]*(?:文[/／]图|图[/／]文))$"
)

# "……扶上岸。（市民供图）": a caption closed by the source its picture is credited to
_INLINE_COURTESY_CREDIT = compile_pattern(r"(?<=[。！？”])\s*[（(](?P<credit>[^（）()]{2,24})[）)]\s*$")


# "……产业园一角。　某区融媒体中心供图": the same source set after a wide space, with no bracket
# (after a caption that names the picture and ends no sentence too: 某某台旧照　　资料图片; and
# the giver print-spaced from its 供图: 某社区　供图, or led by a staff role: 通讯员 某某 供图)
_INLINE_SPACED_COURTESY = compile_pattern(
    r"(?<=[^\s，,、；;：:])(?:[ \t]{2,}|\u3000)[ \t\u3000]*"
    r"(?P<credit>(?:[^\s（）()。！？]{1,16}[ \u3000]+){1,3}供图|[^\s（）()。！？]{2,24})$"
)
# "……演出剧照。某某剧院供图": the source run on straight after the caption's last sentence, with
# neither a bracket nor a space to set it apart (供图 closing the line, the giver right after the 。)
_INLINE_RUN_ON_COURTESY = compile_pattern(
    r"(?<=[。！？”])(?P<credit>[^\s（）()。！？，,、；;：:“”]{2,20}供图)$"
)


# 王一鸣, 王　岩, 阿不都热依木, 艾尔肯·吐尔逊: the maker of a drawing or an artwork as its caption
# names him, with no role word before: a name of up to four characters, perhaps print-spaced, or a
# transliterated one (Uyghur, Mongolian, Tibetan) of five or six characters or with its dot
_MAKER_NAME = (
    r"(?:[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{5,6}"
    r"|[\u4e00-\u9fff]{1,7}[·•][\u4e00-\u9fff]{1,8})"
)
# "一边喊减负，一边加作业　　朱慧卿／绘": a cartoon's caption closed, after a wide space, by who
# drew it (a maker's name, then 绘 or ／绘)
# (李　然（12岁）　作: a young maker's age in brackets after the name, as a children's page prints it)
_INLINE_DRAWING_CREDIT = compile_pattern(
    rf"(?<=\S)(?:[ \t]{{2,}}|\u3000)[ \t\u3000]*(?P<name>{_MAKER_NAME})(?P<age>[（(]\d{{1,2}}岁[）)])?"
    r"[ \t\u3000]*[/／]?[ \t\u3000]*(?P<role>绘|作)$"
)
# "《谁来管管》　漫画：李　新", "一边喊减负　　绘图／朱慧卿": the same, the maker led by the word for
# what he drew (漫画, 绘图, 插图, 绘) and a colon, a slash or a space, as a photo's credit is by 摄影
_INLINE_LED_DRAWING_CREDIT = compile_pattern(
    r"(?<=\S)(?:[ \t]{2,}|\u3000)[ \t\u3000]*(?P<role>漫画|绘图|插图|绘)"
    rf"(?:[ \t\u3000]*[/／:：][ \t\u3000]*|[ \t\u3000]+)(?P<name>{_MAKER_NAME})$"
)
# 《沂河春早》（木刻版画）　陈立军, 苏轼《赤壁赋》句（行书）　王　岩, 《梁溪雪霁》　国画　华子明: a
# painting's or a calligraphy's caption, the work in 《》 and its medium (a word ending as media
# do: 国画, 版画, 水彩, 水墨, 行书, 书法, 篆刻, 剪纸), then, after a wide space, its artist's bare name
# (作, 绘 or 摄 after the name is a credit read below)
_MEDIUM = r"[\u4e00-\u9fff]{0,4}(?:画|书|彩|墨|法|刻|剪纸|素描)"
# 国画, 油画, 书法, 篆刻: a word that only names an artwork's medium, printed before the work's
# 《title》 (国画《匡庐云起》) or alone on the line over its maker (中国画　范一鸣)
_MEDIUM_WORD = (
    r"(?:中国|国|油|版|漆|年|壁|水彩|水墨|水粉|工笔|写意|农民)画|书法|篆刻|剪纸|素描|[行草楷隶篆]书"
)
# 《秦岭雪霁》（国画）, 《松风》　行书, 秋山晚照（国画）: the work a 作 credit signs is a painting's
# or a calligraphy's, its title in 《》 and its medium perhaps after it (in brackets or a wide space
# apart), or its bare title with its medium in brackets after it (a line of prose may end in 作; a
# work's title alone does not); or its media named before the title (书法　行书《某某》)
_ARTWORK_TITLE = compile_pattern(
    rf"^(?:(?:(?:{_MEDIUM_WORD})[ \t\u3000]+)*(?P<lead>{_MEDIUM_WORD})[ \t\u3000]*《[^《》]{{1,24}}》$"
    r"|[\u4e00-\u9fff]{0,6}《[^《》]{1,24}》[\u4e00-\u9fff]{0,2}"
    r"(?:[（(](?P<marked>[\u4e00-\u9fff]{1,6})[）)]"
    r"|(?:[ \t]{2,}|\u3000)[ \t\u3000]*(?P<spaced>[\u4e00-\u9fff]{1,6}))?"
    # (（某校国画班学员作品）: whose work it is, a note in brackets after the title)
    r"(?:[（(][\u4e00-\u9fff]{2,20}作品[）)])?"
    rf"|[\u4e00-\u9fff]{{2,12}}[（(](?P<bare>{_MEDIUM})[）)])$"
)
_ARTIST_CAPTION = compile_pattern(
    r"^(?P<work>[\u4e00-\u9fff]{0,6}《[^《》]{1,24}》[\u4e00-\u9fff]{0,2}"
    rf"(?:[（(]{_MEDIUM}[）)]|(?:[ \t]{{2,}}|\u3000)[ \t\u3000]*{_MEDIUM})"
    rf"|(?:{_MEDIUM_WORD})《[^《》]{{1,24}}》[\u4e00-\u9fff]{{0,2}})"
    r"(?:[ \t]{2,}|\u3000)[ \t\u3000]*"
    rf"(?P<name>{_MAKER_NAME})(?<![作绘摄])$"
)
# 苏轼词一首　行书　王　岩, 秋山图（国画）　李　可: a calligraphy's or a painting's caption printed
# with no 《》, its fields set apart by a wide space: the work, its medium (a word of its own, or in
# brackets after the work), the artist
_BARE_ARTIST_CAPTION = compile_pattern(
    r"^(?P<work>[\u4e00-\u9fff]{2,12}(?:(?:[ \t]{2,}|\u3000)[ \t\u3000]*"
    r"[\u4e00-\u9fff]{0,2}(?:画|书|彩|墨|法|刻|剪纸|素描)|[（(]" + _MEDIUM + r"[）)]))"
    r"(?:[ \t]{2,}|\u3000)[ \t\u3000]*"
    rf"(?P<name>{_MAKER_NAME})(?<![作绘摄])$"
)


def _artist_caption(text: str) -> re.Match[str] | None:
    return _ARTIST_CAPTION.match(text.strip()) if "《" in text else _BARE_ARTIST_CAPTION.match(text.strip())


def artist_caption(text: str) -> bool:
    """The line is an artwork's whole caption: the work, its medium, its artist (no title over it:
    the work's name is its title)."""
    return _artist_caption(text) is not None


def artwork_parts(text: str) -> tuple[str, str] | None:
    """(work, artist) of an artwork's caption (``artist_caption``), the artist's name unspaced."""
    m = _artist_caption(text)
    return None if m is None else (m.group("work"), compact(m.group("name")))


# 王一鸣　作, 李　阳／绘: an artwork's maker, alone on the line under the work's title
# (王一鸣　画, 王　岩　书: a painter's or a calligrapher's verb set a space apart, as a name may end
# in either; 王一鸣 alone: the maker named with no role word)
_MAKER_LINE = compile_pattern(
    r"^(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)"
    r"(?:[ \t\u3000]*[/／]?[ \t\u3000]*(?P<role>绘|作)|[ \t\u3000]+[/／]?[ \t\u3000]*(?P<verb>画|书))?$"
)


def artwork_title(text: str) -> bool:
    """The line is an artwork's title naming its medium and no maker (秋山晚照（国画）, 《松风》　行书)."""
    work = _ARTWORK_TITLE.match(text.strip())
    if work is None:
        return False
    medium = work.group("marked") or work.group("spaced") or work.group("bare") or work.group("lead") or ""
    return re.fullmatch(_MEDIUM, medium) is not None


# 篆刻作品选, 书法作品欣赏, 国画选登: the title of a set of works in one medium printed as one picture
_WORKS_TITLE = compile_pattern(rf"^(?:{_MEDIUM_WORD})(?:作品|小品)?(?:选|选登|选粹|欣赏|赏析|展示|集萃)$")


def works_title(text: str) -> bool:
    """The line titles a set of works in one medium (篆刻作品选): a picture's title, no head."""
    return bool(_WORKS_TITLE.match(compact(text)))


# 中国画　范一鸣, 书法　王　岩　作: the medium, then after a wide space the maker, under the work's
# bare title (秋山晚翠 / 中国画　范一鸣)
_MEDIUM_MAKER_LINE = compile_pattern(
    rf"^(?P<medium>{_MEDIUM_WORD})(?:[ \t]{{2,}}|\u3000)[ \t\u3000]*"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)"
    r"(?:[ \t\u3000]*[/／]?[ \t\u3000]*(?P<role>绘|作))?$"
)
# 秋山晚翠, 《松风》: a work's title alone, one phrase with no punctuation
_BARE_WORK_TITLE = compile_pattern(r"^(?:[\u4e00-\u9fff]{2,12}|《[^《》]{1,24}》)$")


# 作者　李　岩, 作者：李岩: the maker named under the note on the work, led by the word for him
_LED_MAKER_LINE = compile_pattern(
    r"^作者[ \t\u3000:：]*(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$"
)


def maker_credit(text: str) -> Byline | None:
    """The credit of an artwork's maker's line (王一鸣　作, 李　阳／绘, 作者　李　岩), in no scored role
    (a painter is no photographer), else None."""
    led = _LED_MAKER_LINE.match(text.strip())
    if led is not None:
        return Byline(others=(Credit("作者", (compact(led.group("name")),)),))
    m = _MAKER_LINE.match(text.strip())
    if m is None or not (m.group("role") or m.group("verb")):
        return None  # (a bare name under a note is anyone's signature)
    return Byline(others=(Credit(m.group("role") or m.group("verb"), (compact(m.group("name")),)),))


# a cartoon's title over its maker's 绘 line is a phrase, as a headline is short
_DRAWING_TITLE_MAX = 24


def titled_artwork(title: str, credit: str) -> tuple[str, str, Byline] | None:
    """(work, caption, byline) of an artwork's title over the line naming its maker: the title
    naming the medium (黄海湿地秋韵（国画） / 王一鸣　作, 《松风》　书法 / 王　岩; no caption), or
    the maker's line naming it (秋山晚翠 / 中国画　范一鸣; the medium the caption): a painting's or a
    calligraphy's caption printed on two lines, else None.  The maker is in no scored role."""
    medium = _MEDIUM_MAKER_LINE.match(credit.strip())
    if medium is not None and _BARE_WORK_TITLE.match(title.strip()):
        maker = Credit(medium.group("role") or "", (compact(medium.group("name")),))
        return title.strip(), medium.group("medium"), Byline(others=(maker,))
    m = _MAKER_LINE.match(credit.strip())
    if m is None:
        return None
    role = m.group("role") or m.group("verb") or ""
    # (“作业” / 徐　骏　绘: 绘 names a drawing's maker whatever its title says, a cartoon's title
    # being any short phrase; a sentence over it would be a caption, not a title)
    drawn = role == "绘" and len(compact(title)) <= _DRAWING_TITLE_MAX and not ends_sentence(title)
    if not (drawn or artwork_title(title)):
        return None  # (a name under a title that names no medium: a poem's or a book's author)
    return title.strip(), "", Byline(others=(Credit(role, (compact(m.group("name")),)),))


# 《我的家乡》（儿童画）　某县实验小学四年级　吴某　作: where the maker studies or works, set a wide
# space apart between the work and the maker's name (a pupil's drawing names the school and grade)
_MAKER_PLACE = compile_pattern(r"(?<=\S)(?:[ \t]{2,}|\u3000)[ \t\u3000]*(?P<place>\S+)$")


def _maker_place(caption: str) -> tuple[str, str | None]:
    """(caption, place) of a caption closed by its maker's workplace (``_MAKER_PLACE``), the place
    read off; else the caption stripped and None."""
    m = _MAKER_PLACE.search(caption.strip())
    if m is None or not workplace(m.group("place")):
        return caption.strip(), None
    return caption.strip()[: m.start()].rstrip(), m.group("place")


def split_photo_credit(text: str) -> tuple[str, Byline] | None:
    """(caption, byline) when a caption ends with its photo credit (or a drawing's), else None."""
    artwork = artwork_parts(text)
    if artwork is not None:
        # the artist is named with no role word: a credit of no scored role (like 作 or 绘)
        return artwork[0], Byline(others=(Credit("", (artwork[1],)),))
    m = _INLINE_SPACED_COURTESY.search(text.rstrip()) if text.rstrip().endswith(("图", "供", "片")) else None
    courtesy = courtesy_credit(m.group("credit")) if m else None
    if m is None and text.rstrip().endswith("供图"):
        m = _INLINE_RUN_ON_COURTESY.search(text.rstrip())
        courtesy = courtesy_credit(m.group("credit")) if m else None
    if m and courtesy is not None:
        return text[: m.start()].rstrip(), courtesy
    # every credit below ends the line (摄, 绘, 作 or a bracket), but for one led by its role and
    # a slash (图/X, 文/图 X) whose name ends it: any other ending spares three searches that
    # each try every position of the line
    if text.rstrip()[-1:] not in ("摄", "绘", "作", "）", ")"):
        # (a drawing's maker led by his role word: the line names 画, 绘 or 图 somewhere)
        drawn = "画" in text or "绘" in text or "图" in text
        m = _INLINE_LED_DRAWING_CREDIT.search(text.rstrip()) if drawn else None
        if m is not None:
            name = compact(m.group("name"))
            return text[: m.start()].rstrip(), Byline(others=(Credit(m.group("role"), (name,)),))
        m = _INLINE_LED_CREDIT.search(text.rstrip()) if ("图" in text or "摄" in text) else None
        if m is None and text.rstrip().endswith("图"):
            m = _INLINE_TRAILING_MARK_CREDIT.search(text.rstrip())
        # (特约摄影 is a photographer's title: the byline reads the role word after it, the title's
        # wording kept as a credit of no role)
        title = m.groupdict().get("title") if m else None
        byline = parse_byline(m.group("credit").removeprefix(title or "")) if m else None
        if m is None or byline is None or not byline.photographers:
            return None
        if title:
            byline = dataclasses.replace(byline, others=(*byline.others, Credit(title, ())))
        return text[: m.start()].rstrip(), byline
    m = _INLINE_DRAWING_CREDIT.search(text.rstrip())
    work, place = _maker_place(text[: m.start()]) if m else ("", None)
    if m and (m.group("role") == "绘" or _ARTWORK_TITLE.match(work)):
        maker = Credit(m.group("role"), (compact(m.group("name")),))
        # (the maker's age and workplace: notes on him, in no role)
        notes = tuple(Credit(note, ()) for note in (m.group("age"), place) if note is not None)
        return work, Byline(others=(maker, *notes))
    m = _INLINE_COURTESY_CREDIT.search(text)
    # (……欣赏作品。（来源：某某局）: where the picture came from, run in as a giver's credit is)
    courtesy = (courtesy_credit(m.group("credit")) or source_credit(m.group("credit"))) if m else None
    if m and courtesy is not None:
        return text[: m.start()].rstrip(), courtesy
    # "……若隐若现。（摄影　张卫东）": the credit in brackets led by its role, not closed by 摄
    led = parse_byline(m.group("credit"), photo=True) if m and is_photo_credit(m.group("credit")) else None
    if m and led is not None and led.photographers and not (led.reporters or led.correspondents):
        return text[: m.start()].rstrip(), led
    m = _INLINE_PHOTO_CREDIT.search(text)
    if not m:
        return None
    credit = m.group("paren") or m.group("bare")
    byline = parse_byline(credit, photo=True)
    # (……的季节。拍摄 / 秋叶时……: a sentence's word 拍摄 broken at the line's end, no credit; a
    # photographer is named by two characters at least)
    if byline is None or not byline.photographers or any(len(name) < 2 for name in byline.photographers):
        return None
    caption = text[: m.start()].rstrip()
    return caption, byline
