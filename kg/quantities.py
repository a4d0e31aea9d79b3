"""Quantities: the number + unit spans of a sentence that can be figures, and the rules that say
which numbers are not (GUIDELINE.md): ordinals, numbers inside names, dates and times, set phrases,
vague numbers, the indefinite 一. Each span carries its value, its unit as written in
``Document.norm`` and its approximation word (超, 近, 约, 余, 多).

>>> from kg.model import Sentence
>>> text = "第一批超过300家企业入驻。"
>>> [(h.value, h.unit, h.qualifier) for h in scan(text, Sentence(0, len(text), 0), Names([]))]
[(300.0, '家', '超')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from kg import lexicon
from kg.model import Mention, Sentence
from kg.numbers import CN_ALL, CN_DIGITS, MAGNITUDE, NUMBER, RANGE_LINK, parse_number

# After a number these words make a date, a time, an ordinal rank or a name, not a quantity; they
# compete with the units so that 年级 is not read as 年 + 级, nor 周年 as 周 + 年.
_NOT_UNITS = ("年级", "年代", "年度", "年份", "周年", "月份", "月", "日", "号", "时", "点", "分", "版", "级",
              "期", "线", "路", "楼", "区", "届次", "代", "季度")
TIME_UNITS = frozenset({"年", "个月", "周", "天", "日", "小时", "个小时", "分钟", "秒", "秒钟", "载", "工作日",
                        "个工作日"})

# Approximation words before the number (as written → as the guideline names them). Upper bounds
# (不到, 不过…) are kept as written: the guideline's list has no word for them.
_QUALIFIER_BEFORE = {
    "超过": "超", "超出": "超", "超": "超", "逾": "超", "多达": "超", "高达": "超",
    "将近": "近", "接近": "近", "近": "近",
    "大约": "约", "约为": "约", "约有": "约", "约": "约", "大概": "约",
    "不到": "不到", "不足": "不足", "不过": "不过", "不超过": "不超过", "不少于": "不少于", "不低于": "不低于",
    "突破": "突破",
}
_QUALIFIERS_LONGEST_FIRST = sorted(_QUALIFIER_BEFORE, key=len, reverse=True)
_QUALIFIER_AFTER = {"余": "余", "多": "多", "左右": "约", "上下": "约", "以上": "超", "以下": "以下", "以内": "以内"}

# Set phrases of Mandarin that contain a numeral and a measure word but state no quantity:
# idioms (成语), fixed political formulations (提法) and everyday set expressions.
_SET_PHRASES = (
    "三位一体", "五位一体", "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "三个代表",
    "两个务必", "三个务必", "两个结合", "两个毫不动摇", "三番五次", "三天两头", "三年五载", "四处",
    "两条腿", "两位数", "三轮车", "十年如一日", "数十年如一日", "一年四季", "三三两两", "三五成群",
    "九牛一毛", "十万火急", "两级", "五湖四海", "七上八下", "四周", "四面八方",
)
# Words just before a number that make it an ordinal (第), distributive (每), vague (数, 几, 若干 — but
# 总数, 人数 end a measure: 员工总数12860人),
# anaphoric (这两年, 那三个: the count was stated before), part of a code or a product (G20, 4×100),
# a weekday (周, 星期), a school grade (初, 高) or the opening stretch of a period (首十个月), not a
# quantity.
_BLOCK_BEFORE = re.compile(r"(第|每|(?<![总人户件次])数|几|若干|星期|礼拜|这|那|首|[A-Za-z0-9.·×])$")
# 前三名, 前10位: a rank (but 目前3家, 此前5位 are counts).
_RANK_BEFORE = re.compile(r"(?<![目此以之提当空日年月眼跟面生])前$")
_RANK_UNITS = ("名", "位", "强")
_BLOCK_BEFORE_CN = re.compile(r"(周|初|高|之)$")
# 日 is a date (6月11日) except after words that make it a duration: 一连三日, 为期5日.
_DAYS_BEFORE = re.compile(r"(一连|为期|连续|历时|持续)$")
# 一 is a number, not the indefinite "a", before a share or a multiple (一成, 近一倍 — but the idiom
# 一成不变) and in a trial or a set term (为期一年, 试行一年; 持续一个月 stays "a month").
_ONE_AS_NUMBER = re.compile(r"成(?!不变)|倍")
_DURATION_BEFORE = re.compile(r"(为期|试行|试运行|满|已满|刚满)$")
# An age bound followed by who it bounds (60岁以上老年人, 70周岁及以上的独居老人) defines a group.
_AGE_GROUP = re.compile(r"(及)?(以上|以下)(?![，,；;。！？!?、）)”」]|$)")
# Round-the-clock services: 24小时热线 names a service, it does not measure anything.
_SERVICE_AFTER = re.compile(r"(服务)?热线|不打烊|营业")
# The 万 part of an amount written in two pieces after its 亿: 1亿1,200万, 3亿5000万.
_WAN_AFTER_YI = re.compile(r"([0-9]+(?:,[0-9]{3})*)万")
# A second unit after a slash makes a rate: 482公斤/亩, 7.4元/公斤.
_PER = re.compile(r"[/／]([^\s/／，,。；;、]{1,3})")
# A span of time that names a campaign (三年行动, 百日攻坚行动): part of a programme's name.
_CAMPAIGN_AFTER = re.compile(r"(攻坚|专项)?行动")
_BARE_MAGNITUDE_AFTER = re.compile(r"(超过|超|近|将近|接近|逾|突破|破|约|达|上)$")


@dataclass
class Hit:
    """A number + unit span of a sentence that may be a figure, with offsets into ``Document.norm``."""

    start: int  # span start (qualifier included)
    num_start: int
    num_end: int  # end of number (+ magnitude, 余/多)
    end: int  # end of unit (+ trailing qualifier)
    value: float
    unit: str  # as in ``Document.norm`` (Simplified), for the rules
    qualifier: str
    unit_at: int = -1  # where the unit is written, when it is (not for 百分之…)


class Names:
    """The spans of an article's mentions, to ask whether a number overlaps one of them.

    >>> from kg.model import Mention
    >>> names = Names([Mention("d", "d#0", 2, 6, "Event", "十五五规划")])
    >>> names.overlap(3, 4), names.overlap(6, 8)
    (True, False)
    """

    def __init__(self, mentions: list[Mention]):
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((z for _, z in spans), max, initial=-1))  # furthest end of spans[:i]

    def overlap(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a mention."""
        return self.reach[bisect_left(self.starts, end)] > start


