"""Measures: the noun phrase a figure counts (24个社区食堂 → 社区食堂) or the verb phrase a duration
measures (坚守岗位23年 → 坚守岗位), read from jieba's parts of speech.

>>> noun_phrase("社区食堂，")
('社区食堂', 4)
"""
from __future__ import annotations

import re
from functools import lru_cache

import jieba
import jieba.posseg

from kg.spans import tokenize

jieba.setLogLevel(60)

_NOUNISH = ("n", "j", "b", "s", "a", "vn", "q", "uj", "f", "l")


@lru_cache(maxsize=256)
def _tagged(text: str) -> tuple[jieba.posseg.pair, ...]:
    """jieba's words and parts of speech for ``text`` (the words after a figure are read twice):
    the dictionary's tags, and ``nz`` for words it lacks (``kg.spans.tokenize``; jieba's own tagging
    of unknown words runs a second model and is several times slower)."""
    return tuple(jieba.posseg.pair(t.word, t.pos) for t in tokenize(text))


def starts_with_verb(text: str) -> bool:
    """True when jieba tags the first word of ``text`` as a verb, not a verbal noun (建设 in 建设工作)."""
    words = _tagged(text)
    return bool(words) and words[0].flag.startswith("v") and words[0].flag != "vn"


def names_a_method(text: str) -> bool:
    """True when ``text`` opens with a method's name (倾斜组合法, 快速检测法): X法 right after a number."""
    for i, w in enumerate(_tagged(text)[:4]):
        if w.flag in ("p", "x", "r", "uj", "c") or w.word == "的":
            return False
        if (w.word == "法" and i > 0) or (len(w.word) >= 3 and w.word.endswith("法") and w.flag.startswith("n")):
            return True
    return False


def verb_phrase(text: str) -> str:
    """The verb phrase that ends ``text``, from its first verb (他带队坚守 → 带队坚守)."""
    words = _tagged(text)
    for i, w in enumerate(words):
        if w.flag.startswith("v") and w.flag != "vn":
            return "".join(x.word for x in words[i:])
    return ""


def noun_phrase(text: str) -> tuple[str, int]:
    """The noun phrase at the start of ``text`` (head after the last 的) and the span it covers."""
    words, n = [], 0
    tokens = list(_tagged(text))
    if len(tokens) > 1 and tokens[0].flag == "v" and len(tokens[1].word) == 1 and tokens[1].flag[0] in "nq":
        tokens[:2] = [jieba.posseg.pair(tokens[0].word + tokens[1].word, "n")]  # 充电+桩: a compound noun
    for w in tokens:
        if not w.flag.startswith(_NOUNISH) or n + len(w.word) > 14:
            break
        words.append(w)
        n += len(w.word)
    while words and not words[-1].flag.startswith(("n", "j", "vn", "s", "l")):
        n -= len(words.pop().word)
    if not words:
        return "", 0
    head = [w.word for w in words]
    if "的" in head:
        cut = head.index("的")
        if all(w.flag.startswith(("n", "j", "l")) for w in words[:cut]):  # 三位工匠的岗位: counts 工匠
            return "".join(head[:cut]), sum(map(len, head[:cut]))
        head = head[len(head) - head[::-1].index("的"):]  # 三位不同领域的劳模工匠: counts 劳模工匠
    return "".join(head), n


def noun_phrase_before(text: str) -> tuple[str, int]:
    """The noun phrase that ends ``text`` once a linking verb (达, 达到, 为…) is dropped."""
    stripped = re.sub(r"(已经|已|共|总共|累计|分别)?(达到|达|为|是|有|占|共有|增至|增长|提高|提升|降至|下降|"
                      r"(控制|保持|稳定|维持)在)$", "", text)
    words = _tagged(stripped)
    head = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        sandwiched = w.flag == "v" and head and i > 0 and words[i - 1].flag.startswith(("n", "s"))  # 城镇登记失业率
        if not (w.flag.startswith(("n", "j", "s", "vn", "b")) or sandwiched) \
                or sum(map(len, head)) + len(w.word) > 10:
            break
        if head and len(w.word) == 1:  # a classifier or stray character: 这条隧道 → 隧道
            break
        head.insert(0, w.word)
        if w.flag.startswith("s"):  # a locative (国内, 全国) opens the phrase
            break
    if not head:
        return "", 0
    phrase = "".join(head)
    code = re.search(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$", stripped[:len(stripped) - len(phrase)])
    if code:  # 5G基站
        phrase = code.group() + phrase
    return phrase, len(text) - len(stripped) + len(phrase)
