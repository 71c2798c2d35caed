"""The chat UI (Gradio Blocks, mounted at /ui by livret_qa.serving.server): a conversation with
the booklet, the cited passages beside it and a card per structure.

- `layout`: the Blocks (`build_ui`), what is where on the page and which event does what;
- `chat`: the conversation logic and one exchange streamed to the page (no layout);
- `safe`: untrusted text made safe (Markdown for the bubbles, inert HTML for the panels);
- `sources`: the sources panel; `cards`: the structure cards;
- `facts`: the figures of an aggregate answer, a sortable table and a bar chart;
- `welcome`: the header, the placeholder and the examples; `css`: the page's style.
"""

from livret_qa.serving.ui.chat import engine_history
from livret_qa.serving.ui.layout import build_ui

__all__ = ["build_ui", "engine_history"]
