"""Full-text search over every document as a person last left it.

Index: each document's title, 文号, issuers, tags (with its class) and text — paragraphs
joined across printed lines, table cells — cut into overlapping character pairs (and each
run's last character), so any run of two or more characters that is in a document is
found whatever a word segmenter would have made of it, and a query is matched as a phrase
(in order, adjacent) with no dictionary to load. FTS5 ranks with bm25; the filters (year,
期号, issuer, 文种, class, tag, status) are columns of ``search_docs``.

In: a ``Database``. ``index_source`` / ``index_document`` rewrite a source's (or one
document's) entries inside the caller's transaction; ``search(db, Query)`` → ``Found``
(hits best first, each with a snippet, and how many matched). ``locate(doc, query)``
says where in a document the first hit is (element or cell, page, box) for the window.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from operator import add

import sqlite_utils

from workbench.model import Document
from workbench.reading.passages import Passage, document_passages
from workbench.store.library import majority_year
from workbench.store.load import keyed_documents

_CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_RUN = re.compile(f"[{_CJK}]+|[0-9]+|[a-z]+")
_CJK_GAP = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}  # full-width → ASCII
_WEIGHTS = "10.0, 6.0, 3.0, 4.0, 1.0"  # title, 文号, issuer, tags, text
MODES = ("phrase", "any", "words")


def _fold(text: str) -> str:
    """``text`` with full-width letters and digits made ASCII, lower case; same length."""
    return text.translate(_FOLD).lower()


def _runs(text: str) -> list[str]:
    return _RUN.findall(_CJK_GAP.sub("", _fold(text)))


def index_words(text: str) -> str:
    """What the index holds for ``text``: each run of Chinese characters as its overlapping pairs and
    last character, runs of digits and of letters as they are; space-separated."""
    out = []
    for run in _runs(text):
        if run[0] >= "\u3007" and len(run) > 1:
            out.append(" ".join(map(add, run, run[1:])))
            out.append(run[-1])
        else:
            out.append(run)
    return " ".join(out)


def _phrase(term: str) -> str | None:
    """An FTS5 phrase finding ``term`` as written (punctuation and spaces aside), or None if it has no words."""
    runs = _runs(term)
    if not runs:
        return None
    prefix = " *" if runs[-1][0] >= "\u3007" else ""  # a run's last character may go on in the document
    return f'"{index_words(term)}"{prefix}'


def _pattern(term: str) -> re.Pattern | None:
    """A regular expression finding ``term`` in folded text (for snippets and the place of a hit)."""
    runs = _runs(term)
    if not runs:
        return None
    pieces = [r"\s*".join(map(re.escape, run)) if run[0] >= "\u3007" else re.escape(run) for run in runs]
    return re.compile(f"[^0-9a-z{_CJK}]*?".join(pieces))


@dataclass(frozen=True)
class Filters:
    year: int | None = None
    number: int | None = None  # 期号
    issuer: str | None = None  # part of an issuer's name
    doc_type: str | None = None  # 文种
    topic: str | None = None  # 主题分类 class
    tag: str | None = None
    status: str | None = None  # a ProofStatus value

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) not in (None, "") for f in fields(self))


@dataclass(frozen=True)
class Query:
    text: str = ""
    mode: str = "phrase"  # phrase: each term as written · any: one term is enough · words: a term's words anywhere
    filters: Filters = field(default_factory=Filters)

    def terms(self) -> list[str]:
        """What must be found: the whitespace-separated terms, or (mode ``words``) their words."""
        terms = self.text.split()
        if self.mode != "words":
            return terms
        import jieba  # the segmenter's dictionary is loaded only when words are asked for

        from workbench import words
        words.ready()
        return [word for term in terms for word in jieba.cut(term) if _runs(word)]

    def patterns(self) -> list[re.Pattern]:
        return [p for p in map(_pattern, self.terms()) if p is not None]


@dataclass
class Snippet:
    before: str
    hit: str
    after: str

    def marked(self, left: str = "【", right: str = "】") -> str:
        return f"{self.before}{left}{self.hit}{right}{self.after}"


@dataclass
class Hit:
    source_id: int
    key: str
    title: str | None
    doc_number: str | None
    issuers: list[str]
    doc_type: str | None
    year: int | None
    number: int | None
    topic: str | None
    tags: list[str]
    status: str
    snippet: Snippet | None = None


@dataclass
class Found:
    hits: list[Hit]
    total: int  # how many documents matched (hits may be fewer)


@dataclass
class Place:
    """Where a hit is in a document: the element (or table cell) holding it, its page and box."""

    element: int | None
    cell: tuple[int, int, int] | None
    page: int | None
    line: int | None
    bbox: tuple | None
    text: str


def create_tables(db: sqlite_utils.Database) -> None:
    """The index: ``search_docs`` (what a hit shows and is filtered by) and the contentless FTS5
    ``search_words`` over it (same rowid)."""
    db.execute("""CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id), doc_key TEXT NOT NULL,
        ord INTEGER, year INTEGER, number INTEGER, title TEXT, doc_number TEXT, issuers TEXT, doc_type TEXT,
        topic TEXT, tags TEXT, status TEXT, body TEXT)""")
    db.execute("CREATE UNIQUE INDEX search_docs_key ON search_docs (source_id, doc_key)")
    db.execute("CREATE VIRTUAL TABLE search_words USING fts5(title, doc_number, issuer, tags, body, content='')")


def _body(doc: Document) -> str:
    """The document's text as read: a paragraph's printed lines joined, each table cell on its own line."""
    return "\n".join(passage.text.replace("\n", " ") for passage in document_passages(0, doc))


def _unindex(db: sqlite_utils.Database, where: str, params: list) -> None:
    """Take documents out of the index (a contentless FTS5 table is told the words it had)."""
    for row in db.execute(f"SELECT id, {', '.join(_INDEXED)} FROM search_docs WHERE {where}",
                          params).fetchall():
        db.execute("INSERT INTO search_words (search_words, rowid, title, doc_number, issuer, tags, body) "
                   "VALUES ('delete', ?, ?, ?, ?, ?, ?)", [row[0], *_words(*row[1:])])
    db.execute(f"DELETE FROM search_docs WHERE {where}", params)


_INDEXED = ("title", "doc_number", "issuers", "tags", "topic", "body")  # the search_docs columns words come from


def _words(title, doc_number, issuers, tags, topic, body) -> list[str]:
    names = json.loads(issuers or "[]")
    labels = [*json.loads(tags or "[]"), *([topic] if topic else [])]
    return [index_words(title or ""), index_words(doc_number or ""), index_words(" ".join(names)),
            index_words(" ".join(labels)), index_words(body or "")]


def _issue(db: sqlite_utils.Database, source_id: int) -> tuple[int | None, int | None]:
    """(year, 期号) of a source: its issue's, else the year most of its documents were signed in."""
    row = db.execute("SELECT year, number FROM issues WHERE source_id = ?", [source_id]).fetchone()
    year, number = row if row else (None, None)
    if not year:
        dates = [r[0] for r in db.execute("SELECT sign_date FROM documents WHERE source_id = ?", [source_id])]
        year = majority_year(dates)
    return year, number


