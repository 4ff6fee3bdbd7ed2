/** Numbers that are no figures: ordinals, codes, dates, times, phone numbers, addresses, labels, ages, years. */
import { isAge } from "./ages.ts";
import type { Amount } from "./amounts.ts";
import { bareComparativeAt } from "./bare-comparatives.ts";
import { currencyPrefixAt } from "./currency-marks.ts";
import {
  DISPLAY_LINES,
  FINENESS,
  FINENESS_NOUNS,
  FUEL_GRADE_NAMES,
  FUNCTION_WORDS,
  GEM_WORDS,
  GOLD_CONTEXT_WORDS,
  GOLD_PURITIES,
  GRADE_NUMBERS,
  GRADE_WORDS,
  KARAT_METALS,
  LABELS,
  PACK_DETERMINERS,
  PACK_NOUNS,
  SALE_EVENT_WORDS,
  STOCK_EXCHANGES,
  STREET_WORDS,
  TIME_PREPOSITIONS,
} from "./data/number-neighbours.ts";
import {
  ATTACHED_SCALE,
  CHANGE_VERB,
  CURRENCY_WORD,
  isoCode,
  MEASURE_UNIT,
  MONTH,
  PERCENT_WORD,
  QUALIFIER_WORDS,
  SCALE,
  TIME_UNIT,
} from "./lexicon.ts";
import { BULLETS } from "./past-results.ts";
import { periodLabelAt } from "./period-years.ts";
import { isCapitalized } from "./phrases.ts";
import {
  cellGapBefore,
  DASHES,
  isPastForm,
  isYearToken,
  namesCalledLine,
  webDomainPoint,
} from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import { containerUnitAt, isUnitHead, unitAt } from "./unit-nouns.ts";

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

/** Members a named index or group is made of: "the 30-share Sensex", "the 27-nation bloc". */
const MEMBER_WORDS = new Set(["share", "stock", "member", "nation", "country", "company"]);
const GROUP_NOUNS = new Set([
  "index",
  "bloc",
  "group",
  "alliance",
  "benchmark",
  "gauge",
  "eurozone",
  "union",
]);

const SEPARATORS = new Set(["-", "–", ")", "(", "/", "."]);

/**
 * The number at `k` is gold's purity: a carat of 24 or fewer glued to it, or after a dash, no gem after it
 * ("24-carat gold", "an 18-carat ring"; not "a 10-carat diamond"), or a capital K glued to it before
 * "gold" or opening a line ("24K gold", "24K slips to Dh495.75 per gram").
 */
function goldPurity(t: readonly Token[], k: number, gradeAt: number): boolean {
  const grade = t[gradeAt];
  if (!grade || !GOLD_PURITIES.has(t[k]?.norm ?? "")) return false;
  // ("She earns 24K a year": only before "gold", opening a headline, or in a sentence of gold or its
  // grams ("Dh504.25 per gram for 24K", "The 22K variant"), is a K gold's.)
  if (grade.text === "K" && !grade.spaceBefore)
    return t[gradeAt + 1]?.norm === "gold" || t[k]?.lineStart === true || goldSentence(t, k);
  return (grade.norm === "carat" || grade.norm === "carats") && !GEM_WORDS.has(t[gradeAt + 1]?.norm ?? "");
}

/** Tokens looked through each way for a word of gold, within the sentence. */
const GOLD_CONTEXT_REACH = 20;
const SENTENCE_MARKS = new Set([".", "!", "?"]);

/** A word of gold or its weights near token `k`, in its sentence and paragraph. */
function goldSentence(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - GOLD_CONTEXT_REACH); j--) {
    const tok = t[j];
    if (!tok || SENTENCE_MARKS.has(tok.norm)) break;
    if (GOLD_CONTEXT_WORDS.has(tok.norm)) return true;
    // (The paragraph's first token is its own; the walk stops after it.)
    if (tok.paragraphStart) break;
  }
  for (let j = k + 1; j <= k + GOLD_CONTEXT_REACH; j++) {
    const tok = t[j];
    if (!tok || SENTENCE_MARKS.has(tok.norm) || tok.paragraphStart) break;
    if (GOLD_CONTEXT_WORDS.has(tok.norm)) return true;
  }
  return false;
}

