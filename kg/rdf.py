"""The only module that builds RDF: an Extraction → an rdflib Dataset on the Oxigraph store.

Layout of the data (see ``ontology/kg.ttl`` for the terms):

* IRIs are stable: ``<DATA><type>/<canonical name>`` for entities (``person/王建国``), so the same
  entity in two articles or two builds is one node; characters other than letters, digits and
  ``-._~`` are percent-encoded. Articles are ``article/<Article.id>``; statements and figures get a
  short hash of what identifies them, so there are no blank nodes and output is deterministic.
* The graph ``graph/entities`` holds what is known about entities regardless of article: type,
  ``kg:name`` and ``kg:alias``.
* Every article has one named graph whose IRI is the article IRI. It holds the article's
  description (title, date, url, source file, ``kg:mentions``), every relation read from it as a
  plain triple, one ``rdf:Statement`` per reading of that triple with its evidence, and its figures.
* Evidence (on statements and figures): ``prov:wasDerivedFrom`` the article, ``kg:sentence``,
  ``kg:cue`` and the offsets ``kg:start``/``kg:end`` (cue) and ``kg:sentStart``/``kg:sentEnd``,
  all offsets into the decoded input file (``Document.source_span``).

Files: ``graph.trig`` (named graphs) and ``graph.ttl`` (all graphs merged), each written atomically
(temp file, then rename). Oxigraph's store dumps in insertion/hash order, so the quads are sorted
here and handed to Oxigraph's streaming serialiser: the same input gives byte-identical files.
``load`` parses with Oxigraph too (oxrdflib's ``ox-trig``); literals read back carry an explicit
``xsd:string`` datatype, which SPARQL matches against plain ``"..."`` literals.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import shutil
import tempfile
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import PROV, RDF, XSD, Dataset, Literal, URIRef

from kg.errors import OutputError
from kg.model import ARTICLE, LITERAL_PREDICATES, Document, Evidence, Extraction, Mention, entity_key
from kg.vocab import DATA, KG, PREFIXES

TRIG, TURTLE = "graph.trig", "graph.ttl"
ENTITIES_GRAPH = URIRef(DATA + "graph/entities")
_SAFE = frozenset("-._~")
_RDF_TYPE = str(RDF.type)


@lru_cache(maxsize=1 << 16)
def _encode(name: str) -> str:
    """Percent-encode everything but letters, digits (any script) and ``-._~``."""
    return "".join(
        ch if ch.isalnum() or ch in _SAFE else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
        for ch in name
    )


def entity_iri(type_: str, name: str) -> URIRef:
    """The IRI of the entity of type ``type_`` named ``name``: the same in every article and build.

    >>> entity_iri("Person", "王建国")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/person/王建国')
    >>> entity_iri("Programme", "“十五五”规划")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/programme/%E2%80%9C十五五%E2%80%9D规划')
    """
    return URIRef(f"{DATA}{type_.lower()}/{_encode(name)}")


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article (also the name of its graph).

    >>> article_iri("page_03#2")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/article/page_03%232')
    """
    return URIRef(f"{DATA}article/{_encode(article_id)}")


def _hashed(kind: str, *parts: object) -> URIRef:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{DATA}{kind}/{digest}")


_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
    (re.compile(r"--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), XSD.gMonthDay),
)


def date_literal(text: str) -> Literal:
    """A date as written by the extractors, typed when it is a valid ISO 8601 form.

    >>> date_literal("2024-03").datatype.endswith("gYearMonth"), date_literal("--06-11").datatype.endswith("gMonthDay")
    (True, True)
    >>> date_literal("2024-02-30").datatype.endswith("string")  # not a real day: kept as text
    True
    """
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(text):
            if datatype == XSD.date:
                try:
                    _dt.date.fromisoformat(text)
                except ValueError:
                    break
            return Literal(text, datatype=datatype)
    return Literal(text, datatype=XSD.string)


# The builder makes Oxigraph terms directly: rdflib term construction dominated build time.
_XSD_DECIMAL, _XSD_INTEGER = ox.NamedNode(str(XSD.decimal)), ox.NamedNode(str(XSD.integer))


def _decimal(value: float) -> ox.Literal:
    number = Decimal(repr(float(value))).normalize()
    return ox.Literal(format(number, "f"), datatype=_XSD_DECIMAL)


def _string(text: str) -> ox.Literal:
    return ox.Literal(text)


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(int(n)), datatype=_XSD_INTEGER)


