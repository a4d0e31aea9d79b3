"""HTML pages → the readable body text, with each character's offset in the decoded HTML source.

The standard library's parser walks the page; script, style, navigation, asides, forms and
footers are skipped (also ``<div>``s whose class or id names a menu, footer, share bar…), a page
with an ``<article>`` or ``<main>`` element is read from there only, block elements become paragraph breaks and ``<br>`` a line break, and every
kept character remembers where it stands in the source, so offsets of names found in the text
map back into the HTML (``Document.source_offsets``).
"""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser

from kg.errors import InputError

_SKIP = {"script", "style", "noscript", "template", "head", "nav", "aside", "form", "iframe", "svg",
         "canvas", "select", "button", "object", "footer"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "figure",
          "figcaption", "hr", "address", "center", "caption", "body", "header"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
# class/id words of page furniture that CMS templates put in plain <div>s: menus, footers, share bars.
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|foot|breadcrumbs?|crumbs?|copyright|"
                        r"share|sharing|comments?|related|sidebar|toolbar|pagination|pager|banner|advert|ads?)(?:$|[\s_-])",
                        re.I)
_PARA, _LINEBREAK = "\x00\n\n", "\x00\n"  # markers: never a character of the page


class _HtmlText(HTMLParser):
    """Body text of an HTML page, each character with its offset in the decoded HTML."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        # (text or break marker, source offset, one offset per char?, inside <article>/<main>?)
        self.pieces: list[tuple[str, int, bool, bool]] = []
        self.skipping: dict[str, int] = {}
        self.headers: list[bool] = []  # per open <header>: skipped (outside <article>/<main>)?
        self.containers = 0  # open <article>/<main>
        self.furniture: list[tuple[str, int]] = []  # open menu/footer-like elements: (tag, its nesting depth)
        self.open_tags: dict[str, int] = {}
        self.title = ""
        self.h1 = ""  # text of the first kept <h1>
        self.h1_parts: list[str] | None = None  # while inside that <h1>
        self.in_title = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _skipped(self) -> bool:
        return any(self.skipping.values()) or bool(self.furniture)

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID:
            self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
            marks = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
            if marks and _FURNITURE.search(marks):
                self.furniture.append((tag, self.open_tags[tag]))
        if tag == "body":
            self.skipping.pop("head", None)
        if tag == "title" and not self.title:  # the page's <title>, not an <svg> one
            self.in_title = True
        if tag in ("article", "main"):
            self.containers += 1
        if tag == "header":
            self.headers.append(self.containers == 0)
            if self.containers == 0:
                self.skipping["header"] = self.skipping.get("header", 0) + 1
        elif tag in _SKIP and tag not in _VOID:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        if tag == "h1" and not self.h1 and not self._skipped():
            self.h1_parts = []
        self._break(tag)

    def handle_startendtag(self, tag, attrs):
        self._break(tag)

    def handle_endtag(self, tag):
        if self.furniture and self.furniture[-1] == (tag, self.open_tags.get(tag)):
            self.furniture.pop()
        if self.open_tags.get(tag):
            self.open_tags[tag] -= 1
        if tag == "title":
            self.in_title = False
        if tag in ("article", "main") and self.containers:
            self.containers -= 1
        if tag == "header":
            if self.headers and self.headers.pop():
                self.skipping["header"] -= 1
        elif tag in _SKIP and self.skipping.get(tag):
            self.skipping[tag] -= 1
        if tag == "h1" and self.h1_parts is not None:
            self.h1, self.h1_parts = " ".join("".join(self.h1_parts).split()), None
        self._break(tag)

    def _break(self, tag):
        if tag == "br":
            self.pieces.append((_LINEBREAK, self._pos(), False, True))
        elif tag in _BLOCK:
            self.pieces.append((_PARA, self._pos(), False, True))

    def _text(self, data: str, pos: int, *, per_char: bool):
        if self.in_title:
            self.title += data
        if self._skipped():
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        self.pieces.append((data, pos, per_char, self.containers > 0))

    def handle_data(self, data):
        self._text(data, self._pos(), per_char=True)

    def handle_entityref(self, name):
        char = htmllib.unescape(f"&{name};")
        self._text(char if char != f"&{name};" else f"&{name}", self._pos(), per_char=char == f"&{name};")

    def handle_charref(self, name):
        self._text(htmllib.unescape(f"&#{name};"), self._pos(), per_char=False)

    def text(self) -> tuple[str, list[int]]:
        """Blocks → blank lines, <br> → newline, whitespace runs → one space (none at a line wrap in CJK)."""
        chunks: list[str] = []
        offsets: list[int] = []
        pending: tuple[str, int] | None = None  # separator waiting for the next visible character
        contained = any(inside and piece.strip() for piece, _, _, inside in self.pieces
                        if piece is not _PARA and piece is not _LINEBREAK)
        for piece, pos, per_char, inside in self.pieces:
            if contained and not inside:  # the page has an <article>/<main>: its text is the article
                continue
            if piece is _PARA or piece is _LINEBREAK:
                if pending is None or pending[0] is not _PARA:
                    pending = (piece, pos)
                continue
            for m in _TOKEN.finditer(piece):
                token, at = m.group(), pos + m.start() if per_char else pos
                if token[0].isspace():
                    if pending is None:
                        pending = ("" if "\n" in token else " ", at)
                    elif pending[0] == " " and "\n" in token:
                        pending = ("", pending[1])  # a wrapped line: nothing between CJK characters
                    continue
                if pending is not None and chunks:
                    sep, sep_at = pending
                    if sep == "" and not (is_cjk(chunks[-1][-1]) and is_cjk(token[0])):
                        sep = " "
                    sep = sep.replace("\x00", "")
                    chunks.append(sep)
                    offsets.extend([sep_at] * len(sep))
                pending = None
                chunks.append(token)
                offsets.extend(range(at, at + len(token)) if per_char else [at] * len(token))
        return "".join(chunks), offsets


_TOKEN = re.compile(r"\s+|\S+")


def read_html(source: str, name: str) -> tuple[str, list[int], str]:
    parser = _HtmlText(source)
    parser.feed(source)
    parser.close()
    text, offsets = parser.text()
    if not text.strip():
        raise InputError(f"{name}: no body text in this HTML page; expected an article page with text in <body>")
    return text, offsets, parser.h1 or _page_title(parser.title)


def _page_title(raw: str) -> str:
    """<title> without the site name: "标题_栏目_网站" → "标题"."""
    title = " ".join(htmllib.unescape(raw).split())
    return re.split(r"\s*[_|｜]\s*|\s+[-—–]\s+", title)[0] if title else ""


def is_cjk(c: str) -> bool:
    """A character of the CJK blocks and beyond (no space is written between two of them)."""
    return ord(c) >= 0x2E80
