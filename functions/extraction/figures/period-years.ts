/** The year of a period written without one: from the publication date, looking ahead or back. */
import { dayAfter, pad, weekday } from "./calendar.ts";
import { FUTURE_WORDS, MONTHS, WEEKDAYS, YEAR_RANGE } from "./data/periods.ts";
import { POSSESSIVE_DETERMINERS } from "./data/subject-words.ts";
import type { PeriodContext, PeriodHit } from "./periods.ts";
import { isCapitalized } from "./phrases.ts";
import { isNounUse, isPastVerb, movedBeforeFrom } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

export function yearOf(tok: Token | undefined): number | undefined {
  if (tok?.kind !== "num" || tok.norm.length !== 4 || !/^[0-9]{4}$/.test(tok.norm)) return undefined;
  const y = Number(tok.norm);
  return y >= YEAR_RANGE[0] && y <= YEAR_RANGE[1] ? y : undefined;
}

/**
 * Which way a period without a year points: "next April", "last November", a sentence about the future
 * ("will", "would") or one that expects or plans ("expects", "forecast", "set to"), or the base of a
 * comparison, which is past ("fell to €1.6 billion from €1.9bn at the end of December"), or the day a
 * new level starts on ("from January 1", "effective Jan. 1"), which is the nearest such day.
 */
export type Lean = "next" | "last" | "future" | "expected" | "past" | "starts";

const FUTURE: ReadonlySet<string> = new Set(FUTURE_WORDS);

/** Tokens looked back through for a word that points ahead ("will", "expects"), within the clause. */
const LEAN_REACH = 20;

export const SENTENCE_ENDS = new Set([".", ";", "!", "?"]);

/** Words that open a clause of its own before a period: "..., after sales fell in March". */
const CLAUSE_OPENERS = new Set([
  "after",
  "as",
  "because",
  "since",
  "while",
  "when",
  "although",
  "but",
  "whereas",
]);

/** A headline's first few words: token `k` within them. */
function nearLineStart(t: readonly Token[], k: number): boolean {
  for (let j = k; j >= Math.max(0, k - HEADLINE_SUBJECT); j--) if (t[j]?.lineStart || j === 0) return true;
  return false;
}
const HEADLINE_SUBJECT = 5;

/** Verbs of a headline's infinitive: "Power bills to fall", "Water tariffs to rise". */
const HEADLINE_VERBS = new Set([
  "rise",
  "fall",
  "climb",
  "drop",
  "increase",
  "decrease",
  "jump",
  "cut",
  "raise",
  "hike",
  "ease",
  "double",
  "top",
  "hit",
  "reach",
  "add",
]);

/** Modal verbs: the period they speak of is to come, even a quarter just ended ("will rise in the third quarter"). */
const MODALS = new Set(["will", "'ll", "’ll", "shall", "would", "could", "might", "must"]);

/** Words that point ahead only before "to": "set to add", "likely to fall", "poised to", "has to pay". */
const AHEAD_BEFORE_TO = new Set([
  "set",
  "likely",
  "poised",
  "slated",
  "bound",
  "has",
  "have",
  "needs",
  "need",
]);

