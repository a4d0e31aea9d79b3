"""Clauses: the stretches of a sentence between commas, semicolons and colons.

Figures and their subjects are read clause by clause: 全区26个街镇，新增岗位1.2万个 has two.

>>> from kg.model import Sentence
>>> text = "全区26个街镇，新增岗位1.2万个。"
>>> clause_bounds(text, Sentence(0, len(text), 0), 9)
(8, 17)
>>> clause_starts(text, Sentence(0, len(text), 0))
[0, 8]
"""
from __future__ import annotations

import re

from kg.model import Sentence

CLAUSE_END = "，,；;：:。！？!?"


def clause_bounds(norm: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The [start, end) of the clause of ``sent`` that holds ``pos``."""
    a = pos
    while a > sent.start and norm[a - 1] not in CLAUSE_END:
        a -= 1
    b = pos
    while b < sent.end and norm[b] not in CLAUSE_END:
        b += 1
    return a, b


def clause_starts(norm: str, sent: Sentence) -> list[int]:
    """Where each clause of ``sent`` begins, after any opening quote or bracket."""
    out = [sent.start]
    out += [i + 1 for i in range(sent.start, sent.end - 1) if norm[i] in CLAUSE_END]
    return [i + len(re.match(r"[“「\"(（ ]*", norm[i:i + 3]).group()) for i in out]
