import { inTeamContext, typeFromContext } from "./context-cues.ts";
import { isCurrencyCode, isCurrencyWord } from "./currencies.ts";
import type { TitleEntry } from "./gazetteer.ts";
import { PLACES_AND_NAMES } from "./gazetteer.ts";
import { COMMON_CAPITALIZED_WORDS, TIME_WORDS } from "./lexicon/common-words.ts";
import { AWARD_NAMES } from "./lexicon/context-words.ts";
import {
  NON_ENTITY_ACRONYMS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  POSSESSIVE_NAMES,
} from "./lexicon/organizations.ts";
import { PORTFOLIO_HEADS } from "./lexicon/titles.ts";
import { hasNameSuffix } from "./name-heads.ts";
import { withoutNickname } from "./nicknames.ts";
import type { PhraseHit, ProposedSpan, SentenceView } from "./span-proposer.ts";
import type { EntityType } from "./types.ts";
import { foldName, isPossessive } from "./word-shape.ts";

/** A mention with everything the sentence tells about it, before the article-level merge. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Token texts of the name. */
  words: string[];
  weak: boolean;
  /** Weight of this mention's type in the article-level vote (merge.ts). */
  confidence: number;
  /** A tagger confidently saw no name here: kept only as a further mention of an entity named elsewhere. */
  doubted?: boolean;
  /** The sentence's first word (its capital tells nothing). */
  initial: boolean;
  sentence: number;
  /** From the word lists: the canonical name, and a country code for countries and demonyms. */
  canonical?: string;
  countryCode?: string;
  country?: string;
  role?: string;
  /** A work named by its title in quotes: an entity apart from its namesakes. */
  work?: boolean;
  /** Found in a mixed-case sentence: its capitals are as written, not a headline's. */
  mixedCase?: boolean;
}

/**
 * Turns proposed token spans into candidates, whichever proposer made them: trims a leading "the" and
 * titles (kept as the role), a trailing possessive or mark; lets the word lists fix the type of what
 * they know (a country is a LOCATION with its code, a demonym a MISC linked to its country); finds a
 * person's role in the title before the name or in an apposition after it.
 */
export function refineSpans(
  view: SentenceView,
  spans: readonly ProposedSpan[],
  sentence: number,
): Candidate[] {
  const out: Candidate[] = [];
  const endingAt = new Map<number, ProposedSpan>();
  for (const span of spans)
    if (span.type !== "PERSON" && !endingAt.has(span.end)) endingAt.set(span.end, span);
  for (const span of spans) {
    const candidate = refineSpan(view, span, endingAt, sentence);
    if (candidate) out.push(candidate);
  }
  return out;
}

