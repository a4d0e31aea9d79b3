"""RDF output: layout, evidence, stable IRIs, determinism, round trip, compared by isomorphism."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import OutputError
from kg.model import ARTICLE, Article, Document, Entity, Evidence, Extraction, Figure, Mention, Relation, Sentence
from kg.rdf import ENTITIES_GRAPH, article_iri, date_literal, entity_iri, load, to_dataset, write
from kg.vocab import DATA, KG

DEFAULT = "urn:x-rdflib:default"

# A two-article page of an invented city paper, in the style of district news.
TITLE_1 = "江城市召开全面深化改革工作会议"
BODY_1 = ("4月10日，江城市委召开全面深化改革工作会议，市委书记李明华主持会议。"
          "江城市发展改革委主任赵雪梅参加会议。全市已建成38个便民服务中心。（记者 孙立平）")
TITLE_2 = "高新区科技创新服务中心揭牌"
BODY_2 = "江城市高新区管委会科技创新服务中心近日揭牌，市委书记李明华出席。中心已服务企业超1.2万家。"
TEXT = f"{TITLE_1}\n{BODY_1}\n{TITLE_2}\n{BODY_2}\n"


class _Page:
    """Builds an Extraction over TEXT with offsets found by search, so the fixture stays readable."""

    def __init__(self, text: str, doc_id: str = "jiangcheng_0411", path: str = "pages/jiangcheng_0411.txt"):
        self.doc = Document(doc_id, path, text, text)
        self.entities: dict[str, Entity] = {}
        self.relations: list[Relation] = []
        self.figures: list[Figure] = []

    def article(self, n: int, title: str, body: str, **meta) -> Article:
        start = self.doc.text.index(title)
        end = self.doc.text.index(body) + len(body)
        art = Article(f"{self.doc.id}#{n}", title, start, end, **meta)
        pos = self.doc.text.index(body)
        for piece in body.replace("。", "。\n").split("\n"):
            if piece:
                art.sentences.append(Sentence(pos, pos + len(piece), 0))
                pos += len(piece)
        self.doc.articles.append(art)
        return art

    def mention(self, art: Article, text: str, type_: str, name: str | None = None, nth: int = 0) -> Mention:
        start = art.start - 1
        for _ in range(nth + 1):
            start = self.doc.text.index(text, start + 1, art.end)
        name = name or text
        m = Mention(self.doc.id, art.id, start, start + len(text), type_, text, entity=f"{type_}:{name}")
        ent = self.entities.setdefault(m.entity, Entity(name, type_))
        if text != name and text not in ent.aliases:
            ent.aliases.append(text)
        ent.mentions.append(m)
        return m

    def evidence(self, art: Article, cue: Mention | str) -> Evidence:
        body = art.sentences[0].start
        start = cue.start if isinstance(cue, Mention) else self.doc.text.index(cue, body, art.end)
        end = cue.end if isinstance(cue, Mention) else start + len(cue)
        sent = next(s for s in art.sentences if s.start <= start < s.end)
        return Evidence(self.doc.id, art.id, self.doc.text[sent.start:sent.end], start, end, sent.start, sent.end)

    def relate(self, art, subject, predicate, obj, cue) -> None:
        self.relations.append(Relation(subject, predicate, obj, self.evidence(art, cue)))

    def figure(self, art, text, value, unit, measure, subject, qualifier="") -> None:
        start = self.doc.text.index(text, art.sentences[0].start, art.end)
        self.figures.append(Figure(value, unit, measure, qualifier, text, start, start + len(text), subject,
                                   self.evidence(art, text)))

    def extraction(self) -> Extraction:
        return Extraction([self.doc], list(self.entities.values()), self.relations, self.figures)


def sample_extraction() -> Extraction:
    """Two articles, people with positions, an event, an org hierarchy, a credit and two figures."""
    page = _Page(TEXT)
    a1 = page.article(1, TITLE_1, BODY_1, date="2024-04-11", place="江城市")
    a2 = page.article(2, TITLE_2, BODY_2, url="https://news.example.cn/jc/0411/2.html")
    page.mention(a1, "江城市", "Place")
    cpc = page.mention(a1, "江城市委", "Organization")
    meeting = page.mention(a1, "全面深化改革工作会议", "Event", nth=1)
    li = page.mention(a1, "李明华", "Person")
    ndrc = page.mention(a1, "江城市发展改革委", "Organization")
    zhao = page.mention(a1, "赵雪梅", "Person")
    whole_city = page.mention(a1, "全市", "Place", "江城市")
    sun = page.mention(a1, "孙立平", "Person")
    committee = page.mention(a2, "江城市高新区管委会", "Organization")
    zone = page.mention(a2, "江城市高新区", "Place", "高新区")
    centre = page.mention(a2, "江城市高新区管委会科技创新服务中心", "Organization")
    li2 = page.mention(a2, "李明华", "Person")
    page.relate(a1, li, "position", "市委书记", "市委书记")
    page.relate(a1, li, "memberOf", cpc, "市委书记李明华")
    page.relate(a1, meeting, "chair", li, "主持")
    page.relate(a1, meeting, "organizer", cpc, "召开")
    page.relate(a1, meeting, "date", "--04-10", "4月10日")
    page.relate(a1, meeting, "participant", zhao, "参加")
    page.relate(a1, zhao, "position", "主任", "主任")
    page.relate(a1, zhao, "memberOf", ndrc, "江城市发展改革委主任赵雪梅")
    page.relate(a1, ARTICLE, "author", sun, "记者 孙立平")
    page.relate(a2, centre, "subOrganizationOf", committee, centre)
    page.relate(a2, li2, "position", "市委书记", "市委书记")  # again, with no organisation this time
    page.relate(a2, zone, "locatedIn", page.mention(a2, "江城市", "Place"), zone)
    page.figure(a1, "38个便民服务中心", 38, "个", "便民服务中心", whole_city)
    page.figure(a2, "超1.2万家", 12000, "家", "企业", centre, qualifier="超")
    return page.extraction()


def mini_extraction() -> Extraction:
    """One article, one person with a position and an employer, one figure about a district."""
    page = _Page("梁溪区推进城市更新\n梁溪区政府区长陈立新表示，全区已启动12个更新片区。\n", "mini", "mini.txt")
    art = page.article(1, "梁溪区推进城市更新", "梁溪区政府区长陈立新表示，全区已启动12个更新片区。")
    gov = page.mention(art, "梁溪区政府", "Organization")
    chen = page.mention(art, "陈立新", "Person")
    district = page.mention(art, "全区", "Place", "梁溪区")
    page.relate(art, chen, "position", "区长", "区长")
    page.relate(art, chen, "memberOf", gov, "梁溪区政府区长陈立新")
    page.figure(art, "12个更新片区", 12, "个", "更新片区", district)
    return page.extraction()


# Reviewed by hand: statements and figures are blank nodes here because their IRIs are hashes;
# the comparison below turns the hashed IRIs of the output into blank nodes too.
MINI_EXPECTED = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix person: <https://w3id.org/kg-news/id/person/> .
@prefix organization: <https://w3id.org/kg-news/id/organization/> .
@prefix place: <https://w3id.org/kg-news/id/place/> .
@prefix graph: <https://w3id.org/kg-news/id/graph/> .
@prefix mini: <https://w3id.org/kg-news/id/article/mini%231> .

graph:entities {
    person:陈立新 a kg:Person ; kg:name "陈立新"^^xsd:string .
    organization:梁溪区政府 a kg:Organization ; kg:name "梁溪区政府"^^xsd:string .
    place:梁溪区 a kg:Place ; kg:name "梁溪区"^^xsd:string ; kg:alias "全区"^^xsd:string .
}

mini: {
    mini: a kg:Article ; kg:title "梁溪区推进城市更新"^^xsd:string ; kg:sourceFile "mini.txt"^^xsd:string ;
        kg:start 0 ; kg:end 36 ;
        kg:mentions person:陈立新 , organization:梁溪区政府 , place:梁溪区 .
    person:陈立新 kg:position "区长"^^xsd:string ; kg:memberOf organization:梁溪区政府 .
    [] a rdf:Statement ; rdf:subject person:陈立新 ; rdf:predicate kg:position ; rdf:object "区长"^^xsd:string ;
        prov:wasDerivedFrom mini: ; kg:sentence "梁溪区政府区长陈立新表示，全区已启动12个更新片区。"^^xsd:string ;
        kg:cue "区长"^^xsd:string ; kg:start 15 ; kg:end 17 ; kg:sentStart 10 ; kg:sentEnd 36 .
    [] a rdf:Statement ; rdf:subject person:陈立新 ; rdf:predicate kg:memberOf ; rdf:object organization:梁溪区政府 ;
        prov:wasDerivedFrom mini: ; kg:sentence "梁溪区政府区长陈立新表示，全区已启动12个更新片区。"^^xsd:string ;
        kg:cue "梁溪区政府区长陈立新"^^xsd:string ; kg:start 10 ; kg:end 20 ; kg:sentStart 10 ; kg:sentEnd 36 .
    [] a kg:Figure ; kg:value "12"^^xsd:decimal ; kg:unit "个"^^xsd:string ; kg:measure "更新片区"^^xsd:string ;
        kg:qualifier ""^^xsd:string ; kg:text "12个更新片区"^^xsd:string ; kg:subject place:梁溪区 ;
        kg:start 28 ; kg:end 35 ;
        prov:wasDerivedFrom mini: ; kg:sentence "梁溪区政府区长陈立新表示，全区已启动12个更新片区。"^^xsd:string ;
        kg:sentStart 10 ; kg:sentEnd 36 .
}
"""

