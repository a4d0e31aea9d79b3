"""One-off generator of kg/lexicons/divisions.txt from the ``cpca`` package's bundled data.

cpca (PyPI, MIT) ships ``resources/adcodes.csv``: the administrative divisions of China with
their GB/T 2260 codes (provinces, prefecture-level and county-level units). This script writes
every full name, plus a short form without the level suffix where the short form is how the
place is commonly written (北京市 → 北京, 丰台区 → 丰台, 延边朝鲜族自治州 → 延边). County-level
short forms are kept only when jieba's dictionary knows them as a place name (``ns``) or does
not know them as frequent words, so common words (和平, 新华, 白云) are not turned into places.

GB/T 2260 stops at 台湾省, 香港特别行政区 and 澳门特别行政区: their divisions come from the
hand-written tools/divisions_extra.tsv (sources in its header), simplified as kg reads them
(臺中市 → 台中市). Its short forms are only those written there, and names it marks "omit"
(东区, 新社区: common words) are left out whatever the source.

cpca is NOT a run-time dependency: install it, run once, commit the text file (its data files are
read directly: importing cpca needs pkg_resources, which recent setuptools no longer ships).

    .venv/bin/pip install cpca && .venv/bin/python tools/make_divisions.py
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib.metadata import distribution
from pathlib import Path

import jieba
import jieba.posseg

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "divisions.txt"
EXTRA = Path(__file__).resolve().parent / "divisions_extra.tsv"
TOP_LEVEL = ("台湾省", "香港特别行政区", "澳门特别行政区")
COMMON_FREQ = 300  # jieba dictionary count above which a word is everyday vocabulary
LEVEL_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区",
                  "省", "市", "区", "县", "旗", "盟")


def cpca_text(name: str) -> str:
    """A data file of the cpca package (``adcodes.csv``), read without importing cpca."""
    return Path(distribution("cpca").locate_file(f"cpca/resources/{name}")).read_text(encoding="utf-8")


@dataclass(frozen=True)
class ExtraDivision:
    """A row of divisions_extra.tsv, simplified: a division, its parent, its kept short form."""
    name: str
    parent: str
    short: str = ""
    omit: bool = False


def parse_extra(lines: list[str]) -> list[ExtraDivision]:
    r"""The rows of divisions_extra.tsv (``#`` comments skipped), names simplified as kg reads them.

    >>> rows = parse_extra(["# c", "西屯區\t臺中市\t西屯", "東區\t臺中市\t\tomit: 开发区东区"])
    >>> [(r.name, r.parent, r.short, r.omit) for r in rows]
    [('西屯区', '台中市', '西屯', False), ('东区', '台中市', '', True)]
    """
    from kg.read import simplify_char

    def simple(text: str) -> str:
        return "".join(map(simplify_char, text.strip()))

    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t") + ["", ""]
        if not cols[1].strip():
            raise SystemExit(f"{EXTRA.name} line {n}: expected name<TAB>parent[<TAB>short<TAB>omit: why], got {line!r}")
        rows.append(ExtraDivision(simple(cols[0]), simple(cols[1]), simple(cols[2]), cols[3].startswith("omit")))
    return rows


def extra_divisions() -> list[ExtraDivision]:
    """The rows of tools/divisions_extra.tsv, short forms checked against the policy."""
    rows = parse_extra(EXTRA.read_text(encoding="utf-8").splitlines())
    seen: dict[str, str] = {}
    for r in rows:
        if not r.short:
            continue
        local = r.parent not in TOP_LEVEL  # a district or township of Taiwan: stricter
        problem = (f"is not {r.name} without its suffix" if not (r.name.startswith(r.short) and len(r.short) >= 2) else
                   f"is also the short form of {seen[r.short]}" if local and seen.get(r.short, r.name) != r.name else
                   "is a common word" if _common_word(r.short) else
                   "is a word of jieba's dictionary" if local and jieba.dt.FREQ.get(r.short) else "")
        if problem:
            raise SystemExit(f"{EXTRA.name}: short form {r.short} {problem}; leave it empty")
        seen[r.short] = r.name
    return rows


def omitted(rows: list[ExtraDivision]) -> set[str]:
    """Names left out of the lexicons as common words, whatever the source."""
    return {r.name for r in rows if r.omit}


def _nations() -> list[str]:
    text = cpca_text("56_nations.csv")
    names = [n.strip() for n in text.splitlines() if n.strip()]
    short = [n[:-1] for n in names if n.endswith("族") and len(n) > 2]
    return sorted(set(names + short), key=len, reverse=True)


def short_form(name: str, nations: list[str]) -> str | None:
    """The name without its level suffix (and nationality words of autonomous units), or None."""
    for suffix in LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            core = name[: -len(suffix)]
            if suffix.startswith("自治") or suffix == "特别行政区":
                stripped = re.sub("|".join(nations), "", core)
                core = stripped if len(stripped) >= 2 else core
            return core if len(core) >= 2 else None
    return None


def _common_word(word: str) -> bool:
    """True for frequent dictionary words not tagged as places (和平, 公安, 城区): jieba's own counts."""
    return jieba.dt.FREQ.get(word, 0) >= COMMON_FREQ and jieba.posseg.dt.word_tag_tab.get(word) != "ns"


def main() -> None:
    jieba.setLogLevel(60)
    jieba.initialize()
    nations = _nations()
    text = cpca_text("adcodes.csv")
    full, short = set(), set()
    for row in csv.DictReader(text.splitlines()):
        code, name = row["adcode"], row["name"].strip()
        if not name or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        county = code[4:6] != "00"
        if county and _common_word(name):  # 城区, 矿区, 郊区: real names, but mostly common words
            continue
        full.add(name)
        s = short_form(name, nations)
        if not s:
            continue
        if county and _common_word(s):
            continue
        short.add(s)
    extra = extra_divisions()
    full |= {r.name for r in extra}
    short |= {r.short for r in extra if r.short}
    entries = sorted((full | short | {"中国", "中华人民共和国"}) - omitted(extra))
    header = [
        "# Administrative divisions of China: provinces, prefecture-level and county-level units,",
        "# full names and common short forms (北京市, 北京; 丰台区, 丰台).",
        "# Source: GB/T 2260 division codes as bundled in the PyPI package cpca (resources/adcodes.csv),",
        "# cf. 《中华人民共和国行政区划简册》; generated by tools/make_divisions.py.",
        "# County-level short forms that are common words (per jieba's dictionary) are left out.",
        "# Divisions of Taiwan, Hong Kong and Macao below the top level (西屯区, 湾仔区, 花地玛堂区), simplified:",
        "# from tools/divisions_extra.tsv, whose header names the official lists (中華民國內政部 鄉鎮市區一覽;",
        "# 香港特別行政區政府 區議會 18區; 澳門統計暨普查局 堂區); only the short forms written there are kept.",
        "# Full names that are common words of mainland text are left out from every source:",
        "# " + ", ".join(sorted(omitted(extra))) + ".",
    ]
    OUT.write_text("\n".join(header + entries) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries -> {OUT}")


if __name__ == "__main__":
    main()
