"""STUB — replaced by the entities stage."""
from kg.model import Article, Document, Mention


def find_mentions(doc: Document, article: Article) -> list[Mention]:
    return []
