/** Small tests on tokens that several figure rules share. */
import {
  CALLED_LINE_WORDS,
  CALLING_WORDS,
  EMERGENCY_LINE_WORDS,
  EMERGENCY_NUMBERS,
  LINE_MODIFIER_WORDS,
  PERCENT_GRADE_WORDS,
  REACHED_ON_WORDS,
  SINGLE_LINE_WORDS,
  WEB_DOMAINS,
} from "./data/number-neighbours.ts";
import { IRREGULAR_PAST_TENSES, PAST_TENSES_ONLY } from "./data/share-verbs.ts";
import { ACCOUNTING_ITEM_WORDS, ACCOUNTING_ITEMS } from "./data/subject-words.ts";
import { CHANGE_ADJECTIVE, CHANGE_VERB, MEASURE_UNIT } from "./lexicon.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

export const DASHES = new Set(["-", "–", "—", "‑", "−"]);

/** Characters between two cells of an aligned table's row, at least: "412.5    382.6". */
const CELL_GAP = 2;

/** Token `k` stands a cell's gap after the token before it, on its line: "412.5    382.6". */
export function cellGapBefore(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  const before = t[k - 1];
  return tok !== undefined && before !== undefined && !tok.lineStart && tok.start - before.end >= CELL_GAP;
}

export const CHANGE_ADJECTIVE_WORDS: ReadonlySet<string> = new Set([
  ...CHANGE_ADJECTIVE.keys(),
  "faster",
  "bigger",
  "slower",
]);

export function isChangeVerb(token: Token | undefined): boolean {
  return token !== undefined && CHANGE_VERB.has(token.norm);
}

/**
 * Tokens a change verb's object may take before "from" or "by": "raise the monthly water fee from $42 to
 * $58", "raised its forecast for Russia's 2026 wheat crop by 2 million tons", "cut the price of a
 * 12-kilogramme liquefied petroleum gas (LPG) cylinder by".
 */
export const OBJECT_WORDS = 16;

/** A change verb right at `k`, or before a short object (words, a possessive, a year) ending at `k`. */
export function changeVerbBefore(t: readonly Token[], k: number): boolean {
  return changeVerbAt(t, k) >= 0;
}

/** The index of the change verb changeVerbBefore finds, or -1. */
export function changeVerbAt(t: readonly Token[], k: number): number {
  for (let v = k; v >= Math.max(0, k - OBJECT_WORDS); v--) {
    const tok = t[v];
    if (isChangeVerb(tok)) return v;
    // "cut its full-year sales outlook by": a hyphenated word is one word.
    // ("the price of a 12-kilogramme cylinder by": a size glued to its unit.)
    if (gluedHyphen(t, v) && (t[v - 1]?.kind === "word" || sizeInObject(t, v - 1))) continue;
    // ("the price of a liquefied petroleum gas (LPG) cylinder by": one word in brackets.)
    if (tok?.norm === ")" && t[v - 1]?.kind === "word" && t[v - 2]?.norm === "(") {
      v -= 2;
      continue;
    }
    const possessive = tok?.norm === "'s" || tok?.norm === "’s";
    // "its estimate for the country's 2026/27 wheat crop by": a span of years in the object ("the price of
    // its 500ml tubs by": a size).
    if (tok?.kind !== "word" && !possessive && !isYearToken(tok) && !yearSpanAt(t, v) && !sizeInObject(t, v))
      return -1;
  }
  return -1;
}

/** Past tenses that make a clause report what happened: "-ed" words and common irregular ones. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_PAST_TENSES);
/** Participles that build a period, not a clause: "the year ended March 31". */
const PERIOD_PARTICIPLES = new Set(["ended", "ending", "started"]);

/** Words that end in "-ed" without being past tenses: "exceed", "proceed", "need". */
const PRESENT_IN_ED = /(?:exceed|proceed|succeed|need|speed|feed|breed|bleed|heed)$/;

const PAST_ONLY: ReadonlySet<string> = new Set(PAST_TENSES_ONLY);

/** A past tense that can be a participle too: "signed", "paid", not "took". */
export function isParticipleForm(tok: Token | undefined): boolean {
  return isPastVerb(tok) && !PAST_ONLY.has(tok?.norm ?? "");
}

/** A lower-case past tense: "rose", "lowered" (not "the year ended", nor "exceed"). */
export function isPastVerb(tok: Token | undefined): boolean {
  return tok?.kind === "word" && tok.text === tok.norm && isPastForm(tok.norm);
}

