/**
 * Figure extraction: tokens -> figure spans and values (find.ts) -> qualifiers -> changes and their bases
 * -> periods -> subjects -> speakers. Pure and linear-time; never throws.
 */

import type { Entity } from "../entities/types.ts";
import type { Sentence } from "../text/sentences.ts";
import { baseOf, changeOf } from "./changes.ts";
import { RELATIVES, type Scopes, scopesOf } from "./clauses.ts";
import { articleCountry, countryWeights, localizeSharedCurrencies } from "./currency-context.ts";
import { UP_VERBS } from "./data/changes.ts";
import { SUBORDINATORS } from "./data/subject-words.ts";
import { POINT_UNITS } from "./data/units.ts";
import { findFigures, type RawFigure } from "./find.ts";
import { fiscalYearOf } from "./fiscal-years.ts";
import { QUALIFIER_AFTER, QUALIFIER_BEFORE } from "./lexicon.ts";
import { findPeriods, type PeriodHit } from "./periods.ts";
import { findQuotes, type QuoteRegion } from "./quotes.ts";
import { readRatePoints } from "./rate-points.ts";
import { firstAtOrAfter } from "./search.ts";
import type { Attribution } from "./speaker-names.ts";
import { Resolver, reportedIn } from "./speakers.ts";
import { MONEY_LEVEL_NOUNS, MONEY_PROJECT_NOUNS, subjectOf } from "./subjects.ts";
import { isPastVerb } from "./token-marks.ts";
import { type Token, tokenize } from "./tokenize.ts";
import type { Figure, FigurePeriod, Span } from "./types.ts";

export interface FigureContext {
  sentences: Sentence[];
  entities: Entity[];
  /** The article's publication date (ISO 8601), to resolve "last year". */
  publishedAt?: string;
  /** ISO 4217 code of a bare "$" when the source says so; USD otherwise. */
  dollarCurrency?: string;
}

const UP_VERB: ReadonlySet<string> = new Set(UP_VERBS);
const PASSING = new Set(["passed", "passes", "pass", "approved", "approves"]);
/** Bodies that pass bills: "the Senate passes $4.2 billion bond". */
const LEGISLATURES = new Set([
  "house",
  "senate",
  "assembly",
  "parliament",
  "congress",
  "council",
  "legislature",
  "lawmakers",
  "legislators",
  "committee",
  "board",
  "voters",
  "cabinet",
  "lords",
  "commons",
  "mps",
]);
/** Qualifiers that say a level was passed: "rose above", "fell below", "climbed past". */
const PASSED = new Set(["above", "below", "past", "beyond", "under"]);
const NOT_BEFORE_TOP = new Set(["the", "a", "its", "their", "his", "her", "our", "of", "in", "'s", "’s"]);

export function extractFigures(text: string, context: FigureContext): Figure[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    return run(text, context);
  } catch {
    // The rules are meant never to throw; if one does, an article without figures beats a failed batch.
    return [];
  }
}

