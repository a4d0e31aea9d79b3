"""What every relation rule shares: a sentence with its mentions, a builder that collects
relations and mints mentions for spans a cue names, and lookups of mentions by span.

>>> from kg.model import Article, Document, Mention, Sentence
>>> text = "市委书记陈立新主持会议。"
>>> doc = Document("d", "d.txt", text, text)
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> b = Builder(doc, art, [Mention("d", "d#0", 4, 7, "Person", "陈立新")])
>>> [m.text for m in b.sentence(0, len(text)).outer]
['陈立新']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from kg.lexicon import load
from kg.model import Article, Document, Evidence, Mention, Relation
from kg.read import sentence_text

# The article's own event named by a common noun (本次会议, 本届博览会, a clause opening 会议…).
ANAPHOR = re.compile(r"(?:本次|此次|这次|本届|此届|该)[\u4e00-\u9fff]{0,4}(?:会|论坛|赛|展|节|活动)"
                     r"|^(?:会议|大会|活动|论坛|开幕式|峰会|博览会?|展览会?|展会|大赛|比赛|赛事)")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_NOT_NAMES = {"报道", "摄影", "综合", "整理", "编辑", "发自", "供稿", "摄"}


@dataclass
class Sent:
    """A sentence being read: its span, its ``doc.norm`` text and the mentions inside it."""

    start: int
    end: int
    text: str  # doc.norm[start:end]
    mentions: list[Mention]  # every mention inside the sentence, by position
    outer: list[Mention]  # those not inside a longer one


class Builder:
    """Collects relations of one article; mints nested mentions for spans a cue names."""

    def __init__(self, doc: Document, article: Article, mentions: list[Mention]):
        self.doc, self.article = doc, article
        self.mentions = sorted((m for m in mentions if m.article_id == article.id),
                               key=_position)
        self.rels: list[Relation] = []

    def mention(self, start: int, end: int, type_: str) -> Mention:
        for m in self.starting_in(start, start + 1):
            if m.end == end and m.type == type_:
                return m
        m = Mention(self.doc.id, self.article.id, start, end, type_, self.doc.text[start:end], nested=True)
        insort(self.mentions, m, key=_position)
        return m

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in [start, end), by position."""
        lo = bisect_left(self.mentions, start, key=_start)
        return self.mentions[lo:bisect_left(self.mentions, end, lo, key=_start)]

    def add(self, sent: Sent, subject, predicate: str, obj, cue: tuple[int, int]) -> None:
        if subject is None or obj is None or subject is obj or obj == "":
            return
        ev = Evidence(self.doc.id, self.article.id, sentence_text(self.doc, sent),
                      cue[0], cue[1], sent.start, sent.end)
        self.rels.append(Relation(subject, predicate, obj, ev))

    def sentence(self, start: int, end: int) -> Sent:
        lo = bisect_left(self.mentions, start, key=_start)
        hi = bisect_right(self.mentions, end, lo, key=_start)
        inside = [m for m in self.mentions[lo:hi] if m.end <= end]
        return Sent(start, end, self.doc.norm[start:end], inside, _outermost(inside))


def _start(m: Mention) -> int:
    return m.start


def _position(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def _outermost(ms: list[Mention]) -> list[Mention]:
    """The mentions of ``ms`` (sorted by start, longest first) that no longer one of ``ms`` contains."""
    out, reach, group_start, group_end = [], -1, -1, -1  # reach: furthest end of mentions starting earlier
    for m in ms:
        if m.start != group_start:
            reach = max(reach, group_end)
            group_start, group_end = m.start, m.end  # the first of a start is its longest
        if reach < m.end and group_end <= m.end:
            out.append(m)
    return out


def at(sent: Sent, start: int, end: int, types=None, outer=True) -> Mention | None:
    """The mention spanning exactly [start, end) (absolute offsets)."""
    for m in (sent.outer if outer else sent.mentions):
        if m.start == start and m.end == end and (types is None or m.type in types):
            return m
    return None


def in_name(sent: Sent, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a mention (组织 in 市委组织部 is no cue)."""
    return any(m.start <= start and end <= m.end for m in sent.mentions)


def within(sent: Sent, start: int, end: int, types, outer=True) -> list[Mention]:
    """The mentions of ``types`` inside [start, end) (absolute offsets), outermost only by default."""
    return [m for m in (sent.outer if outer else sent.mentions)
            if m.start >= start and m.end <= end and m.type in types]


def focus_of(doc: Document, article: Article, mentions: list[Mention]) -> Mention | None:
    """The event or programme the article is about: named in its heading, else its first Event."""
    if not article.sentences:
        return None
    head = article.sentences[0]
    for types in (("Event",), ("Programme",)):
        for m in mentions:
            if m.type in types and head.start <= m.start and m.end <= head.end:
                return m
    return next((m for m in mentions if m.type == "Event"), None)


def referent(b: Builder, anaphor: str, before: int, focus: Mention | None) -> Mention | None:
    """The event a common noun (博览会, 本届论坛) stands for: the article's own event ``focus`` when its
    name ends with that noun, else the latest Event named before ``before`` that does, else ``focus``.

    >>> from kg.model import Article, Document, Mention, Sentence
    >>> text = "第五届茶博会在泉州开幕。9月,第三届海丝美食博览会开幕。博览会由市商务局主办。"
    >>> doc = Document("d", "d.txt", text, text)
    >>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
    >>> ms = [Mention("d", "d#0", 0, 6, "Event", "第五届茶博会"), Mention("d", "d#0", 15, 25, "Event", "第三届海丝美食博览会")]
    >>> referent(Builder(doc, art, ms), "博览会", 28, ms[0]).text
    '第三届海丝美食博览会'
    """
    noun = re.sub(r"^(?:本次|此次|这次|本届|此届|该|上述)", "", anaphor)
    if len(noun) >= 2 and not (focus is not None and b.doc.norm[focus.start:focus.end].endswith(noun)):
        for m in reversed(b.starting_in(b.article.start, before)):
            if m.type == "Event" and m.end <= before and len(m.text) > len(noun) \
                    and b.doc.norm[m.start:m.end].endswith(noun):
                return m
    return focus


def person_name(b: Builder, sent: Sent, start: int, end: int) -> Mention | None:
    """A byline/credit name token: the Person mention there, or a new one when it looks like a name."""
    for m in sent.mentions:
        if m.type == "Person" and m.start <= start and end <= m.end:
            return m
    token = b.doc.norm[start:end]
    if token in _NOT_NAMES or not _CJK_NAME.fullmatch(token):
        return None
    surnames = load("surnames")
    if surnames and token[0] not in surnames and token[:2] not in surnames:
        return None
    return b.mention(start, end, "Person")

