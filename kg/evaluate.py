"""Score kg against a gold file (GUIDELINE.md format) or a NER JSON Lines benchmark.

The definitions are those of ``shared/annotation/score.py`` and ``ner_score.py``: entities match
one-to-one on type and a shared surface form (quotes, book-title marks and spaces removed);
relations through that matching; figures on (value, unit) and then subject; NER on exact
(start, end, type) spans. All micro-averaged.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

_STRIP = re.compile(r"[\s“”\"'‘’「」『』《》〈〉]")

# kg's entity types as the PER/LOC/ORG labels of the public NER benchmarks
NER_LABELS = {"Person": "PER", "Place": "LOC", "Organization": "ORG"}


def _norm(s) -> str | None:
    return None if s is None else _STRIP.sub("", str(s))


def _forms(ent: dict) -> set[str]:
    out = {_norm(ent.get("name"))} | {_norm(a) for a in ent.get("aliases") or []}
    return out - {"", None}


def _match(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    by_form = defaultdict(list)
    for gi, g in enumerate(gold):
        for f in _forms(g):
            by_form[g["type"], f].append(gi)
    exact = {(g["type"], _norm(g["name"])) for g in gold}
    order = sorted(range(len(pred)), key=lambda i: (pred[i].get("type"), _norm(pred[i].get("name"))) not in exact)
    taken, mapping = set(), {}
    for pi in order:
        for f in sorted(_forms(pred[pi])):
            free = [gi for gi in by_form.get((pred[pi].get("type"), f), []) if gi not in taken]
            if free:
                taken.add(free[0])
                mapping[pi] = free[0]
                break
    return mapping


def _index(ents: list[dict], mapping: dict[int, int] | None = None) -> dict:
    idx = {}
    for i, e in enumerate(ents):
        key = i if mapping is None else mapping.get(i, ("p", i))
        for f in _forms(e):
            idx.setdefault(f, key)
    return idx


def _prf(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "pred": pred, "gold": gold}


def score_extraction(gold: dict, pred: dict) -> dict[str, dict]:
    """P/R/F1 rows ("entity Person", …, "relation ALL", "figure detected", …) for one pair.

    >>> g = {"entities": [{"name": "丰台区", "type": "Place", "aliases": ["我区"]}], "relations": [], "figures": []}
    >>> p = {"entities": [{"name": "我区", "type": "Place", "aliases": []}], "relations": [], "figures": []}
    >>> score_extraction(g, p)["entity ALL"]["F1"]
    1.0
    """
    return score_extractions([(gold, pred)])


def score_extractions(pairs) -> dict[str, dict]:
    """The rows of :func:`score_extraction` with counts summed over (gold, pred) pairs (micro)."""
    counts: dict[tuple, Counter] = defaultdict(Counter)
    for gold, pred in pairs:
        _count(gold, pred, counts)
    return _rows(counts)


def _count(gold: dict, pred: dict, counts: dict[tuple, Counter]) -> None:
    g_ents, p_ents = gold.get("entities", []), pred.get("entities", [])
    mapping = _match(g_ents, p_ents)
    for e in g_ents:
        counts["entity", e["type"]]["gold"] += 1
    for i, e in enumerate(p_ents):
        counts["entity", e.get("type")]["pred"] += 1
        if i in mapping:
            counts["entity", e.get("type")]["tp"] += 1

    g_idx, p_idx = _index(g_ents), _index(p_ents, mapping)

    def rel_key(r, idx):
        s = "@article" if r.get("subject") == "@article" else idx.get(_norm(r.get("subject")), ("lit", _norm(r.get("subject"))))
        return s, r.get("predicate"), idx.get(_norm(r.get("object")), ("lit", _norm(r.get("object"))))

    g_rels = {rel_key(r, g_idx) for r in gold.get("relations", [])}
    p_rels = {rel_key(r, p_idx) for r in pred.get("relations", [])}
    for _, p, _o in g_rels:
        counts["relation", p]["gold"] += 1
    for key in p_rels:
        counts["relation", key[1]]["pred"] += 1
        counts["relation", key[1]]["tp"] += key in g_rels

    for level, with_subject in (("detected", False), ("attributed", True)):
        keys = []
        for figs, idx in ((gold.get("figures", []), g_idx), (pred.get("figures", []), p_idx)):
            c = Counter()
            for f in figs:
                try:
                    value = round(float(f.get("value")), 6)
                except (TypeError, ValueError):
                    value = None
                k = (value, _norm(f.get("unit")) or "")
                if with_subject:
                    k += (idx.get(_norm(f.get("subject")), ("lit", _norm(f.get("subject")))),)
                c[k] += 1
            keys.append(c)
        counts["figure", level].update(gold=sum(keys[0].values()), pred=sum(keys[1].values()),
                                       tp=sum((keys[0] & keys[1]).values()))


def _rows(counts: dict[tuple, Counter]) -> dict[str, dict]:
    rows, totals = {}, defaultdict(Counter)
    for (kind, sub), c in sorted(counts.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        rows[f"{kind} {sub}"] = _prf(c["tp"], c["pred"], c["gold"])
        if kind != "figure":
            totals[kind].update(c)
    for kind, c in totals.items():
        rows[f"{kind} ALL"] = _prf(c["tp"], c["pred"], c["gold"])
    return rows


def score_ner(gold: list[dict], pred: list[dict], types=("PER", "LOC", "ORG")) -> dict[str, dict]:
    """Exact-span micro P/R/F1 per type and overall, sentence by sentence.

    >>> g = [{"text": "王明在北京", "entities": [{"start": 0, "end": 2, "type": "PER"}]}]
    >>> score_ner(g, g)["micro"]["F1"]
    1.0
    """
    if len(gold) != len(pred):
        raise ValueError(f"line count differs: gold {len(gold)} vs pred {len(pred)}")
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs = {(e["start"], e["end"], e["type"]) for e in g["entities"] if e["type"] in types}
        ps = {(e["start"], e["end"], e["type"]) for e in p["entities"] if e["type"] in types}
        for t in types:
            gt, pt = {x for x in gs if x[2] == t}, {x for x in ps if x[2] == t}
            n_gold[t] += len(gt)
            n_pred[t] += len(pt)
            tp[t] += len(gt & pt)
    rows = {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in types}
    rows["micro"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return rows


def format_rows(rows: dict[str, dict]) -> str:
    """An aligned P/R/F1 table."""
    width = max(len(k) for k in rows) + 2
    lines = [f"{'':<{width}}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for name, r in rows.items():
        lines.append(f"{name:<{width}}{r['P']:7.3f}{r['R']:7.3f}{r['F1']:7.3f}{r['tp']:6d}{r['pred']:6d}{r['gold']:6d}")
    return "\n".join(lines)
