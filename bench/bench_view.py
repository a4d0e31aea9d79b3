"""Benchmark kg.view on synthetic extractions of 200 / 1,000 / 5,000 entities.

Times ``write_view`` (layout + HTML) and, when Debian's chromium and chromedriver are installed,
the time from navigation to the first canvas paint in headless Chromium with networking off.
Ratios are against baselines measured in the same run: networkx ``spring_layout`` alone on the
200-entity graph, and pyvis's default page (physics on, no positions) for 200 entities.

    .venv/bin/python bench/bench_view.py [sizes...]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.model import (ARTICLE, ENTITY_TYPES, Article, Document, Entity, Evidence, Extraction,
                      Figure, Mention, Relation, entity_key)
from kg.view import to_networkx, write_view

SIZES = (200, 1000, 5000)
PREDICATES = {("Person", "Organization"): "memberOf", ("Event", "Person"): "participant",
              ("Organization", "Place"): "locatedIn", ("Event", "Organization"): "organizer",
              ("Programme", "Organization"): "organizer", ("Place", "Place"): "locatedIn"}
# Records the first canvas fill: with physics on vis-network paints only after stabilising.
FIRST_PAINT_PROBE = """
(function () {
  var fill = CanvasRenderingContext2D.prototype.fill;
  CanvasRenderingContext2D.prototype.fill = function () {
    if (window.__firstPaint === undefined) { window.__firstPaint = performance.now(); }
    return fill.apply(this, arguments);
  };
})();
"""


def synthetic(n: int, *, seed: int = 1) -> Extraction:
    """``n`` entities spread over n/4 articles of 4-8 entities, popular ones (hubs) recurring."""
    rnd = random.Random(seed)
    names = [(ENTITY_TYPES[i % len(ENTITY_TYPES)], f"实体{i}") for i in range(n)]
    mentions = [Mention("bench", "bench#0", 0, 1, t, name, entity=entity_key(t, name))
                for t, name in names]
    entities = [Entity(name, t, [], [m]) for (t, name), m in zip(names, mentions)]
    articles, relations, figures = [], [], []
    for a in range(max(1, n // 4)):
        ev = Evidence("bench", f"bench#{a}", f"第{a}篇报道的一句话。", 0, 1, 0, 9)
        articles.append(Article(f"bench#{a}", f"报道{a}", 0, 0))
        cast = {min(int(rnd.paretovariate(1.2)) - 1, n - 1) if rnd.random() < .3
                else rnd.randrange(n) for _ in range(rnd.randint(4, 8))}
        for s in sorted(cast):
            for o in sorted(cast):
                pred = PREDICATES.get((names[s][0], names[o][0]))
                if pred and s != o and rnd.random() < .5:
                    relations.append(Relation(mentions[s], pred, mentions[o], ev))
            if names[s][0] == "Person" and rnd.random() < .3:
                relations.append(Relation(mentions[s], "position", "主任", ev))
            if rnd.random() < .1:
                figures.append(Figure(3, "个", "项目", "", "3个项目", 0, 1, mentions[s], ev))
        relations.append(Relation(ARTICLE, "author", mentions[rnd.randrange(0, n, 5)], ev))
    return Extraction([Document("bench", "bench.txt", "", "", articles)], entities, relations, figures)


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def pyvis_default_page(ex: Extraction, path: Path) -> Path:
    """pyvis's out-of-the-box page (physics on, vis-network inlined) for the same graph."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    g = to_networkx(ex)
    for key, data in g.nodes(data=True):
        net.add_node(key, label=data["name"], group=data["type"])
    for u, v, data in g.edges(data=True):
        net.add_edge(u, v, label=data["predicate"])
    net.write_html(str(path))
    return path


def browser():
    """Headless offline Chromium with the first-paint probe, or None when not installed."""
    if not (Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists()):
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--window-size=1200,900", "--proxy-server=127.0.0.1:9",
                 "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tempfile.mkdtemp()}"):
        options.add_argument(flag)
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIRST_PAINT_PROBE})
    return drv


def first_paint(drv, path: Path, *, timeout: float = 60.0) -> float | None:
    """Seconds from navigation to the first canvas paint, None if it never painted in ``timeout``."""
    drv.get(path.as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        painted = drv.execute_script("return window.__firstPaint")
        if painted is not None:
            return painted / 1000
        time.sleep(0.05)
    return None


def main(sizes: tuple[int, ...]) -> None:
    out = Path(tempfile.mkdtemp(prefix="kg-bench-view-"))
    base_ex = synthetic(200)
    base_g = nx.Graph(to_networkx(base_ex).to_undirected())
    layout_base = best_of(3, lambda: nx.spring_layout(base_g, seed=1))
    print(f"baseline networkx spring_layout, 200 entities: {layout_base * 1000:.0f} ms")
    drv = browser()
    paint_base = None
    if drv:
        paint_base = first_paint(drv, pyvis_default_page(base_ex, out / "pyvis_200.html"))
        print(f"baseline pyvis default page (physics on), 200 entities, first paint: "
              f"{paint_base * 1000:.0f} ms" if paint_base else "baseline pyvis: never painted")
    else:
        print("chromium not installed: browser timings skipped")
    for n in sizes:
        ex = synthetic(n)
        g = to_networkx(ex)
        path = out / f"view_{n}.html"
        took = best_of(1 if n > 2000 else 3, lambda: write_view(ex, path, title=f"bench {n}"))
        line = (f"{n:>6} entities {g.number_of_edges():>6} edges  write_view {took * 1000:7.0f} ms"
                f" ({took / layout_base:5.1f}x spring_layout@200)  {path.stat().st_size / 1e6:.1f} MB")
        if drv:
            paint = first_paint(drv, path)
            drawn = drv.execute_script("return kgNetwork.body.data.nodes.length")
            line += f"  first paint {paint * 1000:6.0f} ms"
            if paint_base:
                line += f" ({paint / paint_base:.2f}x pyvis@200)"
            line += f"  drawn {drawn}"
        print(line)
    if drv:
        drv.quit()


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
