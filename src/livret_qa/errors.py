"""Narrow error types. The CLI turns them into clean messages, the API into HTTP errors."""

from __future__ import annotations


class LivretError(Exception):
    """Base of every error a user can fix; the message says how."""


class SettingsError(LivretError):
    """A LIVRET_QA_* setting (environment variable or `.env`) has a value it cannot take."""


class CorpusError(LivretError):
    """The corpus folder or one of its files cannot be read as a booklet."""


class UnknownFicheError(LivretError, KeyError):
    """A fiche id that the corpus does not hold."""

    def __init__(self, fiche_id: str, valid_ids: list[str]):
        self.fiche_id = fiche_id
        self.valid_ids = valid_ids
        super().__init__(
            f"Unknown fiche id {fiche_id!r}. Valid ids: {', '.join(valid_ids)} "
            "(list them with `livret-qa fiches`)."
        )

    def __str__(self) -> str:  # KeyError would otherwise quote the whole message
        return str(self.args[0])


class ModelLoadError(LivretError):
    """The embedding model cannot be loaded or rebuilt."""


class IndexError_(LivretError):
    """The saved index is missing, corrupt or stale (the engine rebuilds it)."""


class QueryError(LivretError, ValueError):
    """A query, top-k or filter value outside what the engine accepts."""


class GoldSetError(LivretError):
    """An evaluation question file that is malformed or disagrees with the corpus."""


class FactQueryError(LivretError, ValueError):
    """A facts query names a measure, field or filter value the corpus does not hold; the
    message lists what exists."""


class ExportError(LivretError):
    """An export in a format that does not exist, or to a place that cannot be written."""


class FeedbackError(LivretError):
    """The feedback database cannot be opened or written (its folder, LIVRET_QA_DATA_DIR)."""


class SearchBackendError(LivretError):
    """The search backend (a Qdrant server) cannot be reached or refuses a request: the
    message names it and the setting that points at it."""
