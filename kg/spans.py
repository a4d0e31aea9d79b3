"""Shared pieces of mention finding: the Span and Token records, jieba words with their parts of
speech, dictionary frequencies, the divisions lexicon and the statistical tagger's cached output.

Every rule module (kg.people, kg.organisations, kg.places, kg.events, kg.programmes,
kg.tagged) works on one sentence of ``doc.norm`` and returns Span offsets into it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import lexicon


try:  # the statistical core, when a trained model is shipped
    from kg.nn_tagger import tag_many as _tag_many
except ImportError:  # pragma: no cover - depends on the installation
    ner_tags = tag_sentences = None
else:
    _TAGGED: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def tag_sentences(texts: list[str]) -> None:
        """Tag the sentences of an article in one batch (the tagger is fastest that way) for ``ner_tags``."""
        if len(_TAGGED) > 4096:
            _TAGGED.clear()
        todo = [t for t in dict.fromkeys(texts) if t not in _TAGGED]
        for text, spans in zip(todo, _tag_many(todo)):
            _TAGGED[text] = tuple((a, _before_speech_verb(text, a, b), t) if t == "PER" else (a, b, t)
                                  for a, b, t in spans if not (t == "PER" and text[a:b] in SPEECH_VERBS))

    def ner_tags(text: str) -> tuple[tuple[int, int, str], ...]:  # several rules ask about one sentence
        """The statistical tagger's (start, end, PER/LOC/ORG) spans of ``text``, cached per sentence."""
        if text not in _TAGGED:
            tag_sentences([text])
        return _TAGGED[text]


# Verbs of saying and answering that follow a speaker's name and never end it (某某答询说, 某某表示).
SPEECH_VERBS = ("答询", "质询", "答复", "回应", "表示", "指出", "强调", "介绍", "透露", "坦言", "直言", "告诉", "说", "称")


def _before_speech_verb(text: str, a: int, b: int) -> int:
    """End of a tagged person ``text[a:b]`` without a verb of saying the tagger ran into (叶某某|答询);
    a tagged person that is only such a verb is dropped.

    >>> t = "交通局长陈国栋答询说"
    >>> t[4:_before_speech_verb(t, 4, 9)]
    '陈国栋'
    """
    verb = next((v for v in SPEECH_VERBS if text.endswith(v, a, b)), None)
    return b - len(verb) if verb and b - len(verb) - a >= 2 else b


CJK = r"\u4e00-\u9fff"
LEVELS = "省市区县镇乡州"
# Prepositions jieba may glue onto the name after them (经|港珠澳大桥, 由|区纪委).
GLUED_PREPOSITIONS = "由对在向从把被将给经自往赴"
LEVEL_CHARS = set("省市区县镇乡村街")  # level words of deictic forms (区委 = the district's party committee)
NAME_POS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng"}
NOMINAL_POS = NAME_POS | {"n", "vn", "b", "an", "f", "s", "ng", "nw", "l", "m", "v", "a", "i", "zg"}
SOFT_POS = {"v", "a", "i"}  # may sit inside a name (城市排水集团) but never start it
RARE = 100  # jieba dictionary count below which a word is taken as a proper-name part


@dataclass
class Span:
    """A candidate mention in one sentence: offsets, type, the finder that proposed it (``source``)."""

    start: int
    end: int
    type: str
    source: str
    nested: bool = False
    reach: int = -1  # for rule names: how far left the nominal words before the name go

    def overlaps(self, other: Span) -> bool:
        """The two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass
class Token:
    """A jieba word of a sentence with its offsets and dictionary part of speech."""

    start: int
    end: int
    word: str
    pos: str


@lru_cache(maxsize=8192)
def tokenize(text: str) -> list[Token]:
    """jieba words with their dictionary part of speech (no HMM tagging: fast, and names come from the tagger).

    Words the dictionary lacks get ``eng``/``m``/``x`` by their characters, else ``nz``.
    """
    import jieba.posseg

    from kg.ner import words  # cached: the NER stage has usually just split the same sentence

    tags = jieba.posseg.dt.word_tag_tab
    out, i = [], 0
    for word in words(text):
        pos = tags.get(word) or _char_class(word)
        out.append(Token(i, i + len(word), word, pos))
        i += len(word)
    return out


def _char_class(word: str) -> str:
    if word.isascii() and word.isalpha():
        return "eng"
    if re.fullmatch(r"[\d.%０-９]+", word):
        return "m"
    if not re.search(f"[{CJK}]", word):
        return "x"
    return "nz"


def dictionary_pos(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word``, or None if the word is not listed.

    >>> dictionary_pos("北京")
    'ns'
    """
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word)


def word_frequency(word: str) -> int:
    """The count of ``word`` in jieba's dictionary (0 if not listed): high for common words."""
    import jieba

    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(word, 0) or 0


@cache
def division_names() -> tuple[frozenset[str], int]:
    """The names of the divisions lexicon and the length of the longest one."""
    names = lexicon.load("divisions")
    return names, max(map(len, names), default=0)


def is_known_place(name: str) -> bool:
    """A division of China or a place abroad, by the lexicons (丰台区, 莫斯科, 非洲)."""
    return name in division_names()[0] or name in lexicon.load("world_places")


def division_spans(text: str) -> list[tuple[int, int]]:
    """Longest division names found left to right (北京市, 丰台区, 延边).

    >>> division_spans("北京市丰台区")
    [(0, 3), (3, 6)]
    """
    names, by_first = division_names()[0], _division_lengths()
    out, i, size = [], 0, len(text)
    while i < size:
        for n in by_first.get(text[i], ()):
            if i + n <= size and text[i:i + n] in names:
                out.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return out


@cache
def _division_lengths() -> dict[str, tuple[int, ...]]:
    """First character → lengths (≥ 2, longest first) of the division names starting with it."""
    lengths: dict[str, set[int]] = {}
    for name in division_names()[0]:
        if len(name) >= 2:
            lengths.setdefault(name[0], set()).add(len(name))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in lengths.items()}


def is_proper_word(tok: Token) -> bool:
    """A word that can be the proper part of a name: a division, a name-tagged or a rare noun."""
    divisions, _ = division_names()
    if tok.pos in ("nr", "nrfg") and _common_words_phrase(tok.word):
        return False  # 郑重宣布, 努力学习: phrases jieba's dictionary tags as rare person names
    if len(tok.word) >= 3 and tok.word.endswith("型"):
        return False  # 开放型, 创新型: "of the … type", an attribute, not a name
    return ((tok.pos in NAME_POS and word_frequency(tok.word) < 5000) or tok.word in divisions
            or (len(tok.word) >= 2 and tok.pos in ("n", "ng", "nz", "j") and word_frequency(tok.word) < RARE))


def _common_words_phrase(word: str) -> bool:
    """Four characters that are two common words (努力 + 学习): a phrase, never a name."""
    return len(word) == 4 and word_frequency(word[:2]) >= 500 and word_frequency(word[2:]) >= 500