function refineSpan(
  view: SentenceView,
  span: ProposedSpan,
  spans: ReadonlyMap<number, ProposedSpan>,
  sentence: number,
): Candidate | undefined {
  const { words, tokens } = view;
  if (span.work) return workCandidate(view, span, sentence);
  let s = Math.max(0, span.start);
  let e = Math.min(tokens.length, span.end);
  let type = span.type;
  let role: string | undefined;
  let titled = false;
  while (s < e) {
    const word = words[s] ?? "";
    // "The Hague": a place of the word lists whose name starts with "The" keeps it.
    const placeWithThe = word === "The" && view.places[s]?.value.canonical.startsWith("The ") === true;
    if (word === "the" || (word === "The" && !span.withThe && !placeWithThe)) {
      s++;
      continue;
    }
    // "won 54 Assembly seats", "215 Democrats": a count before a name is no part of it.
    if (tokens[s]?.kind === "number" && s + 1 < e && /^\d[\d,.]*$/.test(word)) {
      s++;
      continue;
    }
    const title = view.titles[s];
    const place = view.places[s];
    if (title && title.end < e && !(place && place.end >= title.end) && type === "PERSON") {
      titled = true;
      // "Energy Minister Prince Abdulaziz", "Prime Minister Sheikh Mohammed": the first title is the role.
      if (!isHonorific(view, s, title.end)) role ??= sliceTokens(view, s, title.end);
      s = title.end;
      continue;
    }
    break;
  }
  // A title that starts inside the span and runs past it is the role of the name after it, not part of
  // this name: "Treasury Cabinet Secretary John Mbadi" names the Treasury.
  for (let k = s + 1; k < e; k++) {
    const title = view.titles[k];
    if (title && title.end > e) {
      e = k;
      break;
    }
  }
  // An e-mail address or a link is no name, nor part of one: the span ends before it.
  for (let k = s; k < e; k++) {
    if (isAddress(words[k] ?? "")) {
      e = k;
      break;
    }
  }
  // A name ends on a name word: not on a mark, a possessive, (in mixed case) a common noun a tagger took
  // in ("The Economist magazine"), or, for a person, a number ("Tadese Worku 28:53" in results).
  // "Moody's", "McDonald's": a company named with its possessive keeps it.
  if (e - s === 1 && POSSESSIVE_NAMES.has(words[s] ?? "") && isPossessive(words[e] ?? "")) e++;
  while (
    e > s &&
    !(e - s === 2 && isPossessive(words[e - 1] ?? "") && POSSESSIVE_NAMES.has(words[s] ?? "")) &&
    ((tokens[e - 1]?.kind === "punct" && !attachedPlus(view, e - 1)) ||
      isPossessive(words[e - 1] ?? "") ||
      (trailingLower(view, e - 1) && !(span.confidence !== undefined && span.confidence >= SURE_OF_LOWER)) ||
      (type === "PERSON" && tokens[e - 1]?.kind === "number") ||
      (e - s > 1 && CREDIT_RATING.test(words[e - 1] ?? "")))
  ) {
    if (words[e - 1] === "." && e - 1 > s && (words[e - 2] ?? "").length === 1) break;
    e--;
  }
  // "rates Ecopetrol BB+": a rating with its sign after a name is no part of it.
  if (
    e - s > 2 &&
    (words[e - 1] === "+" || words[e - 1] === "-") &&
    CREDIT_RATING.test(`${words[e - 2]}${words[e - 1]}`)
  )
    e -= 2;
  if (s >= e) return undefined;
  // Whoever proposed it: a lone "GDP", "USD", "However" names nothing.
  if (e - s === 1 && namesNothing(words[s] ?? "")) return undefined;
  if (e - s === 1 && isCurrencyWord(words[s] ?? "", words[e])) return undefined;
  if (inPortfolio(view, s, e, type)) return undefined;
  // "Sen. Chuck Grassley, R-Iowa,", "D-Los Angeles": a party and state tag names no one.
  if (/^[RDI]-\p{Lu}/u.test(words[s] ?? "")) return undefined;
  // "led by Gen. Mohamed Dagalo": a title before a name is no name of its own, whatever a proposer typed it.
  const fullTitle = view.titles[s];
  if (fullTitle && fullTitle.end >= e && /^\p{Lu}/u.test(words[fullTitle.end] ?? "")) return undefined;
  // "the Emir of Qatar", "a Senator": a title after a determiner is no one's name.
  if (e - s === 1 && view.titles[s]?.end === e && DETERMINERS.has(words[s - 1] ?? "")) return undefined;
  const place = view.places[s];
  let canonical: string | undefined;
  let countryCode: string | undefined;
  let country: string | undefined;
  let nation = false;
  if (place && place.end === e) {
    const entry = place.value;
    canonical = entry.canonical;
    if (entry.kind === "country") {
      type = "LOCATION";
      countryCode = entry.code;
    } else if (entry.kind === "nation") {
      type = "LOCATION";
      nation = true;
    } else if (entry.kind === "demonym") {
      type = "MISC";
      country = entry.code;
    } else if (entry.kind === "organization") {
      type = "ORGANIZATION";
    } else if (type !== "ORGANIZATION") {
      type = "LOCATION";
    }
  }
  let weak = span.weak === true;
  if (!place || place.end !== e) {
    const before = titleBefore(view, s, e, spans);
    if (before) {
      titled = true;
      role ??= before.role;
    }
    const apposed = role === undefined ? appositionRole(view, e) : undefined;
    role ??= apposed;
    // "Li Qiang, China's premier, attended": a title in apposition makes the name a person's.
    if (apposed !== undefined && type !== "PERSON" && !ORG_SUFFIXES.has(words[e - 1] ?? "")) titled = true;
    if (titled && !ORG_SUFFIXES.has(words[e - 1] ?? "")) {
      type = "PERSON";
      weak = false;
    }
    // A lone organization word ("the Cabinet", "Parliament") is no person's name, nor a place ("in
    // Parliament in Cape Town").
    if (
      !titled &&
      (type === "PERSON" || type === "LOCATION") &&
      e - s === 1 &&
      ORG_SUFFIXES.has(words[s] ?? "")
    )
      type = "ORGANIZATION";
  }
  // "Naftogaz CEO Serhiy Koretskyi": a single word that owns a company title is the company.
  const owned = view.titles[e];
  if (
    (type === "PERSON" || (type === "LOCATION" && !place)) &&
    e - s === 1 &&
    owned &&
    COMPANY_TITLES.has(words.slice(e, owned.end).join(" ").toLowerCase()) &&
    /^\p{Lu}/u.test(words[owned.end] ?? "")
  )
    type = "ORGANIZATION";
  // "her second Oscar": an award alone is no person.
  if (e - s === 1 && AWARD.has(words[s] ?? "") && !/^\p{Lu}/u.test(words[e] ?? "")) type = "MISC";
  // The words around the name: "beat Liverpool 3-1", "the regulator BaFin", a wire dateline.
  const cue = titled
    ? undefined
    : typeFromContext(view, s, e, type, countryCode !== undefined || country !== undefined || nation);
  if (cue) {
    type = cue;
    weak = false;
  }
  // 'Dorothy "Dot" MacIsaac' is named "Dorothy MacIsaac".
  const nameWords = type === "PERSON" ? withoutNickname(words.slice(s, e)) : words.slice(s, e);
  if (nameWords.length < e - s) canonical ??= nameWords.join(" ");
  const withThe = span.withThe === true && s > 0 && words[s - 1] === "The";
  const first = tokens[withThe ? s - 1 : s];
  const last = tokens[e - 1];
  if (!first || !last) return undefined;
  return {
    start: first.start,
    end: last.end,
    text: view.text.slice(first.start, last.end),
    type,
    words: nameWords,
    weak,
    confidence:
      type === "ORGANIZATION" && !titled && countryCode === undefined && inTeamContext(view, s, e)
        ? VOTE_TEAM
        : voteOf(span, canonical !== undefined || titled || cue !== undefined),
    ...(weak && span.doubted && { doubted: true }),
    initial: s <= view.firstWord,
    sentence,
    ...(canonical !== undefined && { canonical }),
    ...(countryCode !== undefined && { countryCode }),
    ...(country !== undefined && { country }),
    ...(type === "PERSON" && role !== undefined && { role }),
    ...(view.casing === "mixed" && { mixedCase: true }),
  };
}

