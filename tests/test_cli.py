"""The command line as a user meets it: help, exit codes, clean one-line errors, whole outputs."""
from __future__ import annotations

import json
import shutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ef4d7e1d0ac4c5ef.txt"
COMMANDS = ["build", "extract", "query", "show", "validate", "eval"]


def kg(*args, stdin: bytes | None = None, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], input=stdin,
                          capture_output=True, cwd=cwd, timeout=600)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "out"
    proc = kg("build", ROOT / "seeds", "-o", out, "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    return out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_example_and_is_in_readme(command):
    proc = kg(command, "--help")
    assert proc.returncode == 0
    assert "Example" in proc.stdout.decode()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"`kg {command}\b", readme), f"kg {command} is not documented in README.md"


def test_build_summary_and_outputs(seed_out, tmp_path):
    for name in ("graph.trig", "graph.ttl", "graph.html", "extraction.json"):
        assert (seed_out / name).stat().st_size > 0, name
    out = tmp_path / "again"
    proc = kg("build", ROOT / "seeds", "-o", out, "-q")
    summary = proc.stdout.decode().strip()
    assert re.fullmatch(r"\d+ articles, \d+ entities, \d+ relations, \d+ figures, \d+ triples → .*", summary), summary


def test_rebuild_is_byte_identical(seed_out, tmp_path):
    out = tmp_path / "rebuild"
    assert kg("build", ROOT / "seeds", "-o", out, "-q").returncode == 0
    for name in ("graph.trig", "graph.ttl", "graph.html", "extraction.json"):
        assert (out / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_failed_build_leaves_previous_output_untouched(seed_out, tmp_path):
    out = tmp_path / "keep"
    assert kg("build", ROOT / "seeds", "-o", out, "-q").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff")
    proc = kg("build", ROOT / "seeds", bad, "-o", out, "-q")
    assert proc.returncode == 2
    assert "bad.txt" in one_line_error(proc)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "keep"]  # no stray temp dirs


@pytest.mark.parametrize("content, why", [
    (b"", "empty"),
    (b"   \n\n  ", "blank"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\xff\xff\xff\x80\x80 abc \x81\x30", "neither UTF-8 nor GB18030"),
])
def test_bad_input_gives_one_clean_line(tmp_path, content, why):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    proc = kg("extract", path, "--json")
    assert proc.returncode == 2, why
    assert "input.txt" in one_line_error(proc)
    assert proc.stdout == b""


def test_missing_file_is_a_clean_error(tmp_path):
    proc = kg("extract", tmp_path / "nope.txt", "--json")
    assert proc.returncode == 2
    assert "nope.txt" in one_line_error(proc)


def test_extract_json_has_gold_format_and_offsets_slice_back():
    proc = kg("extract", SEED, "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    assert set(result) >= {"document", "entities", "relations", "figures", "mentions"}
    text = SEED.read_text(encoding="utf-8")
    assert result["mentions"], "no mentions on the seed page"
    events = [m for m in result["mentions"] if m["type"] == "Event"]
    previous_end = 0
    for m in result["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        inside_event = any(e["start"] <= m["start"] and m["end"] <= e["end"] and e != m for e in events)
        assert m["start"] >= previous_end or inside_event, "mentions overlap other than a place in an event name"
        if not inside_event:
            previous_end = m["end"]
    names = {e["name"] for e in result["entities"]} | {a for e in result["entities"] for a in e["aliases"]}
    for r in result["relations"]:
        assert r["subject"] == "@article" or r["subject"] in names, r


def test_extract_jsonl_one_object_per_line_in_order(tmp_path):
    texts = ["广州市委书记林建华主持会议。", "", "记者刘洋报道,杭州市西湖区举办文化节。"]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts if t) + "\n", encoding="utf-8")
    proc = kg("extract", "--jsonl", path)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["text"] for r in rows] == [t for t in texts if t]
    for row in rows:
        for m in row["mentions"]:
            assert row["text"][m["start"]:m["end"]] == m["text"]


