"""The statistical tagger's PER/LOC/ORG spans (jieba's name tags when kg.ner is absent), kept only
where they can be names: no generic references (各街镇), broken cuts, common words or counted nouns.
"""
from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.people import has_surname
from kg.spans import (CJK, LEVEL_CHARS, NAME_POS, Span, dictionary_pos, division_names, division_spans, is_proper_word,
                      ner_tags, tokenize, word_frequency)
from kg.suffixes import STOP_VERBS


PUNCT_RE = re.compile(r"[,，、。;；:：!！?？()（）\s]")
VERBISH_POS = {"v", "vn", "d", "p", "c", "r", "u", "uj", "ul", "y", "e"}
PARTICLE_POS = {"u", "uj", "ul"}  # 等, 的, 了: never inside a place or organisation name


def tagger_spans(text: str) -> list[Span]:
    """The statistical tagger's people, places and organisations of a sentence that can be names."""
    types = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
    if ner_tags is not None:
        spans = [(a, b, t) for a, b, t in ner_tags(text) if t in types]
    else:
        pos_types = {"nr": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}
        spans = [(t.start, t.end, pos_types[t.pos]) for t in tokenize(text) if t.pos in pos_types]
    out = []
    divisions, _ = division_names()
    for a, b, t in spans:
        last = next((k for k in reversed(tokenize(text)) if k.start < b), None)
        if t == "LOC" and last and last.end == b and b - last.start >= 2 and last.start - a >= 2 and all(
                c in LEVEL_CHARS for c in last.word):  # 河西地区街镇: a generic pair of level words
            b = last.start
        if not plausible_name(text, a, b, t):
            continue
        if t == "ORG" and text[a:b] in divisions:  # 香港特别行政区, 丰台答卷
            t = "LOC"  # but a club named after a foreign city (罗马, 汉堡) keeps the tagger's type
        parts = division_spans(text[a:b]) if t == "LOC" else []
        if len(parts) > 1 and parts[0][0] == 0 and parts[-1][1] == b - a and all(
                x[1] == y[0] for x, y in zip(parts, parts[1:])):  # 南京市鼓楼区: a chain of places
            out.extend(Span(a + x, a + y, "Place", "ner") for x, y in parts)
        else:
            out.append(Span(a, b, types[t], "ner"))
    return out


ABBREVIATION_POS = {"ns", "nz", "v", "f", "t"}  # words a one-character place may sit in: 中美, 对华, 访美, 中方


@cache
def province_abbreviations() -> frozenset[str]:
    """One-character abbreviations of provincial-level divisions (京, 沪, 港, 台), from the lexicon."""
    return frozenset(line.split("\t", 1)[0] for line in lexicon.load("place_abbreviations") if "\t" in line)


def plausible_name(text: str, a: int, b: int, label: str) -> bool:
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
        tok = next(t for t in tokenize(text) if t.start <= a < t.end)
        return label == "LOC" and (tok.end - tok.start == 1 or tok.pos in ABBREVIATION_POS or all(
            (i, i + 1, "LOC") in ner_tags(text) for i in range(tok.start, tok.end))  # 黄淮, 日俄
            or tok.start == a and name in province_abbreviations())  # 港人, 台商, 川妹子 (not 舞台, 电台)
    if label == "PER":
        people = [(x, y) for x, y, t in ner_tags(text) if t == "PER"] if ner_tags else []
        listed = any(y == a - 1 and text[y] == "、" or x == b + 1 and text[b] == "、"
                     for x, y in people)  # 彭某某、程志、王某某
        return b - a > 2 or (word_frequency(name) < 200 or dictionary_pos(name) in NAME_POS or listed) and not (
            _listed_with_common_words(text, a, b))
    if label == "ORG" and (GENERIC_SITE_RE.match(name)
                           or name in BARE_ORGANS and text[b:b + 2] in ("委员", "常委")):
        return False  # 在集团总部举行: the holder's premises; 6位政协委员: part of a title
    if label == "ORG" and COUNT_AFTER_RE.match(text, b) and any(
            y == len(name) and y - x >= 2 for x, y in lexicon.matcher("org_suffixes").find(name)):
        return False  # 建成劳模创新工作室3200余家: a counted kind
    if after_count(text, a) or label == "LOC" and (text[b:b + 1] == "式" or text[b:b + 2] == "以来"):
        return False  # 中国式现代化 (an adjective), 开园以来 (a happening, not a place)
    toks = [t for t in tokenize(text) if a <= t.start and t.end <= b] or tokenize(name)
    if label == "ORG" and len(toks) == 1 and len(name) == 4 and toks[0].pos == "n" and dictionary_pos(
            name[:2]) in ("v", "vn") and dictionary_pos(name[2:]) and name[2:] not in lexicon.load("org_suffixes"):
        return False  # 研究部署: verb + common word, not a named body (but 研究中心)
    if label == "LOC" and len(toks) == 1 and toks[0].pos == "nr" and word_frequency(name) >= 1000 and (
            name not in division_names()[0]):
        return False  # 雷达: a common word the dictionary mislabels as a name
    chained = label == "LOC" and name[-1] in "村镇乡" and a > 0 and text[a - 1] in "镇乡县区市"  # 某某镇|将台村
    if label == "LOC" and "及" in name[1:-1]:
        return False  # 院舍及长者社区: coordinated kinds, not one place
    return ((toks[0].pos not in VERBISH_POS or is_proper_word(toks[0]) or not word_frequency(toks[0].word)
             or chained)  # 俭汤乡
            and not any(t.pos in PARTICLE_POS or label == "LOC" and not chained and (
                t.word in STOP_VERBS or t.pos == "v" and word_frequency(t.word) >= 1000)
                        for t in toks))  # 鼓楼区启动老旧小区: a place does not contain a common verb


BARE_ORGANS = frozenset({"政府", "人民政府", "政协", "人大", "党委", "党组"})  # generic without a level or place
COUNT_AFTER_RE = re.compile(r"[\d０-９]+(?:余|多)?[家个所座]")
GENERIC_SITE_RE = re.compile(r"^(?:集团|公司|总公司|企业|单位|机关)(?:总部|本部|机关)$")
COUNTED_RE = re.compile(r"(?<![第\d０-９])(?:[\d０-９]+|[两三四五六七八九十百千万几]+)[个座所处条项]$")


def _listed_with_common_words(text: str, a: int, b: int) -> bool:
    """A two-character name without a surname between list commas next to common words (养老、托育、教育)."""
    if has_surname(text[a:b]):
        return False
    left = re.search(f"([{CJK}]{{2,4}})、$", text[:a])
    right = re.match(f"、([{CJK}]{{2,4}})", text[b:])
    items = [m.group(1) for m in (left, right) if m]
    return any(word_frequency(w) >= 1000 and dictionary_pos(w) not in NAME_POS for w in items)


def counted_nouns(norm: str) -> frozenset[str]:
    """Every 2–8 character string the document writes right after a count (60个中医阁): kinds, not names."""
    return frozenset(norm[m.end():m.end() + k] for m in re.finditer(COUNTED_RE.pattern[:-1], norm)
                     for k in range(2, 9))


def after_count(text: str, a: int) -> bool:
    """A span right after a number and a measure word is a counted common noun (建成60个中医阁)."""
    return bool(COUNTED_RE.search(text[max(0, a - 8):a]))
