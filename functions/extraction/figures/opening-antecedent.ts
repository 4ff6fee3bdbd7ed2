/**
 * What "It" or "They" opening a sentence stands for when no figure before it says so: the noun phrase the
 * sentence before opened with as its subject ("Nakheel reported net income of 612 million riyals. It holds
 * around 18% of the market": Nakheel; "The shilling traded at 129.25. It has held between 129 and 129.5").
 * Only a plain opening is read: a name or "the" and a few words, an aside set off by commas after it, then
 * a verb. Where the sentence before is a quote, an attribution or says who said it at its end, the pronoun
 * may stand for the speaker as well, and nothing is taken.
 */

import { ARTICLE_WORDS, AUXILIARIES, DISCOURSE_WORDS } from "./data/subject-words.ts";
import { isCapitalized } from "./phrases.ts";
import { PRONOUN_WORDS } from "./subject-after.ts";
import { DASHES, isPastVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Words of a noun phrase at most, before its verb. */
const NOUN_PHRASE_LIMIT = 8;
/** Tokens of an aside set off by commas after the noun phrase ("Coastline, which operates 412 stores,"). */
const ASIDE_LIMIT = 20;
/** Tokens read back from the end of the sentence for a closing attribution (", the company said."). */
const ATTRIBUTION_REACH = 12;

/** Finite verbs and auxiliaries that end an opening subject ("The bank also raised": before "also"). */
const FINITE_VERBS: ReadonlySet<string> = new Set([...AUXILIARIES, "remains", "remain"]);

/** Words that say who said the sentence: the pronoun after may stand for the speaker. */
const ATTRIBUTING = new Set([
  "said",
  "says",
  "told",
  "according",
  "showed",
  "show",
  "shows",
  "added",
  "noted",
]);

/** Prepositions that open a phrase before the subject: "In March, ...", "As of end-September, ...". */
const OPENING_PREPOSITIONS = new Set([
  "in",
  "at",
  "as",
  "on",
  "after",
  "during",
  "since",
  "by",
  "for",
  "over",
]);

/** Openings that stand for something else again: no antecedent. */
const NO_ANTECEDENT: ReadonlySet<string> = new Set([
  ...PRONOUN_WORDS,
  "this",
  "that",
  "these",
  "those",
  "there",
]);

/**
 * The opening subject of the sentence of tokens [from, to), as a token range, for a pronoun in the next
 * sentence: plural for "They", singular for "It" (either where `plural` is not given).
 */
export function openingSubject(
  t: readonly Token[],
  from: number,
  to: number,
  plural?: boolean,
): { first: number; last: number } | undefined {
  if (closingAttribution(t, from, to)) return undefined;
  let k = pastDateline(t, from, to);
  // ("Meanwhile, the peso closed", "Separately, the fund said".)
  if (DISCOURSE_WORDS.has(t[k]?.norm ?? "") || t[k]?.norm === "separately") {
    k++;
    if (t[k]?.norm === ",") k++;
  }
  // ("In March, the government approved", "As of end-September, SSI operated", "In March the government".)
  if (OPENING_PREPOSITIONS.has(t[k]?.norm ?? "")) {
    const comma = commaWithin(t, k, Math.min(to, k + NOUN_PHRASE_LIMIT));
    if (comma !== undefined) k = comma + 1;
    else {
      let e = k + 1;
      while (e < k + 3 && (isCapitalized(t[e]) || t[e]?.kind === "num")) e++;
      if (e === k + 1 || !ARTICLE_WORDS.has(t[e]?.norm ?? "")) return undefined;
      k = e;
    }
  }
  const first = k;
  if (t[first]?.kind !== "word" || NO_ANTECEDENT.has(t[first]?.norm ?? "")) return undefined;
  if (ARTICLE_WORDS.has(t[k]?.norm ?? "")) k++;
  const limit = Math.min(to, k + NOUN_PHRASE_LIMIT);
  let last = k;
  for (; k < limit; k++) {
    const tok = t[k];
    if (!tok) return undefined;
    if (tok.norm === "," || verbAt(t, k, first)) break;
    // ("The Australian Office of Financial Management (AOFM) said": an acronym in parentheses.)
    if (tok.norm === "(" && t[k + 2]?.norm === ")" && isCapitalized(t[k + 1])) {
      k += 2;
      continue;
    }
    if (tok.kind === "punct" && tok.norm !== "-" && tok.norm !== "&") return undefined;
    // ("Greenvolt's net profit rose 36.2%. It had an 8.4% share": the pronoun is the owner, or the thing
    // owned, and the sentence does not say which.)
    if (/['’]s?$/.test(tok.norm)) return undefined;
    last = k + 1;
  }
  if (last <= first || (last === first + 1 && ARTICLE_WORDS.has(t[first]?.norm ?? ""))) return undefined;
  let verb = k;
  // ("The RTB 30, which carries a coupon of 6.125 percent, drew tenders": past the aside to its verb.)
  if (t[verb]?.norm === ",") {
    const close = commaWithin(t, verb + 1, Math.min(to, verb + 1 + ASIDE_LIMIT));
    if (close === undefined) return undefined;
    verb = close + 1;
  }
  if (!verbAt(t, verb, first)) return undefined;
  return plural === undefined || pluralHead(t, first, last) === plural ? { first, last } : undefined;
}

/** Tokens a dateline runs to its dash at most: "WASHINGTON, Dec. 1 (AP) —". */
const DATELINE_REACH = 16;

/** Where the sentence [from, to) starts past a dateline that opens it in capitals, or `from`. */
function pastDateline(t: readonly Token[], from: number, to: number): number {
  const first = t[from];
  if (first?.kind !== "word" || first.text !== first.text.toUpperCase() || first.text.length < 2) return from;
  for (let k = from + 1; k < Math.min(to, from + DATELINE_REACH); k++) {
    if (!DASHES.has(t[k]?.norm ?? "") || !t[k]?.spaceBefore) continue;
    let e = k + 1;
    while (DASHES.has(t[e]?.norm ?? "")) e++;
    return e;
  }
  return from;
}

/** The first comma in tokens [from, to). */
function commaWithin(t: readonly Token[], from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) if (t[k]?.norm === ",") return k;
  return undefined;
}

/**
 * Token `k` is the verb after an opening subject: a past tense, a finite auxiliary, or a lower-case "-s"
 * word before what a verb takes ("The unit owns 5.8 gigawatts", "The ministry aims to").
 */
function verbAt(t: readonly Token[], k: number, subjectStart: number): boolean {
  const tok = t[k];
  // (Not the end of a compound: "Abu Dhabi-based Falcon Pay said".)
  if (tok?.kind !== "word" || tok.text !== tok.norm || k <= subjectStart || !tok.spaceBefore) return false;
  if (isPastVerb(tok) || FINITE_VERBS.has(tok.norm)) return true;
  if (!/^[a-z]{3,}[^su']s$/.test(tok.norm)) return false;
  const next = t[k + 1];
  return (
    next?.kind === "num" ||
    next?.kind === "sym" ||
    ARTICLE_WORDS.has(next?.norm ?? "") ||
    ["to", "its", "their", "about", "more", "nearly", "around", "up", "that"].includes(next?.norm ?? "")
  );
}

/** The head of the phrase [first, last) before any "of" or "for" is a plural noun written in lower case. */
function pluralHead(t: readonly Token[], first: number, last: number): boolean {
  let head = last - 1;
  for (let k = first + 1; k < last; k++)
    if (t[k]?.norm === "of" || t[k]?.norm === "for" || t[k]?.norm === "(") {
      head = k - 1;
      break;
    }
  const tok = t[head];
  if (tok?.kind !== "word") return false;
  return pluralNoun(tok.text) && (tok.text === tok.norm || head === first || !isCapitalized(tok));
}

/** A word that reads as a plural noun: "shares", "receipts" (not "bus", "status", "Greenvolt's"). */
export function pluralNoun(word: string): boolean {
  return /^[a-z]+[^su'’]s$/i.test(word);
}

/**
 * The sentence [from, to) opens with a quote or an attribution, or ends by saying who said it: a comma,
 * a few words and a speech word (", the company said.", ", according to Treasury figures.").
 */
function closingAttribution(t: readonly Token[], from: number, to: number): boolean {
  const open = t[from]?.norm ?? "";
  if (open === '"' || open === "“" || open === "according") return true;
  const floor = Math.max(from, to - ATTRIBUTION_REACH);
  let speech = -1;
  for (let k = to - 1; k >= floor; k--) {
    const norm = t[k]?.norm ?? "";
    if (ATTRIBUTING.has(norm)) speech = k;
    if (norm === "," || norm === '"' || norm === "”") return speech > k;
  }
  return false;
}

/** Change participles, set off alone (", falling 4.2 points") or before "to" (", dropping to 48.9 million"). */
const CHANGE_PARTICIPLES = [
  "falling",
  "rising",
  "dropping",
  "declining",
  "climbing",
  "growing",
  "jumping",
  "slipping",
  "sliding",
];

/**
 * Participles set off after a clause whose figure is the clause subject's: "The Americas were the largest
 * region, contributing $452 million", "Social studies was the only subject to decline, falling 4.2 points".
 */
const SUBJECTS_PARTICIPLES = new Set([
  ...CHANGE_PARTICIPLES,
  "contributing",
  "generating",
  "adding",
  "shedding",
  "losing",
  "gaining",
  "earning",
  "posting",
  "recording",
  "increasing",
  "decreasing",
  // (", taking about 1.1 million tonnes", ", representing 8 percent".)
  "taking",
  "representing",
]);

/** Participles read with their particle: ", accounting for", ", making up", ", dropping to". */
const PARTICLE_PARTICIPLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["for", new Set(["accounting"])],
  ["up", new Set(["making"])],
  ["to", new Set(CHANGE_PARTICIPLES)],
]);

/**
 * The clause of tokens [from, to) reports what someone said ("ICW said procurement remained the most
 * common source, accounting for 41 percent": the participle is the reported clause's, not the speaker's).
 * Reads at most CLAUSE_READ tokens back.
 */
export function reportsSaying(t: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, to - CLAUSE_READ); k < to; k++)
    if (ATTRIBUTING.has(t[k]?.norm ?? "")) return true;
  return false;
}

/** Tokens of a clause read back for a word of saying. */
const CLAUSE_READ = 40;

/** The comma of ", contributing" right before `qualifierStart`, or undefined. */
export function setOffParticiple(t: readonly Token[], qualifierStart: number): number | undefined {
  let k = qualifierStart - 1;
  // (", falling by 4.2 points".)
  if (t[k]?.norm === "by") k--;
  const particle = PARTICLE_PARTICIPLES.get(t[k]?.norm ?? "");
  if (particle?.has(t[k - 1]?.norm ?? "")) k--;
  else if (!SUBJECTS_PARTICIPLES.has(t[k]?.norm ?? "")) return undefined;
  return t[k - 1]?.norm === "," ? k - 1 : undefined;
}
