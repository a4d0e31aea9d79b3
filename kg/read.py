"""Reading: files, encodings, HTML → Document (articles, paragraphs, sentences, offsets).

A page (``.txt``/``.md``) is one Document holding several articles: a heading of level ≤ 2 starts
an article, a deeper heading is a section of it — unless the article has no body text yet, in which
case the heading is its real title (a column name "## 专栏" followed by "### 标题"); a "## ——记…"
subtitle is not a title. A bare headline line (short, no final punctuation) followed by a story
opening — a dateline (本报讯, 本报济南10月16日讯, …日电) or a reporters' credit (（某台记者 王芳）,
本报记者 王芳) — starts an article too, as on pages without Markdown headings. A newspaper
continuation marker "(上接01版)" starts an article, "(下转02版)" ends one; neither is body text.
A paragraph that ends without sentence-final punctuation is a page-column break and continues
into the next paragraph. ``.html`` is one article of body text with ``source_offsets`` into the
decoded HTML; ``.jsonl`` is one Document per line.

>>> doc = read_text("# 标题\\n\\n本报讯(记者 张明)近日,会议召开。会议强调,要抓落实!", doc_id="d")
>>> [doc.text[s.start:s.end] for s in doc.articles[0].sentences]
['标题', '本报讯(记者 张明)', '近日,会议召开。', '会议强调,要抓落实!']
"""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.htmlpage import is_cjk, read_html
from kg.model import Article, Document, Sentence

PAGE_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (*PAGE_SUFFIXES, *HTML_SUFFIXES, ".jsonl")
_EXPECTED = "expected .txt, .md, .html, .htm or .jsonl"

# --- lines of a page ---------------------------------------------------------------------------

_TERMINAL = "。！？；!?;"
_CLOSERS = "”’」』）)]】〉》\"'"
_HEADING = re.compile(r"(#{1,6})[ \t\u3000]+(\S.*?)(?:[ \t]+#+)?")
_NUM = r"[0-9０-９A-Za-z一二三四五六七八九十]{1,4}"
_MARK = rf"(上接|下转|紧接|接|转|续)(?:第|自)?\s*{_NUM}\s*[版页]"
_MARKER_LINE = re.compile(rf"[（(【\[]?\s*{_MARK}\s*[）)】\]]?")
_LEAD_MARKER = re.compile(rf"[（(【]\s*{_MARK}\s*[）)】]")
_TRAIL_MARKER = re.compile(rf"[（(【]\s*{_MARK}\s*[）)】]$")
_OPENING_MARKS = ("上接", "紧接", "接", "续")
_CREDIT = r"摄影|摄|图|图片|图文|文|文/图|文图|记者|通讯员|编辑|责任编辑|责编|编审|审核|校对|作者|来源|出处|供图"
_BYLINE = re.compile(
    r"[（(][^（）()]{1,40}[）)]"  # (记者 张明 李华) / (某区委研究室 王芳)
    rf"|(?:本报)?(?:{_CREDIT})\s*[:：/|｜]\s*\S.{{0,40}}"  # 摄影:王芳 / 责任编辑:李华
    r"|(?:本报|新华社|中新社)?(?:记者|通讯员)[ \t\u3000].{1,30}"  # 本报记者 王芳
    r"|\S.{0,20}[ \t\u3000]摄"  # 王芳 摄
)
# A dateline at the start of a news paragraph is its own sentence: 本报讯(记者 …) / …电(记者 …)
_DATELINE = re.compile(r"(?:本报讯|本刊讯|[^，,。；;\s]{1,24}?日电)\s*[（(][^（）()]{1,40}[）)]"
                       r"|[^，,。；;\s]{1,24}?[讯电]\s*[（(](?:本报)?(?:记者|通讯员|实习生)[^（）()]{0,40}[）)]")
# The first line of a story under a bare headline: a dateline (本报讯 / 本报济南10月16日讯 / 新华社北京5月6日电 /
# 【本报讯】) or the reporters' credit (（某台记者 王芳）, 本报记者 王芳, 记者 王芳 通讯员 李华).
_REPORTER = r"(?:记者|記者|通讯员|通訊員)"
_STORY_OPENING = re.compile(
    r"【?(?:本报|本報|本刊)[^，,。；;\s（(【】]{0,16}[讯訊]"
    r"|[^，,。；;\s（(]{1,16}?\d{1,2}日[电電]"
    rf"|[（(〔【][^（）()〔〕【】]{{0,24}}?{_REPORTER}"
    rf"|(?:本报|本報)?{_REPORTER}[ \t\u3000]"
)
# A list item starts a paragraph of its own even after a paragraph without final punctuation.
_LIST_ITEM = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,3}[、.．](?!\d)")
_SENTENCE_END = re.compile(rf"(?:[。！？；]|[!?;](?![A-Za-z0-9=&/%_.\-]))+[{re.escape(_CLOSERS)}]*")
_SHORT = 30  # longest line that may stand alone as a title / column name


