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
from kg.model import Mention, Sentence
from kg.references import Ref, Scope, refs_between, refs_in

_PRONOUN = re.compile(r"(?<![其吉利])[他她](们)?")
_FRAME_AFTER = ("中", "期间", "以来", "之际")
_COORD = ("与", "和", "及", "同", "、", "以及")
# A clause that introduces reported content: its speaker is not what the figures are about.
_SPEAKER = re.compile(r"(指出|表示|介绍|强调|要求|说|认为|透露|称|提出|谈到|坦言|显示|通报|宣布|获悉|了解|统计)$")
# A sentence set at an event (开幕式上, 会上, 活动期间): the people acting in it act at the event.
_EVENT_FRAME = re.compile(r"(开幕式|闭幕式|启动仪式|仪式|会|会议|大会|活动|论坛|发布会|现场会)(上|中|期间|现场)[，,]")
# 将与, 已同: after an adverb, 与/同/跟 opens a prepositional phrase (with …), not a coordination.
_PREPOSITION = re.compile(r"(将|已|已经|还|也|要|正|均|曾|共同|积极|主动|首次)(与|同|跟|和)")
# Organs that govern the place itself: their leaders speak for the place (区委书记, 市政府).
_GOVERNING = ("委", "政府", "人大常委会", "政协", "管委会")
# A clause that only sets the time (行动计划实施以来, 过去五年里): the subject comes after it.
_TIME_FRAME = re.compile(r"(以来|期间|之际|之时|时候|年来|年间|年里|之后|以后|之前|以前)$")
_FRAME_CLAUSE = ("作为", "在", "据", "根据", "按照", "为了", "为", "随着", "通过", "围绕", "面对", "针对", "对于",
                 "截至", "经过")


def _start(m: Mention) -> int:
    return m.start


def _content_start(norm: str, sent: Sentence, pos: int) -> int:
    """Where what is reported begins: after the last speaker clause (X指出, 据X介绍) before ``pos``."""
    start = sent.start
    for c_start in clause_starts(norm, sent):
        if c_start >= pos:
            break
        c_end = clause_bounds(norm, sent, c_start)[1]
        if c_end < pos and _SPEAKER.search(norm, c_start, c_end):
            start = c_end + 1
    return start


def subject(scope: Scope, sent: Sentence, start: int, num_start: int, end: int,
            counted: set[int]) -> Mention | None:
    """The mention the figure spanning [start, end) (its number at ``num_start``) is about, by the
    first rule that applies; ``counted`` are where the sentence's counted nouns start.

    References are the article's mentions plus clause-initial back-references (公园, 该公司 →
    the name said before); in a chain 成都市武侯区 the innermost place counts. A speaker clause
    (X指出, X在讲话中表示, 据X介绍) is not the subject of what it reports.

    1. ``分`` + figure + verb + an Event in the clause (分四个阶段召开座谈会): that Event.
    2. The nearest reference in the same clause before the figure (全区26个街镇), unless it is a
       frame (暴雨中, 期间) or modifies another noun (X实践的两个…). Coordinated names (A、B等)
       give None (a count shared by several things); a person in a sentence framed by an event
       (开幕式上, 会上) gives the event.
    3. ``其中`` (of them) continues the previous figure of the paragraph: its subject.
    4. A he/she pronoun before the figure: the paragraph's person.
    5. An Event or Programme that ends the previous clause (举办X消费节，预计带动…; 发布《X》，明确…).
    6. The topic of the reported content (``_topic``): a clause-initial reference.
    7. No reference before the figure: the topic of the previous sentence of the paragraph, else the
       paragraph's person, else the event that frames the sentence, else — inside reported speech —
       the speaker's organisation, or the article's place when a leader speaks (``_speaker_default``).
    """
    norm = scope.doc.norm
    content = _content_start(norm, sent, num_start)
    refs = [r for r in refs_between(scope, content, sent.end) if r.start not in counted]
    c_start, c_end = clause_bounds(norm, sent, num_start)
    if norm[:start].endswith("分"):
        event = next((r.mention for r in refs if r.mention.type == "Event" and end <= r.start < c_end), None)
        if event:
            return event
    before = [r for r in refs if r.end <= num_start]
    pronoun = max((p.end() for p in _PRONOUN.finditer(norm, content, num_start)), default=-1)
    framed = _event_frame(scope, sent)
    in_clause = [r for r in before if r.start >= c_start and not norm.startswith(_FRAME_AFTER, r.end)]
    # 他从事燃气管网巡检工作23年: a he/she opening the clause is its subject, what follows is object
    opens = _opens_with_pronoun(norm, sent, c_start)
    if in_clause:
        r = in_clause[-1]
        if pronoun > r.end or (opens and start - r.end > 2):
            return _paragraph_person(scope, sent)
        if len(in_clause) > 1 and _coordinated(norm, in_clause[-2], r):
            return None
        if len(in_clause) > 1 and _PREPOSITION.fullmatch(norm, in_clause[-2].end, r.start):
            r = in_clause[-2]  # 中南大学将与长沙市共建5个…: 长沙市 is in a prepositional phrase
        if r.mention.type == "Person" and framed:
            return framed
        if "的" not in norm[r.end:num_start].lstrip("”」\"")[1:]:  # X实践的两个: X modifies another noun
            return r.mention
    if re.match(r"其中", norm[c_start:c_end]) and scope.last and scope.last[0] == sent.paragraph:
        return scope.last[1]
    if pronoun > max((r.end for r in before), default=-1) or _opens_with_pronoun(norm, sent, content):
        return _paragraph_person(scope, sent)
    if c_start > content:
        prev_end = c_start - 1
        lead = next((r for r in reversed(before) if r.end <= prev_end), None)
        if lead and lead.mention.type in ("Event", "Programme") and \
                re.fullmatch(r"[”」》\"]*(活动|项目)?[”」》\"]*", norm[lead.end:prev_end]):
            return lead.mention
    found, topic = _topic(scope, sent, refs, content)
    if found:
        return topic
    if not before:
        prev = [s for s in scope.article.sentences if s.paragraph == sent.paragraph and s.end <= sent.start]
        if prev:
            p_content = _content_start(norm, prev[-1], prev[-1].end)
            found, topic = _topic(scope, prev[-1], refs_in(scope, prev[-1]), p_content)
            if found and topic is not None:
                return topic
        person = _paragraph_person(scope, sent)
        if person is not None:
            return person
    if framed:
        return framed
    if not in_clause:
        return _speaker_default(scope, sent)
    return None


