"""STUB — replaced by the figures stage."""
from kg.model import Article, Document, Figure, Mention


def extract_figures(doc: Document, article: Article, mentions: list[Mention]) -> list[Figure]:
    return []
