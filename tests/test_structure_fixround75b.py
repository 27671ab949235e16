"""Failure classes blind round75 showed on personal-ads, opera and school-essay pages (issue 10),
fixer ``fixround75b``.  Snippets written for these tests (invented names, places and figures, no
blind page's text): each class is a layout any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo, Weather
from tests.nothing_lost import read_items

# ------------------------------------------------ a column of numbered personal ads under its label

_PERSONAL_ADS = """　　周末，东湖公园举行了一场读书分享会，近百名
市民参加。

月老信箱
【A1021】男，33岁，身高178cm，研究生，
高新区工程师，未婚，有房有车。觅30岁以下、
性格温和的女士。
【A1022】女，29岁，身高160cm，大专，
护士，未婚，爱好烘焙。觅35岁以下男士。
【A1023】男，61岁，退休教师，丧偶，子女
均在外地工作。觅55岁左右、身体好的女士为伴。

红娘热线：0000—1234567
"""


def test_numbered_personal_ads_are_each_an_ad() -> None:
    """月老信箱 / 【A1021】男，33岁，… / … / 【A1022】女，…: each numbered entry, the advertiser's
    sex and age first, is an ad of its own, the column's label printed with the first, no story
    headed by the label nor a brief's run-in head."""
    items = read_items(_PERSONAL_ADS)
    ads = [it for it in items if isinstance(it, Advertisement)]
    assert [(ad.source.first, ad.source.last) for ad in ads][:3] == [(4, 7), (8, 9), (10, 11)]
    assert not any(isinstance(it, Article) and it.source.first >= 4 for it in items)


# ------------------------------------------------ a picture's caption wrapped at a narrow measure

_STORY_WITH_WRAPPED_CAPTION = """艺苑新秀
他把评书说进了乡村学堂
本报记者　林　木　文/图
　　周三下午，南坪村小学的教室里坐满了
孩子，说书人赵青山一拍醒木，满屋安静。
　　“孩子们爱听故事，我就多讲几段。”赵
青山说，一年来他已走进二十多所学校。

　　赵青山（中）在课后给孩子们讲解
评书的手势。

戏迷园地
票友大赛报名开始
　　本市第五届票友大赛即日起接受报名，
年满十六岁的戏曲爱好者均可参加。
"""


def test_a_scene_wrapped_under_a_story_crediting_its_pictures_is_its_caption() -> None:
    """…文/图 / paragraphs / blank / 　　某某（中）在… / …。 / blank / next head: one short sentence
    of a scene, wrapped over two lines at the column's measure, is the picture's caption, as it
    would be on one line, no last paragraph of the story."""
    items = read_items(_STORY_WITH_WRAPPED_CAPTION)
    photos = [it for it in items if isinstance(it, Photo)]
    assert len(photos) == 1
    assert (photos[0].source.first, photos[0].source.last) == (9, 10)
    story = next(it for it in items if isinstance(it, Article))
    assert len(story.paragraphs) == 2


# ------------------------------------------------ a song's lines and a clapper talk, couplet by couplet

_SONG_AND_CLAPPER_TALK = """唱段欣赏
《渡口情》（选段）
□ 何秋声　词
（阿妹唱）江水弯弯绕村过，
船头站着打鱼哥。
（阿哥唱）一网撒下银鳞跳，
满舱鲜鱼满舱歌。
（合唱）日头落山船靠岸，
炊烟升起暖心窝。

说唱天地
数来宝·家乡的桥
□ 钱小满
竹板一响开了腔，
家乡新桥架彩虹。
从前过河靠摆渡，
如今车来车又往。
"""


def test_couplets_closed_at_their_marks_are_verse_line_by_line() -> None:
    """《某某》（选段） / □ X　词 / （某唱）…， / …。 / …: a song's or a clapper talk's couplets, each
    line a phrase closed by its comma or its full stop, a singer's cue before some, are verse:
    each line a paragraph, as a poem's are, not prose joined two lines at a time."""
    stories = [it for it in read_items(_SONG_AND_CLAPPER_TALK) if isinstance(it, Article)]
    assert [s.headline for s in stories] == ["《渡口情》（选段）", "数来宝·家乡的桥"]
    song, talk = stories
    assert song.paragraphs[0] == "（阿妹唱）江水弯弯绕村过，"
    assert len(song.paragraphs) == 6
    assert len(talk.paragraphs) == 4


# ------------------------------------------------ a pupil's school, class, name and teacher

_PUPILS_ESSAYS = """小荷尖尖
奶奶的菜园
某市实验小学三（2）班　林小雨　指导老师　陈　芳
　　奶奶的菜园不大，却种满了青菜、萝卜和
豌豆。每天放学，我都要去园子里转一转。
　　我爱奶奶的菜园，更爱勤劳的奶奶。

门前的小河
某县第一中学八（4）班　周　航　指导老师　吴建国
　　我家门前有一条小河，河水清清的，
夏天我常和伙伴们在河边捉小鱼。
　　如今河岸修了步道，傍晚散步的人更多了。
"""


def test_a_pupils_school_class_name_and_teacher_line_signs_the_essay() -> None:
    """title / 某小学三（2）班　某某　指导老师　某某 / essay: the line under the title names the young
    author where they study and the teacher who guided them, the essay's credit, no headline with
    the title its kicker (a middle school's class counted on from the primary's: 八（4）班)."""
    stories = [it for it in read_items(_PUPILS_ESSAYS) if isinstance(it, Article)]
    assert [s.headline for s in stories] == ["奶奶的菜园", "门前的小河"]
    assert all(len(s.paragraphs) == 2 for s in stories)
    assert stories[1].kicker is None


# ------------------------------------------------ a forecast named for whom it advises

_ADVISORY_FORECAST = """　　记者从市交通部门获悉，本周末全市主要道路
通行正常。

高考天气提示
某市气象台6月6日17时发布
7日：多云，东南风2～3级，22℃～30℃。
8日：阴有阵雨，东风3级，21℃～27℃。
提示：考生出门请带好雨具，提前出发。
"""


def test_a_forecast_named_for_whom_it_advises_is_one_weather_box() -> None:
    """高考天气提示 / 某市气象台…发布 / days / 提示：…: a forecast named for whom it advises, its
    issuer set solid under the name, is one weather box from its name down, no ad nor story over
    the days."""
    items = read_items(_ADVISORY_FORECAST)
    boxes = [it for it in items if isinstance(it, Weather)]
    assert [(b.source.first, b.source.last) for b in boxes] == [(4, 8)]


_FORECAST_WITH_LABELLED_ADVICE = """农业气象
某省气象台5月2日16时发布
未来三天：全省阴有阵雨，局部大雨，气温
15℃～24℃。
农事建议：抓紧晴好间隙抢收油菜，雨后及时
清沟排水，防止田间渍害。

春播时节
村民忙着育秧
　　连日来，某镇村民抢抓农时育秧备耕。
"""


def test_advice_labelled_under_a_forecast_is_the_boxs() -> None:
    """…发布 / days / 农事建议：… / …: the forecaster's advice under its label, wrapped over two lines
    set solid under the days, closes the weather box, no story of its own."""
    items = read_items(_FORECAST_WITH_LABELLED_ADVICE)
    boxes = [it for it in items if isinstance(it, Weather)]
    assert [(b.source.first, b.source.last) for b in boxes] == [(1, 6)]