function run(text: string, context: FigureContext): Figure[] {
  const tokens = tokenize(text);
  const options = context.dollarCurrency ? { dollarCurrency: context.dollarCurrency } : {};
  const raws = findFigures(tokens, options);
  if (raws.length === 0) return [];
  const given = Array.isArray(context.sentences) ? context.sentences : [];
  const sentences = given.length
    ? [...given].sort((a, b) => a.start - b.start)
    : [{ start: 0, end: text.length, text }];
  const entities = context.entities ?? [];
  const scopes = scopesOf(tokens, sentences);
  // "FY26" in an Indian story runs April to March: fiscal years follow the country the article is about.
  const weights = countryWeights(text, entities);
  const periods = findPeriods(tokens, context.publishedAt, fiscalYearOf(articleCountry(weights)));
  const periodAt = new Int32Array(tokens.length).fill(-1);
  // Tokens of the bases of changes found so far: "rose 32.5% from a year earlier to 12.2 trillion won"
  // measures the level in the period of the sentence, not in the change's base.
  const inBase = new Uint8Array(tokens.length);
  periods.forEach((p, idx) => {
    for (let k = p.first; k < p.last; k++) periodAt[k] = idx;
  });
  const quotes = findQuotes(tokens);
  const quoteOf = regionIndex(tokens.length, quotes);
  const { named, reported: reportedBySentence } = attributions(
    tokens,
    scopes.sentenceTokens,
    quotes,
    quoteOf,
  );
  const people = new Resolver(text, entities, named);
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id })))
    .sort((a, b) => a.start - b.start);

  const figureAt = new Uint8Array(tokens.length);
  for (const raw of raws) figureAt.fill(1, raw.first, raw.last);
  const figures: Figure[] = [];
  let previous:
    | { figure: Figure; sentence: number; first: number; last: number; baseLast?: number }
    | undefined;
  for (const raw of raws) {
    const first = tokens[raw.first];
    const last = tokens[raw.last - 1];
    if (!first || !last) continue;
    const figure: Figure = {
      kind: raw.kind,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      value: raw.value,
      qualifier: "exact",
      sentence: sentenceSpan(text, sentences, scopes.sentence[raw.first] ?? -1, first.start, last.end),
    };
    if (raw.high !== undefined) figure.high = raw.high;
    if (raw.currency) figure.currency = raw.currency;
    if (raw.unit) figure.unit = raw.unit;

    // Qualifier: before ("more than", "exceeded") or after ("or more", "+").
    let qualifierStart = raw.first;
    let before = QUALIFIER_BEFORE.backward(tokens, raw.first);
    // "the top 10", "its top 5": "top" bounds a figure only as a verb ("deliveries top 435,000").
    if (
      before &&
      tokens[before.start]?.norm === "top" &&
      NOT_BEFORE_TOP.has(tokens[before.start - 1]?.norm ?? "")
    )
      before = undefined;
    // "The House passed $1.2 trillion in spending": a body passes a bill, it does not exceed it.
    if (
      before &&
      PASSING.has(tokens[before.start]?.norm ?? "") &&
      LEGISLATURES.has(tokens[before.start - 1]?.norm ?? "")
    )
      before = undefined;
    // "edged up to 3.1%": "up" is the verb's, the figure a level.
    if (before && tokens[before.start]?.norm === "up" && UP_VERB.has(tokens[before.start - 1]?.norm ?? ""))
      before = undefined;
    let after = before ? undefined : QUALIFIER_AFTER.forward(tokens, raw.last);
    // "12 schools and more than 90 buses": "and more than" bounds the next figure, not this one.
    if (after && tokens[after.end]?.norm === "than") after = undefined;
    const q = before ?? after;
    if (q && !(after && tokens[raw.last]?.norm === "+" && tokens[raw.last]?.spaceBefore)) {
      figure.qualifier = q.value;
      const a = tokens[q.start];
      const b = tokens[q.end - 1];
      if (a && b) figure.qualifierText = text.slice(a.start, b.end);
      if (before) qualifierStart = before.start;
      // "should not exceed $40,000", "rarely exceeds 28,000MW": a bound denied is the other bound.
      if (before && figure.qualifier === "lower_bound" && negatedAt(tokens, before.start))
        figure.qualifier = "upper_bound";
    }

    // Change and its base.
    const cEnd = scopes.clauseEnd[raw.first] ?? tokens.length;
    let baseRange: { first: number; last: number } | undefined;
    const sIdx = scopes.sentence[raw.first] ?? -1;
    const same = previous && previous.sentence === sIdx ? previous : undefined;
    let change = changeOf(tokens, qualifierStart, raw.last);
    // "Yields rose as high as 9%", "fell as low as 8%": the level reached, not the change.
    if (change && LEVEL_QUALIFIERS.has(figure.qualifierText?.toLowerCase() ?? "")) change = undefined;
    // "a net loss of 4.6 billion euros": an amount lost, not a fall (a "loss of 5%" is one).
    if (
      change &&
      raw.kind === "MONEY" &&
      tokens[qualifierStart - 1]?.norm === "of" &&
      MONEY_LEVEL_NOUNS.has(tokens[qualifierStart - 2]?.norm ?? "")
    )
      change = undefined;
    // "Gold rose above $4,200 an ounce": a level passed, not the size of the rise.
    if (change && !change.after && before && PASSED.has(tokens[before.start]?.norm ?? "")) change = undefined;
    // "approved a $4.2 million expansion of the library": what the money pays for, not a rise.
    if (change?.after && raw.kind === "MONEY" && MONEY_PROJECT_NOUNS.has(tokens[change.at]?.norm ?? ""))
      change = undefined;
    // "plans to raise $1.5 billion in a share sale": money raised is an amount, not a rise ("raised its
    // forecast by $1 billion" is one).
    if (
      change &&
      raw.kind === "MONEY" &&
      FUNDRAISING.has(tokens[change.at]?.norm ?? "") &&
      tokens[qualifierStart - 1]?.norm !== "by"
    )
      change = undefined;
    // "an estimated street value of £4 million", "at an estimated cost of $4 billion": the estimate's word
    // opens the noun phrase the figure is "of".
    if (figure.qualifier === "exact" && tokens[qualifierStart - 1]?.norm === "of") {
      for (let k = qualifierStart - 2; k >= Math.max(0, qualifierStart - 5); k--) {
        const norm = tokens[k]?.norm ?? "";
        if (norm === "estimated" && (tokens[k - 1]?.norm === "an" || tokens[k - 1]?.norm === "the")) {
          figure.qualifier = "approximate";
          break;
        }
        if (tokens[k]?.kind !== "word") break;
      }
    }
    // "30 smaller convenience stores": a comparative between a count and its noun describes the things.
    if (change?.after && raw.unitFirst !== undefined && change.at < raw.unitFirst) change = undefined;
    // "cut fares by 15 and 20 percent": the second of two figures joined by "and" changes the same way.
    const paired =
      same !== undefined && tokens[qualifierStart - 1]?.norm === "and" && qualifierStart - 1 === same.last;
    if (!change && paired && same?.figure.change) {
      figure.change = { direction: same.figure.change.direction, measure: same.figure.change.measure };
      if (same.figure.subject && !figure.subject) figure.subject = { ...same.figure.subject };
    }
    // "Nissan, which lost $2.1 billion in the quarter", "had lost 1,210 troops": an amount or a count lost
    // is no fall (index points lost are one, and so is a loss with the level it left: "lost $1.20 to $35").
    if (
      change &&
      !change.after &&
      LOSING.has(tokens[change.at]?.norm ?? "") &&
      (raw.kind === "MONEY" || (raw.kind === "QUANTITY" && !POINT_UNIT.has(raw.unit ?? ""))) &&
      tokens[raw.last]?.norm !== "to"
    )
      change = undefined;
    // "dropped 533 points, or 1.3%," / "fell $2 billion (3%)": the same change in other terms.
    const restated =
      same?.figure.change !== undefined &&
      ((tokens[qualifierStart - 1]?.norm === "or" &&
        tokens[qualifierStart - 2]?.norm === "," &&
        qualifierStart - 2 === same.last) ||
        (tokens[qualifierStart - 1]?.norm === "(" && qualifierStart - 1 === same.last));
    if (!change && restated && same?.figure.change)
      change = { direction: same.figure.change.direction, at: qualifierStart - 1, after: false };
    if (change) {
      // "dropped by a quarter", "shrank by roughly a third": a share of the whole is a relative change.
      const share =
        raw.kind === "NUMBER" && raw.value > 0 && raw.value < 1 && tokens[raw.first]?.kind === "word";
      const measure = raw.points
        ? "percentage_points"
        : raw.kind === "PERCENT" || raw.multiple || share
          ? "relative"
          : "absolute";
      figure.change = { direction: change.direction, measure };
      const baseFrom = change.after ? change.at + 1 : raw.last;
      baseRange = baseOf(tokens, baseFrom, cEnd, (k) => (periodAt[k] ?? -1) >= 0);
      if (baseRange) inBase.fill(1, baseRange.first, baseRange.last);
      if (baseRange) {
        const a = tokens[baseRange.first];
        const b = tokens[baseRange.last - 1];
        if (a && b) figure.change.base = text.slice(a.start, b.end);
      }
    } else if (raw.points && raw.kind === "PERCENT") {
      // "2 percentage points" is a difference of rates even without a verb; no direction to report.
    }

    // Period: the nearest period in the clause, outside the base; a sentence-opening one covers the sentence.
    const cStart = scopes.clause[raw.first] ?? raw.first;
    const period = periodFor(
      text,
      tokens,
      figureAt,
      periods,
      periodAt,
      raw,
      cStart,
      cEnd,
      baseRange,
      inBase,
      scopes.sentenceTokens[sIdx],
    );
    if (period) figure.period = period;

    // Subject.
    const isPeriodToken = (k: number) =>
      (periodAt[k] ?? -1) >= 0 || (baseRange !== undefined && k >= baseRange.first && k < baseRange.last);
    const subject = subjectOf(tokens, raw, qualifierStart, cStart, isPeriodToken);
    if (subject?.anaphor) {
      if (previous && previous.sentence === sIdx) {
        if (previous.figure.subject) figure.subject = { ...previous.figure.subject };
        if (!figure.period && previous.figure.period) figure.period = { ...previous.figure.period };
      }
    } else if (subject?.demonstrative && antecedent(figures, subject.demonstrative)) {
      // "for that initiative": the earlier subject it points back to, e.g. "the Economic Resilience
      // Initiative for Central Asia".
      const earlier = antecedent(figures, subject.demonstrative);
      if (earlier) figure.subject = { ...earlier };
    } else if (subject) {
      const a = tokens[subject.first];
      const b = tokens[subject.last - 1];
      if (a && b) {
        const span: Span & { entityIds?: string[] } = {
          text: text.slice(a.start, b.end),
          start: a.start,
          end: b.end,
        };
        const ids = entitiesIn(mentions, a.start, b.end);
        if (ids.length) span.entityIds = ids;
        figure.subject = span;
      }
    }

    // Speaker: the quote's attribution, else reported speech in the sentence.
    const region = quotes[quoteOf[raw.first] ?? -1];
    if (region?.speaker) {
      const sp = people.speaker(region.speaker, "quoted");
      if (sp) figure.speaker = sp;
    } else {
      const reported = reportedBySentence[sIdx];
      if (
        reported &&
        (reported.from === undefined || (tokens[raw.first]?.start ?? 0) >= reported.from) &&
        !inOtherRelative(tokens, scopes, reported.at, raw.first)
      ) {
        const sp = people.speaker(reported, "reported");
        if (sp) figure.speaker = sp;
      }
    }

    // "revenue of $94.8 billion ..., up 5% from a year earlier" and "533 points, or 1.3%": a figure that
    // restates or qualifies the one before it measures the same thing.
    // "increased 0.2% in June after gaining 0.1% in May": a participle clause's change measures the same.
    const participle =
      change &&
      !change.after &&
      SUBORDINATORS.has(tokens[change.at - 1]?.norm ?? "") &&
      (tokens[change.at]?.norm ?? "").endsWith("ing");
    const trailing = change && !change.after && (tokens[change.at - 1]?.norm === "," || participle);
    // "raised rates by 25 basis points to 4%", "rose 3% to $85": the level reached after a change.
    // So is "rose 32.5% from a year earlier to 12.2 trillion won" and "rose 14% to a record $616 million".
    let to = qualifierStart - 1;
    while (to > 0 && LEVEL_WORDS.has(tokens[to]?.norm ?? "") && qualifierStart - to <= 4) to--;
    // "settled down $1.32, or 2%, at $63.45": a market's closing level after "at"; "settled 1.2% higher at
    // $31.40", "jumped 22% in early trading to $15.75": a few plain words may come between.
    const near = same !== undefined && closeAfter(tokens, same.last, to, (k) => (periodAt[k] ?? -1) >= 0);
    // "cut vouchers from $12 to $6": the level after the one it came from.
    const fromBefore = same !== undefined && tokens[same.first - 1]?.norm === "from";
    const reached =
      (tokens[to]?.norm === "to" || tokens[to]?.norm === "at") &&
      (same?.figure.change || (fromBefore && to === same?.last)) &&
      (to === same.last ||
        to === same.baseLast ||
        (tokens[to - 1]?.norm === "," && to - 1 === same.last) ||
        near);
    // "climbed to 4.2% from 3.6%", "fell to 6.1% in March from 6.8%": the level it came from.
    // ", from 71 per cent two years ago", ", up from N600,000": after a comma too.
    // "..., compared with 240,000 a week earlier": a level compared is one it came from too.
    const compared = tokens[to]?.norm === "with" && tokens[to - 1]?.norm === "compared";
    const fromAt = tokens[to]?.norm === "from" ? to : compared ? to - 1 : -1;
    // "N1.5 million a year, up from N600,000": a rate may stand between the figure and the comma; so may
    // a period ("rose to 2.9% in October, up from 2.6%").
    const afterComma = (k: number) => {
      if (tokens[k]?.norm !== "," || same === undefined) return false;
      let back = k;
      while (
        back > same.last &&
        ((periodAt[back - 1] ?? -1) >= 0 ||
          (PERIOD_PREPOSITIONS.has(tokens[back - 1]?.norm ?? "") && (periodAt[back] ?? -1) >= 0))
      )
        back--;
      return back === same.last || (k - same.last <= 2 && RATE_WORDS.has(tokens[same.last]?.norm ?? ""));
    };
    const cameFrom =
      fromAt >= 0 &&
      same !== undefined &&
      (to === same.last ||
        near ||
        afterComma(fromAt - 1) ||
        (["up", "down"].includes(tokens[to - 1]?.norm ?? "") && afterComma(to - 2)));
    // "rose 14% to $95 million, or 42 cents per share", "12.1 trillion won ($8.6 billion)": the amount
    // before, restated.
    const restatedLevel =
      same !== undefined &&
      ((tokens[qualifierStart - 1]?.norm === "or" &&
        tokens[qualifierStart - 2]?.norm === "," &&
        qualifierStart - 2 === same.last) ||
        (tokens[qualifierStart - 1]?.norm === "(" && qualifierStart - 1 === same.last));
    // A quantity's own subject is its unit; as the level a change reached it measures what changed
    // ("Copper production rose 9% to 1,865 kilotonnes").
    const unitOnly = figure.kind === "QUANTITY" && figure.subject?.text === figure.unit;
    // "closed 120 points lower at 17,612.35", "rose 1.5 per cent to $4.10": a subject read between the two
    // figures is the change's words, not what the level measures.
    const between =
      same !== undefined &&
      figure.subject !== undefined &&
      figure.subject.start >= same.figure.start &&
      figure.subject.end <= figure.start;
    if (
      (!figure.subject || ((reached || cameFrom || restatedLevel) && (unitOnly || between))) &&
      same?.figure.subject &&
      (restated || restatedLevel || trailing || reached || cameFrom)
    )
      figure.subject = { ...same.figure.subject };

    figures.push(figure);
    previous = {
      figure,
      sentence: sIdx,
      first: raw.first,
      last: raw.last,
      ...(baseRange && { baseLast: baseRange.last }),
    };
  }
  localizeSharedCurrencies(text, figures, entities, weights, {
    dollarDeclared: context.dollarCurrency !== undefined,
  });
  readRatePoints(figures);
  return figures;
}

