"""kg: Chinese news articles → knowledge graph (entities, relations, figures with provenance) → RDF."""

__version__ = "0.1.0"
