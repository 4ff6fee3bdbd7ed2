/** One figure's core: a sign, a currency, an amount and what marks it (currency, percent, multiple, unit). */

import { SCALE_ABBREVIATIONS } from "../text/abbreviations.ts";
import { type Amount, ratioAt, readAmount } from "./amounts.ts";
import { currencyPrefixAt, currencySuffixAt, singularCurrencyBefore } from "./currency-marks.ts";
import { DOLLAR } from "./data/currencies.ts";
import { DETERMINERS } from "./data/number-neighbours.ts";
import { GENERIC_SOURCES } from "./data/speech.ts";
import { METRE_WORDS } from "./data/units.ts";
import {
  CHANGE_VERB,
  DOLLAR_PREFIX,
  isoCode,
  ONE,
  ONE_WORD,
  PERCENT_WORD,
  PREFIX_WORD_CURRENCY,
  TEN,
  TIME_UNIT,
} from "./lexicon.ts";
import { importCoverEnd, measuredTime, perDenominator, weighedInPounds } from "./measure-units.ts";
import { FOLD_WORDS, multipleAt } from "./multiples.ts";
import {
  bareNumberExcluded,
  excluded,
  fractionOfPeriod,
  isTimeUnit,
  namesContainerUnit,
  pricedDozen,
  skipTimeUnit,
  writtenInName,
} from "./not-figures.ts";
import { isCapitalized } from "./phrases.ts";
import { DASHES, inGrade } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import { modelLength, unitAt } from "./unit-nouns.ts";

export interface Core {
  start: number;
  end: number;
  numStart: number;
  amount: Amount;
  value: number;
  currency?: string;
  percent?: "percent" | "points";
  unit?: string;
  unitFirst?: number;
  unitLast?: number;
  multiple?: boolean;
  /** What the currency or percent word multiplied the amount by: 0.01 for "cents", "basis points". */
  factor?: number;
}

/** Tokens that end a percentage: "3%", "3 per cent", "3 percent". */
const PERCENT_MARKS = new Set(["%", "percent", "cent", "pc"]);

/** A parse that failed: resume at `next`. */
export interface Reject {
  next: number;
}

