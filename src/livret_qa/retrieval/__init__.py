"""Retrieval: dense and lexical rankings fused, filtered and grouped by structure."""
