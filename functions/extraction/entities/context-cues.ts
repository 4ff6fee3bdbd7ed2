import { isPlaceKind } from "./gazetteer.ts";
import {
  APPOSITION_ORGANIZATION_HEADS,
  BRANDED_THINGS,
  COMPANY_DESCRIPTORS,
  LOCATIVES,
  MAKER_HEADS,
  ORGANIZATION_NOUNS,
  OWNERSHIP_ADJECTIVES,
  PERSON_MAKER_WORDS,
  PLACE_OF_NOUNS,
  PRODUCT_NOUNS,
  PROMOTER_DESCRIPTORS,
  RESULT_VERBS,
  SOURCE_VERBS,
  SOURCE_WORK_NOUNS,
  SPORTS_WORDS,
  TEAM_NOUNS,
} from "./lexicon/context-words.ts";
import { DEMONYM_WORDS } from "./lexicon/demonyms.ts";
import { GIVEN_NAMES } from "./lexicon/person-names.ts";
import { DOTTED_STATE_ABBREVIATIONS, STATE_ABBREVIATIONS, UNABBREVIATED_STATES } from "./lexicon/places.ts";
import { listedKind } from "./list-cues.ts";
import { lineBreakBefore } from "./sentence-view.ts";
import type { SentenceView } from "./span-proposer.ts";
import type { EntityType } from "./types.ts";
import { isAllUpper, isPossessive } from "./word-shape.ts";

const RESULT_VERB = new Set(RESULT_VERBS);
const TEAM_NOUN = new Set(TEAM_NOUNS);
const ORGANIZATION_NOUN = new Set(ORGANIZATION_NOUNS);
const OWNERSHIP_ADJECTIVE = new Set(OWNERSHIP_ADJECTIVES);
const COMPANY_DESCRIPTOR = new Set(COMPANY_DESCRIPTORS);
const PROMOTER_DESCRIPTOR = new Set(PROMOTER_DESCRIPTORS);
const APPOSED_ORGANIZATION_HEAD = new Set([...ORGANIZATION_NOUNS, ...APPOSITION_ORGANIZATION_HEADS]);
const MAKER_HEAD = new Set(MAKER_HEADS);
const PERSON_MAKER_WORD = new Set(PERSON_MAKER_WORDS);
const PRODUCT_NOUN = new Set(PRODUCT_NOUNS);
export const BRANDED_THING: ReadonlySet<string> = new Set(BRANDED_THINGS);
const SOURCE_VERB: ReadonlySet<string> = new Set(SOURCE_VERBS);
const SOURCE_WORK_NOUN: ReadonlySet<string> = new Set(SOURCE_WORK_NOUNS);
const PLACE_OF_NOUN = new Set(PLACE_OF_NOUNS);
const SPORTS_WORD = new Set(SPORTS_WORDS);
const LOCATIVE = new Set(LOCATIVES);
/** A score right after a team: "3-1", "2–0". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** U.S. states and Canadian provinces, by their full names. */
const STATES = new Set([
  ...Object.values(STATE_ABBREVIATIONS),
  ...Object.values(DOTTED_STATE_ABBREVIATIONS),
  ...UNABBREVIATED_STATES,
]);
/** Marks that may close a town's state: "Tracy, Calif., plant", "Richardson, Texas-based". */
const STATE_CLOSERS = new Set([",", "-", ".", ";", ")"]);
/** What a company's plant is called: "its Shah Alam plant". */
const PLANT_NOUNS = new Set([
  "plant",
  "plants",
  "factory",
  "factories",
  "facility",
  "mill",
  "refinery",
  "smelter",
]);
/**
 * What a mine, a dam or a power station is called after its name: "the Toquepala and Cuajone mines", "the
 * Hugo Dummett North deposit", "the Tarbela dam", "the Karahnjukar and Burfell stations".
 */
