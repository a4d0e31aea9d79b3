"""Figures: numbers stated about something — counts, durations, sizes, shares, amounts.

A figure is a number (Arabic, Chinese, mixed with 万/亿, a fraction or a percentage) followed by a
measure word or unit from ``kg/lexicons/units.txt`` — or a percentage, a fraction, or a large
count with 万/亿 that needs no unit. Not figures (GUIDELINE.md): ordinals (第一), numbers inside
names (any span overlapping a mention: 十五五, 10号线), dates and times (2023年, 6月11日, 10时),
set phrases (一线, 千家万户, 三位一体), vague numbers (数十年, 十几个) and the indefinite 一
(一批, 一次, 一个: "a", not "one").

Each figure gets the approximation word (超, 近, 约, 余, 多), the shortest noun phrase it counts
(``measure``), and a subject: a mention picked by ``_subject`` (see its docstring for the rules).
Numbers are read by ``kg.numbers``; units are reported as written (個 in Traditional text).

>>> from kg.model import Article, Document, Sentence
>>> text = "目前已建成24个社区食堂。"
>>> doc = Document("d", "d.txt", text, text, [Article("d#0", "", 0, 13, [Sentence(0, 13, 0)])])
>>> [(f.value, f.unit, f.measure, f.text) for f in extract_figures(doc, doc.articles[0], [])]
[(24.0, '个', '社区食堂', '24个社区食堂')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate

import jieba
import jieba.posseg

from kg import lexicon
from kg.model import Article, Document, Evidence, Figure, Mention, Sentence
from kg.numbers import CN_ALL as _CN_ALL, CN_DIGITS as _CN_DIGITS, MAGNITUDE as _MAGNITUDE
from kg.numbers import NUMBER as _NUMBER, RANGE_LINK as _RANGE_LINK
from kg.numbers import parse_number
from kg.read import sentence_text

jieba.setLogLevel(60)


# After a number these words make a date, a time, an ordinal rank or a name, not a quantity; they
# compete with the units so that 年级 is not read as 年 + 级, nor 周年 as 周 + 年.
_NOT_UNITS = ("年级", "年代", "年度", "年份", "周年", "月份", "月", "日", "号", "时", "点", "分", "版", "级",
              "期", "线", "路", "楼", "区", "届次", "代", "季度")
_TIME_UNITS = frozenset({"年", "个月", "周", "天", "小时", "个小时", "分钟", "秒", "秒钟", "载"})
_COUNTERS = frozenset({"个", "种", "项", "套", "类", "条", "部", "本"})  # may count methods: 三种工作法

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
_QUALIFIER_AFTER = {"余": "余", "多": "多", "左右": "约", "上下": "约", "以上": "超"}

# Set phrases of Mandarin that contain a numeral and a measure word but state no quantity:
# idioms (成语), fixed political formulations (提法) and everyday set expressions.
_SET_PHRASES = (
    "三位一体", "五位一体", "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "三个代表",
    "两个务必", "三个务必", "两个结合", "两个毫不动摇", "三番五次", "三天两头", "三年五载", "四处",
    "两条腿", "两位数", "三轮车", "十年如一日", "数十年如一日", "一年四季", "三三两两", "三五成群",
    "九牛一毛", "十万火急", "两级", "五湖四海", "七上八下", "四周", "四面八方",
)
# Words just before a number that make it an ordinal (第), distributive (每), vague (数, 几, 若干),
# anaphoric (这两年, 那三个: the count was stated before), part of a code or a product (G20, 4×100),
# a weekday (周, 星期) or a school grade (初, 高), not a quantity.
_BLOCK_BEFORE = re.compile(r"(第|每|数|几|若干|星期|礼拜|这|那|[A-Za-z0-9.·×])$")
_BLOCK_BEFORE_CN = re.compile(r"(周|初|高|之)$")
_BARE_MAGNITUDE_AFTER = re.compile(r"(超过|超|近|将近|接近|逾|突破|破|约|达|上)$")
_CLAUSE_END = "，,；;：:。！？!?"
_PRONOUN = re.compile(r"(?<![其吉利])[他她](们)?")
_FRAME_AFTER = ("中", "期间", "以来", "之际")
_COORD = ("与", "和", "及", "同", "、", "以及")
# A clause that introduces reported content: its speaker is not what the figures are about.
_SPEAKER = re.compile(r"(指出|表示|介绍|强调|要求|说|认为|透露|称|提出|谈到|坦言|显示|通报|宣布|获悉|了解|统计)$")
# A sentence set at an event (开幕式上, 会上, 活动期间): the people acting in it act at the event.
_EVENT_FRAME = re.compile(r"(开幕式|闭幕式|启动仪式|仪式|会|会议|大会|活动|论坛|发布会|现场会)(上|中|期间|现场)[，,]")
# Words that point back to a name said before: 该公司, 本届邻里节, 这家企业.
_DETERMINER = re.compile(r"该|本届|本次|这一|这个|这家|这所|这|此|本")
# Compounds that open with a name's head but refer to nothing named: 地区生产总值 (GDP), 中心城区.
_NOT_BACK_REFERENCES = ("地区生产总值", "中心城区", "中心城市")
# 将与, 已同: after an adverb, 与/同/跟 opens a prepositional phrase (with …), not a coordination.
_PREPOSITION = re.compile(r"(将|已|已经|还|也|要|正|均|曾|共同|积极|主动|首次)(与|同|跟|和)")
# Organs that govern the place itself: their leaders speak for the place (区委书记, 市政府).
_GOVERNING = ("委", "政府", "人大常委会", "政协", "管委会")
_LONGEST_SHORT_FORM = 8
_NAMED_THINGS = ("Organization", "Place", "Event", "Programme")
_DEICTIC = re.compile(r"(全|我|本)(区|市|县|省|镇|州|旗)")
# A clause that only sets the time (行动计划实施以来, 过去五年里): the subject comes after it.
_TIME_FRAME = re.compile(r"(以来|期间|之际|之时|时候|年来|年间|年里|之后|以后|之前|以前)$")
_FRAME_CLAUSE = ("作为", "在", "据", "根据", "按照", "为了", "为", "随着", "通过", "围绕", "面对", "针对", "对于",
                 "截至", "经过")
_NOUNISH = ("n", "j", "b", "s", "a", "vn", "q", "uj", "f", "l")


@dataclass
class _Hit:
    start: int  # span start (qualifier included)
    num_start: int
    num_end: int  # end of number (+ magnitude, 余/多)
    end: int  # end of unit (+ trailing qualifier)
    value: float
    unit: str  # as in ``Document.norm`` (Simplified), for the rules
    qualifier: str
    unit_at: int = -1  # where the unit is written, when it is (not for 百分之…)


def extract_figures(doc: Document, article: Article, mentions: list[Mention]) -> list[Figure]:
    """Every figure stated in ``article``, sentence by sentence, with its subject mention.

    ``mentions`` are the article's entity mentions: numbers inside them are not figures, and the
    subject is chosen among them. Figures repeated in the article (same value, unit and measure,
    as in 三位劳模工匠 … 三位工匠) are kept once.
    """
    own = sorted((m for m in mentions if m.article_id == article.id), key=lambda m: (m.start, -m.end))
    by_end = sorted(own, key=_end)
    named = _Names(own)
    scope = _scope(doc, article, own)
    figures: list[Figure] = []
    heading: list[Figure] = []
    seen: list[tuple[float, str, str]] = []
    for sent in article.sentences:
        hits = list(_scan(doc.norm, sent, named))
        if not hits:
            continue
        # a mention that is the counted noun of a figure (24个中医馆) is no one's subject
        counted = {h.end + k for h in hits for k in (0, 1)}
        lo = bisect_left(by_end, sent.start, key=_end)
        ends = [m.end for m in by_end[lo:bisect_right(by_end, sent.end, lo, key=_end)] if m.start not in counted]
        for hit in hits:
            fig = _figure(doc, article, sent, hit, ends)
            if fig is None:
                continue
            fig.subject = _subject(scope, sent, hit, counted)
            scope.last = (sent.paragraph, fig.subject)
            if _is_heading(doc, article, sent):
                heading.append(fig)
                continue
            key = (fig.value, fig.unit, fig.measure)
            if any(k[:2] == key[:2] and k[2] and key[2] and (k[2] in key[2] or key[2] in k[2]) for k in seen):
                continue
            seen.append(key)
            figures.append(fig)
    # a headline figure restated in the body (…37人榜上有名 / 共有37人) is kept once, from the body
    return [f for f in heading if (f.value, f.unit) not in {k[:2] for k in seen}] + figures


def _start(m: Mention) -> int:
    return m.start


def _end(m: Mention) -> int:
    return m.end


def _is_heading(doc: Document, article: Article, sent: Sentence) -> bool:
    text = doc.text[sent.start:sent.end].strip()
    return bool(text and article.title) and text in article.title


class _Names:
    """The spans of an article's mentions, to ask whether a number overlaps one of them.

    >>> from kg.model import Mention
    >>> names = _Names([Mention("d", "d#0", 2, 6, "Event", "十五五规划")])
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


