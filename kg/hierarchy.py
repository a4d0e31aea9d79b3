"""subOrganizationOf and locatedIn: organisations named inside longer names, places written as chains.

A sub-unit written with its parent (北京市委组织部, 某集团有限公司车轴工厂) is subOrganizationOf the
parent, recursively (中山大学附属第三医院重症医学科 → 中山大学附属第三医院 → 中山大学). A place chain
(四川省成都市武侯区, 余杭区瓶窑镇, 江苏南京) gives locatedIn from each inner place to the outer one, and
so do ``丰台区的北京南站``, ``城六区中,仅我区`` and ``X位于Y``. Chains of short forms are accepted
only when the division-parents lexicon confirms them.

>>> division_chain("杭州市余杭区仁和街道")
['杭州市', '余杭区', '仁和街道']
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from kg.cues import Builder, Sent, in_name
from kg.lexicon import load

_PARENT_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "集团", "总公司", "大学", "银行",
                    "研究院", "医院", "市委", "区委", "县委", "省委", "州委", "市政府", "区政府",
                    "县政府", "省政府", "总工会", "立法会", "海关", "政协", "人大常委会")
_ORGANS = ("委", "政府", "总工会")
_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "共青团")
_LEGAL_TAIL = re.compile(r"^(?:控股|股份|有限|责任|集团|总)*(?:有限责任公司|股份有限公司|有限公司|公司)$")
UNIT_TAIL = re.compile(r"(?:公司|工厂|厂|所|院|部|局|处|科|室|中心|站|队|分行|支行|工委|党委|党组|"
                       r"委员会|常委会|工会|委|学院|附属医院|中学|小学|学校|馆|办公室|办)$")
# 人大常委会 is one organ, not a committee of a separately named 人大.
_SAME_ORGAN = re.compile(r"^(?:常委会|常务委员会)$")
_ADMIN_TAIL = re.compile(r"(?:省|市|区|县|旗|州|盟|镇|乡|街道|自治区)$")
# Levels whose name written right before a road, venue or landmark locates it (集美区杏林湾路).
_LOCAL_LEVEL = re.compile(r"(?:区|县|旗|镇|乡|街道|苏木)$")
_COUNTY_TAIL = re.compile(r"(?:市|区|县|旗)$")
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,6}(?:街道|镇|乡)$")
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,5}(?:村|社区)")
# The level words a division's full name ends in (丰台区, 延边朝鲜族自治州, 浦东新区).
DIVISION_SUFFIXES = ("自治区", "自治州", "自治县", "新区", "省", "市", "区", "县", "旗", "州", "盟")
_LOCATED = re.compile(r"位于|地处|坐落于|坐落在")


# A parent named in the sentence: X是Y的全资子公司, X隶属于Y, Y旗下(的)X, (其)全资子公司X.
_IS_CHILD = re.compile(r"(?:是|为|系)")
_CHILD_NOUN = re.compile(r"(?:旗下)?的?(?:全资|控股|直属|下属)?(?:子公司|分公司|下属企业|下属单位|直属单位|成员企业)")
_BELONGS = re.compile(r"(?:隶属于|隶属|直属于)")
_CHILD_LEAD = re.compile(r"(?:旗下|下属)(?:的)?(?:全资|控股)?(?:子公司|企业|公司)?|(?:其)?(?:全资|控股)子公司")
# How big a body founded is: 60人的, 一支, 一支30人的.
_SIZE = re.compile(r"(?:[0-9一二三四五六七八九十百两]+[支个家])?(?:[0-9一二三四五六七八九十百两]+[人名]的)?")
_FOUND = re.compile(r"(?:成立|设立|组建|创办|创建|牵头成立)了?[“「]?")


def extract_hierarchy(b: Builder, sent: Sent) -> None:
    """Add subOrganizationOf and locatedIn relations read in ``sent`` (and memberOf of founders)."""
    _nested_orgs(b, sent)
    _founded(b, sent)
    _subsidiaries(b, sent)
    _place_chains(b, sent)


# ---------------------------------------------------------------- subOrganizationOf

def _parents(name: str) -> list[tuple[int, int]]:
    """Spans (relative) of the parent bodies a sub-unit's name starts with.

    >>> [ "北京市委组织部"[a:z] for a, z in _parents("北京市委组织部")]
    ['北京市委']
    >>> _parents("北京首钢集团有限公司")
    []
    >>> ["丰台区委区政府研究室"[a:z] for a, z in _parents("丰台区委区政府研究室")]
    ['丰台区委', '区政府']
    """
    spans, pos = [], 0
    for party in _PARTIES:
        if name.startswith(party) and UNIT_TAIL.search(name):
            spans.append((0, len(party)))
            return spans if len(name) > len(party) + 1 else []
    while True:
        ends = [pos + name[pos:].find(s) + len(s) for s in _PARENT_SUFFIXES if s in name[pos:]]
        ends = [e for e in ends if e < len(name) and not _LEGAL_TAIL.match(name[e:])
                and not name[e:].startswith(("有限", "股份", "控股", "集团"))]
        if not ends:
            break
        organs = [e for e in ends if name[:e].endswith(_ORGANS)]
        e = min(organs) if organs else max(ends)  # 丰台区委|区政府|研究室, but 某集团有限公司|车轴工厂
        if e - pos < 2:
            break
        spans.append((pos, e))
        pos = e
    if spans and (len(name) - pos < 2 or not UNIT_TAIL.search(name[pos:])):
        return []
    return spans


def direct_parents(b: Builder, org) -> list:
    """The parent bodies written at the start of ``org``'s name: mentions already there, else new ones."""
    inner = [m for m in b.starting_in(org.start, org.end) if m.type == "Organization" and m is not org
             and m.end < org.end]
    inner = [m for m in inner if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         and o.end - o.start > m.end - m.start for o in inner)]
    # a parent opens the name or follows another parent (恒川智能 inside 杭州恒川智能装备有限公司 is no parent)
    starts = {org.start} | {m.end for m in inner}
    inner = [m for m in inner if m.start in starts
             and not _SAME_ORGAN.match(b.doc.norm[m.end:org.end])]
    for a, z in _parents(b.doc.norm[org.start:org.end]):
        a, z = org.start + a, org.start + z
        if not any(m.start <= a and z <= m.end for m in inner):
            # a mention inside the new parent (中山大学 in 中山大学附属第三医院) is the parent's parent
            inner = [m for m in inner if not (a <= m.start and m.end <= z)] + [b.mention(a, z, "Organization")]
    return sorted(inner, key=lambda m: m.start)