const MINE_NOUNS = new Set([
  "mine",
  "mines",
  "deposit",
  "orebody",
  "pit",
  "dam",
  "dams",
  "station",
  "stations",
]);
/** Words an apposition may take before its mine noun: "Antamina, the country's largest copper mine,". */
const MINE_APPOSITION_WORDS = 6;

/** Dashes of a dateline: "NAIROBI, Oct 5 (Reuters) -", "SYDNEY (AAP) —". */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "--"]);
/** How far into its line a dateline's dash may be, in tokens ("NAIROBI, Kenya, Oct 5 (Reuters) -"). */
export const DATELINE_TOKENS = 14;

/**
 * The type the words around a name give it, where they are clear, or undefined:
 * - a place (or an unsure MISC) in a result or with a team noun is the club: "beat Liverpool 3-1",
 *   "Liverpool manager"; a person stays one ("Federer beat Nadal"), a country stays the country and a
 *   nationality stays one ("Iranian champions Persepolis");
 * - a name right after an organization noun is an organization: "the regulator BaFin"; so is one set
 *   off by an apposition with such a head: "Rosatom, the Russian state nuclear corporation,";
 * - the place of a wire dateline is a location: "MANCHESTER, England (AP) -";
 * - a name right after a product noun is a product or a work: "the cancer drug Keytruda".
 * `country`: the span is a country or a nationality of the word lists (a national team stays the country).
 */
/** Who works "at" a firm: "analysts at Mediobanca", "chief economist at Berenberg". */
const WORKERS_AT = new Set([
  "analysts",
  "analyst",
  "economists",
  "economist",
  "strategists",
  "strategist",
  "researchers",
  "researcher",
  "traders",
  "trader",
  "executives",
  "executive",
  "officer",
  "director",
  "partner",
  "banker",
  "bankers",
]);

/**
 * "market researcher Circana", "estate agent Hamptons": two words before the name at [start, end) that
 * describe a company; "concert promoter Star Planet" too, where the name is one word or holds a common
 * word (not "concert promoter Michael Gudinski").
 */
export function describedAsCompany(view: SentenceView, start: number, end: number): boolean {
  const words = view.words;
  if (start < 2) return false;
  const descriptor = `${words[start - 2] ?? ""} ${words[start - 1] ?? ""}`.toLowerCase();
  if (COMPANY_DESCRIPTOR.has(descriptor)) return true;
  // (One word alone is a company's name too: "concert promoter Ocesa".)
  return (
    PROMOTER_DESCRIPTOR.has(descriptor) &&
    (end - start === 1 ||
      words.slice(start, end).some((word) => view.common?.has(word.toLowerCase()) === true))
  );
}

/**
 * The words right around the name describe a company or a body: "the regulator BaFin", "platforms Temu and
 * Shein", "Rosatom, the Russian state nuclear corporation,", "Italian ropeway maker Dolomiti Funi"; not a
 * place the word lists know or a country read as a place. The strongest of the cues: refine.ts reads it
 * once for typeFromContext and lets it outvote the tagger's readings elsewhere in the article.
 */