def _scan(norm: str, sent: Sentence, names: _Names):
    """Number spans in one sentence that pass the not-a-figure rules."""
    units = _units()
    pos = sent.start
    while True:
        m = _NUMBER.search(norm, pos, sent.end)
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
        if re.search(r"第[" + _CN_ALL + r"0-9]+、$", before):
            continue
        num_text = norm[start:end]
        if kind == "cn" and num_text == "一" and norm.startswith("半", end):  # 近一半: a share, 0.5
            num_text, end, pos = "一半", end + 1, end + 1
        elif kind == "cn" and num_text in ("一", "零", "〇"):  # the indefinite 一批, 一次; 零事故
            continue
        if _in_short_quote(norm, sent, start):
            continue  # a number inside a quoted term: “15分钟生活圈”, “三个一百”
        # a range 3至5年 keeps its first value and takes the unit after the second number
        link = _NUMBER.match(norm, end + 1, sent.end) if end < sent.end and norm[end] in _RANGE_LINK else None
        if link and parse_number(link.group()) is not None:
            end = pos = link.end()
        value = parse_number("一" + num_text if bare else num_text)
        if value is None:
            continue
        # Arabic magnitude (80亿, 1.5万, 3千万) — but 5千米 is 5 kilometres
        if kind == "arabic":
            mag = re.match(r"[百千万亿]*", norm[end:sent.end]).group()
            while mag and any(norm.startswith(u, end + len(mag) - 1) for u in units if u[0] in "百千"):
                mag = mag[:-1]
            for ch in mag:
                value *= _MAGNITUDE[ch]
            end += len(mag)
        qualifier = ""
        q = re.match(r"(余|多)?([万亿]*)(余|多)?", norm[end:sent.end])
        if q.group(1) or q.group(3):
            qualifier = q.group(1) or q.group(3)
        if q.group(2) and kind != "frac":
            for ch in q.group(2):
                value *= _MAGNITUDE[ch]
        num_end = end + q.end()
        end = num_end
        if kind == "frac":
            unit = {"百分之": "%", "千分之": "‰"}.get(norm[start:start + 3], "")
        else:
            unit = next((u for u in _units_and_blockers().get(norm[end:end + 1], ()) if norm.startswith(u, end)
                         and end + len(u) <= sent.end), "")
            if unit in _NOT_UNITS and unit not in units:
                continue
            unit_at = end
            end += len(unit)
            unit = "%" if unit == "％" else unit
            if unit and unit not in ("%", "‰", "个") and norm.startswith("半", end) and end < sent.end:
                value, end = value + 0.5, end + 1  # 四圈半, 两年半
        large = re.search("[万亿]", norm[start:num_end]) is not None
        if not unit and kind != "frac" and not large and num_text != "一半":
            continue
        rest = norm[end:sent.end]
        if unit and rest.startswith("级") or unit in _TIME_UNITS and re.match("(以|之)?[前后]", rest):
            continue  # a class (62公斤级, 万吨级码头) or a point in time (十年前, 3天后)
        if unit == "年" and re.fullmatch(r"[12][0-9]{3}|[" + _CN_DIGITS + "]{4}", num_text):
            continue  # a year: 2023年, 二〇二三年
        after = re.match("左右|上下|以上|余|多", norm[end:sent.end])
        if after and not qualifier and not (after.group() == "多" and unit not in _TIME_UNITS):
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
        yield _Hit(qual_start, start, num_end, end, value, unit, qualifier, unit_at)


