import {
  endsWithLegalForm,
  isLegalFormWord,
  PARENTHESIZED_NAME_WORDS,
  PLACE_OR_TITLE_CODES,
} from "./legal-forms.ts";
import { CAPITALIZED_ARTICLES, COMMON_CAPITALIZED_WORDS, FUNCTION_WORDS } from "./lexicon/common-words.ts";
import {
  INDUSTRY_ENDINGS,
  ORG_SUFFIXES,
  RANKING_HEADS,
  TAGALOG_INSTITUTION_WORDS,
} from "./lexicon/organizations.ts";
import { GIVEN_NAMES, NAME_PARTICLES } from "./lexicon/person-names.ts";
import { sentenceText } from "./sentence-text.ts";
import { coveringIndex, replaceSpans } from "./span-edits.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";
import { isDottedAbbreviation } from "./word-shape.ts";

/**
 * Steps of span-extent.ts that join what the tokens split: particles ("von der Leyen"), "&" ("AT&T",
 * "Sullivan & Cromwell"), "St." names, initials without spaces ("J.K. Rowling") and legal forms ("A/S").
 */

/**
 * Particles that join a person's name across a space ("Ursula von der Leyen", "Mohammed bin Salman") or
 * open a surname alone ("von der Leyen said", "de Villepin"). Not "do", "y", "la", "le": English words or
 * rare in English copy.
 */
const JOINING_PARTICLES: ReadonlySet<string> = new Set(
  [...NAME_PARTICLES].filter((particle) => !["do", "y", "la", "le", "ter", "ten"].includes(particle)),
);
const MAX_PARTICLES = 3;

/** How many particles run from `at` in the direction `step` (1 or -1), at most MAX_PARTICLES. */
function particlesFrom(view: SentenceView, at: number, step: 1 | -1): number {
  let n = 0;
  while (n < MAX_PARTICLES && JOINING_PARTICLES.has(view.words[at + step * n] ?? "")) n++;
  return n;
}

/**
 * "Ursula von der Leyen": a person's name runs on over lower-case particles to the capitalized surname
 * after them, whatever a proposer made of it (a tagger cuts at the particles and may type the surname
 * as a place); "later von der Leyen said": a surname takes in the particles before it.
 */
export function withNameParticles(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed" || !spans.some((span) => span.type === "PERSON"))
    return spans as ProposedSpan[];
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let span = spans[k] as ProposedSpan;
    if (span.type !== "PERSON") {
      out.push(span);
      continue;
    }
    const after = particlesFrom(view, span.end, 1);
    const surname = span.end + after;
    if (after > 0 && /^\p{Lu}/u.test(view.words[surname] ?? "")) {
      const next = spans[k + 1];
      if (next?.start === surname) {
        span = { ...span, end: next.end };
        k++;
      } else span = { ...span, end: surname + 1 };
    }
    const before = particlesFrom(view, span.start - 1, -1);
    const previous = out[out.length - 1];
    if (before > 0 && !(previous && previous.end >= span.start - before))
      span = { ...span, start: span.start - before };
    out.push(span);
  }
  return out;
}

/**
 * "AT&T", "PG&E", "S&P", "K+S" (letters glued to "&" or "+") and "Sullivan & Cromwell", "Procter & Gamble" (names on
 * both sides of "&"): one organization, whatever a proposer made of the pieces (two people, "&T").
 */
