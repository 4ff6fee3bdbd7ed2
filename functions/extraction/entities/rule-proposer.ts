import { isCurrencyCode } from "./currencies.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import { COMMON_CAPITALIZED_WORDS, TIME_WORDS } from "./lexicon/common-words.ts";
import {
  AGENCY_BEFORE_COUNTRY,
  CONNECTING_HEADS,
  INDUSTRY_ENDINGS,
  LOCATION_PREFIXES,
  LOCATION_SUFFIXES,
  MISC_SUFFIXES,
  NON_ENTITY_ACRONYMS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  STORM_WORDS,
} from "./lexicon/organizations.ts";
import {
  GIVEN_NAMES,
  LOCATIVE_PREPOSITIONS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  SPEECH_VERBS,
  SURNAME_PREFIXES,
} from "./lexicon/person-names.ts";
import { GOVERNMENT_HEADS, PORTFOLIO_HEADS, TITLE_HEADS } from "./lexicon/titles.ts";
import { endsBodyName, genericCompanyWord, hasNameSuffix } from "./name-heads.ts";
import {
  type ProposedSpan,
  SENTENCE_OPENERS,
  type SentenceView,
  type SpanProposer,
} from "./span-proposer.ts";
import type { EntityType } from "./types.ts";
import {
  foldName,
  isAcronym,
  isAllUpper,
  isBrandWord,
  isCapitalized,
  isDottedAbbreviation,
  isPrefixedSurname,
} from "./word-shape.ts";

/** A name is rarely longer; a longer run of capitals is a headline or noise, read in pieces. */
const MAX_CHUNK_TOKENS = 12;

/**
 * The rules: runs of capitalized words ("chunks") are cut at titles and word-list phrases, then typed
 * by the words they end or start with, by given names, and by the words around them. Passes, in order:
 * 1. chunking (capitalized words, initials, particles, "of"/"for" after a head word such as "Bank");
 * 2. leading function words and a sentence-initial "The" dropped;
 * 3. a title splits the chunk: qualifiers before it, the person after it;
 * 4. organization, event and place suffixes/prefixes type the whole chunk;
 * 5. word-list phrases (countries, cities, demonyms, known organizations) type their part;
 * 6. what is left: acronyms are organizations, given names and speech verbs make people.
 */
export const ruleProposer: SpanProposer = {
  propose(view) {
    const out: ProposedSpan[] = [];
    const n = view.tokens.length;
    let i = 0;
    while (i < n) {
      if (!startsChunk(view, i)) {
        i++;
        continue;
      }
      const end = chunkEnd(view, i);
      interpretChunk(view, i, end, out);
      i = end;
    }
    return out;
  },
};

function startsChunk(view: SentenceView, i: number): boolean {
  if (view.places[i]) return true;
  if (view.casing !== "mixed") return false;
  return isNameWord(view.words[i] ?? "");
}

function isNameWord(word: string): boolean {
  return isCapitalized(word) || isDottedAbbreviation(word) || isPrefixedSurname(word, SURNAME_PREFIXES);
}

function chunkEnd(view: SentenceView, start: number): number {
  const { words, places } = view;
  const n = words.length;
  let j = start;
  let connected = false;
  let kept = start + 1;
  while (j < n && j - start < MAX_CHUNK_TOKENS) {
    const place = places[j];
    if (place && (j === start || view.casing === "mixed" || !places[start])) {
      j = Math.max(j + 1, Math.min(place.end, start + MAX_CHUNK_TOKENS));
      kept = j;
      continue;
    }
    const word = words[j] ?? "";
    if (view.casing !== "mixed") break;
    if (isNameWord(word)) {
      j++;
      continue;
    }
    const previous = words[j - 1] ?? "";
    const next = words[j + 1] ?? "";
    // An initial: "John F. Kennedy".
    if (word === "." && j > start && previous.length === 1 && isCapitalized(previous) && isNameWord(next)) {
      j++;
      continue;
    }
    // "Hamburger Hafen und Logistik AG": German names join with "und" as English ones with "&".
    if ((word === "&" || word === "und") && j > start && isNameWord(next)) {
      j++;
      continue;
    }
    if (j > start && NAME_PARTICLES.has(word)) {
      const after = NAME_PARTICLES.has(next) ? (words[j + 2] ?? "") : next;
      if (isCapitalized(previous) && isCapitalized(after) && !CONNECTING_HEADS.has(previous)) {
        j += NAME_PARTICLES.has(next) ? 2 : 1;
        continue;
      }
    }
    if (j > start && NAME_CONNECTORS.has(word)) {
      const headOk =
        word === "and"
          ? connected
          : CONNECTING_HEADS.has(previous) || TITLE_HEADS.has(previous.toLowerCase());
      // "Council of the European Union"; but "and the" starts another name.
      const skipThe = next === "the" && word !== "and" ? 1 : 0;
      const after = words[j + 1 + skipThe] ?? "";
      // "Council on Foreign Relations", but not "the Cabinet on Monday".
      if (headOk && !TIME_WORDS.has(foldName(after)) && (isNameWord(after) || places[j + 1 + skipThe])) {
        j += 1 + skipThe;
        connected = true;
        continue;
      }
    }
    break;
  }
  // Never end on a connector or an initial's period.
  while (j > kept && !isNameWord(words[j - 1] ?? "")) j--;
  return Math.max(j, kept);
}

