/**
 * A figure's change: the change word around it ("rose 5%", "a 5% drop") with its measure and base, unless
 * the words make it an amount or a level, or the change of the figure it restates or pairs with.
 */
import { baseOf, type ChangeHit, changeOf, datedMonthAt, LEVEL_PREPOSITIONS, levelBase } from "./changes.ts";
import { POINT_UNITS } from "./data/units.ts";
import {
  ADDING,
  frontedPlaceJoin,
  gappedNoun,
  onlyWhereOrWhen,
  type PreviousFigure,
  restates,
} from "./figure-links.ts";
import type { RawFigure } from "./find.ts";
import { MEASURE_UNIT } from "./lexicon.ts";
import type { QualifierReading } from "./qualifiers.ts";
import { pastParentheses } from "./subject-bounds.ts";
import { MONEY_LEVEL_NOUNS, MONEY_PROJECT_NOUNS } from "./subjects.ts";
import { DASHES } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { FigureChange } from "./types.ts";

export interface ChangeReading {
  change?: FigureChange;
  /** The change word read for this figure, or the one of the change it restates. */
  hit?: ChangeHit;
  /** Token range of the change's base. */
  base?: { first: number; last: number };
  /** "cut fares by 15 and 20 percent": the second of two figures joined by "and" changes as the first. */
  paired: boolean;
  /** "Wheat exports rose 6%, barley 3%": the noun phrase a gapped figure measures, as a token range. */
  gapNoun?: { first: number; last: number };
}

/** Marks after which a signed figure reads as a change: a label's colon, a parenthesis. */
const SIGNED_AFTER = new Set([":", "("]);

/** Qualifiers that name the level reached: "Yields rose as high as 9%". */
const LEVEL_QUALIFIERS = new Set(["as high as", "as low as"]);
/** Qualifiers that say a level was passed: "rose above", "fell below", "climbed past". */
const PASSED = new Set(["above", "below", "past", "beyond", "under"]);
/** Nouns after money that name an amount gained or lost, not a change. */
const ACCOUNTING_NOUNS = new Set(["gain", "gains", "loss", "losses", "profit", "surplus", "deficit"]);
/** Forms of "grow", which also means "produce": "grows a third of the country's greens". */
const GROWING = new Set(["grow", "grows", "grew", "grown"]);
/** Verbs of losing: money or things lost are an amount, not a fall. */
const LOSING = new Set(["lost", "lose", "loses", "losing"]);
/**
 * Units of a stock whose count lost is a net fall, as one added is a rise: "Globacom lost 240,000 users",
 * "Construction lost 41,000 jobs" (not "had lost 1,210 troops").
 */
const STOCK_UNITS = new Set([
  "jobs",
  "positions",
  "subscribers",
  "subscriptions",
  "users",
  "customers",
  "lines",
  "members",
  "accounts",
  "connections",
  "clients",
]);
const POINT_UNIT: ReadonlySet<string> = new Set(POINT_UNITS);
/** Verbs whose money object is funds collected: "raised $2 billion from investors", "recovered $480,000". */
const FUNDRAISING = new Set(["raise", "raises", "raised", "raising", "recovered", "recover", "recovers"]);

/** Tokens after a listed figure that the list's next mark may be: "9% (a record) and 10%". */
const LIST_REACH = 3;

/**
 * The figure follows the one before as an item of the same list: "rose 5% and 10%", "rose 5%, 9% and
 * 10%", "grew 4.2%, and 5.6% on a reported basis". With a comma, the items are of one kind and the comma
 * alone needs the list to go on ("rose 5%, 9% and 10%"; not "rose 5%, 9% below its peak").
 */
