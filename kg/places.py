"""Places: divisions of China (丰台区), deictic forms (我区, 全市, 我国), transit lines, named areas
ending in a place suffix (…商务区, …站), and the place-like spans that are not places here.
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.spans import CJK, LEVELS, NAME_POS, RARE, _Span, _Tok, _division_spans, _divisions, _freq, _pos_of, _tokens
from kg.suffixes import _boundaries, _left_name, _single_suffix_ok, _suffix_matches


DEICTIC_PLACE_RE = re.compile(rf"(?:我|本|全)[{LEVELS}]|我国|首都")
TRANSIT_RE = re.compile(r"(?:地铁|轨道交通|轻轨|城铁)?(?:[0-9A-Z]{1,3}号线|[" + CJK + r"]{2,4}线(?=站|支线))"
                        r"(?:支线|延长线|[东西南北]段)?")
DISTRICT_GROUP_RE = re.compile(r"(?:主城|中心城|城|近郊|远郊)[一二三四五六七八九十]+区")


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
