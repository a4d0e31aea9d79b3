"""organizer: who hosts an event or issues a programme or document.

Cues of Chinese news: ``由A、B联合主办的X``, ``X由A主办,B承办`` (the second clause keeps X),
``大会/活动/本届论坛由A主办`` (the article's event), ``A发布《X》,同步推出“Y”`` and
``A印发的《X》`` (the issuing body), and a body's own meeting named after it
(``区人大常委会第二十三次会议``, ``某党工委(扩大)会议``). A place is never an organizer.

>>> from kg.cues import Builder
>>> from kg.model import Article, Document, Mention, Sentence
>>> text = "由市文联主办的书香节开幕。"
>>> doc = Document("d", "d.txt", text, text)
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> ms = [Mention("d", "d#0", 1, 4, "Organization", "市文联"), Mention("d", "d#0", 7, 10, "Event", "书香节")]
>>> b = Builder(doc, art, ms)
>>> extract_organizers(b, b.sentence(0, len(text)), None)
>>> [(r.subject.text, r.predicate, r.object.text) for r in b.rels]
[('书香节', 'organizer', '市文联')]
"""
from __future__ import annotations

import re

from kg.cues import ANAPHOR, Builder, Sent, in_name, referent, within
from kg.hierarchy import direct_parents
from kg.model import Mention

_ORGANIZE = re.compile(r"(?:联合|共同)?(?:主办|承办|协办|举办|发起|组织|召开|举行)")
_ISSUE = re.compile(r"^(?:的|印发的?|发布的?|出台的?|制定的?|颁布的?|公布的?)?$")
_ISSUE_VERB = re.compile(r"(?:印发|发布|出台|推出|制定|颁布|公布|(?:部署|启动)实施|启动)了?")
# A会同B印发, A联合B发布: bodies that act together before the verb.
_TOGETHER = re.compile(r"(?:会同|联合|同|与|和|及|、)")
_ADVERBS = re.compile(r"(?:正式|联合|同步|同时|还|也|已|近日|日前|今天|昨天|今日|昨日|当天|并|又|再次|首次|首批|"
                      r"[今昨]\s*[（(]\s*\d{1,2}\s*[）)]\s*日|"  # 今（21）日 (Taiwan)
                      r"[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日)*")
# Between a subject and its act: a time, a venue, an adverb (于12月3日在某广场成功联合举办).
_BEFORE_ACT = re.compile(_ADVERBS.pattern + r"(?:[于在][^,，;；。在于]{1,24}?)?" + _ADVERBS.pattern +
                         r"(?:成功|隆重|顺利|盛大)?(?:联合|共同)?")
_JOINT_LAUNCH = re.compile(r"(?:联合|共同)(?:宣布|推出|启动|发布)(?:了)?[,，:：]?[“「]?")
# A宣布,“X”计划明年起上路 / A宣布启动X: announcing that a programme starts.
_ANNOUNCE = re.compile(r"(?:联合|共同)?宣布(启动|推出|实施|上线|开通)?[,，:：]?")
_GOES_LIVE = re.compile(r"(?:上路|上线|启动|实施|施行|推出|开通|开始|生效)$")
_CARRY = re.compile(r"^(?:同步|同时|并|还|随后|另外|此外)")
# A body's own meeting: 区十七届人大常委会第二十三次会议, 某园区党工委(扩大)会议, 区委常委会会议.
_OWN_MEETING = re.compile(r"(立法会|.{1,30}?(?:人大常委会|常委会|委员会|党工委|党委|管委会|政协|[省市区县州]委|政府|"
                          r"立法会|议会|理事会|董事会|监事会))"
                          r"(?:第[0-9一二三四五六七八九十百]+届)?(?:第[0-9一二三四五六七八九十百]+次)?(?:全体|扩大|常务)?"
                          r"(?:[(（]扩大[)）])?(?:会议|全会|定期会|临时会)")  # 某市议会第4届第6次定期会
_CLAUSE_END = ",，;；:：。"
# 由A举办的纪念《X》实施一周年活动: X is what the event marks, not what A hosts.
_COMMEMORATE = r"纪念|庆祝|庆贺"
_COMMEMORATED = re.compile(rf"(?:{_COMMEMORATE})[《“「]?$")
# 召开关于做好纪念X…的会议: what follows 关于 or 纪念 is the topic, not the event held.
_ABOUT = re.compile(rf"{_COMMEMORATE}|关于")
# The host clauses between 由A主办 and the event they end on: ,B承办,C协办的X.
_MORE_HOSTS = re.compile(r"(?:[,，][^,，;；。由的]{2,60}?(?:联合|共同)?(?:主办|承办|协办|支持|指导))*的")
_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
# 《X》…决定由A、B印发实施: the bodies that issue a document named before them.
_ISSUED_BY = re.compile(r"由([^,，;；。由]{2,60}?)(?:联合|共同)?(?:印发|发布|颁布|出台)")
# An event named after the body that holds it: 某分公司职工创新成果发布会, 某协会年会.
_HELD_EVENT = re.compile(r"(?!\d)[^“”《》]{2,16}(?:会|会议|仪式|典礼)")
_HOST_NAME = re.compile(r"(?:有限公司|分公司|公司|集团|协会|学会|商会|工会|委员会|研究院|研究所|大学|学院|医院)")


