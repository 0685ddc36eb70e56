"""Documents as one HTML page: every text escaped, tables with their rowspan and colspan.

In: documents as corrected (one, or an issue's with a table of contents linking to each) and a
path. Out: a UTF-8 page that opens in any browser; nothing of the documents' text is read as markup.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from workbench.export.blocks import Block, blocks
from workbench.model import Document
from workbench.vocabulary import ElementKind

STYLE = """body{font-family:"FangSong","仿宋",serif;max-width:46em;margin:2em auto;line-height:1.8}
.mark{color:#e60012;text-align:center;font-size:1.8em}.number{text-align:center;border-bottom:2px solid #e60012}
h1{text-align:center;font-family:"SimSun","宋体",serif}p.body{text-indent:2em}.right{text-align:right}
table{border-collapse:collapse;margin:1em auto}td{border:1px solid #333;padding:.2em .5em}
.document{page-break-after:always}"""


def _block(block: Block) -> str:
    if block.kind == "table" and block.table is not None:
        rows: dict[int, list[str]] = {}
        for cell in sorted(block.table.cells, key=lambda c: (c.row, c.col)):
            spans = (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + \
                    (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "")
            rows.setdefault(cell.row, []).append(f"<td{spans}>{escape(cell.text)}</td>")
        return "<table>" + "".join(f"<tr>{''.join(rows[r])}</tr>" for r in sorted(rows)) + "</table>"
    if block.kind in (ElementKind.TITLE, ElementKind.DOC_NUMBER, ElementKind.MARK, ElementKind.ISSUER):
        return ""
    if block.kind == ElementKind.HEADING:
        level = min(6, 1 + (block.level or 1))
        return f"<h{level}>{escape(block.text)}</h{level}>"
    css = "right" if block.kind in (ElementKind.SIGNATORY, ElementKind.DATE) else "body" if block.kind == ElementKind.BODY else block.kind
    lead = f'<strong class="lead">{escape(block.lead)}</strong>' if block.lead else ""
    return f'<p class="{escape(css)}">{lead}{escape(block.text)}</p>'


def _document(doc: Document, anchor: str) -> str:
    head = []
    if doc.issuer:
        head.append(f'<p class="mark">{escape("、".join(doc.issuer))}</p>')
    if doc.doc_number:
        head.append(f'<p class="number">{escape(doc.doc_number)}</p>')
    if doc.title:
        head.append(f"<h1>{escape(doc.title)}</h1>")
    body = "\n".join(filter(None, map(_block, blocks(doc))))
    return f'<section class="document" id="{anchor}">\n' + "\n".join(head) + "\n" + body + "\n</section>"


def write_html(documents: list[Document], path: str | Path, contents_title: str | None = None) -> None:
    title = contents_title or (documents[0].title if documents else "") or ""
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
             f"<style>{STYLE}</style></head><body>"]
    if contents_title is not None:
        parts.append(f"<h1>{escape(contents_title)}</h1><ol>")
        parts += [f'<li><a href="#doc-{index}">{escape(doc.title or doc.doc_number or "")}</a>'
                  f'{escape(f"（{doc.doc_number}）") if doc.doc_number else ""}</li>'
                  for index, doc in enumerate(documents, start=1)]
        parts.append("</ol>")
    parts += [_document(doc, f"doc-{index}") for index, doc in enumerate(documents, start=1)]
    parts.append("</body></html>\n")
    Path(path).write_text("\n".join(parts), encoding="utf-8")
