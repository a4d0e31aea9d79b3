"""Positions for the view, computed in Python so the page can draw at once with physics off.

Components up to ``_DENSE_LIMIT`` entities use networkx's spring layout with a fixed seed;
larger ones a grid-accelerated Fruchterman–Reingold in numpy that only compares nearby nodes
(networkx's own fast layout for large graphs needs scipy). Measured in headless Chromium, a
page with positions and physics off first draws 1,000 nodes in about 0.1 s, where pyvis's
default physics never settles.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

_SEED = 20240611
_SPACING = 70.0  # px of layout radius per sqrt(node) of a component
_GAP = 90.0  # px between the boxes of two components
_DENSE_LIMIT = 200  # components up to this size get networkx's exact (quadratic) spring layout


def layout(g: nx.Graph) -> dict[str, tuple[int, int]]:
    """Integer pixel positions: each connected component laid out alone, then packed in rows.

    Deterministic (fixed seeds), so the same graph always gets the same picture.

    >>> pos = layout(nx.path_graph(["a", "b", "c"]))
    >>> sorted(pos) == ["a", "b", "c"] and all(isinstance(x, int) for xy in pos.values() for x in xy)
    True
    """
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