/** Words of a product's edition after its model number: "iPhone 17 Pro", "Galaxy S26 Ultra". */
const EDITIONS = new Set(["Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Air", "Fold", "Flip", "Edge"]);

/** Units of a radio frequency, which name a band as often as they measure spectrum. */
const FREQUENCY_UNITS = new Set(["mhz", "ghz", "khz"]);
/** Nouns a frequency names the band of: "the 700MHz band", "the 26, 28 and 38 GHz bands". */
const BAND_WORDS = new Set(["band", "bands"]);
/** Nouns one frequency after "the" names the band of: "The 900MHz fee", "the 3.5GHz auction". */
const BAND_NOUNS = new Set([
  ...["fee", "fees", "auction", "licence", "licences", "license", "licenses", "frequency", "frequencies"],
  ...["range", "allocation", "assignment", "tier"],
]);
/** Tokens a list of frequencies may run over before its noun, at most. */
const FREQUENCY_LIST = 24;

/**
 * "the 700MHz band", "across the 700MHz, 1800MHz and 3.5GHz bands", "The 900MHz fee": frequencies that
 * name bands, not amounts of spectrum ("1,840 MHz of airwaves", "bought 80MHz", "a 100MHz block"). Where
 * the list ends, or 0.
 */
function frequencyBand(t: readonly Token[], k: number): number {
  let units = 0;
  let e = k;
  while (e < k + FREQUENCY_LIST) {
    const tok = t[e];
    if (!tok) return 0;
    if (FREQUENCY_UNITS.has(tok.norm)) units++;
    else if (tok.kind !== "num" && ![",", "and", "or", "&", "."].includes(tok.norm)) break;
    // ("3.5GHz": the point inside a number is the number's.)
    if (tok.norm === "." && t[e + 1]?.spaceBefore !== false) break;
    e++;
  }
  if (units === 0) return 0;
  if (BAND_WORDS.has(t[e]?.norm ?? "")) return e + 1;
  // ("The 900MHz fee", "the 3.5GHz auction": a definite article before one frequency and a noun after it.)
  const definite = ["the", "its", "their"].includes(t[k - 1]?.norm ?? "");
  return definite && units === 1 && BAND_NOUNS.has(t[e]?.norm ?? "") ? e : 0;
}

/** A whole number of karats a gold's purity is written in: 8 to 24. */
const KARAT_NUMBER = /^(?:[89]|1\d|2[0-4])$/;
const KARAT_METAL: ReadonlySet<string> = new Set(KARAT_METALS);

