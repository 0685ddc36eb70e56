"""Reading a parsed document as text: below the store, proofreading and export, which all read it.

``passages``: a document's paragraphs and cells as passages with offsets back to elements and cells (what
the rules check, search indexes and exports join); ``render``: a laid-out source as plain text in reading
order (the store's page text, ``workbench text``).
"""