export function joinAmpersands(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words, tokens } = view;
  if (view.casing !== "mixed" || !(words.includes("&") || words.includes("+")))
    return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const added: ProposedSpan[] = [];
  let last = 0;
  for (let k = 1; k < words.length - 1; k++) {
    // ("K+S": letters glued by a plus too.)
    const plus = words[k] === "+";
    if (words[k] !== "&" && !plus) continue;
    const left = words[k - 1] ?? "";
    const right = words[k + 1] ?? "";
    const glued = tokens[k - 1]?.end === tokens[k]?.start && tokens[k]?.end === tokens[k + 1]?.start;
    // (By a plus, one letter each side: "EPC+F" is a kind of contract.)
    const most = plus ? 1 : 3;
    const letters =
      glued &&
      left.length <= most &&
      right.length <= most &&
      /^\p{Lu}+$/u.test(left) &&
      /^\p{Lu}+$/u.test(right);
    let before = covering[k - 1];
    const after = covering[k + 1];
    // "Susan Klein of Sullivan & Cromwell": the person before "of" stays a person.
    let person: ProposedSpan | undefined;
    const of = before ? lastIndexBetween(words, "of", before.start + 1, k - 1) : -1;
    if (before && of > 0) {
      person = { ...before, end: of, type: "PERSON" };
      before = { ...before, start: of + 1 };
    }
    // "Sullivan & Cromwell", "Marks & Spencer": one capitalized name on each side, the right one proposed.
    // ("LS Cable & System was fined", "Taihan Cable & Solution": a company's name (or two words a tagger
    // took for a person's) before, one capitalized word after that no proposer took.)
    const tail =
      before !== undefined &&
      (before.type === "ORGANIZATION" || before.end - before.start === 2) &&
      after === undefined &&
      !FUNCTION_WORDS.has(right.toLowerCase()) &&
      !/^\p{Lu}/u.test(words[k + 2] ?? "");
    const names =
      !glued &&
      (before === undefined || (before.end === k && before.end - before.start <= 2)) &&
      (tail || (after?.start === k + 1 && after.end - after.start <= 2)) &&
      /^\p{Lu}\p{Ll}/u.test(left) &&
      /^\p{Lu}\p{Ll}/u.test(right);
    const start = before?.start ?? k - 1;
    if ((!letters && (!names || plus)) || (person?.start ?? start) < last) continue;
    const end = after?.end ?? k + 2;
    if (person) added.push(person);
    added.push({ start, end, type: "ORGANIZATION", withThe: before?.withThe ?? false });
    last = end;
    k = end - 1;
  }
  return withPartnersBefore(view, replaceSpans(words.length, spans, added));
}

/** Capitalized words a body named for its members may have before the members' plural, at most. */
const MEMBER_NAME_WORDS = 5;

/**
 * "the Istanbul Apparel Exporters' Association", "Japan Electrical Manufacturers’ Association", "Nigeria
 * Governors' Forum": a body named for its members, a capitalized plural with a bare apostrophe before a
 * body's head word, is one organization from the capitalized words before the plural (at most
 * MEMBER_NAME_WORDS, not an article) through the head and a name proposed from it ("Planters' Association
 * of Ceylon"; a plural head too), whatever a proposer made of the pieces (a place and a person, the head alone). A name
 * proposed across the first of those words opens it ("Federation of Merchants' Associations"). Not a
 * place's possessive ("Texas' Oil Council").
 */
export function joinMemberBodies(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words } = view;
  if (view.casing !== "mixed" || !(words.includes("'") || words.includes("’")))
    return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const added: ProposedSpan[] = [];
  let last = 0;
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== "'" && words[k] !== "’") continue;
    const head = words[k + 1] ?? "";
    if (
      !/^\p{Lu}[\p{L}-]*[^sS']s$/u.test(words[k - 1] ?? "") ||
      view.places[k - 1] !== undefined ||
      !(ORG_SUFFIXES.has(head) || (head.endsWith("s") && ORG_SUFFIXES.has(head.slice(0, -1)))) ||
      !/^\p{Lu}\p{Ll}/u.test(head) ||
      isLegalFormWord(head)
    )
      continue;
    const across = covering[k - 1];
    const after = covering[k + 1];
    if (across !== undefined && across === after) continue;
    // ("the House of Representatives' Commission XII", "Pakistan Customs' Directorate of Anti-Smuggling": a
    // unit named on its own, after its body's possessive, is a name apart.)
    if (across?.type === "ORGANIZATION" && across.end === k && after?.start === k + 1 && after.end > k + 2)
      continue;
    const limit = Math.max(last, view.firstWord, k - 1 - MEMBER_NAME_WORDS);
    let start = k - 1;
    while (
      start > limit &&
      /^\p{Lu}/u.test(words[start - 1] ?? "") &&
      !CAPITALIZED_ARTICLES.has(words[start - 1] ?? "")
    )
      start--;
    const opening = covering[start];
    if (opening !== undefined && opening.start < start && opening.start >= last) start = opening.start;
    const end = after !== undefined && after.start === k + 1 ? after.end : k + 2;
    added.push({ start, end, type: "ORGANIZATION", evidence: true, withThe: opening?.withThe ?? false });
    last = end;
    k = end - 1;
  }
  return replaceSpans(words.length, spans, added);
}

/**
 * "the Health, Labor and Welfare Ministry", "the Trade, Industry and Competition Department": a body whose
 * name lists its portfolios opens at the first of them, each set off by a comma before the organization a
 * proposer read from the last ones ("Labor and Welfare Ministry"). Each portfolio is one capitalized word
 * that is no place (see partnerBefore); at most PORTFOLIOS of them.
 */
