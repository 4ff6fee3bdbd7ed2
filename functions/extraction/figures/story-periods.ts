/**
 * The story's period: a results story names its period once, in a heading, its lead or a sentence that
 * opens with it ("Third Quarter Highlights", "reported results for the quarter ended Sept. 30", "In the
 * first half, ..."), and its later sentences report for it ("Net sales rose 6.4% to $1.27 billion"). A
 * figure that names no period of its own, in a clause that reports a past result, takes the period the
 * story named last, marked `carried` (its text and offsets are where the story named it).
 */

import { lastMonthsFrom, monthAfter, pad } from "./calendar.ts";
import { comparativeEnd } from "./comparatives.ts";
import {
  COMMODITY_MEASURES,
  MARKET_INDICES,
  MONTH_COUNTS,
  QUOTED_COMMODITIES,
  RESULT_REPORTING_VERBS,
  WEEKDAYS,
} from "./data/periods.ts";
import { FILING_NOUNS } from "./data/speech.ts";
import { APPOSED_PARTICIPLES, RANK_WORDS } from "./data/subject-words.ts";
import {
  inSetOffRelative,
  LEAD_REACH,
  levelCompared,
  parallelJoin,
  periodOfHit,
  setAgainst,
} from "./figure-period.ts";
import { CHANGE_VERB, ONE, QUALIFIER_WORDS, TIME_UNIT } from "./lexicon.ts";
import { reportsPastResult, splitBetween } from "./past-results.ts";
import { opensEventName, type PeriodHit } from "./periods.ts";
import { isRelativePeriod, NAMED_MONTHS } from "./relative-periods.ts";
import {
  before,
  DAY_NAMES,
  forwardAround,
  namesStory,
  refines,
  revised,
  sectionHeading,
  storyLike,
  within,
} from "./story-sources.ts";
import { isPastVerb, isYearToken, possessiveOwner } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure, FigurePeriod, Span } from "./types.ts";

/**
 * The first token of the paragraph after the list under the heading line of token `k` (the list may follow
 * a blank line); the tokens' length when there is none.
 */
function paragraphAfterList(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  while (j < tokens.length && !tokens[j]?.lineStart) j++;
  j++;
  while (j < tokens.length && !tokens[j]?.paragraphStart) j++;
  return j;
}

/** Where a figure sits in the tokens: its own tokens [first, last) and its clause's [clauseStart, clauseEnd). */
export interface FigurePlace {
  first: number;
  last: number;
  clauseStart: number;
  clauseEnd: number;
}

/** Words right before a figure that make it the level compared, not a result: "up from $4 million". */
export const COMPARED: ReadonlySet<string> = new Set([
  "from",
  "than",
  "versus",
  "vs",
  "vs.",
  "against",
  "with",
]);

