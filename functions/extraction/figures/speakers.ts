/**
 * Speakers: quotation regions (across sentences and paragraphs) and their attributions, reported speech
 * ("according to X", "X said that"), and pronouns resolved to the last person named.
 */
// The English locale only: the package's index pulls in every language (0.7 MB of the bundle).
import englishCountries from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { Entity } from "../entities/types.ts";
import { MONTHS, WEEKDAYS } from "./data/periods.ts";
import {
  GENERIC_SOURCES,
  LISTENER_VERBS,
  NAME_STOPS,
  PRONOUNS,
  QUOTE_ONLY_VERBS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from "./data/speech.ts";
import { QUALIFIER_WORDS } from "./lexicon.ts";
import { isCapitalized, matcherOf } from "./phrases.ts";
import { firstAtOrAfter } from "./search.ts";
import type { Token } from "./tokenize.ts";
import type { FigureSpeaker } from "./types.ts";

export interface QuoteRegion {
  open: number;
  close: number;
  /** The quote runs on into the next paragraph (no closing mark before the paragraph break). */
  continued: boolean;
  speaker?: Attribution;
}

export interface Attribution {
  name: string;
  /** Characters of the name (or pronoun) in the text. */
  start: number;
  end: number;
  pronoun: boolean;
  /** Where the attribution verb is; pronouns resolve to the last person named before it. */
  at: number;
  /**
   * "..., while Nissan said it would cut 9,000 jobs": the character where the reported clause begins;
   * figures before it are not this speaker's. Absent: the whole sentence ("..., Nissan said.").
   */
  from?: number;
}

const SPEECH = matcherOf(SPEECH_VERBS.map((v) => [v, true] as const));
const TITLES = new Set(TITLE_WORDS);
const PRONOUN = new Set(PRONOUNS);
const STOPS = new Set(NAME_STOPS);
const GENERIC = new Set(GENERIC_SOURCES);
const QUOTE_ONLY = new Set(QUOTE_ONLY_VERBS);
/** Name suffixes written with a point: "Jr.", "Sr.". */
const SUFFIXES = new Set(["jr", "sr"]);
/** Capitalized words that name no speaker: days and months ("a filing made Monday"; "May" may be a name). */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS.map(([name]) => name).filter((name) => name !== "may"),
]);
/** Legal forms written with a point before a speech verb: "Harbor Steel Co. said". */
const DOTTED_FORMS = new Set(["co", "corp", "inc", "ltd", "plc", "llc", "bhd", "ag", "sa"]);
const LISTENER = new Set(LISTENER_VERBS);
/** Words after "added" that make it a gain: "Sony added 1.5%", "Murray added 22 points", "added a third". */
const GAIN_OBJECTS = new Set([
  "a",
  "an",
  "another",
  "more",
  "nearly",
  "about",
  "some",
  "over",
  "almost",
  "roughly",
  "around",
  "just",
]);
/** Lower-case words that tie a place or an organization to a common noun: "traders in London". */
const MODIFIER_LINKS = new Set(["in", "at", "from", "of", "for", "with", "near", "across", "inside"]);
const PARTICLES = new Set([
  "bin",
  "ibn",
  "al",
  "el",
  "de",
  "da",
  "di",
  "van",
  "von",
  "der",
  "du",
  "le",
  "la",
  "dos",
]);
const ADVERBS = new Set([
  "also",
  "later",
  "then",
  "further",
  "previously",
  "earlier",
  "again",
  "once",
  "has",
  "had",
  "recently",
]);
const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  Object.values(englishCountries.countries as Record<string, string | string[]>)
    .flat()
    .map((n) => n.toLowerCase()),
);
const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);
const SENTENCE_END = new Set([".", "!", "?"]);