def _nested_orgs(b: Builder, sent: Sent) -> None:
    orgs = [m for m in sent.mentions if m.type == "Organization"]
    # outermost bodies, also those inside the name of an event (立法会某委员会会议)
    queue = [m for m in orgs if not any(o is not m and o.start <= m.start and m.end <= o.end for o in orgs)]
    done: set[int] = set()
    while queue:
        org = queue.pop(0)
        if id(org) in done:
            continue
        done.add(id(org))
        for parent in direct_parents(b, org):
            b.add(sent, org, "subOrganizationOf", parent, (org.start, org.end))
            queue.append(parent)


def _founded(b: Builder, sent: Sent) -> None:
    """某分公司…成立X工作室 → subOrganizationOf; 张三…组建了X服务队 → memberOf (the clause's subject)."""
    for cue in _FOUND.finditer(sent.text):
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        if in_name(sent, cs, ce):
            continue
        new = next((m for m in sent.outer if m.type == "Organization" and ce <= m.start <= ce + 12
                    and _SIZE.fullmatch(b.doc.norm[ce:m.start].rstrip("“「"))), None)  # 组建了60人的X
        clause = max(sent.text.rfind(ch, 0, cue.start()) for ch in ",，;；:：。") + 1
        subject = next((m for m in sent.outer if m.type in ("Organization", "Person")
                        and sent.start + clause <= m.start and m.end <= cs), None)
        if subject is None and not any(m.start >= sent.start + clause and m.end <= cs for m in sent.outer):
            subject = _topic(b, sent, sent.start + clause)  # 刘某种了二十年地,2018年牵头成立X合作社
        elif subject is not None and cs - subject.end > 12:
            subject = None
        if new is None or subject is None:
            continue
        predicate = "memberOf" if subject.type == "Person" else "subOrganizationOf"
        b.add(sent, new if predicate == "subOrganizationOf" else subject, predicate,
              subject if predicate == "subOrganizationOf" else new, (cs, new.end))


