/**
 * The denominator of a price or a rate written right after an amount of money: "$60 a tonne", "Rs 2,438
 * per quintal", "£12.71 an hour", "HK$1,200 per square foot per month", "N1,450 to the dollar", "94.6
 * cents on the dollar". The amount's span stays the amount; the denominator is the figure's `unit`.
 */
import { DETERMINERS, FUNCTION_WORDS } from "./data/number-neighbours.ts";
import {
  DATING_WORDS,
  ORE_STATE_WORDS,
  PRICE_DENOMINATORS,
  QUOTED_AGAINST,
  RATE_WORDS,
  SLASH_DENOMINATORS,
} from "./data/units.ts";
import { SCALED } from "./elided-units.ts";
import { MEASURE_UNIT, TIME_UNIT } from "./lexicon.ts";
import { isCapitalized, matcherOf } from "./phrases.ts";
import { DASHES } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure } from "./types.ts";

const DENOMINATOR = new Set(PRICE_DENOMINATORS);
const AGAINST = new Set(QUOTED_AGAINST);
const DATING = new Set(DATING_WORDS);
const SLASH = new Set(SLASH_DENOMINATORS);
const RATE = matcherOf(RATE_WORDS);
/** Words between "per" and its noun: "per square foot", "per metric ton", "per troy ounce". */
const MEASURE_MODIFIERS = new Set(["square", "cubic", "metric", "troy", "short", "long"]);
const ORE_STATES = new Set(ORE_STATE_WORDS);
/** Words that link an amount to the currency it is quoted against. */
const AGAINST_LINKS = new Set(["to", "on", "against", "per"]);
/** "per cent" is a percentage, whatever comes before it. */
const NOT_PER = new Set(["cent", "centum"]);
/** Rates one amount may carry, at most: "per square foot per month". */
const MAX_RATES = 2;

/** The denominator's words after the amount ending at token `j`, as written, and their end; or undefined. */
export function priceDenominatorAt(
  t: readonly Token[],
  j: number,
): { text: string; end: number } | undefined {
  const parts: string[] = [];
  let k = j;
  while (parts.length < MAX_RATES) {
    // ("820 pence in cash per share", "$14.25 in cash for each share": past the form of payment.)
    const paid = t[k]?.norm === "in" && PAYMENT_FORMS.has(t[k + 1]?.norm ?? "") ? k + 2 : k;
    const end =
      paid > k
        ? (perNounAt(t, paid) ?? eachNounAt(t, paid))
        : (quotedAgainstAt(t, k) ?? perNounAt(t, k) ?? eachNounAt(t, k) ?? slashAt(t, k) ?? rateAt(t, k));
    if (end === undefined) break;
    k = paid;
    parts.push(
      t
        .slice(k, end)
        .map((tok, i) => (i > 0 && tok.spaceBefore ? ` ${tok.text}` : tok.text))
        .join(""),
    );
    k = end;
  }
  return parts.length > 0 ? { text: parts.join(" "), end: k } : undefined;
}

/**
 * "$71/MWh", "N116.38/kWh", "N1,452.30/$1", "R17.32/$": a slash glued between an amount and a measure's
 * unit or another currency; the end of the phrase, or undefined.
 */
function slashAt(t: readonly Token[], k: number): number | undefined {
  const next = t[k + 1];
  if (t[k]?.norm !== "/" || t[k]?.spaceBefore || !next || next.spaceBefore) return undefined;
  if (next.kind === "sym" && next.norm !== "%") {
    const one = t[k + 2];
    return one?.norm === "1" && !one.spaceBefore ? k + 3 : k + 2;
  }
  if (next.kind !== "word") return undefined;
  // ("R34,800/m²": a square or a cube glued to the unit is the unit's.)
  const power = ["²", "³"].includes(t[k + 2]?.text ?? "") && !t[k + 2]?.spaceBefore ? 1 : 0;
  return DENOMINATOR.has(next.norm) || MEASURE_UNIT.has(next.norm) || SLASH.has(next.norm)
    ? k + 2 + power
    : undefined;
}

