"""Attribution: which mention a figure is about — the rules of ``subject``, over the references of
a ``kg.references.Scope`` (the article's mentions and back-references).

>>> from kg.model import Article, Document, Mention, Sentence
>>> from kg.references import build_scope
>>> text = "杭州市已建成156个城市书房。"
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> doc = Document("d", "d.txt", text, text, [art])
>>> scope = build_scope(doc, art, [Mention("d", "d#0", 0, 3, "Place", "杭州市")])
>>> subject(scope, art.sentences[0], 6, 6, 14, set()).text
'杭州市'
"""
from __future__ import annotations

import re
from bisect import bisect_left

from kg import lexicon
from kg.clauses import clause_bounds, clause_starts
from kg.measures import starts_with_verb
from kg.model import Mention, Sentence
from kg.programmes import LAUNCH_VERBS
from kg.references import Ref, Scope, refs_between, refs_in
from kg.speakers import content_start, holds_office, is_speaker_clause, own_speaker, speaker_default, speaking_firm

_PRONOUN = re.compile(r"(?<![其吉利])[他她](们)?")
_FRAME_AFTER = ("中", "期间", "以来", "之际")
_COORD = ("与", "和", "及", "同", "、", "以及")
# A sentence set at an event (开幕式上, 会上, 活动期间): the people acting in it act at the event.
_EVENT_FRAME = re.compile(r"(开幕式|闭幕式|启动仪式|仪式|会|会议|大会|活动|论坛|发布会|现场会)(上|中|期间|现场)[，,]")
# 将与, 已同: after an adverb, 与/同/跟 opens a prepositional phrase (with …), not a coordination.
_PREPOSITION = re.compile(r"(将|已|已经|还|也|要|正|均|曾|共同|积极|主动|首次)(与|同|跟|和)")
# A clause that only sets the time (行动计划实施以来, 过去五年里): the subject comes after it.
_TIME_FRAME = re.compile(r"(以来|期间|之际|之时|时候|年来|年间|年里|之后|以后|之前|以前)$")
# Words before a name that make it the standard of a comparison (高于全市平均水平2.1个百分点), not the subject.
_COMPARED = re.compile(r"(高于|低于|超过|超出|快于|慢于|多于|少于|比|较|相当于|领先)$")
# A figure counting who takes part (126名选手参赛, 6位委员作交流发言): it is about the event.
_TAKES_PART = re.compile(r"[^，,；;。]{0,12}?(参赛|参会|参展|与会|参加|出席|入场|观展|作交流发言|发言)")
# The forms that stand for the whole of a place: 全省, 全区, 我市, 本港, 全村.
_WHOLE_PLACE = re.compile(r"(全|我|本)(省|市|区|县|镇|乡|村|州|旗|港|澳)")
_AGE = re.compile(r"(周)?岁")
# What may stand between an age and the person it describes: 78岁的(退休)(居民)刘桂芬, 13岁的七年级学生….
_DESCRIBED = re.compile(r"[^，,。；;：:、\s“”「」（）()的]{0,6}")
# A clause that totals the figures just given: 合共约21公顷, 共计…, 总计….
_SUMS_UP = re.compile(r"(合共|共计|合计|总计|累计共)")
# A clause that gives the share of a whole (约占全市总数的三成): its subject is the part counted before it.
_SHARE = re.compile(r"(约|大约|仅)?占")
# After a place, an unnamed thing of that place (青岛一家物流企业, 某公司): the place names no partner.
_UNNAMED_PARTNER = re.compile(r"(一|某)[家所个名位座]?")
# Words after a place that make it a stretch where something is done (沿线, 一带, 周边).
_LOCATIVE = re.compile(r"(沿线|沿岸|一带|周边|附近|境内|海域|水域)")
_FRAME_CLAUSE = ("作为", "在", "据", "根据", "按照", "为了", "为", "随着", "通过", "围绕", "面对", "针对", "对于",
                 "截至", "经过", "另据", "又据")


def _start(m: Mention) -> int:
    return m.start


