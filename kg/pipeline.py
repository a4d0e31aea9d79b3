"""Run the stages: documents → mentions, figures, relations per article → one resolved Extraction."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.entities import find_mentions
from kg.figures import extract_figures
from kg.model import Document, Extraction, Figure, Mention, Relation
from kg.relations import extract_relations
from kg.resolve import resolve


@dataclass
class Found:
    """What the per-article stages found in some documents, before resolution."""

    docs: list[Document] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


def analyse(doc: Document, found: Found | None = None) -> Found:
    """Run the per-article stages over ``doc`` and add what they find to ``found``."""
    found = found or Found()
    found.docs.append(doc)
    for article in doc.articles:
        mentions = find_mentions(doc, article)
        found.mentions.extend(mentions)
        found.relations.extend(extract_relations(doc, article, mentions))
        found.figures.extend(extract_figures(doc, article, mentions))
    return found


def extract(docs: Iterable[Document]) -> Extraction:
    """Extract and resolve everything in ``docs`` (entities are merged across all of them).

    >>> from kg.read import read_text
    >>> ex = extract([read_text("区委书记李明主持会议。", doc_id="d")])
    >>> isinstance(ex, Extraction)
    True
    """
    found = Found()
    for doc in docs:
        analyse(doc, found)
    return finish(found)


def finish(found: Found) -> Extraction:
    """Resolve what the per-article stages found into one Extraction."""
    return resolve(found.docs, found.mentions, found.relations, found.figures)
