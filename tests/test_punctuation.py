"""ASCII punctuation inside Chinese becomes full-width; numbers, Latin words and URLs keep theirs."""

from __future__ import annotations

import pytest

from publisher.punctuation import (
    clean_text,
    drop_chinese_spaces,
    ends_sentence,
    normalise_punctuation,
    strip_markup,
)


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        ("昨天,中央文明办公布", "昨天，中央文明办公布"),
        ("完成206.7%,完成率列嘉兴首位", "完成206.7%，完成率列嘉兴首位"),
        ("整治企业(作坊)2306家", "整治企业（作坊）2306家"),
        ("各县(市、区)首位", "各县（市、区）首位"),
        ("地址:平湖市青年大道中段111号(西桥广场南侧)", "地址：平湖市青年大道中段111号（西桥广场南侧）"),
        ("是我们永恒的追求!", "是我们永恒的追求！"),
        ("工坊如何运转?记者走进", "工坊如何运转？记者走进"),
        ("关停淘汰930家;整治完成", "关停淘汰930家；整治完成"),
        ("招生热线:8508717 8508709", "招生热线：8508717 8508709"),
        ("生产总值(GDP)增长", "生产总值（GDP）增长"),
        ("手机APP,我只要", "手机APP，我只要"),
        ("昨天, 中央", "昨天，中央"),
        # ASCII stays ASCII between ASCII neighbours
        ("1,000 people at 10:30", "1,000 people at 10:30"),
        ("见 http://www.pinghu.gov.cn 网站", "见 http://www.pinghu.gov.cn 网站"),
        ("f(x) = 2", "f(x) = 2"),
        ("11.1万平方米", "11.1万平方米"),
        ("偏东风3到4级", "偏东风3到4级"),
        ("2.0版本", "2.0版本"),
        # ASCII double quotes curl in pairs next to Chinese; alone or between ASCII they stay
        ('推出的"楼道议事会"。', "推出的“楼道议事会”。"),
        ('电梯 "楼道议事会"来拍板', "电梯“楼道议事会”来拍板"),
        ('他说:"我们', '他说："我们'),
        ('set "a" and "b"', 'set "a" and "b"'),
        # already full-width text is left alone
        ("记者昨天从市商务局获悉，1至10月；", "记者昨天从市商务局获悉，1至10月；"),
    ],
)
def test_normalise_punctuation(raw: str, published: str) -> None:
    assert normalise_punctuation(raw) == published


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        ("平湖入选第六届 全国文明城市名单", "平湖入选第六届全国文明城市名单"),
        ("一款“善治宝” 自治有妙招", "一款“善治宝”自治有妙招"),
        ("手机 APP 投入使用", "手机 APP 投入使用"),
        ("第八十一期 创新学堂举行", "第八十一期创新学堂举行"),
    ],
)
def test_stray_print_spaces_between_chinese_are_dropped(raw: str, published: str) -> None:
    assert drop_chinese_spaces(raw) == published


def test_clean_text_does_both() -> None:
    assert (
        clean_text("  今天晴到少云。明天晴到多云,偏东风3到4级。 ")
        == "今天晴到少云。明天晴到多云，偏东风3到4级。"
    )


@pytest.mark.parametrize(
    ("text", "final"),
    [
        ("平湖成功入选。", True),
        ("沈宇光说。", True),
        ("值得我们去探索……", True),
        ("“现在我也是有一技之长的人了!”", True),
        ("非常智能。”", True),
        ("当湖街道", False),
        ("提高“低散乱”企", False),
        ("张贴在村部公告栏里,", False),
        ("“我们", False),
        ("以下工作：", False),
    ],
)
def test_ends_sentence(text: str, final: bool) -> None:
    assert ends_sentence(text) is final


# ------------------------------------------------------------------ HTML residue


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        ("<p>本报讯&nbsp;昨天,记者来到当湖街道。</p>", "本报讯昨天，记者来到当湖街道。"),
        ("市民&quot;点单&quot;、部门&quot;接单&quot;", "市民“点单”、部门“接单”"),
        ("研发&amp;生产基地", "研发&生产基地"),
        ("第一行<br>第二行<BR/>第三行<br />完", "第一行第二行第三行完"),
        ('<span style="color:red">平湖</span>发布', "平湖发布"),
        ("&lt;br&gt;平湖", "平湖"),  # escaped twice by the export: still residue
        ("&#24179;&#x6E56;", "平湖"),
    ],
)
def test_html_residue_is_decoded_and_dropped(raw: str, published: str) -> None:
    assert clean_text(strip_markup(raw)) == published


@pytest.mark.parametrize(
    "text",
    [
        "PM2.5<35微克",
        "a<b b>c",
        "1<2 and 3>2",
        "AT&T公司",
        "&notice",
        "<brand>",
        "《平湖报》",
    ],
)
def test_real_text_that_looks_like_markup_is_kept(text: str) -> None:
    assert strip_markup(text) == text


def test_markup_never_changes_the_line_count() -> None:
    # A reference that decodes to a line break would shift every source line number below it.
    assert strip_markup("平湖&#10;发布&#13;&NewLine;今") == "平湖 发布  今"
