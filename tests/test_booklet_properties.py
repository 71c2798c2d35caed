"""Property tests on synthetic booklets: spans, ids and coverage hold whatever the layout."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from livret_qa.parsing.booklet import parse_booklet

SECTION_HEADINGS = [
    "FICHE IDENTITÉ",
    "CONTACT",
    "OBJET & HISTORIQUE DE LA STRUCTURE",
    "ZOOM SUR L'ACTION",
    "CARACTÉRISTIQUES DE L'ACTION",
    "LES LEVIERS ACTIVÉS",
    "LES FREINS RENCONTRÉS",
    "CHIFFRES CLÉS DE L'ENTREPRISE OU ÉTABLISSEMENT :",
]

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçô", min_size=2, max_size=9)
sentence = st.lists(words, min_size=3, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
label = st.lists(words, min_size=1, max_size=3).map(lambda ws: " ".join(ws).upper())


@st.composite
def section_block(draw, heading: str) -> tuple[str, list[str]]:
    level = draw(st.integers(1, 4))
    paras: list[str] = []
    lines = [f"{'#' * level} {draw(st.sampled_from(['', '**']))}{heading}", ""]
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["plain", "bold", "sub"]))
        text = draw(paragraph)
        paras.append(text)
        if kind == "bold":
            lines.append(f"**{draw(label)} :** {text}")
        elif kind == "sub":
            lines += [f"{'#' * min(level + 1, 6)} {draw(label)} :", "", text]
        else:
            lines.append(text)
        lines += [""] * draw(st.integers(1, 3))
    return "\n".join(lines), paras


@st.composite
def fiche_block(draw, index: int) -> tuple[str, str | None, list[str]]:
    titled = draw(st.booleans())
    # A heading right above a titleless fiche is its title when it shares a word with the
    # fiche's legal name (`find_fiches`): a name drawn with a word of the part title ('Part
    # one', 'Structure One 0') is that case, not a titleless fiche.
    word = draw(words.filter(lambda w: w not in {"part", "one", "cover", "title"}))
    name = f"Structure {word.capitalize()} {index}"
    challenge = draw(sentence)
    parts = [f"# {name}\n\n" if titled else "", f"défi\n\n{challenge}\n\n"]
    paras = [challenge]
    kinds = draw(st.permutations(SECTION_HEADINGS))
    identity = f"## FICHE IDENTITÉ\n\n- **NOM DE L'ENTREPRISE** : {name}\n- **ACTIVITÉ** : x\n\n"
    parts.append(identity)
    for heading in kinds[: draw(st.integers(2, len(kinds)))]:
        if heading == "FICHE IDENTITÉ":
            continue
        text, ps = draw(section_block(heading))
        parts.append(text + "\n\n")
        paras += ps
    return "".join(parts), name, paras


@st.composite
def booklet(draw) -> tuple[str, list[tuple[str, list[str]]]]:
    n = draw(st.integers(1, 4))
    chunks = ["# COVER TITLE\n\nSome cover text.\n\n# **Part one**\n\n"]
    fiches = []
    for i in range(n):
        text, name, paras = draw(fiche_block(i))
        chunks.append(text)
        fiches.append((name, paras))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return "".join(chunks).replace("\n", newline), fiches


@settings(max_examples=60, deadline=None)
@given(booklet())
def test_spans_point_at_source_and_no_text_is_lost(data) -> None:
    source, expected = data
    fiches = parse_booklet(source, "synthetic.md")
    assert [f.name for f in fiches] == [name for name, _ in expected]
    lines = source.split("\n")
    for fiche, (_, paras) in zip(fiches, expected, strict=True):
        assert fiche.theme == "Part one"
        joined = "\n".join(s.text for s in fiche.sections)
        for section in fiche.sections:
            assert source[section.span.start : section.span.end] == section.text
            first_line = lines[section.span.line_start - 1]
            assert first_line.startswith(section.text.split("\n")[0].rstrip())
            for part in section.subparts:
                assert source[part.span.start : part.span.end] == part.text
        for para in paras:
            assert para in joined
            assert joined.count(para) >= paras.count(para)
        spans = [s.span for s in fiche.sections]
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


@settings(max_examples=30, deadline=None)
@given(booklet())
def test_ids_are_unique_and_stable(data) -> None:
    source, _ = data
    first = [f.id for f in parse_booklet(source, "a.md")]
    again = [f.id for f in parse_booklet(source, "a.md")]
    assert first == again
    assert len(set(first)) == len(first)
    # Appending a fiche never renames the ones before it.
    extended = source + "\n# Yet Another Structure\n\ndéfi\n\nTexte.\n\n## CONTACT\n\nx\n"
    assert [f.id for f in parse_booklet(extended, "a.md")][: len(first)] == first


def test_ids_stay_unique_across_booklets() -> None:
    one = "# Même Nom\n\ndéfi\n\nUn.\n\n## CONTACT\n\nx\n"
    taken: set[str] = set()
    a = parse_booklet(one, "a.md", taken)
    b = parse_booklet(one, "b.md", taken)
    assert a[0].id == "meme-nom"
    assert b[0].id == "meme-nom-2"