/** A work's title, as written: no title, place or context reading applies to it. */
function workCandidate(view: SentenceView, span: ProposedSpan, sentence: number): Candidate | undefined {
  const first = view.tokens[span.start];
  const last = view.tokens[span.end - 1];
  if (!first || !last) return undefined;
  return {
    start: first.start,
    end: last.end,
    text: view.text.slice(first.start, last.end),
    type: "MISC",
    words: view.words.slice(span.start, span.end),
    weak: false,
    confidence: VOTE_CERTAIN,
    initial: span.start <= view.firstWord,
    sentence,
    work: true,
    mixedCase: true,
  };
}

const AWARD: ReadonlySet<string> = new Set(AWARD_NAMES);

/** Vote weights: a word-list or title-backed type, a rule's guess; a tagger's span votes with its margin. */
export const VOTE_CERTAIN = 10;
/**
 * A name the words around it make a team ("Leicestershire beat Somerset", "Somerset captain") outvotes a
 * few plain readings of the same name in the article ("bowling Somerset out for 83").
 */
export const VOTE_TEAM = 3 * VOTE_CERTAIN;
export const VOTE_GUESS = 1;

function voteOf(span: ProposedSpan, known: boolean): number {
  if (known || span.certain) return VOTE_CERTAIN;
  return Math.min(VOTE_CERTAIN, span.confidence ?? VOTE_GUESS);
}

/**
 * A tagger's margin (on every word of its span) from which a lower-case last word is part of the name:
 * "SK hynix" (93), not "The Economist magazine" (7).
 */
const SURE_OF_LOWER = 40;

function trailingLower(view: SentenceView, i: number): boolean {
  const word = view.words[i] ?? "";
  return view.casing === "mixed" && /^\p{Ll}+$/u.test(word);
}

