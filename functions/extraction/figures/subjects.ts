/**
 * Subjects: the noun phrase a figure measures, read off the clause around it.
 * - the clause subject before the verb: "Mutual trade turnover ... exceeded 3 billion U.S. dollars";
 * - a quantity's unit with what follows: "590 enterprises with the participation of the American capital";
 * - "NP of FIGURE": "a budget of $5 million"; "a 5% rise in exports": "exports".
 * Anaphors ("this figure", "it") are reported so the caller can take the previous figure's subject.
 * Where a phrase starts and ends is subject-bounds.ts's; phrases after money are subject-after.ts's.
 */

import { DEMONYM_WORDS } from "../entities/lexicon/demonyms.ts";
import {
  byBefore,
  namedChangeNoun,
  objectMover,
  onHeadline,
  PHRASAL_HEADS,
  pastBase,
  targetVerbBefore,
  thanExpectedBefore,
} from "./changes.ts";
import { RELATIVE_PRONOUNS, RELATIVES } from "./clauses.ts";
import { JUDGED_SIZES, UP_VERBS } from "./data/changes.ts";
import { AMOUNT_END_WORDS } from "./data/number-neighbours.ts";
import { IRREGULAR_PAST_TENSES } from "./data/share-verbs.ts";
import { SAYING_ADVERBS, SPEECH_VERBS } from "./data/speech.ts";
import {
  ACCOUNTING_WORDS,
  AT_LEVEL_PARTICIPLES,
  AUXILIARIES,
  BE_FORM_WORDS,
  CATENATIVES,
  CHARGING_VERBS,
  CLAUSE_JOINS,
  COMPASS_POINTS,
  CONTAINERS,
  COUNT_NOT_KIND_WORDS,
  COUNT_THROUGHPUT_VERBS,
  COUNT_UNITS,
  CUTTING_SHARE_VERBS,
  DETERMINER_WORDS,
  DIRECTING_VERBS,
  DISCOURSE_WORDS,
  ELECTORAL_UNITS,
  ESTIMATE_PARTICIPLES,
  GIVING_VERBS,
  HOLDING_VERBS,
  INFINITIVE_LEVELS,
  INTRANSITIVE_CHANGES,
  IRREGULAR_PARTICIPLES,
  LEADERS,
  LETTING_VERBS,
  LEVEL_AT_VERBS,
  LEVEL_LEAD_WORDS,
  LEVEL_PARTICIPLES,
  LEVEL_VERBS,
  MAKE_FORMS,
  MAKING_VERBS,
  MEASURED_LEVEL_NOUNS,
  MODALS,
  MONEY_ADJECTIVES,
  MONEY_OBJECT_BLOCKERS,
  NOT_ANTECEDENT_WORDS,
  NOT_DESCRIBED_WORDS,
  NOUN_ENDING_STOPS,
  NOUN_VERBS,
  NP_STOPS,
  OBJECT_TAKING_VERBS,
  OBJECT_VERBS,
  OF_COMPOUND_NOUNS,
  OWNING_VERBS,
  PARTICIPLE_LINKS,
  PARTICIPLE_NOUN_LEADS,
  PARTICLES,
  PERCEIVING,
  PREPOSITION_WORDS,
  PRESENT_TRANSITIVES,
  PRODUCTION_VERBS,
  REACHING_VERBS,
  RECIPIENT_NOUNS,
  RELATIVE_PAST_TENSES,
  SETTING_AGAINST,
  SHARE_OF_TOTAL_VERBS,
  SHARE_OPENERS,
  STEADY_AT_WORDS,
  SUBJECT_ADVERBS,
  SUBORDINATORS,
  THROUGHPUT_VERBS,
  TRAFFIC_UNITS,
  WINNING_VERBS,
} from "./data/subject-words.ts";
import { DIMENSION_WORDS, MEASURE_UNITS, POINT_UNITS } from "./data/units.ts";
import { boughtObject, finedParty, paidFor, stakeIn } from "./deal-prices.ts";
import {
  ATTACHED_SCALE,
  CHANGE_NOUN,
  CHANGE_VERB,
  CURRENCY_OF_NAME,
  ONE,
  PREFIX_WORD_CURRENCY,
  pluralChangeNoun,
  QUALIFIER_WORDS,
  SCALE,
  TEN,
} from "./lexicon.ts";
import { CONSUMING_PARTICIPLES, heldAmountStart, participleHolder } from "./participle-holders.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { priceDenominatorAt } from "./price-units.ts";
import {
  contestHolder,
  listedMover,
  placeHolder,
  rankedHolder,
  standingsHolder,
  withHolder,
} from "./ranked-holder.ts";
import {
  asideHost,
  BE_FORMS,
  contentAfter,
  destinationOf,
  nounAfter,
  PRONOUN_WORDS,
  subjectAfter,
} from "./subject-after.ts";
import {
  AGE_BOUNDS,
  acronymBefore,
  acronymSpelledFrom,
  ageBoundAt,
  ageGroupStart,
  appositionStart,
  briefBulletLabel,
  COMPANY_KIND_SET,
  countNounAt,
  describesNounAfter,
  isAdverb,
  isSpacedDash,
  labelBefore,
  legalFormPoint,
  listGoesOn,
  measureBeforeNoun,
  namesIndex,
  opensClause,
  parenthesizedItem,
  pastParentheses,
  phraseAfter,
  priceBandStart,
  RATE_OPENERS,
  rankedCount,
  relativeClauseStart,
  SHARE_VERB,
  sayerBefore,
  trimmed,
} from "./subject-bounds.ts";
import {
  inGrade,
  isNounUse,
  isPastVerb,
  isYearToken,
  namesCalledLine,
  numberInObject,
  possessiveMark,
  webDomainPoint,
  yearSpanAt,
} from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import { containerUnitAt } from "./unit-nouns.ts";
import { bareObject, costBefore, OBJECT_PRONOUNS, OWING } from "./verb-objects.ts";
import { readWritten } from "./written-numbers.ts";

export interface SubjectHit {
  first: number;
  last: number;
  anaphor: boolean;
  /** "that initiative": the head noun of a demonstrative phrase, to resolve against earlier subjects. */
  demonstrative?: string;
  /** What money goes to ("will go to personnel services"): no infinitive, whatever follows "to". */
  destination?: boolean;
  /** The noun a size describes ("a domestic 11.8kg cylinder"): a thing's size is of no period. */
  described?: boolean;
}

const UP_VERB: ReadonlySet<string> = new Set(UP_VERBS);
const AMOUNT_END: ReadonlySet<string> = new Set(AMOUNT_END_WORDS);
/** Verbs that report what follows them: its subject opens after them. */
const SAYING: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS.filter((verb) => !verb.includes(" ")),
  "expect",
  "believe",
  "believes",
  "estimate",
  "estimates",
  "think",
  "thinks",
  "warn",
  "assumes",
  "assume",
  // ", saying arrivals fell 12%".
  "saying",
]);

const AT_LEVEL = new Set(AT_LEVEL_PARTICIPLES);
const ESTIMATED_AT: ReadonlySet<string> = new Set(ESTIMATE_PARTICIPLES);
/** Adverbs between "is" and such a participle: "was now expected at". */
const BE_ADVERBS = new Set(["now", "still", "also", "currently", "initially", "previously"]);

/** "came in at": a level reported. */
const COMING = new Set(["came", "comes", "come", "coming"]);

const PREPOSITION_STOPS = new Set(["by", "to", "at", "of", "from", "than", "around", "about", "nearly"]);

export const SPAN_LIMIT = 18;

export const MEASURE_UNIT_WORDS: ReadonlySet<string> = new Set(
  [...MEASURE_UNITS, "c", "f", "°", "g", "t"].filter((unit) => !COUNT_UNITS.has(unit)),
);

/** A preposition after a ratio: what it counts in is elsewhere ("1 in 10,000 for patients over 60"). */
const POINT_WORDS: ReadonlySet<string> = new Set(POINT_UNITS);
const RATIO_LINKS = new Set(["for", "of", "in", "at", "on", "with", "to", "by", "among", "from", "across"]);

export type FigureTokens = {
  first: number;
  last: number;
  kind: string;
  value?: number;
  unitFirst?: number;
  unitLast?: number;
};

/**
 * The subject of a figure: what stands before it (clause subject, "NP of", a quantity's unit), else what
 * follows money that has no subject before it (see subjectAfter).
 */
export function subjectOf(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // "Phones priced above $600 accounted for 62%": a price band's money bounds the price of its noun.
  const band = fig.kind === "MONEY" ? priceBandStart(t, fig.last, clauseStart) : undefined;
  if (band !== undefined) return { first: band, last: band + 1, anaphor: false };
  // "lowered rates by a total of 200 basis points": read as if the figure came right after "by".
  const by = byBefore(t, qualifierStart);
  const target = by >= 0 ? targetVerbBefore(t, by, isPeriodToken) : undefined;
  // "a margin of error of plus or minus 3 points": as if the figure came right after "of".
  if (
    t[qualifierStart - 1]?.norm === "minus" &&
    t[qualifierStart - 2]?.norm === "or" &&
    t[qualifierStart - 3]?.norm === "plus"
  )
    qualifierStart -= 3;
  else if (target !== undefined)
    // "Revenue beat estimates by $200 million": what beat them, as if the figure came right after the verb.
    qualifierStart = target + 1;
  else if (by >= 0 && by < qualifierStart - 1) qualifierStart = by + 1;
  // "is worth an average of $6.9 billion", "fell to an average of 128 mmHg": as if the figure came right
  // after the verb.
  else if (
    t[qualifierStart - 1]?.norm === "of" &&
    AMOUNT_NOUNS.has(t[qualifierStart - 2]?.norm ?? "") &&
    ["a", "an"].includes(t[qualifierStart - 3]?.norm ?? "")
  )
    qualifierStart -= 3;
  // "Veterinary technicians earn a median $19.50 an hour", "pay an average $3.20": as if the figure came
  // right after the verb.
  else if (
    TYPICAL_LEVELS.has(t[qualifierStart - 1]?.norm ?? "") &&
    ["a", "an"].includes(t[qualifierStart - 2]?.norm ?? "")
  )
    qualifierStart -= 2;
  // "were increased to the greater of $50 million, three times the benefit": as if right after the verb.
  else if (
    t[qualifierStart - 1]?.norm === "of" &&
    ALTERNATIVE_BOUNDS.has(t[qualifierStart - 2]?.norm ?? "") &&
    t[qualifierStart - 3]?.norm === "the"
  )
    qualifierStart -= 3;
  // "owed Eskom a combined 94.6 billion rand": as if the figure came right after the verb's objects.
  // (Not after a preposition: "part of a combined US$22 billion multilateral package".)
  else if (
    t[qualifierStart - 1]?.norm === "combined" &&
    t[qualifierStart - 2]?.norm === "a" &&
    !["of", "for", "to", "in", "at", "by", "with", "from", "on"].includes(t[qualifierStart - 3]?.norm ?? "")
  )
    qualifierStart -= 2;
  // "rose to an all-time high of US$72 billion", "down from a peak of 95.5%": a record level is the
  // subject's, read as if the figure came right after the verb.
  else qualifierStart = pastRecordLevel(t, qualifierStart);
  const before = subjectBefore(t, fig, qualifierStart, clauseStart, isPeriodToken);
  // ("said it carried 1.9 million passengers": a pronoun carrier leaves the traffic's unit, unless it
  // stands for the name that said it: "Emirates said it flew 4.6 million passengers".)
  const carrier = before?.anaphor
    ? (sayerBefore(t, before.first) ?? carriedUnit(t, fig, qualifierStart, isPeriodToken) ?? before)
    : before;
  // "bought Crumbly Ltd for £450 million", "paid 85 million euros for Nunez": what a price is for.
  const price =
    fig.kind === "MONEY"
      ? (boughtObject(t, qualifierStart, clauseStart, isPeriodToken) ??
        finedParty(t, qualifierStart, clauseStart, isPeriodToken) ??
        paidFor(t, qualifierStart, fig.last, isPeriodToken))
      : fig.kind === "PERCENT"
        ? stakeIn(t, qualifierStart, fig.last, isPeriodToken)
        : undefined;
  return withoutRate(
    t,
    fig,
    strongCount(t, fig, isPeriodToken) ??
      comparedFor(t, fig, qualifierStart, isPeriodToken) ??
      labelBefore(t, qualifierStart, isPeriodToken) ??
      briefBulletLabel(t, qualifierStart, fig.last, isPeriodToken) ??
      parenthesizedItem(t, fig, qualifierStart, isPeriodToken) ??
      price ??
      // "teachers earning R25,000 a month", "banks charging 3.69 per cent a month": who holds it.
      (fig.kind !== "QUANTITY" || CONSUMING_PARTICIPLES.has(t[qualifierStart - 1]?.norm ?? "")
        ? participleHolder(t, qualifierStart, clauseStart, isPeriodToken)
        : undefined) ??
      measuredNoun(t, fig, isPeriodToken) ??
      // ("Libya holds Africa's largest oil reserves, estimated at 48 billion barrels,": the host of an aside,
      // not the quantity's unit.)
      (fig.kind === "QUANTITY" ? asideHost(t, fig, qualifierStart, isPeriodToken) : undefined) ??
      carrier ??
      (fig.kind === "MONEY" ? subjectAfter(t, fig, qualifierStart, clauseStart, isPeriodToken) : undefined) ??
      asideHost(t, fig, qualifierStart, isPeriodToken) ??
      flowUnit(t, fig) ??
      carriedUnit(t, fig, qualifierStart, isPeriodToken) ??
      (fig.kind === "MONEY"
        ? subjectBefore(t, fig, qualifierStart, clauseStart, isPeriodToken, true)
        : undefined) ??
      briefBulletLabel(t, qualifierStart, fig.last, isPeriodToken, true),
  );
}

/** Words of a typical level between "a" and its figure: "a median $19.50", "an average 2,300 visitors". */
const TYPICAL_LEVELS = new Set(["average", "median", "mean"]);

/** Both words are lower-case, or both capitals ("A YEAR"): not "Serie A clubs", "P-8A". */
function sameCase(opener: Token | undefined, next: Token | undefined): boolean {
  if (next?.kind !== "word" || opener === undefined) return false;
  return opener.text === opener.norm ? next.text === next.norm : next.text === next.text.toUpperCase();
}

/**
 * A subject read from the figure's own unit ends before the unit's rate ("20 new clients a month": new
 * clients; "40 dogs a week at the salon": dogs): the rate is the unit's, what is counted is the noun.
 */
function withoutRate(
  t: readonly Token[],
  fig: FigureTokens,
  hit: SubjectHit | undefined,
): SubjectHit | undefined {
  if (!hit || fig.kind !== "QUANTITY" || hit.first < fig.first || hit.first >= fig.last) return hit;
  for (let k = hit.first + 1; k < Math.min(fig.last, hit.last); k++)
    if (RATE_OPENERS.has(t[k]?.norm ?? "") && sameCase(t[k], t[k + 1])) return { ...hit, last: k };
  return hit;
}

const LEVEL_PARTICIPLE: ReadonlySet<string> = new Set(LEVEL_PARTICIPLES);
const PARTICIPLE_NOUN_LEAD: ReadonlySet<string> = new Set(PARTICIPLE_NOUN_LEADS);
/** Words back from a level participle to the word that opens its noun, at most. */
const PARTICIPLE_NOUN_REACH = 8;

/** Words of a place between a plural and its "average", at most: "in Hong Kong". */
const PLACE_AFTER_NOUN = 5;
const PLACE_PREPOSITIONS = new Set(["in", "at", "across", "on"]);

/**
 * "Mini-storage rents in Hong Kong average about HK$28", "as jet fuel prices average $86 a barrel": "average"
 * right before the figure and after a plural noun is the plural's verb (not "the ¥181 billion average", "an
 * average of").
 */