export function describedAsOrganization(
  view: SentenceView,
  start: number,
  end: number,
  type: EntityType,
  country: boolean,
): boolean {
  if (type === "LOCATION" && (view.places[start] || country)) return false;
  const before = (view.words[start - 1] ?? "").toLowerCase();
  // "the regulator BaFin"; "the daily Clarín" too, when no word list knows the name as a place.
  if (start > 0 && ORGANIZATION_NOUN.has(before)) return true;
  // "State-owned Petrobangla plans", "Casablanca-listed Olea Maroc": who owns it or where it lists (the
  // hyphen is a word of its own).
  // (Not a nationality or a kind of share it describes: "listed Nigerian companies", "ASX-listed IPOs",
  // "Shanghai-listed A-shares".)
  const hyphened = view.words[start - 2] === "-";
  const compound = hyphened ? `${(view.words[start - 3] ?? "").toLowerCase()}-${before}` : before;
  const owned = OWNERSHIP_ADJECTIVE.has(compound) || (hyphened && before === "listed");
  if (start > 0 && owned && namesOwnedBody(view.words, start, end)) return true;
  if (apposedAfterOrganizationNoun(view, start, end)) return true;
  // "Chinese platforms Temu and Shein": names after a plural organization noun, either side of "and".
  if (afterPluralOrganizationNoun(view, start)) return true;
  // (A maker's head only for a name that opens with no given name, "John Doe, a cabinet maker," being a
  // person, and not after a preposition of place: "The Morenci mine in Greenlee County, the largest copper
  // producer," describes the mine.)
  const makerHead = !GIVEN_NAMES.has(view.words[start] ?? "") && !LOCATIVE.has(before);
  if (apposedOrganization(view, start, end, makerHead)) return true;
  // "Italian ropeway maker Dolomiti Funi", "cookware maker Tramontina": a maker's head right before the name,
  // after a noun of what is made (not "film maker Spike Lee", not "the maker").
  return (
    !country &&
    makerHead &&
    !MAKER_DETERMINERS.has((view.words[start - 2] ?? "").toLowerCase()) &&
    madeThingsHead(view.words, start - 1, 0, false)
  );
}

/** The words [start, end) may name a body: no nationality, no hyphened or plural acronym ("A-shares", "IPOs"). */
function namesOwnedBody(words: readonly string[], start: number, end: number): boolean {
  const first = words[start] ?? "";
  if (end - start === 1 && (DEMONYM_WORDS.has(first.toLowerCase()) || /^\p{Lu}{2,}s$/u.test(first)))
    return false;
  for (let k = start; k < end; k++)
    if (words[k] === "-" || /^\p{Lu}-\p{Ll}/u.test(words[k] ?? "")) return false;
  return true;
}

/**
 * The type the words around the name at [start, end) give it, if any; `described` is what
 * describedAsOrganization said of it (its caller reads that once, for the vote too).
 */
