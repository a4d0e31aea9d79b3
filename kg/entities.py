"""Mentions of people, organisations, places, programmes and events in an article.

Layered: a statistical tagger (``kg.ner.tag``; jieba's part-of-speech tags when that module
is absent) proposes PER/LOC/ORG spans, and rules for the regular parts of news language
override it: title + name (区委书记王某某), name lists after a role, bylines, organisation
names ending in a suffix chain (…集团有限公司…分公司), divisions of China and named areas
(…商务区, …站, 地铁N号线), quoted or book-title programmes (“十五五”规划, 《关于…的通知》),
events ending in an event word with their prefixes back to the governing verb
(召开|一季度经济运行分析会, 第二届…邻里节, 2025…大会, 北京冬奥会, 2023年特大暴雨) and deictic forms
(我区, 全市, 区委, 市总工会, 我国). All analysis runs on ``doc.norm``; offsets are valid in
``doc.text``, and ``Mention.text`` is the original spelling.

Conventions that kg.relations and kg.resolve rely on:

* ``nested=False`` mentions never overlap each other; they are the outermost names.
* ``nested=True`` mentions lie inside an outer Organization: its parent organisations written
  as a prefix (北京市委 in 北京市委组织部, 民进 in 民进丰台区工委, the company in
  X有限公司Y分公司, 新华社 in 新华社客户端; in 甲区委区政府研究室 both 甲区委 and 区政府) and the
  division it starts with (a Place: 丰台区 in 丰台区委, 北京 in 北京无线电测量研究所).
  An outer Organization containing a nested Organization is its sub-unit.
* A chain of places (北京市丰台区) is written as adjacent Place mentions with no gap; the
  later one lies in the earlier one.
* A Programme written as a quoted name plus a programme word keeps the quotation marks in
  its span (“十五五”规划); a bare quoted or book-title name is the text inside the marks.
  Resolve strips quotation marks when it builds names.
* Deictic forms are mentions whose text is the form itself: Place 我区/全区/本市/我国/首都,
  Organization 区委/区政府/市总工会/我区教委 (level word + organ, not preceded by a name).

>>> from kg.read import read_text
>>> doc = read_text("区委书记王少华主持会议。", doc_id="d")
>>> [(m.type, m.text) for m in find_mentions(doc, doc.articles[0]) if not m.nested]
[('Organization', '区委'), ('Person', '王少华')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import lexicon
from kg.model import Article, Document, Mention

try:  # the statistical core, when a trained model is shipped
    from kg.ner import tag as _tag
except ImportError:  # pragma: no cover - depends on the installation
    _ner_tag = None
else:
    @lru_cache(maxsize=256)
    def _ner_tag(text: str) -> tuple[tuple[int, int, str], ...]:  # several rules ask about one sentence
        return tuple(_tag(text))

CJK = r"\u4e00-\u9fff"
PUNCT_RE = re.compile(r"[,，、。;；:：!！?？()（）\s]")
VERBISH_POS = {"v", "vn", "d", "p", "c", "r", "u", "uj", "ul", "y", "e"}
PARTICLE_POS = {"u", "uj", "ul"}  # 等, 的, 了: never inside a place or organisation name
LEVELS = "省市区县镇乡州"
LEVEL_CHARS = set("省市区县镇乡村街")  # level words of deictic forms (区委 = the district's party committee)
NAME_POS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng"}
NOMINAL_POS = NAME_POS | {"n", "vn", "b", "an", "f", "s", "ng", "nw", "l", "m", "v", "a", "i", "zg"}
SOFT_POS = {"v", "a", "i"}  # may sit inside a name (城市排水集团) but never start it
RARE = 100  # jieba dictionary count below which a word is taken as a proper-name part
DOC_WORDS = ("关于", "法", "条例", "规定", "办法", "标准", "规划", "纲要", "方案", "意见", "通知",
             "决定", "计划", "报告", "指南", "细则", "规则", "白皮书", "公约", "协定", "宣言", "决议")
MEDIA_ENDS = ("报", "日报", "晚报", "杂志", "周刊", "电视台")
PLAN_RE = re.compile(r"^[一二三四五六七八九十]+五$")  # 十四五, 十五五: five-year plans
DEICTIC_PLACE_RE = re.compile(rf"(?:我|本|全)[{LEVELS}]|我国|首都")
TRANSIT_RE = re.compile(r"(?:地铁|轨道交通|轻轨|城铁)?(?:[0-9A-Z]{1,3}号线|[" + CJK + r"]{2,4}线(?=站|支线))"
                        r"(?:支线|延长线|[东西南北]段)?")
DISTRICT_GROUP_RE = re.compile(r"(?:主城|中心城|城|近郊|远郊)[一二三四五六七八九十]+区")
YEAR_EVENT_RE = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:特大|罕见|极端|强)?")
BYLINE_RE = re.compile(rf"(记者|实习记者|特约记者|通讯员|摄影|摄|图|文|编辑|责任编辑|作者)[:：/\s]\s*"
                       rf"((?:[{CJK}]{{2,4}}[\s、]*)+)")
PAREN_RE = re.compile(rf"[(（]([^()（）\n]{{2,40}})[)）]")
PRIORITY = {"byline": 8, "quote": 7, "title": 6, "wider": 6, "ner": 5, "rule": 4, "guess": 3, "lexicon": 1}
RULE_TYPES = ("Event", "Programme")  # types the tagger does not know


@dataclass
class _Span:
    start: int
    end: int
    type: str
    source: str
    nested: bool = False
    reach: int = -1  # for rule names: how far left the nominal words before the name go

    def overlaps(self, other: _Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class _Tok:
    start: int
    end: int
    word: str
    pos: str


def find_mentions(doc: Document, article: Article) -> list[Mention]:
    """Mentions of named things in ``article``: outermost ones, then nested ones (``nested=True``).

    >>> from kg.read import read_text
    >>> doc = read_text("北京市委组织部部长李明出席。", doc_id="d")
    >>> [(m.type, m.text, m.nested) for m in find_mentions(doc, doc.articles[0])]
    [('Organization', '北京市委组织部', False), ('Person', '李明', False), ('Organization', '北京市委', True), ('Place', '北京市', True)]
    """
    spans: list[_Span] = []
    bounds = [(s.start, s.end) for s in article.sentences] or [(article.start, article.end)]
    known_programmes = _quoted_programmes(doc.norm)
    for start, end in bounds:
        spans.extend(_sentence_spans(doc.norm, start, end, known_programmes))
    counted = _counted_nouns(doc.norm)
    outer = [s for s in _choose(spans) if not (s.source == "ner" and s.type in ("Place", "Organization")
                                                and doc.norm[s.start:s.end] in counted)]
    nested = [n for s in outer if s.type == "Organization" for n in _nested(doc.norm, s)]
    return [Mention(doc.id, article.id, s.start, s.end, s.type, doc.text[s.start:s.end], s.nested)
            for s in outer + nested]


def _choose(spans: list[_Span]) -> list[_Span]:
    """Greedy non-overlapping selection: higher priority first, then longer spans."""
    chosen: list[_Span] = []
    taken: set[int] = set()
    for s in sorted(spans, key=lambda s: (-PRIORITY[s.source], -(s.end - s.start), s.start)):
        if s.end > s.start and taken.isdisjoint(range(s.start, s.end)):
            chosen.append(s)
            taken.update(range(s.start, s.end))
    return sorted(chosen, key=lambda s: s.start)


def _sentence_spans(norm: str, start: int, end: int, known: frozenset[str]) -> list[_Span]:
    text = norm[start:end]
    toks = _tokens(text)
    tagged = _ner(text)
    found = tagged + _reconcile(text, tagged, _persons(text, toks) + _quoted(text, known) + _organizations(text, toks)
                                + _places(text, toks) + _events(text, toks))
    return [_Span(s.start + start, s.end + start, s.type, s.source) for s in found
            if not (s.type == "Place" and _common_place(text, toks, s.start, s.end))]


def _common_place(text: str, toks: list[_Tok], a: int, b: int) -> bool:
    """A place-like span that is not a place here.

    Part of an honour (某省|劳动模范), a dictionary common noun listed among common nouns
    (棚户区、平房区、老旧小区), or a coined verb + common noun cut from a longer phrase
    (聚力|花园|城市建设).

    >>> t = "推进棚户区、平房区改造。"
    >>> _common_place(t, _tokens(t), 6, 9)
    True
    """
    if any(x == b for x, _ in lexicon.matcher("honours").find(text)):
        return True
    if _pos_of(text[a:b]) == "n" and _listed_among_common_nouns(text, toks, a, b):
        return True
    inner = [t for t in toks if a <= t.start and t.end <= b]
    after = next((t for t in toks if t.start == b), None)
    return (len(inner) >= 2 and inner[0].start == a and inner[-1].end == b and _pos_of(inner[0].word) is None
            and inner[-1].pos == "n" and _freq(inner[-1].word) >= 1000 and after is not None
            and after.pos in ("n", "ns", "vn") and _freq(after.word) >= 1000)


def _listed_among_common_nouns(text: str, toks: list[_Tok], a: int, b: int) -> bool:
    """A list neighbour (、) is a common word, not a name: 棚户区、平房区."""
    items = [t.word for t in toks if text[a - 1:a] == "、" and t.end == a - 1
             or text[b:b + 1] == "、" and t.start == b + 1]
    return any(len(w) >= 2 and _pos_of(w) not in (None, *NAME_POS) and w not in _divisions()[0] for w in items)


def _reconcile(text: str, tagged: list[_Span], ruled: list[_Span]) -> list[_Span]:
    """Let a rule name beat the tagger only where it extends a tagged name to the right.

    The tagger's spans are the base. A rule span that equals one keeps the tagger's type unless
    it is a type the tagger lacks (Event, Programme); one that crosses a tagged span loses; one
    that starts with a tagged place or organisation and carries it further (北京 → 北京奥运会,
    武侯区委 → 武侯区委社会工作部) wins, marked ``wider``.
    """
    for r in ruled:
        if r.source not in ("rule", "lexicon"):
            continue
        inside = [c for c in tagged if r.start <= c.start and c.end <= r.end]
        crossing = any(c.overlaps(r) and c not in inside for c in tagged)
        if crossing or not inside or any(c.type == "Person" for c in inside):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (r.start, r.end):
            if r.type in RULE_TYPES:
                r.source = "wider"
            continue
        if r.type == "Event":  # the tagger knows no events: 第二届某区社区邻里节 holds the place it names
            r.source = "wider"
            continue
        head = text[r.start:inside[0].start]  # 区委 in 区委社会工作部: a prefix the tagger missed
        if len(inside) <= 2 and (not head or _is_organ(head) or head in _divisions()[0]) and (
                inside[-1].end < r.end or head or len(inside) == 2 and text[inside[-1].start:r.end] not in _divisions()[0]):
            r.source = "wider"  # 北京 + 丰台站 → 北京丰台站, but 江苏 + 泰兴市 stay two places
    return ruled


# ---------------------------------------------------------------- statistical layer

def _ner(text: str) -> list[_Span]:
    types = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
    if _ner_tag is not None:
        spans = [(a, b, t) for a, b, t in _ner_tag(text) if t in types]
    else:
        pos_types = {"nr": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}
        spans = [(t.start, t.end, pos_types[t.pos]) for t in _tokens(text) if t.pos in pos_types]
    out = []
    divisions, _ = _divisions()
    for a, b, t in spans:
        last = next((k for k in reversed(_tokens(text)) if k.start < b), None)
        if t == "LOC" and last and last.end == b and b - last.start >= 2 and last.start - a >= 2 and all(
                c in LEVEL_CHARS for c in last.word):  # 河西地区街镇: a generic pair of level words
            b = last.start
        if not _plausible(text, a, b, t):
            continue
        if t == "ORG" and (text[a:b] in divisions or _pos_of(text[a:b]) == "ns"):  # 香港特别行政区, 俄罗斯
            t = "LOC"
        parts = _division_spans(text[a:b]) if t == "LOC" else []
        if len(parts) > 1 and parts[0][0] == 0 and parts[-1][1] == b - a and all(
                x[1] == y[0] for x, y in zip(parts, parts[1:])):  # 南京市鼓楼区: a chain of places
            out.extend(_Span(a + x, a + y, "Place", "ner") for x, y in parts)
        else:
            out.append(_Span(a, b, types[t], "ner"))
    return out


ABBREVIATION_POS = {"ns", "nz", "v", "f", "t"}  # words a one-character place may sit in: 中美, 对华, 访美, 中方


def _plausible(text: str, a: int, b: int, label: str) -> bool:
    """Keep tagger spans that can be names; drop generic references and broken cuts.

    Dropped: 各街镇, 该公司 (determiner first), spans across punctuation, a common word that is
    not a name (干部, 强化), a place or organisation starting with a verb (研究…中心), and a
    one-character span unless it is a place abbreviation standing alone or in a word like 中美,
    访华 (not 中 in 中医).
    """
    name = text[a:b]
    if name[0] in "各该此这每诸" or PUNCT_RE.search(name) or name.count("“") != name.count("”"):
        return False  # 深化“蓉易办: the cut runs across a quotation mark
    if b - a == 1:
        if label == "PER":  # 梁某, 老刘, 陈老师: a surname standing for the person
            return name in lexicon.load("surnames")
        tok = next(t for t in _tokens(text) if t.start <= a < t.end)
        return label == "LOC" and (tok.end - tok.start == 1 or tok.pos in ABBREVIATION_POS or all(
            (i, i + 1, "LOC") in _ner_tag(text) for i in range(tok.start, tok.end)))  # 黄淮, 日俄
    if label == "PER":
        people = [(x, y) for x, y, t in _ner_tag(text) if t == "PER"] if _ner_tag else []
        listed = any(y == a - 1 and text[y] == "、" or x == b + 1 and text[b] == "、"
                     for x, y in people)  # 彭某某、程志、王某某
        return b - a > 2 or (_freq(name) < 200 or _pos_of(name) in NAME_POS or listed) and not (
            _listed_with_common_words(text, a, b))
    if _counted(text, a) or label == "LOC" and (text[b:b + 1] == "式" or text[b:b + 2] == "以来"):
        return False  # 中国式现代化 (an adjective), 开园以来 (a happening, not a place)
    toks = [t for t in _tokens(text) if a <= t.start and t.end <= b] or _tokens(name)
    if label == "ORG" and len(toks) == 1 and len(name) == 4 and toks[0].pos == "n" and _pos_of(
            name[:2]) in ("v", "vn") and _pos_of(name[2:]) and name[2:] not in lexicon.load("org_suffixes"):
        return False  # 研究部署: verb + common word, not a named body (but 研究中心)
    if label == "LOC" and len(toks) == 1 and toks[0].pos == "nr" and _freq(name) >= 1000 and (
            name not in _divisions()[0]):
        return False  # 雷达: a common word the dictionary mislabels as a name
    return ((toks[0].pos not in VERBISH_POS or _is_proper(toks[0]))
            and not any(t.pos in PARTICLE_POS or label == "LOC" and (
                t.word in STOP_VERBS or t.pos == "v" and _freq(t.word) >= 1000)
                        for t in toks))  # 鼓楼区启动老旧小区: a place does not contain a common verb


COUNTED_RE = re.compile(r"(?<![第\d０-９])(?:[\d０-９]+|[两三四五六七八九十百千万几]+)[个座所处条项]$")


def _listed_with_common_words(text: str, a: int, b: int) -> bool:
    """A two-character name without a surname between list commas next to common words (养老、托育、教育)."""
    if _has_surname(text[a:b]):
        return False
    left = re.search(f"([{CJK}]{{2,4}})、$", text[:a])
    right = re.match(f"、([{CJK}]{{2,4}})", text[b:])
    items = [m.group(1) for m in (left, right) if m]
    return any(_freq(w) >= 1000 and _pos_of(w) not in NAME_POS for w in items)


def _counted_nouns(norm: str) -> frozenset[str]:
    """Every 2–8 character string the document writes right after a count (60个中医阁): kinds, not names."""
    return frozenset(norm[m.end():m.end() + k] for m in re.finditer(COUNTED_RE.pattern[:-1], norm)
                     for k in range(2, 9))


def _counted(text: str, a: int) -> bool:
    """A span right after a number and a measure word is a counted common noun (建成60个中医阁)."""
    return bool(COUNTED_RE.search(text[max(0, a - 8):a]))


@lru_cache(maxsize=1024)
def _tokens(text: str) -> list[_Tok]:
    """jieba words with their dictionary part of speech (no HMM tagging: fast, and names come from the tagger).

    Words the dictionary lacks get ``eng``/``m``/``x`` by their characters, else ``nz``.
    """
    import jieba.posseg

    from kg.ner import words  # cached: the NER stage has usually just split the same sentence

    tags = jieba.posseg.dt.word_tag_tab
    out, i = [], 0
    for word in words(text):
        pos = tags.get(word) or _char_class(word)
        out.append(_Tok(i, i + len(word), word, pos))
        i += len(word)
    return out


def _char_class(word: str) -> str:
    if word.isascii() and word.isalpha():
        return "eng"
    if re.fullmatch(r"[\d.%０-９]+", word):
        return "m"
    if not re.search(f"[{CJK}]", word):
        return "x"
    return "nz"


def _pos_of(word: str) -> str | None:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word)


def _freq(word: str) -> int:
    import jieba

    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(word, 0) or 0


# ---------------------------------------------------------------- people

def _has_surname(name: str) -> bool:
    return name[:2] in lexicon.load("surnames") or name[:1] in lexicon.load("surnames")


@cache
def _titles() -> tuple[list[str], tuple[str, ...]]:
    words = lexicon.load("titles")
    heads = tuple(w[:-1] for w in words if w.endswith("*"))
    return sorted((w for w in words if not w.endswith("*")), key=len, reverse=True), heads


@lru_cache(maxsize=256)
def _title_ends(text: str) -> frozenset[int]:
    """Offsets right after a title word (书记, 局长) or an occupation ending in a title head (…工)."""
    words, heads = _titles()
    ends = {end for _, end in _title_matcher().find(text)}
    for i, ch in enumerate(text):
        if ch in heads and i > 0 and re.match(f"[{CJK}]", text[i - 1]):
            ends.add(i + 1)
    return frozenset(ends)


@lru_cache(maxsize=256)
def _title_starts(text: str) -> frozenset[int]:
    return frozenset(start for start, _ in _title_matcher().find(text))


@cache
def _title_matcher() -> lexicon.Matcher:
    return lexicon.Matcher(_titles()[0])


NOT_NAME_TAIL = set("的在是和与及等说表指强调主出参介认为对向到已曾将把被从于也还都就要会讲称带")


def _name_at(text: str, i: int) -> int | None:
    """End of a surname + given name starting at ``i``, or None."""
    surnames = lexicon.load("surnames")
    sur = 2 if text[i:i + 2] in surnames else 1 if text[i:i + 1] in surnames else 0
    if not sur:
        return None
    given = re.match(f"[{CJK}]{{1,2}}", text[i + sur:])
    if not given:
        return None
    g = given.group()
    if len(g) == 2 and g[1] in NOT_NAME_TAIL:
        g = g[:1]
    return i + sur + len(g)


def _reads_as_name(toks: list[_Tok], i: int, j: int) -> bool:
    """No word runs across the edges of ``[i, j)`` or is a common non-name word inside it.

    Rejects 工程这样 (工程 runs across the title head 工), 主任商量过 (商量 is a verb), 党员都要以
    (a one-character function word after the surname).
    """
    inner = [t for t in toks if t.start < j and i < t.end]
    return bool(inner) and inner[0].start == i and inner[-1].end == j and not any(
        len(t.word) >= 2 and _freq(t.word) >= RARE and t.pos not in NAME_POS for t in inner) and not any(
        len(t.word) == 1 and t.pos in FUNCTION_POS for t in inner[1:])


FUNCTION_POS = {"d", "p", "c", "u", "uj", "ul", "uz", "ug", "y", "r", "f"}


def _persons(text: str, toks: list[_Tok]) -> list[_Span]:
    out = []
    ner_ends = {a: b for a, b, t in (_ner_tag(text) if _ner_tag else []) if t == "PER"}
    for i in sorted(_title_ends(text)):
        if i >= len(text):
            continue
        j = ner_ends.get(i) or _name_at(text, i)
        while j:  # 区领导张三、李四、王五
            agreed = ner_ends.get(i) == j
            if not agreed and text[i] in "和与及同向对于为以由在":  # 主席和叶利钦: a conjunction, not 和
                break
            delimited = j == len(text) or not re.match(f"[{CJK}]", text[j])  # 黄海、林晓燕
            plain = agreed or _reads_as_name(toks, i, j)
            if plain and (agreed or delimited or _freq(text[i:i + 2]) < 100 or text[i:i + 2] in lexicon.load("surnames")):
                out.append(_Span(i, j, "Person", "title" if agreed else "guess"))
            if j < len(text) and text[j] == "、":
                i = j + 1
                j = ner_ends.get(i) or (_name_at(text, i) if i < len(text) else None)
            else:
                break
    for m in BYLINE_RE.finditer(text):
        for n in re.finditer(f"[{CJK}]{{2,4}}", m.group(2)):
            if _has_surname(n.group()):
                out.append(_Span(m.start(2) + n.start(), m.start(2) + n.end(), "Person", "byline"))
    for m in PAREN_RE.finditer(text):  # (某某区委研究室 赵某) (记者 甲某 乙某)
        parts = m.group(1).split()
        if len(parts) >= 2:
            pos = m.start(1)
            for p in parts:
                k = text.index(p, pos)
                pos = k + len(p)
                if 2 <= len(p) <= 3 and _has_surname(p) and re.fullmatch(f"[{CJK}]+", p):
                    out.append(_Span(k, k + len(p), "Person", "byline"))
    return out


# ---------------------------------------------------------------- programmes

def _quoted_programmes(norm: str) -> frozenset[str]:
    """Quoted names that the document itself marks as programmes somewhere (“X”系列宣讲)."""
    names = set()
    for m in re.finditer(r"“([^“”\n]{2,30})”", norm):
        if _programme_after(norm, m.end()) or _head_after(norm, m.end()) or _is_programme_name(m.group(1)):
            names.add(m.group(1))
    return frozenset(names)


HEAD_GAP_RE = re.compile(rf"[{CJK}]{{0,4}}")


def _head_after(text: str, i: int) -> str | None:
    """A programme head after a quoted name and a short modifier: “某某办”政务服务|改革, “某某”新|路径.

    >>> _head_after("“甬易办”政务服务改革", 5), _head_after("“共治”理念", 4)
    ('改革', None)
    """
    gap = HEAD_GAP_RE.match(text, i).group()
    for k in range(len(gap) + 1):
        if "的" in gap[:k] or "等" in gap[:k]:
            break
        head = next((h for h in lexicon.longest_first("programme_heads") if text.startswith(h, i + k)), None)
        if head:
            return head
    return None


def _programme_after(text: str, i: int) -> str | None:
    for suf in lexicon.longest_first("programme_suffixes"):
        if text.startswith(suf, i):
            return suf
    return None


def _is_programme_name(name: str) -> bool:
    """A quoted name that is a programme by its own ending (“某某示范工程”), not a figure of speech (“头号工程”).

    >>> _is_programme_name("西山明珠工程"), _is_programme_name("头号工程")
    (True, False)
    """
    if PLAN_RE.match(name):
        return True
    suffix = next((s for s in lexicon.longest_first("programme_suffixes") if name.endswith(s)
                   and (len(s) >= 2 or s == "营")), None)
    if suffix is None:
        return False
    modifier = name[:-len(suffix)]
    return not (len(modifier) <= 2 and _pos_of(modifier) not in (None, *NAME_POS) and _freq(modifier) >= RARE)


def _quoted(text: str, known: frozenset[str]) -> list[_Span]:
    out = []
    for m in re.finditer(r"《([^《》\n]{2,60})》", text):
        name = m.group(1)
        if name.endswith(MEDIA_ENDS):
            out.append(_Span(m.start(1), m.end(1), "Organization", "quote"))
        elif any(w in name for w in DOC_WORDS):
            out.append(_Span(m.start(1), m.end(1), "Programme", "quote"))
    for m in re.finditer(r"“([^“”\n]{2,30})”", text):
        name = m.group(1)
        suf = _programme_after(text, m.end())
        if any(name.endswith(s) for s in lexicon.load("event_suffixes") if len(s) >= 2):
            out.append(_Span(m.start(1), m.end(1), "Event", "quote"))  # “某区人才周”活动: the event itself
        elif suf and suf not in ("专题", "品牌", "项目") and len(suf) >= 2:
            out.append(_Span(m.start(), m.end() + len(suf), "Programme", "quote"))
        elif name in known:
            out.append(_Span(m.start(1), m.end(1), "Programme", "quote"))
    return out


# ---------------------------------------------------------------- organisations, places, events

@cache
def _divisions() -> tuple[frozenset[str], int]:
    names = lexicon.load("divisions")
    return names, max(map(len, names), default=0)


def _division_spans(text: str) -> list[tuple[int, int]]:
    """Longest division names found left to right (北京市, 丰台区, 延边)."""
    names, longest = _divisions()
    out, i = [], 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 1, -1):
            if text[i:i + n] in names:
                out.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return out


def _suffix_matches(text: str, lex: str, bounds: set[int]) -> list[tuple[int, int]]:
    """(start, end) of suffix words of lexicon ``lex`` that end on a word boundary, longest first."""
    out = []
    for a, b in sorted(lexicon.matcher(lex).find(text), key=lambda m: (m[0] - m[1], m[0])):
        if b in bounds and not any(x <= a and b <= y for x, y in out):
            out.append((a, b))
    return out


def _boundaries(text: str, toks: list[_Tok]) -> set[int]:
    return {t.end for t in toks} | _title_starts(text) | {len(text)}


# Verbs that govern a name and are never part of one (召开…座谈会, 走进…公司).
STOP_VERBS = frozenset("""召开 举行 举办 出席 参加 参与 主持 走进 来到 前往 成立 邀请 联合 会同 完成 圆满完成
发布 印发 启动 开展 承办 主办 协办 支持 依托 推动 推进 加快 打造 探索 整治 强化 通过 召集 考察
调研 视察 看望 慰问 会见 会谈 表示 指出 强调 要求 介绍 获得 荣获 担任 任 当选 位于 赴 抵达 访问
助力 建立 构建 落实 开启 启用 亮相 签约 签署 携手 联手""".split())


# Verbs that govern an event name (召开…大会); other verbs may sit inside one (…工作推进大会).
EVENT_STOP_VERBS = frozenset("""召开 举行 举办 出席 参加 参与 主持 完成 圆满完成 承办 主办 协办 筹备 亮相
走进 来到 前往 观看 见证 组织 服务 保障 迎接 筹办 闭幕 开幕 参观 经历 遭遇 发生""".split())
EVENT_LEAD_VERBS = frozenset("学习 贯彻 传达 落实 围绕 按照 根据 结合 审议 听取 宣布 通过 带领 率领 率团 开展 启动 作为 成为 是".split())


def _is_stop(tok: _Tok, title_words: frozenset[str], verbs: frozenset[str] = STOP_VERBS) -> bool:
    if tok.pos not in NOMINAL_POS or tok.word in title_words or tok.word in verbs:
        return True
    return tok.pos == "m" and not re.match(r"^第[一二三四五六七八九十\d]+$", tok.word)


def _left_name(text: str, toks: list[_Tok], start: int, *, max_chars: int = 16,
               verbs: bool = True) -> tuple[int, bool, int]:
    """Where a name ending in a suffix at ``start`` begins, whether it has a proper part, how far words reach.

    Walks left over nominal words (and time-tagged words that are not times: 未来 in
    杭州未来科技城); the name begins at its leftmost proper part (a division, a rare or
    proper-noun word) or else after the last verb-like word.
    """
    title_words = lexicon.load("titles")
    window: list[_Tok] = []
    for tok in reversed([t for t in toks if t.start < start]):
        if tok.end > start:  # the word runs into the suffix (城市排水集团): keep its head
            tok = _Tok(tok.start, start, text[tok.start:start], "n")
        if start - tok.start > max_chars:
            break
        if tok.pos == "t" and not TIME_WORD_RE.search(tok.word):
            window.insert(0, tok)
            continue
        if _is_stop(tok, title_words) or (not verbs and tok.pos in SOFT_POS):
            break
        window.insert(0, tok)
    reach = window[0].start if window else start
    for tok in window:
        if _is_proper(tok):
            return tok.start, True, reach
    while window and window[0].pos in SOFT_POS | {"m", "l", "t"}:
        window.pop(0)
    soft = [k for k, t in enumerate(window) if t.pos in SOFT_POS]
    if soft:
        window = window[soft[-1] + 1:]
    return (window[0].start if window else start), False, reach


def _is_proper(tok: _Tok) -> bool:
    divisions, _ = _divisions()
    return ((tok.pos in NAME_POS and _freq(tok.word) < 5000) or tok.word in divisions
            or (len(tok.word) >= 2 and tok.pos in ("n", "ng", "nz", "j") and _freq(tok.word) < RARE))


def _deictic_start(text: str, begin: int) -> int | None:
    """Start of a deictic organisation (区委, 市总工会, 我区教委) whose core begins at ``begin``."""
    for i in (begin, begin - 1):
        if 0 <= i < len(text) and text[i] in LEVELS:
            before = text[i - 1] if i else ""
            if before in "我本" and before:
                return i - 1
            if not before or not re.match(f"[{CJK}]", before) or before in "对由在和与及向经并、各据":
                return i
    return None


def _organizations(text: str, toks: list[_Tok]) -> list[_Span]:
    bounds = _boundaries(text, toks)
    out = []
    for s, e in _suffix_matches(text, "org_suffixes", bounds):
        if e - s == 1 and not _single_suffix_ok(text, toks, s):
            continue
        begin, proper, reach = _left_name(text, toks, s)
        deictic = _deictic_start(text, begin)
        if deictic is not None and s - deictic <= 8:
            out.append(_Span(deictic, e, "Organization", "rule", reach=deictic))
        elif begin < s and proper:
            out.append(_Span(begin, e, "Organization", "rule", reach=reach))
    for a, b in lexicon.matcher("org_names").find(text):
        if _freq(text[b - 1:b + 1]) < 1000:  # not 财政部门
            out.append(_Span(a, b, "Organization", "rule", reach=a))
    return _chains(text, _merge_orgs(_widen(text, out)))


def _single_suffix_ok(text: str, toks: list[_Tok], s: int, *, word_before: bool = True) -> bool:
    """A one-character suffix (局, 部, 委) ends a name only as its own word or the end of a long one.

    部门, 社会 (the character starts a word) and 布局, 每一处 (it ends an ordinary word) do not count.
    """
    if _freq(text[s:s + 2]) >= 1000:
        return False
    if not word_before:
        return True
    if s and _freq(text[s - 1:s + 1]) >= 100:
        return False
    tok = next((t for t in toks if t.start <= s < t.end), None)
    return tok is None or tok.end != s + 1 or len(tok.word) == 1 or len(tok.word) >= 3 or tok.pos == "nt"


def _widen(text: str, spans: list[_Span]) -> list[_Span]:
    """Let the statistical tagger's organisation start win when it ends where a rule name ends."""
    if _ner_tag is None:
        return spans
    starts = {b: a for a, b, t in _ner_tag(text) if t == "ORG"}
    for s in spans:
        a = starts.get(s.end)
        if a is not None and s.start - 10 <= a < s.start and _plausible(text, a, s.end, "ORG"):
            s.start = a
    return spans


