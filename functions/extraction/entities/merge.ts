import { introducedBefore, mergeAcronyms, personAliases, personSuffixes, shorterNames } from "./aliases.ts";
import { companyAfter, retypeCompanies, retypeFamilyFirms } from "./company-cues.ts";
import { retypeDesignations } from "./designations.ts";
import { Eponyms } from "./eponyms.ts";
import { countryName, isPlaceKind, PLACES_AND_NAMES } from "./gazetteer.ts";
import {
  endsWithLegalForm,
  isLegalForm,
  LEGAL_FORM_VOTE,
  withoutLegalForm,
  writtenName,
} from "./legal-forms.ts";
import { EPONYMOUS_NOUNS } from "./lexicon/context-words.ts";
import { COUNTRIES_BY_CONTEXT, SOUTH_AFRICA_ABBREVIATION } from "./lexicon/countries.ts";
import { KNOWN_EVENTS } from "./lexicon/events.ts";
import {
  COMMON_NOUNS_AFTER_NAMED_ALONE,
  DEFINED_BODY_WORDS,
  EPONYM_HEADS,
  NAMED_ALONE,
  ORG_SUFFIXES,
  STATED_AS_NOUN,
} from "./lexicon/organizations.ts";
import { NAME_PARTICLES } from "./lexicon/person-names.ts";
import { firstStart, type Group, longestWords, moveInto, typeOf } from "./name-groups.ts";
import { fullerCompanyName } from "./name-heads.ts";
import { retypePlaces } from "./place-cues.ts";
import type { Candidate } from "./refine.ts";
import type { Entity, EntityType, Mention } from "./types.ts";
import { isDefinedAcronym, nameKey } from "./word-shape.ts";

/**
 * Links the candidates of one article into entities:
 * - a country is one entity whatever its alias ("U.S.", "United States", "America"), keyed by its code;
 *   a demonym is one MISC entity per country ("American", "Americans"), with a `country` field;
 * - otherwise one name (without a leading "the", case-folded) is one entity, typed by majority vote;
 * - a person's surname or given name alone ("Blinken") joins the one person it names in full, and a
 *   shorter form of a full name ("Lula da Silva") joins the longer one;
 * - a shorter name joins the organization it names ("Newell" after "Newell Brands", "the Commission"
 *   after "the European Commission"; aliases.ts says which);
 * - an acronym joins the organization whose initials it spells ("IMF", "International Monetary Fund");
 * - weak candidates (a sentence's first word, an unknown single word) survive only if the article
 *   confirms them: they match an entity, or (mid-sentence, not doubted by the tagger) the word never
 *   appears in lower case.
 */
