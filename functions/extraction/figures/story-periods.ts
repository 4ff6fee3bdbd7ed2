/**
 * The story's period: a results story names its period once, in a heading, its lead or a sentence that
 * opens with it ("Third Quarter Highlights", "reported results for the quarter ended Sept. 30", "In the
 * first half, ..."), and its later sentences report for it ("Net sales rose 6.4% to $1.27 billion"). A
 * figure that names no period of its own, in a clause that reports a past result, takes the period the
 * story named last, marked `carried` (its text and offsets are where the story named it).
 */
import { comparativeEnd } from "./comparatives.ts";
import {
  FORWARD_NOUNS,
  FUTURE_WORDS,
  MARKET_CURRENCIES,
  MARKET_MOVE_WORDS,
  NOW_WORDS,
  PLANNED_ACTIONS,
  STORY_PERIOD_CUES,
  TIME_NOUNS,
  WEEKDAYS,
} from "./data/periods.ts";
import { SPEECH_VERBS } from "./data/speech.ts";
import { CHANGE_VERB, ONE, TEN, TIME_UNIT } from "./lexicon.ts";
import type { PeriodHit } from "./periods.ts";
import { gluedHyphen } from "./phrases.ts";
import { isRelativePeriod } from "./relative-periods.ts";
import { isPastVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure, FigurePeriod } from "./types.ts";

/** Where a figure sits in the tokens: its own tokens [first, last) and its clause's [clauseStart, clauseEnd). */
export interface FigurePlace {
  first: number;
  last: number;
  clauseStart: number;
  clauseEnd: number;
}

/** Words that keep a clause from reporting a past result: what is to come, or was only planned. */
const FORWARD: ReadonlySet<string> = new Set([...FUTURE_WORDS, ...FORWARD_NOUNS]);

const CUES: ReadonlySet<string> = new Set(STORY_PERIOD_CUES);

/**
 * "said", "told", "estimated (that)": a past verb that reports speech, not a result ("said it has 5,000
 * employees").
 */
const SPEECH: ReadonlySet<string> = new Set(SPEECH_VERBS);

/**
 * Words before a past form that make it no verb of the clause: "to be paid", "has been cut", "the
 * sector's installed capacity", "an estimated 733,000", "the combined company".
 */
const MODIFIER_LEADS = new Set([
  "to",
  "be",
  "been",
  "being",
  "'s",
  "’s",
  "a",
  "an",
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "that",
  "these",
  "those",
]);

const MARKET: ReadonlySet<string> = new Set(MARKET_MOVE_WORDS);

const CURRENCIES: ReadonlySet<string> = new Set(MARKET_CURRENCIES);

/** Currencies a rate is quoted in: "157.8 per dollar", "steady at 129.2 to the dollar". */
const QUOTE_CURRENCIES = new Set(["dollar", "euro", "greenback", "yen"]);

/** Verbs after "to" of what is to be done: "agreed to raise prices by 15%". */
const TO_DO: ReadonlySet<string> = new Set(PLANNED_ACTIONS);

/** Prepositions of a duration: "rose 18% in two weeks", "lost 80% over five years". */
const DURATION_OPENERS = new Set(["in", "over", "within", "during", "for", "across"]);

/** Words that count a time unit: "two weeks", "the past 12 months", "several years". */
const COUNTING = new Set(["past", "last", "next", "several", "few", "many", "recent"]);

/**
 * Helpers that make the clause's tense no simple past: "is costing", "are taxed", "has risen"; "had"
 * tells a state or a past before the story's ("the state had about 3,600 firms", "had risen").
 */
const PRESENT_HELPERS = new Set(["is", "are", "am", "has", "have", "had"]);

/** Words of the time of publication: "now stands at", "currently holds". */
const NOW: ReadonlySet<string> = new Set([...NOW_WORDS, "still"]);

/** Past forms that are prepositions here: "compared with", "according to", "based on". */
const NOT_VERBS = new Set(["compared", "according", "based", "excluding", "including", "led", "followed"]);

/** Verbs whose past is their present, read as past in a clause with no other tense: "cut 19,755 jobs". */
const SAME_IN_PAST = new Set(["cut", "shed", "hit", "quit"]);

