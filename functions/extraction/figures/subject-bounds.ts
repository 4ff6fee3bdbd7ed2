/** Where a subject phrase starts and ends: labels, appositions, lists, clause openers, line breaks. */

import { isLegalForm } from "../entities/legal-forms.ts";
import { WIRE_SLUGS } from "../text/tokens.ts";
import { agesJoined, agesNoun, firstAge, isAge } from "./ages.ts";
import { RELATIVES } from "./clauses.ts";
import { currencyPrefixAt } from "./currency-marks.ts";
import { FUNCTION_WORDS } from "./data/number-neighbours.ts";
import { WEEKDAYS, YEAR_SEASONS } from "./data/periods.ts";
import { IRREGULAR_PAST_TENSES, SHARE_VERBS } from "./data/share-verbs.ts";
import {
  ACCOUNTING_WORDS,
  ANAPHORS,
  APPOSED_PARTICIPLES,
  APPOSITION_OPENERS,
  ASIDE_PREPOSITIONS,
  AUXILIARIES,
  BRIEF_ACTION_VERBS,
  BRIEF_LABEL_END_VERBS,
  BRIEF_VERB_TAIL_WORDS,
  COMPANY_KINDS,
  COMPASS_POINTS,
  DETERMINER_WORDS,
  DISCOURSE_WORDS,
  EN_PARTICIPLES,
  FOLLOWING_VERBS,
  HELPER_VERBS,
  LABEL_TO_NOUNS,
  LEADERS,
  MODALS,
  NOUN_MARKERS,
  NP_STOPS,
  OPENERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITION_WORDS,
  PRESENT_VERB_OBJECTS,
  SUBORDINATING,
  SUBORDINATORS,
} from "./data/subject-words.ts";
import { theBeforeModifiers } from "./described-bodies.ts";
import { CHANGE_VERB, CURRENCY_WORD, ONE, PREFIX_WORD_CURRENCY, SCALE, TEN, TIME_UNIT } from "./lexicon.ts";
import { bondAfter } from "./period-parts.ts";
import { gerundOfAmount, gluedHyphen, isCapitalized } from "./phrases.ts";
import { BE_FORMS, PRONOUN_WORDS } from "./subject-after.ts";
import { MEASURE_UNIT_WORDS, SPAN_LIMIT, type SubjectHit } from "./subjects.ts";
import {
  accountingPhrase,
  inGrade,
  isPastVerb,
  isYearToken,
  namesCalledLine,
  shoutedWord,
  yearSpanAt,
} from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Words a label before a colon may take, at most: "Share of loss-making dealers: 40%". */
const LABEL_WORDS = 12;

/**
 * A label that opens its line or sentence and ends in a colon right before the figure: "GDP growth:
 * 6.5%", "- Average price cut: 9.5%", "Growth forecast for 2027: 1.1%" (its period is not the label).
 */
export function labelBefore(
  t: readonly Token[],
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // "- Games: +12% to £410m", "- Sales: up 8%": past a sign or a word of direction.
  const signed = ["+", "up", "down"].includes(t[qualifierStart - 1]?.norm ?? "");
  const colon = signed ? qualifierStart - 2 : qualifierStart - 1;
  if (t[colon]?.norm !== ":") return undefined;
  // "- Conservative Party (CON): 31%": an acronym in parentheses stays in the label, and so does an aside
  // ("- Net profit (before exceptional items): Rs 512 crore").
  let s = acronymBefore(t, colon) ?? asideBefore(t, colon) ?? colon;
  while (s > 0 && colon - s < LABEL_WORDS) {
    const p = t[s - 1];
    // ("- Loan-to-value: 34.7%": a hyphenated compound is one word of the label; "- Net profit attributable
    // to shareholders:", "- Sales to customers abroad:": so is "to" inside a label that opens its line.)
    const compound = gluedHyphen(t, s - 2) || gluedHyphen(t, s - 1) || p?.norm === "to";
    if (
      !p ||
      (p.lineStart && LIST_MARKS.has(p.norm)) ||
      p.kind === "sym" ||
      (NP_STOPS.has(p.norm) && !compound)
    )
      break;
    s--;
    if (p.lineStart) break;
  }
  const opens =
    s === 0 || t[s]?.lineStart || breaksLine(t, s - 1) || SENTENCE_MARKS.has(t[s - 1]?.norm ?? "");
  // ("1. Citi Bike, New York: 47.3 million trips": a ranked item's name, then its place after a comma.)
  if (!opens && t[s - 1]?.norm === ",") s = namedItemStart(t, s - 1, colon) ?? colon;
  else if (!opens) return undefined;
  if (s >= colon) return undefined;
  // ("DR. KAREN WHITFIELD: About 320 cafés closed", "DEPUTY CIARA HOGAN: ...": a transcript's label of
  // a name in capitals says who speaks, not what the figure measures.)
  if (speakerLabel(t, s, colon)) return undefined;
  // A clause before a colon is no label: "We created the Green Bridge Fund: $40 million to plant trees",
  // "Acme raised the dividend:". (A participle that describes is: "- Registered security businesses:",
  // "- Inspections conducted:".)
  for (let k = s; k < colon; k++) {
    const norm = t[k]?.norm ?? "";
    const verb = /^[a-z]{3,}ed$/.test(norm) && DETERMINER_WORDS.has(t[k + 1]?.norm ?? "");
    const compound = gluedHyphen(t, k - 1) && gluedHyphen(t, k + 1);
    // ("- Net profit attributable to shareholders:", "- Sales to customers abroad:", "- Net debt to EBITDA:":
    // a preposition's "to" after an "-able" word or a noun of what goes somewhere.)
    const preposition =
      norm === "to" && (/able$/.test(t[k - 1]?.norm ?? "") || TO_NOUN.has(t[k - 1]?.norm ?? ""));
    if ((PRONOUN_WORDS.has(norm) || AUXILIARIES.has(norm) || verb) && !compound && !preposition)
      return undefined;
  }
  return trimmed(t, s, colon, isPeriodToken);
}

const TO_NOUN: ReadonlySet<string> = new Set(LABEL_TO_NOUNS);

/** Two or more words in capitals, with a title's point perhaps, and nothing else: a speaker's label. */
function speakerLabel(t: readonly Token[], s: number, colon: number): boolean {
  let words = 0;
  for (let k = s; k < colon; k++) {
    const tok = t[k];
    if (tok?.norm === "." && k > s) continue;
    if (!shoutedWord(tok)) return false;
    words++;
  }
  return words >= 2;
}

/** Words of a label's aside in parentheses, at most: "(before exceptional items)". */
const ASIDE_WORDS = 5;

/**
 * Where a parenthesis of lower-case words that closes right before `k` opens: "(before exceptional
 * items)", "(excluding excise)"; undefined otherwise.
 */
function asideBefore(t: readonly Token[], k: number): number | undefined {
  if (t[k - 1]?.norm !== ")") return undefined;
  for (let j = k - 2; j >= Math.max(0, k - 2 - ASIDE_WORDS); j--) {
    const tok = t[j];
    if (tok?.norm === "(") return j < k - 2 ? j : undefined;
    if (tok?.kind !== "word" || !/^\p{Ll}/u.test(tok.text) || tok.lineStart) return undefined;
  }
  return undefined;
}

/**
 * Where the capitalized name opens the line of a label with a comma at `comma` before the colon at `colon`:
 * "1. Citi Bike, New York:", "- Europe, Middle East:". Undefined unless the line opens with it (past its list
 * mark or number), for a dateline ("KOTA BAHARU, Dec 1:") or where a number follows the comma.
 */
function namedItemStart(t: readonly Token[], comma: number, colon: number): number | undefined {
  let s = comma;
  while (s > 0 && comma - s < LABEL_WORDS && !t[s]?.lineStart) {
    const p = t[s - 1];
    if (p?.kind !== "word" || !/^\p{Lu}/u.test(p.text)) break;
    s--;
  }
  const opens = t[s]?.lineStart || breaksLine(t, s - 1) || (t[s - 1]?.norm === "." && t[s - 2]?.lineStart);
  if (!opens || s >= comma) return undefined;
  if (t.slice(s, comma).every((tok) => tok.text === tok.text.toUpperCase())) return undefined;
  return t.slice(comma + 1, colon).some((tok) => tok.kind === "num") ? undefined : s;
}

/**
 * "* KLEENWELL LAUNDROMATS INC - Q2 REVENUE C$48.6 MILLION": a brief's line may open with the issuer's name
 * in capitals, ending in its legal form, and a spaced dash; the token after the dash, else `from`.
 */
function pastIssuerName(t: readonly Token[], from: number, before: number): number {
  for (let k = from + 1; k < before; k++) {
    const tok = t[k];
    if (tok?.norm === "-" && tok.spaceBefore && t[k + 1]?.spaceBefore)
      return isLegalForm(t[k - 1]?.norm ?? "") ? k + 1 : from;
    if (tok?.kind !== "word" || tok.text !== tok.text.toUpperCase()) return from;
  }
  return from;
}

/**
 * "* Q3 NET SALES SEK 10.24 BILLION", "* Q3 OPERATING MARGIN 10.9%": a wire brief's bullet in capitals
 * whose few words before the figure name what it measures, with no verb among them (not "* SAYS HAS
 * REDUCED WORKFORCE BY ABOUT 1,400"); a period's label before them goes. `afterLead`: the label follows the
 * brief's verb of saying ("* SAYS H1 TOTAL REVENUE HK$28.6 BILLION", "* SAYS GEARING RATIO AT 36.4%"), read
 * only where nothing else named the figure's subject, with no verb of its own ("* SAYS INVESTS SEK 120
 * MILLION", "* SAYS EXPORT SALES UP 21%").
 */
