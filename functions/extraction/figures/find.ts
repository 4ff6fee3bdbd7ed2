/**
 * Find and parse: locates figure spans on tokens and reads their values. No sentence context here;
 * qualifiers, changes, periods, subjects and speakers are attached by later passes. One figure is a core
 * (figure-core.ts), or two joined into a range.
 */
import { asWritten } from "./amounts.ts";
import { DOLLAR } from "./data/currencies.ts";
import { GOING_VERBS } from "./data/subject-words.ts";
import { type Core, coreAt, type Reject } from "./figure-core.ts";
import { QUALIFIER_WORDS } from "./lexicon.ts";
import { isCapitalized } from "./phrases.ts";
import {
  cellGapBefore,
  changeVerbAt,
  changeVerbBefore,
  DASHES,
  isChangeVerb,
  isPastVerb,
} from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { FigureKind } from "./types.ts";

const GOING: ReadonlySet<string> = new Set(GOING_VERBS);

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
  const note = rateNoteEnd(t, i);
  if (note) return { next: note };
  // "the 50+1 rule": two numbers glued by "+" name a rule or a format, no figure.
  const plus = t[i + 1];
  if (
    t[i]?.kind === "num" &&
    plus?.norm === "+" &&
    !plus.spaceBefore &&
    t[i + 2]?.kind === "num" &&
    !t[i + 2]?.spaceBefore
  )
    return { next: i + 3 };
  const a = coreAt(t, i);
  if ("next" in a) return a;
  let core = a;
  let high: Core | undefined;
  // Ranges: "$12 million to $15 million", "$12-15 million", "between 5 and 10 percent".
  const link = t[core.end];
  // ("Profit    31.2    -27.8": a dash after a wide gap, glued to the number after, is its sign in an
  // aligned table's next cell.)
  const sign =
    link !== undefined &&
    DASHES.has(link.norm) &&
    cellGapBefore(t, core.end) &&
    !t[core.end + 1]?.spaceBefore;
  if (link && !sign && (DASHES.has(link.norm) || ["to", "and", "or"].includes(link.norm))) {
    const before = t[core.start - 1];
    const between = before?.norm === "between";
    // "rose from $5 billion to $4 billion" is two levels; "up from €4.2bn-€4.4bn" (a glued dash) is a range.
    const gluedDash = DASHES.has(link.norm) && !link.spaceBefore && !t[core.end + 1]?.spaceBefore;
    // ("went from $190,000 to $340,000", "has gone from": a verb of going says the same.)
    const fromChange =
      before?.norm === "from" &&
      (changeVerbBefore(t, core.start - 2) || GOING.has(t[core.start - 2]?.norm ?? "")) &&
      !gluedDash;
    // "20 or 30 new patients": two guesses are a range (", or 3%," restates, after a comma).
    const ok = link.norm === "and" ? between : link.norm === "or" || !fromChange;
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
      // "strengthened as much as 0.8% to 155.92", "grew just 5.5% to 234,314": past the qualifier.
      const priorAt = pastQualifier(t, core.start - 1);
      const prior = t[priorAt];
      // "raised its forecast for Russia's 2026 wheat crop by 2 million tons to 90 million tons".
      // "were up $15 to $99": "up" and "down" after a verb mark a change too.
      const upDown = prior?.norm === "up" || prior?.norm === "down";
      // ("would add S$1 to S$16 to the price": what is added is the range, its level is after "to".)
      const adds = prior?.norm === "add" || prior?.norm === "adding";
      const verbAt =
        (isChangeVerb(prior) && !adds) || upDown
          ? priorAt
          : prior?.norm === "by"
            ? changeVerbAt(t, priorAt - 1)
            : -1;
      const afterChange = verbAt >= 0;
      // "fell by 837,000 to 124.35 million": a level ten times the change is no range's high end, nor
      // four times one after "by" ("jumped by 33,000 to 258,000"; a range after "by" runs closer:
      // "rise by 5% to 7%").
      const factor = prior?.norm === "by" && afterChange ? 4 : 10;
      const far = !("next" in b) && core.value > 0 && b.value >= factor * core.value;
      // "jumped a hefty 14% to 2.2 million": a bare number ten times a percentage is no end of its range.
      const unlike =
        !("next" in b) && core.percent && !marked(b) && core.value > 0 && b.value >= 10 * core.value;
      // A count or amount changed in the past tense is exact, so "X to Y" right after the verb is the change
      // and the level reached ("rose 3,100 tonnes to 18,900 tonnes"); so is money after "by" ("cut its price
      // by $1.20 to $3.40"). "is expected to rise 5% to 7%" and "rose by 5% to 7%" stay ranges.
      const direct = verbAt === priorAt;
      // "fell by 1 to 2 percentage points", "rose 3 to 4 per cent": a bare number close under a percentage
      // is its range's low end ("rose 0.2 to 4.1 per cent" is a change and the level reached).
      const percentRange =
        !("next" in b) && !marked(core) && Boolean(b.percent) && core.value > 0 && b.value < 4 * core.value;
      const reported =
        !percentRange &&
        afterChange &&
        // ("rose 3 basis points to 27 basis points": points moved in the past tense are exact too.)
        ((direct && isPastVerb(t[verbAt]) && core.percent !== "percent") ||
          // "rose by 140 to 420 cases": a count changed by, in the past tense, is exact too.
          (prior?.norm === "by" && isPastVerb(t[verbAt]) && !core.percent) ||
          (upDown && !core.percent) ||
          // ("fares will increase by 10 cents to 11 cents", "push up rates by Rs 2 to Rs 3": a level at most
          // one and a half times the change is no level it reached, but the range's high end.)
          (prior?.norm === "by" &&
            Boolean(core.currency) &&
            ("next" in b || b.value > CLOSE_RANGE * core.value)));
      // ("up 1.2%, or 27.19 points to 3,804.58": an index's points, then the level it reached.)
      const pointsMove = (core.unit === "points" || core.unit === "point") && far && !marked(b);
      const level =
        link.norm === "to" &&
        !("next" in b) &&
        (pointsMove || (afterChange && ((marked(core) && !marked(b)) || far || reported)));
      // "158.34-36 yen", "$1.1482-1484": a dealer's bid and offer, the offer written by its last digits.
      const offer = !("next" in b) && gluedDash ? offerOf(t, core, b) : undefined;
      if (offer !== undefined && !("next" in b)) {
        const merged = mergeRange(core, { ...b, value: offer });
        core = merged.low;
        high = merged.high;
      } else if (!("next" in b) && !level && !unlike && compatible(core, b)) {
        const merged = mergeRange(core, b);
        // "leads 48% to 45%": a range runs upward; two figures otherwise.
        if (merged.high.value >= merged.low.value) {
          core = merged.low;
          high = merged.high;
        }
      }
    }
  }
  // "won 44 and 19 seats", "raised rates by 10 and 15 basis points", "won 161 of the 243 seats": a bare
  // number before another that names its unit shares it.
  if (!high && !core.currency && !core.percent && !core.unit && !core.multiple && !core.amount.written) {
    const shared = sharedMarks(t, core);
    if (shared) core = shared;
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
  const round = (c: Core) => (c.amount.fraction ? c.value : asWritten(c.value));
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
  // "ruled by a vote of 6 to 3".
  const ofVote = t[a.start - 1]?.norm === "of" && ["vote", "votes"].includes(t[a.start - 2]?.norm ?? "");
  if (link.norm !== "to" || !(TALLY_WORDS.has(t[a.start - 1]?.norm ?? "") || ofVote)) return false;
  const votes = (c: Core) =>
    !c.currency &&
    !c.percent &&
    c.amount.mult === 1 &&
    Number.isInteger(c.value) &&
    (!c.unit || c.unit === "votes");
  return votes(a) && votes(b) && (a.unit === "votes" || t[a.start - 1]?.norm !== "by");
}

