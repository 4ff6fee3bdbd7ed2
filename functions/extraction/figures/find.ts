/**
 * Find and parse: locates figure spans on tokens and reads their values. No sentence context here;
 * qualifiers, changes, periods, subjects and speakers are attached by later passes.
 */
import { isAge } from "./ages.ts";
import { DOLLAR } from "./data/currencies.ts";
import { RATE_WORDS } from "./data/units.ts";
import {
  ATTACHED_SCALE,
  CHANGE_ADJECTIVE,
  CHANGE_VERB,
  COUNT_NOUN,
  CURRENCY_WORD,
  DOLLAR_PREFIX,
  FRACTION,
  IRREGULAR_UNIT,
  isoCode,
  MEASURE_UNIT,
  MONTH,
  NOT_UNIT,
  ONE,
  ONE_WORD,
  PERCENT_WORD,
  PREFIX_WORD_CURRENCY,
  QUALIFIER_WORDS,
  SCALE,
  SIGN_CURRENCY,
  TEN,
  TIME_UNIT,
  UNIT_MODIFIER,
} from "./lexicon.ts";
import { isCapitalized, matcherOf } from "./phrases.ts";
import { parseNumeral, type Token } from "./tokenize.ts";
import type { FigureKind } from "./types.ts";

export interface RawFigure {
  kind: FigureKind;
  /** Token range of the figure span, end exclusive. */
  first: number;
  last: number;
  value: number;
  high?: number;
  currency?: string;
  unit?: string;
  /** Token range of the unit noun (for QUANTITY). */
  unitFirst?: number;
  unitLast?: number;
  /** Percentage points rather than percent. */
  points?: boolean;
  /** A multiple: "three times higher", "2.5-fold", "10x". */
  multiple?: boolean;
}

interface Amount {
  value: number;
  end: number;
  /** Multiplier of a scale word, 1 if none. */
  mult: number;
  written: boolean;
  fraction: boolean;
  /** A scale letter attached to the digits ("5m"): million with money, metres without. */
  letter?: string;
  huge?: boolean;
}

interface Core {
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
}

/** A parse that failed: resume at `next`. */
interface Reject {
  next: number;
}

const RATE = matcherOf(RATE_WORDS);
const CHANGE_ADJECTIVE_WORDS: ReadonlySet<string> = new Set([
  ...CHANGE_ADJECTIVE.keys(),
  "faster",
  "bigger",
  "slower",
]);
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);
const LABELS = new Set([
  "page",
  "pages",
  "item",
  "number",
  "no",
  "room",
  "flight",
  "line",
  "phase",
  "level",
  "grade",
  "category",
  "version",
  "gate",
  "round",
  "stage",
  "season",
  "episode",
  "vol",
  "part",
  "chapter",
  "article",
  "section",
  "model",
  "route",
  "channel",
  "code",
  "zone",
  "step",
  "row",
  "seat",
  "platform",
  "terminal",
  "floor",
  "game",
  "match",
  "rule",
  "resolution",
  "amendment",
  "clause",
  "paragraph",
  "table",
  "figure",
  "act",
  "highway",
  "interstate",
  "batch",
  "block",
  "unit",
  "ward",
  "district",
  "precinct",
  "bus",
  "lot",
  "pier",
]);
const DETERMINERS = new Set([
  "the",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
  "all",
  "both",
  "first",
  "last",
  "next",
  "past",
  "other",
  "each",
  "every",
  "only",
  "previous",
  "following",
  "those",
  "whose",
  "top",
]);
const TIME_PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "of",
  "from",
  "until",
  "to",
  "during",
  "before",
  "after",
  "early",
  "late",
  "mid",
  "and",
  "between",
  "through",
  "till",
  "for",
]);
/** Capitalized at a sentence start, these words are not names before a number: "Only 9%". */
const FUNCTION_WORDS = new Set([
  "between",
  "only",
  "just",
  "exactly",
  "another",
  "all",
  "the",
  "and",
  "but",
  "with",
  "of",
  "for",
  "in",
  "by",
  "to",
  "from",
  "at",
  "on",
  "as",
  "when",
  "while",
  "if",
  "since",
  "after",
  "before",
  "last",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "our",
  "his",
  "her",
  "my",
  "your",
  "we",
  "they",
  "he",
  "she",
  "it",
  "i",
  "there",
  "here",
  "so",
  "also",
  "still",
  "even",
  "than",
  "then",
  "now",
  "yet",
  "once",
  "each",
  "every",
  "both",
  "no",
  "not",
  "per",
  "nearly",
  "some",
  "another",
  "additional",
  "where",
  "how",
  "what",
  "why",
  "during",
  "until",
  "within",
  "among",
  "across",
  "against",
  "despite",
  "via",
  "plus",
  "minus",
  "and",
]);
/** Prefix words read in lower-case text too ("rs 500 crore"); others ("le", "sh") are words there. */
const LOWER_PREFIX = new Set(["rs", "rs.", "ksh", "kshs", "rp", "rmb", "inr"]);
const DASHES = new Set(["-", "–", "—", "‑", "−"]);
const SEPARATORS = new Set(["-", "–", ")", "(", "/", "."]);

export interface FindOptions {
  dollarCurrency?: string;
}

/** Finds every figure in the tokens, in order. */
export function findFigures(tokens: readonly Token[], options: FindOptions = {}): RawFigure[] {
  const out: RawFigure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const result = figureAt(tokens, i, options);
    if ("next" in result) {
      i = Math.max(i + 1, result.next);
      continue;
    }
    out.push(result);
    i = Math.max(i + 1, result.last);
  }
  return out;
}