def _in_short_quote(norm: str, sent: Sentence, pos: int) -> bool:
    """True when ``pos`` lies inside a short quoted term (“15分钟便民生活圈”) that goes on after it."""
    opening = max(norm.rfind("“", sent.start, pos), norm.rfind("「", sent.start, pos))
    if opening < 0 or re.search("[”」]", norm[opening:pos]):
        return False
    closing = re.compile("[”」]").search(norm, pos, sent.end)
    if closing is None or closing.start() - opening > 14:
        return False
    after = re.match(r"[" + _CN_ALL + r"0-9.%]+", norm[pos:closing.start()])
    rest = norm[pos + (after.end() if after else 0):closing.start()]
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


def _clause_bounds(norm: str, sent: Sentence, pos: int) -> tuple[int, int]:
    a = pos
    while a > sent.start and norm[a - 1] not in _CLAUSE_END:
        a -= 1
    b = pos
    while b < sent.end and norm[b] not in _CLAUSE_END:
        b += 1
    return a, b


def _figure(doc: Document, article: Article, sent: Sentence, hit: _Hit, ends: list[int]):
    """The figure of ``hit``, or None; ``ends`` are where the sentence's candidate subjects end."""
    norm = doc.norm
    c_start, c_end = _clause_bounds(norm, sent, hit.num_start)
    start, end = hit.start, hit.end
    measure = ""
    follow = norm[end:min(c_end, end + 16)]
    if follow.startswith(("“", "「", "\"")):
        close = re.match(r"[“「\"]([^”」\"]{1,12})[”」\"]", follow)
        if close:
            measure, end = close.group(1), end + close.end()
    else:
        if hit.unit not in _COUNTERS and _names_a_method(follow):
            return None  # a number inside a method's name: 15度倾斜组合法, 30秒快速检测法
        np_text, np_len = _noun_phrase(follow)
        if np_text:
            measure, end = np_text, end + np_len
    if not measure and hit.unit in _TIME_UNITS:
        verb = re.match(r"[^\s" + _CLAUSE_END + r"的]{2,12}", follow)
        if verb and _starts_with_verb(verb.group()):
            measure, end = verb.group(), end + verb.end()
        else:
            lead = _verb_phrase(norm[c_start:hit.start])
            if lead:
                measure, start = lead, hit.start - len(lead)
    if not measure:
        lead_start = max([c_start] + [e for e in ends if c_start <= e <= hit.start])
        lead = norm[lead_start:hit.start]
        pre, pre_len = _noun_phrase_before(lead)
        if pre:
            measure, start = pre, hit.start - pre_len
    evidence = Evidence(doc.id, article.id, sentence_text(doc, sent), start, end, sent.start, sent.end)
    unit = hit.unit if hit.unit_at < 0 else doc.text[hit.unit_at:hit.unit_at + len(hit.unit)].replace("％", "%")
    return Figure(value=hit.value, unit=unit, measure=measure, qualifier=hit.qualifier,
                  text=doc.text[start:end], start=start, end=end,
                  subject=None, evidence=evidence)