@dataclass
class _Line:
    """A non-blank line of the text: its trimmed span, what it is, and its content span."""

    start: int
    end: int
    kind: str  # heading | marker | byline | short | body
    content_start: int
    content_end: int
    level: int = 0  # heading level
    opens: bool = False  # (上接…版): an article starts here
    closes: bool = False  # (下转…版): the article ends here


def _lines(text: str) -> list[_Line]:
    """Classify every non-blank line of ``text``."""
    lines = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        body = raw.strip()
        if not body:
            continue
        start = m.start() + len(raw) - len(raw.lstrip())
        lines.append(_classify(body, start))
    return lines


def _classify(line: str, start: int) -> _Line:
    end = start + len(line)
    if h := _HEADING.fullmatch(line):
        return _Line(start, end, "heading", start + h.start(2), start + h.end(2), level=len(h[1]))
    if m := _MARKER_LINE.fullmatch(line):
        opens = m[1] in _OPENING_MARKS
        return _Line(start, end, "marker", start, end, opens=opens, closes=not opens)
    if len(line) <= 60 and _BYLINE.fullmatch(line):
        return _Line(start, end, "byline", start, end)
    ln = _Line(start, end, "body", start, end)
    if (m := _LEAD_MARKER.match(line)) and m[1] in _OPENING_MARKS and m.end() < len(line):
        ln.opens, ln.content_start = True, start + m.end()
    if (m := _TRAIL_MARKER.search(line)) and m[1] not in _OPENING_MARKS and m.start() > ln.content_start - start:
        ln.closes, ln.content_end = True, start + m.start()
    content = line[ln.content_start - start:ln.content_end - start].strip()
    if not content:  # "(上接01版) (下转03版)": markers only
        ln.kind = "marker"
    elif len(content) <= _SHORT and not any(c in _TERMINAL + "，,、" for c in content) and content[-1] not in "：:—-":
        ln.kind = "short"  # a title or column name, not the first half of a sentence cut by a column break
    return ln


def _is_open(text: str, ln: _Line) -> bool:
    """A body line without final punctuation continues in the next paragraph (a column break)."""
    return not ln.closes and text[ln.content_end - 1] not in _TERMINAL + _CLOSERS + "：:"


# --- articles and sentences --------------------------------------------------------------------


@dataclass
class _Draft:
    """An article being assembled: its span, title and paragraphs (lists of line content spans)."""

    start: int
    end: int
    title: str = ""
    title_level: int = 0  # level of the heading the title came from (0: none)
    has_body: bool = False
    open: bool = False  # the last paragraph continues into the next line
    paragraphs: list[tuple[bool, list[tuple[int, int]]]] = field(default_factory=list)  # (split?, spans)


def _drafts(text: str, *, split_articles: bool, join_breaks: bool) -> list[_Draft]:
    """Group the lines of ``text`` into articles and paragraphs."""
    lines = _lines(text)
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    closed = False
    for i, ln in enumerate(lines):
        if cur is None or closed:
            new = True
        elif not split_articles:
            new = False
        elif ln.kind == "heading":
            new = ln.level <= 2 and cur.has_body
        elif ln.opens:
            new = cur.has_body
        else:  # a column name before the next article's heading, or a bare headline before a dateline
            new = ln.kind == "short" and cur.has_body and _heads_article(text, lines, i)
        if new:
            cur, closed = _Draft(ln.start, ln.end), False
            drafts.append(cur)
        cur.end = ln.end
        span = (ln.content_start, ln.content_end)
        if ln.kind == "marker":
            cur.open = False
        elif ln.kind == "heading":
            if _retitles(text, cur, ln):
                cur.title, cur.title_level = text[span[0]:span[1]], ln.level
            cur.paragraphs.append((False, [span]))
            cur.open = False
        elif ln.kind in ("body", "short") and cur.open and not ln.opens and not _LIST_ITEM.match(text, span[0]):
            cur.paragraphs[-1][1].append(span)
            cur.open = join_breaks and _is_open(text, ln)
        elif ln.kind == "short":
            if not cur.has_body and not cur.title:
                cur.title = text[span[0]:span[1]].strip()
            cur.paragraphs.append((False, [span]))
            cur.open = False
        else:
            cur.paragraphs.append((ln.kind == "body", [span]))
            cur.has_body = True
            cur.open = join_breaks and ln.kind == "body" and _is_open(text, ln)
        closed = ln.closes
    return drafts