function figureAt(t: readonly Token[], i: number, options: FindOptions): RawFigure | Reject {
  const a = coreAt(t, i);
  if ("next" in a) return a;
  let core = a;
  let high: Core | undefined;
  // Ranges: "$12 million to $15 million", "$12-15 million", "between 5 and 10 percent".
  const link = t[core.end];
  if (link && (DASHES.has(link.norm) || link.norm === "to" || link.norm === "and")) {
    const before = t[core.start - 1];
    const between = before?.norm === "between";
    // "rose from $5 billion to $4 billion" is two levels; "up from €4.2bn-€4.4bn" (a glued dash) is a range.
    const gluedDash = DASHES.has(link.norm) && !link.spaceBefore && !t[core.end + 1]?.spaceBefore;
    const fromChange = before?.norm === "from" && changeVerbBefore(t, core.start - 2) && !gluedDash;
    const ok = link.norm === "and" ? between : !fromChange;
    if (ok) {
      const b = coreAt(t, core.end + 1);
      if (!("next" in b) && isScore(core, b, link)) return { next: b.end };
      // "The vote passed 14 to 7", "approved by 9 votes to 4": a tally, like a score.
      if (!("next" in b) && isTally(t, core, b, link)) return { next: b.end };
      // "555-0123": a bare number glued to another that is no figure is a code, not a figure.
      const glued = DASHES.has(link.norm) && !link.spaceBefore && t[core.end + 1]?.kind === "num";
      if (
        "next" in b &&
        glued &&
        !t[core.end + 1]?.spaceBefore &&
        !core.currency &&
        !core.percent &&
        !core.unit
      ) {
        return { next: b.next };
      }
      // "The Dow fell 500 points to 33,000": a change, then the level it reached.
      const marked = (c: Core) => Boolean(c.unit || c.percent || c.currency);
      const prior = t[core.start - 1];
      // "raised its forecast for Russia's 2026 wheat crop by 2 million tons to 90 million tons".
      const afterChange =
        isChangeVerb(prior) || (prior?.norm === "by" && changeVerbBefore(t, core.start - 2));
      // "fell by 837,000 to 124.35 million": a level ten times the change is no range's high end, nor
      // four times one after "by" ("jumped by 33,000 to 258,000"; a range after "by" runs closer:
      // "rise by 5% to 7%").
      const factor = prior?.norm === "by" && afterChange ? 4 : 10;
      const far = !("next" in b) && core.value > 0 && b.value >= factor * core.value;
      const level =
        link.norm === "to" && afterChange && !("next" in b) && ((marked(core) && !marked(b)) || far);
      if (!("next" in b) && !level && compatible(core, b)) {
        const merged = mergeRange(core, b);
        // "leads 48% to 45%": a range runs upward; two figures otherwise.
        if (merged.high.value >= merged.low.value) {
          core = merged.low;
          high = merged.high;
        }
      }
    }
  }
  // "fell 0.3 points to 3.9%": points beside a rate are percentage points.
  if (
    !high &&
    (core.unit === "points" || core.unit === "point") &&
    link &&
    ["to", "from"].includes(link.norm)
  ) {
    const rate = coreAt(t, core.end + 1);
    if (!("next" in rate) && rate.percent === "percent") {
      core = { ...core, percent: "points" };
      delete core.unit;
    }
  }
  const last = high?.end ?? core.end;
  const kind = kindOf(core, high);
  if (kind === undefined) return { next: last };
  // Fractions keep full precision ("two-thirds" is 2/3); scaled decimals read as written.
  const round = (c: Core) => (c.amount.fraction ? c.value : tidy(c.value));
  const figure: RawFigure = { kind, first: core.start, last, value: round(core) };
  if (high) figure.high = round(high);
  const currency = core.currency ?? high?.currency;
  if (kind === "MONEY" && currency) {
    figure.currency = currency === DOLLAR ? (options.dollarCurrency ?? "USD") : currency;
  }
  if (kind === "QUANTITY") {
    const unitCore = high?.unit ? high : core;
    if (unitCore.unit !== undefined) figure.unit = unitCore.unit;
    if (unitCore.unitFirst !== undefined) figure.unitFirst = unitCore.unitFirst;
    if (unitCore.unitLast !== undefined) figure.unitLast = unitCore.unitLast;
  }
  if ((high?.percent ?? core.percent) === "points") figure.points = true;
  if (core.multiple) figure.multiple = true;
  return figure;
}

/** 152.3 * 0.01 is 1.5230000000000001 in binary; 15 significant digits read as the text does. */
function tidy(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}

function kindOf(core: Core, high: Core | undefined): FigureKind | undefined {
  const c = high ?? core;
  if (c.currency ?? core.currency) return "MONEY";
  if (c.percent ?? core.percent) return "PERCENT";
  if (c.unit ?? core.unit) return "QUANTITY";
  if (c.multiple ?? core.multiple) return "NUMBER";
  // Bare written numbers are words, not figures, unless scaled ("three billion") or a share ("two-thirds of").
  if (c.amount.written && c.amount.mult === 1 && !c.amount.fraction) return undefined;
  return "NUMBER";
}

function compatible(a: Core, b: Core): boolean {
  if ((a.unit && (b.percent || b.currency)) || (b.unit && (a.percent || a.currency))) return false;
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  if (a.percent && b.percent && a.percent !== b.percent) return false;
  if (a.percent && b.currency) return false;
  if (a.currency && b.percent) return false;
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  return true;
}

/** "won 3-1": two bare small numbers joined by a dash are a score, not a range. */
function isScore(a: Core, b: Core, link: Token): boolean {
  if (!DASHES.has(link.norm)) return false;
  const bare = (c: Core) => !c.currency && !c.percent && !c.unit && c.amount.mult === 1;
  return bare(a) && bare(b);
}

/** Verbs and words before a vote's tally: "voted 31 to 12", "passed 14 to 7", "by 9 votes to 4". */
const TALLY_WORDS = new Set([
  "voted",
  "passed",
  "approved",
  "rejected",
  "carried",
  "defeated",
  "backed",
  "by",
]);

/** "voted 31 to 12", "by 9 votes to 4": two whole counts of votes joined by "to" after a vote word. */
function isTally(t: readonly Token[], a: Core, b: Core, link: Token): boolean {
  if (link.norm !== "to" || !TALLY_WORDS.has(t[a.start - 1]?.norm ?? "")) return false;
  const votes = (c: Core) =>
    !c.currency &&
    !c.percent &&
    c.amount.mult === 1 &&
    Number.isInteger(c.value) &&
    (!c.unit || c.unit === "votes");
  return votes(a) && votes(b) && (a.unit === "votes" || t[a.start - 1]?.norm !== "by");
}

function mergeRange(a: Core, b: Core): { low: Core; high: Core } {
  const low = { ...a };
  const high = { ...b };
  // "$12-15 million": the low end takes the high end's scale when that keeps the order.
  if (low.amount.mult === 1 && high.amount.mult > 1 && !low.amount.written) {
    const scaled = low.value * high.amount.mult;
    if (Math.abs(scaled) <= Math.abs(high.value)) low.value = scaled;
  }
  low.currency ??= high.currency;
  high.currency ??= low.currency;
  low.percent ??= high.percent;
  high.percent ??= low.percent;
  return { low, high };
}

function isChangeVerb(token: Token | undefined): boolean {
  return token !== undefined && CHANGE_VERB.has(token.norm);
}

/**
 * Tokens a change verb's object may take before "from" or "by": "raise the monthly water fee from $42 to
 * $58", "raised its forecast for Russia's 2026 wheat crop by 2 million tons".
 */
const OBJECT_WORDS = 8;

/** A change verb right at `k`, or before a short object (words, a possessive, a year) ending at `k`. */
function changeVerbBefore(t: readonly Token[], k: number): boolean {
  for (let v = k; v >= Math.max(0, k - OBJECT_WORDS); v--) {
    const tok = t[v];
    if (isChangeVerb(tok)) return true;
    const possessive = tok?.norm === "'s" || tok?.norm === "’s";
    if (tok?.kind !== "word" && !possessive && !isYearToken(tok)) return false;
  }
  return false;
}

/** Digits after a one-letter currency ("R", "N", "P") that only money has: a scale word, thousands or cents. */
function looksLikeMoney(t: readonly Token[], k: number): boolean {
  const num = t[k]?.norm ?? "";
  const scaled = SCALE.has(t[k + 1]?.norm ?? "") || ATTACHED_SCALE.has(t[k + 1]?.norm ?? "");
  return scaled || /^[0-9]{1,3}(,[0-9]{3})+/.test(num) || /^[0-9]{1,4}\.[0-9]{2}$/.test(num);
}

