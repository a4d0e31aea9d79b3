"""References: where an article's text points at an entity — its top-level mentions, and the
clause-initial short forms that point back to a name said before (公园 → 良渚古城遗址公园, 该公司,
本届邻里节) — gathered in a ``Scope`` with the place the article is about.

>>> from kg.model import Article, Document, Mention, Sentence
>>> text = "杭州市西湖区召开大会。全区新增企业300家。"
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, 11, 0), Sentence(11, len(text), 0)])
>>> doc = Document("d", "d.txt", text, text, [art])
>>> ms = [Mention("d", "d#0", 0, 3, "Place", "杭州市"), Mention("d", "d#0", 3, 6, "Place", "西湖区"),
...       Mention("d", "d#0", 11, 13, "Place", "全区")]
>>> scope = build_scope(doc, art, ms)
>>> [(r.start, r.end, r.mention.text) for r in scope.refs], scope.place.text
([(0, 6, '西湖区'), (11, 13, '全区')], '全区')
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from kg import lexicon
from kg.clauses import clause_starts
from kg.model import Article, Document, Mention, Sentence
from kg.places import is_zone_of_body
from kg.resolve import SHORT_FORM_DEFINED, defined_name
from kg.spans import RARE, word_frequency

# Words that point back to a name said before: 该公司, 本届邻里节, 这家企业.
_DETERMINER = re.compile(r"该|本届|本次|此次|这一|这个|这家|这所|这|此|本")
# Time words that may open a clause before its subject: 目前合作社有社员86户 (合作社 is the subject).
_LEADING_TIME = re.compile(r"(截至目前|目前|如今|现在|当前|今年|去年|明年|近年来|近年|同时|此外|另外|与此同时)")
# Words for the village or town just named: 全村人均增收, 村里2100多亩, 全镇将新建… (only the small
# units: a 全区 or 全市 may be a wider area than the district named last, e.g. a neighbouring one).
_LOCAL_DEICTIC = re.compile(r"(全|本|我)(村|镇|乡)|(村|镇|乡)(里)")
# Compounds that open with a name's head but refer to nothing named: 地区生产总值 (GDP), 中心城区.
_NOT_BACK_REFERENCES = ("地区生产总值", "中心城区", "中心城市")
_LONGEST_SHORT_FORM = 8
# One character after 该/此 standing for a body or place named before (该校 for a 学校 or 中学, 该院
# for a 医院 or 研究院), with the last characters of the heads it stands for.
_ONE_CHAR_HEADS = {"校": "校学", "院": "院", "局": "局", "所": "所", "厂": "厂", "馆": "馆", "行": "行",
                   "站": "站", "园": "园", "村": "村", "镇": "镇", "乡": "乡", "社": "社"}
_NAMED_THINGS = ("Organization", "Place", "Event", "Programme")
_DEICTIC = re.compile(r"(全|我|本)(区|市|县|省|镇|州|旗)")


@dataclass
class Ref:
    """A written reference to an entity: the mention itself, or a short back-reference (公园 → 良渚古城遗址公园)."""

    start: int
    end: int
    mention: Mention


@dataclass
class Scope:
    """What attribution knows about one article: references, its place, the last subject given."""

    doc: Document
    article: Article
    mentions: list[Mention]  # top-level mentions of the article
    refs: list[Ref]
    place: Mention | None  # a mention of the place the article is about (我区, or its most named district)
    last: tuple[int, Mention | None] | None = None  # (paragraph, subject) of the previous figure
    events: list[Mention] = field(default_factory=list)  # the Event mentions, by position
    last_at: int = -1  # where the sentence of the previous figure starts


def build_scope(doc: Document, article: Article, mentions: list[Mention]) -> Scope:
    """The references of ``article``: its top-level ``mentions`` (a place chain as one) and back-references."""
    top = [m for m in mentions if not m.nested]
    refs: list[Ref] = []
    for m in top:
        prev = refs[-1] if refs else None
        if prev and prev.end == m.start and prev.mention.type == m.type == "Place":
            refs[-1] = Ref(prev.start, m.end, m)  # a chain 成都市武侯区 is about its innermost place
        else:
            refs.append(Ref(m.start, m.end, m))
    starts = {r.start for r in refs}
    defined = _defined_names(doc.norm, article, top)
    short_forms: dict[str, Mention] = {}  # head of a name said so far (公园, 实验室) -> its latest mention
    zones = [m for m in mentions if m.nested and m.type == "Place" and is_zone_of_body(doc.norm, m.start, m.end)]
    pending = iter(sorted((m for m in top + zones if m.type in _NAMED_THINGS), key=lambda m: m.start))
    nxt = next(pending, None)
    for sent in article.sentences:
        for c_start in clause_starts(doc.norm, sent):
            while nxt is not None and nxt.end <= c_start:
                _add_short_forms(doc.norm, nxt, short_forms, defined)
                nxt = next(pending, None)
            if c_start not in starts and short_forms:
                time = _LEADING_TIME.match(doc.norm, c_start, sent.end)
                at = time.end() if time else c_start
                ref = None if at in starts else _back_reference(doc.norm, at, sent.end, short_forms, top)
                if ref:
                    refs.append(ref)
    refs = _bare_heads(doc.norm, refs, top, defined)
    refs += _local_places(doc.norm, article, refs, top)
    refs.sort(key=lambda r: r.start)
    return Scope(doc, article, top, refs, _article_place(doc, article, top),
                  events=[m for m in top if m.type == "Event"])


def _defined_names(norm: str, article: Article, top: list[Mention]) -> dict[str, str]:
    """The short forms ``article`` defines (X（以下简称“Y”）), each with the full name X."""
    by_end = {m.end: m for m in top}
    out = {}
    for d in SHORT_FORM_DEFINED.finditer(norm, article.start, article.end):
        full = defined_name(norm, d, by_end)
        if full is not None:
            out[d.group(1)] = norm[full.start:full.end]
    return out


def _add_short_forms(norm: str, m: Mention, short_forms: dict[str, Mention], defined: dict[str, str]) -> None:
    """Record the heads a later clause may use for ``m``: 公园 or 遗址公园 for 良渚古城遗址公园, and
    公司 for a defined short form (芯联 of 芯联科技有限公司)."""
    heads = _heads()
    name = norm[m.start:m.end].strip("“”「」《》\"")
    name = defined.get(name, name)
    for k in range(2, len(name)):
        short = name[-k:]
        if short in heads or (k >= 3 and short.endswith(heads)):
            short_forms[short] = m


def _back_reference(norm: str, pos: int, end: int, short_forms: dict[str, Mention],
                    top: list[Mention]) -> Ref | None:
    """A clause that opens with the head of a name said before (公园 for 良渚古城遗址公园, 该公司,
    本届邻里节) refers back to it — the usual way Chinese news avoids repeating a long name."""
    det = _DETERMINER.match(norm, pos, end)
    at = det.end() if det else pos
    if norm.startswith(_NOT_BACK_REFERENCES, at):
        return None
    for k in range(min(_LONGEST_SHORT_FORM, end - at), 1, -1):
        m = short_forms.get(norm[at:at + k])
        if m is not None:
            return Ref(pos, at + k, m)
    head = _ONE_CHAR_HEADS.get(norm[at:at + 1]) if det and det.group() in ("该", "此", "这所", "这家") else None
    if head and word_frequency(norm[at:at + 2]) < RARE:  # 该校, 该院 (not 该行业, 该社区)
        named = [m for short, m in short_forms.items() if short[-1] in head]
        if named:
            return Ref(pos, at + 1, max(named, key=lambda m: m.end))
    if det and det.group() in ("本次", "本届", "此次"):  # 本次受表彰的…: the event being reported
        events = [m for m in top if m.type == "Event" and m.end <= pos]
        return Ref(pos, at, events[-1]) if events else None
    return None


def _bare_heads(norm: str, refs: list[Ref], top: list[Mention], defined: dict[str, str]) -> list[Ref]:
    """``refs`` with each mention that is only a name's head (集团, 分公司) pointing at the latest
    name said before with that head (长江重工集团 → 集团现有职工…)."""
    heads = set(_heads())
    named = [m for m in top if m.type in _NAMED_THINGS]
    recorded: dict[str, list[int]] = {}  # head -> the names (indices into ``named``) that end in it
    for i, m in enumerate(named):
        forms: dict[str, Mention] = {}
        _add_short_forms(norm, m, forms, defined)
        for short in forms:
            recorded.setdefault(short, []).append(i)
    out = []
    for r in refs:
        text = norm[r.start:r.end]
        if text in heads and r.mention.type in _NAMED_THINGS:
            for i in reversed(recorded.get(text, ())):
                m = named[i]
                if m.end <= r.start and norm[m.start:m.end] != text:
                    r = Ref(r.start, r.end, m)
                    break
        out.append(r)
    return out


def _local_places(norm: str, article: Article, refs: list[Ref], top: list[Mention]) -> list[Ref]:
    """References for 全村/村里/全镇: the latest village or town (…村, …镇) named before them."""
    taken = {r.start: i for i, r in enumerate(refs)}
    out: list[Ref] = []
    for m in _LOCAL_DEICTIC.finditer(norm, article.start, article.end):
        level = m.group(2) or m.group(3)
        named = [p for p in top if p.type == "Place" and p.end <= m.start()
                 and norm[p.start:p.end].endswith(level) and not _LOCAL_DEICTIC.fullmatch(norm, p.start, p.end)]
        if not named:
            continue
        if m.start() in taken:
            i = taken[m.start()]
            if refs[i].end == m.end() and refs[i].mention.type == "Place":
                refs[i] = Ref(m.start(), m.end(), named[-1])
        elif not any(r.start < m.start() < r.end for r in refs):
            out.append(Ref(m.start(), m.end(), named[-1]))
    return out


@cache
def _heads() -> tuple[str, ...]:
    """Words that end names (公园, 集团, 大会…): the only short forms taken as back-references."""
    return tuple(sorted({w for name in ("org_suffixes", "place_suffixes", "event_suffixes", "programme_suffixes")
                         for w in lexicon.load(name) if len(w) >= 2}))


def _article_place(doc: Document, article: Article, top: list[Mention]) -> Mention | None:
    """A mention of the place the article is about: its first deictic form (全区, 我市), else the
    district or city it names most (the heading counting double)."""
    places = [m for m in top if m.type == "Place"]
    deictic = next((m for m in places if _DEICTIC.fullmatch(doc.norm[m.start:m.end])), None)
    if deictic:
        return deictic
    counts: dict[str, list[Mention]] = {}
    heading_end = article.sentences[0].end if article.sentences else article.start
    for m in places:
        text = doc.norm[m.start:m.end]
        if text.endswith(("区", "市", "县")):
            counts.setdefault(text, []).extend([m, m] if m.start < heading_end else [m])
    if not counts:
        return None
    return max(counts.values(), key=len)[0]


def refs_in(scope: Scope, sent: Sentence) -> list[Ref]:
    """The references inside ``sent``, by position."""
    return refs_between(scope, sent.start, sent.end)


def refs_between(scope: Scope, start: int, end: int) -> list[Ref]:
    """The references inside [start, end), by position."""
    lo = bisect_left(scope.refs, start, key=_ref_start)
    return [r for r in scope.refs[lo:bisect_right(scope.refs, end, lo, key=_ref_start)] if r.end <= end]


def _ref_start(r: Ref) -> int:
    return r.start
