import { AGE_BOUNDED_PEOPLE, NOT_PERSON_NOUNS, PERSON_NOUNS } from "./data/ages.ts";
import { PRONOUNS } from "./data/speech.ts";
import { isCapitalized } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

const PERSON_NOUN: ReadonlySet<string> = new Set(PERSON_NOUNS);
const NOT_PERSON_NOUN: ReadonlySet<string> = new Set(NOT_PERSON_NOUNS);
const AGE_BOUNDED: ReadonlySet<string> = new Set(AGE_BOUNDED_PEOPLE);
const AGE_BOUNDS = new Set(["over", "under", "above", "below", "aged"]);
/** Words before "at N" that make N an age: "died at 92", "passed away at 79", "retired at 60". */
const AGE_EVENTS = new Set([
  "died",
  "dies",
  "dead",
  "death",
  "away",
  "retired",
  "retire",
  "retires",
  "retirement",
  "retiring",
]);
const PRONOUN: ReadonlySet<string> = new Set(PRONOUNS);
const BE = new Set(["was", "is"]);

/**
 * The bare number at token `i` (its digits at `numStart`, the amount ending before `end`) is a person's
 * age: in apposition ("Pope Francis, 86, said", "The Polish striker, 37,", "Jane Doe (45)"), after "aged"
 * ("aged 45", "aged 61 and 74", "aged between 18 and 25", "at the age of 17"), before a second age and
 * "year olds" ("for 16 and 17 year olds"), as a bound on people
 * ("people over 65"), after a death or a retirement ("died at 92", "retired at 60"), or after "was"
 * ("She was 92.", "who is 64,"), or an anniversary's ("turns 70", a headline's "Capitec at 25").
 */
export function isAge(t: readonly Token[], i: number, numStart: number, end: number): boolean {
  const prev = t[i - 1];
  if (prev?.norm === "aged") return true;
  const num = t[numStart];
  if (!num || !/^[0-9]{1,3}$/.test(num.norm) || Number(num.norm) > 120) return false;
  const next = t[end];
  const before = t[i - 2];
  const enclosed =
    // "his wife, Maria, 72; a brother, Jan, 69; and ...": a list of survivors too.
    (prev?.norm === "," && (next?.norm === "," || next?.norm === ")" || next?.norm === ";")) ||
    (prev?.norm === "(" && next?.norm === ")");
  if (enclosed && (isCapitalized(before) || isPersonNoun(before?.norm ?? ""))) return true;
  if (["and", "or", "to"].includes(prev?.norm ?? "") && t[i - 3]?.norm === "aged") return true;
  // ("The rate for 16 and 17 year olds": the first of two ages before "year olds".)
  if (agesJoined(t, end) && t[end + 1]?.kind === "num" && agesNoun(t, end + 2)) return true;
  // ("16- to 24-year-olds": a hyphen left hanging before "to".)
  if (next?.norm === "-" && t[end + 1]?.norm === "to" && t[end + 2]?.kind === "num" && agesNoun(t, end + 3))
    return true;
  // ("workers aged above 55 to 60".)
  if (prev?.norm === "to" && AGE_BOUNDS.has(t[i - 3]?.norm ?? "") && t[i - 4]?.norm === "aged") return true;
  if (AGE_BOUNDS.has(prev?.norm ?? "") && AGE_BOUNDED.has(before?.norm ?? "")) return true;
  if (AGE_EVENTS.has(before?.norm ?? "") && (prev?.norm === "at" || prev?.norm === "aged")) return true;
  // "people aged over 50", "who died in January at 88": a bound after "aged"; a death's date between.
  if (AGE_BOUNDS.has(prev?.norm ?? "") && before?.norm === "aged") return true;
  if (prev?.norm === "at" && datedEvent(t, i - 2)) return true;
  // "aged between 18 and 25", "at the age of 17", "Smith, who is 64,".
  if (prev?.norm === "between" && before?.norm === "aged") return true;
  if (prev?.norm === "and" && t[i - 3]?.norm === "between" && t[i - 4]?.norm === "aged") return true;
  if (prev?.norm === "of" && before?.norm === "age") return true;
  if (BE.has(prev?.norm ?? "") && before?.norm === "who" && [",", ".", "when"].includes(next?.norm ?? ""))
    return true;
  // '... said former coach Tom Reilly, 70.': an age closing the sentence after a name.
  if (prev?.norm === "," && next?.norm === "." && isCapitalized(before) && isCapitalized(t[i - 3]))
    return true;
  // "Mombasa tea auction turns 70", "Capitec at 25: how a micro-lender ...": an anniversary's age, in a
  // headline's "at N" after a name (closing its line or before its colon) or after "turns".
  if (TURNS.has(prev?.norm ?? "") && !/^(?:%|percent|per|pc)$/.test(next?.norm ?? "")) return true;
  const closesLine = next === undefined || next.lineStart || next.norm === ":";
  if (prev?.norm === "at" && isCapitalized(before) && closesLine) return true;
  return (
    PRONOUN.has(before?.norm ?? "") && BE.has(prev?.norm ?? "") && [".", ",", ";"].includes(next?.norm ?? "")
  );
}

