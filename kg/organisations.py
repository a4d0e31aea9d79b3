"""Organisation names: suffix chains (…集团有限公司…分公司), known names, deictic organs (区委,
市总工会), coordinated organs (区委区政府) split apart, and the parts of a name (北京市委|组织部)
from which kg.entities takes the nested parent organisations.
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.spans import (CJK, LEVELS, NAME_POS, RARE, Span, Token, dictionary_pos, division_names, division_spans, is_known_place,
                      ner_tags, tokenize, word_frequency)
from kg.suffixes import (CLAUSE_OPENERS, STOP_VERBS, name_before_suffix, single_suffix_ends_name, suffix_matches, verb_before_place_word,
                         word_boundaries)
from kg.tagged import COUNT_AFTER_RE, after_count, is_bracketed_place, plausible_name


DETERMINERS = "各该此这每诸那"
BRACKET_BEFORE_RE = re.compile(rf"(?<=[{CJK}])[(（]([{CJK}]{{2,8}})[)）]$")  # 某科技（天津）|有限公司


def _past_glued_words(text: str, toks: list[Token], begin: int, s: int) -> int:
    """Skip what jieba glued onto the start of a name: a verb phrase (郑重宣布|区委) or a preposition (由|区纪委).

    >>> t = "并郑重宣布丰台区委、区政府公开接受监督。"
    >>> _past_glued_words(t, tokenize(t), 1, 7)
    5
    >>> t = "更使村团支部的经济实力空前壮大起来。"
    >>> _past_glued_words(t, tokenize(t), 1, 4)
    2
    """
    for tok in toks:
        if begin <= tok.start < s and tok.end <= s and any(tok.word.endswith(v) for v in STOP_VERBS if len(v) >= 2):
            begin = tok.end  # 郑重宣布|某某区委 (one "word" to jieba) ends in 宣布
    first = next((t for t in toks if t.start <= begin < t.end), None)
    if first and first.start == begin and text[begin] in CLAUSE_OPENERS and not word_frequency(first.word):
        begin += 1  # 由区, 使村 (unknown "words"): the preposition or verb is not part of the name
    return begin


def _common_word(text: str, toks: list[Token], a: int, b: int) -> bool:
    """The span is one common dictionary word (俱乐部, 戒毒所, 阀门厂), not a named body.

    Every common noun (``n``) of the dictionary counts, however rare; proper nouns of bodies are
    tagged ``nt`` (公安局, 国务院) there.

    >>> t = "俱乐部被要求加强管理，阀门厂走出困境。"
    >>> _common_word(t, tokenize(t), 0, 3), _common_word(t, tokenize(t), 11, 14)
    (True, True)
    """
    return any(t.start == a and t.end == b and (t.pos == "n" or t.pos in ("vn", "nz") and word_frequency(t.word) >= 500)
               for t in toks)


def _kind_of_body(text: str, toks: list[Token], begin: int, s: int, e: int) -> bool:
    """One common dictionary word before the suffix, and the tagger sees no body there: a kind of
    body (全资子公司, 通信公司, 煤焦厂), not a name.

    >>> t = "该项目由集团的全资子公司负责运营。"
    >>> _kind_of_body(t, tokenize(t), 7, 9, 12)
    True
    """
    words = [t for t in toks if begin <= t.start and t.end <= s]
    if len(words) != 1 or words[0].pos not in ("n", "vn", "j", "a", "b") or dictionary_pos(words[0].word) is None:
        return False
    if any(b == len(words[0].word) for _, b in lexicon.matcher("org_suffixes").find(words[0].word)):
        return False  # 集团党委|宣传部: the word is a body itself
    return not any(b == e and t == "ORG" for _, b, t in (ner_tags(text) if ner_tags else ()))


def _passive_suo(text: str, toks: list[Token], s: int) -> bool:
    """所 as the passive particle of 为…所 + verb (为收藏界所称道, 非工薪层所能承受), not 研究所.

    >>> t = "为收藏界所称道。"
    >>> _passive_suo(t, tokenize(t), 4)
    True
    """
    if text[s] != "所":
        return False
    after = next((t for t in toks if t.start == s + 1), None)
    before = next((t for t in toks if t.end == s), None)
    people = before is not None and (before.pos == "r" or before.word.endswith("人"))  # 中国人|所|意识到
    return after is not None and (after.pos in ("v", "d", "vn", "a", "ad") or people) and not any(
        t.start < s < t.end or t.start < s and t.end == s + 1 for t in toks)


def _verb_ban(text: str, toks: list[Token], s: int) -> bool:
    """办 as the verb "do" after a one-character verb (企业|去办|项目, 要办), not an office."""
    if text[s] != "办":
        return False
    before = next((t for t in toks if t.end == s), None)
    return before is not None and len(before.word) == 1 and before.pos in ("v", "d")


GENERIC_FIRMS = ("公司", "企业")  # after a country's name, its firms in general (中国公司)


# The company just named, standing for it before its party or union organ: 集团党委, 公司工会.
GROUP_HOLDERS = ("集团", "总公司", "公司")
GROUP_ORGANS = ("党委", "党组", "纪委", "工会", "团委")


def _counted_kind(text: str, begin: int, end: int) -> bool:
    """A kind of body counted before or after it (44个名医工作室, 建成创新工作室3200余家), not a name.

    >>> t = "建成44个名医工作室"
    >>> _counted_kind(t, 5, 10), _counted_kind("建成劳模创新工作室3200余家", 2, 9)
    (True, True)
    """
    return after_count(text, begin) or bool(re.match(r"[\d０-９]", text[begin - 1:begin])) or bool(
        COUNT_AFTER_RE.match(text, end))


def _deictic_start(text: str, begin: int) -> int | None:
    """Start of a deictic organisation (区委, 市总工会, 我区教委, 集团党委) whose core begins at ``begin``.

    >>> _deictic_start("由集团党委宣传部承办", 1), _deictic_start("各集团党委", 1)
    (1, None)
    """
    before = text[begin - 1] if begin else ""
    if any(text.startswith(h + o, begin) for h in GROUP_HOLDERS for o in GROUP_ORGANS):
        return begin if not before or not re.match(f"[{CJK}]", before) or before in "对由在和与及向经并、据" else None
    for i in (begin, begin - 1):
        if 0 <= i < len(text) and text[i] in LEVELS:
            before = text[i - 1] if i else ""
            if before in "我本" and before:
                return i - 1
            if not before or not re.match(f"[{CJK}]", before) or before in "对由在和与及向经并、各据":
                return i
    return None


def organisation_spans(text: str, toks: list[Token]) -> list[Span]:
    """Organisation names of a sentence: suffix chains, known names and deictic organs, coordinated ones split."""
    bounds = word_boundaries(text, toks)
    out = []
    venues = {e: s for s, e in suffix_matches(text, "place_suffixes", bounds)}
    for s, e in suffix_matches(text, "org_suffixes", bounds):
        if e - s == 1 and (not single_suffix_ends_name(text, toks, s) or _passive_suo(text, toks, s)
                           or _verb_ban(text, toks, s)):
            continue
        if venues.get(e, s) < s:
            continue  # 会展中心, 科学园: the longer place word decides, a venue is a place
        host = next((t for t in toks if t.start < s < t.end), None)  # a word the suffix sits inside
        if host is not None and _suffix_in_word(text, host, s, e):
            continue
        begin, proper, reach = name_before_suffix(text, toks, s)
        bracket = BRACKET_BEFORE_RE.search(text, 0, s)
        if begin == s and bracket and is_bracketed_place(bracket.group(1)):
            begin, proper, reach = name_before_suffix(text, toks, bracket.start())  # 某科技（天津）|有限公司
        begin = _past_national_name(text, _past_glued_words(text, toks, begin, s), s)
        if verb_before_place_word(text, toks, begin, s) or _counted_kind(text, begin, e):
            continue
        if text[s:e] in GENERIC_FIRMS and (text[begin:s] == "中国" or text[begin:s] in lexicon.load("world_places")):
            continue  # 中国公司, 日本企业: a country's firms, not one firm
        if text[begin] in DETERMINERS or "某" in text[begin:s] or re.match("[一二三四五六七八九十两几数多]大|[两双三四五六七八九十几数多]国", text[begin:s]) or _common_word(text, toks, begin, e):
            continue  # 这所学校, 某公司, 各大图书馆, 四大银行, 俱乐部: a kind of body, not a name
        if text[begin:s].endswith(("和", "与", "及")):
            continue  # 党和政府: a coordination ending in a bare organ word, not one name
        deictic = _deictic_start(text, begin)
        if deictic is not None and s - deictic <= 8:
            out.append(Span(deictic, e, "Organization", "rule", reach=deictic))
        elif begin < s and proper and not _kind_of_body(text, toks, begin, s, e):
            out.append(Span(begin, e, "Organization", "rule", reach=reach))
    starts = {t.start for t in toks}
    for a, b in lexicon.matcher("org_names").find(text):
        if word_frequency(text[b - 1:b + 1]) < 1000 and (a in starts or b - a >= 3):  # not 财政部门, 修|建行|政
            out.append(Span(a, b, "Organization", "rule", reach=a))
    return _chains(text, _merge_orgs(_widen(text, out)))


def _suffix_in_word(text: str, word: Token, s: int, e: int) -> bool:
    """The suffix at ``s`` closes a word that is no body's name: a common word (纽约|市中心, "city
    centre"), a place's name (莫斯|科) or a count (女排|第四局, the fourth set)."""
    if word.end == e and is_known_place(word.word):
        return True
    if word.end == e and word.start == s - 1 and text[word.start] in "市城镇" and word.pos not in NAME_POS:
        return word_frequency(word.word) >= RARE
    return word.pos == "m"


