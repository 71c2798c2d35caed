"""The booklet itself asked about, as a whole ('de quoi parle le livret ?', 'what is the
booklet about?', 'quels thèmes couvre le livret ?'): answered from what the booklet says of
itself — the title on its cover and the theme headings it files its fiches under, with the
structures under each — not refused, and not answered with one fiche's sentence that shares a
word with the question. Read from the parsed booklet, so it holds on any booklet."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.messages import say
from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


def asks_booklet(plan: QuestionPlan) -> bool:
    """A question about the booklet as a whole: its frame, and nothing narrowing it to some
    structures (a structure named, a place, a theme, a follow-up)."""
    narrowed = plan.targets or plan.places or plan.departements or plan.theme or plan.followup
    folded = fold(plan.question)
    return not narrowed and (bool(lx.BOOKLET_ASKED.search(folded)) or opens_on_booklet(folded))


def leaves_nothing(asked: str, names_one: bool) -> bool:
    """Whether a turn asked the booklet as a whole and nothing else ('je regarde le livret ESS
    Hauts-de-France', 'de quoi parle le livret ?'), naming no structure nor place
    (`names_one`): the question after it
    follows nothing and is planned as one opening the conversation (class: a list or a
    pronoun asked after such an opening, 'lesquelles ont un budget supérieur à 500 000 € ?',
    'quelles structures dans l'Aisne ?' — once read as the opening asked again in the Aisne,
    or narrowed to the one fiche its words picked)."""
    folded = fold(asked)
    return not names_one and (bool(lx.BOOKLET_ASKED.search(folded)) or opens_on_booklet(folded))


def opens_on_booklet(folded: str) -> bool:
    """Class: an opening turn saying only that the asker reads the booklet ('je regarde le
    livret ESS Hauts-de-France', "I'm looking at the Hauts-de-France ESS booklet"). It asks of
    the booklet as a whole, so it is answered with what the booklet covers: read as a fact, it
    was answered with the one fiche writing 'Hauts de France' (Le Bois de Deux Mains's prize),
    and the list asked next ('les structures dirigées par une femme ?', 'which ones were
    financed by a CIGALES club?') was narrowed to that fiche alone. Any word beyond the
    booklet's name (a thing, a place, a question) makes it a question of its own."""
    match = lx.BOOKLET_OPENING.match(folded.strip())
    if match is None:
        return False
    words = re.findall(r"\w+(?:-\w+)*", f"{match.group('name')} {match.group('rest')}")
    return all(w in lx.BOOKLET_NAME_WORDS for w in words)


def booklet_about(corpus: Corpus, lang: str) -> str:
    """'Le livret « … » présente 9 structures, en 2 thèmes — L'alimentation durable : …'."""
    themes: dict[str, list[str]] = {}
    for fiche in corpus.fiches:
        themes.setdefault(fiche.theme, []).append(fiche.name)
    covered = " ; ".join(f"{theme} : {', '.join(names)}" for theme, names in themes.items())
    titles = " ; ".join(b.label() for b in corpus.booklets)
    return say(
        "booklet_about", lang, title=titles, n=len(corpus.fiches), t=len(themes), covered=covered
    )


# Class: who made the booklet, or when, asked of the booklet itself ('qui a rédigé ce livret
# ?', 'Who wrote this booklet?', 'le livret date de quand ?', 'who published the booklet?'):
# answered only by a credit the booklet writes ('rédigé par', 'réalisé par', 'édité par', an
# author, a publication date); a booklet without one does not say, and its fiches' sentences
# sharing a word ('réalisé', 'année') are no answer. Folded.
_BOOKLET = r"(le|ce|du|de ce|the|this) (livret|booklet|document)"
_MADE_FR = r"(ecrit|redige|realise|publie|edite|concu|produit|compile|fait)e?"
_MADE_EN = r"(wrote|written|made|published|authored|produced|edited|compiled|created|issued)"
_MAKER_ASKED = re.compile(
    # 'qui a rédigé ce livret', 'l'auteur du livret', 'le livret a été publié quand'
    rf"\bqui (l.)?a {_MADE_FR} {_BOOKLET}\b|"
    rf"\b(auteur|auteure|autrice|redacteur|redactrice|editeur|editrice)s? (du|de ce) livret\b|"
    rf"\b{_BOOKLET} (a ete |est )?{_MADE_FR} (par|quand|en quelle annee)\b|"
    rf"\b(date|annee) de (publication|parution|redaction|sortie) (du|de ce) livret\b|"
    # 'who wrote this booklet', "the booklet's author", 'when was the booklet published'
    rf"\bwho {_MADE_EN} {_BOOKLET}\b|"
    rf"\b(authors?|publishers?|editors?) of {_BOOKLET}\b|"
    rf"\b{_BOOKLET}.s (authors?|publishers?|editors?|publication date)\b|"
    rf"\bwhen (was|did) {_BOOKLET} (come out|{_MADE_EN})\b|"
    rf"\b{_BOOKLET} (was )?{_MADE_EN} by\b"
)
_CREDIT_WRITTEN = re.compile(
    r"\b(redige|realise|edite|publie|concu|ecrit|coordonne) par\b|\bauteurs?\s*:|"
    r"\bdirection de la publication\b|\bdepot legal\b|©"
)


def asks_maker(plan: QuestionPlan, booklet_folded: str) -> bool:
    """A question asking who made the booklet or when, which it does not say: no credit in
    its text. Nothing narrowing it to structures (a structure named, a place, a follow-up)."""
    if plan.targets or plan.places or plan.departements or plan.followup:
        return False
    folded = fold(plan.question)
    if not _MAKER_ASKED.search(folded):
        return False
    return not _CREDIT_WRITTEN.search(booklet_folded)


def maker_unstated(corpus: Corpus, lang: str) -> str:
    """'le livret « … » ne dit ni qui l'a rédigé ni quand' — its title as the nearest fact."""
    titles = " ; ".join(b.label() for b in corpus.booklets)
    return say("reason_booklet_maker", lang, title=titles)