/**
 * The offer of a dealer's quote whose bid is `low` ("158.34") and whose offer `b` gives only the bid's
 * decimals ("36"): 158.36; undefined when `b` is no such ending.
 */
function offerOf(t: readonly Token[], low: Core, b: Core): number | undefined {
  const bid = /^(\d+)\.(\d{2,4})$/.exec(t[low.end - 1]?.text ?? "");
  const ending = t[low.end + 1]?.text ?? "";
  if (!bid || low.amount.mult !== 1 || b.amount.mult !== 1 || b.factor !== undefined) return undefined;
  const decimals = bid[2] ?? "";
  if (!new RegExp(`^\\d{${decimals.length}}$`).test(ending)) return undefined;
  const offer = Number(`${bid[1]}.${ending}`);
  return offer > low.value ? offer : undefined;
}

function mergeRange(a: Core, b: Core): { low: Core; high: Core } {
  const low = { ...a };
  const high = { ...b };
  // "$12-15 million": the low end takes the high end's scale when that keeps the order.
  if (low.amount.mult === 1 && high.amount.mult > 1 && !low.amount.written) {
    const scaled = low.value * high.amount.mult;
    if (Math.abs(scaled) <= Math.abs(high.value)) low.value = scaled;
  }
  // "10 to 20 bps", "between 20 and 25 cents": a bare low end is in the high end's hundredths too.
  if (high.factor !== undefined && !low.currency && !low.percent && !low.unit) low.value *= high.factor;
  low.currency ??= high.currency;
  high.currency ??= low.currency;
  low.percent ??= high.percent;
  high.percent ??= low.percent;
  return { low, high };
}

