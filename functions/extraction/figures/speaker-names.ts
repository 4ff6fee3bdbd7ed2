/** The name of who speaks, read around a speech verb: before it, after it, or before an aside. */
// The English locale only: the package's index pulls in every language (0.7 MB of the bundle).
import englishCountries from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { isLegalForm } from "../entities/legal-forms.ts";
import { LEADING_DESCRIPTORS } from "../entities/lexicon/context-words.ts";
import { DEMONYM_WORDS } from "../entities/lexicon/demonyms.ts";
import { HONORIFICS } from "../entities/lexicon/titles.ts";
import { RELATIVE_PRONOUNS } from "./clauses.ts";
import { currencyPrefixAt } from "./currency-marks.ts";
import { FUNCTION_WORDS } from "./data/number-neighbours.ts";
import { MONTHS, WEEKDAYS } from "./data/periods.ts";
import {
  DATA_NOUNS,
  GENERIC_SOURCES,
  NAME_STOPS,
  POSSESSED_BODY_WORDS,
  PRONOUNS,
  REGION_HEADS,
  REGION_SIDES,
  RELEASE_PARTICIPLES,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  SURVEY_NOUNS,
  TITLE_MODIFIER_WORDS,
  TITLE_OPENERS,
  TITLE_WORDS,
} from "./data/speech.ts";
import { COMPANY_KINDS, NAMED_BODY_KINDS, NONPROFIT_KINDS, RANK_WORDS } from "./data/subject-words.ts";
import { SCALE } from "./lexicon.ts";
import { gluedHyphen, isCapitalized, matcherOf } from "./phrases.ts";
import { firstAtOrAfter } from "./search.ts";
import type { Token } from "./tokenize.ts";

export interface Attribution {
  name: string;
  /** Characters of the name (or pronoun) in the text. */
  start: number;
  end: number;
  pronoun: boolean;
  /** "..., the board said": the kind of body named ("board", "company"), which the Resolver looks up. */
  kind?: string;
  /** Where the attribution verb is; pronouns resolve to the last person named before it. */
  at: number;
  /** The name as a transcript's label writes it in full, over a shorter mention: "FAITH ADAMS (caller):". */
  written?: true;
  /**
   * "..., while Nissan said it would cut 9,000 jobs": the character where the reported clause begins;
   * figures before it are not this speaker's. Absent: the whole sentence ("..., Nissan said.").
   */
  from?: number;
  /**
   * "Naijacoin, which says it has 1.3 million users, must pay a fine of 50 million naira": the character
   * where the reported clause ends; figures after it are not this speaker's. Absent: the sentence's end.
   */
  to?: number;
}

export const SPEECH = matcherOf(SPEECH_VERBS.map((v) => [v, true] as const));

const TITLES = new Set(TITLE_WORDS);

const OPENERS = new Set(TITLE_OPENERS);

const PRONOUN = new Set(PRONOUNS);
/** A pronoun's contraction, capitalized at a sentence's start: "I'd", "I'll", "We've", "They're". */
const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she|it)['’](?:d|ll|m|ve|re|s)$/;

export const STOPS = new Set(NAME_STOPS);

const GENERIC = new Set(GENERIC_SOURCES);

/** Title words that head an institution "of" a country: "Bank of Ghana", "Ministry of Finance". */
const INSTITUTION_HEADS = new Set([
  "bank",
  "ministry",
  "department",
  "office",
  "treasury",
  "council",
  // "the Society of Motor Manufacturers and Traders", "the Federation of Indian Chambers of Commerce and Industry".
  "society",
  "association",
  "federation",
  "confederation",
  "chamber",
  "chambers",
  "institute",
  "union",
  // "the Agency for Science, Technology and Research", "the Commission for Science and Technology".
  "agency",
  "commission",
  "authority",
  "centre",
  "center",
  "foundation",
  // "the Health Board said", "the National Board of Health and Welfare".
  "board",
]);

/** Tokens back from a field list's "and" to the institution's "of", at most. */
const FIELD_LIST_REACH = 8;

/**
 * The "and" or comma at `k` joins the fields of an institution's name: capitalized fields back to
 * "<Head> of" ("Ministry of Economy, Trade and Industry", "Department of Forestry, Fisheries and the
 * Environment").
 */
export function inFieldList(t: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from + 1, k - FIELD_LIST_REACH); j--) {
    const norm = t[j]?.norm ?? "";
    if (norm === "of" || norm === "for")
      return INSTITUTION_HEADS.has(t[j - 1]?.norm ?? "") && isCapitalized(t[j - 1]);
    if (!(isCapitalized(t[j]) || norm === "," || norm === "and" || norm === "the")) return false;
  }
  return false;
}

/** Name suffixes written with a point: "Jr.", "Sr.". */
const SUFFIXES = new Set(["jr", "sr"]);

/** Days of the week, as "on" names the day something was said. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

/** Capitalized words that name no speaker: days and months ("a filing made Monday"; "May" may be a name). */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS.map(([name]) => name).filter((name) => name !== "may"),
]);

/**
 * A sentence's opening function word, not in capitals ("In its report, the bank ... and said"; "THE said"
 * is Times Higher Education); pronouns are read apart.
 */
const OPENING_WORDS: ReadonlySet<string> = new Set([
  ...[...FUNCTION_WORDS].filter((word) => !PRONOUNS.includes(word) && word !== "it"),
  "a",
  "an",
  "elsewhere",
  "meanwhile",
  "however",
  // "Earlier this year, the ministry extended ..., saying": adverbs that open a sentence name no one.
  "earlier",
  "later",
  "separately",
  "previously",
  "overall",
  "under",
]);

/** Legal forms written with a point before a speech verb: "Harbor Steel Co. said". */
const DOTTED_FORMS = new Set(["co", "corp", "inc", "ltd", "plc", "llc", "bhd", "ag", "sa"]);

/** Who writes a firm's research: "economists at ING said" is ING's estimate. */
export const RESEARCHERS: ReadonlySet<string> = new Set([
  "analysts",
  "analyst",
  "economists",
  "economist",
  "strategists",
  "strategist",
  "researchers",
  "scientists",
  "academics",
]);

const DATA_NOUN = new Set(DATA_NOUNS);
const SURVEY_NOUN = new Set(SURVEY_NOUNS);

/** Lower-case words that tie a place or an organization to a common noun: "traders in London". */
const MODIFIER_LINKS = new Set(["in", "at", "from", "of", "for", "with", "near", "across", "inside"]);

const PARTICLES = new Set([
  "bin",
  "ibn",
  "al",
  "el",
  "de",
  "da",
  "di",
  "van",
  "von",
  "der",
  "du",
  "le",
  "la",
  "dos",
]);

/** Adverbs between a name and its verb: "The SMMT now forecasts", "Ofgem also said". */
export const NAME_ADVERBS: ReadonlySet<string> = new Set([
  "now",
  "also",
  "later",
  "then",
  "further",
  "previously",
  "earlier",
  "again",
  "once",
  "has",
  "had",
  "recently",
  // "Finance Minister Francois-Philippe Champagne separately said".
  "separately",
  "publicly",
  "repeatedly",
  // "It still expects total net sales of around 32.5 billion euros".
  "still",
  // "Transnet itself reported a net profit".
  "itself",
  "themselves",
]);

/** Words of a release's courtesy before its verb: "is pleased to announce", "is proud to report". */
const PLEASED = new Set(["pleased", "proud", "delighted", "happy", "excited", "thrilled"]);