/** Currency written before the digits: "$", "US$", "C$", "Rs.", "EUR", "₹". */
function currencyPrefixAt(t: readonly Token[], i: number): { code: string; end: number } | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  const next = t[i + 1];
  if (tok.kind === "sym") {
    const code = SIGN_CURRENCY.get(tok.norm);
    // "$US13.7 billion", "$A500m": Australian papers write the country after the sign.
    const country = tok.norm === "$" && next?.kind === "word" && !next.spaceBefore;
    const after = t[i + 2];
    if (country && after?.kind === "num" && !after.spaceBefore) {
      const named = DOLLAR_PREFIX.get(next.norm);
      if (named) return { code: named, end: i + 2 };
    }
    return code ? { code, end: i + 1 } : undefined;
  }
  if (tok.kind !== "word") return undefined;
  if (next?.kind === "sym" && !next.spaceBefore && (next.norm === "$" || next.norm === "¥")) {
    const code = DOLLAR_PREFIX.get(tok.norm);
    if (code && (next.norm === "$" || code === "CNY")) return { code, end: i + 2 };
  }
  // "R254 billion", "R1,200", "R21.60": the rand, glued to digits that carry a scale word, thousands
  // or cents.
  if (tok.text === "R" && next?.kind === "num" && !next.spaceBefore && looksLikeMoney(t, i + 1)) {
    return { code: "ZAR", end: i + 1 };
  }
  // "N1.2 trillion", "N27,500": the naira in Nigerian outlets, on the same terms ("N95" is a mask).
  if (tok.text === "N" && next?.kind === "num" && !next.spaceBefore && looksLikeMoney(t, i + 1)) {
    return { code: "NGN", end: i + 1 };
  }
  // "P2.5 billion", "P10,000": the Philippine peso in Philippine outlets, on the same terms.
  if (tok.text === "P" && next?.kind === "num" && !next.spaceBefore && looksLikeMoney(t, i + 1)) {
    return { code: "PHP", end: i + 1 };
  }
  // "GH₵1.2 billion", "GH¢ 3,625": the cedi's sign (or the cent sign typed for it) after "GH".
  if (tok.norm === "gh" && (next?.norm === "₵" || next?.norm === "¢") && !next.spaceBefore) {
    if (t[i + 2]?.kind === "num") return { code: "GHS", end: i + 2 };
  }
  if (!isCapitalized(tok) && !LOWER_PREFIX.has(tok.norm)) return undefined;
  const word = PREFIX_WORD_CURRENCY.get(tok.norm);
  if (word) {
    const dot = next?.norm === "." && !next.spaceBefore ? 1 : 0;
    const after = t[i + 1 + dot];
    if (after?.kind === "num") return { code: word, end: i + 1 + dot };
  }
  const iso = isoCode(tok.text);
  // "COP30", "G20": a code glued to digits names something else, but for the main currencies ("USD5").
  const glued = next?.kind === "num" && !next.spaceBefore && !GLUED_CODES.has(iso ?? "");
  if (iso && !glued && (next?.kind === "num" || (next?.norm === "$" && !next.spaceBefore))) {
    return { code: iso, end: next.kind === "num" ? i + 1 : i + 2 };
  }
  return undefined;
}

function coreAt(t: readonly Token[], i: number): Core | Reject {
  const tok = t[i];
  if (!tok) return { next: i + 1 };
  const startsFigure =
    tok.kind === "num" ||
    tok.kind === "sym" ||
    (tok.kind === "word" && couldStartWord(tok)) ||
    (DASHES.has(tok.norm) && (t[i + 1]?.kind === "num" || t[i + 1]?.kind === "sym"));
  if (!startsFigure) return { next: i + 1 };
  // "Take-Two", "Formula-One": a number word glued by a hyphen to a capitalized word is part of a name.
  const hyphen = t[i - 1];
  if (tok.kind === "word" && hyphen?.norm === "-" && !tok.spaceBefore && !hyphen.spaceBefore) {
    const word = t[i - 2];
    if (word?.kind === "word" && isCapitalized(word) && !couldStartWord(word)) return { next: i + 1 };
  }
  let j = i;
  let sign = 1;
  // "-$200 million", "minus $5": a sign before the currency.
  if ((tok.norm === "minus" || DASHES.has(tok.norm)) && currencyPrefixAt(t, i + 1)) {
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
  } else if (s?.norm === "minus") {
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
  }
  j = amount.end;
  let value = amount.value * sign;
  const core: Core = { start: i, end: j, numStart, amount, value };
  if (currency) {
    core.currency = currency;
  } else {
    const suffix = currencySuffixAt(t, j) ?? poundBefore(t, j, amount);
    if (suffix) {
      core.currency = suffix.code;
      value = value * suffix.factor;
      j = suffix.end;
    } else {
      const percent = PERCENT_WORD.forward(t, j);
      const attachedOnly =
        percent && ["pc", "bp", "pp", "ppt"].includes(t[j]?.norm ?? "") && t[j]?.spaceBefore;
      if (percent && !attachedOnly && !(amount.letter && amount.letter !== "")) {
        core.percent = percent.value.kind;
        value = value * percent.value.factor;
        j = percent.end;
      } else if (amount.fraction && amount.written) {
        // "a quarter point", "half a point", "a quarter-point cut": a fraction of a point is a rate step.
        const dash = DASHES.has(t[j]?.norm ?? "") && !t[j]?.spaceBefore ? 1 : 0;
        const word = t[j + dash]?.norm;
        if (word === "point" || word === "points") {
          core.percent = "points";
          j = j + dash + 1;
        }
      }
    }
  }
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
    // A time unit makes a duration, an age or a time of day, which periods deal with.
    if (isTimeUnit(t, j)) return { next: skipTimeUnit(t, j) };
    if (fractionOfPeriod(t, numStart, amount)) return { next: j };
    const unit = unitAt(t, j, amount);
    if (unit) {
      core.unit = unit.unit;
      core.unitFirst = unit.head;
      core.unitLast = unit.headEnd;
      j = unit.end;
    } else if (amount.letter === "m" || amount.letter === "k") {
      // "100m" with no money and no noun: metres, not millions.
      if (amount.letter === "m") {
        value = value / 1e6;
        core.unit = "m";
      }
    } else if (amount.written && DETERMINERS.has(t[i - 1]?.norm ?? "")) {
      return { next: j };
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
    if (DETERMINERS.has(prev) || t[numStart]?.norm === "one") return { next: j };
  }
  core.end = j;
  core.value = value;
  return core;
}

/** Words between the two numbers of a ratio: "1 in 10", "one in every four", "three out of five". */
const RATIO_LINKS: readonly (readonly string[])[] = [
  ["in", "every"],
  ["out", "of", "every"],
  ["out", "of"],
  ["in"],
];

/**
 * "one in five", "1 in 10,000", "three out of every four": a whole count in a larger whole count is the
 * share a/b (not "1 in 2020": a year is no whole). Undefined when the amount starts no ratio.
 */
function ratioAt(t: readonly Token[], part: Amount): Amount | undefined {
  if (part.mult !== 1 || part.fraction || !Number.isInteger(part.value) || part.value < 1) return undefined;
  const link = RATIO_LINKS.find((words) => words.every((word, k) => t[part.end + k]?.norm === word));
  if (!link) return undefined;
  const k = part.end + link.length;
  if (isYearToken(t[k])) return undefined;
  const whole = readAmount(t, k);
  if (!whole || whole.huge || whole.mult !== 1 || whole.fraction || !Number.isInteger(whole.value)) {
    return undefined;
  }
  if (whole.value <= part.value || PERCENT_WORD.forward(t, whole.end)) return undefined;
  return { value: part.value / whole.value, end: whole.end, mult: 1, written: part.written, fraction: true };
}