/** The lower-case word is a past tense, however it was written: "opened" of "Opened" or "OPENED". */
export function isPastForm(norm: string): boolean {
  return (
    (/^[a-z]{3,}ed$/.test(norm) && !PERIOD_PARTICIPLES.has(norm) && !PRESENT_IN_ED.test(norm)) ||
    IRREGULAR_PAST.has(norm)
  );
}

/** A word of two letters or more written all in capitals, as a brief's lines are: "VS", "DECLARES", "ROSE". */
export function shoutedWord(tok: Token | undefined): boolean {
  return (
    tok?.kind === "word" &&
    tok.text.length > 1 &&
    tok.text !== tok.norm &&
    tok.text === tok.norm.toUpperCase()
  );
}

/** Token `k` is part of a span of years written with a slash or a dash: "2026/27", "2025-26". */
export function yearSpanAt(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (!tok) return false;
  if ((tok.norm === "/" || tok.norm === "-") && !tok.spaceBefore) return isYearToken(t[k - 1]);
  if (tok.kind === "num" && /^\d{2}$/.test(tok.norm) && !tok.spaceBefore) return isYearToken(t[k - 2]);
  return isYearToken(tok) && (t[k + 1]?.norm === "/" || t[k + 1]?.norm === "-") && !t[k + 1]?.spaceBefore;
}

export function isYearToken(tok: Token | undefined): boolean {
  if (tok?.kind !== "num" || !/^[0-9]{4}$/.test(tok.norm)) return false;
  const y = Number(tok.norm);
  return y >= 1800 && y <= 2100;
}

/**
 * A word that is a verb or a noun ("forecast", "estimate") is the noun at `k` after another word of its
 * noun phrase: "its growth forecast", "its 2027 Brent forecast", "TRIMS GROWTH FORECAST"; not after an
 * auxiliary, a pronoun or a source ("analysts had forecast", "Goldman Sachs forecast").
 */
export function isNounUse(t: readonly Token[], k: number): boolean {
  const prev = t[k - 1];
  const tok = t[k];
  if (prev?.kind !== "word" || !tok) return false;
  if (tok.text !== tok.norm && tok.text === tok.text.toUpperCase()) return true;
  // "its 2027 Brent forecast": a name inside a noun phrase that a lower-case word or a number opens.
  const opener = t[k - 2];
  // ("The Tea Board of Kenya estimates the crop at": "of" inside the name opens no phrase.)
  if (prev.text !== prev.norm)
    return (
      opener !== undefined &&
      (opener.kind === "word" || opener.kind === "num") &&
      !isCapitalized(opener) &&
      opener.norm !== "of"
    );
  return !VERB_OPENERS.has(prev.norm);
}

/** Words after which "forecast" or "estimate" is the verb. */
const VERB_OPENERS = new Set([
  "had",
  "have",
  "has",
  "will",
  "would",
  "could",
  "may",
  "might",
  "to",
  "is",
  "was",
  "are",
  "were",
  "be",
  "been",
  "analysts",
  "economists",
  "also",
  "now",
  "previously",
  "earlier",
  "they",
  "we",
  "he",
  "she",
  "it",
]);

/**
 * The token whose possessive ends at token `k`: "year's" is its own owner, the "2024" of "2024's" (split
 * into "2024", "'", "s") is two before; -1 when `k` ends no possessive.
 */
