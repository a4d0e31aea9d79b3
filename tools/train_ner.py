#!/usr/bin/env python3
"""Train (and evaluate) the character CRF of kg/ner.py; writes kg/models/ner.crfsuite.

Training data (train splits only; never copied into the repository, read from DATA_DIR):
- ``msra/train.jsonl``: the MSRA corpus of the SIGHAN 2006 Chinese language processing bakeoff
  (Levow 2006), 45,000 news sentences annotated PER / LOC / ORG.
- ``cluener/train.jsonl``: CLUENER2020 (Xu et al. 2020, CLUE benchmark), 10,748 THUCNews sentences
  with ten types; mapped name→PER, address+scene→LOC, organization+government+company→ORG
  (its ``label`` field holds the original type); the other six types are left as O.

Each file is JSON Lines ``{"text", "entities": [{"start", "end", "type"/"label"}]}``, end exclusive.
Sentences are cut into chunks exactly as ``kg.ner.tag`` cuts text, labelled B/I/E/S-<type> / O,
and trained with L-BFGS; L1 (``--c1``) and ``--minfreq`` keep the model small.

The shipped CRF is trained on the files as they are. Trained on the texts normalised as ``kg
extract`` tags them (``--normalise``: ASCII digits where MSRA writes them full-width), the whole
pipeline scored MSRA test / People's Daily test / CLUENER dev 0.902 / 0.949 / 0.728 against
0.903 / 0.949 / 0.729 (2026-11-27): no gain, unlike the network (see ``train_ner_nn.py``).

Evaluation (``--eval``) tags held-out files (MSRA test, People's Daily dev/test, CLUENER dev) and
scores them with the exact-span scorer ``../shared/annotation/ner_score.py``.

Usage:
    python tools/train_ner.py [DATA_DIR] [--limit 5000] [--iterations 120] [--eval]
    python tools/train_ner.py --eval-only
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import ner  # noqa: E402
from kg.read import normalise  # noqa: E402

CLUENER_TYPES = {"name": "PER", "address": "LOC", "scene": "LOC",
                 "organization": "ORG", "government": "ORG", "company": "ORG"}
BENCHMARKS = ("msra/test.jsonl", "peoples_daily/dev.jsonl", "peoples_daily/test.jsonl",
              "cluener/dev.jsonl")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def spans_of(row: dict, cluener: bool) -> list[tuple[int, int, str]]:
    """PER/LOC/ORG spans of a training row (CLUENER types mapped from its ``label`` field)."""
    out = []
    for e in row["entities"]:
        typ = CLUENER_TYPES.get(e.get("label")) if cluener else e["type"]
        if typ in ner.TYPES:
            out.append((e["start"], e["end"], typ))
    return out


def labels_for(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * n
    for s, e, t in spans:
        if any(x != "O" for x in labels[s:e]):
            continue  # overlapping annotation (rare in CLUENER): keep the first
        if e - s == 1:
            labels[s] = "S-" + t
        else:
            labels[s] = "B-" + t
            labels[s + 1:e - 1] = ["I-" + t] * (e - s - 2)
            labels[e - 1] = "E-" + t
    return labels


def sequences(rows: list[dict], cluener: bool):
    """(features, labels) per chunk, chunks cut as kg.ner.tag cuts text."""
    for row in rows:
        text = row["text"]
        labels = labels_for(len(text), spans_of(row, cluener))
        for start, chunk in ner.chunks(text):
            if chunk.strip():
                yield ner.features(chunk), labels[start:start + len(chunk)]


def train(args) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=True)
    t0 = time.time()
    count = 0
    for rel, cluener, repeat in (("msra/train.jsonl", False, 1),
                                 ("cluener/train.jsonl", True, args.cluener_repeat)):
        rows = read_jsonl(args.data / rel)
        if args.limit:
            rows = rows[: args.limit]
        if args.normalise:  # the form kg extract tags (kg.read.normalise keeps the offsets)
            rows = [{**row, "text": normalise(row["text"])} for row in rows]
        for xseq, yseq in sequences(rows, cluener):
            for _ in range(repeat):
                trainer.append(xseq, yseq)
                count += 1
    print(f"{count} sequences, features in {time.time() - t0:.0f}s", flush=True)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
        "feature.minfreq": args.minfreq, "feature.possible_transitions": True,
    })
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    print(f"trained in {time.time() - t0:.0f}s -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


def evaluate(args) -> None:
    ner.MODEL = args.out
    ner.crf_tagger.cache_clear()
    scorer = args.scorer or args.data.parent.parent / "annotation" / "ner_score.py"
    for rel in BENCHMARKS:
        gold = args.data / rel
        if not gold.exists():
            continue
        pred = Path(args.pred_dir) / ("pred_" + rel.replace("/", "_"))
        pred.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.time()
        with pred.open("w", encoding="utf-8") as f:
            for row in read_jsonl(gold):
                ents = [{"start": s, "end": e, "type": t} for s, e, t in ner.tag(normalise(row["text"]))]
                f.write(json.dumps({"text": row["text"], "entities": ents}, ensure_ascii=False) + "\n")
        print(f"== {rel} (tagged in {time.time() - t0:.1f}s)", flush=True)
        subprocess.run([sys.executable, str(scorer), str(gold), str(pred)], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--out", type=Path, default=ner.MODEL)
    ap.add_argument("--limit", type=int, default=0, help="sentences per training file (0 = all)")
    ap.add_argument("--normalise", action="store_true",
                    help="train on the texts normalised as kg extract tags them (no gain, see the docstring)")
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("--c1", type=float, default=0.2)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("--cluener-repeat", type=int, default=1, help="append CLUENER N times (weight)")
    ap.add_argument("--eval", action="store_true", help="evaluate on the held-out sets after training")
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--pred-dir", default="/tmp")
    ap.add_argument("--scorer", type=Path, help="ner_score.py (default DATA_DIR/../../annotation/)")
    args = ap.parse_args()
    if not args.eval_only:
        train(args)
    if args.eval or args.eval_only:
        evaluate(args)


if __name__ == "__main__":
    main()
