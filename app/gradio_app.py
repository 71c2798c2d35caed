"""The Gradio chat on its own, without the HTTP API: `python app/gradio_app.py`.

`livret-qa serve` (the README's `make run`) mounts the same Blocks at /ui beside the API; this file
is for working on the UI alone (`gradio app/gradio_app.py` reloads it on every save). The chat
itself lives in `livret_qa.serving.ui`, so that no top-level package named `app` is installed.
"""

from livret_qa.serving.api.main import load_engine
from livret_qa.serving.ui import build_ui
from livret_qa.settings import get_settings

settings = get_settings()
demo = build_ui(load_engine(settings), settings)

if __name__ == "__main__":
    demo.launch(server_name=settings.host, server_port=settings.port)
