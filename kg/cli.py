"""Thin command line: parse arguments, call the library, print. (Skeleton; filled by the lead.)"""
import json
import sys
from pathlib import Path

import click

from kg.errors import KgError


@click.group()
def cli():
    """kg: Chinese news → knowledge graph."""


@cli.command()
@click.argument("file", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for the whole file.")
def extract(file, as_json):
    """Extract entities, relations and figures from FILE."""
    from kg.export import to_json
    from kg.pipeline import extract as run
    from kg.read import read_file

    docs = read_file(file)
    print(json.dumps(to_json(run(docs), document=Path(file).name), ensure_ascii=False, indent=1))


def main():
    try:
        cli()
    except KgError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        sys.exit(e.exit_code)