def scan(norm: str, sent: Sentence, names: Names):
    """Number spans in one sentence that pass the not-a-figure rules."""
    units = _units()
    pos = sent.start
    while True:
        m = NUMBER.search(norm, pos, sent.end)
        if not m:
            return
        pos = m.end()
        start, end = m.start(), m.end()
        kind, unit_at = m.lastgroup, -1
        bare = False  # 超百场, 近千家, 突破百万: a round magnitude after an approximation word means 一百…
        if kind == "cn" and norm[start] in "百千万亿":
            bare = _BARE_MAGNITUDE_AFTER.search(norm, sent.start, start) is not None
            while not bare and start < end and norm[start] in "百千万亿":  # 千家万户, 万兆: no leading digit
                start += 1
            if start == end:
                continue
        before = norm[sent.start:start]
        if _BLOCK_BEFORE.search(before) or (kind == "cn" and _BLOCK_BEFORE_CN.search(before)):
            continue
        if re.search(r"第[" + CN_ALL + r"0-9]+、$", before):
            continue
        num_text = norm[start:end]
        if kind == "cn" and num_text == "一" and norm.startswith("半", end):  # 近一半: a share, 0.5
            num_text, end, pos = "一半", end + 1, end + 1
        elif kind == "cn" and num_text in ("一", "零", "〇") and not (num_text == "一" and _one_is_number(
                norm, sent, before, end)):  # the indefinite 一批, 一次; 零事故
            continue
        if _in_short_quote(norm, sent, start):
            continue  # a number inside a quoted term: “15分钟生活圈”, “三个一百”
        # a range 3至5年 keeps its first value and takes the unit after the second number
        link = NUMBER.match(norm, end + 1, sent.end) if end < sent.end and norm[end] in RANGE_LINK else None
        if link and parse_number(link.group()) is not None:
            end = pos = link.end()
        value = parse_number("一" + num_text if bare else num_text)
        if value is None and kind == "cn" and len(num_text) > 1 and num_text[-1] in "百千" \
                and any(norm.startswith(u, end - 1) for u in units if u[0] == num_text[-1]):
            end = pos = end - 1  # 千万千瓦: the last 千 opens the unit 千瓦
            num_text = num_text[:-1]
            value = parse_number("一" + num_text if bare else num_text)
        if value is None:
            continue
        # Arabic magnitude (80亿, 1.5万, 3千万) — but 5千米 is 5 kilometres
        if kind == "arabic":
            mag = re.match(r"[百千万亿]*", norm[end:sent.end]).group()
            while mag and any(norm.startswith(u, end + len(mag) - 1) for u in units if u[0] in "百千"):
                mag = mag[:-1]
            for ch in mag:
                value *= MAGNITUDE[ch]
            end += len(mag)
            rest_wan = _WAN_AFTER_YI.match(norm, end, sent.end) if mag.endswith("亿") else None
            if rest_wan:  # 1亿1,200万: the 万 part of one amount written in two pieces
                value += parse_number(rest_wan.group(1)) * MAGNITUDE["万"]
                end = pos = rest_wan.end()
        qualifier = ""
        q = re.match(r"(余|多)?([万亿]*)(余|多)?", norm[end:sent.end])
        if q.group(1) or q.group(3):
            qualifier = q.group(1) or q.group(3)
        if q.group(2) and kind != "frac":
            for ch in q.group(2):
                value *= MAGNITUDE[ch]
        num_end = end + q.end()
        end = num_end
        if kind == "frac":  # 四分之一, 百分之六十五: a decimal without a unit (GUIDELINE: 四分之一 → 0.25)
            unit = ""
        else:
            unit = next((u for u in _units_and_blockers().get(norm[end:end + 1], ()) if norm.startswith(u, end)
                         and end + len(u) <= sent.end), "")
            if unit in _NOT_UNITS and unit not in units and not (unit == "日" and _DAYS_BEFORE.search(before)):
                continue
            unit_at = end
            end += len(unit)
            unit = "%" if unit == "％" else unit
            alternative = re.match(r"[（(]([^）)]{1,2})[）)]", norm[end:sent.end]) if unit else None
            if alternative and alternative.group(1) in units:  # 头（只）: another unit, written in brackets
                unit, end = unit + alternative.group(), end + alternative.end()
            per = _PER.match(norm, end, sent.end) if unit else None
            if per and per.group(1) in units:  # 公斤/亩, 元/公斤: a rate, one unit per another
                unit, end = unit + per.group(), per.end()
            if unit and unit not in ("%", "‰", "个") and norm.startswith("半", end) and end < sent.end:
                value, end = value + 0.5, end + 1  # 四圈半, 两年半
        large = re.search("[万亿]", norm[start:num_end]) is not None
        if not unit and kind != "frac" and not large and num_text != "一半":
            continue
        rest = norm[end:sent.end]
        if unit and rest.startswith("级") or unit in TIME_UNITS and re.match("(以|之)?[前后]", rest):
            continue  # a class (62公斤级, 万吨级码头) or a point in time (十年前, 3天后)
        if unit in TIME_UNITS and (_SERVICE_AFTER.match(rest) or _CAMPAIGN_AFTER.match(rest)) or unit in _RANK_UNITS and _RANK_BEFORE.search(before):
            continue
        if unit == "年" and re.fullmatch(r"[12][0-9]{3}|[" + CN_DIGITS + "]{4}", num_text):
            continue  # a year: 2023年, 二〇二三年
        if unit in ("岁", "周岁") and _AGE_GROUP.match(rest):
            continue  # 60岁以上老年人: the bound of a group, not a number stated about anyone
        after = re.match("左右|上下|以上|以下|以内|余|多", norm[end:sent.end])
        if after and not qualifier and not (after.group() == "多" and unit not in TIME_UNITS):
            qualifier = _QUALIFIER_AFTER[after.group()]
            end += len(after.group())
        qual_start = start
        for word in _QUALIFIERS_LONGEST_FIRST:
            if norm.startswith(word, start - len(word)) and start - len(word) >= sent.start:
                if word == "近" and norm[start - 2:start] == "最近":
                    break
                qualifier = qualifier or _QUALIFIER_BEFORE[word]
                qual_start = start - len(word)
                break
        if names.overlap(start, num_end):
            continue
        if _in_set_phrase(norm, sent, start, end):
            continue
        yield Hit(qual_start, start, num_end, end, float(f"{value:.12g}"), unit, qualifier, unit_at)


