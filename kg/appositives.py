"""position, honour and memberOf, read from the titles Chinese news writes around a person's name.

The offices come as an appositive chain before the name, pieces joined by 、
(浙江省委常委、杭州市委书记周某; 全国劳动模范、某集团有限公司高级技师张某); a name list after a
role shares it (区领导甲、乙、丙); a profile says it once (作为四川省劳动模范、…高级技师,他…);
an office can follow the name (李强总理) or a verb (受聘担任…兼职教授); an honour can be conferred
(被…授予全国五一劳动奖章). Each piece gives a position (as written) or an honour, and memberOf the
organisation it names — the most specific one: a unit written between the organisation and the
title (某医院重症医学科主任护师) becomes a sub-unit mention of its own.

Title literal: an organisation's full name before the title is left out (某研究所芯片装架工 →
芯片装架工), but a party committee (杭州市委书记, 街道党工委书记) and a short organ named by its level
(区人大常委会主任, 市总工会主席) stay in the title, as the annotation guideline writes them.

>>> from kg.cues import Builder
>>> from kg.model import Article, Document, Mention, Sentence
>>> text = "市委书记陈立新主持会议。"
>>> doc = Document("d", "d.txt", text, text)
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> b = Builder(doc, art, [Mention("d", "d#0", 4, 7, "Person", "陈立新")])
>>> extract_person_attributes(b, b.sentence(0, len(text)))
>>> [(r.predicate, r.object if isinstance(r.object, str) else r.object.text) for r in b.rels]
[('position', '市委书记'), ('memberOf', '市委')]
"""
from __future__ import annotations

import re

from kg.cues import Builder, Sent, within
from kg.hierarchy import UNIT_TAIL, direct_parents
from kg.lexicon import load
from kg.resolve import SHORT_FORM_DEFINED

# Heads that end a job title or office (a grammatical class, kept here as the fallback for the
# ``titles`` lexicon): 书记, 主任, 工程师, 装架工, 记者, 区领导 …
TITLE_HEADS = (
    "书记", "主任", "主席", "委员", "常委", "代表", "长", "员", "师", "工", "记者", "领导",
    "经理", "董事", "总监", "总裁", "教授", "专家", "干部", "负责人", "秘书", "顾问",
    "理事", "会长", "校长", "编辑", "主编", "医生", "护士", "班长", "组长", "局长", "处长", "司机",
    "监督",  # a rank of Hong Kong's disciplined services: 高级监督, 总监督
)
# Heads that end an honorary title (fallback for the ``honours`` lexicon). 院士 is an academic
# honour conferred by an academy, not a job (中国工程院院士).
HONOUR_HEADS = (
    "工匠", "劳模", "劳动模范", "标兵", "先进个人", "先进工作者", "能手", "获得者", "模范", "英雄",
    "楷模", "之星", "好人", "巾帼建功", "技术能手", "奖章", "院士",
)
# Words after which an appositive title cannot continue leftwards (verbs, prepositions).
_BREAKS = re.compile(r".*(邀请|看望|会见|陪同|带领|率领|慰问|表示|指出|强调|介绍|包括|其中|出自|作为|"
                     r"成为|担任|荣获|获评|评为|授予|当选|来自|"
                     r"[由在向对与和及同为是据把被让给的等了])")
# A title written after the name (习近平总书记, 王刚副市长): only the common office heads.
_POST_TITLE = re.compile(r"(?:常务副|副|总)?(?:书记|主席|总理|委员长|[省市区县镇乡部局处厅院校]长|主任|"
                         r"董事长|总经理|教授|院士)")
_HARD = set(",，。;；:：!！?？()（）〔〕【】“”「」『』《》—\n\r\t 　\"")
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『\"", "”」』\""
# Organs a title opens with, named by level or by a generic head (区委书记, 集团党委书记, 工会主席):
# resolve points them at the body the article names.
_ORG_SHORT = re.compile(r"(?:我|本)?[省市区县州镇乡](?:委|政府|人大常委会|人大|政协|纪委|监委)"
                        r"|(?:集团|公司|分公司|村|社区)(?:党委|党总支|党支部)|[村居]委会|分公司|集团|公司|工会")