def subject(scope: Scope, sent: Sentence, start: int, num_start: int, end: int,
            counted: set[int]) -> Mention | None:
    """The mention the figure spanning [start, end) (its number at ``num_start``) is about, by the
    first rule that applies; ``counted`` are where the sentence's counted nouns start.

    References are the article's mentions plus clause-initial back-references (公园, 该公司 →
    the name said before); in a chain 成都市武侯区 the innermost place counts. A speaker clause
    (X指出, X在讲话中表示, 据X介绍) is not the subject of what it reports.

    0. An age (48岁) is about a person: the one it describes or the person of its clause, else None.
    1. ``分`` + figure + verb + an Event in the clause (分四个阶段召开座谈会): that Event.
    2. The nearest reference in the same clause before the figure (全区26个街镇), unless it is a
       frame (暴雨中, 期间), the standard of a comparison (高于全市…), where the counted come from
       (来自X的…), where a named actor acts (某公司计划在深圳新增…), a byline in brackets, or modifies
       the counted noun (X实践的两个…; but 全区纳入计划的城中村共21个 is 全区's), or the whole of a share
       after a named part (全市…约占全省的三分之一 is 全市's; with no part named, 约占全区…的45% is 全区's).
       Coordinated names (A、B等) give None (a count shared by several things) — or the event, in a
       sentence framed by one (开幕式上) or when the figure counts participants (…名选手参赛); a
       person in such a sentence gives the event too.
    3. A count of participants (126名选手参赛) with no other reference: the event reported.
    4. ``其中`` (of them) continues the previous figure of the paragraph: its subject.
    5. A he/she pronoun before the figure: the paragraph's person.
    6. A clause totalling the previous figure of the sentence (合共, 共计): that figure's subject;
       a clause opening with 经过/历经 (经过两个环节的比拼): the event reported.
    6b. In a sentence framed by an event (会上，…), a clause that opens with the figure (8个项目现场签约)
       and names nothing before it, or goes on from a figure of that event: the event.
    7. An Event or Programme that ends the previous clause (举办X消费节，预计带动…; 发布《X》，明确…).
    8. The subject of the sentence's previous figure when it opened the latest clause that opens with
       a reference (…，合作社流转土地4600亩，带动农户260户); else the topic of the reported content
       (``_topic``): a clause-initial reference (or the place of a frame 在X，…); else the subject of
       the sentence's previous figure (the topic goes on to the next clause).
    9. No reference before the figure: a named person telling of their own work (班组长X说，…; a
       quotation followed by its speaker), else the company or co-operative whose person speaks
       (某合作社理事长X告诉记者，…), else the topic of the latest earlier sentence of the paragraph that
       names one,
       else the paragraph's person, else the event that frames the sentence, else — inside reported
       speech — the speaker's organisation, or the article's place when a leader speaks
       (``kg.speakers.speaker_default``).
    """
    norm = scope.doc.norm
    content = content_start(norm, sent, num_start)
    refs = [r for r in refs_between(scope, content, sent.end) if r.start not in counted]
    c_start, c_end = clause_bounds(norm, sent, num_start)
    if norm[:start].endswith("分"):
        event = next((r.mention for r in refs if r.mention.type == "Event" and end <= r.start < c_end), None)
        if event:
            return event
    before = [r for r in refs if r.end <= num_start]
    pronoun = max((p.end() for p in _PRONOUN.finditer(norm, content, num_start)), default=-1)
    framed = _event_frame(scope, sent)
    in_clause = [r for r in before if r.start >= c_start and not norm.startswith(_FRAME_AFTER, r.end)
                 and not _modifies(norm, sent, c_start, r) and not _where(norm, c_start, r)
                 and not _only_where(norm, r, before) and not _in_brackets(norm, c_start, r.start)]
    if in_clause and norm[:in_clause[-1].start].endswith("占") and (
            len(in_clause) > 1 or scope.last and scope.last_at == sent.start and scope.last[1]):
        in_clause.pop()  # 全市软件业收入约占全省的三分之一: a share is the part's, not the whole's
    if _AGE.match(norm, _unit_at(norm, num_start, end)):
        return _aged(scope, sent, in_clause, end)
    if _SHARE.match(norm, c_start, c_end) and scope.last and scope.last_at == sent.start and scope.last[1]:
        return scope.last[1]  # …鼓楼区建成25个，占全市总数的三成: the share of the part just counted
    # 他从事燃气管网巡检工作23年: a he/she opening the clause is its subject, what follows is object
    opens = _opens_with_pronoun(norm, sent, c_start)
    event = _takes_part(scope, sent, c_start, num_start, end)
    if in_clause:
        r = in_clause[-1]
        if pronoun > r.end or (opens and start - r.end > 2):
            return _paragraph_person(scope, sent)
        if len(in_clause) > 1 and _coordinated(norm, in_clause[-2], r):
            return event or framed  # A、B等38个项目: shared by A and B, or a count of the event
        if len(in_clause) > 1 and _PREPOSITION.fullmatch(norm, in_clause[-2].end, r.start):
            r = in_clause[-2]  # 中南大学将与长沙市共建5个…: 长沙市 is in a prepositional phrase
        if r.mention.type == "Person" and (framed or event) or r.mention.type == "Place" and event:
            return event or framed
        between = norm[r.end:start].rstrip("“「\" ")
        if between in _COORD:
            return event or framed  # 王丽及20余位代表: the count stands beside the name, not about it
        # X实践的两个…: X modifies the counted noun — unless X is the whole place (全区纳入计划的城中村…)
        if not (len(between) > 1 and between.endswith("的")) or _WHOLE_PLACE.fullmatch(norm, r.start, r.end):
            return r.mention
    if event:
        return event
    if _of_them(norm, sent, c_start) and scope.last and scope.last[0] == sent.paragraph:
        return scope.last[1]
    carried = scope.last[1] if scope.last and scope.last_at == sent.start and not in_clause else None
    # 她和某合作社合作，合作社流转土地4600亩，带动农户260户: a later clause named its own subject
    if pronoun > max((r.end for r in before), default=-1) or (
            _opens_with_pronoun(norm, sent, content) and (carried is None or carried.type == "Person")):
        return _paragraph_person(scope, sent)
    if carried is not None and _SUMS_UP.match(norm, c_start, c_end):
        return carried  # 推出4幅产业用地，合共约21公顷: the total of what was just counted
    if re.match(r"经过|历经", norm[c_start:c_end]) and not in_clause:
        held = [m for m in scope.events if m.end <= sent.start]
        if held:  # 经过两个环节的比拼，…: the stages of the contest just reported
            return held[-1]
    if framed and not in_clause and (start == c_start > content or carried is framed):
        return framed  # 会上，X发布了…，8个项目现场签约，签约金额约47亿元: what happens at the event
    if c_start > content:
        prev_end = c_start - 1
        lead = next((r for r in reversed(before) if r.end <= prev_end), None)
        if lead and lead.mention.type in ("Event", "Programme") and \
                re.fullmatch(r"[”」》\"]*(活动|项目|优惠|政策|行动|工程)?[”」》\"]*", norm[lead.end:prev_end]):
            return lead.mention
        launched = _launched_programme(norm, sent, before, content, c_start)
        if launched is not None:
            return launched
    if carried is not None and _switched_to(norm, sent, before, c_start, carried):
        return carried  # 她和某合作社合作，合作社流转土地4600亩，带动农户260户: the topic has switched
    found, topic = _topic(scope, sent, refs, content)
    if found:
        return topic if topic is not None or not framed else framed
    if carried is not None:
        return carried  # 该公司已与11个村签约，带动1800余户…: the subject goes on to the next clause
    if not before:
        speaker = own_speaker(scope, sent, content) or speaking_firm(scope, sent, content)
        if speaker is not None:
            return speaker
        reported = content > sent.start  # an official reporting (副市长X表示，…产值达1250亿元) speaks for the place
        topic = _earlier_topic(scope, sent)
        if topic is not None and not (reported and topic.type == "Person" and holds_office(scope, topic)):
            return topic
        person = _paragraph_person(scope, sent)
        if person is not None and not (reported and holds_office(scope, person)):
            return person
    if framed:
        return framed
    if not in_clause:
        return speaker_default(scope, sent)
    return None


