"""One entity per real thing: canonical names, aliases, deictic forms, merging across articles.

Steps: (1) every article gets the place it is about (``Article.place``): the most frequent
district- or city-level place it names, its heading counting double, else that of its document;
(2) each mention gets a name: quotes and book-title marks dropped, short place forms expanded
(丰台 → 丰台区), deictic forms expanded with the article's place (我区 → 丰台区, 区委 → 丰台区委,
市总工会 → 北京市总工会); (3) inside an article, a name that is a reduction of a longer one of the
same type (北方车辆集团 of 北京北方车辆集团有限公司, 冬奥会 of 北京冬奥会) joins it when that is
unambiguous; (4) entities merge across articles and documents by (type, canonical name) and by
unambiguous alias; (5) relations are re-pointed, self-loops and dangling ones dropped, duplicates
removed (the first evidence is kept).

>>> from kg.model import Document, Article, Mention
>>> doc = Document("d", "d.txt", "北京市总工会。市总工会", "北京市总工会。市总工会", [Article("d#0", "", 0, 11)])
>>> ms = [Mention("d", "d#0", 0, 6, "Organization", "北京市总工会"), Mention("d", "d#0", 7, 11, "Organization", "市总工会")]
>>> ex = resolve([doc], ms, [], [])
>>> [(e.name, e.aliases) for e in ex.entities]
[('北京市总工会', ['市总工会'])]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import cache, lru_cache

from kg.lexicon import load, pairs
from kg.model import ARTICLE, Document, Entity, Extraction, Mention, Relation
from kg.hierarchy import DIVISION_SUFFIXES, division_chain, division_parents
from kg.organisations import COMPANY_TAIL_RE, company_short_names
from kg.places import WHOLE_REGION_RE
from kg.read import simplify, simplify_char

_QUOTES = re.compile(r"[“”\"'‘’「」『』《》〈〉\s]")
_LEVEL_CHARS = {"区": "district", "县": "district", "旗": "district", "市": "city", "州": "city",
                "盟": "city", "省": "province"}
# Forms that stand for the place an article is about (我区 → 丰台区) or for a fixed place.
_DEICTIC_PLACE = re.compile(r"(?:我|本|全|该)([省市区县])|([省市区县])内")
_REGION_SUFFIX = "特别行政区"
# 全国 is "nationwide" (全国劳动模范), not a name of China.
_FIXED_PLACE = {"我国": "中国", "祖国": "中国", "首都": "北京市"}  # general facts
# The term of a body is not part of its identity: 区十七届人大常委会 is 区人大常委会.
_TERM = re.compile(r"第?[一二三四五六七八九十百]+届(?=.*(?:人大|政协|委员会|常委会|委|代表大会)$)")
# An organ named by its level only: 区委, 市总工会, 我区教委 (not 市场…, 市民…, 区域…).
_DEICTIC_ORG = re.compile(r"(?:我|本|全)?([省市区县])(?![场民域份级属辖内外块])"
                          r"(.*(?:委|政府|人大|政协|局|办|厅|部|院|会|联|中心|所|队|站|馆|处|室|团|校|科))")
# Lower levels too, for telling references from names (镇政府, 全乡); resolve expands only the above.
_DEICTIC_ANY = re.compile(r"(?:我|本|全|该)[省市区县镇乡村州旗]")
_LEVEL_GOVERNMENT = re.compile(r"(?:我|本|全|该)?[省市区县镇乡村州旗](?:人民)?政府")
_LEGAL_TAIL = re.compile(COMPANY_TAIL_RE.pattern + r"|(?:客户端|微信公众号|公众号|官方微博|App|APP)$")
_PROGRAMME_TAIL = re.compile(r"(?:系列宣讲|系列活动|系列讲座|系列|活动|专项行动|行动|计划|工程|规划|项目)$")
# Functional zones and areas named with 区 that are no administrative district.
_ZONE = re.compile(r"(?:保税区|开发区|经济区|试验区|实验区|高新区|园区|示范区|合作区|商务区|景区|功能区|片区|"
                   r"城区|社区|小区|街区|港区|自贸区|工业区|保护区|度假区|核心区|集聚区|先行区)$")
# X（以下简称“Y”）, X(下称Y), X（简称《Y》）: Y is a defined short form of the name just before.
SHORT_FORM_DEFINED = re.compile(r"[（(](?:以下|下文|下)?简?称[为:：]?[“「\"《]?([^”」\"》）)，,。]{2,12})[”」\"》]?[）)]")
_NEAR = 200  # characters before a deictic form in which a division named there overrides the article's
_YEAR_HEAD = re.compile(r"^\d{4}年?")
_LEAGUE = re.compile(r"(?:中国)?共青团.{2,8}?([省市区县])委")
# A body named by its generic head alone (集团党委书记 → the 集团 the article is about; 委员会主席;
# 合作社有社员86户): it stands for the first body of that head the article named before it.
_GENERIC_HEAD = re.compile(r"集团|公司|分公司|子公司|总公司|委员会|工会|合作社|党委|党组|协会|联会|商会|研究院|工作室")


def resolve(docs, mentions, relations, figures) -> Extraction:
    """Resolve ``mentions`` (and those relations/figures hold) to entities; return the Extraction.

    >>> from kg.model import Document, Article, Mention
    >>> text = "丰台区召开会议。我区将推进。"
    >>> doc = Document("d", "d.txt", text, text, [Article("d#0", "", 0, len(text))])
    >>> ms = [Mention("d", "d#0", 0, 3, "Place", "丰台区"), Mention("d", "d#0", 8, 10, "Place", "我区")]
    >>> ex = resolve([doc], ms, [], [])
    >>> [(e.name, e.aliases) for e in ex.entities], doc.articles[0].place
    ([('丰台区', ['我区'])], '丰台区')
    """
    docs, relations, figures = list(docs), list(relations), list(figures)
    order = {d.id: n for n, d in enumerate(docs)}
    every, twins = _collect(mentions, relations, figures)
    every.sort(key=lambda m: (order.get(m.doc_id, len(order)), m.start, -m.end))
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in every:
        by_article[m.article_id].append(m)
    known_places = {_clean(m.text) for m in every if m.type == "Place"}
    places: dict[str, dict[str, str]] = {}  # article id -> level -> place name
    for doc in docs:
        places.update(_place_articles(doc, by_article, known_places, relations))

    names: dict[int, str] = {}  # id(mention) -> name after expansion
    deictic: set[int] = set()
    starts = {a.id: a.start for d in docs for a in d.articles}
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)  # article id -> (offset, division named)
    for m in every:
        text = _clean(m.text)
        art_places = places.get(m.article_id, {})
        near = _nearby_places(named[m.article_id], art_places,
                              max(starts.get(m.article_id, 0), m.start - _NEAR), m.start)
        named[m.article_id].extend(_divisions_named(m, text, known_places))
        name = _expand(text, m.type, {**art_places, **near}, known_places)
        if name is None:
            continue
        names[id(m)] = name
        if name != text and _is_deictic(text, m.type):
            deictic.add(id(m))

    for doc in docs:
        _defined_short_forms(doc, [m for m in every if m.doc_id == doc.id], names)
    texts = {a.id: d.norm for d in docs for a in d.articles}
    for art_id, ms in by_article.items():
        _generic_referents(ms, names, deictic, texts.get(art_id, ""))
    clusters = _Clusters()
    for art_id, ms in by_article.items():
        _cluster_article([m for m in ms if id(m) in names], names, deictic, clusters)
    _join_quoted_cores(every, names, clusters)
    entities = clusters.entities(every, names, deictic)
    for twin, m in twins:
        twin.entity = m.entity
    entities = _without_name_prefixes(entities, every, relations, figures)
    return Extraction(docs=docs, entities=entities, relations=_relations(relations), figures=figures)


_QUOTED_CORE = re.compile(r"^[“「\"]([^”」\"]{2,})[”」\"]")


def _join_quoted_cores(every: list[Mention], names: dict[int, str], clusters) -> None:
    """Programmes of a document written with the same quoted name and different programme words
    (“某某”行动 in a headline, “某某”志愿服务行动 in the story) are one programme."""
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for m in every:
        core = _QUOTED_CORE.match(m.text)
        if m.type == "Programme" and core and id(m) in names:
            key = ("Programme", names[id(m)])
            clusters.union(first.setdefault((m.doc_id, core.group(1)), key), key)


def _without_name_prefixes(entities: list[Entity], every: list[Mention], relations, figures) -> list[Entity]:
    """Leave out places written only as the prefix of an organisation's name (中国 in 中国工程院, 浙江省
    in 浙江省委): part of that name, not a mention of the place — unless a relation or figure uses them.
    Places inside an event's name (长沙 in 长沙全国电影工作会议) stay.
    """
    bodies = defaultdict(list)
    for m in every:
        if m.type == "Organization" and not m.nested:
            bodies[m.doc_id].append((m.start, m.end))
    used = {x.entity for r in relations for x in (r.subject, r.object) if isinstance(x, Mention)} | {
        f.subject.entity for f in figures if f.subject is not None}

    def in_body(m: Mention) -> bool:
        return m.nested and any(a <= m.start and m.end <= b for a, b in bodies[m.doc_id])

    return [e for e in entities if not (e.type == "Place" and e.key not in used and all(map(in_body, e.mentions)))]


# ---------------------------------------------------------------- names

def _clean(text: str) -> str:
    return _QUOTES.sub("", text)


@cache
def _abbreviations() -> dict[str, str]:
    """Provincial-level divisions and countries by their one-character abbreviation (京 → 北京市, 中 → 中国)."""
    return {**pairs("country_abbreviations"), **pairs("place_abbreviations")}


def is_reference(text: str, type_: str) -> bool:
    """A form that points at a place or government instead of naming it: 我区, 全市, 首都, 县政府.

    An organ written with its level only (区委, 市纪委, 市审计局) names one body and is not a
    reference here, as in named-entity benchmarks; a bare 政府 of a level is.

    >>> [is_reference(t, k) for t, k in [("全乡", "Place"), ("我国", "Place"), ("县政府", "Organization"),
    ...                                    ("丰台区", "Place"), ("区委", "Organization")]]
    [True, True, True, False, False]
    """
    if type_ == "Place":
        return _is_deictic(text, type_) or bool(_DEICTIC_ANY.fullmatch(text))
    return type_ == "Organization" and bool(_LEVEL_GOVERNMENT.fullmatch(text))


def _is_deictic(text: str, type_: str) -> bool:
    if type_ == "Place":
        return bool(_DEICTIC_PLACE.fullmatch(text) or WHOLE_REGION_RE.fullmatch(text)) or text in _FIXED_PLACE or text == "新区"
    return type_ == "Organization" and bool(_DEICTIC_ORG.fullmatch(text))


def _full_place(name: str, known: set[str]) -> str:
    """丰台 → 丰台区 when the text or the divisions list gives exactly one full form; 香港 and 澳門
    are 香港特别行政区 and 澳门特别行政区.
    """
    region = "".join(map(simplify_char, name)) + _REGION_SUFFIX
    if region in load("divisions"):
        return region
    if name.endswith(DIVISION_SUFFIXES) and len(name) > 2 or name not in load("divisions"):
        return name
    fulls = [name + s for s in DIVISION_SUFFIXES if name + s in load("divisions")]
    seen = [f for f in fulls if f in known]
    if len(seen) == 1:
        return seen[0]
    return fulls[0] if len(fulls) == 1 else name


def _level(name: str) -> str | None:
    if not name or re.search(r"[一二三四五六七八九十\d]", name):
        return None  # 城六区 is a group of districts, not a district
    if name.endswith("自治区"):
        return "province"
    if _ZONE.search(name) and name not in load("divisions"):
        return None  # 某保税区, 某开发区: functional zones have a 管委会, not a 区委
    return _LEVEL_CHARS.get(name[-1])


def _divisions_named(m: Mention, text: str, known: set[str]) -> list[tuple[int, str]]:
    """The divisions a mention names: a Place (丰台区, 成都市武侯区 → both), or the division an
    organisation's name opens with (巍山县委 → 巍山县); as (offset, full name).

    >>> _divisions_named(Mention("d", "a", 5, 9, "Organization", "洱源县委"), "洱源县委", set())
    [(5, '洱源县')]
    """
    if m.type == "Place" and not _is_deictic(text, "Place") and not _DEICTIC_ANY.fullmatch(text):
        return [(m.start, _full_place(n, known)) for n in division_chain(text) if _level(_full_place(n, known))]
    if m.type == "Organization":
        for k in range(min(len(text) - 1, 12), 1, -1):
            head = text[:k]
            if head.endswith(DIVISION_SUFFIXES) and (head in load("divisions") or head[:-1] in load("divisions")):
                return [(m.start, head)] if _level(head) else []  # 巍山县 of 巍山县委 (巍山 is listed)
    return []


def _nearby_places(named: list[tuple[int, str]], places: dict[str, str], lo: int, hi: int) -> dict:
    """The article's place per level, replaced by the latest one named twice in ``text[lo:hi]`` when
    the article's own is not named there (a page whose articles were not split: 宾川… then 巍山…县委).

    >>> _nearby_places([(0, "洱源县"), (290, "巍山县"), (300, "巍山县")], {"district": "洱源县"}, 250, 320)
    {'district': '巍山县'}
    >>> _nearby_places([(0, "洱源县"), (290, "巍山县"), (300, "巍山县"), (310, "洱源县")], {"district": "洱源县"}, 250, 320)
    {}
    """
    out = {}
    window = named[bisect_left(named, (lo,)):bisect_left(named, (hi,))]  # ``named`` is in text order
    for level, own in places.items():
        seen = [name for _, name in window if _level(name) == level]
        if seen and own not in seen and seen.count(seen[-1]) >= 2:  # not one place of a list
            out[level] = seen[-1]
    return out


def _expand(text: str, type_: str, places: dict[str, str], known: set[str]) -> str | None:
    """The name a mention stands for (``places``: the article's place per level); ``None`` if empty.

    >>> _expand("区委", "Organization", {"district": "丰台区", "city": "北京市"}, set())
    '丰台区委'
    >>> _expand("市总工会", "Organization", {"district": "丰台区", "city": "北京市"}, set())
    '北京市总工会'
    >>> _expand("区块链产业联盟", "Organization", {"district": "丰台区"}, set())
    '区块链产业联盟'
    >>> _expand("新区", "Place", {"district": "浦东新区"}, set()), _expand("臺北市政府", "Organization", {}, set())
    ('浦东新区', '台北市政府')
    """
    if not text:
        return None
    text = text.replace("臺", "台")  # one name in either form (臺中市政府 is 台中市政府)
    if type_ == "Place":
        if text == "新区" and places.get("district", "").endswith("新区"):
            return places["district"]  # 位于新区的… in a 滨海新区 article
        if text in _FIXED_PLACE:
            return _FIXED_PLACE[text]
        if text in _abbreviations():  # 京 in 京外高校 is 北京市
            return _abbreviations()[text]
        region = WHOLE_REGION_RE.fullmatch(text)
        if region:  # 本港 is Hong Kong (kg.places keeps it only in a text that names Hong Kong)
            return _abbreviations()[region.group(1)]
        d = _DEICTIC_PLACE.fullmatch(text)
        if d:
            return places.get(_LEVEL_CHARS[d.group(1) or d.group(2)], text)
        return _full_place(division_chain(text)[-1], known)  # 成都市武侯区 is 武侯区
    if type_ == "Organization":
        text = _TERM.sub("", text)
        d = _DEICTIC_ORG.fullmatch(text)
        if d:
            place = places.get(_LEVEL_CHARS[d.group(1)])
            if place and place.endswith(d.group(1)):
                return place + d.group(2)
    return text


def defined_name(norm: str, definition: re.Match, by_end: dict):
    """The name a ``SHORT_FORM_DEFINED`` match defines: the one of ``by_end`` (names by where they end)
    ending right before the bracket, or before a closing quotation or book-title mark (《X》（简称…）)."""
    at = definition.start()
    return by_end.get(at) or (by_end.get(at - 1) if norm[at - 1:at] in ("》", "”", "」", "\"") else None)


def _defined_short_forms(doc: Document, ms: list[Mention], names: dict[int, str]) -> None:
    """X（以下简称“Y”）: every mention of Y in the document, of X's type, is named X.

    >>> text = "深圳华芯科技股份有限公司（以下简称“华芯”）发布年报。华芯表示…"
    >>> doc = Document("d", "d.txt", text, text)
    >>> ms = [Mention("d", "a", 0, 12, "Organization", text[:12]), Mention("d", "a", 27, 29, "Organization", "华芯")]
    >>> names = {id(m): m.text for m in ms}
    >>> _defined_short_forms(doc, ms, names)
    >>> names[id(ms[1])]
    '深圳华芯科技股份有限公司'
    """
    by_end = {m.end: m for m in ms if id(m) in names and not m.nested}
    for d in SHORT_FORM_DEFINED.finditer(doc.norm):
        full = defined_name(doc.norm, d, by_end)
        short = _clean(d.group(1))
        if full is None or len(short) >= len(names[id(full)]):
            continue
        for m in ms:
            if m.type == full.type and id(m) in names and _clean(doc.norm[m.start:m.end]) == short:
                names[id(m)] = names[id(full)]


def _generic_referents(ms: list[Mention], names: dict[int, str], deictic: set[int], text: str = "") -> None:
    """Name a bare generic head (集团, 委员会, 工会) after a body of that head named before it in the
    article (长江重工集团, 某发展事务委员会有限公司): the first one of the latest sentence that names
    one; it stays a deictic form, lending no aliases.

    >>> ms = [Mention("d", "a", 0, 6, "Organization", "华东重工集团"), Mention("d", "a", 9, 11, "Organization", "集团")]
    >>> names = {id(m): m.text for m in ms}
    >>> _generic_referents(ms, names, set())
    >>> names[id(ms[1])]
    '华东重工集团'
    """
    simple = {id(m): simplify(names[id(m)]) for m in ms if m.type == "Organization" and id(m) in names}
    for m in ms:
        if id(m) not in simple or not _GENERIC_HEAD.fullmatch(simple[id(m)]):
            continue
        head = simple[id(m)]
        bodies = [o for o in ms if id(o) in simple and o.start < m.start and not _GENERIC_HEAD.fullmatch(simple[id(o)])
                  and any(len(f) > len(head) + 1 and f.endswith(head)
                          for f in (simple[id(o)], _LEGAL_TAIL.sub("", simple[id(o)])))]
        if not bodies:
            continue
        stop = max((text.rfind(c, 0, bodies[-1].start) for c in "。！？\n"), default=-1)
        referent = next(o for o in bodies if o.start > stop)  # 甲公司与乙公司签约。公司… → 甲公司
        names[id(m)] = names[id(referent)]
        deictic.add(id(m))


# ---------------------------------------------------------------- article places

def _place_articles(doc: Document, by_article, known: set[str], relations) -> dict[str, dict[str, str]]:
    """Set ``Article.place`` for every article of ``doc``; return its place per level, by article id."""
    parents = {}  # district -> city, from place chains the text states (北京市丰台区)
    for r in relations:
        if r.predicate == "locatedIn" and isinstance(r.object, Mention) and isinstance(r.subject, Mention) \
                and r.subject.type == r.object.type == "Place":
            parents[_full_place(_clean(r.subject.text), known)] = _full_place(_clean(r.object.text), known)
    doc_counts: dict[str, Counter] = defaultdict(Counter)
    per_article = {}
    for art in doc.articles:
        counts: dict[str, Counter] = defaultdict(Counter)
        found = [(name, 3) for name in _heading_places(doc, art)]  # the heading says what it is about
        for m in by_article.get(art.id, []):
            text = _clean(m.text)
            if m.type == "Place" and not _is_deictic(text, "Place"):
                name = _full_place(division_chain(text)[-1], known)
                found.append((name, 1 if name == text or name in known else 0.5))  # 河西 → 河西区?
        for name, weight in found:
            level = _level(name)
            if level is not None:
                counts[level][name] += weight
                doc_counts[level][name] += weight
        per_article[art.id] = counts
    out = {}
    for art in doc.articles:
        places = {}
        for level in ("district", "city", "province"):
            for counts in (per_article[art.id], doc_counts):
                if counts[level]:
                    # most frequent, ties broken by first appearance (Counter keeps insertion order)
                    places[level] = max(counts[level].items(), key=lambda kv: kv[1])[0]
                    break
        if "district" in places:
            city = parents.get(places["district"]) or _lexicon_city(places["district"], doc_counts["city"])
            if city:
                places["city"] = city
        out[art.id] = places
        art.place = places.get("district") or places.get("city") or places.get("province")
    return out


def _lexicon_city(district: str, named: Counter) -> str | None:
    """The city of a district per the division-parents lexicon: the only one, or the one the page names.

    >>> _lexicon_city("武侯区", Counter())
    '成都市'
    >>> _lexicon_city("鼓楼区", Counter({"福州市": 1}))
    '福州市'
    """
    cities = division_parents(district)
    if len(cities) > 1:
        cities = cities & set(named)
    return next(iter(cities)) if len(cities) == 1 else None


def _heading_places(doc: Document, art) -> list[str]:
    """Full division names (丰台区, 绵阳市) written in the article's heading (its first sentence)."""
    if not art.sentences:
        return []
    head = doc.norm[art.sentences[0].start:art.sentences[0].end]
    if len(head) > 60:
        return []  # no heading: a first sentence of body text
    names = [n for n in _full_divisions() if n in head]
    return [n for n in names if not any(n != o and n in o for o in names)]


@cache
def _full_divisions() -> tuple[str, ...]:
    return tuple(n for n in load("divisions") if len(n) >= 3 and n.endswith(DIVISION_SUFFIXES))


# ---------------------------------------------------------------- clustering

@lru_cache(maxsize=1 << 16)
def _reductions(name: str, type_: str, *, place: bool = True) -> frozenset[str]:
    """Shorter forms the same thing goes by: without legal form, year, generic head (and place prefix).

    >>> sorted(_reductions("北京北方车辆集团有限公司", "Organization"))
    ['北京北方车辆集团', '北京北方车辆集团有限公司', '北方车辆集团', '北方车辆集团有限公司']
    """
    out = {name}
    for form in list(out):
        tail = {"Organization": _LEGAL_TAIL, "Programme": _PROGRAMME_TAIL}.get(type_)
        if tail is not None:
            out.add(tail.sub("", form))
        if type_ == "Event":
            out.add(_YEAR_HEAD.sub("", form))
        if type_ == "Organization" and "人民政府" in form:
            out.add(form.replace("人民政府", "政府"))  # 余杭区人民政府 is written 余杭区政府, 区政府
        if type_ == "Organization":
            out.update(company_short_names(form))  # 澜禾智能 of 宁波澜禾智能装备有限公司
            for full, short in (("特别行政区", "特区"), ("特別行政區", "特區")):
                out.add(form.replace(full, short))  # 澳门特别行政区政府 is written 澳门特区政府
            league = _LEAGUE.fullmatch(form)
            if league:
                out.add(f"团{league.group(1)}委")  # 共青团宁波市委 is 团市委
    for form in list(out) if place else ():
        for k in range(len(form) - 2, 1, -1):
            if _division_prefix(form[:k]) and type_ in ("Organization", "Event"):
                out.add(form[k:])
                break
    return frozenset(f for f in out if len(f) >= 2)


def _division_prefix(text: str) -> bool:
    """Whether ``text`` is a division name, in either script (澳門 is 澳门).

    >>> _division_prefix("澳門"), _division_prefix("德信")
    (True, False)
    """
    return text in load("divisions") or "".join(map(simplify_char, text)) in load("divisions")


class _Clusters:
    """Union–find over names; keys are (type, name)."""

    def __init__(self):
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.deictic_forms: set[tuple[str, str]] = set()

    def find(self, k):
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def entities(self, every, names, deictic) -> list[Entity]:
        groups: dict[tuple, list[Mention]] = defaultdict(list)
        for m in every:
            if id(m) in names:
                groups[self.find((m.type, names[id(m)]))].append(m)
        self._merge_by_alias(groups, names, deictic)
        groups = defaultdict(list, {})
        for m in every:
            if id(m) in names:
                groups[self.find((m.type, names[id(m)]))].append(m)
        out = []
        for (type_, _), ms in groups.items():
            forms = list(dict.fromkeys(names[id(m)] for m in ms))
            canonical = max(forms, key=len)  # the fullest form; first one on ties
            aliases = {names[id(m)] for m in ms} | {_clean(m.text) for m in ms}
            aliases.discard(canonical)
            ent = Entity(canonical, type_, sorted(a for a in aliases if a), list(ms))
            for m in ms:
                m.entity = ent.key
            out.append(ent)
        return out  # groups follow the order of ``every``: first mention first

    def _merge_by_alias(self, groups, names, deictic) -> None:
        """Join a group whose longest name is an unambiguous plain alias (or the name without its
        legal form: 青岛啤酒 of 青岛啤酒股份有限公司) of another group."""
        owners: dict[tuple[str, str], set] = defaultdict(set)
        longest = {}
        for root, ms in groups.items():
            plain = {names[id(m)] for m in ms if id(m) not in deictic}
            # a deictic form expanded with the article's place (区政府 → 余杭区政府) may join a
            # fuller name, but never lends its own forms to others
            every = plain or {names[id(m)] for m in ms}
            longest[root] = max(every, key=len) if every else None
            for form in plain:
                for short in _reductions(form, root[0], place=False):
                    owners[(root[0], short)].add(root)
        for root, name in longest.items():
            if name is None:
                continue
            others = owners[(root[0], name)] - {root}
            bigger = {o for o in others if longest[o] and len(longest[o]) > len(name)}
            if len(bigger) == 1 and not (others - bigger):
                self.union(root, bigger.pop())


def _cluster_article(ms: list[Mention], names, deictic, clusters: _Clusters) -> None:
    """Inside one article: a name joins a longer one of its type when it is an unambiguous reduction."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for m in ms:
        key = (m.type, names[id(m)])
        clusters.find(key)
        if names[id(m)] not in by_type[m.type]:
            by_type[m.type].append(names[id(m)])
    for type_, forms in by_type.items():
        if type_ == "Person":
            continue
        forms = sorted(forms, key=len, reverse=True)
        for short in forms:
            roots = set()
            for long in forms:
                if len(long) > len(short) and (short in _reductions(long, type_) or _abridged(short, long, type_)
                                               or (long.endswith(short) and len(short) >= 3
                                                   and short not in load("divisions"))):
                    roots.add(clusters.find((type_, long)))
            if len(roots) == 1:
                clusters.union((type_, short), roots.pop())


def _abridged(short: str, long: str, type_: str) -> bool:
    """A shortening of an event's name (a headline's) or a body's (援疆 for 对口支援新疆): its characters
    in order, with the same opening and head; a body's also drops characters inside (not 中国银行 of
    中国建设银行, nor 某港保税区管委会 of 某港保税区临港区域管委会: other bodies).

    >>> _abridged("湾区科创论坛", "2025湾区科技创新论坛", "Event"), _abridged("科创论坛", "2025湾区科技创新论坛", "Event")
    (True, False)
    >>> _abridged("浙江省援疆指挥部", "浙江省对口支援新疆工作前方指挥部", "Organization")
    True
    >>> _abridged("中国银行", "中国建设银行", "Organization"), _abridged("天津港保税区管委会", "天津港保税区临港区域管委会", "Organization")
    (False, False)
    """
    long = _YEAR_HEAD.sub("", long)
    head = {"Event": 2, "Organization": 3}.get(type_)
    if head is None or len(short) < 2 + head or short[:2] != long[:2] or short[-head:] != long[-head:]:
        return False
    if type_ == "Organization" and short[2:-head] in long[2:-head]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


# ---------------------------------------------------------------- relations

def _relations(relations: list[Relation]) -> list[Relation]:
    out, seen = [], set()
    for r in relations:
        ends = [x for x in (r.subject, r.object) if isinstance(x, Mention)]
        if any(x.entity is None for x in ends):
            continue
        subj = r.subject.entity if isinstance(r.subject, Mention) else (ARTICLE, r.evidence.article_id)
        obj = r.object.entity if isinstance(r.object, Mention) else ("literal", r.object)
        if subj == obj:
            continue
        key = (subj, r.predicate, obj)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _collect(mentions, relations, figures) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Every distinct mention (the entity stage's plus those rules added), and (twin, original) pairs
    of distinct objects for one span and type."""
    out, spans, twins = [], {}, []
    extra = [x for r in relations for x in (r.subject, r.object) if isinstance(x, Mention)]
    extra += [f.subject for f in figures if isinstance(f.subject, Mention)]
    for m in list(mentions) + extra:
        key = (m.doc_id, m.start, m.end, m.type)
        if key in spans:
            if spans[key] is not m:
                twins.append((m, spans[key]))
            continue
        spans[key] = m
        out.append(m)
    return out, twins