function interpretChunk(view: SentenceView, start: number, end: number, out: ProposedSpan[]): void {
  let a = start;
  let withThe = false;
  while (a < end && !view.titles[a] && !view.places[a]) {
    const word = view.words[a] ?? "";
    if (word === "The" && end - a >= 2 && !isSentenceStart(view, a)) {
      withThe = true;
      a++;
      break;
    }
    if (!isCommon(word)) break;
    // "State Department", "General Motors": a chunk that ends like a name keeps its adjectives.
    if (!isFunctionWord(word) && hasNameSuffix(view.words[end - 1] ?? "")) break;
    if (!(isSentenceStart(view, a) || end - a === 1 || isFunctionWord(word))) break;
    a++;
  }
  if (a >= end) return;
  const title = findTitle(view, a, end);
  if (title) {
    plain(view, a, portfolioStart(view, a, title), out, false);
    let nameStart = title.end;
    // "Superintendent Dr. Andrew Miller", "Health Minister Dr Samanta Lal Sen": titles in a row.
    for (let next = view.titles[nameStart]; next; next = view.titles[nameStart]) {
      // The honorific's dot ends the chunk ("Dr" "."): the name is in the next one.
      if (next.end >= end) return;
      nameStart = next.end;
    }
    // "Foreign Minister of Kazakhstan Mukhtar Tileuberdi": the qualifier belongs to the role.
    const of = view.words[nameStart];
    const qualifier = view.places[nameStart + 1];
    if ((of === "of" || of === "for") && qualifier && qualifier.end <= end) {
      pushPlace(view, nameStart + 1, qualifier.end, qualifier.value, out);
      nameStart = qualifier.end;
    } else if (of === "of" || of === "for") {
      // "Chairman of the Australian Centre for ...", "King of Wessex": what follows is no person, and a
      // minister's portfolio no name ("Minister of Budget and Economic Planning") unless it ends like one.
      const after = view.words[nameStart + 1] === "the" ? nameStart + 2 : nameStart + 1;
      const head = (view.words[title.end - 1] ?? "").toLowerCase();
      if (PORTFOLIO_HEADS.has(head) && !hasNameSuffix(view.words[end - 1] ?? "")) return;
      plain(view, after, end, out, false);
      return;
    }
    // "Minister of Finance and Coordinating Minister of the Economy": a second title, not a name.
    if (view.words[nameStart] === "and" && nameStart + 1 < end) {
      interpretChunk(view, nameStart + 1, end, out);
      return;
    }
    if (nameStart < end) named(view, nameStart, end, out);
    return;
  }
  plain(view, a, end, out, withThe);
}

/**
 * Where the portfolio words before a government title start ("Texas Insurance Commissioner", "Quebec
 * Economy and Energy Minister", "Financial Services Minister"): they are the role's, not an organization;
 * a place before them stays a place. `title.start` when there are none.
 */
function portfolioStart(view: SentenceView, a: number, title: { start: number; end: number }): number {
  const head = (view.words[title.end - 1] ?? "").toLowerCase();
  if (!GOVERNMENT_HEADS.has(head) || title.start - a > 5) return title.start;
  const place = view.places[a];
  const from = place && place.value.kind !== "organization" ? place.end : a;
  // "Mineral Resources and Energy Minister", "Human Capital Minister": a minister's portfolio may end in a
  // word that ends bodies' names, and name a party's word ("Health, Labour and Welfare Minister").
  const minister = head === "minister" || head === "ministers";
  for (let k = from; k < title.start; k++) {
    const word = view.words[k] ?? "";
    const hit = view.places[k];
    const listed = hit?.value.kind === "organization" && ["and", ","].includes(view.words[hit.end] ?? "");
    if ((hit && !(minister && listed)) || isAcronym(word) || (endsBodyName(word) && !minister))
      return title.start;
    if (!(isCapitalized(word) || word === "and" || word === "&")) return title.start;
  }
  return from;
}