# A title naming no organ of its own (董事长, 常务副主席, not 工会主席): the office of a body.
_PLAIN_TITLE = re.compile(r"[^会委部办室处科局所]*")
# Organs named by their level only (区委, 市总工会, 区人大常委会, 园区管委会): kept in the title.
_LEVEL_ORGAN = re.compile(r"(?:我|本)?(?:[省市区县州镇乡村]|园区|街道|社区)(?![场民域份级属辖内外块])")
_PARTY_COMMITTEE = re.compile(r"(?:党委|党工委|党组|工委|党总支|党支部|[省市区县州]委)$")
# A party committee inside a body (某总工会党组, 某大学党委): the title keeps only the committee.
_INNER_COMMITTEE = re.compile(r"(?:党委|党工委|党组|党总支|党支部)$")
# A committee of a place, not of a body: 某街道党工委, 某镇党委 (the title keeps the place).
_ADMIN_PREFIX = re.compile(r"(?:街道|镇|乡|村|社区|[省市区县州旗盟]|园区|开发区|新区)$")
# Organs named by a bare generic head (the 委员会/分公司/工会 the article is about) stay in the title.
_GENERIC_ORGAN = re.compile(r"(?:委员会|分公司|子公司|总公司|公司|集团|工会|管委会|董事会|监事会|"
                            r"村委会|居委会|(?:集团|公司|村|社区)?(?:党委|党总支|党支部))")
# An office named after its own body: 发展局局长, 土木工程拓展署署长, 财政厅副厅长.
_SELF_HEAD = re.compile(r"([\u4e00-\u9fff]{2,14}?([局署厅处司]))(?:常务)?副?\2长")
# 甲、乙等区领导出席: the whole list shares the role.
_LIST_ROLE = re.compile(r"等((?:[省市区县州镇乡村校院]|集团|公司)领导)")
# Offices repeated bare after a titled name of the same sentence (议员, 委员, 代表).
_BARE_OFFICE = re.compile(r"(?:议员|委员|代表|常委|理事|董事|监事)")
# Council seats whose council the title does not write: 市议员 (of 某市议会), 议长, 副议长.
_COUNCIL_TITLE = re.compile(r"([省市县区])?(?:议员|议会议员|(?:副)?议长)")
_LEGAL_FORM = re.compile(r"(?:控股|股份)?(?:有限责任公司|股份有限公司|有限公司)$")
# 甲,乙等中心组成员参加: the whole list belongs to the group.
_LIST_MEMBERS = re.compile(r"等([\u4e00-\u9fff]{2,16}?)(?:全体)?成员")
_AWARD = re.compile(r"(?:奖章|奖|称号|勋章)获得者$")
_PROFILE = re.compile(r"作为([^,，。;；!！?？]{2,60})[,，](?:他|她)")
_APPOINTED = re.compile(r"(?:受聘|被聘为?|聘任为?)?(?:担任|出任|兼任)")
_CONFERRED = re.compile(r"(?:被[\u4e00-\u9fff]{0,20}?)?(?:授予|荣获|获评|评为|获得)")


def extract_person_attributes(b: Builder, sent: Sent) -> None:
    """Add the position, honour and memberOf relations of the people named in ``sent``."""
    attrs: dict[int, list[tuple[str, object, tuple[int, int]]]] = {}
    persons = [m for m in sent.outer if m.type == "Person"]
    for p in persons:
        i = p.start - sent.start
        prev = next((q for q in reversed(persons) if q.end <= p.start), None)
        if sent.text[:i].endswith("、") and prev is not None and prev.end == p.start - 1:
            attrs[id(p)] = attrs.get(id(p), []) or attrs.get(id(prev), [])  # 区领导A、B、C
            for pred, obj, cue in attrs[id(p)]:
                b.add(sent, p, pred, obj, cue)
            continue
        lo = i
        floor = (prev.end - sent.start) if prev else 0
        lo = _chain_start(sent.text, lo, floor)
        found = _chain(b, sent, sent.start + lo, p.start, attrs, persons)
        attrs[id(p)] = found
        for pred, obj, cue in found:
            b.add(sent, p, pred, obj, cue)
        post = _POST_TITLE.match(sent.text, p.end - sent.start)
        if post and not found:  # 习近平总书记指出, 李强总理
            b.add(sent, p, "position", b.doc.text[sent.start + post.start():sent.start + post.end()],
                  (sent.start + post.start(), sent.start + post.end()))
    _list_role(b, sent)
    _list_members(b, sent)
    _profile(b, sent)
    _appointed(b, sent)
    _conferred(b, sent)