/** "next April", "last November"; "will open the plant in March", "expects ... by January". */
export function leanAt(t: readonly Token[], i: number): Lean | undefined {
  const prev = t[i - 1]?.norm;
  if (prev === "next") return "next";
  if (prev === "last") return "last";
  if (scheduledStart(t, i)) return "future";
  let comma = false;
  for (let k = i - 1; k >= Math.max(0, i - LEAN_REACH); k--) {
    const tok = t[k];
    if (!tok || SENTENCE_ENDS.has(tok.norm)) break;
    // "..., after third-quarter earnings fell" (not "hard to reverse after April", where "after" is the
    // period's).
    if (CLAUSE_OPENERS.has(tok.norm) && (k < i - 1 || adjectival(t, i))) return undefined;
    if (pointsAhead(t, k)) return MODALS.has(tok.norm) ? "future" : "expected";
    // ("The company is moving 120 staff to Leeds in January": a plan told in the present progressive, in
    // the period's own stretch of the clause: not "exports are heading for a record, with shipments in
    // September reaching".)
    if (tok.norm === ",") comma = true;
    if (!comma && presentProgressive(t, k)) return "future";
    if (datesItsClause(t, k)) return undefined;
    // "will ease to 16.5% by December, from 18.02% in September": the base of a comparison is behind (not
    // "from 17.5% to 10% from January", a change, nor "from 1 March", the period itself).
    // ("for less than 40 million euros in the January window": a bound's "than" opens no base.)
    const bound = tok.norm === "than" && ["less", "more", "fewer"].includes(t[k - 1]?.norm ?? "");
    // ("to 12.5 percent from 10 percent starting Dec. 1": when the change starts, not when the base stood.)
    if (BASE_LINKS.has(tok.norm) && !bound && startsBase(t, k + 1, i))
      return STARTING.has(t[i - 1]?.norm ?? "") ? undefined : "past";
    if (tok.lineStart) break;
  }
  return modalAfter(t, i);
}

/**
 * "takes effect in January", "comes into force on March 1", "kicks in from April", "begins in February": a
 * start told in the present tense is to come.
 */
function scheduledStart(t: readonly Token[], i: number): boolean {
  if (!["in", "on", "from"].includes(t[i - 1]?.norm ?? "")) return false;
  // ("The second phase of sales begins in February", "The scheme opens on March 1".)
  if (SCHEDULED_PRESENT.has(t[i - 2]?.norm ?? "") && t[i - 1]?.norm !== "from") return true;
  const verb = effectVerbBefore(t, i - 1);
  return verb !== undefined && PRESENT_STARTS.has(t[verb]?.norm ?? "");
}

/** Present tenses of a start or an end on the calendar, told of what is to come: "begins in February". */
const SCHEDULED_PRESENT = new Set(["begins", "starts", "opens", "resumes", "launches", "closes", "expires"]);

/**
 * The verb of "takes effect", "came into force" or "kicks in" ending right before `lead` (the "on", "in" or
 * "from" of its date): its index ("into" stands for it when it is the first word), or undefined.
 */
export function effectVerbBefore(t: readonly Token[], lead: number): number | undefined {
  const [a, b] = [t[lead - 1]?.norm ?? "", t[lead - 2]?.norm ?? ""];
  if (a === "in") return /^kick(?:s|ed|ing)?$/.test(b) ? lead - 2 : undefined;
  if (a !== "effect" && a !== "force") return undefined;
  if (b === "into") return t[lead - 3] ? lead - 3 : lead - 2;
  return /^(?:tak(?:e|es|en|ing)|took)$/.test(b) ? lead - 2 : undefined;
}

/** Present forms of the verbs a start is told with: "takes (effect)", "comes (into force)", "kicks (in)". */
const PRESENT_STARTS = new Set([
  "takes",
  "take",
  "comes",
  "come",
  "enters",
  "enter",
  "goes",
  "go",
  "kicks",
  "kick",
]);

/** Tokens looked forward through for the modal of a clause whose subject holds the period. */
const MODAL_AFTER_REACH = 6;

/**
 * "The January renewals will cost": a period in the subject of a clause about the future (read only when
 * nothing before it in the clause dates it or opens a clause of its own).
 */
function modalAfter(t: readonly Token[], i: number): Lean | undefined {
  for (let k = i + 1; k <= i + MODAL_AFTER_REACH; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || tok.lineStart || isPastVerb(tok) || CLAUSE_OPENERS.has(tok.norm)) break;
    // ("rose to 25% in July and will reach 35%": the next clause's modal.)
    if (tok.norm === "and" || tok.norm === "or") break;
    if (MODALS.has(tok.norm)) return "future";
  }
  return undefined;
}

/** "third-quarter earnings": the period at `i` is glued to the noun it describes. */
function adjectival(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  return next?.norm === "-" && !next.spaceBefore;
}

