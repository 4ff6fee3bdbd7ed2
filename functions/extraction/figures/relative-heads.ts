/**
 * "A 45-kilogram bale that cost 9,000 shillings a year ago now sells for 11,500 shillings", "Parts we bought
 * at $350 now land at N1.2 million": a sentence that opens with a noun phrase and a relative clause holding
 * a figure is about that noun phrase; its figures, in the relative clause and in the main clause after it,
 * measure it.
 */
import { BARE_ESTIMATES, DATA_VERBS, RESULT_VERBS, SPEECH_VERBS } from "./data/speech.ts";
import {
  DETERMINER_WORDS,
  HELPER_VERBS,
  IRREGULAR_PARTICIPLES,
  LEVEL_VERBS,
  OBJECT_TAKING_VERBS,
  PREPOSITION_WORDS,
} from "./data/subject-words.ts";
import { TIME_UNIT } from "./lexicon.ts";
import { isCapitalized } from "./phrases.ts";
import { firstAtOrAfter } from "./search.ts";
import { isChangeVerb, isPastVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure } from "./types.ts";

/** Words that open a relative clause after its noun phrase: "that", "which", "who". */
const RELATIVE_WORDS = new Set(["that", "which", "who"]);
/** Subject pronouns that open a relative clause without "that": "Parts we bought at $350". */
const RELATIVE_PRONOUNS = new Set(["we", "i", "they", "you"]);
/** Tokens of the noun phrase before its relative clause, at most: "A bottle of single-malt whisky". */
const HEAD_TOKENS = 7;
/** Marks a noun phrase may hold: "45-kilogram", "750ml". */
const HEAD_MARKS = new Set(["-", "'s", "’s"]);

export interface RelativeHead {
  /** The noun phrase's tokens [first, last). */
  first: number;
  last: number;
  /** The last token (exclusive) of the figure the relative clause holds. */
  figureEnd: number;
  /** The first clause break after the noun phrase (a semicolon, ", and", ", but"), or the sentence's end. */
  breakAt: number;
}

/** Verbs of saying, reporting and estimating, which the noun phrase and the relative clause hold none of. */
const MAIN_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...RESULT_VERBS,
  ...DATA_VERBS,
  ...BARE_ESTIMATES,
]);
/**
 * Tokens from the relative clause's verb to its figure, at most: "sold to supermarkets at Sh1,450" (not "who
 * overstay face a penalty of 150 yuan": the main clause's).
 */
const RELATIVE_OBJECT_REACH = 3;
/** Words of time that make an opening phrase no noun phrase: "Last year we exported", "Ten years ago". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...TIME_UNIT,
  "last",
  "next",
  "ago",
  "today",
  "yesterday",
  "season",
  "winter",
  "summer",
]);
/**
 * Words that make the words before a relative word a clause, not a noun phrase: "cannot compete with", "aims
 * to raise".
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...HELPER_VERBS,
  ...IRREGULAR_PARTICIPLES,
  "cannot",
  "to",
]);

/**
 * The noun phrase the sentence of tokens [from, to) opens with, where a relative clause follows it ("that",
 * "which", "who", or a pronoun: "Parts we bought") whose verb takes a figure within a few tokens
 * (`figureAfter` gives the tokens of the first figure at or after a token); undefined elsewhere.
 */