/**
 * "Xiaomi, whose chairman Lei Jun said the company would deliver 400,000 cars, lost 2.1%": a speech verb
 * inside a relative clause speaks for that clause's figures only.
 */
function inOtherRelative(tokens: readonly Token[], scopes: Scopes, at: number, figure: number): boolean {
  const verb = firstAtOrAfter(tokens, at, (tok) => tok.start);
  const clause = scopes.clause[verb] ?? -1;
  return clause !== scopes.clause[figure] && RELATIVES.has(tokens[clause]?.norm ?? "");
}

/** Words between "to" and the level a change reached: "to a record", "to a fresh all-time high of". */
const LEVEL_QUALIFIERS = new Set(["as high as", "as low as"]);
/** Words that deny the verb after them: "not exceed", "never topped", "rarely exceeds". */
const NEGATIONS = new Set(["not", "never", "rarely", "seldom", "n't", "’t", "hardly", "cannot"]);

/** A negation within two words before `k`. */
function negatedAt(tokens: readonly Token[], k: number): boolean {
  return NEGATIONS.has(tokens[k - 1]?.norm ?? "") || NEGATIONS.has(tokens[k - 2]?.norm ?? "");
}

/** Prepositions before a period: "in October", "on Monday". */
const PERIOD_PREPOSITIONS = new Set(["in", "on", "during", "for", "at", "by"]);
/** Words of a rate after an amount: "a year", "per month", "each week". */
const RATE_WORDS = new Set(["a", "an", "per", "each"]);
const LEVEL_WORDS = new Set([
  "a",
  "an",
  "record",
  "new",
  "fresh",
  "all-time",
  "high",
  "low",
  "of",
  // "to an annual rate of 1.45 million", "to a seasonally adjusted $312 billion".
  "annual",
  "rate",
  "seasonally",
  "adjusted",
  "annualized",
  "annualised",
]);
/** Plain words a level may be from the change before it: "1.2% higher at", "22% in early trading to". */
const NEAR_TOKENS = 4;
const NEAR_STOPS = new Set(["and", "but", "or", "while", "after", "before", "as", "which", "who", "that"]);