export function typeFromContext(
  view: SentenceView,
  start: number,
  end: number,
  type: EntityType,
  country: boolean,
  described: boolean,
): EntityType | undefined {
  const lower = (i: number) => (view.words[i] ?? "").toLowerCase();
  if ((type === "LOCATION" || type === "MISC") && !country && namesTeam(view, start, end, lower)) {
    return "ORGANIZATION";
  }
  if (described) return "ORGANIZATION";
  const unknownPlace = type === "LOCATION" && !view.places[start] && !country;
  // "its Zara, Massimo Dutti and Bershka franchises", "apps such as Careem and Uber", "towns like Nanyuki".
  const listed =
    (type !== "LOCATION" || unknownPlace) && !country ? listedKind(view, start, end, type) : undefined;
  if (listed && listed !== type) return listed;
  // "The Kobe-based company": a name glued to "-based" or "-headquartered" says where something is.
  if (
    (type === "ORGANIZATION" || type === "PERSON") &&
    !view.places[start] &&
    view.words[end] === "-" &&
    (view.words[end + 1] === "based" || view.words[end + 1] === "headquartered") &&
    view.tokens[end]?.start === view.tokens[end - 1]?.end
  )
    return "LOCATION";
  // "The Richardson, Texas-based maker", "its Tracy, Calif., plant", "The Clyde, Ohio, plant": a name
  // before a comma and a state or province, which a comma, a dash or the sentence's end closes, is a town.
  if (type !== "LOCATION" && !view.places[start] && beforeState(view, end)) return "LOCATION";
  // "its Shah Alam plant", "its Tracy factory": what a company's plant is named after is a place.
  if (
    type === "PERSON" &&
    (lower(start - 1) === "its" || lower(start - 1) === "our") &&
    PLANT_NOUNS.has(lower(end))
  )
    return "LOCATION";
  // ("the Toquepala and Cuajone mines", "the Hugo Dummett North deposit", "Antamina, the country's largest
  // copper mine,": a mine is a place, whatever the tagger made of its name.)
  if (
    (type === "PERSON" || type === "MISC") &&
    !view.places[start] &&
    !country &&
    namesMine(view, start, end)
  )
    return "LOCATION";
  // "the city of Friedrichshafen": a name after a place's noun and "of" is that place.
  if (
    type !== "LOCATION" &&
    !view.places[start] &&
    view.words[start - 1] === "of" &&
    PLACE_OF_NOUN.has(lower(start - 2)) &&
    lower(start - 3) === "the"
  )
    return "LOCATION";
  if (type !== "LOCATION" && isDatelinePlace(view, start, end)) return "LOCATION";
  // "(AFP Photo/Munir Uz Zaman)": a photo credit names a person.
  if (!country && credited(view, start)) return "PERSON";
  // "the MP for Croydon Central", "the Fianna Fáil TD for Clare": a member's seat is a place.
  if (
    type !== "LOCATION" &&
    view.words[start - 1] === "for" &&
    SEAT_HOLDERS.has(view.words[start - 2] ?? "")
  ) {
    return "LOCATION";
  }
  // "Analysts at Mediobanca", "chief economist at Berenberg": where analysts work is a firm, unless a word
  // list knows it as a place.
  // ("Analysts at Lagos-based Chapel Hill Denham": past where the firm is based.)
  const based =
    ["based", "listed", "headquartered"].includes(view.words[start - 1] ?? "") &&
    view.words[start - 2] === "-";
  const at = based ? start - 4 : start - 1;
  if (
    (type === "PERSON" || unknownPlace) &&
    end - start <= 3 &&
    view.words[at] === "at" &&
    WORKERS_AT.has(lower(at - 1))
  )
    return "ORGANIZATION";
  // "the cancer drug Keytruda", "the film Oppenheimer": a product or a work.
  if (!country && start > 0 && PRODUCT_NOUN.has(lower(start - 1))) return "MISC";
  // "Nikkei has learned", "told Nikkei", "according to Nikkei calculations": a paper, no stock index.
  if (type === "MISC" && !country && newsSource(view, start, end)) return "ORGANIZATION";
  // "a Martin guitar", "a black Kawai upright": one name after "a" before a made thing is its maker.
  if (type === "PERSON" && end - start === 1 && BRANDED_THING.has(lower(end)) && afterIndefinite(view, start))
    return "ORGANIZATION";
  return undefined;
}

/**
 * The name is a news source's: what it learned or reported, whom one told, whose figures one cites. Not a
 * word prose writes in lower case ("Auditors found", "Operators reported", "An Post").
 */
function newsSource(view: SentenceView, start: number, end: number): boolean {
  const { words, common } = view;
  if (!common) return false;
  for (let k = start; k < end; k++) {
    const word = (words[k] ?? "").toLowerCase();
    if (common.has(word) || (word.endsWith("s") && common.has(word.slice(0, -1)))) return false;
  }
  const after = words[end] === "has" ? words[end + 1] : words[end];
  if (SOURCE_VERB.has(after ?? "")) return true;
  if (words[start - 1] === "told") return true;
  return (
    words[start - 1] === "to" &&
    (words[start - 2] ?? "").toLowerCase() === "according" &&
    SOURCE_WORK_NOUN.has(words[end] ?? "")
  );
}

/** "a", "an", or one of them and a describing word, right before `start`: "a Martin", "a black Kawai". */
function afterIndefinite(view: SentenceView, start: number): boolean {
  const article = (k: number) => /^an?$/i.test(view.words[k] ?? "");
  return article(start - 1) || (article(start - 2) && /^\p{Ll}+$/u.test(view.words[start - 1] ?? ""));
}

/** A comma and a state or province that a comma, a dash or the sentence's end closes follow the name. */
function beforeState(view: SentenceView, end: number): boolean {
  const state = view.words[end] === "," ? view.places[end + 1] : undefined;
  if (state?.value.kind !== "region" || !STATES.has(state.value.canonical)) return false;
  const after = view.words[state.end];
  return after === undefined || STATE_CLOSERS.has(after);
}