/** Rules that make a number token something other than a figure. Returns where to resume, or 0. */
export function excluded(t: readonly Token[], k: number, amount: Amount, hasCurrency: boolean): number {
  const tok = t[k];
  if (!tok) return k + 1;
  const band = hasCurrency ? 0 : frequencyBand(t, k);
  if (band) return band;
  const prev = t[k - 1];
  const next = t[k + 1];
  const norm = tok.norm;
  // "511mn.org", "the 511 site at 511mn.org": a web address, whatever it spells.
  if (webDomainPoint(t, amount.end)) return amount.end + 2;
  // "Leicester LE19 1WP": a British postcode, though "LE" writes Egyptian pounds.
  if (postcodeAt(t, k)) return k + 3;
  // Ordinals: "1st", "22nd".
  if (next?.kind === "word" && !next.spaceBefore && ORDINAL_SUFFIXES.has(next.norm)) return k + 2;
  // "2,4-D", "1,3-butadiene": a chemical's locants (one digit each side of the comma) glued to its name;
  // not a decimal comma's measure, "4,5-kilogramme cartons".
  if (
    /^\d,\d$/.test(tok.text) &&
    DASHES.has(next?.norm ?? "") &&
    !next?.spaceBefore &&
    t[k + 2]?.kind === "word" &&
    !t[k + 2]?.spaceBefore &&
    !MEASURE_UNIT.has(t[k + 2]?.norm ?? "")
  )
    return k + 3;
  // "95 octane petrol", "91-octane gasoline": a fuel's grade, whatever currency stands near.
  const gradeAt = next && DASHES.has(next.norm) && !next.spaceBefore ? k + 2 : k + 1;
  const grade = t[gradeAt];
  // ("18kt gold" is a purity; "38KT", "9.8 kt" or "INCLUDING 9KT TO CHINA" of graphite are kilotonnes: no gold
  // is finer than 24 karats, and a purity names its metal.)
  const karats =
    grade?.norm !== "kt" || (KARAT_NUMBER.test(tok.text) && KARAT_METAL.has(t[gradeAt + 1]?.norm ?? ""));
  if (amount.end === k + 1 && grade && GRADE_WORDS.has(grade.norm) && karats) return k + 1;
  // ("gasoline 91 at 2.18 riyals", "E-Plus 91 to 2.28 dirhams": a grade after its fuel's name.)
  if (GRADE_NUMBERS.has(tok.text) && FUEL_GRADE_NAMES.has(prev?.norm ?? "") && tok.spaceBefore) return k + 1;
  if (amount.end <= k + 2 && goldPurity(t, k, gradeAt)) return gradeAt + 1;
  if (amount.end === k + 1 && FINENESS.has(tok.text) && FINENESS_NOUNS.has(next?.norm ?? "") && !hasCurrency)
    return k + 1;
  // "3-3/4 cents": a grain quote's eighths, read by the amount (no phone number, no date).
  if (amount.end === k + 5 && t[k + 3]?.norm === "/") return 0;
  // "$1.0025 per $100 of assessed value", "$9.87 per $1,000 of valuation": a rate's denominator is no figure.
  const perAt = prev?.kind === "sym" ? k - 2 : k - 1;
  if (t[perAt]?.norm === "per" && t[perAt - 1]?.kind === "num") return amount.end;
  // "records in 1080p": a video's lines, not pence.
  if (amount.end === k + 1 && DISPLAY_LINES.has(tok.text) && next?.text === "p" && !next.spaceBefore)
    return k + 2;
  if (hasCurrency) return 0;
  if (amount.end === k + 1 && namesSaleEvent(t, k)) return k + 1;
  // ("a pack of 20", "per carton of 200 sticks", "a crate of 30 eggs": a container's size, no count; not
  // its weight, "a bag of 50kg rice", "per bag of 64 kilogrammes", a measure.)
  if (
    prev?.norm === "of" &&
    PACK_NOUNS.has(t[k - 2]?.norm ?? "") &&
    PACK_DETERMINERS.has(t[k - 3]?.norm ?? "") &&
    amount.end === k + 1 &&
    (!MEASURE_UNIT.has(next?.norm ?? "") || next?.norm === "dozen")
  )
    return k + 1;
  // "9M2026", "1H 2026": a results table's label of a period.
  const label = periodLabelAt(t, k);
  if (label) return label.end;
  // Identifiers: "G20", "Q3", "FY2023", "COVID-19", "F-16", "5G", "3D".
  if (prev && !tok.spaceBefore && prev.kind === "word") return k + 1;
  // A product's model number: "the iPhone 17 sells from", "the iPhone 17 Pro Max starts at", "Galaxy 25
  // Ultra" (a camel-case brand before it, or an edition's word after it).
  if (amount.end === k + 1 && /^\d{1,4}$/.test(tok.text) && prev?.kind === "word") {
    const camel = /^\p{Ll}+\p{Lu}/u.test(prev.text);
    if (camel || (/^\p{Lu}/u.test(prev.text) && EDITIONS.has(next?.text ?? ""))) return k + 1;
  }
  const prev2 = t[k - 2];
  // ("2.1 million-2.3 million ounces": after a scaled number, the high end of a range.)
  // ("360p-410p", "5m-6m": after a number with its pence, cents or scale letter glued on, too.)
  // (Not a model code's "A-1B-7" nor "F-15B-2": the mark in lower case, its number no code's part.)
  const codePart = DASHES.has(t[k - 4]?.norm ?? "") && !t[k - 3]?.spaceBefore;
  const gluedMark =
    prev2 !== undefined &&
    !prev2.spaceBefore &&
    prev2.text === prev2.norm &&
    !codePart &&
    (ATTACHED_SCALE.has(prev2.norm) || prev2.norm === "p" || prev2.norm === "c");
  // ("5kW-10kW", "100kVA-500kVA": a measure glued to both ends.)
  const sameUnit =
    prev2 !== undefined &&
    !prev2.spaceBefore &&
    MEASURE_UNIT.has(prev2.norm) &&
    t[k + 1]?.norm === prev2.norm &&
    !t[k + 1]?.spaceBefore;
  const scaledBefore = (SCALE.has(prev2?.norm ?? "") || gluedMark || sameUnit) && t[k - 3]?.kind === "num";
  if (
    prev &&
    DASHES.has(prev.norm) &&
    !tok.spaceBefore &&
    !prev.spaceBefore &&
    prev2?.kind === "word" &&
    !scaledBefore
  )
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
    !PERCENT_WORD.forward(t, k + 1) &&
    !countedRange(t, k, amount) &&
    !afterCurrency(t, k - 2)
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
  // "401(k)", "403(b)": a plan's name.
  if (next?.norm === "(" && !next.spaceBefore && t[k + 2]?.norm.length === 1 && t[k + 3]?.norm === ")")
    return k + 4;
  // Leading zeros: codes and phone numbers; the digit groups after them are the same number ("0800 555 0199").
  if (norm.length > 1 && norm[0] === "0" && norm[1] !== "." && norm[1] !== ",")
    return phoneChain(t, k, 2) || k + 1;
  // Times of day: "11.42am", "7.30 p.m." (British style), and a zone's offset: "GMT+9", "UTC-5".
  if (CLOCK_MARKS.has(next?.norm ?? "") && /^(?:[0-9]|1[0-2])(?:\.[0-5][0-9])?$/.test(norm)) return k + 2;
  if ((prev?.norm === "+" || DASHES.has(prev?.norm ?? "")) && ["gmt", "utc"].includes(t[k - 2]?.norm ?? ""))
    return k + 1;
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
    // ("Nov. 17 to 19": the month's abbreviation has its point.)
    const monthBefore = isMonth(t[k - 3]) || (t[k - 3]?.norm === "." && isMonth(t[k - 4]));
    if (joins(prev) && day(t[k - 2]) && monthBefore) return k + 1;
    // "April 8, 9 and 10": the days of a list after a month and its first day.
    let j = k - 1;
    while (j > 1 && [",", "and", "&"].includes(t[j]?.norm ?? "") && day(t[j - 1])) j -= 2;
    if (j < k - 1 && isMonth(t[j])) return k + 1;
  }
  // Phone numbers: three or more digit groups joined by separators ("(202) 555-0123", "+44 20 7946 0958").
  const chain = phoneChain(t, k);
  if (chain) return chain;
  // Street addresses: "10 Downing Street", "24 Grosvenor Square", "1600 Pennsylvania Avenue NW".
  if (integer && amount.mult === 1 && isAddress(t, k + 1)) return k + 2;
  // List numbering: "1." or "2)" at the start of a line; "(3)".
  if (tok.lineStart && next && (next.norm === "." || next.norm === ")") && !next.spaceBefore) return k + 2;
  // ("Costs      (381.3)     (354.8)": not an aligned table's negative cell, a wide gap before it.)
  if (
    prev?.norm === "(" &&
    next?.norm === ")" &&
    amount.end === k + 1 &&
    !bareComparativeAt(t, k) &&
    !cellGapBefore(t, k - 1)
  )
    return k + 2;
  // "The 30-share BSE Sensex", "the 27-nation bloc": how many members make up a named index or group.
  if (
    integer &&
    next?.norm === "-" &&
    !next.spaceBefore &&
    MEMBER_WORDS.has(t[k + 2]?.norm ?? "") &&
    ["the", "its", "a"].includes(prev?.norm ?? "") &&
    (isCapitalized(t[k + 3]) || GROUP_NOUNS.has(t[k + 3]?.norm ?? ""))
  )
    return k + 3;
  // Stock codes: "(TSE: 6781)", "(BSE: 500114; NSE: TITAN)", "(6781.T)", "(0700.HK)".
  const code = integer && amount.end === k + 1;
  if (
    code &&
    prev?.norm === ":" &&
    STOCK_EXCHANGES.has(t[k - 2]?.text ?? "") &&
    ["(", ";", ","].includes(t[k - 3]?.norm ?? "")
  )
    return k + 1;
  if (
    code &&
    prev?.norm === "(" &&
    next?.norm === "." &&
    !next.spaceBefore &&
    /^\p{Lu}{1,2}$/u.test(t[k + 2]?.text ?? "") &&
    t[k + 3]?.norm === ")"
  )
    return k + 3;
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
      // "2100 MHz", "2030 tonnes": a measure's unit makes it no year.
      const measure = unit !== undefined && MEASURE_UNIT.has(t[unit.head]?.norm ?? "");
      // "lifts 2026 targets", "fiscal 2025 totals": a year written without a separator before a noun names
      // which ones; a count of that size is written "2,025".
      const bare = tok.text === norm;
      if (!measure && (!unit || bare || named || TIME_PREPOSITIONS.has(prevWord) || isCapitalized(t[k + 1])))
        return k + 1;
    }
  }
  return 0;
}

