"""The window's panes: what it shows (library, page, structure, findings, search hits, tags)."""
