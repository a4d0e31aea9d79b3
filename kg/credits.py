"""Credits of an article: bylines, photo credits, closing affiliation lines (author) and source lines.

``(记者 张三 李四)`` and ``本报记者 张三`` give author and position 记者 (通讯员, 实习生);
``摄影:张三`` / ``(张三 摄)`` give author; a closing line ``(单位 姓名)`` gives author and memberOf
the unit, ``(单位)`` alone makes the unit the author; ``原文刊载于X`` / ``来源:X`` give source.
Names the entity stage missed are minted as Person mentions when they look like names.

>>> from kg.cues import Builder
>>> from kg.model import Article, Document, Sentence
>>> text = "(记者 陈晓林 通讯员 马丽)"
>>> doc = Document("d", "d.txt", text, text)
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> b = Builder(doc, art, [])
>>> extract_credits(b, b.sentence(0, len(text)))
>>> [(r.predicate, r.object if isinstance(r.object, str) else r.object.text) for r in b.rels]
[('author', '陈晓林'), ('position', '记者'), ('author', '马丽'), ('position', '通讯员')]
"""
from __future__ import annotations

import re

from kg.cues import Builder, Sent, at, person_name, within
from kg.model import ARTICLE

# 全媒体记者, 融媒体记者, 首席记者 are titles of their own (kept as written); 本报/特约/见习 are dropped.
ROLE = re.compile(r"(?:本报|特约|见习)?(?:全媒体|融媒体|首席)?(?:记者|通讯员|实习生)")
# A byline opening a line: "□ 张三", "■本报记者 李四", "文/王五", "文:赵六".
# (names: runs of two or more characters between spaces or 、, written so that a long line fails fast)
_MARK_BYLINE = re.compile(r"\s*(?:[□■◎●▲]|文\s*[/:：|｜])\s*([\u4e00-\u9fff·]{2,}(?:[\s、]+[\u4e00-\u9fff·]{2,})*)\s*")
# A closing line naming the author's unit: (作者单位:某镇人民政府), (作者系某大学教授).
_AUTHOR_UNIT = re.compile(r"\s*[(（]作者(?:单位|系|为|工作单位)[:：]?\s*([^()（）]{2,40})[)）]\s*")
# A name in a credit: Han, or transliterated with the middle dot (努尔比亚·吐尔逊).
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
_CREDIT_NAMES = r"((?:(?:[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+|[\u4e00-\u9fff]{2,4})[\s、]*)+)"
# Credits that name no role of the byline kind: 摄影:甲, 图/甲, 编辑:甲, 责任编辑:甲.
_LABEL = re.compile(r"(?:摄影|图片|图|责任编辑|责编|编辑)\s*[:：/]|摄影\s")
# A wire dateline closing a byline token: 记者蔡佩珊高雄21日电 (the agency is the source).
_DATELINE = re.compile(r"[\u4e00-\u9fff]{2,6}?\d{1,2}月?\d{0,2}日电$")
_SOURCE_CUE = re.compile(r"(?:原文)?(?:刊载于|刊发于|首发于|转载自|转自|原载于?|摘自|来源于|(?:稿件)?来源[:：])\s*")
_MEDIA_TAIL = re.compile(r"(?:社|报|台|网|客户端|杂志|公众号|日报|晚报|电视台|广播电台)$")


def extract_credits(b: Builder, sent: Sent) -> None:
    """Add the author and source relations (and reporters' positions) credited in ``sent``."""
    _bylines(b, sent)
    _photo_credit(b, sent)
    _mark_byline(b, sent)
    _author_unit(b, sent)
    _closing_line(b, sent)
    _source(b, sent)