/**
 * The name follows a photo agency's slash in a credit ("AFP Photo/", "REUTERS/"). Names after "Reporting
 * by" and the like are made people whole where spans are shaped (credit-lines.ts).
 */
function credited(view: SentenceView, start: number): boolean {
  const { words } = view;
  return (
    words[start - 1] === "/" && /^(?:Photo|PHOTO|REUTERS|AFP|AP|EPA|Getty)$/.test(words[start - 2] ?? "")
  );
}

/** Members elected for a seat, as written before "for": "MP for Croydon Central". */
const SEAT_HOLDERS = new Set([
  "MP",
  "TD",
  "MEP",
  "MSP",
  "MLA",
  "MPP",
  "member",
  "Member",
  "Senator",
  "senator",
]);

/** Words of a name set off after an organization noun, at most ("the operator, Moja Expressway,"). */
const APPOSED_NAME_WORDS = 3;
/** Words between an owner and its organization noun, at most ("Kraken's Australian operator"). */
const OWNED_NOUN_MODIFIERS = 4;
const OWNERS = new Set(["its", "their", "the", "a", "an"]);

/**
 * "The company's ride-hailing subsidiary, Logi, reported": a name set off by commas right after an
 * organization noun that a determiner or an owner opens is that organization; not a title's organization
 * ("The Managing Director of the fund, Akintunde Sawyerr,"), nor a given name.
 */
function apposedAfterOrganizationNoun(view: SentenceView, start: number, end: number): boolean {
  const { words } = view;
  if (
    end - start > APPOSED_NAME_WORDS ||
    words[start - 1] !== "," ||
    (words[end] !== "," && words[end] !== ".")
  )
    return false;
  // (After a name's last word, one word only: "The European Steel Association, Eurofer," but not "his
  // record label The Rocket Record Company, Kiki Dee,".)
  const noun = words[start - 2] ?? "";
  const named = noun !== noun.toLowerCase();
  if (
    !ORGANIZATION_NOUN.has(noun.toLowerCase()) ||
    (named && end - start > 1) ||
    GIVEN_NAMES.has(words[start] ?? "")
  )
    return false;
  let k = start - 3;
  while (
    k > start - 3 - OWNED_NOUN_MODIFIERS &&
    /^[\p{L}-]+$/u.test(words[k] ?? "") &&
    !OWNERS.has((words[k] ?? "").toLowerCase())
  )
    k--;
  const owner = words[k] ?? "";
  if (!OWNERS.has(owner.toLowerCase()) && !isPossessive(owner)) return false;
  return !LINK_WORDS.has((words[k - 1] ?? "").toLowerCase());
}

/**
 * The name at `start` follows a plural organization noun, or is the second of two names joined by "and"
 * after one: "platforms Temu and Shein", "the lenders Absa and Nedbank".
 */
function afterPluralOrganizationNoun(view: SentenceView, start: number): boolean {
  const { words } = view;
  const plural = (i: number) => {
    const word = (words[i] ?? "").toLowerCase();
    return word.endsWith("s") && ORGANIZATION_NOUN.has(word.slice(0, -1));
  };
  // (Not across a line: "... to lure miners" above "RIYADH, Dec 1 —".)
  if (start > 0 && plural(start - 1) && !lineBreakBefore(view, start)) return true;
  if (words[start - 1] !== "and") return false;
  let k = start - 2;
  while (k > start - 2 - JOINED_NAME_WORDS && /^\p{Lu}/u.test(words[k] ?? "")) k--;
  return k < start - 2 && plural(k);
}

/** Words of the second of two names an apposition follows: "Coles and Woolworths,". */
const JOINED_NAME_WORDS = 3;
/** Modifiers an apposition's head may follow, at most ("the Moscow-based state nuclear"). */
const APPOSITION_MODIFIERS = 6;
const APPOSITION_DETERMINERS = new Set(["the", "a", "an"]);
/** Words after an apposition's head that end the apposition. */
const APPOSITION_ENDS = new Set([",", ".", ";", ")", "—", "–", "that", "which", "whose"]);

