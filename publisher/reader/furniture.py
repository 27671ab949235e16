"""Page furniture below the masthead: the lines a page prints again lower down, which say what the
masthead at the top already said (the page's number alone between blanks, the section and date
over a column, the paper naming itself as publisher at the foot), and so are neither items nor text.

Each is recognised only by agreeing with the page's own masthead, never by a list of names; the
furniture at the page's foot (its desk's lines and imprint, page_foot) by its shape: a run of short
fields of the kinds only an imprint prints, or the desk's credits, at the very foot.
"""

from __future__ import annotations

import dataclasses
import re

from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, compact, ends_sentence, normalise_punctuation
from publisher.reader.line_kinds import (
    BRIEF_COLUMN,
    CONTACT,
    CONTRIBUTIONS,
    MASTHEAD,
    NOTICE,
    NOTICE_RE,
    PHOTO_CREDIT,
    PUBINFO,
    PUBINFO_LINE,
    QR,
    QR_LINES_MAX,
    QR_PHRASE_MAX,
    SIGNATURE,
    STAFF,
    TEXT,
    TIP_LABEL,
    WIDE_GAP,
    has_phone,
    qr_in_line,
)
from publisher.reader.lines import (
    Line,
    pubinfo_parts,
)
from publisher.reader.masthead import MastheadLine, contradicts, parse_masthead_line

