"""The statistical tagger's PER/LOC/ORG spans (jieba's name tags when kg.ner is absent), kept only
where they can be names: no generic references (各街镇), broken cuts, common words or counted nouns.
"""
from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.people import has_surname
from kg.places import full_form, standalone_short_forms
from kg.spans import (CJK, GLUED_PREPOSITIONS, LEVEL_CHARS, NAME_POS, Span, dictionary_pos, division_names, division_spans, is_known_place,
                      is_proper_word, ner_tags, tokenize, word_frequency)
from kg.suffixes import CLAUSE_OPENERS, STOP_VERBS, title_lexicon, verb_before_place_word


PUNCT_RE = re.compile(r"[,，、。;；:：!！?？()（）\s]")
VERBISH_POS = {"v", "vn", "d", "p", "c", "r", "u", "uj", "ul", "y", "e"}
# One-character verbs, prepositions and conjunctions that open a clause before a name (使, 到, 在), never a
# name's start.
FUNCTION_VERBS = CLAUSE_OPENERS | set("让叫到去来进出回为有和与及")
PARTICLE_POS = {"u", "uj", "ul"}  # 等, 的, 了: never inside a place or organisation name


def tagger_spans(text: str) -> list[Span]:
    """The statistical tagger's people, places and organisations of a sentence that can be names."""
    types = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
    if ner_tags is not None:
        spans = [(a, b, t) for a, b, t in ner_tags(text) if t in types]
    else:
        pos_types = {"nr": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}
        spans = [(t.start, t.end, pos_types[t.pos]) for t in tokenize(text) if t.pos in pos_types]
    spans = _villages_from_township(text, spans)
    out = []
    divisions, _ = division_names()
    for a, b, t in spans:
        if b - a == 1 and text[b:b + 1] == "某" and text[a] in lexicon.load("surnames"):
            t = "PER"  # 韩某, 宋某: a surname standing for a person, whatever else the character names
        last = next((k for k in reversed(tokenize(text)) if k.start < b), None)
        if t == "LOC" and last and last.end == b and b - last.start >= 2 and last.start - a >= 2 and all(
                c in LEVEL_CHARS for c in last.word):  # 河西地区街镇: a generic pair of level words
            b = last.start
        if t == "ORG" and text.endswith(HEADQUARTERS, a, b) and _company_before_headquarters(text, a, b - 2):
            b -= 2  # 某某科技总部 is the company itself
        if t == "ORG":
            b = _before_act(text, a, b)  # 市妇联|召开第十三次妇女代表大会: the body, not its act
            if b == a:
                continue
        if not plausible_name(text, a, b, t):
            continue
        if t == "ORG" and text[a:b] in divisions:  # 香港特别行政区, 丰台答卷
            t = "LOC"  # but a club named after a foreign city (罗马, 汉堡) keeps the tagger's type
        if t == "PER" and (full_form(text[a:b]) and text[a:b] in divisions or text[a:b] in standalone_short_forms()):
            t = "LOC"  # 某某旗旗长, 呼伦贝尔绿色…博览会: a division the tagger took for a name
        if t == "LOC" and _preposition_glued(text, a, b):
            a += 1  # 经|某某口岸入境: the tagger took the preposition into the place
        if t in ("LOC", "ORG"):
            out.extend(Span(x, y, types["LOC"] if (x, y) != (a, b) else types[t], "ner")
                       for x, y in place_pieces(text, a, b))
        else:
            out.append(Span(a, b, types[t], "ner"))
    return out


def _is_title_word(name: str) -> bool:
    """A title word of the lexicon (局长) or a word ending in a title head (炉前工, 焊工)."""
    words, heads = title_lexicon()
    return name in words or name.endswith(heads)


# Verbs of what a body does, never inside its name: 某协会召开…大会, 某局举办….
BODY_ACTS = frozenset("召开 举行 举办 出席 参加 主持 会见 会谈 宣布 签署 表示 指出 强调 荣获 获得 当选 担任".split())


def _before_act(text: str, a: int, b: int) -> int:
    """End of a tagged organisation cut before a word of ``BODY_ACTS`` inside it (``a`` if it opens with one).

    >>> t = "市妇联召开第十三次妇女代表大会"
    >>> t[:_before_act(t, 0, len(t))]
    '市妇联'
    """
    return next((k.start for k in tokenize(text) if a <= k.start and k.end <= b and k.word in BODY_ACTS), b)


