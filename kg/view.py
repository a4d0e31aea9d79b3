"""The interactive HTML view: one self-contained file that works with no network at all.

``to_networkx`` turns an Extraction into a graph of entities; ``write_view`` lays it out in
Python and writes a single HTML page with vis-network (the build pyvis ships, inlined), a legend
that filters by type, a search box and a hover card. This is the only module that imports pyvis.

What goes where:

- nodes are entities (key ``Entity.key``) coloured and shaped by type, sized by degree;
- edges are relations between two entities, labelled by predicate, with their evidence sentences;
- literal relations (position, honour, date) and figures sit on their subject's hover card;
- credits of an article (``@article`` –author/source→ X) sit on X's hover card as
  "author of <article title>": articles are not nodes, so a corpus of thousands of articles
  does not bury the entities under one star per byline.

Article text only ever reaches the page as JSON data that the page's script puts into the DOM
with ``textContent``; a Content-Security-Policy with the hashes of the page's own two scripts
blocks anything else, so a ``<script>`` inside an article can never run.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from pathlib import Path

import networkx as nx

from kg.errors import InputError, OutputError
from kg.layout import layout
from kg.model import ARTICLE, ENTITY_TYPES, Evidence, Extraction, Mention, entity_key

# (colour, vis-network shape, legend glyph) per entity type; unknown types get the last style.
_STYLE = {
    "Person": ("#e15759", "dot", "●"),
    "Organization": ("#4e79a7", "square", "■"),
    "Place": ("#59a14f", "triangle", "▲"),
    "Programme": ("#f28e2b", "diamond", "◆"),
    "Event": ("#b07aa1", "star", "★"),
}
_OTHER_STYLE = ("#9c9c9c", "hexagon", "⬢")


def to_networkx(ex: Extraction) -> nx.MultiDiGraph:
    """The entity graph of ``ex``: nodes keyed by ``Entity.key``, one edge per (subject, predicate, object).

    Node attributes: ``name``, ``type``, ``aliases`` and the lists ``facts`` (literal relations),
    ``figures`` and ``credits`` (articles the entity is credited for). Edge key and attribute
    ``predicate`` name the relation; ``evidence`` lists ``{"sentence", "article"}`` dicts.
    Relations whose ends are not entities of ``ex`` are left out.

    >>> from kg.model import Entity, Evidence, Mention, Relation
    >>> ev = Evidence("d", "d#1", "市长陈立新会见了来访的代表团。", 0, 2, 0, 15)
    >>> p = Mention("d", "d#1", 2, 5, "Person", "陈立新", entity="Person:陈立新")
    >>> ex = Extraction(entities=[Entity("陈立新", "Person", mentions=[p])],
    ...                 relations=[Relation(p, "position", "市长", ev)])
    >>> g = to_networkx(ex)
    >>> g.nodes["Person:陈立新"]["facts"][0]["value"], g.number_of_edges()
    ('市长', 0)
    """
    if not isinstance(ex, Extraction):
        raise InputError(f"view needs a kg.model.Extraction, got {type(ex).__name__}; "
                         "run the pipeline first (kg.pipeline) and pass its result")
    g = nx.MultiDiGraph()
    for ent in sorted(ex.entities, key=lambda e: e.key):
        g.add_node(ent.key, name=ent.name, type=ent.type,
                   aliases=sorted(set(ent.aliases) - {ent.name}), facts=[], figures=[], credits=[])
    titles = {art.id: art.title for doc in ex.docs for art in doc.articles}

    def where(ev: Evidence) -> dict:
        return {"sentence": ev.sentence, "article": titles.get(ev.article_id, ev.article_id)}

    for rel in ex.relations:
        subj, obj = _node_of(rel.subject, g), _node_of(rel.object, g)
        if rel.subject == ARTICLE and obj:
            g.nodes[obj]["credits"].append({"predicate": rel.predicate, **where(rel.evidence)})
        elif isinstance(rel.object, str) and subj:
            g.nodes[subj]["facts"].append(
                {"predicate": rel.predicate, "value": rel.object, **where(rel.evidence)})
        elif subj and obj:
            if not g.has_edge(subj, obj, key=rel.predicate):
                g.add_edge(subj, obj, key=rel.predicate, predicate=rel.predicate, evidence=[])
            g.edges[subj, obj, rel.predicate]["evidence"].append(where(rel.evidence))
    for fig in ex.figures:
        subj = _node_of(fig.subject, g)
        if subj:
            g.nodes[subj]["figures"].append({"text": fig.text, "measure": fig.measure,
                                             **where(fig.evidence)})
    for _, data in g.nodes(data=True):
        for name in ("facts", "figures", "credits"):
            data[name] = _unique_sorted(data[name])
    for *_, data in g.edges(keys=True, data=True):
        data["evidence"] = _unique_sorted(data["evidence"])
    return g


def write_view(ex: Extraction, path: Path, *, title: str = "kg") -> Path:
    """Write the self-contained interactive view of ``ex`` to ``path`` (parents created) and return it.

    The same extraction always gives the same bytes.

    >>> import tempfile
    >>> out = write_view(Extraction(), Path(tempfile.mkdtemp()) / "graph.html")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    g = to_networkx(ex)
    page = _page(g, layout(g), title)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as err:
        raise OutputError(f"cannot write the view to {path}: {err.strerror or err}; "
                          "pass an output path in a writable directory") from err
    return path