/** "to the dollar", "on the U.S. dollar", "per euro": the end of the phrase, or undefined. */
export function quotedAgainstAt(t: readonly Token[], k: number): number | undefined {
  if (!AGAINST_LINKS.has(t[k]?.norm ?? "")) return undefined;
  let c = t[k + 1]?.norm === "the" ? k + 2 : k + 1;
  if (["u.s.", "us"].includes(t[c]?.norm ?? "")) c++;
  // ("against the Singapore dollar": a country's name before the currency.)
  else if (isCapitalized(t[c]) && t[c]?.text !== t[c]?.norm && AGAINST.has(t[c + 1]?.text ?? "")) c++;
  return AGAINST.has(t[c]?.norm ?? "") ? c + 1 : undefined;
}

/** A time or person rate: "a year", "an hour", "per capita"; not "a year earlier". */
function rateAt(t: readonly Token[], k: number): number | undefined {
  // "98.4 million new units at S$1.22 each", "a par value of SR10 each" (not "$10 each year").
  if (t[k]?.norm === "each" && (t[k + 1]?.kind !== "word" || EACH_FOLLOWERS.has(t[k + 1]?.norm ?? "")))
    return k + 1;
  const found = RATE.forward(t, k);
  return found && (!DATING.has(t[found.end]?.norm ?? "") || deducted(t, found.end)) ? found.end : undefined;
}

/** Forms of payment written between a price and its denominator: "in cash per share". */
const PAYMENT_FORMS = new Set(["cash", "stock"]);

/** "for each share", "for every share": the end of the phrase, or undefined. */
function eachNounAt(t: readonly Token[], k: number): number | undefined {
  if (t[k]?.norm !== "for" || !["each", "every"].includes(t[k + 1]?.norm ?? "")) return undefined;
  return DENOMINATOR.has(t[k + 2]?.norm ?? "") ? k + 3 : undefined;
}

/** Words after "each" that leave it the price's denominator: "at Sh10 each and", "SR10 each to". */
const EACH_FOLLOWERS = new Set([
  "and",
  "or",
  "to",
  "in",
  "for",
  "from",
  "with",
  "on",
  "at",
  "by",
  "but",
  "while",
]);

/** Tokens a measure after "per" may run over to its unit, at most. */
const MEASURE_WORDS = 6;

/** The end of words from `c` that close with a measure's unit ("sq ft", "revenue passenger kilometre"). */
function measureEnd(t: readonly Token[], c: number): number | undefined {
  let found: number | undefined;
  for (let e = c; e < c + MEASURE_WORDS; e++) {
    const tok = t[e];
    // ("per forty-foot equivalent unit": a dash inside a word.)
    if (tok && DASHES.has(tok.norm) && !tok.spaceBefore && !t[e + 1]?.spaceBefore) continue;
    if (tok?.kind !== "word" || FUNCTION_WORDS.has(tok.norm) || DATING.has(tok.norm)) break;
    if (MEASURE_UNIT.has(tok.norm) || DENOMINATOR.has(tok.norm) || tok.norm === "hour") found = e + 1;
  }
  return found;
}

