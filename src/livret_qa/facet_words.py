"""The words of the similarity facets: one table per facet, each value with its French and
English label and the pattern that recognises it in a fiche or in a founder's description.

Patterns are regular expressions over folded text (`text.fold`: lowercase, no accents, and
’ written '), French and English alike, so that a fiche (in French) and a description (in
either language) meet on the same value. `tests/test_facet_words.py` checks each table on
synthetic phrases of its class, never on an evaluation description. The values describe the
field (re-use and sustainable food in the social economy), not the nine fiches of the booklet:
a second booklet extends these tables, not the code.

Facets (the keys used everywhere, the API's included):
  sector     what is collected, produced, repaired or sold (the filière)
  activity   what is done with it (collect, repair, make, grow, sell, train…)
  public     who it is for or who works there (people far from work, women, students…)
  territory  département, town or area, and the kind of place (rural, coast, mining basin)
  model      how it is paid for (sales, grants, donations, fees, services), shares when stated
  insertion  its integration status (ACI, EI…) or integration jobs at all (IAE)
  partners   the networks it belongs to and the partners it names
  size       its stage and size: creation year, budget, staff, volunteers, members
  kind       the kind of place a founder names (ressourcerie, épicerie, jardin, menuiserie…):
             weight 0 by default, it explains and keeps a structure of that kind in the answer
             (`similarity.held`) without moving the ranking
  text       how close the wording of the whole fiche is (embeddings and BM25): not a facet of
             the booklet, the safety net of the ranking when the tables know no word
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

FACETS: tuple[str, ...] = (
    "sector",
    "activity",
    "public",
    "territory",
    "model",
    "insertion",
    "partners",
    "size",
    "text",
    "kind",
)
FACET_LABELS: dict[str, tuple[str, str]] = {  # (French, English)
    "sector": ("filière", "sector"),
    "activity": ("activité", "activity"),
    "public": ("public", "people served"),
    "territory": ("territoire", "territory"),
    "model": ("modèle économique", "economic model"),
    "insertion": ("statut d'insertion", "integration status"),
    "partners": ("partenaires et réseaux", "partners and networks"),
    "size": ("stade et taille", "stage and size"),
    "text": ("proximité du texte", "closeness of wording"),
    "kind": ("type de structure", "kind of structure"),
}
# The default weights of the ranking (a weighted sum of the per-facet scores, each in [0, 1]);
# LIVRET_QA_SIMILAR_WEIGHTS overrides any of them (README, Configuration). What a founder
# names first is what the project is about: its filière weighs most; the wording of the whole
# fiche catches what no table knows; the model, partners and size are rarely stated and
# loosely shared, so they refine more than they decide.
DEFAULT_WEIGHTS: dict[str, float] = {
    "sector": 3.0,
    "activity": 1.5,
    "public": 1.5,
    "territory": 1.0,
    "model": 0.5,
    "insertion": 1.0,
    "partners": 0.5,
    "size": 0.5,
    "text": 2.0,
    "kind": 1.0,
}


@dataclass(frozen=True)
class Word:
    """One value of a facet: its key, its labels, and its pattern (folded FR and EN)."""

    name: str
    fr: str
    en: str
    pattern: str
    implies: tuple[str, ...] = ()  # other values of the same facet it entails ('aci' -> 'iae')

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


# -- sector: what is collected, produced, repaired or sold ------------------------------------
SECTOR: tuple[Word, ...] = (
    Word(
        "informatique",
        "matériel informatique et numérique",
        "computers and electronics",
        r"ordinateurs?|informatiques?|materiels? (numeriques?|electroniques?)|"
        r"dechets? (numeriques?|electroniques?|d3e|deee)|appareils? numeriques?|d3e|deee|"
        r"\bpc\b|\bpcs\b|\bordis?\b|portables?(?! de)|tablettes?|smartphones?|"
        r"telephones? (portables?|mobiles?)|"
        r"disques? durs?|computers?|laptops?|it equipment|electronics?|e-?waste|weee|"
        r"(mobile )?phones|tablets?|hardware",
    ),
    Word(
        "velos",
        "vélos et trottinettes",
        "bikes and scooters",
        r"velos?|bicyclettes?|trottinettes?|e-?bikes?|bikes?|bicycles?|scooters?|cycling",
    ),
    Word(
        "textile",
        "textile et vêtements",
        "textiles and clothing",
        r"textiles?|vetements?|habits?|tissus?|couture|confection\w*|habillement|fripes?|"
        r"friperies?|retouches?|linge\b|lingettes?|tote-?bags?|clothes|clothing|garments?|"
        r"fabrics?|sewing|tailoring|fashion|apparel|seamstress\w*|textile|"
        # the trade's verbs as a founder says them ('apprendre à coudre', 'learn to sew')
        r"coudre|cousu\w*|couturi\w*|sew(s|n|ed)?\b",
    ),
    Word(
        "bois_mobilier",
        "bois et mobilier",
        "wood and furniture",
        r"\bbois\b|meubles?|mobiliers?|ebenisterie|menuiserie|palettes?|ameublement|"
        r"wood(en)?|furniture|carpentry|joinery|pallets?|cabinet-?making|planks?|"
        # the trade's people as a founder names them ('un menuisier retraité', 'a carpenter')
        r"menuisiers?|ebenistes?|charpentiers?|carpenters?|joiners?|woodworkers?|"
        r"cabinet-?makers?|woodworking",
    ),
    Word(
        "tapisserie",
        "tapisserie d'ameublement et sièges",
        "upholstery and seats",
        r"tapisserie|tapissier\w*|fauteuils?|chaises?|canapes?|garnissage|upholster\w*|"
        r"armchairs?|chairs?|sofas?",
    ),
    Word("metal", "métal et soudure", "metal and welding", r"metal|soudure|metallerie|welding"),
    Word(
        "jouets",
        "jeux et jouets",
        "toys and games",
        r"jouets?|\bjeux\b|ludique|ludotheques?|toys?|board games?|games?\b",
        # household goods, as a ressourcerie takes them: a toy project meets one
        implies=("objets",),
    ),
    Word(
        "objets",
        "objets du quotidien (ressourcerie)",
        "household goods (re-use centre)",
        # goods, not things of one material ('objets en bois': wood) nor a purpose ('pour
        # objet l'insertion')
        r"ressourceries?|recycleries?|(?<!pour )(?<!pour l.)objets?(?! (en|de) (bois|metal|"
        r"tissus?|textiles?|plastiques?|verre)\b)|debarras|brocantes?|bric-a-brac|vaisselle|"
        # what people get rid of at home ('ce dont les gens se débarrassent', 'what they no
        # longer need'), the crockery of a house ('dishes' unless cooked: see 'plats')
        r"debarrass\w*|get(s|ting)? rid of|(things|items|stuff|objects|anything|everything|"
        r"what) (they|people|you|we|families) (don't|do not|no longer) (need|use|want)|"
        r"(n'en ont|n'ont) plus besoin|ne (servent|sert) plus|crockery|tableware|"
        r"(?<!cooked )(?<!ready )(?<!prepared )(?<!hot )(?<!main )dishes|"
        r"bibelots|household (goods|items|stuff|objects)|house clearances?|clearances?|"
        r"odds and ends|belongings|thrift (stores?|shops?)|charity shops?|"
        r"reuse (cent(re|er)s?|shops?)|second-?hand (goods|shops?|stores?)",
    ),
    Word(
        "electromenager",
        "électroménager",
        "household appliances",
        r"electromenager|appliances|frigos?|machines? a laver|washing machines?",
    ),
    Word("livres", "livres", "books", r"livres|bouquin\w*|books?", implies=("objets",)),
    Word(
        "materiaux",
        "matériaux de construction",
        "building materials",
        r"materiaux (de construction|du batiment)|btp|building materials|construction waste",
    ),
    Word(
        "legumes",
        "légumes et fruits",
        "vegetables and fruit",
        r"legumes?|fruits?|maraich\w*|potag\w*|vergers?|arbres fruitiers|vegetables?|veg\b|"
        r"veggies|fruits?|market gardens?|market gardening|orchards?|produce\b",
    ),
    Word(
        "bio",
        "agriculture biologique",
        "organic farming",
        r"agriculture biologique|biologiques?|\bbios?\b|organic|agroecolog\w*|agroecolog\w*",
    ),
    Word(
        "viande",
        "viande, volailles et élevage",
        "meat, poultry and livestock",
        r"viandes?|volailles?|elevages?|poules?|poulaillers?|lapins?|moutons?|\boeufs\b|"
        r"meat|poultry|chickens?|livestock|hens?|rabbits?|sheep|eggs",
    ),
    Word(
        "poisson",
        "poisson et produits de la mer",
        "fish and seafood",
        r"poissons?|peche\b|marees?|criees?|produits de la mer|fruits de mer|fish|seafood|"
        r"fisheries|fishing",
    ),
    Word(
        "surplus_alimentaires",
        "surplus et invendus alimentaires",
        "food surplus and unsold food",
        r"invendus?|surplus|excedents?|dons? alimentaires|gaspillage alimentaire|"
        r"anti-?gaspi\w*|dates? limites?|\bdlc\b|unsold|surplus food|food surplus|"
        r"leftover food|food waste|near (their )?expiry|close to (their )?(sell-by|expiry|"
        r"use-by) dates?|expiry dates?|sell-by dates?|food donations?",
    ),
    Word(
        "plats",
        "plats cuisinés et repas",
        "ready meals and catering",
        r"plats?( (prepares|cuisines))?\b|repas|traiteur|conserverie|soupes?|"
        r"(ready|cooked|prepared|hot|main) (meals|dishes)|meals|catering",
    ),
    Word(
        "produits_locaux",
        "produits locaux et circuits courts",
        "local products and short supply chains",
        r"produits? (locaux|agricoles|fermiers|alimentaires locaux|du terroir|de la ferme|"
        r"de la region|de leurs? fermes?)|circuits? courts?|circuit-court|vente directe|"
        r"drives? fermiers?|epiceries?|alimentation (locale|saine et locale)|"
        r"producteurs? (locaux|agricoles|du coin)|local (food|products|produce)|"
        r"local (and \w+ )?(food|products|produce)|"
        r"farm (products|produce|shops?|boxes)|short (food )?supply chains?|direct sales?|"
        r"grocer(y|ies)|produce from (nearby|local) farms|(nearby|local) farms|"
        # a food said local ('légumes locaux', 'viande du coin', 'local veg')
        r"(fruits?|legumes|viandes?|volailles?|fromages?|oeufs) (et (fruits?|legumes) )?"
        r"(locaux|locales?|du coin|de (la region|nos campagnes))|local (fruit|veg\w*|meat|"
        r"cheese|eggs)|(neighbouring|nearby) farms",
    ),
    Word(
        "paniers",
        "paniers et colis",
        "baskets and boxes",
        r"paniers?|colis|baskets?|veg boxes|(food|meat|vegetable|veg) (boxes|baskets)",
    ),
    Word(
        "biodechets",
        "biodéchets et compost",
        "organic waste and compost",
        r"biodechets?|compost\w*|dechets verts|food scraps|organic waste|green waste",
    ),
)

# -- activity: what is done --------------------------------------------------------------------
ACTIVITY: tuple[Word, ...] = (
    Word(
        "collecte",
        "collecte",
        "collection",
        r"(?<!and )(?<!& )collect(e[rsz]?|es|ent|ons|ees?|ed|ing|ion|ions|s|eurs?)?\b|"
        r"recuper\w*|\brecups?\b|ramass\w*|debarras|gisements?|pick(s|ing|ed)? (them )?up|"
        r"gather\w*|recover\w*|take(s)? in\b|taking in|salvag\w*",
    ),
    Word(
        "reparation",
        "réparation et reconditionnement",
        "repair and refurbishing",
        r"repar\w*|renov\w*|remis(e)? en etat|remet\w* en etat|reconditionn\w*|restaure\w*|"
        r"restaurer|relook\w*|retouch\w*|remis(e)? a neuf|repair\w*|fix(es|ing|ed)?\b|"
        r"refurbish\w*|recondition\w*|restor\w*|mend\w*|renovat\w*|re-cover\w*|reupholster\w*|"
        r"give (it |them )?a second life|seconde vie|second life",
    ),
    Word(
        "recyclage",
        "tri, démantèlement et recyclage",
        "sorting, dismantling and recycling",
        r"recycl(?!eries?\b)\w*|demantel\w*|\btri\b|\btrier\b|\btrient\b|\btries?\b|\btriees?\b|"
        r"dismantl\w*|sorting|sorts\b|take (them )?apart|taking (them )?apart",
    ),
    Word(
        "fabrication",
        "fabrication et upcycling",
        "making and upcycling",
        r"upcycl\w*|up-cycl\w*|surcycl\w*|fabriqu\w*|fabrication|confection(ne|nent|ner)\b|"
        r"production en serie|en serie|petites? (ou moyennes? )?series|design\b|"
        r"creation d'objets|make(s)? (new )?(furniture|clothes|products|bags)|making|"
        r"manufactur\w*|in series|small series|mass production|production lines?|craft\w*",
    ),
    Word(
        "transformation_alimentaire",
        "transformation et cuisine",
        "food processing and cooking",
        r"transform\w* (les|leurs|des|ces)? ?(poissons?|produits|surplus|aliments|legumes)|"
        r"cuisin(e|er|ent|ons|erait|eraient)\b|plats prepares|conditionn\w*|"
        r"cook(s|ing|ed)?\b|process(es|ing)? (the )?(food|fish)|turn\w* .{0,40}into .{0,20}"
        r"(meals|dishes)|packag\w*",
    ),
    Word(
        "production_agricole",
        "production agricole",
        "farming",
        r"cultiv\w*|maraich\w*|agricult\w*|exploitations? agricoles?|agriculteurs?|"
        r"eleveurs?|producteurs? agricoles|production maraichere|grow(s|ing|ers?)?\b|"
        r"farm(s|ing|ers?)?\b|harvest\w*",
    ),
    Word(
        "reemploi",
        "réemploi",
        "re-use",
        r"reemploi|reutilis\w*|seconde main|d'occasion|re-?use|reusing|second[- ]?hand|"
        r"pre-?owned|used (goods|items|clothes|toys|furniture)",
    ),
    Word(
        "vente",
        "vente en boutique",
        "selling in a shop",
        r"(re)?vend\w*|ventes?|boutiques?|magasins?|commerces?|epiceries?|showroom|"
        r"sell(s|ing)?\b|sales?\b|shops?\b|stores?\b|retail\w*|grocer\w*|resell\w*|resales?",
    ),
    # Ordering online to collect in the shop is one way of selling online, not every online
    # sale: 'click and collect ?' lists those offering it, 'qui vend via internet ?' those
    # selling on the web by any channel (the click and collect ones with them).
    Word(
        "click_collect",
        "click and collect",
        "click and collect",
        r"click (and|&|n'?) ?collect|(commander|commande) en ligne (et|puis) (retir|recuper)\w*|"
        r"order(ed|ing)? ([\w'-]+ ){0,3}online,? (and |then |to )+(collect|pick)\w*",
        implies=("vente_en_ligne",),
    ),
    Word(
        "vente_en_ligne",
        "vente en ligne",
        "online sales",
        r"vente en ligne|en ligne|site (web )?marchand|"
        r"e-?commerce|online|web ?shop|e-?shop|"
        # sold through the internet ('organisent les ventes … via internet', 'sold on the
        # web'), not a website alone ('SITE INTERNET :', 'son site web')
        r"(via|sur|par) (l')?internet|(on|over|via|through) the (internet|web)",
    ),
    Word(
        "distribution",
        "distribution et points de retrait",
        "distribution and pick-up points",
        r"points? de (retrait|distribution|depot)|drives?\b|livraisons?|commandes?|"
        r"redistribu\w*|distribu\w*|dispatch\w*|pick-?up points?|collection points?|"
        r"drive-?(through|thru)|deliver\w*|orders?\b|order(ed|ing)? (in advance|online|by phone)|"
        # a founder's words for it: 'customers pick up pre-ordered boxes', 'précommandes'
        r"pre-?order\w*|pre-?command\w*|pick(s|ed|ing)? (\w+ ){0,2}up\b|"
        r"retir\w* (leurs?|les|sa|son) (commandes?|paniers?|colis)",
    ),
    Word(
        "aide_alimentaire",
        "aide alimentaire",
        "food aid",
        r"aide alimentaire|banques? alimentaires?|restos? du coeur|secours (populaire|"
        r"catholique)|epiceries? sociales?|paniers? solidaires?|reseaux? caritatifs?|"
        r"associations? caritatives?|food (aid|banks?|parcels|distribution)|"
        # 'dispatches it to charities' is food aid; 'the textile charity', 'the toy charity',
        # 'the charity in Amiens' are any association
        r"(to|for|with) (local )?charities|charit(y|ies) (food|meals?|networks?)|"
        r"solidarity (baskets?|boxes)",
    ),
    Word(
        "don",
        "dons aux personnes",
        "giving away",
        r"(donn|offr)\w* gratuitement|gratuitement|give (them )?(away|out)|for free|"
        r"free of charge|offer (them )?(to|for free)|donat\w* (them )?to (families|people)|"
        r"(give|offer|donate)\w* (them )?to (families|people|households)",
    ),
    Word(
        "formation",
        "formation",
        "training",
        r"formation\w*|formateurs?|\bformer\b|se former|forme(nt)? (des|les|a|aux)\b|"
        r"apprentissage|apprendre|ecole|initi(er|ent|ation)\b|savoir-faire|"
        r"(?<!en )train(s|ing|ed|ees?)?\b|teach\w*|learn\w*|school|classes\b|skills",
    ),
    Word(
        "sensibilisation",
        "ateliers et sensibilisation",
        "workshops and awareness-raising",
        r"sensibilis\w*|ateliers? (de |d')?(cuisine|creation|couture|jardinage|relooking|"
        r"pedagogiques?|de la terre)|animations?|evenements?|\bfetes?\b|pedagog\w*|"
        r"awareness|cooking (classes|workshops|lessons)|events?\b|educational|hands-on "
        r"workshops?|awareness-raising|"
        # workshops held for people, not the workshops where a structure works
        r"ateliers? (ouverts? |gratuits? )?(au |aux |pour (le |les )?)(grand )?(public|"
        r"habitants|particuliers)|workshops? (open |free )?(to|for) (the )?(general )?(public|"
        r"residents|locals|local people|everyone)|public workshops?",
    ),
    Word(
        "location",
        "location de matériel",
        "rental",
        r"lou(e|ent|er) des (velos|outils|jeux|jouets)|location (de |des )?(velos|materiel|"
        r"outils|jeux|jouets)|rent(s|ing|ed)? (out )?(bikes?|equipment|tools|toys)|"
        r"(bike|equipment|tool|toy) rentals?|rental",
    ),
    Word(
        "prestations",
        "prestations de services",
        "services to clients",
        r"prestations?|traiteur|services? (aux|a des|de) (entreprises|collectivites|"
        r"particuliers)|services? to (companies|businesses|councils)|catering",
    ),
)

# -- public: who it is for, who works there ----------------------------------------------------
PUBLIC: tuple[Word, ...] = (
    Word(
        "eloignes_emploi",
        "personnes éloignées de l'emploi",
        "people far from work",
        r"eloigne\w* de l'emploi|eloigne\w* de la vie professionnelle|demandeurs? d'emploi|"
        # (not 'chômage partiel', furlough: staff kept on, not people out of work)
        r"chomeurs?|chomage(?! partiel)|sans emploi|retour a l'emploi|remis(e)? a l'emploi|"
        r"reinsertion|"
        # back to work said as a user speaks ('pour les remettre au travail', 'la mise au
        # travail de personnes', 'retrouver un emploi'): the same public, in other words
        r"(re)?met\w* au travail|remis\w* au travail|mise au travail|retour au travail|"
        r"retrouver (un |du )?(emploi|travail)|"
        r"en insertion|personnes? en insertion|insertion professionnelle|rsa\b|contrats? aides?|"
        r"unemploy\w*|jobless|out of work|far from (work|employment|the (labou?r|job) "
        r"market)|back (in)?to work|return\w* to work|job ?seekers?|without (a )?jobs?|"
        r"no jobs?|long-term unemployed|hard-to-employ|(work|job|professional) "
        r"(re)?integration|integration (jobs?|contracts?|workers?|employees|staff)|"
        r"people (on|in) integration",
    ),
    Word(
        "precarite",
        "personnes en précarité",
        "people on low incomes",
        r"precar\w*|demunis|pauvret\w*|faibles? revenus|revenus modestes|foyers modestes|"
        r"familles modestes|defavoris\w*|en difficultes?|insecurite alimentaire|"
        r"besoin alimentaire|quotient familial|poor(est)?\b|poverty|low[- ]incomes?|"
        r"deprived|disadvantaged|in need|struggling|food (insecurity|poverty)|"
        r"rely on food aid|modest (means|incomes?)|hardship|needy|precarious|"
        r"in difficult(y|ies)",
    ),
    Word(
        "quartiers_prioritaires",
        "quartiers prioritaires",
        "priority neighbourhoods",
        r"quartiers? prioritaires?|\bqpv\b|politique de la ville|quartiers? (populaires|"
        r"sensibles|defavorises)|priority (neighbou?rhoods?|areas?|districts?)|"
        r"deprived (neighbou?rhoods?|areas?|estates?)|housing estates?|inner[- ]city|"
        r"disadvantaged (neighbou?rhoods?|areas?)",
    ),
    Word("femmes", "femmes", "women", r"femmes|feminin\w*|women|woman|female"),
    Word(
        "etudiants",
        "étudiants",
        "students",
        # not the gerund of 'étudier' ('tout en étudiant les contraintes')
        r"(?<!\ben )etudiant\w*|\bcrous\b|students?|campus",
    ),
    Word(
        "familles",
        "familles",
        "families",
        r"familles?|familial\w*|parents\b|famil(y|ies)|kids\b",
    ),
    Word(
        "jeunes",
        "jeunes",
        "young people",
        r"\bjeunes\b|jeunesse|mission locale|young (people|adults)|youth|teenagers?",
    ),
    Word(
        "seniors",
        "seniors et retraités",
        "seniors and the retired",
        r"retraites|seniors?|personnes agees|elderly|retired|pensioners?",
    ),
    Word(
        "handicap",
        "personnes en situation de handicap",
        "disabled people",
        r"handicap\w*|papillons blancs|\besat\b|disab\w*",
    ),
    Word(
        "exclus_numerique",
        "personnes éloignées du numérique",
        "people left out of digital life",
        r"fracture numerique|exclu\w* (du )?numerique|illectronisme|inclusion numerique|"
        r"eloigne\w* (des|du) (technologies|numerique|informatique)|acces a l'informatique|"
        r"acces a internet|digital (divide|exclusion|inclusion)|(never|not) (had|used|have) "
        r"(a )?(computer|internet|access)|(access to|without) (the )?(internet|a computer)",
    ),
    Word(
        "habitants",
        "habitants et particuliers",
        "residents and households",
        r"habitants|particuliers|menages|foyers|consommateurs|citoyens|voisins|"
        r"grand public|residents|locals\b|households?|consumers|citizens|neighbou?rs|"
        r"local people|general public",
    ),
    Word(
        "touristes",
        "touristes",
        "tourists",
        r"touris\w*|de passage|randonneurs|visitors|hikers|holiday-?makers|passers-by",
    ),
    Word(
        "entreprises_clients",
        "entreprises et collectivités clientes",
        "companies and public bodies as clients",
        r"entreprises|collectivites|enseignes|marques|companies|businesses|firms|brands|"
        r"councils|local authorit\w*|retailers",
    ),
    # Schools and young children's care are two publics: 'which ones work with schools?' is
    # not answered by a toy shop contacting 'des réseaux de la petite enfance', nor 'who works
    # with nurseries?' by computers sold to a 'collège'.
    Word(
        "ecoles",
        "écoles et établissements d'enseignement",
        "schools",
        r"ecoles|scolaires?|colleges?|lycees?|etablissements? d'enseignement|"
        r"schools?|pupils|secondary schools?|high schools?",
    ),
    Word(
        "petite_enfance",
        "petite enfance et centres de loisirs",
        "childcare and leisure centres",
        r"creches?|centres? (de loisirs|sociaux)|petite enfance|nurser(y|ies)|"
        r"kindergartens?|leisure cent(re|er)s?|daycare|childcare",
    ),
    Word(
        "producteurs",
        "producteurs et artisans locaux",
        "local farmers and craftspeople",
        r"producteurs|agriculteurs|eleveurs|maraichers|artisans|farmers|growers|"
        r"producers|craftspeople|craftsmen|artisans",
    ),
)

# -- model: how it is paid for -----------------------------------------------------------------
MODEL: tuple[Word, ...] = (
    Word(
        "ventes",
        "ventes",
        "sales",
        r"ventes?|recettes? (directes|sur les ventes|resultant des ventes)|chiffre d'affaires|"
        r"activite economique|autofinanc\w*|sales|selling|turnover|revenues? from sales|"
        r"earned income|self-financ\w*",
    ),
    Word(
        "subventions",
        "subventions et aides publiques",
        "grants and public aid",
        r"subvention\w*|aides? publiques?|financements? publics?|aides? a l'emploi|"
        r"aides? (au demarrage|a l'investissement)|conventions? financieres?|"
        r"appels? a projets|grants?|subsid\w*|public (funding|money|aid|grants|support)|"
        r"state aid|funding linked to|call for projects",
    ),
    Word(
        "dons",
        "dons et mécénat",
        "donations and sponsorship",
        r"donateurs|dons (libres|de citoyens|des citoyens)|mecenat|mecenes|fondations?|"
        r"donations?|donors?|philanthrop\w*|foundations?|sponsor\w*|crowdfunding",
    ),
    Word(
        "cotisations",
        "adhésions et cotisations",
        "membership fees",
        r"adhesions?|cotisations?|frais d'adhesion|membership( fees)?|members'? fees|dues\b",
    ),
    Word(
        "prestations",
        "prestations de services",
        "fees for services",
        r"prestations?|services? (payants|factures)|fees for services|paid services|"
        r"repair services|services? to (companies|clients)|catering",
    ),
    Word(
        "finance_solidaire",
        "prêts et finance solidaire",
        "loans and solidarity finance",
        r"prets?\b|finance solidaire|apports? associatifs?|fonds propres|capital|"
        r"loans?|solidarity finance|impact invest\w*|micro-?credit",
    ),
    Word(
        "eco_organismes",
        "soutien des éco-organismes",
        "producer responsibility schemes",
        r"eco-?organismes?|responsabilite elargie|\brep\b|producer responsibility|"
        r"eco-?organi[sz]ations?",
    ),
    Word("benevolat", "bénévolat", "volunteering", r"benevol\w*|volunteer\w*"),
)
MODEL_SHARE = re.compile(r"(\d{1,3})(?:[,.]\d+)?\s?%")  # '70 %', '30%': a share of resources

# -- insertion: integration status -------------------------------------------------------------
INSERTION: tuple[Word, ...] = (
    Word(
        "aci",
        "atelier chantier d'insertion (ACI)",
        "integration workshop (ACI)",
        r"ateliers?[ -](et )?chantiers?[ -]d'insertion|chantiers? d'insertion|"
        r"atelier d'insertion|\baci\b|a\.c\.i|work[- ]integration (workshops?|sites?|"
        r"projects?)|integration workshops?",
        implies=("iae",),
    ),
    Word(
        "ei",
        "entreprise d'insertion",
        "integration enterprise",
        r"entreprises? d'insertion|integration (companies|company|enterprises?|businesses)|"
        r"work integration social enterprises?",
        implies=("iae",),
    ),
    Word(
        "etti",
        "entreprise de travail temporaire d'insertion",
        "temporary-work integration agency",
        r"travail temporaire d'insertion|\betti\b|temporary work integration",
        implies=("iae",),
    ),
    Word(
        "iae",
        "emplois d'insertion (IAE)",
        "integration jobs",
        r"insertion par l'activite economique|\biae\b|\bsiae\b|salarie\w* en insertion|"
        r"personnes? en insertion|contrats? (a duree determinee )?d'insertion|\bcddi\b|"
        r"parcours d'insertion|insertion|reinsertion|contrats? aides?|work[- ]integration|"
        r"integration (contracts?|jobs|workers|employees|staff|scheme)|"
        r"people (on|in) integration",
    ),
    Word(
        "handicap_emploi",
        "emploi de personnes handicapées (ESAT, EA)",
        "sheltered employment",
        r"\besat\b|entreprises? adaptees?|travailleurs handicapes|sheltered (workshops?|"
        r"employment)|disabled workers",
    ),
    Word(
        "esus",
        "agrément ESUS",
        "ESUS approval",
        r"\besus\b|entreprise solidaire d'utilite sociale",
    ),
)

# -- partners and networks ---------------------------------------------------------------------
PARTNERS: tuple[Word, ...] = (
    Word("reseau_cocagne", "Réseau Cocagne", "Réseau Cocagne", r"reseau cocagne|cocagne"),
    Word("coorace", "COORACE", "COORACE", r"coorace"),
    Word("chantier_ecole", "Chantier école", "Chantier école", r"chantiers? ecoles?"),
    Word(
        "ressourceries",
        "réseau des ressourceries",
        "network of re-use centres",
        r"reseaux? (national |regional )?(et regional )?des (ressourceries|acteurs du "
        r"reemploi)|reemploi solidaire|network of (re-?use|thrift)",
    ),
    Word("cress", "CRESS", "CRESS", r"\bcress\b|chambre regionale de l'economie sociale"),
    Word("emmaus", "Emmaüs", "Emmaus", r"emmaus"),
    Word("ademe", "ADEME", "ADEME", r"\bademe\b"),
    Word(
        "etat_emploi",
        "services de l'État (DREETS, DIRECCTE)",
        "State employment services",
        r"\bdreets\b|\bddeets\b|\bdireccte\b|\bddcs\b|pole emploi|"
        r"state employment",
    ),
    Word(
        "france_active",
        "France Active (et ses associations territoriales)",
        "France Active",
        r"france active|nord actif|pas de calais actif|pas-de-calais-actif|somme actif|"
        r"aisne actif|oise actif",
    ),
    Word("cigales", "CIGALES", "CIGALES", r"cigales?"),
    Word("cap3c", "CAP 3C", "CAP 3C", r"cap ?3c"),
    Word(
        "europe",
        "fonds européens (FSE, FEDER)",
        "European funds",
        r"\bfse\b|\bfeder\b|fonds? social europeen|interreg|european (social )?fund\w*|"
        r"\beu funds?\b",
    ),
    Word(
        "region",
        "Région Hauts-de-France",
        "the regional council",
        r"\bregion (hauts|hdf)|conseil regional|regional council",
    ),
    Word(
        "departement",
        "conseil départemental",
        "the département council",
        r"conseil departemental|departement (du|de l'|de la)|department council",
    ),
    Word(
        "collectivites",
        "communes et intercommunalités",
        "local councils",
        r"communes?|mairies?|communaute (de communes|d'agglomeration)|agglomeration|"
        r"\bmel\b|metropole europeenne|local councils?|town halls?|municipalit\w*",
    ),
    Word(
        "caf_msa",
        "CAF et MSA",
        "family allowance and farm welfare funds",
        r"\bcaf\b|caisse d'allocations? familiales?|\bmsa\b|mutualite sociale agricole|"
        r"mutuelle sociale agricole|family allowance",
    ),
    Word("ccas", "CCAS", "social welfare centres", r"\bccas\b|centres? communal d'action"),
    Word(
        "pat",
        "projet alimentaire territorial (PAT)",
        "territorial food project",
        r"projet alimentaire territorial|plan alimentaire territorial|\bpat\b|"
        r"territorial food (project|plan|programme)",
    ),
    Word(
        "pays_petr",
        "Pays et PETR",
        "local development areas (Pays, PETR)",
        r"\bpetr\b|\bpays de\b|pole d'equilibre territorial",
    ),
    Word(
        "eco_organismes",
        "éco-organismes",
        "producer responsibility organisations",
        r"eco-?organismes?|ecologic|ecomobilier|eco mobilier|valdelia|"
        r"producer responsibility organi[sz]ations?",
    ),
    Word(
        "dechetteries",
        "déchetteries",
        "waste collection centres",
        r"dechet+eries?|decheteries?|recycling cent(re|er)s?|waste (collection )?"
        r"cent(re|er)s?",
    ),
    Word(
        "fondations",
        "fondations d'entreprise",
        "corporate foundations",
        r"fondations?|foundations?",
    ),
    Word(
        "finance_ess",
        "banques et finance solidaire",
        "social banks",
        r"credit cooperatif|caisse d'epargne|credit agricole|bpi|france active|"
        r"social banks?|ethical banks?",
    ),
    Word(
        "dla",
        "DLA et FIDESS",
        "local support schemes (DLA, FIDESS)",
        r"\bdla\b|dispositif local d'accompagnement|fidess",
    ),
    Word(
        "aide_alimentaire",
        "réseaux de l'aide alimentaire",
        "food aid networks",
        r"banques? alimentaires?|restos? du coeur|secours (populaire|catholique)|solaal|"
        r"food banks?",
    ),
    Word(
        "amap_bio",
        "AMAP et réseaux bio",
        "community-supported agriculture",
        r"\bamap\b|bio hdf|community[- ]supported agriculture",
    ),
    Word(
        "universite",
        "université",
        "university",
        r"universit\w*|\bcrous\b",
    ),
    Word(
        "insertion_reseaux",
        "partenaires de l'emploi (PLIE, mission locale)",
        "employment partners",
        r"\bplie\b|mission locale|job cent(re|er)s?",
    ),
)

# -- territory: kinds of place, areas and towns of the region ---------------------------------
SETTING: tuple[Word, ...] = (
    Word(
        "rural",
        "rural",
        "rural",
        r"ruraux|rurales?|ruralite|villages?|campagne|bourgs?|countryside|rural|villages?|"
        r"small towns?|petites? villes?|hinterland",
    ),
    Word(
        "urbain",
        "urbain",
        "urban",
        r"urbain\w*|metropole|agglomeration|centre-ville|urban|city cent(re|er)|inner[- ]city|"
        r"metropolitan",
    ),
    Word(
        "littoral",
        "littoral",
        "coast",
        r"littoral|cote d'opale|bord de mer|cotier\w*|coast\w*|seaside|opal coast",
    ),
    Word(
        "bassin_minier",
        "bassin minier",
        "former mining basin",
        r"bassin minier|pays minier|mining (area|basin|region)|coalfield|former mining",
    ),
)
# -- kind: the kind of place a founder names ---------------------------------------------------
# Class of question: a founder's project named by the kind of structure it would be ('je veux
# monter une recyclerie de jouets', 'a village shop', 'un jardin d'insertion'). A fiche whose
# core passages (activity field, défi, objective, matters) name the same kind is doing that
# kind of activity, whatever it works on, and is kept in the answer even when another
# structure shares more facets. Only kinds that say what the place does: an integration
# status ('chantier d'insertion') is the insertion facet's, shared by most structures.
KIND: tuple[Word, ...] = (
    Word(
        "ressourcerie",
        "ressourcerie, recyclerie",
        "re-use centre",
        r"ressourceries?|recycleries?|re-?use (cent(re|er)s?|shops?|stores?)|"
        r"thrift (stores?|shops?)|charity shops?|second-?hand (shops?|stores?)|"
        r"(boutiques?|magasins?) (de seconde main|d'occasion|solidaires? d'occasion)",
    ),
    Word(
        "epicerie",
        "épicerie, commerce de proximité",
        "grocery, village shop",
        r"epiceries?|commerces? de proximite|superettes?|grocer(y|ies)|"
        r"grocery (stores?|shops?)|corner shops?|general stores?|"
        r"(village|community|associative|neighbou?rhood|co-?op(erative)?) (shops?|stores?)",
    ),
    Word(
        "jardin",
        "jardin, maraîchage",
        "garden, market garden",
        r"jardins?|potagers?|maraichages?|(market|community|kitchen|shared|school|organic) "
        r"gardens?|allotments?|gardens?",
    ),
    Word(
        "ferme",
        "ferme, exploitation agricole",
        "farm",
        # not the verb, which folding spells alike ('la boutique a fermé', 'elle ferme',
        # 'ferme-t-elle ?': closing is asked, no farm)
        r"(?<!produits de la )(?<!produits des )(?<!produits de )"
        r"(?<!\ba )(?<!\best )(?<!\bont )(?<!sont )(?<!\bete )(?<!elle )(?<!\bil )(?<!\bils )"
        r"(?<!\bqui )(?<!\bon )(?<!-t-elle )(?<!-t-il )(?<!-t-on )fermes?(?!-t-)|micro-?fermes?|"
        r"exploitations? agricoles?|"
        r"farms?(?! (products?|produce|shops?|boxes))",
    ),
    Word(
        "vente_producteurs",
        "drive fermier, magasin de producteurs",
        "farmers' shop or drive",
        r"drives? (fermiers?|paysans?|de producteurs)|magasins? de producteurs|"
        r"points? de vente collectifs?|vente collective|"
        r"farmers'? (markets?|shops?|drives?)|farm shops?|food hubs?|farm drive|"
        # farms selling together, as a founder says it ('several farmers pool their produce',
        # 'des producteurs qui se regroupent pour vendre')
        r"(farmers|producers|growers|producteurs|agriculteurs|paysans) (\w+ ){0,2}(pool|"
        r"pooling|group together|team up|join forces|mutualis\w*|se regroup\w*|s.associ\w*)|"
        # or selling together, whoever says it ('vendre nos produits ensemble', 'sell our
        # produce jointly'): one outlet for several farms
        r"vend\w* ((nos|leurs|les) (produits|productions|recoltes) (\w+ ){0,2})?"
        r"(ensemble|en commun|collectivement)|"
        r"sell\w* ((our|their) (produce|products|crops) (\w+ ){0,2})?"
        r"(together|jointly|collectively)",
    ),
    # An AMAP is a kind of its own: consumers bound to a farm by a contract, not a shop or a
    # drive its producers run ('Y a-t-il une AMAP ?' is not answered by a farmers' drive);
    # a founder's AMAP project still shares the drive's way of selling (`implies`)
    Word(
        "amap",
        "AMAP",
        "community-supported agriculture (AMAP)",
        r"\bamaps?\b|associations? pour le maintien d'une agriculture paysanne|"
        r"community[- ]supported agriculture",
        ("vente_producteurs",),  # a way of selling farms' produce direct, as a drive is
    ),
    Word(
        "menuiserie",
        "menuiserie, ébénisterie",
        "joinery workshop",
        r"menuiseries?|ebenisteries?|ateliers? (de )?(bois|menuiserie)|carpentry( workshops?)?|"
        r"joinery|woodwork(ing)? (shops?|workshops?)",
    ),
    Word(
        "atelier_couture",
        "atelier de couture ou de confection",
        "sewing workshop",
        r"ateliers? (de )?(couture|confection|retouches?)|confection[- ]?ecoles?|"
        r"ecoles? de (couture|confection)|sewing (workshops?|schools?|studios?|rooms?)|"
        r"tailoring (workshops?|shops?)|garment (workshops?|factor(y|ies))",
    ),
    Word(
        "friperie",
        "friperie, vestiaire solidaire",
        "second-hand clothes shop",
        r"friperies?|vestiaires? solidaires?|boutiques? de vetements|thrift clothing|"
        r"(vintage|second-?hand|used) (clothing|clothes) (shops?|stores?)",
    ),
    Word(
        "atelier_velo",
        "atelier vélo",
        "bike workshop",
        r"ateliers? (de )?(reparation (de )?)?velos?|velo-?ecoles?|"
        r"bike (workshops?|kitchens?|repair (shops?|workshops?)|shops?)|"
        r"cycle (workshops?|repair shops?)",
    ),
    Word(
        "repair_cafe",
        "repair café, atelier de réparation",
        "repair café or workshop",
        r"repair ?cafes?|cafes? (de )?reparation|ateliers? (d'auto-?reparation|"
        r"(de )?reparation (participatifs?|partages?|collectifs?))|"
        r"(community|shared|diy|self-?repair) repair (workshops?|shops?)",
    ),
    Word(
        "cuisine",
        "conserverie, cuisine de production",
        "cannery or production kitchen",
        r"conserveries?|legumeries?|cuisines? (centrales?|collectives?|solidaires?|"
        r"d'insertion|de production)|ateliers? (de )?(plats|transformation)|traiteurs?|"
        r"cantines?|restaurants? (solidaires?|d'insertion)|canner(y|ies)|"
        r"(community|shared|central|production) kitchens?|caterers?|"
        r"catering( services?| businesses?)?",
    ),
    Word(
        "banque_alimentaire",
        "banque alimentaire, aide alimentaire",
        "food bank",
        r"banques? alimentaires?|aide alimentaire|restos? du coeur|food banks?|"
        r"food pantr(y|ies)|food aid",
    ),
    Word(
        "reconditionnement",
        "atelier de reconditionnement",
        "refurbishing workshop",
        r"(ateliers?|activites?) de reconditionnement|reconditionnement d'ordinateurs|"
        r"refurbish(ing|ment) (workshops?|cent(re|er)s?)",
    ),
)

# Areas and towns of Hauts-de-France with their département, so a description that names a
# town the booklet never does still meets the structures of its département.
AREAS: dict[str, tuple[str, str]] = {  # folded pattern -> (label, département code)
    r"thierache|hirson|\bguise\b": ("Thiérache", "02"),
    r"soissonnais|soissons|grand soisson\w*": ("Soissonnais", "02"),
    r"laonnois": ("Laonnois", "02"),
    r"saint-quentinois": ("Saint-Quentinois", "02"),
    r"montreuillois|montreuil[- ]sur[- ]mer": ("Montreuillois", "62"),
    r"boulonnais|boulogne[- ]sur[- ]mer": ("Boulonnais", "62"),
    r"calaisis": ("Calaisis", "62"),
    r"audomarois|saint[- ]omer": ("Audomarois", "62"),
    r"arrageois|artois": ("Artois", "62"),
    r"ternois": ("Ternois", "62"),
    r"lens[- ]lievin|lievin|\blens\b": ("Lens-Liévin", "62"),
    r"metropole (europeenne de )?lill\w*|\bmel\b|lillois\w*|lille|villeneuve[- ]d'ascq|roubaix|"
    r"tourcoing": ("métropole lilloise", "59"),
    r"pevele|carembault": ("Pévèle", "59"),
    r"dunkerquois|flandres?": ("Flandre", "59"),
    r"valenciennois|hainaut": ("Hainaut", "59"),
    r"cambresis": ("Cambrésis", "59"),
    r"avesnois|sambre": ("Avesnois", "59"),
    r"douaisis": ("Douaisis", "59"),
    r"amienois|amiens": ("Amiénois", "80"),
    r"vimeu|ponthieu|baie de somme": ("Picardie maritime", "80"),
    r"santerre": ("Santerre", "80"),
    r"beauvaisis": ("Beauvaisis", "60"),
    r"compiegnois|compiegne|sources et vallees|vallees de l'oise": ("Compiégnois", "60"),
    r"valois|noyonnais": ("Valois", "60"),
}
TOWNS: dict[str, str] = {  # folded town -> département code
    "lille": "59",
    "roubaix": "59",
    "tourcoing": "59",
    "villeneuve d'ascq": "59",
    "dunkerque": "59",
    "valenciennes": "59",
    "douai": "59",
    "cambrai": "59",
    "maubeuge": "59",
    "armentieres": "59",
    "wattrelos": "59",
    "lievin": "62",
    "lens": "62",
    "arras": "62",
    "calais": "62",
    "boulogne-sur-mer": "62",
    "boulogne sur mer": "62",
    "bethune": "62",
    "saint-omer": "62",
    "henin-beaumont": "62",
    "montreuil-sur-mer": "62",
    "berck": "62",
    "etaples": "62",
    "le touquet": "62",
    "amiens": "80",
    "abbeville": "80",
    "albert": "80",
    "peronne": "80",
    "montdidier": "80",
    "beauvais": "60",
    "compiegne": "60",
    "creil": "60",
    "noyon": "60",
    "senlis": "60",
    "clermont": "60",
    "saint-quentin": "02",
    "soissons": "02",
    "laon": "02",
    "chateau-thierry": "02",
    "hirson": "02",
    "guise": "02",
    "chauny": "02",
    "vervins": "02",
}

# -- size and stage ----------------------------------------------------------------------------
# A number a description states, with what it counts: (fact measure, pattern after the number).
SIZE_NUMBERS: tuple[tuple[str, str], ...] = (
    ("benevoles", r"benevoles?|volunteers?"),
    ("adherents", r"adherents?|members?\b"),
    (
        "salaries",
        r"(salaries?|employes?|emplois|postes|personnes (embauchees|salariees)|"
        r"employees|staff|workers|jobs|people)\b",
    ),
    ("etp", r"etp\b|fte\b|full[- ]time"),
    ("budget", r"(k?€|euros?|keur|k euros?)"),
)
BUDGET_WORDS = r"budget|chiffre d'affaires|turnover|revenue"
NO_STAFF = r"sans (aucun )?salari\w*|aucun salari\w*|pas de salari\w*|no (paid )?(staff|employees)"
SMALL = r"petit(e)? (budget|structure|association)|tiny|small (budget|structure|organi[sz]ation)"
YOUNG = (
    r"tout juste (lancee?|creee?|demarree?)|vient de (se )?(creer|lancer|demarrer)|"
    r"lancee? (l'an dernier|l'annee derniere|cette annee)|creee? (l'an dernier|cette annee)|"
    r"jeune (association|structure)|just (started|launched|created|set up)|"
    r"(started|launched|created|set up) last year|young (association|organi[sz]ation)"
)
CREATED_IN = (
    r"(?:creee?s?|fondee?s?|lancee?s?|existe depuis|depuis|since|founded in|created in|"
    r"set up in|started in)\s+(?:en\s+|in\s+)?((?:19|20)\d\d)"
)
NEGATION = (
    r"\b(sauf|excepte|hormis|hors|except|excluding|apart from|other than)\b[^.;:!?]{0,80}$|"
    r"\b(sans|without|no|not|ni|pas de|pas d')\s+(\w+\s+){0,2}$|"
    # what a founder cannot afford yet ('on n'a pas les moyens d'ouvrir un magasin', 'we
    # can't afford to open a shop', 'no budget for a van'): a means lacked, not a value held
    r"\bpas (encore )?(les moyens|le budget|l'argent|les fonds|la place)( pour| de | d')\s*"
    r"(\w+\s+){0,3}$|"
    r"\b(can't|cant|cannot|can not|couldn't) (yet )?afford (to )?(\w+\s+){0,2}$|"
    r"\b(no|don't have|dont have|do not have) (the )?(money|means|budget|funds|cash)( yet)? "
    r"(to|for) (\w+\s+){0,2}$"
)


TABLES: dict[str, tuple[Word, ...]] = {
    "sector": SECTOR,
    "activity": ACTIVITY,
    "public": PUBLIC,
    "model": MODEL,
    "insertion": INSERTION,
    "partners": PARTNERS,
    "setting": SETTING,
    "kind": KIND,
}


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A table pattern as a whole-word regex. An apostrophe may be typed as a space or left
    out ('éloignées de l emploi', 'jouets doccasion'), as in a text typed in a hurry."""
    pattern = pattern.replace("'", "(?:'| )?")
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])")


def word(facet: str, name: str) -> Word:
    """The value `name` of a facet table ('sector', 'textile')."""
    for w in TABLES[facet]:
        if w.name == name:
            return w
    raise KeyError(f"{facet}:{name}")