export function withPortfolioLists(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  // (Lists of trades need "and", of portfolios a comma too.)
  if (view.casing !== "mixed" || !view.words.includes("and")) return spans as ProposedSpan[];
  const added: ProposedSpan[] = [];
  for (const span of spans) {
    const last = view.words[span.end - 1] ?? "";
    if (span.type !== "ORGANIZATION" || !PORTFOLIO_HEADS.has(last)) continue;
    if (!view.words.slice(span.start, span.end).includes("and")) continue;
    let start = span.start;
    for (let n = 0; n < PORTFOLIOS; n++) {
      const before = partnerBefore(view, start);
      if (before === start) break;
      start = before;
    }
    if (start < span.start) added.push({ ...span, start });
  }
  return replaceSpans(
    view.words.length,
    spans,
    withTradeLists(view, spans, withPortfolioTails(view, spans, added)),
  );
}

/**
 * "the Ministry of Commerce, Industry and Cooperatives", "the Committee on Tourism, Wildlife and Heritage", "the
 * Department for Culture, Media and Sport": a body named "Ministry of" its first portfolio
 * runs on through the others, each set off by a comma and the last by "and" (at most PORTFOLIOS, each one
 * capitalized word, the last up to PORTFOLIOS words). `added` gains them.
 */
function withPortfolioTails(
  view: SentenceView,
  spans: readonly ProposedSpan[],
  added: ProposedSpan[],
): ProposedSpan[] {
  const { words, places } = view;
  // (A portfolio is one capitalized word that is no place: "the Ministry of Finance, Kenya and Uganda met".)
  const portfolio = (k: number) => /^\p{Lu}\p{Ll}+$/u.test(words[k] ?? "") && !places[k];
  for (const span of spans) {
    if (span.type !== "ORGANIZATION" || !PORTFOLIO_LINKS.has(words[span.end - 2] ?? "")) continue;
    if (!PORTFOLIO_HEADS.has(words[span.end - 3] ?? "")) continue;
    let end = span.end;
    let listed = 0;
    while (listed < PORTFOLIOS && words[end] === "," && portfolio(end + 1)) {
      end += 2;
      listed++;
    }
    const last = words[end] === "and" || (words[end] === "," && words[end + 1] === "and");
    const at = words[end] === "and" ? end + 1 : end + 2;
    // ("and Internally Displaced Persons", "and Other Financial Institutions": the last may be a few words.)
    let close = at;
    while (close < at + PORTFOLIOS && portfolio(close)) close++;
    // (Not before a second "and": "the Ministry of Commerce, Industry and Tourism and Bancóldex" joins two
    // bodies, whose first another step closes.)
    if (listed === 0 || !last || close === at || words[close] === "and") continue;
    added.push({ ...span, end: close });
  }
  return added;
}

/**
 * "the Kenya Hides, Skins and Leather Traders Association", "the Food, Drink and Tobacco Federation", "the
 * Pesticides Manufacturers and Formulators Association of India": a trade body whose name lists its trades
 * (see isTrade), each set off by a comma and the last by "and", or two trades a proposer read as a name of
 * their own before "and", opens at the first of them or at one place before them. `added` gains them.
 */