def _one_is_number(norm: str, sent: Sentence, before: str, end: int) -> bool:
    """True when the 一 ending at ``end`` is the number one (一成以上, 试行一年), not the article "a".

    >>> _one_is_number("占一成以上", Sentence(0, 5, 0), "占", 2), _one_is_number("一批", Sentence(0, 2, 0), "", 1)
    (True, False)
    """
    if _ONE_AS_NUMBER.match(norm, end, sent.end):
        return True
    return _DURATION_BEFORE.search(before) is not None and any(
        norm.startswith(u, end, sent.end) for u in TIME_UNITS)


def _in_short_quote(norm: str, sent: Sentence, pos: int) -> bool:
    """True when ``pos`` lies inside a short quoted term (“15分钟便民生活圈”) that goes on after it."""
    opening = max(norm.rfind("“", sent.start, pos), norm.rfind("「", sent.start, pos))
    if opening < 0 or re.search("[”」]", norm[opening:pos]):
        return False
    closing = re.compile("[”」]").search(norm, pos, sent.end)
    if closing is None or closing.start() - opening > 14:
        return False
    after = re.match(r"[" + CN_ALL + r"0-9.%]+", norm[pos:closing.start()])
    rest = norm[pos + (after.end() if after else 0):closing.start()]
    if opening == pos - 1 and any(rest.startswith(u) and len(rest) > len(u) for u in _units()):
        return True  # a slogan that opens with a count: “三张牌”, “五个必须”
    return len(rest) > 2  # more than a unit follows inside the quote: the number is part of a term


@cache
def _units() -> list[str]:
    return lexicon.longest_first("units")


@cache
def _units_and_blockers() -> dict[str, list[str]]:
    """Units and the words that block them, by first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for u in sorted({*lexicon.load("units"), *_NOT_UNITS}, key=lambda u: (-len(u), u)):
        by_first.setdefault(u[:1], []).append(u)
    return by_first


def _in_set_phrase(norm: str, sent: Sentence, start: int, end: int) -> bool:
    """Whether the character at ``start`` is part of a set phrase (三位一体) written in the sentence."""
    return any(norm.startswith(phrase, at, sent.end)
               for phrase in _SET_PHRASES
               for at in range(max(sent.start, start - len(phrase) + 1), start + 1))