def _merge_orgs(spans: list[_Span]) -> list[_Span]:
    """Organisation names that touch, nest or follow on (北京市委 + 组织部, 某集团 + 第一分公司) become one."""
    out: list[_Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and (s.start <= out[-1].end or 0 <= s.reach <= out[-1].end):
            out[-1].end = max(out[-1].end, s.end)
        else:
            out.append(_Span(s.start, s.end, s.type, s.source))
    return out


def _chains(text: str, spans: list[_Span]) -> list[_Span]:
    """Split coordinated organs (区委区政府, 市委市政府) into separate mentions."""
    out = []
    for s in spans:
        pieces = _pieces(text, s.start, s.end)
        last = text[pieces[-1][0]:pieces[-1][1]]
        if len(pieces) > 1 and _is_organ(last) and all(_is_organ(text[a:b]) for a, b in pieces):
            out.extend(_Span(a, b, s.type, s.source) for a, b in pieces)
        else:
            out.append(s)
    return out


ORGAN_RE = re.compile(rf"^(?:[{CJK}]{{0,6}}[{LEVELS}])?(?:委|政府|人民政府|人大常委会|人大|政协)$")


def _is_organ(piece: str) -> bool:
    return bool(ORGAN_RE.match(piece))


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of an organisation name, each ending in an organisation suffix or a known name."""
    name = text[start:end]
    toks = _tokens(name)
    cuts = sorted({e for _, e in _suffix_matches(name, "org_suffixes", _boundaries(name, toks))}
                  | {b for a, b in lexicon.matcher("org_names").find(name) if a == 0})
    pieces, a = [], 0
    for c in cuts:
        if c <= a or c == len(name):
            continue
        rest = name[c:]
        if any(rest.startswith(f) for f in ("有限", "股份", "集团")) or c - a < 2 or (
                rest.startswith("常委会") and name[:c].endswith(("人大", "政协"))):
            continue  # 集团有限公司 is one legal form, 人大常委会 one organ: not parent + child
        pieces.append((start + a, start + c))
        a = c
    pieces.append((start + a, end))
    return pieces


def _nested(norm: str, outer: _Span) -> list[_Span]:
    """Parent organisations and the leading division written inside an outer organisation name."""
    pieces = _pieces(norm, outer.start, outer.end)
    out = []
    if len(pieces) > 1:
        a, b = pieces[0]
        out.append(_Span(a, b, "Organization", "rule", nested=True))
        out.extend(_Span(a, b, "Organization", "rule", nested=True)
                   for a, b in pieces[1:-1] if _is_organ(norm[a:b]))
    org_names = lexicon.load("org_names")
    for ds, de in _division_spans(norm[outer.start:outer.end])[:1]:  # 丰台区 in 丰台区委, 民进丰台区工委
        a, b = outer.start + ds, outer.start + de
        if (ds == 0 or norm[outer.start:a] in org_names) and b < outer.end and not (
                norm[b - 1] not in LEVELS and norm.startswith(("大学", "学院", "理工", "师范", "交通", "医科"), b)):
            out.append(_Span(a, b, "Place", "rule", nested=True))  # not 华南 in 华南理工大学
    return out


def _places(text: str, toks: list[_Tok]) -> list[_Span]:
    out = []
    starts = {t.start for t in toks}
    ends = {t.end for t in toks} | {len(text)}
    for s, e in _division_spans(text):
        short = not text[e - 1] in "省市区县州旗盟"
        if (s in starts or s == 0 or not re.match(f"[{CJK}]", text[s - 1])) and (e in ends or not short):
            out.append(_Span(s, e, "Place", "lexicon"))
    for m in DEICTIC_PLACE_RE.finditer(text):
        out.append(_Span(m.start(), m.end(), "Place", "lexicon"))
    for rx in (TRANSIT_RE, DISTRICT_GROUP_RE):
        out.extend(_Span(m.start(), m.end(), "Place", "rule") for m in rx.finditer(text))
    for s, e in _suffix_matches(text, "place_suffixes", _boundaries(text, toks)):
        begin, proper, _ = _left_name(text, toks, s, max_chars=8, verbs=False)
        before = next((t for t in toks if t.end == s), None)
        word = next((t for t in toks if t.start < e <= t.end), None)
        if e - s == 1 and (not _single_suffix_ok(text, toks, s, word_before=False)
                           or text[s - 1] in "街村乡镇路"  # 街镇, 村镇: generic pairs
                           or word and word.start < s and _freq(word.word) and word.pos not in ("ns", "nt")):
            continue  # 工作思路, 高速铁路: a dictionary word that merely ends in the suffix
        if word and word.pos == "ns" and word.start <= s - 2 and word.end == e >= s + 2:  # 华南地区: one dictionary place
            begin, proper = word.start, True
        if not proper and e - s >= 2:  # 前海商务区: short coined core of rare words or single characters
            begin = s
            for t in reversed([t for t in toks if t.end <= s]):
                if t.pos in ("v", "vn", "x", "m", "p", "c", "u", "uj", "r", "d") or (len(t.word) > 1 and _freq(t.word) >= RARE):
                    break
                begin = t.start
            proper = 2 <= s - begin <= 4
        if begin < s and proper and text[begin:s] != "全":
            out.append(_Span(begin, e, "Place", "rule"))
    return out


EVENT_INNER_RE = re.compile(r"^(?:第|第?[一二三四五六七八九十百零\d]+[届次期]?|[一二三四]季度|[上下]半年|[届次期])$")
EVENT_JOINERS = frozenset("和与及暨“”\"《》—-")  # 劳动模范和先进工作者表彰大会, 庆祝“五一”…大会
YEAR_PREFIX_RE = re.compile(r"(?<!\d)\d{4}年?$")
TIME_WORD_RE = re.compile(r"^[今明去前昨近上下本当同每次]|[日天月时周季]$|^[一二三四五六七八九十\d]+年$")


def _events(text: str, toks: list[_Tok]) -> list[_Span]:
    out = []
    named = lexicon.load("events")
    for s, e in _suffix_matches(text, "event_suffixes", _event_boundaries(text, toks)):
        year = None
        for m in YEAR_EVENT_RE.finditer(text[:s]):
            if m.end() == s:
                year = m.start()
        begin, proper = _event_start(text, toks, s, names_only=text[s:e] in named)
        begin = _with_parenthesised(text, toks, begin)
        if year is not None:
            out.append(_Span(year, e, "Event", "rule"))
        elif begin < s and (proper or s - _after_ordinal(text, begin) >= 4 and e - begin >= 6) and not text[begin:s].startswith(("本", "此", "该", "这")):
            prefix = YEAR_PREFIX_RE.search(text[:begin])  # 2025全球数字经济创新大会
            out.append(_Span(prefix.start() if prefix else begin, e, "Event", "rule"))
        elif text[s:e] in named:
            out.append(_Span(s, e, "Event", "rule"))
    return out


def _after_ordinal(text: str, begin: int) -> int:
    """Offset after an ordinal or a year opening a name (第三 in 第三阶段会议, 2024年)."""
    m = re.match(r"(?:第[一二三四五六七八九十百零\d]+[届次期]?|\d{4}年?)", text[begin:])
    return begin + (m.end() if m else 0)


def _event_boundaries(text: str, toks: list[_Tok]) -> set[int]:
    """Word ends, plus ends glued by the segmenter to a following function word (邻里节|在)."""
    return _boundaries(text, toks) | {t.end - 1 for t in toks if len(t.word) == 2 and t.word[1] in "在于将已的上暨"}


def _event_start(text: str, toks: list[_Tok], start: int, max_chars: int = 32,
                 names_only: bool = False) -> tuple[int, bool]:
    """Where an event name ending in an event word at ``start`` begins, and whether it has a proper part.

    Walks left over nominal words, ordinals (第二届, 十七届, 第二十三次), quarters (一季度),
    joiners (和, 暨, quotation marks) and verbs other than the ones governing an event
    (召开, 举办, 出席…); stops at punctuation, prepositions, dates and tagged people. Before an
    event word that is a name by itself (亚运会), only places, proper words and ordinals count
    (第19届杭州亚运会, not 集训备战亚运会).
    """
    people = [(a, b) for a, b, t in (_ner_tag(text) if _ner_tag else []) if t == "PER"]
    title_words: frozenset[str] = frozenset()
    window: list[_Tok] = []
    for tok in reversed([t for t in toks if t.start < start]):
        if tok.end > start:
            tok = _Tok(tok.start, start, text[tok.start:start], "n")
        if start - tok.start > max_chars or any(a < tok.end and tok.start < b for a, b in people):
            break
        if tok.word in EVENT_JOINERS and not names_only or EVENT_INNER_RE.match(tok.word):
            window.insert(0, tok)
            continue
        if names_only and not (_is_proper(tok) or tok.word in _divisions()[0]):
            break
        if tok.pos == "t" and not TIME_WORD_RE.search(tok.word):  # 青年, 第三阶段 are tagged as time words
            window.insert(0, tok)
            continue
        if _is_stop(tok, title_words, EVENT_STOP_VERBS) or tok.word in EVENT_LEAD_VERBS or tok.word[0] in "各每该此这":
            break
        window.insert(0, tok)
    while window and (window[0].pos in SOFT_POS | {"m", "l", "c"} and not EVENT_INNER_RE.match(window[0].word)
                      or window[0].word in "和与及暨”"):
        window.pop(0)
    if window and window[0].word in "“《" and not any(t.word in "”》" for t in window):
        window.pop(0)
    divisions, _ = _divisions()
    proper = any(_is_proper(t) or _is_organ(t.word) or t.word in divisions for t in window) or any(
        window and window[0].start <= a and b <= start for a, b, _ in (_ner_tag(text) if _ner_tag else []))
    return (window[0].start if window else start), proper


def _with_parenthesised(text: str, toks: list[_Tok], begin: int) -> int:
    """Extend a name leftwards over a short parenthesised insert (党(工)委 → 街镇党(工)委)."""
    m = re.search(rf"([{CJK}]+)[(（][{CJK}]{{1,2}}[)）]$", text[:begin]) if begin else None
    if not m:
        return begin
    inner_begin, _ = _event_start(text, toks, m.end(1))
    return inner_begin if inner_begin < m.end(1) else m.start(1)
