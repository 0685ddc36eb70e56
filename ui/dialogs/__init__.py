"""The dialogs the window opens (export, archive, tags, table editor, about, shortcuts, file choosers)."""
