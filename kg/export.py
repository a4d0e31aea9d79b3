"""The stable JSON interface of ``kg extract``: GUIDELINE.md's gold format plus mentions."""
from __future__ import annotations

from kg.model import Extraction, Mention
from kg.resolve import is_reference

def _name(extraction_index: dict[str, str], value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mention):
        return extraction_index.get(value.entity, value.text)
    return value  # a literal or ARTICLE

def to_json(ex: Extraction, *, document: str = "") -> dict:
    """The gold-format object for everything in ``ex``.

    Entities are listed with canonical name, type and aliases; relations and figures name their
    subjects and objects by canonical name (``@article`` for credits). ``mentions`` lists the
    outermost names with offsets into the original input text and the entity each names; names
    nested in an organisation's name are left out, names inside an event or programme name
    (长沙 in 长沙全国电影工作会议) are listed; ``references`` lists, the same way, the forms that point at an entity
    without naming it (我区, 全市, 首都, 县政府), which named-entity benchmarks do not count.
    """
    names = {e.key: e.name for e in ex.entities}
    docs = {d.id: d for d in ex.docs}
    rels, seen = [], set()
    for r in ex.relations:
        row = {"subject": _name(names, r.subject), "predicate": r.predicate,
               "object": _name(names, r.object)}
        key = (row["subject"], row["predicate"], row["object"])
        if key not in seen:
            seen.add(key)
            rels.append(row)
    figs = [{"subject": _name(names, f.subject), "measure": f.measure, "value": f.value,
             "unit": f.unit, "qualifier": f.qualifier, "text": f.text} for f in ex.figures]
    containers = {(m.doc_id, m.start, m.end) for e in ex.entities if e.type in ("Event", "Programme")
                  for m in e.mentions if not m.nested}
    mentions, references = [], []
    for e in ex.entities:
        for m in e.mentions:
            if not m.nested or any(d == m.doc_id and a <= m.start and m.end <= b for d, a, b in containers):
                start, end = docs[m.doc_id].source_span(m.start, m.end) if m.doc_id in docs else (m.start, m.end)
                row = {"start": start, "end": end, "type": e.type, "text": m.text, "entity": e.name}
                (references if is_reference(m.text, e.type) else mentions).append(row)
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    references.sort(key=lambda m: (m["start"], m["end"]))
    return {
        "document": document,
        "entities": [{"name": e.name, "type": e.type, "aliases": sorted(e.aliases)} for e in ex.entities],
        "relations": rels,
        "figures": figs,
        "mentions": mentions,
        "references": references,
    }
