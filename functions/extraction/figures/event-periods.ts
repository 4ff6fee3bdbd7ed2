/**
 * Periods that date an event a figure answers, not the figure: the year of "over a 2025 data breach", the
 * time of a clause of cause whose verb follows it ("after a ransomware attack in July exposed ...").
 */
import type { PeriodHit } from "./periods.ts";
import { isPastVerb, isYearToken } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Words that open a clause of cause or time with its own event: "after Trump doubled tariffs to 50%". */
export const EVENT_OPENERS: ReadonlySet<string> = new Set(["after", "because", "although", "despite"]);

/** Links of a cause or an occasion before the event a figure answers: "fined over a 2025 data breach". */
const CAUSE_LINKS = new Set(["over", "after", "following"]);

/**
 * A year between the article of an event and its noun, in the phrase of a cause ("fined 14.4 million reais
 * over a 2025 data breach", "to settle a class action over a 2024 cyberattack"): the event's year.
 */
export function causeYear(tokens: readonly Token[], p: PeriodHit): boolean {
  if (p.last - p.first !== 1 || !isYearToken(tokens[p.first])) return false;
  const noun = tokens[p.last];
  const link = tokens[p.first - 2]?.norm ?? "";
  const article = tokens[p.first - 1]?.norm ?? "";
  // ("over the 2025 and 2026 financial years", "over the 2025 season": a span, not a cause; "over" is one
  // only before "a".)
  const articled =
    link === "over" ? article === "a" || article === "an" : ["a", "an", "the"].includes(article);
  return (
    articled &&
    CAUSE_LINKS.has(link) &&
    noun?.kind === "word" &&
    noun.text === noun.norm &&
    !["and", "or", "to", "through"].includes(noun.norm) &&
    !PERIOD_NOUNS.has(noun.norm)
  );
}

/** Nouns after a year that make it a span of time: "after the 2025 season", "the 2024 financial year". */
const PERIOD_NOUNS = new Set([
  "season",
  "year",
  "financial",
  "fiscal",
  "period",
  "quarter",
  "half",
  "cycle",
  "crop",
]);

/** Tokens from a subordinate clause's opener to its period, at most: "after a ransomware attack in July". */
const OPENER_TO_PERIOD = 8;

/**
 * A subordinate clause between the figure and the period whose verb comes right after the period ("fined
 * 850 million naira after a ransomware attack in July exposed customer data"): the clause's time.
 */
export function subordinateVerbAfter(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  from: number,
  p: PeriodHit,
): boolean {
  if (!isPastVerb(tokens[p.last])) return false;
  for (let k = p.first - 1; k >= from && k >= p.first - OPENER_TO_PERIOD; k--) {
    if (figureAt[k] || tokens[k]?.norm === ",") return false;
    if (EVENT_OPENERS.has(tokens[k]?.norm ?? "")) return true;
  }
  return false;
}