HASHED = (DATA + "statement/", DATA + "figure/")


def _graphs(ds: Dataset) -> dict[str, Graph]:
    """Each named graph of ``ds`` with hashed statement/figure IRIs turned into blank nodes."""
    def blank(term):
        return BNode(str(term).rsplit("/", 1)[1]) if isinstance(term, URIRef) and str(term).startswith(HASHED) else term

    graphs: dict[str, Graph] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        if str(g) != DEFAULT:  # load() puts the merged graph there; compared in its own test
            graphs.setdefault(str(g), Graph()).add((blank(s), p, blank(o)))
    return graphs


def test_mini_extraction_is_isomorphic_to_reviewed_graph(tmp_path):
    write(mini_extraction(), tmp_path)
    expected = Dataset(store="Oxigraph")
    expected.parse(data=MINI_EXPECTED, format="ox-trig")
    got, want = _graphs(load(tmp_path)), _graphs(expected)
    assert set(got) == set(want)
    for name in want:
        assert isomorphic(got[name], want[name]), name


def test_one_named_graph_per_article_plus_the_entities_graph():
    ds = to_dataset(sample_extraction())
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {ENTITIES_GRAPH, article_iri("jiangcheng_0411#1"), article_iri("jiangcheng_0411#2")}
    assert not list(ds.graph(ENTITIES_GRAPH).triples((None, KG.position, None)))