/** Words after which a participle is an adjective or a passive, not a past tense: "will be allowed", "remain closed". */
const NOT_PAST_BEFORE = new Set([
  "be",
  "been",
  "being",
  "is",
  "are",
  "remain",
  "remains",
  "stay",
  "stays",
  "get",
  "become",
  "a",
  "an",
  "the",
  "its",
  "their",
  "-",
]);

/** Participles that date a clause of their own: "the season that started on Oct. 1". */
const DATING_PARTICIPLES = new Set(["ended", "started", "began"]);

/**
 * "the season that ended on June 30", "the $95 assumed in May", "had reached 52% by the end of
 * September": a past tense between the future word and the period dates it.
 */
function datesItsClause(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (!tok || FUTURE.has(tok.norm) || NOT_PAST_BEFORE.has(t[k - 1]?.norm ?? "")) return false;
  return isPastVerb(tok) || DATING_PARTICIPLES.has(tok.norm);
}

/** Words that open the base of a comparison: "from 18.02%", "than $5 billion", "from its October estimate". */
const BASE_LINKS = new Set(["from", "than"]);

/** Words that open the day a change starts: "from 10 percent starting Dec. 1", "effective Aug 1". */
const STARTING = new Set(["starting", "effective", "beginning", "from"]);

/**
 * "from January 1", "effective Jan. 1", "starting 1 January": the day at `i` (with no year) is when a new
 * level starts, not the base of a move ("up 9% from March 31").
 */
export function startsOn(t: readonly Token[], i: number): boolean {
  const word = t[i - 1]?.norm ?? "";
  return STARTING.has(word) && !(word === "from" && movedBeforeFrom(t, i - 1));
}

function startsBase(t: readonly Token[], k: number, period: number): boolean {
  const tok = t[k];
  if (POSSESSIVE_DETERMINERS.has(tok?.norm ?? "")) return true;
  // ("from R3.6 billion", "from Sh45bn": a currency's letters glued to the number.)
  const glued = tok?.kind === "word" && t[k + 1]?.kind === "num" && !t[k + 1]?.spaceBefore;
  if ((tok?.kind !== "num" && tok?.kind !== "sym" && !glued) || k >= period - 1) return false;
  for (let j = k + 1; j < period; j++) if (t[j]?.norm === "to") return false;
  return true;
}

/** Present forms of "be" before a progressive: "is moving", "are opening". */
const BE_PRESENT = new Set(["is", "are", "am", "'re", "’re", "'s", "’s"]);

/** Token `k` is a present "be" before a verb in "-ing" ("is moving", "we're opening"), not "is being". */
function presentProgressive(t: readonly Token[], k: number): boolean {
  const verb = t[k + 1];
  return (
    BE_PRESENT.has(t[k]?.norm ?? "") &&
    verb?.kind === "word" &&
    verb.text === verb.norm &&
    /^[a-z]{2,}ing$/.test(verb.norm) &&
    verb.norm !== "being" &&
    verb.norm !== "nothing" &&
    verb.norm !== "something"
  );
}

/** Token `k` is a word that puts its clause in the future. */
function pointsAhead(t: readonly Token[], k: number): boolean {
  const word = t[k]?.norm ?? "";
  if (AHEAD_BEFORE_TO.has(word)) return t[k + 1]?.norm === "to";
  // "Power bills to fall 3% in January": a headline's infinitive after its noun announces what will be.
  if (word === "to" && HEADLINE_VERBS.has(t[k + 1]?.norm ?? "") && t[k - 1]?.kind === "word")
    return !isPastVerb(t[k - 1]) && (t[k - 1]?.text !== t[k - 1]?.norm || nearLineStart(t, k));
  if (!FUTURE.has(word)) return false;
  // "a better-than-expected 6% rise": an expectation met or missed is past; so is one "had expected".
  if (t[k - 1]?.norm === "-" && t[k - 2]?.norm === "than") return false;
  if (t[k - 1]?.norm === "had") return false;
  // "its full-year sales forecast", "under a plan to": a noun after a word of its phrase.
  if (NOUN_OR_VERB.has(word) && isNounUse(t, k)) return false;
  return true;
}

