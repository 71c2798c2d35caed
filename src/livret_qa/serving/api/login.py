"""The login page for the chat UI when LIVRET_QA_API_KEY is set: enter the key once, get a
session cookie (HttpOnly, SameSite=Strict, signed with the key, valid 12 hours). Scripts send
`Authorization: Bearer <key>` instead."""

from __future__ import annotations

import asyncio
from html import escape
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from livret_qa.serving.api.guard import (
    LOGIN_PATH,
    SESSION_COOKIE,
    SESSION_SECONDS,
    session_token,
    valid_key,
)

router = APIRouter(include_in_schema=False)
FAILED_LOGIN_DELAY = 0.5  # seconds: slows down guessing the key through the form

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connexion — Livret ESS Hauts-de-France</title>
<style>
body {{ font-family: system-ui, sans-serif; background: #f5f6f8; color: #1f2937;
       display: grid; place-items: center; min-height: 100vh; margin: 0; }}
form {{ background: #fff; padding: 2rem; border-radius: 12px; width: min(24rem, 90vw);
       box-shadow: 0 2px 12px rgba(0, 0, 0, .08); }}
h1 {{ font-size: 1.2rem; margin: 0 0 1rem; }}
label {{ display: block; margin-bottom: .4rem; }}
input {{ width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem;
        border: 1px solid #cbd5e1; border-radius: 8px; }}
button {{ margin-top: 1rem; width: 100%; padding: .6rem; font-size: 1rem; border: 0;
         border-radius: 8px; background: #2563eb; color: #fff; cursor: pointer; }}
.error {{ color: #b91c1c; margin: 0 0 1rem; }}
</style></head>
<body><form method="post" action="{action}">
<h1>Livret ESS Hauts-de-France</h1>
{error}<label for="key">Clé d'accès</label>
<input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
<button type="submit" id="login">Entrer</button>
</form></body></html>
"""


def _next(target: str | None) -> str:
    """Only a path of this server: never an open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/ui/"


def page(next_path: str, error: str = "") -> str:
    action = f"{LOGIN_PATH}?next={escape(_next(next_path), quote=True)}"
    message = f'<p class="error" role="alert">{escape(error)}</p>\n' if error else ""
    return PAGE.format(action=action, error=message)


@router.get(LOGIN_PATH)
def login_page(request: Request) -> Response:
    settings = request.app.state.settings
    next_path = _next(request.query_params.get("next"))
    if not settings.api_key:
        return RedirectResponse(next_path, 303)
    return HTMLResponse(page(next_path))


@router.post(LOGIN_PATH)
async def login(request: Request) -> Response:
    settings = request.app.state.settings
    next_path = _next(request.query_params.get("next"))
    if not settings.api_key:
        return RedirectResponse(next_path, 303)
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    given = (form.get("key") or [""])[0]
    if not valid_key(settings.api_key, given):
        await asyncio.sleep(FAILED_LOGIN_DELAY)
        return HTMLResponse(page(next_path, "Clé incorrecte."), 401)
    response = RedirectResponse(next_path, 303)
    response.set_cookie(
        SESSION_COOKIE,
        session_token(settings.api_key),
        max_age=SESSION_SECONDS,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.get("/logout")
def logout() -> Response:
    response = RedirectResponse(LOGIN_PATH, 303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
