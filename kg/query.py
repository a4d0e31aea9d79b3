"""SPARQL over an output directory, the canned queries of ``ontology/queries``, result formatting.

Queries run on Oxigraph with the union of all graphs as default graph, and the prefixes of
:data:`kg.vocab.PREFIXES` predeclared. Oxigraph's union graph yields one row per quad, so a
triple asserted in two article graphs matches twice: canned queries use DISTINCT or GRAPH.

A canned query declares its parameters in a comment line ``# param: name — what it is``; its
``?name`` is then filled by ``run_query(..., bindings={"name": "王建国"})`` as a literal, through a
trailing ``VALUES`` clause whose terms are escaped by rdflib (quotes in a name cannot end the string).
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.model import ENTITY_TYPES
from kg.rdf import load
from kg.vocab import DATA, ONTOLOGY_DIR, PREFIXES

QUERIES_DIR = ONTOLOGY_DIR / "queries"
_PARAM = re.compile(r"^#\s*param:\s*(\w+)", re.MULTILINE)
_SPARQL_START = re.compile(r"^\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE | re.MULTILINE)


def canned_queries() -> dict[str, Path]:
    """The canned queries by name (file stem of ``ontology/queries/*.rq``).

    >>> {"people-positions", "org-hierarchy", "figures-by-subject", "events", "entity"} <= set(canned_queries())
    True
    """
    return {p.stem: p for p in sorted(QUERIES_DIR.glob("*.rq"))}


def resolve_query(text_or_name: str) -> str:
    """SPARQL text for a canned query name, a path to a ``.rq`` file, or SPARQL text itself.

    >>> resolve_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT * WHERE { ?s ?p ?o }'
    >>> resolve_query("who-is-who")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: unknown query 'who-is-who': expected SPARQL text, a .rq file or one of articles, entity, ...
    """
    canned = canned_queries()
    if text_or_name in canned:
        return canned[text_or_name].read_text(encoding="utf-8")
    if text_or_name.endswith(".rq") and "\n" not in text_or_name:
        path = Path(text_or_name)
        if not path.is_file():
            raise QueryError(f"query file {path} not found: expected a readable .rq file")
        return path.read_text(encoding="utf-8")
    if _SPARQL_START.search(text_or_name) or "{" in text_or_name:
        return text_or_name
    raise QueryError(f"unknown query {text_or_name!r}: expected SPARQL text, a .rq file or one of "
                     f"{', '.join(sorted(canned))}")


def query_params(sparql: str) -> list[str]:
    """The parameters a query declares with ``# param: name`` comment lines.

    >>> query_params("# param: name — an entity name\\nSELECT * WHERE { ?e ?p ?name }")
    ['name']
    """
    return _PARAM.findall(sparql)


def run_query(out_dir: Path | str, sparql: str, *, bindings: dict[str, str] | None = None,
              dataset=None) -> tuple[list[str], list[tuple]]:
    """Run SPARQL (SELECT or ASK) over ``out_dir``; return (variable names, rows of rdflib terms or None).

    ``bindings`` give string values for declared parameters (and any other variable).
    ``dataset`` reuses an already loaded dataset (see :func:`kg.rdf.load`).

    >>> run_query("/nonexistent/out", "SELECT * WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: no graph.trig in /nonexistent/out: expected the output directory of `kg build`; build it first
    """
    bindings = dict(bindings or {})
    missing = [p for p in query_params(sparql) if p not in bindings]
    if missing:
        raise QueryError(f"the query needs a value for ?{missing[0]}: pass --bind {missing[0]}=VALUE")
    ds = dataset if dataset is not None else load(out_dir)
    try:
        result = ds.query(sparql + _values(bindings), initNs=PREFIXES)
        if result.type == "ASK":
            return ["ask"], [(Literal(bool(result.askAnswer)),)]
        if result.type != "SELECT":
            raise QueryError(f"expected a SELECT or ASK query, got {result.type}: rewrite it as SELECT")
        names = [str(v) for v in result.vars]
        rows = [tuple(row.get(v) for v in result.vars) for row in result.bindings]
    except (SyntaxError, ValueError, RuntimeError) as e:  # what Oxigraph raises for bad queries
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise QueryError(f"malformed SPARQL: {first}") from e
    return names, rows


def _values(bindings: dict) -> str:
    """A trailing VALUES clause binding each variable to one term (escaped by rdflib's n3)."""
    if not bindings:
        return ""
    bad = [k for k in bindings if not re.fullmatch(r"\w+", k)]
    if bad:
        raise QueryError(f"cannot bind {bad[0]!r}: expected a variable name (letters, digits, _)")
    terms = [v if isinstance(v, (URIRef, Literal)) else Literal(str(v)) for v in bindings.values()]
    return ("\nVALUES (" + " ".join(f"?{k}" for k in bindings) + ") { ("
            + " ".join(t.n3() for t in terms) + ") }\n")


# ---------------------------------------------------------------- formatting

def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters count two, combining marks none.

    >>> display_width("丰台ab")
    6
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def _clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _compact(term) -> str:
    """A readable form for tables: prefixed IRIs with percent-escapes decoded, literal text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        best = max((ns for ns in PREFIXES.values() if str(term).startswith(ns)), key=len, default=None)
        if best is None:
            return str(term)
        prefix = next(p for p, ns in PREFIXES.items() if ns == best)
        return f"{prefix}:{unquote(term[len(best):])}"
    return str(term)


def format_table(names: list[str], rows: list[tuple], *, max_width: int | None = 60) -> str:
    """An aligned text table; CJK characters count two columns; cells clipped to ``max_width``.

    >>> print(format_table(["name", "n"], [(Literal("王建国"), Literal(3)), (Literal("Li"), None)]))
    name    n
    ------  -
    王建国  3
    Li
    """
    cells = [[_compact(v).replace("\n", " ") for v in row] for row in rows]
    if max_width:
        cells = [[_clip(c, max_width) for c in row] for row in cells]
    widths = [max([display_width(n)] + [display_width(row[i]) for row in cells]) for i, n in enumerate(names)]

    def line(values):
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    return "\n".join([line(names), line(["-" * w for w in widths])] + [line(row) for row in cells])


def _plain(term) -> str:
    return "" if term is None else str(term)


def format_csv(names: list[str], rows: list[tuple]) -> str:
    """CSV with a header row; IRIs in full, literals as their text.

    >>> format_csv(["name"], [(Literal("王建国"),)])
    'name\\r\\n王建国\\r\\n'
    """
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(names)
    writer.writerows([_plain(v) for v in row] for row in rows)
    return buf.getvalue()


def _json_value(term):
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (bool, int)):
            return value
        if isinstance(value, (float, Decimal)) and math.isfinite(value):
            return int(value) if value == int(value) else float(value)
        return str(term)
    return None if term is None else str(term)


def format_json(names: list[str], rows: list[tuple]) -> str:
    """A JSON list of objects, one per row; numbers stay numbers, unbound variables are null.

    >>> format_json(["name", "n"], [(Literal("王建国"), Literal(3))])
    '[{"name": "王建国", "n": 3}]'
    """
    return json.dumps([{n: _json_value(v) for n, v in zip(names, row)} for row in rows], ensure_ascii=False)


# ---------------------------------------------------------------- entity card (kg show)

_FIND = """SELECT DISTINCT ?e ?entity ?class ?exact WHERE {
  { ?e kg:name ?name BIND(1 AS ?exact) } UNION { ?e kg:alias ?name BIND(0 AS ?exact) }
  ?e kg:name ?entity ; a ?class . }"""
_ALIASES = "SELECT DISTINCT ?alias WHERE { ?e kg:alias ?alias } ORDER BY ?alias"
_ARTICLES = """SELECT DISTINCT ?a ?title WHERE { GRAPH ?a { ?a kg:mentions ?e } ?a kg:title ?title }
ORDER BY ?a"""
_RELATIONS = """SELECT DISTINCT ?direction ?p ?x ?xname ?xclass ?sentence ?start ?end ?a ?title WHERE {
  { GRAPH ?a { ?st rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?x ;
                   kg:sentence ?sentence ; kg:start ?start ; kg:end ?end } BIND("out" AS ?direction) }
  UNION
  { GRAPH ?a { ?st rdf:object ?e ; rdf:predicate ?p ; rdf:subject ?x ;
                   kg:sentence ?sentence ; kg:start ?start ; kg:end ?end } BIND("in" AS ?direction) }
  ?a kg:title ?title .
  OPTIONAL { ?x kg:name ?xname } OPTIONAL { ?x kg:title ?xname } OPTIONAL { ?x a ?xclass }
} ORDER BY ?direction ?p ?x ?a ?start"""
_FIGURES = """SELECT DISTINCT ?f ?value ?unit ?measure ?qualifier ?text ?sentence ?start ?end ?a ?title WHERE {
  GRAPH ?a { ?f a kg:Figure ; kg:subject ?e ; kg:value ?value ; kg:unit ?unit ; kg:measure ?measure ;
                kg:qualifier ?qualifier ; kg:text ?text ; kg:sentence ?sentence ; kg:start ?start ; kg:end ?end }
  ?a kg:title ?title .
} ORDER BY ?a ?start"""


def _local(iri) -> str | None:
    return None if iri is None else unquote(str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1])


def _evidence(row: dict) -> dict:
    return {"article": unquote(str(row["a"])[len(DATA + "article/"):]), "title": str(row["title"]),
            "sentence": str(row["sentence"]), "start": int(row["start"]), "end": int(row["end"])}


def entity_card(out_dir: Path | str, name: str, *, dataset=None) -> dict:
    """Everything known about the entity named (or aliased) ``name``, each fact with its evidence.

    Keys: ``name``, ``type``, ``iri``, ``aliases``, ``articles`` (that mention it), ``out`` and
    ``in`` (relations, grouped by predicate and other end, each with a list of ``evidence``),
    ``figures`` and ``others`` (other entities with this name or alias, e.g. a place and an
    organisation). An unknown name raises :class:`kg.errors.QueryError`.

    >>> entity_card("/nonexistent/out", "王建国")
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: no graph.trig in /nonexistent/out: expected the output directory of `kg build`; build it first
    """
    ds = dataset if dataset is not None else load(out_dir)

    def rows(sparql: str, **bindings) -> list[dict]:
        names, found = run_query(out_dir, sparql, bindings=bindings, dataset=ds)
        return [dict(zip(names, row)) for row in found]

    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    found = sorted(rows(_FIND, name=name), key=lambda r: (-int(r["exact"]), order.get(_local(r["class"]), 9),
                                                            str(r["e"])))
    if not found:
        raise QueryError(f"no entity named {name!r} in {out_dir}: expected a canonical name or alias; "
                         f"list names with `kg query {out_dir} people-positions` or `events`")
    best = found[0]
    iri = best["e"]
    card = {"name": str(best["entity"]), "type": _local(best["class"]), "iri": str(iri),
            "aliases": [str(r["alias"]) for r in rows(_ALIASES, e=iri)],
            "articles": [{"article": _local(r["a"]), "title": str(r["title"])} for r in rows(_ARTICLES, e=iri)],
            "out": [], "in": [], "figures": [],
            "others": [{"name": str(r["entity"]), "type": _local(r["class"])}
                       for r in found[1:] if r["e"] != iri]}
    grouped: dict[tuple, dict] = {}
    for r in rows(_RELATIONS, e=iri):
        other = r["xname"] if r["xname"] is not None else r["x"]
        key = (r["direction"], r["p"], r["x"])
        if key not in grouped:
            end = "object" if str(r["direction"]) == "out" else "subject"
            grouped[key] = {"predicate": _local(r["p"]), end: str(other),
                            f"{end}_type": _local(r["xclass"]) if isinstance(r["x"], URIRef) else None,
                            "evidence": []}
            card[str(r["direction"])].append(grouped[key])
        ev = _evidence(r)
        if ev not in grouped[key]["evidence"]:
            grouped[key]["evidence"].append(ev)
    for r in rows(_FIGURES, e=iri):
        card["figures"].append({"value": _json_value(r["value"]), "unit": str(r["unit"]),
                                "measure": str(r["measure"]), "qualifier": str(r["qualifier"]),
                                "text": str(r["text"]), "evidence": [_evidence(r)]})
    return card


def format_card(card: dict) -> str:
    """The entity card of :func:`entity_card` as indented plain text, one evidence sentence a line.

    >>> print(format_card({"name": "王建国", "type": "Person", "aliases": [], "articles": [], "out": [
    ...     {"predicate": "position", "object": "市长", "evidence": [{"sentence": "市长王建国出席。",
    ...      "title": "标题", "article": "d#0", "start": 0, "end": 5}]}], "in": [], "figures": [], "others": []}))
    王建国  (Person)
      position → 市长
          「市长王建国出席。」 — 标题 [d#0 0–5]
    """
    lines = [f"{card['name']}  ({card['type']})"]
    if card["aliases"]:
        lines.append(f"  aliases: {', '.join(card['aliases'])}")

    def evidence(evs):
        for ev in evs:
            lines.append(f"      「{ev['sentence']}」 — {ev['title']} [{ev['article']} {ev['start']}–{ev['end']}]")

    for rel in card["out"]:
        lines.append(f"  {rel['predicate']} → {rel['object']}")
        evidence(rel["evidence"])
    for rel in card["in"]:
        lines.append(f"  ← {rel['predicate']} {rel['subject']}")
        evidence(rel["evidence"])
    for fig in card["figures"]:
        q = fig["qualifier"]
        lines.append(f"  figure: {fig['measure']} {q}{fig['value']} {fig['unit']}  「{fig['text']}」")
        evidence(fig["evidence"])
    if card["articles"]:
        lines.append(f"  mentioned in: {'; '.join(a['title'] or a['article'] for a in card['articles'])}")
    for other in card["others"]:
        lines.append(f"  (also: {other['name']} ({other['type']}) — same name)")
    return "\n".join(lines)


def describe(path: Path) -> str:
    """The first comment line of a canned query file (its one-line description)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not line.startswith("# param"):
            return line.lstrip("# ").strip()
    return ""


FORMATTERS = {"table": format_table, "csv": format_csv, "json": format_json}

__all__ = ["run_query", "canned_queries", "resolve_query", "query_params", "entity_card",
           "format_table", "format_csv", "format_json", "format_card", "describe", "FORMATTERS"]
