/**
 * "Orders climbed to 4.4 billion pounds from 3.9 billion a year earlier", "revenue of 9.1 billion euros,
 * above the 8.7 billion forecast", "output rose to 450 million bushels from 410 million": a bare number
 * that a few linking words tie to the money or quantity before it in its sentence is in the same currency
 * or unit. Linear in the figures: each pair of neighbours is read once.
 */
import { asWritten } from "./amounts.ts";
import { ADDING_VERBS, COUNTED_NOUNS, POINT_UNITS } from "./data/units.ts";
import type { Figure } from "./types.ts";

/** Units of a move that are no units of the level it reached: "fell 500 points to 33,000", "4 ticks to 96.38". */
const MOVES: ReadonlySet<string> = new Set([...POINT_UNITS, "ticks", "tick", "pips", "pip"]);

/** Plural nouns of things counted: no money is elided after them; nor after a verb that adds things. */
const COUNTED: ReadonlySet<string> = new Set([...COUNTED_NOUNS, ...ADDING_VERBS]);

/** Words that may stand between the two figures: "from", "than", "above the", ", up from", "rising to as much as". */
const LINKS = new Set([
  "from",
  "to",
  "than",
  "versus",
  "vs",
  "vs.",
  "against",
  "compared",
  "with",
  "the",
  "a",
  "an",
  "up",
  "down",
  "above",
  "below",
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "some",
  "as",
  "much",
  "high",
  "low",
  "rising",
  "falling",
  // "compared with fewer than 80".
  "fewer",
  "more",
  "less",
  // "down from a record 53 in 2022", "from a peak of 41,000".
  "record",
  "peak",
  "previous",
  // "up from a projected 421 million", "against an estimated 2,000": what the level was said to be.
  "projected",
  "estimated",
  "expected",
  "forecast",
  "planned",
  "targeted",
  "budgeted",
  "revised",
  // "beating forecasts of 1.6 million", "followed by Germany with 800,000".
  "beating",
  "missing",
  "forecasts",
  "estimates",
  "expectations",
  "of",
  "followed",
  "by",
  "while",
  "whereas",
  "and",
  "but",
  // "12,000 workers, including 3,000 in France", "4,870 homes, of which 1,320": a part of the whole.
  "including",
  "which",
  // "412 patients were admitted, of whom 27 were in intensive care".
  "whom",
  "excluding",
  // "AXA at 450 million and Generali at 300 million": an item of a gapped list.
  "at",
  // "4.6 million vehicles, short of its initial target of 5.5 million", "bringing its total to 84.7
  // million": a target or a total of the same thing.
  "short",
  "its",
  "their",
  "initial",
  "target",
  "goal",
  "bringing",
  "taking",
  "total",
  "well",
  "just",
  // "held 61,240 inmates against a capacity of 26,837", "more than double its authorised capacity of
  // 2,400": what the place was built to hold, in the same unit.
  "capacity",
  "official",
  "authorised",
  "authorized",
  // "less than half the 4.6 billion it delivered at the peak", "twice the 2 million".
  "half",
  "twice",
  "double",
]);
/** Scale words of bare numbers in news: "3.9 billion", "3.8bn", "7,000 crore". */
const SCALE = "(?:thousand|million|billion|trillion|bn|mn|m|crore|lakh)";
/** A scale word after digits: "$273 million", "Rs 5 crore", "US$214-million". */
export const SCALED = new RegExp(`\\d[\\s-]*${SCALE}\\b`, "i");
/** The most linking words between the two figures: ", down from a peak of more than". */
const LINK_REACH = 7;
/** A bare number: digits and an optional scale word, nothing else ("3.9 billion", "410 million", "12,000"). */
const BARE_NUMBER = new RegExp(`^[\\d.,]+(?:[ \\u00a0\\u2009\\u202f]\\d{3})*(?:\\s*${SCALE})?$`, "i");

