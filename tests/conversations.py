"""Earlier turns for follow-up tests: what a user asked, each answered by the same reply (the
reply's wording is not what these tests are about)."""

from __future__ import annotations


def asked_before(questions: list[str], reply: str) -> list[dict[str, str]]:
    return [
        turn
        for q in questions
        for turn in ({"role": "user", "content": q}, {"role": "assistant", "content": reply})
    ]