/** The first capitalized title in the chunk that has a name after it, or that ends the chunk. */
function findTitle(
  view: SentenceView,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  for (let k = start; k < end; k++) {
    const hit = view.titles[k];
    if (!hit || hit.end > end) continue;
    const word = view.words[k] ?? "";
    if (view.casing === "mixed" && !isCapitalized(word)) continue;
    // "St. Petersburg" is a place; "Ministry of Justice" has no judge in it; "Legal & General" no general.
    const place = view.places[k];
    if (place && place.end >= hit.end) continue;
    if (insidePlace(view, start, k)) continue;
    // "General Administration of Customs": a title before a body's head word opens the body's name.
    if (ORG_SUFFIXES.has(view.words[hit.end] ?? "")) return undefined;
    // ("MP Materials said": a company's generic last word alone after a title names no person.)
    // ("Ambassador Cruise Line": nor an industry's two words.)
    if (end === hit.end + 1 && companyWord(view.words[hit.end] ?? "")) return undefined;
    if (end === hit.end + 2 && INDUSTRY_ENDINGS.has(view.words.slice(hit.end, end).join(" ")))
      return undefined;
    if (k > start && NAME_CONNECTORS.has(view.words[k - 1] ?? "")) continue;
    // "Secretary" alone may start "Secretary of State"; a title inside the name of an organization or an
    // event is no title ("Egyptian Premier League").
    const last = view.words[end - 1] ?? "";
    // ("NSW Health Minister Ryan Park": a given name after a minister's title opens a person's name.)
    const minister =
      GOVERNMENT_HEADS.has((view.words[hit.end - 1] ?? "").toLowerCase()) &&
      GIVEN_NAMES.has(view.words[hit.end] ?? "") &&
      !ORG_SUFFIXES.has(last);
    if (endsBodyName(last) && end - hit.end > 0 && !minister) return undefined;
    return { start: k, end: hit.end };
  }
  return undefined;
}

/** Token `k` is inside a word-list name that starts before it in the chunk (from `start`). */
function insidePlace(view: SentenceView, start: number, k: number): boolean {
  for (let j = start; j < k; j++) if ((view.places[j]?.end ?? 0) > k) return true;
  return false;
}

/** Words before "District" that make it a body, not a place: a school or water district. */
const SERVICE_DISTRICTS = new Set([
  "School",
  "Water",
  "Fire",
  "Irrigation",
  "Sanitation",
  "Hospital",
  "Transit",
  "Sewer",
]);

/** The person after a title (or an organization, if the words say so: "Chairman Mao" stays a person). */
function named(view: SentenceView, start: number, end: number, out: ProposedSpan[]): void {
  const place = view.places[start];
  if (place && place.end === end && place.value.kind !== "demonym") {
    pushPlace(view, start, end, place.value, out);
    return;
  }
  const last = view.words[end - 1] ?? "";
  const type: EntityType = ORG_SUFFIXES.has(last) && end - start > 1 ? "ORGANIZATION" : "PERSON";
  out.push({ start, end, type, certain: true });
}

/** A capitalized name glued to a web domain's ending (one word to the tokenizer). */
const WEB_NAME = /^\p{Lu}[\p{L}\d-]*\.(?:co\.)?[a-z]{2,3}$/u;

