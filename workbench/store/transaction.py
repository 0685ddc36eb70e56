"""Write transactions that take the write lock when they begin, and wait their turn for it.

``writing(db)`` is a context: outside a transaction it begins one with BEGIN IMMEDIATE, so a
transaction that reads and then writes never finds, at its first write, that another connection
wrote in between (in WAL mode that cannot be waited for: "database is locked" at once); inside one
it is a savepoint. Commit on success, roll back on any exception. ``BUSY_TIMEOUT_MS`` is how long a
writer waits for another (an import saving a file, the window saving an edit) before it gives up.
"""
from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

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
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