/** What the pass reads of the article besides its figures. */
export interface StoryText {
  text: string;
  tokens: readonly Token[];
  periods: readonly PeriodHit[];
  /** The period hit of each token, -1 for none. */
  periodAt: Int32Array;
  /** Tokens of the bases of changes ("from a year earlier"). */
  inBase: Uint8Array;
  /** Where the periods of aligned tables' columns start ("H1 2026   H1 2025"): their cells', no story's. */
  tableColumns: ReadonlySet<number>;
  sentenceTokens: ReadonlyArray<[number, number]>;
  sentenceOf: Int32Array;
  /** The month the article's fiscal year starts in (1 for a calendar year). */
  fiscalStart: number;
  /** The article declares its company's reporting year ("for the year ending March 2027"). */
  declaredYear: boolean;
  /** Where each organization's mention ends, by where it starts. */
  companies: ReadonlyMap<number, number>;
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
  // ("has narrowed its net loss to Rs 38.4 crore for the financial year ended March 31, 2026": accounts
  // of a period named outright and over, which a result in the present perfect may report.)
  const closedAccounts = (p: FigurePeriod) =>
    ACCOUNTS_PERIOD.test(p.text) &&
    !isRelativePeriod(p.text) &&
    p.to !== undefined &&
    publishedAt !== undefined &&
    p.to < publishedAt.slice(0, p.to.length);
  // ("The constituency recorded a turnout of 55.4 per cent in the general election in November 2024" in a
  // story of December 2026: a period that ended long before the story is background, never its period.)
  const recent = (p: { to?: string }) => {
    if (!p.to || !publishedAt) return true;
    const [y = 0, m = 12] = p.to.split("-").map(Number);
    const [py = 0, pm = 1] = publishedAt.split("-").map(Number);
    return (py - y) * 12 + (pm - m) <= STORY_AGE_MONTHS;
  };
  let story: FigurePeriod | undefined;
  // A later section's heading dates only the lines listed under it ("January–September 2026" after "Third
  // quarter 2026"'s list): the story's period before it comes back at the next paragraph.
  let headingSeen = false;
  let section: { end: number; outer: FigurePeriod | undefined } | undefined;
  const leaveSection = (at: number) => {
    if (section && section.end <= at) {
      story = section.outer;
      section = undefined;
    }
  };
  // The latest period of each length in months that the story or a figure's own words named, for one
  // named again without dates ("the quarter" after "Q2FY27"; not the same quarter a year earlier, nor one
  // yet to come).
  const lastOfLength = new Map<number, { from: string; to: string }>();
  const remember = (p: FigurePeriod | undefined) => {
    const months = p?.from && p.to ? monthsOf(p) : undefined;
    // (Whole months only, a week or a day within one month being no "month"; and over before the story's
    // month: "in the quarter" is never the quarter of a forecast for the months to come.)
    const whole = p?.from?.length === MONTH_DATE && p.to?.length === MONTH_DATE;
    const over = publishedAt !== undefined && (p?.to ?? "") < publishedAt.slice(0, MONTH_DATE);
    if (!p?.from || !p.to || !whole || !over || months === undefined || !NAMED_AGAIN_FALLBACK.has(months))
      return;
    const known = lastOfLength.get(months);
    if (!known || known.to < p.to) lastOfLength.set(months, { from: p.from, to: p.to });
  };
  let next = 0;
  // Where the figures' own periods start: another figure's period is no time of a figure's sentence.
  const owned = new Map(
    figures.flatMap((f, i) =>
      f.period && places[i]
        ? [
            [
              f.period.start,
              {
                i,
                first: places[i].first,
                ...(f.period.from && { from: f.period.from }),
                ...(f.period.to && { to: f.period.to }),
              },
            ] as const,
          ]
        : [],
    ),
  );
  // ("was 3%, compared with 4% in the June quarter": a period only levels compared own is theirs, no story's.)
  const comparedOnly = new Map<number, boolean>();
  figures.forEach((f, i) => {
    const place = places[i];
    if (!f.period || !place) return;
    const start = f.period.start;
    // ("compared with about 4%": past the level's qualifier.)
    const at = QUALIFIER_WORDS.has(tokens[place.first - 1]?.norm ?? "") ? place.first - 1 : place.first;
    comparedOnly.set(start, (comparedOnly.get(start) ?? true) && setAgainst(tokens, at));
  });
  // The first token of each period, by where its text starts.
  const periodTokens = new Map(periods.map((p) => [tokens[p.first]?.start ?? -1, p.first] as const));
  // Each sentence's "the N-month period", read once (a long sentence of many figures stays linear).
  const spanMatches = new Map<number, RegExpExecArray | null>();
  // ... and each sentence's "the same quarter", read once too.
  const partMatches = new Map<number, number | undefined>();
  // The start of the last sentence whose lead figure has been read (any figure but a count that describes
  // the subject in a relative clause).
  let leadSentence = -1;
  figures.forEach((figure, i) => {
    const place = places[i];
    if (!place) return;
    // The lead figure of a sentence, not a level compared after it ("topping the record set in 2019"); an
    // undated count that describes the subject in a relative clause leads nothing ("The company, which owns
    // 312 funeral homes, says it earned $14.8 million for the quarter ended Sept. 30").
    const lead = leadSentence !== figure.sentence.start;
    const describes =
      figure.kind === "QUANTITY" && !figure.change && !figure.period && inSetOffRelative(tokens, place.first);
    if (!describes) leadSentence = figure.sentence.start;
    // Headings, leads and sentences that open with a period name the story's period before this figure.
    for (; next < periods.length && (periods[next]?.first ?? 0) < place.first; next++) {
      const p = periods[next];
      leaveSection(p?.first ?? 0);
      // ("nearly 40 per cent more than the budget approved by council in 2022": a change's base names no
      // story.)
      if (
        !p ||
        !started(p) ||
        input.inBase[p.first] ||
        comparedOnly.get(tokens[p.first]?.start ?? -1) === true ||
        input.tableColumns.has(tokens[p.first]?.start ?? -1) ||
        !namesStory(input, p) ||
        inSetOffRelative(tokens, p.first) ||
        releasedAt(tokens, p.first)
      )
        continue;
      const period = periodOfHit(text, tokens, p);
      if (
        !period ||
        !storyLike(period) ||
        !recent(period) ||
        forwardAround(tokens, p.first, sentenceTokens, sentenceOf)
      )
        continue;
      // ("Earnings per share for the period rose" after "For the first nine months of 2026": a period named
      // again without dates is the dated story's, no new one.)
      if (!period.from && story?.from && namedAgainLength(period.text) !== undefined) continue;
      // "For the full year, ..." after a fourth quarter: that quarter's year.
      const year = story && FULL_YEAR.test(period.text) ? yearOf(story, input.fiscalStart) : undefined;
      const outer = story;
      story = year ? { ...period, ...year } : period;
      // (A year's section stays the story's: the text after a release's "Fiscal 2026 Highlights" is of the
      // year, the text after an interim report's "January–September 2026" list of the quarter above it.)
      if (sectionHeading(tokens, p)) {
        const part = story.from && story.to ? (monthsOf(story) ?? 12) < 12 : false;
        section = headingSeen && part ? { end: paragraphAfterList(tokens, p.last), outer } : undefined;
        headingSeen = true;
      }
    }
    leaveSection(place.first);
    stories[i] = story;
    // The clause's reading, the dearest test, runs at most once per figure and only when it is needed.
    let reports: boolean | undefined;
    const reportsResult = () => (reports ??= reportsPastResult(input, place));
    if (figure.period && story && FULL_YEAR.test(figure.period.text)) {
      const own = story.start === figure.period.start ? story : undefined;
      // ("assumes an exchange rate of 148 yen for the full year" after "the April-September half": in a
      // story that declares its company's reporting year, the full year is that year, whatever the tense.)
      // (Not where the sentence names another company, whose year may be another: "Rio said its Pilbara
      // shipments would be ... in the full year"; nor when the story's period is no part of that year.)
      const fiscal =
        input.declaredYear &&
        withinYear(story, input.fiscalStart) &&
        !namesCompany(
          input.companies,
          figure.sentence.start,
          figure.sentence.start + figure.sentence.text.length,
        );
      const year = own ?? (fiscal || reportsResult() ? yearOf(story, input.fiscalStart) : undefined);
      if (year?.from && year.to) Object.assign(figure.period, { from: year.from, to: year.to });
    }
    if (figure.period && !figure.period.from && story?.to && NAMED_YEAR.test(figure.period.text)) {
      const year = namedYear(input, figure, story, () => reportsResult() || pastBefore(tokens, place));
      if (year) Object.assign(figure.period, year);
    }
    // ("a pre-tax profit of 1.12 trillion naira for the period ended Sept. 30" after "the first nine months
    // of 2026": the story's period, named by its last day.)
    if (figure.period && story?.from && story.to && endsStory(text, figure.period, story))
      Object.assign(figure.period, { from: story.from, to: story.to });
    // "in the quarter", "in the half-year", "in the seven months", "during the period": the story's period
    // (of that length), named again without dates.
    const storyMonths = story?.from && story.to ? monthsOf(story) : undefined;
    remember(story);
    if (figure.period && (!figure.period.from || BARE_MONTHS.test(figure.period.text))) {
      const length = namedAgainLength(figure.period.text);
      const last = length !== undefined ? lastOfLength.get(length) : undefined;
      if (
        story?.from &&
        story.to &&
        length !== undefined &&
        (length === ANY_LENGTH || storyMonths === length)
      )
        Object.assign(figure.period, { from: story.from, to: story.to });
      else if (last && !figure.period.from) {
        // ("During the quarter, Sentinel won orders" after "Q2FY27", once a quote's "this year" has become
        // the story's period: the latest quarter, half or month named.)
        Object.assign(figure.period, last);
      } else if (length === 3 && story?.to && storyMonths !== undefined && storyMonths > 3) {
        // ("Operating EBITDA rose 16% in the quarter" in a story of the first nine months: its last quarter.)
        const from = lastMonthsFrom(story.to, 3);
        if (from) Object.assign(figure.period, { from, to: story.to });
      }
    }
    if (figure.period && !figure.period.carried) remember(figure.period);
    if (figure.period) {
      // The lead figure of a sentence (above), nor a part of the story's period named in passing ("insured
      // losses of $40 billion in January" in a story of the first half).
      // ... nor an earlier period looked back on ("The rate was 7.0% in April" in a May story, "Data for
      // December was revised").
      // ... nor a relative clause's background ("The IMF, which approved a $3 billion loan in 2023,").
      // ... nor a period of the clause before a subordinator ("will pay more for the next 30 days after
      // EPRA raised the price by Sh2.81": the figure is the later clause's).
      const periodFirst = periodTokens.get(figure.period.start) ?? place.first;
      if (
        lead &&
        !inSetOffRelative(tokens, place.first) &&
        !(periodFirst < place.first && splitBetween(tokens, periodFirst, place.first)) &&
        !pastPerfect(tokens, place) &&
        storyLike(figure.period) &&
        // (In a dated story, a period left without dates, "this spring" in a quote, replaces no dated one.)
        (figure.period.from !== undefined || !story?.from || !publishedAt) &&
        started(figure.period) &&
        recent(figure.period) &&
        (refines(figure.period, story) ||
          (!within(figure.period, story) && !before(figure.period, story)) ||
          companyReports(input, figure, periodFirst)) &&
        !revised(tokens, place, sentenceTokens, sentenceOf) &&
        (reportsResult() || (closedAccounts(figure.period) && reportsPastResult(input, place, true)))
      )
        story = figure.period;
      return;
    }
    // "Lewis Pritchard, 44,": a bare number that measures nothing named is no result.
    // ("The 1,530-room integrated resort": a count glued to its noun describes a thing, no result.)
    const measured =
      (figure.kind !== "NUMBER" || figure.subject !== undefined || figure.change !== undefined) &&
      !/^[\d.,]+-\p{Ll}+$/u.test(figure.text);
    // (The clause's reading comes last.)
    // "For the nine-month period, net profit was RM371.9mil": the story's span named again by its length.
    // (Not the level compared: "climbed to RM101.2mil from RM73.5mil" is last year's.)
    const span =
      story && !comparedAt(tokens, places, i) && spanNamedAgain(figure.sentence, story, spanMatches);
    if (span) {
      figure.period = span;
      return;
    }
    // "KCB Group rose 2.7 percent to Sh44.90": the price a market move reached moves with it.
    const previous = figures[i - 1];
    const reached =
      previous !== undefined &&
      previous.sentence.start === figure.sentence.start &&
      previous.subject?.start === figure.subject?.start &&
      marketMove(previous, input.companies);
    // ("Toyota Kirloskar Motor sold 31,870 units, a rise of 19 per cent": a change of the amount before,
    // of the same subject, is that result's, no share move.)
    const amountBefore =
      previous !== undefined &&
      previous.sentence.start === figure.sentence.start &&
      previous.kind !== "PERCENT" &&
      previous.change === undefined &&
      previous.subject?.start === figure.subject?.start;
    // ("Distribution costs rose 19pc to Rs402m, ..., while finance costs fell 36pc": a parallel clause in
    // the past reports a result where its sentence's figure before it took the story's period, whatever
    // else the sentence holds.)
    const parallel = parallelJoin(tokens, place.clauseStart, place.first);
    const parallelLead = parallel >= 0 && carriedBefore(figures, i, tokens[parallel]?.start ?? 0);
    if (
      story &&
      measured &&
      !comparedAt(tokens, places, i) &&
      !unlabelledComparative(tokens, figures, places, i) &&
      !reached &&
      !quotedMove(figure) &&
      !sessionMove(figure, text) &&
      (amountBefore || !shareMove(figure, input.companies)) &&
      !otherFrequency(tokens, place, story) &&
      !namesTime(input, place, owned, i, story, changedMeasure(figure, previous, input, place)) &&
      (parallelLead || reportsResult())
    )
      figure.period = { ...lastPartNamed(figure.sentence, story, partMatches), carried: true };
  });
  return stories;
}