/** "was up 5%", "were 12% higher": past forms of "be". */
const PAST_COPULAS = new Set(["was", "were"]);

/** Words of a revision: a figure revised is an earlier period's. */
const REVISING = new Set(["revised", "revision", "revisions", "restated"]);

/** Words right before a figure that make it the level compared, not a result: "up from $4 million". */
const COMPARED = new Set(["from", "than", "versus", "vs", "vs.", "against", "with"]);

/** Tokens a clause is read over for its verb, at most (keeps a long clause linear). */
const CLAUSE_REACH = 40;

/** Tokens before a period that a cue ("results for") may be, at most. */
const CUE_REACH = 6;

/** Times named without a date: "on Monday", "yesterday", "during the holiday". */
const DAY_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...TIME_NOUNS]);

/** Bullet marks that open a line of a list of results: "- Net sales increased 6.4%". */
const BULLETS = new Set(["-", "•", "*", "–", "—", "·", "▪"]);

/** Words before a period that opens a sentence: "In the first half, ...", "For the nine months, ...". */
const OPENING_WORDS = new Set(["in", "during", "for", "over", "through", "across", "the", "“", '"']);

/** What the pass reads of the article besides its figures. */
export interface StoryText {
  text: string;
  tokens: readonly Token[];
  periods: readonly PeriodHit[];
  /** The period hit of each token, -1 for none. */
  periodAt: Int32Array;
  /** Tokens of the bases of changes ("from a year earlier"). */
  inBase: Uint8Array;
  sentenceTokens: ReadonlyArray<[number, number]>;
  sentenceOf: Int32Array;
  publishedAt: string | undefined;
}

/**
 * Carries the story's period to the figures that report a past result and name no period of their own;
 * returns the story's period at each figure, for the relative periods to be dated from ("For the quarter").
 */
export function carryStoryPeriods(
  input: StoryText,
  figures: Figure[],
  places: readonly FigurePlace[],
): Array<FigurePeriod | undefined> {
  const stories: Array<FigurePeriod | undefined> = [];
  const { text, tokens, periods, sentenceTokens, sentenceOf, publishedAt } = input;
  const started = (p: { from?: string }) =>
    !p.from || !publishedAt || p.from <= publishedAt.slice(0, p.from.length);
  let story: FigurePeriod | undefined;
  let next = 0;
  // Where the figures' own periods start: another figure's period is no time of a figure's sentence.
  const owned = new Map(
    figures.flatMap((f, i) =>
      f.period && places[i]
        ? [[f.period.start, { i, first: places[i].first, ...(f.period.to && { to: f.period.to }) }] as const]
        : [],
    ),
  );
  figures.forEach((figure, i) => {
    const place = places[i];
    if (!place) return;
    // Headings, leads and sentences that open with a period name the story's period before this figure.
    for (; next < periods.length && (periods[next]?.first ?? 0) < place.first; next++) {
      const p = periods[next];
      if (!p || !started(p) || !namesStory(input, p)) continue;
      const period = spanOf(text, tokens, p);
      if (period && storyLike(period) && !forwardAround(tokens, p.first, sentenceTokens, sentenceOf))
        story = period;
    }
    stories[i] = story;
    const reports = reportsPastResult(input, place);
    if (figure.period) {
      // The lead figure of a sentence, not a level compared after it ("topping the record set in 2019").
      const lead = figures[i - 1]?.sentence.start !== figure.sentence.start;
      // ... nor a part of the story's period named in passing ("insured losses of $40 billion in January"
      // in a story of the first half).
      // ... nor an earlier period looked back on ("The rate was 7.0% in April" in a May story, "Data for
      // December was revised").
      if (
        lead &&
        reports &&
        storyLike(figure.period) &&
        started(figure.period) &&
        !within(figure.period, story) &&
        !before(figure.period, story) &&
        !revised(tokens, place, sentenceTokens, sentenceOf)
      )
        story = figure.period;
      return;
    }
    // "Lewis Pritchard, 44,": a bare number that measures nothing named is no result.
    const measured = figure.kind !== "NUMBER" || figure.subject !== undefined || figure.change !== undefined;
    if (
      story &&
      reports &&
      measured &&
      !compared(tokens, place.first) &&
      !namesTime(input, place.first, owned, i, story)
    )
      figure.period = { ...story, carried: true };
  });
  return stories;
}