/**
 * Only a few lower-case words or a period ("in March"), no other mark, number or clause word, between
 * token `last` and `to`.
 */
function closeAfter(
  tokens: readonly Token[],
  last: number,
  to: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  if (to <= last || to - last > NEAR_TOKENS) return false;
  for (let k = last; k < to; k++) {
    const tok = tokens[k];
    if (isPeriodToken(k)) continue;
    if (tok?.kind !== "word" || tok.text !== tok.norm || NEAR_STOPS.has(tok.norm)) return false;
  }
  return true;
}

function regionIndex(n: number, quotes: readonly QuoteRegion[]): Int32Array {
  const index = new Int32Array(n).fill(-1);
  quotes.forEach((q, idx) => {
    for (let k = q.open; k <= q.close && k < n; k++) index[k] = idx;
  });
  return index;
}

/**
 * The reported-speech attribution of each sentence, and every named attribution in the text in order
 * (pronouns resolve to the nearest one before them).
 */
function attributions(
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<[number, number]>,
  quotes: readonly QuoteRegion[],
  quoteOf: Int32Array,
): { named: Attribution[]; reported: Array<Attribution | undefined> } {
  const named: Attribution[] = [];
  const reported: Array<Attribution | undefined> = [];
  for (const q of quotes) if (q.speaker && !q.speaker.pronoun) named.push(q.speaker);
  for (const [a, b] of sentenceTokens) {
    const r = b > a ? reportedIn(tokens, a, b, (k) => (quoteOf[k] ?? -1) >= 0) : undefined;
    reported.push(r);
    if (r && !r.pronoun) named.push(r);
  }
  named.sort((x, y) => x.end - y.end);
  return { named, reported };
}