def _ox_literal(lit: Literal) -> ox.Literal:
    return ox.Literal(str(lit), datatype=ox.NamedNode(str(lit.datatype or XSD.string)))


class _Builder:
    """Collects the quads of one Extraction; entities referenced but not resolved are added too."""

    def __init__(self, ex: Extraction):
        self.docs = {doc.id: doc for doc in ex.docs}
        self.quads: set[tuple] = set()
        self.known = {ent.key for ent in ex.entities}
        self.nodes: dict[str, ox.NamedNode] = {}
        self.ex = ex

    def node(self, term):
        """Oxigraph term for an IRI given as a string/URIRef; Oxigraph terms pass through."""
        if not isinstance(term, str):
            return term
        found = self.nodes.get(term)
        if found is None:
            found = self.nodes[term] = ox.NamedNode(term)
        return found

    def add(self, s, p, o, g: URIRef) -> None:
        self.quads.add((self.node(s), self.node(p), self.node(o), self.node(g)))

    def entity(self, mention: Mention) -> URIRef:
        key = mention.entity or entity_key(mention.type, mention.text)
        type_, name = key.split(":", 1)
        if key not in self.known:  # unresolved mention: describe it so every node has a type and name
            self.known.add(key)
            self._describe(type_, name, [])
        return entity_iri(type_, name)

    def _describe(self, type_: str, name: str, aliases: list[str]) -> None:
        iri = entity_iri(type_, name)
        self.add(iri, RDF.type, KG[type_], ENTITIES_GRAPH)
        self.add(iri, KG.name, _string(name), ENTITIES_GRAPH)
        for alias in aliases:
            if alias != name:
                self.add(iri, KG.alias, _string(alias), ENTITIES_GRAPH)

    def span(self, doc_id: str, start: int, end: int) -> tuple[int, int]:
        doc = self.docs.get(doc_id)
        return doc.source_span(start, end) if doc else (start, end)

    def evidence(self, node: URIRef, ev: Evidence, *, cue: bool = True) -> URIRef:
        graph = article_iri(ev.article_id)
        self.add(node, PROV.wasDerivedFrom, graph, graph)
        self.add(node, KG.sentence, _string(ev.sentence), graph)
        sent_start, sent_end = self.span(ev.doc_id, ev.sent_start, ev.sent_end)
        self.add(node, KG.sentStart, _int(sent_start), graph)
        self.add(node, KG.sentEnd, _int(sent_end), graph)
        if cue:
            start, end = self.span(ev.doc_id, ev.start, ev.end)
            self.add(node, KG.start, _int(start), graph)
            self.add(node, KG.end, _int(end), graph)
            doc = self.docs.get(ev.doc_id)
            if doc is not None and 0 <= ev.start < ev.end <= len(doc.text):
                self.add(node, KG.cue, _string(doc.text[ev.start:ev.end]), graph)
        return graph

    def build(self) -> set:
        for ent in self.ex.entities:
            self._describe(ent.type, ent.name, ent.aliases)
        for doc in self.ex.docs:
            self._articles(doc)
        for ent in self.ex.entities:
            for mention in ent.mentions:
                self.add(article_iri(mention.article_id), KG.mentions, entity_iri(ent.type, ent.name),
                         article_iri(mention.article_id))
        for rel in self.ex.relations:
            self._relation(rel)
        for fig in self.ex.figures:
            self._figure(fig)
        return self.quads

    def _articles(self, doc: Document) -> None:
        for art in doc.articles:
            iri = article_iri(art.id)
            self.add(iri, RDF.type, KG.Article, iri)
            self.add(iri, KG.title, _string(art.title), iri)
            self.add(iri, KG.sourceFile, _string(doc.path), iri)
            start, end = doc.source_span(art.start, art.end)
            self.add(iri, KG.start, _int(start), iri)
            self.add(iri, KG.end, _int(end), iri)
            if art.date:
                self.add(iri, KG.datePublished, _ox_literal(date_literal(art.date)), iri)
            if art.url:
                self.add(iri, KG.url, ox.Literal(art.url, datatype=ox.NamedNode(str(XSD.anyURI))), iri)
            if art.place:
                place = entity_iri("Place", art.place)
                if entity_key("Place", art.place) not in self.known:
                    self.known.add(entity_key("Place", art.place))
                    self._describe("Place", art.place, [])
                self.add(iri, KG.aboutPlace, place, iri)

    def _relation(self, rel) -> None:
        graph = article_iri(rel.evidence.article_id)
        subject = graph if rel.subject == ARTICLE else self.entity(rel.subject)
        if rel.predicate in LITERAL_PREDICATES:
            text = rel.object.text if isinstance(rel.object, Mention) else rel.object
            obj = _ox_literal(date_literal(text)) if rel.predicate == "date" else _string(text)
        elif isinstance(rel.object, Mention):
            obj = self.entity(rel.object)
        else:
            raise ValueError(f"relation {rel.predicate!r} needs a Mention as object, got {rel.object!r}")
        predicate = KG[rel.predicate]
        self.add(subject, predicate, obj, graph)
        ev = rel.evidence
        stmt = _hashed("statement", ev.article_id, subject, predicate, self.node(obj), ev.start, ev.end)
        self.add(stmt, RDF.type, RDF.Statement, graph)
        self.add(stmt, RDF.subject, subject, graph)
        self.add(stmt, RDF.predicate, predicate, graph)
        self.add(stmt, RDF.object, obj, graph)
        self.evidence(stmt, ev)

    def _figure(self, fig) -> None:
        ev = fig.evidence
        subject = self.entity(fig.subject) if fig.subject is not None else None
        node = _hashed("figure", ev.article_id, fig.start, fig.end, fig.value, fig.unit, fig.measure, subject)
        graph = self.evidence(node, ev, cue=False)
        self.add(node, RDF.type, KG.Figure, graph)
        self.add(node, KG.value, _decimal(fig.value), graph)
        for prop, text in ((KG.unit, fig.unit), (KG.measure, fig.measure), (KG.qualifier, fig.qualifier),
                           (KG.text, fig.text)):
            self.add(node, prop, _string(text), graph)
        if subject is not None:
            self.add(node, KG.subject, subject, graph)
        start, end = self.span(ev.doc_id, fig.start, fig.end)
        self.add(node, KG.start, _int(start), graph)
        self.add(node, KG.end, _int(end), graph)