/** Gives bare numbers the currency or unit of the figure they are compared with, in place. */
export function readElidedUnits(text: string, figures: Figure[]): void {
  millionsBesideUnits(text, figures);
  millionsNotMetres(text, figures);
  fromBareToUnit(text, figures);
  countGoesOnNextSentence(text, figures);
  for (let k = 1; k < figures.length; k++) {
    const figure = figures[k];
    const next = figures[k - 1];
    if (!figure || !next || figure.kind !== "NUMBER" || figure.unit !== undefined) continue;
    // "1.40 crore passengers in May, up 1.9% from 1.38 crore": past the change that restates the level.
    const before = restatedBefore(text, figures, k) ?? next;
    if (before.sentence.start !== figure.sentence.start || !BARE_NUMBER.test(figure.text)) continue;
    if (before.kind !== "MONEY" && before.kind !== "QUANTITY") continue;
    // The earlier figure's own period is no link: "3,420 schools this year, up from 2,980".
    // ("88 rhinos were poached, up from 78": the passive that completes the level's clause.)
    let between = text
      .slice(before === next ? before.end : next.end, figure.start)
      .replace(PASSIVE_AFTER_LEVEL, "");
    const period = before === next ? before.period : undefined;
    if (period && period.start >= before.end && period.end <= figure.start) {
      const lead = text
        .slice(before.end, period.start)
        .replace(PASSIVE_AFTER_LEVEL, "")
        .replace(/\b(?:in|on|at|for|during|by|over)(?:\s+the)?\s*$/, "");
      // ("in the first nine months of the year, compared with": the period's own tail.)
      const tail = text.slice(period.end, figure.start).replace(/^\s*of the (?:year|quarter)\b/, "");
      between = `${lead} ${tail}`;
    }
    // ("arrived over the 12 months, while 602,000 left": a span of time the level was counted over.)
    between = between.replace(COUNTED_SPAN, " ");
    const verb = wordBefore(text, before.start);
    const after = text.slice(figure.end, figure.end + 24);
    // ("62 elephants died during the period, 19 of them from electrocution": a part of the count before,
    // whatever its clause says between.)
    const part = PART_AFTER.test(after) && before === next && /,\s*$/.test(between);
    const closeBy = (/^\s*,\s*$/.test(between) && COMPARED_AFTER.test(after)) || part;
    if (
      !linked(between, verb) &&
      !closeBy &&
      !COMPARED_NOUN_OF.test(between) &&
      !COMPARED_AFTER_PREDICATE.test(between) &&
      !PART_AFTER_PREDICATE.test(between)
    )
      continue;
    // ("on 31 points from 12 matches, ahead of Manchester City on 27": not the count a standing is out of.)
    if (/\bfrom\s+$/.test(text.slice(Math.max(0, before.start - 8), before.start)) && RIVALS.test(between))
      continue;
    // "29 homers and 98 RBIs", "628,000 chickens and 420 dairy cattle": a noun of its own after the number.
    if (OWN_NOUN.test(after) && !COMPARED_AFTER.test(after) && !PART_AFTER.test(after)) continue;
    // ("Fourteen workers, including nine women, were killed and 21 others injured": others of the whole,
    // not of the part.)
    if (
      OTHERS_AFTER.test(after) &&
      /\bincluding\s+$/.test(text.slice(Math.max(0, before.start - 12), before.start))
    )
      continue;
    // "4.4 billion pounds from 3.9 billion", "52,000 people, about 12,000": both scaled or neither.
    if (SCALED.test(before.text) !== SCALED.test(figure.text)) continue;
    // ("revenue of $US3.45 billion, up 27 per cent, and total orders of 845 million", "costs about €95,000
    // and the company plans to add 12 more": a count.)
    if (before.kind === "MONEY" && between.split(/[\s,]+/).some((word) => COUNTED.has(word))) continue;
    takeUnitOf(figure, before);
  }
}

/**
 * "Last year I sold 64 pianos. This year, so far, I have sold 27.": a bare number that the same verb
 * takes in the sentence right after a count counts the same things, as does a part of it ("Only 12 of
 * them").
 */
