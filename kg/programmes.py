"""Quoted and book-title names: programmes (“十五五”规划, 《关于…的通知》), media (《某某日报》)
and quoted events (“某区人才周”). Quotation marks are “…”, 「…」 (Hong Kong, Taiwan) or ASCII "…"; a quoted
theme followed by an event word (“…”专题协商会) is left to the event rule, and a quoted name ending in
an organisation suffix (“某某劳模创新工作室”) is a body.
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.spans import CJK, NAME_POS, RARE, Span, Token, dictionary_pos, ner_tags, tokenize, word_frequency


DOC_WORDS = ("关于", "法", "条例", "规定", "办法", "标准", "规划", "纲要", "方案", "意见", "通知",
             "决定", "计划", "报告", "指南", "细则", "规则", "白皮书", "公约", "协定", "宣言", "决议",
             "预算")  # 《2026年财政年度预算案》, 《…预算报告》
MEDIA_ENDS = ("报", "日报", "晚报", "杂志", "周刊", "电视台")
PLAN_RE = re.compile(r"^[一二三四五六七八九十]+五$")  # 十四五, 十五五: five-year plans


def quoted_programmes(norm: str) -> frozenset[str]:
    """Quoted names that the document itself marks as programmes somewhere (“X”系列宣讲)."""
    names = set()
    for start, end, name in _quotes(norm):
        if _event_after(norm, end):
            continue  # “推进某某”专题协商会: the theme of an event
        if _programme_after(norm, end) or _head_after(norm, end) or _is_programme_name(name):
            names.add(name)
    return frozenset(names)


QUOTE_RE = re.compile(r'“([^“”\n]{2,30})”|「([^「」\n]{2,30})」|"([^"\n,，。;；:：!！?？、]{2,30})"')


def _quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of quoted names: “…”, 「…」 (Traditional texts) and ASCII "…".

    >>> [q[2] for q in _quotes('实施“甲计划”与「乙计划」和"丙计划"')]
    ['甲计划', '乙计划', '丙计划']
    """
    return [(m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in QUOTE_RE.finditer(text)]


def _event_after(text: str, i: int) -> bool:
    """A quoted theme is followed by an event word within a few characters: “…”专题协商会.

    >>> _event_after("“数字乡村”专题研讨会。", 6), _event_after("“数字乡村”建设。", 6)
    (True, False)
    """
    tail = re.match(rf"[{CJK}]{{0,8}}", text[i:]).group()
    return any(x <= 4 and y - x >= 2 for x, y in lexicon.matcher("event_suffixes").find(tail))


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


BODY_AFTER_QUOTE = ("志愿服务队", "服务队", "志愿队", "突击队", "宣讲团", "艺术团", "合唱团", "工作室", "俱乐部", "联盟")


def _body_after(text: str, i: int) -> str | None:
    """A body word right after a quoted name makes the two one body: “青春护航”志愿服务队.

    >>> _body_after("“银龄”宣讲团走进社区", 4), _body_after("“银龄”行动", 4)
    ('宣讲团', None)
    """
    return next((w for w in BODY_AFTER_QUOTE if text.startswith(w, i)), None)


def _programme_after(text: str, i: int) -> str | None:
    for suf in lexicon.longest_first("programme_suffixes"):
        if text.startswith(suf, i):
            return suf
    return None


DESCRIBED_ENDS = ("计划", "行动", "工程")
NOMINAL = {"n", "vn", "nz", "b", "an", "j", "l"}


def _described_programme(text: str, end: int) -> int | None:
    """The end of common words after a quoted name that end in a programme word: “某某”社区居家养老服务计划,
    “某某”农村人居环境整治行动 (the quoted brand and what the programme does make its name)."""
    run = re.match(f"[{CJK}]{{4,14}}", text[end:])
    if not run:
        return None
    toks = [t for t in tokenize(text) if t.start >= end]
    if not toks or toks[0].start != end:
        return None
    words = []
    for t in toks:
        if t.end > end + run.end() or t.pos not in NOMINAL | NAME_POS:
            break
        words.append(t)
        if len(words) >= 2 and t.word.endswith(DESCRIBED_ENDS) and t.end - end >= 4:
            return t.end
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
    return not (len(modifier) <= 2 and dictionary_pos(modifier) not in (None, *NAME_POS) and word_frequency(modifier) >= RARE)


def quoted_spans(text: str, known: frozenset[str]) -> list[Span]:
    """Quoted and book-title names of a sentence as programmes, media, bodies or events; ``known``: quoted programmes."""
    out = []
    for m in re.finditer(r"《([^《》\n]{2,60})》", text):
        name = m.group(1)
        if name.endswith(MEDIA_ENDS):
            out.append(Span(m.start(1), m.end(1), "Organization", "quote"))
        elif any(w in name for w in DOC_WORDS):
            out.append(Span(m.start(1), m.end(1), "Programme", "quote"))
    for start, end, name in _quotes(text):
        suf = _programme_after(text, end)
        bare = re.sub(r"\d{4}$", "", name)  # 「某某博览2026」: an event with its year last
        if any(bare.endswith(s) for s in lexicon.load("event_suffixes") if len(s) >= 2):
            out.append(Span(start + 1, end - 1, "Event", "quote"))  # “某区人才周”活动: the event itself
        elif _event_after(text, end):
            continue  # “推进某某”专题协商会: left to the event rule
        elif any(name.endswith(s) for s in lexicon.load("org_suffixes") if len(s) >= 3):
            out.append(Span(start + 1, end - 1, "Organization", "quote"))  # “某某劳模创新工作室”
        elif body := _body_after(text, end):
            out.append(Span(start, end + len(body), "Organization", "quote"))  # “青春护航”志愿服务队
        elif suf and suf not in ("专题", "品牌", "项目") and len(suf) >= 2:
            out.append(Span(start, end + len(suf), "Programme", "quote"))
        elif described := _described_programme(text, end):
            out.append(Span(start, described, "Programme", "quote"))
        elif name in known:
            out.append(Span(start + 1, end - 1, "Programme", "quote"))
    return out


# Verbs that launch or carry out a programme; the words after them, up to a programme word, name it.
LAUNCH_VERBS = ("实施", "启动", "推进", "推动", "开展", "推出", "推行", "出台", "发起")
UNQUOTED_ENDS = ("行动计划", "专项行动", "攻坚行动", "三年行动", "示范工程", "行动", "工程", "计划", "计画", "项目")
RUN_POS = {"n", "vn", "nz", "ns", "j", "an", "b", "v", "m", "l"}


def unquoted_programmes(text: str, toks: list[Token]) -> list[Span]:
    """Programmes named without quotation marks after a launching verb: 实施|水果产业提质增效三年行动,
    推动|偏乡公车服务升级计画. The nominal words after the verb must end in a programme word and be
    a name of at least four characters before it (not 实施该项目, 推进重大项目建设), with no tagged name inside.

    >>> from kg.spans import tokenize
    >>> t = "深入实施粮食单产提升工程，推进重大项目建设。"
    >>> [t[s.start:s.end] for s in unquoted_programmes(t, tokenize(t))]
    ['粮食单产提升工程']
    """
    out = []
    tagged = [(a, b) for a, b, _ in (ner_tags(text) if ner_tags else ())]
    for k, verb in enumerate(toks):
        if not verb.word.endswith(LAUNCH_VERBS):
            continue
        run = []
        for tok in toks[k + 1:]:
            if tok.pos not in RUN_POS or (not run and tok.pos in ("v", "m")):
                break
            run.append(tok)
        if not run:
            continue
        start, end = run[0].start, run[-1].end
        name = text[start:end]
        last = next((e for e in UNQUOTED_ENDS if name.endswith(e)), None)
        if last and len(name) - len(last) >= 4 and not any(start < b and a < end for a, b in tagged):
            out.append(Span(start, end, "Programme", "rule"))
    return out
