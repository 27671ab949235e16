"""Fields inside found articles that rounds 5-27 lost (issue 10, tuned on), on snippets written for
these tests in the style of city and county papers (invented text, no blind page's):

- a credit set plain between the dateline and a sentence of its own (本报讯　记者 X　通讯员 Y　近日，…,
  or 记者X　通讯员Y　记者从…获悉) is the byline and out of the first paragraph, while a reporter
  named as the sentence's subject (本报讯 记者 X 从…获悉) keeps the name in it;
- a table printed in a story: its title line set apart from the header row by blank lines heads
  the rows, a subhead of the story (set solid over it, a paragraph: fixnews43); a header row is
  never the title, and a caption labelled 表： stays a paragraph;
- a source note set on its own line under a story ((市某局供稿)) is the story's last line: what
  follows is no part of it;
- an expert's signature in brackets after a tip or an answer (（某某推广站　X）, （某某中心
  高级畜牧师　X）, （某某律师事务所律师　X）) is out of the paragraphs, a credit in no scored
  role; a name before the title (（某某律师事务所 X 律师）) stays a note in the text;
- a closing credit wrapped over two lines after a name (（通讯员 X / Y）) names both, and closes
  the brief (the brand line set apart under it is not joined to it);
- a standfirst label set alone under the byline (核心提示) is no name run on from it: it heads the
  standfirst, which ends where an indent after a full sentence opens the body's first paragraph;
- a byline marked ◇ (◇本报通讯员　X) is a byline, as one marked ■ is;
- who was interviewed, named under the byline (坐诊专家：…, 受访者　X　title, set off by a wide
  space instead of a colon), is a credit of the head's block: no head of its own, no paragraph;
- the entries of a list announced by a colon (某某组：…), set flush one a line in a story that
  indents its paragraphs, are a paragraph each, not the colon's sentence wrapped;
- a story cut by the page's furniture after a full sentence (a bare page number between two of
  its paragraphs) goes on under it when prose, not a head, follows;
- the page's number, or its running foot (某某日报 date 第N版 section), printed inside a sentence a
  column break left open is furniture, out of the sentence that goes on flush under it;
- a bulleted brief led by a bracketed place (▲【某某镇】text) has the place as its headline.
"""

from __future__ import annotations

from publisher.model import Article, Byline, Credit
from publisher.reader import parse_page
from publisher.reader.line_kinds import INTERVIEWEE
from publisher.reader.signoffs import split_expert_signoff
from tests.nothing_lost import assert_nothing_lost, read_items
from tests.test_structure_columns import _items

# ------------------------------------------------- a plain credit before a sentence of its own

_PLAIN_CREDIT = """老街夜市重新开张
本报讯　记者 顾 远　通讯员 钱 菁　近日，城南老街夜市在改造后重新开张，首批入驻摊位
62个。

河埠头修缮完工
本报讯　记者沈朵　通讯员陆一鸣　记者从市水利局获悉，城区12处河埠头修缮工程已全部完工。

社区食堂开进老小区
本报讯 记者 顾 远 从城东街道获悉，辖区第三家社区食堂昨天开门迎客。
"""


def test_a_plain_credit_before_a_sentence_is_the_byline() -> None:
    first, second, third = _items(_PLAIN_CREDIT)
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.byline == Byline(reporters=("顾远",), correspondents=("钱菁",))
    assert first.dateline == "本报讯"
    assert first.paragraphs[0].startswith("近日，城南老街夜市")
    assert second.byline == Byline(reporters=("沈朵",), correspondents=("陆一鸣",))
    assert second.paragraphs[0].startswith("记者从市水利局获悉")
    # the reporter is the sentence's subject: named in the byline and kept in the sentence
    assert third.byline == Byline(reporters=("顾远",))
    assert third.paragraphs[0].replace(" ", "").startswith("记者顾远从城东街道获悉")


# ------------------------------------------------- a table's title inside a story

_TABLE_IN_STORY = """前三季度我县茶叶出口增长两成
本报讯（记者 顾 远）记者从县商务局获悉，前三季度全县茶叶出口量价齐升。
前三季度全县茶叶出口主要市场
市场\u3000\u3000出口额（万美元）\u3000\u3000同比
中亚\u3000\u30001260\u3000\u3000+22.4%
中东\u3000\u3000980\u3000\u3000+18.1%
欧盟\u3000\u3000640\u3000\u3000+9.6%
"""