function presentAverage(t: readonly Token[], v: number, qualifierStart: number): boolean {
  if (t[v]?.norm !== "average" || v + 1 !== qualifierStart) return false;
  // ("rents in Hong Kong average": past a place the plural is in.)
  let k = v - 1;
  while (k > v - PLACE_AFTER_NOUN && isCapitalized(t[k])) k--;
  if (k < v - 1 && PLACE_PREPOSITIONS.has(t[k]?.norm ?? "")) k--;
  else k = v - 1;
  const before = t[k];
  return before?.kind === "word" && /[^s']s$/.test(before.norm) && !DETERMINER_WORDS.has(before.norm);
}

/**
 * "with spending on immunoglobulin alone reaching 1.4 billion riyals", "IATA sees airline profits topping
 * $40 billion": the participle at `v` follows the noun that reaches the level, after "with" or a verb of
 * seeing (not "confident of hitting", "The challenge is reaching").
 */
function levelParticipleAfterNoun(t: readonly Token[], v: number): boolean {
  if (!LEVEL_PARTICIPLE.has(t[v]?.norm ?? "")) return false;
  for (let k = v - 2; k >= Math.max(0, v - PARTICIPLE_NOUN_REACH); k--) {
    const tok = t[k];
    if (!tok || tok.kind === "punct" || tok.kind === "num") return false;
    if (PARTICIPLE_NOUN_LEAD.has(tok.norm)) return true;
  }
  return false;
}

/**
 * "Patients wait an average of 14 weeks", "Vessels currently wait 4.5 days": "wait" at `k` is a verb after
 * its subject, not the noun of "the longest wait" or "the average wait".
 */
function presentWait(t: readonly Token[], k: number): boolean {
  if (t[k]?.norm !== "wait" && t[k]?.norm !== "waits") return false;
  let p = k - 1;
  while (p > 0 && (isAdverb(t[p]?.norm ?? "") || DISCOURSE_WORDS.has(t[p]?.norm ?? ""))) p--;
  const before = t[p];
  // ("let victims wait four years": a wait someone else imposes.)
  if (before?.kind !== "word" || LETTING.has(t[p - 1]?.norm ?? "")) return false;
  const noun =
    !/['’]s$/.test(before.norm) &&
    !DETERMINER_WORDS.has(before.norm) &&
    !AMOUNT_NOUNS.has(before.norm) &&
    !/est$/.test(before.norm);
  return noun && (t[k]?.norm === "waits" || /s$/.test(before.norm) || isCapitalized(before));
}

const LETTING = new Set(LETTING_VERBS);

/** "the company's 2,700-strong workforce", "a 60-strong team of engineers": the count of the noun after. */
function strongCount(
  t: readonly Token[],
  fig: FigureTokens,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  if (fig.kind !== "NUMBER" || !gluedHyphen(t, fig.last) || t[fig.last + 1]?.norm !== "strong")
    return undefined;
  return nounAfter(t, fig.last + 2, isPeriodToken);
}

/** Words that choose between amounts: "the greater of $50 million or 30 per cent of turnover". */
const ALTERNATIVE_BOUNDS = new Set(["greater", "higher", "lesser", "lower", "larger", "smaller"]);

/** Verbs a subject closes a period with: "Globoplay ended September with 8.2 million subscribers". */
const CLOSING_PERIOD = new Set([
  "ended",
  "ends",
  "end",
  "closed",
  "closes",
  "finished",
  "finishes",
  "exited",
]);

/**
 * "Globoplay ended September with 8.2 million subscribers", "Netflix closed the quarter with 260 million
 * members": the "with" at `withAt` follows a verb of closing a period and that period, so what follows is
 * the subject's own level.
 */
function endedPeriodWith(
  t: readonly Token[],
  withAt: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  return t[withAt]?.norm === "with" && closedPeriod(t, withAt - 1, isPeriodToken);
}

/** Forms of "account" before "for": a count accounted for is the subject's part. */
const ACCOUNTING = new Set(["account", "accounts", "accounted", "accounting"]);

/** Forms of "take" before "home": what a winner takes home is its level. */
const TAKING = new Set(["take", "takes", "took", "taking", "taken"]);
/** Forms of "turn", whose "over" measures a business's sales: "turned over $3.4m". */
const TURNING = new Set(["turn", "turns", "turned", "turning"]);

/** Data/subject-words.ts: "sales reached 1.1 million units"; "reached 40,000 people". */
const REACHING = new Set(REACHING_VERBS);
const THROUGHPUT = new Set(THROUGHPUT_VERBS);
const COUNT_THROUGHPUT: ReadonlySet<string> = new Set(COUNT_THROUGHPUT_VERBS);

/**
 * A verb of traffic that measures its subject by the figure: any figure ("carried 1.2 million passengers",
 * "attracts $1 billion"), or only a count for a base form after "to" ("expected to draw 25,000 visitors").
 */
function trafficVerb(norm: string, fig: FigureTokens): boolean {
  return THROUGHPUT.has(norm) || (COUNT_THROUGHPUT.has(norm) && fig.kind === "QUANTITY");
}
/** Irregular past tenses, and participles after an auxiliary, read as -ed forms ("gross written premiums" aside). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_PAST_TENSES);
/** Verbs by which a place records its traffic: "recorded 1.12 million visitors", "logged 4.1 million passengers". */
const RECORDING: ReadonlySet<string> = new Set(["recorded", "records", "logged", "logs", "registered"]);
const TRAFFIC: ReadonlySet<string> = new Set(TRAFFIC_UNITS);
/** Verbs by which a party wins or holds seats or votes: "won 47 seats", "controls 31 councils". */
const WINNING: ReadonlySet<string> = new Set(WINNING_VERBS);
const ELECTORAL: ReadonlySet<string> = new Set(ELECTORAL_UNITS);
const GIVING = new Set(GIVING_VERBS);
const WORKING = new Set(["works", "worked", "work", "working"]);
/** Kinds of a measure of change, named with it: "organic growth", "comparable growth". */
const GROWTH_KINDS = new Set([
  "organic",
  "comparable",
  "underlying",
  "like-for-like",
  "nominal",
  "real",
  "economic",
]);
/** Verbs that move a level without being verbs of change: "bring", "take" ("taking its network to 900 stores"). */
const MOVING_VERBS = new Set([
  "bring",
  "brings",
  "brought",
  "bringing",
  "take",
  "takes",
  "took",
  "taking",
  "cap",
  "caps",
  "capped",
  "capping",
]);

/** Words of how often or over what a change runs: "a 5% annual rise". */
const HOW_OFTEN: ReadonlySet<string> = new Set([
  "annual",
  "annualised",
  "annualized",
  "yearly",
  "monthly",
  "weekly",
  "daily",
  "quarterly",
  "overall",
  "cumulative",
]);

/** Nouns of a holding, whose percentage measures its holder: "stake", "share". */
const HOLDING_NOUNS: ReadonlySet<string> = new Set(["stake", "stakes", "share", "shares"]);

/** The verb moves a level: a verb of change or of bringing it somewhere. */
function movesLevel(word: string): boolean {
  return CHANGE_VERB.has(word) || MOVING_VERBS.has(word);
}
/**
 * Words of a level between "to" or a verb and it: "rose to a record 83,524 vehicles", "added a net 142,000
 * customers", "added just 64,000 jobs".
 */
const RECORD_WORDS = new Set([
  ...LEVEL_LEAD_WORDS,
  "net",
  "further",
  "additional",
  "another",
  "just",
  "only",
]);

/** The token at `k`, or the one before the words of a record that end there ("rose to a record"). */
function pastRecordWords(t: readonly Token[], k: number): number {
  const floor = k - RECORD_WORD_REACH;
  let j = k;
  while (j > floor && RECORD_WORDS.has(t[j]?.norm ?? "")) j--;
  return j;
}
/** Words of a record before a figure, at most: "a new all-time", "a further net". */
const RECORD_WORD_REACH = 3;
/** Nouns whose count "of" a unit measures them: "sales of 307,133 units", "capacity of 150,000 vehicles". */
const MEASURED_NOUNS = new Set([
  "sales",
  "deliveries",
  "exports",
  "imports",
  "output",
  "production",
  "shipments",
  "capacity",
  "volume",
  "volumes",
  "arrivals",
  "registrations",
  "orders",
  "stocks",
  "inventories",
  "reserves",
  "demand",
  "supply",
  "consumption",
  "traffic",
  "throughput",
  "bookings",
  "subscribers",
  "users",
  "membership",
  "enrolment",
  "enrollment",
  "headcount",
  "workforce",
  "population",
  // ("ended September with a fleet of 61,300 vehicles": what a fleet counts measures the fleet.)
  "fleet",
]);
const BRINGING = new Set(["bring", "brings", "brought", "bringing"]);
/** Past and present forms of bringing, whose subject money measures: "Slaughter lambs brought $280". */
const BROUGHT = new Set(["brings", "brought"]);
/** Verbs before "hands" in a sale: "changed hands for Sh150,000", "change hands at". */
const CHANGING = new Set(["changed", "change", "changes", "changing"]);
/** What "from" names inside an accounting measure: "funds from operations", "cash from operating activities". */
const OPERATIONS_WORDS = new Set(["operations", "operating", "continuing", "discontinued", "ordinary"]);
const EXPECTATION_WORDS = new Set(["expected", "forecast", "anticipated", "predicted", "estimated"]);
const RECIPIENT = new Set(RECIPIENT_NOUNS);

/** Nouns of "an average of", "a total of": the amount itself, not what it measures. */
const AMOUNT_NOUNS = new Set(["average", "median", "mean", "total", "maximum", "minimum", "sum"]);

/** Nouns of a record level: "an all-time high of", "a four-year low of", "a peak of". */
const RECORD_LEVELS = new Set(["high", "low", "peak", "trough", "highs", "lows", "peaks", "record"]);
/** Words before a record level: "a fresh record", "its lowest", "an all-time" (hyphenated words pass whole). */
const RECORD_LEVEL_WORDS = new Set([...LEVEL_LEAD_WORDS, "the", "its", "their"]);

/** Nouns after "on" that make a catenative of it: "on course to", "on track to", "on pace to". */
const ON_COURSE = new Set(["course", "track", "pace", "target"]);

/** Words right before a record level that link it to what reached it: "rose to", "hit", "reach". */
const RECORD_LINKS = new Set([
  "to",
  "at",
  "hit",
  "hits",
  "reach",
  "reaches",
  "touch",
  "touches",
  "set",
  "sets",
]);

/** Where "a/an/the ... high/low/peak of" opens before the figure at `qualifierStart`, or `qualifierStart`. */
function pastRecordLevel(t: readonly Token[], qualifierStart: number): number {
  if (t[qualifierStart - 1]?.norm !== "of" || !RECORD_LEVELS.has(t[qualifierStart - 2]?.norm ?? ""))
    return qualifierStart;
  let k = qualifierStart - 3;
  for (let guard = 0; guard < 6 && k > 0; guard++) {
    // ("a four-year low", "a 52-week high": a word glued by a hyphen.)
    if (gluedHyphen(t, k - 1)) k -= 3;
    else if (
      RECORD_LEVEL_WORDS.has(t[k]?.norm ?? "") &&
      !["a", "an", "the", "its", "their"].includes(t[k]?.norm ?? "")
    )
      k--;
    else break;
  }
  // ("SIP inflows hit fresh high of Rs 31,402 crore": a headline drops the article.)
  const bare = !["a", "an", "the", "its", "their"].includes(t[k]?.norm ?? "");
  if (bare && k + 1 >= qualifierStart - 2) return qualifierStart;
  // ("close to the record of 14,744MW set in 2011": a record named, not one reached.)
  if (t[qualifierStart - 2]?.norm === "record" && !bare && !["a", "an"].includes(t[k]?.norm ?? ""))
    return qualifierStart;
  const start = bare ? k + 1 : k;
  // After a verb or the word that links a level to it ("rose to", "hit", "touching", "on course to reach
  // a record of"), not after a noun ("within sight of its record high of").
  const before = t[start - 1];
  // ("including a single-day record of 512,000 tonnes": an item of a list, no level reached.)
  const linked =
    RECORD_LINKS.has(before?.norm ?? "") ||
    isPastVerb(before) ||
    (/^[a-z]{3,}ing$/.test(before?.norm ?? "") && before?.norm !== "including");
  return linked ? start : qualifierStart;
}

/**
 * "the 700-kilometre road", "a 3.2-hectare site", "a 500-megawatt plant": a measure glued to its unit by a
 * dash describes the noun after it.
 */
function measuredNoun(
  t: readonly Token[],
  fig: FigureTokens,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  if (fig.kind !== "QUANTITY" || fig.unitFirst === undefined || fig.unitLast !== fig.last) return undefined;
  // ("a 14km stretch", "a domestic 11.8kg cylinder", "subsidised 6kg cylinders": a unit glued to its
  // number without a dash describes it too.)
  const determined = DETERMINER_WORDS.has(t[fig.first - 1]?.norm ?? "");
  const dashed = gluedHyphen(t, fig.unitFirst - 1);
  const unitGlued = fig.unitFirst === fig.first + 1 && !t[fig.unitFirst]?.spaceBefore;
  // (Without a determiner, not a temperature: "4.5C above the average", "about 3C hotter".)
  const bare = unitGlued && !dashed && !determined;
  if (bare && TEMPERATURE_HEADS.has(t[fig.unitFirst]?.norm ?? "")) return undefined;
  const glued = dashed || unitGlued;
  // ("four 700 MW units", "a 500 MW capacity", a headline's "targets 22,480 MW nuclear capacity": a
  // measure's unit written apart, after a count, a determiner or a headline's verb.)
  const unit = t[fig.last - 1]?.norm ?? "";
  const lead = t[fig.first - 1];
  const counted = lead?.kind === "num" || ONE.has(lead?.norm ?? "");
  const headlineVerb =
    lead?.kind === "word" &&
    lead.text === lead.norm &&
    !linking(lead.norm) &&
    !LEADERS.has(lead.norm) &&
    onHeadline(t, fig.last);
  const apart = MEASURE_UNIT_WORDS.has(unit) && (determined || counted || headlineVerb);
  if (!glued && !apart) return undefined;
  // ("the 60-kilometre Purple Line": a name after a dashed measure.)
  const noun = nounAfter(t, fig.last, isPeriodToken) ?? (dashed ? nameAfterMeasure(t, fig.last) : undefined);
  if (!noun) return undefined;
  // ("the 450 gigalitres promised", "near 1.6 million bpd despite new sanctions": no noun after.)
  const head = t[noun.first]?.norm ?? "";
  if ((!glued || bare) && (/^[a-z]{3,}ed$/.test(head) || linking(head))) return undefined;
  // ("about 27km south-west of Palu", "roughly 130MW today": a bare size before a place's direction or a
  // time describes no noun.)
  // ("modular systems of over 500kW making up half": nor a participle.)
  if (bare && (NOT_DESCRIBED_HEADS.has(head) || /^[a-z]+(?:ly|ing)$/.test(head))) return undefined;
  // ("a 67-km canal linking the basins": the noun ends before a participle or a determiner, and before a
  // preposition left at its end: "a 2.4 gigawatt plant near the village".)
  let last = noun.last;
  for (let k = noun.first + 1; k < noun.last; k++) {
    const norm = t[k]?.norm ?? "";
    if (norm.endsWith("ing") || DETERMINER_WORDS.has(norm)) {
      last = k;
      break;
    }
  }
  while (last - 1 > noun.first && linking(t[last - 1]?.norm ?? "")) last--;
  // (A size glued to its number describes the thing, and so does one written apart right after its digits
  // ("a 12.5 kg cylinder", "the 150 MW plant"); one with a scale word may be a level: "the 4.68 million
  // tonnes sold in September". So is a lead in points, or a target: "an eight-point advantage a month ago",
  // "its 60,000-ounce target for the four months", "its 5,785 mmscfd goal".)
  const sized = glued || (fig.unitFirst === fig.first + 1 && (determined || counted));
  const described =
    sized && !POINT_WORDS.has(t[fig.unitFirst]?.norm ?? "") && !LEVEL_HEADS.has(t[last - 1]?.norm ?? "");
  return { ...noun, last, described };
}

const LEVEL_HEADS: ReadonlySet<string> = new Set(MEASURED_LEVEL_NOUNS);
// ("about 27km south-west of Palu", "20cm wide": a direction, a time or a dimension after a bare size.)
const NOT_DESCRIBED_HEADS: ReadonlySet<string> = new Set([
  ...COMPASS_POINTS,
  ...NOT_DESCRIBED_WORDS,
  ...DIMENSION_WORDS,
]);

/** A preposition or a word of contrast, which opens no noun: "near", "despite". */
function linking(word: string): boolean {
  return PREPOSITION_WORDS.has(word) || CONTRAST_LINKS.has(word);
}
const CONTRAST_LINKS = new Set(["near", "despite", "amid", "against", "than", "versus"]);

/** Words of a name a measure describes, at most: "the 60-kilometre Purple Line". */
const MEASURED_NAME_WORDS = 3;

/** The capitalized name right after a measure at `at` ("Purple Line"), or undefined. */
function nameAfterMeasure(t: readonly Token[], at: number): SubjectHit | undefined {
  let e = at;
  while (e < at + MEASURED_NAME_WORDS && t[e]?.kind === "word" && isCapitalized(t[e]) && !t[e]?.lineStart)
    e++;
  const next = t[e];
  // ("a 12-millimetre Y12 bar", "the 280-kilometre Hamburg-Berlin line": no name ends there.)
  const ends =
    next === undefined ||
    (next.kind === "word" ? next.spaceBefore : [".", ",", ";", ":", ")"].includes(next.norm));
  return e > at && ends && next?.kind !== "num" ? { first: at, last: e, anaphor: false } : undefined;
}

/** Prepositions that front a place before a clause's subject: "in Christchurch they", "outside Dublin they". */
const FRONTING = new Set(["in", "outside", "for", "across", "at"]);
/** Words a fronted place may take: "in Cork city", "in Greater Western Sydney". */
const FRONTED_WORDS = 4;
/** Lower-case words of a fronted place: "in Cork city". */
const FRONTED_PLACE_NOUNS = new Set(["city", "county", "state", "province", "region", "district"]);

/** The lower-case pronoun at `k` follows a fronted place: "while in Christchurch they rose". */
function frontedPlacePronoun(t: readonly Token[], k: number): boolean {
  const pronoun = t[k];
  if (!pronoun || pronoun.text !== pronoun.norm || !PRONOUN_WORDS.has(pronoun.norm)) return false;
  let j = k - 1;
  while (j > k - 1 - FRONTED_WORDS && (isCapitalized(t[j]) || FRONTED_PLACE_NOUNS.has(t[j]?.norm ?? ""))) j--;
  return j < k - 1 && FRONTING.has(t[j]?.norm ?? "") && isCapitalized(t[j + 1]);
}

/** Participles of a passive sale whose buyer or seller may stand before its price: "was sold to X for". */
const SALE_PARTICIPLES: ReadonlySet<string> = new Set(["sold", "bought", "acquired", "purchased"]);
/** Tokens from a sale's participle to the "for" of its price, at most: "sold to Chinese buyers for". */
const SALE_PARTY_REACH = 6;

/**
 * The participle of a passive sale whose buyer or seller comes between it and the "for" at `at`: "was
 * sold to Chinese buyers for", "were bought by a Greek owner for". Undefined otherwise.
 */
function passiveSaleBefore(t: readonly Token[], at: number, clauseStart: number): number | undefined {
  for (let k = at - 1; k > Math.max(clauseStart, at - SALE_PARTY_REACH); k--) {
    const norm = t[k]?.norm ?? "";
    if (norm === "," || norm === ";" || t[k]?.kind === "num") return undefined;
    if (norm !== "to" && norm !== "by") continue;
    // ("Yad2 was acquired in 2014 by Axel Springer for": past the year it was sold in.)
    const p = t[k - 2]?.norm === "in" && isYearToken(t[k - 1]) ? k - 3 : k - 1;
    if (SALE_PARTICIPLES.has(t[p]?.norm ?? "")) return BE_FORMS.has(t[p - 1]?.norm ?? "") ? p : undefined;
  }
  return undefined;
}

/** Verbs of a price: "sells for", "sold for", "retails at", "is priced from". */
const PRICING = new Set([
  "sells",
  "sell",
  "sold",
  "selling",
  "retails",
  "retail",
  "retailed",
  "priced",
  "goes",
  "went",
  // "A Sokoto Red goat was going for N85,000".
  "going",
  // "A two-bedroom flat now rents for Rs45,000 a month", "a bedsitter lets for about Sh6,500".
  "rents",
  "rent",
  "rented",
  "lets",
  "leases",
  "leased",
]);
/** Words right after a verb of a price before the price. */
const PRICE_LINKS = new Set(["for", "at", "from"]);

/** Words that bound a verb after its subject: "Revenue more than tripled", "Sales nearly doubled". */
const VERB_BOUNDS = new Set([
  "more",
  "less",
  "nearly",
  "almost",
  "roughly",
  "about",
  "over",
  "was",
  "is",
  "were",
  "are",
]);

/** Auxiliaries before a past participle: "had received", "has posted". */
const HAD_FORMS = new Set(["had", "has", "have"]);

/** Tokens from a clause's start to its first verb, at most, for a subject a later verb shares. */
const SHARED_SUBJECT_REACH = 8;

/** Verbs that hold a rank before "the": "was the weakest", "remained the top source". */
const RANK_BE = new Set(["was", "were", "remained"]);

/** Prepositions that open an adverbial before a sentence's subject: "On the flip side,", "In Lagos,". */
const OPENING_ADVERBIALS = new Set(["on", "in", "at", "among", "across"]);
/** Tokens of such an opening adverbial, its comma included, at most. */
const OPENING_ADVERBIAL_TOKENS = 6;

/** Past tenses that are also nouns, read as verbs only before a determiner: "led the chart", "hit their limit". */
const SHARED_PAST = new Set(["led", "hit"]);
/** Forms of "be" a later verb shares the subject of, and the words after one that open a clause instead. */
const SHARED_BE = new Set(["is", "are", "was", "were"]);
const BE_CLAUSE_LEADS = new Set(["that", "to", "expected", "set", "due", "likely", "there", "not"]);
/** Punctuation that ends the clause of a form of "be" before the "and": "Wages are our biggest cost: ...". */
const CLAUSE_BREAKS = new Set([":", ";", "—", "–"]);

/**
 * Whether the form of "be" at `be` describes the subject from `start` that the verb after the "and" at
 * `and` shares: "Each sheet is 80mm square and costs about £1.90". Not after "Once" or a verb of saying
 * ("SBM Intelligence estimates Nigeria's wedding industry is worth ..."), nor across a colon.
 */
function sharedBe(t: readonly Token[], start: number, be: number, and: number): boolean {
  if (BE_CLAUSE_LEADS.has(t[be + 1]?.norm ?? "") || SUBORDINATE_OPENERS.has(t[start]?.norm ?? ""))
    return false;
  for (let k = start; k < be; k++) if (SAYING.has(t[k]?.norm ?? "")) return false;
  for (let k = be + 1; k < and; k++) if (CLAUSE_BREAKS.has(t[k]?.norm ?? "")) return false;
  return true;
}

/**
 * "IndiGo operated 2,200 daily flights and controlled 64.2% of the market": the subject that opens the
 * clause, when its first verb, a past tense, comes within a few words (before the "and" at `and`).
 */
function sharedSubject(
  t: readonly Token[],
  clauseStart: number,
  and: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // ('"The sector attracted': past an opening quotation mark.)
  let start = clauseStart;
  while (t[start]?.kind === "punct" && start < and) start++;
  // ("On the flip side, Honeywell Flour Mills led the losers, shedding": past an opening adverbial.)
  if (OPENING_ADVERBIALS.has(t[start]?.norm ?? "")) {
    for (let k = start + 1; k < Math.min(and, start + OPENING_ADVERBIAL_TOKENS); k++)
      if (t[k]?.norm === ",") {
        start = k + 1;
        break;
      }
  }
  const limit = Math.min(and, start + SHARED_SUBJECT_REACH);
  // ("Revenue more than tripled": the subject ends before the bound of its verb.)
  let end = -1;
  for (let k = start + 1; k < limit; k++) {
    const tok = t[k];
    if (legalFormPoint(t, k)) continue;
    // ("The state had received ...": an auxiliary ends the subject before its verb.)
    if (tok?.kind === "word" && HAD_FORMS.has(tok.norm) && isPastVerb(t[k + 1])) {
      if (end < 0) end = k;
      continue;
    }
    if (tok?.kind !== "word" || NP_STOPS.has(tok.norm)) return undefined;
    if (end < 0 && VERB_BOUNDS.has(tok.norm)) end = k;
    const named = t[k - 1]?.kind === "word" || legalFormPoint(t, k - 1);
    // ("The unit has 81.4 million subscribers and employs": a present verb of holding a count too.)
    // ("The energy sector was the weakest, falling 0.9 per cent": a rank the subject held; "Dangote Cement
    // led the gainers' chart, rising", "Kamoshita's shares hit their daily limit, rising": past tenses
    // that are also nouns elsewhere.)
    const verb =
      isPastVerb(tok) ||
      (SHARED_PAST.has(tok.norm) && tok.text === tok.norm && DETERMINER_WORDS.has(t[k + 1]?.norm ?? "")) ||
      ((THROUGHPUT.has(tok.norm) || COUNT_THROUGHPUT.has(tok.norm)) && tok.text === tok.norm) ||
      (RANK_BE.has(tok.norm) &&
        t[k + 1]?.norm === "the" &&
        (/est$/.test(t[k + 2]?.norm ?? "") || t[k + 2]?.norm === "top")) ||
      // ("Each sheet is 80mm square and costs about £1.90": a form of "be" that describes the subject.)
      (SHARED_BE.has(tok.norm) && tok.text === tok.norm && sharedBe(t, start, k, and));
    if (verb && named && !DETERMINER_WORDS.has(t[k - 1]?.norm ?? "")) {
      const np = trimmed(t, start, end < 0 ? k : end, isPeriodToken);
      // ("The company, which employs 8,200 people and operates 310 stores": no relative pronoun.)
      const first = t[np?.first ?? -1]?.norm ?? "";
      return np && !PRONOUN_WORDS.has(first) && !RELATIVES.has(first) ? np : undefined;
    }
  }
  return undefined;
}

/** Tokens back a sentence's start is looked for from a "but" in it. */
const BUT_REACH = 30;

/** Where the sentence holding token `k` starts, within BUT_REACH tokens; undefined past that. */
function sentenceStart(t: readonly Token[], k: number): number | undefined {
  for (let start = k; start >= 0 && k - start <= BUT_REACH; start--) {
    const prev = t[start - 1];
    if (start === 0 || t[start]?.lineStart) return start;
    if (prev && SENTENCE_ENDS.has(prev.norm) && !legalFormPoint(t, start - 1)) return start;
  }
  return undefined;
}

/**
 * Where the sentence holding token `k` starts, when it starts at most SHARED_SUBJECT_REACH tokens back;
 * undefined when it starts further back.
 */
function sentenceStartBefore(t: readonly Token[], k: number): number | undefined {
  for (let start = k; start >= 0 && k - start <= PARTICIPLE_REACH; start--) {
    const prev = t[start - 1];
    if (start === 0 || t[start]?.lineStart) return start;
    if (prev && SENTENCE_ENDS.has(prev.norm) && !legalFormPoint(t, start - 1)) return start;
  }
  return undefined;
}

const SENTENCE_ENDS = new Set([".", "!", "?"]);

/** Words of a change's direction set off after a comma: ", down nearly 20%", ", up 3.2%". */
const SET_OFF_DIRECTIONS = new Set(["up", "down", "higher", "lower"]);

/** The comma before a direction right before `qualifierStart` (", down nearly 20%"), or undefined. */
function setOffDirection(t: readonly Token[], qualifierStart: number): number | undefined {
  const direction = qualifierStart - 1;
  if (!SET_OFF_DIRECTIONS.has(t[direction]?.norm ?? "")) return undefined;
  return t[direction - 1]?.norm === "," ? direction - 1 : undefined;
}

/** A "that" or a word of speech between tokens `from` and `to`: a reported clause opens there. */
function reportedClauseBetween(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REPORTING.has(t[k]?.norm ?? "")) return true;
  return false;
}

/** Words that open a reported clause: "estimated that", "said". */
const REPORTING = new Set(["that", "said", "says", "estimated", "expects", "expected", "forecast"]);
/** Tokens back from a participle's comma to its sentence's start: "The Australian dollar has also benefited from the hunt for yield,". */
const PARTICIPLE_REACH = 16;

/** The point at `k` glues a capitalized name to a web domain: "Amazon.com", "JD.com". */
function domainPoint(t: readonly Token[], k: number): boolean {
  return webDomainPoint(t, k) && isCapitalized(t[k - 1]);
}

/** Verbs of making a count: "produced 2,08,342 vehicles", "assembled 41,000 cars". */
const MAKING: ReadonlySet<string> = new Set(MAKING_VERBS);
const SELLING: ReadonlySet<string> = new Set(["sold", "sells"]);

/** Words before a verb of making that name no maker: "and produced", "but produced", "to produce". */
const MAKER_STOPS: ReadonlySet<string> = new Set(["to", "and", "but", "or", "also", "yet"]);
/** Adverbs between a maker and its verb: "currently supports", "now employs", "also issued". */
const MAKER_ADVERBS: ReadonlySet<string> = new Set(["currently", "now", "also", "still", "already", "since"]);
/** Adverbs of a sale that name no seller: "has forward sold", "had net sold", "pre-sold". */
const SALE_ADVERBS: ReadonlySet<string> = new Set(["forward", "net", "pre", "short"]);
/** Securities a seller issues: the count counts them ("Al-Nakheel sold 90 million shares"). */
const ISSUED_UNITS: ReadonlySet<string> = new Set(["shares", "bonds", "notes", "bills", "securities"]);

/**
 * The count after the verb of making at `verbAt` is its maker's: a count unit, no content after "of", and
 * a noun right before the verb or its auxiliaries ("the industry had produced 412,000 vehicles"; not
 * "and produced", "it produced").
 */
function madeCount(t: readonly Token[], verbAt: number, fig: FigureTokens): boolean {
  if (fig.kind !== "QUANTITY" || fig.unitFirst === undefined) return false;
  if (t[fig.unitLast ?? fig.last]?.norm === "of" || t[fig.last]?.norm === "of") return false;
  // ("having added 70 stores worldwide": a participle's maker is further back.)
  if (t[verbAt - 1]?.norm === "having") return false;
  const unit = t[fig.unitFirst]?.norm ?? "";
  // ("Petra sold 512,000 tonnes": a measure made or sold with no content after it is the maker's too.)
  if (TEMPERATURE_HEADS.has(unit)) return false;
  if (SELLING.has(t[verbAt]?.norm ?? "")) {
    const head = t[(fig.unitLast ?? fig.unitFirst + 1) - 1]?.norm ?? "";
    if (ISSUED_UNITS.has(head) || SALE_ADVERBS.has(t[verbAt - 1]?.norm ?? "") || t[verbAt - 1]?.norm === "-")
      return false;
  }
  let k = verbAt - 1;
  // ("The charity said it currently supports 2,800 projects": past an adverb too.)
  while (
    k > 0 &&
    (AUXILIARIES.has(t[k]?.norm ?? "") || MODALS.has(t[k]?.norm ?? "") || MAKER_ADVERBS.has(t[k]?.norm ?? ""))
  )
    k--;
  // ("The London-listed miner, which owns Cullinan, sold 512,000 carats": the maker before the aside.)
  if (t[k]?.norm === "," && k === verbAt - 1) {
    const aside = relativeClauseStart(t, k) ?? appositionStart(t, k, Math.max(0, k - SPAN_LIMIT));
    if (aside !== undefined) k = aside - 1;
  }
  const maker = t[k];
  // ("Rogers Communications Inc. added 96,000": a name that ends in its legal form's point.)
  if (legalFormPoint(t, k)) return true;
  // ("Steingraeber, which builds fewer than 100 grand pianos a year": the name the relative clause is on.)
  // (Not an amount's last word: "costing about 450 million euros, which will produce".)
  if (maker?.norm === "which" && t[k - 1]?.norm === ",")
    return t[k - 2]?.kind === "word" && t[k - 3]?.kind !== "num" && !SCALE.has(t[k - 3]?.norm ?? "");
  return (
    maker?.kind === "word" &&
    (!PRONOUN_WORDS.has(maker.norm) || sayerBefore(t, k) !== undefined) &&
    !NP_STOPS.has(maker.norm) &&
    !RELATIVES.has(maker.norm) &&
    !MAKER_STOPS.has(maker.norm)
  );
}

/** Verbs of expecting before "to" and a maker's verb: "expects to produce". */
const EXPECTING = new Set([
  "expects",
  "expected",
  "expect",
  "aims",
  "aimed",
  "aim",
  "intends",
  "intended",
  "targets",
]);

/**
 * Words before "to" whose subject means to reach a count, not reaches it: "aims to reach 50 million" (not
 * a passive: "Sales are expected to reach").
 */
const INTENDING = new Set([
  "expects",
  "expect",
  "aims",
  "aimed",
  "aim",
  "intends",
  "targets",
  "plans",
  "plan",
  "planned",
  "hopes",
  "hope",
  "wants",
  "want",
  "seeks",
  "seek",
  "target",
  "targeted",
  "needs",
  "need",
  "able",
  "trying",
  "try",
  "tries",
  "bid",
  "effort",
  "push",
  "drive",
  "campaign",
  "goal",
  "ambition",
]);

/** Verbs of receiving: a place that receives rain or water is no carrier ("Gujarat received 412 mm of rain"). */
const RECEIVING = new Set(["received", "receives"]);
/** What a holder employs, processes or hosts: no traffic whose unit alone names it. */
const HOLDING = new Set(HOLDING_VERBS);
/** Verbs of owning a count: "Arm had about 8,300 employees", "Thames Water has around 8,000 employees". */
const OWNING = new Set(OWNING_VERBS);

/**
 * What the verb at `verbAt` takes is no count its subject carries: a measure a subject received ("412 mm
 * of rain", "750,000 cubic metres of water a day"); or, after a verb of owning, a bare number, a measure, a
 * rate ("2.9 hospital beds per 1,000 people"), a count of what "of" names ("98 bcf of gas") or one had by a
 * pronoun ("it had 8,500 drivers on its platform"); after a verb of employing, processing or hosting, only
 * one a pronoun holds ("We now process more than 1 billion transactions a month").
 */
function notCarried(t: readonly Token[], verbAt: number, fig: FigureTokens): boolean {
  const verb = t[verbAt]?.norm ?? "";
  const owner =
    t[verbAt - 1]?.norm === "now" || t[verbAt - 1]?.norm === "currently" ? verbAt - 2 : verbAt - 1;
  // ("We now process more than 1 billion transactions a month", "said it had processed 278,000 e-visas": a
  // pronoun holds no count of its own.)
  if (HOLDING.has(verb)) {
    let k = owner;
    while (k > 0 && (AUXILIARIES.has(t[k]?.norm ?? "") || MODALS.has(t[k]?.norm ?? ""))) k--;
    const holder = t[k];
    // ("The first train, whose budget ballooned ..., processes about 115,000 bpd", "Wincanton, now owned by
    // GXO, employs about 20,000 people": the holder is before the aside the comma closes.)
    if (closesAside(t, k)) return false;
    // ("has 81.4 million subscribers, employs about 2,100 people": a list of verbs shares its subject.)
    if (holder?.norm === "," && figureEndsAt(t, k)) return false;
    return holder?.kind !== "word" || OWNER_PRONOUNS.has(holder.norm);
  }
  if (fig.unitFirst === undefined) return OWNING.has(verb);
  const unit = t[fig.unitLast === undefined ? fig.unitFirst : fig.unitLast - 1]?.norm ?? "";
  const measure = MEASURE_UNIT_WORDS.has(unit) || MEASURE_UNIT_WORDS.has(t[fig.unitFirst]?.norm ?? "");
  if (RECEIVING.has(verb)) return measure;
  if (!OWNING.has(verb)) return false;
  // ("and had about 80,000 active Dashers", "MONUSCO, has about 11,000 troops": the owner is further back.)
  const ownerTok = t[owner];
  const after = t[fig.unitLast ?? fig.unitFirst + 1]?.norm;
  if (measure || after === "of" || after === "per") return true;
  // ("Carnival Australia, the local arm of the world's largest cruise company, has 10 ships": the owner is
  // before the aside the comma closes, as a holder's.)
  if (closesAside(t, owner)) return false;
  return (
    ownerTok?.kind !== "word" ||
    ownerTok.norm === "and" ||
    (OWNER_PRONOUNS.has(ownerTok.norm) && sayerBefore(t, owner) === undefined)
  );
}

/** The comma at `k` closes a relative clause or an apposition: "Wincanton, now owned by GXO, employs". */
function closesAside(t: readonly Token[], k: number): boolean {
  return (
    t[k]?.norm === "," &&
    (relativeClauseStart(t, k) ?? appositionStart(t, k, Math.max(0, k - SPAN_LIMIT))) !== undefined
  );
}

/** Prepositions a name after a noun may stand after: "an offering on the Dubai Financial Market". */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "at", "of", "for", "from"]);
/** Words of a name after such a preposition, at most. */
const NAME_REACH = 5;