function listed(
  tokens: readonly Token[],
  raw: RawFigure,
  qualifierStart: number,
  same: PreviousFigure,
): boolean {
  const join = tokens[qualifierStart - 1]?.norm;
  if (join === "and" && qualifierStart - 1 === same.last) return true;
  if (same.figure.kind !== raw.kind || tokens[raw.last]?.norm === "of") return false;
  if (join === "and" && tokens[qualifierStart - 2]?.norm === "," && qualifierStart - 2 === same.last)
    return true;
  if (join !== "," || qualifierStart - 1 !== same.last) return false;
  for (let k = raw.last; k < Math.min(tokens.length, raw.last + LIST_REACH); k++) {
    const norm = tokens[k]?.norm;
    if (
      (norm === "and" || norm === "or" || norm === ",") &&
      ["num", "sym"].includes(tokens[k + 1]?.kind ?? "")
    )
      return true;
  }
  return false;
}

/** Tokens of a place or a period between a listed figure and the list's next mark: "in the third quarter". */
const ITEM_REACH = 6;

/** After a listed figure ending at `last`, another item follows: ", 2% in December", "and 2% in Kano". */
function listGoesOn(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < Math.min(tokens.length, last + ITEM_REACH); k++) {
    const norm = tokens[k]?.norm;
    if ((norm === "and" || norm === ",") && ["num", "sym"].includes(tokens[k + 1]?.kind ?? "")) return true;
    // ("7.4% in Scotland and in Wales 3.3%": an item whose place comes first.)
    if (tokens[k]?.kind !== "word")
      return ["num", "sym"].includes(tokens[k]?.kind ?? "") && frontedPlaceJoin(tokens, k) >= last;
  }
  return false;
}

/** Words after "over" that make it "compared with" ("an increase over the N48.2 trillion"), not "more than". */
const DETERMINER_AFTER_OVER = new Set(["the", "its", "their", "last", "a", "an"]);

/**
 * `same` is the figure before in the same sentence; `clauseEnd` bounds the base; `isPeriodToken` tells the
 * base's period words.
 */