/**
 * ", the|a|an <modifiers> <organization head>" right after the name, the head ending the phrase: not
 * "a party member", "the union's leader" or "a member of the group" (a preposition stops the search).
 * Two names joined by "and" share a plural head: "Coles and Woolworths, the two biggest supermarket
 * chains,".
 */
function apposedOrganization(view: SentenceView, start: number, end: number, makerHead: boolean): boolean {
  const { words } = view;
  let comma = end;
  let joint = words[start - 1] === "and";
  if (words[end] === "and") {
    let k = end + 1;
    while (k < end + 1 + JOINED_NAME_WORDS && /^\p{Lu}/u.test(words[k] ?? "")) k++;
    if (k > end + 1 && words[k] === ",") {
      comma = k;
      joint = true;
    }
  }
  // ("Melody House, one of the oldest music retailers,": one of a plural head's kind.)
  const oneOf =
    words[comma + 1] === "one" &&
    words[comma + 2] === "of" &&
    (words[comma + 3] === "the" || placeOwnerEnd(view, comma + 3) >= 0);
  let article = oneOf ? comma + 3 : comma + 1;
  if (oneOf) joint = true;
  if (words[comma] !== ",") return false;
  if (!APPOSITION_DETERMINERS.has((words[article] ?? "").toLowerCase())) {
    // ("Yamazaki Baking, Japan's largest bread maker,": a place's possessive stands as "the country's".)
    article = placeOwnerEnd(view, article);
    if (article < 0) return false;
  }
  const last = Math.min(words.length - 1, article + 1 + APPOSITION_MODIFIERS);
  // ("the Caribs, one of the dominant Native American groups": a people's groups, no companies.)
  let peoples = false;
  for (let i = article + 1; i <= last; i++) {
    const word = words[i] ?? "";
    const plural =
      joint && !peoples && word.endsWith("s") && APPOSED_ORGANIZATION_HEAD.has(word.slice(0, -1));
    // ("the biggest supermarket chain": a head may describe the head after it.)
    const next = words[i + 1];
    // ("Polyco, the organisation for polyolefins,": a head may take a phrase of what it is for.)
    const ends = next === undefined || APPOSITION_ENDS.has(next) || HEAD_LINKS.has(next);
    if ((APPOSED_ORGANIZATION_HEAD.has(word) || plural) && ends) return true;
    if (makerHead && ends && madeThingsHead(words, i, article + 1, joint)) return true;
    if (oneOf && /^\p{Lu}/u.test(word)) peoples = true;
    // ("Nutrien, the world's largest potash company,": a possessive of the world or a country ranks it.)
    if (isPossessive(words[i + 1] ?? "") && RANKING_OWNERS.has(word.toLowerCase())) {
      i++;
      continue;
    }
    if (!/^[\p{L}-]+$/u.test(word) || LINK_WORDS.has(word) || isPossessive(words[i + 1] ?? "")) {
      return false;
    }
  }
  return false;
}
/** Where the possessive of a place the word lists know, opening at `k`, stands ("Japan" "'s"); -1 if none. */
function placeOwnerEnd(view: SentenceView, k: number): number {
  const place = view.places[k];
  return place && isPlaceKind(place.value.kind) && isPossessive(view.words[place.end] ?? "") ? place.end : -1;
}

/**
 * words[i] is a maker's head ("maker", "producers" after two names) after a noun of what is made ("the
 * world's biggest cable maker") or before "of" ("the Italian maker of cables"), not a person's job ("a
 * film maker").
 */
