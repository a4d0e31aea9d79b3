"""kg.view without a browser: the written page is self-contained, safe, complete and deterministic."""
from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import InputError, OutputError
from kg.model import (ARTICLE, ENTITY_TYPES, Article, Document, Entity, Evidence, Extraction,
                      Figure, Mention, Relation, Sentence, entity_key)
from kg.layout import layout as _layout
from kg.view import to_networkx, vis_assets, write_view

# One invented article in the style of municipal news; HOSTILE is planted into its sentences.
HOSTILE_TEXTS = [
    "<script>window.__pwned=1;document.title='pwned'</script>",
    "<img src=x onerror=\"window.__pwned=2\">",
    "</script><script>window.__pwned=3</script>",
    "<!--<script>window.__pwned=4</script>",
    "\u2028<svg onload=\"window.__pwned=5\">&amp;",
]
SENTENCES = [
    "3月5日，洛阳市委书记韩立军主持召开全市优化营商环境推进会。{h}",
    "洛阳市发展和改革委员会主任周雅琴参加会议并介绍了“营商环境提升年”行动。{h}",
    "据介绍，洛阳市今年新增市场主体超12万户。{h}",
    "（记者 宋晓东）{h}",
]


def build_extraction(hostile: str = "") -> Extraction:
    """An extraction of the invented article, every sentence followed by ``hostile``."""
    sents = [s.format(h=hostile) for s in SENTENCES]
    text = "".join(sents)
    art_id = "ly#1"
    starts = [sum(len(s) for s in sents[:i]) for i in range(len(sents))]
    art = Article(art_id, f"优化营商环境推进会召开{hostile}", 0, len(text),
                  [Sentence(a, a + len(s), 0) for a, s in zip(starts, sents)])
    doc = Document("ly", "ly.txt", text, text, [art])

    def mention(n: int, surface: str, type_: str, name: str | None = None) -> Mention:
        at = text.index(surface, starts[n])
        return Mention("ly", art_id, at, at + len(surface), type_, surface,
                       entity=entity_key(type_, name or surface))

    def evidence(n: int) -> Evidence:
        return Evidence("ly", art_id, sents[n], starts[n], starts[n] + 2, starts[n],
                        starts[n] + len(sents[n]))

    han = mention(0, "韩立军", "Person")
    zhou = mention(1, "周雅琴", "Person")
    song = mention(3, "宋晓东", "Person")
    city = mention(0, "洛阳市", "Place")
    city_again = mention(2, "洛阳市", "Place")
    party = mention(0, "洛阳市委", "Organization")
    ndrc = mention(1, "洛阳市发展和改革委员会", "Organization")
    meeting = mention(0, "全市优化营商环境推进会", "Event", "洛阳市优化营商环境推进会")
    drive = mention(1, "营商环境提升年", "Programme")
    entities = [
        Entity("韩立军", "Person", [], [han]),
        Entity("周雅琴", "Person", [], [zhou]),
        Entity("宋晓东", "Person", [], [song]),
        Entity("洛阳市", "Place", ["洛阳", hostile or "全市"], [city, city_again]),
        Entity("洛阳市委", "Organization", [], [party]),
        Entity("洛阳市发展和改革委员会", "Organization", ["洛阳市发改委"], [ndrc]),
        Entity("洛阳市优化营商环境推进会", "Event", ["全市优化营商环境推进会"], [meeting]),
        Entity("营商环境提升年", "Programme", [], [drive]),
    ]
    relations = [
        Relation(han, "position", f"市委书记{hostile}", evidence(0)),
        Relation(han, "memberOf", party, evidence(0)),
        Relation(meeting, "chair", han, evidence(0)),
        Relation(meeting, "date", "--03-05", evidence(0)),
        Relation(zhou, "position", "主任", evidence(1)),
        Relation(zhou, "memberOf", ndrc, evidence(1)),
        Relation(meeting, "participant", zhou, evidence(1)),
        Relation(drive, "organizer", ndrc, evidence(1)),
        Relation(ARTICLE, "author", song, evidence(3)),
    ]
    figures = [Figure(120000, "户", "新增市场主体", "超", f"超12万户{hostile}", 0, 0,
                      city_again, evidence(2))]
    return Extraction([doc], entities, relations, figures)


def page_of(ex: Extraction, tmp_path: Path, *, title: str = "洛阳") -> str:
    return write_view(ex, tmp_path / "graph.html", title=title).read_text(encoding="utf-8")


def embedded_data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


# ------------------------------------------------------------------ graph contents

@pytest.mark.parametrize("node, field, expected", [
    ("Person:韩立军", "facts", {"predicate": "position", "value": "市委书记"}),
    ("Event:洛阳市优化营商环境推进会", "facts", {"predicate": "date", "value": "--03-05"}),
    ("Place:洛阳市", "figures", {"text": "超12万户", "measure": "新增市场主体"}),
    ("Person:宋晓东", "credits", {"predicate": "author", "article": "优化营商环境推进会召开"}),
])
def test_literal_facts_figures_and_credits_sit_on_their_subject(node, field, expected):
    rows = to_networkx(build_extraction()).nodes[node][field]
    assert [{k: r[k] for k in expected} for r in rows] == [expected]


@pytest.mark.parametrize("subject, predicate, obj", [
    ("Person:韩立军", "memberOf", "Organization:洛阳市委"),
    ("Event:洛阳市优化营商环境推进会", "chair", "Person:韩立军"),
    ("Programme:营商环境提升年", "organizer", "Organization:洛阳市发展和改革委员会"),
])
def test_relation_between_entities_is_an_edge_with_its_sentence(subject, predicate, obj):
    g = to_networkx(build_extraction())
    evidence = g.edges[subject, obj, predicate]["evidence"]
    assert len(evidence) == 1 and evidence[0]["sentence"] in "".join(SENTENCES).format(h="")