/**
 * The digits at `k` are a British postcode's first half, glued to its capitals, before the second half
 * of one digit and two capitals: "LE19 1WP" (whose "LE" writes a currency; other glued letters, "SW1A",
 * already make an identifier, no figure).
 */
function postcodeAt(t: readonly Token[], k: number): boolean {
  const area = t[k - 1];
  const inward = t[k + 1];
  const letters = t[k + 2];
  return (
    area?.kind === "word" &&
    /^[A-Z]{1,2}$/.test(area.text) &&
    !t[k]?.spaceBefore &&
    /^[0-9]{1,2}$/.test(t[k]?.text ?? "") &&
    inward?.kind === "num" &&
    inward.spaceBefore &&
    /^[0-9]$/.test(inward.text) &&
    letters?.kind === "word" &&
    !letters.spaceBefore &&
    /^[A-Z]{2}$/.test(letters.text)
  );
}

/**
 * "16-18 knots", "12-15 vessels": a plural noun after the second number of a glued pair makes the pair a
 * range, unless a name stands before it ("Boeing 737-800 jets" is a model).
 */
function countedRange(t: readonly Token[], k: number, amount: Amount): boolean {
  const first = t[k - 2];
  if (!first || isCapitalized(t[k - 3]) || Number(first.norm.replace(/,/g, "")) >= Number(t[k]?.norm ?? 0))
    return false;
  return unitAt(t, k + 1, amount) !== undefined;
}