function plain(view: SentenceView, start: number, end: number, out: ProposedSpan[], withThe: boolean): void {
  if (start >= end) return;
  const { words, places } = view;
  const first = words[start] ?? "";
  const last = words[end - 1] ?? "";
  const size = end - start;
  const whole = places[start];
  if (whole && whole.end === end) {
    pushPlace(view, start, end, whole.value, out, withThe);
    return;
  }
  // "Realtor.com", "Mogul.sg", "Rightmove.co.uk": a name on a web domain is the business that runs it.
  if (size === 1 && WEB_NAME.test(first)) {
    out.push({ start, end, type: "ORGANIZATION", withThe, certain: true });
    return;
  }
  if (size >= 2) {
    const connector = words[start + 1] ?? "";
    if (
      ORG_SUFFIXES.has(last) ||
      // "Buckeye Valley Local School District", "Yolo County Water District": a district that runs a service.
      (last === "District" && SERVICE_DISTRICTS.has(words[end - 2] ?? "")) ||
      ORG_SUFFIXES.has(headBeforeConnector(words, start, end)) ||
      (ORG_PREFIXES.has(first) && NAME_CONNECTORS.has(connector))
    ) {
      out.push({ start, end, type: "ORGANIZATION", withThe, certain: true });
      return;
    }
    // "MP Materials", "JSW Steel": letters before a company's generic word name the company.
    if (size === 2 && !places[start] && /^[A-Z]{2,4}$/.test(first) && companyWord(last)) {
      out.push({ start, end, type: "ORGANIZATION", withThe, certain: true });
      return;
    }
    if (MISC_SUFFIXES.has(last)) {
      // A law's year is part of its name: "Trade Union Act 2016".
      const year = last === "Act" && LAW_YEAR.test(words[end] ?? "") ? 1 : 0;
      out.push({ start, end: end + year, type: "MISC", withThe, certain: true });
      return;
    }
    if (STORM_WORDS.has(first) || (first === "Tropical" && words[start + 1] === "Storm" && size >= 3)) {
      out.push({ start, end, type: "MISC", withThe, certain: true });
      return;
    }
    if (LOCATION_SUFFIXES.has(last) || LOCATION_PREFIXES.has(first)) {
      out.push({ start, end, type: "LOCATION", withThe, certain: true });
      return;
    }
    const country = places[start + 1];
    if (AGENCY_BEFORE_COUNTRY.has(first) && country?.end === end && country.value.kind === "country") {
      out.push({ start, end, type: "ORGANIZATION", certain: true });
      return;
    }
  }
  // Cut at word-list phrases; a demonym or country followed by more capitals is part of a name
  // ("American Express"), not a mention of the country.
  let runStart = start;
  let k = start;
  while (k < end) {
    const hit = places[k];
    if (!hit || hit.end > end) {
      k++;
      continue;
    }
    const glued = hit.value.kind === "demonym" && hit.end < end && !places[hit.end];
    if (glued) {
      k = hit.end;
      continue;
    }
    unknown(view, runStart, k, out);
    pushPlace(view, k, hit.end, hit.value, out);
    k = hit.end;
    runStart = k;
  }
  unknown(view, runStart, end, out);
}

function pushPlace(
  view: SentenceView,
  start: number,
  end: number,
  entry: GazetteerEntry,
  out: ProposedSpan[],
  withThe = false,
): void {
  // In lower-case text, a lower-case demonym ("american") is too often an ordinary adjective to count.
  if (entry.kind === "demonym" && !isCapitalized(view.words[start] ?? "")) return;
  const type: EntityType =
    entry.kind === "organization"
      ? "ORGANIZATION"
      : entry.kind === "demonym" || entry.kind === "misc"
        ? "MISC"
        : "LOCATION";
  out.push({ start, end, type, withThe: withThe && type === "ORGANIZATION", certain: true });
}

/** A company's generic or industry word, which ends no person's name: "Group", "Materials", "Steel". */
function companyWord(word: string): boolean {
  return genericCompanyWord(word) || INDUSTRY_ENDINGS.has(word);
}

/** A run of capitalized words that no word list knows. */
function unknown(view: SentenceView, start: number, end: number, out: ProposedSpan[]): void {
  const before = out.length;
  guessUnknown(view, start, end, out);
  const span = out[before];
  if (span && hasEvidence(view, span)) span.evidence = true;
}

const LAW_YEAR = /^(1[89]|20)\d\d$/;

/**
 * Evidence beyond capitalization for a guess: a title right before it ("Mr. Blinken", "President X"), a
 * role noun before a person ("Chinese leader Xi Jinping"), a speech verb after a person ("Blinken said").
 */
function hasEvidence(view: SentenceView, span: ProposedSpan): boolean {
  const { words } = view;
  const k = span.start;
  const dotted = words[k - 1] === "." ? k - 1 : k;
  for (let t = Math.max(0, k - 5); t < k; t++) {
    const end = view.titles[t]?.end;
    if (end === k || end === dotted) return true;
  }
  if (span.type !== "PERSON") return false;
  const previous = (words[k - 1] ?? "").toLowerCase();
  return TITLE_HEADS.has(previous) || ROLE_NOUNS.has(previous) || SPEECH_VERBS.has(words[span.end] ?? "");
}

/** Nouns that stand before a person's name without being a title of the word lists. */
const ROLE_NOUNS = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "counterpart",
  "founder",
  "coach",
  "manager",
  "striker",
  "captain",
  "candidate",
  "lawmaker",
  "senator",
  "rival",
  "successor",
  "predecessor",
]);