function madeThingsHead(words: readonly string[], i: number, first: number, joint: boolean): boolean {
  const word = words[i] ?? "";
  if (!MAKER_HEAD.has(word) && !(joint && word.endsWith("s") && MAKER_HEAD.has(word.slice(0, -1))))
    return false;
  if (words[i + 1] === "of") return true;
  const made = words[i - 1] ?? "";
  return (
    i > first && /^\p{Ll}[\p{Ll}-]*$/u.test(made) && !PERSON_MAKER_WORD.has(made) && !RANKING_WORD.test(made)
  );
}
/** Words before a maker's head that make no noun of what is made: "the maker", "its producer". */
const MAKER_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "that", "this"]);
/** Rankings and sizes that may stand right before a head: "the biggest maker", "a leading producer". */
const RANKING_WORD =
  /^(?:\p{Ll}+est|leading|top|major|largest|big|small|large|no|number|second|third|state|private|local|domestic|foreign|global|regional|independent|family-owned|state-owned|listed)$/u;

/**
 * Links after an apposition's head that say what it is for, of or has: "the organisation for
 * polyolefins", "Japan's largest bread maker with a market share of about 40%".
 */
const HEAD_LINKS = new Set(["for", "of", "in", "with"]);
/** Owners whose possessive ranks the head after it: "the world's largest", "the country's biggest". */
const RANKING_OWNERS = new Set(["world", "country", "nation", "continent", "region", "state", "city"]);
/** Words that end a modifier run before any head: a preposition or a relative. */
const LINK_WORDS = new Set([
  "of",
  "for",
  "at",
  "in",
  "with",
  "on",
  "by",
  "from",
  "to",
  "who",
  "whose",
  "which",
]);

/** The words around the span make it a team: a score or team noun after it, a result verb before it. */
export function inTeamContext(view: SentenceView, start: number, end: number): boolean {
  return namesTeam(view, start, end, (i) => (view.words[i] ?? "").toLowerCase());
}

function namesTeam(view: SentenceView, start: number, end: number, lower: (i: number) => string): boolean {
  const next = view.words[end] ?? "";
  if (SCORE.test(next) || TEAM_NOUN.has(lower(end)) || TEAM_NOUN.has(`${lower(end)} ${lower(end + 1)}`)) {
    return true;
  }
  // "Liverpool's manager", "Denver's point guard".
  if (
    isPossessive(next) &&
    (TEAM_NOUN.has(lower(end + 1)) || TEAM_NOUN.has(`${lower(end + 1)} ${lower(end + 2)}`))
  )
    return true;
  // In a sentence only sports copy writes, a city of the word lists not after a locative, nor a
  // dateline's: "paid 40 million pounds to
  // Bournemouth for the defender", "two points behind leaders Liverpool".
  const city = view.places[start];
  if (
    city?.value.kind === "city" &&
    city.end === end &&
    !LOCATIVE.has(lower(start - 1)) &&
    inSportsSentence(view)
  )
    return !modifiesNoun(view, end) && !isDatelinePlace(view, start, end);
  if (RESULT_VERB.has(lower(start - 1)) || RESULT_VERB.has(`${lower(start - 2)} ${lower(start - 1)}`)) {
    return true;
  }
  // The other side of a score: "won 3-0 against Osaka", "a 2-1 win over Leeds".
  if (OPPONENT_LINKS.has(lower(start - 1))) {
    for (let i = Math.max(0, start - 5); i < start - 1; i++) if (SCORE.test(view.words[i] ?? "")) return true;
  }
  // The subject of a result with its score: "Boston beat Miami 112-104", "Liverpool drew 1-1 with Everton".
  const verb = lower(end);
  if (!RESULT_VERB.has(verb) && !SUBJECT_RESULT_VERBS.has(verb)) return false;
  for (let i = end + 1; i < Math.min(view.words.length, end + 1 + SCORE_REACH); i++) {
    if (SCORE.test(view.words[i] ?? "")) return true;
  }
  return false;
}