/** The figure whose own period starts at a character: its index and first token. */
interface Owner {
  i: number;
  first: number;
  /** Where its period ends. */
  to?: string;
}

/** Months from one period's end to the story's start, at most, for the period before the story's. */
const PREVIOUS_MONTHS = 3;

/**
 * `owner` is a level compared after the figure at `index` in the period right before the story's: "rose
 * to 4.3% from 4.2% in December" in a January story (not "raised VAT to 15% from 9% in August 2023",
 * when it was raised).
 */
function comparedAfter(
  tokens: readonly Token[],
  owner: Owner | undefined,
  index: number,
  current: FigurePeriod,
): boolean {
  if (owner === undefined || owner.i <= index || !compared(tokens, owner.first)) return false;
  if (!owner.to || !current.from) return false;
  const gap = monthIndex(current.from) - monthIndex(owner.to);
  return gap >= 0 && gap <= PREVIOUS_MONTHS;
}

/** Months since year 0 of a partial ISO date ("2025" counts as its January). */
function monthIndex(date: string): number {
  const [y, m] = date.split("-").map(Number);
  return (y ?? 0) * 12 + (m ?? 1);
}

/**
 * The sentence of the figure at token `first` names a time of its own that was not the figure's ("on
 * Monday", "related to the case in 2024"), other than a base ("from $4 million a year earlier").
 */
function namesTime(
  story: StoryText,
  first: number,
  owned: ReadonlyMap<number, Owner>,
  index: number,
  current: FigurePeriod,
): boolean {
  const range = story.sentenceTokens[story.sentenceOf[first] ?? -1];
  if (!range) return false;
  for (let k = range[0]; k < range[1]; k++) {
    const norm = story.tokens[k]?.norm ?? "";
    // "on Monday", "during the holiday", "in the same week".
    if (DAY_NAMES.has(norm) || sameTime(story.tokens, k)) return true;
    const p = story.periods[story.periodAt[k] ?? -1];
    // A base, or a comparative's own period: "(H1 2024: £1,052.3 million)".
    // The period of a level compared after this figure ("rose to 4.3% from 4.2% in December"), or a
    // record's reach ("the highest since 2010").
    if (
      !p ||
      story.inBase[k] ||
      k !== p.first ||
      comparativeEnd(story.tokens, p) >= 0 ||
      comparedAfter(story.tokens, owned.get(story.tokens[k]?.start ?? -1), index, current) ||
      norm === "since" ||
      story.tokens[k - 1]?.norm === "since"
    )
      continue;
    if (!isRelativePeriod(story.text.slice(story.tokens[p.first]?.start, story.tokens[p.last - 1]?.end)))
      return true;
  }
  return false;
}

/** Words after "the same quarter" that make it a base: "last year", "a year earlier", "of 2024". */
const SAME_AS_BEFORE = new Set(["last", "a", "of", "the", "in", "one"]);

/** "in the same week" at token `k`: the time of another event, not a base ("the same quarter last year"). */
function sameTime(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]?.norm === "same" &&
    TIME_UNIT.has(tokens[k + 1]?.norm ?? "") &&
    !SAME_AS_BEFORE.has(tokens[k + 2]?.norm ?? "")
  );
}

/** Period `p` starts before the story's: a look back, not the story's next period. */
function before(p: FigurePeriod, story: FigurePeriod | undefined): boolean {
  if (!story?.from || !p.from) return false;
  const n = Math.min(p.from.length, story.from.length);
  return p.from.slice(0, n) < story.from.slice(0, n);
}