export function coreAt(t: readonly Token[], i: number): Core | Reject {
  const tok = t[i];
  if (!tok) return { next: i + 1 };
  // "(-) 3.2 per cent": Indian papers' sign of a negative rate.
  const bracketedMinus =
    tok.norm === "(" &&
    DASHES.has(t[i + 1]?.norm ?? "") &&
    t[i + 2]?.norm === ")" &&
    t[i + 3]?.kind === "num";
  const startsFigure =
    tok.kind === "num" ||
    tok.kind === "sym" ||
    bracketedMinus ||
    (tok.kind === "word" && couldStartWord(tok)) ||
    (DASHES.has(tok.norm) && (t[i + 1]?.kind === "num" || t[i + 1]?.kind === "sym"));
  if (!startsFigure) return { next: i + 1 };
  // "Take-Two", "Formula-One": a number word glued by a hyphen to a capitalized word is part of a name.
  const hyphen = t[i - 1];
  if (tok.kind === "word" && hyphen?.norm === "-" && !tok.spaceBefore && !hyphen.spaceBefore) {
    const word = t[i - 2];
    if (word?.kind === "word" && isCapitalized(word) && !couldStartWord(word)) return { next: i + 1 };
  }
  let j = bracketedMinus ? i + 3 : i;
  let sign = bracketedMinus ? -1 : 1;
  // "-$200 million", "minus $5", "a negative 1.05 trillion naira": a sign before the currency ("plus or
  // minus $50 million" is a margin: read from the currency).
  const margin = tok.norm === "minus" && t[i - 1]?.norm === "or" && t[i - 2]?.norm === "plus";
  if (margin && currencyPrefixAt(t, i + 1)) return { next: i + 1 };
  if ((SIGN_WORDS.has(tok.norm) || DASHES.has(tok.norm)) && currencyPrefixAt(t, i + 1)) {
    const prev = t[i - 1];
    const glued =
      DASHES.has(tok.norm) && (t[i + 1]?.spaceBefore || (prev && !tok.spaceBefore && prev.kind !== "punct"));
    if (!glued) {
      sign = -1;
      j++;
    }
  }
  const prefix = currencyPrefixAt(t, j);
  let currency: string | undefined;
  if (prefix) {
    currency = prefix.code;
    j = prefix.end;
  }
  const s = t[j];
  if (sign === -1) {
    // the sign came before the currency
  } else if (s && DASHES.has(s.norm) && t[j + 1]?.kind === "num" && !t[j + 1]?.spaceBefore) {
    // "-5%" but not "2020-21" or "COVID-19": the dash must not hang on a word or number.
    const prev = t[j - 1];
    if (j === i && prev && !s.spaceBefore && (prev.kind === "word" || prev.kind === "num"))
      return { next: i + 1 };
    sign = -1;
    j++;
  } else if (s && SIGN_WORDS.has(s.norm)) {
    // "plus or minus 3.1 points" is a margin, not a negative: read from the number.
    if (t[j - 1]?.norm === "or" && t[j - 2]?.norm === "plus") return { next: j + 1 };
    sign = -1;
    j++;
  } else if (s?.norm === "+" && t[j + 1]?.kind === "num" && !t[j + 1]?.spaceBefore) {
    j++;
  }
  const numStart = j;
  const fold = !currency && sign === 1 ? FOLD_WORDS.get(t[j]?.norm ?? "") : undefined;
  if (fold !== undefined) {
    const amount: Amount = { value: fold, end: j + 1, mult: 1, written: true, fraction: false };
    return { start: i, end: j + 1, numStart, amount, value: fold, multiple: true };
  }
  // "net zero emissions": a target's name, no count.
  if (t[j]?.norm === "zero" && t[j - 1]?.norm === "net") return { next: j + 1 };
  const amount = readAmount(t, j, currency !== undefined);
  if (!amount) return { next: i + 1 };
  if (amount.huge) return { next: amount.end };
  if (!currency && sign === 1) {
    // "one in five adults", "1 in 10,000": a share, like "a fifth of adults".
    const ratio = ratioAt(t, amount);
    if (ratio) return { start: i, end: ratio.end, numStart, amount: ratio, value: ratio.value };
  }
  if (t[numStart]?.kind === "num") {
    const reason = excluded(t, numStart, amount, currency !== undefined);
    if (reason) return { next: reason };
  } else if (
    !currency &&
    (writtenInName(t, numStart, amount) ||
      pricedDozen(t, numStart, amount) ||
      namesContainerUnit(t, numStart, amount))
  )
    return { next: amount.end };
  j = amount.end;
  let value = amount.value * sign;
  // ("R$ 410 mil": Portuguese "mil" is a thousand, where English "$5 mil" is a million.)
  if (currency === "BRL" && amount.mult === 1e6 && t[amount.end - 1]?.norm === "mil") value /= 1e3;
  const core: Core = { start: i, end: j, numStart, amount, value };
  if (currency) {
    core.currency = currency;
    // "US57.4 cents": the country's dollar in hundredths.
    const cents = currencySuffixAt(t, j);
    if (cents?.code === DOLLAR && cents.factor === 0.01) {
      value *= cents.factor;
      core.factor = cents.factor;
      j = cents.end;
    }
  } else {
    const suffix =
      currencySuffixAt(t, j) ??
      singularCurrencyBefore(t, j, amount) ??
      shareOfSubunit(t, j) ??
      (abbreviatedScaleDot(t, j) ? currencySuffixAt(t, j + 1) : undefined);
    // "4.2 million pounds of uranium": a commodity weighed in pounds.
    if (suffix?.code === "GBP" && weighedInPounds(t, i, j, suffix.end)) {
      core.unit = t[j]?.text ?? "pounds";
      core.unitFirst = j;
      core.unitLast = suffix.end;
      j = suffix.end;
    } else if (suffix) {
      core.currency = suffix.code;
      value = value * suffix.factor;
      if (suffix.factor !== 1) core.factor = suffix.factor;
      j = suffix.end;
    } else {
      // "a 50-basis-point cut", "a 2-percentage-point rise": the percent word glued by a dash.
      const dashed = DASHES.has(t[j]?.norm ?? "") && !t[j]?.spaceBefore && !t[j + 1]?.spaceBefore;
      const percent = PERCENT_WORD.forward(t, j) ?? (dashed ? PERCENT_WORD.forward(t, j + 1) : undefined);
      const attachedOnly = percent && !dashed && abbreviationApart(t, j);
      if (percent && !attachedOnly && !(amount.letter && amount.letter !== "")) {
        core.percent = percent.value.kind;
        value = value * percent.value.factor;
        if (percent.value.factor !== 1) core.factor = percent.value.factor;
        j = percent.end;
        // ("Thai 5% broken rice was offered at $360", "wheat with 12.5% protein": a grade, no figure.)
        if (inGrade(t, numStart)) return { next: j };
      } else if (amount.fraction && amount.written) {
        // "a quarter point", "half a point", "a quarter-point cut": a fraction of a point is a rate step.
        const dash = DASHES.has(t[j]?.norm ?? "") && !t[j]?.spaceBefore ? 1 : 0;
        const word = t[j + dash]?.norm;
        // "a quarter of a percentage point", "half of one percent".
        const ofA = t[j]?.norm === "of" && ["a", "one"].includes(t[j + 1]?.norm ?? "");
        const share = ofA ? PERCENT_WORD.forward(t, j + 2) : undefined;
        if (word === "point" || word === "points") {
          core.percent = "points";
          j = j + dash + 1;
        } else if (share) {
          core.percent = share.value.kind;
          value = value * share.value.factor;
          j = share.end;
        }
      }
    }
  }
  // "the 737 MAX", "its first 777X": a model's number is no figure.
  if (!core.currency && !core.percent && t[numStart]?.kind === "num" && modelLength(t, numStart) > 0)
    return { next: numStart + modelLength(t, numStart) };
  const multiple = !core.currency && !core.percent ? multipleAt(t, i, j) : 0;
  if (multiple) {
    core.multiple = true;
    j = multiple;
  } else if (!core.currency && !core.percent) {
    // "Phase 2B", "Blocks 3A and 4B", "24x7": a capital letter or "x" and digits glued to a number with no
    // money make a label.
    const glued = t[numStart + 1];
    if (
      glued &&
      !glued.spaceBefore &&
      (glued.text === "B" || (glued.norm === "x" && t[numStart + 2]?.kind === "num"))
    )
      return { next: numStart + 2 };
    // A time unit makes a duration, an age or a time of day, which periods deal with; years of life
    // expectancy and the length of a wait are a measure.
    const measured = TIME_UNIT.has(t[j]?.norm ?? "") && measuredTime(t, i, j);
    // "5.1 months of import cover": reserves measured in the imports they pay for.
    const cover = importCoverEnd(t, j);
    if (cover !== undefined) {
      core.unit = `${t[j]?.norm ?? "months"} of imports`;
      j = cover;
    } else if (measured) {
      // No unit noun to measure: what lives or waits so long is the clause's subject.
      core.unit = t[j]?.norm ?? "";
      j += 1;
    } else if (isTimeUnit(t, j)) return { next: skipTimeUnit(t, j) };
    // "for 28 consecutive months", "14 straight weeks": a duration too.
    if (DURATION_WORDS.has(t[j]?.norm ?? "") && isTimeUnit(t, j + 1)) return { next: skipTimeUnit(t, j + 1) };
    if (fractionOfPeriod(t, numStart, amount)) return { next: j };
    const unit = unitAt(t, j, amount);
    // "three sources said", "two traders familiar with the talks": the sources of a report, no figure.
    if (unit && amount.written && value <= SOURCE_COUNT && reportingSources(t, unit.head, unit.end))
      return { next: unit.end };
    if (unit) {
      core.unit = unit.unit;
      core.unitFirst = unit.head;
      core.unitLast = unit.headEnd;
      j = unit.end;
    } else if (amount.letter === "m" || amount.letter === "k") {
      // "the men's 800m", "a 50m-high wall", "waves 4m high": metres; "NHS waiting list falls to 7.29m",
      // "a national total of 26.2m", "about 14m car finance agreements": millions. The level a percentage
      // change reached is a count like the one that changed ("Orders increased 3% to 164m").
      const reached =
        ["to", "from"].includes(t[i - 1]?.norm ?? "") && PERCENT_MARKS.has(t[i - 2]?.norm ?? "");
      if (amount.letter === "m" && !reached && metresAt(t, i, numStart, j)) {
        value = value / 1e6;
        core.unit = "m";
      }
    } else if (amount.written && DETERMINERS.has(t[i - 1]?.norm ?? "")) {
      return { next: j };
    }
    // "113 deaths per 100,000 live births", "14.2 per 100,000 people": the rate's denominator is part of
    // the unit, not a figure of its own.
    const per = perDenominator(t, j);
    if (per) {
      core.unit = core.unit ? `${core.unit} ${per.text}` : per.text;
      j = per.end;
    }
    if (
      amount.mult === 1 &&
      !amount.fraction &&
      bareNumberExcluded(t, i, numStart, amount, core.unit !== undefined)
    ) {
      // "aged 6 to 11": the range's other end is an age too.
      const link = t[j]?.norm ?? "";
      if (t[i - 1]?.norm === "aged" && (link === "to" || DASHES.has(link)) && t[j + 1]?.kind === "num")
        return { next: j + 2 };
      return { next: j };
    }
  }
  if (core.unit && amount.written && amount.mult === 1 && !amount.fraction) {
    // "the two leaders", "one official": small written counts after a determiner are not figures.
    const prev = t[i - 1]?.norm ?? "";
    // ("up one point", "fell one percentage point": a change of one point is one.)
    const pointMoved = (core.unit === "point" || core.unit === "points") && CHANGE_VERB.has(prev);
    // ("one and a half tonnes": a count of one and a half is one.)
    const oneAndHalf = t[numStart + 1]?.norm === "and";
    if (DETERMINERS.has(prev) || (t[numStart]?.norm === "one" && !oneAndHalf && !pointMoved))
      return { next: j };
  }
  core.end = j;
  core.value = value;
  return core;
}

