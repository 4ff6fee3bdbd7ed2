/**
 * Units that no unit noun gives: pounds that weigh a commodity, years that measure a life, and the
 * denominator of a rate ("per 100,000 people").
 */
import {
  DATING_WORDS,
  FLYING_WORDS,
  LIFE_WORDS,
  NOT_MEASURED_TIME_LEADS,
  TIME_MEASURE_WORDS,
  WEIGHED_IN_POUNDS as WEIGHED,
  WEIGHING_VERBS,
} from "./data/units.ts";
import type { Token } from "./tokenize.ts";

/** Lower-case words a rate's denominator may name: "per 100,000 live births". */
const DENOMINATOR_WORDS = 3;
/** Words that end a denominator's noun phrase. */
const DENOMINATOR_STOPS = new Set([
  "in",
  "on",
  "at",
  "for",
  "from",
  "to",
  "and",
  "or",
  "than",
  "a",
  "the",
  "last",
  "this",
  // ("4g per 100ml since 2022", "per 1,000 people until March": a time's word.)
  "since",
  "until",
  "till",
  "by",
  "with",
  "as",
  "is",
  "was",
  "were",
  "are",
]);

/** "per 100,000 people", "per 1,000 live births": a power of ten after "per" and the noun it counts. */
export function perDenominator(t: readonly Token[], j: number): { text: string; end: number } | undefined {
  const num = t[j + 1];
  if (t[j]?.norm !== "per" || num?.kind !== "num") return undefined;
  // ("per 1 000 people": digits grouped by a space.)
  const value = Number(num.norm.replace(/[, ]/g, ""));
  if (!(value >= 10) || !/^10*$/.test(String(value))) return undefined;
  let end = j + 2;
  while (end < j + 2 + DENOMINATOR_WORDS) {
    const word = t[end];
    if (word?.kind !== "word" || word.text !== word.norm || DENOMINATOR_STOPS.has(word.norm)) break;
    end++;
  }
  return {
    text: t
      .slice(j, end)
      .map((x) => x.text)
      .join(" "),
    end,
  };
}

const WEIGHED_IN_POUNDS: ReadonlySet<string> = new Set(WEIGHED);

/** "copper sales of 3.9 billion pounds": the figure at `i` is an amount of a commodity weighed in pounds. */
function weighedBefore(t: readonly Token[], i: number): boolean {
  const of = ["about", "around", "roughly", "some", "nearly"].includes(t[i - 1]?.norm ?? "") ? i - 2 : i - 1;
  return (
    t[of]?.norm === "of" &&
    AMOUNT_NOUNS.has(t[of - 1]?.norm ?? "") &&
    WEIGHED_IN_POUNDS.has(t[of - 2]?.norm ?? "")
  );
}
/** Nouns of an amount of a commodity: "copper sales", "uranium output". */
const AMOUNT_NOUNS = new Set([
  "sales",
  "output",
  "production",
  "shipments",
  "exports",
  "imports",
  "inventories",
  "deliveries",
]);

/**
 * "4.2 million pounds of uranium" (the commodity after), "copper sales of 3.9 billion pounds" (before): the
 * pounds at `j`, read from the figure at `i` and ending at `end`, weigh rather than pay.
 */
export function weighedInPounds(t: readonly Token[], i: number, j: number, end: number): boolean {
  if (!/^pounds?$/.test(t[j]?.norm ?? "")) return false;
  return (
    (t[end]?.norm === "of" && WEIGHED_IN_POUNDS.has(gluedWord(t, end + 1))) ||
    weighedBefore(t, i) ||
    weighingVerbBefore(t, i)
  );
}

const WEIGHING_VERB: ReadonlySet<string> = new Set(WEIGHING_VERBS);
/** Words a weighing verb may stand back from the amount: "harvested a record 1.49 billion pounds". */
const WEIGHING_VERB_REACH = 3;

/** A verb of gathering or weighing a crop stands right before the figure at `i`, past a few words. */
function weighingVerbBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - WEIGHING_VERB_REACH); k--) {
    const tok = t[k];
    if (tok?.kind !== "word") return false;
    if (WEIGHING_VERB.has(tok.norm)) return true;
  }
  return false;
}

/** The word at `k` with the tokens glued to it, lower-cased: "u3o8" from "U", "3", "O", "8". */
function gluedWord(t: readonly Token[], k: number): string {
  let word = t[k]?.norm ?? "";
  for (let g = k + 1; t[g] && !t[g]?.spaceBefore && /^[\p{L}\d]/u.test(t[g]?.text ?? ""); g++)
    word += t[g]?.norm;
  return word;
}

const LIFE = new Set(LIFE_WORDS);
const FLYING = new Set(FLYING_WORDS);
const TIME_MEASURE = new Set(TIME_MEASURE_WORDS);
const NOT_MEASURED_TIME_LEAD = new Set(NOT_MEASURED_TIME_LEADS);