function withTradeLists(
  view: SentenceView,
  spans: readonly ProposedSpan[],
  added: ProposedSpan[],
): ProposedSpan[] {
  const { words, common } = view;
  const bodies = common
    ? spans.filter((span) => span.type === "ORGANIZATION" && endsWithTradeHead(view, span))
    : [];
  if (!common || bodies.length === 0) return added;
  // (A plural the word list lacks counts by its singular: "Skins".)
  const isCommon = (k: number) => {
    const word = (words[k] ?? "").toLowerCase();
    return common.has(word) || (word.endsWith("s") && common.has(word.slice(0, -1)));
  };
  // Where each proposed span ends, for a trade body's first trades a proposer read as a name apart.
  const endingAt = new Map(spans.map((span) => [span.end, span] as const));
  // A trade: a capitalized word no place and no given name, which prose writes in lower case or no
  // proposer read as a name of one word ("Tram", "Pesticides"; not "Safaricom"); at least one of a body's
  // trades is a word prose writes in lower case.
  const isTrade = (k: number) => {
    const word = words[k] ?? "";
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || view.places[k] || GIVEN_NAMES.has(word)) return false;
    const alone = endingAt.get(k + 1);
    return isCommon(k) || !(alone?.start === k && alone.type !== "MISC");
  };
  for (const span of bodies) {
    // (A proposer leaves the trade before "and" out: "Skins" and "Leather Traders Association".)
    const inside = lastIndexBetween(words, "and", span.start, span.end) >= 0;
    if (!inside && !(words[span.start - 1] === "and" && isTrade(span.start - 2))) continue;
    let start = inside ? span.start : span.start - 2;
    let listed = 0;
    while (listed < PORTFOLIOS && words[start - 1] === "," && isTrade(start - 2)) {
      start -= 2;
      listed++;
    }
    // ("The Pesticides Manufacturers and Formulators Association of India": with no comma, trades a
    // proposer read as an organization of their own before "and".)
    // ("The Lagos Framers and Allied Artisans Association": the trades may follow the body's place.)
    const before = inside ? undefined : endingAt.get(span.start - 1);
    const placeEnd = before ? view.places[before.start]?.end : undefined;
    const tradesFrom = placeEnd !== undefined && before && placeEnd < before.end ? placeEnd : before?.start;
    if (listed === 0 && before && tradesFrom !== undefined && before.end - tradesFrom <= PORTFOLIOS) {
      let trades = true;
      for (let k = tradesFrom; k < before.end; k++) trades &&= isTrade(k);
      if (trades) {
        start = before.start;
        listed++;
      }
    }
    if (listed === 0) continue;
    let lowerCase = false;
    for (let k = start; k < span.start && !lowerCase; k++) lowerCase = isCommon(k);
    if (!lowerCase) continue;
    if (view.places[start - 1]?.end === start) start--;
    // (After no other capitalized word but a sentence's "The".)
    if (/^\p{Lu}/u.test(words[start - 1] ?? "") && words[start - 1] !== "The") continue;
    added.push({ ...span, start });
  }
  return added;
}

/**
 * A trade body's head ends the span, or comes before its place: "Bus Union NSW", "Formulators Association
 * of India".
 */
export function endsWithTradeHead(view: SentenceView, span: ProposedSpan): boolean {
  const { words, places } = view;
  const last = span.end - 1;
  if (TRADE_HEADS.has(words[last] ?? "")) return true;
  // (A place's abbreviation in capitals: "NSW", "SA".)
  const placed = places[last]?.end === span.end || /^\p{Lu}{2,3}$/u.test(words[last] ?? "");
  if (placed && TRADE_HEADS.has(words[last - 1] ?? "")) return true;
  const of = lastIndexBetween(words, "of", span.start + 1, span.end);
  return of > 0 && places[of + 1]?.end === span.end && TRADE_HEADS.has(words[of - 1] ?? "");
}

/** Heads of a government body whose name may list its portfolios before them. */
const PORTFOLIO_HEADS = new Set(["Ministry", "Department", "Committee", "Commission"]);
/** Words between a body's head and its first portfolio: "Ministry of", "Committee on", "Department for". */
const PORTFOLIO_LINKS = new Set(["of", "on", "for"]);
/** Heads of a trade's body whose name may list its trades before them. */
const TRADE_HEADS = new Set(["Association", "Federation", "Union", "Council", "Chamber"]);
/** Portfolios set off by commas before such a name, at most. */
const PORTFOLIOS = 3;

/** What ends a sentence of prose, no headline's line. */
const SENTENCE_ENDS = new Set([".", "!", "?", '"', "”", "’", ")"]);

/** An organization whose name holds "&" opens at a partnership's first name before it: "Osler, Hoskin & Harcourt". */
function withPartnersBefore(view: SentenceView, spans: ProposedSpan[]): ProposedSpan[] {
  // (Not in a headline, whose comma stands for "and": "Fidson, May & Baker post revenue jump".)
  if (!SENTENCE_ENDS.has(view.words[view.words.length - 1] ?? "")) return spans;
  const added: ProposedSpan[] = [];
  for (const span of spans) {
    if (span.type !== "ORGANIZATION") continue;
    const words = view.words.slice(span.start, span.end);
    // (Not a list: "Goldsmiths, Mappin & Webb and Mayors".)
    if (!words.includes("&") || words.includes("and")) continue;
    const start = partnerBefore(view, span.start);
    if (start < span.start) added.push({ ...span, start });
  }
  return replaceSpans(view.words.length, spans, added);
}

/**
 * "Osler, Hoskin & Harcourt", "Cravath, Swaine & Moore": a partnership's first name, set off by a comma
 * before the name at `start` that "&" joins; `start` itself where no such name stands (one capitalized
 * word that is no place, after no other capitalized word).
 */
