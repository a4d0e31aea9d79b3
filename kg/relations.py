"""STUB — replaced by the relations stage."""
from kg.model import Article, Document, Mention, Relation


def extract_relations(doc: Document, article: Article, mentions: list[Mention]) -> list[Relation]:
    return []