export function briefBulletLabel(
  t: readonly Token[],
  qualifierStart: number,
  last: number,
  isPeriodToken: (k: number) => boolean,
  afterLead = false,
): SubjectHit | undefined {
  let s = qualifierStart;
  // ("* Q3 ADJUSTED EBITDA 2.71 BILLION REAIS; ADJUSTED EBITDA MARGIN 17.1%": a semicolon opens the line's
  // next label.)
  let semicolon = -1;
  while (s > 0 && qualifierStart - s <= BULLET_LINE_WORDS && !t[s - 1]?.lineStart) {
    if (semicolon < 0 && t[s - 1]?.norm === ";" && qualifierStart - s <= LABEL_WORDS) semicolon = s;
    s--;
  }
  const mark = t[s - 1];
  if (!mark?.lineStart || !LIST_MARKS.has(mark.norm)) return undefined;
  if (semicolon < 0 && qualifierStart - s > LABEL_WORDS + 1) return undefined;
  if (semicolon >= 0) s = semicolon;
  if (s >= qualifierStart) return undefined;
  let a = semicolon >= 0 ? s : pastIssuerName(t, s, qualifierStart);
  // ("* Sees FY 2026 core FFO per share $1.62": the verb in capitals or opening a line in mixed case.)
  const lead = t[a]?.text ?? "";
  if (afterLead) {
    if (!BRIEF_LEADS.has(lead.toUpperCase()) || !/^\p{Lu}/u.test(lead)) return undefined;
    a++;
  }
  // ("* Fall 2026 same-store occupancy 96.4%": a season before its year is the period's.)
  if (SEASONS.has(t[a]?.norm ?? "") && isPeriodToken(a + 1)) a++;
  while (a < qualifierStart && isPeriodToken(a)) a++;
  // ("* DECLARES INTERIM DIVIDEND OF 5 SEN PER SHARE": the brief's own verb before what it declares.)
  if (!afterLead && BRIEF_ACTION_VERBS.has(t[a]?.norm ?? "") && shoutedWord(t[a])) a++;
  // ("* SAYS GEARING RATIO AT 36.4%": the level the label is at; "* CASH AND EQUIVALENTS OF $612 MILLION".)
  const at = afterLead && t[qualifierStart - 1]?.norm === "at";
  let end = at || t[qualifierStart - 1]?.norm === "of" ? qualifierStart - 1 : qualifierStart;
  // ("- Headline earnings per share (HEPS) 118.4c": the acronym a label defines is no part of it.)
  const acronym = acronymBefore(t, end);
  if (acronym !== undefined && acronym > a) end = acronym;
  if (a >= end) return undefined;
  // (The whole line in capitals, or in mixed case with the figure ending the line or set against a year
  // before: "* Nine-month revenue 48.6 billion naira versus 35.2 billion naira"; not "- A 10 percent luxury
  // tax applies".)
  // (The label's own words tell the case too where the figure ends the line: "* Adjusted EPS $2.06".)
  let capitals = true;
  for (let k = a; k < qualifierStart + BRIEF_LINE_REACH && t[k] && (k === a || !t[k]?.lineStart); k++)
    if (/\p{Ll}/u.test(t[k]?.text ?? "")) capitals = false;
  const after = t[last];
  if (!capitals && after && !after.lineStart && !VERSUS.has(after.norm)) {
    if (!setOffComparison(t, last) && !comparedOrDated(t, last, isPeriodToken)) return undefined;
    // (Its change set off after it, a label with a preposition or a past verb is a clause: "- Revenue per
    // test stood at Rs 496, against ...", "* Operating EBIT of 86.3 million euros, compared with ...".)
    // ("- Cash flow from operating activities SEK 212 million (158)": a preposition inside the label is its.)
    for (let k = a; k < qualifierStart; k++) if (isPastVerb(t[k])) return undefined;
  }
  // ("* METALS DIVISION REVENUE ROSE 8%", "* ORDER BOOK STANDS AT RECORD 37 BILLION RGT", "* FLEET AT END OF
  // SEPTEMBER TOTALED 14,250 UNITS": in capitals, the verb right before the figure ends the label, and so
  // does a date; not before what a quantity measures: "* PLANT EXPORTED 178 GWH OF ELECTRICITY".)
  const verbAt = capitals && !afterLead && t[last]?.norm !== "of" ? labelVerbBefore(t, a, end) : -1;
  if (verbAt > a) end = datedLabelEnd(t, a, verbAt, isPeriodToken);
  // ("- Revenue per test stood at Rs 496", "• Net sales up 4% on the year", "* Q3 dispensary same-store
  // sales down 15%": a label ends in no preposition and no change.)
  const final = t[end - 1]?.norm ?? "";
  if (LABEL_BREAKS.has(final) || final === "up" || final === "down") return undefined;
  for (let k = a; k < end; k++) {
    const tok = t[k];
    // ("same-store occupancy": a hyphen inside a word.)
    if (gluedHyphen(t, k) && k > a && k < end - 1) continue;
    if (tok?.kind !== "word" || (capitals && (tok.text !== tok.text.toUpperCase() || tok.text === tok.norm)))
      return undefined;
    // (Not a verb: "SAYS", "SEES", "REDUCED"; "NET SALES", "ORDERS" are nouns in the plural.)
    if (
      tok.text.length < 2 ||
      NP_STOPS.has(tok.norm) ||
      AUXILIARIES.has(tok.norm) ||
      BRIEF_VERBS.has(tok.norm) ||
      // ("* PRESCRIPTIONS DISPENSED ROSE 7.4%": before the line's verb, a participle describes the label.)
      (/^[a-z]{3,}ed$/.test(tok.norm) && !ACCOUNTING_WORDS.has(tok.norm) && verbAt < 0)
    )
      return undefined;
    // ("* BOARD PROPOSES DIVIDEND OF SEK 3.40": a verb of the board's.)
    if (BRIEF_ACTION_VERBS.has(tok.norm)) return undefined;
    // (After the verb of saying: "ROSE", "UP", "ACCOUNT FOR", "AT END OF SEPT" make a clause.)
    if (afterLead && (isPastVerb(tok) || BRIEF_CLAUSE_WORDS.has(tok.norm))) return undefined;
  }
  return { first: a, last: end, anaphor: false };
}

/** Tokens a bullet's line may run before a label that a semicolon opens, at most. */
const BULLET_LINE_WORDS = 3 * LABEL_WORDS;

/** Verbs that end a brief's label in capitals: "ROSE", "INCREASED", "STANDS" (see BRIEF_LABEL_END_VERBS). */
const LABEL_END_VERBS: ReadonlySet<string> = new Set([...BRIEF_LABEL_END_VERBS, ...IRREGULAR_PAST_TENSES]);

/** Words between a brief's verb and its figure (see BRIEF_VERB_TAIL_WORDS). */
const VERB_TAIL_WORDS: ReadonlySet<string> = new Set(BRIEF_VERB_TAIL_WORDS);

/** The verb in capitals that ends a brief's label in [a, end), past the words of its tail; -1 where none. */
function labelVerbBefore(t: readonly Token[], a: number, end: number): number {
  let k = end - 1;
  while (k > a && VERB_TAIL_WORDS.has(t[k]?.norm ?? "")) k--;
  return k > a && labelEndVerb(t[k]) ? k : -1;
}

/** Where a label before its verb at `verbAt` ends: at a date it carries ("FLEET AT END OF SEPTEMBER"). */
function datedLabelEnd(
  t: readonly Token[],
  a: number,
  verbAt: number,
  isPeriodToken: (k: number) => boolean,
): number {
  for (let k = a + 1; k < verbAt; k++)
    if (DATING_LEADS.has(t[k]?.norm ?? "") && (isPeriodToken(k + 1) || t[k + 1]?.norm === "end")) return k;
  return verbAt;
}

/** A word in capitals that is a verb ending a brief's label. */
function labelEndVerb(tok: Token | undefined): boolean {
  if (!shoutedWord(tok)) return false;
  const norm = tok?.norm ?? "";
  return LABEL_END_VERBS.has(norm) || (/^[a-z]{3,}ed$/.test(norm) && !ACCOUNTING_WORDS.has(norm));
}

/** Seasons that name a period with the year after them: "Fall 2026", "spring 2027". */
const SEASONS: ReadonlySet<string> = new Set(YEAR_SEASONS);
/** A wire brief's verbs of saying before its label, in capitals: "* SAYS Q3 REVENUE", "* SEES FY 2026". */
const BRIEF_LEADS = new Set(["SAYS", "SEES", "EXPECTS", "REPORTS", "POSTS"]);
/** Words after a brief's verb of saying that make its words a clause: "EXPORT SALES UP 21%", "AT END OF". */
const BRIEF_CLAUSE_WORDS = new Set(["up", "down", "at", "to", "by", "stood", "rose", "fell"]);

/** Words after a brief's figure that set it against another: "versus 35.2 billion naira a year ago". */
const VERSUS = new Set(["versus", "vs", "vs."]);

/**
 * A results line's figure is followed by its change or the figure it is compared with, set off: "- Hire
 * revenue $341.7 million, up 12.1%", "- Revenue $1.2 billion, an increase of 4%", "- Net profit $51.3
 * million (1H FY25: $44.6 million)"; not the rest of a noun phrase ("- A 10 percent luxury tax applies").
 */
function setOffComparison(t: readonly Token[], last: number): boolean {
  const mark = t[last]?.norm;
  if (mark === "(") return true;
  return (mark === "," || mark === ";") && SET_OFF_CHANGES.has(t[last + 1]?.norm ?? "");
}

/**
 * The rest of a results line after its figure at `last` compares it or dates it, no clause: "- Gross margin
 * 25.0 percent from 24.2 percent", "- Net debt $38.4 million at quarter end", "- Cash $12 million as of
 * Sept. 30", "- Final dividend 20 cents a share".
 */
function comparedOrDated(t: readonly Token[], last: number, isPeriodToken: (k: number) => boolean): boolean {
  const first = t[last]?.norm ?? "";
  if (COMPARING_LEADS.has(first)) return t[last + 1]?.kind === "num" || t[last + 1]?.kind === "sym";
  let end = last + 1;
  while (t[end] && !t[end]?.lineStart && end - last <= DATED_TAIL) end++;
  if (t[end] && !t[end]?.lineStart) return false;
  // ("a share", "per tonne": the price's unit ends the line.)
  if ((first === "a" || first === "per") && end === last + 2) return t[last + 1]?.kind === "word";
  if (!DATING_LEADS.has(first)) return false;
  let dated = false;
  for (let k = last + 1; k < end; k++) {
    const tok = t[k];
    if (isPeriodToken(k) || PERIOD_END_WORDS.has(tok?.norm ?? "")) dated = true;
    else if (tok?.kind === "word" && !DATED_FILLERS.has(tok.norm)) return false;
  }
  return dated;
}

/** Words that set a results line's figure against the one after it: "25.0 percent from 24.2 percent". */
const COMPARING_LEADS = new Set(["from", "against", "versus", "vs"]);
/** Prepositions that date a results line's figure: "at quarter end", "for the 2026/27 academic year". */
const DATING_LEADS = new Set(["at", "in", "for", "as", "on", "during"]);
/** Nouns that end a period the period reader leaves alone: "at quarter end", "the academic year". */
const PERIOD_END_WORDS = new Set(["end", "year", "quarter", "half", "term", "semester", "period", "close"]);
/** Words of a dated tail that are neither period nor clause: "as of", "the", "academic", "financial". */
const DATED_FILLERS = new Set(["of", "the", "academic", "financial", "fiscal", "school", "calendar"]);
/** Tokens of a dated tail, at most: "for the 2026/27 academic year". */
const DATED_TAIL = 8;

/** Words right before a figure that make the words before them a clause, no label: "stood at", "of". */
const LABEL_BREAKS = new Set(["of", "at", "to", "for", "from", "by", "in", "on", "with"]);

/** Words that open a change or a comparison after a comma: ", up 12.1%", ", compared with", ", flat". */
const SET_OFF_CHANGES = new Set([
  "up",
  "down",
  "flat",
  "unchanged",
  "compared",
  "versus",
  "vs",
  "against",
  "an",
  "a",
]);

/** Tokens after a brief's figure read for lower case, at most. */
const BRIEF_LINE_REACH = 12;

/** Verbs in the present that open a wire brief's bullet: "* SAYS", "* SEES", "* EXPECTS". */
const BRIEF_VERBS = new Set([
  "says",
  "sees",
  "expects",
  "plans",
  "reports",
  "posts",
  "gets",
  "has",
  "is",
  "does",
]);

/**
 * "Employment increased in health care and social assistance (+22,000), construction (+15,000)": a figure
 * alone in parentheses right after a short noun phrase that opens after a list mark or a preposition
 * measures that phrase (not a conversion after another figure: "5 million tonnes (4.5 million barrels)").
 */
export function parenthesizedItem(
  t: readonly Token[],
  fig: { first: number; last: number },
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // ("(+22,000)": past the plus sign.)
  const at = t[qualifierStart - 1]?.norm === "+" ? qualifierStart - 2 : qualifierStart - 1;
  const open = t[at]?.norm === "(" ? at : -1;
  if (open < 1 || t[fig.last]?.norm !== ")") return undefined;
  let s = open;
  while (
    s > 0 &&
    open - s < PARENTHESIZED_WORDS &&
    t[s - 1]?.kind === "word" &&
    !ITEM_OPENERS.has(t[s - 1]?.norm ?? "")
  )
    s--;
  // ("(+15,000) and wholesale and retail trade (+12,000)": the item after the one before.)
  while (s < open && t[s]?.norm === "and") s++;
  const lead = t[s - 1];
  const opened = lead === undefined || ITEM_OPENERS.has(lead.norm) || [",", ")", "and"].includes(lead.norm);
  if (s >= open || !opened) return undefined;
  for (let k = s; k < open; k++) if (isPastVerb(t[k]) || AUXILIARIES.has(t[k]?.norm ?? "")) return undefined;
  return trimmed(t, s, open, isPeriodToken);
}

/** Words before a parenthesized figure that open its item: "in health care (+22,000)", ", construction (". */
const ITEM_OPENERS = new Set(["in", "of", "for", "including", "led", "by", "with", "as"]);
/** Words of a parenthesized figure's item, at most. */
const PARENTHESIZED_WORDS = 6;

const SENTENCE_MARKS = new Set([".", "!", "?"]);

/** "(DA)" right before token `k`: where its "(" is; undefined when there is none. */
export function acronymBefore(t: readonly Token[], k: number): number | undefined {
  return t[k - 1]?.norm === ")" && t[k - 3]?.norm === "(" && isCapitalized(t[k - 2]) ? k - 3 : undefined;
}