/**
 * "- Revenue: Dh5.1 billion (Dh4.32 billion)", "Net sales SEK 1,126 million (SEK 1,229 million)": an
 * amount alone in parentheses right after one in the same currency is a results table's comparative, the
 * year before's, and takes no story period (a conversion, "$5 million (4.6 million euros)", does).
 */
function unlabelledComparative(
  tokens: readonly Token[],
  figures: readonly Figure[],
  places: readonly FigurePlace[],
  i: number,
): boolean {
  const place = places[i];
  const before = places[i - 1];
  const figure = figures[i];
  const previous = figures[i - 1];
  if (!place || !before || !figure || !previous) return false;
  return (
    tokens[place.first - 1]?.norm === "(" &&
    tokens[place.last]?.norm === ")" &&
    before.last === place.first - 1 &&
    figure.kind === previous.kind &&
    figure.currency === previous.currency &&
    figure.unit === previous.unit
  );
}

/**
 * The figures of figure `i`'s sentence before character `join` took the story's period, having none of
 * their own (one of their own, parallelPeriod in figure-period.ts gave already).
 */
function carriedBefore(figures: readonly Figure[], i: number, join: number): boolean {
  const sentence = figures[i]?.sentence.start;
  let carried = false;
  for (let j = i - 1; j >= Math.max(0, i - LEAD_REACH); j--) {
    const f = figures[j];
    if (!f || f.sentence.start !== sentence) break;
    if (f.start >= join) continue;
    if (f.period && !f.period.carried) return false;
    if (f.period) carried = true;
  }
  return carried;
}

const REPORTING: ReadonlySet<string> = new Set(RESULT_REPORTING_VERBS);

/**
 * "CoreWorks reported third-quarter revenue of $84.3 million" after a lede of its sales in the 12 months
 * through September: a company that reports a result with its period, named right after the verb,
 * declares that period the story's, also a part of the one before.
 */
