"""Failure classes the older rounds' literary pages showed (issue 10, tail): a group of poems
(组诗) set solid, whose later poems' titles are longer than the first one's (渡　口 / … /
临洮的黄昏 / …).  Snippets written for these tests in the style of city papers' 副刊 pages
(invented names, places and lines, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_items

# ------------------------------------------ a group's later titles longer than its first one

_GROUP_SET_SOLID = """青溪小唱（组诗）
□ 林晚舟
石　桥
三百年的青石被脚步磨亮
桥洞里住着一轮月亮
谁家的孩子趴在栏杆上
把一粒小小的石子
丢进了母亲的童年
茶　山
一垄一垄的绿爬上山坡
采茶的姑娘把歌声
系在竹篓的背带上
雾来的那些时候
整座山都轻了起来
码头上的夜
渔火一盏一盏亮起
像撒在水面的星子
老艄公把一壶酒
慢慢地喝成了
一整条河的安静
"""


def test_a_later_title_longer_than_the_first_in_a_group_set_solid_is_a_subhead() -> None:
    items = read_items(_GROUP_SET_SOLID)
    poem = next(it for it in items if isinstance(it, Article))
    assert [s.text for s in poem.subheads] == ["石桥", "茶山", "码头上的夜"]
    assert "码头上的夜" not in poem.paragraphs
    assert len(poem.paragraphs) == 15


# ----------------------------- 外一首 counts the poems: a short line of verse stays verse

_ONE_MORE_POEM = """南湖晚渡（外一首）
□ 周若水

傍晚的渡船
把一湖的霞光载满
船娘摇着橹
摇碎了半个天

岸柳
风里的柳
是一把绿色的梳子
梳着湖水
是长发
一缕一缕
梳进了暮色
"""


def test_a_short_verse_line_under_a_head_that_counts_its_poems_stays_verse() -> None:
    items = read_items(_ONE_MORE_POEM)
    poem = next(it for it in items if isinstance(it, Article))
    assert [s.text for s in poem.subheads] == ["岸柳"]
    assert "是长发" in poem.paragraphs


# ------------------- a stanza's first line under a poem of two lines yet goes on with that poem

_STANZAS_UNDER_TITLES_SET_SOLID = """沅水谣（组诗）
□ 江　屿
渡口
老艄公把长篙插进春天
水纹一圈一圈
把两岸的人家推远

等船的人不说话
只把一篮新摘的茶
轻轻放在船头
石板街
石板被雨水洗得发亮
映出了祖辈的样子

檐下的灯笼红了又旧
一封写给远方的信
还压在窗台的瓦罐下
纤夫
他们把沉重的木船
一寸一寸拉进了黄昏

歌声落进水里
就再也没有浮上来过
只有江，还在替他们唱
"""


def test_a_stanza_under_a_poem_of_two_lines_yet_opens_on_verse_not_a_title() -> None:
    items = read_items(_STANZAS_UNDER_TITLES_SET_SOLID)
    poem = next(it for it in items if isinstance(it, Article))
    assert [s.text for s in poem.subheads] == ["渡口", "石板街", "纤夫"]
    assert "歌声落进水里" in poem.paragraphs


# ---- a signed note's last line closing its sentence over the body's first marked subhead, set flush

_NOTE_OVER_A_SUBHEAD = """●对话守护者
“把每一段堤都当作家来守”
——访省优秀河道管理员、青溪河道管理所所长林远山
本报记者　周若水　文/图
核心提示：从一名普通巡查员成长为河道管理所所长，林
远山在青溪河堤上守了22年，先后参与南湖闸站、北堤
加固等重点工程建设，牵头排除多处重大险情隐患。
近日，记者专访了这位“堤痴”所长。
■从巡查员到所长
　　记者：您当初为什么选择了河道管理这份工作？
　　林远山：我老家就在青溪河边，小时候每逢汛期，
全村人都要扛着沙袋上堤。那时候就想，以后要是能
把这条河管好该多好。2004年毕业后，我进入管理所
当了一名巡查员，一干就是22年。
　　记者：这么多年，哪一次抢险让您印象最深？
　　林远山：是2020年的那场洪水。北堤出现管涌险情，
我们在堤上连续守了三天三夜，一袋一袋地往上压沙
包，直到水位退下去，险情才算真正排除。
"""


def test_a_signed_notes_last_line_over_the_bodys_first_subhead_closes_the_note() -> None:
    items = read_items(_NOTE_OVER_A_SUBHEAD)
    story = next(it for it in items if isinstance(it, Article))
    assert story.standfirst is not None
    assert story.standfirst.endswith("近日，记者专访了这位“堤痴”所长。")
    assert [s.text for s in story.subheads] == ["从巡查员到所长"]
    assert story.paragraphs[0] == "记者：您当初为什么选择了河道管理这份工作？"


# ----------------------------- a brief's head printed again as the lead of its bulleted text

_HEAD_AGAIN_AS_LEAD = """　　据悉，今年全市计划新开工保障性住房3200套，年底前全部交付使用。

楼市快报
南湖新区
    ●南湖新区：近日，南湖新区滨湖片区一宗商业用地顺利出让，
总成交价约4.6亿元，溢价率为零。（林　文）
楼市快报
北塘区
    ●北塘区：该区今年计划改造老旧小区21个，涉及居民6800余户，
重点加装电梯、改造雨污管网。
"""


def test_a_briefs_head_printed_again_as_its_lead_is_said_once() -> None:
    items = read_items(_HEAD_AGAIN_AS_LEAD)
    briefs = [it for it in items if isinstance(it, Article) and it.headline]
    assert [b.headline for b in briefs] == ["南湖新区", "北塘区"]
    assert briefs[0].paragraphs[0].startswith("近日，南湖新区滨湖片区")
    assert briefs[1].paragraphs[0].startswith("该区今年计划改造")


# ---------- a bulleted brief's lead line cut inside a word, the word's last character under it

_LEAD_CUT_INSIDE_A_WORD = """春管时节果园忙
    本报讯　连日来，县果业发展中心组织40余名技
术人员分赴全县12个乡镇，为柑橘果园开展春季
“体检”，重点监测溃疡病、红蜘蛛等病虫害发生
情况，现场指导果农做好春梢管理和综合防控。
    截至目前，已完成监测果园1.8万亩，发放技术
资料4000余份，培训果农2000余人次，有效提升
了果农的科学管护水平，为丰产增收打下基础。

乡镇快讯
●青山镇：全镇28个村（社区）完成春季
农田水利设施集中整修，疏浚沟渠渠道
42公里。（林　远）
●白石镇：举办电商直播培训班，邀请
平台讲师讲解短视频运营，90余名
农户参训。（通讯员　周若水）
●南溪镇：东坑村水电站并网发
电，预计每年可为村集体增收8万元。
●北岭乡：首批200箱中蜂完成分箱，蜂
农人均增收预计超过4000元。（陈　晨）
"""


def test_a_bulleted_lead_cut_inside_a_word_is_a_briefs_head_and_text() -> None:
    items = read_items(_LEAD_CUT_INSIDE_A_WORD)
    briefs = [it for it in items if isinstance(it, Article) and it.kicker == "乡镇快讯"]
    assert [b.headline for b in briefs] == ["青山镇", "白石镇", "南溪镇", "北岭乡"]
    assert briefs[2].paragraphs == ("东坑村水电站并网发电，预计每年可为村集体增收8万元。",)