/**
 * Where the words the acronym in parentheses at `open` spells begin, back to `floor`: "earnings before
 * interest, tax, depreciation and amortisation (EBITDA)", "goods and services tax (GST)", "small modular
 * reactors (SMRs)". Their commas and "and" are inside the name. Undefined where the words do not spell it.
 */
export function acronymSpelledFrom(t: readonly Token[], open: number, floor: number): number | undefined {
  const text = t[open + 1]?.text ?? "";
  // ("GRIs", "SMRs": a plural's "s" is no initial.)
  const letters = (/^\p{Lu}{2,}s$/u.test(text) ? text.slice(0, -1) : text).toLowerCase();
  if (!/^\p{L}{2,8}$/u.test(letters)) return undefined;
  let next = letters.length - 1;
  let start: number | undefined;
  for (let k = open - 1; k >= floor && next >= 0; k--) {
    const tok = t[k];
    if (tok === undefined) return undefined;
    if (tok.kind === "word" && tok.norm[0] === letters[next]) {
      next--;
      start = k;
    } else if (!ACRONYM_GAPS.has(tok.norm) || k === open - 1) return undefined;
  }
  return next < 0 ? start : undefined;
}
/** Words and marks inside a name its acronym skips: "goods and services tax (GST)", "return on equity (ROE)". */
const ACRONYM_GAPS = new Set([",", "and", "&", "of", "on", "for", "-"]);

/** Tokens an apposition between a subject and its verb may take, at most. */
const APPOSITION_TOKENS = 16;

export function isSpacedDash(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok === undefined || (tok.norm !== "-" && tok.norm !== "—" && tok.norm !== "–")) return false;
  // ("--": a double hyphen typed for a dash.)
  return tok.spaceBefore || (doubledHyphen(t, k) && t[k - 1]?.spaceBefore === true);
}

/** Token `k` is the second hyphen of "--". */
function doubledHyphen(t: readonly Token[], k: number): boolean {
  return t[k]?.norm === "-" && t[k - 1]?.norm === "-" && !t[k]?.spaceBefore;
}

/** Tokens of one item of a list inside an aside: "gas", "crude oil", "petrol and jet fuel". */
const LIST_ITEM_TOKENS = 5;

/** Words that open no item of a list: prepositions and words of change (", in Istanbul last week,", ", up"). */
const ITEM_NOT_OPENERS = new Set([
  "in",
  "on",
  "at",
  "for",
  "from",
  "to",
  "by",
  "with",
  "over",
  "under",
  "during",
  "since",
  "after",
  "before",
  "up",
  "down",
  "about",
  "around",
  "last",
  "this",
  "next",
]);

/** A word of a list's item: a lower-case or capitalized word, or "and"/"or". */
function listWord(tok: Token): boolean {
  return tok.kind === "word" && !NP_STOPS.has(tok.norm);
}

/**
 * The comma (or spaced dash) that opens an apposition closed at `close`, right before the verb: ", the
 * group's main business,", " - a key measure of lending profitability -", past the items of a list it
 * holds (", including crude oil, gas and coal,"). Undefined when no mark before it opens an apposition,
 * or nothing stands before it in the clause.
 */
/** Words that tie a name to its place inside a name set off: "Rehden in Lower Saxony". */
const NAME_PLACE_LINKS = new Set(["in", "near"]);

export function appositionStart(t: readonly Token[], end: number, clauseStart: number): number | undefined {
  const close = doubledHyphen(t, end) ? end - 1 : end;
  const dash = isSpacedDash(t, close);
  let item = close;
  for (let k = close - 1; k > Math.max(clauseStart, close - APPOSITION_TOKENS); k--) {
    const mark = dash ? isSpacedDash(t, k) : t[k]?.norm === ",";
    if (!mark) continue;
    // "The rupiah, Asia's worst performer this year, fell", "Exports to China, South Korea's largest
    // trading partner, gained": a possessive name opens an apposition too.
    const opener = t[k + 1];
    const owns = (j: number) =>
      /^(?:'s|’s)$/.test(t[j + 1]?.norm ?? "") || /\p{L}['’]s$/u.test(t[j]?.norm ?? "");
    let owner = k + 1;
    while (owner < k + 4 && isCapitalized(t[owner]) && !owns(owner)) owner++;
    const possessive = isCapitalized(t[owner]) && owns(owner);
    // (", or 1.1 percent,", ", or about $1.2 billion,": a figure restated, no aside of the subject; not
    // ", or loans more than 90 days overdue,", which names the subject again.)
    const restated =
      opener?.norm === "or" &&
      t.slice(k + 1, Math.min(close, k + RESTATED_NUMBER_REACH)).some((x) => x.kind === "num");
    // ("Prices rose 6.5 per cent, led by tomatoes, up 11 per cent": a participle after a figure is no
    // aside of a subject.)
    const afterFigure = PARTICIPLE_OPENERS.has(opener?.norm ?? "") && !nounBefore(t, k);
    // ("Pay growth - watched closely by the BoE - eased", "Liquids output - oil, gas liquids and condensate -
    // averaged": whatever a pair of dashes sets off after a word is an aside.)
    const dashed = dash && t[k - 1]?.kind === "word";
    // ("Youth unemployment, for those aged 15 to 24, fell", ", among women aged 25 to 34,": who is counted.)
    const counted =
      (opener?.norm === "for" || opener?.norm === "among") &&
      t.slice(k + 2, close).some((x) => x.norm === "aged");
    // ("Shares in Unity Crest's parent, UC Holdings, fell": a name set off after a common noun.)
    const named =
      t[k - 1]?.kind === "word" &&
      t[k - 1]?.text === t[k - 1]?.norm &&
      close - k - 1 <= NAME_ASIDE_TOKENS &&
      // ("Germany's largest storage site, Rehden in Lower Saxony, was": a name and where it is.)
      t
        .slice(k + 1, close)
        .every(
          (x, i, words) =>
            isCapitalized(x) ||
            x.norm === "&" ||
            x.norm === "." ||
            (NAME_PLACE_LINKS.has(x.norm) && i > 0 && isCapitalized(words[i + 1])),
        );
    // ("Nairobi National Park, on the edge of the capital, received": a phrase a preposition opens, where
    // a verb follows it; not ", in the quarter, up 41 per cent".)
    const prepositional = ASIDE_PREPOSITION.has(opener?.norm ?? "") && verbAt(t, close + 1);
    // ("Second-quarter revenue, covering August to October, rose", "China's production, grown indoors, is
    // estimated": a participle's phrase after a noun, where a verb follows it.)
    const participial =
      participleOpens(opener) &&
      nounBefore(t, k) &&
      verbAt(t, close + 1) &&
      (EN_PARTICIPLE.has(opener?.norm ?? "") || !verbBefore(t, clauseStart, k));
    if (
      (APPOSITION_OPENERS.has(opener?.norm ?? "") ||
        prepositional ||
        participial ||
        possessive ||
        named ||
        placeAside(t, k + 1) ||
        dashed ||
        counted) &&
      !restated &&
      !afterFigure &&
      k - 1 >= clauseStart
    )
      return doubledHyphen(t, k) ? k - 1 : k;
    // "Energy imports, including crude oil, gas and coal, fell": past an item of a list inside the aside.
    const opensItem = !ITEM_NOT_OPENERS.has(t[k + 1]?.norm ?? "");
    if (dash || k < item - LIST_ITEM_TOKENS - 1 || !opensItem || !t.slice(k + 1, item).every(listWord))
      return undefined;
    item = k;
  }
  return undefined;
}

/** Tokens after ", or" a restated figure's number stands within: ", or roughly $1.2 billion,". */
const RESTATED_NUMBER_REACH = 5;

/** Tokens a name set off after a common noun may take: ", UC Holdings,", ", Harcourt & Pryce Ltd,". */
const NAME_ASIDE_TOKENS = 5;

const ASIDE_PREPOSITION: ReadonlySet<string> = new Set(ASIDE_PREPOSITIONS);

/**
 * A past verb, a helper or a modal stands at `k` ("received", "have risen", "will pay"), or a present one
 * before what it measures ("accounts for", "produces 40%", "employs about 900").
 */
function verbAt(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  if (isPastVerb(tok) || AUXILIARIES.has(tok.norm) || (MODALS.has(tok.norm) && tok.norm !== "to"))
    return true;
  const next = t[k + 1];
  return (
    /^[a-z]{3,}[^s]s$/.test(tok.norm) &&
    (next?.kind === "num" ||
      PRESENT_VERB_OBJECT.has(next?.norm ?? "") ||
      currencyPrefixAt(t, k + 1) !== undefined)
  );
}
const PRESENT_VERB_OBJECT: ReadonlySet<string> = new Set(PRESENT_VERB_OBJECTS);

/**
 * A verb stands in [from, to): the phrase before a participle in -ing is no clause's subject ("S&P revised
 * its outlook, citing the cost of the programme, budgeted at").
 */
function verbBefore(t: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, to - APPOSITION_TOKENS); k < to; k++) {
    const tok = t[k];
    if (tok?.kind === "word" && (isPastVerb(tok) || LEADING_BE.has(tok.norm) || FINITE_HELPERS.has(tok.norm)))
      return true;
  }
  return false;
}
/** Helpers besides the verbs of being that make a clause of what follows them: "S&P has revised". */
const FINITE_HELPERS: ReadonlySet<string> = new Set(["has", "have", "had", "will", "would"]);

/** A participle that opens an aside: "covering", "grown" (not "including", an opener of its own). */
function participleOpens(tok: Token | undefined): boolean {
  if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  return (
    (/^[a-z]{3,}ing$/.test(tok.norm) && !APPOSITION_OPENERS.has(tok.norm)) || EN_PARTICIPLE.has(tok.norm)
  );
}
const EN_PARTICIPLE: ReadonlySet<string> = new Set(EN_PARTICIPLES);

/** "a plant at Foix, south of Barcelona, costing": where a place lies, set off after it. */
function placeAside(t: readonly Token[], k: number): boolean {
  const opener = t[k];
  if (!opener || opener.text !== opener.norm) return false;
  return (COMPASS.has(opener.norm) && t[k + 1]?.norm === "of") || PLACE_ASIDE_WORDS.has(opener.norm);
}

/** Sides of a place an aside says another lies on: "south of Barcelona". */
const COMPASS: ReadonlySet<string> = new Set(COMPASS_POINTS);
/** Words that open an aside of where a place lies: "Foix, near Barcelona,". */
const PLACE_ASIDE_WORDS = new Set(["near", "outside"]);

/** Participles that open an aside only after a noun. */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(APPOSED_PARTICIPLES);

/** A noun, not a figure's word, stands before the comma at `k`. */
function nounBefore(t: readonly Token[], k: number): boolean {
  const word = t[k - 1];
  return word?.kind === "word" && !["cent", "percent", "%"].includes(word.norm);
}

/**
 * The comma before `s` separates items of a list whose last item is the head noun phrase [s, e): "Food,
 * fuel and transport costs", "schools, clinics and roads". The phrase holds "and"/"or", and a word that
 * is no period stands before the comma.
 */
export function listGoesOn(
  t: readonly Token[],
  s: number,
  e: number,
  floor: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  const item = t[s - 2];
  if (s - 2 < floor || item?.kind !== "word" || isPeriodToken(s - 2) || NP_STOPS.has(item.norm)) return false;
  if (LEADERS.has(item.norm) || SUBORDINATORS.has(item.norm) || DISCOURSE_WORDS.has(item.norm)) return false;
  if (item.norm.endsWith("ly") && item.norm.length > 4) return false;
  // ("grew 9 per cent, commercial and rural loans rose": the unit of the figure before is no item.)
  if (item.norm === "cent" && t[s - 3]?.norm === "per" && t[s - 4]?.kind === "num") return false;
  // ("Under the scheme, workers aged 30 and above": the "and" of a bound lists nothing.)
  for (let k = s; k < e; k++)
    if ((t[k]?.norm === "and" || t[k]?.norm === "or") && !AGE_BOUNDS.has(t[k + 1]?.norm ?? "")) return true;
  return false;
}

