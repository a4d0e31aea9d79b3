"""Places: divisions of China (丰台区), deictic forms (我区, 全市, 我国), transit lines, named areas
ending in a place suffix (…商务区, …站), and the place-like spans that are not places here.
"""
from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.hierarchy import division_parents
from kg.spans import (CJK, GLUED_PREPOSITIONS, LEVELS, NAME_POS, RARE, Span, Token, dictionary_pos, division_names, division_spans,
                      is_proper_word, ner_tags, tokenize, word_frequency)
from kg.suffixes import name_before_suffix, single_suffix_ends_name, suffix_matches, word_boundaries


DEICTIC_PLACE_RE = re.compile(rf"(?:我|本|全)[{LEVELS}]|我国|首都|(?:本|全)[港澳](?![口区湾])")  # 本港, 全澳: Hong Kong, Macao
# Hong Kong and Macao news call their own region 本港/全港, 本澳/全澳 (elsewhere 全港 may be a whole port).
WHOLE_REGION_RE = re.compile(r"[本全]([港澳])")
_REGIONS = {"港": "香港", "澳": "澳门"}

# Rail systems as news names them (地铁, 轨道交通; 捷运 in Taiwan, 港铁 in Hong Kong).
TRANSIT_SYSTEMS = "地铁|轨道交通|轻轨|城铁|城轨|捷运|港铁|有轨电车|市域铁路|市域快轨|磁浮"
# A transit line: a numbered or named line after its system (地铁6号线, 捷运蓝线, 港铁东铁线, 地铁昌平线),
# a numbered line alone, a named line before 站 or 支线, or a ring line (环状轻轨); with its extension.
TRANSIT_RE = re.compile(
    rf"(?:(?:{TRANSIT_SYSTEMS})(?:[0-9A-Z]{{1,3}}号线|[一二三四五六七八九十]{{1,3}}号线|[SL]?\d{{1,2}}线|[{CJK}]{{1,5}}?线(?![路网]))"
    rf"|[0-9A-Z]{{1,3}}号线|[{CJK}]{{2,4}}线(?=站|支线)|环状(?:轻轨|线))"
    r"(?:支线|延长线|[东西南北]?延(?:长|伸)?段|[东西南北]段)?")
# Characters that make "…线" a stretch or a kind, not a line's name: 地铁沿线, 全线, 主线, 专线, 一线.
_NOT_LINE_NAME = set("沿全条主干支专热一两二三四五六七八九十各多")
DISTRICT_GROUP_RE = re.compile(r"(?:主城|中心城|城|近郊|远郊)[一二三四五六七八九十]+区")


def names_its_region(norm: str, form: str) -> bool:
    """``form`` (本港, 全澳) stands for Hong Kong or Macao in a text that names that region.

    >>> names_its_region("香港经济增长。本港失业率下降", "本港"), names_its_region("天津港吞吐量增长，全港…", "全港")
    (True, False)
    """
    region = WHOLE_REGION_RE.fullmatch(form)
    return region is None or _REGIONS[region.group(1)] in norm


def is_common_place(text: str, toks: list[Token], a: int, b: int) -> bool:
    """A place-like span that is not a place here.

    Part of an honour (某省|劳动模范), a dictionary common noun listed among common nouns
    (棚户区、平房区、老旧小区), or a coined verb + common noun cut from a longer phrase
    (聚力|花园|城市建设).

    >>> t = "推进棚户区、平房区改造。"
    >>> is_common_place(t, tokenize(t), 6, 9)
    True
    """
    if any(x == b for x, _ in lexicon.matcher("honours").find(text)):
        return True
    if dictionary_pos(text[a:b]) == "n" and _listed_among_common_nouns(text, toks, a, b):
        return True
    inner = [t for t in toks if a <= t.start and t.end <= b]
    after = next((t for t in toks if t.start == b), None)
    return (len(inner) >= 2 and inner[0].start == a and inner[-1].end == b and dictionary_pos(inner[0].word) is None
            and inner[-1].pos == "n" and inner[-1].word not in LEVELS + "村" and word_frequency(inner[-1].word) >= 1000
            and after is not None
            and after.pos in ("n", "ns", "vn") and word_frequency(after.word) >= 1000)


