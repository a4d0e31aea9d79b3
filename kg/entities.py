"""Mentions of people, organisations, places, programmes and events in an article.

Layered: a statistical tagger (``kg.nn_tagger``, mixed with the CRF of ``kg.ner``; jieba's part-of-speech tags when that module
is absent) proposes PER/LOC/ORG spans, and rules for the regular parts of news language
override it: title + name (区委书记王某某), name lists after a role, bylines, organisation
names ending in a suffix chain (…集团有限公司…分公司), divisions of China and named areas
(…商务区, …站, 地铁N号线), quoted or book-title programmes (“十五五”规划, 《关于…的通知》),
events ending in an event word with their prefixes back to the governing verb
(召开|一季度经济运行分析会, 第二届…邻里节, 2025…大会, 北京冬奥会, 2023年特大暴雨) and deictic forms
(我区, 全市, 区委, 市总工会, 我国). All analysis runs on ``doc.norm``; offsets are valid in
``doc.text``, and ``Mention.text`` is the original spelling.

The rule families live in kg.people, kg.organisations, kg.places, kg.events and kg.programmes,
the tagger's spans in kg.tagged, shared words and lookups in kg.spans and kg.suffixes; this module
runs them per sentence, lets rules and tagger agree, chooses the outermost spans and adds nested ones.

Conventions that kg.relations and kg.resolve rely on:

* ``nested=False`` mentions never overlap each other; they are the outermost names.
* ``nested=True`` mentions lie inside an outer Organization: its parent organisations written
  as a prefix (北京市委 in 北京市委组织部, 民进 in 民进丰台区工委, the company in
  X有限公司Y分公司, 新华社 in 新华社客户端; in 甲区委区政府研究室 both 甲区委 and 区政府) and the
  division it starts with (a Place: 丰台区 in 丰台区委, 北京 in 北京无线电测量研究所).
  An outer Organization containing a nested Organization is its sub-unit.
* A chain of places (北京市丰台区) is written as adjacent Place mentions with no gap; the
  later one lies in the earlier one.
* A Programme written as a quoted name plus a programme word keeps the quotation marks in
  its span (“十五五”规划); a bare quoted or book-title name is the text inside the marks.
  Resolve strips quotation marks when it builds names.
* Deictic forms are mentions whose text is the form itself: Place 我区/全区/本市/我国/首都,
  Organization 区委/区政府/市总工会/我区教委 (level word + organ, not preceded by a name).

>>> from kg.read import read_text
>>> doc = read_text("区委书记王少华主持会议。", doc_id="d")
>>> [(m.type, m.text) for m in find_mentions(doc, doc.articles[0]) if not m.nested]
[('Organization', '区委'), ('Person', '王少华')]
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.model import Article, Document, Mention
from kg.events import event_spans
from kg.organisations import company_short_names, is_organ, name_pieces, organisation_spans
from kg.people import person_spans
from kg.places import ZONE_BODY_RE, is_common_place, names_its_region, place_spans
from kg.programmes import quoted_programmes, quoted_spans, unquoted_programmes
from kg.resolve import SHORT_FORM_DEFINED, defined_name
from kg.spans import (GLUED_PREPOSITIONS, LEVELS, NAME_POS, Span, dictionary_pos, division_names, division_spans, is_known_place,
                      tag_sentences, tokenize, word_frequency)
from kg.tagged import BARE_ORGANS, PLACE_MODIFIES, counted_nouns, province_abbreviations, tagger_spans


PRIORITY = {"byline": 8, "quote": 7, "title": 6, "dotted": 6, "wider": 6, "ner": 5, "rule": 4, "guess": 3, "lexicon": 1}
RULE_TYPES = ("Event", "Programme")  # types the tagger does not know


def find_mentions(doc: Document, article: Article) -> list[Mention]:
    """Mentions of named things in ``article``: outermost ones, then nested ones (``nested=True``).

    >>> from kg.read import read_text
    >>> doc = read_text("北京市委组织部部长李明出席。", doc_id="d")
    >>> [(m.type, m.text, m.nested) for m in find_mentions(doc, doc.articles[0])]
    [('Organization', '北京市委组织部', False), ('Person', '李明', False), ('Organization', '北京市委', True), ('Place', '北京市', True)]
    """
    spans: list[Span] = []
    bounds = [(s.start, s.end) for s in article.sentences] or [(article.start, article.end)]
    known_programmes = quoted_programmes(doc.norm)
    if tag_sentences is not None:
        tag_sentences([doc.norm[start:end] for start, end in bounds])
    for start, end in bounds:
        spans.extend(_sentence_spans(doc.norm, start, end, known_programmes))
    counted = counted_nouns(doc.norm)
    outer = [s for s in _choose(spans) if not (s.source == "ner" and s.type in ("Place", "Organization")
                                                and doc.norm[s.start:s.end] in counted
                                                and not _place_before_counted_kind(doc.norm, s))
             and names_its_region(doc.norm, doc.norm[s.start:s.end])]
    outer = [piece for s in outer for piece in _split_leading_places(doc.norm, s)]
    outer = _short_name_uses(doc.norm, article, outer)
    nested = [n for s in outer if s.type == "Organization" for n in _nested(doc.norm, s)]
    nested += _names_inside(doc.norm, outer, spans)
    return [Mention(doc.id, article.id, s.start, s.end, s.type, doc.text[s.start:s.end], s.nested)
            for s in outer + nested]


def _short_name_uses(norm: str, article: Article, outer: list[Span]) -> list[Span]:
    """``outer`` with every later use of a short form the article defines (X（以下简称“Y”）) as a
    mention of X's type, and of a company's short name (``company_short_names``) as an organisation,
    over the tagger's cuts of them (both are often coined words no model knows).

    >>> t = "深圳华芯科技股份有限公司（以下简称“华芯”）发布年报。华芯营收增长。"
    >>> spans = _short_name_uses(t, Article("a", "", 0, len(t)), [Span(0, 12, "Organization", "rule")])
    >>> [(t[s.start:s.end], s.type) for s in spans]
    [('深圳华芯科技股份有限公司', 'Organization'), ('华芯', 'Organization')]
    """
    for d in SHORT_FORM_DEFINED.finditer(norm, article.start, article.end):
        full = defined_name(norm, d, {s.end: s for s in outer if s.type in ("Organization", "Place", "Programme", "Event")})
        short = d.group(1)
        if full is None or len(short) >= full.end - full.start or word_frequency(short) >= 1000 or any(
                short in lexicon.load(kind) for kind in ("org_suffixes", "place_suffixes", "programme_suffixes")):
            continue  # （以下简称“公司”）: a common word stays a common word elsewhere (其他公司)
        outer = _later_uses(norm, outer, short, d.end(), article.end, full.type)
    for full in [s for s in outer if s.type == "Organization"]:
        for short in company_short_names(norm[full.start:full.end]):
            outer = _later_uses(norm, outer, short, full.end, article.end, "Organization")
    return outer


def _later_uses(norm: str, outer: list[Span], short: str, start: int, end: int, type_: str) -> list[Span]:
    """``outer`` with every use of ``short`` in ``norm[start:end]`` a mention of ``type_`` (over the
    tagger's spans it crosses), except inside a longer name (华芯（东莞）半导体有限公司)."""
    for m in re.finditer(re.escape(short), norm[start:end]):
        a, b = start + m.start(), start + m.end()
        if any(s.start <= a and b <= s.end and (s.start, s.end) != (a, b) for s in outer):
            continue
        outer = [s for s in outer if not (s.start < b and a < s.end)] + [Span(a, b, type_, "rule")]
    return sorted(outer, key=lambda s: s.start)


def _split_leading_places(norm: str, span: Span) -> list[Span]:
    """An organisation written after a chain of divisions starts at the last one: 福建省|厦门市国税局.

    The places before it are mentions of their own, as in a chain of places (北京市|丰台区).

    >>> [(s.type, "福建省厦门市国税局"[s.start:s.end]) for s in _split_leading_places("福建省厦门市国税局", Span(0, 9, "Organization", "rule"))]
    [('Place', '福建省'), ('Organization', '厦门市国税局')]
    """
    if span.type != "Organization":
        return [span]
    chain = []
    for a, b in division_spans(norm[span.start:span.end]):
        if a != (chain[-1][1] if chain else 0):
            break
        chain.append((a, b))
    if len(chain) < 2 or span.start + chain[-1][1] >= span.end or norm[span.start + chain[-1][1] - 1] not in LEVELS + "旗盟":
        return [span]
    places = [Span(span.start + a, span.start + b, "Place", "rule") for a, b in chain[:-1]]
    return [*places, Span(span.start + chain[-1][0], span.end, span.type, span.source)]


def _place_before_counted_kind(norm: str, s: Span) -> bool:
    """A place naming the home of a counted kind (12个|非洲|国家), not the kind itself."""
    return s.type == "Place" and (_well_known_place(norm[s.start:s.end]) or norm.startswith(PLACE_MODIFIES, s.end))


def _well_known_place(name: str) -> bool:
    """A division, a provincial abbreviation, a place abroad (维也纳) or a place jieba knows well (中国,
    法国): not 天河区城中村."""
    return is_known_place(name) or name in province_abbreviations() or (
        len(name) >= 2 and dictionary_pos(name) == "ns" and word_frequency(name) >= 1000)


def _names_inside(norm: str, outer: list[Span], spans: list[Span]) -> list[Span]:
    """The tagger's well-known places inside an event name (长沙 in 长沙全国电影工作会议) or a book
    title, the body that opens an event name (国务院 in 国务院常务会议), and people inside a book
    title (邓小平 in 《邓小平文选》), nested.

    Not bodies, and not people in other names: those are mostly parts of a title (志强焊接课堂,
    《北京市义务教育学校办学条件装备标准》), not mentions of their own.
    """
    out: list[Span] = []
    for o in outer:
        if o.type not in RULE_TYPES:
            continue
        titled = norm[o.start - 1:o.start] == "《"
        inside = sorted((s for s in spans if o.start <= s.start and s.end <= o.end
                         and (s.start, s.end) != (o.start, o.end)
                         and (s.source == "ner" and s.type == "Place" and (o.type == "Event" or titled)
                              and _well_known_place(norm[s.start:s.end])
                              or s.type == "Organization" and o.type == "Event" and s.start == o.start
                              and s.end - s.start >= 2  # 国务院 in 国务院第八次总理办公会议: the body holding it
                              and (s.source in ("ner", "wider") or s.source == "rule" and any(
                                  a == 0 for a, _ in division_spans(norm[s.start:s.end])))  # 某县某学校 in 某县某学校启用仪式
                              or s.source == "ner" and s.type == "Person" and titled and s.end - s.start >= 2)),
                        key=lambda s: (s.start, -s.end))
        for s in inside:
            if not out or s.start >= out[-1].end:
                out.append(Span(s.start, s.end, s.type, s.source, nested=True))
    return out


def _choose(spans: list[Span]) -> list[Span]:
    """Greedy non-overlapping selection: higher priority first, then longer spans."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for s in sorted(spans, key=lambda s: (-PRIORITY[s.source], -(s.end - s.start), s.start)):
        if s.end > s.start and taken.isdisjoint(range(s.start, s.end)):
            chosen.append(s)
            taken.update(range(s.start, s.end))
    return sorted(chosen, key=lambda s: s.start)


def _sentence_spans(norm: str, start: int, end: int, known: frozenset[str]) -> list[Span]:
    text = norm[start:end]
    toks = tokenize(text)
    tagged = tagger_spans(text)
    found = tagged + _reconcile(text, tagged, person_spans(text, toks) + quoted_spans(text, known)
                                + organisation_spans(text, toks) + place_spans(text, toks) + event_spans(text, toks)
                                + unquoted_programmes(text, toks))
    return [Span(s.start + start, s.end + start, s.type, s.source) for s in found
            if not (s.type == "Place" and is_common_place(text, toks, s.start, s.end))
            and not DECIMAL_RE.search(text, s.start, s.end)]


DECIMAL_RE = re.compile(r"\d[.．]\d")  # 南华西7.781亚泰集团: a name never runs across a decimal number (a price list)


def _reconcile(text: str, tagged: list[Span], ruled: list[Span]) -> list[Span]:
    """Let a rule name beat the tagger only where it extends a tagged name to the right.

    The tagger's spans are the base. A rule span that equals one keeps the tagger's type unless
    it is a type the tagger lacks (Event, Programme); one that crosses a tagged span loses; one
    that starts with a tagged place or organisation and carries it further (北京 → 北京奥运会,
    武侯区委 → 武侯区委社会工作部) wins, marked ``wider``.
    """
    for r in ruled:
        if r.source not in ("rule", "lexicon"):
            continue
        inside = [c for c in tagged if r.start <= c.start and c.end <= r.end]
        crossing = any(c.overlaps(r) and c not in inside for c in tagged)
        if crossing or not inside or any(c.type == "Person" for c in inside):
            continue
        if r.type == "Organization" and text[r.start:r.end] in lexicon.load("org_names"):
            r.source = "wider"  # a known full name (经济及科技发展局, 数字政策办公室) over the tagger's cut or type
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (r.start, r.end):
            if r.type in RULE_TYPES:
                r.source = "wider"
            continue
        if r.type == "Event":  # the tagger knows no events: 第二届某区社区邻里节 holds the place it names
            r.source = "wider"
            continue
        if r.type == "Place" and len(inside) == 2 and _own_name(text, inside[1]):
            continue  # 湾仔 + 香港会议展览中心: two places, the second a full name of its own
        if len(inside) == 1 and inside[0].end == r.end and _splits_coined_core(text, r.start, inside[0].start):
            r.source = "wider"  # 前|海商务区: the tagger started inside the name's unknown core (前海)
            continue
        head = text[r.start:inside[0].start]  # 区委 in 区委社会工作部: a prefix the tagger missed
        if head in ("我", "本", "全") and len(inside) == 1 and inside[0].end == r.end:
            r.source = "wider"  # 我|区卫健委, 全|澳: the deictic form is the whole mention
            continue
        if len(inside) == 2 and not _name_words(text, inside[0].end, inside[1].start) and not (
                r.type == "Organization" and inside[-1].end < r.end
                and all(c.type == "Place" and c.end - c.start >= 2 for c in inside)):
            continue  # 群众监督会|紧紧围绕|市委: two tagged names with other words between them are not one
            # (but places inside a body's name are: 浙江省|对口支援|新疆|工作前方指挥部)
        if len(inside) <= 2 and (not head or is_organ(head) or head in division_names()[0]) and (
                inside[-1].end < r.end or head or len(inside) == 2 and text[inside[-1].start:r.end] not in division_names()[0]):
            r.source = "wider"  # 北京 + 丰台站 → 北京丰台站, but 江苏 + 泰兴市 stay two places
    return ruled


def _splits_coined_core(text: str, a: int, cut: int) -> bool:
    """``a`` starts a run of single characters jieba could not make a word of (an unknown name's
    core, 前海 in 前|海|商务区) and ``cut`` falls inside that run.

    >>> _splits_coined_core("加快建设前海商务区", 4, 5), _splits_coined_core("加快建设前海商务区", 2, 5)
    (True, False)
    """
    run = [t for t in tokenize(text) if a <= t.start and t.end <= cut + 1]
    return bool(run) and run[0].start == a and run[-1].end == cut + 1 and all(len(t.word) == 1 for t in run)


def _name_words(text: str, a: int, b: int) -> bool:
    """Nothing, or only proper-name words, between ``a`` and ``b`` (之星 in 渤海之星冷链物流有限公司).

    >>> _name_words("渤海之星物流公司", 2, 4), _name_words("小组紧紧围绕市委", 2, 6)
    (True, False)
    """
    words = [t for t in tokenize(text) if a <= t.start and t.end <= b]
    covered = sum(t.end - t.start for t in words) == b - a
    return covered and all(t.word[0] not in GLUED_PREPOSITIONS if dictionary_pos(t.word) is None else t.pos in NAME_POS
                           for t in words)  # not 对原 (a glued preposition) in 检察院|对原|某市委


def _own_name(text: str, span: Span) -> bool:
    """A tagged place of five or more characters that starts with a division: a full name by itself.

    >>> _own_name("湾仔香港会议展览中心", Span(2, 10, "Place", "ner")), _own_name("北京丰台站", Span(2, 5, "Place", "ner"))
    (True, False)
    """
    return span.end - span.start >= 5 and any(a == 0 for a, _ in division_spans(text[span.start:span.end]))


def _nested(norm: str, outer: Span) -> list[Span]:
    """Parent organisations and the leading division written inside an outer organisation name."""
    pieces = name_pieces(norm, outer.start, outer.end)
    out = []
    if len(pieces) > 1 and norm[pieces[0][0]:pieces[0][1]] not in BARE_ORGANS:  # not 政府 in 政府新闻处
        a, b = pieces[0]
        out.append(Span(a, b, "Organization", "rule", nested=True))
        out.extend(Span(a, b, "Organization", "rule", nested=True)
                   for a, b in pieces[1:-1] if is_organ(norm[a:b]))
    org_names = lexicon.load("org_names")
    for ds, de in division_spans(norm[outer.start:outer.end])[:1]:  # 丰台区 in 丰台区委, 民进丰台区工委
        a, b = outer.start + ds, outer.start + de
        if (ds == 0 or norm[outer.start:a] in org_names) and b < outer.end and not (
                norm[b - 1] not in LEVELS and norm.startswith(("大学", "学院", "理工", "师范", "交通", "医科"), b)):
            out.append(Span(a, b, "Place", "rule", nested=True))  # not 华南 in 华南理工大学
    zone = ZONE_BODY_RE.fullmatch(norm, outer.start, outer.end)
    if zone:  # 某某经济技术开发区 in 某某经济技术开发区管委会
        out.append(Span(outer.start, zone.end(1), "Place", "rule", nested=True))
    return out
