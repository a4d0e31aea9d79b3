"""Speakers: who reports the words a figure sits in, and what those words are about when they name
nothing themselves — the clause that introduces reported content (X指出，…; 据X介绍，…), the person
who tells of their own work (班组长X说，…), the company whose head speaks (某公司总经理说，…), and the
organisation or place a spokesperson or leader speaks for.

>>> from kg.model import Sentence
>>> text = "区长王强指出，今年全区新增企业300家。"
>>> content_start(text, Sentence(0, len(text), 0), text.index("300"))
7
>>> is_speaker_clause("据市统计局介绍")
True
"""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.clauses import clause_bounds, clause_starts
from kg.model import Mention, Sentence
from kg.references import Scope, refs_between
from kg.spans import SPEECH_VERBS

# A clause that introduces reported content: its speaker is not what the figures are about.
_SPEAKER = re.compile("(" + "|".join(SPEECH_VERBS + ("告诉记者", "要求", "认为", "提出", "谈到", "显示", "通报", "宣布", "获悉", "了解",
                                                    "统计", "补充")) + ")$")
# Verbs with which people tell of their own work (胡晓军说), unlike a leader's 强调, 指出, 要求.
_TELLS = re.compile(r"(说|坦言|回忆|感慨|笑着说|告诉记者)[:：，,]?$")
# Organs that govern the place itself: their leaders speak for the place (区委书记, 市政府).
_GOVERNING = ("委", "政府", "人大常委会", "政协", "管委会")
# Titles that make a speaker the voice of an organisation or a place, not of their own work.
_OFFICE = re.compile(r"董事长|总经理|总裁|负责人|局长|厅长|署长|厂长|院长|校长|行长|所长|会长|理事长|主席|发言人|"
                     r"[省市区县州镇乡]长")
# Heads of the bodies that speak of their own business, not for a place: companies, co-operatives,
# schools, hospitals, associations (not a 局 or 委 reporting on the place it governs).
_FIRM = re.compile(r"(公司|集团|合作社|厂|医院|学校|大学|学院|中学|小学|协会|商会|银行|企业|工作室|研究院|研究所)$")


def _start(m: Mention) -> int:
    return m.start


def is_speaker_clause(clause: str) -> bool:
    """True when ``clause`` introduces reported content: it ends with a verb of saying (X指出, 据X介绍).

    >>> is_speaker_clause("市发展改革委有关负责人表示"), is_speaker_clause("全市新增就业3万人")
    (True, False)
    """
    return _SPEAKER.search(clause) is not None


def content_start(norm: str, sent: Sentence, pos: int) -> int:
    """Where what is reported begins: after the last speaker clause (X指出, 据X介绍) before ``pos``;
    the sentence start when none precedes it.

    >>> text = "据介绍，该项目总投资5亿元。"
    >>> content_start(text, Sentence(0, len(text), 0), text.index("5亿")), content_start(text, Sentence(0, len(text), 0), 1)
    (4, 0)
    """
    start = sent.start
    for c_start in clause_starts(norm, sent):
        if c_start >= pos:
            break
        c_end = clause_bounds(norm, sent, c_start)[1]
        if c_end < pos and _SPEAKER.search(norm, c_start, c_end):
            start = c_end + 1
    return start


def _speakers(scope: Scope, sent: Sentence, content: int) -> list[Mention]:
    """The mentions of ``sent`` before its reported content starts at ``content``."""
    lo = bisect_left(scope.mentions, sent.start, key=_start)
    return scope.mentions[lo:bisect_left(scope.mentions, content, lo, key=_start)]


