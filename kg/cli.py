"""Thin command line: parse arguments, call the library, print.

Exit codes: 0 success; 1 ``kg validate`` found the graph does not conform; 2 bad input, bad
query or any other error kg reports (one line on stderr, never a traceback).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import click

from kg.errors import InputError, KgError, OutputError

DEFAULT_INPUT = "seeds"
DEFAULT_OUT = "out"


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli():
    """kg: Chinese news articles → knowledge graph (RDF, SPARQL, HTML view).

    \b
    Example:
      kg build seeds -o out && kg query out people-positions
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("-o", "--out", default=DEFAULT_OUT, show_default=True, type=click.Path(), help="Output directory.")
@click.option("--encoding", help="Force the input encoding (default: detect UTF-8 / GB18030).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def build(inputs, out, encoding, quiet):
    """Build the knowledge graph of INPUTS (files or directories; default seeds/) into OUT.

    Writes OUT/graph.trig (one named graph per article), OUT/graph.ttl (merged),
    OUT/graph.html (offline view) and OUT/extraction.json. OUT is replaced only when
    everything succeeded.

    \b
    Example:
      kg build seeds/ -o out
    """
    from tqdm import tqdm

    from kg import rdf, view
    from kg.export import to_json
    from kg.pipeline import Found, analyse, finish
    from kg.read import find_inputs, read_file, rename

    files = find_inputs(list(inputs) or [DEFAULT_INPUT])
    found, seen = Found(), set()
    for path in tqdm(files, desc="kg build", unit="file", disable=quiet or None, file=sys.stderr):
        for doc in read_file(path, encoding=encoding):
            n = 1
            while doc.id in seen:  # same file stem (or JSONL id) in two inputs: keep both apart
                n += 1
                rename(doc, f"{doc.id.split('~')[0]}~{n}")
            seen.add(doc.id)
            analyse(doc, found)
    ex = finish(found)
    out = Path(out)
    with _replacing(out) as tmp:
        triples = rdf.write(ex, tmp)
        rdf.load(tmp)  # writes the store cache now, so the first `kg query` is as fast as the next
        view.write_view(ex, tmp / "graph.html", title=", ".join(p.name for p in files[:3]))
        (tmp / "extraction.json").write_text(_dump(to_json(ex)) + "\n", encoding="utf-8")
    articles = sum(len(d.articles) for d in ex.docs)
    click.echo(f"{articles} articles, {len(ex.entities)} entities, {len(ex.relations)} relations, "
               f"{len(ex.figures)} figures, {triples} triples → {out}/")


class _replacing:
    """Write into a fresh sibling directory, then swap it in place of ``out`` (no half-written output)."""

    def __init__(self, out: Path):
        self.out = out

    def __enter__(self) -> Path:
        parent = self.out.resolve().parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.", dir=parent))
        except OSError as e:
            raise OutputError(f"cannot write to {parent}: {e.strerror}; choose another -o directory") from e
        return self.tmp

    def __exit__(self, kind, value, tb):
        if kind is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return False
        if self.out.exists() and not self.out.is_dir():
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise OutputError(f"{self.out} exists and is not a directory; choose another -o directory")
        old = None
        if self.out.exists():
            old = self.out.with_name(f".{self.out.name}.old-{os.getpid()}")
            self.out.rename(old)
        self.tmp.rename(self.out)
        if old:
            shutil.rmtree(old, ignore_errors=True)
        return False


@cli.command()
@click.argument("file", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="One JSON object for the whole file (GUIDELINE.md format + mentions).")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="FILE is JSON Lines ({\"text\": …} per line; - for stdin): one JSON object per line.")
@click.option("--encoding", help="Force the input encoding.")
def extract(file, as_json, as_jsonl, encoding):
    """Extract entities, relations and figures from FILE (- reads a text page from stdin).

    \b
    Examples:
      kg extract seeds/000_ef4d7e1d0ac4c5ef.txt --json > pred.json
      kg extract --jsonl sentences.jsonl > pred.jsonl
    """
    from kg.export import to_json
    from kg.pipeline import extract as run
    from kg.read import read_bytes, read_file

    if as_jsonl:
        for out in _extract_each(_read_jsonl(file, encoding)):
            click.echo(_dump(out))
        return
    if file == "-":  # a text page on standard input
        docs = read_bytes(sys.stdin.buffer.read(), "stdin", encoding=encoding, suffix=".txt")
    else:
        docs = read_file(file, encoding=encoding)
    result = to_json(run(docs), document="stdin" if file == "-" else Path(file).name)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for e in result["entities"]:
        aliases = f"  (= {', '.join(e['aliases'])})" if e["aliases"] else ""
        click.echo(f"{e['type']:<13}{e['name']}{aliases}")
    for r in result["relations"]:
        click.echo(f"{r['subject']} —{r['predicate']}→ {r['object']}")
    for f in result["figures"]:
        click.echo(f"{f['subject'] or '—'}: {f['measure']} {f['qualifier']}{f['value']:g} {f['unit']}  「{f['text']}」")


def _read_jsonl(file: str, encoding: str | None) -> list:
    """The documents of a JSON Lines input (``-``: standard input), one per ``{"text": …}`` line."""
    from kg.read import read_bytes

    if file == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>", encoding=encoding, suffix=".jsonl")
    try:
        data = Path(file).read_bytes()
    except OSError as e:
        raise InputError(f"{file}: cannot read ({e.strerror}); check the path") from e
    return read_bytes(data, file, encoding=encoding, suffix=".jsonl")