def _listed_among_common_nouns(text: str, toks: list[Token], a: int, b: int) -> bool:
    """A list neighbour (、) is a common word, not a name: 棚户区、平房区."""
    items = [t.word for t in toks if text[a - 1:a] == "、" and t.end == a - 1
             or text[b:b + 1] == "、" and t.start == b + 1]
    return any(len(w) >= 2 and dictionary_pos(w) not in (None, *NAME_POS) and w not in division_names()[0] for w in items)


# Common words that begin with a level character: after a division's short form they take the
# level character away from it (北京市民 is 北京 + 市民, 重庆市郊 is 重庆 + 市郊).
LEVEL_LED_WORDS = frozenset("市民 市郊 市区 市场 市面 市容 县城 区域 区位 省级 市级 县级 区级 镇上 乡下 乡亲 村民 村里".split())
# Region words that make a generic area of the word before them (周边地区, 中西部地区): not names.
GENERIC_AREA_HEADS = frozenset("周边 本 其他 有关 相关 部分 贫困 偏远 边远 农村 城市 城镇 重点 广大 东部 西部 南部 北部 中部 "
                               "中西部 沿海 内陆 山区 牧区 林区 老区 灾区".split())
# A one-character suffix after a verb is a verb-object phrase, not a name's end: 上山, 登山, 过桥, 进站.
MOTION_VERBS = frozenset("上下登爬进出过翻到回")


# Continents and world regions, written before 地区 as a generic word (亚太地区 is 亚太).
MACRO_REGIONS = frozenset("亚太 亚洲 欧洲 非洲 北美 南美 拉美 中东 东南亚 东亚 南亚 西亚 中亚 北欧 西欧 东欧 南欧 "
                          "大洋洲 加勒比 海湾 港澳 港澳台 两岸".split())
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")  # provincial-level cities: their children are county-level


@cache
def standalone_short_forms() -> frozenset[str]:
    """Short forms of provinces and prefecture-level cities (江西, 长沙): places wherever they stand.

    County-level short forms (兴国, 安宁, 西夏) are often common words or names, so they count
    only in a chain (江西兴国) or where the tagger finds them.

    >>> {"江西", "长沙", "兴国"} & standalone_short_forms() == {"江西", "长沙"}
    True
    """
    names = division_names()[0]

    def high(full: str) -> bool:  # a province, or a city whose parent is a province (not a municipality)
        return full in names and all(not division_parents(p) and p not in MUNICIPALITIES for p in division_parents(full))

    return frozenset(short for short in names if not full_form(short)
                     and any(high(short + tail) for tail in ("省", "市", "自治区", "特别行政区")))


def full_form(name: str) -> bool:
    """A division written with its level word: 丰台区, 甘孜州 (not 丰台, and not 杭州, whose 州 is part of the name).

    >>> [full_form(n) for n in ("丰台区", "甘孜州", "杭州", "丰台")]
    [True, True, False, False]
    """
    return name[-1] in "省市区县旗盟" or name[-1] == "州" and name[:-1] in division_names()[0]


def chained_text(spans: list[tuple[int, int]], text: str) -> set[str]:
    """The full-form divisions among ``spans`` (丰台区, not 丰台), as text."""
    return {text[a:b] for a, b in spans if full_form(text[a:b])}


def _glued_unknown_head(text: str, toks: list[Token], begin: int, s: int) -> bool:
    """The name before a place suffix holds characters jieba glued into unknown words (积小流|方能成|大河,
    户到|江山) and the tagger starts no place or body there: a clause, not a name.

    >>> t = "积小流方能成大河"
    >>> _glued_unknown_head(t, tokenize(t), 0, 7)
    True
    """
    unknown = any(begin <= t.start and t.end <= s and len(t.word) >= 2 and not word_frequency(t.word)
                  and re.fullmatch(f"[{CJK}]+", t.word) and t.word not in division_names()[0] for t in toks)
    return unknown and not any(a == begin and t in ("LOC", "ORG") for a, _, t in (ner_tags(text) if ner_tags else ()))