def _villages_from_township(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A tagged village that starts a character or two after a tagged township starts right after it:
    the tagger cut 柳林镇|要|庄村 where the village is 要庄村.

    >>> t = "走进柳林镇要庄村"
    >>> [t[a:b] for a, b, _ in _villages_from_township(t, [(2, 5, "LOC"), (6, 8, "LOC")])]
    ['柳林镇', '要庄村']
    """
    ends = {b for a, b, t in spans if t == "LOC" and text[b - 1] in "镇乡"}
    out = []
    for a, b, t in spans:
        gap = next((a - e for e in ends if 0 < a - e <= 2), 0)
        if t == "LOC" and text[b - 1] == "村" and gap and re.fullmatch(f"[{CJK}]+", text[a - gap:a]) \
                and not any(c in "的和与及在是到从向对等" for c in text[a - gap:a]):  # not 某镇|的|某村
            a -= gap
        out.append((a, b, t))
    return out


def _preposition_glued(text: str, a: int, b: int) -> bool:
    """A tagged place opening with a preposition followed by a division or a provincial abbreviation.

    >>> _preposition_glued("经港珠澳大桥入境", 0, 6), _preposition_glued("在经开区", 1, 4)
    (True, False)
    """
    name = text[a:b]
    if b - a < 4 or name[0] not in GLUED_PREPOSITIONS or any(x == 0 for x, _ in division_spans(name)):
        return False
    return bool(any(x == 1 for x, _ in division_spans(name))) or name[1] in province_abbreviations()


def place_pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A tagged place written as a chain or a route, cut into its places.

    A chain of divisions (南京市鼓楼区), divisions before a named area, township or venue
    (某区|某某湾片区, 某旗|某某苏木) and the two ends of a route (某某码头|至|某某广场) are places
    of their own; anything else is one piece.

    >>> t = "沿鼓楼区滨江公园至长江大桥码头一线"
    >>> [t[x:y] for x, y in place_pieces(t, 1, 15)]
    ['鼓楼区', '滨江公园', '长江大桥码头']
    """
    name = text[a:b]
    route = re.search(r"[至到]", name[2:-2])
    if route:
        k = a + 2 + route.start()
        left, right = place_pieces(text, a, k), place_pieces(text, k + 1, b)
        if _place_like(text[a:k]) and _place_like(text[k + 1:b]):
            return left + right
    parts = division_spans(name)
    chain: list[tuple[int, int]] = []
    for x, y in parts:
        if x != (chain[-1][1] if chain else 0) or not full_form(name[x:y]):
            break
        chain.append((x, y))
    if chain and chain[-1][1] == len(name) and len(chain) > 1:
        return [(a + x, a + y) for x, y in chain]  # 南京市鼓楼区
    if chain and chain[-1][1] < len(name) and _place_like(name[chain[-1][1]:], named=True):
        return [(a + x, a + y) for x, y in chain] + [(a + chain[-1][1], b)]
    return [(a, b)]


def _place_like(name: str, named: bool = False) -> bool:
    """A name ending in a place word or a division level (…码头, …片区, …镇, …苏木) after a head of
    its own; with ``named`` the head must not be a common word (体育中心, 人民公园 stay with their district).

    >>> _place_like("东湖湾片区", named=True), _place_like("人民公园", named=True), _place_like("各位")
    (True, False, False)
    """
    ends = [x for x, y in lexicon.matcher("place_suffixes").find(name) if y == len(name)]
    if not ends and name[-1:] in "镇乡":
        ends = [len(name) - 1]
    if not ends or min(ends) < 2:
        return name in division_names()[0]
    head = name[:min(ends)]
    if not named:
        return True
    return not (word_frequency(head) >= 1000 and dictionary_pos(head) not in NAME_POS)


ABBREVIATION_POS = {"ns", "nz", "v", "f", "t"}  # words a one-character place may sit in: 中美, 对华, 访美, 中方


@cache
def province_abbreviations() -> frozenset[str]:
    """One-character abbreviations of provincial-level divisions (京, 沪, 港, 台), from the lexicon."""
    return frozenset(lexicon.pairs("place_abbreviations"))


ABBREVIATION_AFTER = set("外方人侨籍资商军企裔")  # 中外, 日方, 华人, 华侨, 外籍, 华裔: the country in a compound
ABBREVIATION_AFTER_WORDS = ("政府", "总统", "总理", "首相", "外长", "两国", "关系", "自治")  # 俄政府, 巴自治政府
ABBREVIATION_BEFORE = set("访来在赴驻抵离返旅留对")  # 访华, 来华, 在京, 驻港, 对华政策


def _country_abbreviation(text: str, a: int) -> bool:
    """A one-character abbreviation of a country or province with a companion that makes it one: 中外合资,
    日方, 华人, 在京举行 (not 中药, 中医).

    >>> _country_abbreviation("一家中外合资企业", 2), _country_abbreviation("大量中药出口", 2)
    (True, False)
    """
    countries = lexicon.pairs("country_abbreviations")
    return (text[a] in countries or text[a] in province_abbreviations()) and (
        text[a + 1:a + 2] in ABBREVIATION_AFTER or text.startswith(ABBREVIATION_AFTER_WORDS, a + 1)
        or a > 0 and text[a - 1] in ABBREVIATION_BEFORE and not word_frequency(text[a:a + 2])  # not 在|京剧
        or _abbreviation_pair(text, a, countries))


def _abbreviation_pair(text: str, a: int, countries) -> bool:
    """Two countries' abbreviations the tagger marks side by side: 中美关系, 美中, 英美两国."""
    tags = ner_tags(text) if ner_tags else ()
    return any(0 <= k < len(text) and text[k] in countries and text[k] != text[a] and (k, k + 1, "LOC") in tags
               for k in (a - 1, a + 1))


def plausible_name(text: str, a: int, b: int, label: str) -> bool:
    """Keep tagger spans that can be names; drop generic references and broken cuts.

    Dropped: 各街镇, 该公司 (determiner first), spans across punctuation, a common word that is
    not a name (干部, 强化), a place or organisation starting with a verb (研究…中心), and a
    one-character span unless it is a place abbreviation standing alone or in a word like 中美,
    访华 (not 中 in 中医).
    """
    name = text[a:b]
    if label == "ORG":
        name = PLACE_IN_NAME_RE.sub(bracketed_place, name)  # 远帆科技（天津）有限公司: a registered name
    if name[0] in "各该此这每诸" or PUNCT_RE.search(name) or name.count("“") != name.count("”"):
        return False  # 深化“蓉易办: the cut runs across a quotation mark
    if b - a == 1:
        if label == "PER":  # 梁某, 老刘, 陈老师: a surname standing for the person
            return name in lexicon.load("surnames")
        tok = next(t for t in tokenize(text) if t.start <= a < t.end)
        return label == "LOC" and (tok.end - tok.start == 1 or tok.pos in ABBREVIATION_POS or all(
            (i, i + 1, "LOC") in ner_tags(text) for i in range(tok.start, tok.end))  # 黄淮, 日俄
            or tok.start == a and name in province_abbreviations()  # 港人, 台商, 川妹子 (not 舞台, 电台)
            or _country_abbreviation(text, a))
    if label in ("LOC", "ORG") and COUNT_START_RE.match(name):
        return False  # 8家滑雪场, 3所高校: a counted kind
    if a and text[a - 1].isdigit() and name[0] in "楼层号栋幢座室":
        return False  # 9|楼会议厅: the cut starts inside a floor or room number
    if label == "PER" and text.startswith(COMPANY_WORDS, b):
        return False  # 某信科技董事长: the short name of a company, not a person
    if label == "PER":
        people = [(x, y) for x, y, t in ner_tags(text) if t == "PER"] if ner_tags else []
        if any(x == b for x, _ in people) and not has_surname(name) and _is_title_word(name):
            return False  # 炉前工|王某某: the title before a name, not a second person
        listed = any(y == a - 1 and text[y] == "、" or x == b + 1 and text[b] == "、"
                     for x, y in people)  # 彭某某、程志、王某某
        return b - a > 2 or (word_frequency(name) < 200 or dictionary_pos(name) in NAME_POS or listed) and not (
            _listed_with_common_words(text, a, b))
    if label in ("ORG", "LOC") and any(y == len(name) for _, y in lexicon.matcher("honours").find(name)):
        return False  # 某省大工匠, 全国劳动模范: an honour title, not a body
    if label == "ORG" and verb_before_place_word(text, tokenize(text), a, b - 1):
        return False  # 钢花飞溅处: "where sparks fly", not an office
    if label == "ORG" and (GENERIC_SITE_RE.match(name)
                           or name in BARE_ORGANS and text[b:b + 2] in ("委员", "常委")):
        return False  # 在集团总部举行: the holder's premises; 6位政协委员: part of a title
    if label == "ORG" and COUNT_AFTER_RE.match(text, b) and any(
            y == len(name) and y - x >= 2 for x, y in lexicon.matcher("org_suffixes").find(name)):
        return False  # 建成劳模创新工作室3200余家: a counted kind
    if after_count(text, a) and not (label == "LOC" and text.startswith(PLACE_MODIFIES, b)) or label == "LOC" and (text[b:b + 1] == "式" or text[b:b + 2] == "以来"):
        return False  # 中国式现代化 (an adjective), 开园以来 (a happening, not a place)
    toks = [t for t in tokenize(text) if a <= t.start and t.end <= b] or tokenize(name)
    if label == "ORG" and len(toks) == 1 and len(name) == 4 and toks[0].pos == "n" and dictionary_pos(
            name[:2]) in ("v", "vn") and dictionary_pos(name[2:]) and name[2:] not in lexicon.load("org_suffixes"):
        return False  # 研究部署: verb + common word, not a named body (but 研究中心)
    if label == "LOC" and len(toks) == 1 and toks[0].pos == "nr" and word_frequency(name) >= 1000 and (
            not is_known_place(name)):
        return False  # 雷达: a common word the dictionary mislabels as a name (not 莫斯科, 柏林)
    chained = label == "LOC" and name[-1] in "村镇乡" and a > 0 and text[a - 1] in "镇乡县区市"  # 某某镇|将台村
    if label == "LOC" and "及" in name[1:-1]:
        return False  # 院舍及长者社区: coordinated kinds, not one place
    return ((toks[0].pos not in VERBISH_POS or is_proper_word(toks[0]) or not word_frequency(toks[0].word)
             or chained  # 俭汤乡
             or len(toks) > 1 and toks[0].pos == "v" and len(toks[0].word) == 1 and toks[0].word not in FUNCTION_VERBS)
            # 符|山镇: a name's first character that jieba reads as a verb (but not 使|村…, 到|江山)
            and not any(t.pos in PARTICLE_POS or label == "LOC" and not chained and (
                t.word in STOP_VERBS or t.pos == "v" and word_frequency(t.word) >= 1000)
                        for t in toks))  # 鼓楼区启动老旧小区: a place does not contain a common verb


# A place in brackets inside a company or zone name: 某某科技（天津）有限公司, 中国（上海）自由贸易试验区.
PLACE_IN_NAME_RE = re.compile(rf"(?<=[{CJK}])[(（]([{CJK}]{{2,8}})[)）](?=[{CJK}])")


def bracketed_place(m: re.Match) -> str:
    """The bracketed part without its brackets when it is a place (see ``is_bracketed_place``), else unchanged."""
    return m.group(1) if is_bracketed_place(m.group(1)) else m.group(0)


def is_bracketed_place(name: str) -> bool:
    """A place that a registered name may carry in brackets: a division or 中国.

    >>> is_bracketed_place("天津"), is_bracketed_place("集团")
    (True, False)
    """
    return name in division_names()[0] or name == "中国"


HEADQUARTERS = ("总部", "本部")


def _company_before_headquarters(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, before 总部, names a body of its own: not 集团 (集团总部 is a site), not a place
    or a body led by one (某某上海总部, 纽约联合国总部 are branches or sites), not a count (四总部).

    >>> _company_before_headquarters("星河动力科技总部", 0, 6), _company_before_headquarters("纽约联合国总部", 0, 5)
    (True, False)
    """
    name = text[a:b]
    tagged = [(x, y) for x, y, t in (ner_tags(text) if ner_tags else ()) if t == "LOC"]
    return (len(name) >= 2 and not GENERIC_SITE_RE.match(name + "总部") and not re.search(r"[\d一二三四五六七八九十]$", name)
            and not any(x == 0 or y == len(name) for x, y in division_spans(name))
            and not any(x == a and y <= b for x, y in tagged) and word_frequency(name) < 1000
            and not (len(words := tokenize(name)) > 1 and words[0].pos == "ns"))
COUNT_START_RE = re.compile(r"^[\d０-９]+[余多]?[家个座所处条]")  # not 三家巷, a lane
COMPANY_WORDS = ("科技", "集团", "公司", "股份", "控股", "实业", "银行", "证券", "传媒")
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


PLACE_MODIFIES = ("国家", "城市", "地区", "省份", "各国")  # 19个|非洲|国家: the place names the counted kind's home


def after_count(text: str, a: int) -> bool:
    """A span right after a number and a measure word is a counted common noun (建成60个中医阁, 44个名老中医工作室)."""
    return bool(COUNTED_RE.search(text[max(0, a - 8):a])) or (
        a > 0 and text[a - 1] in "名大小新老" and bool(COUNTED_RE.search(text[max(0, a - 9):a - 1])))