/**
 * A multiple after the amount: "2.5-fold", "10x", or "times" before a comparison ("three times higher",
 * "twice as", "times more") or after a change verb ("grew 10 times"). Returns the token after it, or 0.
 * "visited three times" is a count of events, not a figure.
 */
function multipleAt(t: readonly Token[], i: number, j: number): number {
  const w = t[j];
  if (!w) return 0;
  // "10x" but not "24x7" (round the clock).
  if (w.norm === "x" && !w.spaceBefore && t[j - 1]?.kind === "num") {
    return t[j + 1]?.kind === "num" && !t[j + 1]?.spaceBefore ? 0 : j + 1;
  }
  // "covered 3.4 times": a count of events is whole, so a decimal before "times" is a multiple.
  if (w.norm === "times" && t[j - 1]?.kind === "num" && /[.,]\d+$/.test(t[j - 1]?.norm ?? "")) return j + 1;
  if (DASHES.has(w.norm) && !w.spaceBefore && t[j + 1]?.norm === "fold" && !t[j + 1]?.spaceBefore)
    return j + 2;
  if (w.norm === "fold" && !w.spaceBefore) return j + 1;
  if (w.norm !== "times") return 0;
  const after = t[j + 1]?.norm ?? "";
  if (CHANGE_ADJECTIVE_WORDS.has(after) || after === "as" || after === "over") return j + 1;
  // "9 times forward earnings", "three times the national average", "five times pre-war levels".
  if (MULTIPLIED_BASES.has(after)) return j + 1;
  const before = t[i - 1];
  if (isChangeVerb(before) || (before?.norm === "by" && isChangeVerb(t[i - 2]))) return j + 1;
  if (MULTIPLYING_VERBS.has(before?.norm ?? "")) return j + 1;
  return 0;
}

/** Words after "N times" that name what is multiplied (not "three times a week"). */
const MULTIPLIED_BASES = new Set([
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "that",
  "those",
  "what",
  "forward",
  "trailing",
  "expected",
  "estimated",
  "current",
  "normal",
  "earnings",
  "sales",
  "revenue",
  "book",
  "pre",
]);
/** Verbs before "N times" that make it a multiple: "oversubscribed 7 times". */
const MULTIPLYING_VERBS = new Set(["covered", "subscribed", "oversubscribed"]);
/** One-word multiples and their values, built once: "sixfold" -> 6, "twentyfold" -> 20. */
const FOLD_WORDS: ReadonlyMap<string, number> = new Map(
  [...ONE, ...TEN].map(([word, value]) => [`${word}fold`, value] as const),
);

/** Words that can open a figure, in one set: coreAt asks this of every word of the text. */
const STARTERS: ReadonlySet<string> = new Set([
  ...ONE.keys(),
  ...TEN.keys(),
  ...ONE_WORD,
  "half",
  "minus",
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
    (tok.text.length === 3 && isoCode(tok.text) !== undefined)
  );
}

/** Currency written after the amount: "3 billion U.S. dollars", "75 cents", "500m EUR", "20 €". */
function currencySuffixAt(
  t: readonly Token[],
  j: number,
): { code: string; factor: number; end: number } | undefined {
  const tok = t[j];
  if (!tok) return undefined;
  const word = CURRENCY_WORD.forward(t, j);
  if (word) {
    if (word.value === "PENNY" && tok.norm === "p" && tok.spaceBefore) return undefined;
    // "66.4c" is cents; "31C" is a temperature, and "5 c" nothing.
    if (word.value === "CENT" && tok.norm === "c" && (tok.spaceBefore || tok.text !== "c")) return undefined;
    if (word.value === "CENT") return { code: DOLLAR, factor: 0.01, end: word.end };
    if (word.value === "USCENT") return { code: "USD", factor: 0.01, end: word.end };
    if (word.value === "PENNY") return { code: "GBP", factor: 0.01, end: word.end };
    return { code: word.value, factor: 1, end: word.end };
  }
  if (tok.kind === "word") {
    const iso = isoCode(tok.text);
    if (iso) return { code: iso, factor: 1, end: j + 1 };
  }
  if (tok.kind === "sym") {
    const code = SIGN_CURRENCY.get(tok.norm);
    const after = t[j + 1];
    // "20 €" but not "5, $6": a sign that opens the next amount is not this one's.
    if (code && !(after?.kind === "num" && !after.spaceBefore)) return { code, factor: 1, end: j + 1 };
  }
  return undefined;
}

/**
 * "a 12 million pound fee", "a 25,000 pound cheque": the singular "pound" before a noun is the currency
 * when the amount is scaled or in thousands; "a 10-pound bag" and "a 200 pound weight" weigh.
 */
function poundBefore(
  t: readonly Token[],
  j: number,
  amount: Amount,
): { code: string; factor: number; end: number } | undefined {
  const tok = t[j];
  if (tok?.norm !== "pound" || !tok.spaceBefore || t[j + 1]?.kind !== "word") return undefined;
  return amount.mult >= 1000 || amount.value >= 1000 ? { code: "GBP", factor: 1, end: j + 1 } : undefined;
}

/** `money`: a currency came before, so a scale letter may stand apart ("€ 40 m", "INR 550 Cr"). */
function readAmount(t: readonly Token[], i: number, money = false): Amount | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  if (tok.kind === "word") return readWritten(t, i);
  if (tok.kind !== "num") return undefined;
  let digits = 0;
  for (const ch of tok.norm) if (ch >= "0" && ch <= "9") digits++;
  if (digits > 18) return { value: 0, end: i + 1, mult: 1, written: false, fraction: false, huge: true };
  const base = parseNumeral(tok.norm);
  if (!Number.isFinite(base))
    return { value: 0, end: i + 1, mult: 1, written: false, fraction: false, huge: true };
  let scale = scaleAt(t, i + 1, money);
  // "Rs 1.5 lakh crore", "10 thousand crore": a scale of a scale.
  const outer = scale && !scale.letter ? t[scale.end] : undefined;
  if (
    scale &&
    outer &&
    (outer.norm === "crore" || outer.norm === "lakh") &&
    outer.norm !== t[scale.end - 1]?.norm
  ) {
    scale = { mult: scale.mult * (SCALE.get(outer.norm) ?? 1), end: scale.end + 1 };
  }
  if (scale) {
    const amount: Amount = {
      value: base * scale.mult,
      end: scale.end,
      mult: scale.mult,
      written: false,
      fraction: false,
    };
    if (scale.letter) amount.letter = scale.letter;
    return amount;
  }
  return { value: base, end: i + 1, mult: 1, written: false, fraction: false };
}