export function findQuotes(t: readonly Token[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!tok) continue;
    if (tok.paragraphStart && open >= 0) {
      regions.push({ open, close: i - 1, continued: true });
      open = -1;
    }
    if (tok.kind !== "punct") continue;
    if (OPENING.has(tok.norm)) {
      if (open < 0) open = i;
    } else if (CLOSING.has(tok.norm)) {
      if (open >= 0) regions.push({ open, close: i, continued: false });
      open = -1;
    } else if (tok.norm === '"') {
      if (open < 0) open = i;
      else {
        regions.push({ open, close: i, continued: false });
        open = -1;
      }
    }
  }
  if (open >= 0) regions.push({ open, close: t.length - 1, continued: false });
  for (const r of regions) {
    // 'Lula said last month that "nobody can live with interest at 15%." Haddad said ...': a quote opened
    // inside a sentence whose verb came before it is that verb's, and ends with its sentence.
    const inside = openedInside(t, r.open);
    const s = inside
      ? (attributionBefore(t, r.open, INSIDE_REACH) ??
        (SENTENCE_END.has(t[r.close - 1]?.norm ?? "") ? undefined : attributionAfter(t, r.close)))
      : (attributionAfter(t, r.close) ?? attributionBefore(t, r.open));
    if (s) r.speaker = s;
  }
  // A quote carried over a paragraph break takes the attribution of the paragraph that ends it.
  for (let k = regions.length - 2; k >= 0; k--) {
    const r = regions[k];
    const next = regions[k + 1];
    if (r && next && r.continued && !r.speaker && next.speaker) r.speaker = next.speaker;
  }
  // '"Exports are recovering," Sharma said. "We expect shipments to rise 12%."': a quote that follows
  // the attribution of the quote before it, in the same paragraph, is the same speaker's.
  for (let k = 1; k < regions.length; k++) {
    const r = regions[k];
    const before = regions[k - 1];
    if (r && before?.speaker && !r.speaker && continuesQuote(t, before.close, r.open))
      r.speaker = before.speaker;
  }
  return regions;
}

/** Tokens an attribution between two quotes may take, at most ('," said finance chief Paul Ortega.'). */
const ATTRIBUTION_TOKENS = 20;

/** Between the two quotes: only an attribution that ends its sentence, in one paragraph. */
function continuesQuote(t: readonly Token[], close: number, open: number): boolean {
  if (open - close > ATTRIBUTION_TOKENS || t[open]?.paragraphStart) return false;
  let ends = 0;
  for (let k = close + 1; k < open; k++) {
    const tok = t[k];
    if (!tok || tok.paragraphStart) return false;
    if (SENTENCE_END.has(tok.norm) && !abbreviationDot(t, k)) ends++;
  }
  return ends === 1 && SENTENCE_END.has(t[open - 1]?.norm ?? "");
}

/** "Dr.", "Gen.", "U.S.", "J.": a dot after a short capitalized word or a letter ends no sentence. */
function abbreviationDot(t: readonly Token[], k: number): boolean {
  const word = t[k - 1];
  if (t[k]?.norm !== "." || !word || word.kind !== "word" || t[k]?.spaceBefore) return false;
  return word.text.length <= 3 && isCapitalized(word) && t[k + 1]?.kind === "word" && isCapitalized(t[k + 1]);
}

/** "..., the Foreign Minister of Kazakhstan Mukhtar Tileuberdi said" or "...,” said Blinken." */
function attributionAfter(t: readonly Token[], close: number): Attribution | undefined {
  let k = close + 1;
  // An attribution follows its quote in the same paragraph.
  if (t[k]?.paragraphStart) return undefined;
  // '"... by June." Separately, Governor Paulo Reis said': a quote that ends its sentence with a full stop
  // is attributed only by a verb right after it ('"Why now?" asked Silva' has its own mark).
  const ended = t[close - 1]?.norm === ".";
  if (t[k]?.norm === ",") k++;
  const limit = Math.min(t.length, k + 16);
  for (let v = k; v < limit; v++) {
    const tok = t[v];
    if (
      !tok ||
      (SENTENCE_END.has(tok.norm) && !abbreviationDot(t, v)) ||
      OPENING.has(tok.norm) ||
      tok.norm === '"' ||
      (tok.paragraphStart && v > k)
    )
      break;
    const verb = SPEECH.forward(t, v);
    if (!verb) continue;
    if (v === k) return nameAfter(t, verb.end, v);
    // '," Pierre Dubois, head of the Red Cross delegation, told Reuters.': the name before the aside.
    return ended ? undefined : (nameBefore(t, k, v) ?? nameBeforeRelative(t, k, v));
  }
  return undefined;
}

/** How far before a quote opened inside a sentence its speech verb may be, in tokens. */
const INSIDE_REACH = 14;

