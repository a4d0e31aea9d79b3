"""STUB — replaced by the reading stage. Naive: UTF-8 text, one article per '#' heading, 。 sentences."""
import re
from pathlib import Path

from kg.model import Article, Document, Sentence


def read_file(path, *, encoding=None):
    path = Path(path)
    text = path.read_text(encoding=encoding or "utf-8-sig")
    return [read_text(text, doc_id=path.stem, path=str(path))]


def read_text(text, *, doc_id, path="<text>", title="", date=None, url=None):
    doc = Document(doc_id, path, text, text)
    starts = [m.start() for m in re.finditer(r"^#+ ", text, re.M)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    for n, (a, b) in enumerate(zip(starts, starts[1:] + [len(text)])):
        art = Article(f"{doc_id}#{n}", title, a, b)
        for m in re.finditer(r"[^。！？\n]+[。！？]?", text[a:b]):
            art.sentences.append(Sentence(a + m.start(), a + m.end(), 0))
        doc.articles.append(art)
    return doc
