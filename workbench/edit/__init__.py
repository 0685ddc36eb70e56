"""A person's edits as pure functions on the model (no I/O, no Qt)."""
