"""The facet tables, one by one: each recognises its values in synthetic phrases of its class,
in French and English, and not in the neighbouring words (a verb, a stop word, a negation,
another sense of the same letters). Never an evaluation description."""

from __future__ import annotations

import pytest

from livret_qa import facet_words as fw
from livret_qa.facts.facets import folded_with_offsets, match_places, match_words


def values(text: str, facet: str) -> set[str]:
    return {m.value for m in match_words(text, (facet,))}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un atelier qui répare des ordinateurs portables", "informatique"),
        ("refurbishing old laptops and phones", "informatique"),
        ("une recyclerie de vélos électriques", "velos"),
        ("repairing e-bikes and scooters", "velos"),
        ("une friperie de vêtements d'occasion", "textile"),
        ("a sewing workshop for second-hand clothes", "textile"),
        ("fabriquer des meubles avec des palettes", "bois_mobilier"),
        ("making furniture from reclaimed wood", "bois_mobilier"),
        ("un menuisier retraité qui veut transmettre", "bois_mobilier"),
        ("a retired carpenter who wants to volunteer", "bois_mobilier"),
        ("retapisser des fauteuils", "tapisserie"),
        ("re-upholstering armchairs", "tapisserie"),
        ("une boutique de jouets d'occasion", "jouets"),
        ("selling used toys and board games", "jouets"),
        ("vider les maisons : débarras et objets du quotidien", "objets"),
        ("a thrift store for household goods", "objets"),
        ("un jardin de maraîchage", "legumes"),
        ("growing vegetables in a market garden", "legumes"),
        ("des colis de viande et de volailles", "viande"),
        ("poultry and meat boxes", "viande"),
        ("les invendus de la criée", "poisson"),
        ("unsold fish from the harbour", "poisson"),
        ("récupérer les invendus des supermarchés", "surplus_alimentaires"),
        ("food close to its expiry date", "surplus_alimentaires"),
        ("des plats cuisinés pour l'aide alimentaire", "plats"),
        ("ready meals for food banks", "plats"),
        ("une épicerie de produits locaux en circuit court", "produits_locaux"),
        ("a shop selling local produce from nearby farms", "produits_locaux"),
    ],
)
def test_sector(text: str, value: str) -> None:
    assert value in values(text, "sector")


# A founder's own words for what a project works on: the verb of a trade ('coudre', 'sew'),
# a chat form ('ordi'), what people get rid of (household goods).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("des jeunes qui apprennent à coudre", "textile"),
        ("women who sew bags from old curtains", "textile"),
        ("des couturières du quartier", "textile"),
        ("donner des ordis aux étudiants", "informatique"),
        ("recycler les vieux ordis des mairies", "informatique"),
        ("tout ce dont les habitants se débarrassent", "objets"),
        ("things people get rid of when they move", "objets"),
    ],
)
def test_sector_in_a_founders_words(text: str, value: str) -> None:
    assert value in values(text, "sector")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nous collectons les objets", "collecte"),
        ("we pick up donations at home", "collecte"),
        ("remettre en état et reconditionner", "reparation"),
        ("we repair and refurbish", "reparation"),
        ("le tri et le démantèlement des appareils", "recyclage"),
        ("dismantling and recycling devices", "recyclage"),
        ("fabriquer en petites séries", "fabrication"),
        ("upcycling into new products", "fabrication"),
        ("cultiver des légumes bio", "production_agricole"),
        ("growers harvesting their crops", "production_agricole"),
        ("vendre dans notre boutique", "vente"),
        ("selling in our shop", "vente"),
        ("vente en ligne et click and collect", "vente_en_ligne"),
        ("vente en ligne et click and collect", "click_collect"),
        ("le click & collect de la boutique", "click_collect"),
        ("le click & collect de la boutique", "vente_en_ligne"),
        ("order online and pick up in store", "click_collect"),
        ("elles organisent les ventes via internet", "vente_en_ligne"),
        ("we sell our goods on the internet", "vente_en_ligne"),
        ("des points de retrait pour les commandes", "distribution"),
        ("orders collected at pick-up points", "distribution"),
        ("donner aux banques alimentaires", "aide_alimentaire"),
        ("giving to food banks and charities", "aide_alimentaire"),
        ("former des personnes au numérique", "formation"),
        ("training people on the job", "formation"),
        ("des ateliers de cuisine et de la sensibilisation", "sensibilisation"),
        ("awareness events and cooking classes", "sensibilisation"),
        ("louer des vélos aux visiteurs", "location"),
        ("bike rental for tourists", "location"),
        ("le réemploi des objets", "reemploi"),
        ("second-hand goods", "reemploi"),
    ],
)
def test_activity(text: str, value: str) -> None:
    assert value in values(text, "activity")