def test_to_dataset_and_written_file_hold_the_same_quads(tmp_path):
    ex = sample_extraction()
    built = _graphs(to_dataset(ex))
    write(ex, tmp_path)
    loaded = _graphs(load(tmp_path))
    assert set(built) == set(loaded)
    for name in built:
        assert isomorphic(built[name], loaded[name]), name


def test_rebuild_is_byte_identical_even_with_shuffled_input(tmp_path):
    write(sample_extraction(), tmp_path / "a")
    ex = sample_extraction()
    ex.relations.reverse()
    ex.entities.reverse()
    ex.figures.reverse()
    write(ex, tmp_path / "b")
    for name in ("graph.trig", "graph.ttl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_merged_turtle_holds_every_triple_once(tmp_path):
    write(sample_extraction(), tmp_path)
    merged = Graph()
    merged.parse(str(tmp_path / "graph.ttl"), format="ox-turtle")
    union = {(s, p, o) for s, p, o, _ in load(tmp_path).quads((None, None, None, None))}
    assert set(merged) == union


def test_output_is_valid_for_rdflib_own_parser_too(tmp_path):
    # Chinese IRIs and escaped local names (article:x\%231) must not depend on Oxigraph leniency.
    write(sample_extraction(), tmp_path)
    plain = Dataset(default_union=True)
    plain.parse(str(tmp_path / "graph.trig"), format="trig")
    named = [q for q in load(tmp_path).quads((None, None, None, None)) if str(q[3]) != DEFAULT]
    assert len(list(plain.quads((None, None, None, None)))) == len(named)
    assert (entity_iri("Person", "李明华"), KG.position, Literal("市委书记")) in plain


def test_no_blank_nodes_in_output(tmp_path):
    write(sample_extraction(), tmp_path)
    ds = load(tmp_path)
    assert not [q for q in ds.quads((None, None, None, None)) if any(isinstance(t, BNode) for t in q[:3])]


IRI_CASES = [
    (("Person", "陈立新"), "person/陈立新"),
    (("Organization", "江城市发展改革委"), "organization/江城市发展改革委"),
    (("Programme", "《江城市城市更新行动计划》"), "programme/%E3%80%8A江城市城市更新行动计划%E3%80%8B"),
    (("Event", "2024 江城 马拉松"), "event/2024%20江城%20马拉松"),
    (("Organization", "ABC科技有限公司/研发部"), "organization/ABC科技有限公司%2F研发部"),
    (("Person", "阿卜杜·热西提"), "person/阿卜杜%C2%B7热西提"),
]


@pytest.mark.parametrize("args, path", IRI_CASES)
def test_entity_iri_is_readable_and_percent_encodes_the_rest(args, path):
    assert entity_iri(*args) == URIRef(DATA + path)


def test_same_entity_in_two_extractions_is_one_node():
    page = _Page("李明华调研江城市高新区。\n", "other_day", "other.txt")
    art = page.article(1, "李明华调研江城市高新区。", "李明华调研江城市高新区。")
    page.mention(art, "李明华", "Person")
    name = Literal("李明华", datatype=URIRef(XSD_STRING))
    first = set(to_dataset(sample_extraction()).subjects(KG.name, name))
    second = set(to_dataset(page.extraction()).subjects(KG.name, name))
    assert first == second == {entity_iri("Person", "李明华")}


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def test_evidence_offsets_slice_back_to_cue_and_sentence(tmp_path):
    write(sample_extraction(), tmp_path)
    ds = load(tmp_path)
    rows = list(ds.query("""SELECT ?cue ?sentence ?start ?end ?s0 ?s1 WHERE { GRAPH ?a {
        ?st a rdf:Statement ; kg:cue ?cue ; kg:sentence ?sentence ; kg:start ?start ; kg:end ?end ;
            kg:sentStart ?s0 ; kg:sentEnd ?s1 } }""", initNs={"kg": str(KG), "rdf": RDF_NS}))
    assert len(rows) == len(sample_extraction().relations)
    for cue, sentence, start, end, s0, s1 in rows:
        assert TEXT[int(start):int(end)] == str(cue)
        assert TEXT[int(s0):int(s1)] == str(sentence)


RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def test_every_asserted_relation_has_a_statement_in_the_same_graph(tmp_path):
    write(sample_extraction(), tmp_path)
    ds = load(tmp_path)
    predicates = {KG[p] for p in ("position", "memberOf", "chair", "organizer", "date", "participant", "author",
                                  "subOrganizationOf", "locatedIn")}
    for g in ds.graphs():
        if str(g.identifier) == DEFAULT:
            continue
        for s, p, o in g:
            if p in predicates:
                ask = ds.query("ASK { GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }",
                               initNs={"rdf": RDF_NS}, initBindings={"g": g.identifier, "s": s, "p": p, "o": o})
                assert ask.askAnswer, (s, p, o)


def test_offsets_are_into_the_original_html_input():
    # An HTML reader keeps text "陈立新" at html[8:11] ("<p><b>x</b>陈立新" style markup before it).
    doc = Document("h", "h.html", "标题\n陈立新主持", "标题\n陈立新主持",
                   source_offsets=[4, 5, 11, 20, 21, 22, 23, 24])
    art = Article("h#1", "标题", 0, 8, sentences=[Sentence(3, 8, 0)])
    doc.articles.append(art)
    chen = Mention("h", "h#1", 3, 6, "Person", "陈立新", entity="Person:陈立新")
    ev = Evidence("h", "h#1", "陈立新主持", 3, 6, 3, 8)
    ex = Extraction([doc], [Entity("陈立新", "Person", mentions=[chen])], [Relation(chen, "position", "主持人", ev)])
    ds = to_dataset(ex)
    stmt = next(ds.subjects(KG.cue, Literal("陈立新", datatype=URIRef(XSD_STRING))))
    assert {int(ds.value(stmt, KG.start)), int(ds.value(stmt, KG.end))} == {20, 23}
    assert (int(ds.value(stmt, KG.sentStart)), int(ds.value(stmt, KG.sentEnd))) == (20, 25)


def test_unresolved_mention_still_gets_a_typed_named_node():
    page = _Page("临江区\n临江区委书记周海涛调研。\n", "u", "u.txt")
    art = page.article(1, "临江区", "临江区委书记周海涛调研。")
    zhou = Mention("u", art.id, 13, 16, "Person", "周海涛")  # entity=None: resolve did not run
    ev = page.evidence(art, "书记周海涛")
    ds = to_dataset(Extraction([page.doc], [], [Relation(zhou, "position", "区委书记", ev)], []))
    iri = entity_iri("Person", "周海涛")
    assert str(ds.value(iri, KG.name)) == "周海涛"
    assert (iri, URIRef(RDF_NS + "type"), KG.Person) in ds


DATE_CASES = [
    ("2024-04-10", "date"),
    ("2024-04", "gYearMonth"),
    ("2024", "gYear"),
    ("--06-11", "gMonthDay"),
    ("2024-13", "string"),     # no 13th month
    ("2024-02-30", "string"),  # no such day
    ("4月10日", "string"),     # not normalised by the extractor: kept as text
]


@pytest.mark.parametrize("text, datatype", DATE_CASES)
def test_dates_are_typed_only_when_valid_iso(text, datatype):
    lit = date_literal(text)
    assert str(lit) == text and lit.datatype == URIRef("http://www.w3.org/2001/XMLSchema#" + datatype)


def test_load_missing_output_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="no graph.trig"):
        load(tmp_path / "nothing")