function sentenceSpan(
  text: string,
  sentences: readonly Sentence[],
  idx: number,
  start: number,
  end: number,
): Span {
  const s = idx >= 0 ? sentences[idx] : undefined;
  if (s) return { text: s.text, start: s.start, end: s.end };
  return { text: text.slice(start, end), start, end };
}

/** Verbs of losing: money or things lost are an amount, not a fall. */
const LOSING = new Set(["lost", "lose", "loses", "losing"]);
const POINT_UNIT: ReadonlySet<string> = new Set(POINT_UNITS);

/** Verbs whose money object is funds collected: "raised $2 billion from investors", "recovered $480,000". */
const FUNDRAISING = new Set(["raise", "raises", "raised", "raising", "recovered", "recover", "recovers"]);

/** Words that open a subordinate clause: "gained 0.4% after data showed inflation fell to 3.4% in March". */
const SUBORDINATE_OPENERS = new Set([
  "despite",
  "after",
  "as",
  "while",
  "because",
  "although",
  "whereas",
  "when",
  "since",
]);

/**
 * Between a figure and a later period, a subordinate clause with a figure of its own: the period is that
 * figure's ("... after data showed UK inflation fell to 3.4% in February": February is not the 0.4%'s).
 */
function inLaterClause(tokens: readonly Token[], figureAt: Uint8Array, from: number, to: number): boolean {
  let opened = false;
  let subordinate = false;
  for (let k = from; k < to; k++) {
    const norm = tokens[k]?.norm ?? "";
    // "..., surpassing its previous high of 50,883.68 hit on Nov. 4": a comma opens a phrase of its own,
    // unless the figure after it restates this one ("..., or 2%," / "..., up 5%,").
    const restates = ["or", "up", "down"].includes(tokens[k + 1]?.norm ?? "");
    // ", signalling that cuts could resume as soon as January": a participle that reports holds its own time.
    if (norm === "," && REPORTING_PARTICIPLES.has(tokens[k + 1]?.norm ?? "")) return true;
    // "held rates at 2% on Thursday but signalled a hike next month": "but" opens a clause of its own.
    if (SUBORDINATE_OPENERS.has(norm) || norm === "but") subordinate = true;
    if (SUBORDINATE_OPENERS.has(norm) || (norm === "," && !restates)) opened = true;
    else if (opened && figureAt[k]) return true;
    // "fell 8% on Tuesday after the retailer reported weaker fourth-quarter sales", "a saga that began when
    // it defaulted in November 2020": a subordinate clause with a verb of its own holds its own period.
    else if (subordinate && k > from && isPastVerb(tokens[k])) return true;
  }
  return false;
}