/** "million", "bn", attached "m"/"k"/"b", and "-billion" in "$5-billion". */
function scaleAt(
  t: readonly Token[],
  j: number,
  money = false,
): { mult: number; end: number; letter?: string } | undefined {
  const tok = t[j];
  if (!tok) return undefined;
  if (tok.kind === "word") {
    const mult = SCALE.get(tok.norm);
    if (mult !== undefined) return { mult, end: j + 1 };
    if (!tok.spaceBefore || money) {
      const attached = ATTACHED_SCALE.get(tok.norm);
      if (attached !== undefined) return { mult: attached, end: j + 1, letter: tok.norm };
    }
    return undefined;
  }
  const next = t[j + 1];
  if (DASHES.has(tok.norm) && !tok.spaceBefore && next?.kind === "word" && !next.spaceBefore) {
    const mult = SCALE.get(next.norm);
    if (mult !== undefined && mult >= 1e6) return { mult, end: j + 2 };
  }
  return undefined;
}

/** Fraction words that are also ordinals: after "a", what follows tells which ("a third of" / "a third term"). */
const ORDINAL_SHARES: ReadonlySet<string> = new Set(["third", "fifth", "sixth", "eighth", "tenth"]);
/** Words after "a third" that leave it a share: "a third of", "a third more", "by a third in 2023". */
const AFTER_SHARE: ReadonlySet<string> = new Set([
  "of",
  "more",
  "less",
  "fewer",
  "than",
  "in",
  "on",
  "at",
  "to",
  "from",
  "since",
  "over",
  "during",
  "by",
  "and",
  "or",
  "but",
  "as",
  "after",
  "before",
  "while",
  "compared",
  "last",
  "this",
  "year",
  "years",
]);

/** The word after "a third" makes it an ordinal: another word that does not leave it a share. */
function ordinalUse(next: Token | undefined): boolean {
  return next !== undefined && next.kind === "word" && !AFTER_SHARE.has(next.norm);
}

/** Written numbers: "three billion", "twenty-five", "a quarter", "two-thirds", "half a million". */
function readWritten(t: readonly Token[], i: number): Amount | undefined {
  const first = t[i];
  if (!first) return undefined;
  const second = t[i + 1];
  const third = t[i + 2];
  // "half a million"
  if (
    first.norm === "half" &&
    second &&
    ONE_WORD.has(second.norm) &&
    third &&
    (SCALE.get(third.norm) ?? 0) >= 1e3
  ) {
    const mult = SCALE.get(third.norm) ?? 1;
    return { value: 0.5 * mult, end: i + 3, mult, written: true, fraction: true };
  }
  // "half a percentage point", "half a per cent"
  if (first.norm === "half" && second && ONE_WORD.has(second.norm) && PERCENT_WORD.forward(t, i + 2)) {
    return { value: 0.5, end: i + 2, mult: 1, written: true, fraction: true };
  }
  let j = i;
  let total = 0;
  let current = 0;
  let mult = 1;
  let last: "none" | "a" | "ones" | "tens" | "hundred" | "scale" | "and" = "none";
  if (ONE_WORD.has(first.norm) && first.norm !== "one") {
    const n = second?.norm ?? "";
    if (!(SCALE.has(n) || COUNT_NOUN.has(n) || FRACTION.has(n))) return undefined;
    current = 1;
    last = "a";
    j++;
  }
  const limit = Math.min(t.length, i + 40);
  while (j < limit) {
    const w = t[j];
    if (!w) break;
    const n = w.norm;
    const next = t[j + 1];
    if (DASHES.has(n) && !w.spaceBefore && next && !next.spaceBefore) {
      if (
        (last === "tens" && ONE.has(next.norm)) ||
        ((last === "ones" || last === "a") && FRACTION.has(next.norm))
      ) {
        j++;
        continue;
      }
      break;
    }
    if (w.kind !== "word") break;
    const one = ONE.get(n);
    const ten = TEN.get(n);
    const scale = SCALE.get(n);
    const fraction = FRACTION.get(n);
    if (
      one !== undefined &&
      (last === "none" || last === "tens" || last === "hundred" || last === "scale" || last === "and")
    ) {
      if (last === "tens" && one >= 10) break;
      current += one;
      last = "ones";
    } else if (
      ten !== undefined &&
      (last === "none" || last === "hundred" || last === "scale" || last === "and")
    ) {
      current += ten;
      last = "tens";
    } else if (n === "hundred" && (last === "ones" || last === "a" || last === "tens")) {
      current *= 100;
      last = "hundred";
    } else if (
      scale !== undefined &&
      scale >= 1e3 &&
      (last === "ones" || last === "tens" || last === "a" || last === "hundred")
    ) {
      total += current * scale;
      current = 0;
      mult = Math.max(mult, scale);
      last = "scale";
    } else if (COUNT_NOUN.has(n) && (last === "ones" || last === "a")) {
      current *= COUNT_NOUN.get(n) ?? 1;
      last = "hundred";
    } else if (fraction !== undefined && (last === "ones" || last === "a") && total === 0 && current <= 20) {
      // "a quarter", "two-thirds", "three quarters"; "a quarter of a million".
      if (current > 1 && (n === "half" || n === "third" || n === "quarter")) break;
      // "a fifth straight month", "a third term": an ordinal before its noun, not a share.
      if (last === "a" && ORDINAL_SHARES.has(n) && ordinalUse(t[j + 1])) break;
      // "its slowest pace in seven quarters": more parts than make a whole count periods, not a share.
      if (current > fraction) break;
      let value = current / fraction;
      let end = j + 1;
      let fmult = 1;
      // "a half million": a half of the scale that follows.
      const scaleAfter = SCALE.get(t[end]?.norm ?? "") ?? 0;
      if (n === "half" && last === "a" && scaleAfter >= 1e3) {
        return { value: 0.5 * scaleAfter, end: end + 1, mult: scaleAfter, written: true, fraction: true };
      }
      const of = t[end];
      const art = t[end + 1];
      const sc = t[end + 2];
      if (of?.norm === "of" && art && ONE_WORD.has(art.norm) && sc && (SCALE.get(sc.norm) ?? 0) >= 1e3) {
        fmult = SCALE.get(sc.norm) ?? 1;
        value *= fmult;
        end += 3;
      }
      return { value, end, mult: fmult, written: true, fraction: true };
    } else if (
      n === "and" &&
      (last === "ones" || last === "tens") &&
      t[j + 1] &&
      ONE_WORD.has(t[j + 1]?.norm ?? "") &&
      t[j + 1]?.norm !== "one" &&
      t[j + 2]?.norm === "half" &&
      (SCALE.get(t[j + 3]?.norm ?? "") ?? 0) >= 1e3
    ) {
      // "two and a half million": the half joins the count before the scale.
      current += 0.5;
      j += 3;
      continue;
    } else if (
      n === "and" &&
      (last === "hundred" || last === "scale") &&
      next &&
      (ONE.has(next.norm) || TEN.has(next.norm))
    ) {
      last = "and";
    } else {
      break;
    }
    j++;
  }
  if (last === "none" || last === "a") return undefined;
  return { value: total + current, end: j, mult, written: true, fraction: false };
}