@lru_cache(maxsize=256)
def _tagged(text: str) -> tuple[jieba.posseg.pair, ...]:
    """jieba's words and parts of speech for ``text`` (the words after a figure are read twice)."""
    return tuple(jieba.posseg.lcut(text))


def _starts_with_verb(text: str) -> bool:
    words = jieba.posseg.lcut(text)
    return bool(words) and words[0].flag.startswith("v") and words[0].flag != "vn"


def _names_a_method(text: str) -> bool:
    """True when ``text`` opens with a method's name (倾斜组合法, 快速检测法): X法 right after a number."""
    for i, w in enumerate(_tagged(text)[:4]):
        if w.flag in ("p", "x", "r", "uj", "c") or w.word == "的":
            return False
        if (w.word == "法" and i > 0) or (len(w.word) >= 3 and w.word.endswith("法") and w.flag.startswith("n")):
            return True
    return False


def _verb_phrase(text: str) -> str:
    """The verb phrase that ends ``text``, from its first verb (他带队坚守 → 带队坚守)."""
    words = jieba.posseg.lcut(text)
    for i, w in enumerate(words):
        if w.flag.startswith("v") and w.flag != "vn":
            return "".join(x.word for x in words[i:])
    return ""


def _noun_phrase(text: str) -> tuple[str, int]:
    """The noun phrase at the start of ``text`` (head after the last 的) and the span it covers."""
    words, n = [], 0
    tokens = list(_tagged(text))
    if len(tokens) > 1 and tokens[0].flag == "v" and len(tokens[1].word) == 1 and tokens[1].flag[0] in "nq":
        tokens[:2] = [jieba.posseg.pair(tokens[0].word + tokens[1].word, "n")]  # 充电+桩: a compound noun
    for w in tokens:
        if not w.flag.startswith(_NOUNISH) or n + len(w.word) > 14:
            break
        words.append(w)
        n += len(w.word)
    while words and not words[-1].flag.startswith(("n", "j", "vn", "s", "l")):
        n -= len(words.pop().word)
    if not words:
        return "", 0
    head = [w.word for w in words]
    if "的" in head:
        cut = head.index("的")
        if all(w.flag.startswith(("n", "j", "l")) for w in words[:cut]):  # 三位工匠的岗位: counts 工匠
            return "".join(head[:cut]), sum(map(len, head[:cut]))
        head = head[len(head) - head[::-1].index("的"):]  # 三位不同领域的劳模工匠: counts 劳模工匠
    return "".join(head), n


