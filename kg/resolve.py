"""STUB — replaced by the resolution stage."""
from kg.model import Document, Extraction


def resolve(docs, mentions, relations, figures) -> Extraction:
    return Extraction(docs=list(docs), relations=list(relations), figures=list(figures))
