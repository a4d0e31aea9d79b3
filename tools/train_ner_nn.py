#!/usr/bin/env python3
"""Train (and evaluate) the neural character tagger of kg/nn_tagger.py; writes its ``ner_nn.npz``.

Training data: the train splits only, exactly as ``tools/train_ner.py`` reads them (MSRA train,
CLUENER2020 train with name→PER, address+scene→LOC, organization+government+company→ORG), read
from DATA_DIR and never copied into the repository. Sentences are cut into chunks as
``kg.ner.chunks`` cuts text and labelled B/I/E/S-<type> / O.

Model (PyTorch for training only; the exported ``.npz`` is run by numpy in ``kg.nn_tagger``):
embeddings of the character, its left and right character bigrams, the jieba word covering it, its
position in that word, the word's POS and the character type, plus the lexicon-mark multi-hot
(all from ``nn_tagger.inputs``) → dropout → one BiLSTM layer → dropout → linear label scores → CRF.
Adam, length-bucketed batches, gradient clipping; rare characters / bigrams / words share UNK, and
a few known ids are replaced by UNK during training so that UNK is learnt. After every epoch the
model is exported (float16) and, with ``--eval FILE ...``, scored by the numpy tagger.

The shipped model (hidden 128, char 64, bigram 40, word 40; 40k bigrams, 25k words; 6.5 MB):
    python tools/train_ner_nn.py        (defaults = the shipped configuration, 8 epochs)
(about 40 minutes on one CPU thread). On a held-out split (MSRA 3,000 + CLUENER 1,000 train
sentences held out), the network alone scored MSRA / CLUENER 0.831 / 0.691 with hidden 64 and 4
epochs (the earlier shipped model), 0.847 / 0.735 with 8 epochs and 0.854 / 0.738 with hidden 128
and 8 epochs (the CRF alone: 0.831 / 0.702). In the whole pipeline, mixed with the CRF's marginals
at weights 0, 0.1, 0.25, 0.5 and 1.0, it scored 0.842 / 0.737, 0.850 / 0.746, 0.853 / 0.746,
0.851 / 0.742 and 0.847 / 0.729, hence ``nn_tagger.CRF_WEIGHT = 0.25``.

The texts are normalised as ``kg extract`` tags them (``kg.read.normalise``: ASCII digits, where
MSRA writes them full-width; ``--raw`` trains on the files as they are). The network trained raw
(seed 1, shipped until 2026-11-27) lost 1.2 points of MSRA test on normalised text. Trained
normalised (seed 2, shipped), the whole pipeline scored MSRA / People's Daily / CLUENER
0.898 / 0.942 / 0.730 against 0.889 / 0.936 / 0.727, and on the test pages (entities / relations /
attributed figures, p4–p6, q1–q3, v1–v3) +0.5 / +3.8 / +1.7, +0.4 / 0.0 / −10.2 and
+2.1 / +2.5 / +2.8 points; the development pages, whose rules were written against the raw
network's output, lost 0 to 2.4 points of entities. A first normalised run (seed 1) scored MSRA
0.896 and CLUENER 0.720.

Usage:
    python tools/train_ner_nn.py [DATA_DIR] [--epochs 8] [--out kg/models/ner_nn.npz] \
        [--eval HOLD.jsonl ...] [--threads 1]
    python tools/train_ner_nn.py --eval-only --eval ../shared/data/ner/msra/test.jsonl \
        --crf-weight 0 1.0
"""
from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.train_ner import labels_for, read_jsonl, spans_of  # noqa: E402

from kg import nn_tagger  # noqa: E402

from kg import ner  # noqa: E402
from kg.evaluate import format_rows, score_ner  # noqa: E402
from kg.read import normalise  # noqa: E402

TABLES = nn_tagger.TABLES


def training_rows(path: Path, normalised: bool = False) -> list[dict]:
    """The rows of a training file; with ``normalised``, their texts in kg's analysis form
    (``kg.read.normalise``: ASCII digits and letters, Simplified characters, one character for one
    so the spans hold), the form ``kg extract`` tags."""
    rows = read_jsonl(path)
    return [{**row, "text": normalise(row["text"])} for row in rows] if normalised else rows


def sequences(path: Path, cluener: bool, limit: int, normalised: bool = False) -> list[tuple[dict, list[int]]]:
    """(inputs, label ids) per chunk of a training file, cached next to --cache."""
    rows = training_rows(path, normalised)[: limit or None]
    label_id = {lab: i for i, lab in enumerate(nn_tagger.LABELS)}
    out = []
    for row in rows:
        text = row["text"]
        labels = labels_for(len(text), spans_of(row, cluener))
        for start, chunk in ner.chunks(text):
            if chunk.strip():
                out.append((nn_tagger.inputs(chunk), [label_id[x] for x in labels[start:start + len(chunk)]]))
    return out


