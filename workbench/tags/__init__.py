"""Tagging: the topic scheme (主题分类), keywords of a document, and ranked topic suggestions (no Qt)."""
