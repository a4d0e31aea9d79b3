"""Statistical named-entity core: a character CRF that finds PER / LOC / ORG spans in Simplified Chinese.

The model (``kg/models/ner.crfsuite``, trained by ``tools/train_ner.py``) labels every character
B/I/E/S-<type> or O. Each character is described by its neighbours (window ±2, unigrams and
bigrams), their character types, its position in the jieba word that covers it, that word's
part of speech (looked up in jieba's dictionary, no HMM tagging), and hits of the general
lexicons (surnames, administrative divisions, organisation suffixes, titles).

Long texts are cut into chunks at sentence punctuation (and at most ``MAX_CHUNK`` characters),
so tagging time is linear in the text length. ``tag`` decodes with crfsuite; ``crf_weights`` gives
the same model as numpy arrays (``kg.nn_tagger`` computes its marginals from them).

>>> spans = tag("国务院总理李强在北京会见了联合国秘书长。")
>>> ("PER", "李强") in {(t, "国务院总理李强在北京会见了联合国秘书长。"[s:e]) for s, e, t in spans}
True
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from kg import lexicon
from kg.errors import KgError

MODEL = Path(__file__).parent / "models" / "ner.crfsuite"
TYPES = ("PER", "LOC", "ORG")
MAX_CHUNK = 200
LEXICONS = ("surnames", "divisions", "place_suffixes", "org_suffixes", "org_names", "titles")

_CHUNK = re.compile(r"[^。！？；\n]*[。！？；\n]?")
_SOFT_BREAK = "，、：,"


def tag(text: str) -> list[tuple[int, int, str]]:
    """PER/LOC/ORG spans of ``text`` as sorted, non-overlapping ``(start, end, type)``, end exclusive.

    >>> tag("")
    []
    >>> text = "张伟来到上海。"
    >>> [(text[s:e], t) for s, e, t in tag(text)]
    [('张伟', 'PER'), ('上海', 'LOC')]
    """
    if not isinstance(text, str):
        raise KgError(f"ner.tag expects a str, got {type(text).__name__}; pass the document text")
    tagger = crf_tagger()
    spans: list[tuple[int, int, str]] = []
    for start, chunk in chunks(text):
        labels = tagger.tag(features(chunk))
        spans.extend((start + s, start + e, t) for s, e, t in decode(labels))
    return spans


def chunks(text: str) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, chunk)`` pieces at 。！？； and newlines, each ≤ ``MAX_CHUNK`` chars.

    >>> chunks("甲。乙！\\n丙")
    [(0, '甲。'), (2, '乙！'), (4, '\\n'), (5, '丙')]
    """
    out = []
    for m in _CHUNK.finditer(text):
        start, piece = m.start(), m.group()
        while len(piece) > MAX_CHUNK:
            cut = max(piece.rfind(p, 0, MAX_CHUNK) for p in _SOFT_BREAK) + 1 or MAX_CHUNK
            out.append((start, piece[:cut]))
            start, piece = start + cut, piece[cut:]
        if piece:
            out.append((start, piece))
    return out


def decode(labels: list[str]) -> list[tuple[int, int, str]]:
    """Spans from B/I/E/S-<type> labels, tolerant of ill-formed sequences (an I/E without B opens one).

    >>> decode(["B-PER", "E-PER", "O", "S-LOC", "I-ORG", "E-ORG"])
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 6, 'ORG')]
    """
    spans = []
    start, kind = None, None
    for i, label in enumerate(labels):
        pos, _, typ = label.partition("-")
        if start is not None and (pos in "BSO" or typ != kind):
            spans.append((start, i, kind))
            start = None
        if pos == "O":
            continue
        if start is None:
            start, kind = i, typ
        if pos in "ES":
            spans.append((start, i + 1, kind))
            start = None
    if start is not None:
        spans.append((start, len(labels), kind))
    return spans