/** Rules that make a number token something other than a figure. Returns where to resume, or 0. */
function excluded(t: readonly Token[], k: number, amount: Amount, hasCurrency: boolean): number {
  const tok = t[k];
  if (!tok) return k + 1;
  const prev = t[k - 1];
  const next = t[k + 1];
  const norm = tok.norm;
  // Ordinals: "1st", "22nd".
  if (next?.kind === "word" && !next.spaceBefore && ORDINAL_SUFFIXES.has(next.norm)) return k + 2;
  if (hasCurrency) return 0;
  // Identifiers: "G20", "Q3", "FY2023", "COVID-19", "F-16", "5G", "3D".
  if (prev && !tok.spaceBefore && prev.kind === "word") return k + 1;
  const prev2 = t[k - 2];
  if (prev && DASHES.has(prev.norm) && !tok.spaceBefore && !prev.spaceBefore && prev2?.kind === "word")
    return k + 1;
  // "LIVERPOOL 2-1", "737-800": the second number of a glued pair whose first one was no figure (a score,
  // a model); a range that is a figure is read from its first number and never gets here.
  if (
    prev &&
    DASHES.has(prev.norm) &&
    !tok.spaceBefore &&
    !prev.spaceBefore &&
    prev2?.kind === "num" &&
    /^[0-9]+$/.test(norm) &&
    amount.mult === 1 &&
    !attachedUnit(t, k + 1) &&
    !PERCENT_WORD.forward(t, k + 1)
  )
    return k + 1;
  // "2022-23", "2020/21": the second half of a year span.
  if (
    prev &&
    (DASHES.has(prev.norm) || prev.norm === "/") &&
    !tok.spaceBefore &&
    !prev.spaceBefore &&
    isYearToken(prev2)
  ) {
    return k + 1;
  }
  if (next?.kind === "word" && !next.spaceBefore && amount.end === k + 1 && !attachedUnit(t, k + 1))
    return k + 2;
  // Leading zeros: codes and phone numbers; the digit groups after them are the same number ("0800 555 0199").
  if (norm.length > 1 && norm[0] === "0" && norm[1] !== "." && norm[1] !== ",")
    return phoneChain(t, k, 2) || k + 1;
  // Times of day: "10:30" (not a label's colon: "Growth forecast for 2027: 1.1%").
  if (next?.norm === ":" && !next.spaceBefore && t[k + 2]?.kind === "num" && !t[k + 2]?.spaceBefore)
    return k + 3;
  if (prev?.norm === ":" && !tok.spaceBefore && t[k - 2]?.kind === "num") return k + 1;
  // Dates: "24/7", "05/01/2022", "March 5", "5 March", "2022-05-01".
  if ((next?.norm === "/" && !next.spaceBefore) || (prev?.norm === "/" && !tok.spaceBefore)) return k + 1;
  const integer = /^[0-9]+$/.test(norm);
  if (integer && amount.mult === 1 && Number(norm) <= 31) {
    if (prev && MONTH.has(prev.norm) && isCapitalized(prev)) return k + 1;
    // "Sept. 20", "Jan. 5"
    const month = t[k - 2];
    if (prev?.norm === "." && month && MONTH.has(month.norm) && isCapitalized(month)) return k + 1;
    if (next && MONTH.has(next.norm) && isCapitalized(next)) return k + 1;
    // Day ranges: "from 2 to 4 June", "12-14 March", "June 2 to 4".
    const day = (x: Token | undefined) =>
      x?.kind === "num" && /^[0-9]{1,2}$/.test(x.norm) && Number(x.norm) <= 31;
    const isMonth = (x: Token | undefined) => x !== undefined && MONTH.has(x.norm) && isCapitalized(x);
    const joins = (x: Token | undefined) =>
      x !== undefined && (x.norm === "to" || x.norm === "and" || DASHES.has(x.norm));
    if (joins(next) && day(t[k + 2]) && isMonth(t[k + 3])) return k + 1;
    if (joins(prev) && day(t[k - 2]) && isMonth(t[k - 3])) return k + 1;
  }
  // Phone numbers: three or more digit groups joined by separators ("(202) 555-0123", "+44 20 7946 0958").
  const chain = phoneChain(t, k);
  if (chain) return chain;
  // Street addresses: "10 Downing Street", "24 Grosvenor Square", "1600 Pennsylvania Avenue NW".
  if (integer && amount.mult === 1 && isAddress(t, k + 1)) return k + 2;
  // List numbering: "1." or "2)" at the start of a line; "(3)".
  if (tok.lineStart && next && (next.norm === "." || next.norm === ")") && !next.spaceBefore) return k + 2;
  if (prev?.norm === "(" && next?.norm === ")" && amount.end === k + 1) return k + 2;
  // "No. 5", "#5".
  if (prev?.norm === "#") return k + 1;
  if (prev?.norm === "." && t[k - 2]?.norm === "no") return k + 1;
  // Years: "in 2022", "since 1991" (a period, attached elsewhere).
  if (integer && norm.length === 4 && amount.mult === 1) {
    const y = Number(norm);
    if (y >= 1800 && y <= 2100) {
      const unit = unitAt(t, k + 1, amount);
      const prevWord = prev?.norm ?? "";
      // "the 2020 races", "its 2024 elections": a year that names which ones, not a count.
      const named = ["the", "its", "their", "his", "her", "our", "this", "last"].includes(prevWord);
      if (!unit || named || TIME_PREPOSITIONS.has(prevWord) || isCapitalized(t[k + 1])) return k + 1;
    }
  }
  return 0;
}

const STREET_WORDS = new Set([
  "street",
  "st",
  "square",
  "avenue",
  "ave",
  "road",
  "rd",
  "lane",
  "boulevard",
  "blvd",
  "drive",
  "place",
  "way",
  "court",
  "terrace",
  "highway",
  "plaza",
  "parkway",
  "strasse",
  "straße",
  "crescent",
]);

/** One to three capitalized words that end in a street word: the name after a house number. */
function isAddress(t: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || !isCapitalized(tok)) return false;
    if (k > j && STREET_WORDS.has(tok.norm)) return true;
  }
  return false;
}

function isYearToken(tok: Token | undefined): boolean {
  if (tok?.kind !== "num" || !/^[0-9]{4}$/.test(tok.norm)) return false;
  const y = Number(tok.norm);
  return y >= 1800 && y <= 2100;
}

/** An attached unit or scale after digits: "5km", "25bps", "5pc", "5%". */
function attachedUnit(t: readonly Token[], j: number): boolean {
  const tok = t[j];
  if (!tok) return false;
  return (
    tok.norm === "x" ||
    tok.text === "F" ||
    tok.text === "C" ||
    MEASURE_UNIT.has(tok.norm) ||
    PERCENT_WORD.forward(t, j) !== undefined ||
    CURRENCY_WORD.forward(t, j) !== undefined ||
    TIME_UNIT.has(tok.norm) ||
    isoCode(tok.text) !== undefined
  );
}

/** The end of a phone number starting at token k with at least `min` digit groups (3 by default), or 0. */
function phoneChain(t: readonly Token[], k: number, min = 3): number {
  let groups = 1;
  let j = k;
  const plus = t[k - 1]?.norm === "+" && !t[k]?.spaceBefore;
  const open = t[k - 1]?.norm === "(" && !t[k]?.spaceBefore;
  while (groups < 8) {
    const a = t[j + 1];
    const b = t[j + 2];
    if (a?.kind === "num" && a.spaceBefore && a.norm.length <= 4 && /^[0-9]+$/.test(a.norm)) {
      groups++;
      j += 1;
      continue;
    }
    if (a && SEPARATORS.has(a.norm) && a.norm !== "." && b?.kind === "num" && /^[0-9]+$/.test(b.norm)) {
      if (a.norm === ")" && !open && groups === 1) break;
      if (DASHES.has(a.norm) && (a.spaceBefore || b.spaceBefore)) break;
      groups++;
      j += 2;
      continue;
    }
    if (a?.norm === ")" && open && b?.kind === "num") {
      groups++;
      j += 2;
      continue;
    }
    break;
  }
  if (groups >= min || (plus && groups >= 2)) return j + 1;
  return 0;
}