function countGoesOnNextSentence(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const figure = figures[k];
    const before = figures[k - 1];
    if (!figure || !before || figure.kind !== "NUMBER" || figure.unit !== undefined) continue;
    if (before.kind !== "QUANTITY" || !before.unit || MOVES.has(before.unit)) continue;
    if (!BARE_NUMBER.test(figure.text)) continue;
    // The sentence right after the count's, nothing between but a closing quote.
    const gap = text.slice(before.sentence.end, figure.sentence.start);
    if (before.sentence.end > figure.sentence.start || !/^["”\s]*$/.test(gap)) continue;
    // ("The city has about 40 laundromats. Only 12 of them are open at night.": a part of the count before.)
    const after = text.slice(figure.end, figure.end + 24);
    if (!PART_AFTER.test(after)) {
      if (SCALED.test(before.text) !== SCALED.test(figure.text)) continue;
      const verb = wordBefore(text, figure.start);
      if (!verb || LINKS.has(verb) || verb !== wordBefore(text, before.start)) continue;
      if (OWN_NOUN.test(after)) continue;
    }
    takeUnitOf(figure, before);
  }
}

/** Gives the bare number `figure` the currency or unit of `other` (no move's points: "fell 500 points"). */
function takeUnitOf(figure: Figure, other: Figure): void {
  if (other.kind === "MONEY" && other.currency) {
    figure.kind = "MONEY";
    figure.currency = other.currency;
  } else if (other.kind === "QUANTITY" && other.unit && !MOVES.has(other.unit)) {
    figure.kind = "QUANTITY";
    figure.unit = other.unit;
  }
}

/** Digits with "m" glued on: "6.1m". */
const GLUED_M = /^[\d.,]+m$/;
/** A figure written in millions: "7.4 million", "£3.2m", "12mn". */
const IN_MILLIONS = /\d\s*(?:million|m|mn)\b/i;

/**
 * "rose to 7.4 million by October 31, up from 6.1m a year earlier": an "m" glued to a number compared with
 * a figure in millions is millions, not metres (the loop after gives it the figure's unit).
 */
function millionsNotMetres(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const figure = figures[k];
    const before = figures[k - 1];
    if (!figure || !before || figure.kind !== "QUANTITY" || figure.unit !== "m" || !GLUED_M.test(figure.text))
      continue;
    if (
      before.sentence.start !== figure.sentence.start ||
      before.unit === "m" ||
      !IN_MILLIONS.test(before.text)
    )
      continue;
    const between = text.slice(
      before.period && before.period.start >= before.end ? before.period.end : before.end,
      figure.start,
    );
    if (!linked(between, wordBefore(text, before.start))) continue;
    figure.kind = "NUMBER";
    figure.value = asWritten(figure.value * 1e6);
    delete figure.unit;
  }
}

/** A span of time a count is made over: "over the 12 months", "in the past six weeks". */
const COUNTED_SPAN =
  /\b(?:over|in|during|for)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:\d+|two|three|four|five|six|nine|twelve)\s+(?:months|years|weeks|days)\b/g;

/** A passive right after a level: "88 rhinos were poached, up from 78", "41,000 homes to be completed". */
const PASSIVE_AFTER_LEVEL =
  /^\s+(?:was|were|is|are|has been|have been|had been|to be)\s+[a-z]+(?:ed|en|wn)\b/;