_IMPRINT_MAX = 80
_DESK_NOTE_MAX = 30  # 本版稿件一经采用，即付稿酬。
# 本版稿件均为原创首发。欢迎投稿，邮箱：…: the page naming itself, then (a short sentence between)
# the address it takes contributions at, which ends the line
_DESK_CALL = compile_pattern(
    r"^(?:本版|本刊)[^@]{0,30}?(?:投稿|来稿|赐稿)[^@。]{0,8}?[:：]\s*[\w.+-]+@[\w.-]+\.[A-Za-z]{2,}$",
    re.ASCII,
)
# 本版言论仅代表作者个人观点, 本栏文章不代表本报立场, 文责自负: the desk's word on whose views the
# page prints, said of the page and no story's
_VIEWS = r"(?:仅代表作者|不代表本[报刊])[\u4e00-\u9fff]{0,8}?(?:观点|立场|看法)"
# (本版信息由刊登者提供，本报不承担相关法律责任, 本版内容由刊登者负责: a notice page's word that
# who placed a notice answers for it)
_SUPPLIED = (
    r"(?:本版|本栏)[\u4e00-\u9fff]{0,6}?由[\u4e00-\u9fff]{1,6}?(?:提供|负责)"
    r"(?:[，,；;]本报[\u4e00-\u9fff]{0,16})?"
)
# 欢迎投稿, 欢迎提供线索, 欢迎各县（市、区）通讯员踊跃投稿: the desk calling for contributions or
# news tips, a phrase of its own (a slogan or a word on how to send may stand beside it)
_DESK_CALL_PART = compile_pattern(
    r"^[\u4e00-\u9fff（）()、]{0,16}?(?:欢迎|踊跃|诚邀|敬请)[\u4e00-\u9fff]{0,6}?"
    r"(?:投稿|来稿|赐稿|来信|报料|爆料|提供(?:新闻)?线索)$"
    # (爆料有奖: the same call, with the reward the desk pays for a tip)
    r"|^(?:报料|爆料|新闻线索)有奖$"
)
_DESK_CALL_MAX = 40
# 读者来稿请寄：某地某路某号某报编辑部, 来信请寄：…: where the paper takes its readers' letters by post
_LETTERS_BY_POST = compile_pattern(r"^[\u4e00-\u9fff]{0,4}?(?:来稿|来信|投稿)请寄[:：]")
# 本报广告部, 本报发行中心: the paper's own office, where its notices are placed or it is bought
_OFFICE_KIND = r"(?:广告|发行|编辑|读者服务|新闻)(?:部|中心|科|处)"
_PAPERS_OFFICE = compile_pattern(rf"本[报刊]{_OFFICE_KIND}")
# 某某早报社广告部: the same office named by the paper's own name and 社 (no advertiser is a 报社)
_NAMED_OFFICE = rf"[\u4e00-\u9fff]{{2,10}}报社{_OFFICE_KIND}"
_OWN_OFFICE = compile_pattern(rf"^{_NAMED_OFFICE}")
# 刊登各类公告、遗失声明请携带有效证件: how to have a notice printed in the paper, its own desk's word
# (an advertiser's poster never asks to be printed), however it names the office
_PLACING_NOTICES = compile_pattern(r"^(?:刊登|登报)[\u4e00-\u9fff、]{0,16}?请[\u4e00-\u9fff]{2,16}[。]?$")
# 地址：…, 电话：…: a field on its line (办理地址：…　电话：…, set side by side), under the paper's
# office's line the office's own
_OFFICE_FIELD = compile_pattern(r"^(?:办理地址|地址|电话|联系电话|传真|(?:电子)?邮箱)[：:]\S+$")
_DESK_DISCLAIMER = compile_pattern(
    rf"^(?:(?:本版|本栏|本刊|本专栏)[\u4e00-\u9fff]{{0,6}}?{_VIEWS}(?:[，,；;]{_VIEWS})?|(?:来稿|文章)?文责自负"
    rf"|{_SUPPLIED})[。.]?$"
)
_RUNNING_FOOT_MAX = 40
# ━━━━━━━━: a rule drawn across the column, a horizontal stroke repeated (a table's border has
# its corners and joints)
# (a run of em dashes alone on its line draws the rule too: a dash inside text comes in pairs)
# (┌────┐ / └────┘: a box's top or bottom border, the rule closed by its corners, draws a sidebar's
# frame: it parts the box from the story above and below as a rule does)
_RULE_LINE = compile_pattern(r"^(?:━{3,}|─{3,}|═{3,}|—{4,}|[┌┏╔╭└┗╚╰](?:─{3,}|━{3,}|═{3,})[┐┓╗╮┘┛╝╯])$")
# the page's number in its label: 3, 03, 第3版, 第03版, A6
_PAGE_NUMBER = compile_pattern(r"第?[A-Z]?0*(\d+)版?")
# The imprint's fields set side by side at the foot: 邮编：344000, 定价：每份1.20元 (a short label
# and its value), who printed it (某某印务中心印刷), the paper or its newsroom as publisher (某某日报社,
# 某某日报某某版编辑部), and the page's word on what it prints (本版内容由刊登者负责)
# 某某晚报新闻热线：…: a field the paper names as its own, its name before the field's
_OWN_PAPER = r"(?:[\u4e00-\u9fff]{2,8}(?:日报|晚报|报))?"
_FOOT_PART = compile_pattern(
    rf"^{_OWN_PAPER}[\u4e00-\u9fff]{{2,7}}[：:]\S+$"
    r"|^[\u4e00-\u9fff]{4,24}(?:印刷|承印|出版)$"
    r"|^[\u4e00-\u9fff]{2,12}(?:报社|编辑部)$|^本版[\u4e00-\u9fff]{2,16}$"
    # (某某早报社广告部　地址：…　办理时间：…: the paper's office, where and when it takes notices)
    rf"|^{_NAMED_OFFICE}$"
    # (某某晚报健康周刊: the paper's weekly supplement naming itself beside its newsroom's line)
    r"|^[\u4e00-\u9fff]{2,12}(?:周刊|专刊)$"
    # (（24小时）: when the line beside it answers)
    r"|^[（(][\u4e00-\u9fff\d]{1,10}[）)]$"
    # (内部发行, 内部资料　免费交流: how a paper printed for its own staff or members circulates)
    r"|^内部(?:发行|资料)$|^免费(?:交流|赠阅)$"
)
# 零售价：1.00元, 本版咨询热线：…: one field alone on the foot's line, one only the paper prints
_OWN_FOOT_FIELD = compile_pattern(r"^(?:本版|本报)[\u4e00-\u9fff]{1,8}[：:]\S+$")
# 摄影投稿邮箱：…: one field alone on its line, its name and its value
_FIELD_ALONE = compile_pattern(r"^[\u4e00-\u9fff]{2,10}[：:][^：:]+$")
# 地址：…: a field's name closed by its colon, its value after it
_FIELD_COLON = compile_pattern(r"[：:]\S")
_FOOT_GAP = compile_pattern(r"\u3000+|[ \t]{2,}")
_FOOT_LINE_MAX = 90
# An imprint's own fields, which no advertiser or notice prints: the paper's address, postcode,
# cover price, printer, advertising licence, postal code for subscription, editors' office,
# serial number, the newsroom's line (an address or a phone alone is anyone's)
_IMPRINT_FIELD = compile_pattern(
    r"^(?:社址|报社地址|邮编|邮政编码|(?:全年|每份)?定价|零售价|广告(?:经营)?许可证|邮发代号|总编室|国内统一(?:连续出版物号|刊号)"
    r"|印刷[:：]|承印[:：]|发行[:：]"
    # (新闻热线：…, 报料热线：…: where readers call the newsroom, the paper's own line; 投稿邮箱：…,
    # where it takes contributions; 来信邮箱：…, where readers write to it)
    # (社区新闻热线：…, 某某晚报县域新闻热线：…: the desk's word may come before it; 摄影投稿邮箱：…,
    # the pictures' desk's)
    rf"|{_OWN_PAPER}[\u4e00-\u9fff]{{0,4}}?(?:新闻热线|报料热线|爆料热线|新闻报料)"
    r"|[\u4e00-\u9fff]{0,4}?(?:投稿|来稿|来信)(?:邮箱|信箱)"
    # (广告热线：…: the paper's own desk that sells its space; 来稿请寄：…, where letters go)
    r"|广告(?:热线|电话)[:：]|(?:来稿|来信|投稿)请寄[:：]"
    # (沈报热线：…, 登报热线：…: the paper's own line, to its newsroom or to print in it; 公告刊登
    # 热线：…, where notices are placed to be printed, the paper's word for its own space)
    r"|[\u4e00-\u9fff]{1,4}报热线[:：]|[\u4e00-\u9fff]{0,4}?刊登(?:热线|电话)[:：]"
    # (刊登各类公告请拨打：…, 登报请致电：…: where to place a notice in the paper, its own desk's
    # call, as 投稿邮箱 is the newsroom's; an advertiser's poster never asks to be printed)
    r"|(?:刊登|登报)[\u4e00-\u9fff]{0,8}?(?:请拨打|请致电|请联系)[:：]"
    # (刊登公告、声明请至某某日报社广告部（地址）: where to go to place a notice, the paper's own
    # office, as 刊登热线 is its line)
    rf"|(?:刊登|登报)[\u4e00-\u9fff、]{{0,12}}?请(?:至|到)(?:本报|[\u4e00-\u9fff]{{2,10}}报社){_OFFICE_KIND})"
    r"|^[\u4e00-\u9fff]{4,24}(?:印刷|承印)$"
    # 某某报业集团主办, 某某县融媒体中心主办: the press body that publishes the paper (an event's
    # organiser is no newsroom)
    # (某某县融媒体中心出品, 今日某某社出版: what it made, the page or the paper)
    r"|^[\u4e00-\u9fff]{2,16}(?:报业|传媒|报社|融媒体中心|新闻中心)[\u4e00-\u9fff]{0,6}(?:主办|出品|出版)$"
    # (火警电话：119, 报警求助：110, 市民热线：12345: the public's emergency and service numbers,
    # which a page prints at its foot as the paper's word and no advertiser owns)
    r"|^[\u4e00-\u9fff]{2,6}[:：](?:11[029]|12[02]|12345)$"
)
# 体育热线：… on the 体育 page, 法治热线：… on the 法治 page: the desk that made the page, named by the
# section the masthead prints, and its line to call (the desk's own, as 新闻热线 is the newsroom's)
_DESK_HOTLINE = compile_pattern(r"^(?P<desk>[\u4e00-\u9fff]{2,6})(?:热线|电话)[：:]\S+$")
# 健康·教育: the desks a section's name joins
_SECTION_PARTS = compile_pattern(r"[·・•\s]+")
# 棋　苑, 文　体　新　闻: a section short enough to be printed letter-spaced
_SPACED_SECTION_MAX = 5
_HAN = compile_pattern(r"[\u4e00-\u9fff]")
# 零售价：…, 邮发代号：…, 广告许可证：…: fields of the paper's imprint that no notice's contacts carry
# (新闻热线：…, 报料热线：…: the newsroom's line, which no advertiser or notice gives either)
_PAPERS_OWN_FIELD = compile_pattern(
    r"^(?:(?:全年|每份)?定价|零售价|邮发代号|广告(?:经营)?许可证|(?:新闻|报料|爆料)热线)"
)
# （本版稿件由某某中心协助采写）, 本版图片除署名外均由某某提供: the page's one-line word on where its
# pieces or pictures came from, no sentence before its end (brackets only set it off)
_PAGE_NOTE = compile_pattern(r"^[（(]?本版[^。！？!?；;：:]{4,40}。?[）)]?$")
# 某某时讯　地址：…　新闻热线：…: the imprint led by the paper's name, a word with no field's colon
# (one field of the paper's own may follow it alone: 某某商报　新闻热线：…)
_IMPRINT_NAME = compile_pattern(r"^[\u4e00-\u9fff]{2,8}$")
# 联系电话：…, 咨询电话：…, 订购热线：…: how to reach a notice's or an ad's own people
_CONTACT_OF = compile_pattern(r"^(?:联系|咨询|报名|订购|预订|订阅|购票|客服)")
# 某区委宣传部　某某日报社　联合出品: the bodies that made a feature page, set apart by wide spaces,
# then what they did together (the page's own credit, as its desk's is; 联办, run jointly)
_MADE_BY = compile_pattern(r"^(?:联合)?(?:出品|主办|策划|制作)$|^[联合协承]办$")
_MADE_BY_MAX = 40
# 欢迎各县（市、区）通讯员踊跃投稿: the desk's call for contributions over its mailbox at the foot
_CALL_FOR_COPY = compile_pattern(r"^欢迎[^。！？!?，,]{0,20}(?:投稿|来稿|赐稿)[。！!]?$")


