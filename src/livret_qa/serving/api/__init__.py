"""The HTTP API (FastAPI): health, fiches, search, ask, and an OpenAI-compatible chat."""
