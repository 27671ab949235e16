"""Failure classes the newest rounds showed (issue 10, fixleft70): a spec table's row set solid,
its unit's brackets parting the label from the figure (最高车速（km/h）180), read as a subhead
between the rows set in cells.  Snippets invented for these tests (no blind page's names or
figures); each class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from tests.nothing_lost import read_articles, read_items

# --------------------------------------------- a spec row set solid among rows set in cells

_SPEC_TABLE = """Z3　车市
某某晚报
2026年3月5日　星期四

体验
小巧灵活　适合家用
本报记者　柳　青　文/图
　　日前，记者在城区对一款新上市的小型越野车进行了试驾，全程
行驶120公里，涵盖城市道路和山区公路。
　　总体来看，这款车更适合以家庭出行为主的用户。不足之处是后
排空间略显局促。

　　试驾车辆行驶在城郊山路上。

新款越野车主要参数
项目　　　　　　参数
长/宽/高（mm）　　4850/1930/1780
轴距（mm）　　　　2900
最大功率（kW）150
最高车速（km/h）180
整备质量（kg）　　2150
油箱容积（L）　　　65
百公里加速（s）9.5秒
　　数据来源：厂家公布

某某晚报·车市
"""


def test_a_spec_row_set_solid_after_its_unit_is_a_row_not_a_subhead() -> None:
    paragraphs = [p for a in read_articles(_SPEC_TABLE) for p in a.paragraphs]
    subheads = [h.text for a in read_articles(_SPEC_TABLE) for h in a.subheads]
    assert not any(h.startswith(("最高车速", "百公里加速")) for h in subheads)
    assert "最高车速（km/h）180" in paragraphs
    assert "百公里加速（s）9.5秒" in paragraphs


# ------------------------------------ the public's numbers or the readers' mailbox at the page's foot

_FOOT_NUMBERS = """某某晚报
2026年12月2日　星期三
A07
平安城市
责编：吴　桐　美编：李　想

冬季用电防火要当心
本报记者　许　静
　　记者从市消防救援支队获悉，入冬以来，全市电气火灾
有所增多，提醒市民外出时关闭电暖器等取暖设备。

报警求助：110　　急救电话：120
"""

_FOOT_MAILBOX = """某某时报
2026年12月2日　星期三
第8版
民声
责编：吴　桐　美编：李　想

小区路灯修好了
　　居民反映某小区路灯损坏多日，经街道协调，物业已于上
周更换全部灯具。
　　　　　　　　　　　　　　某某街道办事处

市民热线：0571-88886666　　来信邮箱：letters@example.com
"""


def test_the_publics_emergency_numbers_at_the_foot_are_no_advertisement() -> None:
    items = read_items(_FOOT_NUMBERS)
    assert [type(it).__name__ for it in items] == ["Article"]


def test_the_readers_mailbox_beside_the_desks_line_at_the_foot_is_no_advertisement() -> None:
    items = read_items(_FOOT_MAILBOX)
    assert [type(it).__name__ for it in items] == ["Article"]


# ------------------------- a pupil's poem whose couplets close on semicolons, 【点评】 set under it

_PUPIL_POEM = """夏天来了
某某市实验小学三（2）班　陈　果　指导老师　吴　桐
夏天在荷塘里，
荷叶撑开了绿伞；
夏天在树梢上，
知了唱起了长歌；
夏天在我的书包里，
装着一本故事书。
【点评】
    小作者用三个“夏天在……”把季节写得有声有色，
结尾落到书包里，读来亲切自然。
"""


def test_a_poems_couplets_closed_on_semicolons_are_its_lines_and_the_comment_under_it_is_its_part() -> None:
    items = read_items(_PUPIL_POEM)
    assert len(items) == 1
    poem = read_articles(_PUPIL_POEM)[0]
    assert poem.paragraphs[:2] == ("夏天在荷塘里，", "荷叶撑开了绿伞；")
    assert poem.paragraphs[5] == "装着一本故事书。"
    assert [h.text for h in poem.subheads] == ["点评"]
    assert poem.paragraphs[-1].startswith("小作者用三个")


# ------------------------------------- a job ad under 招聘信息, the classified heading with its word

_JOB_LISTINGS = """就业服务
本报记者　许　静
　　春节过后，全市各类招聘活动陆续启动，求职者可就近参加。

招聘信息
某某精密机械有限公司诚聘
●数控车工　50名　20—45周岁，中专以上学历，
　综合月薪6000—8000元，提供住宿
●仓库管理员　5名　高中以上学历，会电脑操作
报名地址：某某市开发区工业大道8号
联系电话：0571-55556666　　联系人：王女士
"""


def test_a_job_ad_under_the_heading_jobs_listings_is_one_ad() -> None:
    items = read_items(_JOB_LISTINGS)
    assert [type(it).__name__ for it in items] == ["Article", "Advertisement"]
    assert items[1].source.first == 5  # type: ignore[attr-defined]