def test_load_corrupt_output_is_an_output_error(tmp_path):
    (tmp_path / "graph.trig").write_text("<a> <b> { broken", encoding="utf-8")
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="invalid RDF"):
        load(tmp_path)


def test_failed_write_leaves_previous_output_and_no_temp_file(tmp_path, monkeypatch):
    write(mini_extraction(), tmp_path)
    before = (tmp_path / "graph.trig").read_bytes()

    def half_write(self, data):
        with open(self, "wb") as f:
            f.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half_write)
    with pytest.raises(OutputError, match="No space left"):
        write(sample_extraction(), tmp_path)
    assert (tmp_path / "graph.trig").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig", "graph.ttl"]


def _ontology_terms() -> set[str]:
    g = Graph().parse(str(Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"), format="turtle")
    return {str(s) for s in g.subjects() if str(s).startswith(str(KG))}


def test_vocab_and_ontology_declare_the_same_terms():
    declared = {str(KG[name]) for name in KG.__annotations__}
    assert declared == _ontology_terms()


def test_every_ontology_term_has_chinese_and_english_labels():
    g = Graph().parse(str(Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"), format="turtle")
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    for term in _ontology_terms():
        langs = {o.language for o in g.objects(URIRef(term), label)}
        assert {"zh", "en"} <= langs, term


def test_load_caches_the_store_and_rebuilds_it_when_the_graph_changes(tmp_path):
    write(sample_extraction(), tmp_path)
    first = len(list(load(tmp_path).quads((None, None, None, None))))
    assert (tmp_path / ".oxigraph" / "STAMP").is_file()
    assert len(list(load(tmp_path).quads((None, None, None, None)))) == first  # from the cache
    write(mini_extraction(), tmp_path)  # a different graph in the same place
    assert len(list(load(tmp_path).quads((None, None, None, None)))) != first


def test_load_without_a_writable_output_directory_parses_in_memory(tmp_path, monkeypatch):
    write(sample_extraction(), tmp_path)
    expected = len(list(load(tmp_path).quads((None, None, None, None))))
    (tmp_path / "graph.trig").touch()  # invalidates the cache

    def refuse(*args, **kwargs):  # as root, chmod cannot make a directory unwritable
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kg.rdf.tempfile.mkdtemp", refuse)
    assert len(list(load(tmp_path).quads((None, None, None, None)))) == expected


def test_loaded_default_graph_is_the_merged_graph_each_fact_once(tmp_path):
    write(sample_extraction(), tmp_path)
    ds = load(tmp_path)
    merged = Graph()
    merged.parse(tmp_path / "graph.ttl", format="turtle")
    default = {(s, p, o) for s, p, o, g in ds.quads((None, None, None, None)) if str(g) == DEFAULT}
    assert len(default) == len(merged)
    rows = list(ds.query("SELECT ?s ?o WHERE { ?s <https://w3id.org/kg-news/ontology#position> ?o }"))
    assert len(rows) == len(set(rows))  # a fact stated in two articles is one row, not two