def imprint_line(ln: Line) -> Line:
    """Line ``ln`` kept as the page's furniture, as printed (the masthead's imprint): a line that
    belongs to no item, so that nothing it prints is lost."""
    imprint = MastheadLine(imprint=(normalise_punctuation(ln.text),))
    return dataclasses.replace(ln, kind=MASTHEAD, masthead=imprint)


# 17, 05: a page's number alone
_FOLIO = compile_pattern(r"^\d{1,3}$")


def repeated_furniture(lines: list[Line], k: int, top: list[MastheadLine]) -> MastheadLine | None:
    """What line k repeats of the masthead at the top (``top``, read there), or None when it is
    not a repetition of it."""
    ln = lines[k]
    text = compact(ln.text)
    below = lines[k + 1] if k + 1 < len(lines) else None
    if _RULE_LINE.match(text) and (ln.gap or below is None or below.gap):
        # (a rule drawn across the column, set apart: it only parts what it stands between; one
        # set solid between a table's rows is the table's)
        return MastheadLine()
    labels = {m.page_label for m in top if m.page_label}
    # 05 or A12 alone between blank lines: the page's number printed again, at a column's foot
    alone = ln.gap and (k + 1 == len(lines) or lines[k + 1].gap)
    if ln.kind in (TEXT, MASTHEAD) and alone and _this_page(text, top):
        return MastheadLine(page_label=text)
    if (
        ln.kind in (TEXT, MASTHEAD)
        and alone
        and _FOLIO.match(text)
        and k
        and not lines[k - 1].gap
        and lines[k - 1].kind == MASTHEAD
        and lines[k - 1].masthead is not None
    ):
        # 某某日报　2026年6月12日　6　地州 / 17 alone under it: a number set apart under the running
        # foot (read as furniture above, the lines read in order) is a folio printed with it (the
        # facing page's, where two pages were exported as one), no head of the text the column goes
        # on with under it
        return MastheadLine()
    # 2 set solid between a photo's credit and the next head, the page 第2版 names: its number
    # printed again at a column's head, where no sentence is left open above it
    # (or inside a sentence the column break left open, which goes on flush right under it:
    # 签订书面借条， / 6 / 注明借款金额…, a lone number ending no sentence of the text)
    above = lines[k - 1] if k else None
    # (A06 set solid under a story's last sentence, on page A06: the label itself, printed again)
    if ((ln.kind in (TEXT, MASTHEAD) and text in labels) or (ln.kind == TEXT and _this_page(text, top))) and (
        above is None
        or above.kind != TEXT
        or ends_sentence(above.text)
        or (below is not None and below.kind == TEXT and not below.gap and not below.indented)
    ):
        return MastheadLine(page_label=text)
    m = ln.masthead
    # 北京新闻 2025年12月18日 星期四 over a column: the section and date the top prints, again.
    sections = {m.section for m in top if m.section}
    dates = {m.date for m in top if m.date}
    papers = {m.newspaper for m in top if m.newspaper}
    editions = {m.edition for m in top if m.edition}
    # (A06　城事 with no date: the label and the section both as the top printed them, again)
    if (
        m is not None
        and (
            (m.date in dates and (m.section in sections or m.page_label in labels))
            or (m.date is None and m.section in sections and m.page_label in labels)
        )
        and not (m.newspaper or m.edition or m.newspaper_en or m.brands)
    ):
        return m
    # 某某晚报　2026年9月30日　A08 / 图片新闻: the section, set solid under the running head printed
    # again over a column, is the running head's second line, as at the top (no column's label)
    # (…的首选。 / 08 / 图片新闻: under the page's number alone, printed again where a column
    # ends, the number and the section are the folio, set solid under the text as the column runs)
    if (
        ln.kind in (TEXT, MASTHEAD)
        and not ln.gap
        and above is not None
        and above.kind == MASTHEAD
        and (above.gap or (above.masthead is not None and _this_page(compact(above.text), top)))
        and text in sections
    ):
        return MastheadLine(section=text)
    # 摄影投稿邮箱：… set solid under the masthead's block (its date and desk's credits): the
    # desk's own mailbox, a field only the paper prints, the block's last line
    # (本报民生热线：…, 本版投稿：… set apart under it: a field the paper names as its own, over the
    # page's first column as at its foot, furniture all the same; a field anyone prints, set apart,
    # may open a notice)
    if (
        ln.kind in (TEXT, CONTACT)
        and above is not None
        and above.kind in (MASTHEAD, STAFF)
        and (_IMPRINT_FIELD.match(text) or (ln.gap and _OWN_FOOT_FIELD.match(text)))
        and (not ln.gap or _OWN_FOOT_FIELD.match(text))
        and _FIELD_ALONE.match(text)
    ):
        return MastheadLine(imprint=(ln.text,))
    # 区县新闻 / 区县快讯 / ●…: the page's section set apart and printed again over a column of
    # briefs, set solid on the column's own label; the label under it heads the briefs
    if (
        ln.kind in (TEXT, MASTHEAD)
        and ln.gap
        and text in sections
        and below is not None
        and not below.gap
        and below.kind == TEXT
        and compact(below.text) != text
        and BRIEF_COLUMN.match(compact(below.text))
    ):
        return MastheadLine(section=text)
    # A07　社区　　2026.11.05 set apart over a column: each part set apart by a wide space is the
    # page's label, its section or its date as the top printed them, in whatever order.
    # (某某新闻　　2026年6月9日　　安全生产 set solid under a story's last line, where the export
    # joined two pages: the paper's name, the date and the section the top printed, the running
    # head of the next page; the date the top printed makes it the page's, set apart or not)
    parts = WIDE_GAP.split(ln.text.strip())
    if (
        ln.kind == TEXT
        and m is None
        and len(parts) >= 3
        and len(text) <= _RUNNING_FOOT_MAX
        and all(_top_part(part, labels, sections, dates) for part in parts)
        and (
            (ln.gap and any(part in labels for part in parts))
            or any(_top_date(part, dates) for part in parts)
        )
    ):
        return MastheadLine()
    # 富阳日报　2026年4月29日　星期三　乡镇　3, 07　市县　2026年10月13日　星期二, 2026年2月10日
    # 星期二　丹阳日报　2: the running head or foot gives the date the top printed and two of the
    # paper's name, the section and the page's number as the top printed them, in whatever order
    # (or, with no date, all three of them)
    # (read as at the top, where a bare number is the page's and a short word its section).
    if ln.kind == TEXT and m is None and len(text) <= _RUNNING_FOOT_MAX:
        foot = parse_masthead_line(_sections_set_solid(ln.text, sections), top=True)
        top_sections = {_undotted(section): section for section in sections}
        if (
            foot is not None
            # (某某日报　健康·教育　　B03 over a column: no date, but all three of the others)
            and (
                foot.date in dates
                or (foot.date is None and all((foot.newspaper, foot.section, foot.page_label)))
                # (某某日报·某某版　公告·分类 at the foot: no date nor number, but the paper, its
                # edition and the section, all three as the top printed them)
                or (foot.date is None and all((foot.newspaper, foot.edition, foot.section)))
                # (某某晚报·某某副刊 alone between blank lines, over a column of a page whose top
                # prints 某某·副刊: the paper and its section, a banner no story is led by; set
                # apart and solid over the column's head, the paper and its section as one line of
                # the top printed them both, 今日某某　教育周刊: that line, the running head, again;
                # or set solid inside a sentence the column break left open, …与多家电商平台 / 某某
                # 专版　某某日报 / 合作，…: the foot printed where the column broke)
                or (
                    foot.date is None
                    and all((foot.newspaper, foot.section))
                    and (alone or (ln.gap and _one_top_line(foot, top)) or _inside_open_sentence(lines, k))
                )
            )
            and sum(map(bool, (foot.newspaper, foot.section, foot.page_label))) >= 2
            # (the paper's name printed alone at the top reads there as a word of the page's,
            # 今日湘乡 over 镇村新闻: the masthead's own words, whichever it turns out to be)
            and (foot.newspaper is None or foot.newspaper in papers or foot.newspaper in sections)
            and (foot.section is None or _undotted(foot.section) in top_sections)
            and (foot.page_label is None or _this_page(foot.page_label, top))
            # (嘉兴日报·平湖版　2026年10月14日　3: the edition the top printed, again)
            and (foot.edition is None or foot.edition in editions)
            and not (foot.brands or foot.newspaper_en)
        ):
            # (the section in the top's spelling: one section, however its parts are set apart)
            section = top_sections[_undotted(foot.section)] if foot.section else None
            return dataclasses.replace(foot, page_label=None, section=section)
    # 福建日报社 地址：…, …宁夏日报社出版: the paper named as its own publisher, at the foot (an
    # ad's 地址：…某某日报社一楼 only names the building).
    if (
        ln.kind in (PUBINFO, CONTACT)
        and len(text) <= _IMPRINT_MAX
        and any(text.startswith(paper + "社") or text.endswith(paper + "社出版") for paper in papers)
    ):
        return MastheadLine(imprint=(ln.text,))
    return None