/** "Borealis Energy Inc. today announced": the day a release speaks. */
const SPOKEN_DAYS = new Set(["today", "yesterday"]);
/** "Foxconn last week reported", "The agency earlier this month said": when it spoke, before the verb. */
const SPOKEN_SPANS = new Set(["week", "month", "year"]);
const SPAN_LEADS = new Set(["last", "this"]);

/** Countries by their English names in lower case ("singapore", "egypt"), from i18n-iso-countries. */
export const COUNTRY_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries(englishCountries.countries as Record<string, string | string[]>).flatMap(([code, names]) =>
    (Array.isArray(names) ? names : [names]).map((name) => [name.toLowerCase(), code] as const),
  ),
);

export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRY_CODES.keys());

export const SENTENCE_END = new Set([".", "!", "?"]);

/** "Dr.", "Gen.", "U.S.", "J.": a dot after a short capitalized word or a letter ends no sentence. */
export function abbreviationDot(t: readonly Token[], k: number): boolean {
  const word = t[k - 1];
  if (t[k]?.norm !== "." || !word || word.kind !== "word" || t[k]?.spaceBefore) return false;
  // "according to the IMF. Prices rose": an acronym in capitals ends a sentence ("U.S." has dots inside).
  const dotted = t[k - 2]?.norm === "." && !word.spaceBefore;
  if (word.text.length >= 2 && word.text === word.text.toUpperCase() && !dotted) return false;
  // "according to broker Aon. Alternative capital rose": a short name ends its sentence.
  const short = word.text.length === 1 || TITLE_ABBREVIATIONS.has(word.norm);
  return short && isCapitalized(word) && t[k + 1]?.kind === "word" && isCapitalized(t[k + 1]);
}

/** Short words written with a dot before a name: "Dr. Fatima Ali", "Gen. Mark Dorn", "St. Louis", "Sta. Ines". */
const TITLE_ABBREVIATIONS = new Set([
  "sta",
  "sto",
  "brgy",
  "dr",
  "mr",
  "ms",
  "mrs",
  "st",
  "sr",
  "jr",
  "gen",
  "col",
  "lt",
  "sen",
  "rep",
  "gov",
  "co",
  "no",
  "mt",
  "ft",
  "maj",
  "sgt",
  "adm",
  "rev",
  "hon",
  "cpl",
  "pvt",
  "cmdr",
  "capt",
  "prof",
  "supt",
  "insp",
  "det",
  "coun",
  "cllr",
]);

/**
 * Back from `e` (the token before a speech verb) past the time it spoke ("today", "last week", "earlier
 * this month") and, with `adverbs`, the adverbs and helpers ("also", "has"). The token the name ends on.
 */
export function pastSpokenTime(t: readonly Token[], from: number, e: number, adverbs = true): number {
  const skips = (k: number) =>
    (adverbs && NAME_ADVERBS.has(t[k]?.norm ?? "")) || SPOKEN_DAYS.has(t[k]?.norm ?? "");
  let k = e;
  // "Borealis Energy Inc. is pleased to announce that": a release's courtesy before the verb.
  if (
    t[k]?.norm === "to" &&
    PLEASED.has(t[k - 1]?.norm ?? "") &&
    ["is", "are"].includes(t[k - 2]?.norm ?? "") &&
    k - 3 >= from
  )
    k -= 3;
  while (k >= from && skips(k)) k--;
  if (SPOKEN_SPANS.has(t[k]?.norm ?? "") && SPAN_LEADS.has(t[k - 1]?.norm ?? "") && k - 2 >= from) {
    k -= 2;
    while (k >= from && skips(k)) k--;
  }
  // ("Tsogo Sun, South Africa's biggest casino operator, on Tuesday reported": past the day it spoke.)
  if (t[k - 1]?.norm === "on" && WEEKDAY_NAMES.has(t[k]?.norm ?? "") && k - 2 >= from) k -= 2;
  return k;
}

/**
 * Kinds of body "the <kind> said" names, by the last word of its name or as "It" does (a charity's too);
 * capitalized, a press release's defined term: "the Company", "the Group", "the Bank".
 */
export const BODY_KINDS: ReadonlySet<string> = new Set([
  ...NAMED_BODY_KINDS,
  ...COMPANY_KINDS,
  ...NONPROFIT_KINDS,
  "brokerage",
]);

/** Titles a lower-case "the" names a person by, once the article has given one the title: "the governor". */
export const LOWER_TITLES: ReadonlySet<string> = new Set([
  "governor",
  "president",
  "premier",
  "chancellor",
  "treasurer",
  "minister",
  "mayor",
  "chairman",
  "chairwoman",
  "judge",
]);

/** Titles of two lower-case words: "the finance minister", "the chief executive". */
export const LOWER_TWO_WORD_TITLES: ReadonlySet<string> = new Set([
  "finance minister",
  "prime minister",
  "chief executive",
  "cabinet secretary",
  "principal secretary",
]);

/** Offices written with "-general" in lower case: "the auditor-general", "the attorney-general". */
export const HYPHENATED_OFFICES: ReadonlySet<string> = new Set([
  "auditor",
  "attorney",
  "accountant",
  "solicitor",
  "comptroller",
  "inspector",
  "director",
  "secretary",
  "surveyor",
]);

/** Words before a lower-case title that make it name one holder: "the governor", "its chief executive". */
const TITLE_DETERMINERS = new Set(["the", "its", "their"]);

/** A wire brief's verbs of saying, capitalized at a bullet's start: "* SAYS", "* Says". */
const BRIEF_SAYING: ReadonlySet<string> = new Set(["says", "sees"]);