function companyReports(input: StoryText, figure: Figure, periodFirst: number): boolean {
  const verb = input.tokens[periodFirst - 1];
  return (
    verb !== undefined &&
    REPORTING.has(verb.norm) &&
    namesCompany(input.companies, figure.sentence.start, verb.start)
  );
}

/** "compared with ... in the same quarter last year": the part of the story's period a sentence sets against. */
const SAME_PART = /\bsame (quarter|month|half)\b/i;

/**
 * The story's period, or its last quarter (month, half) where the sentence sets the figure against "the
 * same quarter last year" and the story is longer: "Same-store sales growth was 2.4%, compared with 1.1% in
 * the same quarter last year" after "For the nine-month period". Each sentence is read once (`matches`).
 */
function lastPartNamed(
  sentence: Span,
  story: FigurePeriod,
  matches: Map<number, number | undefined>,
): FigurePeriod {
  if (!matches.has(sentence.start)) {
    const part = SAME_PART.exec(sentence.text)?.[1]?.toLowerCase();
    matches.set(sentence.start, part ? NAMED_MONTHS[part] : undefined);
  }
  const size = matches.get(sentence.start);
  const months = monthsOf(story);
  const from =
    size && months !== undefined && months > size && story.to ? lastMonthsFrom(story.to, size) : undefined;
  return from ? { ...story, from } : story;
}

/** Months after its end a period may still be a story's: a year's results come out within months of it. */
const STORY_AGE_MONTHS = 20;

/** "the nine-month period", "the 12-month period": a span named again by its length. */
const SPAN_BY_LENGTH = /\bthe\s+(\w+)-month\s+period\b/i;

/** The story's period where the sentence names it again by its length, dated as the story's. */
function spanNamedAgain(
  sentence: Span,
  story: FigurePeriod,
  matches: Map<number, RegExpExecArray | null>,
): FigurePeriod | undefined {
  let match = matches.get(sentence.start);
  if (match === undefined) {
    match = SPAN_BY_LENGTH.exec(sentence.text);
    matches.set(sentence.start, match);
  }
  const word = match?.[1]?.toLowerCase() ?? "";
  const months = ONE.get(word) ?? Number(word);
  if (!match || !story.from || !story.to || months !== monthsOf(story)) return undefined;
  const text = match[0].replace(/^the\s+/i, "");
  const start = sentence.start + match.index + match[0].length - text.length;
  return { text, start, end: start + text.length, from: story.from, to: story.to };
}

/** Words before a day that make it the end of "the period" named again: "for the period ended Sept. 30". */
const PERIOD_ENDED = /\bperiod\s+(?:ended|ending|to|through)\s+$/i;

/** `period` is a day that ends the story's period, after "the period ended". */
function endsStory(text: string, period: FigurePeriod, story: FigurePeriod): boolean {
  if (!period.from || period.from !== period.to || period.from.length !== 10 || !story.to) return false;
  if (!PERIOD_ENDED.test(text.slice(Math.max(0, period.start - 24), period.start))) return false;
  return period.from.slice(0, 7) === story.to.slice(0, 7);
}

/** A span of months named alone, without its end: "in the six months" (dated as the year's first by default). */
const BARE_MONTHS = /^(?:the\s+)?\w+\s+months$/i;

/**
 * Lengths of a period named again without dates ("the month", "the quarter", "the half") that the story's
 * last period of that length dates where its period is now another (not "the year": a story's year is
 * read from its quarter, FULL_YEAR).
 */
const NAMED_AGAIN_FALLBACK: ReadonlySet<number> = new Set([1, 3, 6]);

/** The length of a date that names a month: "2026-10". */
const MONTH_DATE = 7;

/** "the period" names the story's period whatever its length. */
const ANY_LENGTH = -1;
/**
 * Numbers of months a story's period is named again by: "the seven months", "the 10 months"; and "the six
 * months", "the nine months", which the period finder reads alone as the year's first.
 */
const MONTH_COUNT: ReadonlySet<string> = new Set([...MONTH_COUNTS, "six", "nine", "6", "9"]);

/**
 * How many months a period named again without dates lasts ("the quarter": 3, "the seven months": 7,
 * "the 10 months": 10), ANY_LENGTH for "the period", or undefined.
 */
function namedAgainLength(text: string): number | undefined {
  const name = text.toLowerCase().replace(/^the\s+/, "");
  if (name === "period") return ANY_LENGTH;
  const months = /^(\w+) months$/.exec(name)?.[1];
  if (months) return MONTH_COUNT.has(months) ? (ONE.get(months) ?? Number(months)) : undefined;
  return GENERIC_PARTS.get(name);
}

/** Parts of a year named without dates, and their length in months: "the quarter", "the half-year". */
const GENERIC_PARTS = new Map([
  ["month", 1],
  ["quarter", 3],
  ["half", 6],
  ["half-year", 6],
  ["half year", 6],
  ["year", 12],
]);

/**
 * "The company had posted a net profit of Rs 5,096.7 crore in the July-September quarter of the previous
 * fiscal": a past perfect looks back on an earlier period, which names no story's.
 */
function pastPerfect(tokens: readonly Token[], place: FigurePlace): boolean {
  for (let k = place.clauseStart; k < place.first; k++)
    if (tokens[k]?.norm === "had" && isPastVerb(tokens[k + 1])) return true;
  return false;
}

/** A move of a market: a company's shares, a commodity, a stock index or a bond's yield. */
function marketMove(figure: Figure, companies: ReadonlyMap<number, number>): boolean {
  return shareMove(figure, companies) || quotedMove(figure);
}

/** Characters after a figure read for the trading session it names: "to $4.10 in early Tokyo trading". */
const SESSION_REACH = 48;
/**
 * "in morning trading", "in extended trading", "in heavy Tokyo trade", "on the Tel Aviv Stock Exchange",
 * "this morning": a session or a market, right after the move.
 */
const TRADING_SESSION =
  /^[^.;:!?]*?\b(?:in (?!an? )(?:[\p{L}-]+ ){0,2}(?:trading\b|trade(?=[,.;]| on\b))|on the (?:[\p{L}&-]+ ){0,4}(?:Stock Exchange|bourse)\b|this (?:morning|afternoon)\b)/u;