def _sections_set_solid(text: str, sections: set[str | None]) -> str:
    """``text`` with each section the top names set solid where it is printed letter-spaced
    (某某晚报　2026年2月11日　B7　棋　苑 under a top of 棋　苑: the running foot spaces the
    section's letters as the top does, one space apart as the foot's own parts are, so the parts
    alone cannot tell the section's letters from words of their own)."""
    for section in sections:
        if section and 1 < len(section) <= _SPACED_SECTION_MAX and all(_HAN.match(c) for c in section):
            spaced = "[ \u3000]".join(map(re.escape, section))
            text = re.sub(rf"(?<![\u4e00-\u9fff]){spaced}(?![\u4e00-\u9fff])", section, text)
    return text


def _inside_open_sentence(lines: list[Line], k: int) -> bool:
    """Line k stands set solid between a line of text that leaves its sentence open and a flush
    line of text set solid under it: what the column break put inside the sentence."""
    above = lines[k - 1] if k else None
    below = lines[k + 1] if k + 1 < len(lines) else None
    return (
        above is not None
        and below is not None
        and not lines[k].gap
        and not below.gap
        and above.kind == TEXT
        and below.kind == TEXT
        and not below.indented
        and not ends_sentence(above.text)
    )


def _one_top_line(foot: MastheadLine, top: list[MastheadLine]) -> bool:
    """One line of the masthead at the top gave the paper's name and the section ``foot`` gives."""
    return any(m.newspaper == foot.newspaper and m.section == foot.section for m in top)