export function relativeHead(
  t: readonly Token[],
  from: number,
  to: number,
  figureAfter: (k: number) => { first: number; last: number } | undefined,
): RelativeHead | undefined {
  let first = from;
  if (t[first]?.kind === "punct" && /^["“‘']$/.test(t[first]?.norm ?? "")) first++;
  const opener = t[first];
  if (opener?.kind !== "word" || !(DETERMINER_WORDS.has(opener.norm) || isCapitalized(opener)))
    return undefined;
  const norm = opener.norm;
  if (RELATIVE_PRONOUNS.has(norm) || norm === "that" || NOT_OPENERS.has(norm) || TIME_WORDS.has(norm))
    return undefined;
  for (let r = first + 1; r < Math.min(t.length, first + HEAD_TOKENS + 1); r++) {
    const tok = t[r] as Token;
    const pronoun = RELATIVE_PRONOUNS.has(tok.norm);
    // ("About a third of that sum": "that" after a preposition points.)
    if (RELATIVE_WORDS.has(tok.norm) && NOT_VERBS.has(t[r - 1]?.norm ?? "")) return undefined;
    if (RELATIVE_WORDS.has(tok.norm) || (pronoun && isPastVerb(t[r + 1]))) {
      // (The clause's verb, after its own subject's pronoun where it has one: "that we sold".)
      const verbAt = pronoun ? r + 1 : RELATIVE_PRONOUNS.has(t[r + 1]?.norm ?? "") ? r + 2 : r + 1;
      const verb = t[verbAt];
      if (verb?.kind !== "word" || verb.text !== verb.norm || NOT_VERBS.has(verb.norm)) return undefined;
      const held = figureAfter(verbAt + 1);
      if (!held || held.first - verbAt - 1 > RELATIVE_OBJECT_REACH) return undefined;
      for (let k = verbAt; k < held.first; k++)
        if (MAIN_VERBS.has(t[k]?.norm ?? "") || isChangeVerb(t[k])) return undefined;
      return { first, last: r, figureEnd: held.last, breakAt: clauseBreakAfter(t, r, to) };
    }
    if (tok.kind === "punct" && !HEAD_MARKS.has(tok.norm)) return undefined;
    if (
      tok.kind === "word" &&
      (isPastVerb(tok) ||
        LEVEL_VERBS.has(tok.norm) ||
        OBJECT_TAKING_VERBS.has(tok.norm) ||
        MAIN_VERBS.has(tok.norm) ||
        TIME_WORDS.has(tok.norm) ||
        CLAUSE_WORDS.has(tok.norm))
    )
      return undefined;
  }
  return undefined;
}

/** Words that open a sentence but no noun phrase: "In that examination", "But the fact", "Of the 468". */
const NOT_OPENERS: ReadonlySet<string> = new Set([
  ...PREPOSITION_WORDS,
  "since",
  "it",
  "there",
  "but",
  "and",
  "so",
  "yet",
  "or",
  "if",
  "when",
  "as",
]);
/** Words after a relative word that are no verb: "that of", "that the", "which is why". */
const NOT_VERBS: ReadonlySet<string> = new Set([
  ...DETERMINER_WORDS,
  ...PREPOSITION_WORDS,
  "against",
  "about",
  "over",
  "after",
  "before",
  "between",
  "through",
]);

/**
 * The figure at token `at`, after the relative word and with no clause break between, measures the head
 * over the subject found for it: none, its unit, one within its own words ("11,500 shillings"), or one
 * between the relative word and it, inside the relative clause or after a preposition there ("before the
 * fire now costs $45"); not the main clause's own ("expects revenue to reach $10m").
 */
export function measuresHead(
  t: readonly Token[],
  head: RelativeHead,
  at: number,
  figure: Figure,
  subjectIsUnit: boolean,
): boolean {
  const { subject } = figure;
  if (at <= head.last || at >= head.breakAt) return false;
  if (!subject || subjectIsUnit) return true;
  if (subject.start >= figure.start && subject.end <= figure.end) return true;
  const subjectAt = firstAtOrAfter(t, subject.start, (tok) => tok.start);
  return (
    subject.start > (t[head.last]?.start ?? 0) &&
    subject.end <= figure.start &&
    (subjectAt < head.figureEnd || NOT_VERBS.has(t[subjectAt - 1]?.norm ?? ""))
  );
}

/** Words after a comma that open a clause of its own: ", and", ", but", ", while". */
const BREAK_JOINS = new Set(["and", "but", "while", "whereas", "although", "though"]);

/**
 * The first clause break in tokens [from, to) (a semicolon, or a comma before "and", "but" or "while"), or
 * `to`.
 */
function clauseBreakAfter(t: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const norm = t[k]?.norm;
    if (norm === ";" || (norm === "," && BREAK_JOINS.has(t[k + 1]?.norm ?? ""))) return k;
  }
  return to;
}