def test_extract_stdin_lists_deictic_forms_as_references_not_mentions():
    text = "区委书记周建国在我区调研，县政府和全市有关部门负责人参加。"
    proc = kg("extract", "-", "--json", stdin=text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    assert {m["text"] for m in result["mentions"]} == {"区委", "周建国"}
    assert {"我区", "全市"} <= {m["text"] for m in result["references"]}
    for m in result["mentions"] + result["references"]:
        assert text[m["start"]:m["end"]] == m["text"] and m["entity"]


def test_extract_jsonl_bad_line_names_the_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "北京市"}\n{"txt": 1}\n', encoding="utf-8")
    proc = kg("extract", "--jsonl", path)
    assert proc.returncode == 2
    assert "in.jsonl:2" in one_line_error(proc)
    assert proc.stdout == b""


def test_query_bad_sparql_is_a_clean_error(seed_out):
    proc = kg("query", seed_out, "SELECT ?s WHERE { ?s ")
    assert proc.returncode == 2
    one_line_error(proc)


def test_query_formats(seed_out):
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    csv_out = kg("query", seed_out, sparql, "--format", "csv").stdout.decode().splitlines()
    assert csv_out[0] == "n" and int(csv_out[1]) > 0
    rows = json.loads(kg("query", seed_out, sparql, "--format", "json").stdout)
    assert int(rows[0]["n"]) == int(csv_out[1])


def test_query_on_missing_output_is_a_clean_error(tmp_path):
    proc = kg("query", tmp_path / "nothing", "people-positions")
    assert proc.returncode == 2
    one_line_error(proc)


def test_validate_conforms_on_seed_build(seed_out):
    proc = kg("validate", seed_out)
    assert proc.returncode == 0, proc.stdout.decode()


def test_show_unknown_entity_is_a_clean_error(seed_out):
    proc = kg("show", "不存在的名字", seed_out)
    assert proc.returncode == 2
    one_line_error(proc)


def test_inputs_with_the_same_file_stem_stay_apart(tmp_path):
    for sub, name in (("a", "王强"), ("b", "李文")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "001.txt").write_text(f"# 标题\n\n市长{name}出席会议。\n", encoding="utf-8")
    proc = kg("build", tmp_path / "a", tmp_path / "b", "-o", tmp_path / "out", "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().startswith("2 articles")
    rows = json.loads(kg("query", tmp_path / "out", "articles", "--format", "json").stdout)
    assert len(rows) == 2


def test_validate_exit_code_1_when_the_graph_does_not_conform(seed_out, tmp_path):
    out = tmp_path / "broken"
    shutil.copytree(seed_out, out)
    with open(out / "graph.ttl", "a", encoding="utf-8") as f:  # a Person with no name breaks its shape
        f.write("\n<https://w3id.org/kg-news/id/person/x> a <https://w3id.org/kg-news/ontology#Person> .\n")
    proc = kg("validate", out)
    assert proc.returncode == 1
    assert "Conforms: False" in proc.stdout.decode()


CANNED = sorted(p.stem for p in (ROOT / "ontology" / "queries").glob("*.rq"))


@pytest.mark.parametrize("name", CANNED)
def test_every_canned_query_returns_rows_on_the_seed_build(seed_out, name):
    args = ["query", seed_out, name, "--format", "json"]
    if name == "entity":  # the one parameterised query: ask about a person of the page
        people = json.loads(kg("query", seed_out, "people-positions", "--format", "json").stdout)
        args += ["--bind", f"name={people[0]['person']}"]
    proc = kg(*args)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout), f"{name} returned no rows"


def test_show_prints_the_card_of_a_person_with_evidence(seed_out):
    people = json.loads(kg("query", seed_out, "people-positions", "--format", "json").stdout)
    row = next(r for r in people if r["position"])
    proc = kg("show", row["person"], seed_out)
    assert proc.returncode == 0
    card = proc.stdout.decode()
    assert card.startswith(f"{row['person']}  (Person)")
    assert f"position → {row['position']}" in card and "「" in card  # each fact with its sentence