_TABLE_APART = """秋季蔬菜价格平稳
本报讯（记者 钱 菁）本周我市蔬菜价格总体平稳，叶菜类略有上涨。

本周主要蔬菜批发均价

    品种\u3000\u3000 均价（元/公斤）\u3000\u3000 环比
    青菜\u3000\u3000 3.2\u3000\u3000 +6%
    萝卜\u3000\u3000 1.6\u3000\u3000 -2%
"""

_TABLE_CAPTIONED = """纺织企业稳中有进
本报讯（记者 顾 远）今年以来，我县纺织企业订单稳中有升。
表：企业近三年主要经营指标
年份\u3000\u3000营收（亿元）\u3000\u3000利润（亿元）
2023\u3000\u300012.6\u3000\u30001.1
2024\u3000\u300013.9\u3000\u30001.3
"""


def test_a_table_title_in_a_story_is_a_paragraph_set_solid_a_subhead_set_apart() -> None:
    # set solid over its rows, the title is a paragraph of the story as the rows are (WRITER's
    # convention, rounds 43-44; fixnews43); set apart by blank lines it stays the subhead it was
    (story,) = _items(_TABLE_IN_STORY)
    assert isinstance(story, Article)
    assert not story.subheads
    assert story.paragraphs[1] == "前三季度全县茶叶出口主要市场"
    (story,) = _items(_TABLE_APART)
    assert isinstance(story, Article)
    assert [h.text for h in story.subheads] == ["本周主要蔬菜批发均价"]
    assert "本周主要蔬菜批发均价" not in story.paragraphs
    # (a header of words alone reads with its cells joined, as Chinese is set)
    for text, header in (
        (_TABLE_IN_STORY, "市场出口额（万美元）同比"),
        (_TABLE_APART, "品种均价（元/公斤）环比"),
    ):
        (told,) = _items(text)
        assert isinstance(told, Article)
        assert header in [p.replace(" ", "") for p in told.paragraphs]
    (story,) = _items(_TABLE_CAPTIONED)
    assert isinstance(story, Article)
    assert not story.subheads
    assert "表：企业近三年主要经营指标" in story.paragraphs


# ------------------------------------------------- a source note closes the story

_SOURCE_NOTE = """法律小课堂
买到定制商品能否无理由退货？
问：我在网上定做了一套窗帘，收到后觉得颜色偏暗，能退吗？
答：消费者定作的商品不适用七天无理由退货，但有质量问题的可以要求退换。
（县司法局供稿）
远离网络赌博\u3000守护家庭幸福
"""


def test_a_source_note_on_its_own_line_ends_the_story() -> None:
    items = read_items(_SOURCE_NOTE)
    story = items[0]
    assert isinstance(story, Article)
    assert story.source.last == 5
    assert not story.subheads
    assert all("远离网络赌博" not in p for p in story.paragraphs)


# ------------------------------------------------- an expert's signature


def test_an_expert_signature_is_a_credit_out_of_the_text() -> None:
    assert split_expert_signoff("注意棚舍保温。（县农业技术推广站\u3000王\u3000敏）") == (
        "注意棚舍保温。",
        Byline(others=(Credit("县农业技术推广站", ("王敏",)),)),
    )
    assert split_expert_signoff("（县动物疫病预防控制中心\u3000高级兽医师\u3000赵长林）") == (
        "",
        Byline(others=(Credit("县动物疫病预防控制中心 高级兽医师", ("赵长林",)),)),
    )
    assert split_expert_signoff("（某某律师事务所律师\u3000钱 一 鸣）") == (
        "",
        Byline(others=(Credit("某某律师事务所律师", ("钱一鸣",)),)),
    )
    # a name before the title, an author's note, a desk's source: no expert's signature
    assert split_expert_signoff("（某某律师事务所 钱一鸣 律师）") is None
    assert split_expert_signoff("（作者系县农业农村局高级农艺师）") is None
    assert split_expert_signoff("（县司法局供稿）") is None


_EXPERT = """农技提示
春播前做好“三查”
一查种子。播种前做好发芽试验，发芽率低于85%的要及时调换。
二查墒情。土壤墒情不足的地块要适时造墒，确保一播全苗。
（县农业技术推广中心\u3000高级农艺师\u3000孙立群）
"""


def test_an_expert_signature_on_its_own_line_signs_the_tip() -> None:
    (tip,) = _items(_EXPERT)
    assert isinstance(tip, Article)
    assert tip.paragraphs[-1].startswith("二查墒情")
    assert tip.byline == Byline(others=(Credit("县农业技术推广中心 高级农艺师", ("孙立群",)),))