/** The sentence of the figure revises an earlier figure: "Data for December was revised down". */
function revised(
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
function within(p: FigurePeriod, whole: FigurePeriod | undefined): boolean {
  if (!whole?.from || !whole.to || !p.from || !p.to) return false;
  if (Number(whole.to.slice(0, 4)) > Number(whole.from.slice(0, 4)) + 1) return false;
  const covers = p.from >= whole.from && p.to.slice(0, whole.to.length) <= whole.to;
  return covers && (p.from !== whole.from || p.to !== whole.to);
}

/** A period a story may report for: whole days or more with their dates, not one day, not relative. */
function storyLike(p: FigurePeriod): boolean {
  if (p.carried || isRelativePeriod(p.text) || /^(since|from|until|by|through)\b/i.test(p.text)) return false;
  if (p.from && p.to === undefined) return false;
  // One day is an event's date ("fined $5 million on Monday"), not a period results are reported for.
  return !(p.from && p.from === p.to && p.from.length === 10);
}

/**
 * The period hit `p` is next to a cue ("results for the third quarter", "Third Quarter Highlights"), opens
 * its sentence ("In the first half, ..."), or stands in the headline or the lede ("growth slowed in
 * October"); a date line under a headline does not.
 */
function namesStory(input: StoryText, p: PeriodHit): boolean {
  const { tokens, sentenceTokens, sentenceOf } = input;
  for (let k = Math.max(0, p.first - CUE_REACH); k < Math.min(tokens.length, p.last + 2); k++)
    if (CUES.has(tokens[k]?.norm ?? "") && (k < p.first || k >= p.last)) return true;
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
  const lede =
    first === ledeStart(tokens, sentenceTokens) &&
    firstPeriod(input, first, p) &&
    LEDE_LINKS.has(tokens[p.first - 1]?.norm ?? "");
  return headline || lede;
}

/** Tokens of a headline, at most. */
const HEADLINE_TOKENS = 16;

/** Words a headline holds besides its period, at least: "China's October factory output slows". */
const HEADLINE_WORDS = 2;

/** Tokens of the shortest body sentence: a lede is longer than a headline. */
const LEDE_TOKENS = 16;

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
  for (let k = first; k < p.first; k++) {
    const q = input.periods[input.periodAt[k] ?? -1];
    if (q && !isDay(input.tokens, q)) return false;
  }
  return true;
}

/** A day's date ("Sept 30", "2025-09-30") or a weekday: a dateline's or a statement's time. */
function isDay(tokens: readonly Token[], q: PeriodHit): boolean {
  if (q.from && q.from === q.to && q.from.length === 10) return true;
  const last = tokens[q.last - 1];
  return DAY_NAMES.has(tokens[q.first]?.norm ?? "") || (last?.kind === "num" && Number(last.norm) <= 31);
}

/** The first token of the story's first sentence of at least LEDE_TOKENS tokens, or -1. */
function ledeStart(tokens: readonly Token[], sentenceTokens: ReadonlyArray<[number, number]>): number {
  for (const [first, last] of sentenceTokens.slice(0, LEDE_SEARCH))
    if (last - first >= LEDE_TOKENS) return first;
  return -1;
}

/** Sentences from the top a lede is looked for in. */
const LEDE_SEARCH = 4;

/** A word of what is to come in the sentence of token `k`, up to `k` or within its clause reach. */
function forwardAround(
  tokens: readonly Token[],
  k: number,
  sentenceTokens: ReadonlyArray<[number, number]>,
  sentenceOf: Int32Array,
): boolean {
  const range = sentenceTokens[sentenceOf[k] ?? -1];
  if (!range) return false;
  for (let j = Math.max(range[0], k - CLAUSE_REACH); j < Math.min(range[1], k + CLAUSE_REACH); j++)
    if (FORWARD.has(tokens[j]?.norm ?? "")) return true;
  return false;
}

/**
 * The figure's clause reports a past result: its first verb is a simple past that is no speech ("rose",
 * "was", "totalled"), or the figure is an item of a bulleted list; nothing in it is to come or now, it
 * counts no duration of its own, and its sentence moves no market.
 */