export function possessiveOwner(t: readonly Token[], k: number): number {
  const tok = t[k];
  if (!tok) return -1;
  if (tok.kind === "word" && /.['’]s$/.test(tok.norm)) return k;
  const mark = t[k - 1];
  if (tok.norm === "s" && !tok.spaceBefore && (mark?.norm === "'" || mark?.norm === "’") && !mark.spaceBefore)
    return k - 2;
  return -1;
}

const ACCOUNTING = new Set(ACCOUNTING_ITEMS);
const ACCOUNTING_ITEM_WORD = new Set(ACCOUNTING_ITEM_WORDS);

/**
 * "after" or "before" at `k` opens an accounting phrase ("profit after tax", "income before amortisation",
 * "operating profit before other items"), not a clause.
 */
export function accountingPhrase(t: readonly Token[], k: number): boolean {
  const word = t[k]?.norm;
  if (word !== "after" && word !== "before") return false;
  const item = ACCOUNTING_ITEM_WORD.has(t[k + 1]?.norm ?? "") ? k + 2 : k + 1;
  return ACCOUNTING.has(t[item]?.norm ?? "");
}

const CALLED_LINES: ReadonlySet<string> = new Set(CALLED_LINE_WORDS);
const CALLING: ReadonlySet<string> = new Set(CALLING_WORDS);
const REACHED_ON: ReadonlySet<string> = new Set(REACHED_ON_WORDS);
/** Words after a number to call: "call 511 for updates", "call 5050 free". */
const CALL_LINKS: ReadonlySet<string> = new Set(["for", "to", "from", "on", "at", "free"]);

const EMERGENCY_NUMBER: ReadonlySet<string> = new Set(EMERGENCY_NUMBERS);
const EMERGENCY_LINE: ReadonlySet<string> = new Set(EMERGENCY_LINE_WORDS);
const LINE_MODIFIERS: ReadonlySet<string> = new Set(LINE_MODIFIER_WORDS);
const SINGLE_LINES: ReadonlySet<string> = new Set(SINGLE_LINE_WORDS);
/** Quotation marks a number to call may stand in: "the '108' helpline". */
const LINE_QUOTES = new Set(["'", "’", '"', "”"]);

/**
 * Token `k` is a number to call, a name and no figure: "Calls to the 997 hotline", "the 999 emergency
 * number", "the '108' helpline", "a 999 call", "China's 120-dispatch centres", "the 767 and 112 lines",
 * "call 511", "the hotline on 5050".
 */
export function namesCalledLine(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok?.kind !== "num") return false;
  // "call 511", "by calling 600 486 3000" (its groups too), "the hotline on 5050", "reached on 911"; not
  // what a call brings back ("call 120 workers back").
  // ("call 511 or 600 486 3000": the second of two numbers to call.)
  let calledAt = t[k - 1]?.kind === "num" ? k - 1 : k;
  if (t[calledAt - 1]?.norm === "or" && t[calledAt - 2]?.kind === "num") calledAt -= 2;
  const before = t[calledAt - 1]?.norm ?? "";
  // ("call 511 or 112", not "call 120 or 130 workers back".)
  const listed = (t[k + 1]?.norm === "or" || t[k + 1]?.norm === "and") && t[k + 2]?.kind === "num";
  const after = t[listed ? k + 3 : k + 1];
  const called =
    (CALLING.has(before) && (after?.kind !== "word" || CALL_LINKS.has(after.norm))) ||
    (before === "on" && REACHED_ON.has(t[calledAt - 2]?.norm ?? ""));
  if (called && /^\d[\d ]{1,11}$/.test(tok.text)) return true;
  if (!/^\d{2,5}$/.test(tok.text)) return false;
  const mark = t[k + 1];
  const glued = mark !== undefined && !mark.spaceBefore;
  const quoted = glued && LINE_QUOTES.has(mark.norm);
  const dashed = glued && DASHES.has(mark.norm);
  const at = quoted || dashed ? k + 2 : k + 1;
  const word = t[at]?.norm ?? "";
  // ("the 993 emergency line", not "700 emergency units" or "500 emergency calls".)
  if (CALLED_LINES.has(word)) return !LINE_MODIFIERS.has(word) || SINGLE_LINES.has(t[at + 1]?.norm ?? "");
  if (!EMERGENCY_NUMBER.has(tok.text) && !(dashed && tok.text === "120")) return false;
  // ("911 medical calls", not "112 medical devices".)
  if (LINE_MODIFIERS.has(word)) return EMERGENCY_LINE.has(t[at + 1]?.norm ?? "");
  if (EMERGENCY_LINE.has(word)) return true;
  // ("the toll-free 767 and 112 lines": the first of two, the second right before its line.)
  return (
    (word === "and" || word === "or") &&
    EMERGENCY_NUMBER.has(t[k + 2]?.text ?? "") &&
    EMERGENCY_LINE.has(t[k + 3]?.norm ?? "")
  );
}

/**
 * Token `k` is a grain's grade, or its percent mark or word: "Thai 5% broken rice", "wheat with 12.5
 * percent protein" (a name's part, no figure).
 */
export function inGrade(t: readonly Token[], k: number): boolean {
  const at = t[k]?.kind === "num" ? k : k - 1;
  return (
    t[at]?.kind === "num" &&
    PERCENT_GRADE_MARKS.has(t[at + 1]?.norm ?? "") &&
    PERCENT_GRADE_WORDS.has(t[at + 2]?.norm ?? "")
  );
}

/** Marks of a percentage a grade is written with: "5%", "12.5 percent". */
const PERCENT_GRADE_MARKS = new Set(["%", "percent", "pc"]);

/** The apostrophe at `v` marks a plural's possessive: "bakers' flour prices". */
export function possessiveMark(t: readonly Token[], v: number): boolean {
  const tok = t[v];
  return (tok?.norm === "'" || tok?.norm === "’") && !tok.spaceBefore && /s$/.test(t[v - 1]?.norm ?? "");
}

/**
 * The number at `v` is part of an object before "by" or "to": a count of what it is of ("prices of 16
 * ramyeon products", "of about 120") or a size glued to its unit ("the price of its 500ml tubs").
 */
export function numberInObject(t: readonly Token[], v: number): boolean {
  return t[v]?.kind === "num" && (countOfObject(t, v) || sizeInObject(t, v));
}

/** "500ml", "2kg": the number at `v` is a size, its unit of measure glued to it. */
function sizeInObject(t: readonly Token[], v: number): boolean {
  // ("a 12-kilogramme cylinder": glued by a dash.)
  const dash = DASHES.has(t[v + 1]?.norm ?? "") && !t[v + 1]?.spaceBefore ? 1 : 0;
  const unit = t[v + 1 + dash];
  return t[v]?.kind === "num" && unit?.kind === "word" && !unit.spaceBefore && MEASURE_UNIT.has(unit.norm);
}

/** The number at `v` counts what an object is of: "prices of 16 ramyeon products", "of about 120". */
function countOfObject(t: readonly Token[], v: number): boolean {
  const before = APPROXIMATE_WORDS.has(t[v - 1]?.norm ?? "") ? v - 2 : v - 1;
  if (t[before]?.norm !== "of") return false;
  // (A count of things, its plural a few words on: not an amount, "from a maximum of 1,000 yen per person".)
  for (let k = v + 1; k <= v + COUNTED_NOUN_REACH; k++) {
    const word = t[k]?.text ?? "";
    if (/^[a-z]{3,}s$/.test(word)) return true;
    if (!/^[a-z]+$/.test(word) || word === "per") return false;
  }
  return false;
}

/** Words from a count to its plural noun, at most: "of about 120 instant noodle products". */
const COUNTED_NOUN_REACH = 3;

/** Words of an approximate count: "of about 120 products", "estimates about 1,000 beds". */
export const APPROXIMATE_WORDS: ReadonlySet<string> = new Set([
  "about",
  "around",
  "nearly",
  "roughly",
  "some",
  "almost",
  "over",
]);

/** Words of a figure's tail before "from": its scale, currency, rate ("$90 million a year from 2028"). */
export const FIGURE_TAIL =
  /^(?:a|an|per|cent|percent|year|month|week|day|annually|million|billion|trillion|bn|mn|m|crore|lakh|yen|euros?|pounds?|dollars?|rupees?|pesos?|naira|rand|shillings?)$/;

/**
 * A move's amount, after "up" or "down", ends right before "from" at `from`: "down 0.2 per cent from July 1",
 * ", up 80 basis points from June 30", "up 12% from": what follows "from" is the level it is measured
 * against.
 */
export function movedBeforeFrom(t: readonly Token[], from: number): boolean {
  for (let k = from - 1; k > from - MOVE_TAIL_TOKENS; k--) {
    const tok = t[k];
    if (tok?.norm === "up" || tok?.norm === "down") return k < from - 1;
    const tail =
      tok?.kind === "num" ||
      tok?.kind === "sym" ||
      FIGURE_TAIL.test(tok?.norm ?? "") ||
      POINT_WORDS.has(tok?.norm ?? "") ||
      APPROXIMATE_WORDS.has(tok?.norm ?? "");
    if (!tail) return false;
  }
  return false;
}

/** Words of a move in points: "80 basis points", "1.2 percentage points". */
const POINT_WORDS = new Set(["basis", "percentage", "points"]);
/** Tokens from "up" or "down" to "from", at most: ", up about 80 basis points from". */
const MOVE_TAIL_TOKENS = 7;

/**
 * The point at `k` glues the token before it to a web domain in lower case, the address's end: "Amazon.com",
 * "JD.com", "511mn.org" (not "511mn.organic").
 */
export function webDomainPoint(t: readonly Token[], k: number): boolean {
  const point = t[k];
  const domain = t[k + 1];
  const after = t[k + 2];
  return (
    point?.norm === "." &&
    !point.spaceBefore &&
    domain !== undefined &&
    !domain.spaceBefore &&
    WEB_DOMAINS.has(domain.text) &&
    !(after?.kind === "word" && !after.spaceBefore)
  );
}
