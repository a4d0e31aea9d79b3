"""The divisions lexicons below the top level of Taiwan, Hong Kong and Macao (tools/divisions_extra.tsv),
and the common words of mainland text they must not turn into places."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kg.hierarchy import division_chain, division_parents
from kg.lexicon import load
from kg.pipeline import extract
from kg.read import read_text, simplify_char

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def places(text: str) -> set[str]:
    """Names (simplified) of the places kg extracts from ``text``."""
    ex = extract([read_text(text, doc_id="t")])
    return {"".join(map(simplify_char, e.name)) for e in ex.entities if e.type == "Place"}


@pytest.mark.parametrize("text, expected", [
    ("台中市西屯区公所今天举办市民座谈会。", {"台中市", "西屯区"}),
    ("市长林志明表示，高雄市将扩大公共运输补贴。", {"高雄市"}),
    ("臺中市東勢區農會今天舉辦水果展售會。", {"台中市", "东势区"}),
    ("臺南市安平區與高雄市旗津區今年共同推廣海岸旅遊。", {"台南市", "安平区", "高雄市", "旗津区"}),
    ("新北市板橋區的捷運工程預計明年完工。", {"新北市", "板桥区"}),
    ("彰化縣鹿港鎮老街假日遊客眾多。", {"彰化县", "鹿港镇"}),
    ("新竹縣竹北市人口持續增長。", {"新竹县", "竹北市"}),
    ("屏東縣恆春鎮舉辦海洋音樂節。", {"屏东县", "恒春镇"}),
    ("警方昨晚在灣仔區一帶加強巡邏。", {"湾仔区"}),
    ("香港油尖旺區及深水埗區的劏房住戶獲發津貼。", {"油尖旺区", "深水埗区"}),
    ("荃灣區和葵青區的居民可到社區會堂登記。", {"荃湾区", "葵青区"}),
    ("花地瑪堂區居民向議員反映交通問題。", {"花地玛堂区"}),
    ("氹仔和路環的社區設施將陸續完善。", {"氹仔"}),
])
def test_divisions_of_taiwan_hong_kong_and_macao_are_places(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize("text, word", [
    ("开发区东区的企业今年产值增长百分之十。", "东区"),
    ("园区北区的三家企业完成技术改造。", "北区"),
    ("街道大力推进新社区建设，完善养老服务设施。", "新社区"),
    ("新市区建设规划已经市政府审议通过。", "新市区"),
    ("进一步扩大城乡居民收入来源。", "大城乡"),
    ("粤东山区县的交通条件明显改善。", "东山区"),
    ("电视台中断了正常节目，播出特别报道。", "台中"),
    ("省电视台东方频道推出乡村振兴专题。", "台东"),
])
def test_common_words_of_mainland_text_gain_no_place(text, word):
    assert not any(word in p for p in places(text))


@pytest.mark.parametrize("name, parent", [
    ("西屯区", "台中市"), ("台中市", "台湾省"), ("竹北市", "新竹县"), ("南竿乡", "连江县"),
    ("金门县", "泉州市"),  # GB/T 2260's parent kept
    ("湾仔区", "香港特别行政区"), ("花地玛堂区", "澳门特别行政区"), ("氹仔", "澳门特别行政区"),
])
def test_division_parents(name, parent):
    assert parent in division_parents(name)


@pytest.mark.parametrize("name, chain", [
    ("台中市西屯区", ["台中市", "西屯区"]),
    ("高雄市旗津区", ["高雄市", "旗津区"]),
    ("香港特别行政区湾仔区", ["香港特别行政区", "湾仔区"]),
])
def test_division_chain(name, chain):
    assert division_chain(name) == chain


@pytest.mark.parametrize("word", ["东区", "西区", "南区", "北区", "中区", "新社区", "大社区", "新市区", "大园区",
                                  "大城乡", "新城乡", "大堂区",  # full names that are common words
                                  "台中", "台东", "云林", "板桥", "北投", "暖暖", "和美", "水林", "中西", "离岛"])
def test_left_out_of_the_lexicon(word):
    assert word not in load("divisions")


def test_extra_table_and_lexicons_agree(monkeypatch):
    spec = importlib.util.spec_from_file_location("make_divisions", TOOLS / "make_divisions.py")
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, tool)  # its dataclass looks itself up there
    spec.loader.exec_module(tool)
    rows = tool.parse_extra((TOOLS / "divisions_extra.tsv").read_text(encoding="utf-8").splitlines())
    parents = load("division_parents")
    kept = [r for r in rows if not r.omit]
    assert {r.name for r in kept} <= load("divisions")
    assert {f"{r.name}\t{r.parent}" for r in kept} <= parents
    assert {r.short for r in kept if r.short} <= load("divisions")
    assert not {r.name for r in rows if r.omit} & load("divisions")
    assert sum(r.parent not in ("台湾省", "香港特别行政区", "澳门特别行政区") for r in rows) == 368