@pytest.mark.parametrize(
    "text",
    ["SITE INTERNET : www.exemple.fr", "son site web présente l'équipe", "a website", "internet"],
)
def test_a_website_alone_is_no_online_sale(text: str) -> None:
    assert "vente_en_ligne" not in values(text, "activity")


@pytest.mark.parametrize(
    "text", ["la vente en ligne", "organisent les ventes via internet", "an online shop"]
)
def test_an_online_sale_is_no_click_and_collect(text: str) -> None:
    assert "click_collect" not in values(text, "activity")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("des personnes éloignées de l'emploi", "eloignes_emploi"),
        ("long-term unemployed people", "eloignes_emploi"),
        ("des familles à faibles revenus", "precarite"),
        ("low-income households", "precarite"),
        ("dans un quartier prioritaire", "quartiers_prioritaires"),
        ("in deprived neighbourhoods", "quartiers_prioritaires"),
        ("des femmes isolées", "femmes"),
        ("for women", "femmes"),
        ("les étudiants précaires", "etudiants"),
        ("university students", "etudiants"),
        ("des jeunes de la mission locale", "jeunes"),
        ("young people", "jeunes"),
        ("des travailleurs en situation de handicap", "handicap"),
        ("disabled workers", "handicap"),
        ("réduire la fracture numérique", "exclus_numerique"),
        ("bridging the digital divide", "exclus_numerique"),
        ("pour les touristes de passage", "touristes"),
        ("hikers and visitors", "touristes"),
        ("les crèches et les écoles", "ecoles"),
        ("nurseries and schools", "ecoles"),
        ("les crèches et les écoles", "petite_enfance"),
        ("nurseries and schools", "petite_enfance"),
        ("des établissements d'enseignement", "ecoles"),
        ("auprès des lycées", "ecoles"),
        ("les réseaux de la petite enfance", "petite_enfance"),
    ],
)
def test_public(text: str, value: str) -> None:
    assert value in values(text, "public")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("financé par des subventions", "subventions"),
        ("funded by public grants", "subventions"),
        ("grâce aux ventes", "ventes"),
        ("from sales", "ventes"),
        ("des dons et du mécénat", "dons"),
        ("donations from foundations", "dons"),
        ("les adhésions des membres", "cotisations"),
        ("membership fees", "cotisations"),
        ("un prêt de France Active", "finance_solidaire"),
        ("a solidarity finance loan", "finance_solidaire"),
    ],
)
def test_model(text: str, value: str) -> None:
    assert value in values(text, "model")


def test_a_share_of_resources_is_read_with_its_value() -> None:
    found = {
        m.value: m.share for m in match_words("70 % de subventions, 30% de ventes", ("model",))
    }
    assert found["subventions"] == 70 and found["ventes"] == 30


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un atelier chantier d'insertion", "aci"),
        ("agrément A.C.I.", "aci"),
        ("an integration workshop", "aci"),
        ("une entreprise d'insertion", "ei"),
        ("a work integration social enterprise", "ei"),
        ("des salariés en insertion", "iae"),
        ("people on integration contracts", "iae"),
        ("agréée ESUS", "esus"),
    ],
)
def test_insertion(text: str, value: str) -> None:
    assert value in values(text, "insertion")


def test_an_integration_status_implies_integration_jobs() -> None:
    assert {"aci", "iae"} <= values("atelier chantier d'insertion", "insertion")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("membre de COORACE", "coorace"),
        ("avec l'ADEME", "ademe"),
        ("le réseau national des ressourceries", "ressourceries"),
        ("un prêt du club CIGALES", "cigales"),
        ("le projet alimentaire territorial", "pat"),
        ("the territorial food project", "pat"),
        ("la CAF et la MSA", "caf_msa"),
        ("the family allowance office", "caf_msa"),
        ("les éco-organismes", "eco_organismes"),
        ("a producer responsibility organisation", "eco_organismes"),
        ("les déchetteries du territoire", "dechetteries"),
        ("the recycling centres", "dechetteries"),
    ],
)
def test_partners(text: str, value: str) -> None:
    assert value in values(text, "partners")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dans un village rural", "rural"),
        ("in the countryside", "rural"),
        ("sur le littoral", "littoral"),
        ("on the coast", "littoral"),
        ("dans le bassin minier", "bassin_minier"),
        ("in the former coalfield", "bassin_minier"),
    ],
)
def test_setting(text: str, value: str) -> None:
    assert value in values(text, "setting")


