"""Indexing: analyzer, chunks, sentences, the dense and lexical indexes, and the saved index."""