/** The quote opens after a word of its sentence: 'said power costs "are still 40% higher"'. */
function openedInside(t: readonly Token[], open: number): boolean {
  const before = t[open - 1];
  return before?.kind === "word" && !t[open]?.paragraphStart;
}

/** "Blinken said: “...”"; `reach`: tokens back to the verb (a few, or a sentence's for a quote inside it). */
function attributionBefore(t: readonly Token[], open: number, reach = 3): Attribution | undefined {
  let k = open - 1;
  if (t[k]?.norm === ":" || t[k]?.norm === ",") k--;
  for (let v = k; v >= Math.max(0, k - reach); v--) {
    const tok = t[v];
    if (!tok || SENTENCE_END.has(tok.norm)) break;
    const verb = SPEECH.forward(t, v);
    if (verb) return nameBefore(t, Math.max(0, v - 12), v);
  }
  return undefined;
}

/** The name that ends right before a speech verb at `v`, searching back no further than `from`. */
export function nameBefore(t: readonly Token[], from: number, v: number): Attribution | undefined {
  let e = v - 1;
  while (e >= from && ADVERBS.has(t[e]?.norm ?? "")) e--;
  // "Gerald Thibodeaux Jr. said", "Harbor Steel Co. said": past the suffix's or legal form's point.
  if (
    t[e]?.norm === "." &&
    (SUFFIXES.has(t[e - 1]?.norm ?? "") || DOTTED_FORMS.has(t[e - 1]?.norm ?? "")) &&
    e - 1 >= from
  )
    e--;
  // "The International Energy Agency (IEA) said", "Zoopla (formerly Hometrack) said": the name before the
  // parenthesis.
  if (t[e]?.norm === ")") {
    let open = e - 1;
    while (open > e - PARENTHESIS_TOKENS && open >= from && t[open]?.norm !== "(") open--;
    if (t[open]?.norm === "(" && open - 1 >= from && isCapitalized(t[open - 1])) e = open - 1;
  }
  const last = t[e];
  if (!last || e < from) return undefined;
  // "It said", "it added": the organization named last ("He"/"She": the person).
  if (PRONOUN.has(last.norm) || (last.norm === "it" && s0IsClauseStart(t, e, from)))
    return { name: last.text, start: last.start, end: last.end, pronoun: true, at: last.start };
  // "Lee Jae-yong said": a hyphenated given name's lower-case second part.
  const hyphenated =
    t[e - 1]?.norm === "-" && !last.spaceBefore && !t[e - 1]?.spaceBefore && isCapitalized(t[e - 2]);
  if (!isCapitalized(last) && !hyphenated) return undefined;
  let s = hyphenated ? e - 2 : e;
  while (s - 1 >= from) {
    const p = t[s - 1];
    if (!p || STOPS.has(p.norm)) break;
    // "National Bureau of Statistics": "of" between capitalized words stays in the name.
    const inner = INNER_LINKS.has(p.norm) && isCapitalized(t[s - 2]) && s - 2 >= from;
    // "Kassym-Jomart": a hyphen inside a name touches both words ("(WAM) -- The UAE" has no name in it).
    const hyphen = p.norm === "-" && !p.spaceBefore && !t[s]?.spaceBefore;
    if (!(isCapitalized(p) || PARTICLES.has(p.norm) || inner || hyphen)) break;
    s--;
  }
  // "traders in London said": the name qualifies a common noun, which is the (generic) speaker.
  const link = t[s - 1];
  const noun = t[s - 2];
  if (
    link &&
    noun?.kind === "word" &&
    s - 2 >= from &&
    MODIFIER_LINKS.has(link.norm) &&
    !isCapitalized(link) &&
    !isCapitalized(noun) &&
    !TITLES.has(noun.norm)
  )
    return undefined;
  // "Economists polled by Reuters had forecast": the pollster is not who forecast.
  if (link?.norm === "by" && noun?.kind === "word" && s - 2 >= from && /[a-z]ed$/.test(noun.norm))
    return undefined;
  // "Analysts said": a capitalized common noun at a sentence start is a generic source, not a name.
  if (s === e && GENERIC.has(last.norm)) return undefined;
  // "Dr. Kirsty Anderson of the London School of Hygiene noted": the person, not where they work.
  const of = t[s - 1]?.norm === "the" ? s - 2 : s - 1;
  if (t[of]?.norm === "of" && of - 1 >= from && isCapitalized(t[of - 1])) {
    const person = nameBefore(t, from, of);
    const start = person ? firstAtOrAfter(t, person.start, (x) => x.start) : -1;
    if (person && !person.pronoun && namesPerson(t, start, of)) return person;
  }
  return nameOf(t, s, e + 1, v);
}