function isTimeUnit(t: readonly Token[], j: number): boolean {
  const tok = t[j];
  if (!tok) return false;
  if (TIME_UNIT.has(tok.norm)) return true;
  // "45-year-old", "a 10-day visit"
  const next = t[j + 1];
  return DASHES.has(tok.norm) && !tok.spaceBefore && next !== undefined && TIME_UNIT.has(next.norm);
}

function skipTimeUnit(t: readonly Token[], j: number): number {
  return DASHES.has(t[j]?.norm ?? "") ? j + 2 : j + 1;
}

/** "three quarters of 2022", "the first half of the year": a part of a period, not a share. */
function fractionOfPeriod(t: readonly Token[], numStart: number, amount: Amount): boolean {
  if (!amount.fraction) return false;
  const last = t[amount.end - 1]?.norm ?? "";
  if (!["quarter", "quarters", "half", "halves"].includes(last)) return false;
  const before = t[numStart - 1]?.norm ?? "";
  if (["first", "last", "past", "next", "previous", "final", "second", "third", "the"].includes(before))
    return true;
  const of = t[amount.end];
  const what = t[amount.end + 1];
  if (of?.norm !== "of" || !what) return false;
  if (what.kind === "num") return true;
  return (
    ["the", "this", "last", "next", "fiscal"].includes(what.norm) &&
    TIME_UNIT.has(t[amount.end + 2]?.norm ?? "")
  );
}

/** Currency codes written glued to the amount ("USD5", "EUR20m"); other codes need a space ("COP30" is a summit). */
const GLUED_CODES: ReadonlySet<string> = new Set([
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CHF",
  "CNY",
  "INR",
  "AUD",
  "CAD",
  "HKD",
  "SGD",
]);

/** A bare number with no unit that is a label or a name: "Article 5", "Boeing 737", "page 3". */
function bareNumberExcluded(
  t: readonly Token[],
  i: number,
  numStart: number,
  amount: Amount,
  hasUnit: boolean,
): boolean {
  const prev = t[i - 1];
  if (amount.written) return false;
  if (!hasUnit && isAge(t, i, numStart, amount.end)) return true;
  // "78 to 97 months", "10-12 weeks": the low end of a duration is a duration too.
  const link = t[amount.end];
  if (
    !hasUnit &&
    link &&
    (link.norm === "to" || DASHES.has(link.norm)) &&
    t[amount.end + 1]?.kind === "num" &&
    TIME_UNIT.has(t[amount.end + 2]?.norm ?? "")
  )
    return true;
  if (prev?.kind !== "word") return false;
  if (LABELS.has(prev.norm) && !hasUnit) return true;
  // "iPhone 15", "eBay 2": a word with a capital inside is a name.
  if (!hasUnit && i === numStart && /^\p{Ll}+\p{Lu}/u.test(prev.text)) return true;
  if (
    isCapitalized(prev) &&
    !QUALIFIER_WORDS.has(prev.norm) &&
    !CHANGE_VERB.has(prev.norm) &&
    prev.norm !== "between"
  ) {
    // "Boeing 737", "Windows 11"; but a function word that opens a sentence ("Only 9%") is no name.
    return i === numStart && !FUNCTION_WORDS.has(prev.norm);
  }
  return false;
}

interface UnitMatch {
  unit: string;
  head: number;
  headEnd: number;
  end: number;
}

/** The unit noun after a number: "590 enterprises", "10,000 new jobs", "1.2 million barrels a day". */
function unitAt(t: readonly Token[], j: number, amount: Amount): UnitMatch | undefined {
  const temperature = temperatureAt(t, j);
  if (temperature) return temperature;
  // "a 3.2-hectare site", "a 500-MW plant": a measure glued by a dash.
  const dash = t[j];
  const glued = t[j + 1];
  if (
    dash &&
    DASHES.has(dash.norm) &&
    !dash.spaceBefore &&
    glued?.kind === "word" &&
    !glued.spaceBefore &&
    MEASURE_UNIT.has(glued.norm) &&
    glued.norm.length > 1
  ) {
    return { unit: glued.text, head: j + 1, headEnd: j + 2, end: j + 2 };
  }
  let k = j;
  let modifiers = 0;
  while (modifiers < 2) {
    const tok = t[k];
    if (tok?.kind !== "word") break;
    const next = t[k + 1];
    // "12,000 square metres", "5 cubic metres": the measure word leads a compound unit.
    const compound = COMPOUND_FIRST.has(tok.norm) && next !== undefined && isUnitHead(next, t[k + 2]);
    if (isUnitHead(tok, next) && !compound) break;
    const modifier =
      compound ||
      UNIT_MODIFIER.has(tok.norm) ||
      (isCapitalized(tok) &&
        /(an|ese|ish|ian|i|ch)$/.test(tok.norm) &&
        next !== undefined &&
        isUnitHead(next, t[k + 2])) ||
      freeModifier(t, k, j);
    // "five Texas city officials": the name and the lower-case word after it.
    const place = modifier ? 0 : placeModifier(t, k);
    if (place > 0) {
      k += place;
      modifiers += place;
      continue;
    }
    if (!modifier) {
      // "12 methanol-powered vessels", "5 low-income countries": a dash compound as one modifier.
      const span = compoundModifier(t, k);
      if (!span) break;
      k += span;
      modifiers++;
      continue;
    }
    k++;
    modifiers++;
  }
  if (t[k]?.kind !== "word" || !isUnitHead(t[k] as Token, t[k + 1])) k = modifierChain(t, j) ?? k;
  const head = t[k];
  if (head?.kind !== "word" || !isUnitHead(head, t[k + 1])) return undefined;
  // "5 km" but not "5 m": single letters count only attached.
  if (head.norm.length === 1 && head.spaceBefore && k === j) return undefined;
  if (amount.letter && k !== j) return undefined;
  let headEnd = k + 1;
  let unit = head.text;
  const first = t[j];
  if (k > j && first && COMPOUND_FIRST.has(first.norm)) {
    unit = `${first.text} ${head.text}`;
  }
  const rate = RATE.forward(t, headEnd);
  let end = headEnd;
  if (rate) {
    const rateText = t
      .slice(rate.start, rate.end)
      .map((x) => x.text)
      .join(" ");
    unit = `${unit} ${rateText}`;
    end = rate.end;
  }
  if (unit === head.text) headEnd = k + 1;
  return { unit, head: k, headEnd, end };
}

const COMPOUND_FIRST = new Set(["cubic", "square", "sq", "metric"]);

const TEMPERATURE_SCALES: Readonly<Record<string, string>> = {
  c: "°C",
  f: "°F",
  celsius: "°C",
  fahrenheit: "°F",
  centigrade: "°C",
};