def index_source(db: sqlite_utils.Database, source_id: int, only: str | None = None) -> None:
    """Index the source's documents as corrected (only document ``only`` when given), replacing their entries."""
    where, params = ("source_id = ?", [source_id]) if only is None else ("source_id = ? AND doc_key = ?",
                                                                         [source_id, only])
    _unindex(db, where, params)
    year, number = _issue(db, source_id)
    for order, (key, doc) in enumerate(keyed_documents(db, source_id, only), start=1):
        entry = {"source_id": source_id, "doc_key": key, "ord": doc.order or order, "year": year, "number": number,
                 "title": doc.title, "doc_number": doc.doc_number,
                 "issuers": json.dumps(doc.issuer, ensure_ascii=False), "doc_type": doc.doc_type,
                 "topic": doc.topic, "tags": json.dumps(doc.tags, ensure_ascii=False), "status": doc.status,
                 "body": _body(doc)}
        rowid = db.execute(f"INSERT INTO search_docs ({', '.join(entry)}) VALUES ({', '.join('?' * len(entry))})",
                           list(entry.values())).lastrowid
        db.execute("INSERT INTO search_words (rowid, title, doc_number, issuer, tags, body) VALUES (?,?,?,?,?,?)",
                   [rowid, *_words(*(entry[name] for name in _INDEXED))])


