"""Quoted and book-title names: programmes (“十五五”规划, 《关于…的通知》), media (《某某日报》)
and quoted events (“某区人才周”).
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.spans import CJK, NAME_POS, RARE, _Span, _freq, _pos_of


DOC_WORDS = ("关于", "法", "条例", "规定", "办法", "标准", "规划", "纲要", "方案", "意见", "通知",
             "决定", "计划", "报告", "指南", "细则", "规则", "白皮书", "公约", "协定", "宣言", "决议")
MEDIA_ENDS = ("报", "日报", "晚报", "杂志", "周刊", "电视台")
PLAN_RE = re.compile(r"^[一二三四五六七八九十]+五$")  # 十四五, 十五五: five-year plans


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