const LEVEL_NOUNS = new Set(["levels", "level", "prices", "terms"]);

/** Participles after a comma that open a clause with a time of its own: ", signalling that ...". */
const REPORTING_PARTICIPLES = new Set([
  "signalling",
  "signaling",
  "saying",
  "warning",
  "adding",
  "citing",
  "noting",
  "suggesting",
  "indicating",
  "hinting",
  "predicting",
  "forecasting",
]);

/** Verbs a period after which dates the statement, not the figure it reports: "said in October that". */
const STATEMENT_VERBS = new Set([
  "said",
  "told",
  "estimated",
  "published",
  "released",
  "reported",
  "announced",
  "forecast",
  "predicted",
  "warned",
  "projected",
  "calculated",
  "stated",
  "noted",
]);
const STATEMENT_LINKS = new Set(["in", "on", "last", "earlier", "this"]);

/**
 * "The minister told parliament in August that ...", "the report published in May said", "The institute
 * estimated in June that the cost would reach": when it was said, before what was said.
 */
function statementDate(tokens: readonly Token[], p: PeriodHit): boolean {
  let k = p.first - 1;
  if (STATEMENT_LINKS.has(tokens[k]?.norm ?? "")) k--;
  if (STATEMENT_VERBS.has(tokens[k]?.norm ?? "")) return true;
  // "told parliament in August": one listener between the verb and the date.
  const listener = tokens[k];
  return (
    listener?.kind === "word" &&
    listener.text === listener.norm &&
    STATEMENT_VERBS.has(tokens[k - 1]?.norm ?? "")
  );
}

