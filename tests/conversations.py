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


def last_answer(engine, questions: list[str]):  # type: ignore[no-untyped-def]
    """The answer to the last question of a conversation played turn by turn, each earlier
    question answered by the engine itself."""
    from livret_qa.answering.compose import ask

    history: list[dict[str, str]] = []
    answer = None
    for question in questions:
        answer = ask(engine, question, history)
        history += exchange(question, answer.answer)
    return answer


def in_departement(engine, code: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The fiches whose contact address is in the département `code`."""
    return {f.id for f in engine.corpus.fiches if f.contact.departement_code == code}