def _chain_start(text: str, lo: int, floor: int) -> int:
    """Where the appositive chain ending at ``lo`` starts: at a hard stop, but a quoted piece
    (…班组长、“湖北工匠”张某) is read through.

    >>> t = "主要研发者、调试班组长、“湖北工匠”胡某"
    >>> t[_chain_start(t, len(t) - 2, 0):]
    '主要研发者、调试班组长、“湖北工匠”胡某'
    >>> t = "他说：“今年好”胡某"
    >>> t[_chain_start(t, len(t) - 2, 0):]
    '胡某'
    """
    end = lo
    while lo > floor:
        ch = text[lo - 1]
        if ch in _CLOSE_QUOTES and (lo == end or text[lo] == "、"):
            q = max(text.rfind(c, floor, lo - 1) for c in _OPEN_QUOTES)
            inner = text[q + 1:lo - 1]
            if q >= 0 and 2 <= len(inner) <= 12 and not _HARD & set(inner) \
                    and (q == floor or text[q - 1] == "、" or text[q - 1] in _HARD) \
                    and (_is_honour(inner) or _is_title(inner)):
                lo = q
                continue
        if ch in _HARD:
            break
        lo -= 1
    return lo


def _list_role(b: Builder, sent: Sent) -> None:
    """甲、乙等区领导出席: every name of the list before 等 holds the role."""
    for m in _LIST_ROLE.finditer(sent.text):
        cs = sent.start + m.start()
        last = next((q for q in sent.outer if q.type == "Person" and q.end == cs), None)
        if last is None:
            continue
        clause = max(sent.text.rfind(ch, 0, m.start()) for ch in ",，;；:：。") + 1
        role = b.doc.text[sent.start + m.start(1):sent.start + m.end(1)]
        for q in sent.outer:
            if q.type == "Person" and sent.start + clause <= q.start and q.end <= cs:
                b.add(sent, q, "position", role, (sent.start + m.start(1), sent.start + m.end(1)))


def _list_members(b: Builder, sent: Sent) -> None:
    """甲,乙等中心组成员参加学习: every name of the list before 等 is a member of the group, a body
    named there or a short form of one the article named before."""
    for m in _LIST_MEMBERS.finditer(sent.text):
        cs, gs, ge = sent.start + m.start(), sent.start + m.start(1), sent.start + m.end(1)
        if next((q for q in sent.outer if q.type == "Person" and q.end == cs), None) is None:
            continue
        group = next((o for o in sent.mentions if o.type == "Organization" and o.start == gs and o.end == ge), None)
        if group is None and any(o.type == "Organization" and o.end <= sent.start and len(o.text) > ge - gs
                                 and b.doc.norm[o.start:o.end].endswith(b.doc.norm[gs:ge]) for o in b.mentions):
            group = b.mention(gs, ge, "Organization")  # 中心组 of 市委理论学习中心组
        if group is None:
            continue
        clause = max(sent.text.rfind(ch, 0, m.start()) for ch in ";；:：。") + 1
        for q in sent.outer:
            if q.type == "Person" and sent.start + clause <= q.start and q.end <= cs:
                b.add(sent, q, "memberOf", group, (cs, sent.start + m.end()))


def _chain(b: Builder, sent: Sent, lo: int, hi: int, attrs=None, persons=()) -> list:
    """What the appositive chain [lo, hi) says: pieces split at 、, each read by ``_appositive``."""
    if b.doc.norm[lo:hi].startswith("记") and b.doc.norm[lo - 1:lo] == "—":
        lo += 1  # ——记全国劳动模范张某 (a profile's subtitle)
    found, pos = [], lo
    for piece in b.doc.norm[lo:hi].split("、"):
        a, z = pos, pos + len(piece)
        if len(piece) > 2 and piece[0] in _OPEN_QUOTES and piece[-1] in _CLOSE_QUOTES:
            a, z = a + 1, z - 1  # “湖北工匠”
        committee = next((o for p_, o, _ in reversed(found) if p_ == "memberOf"
                          and _INNER_COMMITTEE.search(b.doc.norm[o.start:o.end])), None)
        got = _appositive(b, sent, a, z, attrs or {}, persons, mint=not any(
            p_ == "memberOf" and _PARTY_COMMITTEE.search(b.doc.norm[o.start:o.end]) for p_, o, _ in found))
        if committee is not None and got and all(p_ == "position" for p_, _, _ in got) \
                and _PLAIN_TITLE.fullmatch(got[0][1][:-2]):
            parent = direct_parents(b, committee)  # 集团党委书记、董事长: the 集团's chairman
            if parent:
                got.append(("memberOf", parent[-1], (a, z)))
        found += got
        pos += len(piece) + 1
    return found