/** Words after "and"/"or" that bound an age or a count: "aged 21 and over", "10,000 or more". */
export const AGE_BOUNDS = new Set(["over", "above", "older", "under", "below", "younger", "more", "less"]);

/** Prepositions after a participle in an aside: "closely watched by", "widely expected to". */
const PARTICIPLE_PREPOSITIONS = new Set(["by", "to", "in", "at", "for", "with", "as", "on"]);

/** Tokens back from the comma before the verb a relative clause may open at: one that lists a few things. */
const RELATIVE_REACH = 28;
/** A sentence ends at `k`: a mark, and a capitalized word after it ("Sept. 14", "U.S. Steel" aside). */
function sentenceEndAt(t: readonly Token[], k: number): boolean {
  const norm = t[k]?.norm ?? "";
  if (norm === "!" || norm === "?") return true;
  if (norm !== ".") return false;
  const before = t[k - 1];
  const next = t[k + 1];
  if (next?.lineStart || next?.paragraphStart) return true;
  // ("Sept. 14", "Inc. said", "U.S. Steel"; not "of GDP. The rupee": an acronym in capitals ends it.)
  const acronym = before !== undefined && /^\p{Lu}{2,}$/u.test(before.text) && t[k - 2]?.norm !== ".";
  const abbreviation =
    before?.kind === "word" && before.text.length <= 4 && /^\p{Lu}/u.test(before.text) && !acronym;
  return !abbreviation && next?.kind === "word" && isCapitalized(next);
}

/** Marks no list of a relative clause runs over. */
const LIST_BREAKS = new Set([".", "!", "?", ";", ":", "(", ")", '"', "“", "”"]);
/** Words after a comma that open no item of a list: ", and in transportation", ", down 11,000". */
const LIST_ITEM_BREAKS = new Set([
  "in",
  "on",
  "at",
  "to",
  "from",
  "for",
  "with",
  "by",
  "down",
  "up",
  "while",
  "but",
  "as",
]);

/** The comma that opens ", which ... ," ending at the comma `close`, or undefined. */
export function relativeClauseStart(t: readonly Token[], close: number): number | undefined {
  // ("Contact crimes, which include murder, sexual offences, assault and robbery, declined": the commas of a
  // list that ends in "and" or "or" inside the clause.)
  let commas = false;
  let listed = false;
  for (let k = close - 1; k > Math.max(0, close - RELATIVE_REACH); k--) {
    const norm = t[k]?.norm ?? "";
    if (sentenceEndAt(t, k)) return undefined;
    if (norm === "and" || norm === "or") listed = true;
    if (norm === ",") {
      // (No list runs over a number or a clause of its own: ", and in transportation", ", down 11,000".)
      const plain = t.slice(k + 1, close).every((x) => x.kind !== "num" && !LIST_BREAKS.has(x.norm));
      if (!listed || !plain || LIST_ITEM_BREAKS.has(t[k + 1]?.norm ?? "")) return undefined;
      commas = true;
      continue;
    }
    // (... nor over a sentence's end.)
    if (commas && (t[k]?.kind === "num" || LIST_BREAKS.has(norm))) return undefined;
    // ", which ... ,", ", approved in April,".
    const participle = /^[a-z]{3,}ed$/.test(t[k]?.text ?? "");
    // ("Pineapple production, concentrated in Edo, Ogun and Benue states, stood": a participle before a list.)
    if (commas && !RELATIVES.has(norm) && !(participle && PARTICIPLE_PREPOSITIONS.has(t[k + 1]?.norm ?? "")))
      continue;
    if ((RELATIVES.has(norm) || participle) && t[k - 1]?.norm === ",") return k - 1;
    // ", closely watched by the central bank,": an adverb before a participle and its preposition.
    const adverb = /^[a-z]{3,}ly$/.test(t[k - 1]?.text ?? "") && t[k - 2]?.norm === ",";
    if (participle && adverb && PARTICIPLE_PREPOSITIONS.has(t[k + 1]?.norm ?? "")) return k - 2;
  }
  return undefined;
}

/** Subject pronouns, as written, that open a clause inside a noun phrase: "bills they could not verify". */
const CLAUSE_PRONOUNS = new Set(["they", "we", "he", "she", "it", "I", "you"]);

/** "it would cut jobs after quarterly profit slumped 85%": the subject starts after "after". */
export function opensClause(t: readonly Token[], k: number): boolean {
  const word = t[k]?.norm ?? "";
  if (!SUBORDINATING.has(word)) return false;
  return !accountingPhrase(t, k);
}

/** A whole number after a name word is part of the name: "FTSE 100", "Nikkei 225", "Boeing 737", "iPhone 17". */
export function namesIndex(t: readonly Token[], k: number): boolean {
  // "CAC-40", "KSE-100", "FTSE-100": the number glued to the name by a dash.
  const dashed = t[k - 1]?.norm === "-" && !t[k - 1]?.spaceBefore && !t[k]?.spaceBefore;
  const name = t[dashed ? k - 2 : k - 1];
  const num = t[k];
  // "common equity tier 1 ratio": a tier's number names it.
  if (name?.norm === "tier" && num !== undefined && /^\d$/.test(num.text)) return true;
  return (
    num !== undefined &&
    /^\d+$/.test(num.text) &&
    name !== undefined &&
    name.kind === "word" &&
    // ("the iPhone 17": a camel-case brand too.)
    (isCapitalized(name) || /^\p{Ll}+\p{Lu}/u.test(name.text)) &&
    !OPENERS.has(name.text)
  );
}

/** Days that date a statement, not what a figure measures: "said on Thursday its profit fell". */
const WEEKDAY: ReadonlySet<string> = new Set(WEEKDAYS);

/** Verbs of being, in lower case, that open no noun phrase: "so is inflation". */
const LEADING_BE = new Set(["is", "was", "are", "were"]);

/** Prepositions that may open a sentence before the noun phrase a figure measures. */
const OPENING_PREPOSITIONS = new Set(["including", "excluding", "after", "besides"]);

/** Prepositions that open a sentence's fronted phrase before "it" ("In Victoria it is"). */
const FRONTING_WORDS = new Set([
  "in",
  "at",
  "among",
  "across",
  "before",
  "after",
  "since",
  "until",
  "by",
  "when",
]);
/** Those of them whose phrase is a time: "Before the drought it was 250", "When I started it was €3.50". */
const TIME_FRONTING_WORDS = new Set(["before", "after", "since", "until", "by", "when"]);
/** Tokens of a fronted phrase before the pronoun that opens its clause, at most: "In the same period of 2024". */
const FRONTED_TOKENS = 8;

/**
 * The pronoun at `k` opens its sentence's clause (starting at `first`), straight away or past a fronted
 * phrase of time or place and its comma: "Last year it was $29,500", "In 2024, it was Sh26,000", "Before
 * the drought it was 250".
 */
export function opensPastFronted(
  t: readonly Token[],
  first: number,
  k: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  if (k === first) return true;
  if (k < first || k - first > FRONTED_TOKENS) return false;
  if (!isPeriodToken(first) && !FRONTING_WORDS.has(t[first]?.norm ?? "")) return false;
  for (let j = first; j < k; j++) {
    const tok = t[j];
    if (!tok || (tok.kind === "num" && !isPeriodToken(j))) return false;
    if (tok.kind === "punct" && !(tok.norm === "," && j === k - 1) && tok.norm !== "-") return false;
  }
  return true;
}

/**
 * The "it" at `k`, past a fronted phrase (not opening the sentence at `opening`), restates a level: a form
 * of "be" and at most two words ("now", "well over") before the figure at `figureStart`.
 * ("By June it was 6%", "Today it is over $4,000"; not "It was knocked down for $5.05 million".)
 */
export function restatedLevel(
  t: readonly Token[],
  k: number,
  figureStart: number,
  opening: number | undefined,
): boolean {
  if (k === opening) return false;
  // ("This year it will be less than R2 million": past a modal.)
  let j = k + 1;
  if (RESTATING_MODALS.has(t[j]?.norm ?? "") && t[j + 1]?.norm === "be") j++;
  return BE_FORMS.has(t[j]?.norm ?? "") && figureStart - (j + 1) <= 2;
}

/** Modals before "be" in a restated level: "it will be", "it would be". */
const RESTATING_MODALS = new Set(["will", "would", "could", "may", "might"]);

/** Words a phrase does not end on: prepositions, articles, "and". */
export const DANGLING_WORDS: ReadonlySet<string> = new Set([
  // "three hotels with about 2,500 rooms": a qualifier of the figure after.
  "about",
  "around",
  "nearly",
  // "to rail under the 2021 infrastructure law": a preposition whose object is a period.
  "under",
  "through",
  "almost",
  "roughly",
  "approximately",
  "in",
  "during",
  "for",
  "since",
  "of",
  "the",
  "a",
  "an",
  "and",
  "at",
  "to",
  "by",
  "on",
  "over",
  "from",
  "with",
  // ("widen the company's public float, currently at 31.2 percent": the comma before a period gone.)
  ",",
]);

/** Verbs that report what their subject went through before a gerund: "reported losing", "report paying". */
const REPORTING_BEFORE_GERUND = new Set(["reported", "reports", "report"]);

/** A written count of how often something happened: "cut rates seven times", "several times". */
function countedTimes(word: string): boolean {
  return (ONE.get(word) ?? 0) >= 2 || word === "several" || word === "many";
}

/** Drops leading/trailing period phrases ("in 2022") and stray words; checks for anaphors. */
/** Marks that open a quotation. */
const OPENING_QUOTES = new Set(['"', "“", "‘", "'"]);
/** Marks that close a quotation. */
const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);

/** The quote opened at token `a` closes before `b`. */
function closedWithin(t: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (CLOSING_QUOTES.has(t[k]?.norm ?? "")) return true;
  return false;
}

