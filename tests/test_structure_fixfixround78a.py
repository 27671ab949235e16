"""Failure classes blind round78 showed on weather, work-safety and farming pages (issue 10), fixer
``fixround78a``: a week's forecast printed as a table, a header naming its columns over the days'
rows and a source line under them.  Snippets written for these tests (invented names, places and
figures, no blind page's text): each class is a layout any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Weather
from publisher.punctuation import compact
from tests.nothing_lost import read_items

# ------------------------------------------------ a week's forecast as a table, its columns named

_FORECAST_TABLE = """某某镇未来五天天气预报
日期　　　天气　　　　气温（℃）　风向风力
3日（四）　阴　　　　　18～24　　北风3级
4日（五）　小雨　　　　17～22　　东北风3～4级
5日（六）　阴转多云　　16～23　　北风2级
6日（日）　晴　　　　　15～25　　西北风2级
7日（一）　晴转多云　　17～26　　南风2级
资料来源：某某市气象局

今日天气
某某市气象台3月3日6时发布
今天：阴，有时有小雨
气温：18℃～24℃
"""


def test_a_forecast_under_a_header_of_its_columns_is_a_table() -> None:
    """title / 日期　天气　气温（℃）　风力 / a row a day / 资料来源：…: the header naming the
    columns, no figure in it, sets the days as a table's rows, an article one paragraph a row
    with its source line; the box under it, the day's readings, stays a forecast."""
    items = read_items(_FORECAST_TABLE)
    table = items[0]
    assert isinstance(table, Article)
    assert table.headline == "某某镇未来五天天气预报"
    assert len(table.paragraphs) == 7
    assert table.paragraphs[-1].startswith("资料来源")
    boxes = [it for it in items if isinstance(it, Weather)]
    assert len(boxes) == 1
    assert boxes[0].text.startswith("今日天气")


# ------------------------------------------------ the next page's running head, set solid in the text

_RUNNING_HEAD_SOLID = """某某新闻
2026年3月12日　星期四
5　　　　民生服务

社区开设老年食堂
　　本报讯　近日，某某街道第一家社区老年食堂开门
迎客，辖区老人凭卡就餐可享受优惠。
\f某某新闻　　2026年3月12日　　民生服务

便民信息
燃气公司调整营业时间
　　即日起，燃气公司各营业厅周六照常营业，方便
市民办理业务。
"""


def test_the_running_head_set_solid_under_a_story_is_furniture() -> None:
    """…。 / 某某新闻　　date　　section (after a form feed, the export joining two pages): the
    paper's name, the date and the section the top printed, each set apart by a wide space, are
    the next page's running head, no line of the story above it nor a head of the next."""
    stories = [it for it in read_items(_RUNNING_HEAD_SOLID) if isinstance(it, Article)]
    assert [s.headline for s in stories] == ["社区开设老年食堂", "燃气公司调整营业时间"]
    assert all("2026年3月12日" not in p for s in stories for p in s.paragraphs)
    assert stories[0].source.last == 7


# ------------------------------------------------ an accident's case, its parts marked alike

_MARKED_CASE = """市场快讯
蔬菜价格平稳回落
　　本报讯　本周全市蔬菜供应充足，价格平稳回落。

案例警示
◆某仓库违规动火　引燃货物致一人受伤
　　去年冬天，某地一家仓库在未清理可燃物的情况
下进行电焊作业，火花引燃纸箱，一名工人被烧伤。
◆事故原因
　　作业前未办理动火审批，现场未配备灭火器材，
监护人员擅自离岗。
◆警示
　　动火作业必须先审批、再清理、后作业，全程有
人监护。
"""


def test_a_case_whose_parts_are_marked_alike_is_one_piece() -> None:
    """label / ◆case's title / prose / ◆事故原因 / prose / ◆警示 / prose: marks that recur over
    finished sentences, one of them naming a part's kind, label the parts of one piece; the label
    set apart over them is its head, each marked line a subhead (the case's title the first)."""
    stories = [it for it in read_items(_MARKED_CASE) if isinstance(it, Article)]
    assert [s.headline for s in stories] == ["蔬菜价格平稳回落", "案例警示"]
    case = stories[1]
    heads = ["某仓库违规动火引燃货物致一人受伤", "事故原因", "警示"]
    assert [compact(s.text) for s in case.subheads] == heads
    assert len(case.paragraphs) == 3