def _subsidiaries(b: Builder, sent: Sent) -> None:
    """A parent stated in the sentence: X是Y的全资子公司, X隶属于Y, Y旗下的X, and a clause opening
    with 旗下/全资子公司 X about the body the previous sentence opened with."""
    orgs = [m for m in sent.outer if m.type == "Organization"]
    for x in orgs:
        after = b.doc.norm[x.end:sent.end]
        y = None
        if m := _IS_CHILD.match(after):  # X是Y的全资子公司
            y = next((o for o in orgs if o.start == x.end + m.end()), None)
            if y is None or not _CHILD_NOUN.match(b.doc.norm, y.end):
                y = None
        elif m := _BELONGS.match(after):  # X隶属于Y
            y = next((o for o in orgs if o.start == x.end + m.end()), None)
        if y is None:
            lead = next((g for g in _CHILD_LEAD.finditer(b.doc.norm, max(sent.start, x.start - 10), x.start)
                         if g.end() == x.start), None)
            if lead is not None:
                y = next((o for o in orgs if o.end == lead.start()), None)  # Y旗下X
                clause = sent.start + max(sent.text.rfind(ch, 0, lead.start() - sent.start) for ch in ",，;；:：。") + 1
                if y is None and lead.start() == clause and not direct_parents(b, x):
                    y = _opening_body(b, sent)  # 旗下X…；全资子公司Z…: the body the paragraph is about
        if y is not None and y is not x and y.text != x.text:
            b.add(sent, x, "subOrganizationOf", y, (x.start, x.end))


def _opening_body(b: Builder, sent: Sent):
    """The organisation the paragraph is about: the one the nearest earlier sentence of the
    paragraph opens with (skipping sentences that go on about its 旗下/子公司)."""
    sents = b.article.sentences
    k = next((i for i, s in enumerate(sents) if s.start <= sent.start < s.end), 0)
    for s in reversed(sents[max(0, k - 4):k]):
        if s.paragraph != sents[k].paragraph:
            break
        first = next(iter(b.starting_in(s.start, s.start + 1)), None)
        if first is not None and first.type == "Organization":
            return first
    return None


def _topic(b: Builder, sent: Sent, clause_start: int):
    """The subject a clause without one continues: the mention nearest before it in the sentence,
    if it is a person or body in a clause that is not a speech report (甲说,… is someone else's act)."""
    before = [m for m in sent.outer if m.end <= clause_start]
    if not before or before[-1].type not in ("Organization", "Person"):
        return None
    if re.search(r"(?:说|表示|介绍|指出|认为|强调)", b.doc.norm[before[-1].end:clause_start]):
        return None
    return before[-1]


# ---------------------------------------------------------------- divisions

@cache
def _parent_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for line in load("division_parents"):
        child, _, parent = line.partition("\t")
        if parent:
            table[child.strip()].add(parent.strip())
    return {k: frozenset(v) for k, v in table.items()}


@cache
def _all_full_names() -> frozenset[str]:
    table = _parent_table()
    return frozenset(table) | frozenset(p for ps in table.values() for p in ps)


def full_division_names(name: str) -> frozenset[str]:
    """The full division names a name can stand for: itself if full, else with a level suffix.

    >>> sorted(full_division_names("南京"))
    ['南京市']
    """
    if name in _all_full_names():
        return frozenset({name})
    return frozenset(name + s for s in DIVISION_SUFFIXES if name + s in _all_full_names())


def division_parents(name: str) -> frozenset[str]:
    """The divisions a division (full or short name) lies in directly, per the division-parents lexicon.

    >>> sorted(division_parents("武侯区"))
    ['成都市']
    """
    table = _parent_table()
    return frozenset(p for full in full_division_names(name) for p in table.get(full, ()))


def _inside(inner: str, outer: str) -> bool:
    return bool(division_parents(inner) & full_division_names(outer))


