"""Segmenting: paragraphs and sentences of a document's analysis text."""
