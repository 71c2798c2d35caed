"""Every user-facing sentence of an answer, in French and English, in one table: the composer
picks a key and fills the slots; no language test is scattered through the code."""

from __future__ import annotations

from typing import Literal

Lang = Literal["fr", "en"]

MESSAGES: dict[str, dict[Lang, str]] = {
    # plain statements of a filled plan
    "figure": {
        "fr": "{name} — {label} : {value} {marks}",
        "en": "{name} — {label}: {value} {marks}",
    },
    "person": {"fr": "{name} — {role} : {value} {marks}", "en": "{name} — {role}: {value} {marks}"},
    "field": {
        "fr": "{name} — {label} : {value} {marks}",
        "en": "{name} — {label}: {value} {marks}",
    },
    "date": {"fr": "{name} — {event} : {value} {marks}", "en": "{name} — {event}: {value} {marks}"},
    "year_unstated": {
        "fr": "(la fiche ne précise pas l'année)",
        "en": "(the fiche does not say which year)",
    },
    "quote": {"fr": "« {quote} »", "en": "« {quote} »"},
    "sentence": {
        "fr": "**{name}**{place} : « {quote} » {marks}",
        "en": "**{name}**{place}: « {quote} » {marks}",
    },
    "list_item": {
        "fr": "{i}. **{name}**{place} — « {quote} » {marks}",
        "en": "{i}. **{name}**{place} — « {quote} » {marks}",
    },
    "list_head_one": {"fr": "Une structure correspond :", "en": "One structure matches:"},
    "list_head": {"fr": "{n} structures correspondent :", "en": "{n} structures match:"},
    "similar_head": {
        "fr": "Les initiatives du livret les plus proches de votre projet :",
        "en": "The booklet's initiatives closest to your project:",
    },
    "shared": {"fr": " En commun : {words}.", "en": " In common: {words}."},
    # what is missing, and the nearest stated fact
    "missing_attribute": {
        "fr": "La fiche de {name} n'indique pas de {label}.",
        "en": "The fiche of {name} gives no {label}.",
    },
    "missing_year": {
        "fr": "La fiche de {name} ne donne rien pour {years}.",
        "en": "The fiche of {name} gives nothing for {years}.",
    },
    "missing_role": {
        "fr": "La fiche de {name} ne nomme pas de {role}.",
        "en": "The fiche of {name} names no {role}.",
    },
    "missing_date": {
        "fr": "La fiche de {name} ne date pas {event}.",
        "en": "The fiche of {name} does not date its {event}.",
    },
    "missing_exact_date": {
        "fr": "La fiche de {name} ne donne pas de date exacte.",
        "en": "The fiche of {name} gives no exact date.",
    },
    "missing_place": {
        "fr": "La fiche de {name} ne mentionne pas {places}.",
        "en": "The fiche of {name} never mentions {places}.",
    },
    "missing_national": {
        "fr": "Le livret décrit {name} en Hauts-de-France ; il ne donne rien au niveau national.",
        "en": "The booklet describes {name} in Hauts-de-France; it gives nothing nationwide.",
    },
    "missing_passage": {
        "fr": "Aucun passage de la fiche de {name} ne répond.",
        "en": "No passage of the fiche of {name} answers this.",
    },
    "nearest": {
        "fr": "Ce qu'elle indique de plus proche — {statement} {marks}",
        "en": "The nearest it states — {statement} {marks}",
    },
    # refusals: the question is about something the booklet never mentions
    "abstain": {
        "fr": "Le livret ne le dit pas ({reason}). Il présente {n} structures — {covered}.",
        "en": "The booklet does not say ({reason}). It presents {n} structures — {covered}.",
    },
    "reason_no_match": {
        "fr": "aucune structure ne correspond aux filtres",
        "en": "no structure matches the filters",
    },
    "reason_unknown_words": {
        "fr": "il ne mentionne pas {words}",
        "en": "it never mentions {words}",
    },
    "reason_no_words": {"fr": "la question n'a aucun mot", "en": "the question has no words"},
    "reason_unknown_names": {
        "fr": "le livret ne mentionne pas {names}",
        "en": "the booklet never mentions {names}",
    },
    "reason_apart": {
        "fr": "aucune de ses structures ne réunit {words} avec le reste de la question",
        "en": "none of its structures brings together {words} with the rest of the question",
    },
    "reason_place": {
        "fr": "aucune structure du lieu demandé ({place}) ne répond à la question ; le livret y "
        "présente : {names}",
        "en": "no structure in the place asked ({place}) matches the question; the booklet "
        "presents there: {names}",
    },
    "reason_place_none": {
        "fr": "le livret ne présente aucune structure à cet endroit ({place})",
        "en": "the booklet presents no structure in that place ({place})",
    },
    "reason_no_passage": {
        "fr": "le livret ne contient pas de passage qui réponde",
        "en": "no passage of the booklet answers this",
    },
    "reason_not_stated": {
        "fr": "la fiche ne l'indique pas",
        "en": "the fiche does not state it",
    },
    "aggregate_note": {
        "fr": "(Question de comptage ou de classement : voici les structures concernées.)",
        "en": "(A count or ranking question: here are the structures concerned.)",
    },
}


def say(key: str, lang: str, **slots: object) -> str:
    """The message `key` in `lang` (French for any language but English), slots filled."""
    table = MESSAGES[key]
    return table["en" if lang == "en" else "fr"].format(**slots)
