"""Pure functions from a ``Source`` to the bulletin model (no I/O, no Qt)."""