def extract_organizers(b: Builder, sent: Sent, focus: Mention | None) -> None:
    """Add the organizer relations stated in ``sent`` (``focus``: the article's own event)."""
    _hosted(b, sent, focus)
    _issued(b, sent)
    _issued_by(b, sent)
    _announced(b, sent)
    _launched(b, sent)
    _own_meetings(b, sent)


def _agents(b: Builder, sent: Sent, lo: int, hi: int) -> list[Mention]:
    """The organisations/people of a list "A、B和C" filling [lo, hi); an item that is more than
    one mention (东盟10国政府经贸主管部门) is left out."""
    agents = within(sent, lo, hi, ("Organization", "Person"))
    text = list(b.doc.norm[lo:hi])
    for a in agents:  # hide the names so that 和 in 省文化和旅游厅 is not a separator
        text[a.start - lo:a.end - lo] = ["@"] * (a.end - a.start)
    masked = re.sub(r"(?:联合|共同|等)$", "", "".join(text))
    out, pos = [], 0
    for piece in re.split(r"(以及|、|和|与|及|联合|会同|携手|\s+)", masked):
        item = next((a for a in agents if a.start == lo + pos and a.end == lo + pos + len(piece)), None)
        if item is not None:
            out.append(item)
        pos += len(piece)
    return out


def _hosted(b: Builder, sent: Sent, focus: Mention | None) -> None:
    """由A主办的X; X由A主办,B承办; 大会由A主办 (the article's event)."""
    targets = ("Event", "Programme")
    last = None  # the target of the previous cue: 由A主办,B承办
    for cue in _ORGANIZE.finditer(sent.text):
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        if in_name(sent, cs, ce):
            continue
        clause_lo = sent.start + max(sent.text.rfind(ch, 0, cue.start()) for ch in _CLAUSE_END) + 1
        by = sent.text.rfind("由", clause_lo - sent.start, cue.start())
        after = [m for m in sent.outer if m.type in targets and ce <= m.start <= ce + 12
                 and not _ABOUT.search(b.doc.norm[ce:m.start])]  # 召开关于做好纪念X…的会议: not X
        if by >= 0:
            agents = _agents(b, sent, sent.start + by + 1, cs)
            chain = _MORE_HOSTS.match(sent.text, cue.end())
            ahead = [m for m in sent.outer if m.type in targets
                     and 0 <= m.start - (sent.start + chain.end()) <= 12
                     and not _COMMEMORATED.search(b.doc.norm[sent.start + chain.end():m.start])] if chain else []
            if ahead:
                target = ahead[0]  # 由A、B联合主办的X; 由A主办,B承办,C协办的X
            else:  # X由A主办; 本届博览会由A主办 (the article's event)
                target = next((m for m in reversed(sent.outer) if m.type in targets
                               and clause_lo <= m.end and sent.start + by - 3 <= m.end <= sent.start + by), None)
                if target is None and ANAPHOR.match(b.doc.norm[clause_lo:sent.start + by]):
                    target = referent(b, b.doc.norm[clause_lo:sent.start + by], clause_lo, focus)
                if target is None and _head_noun(b, b.doc.norm[clause_lo:sent.start + by], focus):
                    target = focus  # 招聘会由A主办 in the report of 某县秋季专场招聘会
                if target is None and clause_lo == sent.start + by and clause_lo > sent.start:
                    target = next((m for m in reversed(sent.outer) if m.type == "Event"
                                   and m.end < clause_lo), None)  # X在Y举行,由A主办
        else:
            agents = [a for a in _agents(b, sent, clause_lo, cs) if not _bracketed(b, a, clause_lo, cs)]
            if not agents and not sent.text.startswith("的", cue.end()):  # not A在P举行的X上讲话
                agents = _subject(b, sent, clause_lo, cs)
            clause_hi = next((sent.start + k for k in range(cue.end(), len(sent.text))
                              if sent.text[k] in _CLAUSE_END), sent.end)
            named = [m for m in sent.outer if m.type in targets and ce <= m.start < clause_hi
                     and "的" in b.doc.norm[ce:m.start] and not _ABOUT.search(b.doc.norm[ce:m.start])]  # A主办、B承办的X
            target = after[0] if after else (named[0] if named else None)
            if target is None and agents and cue.group().endswith(("承办", "协办")):
                target = last  # 大会由A主办,B承办
            if target is None and agents and cue.group().endswith(("主办", "承办", "协办")) \
                    and re.fullmatch(r"了?", b.doc.norm[ce:clause_hi]):  # X在Y举行,A、B共同主办。
                target = next((m for m in reversed(sent.outer) if m.type == "Event" and m.end < clause_lo), None)
        for a in agents:
            b.add(sent, target, "organizer", a, (cs, ce))
        last = target