/** One to three capitalized words that end in a street word: the name after a house number. */
function isAddress(t: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || !isCapitalized(tok)) return false;
    if (k > j && STREET_WORDS.has(tok.norm)) return true;
  }
  return false;
}

/** An attached unit or scale after digits: "5km", "25bps", "5pc", "5%". */
function attachedUnit(t: readonly Token[], j: number): boolean {
  const tok = t[j];
  if (!tok) return false;
  return (
    tok.norm === "x" ||
    tok.text === "F" ||
    tok.text === "C" ||
    // ("a 400g tin": grams in lower case, not the "G" of "5G"; "16,200t" tonnes, not the "T" of "4T" oil or
    // "1.3T" dollars.)
    tok.text === "g" ||
    tok.text === "t" ||
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
    // ("Items sold    860    810    840": a wide gap parts an aligned table's cells, no phone number's groups.)
    if (
      a?.kind === "num" &&
      a.spaceBefore &&
      a.norm.length <= 4 &&
      /^[0-9]+$/.test(a.norm) &&
      !cellGapBefore(t, j + 1)
    ) {
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

/** Marks after a time of day: "11.42am", "7.30 p.m.". */
const CLOCK_MARKS: ReadonlySet<string> = new Set(["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]);

export function isTimeUnit(t: readonly Token[], j: number): boolean {
  const tok = t[j];
  if (!tok) return false;
  if (TIME_UNIT.has(tok.norm)) return true;
  // "45-year-old", "a 10-day visit"
  const next = t[j + 1];
  return DASHES.has(tok.norm) && !tok.spaceBefore && next !== undefined && TIME_UNIT.has(next.norm);
}

export function skipTimeUnit(t: readonly Token[], j: number): number {
  return DASHES.has(t[j]?.norm ?? "") ? j + 2 : j + 1;
}

/** "three quarters of 2022", "the first half of the year": a part of a period, not a share. */
export function fractionOfPeriod(t: readonly Token[], numStart: number, amount: Amount): boolean {
  if (!amount.fraction) return false;
  const last = t[amount.end - 1]?.norm ?? "";
  if (!["quarter", "quarters", "half", "halves"].includes(last)) return false;
  const before = t[numStart - 1]?.norm ?? "";
  if (["first", "last", "past", "next", "previous", "final", "second", "third", "the"].includes(before))
    return true;
  const of = t[amount.end];
  // "from 37.3% a quarter earlier", "a half ago": a relative period.
  if (["earlier", "ago", "later"].includes(of?.norm ?? "")) return true;
  if (of?.norm === "before" && t[amount.end + 1]?.kind !== "word") return true;
  const what = t[amount.end + 1];
  if (of?.norm !== "of" || !what) return false;
  if (what.kind === "num") return true;
  return (
    ["the", "this", "last", "next", "fiscal", "a"].includes(what.norm) &&
    TIME_UNIT.has(t[amount.end + 2]?.norm ?? "")
  );
}

/** A bare number with no unit that is a label or a name: "Article 5", "Boeing 737", "page 3". */
export function bareNumberExcluded(
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
    (link.norm === "to" || DASHES.has(link.norm) || (link.norm === "and" && t[i - 1]?.norm === "between")) &&
    t[amount.end + 1]?.kind === "num" &&
    TIME_UNIT.has(t[amount.end + 2]?.norm ?? "")
  )
    return true;
  // ("Calls to the 997 hotline", "the 999 emergency number": a number to call is a name.)
  if (amount.end === i + 1 && namesCalledLine(t, i)) return true;
  // ("Sales at the top 100 developers fell", "its top 20 customers": a ranked group's label, no count.)
  if (prev?.norm === "top" && RANKED_GROUP_OWNERS.has(t[i - 2]?.norm ?? "")) return true;
  if (prev?.kind !== "word") return false;
  // ("the Greens 16, ACT 10 and New Zealand First 9": a label word in capitals is an acronym in a gapped list.)
  const acronym = prev.text.length > 2 && prev.text === prev.text.toUpperCase();
  if (LABELS.has(prev.norm) && !hasUnit && !(acronym && gappedCount(t, i, amount.end))) return true;
  // "units 7 and 8", "Phase 2 or 3": the second of two labels.
  if (
    !hasUnit &&
    LABEL_LINKS.has(prev.norm) &&
    t[i - 2]?.kind === "num" &&
    LABELS.has(t[i - 3]?.norm ?? "") &&
    /^\d{1,3}$/.test(t[i]?.text ?? "")
  )
    return true;
  // "tier 2 lenders": a tier's number before a noun is its name too.
  if (prev.norm === "tier" && /^\d$/.test(t[i]?.text ?? "")) return true;
  // "iPhone 15", "eBay 2": a word with a capital inside is a name.
  if (!hasUnit && i === numStart && /^\p{Ll}+\p{Lu}/u.test(prev.text)) return true;
  if (
    isCapitalized(prev) &&
    !QUALIFIER_WORDS.has(prev.norm) &&
    !CHANGE_VERB.has(prev.norm) &&
    prev.norm !== "between"
  ) {
    // "Boeing 737", "Windows 11"; but a function word that opens a sentence ("Only 9%") is no name, nor a
    // verb in a headline's capitals before what it counts ("QUAKE KILLS 120 PEOPLE", "Rebels Seize 3 Towns"),
    // and a number grouped in thousands names no model ("sold 8,400 units, MG Motor India 6,050").
    if (/^\d{1,3}(?:,\d{3})+$/.test(t[i]?.text ?? "")) return false;
    // ("National won 47 seats, Labour 34 and the Greens 16": an item gapped after a count.)
    if (!hasUnit && gappedCount(t, i, amount.end)) return false;
    // ("Sales 412.6 vs 377.9": a table row's figure, compared with the year before's.)
    if (comparedWithNumber(t, amount.end)) return false;
    // ("Revenue      412.5      382.6": a cell of an aligned table's row, a wide gap before the next.)
    if (alignedCellBefore(t, amount.end)) return false;
    // ("- Opened 6 new stores", "* OPENED 12 NEW STORES IN QUARTER": a bullet that opens with a verb in the
    // past counts what it did.)
    if (opensBullet(t, i - 1) && isPastForm(prev.norm)) return false;
    // ("The count gave National 47 seats": a name after a verb of giving is its first object.)
    if (hasUnit && GIVING.has(t[i - 2]?.norm ?? "")) return false;
    const next = t[amount.end];
    const headline = next?.kind === "word" && isCapitalized(next) && isUnitHead(next, t[amount.end + 1]);
    return i === numStart && !FUNCTION_WORDS.has(prev.norm) && !headline;
  }
  return false;
}

/** The token at `k` opens its line, or a bullet's, past a brief's "SAYS": "- Opened", "* SAYS OPENED". */
function opensBullet(t: readonly Token[], k: number): boolean {
  const opener = t[k - 1]?.norm === "says" ? k - 1 : k;
  const before = t[opener - 1];
  return t[opener]?.lineStart === true || (before?.lineStart === true && BULLETS.has(before.norm));
}

/** Words that compare a row's figure with another: "412.6 vs 377.9", "412.6 versus 377.9". */
const VERSUS = new Set(["vs", "versus"]);

/** "vs 377.9", "vs. 377.9" at `k`: a number compared after the one before. */
function comparedWithNumber(t: readonly Token[], k: number): boolean {
  if (!VERSUS.has(t[k]?.norm ?? "")) return false;
  const after = t[k + 1]?.norm === "." ? k + 2 : k + 1;
  return t[after]?.kind === "num";
}

/** The amount ending before `k` is followed, past a gap of two spaces or more, by another on its line. */
function alignedCellBefore(t: readonly Token[], k: number): boolean {
  const next = t[k];
  if (!next || !cellGapBefore(t, k)) return false;
  const digits = ["(", "+", "-", "−"].includes(next.norm) ? t[k + 1] : next;
  return digits?.kind === "num" || (digits?.kind === "sym" && t[k + 2]?.kind === "num");
}

/** Words before "top" that make "top 100" a ranked group's label: "the top 100 developers". */
const RANKED_GROUP_OWNERS = new Set(["the", "its", "their", "our"]);

/** Verbs that give a name what is counted after it: "gave National 47 seats". */
const GIVING = new Set(["gave", "give", "gives", "giving", "handed", "awarded", "granted", "projected"]);

/** Tokens a gapped list may reach back over to the count that opens it. */
const GAPPED_LIST_REACH = 24;
/** Capitalized words a gapped item's name may take: "the Liberal Democrats". */
const GAPPED_NAME_WORDS = 4;

/**
 * The number at `i` ends an item of a list gapped after a count: "won 47 seats, Labour 34, the Greens 16
 * and ACT 9". Its name follows a comma or "and", and it is followed by the list's next mark or the
 * sentence's end; before it stand only other such items back to a name's verb, a number and its
 * lower-case unit.
 */
function gappedCount(t: readonly Token[], i: number, end: number): boolean {
  const after = t[end]?.norm;
  if (after !== undefined && ![",", "and", ";", ".", ")"].includes(after)) return false;
  let k = i - 1;
  while (k > i - 1 - GAPPED_NAME_WORDS && isCapitalized(t[k - 1])) k--;
  if (t[k - 1]?.norm === "the") k--;
  if (![",", "and"].includes(t[k - 1]?.norm ?? "")) return false;
  for (let j = k - 1; j > Math.max(0, k - GAPPED_LIST_REACH); j--) {
    const tok = t[j];
    if (tok === undefined) return false;
    // (The count is a name's, after its verb: "National won 47 seats", not "The airline ordered 30 jets,
    // Boeing 737 and Airbus A320 models".)
    if (tok.kind === "word" && tok.text === tok.norm && tok.norm !== "and" && tok.norm !== "the")
      return t[j - 1]?.kind === "num" && t[j - 2]?.kind === "word" && isCapitalized(t[j - 3]);
    if (
      !(
        tok.kind === "num" ||
        tok.norm === "," ||
        tok.norm === "and" ||
        tok.norm === "the" ||
        isCapitalized(tok)
      )
    )
      return false;
  }
  return false;
}

/**
 * "the former Three Mile Island plant", "the Three Gorges Dam": a capitalized written number between a
 * lower-case word and a capitalized one is part of a name (a title-case headline has no lower-case word).
 */
export function writtenInName(t: readonly Token[], k: number, amount: Amount): boolean {
  const tok = t[k];
  const prev = t[k - 1];
  const next = t[amount.end];
  return (
    amount.written &&
    tok?.kind === "word" &&
    /^\p{Lu}\p{Ll}/u.test(tok.text) &&
    prev?.kind === "word" &&
    /^\p{Ll}/u.test(prev.text) &&
    next?.kind === "word" &&
    /^\p{Lu}/u.test(next.text)
  );
}

/**
 * "TEUs (twenty-foot equivalent units)", "in twenty-foot equivalent units": the name of the container unit,
 * no size (after a count it is the count's unit, read there).
 */
export function namesContainerUnit(t: readonly Token[], k: number, amount: Amount): boolean {
  return (
    amount.written &&
    containerUnitAt(t, amount.end - 1) !== undefined &&
    !t[amount.end]?.spaceBefore &&
    t[k - 1]?.kind !== "num"
  );
}

/**
 * "the price of a dozen free-range eggs", "A dozen cage-free eggs now cost $7.80": the dozen a price is
 * quoted for, no count of its own.
 */
export function pricedDozen(t: readonly Token[], k: number, amount: Amount): boolean {
  if (!amount.written || t[k]?.norm !== "a" || t[amount.end - 1]?.norm !== "dozen") return false;
  if (t[k - 1]?.norm === "of" && PRICE_NOUNS.has(t[k - 2]?.norm ?? "")) return true;
  // ("paid $3.79 for a dozen large eggs": the dozen an amount bought.)
  if (t[k - 1]?.norm === "for" && t[k - 2]?.kind === "num") return true;
  for (let j = amount.end; j < amount.end + DOZEN_PRICE_REACH; j++)
    if (PRICING_VERBS.has(t[j]?.norm ?? "")) return true;
  return false;
}

/** Nouns of what a dozen is priced at: "the price of a dozen eggs". */
const PRICE_NOUNS = new Set(["price", "prices", "cost", "costs"]);
/** Verbs of a price right after the dozen's noun: "A dozen eggs now cost $7.80". */
const PRICING_VERBS = new Set([
  "cost",
  "costs",
  "sells",
  "sell",
  "sold",
  "fetches",
  "fetched",
  "retails",
  "retailed",
]);
/** Tokens after "a dozen" a pricing verb is looked for in: "a dozen cage-free eggs now cost". */
const DOZEN_PRICE_REACH = 6;

/** Words that join two labels: "units 7 and 8". */
const LABEL_LINKS = new Set(["and", "or", "&"]);

/** "$18-20", "Rs 40-45": a currency prefix ends right before token `k`, so a range starts there. */
function afterCurrency(t: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 2); j < k; j++) if (currencyPrefixAt(t, j)?.end === k) return true;
  return false;
}

/** A month's day of the same number, as Asian sales name it: "9.9", "11.11", "12.12". */
const DOUBLE_DAY = /^([1-9]|1[0-2])\.\1$/;

/** "the 11.11 sale", "its 12.12 campaign", "9.9 shopping day": a double-day date at `k` names a shopping event. */
function namesSaleEvent(t: readonly Token[], k: number): boolean {
  return DOUBLE_DAY.test(t[k]?.text ?? "") && SALE_EVENT_WORDS.has(t[k + 1]?.norm ?? "");
}