/**
 * "It was up 3.4% in morning trading", "sending its shares up 6% in extended trading", "rose 5.4% on the Tel
 * Aviv Stock Exchange this morning": a move in a trading session is the market's, on a day, no result of the
 * story's period.
 */
function sessionMove(figure: Figure, text: string): boolean {
  return (
    figure.change !== undefined && TRADING_SESSION.test(text.slice(figure.end, figure.end + SESSION_REACH))
  );
}

/** A move of a commodity, a stock index or a bond's yield, whatever figure comes before it. */
function quotedMove(figure: Figure): boolean {
  return commodityMove(figure) || indexMove(figure) || yieldMove(figure);
}

/** "The two-year yield dropped 8.5 basis points", "Yields on 10-year notes rose to 4.2%". */
function yieldMove(figure: Figure): boolean {
  const subject = figure.subject?.text ?? "";
  // (Not a cruise line's or an airline's "net yield", nor a crop's yield: results of the story's period.)
  return (
    figure.kind === "PERCENT" &&
    /^(?:the\s+)?(?:[\w-]+\s+){0,3}yields?\b/i.test(subject) &&
    !/\b(?:net|gross|crop|grain|harvest|milk)\s+yields?\b/i.test(subject)
  );
}

/**
 * "Sands China gained 5.3%": a company's own change in per cent, with no measure named, is its shares'
 * move, not a result of the story's period.
 */
function shareMove(figure: Figure, companies: ReadonlyMap<number, number>): boolean {
  const subject = figure.subject;
  const end = subject === undefined ? undefined : companies.get(subject.start);
  // ("BDO Unibank Inc. gained 2.1 percent": the subject keeps its legal form's point, the mention not.)
  return (
    figure.change?.measure === "relative" &&
    subject !== undefined &&
    end !== undefined &&
    (end === subject.end || (end === subject.end - 1 && subject.text.endsWith(".")))
  );
}

const COMMODITIES: ReadonlySet<string> = new Set(QUOTED_COMMODITIES);
const MEASURES: ReadonlySet<string> = new Set(COMMODITY_MEASURES);

/**
 * "nickel slipped 0.3% to $17,050", "three-month copper on the LME rose 0.7%": a price or a change whose
 * subject's head names a quoted commodity and no measure of it ("barrels of oil equivalent", "the average
 * gold price received", "the sugar price index" are results).
 */
function commodityMove(figure: Figure): boolean {
  if (figure.kind !== "MONEY" && figure.change === undefined) return false;
  const words = (figure.subject?.text.toLowerCase() ?? "").split(/[^a-z]+/);
  const headEnd = words.findIndex((w) => HEAD_ENDS.has(w));
  const head = headEnd > 0 ? words.slice(0, headEnd) : words;
  return head.some((w) => COMMODITIES.has(w)) && !words.some((w) => MEASURES.has(w));
}

const INDICES: ReadonlySet<string> = new Set(MARKET_INDICES);
/** "The ADX general index", "the JSE's mining index": a market's name and a kind of stock index. */
const NAMED_INDEX =
  /^(?:[Tt]he\s+)?(?:\p{Lu}\S*\s+){1,3}(?:general|composite|benchmark|main|stock|share|all-share|mining|banking)\s+index$/u;

/**
 * "The FTSE 250 closed down 0.3% at 21,456 points", "The ADX general index gained 0.7 per cent": a change
 * or a level in points of a subject that names a stock index is a market move, no result of the story's
 * period.
 */
function indexMove(figure: Figure): boolean {
  if (figure.change === undefined && figure.unit !== "points") return false;
  const subject = figure.subject?.text ?? "";
  // ("Sensex", "FTSE 250", "S&P/ASX 200": a word of an index's name, capitalized.)
  const named = subject.split(/[^\p{L}&]+/u).some((w) => /^\p{Lu}/u.test(w) && INDICES.has(w.toLowerCase()));
  return named || NAMED_INDEX.test(subject);
}

/** Prepositions that end a subject's head: "three-month copper | on the London Metal Exchange". */
const HEAD_ENDS = new Set(["of", "in", "on", "for", "at", "from", "to"]);

/**
 * Words of a frequency and the months of the period they report for: "quarterly revenue" ("monthly
 * income" is a rate, not a report).
 */
const FREQUENCIES: ReadonlyMap<string, number> = new Map([["quarterly", 3]]);

/**
 * "its quarterly revenue grew 19%" in a story of a year: a frequency in the few words before the figure
 * that the story's period does not have.
 */
function otherFrequency(tokens: readonly Token[], place: FigurePlace, story: FigurePeriod): boolean {
  const months = monthsOf(story);
  if (months === undefined) return false;
  for (let k = Math.max(place.clauseStart, place.first - FREQUENCY_REACH); k < place.first; k++) {
    const wanted = FREQUENCIES.get(tokens[k]?.norm ?? "");
    if (wanted !== undefined && wanted !== months) return true;
  }
  return false;
}

/** Tokens before a figure a frequency is looked for in: "its quarterly revenue grew 19% to". */
const FREQUENCY_REACH = 8;

/** "the full year", written relative to the story's period. */
const FULL_YEAR = /^(?:the )?full[- ]year$/i;
/** "the year", "the fiscal year" named without dates. */
const NAMED_YEAR = /^(?:the )?(fiscal |financial )?year$/i;

/**
 * The year (from the month `fiscalStart`) that holds the end of the story's period: a calendar year as
 * "2025", a fiscal one as "2025-04".."2026-03"; the story's own period when it is a year already.
 */
function yearOf(story: FigurePeriod, fiscalStart: number): { from: string; to: string } | undefined {
  const months = monthsOf(story);
  if (FULL_YEAR.test(story.text) || months === undefined || !story.from || !story.to) return undefined;
  if (months === 12) return { from: story.from, to: story.to };
  const [y = 0, m = 12] = story.to.split("-").map(Number);
  if (fiscalStart === 1) return { from: String(y), to: String(y) };
  const start = m >= fiscalStart ? y : y - 1;
  return { from: `${start}-${pad(fiscalStart)}`, to: monthAfter(start, fiscalStart, 11) };
}

