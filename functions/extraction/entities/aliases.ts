import { type GazetteerKind, PLACES_AND_NAMES } from "./gazetteer.ts";
import { endsWithLegalForm, isLegalForm, withoutLegalForm } from "./legal-forms.ts";
import {
  COMPANY_SUFFIXES,
  COMPANY_TAIL_WORDS,
  GROUP_NAME_OPENERS,
  NOT_PERSON_ENDINGS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  ORGANIZATION_FULL_NAMES,
  STORM_WORDS,
} from "./lexicon/organizations.ts";
import { GIVEN_NAMES, NAME_PARTICLES, SURNAME_PREFIXES } from "./lexicon/person-names.ts";
import { firstStart, type Group, moveInto, typeOf } from "./name-groups.ts";
import { fullerCompanyName, genericCompanyWord } from "./name-heads.ts";
import type { Candidate } from "./refine.ts";
import { isBrandWord, isDefinedAcronym, isPossessive, isPrefixedSurname, nameKey } from "./word-shape.ts";

/** Suffixes after a surname: "Jr.", "Sr.", "III". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["Jr", "Sr", "II", "III", "IV"]);

/**
 * Each word of each full person name -> the person, unless two people share it; `sharers` (when given)
 * gets the people of each shared word.
 */
export function personAliases(
  groups: ReadonlyMap<string, Group>,
  sharers?: Map<string, Group[]>,
): Map<string, Group> {
  const aliases = new Map<string, Group>();
  const shared = new Set<string>();
  const secondary: [string, Group][] = [];
  for (const group of groups.values()) {
    if (typeOf(group) !== "PERSON") continue;
    const full = group.members.find((member) => member.words.length >= 2);
    if (!full) continue;
    const words = full.words.filter((word) => word.length > 1 && word !== ".");
    // "Kennedy" for "Robert F. Kennedy Jr.": the surname is before the suffix.
    while (words.length > 2 && NAME_SUFFIXES.has((words[words.length - 1] ?? "").replace(/\.$/, "")))
      words.pop();
    const last = words[words.length - 1] ?? "";
    const ends = new Set([words[0] ?? "", last]);
    // "Sheinbaum" for "Claudia Sheinbaum Pardo": a Spanish or Portuguese name's first surname, when it is
    // no given name ("Ahmed" in "Bola Ahmed Tinubu" is one).
    // It yields to any person's given name or last surname ("Silang" for Gabriela Silang, not for Diego
    // Silang y Andaya), so it is added after the others.
    const penultimate = words[words.length - 2] ?? "";
    if (words.length >= 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(penultimate) && !GIVEN_NAMES.has(penultimate))
      secondary.push([`name:${nameKey(penultimate)}`, group]);
    // "Loke" for "Anthony Loke Siew Fook": a name of four words after an English given name often has its
    // surname second.
    const second = words[1] ?? "";
    if (words.length >= 4 && /^\p{Lu}\p{Ll}{2,}$/u.test(second) && !GIVEN_NAMES.has(second))
      secondary.push([`name:${nameKey(second)}`, group]);
    // "Sisi" for "Abdel Fattah el-Sisi", "Burhan" for "Abdel Fattah al-Burhan".
    if (isPrefixedSurname(last, SURNAME_PREFIXES)) ends.add(last.slice(last.indexOf("-") + 1));
    // "Lula" for "Luiz Inácio Lula da Silva": the word before a particle starts the surname.
    const particle = words.findIndex((word, i) => i > 0 && NAME_PARTICLES.has(word));
    if (particle > 1) ends.add(words[particle - 1] ?? "");
    for (const word of ends) {
      const key = `name:${nameKey(word)}`;
      if (key === group.key) continue;
      const owner = aliases.get(key);
      if (owner && owner !== group) {
        if (!shared.has(key)) sharers?.set(key, [owner]);
        shared.add(key);
        sharers?.get(key)?.push(group);
      }
      aliases.set(key, group);
    }
  }
  for (const key of shared) aliases.delete(key);
  const taken = new Set([...aliases.keys(), ...shared]);
  for (const [key, group] of secondary) {
    if (key === group.key || taken.has(key)) continue;
    if (aliases.has(key) && aliases.get(key) !== group) {
      aliases.delete(key);
      taken.add(key);
    } else aliases.set(key, group);
  }
  return aliases;
}