/** "It" opens its clause before the verb (not "... made it said" or "whether it"). */
function s0IsClauseStart(t: readonly Token[], e: number, from: number): boolean {
  const before = t[e - 1];
  return (
    e === from ||
    before === undefined ||
    SENTENCE_END.has(before.norm) ||
    before.norm === "," ||
    before.norm === "and"
  );
}

/** Words of TITLE_WORDS that join titles and names, never a title by themselves. */
const TITLE_LINKS = new Set(["of", "the", "and"]);

/** Tokens a parenthesis between a name and its speech verb may hold, at most ("(formerly Hometrack)"). */
const PARENTHESIS_TOKENS = 6;

/** Two capitalized words or more that are no title: "Kirsty Anderson", not "Bank" or "Secretary". */
function namesPerson(t: readonly Token[], s: number, e: number): boolean {
  let words = 0;
  for (let k = s; k < e; k++) {
    const tok = t[k];
    if (tok && isCapitalized(tok) && !TITLES.has(tok.norm)) words++;
  }
  return s >= 0 && words >= 2;
}

/** The name right after a speech verb: "said U.S. Secretary of State Antony Blinken". */
function nameAfter(t: readonly Token[], start: number, v: number): Attribution | undefined {
  const from = pastLowerCaseTitle(t, start);
  let k = from;
  const limit = Math.min(t.length, from + 12);
  let end = k;
  while (k < limit) {
    const tok = t[k];
    // "said Dr. Fatima Ali": past a title's dot.
    if (tok && abbreviationDot(t, k)) {
      k++;
      continue;
    }
    if (!tok || STOPS.has(tok.norm) || SENTENCE_END.has(tok.norm)) break;
    if (PRONOUN.has(tok.norm) && k === from)
      return { name: tok.text, start: tok.start, end: tok.end, pronoun: true, at: tok.start };
    // "said Sara Russell of the Natural History Museum": the person, not where they work.
    if (tok.norm === "of" && namesPerson(t, from, k)) break;
    // "according to a Congressional Budget Office estimate".
    const article = (tok.norm === "a" || tok.norm === "an") && k === from;
    if (isCapitalized(tok) || PARTICLES.has(tok.norm) || tok.norm === "of" || tok.norm === "the" || article) {
      k++;
      if (isCapitalized(tok)) end = k;
      continue;
    }
    break;
  }
  // "..., said the plans were unacceptable": no name after the verb.
  if (end === from) return undefined;
  let s = end - 1;
  while (s - 1 >= from) {
    const p = t[s - 1];
    // "the Ministry of Finance": "of" between capitalized words stays in the name.
    const inner = INNER_LINKS.has(p?.norm ?? "") && isCapitalized(t[s - 2]) && s - 2 >= from;
    if (!(isCapitalized(p) || PARTICLES.has(p?.norm ?? "") || inner)) break;
    s--;
  }
  return nameOf(t, s, end, v);
}

/**
 * The name before a clause or apposition set off by commas that ends right before the speech verb at
 * `v`: "IG Metall, which is seeking a 7% pay rise, said ...", "Karen Johnson, head of retail at Barclays,
 * said", "The library's director, Dr. Kathleen Bess, 58, said" (the nearest name before a comma wins).
 */