export function trimmed(
  t: readonly Token[],
  s: number,
  e: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let a = s;
  let b = e;
  while (b > a && (isPeriodToken(b - 1) || t[b - 1]?.norm === "alone")) b--;
  // "water infrastructure in its 2025 budget": the determiner of a period goes with it.
  if (b - 1 > a && isPeriodToken(b) && DETERMINER_WORDS.has(t[b - 1]?.norm ?? "")) b--;
  // "for shelter on Wednesday": a weekday after the phrase goes; so does a rate, "the surplus each year".
  while (b - 1 > a && WEEKDAY.has(t[b - 1]?.norm ?? "") && t[b - 2]?.norm === "on") b -= 2;
  while (b - 2 > a && TIME_UNIT.has(t[b - 1]?.norm ?? "") && ["each", "every"].includes(t[b - 2]?.norm ?? ""))
    b -= 2;
  // ("has cut its benchmark rate seven times since": how often it changed is no part of what changed.)
  if (b - 2 > a && t[b - 1]?.norm === "times" && countedTimes(t[b - 2]?.norm ?? "")) b -= 2;
  // ("Before the drought it was 250", "In Victoria it is more than $8": past a fronted phrase of time, or
  // one of a place's name, "it" stands for what was measured before, not for the phrase.)
  const fronting = FRONTING_WORDS.has(t[a]?.norm ?? "") ? a : a - 1;
  // ("after spending on it rose": not after a preposition.)
  if (
    b - 2 >= a &&
    t[b - 1]?.norm === "it" &&
    FRONTING_WORDS.has(t[fronting]?.norm ?? "") &&
    !DANGLING_WORDS.has(t[b - 2]?.norm ?? "")
  ) {
    const timed = TIME_FRONTING_WORDS.has(t[fronting]?.norm ?? "");
    if (timed || isCapitalized(t[b - 2])) a = b - 1;
  }
  // ("for the 25-34 age group it was 39.4%": a pronoun that takes up a fronted phrase goes.)
  if (
    b - 2 > a &&
    t[b - 1]?.norm === "it" &&
    t[b - 2]?.kind === "word" &&
    t[b - 2]?.text === t[b - 2]?.norm &&
    !isPeriodToken(b - 2)
  )
    b--;
  const dangling = (): void => {
    while (b > a && DANGLING_WORDS.has(t[b - 1]?.norm ?? "")) b--;
  };
  dangling();
  // ("aged 25 or over": the bound gone, its "or" goes too.)
  if (b - 2 > a && ["or", "and"].includes(t[b - 1]?.norm ?? "") && t[b - 2]?.kind === "num") b--;
  // "Production costs can", "The union is seeking", "Beef exports are nevertheless": a verb's helpers and
  // adverbs before the figure are no part of what it measures.
  while (b - 1 > a) {
    const w = t[b - 1];
    if (w?.kind !== "word" || w.text !== w.norm) break;
    // ("Rates were last cut by Rs 2", "when they last changed hands at", "Shares last rose": "last" before
    // the verb is when; "the year before last" ends in a period.)
    const lastTime = w.norm === "last" && t[b - 2]?.norm !== "before";
    if (
      HELPER_VERBS.has(w.norm) ||
      COPULAS.has(w.norm) ||
      DISCOURSE_WORDS.has(w.norm) ||
      isAdverb(w.norm) ||
      lastTime
    )
      b--;
    else if (/^[a-z]{3,}ing$/.test(w.norm) && HELPER_VERBS.has(t[b - 2]?.norm ?? "")) b -= 2;
    else break;
  }
  // "patients with previously": the adverb gone, the preposition before it goes too.
  dangling();
  // ("Canadians reported losing $638 million": the verb that reports what they went through goes.)
  if (b - 1 > a && REPORTING_BEFORE_GERUND.has(t[b - 1]?.norm ?? "") && gerundOfAmount(t, b)) b--;
  // ("The economic losses we have computed so far are": a subject pronoun left at the end, its clause's
  // verb gone with the helpers, is no part of the phrase.)
  const noun = t[b - 2];
  if (
    b - 1 > a &&
    CLAUSE_PRONOUNS.has(t[b - 1]?.text ?? "") &&
    noun?.text === noun?.norm &&
    /^[a-z]{3,}[^s]s$/.test(noun?.norm ?? "") &&
    !isPeriodToken(b - 2)
  )
    b--;
  // "Australians with student debt will have their balances cut by 20%": what is had cut is the subject.
  for (let k = b - 2; k > a; k--)
    if (CAUSATIVES.has(t[k]?.norm ?? "") && DETERMINER_WORDS.has(t[k + 1]?.norm ?? "")) {
      a = k + 1;
      break;
    }
  // "will see electricity tariffs rise by 12.7%": the verb after a plural noun is no part of it.
  // ("saw its assets under management rise to", "saw its profit margin recover to": after a verb of seeing
  // or letting, whatever the noun.)
  // ("saw the strongest increase": a noun after an adjective or a determiner stays.)
  const before = t[b - 2]?.norm ?? "";
  const seen = PERCEIVING.has(t[a - 1]?.norm ?? "") && !/est$/.test(before) && !DETERMINER_WORDS.has(before);
  if (
    b - a >= 2 &&
    BARE_CHANGE_VERBS.has(t[b - 1]?.norm ?? "") &&
    (/[a-z]s$/.test(t[b - 2]?.norm ?? "") || seen)
  )
    b--;
  // "will instead pay", "would be raised domestically": a helper or a verb left alone names nothing.
  // ("having touched 6.0950": a perfect participle; "* Touched record": a list mark alone.)
  if (b - a === 1 && (HELPER_VERBS.has(t[a]?.norm ?? "") || isPastVerb(t[a]) || t[a]?.norm === "having"))
    return undefined;
  // "Rainfall between May and October", "Rainfall from June to September": a period's preposition goes.
  if (b - 1 > a && PERIOD_OPENERS.has(t[b - 1]?.norm ?? "") && isPeriodToken(b)) b--;
  // "..., with energy shares up 2.3%": "with" opens the phrase, it is not part of it.
  // "plus contributions of 5%": "plus" adds the phrase, it is not part of it.
  // ("Including net debt of roughly 540 million pounds", "After operating grants of about $210 million": a
  // preposition opening the sentence is no part of the phrase; "after-tax profit" is one word.)
  while (
    a < b &&
    (isPeriodToken(a) ||
      ["in", "during", "since", "quote", "with"].includes(t[a]?.norm ?? "") ||
      // ("In the first half revenue rose": the period's determiner after an opening preposition.)
      (t[a]?.norm === "the" && isPeriodToken(a + 1) && ["in", "during"].includes(t[a - 1]?.norm ?? "")) ||
      (OPENING_PREPOSITIONS.has(t[a]?.norm ?? "") && !gluedHyphen(t, a + 1)) ||
      t[a]?.text === "plus")
  )
    a++;
  // ("According to NEMA figures, rice, maize and sorghum accounted for": an opening attribution, up to its
  // comma, is no part of a list after it.)
  if (t[a]?.norm === "according" && t[a + 1]?.norm === "to") {
    let comma = a + 2;
    while (comma < b && t[comma]?.norm !== ",") comma++;
    if (comma + 1 < b) a = comma + 1;
  }
  // ('"Input costs rose 24%," he said': a quote's opening mark is no part of the phrase.)
  // (A quoted title keeps its marks: "'Raavan Returns' crosses Rs 500 crore".)
  while (a + 1 < b && OPENING_QUOTES.has(t[a]?.norm ?? "") && !closedWithin(t, a, b)) a++;
  // "Nov 16 (PTI) India's merchandise exports": a dateline's agency credit opens no noun phrase.
  if (
    a + 3 < b &&
    t[a]?.norm === "(" &&
    t[a + 2]?.norm === ")" &&
    isCapitalized(t[a + 1]) &&
    isPeriodToken(a - 1)
  )
    a += 3;
  // "For the April-October period the import bill": a leading period phrase with "for".
  if (t[a]?.norm === "for" && (isPeriodToken(a + 1) || (t[a + 1]?.norm === "the" && isPeriodToken(a + 2)))) {
    a++;
    while (
      a < b &&
      (isPeriodToken(a) || t[a]?.norm === "period" || (t[a]?.norm === "the" && isPeriodToken(a + 1)))
    )
      a++;
  } else if (t[a]?.norm === "for" && a + 1 < b) a++;
  // ("so is inflation, which averaged 24%": a verb of being opens no noun phrase.)
  while (a + 1 < b && LEADING_BE.has(t[a]?.text ?? "")) a++;
  // ("push for the tax-free threshold to be raised": no other "for" opens the phrase either.)
  // "where the number of operations", "• Youth unemployment": a relative word or a list mark opens no noun.
  while (a + 1 < b && (RELATIVE_OPENERS.has(t[a]?.norm ?? "") || LIST_MARKS.has(t[a]?.norm ?? ""))) a++;
  // "Meanwhile cash rents in Ohio": a sentence adverb opens no noun phrase.
  while (a + 1 < b && DISCOURSE_WORDS.has(t[a]?.norm ?? "") && t[a + 1]?.norm !== ",") a++;
  // "said on Thursday its operating profit fell": a leading "on/at/by" + period phrase goes too.
  while (a < b && WEEKDAY.has(t[a]?.norm ?? "")) a++;
  if (a + 1 < b && t[a]?.norm === "on" && WEEKDAY.has(t[a + 1]?.norm ?? "")) a += 2;
  // ", sending the peso down 1.1%", "led by lender Akbank": a participle opening the phrase is its verb.
  // Only before a determiner or a name: "operating profit", "lending rates" are nouns.
  const lead = t[a];
  const opens = DETERMINER_WORDS.has(t[a + 1]?.norm ?? "") || isCapitalized(t[a + 1]);
  if (lead && a + 1 < b && lead.text === lead.norm && /^[a-z]{3,}ing$/.test(lead.norm) && opens) a++;
  else if (lead && a + 2 < b && /^[a-z]+ed$/.test(lead.text) && t[a + 1]?.norm === "by") a += 2;
  if (b <= a || (b - a === 1 && t[a]?.kind !== "word")) return undefined;
  for (let k = a; k < b; k++) {
    const year = isYearToken(t[k]) || yearSpanAt(t, k);
    if (
      t[k]?.kind === "num" &&
      !isPeriodToken(k) &&
      !namesIndex(t, k) &&
      !gluedHyphen(t, k + 1) &&
      !gluedDigits(t, k) &&
      !rankedCount(t, k) &&
      (countNounAt(t, k) ?? -1) < a &&
      !inAgeGroup(t, k) &&
      !ageBoundAt(t, k) &&
      !inPriceBand(t, k, a) &&
      !describesNounAfter(t, k, b) &&
      !measureBeforeNoun(t, k, b) &&
      !namesCalledLine(t, k) &&
      !inGrade(t, k) &&
      !year
    )
      return undefined;
  }
  const words = t
    .slice(a, b)
    .map((x) => x.norm)
    .join(" ");
  const anaphor = ANAPHORS.has(words);
  // A lone pronoun at a clause start ("He", "We", "I've waited 14 months") is not what is measured.
  if (!anaphor && b - a === 1 && PRONOUN_WORDS.has(t[a]?.norm ?? "")) return undefined;
  return { first: a, last: b, anaphor };
}

/** Token `k` is the point of a legal form after a name: the "." of "Canadian Natural Resources Ltd.". */
export function legalFormPoint(t: readonly Token[], k: number): boolean {
  const form = t[k - 1];
  return (
    t[k]?.norm === "." &&
    !t[k]?.spaceBefore &&
    form !== undefined &&
    form.text !== form.norm &&
    isLegalForm(form.norm) &&
    isCapitalized(t[k - 2]) &&
    !t[k + 1]?.lineStart
  );
}

/**
 * The name whose saying verb ends right before the "it" at `k` ("Emirates said it", "Bharti Airtel said
 * that it"): capitalized words, at most a few, opening their clause; undefined when none is there.
 */
export function sayerBefore(t: readonly Token[], k: number): SubjectHit | undefined {
  if (t[k]?.norm !== "it") return undefined;
  let verb = k - 1;
  if (t[verb]?.norm === "that") verb--;
  // ("China Mobile said on Thursday it added", "The Atlanta company said Tuesday it earned": past the day.)
  if (WEEKDAY.has(t[verb]?.norm ?? "")) verb -= t[verb - 1]?.norm === "on" ? 2 : 1;
  if (!SAYER_VERBS.has(t[verb]?.norm ?? "")) return undefined;
  // ("China Mobile, the world's largest carrier, said": past the apposition after the name.)
  let end = verb;
  if (t[verb - 1]?.norm === ",") {
    const open =
      relativeClauseStart(t, verb - 1) ??
      appositionStart(t, verb - 1, Math.max(0, verb - 1 - APPOSITION_REACH));
    if (open === undefined) return undefined;
    end = open;
  }
  // (The saying body opens its clause, or follows a short opening phrase: "In Europe, Air France-KLM said
  // it", "Meanwhile, Qantas said it"; not "... in London, Emirates said it".)
  const opens = (s: number) => {
    const before = t[s - 1];
    if (
      !before ||
      before.lineStart ||
      t[s]?.lineStart ||
      SAYER_BOUNDARIES.has(before.norm) ||
      before.kind === "sym"
    )
      return true;
    if (before.norm !== ",") return false;
    for (
      let k = s - 2;
      k >= Math.max(0, s - 1 - INTRO_WORDS) && (t[k]?.kind === "word" || isYearToken(t[k]));
      k--
    ) {
      const prior = t[k - 1];
      if (t[k]?.lineStart || !prior || SAYER_BOUNDARIES.has(prior.norm) || prior.kind === "sym") return true;
    }
    return false;
  };
  // ("The Montreal-based company said it earned": a company named by its kind stands for its name.)
  const kind = t[end - 1];
  if (kind?.text === kind?.norm && COMPANY_KIND_SET.has(kind?.norm ?? "")) {
    const the = theBeforeModifiers(t, end - 1);
    return the >= 0 && opens(the) ? { first: the, last: end, anaphor: false } : undefined;
  }
  let s = end;
  const nameWord = (k: number) => {
    const tok = t[k];
    // ("Air France-KLM", "Telus Corp.": a name's hyphen and its legal form's point.)
    if (tok?.norm === "-" && !tok.spaceBefore && !t[k + 1]?.spaceBefore) return isCapitalized(t[k - 1]);
    if (tok?.norm === ".") return legalFormPoint(t, k);
    return isCapitalized(tok) && tok?.kind === "word" && !PRONOUN_WORDS.has(tok.norm);
  };
  while (s > Math.max(0, end - SAYER_WORDS) && nameWord(s - 1)) s--;
  if (s === end || !isCapitalized(t[s])) return undefined;
  // ("407 International Inc. said Thursday it earned": a number that opens the name.)
  if (t[s - 1]?.kind === "num" && opens(s - 1)) s--;
  const opened = opens(s);
  // ("Rival China Telecom said it had": a descriptor before the name is no part of it.)
  while (s < end - 1 && NAME_DESCRIPTORS.has(t[s]?.norm ?? "")) s++;
  return opened ? { first: s, last: end, anaphor: false } : undefined;
}
/** Marks a saying body's clause may open after. */
const SAYER_BOUNDARIES = new Set([".", "-", "—", "–", ":"]);
/** Kinds of company: "The Montreal-based company said it earned", "the largest lender, Zenith Bank,". */
export const COMPANY_KIND_SET: ReadonlySet<string> = new Set(COMPANY_KINDS);
/** Words of an opening phrase before a comma and the name: "In Europe,", "Meanwhile,". */
const INTRO_WORDS = 3;
/** Tokens an apposition between the name and its verb may take. */
const APPOSITION_REACH = 16;
/** Verbs of saying between a name and the "it" that stands for it. */
const SAYER_VERBS = new Set(["said", "says", "reported", "announced"]);
/** Words of such a name, at most. */
const SAYER_WORDS = 5;
/** Capitalized descriptors that open a sentence before a name: "Rival Optus", "Newcomer DITO". */
const NAME_DESCRIPTORS = new Set(["rival", "newcomer", "brokerage", "lender", "carrier", "operator", "peer"]);