/**
 * "Queiroz said" after "Reinaldo Queiroz" and before "his daughter, Luana Queiroz": of the people who share
 * a surname, the one the article names in full before every mention of the surname alone, when the others
 * come only after them all.
 */
export function introducedBefore(people: readonly Group[], bare: Group): Group | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const member of bare.members) {
    first = Math.min(first, member.start);
    last = Math.max(last, member.start);
  }
  let found: Group | undefined;
  for (const person of people) {
    const named = firstFullMention(person);
    if (named < first) {
      if (found) return undefined;
      found = person;
    } else if (named < last) return undefined;
  }
  return found;
}

/** Where a person's name is first written in two words or more. */
function firstFullMention(person: Group): number {
  let at = Number.POSITIVE_INFINITY;
  for (const member of person.members) if (member.words.length >= 2) at = Math.min(at, member.start);
  return at;
}

/**
 * "lula da silva" -> the group of "Luiz Inácio Lula da Silva": each shorter ending of each person's
 * name, word by word, and its first and last words ("bola tinubu" -> "Bola Ahmed Tinubu"), unless two
 * people share it. Linear in the number of name words.
 */
export function personSuffixes(groups: ReadonlyMap<string, Group>): Map<string, Group> {
  const suffixes = new Map<string, Group>();
  const shared = new Set<string>();
  for (const group of groups.values()) {
    if (typeOf(group) !== "PERSON") continue;
    const name = group.key.slice("name:".length);
    const add = (key: string): void => {
      if (suffixes.has(key) && suffixes.get(key) !== group) shared.add(key);
      suffixes.set(key, group);
    };
    for (let at = name.indexOf(" "); at >= 0; at = name.indexOf(" ", at + 1)) {
      const key = `name:${name.slice(at + 1)}`;
      if (!key.includes(" ")) break;
      add(key);
    }
    // "Bola Tinubu" for "Bola Ahmed Tinubu": the given name and the surname without the middle names.
    const first = name.indexOf(" ");
    const last = name.lastIndexOf(" ");
    const middle = last > first && first > 0 ? name.slice(first + 1, last).split(" ") : [];
    if (middle.length > 0 && !middle.some((word) => NAME_PARTICLES.has(word))) {
      add(`name:${name.slice(0, first)}${name.slice(last)}`);
      // "Nicolás Maduro" for "Nicolás Maduro Moros": the given name and the first surname.
      if (middle.length === 1) add(`name:${name.slice(0, last)}`);
      // "Mohd Azharuddin" for "Mohd Azharuddin Mat Sah", "Anthony Loke" for "Anthony Loke Siew Fook": the
      // first two words of a name of four or more.
      if (middle.length >= 2) add(`name:${name.slice(0, name.indexOf(" ", first + 1))}`);
    }
  }
  for (const key of shared) suffixes.delete(key);
  return suffixes;
}

/** Country words before an agency's name that its acronym leaves out: "U.S. Securities and Exchange Commission". */
const COUNTRY_PREFIXES = new Set(["U.S.", "US", "UK", "U.K.", "United"]);

/** Lower-case words whose letter some acronyms keep: "BOJ", "DOJ". */
const SPELLED_CONNECTORS = new Set(["of", "and", "for"]);

/** An acronym some papers write as a word: "Kplc", "Dewa" (joined only to a name it spells). */
const WORD_CASED_ACRONYM = /^\p{Lu}\p{Ll}{2,4}$/u;

/** Generic last words of a company's name, before its legal form: "Capital One Financial Corp". */
const COMPANY_TAILS = new Set([
  "Financial",
  "Industries",
  "Technologies",
  "Technology",
  "Systems",
  "Enterprises",
  "Resources",
  "International",
  "Brands",
  "Entertainment",
  "Energy",
  "Motors",
]);