/**
 * The preposition before a capitalized name that ends right before `e` ("on the Dubai Financial
 * Market"), when a noun stands before the preposition; undefined otherwise.
 */
function nameAfterPreposition(t: readonly Token[], e: number): number | undefined {
  let k = e - 1;
  while (k > e - 1 - NAME_REACH && isCapitalized(t[k]) && !t[k]?.lineStart) k--;
  if (k === e - 1) return undefined;
  if (t[k]?.norm === "the") k--;
  const noun = t[k - 1];
  if (!NAME_PREPOSITIONS.has(t[k]?.norm ?? "") || noun?.kind !== "word" || noun.text !== noun.norm)
    return undefined;
  return k;
}

/**
 * An amount ends right before the comma at `comma` ("Rp 118.6 trillion, which grew"), not a number of a
 * name ("the FTSE 100, which", "UAW Local 1421, which").
 */
function amountEndsAt(t: readonly Token[], comma: number): boolean {
  const last = t[comma - 1];
  if (last?.kind === "num") return !isCapitalized(t[comma - 2]);
  return AMOUNT_END.has(last?.norm ?? "") && t[comma - 2]?.kind === "num";
}

/** Words before a "that" that opens what is said or meant, no relative clause: "said that", "so that". */
const THAT_OPENERS: ReadonlySet<string> = new Set([
  ...SAYING,
  "so",
  "such",
  "now",
  "given",
  "means",
  "shows",
  "showed",
]);

/**
 * "that" or "which" at `k` opens a relative clause on the noun before it ("a net interest margin that
 * widened"), not what a verb reports ("said that exports rose").
 */
function restrictivePronoun(t: readonly Token[], k: number): boolean {
  const pronoun = t[k]?.norm;
  const noun = t[k - 1];
  if ((pronoun !== "that" && pronoun !== "which") || noun?.kind !== "word") return false;
  if (THAT_OPENERS.has(noun.norm) || isPastVerb(noun) || PRONOUN_WORDS.has(noun.norm)) return false;
  if (NP_STOPS.has(noun.norm)) return false;
  // ("plans to bring that down to": a verb must follow the pronoun.)
  const verb = t[k + 1];
  const norm = verb?.norm ?? "";
  return (
    verb?.kind === "word" &&
    (isPastVerb(verb) || AUXILIARIES.has(norm) || MODALS.has(norm) || /^[a-z]{3,}s$/.test(verb.text))
  );
}

/** Tokens a figure's unit may run before the comma after it: "81.4 million mobile subscribers,". */
const UNIT_REACH = 4;

/** Whether a number stands within a unit's reach before the comma at `comma`. */
function figureEndsAt(t: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= Math.max(0, comma - UNIT_REACH); k--) {
    const tok = t[k];
    // ("Acme, founded in 1972, employs 3,800 people": a year ends an aside, no figure.)
    if (tok?.kind === "num") return !isYearToken(tok);
    if (tok?.kind !== "word") return false;
  }
  return false;
}

/** Pronouns that own a count in a clause of speech: "it had", "We had" (its unit says what it counts). */
const OWNER_PRONOUNS = new Set(["it", "we", "they", "i", "he", "she", "you"]);

/** "said it carried 1.9 million passengers": with no carrier named, the traffic's unit is what it counts. */
function carriedUnit(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  if (fig.kind !== "QUANTITY" || fig.unitFirst === undefined || fig.unitFirst < fig.first) return undefined;
  const k = pastRecordWords(t, qualifierStart - 1);
  if (!trafficVerb(t[k]?.norm ?? "", fig)) return undefined;
  // ("when it shipped 72.2Mt", "had shipped 142,500 tons", "1.9 million WMT", "it shipped 94.4 million tonnes
  // of iron ore": a measure is no noun of what is counted; what it is "of" names that.)
  const unit = t[fig.unitFirst];
  if (!unit?.spaceBefore || /^[A-Z]+s?$/.test(unit.text) || MEASURE_UNIT_WORDS.has(unit.norm))
    return t[fig.last]?.norm === "of" ? phraseAfter(t, fig.last + 1, isPeriodToken, true) : undefined;
  // ("will be able to process 40,000 orders a day": what is processed keeps its rate.)
  if (HOLDING.has(t[k]?.norm ?? "")) return { first: fig.unitFirst, last: fig.last, anaphor: false };
  // ("where it runs eight medical centres": the unit keeps the words that qualify it.)
  const first = unitModifiersFrom(t, fig.first, fig.unitFirst);
  return { first, last: fig.unitLast ?? fig.unitFirst + 1, anaphor: false };
}

/** "which produces 2 million barrels a day": with no clause subject, a flow's unit is what it counts. */
function flowUnit(t: readonly Token[], fig: FigureTokens): SubjectHit | undefined {
  const head = fig.unitFirst === undefined ? "" : (t[fig.unitFirst]?.norm ?? "");
  if (fig.kind !== "QUANTITY" || fig.unitFirst === undefined || (head !== "barrels" && head !== "barrel"))
    return undefined;
  return { first: fig.unitFirst, last: fig.last, anaphor: false };
}

/**
 * Where the words that qualify a count's unit noun inside the figure start ("3,412 cholera cases", "19
 * health workers", "300 million weekly users": the subject keeps them); past the number and its scale.
 */
function unitModifiersFrom(t: readonly Token[], first: number, unitFirst: number): number {
  let k = unitFirst;
  while (k - 1 > first) {
    const tok = t[k - 1];
    // ("38 one-star restaurants", "2.45 million 8-inch wafers": a dash compound is one modifier, whatever
    // its first part.)
    if (tok?.norm === "-" && t[k - 2]?.end === tok.start && k - 2 > first) {
      k -= 2;
      continue;
    }
    // ("12 Bell AH-1Z attack helicopters", "14 JF-17 Block III aircraft", "152 K9PL howitzers": a model's
    // code, letters and digits glued into one word.)
    const code = modelCodeStart(t, k - 1, first) ?? makersNumber(t, k - 1, first);
    if (code !== undefined) {
      k = code;
      continue;
    }
    const numeric =
      SCALE.has(tok?.norm ?? "") ||
      ONE.has(tok?.norm ?? "") ||
      TEN.has(tok?.norm ?? "") ||
      (ATTACHED_SCALE.has(tok?.norm ?? "") && !tok?.spaceBefore) ||
      COUNT_WORDS.has(tok?.norm ?? "") ||
      // ("two and a half octaves": the half is of the number.)
      (tok?.norm === "half" && t[k - 2]?.norm === "a" && t[k - 3]?.norm === "and");
    if (tok?.kind !== "word" || numeric) break;
    k--;
  }
  return k;
}

const COUNT_WORDS: ReadonlySet<string> = new Set(COUNT_NOT_KIND_WORDS);

/**
 * The participle at `k` after a determiner or a possessive describes the noun after it ("The DND's proposed
 * budget", "the estimated cost"), not "that send".
 */