def _transit_lines(text: str, divisions: list[tuple[int, int]]) -> list[Span]:
    """Transit lines (``TRANSIT_RE``), each with the city or region named right before it (台中捷运蓝线,
    高雄环状轻轨); a ring line only with one. A line named with its system overrules the tagger's cuts.

    >>> t = "高雄环状轻轨全线通车，地铁沿线"
    >>> [t[s.start:s.end] for s in _transit_lines(t, [(0, 2)])]
    ['高雄环状轻轨']
    """
    places = divisions + [(a, b) for a, b, t in (ner_tags(text) if ner_tags else ()) if t == "LOC"]
    out = []
    for m in TRANSIT_RE.finditer(text):
        line = m.group()
        system = re.match(TRANSIT_SYSTEMS, line)
        name = line[system.end():line.index("线")] if system and "线" in line else ""
        if set(name) & _NOT_LINE_NAME and not re.match(r"[一二三四五六七八九十]+号", name):
            continue
        start = min((a for a, b in places if b == m.start() and b - a <= 6), default=m.start())
        if start == m.start() and system:  # 台中|捷运: a city's short form, kept out of the lexicon as ambiguous
            start = next((m.start() - k for k in (3, 2) if text[m.start() - k:m.start()] + "市" in division_names()[0]
                          and m.start() >= k), start)
        if line.startswith("环状") and start == m.start():
            continue  # a bare 环状线 names no line of its own
        out.append(Span(start, m.end(), "Place", "wider" if system else "rule"))  # over the tagger's 港铁东|铁线
    return out


# A zone run by a body of its own (某某开发区管委会): the zone is a place named inside the body's name.
# It becomes an entity only when the text goes on to speak of it by its head (开发区已引进…): the
# head refers back to it (kg.references), and resolve keeps the places written inside a body's
# name only when a figure or relation uses them.
ZONE_BODY_RE = re.compile(r"(.{2,16}?(?:开发区|高新区|新区|保税区|自贸区|试验区|示范区|合作区|经济区|园区|产业园))"
                          r"(?:管委会|管理委员会|党工委)")


# The registered names of national pilot zones: 中国（天津）自由贸易试验区, 中国（杭州）跨境电子商务综合试验区.
NATIONAL_PILOT_ZONE_RE = re.compile(rf"中国[（(]([{CJK}]{{2,6}})[）)][{CJK}]{{0,12}}?(?:试验区|自由贸易港|示范区)")