/** The "time" at `k` measures a wait or a trip: "Median time fell to", "cut travel time to" (not "two-time"). */
function measuringTime(t: readonly Token[], k: number): boolean {
  const lead = t[k - 1];
  return t[k]?.spaceBefore === true && lead?.kind === "word" && !NOT_MEASURED_TIME_LEAD.has(lead.norm);
}
/** Words before a number of years that make it a span of time: "for 5 years", "over the past 10 years". */
const DURATION_LEADS = new Set([
  "for",
  "over",
  "within",
  "after",
  "in",
  "past",
  "last",
  "next",
  "first",
  "previous",
  "coming",
  "than",
  "until",
  "since",
  "during",
  "every",
  "each",
]);
/** Verbs of a response, before the lead of its time: "responded within 8 minutes" (not a deadline's "respond within seven days"). */
const RESPONSE_VERBS = new Set(["responds", "responded"]);
/** Words after a time that make it a point back or forward: "six months earlier", "ten years ago". */
const BACK_WORDS = new Set(DATING_WORDS);
/** Verbs of time spent somewhere, measures of a stay in short units: "spent 19.4 hours in the ED". */
const SPENDING_TIME = new Set(["spent", "spend", "spends", "spending"]);
const SHORT_TIMES = new Set(["hours", "hour", "minutes", "minute", "days", "day", "nights", "seconds"]);
/** How far back the words of life may be, in tokens. */
const LIFE_REACH = 16;
/** How far back a word of flying may be for hours, in tokens (within the sentence). */
const FLYING_REACH = 40;

/**
 * "Life expectancy at birth rose to 76.4 years", "the median age climbed to 44.1 years", "The average wait
 * lengthened to 126 days", "patients wait 8.5 months": a time that measures a life or a wait, not a
 * duration ("jailed for 5 years", "within 62 days").
 */
export function measuredTime(t: readonly Token[], i: number, j: number): boolean {
  // ("within the 14 days allowed": past the article.)
  const before = t[i - 1]?.norm === "the" ? (t[i - 2]?.norm ?? "") : (t[i - 1]?.norm ?? "");
  const unit = t[j]?.norm ?? "";
  // ("from 121 days six months earlier": a time back from another is a period.)
  // ("Ambulances responded within 8 minutes": a response's time is measured whatever its lead.)
  const responded = RESPONSE_VERBS.has(t[i - 2]?.norm ?? "");
  if ((DURATION_LEADS.has(before) && !responded) || BACK_WORDS.has(t[j + 1]?.norm ?? "")) return false;
  const years = /^years?$/.test(unit);
  for (let k = i - 1; k >= Math.max(0, i - LIFE_REACH); k--) {
    const word = t[k]?.norm ?? "";
    if (word === "." || word === ";") break;
    if (TIME_MEASURE.has(word) || (word === "time" && measuringTime(t, k))) return true;
    // ("Patients spent a median of 19.4 hours in the emergency department": a stay; not "spent 12 years
    // at the bank", a span of a career.)
    if (SPENDING_TIME.has(word) && SHORT_TIMES.has(unit)) return true;
    if (
      years &&
      (LIFE.has(word) || (word === "age" && ["median", "average", "mean"].includes(t[k - 1]?.norm ?? "")))
    )
      return true;
  }
  // ("flying a combined 11,400 hours, up 8pc from 10,550 hours", "The company flew 3,950 flight hours in
  // the quarter, ..., with an average of 359 hours per aircraft": hours flown, a measure of use, named
  // anywhere before in the sentence; not "for nearly five hours", a duration's lead before a qualifier.)
  if ((unit !== "hours" && unit !== "hour") || DURATION_LEADS.has(t[i - 2]?.norm ?? "")) return false;
  for (let k = i - 1; k >= Math.max(0, i - FLYING_REACH); k--) {
    const word = t[k]?.norm ?? "";
    if (word === "." || word === ";") return false;
    if (FLYING.has(word)) return true;
  }
  return false;
}

/** Words of imports a stock of reserves is measured in: "months of imports", "months of import cover". */
const IMPORT_WORDS = new Set(["import", "imports"]);

/**
 * "5.1 months of import cover", "7.6 months' worth of imports", "8.7 months of imports of goods and
 * services": reserves measured in the months of imports they pay for, a measure and no duration. The end
 * of the unit's words from the time unit at `j`, or undefined.
 */
export function importCoverEnd(t: readonly Token[], j: number): number | undefined {
  const unit = t[j]?.norm ?? "";
  if (unit !== "months" && unit !== "weeks" && unit !== "month" && unit !== "week") return undefined;
  let k = j + 1;
  // ("months' worth of": the possessive's mark and "worth".)
  if (["'", "’"].includes(t[k]?.norm ?? "") && !t[k]?.spaceBefore) k++;
  if (t[k]?.norm === "worth") k++;
  if (t[k]?.norm !== "of") return undefined;
  k++;
  if (t[k]?.norm === "goods" && t[k + 1]?.norm === "and" && IMPORT_WORDS.has(t[k + 3]?.norm ?? "")) k += 3;
  if (!IMPORT_WORDS.has(t[k]?.norm ?? "")) return undefined;
  k++;
  if (t[k]?.norm === "cover") k++;
  return k;
}