def _this_page(text: str, top: list[MastheadLine]) -> bool:
    """``text`` is this page's label as the masthead gives it (A12), or its number alone (6 at the
    foot of page 06, A6 or 第6版: a number without the page's letter or 第…版, its leading zero only
    the masthead's setting)."""
    labels = {m.page_label for m in top if m.page_label}
    numbers = {m.group(1) for label in labels if (m := _PAGE_NUMBER.fullmatch(label))}
    return text in labels or (text.isdigit() and text.lstrip("0") in numbers)


def _undotted(section: str | None) -> str:
    """A section's name without the dots or spaces that set its parts apart (烂柯·副刊 and 烂柯副刊
    are one section, printed at the top and over a column)."""
    return _SECTION_PARTS.sub("", section or "")


def _top_part(part: str, labels: set[str], sections: set[str | None], dates: set[str | None]) -> bool:
    """One part of a line is the page's label, section or date as the masthead at the top gives it."""
    return part in labels or part in sections or _top_date(part, dates)


def _top_date(part: str, dates: set[str | None]) -> bool:
    """The part is the date the masthead at the top gives, alone (no name nor section with it)."""
    date = parse_masthead_line(part)
    return date is not None and date.date in dates and not (date.newspaper or date.section or date.edition)


def _desks(top: list[MastheadLine]) -> frozenset[str]:
    """The desks the masthead's section names (健康·教育 -> 健康, 教育, and the whole name)."""
    sections = [m.section for m in top if m.section]
    return frozenset(x for section in sections for x in (section, *_SECTION_PARTS.split(section)) if x)