NATIONAL_STARTS = ("中国", "中华", "全国")


def _past_national_name(text: str, begin: int, s: int) -> int:
    """A place written before a national body's name locates it (北京|中国美术馆): the name starts
    after the place."""
    divisions, _ = division_names()
    for k in range(begin + 2, min(s - 1, begin + 8)):
        if text.startswith(NATIONAL_STARTS, k) and text[begin:k] in divisions and text[begin:k] not in NATIONAL_STARTS:
            return k
    return begin


def _widen(text: str, spans: list[Span]) -> list[Span]:
    """Let the statistical tagger's organisation start win when it ends where a rule name ends, and
    a tagged place that runs into the start of a rule name start it."""
    if ner_tags is None:
        return spans
    starts = {b: a for a, b, t in ner_tags(text) if t == "ORG"}
    places = [(a, b) for a, b, t in ner_tags(text) if t == "LOC"]
    for s in spans:
        a = starts.get(s.end)
        if a is not None and s.start - 10 <= a < s.start and plausible_name(text, a, s.end, "ORG"):
            s.start = a
        a = next((a for a, b in places if a < s.start < b < s.end), None)
        if a is not None and s.start - a <= 2:
            s.start = a  # 茈|碧湖镇人民政府: the tagged place 茈碧湖镇 starts the name
    return spans