def test_places_give_their_departement() -> None:
    found = {
        m.value for m in match_places("près d'Amiens, puis à Boulogne-sur-Mer et en Thiérache")
    }
    assert {"town:amiens", "dep:80", "dep:62", "area:Thiérache", "dep:02"} <= found
    # 'Pas-de-Calais' is no town of Calais
    assert "town:calais" not in {m.value for m in match_places("dans le Pas-de-Calais")}


@pytest.mark.parametrize(
    ("text", "facet", "value"),
    [
        ("recup de meubles chez les particuliers", "activity", "collecte"),
        ("on fait de la recup", "activity", "collecte"),
        ("réparer puis revendre des vélos", "activity", "vente"),
        ("bike repair and resale", "activity", "vente"),
        # an apostrophe typed as a space or left out, as in a chat box
        ("personnes eloignees de l emploi", "public", "eloignes_emploi"),
        ("jouets doccasion", "activity", "reemploi"),
        ("chantier d insertion", "insertion", "aci"),
    ],
)
def test_values_as_typed_in_a_hurry(text: str, facet: str, value: str) -> None:
    assert value in values(text, facet)


@pytest.mark.parametrize(
    "text",
    [
        "je veux ouvrir et lancer quelque chose",  # verbs and stop words give no facet
        "nous voulons créer un projet avec vous",
        "we want to open and start something",
        "une démarche collective et des collectivités",  # not 'collecte'
        "en train de réfléchir",  # not 'training'
        "un lieu de vente fixe",  # not 'fix'
        "le siège social",  # not seats
    ],
)
def test_no_facet_from_verbs_stop_words_or_other_senses(text: str) -> None:
    facets = ("sector", "public", "insertion")
    found = [
        m
        for m in match_words(text, facets)
        if m.value not in ("habitants", "entreprises_clients")  # 'collectivités' are public
    ]
    assert not found, found
    assert "collecte" not in values(text, "activity")
    assert "formation" not in values(text, "activity")
    assert "reparation" not in values(text, "activity")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tous les objets sauf les vêtements", "textile"),
        ("without opening a shop", "vente"),
        # a means the founder lacks: what they cannot afford is no activity of the project
        ("mais on n'a pas les moyens d'ouvrir un magasin tout de suite", "vente"),
        ("on n'a pas encore le budget pour une boutique", "vente"),
        ("we can't afford to open a shop yet", "vente"),
        ("we don't have the money to open a shop", "vente"),
        ("pas les moyens d'acheter des ordinateurs", "informatique"),
    ],
)
def test_a_negated_value_is_no_value(text: str, value: str) -> None:
    assert value not in values(text, "sector") | values(text, "activity")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on a les moyens d'ouvrir un magasin", "vente"),
        ("we can afford to open a shop", "vente"),
        ("pas de problème, on vend dans notre boutique", "vente"),
        ("the money from the shop pays the rent", "vente"),
    ],
)
def test_a_means_held_is_a_value(text: str, value: str) -> None:
    assert value in values(text, "sector") | values(text, "activity")


def test_offsets_survive_folding() -> None:
    text = "Œuvre… déjà « vêtements »"
    folded, offsets = folded_with_offsets(text)
    assert len(offsets) == len(folded)
    match = next(m for m in match_words(text, ("sector",)) if m.value == "textile")
    assert text[match.start : match.end] == "vêtements"


def test_every_table_value_has_labels_and_a_valid_pattern() -> None:
    for facet, table in fw.TABLES.items():
        names = [w.name for w in table]
        assert len(names) == len(set(names)), facet
        for word in table:
            assert word.fr and word.en
            fw.compiled(word.pattern)
            for implied in word.implies:
                assert implied in names
    assert set(fw.DEFAULT_WEIGHTS) == set(fw.FACETS) == set(fw.FACET_LABELS)


