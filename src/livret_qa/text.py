"""Small text helpers shared by the parser, the analyzers and the answer composer."""

from __future__ import annotations

import re
import unicodedata

_BOLD = re.compile(r"\*\*|__")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_ANGLE_URL = re.compile(r"<((?:https?://|www\.)[^>]+)>")
_SUP = re.compile(r"<sup>(.*?)</sup>")
_WS = re.compile(r"[ \t\u00a0\u202f]+")

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""An e-mail address, as the booklet's identity and contact cards write them."""


def fold(text: str) -> str:
    """Lowercase and strip accents, so that 'Liévin', 'LIÉVIN' and 'lievin' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def aligned_fold(text: str) -> str:
    """`text` folded letter by letter, so that its offsets are the raw text's: a match found
    in the folded text cuts the raw text at the same places."""
    return "".join((fold(c) + " ")[0] for c in text)


def slugify(text: str) -> str:
    """A readable, stable id: 'Le Panier de la Mer 62' -> 'le-panier-de-la-mer-62'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def strip_markdown(text: str) -> str:
    """Plain text for display fields: bold markers, links and HTML superscripts removed."""
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ANGLE_URL.sub(r"\1", text)
    text = _SUP.sub(r"\1", text)
    text = _BOLD.sub("", text)
    return text


def clean_inline(text: str) -> str:
    """One display line: markdown removed and white space folded."""
    return _WS.sub(" ", strip_markdown(text)).strip()


def label_key(label: str) -> str:
    """Canonical form of a heading or field label for matching: folded, letters and digits only."""
    return re.sub(r"[^A-Z0-9&]+", " ", fold(strip_markdown(label)).upper()).strip()


def parse_number(raw: str) -> float | None:
    """A French-formatted number ('1 800', '7,5', '2 037 760', '1.500') as a float."""
    s = re.sub(r"[\s\u00a0\u202f]", "", raw).rstrip(".,")
    if not s or not re.fullmatch(r"\d[\d.,]*", s):
        return None
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None
