"""Relations between mentions, read sentence by sentence from cue patterns of Chinese news language.

Each rule family lives in its own small module and reads one sentence of ``doc.norm``
(Simplified, same offsets as ``doc.text``):

- ``kg.appositives``: titles around a name (``北京某研究所高级工程师张三`` → position, memberOf;
  ``全国劳动模范、…`` → honour);
- ``kg.credits``: bylines and credits (author, source);
- ``kg.organizers``: ``由…主办``, issuing bodies, a body's own meeting (organizer);
- ``kg.happenings``: ``X主持`` (chair), ``X参加/出席`` (participant), dates and venues of events;
- ``kg.hierarchy``: nested organisations (subOrganizationOf) and place chains (locatedIn).

Where the cue itself names an entity that the entity stage did not return as a mention (the
``区委`` of ``区委书记``, the parent ``XX集团`` of ``XX集团YY公司``, a byline name), the rule adds
a ``nested`` mention over that span; resolve gives it an entity like any other.

>>> from kg.model import Article, Document, Mention, Sentence
>>> text = "市委书记陈立新主持会议。"
>>> doc = Document("d", "d.txt", text, text)
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> rels = extract_relations(doc, art, [Mention("d", "d#0", 4, 7, "Person", "陈立新")])
>>> [(r.predicate, r.object if isinstance(r.object, str) else r.object.text) for r in rels]
[('position', '市委书记'), ('memberOf', '市委')]
"""
from __future__ import annotations

from kg.appositives import extract_person_attributes
from kg.credits import extract_credits
from kg.cues import Builder, focus_of
from kg.happenings import counted_speakers, extract_happenings, meeting_speakers, on_site_signers, settle_dates
from kg.hierarchy import division_chain, extract_hierarchy
from kg.model import Article, Document, Mention, Relation
from kg.organizers import extract_organizers, settle_hosts

__all__ = ["extract_relations", "division_chain"]


def extract_relations(doc: Document, article: Article, mentions: list[Mention]) -> list[Relation]:
    """Relations stated in ``article``, with evidence; subjects/objects are mentions, literals or ARTICLE.

    >>> from kg.model import Article, Document, Mention, Sentence
    >>> text = "由市文联主办的书香节开幕。"
    >>> doc = Document("d", "d.txt", text, text)
    >>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
    >>> ms = [Mention("d", "d#0", 1, 4, "Organization", "市文联"), Mention("d", "d#0", 7, 10, "Event", "书香节")]
    >>> [(r.subject.text, r.predicate, r.object.text) for r in extract_relations(doc, art, ms)]
    [('书香节', 'organizer', '市文联')]
    """
    b = Builder(doc, article, mentions)
    focus = focus_of(doc, article, b.mentions)
    for s in article.sentences:
        sent = b.sentence(s.start, s.end)
        known = focus if focus is None or focus.start < s.end else None  # an anaphor looks back
        extract_person_attributes(b, sent)
        extract_credits(b, sent)
        extract_organizers(b, sent, known)
        extract_happenings(b, sent, known)
        extract_hierarchy(b, b.sentence(s.start, s.end))  # with the mentions the rules above added
    counted_speakers(b, focus)
    meeting_speakers(b, focus)
    on_site_signers(b, focus)
    settle_hosts(b)
    settle_dates(b)
    return _chairs_only(b.rels)


def _chairs_only(rels: list[Relation]) -> list[Relation]:
    """Who chairs an event is its chair, not also a participant (甲主持并讲话).

    >>> from kg.model import Evidence, Mention
    >>> ev, p = Mention("d", "a", 0, 2, "Event", "会议"), Mention("d", "a", 3, 5, "Person", "张三")
    >>> e = Evidence("d", "a", "", 0, 1, 0, 5)
    >>> [r.predicate for r in _chairs_only([Relation(ev, "chair", p, e), Relation(ev, "participant", p, e)])]
    ['chair']
    """
    chairs = {(r.subject.text, r.object.text) for r in rels if r.predicate == "chair"}
    return [r for r in rels if r.predicate != "participant" or not isinstance(r.object, Mention)
            or (r.subject.text, r.object.text) not in chairs]
