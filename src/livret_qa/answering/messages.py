"""Every user-facing sentence of an answer, in French and English, in one table: the composer
picks a key and fills the slots; no language test is scattered through the code."""

from __future__ import annotations

import re
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
    "thing_unmeasured": {
        "fr": "Le livret ne donne pas de {unit} de {thing}. Ce que les fiches indiquent de plus "
        "proche — le {unit} d'autres choses :",
        "en": "The booklet gives no {unit} of {thing}. The nearest it states — the {unit} of "
        "other things:",
    },
    "kind_named_aside": {
        "fr": "Aucune structure du livret n'est ni ne gère de « {kind} » ; le livret n'en parle "
        "que comme d'un autre acteur (partenaire, réseau, destinataire) :",
        "en": "No structure in the booklet is or runs a « {kind} »; the booklet names one only "
        "as another party (a partner, a network, a recipient):",
    },
    "kind_named_aside_place": {
        "fr": "Aucune structure du lieu demandé ({place}) n'est ni ne gère de « {kind} » ; le "
        "livret n'en parle là que comme d'un projet :",
        "en": "No structure in the place asked ({place}) is or runs a « {kind} »; the booklet "
        "names one there only as a project:",
    },
    "negated_head": {
        "fr": "{n} structures dont la fiche ne le dit pas (« {asked} ») :",
        "en": "{n} structures whose fiche does not say so (« {asked} »):",
    },
    "negated_head_one": {
        "fr": "Une structure dont la fiche ne le dit pas (« {asked} ») :",
        "en": "One structure whose fiche does not say so (« {asked} »):",
    },
    # a place left out: each card says where the structure is (compose._complement)
    "negated_place_head": {
        "fr": "{n} structures sont situées ailleurs que : {place}.",
        "en": "{n} structures are not in {place}:",
    },
    "negated_place_head_one": {
        "fr": "Une structure est située ailleurs que : {place}.",
        "en": "One structure is not in {place}:",
    },
    "negated_doing": {
        "fr": "Celles dont la fiche le dit : {names}.",
        "en": "Those whose fiche says so: {names}.",
    },
    "negated_none": {
        "fr": "Aucune : la fiche de chacune des structures concernées le dit (« {asked} »)",
        "en": "None: the fiche of every structure concerned says so (« {asked} »)",
    },
    "list_head_one": {"fr": "Une structure correspond :", "en": "One structure matches:"},
    "none_listed_others_do": {
        "fr": "Aucune des structures citées ; ailleurs dans le livret :",
        "en": "None of those listed; elsewhere in the booklet:",
    },
    "list_head": {"fr": "{n} structures correspondent :", "en": "{n} structures match:"},
    "list_head_booklets": {
        "fr": "{n} structures correspondent, dans {b} livrets :",
        "en": "{n} structures match, in {b} booklets:",
    },
    "booklet_group": {
        "fr": "Livret « {title} » ({source}) :",
        "en": "Booklet « {title} » ({source}):",
    },
    "booklet_named": {
        "fr": "Livret : « {title} » ({source})",
        "en": "Booklet: « {title} » ({source})",
    },
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
    "label_costs_lowered": {"fr": "dépenses réduites", "en": "costs kept down"},
    "label_start_of_thing": {"fr": "début", "en": "start"},  # compose._thing_dated
    "missing_label_other": {  # class: a label of a named kind (slots._label_of_another_kind)
        "fr": "La fiche de {name} ne donne pas de label ni d'agrément {words}.",
        "en": "The fiche of {name} gives no {words} label or approval.",
    },
    "missing_money_unstated": {  # class: money asked of a giver (compose._money_unstated)
        "fr": "La fiche de {name} ne cite pas ce financement parmi ceux qu'elle reçoit.",
        "en": "The fiche of {name} does not name that funding among those it receives.",
    },
    "missing_refused": {  # class: what a structure turns away (slots._refused)
        "fr": "La fiche de {name} ne dit pas ce qui est refusé : elle indique seulement ce "
        "qui est pris.",
        "en": "The fiche of {name} does not say what is turned away: it only states what is taken.",
    },
    "year_given_by_none": {  # class: a year alone after a total (compose._undated_if_none…)
        "fr": "Aucune de ces structures ne donne de valeur pour {year}. Ce qu'elles indiquent "
        "de plus proche :",
        "en": "None of these structures gives a value for {year}. The nearest they state:",
    },
    "missing_year": {
        "fr": "La fiche de {name} ne donne rien pour {years}.",
        "en": "The fiche of {name} gives nothing for {years}.",
    },
    "missing_outcome": {
        "fr": "La fiche de {name} ne dit pas si cela a abouti : elle le présente seulement "
        "comme demandé, en attente ou espéré.",
        "en": "The fiche of {name} does not say whether it came about: it only states it as "
        "requested, pending or hoped for.",
    },
    "missing_blank": {
        "fr": "La fiche de {name} ne le précise pas : le livret a laissé ce point en blanc.",
        "en": "The fiche of {name} does not say: the booklet left this point blank.",
    },
    # a kind of value asked that the quoted sentence does not hold (unstated_kind.py)
    "missing_units": {
        "fr": "La fiche de {name} donne un poids, pas un nombre à l'unité.",
        "en": "The fiche of {name} gives a weight, not a count in units.",
    },
    "missing_weight": {
        "fr": "La fiche de {name} ne donne pas ce poids.",
        "en": "The fiche of {name} does not give this weight.",
    },
    "missing_distance": {
        "fr": "La fiche de {name} ne donne pas cette distance.",
        "en": "The fiche of {name} does not give this distance.",
    },
    "missing_audience": {
        "fr": "La fiche de {name} ne compte que son audience en ligne, pas ces personnes.",
        "en": "The fiche of {name} counts only its online audience, not the people asked.",
    },
    "missing_created": {
        "fr": "La fiche de {name} ne donne pas le nombre d'emplois créés.",
        "en": "The fiche of {name} does not give the number of jobs created.",
    },
    "missing_year_of": {
        "fr": "La fiche de {name} ne précise pas l'année de ce chiffre.",
        "en": "The fiche of {name} does not say which year this figure is for.",
    },
    "missing_reason": {
        "fr": "La fiche de {name} n'en donne pas la raison.",
        "en": "The fiche of {name} gives no reason for it.",
    },
    # bound_qualifiers.py: a qualifier of the quantity asked that the sentence found lacks
    "missing_price_of_thing": {
        "fr": "La fiche de {name} ne donne pas ce prix.",
        "en": "The fiche of {name} gives no such price.",
    },
    "missing_outcome_count": {
        "fr": "La fiche de {name} ne dit pas combien ont trouvé un emploi.",
        "en": "The fiche of {name} does not say how many found a job.",
    },
    "missing_part_alone": {
        "fr": "La fiche de {name} ne donne pas ce chiffre à part : elle le donne avec {words}.",
        "en": "The fiche of {name} does not give that figure on its own: it gives it with {words}.",
    },
    "missing_joint_place": {
        "fr": "La fiche de {name} ne donne pas ce chiffre pour {places} seul(e).",
        "en": "The fiche of {name} gives no such figure for {places} alone.",
    },
    "missing_amount": {
        "fr": "La fiche de {name} ne donne pas ce montant.",
        "en": "The fiche of {name} gives no such amount.",
    },
    # an attribute asked of a planned change ('which new legal status is it considering?')
    "missing_planned": {
        "fr": "La fiche de {name} ne dit pas quel {label} elle envisage : elle ne donne que "
        "l'actuel.",
        "en": "The fiche of {name} does not say which {label} it is considering: it gives "
        "only its current one.",
    },
    "missing_other_site": {
        "fr": "La fiche de {name} ne donne que l'adresse de son site principal ({town}), pas "
        "celle de {places}.",
        "en": "The fiche of {name} gives only the address of its main site ({town}), not the "
        "one in {places}.",
    },
    "missing_site_figure": {
        "fr": "La fiche de {name} donne ce chiffre ({label}) pour toute la structure, aucun "
        "propre à {places}.",
        "en": "The fiche of {name} gives this figure ({label}) for the whole structure, none "
        "of {places} alone.",
    },
    "missing_other_site_contact": {
        "fr": "La fiche de {name} donne ses coordonnées ({label}) pour {town} seulement, rien "
        "de propre à {places}.",
        "en": "The fiche of {name} gives its contact details ({label}) for {town} only, none "
        "for {places}.",
    },
    "missing_undated": {
        "fr": "La fiche de {name} donne un {label} sans année : rien ne le rapporte à {years}.",
        "en": "The fiche of {name} gives a {label} with no year: nothing ties it to {years}.",
    },
    "missing_unit_head": {
        "fr": "La fiche de {name} ne nomme pas de responsable pour « {unit} ».",
        "en": "The fiche of {name} names no one in charge of « {unit} ».",
    },
    "missing_role": {
        "fr": "La fiche de {name} ne nomme pas de {role}.",
        "en": "The fiche of {name} names no {role}.",
    },
    "missing_person_unnamed": {
        "fr": "La fiche de {name} mentionne cette personne sans la nommer.",
        "en": "The fiche of {name} mentions that person but does not name them.",
    },
    # a fact of a partner the fiche names only in passing (compose._partner_holds)
    "missing_partner_fact": {
        "fr": "La fiche de {name} cite {body} sans en donner ce qui est demandé : le livret n'a "
        "pas de fiche pour {body}.",
        "en": "The fiche of {name} names {body} but does not give what is asked of it: the "
        "booklet has no fiche for {body}.",
    },
    "missing_body_founding": {
        "fr": "La fiche de {name} ne date pas la création de {body}.",
        "en": "The fiche of {name} does not date the founding of {body}.",
    },
    "missing_thing_unnamed": {
        "fr": "La fiche de {name} en parle sans lui donner de nom.",
        "en": "The fiche of {name} mentions it but gives no name.",
    },
    "missing_role_unnamed": {
        "fr": "La fiche de {name} mentionne un(e) {role} sans le ou la nommer.",
        "en": "The fiche of {name} mentions a {role} but does not name them.",
    },
    "missing_whole_year": {
        "fr": "La fiche de {name} ne donne pas de chiffre pour toute l'année{years}.",
        "en": "The fiche of {name} gives no figure for the whole year{years}.",
    },
    "other_period": {
        "fr": "(chiffre donné pour une autre période que celle demandée)",
        "en": "(a figure given for another period than the one asked)",
    },
    "other_figure_of_year": {
        "fr": "(pas ce chiffre-là pour cette année : c'est l'autre chiffre de la même rubrique, "
        "le seul qu'elle donne pour elle)",
        "en": "(not that figure for that year: the other figure under the same heading, the "
        "only one it gives for it)",
    },
    "partial_year": {
        "fr": "(sur une partie de l'année seulement)",
        "en": "(for part of the year only)",
    },
    "start_for_opening": {
        "fr": "(date de démarrage de l'action)",
        "en": "(the start date of the action)",
    },
    "missing_date": {
        "fr": "La fiche de {name} ne donne pas de date de {event}.",
        "en": "The fiche of {name} does not date its {event}.",
    },
    # since when a card's field holds, the fiche dating no start of it (since_field.py)
    "missing_date_of_field": {
        "fr": "La fiche de {name} ne date pas {what}.",
        "en": "The fiche of {name} does not date {what}.",
    },
    "missing_date_asked": {
        "fr": "La fiche de {name} ne date pas ce qui est demandé.",
        "en": "The fiche of {name} does not date what is asked.",
    },
    "missing_exact_date": {
        "fr": "La fiche de {name} ne donne pas de date exacte.",
        "en": "The fiche of {name} gives no exact date.",
    },
    # a yes/no whether it has a site in a town its fiche names for something else (slots.py)
    "missing_site_there": {
        "fr": "La fiche de {name} ne mentionne aucun site à {places}.",
        "en": "The fiche of {name} mentions no site of it in {places}.",
    },
    "missing_place": {
        "fr": "La fiche de {name} ne mentionne pas {places}.",
        "en": "The fiche of {name} never mentions {places}.",
    },
    "missing_national": {
        "fr": "Le livret décrit {name} en Hauts-de-France ; il ne donne rien au niveau national.",
        "en": "The booklet describes {name} in Hauts-de-France; it gives nothing nationwide.",
    },
    "missing_scope": {
        "fr": "La fiche de {name} ne cite rien au niveau {scope} ({label}).",
        "en": "The fiche of {name} names nothing at {scope} level ({label}).",
    },
    "missing_where_things": {  # class: where the things of a structure are (where_things)
        "fr": "La fiche de {name} ne dit pas où se trouvent ses {words}.",
        "en": "The fiche of {name} does not say where its {words} are.",
    },
    # an e-mail asked of a person when the card's only address spells another person's name
    "missing_mail_of_other": {
        "fr": "La fiche de {name} ne donne pas d'adresse e-mail propre à {person} : celle "
        "qu'elle donne porte le nom d'une autre personne.",
        "en": "The fiche of {name} gives no e-mail address of {person}'s own: the one it gives "
        "bears another person's name.",
    },
    "missing_words": {
        "fr": "La fiche de {name} ne mentionne pas {words}.",
        "en": "The fiche of {name} never mentions {words}.",
    },
    "missing_actual": {
        "fr": "La fiche de {name} ne donne qu'un chiffre prévisionnel, pas de chiffre réalisé.",
        "en": "The fiche of {name} gives only a forecast, no actual figure.",
    },
    "missing_forecast": {
        "fr": "La fiche de {name} ne donne pas de chiffre prévisionnel.",
        "en": "The fiche of {name} gives no forecast figure.",
    },
    "missing_target": {
        "fr": "La fiche de {name} donne un objectif, pas un chiffre atteint.",
        "en": "The fiche of {name} gives a target, not a figure reached.",
    },
    "missing_season": {
        "fr": "La fiche de {name} ne donne pas la saison.",
        "en": "The fiche of {name} does not give the season.",
    },
    "missing_month": {
        "fr": "La fiche de {name} ne donne pas le mois.",
        "en": "The fiche of {name} does not give the month.",
    },
    "missing_span": {
        "fr": "La fiche de {name} ne donne ce chiffre que pour plusieurs années ensemble, pas "
        "pour {years} seul.",
        "en": "The fiche of {name} gives this figure only for several years together, not for "
        "{years} alone.",
    },
    "missing_share": {
        "fr": "La fiche de {name} ne donne ni part ni pourcentage de ce qui est demandé.",
        "en": "The fiche of {name} gives no share or percentage of what is asked.",
    },
    "missing_together": {
        "fr": "La fiche de {name} ne mentionne nulle part ensemble {words}.",
        "en": "The fiche of {name} nowhere mentions {words} together.",
    },
    # a yes/no question: yes when the fiche states it, else the booklet does not say
    "yes": {"fr": "Oui — ", "en": "Yes — "},
    # … or states otherwise ('est-elle une SCIC ?' of an association): no, and what it is
    "no": {"fr": "Non — ", "en": "No — "},
    # … or states it as a plan ('en créant son site internet marchand'): not yet
    "planned": {"fr": "Pas encore, c'est en projet — ", "en": "Not yet, it is planned — "},
    "status_not": {"fr": "(pas : {form})", "en": "(not: {form})"},
    "status_approval": {"fr": "agrément", "en": "approval"},
    "status_label": {"fr": "label", "en": "label"},
    "statuses_stated": {
        "fr": "Les fiches donnent pour statut : {statuses}.",
        "en": "The fiches give as legal status: {statuses}.",
    },
    "no_saying": {"fr": "Le livret ne le dit pas — ", "en": "The booklet does not say — "},
    "missing_passage": {
        "fr": "Aucun passage de la fiche de {name} ne répond.",
        "en": "No passage of the fiche of {name} answers this.",
    },
    # 'why' asked of an action: its reason, then the sentence telling the action
    "reason_items": {
        "fr": "{name}{place} — pourquoi :",
        "en": "{name}{place} — why:",
    },
    "section_items": {
        "fr": "{name}{place} — {label} :",
        "en": "{name}{place} — {label}:",
    },
    "nearest": {
        "fr": "Ce qu'elle indique de plus proche — {statement} {marks}",
        "en": "The nearest it states — {statement} {marks}",
    },
    # refusals: the question is about something the booklet never mentions
    # the booklet itself asked about: its cover title, then its themes and their structures
    "reason_booklet_maker": {
        "fr": "le livret « {title} » ne dit ni qui l'a rédigé ni quand il a paru",
        "en": "the booklet « {title} » does not say who wrote it or when it came out",
    },
    "booklet_about": {
        "fr": "Le livret « {title} » présente {n} structures, en {t} thèmes — {covered}.",
        "en": "The booklet « {title} » presents {n} structures, under {t} themes — {covered}.",
    },
    "abstain": {
        "fr": "Le livret ne le dit pas ({reason}). Il présente {n} structures — {covered}.",
        "en": "The booklet does not say ({reason}). It presents {n} structures — {covered}.",
    },
    "reason_no_match": {
        "fr": "aucune structure ne correspond aux filtres",
        "en": "no structure matches the filters",
    },
    "reason_only_excluded": {
        "fr": "aucune fiche ne dit le faire ; {names} l'exclut expressément : « {quote} »",
        "en": "no fiche says it does; {names} explicitly excludes it: « {quote} »",
    },
    "reason_unknown_words": {
        "fr": "il ne mentionne pas {words}",
        "en": "it never mentions {words}",
    },
    "reason_no_words": {"fr": "la question n'a aucun mot", "en": "the question has no words"},
    # a list with an exclusion (exclusion.py): none left once those left out are set aside
    "left_out_none": {
        "fr": "Aucune : hors {what}, le livret n'en présente pas d'autre ; celles qu'il "
        "présente sont laissées de côté ({names})",
        "en": "None: apart from {what}, the booklet presents no other; those it presents are "
        "left out ({names})",
    },
    "left_out_note": {
        "fr": "Laissées de côté (hors {what}) : {names}.",
        "en": "Left out (apart from {what}): {names}.",
    },
    "reason_unknown_names": {
        "fr": "le livret ne mentionne pas {names}",
        "en": "the booklet never mentions {names}",
    },
    # a partner, network or funder named by a fiche, asked a fact of its own (unfiched.py)
    "reason_no_fiche": {
        "fr": "le livret n'a pas de fiche pour {names}, qu'il cite seulement dans la fiche de "
        "{fiches}",
        "en": "the booklet has no fiche for {names}, which it names only in the fiche of {fiches}",
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
    "reason_place_also": {
        "fr": " ; ailleurs dans le même département ({departement}) : {names}",
        "en": "; elsewhere in the same département ({departement}): {names}",
    },
    "reason_place_near": {
        "fr": "le livret ne présente aucune structure répondant à la question à cet endroit "
        "({place}) ; dans le même département ({departement}), il présente : {names}",
        "en": "the booklet presents no structure matching the question in that place ({place}); "
        "in the same département ({departement}) it presents: {names}",
    },
    # a follow-up picking among the structures in focus by a place none of them stands in
    "none_theme": {
        "fr": "Aucune des structures citées ne relève du thème demandé ({place}) : {where}.",
        "en": "None of them belongs to the theme asked ({place}): {where}.",
    },
    "none_theme_one": {
        "fr": "Aucune : {where} ne relève pas du thème demandé ({place}).",
        "en": "None: {where} does not belong to the theme asked ({place}).",
    },
    "none_there": {
        "fr": "Aucune des structures citées n'est dans le lieu demandé ({place}) : {where}.",
        "en": "None of them is in the place asked ({place}): {where}.",
    },
    "none_there_one": {
        "fr": "Aucune : {where} n'est pas dans le lieu demandé ({place}).",
        "en": "None: {where} is not in the place asked ({place}).",
    },
    # a follow-up pointing back when no structure is in focus ('elle a été créée quand ?' as
    # the first turn): which one is meant is asked, none picked silently
    "reason_no_focus": {
        "fr": "la question renvoie à une structure, mais la conversation n'en cite aucune",
        "en": "the question points back at a structure, but the conversation names none",
    },
    "no_focus": {
        "fr": "De quelle structure parlez-vous ? La question renvoie à une structure déjà "
        "citée, mais la conversation n'en cite encore aucune. Le livret en présente {n} : "
        "{names}.",
        "en": "Which structure do you mean? The question points back at a structure, but the "
        "conversation names none yet. The booklet presents {n}: {names}.",
    },
    # 'Who is the head of the other one?' with one structure in focus (other_one.py)
    "reason_ranking_unmeasured": {
        "fr": "aucune fiche ne donne le chiffre selon lequel ce classement est demandé",
        "en": "no fiche states the figure this ranking asks for",
    },
    "ranking_unmeasured": {
        "fr": "Aucune fiche du livret ne donne ce chiffre : il ne permet pas de dire quelle "
        "structure arrive en tête. Les chiffres qu'il donne pour comparer ses structures : "
        "budget, nombre de salariés, d'adhérents et de bénévoles, tonnages, nombre de sites, "
        "date de création.",
        "en": "No fiche in the booklet states that figure, so it cannot say which structure "
        "comes first. The figures it gives to compare its structures: budget, number of "
        "employees, members and volunteers, tonnages, number of sites, founding date.",
    },
    "ranking_unsettled": {
        "fr": "Le livret ne permet pas de le dire : ce chiffre ({label}) n'est indiqué que pour "
        "{n} des {m} structures. Parmi celles qui l'indiquent :",
        "en": "The booklet does not settle it: only {n} of the {m} structures state a {label}; "
        "the others give none. Among those that do:",
    },
    "reason_other_of_none": {
        "fr": "la question renvoie à une autre structure, mais la conversation n'en cite qu'une",
        "en": "the question points at another structure, but the conversation names only one",
    },
    "other_of_none": {
        "fr": "De quelle autre structure parlez-vous ? La conversation ne cite que {one}. Le "
        "livret présente aussi : {names}.",
        "en": "Which other structure do you mean? The conversation names only {one}. The "
        "booklet also presents: {names}.",
    },
    # a state asked by yes or no that no sentence states (property_asked.py)
    "property_profit": {"fr": "« rentabilité »", "en": "« profitability »"},
    "property_paid": {"fr": "« rémunération des bénévoles »", "en": "« paid volunteers »"},
    # a first name asked of people named by title and surname only (first_names.py)
    # the name of a role-holder the fiche writes by role only (role_name.py)
    "reason_role_unnamed": {
        "fr": "La fiche **{name}** mentionne « {role} » sans nommer la personne",
        "en": "The fiche of **{name}** mentions « {role} » but names no one",
    },
    "reason_first_names": {
        "fr": "La fiche de {name} ne donne pas de prénom : elle nomme ses contacts par leur "
        "titre et leur nom",
        "en": "The fiche of {name} gives no first name: it names its contacts by title and surname",
    },
    # a fact asked of the network or territory a structure belongs to (umbrella_name.py)
    "reason_umbrella": {
        "fr": "Le livret n'a pas de fiche pour « {name} » : il ne donne pas cela pour lui, "
        "seulement pour {structure}, qui s'y rattache",
        "en": "The booklet has no fiche for “{name}”: it does not give this for it, only for "
        "{structure}, which belongs to it",
    },
    "reason_sibling": {
        "fr": "Le livret n'a pas de fiche pour « {name} » : ce n'est pas {structure}, et il ne "
        "le mentionne qu'en passant",
        "en": "The booklet has no fiche for “{name}”: it is not {structure}, and the booklet "
        "only mentions it in passing",
    },
    "acronym_spelt": {
        "fr": "Le sigle {acr} désigne : {words}",
        "en": "{acr} stands for: {words}",
    },
    "acronym_not_spelt": {
        "fr": "Le livret ne développe pas le sigle {acr} : il l'écrit sans dire ce qu'il "
        "signifie. Là où il l'emploie",
        "en": "The booklet does not spell out {acr}: it uses the acronym without saying what "
        "it stands for. Where it uses it",
    },
    "no_more_listed": {
        "fr": "Le livret n'en présente pas d'autres : ce sont les seules structures qu'il cite "
        "pour cette question.",
        "en": "The booklet presents no others: these are the only structures it gives for "
        "this question.",
    },
    "every_one_unpointed": {
        "fr": "La conversation ne cite encore aucune structure : voici la réponse pour chacune "
        "des structures du livret.",
        "en": "The conversation names no structure yet: here is the answer for each structure "
        "of the booklet.",
    },
    # the others asked in a place where only the one(s) in focus stand
    "no_other_there_one": {
        "fr": "Aucune autre structure du livret n'est dans le lieu demandé ({place}) : {where} "
        "y est la seule.",
        "en": "No other structure of the booklet is in the place asked ({place}): {where} is "
        "the only one there.",
    },
    "no_other_there": {
        "fr": "Aucune autre structure du livret n'est dans le lieu demandé ({place}) : seules "
        "{where} y sont.",
        "en": "No other structure of the booklet is in the place asked ({place}): only {where} "
        "are there.",
    },
    # a yes/no follow-up asking whether the structures in focus stand in a place they do not
    "not_there": {
        "fr": "Non : aucune des structures citées n'est dans le lieu demandé ({place}) : {where}.",
        "en": "No: none of them is in the place asked ({place}): {where}.",
    },
    "there_one": {
        "fr": "Oui : {where} est dans le lieu demandé ({place}).",
        "en": "Yes: {where} is in the place asked ({place}).",
    },
    "there_which": {
        "fr": "{where} se trouve dans : {place}.",
        "en": "{where} stands in: {place}.",
    },
    "not_there_one": {
        "fr": "Non : {where} n'est pas dans le lieu demandé ({place}).",
        "en": "No: {where} is not in the place asked ({place}).",
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
    # answers computed from the facts store
    "agg_count": {
        "fr": "**{n} structure{s}** {filters}.",
        "en": "**{n} structure{s}** {filters}.",
    },
    "agg_count_search": {
        "fr": "**{n} structure{s}** d'après la recherche (aucun champ des fiches ne porte ce "
        "critère : le compte repose sur les passages trouvés).",
        "en": "**{n} structure{s}** according to the search (no field of the fiches holds this "
        "criterion: the count rests on the passages found).",
    },
    "agg_sum": {
        "fr": "**Total — {label} : {value}**, sur {n} structure{s}{filters}.",
        "en": "**Total {label}: {value}**, over {n} structure{s}{filters}.",
    },
    "agg_median": {
        "fr": "**Médiane — {label} : {value}**, sur {n} structure{s}{filters} (autant de "
        "valeurs au-dessus qu'au-dessous).",
        "en": "**Median {label}: {value}**, over {n} structure{s}{filters} (as many values "
        "above as below).",
    },
    "agg_avg": {
        "fr": "**Moyenne — {label} : {value}**, sur {n} structure{s}{filters}.",
        "en": "**Average {label}: {value}**, over {n} structure{s}{filters}.",
    },
    "agg_max": {
        "fr": "**{names}** : {label} le plus élevé{filters} — **{value}**.",
        "en": "**{names}**: the highest {label}{filters} — **{value}**.",
    },
    "agg_min": {
        "fr": "**{names}** : {label} le plus faible{filters} — **{value}**.",
        "en": "**{names}**: the lowest {label}{filters} — **{value}**.",
    },
    "agg_oldest": {
        "fr": "**{names}** : la structure la plus ancienne{filters} — créée en **{value}**.",
        "en": "**{names}**: the oldest structure{filters} — created in **{value}**.",
    },
    "agg_newest": {
        "fr": "**{names}** : la structure la plus récente{filters} — créée en **{value}**.",
        "en": "**{names}**: the most recent structure{filters} — created in **{value}**.",
    },
    "agg_top_rest": {
        "fr": "Les {n} autres structures{filters}, par {label} ({order}) :",
        "en": "The {n} other structures{filters} by {label} ({order}):",
    },
    "agg_top": {
        "fr": "Les {n} premières structures{filters}, par {label} ({order}) :",
        "en": "The top {n} structures{filters} by {label} ({order}):",
    },
    "agg_bound_one_yes": {
        "fr": "Oui — **{name}** : {label} {bound}, d'après sa fiche :",
        "en": "Yes — **{name}**: {label} {bound}, according to its fiche:",
    },
    "agg_bound_one_no": {
        "fr": "Non — **{name}** : {label} pas {bound}, d'après sa fiche :",
        "en": "No — **{name}**: {label} not {bound}, according to its fiche:",
    },
    "agg_bound": {
        "fr": "**{n} structure{s}**{filters} — {label} {bound} :",
        "en": "**{n} structure{s}**{filters} — {label} {bound}:",
    },
    "agg_bound_none": {
        "fr": "**Aucune structure**{filters} — {label} {bound}. Ce que donnent les fiches :",
        "en": "**No structure**{filters} — {label} {bound}. What the fiches state:",
    },
    "agg_group": {
        "fr": "Répartition par {by}{filters} ({what}) :",
        "en": "Breakdown by {by}{filters} ({what}):",
    },
    "agg_compare": {
        "fr": "**{winner}** l'emporte — {label} : **{value}**, contre {others}.",
        "en": "**{winner}** comes first — {label}: **{value}**, against {others}.",
    },
    "agg_gap": {
        "fr": " Écart : {value}.",
        "en": " Difference: {value}.",
    },
    "agg_share": {
        "fr": "Soit {n} sur {total} structures du livret ({percent} %).",
        "en": "That is {n} of the booklet's {total} structures ({percent} %).",
    },
    "agg_compare_tie": {
        "fr": "**À égalité** — {label} : **{value}** pour {names}.",
        "en": "**A tie** — {label}: **{value}** for {names}.",
    },
    "agg_compare_tie_rest": {
        "fr": " Ensuite : {others}.",
        "en": " Then: {others}.",
    },
    "and_join": {
        "fr": "{first} et {last}",
        "en": "{first} and {last}",
    },
    "agg_compare_missing": {
        "fr": "Comparaison impossible : {names} n'indique{nt} pas {de_label}.",
        "en": "No comparison possible: {names} state{s} no {label}.",
    },
    "agg_none": {
        "fr": "Aucune structure{filters} n'indique {de_label}.",
        "en": "No structure{filters} states a {label}.",
    },
    # a key figure under the measure's label that gives words, not a number
    "agg_worded": {
        "fr": "{n} fiche{s} le donne{nt} en mots, sans nombre : {names}.",
        "en": "{n} fiche{s} give{s_en} it in words, with no number: {names}.",
    },
    "agg_missing": {
        "fr": "{n} fiche{s} n'indique{nt} pas {de_label} : {names}.",
        "en": "{n} fiche{s} give{s_en} no {label}: {names}.",
    },
    "agg_years": {
        "fr": "Les valeurs datent d'années différentes ({years}) : chacune est donnée avec son "
        "année, sans conversion.",
        "en": "The values come from different years ({years}): each is given with its year, "
        "unconverted.",
    },
    "agg_qualified": {
        "fr": "Valeurs qualifiées par le livret, comptées telles quelles : {items}.",
        "en": "Values the booklet qualifies, counted as stated: {items}.",
    },
    "agg_derived_year": {
        "fr": "Année non donnée, déduite de l'âge indiqué : {items}.",
        "en": "A year not given, deduced from the age stated: {items}.",
    },
    "agg_derived": {
        "fr": "Effectif non donné en un seul nombre, calculé en additionnant les effectifs "
        "cités : {items}.",
        "en": "A figure not given as one number, computed by adding the figures stated: {items}.",
    },
    "agg_differ": {
        "fr": "La fiche donne une autre valeur ; la valeur du champ (« Chiffres clés », "
        "« Effectif ») est retenue : {items}.",
        "en": "The fiche gives another value; the value of the field (key figures, staff) is "
        "kept: {items}.",
    },
    "agg_other_unit": {
        "fr": "Valeurs dans une autre unité, non comptées : {items}.",
        "en": "Values in another unit, not counted: {items}.",
    },
    "agg_row_booklet": {
        "fr": " — livret {source}",
        "en": " — booklet {source}",
    },
    "agg_row": {
        "fr": "{i}. **{name}** — {value}{extra} {marks}",
        "en": "{i}. **{name}** — {value}{extra} {marks}",
    },
    # two measures of each structure held against each other (measures_against.py)
    "pair_head": {
        "fr": "**{n} structure{s}** — {first} {op} {second} :",
        "en": "**{n} structure{s}** — {first} {op} {second}:",
    },
    "pair_none": {
        "fr": "**Aucune structure** — {first} {op} {second}. Ce que les fiches donnent :",
        "en": "**No structure** — {first} {op} {second}. What the fiches state:",
    },
    "pair_row": {
        "fr": "{i}. **{name}** — {first} : {a} {ma} ; {second} : {b} {mb}",
        "en": "{i}. **{name}** — {first}: {a} {ma}; {second}: {b} {mb}",
    },
    "pair_not_kept": {
        "fr": "Les deux nombres donnés, sans que ce soit le cas : {items}.",
        "en": "Both figures stated, but not so: {items}.",
    },
    "pair_missing": {
        "fr": "{n} fiche{s} ne donne{nt} pas les deux nombres : {names}.",
        "en": "{n} fiche{s} do{es} not state both figures: {names}.",
    },
    "agg_group_row": {"fr": "- {label} : {value} ({names})", "en": "- {label}: {value} ({names})"},
    "agg_in": {"fr": " ({what})", "en": " ({what})"},
    "agg_order_desc": {"fr": "du plus élevé au plus faible", "en": "highest first"},
    "agg_order_asc": {"fr": "du plus faible au plus élevé", "en": "lowest first"},
    "agg_structures": {"fr": "nombre de structures", "en": "number of structures"},
    "agg_total_of": {"fr": "total — {label}", "en": "total {label}"},
    "agg_count_verb": {"fr": "correspondent", "en": "match"},
    "agg_count_verb_one": {"fr": "correspond", "en": "matches"},
    # the figure of one structure picked from a ranking ('et la deuxième ?', 'et combien ?')
    "agg_one_value": {
        "fr": "**{name}** — {label} : **{value}**{extra} {cite}",
        "en": "**{name}** — {label}: **{value}**{extra} {cite}",
    },
    "aggregate_note": {
        "fr": "(Question de comptage ou de classement : voici les structures concernées.)",
        "en": "(A count or ranking question: here are the structures concerned.)",
    },
    # similar initiatives, facet by facet (issue 12)
    "similar_head_fiche": {
        "fr": "Les initiatives du livret les plus proches de **{name}** :",
        "en": "The booklet's initiatives closest to **{name}**:",
    },
    "similar_read": {
        "fr": "Votre projet, tel que je le lis — {items}.",
        "en": "Your project, as I read it — {items}.",
    },
    "similar_read_nothing": {
        "fr": "Je n'y reconnais ni filière, ni public, ni lieu : le classement repose sur la "
        "proximité du texte.",
        "en": "I recognise no sector, public or place in it: the ranking rests on the "
        "closeness of the wording.",
    },
    "similar_item": {
        "fr": "{i}. **{name}**{place} — {common}{differences}",
        "en": "{i}. **{name}**{place} — {common}{differences}",
    },
    "similar_common": {"fr": "en commun : {items}", "en": "in common: {items}"},
    "similar_same": {"fr": "{facet} ({values}) {marks}", "en": "{facet} ({values}) {marks}"},
    "similar_only_text": {
        "fr": "rien en commun de façon explicite ; texte proche du vôtre",
        "en": "nothing explicitly in common; wording close to yours",
    },
    "similar_closest": {"fr": "— « {quote} » {marks}", "en": "— « {quote} » {marks}"},
    "similar_differences": {"fr": ". Différences : {items}.", "en": ". Differences: {items}."},
    "similar_no_difference": {"fr": ".", "en": "."},
    "similar_other": {"fr": "autre {facet} ({values})", "en": "other {facet} ({values})"},
    "similar_other_departement": {
        "fr": "autre département ({values})",
        "en": "another département ({values})",
    },
    "similar_lacks": {"fr": "ne mentionne pas {values}", "en": "does not mention {values}"},
    "why_not": {
        "fr": "**{name}** arrive {rank}e sur {n} pour {what} (score {score} ; en tête, "
        "**{top}** : {top_score}).",
        "en": "**{name}** ranks {rank} of {n} for {what} (score {score}; first, **{top}**: "
        "{top_score}).",
    },
    "why_not_first": {
        "fr": "**{name}** arrive déjà en tête pour {what} (score {score}).",
        "en": "**{name}** already ranks first for {what} (score {score}).",
    },
    "why_not_project": {"fr": "votre projet", "en": "your project"},
    "why_not_shares": {
        "fr": "Ce qu'elle partage : {items}.",
        "en": "What it shares: {items}.",
    },
    "why_not_shares_nothing": {
        "fr": "Elle ne partage aucune des valeurs que je lis dans votre projet.",
        "en": "It shares none of the values I read in your project.",
    },
    "why_not_loses": {
        "fr": "Ce qui la place derrière **{top}** : {items}.",
        "en": "What puts it behind **{top}**: {items}.",
    },
    "why_not_facet": {
        "fr": "{facet} {score} contre {top_score}{detail}",
        "en": "{facet} {score} against {top_score}{detail}",
    },
    "why_not_unknown": {
        "fr": "De quelle structure parlez-vous ? Demandez par exemple « pourquoi pas "
        "{example} ? ».",
        "en": "Which structure do you mean? Ask, for instance, 'why not {example}?'.",
    },
    "why_not_no_project": {
        "fr": "Décrivez d'abord votre projet (ce que vous voulez faire, pour qui, où) ; je "
        "vous dirai ensuite pourquoi une structure arrive plus ou moins haut.",
        "en": "Describe your project first (what you want to do, for whom, where); I will then "
        "tell you why a structure ranks higher or lower.",
    },
}


def say(key: str, lang: str, **slots: object) -> str:
    """The message `key` in `lang` (French for any language but English), slots filled."""
    table = MESSAGES[key]
    if lang == "en":
        return table["en"].format(**slots)
    return _fiche_named(table["fr"].format(**slots))


# 'La fiche de Le panier de la mer 62' is no French: a name opening with its own article
# stands beside 'fiche' as a title does ('La fiche **Le panier de la mer 62** ne …').
_FICHE_DE_ARTICLE = re.compile(r"\b([Ff]iche) de (\*\*)?(?=(?:Le|Les) )")


def _fiche_named(text: str) -> str:
    return _FICHE_DE_ARTICLE.sub(r"\1 \2", text)
