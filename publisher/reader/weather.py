"""Weather boxes: a forecast set apart from the stories (a heading, a line per day, readings,
the forecaster's advice, who issued it).

Split out of the box rules (now :mod:`publisher.reader.photos` and :mod:`publisher.reader.ads`)
so the forecast's patterns and rules stand on their own: :meth:`WeatherReader._weather_span` says
how many lines a forecast starting at a line takes (0: none starts there) and
:meth:`WeatherReader._weather` emits it.  A mixin of the page parser, like
:class:`~publisher.reader.photos.PhotoReader`; the notice rules ask it where a forecast starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from publisher.model import Item, SourceLines, Weather
from publisher.patterns import compile_pattern
from publisher.punctuation import compact, ends_sentence, normalise_punctuation
from publisher.reader.line_kinds import (
    FORECAST_MAX,
    NOTICE,
    TEXT,
    WEATHER,
    WIDE_GAP,
    weather_day,
    weather_measure,
    weather_reading,
    weather_sky,
)
from publisher.reader.lines import (
    Line,
)

# A weather box: an optional heading, then one line per day, then readings.
# (海况预报 / 近海海浪预报: the sea's state, forecast as the sky's is)
# (a forecast's own name may say what and where it is for at more length: 某某市旅游天气预报)
_WEATHER_HEADING = compile_pattern(
    r"^(?:(?:今日|本地|[\u4e00-\u9fff]{2,4})?(?:天气预报|天气|气象|海况预报|海况|海浪预报)|[\u4e00-\u9fff]{5,8}天气预报)$"
)
# 台风黄色预警信号, 暴雨橙色预警: a weather warning's signal, named by the weather and the colour
# of its grade, heading the box a forecaster issues (who issued it and when, then what is coming)
_WARNING_SIGNAL = compile_pattern(r"^[\u4e00-\u9fff]{2,4}[蓝黄橙红]色预警(?:信号)?$")
_WARNING_LINES_MAX = 8  # a signal's box: its name, a few lines of text, who issued it
# 全国主要产煤区天气, 沿海主要港口天气: a forecast named at more length for the places it covers,
# read as the box's heading only over who issued it (a headline may end on 天气 too); or named for
# whom it advises (周末驾车出行气象提示, 高考天气提示)
_NAMED_FORECAST = compile_pattern(r"^[\u4e00-\u9fff]{2,10}(?:天气预报|天气|气象提示|天气提示)$")
# a box's label: a few characters, no punctuation
_BOX_LABEL = compile_pattern(r"^[\u4e00-\u9fff]{2,6}$")
_WEATHER_EXTRA = compile_pattern(
    # (明天空气质量：良: the day it is for may come first)
    r"^(?:今天|今日|明天|明日|后天)?(?:空气质量|AQI|紫外线|相对湿度|湿度|日出|日落|舒适度|穿衣(?:指数|提示|建议)|首要污染物|后天|今夜|夜间"
    # the wind on a line of its own (东北风3到4级, 偏北风转东南风2级)
    r"|偏?[东南西北]{1,2}风|风力|风向"
    # (森林火险等级：三级, 森林草原火险等级：高: the danger of fire the weather makes, a reading a
    # forecast gives)
    r"|(?:森林|草原|森林草原)?火险(?:气象)?等级)"
)
# whoever issues forecasts (气象台, 气象局, 气象中心, 气象服务中心; 市气象台, 县气象局: the city's or
# county's own, named by its level alone)
_ISSUER = r"[\u4e00-\u9fff]{1,12}(?:气象台|气象局|气象(?:服务)?中心)"
# 某某水文局　某某气象中心　联合发布: a forecast issued jointly, another agency named before the
# forecaster (a bureau, a centre, a station)
_JOINT_AGENCY = r"(?:[\u4e00-\u9fff]{2,12}(?:局|中心|台|站|院)[、和与及]?){0,2}"
# 上海中心气象台昨天17时发布, （平湖市气象台发布）, 江西省农业气象中心4月10日16时发布 (or 某某气象台
# 9日16时发布： over the forecast it leads into)
_WEATHER_SOURCE = compile_pattern(
    rf"^[（(]?{_JOINT_AGENCY}{_ISSUER}[\u4e00-\u9fff\d:：]{{0,14}}(?:发布|提供)(?:[）)]|[:：])?$"
)
# 某某海洋气象台5月13日16时发布：14日，近海北风4到5级…: who issued it, then the forecast on the line
_ISSUED_FORECAST = compile_pattern(rf"^{_ISSUER}[\u4e00-\u9fff\d:]{{0,14}}发布[:：]\S")
# the sea's readings, as a forecast gives the sky's: 浪高0.5到0.8米, 表层海水温度13℃, 水温22℃
_SEA_READING = compile_pattern(r"浪高\s*\d|海浪|水温\s*\d|海水温度")
_ROW_FIELD_MAX = 12
_ROW_MAX = 80
_HEADER_COLUMNS_MIN = 3
_WEATHER_DAY_MAX = 40
_WEATHER_ADVICE_LINES_MAX = 2
# what a forecaster advises under the forecast: 请适当增减衣物, 注意防范早霜, 出行带伞 (温馨提示：…
# opens it, whatever the first line of its advice says before a line break)
# (农事建议：…, 出行建议：…: the advice labelled as such)
_WEATHER_ADVICE = compile_pattern(r"请|注意|提醒|提示|建议|防范|增减衣|添衣|带伞|防暑|防寒|出行|宜")
# the spaces setting a forecast's fields apart, kept one each in its text
_FIELD_SPACE = compile_pattern(r"[ \t\u3000\u00a0]+")


def _sea_reading(text: str) -> bool:
    """浪高0.5到0.8米 / 表层海水温度13℃～15℃: the sea's state, with its figure."""
    return bool(_SEA_READING.search(text)) and any(c.isdigit() for c in text)