def _subject(b: Builder, sent: Sent, lo: int, hi: int) -> list[Mention]:
    """The bodies or people of a clause's subject list before a verb at ``hi``, after a time and
    before a venue or adverb: 近日,|A联合B|在某广场成功|举办.

    >>> from kg.model import Article, Document
    >>> text = "区文联在文化广场举办"
    >>> doc = Document("d", "d.txt", text, text)
    >>> ms = [Mention("d", "d#0", 0, 3, "Organization", "区文联"), Mention("d", "d#0", 4, 8, "Place", "文化广场")]
    >>> b = Builder(doc, Article("d#0", "", 0, len(text)), ms)
    >>> [m.text for m in _subject(b, b.sentence(0, len(text)), 0, 8)]
    ['区文联']
    """
    lo += _ADVERBS.match(b.doc.norm, lo, hi).end() - lo
    for last in reversed(within(sent, lo, hi, ("Organization", "Person"))):
        if _BEFORE_ACT.fullmatch(b.doc.norm, last.end, hi):
            agents = [a for a in _agents(b, sent, lo, last.end) if not _bracketed(b, a, lo, hi)]
            if agents:
                return agents
    return []


def _head_noun(b: Builder, noun: str, focus: Mention | None) -> bool:
    """Whether ``noun`` (招聘会, 签约仪式) is the head the article's own event's name ends with.

    >>> from kg.model import Article, Document
    >>> doc = Document("d", "d.txt", "秋季专场招聘会", "秋季专场招聘会")
    >>> b = Builder(doc, Article("d#0", "", 0, 7), [])
    >>> _head_noun(b, "招聘会", Mention("d", "d#0", 0, 7, "Event", "秋季专场招聘会"))
    True
    """
    name = b.doc.norm[focus.start:focus.end] if focus is not None and focus.type == "Event" else ""
    return 2 <= len(noun) < len(name) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", noun)) and name.endswith(noun)


def _bracketed(b: Builder, m: Mention, lo: int, hi: int) -> bool:
    """Whether ``m`` sits inside brackets closed before ``hi`` (a byline: （记者 张三）昨日举行的…)."""
    return any(lo + g.start() <= m.start and m.end <= lo + g.end()
               for g in _BRACKETED.finditer(b.doc.norm[lo:hi]))


def _issued(b: Builder, sent: Sent) -> None:
    """A发布《X》, A印发的《X》, A还推出“Y”: the issuing body of a document or programme."""
    for doc_m in (m for m in sent.outer if m.type == "Programme"):
        for org in (m for m in sent.outer if m.type == "Organization" and m.end <= doc_m.start):
            gap = b.doc.norm[org.end:doc_m.start].rstrip("《“")
            if _ISSUE.match(gap) and ("《" in b.doc.norm[org.end:doc_m.start + 1]):
                b.add(sent, doc_m, "organizer", org, (org.start, doc_m.end))  # 教育部《关于…的通知》
    agent = None
    for clause in re.finditer(r"[^,，;；。!！?？]+", sent.text):
        lo, hi = sent.start + clause.start(), sent.start + clause.end()
        verb = _ISSUE_VERB.search(clause.group())
        if verb is None:
            agent = None
            continue
        vs, ve = lo + verb.start(), lo + verb.end()
        before = [m for m in within(sent, lo, vs, ("Organization", "Person", "Place"))]
        if before and before[-1].type == "Organization" \
                and _ADVERBS.fullmatch(b.doc.norm[before[-1].end:vs]):
            agent = before[-1]
        elif before or not _CARRY.match(clause.group().strip()):
            agent = None  # a new subject, or a clause that does not continue the last one
        if agent is None:
            continue
        agents = [agent]
        for prev in reversed([m for m in before[:-1] if m.type == "Organization"]):
            if not _TOGETHER.fullmatch(b.doc.norm[prev.end:agents[0].start]):
                break
            agents.insert(0, prev)  # A会同B印发
        objects = within(sent, ve, hi, ("Programme",))
        if objects and objects[0].start - ve <= 4:
            for a in agents:
                b.add(sent, objects[0], "organizer", a, (vs, ve))