def _noun_phrase_before(text: str) -> tuple[str, int]:
    """The noun phrase that ends ``text`` once a linking verb (达, 达到, 为…) is dropped."""
    stripped = re.sub(r"(已经|已|共|总共|累计|分别)?(达到|达|为|是|有|占|共有|增至|增长|提高|提升|降至|下降|"
                      r"(控制|保持|稳定|维持)在)$", "", text)
    words = jieba.posseg.lcut(stripped)
    head = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        sandwiched = w.flag == "v" and head and i > 0 and words[i - 1].flag.startswith(("n", "s"))  # 城镇登记失业率
        if not (w.flag.startswith(("n", "j", "s", "vn", "b")) or sandwiched) \
                or sum(map(len, head)) + len(w.word) > 10:
            break
        if head and len(w.word) == 1:  # a classifier or stray character: 这条隧道 → 隧道
            break
        head.insert(0, w.word)
        if w.flag.startswith("s"):  # a locative (国内, 全国) opens the phrase
            break
    if not head:
        return "", 0
    phrase = "".join(head)
    code = re.search(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$", stripped[:len(stripped) - len(phrase)])
    if code:  # 5G基站
        phrase = code.group() + phrase
    return phrase, len(text) - len(stripped) + len(phrase)


@dataclass
class _Ref:
    """A written reference to an entity: the mention itself, or a short back-reference (公园 → 良渚古城遗址公园)."""

    start: int
    end: int
    mention: Mention


@dataclass
class _Scope:
    """What attribution knows about one article: references, its place, the last subject given."""

    doc: Document
    article: Article
    mentions: list[Mention]  # top-level mentions of the article
    refs: list[_Ref]
    place: Mention | None  # a mention of the place the article is about (我区, or its most named district)
    last: tuple[int, Mention | None] | None = None  # (paragraph, subject) of the previous figure
    events: list[Mention] = field(default_factory=list)  # the Event mentions, by position


def _scope(doc: Document, article: Article, mentions: list[Mention]) -> _Scope:
    top = [m for m in mentions if not m.nested]
    refs: list[_Ref] = []
    for m in top:
        prev = refs[-1] if refs else None
        if prev and prev.end == m.start and prev.mention.type == m.type == "Place":
            refs[-1] = _Ref(prev.start, m.end, m)  # a chain 成都市武侯区 is about its innermost place
        else:
            refs.append(_Ref(m.start, m.end, m))
    starts = {r.start for r in refs}
    short_forms: dict[str, Mention] = {}  # head of a name said so far (公园, 实验室) -> its latest mention
    pending = iter(m for m in top if m.type in _NAMED_THINGS)
    nxt = next(pending, None)
    for sent in article.sentences:
        for c_start in _clause_starts(doc.norm, sent):
            while nxt is not None and nxt.end <= c_start:
                _add_short_forms(doc.norm, nxt, short_forms)
                nxt = next(pending, None)
            if c_start not in starts and short_forms:
                ref = _back_reference(doc.norm, c_start, sent.end, short_forms, top)
                if ref:
                    refs.append(ref)
    refs.sort(key=lambda r: r.start)
    return _Scope(doc, article, top, refs, _article_place(doc, article, top),
                  events=[m for m in top if m.type == "Event"])


def _clause_starts(norm: str, sent: Sentence) -> list[int]:
    out = [sent.start]
    out += [i + 1 for i in range(sent.start, sent.end - 1) if norm[i] in _CLAUSE_END]
    return [i + len(re.match(r"[“「\"(（ ]*", norm[i:i + 3]).group()) for i in out]


def _add_short_forms(norm: str, m: Mention, short_forms: dict[str, Mention]) -> None:
    """Record the heads a later clause may use for ``m``: 公园 or 遗址公园 for 良渚古城遗址公园."""
    heads = _heads()
    name = norm[m.start:m.end].strip("“”「」《》\"")
    for k in range(2, len(name)):
        short = name[-k:]
        if short in heads or (k >= 3 and short.endswith(heads)):
            short_forms[short] = m


def _back_reference(norm: str, pos: int, end: int, short_forms: dict[str, Mention],
                    top: list[Mention]) -> _Ref | None:
    """A clause that opens with the head of a name said before (公园 for 良渚古城遗址公园, 该公司,
    本届邻里节) refers back to it — the usual way Chinese news avoids repeating a long name."""
    det = _DETERMINER.match(norm, pos, end)
    at = det.end() if det else pos
    if norm.startswith(_NOT_BACK_REFERENCES, at):
        return None
    for k in range(min(_LONGEST_SHORT_FORM, end - at), 1, -1):
        m = short_forms.get(norm[at:at + k])
        if m is not None:
            return _Ref(pos, at + k, m)
    if det and det.group() in ("本次", "本届"):  # 本次受表彰的…: the event being reported
        events = [m for m in top if m.type == "Event" and m.end <= pos]
        return _Ref(pos, at, events[-1]) if events else None
    return None


@cache
def _heads() -> tuple[str, ...]:
    """Words that end names (公园, 集团, 大会…): the only short forms taken as back-references."""
    return tuple(sorted({w for name in ("org_suffixes", "place_suffixes", "event_suffixes", "programme_suffixes")
                         for w in lexicon.load(name) if len(w) >= 2}))


def _article_place(doc: Document, article: Article, top: list[Mention]) -> Mention | None:
    """A mention of the place the article is about: its first deictic form (全区, 我市), else the
    district or city it names most (the heading counting double)."""
    places = [m for m in top if m.type == "Place"]
    deictic = next((m for m in places if _DEICTIC.fullmatch(doc.norm[m.start:m.end])), None)
    if deictic:
        return deictic
    counts: dict[str, list[Mention]] = {}
    heading_end = article.sentences[0].end if article.sentences else article.start
    for m in places:
        text = doc.norm[m.start:m.end]
        if text.endswith(("区", "市", "县")):
            counts.setdefault(text, []).extend([m, m] if m.start < heading_end else [m])
    if not counts:
        return None
    return max(counts.values(), key=len)[0]


def _content_start(norm: str, sent: Sentence, pos: int) -> int:
    """Where what is reported begins: after the last speaker clause (X指出, 据X介绍) before ``pos``."""
    start = sent.start
    for c_start in _clause_starts(norm, sent):
        if c_start >= pos:
            break
        c_end = _clause_bounds(norm, sent, c_start)[1]
        if c_end < pos and _SPEAKER.search(norm, c_start, c_end):
            start = c_end + 1
    return start


def _subject(scope: _Scope, sent: Sentence, hit: _Hit, counted: set[int]) -> Mention | None:
    """The mention a figure is about, by the first rule that applies.

    References are the article's mentions plus clause-initial back-references (公园, 该公司 →
    the name said before); in a chain 成都市武侯区 the innermost place counts. A speaker clause
    (X指出, X在讲话中表示, 据X介绍) is not the subject of what it reports.

    1. ``分`` + figure + verb + an Event in the clause (分四个阶段召开座谈会): that Event.
    2. The nearest reference in the same clause before the figure (全区26个街镇), unless it is a
       frame (暴雨中, 期间) or modifies another noun (X实践的两个…). Coordinated names (A、B等)
       give None (a count shared by several things); a person in a sentence framed by an event
       (开幕式上, 会上) gives the event.
    3. ``其中`` (of them) continues the previous figure of the paragraph: its subject.
    4. A he/she pronoun before the figure: the paragraph's person.
    5. An Event or Programme that ends the previous clause (举办X消费节，预计带动…; 发布《X》，明确…).
    6. The topic of the reported content (``_topic``): a clause-initial reference.
    7. No reference before the figure: the topic of the previous sentence of the paragraph, else the
       paragraph's person, else the event that frames the sentence, else — inside reported speech —
       the speaker's organisation, or the article's place when a leader speaks (``_speaker_default``).
    """
    norm = scope.doc.norm
    content = _content_start(norm, sent, hit.num_start)
    refs = [r for r in _refs_between(scope, content, sent.end) if r.start not in counted]
    c_start, c_end = _clause_bounds(norm, sent, hit.num_start)
    if norm[:hit.start].endswith("分"):
        event = next((r.mention for r in refs if r.mention.type == "Event" and hit.end <= r.start < c_end), None)
        if event:
            return event
    before = [r for r in refs if r.end <= hit.num_start]
    pronoun = max((p.end() for p in _PRONOUN.finditer(norm, content, hit.num_start)), default=-1)
    framed = _event_frame(scope, sent)
    in_clause = [r for r in before if r.start >= c_start and not norm.startswith(_FRAME_AFTER, r.end)]
    # 他从事燃气管网巡检工作23年: a he/she opening the clause is its subject, what follows is object
    opens = _opens_with_pronoun(norm, sent, c_start)
    if in_clause:
        r = in_clause[-1]
        if pronoun > r.end or (opens and hit.start - r.end > 2):
            return _paragraph_person(scope, sent)
        if len(in_clause) > 1 and _coordinated(norm, in_clause[-2], r):
            return None
        if len(in_clause) > 1 and _PREPOSITION.fullmatch(norm, in_clause[-2].end, r.start):
            r = in_clause[-2]  # 中南大学将与长沙市共建5个…: 长沙市 is in a prepositional phrase
        if r.mention.type == "Person" and framed:
            return framed
        if "的" not in norm[r.end:hit.num_start].lstrip("”」\"")[1:]:  # X实践的两个: X modifies another noun
            return r.mention
    if re.match(r"其中", norm[c_start:c_end]) and scope.last and scope.last[0] == sent.paragraph:
        return scope.last[1]
    if pronoun > max((r.end for r in before), default=-1) or _opens_with_pronoun(norm, sent, content):
        return _paragraph_person(scope, sent)
    if c_start > content:
        prev_end = c_start - 1
        lead = next((r for r in reversed(before) if r.end <= prev_end), None)
        if lead and lead.mention.type in ("Event", "Programme") and \
                re.fullmatch(r"[”」》\"]*(活动|项目)?[”」》\"]*", norm[lead.end:prev_end]):
            return lead.mention
    found, topic = _topic(scope, sent, refs, content)
    if found:
        return topic
    if not before:
        prev = [s for s in scope.article.sentences if s.paragraph == sent.paragraph and s.end <= sent.start]
        if prev:
            p_content = _content_start(norm, prev[-1], prev[-1].end)
            found, topic = _topic(scope, prev[-1], _refs_in(scope, prev[-1]), p_content)
            if found and topic is not None:
                return topic
        person = _paragraph_person(scope, sent)
        if person is not None:
            return person
    if framed:
        return framed
    if not in_clause:
        return _speaker_default(scope, sent)
    return None


def _speaker_default(scope: _Scope, sent: Sentence) -> Mention | None:
    """The subject of reported words that name none: the organisation whose spokesperson speaks
    (某集团负责人介绍，已交付320台), or — when a leader speaks (区长要求，确保…增长5%) — the place the
    article is about. None when no one is quoted in the paragraph."""
    norm = scope.doc.norm
    for s in reversed([s for s in scope.article.sentences
                       if s.paragraph == sent.paragraph and s.start <= sent.start]):
        content = _content_start(norm, s, s.end)
        if content == s.start:
            continue
        lo = bisect_left(scope.mentions, s.start, key=_start)
        speaker = scope.mentions[lo:bisect_left(scope.mentions, content, lo, key=_start)]
        org = next((m for m in reversed(speaker) if m.type == "Organization"
                    and not norm[m.start:m.end].endswith(_GOVERNING)), None)
        if org is not None:
            return org
        if any(m.type == "Person" for m in speaker):
            return scope.place
    return None


def _opens_with_pronoun(norm: str, sent: Sentence, content: int) -> bool:
    """True when the reported content opens with he/she as its subject (她将50微米薄的芯片…)."""
    p = _PRONOUN.match(norm, content)
    return bool(p and not p.group(1))


def _refs_in(scope: _Scope, sent: Sentence) -> list[_Ref]:
    return _refs_between(scope, sent.start, sent.end)


def _refs_between(scope: _Scope, start: int, end: int) -> list[_Ref]:
    """The references inside [start, end), by position."""
    lo = bisect_left(scope.refs, start, key=_ref_start)
    return [r for r in scope.refs[lo:bisect_right(scope.refs, end, lo, key=_ref_start)] if r.end <= end]


def _ref_start(r: _Ref) -> int:
    return r.start


def _event_frame(scope: _Scope, sent: Sentence) -> Mention | None:
    """The event a sentence opening with 开幕式上 / 会上 / 活动中 happens at: the latest Event named."""
    if not _EVENT_FRAME.match(scope.doc.norm, sent.start, sent.end):
        return None
    before = bisect_left(scope.events, sent.end, key=_start)
    return scope.events[before - 1] if before else None


def _topic(scope: _Scope, sent: Sentence, refs: list[_Ref], start: int, *,
           pronoun: bool = True) -> tuple[bool, Mention | None]:
    """(found, mention): the named subject of the first substantive clause from ``start`` on.

    ``found`` is True with a None mention when the subject is a coordination (A与B…); a clause
    opening with he/she has the paragraph's person as subject.
    """
    norm = scope.doc.norm
    pos = start
    while pos < sent.end:
        c_start, c_end = _clause_bounds(norm, sent, pos)
        pos = c_end + 1
        clause = norm[c_start:c_end]
        inside = [r for r in refs if c_start <= r.start and r.end <= c_end
                  and not norm.startswith(_FRAME_AFTER, r.end)]
        if clause.startswith(_FRAME_CLAUSE) or _SPEAKER.search(clause) or _EVENT_FRAME.match(clause) \
                or _TIME_FRAME.search(clause):
            continue
        if _opens_with_pronoun(norm, sent, c_start):
            return (True, _paragraph_person(scope, sent)) if pronoun else (False, None)
        if not inside:
            if len(clause.strip()) <= 6:
                continue
            return False, None
        tail = norm[inside[-1].end:c_end].strip("”」\" ")
        if len(inside) > 1 and _coordinated(norm, inside[-2], inside[-1]) and inside[-1].mention.type == "Person":
            return True, None
        if inside[-1].mention.type == "Person" and not tail:  # 全国劳动模范、某公司工程师张三,
            return True, inside[-1].mention
        titled = next((r for r in inside if r.mention.type == "Person"), None)
        if titled and _ends_with_title(norm[c_start:titled.start]):  # 区委常委、部长王某为…: 王某
            return True, titled.mention
        first = inside[0]
        lead = norm[c_start:first.start].lstrip("“「\"(（《 ")
        if len(lead) > 4:
            return False, None
        nxt = next((r for r in inside[1:] if r.start >= first.end), None)
        if nxt is not None and _coordinated(norm, first, nxt):
            return True, None
        return True, first.mention
    return False, None


def _ends_with_title(text: str) -> bool:
    """True when ``text`` ends with a job title or office (…研究所高级工程师, 区委副书记、区长)."""
    titles = lexicon.load("titles")
    heads = tuple(t[:-1] for t in titles if t.endswith("*"))
    text = text.rstrip("、 ")
    return any(text.endswith(t) for t in titles if not t.endswith("*")) or \
        (len(text) >= 2 and text.endswith(heads))


def _coordinated(norm: str, a: _Ref, b: _Ref) -> bool:
    """A和B, A、B, A与B — but not A将与B共建 (与 as a preposition after A's verb)."""
    return norm[a.end:b.start].strip("”」》\" ") in _COORD


def _paragraph_person(scope: _Scope, sent: Sentence) -> Mention | None:
    """The person a paragraph is about: the topic of its first sentence when that is a Person, else
    — when the paragraph opens with 他/她 — the last person named before it in the article."""
    norm = scope.doc.norm
    first = next((s for s in scope.article.sentences if s.paragraph == sent.paragraph), sent)
    found, topic = _topic(scope, first, _refs_in(scope, first), _content_start(norm, first, first.end),
                          pronoun=False)
    if found and topic is not None and topic.type == "Person":
        return topic
    if not _PRONOUN.match(norm, first.start) and not _PRONOUN.search(norm, sent.start, sent.end):
        return None
    persons = [m for m in scope.mentions[:bisect_left(scope.mentions, sent.start, key=_start)] if m.type == "Person"]
    return next((m for m in reversed(persons) if m.end <= sent.start), None)