def _launched_programme(norm: str, sent: Sentence, before: list[Ref], content: int, c_start: int) -> Mention | None:
    """A programme launched in an earlier clause of the sentence (X推出“某某”服务计划，委托…运营，建成食堂8家):
    what the later clauses count is its output, unless a clause between opens with a new subject."""
    starts = [k for k in clause_starts(norm, sent) if content <= k < c_start]
    for k in reversed(starts):
        end = clause_bounds(norm, sent, k)[1]
        last = next((r for r in reversed(before) if k <= r.start and r.end <= end), None)
        if last is not None and last.mention.type == "Programme" and any(v in norm[k:last.start] for v in LAUNCH_VERBS) and \
                re.fullmatch(r"[”」》\"]*", norm[last.end:end]):
            return last.mention
        if any(r.start == k for r in before):
            return None  # a later clause named its own subject
    return None


def _switched_to(norm: str, sent: Sentence, before: list[Ref], c_start: int, carried: Mention) -> bool:
    """True when the latest earlier clause of the sentence that opens with a reference opens with
    ``carried``: a new clause-initial subject takes over the topic for the clauses after it."""
    starts = set(clause_starts(norm, sent))
    opening = [r for r in before if r.end <= c_start and r.start in starts]
    return bool(opening) and opening[-1].mention is carried