/** Future words that are nouns as often: read as verbs only where isNounUse says so. */
const NOUN_OR_VERB = new Set(["forecast", "forecasts", "plan", "plans", "projects", "targets", "aim"]);

/**
 * The year of a month or quarter written without one ("in October", "the fourth quarter"), from the
 * publication date: the article's year, or the year before when the month it names starts more than two
 * months after publication (an article of January 2024 reports "October" of 2023, while "in March" may be
 * ahead). "next" and a sentence about the future look ahead (the next such month that has not ended by
 * publication: `endMonth` for a span), "last" back (the latest before the month of publication).
 */
export function yearFor(
  month: number,
  ctx: PeriodContext,
  lean?: Lean,
  endMonth = month,
): number | undefined {
  const { year, month: pubMonth } = ctx;
  if (year === undefined) return undefined;
  if (pubMonth === undefined) return year;
  if (lean === "next") return month > pubMonth ? year : year + 1;
  if (lean === "last") return month < pubMonth ? year : year - 1;
  // ("fell to €1.6 billion from €1.9bn at the end of December" in November: what is past has begun.)
  // A month just begun holds no past result yet: "up from 271 billion reais in December" on Dec 1.
  if (lean === "past")
    return month > pubMonth || (month === pubMonth && (ctx.day ?? 99) <= 5) ? year - 1 : year;
  if (lean === "future") return endMonth >= pubMonth ? year : year + 1;
  // ("raised prices by 4% from January 1" in December: a start is announced ahead, so a day in the next
  // two months is next year's; other days keep the default reading.)
  if (lean === "starts" && month < pubMonth && month + 12 - pubMonth <= 2) return year + 1;
  // A quarter or a half that ended within three months, or a month within two, is the one just reported
  // ("expects third-quarter losses of" or "expected October claims of" in November), not next year's.
  const justEnded = pubMonth > endMonth && pubMonth - endMonth <= (endMonth > month ? 3 : 2);
  if (lean === "expected") return endMonth >= pubMonth || justEnded ? year : year + 1;
  if (month - pubMonth > 2) return year - 1;
  return year;
}

/**
 * "have fled since December" in a November article: a month without its year after "since" is the last
 * one before publication, never one to come.
 */
export function sinceFrom(t: readonly Token[], at: number, inner: PeriodHit, ctx: PeriodContext): string {
  const from = inner.from ?? "";
  if (ctx.year === undefined || ctx.month === undefined || !/^\d{4}-\d{2}/.test(from)) return from;
  for (let k = at; k < inner.last; k++) if (yearOf(t[k]) !== undefined) return from;
  const published = `${ctx.year}-${pad(ctx.month)}${ctx.day !== undefined ? `-${pad(ctx.day)}` : ""}`;
  return from > published ? `${Number(from.slice(0, 4)) - 1}${from.slice(4)}` : from;
}

/** Monday 0 to Sunday 6: the first seven of WEEKDAYS. */
export const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(
  WEEKDAYS.slice(0, 7).map((d, k) => [d, k] as const),
);

/**
 * The weekday named at `at` (capitalized, Monday 0 to Sunday 6) and the publication's date and weekday,
 * or undefined when either is unknown.
 */
function weekdayAt(
  t: readonly Token[],
  at: number,
  ctx: PeriodContext,
): { target: number; today: number; year: number; month: number; day: number } | undefined {
  const target = WEEKDAY_INDEX.get(t[at]?.norm ?? "");
  const { year, month, day } = ctx;
  if (
    target === undefined ||
    !isCapitalized(t[at]) ||
    year === undefined ||
    month === undefined ||
    day === undefined
  )
    return undefined;
  return { target, today: weekday(year, month, day), year, month, day };
}

/** "since Monday" in an article of Friday 20 November: Monday 16 November (a week back if it is Monday). */
export function sinceWeekday(t: readonly Token[], at: number, ctx: PeriodContext): string | undefined {
  const w = weekdayAt(t, at, ctx);
  return w && dayAfter(w.year, w.month, w.day, -((w.today - w.target + 7) % 7 || 7));
}