/** A word after a number that is no preposition, period or clause word names what it counts. */
const OWN_NOUN =
  /^\s+(?!(?:in|on|at|for|from|to|by|a|an|the|this|last|next|over|during|since|compared|while|and|or|but|as|than|now|today|then|each|per|respectively|earlier|ago|before|later|previously|so|under|are|is|were|was|have|has|had|will|would|could|average|forecast|estimate|expected|t|that|who|which|remain|remains|remained|stayed|died|fled|left|came|went|arrived|departed|returned|emigrated|recorded|reported|registered|seen|posted|counted|logged|projected|planned|targeted|budgeted|estimated|predicted|promised|pledged|sought|allocated|approved|others|more|it|they|we|he|she)\b)["“\p{L}]/u;

/** "injured 318 others": more of what the figure before counts. */
const OTHERS_AFTER = /^\s+others\b/;

/** "812 stores in June, 40 fewer than a year earlier": a bare number compared right after it. */
const COMPARED_AFTER = /^\s+(?:fewer|more|less)\b/;

/** "1,023 people were injured, 312 of them seriously": a part of the count before. */
const PART_AFTER = /^\s+of\s+(?:them|those|these|whom)\b/;

/**
 * "996,000 candidates are sitting the exam, up from 965,501", "214 camps open today, down from 390": a
 * short predicate of the level, then the level it came from.
 */
const COMPARED_AFTER_PREDICATE =
  /^[^\d,;:()]{0,64},\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus)\s+(?:(?:a|an|the|about|around|nearly|some|roughly|almost)\s+)?$/;

/**
 * "4,300 homes had suffered damage, of which about 600 would need to be rebuilt": a short predicate of the
 * count, then a part of it.
 */
const PART_AFTER_PREDICATE =
  /^[^\d,;:()]{0,64},\s+of\s+(?:which|whom)\s+(?:(?:about|around|nearly|some|roughly|almost|only|just)\s+)?$/;

/**
 * What the level before is set against, named with its noun: "38 million eggs a day against domestic
 * consumption of 32 million", ", compared with demand of 15 million".
 */
const COMPARED_NOUN_OF =
  /^\s*,?\s*(?:against|compared\s+(?:with|to)|versus)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){1,3}of\s+(?:(?:about|around|nearly|some|roughly|almost)\s+)?$/;

/** A rival ranked beside the figure before: "ahead of", "behind". */
const RIVALS = /\b(?:ahead|behind)\b/;

/** Words of a list or a parallel clause, after which names may stand: ", followed by Germany with", "ahead of Toyota with". */
const LISTING = new Set(["followed", "while", "whereas", "and", "but", "ahead", "behind"]);

/**
 * Only commas and linking words, a few of them: "from", ", above the", ", rising to as much as"; names and
 * words of their own only in a list or a parallel clause: ", followed by Germany with", ", while Deezer
 * counted", ", while the Liberals secured", ", while her rival reported outlays of".
 */