# ------------------------------------------------- a closing credit wrapped after a name

_WRAPPED_CREDIT = """镇村传真
●白兔潭镇：白兔潭镇日前组织志愿者为独居老人上门检修电器，已服务老人
160余户。（通讯员 黄思雨
刘\u3000畅）

某某发布
扫一扫\u3000看更多镇村新鲜事
"""


def test_a_closing_credit_wrapped_after_a_name_names_both() -> None:
    brief = read_items(_WRAPPED_CREDIT)[0]
    assert isinstance(brief, Article)
    assert brief.byline == Byline(correspondents=("黄思雨", "刘畅"))
    assert brief.paragraphs == ("白兔潭镇日前组织志愿者为独居老人上门检修电器，已服务老人160余户。",)
    assert brief.source.last == 4


# ------------------------------------------------- a standfirst label under the byline

_LABEL_UNDER_BYLINE = """陶瓷小镇“数”造升级
——前三季度全镇陶瓷产业产值增长9.8%
本报记者\u3000顾\u3000远\u3000\u3000本报通讯员\u3000钱\u3000菁
核心提示
\u3000\u3000今年以来，我镇陶瓷企业加快智能化改造，订单稳中有升，新品不断
涌现。前三季度，全镇陶瓷产业实现产值48.6亿元。
\u3000\u3000走进镇东的一家陶瓷企业，自动施釉线正有序运转，工人们在屏幕前
查看每一件坯体的数据。
"""


def test_a_standfirst_label_under_the_byline_heads_the_standfirst() -> None:
    (story,) = _items(_LABEL_UNDER_BYLINE)
    assert isinstance(story, Article)
    assert story.byline == Byline(reporters=("顾远",), correspondents=("钱菁",))
    assert story.standfirst_label == "核心提示"
    assert story.standfirst is not None and story.standfirst.startswith("今年以来")
    assert story.standfirst.endswith("48.6亿元。")
    assert story.paragraphs[0].startswith("走进镇东的一家陶瓷企业")


# ------------------------------------------------- a byline marked ◇

_DIAMOND_BYLINE = """以案说法
借车给无证驾驶的朋友　车主也要担责
◇本报通讯员　钱　一
【案情】
\u3000\u3000去年夏天，张某将自己的轿车借给没有驾驶证的朋友李某，李某驾车时撞伤行人。
"""


def test_a_byline_marked_with_a_diamond_is_a_byline() -> None:
    (story,) = _items(_DIAMOND_BYLINE)
    assert isinstance(story, Article)
    assert story.byline == Byline(correspondents=("钱一",))
    assert story.paragraphs[0].startswith("去年夏天")


# ------------------------------------------------- who was interviewed, under the byline

_INTERVIEWED = """名医坐诊
秋冬换季　哮喘患者要当心
本报记者　顾　远　通讯员　钱　菁
坐诊专家：市第一人民医院呼吸内科主任医师　孙立群

进入秋冬季，医院呼吸内科门诊量明显增加。哮喘患者该如何平稳过冬？本期我们邀请专家答疑。
问：哮喘患者冬季要注意什么？
答：首先要规律用药，不能症状一好转就自行停药。
"""

_INTERVIEWED_NO_COLON = """文化访谈
让老手艺走进新课堂
本报记者　钱　菁
受访者　孙立群　县非遗保护中心主任

竹编是我县的省级非物质文化遗产，已有四百多年历史。
"""


def test_who_was_interviewed_is_no_head_and_no_paragraph() -> None:
    assert INTERVIEWEE.match("坐诊专家：市第一人民医院呼吸内科主任医师　孙立群")
    assert INTERVIEWEE.match("受访者　孙立群　县非遗保护中心主任")
    assert not INTERVIEWEE.match("受访者说，竹编是我县的省级非遗。")
    (story,) = _items(_INTERVIEWED)
    assert isinstance(story, Article)
    assert story.headline == "秋冬换季　哮喘患者要当心".replace("\u3000", "") or story.headline.startswith(
        "秋冬换季"
    )
    assert story.paragraphs[0].startswith("进入秋冬季")
    assert story.byline is not None and story.byline.reporters == ("顾远",)
    (story,) = _items(_INTERVIEWED_NO_COLON)
    assert isinstance(story, Article)
    assert story.paragraphs[0].startswith("竹编是我县")


# ------------------------------------------------- a list's entries under a colon

