"""Test pages: one-article documents built from a text and the mentions to find in it."""
from __future__ import annotations

import re

from kg.model import Article, Document, Mention, Sentence


def one_article(text: str, mentions: list[tuple[str, str]] = (), *,
                closing_quotes: bool = False) -> tuple[Document, Article, list[Mention]]:
    """A one-article document: paragraphs split on newlines, sentences on 。！？ (with the closing
    quotation mark after them when ``closing_quotes``); every occurrence of each ``(surface, type)``
    pair becomes a mention, in the order of the pairs."""
    end = r"[。！？]?[”」]?" if closing_quotes else r"[。！？]?"
    doc = Document("t", "t.txt", text, text)
    art = Article("t#0", "", 0, len(text))
    for n, para in enumerate(re.finditer(r"[^\n]+", text)):
        for s in re.finditer(r"[^。！？]+" + end, para.group()):
            art.sentences.append(Sentence(para.start() + s.start(), para.start() + s.end(), n))
    doc.articles.append(art)
    found = [Mention("t", "t#0", m.start(), m.end(), type_, surface)
             for surface, type_ in mentions for m in re.finditer(re.escape(surface), text)]
    return doc, art, found