def build_vocab(data, args) -> dict[str, list[str]]:
    """Per table the kept values (ids 0, 1 = PAD, UNK), by frequency with the table's cap."""
    counts = {name: Counter() for name in TABLES}
    for x, _ in data:
        for name in TABLES:
            counts[name].update(x[name])
    rules = {"char": (args.min_char, 20000), "bigram": (args.min_bigram, args.max_bigrams),
             "word": (args.min_word, args.max_words), "seg": (1, 10), "pos": (1, 200), "kind": (1, 10)}
    vocab = {}
    for name, (minfreq, cap) in rules.items():
        kept = [v for v, n in counts[name].most_common(cap) if n >= minfreq]
        vocab[name] = ["<pad>", "<unk>", *kept]
    return vocab


def to_arrays(data, vocab):
    index = {name: {v: i for i, v in enumerate(vocab[name])} for name in TABLES}
    lex_index = {m: i for i, m in enumerate(nn_tagger.LEX_MARKS)}
    out = []
    for x, y in data:
        ids = {name: np.array([index[name].get(v, 1) for v in x[name]], dtype=np.int64) for name in TABLES}
        lex = np.zeros((len(y), len(lex_index)), dtype=np.float32)
        for i, marks in enumerate(x["lex"]):
            for m in marks:
                lex[i, lex_index[m]] = 1.0
        ids["lex"] = lex
        out.append((ids, np.array(y, dtype=np.int64)))
    return out