function linked(between: string, verb: string): boolean {
  const words = between.replace(/,/g, " ").trim().split(/\s+/).filter(Boolean);
  const listing = words.some((word) => LISTING.has(word)) || GAPPED_ITEM.test(between);
  if (words.length === 0 || words.length > (listing ? PARALLEL_REACH : LINK_REACH)) return false;
  // "the 47 prefectures at 0.96": a rate of what was counted, unless a list repeats the link.
  if (words[0] === "at" && !listing) return false;
  return words.every(
    (word) =>
      LINKS.has(word.toLowerCase()) ||
      (listing && (/^\p{Lu}/u.test(word) || word === "&")) ||
      (listing && word === verb && verb !== "") ||
      (listing && /^[a-z]+(?:['’]s)?$/.test(word) && !STOPS_PARALLEL.has(word)),
  );
}

/**
 * A gapped item after a comma: "estimated its losses at 600 million euros, AXA at 450 million", "sold
 * 8,400 units, MG Motor India 6,050", "12,400 cars, with Dacia 3,100", "8,120, BYD on 7,903", "28,400 units,
 * Bajaj with 26,100", "34 seats, the Greens 16 and ACT 9".
 */
const GAPPED_ITEM =
  /^\s*(?:,|,?\s+and)\s*(?:with\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?:(?:at|on|with)\s*)?$/u;

/** The most words of a parallel clause between the two figures: ", while her rival reported outlays of". */
const PARALLEL_REACH = 8;

/** Words that make what follows no parallel count: a rate, a share, a move or a time ("per", "percent"). */
const STOPS_PARALLEL = new Set([
  "per",
  "percent",
  "points",
  "point",
  "times",
  "years",
  "months",
  "days",
  "aged",
  // "6.8 million tonnes, while passenger numbers reached 2.9 million": a count of its own.
  "numbers",
  "number",
]);

/** The lower-case word right before `at` in the text: "counted" in "counted 640 million". */
function wordBefore(text: string, at: number): string {
  const match = /([a-z]+)\s+$/.exec(text.slice(Math.max(0, at - 24), at));
  return match?.[1] ?? "";
}

/** "5.6m", read as metres for want of a noun. */
const BARE_M = /^[\d.,]+\s*m$/i;
/** "4m tonnes": millions with a unit noun. */
const MILLIONS_OF_UNIT = /^[\d.,]+\s*m\s+\p{L}/iu;
/** What may join a bare "Nm" to the "Nm tonnes" beside it: "and", "to", "-", "from", "down from". */
const MILLION_LINK = /^\s*(?:and|to|or|-|–|,?\s*(?:up|down)?\s*from(?: about| around)?)\s*$/i;

/**
 * "between 4.5m and 5m tonnes", "to 4m tonnes, down from 5.6m in 2023": a bare "Nm" beside millions of a
 * unit ("4m tonnes") is millions of that unit, not metres.
 */
function millionsBesideUnits(text: string, figures: Figure[]): void {
  figures.forEach((figure, k) => {
    if (figure.kind !== "QUANTITY" || figure.unit !== "m" || !BARE_M.test(figure.text)) return;
    const next = figures[k + 1];
    const before = figures[k - 1];
    const beside =
      next && MILLIONS_OF_UNIT.test(next.text) && MILLION_LINK.test(text.slice(figure.end, next.start))
        ? next
        : before &&
            MILLIONS_OF_UNIT.test(before.text) &&
            MILLION_LINK.test(text.slice(before.end, figure.start))
          ? before
          : undefined;
    if (!beside?.unit || beside.sentence.start !== figure.sentence.start) return;
    figure.value *= 1e6;
    figure.unit = beside.unit;
  });
}

/** What stands between a level and the change after it: ", up", " in May, down", ", a rise of". */
const RESTATING =
  /^(?:\s+[^,;:()]{0,60}?)?\s*,\s*(?:(?:still|now|just|only)\s+)?(?:up|down|a rise of|an increase of|a fall of|a drop of)?\s*(?:about|around|nearly|some|almost|roughly)?\s*$/u;

/**
 * The money or quantity two figures back, when the figure between is its change after a comma: "1.40
 * crore passengers in May, up 1.9% from 1.38 crore", "1,427 fatalities, 15.4% fewer than the 1,686".
 */
function restatedBefore(text: string, figures: readonly Figure[], k: number): Figure | undefined {
  const change = figures[k - 1];
  const level = figures[k - 2];
  if (!change || !level || change.kind !== "PERCENT" || !change.change) return undefined;
  if (level.kind !== "MONEY" && level.kind !== "QUANTITY") return undefined;
  return RESTATING.test(text.slice(level.end, change.start)) ? level : undefined;
}

/** "from" right before a figure; " to " alone between it and the next. */
const FROM_BEFORE = /\bfrom\s+$/;
const TO_BETWEEN = /^\s+to\s+$/;

/**
 * "cut her flock from 5,000 to 1,800 birds": a bare number after "from" that only "to" parts from a count
 * or an amount is in its unit or currency.
 */
function fromBareToUnit(text: string, figures: Figure[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const figure = figures[k];
    const after = figures[k + 1];
    if (!figure || !after || figure.kind !== "NUMBER" || figure.unit !== undefined) continue;
    if (after.kind !== "QUANTITY" && after.kind !== "MONEY") continue;
    if (!BARE_NUMBER.test(figure.text) || SCALED.test(figure.text) !== SCALED.test(after.text)) continue;
    if (!TO_BETWEEN.test(text.slice(figure.end, after.start))) continue;
    if (!FROM_BEFORE.test(text.slice(Math.max(0, figure.start - 8), figure.start))) continue;
    takeUnitOf(figure, after);
  }
}