def _desk_hotline(part: str, desks: frozenset[str]) -> bool:
    """体育热线：0459-… on the page the masthead calls 体育: the desk's own line to call."""
    m = _DESK_HOTLINE.match(part)
    return m is not None and m.group("desk") in desks


def page_foot(lines: list[Line], top: list[MastheadLine]) -> range:
    """The lines of the furniture printed at the page's foot (none, at len(lines), when there is none): the
    page's last lines, each of them desk credits (本版编辑：X　美编：Y, 投稿邮箱：…, 某区委宣传部　某某
    日报社　联合出品), the page's label or running foot, or the imprint's fields (社址：…　邮编：…
    定价：…　某某印务中心印刷), and together shaped as the paper's own: a desk line, an imprint field
    no advertiser prints (邮编, 定价, 印刷, 许可证, …) or a line naming this paper or page
    (本报…, 本版…).  Those say who made the page and where, as the masthead's block does at the top:
    furniture, whatever order their fields come in, never an item.  The foot is set apart from what
    is above it (or set solid under a 扫码… prompt over it); desk credits and the page's label need
    not be, as no notice or story ends with them.  (Only at the very foot: a desk line with a story
    under it is left where it stands, and a notice's contact line, 联系电话：…, or an ad's
    address and phone alone never make an imprint.)"""
    # (a 扫码… prompt printed last, under the desk's credits, is an item of its own: the credits
    # over it are furniture all the same; a hotline set over a prompt is the prompt's own line)
    # (its short phrases set solid under the 扫码… line, 扫码关注… / 看更多精彩影像, are the prompt's)
    end = len(lines)
    while end > 0 and (lines[end - 1].kind == QR or _prompt_phrase(lines, end - 1)):
        end -= 1
    start = end
    desks = _desks(top)
    # (the page's number printed last, under the desk's line: 欢迎…来稿　投稿邮箱：… / 5)
    while start > 0 and lines[start - 1].kind == TEXT and _this_page(compact(lines[start - 1].text), top):
        start -= 1
    while start > 0 and _foot_line(lines, start - 1, desks):
        start -= 1
    while start < end and not (
        lines[start].gap
        or _under_prompt(lines, start)
        or all(map(_credits_or_label, lines[start:end]))
        or _under_signature(lines, start, end)
    ):
        start += 1
    foot = lines[start:end]
    # (over the prompt, only the desk's own lines: its credits, or its call for contributions and
    # mailbox, 欢迎读者投稿　投稿邮箱：…; any other line there may be the prompt's ad)
    # (the paper's own fields set side by side over it, 新闻热线：…　邮箱：…, are its imprint too)
    if end < len(lines) and not all(
        _credits_or_label(ln) or _desk_line(ln) or _own_fields(ln) for ln in foot
    ):
        return range(len(lines), len(lines))
    # (the office named by the paper's name, where and when it takes notices: its imprint; with a
    # number to call, 某某日报社广告部　承办各类公告 / 电话：…, it offers its service, an ad)
    office_only = not any(has_phone(ln.text) for ln in foot)
    own = any(
        _desk_line(ln)
        or compact(ln.text).lstrip("（(").startswith(("本报", "本版"))
        or (office_only and _OWN_OFFICE.match(compact(ln.text)) is not None)
        # (本版投稿：… set beside another field, 某某热线：…　本版投稿：…: a field the page names as
        # its own, wherever it stands on the line)
        or any(
            _IMPRINT_FIELD.match(part) or _OWN_FOOT_FIELD.match(part) or _desk_hotline(part, desks)
            for part in ln.text.split()
        )
        for ln in foot
        if ln.kind != MASTHEAD
    )
    return range(start, end) if own else range(len(lines), len(lines))


def _own_fields(ln: Line) -> bool:
    """Two fields or more set side by side, one of them the paper's own (新闻热线：…　邮箱：…,
    新闻热线：…　微信：…): the imprint's, where no advertiser's line names the newsroom."""
    parts = [p for p in _FOOT_GAP.split(ln.text.strip()) if p]
    return (
        ln.kind in (TEXT, CONTACT)
        and len(parts) >= 2
        and all(_FOOT_PART.match(p) or _IMPRINT_FIELD.match(p) for p in parts)
        and any(_IMPRINT_FIELD.match(p) for p in parts)
    )


def _prompt_phrase(lines: list[Line], k: int) -> bool:
    """Line k is a short phrase of a 扫码… prompt, set solid under its 扫码… line (看更多精彩影像):
    the prompt's, as ads._qr_prompt reads it."""
    ln = lines[k]
    return (
        ln.kind == TEXT
        and not ln.gap
        and len(compact(ln.text)) <= QR_PHRASE_MAX
        and not ends_sentence(ln.text)
        and _under_prompt(lines, k)
    )