function describingParticiple(t: readonly Token[], k: number): boolean {
  const before = t[k - 1];
  return (
    /(?:ed|en)$/.test(t[k]?.norm ?? "") &&
    before?.norm !== "that" &&
    (DETERMINER_WORDS.has(before?.norm ?? "") || /['’]s$/.test(before?.text ?? ""))
  );
}

/**
 * Where a maker's model number that ends at token `last` starts: "40 Boeing 737 MAX jets", "72 Boeing
 * 787-9 jets" (digits, and what is glued to them, after a capitalized maker); undefined for none.
 */
function makersNumber(t: readonly Token[], last: number, first: number): number | undefined {
  let start = last;
  while (start - 1 > first && t[start] !== undefined && !t[start]?.spaceBefore) start--;
  const number = t[start];
  if (number?.kind !== "num" || !/^\d{3,4}$/.test(number.text) || start - 1 <= first) return undefined;
  return isCapitalized(t[start - 1]) ? start : undefined;
}

/**
 * Where the model code that ends at token `last` starts: a run of tokens glued together, with a digit
 * and a letter ("AH-1Z", "J-10CE", "K9PL"), after `first`; undefined for no such run.
 */
function modelCodeStart(t: readonly Token[], last: number, first: number): number | undefined {
  let start = last;
  while (start - 1 > first && t[start] !== undefined && !t[start]?.spaceBefore) start--;
  if (start === last) return undefined;
  const code = t
    .slice(start, last + 1)
    .map((x) => x.text)
    .join("");
  return /\d/.test(code) && /\p{L}/u.test(code) ? start : undefined;
}

/**
 * The count after the verb at `verbAt` is one of `units` a name right before the verb holds by one of
 * `verbs` ("recorded 1.12 million visitors", "won 47 seats"): not after a pronoun ("it recorded 82 crore
 * customer visits" keeps its unit), a comma or "and" (", and took 152 seats": the holder is further back);
 * `aside`: a comma may close an aside after the holder ("Kaziranga National Park, meanwhile, recorded").
 */
function heldBefore(
  t: readonly Token[],
  verbAt: number,
  fig: FigureTokens,
  verbs: ReadonlySet<string>,
  units: ReadonlySet<string>,
  aside = false,
): boolean {
  const holder = t[verbAt - 1];
  if (!holder || (holder.kind !== "word" && !(aside && holder.norm === ","))) return false;
  return (
    verbs.has(t[verbAt]?.norm ?? "") &&
    units.has(t[fig.unitLast === undefined ? -1 : fig.unitLast - 1]?.norm ?? "") &&
    !OWNER_PRONOUNS.has(holder.norm) &&
    !CLAUSE_JOINS.has(holder.norm) &&
    holder.norm !== "and"
  );
}

/** Words of a noun phrase a figure set off by commas may restate, at most: "The largest single fine". */
const RESTATED_WORDS = 6;

/**
 * The noun phrase that opens the clause when the figure is set off by commas right after it ("The largest
 * fine, Rs426.5 million, was"): no verb, preposition, period or adverb in it, opened by a determiner, a
 * possessive or a capitalized word.
 */
function restatedOpening(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const comma = qualifierStart - 1;
  if (t[comma]?.norm !== "," || t[fig.last]?.norm !== "," || comma - clauseStart < 1) return undefined;
  if (comma - clauseStart > RESTATED_WORDS) return undefined;
  for (let k = clauseStart; k < comma; k++) {
    const tok = t[k];
    if (
      tok?.kind !== "word" ||
      isPeriodToken(k) ||
      PREPOSITION_WORDS.has(tok.norm) ||
      BE_FORMS.has(tok.norm) ||
      AUXILIARIES.has(tok.norm) ||
      isPastVerb(tok) ||
      /(?:ly|ing)$/.test(tok.norm)
    )
      return undefined;
  }
  const opener = t[clauseStart];
  if (!DETERMINER_WORDS.has(opener?.norm ?? "") && !isCapitalized(opener)) return undefined;
  return trimmed(t, clauseStart, comma, isPeriodToken);
}

function subjectBefore(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
  giving = false,
): SubjectHit | undefined {
  // A quantity measures its unit noun and what qualifies it: "enterprises with the participation of ...";
  // a measure ("44C", "2,387 feet", "14,100 megawatts") measures what "of" names or the clause's subject.
  // "Factory employment fell 23,000 jobs", "The Dow rose 533 points": after a verb that changes its own
  // subject, a count measures that subject, not its unit ("cut 3,000 jobs" still counts jobs).
  const own = t[qualifierStart - 1]?.norm === "by" ? qualifierStart - 2 : qualifierStart - 1;
  // "The largest fine, Rs426.5 million, was imposed", "The bulk, about €1.2 billion, is held": set off
  // after the noun phrase that opens the clause, the figure restates it.
  const restated = restatedOpening(t, fig, qualifierStart, clauseStart, isPeriodToken);
  if (restated) return restated;
  // "China was the largest source market with 6.7 million visitors": what holds the rank.
  const holder =
    rankedHolder(t, qualifierStart, clauseStart, isPeriodToken) ??
    placeHolder(t, qualifierStart, clauseStart, isPeriodToken) ??
    contestHolder(t, qualifierStart, clauseStart, isPeriodToken) ??
    standingsHolder(t, qualifierStart, clauseStart, isPeriodToken) ??
    withHolder(t, qualifierStart, clauseStart, isPeriodToken) ??
    listedMover(t, qualifierStart, isPeriodToken);
  if (holder) return holder;
  // "Exports fell to 3.1 million bags", "Stocks stood at 2.4 million barrels": the level a subject reached
  // measures that subject.
  // ("rose to a record 83,524 vehicles": past the words of the level.)
  const linkAt = pastRecordWords(t, qualifierStart - 1);
  const link = t[linkAt]?.norm;
  const verb = t[linkAt - 1]?.norm ?? "";
  const levelOf =
    (link === "to" && (INTRANSITIVE_CHANGES.has(verb) || UP_VERB.has(t[linkAt - 2]?.norm ?? ""))) ||
    (link === "at" &&
      (INTRANSITIVE_CHANGES.has(verb) || LEVEL_AT_VERBS.has(verb) || STEADY_AT_WORDS.has(verb))) ||
    // ("India accounted for 14,980 permits": the part a subject accounts for is its own count.)
    (link === "for" && ACCOUNTING.has(verb)) ||
    // ("Phone scams made up 9,870 cases": the part a subject makes up.)
    (link === "up" && MAKE_FORMS.has(verb)) ||
    (link === "with" && endedPeriodWith(t, linkAt, isPeriodToken));
  // "Renault's sales reached 1.1 million units", "Deliveries totaled 48,300 vehicles": a count a subject
  // reaches measures that subject; so does the traffic it carries ("Jakarta's MRT carried a record 43.2
  // million passengers", "The port handled 5.4 million containers").
  // ("aid convoys reached 1.2 million people", "aims to reach 50 million children": whom it reached.)
  // ("Maruti Suzuki India produced 2,08,342 vehicles": what a maker turns out is its own count; not "of"
  // a content, "produced 1.2 million tonnes of copper".)
  const produced = MAKING.has(link ?? "") && madeCount(t, linkAt, fig);
  // ("Muzium Negara recorded 1.12 million visitors": the visitors a place records are its traffic; "The DA
  // controls 31 councils", "Labour won 412 seats": the seats or votes a party won are its own.)
  const held =
    heldBefore(t, linkAt, fig, RECORDING, TRAFFIC, true) || heldBefore(t, linkAt, fig, WINNING, ELECTORAL);
  const reachAt = REACHING.has(link ?? "")
    ? qualifierStart - 1
    : (trafficVerb(link ?? "", fig) && !notCarried(t, linkAt, fig)) || produced || held
      ? linkAt
      : qualifierStart < fig.first && REACHING.has(t[qualifierStart]?.norm ?? "")
        ? qualifierStart
        : -1;
  const reached =
    reachAt >= 0 &&
    // ("IndiHome now has 9.6 million customers", "The kingdom hosts 2.7 million Pakistani workers": whom
    // it has, employs or hosts is its own count.)
    // ("The hospital handles 1,200 patients a day": the people a place handles or serves are its traffic.)
    (!RECIPIENT.has(t[fig.unitFirst ?? -1]?.norm ?? "") ||
      produced ||
      OWNING.has(t[reachAt]?.norm ?? "") ||
      HOLDING.has(t[reachAt]?.norm ?? "") ||
      trafficVerb(t[reachAt]?.norm ?? "", fig)) &&
    // ("There were 50 operators": what is counted, not a subject's level.)
    t[reachAt - 1]?.norm !== "there" &&
    ((!MODALS.has(t[reachAt - 1]?.norm ?? "") && t[reachAt - 1]?.norm !== "to") ||
      // ("received $7.6 billion ..., enough to serve about 6.9 million participants": no subject serves.)
      (trafficVerb(t[reachAt]?.norm ?? "", fig) && t[reachAt - 2]?.norm !== "enough") ||
      // ("expects domestic air conditioner sales to reach about 2.9 million units", "Sales are expected to
      // reach 3 million units": a noun or a passive of expecting before "to"; not "aims to reach").
      // ("the aim was to reach": an aim's "to"; "to reach 160 tonnes of gold equivalent": a measure of a
      // content, which the content names.)
      (t[reachAt - 1]?.norm === "to" &&
        REACHING.has(t[reachAt]?.norm ?? "") &&
        t[reachAt - 2]?.kind === "word" &&
        !INTENDING.has(t[reachAt - 2]?.norm ?? "") &&
        !BE_FORMS.has(t[reachAt - 2]?.norm ?? "") &&
        !(t[fig.last]?.norm === "of" && MEASURE_UNIT_WORDS.has(t[fig.unitFirst ?? -1]?.norm ?? ""))) ||
      // ("expects to produce 30 million doses", "aims to produce 150,000 vehicles a year": what a maker
      // expects to turn out is its own count too; not "capacity to produce", "unveiled plans to shed".)
      (produced && t[reachAt - 1]?.norm === "to" && EXPECTING.has(t[reachAt - 2]?.norm ?? "")));
  const selfChange = INTRANSITIVE_CHANGES.has(t[own]?.norm ?? "") || levelOf || reached;
  // "reported October sales of 307,133 units", "an annual capacity of 150,000 vehicles": the noun the count
  // is of names what it measures (read below as "NP of FIGURE").
  const measuredOf =
    t[qualifierStart - 1]?.norm === "of" && MEASURED_NOUNS.has(t[qualifierStart - 2]?.norm ?? "");
  // "raised its sales forecast to 19 million units": the object of a verb that moves a level.
  // ("Analysts put domestic AC sales at about 950,000 units": what a valuing verb sets at the count.)
  const moved =
    fig.kind === "QUANTITY" && !selfChange
      ? (objectBefore(t, qualifierStart, clauseStart, isPeriodToken, true) ??
        valuedObject(t, qualifierStart, clauseStart, isPeriodToken))
      : undefined;
  if (moved) return moved;
  if (fig.kind === "QUANTITY" && fig.unitFirst !== undefined && !selfChange && !measuredOf) {
    // "88 of the 150 seats", "31 and 12 seats": a unit shared with the figure after counts the same thing.
    if (fig.unitFirst >= fig.last)
      return { first: fig.unitFirst, last: fig.unitLast ?? fig.unitFirst + 1, anaphor: false };
    let end = fig.last;
    const of = t[end];
    if (of?.norm === "of") {
      // "500 members of staff left": a past tense ends the phrase.
      const np = phraseAfter(t, end + 1, isPeriodToken, true);
      // "1.2 million barrels of oil" measures the oil; "14 areas of Sudan" counts areas (of Sudan).
      const unitHead = t[fig.unitFirst]?.norm ?? "";
      const counts = !MEASURE_UNIT_WORDS.has(unitHead) && !CONTAINERS.has(unitHead) && fig.unitLast === end;
      if (np && counts && np.first === end + 1)
        return { first: fig.unitFirst, last: np.last, anaphor: false };
      if (np) return np;
    }
    // "1.6 million barrels per day": a flow of a commodity measures what flows ("500 cars a day" counts cars).
    let rate = false;
    for (let k = fig.unitFirst + 1; k < fig.last; k++)
      if (["per", "a", "an"].includes(t[k]?.norm ?? "")) rate = true;
    const head = t[fig.unitFirst]?.norm ?? "";
    // "The index lost 200 points", "closed 120 points lower": points measure what moved.
    const measure =
      MEASURE_UNIT_WORDS.has(head) ||
      // ("10.3 million twenty-foot equivalent units": TEU written out.)
      containerUnitAt(t, fig.unitFirst) !== undefined ||
      // "an annual mean of 28.2 deg C", "57.9 F": a temperature's scale.
      TEMPERATURE_HEADS.has(head) ||
      // "1,930 parts per billion": a concentration measures what it is of.
      (rate && head === "parts") ||
      POINT_WORDS.has(head) ||
      (rate && (head === "barrels" || head === "barrel"));
    if (!measure) {
      if (of && ["with", "in", "from", "at", "for", "on"].includes(of.norm) && !isPeriodToken(end + 1)) {
        const np = phraseAfter(t, end + 1, isPeriodToken);
        if (np) end = np.last;
      }
      return {
        first: unitModifiersFrom(t, fig.first, fig.unitFirst),
        last: Math.max(end, fig.unitLast ?? end),
        anaphor: false,
      };
    }
  }
  // "announced a $10 million relief package", "her $240,000 retirement savings": money before its noun.
  // "a new $3 billion loan programme": one adjective may stand between the determiner and the money.
  // ("a one-time $250 payment", "a four-year, $1.9-billion agreement": a hyphenated adjective too.)
  const comma = t[qualifierStart - 1]?.norm === "," ? 1 : 0;
  const hyphenated =
    gluedHyphen(t, qualifierStart - 2 - comma) && t[qualifierStart - 3 - comma]?.kind !== "sym"
      ? 3 + comma
      : 0;
  const adjective = MONEY_ADJECTIVES.has(t[qualifierStart - 1]?.norm ?? "") ? 1 : hyphenated;
  const owner = t[qualifierStart - 1 - adjective]?.norm ?? "";
  // "the EU's €105m migration deal": a possessive determines the noun too; so does an "over" that names a
  // case, not a bound ("arraigns five bank workers over N2.3bn fraud").
  if (
    fig.kind === "MONEY" &&
    (MONEY_DETERMINERS.has(owner) || owner.endsWith("'s") || owner.endsWith("’s") || owner === "over")
  ) {
    // ("a 17.7 trillion yen ($116 billion) extra budget": past the conversion.)
    const noun = nounAfter(
      t,
      t[fig.last]?.norm === "(" ? pastParentheses(t, fig.last) : fig.last,
      isPeriodToken,
      true,
    );
    // ("jailed over Dh38 million embezzled from dormant accounts": a participle after the money is no noun.)
    const participle = noun && noun.last - noun.first === 1 && isParticiple(t[noun.first]?.norm ?? "");
    if (noun && !(owner === "over" && participle)) return noun;
  }
  // "The council approves $412 million budget", "Crown posts $1.1 billion loss": with no determiner
  // (headline style), money right after a verb describes the noun that ends its clause.
  // So does a percentage ("posts 5.8% third-quarter return", "eyes 6% dividend"), unless it is the change
  // of a verb ("fell 6% amid competition"), its noun one of change ("posts 5.1% growth") or a holding
  // ("owns 75% stakes in", "captured an 18% share of": the holder is the subject).
  // (A percentage only in a headline: "received 62% support", "voted 58.6 per cent against" in a body keep
  // the clause's subject.)
  const headlinePercent =
    fig.kind === "PERCENT" && !movesLevel(t[qualifierStart - 1]?.norm ?? "") && onHeadline(t, fig.last);
  if (fig.kind === "MONEY" || headlinePercent) {
    const noun = bareObject(t, fig.last, qualifierStart, isPeriodToken);
    const head = t[(noun?.last ?? 0) - 1]?.norm ?? "";
    if (noun && (fig.kind === "MONEY" || !(CHANGE_NOUN.has(head) || HOLDING_NOUNS.has(head)))) return noun;
  }
  // "holds $4 billion of infrastructure debt", "sold $750 million of sukuk", "has $800 million in cash":
  // money a verb takes as its object measures what it is of.
  if (fig.kind === "MONEY") {
    const content =
      moneyContent(t, fig, qualifierStart, isPeriodToken) ??
      destinationOf(t, fig, qualifierStart, isPeriodToken);
    if (content) return content;
  }
  // "a third of the index", "two-thirds of voters": a share measures what it is a share of; so does a
  // percentage that opens its clause ("Only 41% of third-graders passed"; not "reached 5% of GDP").
  const atClauseStart = qualifierStart <= clauseStart || SHARE_OPENERS.has(t[qualifierStart - 1]?.norm ?? "");
  // ("recycled a record 86.9 percent of PET bottles": past the words of a record.)
  const verbAt = pastRecordWords(t, qualifierStart - 1);
  const asObject = fig.kind === "PERCENT" && !atClauseStart && objectShare(t, verbAt);
  const share =
    (fig.kind === "NUMBER" && (fig.value ?? 1) < 1) || (fig.kind === "PERCENT" && atClauseStart) || asObject;
  if (share && t[fig.last]?.norm === "of") {
    // "45% of the 265 providers it monitors": the whole may be counted.
    const counted = countedWhole(t, fig.last + 1, isPeriodToken);
    if (counted) return counted;
    const np = phraseAfter(t, fig.last + 1, isPeriodToken, true);
    // "spend 36% of their income on rent", "source 60% of its electricity from a solar park": the verb's
    // complement is no part of the share's noun.
    if (np && asObject) {
      for (let k = np.first + 1; k < np.last; k++)
        if (COMPLEMENT_LINKS.has(t[k]?.norm ?? "")) {
          np.last = k;
          break;
        }
    }
    if (np && !cutByFigure(t, np)) return np;
  }
  // "One in five adults in Britain reported symptoms": a ratio measures the noun it counts in.
  const ratio = fig.kind === "NUMBER" && ["in", "out"].includes(t[fig.first + 1]?.norm ?? "");
  if (ratio && t[fig.last]?.kind === "word" && !RATIO_LINKS.has(t[fig.last]?.norm ?? "")) {
    const np = phraseAfter(t, fig.last, isPeriodToken, true);
    if (np) return np;
  }
  // "a 23% higher risk of dying early": the risk is what the percentage measures.
  if (RISK_ADJECTIVES.has(t[fig.last]?.norm ?? "") && RISK_NOUNS.has(t[fig.last + 1]?.norm ?? "")) {
    const np = phraseAfter(t, fig.last + 1, isPeriodToken);
    if (np) return np;
  }
  // "a 3.9% property tax increase", "a 5.5% pay rise": the words before the change noun name what changes.
  // ("a 27 per cent year-on-year rise in consolidated net profit": past the base after the figure.)
  const lead = pastBase(t, fig.last);
  const changeNoun = namedChangeNoun(t, qualifierStart, lead);
  let changed = lead;
  // ("a 5% annual rise", "P2,221 monthly raise": how often it changes names nothing that changes.)
  while (changeNoun !== undefined && changed < changeNoun && HOW_OFTEN.has(t[changed]?.norm ?? "")) changed++;
  if (changeNoun !== undefined && changed < changeNoun)
    return { first: changed, last: changeNoun, anaphor: false };
  // "a 5% rise in exports"
  const after = t[lead];
  if (after && CHANGE_NOUN.has(after.norm) && (t[lead + 1]?.norm === "in" || t[lead + 1]?.norm === "of")) {
    // "an 11.2% drop in third-quarter net profit": past the period that opens the phrase.
    let from = lead + 2;
    while (from < lead + 6 && isPeriodToken(from)) from++;
    const np = phraseAfter(t, from, isPeriodToken);
    if (np) return np;
  }
  // "a 7% royalty", "the bank's 3% target", "its flat 5% gold royalty": a percentage before its noun
  // measures that noun (a change noun after it measures what changed, above).
  if (
    fig.kind === "PERCENT" &&
    (MONEY_DETERMINERS.has(owner) || owner.endsWith("'s") || owner.endsWith("’s")) &&
    // "the economy grew at a 2.8% annual rate": the pace of the clause's subject.
    t[qualifierStart - 2 - adjective]?.norm !== "at" &&
    describedByPercent(t, fig.last)
  ) {
    const noun = nounAfter(t, fig.last, isPeriodToken);
    if (noun) return noun;
  }
  // "NP of FIGURE": "a budget of $5 million", "an increase of 5% in sales".
  if (t[qualifierStart - 1]?.norm === "of") {
    // ("expects earnings before interest and tax (EBIT) of": past an acronym in parentheses, which the
    // subject keeps.)
    const acronym = acronymBefore(t, qualifierStart - 1);
    const head = acronym !== undefined && acronym - 1 >= clauseStart ? acronym - 1 : qualifierStart - 2;
    const noun = t[head];
    // "pay hikes of 4%", "price increases of 5% to 8%": a plural change noun is read like a singular one.
    const plural =
      noun !== undefined &&
      pluralChangeNoun(noun.norm) !== undefined &&
      !CHANGE_NOUN.has(noun.norm) &&
      !(fig.kind === "MONEY" && MONEY_LEVEL_NOUNS.has(noun.norm));
    if (noun && (CHANGE_NOUN.has(noun.norm) || plural) && t[fig.last]?.norm === "in") {
      const np = phraseAfter(t, fig.last + 1, isPeriodToken);
      // ("growth of 31% in dollar terms": the terms it is measured in; what grew comes before.)
      if (np && t[np.last - 1]?.norm !== "terms") return np;
    }
    if (plural) return pluralChangeModifier(t, head, clauseStart);
    // ("Adjusted EBITDA was a loss of $5 million": what the sign is of, as "was $5 million" reads it.)
    if (noun && signedLevel(t, head))
      return subjectBefore(t, fig, head - 1, clauseStart, isPeriodToken, giving);
    if (noun && CHANGE_NOUN.has(noun.norm) && !(fig.kind === "MONEY" && MONEY_LEVEL_NOUNS.has(noun.norm))) {
      const changed = changeNounPhrase(t, head, clauseStart);
      // "plans a steeper increase of 4%": what changes is not named.
      if (changed === null) return undefined;
      if (changed) return changed;
      // "compared with a gain of 9% for the FTSE 100 index": what gained is named after the figure.
      const det = head - 1;
      if (COMPARING.has(t[det - 1]?.norm ?? "") && MONEY_DETERMINERS.has(t[det]?.norm ?? "")) {
        const np = ["for", "in"].includes(t[fig.last]?.norm ?? "")
          ? phraseAfter(t, fig.last + 1, isPeriodToken)
          : undefined;
        return np;
      }
    }
    if (
      noun &&
      noun.kind === "word" &&
      !["total", "sum", "amount", "tune", "excess", "maximum", "minimum", "majority"].includes(noun.norm) &&
      !heldShare(t, head) &&
      (!CHANGE_NOUN.has(noun.norm) || (fig.kind === "MONEY" && MONEY_LEVEL_NOUNS.has(noun.norm)))
    ) {
      // ("earnings before interest, tax, depreciation and amortisation (EBITDA) of": the words its acronym
      // spells are one noun, commas and all.)
      const spelled = acronym === undefined ? undefined : acronymSpelledFrom(t, acronym, clauseStart);
      let s = spelled ?? head;
      const limit = spelled === undefined ? head - 4 : spelled - 2;
      while (s - 1 >= clauseStart && s > limit) {
        const p = t[s - 1];
        // "a margin of error of", "the cost of living of": a noun made with "of" is one noun.
        if (
          p?.norm === "of" &&
          OF_COMPOUNDS.has(`${t[s - 2]?.norm} of ${t[s]?.norm}`) &&
          s - 2 >= clauseStart
        ) {
          s -= 2;
          continue;
        }
        // "an all-time low of", "a 52-week high of": a hyphenated word is one word.
        if (gluedHyphen(t, s - 1) && s - 2 >= clauseStart) {
          s -= 2;
          continue;
        }
        // ("value-added tax of": whatever its last part would be alone, a verb of change here.)
        if (gluedHyphen(t, s - 2) && t[s - 3]?.kind === "word" && s - 3 >= clauseStart) {
          s -= 3;
          continue;
        }
        // "will carry a list price of $1,049": the noun phrase opens at its determiner.
        if (DETERMINER_WORDS.has(t[s]?.norm ?? "")) break;
        // "adjusted diluted EPS of $3.85", "total debt of $2.1 billion": accounting words describe the noun;
        // "a return on equity of 12%": "on" inside a measure's name.
        if (p && (ACCOUNTING_WORDS.has(p.norm) || (p.norm === "on" && t[s - 2]?.norm === "return"))) {
          s--;
          continue;
        }
        // "its forecast of funds from operations of", "profit from continuing operations of": what "from"
        // names there is part of the measure's name.
        if (p?.norm === "from" && OPERATIONS_WORDS.has(t[s]?.norm ?? "") && t[s - 2]?.kind === "word") {
          s--;
          continue;
        }
        if (
          p?.kind !== "word" ||
          // ("Profit was R90 million after restructuring costs of": the amount before ends it.)
          (SCALE.has(p.norm) && t[s - 2]?.kind === "num") ||
          AUXILIARIES.has(p.norm) ||
          COMPARISON_WORDS.has(p.norm) ||
          (p.norm.endsWith("ed") && ["a", "an", "the"].includes(t[s]?.norm ?? "")) ||
          NP_STOPS.has(p.norm) ||
          // ("an assessed value of $250,000": after a determiner, an adjective.)
          (LEVEL_VERBS.has(p.norm) && !DETERMINER_WORDS.has(t[s - 2]?.norm ?? "")) ||
          CHANGE_VERB.has(p.norm) ||
          OBJECT_TAKING_VERBS.has(p.norm) ||
          PREPOSITION_STOPS.has(p.norm) ||
          ["with", "for", "in", "on"].includes(p.norm) ||
          // (", while withholding tax of 20 percent": a subordinator opens the clause; "Ebit before special
          // items of" is one noun.)
          (opensClause(t, s - 1) && p.norm !== "before" && p.norm !== "after") ||
          // "The company guided revenue of $5 billion", "Insurers charge premiums of 0.5%".
          takesObject(t, s - 1) ||
          // ", and adjusted earnings ... of": a comma and "and" open another item.
          (p.norm === "and" && t[s - 2]?.norm === ",") ||
          // "sales of 3.9 billion pounds and gold sales of": "and" after a figure joins another item.
          // ("cash and cash equivalents" is one phrase).
          (p.norm === "and" &&
            t[s]?.norm !== t[s - 2]?.norm &&
            t.slice(Math.max(0, s - 7), s - 1).some((x) => x.kind === "num"))
        )
          break;
        s--;
      }
      return trimmed(t, s, qualifierStart - 1, isPeriodToken);
    }
  }
  // "put the Greens on 14% and the Liberals on 31%": a poll's party before "on".
  if (fig.kind === "PERCENT" && t[qualifierStart - 1]?.norm === "on") {
    const party = partyOn(t, qualifierStart - 1, clauseStart);
    if (party) return trimmed(t, party, qualifierStart - 1, isPeriodToken);
  }
  // "raised interest rates by 25 basis points", "kept the repo rate unchanged at 6.5%": the object of a
  // verb that sets or moves a level is what the figure measures, not the clause subject.
  // "EDF put the cost of building six new EPR2 reactors at 72.8 billion euros": what is valued.
  const valued = valuedObject(t, qualifierStart, clauseStart, isPeriodToken);
  if (valued) return valued;
  // ("grew revenue 34 per cent": the object of a verb that moves it, with no "by".)
  const object =
    objectBefore(t, qualifierStart, clauseStart, isPeriodToken) ??
    (objectMover(t, qualifierStart, fig.last, isPeriodToken)
      ? objectBefore(t, qualifierStart, clauseStart, isPeriodToken, false, true)
      : undefined);
  if (object) return object;
  // "Passenger sales dropped the most, down nearly 20%": a change set off after a clause that has no figure
  // measures that clause's subject (one with a figure lends its own; see extract-figures.ts).
  const setOff = setOffDirection(t, qualifierStart);
  if (setOff !== undefined) {
    const start = sentenceStartBefore(t, setOff);
    const figureless =
      start !== undefined &&
      !t.slice(start, setOff).some((tok, i) => tok.kind === "num" && !isPeriodToken(start + i));
    const shared =
      figureless && !reportedClauseBetween(t, start, setOff)
        ? sharedSubject(t, start, setOff, isPeriodToken)
        : undefined;
    if (shared) return shared;
  }
  // The clause subject before the verb that governs the figure.
  // A verb qualifier ("exceeded 3 billion") is itself the verb.
  let v =
    qualifierStart < fig.first && LEVEL_VERBS.has(t[qualifierStart]?.norm ?? "")
      ? qualifierStart
      : qualifierStart - 1;
  let steps = 0;
  while (v >= clauseStart && steps < 4) {
    const tok = t[v];
    if (!tok) return undefined;
    // ("The capesize was sold to Chinese buyers for about $37.5 million", "The tower was bought by
    // Brookfield for": a passive sale's price, past its buyer or its seller.)
    const sold = tok.norm === "for" ? passiveSaleBefore(t, v, clauseStart) : undefined;
    if (sold !== undefined) {
      v = sold;
      break;
    }
    // "kept its 2027 Brent forecast at $68", "raised its growth forecast to 5.1%": a noun, not the verb.
    if (NOUN_VERBS.has(tok.norm) && isNounUse(t, v)) {
      v = -1;
      break;
    }
    // ("The dividend was maintained at 21 cents", "The rate was kept unchanged at 7.5pc": a passive of
    // keeping is the level verb of its subject.)
    if (KEPT.has(tok.norm) && BE_FORMS.has(t[v - 1]?.norm ?? "") && v < qualifierStart - 1) break;
    // "rose by a stronger-than-expected 0.6%": past the judgment of the figure.
    const judged = thanExpectedBefore(t, v);
    if (judged !== undefined) {
      v = judged;
      steps++;
      continue;
    }
    // "New loans fell more than expected to 220 billion yuan": past the comparison with forecasts.
    if (
      EXPECTATION_WORDS.has(tok.norm) &&
      t[v - 1]?.norm === "than" &&
      ["more", "less"].includes(t[v - 2]?.norm ?? "") &&
      CHANGE_VERB.has(t[v - 3]?.norm ?? "")
    ) {
      v -= 3;
      continue;
    }
    // "The increase works out to about $269", "levies to bring in N$480 million", "the runner-up will take
    // home US$260,000": the phrasal verb is the level's.
    // ("Top camels changed hands for Sh150,000": the idiom's verb is the price's.)
    if (
      (tok.norm === "out" && WORKING.has(t[v - 1]?.norm ?? "")) ||
      (tok.norm === "in" && BRINGING.has(t[v - 1]?.norm ?? "")) ||
      (tok.norm === "hands" && CHANGING.has(t[v - 1]?.norm ?? "") && PRICE_LINKS.has(t[v + 1]?.norm ?? "")) ||
      (tok.norm === "home" && TAKING.has(t[v - 1]?.norm ?? "") && v + 1 === qualifierStart)
    ) {
      v--;
      break;
    }
    // "would cost it about £320 million", "cost the carmaker 1.8 trillion won": past the verb's first object.
    // ("cost the industry $17m a year in export revenue": what it costs them, named after the money.)
    const costAt = costBefore(t, v, clauseStart);
    if (costAt !== undefined) {
      // ("owes the utility about Sh3.2 billion in unpaid bills": what a debtor owes measures the debtor.)
      const lost =
        fig.kind === "MONEY" && !OWING.has(t[costAt]?.norm ?? "")
          ? subjectAfter(t, fig, qualifierStart, clauseStart, isPeriodToken)
          : undefined;
      if (lost) return lost;
      v = costAt;
      break;
    }
    // ("NA passes Rs17.6tr budget", "Texas House passes $20 billion water plan", "budget passes with
    // two-thirds majority": a body passes a bill.)
    const passedBill =
      PASSING.has(tok.norm) &&
      (t.slice(fig.last, fig.last + 5).some((x) => BILL_WORDS.has(x.norm)) || t[v + 1]?.norm === "with");
    if (passedBill) return undefined;
    if (
      // ("raised the tax on hotel stays to 15%": "stays" before "to" is a noun; fares stay at a level.)
      ((LEVEL_VERBS.has(tok.norm) ||
        levelParticipleAfterNoun(t, v) ||
        presentWait(t, v) ||
        presentAverage(t, v, qualifierStart) ||
        chargedPrice(t, v, qualifierStart, fig.last) ||
        // ("Tata Motors sold 52,140 units": a seller's count; money sold measures what it bought. "The Home
        // Office issued 393,000 study visas": what a body grants or takes in.)
        (MAKING.has(tok.norm) && madeCount(t, v, fig))) &&
        !(STAYING.has(tok.norm) && t[v + 1]?.norm === "to") &&
        // (", totalling GH¢3.42 billion": set off, it is read below as a participle of the clause.)
        !(SET_OFF_PARTICIPLES.has(tok.norm) && t[v - 1]?.norm === ",")) ||
      // ("..., closing at N1,402.15": a level verb's participle right before "at".)
      // ("ended the year at 4.2%", "to end 2026 at": past the period the level closed.)
      (LEVEL_AT_VERBS.has(tok.norm) && t[pastPeriod(t, v + 1, isPeriodToken)]?.norm === "at") ||
      // ("ended September with 8.2 million subscribers".)
      (CLOSING_PERIOD.has(tok.norm) && t[pastPeriod(t, v + 1, isPeriodToken)]?.norm === "with") ||
      // "The first phase, costing about $1.6 billion,": set off, right before the money (not ", costing
      // the Treasury £2.8bn").
      (SET_OFF_PARTICIPLES.has(tok.text) && t[v - 1]?.norm === "," && v + 1 === qualifierStart) ||
      (trafficVerb(tok.norm, fig) && fig.kind !== "PERCENT" && !notCarried(t, v, fig)) ||
      // "Slaughter lambs brought $280 to $320 per hundredweight": what money a sale brings measures it (not
      // "to bring $56 billion a year in digital-asset flows": what comes in).
      (BROUGHT.has(tok.norm) &&
        fig.kind === "MONEY" &&
        v + 1 === qualifierStart &&
        t[fig.last]?.norm !== "in") ||
      // "A new Corolla now sells for around N55 million", "The versions are priced from $36,990".
      (PRICING.has(tok.norm) &&
        PRICE_LINKS.has(t[v + 1]?.norm ?? "") &&
        // ("drivers going at least 11 mph over the limit": a price goes "for".)
        (tok.norm !== "going" || t[v + 1]?.norm === "for") &&
        // ("Studio apartments rent for ¥120,000", not "the rent for 800 square metres", "paid rent for".)
        (tok.norm !== "rent" ||
          (t[v - 1]?.kind === "word" &&
            !DETERMINER_WORDS.has(t[v - 1]?.norm ?? "") &&
            !isPastVerb(t[v - 1]))) &&
        // ("hotel rooms priced above Rs 7,500": a participle after its noun describes it.)
        (tok.norm !== "priced" || BE_FORMS.has(t[v - 1]?.norm ?? ""))) ||
      (giving && GIVING.has(tok.norm)) ||
      CHANGE_VERB.has(tok.norm) ||
      // "is expected to peak at 78%", "could top $5,000".
      // ("will likely average 2.5%": an adverb between the modal and the verb.)
      (INFINITIVE_LEVELS.has(tok.norm) &&
        (MODALS.has(t[v - 1]?.norm ?? "") ||
          (/^[a-z]+ly$/.test(t[v - 1]?.text ?? "") && MODALS.has(t[v - 2]?.norm ?? "")))) ||
      // "The subsidy bill is budgeted at 75 billion pounds" (not "budgeted $5 million for ..."), "Coil was
      // offered at 13.9 million dong", "mills were running at 77.5% of capacity".
      (AT_LEVEL.has(tok.norm) && t[v + 1]?.norm === "at") ||
      // ("Harlow's shares trade at about 14 times": after a plural; not a noun, "retail trade at", nor an
      // infinitive, "before paring gains to trade at".)
      (tok.norm === "trade" && t[v + 1]?.norm === "at" && /[a-z]s$/.test(t[v - 1]?.text ?? "")) ||
      // ("Full-year revenue is expected at $6.66 billion": a passive estimate after a form of "be".)
      (ESTIMATED_AT.has(tok.norm) &&
        t[v + 1]?.norm === "at" &&
        (BE_FORMS.has(t[v - 1]?.norm ?? "") ||
          (BE_ADVERBS.has(t[v - 1]?.norm ?? "") && BE_FORMS.has(t[v - 2]?.norm ?? "")))) ||
      (QUALIFIER_WORDS.has(tok.norm) && tok.norm.endsWith("ed"))
    )
      break;
    // ("The tax on beer was cut on Oct. 1 to 54.25 yen", "fell in July to": past the time between the verb
    // and the level it reached.)
    const dated = pastTimeBeforeTo(t, v, qualifierStart, isPeriodToken);
    if (dated !== undefined && dated >= clauseStart) {
      v = dated;
      steps++;
      continue;
    }
    // ("earned on average 98,700 euros", "to reach a near-record $94 billion": past "on average" and the
    // "near" glued to a record.)
    const onAverage = tok.norm === "average" && t[v - 1]?.norm === "on";
    const nearRecord = tok.norm === "-" && t[v + 1]?.norm === "record" && t[v - 1]?.norm === "near";
    if ((onAverage || (nearRecord && gluedHyphen(t, v))) && v - 2 >= clauseStart) {
      v -= 2;
      steps++;
      continue;
    }
    // "Index funds took in £843mn": what a fund takes in measures it, the verb before "in"; so does what a
    // business turns over ("employed 18 people and turned over roughly $3.4m").
    const takenIn =
      (tok.norm === "in" && TAKING.has(t[v - 1]?.norm ?? "")) ||
      (tok.norm === "over" && TURNING.has(t[v - 1]?.norm ?? ""));
    if (
      !VERB_WALK_WORDS.has(tok.norm) &&
      // ("ended the year at 4.2%": the period a level closed stands between the verb and "at".)
      !closedPeriod(t, v, isPeriodToken) &&
      // "Debt is equivalent to 80% of GDP", "was equal to" (not "an equal 20 percent share").
      !(EQUALLING.has(tok.norm) && t[v + 1]?.norm === "to") &&
      // ("Duty on liquor was broadly unchanged at $690 million": an adverb of the state.)
      !(isAdverb(tok.norm) && STEADY.has(t[v + 1]?.norm ?? "")) &&
      // "The Social Democrats won with 58.3% of the vote", "Globoplay ended September with".
      !(tok.norm === "with" && LEVEL_VERBS.has(t[v - 1]?.norm ?? "")) &&
      !(tok.norm === "with" && endedPeriodWith(t, v, isPeriodToken)) &&
      // "Net profit came in at $1.6 billion".
      !(tok.norm === "in" && COMING.has(t[v - 1]?.norm ?? "")) &&
      !takenIn
    )
      return undefined;
    if (takenIn) {
      v--;
      break;
    }
    v--;
    steps++;
  }
  if (v < clauseStart) return undefined;
  // "... after gaining 0.1%", "while falling 2%": a participle clause has no subject of its own (the
  // figure before it in the sentence lends its subject; see extract-figures.ts).
  if (SUBORDINATORS.has(t[v - 1]?.norm ?? "") && (t[v]?.norm ?? "").endsWith("ing")) return undefined;
  // "Wage growth picked up to 4.3%": "up to" after such a verb is a rise; "Electric cars made up 21% of new
  // registrations": a share of what follows, measuring the subject.
  const upTo = t[v]?.norm === "up" && t[v + 1]?.norm === "to" && UP_VERB.has(t[v - 1]?.norm ?? "");
  const madeUp = t[v]?.norm === "up" && MAKE_FORMS.has(t[v - 1]?.norm ?? "");
  // "will free up 1 trillion yuan": the figure is what the phrasal verb acts on, not a level.
  if (t[v]?.norm === "up" && PHRASAL_HEADS.has(t[v - 1]?.norm ?? "") && !upTo && !madeUp) return undefined;
  if (madeUp) v--;
  // "Inflation edged up to 3.1%", "Cereal prices edged down 0.6%": "up"/"down" completes the verb before it.
  if (
    (t[v]?.norm === "up" || t[v]?.norm === "down") &&
    UP_VERB.has(t[v - 1]?.norm ?? "") &&
    v - 1 >= clauseStart
  )
    v--;
  // Back over auxiliaries: "has been", "will".
  let e = v;
  while (e - 1 >= clauseStart && AUXILIARIES.has(t[e - 1]?.norm ?? "")) e--;
  // "That compares with 110 cargoes and would cost the government $8 billion": a verb right after "and"
  // shares a subject named before, not the noun before "and".
  if (t[e - 1]?.norm === "and" && e - 1 > clauseStart && t[e - 2]?.kind !== "sym")
    return sharedSubject(t, clauseStart, e - 1, isPeriodToken);
  // "Riva has 81.4 million subscribers, employs about 2,100 people": a verb of holding after a figure and a
  // comma shares the subject of the clause before it.
  if (e === v && t[e - 1]?.norm === "," && HOLDING.has(t[v]?.norm ?? "") && figureEndsAt(t, e - 1)) {
    const start = sentenceStartBefore(t, e - 1);
    return start === undefined ? undefined : sharedSubject(t, start, e - 1, isPeriodToken);
  }
  // ("Revenues reached a record 43.6 billion euros in 2023 but dropped to 38.8 billion euros": "but"
  // opens a clause of its own, whose verb shares the sentence's subject.)
  // (Not "down 1.8 percent ... but up 3.1 percent": a past verb after "but".)
  if (t[e - 1]?.norm === "but" && e - 1 >= clauseStart - 1 && isPastVerb(t[e])) {
    const start = sentenceStart(t, e - 1);
    if (start !== undefined) return sharedSubject(t, start, e - 1, isPeriodToken);
  }
  // "Walmart Inc. bucked the trend, rising 3.2%", "The naira appreciated on Thursday, closing at
  // N1,402.15": a participle after a comma shares the subject of the clause before it.
  // (Not ", costing $145,000": a participle set off after its noun measures that noun, below.)
  if (
    e === v &&
    t[e - 1]?.norm === "," &&
    /^[a-z]{3,}ing$/.test(t[v]?.norm ?? "") &&
    t[v]?.norm !== "costing" &&
    (CHANGE_VERB.has(t[v]?.norm ?? "") ||
      LEVEL_VERBS.has(t[v]?.norm ?? "") ||
      LEVEL_AT_VERBS.has(t[v]?.norm ?? ""))
  ) {
    const start = sentenceStartBefore(t, e - 1);
    // (Not past a reported clause: "The foundation estimated that about 3,500 family firms would be
    // affected, rising to more than 4,000".)
    const reported = start !== undefined && reportedClauseBetween(t, start, e - 1);
    const shared =
      start === undefined || reported ? undefined : sharedSubject(t, start, e - 1, isPeriodToken);
    if (shared) return shared;
  }
  // ... and over what else stands between a subject and its verb: "are set to climb", "is forecast to
  // grow", "will be brought down to", "will be gradually increased", "has so far recovered".
  let infinitive = false;
  for (let guard = 0; guard < 4 && e - 1 > clauseStart; guard++) {
    const prev = t[e - 1];
    if (prev?.kind !== "word" || prev.text !== prev.norm) break;
    if (
      // ("Global stablecoin supply has grown": a noun in "-ly".)
      isAdverb(prev.norm) ||
      SUBJECT_ADVERBS.has(prev.norm) ||
      // "Its shares have since fallen 18%": "since" as an adverb before a participle.
      (prev.norm === "since" && isParticiple(t[e]?.norm ?? "")) ||
      (prev.norm === "far" && t[e - 2]?.norm === "so")
    ) {
      e -= prev.norm === "far" ? 2 : 1;
    } else if (
      CATENATIVES.has(prev.norm) &&
      t[e]?.norm === "to" &&
      // "unveiled a plan to spend", "its pledge to cut": a noun, not the verb.
      !DETERMINER_WORDS.has(t[e - 2]?.norm ?? "")
    ) {
      e--;
    } else if (ON_COURSE.has(prev.norm) && t[e - 2]?.norm === "on" && t[e]?.norm === "to") {
      // "Exports are on course to reach US$1.3 billion", "on track to hit": as "set to".
      e -= 2;
    } else if (isParticiple(prev.norm) && AUXILIARIES.has(t[e - 2]?.norm ?? "")) {
      e--;
    } else break;
    while (e - 1 >= clauseStart && AUXILIARIES.has(t[e - 1]?.norm ?? "")) e--;
  }
  // "expects unemployment to peak at 6.2%": the noun phrase before "to" is what reaches the level.
  if (t[e]?.norm === "to" && e < v) infinitive = true;
  // "Exports to Asia as a whole rose 8.9%": the subject is before "as a whole".
  if (t[e - 1]?.norm === "whole" && t[e - 2]?.norm === "a" && t[e - 3]?.norm === "as" && e - 3 > clauseStart)
    e -= 3;
  // "Revenue for the quarter ended Oct. 31 rose 27%", "Profit for the six months to Sept. 30 fell": the
  // subject is before the period that follows it.
  e = beforeTrailingPeriod(t, e, clauseStart, isPeriodToken);
  // "Shelter costs, which make up a third of the index, increased 0.2%": the subject is before the
  // relative clause that ends right before the verb.
  // ("unpaid bills, which he said had risen to Sh524.8 billion": past a saying set inside the relative.)
  e = pastInsertedSaying(t, e);
  // "Households consuming up to 600kWh a month will pay": the holder, not the amount it holds.
  e = heldAmountStart(t, e, clauseStart) ?? e;
  let floor = clauseStart;
  let antecedent = false;
  /** Where a name after a preposition opens, the walk back starts past it. */
  let named: number | undefined;
  /** Where the subject ends past a relative clause it keeps ("those who died"); the walk starts before it. */
  let clauseEnd: number | undefined;
  if (t[e - 1]?.norm === "," || isSpacedDash(t, e - 1)) {
    // "Steel output, the group's main business, dropped 6%": the subject is before the apposition too.
    const relative = relativeClauseStart(t, e - 1) ?? appositionStart(t, e - 1, clauseStart);
    const setOff = e === v && SET_OFF_PARTICIPLES.has(t[v]?.text ?? "") && v + 1 === qualifierStart;
    // ("Africa's biggest pay-TV operator, Vista Broadcast Holdings, lost": the company a described kind
    // names is what the verb's figure measures.)
    if (relative !== undefined && namedCompanyAside(t, relative, e - 1))
      return { first: relative + 1, last: e - 1, anaphor: false };
    if (relative !== undefined) {
      e = relative;
      floor = Math.max(0, relative - SPAN_LIMIT);
      // ("a plant at Foix, south of Barcelona, costing 450 million euros": the aside's noun.)
      antecedent = setOff;
    } else if (setOff) {
      // "The first phase, costing about $1.6 billion, will install": a participle set off after its noun.
      e -= 1;
      floor = Math.max(0, e - SPAN_LIMIT);
      antecedent = true;
    }
  } else if ((t[e - 1]?.norm === "which" || t[e - 1]?.norm === "who") && t[e - 2]?.norm === ",") {
    // ("net interest income of Rp 118.6 trillion, which grew 4.1 percent": a clause on the figure before
    // measures what that figure does.)
    if (amountEndsAt(t, e - 2)) return { first: e - 1, last: e, anaphor: true };
    // "Exports, which rose 5% in May,": the relative clause measures what it follows.
    e -= 2;
    floor = Math.max(0, e - SPAN_LIMIT);
    antecedent = true;
  } else if (restrictivePronoun(t, e - 1)) {
    // "a net interest margin that widened to 9.8%", "wealth management fees which climbed 28 per cent".
    e -= 1;
    floor = Math.max(0, e - SPAN_LIMIT);
    antecedent = true;
    // ("an initial public offering on the Dubai Financial Market that could raise": a name after a
    // preposition takes no such clause; the noun before it does.)
    named = nameAfterPreposition(t, e);
  } else {
    // "Insured losses from the floods that swept through Bavaria in September will reach": the subject
    // is what the relative clause describes.
    const relative = restrictiveRelative(t, e, clauseStart);
    // ("Families of those who died would each receive": a pronoun keeps the clause that says who it is.)
    if (relative !== undefined && RELATIVE_HEADED_PRONOUNS.has(t[relative - 1]?.norm ?? "")) {
      let end = e;
      while (
        end > relative &&
        (AUXILIARIES.has(t[end - 1]?.norm ?? "") || FLOATING.has(t[end - 1]?.norm ?? ""))
      )
        end--;
      // (Not past a figure of its own: "Anyone who earns more than R1 million will pay 5% more".)
      if (!t.slice(relative, end).some((x) => x.kind === "num")) clauseEnd = end;
    }
    e = relative ?? e;
  }
  let s = named ?? e;
  /** Where the phrase starts after a participle that describes its noun ("The estimated cost"). */
  let described: number | undefined;
  // ("while in Christchurch they rose 4 per cent": a pronoun is the whole subject, the place before it
  // fronted.)
  if (s === e && frontedPlacePronoun(t, e - 1)) floor = Math.max(floor, e - 1);
  const totalling = TOTALLING.has(t[v]?.norm ?? "");
  while (s - 1 >= floor && e - s < SPAN_LIMIT) {
    const p = t[s - 1];
    // ("loanees with balances totalling Sh9.6 billion", "an offer of wage increases totalling 13 per
    // cent": what totals it is the noun phrase right before, not what it is of or with.)
    if (
      totalling &&
      s < e &&
      (PREPOSITION_WORDS.has(p?.norm ?? "") || TOTAL_STOPS.has(p?.norm ?? "") || takesObject(t, s - 1))
    )
      break;
    // "a package aimed at cutting the budget deficit, which reached 9.3%": the noun phrase the relative
    // follows opens at its determiner or after a verb or preposition.
    if (
      antecedent &&
      s < e &&
      (DETERMINER_WORDS.has(t[s]?.norm ?? "") ||
        (ANTECEDENT_STOPS.has(p?.norm ?? "") && !placedAt(t, s, e) && !rateOn(t, s)))
    )
      break;
    // ("a string of increases that have returned": a noun in "-ing" after its determiner stays.)
    if (
      antecedent &&
      p &&
      p.text === p.norm &&
      /^[a-z]{3,}(?:ing|ed)$/.test(p.norm) &&
      !DETERMINER_WORDS.has(t[s - 2]?.norm ?? "") &&
      s !== named &&
      // ("development spending, which drops": a noun in "-ing" heads the antecedent.)
      !(s === e && p.norm.endsWith("ing"))
    )
      break;
    // ("a plant at Endo, Nasarawa, which can process": a town and its state place the noun too.)
    if (antecedent && p?.norm === ",") {
      let town = s - 2;
      while (town > s - 5 && isCapitalized(t[town - 1])) town--;
      if (isCapitalized(t[town]) && placedAt(t, town, e)) {
        s = town;
        continue;
      }
    }
    // "The African National Congress (ANC) won 40.2%": an acronym in parentheses stays in the subject.
    const acronym = acronymBefore(t, s);
    if (acronym !== undefined && acronym > floor) {
      s = acronym;
      continue;
    }
    // "Value-added tax receipts", "state-owned lenders": a word glued by a hyphen to the word before it
    // is part of one compound, whatever it would be alone (a verb of speech, a participle).
    // (Not a period's words, "the July-September period", nor inside a relative's antecedent.)
    const compound =
      p?.kind === "word" &&
      gluedHyphen(t, s - 2) &&
      t[s - 3]?.kind === "word" &&
      s - 3 >= floor &&
      !antecedent &&
      !isPeriodToken(s - 1) &&
      !isPeriodToken(s - 3);
    if (compound) {
      s -= 3;
      continue;
    }
    // "saying prices had doubled and rents rose 25%": "and" after a verb joins clauses, not nouns.
    if (p?.norm === "and" && s < e && isPastVerb(t[s - 2])) break;
    // ("profit of £805m-£830m, and the shares, at 287p, have risen": ", and" before a determiner opens a clause.)
    if (p?.norm === "and" && s < e && t[s - 2]?.norm === "," && DETERMINER_WORDS.has(t[s]?.norm ?? "")) break;
    // "fell 2% to 3,400 tonnes and imports rose 5%": nor after a figure's unit.
    if (p?.norm === "and" && s < e && unitOfCountAt(t, s - 2)) break;
    // ("while Airblue flew 2.7m and Fly Jinnah flew 1.1m": nor after an amount.)
    if (p?.norm === "and" && s < e && amountEndsBefore(t, s - 1)) break;
    // ("A sack cost 1,250 rupees and the state paid", "weighed 50 kg and the crate": nor after its
    // currency's or measure's word.)
    if (p?.norm === "and" && s < e && measuredAmountEndsAt(t, s - 2)) break;
    // "Production is due to start later this year and the factory is expected to employ": after a period
    // that ends a clause, "and" and a determiner open the next one.
    if (
      p?.norm === "and" &&
      DETERMINER_WORDS.has(t[s]?.norm ?? "") &&
      isPeriodToken(s - 2) &&
      !isPeriodToken(s)
    )
      break;
    // "Food, fuel and transport costs rose": a list of nouns before its head is one subject.
    if (p?.norm === "," && listGoesOn(t, s, e, floor, isPeriodToken)) {
      s -= 2;
      continue;
    }
    // "Burglaries reported to police in Leeds rose", "Coil made by Hoa Phat was offered at": a participle
    // and its preposition inside the phrase.
    if (
      p &&
      NP_STOPS.has(p.norm) &&
      PARTICIPLE_LINKS.has(p.norm) &&
      s - 2 > floor &&
      reducedRelative(t, s - 2)
    ) {
      s -= 2;
      continue;
    }
    if (s < e && s - 1 > floor && PARTICIPLE_LINKS.has(t[s]?.norm ?? "") && reducedRelative(t, s - 1)) {
      s--;
      continue;
    }
    if (p && NOUN_ENDING_STOPS.get(p.norm) === t[s - 2]?.norm) {
      s--;
      continue;
    }
    // ("The Springdale, Arkansas-based meatpacker's adjusted earnings": the town before its state's
    // "-based" is part of the compound.)
    const town = townBeforeStateBased(t, s, floor);
    if (town !== undefined) {
      s = town;
      continue;
    }
    // "Canadian Natural Resources Ltd. climbed 2.4%": the point of a legal form is part of the name, as is
    // that of a short word before a name ("Residents of St. Louis", "from Balintawak to Sta. Ines").
    if ((legalFormPoint(t, s - 1) || placeAbbreviationDot(t, s - 1)) && s - 2 > floor) {
      s -= 2;
      continue;
    }
    // ("Shares of Amazon.com Inc rose", "JD.com dropped": a name glued to its web domain is one word.)
    if (domainPoint(t, s - 1) && s - 2 >= floor) {
      s -= 2;
      continue;
    }
    // "The National Living Wage for workers aged 21 and over", "The sale of 120 lots": an age or a count
    // inside the phrase, after the noun it follows.
    const counted = countInPhrase(t, s, floor);
    if (counted !== undefined) {
      s = counted;
      continue;
    }
    // ("Emerging markets such as India and Brazil grew 6%": the examples stay with the noun they name.)
    if (
      p?.norm === "as" &&
      t[s - 2]?.norm === "such" &&
      s - 3 >= floor &&
      t[s - 3]?.kind === "word" &&
      !antecedent
    ) {
      s -= 2;
      continue;
    }
    // ("Thai 5% broken rice": a grade's percent sign is part of the phrase.)
    if (!p || NP_STOPS.has(p.norm) || (p.kind === "sym" && !inGrade(t, s - 1))) break;
    // "to 941 per dollar as copper prices fell", "while Poland's zloty slipped": a conjunction opens the
    // clause; "repay $2 million and pay $50,000": nor does a subject run into the figure before it.
    if (CLAUSE_JOINS.has(p.norm) || SCALE.has(p.norm)) break;
    // "to 4.25 per euro and Hungary's forint eased": the rate ends the figure before, "and" the clause.
    if (p.norm === "and" && t[s - 3]?.norm === "per") break;
    // "to $2,798 an ounce and Brent crude rose": so does a price's "a"/"an" denominator.
    if (p.norm === "and" && ["a", "an"].includes(t[s - 3]?.norm ?? "") && t[s - 4]?.kind === "num") break;
    // "The cyclone caused damage estimated at $1.2 billion", "Analysts expect the market for robotaxis to
    // reach $50 billion": the object of such a verb is what the figure measures, not the clause.
    // ("The DND's proposed budget", "the estimated cost": a participle after a determiner or a possessive
    // describes the noun.)
    if (s < e && OBJECT_TAKING_VERBS.has(p.norm) && p.text === p.norm && !antecedent) {
      if (!describingParticiple(t, s - 1)) break;
      // (Where the whole phrase runs too long, it starts after the participle, as it did.)
      described = s;
    }
    // ("Swiss watch exports", "the watch industry": a word of seeing after a name or a determiner is a noun;
    // "Legal watch sales fell", "cases seen at its hospitals jumped": so is "watch" or "seen" before a phrase
    // a past verb ends, as seeing takes a bare verb; "will see it reduced to" takes a participle.)
    const perceiving =
      PERCEIVING.has(p.norm) &&
      !((p.norm === "watch" || p.norm === "seen") && isPastVerb(t[e])) &&
      !(
        p.text === p.norm &&
        ((isCapitalized(t[s - 2]) &&
          // ("We see iron ore averaging $90": a pronoun sees.)
          !PRONOUN_WORDS.has(t[s - 2]?.norm ?? "") &&
          (s - 2 > clauseStart || DEMONYM_WORDS.has(t[s - 2]?.norm ?? ""))) ||
          DETERMINER_WORDS.has(t[s - 2]?.norm ?? ""))
      );
    if (s < e && !antecedent && (perceiving || (infinitive && takesObject(t, s - 1)))) break;
    // ("it was offering incentives averaging 13.5%": a progressive verb is no part of the phrase.)
    if (s < e && !antecedent && /^[a-z]{3,}ing$/.test(p.text) && BE_FORMS.has(t[s - 2]?.norm ?? "")) break;
    // "Insurers say premiums will rise", "Gartner estimates Lenovo held 24%": what is said starts after the verb.
    if (s < e && !antecedent && p.text === p.norm && SAYING.has(p.norm) && !describingParticiple(t, s - 1)) {
      // ("told reporters the commission needed": past the listener, to the reported clause's subject.)
      if (p.norm === "told" && s + 1 < e && DETERMINER_WORDS.has(t[s + 1]?.norm ?? "")) s++;
      break;
    }
    // ("which means retail investors need at least Rs 14,982": what follows "means" is a clause.)
    if (p.norm === "means" && ["which", "this", "that", "it"].includes(t[s - 2]?.norm ?? "")) break;
    // ("with the Reserve Bank having delivered three rate cuts": a perfect participle opens no subject.)
    if (p.norm === "having") break;
    // ("the ban had pushed rice prices down to $355": a verb in a perfect tense ends its object's phrase.)
    // ("had pushed up lease costs": past the verb's particle too.)
    if (s < e && p.text === p.norm && isPastVerb(p) && PERFECT_HELPERS.has(t[s - 2]?.norm ?? "")) {
      if (s + 1 < e && VERB_PARTICLES.has(t[s]?.norm ?? "")) s++;
      break;
    }
    // A spaced hyphen is a dash: "(Reuters) - India's gross domestic product grew 5.4%".
    if (p.norm === "-" && p.spaceBefore) break;
    // "Yields on the benchmark 2035 government bond": a year before the head noun is part of the phrase.
    if (
      p.kind === "num" &&
      !namesIndex(t, s - 1) &&
      !measureBeforeNoun(t, s - 1, e) &&
      !gluedHyphen(t, s) &&
      !isPeriodToken(s - 1) &&
      !isYearToken(p) &&
      !rankedCount(t, s - 1) &&
      !namesCalledLine(t, s - 1) &&
      !inGrade(t, s - 1)
    )
      break;
    if (opensClause(t, s - 1)) break;
    // "Customs officers seized heroin worth £2 million": what is worth it is the verb's object.
    if (MODIFYING_PARTICIPLES.has(t[v]?.norm ?? "") && s < e && takesObject(t, s - 1)) break;
    // ("had entered into contracts worth €340 million", "pulled up the board for irregularities worth Rs 2,604
    // crore": what is worth it is a preposition's object.)
    // (Not a predicate: "The league's deal with DAZN is worth", "exports under AGOA were worth".)
    if (
      t[v]?.norm === "worth" &&
      s < e &&
      WORTH_OBJECT_LINKS.has(p.norm) &&
      !BE_FORMS.has(t[v - 1]?.norm ?? "")
    )
      break;
    s--;
    // "in an all-stock deal valued at": the phrase ends at its determiner.
    if (MODIFYING_PARTICIPLES.has(t[v]?.norm ?? "") && DETERMINER_WORDS.has(t[s]?.norm ?? "")) break;
  }
  if (s - 1 >= floor && e - s >= SPAN_LIMIT) {
    if (described === undefined) return undefined;
    s = described;
  }
  // ("said separately it would need": an adverb of the saying is no part of what is said.)
  if (s + 1 < e && SAYING_ADVERB.has(t[s]?.norm ?? "") && SAYING.has(t[s - 1]?.norm ?? "")) s++;
  // ("so-called core prices" keeps its "so").
  while (s < e && LEADERS.has(t[s]?.norm ?? "") && !gluedHyphen(t, s + 1)) s++;
  return trimmed(t, s, clauseEnd ?? e, isPeriodToken);
}

/** A currency's or a measure's word at `k` ends an amount: "1,250 rupees", "3 billion yuan", "50 kg". */
function measuredAmountEndsAt(t: readonly Token[], k: number): boolean {
  const word = t[k]?.norm ?? "";
  if (t[k]?.kind !== "word" || !(CURRENCY_OF_NAME.has(word) || MEASURE_UNIT_WORDS.has(word))) return false;
  const num = SCALE.has(t[k - 1]?.norm ?? "") ? t[k - 2] : t[k - 1];
  return num?.kind === "num" && !isYearToken(num);
}

/** An amount ends right before token `k`: "2.7m", "1,200", "4.5 billion" (not a year, nor "737"). */
function amountEndsBefore(t: readonly Token[], k: number): boolean {
  const last = t[k - 1];
  const num = SCALE.has(last?.norm ?? "") || ATTACHED_SCALE.has(last?.norm ?? "") ? t[k - 2] : last;
  if (num?.kind !== "num" || isYearToken(num)) return false;
  return num !== last || /[.,]/.test(num.text);
}

/**
 * Where a phrase goes on before an age or a count that ends at `s`, from the noun it follows: "workers
 * aged 21 (and over)", "the sale of 120 lots"; undefined when none ends there.
 */
function countInPhrase(t: readonly Token[], s: number, floor: number): number | undefined {
  const group = ageGroupStart(t, s);
  if (group !== undefined) return group > floor ? group : undefined;
  const band = priceBandStart(t, s, floor);
  if (band !== undefined) return band;
  let k = s - 1;
  // ("The number of people over 85", "patients aged over 18": an age bound on the people before it.)
  if (ageBoundAt(t, k)) {
    const noun = t[k - 2]?.norm === "aged" ? k - 3 : k - 2;
    return noun >= floor ? noun : undefined;
  }
  // ("aged 21 and over": the bound's words.)
  if (AGE_BOUNDS.has(t[k]?.norm ?? "") && ["and", "or"].includes(t[k - 1]?.norm ?? "")) k -= 2;
  // ("of 120 lots": the count's noun when the walk starts past it.)
  if (t[k]?.kind !== "num" && t[k - 1]?.kind === "num" && t[k]?.text === t[k]?.norm) k--;
  const noun = countNounAt(t, k);
  if (noun === undefined || noun < floor || NP_STOPS.has(t[noun]?.norm ?? "")) return undefined;
  // (With the noun it follows: "the purchase of 20 aircraft" keeps "purchase", a verb's form too.)
  return noun;
}

/** Prepositions that tie a period to the noun before it: "Revenue for the quarter ended Oct. 31". */
const TRAILING_PERIOD_LINKS = new Set(["for", "in", "during", "over"]);

/** Before a period and its preposition that end right before `e` ("for the quarter ended Oct. 31"), or `e`. */
function beforeTrailingPeriod(
  t: readonly Token[],
  e: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): number {
  if (!isPeriodToken(e - 1)) return e;
  let k = e - 1;
  while (k > clauseStart && isPeriodToken(k - 1)) k--;
  if (DETERMINER_WORDS.has(t[k - 1]?.norm ?? "")) k--;
  const link = k - 1;
  // ("Carney pledged in June to reach 2%": not after a verb.)
  const noun = t[link - 1];
  return link > clauseStart &&
    TRAILING_PERIOD_LINKS.has(t[link]?.norm ?? "") &&
    noun?.kind === "word" &&
    !isPastVerb(noun) &&
    !AUXILIARIES.has(noun.norm)
    ? link
    : e;
}

/**
 * Token `k` is a verb whose object follows it: a listed transitive verb, a past tense not after a
 * determiner ("guided revenue", not "the proposed budget"), a verb after a modal ("would award contracts")
 * or opening a participle clause (", citing costs of"), or a particle that ends a phrasal verb ("picked up
 * spectrum").
 */
function takesObject(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  const n = tok.norm;
  if (OBJECT_TAKING_VERBS.has(n) || OBJECT_VERBS.has(n) || SHARE_VERB.has(n) || PRESENT_TRANSITIVES.has(n))
    return true;
  const before = t[k - 1];
  // ("Saudi Arabia has projects worth $1.3 trillion": "have" before a noun is possession, not an auxiliary.)
  const next = t[k + 1];
  if (HAD_FORMS.has(n))
    return (
      next?.kind === "word" &&
      next.text === next.norm &&
      (DETERMINER_WORDS.has(next.norm) || /^[a-z]{3,}[^s]s$/.test(next.norm)) &&
      !PREPOSITION_WORDS.has(next.norm)
    );
  // "Burglaries reported to police", "spending on imported goods": a participle that modifies a noun.
  // ("The FIC froze assets worth R760 million", "had frozen assets worth": irregular forms too.)
  const irregular =
    IRREGULAR_PAST.has(n) ||
    (IRREGULAR_PARTICIPLES.has(n) && (HAD_FORMS.has(before?.norm ?? "") || BE_FORMS.has(before?.norm ?? "")));
  if (/^[a-z]{3,}ed$/.test(n) || irregular)
    return (
      before?.kind === "word" &&
      !DETERMINER_WORDS.has(before.norm) &&
      !PREPOSITION_WORDS.has(before.norm) &&
      !PREPOSITION_WORDS.has(t[k + 1]?.norm ?? "")
    );
  if (MODALS.has(before?.norm ?? "")) return true;
  // ", citing tariff costs of": a participle clause's verb; "it was probing contracts worth": a
  // progressive's.
  if (/^[a-z]{3,}ing$/.test(n) && (before?.norm === "," || BE_FORMS.has(before?.norm ?? ""))) return true;
  return PARTICLES.has(n) && before?.kind === "word" && /^[a-z]{3,}ed$/.test(before.norm);
}

/**
 * "a plant at Foix, which", "its plant in Sanford, Florida, which": a town (and its region) after a noun's
 * "at" or "in" places the noun the clause describes (not "aimed at", nor "slots at Tokyo's Haneda airport,
 * which handled": a facility is what the clause describes).
 */
function placedAt(t: readonly Token[], s: number, e: number): boolean {
  const noun = t[s - 2];
  const place = t.slice(s, e);
  return (
    (t[s - 1]?.norm === "at" || t[s - 1]?.norm === "in") &&
    noun?.kind === "word" &&
    noun.text === noun.norm &&
    !/(?:ed|ing)$/.test(noun.norm) &&
    place.length > 0 &&
    place.length <= (place.some((x) => x.norm === ",") ? PLACE_WITH_REGION : 3) &&
    place.every((x, i) => isCapitalized(x) || (x.norm === "," && i > 0)) &&
    !FACILITY_WORDS.has(place[place.length - 1]?.norm ?? "")
  );
}

/** Nouns of a rate earned "on" something: "yields on treasury bills", "the return on equity". */
const RATE_HEADS = new Set([
  "yield",
  "yields",
  "return",
  "returns",
  "rate",
  "rates",
  "coupon",
  "coupons",
  "interest",
]);

/**
 * "yields on treasury bills that have averaged around 18 percent": the rate "on" what the words at `s`
 * name is what the relative clause describes, not the securities.
 */
function rateOn(t: readonly Token[], s: number): boolean {
  return t[s - 1]?.norm === "on" && RATE_HEADS.has(t[s - 2]?.norm ?? "");
}

/** Tokens of a town and its region after "at": "at Ikot Abasi, Akwa Ibom". */
const PLACE_WITH_REGION = 7;

/** Last words of a facility's name: a clause after it describes the facility ("at Dubai International Airport, which"). */
const FACILITY_WORDS = new Set([
  "airport",
  "station",
  "terminal",
  "port",
  "stadium",
  "hospital",
  "mall",
  "centre",
  "center",
]);

/** Participles of a level set off by a comma after their noun: "The first phase, costing about $1.6 billion,". */
const SET_OFF_PARTICIPLES = new Set(["costing", "totalling", "totaling"]);

/**
 * "Japanese suppliers held a share of 14%": a share or stake a level verb holds is the holder's, read as
 * the clause's subject (`k` is the noun "share"; not "an equal share", "a market share").
 */
function heldShare(t: readonly Token[], k: number): boolean {
  const noun = t[k]?.norm ?? "";
  if (noun !== "share" && noun !== "stake") return false;
  const article = t[k - 1]?.norm;
  return (article === "a" || article === "an") && LEVEL_VERBS.has(t[k - 2]?.norm ?? "");
}

/** Nouns a percentage before them leaves to the clause: "Vietjet had a 45.3% share", "holds a 40% stake". */
const OWNED_PARTS = new Set(["share", "shares", "stake", "stakes", "holding", "interest", "plus"]);
/** Tokens after a percentage within which a change noun makes it a change: "a 9.4% year-on-year rise". */
const CHANGE_NOUN_REACH = 5;

/**
 * The word at `k`, after a percentage, opens a noun the percentage describes: "a 7% royalty", "the 6%
 * ceiling"; not a participle ("the 95% needed"), an owned part or a change ("a 9.4% year-on-year rise").
 */
function describedByPercent(t: readonly Token[], k: number): boolean {
  const head = t[k]?.norm ?? "";
  if (/^[a-z]{3,}ed$/.test(head) || OWNED_PARTS.has(head)) return false;
  for (let j = k; j < k + CHANGE_NOUN_REACH; j++) if (CHANGE_NOUN.has(t[j]?.norm ?? "")) return false;
  return true;
}

/** Prepositions that open a verb's complement after a share's object: "spend 36% of their income on rent". */
const COMPLEMENT_LINKS = new Set(["on", "from", "to", "with", "by", "as", "into", "for", "at"]);

/** Verbs whose object is a share of a total the subject is part of: "accounted for 46% of sales". */
const PART_OF_TOTAL = new Set(SHARE_OF_TOTAL_VERBS);

/** Verbs of output and of sending money: a share they take is of their object. */
const PRODUCING = new Set([...PRODUCTION_VERBS, ...DIRECTING_VERBS]);

/**
 * The verb at `k` takes a share of something as its object, which the share measures: "imports about 70%
 * of the wheat it consumes", "will source 60% of its electricity" (not a level: "reached 5% of GDP", "took
 * 12% of the vote", "accounted for 46% of sales").
 */
function objectShare(t: readonly Token[], k: number): boolean {
  const n = t[k]?.norm ?? "";
  // ("will cut about 8% of its workforce": what a cut takes a share of is what it cuts.)
  if (CUTTING_SHARES.has(n)) return true;
  const level = LEVEL_VERBS.has(n) && !PRODUCING.has(n);
  if (level || CHANGE_VERB.has(n) || PART_OF_TOTAL.has(n) || AUXILIARIES.has(n)) return false;
  // "may not exceed 3% of GDP", "could eventually reach": no verb.
  if (n === "not" || n.endsWith("ly") || QUALIFIER_WORDS.has(n)) return false;
  // "We are operating close to 90% of capacity" (not "defence spending above 1% of GDP").
  const helper = t[k - 1]?.norm ?? "";
  const gerund =
    /^[a-z]{3,}ing$/.test(n) && t[k]?.text === n && (AUXILIARIES.has(helper) || /^[a-z]{3,}ed$/.test(helper));
  // "plans to pay out as much as 60% of its profit": a phrasal verb's particle.
  const particle = PARTICLES.has(n) && t[k - 1]?.kind === "word" && OBJECT_VERBS.has(t[k - 1]?.norm ?? "");
  // "The grid, which absorbs 24% of the surplus", "DaVita and Fresenius, which together operate about 70% of
  // U.S. clinics": a verb after a relative pronoun, past an adverb.
  const afterRelative =
    RELATIVE_PRONOUNS.has(helper) ||
    ((helper.endsWith("ly") || RELATIVE_ADVERBS.has(helper)) && RELATIVE_PRONOUNS.has(t[k - 2]?.norm ?? ""));
  // (Not a holding: "which together control 80% of the market" is the holders'.)
  const present =
    afterRelative &&
    /^[a-z]{3,}$/.test(n) &&
    t[k]?.text === n &&
    !/(?:ing|ed)$/.test(n) &&
    !SHARE_HOLDING.has(n);
  return gerund || particle || present || PRODUCING.has(n) || takesObject(t, k);
}

const CUTTING_SHARES = new Set(CUTTING_SHARE_VERBS);
/** Verbs in the plural present of holding: what they take a share of is the holders' share. */
const SHARE_HOLDING = new Set([...OWNING_VERBS, "control", "dominate", "command"]);
/** Adverbs between a relative pronoun and its verb: "which together operate", "who now treat". */
const RELATIVE_ADVERBS = new Set(["together", "now", "still", "also", "already", "alone", "jointly"]);

/** Words right before a level or a change a verb reached: "to 3,400 tonnes", "down 9 percent". */
const LEVEL_LEADS = new Set(["to", "from", "at", "by", "up", "down"]);

/** The word at `k` is the unit of a count right before it: "3,400 tonnes", "176,850 units", "2.1 million barrels". */
function unitOfCountAt(t: readonly Token[], k: number): boolean {
  if (t[k]?.kind !== "word" || t[k]?.text !== t[k]?.norm) return false;
  let at = SCALE.has(t[k - 1]?.norm ?? "") ? k - 2 : k - 1;
  if (t[at]?.kind !== "num" || isYearToken(t[at])) return false;
  // A level or a change a verb before reached ("fell 2% to 3,400 tonnes", "lost 0.9 percent"), not a count
  // of a list's nouns ("signed 46 agreements and memorandums", "the 44 prisons and rehabilitation centres").
  const reaching = (norm: string) => LEVEL_LEADS.has(norm) || CHANGE_VERB.has(norm);
  while (
    at > 0 &&
    !reaching(t[at - 1]?.norm ?? "") &&
    (t[at - 1]?.kind === "sym" || QUALIFIER_WORDS.has(t[at - 1]?.norm ?? ""))
  )
    at--;
  return reaching(t[at - 1]?.norm ?? "");
}

const CHARGING = new Set(CHARGING_VERBS);

/** Words between a verb of charging and its price: "charged an average of", "charge between", "charges up to". */
const CHARGE_LINKS = new Set([
  "an",
  "a",
  "between",
  "from",
  "up",
  "as",
  "no",
  "about",
  "around",
  "roughly",
  "some",
]);

/**
 * "Five-star hotels charged an average of RM585 a night", "Netflix charges 7,000 naira a month": a form of
 * "charge" right before a price (not the noun, "the per-kilometre charge to P15") is the price of what the
 * subject sells; a price "for" something is that thing's ("charges P149 a month for its basic plan").
 */
function chargedPrice(t: readonly Token[], v: number, qualifierStart: number, last: number): boolean {
  // (Not a passive's payer, "those above 60 cubic metres will be charged LE6.25", nor "allowed them to charge".)
  const before = t[v - 1]?.norm ?? "";
  if (
    !CHARGING.has(t[v]?.norm ?? "") ||
    DETERMINER_WORDS.has(before) ||
    BE_FORMS.has(before) ||
    before === "to"
  )
    return false;
  if (v + 1 !== qualifierStart && !CHARGE_LINKS.has(t[v + 1]?.norm ?? "")) return false;
  // ("charges about AED 350 ($95) for a 30-day tourist visa": past a restatement in parentheses.)
  for (let k = last; k < last + 8 && k < t.length; k++) {
    const norm = t[k]?.norm ?? "";
    if (norm === "for") return false;
    if (norm === "," || norm === "." || norm === ";") break;
  }
  return true;
}

/** Participles not in "-ed" that open a reduced relative clause. */
const PARTICIPLES_UNLIKE_ED = new Set([
  "held",
  "made",
  "built",
  "sold",
  "grown",
  "brought",
  "bought",
  "paid",
  "spent",
  "lent",
  "given",
  "taken",
  "won",
]);

/** A participle at `k` right after a noun: "Burglaries reported", "reserves held", "coil made". */
function reducedRelative(t: readonly Token[], k: number): boolean {
  const participle = t[k];
  const noun = t[k - 1];
  if (participle?.kind !== "word" || participle.text !== participle.norm) return false;
  // ("Hot-rolled coil made by Hoa Phat", "cars built in Mexico".)
  if (!/^[a-z]{3,}ed$/.test(participle.norm) && !PARTICIPLES_UNLIKE_ED.has(participle.norm)) return false;
  return noun?.kind === "word" && !DETERMINER_WORDS.has(noun.norm) && !AUXILIARIES.has(noun.norm);
}

/** Determiners before a counted whole: "of the 265 providers", "of its 1,200 staff". */
const COUNTED_DETERMINERS = new Set(["the", "its", "their", "our", "all"]);

/** "the 1.97 million candidates" at `k`: the determiner, the count and the noun phrase after it. */
function countedWhole(
  t: readonly Token[],
  k: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  if (!COUNTED_DETERMINERS.has(t[k]?.norm ?? "") || t[k + 1]?.kind !== "num" || isYearToken(t[k + 1]))
    return undefined;
  let j = k + 2;
  while (SCALE.has(t[j]?.norm ?? "")) j++;
  // ("the 3 million a year the government had projected": a rate, no noun counted.)
  if (t[j]?.kind !== "word" || DETERMINER_WORDS.has(t[j]?.norm ?? "")) return undefined;
  const np = phraseAfter(t, j, isPeriodToken, true);
  if (!np || np.first !== j) return undefined;
  // ("the 265 providers it monitors forecast": a relative clause without "that" ends it.)
  let last = np.last;
  for (let e = j + 1; e < last; e++) if (CLAUSE_PRONOUNS.has(t[e]?.norm ?? "")) last = e;
  return { first: k, last, anaphor: false };
}

/** Pronouns that open a relative clause without "that": "the providers it monitors". */
const CLAUSE_PRONOUNS = new Set(["it", "they", "we", "he", "she", "you", "i"]);

/** Words a party's name before "on N%" may take, at most: "the Social Democrats". */
const PARTY_WORDS = 4;

/**
 * The start of a capitalized name (with its "the") that ends at "on" (`on`): "put the Greens on 14%",
 * "and the Liberals on 31%", "Labour on 24 per cent". Undefined when no such name stands there.
 */
function partyOn(t: readonly Token[], on: number, clauseStart: number): number | undefined {
  let s = on;
  while (s - 1 >= clauseStart && on - s < PARTY_WORDS && isCapitalized(t[s - 1])) s--;
  if (s === on) return undefined;
  if (t[s - 1]?.norm === "the") s--;
  const before = t[s - 1]?.norm ?? "";
  return s === clauseStart ||
    ["and", ",", "had", "put", "puts", "has", "with", "showed", "shows"].includes(before)
    ? s
    : undefined;
}

/** A past participle: "-ed", "-en" or an irregular one ("brought", "cut"). */
function isParticiple(n: string): boolean {
  return /^[a-z]{3,}(?:ed|en)$/.test(n) || IRREGULAR_PARTICIPLES.has(n);
}

/**
 * Words the walk back from a figure to its verb passes ("rose by", "grew a healthy 6%", "was unchanged at"),
 * one set built once rather than a list read anew at each word.
 */
const VERB_WALK_WORDS: ReadonlySet<string> = new Set([
  // "Japanese households poured a net 2.1 trillion yen into", "attracted a net $2 billion".
  "net",
  "by",
  "to",
  "at",
  "a",
  "an",
  "the",
  "of",
  "further",
  "sharply",
  "slightly",
  "around",
  "just",
  "some",
  "another",
  "additional",
  "nearly",
  "almost",
  "about",
  "roughly",
  // "Shares are still 60% below their peak", "Real wages grew only 1.5%", "shrank an annualized 1.8%".
  "still",
  "only",
  "annualized",
  "annualised",
  "now",
  "currently",
  // "was unchanged at 3.8%", "are capped at 10%": the state the level is held in ("remained
  // stubbornly high at 44.6%").
  "unchanged",
  "high",
  "low",
  "elevated",
  "stubbornly",
  "steady",
  "flat",
  "stable",
  "capped",
  "pegged",
  "fixed",
  // "rose to a record 3.3%", "accounted for 46%", "grew a healthy 6%", "a more modest 0.4% rise".
  ...JUDGED_SIZES,
  "more",
  "less",
  "much",
  "record",
  "new",
  "fresh",
  "all-time",
  "for",
  // "The Greens are on 11 per cent", "Labour is unchanged on 9 per cent": a poll's level.
  "on",
  // "Sabalenka took home $5.2 million": what the winner took.
  "home",
  // "has been raised from Rs32,000 to Rs37,000": the level it came from.
  "from",
  // "Japanese suppliers held a share of 14%": the holder's share.
  "share",
  "stake",
]);

/** Verbs of passing a level that a legislature also passes bills with: "passes 10,900", "passes budget". */
const PASSING = new Set(["passes", "pass"]);
/** What a legislature passes: "passes Rs17.6tr budget", "passes $20 billion water plan". */
const BILL_WORDS = new Set(["budget", "bill", "plan", "package", "law", "act", "measure", "appropriation"]);

/** Level verbs that are also nouns: "fares stay at $2.50", "hotel stays". */
const STAYING = new Set(["stay", "stays"]);

/** "ended the year at", "to end 2026 at": `k` is a token of the period a level verb closed before "at". */
function closedPeriod(t: readonly Token[], k: number, isPeriodToken: (k: number) => boolean): boolean {
  const link = t[pastPeriod(t, k, isPeriodToken)]?.norm;
  if (!isPeriodToken(k) || (link !== "at" && link !== "with")) return false;
  let j = k;
  while (isPeriodToken(j - 1)) j--;
  if (DETERMINER_WORDS.has(t[j - 1]?.norm ?? "")) j--;
  // ("ended September with 8.2 million subscribers": a level held at the period's close.)
  return (link === "at" ? LEVEL_AT_VERBS : CLOSING_PERIOD).has(t[j - 1]?.norm ?? "");
}

/** The first token at or after `k` that is no period's, nor a determiner before one ("the year"). */
function pastPeriod(t: readonly Token[], k: number, isPeriodToken: (k: number) => boolean): number {
  let j = k;
  if (DETERMINER_WORDS.has(t[j]?.norm ?? "") && isPeriodToken(j + 1)) j++;
  while (isPeriodToken(j)) j++;
  return j;
}

/** Words before the noun phrase a relative clause follows: "aimed at cutting the deficit, which". */
const ANTECEDENT_STOPS = new Set([
  "at",
  "on",
  "to",
  "by",
  "from",
  "with",
  "into",
  "for",
  "won",
  "over",
  // ("the rise was below inflation, which ran at 3.9 per cent": a comparison or a form of "be" ends it too.)
  "below",
  "above",
  "under",
  "than",
  "is",
  "was",
  "are",
  "were",
]);

/** Words that compare the figure with another: "below a LSEG SmartEstimate of 10.3 trillion won". */
const COMPARISON_WORDS = new Set(["below", "above", "versus", "against", "beating", "missing", "topping"]);

/** Adjectives before "to" that make a level of the figure after: "is equivalent to 80% of GDP". */
const EQUALLING = new Set(["equivalent", "equal"]);

/** Participles of a total: "fines totalling €2.6 million". */
const TOTALLING = new Set(["totalling", "totaling"]);
/** Words a total's noun phrase stops at besides prepositions: "an offer of wage increases", "over defaults". */
const TOTAL_STOPS = new Set(["of", "over", "against", "under", "per"]);

/**
 * Prepositions whose object "worth" values: "entered into contracts worth", "for irregularities worth" (not
 * "a deal with Eni worth", "memorandums of understanding worth": there the noun before the preposition).
 */
const WORTH_OBJECT_LINKS = new Set(["into", "for", "on"]);

/** Participles that make a noun phrase of what they measure: "an all-stock deal valued at $59.5 billion". */
const MODIFYING_PARTICIPLES = new Set([
  "valued",
  "worth",
  "priced",
  "estimated",
  "assessed",
  "appraised",
  "costing",
]);

/** Nouns that give a level its sign after "was a": "Adjusted EBITDA was a loss of $5 million". */
const SIGN_NOUNS = new Set(["loss", "profit", "gain", "deficit", "surplus"]);

/** "EBITDA was a loss of", "The balance is a surplus of": the sign of what the clause's subject measures. */
function signedLevel(t: readonly Token[], noun: number): boolean {
  return (
    SIGN_NOUNS.has(t[noun]?.norm ?? "") &&
    (t[noun - 1]?.norm === "a" || t[noun - 1]?.norm === "an") &&
    BE_FORMS.has(t[noun - 2]?.norm ?? "")
  );
}

/** Nouns of an amount, not a change, when money follows with "of": "a net loss of 4.6 billion euros". */
export const MONEY_LEVEL_NOUNS: ReadonlySet<string> = new Set([
  "loss",
  "losses",
  "gain",
  "gains",
  "deficit",
  "shortfall",
]);

const RISK_ADJECTIVES = new Set(["higher", "lower", "greater", "increased", "reduced", "smaller", "bigger"]);

const RISK_NOUNS = new Set(["risk", "chance", "likelihood", "odds", "probability", "rate"]);

/** Change nouns that name a project when money comes before them: "a $4.2 million expansion of the library". */
export const MONEY_PROJECT_NOUNS: ReadonlySet<string> = new Set(["expansion"]);

/**
 * "seeking a pay increase of 9%": what changes is named between the determiner and the change noun at
 * `noun` ("pay"); null when only words of size stand there ("a steeper increase of 4%", "an annual rise"):
 * what changes is not named.
 */
function changeNounPhrase(
  t: readonly Token[],
  noun: number,
  clauseStart: number,
): SubjectHit | null | undefined {
  // "reported organic growth of 11%", "posted comparable growth of 4%": a measure of change is named by
  // its kind and its noun together.
  if (GROWTH_KINDS.has(t[noun - 1]?.norm ?? "")) return { first: noun - 1, last: noun + 1, anaphor: false };
  // ("posted underlying sales growth of 3.2%", "organic revenue growth": the kind and what changes.)
  const measured = t[noun - 1];
  if (
    GROWTH_KINDS.has(t[noun - 2]?.norm ?? "") &&
    measured?.kind === "word" &&
    /^[a-z]{3,}$/.test(measured.text) &&
    !SIZE_WORDS.has(measured.norm)
  )
    return { first: noun - 2, last: noun, anaphor: false };
  // "expects sales growth of 13%", "Revenue growth of 5% beat": one noun after a verb or opening the clause.
  const before = noun - 2;
  const modifier = t[noun - 1];
  if (
    modifier?.kind === "word" &&
    modifier.text.toLowerCase() === modifier.norm &&
    /^[a-z]{3,}$/.test(modifier.norm) &&
    !SIZE_WORDS.has(modifier.norm) &&
    !/^[a-z]{2,}(?:er|est)$/.test(modifier.norm) &&
    !AUXILIARIES.has(modifier.norm) &&
    !DETERMINER_WORDS.has(modifier.norm) &&
    !MONEY_DETERMINERS.has(modifier.norm) &&
    (before < clauseStart || (takesObject(t, before) && !MONEY_DETERMINERS.has(t[before - 1]?.norm ?? "")))
  )
    return { first: noun - 1, last: noun, anaphor: false };
  let d = noun - 1;
  while (d >= clauseStart && noun - d <= MODIFIER_REACH + 1) {
    const w = t[d];
    if (w?.kind !== "word") return undefined;
    if (MONEY_DETERMINERS.has(w.norm)) break;
    // "a pay increase": a word that could be a verb is a noun right after the determiner.
    const verb = takesObject(t, d) && !MONEY_DETERMINERS.has(t[d - 1]?.norm ?? "");
    if (w.text !== w.norm || AUXILIARIES.has(w.norm) || NP_STOPS.has(w.norm) || verb) return undefined;
    d--;
  }
  if (!MONEY_DETERMINERS.has(t[d]?.norm ?? "") || d + 1 >= noun) return undefined;
  // "a steeper increase", "an annual rise": words of size or frequency name nothing that changes.
  for (let k = d + 1; k < noun; k++) {
    const word = t[k]?.norm ?? "";
    if (!SIZE_WORDS.has(word) && !/^[a-z]{2,}(?:er|est)$/.test(word))
      return { first: d + 1, last: noun, anaphor: false };
  }
  return null;
}

/**
 * What a plural change noun at `noun` changes: the words before it, after a determiner or a word that
 * cannot be one of them ("won pay hikes" -> "pay", "the proposed fare increases" -> "fare"), else the one
 * noun right before it ("Staff face pay cuts" -> "pay"); undefined when none is named ("got raises of 4%").
 */
function pluralChangeModifier(
  t: readonly Token[],
  noun: number,
  clauseStart: number,
): SubjectHit | undefined {
  // The noun right before may also be a verb ("pay hikes"); words before it may not ("expect price hikes").
  const modifier = (k: number): boolean => {
    const w = t[k];
    if (k < clauseStart || w?.kind !== "word" || isPastVerb(w) || isParticiple(w.norm)) return false;
    if (NOT_MODIFIERS.some((words) => words.has(w.norm))) return false;
    return k === noun - 1 || !VERB_WORDS.some((words) => words.has(w.norm));
  };
  let d = noun - 1;
  let hyphens = 0;
  while (noun - d - hyphens <= MODIFIER_REACH && modifier(d)) {
    d--;
    // "group-wide cuts": a hyphenated word is one word.
    if (gluedHyphen(t, d) && d - 1 >= clauseStart) {
      d--;
      hyphens += 2;
    }
  }
  if (d === noun - 1) return undefined;
  const opens = d < clauseStart || !modifier(d);
  return { first: opens ? d + 1 : noun - 1, last: noun, anaphor: false };
}

/** Words that compare with what follows them: "compared with a gain of 9%". */
const COMPARING = new Set(["with", "against", "versus", "vs", "to"]);

/** Words a change noun's modifiers may take: "a pay increase", "a wage and benefit rise". */
const MODIFIER_REACH = 2;
/** Adjectives of size, frequency or status before a change noun: "a modest rise", "a planned increase". */
const SIZE_WORDS = new Set([
  "annual",
  "modest",
  "sharp",
  "small",
  "big",
  "large",
  "slight",
  "further",
  "additional",
  "average",
  "overall",
  "total",
  "real",
  "nominal",
  "marginal",
  "steep",
  "strong",
  "solid",
  "significant",
  "substantial",
  "huge",
  "massive",
  "moderate",
  "monthly",
  "quarterly",
  "yearly",
  "weekly",
  "daily",
  "possible",
  "expected",
  "planned",
  "proposed",
  "cumulative",
  "combined",
  "record",
  "new",
  "fresh",
  "first",
  "second",
  "third",
  "separate",
  "deep",
  "deeper",
  "steeper",
  "sharper",
  "bigger",
  "larger",
  "smaller",
]);

/** Nouns made with "of" that a figure's "NP of" keeps whole. */
const OF_COMPOUNDS = new Set(OF_COMPOUND_NOUNS);

/** Words that set a figure against the one before: "against 12% for the Centre Party". */
const SET_AGAINST = new Set(SETTING_AGAINST);

/**
 * "The Moderates polled 19%, against 12% for the Centre Party", "49.1% for No": a figure set against the
 * one before measures what "for" names after it.
 */
function comparedFor(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const link = t[qualifierStart - 1]?.norm ?? "";
  if (!SET_AGAINST.has(link) || (link === "with" && t[qualifierStart - 2]?.norm !== "compared"))
    return undefined;
  // ("compared with Sh9.40 per kWh for geothermal": past the price's denominator.)
  const after = priceDenominatorAt(t, fig.last)?.end ?? fig.last;
  if (t[after]?.norm !== "for" || isPeriodToken(after + 1)) return undefined;
  const np = phraseAfter(t, after + 1, isPeriodToken);
  return np && !cutByFigure(t, np) ? np : undefined;
}

/** Words of a name that says a relative clause: "which Finance Minister Cassim said". */
const INSERTED_NAME_WORDS = 4;

/**
 * Where the relative clause's verb phrase starts past a saying set between its pronoun and its verb
 * (", which he said had risen", ", which Cassim said fell"): right after the pronoun, or `e` itself.
 */
function pastInsertedSaying(t: readonly Token[], e: number): number {
  const verb = t[e - 1];
  if (!verb || verb.text !== verb.norm || !SAYING.has(verb.norm)) return e;
  let j = e - 1;
  if (PRONOUN_WORDS.has(t[j - 1]?.norm ?? "") && t[j - 1]?.norm !== "it") j--;
  else while (j > e - 1 - INSERTED_NAME_WORDS && isCapitalized(t[j - 1])) j--;
  if (j === e - 1) return e;
  const relative = t[j - 1]?.norm;
  return (relative === "which" || relative === "who") && t[j - 2]?.norm === "," ? j : e;
}

/** Pronouns that say who they are only with their relative clause: "those who died", "anyone who". */
const RELATIVE_HEADED_PRONOUNS = new Set(["those", "anyone", "everyone", "someone", "whoever"]);

/** Quantifiers that float before a verb, after its subject: "would each receive", "have all signed". */
const FLOATING = new Set(["each", "all", "both"]);

/** The dot at `k` ends a short word of a place's name: "St. Louis", "Sta. Ines", "Mt. Kenya". */
function placeAbbreviationDot(t: readonly Token[], k: number): boolean {
  const word = t[k - 1];
  return (
    t[k]?.norm === "." &&
    !t[k]?.spaceBefore &&
    PLACE_ABBREVIATIONS.has(word?.norm ?? "") &&
    // (Not "561,200 MT. Aquaculture": a unit in capitals ends its sentence.)
    /^\p{Lu}\p{Ll}+$/u.test(word?.text ?? "") &&
    isCapitalized(t[k + 1])
  );
}

/**
 * Where the town opens before ", State-based" at `s` ("The Springdale, Arkansas-based meatpacker", "the St.
 * Louis, Missouri-headquartered chain"): up to three capitalized words after a determiner, at or past `floor`.
 */
function townBeforeStateBased(t: readonly Token[], s: number, floor: number): number | undefined {
  if (t[s - 1]?.norm !== "," || !isCapitalized(t[s])) return undefined;
  // ("South Carolina-based": a state of two words.)
  const hyphen = gluedHyphen(t, s + 1)
    ? s + 1
    : isCapitalized(t[s + 1]) && gluedHyphen(t, s + 2)
      ? s + 2
      : -1;
  if (hyphen < 0 || !BASED_WORDS.has(t[hyphen + 1]?.norm ?? "")) return undefined;
  let town = s - 1;
  for (let words = 0; words < 3; words++) {
    if (placeAbbreviationDot(t, town - 1)) town -= 2;
    else if (isCapitalized(t[town - 1]) && !DETERMINER_WORDS.has(t[town - 1]?.norm ?? "")) town--;
    else break;
  }
  if (town === s - 1 || town - 1 < floor || !DETERMINER_WORDS.has(t[town - 1]?.norm ?? "")) return undefined;
  return town;
}

/** Words after a place and a hyphen that say where a body is: "Arkansas-based", "Ohio-headquartered". */
const BASED_WORDS = new Set(["based", "headquartered"]);

/**
 * Where the past verb before a time at `v` stands, the time and its preposition standing between the verb
 * and the "to" of the level right before the figure: "was cut on Oct. 1 to", "fell in July to", "was raised last
 * year to"; undefined when `v` is no such time.
 */
function pastTimeBeforeTo(
  t: readonly Token[],
  v: number,
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): number | undefined {
  if (t[qualifierStart - 1]?.norm !== "to" || v !== qualifierStart - 2 || !isPeriodToken(v)) return undefined;
  let k = v;
  while (k > v - TIME_BEFORE_TO && isPeriodToken(k)) k--;
  if (TIME_BEFORE_TO_LINKS.has(t[k]?.norm ?? "")) k--;
  // (A verb's past or a passive's participle, "was cut": not a noun the time dates, "taking their gain this
  // year to 38%".)
  const passive = t[k]?.kind === "word" && BE_FORMS.has(t[k - 1]?.norm ?? "");
  return k < v && (isPastVerb(t[k]) || passive) ? k : undefined;
}

/** Tokens of a time between a verb and "to", at most: "on Oct. 1", "in the third quarter". */
const TIME_BEFORE_TO = 6;
/** Prepositions of such a time (not data/number-neighbours.ts's TIME_PREPOSITIONS, which read a number). */
const TIME_BEFORE_TO_LINKS = new Set(["on", "in", "during", "at", "by"]);

/** Short words of places' names written with a dot. */
const PLACE_ABBREVIATIONS = new Set(["st", "sta", "sto", "ste", "mt", "ft", "brgy", "pt"]);

/** Adverbs of a saying: "said separately it would need". */
const SAYING_ADVERB: ReadonlySet<string> = new Set(SAYING_ADVERBS);

/** Tokens a restrictive relative clause may run before the main verb. */
const RELATIVE_CLAUSE_REACH = 12;

/** Past tenses of relative clauses the -ed test misses: "the storm that hit Queensland". */
const RELATIVE_VERBS = new Set([...RELATIVE_PAST_TENSES, "has", "have", "had"]);

/**
 * Where a restrictive relative clause ending at the verb `e` opens ("the floods that swept through
 * Bavaria in September"): "that", "which" or "who" with a past tense right after it, a noun before it and
 * no comma between; undefined when there is none.
 */
function restrictiveRelative(
  t: readonly Token[],
  e: number,
  clauseStart: number,
  depth = 0,
): number | undefined {
  for (let k = e - 2; k > Math.max(clauseStart, e - RELATIVE_CLAUSE_REACH); k--) {
    const norm = t[k]?.norm ?? "";
    if (norm === "," || norm === ";") return undefined;
    if (norm !== "that" && norm !== "which" && norm !== "who") continue;
    const verb = t[k + 1];
    const noun = t[k - 1];
    // ("Players who lose in the first round will receive $5,000": "who" opens a clause in any tense.)
    const anyTense =
      norm === "who" && verb?.kind === "word" && verb.text === verb.norm && !NP_STOPS.has(verb.norm);
    if (!(isPastVerb(verb) || RELATIVE_VERBS.has(verb?.norm ?? "") || anyTense)) return undefined;
    // Not "estimated that", "reported last month that", "of which": a clause or a preposition's object.
    if (noun?.kind !== "word" || isPastVerb(noun) || NOT_ANTECEDENTS.has(noun.norm)) return undefined;
    if (SAYING.has(noun.norm) || PERCEIVING.has(noun.norm)) return undefined;
    // ("a generous multiple given that listed peers trade at": "given that", "so that" open a clause.)
    if (norm === "that" && THAT_OPENERS.has(noun.norm)) return undefined;
    // "A measure of unemployment that includes people who have given up": the outer clause's head (one
    // level up at most, so a chain of relatives costs no more than two windows).
    return (depth < 1 ? restrictiveRelative(t, k + 1, clauseStart, depth + 1) : undefined) ?? k;
  }
  return undefined;
}

/** Words before "that" or "which" that head no relative clause: time words and prepositions. */
const NOT_ANTECEDENTS = new Set(NOT_ANTECEDENT_WORDS);

/** Words before money that make it no verb's object: prepositions, links of a level, auxiliaries. */
const NOT_OBJECT_TAKERS = new Set(MONEY_OBJECT_BLOCKERS);

/** "VERB $X of/in NP": the noun phrase after the money when a verb takes it as its object. */
function moneyContent(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const verb = t[qualifierStart - 1];
  if (verb?.kind !== "word" || verb.text !== verb.norm || NOT_OBJECT_TAKERS.has(verb.norm)) return undefined;
  // ("owes the utility about Sh3.2 billion in unpaid bills": what a debtor owes measures the debtor.)
  if (owedBefore(t, qualifierStart)) return undefined;
  // "topped C$3 billion in five of the last seven years": a count opens no noun phrase.
  // ("$58 billion of three-year notes": a term glued to its unit describes the noun.)
  if (readWritten(t, fig.last + 1) && !gluedHyphen(t, fig.last + 2)) return undefined;
  const np = contentAfter(t, fig.last, isPeriodToken);
  return np && !cutByFigure(t, np) ? np : undefined;
}

/** A phrase that stops at another figure inside it: "$4.3 billion of its $4.5 billion target". */
function cutByFigure(t: readonly Token[], np: SubjectHit): boolean {
  const next = t[np.last];
  return next?.kind === "num" || next?.kind === "sym" || PREFIX_WORD_CURRENCY.has(next?.norm ?? "");
}

/** Determiners before money that make it a modifier of the noun after it: "a $2 billion deal". */
const MONEY_DETERMINERS = new Set(["a", "an", "the", "its", "their", "her", "his", "our", "entire", "whole"]);

/** Words that modify no change noun (pluralChangeModifier): determiners, stops, sizes, prepositions. */
const NOT_MODIFIERS: readonly { has(word: string): boolean }[] = [
  MONEY_DETERMINERS,
  NP_STOPS,
  AUXILIARIES,
  SIZE_WORDS,
  PREPOSITION_STOPS,
  RATIO_LINKS,
  SUBORDINATORS,
];
/** Verbs, which modify a change noun only right before it ("pay hikes", not "expect price hikes"). */
const VERB_WORDS: readonly { has(word: string): boolean }[] = [
  LEVEL_VERBS,
  OBJECT_VERBS,
  PRESENT_TRANSITIVES,
  CATENATIVES,
  CHANGE_VERB,
];

const STEADY = new Set(["unchanged", "steady", "stable", "flat", "constant"]);
/** Participles of keeping a level after "be": "was maintained at 21 cents", "was kept unchanged at". */
const KEPT = new Set(["kept", "maintained", "held", "left"]);

/** First words of a temperature's unit written apart: "deg C", "C", "F", "°". */
const TEMPERATURE_HEADS = new Set(["deg", "deg.", "c", "f", "°"]);

/** Verbs by which data set a level "at" a figure: "figures show total storage at 19,840 gigalitres". */
const DATA_SHOWING: ReadonlySet<string> = new Set(["shows", "show", "showed"]);
/** Verbs of a forecast, which are nouns too ("its forecast for growth", "price forecast for the season"). */
const FORECASTING_VERBS = ["forecast", "forecasts", "projected", "projects"];
const FORECASTING: ReadonlySet<string> = new Set(FORECASTING_VERBS);
const SPOKEN_SPAN_WORDS = new Set(["week", "month", "year"]);
/** Words before a forecast's word that make it a verb: a name, a pronoun, "and", an adverb. */
const VERB_LEADS_OF_FORECAST = new Set([
  "it",
  "they",
  "he",
  "she",
  "we",
  "and",
  "also",
  "now",
  "which",
  "who",
  ",",
  ")",
]);

/** The forecast's word at `v` is a verb whose object runs to "at" with no infinitive in it ("to grow at"). */
function forecastVerb(t: readonly Token[], v: number, at: number): boolean {
  // ("Conab this month forecast": past when it did.)
  const timed =
    SPOKEN_SPAN_WORDS.has(t[v - 1]?.norm ?? "") && ["this", "last"].includes(t[v - 2]?.norm ?? "");
  const before = t[timed ? v - 3 : v - 1];
  const leads = before !== undefined && (isCapitalized(before) || VERB_LEADS_OF_FORECAST.has(before.norm));
  return leads && !t.slice(v + 1, at).some((tok) => tok.norm === "to");
}

/** Verbs that value their object "at" a figure: "put the cost at", "estimated the damage at". */
const VALUING_VERBS = new Set([
  "put",
  "puts",
  "putting",
  "estimated",
  "estimates",
  "valued",
  "values",
  "pegged",
  "pegs",
  // "The rules cap advance payments at 10 per cent", "Punjab fixes wheat price at Rs3,500", "The board
  // sets the levy at R2 a litre": a limit or a level set on the object. (Not "set" and "fixed", participles
  // and adjectives as often: "the target set for the service", "a 10-year fixed mortgage stood at".)
  ...["cap", "caps", "capped", "capping", "sets", "setting", "fix", "fixes", "fixing"],
  // "It assumes Dubai crude at $65 a barrel": what a forecast's premise sets at a level.
  "assumes",
  "assumed",
  "assuming",
  // "Conab forecast the soybean crop at 177.6 million tons": what a forecast sets at a level.
  ...FORECASTING_VERBS,
  // "Stats SA data shows the official unemployment rate at 32.1%": what data show at a level.
  ...DATA_SHOWING,
]);
/** Present verbs that open a reported clause between a valuing verb and "at": "estimates X needs oil at". */
const CLAUSE_VERBS = new Set([
  "needs",
  "need",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "has",
  "have",
  "runs",
  "trades",
]);
/** Tokens from such a verb to its "at", at most: "put the cost of damage to roads and bridges at". */
const VALUED_REACH = 16;

/**
 * The object a valuing verb sets "at" the figure: "put the cost of damage to roads and bridges at R3.8bn"
 * → "the cost of damage to roads and bridges" (a list's commas may stand inside it; a clause's end or
 * another verb may not).
 */
function valuedObject(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // ("forecasts the 2026/27 soybean crop at a record 177.6 million tons": past the words of a record.)
  const at = pastRecordWords(
    t,
    t[qualifierStart - 1]?.norm === "between" ? qualifierStart - 2 : qualifierStart - 1,
  );
  if (t[at]?.norm !== "at") return undefined;
  for (let v = at - 1; v >= Math.max(clauseStart, at - VALUED_REACH); v--) {
    const tok = t[v];
    if (!tok || tok.norm === "." || tok.norm === ";") return undefined;
    if (VALUING_VERBS.has(tok.norm)) {
      // (Not "was valued at": a passive's subject is the clause's; nor "estimated that U.S. mills were
      // running at": a reported clause.)
      if (AUXILIARIES.has(t[v - 1]?.norm ?? "") || t[v + 1]?.norm === "that") return undefined;
      // ("mid-cap funds at Rs 4,210 crore", "set the cap on new study permits at": a compound's word or a
      // noun after a determiner, no verb.)
      const noun = (tok.norm === "cap" || tok.norm === "caps") && DETERMINER_WORDS.has(t[v - 1]?.norm ?? "");
      if (gluedHyphen(t, v - 1) || noun) return undefined;
      // ("its forecast for economic growth ... at 6.5%", "forecast the market to grow at 9%".)
      if (FORECASTING.has(tok.norm) && !forecastVerb(t, v, at)) return undefined;
      // ("data show the area stood at": what data show with a verb of its own is a clause.)
      const ownVerb = t[at - 1];
      if (DATA_SHOWING.has(tok.norm) && (isPastVerb(ownVerb) || /^[a-z]{3,}s$/.test(ownVerb?.text ?? "")))
        return undefined;
      return v + 1 < at ? trimmed(t, v + 1, at, isPeriodToken) : undefined;
    }
    // ("estimates Saudi Arabia needs oil at about $91": a clause's own verb stands between.)
    if ((isPastVerb(tok) && v < at - 1) || CLAUSE_VERBS.has(tok.norm)) return undefined;
  }
  return undefined;
}

/** Tokens an object moved by a verb may take: "its full-year operating profit forecast on Friday". */
const OBJECT_REACH = 14;

/** Nouns a gerund describes in an object: "selling price", "operating costs", "lending rate". */
const GERUND_HEADS = new Set([
  "price",
  "prices",
  "cost",
  "costs",
  "expenses",
  "margin",
  "margins",
  "rate",
  "rates",
]);

/** Prepositions inside a moved object: "its levy on crude palm oil", "its forecast for world output". */
const OBJECT_LINKS = new Set(["on", "for", "of", "in"]);

function objectBefore(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
  levelsOnly = false,
  bare = false,
): SubjectHit | undefined {
  // "raised its forecast ... to a record 2.99 billion tonnes": past the words of the level.
  let at = qualifierStart - 1;
  while (at > qualifierStart - 3 && (t[at]?.norm === "record" || t[at]?.norm === "a")) at--;
  // (A bare object right before the figure reads as if "by" stood between: "grew revenue 34 per cent".)
  if (bare) at = qualifierStart;
  const prep = bare ? "by" : t[at]?.norm;
  // "cut monthly food vouchers from $12 to $6": the object moved from a level too.
  if (prep !== "by" && prep !== "at" && prep !== "to" && prep !== "from") return undefined;
  let k = at - 1;
  while (k >= clauseStart && STEADY.has(t[k]?.norm ?? "")) k--;
  // "push hospital admissions up by 15%": the particle of a phrasal verb after its object.
  if ((t[k]?.norm === "up" || t[k]?.norm === "down") && prep === "by") k--;
  let end = k + 1;
  for (let v = k; v >= Math.max(clauseStart, k - OBJECT_REACH); v--) {
    const tok = t[v];
    // "cut its dividend payout by nearly a third this year to $85.4 billion": the object ends at "by".
    if (tok?.norm === "by" && prep === "to" && v < k) {
      end = v;
      continue;
    }
    if (gluedHyphen(t, v) || (tok?.kind === "num" && gluedHyphen(t, v + 1))) continue;
    // "its paid-up capital": the words of a hyphenated compound before a lower-case noun of the object.
    const compoundEnd = gluedHyphen(t, v + 1) ? v + 3 : gluedHyphen(t, v - 1) ? v + 1 : undefined;
    if (
      v < k &&
      tok?.kind === "word" &&
      compoundEnd !== undefined &&
      /^[a-z]+$/.test(t[compoundEnd]?.text ?? "")
    )
      continue;
    // "the excise rate on locally produced beer": an adverb's participle describes the noun after it.
    if (
      v < k &&
      /^[a-z]+ed$/.test(tok?.text ?? "") &&
      !OBJECT_VERBS.has(tok?.norm ?? "") &&
      t[v - 1]?.text === t[v - 1]?.norm &&
      isAdverb(t[v - 1]?.norm ?? "")
    ) {
      v--;
      continue;
    }
    // "its 2026/27 corn estimate": a span of years in the object ("his 2026 Ebitda estimate": a year);
    // "its policy rate (OPR)": an acronym.
    if (yearSpanAt(t, v) || isYearToken(t[v])) continue;
    // ("cut the price of its 1GB monthly bundle to R85": a measure glued to its unit describes the noun.)
    if (describesNounAfter(t, v, k + 1)) continue;
    if (tok?.norm === ")" && t[v - 2]?.norm === "(") {
      v -= 2;
      continue;
    }
    // "raised its growth forecast for this year to 1.4 percent": a period in the object is passed over.
    if (isPeriodToken(v) || (NP_STOPS.has(tok?.norm ?? "") && isPeriodToken(v + 1))) continue;
    // "lowered its lombard rate to 4.75% and its deposit rate to 3.75%": the verb of the figure before
    // governs this object too.
    if (tok?.norm === "and" && afterFigure(t, v - 1) && nounPhrase(t, v + 1, end))
      return trimmed(t, v + 1, end, isPeriodToken);
    // "its export levy on crude palm oil (CPO) to", "its forecast for world cereal production": a
    // preposition inside the object, before its lower-case noun.
    const inner = v < k && OBJECT_LINKS.has(tok?.norm ?? "") && /^[a-z]/.test(t[v + 1]?.text ?? "");
    if (inner) continue;
    // ("raised the regulated price of natural gas supplied to the power sector to RM30.50": a participle
    // and its preposition inside the object.)
    if (v < k && PARTICIPLE_LINKS.has(tok?.norm ?? "") && v - 1 > clauseStart && reducedRelative(t, v - 1)) {
      v--;
      continue;
    }
    // ("raised bakers' flour prices by", "raise the prices of about 120 noodle products by".)
    if (possessiveMark(t, v) || numberInObject(t, v)) continue;
    if (tok?.kind !== "word") return undefined;
    if (NOUN_ENDING_STOPS.get(tok.norm) === t[v - 1]?.norm) continue;
    if (NP_STOPS.has(tok.norm)) return undefined;
    // "would raise labour costs by 2.6%", "cap rent increases at 2.5%": a plural right before the
    // preposition heads the object; "the salary cap jumps to": a cap after a noun is one.
    const changeNoun = CHANGE_NOUN.has(tok.norm) || CHANGE_NOUN.has(tok.norm.replace(/s$/, ""));
    const plural = v === k && (changeNoun || (prep === "by" && tok.norm.endsWith("s")));
    const after = t[v + 1]?.norm ?? "";
    const capNoun =
      CAP_NOUNS.has(tok.norm) &&
      (v === k || CAP_FOLLOWERS.has(after) || CHANGE_VERB.has(after) || LEVEL_VERBS.has(after));
    const noun =
      ((NOUN_VERBS.has(tok.norm) || capNoun || plural) && isNounUse(t, v)) ||
      (STAYING.has(tok.norm) && v === k && prep === "to");
    // ("The increase works out to": a noun after its determiner.)
    const owner = t[v - 1]?.norm ?? "";
    // ("the rate on a 10-year fixed mortgage stood at": a participle after an article is an adjective.)
    const article = (j: number) => ["a", "an", "the"].includes(t[j]?.norm ?? "");
    // ("at an average selling price of RM29.40": a gerund after an article, or an article and a word, before
    // a price's or a cost's noun describes it; not "cutting costs by", "the government raising the price".)
    const plainWord = (j: number) => t[j]?.kind === "word" && t[j]?.text === t[j]?.norm;
    const determined =
      ((MONEY_DETERMINERS.has(owner) || /['’]s$/.test(owner)) && (!isPastVerb(tok) || article(v - 1))) ||
      (isPastVerb(tok) && gluedHyphen(t, v - 2) && t[v - 3]?.kind === "num" && article(v - 4)) ||
      (/^[a-z]{3,}ing$/.test(tok.text) &&
        GERUND_HEADS.has(t[v + 1]?.norm ?? "") &&
        (article(v - 1) || (article(v - 2) && plainWord(v - 1))));
    // ("raised its FY26 earnings estimate by", "its revenue estimate for the chain by": a word that is a verb
    // too, used as the object's noun, with no object of its own after it; not "estimate its value at".)
    const nounVerb = NOUN_VERBS.has(tok.norm) && (v + 1 === end || OBJECT_LINKS.has(t[v + 1]?.norm ?? ""));
    if (OBJECT_VERBS.has(tok.norm) && !determined && !((capNoun || plural || nounVerb) && noun)) {
      // (For a count: only a verb that moves a level, and an object that is a noun phrase: not "offered a
      // product to 16,000 investors", "cutting off supply to 250,000 people", "cutting them by two-thirds".)
      const objectWord = t[v + 1]?.norm ?? "";
      if (
        levelsOnly &&
        (!movesLevel(tok.norm) || PARTICLES.has(objectWord) || OBJECT_PRONOUNS.has(objectWord))
      )
        return undefined;
      // ("Tobacco excise take slumps to $7.3b": a noun, its verb right after it; no object.)
      if (end === v + 2 && CHANGE_VERB.has(objectWord)) return undefined;
      // ("widened slightly to", "before widening again to", "rationing widens as Thika dam falls to": an
      // adverb or a clause after the verb is no object.)
      const words = t.slice(v + 1, end).map((x) => x.norm);
      if (words.every((w) => isAdverb(w) || OBJECTLESS_ADVERBS.has(w))) return undefined;
      if (words.some((w) => CLAUSE_OPENERS.has(w))) return undefined;
      return end > v + 1 ? trimmed(t, v + 1, end, isPeriodToken) : undefined;
    }
    // "Gold reserves held by the central bank stood at", "are set to climb to": a nearer verb governs.
    // "taking Qatar's total output to 142 mtpa", "cut average fares to": a level word before a noun of
    // the object describes it.
    const describes = v < k && INFINITIVE_LEVELS.has(tok.norm);
    if (
      !noun &&
      !describes &&
      (CHANGE_VERB.has(tok.norm) || LEVEL_VERBS.has(tok.norm) || tok.norm === "to") &&
      !objectOfVerb(t, v, clauseStart)
    )
      return undefined;
  }
  return undefined;
}

/** Adverbs after a verb of change that leave it no object: "widening again to", "fell further to". */
const OBJECTLESS_ADVERBS = new Set(["again", "further", "back", "still", "even", "more", "less"]);
/** Words that open a clause, never inside an object: "widens as Thika dam falls to 40%". */
const CLAUSE_OPENERS = new Set(["as", "while", "whereas", "because", "although", "though", "when", "if"]);
/** Words that open a subordinate clause, whose subject a verb after "and" does not share: "Once the ...". */
const SUBORDINATE_OPENERS = new Set([...CLAUSE_OPENERS, "once", "until", "unless"]);

/** Words a verb's object may hold before its head: "lifts the night pay", "raises basic pay". */
const OBJECT_HEAD_REACH = 3;

/**
 * Token `k`, a level verb that is also a noun, is the head of an object verb's object: "The contract
 * raises pay by 9%", "lifts night pay by 7%" (not "Members who pay"; not "will pay").
 */
function objectOfVerb(t: readonly Token[], k: number, clauseStart: number): boolean {
  if (!LEVEL_VERBS.has(t[k]?.norm ?? "") || CHANGE_VERB.has(t[k]?.norm ?? "")) return false;
  for (let j = k - 1; j >= Math.max(clauseStart, k - 1 - OBJECT_HEAD_REACH); j--) {
    const tok = t[j];
    if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
    if (OBJECT_VERBS.has(tok.norm)) return true;
    if (NP_STOPS.has(tok.norm) || AUXILIARIES.has(tok.norm) || LEVEL_VERBS.has(tok.norm) || tok.norm === "to")
      return false;
  }
  return false;
}

/** Token `k` ends a figure: a number (not a year), a percent sign or word. */
function afterFigure(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return (
    (tok?.kind === "num" && !isYearToken(tok)) ||
    tok?.norm === "%" ||
    tok?.norm === "percent" ||
    tok?.norm === "cent"
  );
}

/** Words that may open an object but not after "and": "aged 15 and above in urban areas". */
const NOT_OBJECT_OPENERS = new Set(["above", "over", "below", "under", "more", "less", "up", "down", "then"]);

/** Tokens [a, b) form a noun phrase: no verb, not opened by a preposition or an adverb. */
function nounPhrase(t: readonly Token[], a: number, b: number): boolean {
  if (b <= a || NOT_OBJECT_OPENERS.has(t[a]?.norm ?? "") || PREPOSITION_STOPS.has(t[a]?.norm ?? ""))
    return false;
  for (let k = a; k < b; k++) {
    const tok = t[k];
    if (isPastVerb(tok) || (tok?.text === tok?.norm && /^[a-z]{3,}ing$/.test(tok?.norm ?? ""))) return false;
  }
  return true;
}

/** Caps and limits that are nouns after a noun: "the league's salary cap", "the price cap". */
const CAP_NOUNS = new Set(["cap", "caps", "limit", "limits"]);
/** Words after a cap noun: "the price cap in NSW", "the budget cap for teams". */
const CAP_FOLLOWERS = new Set([
  "in",
  "on",
  "for",
  "of",
  "at",
  "to",
  "from",
  "by",
  "will",
  "would",
  "is",
  "was",
]);

/** Tokens between "owe" and the money it owes, at most: "owes state utility Eskom around". */
const OWED_REACH = 6;

/** Money starting at `start` is what a verb of owing before it owes ("owe N1.7tn", "owes the utility about"). */
function owedBefore(t: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - OWED_REACH); j--) {
    const tok = t[j];
    if (!tok || tok.kind === "num" || tok.kind === "sym" || tok.norm === ",") return false;
    // ("its members were owed $1 billion in unpaid dues": a passive names the creditor; "it owed
    // contractors": a pronoun leaves what is owed to name the debt.)
    // ("lecturers are still owed", "with contractors owed about Sh38 billion": passives too.)
    if (OWING.has(tok.norm)) {
      const before = ["still", "now", "also"].includes(t[j - 1]?.norm ?? "") ? j - 2 : j - 1;
      return !NOT_DEBTORS.has(t[before]?.norm ?? "") && t[before - 1]?.norm !== "with";
    }
  }
  return false;
}

/** Words before "owe" that name no debtor: a passive's "be", a pronoun. */
const NOT_DEBTORS = new Set([...BE_FORM_WORDS, "it", "they", "we", "he", "she", "i", "you"]);

/**
 * The aside between the comma at `open` and the one at `close` is a company's name and the phrase before
 * it ends in a kind of company: "Africa's biggest pay-TV operator, Vista Broadcast Holdings,".
 */
function namedCompanyAside(t: readonly Token[], open: number, close: number): boolean {
  const kind = t[open - 1];
  if (t[open]?.norm !== "," || kind?.text !== kind?.norm || !COMPANY_KIND_SET.has(kind?.norm ?? ""))
    return false;
  const name = t.slice(open + 1, close);
  return (
    name.length > 0 &&
    name.length <= NAME_ASIDE_WORDS &&
    name.every((x) => isCapitalized(x) || x.norm === "&")
  );
}

/** Words of a company's name set off after its kind, at most. */
const NAME_ASIDE_WORDS = 6;

/** Particles of a verb before its object: "pushed up costs", "drove down prices". */
const VERB_PARTICLES = new Set(["up", "down", "out", "off"]);
/** Helpers of a perfect tense: "had pushed", "has lifted". */
const PERFECT_HELPERS = new Set(["had", "has", "have"]);
