"""Parsing: the booklet's Markdown -> fiches (identity, contact, sections, figures) with spans."""
