"""Optional phrasing by a language model behind an OpenAI-compatible endpoint (Ollama, vLLM,
llama.cpp…). It may only rephrase what the numbered passages say: an answer that cites a
passage it was not given, or an unreachable endpoint, falls back to the extractive answer."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from livret_qa.answering.answers import Answer

SYSTEM_FR = (
    "Tu réponds à des porteurs de projet à partir d'un livret d'initiatives. Utilise UNIQUEMENT "
    "les passages numérotés fournis ; cite chaque affirmation avec son marqueur [n]. N'invente "
    "rien. Garde les citations entre « » en français. Réponds en {lang}."
)


def _prompt(answer: Answer) -> list[dict[str, str]]:
    passages = "\n\n".join(
        f"[{c.n}] {c.fiche_name} — {c.section_title} : « {c.quote} »" for c in answer.citations
    )
    lang = "français" if answer.lang == "fr" else "anglais (English)"
    user = (
        f"Question : {answer.question}\n\nPassages :\n{passages}\n\n"
        f"Réponse extractive de référence :\n{answer.answer}\n\n"
        "Reformule cette réponse de façon claire et concise, avec les marqueurs [n]."
    )
    return [
        {"role": "system", "content": SYSTEM_FR.format(lang=lang)},
        {"role": "user", "content": user},
    ]


def call_chat(
    base_url: str, model: str, messages: list[dict[str, str]], api_key: str | None, timeout: float
) -> str:
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    response = httpx.post(
        base_url.rstrip("/") + "/chat/completions",
        json={"model": model, "messages": messages, "temperature": 0.1},
        headers=headers,
        timeout=timeout,
    )
    response.raise_for_status()
    data: dict[str, Any] = response.json()
    return str(data["choices"][0]["message"]["content"])


def check_markers(text: str, valid: set[int]) -> str | None:
    """Why a rephrased text cannot be trusted, or None."""
    markers = {int(m) for m in re.findall(r"\[(\d+)\]", text)}
    if not markers:
        return "it cites no passage"
    unknown = sorted(markers - valid)
    if unknown:
        return f"it cites passages that were not given: {unknown}"
    return None


def rephrase(answer: Answer, settings: Any) -> Answer:
    if not getattr(settings, "llm_base_url", None) or answer.abstained or not answer.citations:
        return answer
    try:
        text = call_chat(
            settings.llm_base_url,
            settings.llm_model or "default",
            _prompt(answer),
            settings.llm_api_key,
            settings.llm_timeout,
        )
    except Exception as exc:  # any failure of an optional service falls back, with a warning
        return replace(
            answer,
            warnings=[
                *answer.warnings,
                f"language model unavailable ({type(exc).__name__}); extractive answer kept",
            ],
        )
    problem = check_markers(text, {c.n for c in answer.citations})
    if problem:
        return replace(
            answer,
            warnings=[
                *answer.warnings,
                f"language model answer rejected ({problem}); extractive answer kept",
            ],
        )
    return replace(answer, answer=text.strip())