/** The name that ends right before a speech verb at `v`, searching back no further than `from`. */
export function nameBefore(t: readonly Token[], from: number, v: number): Attribution | undefined {
  let e = v - 1;
  e = pastSpokenTime(t, from, e);
  // "The IEA on Tuesday said", "Cemex on Thursday reported": past the day it spoke.
  if (t[e - 1]?.norm === "on" && NOT_SPEAKERS.has(t[e]?.norm ?? "") && e - 2 >= from) e -= 2;
  e = pastCommaSuffix(t, from, pastDottedForm(t, from, e));
  // "the Federal Statistical Office (Destatis) in Wiesbaden said": past the city it speaks from.
  if (t[e - 1]?.norm === "in" && isCapitalized(t[e]) && (t[e - 2]?.norm === ")" || isCapitalized(t[e - 2])))
    e -= 2;
  // ("PT Bank Rakyat Indonesia (Persero) Tbk (BRI) booked": an acronym's parenthesis, then a legal form
  // after another.)
  for (let pass = 0; pass < 2; pass++) {
    // ("PT Telkom Indonesia (Persero) Tbk booked": past a legal form written after a parenthesis.)
    if (t[e - 1]?.norm === ")" && isLegalForm(t[e]?.norm ?? "") && e - 1 > from) e--;
    // "The International Energy Agency (IEA) said", "Zoopla (formerly Hometrack) said": the name before the
    // parenthesis.
    if (t[e]?.norm !== ")") break;
    let open = e - 1;
    while (open > e - PARENTHESIS_TOKENS && open >= from && t[open]?.norm !== "(") open--;
    if (t[open]?.norm === "(" && open - 1 >= from)
      e = pastCommaSuffix(t, from, pastDottedForm(t, from, open - 1));
    // ("Huang Yu-ling (黃于玲) said": a hyphenated given name's lower-case part ends the name.)
    const hyphenPart = t[e - 1]?.norm === "-" && isCapitalized(t[e - 2]);
    if (!isCapitalized(t[e]) && !hyphenPart) return undefined;
  }
  const last = t[e];
  if (!last || e < from) return undefined;
  // ('..., the Company said', '"...," the Group said': a press release's defined term for a body, which
  // names the body of that kind as "the company" does.)
  // (Not the end of a name: "the Budget Office of the Federation", "Labour Behind the Label".)
  const before = t[e - 2];
  const inName =
    before !== undefined && e - 2 >= from && (INNER_LINKS.has(before.norm) || isCapitalized(before));
  if (
    BODY_KINDS.has(last.norm) &&
    /^\p{Lu}\p{Ll}+$/u.test(last.text) &&
    t[e - 1]?.norm === "the" &&
    e - 1 >= from &&
    !inName
  ) {
    const the = t[e - 1] as Token;
    return {
      name: `the ${last.norm}`,
      start: the.start,
      end: last.end,
      pronoun: true,
      at: the.start,
      kind: last.norm,
    };
  }
  // ("The governor said he expected": a title in lower case alone, for the person the article gave it.)
  // ("Qantas ... its chief executive said": the title of the body named before, for the person given it.)
  const title =
    LOWER_TITLES.has(last.norm) &&
    last.text === last.norm &&
    TITLE_DETERMINERS.has(t[e - 1]?.norm ?? "") &&
    e - 1 >= from;
  if (title) {
    const the = t[e - 1];
    if (the)
      return {
        name: `${the.norm} ${last.text}`,
        start: the.start,
        end: last.end,
        pronoun: false,
        at: the.start,
      };
  }
  // ("The finance minister said": a title of two lower-case words.)
  const head = t[e - 1];
  const article = t[e - 2];
  if (
    head?.kind === "word" &&
    head.text === head.norm &&
    last.text === last.norm &&
    article &&
    TITLE_DETERMINERS.has(article.norm) &&
    e - 2 >= from &&
    LOWER_TWO_WORD_TITLES.has(`${head.norm} ${last.norm}`)
  )
    return {
      name: `${article.norm} ${head.text} ${last.text}`,
      start: article.start,
      end: last.end,
      pronoun: false,
      at: article.start,
    };
  // ("..., the auditor-general said": a title of two words joined by a hyphen.)
  const office = t[e - 2];
  const the = t[e - 3];
  if (
    last.norm === "general" &&
    t[e - 1]?.norm === "-" &&
    HYPHENATED_OFFICES.has(office?.norm ?? "") &&
    office?.text === office?.norm &&
    the?.norm === "the" &&
    e - 3 >= from
  )
    return {
      name: `the ${office?.text}-general`,
      start: the.start,
      end: last.end,
      pronoun: false,
      at: the.start,
    };
  // "It said", "it added": the organization named last ("He"/"She": the person).
  if (PRONOUN.has(last.norm) || (last.norm === "it" && opensItsClause(t, e, from)))
    return { name: last.text, start: last.start, end: last.end, pronoun: true, at: last.start };
  // "Lee Jae-yong said": a hyphenated given name's lower-case second part.
  const hyphenated =
    t[e - 1]?.norm === "-" && !last.spaceBefore && !t[e - 1]?.spaceBefore && isCapitalized(t[e - 2]);
  // "Space42 reported": digits glued to a name's word end it.
  const digits = last.kind === "num" && !last.spaceBefore && isCapitalized(t[e - 1]) && e - 1 >= from;
  if (!isCapitalized(last) && !hyphenated && !digits) return undefined;
  // ("I'd say no", "We'll say this": a pronoun's contraction names no one.)
  if (PRONOUN_CONTRACTION.test(last.norm)) return undefined;
  // ("* SAYS EXPECTS MARKET TO GROW 2-3 PERCENT": a wire brief's verb in capitals names no one.)
  if (BRIEF_SAYING.has(last.norm)) return undefined;
  let s = hyphenated ? e - 2 : digits ? e - 1 : e;
  while (s - 1 >= from) {
    const p = t[s - 1];
    // ("A Downing Street spokesman said": the article opens no name.)
    if (!p) break;
    // "Ministry of Economy, Trade and Industry": an institution's list of fields is one name.
    const field = (p.norm === "and" || p.norm === ",") && inFieldList(t, s - 1, from);
    if (!field && (STOPS.has(p.norm) || p.norm === "a" || p.norm === "an")) break;
    // "National Bureau of Statistics": "of" between capitalized words stays in the name.
    // ("Federation of the Swiss Watch Industry": "of the" too.)
    const inner =
      (INNER_LINKS.has(p.norm) && isCapitalized(t[s - 2]) && s - 2 >= from) ||
      (p.norm === "the" && INNER_LINKS.has(t[s - 2]?.norm ?? "") && isCapitalized(t[s - 3]) && s - 3 >= from);
    // "Kassym-Jomart": a hyphen inside a name touches both words ("(WAM) -- The UAE" has no name in it).
    const hyphen = p.norm === "-" && !p.spaceBefore && !t[s]?.spaceBefore;
    // "Karen Clark & Co. estimated": names either side of "&" are one.
    const ampersand = p.norm === "&" && isCapitalized(t[s - 2]) && s - 2 >= from;
    // ("co-CEO Greg Peters said": a title's "co" is read with it.)
    const co = p.norm === "co" && t[s]?.norm === "-" && !t[s]?.spaceBefore;
    if (!(isCapitalized(p) || PARTICLES.has(p.norm) || inner || hyphen || field || ampersand || co)) break;
    s--;
  }
  // "traders in London said": the name qualifies a common noun, which is the (generic) speaker; but
  // "analysts at Banorte estimated": a firm's research speaks for the firm. ("The refinery in the Lekki
  // Free Zone said": past the article of a place; "The Lagos chapter of the Nigeria Labour Congress said"
  // names its body.)
  const linkAt = t[s - 1]?.norm === "the" && t[s - 2]?.norm === "in" ? s - 2 : s - 1;
  const link = t[linkAt];
  const noun = t[linkAt - 1];
  if (
    link &&
    noun?.kind === "word" &&
    linkAt - 1 >= from &&
    MODIFIER_LINKS.has(link.norm) &&
    !isCapitalized(link) &&
    !isCapitalized(noun) &&
    !TITLES.has(noun.norm) &&
    !(link.norm === "at" && RESEARCHERS.has(noun.norm)) &&
    // ("data from LSEG showed", "A separate report from CoreLogic found": the source of the data or the
    // work, see speakers.ts.)
    !(link.norm === "from" && (DATA_NOUN.has(noun.norm) || SURVEY_NOUN.has(noun.norm)))
  )
    return undefined;
  // "JP Morgan analysts led by DS Kim said": the firm whose researchers speak (else their leader).
  if (link?.norm === "by" && LEADING.has(noun?.norm ?? "") && RESEARCHERS.has(t[s - 3]?.norm ?? "")) {
    const firm = s - 3 > from ? nameBefore(t, from, s - 3) : undefined;
    return firm && !firm.pronoun ? firm : nameOf(t, s, e + 1, v);
  }
  // "Economists polled by Reuters had forecast": the pollster is not who forecast.
  // ("data compiled by Bloomberg show": who compiled or released data is their source.)
  const released =
    link?.norm === "by" && RELEASED_DATA.has(noun?.norm ?? "") && DATA_NOUN.has(t[s - 3]?.norm ?? "");
  if (
    link?.norm === "by" &&
    noun?.kind === "word" &&
    s - 2 >= from &&
    /[a-z]ed$/.test(noun.norm) &&
    !released
  )
    return undefined;
  // "Analysts said": a capitalized common noun at a sentence start is a generic source, not a name.
  if (s === e && GENERIC.has(last.norm)) return undefined;
  // "A memo seen by Bloomberg said", "Analysts polled by FactSet had forecast": the name is the agent of a
  // participle inside the subject, not who speaks.
  const agent = t[s - 1]?.norm === "by" ? t[s - 2] : undefined;
  if (agent && agent.text === agent.norm && /^[a-z]{2,}(?:ed|en)$/.test(agent.norm) && !released)
    return undefined;
  // "The Migration Policy Group at the University of Leiden said": the body, not where it is based.
  const at = t[s - 1]?.norm === "the" ? s - 2 : s - 1;
  if (t[at]?.norm === "at" && at - 1 >= from && isCapitalized(t[at - 1])) {
    const body = nameBefore(t, from, at);
    if (body && !body.pronoun) return body;
  }
  // "Dr. Kirsty Anderson of the London School of Hygiene noted": the person, not where they work.
  const of = t[s - 1]?.norm === "the" ? s - 2 : s - 1;
  // ("Kim Soo-yeon of the Democratic Party said": a hyphenated given name's lower-case part ends the name.)
  const hyphenEnd = t[of - 2]?.norm === "-" && !t[of - 2]?.spaceBefore && isCapitalized(t[of - 3]);
  if (t[of]?.norm === "of" && of - 1 >= from && (isCapitalized(t[of - 1]) || hyphenEnd)) {
    const person = nameBefore(t, from, of);
    const start = person ? firstAtOrAfter(t, person.start, (x) => x.start) : -1;
    if (person && !person.pronoun && namesPerson(t, start, of)) return person;
  }
  return nameOf(t, s, e + 1, v);
}