def _new_dataset(store: ox.Store | None = None, *, union: bool = True) -> Dataset:
    """A Dataset on an Oxigraph store; ``union``: the default graph is the union of the named graphs."""
    ds = Dataset(store=OxigraphStore(store=store if store is not None else ox.Store()), default_union=union)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def _quads(ex: Extraction) -> list[ox.Quad]:
    """Every quad of ``ex`` as Oxigraph terms, sorted by graph, subject, ``a`` first, predicate, object."""
    quads = [ox.Quad(*quad) for quad in _Builder(ex).build()]
    return sorted(quads, key=lambda q: (str(q.graph_name), q.subject.value, *_po_key(q)))


def _po_key(t) -> tuple:
    return (t.predicate.value != _RDF_TYPE, t.predicate.value, str(t.object))  # `a` first, as people write


def _serialize(statements: list, fmt: ox.RdfFormat) -> bytes:
    """Oxigraph's serialiser, with the @prefix header in PREFIXES order (not the library's)."""
    body = ox.serialize(statements, format=fmt, prefixes=PREFIXES).decode("utf-8")
    lines = body.splitlines(keepends=True)
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    header = "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in PREFIXES.items())
    return (header + "".join(lines)).encode("utf-8")


def _dataset(quads: list[ox.Quad]) -> Dataset:
    store = ox.Store()
    store.extend(quads)
    return _new_dataset(store)