/**
 * A temperature's unit: "44C", "113F" (the letter glued to the digits), "46°C", "1.2 degrees Celsius",
 * "38 degrees C". Plain "38 degrees" stays a measure in degrees.
 */
function temperatureAt(t: readonly Token[], j: number): UnitMatch | undefined {
  const tok = t[j];
  if (!tok || tok.kind === "num") return undefined;
  if ((tok.text === "C" || tok.text === "F") && !tok.spaceBefore && !/^[-–\d]/.test(t[j + 1]?.text ?? "")) {
    return { unit: TEMPERATURE_SCALES[tok.norm] ?? tok.text, head: j, headEnd: j + 1, end: j + 1 };
  }
  const letter = t[j + 1];
  if (tok.norm === "°" && letter && !letter.spaceBefore && (letter.text === "C" || letter.text === "F")) {
    return { unit: TEMPERATURE_SCALES[letter.norm] ?? letter.text, head: j, headEnd: j + 2, end: j + 2 };
  }
  const scale = TEMPERATURE_SCALES[letter?.norm ?? ""];
  if (
    (tok.norm === "degrees" || tok.norm === "degree") &&
    letter &&
    scale &&
    (letter.norm.length > 1 || letter.text !== letter.norm)
  ) {
    return { unit: scale, head: j, headEnd: j + 2, end: j + 2 };
  }
  return undefined;
}

/**
 * A capitalized name before a lower-case plural, or before one lower-case word and the plural: "41 Ohio
 * counties", "five Texas city officials", "54 Assembly seats". How many tokens it takes (1 or 2), or 0.
 */
function placeModifier(t: readonly Token[], k: number): number {
  const tok = t[k];
  const next = t[k + 1];
  if (!tok || !next || !isCapitalized(tok) || !tok.spaceBefore || next.kind !== "word" || isCapitalized(next))
    return 0;
  if (QUALIFIER_WORDS.has(tok.norm) || FUNCTION_WORDS.has(tok.norm)) return 0;
  if (isUnitHead(next, t[k + 2])) return 1;
  return freeModifier(t, k + 1, k + 1) ? 2 : 0;
}

/**
 * One lower-case noun or adjective right after the number and right before a plural noun: "35 league
 * appearances", "193 million wet tons". Not a function word, a verb form, an adverb or a time word.
 */
function freeModifier(t: readonly Token[], k: number, j: number): boolean {
  const tok = t[k];
  const next = t[k + 1];
  if (k !== j || !tok || !next || tok.kind !== "word" || isCapitalized(tok) || tok.spaceBefore === false)
    return false;
  const n = tok.norm;
  if (!/^[a-z]{3,}$/.test(n) || /(ed|ing|ly)$/.test(n)) return false;
  if (FUNCTION_WORDS.has(n) || DETERMINERS.has(n) || CHANGE_VERB.has(n) || TIME_UNIT.has(n)) return false;
  if (QUALIFIER_WORDS.has(n) || CHANGE_ADJECTIVE_WORDS.has(n) || NOT_UNIT.has(n)) return false;
  if (!isUnitHead(next, t[k + 2])) return false;
  return next.norm.endsWith("s") && !next.norm.endsWith("ss");
}

/** Lower-case modifiers a plural unit noun may follow, at most: "412 newly diagnosed tuberculosis patients". */
const CHAIN_MODIFIERS = 4;
const CHAIN_CONJUNCTIONS = new Set(["and", "or"]);

/**
 * Two or more lower-case modifiers before a plural noun, where one alone is a freeModifier: "17 serious
 * adverse events", "15 grounded planes", "25,000 direct and indirect jobs", "2,500 engineering and sales
 * positions", "1,800 skilled and unskilled jobs"; not a conjunction right before the noun ("40 died and
 * dozens"); an adverb goes before a participle ("newly diagnosed"). The plural noun's index, or undefined.
 */
function modifierChain(t: readonly Token[], j: number): number | undefined {
  let conjunctions = 0;
  for (let k = j; k < j + CHAIN_MODIFIERS; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || isCapitalized(tok) || !tok.spaceBefore) return undefined;
    const n = tok.norm;
    const next = t[k + 1];
    if (CHAIN_CONJUNCTIONS.has(n)) {
      if (k === j || ++conjunctions > 1) return undefined;
      continue;
    }
    if (!/^[a-z]{3,}$/.test(n) || !next) return undefined;
    if (FUNCTION_WORDS.has(n) || DETERMINERS.has(n) || CHANGE_VERB.has(n) || TIME_UNIT.has(n))
      return undefined;
    // Adjectives in -ous ("serious", "various") are never units but do modify them.
    if (QUALIFIER_WORDS.has(n) || CHANGE_ADJECTIVE_WORDS.has(n) || (NOT_UNIT.has(n) && !n.endsWith("ous"))) {
      return undefined;
    }
    const participle = /(ed|en)$/.test(n);
    if (n.endsWith("ly") && !/(ed|en)$/.test(next.norm)) return undefined;
    // One modifier alone is freeModifier's, except a participle, which it does not take: "15 grounded planes".
    const chained = k > j || participle;
    if (chained && isUnitHead(next, t[k + 2]) && next.norm.endsWith("s") && !next.norm.endsWith("ss")) {
      return k + 1;
    }
  }
  return undefined;
}

/**
 * A lower-case dash compound ("methanol-powered", "low-income", "middle-class") right before a plural noun:
 * its length in tokens (3), or 0. Not a time word ("10 year-old"), nor a number.
 */
function compoundModifier(t: readonly Token[], k: number): number {
  const a = t[k];
  const dash = t[k + 1];
  const b = t[k + 2];
  const head = t[k + 3];
  if (a?.kind !== "word" || b?.kind !== "word" || !dash || !head) return 0;
  if (!DASHES.has(dash.norm) || dash.spaceBefore || b.spaceBefore) return 0;
  if (isCapitalized(a) || !/^[a-z]{2,}$/.test(a.norm) || !/^[a-z]{2,}$/.test(b.norm)) return 0;
  if (TIME_UNIT.has(a.norm) || TIME_UNIT.has(b.norm) || SCALE.has(a.norm)) return 0;
  if (!isUnitHead(head, t[k + 4]) || !head.norm.endsWith("s") || head.norm.endsWith("ss")) return 0;
  return 3;
}

function isUnitHead(tok: Token, next: Token | undefined): boolean {
  if (tok.kind !== "word") return false;
  const n = tok.norm;
  if (NOT_UNIT.has(n) || TIME_UNIT.has(n)) return false;
  if (MEASURE_UNIT.has(n) || IRREGULAR_UNIT.has(n)) return true;
  if (n.length < 3 || !n.endsWith("s") || n.endsWith("ss") || n.endsWith("us") || n.endsWith("is"))
    return false;
  if (n.endsWith("’s") || n.endsWith("'s")) return false;
  // "five Texas city officials": a capitalized word before a lower-case noun modifies it.
  if (isCapitalized(tok) && next?.kind === "word" && !isCapitalized(next) && /^\p{Ll}{3,}$/u.test(next.text))
    return false;
  return !CHANGE_VERB.has(n) && next?.norm !== "’s";
}
