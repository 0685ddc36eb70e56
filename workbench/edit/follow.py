"""Fields follow the lines they were read from: a corrected 文号, date or title line corrects its field.

In: a store and a document whose element ``seq`` a person just gave a new text (or got its old text
back). ``follow(store, source_id, doc_key, seq)`` reads the field that element's kind feeds (``doc_number``
← the 文号 line, ``sign_date`` ← the date line, ``title`` ← the title lines, ``recipients``, ``issuer``,
``signatory``) again from the document's lines as they now read, and stores it — unless a person set
that field by hand: a hand-set field wins. A field that follows its line is named in the document's
``follows`` correction (so it is not marked as set by hand, and a later line fix updates it again);
when the line reads as parsed again, the field goes back to its parsed value. Run inside the caller's
transaction. Out: the ``Changes`` of the field, or none. ``read_field(doc, field)`` is the pure part.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.changes import Changes
from workbench.model import Document
from workbench.parse.fields import split_issuers
from workbench.parse.patterns import (
    adoption_date,
    compact,
    doc_number_of,
    parse_date,
    split_issuer_prefix,
)
from workbench.vocabulary import ElementKind

if TYPE_CHECKING:
    from workbench.store import Store

FED_BY = {ElementKind.DOC_NUMBER: "doc_number", ElementKind.DATE: "sign_date", ElementKind.TITLE: "title",
          ElementKind.RECIPIENTS: "recipients", ElementKind.ISSUER: "issuer", ElementKind.SIGNATORY: "signatory"}  # element kind → the field it is read into
FOLLOWS = "follows"


def read_field(doc: Document, field: str, line: str | None = None) -> Any:
    """``field`` of ``doc`` as its lines of the feeding kind now read (None when they read as nothing);
    ``line``: the text to read the field from instead (a date line the parser did not take for one)."""
    kind = next(kind for kind, fed in FED_BY.items() if fed == field)
    texts = [line] if line is not None else [element.text for element in doc.elements if element.kind == kind]
    if not texts:
        return None
    if field == "doc_number":
        return doc_number_of(texts[0]) or None
    if field == "sign_date":
        return parse_date(texts[0]) or adoption_date(texts[0])
    if field == "title":
        joined = "".join(compact(text) for text in texts)
        split = split_issuer_prefix(joined)
        return split[1] if split else joined
    if field == "recipients":
        return "".join(compact(text) for text in texts).rstrip("：:") or None
    return [organ for text in texts for organ in split_issuers(text)]


def follow(store: Store, source_id: int, doc_key: str, seq: int) -> Changes | None:
    doc = store.document(source_id, doc_key)
    if doc is None or seq >= len(doc.elements):
        return None
    element = doc.elements[seq]
    undated = element.kind == ElementKind.BODY and parse_date(element.text) is not None \
        and store.parsed_value(source_id, doc_key, "sign_date") is None  # ``2022.9.27`` put right: now a date
    if element.kind not in FED_BY and not undated:
        return None
    field = "sign_date" if undated else FED_BY[element.kind]
    present, _value = store.correction(source_id, doc_key, field)
    _, follows = store.correction(source_id, doc_key, FOLLOWS)
    follows = list(follows or [])
    if present and field not in follows:
        return None  # set by hand: the person's value wins
    new = read_field(doc, field, element.text if undated else None)
    if new == store.parsed_value(source_id, doc_key, field):
        if present:
            store.clear_correction(source_id, doc_key, field)
        follows = [name for name in follows if name != field]
    else:
        store.set_correction(source_id, doc_key, field, new)
        follows = sorted(set(follows) | {field})
    if follows:
        store.set_correction(source_id, doc_key, FOLLOWS, follows)
    else:
        store.clear_correction(source_id, doc_key, FOLLOWS)
    return Changes.of_correction(source_id, doc_key, field)