/** Words that open what a figure is set against: "killed 13 people, despite a truce agreed in November". */
const CONTRASTS = new Set(["despite", "although", "though", "notwithstanding"]);

function afterContrast(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CONTRASTS.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** Words that introduce a figure compared with the one before: "to $16.6 billion from $6.19 billion a year earlier". */
const COMPARED = new Set(["from", "with", "against", "versus", "vs", "vs."]);

/**
 * Between a figure and a later period, a figure it is compared with ("to $16.6 billion from $6.19 billion
 * a year earlier"), or another figure whose base the period is ("19.5 million viewers, up 4% from last
 * year"): the period is that figure's.
 */
function afterComparedFigure(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  periodAt: Int32Array,
  from: number,
  to: number,
): boolean {
  let other = false;
  for (let k = from; k < to; k++) {
    if (figureAt[k] && !figureAt[k - 1] && COMPARED.has(tokens[k - 1]?.norm ?? "")) return true;
    if (figureAt[k]) other = true;
  }
  // "up 38% from October last year", "from the third quarter of 2025": back past adjoining periods.
  let before = to - 1;
  while (before > from && (PERIOD_LEADS.has(tokens[before]?.norm ?? "") || (periodAt[before] ?? -1) >= 0))
    before--;
  return other && COMPARED.has(tokens[before]?.norm ?? "");
}

const PERIOD_LEADS = new Set(["the", "a", "an"]);

/** "its lowest level since 2020", "the first cut since 2020": a record's reach, not the figure's period. */
function sinceRecord(tokens: readonly Token[], first: number): boolean {
  // "the largest increase since amalgamation in 1998": "since" a few words before the period.
  let at = -1;
  for (let k = first; k >= Math.max(0, first - 4); k--) {
    if (tokens[k]?.norm === "since") {
      at = k;
      break;
    }
    if (k < first && [",", ";", "."].includes(tokens[k]?.norm ?? "")) break;
  }
  if (at < 0) return false;
  // "their biggest one-day gain since 2009": a hyphenated duration between the superlative and its noun.
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const word = tokens[k]?.norm ?? "";
    if (/^[a-z]{2,}est$/.test(word) || RECORD_WORDS.has(word)) return true;
  }
  return false;
}
const RECORD_WORDS = new Set(["first", "record", "most", "least", "best", "worst"]);

/**
 * "LONDON, Oct 5 (Reuters) -", "ABU DHABI, 18th November, 2026 (WAM) --", "LUCKNOW, Oct 4:", "Chennai, Nov 3
 * (PTI):": the date of a wire dateline is when the story was filed.
 */