/** "a tonne", "per barrel", "per square foot", "a megawatt-hour": the end of the phrase, or undefined. */
function perNounAt(t: readonly Token[], k: number): number | undefined {
  const lead = t[k]?.norm ?? "";
  if (lead !== "per" && lead !== "a" && lead !== "an") return undefined;
  let c = k + 1;
  // ("$68 a dry metric ton", "a wet tonne": the state an ore is weighed in.)
  if (ORE_STATES.has(t[c]?.norm ?? "") && t[c + 1]?.kind === "word") c++;
  // ("per square foot", "$545 a metric ton": the measure's modifier.)
  // ("per square-metre": the modifier glued on by a dash.)
  if (MEASURE_MODIFIERS.has(t[c]?.norm ?? ""))
    c +=
      DASHES.has(t[c + 1]?.norm ?? "") && !t[c + 1]?.spaceBefore && t[c + 2]?.spaceBefore === false ? 2 : 1;
  // "Rs 355 per 50-kg bag": a measure glued to its number by a dash, then what it measures.
  const glued =
    lead === "per" &&
    t[c]?.kind === "num" &&
    DASHES.has(t[c + 1]?.norm ?? "") &&
    !t[c + 1]?.spaceBefore &&
    t[c + 2]?.kind === "word" &&
    !t[c + 2]?.spaceBefore &&
    t[c + 3]?.kind === "word" &&
    /^\p{Ll}+$/u.test(t[c + 3]?.text ?? "");
  if (glued) return c + 4;
  // "2,940 rupees per 100 kg", "per 1,000 litres": a measure counted after "per".
  const counted = t[c + 1]?.norm ?? "";
  const measured =
    MEASURE_UNIT.has(counted) || DENOMINATOR.has(counted) || DENOMINATOR.has(counted.replace(/s$/, ""));
  if (lead === "per" && t[c]?.kind === "num" && t[c + 1]?.kind === "word" && measured) return c + 2;
  const noun = t[c];
  if (noun?.kind !== "word") return undefined;
  // "a megawatt-hour", "per kilowatt-hour": a dash joins the noun's parts.
  let end = c + 1;
  if (
    DASHES.has(t[end]?.norm ?? "") &&
    !t[end]?.spaceBefore &&
    t[end + 1]?.kind === "word" &&
    !t[end + 1]?.spaceBefore
  )
    end += 2;
  // "per revenue passenger kilometre", "per sq ft", "per million British thermal units": words that
  // end in a measure's unit.
  if (lead === "per") end = measureEnd(t, c) ?? end;
  const word = t
    .slice(c, end)
    .map((tok) => tok.norm)
    .join("");
  // "a year earlier", "a month ago": a date, not a rate (not "R3,540 a tonne after the data", nor "Sh1,850 a
  // day after commission", "$21.44 an hour before tips": what is taken off a pay before or after it).
  if (DATING.has(t[end]?.norm ?? "") && TIME_UNIT.has(noun.norm) && !deducted(t, end)) return undefined;
  if (lead !== "per") {
    if (DENOMINATOR.has(word)) return end;
    // "$84 a megawatt hour": the dashed noun written as two words.
    const spaced = `${noun.norm}-${t[c + 1]?.norm ?? ""}`;
    return end === c + 1 && DENOMINATOR.has(spaced) && !DATING.has(t[c + 2]?.norm ?? "") ? c + 2 : undefined;
  }
  const plain = /^\p{L}[\p{L}-]*$/u.test(noun.norm);
  return plain && !NOT_PER.has(noun.norm) && !DETERMINERS.has(noun.norm) && !FUNCTION_WORDS.has(noun.norm)
    ? end
    : undefined;
}

/** "after commission", "before tips and fuel": a bare lower-case noun after "after" or "before" at `k`. */
function deducted(t: readonly Token[], k: number): boolean {
  const link = t[k]?.norm;
  const next = t[k + 1];
  return (
    (link === "after" || link === "before") &&
    next?.kind === "word" &&
    next.text === next.norm &&
    !FUNCTION_WORDS.has(next.norm) &&
    !DETERMINERS.has(next.norm) &&
    !/ing$/.test(next.norm)
  );
}

/** Words between two prices of one thing: "to $72.10 a barrel from $70", "rose 45 cents to $72.10 a barrel". */
const PRICE_LINK =
  /^\s*(?:and|,?\s*(?:(?:up|down|rising|falling)\s+)?(?:from|to|compared (?:with|to)|against|versus|vs\.?)?)\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:average|rate|price|level)\s+of\s*)?(?:about|around|roughly|nearly|almost|some|just|as (?:much|little) as|more than|less than|over|under)?\s*$/i;

/**
 * Words between the prices of two things quoted alike, or of one thing again: "$1,640 an ounce, while
 * palladium was at $1,185", "and rhodium at $7,900", "and was trading at $51.80", ", while super petrol increased
 * by Sh1.85".
 */