def _bylines(b: Builder, sent: Sent) -> None:
    """(记者 张三 李四), 本报记者 张三, (某日报记者 张三): author, and position 记者 for each name;
    a medium written before the role (某日报记者 张三) gives that name memberOf it, and a wire's
    dateline (某社记者张三某地21日电) makes the medium the source."""
    for group in re.finditer(r"[(（〔【]([^()（）〔〕【】]{2,60})[)）〕】]|^\s*((?:本报|特约)?记者[^,，。]{2,40})$",
                             sent.text):
        body = group.group(1) or group.group(2)
        base = sent.start + group.start(1 if group.group(1) else 2)
        if not ROLE.search(body):
            continue
        role, held = None, None  # held: the medium written on the role word before this name
        for tok in re.finditer(r"[^\s、,，/]+", body):
            if _LABEL.match(tok.group()):
                break  # 摄影:甲 closes the reporters (read by _photo_credit)
            said, word, ts = _role_and_name(b, tok.group(), base + tok.start())
            unit = None
            if said is None:
                said, word, ts, unit = _unit_role(b, sent, tok.group(), base + tok.start())
            if said is not None:
                held = unit
            role = said or role
            if role is None or not word:
                continue
            unit, held = held, None
            p = _person_at(b, sent, ts, ts + len(word))
            if p is None:
                word = word.removesuffix("摄").removesuffix("报道")
                p = _name(b, sent, ts, ts + len(word))
            if p is not None:
                b.add(sent, ARTICLE, "author", p, (ts, p.end))
                b.add(sent, p, "position", role, (ts, p.end))
                b.add(sent, p, "memberOf", unit, (base + tok.start(), p.end))
                if unit is not None and _DATELINE.search(b.doc.norm[p.end:base + tok.end()]):
                    b.add(sent, ARTICLE, "source", unit, (base + tok.start(), base + tok.end()))


def _role_and_name(b: Builder, word: str, ts: int) -> tuple[str | None, str, int]:
    """Split a byline word at ``ts`` into its reporter's role as written (without 本报/特约/见习) and the name after it."""
    r = ROLE.match(word)
    if r is None:
        return None, word, ts
    role = b.doc.text[ts:ts + r.end()].lstrip("本报特约见习") or None
    return role, word[r.end():], ts + r.end()


def _unit_role(b: Builder, sent: Sent, word: str, ts: int):
    """某日报记者张三 / 某县融媒体中心记者: (role, name after it, its offset, the medium's mention).

    The medium is the Organization mention before the role, or a span with a medium's ending.
    """
    r = ROLE.search(word)
    if r is None or r.start() < 2:
        return None, word, ts, None
    us, ue = ts, ts + r.start()
    unit = at(sent, us, ue, ("Organization",), outer=False)
    if unit is None and re.search(r"(?:社|报|台|网|中心)$", word[:r.start()]):
        unit = b.mention(us, ue, "Organization")
    if unit is None:
        return None, word, ts, None
    return b.doc.text[ts + r.start():ts + r.end()].lstrip("本报特约见习"), word[r.end():], ts + r.end(), unit


def _person_at(b: Builder, sent: Sent, start: int, end: int):
    """The Person mention that starts at ``start`` and ends by ``end`` (蔡佩珊 of 蔡佩珊高雄21日电)."""
    return next((m for m in sent.mentions if m.type == "Person" and m.start == start and m.end <= end), None)


def _name(b: Builder, sent: Sent, start: int, end: int):
    """A credited name: as ``person_name``, or a transliterated name with the middle dot."""
    p = person_name(b, sent, start, end)
    if p is None and _DOT_NAME.fullmatch(b.doc.norm[start:end]):
        p = b.mention(start, end, "Person")
    return p


def _photo_credit(b: Builder, sent: Sent) -> None:
    """摄影:张三 / 图:张三 / 编辑:张三 / (张三 摄): the photographer or editor is an author (no
    position: a credit label is not a job title); (图/某局提供) credits the body that gave the photo."""
    short = len(sent.text.strip()) <= 30
    for m in re.finditer(r"(?:" + _LABEL.pattern + r")\s*" + _CREDIT_NAMES, sent.text):
        before = sent.text[:m.start()]
        opened = max(before.rfind("("), before.rfind("（")) > max(before.rfind(")"), before.rfind("）"))
        if not (short and not before.strip()) and not before.endswith(("(", "（")) \
                and not (opened and before[-1:].isspace()):  # (通讯员 甲　摄影:乙)
            continue
        _credit_names(b, sent, m.start(1), m.end(1), (sent.start + m.start(), sent.start + m.end()))
    for m in re.finditer(r"[(（]图片?\s*[/:：]\s*([^()（）/:：]{2,30}?)提供[)）]", sent.text):
        lo, hi = sent.start + m.start(1), sent.start + m.end(1)
        giver = at(sent, lo, hi, ("Organization", "Person")) or _name(b, sent, lo, hi)
        b.add(sent, ARTICLE, "author", giver, (sent.start + m.start(), sent.start + m.end()))
    for m in re.finditer(r"((?:[\u4e00-\u9fff·]{2,4}[\s、]+)*[\u4e00-\u9fff·]{2,4})\s*/?摄(?![影像])", sent.text):
        if short or sent.text[m.end():].lstrip().startswith((")", "）")):
            _credit_names(b, sent, m.start(1), m.end(1), (sent.start + m.start(), sent.start + m.end()))


