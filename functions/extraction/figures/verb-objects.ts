/**
 * What a verb's objects tell about money after it: with no determiner between them (headline style), the
 * noun that ends the object ("The council approves $412 million budget" -> "budget"); after a verb of two
 * objects, where the first one ends ("would cost the carmaker 1.8 trillion won").
 */
import { AUXILIARIES, DETERMINER_WORDS, LEVEL_VERBS, NOUN_GERUNDS, NP_STOPS } from "./data/subject-words.ts";
import { nounAfter } from "./subject-after.ts";
import { breaksLine, endsSentence, isAdverb } from "./subject-bounds.ts";
import type { SubjectHit } from "./subjects.ts";
import { isPastVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Pronouns as objects of a verb: "would cost it about £320 million", "cutting them by two-thirds", "cost me $38,000". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  "it",
  "them",
  "us",
  "me",
  "you",
  "him",
  "her",
  "this",
  "that",
]);

/**
 * The noun after money that a verb right before it takes with no determiner, when that noun ends the
 * object and is a plain noun: "approves $412 million budget", "Crown Posts $1.1 Billion Profit".
 */
export function bareObject(
  t: readonly Token[],
  figLast: number,
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const before = t[qualifierStart - 1];
  // "Nimbus soars after $1.4 billion IPO", "to buy Mixsoon in $1.2 bln deal": a preposition before the
  // money, when the noun after it ends the sentence or its line.
  const preposition = BARE_MONEY_PREPOSITIONS.has(before?.norm ?? "");
  // (A headline's money and the outlet's name on the line under it: "..., collect US$24 million" /
  // "Buenos Aires Times".)
  if ((!preposition && !bareObjectVerb(before)) || t[figLast]?.lineStart) return undefined;
  const noun = nounAfter(t, figLast, isPeriodToken) ?? namedObject(t, figLast);
  if (!noun || !closesObject(t, noun.last) || !plainNouns(t, noun)) return undefined;
  return !preposition || endsSentence(t, noun.last) ? noun : undefined;
}

/** Prepositions that take headline money as a bare object: "after $1.4 billion IPO". */
const BARE_MONEY_PREPOSITIONS = new Set(["after", "in", "for"]);

/** Words of a capitalized object after money: "raises $48m Series B", "prices $1.1b IPO". */
const NAMED_OBJECT_WORDS = 3;

/** A short run of capitalized words after money that ends the sentence or its line ("Series B", "IPO"). */
function namedObject(t: readonly Token[], at: number): SubjectHit | undefined {
  let e = at;
  while (e < at + NAMED_OBJECT_WORDS && t[e]?.kind === "word" && /^\p{Lu}/u.test(t[e]?.text ?? "")) {
    if (e > at && (breaksLine(t, e) || t[e]?.lineStart)) break;
    e++;
  }
  return e > at && endsSentence(t, e) ? { first: at, last: e, anaphor: false } : undefined;
}

/** Words after a noun that end the object it heads: a mark, a preposition or a conjunction. */
const OBJECT_ENDS = new Set([
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "(",
  "—",
  "–",
  "as",
  "after",
  "for",
  "in",
  "on",
  "to",
  "from",
  "with",
  "amid",
  "despite",
  "while",
  "over",
  "at",
  "by",
  "and",
  "but",
  "of",
]);

/** Words that head no object noun after money: adverbs, comparatives, prepositions ("$238 more", "so far"). */
const NOT_OBJECT_WORDS = new Set([
  "more",
  "less",
  "annually",
  "overseas",
  "abroad",
  "online",
  "offline",
  "worldwide",
  "globally",
  "domestically",
  "locally",
  "nationwide",
  "apiece",
  "each",
  // ("costs about Dh380,000 one way", "$5,000 round trip": a fare's trip, no object.)
  "one",
  "round",
  "so",
  "after",
  "before",
  "including",
  "excluding",
  "back",
  "down",
  "up",
  "off",
  "out",
  "away",
  "too",
  "alone",
  "altogether",
  "instead",
  "per",
  "a",
  "an",
  "the",
  "last",
  "next",
  "this",
  "every",
  "higher",
  "lower",
  "extra",
  "short",
  "ahead",
]);

/**
 * Every word of the phrase is a plain noun or adjective: no adverb or preposition, no "-ly" word, and no
 * "-ing" word but a noun's before the head ("spending bill", "funding round"; not "repairing roads").
 */
