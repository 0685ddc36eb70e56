"""Documents as plain text: what an office pastes into a mail, a web form or another system.

In: documents as corrected and a path. Out: UTF-8 text with a byte-order mark left out and Windows line
ends (``\\r\\n``, which every editor on an office PC opens right): each paragraph a line as it reads
(paragraphs rejoined across printed lines), a heading run into its paragraph kept in front of it, tables as
tab-separated rows (a cell's own line breaks as spaces), documents apart by a blank line and a rule of ``—``.
An issue (``contents_title``) opens with its list of titles.
"""
from __future__ import annotations

from pathlib import Path

from workbench.export.blocks import Block, blocks
from workbench.model import Document
from workbench.reading.render import table_rows

RULE = "—" * 20


def _block(block: Block) -> list[str]:
    if block.kind == "table" and block.table is not None:
        return table_rows(block.table)
    return [block.lead + block.text]


def document_text(doc: Document) -> str:
    """One document: each paragraph, heading and element a line; its tables as tab-separated rows."""
    return "\n".join(line for block in blocks(doc) for line in _block(block))


def write_plain_text(documents: list[Document], path: str | Path, contents_title: str | None = None) -> None:
    parts = [contents_title + "\n" + "\n".join(f"{index}. {doc.title or ''}"
                                              for index, doc in enumerate(documents, start=1))] \
        if contents_title is not None else []
    parts += [document_text(doc) for doc in documents]
    text = f"\n\n{RULE}\n\n".join(parts) + "\n"
    Path(path).write_text(text, encoding="utf-8", newline="\r\n")
