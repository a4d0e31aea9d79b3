"""SPARQL over an output directory: canned queries, parameters, errors, entity cards, formatting."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.query import (canned_queries, display_width, entity_card, format_csv, format_json, format_table, resolve_query,
                      run_query)
from kg.rdf import write
from test_rdf import sample_extraction


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    path = tmp_path_factory.mktemp("kg") / "out"
    write(sample_extraction(), path)
    return path


def rows_of(out, query, **bindings):
    names, rows = run_query(out, resolve_query(query), bindings=bindings)
    return [{n: (None if v is None else str(v)) for n, v in zip(names, row)} for row in rows]


BINDINGS = {"entity": {"name": "李明华"}}


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_returns_rows_on_the_fixture(out, name):
    assert rows_of(out, name, **BINDINGS.get(name, {}))


def test_people_positions_pairs_position_with_organisation_of_the_same_article(out):
    got = {(r["person"], r["position"], r["organization"]) for r in rows_of(out, "people-positions")}
    assert got == {("李明华", "市委书记", "江城市委"), ("李明华", "市委书记", None), ("赵雪梅", "主任", "江城市发展改革委")}


def test_org_hierarchy_lists_sub_unit_under_its_parent(out):
    got = [(r["top"], r["parent"], r["organization"]) for r in rows_of(out, "org-hierarchy")]
    assert got == [("江城市高新区管委会", "江城市高新区管委会", "江城市高新区管委会科技创新服务中心")]


def test_figures_by_subject_names_subjects_and_keeps_qualifier(out):
    got = {(r["subject"], r["value"], r["unit"], r["qualifier"]) for r in rows_of(out, "figures-by-subject")}
    assert got == {("江城市", "38", "个", ""), ("江城市高新区管委会科技创新服务中心", "12000", "家", "超")}


def test_events_gather_chair_organizer_participants_and_date(out):
    (row,) = rows_of(out, "events")
    assert (row["event"], row["date"], row["chair"], row["organizers"], row["participants"]) == (
        "全面深化改革工作会议", "--04-10", "李明华", "江城市委", "赵雪梅")


ENTITY_CASES = [
    ("李明华", {("out", "position", "市委书记"), ("out", "memberOf", "江城市委"), ("in", "chair", "全面深化改革工作会议")}),
    ("全市", {("figure", "便民服务中心", "38个便民服务中心"), ("in", "locatedIn", "高新区")}),  # alias of 江城市
    ("孙立平", {("in", "author", "江城市召开全面深化改革工作会议")}),  # credited by the article itself
]


@pytest.mark.parametrize("name, expected", ENTITY_CASES)
def test_entity_query_by_name_or_alias_with_evidence(out, name, expected):
    rows = rows_of(out, "entity", name=name)
    assert {(r["direction"], r["predicate"], r["other"]) for r in rows} == expected
    assert all(r["sentence"] and int(r["start"]) < int(r["end"]) for r in rows)


def test_binding_is_a_literal_not_query_text(out):
    assert rows_of(out, "entity", name='李明华" } UNION { ?e ?p ?o') == []


def test_canned_query_without_its_parameter_is_a_query_error(out):
    with pytest.raises(QueryError, match=r"\?name"):
        run_query(out, resolve_query("entity"))


MALFORMED = [
    "SELECT ?s WHERE { ?s ",
    "SELEC * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s nosuchprefix:p ?o }",
    "SELECT * WHERE { ?s ?p ?o FILTER( }",
]


@pytest.mark.parametrize("sparql", MALFORMED)
def test_malformed_sparql_is_a_one_line_query_error(out, sparql):
    with pytest.raises(QueryError) as err:
        run_query(out, sparql)
    assert "\n" not in str(err.value) and str(err.value).startswith("malformed SPARQL")


def test_unknown_canned_query_names_the_known_ones():
    with pytest.raises(QueryError, match="people-positions"):
        resolve_query("people")


def test_query_file_is_read(tmp_path):
    path = tmp_path / "names.rq"
    path.write_text("SELECT ?n WHERE { ?e kg:name ?n }", encoding="utf-8")
    assert resolve_query(str(path)).startswith("SELECT ?n")


def test_ask_query_answers(out):
    assert run_query(out, "ASK { ?p kg:position \"市委书记\" }") == (["ask"], [(Literal(True),)])


def test_union_default_graph_does_not_double_count_with_distinct(out):
    # 李明华 is mentioned in two article graphs; his name triple lives once, in the entities graph.
    _, rows = run_query(out, "SELECT DISTINCT ?a WHERE { GRAPH ?a { ?a kg:mentions person:李明华 } }")
    assert len(rows) == 2


def test_entity_card_has_type_aliases_relations_figures_and_evidence(out):
    card = entity_card(out, "全市")
    assert (card["name"], card["type"], card["aliases"]) == ("江城市", "Place", ["全市"])
    assert [f["value"] for f in card["figures"]] == [38]
    (located,) = card["in"]
    assert (located["predicate"], located["subject"], located["subject_type"]) == ("locatedIn", "高新区", "Place")
    (ev,) = located["evidence"]
    assert ev["article"] == "jiangcheng_0411#2" and "江城市高新区" in ev["sentence"]


def test_entity_card_lists_every_article_that_mentions_it(out):
    assert [a["article"] for a in entity_card(out, "李明华")["articles"]] == ["jiangcheng_0411#1",
                                                                              "jiangcheng_0411#2"]


def test_entity_card_groups_one_fact_read_in_two_articles(out):
    (position,) = [r for r in entity_card(out, "李明华")["out"] if r["predicate"] == "position"]
    assert position["object"] == "市委书记"
    assert [ev["article"] for ev in position["evidence"]] == ["jiangcheng_0411#1", "jiangcheng_0411#2"]


def test_entity_card_unknown_name_is_a_query_error(out):
    with pytest.raises(QueryError, match="no entity named"):
        entity_card(out, "不存在的名字")


TABLE_CASES = [
    (["name", "position"], [("李明华", "市委书记"), ("Li Minghua", "secretary")]),
    (["机构", "n"], [("江城市发展改革委", "3"), ("NDRC", "12")]),
]


@pytest.mark.parametrize("names, rows", TABLE_CASES)
def test_table_columns_line_up_with_wide_characters(names, rows):
    lines = format_table(names, [tuple(Literal(v) for v in row) for row in rows]).splitlines()
    second_cells = [names[1], None] + [row[1] for row in rows]  # None: the dashes line
    starts = {display_width(line[: line.index(cell)]) for line, cell in zip(lines, second_cells) if cell}
    assert len(starts) == 1, lines


def test_table_shows_prefixed_readable_iris():
    table = format_table(["e"], [(URIRef("https://w3id.org/kg-news/id/article/page%231"),)])
    assert table.splitlines()[-1] == "article:page#1"


def test_csv_and_json_keep_full_values(out):
    names, rows = run_query(out, "SELECT ?e ?v WHERE { ?f kg:value ?v ; kg:subject ?e } ORDER BY ?v")
    parsed = list(csv.reader(io.StringIO(format_csv(names, rows))))
    assert parsed[0] == ["e", "v"] and parsed[1] == ["https://w3id.org/kg-news/id/place/江城市", "38"]
    assert json.loads(format_json(names, rows))[1]["v"] == 12000