/**
 * "fell 1.2% on Tuesday" in an article of Wednesday 21 May: Tuesday 20 May (the day itself when it is the
 * publication's); "will cut rates on Tuesday" looks ahead to the next one.
 */
export function onWeekday(t: readonly Token[], at: number, ctx: PeriodContext): string | undefined {
  const w = weekdayAt(t, at, ctx);
  if (!w) return undefined;
  // (Only a modal looks ahead: "raised its forecast by 15% on Friday" was Friday's.)
  if (leanAt(t, at) === "future") return dayAfter(w.year, w.month, w.day, (w.target - w.today + 7) % 7 || 7);
  return dayAfter(w.year, w.month, w.day, -((w.today - w.target + 7) % 7));
}

/** Month names and abbreviations, by number. */
export const MONTH = new Map(MONTHS);

/**
 * "9M2026", "9M26", "1H 2026", "3Q26": a count of months, a half or a quarter written before the year,
 * the way results tables label them; the months it covers and where it ends, or undefined.
 */
export function periodLabelAt(
  t: readonly Token[],
  i: number,
):
  | { year: number; fromMonth: number; toMonth: number; end: number; fiscal: boolean; split?: boolean }
  | undefined {
  const count = t[i];
  const letter = t[i + 1];
  if (count?.kind !== "num" || !/^[0-9]{1,2}$/.test(count.norm) || letter?.kind !== "word") return undefined;
  if (letter.spaceBefore) return undefined;
  // "3QFY2026", "1HFY26" (the letters glued to "FY"), "1H FY26": a part of the fiscal year so named.
  const glued = FISCAL_LABEL.exec(letter.norm)?.[1];
  const spaced = !glued && t[i + 2]?.norm === "fy" && !t[i + 3]?.spaceBefore;
  const unit = glued ?? letter.norm;
  if (!Object.hasOwn(LABEL_MONTHS, unit)) return undefined;
  const n = Number(count.norm);
  const span = LABEL_MONTHS[unit] ?? 0;
  // ("9M" counts months from the year's start; "3Q" and "1H" name the third quarter and the first half.)
  const [fromMonth, toMonth] = span === 1 ? [1, n] : [(n - 1) * span + 1, n * span];
  if (n < 1 || toMonth > 12 || (span === 1 && n % 3 !== 0)) return undefined;
  const fiscal = glued !== undefined || spaced;
  const yearAt = spaced ? i + 3 : i + 2;
  const yearTok = t[yearAt];
  const attached = yearTok !== undefined && !yearTok.spaceBefore;
  // (A fiscal year's number is glued to its "FY"; a calendar year may stand apart: "1H 2026".)
  const year =
    fiscal && !attached
      ? undefined
      : (yearOf(yearTok) ??
        (attached && yearTok?.kind === "num" && /^[0-9]{2}$/.test(yearTok.norm)
          ? 2000 + Number(yearTok.norm)
          : undefined));
  if (year === undefined) return undefined;
  // ("1H FY26/27": a fiscal year written across the two it spans, which starts in the first.)
  const slash = t[yearAt + 1];
  const next = t[yearAt + 2];
  const split =
    fiscal &&
    slash !== undefined &&
    ["/", "-"].includes(slash.norm) &&
    !slash.spaceBefore &&
    next?.kind === "num" &&
    !next.spaceBefore &&
    Number(next.norm) === (year + 1) % 100;
  return split
    ? { year, fromMonth, toMonth, end: yearAt + 3, fiscal, split }
    : { year, fromMonth, toMonth, end: yearAt + 1, fiscal };
}

/** A results label's letters glued to "FY": "HFY" of "1HFY26", "QFY" of "3QFY2026", "MFY" of "9MFY26". */
const FISCAL_LABEL = /^([hqm])fy$/;

/** Letters of a results label and the months one of its units spans: "9M", "1H", "3Q". */
const LABEL_MONTHS: Readonly<Record<string, number>> = { m: 1, h: 6, q: 3 };
