"""SHACL validation: kg output conforms; graphs broken in typical ways do not."""
from __future__ import annotations

import pytest
from rdflib import PROV, RDF, XSD, Graph, Literal

from kg.errors import OutputError
from kg.rdf import entity_iri, write
from kg.validate import validate
from kg.vocab import KG
from test_rdf import sample_extraction


@pytest.fixture()
def out(tmp_path):
    write(sample_extraction(), tmp_path)
    return tmp_path


def _edit(out, change) -> None:
    g = Graph().parse(str(out / "graph.ttl"), format="ox-turtle")
    change(g)
    (out / "graph.ttl").write_bytes(g.serialize(format="ox-turtle", encoding="utf-8"))


LI = entity_iri("Person", "李明华")


def _drop_name(g):
    g.remove((LI, KG.name, None))


def _member_of_a_place(g):
    g.add((LI, KG.memberOf, entity_iri("Place", "江城市")))


def _value_as_text(g):
    fig = next(g.subjects(RDF.type, KG.Figure))
    g.set((fig, KG.value, Literal("三十八")))


def _statement_without_article(g):
    stmt = next(g.subjects(RDF.type, RDF.Statement))
    g.remove((stmt, PROV.wasDerivedFrom, None))


def _position_on_an_organisation(g):
    g.add((entity_iri("Organization", "江城市委"), KG.position, Literal("主办单位", datatype=XSD.string)))


def _cue_ends_before_it_starts(g):
    stmt = next(g.subjects(RDF.type, RDF.Statement))
    g.set((stmt, KG.end, Literal(0)))


BROKEN = [
    (_drop_name, "kg:name"),
    (_member_of_a_place, "memberOf"),
    (_value_as_text, "value"),
    (_statement_without_article, "wasDerivedFrom"),
    (_position_on_an_organisation, "Person"),
    (_cue_ends_before_it_starts, "LessThanOrEquals"),
]


def test_kg_output_conforms(out):
    conforms, report = validate(out)
    assert conforms, report


@pytest.mark.parametrize("change, in_report", BROKEN, ids=[c.__name__.strip("_") for c, _ in BROKEN])
def test_broken_graph_does_not_conform(out, change, in_report):
    _edit(out, change)
    conforms, report = validate(out)
    assert not conforms
    assert in_report in report


def test_missing_output_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="graph.ttl"):
        validate(tmp_path / "nothing")


def test_corrupt_output_is_an_output_error(out):
    (out / "graph.ttl").write_text("<a> <b> ", encoding="utf-8")
    with pytest.raises(OutputError, match="not valid Turtle"):
        validate(out)