def features(chunk: str) -> list[list[str]]:
    """CRF feature strings for each character of ``chunk`` (same for training and tagging).

    >>> f = features("李明说")
    >>> "c=李" in f[0] and "b+1=李明" in f[0]
    True
    """
    n = len(chunk)
    pad = ["^2", "^1", *chunk, "$1", "$2"]
    m2, m1, p1, p2 = pad[:n], pad[1:n + 1], pad[3:n + 3], pad[4:n + 4]
    kinds = ["^", *map(_kind, chunk), "$"]
    columns = [
        ["c=" + c for c in chunk],
        ["c-1=" + c for c in m1], ["c+1=" + c for c in p1],
        ["c-2=" + c for c in m2], ["c+2=" + c for c in p2],
        ["b-1=" + a + b for a, b in zip(m1, chunk)], ["b+1=" + a + b for a, b in zip(chunk, p1)],
        ["b-2=" + a + b for a, b in zip(m2, m1)], ["b+2=" + a + b for a, b in zip(p1, p2)],
        ["t=" + a + b + c for a, b, c in zip(kinds, kinds[1:], kinds[2:])],
    ]
    rows = zip(zip(*columns), _word_features(chunk), lexicon_marks(chunk))
    return [[*row, *words, *lex] for row, words, lex in rows]


@cache
def _kind(c: str) -> str:
    """One letter for the character's type: d digit, l latin, n Chinese numeral, h CJK, p other."""
    if c.isdigit():
        return "d"
    if c.isascii() and c.isalpha() or "Ａ" <= c <= "ｚ":
        return "l"
    if c in "零〇一二三四五六七八九十百千万亿两":
        return "n"
    if "\u4e00" <= c <= "\u9fff":
        return "h"
    return "p"


@lru_cache(maxsize=8192)  # an article's sentences are segmented by the tagger first, by the rules later
def words(text: str) -> tuple[str, ...]:
    """jieba's words of ``text`` (``jieba.lcut``), cached: later stages segment the same sentences again.

    >>> words("张伟来到上海。")
    ('张伟', '来到', '上海', '。')
    """
    import jieba  # noqa: PLC0415  (imported lazily: jieba's dictionary load is slow)

    _pos_table()  # jieba initialised, quietly
    return tuple(jieba.lcut(text))


def _word_features(chunk: str) -> list[tuple[str, ...]]:
    """Per character: position in its jieba word (B/M/E/S), the word's POS, the word, neighbour POS."""
    tags = _pos_table()
    tokens = words(chunk)
    pos_of = ["^", *(tags.get(w) or ("eng" if w.isascii() else "oov") for w in tokens), "$"]
    out: list[tuple[str, ...]] = []
    for k, w in enumerate(tokens):
        n = len(w)
        t, pt, nt = pos_of[k + 1], pos_of[k], pos_of[k + 2]
        common = ("wt=" + t, "pt=" + pt, "nt=" + nt, *(("w=" + w,) if 1 < n <= 4 else ()))
        if n == 1:
            out.append(("wp=S", "wpt=S" + t, *common))
        else:
            out.append(("wp=B", "wpt=B" + t, *common))
            middle = ("wp=M", "wpt=M" + t, *common)
            out.extend([middle] * (n - 2))
            out.append(("wp=E", "wpt=E" + t, *common))
    return out


@cache
def _pos_table() -> dict[str, str]:
    """jieba's dictionary word → POS map (no HMM tagging: a dictionary lookup per word)."""
    import jieba  # noqa: PLC0415
    import jieba.posseg  # noqa: PLC0415

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.posseg.dt.word_tag_tab


@cache
def _lexicon_index() -> dict[str, tuple[tuple[str, frozenset[str], tuple[int, ...]], ...]]:
    """First character → (lexicon name, its entries, entry lengths longest first) per lexicon."""
    index: dict[str, list] = {}
    for name in LEXICONS:
        entries = lexicon.load(name)
        lengths: dict[str, set[int]] = {}
        for entry in entries:
            lengths.setdefault(entry[0], set()).add(len(entry))
        for c, ls in lengths.items():
            index.setdefault(c, []).append((name, entries, tuple(sorted(ls, reverse=True))))
    return {c: tuple(v) for c, v in index.items()}