/**
 * The number at `k` is a measure glued to its unit that describes a noun after it, before `end`: "the price
 * of its 1GB monthly bundle".
 */
export function describesNounAfter(t: readonly Token[], k: number, end: number): boolean {
  return (
    t[k]?.kind === "num" &&
    t[k + 1]?.kind === "word" &&
    !t[k + 1]?.spaceBefore &&
    k + 2 < end &&
    t[k + 2]?.kind === "word"
  );
}

/**
 * A measure written apart from its unit before the noun it describes, at token `k`, after a determiner
 * (and a word describing the noun) or a comma between descriptions: "The 180,000 dwt capesize", "a new 1.2
 * gigawatt reactor", "The 2015-built, 180,000 dwt capesize"; not a quantity of something ("landed 398,000
 * tonnes of sea fish").
 */
export function measureBeforeNoun(t: readonly Token[], k: number, end: number): boolean {
  const unit = t[k + 1];
  const before = t[k - 1]?.norm ?? "";
  const determined =
    DETERMINER_WORDS.has(before) ||
    before === "," ||
    (/^[a-z]+$/.test(t[k - 1]?.text ?? "") && DETERMINER_WORDS.has(t[k - 2]?.norm ?? ""));
  return (
    t[k]?.kind === "num" &&
    determined &&
    unit?.kind === "word" &&
    unit.spaceBefore &&
    MEASURE_UNIT_WORDS.has(unit.norm) &&
    k + 2 < end &&
    /^[a-z]/.test(t[k + 2]?.text ?? "") &&
    !FUNCTION_WORDS.has(t[k + 2]?.norm ?? "")
  );
}

/**
 * Where the noun starts that the age or count at `k` inside its phrase follows, past a link: "workers aged
 * 21", "the sale of 120 lots", "staff in 12 sectors", "Occupancy across its 27 lodges" (not a year); or
 * undefined.
 */
export function countNounAt(t: readonly Token[], k: number): number | undefined {
  const num = t[k];
  if (num?.kind !== "num" || !num.spaceBefore || !/^\d[\d,]*$/.test(num.text) || isYearToken(num))
    return undefined;
  // ("across its 27 lodges", "for our 48 trucks": a possessive between the link and the count.)
  const link = POSSESSIVE_DETERMINERS.has(t[k - 1]?.norm ?? "") ? k - 2 : k - 1;
  const noun = t[link - 1];
  const linked =
    COUNT_LINKS.has(t[link]?.norm ?? "") || (link < k - 1 && OWNED_COUNT_LINKS.has(t[link]?.norm ?? ""));
  if (!linked || noun?.kind !== "word") return undefined;
  // ("Customers aged 39 made up 31 percent", "\"Diesel for our 48 trucks went up": the noun may open the
  // sentence, or a quote.)
  const before = OPENING_QUOTES.has(t[link - 2]?.norm ?? "") ? link - 3 : link - 2;
  const opening = /^\p{Lu}\p{Ll}+$/u.test(noun.text) && (before < 0 || endsSentence(t, before));
  return noun.text === noun.norm || opening ? link - 1 : undefined;
}

/** Links before a possessive and a count: "Diesel for our 48 trucks", "Sales at its 120 stores". */
const OWNED_COUNT_LINKS = new Set(["for", "at"]);

/**
 * "The rate for 18-20 year olds", "workers 16 to 17 years old": where the ages before "year olds" at `s`
 * start (the group's phrase goes on past them), or undefined.
 */
export function ageGroupStart(t: readonly Token[], s: number): number | undefined {
  const k = s - 1;
  if (t[k]?.kind !== "num") return undefined;
  const first = firstAge(t, k);
  if (agesNoun(t, s)) return first;
  // ("those aged 15-24 years", "young people aged 18 to 24": ages after "aged", with "years" or none.)
  const aged = t[first - 1]?.norm === "aged";
  return aged && (first < k || /^years?$/.test(t[s]?.norm ?? "")) ? first : undefined;
}

/** Words that bound an age after the people they describe: "people over 85". */
const PEOPLE_AGE_BOUNDS = new Set(["over", "under", "above", "below"]);

/** "people over 85", "patients aged over 18": the number at `k` bounds the age of the people before it. */
export function ageBoundAt(t: readonly Token[], k: number): boolean {
  return PEOPLE_AGE_BOUNDS.has(t[k - 1]?.norm ?? "") && isAge(t, k, k, k + 1);
}

/** Token `k` is an age of a group named by its ages: the "18" or "20" of "18-20 year olds". */
function inAgeGroup(t: readonly Token[], k: number): boolean {
  if (t[k]?.kind !== "num") return false;
  let last = k;
  if (agesJoined(t, k + 1) && t[k + 2]?.kind === "num") last = k + 2;
  else if (t[k + 1]?.norm === "-" && t[k + 2]?.norm === "to" && t[k + 3]?.kind === "num") last = k + 3;
  return ageGroupStart(t, last + 1) !== undefined;
}

/** Words after an "as" that compares, which ends no phrase: "as much as", "as many as", "as well as". */
const AS_COMPARED = new Set(["well", "much", "many", "high", "low", "little", "few", "far", "long", "large"]);

/** Verbs of being a level, left at a subject's end: "The total pool represents an increase of 9.4%". */
const COPULAS = new Set(["represents", "represented", "constitutes", "constituted", "marks", "marked"]);

/** Words between a noun and a count or an age inside its phrase. */
const COUNT_LINKS = new Set(["aged", "of", "in", "across"]);

/**
 * "The combined wealth of the 50 richest", "the world's 500 richest people": a count of a ranked group at
 * `k` (after "the" or a possessive, before a superlative) is part of the noun phrase.
 */
export function rankedCount(t: readonly Token[], k: number): boolean {
  const before = t[k - 1]?.norm ?? "";
  const after = t[k + 1];
  return (
    /^\d{1,4}$/.test(t[k]?.norm ?? "") &&
    (before === "the" || /['’]s$/.test(before)) &&
    after?.kind === "word" &&
    after.text === after.norm &&
    /^[a-z]{2,}est$/.test(after.norm)
  );
}

/** Token `k` is a number glued to the capitalized word before it: the "2" of "CO2", the "7" of "G7". */
function gluedDigits(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return (
    tok?.kind === "num" &&
    !tok.spaceBefore &&
    /^\d{1,2}$/.test(tok.text) &&
    /^\p{Lu}{1,4}$/u.test(t[k - 1]?.text ?? "")
  );
}

const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...RELATIVES, "when", "whom"]);

/** Prepositions that open a duration after a noun: "over five years", "through 2030". */
const DURATION_OPENERS = new Set(["over", "within", "through"]);
/** Tokens a duration may take before its time unit: "over the next three years". */
const DURATION_REACH = 4;

/** A time unit (or a year) within a few words from token `k`: "five years", "the next decade". */
function durationAfter(t: readonly Token[], k: number): boolean {
  for (let j = k; j < k + DURATION_REACH; j++) {
    const tok = t[j];
    if (!tok || NP_STOPS.has(tok.norm)) return false;
    if (TIME_UNIT.has(tok.norm) || isYearToken(tok)) return true;
  }
  return false;
}

/** Tokens a parenthesis after a figure may hold: "($108.1 billion)", "(bpd)", "(about $130 million)". */
const FIGURE_PARENTHESIS_TOKENS = 8;

/** Past a parenthesis that opens at token `k`, or closes there around the figure before it. */
export function pastParentheses(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm === ")") return k + 1;
  if (tokens[k]?.norm !== "(") return k;
  for (let j = k + 1; j <= k + FIGURE_PARENTHESIS_TOKENS; j++) if (tokens[j]?.norm === ")") return j + 1;
  return k;
}

/** Words that open a rate after a noun: "a year", "per day". */
export const RATE_OPENERS = new Set(["a", "an", "per"]);
/** Words before "a year" that make it no rate of the noun: "in just over a year", "twice a year". */
const NOT_RATE_HOLDERS = new Set([
  "over",
  "under",
  "about",
  "around",
  "just",
  "nearly",
  "almost",
  "than",
  "within",
  "in",
  "for",
  "once",
  "twice",
  "only",
]);

/** Nouns that end like an adverb: "the supply", "a rally". */
const LY_NOUNS = new Set([
  "supply",
  "family",
  "assembly",
  "rally",
  "anomaly",
  "monopoly",
  "ally",
  "reply",
  "july",
]);

/** "sharply", "slightly", "stubbornly": an adverb of manner or degree. */
export function isAdverb(word: string): boolean {
  return /^[a-z]{3,}ly$/.test(word) && !LY_NOUNS.has(word);
}

/** Forms of "do" that carry a negation: "do not survive", "did not meet". */
const DO_FORMS = new Set(["do", "does", "did"]);

/** Prepositions that open a period: "between May and October", "from June to September". */
const PERIOD_OPENERS = new Set(["between", "from", "through", "until", "over"]);
/** Prepositions of a period after a phrase: "operations in fiscal 2027", "repairs during 2026". */
const PERIOD_LINKS = new Set([...PERIOD_OPENERS, "in", "during", "for", "since", "by"]);

/** Marks that open a list item at a line's start: "- $4 billion for bridges". */
const LIST_MARKS = new Set(["-", "–", "—", "•", "*", "·", "▪", "●"]);

/** Token `k` opens a paragraph or a list item: no phrase runs across it. */
export function breaksLine(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok !== undefined && (tok.paragraphStart || (tok.lineStart && LIST_MARKS.has(tok.norm)));
}

/** Token `k` ends the sentence or its line, or there is none. */
export function endsSentence(t: readonly Token[], k: number): boolean {
  const next = t[k];
  return (
    next === undefined ||
    [".", "!", "?", ";"].includes(next.norm) ||
    breaksLine(t, k) ||
    next.lineStart === true
  );
}

const PHRASE_ENDS = new Set(["and", "but", "while", "whereas", "who", "which", "that", "as", "because"]);

/** Where a verb phrase or infinitive ends: punctuation, a relative or coordinating word, a period. */
export function phraseEnd(t: readonly Token[], from: number, isPeriodToken: (k: number) => boolean): number {
  let e = from;
  while (e < t.length && e - from < SPAN_LIMIT) {
    const w = t[e];
    if (!w || NP_STOPS.has(w.norm) || PHRASE_ENDS.has(w.norm) || isPeriodToken(e) || breaksLine(t, e)) break;
    if (w.kind === "num" || w.kind === "sym") break;
    e++;
  }
  return e;
}