def _of_them(norm: str, sent: Sentence, c_start: int) -> bool:
    """True when the clause at ``c_start`` opens with 其中 or follows a bare 其中， (其中，A业务收入突破60亿元).

    >>> text = "其中，车规级芯片收入突破60亿元"
    >>> _of_them(text, Sentence(0, len(text), 0), 3), _of_them(text, Sentence(0, len(text), 0), 0)
    (True, True)
    """
    if norm.startswith("其中", c_start):
        return True
    prev = clause_bounds(norm, sent, c_start - 2) if c_start - 2 >= sent.start else None
    return prev is not None and prev[1] == c_start - 1 and norm[prev[0]:prev[1]] == "其中"


def _earlier_topic(scope: Scope, sent: Sentence) -> Mention | None:
    """The topic of the paragraph so far: that of the latest earlier sentence of the paragraph that
    names one (会议通报，全区…5462.8亿元；…增长6.8%。实际使用外资18.6亿美元 — still 全区's figures).
    None when that sentence's subject is a coordination (A与B…)."""
    norm = scope.doc.norm
    for prev in reversed([s for s in scope.article.sentences
                          if s.paragraph == sent.paragraph and s.end <= sent.start]):
        found, topic = _topic(scope, prev, refs_in(scope, prev), content_start(norm, prev, prev.end))
        if found:
            return topic
    return None


def _unit_at(norm: str, num_start: int, end: int) -> int:
    """Where the unit of the figure [num_start, end) is written: after its number and 余/多."""
    m = re.match(r"[0-9０-９.,．" + "〇零一二两三四五六七八九十百千万亿点" + r"]+(余|多)?", norm[num_start:end])
    return num_start + (m.end() if m else 0)


def _modifies(norm: str, sent: Sentence, c_start: int, r: Ref) -> bool:
    """True when ``r`` only qualifies what is counted: the standard of a comparison (高于全市平均水平),
    or where the counted come from (来自九江市、上饶市的6位委员)."""
    if _COMPARED.search(norm, c_start, r.start):
        return True
    origin = norm.rfind("来自", c_start, r.start)
    return origin >= 0 and "的" not in norm[origin:r.start] and "的" in norm[r.end:clause_bounds(norm, sent, r.start)[1]]


def _where(norm: str, c_start: int, r: Ref) -> bool:
    """True when ``r`` is only where the action happens: 在橘子洲沿线清理垃圾1.5吨, 在港区周边….

    >>> from kg.model import Mention
    >>> _where("志愿者在橘子洲沿线清理垃圾", 0, Ref(4, 7, Mention("d", "d#0", 4, 7, "Place", "橘子洲")))
    True
    """
    return r.mention.type == "Place" and "在" in norm[c_start:r.start] and \
        _LOCATIVE.match(norm, r.end) is not None


def _only_where(norm: str, r: Ref, before: list[Ref]) -> bool:
    """True when ``r`` is a place after 在 and the sentence named an actor before it: 指挥部…，在阿瓦提县安排
    资金3.2亿元; 公司计划在深圳新增投入120亿元 — the place says where, the figure is the actor's.

    >>> from kg.model import Mention
    >>> text = "华康公司计划在成都新增投资20亿元"
    >>> ms = [Ref(0, 4, Mention("d", "d#0", 0, 4, "Organization", "华康公司")), Ref(7, 9, Mention("d", "d#0", 7, 9, "Place", "成都"))]
    >>> _only_where(text, ms[1], ms), _only_where(text, ms[0], ms)
    (True, False)
    """
    if r.mention.type != "Place" or not norm[:r.start].endswith("在"):
        return False
    return any(o.end < r.start and o.mention.type != "Place" for o in before)


