"""Word lists of general facts (surnames, divisions, suffixes, titles), shipped and user-extensible.

Each shipped list is ``kg/lexicons/<name>.txt``: one entry a line, ``#`` starts a comment, and
the file's header names its source. Users add entries without touching code by putting a file
of the same name in a directory named by the ``KG_LEXICON_DIR`` environment variable (several
directories separated by ``os.pathsep``); its lines are added to the shipped ones, and a line
``-entry`` removes a shipped entry.

>>> {"张", "欧阳"} <= load("surnames")
True
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

SHIPPED = Path(__file__).parent / "lexicons"


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def user_dirs() -> list[Path]:
    """Directories of user lexicons, from ``KG_LEXICON_DIR``."""
    value = os.environ.get("KG_LEXICON_DIR", "")
    return [Path(p) for p in value.split(os.pathsep) if p]


@cache
def load(name: str) -> frozenset[str]:
    """The entries of lexicon ``name``: shipped ones plus the user's, minus those the user removed."""
    entries: set[str] = set()
    shipped = SHIPPED / f"{name}.txt"
    if shipped.exists():
        entries.update(_lines(shipped))
    for d in user_dirs():
        extra = d / f"{name}.txt"
        if extra.exists():
            for line in _lines(extra):
                if line.startswith("-"):
                    entries.discard(line[1:])
                else:
                    entries.add(line)
    return frozenset(entries)


@cache
def pairs(name: str) -> dict[str, str]:
    """The ``key<TAB>value`` entries of lexicon ``name`` as a dict (京 → 北京市 in place_abbreviations)."""
    return dict(sorted(line.split("\t", 1) for line in load(name) if "\t" in line))


@cache
def longest_first(name: str) -> list[str]:
    """Entries of ``name`` sorted longest first (for greedy suffix/prefix matching)."""
    return sorted(load(name), key=lambda s: (-len(s), s))


class Matcher:
    """Finds every occurrence of a set of words in a text (overlapping ones too), in one pass.

    >>> Matcher({"书记", "区委书记", "委"}).find("区委书记讲话")
    [(0, 4), (1, 2), (2, 4)]
    """

    def __init__(self, words):
        self.words = frozenset(words)
        by_first: dict[str, set[int]] = {}
        for w in self.words:
            if w:
                by_first.setdefault(w[0], set()).add(len(w))
        self.by_first = {c: sorted(ns, reverse=True) for c, ns in by_first.items()}  # lengths, longest first

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every match, by start then longest first."""
        words, by_first, out, size = self.words, self.by_first, [], len(text)
        for i, c in enumerate(text):
            for n in by_first.get(c, ()):
                if i + n <= size and text[i:i + n] in words:
                    out.append((i, i + n))
        return out


@cache
def matcher(name: str) -> Matcher:
    """A :class:`Matcher` over lexicon ``name``."""
    return Matcher(load(name))