def _node_of(end: Mention | str | None, g: nx.MultiDiGraph) -> str | None:
    """The graph node a relation end refers to, or None for literals and unknown entities."""
    if not isinstance(end, Mention):
        return None
    for key in (end.entity, entity_key(end.type, end.text)):
        if key in g:
            return key
    return None


def _unique_sorted(rows: list[dict]) -> list[dict]:
    return [dict(r) for r in sorted({tuple(sorted(r.items())) for r in rows})]


# ---------------------------------------------------------------- layout

def _page_data(g: nx.MultiDiGraph, pos: dict[str, tuple[int, int]]) -> dict:
    """What the page's script needs: vis nodes and edges plus the hover-card details."""
    types = list(ENTITY_TYPES) + sorted({t for _, t in g.nodes(data="type")} - set(ENTITY_TYPES))
    nodes = []
    for key, data in g.nodes(data=True):
        colour, shape, _ = _STYLE.get(data["type"], _OTHER_STYLE)
        degree = g.degree(key)
        nodes.append({
            "id": key, "label": data["name"], "type": data["type"], "x": pos[key][0],
            "y": pos[key][1], "shape": shape, "color": colour, "degree": degree,
            "size": round(8 + 4 * math.sqrt(degree), 1), "aliases": data["aliases"],
            "facts": data["facts"], "figures": data["figures"], "credits": data["credits"],
        })
    pairs: dict[tuple[str, str], list[dict]] = {}
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"])):
        pairs.setdefault((u, v), []).append(
            {"predicate": data["predicate"], "evidence": data["evidence"]})
    edges = [{"id": f"e{n}", "from": u, "to": v,
              "label": " / ".join(r["predicate"] for r in rels), "relations": rels}
             for n, ((u, v), rels) in enumerate(sorted(pairs.items()))]
    legend = [{"type": t, "color": _STYLE.get(t, _OTHER_STYLE)[0],
               "glyph": _STYLE.get(t, _OTHER_STYLE)[2],
               "count": sum(1 for n in nodes if n["type"] == t)} for t in types]
    return {"nodes": nodes, "edges": edges, "legend": legend}


def vis_assets() -> tuple[str, str]:
    """The vis-network build that pyvis ships (JS, CSS), its source-map pointer removed."""
    import pyvis  # noqa: PLC0415  (slow to import: IPython; only needed when writing a view)

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    builds = sorted(lib.glob("vis-*/vis-network.min.js"),
                    key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not builds:
        raise OutputError(f"pyvis at {lib.parent.parent} ships no vis-network build; "
                          "reinstall pyvis (pip install --force-reinstall pyvis)")
    js = re.sub(r"//# sourceMappingURL=\S*", "", builds[-1].read_text(encoding="utf-8"))
    css = (builds[-1].parent / "vis-network.css").read_text(encoding="utf-8")
    return js, css


def _json_for_html(value) -> str:
    """JSON that cannot close the <script> block it sits in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


_TEMPLATES = Path(__file__).parent / "templates"


def _page(g: nx.MultiDiGraph, pos: dict[str, tuple[int, int]], title: str) -> str:
    js, css = vis_assets()
    template = (_TEMPLATES / "view.html").read_text(encoding="utf-8")
    script = (_TEMPLATES / "view.js").read_text(encoding="utf-8")
    csp = (f"default-src 'none'; script-src {_csp_hash(js)} {_csp_hash(script)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:")
    parts = {
        "@CSP@": html.escape(csp, quote=False), "@TITLE@": html.escape(title), "@VIS_CSS@": css,
        "@VIS_JS@": js, "@DATA@": _json_for_html(_page_data(g, pos)), "@SCRIPT@": script,
    }
    return re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], template)




# The page's own script. Every piece of article text goes into the DOM through textContent.