function partnerBefore(view: SentenceView, start: number): number {
  const { words } = view;
  const first = words[start - 2] ?? "";
  if (words[start - 1] !== "," || !/^\p{Lu}\p{Ll}+$/u.test(first)) return start;
  // ("Separately, Petron Malaysia Refining & Marketing Bhd said": a sentence adverb, no name.)
  if (COMMON_CAPITALIZED_WORDS.has(first.toLowerCase()) || /^\p{L}{6,}ly$/u.test(first)) return start;
  // (After no other capitalized word but a sentence's "The".)
  const capitalizedBefore = /^\p{Lu}/u.test(words[start - 3] ?? "") && words[start - 3] !== "The";
  if (capitalizedBefore || view.places[start - 2] || view.places[start]) return start;
  return start - 2;
}

const SAINT = new Set(["St.", "St", "Saint", "Ste.", "Sainte", "Sta", "Sto"]);

/** Prepositions after which a saint's name is a place: "to Sta. Ines", "in St. Louis". */
const PLACE_PREPOSITIONS = new Set(["to", "from", "in", "at", "near"]);

/**
 * "St. Louis County", "St. John", "Saint Petersburg", "Sta. Ines" (Santa, in the Philippines): "St." and the name after it are one name, a place
 * unless a proposer typed the whole an organization ("St. Louis Cardinals"); a tagger often leaves "St."
 * out and reads the saint's name as a person.
 */
export function joinSaints(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed" || !/\bSt[ao]?\b|\bSaint|\bSte\b/.test(sentenceText(view)))
    return spans as ProposedSpan[];
  const covering = coveringIndex(view.words.length, spans);
  const added: ProposedSpan[] = [];
  let last = 0;
  for (let k = 0; k < view.words.length - 1; k++) {
    // "St." is "St" and a point.
    const name = view.words[k + 1] === "." ? k + 2 : k + 1;
    if (!SAINT.has(view.words[k] ?? "") || !/^\p{Lu}/u.test(view.words[name] ?? "")) continue;
    const before = covering[k];
    const after = covering[name];
    const start = before?.start ?? k;
    if (start < last) continue;
    const end = Math.max(after?.end ?? name + 1, before?.end ?? 0);
    // The type of what was proposed around the saint's name, not of "St" alone.
    const around = before && before.start < k ? before.type : undefined;
    const typed = [after?.type, around].find((type) => type !== undefined && type !== "PERSON");
    // ("to Sta. Ines": after a preposition of place, a place, whatever a proposer made of the name.)
    const placed = typed === "MISC" && PLACE_PREPOSITIONS.has(view.words[start - 1] ?? "");
    added.push({
      start,
      end,
      type: placed ? "LOCATION" : (typed ?? "LOCATION"),
      withThe: before?.withThe ?? false,
    });
    last = end;
    k = end - 1;
  }
  return replaceSpans(view.words.length, spans, added);
}

/** The last index of `word` in words[from, to), or -1. */
function lastIndexBetween(words: readonly string[], word: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (words[k] === word) return k;
  return -1;
}

/** "C.C.", "J.K.", "T.J.": a person's initials written without spaces, and no known place ("U.S."). */
function isInitials(view: SentenceView, k: number): boolean {
  const word = view.words[k] ?? "";
  return isDottedAbbreviation(word) && /^(?:\p{Lu}\.){2,3}$/u.test(word) && !view.places[k];
}

/**
 * "C.C. Wei told shareholders", "J.K. Rowling": initials without spaces open a person's name, whatever a
 * proposer made of them (alone as the person, or left out before the surname). Only before a capitalized
 * word or a person.
 */
export function withInitials(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed" || !/\p{Lu}\.\p{Lu}\./u.test(sentenceText(view)))
    return spans as ProposedSpan[];
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let span = spans[k] as ProposedSpan;
    const next = spans[k + 1];
    // "C.C." proposed alone, "Wei" after it.
    if (
      span.end - span.start === 1 &&
      isInitials(view, span.start) &&
      /^\p{Lu}\p{Ll}/u.test(view.words[span.end] ?? "") &&
      next?.type !== "ORGANIZATION"
    ) {
      const end = next?.start === span.end ? next.end : span.end + 1;
      if (next?.start === span.end) k++;
      span = { ...span, end, type: "PERSON" };
    } else if (
      span.type !== "ORGANIZATION" &&
      isInitials(view, span.start - 1) &&
      (out[out.length - 1]?.end ?? 0) <= span.start - 1
    ) {
      // "J.K." left out before "Rowling"; "C.J. Stroud" read as the town (not "A.C. Milan", a club).
      span = { ...span, start: span.start - 1, type: "PERSON" };
    }
    out.push(span);
  }
  return out;
}

