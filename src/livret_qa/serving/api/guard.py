"""The server's doors, as pure ASGI layers that run before any route reads a body:

- `KeyGuard`: one auth decision for the whole app (API, OpenAI-compatible routes, the chat UI
  and every Gradio route under /ui). A request passes with `Authorization: Bearer <key>` or the
  session cookie set by the login page; /health, the login page and the UI's static assets are
  open. Gradio's upload routes are refused whoever asks: the chat takes no files.
- `BodyLimit`: counts the bytes of a body as they arrive and answers 413 as soon as more than
  `MAX_BODY_BYTES` arrived (chunked or declared alike); a body that stalls is 408.
- `SecurityHeaders`: nosniff, no framing, no referrer and a Content-Security-Policy on every
  response.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Iterable

from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 256 * 1024
BODY_READ_TIMEOUT = 30.0  # seconds between two pieces of a request body
SESSION_COOKIE = "livret_qa_session"
SESSION_SECONDS = 12 * 3600
LOGIN_PATH = "/login"
LOGOUT_PATH = "/logout"
AUTHENTICATED = "livret_qa.authenticated"  # set in the scope once KeyGuard let a request in
KEY_MESSAGE = "Missing or wrong API key: send 'Authorization: Bearer <LIVRET_QA_API_KEY>'."

# Open without the key: the health probe, the login page, and the UI's static files (the
# compiled Svelte bundle, fonts, theme, favicon: the same for everyone, nothing from the booklet).
OPEN_PATHS = frozenset(
    {"/health", LOGIN_PATH, LOGOUT_PATH, "/ui/favicon.ico", "/ui/theme.css", "/ui/robots.txt"}
)
OPEN_PREFIXES = ("/ui/assets/", "/ui/static/", "/ui/svelte/")
# Gradio routes that write files the chat never asks for.
UPLOAD_SUFFIXES = ("/upload", "/process_recording")


def is_open(path: str) -> bool:
    if ".." in path or "//" in path or "\\" in path:
        return False
    return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)


def is_upload(path: str) -> bool:
    return path.startswith("/ui/") and path.rstrip("/").endswith(UPLOAD_SUFFIXES)


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).decode("latin-1")
    return ""


def has_body(scope: Scope) -> bool:
    length = _header(scope, b"content-length")
    return bool(_header(scope, b"transfer-encoding")) or (length.isdigit() and int(length) > 0)


def closing(scope: Scope) -> list[tuple[bytes, bytes]]:
    """`Connection: close` for a refused request with a body: the server then drops the
    connection instead of reading (and discarding) the rest of the body."""
    return [(b"connection", b"close")] if has_body(scope) else []


async def send_json(
    send: Send, status: int, detail: str, headers: Iterable[tuple[bytes, bytes]] = ()
) -> None:
    """The API's documented error shape, `{"detail": "..."}`."""
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# -- sessions --------------------------------------------------------------------------------
def _signature(key: str, issued: int) -> str:
    message = f"livret-qa-session:{issued}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def session_token(key: str, now: float | None = None) -> str:
    """A cookie value the key signed: `<issued>.<hmac>`; valid for SESSION_SECONDS."""
    issued = int(time.time() if now is None else now)
    return f"{issued}.{_signature(key, issued)}"


def valid_session(key: str, token: str, now: float | None = None) -> bool:
    issued_text, _, signature = token.partition(".")
    if not issued_text.isdigit() or len(issued_text) > 12:
        return False
    issued = int(issued_text)
    age = (time.time() if now is None else now) - issued
    if not 0 <= age <= SESSION_SECONDS + 60:
        return False
    return secrets.compare_digest(signature.encode(), _signature(key, issued).encode())


def valid_key(key: str, given: str) -> bool:
    return secrets.compare_digest(given.encode(), key.encode())


def authenticated(scope: Scope, key: str) -> bool:
    scheme, _, token = _header(scope, b"authorization").partition(" ")
    if scheme.lower() == "bearer" and valid_key(key, token.strip()):
        return True
    cookie = cookie_parser(_header(scope, b"cookie")).get(SESSION_COOKIE, "")
    return bool(cookie) and valid_session(key, cookie)


class KeyGuard:
    """Checks the key from the request's headers, before anything reads its body."""

    def __init__(self, app: ASGIApp, api_key: str | None) -> None:
        self.app = app
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        key = self.api_key
        if key and not is_open(path) and not authenticated(scope, key):
            await self.refuse(scope, receive, send, path)
            return
        scope[AUTHENTICATED] = True
        if scope["type"] == "http" and is_upload(path):
            detail = "Uploads are disabled: the chat takes no files."
            await send_json(send, 403, detail, closing(scope))
            return
        await self.app(scope, receive, send)

    async def refuse(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        wants_page = scope.get("method") == "GET" and "text/html" in _header(scope, b"accept")
        if wants_page and (path == "/" or path == "/ui" or path.startswith("/ui/")):
            target = f"{LOGIN_PATH}?next=/ui/".encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 303,
                    "headers": [(b"location", target), (b"content-length", b"0")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        await send_json(send, 401, KEY_MESSAGE, [(b"www-authenticate", b"Bearer"), *closing(scope)])


# -- body limit ------------------------------------------------------------------------------
class _Refused(Exception):
    """Raised into the app when its body was refused; the answer is already sent."""


class BodyLimit:
    """Counts the body's bytes as they arrive; past `limit`, answers 413 and reads no more."""

    def __init__(
        self, app: ASGIApp, limit: int = MAX_BODY_BYTES, timeout: float = BODY_READ_TIMEOUT
    ) -> None:
        self.app = app
        self.limit = limit
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > self.limit:
            await self.too_large(send)
            return
        received = 0
        body_done = False
        started = False
        refused = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the app's answer to a body it never got in full: dropped
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def refuse(status: int, detail: str) -> Message:
            nonlocal refused
            if not started:
                await send_json(send, status, detail, [(b"connection", b"close")])
            refused = True
            raise _Refused

        async def guarded_receive() -> Message:
            nonlocal received, body_done
            if refused:
                return {"type": "http.disconnect"}
            if body_done:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.timeout)
            except TimeoutError:
                return await refuse(408, f"Request body not received within {self.timeout} s.")
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    return await refuse(413, self.detail)
                body_done = not message.get("more_body", False)
            return message

        try:
            await self.app(scope, guarded_receive, guarded_send)
        except Exception:
            if not refused:
                raise

    @property
    def detail(self) -> str:
        return f"Request body over {self.limit} bytes."

    async def too_large(self, send: Send) -> None:
        await send_json(send, 413, self.detail, [(b"connection", b"close")])


# -- security headers ------------------------------------------------------------------------
# The chat UI (Gradio) runs inline scripts and styles of its own; nothing else may load scripts,
# frame the page, or be sent a referrer.
UI_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
        "font-src 'self' data: https://fonts.gstatic.com",
        "img-src 'self' data: blob:",
        "media-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# FastAPI's /docs and /redoc load Swagger UI and ReDoc from jsDelivr.
DOCS_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com",
        "font-src 'self' data: https://fonts.gstatic.com",
        "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
    ]
)
DOCS_PATHS = ("/docs", "/redoc")
STATIC_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        csp = DOCS_CSP if path.startswith(DOCS_PATHS) else UI_CSP
        added = [*STATIC_HEADERS, (b"content-security-policy", csp.encode())]

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in added}
                kept = [(n, v) for n, v in message.get("headers", ()) if n.lower() not in names]
                message = {**message, "headers": [*kept, *added]}
            await send(message)

        await self.app(scope, receive, with_headers)
