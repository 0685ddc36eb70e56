"""Write transactions that take the write lock when they begin, and wait their turn for it.

``writing(db)`` is a context: outside a transaction it begins one with BEGIN IMMEDIATE, so a
transaction that reads and then writes never finds, at its first write, that another connection
wrote in between (in WAL mode that cannot be waited for: "database is locked" at once); inside one
it is a savepoint. Commit on success, roll back on any exception. ``BUSY_TIMEOUT_MS`` is how long a
writer waits for another (an import saving a file, the window saving an edit) before it gives up.
SQLite's own failures (a full disk, a read-only file, a lock held too long, tables gone) become one
``StoreError`` that names the store and says what happened in the user's language.
"""
from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

from workbench.errors import StoreError

BUSY_TIMEOUT_MS = 30_000


@contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[None]:
    conn = db.conn
    if conn.in_transaction:
        name = f"w_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as err:
        raise store_error(conn, err) from err


_SAID = (("disk is full", "磁盘已满，未能写入（已写入的内容保持不变）"),
         ("readonly database", "数据库文件是只读的，无法写入"),
         ("database is locked", "数据库正被其他程序占用（正在写入），请稍后再试"),
         ("no such table", "数据库缺少数据表，可能已损坏"),
         ("malformed", "数据库文件已损坏"),
         ("unable to open", "无法打开数据库文件"))


def store_error(conn: sqlite3.Connection, err: sqlite3.Error) -> StoreError:
    """The one-line error for a failure of SQLite on ``conn``'s store."""
    try:
        path = conn.execute("PRAGMA database_list").fetchone()[2]
    except sqlite3.Error:
        path = None
    text = str(err)
    said = next((words for sign, words in _SAID if sign in text), text)
    return StoreError(path or None, said)
