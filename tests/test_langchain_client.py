"""A second real client of the OpenAI-compatible routes (the first, the official `openai`
client, is in test_api.py): LangChain's `ChatOpenAI` (langchain-openai), over real HTTP on the
fake engine (fast tier). A question, its follow-up streamed with the conversation as
LangChain messages, the sources in the text, and the API key as the client's `api_key`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

from .live_server import serving

pytest.importorskip("langchain_openai")

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"
KEY = "lc-s3cret"


@pytest.fixture(scope="module")
def base(fake_engine: Engine) -> Iterator[str]:
    settings = Settings(llm_base_url=None, api_key=KEY, cors_origins=[])
    with serving(create_app(settings, engine=fake_engine)) as url:
        yield url


def chat(base: str, key: str = KEY):  # type: ignore[no-untyped-def]
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(base_url=f"{base}/v1", api_key=key, model="livret-qa", max_retries=0)


def test_langchain_chat_openai_asks_and_follows_up(base: str) -> None:
    from langchain_core.messages import AIMessage, HumanMessage

    reply = chat(base).invoke(CAP3C)
    text = str(reply.content)
    assert "Synapse 3i" in text and "Il était deux fois" in text
    assert "Sources" in text and "livret-ess-hauts-de-france.md" in text
    assert reply.response_metadata["model_name"] == "livret-qa"
    assert reply.response_metadata["finish_reason"] == "stop"

    conversation = [HumanMessage(CAP3C), AIMessage(text), HumanMessage("et leur budget ?")]
    pieces = list(chat(base).stream(conversation))
    streamed = "".join(str(p.content) for p in pieces)
    assert len(pieces) > 2  # it did stream
    assert "316 000" in streamed and "2 037 760" in streamed


def test_langchain_is_refused_without_the_key(base: str) -> None:
    from openai import AuthenticationError

    with pytest.raises(AuthenticationError):
        chat(base, key="wrong").invoke(CAP3C)