export function mergeCandidates(
  text: string,
  candidates: readonly Candidate[],
  lowerWords: ReadonlySet<string>,
  commonWords?: ReadonlySet<string>,
): Entity[] {
  const groups = new Map<string, Group>();
  const add = (key: string, candidate: Candidate): void => {
    let group = groups.get(key);
    if (!group) {
      group = { key, votes: new Map(), members: [] };
      groups.set(key, group);
    }
    group.members.push(candidate);
    if (!candidate.weak)
      group.votes.set(candidate.type, (group.votes.get(candidate.type) ?? 0) + candidate.confidence);
    // "Eberhard Faber GmbH": a legal form settles the type of every mention ("Eberhard Faber").
    if (endsWithLegalForm(candidate.words))
      group.votes.set("ORGANIZATION", (group.votes.get("ORGANIZATION") ?? 0) + LEGAL_FORM_VOTE);
  };
  const partyNamed = partiesNamed(text, candidates);
  const named = candidates.filter((candidate) => !commonNounOpener(text, candidate, partyNamed));
  const strong = named.filter((candidate) => !candidate.weak);
  for (const candidate of strong) add(keyOf(candidate), candidate);

  // Shorter names join the person they name ("Bola Tinubu", "Lula da Silva"); then single words do,
  // which "Tinubu" could not while two people ended with it.
  const suffixes = personSuffixes(groups);
  for (const group of [...groups.values()]) {
    if (typeOf(group) !== "PERSON" || longestWords(group) < 2) continue;
    const longer = suffixes.get(group.key);
    if (longer && longer !== group && groups.has(longer.key)) moveInto(group, longer, groups);
  }
  const sharers = new Map<string, Group[]>();
  const aliases = personAliases(groups, sharers);
  const eponyms = new Eponyms(text, groups, named, keyOf, lowerWords);
  for (const group of [...groups.values()]) {
    if (typeOf(group) === "PERSON" && longestWords(group) >= 2) continue;
    // "Al Thani" after "Mohammed bin Abdulrahman Al Thani", whatever the tagger made of it.
    const family = suffixes.get(group.key);
    if (family && family !== group && startsWithParticle(group)) {
      moveInto(group, family, groups, "PERSON");
      continue;
    }
    if (group.members.some((member) => member.countryCode || member.country || member.words.length > 1))
      continue;
    const people = sharers.get(group.key);
    const target = aliases.get(group.key) ?? (people && introducedBefore(people, group));
    if (!target || target === group) continue;
    // "the mud of Florence" in the obituary of Florence Hale: a given name the article reads as a place
    // stays the place, and so does a known place ("central Washington" beside Denise Washington); an
    // unknown surname read as a place is the tagger's error ("Silang" for Diego Silang).
    const known = group.members.some((member) => member.canonical !== undefined);
    if (typeOf(group) === "LOCATION" && (known || !endsWithWord(target, group.key))) continue;
    // ("Gallagher" beside Arthur J. Gallagher & Co and J. Patrick Gallagher Jr: each mention, by its words.)
    if (!eponyms.split(group, target)) moveInto(group, target, groups, "PERSON");
  }
  // Shorter names join the organization (or storm) they name ("Newell", "the Commission", "Helene").
  const shortForms = shorterNames(groups, text, commonWords);
  const surnames = surnamesOf(groups);
  for (const group of [...groups.values()]) {
    const form = shortForms.get(group.key);
    const type = typeOf(group);
    if (!form || !groups.has(form.target.key)) continue;
    // "Avalon" read as a place beside "Avalon Freight Systems Inc.", "Rivian" beside "Rivian Automotive",
    // "Harmony" beside "Harmony Gold": a word no list knows as a place, of a company with a legal form or
    // a company's generic words, is the company.
    const unknownPlace =
      (type === "LOCATION" || type === "MISC") &&
      form.joins !== "person" &&
      (form.target.members.some((member) => endsWithLegalForm(member.words)) || form.company === true) &&
      // ("Aurion Ridge" beside "Aurion Ridge Resources": two words too, unless the second names a kind of
      // place: "Changi Airport" beside "Changi Airport Group", "Elk Valley" beside "Elk Valley Resources".)
      group.members.every(
        (member) =>
          member.canonical === undefined &&
          (member.words.length === 1 ||
            (member.words.length === 2 && !PLACE_KIND_WORDS.has(member.words[1] ?? ""))) &&
          // ("MANILA - Manila Electric Co": a dateline's city in capitals is the city, not the company.)
          !knownPlace(member.words) &&
          // ("weavers in Usak and Konya" beside "Konya Kilim AS": a place listed after a preposition of place.)
          !PLACE_LIST_BEFORE.test(
            text.slice(Math.max(0, member.start - PLACE_LIST_CHARACTERS), member.start),
          ),
      ) &&
      // ("Dhofar" beside "Dhofar Governorate" and "Dhofar Insurance": the article names the place too.)
      !namedAsPlace(groups, group.key);
    if (type !== "ORGANIZATION" && type !== "PERSON" && !unknownPlace) continue;
    if (group.members.some((member) => member.countryCode || member.country)) continue;
    // ("Harrington" in the obituary of Margaret Harrington, whose son chairs Harrington Media Group: the
    // surname of people the article names, even of two, is no short name of a company.)
    if (type === "PERSON" && (aliases.has(group.key) || surnames.has(group.key))) continue;
    if (form.joins === "person" && (type !== "PERSON" || longestWords(group) > 1)) continue;
    if (form.joins === "named" && type === "PERSON" && isEponym(text, group)) continue;
    if (type === "PERSON" && namedAfter(form.target, group)) continue;
    moveInto(group, form.target, groups, typeOf(form.target));
  }
  for (const candidate of named) {
    if (!candidate.weak) continue;
    const key = keyOf(candidate);
    const single = candidate.words.length === 1;
    const form = shortForms.get(key);
    if (single && eponyms.joinWeak(key, candidate)) continue;
    // ("Debt service rose" beside the Debt Management Office: a word that opens a sentence and that the
    // article also writes in lower case is no short name.)
    const ordinary = candidate.initial && single && lowerWords.has(candidate.text.toLowerCase());
    const known =
      groups.get(key) ??
      (single ? aliases.get(key) : undefined) ??
      (form && form.joins !== "person" && !ordinary ? form.target : undefined);
    if (known && groups.has(known.key)) {
      known.members.push(candidate);
      continue;
    }
    // "Trovix said it would close two plants": a sentence's first word that speaks as a company is one.
    const company =
      candidate.initial &&
      single &&
      !candidate.doubted &&
      !commonWords?.has(candidate.text.toLowerCase()) &&
      !lowerWords.has(candidate.text.toLowerCase()) &&
      companyAfter(text, candidate.end);
    if (company) {
      add(key, { ...candidate, type: "ORGANIZATION", weak: false });
      continue;
    }
    if (candidate.initial || candidate.doubted) continue;
    if (candidate.words.some((word) => lowerWords.has(word.toLowerCase()))) continue;
    add(key, candidate);
  }
  dropOrdinaryOpeners(text, groups, lowerWords);
  joinDefinedTerms(groups);
  dropHolidayPossessives(text, groups);
  joinQuotedTitles(text, groups);
  retypeCompanies(text, groups.values());
  retypeFamilyFirms(text, groups.values());
  retypePlaces(text, groups.values());
  retypeDesignations(groups.values());
  mergeAcronyms(groups);
  joinBracketedNames(text, groups);
  codeCountriesByContext(groups);
  readSouthAfricaAbbreviation(groups);
  joinCountryNames(groups);
  return toEntities(text, [...groups.values()]);
}