function reportsPastResult(input: StoryText, place: FigurePlace): boolean {
  const { tokens } = input;
  const range = input.sentenceTokens[input.sentenceOf[place.first] ?? -1];
  if (!range) return false;
  for (
    let k = Math.max(range[0], place.first - 2 * CLAUSE_REACH);
    k < Math.min(range[1], place.last + CLAUSE_REACH);
    k++
  )
    if (
      MARKET.has(tokens[k]?.norm ?? "") ||
      quotedRate(tokens, k) ||
      currencyMove(tokens, k) ||
      priceAt(tokens, k, range) ||
      indexMove(tokens, k)
    )
      return false;
  let tense: "past" | "other" | undefined;
  for (
    let k = Math.max(place.clauseStart, place.first - CLAUSE_REACH);
    k < Math.min(place.clauseEnd, place.last + CLAUSE_REACH);
    k++
  ) {
    const tok = tokens[k];
    if (!tok) continue;
    const before = tokens[k - 1]?.norm ?? "";
    // "rose 5%, more than expected", "beating its own target of 6 billion euros" look back.
    if (FORWARD.has(tok.norm) && before !== "than" && before !== "as" && !measuredAgainst(tokens, k))
      return false;
    if (
      NOW.has(tok.norm) ||
      (tok.norm === "far" && before === "so") ||
      durationAt(tokens, k, input.periodAt) ||
      infinitiveAt(tokens, k)
    )
      return false;
    if (tense) continue;
    if (PRESENT_HELPERS.has(tok.norm)) tense = "other";
    else if (speechAt(tokens, k) || NOT_VERBS.has(tok.norm) || modifier(tokens, k)) continue;
    // "euro-denominated bonds", "built-up reserves": a participle inside a word.
    else if (gluedHyphen(tokens, k - 1) || gluedHyphen(tokens, k + 1)) continue;
    // "was reaching ports at around $500 a tonne": a state going on, not a result.
    else if (PAST_COPULAS.has(tok.norm)) tense = tokens[k + 1]?.norm.endsWith("ing") ? "other" : "past";
    else if (isPastVerb(tok) || (SAME_IN_PAST.has(tok.norm) && tok.text === tok.norm)) tense = "past";
  }
  if (tense) return tense === "past";
  const opener = tokens[range[0]];
  return opener?.lineStart === true && BULLETS.has(opener.norm);
}

/** Words a few words before a target or forecast that measure a result against it: "beating its target". */
const AGAINST = new Set([
  "beating",
  "beat",
  "beats",
  "missing",
  "missed",
  "topping",
  "topped",
  "exceeding",
  "exceeded",
  "above",
  "below",
  "surpassing",
]);

/** The forward noun at `k` is what a result is measured against: "beating its own target of". */
function measuredAgainst(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (AGAINST.has(tokens[j]?.norm ?? "")) return true;
  return false;
}

/** A verb of speech at token `k`: "said", "estimated that" ("reported net income of" reports a result). */
function speechAt(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm ?? "";
  // ("Storms added $21 billion": a figure right after is what was added.)
  if (["num", "sym"].includes(tokens[k + 1]?.kind ?? "")) return false;
  return SPEECH.has(norm) || (tokens[k + 1]?.norm === "that" && SPEECH.has(`${norm} that`));
}

/**
 * The past form at token `k` modifies a noun rather than telling what happened: "to be paid", "an
 * estimated 733,000", "the sector's installed capacity", "newly qualified", "species recognised by".
 */
function modifier(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.norm ?? "";
  return (
    MODIFIER_LEADS.has(before) ||
    /['’]s$/.test(before) ||
    (before.length > 4 && before.endsWith("ly") && !CHANGE_VERB.has(tokens[k]?.norm ?? "")) ||
    (tokens[k + 1]?.norm === "by" && !CHANGE_VERB.has(tokens[k]?.norm ?? ""))
  );
}

/** "agreed to raise gas prices by 15%", "to hire 2,000 more rangers": what is to be done, at token `k`. */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === "to" && TO_DO.has(tokens[k + 1]?.norm ?? "");
}

/** "The rupee weakened", "the dollar index": a currency's move at token `k` (not "5 billion rand"). */
function currencyMove(tokens: readonly Token[], k: number): boolean {
  return CURRENCIES.has(tokens[k]?.norm ?? "") && tokens[k - 1]?.norm === "the";
}