/** Participles by which data come out, and the nouns of data: "data compiled by Bloomberg". */
const RELEASED_DATA: ReadonlySet<string> = new Set(RELEASE_PARTICIPLES);

/** Participles that name who leads a firm's researchers: "analysts led by DS Kim". */
const LEADING = new Set(["led", "headed"]);

/**
 * "Eli M. Remolona, Jr. said", "Cemex Holdings Philippines, Inc. (CHP) booked": a suffix or a legal form set
 * off by a comma follows the name; the token the name ends on.
 */
function pastCommaSuffix(t: readonly Token[], from: number, e: number): number {
  // ("Manila Water Co., Inc.", "Manila Water Co. Inc.": a legal form after another's point.)
  if (dottedFormPoint(t, e - 1) && DOTTED_FORMS.has(t[e]?.norm ?? "") && e - 2 >= from) return e - 2;
  if (commaBeforeSuffix(t, e - 1) && dottedFormPoint(t, e - 2) && e - 3 >= from) return e - 3;
  return commaBeforeSuffix(t, e - 1) && isCapitalized(t[e - 2]) && e - 2 >= from ? e - 2 : e;
}

/** Token `k` is the comma before a name's suffix or legal form: "Remolona, Jr.", "Holcim Philippines, Inc.". */
function commaBeforeSuffix(t: readonly Token[], k: number): boolean {
  const next = t[k + 1]?.norm ?? "";
  return t[k]?.norm === "," && (SUFFIXES.has(next) || DOTTED_FORMS.has(next));
}

/** Token `k` is the point of a name's suffix or legal form: the "." of "Jr.", "HP Inc.", "Lenovo Group Ltd.". */
export function dottedFormPoint(t: readonly Token[], k: number): boolean {
  const word = t[k - 1]?.norm ?? "";
  return t[k]?.norm === "." && (SUFFIXES.has(word) || DOTTED_FORMS.has(word));
}

/** "Gerald Thibodeaux Jr. said", "Tokyo Gas Co. (TGC) said": past the suffix's or legal form's point at `e`. */
export function pastDottedForm(t: readonly Token[], from: number, e: number): number {
  return dottedFormPoint(t, e) && e - 1 >= from ? e - 1 : e;
}

/** "It" opens its clause before the verb (not "... made it said" or "whether it"). */
function opensItsClause(t: readonly Token[], e: number, from: number): boolean {
  const before = t[e - 1];
  return (
    e === from ||
    before === undefined ||
    SENTENCE_END.has(before.norm) ||
    before.norm === "," ||
    before.norm === "and"
  );
}

/** Words of TITLE_WORDS that join titles and names, never a title by themselves. */
const TITLE_LINKS = new Set(["of", "the", "and"]);

/** Tokens a parenthesis between a name and its speech verb may hold, at most ("(formerly Hometrack)"). */
export const PARENTHESIS_TOKENS = 6;

/** Two capitalized words or more that are no title: "Kirsty Anderson", not "Bank" or "Secretary". */
function namesPerson(t: readonly Token[], s: number, e: number): boolean {
  let words = 0;
  for (let k = s; k < e; k++) {
    const tok = t[k];
    if (tok && isCapitalized(tok) && !TITLES.has(tok.norm)) words++;
  }
  return s >= 0 && words >= 2;
}

/** The name right after a speech verb: "said U.S. Secretary of State Antony Blinken". */
export function nameAfter(t: readonly Token[], start: number, v: number): Attribution | undefined {
  const named = pastOwnedTitle(t, start);
  if (named > start) return nameAfter(t, named, v);
  // ("According to the minister, 4,000 nurses", "..., according to the governor.": a title in lower case
  // alone, for the person the article gave it.)
  const [the, title, close] = [t[start], t[start + 1], t[start + 2]];
  if (
    the?.norm === "the" &&
    title !== undefined &&
    title.text === title.norm &&
    LOWER_TITLES.has(title.norm) &&
    (close === undefined || close.kind === "punct")
  )
    return { name: `the ${title.text}`, start: the.start, end: title.end, pronoun: false, at: the.start };
  const from = pastLowerCaseTitle(t, start);
  let k = from;
  const limit = Math.min(t.length, from + 12);
  let end = k;
  while (k < limit) {
    const tok = t[k];
    // "said Dr. Fatima Ali": past a title's dot.
    if (tok && abbreviationDot(t, k)) {
      k++;
      continue;
    }
    // ("warns of R60bn", "cautioned that a shortfall of Rs 300 crore": a currency opens an amount.)
    if (!tok || STOPS.has(tok.norm) || SENTENCE_END.has(tok.norm) || currencyPrefixAt(t, k)) break;
    if (PRONOUN.has(tok.norm) && k === from)
      return { name: tok.text, start: tok.start, end: tok.end, pronoun: true, at: tok.start };
    // "said Sara Russell of the Natural History Museum": the person, not where they work.
    if (tok.norm === "of" && namesPerson(t, from, k)) break;
    // "according to a Congressional Budget Office estimate".
    const article = (tok.norm === "a" || tok.norm === "an") && k === from;
    // ("according to B3 data", "said G7 officials"... a name's digits glued to it are the name's.)
    if (tok.kind === "num" && !tok.spaceBefore && k > from && isCapitalized(t[k - 1]) && end === k) {
      k++;
      end = k;
      continue;
    }
    if (isCapitalized(tok) || PARTICLES.has(tok.norm) || tok.norm === "of" || tok.norm === "the" || article) {
      k++;
      if (isCapitalized(tok)) end = k;
      continue;
    }
    break;
  }
  // "..., said the plans were unacceptable": no name after the verb.
  if (end === from) return undefined;
  let s = end - 1;
  while (s - 1 >= from) {
    const p = t[s - 1];
    // "the Ministry of Finance": "of" between capitalized words stays in the name.
    const inner = INNER_LINKS.has(p?.norm ?? "") && isCapitalized(t[s - 2]) && s - 2 >= from;
    if (!(isCapitalized(p) || PARTICLES.has(p?.norm ?? "") || inner)) break;
    s--;
  }
  return nameOf(t, s, end, v);
}