def _extract_each(docs) -> list[dict]:
    """Each document on its own: the JSON object of ``kg extract --json`` plus its text."""
    from kg.export import to_json
    from kg.pipeline import extract as run

    for doc in docs:
        yield {**to_json(run([doc]), document=doc.id), "text": doc.text}


@cli.command()
@click.argument("out", type=click.Path())
@click.argument("query", required=False)
@click.option("--file", "query_file", type=click.Path(), help="Read the SPARQL query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--bind", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to the literal VALUE (e.g. the name of the entity query).")
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries.")
def query(out, query, query_file, fmt, params, list_queries):
    """Run SPARQL over the graph in OUT: a query text, a canned query name, or --file.

    \b
    Examples:
      kg query out people-positions
      kg query out entity --bind name=王少峰
      kg query out 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv
      kg query out --file my.rq --format json
    """
    from kg import query as q

    if list_queries:
        for name, path in q.canned_queries().items():
            click.echo(f"{name:<20}{q.describe(path)}")
        return
    if query_file:
        try:
            text = Path(query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"{query_file}: cannot read the query file ({e}); pass a UTF-8 .rq file") from e
    elif query:
        text = q.resolve_query(query)
    else:
        raise click.UsageError("give a query, a canned query name (see --list) or --file")
    bindings = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{p!r}: expected NAME=VALUE", param_hint="--bind")
        bindings[name] = value
    variables, rows = q.run_query(Path(out), text, bindings=bindings)
    formatter = {"table": q.format_table, "csv": q.format_csv, "json": q.format_json}[fmt]
    click.echo(formatter(variables, rows))


@cli.command()
@click.argument("name")
@click.argument("out", default=DEFAULT_OUT, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the card as JSON.")
def show(name, out, as_json):
    """Show the card of entity NAME (canonical name or alias) from the graph in OUT.

    \b
    Example:
      kg show 王少峰 out
    """
    from kg.query import entity_card, format_card

    card = entity_card(Path(out), name)
    click.echo(_dump(card) if as_json else format_card(card))


@cli.command()
@click.argument("out", default=DEFAULT_OUT, type=click.Path())
def validate(out):
    """Check the graph in OUT against ontology/shapes.ttl (SHACL).

    Exit code 0: conforms; 1: does not conform (report printed); 2: error.

    \b
    Example:
      kg validate out
    """
    from kg.validate import validate as run

    conforms, report = run(Path(out))
    click.echo(report)
    sys.exit(0 if conforms else 1)


@cli.command(name="eval")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--ner", is_flag=True, help="FILES are NER JSON Lines benchmarks ({text, entities}); kg tags their texts.")
@click.option("--types", default="PER,LOC,ORG", show_default=True, help="NER types to score.")
@click.option("--limit", type=int, help="Score only the first N lines of each benchmark.")
@click.option("--save", type=click.Path(), help="Also write kg's predictions to this file (one input).")
def eval_(files, ner, types, limit, save):
    """Score kg: GOLD INPUT pairs (gold files in the guideline's format and the inputs they
    annotate; several pairs are summed, micro-averaged), or --ner benchmarks.

    \b
    Examples:
      kg eval ../shared/annotation/gold/000_ef4d7e1d0ac4c5ef.json seeds/000_ef4d7e1d0ac4c5ef.txt
      kg eval --ner ../shared/data/ner/msra/test.jsonl
    """
    from kg import evaluate
    from kg.export import to_json
    from kg.pipeline import extract as run
    from kg.read import read_file

    saved = []
    if ner:
        gold_rows, pred_rows = [], []
        for bench in files:
            gold_rows += _benchmark_rows(bench)[:limit]
            for p in _extract_each(_read_jsonl(bench, None)[:limit]):
                pred_rows.append({"text": p["text"], "entities": [
                    {"start": m["start"], "end": m["end"], "type": evaluate.NER_LABELS.get(m["type"], m["type"])}
                    for m in p["mentions"]]})
        rows = evaluate.score_ner(gold_rows, pred_rows, tuple(types.split(",")))
        saved = pred_rows
    else:
        if len(files) % 2:
            raise click.UsageError("give GOLD INPUT pairs: each gold file followed by the input it annotates")
        pairs = []
        for gold, source in zip(files[::2], files[1::2]):
            try:
                gold_obj = json.loads(Path(gold).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
                raise InputError(f"{gold}: not a readable gold JSON file ({e})") from e
            pred = to_json(run(read_file(source)), document=Path(source).name)
            pairs.append((gold_obj, pred))
            saved.append(pred)
        rows = evaluate.score_extractions(pairs)
    if save:
        text = "\n".join(_dump(r) for r in saved) if ner else _dump(saved[0] if len(saved) == 1 else saved)
        Path(save).write_text(text + "\n", encoding="utf-8")
    click.echo(evaluate.format_rows(rows))


def _benchmark_rows(path: str) -> list[dict]:
    """The gold rows of a NER benchmark ({text, entities} per line), blank lines skipped."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if not isinstance(row.get("entities"), list):
                raise InputError(f"{path}:{n}: no \"entities\" list; expected a NER benchmark line {{text, entities}}")
            rows.append(row)
    return rows


def main() -> None:
    """Entry point of the ``kg`` console script and ``python -m kg``."""
    try:
        cli(standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(2)
    except click.Abort:
        print("kg: aborted", file=sys.stderr)
        sys.exit(130)
    except KgError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as e:  # a file kg was pointed at could not be read or written
        print(f"kg: error: {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
        sys.exit(2)
