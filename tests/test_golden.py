"""The seed page's whole graph against a reviewed golden file, compared as RDF graphs.

When extraction changes on purpose, regenerate with
``KG_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py`` and review the diff of
``tests/golden/seed.trig`` (see tests/golden/README.md) before committing it.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline import extract
from kg.rdf import write
from kg.read import find_inputs, read_file

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seed.trig"


def _graphs(path: Path) -> dict[str, object]:
    ds = Dataset()
    ds.parse(path, format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def test_seed_graph_is_isomorphic_to_reviewed_golden(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the graph records input paths as given: seeds/…, as `kg build` in the README
    docs = [doc for path in find_inputs([Path("seeds")]) for doc in read_file(path)]
    write(extract(docs), tmp_path)
    built = tmp_path / "graph.trig"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        shutil.copyfile(built, GOLDEN)
        pytest.skip("golden file rewritten: review `git diff tests/golden/` before committing")
    expected, actual = _graphs(GOLDEN), _graphs(built)
    assert sorted(actual) == sorted(expected), "named graphs differ"
    for name, graph in expected.items():
        if not isomorphic(graph, actual[name]):
            _, missing, extra = graph_diff(to_isomorphic(graph), to_isomorphic(actual[name]))
            lines = [f"- {t}" for t in sorted(missing)[:10]] + [f"+ {t}" for t in sorted(extra)[:10]]
            pytest.fail(f"graph {name} differs from the golden file:\n" + "\n".join(lines))
