"""Figures: numbers stated about something — counts, durations, sizes, shares, amounts.

A figure is a number (Arabic, Chinese, mixed with 万/亿, a fraction or a percentage) followed by a
measure word or unit from ``kg/lexicons/units.txt`` — or a percentage, a fraction, or a large
count with 万/亿 that needs no unit. Not figures (GUIDELINE.md): ordinals (第一), numbers inside
names (any span overlapping a mention: 十五五, 10号线), dates and times (2023年, 6月11日, 10时),
set phrases (一线, 千家万户, 三位一体), vague numbers (数十年, 十几个) and the indefinite 一
(一批, 一次, 一个: "a", not "one").

Each figure gets the approximation word (超, 近, 约, 余, 多), the shortest noun phrase it counts
(``measure``, read by ``kg.measures``), and a subject: a mention picked by
``kg.attribution.subject`` (see its docstring for the rules). Spans are found by ``kg.quantities``.
Numbers are read by ``kg.numbers``; units are reported as written (個 in Traditional text).

>>> from kg.model import Article, Document, Sentence
>>> text = "目前已建成24个社区食堂。"
>>> doc = Document("d", "d.txt", text, text, [Article("d#0", "", 0, 13, [Sentence(0, 13, 0)])])
>>> [(f.value, f.unit, f.measure, f.text) for f in extract_figures(doc, doc.articles[0], [])]
[(24.0, '个', '社区食堂', '24个社区食堂')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from kg import lexicon
from kg.attribution import subject
from kg.clauses import CLAUSE_END, clause_bounds
from kg.measures import names_a_method, noun_phrase, noun_phrase_before, starts_with_verb, verb_phrase
from kg.model import Article, Document, Evidence, Figure, Mention, Sentence
from kg.quantities import TIME_UNITS, Hit, Names, scan
from kg.read import sentence_text
from kg.references import build_scope

_COUNTERS = frozenset({"个", "种", "项", "套", "类", "条", "部", "本"})  # may count methods: 三种工作法


def extract_figures(doc: Document, article: Article, mentions: list[Mention]) -> list[Figure]:
    """Every figure stated in ``article``, sentence by sentence, with its subject mention.

    ``mentions`` are the article's entity mentions: numbers inside them are not figures, and the
    subject is chosen among them. Figures repeated in the article (same value, unit and measure,
    as in 三位劳模工匠 … 三位工匠) are kept once.
    """
    own = sorted((m for m in mentions if m.article_id == article.id and not counts_something(doc.norm, m)),
                 key=lambda m: (m.start, -m.end))
    by_end = sorted(own, key=_end)
    named = Names(own)
    scope = build_scope(doc, article, own)
    figures: list[Figure] = []
    heading: list[Figure] = []
    seen: list[tuple[float, str, str]] = []
    for sent in article.sentences:
        hits = list(scan(doc.norm, sent, named))
        if not hits:
            continue
        # a mention that is the counted noun of a figure (24个中医馆, 3个“X”) is no one's subject — but not
    # the person an age describes (48岁的陈志强)
        counted = {h.end + k for h in hits for k in (0, 1) if not k or doc.norm[h.end:h.end + 1] in "“「\"《"}
        lo = bisect_left(by_end, sent.start, key=_end)
        ends = [m.end for m in by_end[lo:bisect_right(by_end, sent.end, lo, key=_end)] if m.start not in counted]
        for hit in hits:
            fig = _figure(doc, article, sent, hit, ends)
            if fig is None:
                continue
            fig.subject = subject(scope, sent, hit.start, hit.num_start, hit.end, counted)
            scope.last, scope.last_at = (sent.paragraph, fig.subject), sent.start
            if _is_heading(doc, article, sent):
                heading.append(fig)
                continue
            key = (fig.value, fig.unit, fig.measure)
            if any(k[:2] == key[:2] and k[2] and key[2] and (k[2] in key[2] or key[2] in k[2]) for k in seen):
                continue
            seen.append(key)
            figures.append(fig)
    # a headline figure restated in the body (…37人榜上有名 / 共有37人) is kept once, from the body
    return [f for f in heading if (f.value, f.unit) not in {k[:2] for k in seen}] + figures


def counts_something(norm: str, m: Mention) -> bool:
    """True when a mention opens with a count in Arabic digits (1场主论坛, 3个项目): a figure, not a name.

    >>> from kg.model import Mention
    >>> counts_something("设1场主论坛", Mention("d", "d#0", 1, 6, "Event", "1场主论坛"))
    True
    >>> counts_something("10号线", Mention("d", "d#0", 0, 4, "Place", "10号线"))
    False
    >>> counts_something("2025年数博会", Mention("d", "d#0", 0, 8, "Event", "2025年数博会"))
    False
    """
    digits = re.match(r"[0-9]+", norm[m.start:m.end])
    return bool(digits) and any(norm.startswith(u, m.start + digits.end())
                                for u in _unit_words() if u not in TIME_UNITS)  # not 2025年…大赛


@cache
def _unit_words() -> frozenset[str]:
    return lexicon.load("units")


def _end(m: Mention) -> int:
    return m.end


def _is_heading(doc: Document, article: Article, sent: Sentence) -> bool:
    text = doc.text[sent.start:sent.end].strip()
    return bool(text and article.title) and text in article.title


def _figure(doc: Document, article: Article, sent: Sentence, hit: Hit, ends: list[int]):
    """The figure of ``hit``, or None; ``ends`` are where the sentence's candidate subjects end."""
    norm = doc.norm
    c_start, c_end = clause_bounds(norm, sent, hit.num_start)
    start, end = hit.start, hit.end
    measure = ""
    follow = norm[end:min(c_end, end + 16)]
    if follow.startswith(("“", "「", "\"")):
        close = re.match(r"[“「\"]([^”」\"]{1,12})[”」\"]", follow)
        if close:
            measure, end = close.group(1), end + close.end()
    else:
        if hit.unit not in _COUNTERS and names_a_method(follow):
            return None  # a number inside a method's name: 15度倾斜组合法, 30秒快速检测法
        np_text, np_len = noun_phrase(follow)
        if np_text:
            measure, end = np_text, end + np_len
    if not measure and hit.unit in TIME_UNITS:
        verb = re.match(r"[^\s" + CLAUSE_END + r"的]{2,12}", follow)
        if verb and starts_with_verb(verb.group()):
            measure, end = verb.group(), end + verb.end()
        else:
            lead = verb_phrase(norm[c_start:hit.start])
            if lead:
                measure, start = lead, hit.start - len(lead)
    if not measure:
        lead_start = max([c_start] + [e for e in ends if c_start <= e <= hit.start])
        lead = norm[lead_start:hit.start]
        pre, pre_len = noun_phrase_before(lead)
        if pre:
            measure, start = pre, hit.start - pre_len
    evidence = Evidence(doc.id, article.id, sentence_text(doc, sent), start, end, sent.start, sent.end)
    unit = hit.unit if hit.unit_at < 0 else doc.text[hit.unit_at:hit.unit_at + len(hit.unit)].replace("％", "%")
    return Figure(value=hit.value, unit=unit, measure=measure, qualifier=hit.qualifier,
                  text=doc.text[start:end], start=start, end=end,
                  subject=None, evidence=evidence)
