"""Event names: an event word with its prefixes back to the governing verb (召开|一季度经济运行分析会,
第二届…邻里节), year-led events (2023年特大暴雨) and event words that are names by themselves (亚运会).
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.organisations import is_organ
from kg.places import place_spans
from kg.spans import CJK, SOFT_POS, Span, Token, division_names, division_spans, is_proper_word, ner_tags, tokenize
from kg.suffixes import TIME_WORD_RE, stops_name, suffix_matches, word_boundaries


YEAR_EVENT_RE = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:特大|罕见|极端|强)?")

# Verbs that govern an event name (召开…大会); other verbs may sit inside one (…工作推进大会).
EVENT_STOP_VERBS = frozenset("""召开 举行 举办 出席 参加 参与 主持 完成 圆满完成 承办 主办 协办 筹备 亮相
走进 来到 前往 观看 见证 组织 服务 保障 迎接 筹办 闭幕 开幕 参观 经历 遭遇 发生
参展 参会 参赛 应邀出席 应邀参加""".split())
EVENT_LEAD_VERBS = frozenset("学习 贯彻 传达 落实 围绕 按照 根据 结合 审议 听取 宣布 通过 带领 率领 率团 开展 启动 作为 成为 是".split())
EVENT_INNER_RE = re.compile(r"^(?:第|第?[一二三四五六七八九十百零\d]+[届次期]?|[一二三四]季度|[上下]半年|[届次期])$")
EVENT_JOINERS = frozenset("和与及暨“”\"《》—-")  # 劳动模范和先进工作者表彰大会, 庆祝“五一”…大会
YEAR_PREFIX_RE = re.compile(r"(?<!\d)\d{4}年?$")


def event_spans(text: str, toks: list[Token]) -> list[Span]:
    """Event names of a sentence: an event word with its prefixes, year-led events and named events."""
    out = []
    named = lexicon.load("events")
    matches = suffix_matches(text, "event_suffixes", _event_boundaries(text, toks))
    festivals = [(t.end - 1, t.end) for t in toks if len(t.word) >= 2 and t.word.endswith("节") and t.pos in ("n", "nz", "t")
                 and t.word.strip("节") and not any(a < t.end <= b for a, b in matches)]  # not 节节 (节节攀升)
    for s, e in matches + festivals:
        if text.endswith("人民代表大会", 0, e) and not re.search(r"第[一二三四五六七八九十百零\d]+[届次]", text[max(0, s - 20):s]):
            continue  # 某市人民代表大会 is the body, a people's congress (its sessions are the events)
        year = None
        for m in YEAR_EVENT_RE.finditer(text[:s]):
            if m.end() == s:
                year = m.start()
        begin, proper = _event_start(text, toks, s, names_only=text[s:e] in named)
        begin = _with_parenthesised(text, toks, begin)
        if COUNT_RE.search(text[begin:s]):
            continue  # 设2场主论坛, 召开3次专题会议: counted meetings, not a name
        begin, proper = _with_dated_prefix(text, begin, proper)
        proper = proper or bool(DATED_SESSION_RE.match(text, begin, s))  # 2025年第十次集体学习
        numbered = bool(NUMBERED_RE.match(text, begin, s)) and _after_ordinal(text, begin) < s  # 第五届|市民|读书节
        if (s, e) in festivals:  # 2025年某县白族火把节, 第五届市民读书节: a dated or numbered edition, not 春节
            if year is None and begin < s and (numbered or proper and re.match(r"\d{4}年", text[begin:s])):
                out.append(Span(begin, e, "Event", "rule"))
            continue
        if year is not None:
            out.append(Span(year, e, "Event", "rule"))
        elif begin < s and (proper or numbered or s - _after_ordinal(text, begin) >= 4 and e - begin >= 6) and not text[begin:s].startswith(("本", "此", "该", "这")):
            prefix = YEAR_PREFIX_RE.search(text[:begin])  # 2025全球数字经济创新大会
            out.append(Span(prefix.start() if prefix else begin, e, "Event", "rule"))
        elif text[s:e] in named:
            out.append(Span(s, e, "Event", "rule"))
    return out


COUNT_RE = re.compile(r"(?:^|(?<![第届\d]))(?:\d+|[一二两三四五六七八九十几]+)[场个项批轮]|^(?:\d+|[两三四五六七八九十几]+)次")
NUMBERED_RE = re.compile(r"第[一二三四五六七八九十百零\d]+[届次期]")  # an edition: 第十三次妇女代表大会
DATED_SESSION_RE = re.compile(r"\d{4}年?" + NUMBERED_RE.pattern)
PERIOD_RE = re.compile(r"\d{4}年(?:度|第?[一二三四]季度|[上下]半年|[春夏秋冬]季)?$")
SEASON_RE = re.compile(r"[春夏秋冬]季$")


def _with_dated_prefix(text: str, begin: int, proper: bool) -> tuple[int, bool]:
    """Extend a name over the year or period and the place written before it: 某县|2024年第四季度|…仪式.

    >>> t = "临夏县2024年第四季度重大项目集中开工仪式"
    >>> _with_dated_prefix(t, 12, False)
    (0, True)
    """
    period = PERIOD_RE.search(text[:begin])
    if period:
        begin = period.start()
    elif not re.match(r"\d{4}年", text[begin:]):
        return begin, proper
    place = next((a for a, b in division_spans(text[:begin]) if b == begin), None)
    if place is None:  # 某保税区|2025年…: a named area or a place the tagger finds
        areas = [(p.start, p.end) for p in place_spans(text, tokenize(text)) if p.source == "rule"]
        tagged = [(a, b) for a, b, t in (ner_tags(text) if ner_tags else []) if t == "LOC"]
        place = min((a for a, b in areas + tagged if b == begin and b - a >= 2), default=None)
    return (place, True) if place is not None else (begin, proper)


def _after_ordinal(text: str, begin: int) -> int:
    """Offset after an ordinal or a year opening a name (第三 in 第三阶段会议, 2024年)."""
    m = re.match(r"(?:第[一二三四五六七八九十百零\d]+[届次期]?|\d{4}年?)", text[begin:])
    return begin + (m.end() if m else 0)


def _event_boundaries(text: str, toks: list[Token]) -> set[int]:
    """Word ends, plus ends glued by the segmenter to a following function word (邻里节|在)."""
    return word_boundaries(text, toks) | {t.end - 1 for t in toks if len(t.word) == 2 and t.word[1] in "在于将已的上暨"}


def _event_start(text: str, toks: list[Token], start: int, max_chars: int = 32,
                 names_only: bool = False) -> tuple[int, bool]:
    """Where an event name ending in an event word at ``start`` begins, and whether it has a proper part.

    Walks left over nominal words, ordinals (第二届, 十七届, 第二十三次), quarters (一季度),
    joiners (和, 暨, quotation marks) and verbs other than the ones governing an event
    (召开, 举办, 出席…); stops at punctuation, prepositions, dates and tagged people. Before an
    event word that is a name by itself (亚运会), only places, proper words and ordinals count
    (第19届杭州亚运会, not 集训备战亚运会).
    """
    people = [(a, b) for a, b, t in (ner_tags(text) if ner_tags else [])
              if t == "PER" and text[a:b] not in division_names()[0]]  # not 某市 taken for a name
    title_words: frozenset[str] = frozenset()
    window: list[Token] = []
    for tok in reversed([t for t in toks if t.start < start]):
        if tok.end > start:
            tok = Token(tok.start, start, text[tok.start:start], "n")
        if start - tok.start > max_chars or any(a < tok.end and tok.start < b for a, b in people):
            break
        if tok.word in EVENT_JOINERS and not names_only or EVENT_INNER_RE.match(tok.word):
            window.insert(0, tok)
            continue
        if names_only and not (is_proper_word(tok) or tok.word in division_names()[0]):
            break
        if tok.pos == "t" and (not TIME_WORD_RE.search(tok.word)  # 青年, 第三阶段 are tagged as time words
                               or SEASON_RE.search(tok.word) and re.search(r"\d{4}年$", text[:tok.start])):  # 2025年|秋季
            window.insert(0, tok)
            continue
        if stops_name(tok, title_words, EVENT_STOP_VERBS) or tok.word in EVENT_LEAD_VERBS or tok.word[0] in "各每该此这":
            break
        window.insert(0, tok)
    while window and (window[0].pos in SOFT_POS | {"m", "l", "c"} and not EVENT_INNER_RE.match(window[0].word)
                      or window[0].word in "和与及暨”"):
        window.pop(0)
    if window and window[0].word in "“《" and not any(t.word in "”》" for t in window):
        window.pop(0)
    divisions, _ = division_names()
    proper = any(is_proper_word(t) or is_organ(t.word) or t.word in divisions for t in window) or any(
        window and window[0].start <= a and b <= start for a, b, _ in (ner_tags(text) if ner_tags else []))
    return (window[0].start if window else start), proper


def _with_parenthesised(text: str, toks: list[Token], begin: int) -> int:
    """Extend a name leftwards over a short parenthesised insert (党(工)委 → 街镇党(工)委)."""
    m = re.search(rf"([{CJK}]+)[(（][{CJK}]{{1,2}}[)）]$", text[:begin]) if begin else None
    if not m:
        return begin
    inner_begin, _ = _event_start(text, toks, m.end(1))
    return inner_begin if inner_begin < m.end(1) else m.start(1)
