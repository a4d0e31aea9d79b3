"""Run the stages: documents → mentions, figures, relations per article → one resolved Extraction."""
from __future__ import annotations

from collections.abc import Iterable

from kg.entities import find_mentions
from kg.figures import extract_figures
from kg.model import Document, Extraction
from kg.relations import extract_relations
from kg.resolve import resolve


def extract(docs: Iterable[Document]) -> Extraction:
    """Extract and resolve everything in ``docs`` (entities are merged across all of them)."""
    docs = list(docs)
    mentions, relations, figures = [], [], []
    for doc in docs:
        for article in doc.articles:
            found = find_mentions(doc, article)
            mentions.extend(found)
            relations.extend(extract_relations(doc, article, found))
            figures.extend(extract_figures(doc, article, found))
    return resolve(docs, mentions, relations, figures)