def _merge_orgs(spans: list[Span]) -> list[Span]:
    """Organisation names that touch, nest or follow on (北京市委 + 组织部, 某集团 + 第一分公司) become one."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and (s.start <= out[-1].end or 0 <= s.reach <= out[-1].end):
            out[-1].end = max(out[-1].end, s.end)
        else:
            out.append(Span(s.start, s.end, s.type, s.source))
    return out


def _chains(text: str, spans: list[Span]) -> list[Span]:
    """Split coordinated organs (区委区政府, 市委市政府) into separate mentions."""
    out = []
    for s in spans:
        pieces = name_pieces(text, s.start, s.end)
        last = text[pieces[-1][0]:pieces[-1][1]]
        if len(pieces) > 1 and is_organ(last) and all(is_organ(text[a:b]) for a, b in pieces):
            out.extend(Span(a, b, s.type, s.source) for a, b in pieces)
        else:
            out.append(s)
    return out


ORGAN_RE = re.compile(rf"^(?:[{CJK}]{{0,6}}[{LEVELS}])?(?:委|政府|人民政府|人大常委会|人大|政协)$")


def is_organ(piece: str) -> bool:
    """A party or government organ named by its level or place: 区委, 市政府, 某县人大常委会.

    >>> is_organ("区委"), is_organ("市政府"), is_organ("组织部")
    (True, True, False)
    """
    return bool(ORGAN_RE.match(piece))


def name_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of an organisation name, each ending in an organisation suffix or a known name."""
    name = text[start:end]
    toks = tokenize(name)
    cuts = sorted({e for _, e in suffix_matches(name, "org_suffixes", word_boundaries(name, toks))}
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


# The legal form that ends a company's registered name (…装备有限公司, …股份有限公司).
COMPANY_TAIL_RE = re.compile(r"(?:控股|股份)?(?:有限责任公司|股份有限公司|有限公司)$")


def company_short_names(name: str) -> list[str]:
    """The short names news gives a company after its registered ``name``: the name without its
    legal form and leading place, cut after a word at four characters or more, when it opens with
    a coined word no dictionary knows (澜禾 in 宁波澜禾智能装备有限公司 → 澜禾智能). Names opening
    with common words (东方重型机械集团) give none: their short forms would be common phrases.

    >>> company_short_names("宁波澜禾智能装备有限公司"), company_short_names("天津东方重型机械集团有限公司")
    (['澜禾智能'], [])
    """
    core = COMPANY_TAIL_RE.sub("", name)
    if core == name:
        return []
    for a, b in division_spans(core):
        if a == 0 and b < len(core):
            core = core[b:]
            break
    toks = tokenize(core)
    if not toks or len(toks[0].word) < 2 or word_frequency(toks[0].word):
        return []
    return [core[:t.end] for t in toks if 4 <= t.end < len(core)]