def _speaker_default(scope: Scope, sent: Sentence) -> Mention | None:
    """The subject of reported words that name none: the organisation whose spokesperson speaks
    (某集团负责人介绍，已交付320台), or — when a leader speaks (区长要求，确保…增长5%) — the place the
    article is about. None when no one is quoted in the paragraph."""
    norm = scope.doc.norm
    for s in reversed([s for s in scope.article.sentences
                       if s.paragraph == sent.paragraph and s.start <= sent.start]):
        content = _content_start(norm, s, s.end)
        if content == s.start:
            continue
        lo = bisect_left(scope.mentions, s.start, key=_start)
        speaker = scope.mentions[lo:bisect_left(scope.mentions, content, lo, key=_start)]
        org = next((m for m in reversed(speaker) if m.type == "Organization"
                    and not norm[m.start:m.end].endswith(_GOVERNING)), None)
        if org is not None:
            return org
        if any(m.type == "Person" for m in speaker):
            return scope.place
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
    while pos < sent.end:
        c_start, c_end = clause_bounds(norm, sent, pos)
        pos = c_end + 1
        clause = norm[c_start:c_end]
        inside = [r for r in refs if c_start <= r.start and r.end <= c_end
                  and not norm.startswith(_FRAME_AFTER, r.end)]
        if clause.startswith(_FRAME_CLAUSE) or _SPEAKER.search(clause) or _EVENT_FRAME.match(clause) \
                or _TIME_FRAME.search(clause):
            continue
        if _opens_with_pronoun(norm, sent, c_start):
            return (True, _paragraph_person(scope, sent)) if pronoun else (False, None)
        if not inside:
            if len(clause.strip()) <= 6:
                continue
            return False, None
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
        if len(lead) > 4:
            return False, None
        nxt = next((r for r in inside[1:] if r.start >= first.end), None)
        if nxt is not None and _coordinated(norm, first, nxt):
            return True, None
        return True, first.mention
    return False, None


def _ends_with_title(text: str) -> bool:
    """True when ``text`` ends with a job title or office (…研究所高级工程师, 区委副书记、区长)."""
    titles = lexicon.load("titles")
    heads = tuple(t[:-1] for t in titles if t.endswith("*"))
    text = text.rstrip("、 ")
    return any(text.endswith(t) for t in titles if not t.endswith("*")) or \
        (len(text) >= 2 and text.endswith(heads))


def _coordinated(norm: str, a: Ref, b: Ref) -> bool:
    """A和B, A、B, A与B — but not A将与B共建 (与 as a preposition after A's verb)."""
    return norm[a.end:b.start].strip("”」》\" ") in _COORD


def _paragraph_person(scope: Scope, sent: Sentence) -> Mention | None:
    """The person a paragraph is about: the topic of its first sentence when that is a Person, else
    — when the paragraph opens with 他/她 — the last person named before it in the article."""
    norm = scope.doc.norm
    first = next((s for s in scope.article.sentences if s.paragraph == sent.paragraph), sent)
    found, topic = _topic(scope, first, refs_in(scope, first), _content_start(norm, first, first.end),
                          pronoun=False)
    if found and topic is not None and topic.type == "Person":
        return topic
    if not _PRONOUN.match(norm, first.start) and not _PRONOUN.search(norm, sent.start, sent.end):
        return None
    persons = [m for m in scope.mentions[:bisect_left(scope.mentions, sent.start, key=_start)] if m.type == "Person"]
    return next((m for m in reversed(persons) if m.end <= sent.start), None)