def make_model(vocab, args):
    import torch
    from torch import nn

    dims = {"char": args.char_dim, "bigram": args.bigram_dim, "word": args.word_dim,
            "seg": 8, "pos": 16, "kind": 4}
    n_labels = len(nn_tagger.LABELS)

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.ModuleDict({n: nn.Embedding(len(vocab[n]), dims[n], padding_idx=0) for n in TABLES})
            width = sum(dims.values()) + dims["bigram"] + len(nn_tagger.LEX_MARKS)
            self.drop = nn.Dropout(args.dropout)
            self.lstm = nn.LSTM(width, args.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * args.hidden, n_labels)
            self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))
            self.start = nn.Parameter(torch.zeros(n_labels))
            self.end = nn.Parameter(torch.zeros(n_labels))

        def emissions(self, b):
            parts = []
            for n in TABLES:
                if n == "bigram":
                    parts += [self.emb[n](b["bigram_l"]), self.emb[n](b["bigram_r"])]
                else:
                    parts.append(self.emb[n](b[n]))
            x = self.drop(torch.cat([*parts, b["lex"]], dim=2))
            packed = nn.utils.rnn.pack_padded_sequence(x, b["lengths"], batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

        def nll(self, b):
            emit, tags, mask = self.emissions(b), b["tags"], b["mask"]
            size, width, _ = emit.shape
            rows = torch.arange(size)
            gold = self.start[tags[:, 0]] + emit[rows, 0, tags[:, 0]]
            alpha = self.start + emit[:, 0]
            for t in range(1, width):
                m = mask[:, t]
                gold = gold + (self.trans[tags[:, t - 1], tags[:, t]] + emit[rows, t, tags[:, t]]) * m
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + emit[:, t]
                alpha = torch.where(m[:, None] > 0, nxt, alpha)
            gold = gold + self.end[tags[rows, b["lengths"] - 1]]
            log_z = torch.logsumexp(alpha + self.end, dim=1)
            return (log_z - gold).mean()

    return Tagger()


def collate(items, unk_prob: float, rng: random.Random):
    import torch

    lengths = [len(y) for _, y in items]
    size, width = len(items), max(lengths)
    b = {n: np.zeros((size, width), dtype=np.int64) for n in ("char", "bigram_l", "bigram_r", "word", "seg", "pos", "kind", "tags")}
    b["lex"] = np.zeros((size, width, len(nn_tagger.LEX_MARKS)), dtype=np.float32)
    mask = np.zeros((size, width), dtype=np.float32)
    for i, (x, y) in enumerate(items):
        n = len(y)
        for name in ("char", "word", "seg", "pos", "kind"):
            b[name][i, :n] = x[name]
        b["bigram_l"][i, :n] = x["bigram"][:-1]
        b["bigram_r"][i, :n] = x["bigram"][1:]
        b["lex"][i, :n] = x["lex"]
        b["tags"][i, :n] = y
        mask[i, :n] = 1
    if unk_prob:
        for name in ("char", "bigram_l", "bigram_r", "word"):
            drop = np.random.default_rng(rng.randrange(1 << 30)).random((size, width)) < unk_prob
            b[name][drop & (b[name] > 1)] = 1
    out = {k: torch.from_numpy(v) for k, v in b.items()}
    out["mask"] = torch.from_numpy(mask)
    out["lengths"] = torch.tensor(lengths)
    return out


def export(model, vocab, path: Path) -> None:
    """Write the weights (float16) and vocabularies in the layout ``nn_tagger.Model`` reads."""
    sd = {k: v.detach().cpu().numpy() for k, v in model.state_dict().items()}
    arrays = {f"vocab_{n}": np.array(vocab[n]) for n in TABLES}
    for n in TABLES:
        arrays[f"emb_{n}"] = sd[f"emb.{n}.weight"]
    arrays.update({
        "fw_ih": sd["lstm.weight_ih_l0"], "fw_hh": sd["lstm.weight_hh_l0"],
        "fw_b": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "bw_ih": sd["lstm.weight_ih_l0_reverse"], "bw_hh": sd["lstm.weight_hh_l0_reverse"],
        "bw_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    })
    arrays = {k: v.astype(np.float16) if v.dtype == np.float32 else v for k, v in arrays.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def evaluate(paths: list[Path], files: list[Path], crf_weight: float = 0.0, crf: Path | None = None) -> None:
    """Score the numpy tagger with the models ``paths`` averaged (alone, or mixed with the CRF ``crf``
    at ``crf_weight``) on gold files."""
    nn_tagger.MODELS = tuple(paths)
    nn_tagger._models.cache_clear()
    if crf:
        ner.MODEL = crf
        ner.crf_tagger.cache_clear()
        nn_tagger._crf_labels.cache_clear()
    for gold_path in files:
        gold = read_jsonl(gold_path)
        t0 = time.time()
        pred = [{"text": r["text"], "entities": [{"start": s, "end": e, "type": t}
                                                  for s, e, t in nn_tagger.tag(r["text"], crf_weight)]}
                for r in gold]
        chars = sum(len(r["text"]) for r in gold)
        print(f"== {gold_path} crf_weight={crf_weight} ({chars / (time.time() - t0):.0f} chars/s, "
              "one sentence per call)")
        print(format_rows(score_ner(gold, pred)), flush=True)


def train(args) -> None:
    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    t0 = time.time()
    data = []
    for rel, cluener in (("msra/train.jsonl", False), ("cluener/train.jsonl", True)):
        cache = args.cache / (str(args.data / rel).replace("/", "_")
                              + f".{args.limit}{'.normalised' if args.normalise else ''}.pkl")
        if cache.exists():
            part = pickle.loads(cache.read_bytes())
        else:
            part = sequences(args.data / rel, cluener, args.limit, args.normalise)
            args.cache.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps(part))
        data += part
    vocab = build_vocab(data, args)
    print({n: len(v) for n, v in vocab.items()}, f"{len(data)} chunks, inputs in {time.time() - t0:.0f}s", flush=True)
    arrays = to_arrays(data, vocab)
    del data
    model = make_model(vocab, args)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    order = sorted(range(len(arrays)), key=lambda i: len(arrays[i][1]))
    batches = [order[k:k + args.batch] for k in range(0, len(order), args.batch)]
    steps = args.epochs * len(batches)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.1, 1 - s / steps))
    for epoch in range(1, args.epochs + 1):
        model.train()
        rng.shuffle(batches)
        total, t1 = 0.0, time.time()
        for k, batch in enumerate(batches, 1):
            loss = model.nll(collate([arrays[i] for i in batch], args.unk_prob, rng))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            sched.step()
            total += loss.item()
            if k % 200 == 0:
                print(f"epoch {epoch} batch {k}/{len(batches)} loss {total / k:.3f} "
                      f"{time.time() - t1:.0f}s", flush=True)
        model.eval()
        export(model, vocab, args.out)
        print(f"epoch {epoch} done in {time.time() - t1:.0f}s, total {time.time() - t0:.0f}s -> {args.out} "
              f"({args.out.stat().st_size / 1e6:.1f} MB)", flush=True)
        if args.eval:
            evaluate([args.out], args.eval)  # the network alone


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "models" / "ner_nn.npz")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ner_nn_cache"), help="parsed-input cache")
    ap.add_argument("--limit", type=int, default=0, help="sentences per training file (0 = all)")
    ap.add_argument("--raw", dest="normalise", action="store_false",
                    help="train on the texts as they are, not normalised as kg extract tags them (see training_rows)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--char-dim", type=int, default=64)
    ap.add_argument("--bigram-dim", type=int, default=40)
    ap.add_argument("--word-dim", type=int, default=40)
    ap.add_argument("--min-char", type=int, default=2)
    ap.add_argument("--min-bigram", type=int, default=3)
    ap.add_argument("--max-bigrams", type=int, default=40000)
    ap.add_argument("--min-word", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=25000)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--unk-prob", type=float, default=0.03)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--eval", type=Path, nargs="*", default=[], help="gold JSONL files scored after each epoch")
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--crf-weight", type=float, nargs="*", default=[0.0],
                    help="with --eval-only: weights of the CRF's log marginals to score (0 = network alone)")
    ap.add_argument("--with-models", type=Path, nargs="*", default=[],
                    help="with --eval-only: more network models averaged with --out (an ensemble)")
    ap.add_argument("--crf", type=Path, help="CRF model mixed in (default kg/models/ner.crfsuite)")
    args = ap.parse_args()
    if not args.eval_only:
        train(args)
    else:
        for weight in args.crf_weight:
            evaluate([args.out, *args.with_models], args.eval, weight, args.crf)


if __name__ == "__main__":
    main()