/** "IMF" joins "International Monetary Fund" when both are in the article. */
export function mergeAcronyms(groups: Map<string, Group>): void {
  const byInitials = new Map<string, Group>();
  for (const group of groups.values()) {
    const type = typeOf(group);
    if (type === "PERSON") continue;
    // ("South African" is a people's adjective: no "SA" abbreviates it.)
    if (group.key.startsWith("demonym:")) continue;
    const found = group.members.find(
      (member) => member.words.length >= 2 && !AMPERSAND_ACRONYM.test(member.text),
    );
    if (!found) continue;
    // "GM" for "General Motors Co.": the legal form is no part of the acronym.
    const bare = withoutLegalForm(found.words);
    const full = bare.length >= 2 ? { words: bare } : found;
    let initials = "";
    // "BOJ" for "Bank of Japan", "DOJ" for "Department of Justice": the connector's letter too.
    let spelled = "";
    // "USDA" for "U.S. Department of Agriculture": the country's two letters.
    let country = "";
    for (const word of full.words) {
      const first = word[0];
      if (word === "The" || first === undefined) continue;
      if (first !== first.toLowerCase()) {
        initials += first;
        spelled += first;
        country += COUNTRY_PREFIXES.has(word) ? word.replace(/[^A-Z]/g, "") : first;
      } else if (SPELLED_CONNECTORS.has(word)) spelled += first.toUpperCase();
    }
    if (initials.length >= 2) byInitials.set(initials, group);
    // ("S&R" is no "SM Retail": an ampersand's acronym names a name with its "&".)
    if (initials.length >= 2 && full.words.some((word) => word === "&" || word === "and"))
      byInitials.set(`&${initials}`, group);
    if (spelled !== initials && spelled.length >= 3) byInitials.set(spelled, group);
    if (country !== initials && country.length >= 3) byInitials.set(country, group);
    // "SEC" for "U.S. Securities and Exchange Commission": without the country before the name.
    const prefixed = COUNTRY_PREFIXES.has(full.words[0] ?? "") ? 1 : 0;
    if (prefixed && initials.length >= 4) byInitials.set(initials.slice(1), group);
    // "CDC" for "Centers for Disease Control and Prevention": without a last field the acronym predates.
    const and = full.words.length - 2;
    if (full.words[and] === "and" && initials.length >= 4)
      byInitials.set(initials.slice(prefixed, -1), group);
    // "PSX" for "Pakistan Stock Exchange": an exchange's X.
    if (full.words[full.words.length - 1] === "Exchange" && initials.length >= 2)
      byInitials.set(`${initials.slice(0, -1)}X`, group);
  }
  for (const group of [...groups.values()]) {
    // "NNPC Ltd" spells "Nigerian National Petroleum Company" too.
    const written = group.members[0] ? oneWord(group.members[0]) : undefined;
    if (written === undefined || group.members.some((member) => oneWord(member) === undefined)) continue;
    // "BoE", "BoJ" for the Bank of England or of Japan; "Kplc", "Dewa": an acronym as some papers case it.
    const acronym =
      isDefinedAcronym(written) || WORD_CASED_ACRONYM.test(written) ? written.toUpperCase() : "";
    if (!acronym) continue;
    // ("H&P" for "Helmerich & Payne", "M&M" for "Mahindra & Mahindra": the ampersand has no initial.)
    const target = byInitials.get(acronym.includes("&") ? `&${acronym.replaceAll("&", "")}` : acronym);
    // "the U.S. Navy ... the UN said": an acronym the word lists know names its own organization only.
    const known = ORGANIZATION_FULL_NAMES[acronym];
    if (known !== undefined && target && !target.members.some((m) => m.words.join(" ") === known)) continue;
    // "RIYADH (AP) - ... at Al-Awwal Park": an organization's acronym never names a place.
    if (target && typeOf(target) === "LOCATION" && typeOf(group) === "ORGANIZATION") continue;
    if (target && target !== group) moveInto(group, target, groups, typeOf(target));
  }
}

/** An acronym written with an ampersand, which the tokens split: "H&P", "M&M". */
const AMPERSAND_ACRONYM = /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;