export function readChange(
  text: string,
  tokens: readonly Token[],
  raw: RawFigure,
  qualifier: QualifierReading,
  same: PreviousFigure | undefined,
  clauseEnd: number,
  isPeriodToken: (k: number) => boolean,
): ChangeReading {
  const qualifierStart = qualifier.start;
  let change = changeOf(tokens, qualifierStart, raw.last, isPeriodToken);
  // "These add up to 5%": a total, not a rise.
  if (
    change &&
    !change.after &&
    ADDING.has(tokens[change.at]?.norm ?? "") &&
    tokens[change.at + 1]?.norm === "up"
  )
    change = undefined;
  // "Yields rose as high as 9%", "fell as low as 8%": the level reached, not the change.
  if (change && LEVEL_QUALIFIERS.has(qualifier.text?.toLowerCase() ?? "")) change = undefined;
  // "a net loss of 4.6 billion euros": an amount lost, not a fall (a "loss of 5%" is one).
  if (
    change &&
    raw.kind === "MONEY" &&
    tokens[qualifierStart - 1]?.norm === "of" &&
    MONEY_LEVEL_NOUNS.has(tokens[qualifierStart - 2]?.norm ?? "")
  )
    change = undefined;
  // "13.4 per cent higher than the Rs4.37tr collected", "a 14% increase over the N48.2 trillion
  // approved": the level compared with, not the size of the change.
  const link = tokens[(change?.at ?? 0) + 1]?.norm;
  if (
    change &&
    !change.after &&
    (link === "than" || (link === "over" && DETERMINER_AFTER_OVER.has(tokens[change.at + 2]?.norm ?? "")))
  )
    change = undefined;
  // "Gold rose above $4,200 an ounce": a level passed, not the size of the rise.
  if (change && !change.after && qualifier.before && PASSED.has(tokens[qualifierStart]?.norm ?? ""))
    change = undefined;
  // "approved a $4.2 million expansion of the library": what the money pays for, not a rise.
  if (change?.after && raw.kind === "MONEY" && MONEY_PROJECT_NOUNS.has(tokens[change.at]?.norm ?? ""))
    change = undefined;
  // "plans to raise $1.5 billion in a share sale": money raised is an amount, not a rise ("raised its
  // forecast by $1 billion" is one).
  if (
    change &&
    raw.kind === "MONEY" &&
    FUNDRAISING.has(tokens[change.at]?.norm ?? "") &&
    tokens[qualifierStart - 1]?.norm !== "by" &&
    // "a raise of 2,000 rupees": the noun is a pay rise.
    tokens[qualifierStart - 1]?.norm !== "of"
  )
    change = undefined;
  // ("raised 9,120 hogs", "recovered 40 bodies": things reared or brought back are counted, not risen;
  // "production recovered 300,000 barrels a day" measures a rise.)
  const countNoun = tokens[raw.unitFirst ?? -1]?.norm ?? "";
  if (
    change &&
    !change.after &&
    raw.kind === "QUANTITY" &&
    change.at === qualifierStart - 1 &&
    FUNDRAISING.has(tokens[change.at]?.norm ?? "") &&
    countNoun !== "" &&
    !MEASURE_UNIT.has(countNoun)
  )
    change = undefined;
  // "booked a $3 billion gain on its stake", "posted a 90 billion yen loss": money gained or lost is an
  // amount ("a $2 billion drop" is a change).
  if (change?.after && raw.kind === "MONEY" && ACCOUNTING_NOUNS.has(tokens[change.at]?.norm ?? ""))
    change = undefined;
  // ("Horowhenua grows a third of the North Island's greens", "Ghana grows 20% of the world's cocoa": a
  // share of a whole right after "grow" is what is grown, no rise.)
  if (
    change &&
    !change.after &&
    change.at === qualifierStart - 1 &&
    GROWING.has(tokens[change.at]?.norm ?? "") &&
    (raw.kind === "PERCENT" || raw.kind === "NUMBER") &&
    tokens[raw.last]?.norm === "of"
  )
    change = undefined;
  // "30 smaller convenience stores": a comparative between a count and its noun describes the things.
  if (change?.after && raw.unitFirst !== undefined && change.at < raw.unitFirst) change = undefined;
  const earlier = same?.figure.change;
  const paired =
    !change && earlier !== undefined && same !== undefined && listed(tokens, raw, qualifierStart, same);
  // "rose 4% in Austria and 2% in Belgium", "rose 1.2% in the quarter and by 2.5% from a year earlier": a
  // figure after "and", with only a place or a period after the one before, changes the same way.
  // ("and in Wales 3.3%": past a place that comes first.)
  const fronted = frontedPlaceJoin(tokens, qualifierStart);
  const andAt =
    fronted >= 0
      ? fronted
      : tokens[qualifierStart - 1]?.norm === "by"
        ? qualifierStart - 2
        : qualifierStart - 1;
  const commaBy = tokens[qualifierStart - 1]?.norm === "by" && tokens[andAt - 1]?.norm === ",";
  // ("rose 5% in October, 3% in November and 2% in December": so does one after a comma, when the list
  // goes on after it.)
  const joined =
    tokens[andAt]?.norm === "and" || (tokens[andAt]?.norm === "," && listGoesOn(tokens, raw.last));
  // ("rose by 6.9% to £1,012 in Wales, and by 3.4%": after a level reached, the change that reached it.)
  const gappedFrom = earlier ?? same?.reachedChange;
  const gapped =
    !change &&
    !paired &&
    gappedFrom !== undefined &&
    same !== undefined &&
    joined &&
    tokens[raw.last]?.norm !== "of" &&
    // ("cut tariffs by 1% in the first year, and by about 10% for low-income customers": before "and by",
    // a comma may close the place.)
    onlyWhereOrWhen(tokens, same.last, commaBy ? andAt - 1 : andAt, isPeriodToken);
  if (gapped && gappedFrom) change = { direction: gappedFrom.direction, at: andAt, after: false };
  // "Wheat exports rose 6%, barley 3% and maize 11%": a noun phrase and a figure alone after a list mark
  // repeat the verb of the figure before.
  const gapNoun = change ? undefined : gappedNoun(tokens, raw, qualifierStart, same, isPeriodToken);
  if (gapNoun?.change) change = { direction: gapNoun.change.direction, at: gapNoun.first - 1, after: false };
  // "Nissan, which lost $2.1 billion in the quarter", "had lost 1,210 troops": an amount or a count lost
  // is no fall (index points lost are one, and so is a loss with the level it left: "lost $1.20 to $35").
  if (
    change &&
    !change.after &&
    LOSING.has(tokens[change.at]?.norm ?? "") &&
    (raw.kind === "MONEY" ||
      (raw.kind === "QUANTITY" && !POINT_UNIT.has(raw.unit ?? "") && !STOCK_UNITS.has(raw.unit ?? ""))) &&
    // ("lost $5 million to $3 million" reached a level; "loses N2.4 trillion to gas flaring" lost it to a cause.)
    !(tokens[raw.last]?.norm === "to" && ["num", "sym"].includes(tokens[raw.last + 1]?.kind ?? ""))
  )
    change = undefined;
  // "Microsoft contracted 22 million tonnes of carbon removal": a contract signed for an amount, no fall.
  if (
    change &&
    !change.after &&
    tokens[change.at]?.norm === "contracted" &&
    change.at === qualifierStart - 1 &&
    raw.kind === "QUANTITY" &&
    tokens[raw.last]?.norm === "of"
  )
    change = undefined;

  // "- Games: +12% to £410m", "Sales: 12.5% (-2.1%)": a signed figure after a label or in parentheses is
  // a change (a negative one keeps its sign in its value).
  const plus = tokens[qualifierStart - 1]?.norm === "+" && !tokens[qualifierStart]?.spaceBefore;
  const minus = raw.value < 0 && DASHES.has(tokens[raw.first]?.norm ?? "");
  const signAt = plus ? qualifierStart - 1 : raw.first;
  if (!change && (plus || minus) && SIGNED_AFTER.has(tokens[signAt - 1]?.norm ?? ""))
    change = { direction: plus ? "increase" : "decrease", at: qualifierStart - 1, after: false };
  // "dropped 533 points, or 1.3%,", "fell $2 billion (3%)": the same change in other terms.
  // (", equal to about 5.7% of global demand": a share of another whole restates no change; ", or 15% of
  // its workforce" restates a cut.)
  const shareOfWhole = tokens[raw.last]?.norm === "of" && tokens[qualifierStart - 1]?.norm !== "or";
  if (!change && earlier && restates(tokens, qualifierStart, same) && !shareOfWhole)
    change = { direction: earlier.direction, at: qualifierStart - 1, after: false };
  if (!change) {
    const reading: ChangeReading = { paired, ...(gapNoun && { gapNoun }) };
    if (paired && earlier) reading.change = { direction: earlier.direction, measure: earlier.measure };
    return reading;
  }
  // "dropped by a quarter", "shrank by roughly a third": a share of the whole is a relative change.
  const share = raw.kind === "NUMBER" && raw.value > 0 && raw.value < 1 && tokens[raw.first]?.kind === "word";
  const measure = raw.points
    ? "percentage_points"
    : raw.kind === "PERCENT" || raw.multiple || share
      ? "relative"
      : "absolute";
  const reading: ChangeReading = {
    change: { direction: change.direction, measure },
    hit: change,
    paired: paired || gapped,
    ...(gapNoun && { gapNoun }),
  };
  // "exceeding the target for the period by 12%": the target, between the verb and "by".
  const target =
    change.by !== undefined ? { first: change.baseFirst ?? change.at + 1, last: change.by } : undefined;
  const base =
    target ??
    (LEVEL_PREPOSITIONS.has(tokens[change.at]?.norm ?? "")
      ? levelBase(tokens, change.at + 1, clauseEnd, isPeriodToken)
      : baseOf(
          tokens,
          change.after ? change.at + 1 : raw.last,
          clauseEnd,
          isPeriodToken,
          measure !== "absolute",
        ));
  const afterLevel =
    base ?? (measure !== "absolute" ? baseAfterLevel(tokens, raw.last, clauseEnd, isPeriodToken) : undefined);
  if (afterLevel) {
    const base = afterLevel;
    reading.base = base;
    const a = tokens[base.first];
    const b = tokens[base.last - 1];
    if (a && b && reading.change) reading.change.base = text.slice(a.start, b.end);
  }
  return reading;
}