function plainNouns(t: readonly Token[], np: SubjectHit): boolean {
  for (let k = np.first; k < np.last; k++) {
    const n = t[k]?.norm ?? "";
    const participle = n.endsWith("ing") && (k === np.last - 1 || !NOUN_GERUNDS.has(n));
    if (NOT_OBJECT_WORDS.has(n) || participle || isAdverb(n) || isPastVerb(t[k])) return false;
  }
  return !["net", "gross"].includes(t[np.last - 1]?.norm ?? "");
}

/** The noun phrase ending before `k` ends its clause's object. */
function closesObject(t: readonly Token[], k: number): boolean {
  const next = t[k];
  return next === undefined || OBJECT_ENDS.has(next.norm) || breaksLine(t, k);
}

/** A verb that takes money as its object with no determiner between: "approves", "posts", "won". */
function bareObjectVerb(tok: Token | undefined): boolean {
  if (tok?.kind !== "word") return false;
  const n = tok.norm;
  if (NOT_BARE_OBJECT_VERBS.has(n) || AUXILIARIES.has(n) || NP_STOPS.has(n)) return false;
  return isPastVerb(tok) || LEVEL_VERBS.has(n) || BARE_OBJECT_VERBS.has(n) || /^[a-z]{3,}[a-rt-z]s$/.test(n);
}

/**
 * Past tenses, and headline verbs after a plural subject ("Denver voters approve $780 million bond
 * package"), that take money as a bare object ("approves", "wins" are found by their "-s").
 */
const BARE_OBJECT_VERBS = new Set([
  "won",
  "sought",
  "got",
  "paid",
  "raised",
  "set",
  "put",
  "approve",
  "pass",
  "post",
  "win",
  "seek",
  "face",
  "sign",
  "secure",
  "unveil",
  "announce",
  "eye",
  "eyes",
  "report",
  "raise",
  "receive",
  "pledge",
  "propose",
  // "Chinese firm to build $2.2 billion EV battery plant in Morocco", "to develop US$1.1 billion park".
  "build",
  "develop",
  "open",
  "launch",
]);
/** Words in "-s" that are no verb before money: "plus", "less", "its", "as", "us", "this". */
const NOT_BARE_OBJECT_VERBS = new Set([
  "plus",
  "less",
  "its",
  "as",
  "us",
  "this",
  "was",
  "has",
  "is",
  "minus",
  "versus",
  "thus",
  "unless",
]);

/** Verbs with two objects, a payer and an amount: "cost the carmaker 1.8 trillion won", "saved it $5 million". */
/** Forms of "owe", whose first object is the creditor: "owed Eskom R94.6 billion". */
export const OWING: ReadonlySet<string> = new Set(["owe", "owes", "owed", "owing"]);
const TWO_OBJECT_VERBS = new Set(["cost", "costs", "costing", "saved", "saves", "save", "saving", ...OWING]);
/** Words a first object may hold: "it", "the carmaker", "the state's budget". */
const FIRST_OBJECT_TOKENS = 4;

/**
 * The two-object verb whose first object ends at `k`: "cost it", "cost the industry", "cost insurers" (a
 * pronoun, a determiner's noun phrase or a bare plural); undefined otherwise.
 */
export function costBefore(t: readonly Token[], k: number, clauseStart: number): number | undefined {
  for (let j = k - 1; j >= Math.max(clauseStart, k - FIRST_OBJECT_TOKENS); j--) {
    if (TWO_OBJECT_VERBS.has(t[j]?.norm ?? "")) {
      const first = t[j + 1]?.norm ?? "";
      // "cost insurers $2.9 billion": a bare plural alone is an object too.
      const plural = k === j + 1 && /^[a-z]{3,}s$/.test(t[j + 1]?.text ?? "");
      // ("Municipalities owed Eskom R94.6 billion": whom a debt is owed to may be a name.)
      // ("owed water boards R26.3bn", "owes state utility Eskom 3.1 billion rand": a creditor described.)
      const creditor = t[k];
      const named =
        OWING.has(t[j]?.norm ?? "") &&
        (/^\p{Lu}/u.test(creditor?.text ?? "") || /^[a-z]{3,}s$/.test(creditor?.text ?? ""));
      const object = OBJECT_PRONOUNS.has(first) || DETERMINER_WORDS.has(first) || plural || named;
      const words = t.slice(j + 1, k + 1).every((x) => x.kind === "word" && !NP_STOPS.has(x.norm));
      return object && words ? j : undefined;
    }
  }
  return undefined;
}
