"""The lexicon module defines each of its tables once: a name assigned twice at top level
means the later definition silently replaces the earlier one (which then reads as in effect
but is not), so every use gets a pattern its reader did not see."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from livret_qa import lexicon as lx


def _top_level_names(source: str) -> Counter[str]:
    """How many times each name is bound by a statement at the module's top level."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
            continue
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        else:
            continue
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name):
                    counts[name.id] += 1
    return counts


def test_no_lexicon_name_is_assigned_twice() -> None:
    source = Path(lx.__file__).read_text(encoding="utf-8")
    twice = sorted(name for name, n in _top_level_names(source).items() if n > 1)
    assert twice == []


def test_the_checker_sees_a_name_assigned_twice() -> None:
    source = "A = 1\nB: int = 2\nA = 3\ndef f():\n    C = 1\n    C = 2\n"
    counts = _top_level_names(source)
    assert counts["A"] == 2 and counts["B"] == 1 and "C" not in counts


def test_comparative_keeps_the_words_it_read() -> None:
    # the definition in effect before the duplicate was removed: its words, and not the
    # earlier one's extra words
    for text in ("plus de salariés", "autant que", "more members", "compared with", "vs"):
        assert lx.COMPARATIVE.search(text), text
    for text in ("the older one", "greater reach", "newer shop"):
        assert not lx.COMPARATIVE.search(text), text
