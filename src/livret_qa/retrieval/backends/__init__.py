"""Search backends: where the dense, sentence and lexical rankings are computed."""
