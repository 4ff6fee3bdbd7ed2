/**
 * Credit lines: "(Reporting by Ann Lee; Additional reporting by Michael S. Derby and Rachel More; Editing
 * by Paul Simao)". Every name a credit line lists after "by" is a person, whole: initials and a surname
 * that is also a word ("More", "Winning") stay in it; the outlet a dateline credits is an organization.
 * Linear in the sentence.
 */
import { CREDIT_WORDS } from "./lexicon/context-words.ts";
import { NAME_PARTICLES } from "./lexicon/person-names.ts";
import { replaceSpans } from "./span-edits.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";

const CREDIT_WORD: ReadonlySet<string> = new Set(CREDIT_WORDS);
/** Marks between two names of one credit: "Ann Lee and Bo Chen", "Ann Lee, Bo Chen & Jo Kim". */
const NAME_LINKS = new Set(["and", ",", "&"]);
/** Words of one credited name, at most. */
const NAME_WORDS = 6;

export function creditNames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words } = view;
  const added: ProposedSpan[] = [];
  for (let by = 1; by < words.length; by++) {
    if (words[by] !== "by" || !CREDIT_WORD.has((words[by - 1] ?? "").toLowerCase())) continue;
    let k = by + 1;
    while (k < words.length) {
      const start = k;
      while (k < words.length && k - start < NAME_WORDS && isNameWord(words, k)) k++;
      // A name has a capitalized word of more than a letter: "Rachel More", "Michael S. Derby".
      if (!words.slice(start, k).some((word) => /^\p{Lu}\p{Ll}/u.test(word))) break;
      added.push({ start, end: k, type: "PERSON", certain: true });
      if (!NAME_LINKS.has(words[k] ?? "")) break;
      k++;
    }
    by = k;
  }
  const outlet = datelineCredit(words);
  if (outlet) {
    added.push(outlet);
    const company = briefCompany(words, outlet.end);
    if (company) added.push(company);
  }
  return replaceSpans(words.length, spans, added);
}

/** Words a dateline runs to before its credit, at most: "JOHANNESBURG, 19 November 2026 (". */
const DATELINE_WORDS = 10;
/** Marks that close a dateline after its credit. */
const DATELINE_ENDS = new Set(["-", "–", "—", ":"]);

/**
 * "JOHANNESBURG, 19 November 2026 (Business Day) -": the outlet a dateline credits in parentheses after its
 * date is an organization, whatever the tagger made of its words.
 */
function datelineCredit(words: readonly string[]): ProposedSpan | undefined {
  const open = words.indexOf("(");
  if (open < 1 || open > DATELINE_WORDS || !/^\d{1,4}$/.test(words[open - 1] ?? "")) return undefined;
  const close = words.indexOf(")", open);
  if (close <= open + 1 || close - open - 1 > NAME_WORDS || !DATELINE_ENDS.has(words[close + 1] ?? ""))
    return undefined;
  for (let k = open + 1; k < close; k++) if (!/^\p{Lu}/u.test(words[k] ?? "")) return undefined;
  return { start: open + 1, end: close, type: "ORGANIZATION", certain: true };
}

/** Words of a brief's company after its dateline, at most: "Ola-Daniels Stationery Plc". */
const COMPANY_WORDS = 8;
/** Marks inside a company's name: "Villeroy & Boch AG", "Ola-Daniels", "Co.". */
const COMPANY_MARKS = new Set(["&", "-", "."]);

/**
 * "OSLO, Nov 5, 2026 (Reuters) - Statkraft AS:": a wire brief's heading names, after its dateline's credit
 * (closing at `close`), the company whose results the items below it give: an organization, legal form
 * and all, whatever the tagger made of its words.
 */
function briefCompany(words: readonly string[], close: number): ProposedSpan | undefined {
  const start = close + 2;
  const colon = words.length - 1;
  if (words[colon] !== ":" || colon <= start || colon - start > COMPANY_WORDS) return undefined;
  for (let k = start; k < colon; k++) {
    const word = words[k] ?? "";
    if (!/^[\p{Lu}\d]/u.test(word) && !COMPANY_MARKS.has(word)) return undefined;
  }
  return { start, end: colon, type: "ORGANIZATION", certain: true };
}

/** A capitalized word, an initial and its dot ("S", "."), a hyphen inside a name, or a particle ("de"). */
function isNameWord(words: readonly string[], k: number): boolean {
  const word = words[k] ?? "";
  if (/^\p{Lu}/u.test(word)) return true;
  if (word === "." && /^\p{Lu}$/u.test(words[k - 1] ?? "")) return true;
  if (word === "-" && /^\p{Lu}/u.test(words[k + 1] ?? "")) return true;
  return NAME_PARTICLES.has(word) && /^\p{Lu}/u.test(words[k + 1] ?? "");
}