/**
 * "the year" or "the fiscal year" named without dates, in a sentence that names no other company: "Capital
 * expenditure for the year will be around $50 billion" after the third quarter is that calendar year (the
 * declared reporting year, if any); "will post a deficit of $4.6 billion for the fiscal year" is the fiscal
 * year the story's period ends in; "reported a net profit of 20.3 billion baht for the fiscal year" (a past
 * result) is the last one that ended before publication. A past result or a change for "the year" keeps no
 * dates: "rose 1.7% in the year" is the twelve months to a quarter as often as the calendar year.
 */
function namedYear(
  input: StoryText,
  figure: Figure,
  story: FigurePeriod,
  reportsResult: () => boolean,
): { from: string; to: string } | undefined {
  const sentence = figure.sentence;
  if (namesCompany(input.companies, sentence.start, sentence.start + sentence.text.length)) return undefined;
  const fiscalWord = NAMED_YEAR.exec(figure.period?.text ?? "")?.[1] !== undefined;
  if (!fiscalWord) {
    // ("values up 1.8 per cent in October and 11.2 per cent for the year": an annual change, no calendar's.)
    if (figure.change || reportsResult()) return undefined;
    return yearOf(story, input.declaredYear ? input.fiscalStart : 1);
  }
  if (!reportsResult()) return yearOf(story, input.fiscalStart);
  const published = /^(\d{4})-(\d{2})/.exec(input.publishedAt ?? "");
  if (!published) return undefined;
  const py = Number(published[1]);
  const pm = Number(published[2]);
  const start = input.fiscalStart;
  // The last fiscal year to end before the month of publication.
  const endYear = start === 1 ? py - 1 : pm >= start ? py : py - 1;
  if (start === 1) return { from: String(endYear), to: String(endYear) };
  return { from: `${endYear - 1}-${pad(start)}`, to: monthAfter(endYear - 1, start, 11) };
}

/** A verb in the past tense opens the figure's clause before it: "BRAC disbursed Tk 61,000 crore". */
function pastBefore(tokens: readonly Token[], place: FigurePlace): boolean {
  for (let k = place.clauseStart; k < place.first; k++) if (isPastVerb(tokens[k])) return true;
  return false;
}

/** The period lies within one year that starts in month `fiscalStart` ("April-September" in April's). */
function withinYear(p: FigurePeriod, fiscalStart: number): boolean {
  const months = monthsOf(p);
  if (months === undefined || !p.from) return false;
  const [, m = 1] = p.from.split("-").map(Number);
  const offset = (((m - fiscalStart) % 12) + 12) % 12;
  return offset + months <= 12;
}

/** An organization is named between characters `from` and `to`. */
function namesCompany(companies: ReadonlyMap<number, number>, from: number, to: number): boolean {
  for (const start of companies.keys()) if (start >= from && start < to) return true;
  return false;
}

/** Months a period spans, counting a year written alone as twelve; undefined without dates. */
function monthsOf(p: FigurePeriod): number | undefined {
  return p.from && p.to ? monthIndex(p.to, true) - monthIndex(p.from) + 1 : undefined;
}

/** Tokens either side of a figure its sentence's own times are looked for in. */
const TIME_REACH = 80;

/** The figure whose own period starts at a character: its index and first token. */
interface Owner {
  i: number;
  first: number;
  /** Where its period starts and ends. */
  from?: string;
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
  const gap = monthIndex(current.from) - monthIndex(owner.to, true);
  // ("up from $1.35 billion in 2024" in a story of 2025: the same period a year before.)
  return (gap >= 0 && gap <= PREVIOUS_MONTHS) || yearBefore(owner, current);
}

/** A look back: "the previous season", "a year earlier", "last year". */
const BACK = /\b(?:previous|last|prior|earlier|ago|before|preceding)\b/i;

/** `owner` is a level compared after the figure at `index`, in a time looked back on ("down from 78% the previous season"). */
function comparedBack(story: StoryText, owner: Owner | undefined, index: number, p: PeriodHit): boolean {
  if (owner === undefined || owner.i <= index || !compared(story.tokens, owner.first)) return false;
  const a = story.tokens[p.first];
  const b = story.tokens[p.last - 1];
  return a !== undefined && b !== undefined && BACK.test(story.text.slice(a.start, b.end));
}

/** The owner's period is the story's a year earlier: "2024" for 2025, "2025-04..06" for 2026-04..06. */
function yearBefore(owner: Owner, current: FigurePeriod): boolean {
  if (!owner.from || !owner.to || !current.from || !current.to) return false;
  const back = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return owner.from === back(current.from) && owner.to === back(current.to);
}

/**
 * Months since year 0 of a partial ISO date: "2025" counts as its January, or as its December where it
 * ends a period (`end`).
 */
function monthIndex(date: string, end = false): number {
  const [y, m] = date.split("-").map(Number);
  return (y ?? 0) * 12 + (m ?? (end ? 12 : 1));
}

/**
 * The sentence of the figure at token `first` names a time of its own that was not the figure's ("on
 * Monday", "related to the case in 2024"), other than a base ("from $4 million a year earlier").
 */