def _announced(b: Builder, sent: Sent) -> None:
    """A与B(昨日)联合宣布,“X计划”…: the bodies that jointly launch a programme organise it."""
    for cue in _JOINT_LAUNCH.finditer(sent.text):
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        programme = next((m for m in sent.outer if m.type == "Programme" and 0 <= m.start - ce <= 1), None)
        clause_lo = sent.start + max(sent.text.rfind(ch, 0, cue.start()) for ch in _CLAUSE_END) + 1
        orgs = [m for m in within(sent, clause_lo, cs, ("Organization",))]
        if programme is None or not orgs or not _ADVERBS.fullmatch(b.doc.norm[orgs[-1].end:cs]):
            continue
        for a in _agents(b, sent, clause_lo, orgs[-1].end):
            b.add(sent, programme, "organizer", a, (cs, ce))


def _launched(b: Builder, sent: Sent) -> None:
    """A(今日)宣布,“X计划”明年1月1日起上路 / A宣布启动X: the body announcing a programme's launch
    runs it."""
    for cue in _ANNOUNCE.finditer(sent.text):
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        clause_lo = sent.start + max(sent.text.rfind(ch, 0, cue.start()) for ch in _CLAUSE_END) + 1
        orgs = within(sent, clause_lo, cs, ("Organization",))
        programme = next((m for m in sent.outer if m.type == "Programme" and 0 <= m.start - ce <= 1), None)
        if not orgs or programme is None or not _ADVERBS.fullmatch(b.doc.norm[orgs[-1].end:cs]):
            continue
        rest = re.match(r"[^,，;；。]*", b.doc.norm[programme.end:sent.end]).group()
        if cue.group(1) or _GOES_LIVE.search(rest):  # 宣布启动X; 宣布X…起上路
            head = b.doc.norm[clause_lo:orgs[-1].start]
            lo = clause_lo + max(head.rfind(ch) + 1 for ch in ")）〕】")  # after a byline （记者…）
            for a in _agents(b, sent, lo, orgs[-1].end):
                b.add(sent, programme, "organizer", a, (cs, ce))


def _issued_by(b: Builder, sent: Sent) -> None:
    """会议审议通过《X》,决定由A、B印发实施: A and B issue the document named before 由."""
    for m in _ISSUED_BY.finditer(sent.text):
        by = sent.start + m.start()
        if in_name(sent, by, by + 1):
            continue
        target = next((d for d in reversed(sent.outer) if d.type == "Programme" and d.end <= by), None)
        for a in _agents(b, sent, sent.start + m.start(1), sent.start + m.end(1)):
            b.add(sent, target, "organizer", a, (by, sent.start + m.end()))


def settle_hosts(b: Builder) -> None:
    """After the article is read: an event named after a body (某公司某分公司职工创新成果发布会) is
    organised by it unless the article names a host; a host stated by 主办/承办 outranks the body
    a headline says 举行/召开 the event (集团举行表彰大会, 大会由集团工会主办)."""
    by_event: dict[str, list] = {}
    for r in b.rels:
        if r.predicate == "organizer":
            by_event.setdefault(r.subject.text, []).append(r)
    for rels in by_event.values():
        stated = [r for r in rels if re.search(r"主办|承办|协办", b.doc.norm[r.evidence.start:r.evidence.end])]
        held = [r for r in rels if re.search(r"举行|召开|举办", b.doc.norm[r.evidence.start:r.evidence.end])]
        if stated:
            b.rels = [r for r in b.rels if all(r is not h for h in held)]
    for s in b.article.sentences:
        sent = b.sentence(s.start, s.end)
        for ev in (m for m in sent.outer if m.type == "Event" and m.text not in by_event):
            name = b.doc.norm[ev.start:ev.end]
            host = next((k.end() for k in reversed(list(_HOST_NAME.finditer(name)))
                         if _HELD_EVENT.fullmatch(name[k.end():])), None)
            if host is None:
                continue
            org = next((o for o in sent.mentions if o.type == "Organization" and o.start == ev.start
                        and o.end == ev.start + host), None) or b.mention(ev.start, ev.start + host, "Organization")
            b.add(sent, ev, "organizer", org, (ev.start, ev.end))
            by_event[ev.text] = []
            for parent in direct_parents(b, org):
                b.add(sent, org, "subOrganizationOf", parent, (org.start, org.end))


def _own_meetings(b: Builder, sent: Sent) -> None:
    """A meeting named after the body that holds it: 区人大常委会第二十三次会议 → organizer 区人大常委会."""
    for ev in (m for m in sent.outer if m.type == "Event"):
        m = _OWN_MEETING.fullmatch(b.doc.norm[ev.start:ev.end])
        if m is None:
            continue
        org = next((o for o in b.mentions if o.type == "Organization" and o.start == ev.start
                    and o.end == ev.start + m.end(1)), None)
        if org is None:
            org = b.mention(ev.start, ev.start + m.end(1), "Organization")
        b.add(sent, ev, "organizer", org, (ev.start, ev.end))