def _appositive(b: Builder, sent: Sent, a: int, z: int, attrs, persons, mint=True) -> list:
    """position/honour/memberOf read from one appositive piece [a, z) before a name."""
    orgs = [m for m in within(sent, a, z, ("Organization",)) if m.end <= z]
    org = orgs[-1] if orgs else None
    if org is None:
        m = _BREAKS.match(b.doc.norm[a:z])
        title_start = a + (m.end() if m else 0)
        own = _SELF_HEAD.fullmatch(b.doc.norm[title_start:z]) if mint else None
        if own is not None:  # 发展局局长: the body the office is named after
            org = b.mention(title_start, title_start + own.end(1), "Organization")
    if org is None:
        pass
    elif _keeps_organ(b.doc.norm[org.start:org.end]) and org.end < z:
        title_start = org.start  # 区委书记, 杭州市委书记: the organ is part of the title as written
        inner = _INNER_COMMITTEE.search(b.doc.norm[org.start:org.end])
        if inner and inner.start() >= 3 and not _GENERIC_ORGAN.fullmatch(b.doc.norm[org.start:org.end]) \
                and not _ADMIN_PREFIX.search(b.doc.norm[org.start:org.start + inner.start()]):
            title_start = org.start + inner.start()  # 某市总工会党组书记 → 党组书记
    else:
        title_start = org.end + (1 if b.doc.norm[org.end:z].startswith("的") else 0)
    title = b.doc.norm[title_start:z]
    if not title or len(title) > 16 or any(ch.isdigit() for ch in title):
        return []
    if _is_honour(title):
        if org is not None and title_start == org.end:
            title_start = org.start  # 中国工程院院士: an honour keeps the body that confers it
        end = z - (3 if _AWARD.search(title) else 0)  # 全国五一劳动奖章获得者 → the award
        out = [("honour", b.doc.text[title_start:end], (title_start, z))]
    elif _is_title(title):
        org, title_start = _sub_unit(b, sent, org, title_start, z)
        if org is None:
            org, title_start = _short_form(b, title_start, z)
        out = [("position", b.doc.text[title_start:z], (title_start, z))]
        if org is None:
            org = _elided_organ(b, sent, title, z, attrs, persons)
        if org is None:
            org = _council(b, title, z)
        if org is None:
            short = _ORG_SHORT.match(b.doc.norm[title_start:z])
            if short and z - title_start > short.end():
                org = b.mention(title_start, title_start + short.end(), "Organization")
    else:
        return []
    if org is not None:  # the cue stays in the sentence when the body was named in the one before
        out.append(("memberOf", org, (org.start if org.start >= sent.start else title_start, z)))
    return out


def _keeps_organ(org: str) -> bool:
    """Whether a title keeps the organisation before it: party committees, level-only organs and
    bare generic organs (委员会主席, 分公司总经理)."""
    return bool(_PARTY_COMMITTEE.search(org) or _LEVEL_ORGAN.match(org) or _GENERIC_ORGAN.fullmatch(org))


def _council(b: Builder, title: str, z: int):
    """市议员, 议长: the council such a title sits in, when the article names it (台中市议会) —
    the nearest one before the title, else the first after it."""
    m = _COUNCIL_TITLE.fullmatch(title)
    if m is None:
        return None
    body = (m.group(1) or "") + "议会"
    councils = [o for o in b.mentions if o.type == "Organization" and b.doc.norm[o.start:o.end].endswith(body)]
    if not councils:  # named only at the head of its session's name (某市议会第4届第6次定期会)
        for ev in (e for e in b.mentions if e.type == "Event"):
            head = re.match(rf"[\u4e00-\u9fff]{{1,8}}?{body}", b.doc.norm[ev.start:ev.end])
            if head and head.end() < ev.end - ev.start:
                councils.append(b.mention(ev.start, ev.start + head.end(), "Organization"))
    before = [o for o in councils if o.end <= z]
    return before[-1] if before else (councils[0] if councils else None)