_LIST_UNDER_COLON = """县中学生篮球赛落幕
\u3000\u3000本报讯（记者 顾 远）11月8日，县中学生篮球赛在县体育馆落幕，共有24支队伍参赛。
\u3000\u3000本届比赛历时两周，共进行比赛60场，参赛学生运动员达300余人，比赛水平较往年明显提高。
\u3000\u3000各组别前三名如下：
初中男子组：城关中学、实验中学、青山镇中学、湖滨中学
高中男子组：县第一中学、县第二中学、县职业中专、县实验高中
\u3000\u3000县教育局相关负责人表示，明年将增设女子组比赛。
"""


def test_a_lists_entries_under_a_colon_are_a_paragraph_each() -> None:
    (story,) = _items(_LIST_UNDER_COLON)
    assert isinstance(story, Article)
    assert story.paragraphs[2:5] == (
        "各组别前三名如下：",
        "初中男子组：城关中学、实验中学、青山镇中学、湖滨中学",
        "高中男子组：县第一中学、县第二中学、县职业中专、县实验高中",
    )


# ------------------------------------------------- a page number inside a story

_NUMBER_IN_STORY = """某某日报
2026年11月19日\u3000星期四
7\u3000县域新闻

走基层·看变化
一个山村的“茶叶梦”
记者\u3000顾\u3000远\u3000通讯员\u3000钱\u3000菁
\u3000\u3000在青山镇竹溪村，海拔600多米的坡地上，一垄垄茶树绿意盎然，采茶工正忙着采摘今年的秋茶。
\u3000\u3000今年，竹溪村茶叶产量预计达到80吨，村里还建起了一座小型加工厂，注册了自有品牌。
7
“以前年轻人都往外跑，现在不少人回来了，有的开民宿，有的做直播。”村党支部书记说。
"""


def test_a_page_number_inside_a_story_does_not_end_it() -> None:
    parsed = parse_page(_NUMBER_IN_STORY)
    assert_nothing_lost(_NUMBER_IN_STORY, parsed)
    (story,) = [i for i in parsed.items if isinstance(i, Article)]
    assert story.source.last == 11
    assert story.paragraphs[-1].startswith("“以前年轻人都往外跑")


# ------------------------------------------------- furniture inside an open sentence

_FURNITURE_IN_SENTENCE = """某某日报
2026年9月24日\u3000星期四\u3000\u3000第6版\u3000法治

以案说法
借钱不写借条\u3000转账记录成关键证据
通讯员\u3000钱\u3000菁
\u3000\u3000法院审理认为，转账记录能证明款项交付事实，聊天记录中被告多次承诺还款，足以认定借贷关系成立。
\u3000\u3000法官提醒：民间借贷应尽量签订书面借条，
6
注明借款金额、期限和利息，以备发生纠纷时维护自身权益。
\u3000\u3000另据了解，今年以来该院共审结民间借贷纠纷案件300余件，大部分
某某日报\u30002026年9月24日\u3000星期四\u3000第6版\u3000法治
6
通过调解结案。
"""


def test_furniture_inside_an_open_sentence_is_out_of_it() -> None:
    parsed = parse_page(_FURNITURE_IN_SENTENCE)
    assert_nothing_lost(_FURNITURE_IN_SENTENCE, parsed)
    (story,) = [i for i in parsed.items if isinstance(i, Article)]
    assert (
        story.paragraphs[1]
        == "法官提醒：民间借贷应尽量签订书面借条，注明借款金额、期限和利息，以备发生纠纷时维护自身权益。"
    )
    assert story.paragraphs[2].endswith("大部分通过调解结案。")


# ------------------------------------------------- a bracketed place after a brief's bullet

_BRACKETED_BRIEFS = """体坛短波
▲5月10日，县第九届中小学生运动会在县体育中心落幕，26所学校的800余名运动员参赛。
▲【青山镇】该镇首届“村BA”篮球赛周末开赛，14个村的球队参赛，比赛为期两周。
▲县老年体协门球赛5月12日开赛，18支队伍参赛。
"""


def test_a_bracketed_place_after_a_briefs_bullet_is_its_headline() -> None:
    briefs = [i for i in _items(_BRACKETED_BRIEFS) if isinstance(i, Article)]
    assert len(briefs) == 3
    assert briefs[1].headline == "青山镇"
    assert briefs[1].paragraphs == ("该镇首届“村BA”篮球赛周末开赛，14个村的球队参赛，比赛为期两周。",)
    assert briefs[1].kicker == "体坛短波"