/** Words of a person's name either side of a given name written short, at most. */
const MAX_GIVEN_NAME_WORDS = 4;

/**
 * "Ahmed Rashid Al Mansoori", "Faisal Rashid Al Suwaidi": a given name right before a person's name that a
 * proposer started a word late joins it (a tagger reads the second given name as the first). Not a word
 * the language writes in lower case ("Will", "Grace"), nor after another capitalized word.
 */
export function withLeadingGivenNames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed") return spans as ProposedSpan[];
  const { words } = view;
  let covered = -1;
  return spans.map((span) => {
    const k = span.start - 1;
    const given = words[k] ?? "";
    const joins =
      span.type === "PERSON" &&
      k > covered &&
      span.end - span.start >= 2 &&
      GIVEN_NAMES.has(given) &&
      /^\p{Lu}\p{Ll}+$/u.test(given) &&
      !view.common?.has(given.toLowerCase()) &&
      !/^\p{Lu}/u.test(words[k - 1] ?? "");
    covered = span.end - 1;
    return joins ? { ...span, start: k } : span;
  });
}

/** Given names written short, with a point: "Ma." (Maria, in Philippine names), "Md.", "Mohd." (Muhammad). */
const SHORT_GIVEN_NAMES: ReadonlySet<string> = new Set(["Ma", "Md", "Mohd"]);
/** One of them, its point and a name after it, as the sentence's text shows them: "Ma. T". */
const SHORT_GIVEN_NAME_MARK = new RegExp(String.raw`\b(?:${[...SHORT_GIVEN_NAMES].join("|")})\. \p{Lu}`, "u");

/**
 * "Jose Ma. Ramirez", "Ma. Teresa L. Villanueva", "Md. Abdul Karim": a given name written short runs a
 * person's name on over its point, which a proposer cuts at (reading "Jose Ma" and "Ramirez" as two).
 */
export function withShortGivenNames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed" || !SHORT_GIVEN_NAME_MARK.test(sentenceText(view)))
    return spans as ProposedSpan[];
  const { words } = view;
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let span = spans[k] as ProposedSpan;
    const short = words[span.start - 2] ?? "";
    if (
      span.type !== "ORGANIZATION" &&
      words[span.start - 1] === "." &&
      SHORT_GIVEN_NAMES.has(short) &&
      /^\p{Lu}/u.test(words[span.start] ?? "")
    ) {
      // The short name and what a proposer made of the names before it ("Jose Ma", or "Ma" alone).
      const before = out[out.length - 1];
      // (A person's name of a few words: "Ma. Ma. Ma. ..." runs on no further.)
      const joined =
        before !== undefined &&
        before.end === span.start - 1 &&
        before.type !== "ORGANIZATION" &&
        before.end - before.start <= MAX_GIVEN_NAME_WORDS &&
        span.end - span.start <= MAX_GIVEN_NAME_WORDS;
      if (joined) out.pop();
      const start = joined ? before.start : span.start - 2;
      // (Its own given name, written just before and left out: "Jose" in "Jose Ma.".)
      const given = !joined && /^\p{Lu}\p{Ll}+$/u.test(words[start - 1] ?? "") ? start - 1 : start;
      span = { ...span, start: joined ? start : given, type: "PERSON" };
    }
    out.push(span);
  }
  return out;
}

/**
 * "Novo Nordisk A/S shares": a name runs on over the legal form after it, which a tagger may leave out
 * or tag alone (a word it rarely saw); the name is a company's.
 */
export function withLegalForms(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as ProposedSpan;
    const form = span.end;
    const next = spans[k + 1];
    const formAlone = !next || next.start > form || (next.start === form && next.end === form + 1);
    // ("Konya Kilim AS said", "Cerrajería Bolívar S.A.S.": a name a tagger read as a person's is a
    // company's before a legal form that is no code of a place or a title, "AG", "SA", "SE", "AB", "CO".)
    const formed =
      span.type === "PERSON"
        ? !PLACE_OR_TITLE_CODES.has(view.words[form] ?? "") &&
          endsWithLegalForm(view.words.slice(span.start, form + 1))
        : endsWithLegalForm([view.words[span.start] ?? "", view.words[form] ?? ""]);
    if (!formAlone || !formed) {
      out.push(span);
      continue;
    }
    out.push({ ...span, end: form + 1, type: "ORGANIZATION" });
    if (next?.start === form) k++;
  }
  return out;
}

