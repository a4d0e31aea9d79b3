"""Credits in forms beyond the plain (记者 甲 乙): a medium before the role, wire datelines, Taiwan
brackets, editors, photo credits inside a byline, transliterated names with the middle dot."""
from __future__ import annotations

import pytest

import test_relations
from kg.read import normalise
from test_relations import build

def triples(text, marks, predicates):
    """As test_relations.triples, with ``doc.norm`` Simplified as the reader makes it (Traditional bylines)."""
    doc, art, mentions = build(text, marks)
    doc.norm = normalise(text)
    out = set()
    for r in test_relations.extract_relations(doc, art, mentions):
        if r.predicate in predicates:
            s = r.subject if isinstance(r.subject, str) else r.subject.text
            out.add((s, r.predicate, r.object if isinstance(r.object, str) else r.object.text))
    return out

CREDITS = ("author", "position", "memberOf", "source")


@pytest.mark.parametrize("text, marks, expected", [
    ("（南京日报记者 孙嘉怡）3月5日，全市重点工程推进会召开。", [],
     {("@article", "author", "孙嘉怡"), ("孙嘉怡", "position", "记者"), ("孙嘉怡", "memberOf", "南京日报")}),
    ("（临朐县融媒体中心记者 冯立新）", [("临朐县融媒体中心", "Organization")],
     {("@article", "author", "冯立新"), ("冯立新", "position", "记者"), ("冯立新", "memberOf", "临朐县融媒体中心")}),
    ("（杭州日报记者 沈一鸣 实习生 姜楠）", [],
     {("@article", "author", "沈一鸣"), ("沈一鸣", "position", "记者"), ("沈一鸣", "memberOf", "杭州日报"),
      ("@article", "author", "姜楠"), ("姜楠", "position", "实习生")}),
    ("（中央社记者郭明哲台南3日电）台南市政府今天宣布。", [("中央社", "Organization"), ("郭明哲", "Person")],
     {("@article", "author", "郭明哲"), ("郭明哲", "position", "记者"), ("郭明哲", "memberOf", "中央社"),
      ("@article", "source", "中央社")}),
])
def test_medium_before_the_role(text, marks, expected):
    assert triples(text, marks, CREDITS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("〔記者張雅婷／新竹報導〕新竹縣政府昨日表示。", [],
     {("@article", "author", "張雅婷"), ("張雅婷", "position", "記者")}),
    ("（編輯：吳佳玲）", [], {("@article", "author", "吳佳玲")}),
    ("（责任编辑：高翔）", [], {("@article", "author", "高翔")}),
    ("（圖／新竹縣政府文化處提供）", [("新竹縣政府文化處", "Organization")],
     {("@article", "author", "新竹縣政府文化處")}),
    ("（通讯员 韩冬梅　摄影：彭宇）", [],
     {("@article", "author", "韩冬梅"), ("韩冬梅", "position", "通讯员"), ("@article", "author", "彭宇")}),
    ("据悉，编辑部将于下周出版特刊。", [], set()),
])
def test_taiwan_brackets_editors_and_photo_credits(text, marks, expected):
    assert triples(text, marks, CREDITS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("记者 阿依努尔·托合提 通讯员 刘晓东 报道", [],
     {("@article", "author", "阿依努尔·托合提"), ("阿依努尔·托合提", "position", "记者"),
      ("@article", "author", "刘晓东"), ("刘晓东", "position", "通讯员")}),
    ("（记者 热依拉·买合木提 摄影：买买提·吐尔洪）", [],
     {("@article", "author", "热依拉·买合木提"), ("热依拉·买合木提", "position", "记者"),
      ("@article", "author", "买买提·吐尔洪")}),
])
def test_transliterated_names_in_credits(text, marks, expected):
    assert triples(text, marks, CREDITS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("● 王立新　李晓梅", [], {("@article", "author", "王立新"), ("@article", "author", "李晓梅")}),
    ("文/本报记者 陈思远", [], {("@article", "author", "陈思远"), ("陈思远", "position", "记者")}),
    # a headline run into its first sentence behind a bullet: no byline, and no catastrophic backtracking
    # (this line took longer than any CI run before the pattern was rewritten)
    ("●某某书法研讨会在京举办中国华侨文学艺术家协会、某省书法家协会、某人民出版社日前在京联合举办某某书法研讨会暨"
     "《某某翰墨刊集》出版座谈会。", [], set()),
])
def test_bullet_and_slash_bylines(text, marks, expected):
    assert triples(text, marks, CREDITS) == expected