/** Capitalized words a place's name runs to before the comma of its region, at most: "Ho Chi Minh City". */
const PLACE_NAME_WORDS = 4;

const REGION_HEAD: ReadonlySet<string> = new Set(REGION_HEADS);
const REGION_SIDE: ReadonlySet<string> = new Set(REGION_SIDES);

/**
 * A place ends right before the comma at `comma`, after "in" or "near", and its region follows ("based
 * in Fukuyama, Hiroshima Prefecture,", "in Cikarang, West Java,"); not a person set off after a place
 * ("in Nigeria, Karim Haddad,").
 */
function placeNamedBefore(t: readonly Token[], comma: number): boolean {
  let k = comma - 1;
  while (k > comma - 1 - PLACE_NAME_WORDS && isCapitalized(t[k])) k--;
  if (k === comma - 1 || (t[k]?.norm !== "in" && t[k]?.norm !== "near")) return false;
  let end = comma + 1;
  while (end < comma + 1 + PLACE_NAME_WORDS && isCapitalized(t[end])) end++;
  return REGION_SIDE.has(t[comma + 1]?.text ?? "") || REGION_HEAD.has(t[end - 1]?.text ?? "");
}

/**
 * The name before a clause or apposition set off by commas that ends right before the speech verb at
 * `v`: "IG Metall, which is seeking a 7% pay rise, said ...", "Karen Johnson, head of retail at Barclays,
 * said", "The library's director, Dr. Kathleen Bess, 58, said" (the nearest name before a comma wins).
 */
export function nameBeforeRelative(
  t: readonly Token[],
  first: number,
  verb: number,
): Attribution | undefined {
  // ("Voltara AG, a supplier of grid equipment, today announced": past when it spoke.)
  const v = pastSpokenTime(t, first, verb - 1, false) + 1;
  if (t[v - 1]?.norm !== ",") return undefined;
  // A body a role after a comma names ("president of the Maison du Safran"), where no name before speaks.
  let employer: Attribution | undefined;
  for (let k = v - 2; k > Math.max(first, v - 30); k--) {
    const norm = t[k]?.norm ?? "";
    // "Jim Chalmers, speaking in Canberra, said": a participle is no speech verb of its own.
    // ("Brightwater, which wrote premiums of $5 billion, said": a verb of the relative clause is no speech.)
    const inRelative = RELATIVE_PRONOUNS.has(t[k - 1]?.norm ?? "");
    // ("Its chair, Dr. Lisa Grant, said": a title's point ends no sentence.)
    // ("EQ Bank, the digital arm of Equitable Group Inc., reported": a legal form's point.)
    const formPoint = norm === "." && DOTTED_FORMS.has(t[k - 1]?.norm ?? "") && t[k + 1]?.norm === ",";
    if (
      (SENTENCE_END.has(norm) && !abbreviationDot(t, k) && !formPoint) ||
      (SPEECH.forward(t, k) && !norm.endsWith("ing") && !inRelative)
    )
      return employer;
    if (norm !== ",") continue;
    // ("Setouchi Green Recycling, based in Fukuyama, Hiroshima Prefecture, said": a place's region after its
    // comma is part of the aside.)
    if (placeNamedBefore(t, k)) continue;
    // "Its chief executive, Andrew Hall, said": the name set off by the two commas.
    const between = nameBefore(t, k + 1, v - 1);
    const start = between ? firstAtOrAfter(t, between.start, (x) => x.start) : -1;
    // ("Its chair, Dr Lisa Grant, said": past the name's title.)
    let lead = k + 1;
    while (lead < start && (HONORIFIC_LEADS.has(t[lead]?.norm ?? "") || t[lead]?.norm === ".")) lead++;
    if (between && !between.pronoun && start === lead && namesPerson(t, start, v - 1)) return between;
    // ("The Finance Ministry's financial intelligence unit, COAF, said", "The European steel association,
    // Eurofer, said": a name set off after a common noun names what the noun describes.)
    const described = t[k - 1]?.kind === "word" && t[k - 1]?.text === t[k - 1]?.norm;
    if (between && !between.pronoun && start === k + 1 && described) return between;
    // "Ionity, the joint venture of BMW, Ford and Volkswagen, said": an item of a list in the apposition.
    if (
      t[k - 1]?.kind === "word" &&
      isCapitalized(t[k - 1]) &&
      isCapitalized(t[k + 1]) &&
      listBetween(t, k, v)
    )
      continue;
    let from = k - 1;
    // "Universities UK (UUK), which represents 141 institutions, said": past the acronym's parentheses.
    const floor = Math.max(first, k - 14);
    // ("Holcim Philippines, Inc., the country's largest cement producer, reported": past a comma before a
    // legal form.)
    while (
      from > floor &&
      (!STOPS.has(t[from - 1]?.norm ?? "") || inParentheses(t, from - 1, k) || commaBeforeSuffix(t, from - 1))
    )
      from--;
    const name = nameBefore(t, from, k);
    // Past an acronym's parentheses, only a name that opens its stretch speaks ("Universities UK (UUK),
    // which ..., said"); one inside an apposition is where someone works ("Jane Ray, head of research at
    // the Energy Institute (EI), which ..., said").
    const nameAt = name ? firstAtOrAfter(t, name.start, (x) => x.start) : -1;
    const opens = name && nameAt <= from + 1;
    // ("Lahcen Ait Brahim, president of the Maison du Safran, the local trading house, said", "EQ Bank, the
    // digital arm of Equitable Group Inc., reported": a body after "of" is where the one named before works
    // or what it belongs to; the name before the comma before speaks.)
    // (Not a name's own "of": "The Central Bank of the UAE, which regulates insurers, said"; and the body
    // speaks where no name stands before: "An official of the Ministry of Information, speaking on
    // condition of anonymity, said".)
    const of = t[nameAt - 1]?.norm === "the" ? nameAt - 2 : nameAt - 1;
    const ofBody = t[of]?.norm === "of" && t[of - 1]?.kind === "word" && t[of - 1]?.text === t[of - 1]?.norm;
    if (name && ofBody && !opens) {
      employer ??= name;
      continue;
    }
    if (name && (opens || !inParentheses(t, k - 1, k))) return name;
  }
  return employer;
}

/**
 * Honorifics before a name set off by commas: "Its chair, Dr Lisa Grant, said", "The association's
 * president, Chief Ikechukwu Nwankwo, said" (a Nigerian chieftaincy title).
 */
const HONORIFIC_LEADS = new Set([
  ...[...HONORIFICS].filter((honorific) => !honorific.includes(" ") && !honorific.endsWith(".")),
  "senator",
  "sen",
  "rev",
  "chief",
]);

/**
 * Between the comma at `k` and the verb at `v`, names joined by "and": the end of a list of names; not a
 * title of title words ("Sudhir Sitapati, Managing Director and CEO, said").
 */
function listBetween(t: readonly Token[], k: number, v: number): boolean {
  let joined = false;
  let titled = true;
  for (let j = k + 1; j < v - 1; j++) {
    const tok = t[j];
    if (tok?.norm === "and" || tok?.norm === "&") joined = true;
    // Only names, commas and hyphens: "Mercedes-Benz, Ford, Hyundai and Volkswagen".
    else if (!(isCapitalized(tok) || tok?.norm === "," || tok?.norm === "-")) return false;
    else if (isCapitalized(tok) && !TITLES.has(tok?.norm ?? "")) titled = false;
  }
  return joined && !titled;
}

