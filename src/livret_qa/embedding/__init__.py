"""Embedding: the Embedder protocol, its torch and nano backends, and the offline e5 rebuild."""