function nameBeforeRelative(t: readonly Token[], first: number, v: number): Attribution | undefined {
  if (t[v - 1]?.norm !== ",") return undefined;
  for (let k = v - 2; k > Math.max(first, v - 30); k--) {
    const norm = t[k]?.norm ?? "";
    // "Jim Chalmers, speaking in Canberra, said": a participle is no speech verb of its own.
    if (SENTENCE_END.has(norm) || (SPEECH.forward(t, k) && !norm.endsWith("ing"))) return undefined;
    if (norm !== ",") continue;
    // "Its chief executive, Andrew Hall, said": the name set off by the two commas.
    const between = nameBefore(t, k + 1, v - 1);
    const start = between ? firstAtOrAfter(t, between.start, (x) => x.start) : -1;
    if (between && !between.pronoun && start === k + 1 && namesPerson(t, start, v - 1)) return between;
    let from = k - 1;
    while (from > Math.max(first, k - 14) && !STOPS.has(t[from - 1]?.norm ?? "")) from--;
    const name = nameBefore(t, from, k);
    if (name) return name;
  }
  return undefined;
}

/** A capitalized run without its titles and country: "Kazakhstan Mukhtar Tileuberdi" -> "Mukhtar Tileuberdi". */
function nameOf(t: readonly Token[], s: number, e: number, v: number): Attribution | undefined {
  let a = s;
  while (a < e) {
    const tok = t[a];
    if (!tok) break;
    if (TITLES.has(tok.norm) || tok.norm.endsWith("’s") || tok.norm.endsWith("'s")) {
      a++;
      continue;
    }
    let country = 0;
    for (let len = 3; len >= 1; len--) {
      if (a + len >= e) continue;
      const words = t
        .slice(a, a + len)
        .map((x) => x.norm)
        .join(" ");
      if (COUNTRY_NAMES.has(words) || words === "u.s." || words === "uk" || words === "u.k.") {
        country = len;
        break;
      }
    }
    if (country === 0) break;
    a += country;
  }
  // "the UN said", "the EU said": an organization's acronym that is also a title word stays the name.
  if (a >= e && e - s === 1 && /^\p{Lu}{2,}$/u.test(t[s]?.text ?? "") && !COUNTRY_NAMES.has(t[s]?.norm ?? ""))
    a = s;
  const first = t[a];
  const last = t[e - 1];
  if (!first || !last || a >= e) return undefined;
  // "a filing made Monday", "Sen. Mark Dorn, R-Ohio, said": a day, a month or a party tag is no one.
  if (e - a === 1 && NOT_SPEAKERS.has(first.norm)) return undefined;
  const tag = ["r", "d", "i"].includes(first.norm) && t[a + 1]?.norm === "-" && !t[a + 1]?.spaceBefore;
  if (tag) return undefined;
  // Keep a name to four words ("Kassym-Jomart Tokayev" is three tokens).
  return { name: "", start: first.start, end: last.end, pronoun: false, at: t[v]?.start ?? last.end };
}

/** Lower-case words of a title before a name, at most: "said chief financial officer". */
const TITLE_RUN = 4;

/**
 * Past a lower-case title before a name: "said finance chief Paul Ortega", "said sales chief Lina Okafor"
 * (the run ends in a title word and a capitalized word follows). Otherwise `from`.
 */
function pastLowerCaseTitle(t: readonly Token[], from: number): number {
  // "said Halifax economist Amanda Bryden", "said REINZ chief executive Rowena Duncum": the owner first.
  let owner = from;
  while (owner < from + 3 && isCapitalized(t[owner]) && !TITLES.has(t[owner]?.norm ?? "")) owner++;
  const title = t[owner];
  const lowerTitle =
    title !== undefined &&
    TITLES.has(title.norm) &&
    title.text === title.norm &&
    !TITLE_LINKS.has(title.norm);
  const start = owner > from && lowerTitle ? owner : from;
  let titled = start;
  for (let k = start; k < start + TITLE_RUN; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || !/^[a-z][a-z-]*$/.test(tok.text) || tok.norm === "the") break;
    if (TITLES.has(tok.norm)) titled = k + 1;
  }
  return titled > start && isCapitalized(t[titled]) ? titled : from;
}

/** Lower-case words inside a name, between capitalized ones: "Bureau of Statistics", "AT & T". */
const INNER_LINKS = new Set(["of", "for", "&"]);

/** Lower-case words that may describe a source before its name, at most. */
const DESCRIPTOR_WORDS = 4;
/** Links from a described source to its name: "a study by the LSHTM", "data from Eurostat". */
const SOURCE_LINKS = new Set(["by", "from"]);
/** Participles before "by" that name who saw a document, not its source: "filings seen by Reuters". */
const SEEING = new Set(["seen", "reviewed", "obtained", "viewed"]);