def test_literals_and_articles_are_not_nodes():
    g = to_networkx(build_extraction())
    assert sorted(g) == sorted(e.key for e in build_extraction().entities)
    assert g.number_of_edges() == 5


def test_relation_to_unknown_entity_is_left_out():
    ex = build_extraction()
    ghost = Mention("ly", "ly#1", 0, 3, "Organization", "不存在局", entity="Organization:不存在局")
    ex.relations.append(Relation(ex.entities[0].mentions[0], "memberOf", ghost,
                                 ex.relations[0].evidence))
    assert to_networkx(ex).number_of_edges() == 5


def test_view_of_something_else_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="Extraction"):
        write_view({"entities": []}, tmp_path / "graph.html")


def test_unwritable_path_is_an_output_error(tmp_path):
    (tmp_path / "taken").write_text("a file, not a directory")
    with pytest.raises(OutputError, match="writable directory"):
        write_view(build_extraction(), tmp_path / "taken" / "graph.html")


# ------------------------------------------------------------------ the page

# Not fetched by anything: the vis-network licence header and the SVG namespace identifier.
NOT_RESOURCES = {
    "https://visjs.github.io/vis-network/", "http://almende.com", "https://github.com/visjs",
    "http://www.apache.org/licenses/LICENSE-2.0", "http://opensource.org/licenses/MIT",
    "http://www.w3.org/2000/svg", "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    "https://github.com/zloirock/core-js", "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
}


REFERENCE = re.compile(r"""(?:\b(?:src|href|action|poster|srcset)\s*=|url\(|@import)\s*["']?([^"')\s>]*)""", re.I)


def test_page_loads_no_external_resource(tmp_path):
    page = page_of(build_extraction(), tmp_path)
    js, css = vis_assets()
    assert [r for r in REFERENCE.findall(css) if not r.startswith("data:")] == []
    markup_and_own_script = page.replace(js, "").replace(css, "")
    assert REFERENCE.findall(markup_and_own_script) == []
    urls = set(re.findall(r"""(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s"'<>)]*""", page, re.I))
    assert urls - NOT_RESOURCES == set()
    assert "sourceMappingURL" not in page
    assert "default-src 'none'" in page


def test_page_has_only_its_own_three_script_blocks(tmp_path):
    page = page_of(build_extraction(HOSTILE_TEXTS[0]), tmp_path)
    in_vis = vis_assets()[0].count("<script>")  # core-js's old-IE fallback builds one as a string
    assert page.count("<script") == 3 + in_vis


@pytest.mark.parametrize("hostile", HOSTILE_TEXTS)
def test_planted_markup_stays_text(hostile, tmp_path):
    page = page_of(build_extraction(hostile), tmp_path, title=f"洛阳{hostile}")
    assert hostile not in page
    assert not re.search(r"<(img|svg)\b", page, re.I)
    data = embedded_data(page)
    city = next(n for n in data["nodes"] if n["id"] == "Place:洛阳市")
    assert hostile in city["aliases"]
    assert city["figures"][0]["sentence"].endswith(hostile)
    assert all(e["sentence"].endswith(hostile) for edge in data["edges"]
               for rel in edge["relations"] for e in rel["evidence"])


def test_legend_lists_every_type(tmp_path):
    ex = build_extraction()
    ex.entities.append(Entity("洛阳日报", "Newspaper", [], []))
    legend = embedded_data(page_of(ex, tmp_path))["legend"]
    assert [row["type"] for row in legend] == [*ENTITY_TYPES, "Newspaper"]
    assert {row["type"]: row["count"] for row in legend}["Person"] == 3
    assert len({(row["color"], row["glyph"]) for row in legend[:len(ENTITY_TYPES)]}) == len(ENTITY_TYPES)


def test_embedded_node_count_equals_graph(tmp_path):
    ex = build_extraction()
    nodes = embedded_data(page_of(ex, tmp_path))["nodes"]
    assert len(nodes) == to_networkx(ex).number_of_nodes() == len(ex.entities)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes)


def test_node_size_grows_with_degree(tmp_path):
    nodes = {n["id"]: n for n in embedded_data(page_of(build_extraction(), tmp_path))["nodes"]}
    assert nodes["Person:韩立军"]["size"] > nodes["Person:宋晓东"]["size"]


def test_same_input_same_bytes_whatever_the_order(tmp_path):
    first = write_view(build_extraction(), tmp_path / "a.html").read_bytes()
    shuffled = build_extraction()
    for items in (shuffled.entities, shuffled.relations):
        random.Random(7).shuffle(items)
    assert write_view(shuffled, tmp_path / "b.html").read_bytes() == first


def test_large_component_layout_is_spread_and_deterministic():
    g = nx.MultiDiGraph()
    g.add_edges_from((f"Place:站{i}", f"Place:站{i // 3}") for i in range(1, 900))
    pos = _layout(g)
    assert len(set(pos.values())) == g.number_of_nodes()
    assert pos == _layout(g)


def test_components_do_not_overlap():
    g = nx.MultiDiGraph()
    g.add_edges_from((f"Person:记者{i}", f"Organization:报社{i}") for i in range(12))
    g.add_edges_from((f"Place:镇{i}", "Place:县城") for i in range(7))
    g.add_nodes_from(f"Event:会议{i}" for i in range(15))
    pos = list(_layout(g).values())
    closest = min(math.dist(a, b) for n, a in enumerate(pos) for b in pos[n + 1:])
    assert closest >= 40


def test_empty_extraction_still_gives_a_page(tmp_path):
    data = embedded_data(page_of(Extraction(), tmp_path))
    assert data["nodes"] == [] and data["edges"] == []