/** Tokens from "to" past the level reached (and its period) to the "from" of a base, at most. */
const LEVEL_TO_BASE_REACH = 14;

/**
 * "fell 12% to ¥1.03 trillion from a year earlier", "climbed 22% to 3.4 trillion naira from 2.79 trillion
 * naira a year earlier", "rose 48% to $155.1 million in the three months ended Sept. 30, from $104.8
 * million a year earlier": a change in per cent, then the level it reached, then its base.
 */
function baseAfterLevel(
  tokens: readonly Token[],
  last: number,
  clauseEnd: number,
  isPeriodToken: (k: number) => boolean,
): { first: number; last: number } | undefined {
  if (tokens[last]?.norm !== "to") return undefined;
  const limit = Math.min(clauseEnd, last + LEVEL_TO_BASE_REACH);
  let seenLevel = false;
  // Words right after the level's digits: its scale and unit ("3.4 trillion naira", "148 pence").
  let unitWords = 0;
  for (let k = last + 1; k < limit; k++) {
    const tok = tokens[k];
    const norm = tok?.norm ?? "";
    // ("raised the cap by 3.1% to 9,535 pounds a year from September 2025": a dated month after the level
    // is when it applies, not a base.)
    if (norm === "from")
      return seenLevel && !datedMonthAt(tokens, k + 1)
        ? baseOf(tokens, k, clauseEnd, isPeriodToken, true)
        : undefined;
    if (tok?.kind === "num") {
      seenLevel = true;
      unitWords = 0;
      continue;
    }
    if (tok?.kind !== "word") unitWords = 0;
    // ("ended Sept. 30": an abbreviation's point before a day.)
    if (norm === "." && tokens[k + 1]?.kind === "num") continue;
    // ("rose 18% to 612 million reais ($113 million) from a year earlier": past the level's conversion.)
    if (norm === "(" && seenLevel) {
      const after = pastParentheses(tokens, k);
      if (tokens.slice(k + 1, after - 1).some((x) => x.kind === "num")) {
        k = after - 1;
        continue;
      }
    }
    if (tok?.kind === "sym" || norm === "," || isPeriodToken(k) || LEVEL_TO_BASE_WORDS.has(norm)) continue;
    // Only the level, its unit and its period may stand between: "as competition from Gulf carriers",
    // "wiping $520 million from its market value" name no base.
    const chained = tokens[k - 1]?.kind === "num" || (unitWords > 0 && unitWords < 3);
    if (chained && tok?.kind === "word" && tok.text === norm) {
      unitWords++;
      continue;
    }
    // ("to Rs 8,963 crore": a currency's letters before the digits.)
    if (tok?.kind === "word" && tokens[k + 1]?.kind === "num") continue;
    return undefined;
  }
  return undefined;
}

/** Words a level reached and its period may hold before "from": "to about $1.5 billion in the quarter". */
const LEVEL_TO_BASE_WORDS = new Set([
  "in",
  "during",
  "for",
  "the",
  "at",
  "a",
  "an",
  "about",
  "around",
  "nearly",
  "some",
  "roughly",
  "or",
  "per",
]);