/**
 * The parenthesis closing at `close` follows a name: "the State Bank of Pakistan (SBP)", "Acme Corp.
 * (NASDAQ: ACME)", "Sun Life Financial Inc. (SLF-T)".
 */
export function nameParenthesisEndsAt(t: readonly Token[], close: number, first: number): boolean {
  if (t[close]?.norm !== ")") return false;
  let open = close - 1;
  while (open > close - PARENTHESIS_TOKENS && open > first && t[open]?.norm !== "(") open--;
  return t[open]?.norm === "(" && open > first && isCapitalized(t[pastDottedForm(t, first, open - 1)]);
}

/** Token `at` is a parenthesis, or inside one, that closes right before `end`: "(UUK)" before ", which". */
function inParentheses(t: readonly Token[], at: number, end: number): boolean {
  if (t[end - 1]?.norm !== ")") return false;
  let open = end - 2;
  while (open > end - PARENTHESIS_TOKENS && t[open]?.norm !== "(") open--;
  return t[open]?.norm === "(" && at >= open;
}

/** Words that describe a company before its name: the entities' descriptors ("Rival", "Steelmaker"). */
export const SOURCE_DESCRIPTORS: ReadonlySet<string> = new Set([...LEADING_DESCRIPTORS, "rivals"]);

/** A capitalized run without its titles and country: "Kazakhstan Mukhtar Tileuberdi" -> "Mukhtar Tileuberdi". */
function nameOf(t: readonly Token[], s: number, e: number, v: number): Attribution | undefined {
  let a = s;
  while (a < e) {
    const tok = t[a];
    if (!tok) break;
    // "Ukraine's President X": past the owner; "Moody's said": the possessive before the verb is the name
    // itself ("said the EU's deal" owns what follows).
    // ("Rival Pilgrim's Pride reported": after a descriptor, a possessive opens the name.)
    const afterDescriptor = a === s + 1 && SOURCE_DESCRIPTORS.has(t[s]?.norm ?? "");
    const owner =
      (tok.norm.endsWith("’s") || tok.norm.endsWith("'s")) &&
      (a < e - 1 || s > v || v - e > 2) &&
      !afterDescriptor;
    // "Vice-Chancellor Ann Lee said": a hyphen inside a title.
    // ("co-CEO Greg Peters said", "co-chair Ana Lee": "co" joined to a title.)
    const coTitle = tok.norm === "co" && t[a + 1]?.norm === "-" && TITLES.has(t[a + 2]?.norm ?? "");
    const titleHyphen =
      tok.norm === "-" && a > s && TITLES.has(t[a - 1]?.norm ?? "") && TITLES.has(t[a + 1]?.norm ?? "");
    // ("Prime Database said": an opener with no title after it is a name's first word.)
    const nameWord = OPENERS.has(tok.norm) && !TITLES.has(t[a + 1]?.norm ?? "") && t[a + 1]?.norm !== "-";
    // "Rival Marina Bay Sands reported", "Steelmaker Ternium said": a descriptor that opens the run.
    const descriptor = a === s && a < e - 1 && SOURCE_DESCRIPTORS.has(tok.norm);
    if (coTitle) {
      a += 2;
      continue;
    }
    if ((TITLES.has(tok.norm) && !nameWord) || owner || titleHyphen || descriptor) {
      a++;
      continue;
    }
    let country = 0;
    for (let len = 3; len >= 1; len--) {
      if (a + len >= e) continue;
      const words = t
        .slice(a, a + len)
        .map((x) => x.norm)
        .join(" ");
      if (COUNTRY_NAMES.has(words) || words === "u.s." || words === "uk" || words === "u.k.") {
        country = len;
        break;
      }
    }
    // ("Bangladesh Bank said", "Nigeria Customs said": a country's name that opens an institution's is part
    // of it; only one after a title, or before one or another owner, is left out: "the Foreign Minister of
    // Kazakhstan Mukhtar Tileuberdi", "Ukraine President X".)
    const after = t[a + country];
    const beforeTitle =
      after !== undefined &&
      (TITLES.has(after.norm) || after.norm.endsWith("'s") || after.norm.endsWith("’s"));
    if (country === 0 || !(beforeTitle || a > s)) break;
    a += country;
  }
  // "the UN said", "the EU said", "the Treasury said": an organization's acronym, or a capitalized word
  // after "the", that is also a title word stays the name.
  const possessive = /['’]s$/.test(t[s]?.norm ?? "");
  const named =
    /^\p{Lu}{2,}$/u.test(t[s]?.text ?? "") ||
    (t[s - 1]?.norm === "the" && isCapitalized(t[s]) && !possessive);
  if (a >= e && e - s === 1 && named && !COUNTRY_NAMES.has(t[s]?.norm ?? "")) a = s;
  // "..., Treasury data show", "Treasury said": a government's treasury named bare, as Kenyan and South
  // African copy names it.
  if (a >= e && e - s === 1 && t[s]?.text === "Treasury") a = s;
  // "the National Treasury said", "the Central Bank said": capitalized title words that end in an
  // institution's head are its name.
  const opener = t[s]?.norm === "the" ? s + 1 : s;
  // ("Bangladesh Bank said": a country's name opens its institution's; ", Central Bank data show": so does
  // a comma that ends the clause before.)
  const institution =
    INSTITUTION_HEADS.has(t[e - 1]?.norm ?? "") &&
    (opener > s || t[s - 1]?.norm === "the" || t[s - 1]?.norm === "," || COUNTRY_NAMES.has(t[s]?.norm ?? ""));
  if (
    a >= e &&
    e - opener > 1 &&
    e - opener <= 3 &&
    institution &&
    t.slice(opener, e).every((x) => isCapitalized(x))
  )
    a = opener;
  // "The Bank of Ghana estimates", "the Central Bank of Kenya said": an institution of a country, not the
  // country with a title before it.
  if (t[a - 1]?.norm === "of" && a - 2 >= s && INSTITUTION_HEADS.has(t[a - 2]?.norm ?? "")) {
    const place = t
      .slice(a, e)
      .map((x) => x.norm)
      .join(" ");
    if (e - a === 1 || COUNTRY_NAMES.has(place)) a = t[s]?.norm === "the" ? s + 1 : s;
  }
  // ("The Bank of Industry said", "the Board of Trade said": an institution of a field, all title words.)
  // ("the National Board of Health and Welfare": after a word that describes the head.)
  const head =
    TITLE_MODIFIERS.has(t[opener]?.norm ?? "") && !INSTITUTION_HEADS.has(t[opener]?.norm ?? "")
      ? opener + 1
      : opener;
  if (
    a >= e &&
    INSTITUTION_HEADS.has(t[head]?.norm ?? "") &&
    t[head + 1]?.norm === "of" &&
    e - head > 2 &&
    t.slice(opener, e).every((x) => isCapitalized(x) || x.norm === "of" || x.norm === "and") &&
    t.slice(head + 2, e).every((x) => TITLE_MODIFIERS.has(x.norm))
  )
    a = opener;
  // "The Treasury said": a title word after a capitalized "The" that opens the sentence is the body; so is
  // one after its country's possessive ("Brazil's Treasury said").
  if (a >= e && e - s === 2 && t[s]?.norm === "the" && isCapitalized(t[s + 1])) a = s + 1;
  if (a >= e && e - s === 2 && possessive && isCapitalized(t[s + 1])) a = s + 1;
  const first = t[a];
  const last = t[e - 1];
  if (!first || !last || a >= e) return undefined;
  // "Vice-presidents warned", "Head-teachers said": a title word's compound is a common noun.
  if (first.norm === "-") return undefined;
  // ("* ISSUANCE OF 2 BILLION RGT ISLAMIC MEDIUM-TERM NOTES": an amount's scale word opens no name.)
  if (SCALE.has(first.norm)) return undefined;
  // "a filing made Monday", "Sen. Mark Dorn, R-Ohio, said": a day, a month or a party tag is no one.
  if (e - a === 1 && NOT_SPEAKERS.has(first.norm)) return undefined;
  if (e - a === 1 && OPENING_WORDS.has(first.norm) && !/^\p{Lu}{2,}$/u.test(first.text)) return undefined;
  const tag = ["r", "d", "i"].includes(first.norm) && t[a + 1]?.norm === "-" && !t[a + 1]?.spaceBefore;
  if (tag) return undefined;
  // Keep a name to four words ("Kassym-Jomart Tokayev" is three tokens).
  return { name: "", start: first.start, end: last.end, pronoun: false, at: t[v]?.start ?? last.end };
}

/** Lower-case words of a title before a name, at most: "said chief financial officer". */
const TITLE_RUN = 6;

const TITLE_MODIFIERS = new Set(TITLE_MODIFIER_WORDS);

/** Words that open a title owned by a body before the name it introduces: "its chief executive, Mary Jones". */
const OWNED_TITLE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our"]);

/**
 * "said its chief executive, Mary Jones", "said the association's president, Fazal Rehman", "said the
 * group's chief executive Mary Jones": where the name starts past a determiner, an owner's possessive in
 * lower case and a title in lower case (and a comma after it); `start` when no name follows such words.
 */
function pastOwnedTitle(t: readonly Token[], start: number): number {
  if (!OWNED_TITLE_DETERMINERS.has(t[start]?.norm ?? "")) return start;
  let k = start + 1;
  const owner = t[k];
  if (owner?.kind === "word" && owner.text === owner.norm && /['’]s$/.test(owner.text)) k++;
  const first = k;
  let titled = k;
  for (; k < first + TITLE_RUN; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || !/^[a-z][a-z-]*$/.test(tok.text)) break;
    if (TITLES.has(tok.norm)) titled = k + 1;
  }
  if (titled === first || TITLE_MODIFIERS.has(t[titled - 1]?.norm ?? "")) return start;
  let name = t[titled]?.norm === "," ? titled + 1 : titled;
  // ("said the company's chief executive, Mr Tunde Bakare": past an honorific and its point.)
  if (HONORIFIC_LEADS.has(t[name]?.norm ?? "")) {
    const after = t[name + 1]?.norm === "." ? name + 2 : name + 1;
    if (isCapitalized(t[after])) name = after;
  }
  return isCapitalized(t[name]) && !TITLES.has(t[name]?.norm ?? "") ? name : start;
}

/**
 * Past a lower-case title before a name: "said finance chief Paul Ortega", "said sales chief Lina Okafor"
 * (the run ends in a title word and a capitalized word follows). Otherwise `from`.
 */
function pastLowerCaseTitle(t: readonly Token[], from: number): number {
  // ("said President and CEO Hiroshi Kitamura": capitalized titles joined by "and".)
  const joined = pastJoinedTitles(t, from);
  if (joined > from) return joined;
  // "said Halifax economist Amanda Bryden", "said REINZ chief executive Rowena Duncum": the owner first.
  let owner = from;
  while (owner < from + 3 && isCapitalized(t[owner]) && !TITLES.has(t[owner]?.norm ?? "")) owner++;
  const title = t[owner];
  const lowerTitle =
    title !== undefined &&
    TITLES.has(title.norm) &&
    title.text === title.norm &&
    !TITLE_LINKS.has(title.norm);
  const start = owner > from && lowerTitle ? owner : from;
  let titled = start;
  for (let k = start; k < start + TITLE_RUN; k++) {
    const tok = t[k];
    // ("said co-founder and chief executive Melissa Tan": the hyphen inside a title word.)
    if (tok?.norm === "-" && !tok.spaceBefore && t[k + 1]?.spaceBefore === false) continue;
    if (tok?.kind !== "word" || !/^[a-z][a-z-]*$/.test(tok.text) || tok.norm === "the") break;
    if (TITLES.has(tok.norm) || jobBeforeName(t, k)) titled = k + 1;
  }
  return titled > start && isCapitalized(t[titled]) ? titled : from;
}

/** Past capitalized titles joined by "and" or "&" before a name: "President and CEO", "Chairman & Founder". */
function pastJoinedTitles(t: readonly Token[], from: number): number {
  let andAt = -1;
  let titled = from;
  for (let k = from; k < from + TITLE_RUN; k++) {
    const tok = t[k];
    if (tok?.norm === "and" || tok?.norm === "&") {
      if (k === from || andAt >= 0) break;
      andAt = k;
      continue;
    }
    if (tok?.kind !== "word" || !isCapitalized(tok) || !TITLES.has(tok.norm) || TITLE_LINKS.has(tok.norm))
      break;
    titled = k + 1;
  }
  return andAt >= 0 && titled > andAt && isCapitalized(t[titled]) ? titled : from;
}

/** A trade's noun ("electrician", "instructor", "grower", "florist") right before a capitalized name. */
function jobBeforeName(t: readonly Token[], k: number): boolean {
  const norm = t[k]?.norm ?? "";
  // (Not a headline's "says operator" over the dateline's "KUALA LUMPUR".)
  return JOB_NOUN.test(norm) && !NOT_JOBS.has(norm) && isCapitalized(t[k + 1]) && !t[k + 1]?.lineStart;
}

/** How a trade's noun ends: "electrician", "florist", "instructor", "grower", "trainee". */
const JOB_NOUN = /^[a-z]{3,}(?:ian|ist|er|or|ee)$/;
/** Words with a trade's ending that name none: "said after Monday's meeting", "said however". */
const NOT_JOBS = new Set([
  ...["after", "under", "over", "later", "earlier", "never", "rather", "together", "whether", "either"],
  ...["neither", "other", "another", "ever", "however", "whatever", "whenever", "wherever", "further"],
  ...["former", "latter", "proper", "sooner", "faster", "higher", "lower", "bigger", "smaller", "prior"],
  ...["minor", "major", "inferior", "superior", "interior", "exterior", "whoever", "consider", "counter"],
]);

/** Lower-case words between a name's capitalized words: "Bureau of Statistics", "Bangko Sentral ng Pilipinas". */
const INNER_LINKS = new Set(["of", "for", "&", "ng"]);

const SOURCE_NOUN = new Set(SOURCE_NOUNS);
/** Words that never describe a source before its noun (a name's descriptor is a plain word: "rail union"). */
const NOT_SOURCE_MODIFIERS = new Set([
  "and",
  "or",
  "the",
  "a",
  "an",
  "of",
  "for",
  "to",
  "in",
  "on",
  "at",
  "by",
  "with",
]);

/**
 * Where a name before the verb at `k` ends: before the common nouns that describe it ("The King's Fund
 * think tank said", "Goldman Sachs economists said", "The EVG rail union said": a source noun, and a
 * plain word before it), else at `k`.
 */
export function pastSourceNouns(t: readonly Token[], first: number, k: number): number {
  const plain = (j: number) => t[j]?.kind === "word" && t[j]?.text === t[j]?.norm;
  if (k - 1 <= first || !plain(k - 1) || !SOURCE_NOUN.has(t[k - 1]?.norm ?? "")) return k;
  let j = k - 1;
  const norm = t[j - 1]?.norm ?? "";
  if (j - 1 > first && plain(j - 1) && !NOT_SOURCE_MODIFIERS.has(norm)) j--;
  // ("Mexico's tourism ministry said": the owner of a generic body names no source.)
  // ("The governor said": a sentence's opening article is no name.)
  // ("JPMorgan Chase & Co. economists said": the dot of a legal form ends the name.)
  const owner = dottedFormPoint(t, j - 1) ? t[j - 2] : t[j - 1];
  return isCapitalized(owner) &&
    !NOT_SOURCE_MODIFIERS.has(owner?.norm ?? "") &&
    !/['’]s$/.test(owner?.text ?? "")
    ? j
    : k;
}

const POSSESSED_BODY_WORD: ReadonlySet<string> = new Set(POSSESSED_BODY_WORDS);
const RANK_WORD: ReadonlySet<string> = new Set(RANK_WORDS);
/** Plain words between an owner's possessive and its body, at most: "Indonesia's sea transport directorate". */
const POSSESSED_BODY_MODIFIERS = 2;

/**
 * "Indonesia's transport ministry said", "South Africa's central bank said", "the Chinese embassy said": a
 * body named by its owner's possessive or a people's adjective and its kind in lower case, which speaks by
 * that name as written (the owner alone is a place or a people, no speaker); not a body the owner only
 * ranks ("Kenya's biggest lender", "Mexico's largest airline").
 */
export function possessedBody(t: readonly Token[], first: number, v: number): Attribution | undefined {
  const body = t[v - 1];
  if (!body || body.text !== body.norm) return undefined;
  const central = body.norm === "bank" && t[v - 2]?.norm === "central";
  if (!central && !POSSESSED_BODY_WORD.has(body.norm)) return undefined;
  let j = central ? v - 2 : v - 1;
  for (let n = 0; n < POSSESSED_BODY_MODIFIERS; n++) {
    const word = t[j - 1];
    if (j - 1 <= first || word?.kind !== "word" || word.text !== word.norm || !/^[a-z]+$/.test(word.text))
      break;
    if (RANK_WORD.has(word.norm) || NOT_SOURCE_MODIFIERS.has(word.norm)) return undefined;
    j--;
  }
  let start = j - 1;
  // ("the Chinese embassy said", "the Kenyan government said": a people's adjective owns it too.)
  const demonym =
    start > first &&
    isCapitalized(t[start]) &&
    DEMONYM_WORDS.has(t[start]?.norm ?? "") &&
    t[start - 1]?.norm === "the";
  if (!demonym && (start < first || !isCapitalized(t[start]) || !/['’]s$/.test(t[start]?.text ?? "")))
    return undefined;
  // ("South Africa's", "KwaZulu-Natal's", "The Auditor-General's": the owner's name of several words.)
  while (!demonym && start - 1 >= first) {
    const glued = t[start - 1]?.norm === "-" && !t[start - 1]?.spaceBefore && !t[start]?.spaceBefore;
    if (glued && start - 2 >= first && isCapitalized(t[start - 2])) start -= 2;
    else if (isCapitalized(t[start - 1]) && t[start]?.spaceBefore && t[start - 1]?.norm !== "the") start--;
    else break;
  }
  const owner = t[start];
  if (!owner) return undefined;
  const name = t
    .slice(start, v)
    .map((x, n) => (n > 0 && x.spaceBefore ? ` ${x.text}` : x.text))
    .join("");
  return { name, start: owner.start, end: body.end, pronoun: false, at: owner.start };
}

/** The body the possessive at token `owner` owns, as possessedBody reads it ("Tanzania's central bank"). */
export function possessedBodyAfter(
  t: readonly Token[],
  first: number,
  owner: number,
): Attribution | undefined {
  // (The body's word right after the possessive, after its modifiers, or "central bank" after them.)
  for (let v = owner + 2; v <= owner + 3 + POSSESSED_BODY_MODIFIERS; v++) {
    const body = possessedBody(t, first, v);
    if (body) return body;
  }
  return undefined;
}

/**
 * Where the search for a name before the verb at `k` stops: the last mark before it within 14 tokens,
 * not counting an acronym in parentheses ("The International Energy Agency (IEA) said").
 */
export function nameSearchStart(t: readonly Token[], first: number, k: number): number {
  let from = k;
  const limit = Math.max(first, k - 14);
  while (from > limit) {
    if (t[from - 1]?.norm === ")") {
      // A parenthesis: "(IEA)", "(formerly Hometrack)".
      let open = from - 2;
      while (open > from - 1 - PARENTHESIS_TOKENS && open > limit && t[open]?.norm !== "(") open--;
      if (t[open]?.norm !== "(" || open <= limit) break;
      from = open;
    } else if (
      STOPS.has(t[from - 1]?.norm ?? "") &&
      !inFieldList(t, from - 1, limit) &&
      // ("Eli M. Remolona, Jr. said", "Holcim Philippines, Inc. reported": the comma before a name's suffix
      // or legal form.)
      !commaBeforeSuffix(t, from - 1)
    )
      break;
    else from--;
  }
  return from;
}

/** Lower-case words of a job between a firm and its person: "analyst", "chief economist". */
const JOB_WORDS = 3;
/** How the last word of a job ends: "analyst", "economist", "strategist", "partner", "director", "head". */
const JOB_ENDING =
  /(?:ist|yst|er|or|ant|ent|head|chief|chair|man|woman|person|cial|tive|general|secretary|delegate)$/;
/** Jobs written in capitals: "group CEO", "CFO". */
const JOB_ACRONYMS: ReadonlySet<string> = new Set(["CEO", "CFO", "COO", "CTO", "CIO", "MD"]);

/**
 * "National Bank Financial analyst Adam Shine", "Capital Economics chief economist Jane Foley": the person
 * named after a firm and the lower-case words of a job; undefined when none follows.
 */
export function personAfterFirm(t: readonly Token[], firm: Attribution): Attribution | undefined {
  let k = firstAtOrAfter(t, firm.end, (tok) => tok.start);
  // ("Malaysian Textile Manufacturers Association (MTMA) president": past the firm's acronym.)
  if (t[k]?.norm === "(" && t[k + 2]?.norm === ")") k += 3;
  const first = k;
  // ("Kenya Sugarcane Growers Association secretary-general Richard Ogendo": a job glued by a hyphen.)
  const jobWord = (j: number) => /^[a-z]{3,}$/.test(t[j]?.text ?? "") && !STOPS.has(t[j]?.norm ?? "");
  while (k < first + JOB_WORDS && jobWord(k)) {
    k++;
    if (gluedHyphen(t, k) && jobWord(k + 1)) k++;
  }
  // ("Eskom group CEO Dan Marokane": a job's capital letters end it.)
  if (JOB_ACRONYMS.has(t[k]?.text ?? "")) k++;
  else if (k === first || !JOB_ENDING.test(t[k - 1]?.text ?? "")) return undefined;
  // ("TEA joint secretary S. Kumar": an initial counts as a name's first word.)
  const second = t[k + 1]?.norm === "." && /^[A-Z]$/.test(t[k]?.text ?? "") ? k + 2 : k + 1;
  if (!isCapitalized(t[k]) || !isCapitalized(t[second])) return undefined;
  const person = nameAfter(t, k, k);
  return person && !person.pronoun ? person : undefined;
}