/**
 * Past the words that describe a source before its name, "according to" it: "farm consultancy AgriWatch",
 * "trade magazine The Bookseller", "a study by the London School of Economics", "data from Eurostat".
 * Where no capitalized name follows ("people familiar with the matter", "its annual report"), `from`.
 */
function pastDescriptor(t: readonly Token[], from: number): number {
  let k = from;
  if (["a", "an", "the"].includes(t[k]?.norm ?? "")) k++;
  const first = k;
  while (
    k < first + DESCRIPTOR_WORDS &&
    /^[a-z][a-z-]+$/.test(t[k]?.text ?? "") &&
    !STOPS.has(t[k]?.norm ?? "")
  ) {
    k++;
    if (SOURCE_LINKS.has(t[k - 1]?.norm ?? "")) {
      // "court filings seen by Reuters": who saw a document is no source.
      if (SEEING.has(t[k - 2]?.norm ?? "")) return from;
      if (t[k]?.norm === "the") k++;
      break;
    }
  }
  return k > first && isCapitalized(t[k]) ? k : from;
}

/** Speech verbs that are also nouns in a label: "Growth forecast: 1.1%". */
const LABEL_VERBS = new Set(["forecast", "estimate", "estimates"]);
/** The word before `k` makes it a noun's: a lower-case word that is no auxiliary, or a headline's capitals. */
function nounBefore(t: readonly Token[], k: number): boolean {
  const prev = t[k - 1];
  const tok = t[k];
  if (prev?.kind !== "word" || !tok) return false;
  if (tok.text !== tok.norm && tok.text === tok.text.toUpperCase()) return true;
  // "its 2027 Brent forecast": a name inside a noun phrase that a lower-case word or a number opens.
  const opener = t[k - 2];
  if (prev.text !== prev.norm)
    return (
      opener !== undefined && (opener.kind === "word" || opener.kind === "num") && !isCapitalized(opener)
    );
  return !FORECAST_AUXILIARIES.has(prev.norm);
}
const FORECAST_AUXILIARIES = new Set([
  "had",
  "have",
  "has",
  "had",
  "will",
  "would",
  "analysts",
  "economists",
  "also",
  "now",
  "previously",
  "earlier",
  "they",
  "we",
  "he",
  "she",
  "it",
]);

/** Speech verbs that count things before a number: "wrote 240 opinions", "admitted 880 children". */
const COUNTING_VERBS = new Set(["wrote", "writes", "admitted", "recorded", "reported"]);

/** Reported speech in one sentence: "according to X", "X said (that)", "..., X said." */
export function reportedIn(
  t: readonly Token[],
  first: number,
  last: number,
  inQuote: (k: number) => boolean,
): Attribution | undefined {
  for (let k = first; k < last; k++) {
    const tok = t[k];
    if (!tok || inQuote(k)) continue;
    if (tok.norm === "according" && t[k + 1]?.norm === "to") return nameAfter(t, pastDescriptor(t, k + 2), k);
    // "Chief Emeka Obi urged the government to act, saying prices had doubled": the clause's subject.
    if (tok.norm === "saying" && t[k - 1]?.norm === ",") {
      const subject = nameAfter(t, first, k);
      if (subject && opensClause(t, subject.end)) return subject;
      continue;
    }
    const verb = SPEECH.forward(t, k);
    if (!verb || QUOTE_ONLY.has(tok.norm)) continue;
    const next = t[verb.end];
    // "the Gulf States Development Fund", "six GCC states": a noun, unless "states that", "states:".
    if (tok.norm === "states" && !["that", ":", ","].includes(next?.norm ?? "")) continue;
    // "- Inflation forecast: 2.6%": a label, not speech; "kept its 2027 Brent forecast at $68", "TRIMS
    // GROWTH FORECAST": a noun after another word of its phrase.
    if (next?.norm === ":" && LABEL_VERBS.has(tok.norm)) continue;
    if (LABEL_VERBS.has(tok.norm) && nounBefore(t, k)) continue;
    // "she wrote more than 240 opinions", "It admitted 880 children": what was written or taken in.
    if (COUNTING_VERBS.has(tok.norm) && (next?.kind === "num" || QUALIFIER_WORDS.has(next?.norm ?? "")))
      continue;
    if (
      tok.norm === "added" &&
      next &&
      (next.kind === "num" || next.kind === "sym" || GAIN_OBJECTS.has(next.norm))
    )
      continue;
    const prev = t[k - 1];
    // "..., X said" and '"...," said X, adding that ...': the name after the verb ("told X": the listener).
    if (prev?.norm === "," || k === first || (prev && (prev.norm === '"' || CLOSING.has(prev.norm)))) {
      // "told Reuters": the name after "told" is the listener ("Kast, 59, told supporters" has its speaker
      // before the aside).
      const after = LISTENER.has(tok.norm) ? undefined : nameAfter(t, verb.end, k);
      const relative = nameBeforeRelative(t, first, k);
      // "Jane Morris, an economist at Westpac, said Qantas would cut jobs": the name after the verb opens
      // the reported clause; the speaker is before the aside.
      if (after && relative && opensClause(t, after.end)) return relative;
      if (after) return after;
      if (relative) return relative;
    }
    const before = nameBefore(t, nameSearchStart(t, first, k), k);
    if (before) return closesSentence(t, verb.end, last) ? before : { ...before, from: before.start };
  }
  return undefined;
}