function namesTime(
  story: StoryText,
  place: FigurePlace,
  owned: ReadonlyMap<number, Owner>,
  index: number,
  current: FigurePeriod,
  changed: boolean,
): boolean {
  const { first } = place;
  const range = story.sentenceTokens[story.sentenceOf[first] ?? -1];
  if (!range) return false;
  // Near the figure only: a sentence of a million tokens stays linear.
  const reach = Math.min(range[1], first + TIME_REACH);
  const from = Math.max(range[0], first - TIME_REACH);
  // A measure's change keeps the story's period past the times of a clause of cause or comment after it
  // ("Finance costs fell 31% after the company repaid a loan in May") or of a relative clause closed before
  // it ("Online sales, which the company began reporting separately last year, jumped 42%").
  const to = changed ? causeAfter(story.tokens, place.last, reach) : reach;
  const lastComma = changed ? commaBefore(story.tokens, from, first) : -1;
  for (let k = from; k < to; k++) {
    if (k < lastComma && inSetOffRelative(story.tokens, k)) continue;
    const norm = story.tokens[k]?.norm ?? "";
    // "on Monday", "during the holiday", "in the same week"; not a level compared ("down from 91% the
    // previous season") nor the day a statement was made ("the club said on Tuesday").
    const looksBack = LOOKING_BACK.has(story.tokens[k - 1]?.norm ?? "");
    if ((DAY_NAMES.has(norm) && !looksBack && !statedOn(story.tokens, k)) || sameTime(story.tokens, k))
      return true;
    // ("The 2024 Paris Games sold a record 9.5 million tickets": an event named with its year is a time of
    // its own, though no period of the figure.)
    if (isYearToken(story.tokens[k]) && opensEventName(story.tokens, k)) return true;
    const p = story.periods[story.periodAt[k] ?? -1];
    // A base, or a comparative's own period: "(H1 2024: £1,052.3 million)".
    // The period of a level compared after this figure ("rose to 4.3% from 4.2% in December"), or a
    // record's reach ("the highest since 2010").
    if (
      !p ||
      // ("..., which now has more than 8 million users": a standing level's "now" dates its own figure.)
      p.standing ||
      story.inBase[k] ||
      k !== p.first ||
      comparativeEnd(story.tokens, p) >= 0 ||
      comparedAfter(story.tokens, owned.get(story.tokens[k]?.start ?? -1), index, current) ||
      comparedBack(story, owned.get(story.tokens[k]?.start ?? -1), index, p) ||
      statedOn(story.tokens, k) ||
      norm === "since" ||
      story.tokens[k - 1]?.norm === "since" ||
      // ("Users rose 11% in the three months to Sept. 30, and subscribers grew 10%": the story's period
      // itself, named for the figure before, is no other time of a measure's change; a rate or a goal
      // beside a result stays undated, "hurt by levies of 30 percent".)
      (changed && story.tokens[k]?.start === current.start && storyOwnedBefore(story, owned, k, index))
    )
      continue;
    if (!isRelativePeriod(story.text.slice(story.tokens[p.first]?.start, story.tokens[p.last - 1]?.end)))
      return true;
  }
  return false;
}

/**
 * The period at token `k` is that of a figure before the one at `index` that is no level compared ("from 25
 * million euros in 2024"): a result of its own, whose period the story took.
 */
function storyOwnedBefore(
  story: StoryText,
  owned: ReadonlyMap<number, Owner>,
  k: number,
  index: number,
): boolean {
  const owner = owned.get(story.tokens[k]?.start ?? -1);
  return owner !== undefined && owner.i < index && !compared(story.tokens, owner.first);
}

/**
 * The figure, or the amount its change reached ("rose 18.6pc to Rs3.92bn"), changes a measure, not a
 * company's shares ("Rival Humm Group, which last month received a bid, fell 1.5 per cent").
 */
function changedMeasure(
  figure: Figure,
  previous: Figure | undefined,
  story: StoryText,
  place: FigurePlace,
): boolean {
  const change =
    figure.change ??
    (previous?.sentence.start === figure.sentence.start && previous.subject?.start === figure.subject?.start
      ? previous.change
      : undefined);
  const subject = figure.subject;
  if (!change || !subject) return false;
  // (The subject may stand before a relative clause, outside the figure's own clause.)
  for (let k = place.first - 1; k >= Math.max(0, place.first - TIME_REACH); k--) {
    const token = story.tokens[k];
    if (!token || token.end <= subject.start) break;
    if (token.end <= subject.end && story.companies.has(token.start)) return false;
  }
  // A figure in a clause of cause is none of the story's results: "after operators implemented a 50 per
  // cent tariff increase approved by the NCC in January 2025".
  return (
    causeAfter(story.tokens, Math.max(place.clauseStart, place.first - TIME_REACH), place.first) ===
    place.first
  );
}

/**
 * Where a clause of cause or comment opens after a figure's last token `from`, before `to`: "after the
 * company repaid a loan", "supported by a hot summer", "on the back of a strong mango season", ", which
 * analysts attributed to". (Not "as of", "as at": a date of the figure.)
 */
function causeAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const norm = tokens[k]?.norm ?? "";
    const next = tokens[k + 1]?.norm ?? "";
    if (
      CAUSE_OPENERS.has(norm) ||
      (norm === "as" && next !== "of" && next !== "at") ||
      (CAUSE_LINKS.has(norm) && next === "to") ||
      (norm === "on" && next === "the" && tokens[k + 2]?.norm === "back") ||
      (next === "by" && CAUSE_PARTICIPLES.has(norm))
    )
      return k;
  }
  return to;
}

/** Words that open a clause of cause or comment: "after", ", which analysts attributed to". */
const CAUSE_OPENERS = new Set(["after", "following", "because", "amid", "which", "who", "whose"]);
/**
 * Participles that open a cause with "by": those of an aside ("supported by a hot summer", "led by
 * exports") and more ("weighed down by", "fuelled by"; not "fell by").
 */
const CAUSE_PARTICIPLES = new Set([
  ...APPOSED_PARTICIPLES,
  "lifted",
  "fuelled",
  "fueled",
  "spurred",
  "aided",
  "underpinned",
  "hit",
  "hampered",
  "down",
  "offset",
  "dented",
  "pressured",
  "affected",
  "impacted",
]);
/** Words that open a cause with "to": "thanks to", "due to", "owing to", "according to". */
const CAUSE_LINKS = new Set(["thanks", "due", "owing", "according"]);

/** The last comma in tokens [from, to), or -1. */
function commaBefore(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k]?.norm === ",") return k;
  return -1;
}

/** A period of accounts named by its end: "the financial year ended March 31", "the six months to June". */
const ACCOUNTS_PERIOD = /\b(?:ended|ending|to)\b/i;

/** Words before a time noun that make it a time looked back on: "the previous season", "last season". */
const LOOKING_BACK = new Set(["previous", "last", "prior", "preceding"]);

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

/** Words that open a time right after a verb of statement: "reported last month", "said earlier this week". */
const STATED_TIMES = new Set(["last", "earlier", "yesterday", "today", "this"]);

/** Verbs of a statement whose day is no time of what was stated: "the club said on Tuesday". */
const STATED = new Set(["said", "says", "told", "announced", "reported", "stated", "added"]);

/**
 * The time at token `k` is the day a statement was made: "said on Tuesday", "said Tuesday", "told
 * reporters on Monday" (not "reported third-quarter revenue": a period before a noun dates the noun).
 */