def _under_signature(lines: list[Line], k: int, end: int) -> bool:
    """Line k is set solid under a signature (某某报社评论部, 某某委员会) and the lines from it to
    the foot are the desk's own (投稿邮箱：…): the signature closed the notice above it, the desk's
    mailbox under it is the page's, as it is set apart."""
    return k > 0 and bool(SIGNATURE.match(compact(lines[k - 1].text))) and all(map(_desk_line, lines[k:end]))


def _under_prompt(lines: list[Line], k: int) -> bool:
    """Line k is set solid under a 扫码… prompt, right under its 扫码… line or under the short
    phrases set solid under that, as ads._qr_prompt reads them (扫码下载“某某发布”客户端 / 掌上看
    某某 / 社址：…): the foot starts there as it does under a blank line, the prompt being an item
    of its own."""
    j = k - 1
    while j >= 0 and k - j <= QR_LINES_MAX and lines[j].kind != QR:
        phrase = lines[j]
        if (
            phrase.gap
            or phrase.kind != TEXT
            or len(compact(phrase.text)) > QR_PHRASE_MAX
            or ends_sentence(phrase.text)
        ):
            return False
        j -= 1
    return j >= 0 and lines[j].kind == QR


def _foot_line(lines: list[Line], k: int, desks: frozenset[str]) -> bool:
    """Line k is one the furniture at a page's foot is made of: desk credits, the page's label or
    running foot, publication data, or the imprint's fields set side by side with no sentence
    (定价：…　某某印务中心印刷), none of them a notice's or ad's contact (联系电话：…, 咨询电话：…)."""
    ln = lines[k]
    # (a field alone set solid under a 扫码 prompt, 新闻热线：…, is the prompt's own line)
    under_prompt = k > 0 and lines[k - 1].kind == QR and not ln.gap
    if (
        _credits_or_label(ln)
        # (随手拍　爆料有奖 set solid under a 扫码… line: the prompt's own phrase)
        or (_desk_line(ln) and not under_prompt)
        or (ln.kind == MASTHEAD and ln.masthead is not None and not _bare_date(ln.masthead))
    ):
        return True
    if (
        k > 0
        and not ln.gap
        and all(_OFFICE_FIELD.match(part) for part in WIDE_GAP.split(ln.text.strip()))
        and _desk_line(lines[k - 1])
        and _papers_office(lines[k - 1])
    ):
        return True  # 刊登声明请到本报广告部办理 / 地址：…: the office's address, the paper's own
    # (本版图片由某某中心提供 reads as a photo's credit: the page's word on its pictures all the same)
    # (欢迎…投稿 over the desk's mailbox: its call for contributions)
    if (
        ln.kind in (TEXT, PHOTO_CREDIT)
        and not under_prompt
        and (_PAGE_NOTE.match(compact(ln.text)) or _CALL_FOR_COPY.match(ln.text))
    ):
        return True
    parts = [p for p in _FOOT_GAP.split(ln.text.strip()) if p]
    if len(parts) >= 2 and _IMPRINT_NAME.match(parts[0]) and any(_IMPRINT_FIELD.match(p) for p in parts[1:]):
        parts = parts[1:]  # (the name that leads the imprint's fields, which are read as fields)
    # (国家卫生健康委员会主管　某某报社主办: the paper's publication data set side by side)
    fields = (
        ln.kind == PUBINFO
        or (ln.kind == TEXT and pubinfo_parts(ln.text))
        or (
            ln.kind in (TEXT, CONTACT)
            and len(ln.text) <= _FOOT_LINE_MAX
            and (
                # (an imprint's own field may set its value after a space: 全年定价 216元)
                (len(parts) >= 2 and all(_FOOT_PART.match(p) or _IMPRINT_FIELD.match(p) for p in parts))
                # (a field alone on its line: one of the imprint's, or the page's own number)
                or (
                    len(parts) == 1
                    and not under_prompt
                    and (
                        # (某某日报社广告中心地址：…: a field of the office the paper names as its own)
                        bool(
                            _IMPRINT_FIELD.match(parts[0])
                            or _OWN_FOOT_FIELD.match(parts[0])
                            or (_OWN_OFFICE.match(parts[0]) and _FIELD_COLON.search(parts[0]))
                        )
                        or _desk_hotline(parts[0], desks)
                    )
                )
            )
            and not SENTENCE_MARK.search(ln.text)
            # (某某日报新闻热线：… 扫码关注…: the paper's line run into a QR prompt is the prompt's)
            and not qr_in_line(ln.text)
        )
    )
    # (a contact set beside the paper's price or licence is the paper's: 订阅电话：…　零售价：1.50元;
    # beside a postcode it may be a notice's, 联系地址：…　邮编：…　联系电话：…)
    return fields and (
        not any(_CONTACT_OF.match(part) for part in ln.text.split())
        or any(_PAPERS_OWN_FIELD.match(part) for part in parts)
    )


