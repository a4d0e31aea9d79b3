"""Benchmark: Oxigraph (via oxrdflib) against rdflib's default Memory store on kg-shaped data.

Builds a synthetic Extraction (invented names, the same shape as kg output: entities graph, one
graph per article, a reified statement with evidence per relation, figures), writes it with
``kg.rdf.write`` and measures, in the same run, for both stores:

* parsing ``graph.trig`` (``ox-trig`` into the Oxigraph store vs rdflib's ``trig`` into Memory),
* a two-hop query (person → organisation → parent organisation) over the union of all graphs,
* a selective evidence lookup (every statement about one person, with sentence and article).

Usage: python bench/bench_query.py [--triples 1000000] [--keep DIR]   (--keep: reuse/keep the output)
Prints seconds and the ratio rdflib / Oxigraph (the baseline is measured in this run).
"""
from __future__ import annotations

import argparse
import shutil
import random
import tempfile
import time
from pathlib import Path

from rdflib import Dataset

from kg.model import ARTICLE, Article, Document, Entity, Evidence, Extraction, Figure, Mention, Relation, Sentence
from kg.rdf import load, write
from kg.vocab import PREFIXES

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "建国明华雪梅立新海涛志强秀英文博晓东丽娟国庆子涵宇航思远嘉怡俊杰"
CITIES = ["江城", "临川", "云州", "青阳", "海宁", "石门", "安平", "北川", "南岭", "东湖"]
UNITS = ["发展改革委", "教育局", "卫生健康委", "交通运输局", "生态环境局", "科技局", "商务局", "文化和旅游局"]
POSITIONS = ["主任", "局长", "副局长", "书记", "副主任", "处长"]

TWO_HOP = """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?person ?parent WHERE {
  ?person kg:memberOf ?org . ?org kg:subOrganizationOf ?parent } }"""
# No GRAPH pattern: rdflib evaluates GRAPH ?a by scanning every graph in turn (quadratic here).
EVIDENCE = """SELECT ?p ?o ?sentence ?title WHERE {
  ?e kg:name "{name}" . ?st rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ;
  prov:wasDerivedFrom ?a . ?a kg:title ?title }"""
BUSIEST = """SELECT ?name WHERE { ?st rdf:subject ?e . ?e a kg:Person ; kg:name ?name }
GROUP BY ?name ORDER BY DESC(COUNT(?st)) ?name LIMIT 1"""


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))


def synthetic(n_articles: int, seed: int = 7) -> Extraction:
    """An Extraction of ``n_articles`` articles, each with 6 people, their posts, a meeting, a credit and a figure."""
    rng = random.Random(seed)
    people = sorted({_name(rng) for _ in range(max(50, n_articles * 2))})
    entities: dict[str, Entity] = {}
    relations, figures, docs = [], [], []

    def mention(doc, art, start, text, type_):
        m = Mention(doc.id, art.id, start, start + len(text), type_, text, entity=f"{type_}:{text}")
        entities.setdefault(m.entity, Entity(text, type_)).mentions.append(m)
        return m

    for i in range(n_articles):
        city = rng.choice(CITIES) + "市"
        meeting = f"{city}第{i % 97 + 1}次{rng.choice(['工作推进会', '专题座谈会', '调度会'])}"
        parts, text = [], f"{meeting}召开\n"
        doc = Document(f"page_{i:06d}", f"pages/page_{i:06d}.txt", "", "")
        art = Article(f"{doc.id}#1", f"{meeting}召开", 0, 0)
        for _ in range(6):
            unit, post, person = city + rng.choice(UNITS), rng.choice(POSITIONS), rng.choice(people)
            sent = f"{unit}{post}{person}出席{meeting}。"
            parts.append((len(text), sent, unit, post, person))
            text += sent
        fig_sent = f"{city}已建成{rng.randint(2, 90)}个便民服务中心。"
        fig_at = len(text)
        credit = f"（记者 {rng.choice(people)}）"
        credit_at = fig_at + len(fig_sent)
        text += fig_sent + credit
        doc.text = doc.norm = text
        art.end = len(text)
        art.sentences += [Sentence(fig_at, credit_at, 0), Sentence(credit_at, len(text), 0)]
        doc.articles.append(art)
        for start, sent, unit, post, person in parts:
            end = start + len(sent)
            art.sentences.append(Sentence(start, end, 0))
            u = mention(doc, art, start, unit, "Organization")
            p = mention(doc, art, start + len(unit) + len(post), person, "Person")
            e = mention(doc, art, p.end + 2, meeting, "Event")
            ev = Evidence(doc.id, art.id, sent, start, p.end, start, end)
            gov = Mention(doc.id, art.id, start, start + len(city), "Organization", city,
                          entity=f"Organization:{city}人民政府")
            entities.setdefault(gov.entity, Entity(f"{city}人民政府", "Organization", aliases=[city]))
            relations.extend([
                Relation(p, "position", post, Evidence(doc.id, art.id, sent, u.end, u.end + len(post), start, end)),
                Relation(p, "memberOf", u, ev),
                Relation(e, "participant", p, Evidence(doc.id, art.id, sent, p.end, p.end + 2, start, end)),
                Relation(u, "subOrganizationOf", gov, Evidence(doc.id, art.id, sent, start, u.end, start, end)),
            ])
        art.sentences.sort(key=lambda s: s.start)
        reporter = mention(doc, art, credit_at + 4, credit[4:-1], "Person")
        relations.append(Relation(ARTICLE, "author", reporter,
                                  Evidence(doc.id, art.id, credit, credit_at + 1, len(text) - 1, credit_at, len(text))))
        place = mention(doc, art, fig_at, city, "Place")
        f_start = fig_at + len(city) + 3  # after "<city>已建成"
        f_end = credit_at - 1  # before "。"
        figures.append(Figure(float(text[f_start:text.index("个", f_start)]), "个", "便民服务中心", "",
                              text[f_start:f_end], f_start, f_end, place,
                              Evidence(doc.id, art.id, fig_sent, f_start, f_end, fig_at, credit_at)))
        docs.append(doc)
    return Extraction(docs, list(entities.values()), relations, figures)