/**
 * Where the search for a name before the verb at `k` stops: the last mark before it within 14 tokens,
 * not counting an acronym in parentheses ("The International Energy Agency (IEA) said").
 */
function nameSearchStart(t: readonly Token[], first: number, k: number): number {
  let from = k;
  const limit = Math.max(first, k - 14);
  while (from > limit) {
    if (t[from - 1]?.norm === ")") {
      // A parenthesis: "(IEA)", "(formerly Hometrack)".
      let open = from - 2;
      while (open > from - 1 - PARENTHESIS_TOKENS && open > limit && t[open]?.norm !== "(") open--;
      if (t[open]?.norm !== "(" || open <= limit) break;
      from = open;
    } else if (STOPS.has(t[from - 1]?.norm ?? "")) break;
    else from--;
  }
  return from;
}

/** The word after a name at character `end` is lower case: the name is a clause's subject ("Qantas would"). */
function opensClause(t: readonly Token[], end: number): boolean {
  const next = t[firstAtOrAfter(t, end, (x) => x.start)];
  return next?.kind === "word" && !isCapitalized(next);
}

/**
 * The speech verb ends its clause: a comma, a semicolon or the sentence's end comes within a few words
 * ("..., the company said in a statement."), not a reported clause ("said on Thursday its profit fell").
 */
function closesSentence(t: readonly Token[], after: number, last: number): boolean {
  for (let k = after; k < Math.min(last, after + 5); k++) {
    const norm = t[k]?.norm ?? "";
    if (norm === "," || norm === ";" || SENTENCE_END.has(norm)) return true;
  }
  return after >= last || placeTail(t, after, last);
}

/** Prepositions that open where or how something was said: "said in a speech to parliament". */
const TAIL_PREPOSITIONS = new Set(["in", "at", "on", "during", "to", "after", "before", "via", "through"]);
/** Words that make a tail a reported clause of its own: "said on Thursday its profit fell". */
const CLAUSE_WORDS = new Set([
  "that",
  "it",
  "he",
  "she",
  "they",
  "we",
  "would",
  "will",
  "could",
  "should",
  "may",
  "might",
  "was",
  "were",
  "is",
  "are",
  "has",
  "had",
  "have",
]);
const POSSESSIVES = new Set(["its", "their", "his", "her", "our"]);
const TAIL_LINKS = new Set([...TAIL_PREPOSITIONS, "with", "of", "for", "from", "by"]);
/** Tokens a where-or-how tail may take, at most. */
const TAIL_TOKENS = 14;

/**
 * A longer tail after the verb that only says where or how, up to the clause's end: "Dissanayake said in
 * a speech to parliament.", "Whitfield said at a news conference in Denver on Nov. 3." No figure and no
 * clause word in it.
 */