/** The member's name as one word without its legal form ("NNPC" for "NNPC Ltd", "H&P"), if it is one. */
function oneWord(member: Candidate): string | undefined {
  const words = withoutLegalForm(member.words);
  if (words.length === 1) return words[0];
  return AMPERSAND_ACRONYM.test(member.text) ? member.text : undefined;
}

/**
 * A shorter name of one organization or storm, and which groups it joins by their type: "person" only
 * one typed PERSON (a tagger's reading of a company's first word), "named" any but an eponym typed
 * PERSON ("Alzheimer's disease" stays apart from the Alzheimer Society; merge.ts), "any" any.
 */
export interface ShortForm {
  target: Group;
  /**
   * Which readings of the short form join: "person" a name the tagger took for a person's only, "named"
   * and "any" an organization's or a person's (with different guards in merge.ts); unless "person", also
   * an unknown word read as a place when the full name has a legal form ("Avalon" for "Avalon Freight
   * Systems Inc.", "Thornbury" for "Thornbury Bank Plc").
   */
  joins: "person" | "named" | "any";
  /** The words left out are a company's generic ones ("Rivian" for "Rivian Automotive", "Lucid Group"). */
  company?: boolean;
}

/**
 * Words that end a body's name and no company's, which a country after them does not make another body:
 * "Minerals Council South Africa" (but "Stanbic Bank Uganda" is the bank's Ugandan arm).
 */
const BODY_WORDS = new Set([
  "Council",
  "Association",
  "Federation",
  "Confederation",
  "Chamber",
  "Board",
  "Commission",
  "Authority",
  "Institute",
  "Society",
  "Union",
  "Forum",
]);

/** Last words of what a group runs under its own name: "London Stock Exchange" of its Group. */
const RUN_BY_GROUPS = new Set(["Exchange", "Bank", "Airport", "University", "Hospital", "Port"]);

/** Bodies named after their founders: "the Bill & Melinda Gates Foundation". */
const FOUNDED_BODIES = new Set(["Foundation", "Trust"]);

/** Word-list entries whose name, leading an organization's, says where it is. */
const PLACE_KINDS: ReadonlySet<GazetteerKind> = new Set(["country", "demonym", "city", "region"]);

/** A name the gazetteer knows as a place or a people in full: "Dubai", "Kenyan", "George Town". */
function knownPlaceName(words: readonly string[]): boolean {
  const known = PLACES_AND_NAMES.match(words, 0, "exact");
  return known?.end === words.length && PLACE_KINDS.has(known.value.kind);
}

/** Last words of a company's name, beside its generic words: "Services", "Bank", "Capital". */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set([...NOT_PERSON_ENDINGS, "Services"]);

/**
 * A company's first word as a name of its own, written in mixed case, that no list knows as an ordinary
 * word, a place, a people or a company by that word alone: "Evercrest" in "Evercrest Memorial Group";
 * not "NHS", "Amazon" (of "Amazon Web Services"), "Dubai", "Premier".
 */
function ownFirstWord(words: readonly string[], commonWords: ReadonlySet<string> | undefined): boolean {
  const own = words[0] ?? "";
  return (
    /^\p{Lu}\p{Ll}+$/u.test(own) &&
    commonWords !== undefined &&
    !commonWords.has(own.toLowerCase()) &&
    !knownPlaceName([own]) &&
    PLACES_AND_NAMES.match(words, 0, "exact")?.end !== 1
  );
}

/** Words that join an organization's name to the words after its head ("Bank of England"). */
const HEAD_LINKS = new Set(["of", "for"]);

/**
 * The shorter names of the organizations (and storms) an article names in full, unless two share one:
 * - its leading words when the rest are words that end company names: "Newell" for "Newell Brands",
 *   "Goldman Sachs" for "Goldman Sachs Group" (not "Apple" for "Apple Music", "Oxford University" for
 *   "Oxford University Press": other organizations);
 * - its first word when the rest is one more name word that is no ordinary word ("Exxon" for "Exxon
 *   Mobil", "JPMorgan" for "JPMorgan Chase"; not "Apple" for "Apple Music"); without the common words
 *   (`commonWords`, the model's), only for a name the tagger took for a person's ("Goldman");
 * - its head word: "the Commission" for "the European Commission", "the Bank" for "the Bank of England";
 * and a storm's name: "Helene" for "Hurricane Helene".
 */