def _filter_sql(filters: Filters) -> tuple[str, list]:
    clauses, params = ["1"], []
    for column in ("year", "number", "doc_type", "topic", "status"):
        value = getattr(filters, column)
        if value not in (None, ""):
            clauses.append(f"d.{column} = ?")
            params.append(value)
    if filters.issuer:
        clauses.append("EXISTS (SELECT 1 FROM json_each(d.issuers) WHERE value LIKE '%' || ? || '%')")
        params.append(filters.issuer)
    if filters.tag:
        clauses.append("EXISTS (SELECT 1 FROM json_each(d.tags) WHERE value = ?)")
        params.append(filters.tag)
    return " AND ".join(clauses), params


_COLUMNS = "d.source_id, d.doc_key, d.title, d.doc_number, d.issuers, d.doc_type, d.year, d.number, " \
           "d.topic, d.tags, d.status, d.body"


def search(db: sqlite_utils.Database, query: Query, limit: int = 200) -> Found:
    """Documents matching ``query`` (every term as a phrase, unless its mode says otherwise) and its
    filters, best first; with no terms, every document the filters let through, in issue order."""
    where, params = _filter_sql(query.filters)
    terms = query.terms()
    phrases = [p for p in map(_phrase, terms) if p is not None]
    if not phrases and terms:
        return Found([], 0)  # only punctuation: nothing can match
    if phrases:
        match = (" OR " if query.mode == "any" else " AND ").join(phrases)
        base = f"FROM search_words JOIN search_docs d ON d.id = search_words.rowid WHERE search_words MATCH ? AND {where}"
        params = [match, *params]
        order = f"bm25(search_words, {_WEIGHTS})"
    else:
        base, order = f"FROM search_docs d WHERE {where}", "d.source_id, d.ord"
    total = db.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
    rows = db.execute(f"SELECT {_COLUMNS} {base} ORDER BY {order} LIMIT ?", [*params, limit]).fetchall()
    patterns = query.patterns()
    hits = []
    for row in rows:
        hit = Hit(row[0], row[1], row[2], row[3], json.loads(row[4] or "[]"), row[5], row[6], row[7], row[8],
                  json.loads(row[9] or "[]"), row[10])
        hit.snippet = snippet(row[11] or "", patterns) or snippet(row[2] or "", patterns)
        hits.append(hit)
    return Found(hits, total)


def _first(text: str, patterns: list[re.Pattern]) -> re.Match | None:
    folded = _fold(text)
    found = [m for m in (p.search(folded) for p in patterns) if m]
    return min(found, key=lambda m: m.start()) if found else None


def snippet(text: str, patterns: list[re.Pattern], before: int = 24, after: int = 60) -> Snippet | None:
    """The first hit of any pattern in ``text`` with some text either side (one line), or None."""
    m = _first(text, patterns)
    if m is None:
        return None
    start, end = m.span()
    lead = text[max(0, start - before):start].replace("\n", " ")
    tail = text[end:end + after].replace("\n", " ")
    return Snippet(("…" if start > before else "") + lead, text[start:end],
                   tail + ("…" if end + after < len(text) else ""))


def locate(doc: Document, query: Query) -> Place | None:
    """Where the first hit of ``query`` is in ``doc`` (reading order), or None."""
    patterns = query.patterns()
    for passage in document_passages(0, doc):
        m = _first(passage.text, patterns)
        if m is not None:
            return _place(passage, m.start(), m.end() - m.start())
    return None


def _place(passage: Passage, start: int, length: int) -> Place:
    piece, _, bbox = passage.place(start, length)
    return Place(piece.element, piece.cell, piece.page, piece.line, bbox, passage.text[start:start + length])
