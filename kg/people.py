"""People: title + name (区委书记王某某), name lists after a role (张三、李四), bylines and
parenthesised credits ((记者 甲某 乙某)).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.spans import CJK, NAME_POS, RARE, Span, Token, dictionary_pos, ner_tags, tokenize, word_frequency
from kg.suffixes import title_lexicon, title_matcher


DOTS = "·•‧・"  # the middle dot of transliterated and minority names (阿依古丽·买买提), in its common code points
DOTTED = rf"[{CJK}]{{2,8}}(?:[{DOTS}][{CJK}]{{1,8}})+"
BYLINE_RE = re.compile(rf"(记者|实习记者|特约记者|通讯员|摄影|摄|图|文|编辑|责任编辑|作者)[:：/\s]\s*"
                       rf"((?:(?:{DOTTED}|[{CJK}]{{2,4}})(?![{CJK}])[\s、]*)+)")  # a name ends at a space: not 全媒体记|者
PAREN_RE = re.compile(r"[(（]([^()（）\n]{2,40})[)）]")


def has_surname(name: str) -> bool:
    """``name`` starts with a one- or two-character surname of the surnames lexicon.

    >>> has_surname("欧阳明"), has_surname("养老")
    (True, False)
    """
    return name[:2] in lexicon.load("surnames") or name[:1] in lexicon.load("surnames")


@lru_cache(maxsize=256)
def _title_ends(text: str) -> frozenset[int]:
    """Offsets right after a title word (书记, 局长) or an occupation ending in a title head (…工)."""
    words, heads = title_lexicon()
    ends = {end for _, end in title_matcher().find(text)}
    for i, ch in enumerate(text):
        if ch in heads and i > 0 and re.match(f"[{CJK}]", text[i - 1]) and not _verb_ending_in_head(text, i):
            ends.add(i + 1)
    return frozenset(ends)


def _verb_ending_in_head(text: str, i: int) -> bool:
    """The title head at ``i`` closes a verb of the dictionary, no occupation: 分工, 加工, 施工, 开工
    (the listed occupations, 焊工 among them, are found by the title matcher)."""
    return any(dictionary_pos(text[k:i + 1]) in ("v", "vn") for k in (i - 1, i - 2) if k >= 0)


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


def _reads_as_name(toks: list[Token], i: int, j: int) -> bool:
    """No word runs across the edges of ``[i, j)`` or is a common non-name word inside it.

    Rejects 工程这样 (工程 runs across the title head 工), 主任商量过 (商量 is a verb), 党员都要以
    (a one-character function word after the surname), 司长应做 (one-character verbs only).
    """
    inner = [t for t in toks if t.start < j and i < t.end]
    return bool(inner) and inner[0].start == i and inner[-1].end == j and not all(
        len(t.word) == 1 and t.pos == "v" for t in inner) and not any(
        len(t.word) >= 2 and word_frequency(t.word) >= RARE and t.pos not in NAME_POS for t in inner) and not any(
        len(t.word) == 1 and t.pos in FUNCTION_POS for t in inner[1:])


# Verbs a person named after a title does next (旗长某某主持开幕式): they close a name without a surname.
ACT_VERBS = ("主持", "表示", "介绍", "指出", "强调", "宣布", "致辞", "讲话", "出席", "说", "称", "回应")


def _unmarked_name_at(text: str, toks: list[Token], i: int) -> int | None:
    """End of a name without a Han surname (Mongolian, Tibetan, Uyghur given names) written
    right after a title and right before an act verb: 旗长|巴图朝鲁|主持, 乡长|扎西|介绍.

    >>> t = "旗长宝力道主持会议"
    >>> _unmarked_name_at(t, tokenize(t), 2)
    5
    """
    for k in (3, 4, 2):
        j = i + k
        if re.fullmatch(f"[{CJK}]{{{k}}}", text[i:j]) and text.startswith(ACT_VERBS, j) and _reads_as_name(toks, i, j) \
                and not text[i:j].startswith(ACT_VERBS) and text[i] not in NOT_NAME_TAIL:
            return j
    return None


FUNCTION_POS = {"d", "p", "c", "u", "uj", "ul", "uz", "ug", "y", "r", "f"}


def person_spans(text: str, toks: list[Token]) -> list[Span]:
    """People of a sentence: names after a title word and in lists after it, bylines and parenthesised credits."""
    out = []
    ner_ends = {a: b for a, b, t in (ner_tags(text) if ner_tags else []) if t == "PER"}
    for i in sorted(_title_ends(text)):
        if i >= len(text):
            continue
        j = ner_ends.get(i) or _name_at(text, i) or _unmarked_name_at(text, toks, i)
        while j:  # 区领导张三、李四、王五
            agreed = ner_ends.get(i) == j
            if not agreed and text[i] in "和与及同向对于为以由在":  # 主席和叶利钦: a conjunction, not 和
                break
            delimited = j == len(text) or not re.match(f"[{CJK}]", text[j])  # 黄海、林晓燕
            plain = agreed or _reads_as_name(toks, i, j)
            if plain and (agreed or delimited or word_frequency(text[i:i + 2]) < 100
                          or text[i:i + 2] in lexicon.load("surnames")):
                listed = text[j:j + 1] == "、" and j + 1 in ner_ends  # 县领导黄海、林晓燕: a list of people
                out.append(Span(i, j, "Person", "title" if agreed or listed else "guess"))
            if j < len(text) and text[j] == "、":
                i = j + 1
                j = ner_ends.get(i) or (_name_at(text, i) if i < len(text) else None)
            else:
                break
    for m in BYLINE_RE.finditer(text):
        for n in re.finditer(f"{DOTTED}|[{CJK}]{{2,4}}", m.group(2)):
            if has_surname(n.group()) or re.search(f"[{DOTS}]", n.group()):
                out.append(Span(m.start(2) + n.start(), m.start(2) + n.end(), "Person", "byline"))
    for m in PAREN_RE.finditer(text):  # (某某区委研究室 赵某) (记者 甲某 乙某)
        parts = m.group(1).split()
        if len(parts) >= 2:
            pos = m.start(1)
            for p in parts:
                k = text.index(p, pos)
                pos = k + len(p)
                if 2 <= len(p) <= 3 and has_surname(p) and re.fullmatch(f"[{CJK}]+", p):
                    out.append(Span(k, k + len(p), "Person", "byline"))
    starts = {t.start for t in toks}
    for m in SURNAME_ONLY_RE.finditer(text):  # 宋某与韩某, 王某某称: the surname stands for the person
        if m.start() in starts and m.group(1) in lexicon.load("surnames"):
            out.append(Span(m.start(), m.start() + 1, "Person", "rule"))
    return out + dotted_names(text, toks)


# A surname and 某 (某某) standing for a person whose name is withheld, as court and police news write
# (宋某与韩某, 王某某称), before a word that follows a person; not 某 of 某公司, 某地.
SURNAME_ONLY_RE = re.compile(rf"([{CJK}])某某?(?=[与和及的在因被将于向等称说系是曾已、，。；：！？）)\s]|$)")


def dotted_names(text: str, toks: list[Token]) -> list[Span]:
    """Whole names written with a middle dot (阿不都热合曼·吐尔逊, 安东尼·布林肯) where the tagger finds a
    person in them, often cut at the dot or in the middle of a piece.

    A piece the tagger leaves out is taken over its words up to a common word or an act verb.

    >>> t = "合作社理事长努尔买买提·艾则孜介绍说"
    >>> [t[s.start:s.end] for s in dotted_names(t, tokenize(t))]
    ['努尔买买提·艾则孜']
    """
    out = []
    tags = ner_tags(text) if ner_tags else []
    people = [(a, b) for a, b, t in tags if t == "PER"]
    bodies = [(a, b) for a, b, t in tags if t in ("ORG", "LOC")]  # 乔治·梅森大学: a dotted name inside a body's
    named = [(i, i) for i in _title_ends(text) if re.match(f"[{CJK}]{{2,{PIECE}}}[{DOTS}]", text[i:])
             and not any(a <= i < b for a, b in people)]  # 镇长|阿不都热依木·吐尔地, untagged
    for a, b in people + named:
        if a == b:  # after a title: the first dot of the name
            b = next(i for i in range(a, len(text)) if text[i] in DOTS)
            if _piece_edge(text, toks, b, -1) != a:
                continue  # 代表|聚集在乔治·梅森: words that are not a name piece between the title and the dot
        dots = [i for i in range(max(a - 1, 0), min(b + 1, len(text))) if text[i] in DOTS]
        if not dots:
            continue
        first, last = dots[0], dots[-1] + 1
        start, end = a, max(b, last)
        if first - start < 2:  # 曼·吐尔逊: the tagger cut the piece before the dot
            start = _piece_edge(text, toks, first, -1)
        if end - last < 2:
            end = _piece_edge(text, toks, last, 1)
        if start < first - PIECE or end > last + PIECE or any(x <= first and last <= y for x, y in bodies):
            continue  # 《…音配像精粹·张君秋专辑》: a title's words run on before the dot, no name piece
        if start < first and end > last:
            out.append(Span(start, end, "Person", "dotted"))
    return out


PIECE = 6  # longest piece of a dotted name taken beyond the tagger's span


def _piece_edge(text: str, toks: list[Token], at: int, step: int) -> int:
    """Where the name piece beside a dot ends (``step`` 1: the piece starts at ``at``) or starts (-1: it ends at ``at``)."""
    words = [t for t in toks if t.start >= at] if step > 0 else [t for t in reversed(toks) if t.end <= at]
    edge = at
    for t in words:
        common = len(t.word) >= 2 and word_frequency(t.word) >= RARE and t.pos not in NAME_POS
        if not re.fullmatch(f"[{CJK}]+", t.word) or common or t.word.startswith(ACT_VERBS) or (
                len(t.word) == 1 and t.pos in FUNCTION_POS) or (step < 0 and t.end in _title_ends(text)):
            break
        edge = t.end if step > 0 else t.start
    return edge
