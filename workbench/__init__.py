"""Bulletin Workbench core: ingest, parse, store, export. Never imports Qt."""

__version__ = "0.1.0"