/** Words of a per-share result: "EPS rose 15% to $1.02" reports, "rose 0.4% to 19.85 reais" is a price. */
const PER_SHARE = new Set(["share", "eps", "dividend", "per"]);

/** Scale words after an amount: "$61.20 billion" is no price. */
const SCALE_WORDS = new Set(["million", "billion", "trillion", "bn", "m", "crore", "lakh", "mln", "bln"]);

/**
 * A share price at token `k`: an amount in cents reached or traded at ("slid 6.4% to $61.20", "rose 0.4%
 * to 19.85 reais"), in a sentence that names no per-share result.
 */
function priceAt(tokens: readonly Token[], k: number, range: [number, number]): boolean {
  const tok = tokens[k];
  if (tok?.kind !== "num" || !/^\d{1,5}\.\d\d$/.test(tok.norm)) return false;
  const lead = tokens[k - 1]?.kind === "sym" || /\$$/.test(tokens[k - 1]?.text ?? "") ? k - 2 : k - 1;
  if (!["to", "at"].includes(tokens[lead]?.norm ?? "")) return false;
  const next = tokens[k + 1];
  if (next?.kind === "word" && SCALE_WORDS.has(next.norm)) return false;
  const to = Math.min(range[1], k + CLAUSE_REACH);
  for (let j = Math.max(range[0], k - CLAUSE_REACH); j < to; j++)
    if (PER_SHARE.has(tokens[j]?.norm ?? "")) return false;
  return true;
}

/**
 * A stock index's move at token `k`: a named index ("the Hang Seng Index", "the KOSPI index") or index
 * points ("fell 112.35 points"); not a price index ("The dairy index dropped 2.8%") nor percentage points.
 */
function indexMove(tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k];
  if (tok?.norm === "index") {
    const before = tokens[k - 1];
    return (
      tok.text === "Index" || before?.kind === "num" || (before !== undefined && before.text !== before.norm)
    );
  }
  // ("driven by 2.8 points of volume": points of a change's make-up.)
  const moved =
    CHANGE_VERB.has(tokens[k - 2]?.norm ?? "") || ["up", "down"].includes(tokens[k + 1]?.norm ?? "");
  return tok?.norm === "points" && tokens[k - 1]?.kind === "num" && moved;
}

/** A rate quoted in a currency at token `k`: "per dollar", "to the dollar", "against the euro". */
function quotedRate(tokens: readonly Token[], k: number): boolean {
  if (!QUOTE_CURRENCIES.has(tokens[k]?.norm ?? "")) return false;
  const before = tokens[k - 1]?.norm ?? "";
  return before === "per" || (before === "the" && ["to", "against"].includes(tokens[k - 2]?.norm ?? ""));
}

/**
 * A duration opens at token `k`: "in two weeks", "over the past 12 months", "for several years"; not a
 * period ("in the three months through October").
 */
function durationAt(tokens: readonly Token[], k: number, periodAt: Int32Array): boolean {
  if (!DURATION_OPENERS.has(tokens[k]?.norm ?? "")) return false;
  let counted = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const tok = tokens[j];
    // ("in the three months through October" is a period.)
    if (!tok || (periodAt[j] ?? -1) >= 0) return false;
    if (counted && TIME_UNIT.has(tok.norm)) return true;
    counted ||= tok.kind === "num" || ONE.has(tok.norm) || TEN.has(tok.norm) || COUNTING.has(tok.norm);
    if (!counted && tok.norm !== "the") return false;
  }
  return false;
}

/** The figure at token `first` is the level a change is compared with: "up from $4 million". */
function compared(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const tok = tokens[k];
    if (!tok || tok.kind === "num" || tok.norm === ",") return false;
    if (COMPARED.has(tok.norm)) return true;
  }
  return false;
}

function spanOf(text: string, tokens: readonly Token[], p: PeriodHit): FigurePeriod | undefined {
  const a = tokens[p.first];
  const b = tokens[p.last - 1];
  if (!a || !b) return undefined;
  const period: FigurePeriod = { text: text.slice(a.start, b.end), start: a.start, end: b.end };
  if (p.from) period.from = p.from;
  if (p.to) period.to = p.to;
  return period;
}