function guessUnknown(view: SentenceView, start: number, end: number, out: ProposedSpan[]): void {
  let a = start;
  while (a < end && isCommon(view.words[a] ?? "") && (isSentenceStart(view, a) || end - a === 1)) a++;
  let b = end;
  while (b > a && !isNameWord(view.words[b - 1] ?? "")) b--;
  if (a >= b || view.casing !== "mixed") return;
  const words = view.words.slice(a, b);
  const first = words[0] ?? "";
  const next = view.words[b] ?? "";
  const previous = view.words[a - 1] ?? "";
  const initial = isSentenceStart(view, a);
  if (words.length === 1) {
    // "Mr" of "Mr." (the title's period is a token of its own).
    if (view.titles[a]) return;
    if (isAcronym(first) || isDottedAbbreviation(first)) {
      if (NON_ENTITY_ACRONYMS.has(first) || isCurrencyCode(first)) return;
      out.push({ start: a, end: b, type: "ORGANIZATION", weak: initial });
      return;
    }
    if (isAllUpper(first) && first.length === 1) return;
    // "Baa1", "4G": codes, not names.
    if (hasDigit(first)) return;
    // "VinFast", "PayPal": a capital inside a word is a brand, wherever it stands ("VanMoof was sold",
    // "findings by BusinessDay show"), whatever a tagger thinks of it; not a surname's ("DeSantis").
    if (hasInnerCapital(first)) {
      const brand = isBrandWord(first);
      out.push({ start: a, end: b, type: "ORGANIZATION", weak: initial && !brand, evidence: brand });
      return;
    }
    if (GIVEN_NAMES.has(first) || SPEECH_VERBS.has(next)) {
      out.push({ start: a, end: b, type: "PERSON", weak: initial });
      return;
    }
    if (LOCATIVE_PREPOSITIONS.has(previous)) {
      out.push({ start: a, end: b, type: "LOCATION", weak: true });
      return;
    }
    out.push({ start: a, end: b, type: "MISC", weak: true });
    return;
  }
  // ("Competitor OdontoFlex", "GridStore AS": a brand's word makes the name a company's.)
  if (words.some(isBrandWord)) {
    out.push({ start: a, end: b, type: "ORGANIZATION", evidence: true });
    return;
  }
  if (words.some((word) => isAcronym(word) || word === "&")) {
    out.push({ start: a, end: b, type: "ORGANIZATION", weak: initial && !GIVEN_NAMES.has(first) });
    return;
  }
  if (words.length <= 4) {
    out.push({
      start: a,
      end: b,
      type: "PERSON",
      weak: initial && !GIVEN_NAMES.has(first) && !SPEECH_VERBS.has(next),
    });
    return;
  }
  out.push({ start: a, end: b, type: "MISC", weak: true });
}

/** "Initiative" in "Economic Resilience Initiative for Central Asia": the word before the first connector. */
function headBeforeConnector(words: readonly string[], start: number, end: number): string {
  for (let k = start + 1; k < end; k++) if (NAME_CONNECTORS.has(words[k] ?? "")) return words[k - 1] ?? "";
  return "";
}

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length && k < 64; k++) {
    const code = word.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** "VinFast", "PayPal", but not "McDonald" (Mc/Mac) nor "O'Brien" nor "Al-Sharaa". */
function hasInnerCapital(word: string): boolean {
  if (word.startsWith("Mc") || word.startsWith("Mac") || word.length > 64) return false;
  for (let k = 1; k < word.length; k++) {
    const ch = word[k] ?? "";
    const before = word[k - 1] ?? "";
    if (ch !== ch.toLowerCase() && before === before.toLowerCase() && /\p{Ll}/u.test(before)) return true;
  }
  return false;
}

function isSentenceStart(view: SentenceView, i: number): boolean {
  if (i <= view.firstWord) return true;
  const previous = view.words[i - 1] ?? "";
  return SENTENCE_OPENERS.has(previous);
}

function isCommon(word: string): boolean {
  return COMMON_CAPITALIZED_WORDS.has(foldName(word));
}

const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "for",
  "from",
  "with",
  "by",
  "as",
  "of",
  "to",
  "and",
  "but",
  "or",
  "he",
  "she",
  "it",
  "we",
  "they",
  "i",
  "you",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "our",
  "their",
  "my",
  "your",
  "if",
  "when",
  "while",
  "after",
  "before",
  "since",
  "during",
  "despite",
  "under",
  "today",
  "yesterday",
  "tomorrow",
  "according",
]);

function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