def _takes_part(scope: Scope, sent: Sentence, c_start: int, num_start: int, end: int) -> Mention | None:
    """The event a figure counts the participants of (126名选手参赛; 来自42家企业的126名选手参赛), when the
    article has reported one by then."""
    norm = scope.doc.norm
    c_end = clause_bounds(norm, sent, num_start)[1]
    if not (_TAKES_PART.match(norm, end, c_end) or  # 来自120余家企业、高校和科研机构的600余名嘉宾参加论坛
            ("来自" in norm[c_start:num_start] and _TAKES_PART.search(norm, end, c_end))):
        return None
    framed = _event_frame(scope, sent)
    if framed:
        return framed
    held = [m for m in scope.events if m.start < num_start]
    return held[-1] if held else None


def _aged(scope: Scope, sent: Sentence, in_clause: list[Ref], end: int) -> Mention | None:
    """An age is about a person: the one it describes (48岁的陈志强), the person of its clause (王磊今年
    29岁), else none — the ages of people left unnamed (拘捕两名男子，年龄分别为35岁及42岁)."""
    norm = scope.doc.norm
    if norm.startswith("的", end):  # 48岁的陈志强; 78岁的居民刘桂芬 (a short description between)
        gap = _DESCRIBED.match(norm, end + 1)
        lo = bisect_left(scope.mentions, end + 1, key=_start)
        after = next((m for m in scope.mentions[lo:] if m.start <= gap.end()), None)
        if after is not None and (after.start == end + 1 or after.type == "Person"):
            return after if after.type == "Person" else None
    if in_clause:
        return in_clause[-1].mention if in_clause[-1].mention.type == "Person" else None
    c_start = clause_bounds(norm, sent, end)[0]
    if _opens_with_pronoun(norm, sent, c_start):
        return _paragraph_person(scope, sent)
    return None


def _opens_with_pronoun(norm: str, sent: Sentence, content: int) -> bool:
    """True when the reported content opens with he/she as its subject (她将50微米薄的芯片…)."""
    p = _PRONOUN.match(norm, content)
    return bool(p and not p.group(1))


def _event_frame(scope: Scope, sent: Sentence) -> Mention | None:
    """The event a sentence opening with 开幕式上 / 会上 / 活动中 happens at: the latest Event named."""
    if not _EVENT_FRAME.match(scope.doc.norm, sent.start, sent.end):
        return None
    before = bisect_left(scope.events, sent.end, key=_start)
    return scope.events[before - 1] if before else None


def _topic(scope: Scope, sent: Sentence, refs: list[Ref], start: int, *,
           pronoun: bool = True) -> tuple[bool, Mention | None]:
    """(found, mention): the named subject of the first substantive clause from ``start`` on.

    ``found`` is True with a None mention when the subject is a coordination (A与B…); a clause
    opening with he/she has the paragraph's person as subject.
    """
    norm = scope.doc.norm
    pos = start
    where = None  # the place of a clause 在X(的…里)，: the topic when no later clause names one
    while pos < sent.end:
        c_start, c_end = clause_bounds(norm, sent, pos)
        pos = c_end + 1
        clause = norm[c_start:c_end]
        inside = [r for r in refs if c_start <= r.start and r.end <= c_end
                  and not norm.startswith(_FRAME_AFTER, r.end) and not _in_brackets(norm, c_start, r.start)]
        if clause.startswith("在") and inside and inside[0].start == c_start + 1 and inside[0].mention.type == "Place":
            where = inside[0].mention  # 在德州市齐河县，80万亩示范区…: the figures are the county's
        if clause.startswith(_FRAME_CLAUSE) or is_speaker_clause(clause) or _EVENT_FRAME.match(clause) \
                or _TIME_FRAME.search(clause):
            continue
        if _opens_with_pronoun(norm, sent, c_start):
            return (True, _paragraph_person(scope, sent)) if pronoun else (False, None)
        if not inside:
            if len(re.sub(r"[（(〔【][^）)〕】]*[）)〕】]", "", clause).strip()) <= 6:  # 本报讯（记者 王某）近日
                continue
            return (True, where) if where else (False, None)
        tail = norm[inside[-1].end:c_end].strip("”」\" ")
        if len(inside) > 1 and _coordinated(norm, inside[-2], inside[-1]) and inside[-1].mention.type == "Person":
            return True, None
        if inside[-1].mention.type == "Person" and not tail:  # 全国劳动模范、某公司工程师张三,
            return True, inside[-1].mention
        titled = next((r for r in inside if r.mention.type == "Person"), None)
        if titled and _ends_with_title(norm[c_start:titled.start]):  # 区委常委、部长王某为…: 王某
            return True, titled.mention
        first = inside[0]
        lead = norm[c_start:first.start].lstrip("“「\"(（《 ")
        if len(lead) > 4 and not lead.rstrip("“「\"《 ").endswith("的"):  # 以他名字命名的“X工作室”成立于…: X
            return False, None
        nxt = next((r for r in inside[1:] if r.start >= first.end), None)
        if nxt is not None and _only_modifies(norm, first, nxt, opens=not lead):
            first = nxt  # 安海镇的福建海峡鞋业有限公司: the place only locates the topic
            nxt = next((r for r in inside[1:] if r.start >= first.end), None)
        if nxt is not None and _coordinated(norm, first, nxt):
            return True, None
        return True, first.mention
    return False, None


