"""The words of an answer: a plain statement of what was found then the exact quote, what the
fiche does not state and the nearest fact it does, numbered citations. Every sentence comes
from the messages table, in the question's language."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering import role_words
from livret_qa.answering.evidence import Citation
from livret_qa.answering.messages import say
from livret_qa.answering.plan import PlanPart, QuestionPlan
from livret_qa.answering.slots import (
    COSTS_LOWERED,
    COUNTED_INSTEAD,
    HEAD_OFFICE,
    REASON_DETAIL,
    Found,
    Missing,
)
from livret_qa.facts.wording import qualifiers_of
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

# A kind of value asked that the quoted sentence does not hold (unstated_kind.py)
_KINDS_UNSTATED = ("units", "created", "reason", "year_of", "distance", "audience")


def _as_typed(label: str, question: str) -> str:
    """A label read folded from the question ('abonnes'), as the question types it
    ('abonnés'); any other label as it is."""
    for word in re.findall(r"[^\W\d_]+", question):
        if fold(word) == label and word != label:
            return word.lower()
    return label


def _elided(text: str) -> str:
    """French elision before a vowel or a mute h: 'pas de abonnés' -> 'pas d'abonnés',
    'date de ouverture' -> 'date d'ouverture'."""
    return re.sub(r"\b(pas|plus|date) de (?=[aeiouyàâéèêëîïôöûüh])", r"\1 d'", text)


def attribute_label(part: PlanPart, lang: str) -> str:
    """The asked attribute in words ('nombre de bénévoles', 'director')."""
    Item = (
        lx.Measure | lx.Role | lx.Field | lx.Event | lx.Unstated | lx.SectionAsked | lx.SubpartAsked
    )
    tables: dict[str, tuple[Item, ...]] = {
        "section": lx.SECTIONS_ASKED,
        "subpart": lx.SUBPARTS_ASKED,
        "measure": lx.MEASURES,
        "role": lx.ROLES,
        "field": lx.FIELDS,
        "event": lx.EVENTS,
        "unstated": lx.UNSTATED,
    }
    if part.kind == "overview":
        return "in short" if lang == "en" else "en bref"
    if part.kind == "section" and part.name == "key_figures":  # 'les chiffres clés de X'
        return "key figures" if lang == "en" else "chiffres clés"
    if part.kind == "status":  # 'est-elle une SCIC ?': what its card says it is
        return "legal status" if lang == "en" else "statut juridique"
    for item in tables.get(part.kind, ()):
        if item.name == part.name:
            return item.label_en if lang == "en" else item.label_fr
    if part.source:  # 'et de la part des entreprises ?': the figure from that source
        return " ".join(part.source)
    if part.noun:
        return part.noun
    return "date" if part.kind == "event" else ("figure" if lang == "en" else "chiffre")


# gaps said in one message of their own name ('missing_month', 'missing_units')
_GAPS_NAMED = (
    "actual",
    "forecast",
    "target",
    "month",
    "season",
    "refused",
    "money_unstated",
    *_KINDS_UNSTATED,
)
_QUALIFIER_LABELS = frozenset(label for q in lx.QUALIFIERS for label in (q.label_fr, q.label_en))


_SHORT_VALUE = 80  # characters: a figure with its qualifiers, not a sentence
_AFTER_AMOUNT = 12  # characters after the amount its unit and period take ('€ par an')


def _qualifiers_in_english(value: str) -> str:
    """' (forecast; approximate)': what the French qualifiers of a quoted value mean, for an
    English answer; '' when it has none."""
    if len(value) > _SHORT_VALUE:  # a whole sentence quoted as the value speaks for itself
        return ""
    # the figure's own qualifiers, up to just after its amount: '608 000 € avec … de plus de
    # 40 000 €' is no 'at least 608 000 €'
    amount = re.search(r"(?<![\d,])(?!(?:19|20)\d\d\b)\d[\d  .,]*\d|\d", value)
    value = value[: amount.end() + _AFTER_AMOUNT] if amount else value
    said = [
        lx.FIGURE_QUALIFIERS_EN[q] for q in qualifiers_of(value) if q in lx.FIGURE_QUALIFIERS_EN
    ]
    return f" ({'; '.join(said)})" if said else ""


def _ends_with(quote: str, value: str) -> bool:
    """Whether `quote` is `value` under a label, spaces and accents aside."""

    def norm(text: str) -> str:
        return " ".join(fold(text).split()).strip(" .")

    return norm(quote).endswith(norm(value))


