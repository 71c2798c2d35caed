"""Serving: the CLI, the HTTP API and the Gradio chat, all on top of the library."""
