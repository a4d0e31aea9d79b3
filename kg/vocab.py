"""The kg ontology terms as one closed namespace, plus the IRI bases of the data.

Terms are declared once here and in ``ontology/kg.ttl``; using an undeclared term fails loudly
instead of minting a new IRI:

>>> KG.memberOf
rdflib.term.URIRef('https://w3id.org/kg-news/ontology#memberOf')
>>> KG.memberof
Traceback (most recent call last):
...
AttributeError: term 'memberof' not in namespace 'https://w3id.org/kg-news/ontology#'
"""
from __future__ import annotations

from pathlib import Path

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SDO, XSD, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"  # kg.ttl, shapes.ttl, queries/
ONTOLOGY = "https://w3id.org/kg-news/ontology#"
DATA = "https://w3id.org/kg-news/id/"


class KG(DefinedNamespace):
    """Classes and properties of the kg ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(ONTOLOGY)
    _fail = True
    _underscore_num = False

    # classes: the entity types of the guideline, figures and articles
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Programme: URIRef
    Event: URIRef
    Figure: URIRef
    Article: URIRef

    # entity names
    name: URIRef
    alias: URIRef

    # relations of the guideline (kg.model.PREDICATES)
    position: URIRef
    honour: URIRef
    memberOf: URIRef
    subOrganizationOf: URIRef
    locatedIn: URIRef
    organizer: URIRef
    chair: URIRef
    participant: URIRef
    author: URIRef
    source: URIRef
    date: URIRef

    # figures
    value: URIRef
    unit: URIRef
    measure: URIRef
    qualifier: URIRef
    text: URIRef
    subject: URIRef

    # articles
    title: URIRef
    datePublished: URIRef
    url: URIRef
    sourceFile: URIRef
    aboutPlace: URIRef
    mentions: URIRef

    # evidence: where a statement or figure was read (offsets into the decoded input file)
    sentence: URIRef
    cue: URIRef
    start: URIRef
    end: URIRef
    sentStart: URIRef
    sentEnd: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SH = Namespace("http://www.w3.org/ns/shacl#")

# Prefixes written into every output file and offered to every SPARQL query.
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "person": DATA + "person/",
    "organization": DATA + "organization/",
    "place": DATA + "place/",
    "programme": DATA + "programme/",
    "event": DATA + "event/",
    "article": DATA + "article/",
    "figure": DATA + "figure/",
    "statement": DATA + "statement/",
    "graph": DATA + "graph/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "prov": str(PROV),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "org": str(ORG),
}

__all__ = ["KG", "ONTOLOGY", "ONTOLOGY_DIR", "DATA", "PREFIXES", "ORG", "FOAF", "SH"]