def division_chain(name: str) -> list[str]:
    """A place name written as a chain of divisions, split outermost first (else ``[name]``).

    >>> division_chain("四川省成都市武侯区")
    ['四川省', '成都市', '武侯区']
    >>> division_chain("江苏南京")
    ['江苏', '南京']
    >>> division_chain("北京南站")
    ['北京南站']
    >>> division_chain("余杭区瓶窑镇张堰村")
    ['余杭区', '瓶窑镇', '张堰村']
    """
    divisions = load("divisions")
    if name in divisions or len(name) < 4:
        return [name]
    for k in range(len(name) - 3, 2, -1):  # 香泉镇太平村: a village of a township
        if _VILLAGE.fullmatch(name[k:]) and _TOWNSHIP.search(name[:k]):
            return [*division_chain(name[:k]), name[k:]]
    for k in range(len(name) - 2, 1, -1):
        head, tail = name[:k], name[k:]
        if head not in divisions:
            continue
        rest = division_chain(tail)
        first = rest[0]
        if _inside(first, head) or (_ADMIN_TAIL.search(head) and first in divisions
                                    and _ADMIN_TAIL.search(first)):
            return [head, *rest]
        if len(rest) == 1 and _TOWNSHIP.fullmatch(tail) and _COUNTY_TAIL.search(head):
            return [head, tail]  # 余杭区瓶窑镇: a township of a county-level unit
    return [name]


def _admin(name: str) -> bool:
    return name in load("divisions") or (bool(_ADMIN_TAIL.search(name)) and len(name) >= 2)


# ---------------------------------------------------------------- locatedIn

def _place_chains(b: Builder, sent: Sent) -> None:
    places = [m for m in sent.mentions if m.type == "Place"]
    split = set()
    # 北京市丰台区 as one mention: split at a division name
    for m in list(places):
        chain = division_chain(b.doc.norm[m.start:m.end])
        if len(chain) > 1:
            places.remove(m)
            split.add(id(m))  # the parts stand for it: 四川省 + 成都市 + 武侯区
            pos = m.start
            for part in chain:
                places.append(b.mention(pos, pos + len(part), "Place"))
                pos += len(part)
    places.sort(key=lambda m: m.start)

    def free(p1, p2):  # not part of a longer name (北京 丰台 in 北京丰台站), except a chain of places
        return not any(o.start <= p1.start and p2.end <= o.end and (o.start, o.end) != (p1.start, p2.end)
                       for o in sent.mentions if o is not p1 and o is not p2 and id(o) not in split)
    for p1 in places:
        for p2 in places:
            if p2.start == p1.end and p2.end != p1.end and free(p1, p2) and _admin(b.doc.norm[p1.start:p1.end]) \
                    and (_admin(b.doc.norm[p2.start:p2.end]) or b.doc.norm[p2.start:p2.end].endswith(("村", "社区"))
                         or _LOCAL_LEVEL.search(b.doc.norm[p1.start:p1.end])):
                b.add(sent, p2, "locatedIn", p1, (p1.start, p2.end))  # 北京市丰台区, 鼓楼区中山路
    for p1 in (m for m in sent.outer if m.type == "Place"):
        rest = b.doc.norm[p1.end:sent.end]
        nxt = [m for m in sent.outer if m.start > p1.end]
        if rest.startswith("的") and nxt and nxt[0].start == p1.end + 1 and nxt[0].type in ("Place", "Organization", "Event") \
                and _admin(b.doc.norm[p1.start:p1.end]):
            b.add(sent, nxt[0], "locatedIn", p1, (p1.start, nxt[0].end))  # 丰台区的北京南站
        g = re.match(r"中[,，]?(?:仅|只有|唯有|就)?", rest)
        if g and g.end() > 1 and nxt and nxt[0].start == p1.end + g.end():
            target = nxt[0]
            if target.type == "Organization":
                d = re.match(r"(?:我|本)[省市区县]", b.doc.norm[target.start:target.end])
                target = b.mention(target.start, target.start + d.end(), "Place") if d else None
            if target is not None and target.type == "Place":
                b.add(sent, target, "locatedIn", p1, (p1.start, target.end))  # 城六区中,仅我区
    for cue in _LOCATED.finditer(sent.text):
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        if in_name(sent, cs, ce):
            continue
        where = next((m for m in sent.outer if m.type == "Place" and ce <= m.start <= ce + 1), None)
        if where is None:
            continue
        if b.doc.norm[where.end:where.end + 1] == "的":  # 位于X的Y
            subj = next((m for m in sent.outer if m.start == where.end + 1), None)
        else:  # Y位于X, Y总部位于X
            subj = next((m for m in reversed(sent.outer) if m.end <= cs
                         and re.fullmatch(r".?|(?:的)?(?:总部|注册地)", b.doc.norm[m.end:cs])), None)
        if subj is not None and subj.type in ("Place", "Organization", "Event"):
            b.add(sent, subj, "locatedIn", where, (cs, ce))