def _sub_unit(b: Builder, sent: Sent, org, title_start: int, z: int):
    """某医院|重症医学科|主任护师: the unit between organisation and title becomes a sub-unit
    mention (subOrganizationOf the organisation); returns (the unit or ``org``, title start)."""
    if org is None or title_start != org.end:
        return org, title_start
    rest = b.doc.norm[title_start:z]
    for k in range(len(rest) - 2, 1, -1):
        unit, title = rest[:k], rest[k:]
        if UNIT_TAIL.search(unit) and _is_title(title) and not _is_title(unit):
            sub = b.mention(org.start, title_start + k, "Organization")
            b.add(sent, sub, "subOrganizationOf", org, (org.start, title_start + k))
            keep = bool(_PARTY_COMMITTEE.search(unit))  # 某大学党委副书记 keeps 党委
            return sub, title_start if keep else title_start + k
    return org, title_start


def _elided_organ(b: Builder, sent: Sent, title: str, z: int, attrs, persons):
    """区人大常委会主任甲主持,副主任乙…: a bare 副X after an X of some body is of that body; so is
    a bare office (议员, 委员) after a name titled with it (市人大代表甲…;代表乙…)."""
    deputy = title.startswith("副") and len(title) >= 3
    if not deputy and (len(title) < 2 or not _BARE_OFFICE.fullmatch(title)):
        return None
    for q in reversed([q for q in persons if q.end <= z]):
        for t, obj in _offices(attrs.get(id(q), [])):
            if deputy and t.endswith(title[1:]) and not t.endswith(title):
                return obj
            if not deputy and t.endswith(title):
                return obj  # 立法会议员甲指出,…,议员乙建议
    if deputy:
        return None
    near = [r for r in b.rels if r.evidence.sent_end >= sent.start - 1 and r.evidence.sent_end <= sent.start
            and getattr(r.subject, "type", None) == "Person"]  # …议员甲指出…;议员乙建议 (the sentence before)
    for r in reversed(near):
        written = b.doc.norm[r.evidence.start:r.evidence.end]  # the title's span, Simplified
        if r.predicate == "position" and written.endswith(title):
            return next((m.object for m in near if m.subject is r.subject and m.predicate == "memberOf"), None)
    return None


def _offices(found: list) -> list[tuple[str, object]]:
    """(title, body) pairs of a chain's findings: a memberOf belongs to the position just before it
    (区委副书记、区长甲: 区委 is the body of 区委副书记, not of 区长).

    >>> _offices([("position", "县委副书记", (0, 5)), ("memberOf", "县委", (0, 5)), ("position", "县长", (6, 8))])
    [('县委副书记', '县委')]
    """
    return [(found[k - 1][1], obj) for k, (pred, obj, _) in enumerate(found)
            if pred == "memberOf" and k and found[k - 1][0] == "position"]


def _short_form(b: Builder, a: int, z: int):
    """``[a, z)`` opens with a short form of a body the article named before (德信科技 of 澳门德信科技
    有限公司, 合作区执行委员会 of 横琴粤澳深度合作区执行委员会): a mention over it and where the title
    starts (after a shortened name, at the organ kept in the title). ``(None, a)`` if none."""
    text = b.doc.norm[a:z]
    names = {b.doc.norm[m.start:m.end] for m in b.mentions if m.type == "Organization" and m.end <= a}
    defined = {d.group(1) for d in SHORT_FORM_DEFINED.finditer(b.doc.norm, b.article.start, a)}
    for k in range(len(text) - 2, 1, -1):
        short, title = text[:k], text[k:]
        if short in defined and _is_title(title):
            return b.mention(a, a + k, "Organization"), a + k  # X（以下简称“芯联”）…芯联董事长
        if not _is_title(title) or len(short) < 4:
            continue
        if any(n.endswith(short) and len(n) > len(short) for n in names) and UNIT_TAIL.search(short):
            return b.mention(a, a + k, "Organization"), a  # 合作区执行委员会副主任: the organ stays
        if any(short in _name_cores(n) for n in names):
            return b.mention(a, a + k, "Organization"), a + k  # 德信科技董事长 → 董事长
    return None, a