def _time(fn, repeat: int = 1):
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def _values(rows) -> list[tuple[str, ...]]:
    """Rows as plain strings (Oxigraph gives "x"^^xsd:string where rdflib gives a simple literal)."""
    return sorted(tuple(str(v) for v in row) for row in rows)


def _rdflib_load(path: Path) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(str(path), format="trig")
    return ds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="approximate size of the graph")
    parser.add_argument("--keep", type=Path, help="output dir to write (or reuse, if it holds graph.trig)")
    args = parser.parse_args()
    n_articles = max(1, args.triples // 355)  # ~355 quads per synthetic article (measured)
    out = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    if (out / "graph.trig").is_file():
        print(f"reusing {out / 'graph.trig'}")
    else:
        t_build, ex = _time(lambda: synthetic(n_articles))
        t_write, _ = _time(lambda: write(ex, out))
        print(f"synthetic: {n_articles} articles, built in {t_build:.1f}s, kg.rdf.write in {t_write:.1f}s, "
              f"graph.trig {(out / 'graph.trig').stat().st_size / 1e6:.1f} MB")

    shutil.rmtree(out / ".oxigraph", ignore_errors=True)
    t_ox, ox_ds = _time(lambda: load(out))  # first load: parses graph.trig and writes the store cache
    del ox_ds
    t_warm, ox_ds = _time(lambda: load(out))  # what every later `kg query` pays
    n_quads = sum(1 for _ in ox_ds.store._inner)  # the Oxigraph store behind the Dataset
    t_rl, rl_ds = _time(lambda: _rdflib_load(out / "graph.trig"))
    print(f"quads: {n_quads}")
    rows = [("parse graph.trig (first load)", t_rl, t_ox), ("open build (cached store)", t_rl, t_warm)]

    name = str(next(iter(ox_ds.query(BUSIEST, initNs=PREFIXES)))[0])
    for label, sparql in (("two-hop query", TWO_HOP), ("evidence of one entity", EVIDENCE.replace("{name}", name))):
        t_o, r_o = _time(lambda: list(ox_ds.query(sparql, initNs=PREFIXES)), repeat=3)
        t_r, r_r = _time(lambda: list(rl_ds.query(sparql, initNs=PREFIXES)), repeat=1)
        assert _values(r_o) == _values(r_r), f"{label}: the stores disagree"
        rows.append((f"{label} ({len(r_o)} rows)", t_r, t_o))

    print(f"{'step':<40}{'rdflib Memory':>14}{'Oxigraph':>10}{'ratio':>8}")
    for label, t_r, t_o in rows:
        print(f"{label:<40}{t_r:>13.3f}s{t_o:>9.3f}s{t_r / t_o:>7.1f}x")


if __name__ == "__main__":
    main()