/** "OPEC+", "Disney+": a plus sign glued to the word before it is part of the name. */
function attachedPlus(view: SentenceView, i: number): boolean {
  return view.words[i] === "+" && view.tokens[i - 1]?.end === view.tokens[i]?.start;
}

function isAddress(word: string): boolean {
  return word.includes("@") || word.includes("://") || word.startsWith("www.");
}

function namesNothing(word: string): boolean {
  return (
    NON_ENTITY_ACRONYMS.has(word) ||
    isCurrencyCode(word) ||
    MONTH_RANGE.test(word) ||
    CREDIT_RATING.test(word) ||
    (COMMON_CAPITALIZED_WORDS.has(foldName(word)) && !PLACES_AND_NAMES.has(word))
  );
}

/** "January-October", "Jan-Sept": a range of months in statistics copy names nothing. */
const MONTH_RANGE =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[-–](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/;
/** Credit ratings: "BB+", "CCC", "Baa2", "B3" name nothing and end no name ("rates Pemex B3"). */
const CREDIT_RATING =
  /^(?:AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?|CC|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])$/;

function isHonorific(view: SentenceView, start: number, end: number): boolean {
  const title = view.titles[start];
  return title?.end === end && title.value.honorific;
}

function sliceTokens(view: SentenceView, start: number, end: number): string {
  const first = view.tokens[start];
  const last = view.tokens[end - 1];
  return first && last ? view.text.slice(first.start, last.end) : "";
}

/**
 * A title right before the name: "President X", "U.S. Secretary of State X", "the Foreign Minister of
 * Kazakhstan X", "Kazakh foreign minister X". A place, demonym or organization right before the title
 * is part of the role.
 */
function titleBefore(
  view: SentenceView,
  nameStart: number,
  nameEnd: number,
  spans: ReadonlyMap<number, ProposedSpan>,
): { role: string | undefined } | undefined {
  // "Italy's prime minister, Giorgia Meloni, said": a title set off by commas before the name.
  const setOff = view.words[nameStart - 1] === "," && APPOSITION_ENDS.has(view.words[nameEnd] ?? "");
  let titleEnd = setOff ? nameStart - 1 : nameStart;
  let roleEnd = titleEnd;
  // "Chairman of the Management Board Askhat Khassenov", "Governor of the National Bank of Ukraine
  // Andriy Pyshnyi": the organization the title belongs to.
  const held = titleEnd === nameStart ? spans.get(titleEnd) : undefined;
  const heldOf = held && (view.words[held.start - 1] === "the" ? held.start - 2 : held.start - 1);
  if (heldOf !== undefined && (view.words[heldOf] === "of" || view.words[heldOf] === "for"))
    titleEnd = heldOf;
  else {
    // "... Minister of Kazakhstan X": step back over "of <place>".
    for (let q = titleEnd - 1; q >= Math.max(1, titleEnd - 6); q--) {
      const place = view.places[q];
      const of = view.words[q - 1];
      if (place && place.end === titleEnd && (of === "of" || of === "for")) {
        titleEnd = q - 1;
        break;
      }
    }
  }
  let titleStart = titleEndingAt(view, titleEnd);
  if (titleStart === undefined) return undefined;
  if (isHonorific(view, titleStart, titleEnd)) {
    // "Superintendent Dr. Andrew Miller": the title before the honorific is the role.
    const before = titleEndingAt(view, titleStart);
    if (before === undefined || isHonorific(view, before, titleStart)) return { role: undefined };
    titleEnd = titleStart;
    roleEnd = titleStart;
    titleStart = before;
  }
  let roleStart = titleStart;
  // "External Affairs Minister", "Interior Cabinet Secretary": capitalized portfolio words before the
  // title belong to the role (up to three, not a name the proposers found).
  for (let n = 0; n < 3; n++) {
    const k = roleStart - 1;
    const word = view.words[k] ?? "";
    // The sentence's first word counts unless it is one any sentence may open with ("But", "Meanwhile").
    const opener = k === view.firstWord && COMMON_CAPITALIZED_WORDS.has(foldName(word));
    if (
      k < view.firstWord ||
      opener ||
      !/^\p{Lu}\p{Ll}/u.test(word) ||
      view.places[k] ||
      TIME_WORDS.has(word.toLowerCase()) ||
      placeEndingAt(view, roleStart) !== undefined
    )
      break;
    // An organization the proposers found before the title is its owner ("Homeland Security Secretary").
    const covering = coveringSpan(spans, k);
    if (covering) {
      if (covering.end === roleStart && covering.type === "ORGANIZATION") roleStart = covering.start;
      break;
    }
    roleStart = k;
  }
  // "EU foreign policy chief", "U.N. humanitarian chief": lower-case words before a job's head word.
  if (
    roleStart === titleStart &&
    titleEnd - titleStart === 1 &&
    JOB_HEADS.has(view.words[titleStart]?.toLowerCase() ?? "")
  ) {
    for (
      let k = roleStart - 1;
      k > roleStart - 4 && k > view.firstWord && isRoleWord(view.words[k] ?? "");
      k--
    )
      roleStart = k;
  }
  // The place or organization the title belongs to, the longer if both end here ("Bank of England Governor").
  const place = placeEndingAt(view, roleStart);
  const owner = spans.get(roleStart);
  if (owner && owner.start < (place ?? roleStart)) roleStart = owner.start;
  else if (place !== undefined) roleStart = place;
  if (roleStart === titleStart && isPossessive(view.words[titleStart - 1] ?? "")) {
    // "Kazakhstan's foreign minister", "OpenAI's chief financial officer".
    const ownerStart = placeEndingAt(view, titleStart - 1) ?? spans.get(titleStart - 1)?.start;
    if (ownerStart !== undefined) roleStart = ownerStart;
  }
  return { role: sliceTokens(view, roleStart, roleEnd) };
}