function inDateline(tokens: readonly Token[], p: PeriodHit): boolean {
  let k = p.first - 1;
  while (k >= 0 && p.first - k <= 10 && !tokens[k + 1]?.lineStart) k--;
  if (!tokens[k + 1]?.lineStart) return false;
  // "LUCKNOW, Oct 4:" (Indian wire style): the date right before a colon.
  if (tokens[p.last]?.norm === ":" && tokens[p.first - 1]?.norm === ",") return true;
  for (let j = p.last; j < Math.min(tokens.length, p.last + 6); j++) {
    const norm = tokens[j]?.norm ?? "";
    if (norm === ")" && ["-", "–", "—", "--", ":"].includes(tokens[j + 1]?.norm ?? "")) return true;
    if (["-", "–", "—", "--"].includes(norm) && tokens[j]?.spaceBefore) return true;
  }
  return false;
}

function periodFor(
  text: string,
  tokens: readonly Token[],
  figureAt: Uint8Array,
  periods: readonly PeriodHit[],
  periodAt: Int32Array,
  raw: RawFigure,
  cStart: number,
  cEnd: number,
  base: { first: number; last: number } | undefined,
  inBase: Uint8Array,
  sentence: [number, number] | undefined,
): FigurePeriod | undefined {
  let best: PeriodHit | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const seen = new Set<number>();
  // A bounded window keeps a clause of a million tokens linear.
  for (let k = Math.max(cStart, raw.first - 60); k < Math.min(cEnd, raw.last + 60); k++) {
    const idx = periodAt[k] ?? -1;
    if (idx < 0 || seen.has(idx)) continue;
    seen.add(idx);
    const p = periods[idx];
    if (!p) continue;
    if (p.last > raw.first && p.first < raw.last) continue;
    if ((base && p.first >= base.first && p.last <= base.last) || inBase[p.first]) continue;
    if (p.first >= raw.last && inLaterClause(tokens, figureAt, raw.last, p.first)) continue;
    if (p.first >= raw.last && afterContrast(tokens, raw.last, p.first)) continue;
    if (p.first >= raw.last && afterComparedFigure(tokens, figureAt, periodAt, raw.last, p.first)) continue;
    if (sinceRecord(tokens, p.first) || inDateline(tokens, p)) continue;
    if (statementDate(tokens, p)) continue;
    // "37% below 1990 levels": a base, not when.
    if (LEVEL_NOUNS.has(tokens[p.last]?.norm ?? "")) continue;
    const distance = p.first >= raw.last ? p.first - raw.last : raw.first - p.last;
    // A tie goes to the period after the figure: "3.4% in December from 3.9% in November".
    if (distance < bestDistance || (distance === bestDistance && p.first >= raw.last)) {
      best = p;
      bestDistance = distance;
    }
  }
  // "In 2022, exports rose 5%, and imports fell 3%": an opening period covers the whole sentence.
  if (!best && sentence) {
    let k = sentence[0];
    while (k < sentence[1] && ["in", "during", "for", "since", "“", '"'].includes(tokens[k]?.norm ?? "")) k++;
    const idx = periodAt[k] ?? -1;
    const p = periods[idx];
    if (p && tokens[p.last]?.norm === ",") best = p;
  }
  if (!best) return undefined;
  const a = tokens[best.first];
  const b = tokens[best.last - 1];
  if (!a || !b) return undefined;
  const period: FigurePeriod = { text: text.slice(a.start, b.end), start: a.start, end: b.end };
  if (best.from) period.from = best.from;
  if (best.to) period.to = best.to;
  return period;
}

/** Ids of entities with a mention inside [start, end); `mentions` sorted by start. */
function entitiesIn(
  mentions: ReadonlyArray<{ start: number; end: number; id: string }>,
  start: number,
  end: number,
): string[] {
  const ids: string[] = [];
  for (let k = firstAtOrAfter(mentions, start, (m) => m.start); k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start >= end) break;
    if (m.end <= end && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
}

/** The latest subject among `figures` that names `head` as a word ("initiative" in "the ... Initiative ..."). */
function antecedent(figures: readonly Figure[], head: string): Figure["subject"] | undefined {
  for (let k = figures.length - 1; k >= 0 && k >= figures.length - 20; k--) {
    const subject = figures[k]?.subject;
    if (!subject) continue;
    const words = subject.text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    if (words.includes(head) && !words[0]?.match(/^(that|this|these|those)$/)) return subject;
  }
  return undefined;
}