/** "the Cairo derby", "Brisbane 2032", "Brisbane's city centre": the place names a thing, not a team. */
function modifiesNoun(view: SentenceView, end: number): boolean {
  const next = view.words[end] ?? "";
  const noun = isPossessive(next) ? (view.words[end + 1] ?? "") : next;
  return /^\d/.test(noun) || PLACE_NOUN.has(noun.toLowerCase());
}
/** Nouns a city's name modifies: "the Cairo derby", "Brisbane airport", "Brisbane's city centre". */
const PLACE_NOUN = new Set([
  "derby",
  "city",
  "centre",
  "center",
  "area",
  "region",
  "airport",
  "marathon",
  "games",
  "olympics",
  "metro",
  "suburbs",
  "port",
  "mayor",
  "council",
  "police",
]);

/** The sentence has a word only sports copy writes (computed once per sentence view). */
const SPORTS_SENTENCE = new WeakMap<SentenceView, boolean>();
function inSportsSentence(view: SentenceView): boolean {
  let known = SPORTS_SENTENCE.get(view);
  if (known === undefined) {
    known = view.casing === "mixed" && view.words.some((word) => SPORTS_WORD.has(word.toLowerCase()));
    SPORTS_SENTENCE.set(view, known);
  }
  return known;
}

/** Words between a score and the opponent: "3-0 against Osaka", "2-1 win over Leeds". */
const OPPONENT_LINKS = new Set(["against", "over", "with", "to", "at"]);
/** Verbs after a team that report a result when a score follows ("drew 1-1", "lost to Sydney FC 2-1"). */
const SUBJECT_RESULT_VERBS = new Set(["drew", "lost", "won", "tied", "trailed", "led", "edged", "beat"]);
/** How far after the verb the score may come, in tokens ("lost at home to Sydney FC 2-1"). */
const SCORE_REACH = 8;

/** All-caps words opening a line, then a comma, a parenthesis or a dash, and a dash soon after. */
function isDatelinePlace(view: SentenceView, start: number, end: number): boolean {
  const first = view.tokens[start];
  if (!first || !atLineStart(view.text, first.start)) return false;
  for (let i = start; i < end; i++) if (!isAllUpper(view.words[i] ?? "")) return false;
  const next = view.words[end] ?? "";
  if (next !== "," && next !== "(" && !DASHES.has(next)) return false;
  for (let i = end; i < Math.min(view.words.length, start + DATELINE_TOKENS); i++) {
    if (DASHES.has(view.words[i] ?? "")) return true;
  }
  return false;
}

function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === "\n") return true;
    if (ch !== " " && ch !== "\t") return false;
  }
  return true;
}

/**
 * The name that ends at `end` is a mine's: a mine noun right after it, or after "and" and another name
 * ("Kansanshi and Sentinel mines"), or heading an apposition ("Antamina, the country's largest copper mine,").
 */
function namesMine(view: SentenceView, start: number, end: number): boolean {
  const { words } = view;
  const lower = (i: number) => (words[i] ?? "").toLowerCase();
  // (Not a sentence's first word before "deposit" or a plural: "Customer deposit growth", "Large-scale mines
  // produced", "Polling stations open", "Television stations charged".)
  if (MINE_NOUNS.has(words[end] ?? ""))
    return (words[end] !== "deposit" && !words[end]?.endsWith("s")) || start > view.firstWord;
  if (words[end] === "and") {
    let k = end + 1;
    while (k < end + 1 + MINE_APPOSITION_WORDS && /^\p{Lu}/u.test(words[k] ?? "")) k++;
    return k > end + 1 && MINE_NOUNS.has(words[k] ?? "");
  }
  if (words[end] !== "," || !APPOSITION_DETERMINERS.has(lower(end + 1))) return false;
  for (let k = end + 2; k < end + 2 + MINE_APPOSITION_WORDS; k++) {
    const word = words[k] ?? "";
    if (MINE_NOUNS.has(word)) return words[k + 1] === "," || words[k + 1] === "." || words[k + 1] === "in";
    // (Not "Carlos Paredes, a former vice-minister of mines,": a link word ends the head's modifiers.)
    if (!/^[\p{L}'’-]+$/u.test(word) || LINK_WORDS.has(word)) return false;
  }
  return false;
}