def to_dataset(ex: Extraction) -> Dataset:
    """The RDF of ``ex``: one named graph per article plus the entities graph, on the Oxigraph store.

    >>> from kg.model import Article, Document, Extraction
    >>> doc = Document("d", "d.txt", "标题", "标题", articles=[Article("d#1", "标题", 0, 2)])
    >>> ds = to_dataset(Extraction(docs=[doc]))
    >>> sorted(str(o) for o in ds.objects(article_iri("d#1"), KG.title))
    ['标题']
    """
    return _dataset(_quads(ex))


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {e.strerror or e}; expected a writable output directory") from e


def write(ex: Extraction, out_dir: Path | str) -> int:
    """Write ``out_dir/graph.trig`` (named graphs) and ``out_dir/graph.ttl`` (merged); return the triple count.

    The files are sorted (same input → same bytes) and each replaces the old one atomically.

    >>> import tempfile; from kg.model import Extraction
    >>> out = Path(tempfile.mkdtemp()); _ = write(Extraction(), out)
    >>> sorted(p.name for p in out.iterdir())
    ['graph.trig', 'graph.ttl']
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create output directory {out_dir}: {e.strerror or e}") from e
    quads = _quads(ex)
    triples = sorted({q.triple for q in quads}, key=lambda t: (t.subject.value, *_po_key(t)))
    _write_atomic(out_dir / TRIG, _serialize(quads, ox.RdfFormat.TRIG))
    _write_atomic(out_dir / TURTLE, _serialize(triples, ox.RdfFormat.TURTLE))
    return len(triples)


def load(out_dir: Path | str) -> Dataset:
    """Read a build into a Dataset on the Oxigraph store: named graphs from ``graph.trig``, and the
    merged ``graph.ttl`` as the default graph.

    So a query without ``GRAPH`` sees every fact once (Oxigraph's union of named graphs would
    return one row per article that states it), and ``GRAPH ?article { … }`` reaches the
    evidence of each article. The first load of a build also writes Oxigraph's on-disk form to
    ``out_dir/.oxigraph``: later loads open it in milliseconds instead of parsing again (a
    million triples take seconds to parse). The cache is rebuilt when the files change and
    skipped when ``out_dir`` is not writable.

    >>> load("/nonexistent/out")
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: no graph.trig in /nonexistent/out: expected the output directory of `kg build`; build it first
    """
    trig, ttl = Path(out_dir) / TRIG, Path(out_dir) / TURTLE
    for path in (trig, ttl):
        if not path.is_file():
            raise OutputError(f"no {path.name} in {out_dir}: expected the output directory of `kg build`; build it first")
    try:
        store = _cached_store(trig, ttl)
        if store is None:
            store = ox.Store()
            _fill(store, trig, ttl)
        return _new_dataset(store, union=False)
    except (SyntaxError, ValueError) as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise OutputError(f"{out_dir} holds invalid RDF ({first}); rebuild it with `kg build`") from e
    except OSError as e:
        raise OutputError(f"cannot read {out_dir} ({e.strerror or e}); rebuild it with `kg build`") from e


def _fill(store: ox.Store, trig: Path, ttl: Path) -> None:
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())


STORE = ".oxigraph"


def _cached_store(trig: Path, ttl: Path) -> ox.Store | None:
    """Oxigraph's on-disk store of a build, made beside it on first use; None if it cannot be written."""
    stamp = " ".join(f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in (trig, ttl))
    cache = trig.parent / STORE
    try:
        if (cache / "STAMP").read_text(encoding="ascii") == stamp:
            return ox.Store.read_only(str(cache / "db"))
    except OSError:
        pass
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f"{STORE}.", dir=trig.parent))
    except OSError:
        return None  # a read-only output directory: load into memory instead
    try:
        store = ox.Store(str(tmp / "db"))
        _fill(store, trig, ttl)
        store.flush()
        del store  # closes the database before it is reopened read-only
        (tmp / "STAMP").write_text(stamp, encoding="ascii")
        shutil.rmtree(cache, ignore_errors=True)
        tmp.rename(cache)
    except OSError:  # e.g. the disk is full, or another kg process won the race: load into memory
        shutil.rmtree(tmp, ignore_errors=True)
        return None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ox.Store.read_only(str(cache / "db"))


__all__ = ["to_dataset", "write", "load", "entity_iri", "article_iri", "date_literal", "ENTITIES_GRAPH",
           "TRIG", "TURTLE"]