/** Single-word titles a lower-case portfolio may come before: "foreign policy chief", "party leader". */
const JOB_HEADS = new Set(["chief", "head", "leader", "boss", "czar", "tsar", "chair"]);
const NOT_ROLE_WORDS = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "for",
  "by",
  "with",
  "as",
  "to",
  "at",
  "in",
  "on",
  "from",
  "said",
  "says",
  "told",
  "its",
  "his",
  "her",
  "their",
  "our",
  "new",
  "top",
  "former",
  "then",
]);

function isRoleWord(word: string): boolean {
  return /^\p{Ll}{3,}$/u.test(word) && !NOT_ROLE_WORDS.has(word);
}

/** The proposed span that covers token `k`, if any. */
function coveringSpan(spans: ReadonlyMap<number, ProposedSpan>, k: number): ProposedSpan | undefined {
  for (const span of spans.values()) if (span.start <= k && span.end > k) return span;
  return undefined;
}

function titleEndingAt(view: SentenceView, end: number): number | undefined {
  for (let k = Math.max(0, end - 6); k < end; k++) {
    const title = view.titles[k];
    if (title && title.end === end) return k;
  }
  return undefined;
}

function placeEndingAt(view: SentenceView, end: number): number | undefined {
  for (let k = Math.max(0, end - 6); k < end; k++) {
    const place = view.places[k];
    if (place && place.end === end) return k;
  }
  return undefined;
}

/** "Mukhtar Tileuberdi, Kazakhstan's foreign minister," / "X, the president of Y": the role after. */
const PORTFOLIO_LINKS = new Set(["of", "for", "and", "the", "&", ","]);

/**
 * "Minister of Budget and Economic Planning", "Secretary of State for Health and Social Care": the words
 * after a minister's "of"/"for" name a portfolio, not an organization (unless they end like one: "Bank").
 */