def is_zone_of_body(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is a zone written right before the body that runs it.

    >>> t = "某某经济技术开发区管委会主任表示"
    >>> is_zone_of_body(t, 0, 9), is_zone_of_body(t, 0, 12)
    (True, False)
    """
    zone = ZONE_BODY_RE.match(norm, start)
    return zone is not None and zone.end(1) == end


def place_spans(text: str, toks: list[Token]) -> list[Span]:
    """Place names of a sentence: divisions, deictic forms, transit lines and named areas ending in a place suffix."""
    out = []
    starts = {t.start for t in toks}
    ends = {t.end for t in toks} | {len(text)}
    spans = division_spans(text)
    chained = {e for _, e in spans}
    for s, e in spans:
        short = not full_form(text[s:e])
        crossed = e not in ends and e - 1 in starts or text[e - 1:e + 1] in LEVEL_LED_WORDS  # 兴国|县城, 北京|市民
        if short and s not in chained and text[s:e] not in standalone_short_forms() or not short and crossed:
            continue  # a bare 兴国, 牡丹, 安宁 is left to the tagger unless a chain (江西兴国) vouches for it
        if (s in starts or s == 0 or not re.match(f"[{CJK}]", text[s - 1])) and (e in ends or not short):
            out.append(Span(s, e, "Place", "lexicon"))
    for m in DEICTIC_PLACE_RE.finditer(text):
        out.append(Span(m.start(), m.end(), "Place", "lexicon"))
    for s, e in lexicon.matcher("world_places").find(text):  # 莫斯科, 非洲, 黑海: whole words only (not 沿|海地|区)
        if s in starts and e in ends:
            out.append(Span(s, e, "Place", "lexicon"))
    out.extend(Span(m.start(), m.end(), "Place", "wider") for m in NATIONAL_PILOT_ZONE_RE.finditer(text)
               if m.group(1) in division_names()[0])  # one registered name, over the tagger's 中国 and 天津
    out.extend(_transit_lines(text, spans))
    out.extend(Span(m.start(), m.end(), "Place", "rule") for m in DISTRICT_GROUP_RE.finditer(text))
    bounds = word_boundaries(text, toks)
    glued = {t.end - 1 for t in toks if len(t.word) == 2 and t.word[1] in "内及"}  # 科学园|内, 大湾区|及
    for s, e in suffix_matches(text, "place_suffixes", bounds | glued):
        if e not in bounds and e - s < 2:
            continue  # 河|里 is "in the river"; only a long place word is cut from a glued 内
        begin, proper, _ = name_before_suffix(text, toks, s, max_chars=8, verbs=False)
        word = next((t for t in toks if t.start < e <= t.end), None)
        if e - s == 1 and (not single_suffix_ends_name(text, toks, s, word_before=False)
                           or text[s - 1] in "街村乡镇路"  # 街镇, 村镇: generic pairs
                           or text[s - 1] in MOTION_VERBS  # 上山, 进站
                           or word and (word.start, word.end) == (s, e) and word.pos == "v"
                           and text[e:e + 1] and text[e] in "起到着在了出上住立"  # 站起来, 站到了
                           or word and word.start < s and word_frequency(word.word) and word.pos not in ("ns", "nt")):
            continue  # 工作思路, 高速铁路: a dictionary word that merely ends in the suffix
        if word and word.pos == "ns" and word.start <= s - 2 and word.end == e >= s + 2:  # 华南地区: one dictionary place
            if any(word.start <= a and b < word.end and b != s for a, b, t in (ner_tags(text) if ner_tags else ()) if t == "LOC"):
                continue  # 港|人治港: the tagger reads a place inside the word that is not its head (西南|地区)
            begin, proper = word.start, True
        if not proper and e - s >= 2:  # 前海商务区: short coined core of rare words or single characters
            begin = s
            for t in reversed([t for t in toks if t.end <= s]):
                if t.pos in ("v", "vn", "x", "m", "p", "c", "r", "d") or t.pos.startswith("u") or (
                        len(t.word) > 1 and word_frequency(t.word) >= RARE):
                    break
                begin = t.start
            proper = 2 <= s - begin <= 4
        inner = [b for a, b in spans if begin <= a and b < s and full_form(text[a:b])] + [
            b for a, b, t in (ner_tags(text) if ner_tags else ()) if t == "LOC" and begin <= a and b < s
            and text.endswith(("镇", "乡", "街道"), a, b)]  # 某某镇|某村: a tagged township heads a chain
        if inner:  # 平山县|西柏坡村: a chain of places, not one name
            begin = max(inner)
        head = text[begin:s]
        if "及" in head or any(t.word in ("和", "与", "或") and begin <= t.start < s for t in toks):
            continue  # 院舍及长者社区: a coordination of kinds, not one place name
        if head in GENERIC_AREA_HEADS or head in chained_text(spans, text) or re.search("[地得着了]", head[1:]):
            continue  # 周边地区; 泗水县大街 (a county's main street); 地登路 (an adverbial 地, not a name)
        if text[s:e] == "地区" and (head in standalone_short_forms() or head in MACRO_REGIONS):
            continue  # 贵州地区, 亚太地区: the place and a generic word (but 河西地区 is a named area)
        if text[s:e] == "地区" and dictionary_pos(head) in ("n", "vn", "a", "an"):
            continue  # 平原地区, 低电压地区: a kind of area, not a named one
        if text[s:e] == "地区" and any(t.start >= begin and t.end <= s and not is_proper_word(t) for t in toks):
            continue  # 某州|部分|地区, 巴西|东北部|地区: a part of a place, not a named area
        first = next((t for t in toks if t.start == begin), None)
        if head[:1] in "各该此这每诸那" or head[:1] in GLUED_PREPOSITIONS and first and dictionary_pos(first.word) is None:
            continue  # 每条街, 对乡: a determiner or a preposition jieba glued on, not a name
        if begin < s and proper and head != "全" and not _glued_unknown_head(text, toks, begin, s):
            out.append(Span(begin, e, "Place", "rule"))
    return out