def _column_names(text: str) -> bool:
    """日期　　天气　　气温（℃）　风力: a table's header row, naming its columns (three at least,
    short, set apart by wide spaces) with no figure in it, as no forecast's own line is printed."""
    fields = WIDE_GAP.split(text.strip())
    return (
        len(fields) >= _HEADER_COLUMNS_MIN
        and all(len(f) <= _ROW_FIELD_MAX for f in fields)
        and not any(c.isdigit() for c in text)
    )


def _forecast_row(text: str) -> bool:
    """6月20日　某某浴场　晴　气温21℃～28℃　水温22℃: a row of a forecast's short fields set apart
    by wide spaces, one of them a reading; longer than a day's line, as a table's row is."""
    fields = WIDE_GAP.split(text.strip())  # (6月20日　某某浴场　晴　气温21℃～28℃　…)
    return (
        len(text) <= _ROW_MAX
        and len(fields) >= 3
        and all(len(f) <= _ROW_FIELD_MAX for f in fields)
        and (weather_reading(text) or _sea_reading(text))
    )


class WeatherReader:
    """The weather-box rules of the page parser (a mixin): what they need from it is declared here
    (this mixin comes before the notice rules among the parser's bases, which ask it for
    ``_weather_span``)."""

    lines: list[Line]
    page: int

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _emit(self, item_factory: Callable[[str], Item]) -> None: ...

        def _inside_prose(self, i: int) -> bool: ...

    def _weather_span(self, i: int) -> int:
        """Lines of a forecast starting at line i: a heading?, the day lines, the readings."""
        lines = self.lines
        j = i
        headed = lines[i].kind == TEXT and (
            bool(_WEATHER_HEADING.match(compact(lines[i].text)))
            or bool(_WARNING_SIGNAL.match(compact(lines[i].text)))
            or (
                bool(_NAMED_FORECAST.match(compact(lines[i].text)))
                and i + 1 < len(lines)
                and not lines[i + 1].gap
                and self._issuer_heads(i + 1)
            )
        )
        if (
            not headed
            and _BOX_LABEL.match(compact(lines[i].text))
            and i + 1 < len(lines)
            and not lines[i + 1].gap
        ):
            # 雪情播报 / 今天白天：… / …气象台发布: a short label set solid over a forecast its
            # forecaster signs names the box, whatever words it uses
            below = self._weather_span(i + 1)
            return 1 + below if below and self._issuer_at(i + below) else 0
        signed = self._signed_warning(i)
        if signed:
            return signed
        issued = not headed and self._issuer_heads(i)
        j += headed or issued
        if headed and j < len(lines) and not lines[j].gap and _column_names(lines[j].text):
            # 某县未来一周天气预报 / 日期　天气　气温（℃）　风力 / rows: a header naming the columns
            # under the title prints the days as a table's rows (read by the table rules, its
            # 数据来源 line with it), not a forecast's box
            return 0
        # under its heading, who issued it may come first (天气预报 / 某某气象台…发布 / 3日　多云
        # 20～29℃): the days under it are the forecast
        if headed and j < len(lines) and self._issuer_heads(j):
            j += 1
            issued = True
        elif headed and self._issuer_at(j) and j + 1 < len(lines) and not lines[j + 1].gap:
            # 全国天气 / 中央气象台…发布 / 7月16日08时至17日08时，某某等地有大到暴雨，…: under its
            # heading and who issued it, a forecast told in sentences, set solid to the blank line
            k = j + 1
            while k < len(lines) and not lines[k].gap and lines[k].kind in (TEXT, WEATHER) and k - i < 8:
                k += 1
            if any(weather_measure(ln.text) or weather_sky(ln.text) for ln in lines[j + 1 : k]):
                return k - i
        # under its heading a forecast may open with any words (预计本周全省晴到多云，…), and
        # say no measure when who issued it signs right under it (农业气象 / 预计未来一周… / 某某
        # 气象台发布)
        if j >= len(lines) or not (
            lines[j].kind == WEATHER
            or issued
            or (
                headed
                and lines[j].kind == TEXT
                and len(lines[j].text) <= FORECAST_MAX
                and (
                    weather_reading(lines[j].text)
                    or self._issuer_at(j + 1)
                    # 海况预报 / 某某海洋气象台…发布：14日，近海北风4到5级，浪高…: who issued it
                    # opens the forecast's line
                    or bool(_ISSUED_FORECAST.match(compact(lines[j].text)))
                    # 今日天气 / 多云，午后有雷阵雨 / 气温：27℃～34℃: the sky on a line of its own over
                    # the readings set solid under it
                    or (
                        len(lines[j].text) <= _WEATHER_DAY_MAX
                        and weather_sky(lines[j].text)
                        and j + 1 < len(lines)
                        and not lines[j + 1].gap
                        and weather_measure(lines[j + 1].text)
                    )
                )
            )
        ):
            return 0
        j += 1
        while j < len(lines) and (
            lines[j].kind == WEATHER
            or (lines[j].kind == TEXT and len(lines[j].text) <= 40 and _WEATHER_EXTRA.match(lines[j].text))
            # the next day's line set solid under it (周日 小雨 12～20℃ 东风3级; at sea, 15日，
            # 南风3到4级，浪高0.5到0.8米), or a row of its fields (6月21日　某某浴场　多云　…)
            or (
                lines[j].kind == TEXT
                and not lines[j].gap
                and (
                    (
                        len(lines[j].text) <= _WEATHER_DAY_MAX
                        and (weather_reading(lines[j].text) or _sea_reading(lines[j].text))
                    )
                    or _forecast_row(lines[j].text)
                )
            )
            # a reading of its own set solid in the box (海上：黄海北部南风5到6级)
            or (
                lines[j].kind == TEXT
                and not lines[j].gap
                and len(lines[j].text) <= _WEATHER_DAY_MAX
                and weather_measure(lines[j].text)
            )
            # the next day's sky set solid under it (明天多云，午后局部有雷阵雨。)
            or (lines[j].kind == TEXT and not lines[j].gap and weather_day(lines[j].text))
            # a reading cut after its comma goes on on the next line (…16℃， / 最低温度9℃)
            or (
                lines[j].kind == TEXT
                and not lines[j].gap
                and lines[j - 1].text.endswith(("，", ","))
                and len(lines[j].text) <= 60
            )
        ):
            j += 1
        # the forecaster's advice set solid under the days (早晚温差大，请适当增减衣物。), or any
        # line between them and who issued them
        j = self._advice_end(i, j)
        # who issued it (（南京市气象台3月18日6时发布）): the box's last line, but for advice set
        # solid under it (某市气象台7月15日5时发布 / 温馨提示：高温天气，注意防暑。)
        if self._issuer_at(j):
            j = self._advice_end(i, j + 1, issued=True)
        # a forecast quoted between two paragraphs of a weather story stays in the story
        return 0 if j - i == 1 and self._inside_prose(i) else j - i

    def _advice_end(self, i: int, j: int, issued: bool = False) -> int:
        """The end of the forecaster's advice set solid from line j under the box's readings from
        line i (or under its issuer's line, ``issued``: nothing more to wait for then)."""
        lines = self.lines
        advice = 0
        while (
            j - i >= 2
            and j < len(lines)
            and advice < _WEATHER_ADVICE_LINES_MAX
            # (温馨提示：… set solid under the days is the forecaster's, not a notice of its own)
            and lines[j].kind in (TEXT, NOTICE)
            and not lines[j].gap
            and len(lines[j].text) <= _WEATHER_DAY_MAX + 20
            and (
                _WEATHER_ADVICE.search(lines[j].text)
                or (not issued and self._issuer_at(j + 1))
                # the advice cut mid-sentence goes on on the next line (温馨提示：气温低，请注意
                # 防寒， / 谨防路面结冰。)
                or (advice > 0 and not ends_sentence(lines[j - 1].text))
            )
        ):
            j += 1
            advice += 1
        return j

    def _signed_warning(self, i: int) -> int:
        """Lines of a warning signal's box at line i told in sentences and signed under them
        (暴雨蓝色预警信号 / 预计未来12小时内… / （县气象台8月2日15时发布）): the signal's name, its
        text set solid, who issued it the last line; else 0 (who issued it set under the name is
        read with the other forecasts told in sentences).  A forecast's heading signed the same
        way is one too when its sentences tell the sky or a measure."""
        lines = self.lines
        if lines[i].kind != TEXT:
            return 0
        signal = bool(_WARNING_SIGNAL.match(compact(lines[i].text)))
        if not signal and not _WEATHER_HEADING.match(compact(lines[i].text)):
            return 0
        k = i + 1
        while (
            k < len(lines)
            and not lines[k].gap
            and lines[k].kind in (TEXT, WEATHER)
            and k - i < _WARNING_LINES_MAX
        ):
            if self._issuer_at(k):
                # (某某天气预报 / 6月23日—25日，…有大到暴雨。 / …联合发布: a forecast's heading over
                # its sentences and who issued them, the sky or a measure told in them)
                told = signal or any(
                    weather_sky(ln.text) or weather_measure(ln.text) for ln in lines[i + 1 : k]
                )
                # (advice set solid under who issued it is the box's too: ``_advice_end``)
                return self._advice_end(i, k + 1, issued=True) - i if k > i + 1 and told else 0
            k += 1
        return 0

    def _issuer_heads(self, i: int) -> bool:
        """Line i says who issued the forecast and the days' readings are set solid under it
        (北京市气象台12月17日17时发布 / 18日白天　晴　…　最高气温4℃): the box's only title."""
        lines = self.lines
        below = lines[i + 1] if i + 1 < len(lines) else None
        return (
            self._issuer_at(i)
            and below is not None
            and not below.gap
            and below.kind in (TEXT, WEATHER)
            and len(below.text) <= _WEATHER_DAY_MAX
            # (今天夜间：晴　明天：晴转多云 / 偏南风3到4级　气温5℃～19℃: the days' sky, the readings under it)
            and (weather_reading(below.text) or weather_day(below.text))
        )

    def _issuer_at(self, j: int) -> bool:
        """Line j says who issued the forecast above (南京市气象台3月18日6时发布)."""
        line = self.lines[j] if j < len(self.lines) else None
        return line is not None and line.kind == TEXT and bool(_WEATHER_SOURCE.match(compact(line.text)))

    def _weather(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        source = SourceLines(self.page, lines[0].number, lines[-1].number)
        # The box as printed: its lines, each break kept as a "\n" and no punctuation added, a
        # heading (平湖天气) on its own line as printed (the audio edition pauses at each break)
        # (the spaces that set its fields apart stay, one each: 沈阳 晴 －14～－3℃)
        parts = [_FIELD_SPACE.sub(" ", normalise_punctuation(ln.text.strip())) for ln in lines]
        text = "\n".join(parts)
        self._emit(lambda id_: Weather(id_, source, text))
