"""Names that end in a suffix word (…集团, …商务区, …大会): where the suffix sits and where the name begins.

Word boundaries include the starts of title words (书记, 局长), so a name never swallows the
title that follows it; the walk left over nominal words stops at verbs that govern a name (召开, 走进).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kg import lexicon
from kg.spans import GLUED_PREPOSITIONS, NOMINAL_POS, SOFT_POS, Token, is_proper_word, word_frequency


TIME_WORD_RE = re.compile(r"^[今明去前昨近上下本当同每次]|[日天月时周季]$|^[一二三四五六七八九十\d]+年$")

# Verbs that govern a name and are never part of one (召开…座谈会, 走进…公司).
STOP_VERBS = frozenset("""召开 举行 举办 出席 参加 参与 主持 走进 来到 前往 成立 邀请 联合 会同 完成 圆满完成
发布 印发 启动 开展 承办 主办 协办 支持 依托 推动 推进 加快 打造 探索 整治 强化 通过 召集 考察
调研 视察 看望 慰问 会见 会谈 表示 指出 强调 要求 介绍 获得 荣获 担任 任 当选 位于 赴 抵达 访问
助力 建立 构建 落实 开启 启用 亮相 签约 签署 携手 联手
收购 并购 援引 引入 引进 给予 起诉 状告 宣布 披露 报道 否认 批准 拒绝 收到 接受 聘请 委托 授予
是 决定 郑重 办起 落到 使 当 如 设立 设有 开设 新设 另设 组建 筹建 援建 承建 兴建 修建 捐建
改为 走向 符合 限制 维持 脱离 超过 坐视
不会 不能 不得 不要 不可 不再 没有 能否 可以 应该 必须 需要
认为 觉得 相信 希望 期望 期待 知道 发现 看到 听说 估计 预计 担心 怀疑 承认 同意 反对 主张 建议 呼吁 欢迎 谴责 称赞
""".split())  # the last lines: modals and negations, verbs of thinking and judging (以色列人|认为|以色列政府)


# One-character words that open a clause before a name and never start one: the prepositions jieba
# glues onto a name (由|区纪委) and the one-character governing verbs (使, 赴, 任).
CLAUSE_OPENERS = frozenset(GLUED_PREPOSITIONS) | {v for v in STOP_VERBS if len(v) == 1}


@cache
def title_lexicon() -> tuple[list[str], tuple[str, ...]]:
    """The title words (书记, 局长), longest first, and the title heads marked ``*`` in the lexicon (…工)."""
    words = lexicon.load("titles")
    heads = tuple(w[:-1] for w in words if w.endswith("*"))
    return sorted((w for w in words if not w.endswith("*")), key=len, reverse=True), heads


@lru_cache(maxsize=256)
def _title_starts(text: str) -> frozenset[int]:
    return frozenset(start for start, _ in title_matcher().find(text))


@cache
def title_matcher() -> lexicon.Matcher:
    """A matcher that finds the title words of the titles lexicon in a text."""
    return lexicon.Matcher(title_lexicon()[0])


def suffix_matches(text: str, lex: str, bounds: set[int]) -> list[tuple[int, int]]:
    """(start, end) of suffix words of lexicon ``lex`` that end on a word boundary, longest first."""
    out = []
    for a, b in sorted(lexicon.matcher(lex).find(text), key=lambda m: (m[0] - m[1], m[0])):
        if b in bounds and not any(x <= a and b <= y for x, y in out):
            out.append((a, b))
    return out


def word_boundaries(text: str, toks: list[Token]) -> set[int]:
    """Offsets where a name may end: word ends, starts of title words and the end of the text."""
    return {t.end for t in toks} | _title_starts(text) | {len(text)}


def stops_name(tok: Token, title_words: frozenset[str], verbs: frozenset[str] = STOP_VERBS) -> bool:
    """A word the leftward walk over a name stops at: not nominal, a title word, a governing verb or a count."""
    if tok.pos not in NOMINAL_POS or tok.word in title_words or tok.word in verbs:
        return True
    return tok.pos == "m" and not re.match(r"^第[一二三四五六七八九十\d]+$", tok.word)


def name_before_suffix(text: str, toks: list[Token], start: int, *, max_chars: int = 16,
               verbs: bool = True) -> tuple[int, bool, int]:
    """Where a name ending in a suffix at ``start`` begins, whether it has a proper part, how far words reach.

    Walks left over nominal words (and time-tagged words that are not times: 未来 in
    杭州未来科技城); the name begins at its leftmost proper part (a division, a rare or
    proper-noun word) or else after the last verb-like word.
    """
    title_words = lexicon.load("titles")
    window: list[Token] = []
    before = [t for t in toks if t.start < start]
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if tok.end > start:  # the word runs into the suffix (城市排水集团): keep its head
            tok = Token(tok.start, start, text[tok.start:start], "n")
        if start - tok.start > max_chars:
            break
        if tok.pos == "t" and not TIME_WORD_RE.search(tok.word):
            window.insert(0, tok)
            continue
        if stops_name(tok, title_words) or (not verbs and tok.pos in SOFT_POS) or tok.word in FRAME_WORDS or (
                verbs and _lone_verb(toks, k)):
            break  # 儿童节期间|学校, 购房者进|银行: a time frame or a verb between words ends the clause before a name
        window.insert(0, tok)
    reach = window[0].start if window else start
    for k, tok in enumerate(window):
        if is_proper_word(tok) and not (_reduplicated(tok.word) and k < len(window) - 1):
            return tok.start, True, reach
    while window and window[0].pos in SOFT_POS | {"m", "l", "t"}:
        window.pop(0)
    soft = [k for k, t in enumerate(window) if t.pos in SOFT_POS]
    if soft:
        window = window[soft[-1] + 1:]
    return (window[0].start if window else start), False, reach


# Locality words that frame a clause (在…期间, …以来), and the dateline 本报讯; never inside a name.
FRAME_WORDS = frozenset("期间 之间 以来 之后 以后 以前 之前 之中 当中 其中 之内 以内 以外 之外 本报讯 讯".split())


def _reduplicated(word: str) -> bool:
    """A reduplicated pair (莽莽, 汤汤) describes the name after it (汤汤|伊图里河); alone it may be one (旺旺)."""
    return len(word) == 2 and word[0] == word[1]


def _lone_verb(toks: list[Token], k: int) -> bool:
    """Word ``k`` is a one-character verb between two longer words (购房者|进|银行, 民间组织|办|教育),
    not a segmentation fragment of a name (长江|重|工集团)."""
    tok = toks[k]
    if tok.pos != "v" or len(tok.word) != 1 or tok.word in "有无":
        return False  # 有组织罪案调查科: 有 and 无 also make adjectives inside names
    return 0 < k < len(toks) - 1 and len(toks[k - 1].word) >= 2 and len(toks[k + 1].word) >= 2


def single_suffix_ends_name(text: str, toks: list[Token], s: int, *, word_before: bool = True) -> bool:
    """A one-character suffix (局, 部, 委) ends a name only as its own word or the end of a long one.

    部门, 社会 (the character starts a word) and 布局, 每一处 (it ends an ordinary word) do not count.
    """
    if word_frequency(text[s:s + 2]) >= 1000:
        return False
    if not word_before:
        return True
    if s and word_frequency(text[s - 1:s + 1]) >= 100:
        return False
    tok = next((t for t in toks if t.start <= s < t.end), None)
    if tok is not None and len(tok.word) == 4 and tok.word[0] == tok.word[2]:
        return False  # an ABAC idiom (大操大办, 一心一意), whatever part of speech the dictionary gives it
    return tok is None or tok.end != s + 1 or len(tok.word) == 1 or len(tok.word) >= 3 and tok.pos not in ("l", "i") \
        or tok.pos == "nt"  # but not an idiom ending in the character: 落到实处, 所到之处


def verb_before_place_word(text: str, toks: list[Token], begin: int, s: int) -> bool:
    """处 right after a verb is "the place where" (焊花飞溅处, 灯火阑珊处), not an office.

    >>> from kg.spans import tokenize
    >>> t = "钢花飞溅处"
    >>> verb_before_place_word(t, tokenize(t), 0, 4)
    True
    """
    if text[s] != "处":
        return False
    before = next((t for t in toks if t.end == s), None)
    return before is not None and before.pos == "v" and not any(
        a >= begin and b <= s for a, b in lexicon.matcher("org_suffixes").find(text[:s]))