@lru_cache(maxsize=4096)  # the CRF and the network both read them
def lexicon_marks(chunk: str) -> tuple[tuple[str, ...], ...]:
    """Per character, ``<lexicon>=B/I/E/S`` for the longest entry starting there, and ``=before/after``.

    >>> lexicon_marks("北京市")[0]
    ('divisions=B',)
    """
    n = len(chunk)
    index = _lexicon_index()
    marks: list[list[str]] = [[] for _ in chunk]
    for i, c in enumerate(chunk):
        for name, entries, lengths in index.get(c, ()):
            for length in lengths:
                if i + length <= n and chunk[i:i + length] in entries:
                    if length == 1:
                        marks[i].append(name + "=S")
                    else:
                        marks[i].append(name + "=B")
                        for k in range(i + 1, i + length - 1):
                            marks[k].append(name + "=I")
                        marks[i + length - 1].append(name + "=E")
                        if i + length < n:
                            marks[i + length].append(name + "=after")
                    if i:
                        marks[i - 1].append(name + "=before")
                    break
    return tuple(map(tuple, marks))


@dataclass(frozen=True)
class CrfWeights:
    """The CRF's weights as arrays: what crfsuite itself computes with, read from ``MODEL``."""

    labels: tuple[str, ...]  # label of each column, in crfsuite's label-id order
    attributes: dict[str, int]  # feature string → row of ``state``
    state: np.ndarray  # (attributes + 1, labels) float64; the last row, zeros, stands for unknown strings
    trans: np.ndarray  # (labels, labels) float64, previous label → next label


def crf_weights() -> CrfWeights:
    """The weights of the CRF in ``MODEL``, read once from the model file (exact, unlike a text dump).

    >>> w = crf_weights()
    >>> w.state.shape == (len(w.attributes) + 1, len(w.labels)), w.trans.shape == (len(w.labels),) * 2
    (True, True)
    """
    return _read_crf(MODEL)


@cache
def _read_crf(path: Path) -> CrfWeights:
    """Parse crfsuite's CRF1d model file: a header, the feature records, then two CQDB string tables."""
    if not path.exists():
        raise KgError(f"NER model missing: expected {path}; run tools/train_ner.py to build it")
    data = path.read_bytes()
    if data[:4] != b"lCRF" or len(data) < 48:
        raise KgError(f"{path} is not a crfsuite CRF1d model (starts {data[:4]!r}); rebuild it with tools/train_ner.py")
    off_features, off_labels, off_attrs = struct.unpack_from("<3I", data, 28)
    chunk, _, count = struct.unpack_from("<4sII", data, off_features)
    if chunk != b"FEAT":
        raise KgError(f"{path}: no feature table at {off_features:#x}; rebuild it with tools/train_ner.py")
    record = np.dtype([("kind", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
    feats = np.frombuffer(data, dtype=record, count=count, offset=off_features + 12)
    labels, attributes = _cqdb_strings(data, off_labels, path), _cqdb_strings(data, off_attrs, path)
    state = np.zeros((len(attributes) + 1, len(labels)))
    trans = np.zeros((len(labels), len(labels)))
    for table, kind in ((state, 0), (trans, 1)):  # kind 0: (attribute, label), 1: (label, label)
        f = feats[feats["kind"] == kind]
        table[f["src"], f["dst"]] = f["weight"]
    return CrfWeights(tuple(labels), {a: i for i, a in enumerate(attributes)}, state, trans)


def _cqdb_strings(data: bytes, offset: int, path: Path) -> list[str]:
    """The strings of a CQDB table in id order (its backward array: id → record ``id, size, bytes\\0``)."""
    _, _, _, _, size, backward = struct.unpack_from("<4s5I", data, offset)
    out = []
    for i, at in enumerate(struct.unpack_from(f"<{size}I", data, offset + backward)):
        ident, length = struct.unpack_from("<iI", data, offset + at)
        if ident != i:
            raise KgError(f"{path}: string table out of order (id {ident} at {i}); rebuild it with tools/train_ner.py")
        out.append(data[offset + at + 8:offset + at + 7 + length].decode("utf-8"))
    return out


@cache
def crf_tagger():
    """The CRF tagger, loaded once from ``MODEL``."""
    import pycrfsuite  # noqa: PLC0415

    if not MODEL.exists():
        raise KgError(f"NER model missing: expected {MODEL}; run tools/train_ner.py to build it")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger
