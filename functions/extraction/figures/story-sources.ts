/**
 * Where a story names the period it reports for: next to a cue ("results for the third quarter"), in a
 * sentence that opens with it, in the headline or the lede; and which periods can be a story's
 * (story-periods.ts).
 */
import { isOneDay, monthAfter } from "./calendar.ts";
import { comparativeEnd } from "./comparatives.ts";
import {
  PERIOD_DETERMINERS,
  RESULT_REPORTING_VERBS,
  STORY_PERIOD_CUES,
  TIME_NOUNS,
  WEEKDAYS,
} from "./data/periods.ts";
import { RESULT_NOUNS } from "./data/speech.ts";
import { AUXILIARIES } from "./data/subject-words.ts";
import { setAgainst } from "./figure-period.ts";
import { BULLETS, CLAUSE_REACH, CLAUSE_SPLITTERS, expectationMet, FORWARD } from "./past-results.ts";
import type { PeriodHit } from "./periods.ts";
import { isRelativePeriod } from "./relative-periods.ts";
import type { FigurePlace, StoryText } from "./story-periods.ts";
import type { Token } from "./tokenize.ts";
import type { FigurePeriod } from "./types.ts";

const CUES: ReadonlySet<string> = new Set(STORY_PERIOD_CUES);

/** Words of a revision: a figure revised is an earlier period's. */
const REVISING = new Set(["revised", "revision", "revisions", "restated"]);

/** Tokens before a period that a cue ("results for") may be, at most. */
const CUE_REACH = 6;

/** Times named without a date: "on Monday", "yesterday", "during the holiday". */
export const DAY_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...TIME_NOUNS]);

/** Words before a period that opens a sentence: "In the first half, ...", "For the nine months, ...". */
const OPENING_WORDS = new Set(["in", "during", "for", "over", "through", "across", "the", "“", '"']);

/** Period `p` starts before the story's: a look back, not the story's next period. */
export function before(p: FigurePeriod, story: FigurePeriod | undefined): boolean {
  if (!story?.from || !p.from) return false;
  const n = Math.min(p.from.length, story.from.length);
  return p.from.slice(0, n) < story.from.slice(0, n);
}

/**
 * Period `p` gives the story's period of whole months its exact days: "the 26 weeks ended Sept. 26"
 * (2026-03-29..2026-09-26) after "the first half of its fiscal year" (2026-04..2026-09), a 52-week year's
 * span that starts or ends within a week of the months' (two months or more).
 */
export function refines(p: FigurePeriod, story: FigurePeriod | undefined): boolean {
  if (!story?.from || !story.to || !p.from || !p.to) return false;
  // (Of a span of months only: "November 18 and 19", a poll's days, is no month of November.)
  if (p.from.length !== 10 || p.to.length !== 10 || story.from.length !== 7 || story.to.length !== 7)
    return false;
  if (story.from === story.to) return false;
  const month = (date: string, offset: number) =>
    monthAfter(Number(date.slice(0, 4)), Number(date.slice(5, 7)), offset);
  const day = (date: string) => Number(date.slice(8, 10));
  const start =
    p.from.slice(0, 7) === story.from || (day(p.from) > 31 - WEEK && month(p.from, 1) === story.from);
  const end = p.to.slice(0, 7) === story.to || (day(p.to) <= WEEK && month(p.to, -1) === story.to);
  // (The months' own days are nothing new: "as of Sept. 30", read as January 1 to September 30, in a story
  // of the first nine months.)
  const off = p.from.slice(0, 7) !== story.from || p.to.slice(0, 7) !== story.to;
  return start && end && off;
}

/** Days a 52-week year's span may start or end off its months. */
const WEEK = 7;