/** Holidays named by a possessive before "Day": "Valentine's", "Mother's" alone name them too. */
const HOLIDAY_POSSESSORS: ReadonlySet<string> = new Set(
  KNOWN_EVENTS.flatMap((name) => /^(\S+)'s Day$/.exec(name)?.slice(1) ?? []),
);

/**
 * "a Valentine's rose", "ahead of Valentine's": a holiday's possessive without its "Day" names the holiday,
 * no person of that name, where the article names no one by it but so.
 */
function dropHolidayPossessives(text: string, groups: Map<string, Group>): void {
  for (const [key, group] of groups) {
    if (typeOf(group) !== "PERSON") continue;
    const possessive = group.members.every(
      (member) =>
        member.words.length === 1 &&
        HOLIDAY_POSSESSORS.has(member.words[0] ?? "") &&
        /^['’]s\b/.test(text.slice(member.end, member.end + 3)),
    );
    if (possessive) groups.delete(key);
  }
}

/**
 * A release's "the Company" or "the Group" that joined no company by its name is the first company the
 * article names with a legal form ("Umzimkulu Sugar Limited ... The Company expects"), or no one; "the
 * Board" is no one (the company's board, not the company).
 */
function joinDefinedTerms(groups: Map<string, Group>): void {
  const defined = [...groups.values()].filter((group) => {
    const word = group.members[0]?.words[0] ?? "";
    return (
      DEFINED_BODY_WORDS.has(word) &&
      group.members.every((member) => member.words.length === 1 && member.words[0] === word)
    );
  });
  // (Most articles write none: no look for the company then.)
  if (defined.length === 0) return;
  let company: Group | undefined;
  for (const group of groups.values())
    if (
      typeOf(group) === "ORGANIZATION" &&
      group.members.some((member) => endsWithLegalForm(member.words)) &&
      (!company || firstStart(group) < firstStart(company))
    )
      company = group;
  for (const group of defined) {
    if (company && group.members[0]?.words[0] !== "Board") moveInto(group, company, groups, "ORGANIZATION");
    else groups.delete(group.key);
  }
}

/**
 * "Cruise passengers spent more", "Music rights are back in favour": a person named by one word only, and
 * only where it opens a sentence, is a common noun the article also writes in lower case, no one. So is an
 * organization or a place no list knows: "Hydro generation fell" beside "hydro output", "Geothermal plants
 * supplied" beside "geothermal".
 */
function dropOrdinaryOpeners(
  text: string,
  groups: Map<string, Group>,
  lowerWords: ReadonlySet<string>,
): void {
  for (const [key, group] of groups)
    if (
      ordinaryType(group) &&
      group.members.every(
        (member) =>
          // (Right after a dateline's dash too: "MANILA, Nov. 26 (BusinessWorld) — Cruise ship calls".)
          (member.initial || DASH_BEFORE.test(text.slice(Math.max(0, member.start - 3), member.start))) &&
          member.words.length === 1 &&
          ordinaryWord(text, member.words[0] ?? "", lowerWords) &&
          // ("Rose said the price rose 5%": one who speaks is someone.)
          !SPEAKS_AFTER.test(text.slice(member.end, member.end + SPEAKS_REACH)),
      )
    )
      groups.delete(key);
}

/**
 * "Labour costs rose 4%": a word that names a party alone, opening a sentence before a common noun it heads;
 * or before what "is" states it to be or a label's colon ("Labour is the big one", "Labor: wages rose 6%")
 * in an article where no candidate of the word reads as the party (`partyNamed`).
 */
function commonNounOpener(text: string, candidate: Candidate, partyNamed: ReadonlySet<string>): boolean {
  const reading = openerReading(text, candidate);
  return reading === "noun" || (reading === "stated" && !partyNamed.has(candidate.words[0] ?? ""));
}

/**
 * How a candidate of a word that names a party alone reads: "noun" before a common noun it heads at a
 * sentence's start, "stated" before what "is" or "was" makes it there (STATED_AS_NOUN, an amount) or a
 * label's colon, "party" anywhere else ("the Labour government", "Labour leader Keir Starmer", "Labour
 * Party", "Labor is asking"); undefined for other words.
 */
function openerReading(text: string, candidate: Candidate): "noun" | "stated" | "party" | undefined {
  if (!NAMED_ALONE.has(candidate.words[0] ?? "")) return undefined;
  const opens =
    candidate.initial || DASH_BEFORE.test(text.slice(Math.max(0, candidate.start - 3), candidate.start));
  if (!opens || candidate.words.length !== 1) return "party";
  const after = text.slice(candidate.end, candidate.end + NOUN_REACH);
  const next = NOUN_AFTER.exec(after)?.[1];
  if (next !== undefined && COMMON_NOUNS_AFTER_NAMED_ALONE.has(next)) return "noun";
  // ("Labour is the big one", "Labor is another squeeze", "Labour is 70 euros a day", not "Labor is asking"
  // nor "Labour was on 19 per cent": what the word is stated to be.)
  const stated = STATED_AFTER.exec(after)?.[1];
  if (stated !== undefined && (STATED_AS_NOUN.has(stated) || /^[0-9€$£]/.test(stated))) return "stated";
  return after.startsWith(":") ? "stated" : "party";
}

/** "is" or "was" after a name, and the word after it. */
const STATED_AFTER = /^[ \t]+(?:is|was)[ \t]+(\S+)/;

/** The words that name a party alone which some candidate of the article reads as the party. */
function partiesNamed(text: string, candidates: readonly Candidate[]): Set<string> {
  const named = new Set<string>();
  for (const candidate of candidates)
    if (openerReading(text, candidate) === "party") named.add(candidate.words[0] ?? "");
  return named;
}

/** The lower-case word right after a name. */
const NOUN_AFTER = /^[ \t]+([a-z]+)\b/;
/** Characters after a name that the noun it heads may take. */
const NOUN_REACH = 20;

/** A person, or an organization or a place that no list knows by its one word. */
function ordinaryType(group: Group): boolean {
  const type = typeOf(group);
  if (type === "PERSON") return true;
  if (type !== "ORGANIZATION" && type !== "LOCATION") return false;
  // (Not a body's own word that ends names, "Treasury", "Parliament", nor one that names it alone.)
  const word = group.members[0]?.words[0] ?? "";
  if (ORG_SUFFIXES.has(word) || NAMED_ALONE.has(word)) return false;
  return group.members.every((m) => !m.countryCode) && !PLACES_AND_NAMES.match([word], 0, "exact");
}

/**
 * The article writes `word` in lower case as an ordinary word: not a name of two letters ("du", the
 * telecoms company) nor one it defines in brackets in lower case ("the Automotive Business Council
 * (naamsa)").
 */
function ordinaryWord(text: string, word: string, lowerWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return word.length > 2 && lowerWords.has(lower) && !text.includes(`(${lower})`);
}

/** A dash that opens a sentence after a dateline, right before a name. */
const DASH_BEFORE = /[—–-]\s+$/;

/** A verb of speech right after a name: "Rose said", "Rose told". */
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|asked|wrote|noted|argued|explained)\b/;
/** Characters after a name that the verb of speech may take. */
const SPEAKS_REACH = 12;

/**
 * "the Saudi Exchange (Tadawul)", "Rabigh Refining and Petrochemical Co. (Petro Rabigh)", "Hong Kong
 * Exchanges & Clearing (HKEX)", "Immediate Payment Service (IMPS)": a name in brackets right after an
 * organization's or a product's is its other name, whatever its letters spell; not a country or a place
 * ("Unilever (UK)"), nor words that qualify it.
 */
function joinBracketedNames(text: string, groups: Map<string, Group>): void {
  const groupAt = new Map<number, Group>();
  const memberAt = new Map<number, Candidate>();
  // The names that took a bracketed name: ("Nigerian National Petroleum Company (NNPC)", then another name
  // with "(NNPC)": one name in brackets joins one name, which keeps the groups apart and the pass linear.)
  const joined = new Set<Group>();
  for (const group of groups.values())
    for (const member of group.members) {
      groupAt.set(member.start, group);
      memberAt.set(member.start, member);
    }
  for (const group of [...groups.values()]) {
    const type = typeOf(group);
    if (!groups.has(group.key) || (type !== "ORGANIZATION" && type !== "MISC")) continue;
    // ("Ottawa (AFP)": a dateline's place, typed as its government, and the wire's credit.)
    if (group.members.some((m) => knownPlace(m.words))) continue;
    for (const member of group.members) {
      // ("the Istanbul Apparel Exporters' Association (İHKİB)" cut to its head word: whose name it is, unknown.)
      if (member.words.length === 1 && ORG_SUFFIXES.has(member.words[0] ?? "")) continue;
      // ("Rabigh Refining and Petrochemical Co. (Petro Rabigh)": past a legal form the name left out.)
      const open = BRACKET_OPEN.exec(text.slice(member.end, member.end + BRACKET_REACH));
      if (!open || (open[1] !== undefined && !isLegalForm(open[1]))) continue;
      const at = member.end + open[0].length;
      const other = groupAt.get(at);
      const inner = memberAt.get(at);
      if (!other || !inner || other === group || joined.has(other) || text[inner.end] !== ")") continue;
      if (other.key.startsWith("country:") || typeOf(other) === "LOCATION") continue;
      // ("Ping An Insurance (Group) Co.": a company's suffix in brackets is part of its name.)
      if (inner.words.every((word) => ORG_SUFFIXES.has(word))) continue;
      // ("the State Pension (Contributory)", "the Prime Minister's Department (Religious Affairs)": words that
      // qualify the name; another name is one in capitals or one the article names again.)
      // ("Oman Trading International (OQ Trading)": or one that shares a name word with it.)
      const sharesWord = inner.words.some((word) => /^\p{Lu}/u.test(word) && member.words.includes(word));
      if (other.members.length < 2 && !isDefinedAcronym(inner.text) && !sharesWord) continue;
      for (const moved of other.members) groupAt.set(moved.start, group);
      // (A product's other name keeps its votes: "Pan African Paper Mills (Panpaper)", read as a product, is
      // a company by its short name's.)
      moveInto(other, group, groups, type === "ORGANIZATION" ? type : undefined);
      joined.add(group);
      break;
    }
  }
}

/** The words are a city, a country or a region the word lists know, in any case. */
function knownPlace(words: readonly string[]): boolean {
  return isPlaceKind(PLACES_AND_NAMES.match(words, 0, "folded")?.value.kind);
}

/** A list of capitalized names after a preposition of place, right before a name: "in Usak and ". */
const PLACE_LIST_BEFORE =
  /\b(?:in|at|near|from|across|between)\s+\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*,?\s+(?:and|or)\s+$/u;
/** Characters before a name its place list is read in. */
const PLACE_LIST_CHARACTERS = 60;

/** An opening bracket right after a name, or after its legal form. */
const BRACKET_OPEN = /^\.?(?:,? ([A-Za-z]{2,5})\.?)? ?\( ?/;
/** Characters between a name and its bracketed other name, at most: ", Inc. (". */
const BRACKET_REACH = 12;

/** Last words of a place's name, which a company may take after it: "Changi Airport Group". */
const PLACE_KIND_WORDS: ReadonlySet<string> = new Set([
  ...["Airport", "Port", "Harbour", "Harbor", "Terminal", "Station", "Valley", "River", "Lake", "Bay"],
  ...["Island", "Islands", "Mountains", "Hills", "Coast", "Park", "Square", "Street", "Road", "Town", "City"],
  // ("Mekong Delta" beside "Mekong Delta Seafood JSC": a region's kind.)
  ...["Delta", "Basin", "Peninsula", "Plateau", "Province", "County", "Region", "Gulf", "Highlands"],
  ...["Governorate", "District", "Prefecture", "State", "Emirate"],
]);

/** The place kinds as they end a group's key: " governorate". */
const PLACE_KIND_KEYS: readonly string[] = [...PLACE_KIND_WORDS].map((kind) => ` ${nameKey(kind)}`);

/** The article names the place `key` is a name of, with its kind: "Dhofar Governorate", "Kariba Lake". */
function namedAsPlace(groups: ReadonlyMap<string, Group>, key: string): boolean {
  for (const kind of PLACE_KIND_KEYS) {
    const place = groups.get(`${key}${kind}`);
    if (place && typeOf(place) === "LOCATION") return true;
  }
  return false;
}

/**
 * "SA and Germany deepen trade ties" in a story that names South Africa, its people or its places: "SA"
 * alone is the country, whatever a proposer typed it (not in a story about Australia, where it is South
 * Australia).
 */
function readSouthAfricaAbbreviation(groups: Map<string, Group>): void {
  const { name, code, hints, against } = SOUTH_AFRICA_ABBREVIATION;
  const group = groups.get(`name:${name}`);
  if (!group?.members.every((member) => member.text === "SA")) return;
  const country = groups.get(`country:${code}`);
  const hinted =
    country !== undefined ||
    hints.some((hint) => groups.has(`name:${hint}`)) ||
    [...groups.keys()].some((key) => key.startsWith(`demonym:${code}:`));
  const contrary =
    against.some((other) => groups.has(`country:${other}`)) || groups.has("name:south australia");
  if (!hinted || contrary) return;
  const canonical = countryName(code);
  group.members = group.members.map((member) => ({
    ...member,
    type: "LOCATION",
    countryCode: code,
    ...(canonical && { canonical }),
  }));
  group.votes = new Map([["LOCATION", [...group.votes.values()].reduce((sum, votes) => sum + votes, 0)]]);
  if (country) moveInto(group, country, groups);
  else {
    // The country's own group, as if the article had named it in full.
    groups.delete(group.key);
    group.key = `country:${code}`;
    groups.set(group.key, group);
  }
}

/**
 * "VATICAN CITY (AP) -" and "the Vatican said": a place spelled like a country's canonical name in a way
 * the word lists did not match (a dateline in capitals) is that country.
 */
function joinCountryNames(groups: Map<string, Group>): void {
  const byName = new Map<string, Group>();
  for (const group of groups.values()) {
    const canonical = group.key.startsWith("country:") ? group.members[0]?.canonical : undefined;
    if (canonical) byName.set(`name:${nameKey(canonical)}`, group);
  }
  for (const [key, country] of byName) {
    const group = groups.get(key);
    if (group && group !== country && typeOf(group) === "LOCATION") moveInto(group, country, groups);
  }
}

/**
 * "Georgia" beside "Tbilisi" or "Georgian", "Congo" beside "Brazzaville" or the Republic of Congo: the
 * country the context names, else the reading wire style gives the name alone, if any
 * (COUNTRIES_BY_CONTEXT).
 */
function codeCountriesByContext(groups: Map<string, Group>): void {
  for (const [name, reading] of Object.entries(COUNTRIES_BY_CONTEXT)) {
    const group = groups.get(`name:${name}`);
    if (!group || typeOf(group) !== "LOCATION") continue;
    const hinted =
      reading.hints.some((hint) => groups.has(`name:${hint}`)) ||
      (reading.otherwise !== undefined && groups.has(`country:${reading.code}`)) ||
      [...groups.keys()].some((key) => key.startsWith(`demonym:${reading.code}:`));
    const code = hinted ? reading.code : reading.otherwise;
    if (!code) continue;
    const country = groups.get(`country:${code}`);
    const canonical = countryName(code);
    for (const member of group.members) {
      member.countryCode = code;
      if (canonical) member.canonical = canonical;
    }
    if (country) moveInto(group, country, groups);
  }
}

/**
 * Every mention is a possessive before a noun things are named by: "Alzheimer's disease" names no one and
 * joins no Alzheimer Society.
 */
function isEponym(text: string, group: Group): boolean {
  return group.members.every((member) => {
    const noun = /^['’]s\s+(\p{Ll}+)/u.exec(text.slice(member.end, member.end + 24))?.[1];
    return noun !== undefined && EPONYMOUS_NOUN.has(noun);
  });
}
/** Nouns a person's possessive names a thing by ("Alzheimer's disease"); not "Tailwag's chicken". */
const EPONYMOUS_NOUN: ReadonlySet<string> = new Set(EPONYMOUS_NOUNS);

/**
 * "Aliko Dangote" beside the "Aliko Dangote Foundation": a full name (two words or more) that a body
 * named after its owner repeats before its head word is the person, not a short form of the body.
 */
function namedAfter(body: Group, person: Group): boolean {
  if (longestWords(person) < 2) return false;
  const name = person.key.slice("name:".length);
  return body.members.some((member) => {
    const head = member.words[member.words.length - 1] ?? "";
    return EPONYM_HEADS.has(head) && nameKey(member.words.slice(0, -1).join(" ")).endsWith(name);
  });
}

/** The name opens with a particle of family names ("Al Thani", "Van Gaal", "De Bruyne"). */
function startsWithParticle(group: Group): boolean {
  const first = group.members[0]?.words[0] ?? "";
  return (group.members[0]?.words.length ?? 0) >= 2 && NAME_PARTICLES.has(first.toLowerCase());
}

/** The keys of the last words of the people the article names in full ("name:harrington"). */
function surnamesOf(groups: ReadonlyMap<string, Group>): Set<string> {
  const keys = new Set<string>();
  for (const group of groups.values()) {
    if (typeOf(group) !== "PERSON") continue;
    for (const member of group.members) {
      const last = member.words[member.words.length - 1];
      if (member.words.length >= 2 && last !== undefined) keys.add(`name:${nameKey(last)}`);
    }
  }
  return keys;
}

/** Whether the person's full name ends with the word of `key` (a surname, not a given name). */
function endsWithWord(person: Group, key: string): boolean {
  const word = key.slice("name:".length);
  return person.members.some((member) => {
    const last = member.words[member.words.length - 1];
    return member.words.length >= 2 && last !== undefined && nameKey(last) === word;
  });
}

/** Marks that open a title in quotes. */
const OPENING_QUOTES = new Set(['"', "“", "'", "‘"]);

/**
 * '"Blue Horizon" tops box office' and 'the thriller "Blue Horizon"': a title in quotes where no cue
 * says it is a work is the work the article names elsewhere, whatever a proposer typed it; a name
 * outside quotes stays apart ('directed "Oppenheimer"' and Oppenheimer the physicist).
 */
function joinQuotedTitles(text: string, groups: Map<string, Group>): void {
  for (const work of [...groups.values()]) {
    if (!work.key.startsWith("work:")) continue;
    const named = groups.get(`name:${work.key.slice("work:".length).replace(/^the /, "")}`);
    if (!named || named === work) continue;
    if (!named.members.every((member) => OPENING_QUOTES.has(text[member.start - 1] ?? ""))) continue;
    moveInto(named, work, groups, "MISC");
  }
}

function keyOf(candidate: Candidate): string {
  if (candidate.countryCode && candidate.type === "LOCATION") return `country:${candidate.countryCode}`;
  // "British" and "Britons" are one; "Scottish" is its own people, though of the same country.
  if (candidate.country && candidate.type === "MISC")
    return `demonym:${candidate.country}:${candidate.canonical ?? ""}`;
  const name = candidate.canonical ?? withoutLegalForm(candidate.words).join(" ");
  // 'the film "Oppenheimer"' is not Oppenheimer the physicist.
  if (candidate.work) return `work:${nameKey(name)}`;
  return `name:${nameKey(name).replace(/^the /, "")}`;
}

function toEntities(text: string, groups: readonly Group[]): Entity[] {
  const built: { entity: Entity; first: number; count: number; lead: boolean }[] = [];
  const ids = new Set<string>();
  let mostMentions = 1;
  for (const group of groups) {
    const members = dedupe(group.members);
    if (members.length === 0) continue;
    const type = typeOf(group);
    const name = canonicalName(members, type);
    let id = `${type.toLowerCase()}/${slug(name)}`;
    for (let n = 2; ids.has(id); n++) id = `${type.toLowerCase()}/${slug(name)}-${n}`;
    ids.add(id);
    const mentions: Mention[] = members.map((member) => ({
      start: member.start,
      end: member.end,
      text: member.text,
    }));
    const entity: Entity = { id, type, name, mentions };
    const countryCode = members.find((member) => member.countryCode)?.countryCode;
    if (countryCode && type === "LOCATION") entity.countryCode = countryCode;
    const country = members.find((member) => member.country)?.country;
    if (country && type === "MISC") entity.country = country;
    const role = type === "PERSON" ? longestRole(members) : undefined;
    if (role) entity.role = role.replace(/\s+/g, " ");
    mostMentions = Math.max(mostMentions, members.length);
    built.push({
      entity,
      first: members[0]?.start ?? 0,
      count: members.length,
      lead: members.some((member) => member.sentence <= 1),
    });
  }
  const length = Math.max(1, text.length);
  for (const item of built)
    item.entity.salience = salience(item.count / mostMentions, item.first / length, item.lead);
  return built.sort((a, b) => a.first - b.first).map((item) => item.entity);
}

/**
 * 0.5 x mentions (relative to the most mentioned entity) + 0.3 x how early the first mention is
 * + 0.2 if the entity is in the headline or the first sentence. Rounded to 3 decimals.
 */
export function salience(mentionShare: number, firstPosition: number, lead: boolean): number {
  const value = 0.5 * mentionShare + 0.3 * (1 - firstPosition) + (lead ? 0.2 : 0);
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

function dedupe(members: readonly Candidate[]): Candidate[] {
  const seen = new Set<number>();
  const out: Candidate[] = [];
  for (const member of [...members].sort((a, b) => a.start - b.start)) {
    if (seen.has(member.start)) continue;
    seen.add(member.start);
    out.push(member);
  }
  return out;
}

function canonicalName(members: readonly Candidate[], type: EntityType): string {
  const listed = members.find((member) => member.canonical)?.canonical;
  // "BHP Group" beside a listed "BHP": the article's fuller name of the company names it (not "Toyota
  // Thailand", "Amazon Fund").
  const fuller =
    listed && type === "ORGANIZATION"
      ? members.find(
          (member) =>
            member.text.startsWith(`${listed} `) &&
            !shouted(member, type) &&
            fullerCompanyName(
              withoutLegalForm(member.words).slice(listed.split(" ").length),
              endsWithLegalForm(member.words),
            ),
        )
      : undefined;
  if (fuller) return writtenName(fuller.words, fuller.text);
  if (listed) return listed;
  // A mention as written in mixed case names it better than one from a headline in capitals.
  const cased = members.filter((member) => !shouted(member, type));
  const pool = cased.length > 0 ? cased : members;
  let best = pool[0];
  for (const member of pool) {
    if (!best) break;
    const longer =
      type === "PERSON" ? member.words.length > best.words.length : member.text.length > best.text.length;
    if (longer) best = member;
  }
  if (!best) return "";
  if (type === "PERSON" && cased.length > 0) {
    const fuller = fullerShoutedName(members, best);
    if (fuller) return fuller;
  }
  if (type === "ORGANIZATION") {
    if (withoutLegalForm(best.words).length < best.words.length) return writtenName(best.words, best.text);
  }
  const name = best.text.replace(/\s+/g, " ");
  return cased.length > 0 ? name : name.split(" ").map(titleCaseWord).join(" ");
}

/**
 * A transcript's label in capitals names in full a person the text calls by one name ("JAMES OTIENO
 * (Director, NCA):" beside "Engineer Otieno"): the label's words, title-cased, around the name as written.
 */
function fullerShoutedName(members: readonly Candidate[], best: Candidate): string | undefined {
  const written = best.words.map((word) => word.toLowerCase());
  for (const member of members) {
    if (member.words.length <= best.words.length || !shouted(member, "PERSON")) continue;
    const words = member.words.map((word) => word.toLowerCase());
    const at = words.length - written.length;
    const prefix = written.every((word, k) => words[k] === word);
    const suffix = written.every((word, k) => words[at + k] === word);
    if (!prefix && !suffix) continue;
    const extra = member.words.map(titleCaseWord);
    const kept = best.text.replace(/\s+/g, " ");
    return prefix
      ? `${kept} ${extra.slice(written.length).join(" ")}`
      : `${extra.slice(0, at).join(" ")} ${kept}`;
  }
  return undefined;
}

/**
 * Every word in capitals, and more than one word or a long one: a headline, not an acronym. A single word
 * of an organization in a mixed-case sentence is an acronym whatever its length ("UNCTAD", "ECOWAS").
 */
function shouted(member: Candidate, type: EntityType): boolean {
  const words = member.words;
  // "UNCTAD", "AT&T" in a mixed-case sentence: an acronym, as written.
  const acronym = words.length === 1 || !/\s/.test(member.text);
  if (member.mixedCase && acronym && (type === "ORGANIZATION" || type === "MISC")) return false;
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  if (lettered.length === 0 || !lettered.every((word) => word === word.toUpperCase())) return false;
  // One word in capitals: an organization's may be its acronym ("NATO"), a place's or person's
  // longer than three letters is a headline's or dateline's ("LAGOS"; "UAE" stays).
  const acronymLength = type === "ORGANIZATION" || type === "MISC" ? 5 : 3;
  return lettered.length > 1 || (lettered[0] ?? "").length > acronymLength;
}

/** "TRAFFORD" -> "Trafford"; "BBC" (no vowel) and "U.S." stay. */
function titleCaseWord(word: string): string {
  if (!/[AEIOUY]/.test(word) || word.includes(".")) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function longestRole(members: readonly Candidate[]): string | undefined {
  let role: string | undefined;
  for (const member of members)
    if (member.role && (!role || member.role.length > role.length)) role = member.role;
  return role;
}

/** "Kassym-Jomart Tokayev" -> "kassym-jomart-tokayev", "Côte d'Ivoire" -> "cote-d-ivoire". */
export function slug(name: string): string {
  let out = "";
  let dash = false;
  for (const ch of name.normalize("NFKD").toLowerCase()) {
    if (/\p{M}/u.test(ch)) continue;
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (dash && out) out += "-";
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out || "entity";
}