def _marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _place(fiche: Fiche) -> str:
    bits = [b for b in (fiche.contact.town, fiche.contact.departement) if b]
    return f" ({', '.join(bits)})" if bits else ""


class Wording:
    """Writes one answer's lines and numbers its citations, each source span once."""

    def __init__(self, plan: QuestionPlan):
        self.plan = plan
        self.lang = plan.lang
        self.citations: list[Citation] = []

    def cite(self, citation: Citation) -> int:
        key = (citation.source, citation.start, citation.end)
        for existing in self.citations:
            if (existing.source, existing.start, existing.end) == key:
                return existing.n
        citation.n = len(self.citations) + 1
        self.citations.append(citation)
        return citation.n

    def statement(self, part: PlanPart, fiche: Fiche, found: Found, several: bool) -> str:
        """One line saying what was found, plainly, then the exact quote."""
        marks = _marks([self.cite(found.citation)])
        lang, quote = self.lang, found.citation.quote
        if part.intent in ("figure", "field", "person", "date"):
            label = attribute_label(part, lang)
            if part.kind == "status" and found.detail in ("agrément", "label"):
                label = say(f"status_{'label' if found.detail == 'label' else 'approval'}", lang)
            elif part.intent == "figure" and not part.name and found.detail:
                label = found.detail.lower()  # no known measure: the booklet's own label
            elif part.intent == "figure" and found.detail in _QUALIFIER_LABELS:
                label = found.detail  # a narrower kind of the measure ('personnes formées')
            elif part.intent == "field" and found.detail.startswith(COUNTED_INSTEAD):
                label = found.detail.removeprefix(COUNTED_INSTEAD)  # slots._count_of_head
            elif part.intent == "field" and found.detail == HEAD_OFFICE:
                label = "head office" if lang == "en" else "siège"  # not where it works
            slots = {
                "name": f"**{fiche.name}**",
                "label": label,
                "role": (
                    role_words.in_english(found.detail)
                    if lang == "en" and found.detail
                    else found.detail or attribute_label(part, lang)
                ).lower(),
                # (a date found with its own label: 'Christelle Cousin, en poste depuis')
                "event": found.detail if part.intent == "date" and found.detail else label,
                "value": found.value
                + (_qualifiers_in_english(found.value) if lang == "en" else ""),
                "marks": marks,
            }
            line = say(part.intent, lang, **slots)
            if part.yes_no and found.denied:  # 'Non — … statut juridique : association'
                form = next((f for f in lx.LEGAL_FORMS if f.name == part.name), None)
                line = say("no", lang) + line
                if form is not None:
                    label = form.label_en if lang == "en" else form.label_fr
                    line += " " + say("status_not", lang, form=label)
            elif part.yes_no:
                line = say("yes", lang) + line
            if found.note:
                line += " " + say(found.note, lang)
            # The exact quote, unless it only repeats the value under its label
            # ('BUDGET GLOBAL : 878 296 € (2019)' after '878 296 € (2019)').
            if not _ends_with(quote, found.value):
                line += " — " + say("quote", lang, quote=quote)
            return line
        said = "no" if found.denied else "planned" if found.planned else "yes"
        yes = say(said, lang) if part.yes_no else ""
        if found.more:  # a section asked as a whole: each of its sentences, cited
            items = [f"« {quote} » {marks}"]
            items += [f"« {c.quote} » {_marks([self.cite(c)])}" for c in found.more]
            head = say(
                "reason_items" if found.detail == REASON_DETAIL else "section_items",
                lang,
                name=f"**{fiche.name}**",
                place=_place(fiche),
                label=(
                    say("label_costs_lowered", lang)
                    if found.detail == COSTS_LOWERED
                    else attribute_label(part, lang)
                ),
            )
            indent = "   " if several else ""
            return yes + head + "".join(f"\n{indent}- {item}" for item in items)
        if several:
            return f"{yes}**{fiche.name}**{_place(fiche)} — « {quote} » {marks}"
        line = say("sentence", lang, name=fiche.name, place=_place(fiche), quote=quote, marks=marks)
        return yes + line

    def gap(self, part: PlanPart, fiche: Fiche, missing: Missing) -> str:
        """What the fiche does not state, then the nearest fact it does state."""
        lang, name = self.lang, f"**{fiche.name}**"
        asked = PlanPart(part.text, part.intent, missing.asked) if missing.asked else part
        if missing.asked.startswith("noun:"):  # a noun counted, not the part's field
            asked = PlanPart(part.text, part.intent, noun=missing.asked.removeprefix("noun:"))
        label = _as_typed(attribute_label(asked, lang), part.text)
        if missing.missing == "year":
            years = ", ".join(str(y) for y in self.plan.years)
            text = say("missing_year", lang, name=name, years=years)
        elif missing.missing == "undated":
            years = ", ".join(str(y) for y in self.plan.years)
            text = say("missing_undated", lang, name=name, label=label, years=years)
        elif missing.missing == "whole_year":
            years = "".join(f" {y}" for y in self.plan.years)
            text = say("missing_whole_year", lang, name=name, years=years)
        elif missing.missing in ("role", "role_group"):  # role_group: a group did it, quoted
            text = say("missing_role", lang, name=name, role=label)
        elif missing.missing == "unit_head":  # compose._unit_unheaded
            text = say("missing_unit_head", lang, name=name, unit=missing.words)
        elif missing.missing == "person_unnamed":  # compose._person_unnamed
            text = say("missing_person_unnamed", lang, name=name)
        elif missing.missing == "partner_fact":  # compose._partner_holds
            text = say("missing_partner_fact", lang, name=name, body=missing.words)
        elif missing.missing == "body_founding":  # compose._founding_of_another
            text = say("missing_body_founding", lang, name=name, body=missing.words)
        elif missing.missing == "thing_unnamed":  # compose._thing_unnamed
            text = say("missing_thing_unnamed", lang, name=name)
        elif missing.missing == "role_unnamed":
            text = say("missing_role_unnamed", lang, name=name, role=label)
        elif missing.missing == "date":
            key = "missing_exact_date" if part.exact_date else "missing_date"
            if key == "missing_date" and part.attribute == "event:any":
                key = "missing_date_asked"  # no event the lexicon names: 'what is asked'
            text = say(key, lang, name=name, event=label)
        elif missing.missing == "date_of_thing" and missing.words:  # since_field.py
            text = say("missing_date_of_field", lang, name=name, what=missing.words)
        elif missing.missing == "date_of_thing":  # dated_thing.py: a thing never dated
            text = say("missing_date_asked", lang, name=name)
        elif missing.missing == "site_there":
            text = say("missing_site_there", lang, name=name, places=", ".join(self.plan.places))
        elif missing.missing == "place":
            text = say("missing_place", lang, name=name, places=", ".join(self.plan.places))
        elif missing.missing == "national":
            text = say("missing_national", lang, name=name)
        elif missing.missing == "unmentioned":
            text = say("missing_words", lang, name=name, words=missing.words)
        elif missing.missing == "label_other":  # slots._label_of_another_kind
            text = say("missing_label_other", lang, name=name, words=missing.words)
        elif missing.missing == "mail_of_other":  # person_contact.py
            text = say("missing_mail_of_other", lang, name=name, person=missing.words)
        elif missing.missing == "where_things":  # where_things.py
            text = say("missing_where_things", lang, name=name, words=missing.words)
        elif missing.missing == "apart":
            text = say("missing_together", lang, name=name, words=missing.words)
        elif missing.missing == "blank":
            text = say("missing_blank", lang, name=name)
        elif missing.missing == "outcome":  # only requested, pending or hoped (outcome.py)
            text = say("missing_outcome", lang, name=name)
        elif missing.missing == "amount":
            text = say("missing_amount", lang, name=name)
        elif missing.missing == "other_site":  # a town asked, or a site listed by name
            places = missing.words or ", ".join(self.plan.places)
            key = "missing_other_site" if part.attribute == "field:address" else ""
            key = key or "missing_other_site_contact"  # a phone, an e-mail of another site
            text = say(key, lang, name=name, town=fiche.contact.town, places=places, label=label)
        elif missing.missing == "site_figure":  # figure_binding.py: the whole structure's
            # (a site it lists by name, named_site.py, else the places asked)
            places = missing.words or ", ".join(self.plan.places)
            text = say("missing_site_figure", lang, name=name, places=places, label=label)
        elif missing.missing == "planned":
            text = say("missing_planned", lang, name=name, label=label)
        elif missing.missing == "passage":
            text = say("missing_passage", lang, name=name)
        elif missing.missing == "span":
            years = ", ".join(str(y) for y in self.plan.years)
            text = say("missing_span", lang, name=name, years=years)
        elif missing.missing in _GAPS_NAMED:
            text = say(f"missing_{missing.missing}", lang, name=name)
        elif missing.missing == "price":  # bound_qualifiers.py: no price of the thing
            text = say("missing_price_of_thing", lang, name=name)
        elif missing.missing == "outcome_count":  # bound_qualifiers.py: placed, not employed
            text = say("missing_outcome_count", lang, name=name)
        elif missing.missing == "part_alone":  # bound_qualifiers.py: one part of a total
            text = say("missing_part_alone", lang, name=name, words=missing.words)
        elif missing.missing == "joint_place":  # bound_qualifiers.py: towns together
            text = say("missing_joint_place", lang, name=name, places=missing.words)
        elif missing.missing == "share":
            text = say("missing_share", lang, name=name)
        elif missing.missing == "scope":  # a level of partners the fiche has no line for
            scope = lx.SCOPE_NAMES.get(missing.words, {}).get(lang, missing.words)
            text = say("missing_scope", lang, name=name, scope=scope, label=label.lower())
        else:
            text = say("missing_attribute", lang, name=name, label=label)
        near = missing.nearest
        if near is not None:
            # a role told but unnamed: the sentence telling it first (slots._role_told)
            told = near.more[0] if missing.missing == "role_unnamed" and near.more else None
            told_marks = _marks([self.cite(told)]) if told is not None else ""
            marks = _marks([self.cite(near.citation)])
            named = missing.missing == "unit_head" and bool(near.detail)
            if missing.missing in ("role", "role_unnamed") or named:  # who, in what role
                role = near.detail or attribute_label(PlanPart("", "person", "role:contact"), lang)
                role = role_words.in_english(role) if lang == "en" else role
                statement = f"{near.value}, {role.lower()}"
                if told is not None:  # then who is named, in what role
                    statement = f"« {told.quote} » {told_marks} ; {statement}"
            elif missing.missing == "scope" and near.more:  # every line it has, cited
                cited = [near.citation, *near.more]
                statement = " ; ".join(f"« {c.quote} » {_marks([self.cite(c)])}" for c in cited)
                marks = ""
            elif _ends_with(near.citation.quote, near.value):
                statement = f"« {near.citation.quote} »"  # as the booklet words it
            else:  # a value read from the fiche: said plainly, its source cited
                statement = f"{near.value}, {near.detail.lower()}" if near.detail else near.value
            text += " " + say("nearest", lang, statement=statement, marks=marks)
        if part.yes_no:
            text = say("no_saying", lang) + text
        return _elided(text) if lang == "fr" else text