/** The sentence of the figure revises an earlier figure: "Data for December was revised down". */
export function revised(
  tokens: readonly Token[],
  place: FigurePlace,
  sentenceTokens: ReadonlyArray<[number, number]>,
  sentenceOf: Int32Array,
): boolean {
  const range = sentenceTokens[sentenceOf[place.first] ?? -1];
  if (!range) return false;
  for (
    let k = Math.max(range[0], place.first - CLAUSE_REACH);
    k < Math.min(range[1], place.last + CLAUSE_REACH);
    k++
  )
    if (REVISING.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/**
 * Period `p` is a part of `whole`, shorter than it, and `whole` a year at most (a year within "between 2022
 * and 2024" names a period of its own).
 */
export function within(p: FigurePeriod, whole: FigurePeriod | undefined): boolean {
  if (!whole?.from || !whole.to || !p.from || !p.to) return false;
  if (Number(whole.to.slice(0, 4)) > Number(whole.from.slice(0, 4)) + 1) return false;
  const covers = p.from >= whole.from && p.to.slice(0, whole.to.length) <= whole.to;
  return covers && (p.from !== whole.from || p.to !== whole.to);
}

/** A period a story may report for: whole days or more with their dates, not one day, not relative. */
export function storyLike(p: FigurePeriod): boolean {
  if (p.carried || isRelativePeriod(p.text) || /^(since|from|until|by|through)\b/i.test(p.text)) return false;
  // ("M-Pesa now accounts for 45.2 per cent": a standing level's "now" is no period results are told for.)
  if (STANDING.test(p.text)) return false;
  if (p.from && p.to === undefined) return false;
  // One day is an event's date ("fined $5 million on Monday"), not a period results are reported for;
  // undated (no publication date), it is told by its words ("October 28", "28 October").
  if (p.from) return !isOneDay(p);
  return !ONE_DAY.test(p.text);
}

/** The words that date a standing level to the month of publication. */
const STANDING = /^(?:now|currently|today)$/i;

/** A day's words: a month and a day of it ("October 28", "Nov. 6", "28 October"). */
const ONE_DAY =
  /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)$/;

/** Words between a lede's link word and its period: "in the nine months", "in its third quarter". */
const LEDE_DETERMINERS: ReadonlySet<string> = new Set(PERIOD_DETERMINERS);

/**
 * A section's heading over the results listed under it: a period alone on its line ("Third quarter 2026",
 * "January–September 2026"), before a colon, "Highlights" ("Nine-Month Highlights") or a parenthesis that
 * ends the line ("Third quarter 2026 (compared with third quarter 2025)").
 */
export function sectionHeading(tokens: readonly Token[], p: PeriodHit): boolean {
  // ("Period January–September 2026", "Period: January–September 2026": a Nordic report's word before it.)
  const lead = tokens[p.first - 1]?.norm === ":" ? p.first - 2 : p.first - 1;
  const led = tokens[lead]?.norm === "period" && tokens[lead]?.lineStart === true;
  if (!tokens[p.first]?.lineStart && !led) return false;
  let after = p.last;
  if (tokens[after]?.norm === ":" || tokens[after]?.norm === "highlights") after++;
  if (tokens[after]?.norm === "(" && !tokens[after]?.lineStart) {
    let close = after + 1;
    while (close < tokens.length && close - after <= HEADING_ASIDE_TOKENS && !tokens[close]?.lineStart) {
      if (tokens[close]?.norm === ")") break;
      close++;
    }
    if (tokens[close]?.norm === ")") after = close + 1;
  }
  return after >= tokens.length || tokens[after]?.lineStart === true;
}
/** Tokens a heading's parenthesis may hold: "(compared with third quarter 2025)". */
const HEADING_ASIDE_TOKENS = 12;

/**
 * The period hit `p` is next to a cue ("results for the third quarter", "Third Quarter Highlights"), opens
 * its sentence ("In the first half, ..."), or stands in the headline or the lede ("growth slowed in
 * October"); a date line under a headline does not.
 */
export function namesStory(input: StoryText, p: PeriodHit): boolean {
  const { tokens, sentenceTokens, sentenceOf } = input;
  // ("Key highlights (1H FY26 vs 1H FY25)", "Third Quarter 2026 Highlights (Compared to Third Quarter
  // 2025)", "versus the prior year": the period set against is the one before, never the story's.)
  if (setAgainst(tokens, tokens[p.first - 1]?.norm === "the" ? p.first - 1 : p.first)) return false;
  // ("Earnings per share 18.2 cents (1H FY25: 15.9 cents)": a comparative's period is its figure's only,
  // whatever cue stands before it.)
  if (comparativeEnd(tokens, p) >= 0) return false;
  // After the period, the cue follows it closely: "Third Quarter Highlights", "2025 financial results"
  // (not "a 64% jump in 2025, its best annual performance").
  for (let k = Math.max(0, p.first - CUE_REACH); k < Math.min(tokens.length, p.last + 2); k++)
    if (CUES.has(tokens[k]?.norm ?? "") && (k < p.first || (k >= p.last && tokens[p.last]?.norm !== ",")))
      return true;
  if (sectionHeading(tokens, p)) return true;
  const range = sentenceTokens[sentenceOf[p.first] ?? -1];
  if (!range) return false;
  let k = range[0];
  while (k < p.first && OPENING_WORDS.has(tokens[k]?.norm ?? "")) k++;
  if (k === p.first && tokens[p.last]?.norm === ",") return true;
  const [first, last] = range;
  // A headline: a short line with no sentence's end ("China's October factory output slows"), not a date
  // line under it ("Thursday 16 April 2026").
  const end = tokens[last - 1]?.norm ?? "";
  const date = DAY_NAMES.has(tokens[p.first - 1]?.norm ?? "") || tokens[p.first - 1]?.kind === "num";
  const headline =
    last - first <= HEADLINE_TOKENS &&
    tokens[first]?.lineStart === true &&
    !BULLETS.has(tokens[first]?.norm ?? "") &&
    comparativeEnd(tokens, p) < 0 &&
    ![".", "!", "?"].includes(end) &&
    !date &&
    wordsBeside(tokens, first, last, p) >= HEADLINE_WORDS;
  // The lede: the first sentence of the story's body, "in October" in "growth slowed in October".
  // ("in the nine months to September": past the article the hit leaves out; not "in the past three
  // months", which looks back from the day of the story.)
  // ("fell deeper into the red in its third quarter ended Sept 30": a possessive as "the".)
  const link =
    LEDE_DETERMINERS.has(tokens[p.first - 1]?.norm ?? "") && !LOOKING_BACK.has(tokens[p.first]?.norm ?? "")
      ? p.first - 2
      : p.first - 1;
  const lede =
    first === ledeStart(tokens, sentenceTokens) &&
    firstPeriod(input, first, p) &&
    (LEDE_LINKS.has(tokens[link]?.norm ?? "") || endOfMonthAt(tokens, p) || reportedResultAt(tokens, p));
  return headline || lede;
}

const REPORTING_VERBS: ReadonlySet<string> = new Set(RESULT_REPORTING_VERBS);
const RESULTS: ReadonlySet<string> = new Set(RESULT_NOUNS);

/**
 * "Ultrapar reported third-quarter profit that topped estimates", "posted a first-half loss": in the lede, a
 * period between a verb of reporting (and an article or "its") and a result's noun is the story's.
 */
function reportedResultAt(tokens: readonly Token[], p: PeriodHit): boolean {
  if (!RESULTS.has(tokens[p.last]?.norm ?? "")) return false;
  const before = LEDE_DETERMINERS.has(tokens[p.first - 1]?.norm ?? "") ? p.first - 2 : p.first - 1;
  return REPORTING_VERBS.has(tokens[before]?.norm ?? "");
}

/** "owed banks 612.4 billion pesos at the end of September": a lede's month end, as the month's data. */
function endOfMonthAt(tokens: readonly Token[], p: PeriodHit): boolean {
  return (
    tokens[p.first]?.norm === "end" &&
    tokens[p.first - 1]?.norm === "the" &&
    tokens[p.first - 2]?.norm === "at" &&
    p.from !== undefined &&
    p.from.length === 7
  );
}

/** Tokens of a headline, at most. */
const HEADLINE_TOKENS = 16;

/** Words a headline holds besides its period, at least: "China's October factory output slows". */
const HEADLINE_WORDS = 2;

/** Tokens of the shortest body sentence: a lede is longer than a headline. */
const LEDE_TOKENS = 16;

/** Words that open a period counted back from the day of the story: "the past three months". */
const LOOKING_BACK = new Set(["past", "last", "previous", "latest", "same"]);

/** Words before a lede's period that make it when the news happened: "slowed in October". */
const LEDE_LINKS = new Set(["in", "for", "during", "over"]);

/** Lower-case or capitalized words of tokens [first, last) outside period `p`, not days. */
function wordsBeside(tokens: readonly Token[], first: number, last: number, p: PeriodHit): number {
  let n = 0;
  for (let k = first; k < last; k++)
    if ((k < p.first || k >= p.last) && tokens[k]?.kind === "word" && !DAY_NAMES.has(tokens[k]?.norm ?? ""))
      n++;
  return n;
}

/**
 * Period `p` is the first of the lede that is no day (a dateline's or a statement's): "reported a profit
 * for the year to March 31, ..., a rescue that ended in 2021" names the year to March.
 */
function firstPeriod(input: StoryText, first: number, p: PeriodHit): boolean {
  // (Far into a long lede is no lede's period; the bound keeps a sentence of many periods linear.)
  if (p.first - first > LEDE_PERIOD_REACH) return false;
  for (let k = first; k < p.first; k++) {
    const q = input.periods[input.periodAt[k] ?? -1];
    if (q && !isDay(input.tokens, q)) return false;
  }
  return true;
}

/** Tokens into the lede its period may stand, at most. */
const LEDE_PERIOD_REACH = 60;

/** A day's date ("Sept 30", "2025-09-30") or a weekday: a dateline's or a statement's time. */
function isDay(tokens: readonly Token[], q: PeriodHit): boolean {
  if (isOneDay(q)) return true;
  const last = tokens[q.last - 1];
  // ("in 2025-26", "2025/26": the short end of a fiscal year is no day.)
  const yearEnd =
    ["-", "/", "–"].includes(tokens[q.last - 2]?.norm ?? "") &&
    /^\d{4}$/.test(tokens[q.last - 3]?.text ?? "");
  return (
    DAY_NAMES.has(tokens[q.first]?.norm ?? "") ||
    (last?.kind === "num" && Number(last.norm) <= 31 && !yearEnd)
  );
}

/** The first token of the story's first sentence of at least LEDE_TOKENS tokens, or -1. */
function ledeStart(tokens: readonly Token[], sentenceTokens: ReadonlyArray<[number, number]>): number {
  for (let k = 0; k < Math.min(sentenceTokens.length, LEDE_SEARCH); k++) {
    const [first, last] = sentenceTokens[k] ?? [0, 0];
    // ("NSW prison costs climb to $446 a day per inmate as remand numbers hit record": a long headline, on
    // its own line with no sentence's end, is no lede.)
    const headline =
      tokens[first]?.lineStart === true && ![".", "!", "?", '"', "”"].includes(tokens[last - 1]?.norm ?? "");
    if (last - first >= LEDE_TOKENS && !headline) return first;
  }
  return -1;
}

/** Sentences from the top a lede is looked for in. */
const LEDE_SEARCH = 4;

/** A word of what is to come in the sentence of token `k`, up to `k` or within its clause reach. */
export function forwardAround(
  tokens: readonly Token[],
  k: number,
  sentenceTokens: ReadonlyArray<[number, number]>,
  sentenceOf: Int32Array,
): boolean {
  const range = sentenceTokens[sentenceOf[k] ?? -1];
  if (!range) return false;
  // ("raised its full-year profit forecast after NGR rose 9% in the 19 weeks to 8 November": a word of
  // what is to come in the clause before a subordinator leaves the period's clause a result.)
  let from = Math.max(range[0], k - CLAUSE_REACH);
  for (let j = k - 1; j >= from; j--)
    if (CLAUSE_SPLITTERS.has(tokens[j]?.norm ?? "")) {
      from = j + 1;
      break;
    }
  for (let j = from; j < Math.min(range[1], k + CLAUSE_REACH); j++) {
    // ("returned to profit in the April-September half, while rival Nippon Sharyo warned that shortages
    // would cap output": what is to come after "while" is another clause's.)
    if (j > k && CLAUSE_SPLITTERS.has(tokens[j]?.norm ?? "")) break;
    // ("revenue grew faster than expected", "ahead of the 828 million analysts had forecast": a result
    // judged against an expectation looks back.)
    if (FORWARD.has(tokens[j]?.norm ?? "") && !describesNoun(tokens, j) && !expectationMet(tokens, j))
      return true;
  }
  return false;
}

/** Participles of expectation that describe the noun before them: "tax increases expected in the Budget". */
const DESCRIBING_PARTICIPLES = new Set(["expected", "projected", "planned", "scheduled"]);

/** The word at `j` is a participle that describes the plural noun before it, no verb of the clause. */
function describesNoun(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  return (
    DESCRIBING_PARTICIPLES.has(tokens[j]?.norm ?? "") &&
    before?.kind === "word" &&
    before.text === before.norm &&
    /[^s]s$/.test(before.norm) &&
    // An auxiliary or "as" before the participle makes it the verb: "is expected", "as planned".
    !AUXILIARIES.has(before.norm) &&
    before.norm !== "as"
  );
}