@pytest.mark.parametrize(
    ("text", "facet", "value", "present"),
    [
        # 'dishes' alone are a house's crockery, cooked ones are meals
        ("furniture, dishes and lamps people drop off", "sector", "objets", True),
        ("furniture, dishes and lamps people drop off", "sector", "plats", False),
        ("hot dishes for the homeless", "sector", "plats", True),
        ("ready meals and cooked dishes", "sector", "objets", False),
        # what people no longer need is household goods, not any 'don't want'
        ("anything families no longer need", "sector", "objets", True),
        ("les meubles dont ils n'ont plus besoin", "sector", "objets", True),
        ("we don't want to open a shop", "sector", "objets", False),
        ("people on low incomes", "public", "precarite", True),
        # a food said local is a short supply chain
        ("des fruits et légumes locaux à prix réduit", "sector", "produits_locaux", True),
        ("de la viande du coin pour la cantine", "sector", "produits_locaux", True),
        ("local veg and eggs for the village", "sector", "produits_locaux", True),
        ("des légumes bio pour les familles", "sector", "produits_locaux", False),
    ],
)
def test_words_of_two_senses_read_by_their_context(
    text: str, facet: str, value: str, present: bool
) -> None:
    assert (value in values(text, facet)) is present


# -- kind: the kind of place a founder names ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on veut monter une recyclerie de livres", "ressourcerie"),
        ("a re-use centre in a small town", "ressourcerie"),
        ("ouvrir une épicerie solidaire au village", "epicerie"),
        ("a community shop run by volunteers", "epicerie"),
        ("un jardin d'insertion en ville", "jardin"),
        ("an organic market garden", "jardin"),
        ("une micro-ferme pédagogique", "ferme"),
        ("a small farm with goats", "ferme"),
        ("un magasin de producteurs", "vente_producteurs"),
        ("a farm shop for local growers", "vente_producteurs"),
        ("une menuiserie solidaire", "menuiserie"),
        ("a joinery workshop", "menuiserie"),
        ("un atelier de couture pour les jeunes", "atelier_couture"),
        ("a sewing workshop for refugees", "atelier_couture"),
        ("une friperie associative", "friperie"),
        ("un atelier vélo participatif", "atelier_velo"),
        ("a bike kitchen for students", "atelier_velo"),
        ("un repair café mensuel", "repair_cafe"),
        ("une conserverie de légumes", "cuisine"),
        ("a community kitchen", "cuisine"),
        ("une banque alimentaire", "banque_alimentaire"),
        ("a food bank for students", "banque_alimentaire"),
    ],
)
def test_kind(text: str, value: str) -> None:
    assert value in values(text, "kind")


@pytest.mark.parametrize(
    "text",
    [
        "des produits de la ferme",  # what is sold, not the place: a sector
        "farm products sold in town",
        "un atelier de réparation de meubles",  # repairing furniture: a sector and an activity
        "un chantier d'insertion",  # an integration status: the insertion facet's
        "des ateliers cuisine",  # cooking classes: an activity
    ],
)
def test_no_kind_from_what_is_sold_or_a_status(text: str) -> None:
    assert values(text, "kind") == set()


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # toys and books are household goods, as a re-use centre takes them
        ("une ludothèque de jouets d'occasion", "objets", True),
        ("a second-hand book shop", "objets", True),
        # things of one material are that material, a purpose is no object
        ("des objets en bois récupérés", "objets", False),
        ("objects made of wood", "bois_mobilier", True),
        ("l'association a pour objet l'insertion", "objets", False),
        ("des objets du quotidien", "objets", True),
    ],
)
def test_household_goods(text: str, value: str, expected: bool) -> None:
    assert (value in values(text, "sector")) is expected


@pytest.mark.parametrize(
    ("text", "facet", "value", "expected"),
    [
        # a farm drive told in a founder's words: farms selling together, orders picked up
        ("several farmers pool their produce", "kind", "vente_producteurs", True),
        ("des producteurs qui se regroupent pour vendre", "kind", "vente_producteurs", True),
        ("growers team up to sell their vegetables", "kind", "vente_producteurs", True),
        ("farmers grow vegetables", "kind", "vente_producteurs", False),
        ("on veut vendre nos produits ensemble", "kind", "vente_producteurs", True),
        ("ils vendent leurs récoltes en commun", "kind", "vente_producteurs", True),
        ("we would sell our produce jointly", "kind", "vente_producteurs", True),
        ("to sell their crops collectively", "kind", "vente_producteurs", True),
        ("on vend nos produits en boutique", "kind", "vente_producteurs", False),
        ("we sell our products online", "kind", "vente_producteurs", False),
        ("customers pick up pre-ordered boxes", "activity", "distribution", True),
        ("les clients retirent leurs commandes au bar", "activity", "distribution", True),
        ("des précommandes en ligne", "activity", "distribution", True),
        ("we repair bikes", "activity", "distribution", False),
    ],
)
def test_a_farm_drive_in_a_founders_words(
    text: str, facet: str, value: str, expected: bool
) -> None:
    assert (value in values(text, facet)) is expected