export function shorterNames(
  groups: ReadonlyMap<string, Group>,
  text: string,
  commonWords?: ReadonlySet<string>,
): Map<string, ShortForm> {
  // Each shorter name -> the organizations that claim it, with how each joins.
  const claims = new Map<string, Map<Group, ShortForm>>();
  // The leading words of long company names, claimed last.
  const leading: [readonly string[], Group][] = [];
  const add = (words: readonly string[], target: Group, joins: ShortForm["joins"], company = false): void => {
    const key = `name:${nameKey(words.join(" "))}`;
    if (key === target.key) return;
    // ("ITC Ltd" and "ITC Hotels Ltd": a shorter name the article gives its own legal form is a company
    // of its own.)
    const own = groups.get(key);
    if (own && own !== target && writtenWithLegalForm(own)) return;
    const claimants = claims.get(key) ?? new Map<Group, ShortForm>();
    claims.set(key, claimants);
    const known = claimants.get(target);
    if (known?.joins !== "any") claimants.set(target, { target, joins, company: company || known?.company });
  };
  for (const group of groups.values()) {
    const type = typeOf(group);
    // "Helene" after "Hurricane Helene".
    const storm =
      type === "MISC"
        ? group.members.find((m) => STORM_WORDS.has(m.words[m.words.length - 2] ?? ""))
        : undefined;
    const stormName = storm?.words[storm.words.length - 1];
    if (stormName) add([stormName], group, "any");
    if (type !== "ORGANIZATION") continue;
    const full = group.key.slice("name:".length);
    let named: readonly string[] | undefined;
    // ("TVS Motor Company": a name whose key keeps the word a legal form may also be read as.)
    for (const member of group.members)
      for (const words of [withoutLegalForm(member.words), member.words])
        if (!named && nameKey(words.join(" ")).endsWith(full)) named = words;
    if (!named) continue;
    // Without a leading "The" the key leaves out.
    const keyed = nameKey(named.join(" ")) === full ? named : named.slice(1);
    // "Warna Nusantara" for "PT Warna Nusantara Tbk": an Indonesian company's name without its legal
    // prefix, and the shorter names of that.
    const words = keyed[0] === "PT" && keyed.length >= 3 ? keyed.slice(1) : keyed;
    if (words !== keyed) add(words, group, "named", true);
    // "Custodia" for "Grupo Custodia", "Bimbo" for "Grupo Bimbo": the name a group's word opens, when
    // it is one of its own (not "Grupo Mexico").
    if (
      words.length === 2 &&
      GROUP_NAME_OPENERS.has(words[0] ?? "") &&
      ownFirstWord(words.slice(1), commonWords)
    )
      add(words.slice(1), group, "named", true);
    // "Harley" for "Harley-Davidson", "Rolls" for "Rolls-Royce": a double-barrelled company name's first
    // half, when no ordinary word.
    const barrel =
      (words.length === 1
        ? words[0]?.split("-")
        : words.length === 3 && words[1] === "-"
          ? [words[0], words[2]]
          : undefined) ?? [];
    const half = barrel[0] ?? "";
    if (
      barrel.length === 2 &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(half) &&
      /^\p{Lu}/u.test(barrel[1] ?? "") &&
      commonWords !== undefined &&
      !commonWords.has(half.toLowerCase())
    )
      add([half], group, "named");
    if (words.length < 2) continue;
    let core = words.length;
    while (core > 0 && ORG_SUFFIXES.has(words[core - 1] ?? "")) core--;
    // "SiriusXM" for "Sirius XM Holdings Inc.": the name before its suffixes written as one word.
    if (core >= 2 && words.slice(0, core).every((word) => /^\p{Lu}[\p{L}\d]*$/u.test(word)))
      add([words.slice(0, core).join("")], group, "named", true);
    // Not "Oxford University" for "Oxford University Press": a shorter name ending in such a word is
    // another organization.
    if (core >= 1 && core < words.length)
      add(words.slice(0, core), group, "named", words.slice(core).every(genericCompanyWord));
    // "TVS Motor" for "TVS Motor Company", "Alibaba Group" for "Alibaba Group Holding": a company's suffix
    // left out, though the name before it ends in another ("Motor", "Group").
    let suffixed = words.length;
    while (suffixed > 2 && COMPANY_SUFFIXES.has(words[suffixed - 1] ?? "")) suffixed--;
    // (Not "London Stock Exchange" for "London Stock Exchange Group": the exchange the group runs.)
    const run = RUN_BY_GROUPS.has(words[suffixed - 1] ?? "");
    if (suffixed < words.length && suffixed > core && !run)
      add(words.slice(0, suffixed), group, "named", true);
    const legal = group.members.some((member) => endsWithLegalForm(member.words));
    // "Take-Two" for "Take-Two Interactive", "Puregold" for "Puregold Price Club, Inc.": a company the
    // word lists know, opening the article's fuller name of it.
    const listed = PLACES_AND_NAMES.match(words, 0, "exact");
    if (
      listed?.value.kind === "organization" &&
      listed.end < words.length &&
      fullerCompanyName(words.slice(listed.end), legal)
    )
      add(words.slice(0, listed.end), group, "any", true);
    if (core === 2) {
      // "Cumberland" for "Cumberland Digital Inc": a legal form says the whole is one company's name.
      // ("Meridian" for "Meridian Property Group", "Lakeside" for "Lakeside Dairies": a company's generic
      // word after the name says the same.)
      const second = (words[1] ?? "").toLowerCase();
      const generic = genericCompanyWord(words[1] ?? "");
      // ("Evercrest" for "Evercrest Memorial Group", "Primero" for "Primero Transport Services": a company's
      // suffix after an ordinary word says so too, for a name of its own written in mixed case; not "NHS" for
      // "NHS Business Services Authority", a body, nor "Amazon" for "Amazon Web Services", a company the
      // lists know.)
      const ownName =
        core < words.length &&
        words.slice(core).every((word) => COMPANY_ENDINGS.has(word) || genericCompanyWord(word)) &&
        ownFirstWord(words, commonWords);
      // ("ClearPath" for "ClearPath Orthodontics": a brand's word is a name of its own.)
      const joins =
        legal ||
        generic ||
        ownName ||
        isBrandWord(words[0] ?? "") ||
        (commonWords !== undefined && !commonWords.has(second))
          ? "any"
          : "person";
      add(words.slice(0, 1), group, joins, generic);
    } else if (
      words.length === 3 &&
      core === 3 &&
      !genericCompanyWord(words[1] ?? "") &&
      genericCompanyWord(words[2] ?? "") &&
      ownFirstWord(words, commonWords)
    ) {
      // "Tadbeer" for "Tadbeer Facilities Management": the same, where an ordinary word and a company's
      // generic word end the name (after generic words only, the shorter names below take it).
      add(words.slice(0, 1), group, "any");
    } else if (core > 2 && legal && !ORG_PREFIXES.has(words[0] ?? "")) {
      // "Avalon" for "Avalon Freight Systems Inc.", "Pinecrest" for "Pinecrest Dental Group LLC"; and
      // "Ivory Gate" for "Ivory Gate Funeral Services Plc", "Kanto Wire" for "Kanto Wire & Cable Co Ltd": the
      // leading words of a name a legal form ends, each ending on a name word.
      add(words.slice(0, 1), group, "any");
      // (Not "George Town" for "George Town World Heritage Inc": a place's name.)
      // (Only where no other organization claims it: "JG Summit" for "JG Summit Holdings", not for "JG
      // Summit Olefins Corp" beside it. Nor before "and", which may join two companies the tagger read as
      // one: "NALCO, Hindustan Copper and Mineral Exploration and Consultancy Ltd".)
      for (let end = 2; end < core; end++)
        if (
          /^\p{Lu}/u.test(words[end - 1] ?? "") &&
          words[end] !== "and" &&
          !knownPlaceName(words.slice(0, end))
        )
          leading.push([words.slice(0, end), group]);
    }
    // "Fitch" for "Fitch Ratings", "Kumba" for "Kumba Iron Ore", "S&P" for "S&P Global Ratings": a name
    // before the generic words of a company's, when no ordinary word.
    // Each shorter name on the way counts: "Jindal Drilling" and "Jindal" for "Jindal Drilling & Industries
    // Ltd" (a "&" before a generic word goes too).
    const own = words[0] ?? "";
    const generic = (word: string | undefined) =>
      COMPANY_TAIL_WORDS.has(word ?? "") || ORG_SUFFIXES.has(word ?? "");
    let bare = words.length;
    while (bare > 1 && generic(words[bare - 1])) {
      bare--;
      if (bare > 1 && (words[bare - 1] === "&" || words[bare - 1] === "and")) bare--;
      // ("Birch Hollow" for "Birch Hollow Capital Management LLC", "Moody's" for "Moody's Investors Service").
      const plain = bare > 1 || !commonWords?.has(own.toLowerCase());
      const kept = words.slice(0, bare).filter((word) => word !== "&" && word !== "'s" && word !== "’s");
      const company = words
        .slice(bare)
        .every((word) => word === "&" || word === "and" || genericCompanyWord(word) || isLegalForm(word));
      // (On the way only past a company's generic words: "National Assembly" for the "National Assembly
      // Service Commission" is another body. Nor a place's or a people's name: "Dubai" for "Dubai Holding".)
      const last = bare === 1 || !generic(words[bare - 1]);
      if (
        kept.length <= 2 &&
        (company || last) &&
        plain &&
        !ORG_PREFIXES.has(own) &&
        !/^\p{Ll}/u.test(words[bare - 1] ?? "") &&
        !(bare === 1 && knownPlaceName([own]))
      )
        add(words.slice(0, bare), group, "named", company);
    }
    // "Dick" (a mention of "Dick's", its possessive cut) for "Dick's Sporting Goods"; written so in mixed
    // case ("Dvořák's Own Style" in a title-case headline is no company).
    if (words.length > 2 && isPossessive(words[1] ?? "") && group.members.some((m) => m.mixedCase))
      add(words.slice(0, 1), group, "named");
    const last = words[words.length - 1] ?? "";
    // ("the Commission" for "the European Commission"; not "SA" for "Stats SA": a legal form alone names no
    // one, and "SA" is South Africa.)
    if ((ORG_SUFFIXES.has(last) || ORG_PREFIXES.has(last)) && !isLegalForm(last)) add([last], group, "named");
    const first = words[0] ?? "";
    if (ORG_PREFIXES.has(first) && HEAD_LINKS.has(words[1] ?? "")) add([first], group, "named");
    // "Aramco" for "Saudi Aramco", "Nuggets" for "Denver Nuggets": the name after its place, when that
    // is a name of its own (not an ordinary word such as "Mobile" in "China Mobile", but a team's plural).
    const place = PLACES_AND_NAMES.match(words.slice(0, -1), 0, "exact");
    const rest = place && PLACE_KINDS.has(place.value.kind) ? words.slice(place.end) : [];
    const head = rest[rest.length - 1] ?? "";
    const ownName =
      rest.length > 0 &&
      !ORG_SUFFIXES.has(head) &&
      !HEAD_LINKS.has(rest[0] ?? "") &&
      (commonWords === undefined || !commonWords.has(head.toLowerCase()) || /[^s]s$/.test(head));
    if (ownName) add(rest, group, "named");
    // "Supreme Judicial Court" for "Massachusetts Supreme Judicial Court": two words or more after the
    // place are a name of their own too.
    if (rest.length >= 2 && !HEAD_LINKS.has(rest[0] ?? "")) add(rest, group, "named");
    // "Reserve Bank" for "Reserve Bank of Australia", "Central Bank" for "Central Bank of Nigeria": the
    // name without the place it is "of" (two shared names in one article join neither).
    const of = words.indexOf("of");
    const tail = of >= 2 ? PLACES_AND_NAMES.match(words, of + 1, "exact") : undefined;
    if (tail && tail.end === words.length && PLACE_KINDS.has(tail.value.kind))
      add(words.slice(0, of), group, "named");
    // A name without the country it ends with:
    // - a body's, when a body's word ends what is left: "Minerals Council" for "Minerals Council South
    //   Africa";
    // - a company's, once the article has named it in full: "Bebe Care" for "Bebe Care Kenya Ltd" (a
    //   company named first is the parent: "Growthpoint Properties owns 60% of Growthpoint Properties
    //   Australia").
    for (let end = 2; end < words.length; end++) {
      const country = PLACES_AND_NAMES.match(words, end, "exact");
      if (country?.end !== words.length || !PLACE_KINDS.has(country.value.kind)) continue;
      const left = words.slice(0, end);
      if (BODY_WORDS.has(words[end - 1] ?? "")) add(left, group, "named");
      else if (country.value.kind === "country") {
        const shorter = groups.get(`name:${nameKey(left.join(" "))}`);
        if (!shorter || firstStart(shorter) > firstStart(group)) add(left, group, "named", true);
      }
    }
    // "Gates Foundation" for "Bill & Melinda Gates Foundation", "Dangote Foundation" for "Aliko Dangote
    // Foundation": a founder's foundation or trust without the founder's given names.
    if (words.length >= 3 && FOUNDED_BODIES.has(last) && GIVEN_NAMES.has(first))
      add(words.slice(-2), group, "named");
    // "Capital One" for "Capital One Financial Corp": a company's generic last word left out.
    if (legal && words.length >= 3 && COMPANY_TAILS.has(words[words.length - 1] ?? ""))
      add(words.slice(0, -1), group, "named");
  }
  for (const [words, group] of leading)
    if (!claims.has(`name:${nameKey(words.join(" "))}`)) add(words, group, "named");
  // ("Garuda" for the headline's "Garuda Indonesia" and for "PT Garuda Indonesia Tbk": one company, as the
  // first is a shorter name of the second.)
  const ownerOf = (group: Group): Group => {
    const owners = claims.get(group.key);
    const owner = owners?.size === 1 ? owners.keys().next().value : undefined;
    return owner && owner !== group && !claims.get(owner.key)?.has(group) ? owner : group;
  };
  for (const claimants of claims.values()) {
    for (const [target, form] of [...claimants]) {
      const owner = ownerOf(target);
      if (owner === target) continue;
      claimants.delete(target);
      if (!claimants.has(owner)) claimants.set(owner, { ...form, target: owner });
    }
  }
  const forms = new Map<string, ShortForm>();
  for (const [key, claimants] of claims) {
    // "Hartwell" for "Hartwell Health Care", not for "Its UK business, Hartwell Clinics": of two that
    // claim a shorter name, a unit the article introduces as one yields it; otherwise neither gets it.
    const owners =
      claimants.size === 1
        ? [...claimants.values()]
        : [...claimants.values()].filter((form) => !introducedAsUnit(form.target, text));
    if (owners.length === 1 && owners[0]) forms.set(key, owners[0]);
  }
  return forms;
}

/**
 * Words an article calls a company's part by, before or after naming it: "its UK business, Hartwell
 * Clinics", "the Pos Laju brand".
 */
const UNIT_BEFORE = /\b(?:arm|unit|business|subsidiary|division|affiliate|offshoot)\s*,?\s*$/;
const UNIT_AFTER = /^\s+(?:arm|unit|brand|subsidiary|division)\b/;

/** Whether an organization's first mention is called a company's part. */
function introducedAsUnit(group: Group, text: string): boolean {
  const first = firstMember(group);
  return (
    first !== undefined &&
    (UNIT_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)) ||
      UNIT_AFTER.test(text.slice(first.end, first.end + 16)))
  );
}

function firstMember(group: Group): Group["members"][number] | undefined {
  let first = group.members[0];
  for (const member of group.members) if (first && member.start < first.start) first = member;
  return first;
}

/** "ITC Ltd", "Vale SA": a name the article writes with a legal form after it (of any reading). */
function writtenWithLegalForm(group: Group): boolean {
  return group.members.some((member) => {
    const last = (member.words[member.words.length - 1] ?? "").replace(/\.$/, "");
    return member.words.length >= 2 && /^\p{Lu}/u.test(last) && isLegalForm(last);
  });
}
