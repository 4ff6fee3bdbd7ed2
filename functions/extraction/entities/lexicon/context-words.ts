/**
 * Words around a name that tell its type where the name alone does not: a club named after its city
 * ("beat Liverpool 3-1", "Liverpool manager Arne Slot"), an organization named in apposition ("the
 * regulator BaFin", "carmaker Volkswagen"). Not "rival": "his rival Biden" is a person. Lower case; matched on the lower-cased word.
 */

/** Verbs of a result before a team: "beat Liverpool", "drew with Brighton", "lost to Chelsea". */
export const RESULT_VERBS: readonly string[] = [
  "beat",
  "beats",
  "defeated",
  "defeats",
  "thrashed",
  "edged",
  "routed",
  "hammered",
  "outclassed",
  "upset",
  "eliminated",
  "knocked out",
  "drew with",
  "draw with",
  "drew against",
  "lost to",
  "lose to",
  "loses to",
  "fell to",
  "falls to",
];

/** Nouns right after a team's name: "Liverpool manager", "Arsenal striker", "Chelsea fans". */
export const TEAM_NOUNS: readonly string[] = [
  "manager",
  "head coach",
  "coach",
  "boss",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
  "forward",
  "full-back",
  "centre-back",
  "center-back",
  "captain",
  "skipper",
  "fans",
  "supporters",
  "squad",
  "quarterback",
  "pitcher",
  "shortstop",
];

/** Nouns right before an organization's name: "the regulator BaFin", "carmaker Volkswagen". */
export const ORGANIZATION_NOUNS: readonly string[] = [
  "watchdog",
  "regulator",
  "lender",
  "insurer",
  "reinsurer",
  "carrier",
  "airline",
  "automaker",
  "carmaker",
  "chipmaker",
  "drugmaker",
  "planemaker",
  "broker",
  "brokerage",
  "conglomerate",
  "retailer",
  "miner",
  "broadcaster",
  "newspaper",
  "tabloid",
  "daily",
  "outlet",
  "firm",
  "startup",
  "start-up",
  "operator",
  "manufacturer",
  "publisher",
  "subsidiary",
  "club",
  "party",
  "agency",
  "ministry",
  "militia",
  "group",
  "union",
  "exchange",
  "bourse",
];

/**
 * Descriptors a sentence may open with before a company's name ("Chipmaker Nvidia said", "Rival
 * Commerzbank"): capitalized there, but no part of the name. None starts a company's own name.
 */
export const LEADING_DESCRIPTORS: readonly string[] = [
  "watchdog",
  "regulator",
  "lender",
  "insurer",
  "reinsurer",
  "automaker",
  "carmaker",
  "chipmaker",
  "drugmaker",
  "planemaker",
  "brokerage",
  "conglomerate",
  "retailer",
  "miner",
  "broadcaster",
  "newspaper",
  "tabloid",
  "startup",
  "start-up",
  "manufacturer",
  "publisher",
  "subsidiary",
  "rival",
  "e-commerce",
  "streaming",
  "ride-hailing",
];

/**
 * Nouns whose possessive sits inside a name: "National People's Congress", "People's Liberation
 * Army", "Women's Hospital", "Children's Fund", "King's College Hospital", "Queen's University". A possessive after any other word ends the name before
 * it ("Kazakhstan's Foreign Ministry", "Trump's Republican Party").
 */
export const NAME_GENITIVES: readonly string[] = [
  "king",
  "queen",
  "people",
  "peoples",
  "women",
  "men",
  "children",
  "workers",
  "farmers",
  "veterans",
  "students",
  "teachers",
  "nurses",
  "citizens",
  "nations",
  "writers",
  "journalists",
  "soldiers",
  "sailors",
  "seamen",
  "miners",
  "employees",
];

/** Awards named like people: "her second Oscar", "three Grammys" are MISC, not a person ("Oscar Piastri" is). */
export const AWARD_NAMES: readonly string[] = [
  "Oscar",
  "Oscars",
  "Grammy",
  "Grammys",
  "Emmy",
  "Emmys",
  "Pulitzer",
  "Bafta",
  "BAFTA",
  "Baftas",
];
