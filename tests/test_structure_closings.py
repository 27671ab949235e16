"""What closes an item: the answerer under a Q&A, a number to call under a notice (invented snippets)."""

from __future__ import annotations

from publisher.model import Article, Notice, Photo, Weather
from publisher.reader import parse_page

QA_THEN_PHOTO = """珠江晚报
2025年12月3日 星期三
第7版　健康

名医答疑
冬季皮肤干痒怎么办？

问：我今年68岁，一到冬天小腿就干痒，晚上挠得睡不着，该怎么办？（斗门区 李先生）

答：老年人皮脂分泌减少，冬季空气干燥，容易出现乏脂性皮炎。洗澡水不宜过热，洗后及时涂抹保湿霜，

必要时在医生指导下使用药膏。

答疑专家：市人民医院皮肤科主任医师 周海涛

12月1日，志愿者在社区为老人测量血糖。（市中医院供图）
"""


def test_the_answerer_closes_the_qa_and_the_photo_below_is_its_caption_alone() -> None:
    items = parse_page(QA_THEN_PHOTO).items
    assert [type(it) for it in items] == [Article, Photo]
    qa, photo = items
    assert qa.paragraphs[-1] == "答疑专家：市人民医院皮肤科主任医师周海涛"
    assert qa.source.last == 14
    assert photo.title is None and photo.caption == "12月1日，志愿者在社区为老人测量血糖。"


NOTICE_THEN_FORECAST = """山西晚报
2025年12月1日 星期一
A05　民生

招领启事
11月28日，市民在汾河公园东门拾到蓝色背包一个，内有身份证及钥匙等物品，请失主到公园管理处认领。联系电话：0351-4041234

晋中天气
今天多云转晴，西北风2到3级，-6℃～5℃；明天晴，-7℃～4℃。
晋中市气象台12月1日6时发布
"""


def test_a_notice_closed_by_a_phone_number_leaves_the_forecast_below_its_own() -> None:
    items = parse_page(NOTICE_THEN_FORECAST).items
    assert [type(it) for it in items] == [Notice, Weather]
    notice, weather = items
    assert (notice.source.first, notice.source.last) == (5, 6)
    assert notice.text.endswith("联系电话：0351-4041234")
    assert (weather.source.first, weather.source.last) == (8, 10)
    assert weather.text.startswith("晋中天气")