def abstention_text(corpus: Corpus, lang: str, reason: str) -> str:
    """A refusal: why, then what the booklet presents instead."""
    themes: dict[str, list[str]] = {}
    for fiche in corpus.fiches:
        themes.setdefault(fiche.theme, []).append(fiche.name)
    covered = " ; ".join(f"{theme} : {', '.join(names)}" for theme, names in themes.items())
    return say("abstain", lang, reason=reason, n=len(corpus.fiches), covered=covered)


def statuses_asked(query: dict[str, object]) -> bool:
    """Whether a facts query keeps structures by legal status or agrément ('les SCIC ?', 'les
    entreprises d'insertion ?')."""
    filters = query.get("filters")
    conditions = filters.get("conditions", []) if isinstance(filters, dict) else []
    return any(
        isinstance(c, dict)
        and c.get("op") == "contains"
        and c.get("measure") in ("statut", "agrement")
        for c in conditions
    )


def statuses_stated(corpus: Corpus, lang: str, marks: dict[str, int] | None = None) -> str:
    """What the identity cards state as legal status, with how many structures each: the
    nearest fact when no structure has the status asked ('association (9)'); `marks`: the
    citation number of a card stating each status (folded), written after it."""
    counts: dict[str, int] = {}
    for fiche in corpus.fiches:
        status = " ".join(fiche.identity.legal_status.split())
        if status:
            key = fold(status)
            counts[key] = counts.get(key, 0) + 1
    marks = marks or {}
    shown = ", ".join(
        f"{k} ({n})" + (f" [{marks[k]}]" if k in marks else "")
        for k, n in sorted(counts.items(), key=lambda kv: -kv[1])
    )
    return say("statuses_stated", lang, statuses=shown or "—")
