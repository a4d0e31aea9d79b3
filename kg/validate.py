"""Check an output directory against the SHACL shapes in ``ontology/shapes.ttl`` (pySHACL).

The merged ``graph.ttl`` is validated, not the named graphs one by one: an article graph holds
relations whose objects are typed in the entities graph, and pySHACL validates each named graph
of a dataset on its own. ``kg validate`` exits 0 when the graph conforms, 1 when it does not,
2 on error (missing or corrupt output: :class:`kg.errors.OutputError`).
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import OutputError
from kg.rdf import TURTLE
from kg.vocab import ONTOLOGY_DIR


def _parse(path: Path, what: str):
    from rdflib import Graph

    if not path.is_file():
        raise OutputError(f"no {path.name} in {path.parent}: expected {what}")
    g = Graph()
    try:
        g.parse(str(path), format="ox-turtle")
    except (SyntaxError, ValueError, OSError) as e:
        first = (str(e).splitlines() or [type(e).__name__])[0]
        raise OutputError(f"{path} is not valid Turtle ({first}); expected {what}") from e
    return g


def validate(out_dir: Path | str, *, shapes: Path | None = None) -> tuple[bool, str]:
    """Validate ``out_dir/graph.ttl``; return (conforms, human-readable report).

    >>> validate("/nonexistent/out")
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: no graph.ttl in /nonexistent/out: expected the output directory of `kg build`; build it first
    """
    from pyshacl import validate as shacl

    data = _parse(Path(out_dir) / TURTLE, "the output directory of `kg build`; build it first")
    shapes_graph = _parse(Path(shapes) if shapes else ONTOLOGY_DIR / "shapes.ttl", "the kg SHACL shapes")
    ontology = _parse(ONTOLOGY_DIR / "kg.ttl", "the kg ontology")
    conforms, _, report = shacl(data, shacl_graph=shapes_graph, ont_graph=ontology, inference="none",
                                allow_warnings=True)
    return bool(conforms), report


__all__ = ["validate"]
