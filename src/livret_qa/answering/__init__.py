"""Answering: a question in its conversation -> a cited answer, or a reasoned abstention."""