def _name_cores(name: str) -> set[str]:
    """A company's name without legal form, and without the place it opens with.

    >>> sorted(_name_cores("澳门德信科技有限公司"))
    ['德信科技', '澳门德信科技']
    """
    core = _LEGAL_FORM.sub("", name)
    if core == name or len(core) < 4:
        return set()
    out = {core}
    for k in range(2, min(len(core) - 1, 6)):
        if core[:k] in load("divisions"):
            out.add(core[k:])
    return {c for c in out if len(c) >= 4}


def _profile(b: Builder, sent: Sent) -> None:
    """作为四川省劳动模范、某公司高级技师,他… : the chain is about the person last named."""
    for m in _PROFILE.finditer(sent.text):
        cue = sent.start + m.start()
        person = next((q for q in reversed(b.mentions) if q.type == "Person" and q.end <= cue), None)
        if person is None:
            continue
        for pred, obj, span in _chain(b, sent, sent.start + m.start(1), sent.start + m.end(1)):
            b.add(sent, person, pred, obj, span)


def _appointed(b: Builder, sent: Sent) -> None:
    """(甲)受聘担任某大学某学院兼职教授: position and memberOf of the clause's person."""
    for m in _APPOINTED.finditer(sent.text):
        cs = sent.start + m.start()
        person = next((q for q in reversed(sent.outer) if q.type == "Person" and q.end <= cs), None)
        stop = re.search(r"[,，。;；!！?？、]|一职|职务", sent.text[m.end():])
        hi = sent.start + m.end() + (stop.start() if stop else len(sent.text) - m.end())
        if person is None or any(q.type == "Person" and q.start >= cs for q in within(sent, cs, hi, ("Person",))):
            continue
        found = _appositive(b, sent, sent.start + m.end(), hi, {}, ())
        if any(pred == "memberOf" for pred, _, _ in found):  # a named body, not just 担任组长
            for pred, obj, span in found:
                b.add(sent, person, pred, obj, span)


def _conferred(b: Builder, sent: Sent) -> None:
    """甲被某总工会授予全国五一劳动奖章 / 甲荣获全国劳动模范称号: an honour of the clause's person."""
    for m in _CONFERRED.finditer(sent.text):
        cs = sent.start + m.start()
        clause = max(sent.text.rfind(ch, 0, m.start()) for ch in ",，;；。") + 1
        person = next((q for q in sent.outer if q.type == "Person" and sent.start + clause <= q.start
                       and q.end <= cs), None)
        if person is None and re.fullmatch(r"\s*(?:[0-9]{4}年|同年|当年|去年|今年)?[,，]?\s*[他她]\s*",
                                           sent.text[clause:m.start()]):
            person = next((q for q in reversed(b.mentions) if q.type == "Person" and q.end <= cs), None)  # 他被授予…
        pos = m.end()
        while person is not None:  # 获得省劳动模范、全国五一劳动奖章等荣誉: each piece of the list
            span = re.match(r"[“「\"]?([^,，。;；!！?？、“”「」\"]{2,16}?)[”」\"]?(?:等?(?:荣誉)?称号|等荣誉|等奖项)?"
                            r"(?=[,，。;；!！?？、]|$)", sent.text[pos:])
            if span is None:
                break
            a, z = sent.start + pos + span.start(1), sent.start + pos + span.end(1)
            title = b.doc.norm[a:z]
            if _is_honour(title) and not _AWARD.search(title):
                b.add(sent, person, "honour", b.doc.text[a:z], (cs, z))
            pos += span.end()
            if sent.text[pos:pos + 1] != "、":
                break
            pos += 1


def _ends_with(text: str, heads) -> bool:
    return any(text.endswith(h) for h in heads)


def _is_title(text: str) -> bool:
    return bool(text) and (text in load("titles") or _ends_with(text, TITLE_HEADS)
                           or _ends_with(text, load("titles")))


def _is_honour(text: str) -> bool:
    return bool(text) and (text in load("honours") or _ends_with(text, HONOUR_HEADS)
                           or _ends_with(text, load("honours")))