const METRE: ReadonlySet<string> = new Set(METRE_WORDS);

/**
 * "100m" with no money and no noun: metres when whole and a race's or a thing's ("the women's 1,500m",
 * "a 50m-high wall", "4m high"), else millions ("falls to 7.29m", "about 14m car finance agreements").
 */
function metresAt(t: readonly Token[], i: number, numStart: number, end: number): boolean {
  const after = t[end];
  if (after && METRE.has(after.norm)) return true;
  if (after && DASHES.has(after.norm) && !after.spaceBefore) return true;
  // ("The race was over 100m": a race's word just before.)
  for (let k = Math.max(0, i - 4); k < i; k++) if (METRE.has(t[k]?.norm ?? "")) return true;
  if (t[numStart]?.text.includes(".")) return false;
  const before = t[i - 1];
  return (
    before !== undefined &&
    (DETERMINERS.has(before.norm) || /['’]s$/.test(before.text) || before.norm === "'s")
  );
}

/** Words that make the amount after them negative: "minus 2%", "a negative 0.4 per cent". */
const SIGN_WORDS: ReadonlySet<string> = new Set(["minus", "negative"]);

/** Words that can open a figure, in one set: coreAt asks this of every word of the text. */
const STARTERS: ReadonlySet<string> = new Set([
  ...ONE.keys(),
  ...TEN.keys(),
  ...ONE_WORD,
  "half",
  ...SIGN_WORDS,
  ...DOLLAR_PREFIX.keys(),
  ...PREFIX_WORD_CURRENCY.keys(),
  ...FOLD_WORDS.keys(),
  "gh",
]);

function couldStartWord(tok: Token): boolean {
  return (
    STARTERS.has(tok.norm) ||
    tok.text === "N" ||
    tok.text === "P" ||
    tok.text === "K" ||
    (tok.text.length === 3 && isoCode(tok.text) !== undefined)
  );
}

const DURATION_WORDS = new Set(["consecutive", "straight", "successive", "full", "whole"]);

/** Abbreviations of percent that count only glued to the digits ("5pc", "25bp"), or apart in lower case. */
const GLUED_PERCENTS: ReadonlySet<string> = new Set(["pc", "bp", "bps", "pp", "ppt"]);

/**
 * "5 PC", "300 BP" apart from the digits are names (computers, the oil company); "5 pc", "300 bp" in lower
 * case and "50 BP HIKE" in a capitals headline are percent.
 */
function abbreviationApart(t: readonly Token[], j: number): boolean {
  const tok = t[j];
  if (!tok || !GLUED_PERCENTS.has(tok.norm) || !tok.spaceBefore) return false;
  if (tok.text === tok.norm) return false;
  const next = t[j + 1];
  const headline = next?.kind === "word" && next.text.length > 1 && next.text === next.text.toUpperCase();
  return !headline;
}

/** The most sources a report names in words: "two sources said" (not "41 analysts polled"). */
const SOURCE_COUNT = 10;
const SOURCES = new Set(GENERIC_SOURCES);
/** Words after sources that make them the report's: "said", "familiar with", "told Reuters". */
const REPORTING = new Set(["said", "say", "says", "told", "familiar", "close", "with", "who"]);

/** The unit noun at `head` is a generic source that reports right after it: "three sources said". */
function reportingSources(t: readonly Token[], head: number, end: number): boolean {
  return SOURCES.has(t[head]?.norm ?? "") && REPORTING.has(t[end]?.norm ?? "");
}

/** The point at `j` closes a scale's abbreviation, glued to it, before a currency: "4.5 mln. euros". */
function abbreviatedScaleDot(t: readonly Token[], j: number): boolean {
  return t[j]?.norm === "." && !t[j]?.spaceBefore && SCALE_ABBREVIATIONS.has(t[j - 1]?.norm ?? "");
}

/**
 * "0.12 of a U.S. cent", "a third of a cent": a share of a currency's hundredth written after "of a" at
 * `j`, read as that much of the currency; undefined when none follows.
 */
function shareOfSubunit(t: readonly Token[], j: number): ReturnType<typeof currencySuffixAt> {
  if (t[j]?.norm !== "of" || !["a", "one"].includes(t[j + 1]?.norm ?? "")) return undefined;
  const subunit = currencySuffixAt(t, j + 2);
  return subunit?.factor === 0.01 ? subunit : undefined;
}