/** Words between "by" and a change: "rose by a record $1.20 to $4.50", "by a further 2,000". */
const CHANGE_LEADS = new Set(["a", "an", "record", "further", "additional", "another"]);

/** Words of a qualifier before a figure, skipped back from `k`: "as much as", "just", "about". */
const QUALIFIER_REACH = 4;

/** The token before the qualifier words that end at `k` (or `k` itself when none do). */
function pastQualifier(t: readonly Token[], k: number): number {
  let q = k;
  while (
    q >= 0 &&
    k - q < QUALIFIER_REACH &&
    (QUALIFIER_WORDS.has(t[q]?.norm ?? "") || CHANGE_LEADS.has(t[q]?.norm ?? "")) &&
    !isChangeVerb(t[q])
  )
    q--;
  return q;
}

/**
 * Words between a bare number and the figure whose unit it shares: "44 and 19 seats", "161 of the 243",
 * "50 of more than 360 firms".
 */
/** Lower-case words between "of the" and the whole's number, at most: "of the country's roughly 1,700". */
const WHOLE_WORDS = 3;

const SHARING_LINKS: readonly (readonly string[])[] = [
  ["and"],
  ["of", "the"],
  ["of", "its"],
  ["of", "more", "than"],
  ["of", "about"],
  ["of", "some"],
  ["of", "nearly"],
  ["of", "roughly"],
  ["of", "around"],
  ["of", "almost"],
  ["of"],
];

