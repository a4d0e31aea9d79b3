"""Plain dataclasses that flow between the stages: read → entities/figures/relations → resolve → rdf/view.

Offsets are half-open character offsets into ``Document.text`` (the plain text of the input
as a reader sees it). For ``.txt``/``.md``/``.jsonl`` input that text *is* the decoded file
(the article's ``text`` field for JSON Lines); for HTML it is the body text, and
``Document.source_offsets`` maps every character back to the decoded HTML, so
``Document.source_span`` always gives offsets into the original input.

``Document.norm`` has the same length as ``Document.text``: Traditional characters converted to
Simplified, one character for one, so every stage can analyse ``norm`` and report offsets that
are valid in ``text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Organization", "Place", "Programme", "Event")

# The relation vocabulary of the annotation guideline; literal-valued predicates are marked.
PREDICATES = (
    "position", "honour", "memberOf", "subOrganizationOf", "locatedIn", "organizer",
    "chair", "participant", "author", "source", "date",
)
LITERAL_PREDICATES = ("position", "honour", "date")
ARTICLE = "@article"  # subject of author/source relations: the article the credit appears in


@dataclass
class Sentence:
    """A sentence of an article; ``start``/``end`` index ``Document.text``."""

    start: int
    end: int
    paragraph: int  # index of the paragraph within its article (column breaks already joined)


@dataclass
class Article:
    """One article of a document: a heading-delimited block of a page, an HTML body, a JSONL line."""

    id: str  # stable: "<doc id>#<n>" for pages, the JSONL "id" when given
    title: str
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    date: str | None = None
    url: str | None = None
    place: str | None = None  # canonical name of the place the article is about (set by resolve)


@dataclass
class Document:
    """One input file (or one JSONL line) with its articles."""

    id: str  # file stem, or the JSONL id
    path: str
    text: str
    norm: str  # same length as text; Simplified, ASCII digits and letters, for analysis only
    articles: list[Article] = field(default_factory=list)
    encoding: str = "utf-8"
    source_offsets: list[int] | None = None  # text index -> decoded-input index; None = identity

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the decoded input file.

        >>> Document("d", "d.txt", "丰台区", "丰台区").source_span(0, 3)
        (0, 3)
        """
        if self.source_offsets is None or start >= end:
            return start, end
        return self.source_offsets[start], self.source_offsets[end - 1] + 1


@dataclass
class Mention:
    """A span of text naming an entity. ``doc.text[start:end] == text``."""

    doc_id: str
    article_id: str
    start: int
    end: int
    type: str  # one of ENTITY_TYPES
    text: str
    nested: bool = False  # inside a longer mention (北京市委 in 北京市委组织部): not listed in "mentions"
    entity: str | None = None  # Entity.key, set by resolve


@dataclass
class Entity:
    """One real thing: canonical name, aliases and every mention of it."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name)


def entity_key(type_: str, name: str) -> str:
    """The identity of an entity across articles and builds: type and canonical name."""
    return f"{type_}:{name}"


@dataclass
class Evidence:
    """Where a fact was read: the article, the sentence, and the cue span (offsets into Document.text)."""

    doc_id: str
    article_id: str
    sentence: str  # the sentence text as written
    start: int  # cue span
    end: int
    sent_start: int
    sent_end: int


@dataclass
class Relation:
    """subject –predicate→ object. Subject is a Mention or ARTICLE; object a Mention or a literal."""

    subject: Mention | str
    predicate: str  # one of PREDICATES
    object: Mention | str
    evidence: Evidence


@dataclass
class Figure:
    """A number stated about something (see GUIDELINE.md, Figures)."""

    value: float
    unit: str
    measure: str
    qualifier: str
    text: str
    start: int
    end: int
    subject: Mention | None
    evidence: Evidence


@dataclass
class Extraction:
    """Everything extracted from a set of documents, entities resolved across all of them."""

    docs: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
