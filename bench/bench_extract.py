#!/usr/bin/env python3
"""Throughput of the taggers (kg.ner.tag, kg.nn_tagger.tag) and of the whole kg.pipeline.extract
against raw jieba.posseg.lcut.

The baseline is measured in the same run on the same text, so the ratio is meaningful on a busy
machine. Text: the files given as arguments, by default the seed page, the held-out pages in
bench/heldout/ and, when ../shared is beside the checkout, the sentences of the MSRA test split —
never repeated, since kg caches per-sentence analyses and a repeated text would flatter it.

Usage: python bench/bench_extract.py [FILE ...] [--chars 200000]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rate(label: str, fn, text: str) -> float:
    """Run ``fn(text)`` once and print characters per second."""
    t0 = time.perf_counter()
    fn(text)
    cps = len(text) / (time.perf_counter() - t0)
    print(f"{label:<28}{cps:>12,.0f} chars/s")
    return cps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--chars", type=int, default=200_000)
    args = ap.parse_args()
    files = args.files or [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "bench" / "heldout").glob("*.txt"))]
    parts = [f.read_bytes().decode("utf-8", errors="replace") if f.suffix != ".jsonl" else "" for f in files]
    msra = ROOT.parent / "shared" / "data" / "ner" / "msra" / "test.jsonl"
    if not args.files and msra.exists():
        import json

        parts += [json.loads(line)["text"] for line in msra.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = "\n".join(parts)[: args.chars]
    print(f"{len(text):,} chars (not repeated)")

    import jieba
    import jieba.posseg

    from kg import ner, nn_tagger

    jieba.setLogLevel(60)
    nn_tagger.tag("预热：加载模型和词典。")
    jieba.posseg.lcut("预热")
    baseline = rate("jieba.posseg.lcut", jieba.posseg.lcut, text)
    rate("jieba.lcut", jieba.lcut, text)
    tagged = rate("kg.ner.tag (CRF)", ner.tag, text)
    print(f"ratio ner.tag / posseg        {tagged / baseline:.2f}")
    mixed = rate("kg.nn_tagger.tag (mixed)", nn_tagger.tag, text)
    print(f"ratio nn_tagger.tag / posseg  {mixed / baseline:.2f}")
    from kg.pipeline import extract
    from kg.read import read_text

    whole = rate("kg.pipeline.extract", lambda t: extract([read_text(t, doc_id="bench")]), text)
    print(f"ratio extract / posseg        {whole / baseline:.2f}")


if __name__ == "__main__":
    main()