def _only_modifies(norm: str, first: Ref, nxt: Ref, *, opens: bool) -> bool:
    """True when ``first`` only qualifies the name after it, which is the topic: a place that locates
    it (安海镇的某鞋业公司; 某镇棉农艾力), or a name inside a relative clause that does not open the
    clause (由浙江引进的某纺织公司 — but 全区纳入计划的城中村… is 全区's); ``opens``: ``first`` opens it.

    >>> from kg.model import Mention
    >>> text = "由浙江援疆引进的天山纺织有限公司"
    >>> a, b = Ref(1, 3, Mention("d", "d#0", 1, 3, "Place", "浙江")), Ref(8, 16, Mention("d", "d#0", 8, 16, "Organization", "天山纺织有限公司"))
    >>> _only_modifies(text, a, b, opens=False), _only_modifies(text, a, b, opens=True)
    (True, False)
    """
    between = norm[first.end:nxt.start]
    if between == "的" and first.mention.type == "Place":
        return True
    if not opens and re.fullmatch(r"[^，,。；;：:、“”「」是]{0,8}的", between):
        return True
    return first.mention.type == "Place" and nxt.mention.type == "Person" and \
        re.fullmatch(r"[\u4e00-\u9fff]{1,4}", between) is not None and not starts_with_verb(between)


def _in_brackets(norm: str, start: int, pos: int) -> bool:
    """True when ``pos`` lies inside a bracket opened after ``start``: a byline （记者 王某）, 〔記者 某／台中報導〕."""
    opening = max(norm.rfind(b, start, pos) for b in "（(〔【")
    return opening >= 0 and not re.search(r"[)）〕】]", norm[opening:pos])


def _ends_with_title(text: str) -> bool:
    """True when ``text`` ends with a job title or office (…研究所高级工程师, 区委副书记、区长)."""
    titles = lexicon.load("titles")
    heads = tuple(t[:-1] for t in titles if t.endswith("*"))
    text = text.rstrip("、 ")
    return any(text.endswith(t) for t in titles if not t.endswith("*")) or \
        (len(text) >= 2 and text.endswith(heads))


def _coordinated(norm: str, a: Ref, b: Ref) -> bool:
    """A和B, A、B, A与B — but not A将与B共建 (与 as a preposition after A's verb)."""
    if b.mention.type == "Place" and _UNNAMED_PARTNER.match(norm, b.end):
        return False  # A与青岛一家企业: B's place only locates an unnamed partner
    return norm[a.end:b.start].strip("”」》\" ") in _COORD


def _paragraph_person(scope: Scope, sent: Sentence) -> Mention | None:
    """The person a paragraph is about: the topic of its first sentence when that is a Person, else
    — when the paragraph opens with 他/她 — the last person named before it in the article."""
    norm = scope.doc.norm
    first = next((s for s in scope.article.sentences if s.paragraph == sent.paragraph), sent)
    found, topic = _topic(scope, first, refs_in(scope, first), content_start(norm, first, first.end),
                          pronoun=False)
    if found and topic is not None and topic.type == "Person":
        return topic
    if not _PRONOUN.match(norm, first.start) and not _PRONOUN.search(norm, sent.start, sent.end):
        return None
    persons = [m for m in scope.mentions[:bisect_left(scope.mentions, sent.start, key=_start)] if m.type == "Person"]
    return next((m for m in reversed(persons) if m.end <= sent.start), None)