def _bare_date(m: MastheadLine) -> bool:
    """A date alone (2026年3月5日): a notice's, under its signature, as much as the page's."""
    return bool(m.date) and not (m.newspaper or m.section or m.page_label or m.edition)


def _credits_or_label(ln: Line) -> bool:
    """The desk's credits, or the page's label alone (第4版): lines no notice or story ends with (a
    call for contributions set solid ends with its 投稿邮箱：… line)."""
    label = (
        ln.kind == MASTHEAD
        and ln.masthead is not None
        and ln.masthead == MastheadLine(page_label=ln.masthead.page_label)
    )
    return label or ln.kind == STAFF


def _desk_line(ln: Line) -> bool:
    """The desk's own line: its credits (本版编辑：X　美编：Y), where it takes contributions (本版
    投稿邮箱：…, perhaps with a short sentence on payment), the bodies that made the page
    (某区委宣传部　某某日报社　联合出品), or its word on the ads and notices it prints, under a
    tip's label (温馨提示：本版广告内容由广告主提供…)."""
    if ln.kind == STAFF:
        return True
    if ln.kind == NOTICE:
        return _printed_matter_note(ln.text)
    if ln.kind not in (TEXT, CONTACT):
        return False
    parts = WIDE_GAP.split(ln.text.strip())
    if len(parts) == 2 and _MADE_BY.match(parts[-1]) and PUBINFO_LINE.match("".join(parts)):
        # (某某局　协办: one body named by what it is, the word for what it did set a space apart,
        # the sponsor's credit printed solid elsewhere: 某某局协办)
        return True
    if (
        len(parts) >= 3
        and _MADE_BY.match(parts[-1])
        and len(compact(ln.text)) <= _MADE_BY_MAX
        and not SENTENCE_MARK.search(ln.text)
    ):
        return True
    if _DESK_CALL.match(compact(ln.text)) or _DESK_DISCLAIMER.match(compact(ln.text)):
        return True
    if len(compact(ln.text)) <= _DESK_CALL_MAX and not SENTENCE_MARK.search(ln.text) and _papers_office(ln):
        # 寻找身边的感动　欢迎提供线索, 欢迎投稿　稿件请注明真实姓名…: the desk's call, no sentence
        # of a story (its hotline or mailbox may stand under it); 刊登声明请到本报广告部办理: where
        # the paper's own office takes what it prints
        return True
    m = CONTRIBUTIONS.match(ln.text)
    if m is None:
        return False
    rest = m.group("rest").strip()
    return not rest or (len(compact(rest)) <= _DESK_NOTE_MAX and not SENTENCE_MARK.search(rest[:-1]))


# 温馨提示：本版广告内容由广告主提供…, 特别提示：刊登遗失声明须持有效证件…，本报不对刊登内容承担法律
# 责任: under a tip's label, the page's word to its readers on the ads and notices it prints
_PRINTED_MATTER = compile_pattern(
    r"(?:本版|本报)[^。！？]{0,24}?(?:广告|刊登)|(?:广告|刊登)[^。！？]{0,24}?(?:本版|本报)"
)


def _printed_matter_note(text: str) -> bool:
    """A tip (温馨提示：…) in which the page or the paper speaks of the ads or notices it prints:
    the desk's own word at the foot, as 本版内容由刊登者负责 is, no notice of anyone's."""
    t = text.strip()
    m = NOTICE_RE.match(t)
    return m is not None and bool(TIP_LABEL.search(m.group("label")) and _PRINTED_MATTER.search(t[m.end() :]))


def _papers_office(ln: Line) -> bool:
    """The line names the paper's own office (本报广告部), says how to have a notice printed in
    the paper (刊登…请…) or calls for letters (欢迎读者来稿　来信请寄：…, 读者来稿请寄：某地某路某号):
    where the paper takes what it prints."""
    return bool(
        _PAPERS_OFFICE.search(ln.text)
        or _PLACING_NOTICES.match(compact(ln.text))
        or _LETTERS_BY_POST.match(compact(ln.text))
        or any(_DESK_CALL_PART.match(part) for part in WIDE_GAP.split(ln.text.strip()))
    )


def masthead_block(lines: list[Line], k: int, top: list[MastheadLine]) -> list[MastheadLine] | None:
    """What each line says of the block set solid from line k, when it is the rest of a masthead
    whose top named the paper but printed no date: a front page sets its date, issue number,
    publication data and page number in a block of their own under its teaser box (2026年5月28日
    星期四 / 第23517期　今日8版 / 国内统一连续出版物号… / 要闻　A1).  Every line must read as
    masthead or publication data, one of them the date; None otherwise."""
    if not lines[k].gap or not any(m.newspaper for m in top) or any(m.date for m in top):
        return None
    readings: list[MastheadLine] = []
    j = k
    while j < len(lines) and (j == k or not lines[j].gap):
        ln = lines[j]
        if ln.kind in (PUBINFO, STAFF):
            readings.append(MastheadLine(imprint=(normalise_punctuation(ln.text),)))
        else:
            m = parse_masthead_line(ln.text, top=True) if ln.kind in (TEXT, MASTHEAD) else None
            if m is None or contradicts(m, top):
                return None
            readings.append(m)
        j += 1
    return readings if any(m.date for m in readings) else None