function statedOn(tokens: readonly Token[], k: number): boolean {
  // ("the company reported last month", "it said earlier this week"; not "said last year's profit", whose
  // "year's" is one token.)
  if (
    STATED.has(tokens[k - 1]?.norm ?? "") &&
    STATED_TIMES.has(tokens[k]?.norm ?? "") &&
    possessiveOwner(tokens, k + 1) < 0 &&
    possessiveOwner(tokens, k + 2) < 0
  )
    return true;
  const on = tokens[k - 1]?.norm === "on";
  if (!on && !WEEKDAY_NAMES.has(tokens[k]?.norm ?? "")) return false;
  const link = on ? k - 2 : k - 1;
  // ("according to results published on Wednesday", "in a statement on Friday", as American papers write
  // it "in a statement Thursday".)
  const verb = tokens[link]?.norm ?? "";
  if (STATED.has(verb) || FILED.has(verb) || STATEMENTS.has(verb)) return true;
  // ("told reporters on Monday": one listener between.)
  if (tokens[link - 1]?.norm === "told" && tokens[link]?.kind === "word") return true;
  // ("the group said in a Sens announcement on Wednesday", "told the NZX on Wednesday", "Accounts filed at
  // Companies House on Tuesday show": where or to whom it was said or filed, then the day.)
  for (let j = link; j > Math.max(0, link - STATED_TAIL); j--) {
    const tok = tokens[j];
    // ("filed with the Nigerian Exchange (NGX) on Wednesday": a name's acronym in parentheses.)
    if (!tok || (tok.kind !== "word" && !["'s", "’s", "(", ")"].includes(tok.norm))) return false;
    const tail = j < link && TAIL_LEADS.has(tokens[j + 1]?.norm ?? "");
    if (STATED.has(tok.norm) || FILED.has(tok.norm)) return tail;
    // ("In a disclosure to the Philippine Stock Exchange on Friday, the bottler said".)
    if (STATEMENTS.has(tok.norm) && tail) return true;
  }
  return false;
}

/**
 * The period at token `first` is when data was made public, no time it reports for: "figures released
 * last week showed", "data published earlier this month", "figures released on Tuesday".
 */
function releasedAt(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.norm ?? "";
  if (FILED.has(before) || (RELEASE_LINKS.has(before) && FILED.has(tokens[first - 2]?.norm ?? "")))
    return true;
  // ("its annual report, tabled in NSW Parliament last week": past where it was made public.)
  for (let k = first - 2; k >= Math.max(0, first - STATED_TAIL); k--) {
    const tok = tokens[k];
    if (FILED.has(tok?.norm ?? "")) return PLACE_LEADS.has(tokens[k + 1]?.norm ?? "");
    if (tok?.kind !== "word") return false;
  }
  return false;
}

/** Words between a release verb and its time: "released on Tuesday", "published earlier this month". */
const RELEASE_LINKS = new Set(["on", "earlier", "in", "during"]);

/** Nouns of a statement, whose day dates no figure: "in a filing to the bourse on Friday". */
const STATEMENTS: ReadonlySet<string> = new Set(FILING_NOUNS);

/** Words a where-or-to-whom tail may run between a statement's verb and its day, at most. */
const STATED_TAIL = 11;
/** Verbs of making data public, whose day dates no figure: "accounts filed at Companies House on Tuesday". */
const FILED = new Set(["filed", "published", "released", "issued", "lodged", "posted", "tabled"]);
/** Prepositions that open where data were made public: "tabled in Parliament", "filed with the SEC". */
const PLACE_LEADS = new Set(["in", "at", "with", "to", "before"]);
/** Words that open such a tail: a preposition, or the listener's article ("told the NZX"). */
const TAIL_LEADS = new Set(["in", "at", "with", "to", "by", "the", "a", "an", "its", "their"]);

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

/**
 * Figure `i` is a level compared, or restates one: "compared with a loss of $12.7 million, or 8 cents per
 * share".
 */
function comparedAt(tokens: readonly Token[], places: readonly FigurePlace[], i: number): boolean {
  const place = places[i];
  if (!place) return false;
  if (compared(tokens, place.first)) return true;
  const before = places[i - 1];
  const restates = tokens[place.first - 1]?.norm === "or" && tokens[place.first - 2]?.norm === ",";
  return restates && before?.last === place.first - 2 && compared(tokens, before.first);
}

/**
 * The figure at token `first` is the level a change is compared with ("up from $4 million") or a limit
 * one is held against ("well above the regulatory minimum of 15%").
 */
function compared(tokens: readonly Token[], first: number): boolean {
  // ("compared with a net loss of $12.7 million": past the words of a level, further back.)
  if (levelCompared(tokens, first)) return true;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const tok = tokens[k];
    if (!tok || tok.kind === "num" || tok.norm === ",") return false;
    // ("EPS of $0.30 compared to $0.33": "compared to" as "compared with".)
    if (tok.norm === "to" && tokens[k - 1]?.norm === "compared") return true;
    // ("remained the top brand with 19,455 sales": a rank's "with" compares nothing.)
    const withRank = tok.norm === "with" && rankBefore(tokens, k);
    if ((COMPARED.has(tok.norm) && !withRank) || (tok.norm === "of" && LIMITS.has(tokens[k - 1]?.norm ?? "")))
      return true;
    // ("Revenue from operations rose 8.4 per cent": a verb between is no level's describer.)
    if (CHANGE_VERB.has(tok.norm)) return false;
  }
  return false;
}

/** Tokens back from a "with" a rank's words may stand in: "remained the country's top-selling vehicle with". */
const RANK_REACH = 8;
/** Words of a rank or of a ranking's order before its "with": "the top brand", "led", "followed by". */
const RANKING_WORDS: ReadonlySet<string> = new Set([
  ...RANK_WORDS,
  "led",
  "leads",
  "followed",
  "leader",
  "first",
]);

/** A rank's words stand shortly before the "with" at `k`, in its clause. */
function rankBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - RANK_REACH); j--) {
    const norm = tokens[j]?.norm ?? "";
    if (norm === "," || norm === ";" || tokens[j]?.kind === "num") return false;
    if (RANKING_WORDS.has(norm)) return true;
  }
  return false;
}

/** Limits a level is held against: "the regulatory minimum of 15%", "a ceiling of 60% of GDP". */
const LIMITS = new Set([
  "minimum",
  "maximum",
  "threshold",
  "limit",
  "ceiling",
  "floor",
  "requirement",
  "cap",
]);