const PARALLEL_PRICE_LINK =
  /^\s*,?\s*(?:while|whereas|and|but)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:(?:was|were|is|are)\s+)?(?:trading|traded|closed|stood|ended|settled|priced)?\s*at|(?:rose|fell|increased|decreased|climbed|dropped|gained|lost|jumped|slipped|eased)(?:\s+by)?)\s*$/iu;

/**
 * A thing priced after another with its verb left out or a copula: "Sh1,100 a month and the mobile plan
 * Sh300", "R225 a month, while the mobile plan is R49".
 */
const GAPPED_PRICE_LINK =
  /^\s*,?\s*(?:while|whereas|and|but)\s+(?:the|its|their)\s+((?:[a-z'’-]+\s+){1,3}?)(?:(?:costs?|is|are|was|were)\s+)?$/;

/** "and the mobile plan Sh300": the words of the other thing are a plain noun phrase, no verb of theirs. */
function gappedPrice(between: string): boolean {
  const words = GAPPED_PRICE_LINK.exec(between)?.[1]?.trim().split(/\s+/);
  return words?.every((w) => !/ed$/.test(w) && !PAST_FORMS.has(w)) === true;
}

/** Irregular past forms a gapped price's noun phrase cannot hold: "while the family gave". */
const PAST_FORMS = new Set([
  "bought",
  "gave",
  "paid",
  "sold",
  "spent",
  "made",
  "got",
  "took",
  "won",
  "lost",
  "fell",
  "rose",
]);

/** A day named after "on": "on Wednesday". */
const ON_WEEKDAY = /\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A preposition left opening the words between once its period is out: "on" before "to" or "from". */
const OPENING_PREPOSITION = /^\s*(?:in|on|at|for|during)\s*(?:the\s*)?(?=\s(?:to|from)\b)/;
/** A preposition left dangling once its period is out, before a comma or the end. */
const DANGLING_AT_END = /\b(?:in|on|at|for|during)\s*(?:the\s*)?(?=,|\s*$)/;
/** A preposition left dangling before a comma or the clause joined after. */
const DANGLING_BEFORE_JOIN = /\b(?:in|on|at|for|during)\s*(?:the\s*)?(?=,|\s+(?:and|while|whereas|but)\b)/;
/** What a price's unit is of, right after it: " of raw milk", " of cane" (lower-case words). */
const UNIT_COMPLEMENT =
  /^\s+of(?:\s+[a-z][a-z-]*){1,4}(?=\s*,|\s+(?:from|in|on|at|for|during|up|down|compared|against)\b)/;
/** Where a price is paid, right after it and before a comma: " in Lagos,", " in New Delhi,". */
const PLACE_BEFORE_COMMA = /^\s*in\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}(?=,)/u;

/**
 * A short phrase a preposition or a participle opens before a comparison: " in the latest tender, down
 * from", " including cost and freight (C&F), down from", " delivered to Kwinana this week, down from".
 */
const PHRASE_BEFORE_COMPARISON =
  /^\s*(?:in|at|on|during|over|for|including|excluding|delivered|landed|shipped)\s+[^,;\d]{1,48}(?=,\s*(?:(?:up|down|rising|falling)\s+from|compared|against|versus)\b)/i;

/** A "from" left before a comma once its date is out: " from , up from". */
const DANGLING_FROM = /^\s*from\s*(?=,)/;

/** Words of a share's or an index's price, which prices nothing alike. */
const SHARE_WORDS = /\b(?:shares?|stocks?|index)\b/i;

/**
 * "Brent rose 45 cents to $72.10 a barrel", "$66 per barrel, up from $60": prices compared in one breath
 * share the denominator one of them writes (same currency, the words between only link them).
 */
export function shareDenominators(text: string, figures: readonly Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    // ("about 171 reais ($31) per tonne of cane, down from around 184 reais": past a conversion in
    // parentheses, the price it converts.)
    const converted = figures[k - 2];
    const conversion =
      converted !== undefined &&
      figures[k - 1]?.currency !== figures[k]?.currency &&
      /^\s*\($/.test(text.slice(converted.end, figures[k - 1]?.start ?? converted.end));
    const a = conversion ? converted : figures[k - 1];
    const b = figures[k];
    if (!a || !b || a.kind !== "MONEY" || b.kind !== "MONEY" || a.currency !== b.currency) continue;
    if (a.sentence.start !== b.sentence.start || Boolean(a.unit) === Boolean(b.unit)) continue;
    // ("$67.20 a barrel this year, compared with $80.50": the first price's period may stand between.)
    let between = text
      .slice(conversion ? (figures[k - 1]?.end ?? a.end) : a.end, b.start)
      .replace(/^\s*\)/, "")
      .replace(a.unit ?? "", "");
    if (a.period && a.period.start >= a.end && a.period.end <= b.start)
      between = between.replace(a.period.text, "");
    // ("fell by Rs4,300 per tola on Wednesday to Rs438,500": the day, dated or not, goes with its "on".)
    between = between.replace(ON_WEEKDAY, "").replace(OPENING_PREPOSITION, "");
    // ("1,050 naira a litre in Lagos, up from 617 naira": where the price is paid goes with it; so does
    // where it was set: "$254.65 per tonne in the latest tender, down from $261.40".)
    if (a.unit) between = between.replace(PLACE_BEFORE_COMMA, "").replace(PHRASE_BEFORE_COMPARISON, "");
    // ("Sh50 per litre of raw milk from February 1, up from Sh45", "171 reais per tonne of cane, down from
    // 184 reais": what the unit is of goes with it, and so does the start the period left behind.)
    if (a.unit) between = between.replace(UNIT_COMPLEMENT, "").replace(DANGLING_FROM, "");
    // ("valued at a combined Sh38.2 billion, an average of Sh180 million each": an average's denominator is
    // no total's.)
    const compared =
      PRICE_LINK.test(between.replace(DANGLING_AT_END, "")) && !(AVERAGE_OF.test(between) && !a.unit);
    // (A thing priced after another takes its denominator, not the other way: "N95,000, up from N60,000
    // last year, while diesel sells at N1,280 per litre"; "Brent rose to $70 a barrel, while the company's
    // shares closed at $5": no share is priced alike.)
    const parallel =
      !compared &&
      Boolean(a.unit) &&
      (PARALLEL_PRICE_LINK.test(between.replace(DANGLING_BEFORE_JOIN, "")) || gappedPrice(between)) &&
      !SHARE_WORDS.test(between);
    if (!compared && !parallel) continue;
    // ("$4.68 per share, compared with $273 million": a total is no price.)
    if (SCALED.test(a.text) !== SCALED.test(b.text)) continue;
    if (a.unit) b.unit = a.unit;
    else a.unit = b.unit;
  }
  // "fell 84 cents, or 1.3%, to $61.72 a barrel": past the percentage that restates the change.
  for (let k = 2; k < figures.length; k++) {
    const a = figures[k - 2];
    const mid = figures[k - 1];
    const b = figures[k];
    if (!a || !mid || !b || a.kind !== "MONEY" || b.kind !== "MONEY" || mid.kind !== "PERCENT") continue;
    if (a.currency !== b.currency || a.unit || !b.unit || a.sentence.start !== b.sentence.start) continue;
    if (!RESTATED_BY.test(text.slice(a.end, mid.start))) continue;
    if (!PRICE_LINK.test(text.slice(mid.end, b.start).replace(/^\s*,/, ""))) continue;
    if (SCALED.test(a.text) !== SCALED.test(b.text)) continue;
    a.unit = b.unit;
  }
}

/** "an average of" between two prices. */
const AVERAGE_OF = /\baverage of\b/i;

/** Words between a change and the percentage that restates it: ", or". */
const RESTATED_BY = /^\s*,\s*or\s*$/;