def _credit_names(b, sent, lo, hi, cue):
    for tok in re.finditer(r"[^\s、]+", sent.text[lo:hi]):
        _, name, ts = _role_and_name(b, tok.group(), sent.start + lo + tok.start())
        if name:
            b.add(sent, ARTICLE, "author", _name(b, sent, ts, ts + len(name)), cue)


def _mark_byline(b: Builder, sent: Sent) -> None:
    """A line that is only "□ 张三" / "文/张三": the names are authors (a reporter's role gives position)."""
    m = _MARK_BYLINE.fullmatch(sent.text)
    if m is None:
        return
    cue, role = (sent.start, sent.end), None
    for tok in re.finditer(r"[^\s、]+", m.group(1)):
        said, name, ts = _role_and_name(b, tok.group(), sent.start + m.start(1) + tok.start())
        role = said or role  # 本报记者 石磊 / 本报记者石磊
        if not name:
            continue
        p = person_name(b, sent, ts, ts + len(name))
        b.add(sent, ARTICLE, "author", p, cue)
        if role is not None:
            b.add(sent, p, "position", role, cue)


def _author_unit(b: Builder, sent: Sent) -> None:
    """(作者单位:某镇人民政府): the people credited as authors of the article are members of the unit."""
    m = _AUTHOR_UNIT.fullmatch(sent.text)
    if m is None:
        return
    lo, hi = sent.start + m.start(1), sent.start + m.end(1)
    unit = next((o for o in within(sent, lo, hi, ("Organization",)) if o.start == lo), None)
    authors = [r.object for r in b.rels if r.predicate == "author" and r.subject == ARTICLE
               and getattr(r.object, "type", None) == "Person"]
    for p in authors:
        b.add(sent, p, "memberOf", unit, (sent.start + m.start(), hi))


def _closing_line(b: Builder, sent: Sent) -> None:
    """A line that is only "(单位 姓名)" or "(单位)": author, and memberOf the unit."""
    m = re.fullmatch(r"\s*[(（]([^()（）]+)[)）]\s*", sent.text)
    if not m or ROLE.search(m.group(1)) or _SOURCE_CUE.search(m.group(1)) or _AUTHOR_UNIT.fullmatch(sent.text):
        return
    lo, hi = sent.start + m.start(1), sent.start + m.end(1)
    org, names = None, []
    for tok in re.finditer(r"[^\s、,，]+", b.doc.norm[lo:hi]):
        ts, te = lo + tok.start(), lo + tok.end()
        hit = at(sent, ts, te, ("Organization",))
        if hit is not None and org is None and not names:
            org = hit
            continue
        p = person_name(b, sent, ts, te)
        if p is None:
            return
        names.append(p)
    if names:
        for p in names:
            b.add(sent, ARTICLE, "author", p, (lo, hi))
            b.add(sent, p, "memberOf", org, (lo, hi))
    elif org is not None:
        b.add(sent, ARTICLE, "author", org, (lo, hi))


def _source(b: Builder, sent: Sent) -> None:
    """原文刊载于X / 来源:X / 转载自X → @article source X (an Organization)."""
    for m in _SOURCE_CUE.finditer(sent.text):
        after = sent.start + m.end()
        org = next((o for o in sent.outer if o.type == "Organization" and after <= o.start <= after + 1), None)
        if org is None:
            rest = re.match(r"[^\s,，。;；)）]{2,15}", sent.text[m.end():])
            if rest and _MEDIA_TAIL.search(rest.group()):
                org = b.mention(after, after + rest.end(), "Organization")
        b.add(sent, ARTICLE, "source", org, (sent.start + m.start(), after))