def _heads_article(text: str, lines: list[_Line], i: int) -> bool:
    """A short line (``lines[i]``) heads the next article: a heading follows it, or a story opening
    (a dateline or a reporters' credit), possibly after one more short line (a subtitle).

    >>> text = "正文。\\n路网加密\\n本报讯（记者 王芳）近日，新线开通。"
    >>> _heads_article(text, _lines(text), 1)
    True
    """
    for nxt in lines[i + 1:i + 3]:
        if nxt.kind == "heading":
            return nxt.level <= 2
        if nxt.kind != "short":
            return nxt.kind in ("body", "byline") and bool(_STORY_OPENING.match(text, nxt.content_start))
    return False


def _retitles(text: str, draft: _Draft, ln: _Line) -> bool:
    """Before any body text, a heading under a column-like heading (level ≤ 2) is the real title."""
    if draft.has_body:
        return False
    if draft.title and text[ln.content_start] in "—－-":  # "## ——记…": a subtitle, not the title
        return False
    return not draft.title_level or (draft.title_level <= 2 and ln.level >= draft.title_level)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: cut after final punctuation (closing quotes kept) and a dateline."""
    start, end = spans[0][0], spans[-1][1]
    cuts = {start, end}
    if m := _DATELINE.match(text, start, end):
        cuts.add(m.end())
    cuts.update(m.end() for m in _SENTENCE_END.finditer(text, start, end)
                if not _in_book_title(text, start, m.start(), end))
    cuts = sorted(cuts)
    return [s for s in (_trim(text, a, b) for a, b in zip(cuts, cuts[1:])) if s[0] < s[1]]


def _in_book_title(text: str, start: int, pos: int, end: int) -> bool:
    """Inside 《…》 (a film or document title such as 《南京！南京！》): no sentence ends here."""
    lo = max(start, pos - 40)
    return text.rfind("《", lo, pos) > text.rfind("》", lo, pos) and "》" in text[pos:min(end, pos + 40)]


def _articles(text: str, doc_id: str, *, title: str, date: str | None, url: str | None,
              split_articles: bool = True, join_breaks: bool = True) -> list[Article]:
    articles = []
    for draft in _drafts(text, split_articles=split_articles, join_breaks=join_breaks):
        sentences = []
        for n, (split, spans) in enumerate(draft.paragraphs):
            found = _split(text, spans) if split else [_trim(text, spans[0][0], spans[-1][1])]
            sentences.extend(Sentence(s, e, n) for s, e in found if s < e)
        if not sentences:
            continue
        art_title = title if title and not articles and not draft.title_level else draft.title
        articles.append(Article(f"{doc_id}#{len(articles)}", art_title, draft.start, draft.end,
                                sentences, date=date, url=url))
    return articles


def sentence_text(doc: Document, sent: Sentence) -> str:
    """The sentence as a reader sees it: column-break newlines inside it removed (for evidence).

    >>> doc = read_text("会议指出,各街镇在重点任务方面取得良好\\n\\n成效。", doc_id="d")
    >>> sentence_text(doc, doc.articles[0].sentences[0])
    '会议指出,各街镇在重点任务方面取得良好成效。'
    """
    return _BREAK.sub(_join_break, doc.text[sent.start:sent.end])


_BREAK = re.compile(r"(.)\s*\n\s*(.)", re.S)


def _join_break(m: re.Match) -> str:
    a, b = m[1], m[2]
    sep = " " if a.isascii() and b.isascii() and a.isalnum() and b.isalnum() else ""
    return a + sep + b


# --- Traditional → Simplified ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def simplify_char(ch: str) -> str:
    """One character in Simplified form, whatever the text around it (澳門 → 澳门 character by character).

    >>> "".join(map(simplify_char, "澳門"))
    '澳门'
    """
    out = _t2s().convert(ch)
    return out if len(out) == 1 else ch


# Full-width digits, Latin letters and number signs (２０２５年, ５０％, １．５, ＧＤＰ) as ASCII, one for one.
_HALFWIDTH = str.maketrans({**{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
                            **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                            **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
                            "％": "%", "．": ".", "／": "/"})


def normalise(text: str) -> str:
    """The analysis form of ``text`` (``Document.norm``): Simplified characters (see ``simplify``) and
    ASCII digits and letters, one character for one, so offsets stay valid.

    >>> normalise("臺灣２０２５年經濟增長５．５％")
    '台湾2025年经济增长5.5%'
    """
    return simplify(text).translate(_HALFWIDTH)


def simplify(text: str) -> str:
    """Traditional → Simplified, one character for one, so offsets stay valid.

    Only a text written in Traditional characters is converted: in Simplified text the
    character-level mapping would change names (沈阳 → 沉阳, 萧乾 → 萧干), so a text where fewer
    than 5% of the Chinese characters (or fewer than two) would change is left as it is.

    >>> simplify("臺灣學者發表「國際」論文")
    '台湾学者发表「国际」论文'
    >>> simplify("沈阳市委书记沈思远出席")
    '沈阳市委书记沈思远出席'
    """
    if text.isascii():
        return text
    out = _t2s().convert(text)
    if not (len(out) == len(text) and out.count("\n") == text.count("\n")
            and all(len(a) == len(b) for a, b in zip(text.split("\n"), out.split("\n")))):
        out = "".join(simplify_char(c) for c in text)
    changed = sum(a != b for a, b in zip(text, out))
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    return out if changed >= 2 and changed >= 0.05 * cjk else text


# --- decoding ----------------------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_GB_ALIASES = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"}


def _decode(data: bytes, name: str, encoding: str | None, *, declared: bool = False) -> tuple[str, str]:
    """Decode ``data``: the forced ``encoding``, else a BOM, UTF-8, GB18030, then charset-normalizer.

    ``declared``: an HTML page; its <meta charset> is tried first. Returns (text, encoding used).
    """
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}; pass e.g. --encoding utf-8, gb18030 or big5") from None
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as e:
            raise InputError(f"{name} is not {encoding} text (bad byte at {e.start}); "
                             "pass the right --encoding, or none to detect it") from None
        if text.startswith("\ufeff"):
            text, codec = text[1:], "utf-8-sig" if codec == "utf-8" else codec
        return _text_or_binary(text, name), codec
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(codec), name), codec  # the codec drops the BOM
            except UnicodeDecodeError:
                raise InputError(f"{name} starts with a {codec} byte-order mark but is not {codec} text; "
                                 "pass --encoding") from None
    if b"\x00" in data:
        raise InputError(f"{name} looks binary (NUL bytes), not text; {_EXPECTED} files in UTF-8 or GB18030")
    candidates = ["utf-8", "gb18030"]
    if declared and (m := _CHARSET.search(data[:4096])):
        label = m[1].decode("ascii").lower()
        candidates.insert(0, "gb18030" if label in _GB_ALIASES else label)
    for codec in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if codec == "gb18030" and not declared:  # Big5 bytes often decode as GB18030 too, as rare characters
            try:
                big5 = data.decode("big5hkscs")
            except UnicodeDecodeError:
                big5 = None
            if big5 is not None and _common_share(big5) > _common_share(text):
                return _text_or_binary(big5, name), "big5hkscs"
        return _text_or_binary(text, name), codecs.lookup(codec).name
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        # a guess is only trusted when it yields Chinese: kg reads Chinese news, and a guessed
        # single-byte codec turns any byte soup into "text"
        if any(is_cjk(c) for c in text):
            return _text_or_binary(text, name), best.encoding
    raise InputError(f"{name} is not UTF-8 or GB18030 text; pass --encoding (e.g. --encoding big5)")


def _common_share(text: str) -> float:
    """Share of Chinese characters among the common ones of GB2312 (level 1) or Big5 (常用字).

    Text decoded with the wrong double-byte codec is mostly rare characters.

    >>> _common_share("中华人民共和国") > 0.9 and _common_share("中華人民共和國") > 0.9
    True
    >>> _common_share("中華人民共和國".encode("big5").decode("gb18030")) < 0.5
    True
    """
    cjk = [c for c in text if is_cjk(c)]
    if not cjk:
        return 0.0
    common = 0
    for c in cjk:
        for codec, low, high in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
            try:
                lead = c.encode(codec)[0]
            except UnicodeEncodeError:
                continue
            if low <= lead <= high:
                common += 1
                break
    return common / len(cjk)


_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]")


def _text_or_binary(text: str, name: str) -> str:
    """``text`` unless control or private-use characters show it is binary data."""
    if len(_NOT_TEXT.findall(text)) > len(text) // 200:
        raise InputError(f"{name} looks binary (control characters), not text; {_EXPECTED} files")
    return text


# --- files -------------------------------------------------------------------------------------


def read_text(text: str, *, doc_id: str, path: str = "<text>", title: str = "", date: str | None = None,
              url: str | None = None) -> Document:
    """One plain text (a page, or the ``text`` of a JSON line) as a Document; ``#`` headings split articles.

    >>> doc = read_text("区委书记王芳主持会议。会议强调，要抓好落实。", doc_id="n1", title="会议")
    >>> [(a.id, a.title, len(a.sentences)) for a in doc.articles]
    [('n1#0', '会议', 2)]
    """
    doc = Document(doc_id, path, text, normalise(text))
    doc.articles = _articles(text, doc_id, title=title, date=date, url=url)
    return doc


def read_file(path, *, encoding: str | None = None) -> list[Document]:
    """Read a ``.txt``/``.md`` page, an ``.html`` page or a ``.jsonl`` corpus into Documents.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "page.txt"
    >>> _ = p.write_bytes("# 新区召开座谈会\\n\\n会议由区长李华主持。".encode("gb18030"))
    >>> [(d.id, d.encoding, d.articles[0].title) for d in read_file(p)]
    [('page', 'gb18030', '新区召开座谈会')]
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path} is a directory; pass a file ({_EXPECTED}) or use kg build DIR")
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'!r}; {_EXPECTED}")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror}); check permissions") from e
    return read_bytes(data, path, encoding=encoding)