/**
 * "year olds", "years old", a glued "-year-olds", "age group" at `s`: a group named by its ages before it
 * ("the rate for 18-20 year olds", "16- to 24-year-olds", "the 25-34 age group").
 */
export function agesNoun(t: readonly Token[], s: number): boolean {
  if (/^years?$/.test(t[s]?.norm ?? "") && /^olds?$/.test(t[s + 1]?.norm ?? "")) return true;
  const glued = (k: number) => t[k] !== undefined && !t[k]?.spaceBefore;
  if (t[s]?.norm === "-" && glued(s) && glued(s + 1) && /^years?$/.test(t[s + 1]?.norm ?? ""))
    return t[s + 2]?.norm === "-" && /^olds?$/.test(t[s + 3]?.norm ?? "");
  return t[s]?.norm === "age" && AGE_GROUP_NOUNS.has(t[s + 1]?.norm ?? "");
}
/** Nouns after "age" that name a group by its ages: "the 25-34 age group". */
const AGE_GROUP_NOUNS = new Set(["group", "groups", "bracket", "brackets", "band", "bands", "cohort"]);

/**
 * The first age of a group whose last age is at `k`: "18-20", "16 to 17", "16- to 24" (a hyphen left
 * hanging before "to").
 */
export function firstAge(t: readonly Token[], k: number): number {
  if (t[k - 2]?.kind === "num" && agesJoined(t, k - 1)) return k - 2;
  if (t[k - 1]?.norm === "to" && t[k - 2]?.norm === "-" && !t[k - 2]?.spaceBefore && t[k - 3]?.kind === "num")
    return k - 3;
  return k;
}

/** "18-20", "16 to 17", "16 and 17": the link at `k` joins two ages. */
export function agesJoined(t: readonly Token[], k: number): boolean {
  const link = t[k];
  return ["to", "and", "or"].includes(link?.norm ?? "") || (link?.norm === "-" && !link.spaceBefore);
}

/** Verbs of reaching an age: "the tower turns 50". */
const TURNS = new Set(["turns", "turned", "turning"]);

/** Words of a date between a death and its "at": "died in January at 88", "died last week at 94". */
const DATE_LINKS = new Set(["in", "on", "last", "this", "early", "late", "week", "month", "year"]);

/** A death or a retirement, then only its date, ends at token `k`: "died in January". */
function datedEvent(t: readonly Token[], k: number): boolean {
  for (let j = k; j > k - 5 && j >= 0; j--) {
    const tok = t[j];
    if (AGE_EVENTS.has(tok?.norm ?? "")) return j < k;
    if (!tok || !(DATE_LINKS.has(tok.norm) || tok.kind === "num" || isCapitalized(tok))) return false;
  }
  return false;
}

/** People named by what they do: the nouns of the list, and agent nouns that name no thing. */
function isPersonNoun(word: string): boolean {
  return (
    PERSON_NOUN.has(word) ||
    (/^[a-z]{4,}(?:er|or|ist|ian|ant|ent|ee)$/.test(word) && !NOT_PERSON_NOUN.has(word))
  );
}
