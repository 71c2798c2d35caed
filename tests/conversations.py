"""Earlier turns for follow-up tests: what a user asked, each answered by the same reply (the
reply's wording is not what these tests are about)."""

from __future__ import annotations


def asked_before(questions: list[str], reply: str) -> list[dict[str, str]]:
    return [
        turn
        for q in questions
        for turn in ({"role": "user", "content": q}, {"role": "assistant", "content": reply})
    ]


def exchange(user: str, assistant: str) -> list[dict[str, str]]:
    """One earlier turn: what the user asked and what the assistant replied."""
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


def named(answer: object) -> list[str]:
    """The structures an answer names, none when it refuses."""
    return [] if answer.abstained else [s.fiche_id for s in answer.structures]  # type: ignore[attr-defined]
