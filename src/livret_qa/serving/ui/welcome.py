"""What the page shows before the first question: the header, the chat's placeholder and the
example questions."""

from __future__ import annotations

from livret_qa.serving.ui.safe import esc

EXAMPLES = [
    "Quelles structures utilisent le logiciel CAP3C ?",
    "Je veux monter une recyclerie de jouets, qui fait déjà ça ?",
    "Quel est le budget de VESTALI ?",
    "Qui dirige La Remise Enjouée ?",
    "Qui vend des produits locaux en circuit court ?",
]
PLACEHOLDER = (
    "**Bienvenue !** Posez une question sur les structures du livret : qui fait quoi, où, "
    "avec quels moyens, quels chiffres clés, qui contacter…\n\n"
    "Les réponses citent le livret mot pour mot, avec un numéro [n] qui renvoie au passage "
    "dans le panneau **Sources**. Vous pouvez enchaîner : « et leur budget ? »"
)


def welcome_html(theme_counts: dict[str, int]) -> str:
    """The header: what the booklet covers, from the corpus' own counts."""
    total = sum(theme_counts.values())
    parts = [f"{n} {esc(_theme_short(t))}" for t, n in theme_counts.items()]
    covers = " et ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
    return (
        '<div class="lq-header">'
        "<h1>Livret ESS Hauts-de-France</h1>"
        f"<p>Posez vos questions sur les <strong>{total} initiatives</strong> de l'économie "
        f"sociale et solidaire du livret — {covers} — toutes en Hauts-de-France. "
        "Chaque réponse cite le passage exact du livret par un numéro [n] : cliquez-le pour "
        "lire le passage dans sa fiche ; le panneau Sources les reprend tous.</p></div>"
    )


def _theme_short(theme: str) -> str:
    folded = theme.lower()
    if "aliment" in folded:
        return "en alimentation durable"
    if "emploi" in folded:
        return "dans le réemploi"
    return theme