/** The core with the unit, percent or currency of the figure right after it, or undefined. */
function sharedMarks(t: readonly Token[], core: Core): Core | undefined {
  const link = SHARING_LINKS.find((words) => words.every((word, k) => t[core.end + k]?.norm === word));
  if (!link || t[core.start - 1]?.norm === "between") return undefined;
  // ("25 of the league's 30 clubs", "64 of the planned 133 dishes", "744 of the country's roughly 1,700
  // municipalities": past the lower-case words that describe the whole.)
  let at = core.end + link.length;
  if (link[0] === "of")
    while (at < core.end + link.length + WHOLE_WORDS && t[at]?.kind === "word" && t[at]?.text === t[at]?.norm)
      at++;
  // ("12 of Sydney's 15 toll roads", "37 of Africa's poorest countries": past the whole's owner.)
  if (link[0] === "of" && isCapitalized(t[at]) && /['’]s$/.test(t[at]?.norm ?? "")) {
    at++;
    while (
      at < core.end + link.length + 1 + WHOLE_WORDS &&
      t[at]?.kind === "word" &&
      t[at]?.text === t[at]?.norm
    )
      at++;
  }
  const next = coreAt(t, at);
  // "3,100 of the cuts", "1,100 of the affected staff", "12 of its oldest aircraft": a count of the plural
  // noun that ends the whole, where the whole carries no number.
  if ("next" in next || next.amount.written) return wholeNoun(t, core, link);
  // "161 of the 243 seats" counts seats; "44 and 19 seats" too; not "5 and 10%" read as one range elsewhere.
  if (next.unit && Number.isInteger(core.value) && core.value <= next.value * (link[0] === "of" ? 1 : 100)) {
    // The unit's words stay where they are: what they count is the bare number's subject too.
    const shared: Core = { ...core, unit: next.unit };
    if (next.unitFirst !== undefined) shared.unitFirst = next.unitFirst;
    if (next.unitLast !== undefined) shared.unitLast = next.unitLast;
    return shared;
  }
  if ((next.percent || next.currency) && link[0] === "and") {
    const factor = next.factor ?? 1;
    const shared: Core = { ...core, value: core.value * factor };
    if (next.percent) shared.percent = next.percent;
    if (next.currency) shared.currency = next.currency;
    if (next.factor !== undefined) shared.factor = next.factor;
    return shared;
  }
  return undefined;
}

/** Plural nouns without an "-s": "staff", "aircraft". */
const PLURAL_NOUNS = new Set([
  "staff",
  "aircraft",
  "people",
  "personnel",
  "cattle",
  "police",
  "children",
  "women",
  "men",
]);
/** Nouns after "of the" that count no things: "of the total", "of the time", "of the year's". */
const NOT_COUNTED = new Set(["total", "time", "times", "years", "months", "days", "weeks", "hours", "votes"]);

/** Words ending in "-s" that are no plural nouns. */
const NOT_PLURAL = new Set([
  "was",
  "has",
  "is",
  "does",
  "this",
  "thus",
  "plus",
  "its",
  "his",
  "us",
  "yes",
  "less",
]);

/**
 * "3,100 of the cuts", "12 of its oldest aircraft", "37 of Africa's poorest countries": the core counted in
 * the plural noun that ends the whole after "of", where the whole carries no number; or undefined.
 */
function wholeNoun(t: readonly Token[], core: Core, link: readonly string[]): Core | undefined {
  if (link[0] !== "of" || !Number.isInteger(core.value)) return undefined;
  let k = core.end + link.length;
  const determined = ["the", "its", "their"].includes(link[link.length - 1] ?? "");
  const owned = isCapitalized(t[k]) && /['’]s$/.test(t[k]?.norm ?? "");
  if (!determined && !owned) return undefined;
  if (owned) k++;
  for (const last = k + WHOLE_WORDS; k <= last; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || tok.text !== tok.norm) return undefined;
    const word = tok.norm;
    if (NOT_COUNTED.has(word) || NOT_PLURAL.has(word)) return undefined;
    if (PLURAL_NOUNS.has(word) || /[^s]s$/.test(word)) {
      // The whole ends at the noun: "of the cuts would fall", "of the murders."; not "of the cuts' cost".
      const after = t[k + 1];
      if (after && (after.kind === "num" || after.norm === "-" || /^['’]/.test(after.norm))) return undefined;
      // ("Gauteng accounted for 1,710 of the murders": the unit only; what holds the part stays the subject.)
      const held = ["for", "up"].includes(t[core.start - 1]?.norm ?? "");
      return held ? { ...core, unit: word } : { ...core, unit: word, unitFirst: k, unitLast: k + 1 };
    }
  }
  return undefined;
}

/** How far apart a change after "by" and the level it reached are, more than: "by $1.20 to $3.40". */
const CLOSE_RANGE = 1.5;

/** Tokens an exchange-rate note may hold: "($1 = 34.35 baht)", "($1 = 3.75 riyals; $1 = 0.8605 euros)". */
const RATE_NOTE_TOKENS = 24;

/**
 * "($1 = 34.35 baht)": the wires' note of the exchange rate used is no figure of the story. The token
 * after the note's closing parenthesis when one opens at `i`, else 0.
 */
function rateNoteEnd(t: readonly Token[], i: number): number {
  if (t[i]?.norm !== "(") return 0;
  let equals = false;
  for (let k = i + 1; k < Math.min(t.length, i + RATE_NOTE_TOKENS); k++) {
    const norm = t[k]?.norm ?? "";
    if (norm === "=") equals = true;
    if (norm === ")") return equals ? k + 1 : 0;
  }
  return 0;
}