export const SHARE_VERB: ReadonlySet<string> = new Set([...SHARE_VERBS, ...IRREGULAR_PAST_TENSES]);

/** Modals that open a verb after a noun phrase: "revenue must pay", "firms will face". */
const PHRASE_MODALS = new Set(["will", "would", "could", "can", "may", "might", "must", "should", "shall"]);

/** A noun phrase after a preposition, up to a verb or punctuation. */
export function phraseAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
  pastEnds = false,
): SubjectHit | undefined {
  // ("posts 5.1% growth in third quarter" + a paragraph under it: no phrase runs into the next one.)
  if (breaksLine(t, from)) return undefined;
  let e = from;
  while (e < t.length && e - from < SPAN_LIMIT) {
    const w = t[e];
    // "hot-rolled coil", "paid-up capital", "CO2": a word glued to the one before continues it.
    if (e > from && (gluedHyphen(t, e - 1) || gluedDigits(t, e))) {
      e++;
      continue;
    }
    // ("of the May 2036 bond": a maturity's month and year name the bond.)
    if (isCapitalized(w) && isYearToken(t[e + 1]) && bondAfter(t, e + 2)) {
      e += 2;
      continue;
    }
    // "on chips and AI", "in its network and treatment works": a second bare noun phrase that runs to
    // the clause's end is part of what the money goes to.
    if (e > from && (w?.norm === "and" || w?.norm === "or")) {
      const joined = coordinateEnd(t, e + 1, isPeriodToken);
      if (joined !== undefined) e = joined;
      break;
    }
    // ("28.4 gigawatts of wind, solar and storage": a list of bare nouns, closed by "and" or "or".)
    if (e > from && e - from <= LIST_ITEM_WORDS && w?.norm === ",") {
      const listed = bareListEnd(t, e, isPeriodToken);
      if (listed !== undefined) e = listed;
      break;
    }
    if (
      !w ||
      (e > from && breaksLine(t, e)) ||
      NP_STOPS.has(w.norm) ||
      FOLLOWING_VERBS.has(w.norm) ||
      CHANGE_VERB.has(w.norm) ||
      // "more than $25 million in annual revenue must pay": a modal opens the clause's verb.
      (e > from && PHRASE_MODALS.has(w.norm)) ||
      // "£18,400 in costs after a resident died": a subordinate clause ends the phrase (not an accounting
      // phrase: "a 62 per cent rise in profit after tax to N18.4 billion").
      (e > from && SUBORDINATING.has(w.norm) && !accountingPhrase(t, e)) ||
      (e > from && w.norm === "even" && SUBORDINATING.has(t[e + 1]?.norm ?? "")) ||
      // ("contributions since it replaced the NHIF": a clause; "pending bills they could not verify": a
      // relative clause cut by its modal, which ends no phrase; "the wheat it eats" keeps its clause.)
      (e > from && w.norm === "since") ||
      // ("in illicit cigarettes as tobacco smuggling surges", "in unliquidated funds as of end-December": a
      // clause or a date opened by "as"; not "such as", "as well as", "worth as much as", "known as".)
      (e > from &&
        w.norm === "as" &&
        !["such", "known"].includes(t[e - 1]?.norm ?? "") &&
        !AS_COMPARED.has(t[e + 1]?.norm ?? "") &&
        !AS_COMPARED.has(t[e - 1]?.norm ?? "")) ||
      // ("a £50m rise in labour costs triggered by increases": a participle and its agent.)
      (e > from && /^[a-z]{3,}ed$/.test(w.text) && t[e + 1]?.norm === "by") ||
      (e > from && CLAUSE_PRONOUNS.has(w.text) && PHRASE_MODALS.has(t[e + 1]?.norm ?? "")) ||
      // ("96% of users never reach that limit": a negation opens the verb.)
      (e > from && (w.norm === "never" || w.norm === "not")) ||
      isPeriodToken(e)
    )
      break;
    // "Two-thirds of voters backed the plan", "41% of pupils read at grade level": a past-tense verb or a
    // share's present-tense verb after the noun ends the phrase.
    // ("the world's mined uranium", "the paved roads": a participle after a determiner describes the noun.)
    const described = /['’]s$/.test(t[e - 1]?.norm ?? "") || DETERMINER_WORDS.has(t[e - 1]?.norm ?? "");
    if (pastEnds && e > from && w.kind === "word" && /^[a-z]{3,}ed$/.test(w.norm) && !described) break;
    if (pastEnds && e > from && SHARE_VERB.has(w.norm) && !NOUN_MARKERS.has(t[e - 1]?.norm ?? "")) break;
    // "of 10-year notes", "the 30-day average": a number glued to a word by a hyphen describes the noun.
    if (w.kind === "num" && gluedHyphen(t, e + 1) && t[e + 2]?.kind === "word") {
      e += 3;
      continue;
    }
    // ("of the 2036 bond", "of the May 2036 bond": a maturity's year names the bond.)
    if (isYearToken(w) && bondAfter(t, e + 1)) {
      e++;
      continue;
    }
    if (w.kind === "num" || w.kind === "sym") break;
    // "of 10-year notes at a yield of 6.05%": the terms a security was sold at are no part of it.
    if (e > from && w.norm === "at" && dealTermsEnd(t, e) !== undefined) break;
    // "on new aircraft over the next three years": a duration is the figure's.
    // ("in net inflows in just over a year": the words that lead into it go too.)
    if (e > from && DURATION_OPENERS.has(w.norm) && durationAfter(t, e + 1)) {
      while (e - 1 > from && NOT_RATE_HOLDERS.has(t[e - 1]?.norm ?? "")) e--;
      break;
    }
    // "400,000 tonnes of coal a year": the rate is the figure's, not the noun's.
    // ("in just over a year", "once a year": no noun before it.)
    const afterNoun = !NOT_RATE_HOLDERS.has(t[e - 1]?.norm ?? "");
    if (e > from && afterNoun && RATE_OPENERS.has(w.norm) && TIME_UNIT.has(t[e + 1]?.norm ?? "")) break;
    e++;
  }
  // ("family businesses do not survive", "services they never received": before a negation, its helper
  // and a clause's pronoun go too.)
  if (t[e]?.norm === "never" || t[e]?.norm === "not") {
    while (e - 1 > from && (AUXILIARIES.has(t[e - 1]?.norm ?? "") || DO_FORMS.has(t[e - 1]?.norm ?? ""))) e--;
    if (e - 1 > from && CLAUSE_PRONOUNS.has(t[e - 1]?.text ?? "")) e--;
  }
  // "in Kazakhstan" at the end is where, not what; keep it (a place is part of the name a reader gives).
  return trimmed(t, from, e, isPeriodToken);
}

/** Words a measure before a noun may take after its number: "a 3 square metre unit", "a 40-foot container". */
const MEASURE_WORDS_BEFORE_NOUN = 2;

/**
 * "for a 6kg bag of wash-and-fold", "a month for a 3 square metre unit", "for a 25% stake": an article,
 * a measure (a number with its unit or a percent sign) and the noun it sizes, with what follows the noun.
 */
export function measuredThingAfter(
  t: readonly Token[],
  k: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  if (!ARTICLES.has(t[k]?.norm ?? "") || t[k + 1]?.kind !== "num" || isPeriodToken(k + 1)) return undefined;
  let e = k + 2;
  if (t[e]?.norm === "%") e++;
  else {
    const start = e;
    while (e - start < MEASURE_WORDS_BEFORE_NOUN && MEASURE_UNIT_WORDS.has(t[e]?.norm ?? "")) e++;
    if (e === start) return undefined;
  }
  const noun = t[e];
  if (noun?.kind !== "word" || noun.text !== noun.norm || MEASURE_UNIT_WORDS.has(noun.norm)) return undefined;
  // ("for a 40kg bag of cotton seed cake compared with": a past participle ends the phrase.)
  const np = phraseAfter(t, e, isPeriodToken, true);
  return np && np.first === e ? { ...np, first: k } : undefined;
}

/** The indefinite articles: "a 6kg bag", "at a 9% rate". */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** Verbs that have something done to their object: "will have their balances cut". */
const CAUSATIVES = new Set(["have", "has", "had", "get", "gets", "got"]);

/** Verbs whose object the bare verb after it tells of: "saw its margin recover", "let the rand weaken". */
const PERCEIVING = new Set([
  "saw",
  "see",
  "sees",
  "seeing",
  "seen",
  "watched",
  "let",
  "lets",
  "made",
  "make",
]);

/** Base forms of change verbs that follow their subject after "see", "let", "make": "see bills rise". */
const BARE_CHANGE_VERBS = new Set([
  "rise",
  "fall",
  "recover",
  "rebound",
  "ease",
  "slip",
  "surge",
  "increase",
  "decrease",
  "grow",
  "drop",
  "climb",
  "jump",
  "decline",
]);

/** Terms a security is sold or priced at: "at a spread of", "at a yield of", "at a coupon of". */
const DEAL_TERMS: ReadonlySet<string> = new Set([
  "spread",
  "yield",
  "coupon",
  "price",
  "premium",
  "discount",
  "rate",
]);
/** Words a deal's term may stand after: "at a high yield of", "at an average rate of", "at a cut-off yield of". */
const DEAL_TERM_WORDS_REACH = 4;

/**
 * The "of" that ends the terms a security was sold at, opened by the "at" at `at` ("at a yield of", "at a
 * high yield of", "at a stop-out rate of"), or undefined.
 */
export function dealTermsEnd(t: readonly Token[], at: number): number | undefined {
  if (t[at]?.norm !== "at" || !ARTICLES.has(t[at + 1]?.norm ?? "")) return undefined;
  for (let k = at + 2; k < at + 2 + DEAL_TERM_WORDS_REACH; k++) {
    const tok = t[k];
    if (DEAL_TERMS.has(tok?.norm ?? "") && t[k + 1]?.norm === "of") return k + 1;
    if (tok?.kind !== "word" && tok?.norm !== "-") return undefined;
  }
  return undefined;
}

/** Marks a coordinated noun phrase may end on: the clause ends there. */
const COORDINATE_ENDS = new Set([",", ".", ";", ":", ")", "—", "–", "!", "?"]);

/** Words of a bare list item, at most: "wind", "solar power". */
const LIST_ITEM_WORDS = 2;
/** Items of a bare list before its "and", at most. */
const LIST_ITEMS = 4;

/**
 * The end of a list of bare nouns whose first item ends at the comma `comma`: ", solar and storage", ",
 * solar, and storage"; undefined where an item is no bare noun of one or two plain words.
 */
function bareListEnd(
  t: readonly Token[],
  comma: number,
  isPeriodToken: (k: number) => boolean,
): number | undefined {
  let k = comma;
  for (let items = 0; items < LIST_ITEMS && t[k]?.norm === ","; items++) {
    let j = k + 1;
    // (", and aims to raise": right after the first item, a comma's "and" opens a clause.)
    if (items > 0 && (t[j]?.norm === "and" || t[j]?.norm === "or"))
      return lastItemEnd(t, j + 1, isPeriodToken);
    const start = j;
    while (j < start + LIST_ITEM_WORDS && plainListWord(t[j])) j++;
    if (j === start) return undefined;
    if (t[j]?.norm === "and" || t[j]?.norm === "or") return lastItemEnd(t, j + 1, isPeriodToken);
    k = j;
  }
  return undefined;
}

/** The end of a bare list's last item from `k`: before a mark, a period or a preposition ("storage in October"). */
function lastItemEnd(
  t: readonly Token[],
  k: number,
  isPeriodToken: (k: number) => boolean,
): number | undefined {
  const joined = coordinateEnd(t, k, isPeriodToken);
  if (joined !== undefined) return joined;
  let e = k;
  while (e < k + LIST_ITEM_WORDS && plainListWord(t[e]) && !PREPOSITION_WORDS.has(t[e]?.norm ?? "")) e++;
  const after = t[e];
  const closes =
    !after || COORDINATE_ENDS.has(after.norm) || isPeriodToken(e) || PREPOSITION_WORDS.has(after.norm);
  return e > k && closes ? e : undefined;
}

/** A lower-case word that may stand in a bare list: no verb, determiner, link or word of change. */
function plainListWord(tok: Token | undefined): boolean {
  return (
    tok?.kind === "word" &&
    tok.text === tok.norm &&
    !NP_STOPS.has(tok.norm) &&
    !DETERMINER_WORDS.has(tok.norm) &&
    !CHANGE_VERB.has(tok.norm) &&
    !FOLLOWING_VERBS.has(tok.norm) &&
    !AUXILIARIES.has(tok.norm) &&
    !PRONOUN_WORDS.has(tok.norm) &&
    !isPastVerb(tok) &&
    // (", including legal and advisory fees": a word that opens an aside.)
    !ASIDE_OPENERS.has(tok.norm)
  );
}

/** Words that open an aside after a noun, not another item of a list: ", including", ", mainly". */
const ASIDE_OPENERS = new Set([
  "including",
  "excluding",
  "notably",
  "mainly",
  "mostly",
  "especially",
  "particularly",
]);

/**
 * The end of a bare noun phrase after "and"/"or" at `k` ("AI", "treatment works", "its legal costs"), or
 * undefined when what follows is a clause of its own: a verb, a pronoun, a number, or no hard end within
 * four words.
 */
function coordinateEnd(
  t: readonly Token[],
  k: number,
  isPeriodToken: (k: number) => boolean,
): number | undefined {
  let e = k;
  if (DETERMINER_WORDS.has(t[e]?.norm ?? "") && !PRONOUN_WORDS.has(t[e]?.norm ?? "")) e++;
  const first = e;
  while (e < k + 5) {
    const w = t[e];
    // ("for snow and ice operations in fiscal 2027": the period's preposition closes it too.)
    const closes =
      !w ||
      COORDINATE_ENDS.has(w.norm) ||
      isPeriodToken(e) ||
      (e > first && PERIOD_LINKS.has(w.norm) && isPeriodToken(e + 1)) ||
      (DURATION_OPENERS.has(w.norm) && durationAfter(t, e + 1));
    if (closes) return e > first ? e : undefined;
    if (w.kind !== "word" || breaksLine(t, e)) return undefined;
    if (
      NP_STOPS.has(w.norm) ||
      // ("and public works.": a verb form that ends the phrase after a word of it is a noun.)
      (FOLLOWING_VERBS.has(w.norm) && !(e > first && COORDINATE_ENDS.has(t[e + 1]?.norm ?? ""))) ||
      CHANGE_VERB.has(w.norm) ||
      AUXILIARIES.has(w.norm) ||
      PRONOUN_WORDS.has(w.norm) ||
      DETERMINER_WORDS.has(w.norm) ||
      SUBORDINATING.has(w.norm) ||
      DANGLING_WORDS.has(w.norm) ||
      // "11 votes in favour and three abstentions": a count of its own.
      ONE.has(w.norm) ||
      TEN.has(w.norm) ||
      isPastVerb(w)
    )
      return undefined;
    e++;
    if (gluedHyphen(t, e - 1) && t[e]?.kind === "word") e++;
  }
  return undefined;
}

/** Adverbs between a modal and its verb: "would still achieve". */
const MODAL_ADVERBS = new Set(["still", "also", "only", "further", "now", "then", "not", "likely"]);

/**
 * A subject without the verb that governs it: "achieve savings" after "would still" is "savings", "The
 * government aims to bring the fiscal deficit" is "the fiscal deficit", "to lift growth by 1.8%" is
 * "growth" (an infinitive before a determiner is a verb; "sales to customers in Asia" keeps its preposition).
 */
export function withoutGoverningVerb(t: readonly Token[], hit: SubjectHit): SubjectHit {
  let first = hit.first;
  // (A subject that opens with "to" is a purpose: "$2 billion to modernize an older plant".)
  for (let k = hit.first + 1; k + 2 < hit.last; k++) {
    const verb = t[k + 1];
    if (
      t[k]?.norm === "to" &&
      verb?.kind === "word" &&
      verb.text === verb.norm &&
      !DETERMINER_WORDS.has(verb.norm) &&
      DETERMINER_WORDS.has(t[k + 2]?.norm ?? "")
    )
      first = k + 2;
  }
  if (first === hit.first && hit.last - hit.first >= 2) {
    const lead = t[hit.first - 1]?.norm ?? "";
    const isModal = (norm: string) => MODALS.has(norm) && norm !== "to";
    const modal = isModal(lead) || (MODAL_ADVERBS.has(lead) && isModal(t[hit.first - 2]?.norm ?? ""));
    const word = t[hit.first];
    // ("to lift growth by 1.8%": an infinitive too; not "net debt to adjusted EBITDA".)
    // ("agreed to group-wide reductions": a word glued to a hyphen is a modifier.)
    const glued = t[hit.first + 1]?.norm === "-" && !t[hit.first + 1]?.spaceBefore;
    const infinitive = lead === "to" && !glued && !/(?:ed|ing)$/.test(word?.norm ?? "");
    if (
      (modal || infinitive) &&
      word?.kind === "word" &&
      word.text === word.norm &&
      !DETERMINER_WORDS.has(word.norm)
    )
      first = hit.first + 1;
  }
  return first === hit.first ? hit : { ...hit, first };
}

/**
 * A subject that starts inside a hyphenated word starts at that word: "In-store sales" (not "store
 * sales"), "fixed-rate bonds" (not "rate bonds"); one that starts inside a measure glued to its number
 * starts at the number ("a 100kg bag of maize").
 */
export function withWholeFirstWord(t: readonly Token[], hit: SubjectHit): SubjectHit {
  let first = hit.first;
  for (let n = 0; n < WORD_PARTS && gluedHyphen(t, first - 1) && t[first - 2]?.kind === "word"; n++)
    first -= 2;
  // "a 100kg bag of maize" (not "kg bag of maize"): a measure glued to its number, with its article.
  if (first === hit.first && t[first - 1]?.kind === "num" && t[first]?.spaceBefore === false) {
    first--;
    if (t[first - 1]?.norm === "a" || t[first - 1]?.norm === "an") first--;
  }
  // ("BRIEF-Voltaris Bus Q3 Revenue Rises 12%": a wire story's slug glued to the headline is not its.)
  if (WIRE_SLUGS.has(t[first]?.text ?? "") && gluedHyphen(t, first + 1) && first + 2 < hit.last) first += 2;
  return first === hit.first ? hit : { ...hit, first };
}

/** Parts of a hyphenated word a subject may take back, at most: "state-of-the-art". */
const WORD_PARTS = 4;

/** Words a subject cut before another figure may not end on: "shabu worth about (P9.1 billion)". */
const CUT_TAIL_WORDS: ReadonlySet<string> = new Set([
  "worth",
  "valued",
  "totalling",
  "totaling",
  "costing",
  "about",
  "around",
  "roughly",
  "nearly",
  "almost",
  "some",
  "estimated",
  "an",
  "a",
  "the",
  "of",
  "for",
  "at",
  "to",
  "in",
  "with",
  "by",
  "as",
  "and",
  "or",
  "than",
  "over",
  "under",
  "up",
  "much",
]);

/**
 * "Phones priced above $600 accounted for 62%", "Homes costing more than $1 million made up 12%": where a
 * noun goes on before the price band that ends at `s` (the band is part of the phrase), or undefined.
 */
export function priceBandStart(t: readonly Token[], s: number, floor: number): number | undefined {
  let k = s - 1;
  const currencyWord = CURRENCY_WORD.backward(t, k + 1);
  if (currencyWord) k = currencyWord.start - 1;
  while (k > floor && SCALE.has(t[k]?.norm ?? "")) k--;
  if (t[k]?.kind !== "num") return undefined;
  // (Bounded: an amount is a few tokens, so a run of numbers costs no more than its length.)
  const amountStart = k;
  while (k > floor && k > amountStart - AMOUNT_TOKENS && (t[k]?.kind === "num" || t[k]?.kind === "sym")) k--;
  if (PREFIX_WORD_CURRENCY.has(t[k]?.norm ?? "")) k--;
  if (t[k]?.norm === "than" && ["more", "less"].includes(t[k - 1]?.norm ?? "")) k -= 2;
  // ("under RM1.2bil programme": the money names the noun after it.)
  if (FUNDED_NOUNS.has(t[s]?.norm ?? "")) return undefined;
  const bound = BAND_BOUNDS.has(t[k]?.norm ?? "");
  if (bound) k--;
  if (BAND_VERBS.has(t[k]?.norm ?? "")) k--;
  // ("orders over €2.7 million in assets", "jailed for 10 years over": "over" alone is what about.)
  else if (!bound || t[k + 1]?.norm === "over") return undefined;
  const noun = t[k];
  return k >= floor &&
    noun?.kind === "word" &&
    /s$/.test(noun.norm) &&
    !NP_STOPS.has(noun.norm) &&
    // ("Petrol is above Rs 102", "Brent slips below $62": a verb, no noun.)
    !CHANGE_VERB.has(noun.norm) &&
    !STANDING_VERBS.has(noun.norm) &&
    !TIME_UNIT.has(noun.norm)
    ? k
    : undefined;
}
/** Verbs of standing at a level that end in "s" like a plural noun: "is above", "stays below". */
const STANDING_VERBS = new Set([
  "is",
  "was",
  "has",
  "stays",
  "remains",
  "trades",
  "hovers",
  "holds",
  "sits",
  "goes",
  "costs",
  "sells",
  "closes",
  "settles",
  "ends",
  "means",
]);
/** Nouns an amount before them funds or sizes: "under RM1.2bil programme". */
const FUNDED_NOUNS = new Set([
  "programme",
  "program",
  "scheme",
  "plan",
  "package",
  "deal",
  "project",
  "contract",
  "fund",
  "loan",
  "facility",
  "budget",
  "initiative",
]);
/** Tokens of an amount's signs and digits, at most: "$ 1,200", "R 9 200". */
const AMOUNT_TOKENS = 4;
/** Bounds of a price band: "phones under 6,000 yuan", "priced above $600". */
const BAND_BOUNDS = new Set(["under", "above", "over", "below"]);
/** Participles of a price band: "priced above $600", "costing more than $1 million". */
const BAND_VERBS = new Set(["priced", "costing", "selling", "retailing", "valued"]);

/** The money starting at `k` ("$600", "Rs 10,000", "6,000 yuan") is a price band inside a phrase from `floor`. */
function inPriceBand(t: readonly Token[], k: number, floor: number): boolean {
  let end = k;
  if (PREFIX_WORD_CURRENCY.has(t[end]?.norm ?? "")) end++;
  while (end < k + AMOUNT_TOKENS && (t[end]?.kind === "sym" || t[end]?.kind === "num")) end++;
  if (SCALE.has(t[end]?.norm ?? "")) end++;
  end = CURRENCY_WORD.forward(t, end)?.end ?? end;
  return end > k && priceBandStart(t, end, floor) !== undefined;
}

/**
 * A subject that runs into another figure's money ends before it, and before the words that led to it: "seized 1,340
 * kilos of shabu worth about P9.1 billion" -> "shabu", "estates in Sabah for RM1.2 billion" -> "estates in
 * Sabah". Undefined when nothing of it is left.
 */
export function cutBeforeFigure(
  t: readonly Token[],
  subject: { first: number; last: number },
  isOtherFigure: (k: number) => boolean,
): { first: number; last: number } | undefined {
  // ("of its P125-billion capital": money that describes a noun of the subject stays; "cocoa worth
  // $2.1 billion": a phrase that stopped right before the money ends before the word that led to it.)
  let last = subject.first + 1;
  // ("Phones priced above $600": a price band stays with its noun.)
  while (
    last <= subject.last &&
    !(
      isOtherFigure(last) &&
      CUT_TAIL_WORDS.has(t[last - 1]?.norm ?? "") &&
      !inPriceBand(t, last, subject.first)
    )
  )
    last++;
  if (last > subject.last) return subject;
  while (
    last > subject.first &&
    (CUT_TAIL_WORDS.has(t[last - 1]?.norm ?? "") || t[last - 1]?.kind !== "word")
  )
    last--;
  return last > subject.first ? { first: subject.first, last } : undefined;
}