def read_bytes(data: bytes, path, *, encoding: str | None = None, suffix: str | None = None) -> list[Document]:
    """Read the bytes of an input named ``path``; its suffix (or ``suffix``) says how to read them.

    >>> [d.text for d in read_bytes('{"text": "会议召开。"}'.encode(), "<stdin>", suffix=".jsonl")]
    ['会议召开。']
    """
    path = Path(path)
    suffix = (suffix or path.suffix).lower()
    if not data.strip():
        raise InputError(f"{path} is empty; expected Chinese news text")
    text, used = _decode(data, str(path), encoding, declared=suffix in HTML_SUFFIXES)
    if not text.strip():
        raise InputError(f"{path} is empty (only whitespace); expected Chinese news text")
    if suffix == ".jsonl":
        return _read_jsonl(text, path, used)
    if suffix in HTML_SUFFIXES:
        body, offsets, title = read_html(text, str(path))
        doc = Document(path.stem, str(path), body, normalise(body), encoding=used, source_offsets=offsets)
        doc.articles = _articles(body, doc.id, title=title, date=None, url=None,
                                 split_articles=False, join_breaks=False)
        return [doc]
    doc = read_text(text, doc_id=path.stem, path=str(path))
    doc.encoding = used
    return [doc]


def _read_jsonl(text: str, path: Path, encoding: str) -> list[Document]:
    docs = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{n}: not JSON ({e.msg}); expected one {{\"text\": …}} object per line") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(f"{path}:{n}: no \"text\" string; expected one {{\"text\": …}} object per line")
        if not row["text"].strip():
            raise InputError(f"{path}:{n}: \"text\" is empty; fill it or remove the line")
        meta = {k: (None if row.get(k) is None else str(row[k])) for k in ("id", "title", "date", "url")}
        doc = read_text(row["text"], doc_id=meta["id"] or f"{path.stem}-{n}", path=str(path),
                        title=meta["title"] or "", date=meta["date"], url=meta["url"])
        doc.encoding = encoding
        docs.append(doc)
    if not docs:
        raise InputError(f"{path}: no JSON lines; expected one {{\"text\": …}} object per line")
    return docs


def find_inputs(paths) -> list[Path]:
    """Expand files and directories (recursively, sorted) into the readable input files.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.md", "notes.pdf"): _ = (d / name).write_text("x")
    >>> [p.name for p in find_inputs([d])]
    ['a.md', 'b.txt']
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"{p}: no such file or directory; check the path")
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                raise InputError(f"{p}: no input files in this directory; {_EXPECTED}")
            found.extend(files)
        elif p.suffix.lower() in SUFFIXES:
            found.append(p)
        else:
            raise InputError(f"{p}: unsupported file type {p.suffix or '(none)'!r}; {_EXPECTED}")
    return list(dict.fromkeys(found))


def rename(doc: Document, doc_id: str) -> Document:
    """Give ``doc`` (and its articles) a new id, e.g. when two inputs share a file stem.

    >>> doc = rename(read_text("会议召开。", doc_id="001"), "001~2")
    >>> doc.id, doc.articles[0].id
    ('001~2', '001~2#0')
    """
    for article in doc.articles:
        article.id = doc_id + article.id[len(doc.id):]
    doc.id = doc_id
    return doc