def own_speaker(scope: Scope, sent: Sentence, content: int) -> Mention | None:
    """The person quoted, when what they say names nothing else and they speak of their own work
    (班组长胡晓军说，团队试验了300多次; “……800公斤。”刘金山说): not one who speaks for an organisation
    or a place (局长, 董事长).

    >>> from kg.model import Article, Document
    >>> from kg.references import build_scope
    >>> text = "焊工李明说，我们试验了200多次。"
    >>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
    >>> doc = Document("d", "d.txt", text, text, [art])
    >>> scope = build_scope(doc, art, [Mention("d", "d#0", 2, 4, "Person", "李明")])
    >>> own_speaker(scope, art.sentences[0], 6).text
    '李明'
    """
    norm = scope.doc.norm
    if content > sent.start:
        person = next((m for m in reversed(_speakers(scope, sent, content)) if m.type == "Person"), None)
        if person is None or not _TELLS.search(norm, sent.start, content):
            return None
        return None if holds_office(scope, person) else person
    # “……800公斤。”刘金山给记者算了一笔账: a quotation, then its speaker
    if not (re.match(r"[“「\"]", norm[sent.start:sent.end]) or re.search(r"[”」\"]\s*$", norm[sent.start:sent.end])):
        return None
    nxt = next((s for s in scope.article.sentences if s.start >= sent.end), None)
    if nxt is None or nxt.paragraph != sent.paragraph:
        return None
    at = nxt.start + len(re.match(r"[”」\"\s]*", norm[nxt.start:nxt.end]).group())
    lo = bisect_left(scope.mentions, at, key=_start)
    first = scope.mentions[lo] if lo < len(scope.mentions) else None
    return first if first is not None and first.start == at and first.type == "Person" else None


def speaking_firm(scope: Scope, sent: Sentence, content: int) -> Mention | None:
    """The company, cooperative, school or hospital whose person speaks (某合作社理事长李振华告诉记者，…;
    某公司总经理说，…): what they report is about it, not about the topic of the paragraph.

    >>> from kg.model import Article, Document
    >>> from kg.references import build_scope
    >>> text = "恒达纺织有限公司总经理刘洋说，今年产值达到3亿元。"
    >>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
    >>> doc = Document("d", "d.txt", text, text, [art])
    >>> ms = [Mention("d", "d#0", 0, 8, "Organization", "恒达纺织有限公司"), Mention("d", "d#0", 11, 13, "Person", "刘洋")]
    >>> speaking_firm(build_scope(doc, art, ms), art.sentences[0], 15).text
    '恒达纺织有限公司'
    """
    norm = scope.doc.norm
    return next((r.mention for r in reversed(refs_between(scope, sent.start, content))
                 if r.mention.type == "Organization" and _FIRM.search(norm, r.start, r.end)), None)


def holds_office(scope: Scope, person: Mention) -> bool:
    """True when the article gives ``person`` a title that speaks for an organisation or a place
    (区委书记, 局长, 董事长) before any of their mentions."""
    norm = scope.doc.norm
    for m in scope.mentions:
        if m.type != "Person" or norm[m.start:m.end] != norm[person.start:person.end]:
            continue
        sent = next((s for s in scope.article.sentences if s.start <= m.start < s.end), None)
        if sent is None:
            continue
        title_start = clause_bounds(norm, sent, m.start)[0]
        if _OFFICE.search(norm, title_start, m.start) or any(
                o.type == "Organization" and title_start <= o.start and o.end <= m.start
                and norm[o.start:o.end].endswith(_GOVERNING) for o in scope.mentions):
            return True
    return False


def speaker_default(scope: Scope, sent: Sentence) -> Mention | None:
    """The subject of reported words that name none: the organisation whose spokesperson speaks
    (某集团负责人介绍，已交付320台), or — when a leader speaks (区长要求，确保…增长5%) — the place the
    article is about. None when no one is quoted in the paragraph up to ``sent``.

    >>> from kg.model import Article, Document
    >>> from kg.references import build_scope
    >>> text = "远航集团负责人介绍，已交付320台。"
    >>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
    >>> doc = Document("d", "d.txt", text, text, [art])
    >>> scope = build_scope(doc, art, [Mention("d", "d#0", 0, 4, "Organization", "远航集团")])
    >>> speaker_default(scope, art.sentences[0]).text
    '远航集团'
    """
    norm = scope.doc.norm
    for s in reversed([s for s in scope.article.sentences
                       if s.paragraph == sent.paragraph and s.start <= sent.start]):
        content = content_start(norm, s, s.end)
        if content == s.start:
            continue
        speaker = _speakers(scope, s, content)
        org = next((m for m in reversed(speaker) if m.type == "Organization"
                    and not norm[m.start:m.end].endswith(_GOVERNING)), None)
        if org is not None:
            return org
        if any(m.type == "Person" for m in speaker):
            return scope.place
    return None
