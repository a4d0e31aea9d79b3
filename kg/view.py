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
import numpy as np

from kg.errors import InputError, OutputError
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
_SEED = 20240611
_SPACING = 70.0  # px of layout radius per sqrt(node) of a component
_GAP = 90.0  # px between the boxes of two components
_DENSE_LIMIT = 200  # components up to this size get networkx's exact (quadratic) spring layout


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
    page = _page(g, _layout(g), title)
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

def _layout(g: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Integer pixel positions: each connected component laid out alone, then packed in rows."""
    und = nx.Graph()
    und.add_nodes_from(g)
    und.add_edges_from((u, v) for u, v in g.edges() if u != v)
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c))
    boxes = [2 * _radius(len(c)) + _GAP for c in comps]
    row_w = max(boxes[:1] + [math.sqrt(sum(b * b for b in boxes)) * 1.2])
    pos, x, y, row_h = {}, 0.0, 0.0, 0.0
    for comp, box in zip(comps, boxes):
        if x > 0 and x + box > row_w:
            x, y, row_h = 0.0, y + row_h, 0.0
        pts = _component_layout(und, comp) * _radius(len(comp))
        for node, (px, py) in zip(comp, pts):
            pos[node] = (round(x + box / 2 + px), round(y + box / 2 + py))
        x, row_h = x + box, max(row_h, box)
    return pos


def _radius(n: int) -> float:
    return _SPACING * math.sqrt(n) if n > 1 else 15.0  # a lone entity needs room for its label only


def _component_layout(und: nx.Graph, comp: list[str]) -> np.ndarray:
    """Positions of one component's nodes (in ``comp`` order) inside the unit disc."""
    if len(comp) == 1:
        return np.zeros((1, 2))
    index = {node: i for i, node in enumerate(comp)}
    edges = sorted((min(index[u], index[v]), max(index[u], index[v]))
                   for u, v in und.subgraph(comp).edges())
    if len(comp) <= _DENSE_LIMIT:
        h = nx.Graph()
        h.add_nodes_from(range(len(comp)))
        h.add_edges_from(edges)
        at = nx.spring_layout(h, seed=_SEED, method="force")
        pts = np.array([at[i] for i in range(len(comp))])
    else:
        pts = _large_component_layout(len(comp), np.array(edges, dtype=np.int64))
    pts = pts - pts.mean(axis=0)
    extent = np.sqrt((pts ** 2).sum(axis=1)).max()
    return pts / extent if extent > 0 else pts


def _large_component_layout(n: int, edges: np.ndarray) -> np.ndarray:
    """Spring layout of the core (leaves stripped), leaves set around their node, then a short polish.

    News graphs hang most entities as leaves off a few hubs (a district, a newspaper); leaving them
    out of the long simulation keeps the crowded hub neighbourhoods out of the costly steps.
    """
    k = 1.0 / math.sqrt(n)
    degree = np.bincount(edges.ravel(), minlength=n)
    core = np.flatnonzero(degree > 1)
    renumber = np.full(n, -1)
    renumber[core] = np.arange(len(core))
    inner = edges[(degree[edges[:, 0]] > 1) & (degree[edges[:, 1]] > 1)]
    rng = np.random.default_rng(_SEED)
    pos = rng.random((n, 2))
    pos[core] = _grid_spring_layout(renumber[inner], rng.random((len(core), 2)), k,
                                    iterations=60, temp=0.1)
    seen = np.zeros(n, dtype=np.int64)
    for u, v in edges[(degree[edges[:, 0]] == 1) ^ (degree[edges[:, 1]] == 1)]:
        leaf, hub = (u, v) if degree[u] == 1 else (v, u)
        seen[hub] += 1
        turn, reach = seen[hub] * 2.39996, k * 0.5 * math.sqrt(seen[hub])  # a sunflower
        pos[leaf] = pos[hub] + reach * np.array([math.cos(turn), math.sin(turn)])
    return _grid_spring_layout(edges, pos, k, iterations=15, temp=0.2 * k)


def _grid_spring_layout(edges: np.ndarray, pos: np.ndarray, k: float, *, iterations: int,
                        temp: float) -> np.ndarray:
    """Fruchterman–Reingold with their grid variant: repulsion only between nodes closer than 2k.

    Linear in nodes and edges per iteration when nodes are spread (the exact version is
    quadratic). ``temp`` caps the first step and cools linearly to zero.
    """
    n = len(pos)
    rng = np.random.default_rng(_SEED)
    u, v = edges[:, 0], edges[:, 1]
    pos = pos.copy()
    for step in range(iterations):
        i, j = _close_pairs(pos + rng.random(2) * 2 * k, 2 * k)  # grid shifted each step
        delta = pos[i] - pos[j]
        dist2 = np.maximum(np.einsum("ij,ij->i", delta, delta), 1e-12)
        push = delta * (k * k / dist2 * (dist2 < 4 * k * k))[:, None]
        delta = pos[u] - pos[v]
        pull = delta * (np.sqrt(np.einsum("ij,ij->i", delta, delta)) / k)[:, None]
        disp = (_scatter(i, push, n) - _scatter(j, push, n)
                - _scatter(u, pull, n) + _scatter(v, pull, n))
        length = np.maximum(np.sqrt(np.einsum("ij,ij->i", disp, disp)), 1e-12)
        cap = temp * (1 - step / iterations)
        pos += disp * (np.minimum(length, cap) / length)[:, None]
    return pos


def _scatter(index: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """Sum ``rows`` into an (n, 2) array by ``index`` (what ``np.add.at`` does, many times faster)."""
    return np.stack([np.bincount(index, weights=rows[:, d], minlength=n) for d in (0, 1)], axis=1)


def _close_pairs(pos: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j within a cell, any order across cells) of nodes in the same or adjacent grid cells."""
    cx = np.floor(pos[:, 0] / cell).astype(np.int64)
    cy = np.floor(pos[:, 1] / cell).astype(np.int64)
    cx -= cx.min()
    cy -= cy.min()
    width = int(cy.max()) + 3
    cell_id = (cx + 1) * width + (cy + 1)
    order = np.argsort(cell_id, kind="stable")
    cells, starts, counts = np.unique(cell_id[order], return_index=True, return_counts=True)
    found_i, found_j = [], []
    # each unordered pair of neighbouring cells once: self, and 4 of the 8 neighbours
    for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        other = np.searchsorted(cells, cells + dx * width + dy)
        other = np.minimum(other, len(cells) - 1)
        hit = cells[other] == cells + dx * width + dy
        a, b = np.nonzero(hit)[0], other[hit]
        na, nb = counts[a], counts[b]
        sizes = na * nb
        total = int(sizes.sum())
        if total == 0:
            continue
        pair = np.repeat(np.arange(len(a)), sizes)
        r = np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        i = order[starts[a][pair] + r // nb[pair]]
        j = order[starts[b][pair] + r % nb[pair]]
        keep = i < j if (dx, dy) == (0, 0) else np.ones(total, dtype=bool)
        found_i.append(i[keep])
        found_j.append(j[keep])
    if not found_i:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(found_i), np.concatenate(found_j)


# ---------------------------------------------------------------- page

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


def _vis_assets() -> tuple[str, str]:
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


def _page(g: nx.MultiDiGraph, pos: dict[str, tuple[int, int]], title: str) -> str:
    js, css = _vis_assets()
    csp = (f"default-src 'none'; script-src {_csp_hash(js)} {_csp_hash(_SCRIPT)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:")
    parts = {
        "@CSP@": html.escape(csp, quote=False), "@TITLE@": html.escape(title), "@VIS_CSS@": css,
        "@VIS_JS@": js, "@DATA@": _json_for_html(_page_data(g, pos)), "@SCRIPT@": _SCRIPT,
    }
    return re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], _TEMPLATE)


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@CSP@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>
html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, sans-serif; color: #222; }
#kg-network { position: absolute; inset: 0; background: #fff; }
#kg-panel { position: absolute; top: 8px; left: 8px; z-index: 2; background: rgba(255,255,255,.94);
  border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; max-width: 260px; }
#kg-panel h1 { font-size: 15px; margin: 0 0 6px; }
#kg-search { width: 100%; box-sizing: border-box; }
#kg-legend label { display: block; cursor: pointer; white-space: nowrap; }
#kg-legend .glyph { display: inline-block; width: 1.2em; text-align: center; }
#kg-status { color: #666; margin-top: 4px; }
#kg-card { position: absolute; z-index: 3; display: none; max-width: 420px; max-height: 60vh;
  overflow: auto; background: #fffef6; border: 1px solid #aaa; border-radius: 6px; padding: 8px;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); white-space: pre-wrap; }
#kg-card .head { font-weight: bold; font-size: 14px; }
#kg-card .sent { color: #555; font-size: 12px; margin: 0 0 4px 1em; }
#kg-card .sec { margin-top: 6px; font-weight: bold; }
</style>
</head>
<body>
<div id="kg-network"></div>
<div id="kg-panel">
<h1>@TITLE@</h1>
<input id="kg-search" type="search" placeholder="search name / alias, Enter">
<div id="kg-legend"></div>
<div id="kg-status"></div>
</div>
<div id="kg-card"></div>
<script type="application/json" id="kg-data">@DATA@</script>
<script>@VIS_JS@</script>
<script>@SCRIPT@</script>
</body>
</html>
"""

# The page's own script. Every piece of article text goes into the DOM through textContent.
_SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var big = data.nodes.length > 1500;
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, size: n.size,
            color: n.color, group: n.type};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: e.label};
  }));
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  var network = new vis.Network(document.getElementById("kg-network"), {nodes: nodes, edges: edges}, {
    physics: {enabled: false},
    layout: {improvedLayout: false},
    interaction: {hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 0},
    nodes: {font: {size: 14}, borderWidth: 1},
    edges: {smooth: false, arrows: {to: {enabled: true, scaleFactor: 0.5}},
            color: {color: "#b8b8b8", highlight: "#333", hover: "#666"},
            font: {size: 10, color: "#555", strokeWidth: 2, align: "middle"}}
  });
  window.kgNetwork = network;

  var card = document.getElementById("kg-card");
  var pinned = false;
  function add(parent, tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }
  function cited(rows, line, cap) {
    rows.slice(0, cap).forEach(function (r) {
      add(card, "div", "", line(r));
      add(card, "div", "sent", "「" + r.sentence + "」 — " + r.article);
    });
    if (rows.length > cap) { add(card, "div", "sent", "… " + (rows.length - cap) + " more"); }
  }
  function place(pointer) {
    card.style.display = "block";
    var at = pointer || {x: window.innerWidth, y: 0};
    card.style.left = Math.max(0, Math.min(at.x + 14, window.innerWidth - card.offsetWidth - 8)) + "px";
    card.style.top = Math.max(0, Math.min(at.y + 14, window.innerHeight - card.offsetHeight - 8)) + "px";
  }
  function showNode(id, pointer) {
    var n = byId[id];
    if (!n) { return; }
    card.textContent = "";
    add(card, "div", "head", n.label);
    add(card, "div", "", n.type + " · " + n.degree + " relation(s)");
    if (n.aliases.length) { add(card, "div", "", "also: " + n.aliases.join("、")); }
    if (n.facts.length) { add(card, "div", "sec", "facts"); }
    cited(n.facts, function (r) { return r.predicate + ": " + r.value; }, 8);
    if (n.figures.length) { add(card, "div", "sec", "figures"); }
    cited(n.figures, function (r) { return r.text + (r.measure ? " (" + r.measure + ")" : ""); }, 8);
    if (n.credits.length) { add(card, "div", "sec", "credited"); }
    cited(n.credits, function (r) { return r.predicate + " of " + r.article; }, 5);
    place(pointer);
  }
  function showEdge(id, pointer) {
    var e = edgeById[id];
    if (!e) { return; }
    card.textContent = "";
    add(card, "div", "head", byId[e.from].label + " → " + byId[e.to].label);
    e.relations.forEach(function (rel) {
      add(card, "div", "sec", rel.predicate);
      cited(rel.evidence, function () { return ""; }, 5);
    });
    place(pointer);
  }
  function hide() { if (!pinned) { card.style.display = "none"; } }
  window.kgShowNode = showNode;
  window.kgShowEdge = showEdge;
  network.on("hoverNode", function (p) { if (!pinned) { showNode(p.node, p.pointer.DOM); } });
  network.on("hoverEdge", function (p) { if (!pinned) { showEdge(p.edge, p.pointer.DOM); } });
  network.on("blurNode", hide);
  network.on("blurEdge", hide);
  network.on("click", function (p) {
    pinned = false;
    if (p.nodes.length) { showNode(p.nodes[0], p.pointer.DOM); pinned = true; }
    else if (p.edges.length) { showEdge(p.edges[0], p.pointer.DOM); pinned = true; }
    else { hide(); }
  });

  var status = document.getElementById("kg-status");
  var shown = {};
  function say() {
    var visible = data.nodes.filter(function (n) { return shown[n.type]; }).length;
    status.textContent = visible + " of " + data.nodes.length + " entities, " +
      data.edges.length + " links";
  }
  var legend = document.getElementById("kg-legend");
  data.legend.forEach(function (t) {
    shown[t.type] = true;
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t.type;
    box.addEventListener("change", function () {
      shown[t.type] = box.checked;
      nodes.update(data.nodes.filter(function (n) { return n.type === t.type; })
        .map(function (n) { return {id: n.id, hidden: !box.checked}; }));
      say();
    });
    label.appendChild(box);
    var glyph = add(label, "span", "glyph", t.glyph);
    glyph.style.color = t.color;
    label.appendChild(document.createTextNode(t.type + " (" + t.count + ")"));
    legend.appendChild(label);
  });
  say();

  function search(query) {
    query = query.trim().toLowerCase();
    if (!query) { network.unselectAll(); say(); return []; }
    var hits = data.nodes.filter(function (n) {
      return shown[n.type] && [n.label].concat(n.aliases).some(function (s) {
        return s.toLowerCase().indexOf(query) >= 0;
      });
    }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    if (hits.length) { network.fit({nodes: hits.slice(0, 50), animation: false}); }
    status.textContent = hits.length + " match(es)";
    if (hits.length === 1) { showNode(hits[0], null); }
    return hits;
  }
  window.kgSearch = search;
  document.getElementById("kg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { search(ev.target.value); }
  });
})();
"""