/** Capitalized words a company's name may take in before its legal form, at most. */
const NAME_WORDS_BEFORE_FORM = 4;

/**
 * "Semaju Digital Retail Bhd's net profit", "Pos Malaysia Bhd narrowed": the capitalized words right
 * before a name that ends in its legal form are that name's, whatever a proposer made of them (a tagger
 * may tag the legal form alone, cut the name inside, or type its first word apart); a mixed-case
 * sentence only, and never across a person's name or a title.
 */
export function withNamesBeforeLegalForms(
  view: SentenceView,
  spans: readonly ProposedSpan[],
): ProposedSpan[] {
  const { words } = view;
  const formed = (span: ProposedSpan) => span.type !== "PERSON" && isLegalFormWord(words[span.end - 1] ?? "");
  // (Most sentences name no company with its legal form: no index built for them.)
  if (view.casing !== "mixed" || !spans.some(formed)) return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const added: ProposedSpan[] = [];
  for (const span of spans) {
    if (!formed(span)) continue;
    // (A title's word before is no part of the name; a person's name right before makes the reading of
    // the whole doubtful: left as proposed.)
    const start = nameStartBefore(view, covering, span, NAME_WORDS_BEFORE_FORM, true);
    // ("In SA, service revenue grew": "SA" after a word alone is South Africa.)
    if (start !== undefined && start < span.start && endsWithLegalForm(words.slice(start, span.end)))
      added.push({ ...span, start, type: "ORGANIZATION" });
  }
  return replaceSpans(words.length, spans, added);
}

/** Capitalized words a company's name may take in before an industry's words tagged alone, at most. */
const NAME_WORDS_BEFORE_INDUSTRY = 3;

/**
 * "Norwegian Cruise Line", "Ambassador Cruise Line", "Disney Cruise Line": an industry's words a tagger
 * tagged alone (often as a person's name) end the capitalized words right before them, a people's, a
 * title's or another name's, in one company's name; a mixed-case sentence only, never across a person's
 * name.
 */
export function withNamesBeforeIndustryWords(
  view: SentenceView,
  spans: readonly ProposedSpan[],
): ProposedSpan[] {
  const { words } = view;
  // (A one-word industry's word tagged alone as no person, "Hyundai Motor | Manufacturing | Middle East",
  // is left to the steps that join a body's name.)
  // (The industry's words are one or two: no longer span is joined into a string to look up.)
  const industry = (span: ProposedSpan) =>
    span.start > 0 &&
    span.end - span.start <= 2 &&
    (span.type === "PERSON" || span.end - span.start > 1) &&
    INDUSTRY_ENDINGS.has(words.slice(span.start, span.end).join(" "));
  if (view.casing !== "mixed" || !spans.some(industry)) return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const added: ProposedSpan[] = [];
  for (const span of spans) {
    if (!industry(span)) continue;
    // (A title's word before is the name's first: "Ambassador Cruise Line"; so is a name, within reach.)
    const start = nameStartBefore(view, covering, span, NAME_WORDS_BEFORE_INDUSTRY, false);
    if (start !== undefined && start < span.start) added.push({ ...span, start, type: "ORGANIZATION" });
  }
  return replaceSpans(words.length, spans, added);
}

/**
 * Where a name that ends with `span` starts: back over up to `reach` capitalized words that are no
 * function words (nor a title's, where `titlesEnd`), or to the start of the proposed name right before
 * (within `reach` where titles do not end it); undefined where a person's name stands right before.
 */
function nameStartBefore(
  view: SentenceView,
  covering: readonly (ProposedSpan | undefined)[],
  span: ProposedSpan,
  reach: number,
  titlesEnd: boolean,
): number | undefined {
  const { words } = view;
  let start = span.start;
  while (start > 0 && span.start - start < reach) {
    const before = covering[start - 1];
    if (before) {
      if (before.type === "PERSON") return undefined;
      if (before.end === start && (titlesEnd || span.start - before.start <= reach)) start = before.start;
      break;
    }
    const word = words[start - 1] ?? "";
    if (!/^\p{Lu}/u.test(word) || FUNCTION_WORDS.has(word.toLowerCase())) break;
    if (titlesEnd && view.titles[start - 1]) break;
    start--;
  }
  return start;
}

