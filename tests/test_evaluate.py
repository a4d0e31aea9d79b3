"""kg eval scores with the definitions of the shared scorers (score.py, ner_score.py)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.evaluate import score_extraction, score_ner

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "annotation"

GOLD = {
    "entities": [
        {"name": "朝阳区", "type": "Place", "aliases": ["我区"]},
        {"name": "李红", "type": "Person", "aliases": []},
        {"name": "朝阳区委", "type": "Organization", "aliases": ["区委"]},
    ],
    "relations": [
        {"subject": "李红", "predicate": "position", "object": "区委书记"},
        {"subject": "李红", "predicate": "memberOf", "object": "朝阳区委"},
        {"subject": "@article", "predicate": "author", "object": "李红"},
    ],
    "figures": [
        {"subject": "朝阳区", "measure": "社区", "value": 43, "unit": "个", "qualifier": "", "text": "43个社区"},
        {"subject": "朝阳区", "measure": "居民", "value": 15000, "unit": "名", "qualifier": "约", "text": "约1.5万名居民"},
    ],
}

PRED = {
    "entities": [
        {"name": "我区", "type": "Place", "aliases": []},          # alias hit
        {"name": "李红", "type": "Person", "aliases": []},
        {"name": "区委", "type": "Organization", "aliases": []},   # alias hit
        {"name": "区委", "type": "Place", "aliases": []},          # wrong type: false positive
        {"name": "李红", "type": "Person", "aliases": ["小李"]},    # duplicate: false positive
    ],
    "relations": [
        {"subject": "李红", "predicate": "position", "object": "“区委书记”"},  # quotes normalised away
        {"subject": "李红", "predicate": "memberOf", "object": "区委"},
        {"subject": "@article", "predicate": "author", "object": "王明"},
    ],
    "figures": [
        {"subject": "我区", "value": 43, "unit": "个"},
        {"subject": None, "value": 15000.0, "unit": "名"},
    ],
}


@pytest.mark.parametrize("row, expected", [
    ("entity ALL", (3, 5, 3)),
    ("entity Person", (1, 2, 1)),
    ("relation ALL", (2, 3, 3)),
    ("relation author", (0, 1, 1)),
    ("figure detected", (2, 2, 2)),
    ("figure attributed", (1, 2, 2)),
])
def test_score_extraction_counts(row, expected):
    r = score_extraction(GOLD, PRED)[row]
    assert (r["tp"], r["pred"], r["gold"]) == expected


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="shared/annotation/score.py not beside the checkout")
def test_same_numbers_as_shared_score_py(tmp_path):
    gold, pred = tmp_path / "gold.json", tmp_path / "pred.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    pred.write_text(json.dumps(PRED, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out)
    ours = score_extraction(GOLD, PRED)
    for name, row in theirs.items():
        mine = ours[name.replace(".", " ", 1)]
        assert (mine["pred"], mine["gold"]) == (row["pred"], row["gold"]), name
        assert mine["F1"] == pytest.approx(row["f1"]), name


def test_score_ner_exact_spans_per_type():
    gold = [{"text": "李红在南京大学", "entities": [{"start": 0, "end": 2, "type": "PER"},
                                              {"start": 3, "end": 7, "type": "ORG"}]}]
    pred = [{"text": "李红在南京大学", "entities": [{"start": 0, "end": 2, "type": "PER"},
                                              {"start": 3, "end": 5, "type": "LOC"}]}]
    rows = score_ner(gold, pred)
    assert (rows["PER"]["tp"], rows["ORG"]["tp"], rows["LOC"]["pred"]) == (1, 0, 1)
    assert rows["micro"]["F1"] == pytest.approx(0.5)


def test_score_ner_refuses_misaligned_files():
    with pytest.raises(ValueError):
        score_ner([{"text": "a", "entities": []}], [])