function inPortfolio(view: SentenceView, s: number, e: number, type: EntityType): boolean {
  if (type === "PERSON") return false;
  for (let k = s; k < e; k++) {
    const word = view.words[k] ?? "";
    if (hasNameSuffix(word) || ORG_PREFIXES.has(word) || view.places[k]) return false;
  }
  for (let k = s - 1; k >= Math.max(0, s - 8); k--) {
    const word = view.words[k] ?? "";
    const title = view.titles[k];
    // The title may run into the span ("Secretary of State" + "State for Health and Social Care").
    if (title && title.end < e && (view.words[title.end] === "of" || view.words[title.end] === "for")) {
      return PORTFOLIO_HEADS.has((view.words[title.end - 1] ?? "").toLowerCase());
    }
    if (!PORTFOLIO_LINKS.has(word) && !/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

const DETERMINERS = new Set(["the", "a", "an", "The", "A", "An"]);
/** Titles only a company gives: the single word before one is the company ("Rosatom CEO Alexei X"). */
const COMPANY_TITLES = new Set([
  "ceo",
  "cfo",
  "coo",
  "cto",
  "chief executive",
  "chief executive officer",
  "chief financial officer",
  "co-ceo",
  "chief operating officer",
]);

/** A person's name (after an honorific, maybe) starts at `k` and is set off by a comma or "said". */
function introducesName(view: SentenceView, k: number): boolean {
  let j = k;
  const honorific = view.titles[j];
  if (honorific && isHonorific(view, j, honorific.end)) j = honorific.end;
  let words = 0;
  while (words < 5 && /^\p{Lu}/u.test(view.words[j + words] ?? "")) words++;
  const after = view.words[j + words] ?? "";
  return words >= 2 && (after === "," || after === "said");
}

/**
 * A title in an apposition: one of the word lists, or "head of" ("Lena Fox, head of research at Tandem
 * Bank,"), which is no title before a name ("to head Ilocano forces").
 */
function appositionTitle(view: SentenceView, k: number): PhraseHit<TitleEntry> | undefined {
  const title = view.titles[k];
  if (title) return title;
  const word = view.words[k] ?? "";
  return (word === "head" || word === "Head") && view.words[k + 1] === "of"
    ? { value: { honorific: false }, end: k + 1 }
    : undefined;
}

/** Marks that close an apposition: "Tom Fletcher, the UN's humanitarian chief, warned". */
const APPOSITION_ENDS = new Set([",", ".", ";"]);
/** Words that tie a title to where it is held: "director of", "minister for", "a strategist at". */
const ROLE_LINKS = new Set(["of", "for", "at", "in", "with"]);

function appositionRole(view: SentenceView, nameEnd: number): string | undefined {
  const { words } = view;
  if (words[nameEnd] !== ",") return undefined;
  let k = nameEnd + 1;
  if (words[k] === "the" || words[k] === "a" || words[k] === "an") k++;
  const roleStart = k;
  const place = view.places[k];
  if (place) {
    k = place.end;
    if (isPossessive(words[k] ?? "")) k++;
  } else {
    // "Gavi's chief executive", "Sony Interactive's president": a name no word list knows, owning the title.
    let j = k;
    while (j < k + 4 && /^\p{Lu}/u.test(words[j] ?? "")) j++;
    if (j > k && isPossessive(words[j] ?? "")) k = j + 1;
  }
  // "the UN's humanitarian chief", "chief market economist at Daiwa": up to three lower-case modifiers;
  // of the titles among them, the one the apposition ends on.
  let first: number | undefined;
  let at: number | undefined;
  for (let m = 0; m <= 3; m++) {
    const title = appositionTitle(view, k + m);
    if (title && first === undefined) first = k + m;
    if (title && (APPOSITION_ENDS.has(words[title.end] ?? "") || ROLE_LINKS.has(words[title.end] ?? ""))) {
      at = k + m;
      break;
    }
    if (!/^\p{Ll}+$/u.test(words[k + m] ?? "")) break;
  }
  k = at ?? first ?? k;
  const title = appositionTitle(view, k);
  if (!title || isHonorific(view, k, title.end)) return undefined;
  let end = title.end;
  const qualifier = view.places[end + 1];
  if (ROLE_LINKS.has(words[end] ?? "") && qualifier && APPOSITION_ENDS.has(words[qualifier.end] ?? ""))
    end = qualifier.end;
  else if (ROLE_LINKS.has(words[end] ?? "")) {
    // "director of the Office of the Central Commission", "vice president of software engineering".
    let j = end + 1;
    while (j < Math.min(words.length, end + 14) && !APPOSITION_ENDS.has(words[j] ?? "")) j++;
    if (APPOSITION_ENDS.has(words[j] ?? "")) end = j;
  }
  const after = words[end];
  if (after !== undefined && after !== "," && after !== "." && after !== ";" && after !== "said")
    return undefined;
  // "Speaking to The Punch, the Director-General of the Chamber, Dr Chinyere Almona, said": the title set
  // off by commas is the next name's.
  if (after === "," && introducesName(view, end + 1)) return undefined;
  return sliceTokens(view, roleStart, end);
}