function placeTail(t: readonly Token[], after: number, last: number): boolean {
  if (!TAIL_PREPOSITIONS.has(t[after]?.norm ?? "")) return false;
  for (let k = after + 1; k < Math.min(last, after + TAIL_TOKENS); k++) {
    const tok = t[k];
    if (!tok) return false;
    if (tok.norm === "," || tok.norm === ";" || SENTENCE_END.has(tok.norm)) return true;
    if (CLAUSE_WORDS.has(tok.norm)) return false;
    // "in its annual report" but not "on Thursday its profit fell": a possessive only after a preposition.
    if (POSSESSIVES.has(tok.norm) && !TAIL_LINKS.has(t[k - 1]?.norm ?? "")) return false;
    // A day of the month or a year may say when; any other number is a figure of a reported clause.
    if (tok.kind === "num" && !/^(?:[1-9]|[12]\d|3[01]|(?:19|20)\d\d)$/.test(tok.norm)) return false;
    if (tok.kind === "sym") return false;
  }
  return false;
}

interface Person {
  name: string;
  end: number;
  entityId?: string;
}

/** Reads attributions as speakers: links them to entities and resolves pronouns, in log time each. */
export class Resolver {
  private readonly people: Person[];
  private readonly organizations: Person[];

  constructor(
    private readonly text: string,
    private readonly entities: readonly Entity[],
    named: readonly Attribution[],
  ) {
    const people: Person[] = [];
    for (const e of entities) {
      if (e.type !== "PERSON") continue;
      for (const m of e.mentions) people.push({ name: e.name, end: m.end, entityId: e.id });
    }
    for (const n of named) {
      const linked = n.pronoun ? undefined : link(text, n, entities);
      if (linked) people.push({ ...linked, end: n.end });
    }
    this.people = people.sort((a, b) => a.end - b.end);
    this.organizations = entities
      .filter((e) => e.type === "ORGANIZATION")
      .flatMap((e) => e.mentions.map((m) => ({ name: e.name, end: m.end, entityId: e.id })))
      .sort((a, b) => a.end - b.end);
  }

  speaker(a: Attribution, mode: FigureSpeaker["mode"]): FigureSpeaker | undefined {
    const linked = a.pronoun ? undefined : link(this.text, a, this.entities);
    const it = a.pronoun && a.name.toLowerCase() === "it";
    const person = it
      ? this.organizationBefore(a.start)
      : a.pronoun
        ? this.before(a.start)
        : linked && { ...linked, end: a.end };
    if (!person) return undefined;
    const speaker: FigureSpeaker = { name: person.name, mode };
    if (person.entityId) speaker.entityId = person.entityId;
    return speaker;
  }

  /** The last organization named before a position: "It said" -> "UNICEF". */
  private organizationBefore(position: number): Person | undefined {
    const k = firstAtOrAfter(this.organizations, position + 1, (o) => o.end);
    return this.organizations[k - 1];
  }

  /** The last person named before a position: "He" -> "Blinken". */
  private before(position: number): Person | undefined {
    const k = firstAtOrAfter(this.people, position + 1, (p) => p.end);
    return this.people[k - 1];
  }
}

/**
 * The entity an attribution names. "ECB President Christine Lagarde" overlaps two entities: the name is
 * the one that ends the phrase (a person before an organization at the same end), not the title's
 * organization. An attribution that is only a place ("London said") is no speaker.
 */
function link(
  text: string,
  a: Attribution,
  entities: readonly Entity[],
): { name: string; entityId?: string } | undefined {
  let best: { name: string; entityId: string; end: number; rank: number } | undefined;
  let place = false;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!(m.start < a.end && m.end > a.start)) continue;
      // "Razia Khan of Standard Chartered said": the person, not where they work.
      if (e.type === "PERSON" && m.end < a.end && /^ of\b/.test(text.slice(m.end, m.end + 4)))
        return { name: e.name, entityId: e.id };
      if (e.type === "LOCATION") {
        if (m.start <= a.start && m.end >= a.end) place = true;
        continue;
      }
      if (e.type !== "PERSON" && e.type !== "ORGANIZATION") continue;
      const rank = e.type === "PERSON" ? 1 : 0;
      if (!best || m.end > best.end || (m.end === best.end && rank > best.rank))
        best = { name: e.name, entityId: e.id, end: m.end, rank };
    }
  }
  if (best) return { name: best.name, entityId: best.entityId };
  const name = text.slice(a.start, a.end);
  if (place || COUNTRY_NAMES.has(name.toLowerCase())) return undefined;
  return { name };
}
