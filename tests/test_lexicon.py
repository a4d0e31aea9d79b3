"""Lexicons: shipped general facts, each with its source, extended by the user without code."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import lexicon

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "kg" / "lexicons").glob("*.txt"))


@pytest.fixture
def fresh(monkeypatch):
    lexicon.load.cache_clear()
    yield monkeypatch
    lexicon.load.cache_clear()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_lexicon_names_its_source(path):
    header = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()[:12] if line.startswith("#"))
    assert "source" in header.lower() or "来源" in header, f"{path.name} does not name its source"
    assert lexicon.load(path.stem), f"{path.name} is empty"


def test_user_directory_adds_and_removes_entries(tmp_path, fresh):
    (tmp_path / "titles.txt").write_text("# my newsroom's titles\n首席数据官\n-书记\n", encoding="utf-8")
    fresh.setenv("KG_LEXICON_DIR", str(tmp_path))
    titles = lexicon.load("titles")
    assert "首席数据官" in titles
    assert "书记" not in titles


def test_user_lexicons_from_several_directories(tmp_path, fresh):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "surnames.txt").write_text("亓官\n", encoding="utf-8")
    (b / "surnames.txt").write_text("第五\n", encoding="utf-8")
    fresh.setenv("KG_LEXICON_DIR", os.pathsep.join(map(str, (a, b))))
    assert {"亓官", "第五"} <= lexicon.load("surnames")


def test_matcher_finds_overlapping_words():
    assert lexicon.Matcher({"人民", "人民政府", "政府"}).find("市人民政府") == [(1, 5), (1, 3), (3, 5)]  # by start, longest first


def test_a_user_organisation_suffix_changes_what_kg_extracts(tmp_path):
    text = "青禾数字实验舱今天对外开放。"
    line = json.dumps({"text": text}, ensure_ascii=False) + "\n"

    def orgs(env):
        proc = subprocess.run([sys.executable, "-m", "kg", "extract", "--jsonl", "-"], input=line.encode(),
                              capture_output=True, env=env, cwd=ROOT, check=True)
        row = json.loads(proc.stdout)
        return {e["name"] for e in row["entities"] if e["type"] == "Organization"}

    env = {k: v for k, v in os.environ.items() if k != "KG_LEXICON_DIR"}
    assert "青禾数字实验舱" not in orgs(env)
    (tmp_path / "org_suffixes.txt").write_text("实验舱\n", encoding="utf-8")
    assert "青禾数字实验舱" in orgs({**env, "KG_LEXICON_DIR": str(tmp_path)})