/**
 * "Sasol Mining (Pty) Ltd", "Car & General (Kenya) Plc", "MR DIY Group (M) Bhd": a name, a legal form,
 * place or line of business in parentheses and the legal form after them are one company's name (a
 * proposer reads "(Pty)" as the name's acronym, which then joins every "(Pty) Ltd" company into one, and
 * "(Kenya)" as a place). Not an acronym the name spells: "Nigerian National Petroleum Company (NNPC) Ltd".
 */
export function withParenthesizedLegalForms(
  view: SentenceView,
  spans: readonly ProposedSpan[],
): ProposedSpan[] {
  const { words } = view;
  if (!words.includes("(")) return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const added: ProposedSpan[] = [];
  for (let open = 1; open < words.length; open++) {
    const name = covering[open - 1];
    if (words[open] !== "(" || !name || name.type === "PERSON" || name.end !== open) continue;
    let close = open + 1;
    while (close - open <= PARENTHESIZED_NAME_WORDS && /^\p{Lu}/u.test(words[close] ?? "")) close++;
    if (close === open + 1 || words[close] !== ")") continue;
    const inside = words[open + 1] ?? "";
    const acronym =
      close === open + 2 &&
      /^\p{Lu}{2,}$/u.test(inside) &&
      !isLegalFormWord(inside) &&
      !view.places[open + 1];
    if (acronym) continue;
    let end = close + 1;
    while (isLegalFormWord(words[end] ?? "")) end++;
    if (end === close + 1) continue;
    added.push({ start: name.start, end, type: "ORGANIZATION", withThe: name.withThe });
    open = end - 1;
  }
  return replaceSpans(words.length, spans, added);
}

/**
 * "the Sunday Times Rich List": a ranking's head word right after a name (in a mixed-case sentence) is
 * the end of that name, which a tagger that knows the newspaper cut before it (or cut off what follows
 * the newspaper's name as a name of its own: "Rich List").
 */
export function withRankingHeads(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed") return [...spans];
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as ProposedSpan;
    const next = spans[k + 1];
    if (span.type === "PERSON") out.push(span);
    else if (next?.start === span.end && RANKING_HEADS.has(view.words[next.end - 1] ?? "")) {
      out.push({ ...span, end: next.end });
      k++;
    } else if (
      (next?.start ?? Number.POSITIVE_INFINITY) > span.end &&
      RANKING_HEADS.has(view.words[span.end] ?? "")
    )
      out.push({ ...span, end: span.end + 1 });
    else out.push(span);
  }
  return out;
}

/** Tagalog's "of" inside an institution's name: "Bangko Sentral ng Pilipinas", "Kagawaran ng Edukasyon". */
const NAME_LINKS_OF: ReadonlySet<string> = new Set(["ng"]);
/** Capitalized words after the link, at most: "Sentral ng Pilipinas", "Komisyon ng Wikang Filipino". */
const LINKED_WORDS = 3;

/**
 * "Bangko Sentral ng Pilipinas": a capitalized name, "ng" and the capitalized words after it are one
 * organization, whatever a proposer made of the parts (a tagger cuts at the lower-case word and may type
 * "Bangko Sentral" as a person and "Pilipinas" as a place).
 */
export function joinLinkedNames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words } = view;
  if (view.casing !== "mixed" || !words.some((word) => NAME_LINKS_OF.has(word)))
    return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const added: ProposedSpan[] = [];
  for (let k = 1; k < words.length - 1; k++) {
    if (!NAME_LINKS_OF.has(words[k] ?? "") || !/^\p{Lu}/u.test(words[k - 1] ?? "")) continue;
    let end = k + 1;
    // ("Bangko Sentral ng Pilipinas Governor Eli Remolona": up to a title, whose person stays apart.)
    while (
      end < words.length &&
      end - k <= LINKED_WORDS &&
      /^\p{Lu}\p{Ll}/u.test(words[end] ?? "") &&
      view.titles[end] === undefined
    )
      end++;
    if (end === k + 1) continue;
    const before = covering[k - 1];
    let start = before?.start ?? k - 1;
    while (!before && start > 0 && /^\p{Lu}\p{Ll}/u.test(words[start - 1] ?? "")) start--;
    // ("Maria Santos ng Quezon City" names a person and where she is from.)
    if (!words.slice(start, k).some((word) => TAGALOG_INSTITUTION_WORDS.has(word))) continue;
    added.push({ start, end, type: "ORGANIZATION", withThe: before?.withThe ?? false });
    const after = covering[k + 1];
    if (after && after.end > end) added.push({ ...after, start: end });
    k = end - 1;
  }
  return replaceSpans(words.length, spans, added);
}
