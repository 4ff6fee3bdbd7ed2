/**
 * Speakers: reported speech in a sentence ("according to X", "X said that") and the Resolver that links
 * attributions to entities and pronouns to the person named last or the organization "It" stands for.
 * Quotation regions are quotes.ts's; the name around a speech verb is speaker-names.ts's.
 */
import { ORGANIZATION_NOUNS } from "../entities/lexicon/context-words.ts";
import { DEMONYM_WORDS } from "../entities/lexicon/demonyms.ts";
import type { Entity } from "../entities/types.ts";
import { PLACE_COUNTRIES } from "./data/currencies.ts";
import { MONTHS, WEEKDAYS } from "./data/periods.ts";
import {
  BARE_ESTIMATES,
  DELIVERED_WORKS,
  ESTIMATE_COMPARISONS,
  FILING_NOUNS,
  LISTENER_VERBS,
  NOUN_FOLLOWERS,
  OWNED_BODY_NAME_WORDS,
  PLACE_BODY_PART_WORDS,
  PLACE_BODY_WORDS,
  QUOTE_ONLY_VERBS,
  RECORDING_RESULT_VERBS,
  RESULT_NOUNS,
  RESULT_VERBS,
  SAYING_ADVERBS,
  SAYING_THAT_PARTICIPLES,
  SPEECH_VERBS,
  SUBJECT_FOLLOWER_WORDS,
} from "./data/speech.ts";
import {
  ASIDE_PREPOSITIONS,
  AUXILIARIES,
  COMPANY_KINDS as COMPANY_KIND_WORDS,
  NONPROFIT_KINDS as NONPROFIT_KIND_WORDS,
  NOUN_ENDING_STOPS,
  POSSESSIVE_DETERMINERS,
} from "./data/subject-words.ts";
import {
  DESCRIPTOR_WORDS,
  dataSource,
  FINDING,
  namedData,
  OWNED_WORK_WORDS,
  OWNED_WORKS,
  ownedPartBefore,
  ownedWork,
  pastRelease,
  SHOWING,
} from "./data-sources.ts";
import { namesNoOne, placeOwner, theBeforeModifiers } from "./described-bodies.ts";
import { QUALIFIER_WORDS } from "./lexicon.ts";
import { gerundOfAmount, gluedHyphen, isCapitalized } from "./phrases.ts";
import { CLOSING } from "./quotes.ts";
import { firstAtOrAfter } from "./search.ts";
import {
  type Attribution,
  BODY_KINDS,
  COUNTRY_NAMES,
  dottedFormPoint,
  HYPHENATED_OFFICES,
  LOWER_TITLES,
  LOWER_TWO_WORD_TITLES,
  NAME_ADVERBS,
  nameAfter,
  nameBefore,
  nameBeforeRelative,
  nameParenthesisEndsAt,
  nameSearchStart,
  pastDottedForm,
  pastSourceNouns,
  pastSpokenTime,
  personAfterFirm,
  possessedBody,
  possessedBodyAfter,
  RESEARCHERS,
  SENTENCE_END,
  SOURCE_DESCRIPTORS,
  SPEECH,
  STOPS,
} from "./speaker-names.ts";
import { PRONOUN_WORDS } from "./subject-after.ts";
import { endsSentence } from "./subject-bounds.ts";
import { APPROXIMATE_WORDS, accountingPhrase, isNounUse, isPastVerb, yearSpanAt } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { FigureSpeaker } from "./types.ts";

const QUOTE_ONLY = new Set(QUOTE_ONLY_VERBS);

const LISTENER = new Set(LISTENER_VERBS);

/** Helpers between an aside's closing comma and a speech verb: ", has warned", ", had said". */
const HELPERS_AFTER_ASIDE = new Set(["has", "have", "had", "also"]);

/** Speech data (data/speech.ts): "Ofgem figures show", "Enel forecasts demand will grow", "said separately". */
const BARE_ESTIMATE = new Set(BARE_ESTIMATES);
/** Articles that open a source's or a work's phrase. */
const ARTICLES = new Set(["a", "an", "the"]);
const AFTER_NOUN = new Set(NOUN_FOLLOWERS);
const SAYING_ADVERB = new Set(SAYING_ADVERBS);

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

/** Links from a described source to its name: "a study by the LSHTM", "data from Eurostat". */
const SOURCE_LINKS = new Set(["by", "from"]);

/** Participles of a work sent to someone: "documents tabled in Parliament", "data submitted to the IMF". */
const DELIVERED: ReadonlySet<string> = new Set(DELIVERED_WORKS);
/** Prepositions before whom a work went to: "tabled in", "submitted to", "shared with", "laid before". */
const DELIVERED_LINKS = new Set(["in", "to", "with", "before"]);
/** Lower-case words a work's noun phrase may take before its participle: "budget documents". */
const DELIVERED_WORDS = 3;

/** After "according to", at `k`: a work named by a common noun and whom it went to ("documents tabled in"). */
function deliveredTo(t: readonly Token[], k: number): boolean {
  let j = ARTICLES.has(t[k]?.norm ?? "") ? k + 1 : k;
  const first = j;
  while (j < first + DELIVERED_WORDS && /^[a-z]+$/.test(t[j]?.text ?? "") && !DELIVERED.has(t[j]?.norm ?? ""))
    j++;
  return j > first && DELIVERED.has(t[j]?.norm ?? "") && DELIVERED_LINKS.has(t[j + 1]?.norm ?? "");
}

/** Participles of saying that report the clause's subject before "that": ", noting that". */
const SAYING_THAT: ReadonlySet<string> = new Set(SAYING_THAT_PARTICIPLES);

/** Tokens from a delivered work to the "by" that names its sender, at most. */
const SENDER_REACH = 10;

/** The "by" that names who sent a delivered work, before the clause ends: "tabled in Parliament by". */
function senderAt(t: readonly Token[], k: number): number | undefined {
  for (let j = k; j < k + SENDER_REACH; j++) {
    const norm = t[j]?.norm;
    if (norm === undefined || norm === "," || norm === "." || norm === ";") return undefined;
    if (norm === "by") return j;
  }
  return undefined;
}

/** Participles before "by" that name who saw a document, not its source: "filings seen by Reuters". */
const SEEING = new Set(["seen", "reviewed", "obtained", "viewed"]);

/** Words after a place and a hyphen that describe a source: "Lagos-based", "London-listed". */
const PLACED = new Set(["based", "headquartered", "listed", "registered", "owned", "backed", "run"]);

/** Past where a source sits at token `k`: "Lagos-based (consultancy SBM)", "London-listed". */
function pastPlace(t: readonly Token[], k: number): number {
  if (isCapitalized(t[k]) && gluedHyphen(t, k + 1) && PLACED.has(t[k + 2]?.norm ?? "")) return k + 3;
  // ("Melbourne consultancy Surbiton Associates", "the EU statistics agency Eurostat": a city's or
  // country's name, or the EU's, before a descriptor and the name; not "Transport for NSW".)
  const known =
    Object.hasOwn(PLACE_COUNTRIES, t[k]?.text ?? "") ||
    COUNTRY_NAMES.has(t[k]?.norm ?? "") ||
    t[k]?.text === "EU";
  let name = k + 1;
  while (name < k + 4 && /^[a-z]{3,}$/.test(t[name]?.text ?? "") && !STOPS.has(t[name]?.norm ?? "")) name++;
  return known && name > k + 1 && isCapitalized(t[name]) ? k + 1 : k;
}

/**
 * Past the words that describe a source before its name, "according to" it: "farm consultancy AgriWatch",
 * "trade magazine The Bookseller", "a study by the London School of Economics", "data from Eurostat".
 * Where no capitalized name follows ("people familiar with the matter", "its annual report"), `from`.
 */
function pastDescriptor(t: readonly Token[], from: number): number {
  let k = from;
  if (ARTICLES.has(t[k]?.norm ?? "")) k++;
  const placed = pastPlace(t, k) > k;
  k = pastPlace(t, k);
  let first = k;
  let linked = false;
  // ("ship-tracking data from Kpler": a hyphenated word counts as one.)
  let hyphens = 0;
  while (
    k < first + DESCRIPTOR_WORDS + 2 * hyphens &&
    // "a 2022 study by": a year may date the work; "ship-tracking firm Kpler": a hyphenated word.
    (/^[a-z][a-z-]+$/.test(t[k]?.text ?? "") ||
      // "e-commerce intelligence firm Neotrust": a letter glued to a hyphen starts a word ("e-Conomy" is a
      // name).
      (/^[a-z]$/.test(t[k]?.text ?? "") && gluedHyphen(t, k + 1) && /^[a-z]/.test(t[k + 2]?.text ?? "")) ||
      /^(?:19|20)\d\d$/.test(t[k]?.text ?? "") ||
      (gluedHyphen(t, k) && k > first)) &&
    !STOPS.has(t[k]?.norm ?? "")
  ) {
    if (gluedHyphen(t, k)) hyphens++;
    k++;
    if (SOURCE_LINKS.has(t[k - 1]?.norm ?? "") && !linked) {
      // "court filings seen by Reuters": who saw a document is no source.
      if (SEEING.has(t[k - 2]?.norm ?? "")) return from;
      if (t[k]?.norm === "the") k++;
      k = pastPlace(t, k);
      // "a report by data provider Tracxn", "data from hotel analytics firm STR": the source's own
      // descriptor after the link.
      linked = true;
      first = k;
    }
  }
  // ("a 2025 study by researchers at Duke University": the body the researchers work at.)
  if (linked && t[k]?.norm === "at" && RESEARCHERS.has(t[k - 1]?.norm ?? ""))
    k = t[k + 1]?.norm === "the" ? k + 2 : k + 1;
  return (k > first || linked || placed) && isCapitalized(t[k]) ? k : from;
}

const OWNED_BODY_NAME_WORD: ReadonlySet<string> = new Set(OWNED_BODY_NAME_WORDS);
/** Lower-case words of an owner before its possessive, at most: "the agriculture ministry's". */
const OWNER_WORDS = 3;

/**
 * "according to TfL's annual report", "the Auditor-General's latest report": the owner of the source, its
 * possessive dropped.
 */
function possessiveSource(t: readonly Token[], from: number, v: number): Attribution | undefined {
  let k = t[from]?.norm === "the" ? from + 1 : from;
  const first = k;
  // ("according to the agriculture ministry's Office of Agricultural Studies and Policies": the body the
  // owner named in lower case owns, by its name.)
  let plain = first;
  while (plain < first + OWNER_WORDS && t[plain]?.kind === "word" && t[plain]?.text === t[plain]?.norm) {
    if (/['’]s$/.test(t[plain]?.text ?? "") && isCapitalized(t[plain + 1])) {
      // (A body's name, no work's title: not "the company's Annual Report", "the county's Finance Act".)
      const body = nameAfter(t, plain + 1, v);
      if (!body) return undefined;
      for (let j = plain + 1; j < t.length && (t[j]?.end ?? 0) <= body.end; j++)
        if (OWNED_BODY_NAME_WORD.has(t[j]?.norm ?? "")) return body;
      return undefined;
    }
    plain++;
  }
  while (k < Math.min(t.length, first + 6)) {
    const tok = t[k];
    if (!tok) return undefined;
    if (/['’]s$/.test(tok.text) && isCapitalized(tok) && t[k + 1]?.kind === "word") {
      // ("according to Tanzania's central bank": the body the possessive owns, by that name.)
      const owned = possessedBodyAfter(t, first, k);
      if (owned) return { ...owned, at: t[v]?.start ?? owned.at };
      // "according to Vietnam's Ministry of Finance": the country's body speaks, not the country.
      const owner = t
        .slice(first, k + 1)
        .map((x) => x.norm.replace(/['’]s$/, ""))
        .join(" ");
      if (COUNTRY_NAMES.has(owner) && isCapitalized(t[k + 1])) return nameAfter(t, k + 1, v);
      const start = t[first]?.start ?? tok.start;
      return { name: "", start, end: tok.end - 2, pronoun: false, at: t[v]?.start ?? start };
    }
    // "Auditor-General's": a hyphen inside the name.
    const hyphen = tok.norm === "-" && !tok.spaceBefore && isCapitalized(t[k + 1]);
    if (!isCapitalized(tok) && !hyphen && !(tok.norm === "of" && k > first)) return undefined;
    k++;
  }
  return undefined;
}

/**
 * After "according to", at `k`: a work of a body the article named by its kind, "a survey by the
 * authority", "a summary released by the union", "the department's annual report"; the Resolver gives it
 * the one organization of that kind.
 */
function workOfBody(t: readonly Token[], k: number, v: number): Attribution | undefined {
  let j = ARTICLES.has(t[k]?.norm ?? "") ? k + 1 : k;
  // ("..., according to the museum.", "according to the ministry, ...": the body itself, by its kind.)
  const body = t[j];
  const close = t[j + 1];
  if (
    body &&
    t[k]?.norm === "the" &&
    body.text === body.norm &&
    BODY_KINDS.has(body.norm) &&
    (close === undefined || close.kind !== "word" || SENTENCE_TAIL.has(close.norm))
  )
    return bodyByKind(body.norm, body.norm, t[k]?.start ?? body.start, body.end, body.start);
  // ("..., according to the industry body.", "according to the antitrust regulator": one word describing it.)
  const kind = t[j + 1];
  const after = t[j + 2];
  if (
    body &&
    kind &&
    t[k]?.norm === "the" &&
    body.kind === "word" &&
    body.text === body.norm &&
    kind.text === kind.norm &&
    BODY_KINDS.has(kind.norm) &&
    (after === undefined || [",", ".", ";", ":"].includes(after.norm) || SENTENCE_TAIL.has(after.norm))
  ) {
    const described = `${body.norm} ${kind.norm}`;
    return bodyByKind(described, described, t[k]?.start ?? body.start, kind.end, body.start);
  }
  // ("the department's annual report": the owner's kind with its possessive.)
  const owner = t[j];
  if (t[k]?.norm === "the" && owner && /^[a-z]+['’]s$/.test(owner.text)) {
    const kind = owner.norm.replace(/['’]s$/, "");
    if (!BODY_KINDS.has(kind) || !ownsWork(t, j + 1)) return undefined;
    return bodyByKind(kind, kind, t[k]?.start ?? owner.start, owner.end - 2, owner.start);
  }
  // ("a feasibility study carried out by", "a breakdown released by": the work's words, then its link.)
  const end = Math.min(t.length, j + WORK_WORDS);
  // ("figures released Monday by the House of Commons": a day of the release may stand in the work's words.)
  const workWord = (tok: Token | undefined) =>
    tok?.kind === "word" &&
    (tok.text === tok.norm || DATE_WORDS.has(tok.norm)) &&
    !SOURCE_LINKS.has(tok.norm);
  while (j < end && workWord(t[j])) j++;
  if (!SOURCE_LINKS.has(t[j]?.norm ?? "")) return undefined;
  // ("a feasibility study carried out by the NHA": a name after a longer work than a descriptor takes;
  // "published Monday by the EU statistics agency Eurostat": past the name's own descriptor.)
  // "released on Monday by gaming-focused venture fund Lumikai": a descriptor in lower case before the name.
  const named = t[j + 1]?.norm === "the" ? j + 2 : j + 1;
  const described = pastDescriptor(t, j + 1);
  if (
    (isCapitalized(t[named]) || described > named) &&
    !SEEING.has(t[j - 1]?.norm ?? "") &&
    !APPROVING.has(t[j - 1]?.norm ?? "")
  ) {
    // ("released by the fund on Wednesday": no name past the descriptor; the body by its kind, below.)
    const source =
      (described > named ? nameAfter(t, described, v) : undefined) ??
      (isCapitalized(t[named]) ? nameAfter(t, named, v) : undefined);
    if (source) return source;
  }
  if (t[j + 1]?.norm !== "the") return undefined;
  const noun = t[j + 2];
  if (!noun || noun.text !== noun.norm || !BODY_KINDS.has(noun.norm)) return undefined;
  // (The kind closes the phrase: not "by the authority's inspectors".)
  const next = t[j + 3];
  if (next?.kind === "word" && next.text === next.norm && !SENTENCE_TAIL.has(next.norm)) return undefined;
  return bodyByKind(noun.norm, noun.norm, t[j + 1]?.start ?? noun.start, noun.end, noun.start);
}

/** "the board": a body named by its kind, which the Resolver gives the organization of that kind. */
function bodyByKind(noun: string, kind: string, start: number, end: number, at: number): Attribution {
  return { name: `the ${noun}`, start, end, pronoun: true, at, kind };
}

/** Participles before "by" that name who approved a work, not who wrote it: "the spending plan approved by Congress". */
const APPROVING = new Set(["approved", "passed", "adopted", "signed", "ratified", "endorsed"]);

/** Words of a work between "according to" and "by the", at most: "a feasibility study carried out". */
const WORK_WORDS = 6;

/** Words that may follow a body's kind at a clause's end: "by the NHA last year", "by the union in May". */
const SENTENCE_TAIL = new Set(["last", "this", "in", "on", "earlier", "published", "released"]);

/** Verbs whose object is who listened: "has told Senate estimates" (Australia's hearings). */
const TELLING = new Set(["told", "tells", "tell", "telling"]);

/** The capitalized words right before `k` follow a verb of telling: they are its listener, "estimates" a noun. */
function toldBefore(t: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && isCapitalized(t[j])) j--;
  return j < k - 1 && TELLING.has(t[j]?.norm ?? "");
}

/** Speech verbs that are also nouns in a label: "Growth forecast: 1.1%". */
const LABEL_VERBS = new Set(["forecast", "estimate", "estimates"]);

const COMPARED_WITH_ESTIMATES = new Set(ESTIMATE_COMPARISONS);

/** "estimates" at `k` closes a name a comparison opens: "beat Wall Street estimates" (a noun). */
function beatenEstimates(t: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && isCapitalized(t[j])) j--;
  return j < k - 1 && COMPARED_WITH_ESTIMATES.has(t[j]?.norm ?? "");
}

/**
 * A reported clause opens right after the word at `k`, so it is a verb: "The ministry estimates Japan will
 * need", "The department estimates there are", "The association estimates about 1,000 beds have closed".
 */
function clauseOpensAfter(t: readonly Token[], k: number): boolean {
  // (Not a title-case headline's noun: "HS2 Cost Estimate Jumps to".)
  if (t[k]?.text !== t[k]?.norm) return false;
  const next = t[k + 1];
  if (CLAUSE_SUBJECTS.has(next?.norm ?? "")) return true;
  // (A count's approximation before a number: no noun phrase goes on so.)
  if (APPROXIMATE_WORDS.has(next?.norm ?? "") && t[k + 2]?.kind === "num") return true;
  // ("The Ministry of Finance estimates the special consumption tax on beer will raise": a subject of
  // plain words and its helper.)
  if (CLAUSE_DETERMINERS.has(next?.norm ?? "")) {
    for (let j = k + 2; j < k + 2 + REPORTED_SUBJECT_WORDS; j++) {
      if (t[j]?.kind !== "word") return false;
      if (MODAL_HELPERS.has(t[j]?.norm ?? "")) return j > k + 2;
    }
  }
  return (
    isCapitalized(next) && next?.text !== next?.text.toUpperCase() && AUXILIARIES.has(t[k + 2]?.norm ?? "")
  );
}

/** Determiners that open a reported clause's subject: "estimates the tax will". */
const CLAUSE_DETERMINERS = new Set(["the", "its", "their"]);
/** Helpers a reported clause's verb opens with: "will raise", "would cost". */
const MODAL_HELPERS = new Set(["will", "would", "could", "may", "might", "has", "have", "had", "is", "are"]);
/** Words of such a subject before its helper, at most: "the special consumption tax on beer". */
const REPORTED_SUBJECT_WORDS = 8;

/** Words that open a reported clause as its subject: "estimates there are", "estimates it will". */
const CLAUSE_SUBJECTS = new Set(["there", "it", "they", "we", "he", "she"]);

/** Verbs of estimating that attribute at a sentence's end: ", the ministry estimates." */
const ESTIMATING = new Set([
  "estimates",
  "estimated",
  "estimate",
  "calculates",
  "calculated",
  "reckons",
  "projects",
  "projected",
  // ", the Office for National Statistics reported.": mid-sentence, "reported revenue of" is no speech.
  "reported",
  "reports",
]);

/** "reported on Tuesday that", "estimated last week that": a speech verb and its "that" a date apart. */
const DATED_THAT_REACH = 5;
/** Words of a date between a speech verb and its "that": "on Tuesday", "last week", "in October". */
const DATE_WORDS = new Set([
  ...["on", "in", "last", "this", "earlier", "week", "month", "year", "late", "early"],
  ...WEEKDAYS,
  ...MONTHS.map(([name]) => name),
]);

/** The verb at `k` is a "... that" speech verb whose "that" comes after a date: "reported on Tuesday that". */
function datedThat(t: readonly Token[], k: number): number | undefined {
  if (!THAT_VERBS.has(t[k]?.norm ?? "")) return undefined;
  for (let j = k + 1; j <= k + DATED_THAT_REACH; j++) {
    const tok = t[j];
    if (tok?.norm === "that") return j > k + 1 ? j + 1 : undefined;
    const dated = tok && (DATE_WORDS.has(tok.norm) || tok.kind === "num");
    if (!dated) return undefined;
  }
  return undefined;
}

/** Verbs that report with "that": "reported that", "found that" (data/speech.ts). */
const THAT_VERBS = new Set(
  SPEECH_VERBS.filter((verb) => verb.endsWith(" that") && !verb.slice(0, -5).includes(" ")).map((verb) =>
    verb.slice(0, -5),
  ),
);

/** Verbs by which a named work reports with no "that": "A Choice survey found premiums rose 9%". */
const WORK_FINDINGS = new Set(["found", "finds"]);

/** Verbs that set a level "at" a figure: "valued the team at", "estimated the cost at", "put losses at". */
const VALUING = new Set([
  "valued",
  "values",
  "estimated",
  "estimates",
  "put",
  "puts",
  "pegged",
  "pegs",
  "assumes",
  "assumed",
]);
/** Verbs that move a forecast "to" a figure: "raised its forecast to", "cut its estimate to". */
const REVISING = new Set([
  "raised",
  "raises",
  "cut",
  "cuts",
  "lowered",
  "lowers",
  "lifted",
  "lifts",
  "trimmed",
]);
/**
 * Verbs that keep or restate a forecast at a figure: "kept its forecast of", "reaffirmed its guidance
 * of", "narrowed its outlook to".
 */
const RESTATING = new Set([
  "kept",
  "keeps",
  "maintained",
  "maintains",
  "reaffirmed",
  "reaffirms",
  "reiterated",
  "reiterates",
  "narrowed",
  "narrows",
  "upgraded",
  "downgraded",
  "revised",
]);
/** Words soon after a forecast's noun that lead to its figure: "by 12% to", "at $68", "of $1.5 billion". */
const FORECAST_LINKS = new Set(["by", "at", "of"]);
/** Tokens from a forecast's noun to such a link, at most: "its outlook for full-year adjusted EBITDA of". */
const FORECAST_LINK_REACH = 6;
/** Tokens from a forecast's noun to its link after "for", at most: "its guidance for full-year underlying net profit of". */
const FORECAST_FOR_REACH = 9;
/** Words that end a forecast's phrase before its link: "raised its forecast on Thursday after sales of". */
const FORECAST_PHRASE_ENDS = new Set([
  "on",
  "after",
  "as",
  "following",
  "amid",
  "because",
  "in",
  "since",
  "while",
  "when",
]);
/** Nouns of a forecast a revising verb moves. */
const FORECASTS = new Set([
  "forecast",
  "forecasts",
  "estimate",
  "estimates",
  "target",
  "targets",
  "outlook",
  "guidance",
  "projection",
  "projections",
]);
/** Tokens from a valuing verb to its "at" or "to", at most: "put the cost of building six new EPR2 reactors at". */
const LEVEL_SET_REACH = 14;

/** Tokens of a phrase a preposition opens between commas, at most: ", in a note to clients on Friday,". */
const PREPOSITIONAL_ASIDE_TOKENS = 9;
const ASIDE_PREPOSITION: ReadonlySet<string> = new Set(ASIDE_PREPOSITIONS);

/**
 * The last token before a phrase that a preposition opens and the comma at `close` closes (", in a note
 * to clients,"), or undefined: the comma before it, past which the name stands.
 */
function prepositionalAsideStart(t: readonly Token[], first: number, close: number): number | undefined {
  for (let j = close - 1; j > Math.max(first, close - PREPOSITIONAL_ASIDE_TOKENS); j--) {
    const tok = t[j];
    if (tok?.norm === ",") return ASIDE_PREPOSITION.has(t[j + 1]?.norm ?? "") ? j - 1 : undefined;
    if (tok?.kind !== "word") return undefined;
  }
  return undefined;
}

/**
 * The verb at `k`, after a capitalized name, sets a level: "Forbes valued the team at US$1.6 billion",
 * "Goldman raised its forecast to $5,000", "Goodyear kept its forecast of $1.5 billion" (not "Exports
 * were valued at": no name, a passive).
 */
function levelSet(t: readonly Token[], k: number, first: number): boolean {
  const norm = t[k]?.norm ?? "";
  const valuing = VALUING.has(norm);
  if (!valuing && !REVISING.has(norm) && !RESTATING.has(norm)) return false;
  // ("Conab this month forecast the soybean crop at", "The NBS last week put food inflation at": past when.)
  // ("Toyota Motor Corp. on Wednesday raised", "Sasol, the world's largest ..., on Monday cut": past the day
  // to the name's dot or the aside's comma.)
  // ("A report by the World Bank published on Monday put": past the work's release too.)
  let p = pastSpokenTime(t, first, pastRelease(t, first, k) - 1);
  // ("Kenanga Investment Bank, in a note to clients, raised": past a phrase a preposition opens.)
  if (t[p]?.norm === "," && p === k - 1) p = prepositionalAsideStart(t, first, p) ?? p;
  // ("Rival Hakuhodo DY Holdings Inc. raised": the dot of a legal form ends the name.)
  // ("The miner narrowed its 2026 production guidance to", "The company also raised its target to": a body
  // named by its kind, for a forecast it revises.)
  const named =
    isCapitalized(t[p]) ||
    dottedFormPoint(t, p) ||
    (p < k - 1 && [".", ",", ")"].includes(t[p]?.norm ?? "")) ||
    (!valuing && definiteBody(t, first, p + 1) !== undefined);
  if (p < first || !named || t[k + 1]?.norm === "at") return false;
  let forecast = -1;
  let ended = false;
  for (let j = k + 1; j < Math.min(t.length, k + LEVEL_SET_REACH); j++) {
    const w = t[j]?.norm ?? "";
    // ("six new EPR2 reactors": digits glued to a name's letters are part of it.)
    // ("raised its 12-month target", "cut its 2026 production guidance": a span or a year before the noun.)
    // ("its 2026-27 soybean crop": a season's span.)
    const glued =
      t[j]?.kind === "num" &&
      ((!t[j]?.spaceBefore && t[j - 1]?.kind === "word") ||
        gluedHyphen(t, j + 1) ||
        gluedHyphen(t, j - 1) ||
        // ("for the 2026/27 crop": a season written with a slash.)
        yearSpanAt(t, j) ||
        /^(?:19|20)\d\d$/.test(t[j]?.text ?? ""));
    // ("reaffirmed its full-year guidance for 155 to 165 executive jet deliveries": the figure right after
    // the forecast's "for".)
    // ("kept its 2026 guidance for more than 150 aircraft deliveries": past a qualifier's words.)
    if (t[j]?.kind === "num" && !glued && forecast >= 0 && t[forecast + 1]?.norm === "for") {
      let q = forecast + 2;
      while (q < j && QUALIFIER_WORDS.has(t[q]?.norm ?? "")) q++;
      if (q === j) return true;
    }
    if (w === "," || w === "." || w === ";" || (t[j]?.kind === "num" && !glued)) return false;
    // ("Nomura maintained its fair value of RM1.42": an analyst's value is its forecast.)
    if ((FORECASTS.has(w) || (w === "value" && t[j - 1]?.norm === "fair")) && forecast < 0) forecast = j;
    if (valuing && w === "at") return true;
    if (valuing || forecast < 0) continue;
    if (w === "to") return true;
    // ("cut its profit forecast by 12% to", "kept its forecast of $1.5 billion", not "raised its forecast
    // on Thursday after sales of".)
    // ("its guidance for underlying net profit after tax of": "after tax" is inside the noun.)
    if (FORECAST_PHRASE_ENDS.has(w) && !accountingPhrase(t, j)) ended = true;
    // ("reaffirmed its guidance for full-year underlying net profit of": what the forecast is for, longer.)
    const reach = t[forecast + 1]?.norm === "for" ? FORECAST_FOR_REACH : FORECAST_LINK_REACH;
    if (!ended && FORECAST_LINKS.has(w) && j - forecast <= reach) return true;
  }
  return false;
}

/** Verbs of what a body expects, for which a closing statement speaks instead of the body named by its kind. */
const EXPECTING = new Set([...BARE_ESTIMATES, "expects", "sees"]);

/** A clause of contrast opens between token `from` and character `end`: ", while", ", whereas". */
function contrastBetween(t: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < t.length && (t[k]?.start ?? end) < end; k++)
    if (t[k]?.norm === "while" || t[k]?.norm === "whereas") return true;
  return false;
}

/** "Enel forecasts demand will grow", "The Consumer Council estimates households spend": a name, then the verb. */
function bareEstimate(t: readonly Token[], k: number, first: number): boolean {
  if (!BARE_ESTIMATE.has(t[k]?.norm ?? "")) return false;
  const next = t[k + 1];
  // "Lakeview Consulting, a research firm, forecasts": the name before an aside; "The SMMT now forecasts",
  // "The World Platinum Investment Council (WPIC) forecasts", "Investec had expected": past an adverb, an
  // auxiliary or an acronym.
  const p = NAME_ADVERBS.has(t[k - 1]?.norm ?? "") || PERFECT.has(t[k - 1]?.norm ?? "") ? k - 2 : k - 1;
  // ("The group now expects adjusted operating profit of": a body named by its kind, at its clause's start.)
  const named =
    (t[p]?.kind === "word" && isCapitalized(t[p])) ||
    // ("Lennox International Inc. projected": the point of a legal form.)
    dottedFormPoint(t, p) ||
    t[p]?.norm === "," ||
    t[p]?.norm === ")" ||
    definiteBody(t, first, p + 1) !== undefined;
  if (!next || !named) return false;
  // "The IMF projects global growth at 3.2 percent": a level set, like "estimated at", not a statement.
  for (let j = k + 2; j < k + 12 && t[j]?.kind !== "num"; j++) if (t[j]?.norm === "at") return false;
  // ("Analysts at Fitch Solutions expect Moroccan gas demand to grow": a capitalized word opens the clause.)
  const opensPhrase = isCapitalized(next) && t[k + 2]?.kind === "word" && !isCapitalized(t[k + 2]);
  return (
    next.kind === "num" ||
    (next.kind === "word" && (!isCapitalized(next) || opensPhrase) && !AFTER_NOUN.has(next.norm))
  );
}

const SUBJECT_FOLLOWERS = new Set(SUBJECT_FOLLOWER_WORDS);
/** Tokens back from a verb that "at" may name a firm's researchers in: "Economists at the Central Bank of Kenya have". */
const RESEARCHED_REACH = 8;
/** An "at" a few tokens before the verb at `k` names a firm's researchers: "Economists at Investec had". */
function atFirm(t: readonly Token[], first: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - RESEARCHED_REACH); j--) if (t[j]?.norm === "at") return true;
  return false;
}

/** Auxiliaries of the perfect between a name and its verb: "had expected", "has forecast". */
const PERFECT = new Set(["had", "has", "have"]);

/**
 * The named subject that opens the sentence at `first`, for a speech verb later in it ("Smith praised the
 * deal and said", "It kept its forecast and sees prices rising"). Not a name that modifies a noun ("The
 * Italian bank reported"), nor one before a preposition ("Elsewhere in the sector").
 */
function clauseSubject(t: readonly Token[], first: number, verb: number): Attribution | undefined {
  const opener = t[first];
  if (opener?.norm === "it" && t[first + 1]?.kind === "word")
    return { name: opener.text, start: opener.start, end: opener.end, pronoun: true, at: opener.start };
  // "European steel association Eurofer welcomed ..., saying", "Travel industry body FAITH has urged":
  // the name after the words that describe it.
  const described =
    isCapitalized(t[first]) && t[first + 1]?.text === t[first + 1]?.norm && !isPastVerb(t[first + 1])
      ? pastDescriptor(t, first + 1)
      : first;
  const subject = nameAfter(t, described > first + 1 ? described : first, verb);
  if (!subject || !opensClause(t, subject.end)) return undefined;
  const at = firstAtOrAfter(t, subject.end, (x) => x.start);
  const norm = t[at]?.norm ?? "";
  // ("The Insurance Council of Australia declared": the name goes on.)
  if (TAIL_LINKS.has(norm) && !isCapitalized(t[at + 1])) return undefined;
  // "The Spanish group also raised": after "The", the next word must read as the verb or its adverb, or
  // open the name's acronym ("The Cellular Operators Association of India (COAI) had asked").
  // ("Environmental groups welcomed ... but warned": a capitalized word before a lower-case noun and its
  // verb is an adjective, no name.)
  const subjectStart = firstAtOrAfter(t, subject.start, (x) => x.start);
  const nounAfter = t[at];
  if (
    at === subjectStart + 1 &&
    nounAfter?.kind === "word" &&
    nounAfter.text === nounAfter.norm &&
    !SUBJECT_FOLLOWERS.has(norm) &&
    isPastVerb(t[at + 1])
  )
    return undefined;
  const afterThe = t[subjectStart - 1]?.norm === "the";
  const verbal =
    SUBJECT_FOLLOWERS.has(norm) || /(?:ed|s|ly)$/.test(norm) || norm === "(" || isCapitalized(t[at + 1]);
  return afterThe && !verbal ? undefined : subject;
}

/** Words a name set off by commas may take before its verb: ", SIPRI estimated,". */
const ASIDE_NAME_WORDS = 5;

/** The verb at `k` ends an aside ", the ministry estimated,": a comma opens a short name or "the" phrase before it. */
function closesAside(t: readonly Token[], first: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - 1 - ASIDE_NAME_WORDS); j--) {
    const tok = t[j];
    if (tok?.norm === ",") return j < k - 1;
    if (tok?.kind !== "word") return false;
  }
  return false;
}

const RESULT_VERB = new Set(RESULT_VERBS);
const RECORDING_RESULT = new Set(RECORDING_RESULT_VERBS);
const RESULT_NOUN = new Set(RESULT_NOUNS);
/** Words a recorded result's noun phrase may open with: "a net loss after tax", "an operating profit". */
const RESULT_NOUN_REACH = 4;

/**
 * "Resort Reported EBITDA was a loss": "Reported" capitalized before an acronym is a metric's adjective
 * (not in a brief's capitals, "* Q1 RESORT REPORTED EBITDA LOSS", where the company is the reporter).
 */
function inMetricName(t: readonly Token[], k: number): boolean {
  return t[k]?.text === "Reported" && /^\p{Lu}{2,}$/u.test(t[k + 1]?.text ?? "");
}

/** "recorded a loss after tax of N32.4 billion": a verb of recording whose object is a result. */
function recordedResult(t: readonly Token[], k: number): boolean {
  // (Not after a pronoun: "It recorded a net loss" may follow another body's attribution.)
  if (!RECORDING_RESULT.has(t[k]?.norm ?? "") || PRONOUN_WORDS.has(t[k - 1]?.norm ?? "")) return false;
  for (let j = k + 1; j <= k + RESULT_NOUN_REACH; j++) {
    const tok = t[j];
    if (tok?.kind !== "word") return false;
    if (RESULT_NOUN.has(tok.norm)) return true;
  }
  return false;
}

/** Speech verbs that count things before a number: "wrote 240 opinions", "admitted 880 children". */
const COUNTING_VERBS = new Set(["wrote", "writes", "admitted", "recorded", "reported"]);
/** Tokens of a bound's words before its number, at most: "in excess of 300". */
const BOUND_TOKENS = 3;

/** Words of analysts' expectations a result is set against. */
const ESTIMATE_WORDS = new Set(["estimate", "estimates", "consensus", "expectations", "forecasts", "poll"]);
/** Tokens back from "according to" a clause of estimates is looked for in, at most. */
const ESTIMATE_REACH = 16;

/**
 * Where the clause right before ", according to" starts (a character offset), when it sets a result
 * against analysts' estimates (", beating analysts' average estimate of $10.1 billion,").
 */
function estimateClauseBefore(t: readonly Token[], first: number, k: number): number | undefined {
  if (t[k - 1]?.norm !== ",") return undefined;
  let estimate = false;
  for (let j = k - 2; j >= Math.max(first, k - ESTIMATE_REACH); j--) {
    const norm = t[j]?.norm ?? "";
    if (norm === "," || norm === ";") return estimate ? t[j + 1]?.start : undefined;
    if (ESTIMATE_WORDS.has(norm)) estimate = true;
  }
  return undefined;
}

const FILINGS: ReadonlySet<string> = new Set(FILING_NOUNS);
/** Words that tie a filing to whom it went: "to", "with", "on". */
const FILED_LINKS = new Set(["to", "with", "on"]);

/** After "according to", at `k`: a filing and whom it went to ("a statement to the", "its filing with the"). */
function filedWith(t: readonly Token[], k: number): boolean {
  const lead = ["a", "an", "the", "its", "their"].includes(t[k]?.norm ?? "") ? k + 1 : k;
  let noun = lead;
  // ("a regulatory filing with", "a stock exchange filing to": words that describe the filing.)
  while (noun < lead + 3 && !FILINGS.has(t[noun]?.norm ?? "") && t[noun]?.text === t[noun]?.norm) noun++;
  return FILINGS.has(t[noun]?.norm ?? "") && FILED_LINKS.has(t[noun + 1]?.norm ?? "");
}

/** The ", which" that opens a relative clause between `first` and `k`, the last one: its index. */
function relativeBefore(t: readonly Token[], first: number, k: number): number | undefined {
  for (let j = k - 1; j > first; j--) if (t[j]?.norm === "which" && t[j - 1]?.norm === ",") return j;
  return undefined;
}

/** Prepositions that open a sentence's adverbial before its subject: "In 2024, the Commission imposed". */
const OPENER_PREPOSITIONS = new Set(["in", "during", "for", "over", "since", "between", "from"]);
/** Tokens an opening adverbial may take before its comma, at most. */
const OPENER_TOKENS = 10;

/** Past an adverbial phrase that opens the sentence at `first` and ends at a comma before `k`. */
function pastOpener(t: readonly Token[], first: number, k: number): number {
  if (!OPENER_PREPOSITIONS.has(t[first]?.norm ?? "")) return first;
  for (let j = first + 1; j < Math.min(k, first + OPENER_TOKENS); j++) if (t[j]?.norm === ",") return j + 1;
  return first;
}

/** A work noun within three words from `k`: "annual report", "unaudited financial statements". */
function ownsWork(t: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const tok = t[j];
    if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
    if (OWNED_WORKS.has(tok.norm)) return true;
  }
  return false;
}

/**
 * The body that "its" (at `owner`, after `k`) stands for in an attribution that closes its sentence:
 * the clause's named subject ("the CAK collected Sh2.3 billion ..., according to its annual report"),
 * else "it", which the Resolver links.
 */
function ownerOfIts(t: readonly Token[], first: number, k: number, owner: Token): Attribution {
  // ("Dangote pledged 25 per cent of his wealth to the foundation, which spent N18.5 billion ...,
  // according to its annual report": the report of what the relative clause says, from its "which".)
  const which = relativeBefore(t, first, k);
  if (which !== undefined) {
    const at = t[which]?.start ?? owner.start;
    return { name: "it", start: owner.start, end: owner.end, pronoun: true, at: owner.start, from: at };
  }
  const subject = clauseSubject(t, pastOpener(t, first, k), k);
  if (subject && !subject.pronoun) return subject;
  return { name: "it", start: owner.start, end: owner.end, pronoun: true, at: owner.start };
}

/** ", its latest annual report showed": the comma before "its" when a work of its owner ends right before `v`. */
function itsWorkBefore(t: readonly Token[], first: number, v: number): number | undefined {
  if (!OWNED_WORKS.has(t[v - 1]?.norm ?? "")) return undefined;
  for (let k = v - 2; k >= Math.max(first + 1, v - 2 - OWNED_WORK_WORDS); k--) {
    const tok = t[k];
    if (tok?.norm === "its") return t[k - 1]?.norm === "," ? k - 1 : undefined;
    if (tok?.kind !== "word" || tok.text !== tok.norm) return undefined;
  }
  return undefined;
}

/** The attribution spans two words or more, or an acronym: a company's name, not "Revenue". */
function namesFiler(t: readonly Token[], a: Attribution): boolean {
  const at = firstAtOrAfter(t, a.start, (x) => x.start);
  const one = t[at];
  return (t[at + 1]?.end ?? Number.POSITIVE_INFINITY) <= a.end || /^\p{Lu}{2,}$/u.test(one?.text ?? "");
}

/** Pronouns after "according to" that stand for a person named before: "According to her,". */
const OBJECT_PRONOUNS = new Set(["her", "him"]);

/** Reported speech in one sentence: "according to X", "X said (that)", "..., X said." */
export function reportedIn(
  t: readonly Token[],
  first: number,
  last: number,
  inQuote: (k: number) => boolean,
): Attribution | undefined {
  const found = firstReportedIn(t, first, last, inQuote);
  if (!found || found.end > found.at) return found;
  // "Western Australia expects to collect $8.9 billion ..., Treasurer Rita Saffioti said on Wednesday": a
  // forecast's subject gives way to the attribution that closes the sentence.
  const verb = firstAtOrAfter(t, found.at, (tok) => tok.start);
  // ("Nigeria posted a trade surplus of 5.82 trillion naira ..., the National Bureau of Statistics said":
  // a country's result, which no country reports itself, gives way too.)
  const words: string[] = [];
  for (let k = firstAtOrAfter(t, found.start, (tok) => tok.start); (t[k]?.end ?? Infinity) <= found.end; k++)
    words.push(t[k]?.norm ?? "");
  const country = COUNTRY_NAMES.has(words.join(" "));
  if (!FORECAST_VERBS.has(t[verb]?.norm ?? "") && !(country && RESULT_VERB.has(t[verb]?.norm ?? "")))
    return found;
  for (let k = last - 1; k > verb; k--) {
    if (t[k]?.norm !== "," || inQuote(k)) continue;
    const closing = firstReportedIn(t, k + 1, last, inQuote);
    return closing && closing.from === undefined ? closing : found;
  }
  return found;
}

/** Verbs of a forecast whose subject an attribution closing the sentence overrides: "X expects ..., Y said". */
const FORECAST_VERBS = new Set(["expects", "expect", "sees", "forecasts", "projects", "predicts"]);

/**
 * The first reported-speech attribution in tokens [first, last); `closers`: whether results may give way
 * to a statement that closes the sentence (one level deep, so a sentence of many results stays linear and
 * off the stack).
 */
function firstReportedIn(
  t: readonly Token[],
  first: number,
  last: number,
  inQuote: (k: number) => boolean,
  closers = true,
): Attribution | undefined {
  for (let k = first; k < last; k++) {
    const tok = t[k];
    if (!tok || inQuote(k)) continue;
    if (tok.norm === "according" && t[k + 1]?.norm === "to") {
      // ("According to her, the floods destroyed 82,450 houses": the person named last.)
      const object = t[k + 2];
      if (object && OBJECT_PRONOUNS.has(object.norm))
        return { name: object.text, start: object.start, end: object.end, pronoun: true, at: object.start };
      // ("..., according to its annual report": the organization "its" stands for.)
      const owner = t[k + 2];
      if (owner?.norm === "its" && ownsWork(t, k + 3)) return ownerOfIts(t, first, k, owner);
      // ("..., according to a statement to the Tokyo Stock Exchange": the company that filed it, the
      // clause's subject, not the exchange that received it.)
      if (filedWith(t, k + 2)) {
        const filer = clauseSubject(t, first, k);
        // (A name of two words or an acronym: "Revenue rose 5%, according to a filing with the SEC" names
        // no filer.)
        if (filer && namesFiler(t, filer)) return filer;
        continue;
      }
      // ("according to documents tabled in Parliament", "documents shared with the IMF": whom a work went
      // to is no source.)
      // ("figures given to parliament by the Ministry of External Affairs": who gave it speaks.)
      if (deliveredTo(t, k + 2)) {
        const by = senderAt(t, k + 2);
        const sender = by === undefined ? undefined : nameAfter(t, by + 1, k);
        if (sender) return sender;
        continue;
      }
      const from = pastDescriptor(t, k + 2);
      const named =
        possessiveSource(t, from, k) ??
        nameAfter(t, from, k) ??
        workOfBody(t, k + 2, k) ??
        accordingToWork(t, k + 2);
      // "according to National Bank Financial analyst Adam Shine": the analyst, not the firm.
      const source = named && (personAfterFirm(t, named) ?? named);
      // "Revenue rose 16% to $10.25 billion, beating analysts' average estimate of $10.1 billion,
      // according to LSEG data": the source gave the estimate, not the company's result.
      const estimate = estimateClauseBefore(t, first, k);
      return source && estimate !== undefined ? { ...source, from: estimate } : source;
    }
    // "Chief Emeka Obi urged the government to act, saying prices had doubled", "Smith praised the deal
    // and said it would create 400 jobs": the clause's subject.
    // (", noting that the FAA had", ", warning that": a participle of saying before "that" too.)
    if (
      (t[k - 1]?.norm === "," &&
        (tok.norm === "saying" || (SAYING_THAT.has(tok.norm) && t[k + 1]?.norm === "that"))) ||
      ((t[k - 1]?.norm === "and" || t[k - 1]?.norm === "but") &&
        SPEECH.forward(t, k) &&
        !QUOTE_ONLY.has(tok.norm) &&
        k - first > 3)
    ) {
      const subject = clauseSubject(t, first, k);
      if (subject) return subject;
      continue;
    }
    // "Debt hit 2.4 billion pounds, Ofgem figures show.", "Eurostat data showed prices rose 2%": the
    // source of the data.
    // ("A Reuters poll found 62% ...", "A Leger poll of 1,500 Canadians found": what a named work found.)
    const workFound = WORK_FINDINGS.has(tok.norm);
    // ("The IBGE figures also showed", "The PPB report also found": past an adverb of the saying.)
    const said = SAYING_ADVERB.has(t[k - 1]?.norm ?? "") && k - 1 > first ? k - 1 : k;
    if (SHOWING.has(tok.norm) || workFound) {
      // (", its latest annual report showed.": the body "its" stands for, as after "according to".)
      const its = itsWorkBefore(t, first, said);
      if (its !== undefined && closesSentence(t, k + 1, last, false))
        return ownerOfIts(t, first, its, t[its + 1] as Token);
      const source =
        ownedWork(t, first, said) ??
        bodysWork(t, first, said) ??
        definiteWork(t, first, said) ??
        newWork(t, first, said) ??
        (workFound ? undefined : namedData(t, first, said));
      if (source) return closesSentence(t, k + 1, last, false) ? source : { ...source, from: source.start };
    }
    // "..., data from the National Bureau of Statistics showed", "Data from the ministry show": the source
    // the data come from.
    if (FINDING.has(tok.norm)) {
      const source = dataSource(t, first, said);
      if (source) return closesSentence(t, k + 1, last, false) ? source : { ...source, from: source.start };
    }
    // "About 2.5 million people lack a doctor, Statistics Canada estimates.": an estimate that ends the
    // sentence attributes it (mid-sentence, "estimated at" is a level).
    // ", SIPRI estimated, an increase of 9.4%": an estimate set off by commas too.
    const closing =
      ESTIMATING.has(tok.norm) &&
      !toldBefore(t, k) &&
      k + 1 < t.length &&
      ([".", "!"].includes(t[k + 1]?.norm ?? "") || (t[k + 1]?.norm === "," && closesAside(t, first, k)));
    const bare = bareEstimate(t, k, first);
    // "Brand Finance valued the IPL at $18.5 billion", "Analysts at Goldman Sachs raised their gold price
    // forecast to $5,000": who sets a level speaks for it.
    const valued = levelSet(t, k, first);
    const thatEnd = datedThat(t, k);
    // "Azul SA reported a net loss of 412 million reais", "Finnair posted a 12% rise": a named company's
    // results are its statement.
    // ("POSCO Holdings, the country's biggest steelmaker, reported", "Cemex on Thursday reported".)
    // ("Borealis Energy Inc. today reported", "Foxconn last week reported": past when it spoke.)
    const namedAt = pastSpokenTime(t, first, k - 1);
    const named = t[namedAt];
    const results =
      ((RESULT_VERB.has(tok.norm) && !inMetricName(t, k)) || recordedResult(t, k)) &&
      k > first &&
      (isCapitalized(t[pastDottedForm(t, first, namedAt)]) ||
        named?.norm === "," ||
        // ("Orbit7 reported": digits glued to the name.)
        (named?.kind === "num" && !named.spaceBefore && isCapitalized(t[namedAt - 1])) ||
        // ("the State Bank of Pakistan (SBP) reported on Tuesday", "Acme Corp. (NASDAQ: ACME) reported":
        // past an acronym or a ticker in parentheses.)
        nameParenthesisEndsAt(t, namedAt, first) ||
        // ("In July, the Paris-based company reported net bookings of": a body named by its kind.)
        definiteBody(t, first, namedAt + 1) !== undefined ||
        // ("EY's UK business reported revenue of": an owner's part reports for it.)
        ownedPartBefore(t, first, namedAt + 1) ||
        makerBefore(t, first, namedAt + 1) !== undefined);
    const verb =
      SPEECH.forward(t, k) ??
      (thatEnd !== undefined ? { value: true, start: k, end: thatEnd } : undefined) ??
      (closing || bare || results || valued ? { value: true, start: k, end: k + 1 } : undefined);
    // ("Hilan, Israel's largest payroll firm, which reported on Wednesday that revenue rose 8.9%", "BPJS
    // Ketenagakerjaan, ..., which said it had identified 1.2 million workers": the name a relative clause of
    // saying is on speaks for what it says.)
    const saidAt = relativeSaying(t, first, k);
    if (saidAt !== undefined) {
      const antecedent = nameBeforeRelative(t, first, saidAt) ?? nameBefore(t, first, saidAt - 1);
      const said = t[k + 1];
      // (The clause's closing comma ends what it says: ", must also pay a fine of 50 million naira".)
      let close = k + 1;
      while (close < last && t[close]?.norm !== "," && !inQuote(close)) close++;
      const to = close < last ? t[close]?.start : undefined;
      // (Not where the main verb after the clause says: "Adeniyi, who disclosed this at a briefing, said".)
      const main = t[close + 1];
      const mainSays =
        main !== undefined && (SPEECH.forward(t, close + 1) !== undefined || RESULT_VERB.has(main.norm));
      if (antecedent && said && !mainSays)
        return { ...antecedent, from: said.start, ...(to !== undefined && { to }) };
    }
    if (!verb || QUOTE_ONLY.has(tok.norm)) continue;
    // ("in Sokhna and East Port Said, creating ...", "the United States, India": a capitalized verb after a
    // name is the name's word, unless a title-case headline goes on or ends with it: "Gallagher Re Says".)
    const after = t[k + 1];
    if (
      isCapitalized(tok) &&
      tok.text !== tok.text.toUpperCase() &&
      isCapitalized(t[k - 1]) &&
      after !== undefined &&
      !after.lineStart &&
      !isCapitalized(after)
    )
      continue;
    const next = t[verb.end];
    // ("Canadians reported losing $638 million": what they went through, no one's report.)
    if (RESULT_VERB.has(tok.norm) && gerundOfAmount(t, verb.end)) continue;
    // "the Gulf States Development Fund", "six GCC states": a noun, unless "states that", "states:".
    if (tok.norm === "states" && !["that", ":", ","].includes(next?.norm ?? "")) continue;
    // "The fire department responded to 253,000 calls": answered calls, not speech.
    if (tok.norm === "responded" && next?.norm === "to") continue;
    // "Pemex declared force majeure", "declared emergencies": a declaration of a state, not speech.
    if (tok.norm === "declared" && !["that", ":", ",", ".", '"', "“"].includes(next?.norm ?? "")) continue;
    // "- Inflation forecast: 2.6%": a label, not speech; "kept its 2027 Brent forecast at $68", "TRIMS
    // GROWTH FORECAST": a noun after another word of its phrase.
    if (next?.norm === ":" && LABEL_VERBS.has(tok.norm)) continue;
    // ("sales beat Wall Street estimates", a headline's "Beats Estimates": the noun, what a result is set
    // against.)
    if (tok.norm === "estimates" && (tok.text !== tok.norm || beatenEstimates(t, k))) continue;
    // ("The Bank of Ghana estimates that", "Analysts at Citi estimate demand will": a verb.)
    const researched = t[k - 2]?.norm === "at" || t[k - 3]?.norm === "at";
    if (
      LABEL_VERBS.has(tok.norm) &&
      isNounUse(t, k) &&
      !closing &&
      t[k + 1]?.norm !== "that" &&
      !clauseOpensAfter(t, k) &&
      !(bare && researched)
    )
      continue;
    // "she wrote more than 240 opinions", "It admitted 880 children": what was written or taken in.
    // ("The National Police Service reported 95,220 crimes": a named body's report of its data speaks.)
    const bodyReports =
      results && tok.norm === "reported" && isCapitalized(t[namedAt]) && isCapitalized(t[namedAt - 1]);
    if (
      COUNTING_VERBS.has(tok.norm) &&
      !bodyReports &&
      (next?.kind === "num" ||
        next?.kind === "sym" ||
        // ("reported a net loss": an article opens a result, not a bound; "reported on Thursday a": a day.)
        (QUALIFIER_WORDS.has(next?.norm ?? "") &&
          next?.norm !== "a" &&
          next?.norm !== "an" &&
          !DATE_WORDS.has(t[verb.end + 1]?.norm ?? "") &&
          // ("wrote in a note that", "reported that the price rose": a place or a clause, no bound, which
          // "wrote in excess of 300 letters" has.)
          verb.end === k + 1 &&
          (next?.norm !== "in" ||
            t.slice(verb.end + 1, verb.end + 1 + BOUND_TOKENS).some((x) => x.kind === "num"))))
    )
      continue;
    if (
      tok.norm === "added" &&
      next &&
      (next.kind === "num" || next.kind === "sym" || GAIN_OBJECTS.has(next.norm))
    )
      continue;
    // "Value added tax receipts grew": a compound noun, no one speaking.
    if (NOUN_ENDING_STOPS.get(tok.norm) === t[k - 1]?.norm) continue;
    // ("..., today announced": past when it spoke.)
    const prev = t[pastSpokenTime(t, first, k - 1, false)];

    // "..., X said" and '"...," said X, adding that ...': the name after the verb ("told X": the listener).
    if (prev?.norm === "," || k === first || (prev && (prev.norm === '"' || CLOSING.has(prev.norm)))) {
      // "told Reuters": the name after "told" is the listener ("Kast, 59, told supporters" has its speaker
      // before the aside).
      // A bare estimate's object is what it estimates ("forecasts spending of N54.99 trillion").
      // ("..., reported revenue of Rs 2,533 crore": results name no one after them.)
      const named = LISTENER.has(tok.norm) || bare || results ? undefined : nameAfter(t, verb.end, k);
      // ("..., said IG market analyst Tony Sycamore": the analyst, not the firm.)
      const after = named && (personAfterFirm(t, named) ?? named);
      // ("The company, which employs 19,000 people, reported": a body named by its kind before the aside,
      // for a verb of statement; an expectation may be owned by a closing attribution.)
      const relative =
        nameBeforeRelative(t, first, k) ??
        (ASIDE_STATING.has(tok.norm) ? bodyBeforeAside(t, first, k) : undefined);
      // "Jane Morris, an economist at Westpac, said Qantas would cut jobs": the name after the verb opens
      // the reported clause; the speaker is before the aside.
      if (after && relative && opensClause(t, after.end)) return relative;
      if (after) return after;
      if (relative) return relative;
    }
    // "Allianz, which reports next week, has warned that": the name before the aside, past the helper.
    // ("..., the Minister of Solid Minerals Development, Dr Dele Alake, has said.": closing the sentence, the
    // whole of it.)
    if (HELPERS_AFTER_ASIDE.has(prev?.norm ?? "") && t[k - 2]?.norm === ",") {
      const relative = nameBeforeRelative(t, first, k - 1);
      if (relative)
        return closesSentence(t, verb.end, last, LISTENER.has(tok.norm))
          ? relative
          : { ...relative, from: relative.start };
    }
    // ("Circular debt back at Rs1.6tr, PAC told", "Dewan Rakyat told": "told" with no one after it ends a
    // headline's passive, and names the listener.)
    if (LISTENER.has(tok.norm) && endsSentence(t, verb.end)) continue;
    // "Economists at Investec had expected", "Economists at the Central Bank of Kenya have warned": past
    // the auxiliary, for an estimate or a firm's researchers ("Drugmakers have announced" names no one).
    const perfect = PERFECT.has(t[k - 1]?.norm ?? "") && k - 1 > first;
    const v = perfect && (bare || atFirm(t, first, k)) ? k - 1 : k;
    // ("The Dutch group said", "The FTSE 100 company said": a body named by its kind, which a people's
    // adjective or the index it is in describes; not "The VDA automotive association said".)
    const before =
      (describedByKind(t, v) ? definiteBody(t, first, v) : undefined) ??
      // ("The maker of Cup Noodle and Chicken Ramen reported": the maker, not its products.)
      makerBefore(t, first, v) ??
      nameBefore(t, nameSearchStart(t, first, v), pastSourceNouns(t, first, v)) ??
      // ("A report by the World Bank published on Monday said": the work's source, past its release; with
      // no release the name before the verb was read just above.)
      (pastRelease(t, first, v) < v ? dataSource(t, first, v) : undefined) ??
      possessedBody(t, first, v) ??
      ownedWork(t, first, v) ??
      definiteBody(t, first, v) ??
      definiteWork(t, first, v) ??
      newWork(t, first, v) ??
      // ("The Mumbai-based firm also said": past an adverb of the saying.)
      // ("The group now expects": past an adverb of the subject.)
      (SAYING_ADVERB.has(t[v - 1]?.norm ?? "") || NAME_ADVERBS.has(t[v - 1]?.norm ?? "")
        ? definiteBody(t, first, v - 1)
        : undefined);
    if (before) {
      // ("The company booked a $570 million charge ..., its chief financial officer Sherry House said": a
      // statement that closes the sentence speaks for the results it opens with.)
      // ("Ugastove Ltd has cut its sales target by 35%, Managing Director Ronald Ssempala said": so does one
      // for the level a body sets, unless a contrast stands between: ", while Monex said".)
      // ("The Rio de Janeiro-based carrier now expects ..., Chief Executive Officer Alberto Griselli said": a
      // body named by its kind gives way too for what it expects; not to the source of another clause's
      // figure, ", while spot uranium traded at $72.75, according to UxC".)
      const byKind = before.kind !== undefined && EXPECTING.has(tok.norm);
      const closer =
        closers && (results || bare || valued || byKind) && (byKind || !SPEECH.forward(t, k))
          ? firstReportedIn(t, verb.end, last, inQuote, false)
          : undefined;
      if (
        closer &&
        closer.from === undefined &&
        !closer.pronoun &&
        closingStatement(t, closer, last) &&
        !((byKind || valued) && contrastBetween(t, verb.end, closer.start))
      )
        return closer;
      return closesSentence(t, verb.end, last, LISTENER.has(tok.norm))
        ? before
        : { ...before, from: before.start };
    }
  }
  return undefined;
}

/**
 * Where the "which" or "who" after a comma that opens a relative clause of saying at `k` is ("..., which
 * reported on Wednesday that", "..., which said it had"), or undefined.
 */
function relativeSaying(t: readonly Token[], first: number, k: number): number | undefined {
  const tok = t[k];
  // ("the KOSPI, which added 0.8 percent": a gain, not a statement.)
  if (!tok || LISTENER.has(tok.norm) || QUOTE_ONLY.has(tok.norm) || tok.norm === "added") return undefined;
  const saying =
    SPEECH.forward(t, k) !== undefined ||
    (RESULT_VERB.has(tok.norm) && (t[k + 1]?.norm === "that" || datedThat(t, k) !== undefined));
  if (!saying) return undefined;
  const at = pastSpokenTime(t, first, k - 1, false);
  const relative = t[at]?.norm;
  return (relative === "which" || relative === "who") && t[at - 1]?.norm === "," ? at : undefined;
}

/**
 * An attribution closes its sentence as a statement: "according to X", or ", X said." ("as acquisitions
 * in Spain added to revenue" is no statement, nor ", while Lao Feng Xiang reported a 12 per cent drop").
 */
function closingStatement(t: readonly Token[], a: Attribution, last: number): boolean {
  const at = firstAtOrAfter(t, a.at, (tok) => tok.start);
  const word = t[at]?.norm ?? "";
  if (word === "according") return true;
  return CLOSING_SAYS.has(word) && closesSentence(t, at + 1, last, false);
}

/** Verbs of a statement that closes a sentence: ", its chief financial officer Sherry House said." */
const CLOSING_SAYS = new Set(["said", "says", "stated", "told", "estimated", "estimates"]);

/**
 * "The maker of Cup Noodle and Chicken Ramen reported": the body named by its kind before "of" and the
 * products it makes, which end right before the verb at `v`.
 */
function makerBefore(t: readonly Token[], first: number, v: number): Attribution | undefined {
  let k = v - 1;
  // ("The maker of Jogoo and Hostess flour posted": the products' own noun.)
  while (k > v - 3 && t[k]?.kind === "word" && t[k]?.text === t[k]?.norm && isCapitalized(t[k - 1])) k--;
  const names = k;
  while (k > first && (isCapitalized(t[k]) || t[k]?.norm === "and" || t[k]?.norm === ",")) k--;
  if (k === names || t[k]?.norm !== "of" || !MAKER_KINDS.has(t[k - 1]?.norm ?? "")) return undefined;
  return definiteBody(t, first, k);
}

/** Kinds of body that make products: "the maker of", "the brewer of". */
const MAKER_KINDS = new Set(["maker", "brewer", "producer", "manufacturer"]);

/**
 * The body named by its kind right before the verb at `v` is described by capitalized words that name no
 * one: a people's adjective ("The Dutch group") or the index it is in ("The FTSE 250 company").
 */
function describedByKind(t: readonly Token[], v: number): boolean {
  const at = theBeforeModifiers(t, v - 1);
  if (t[at]?.norm !== "the") return false;
  let capitalized = false;
  for (let k = at + 1; k < v - 1; k++) {
    if (!isCapitalized(t[k])) continue;
    capitalized = true;
    if (!namesNoOne(t, k)) return false;
  }
  return capitalized;
}

/**
 * "..., the board said", "The commission said": a body named by its kind right before the verb, at the
 * clause's start or after a comma; the Resolver gives it the organization of that kind the article named.
 */
function definiteBody(t: readonly Token[], first: number, v: number): Attribution | undefined {
  const noun = t[v - 1];
  if (!noun || noun.text !== noun.norm || !BODY_KINDS.has(noun.norm)) return undefined;
  const at = theBeforeModifiers(t, v - 1);
  const the = t[at];
  // ("..., Switzerland's biggest insurer said": a place's possessive as "the", for a company only.)
  const owned = placeOwner(t, at) && COMPANY_KINDS.has(noun.norm);
  if (!the || (the.norm !== "the" && !owned) || (at !== first && !BODY_LEADS.has(t[at - 1]?.norm ?? "")))
    return undefined;
  // The words that say which body ("the interior ministry", "the central bank"), with the kind last.
  const kind = t
    .slice(at + 1, v)
    .filter((tok, j, all) => tok.text === tok.norm && all[j + 1]?.norm !== "-" && all[j - 1]?.norm !== "-")
    .map((tok) => tok.norm)
    .join(" ");
  return bodyByKind(noun.norm, kind, the.start, noun.end, the.start);
}

/**
 * "..., the report said", "the survey found": a work the story named before with its source, right before
 * the verb at `v`, at the clause's start or after a comma; the Resolver gives it that source.
 */
function definiteWork(t: readonly Token[], first: number, v: number): Attribution | undefined {
  const noun = t[v - 1];
  if (!noun || noun.text !== noun.norm || !REFERRED_WORKS.has(noun.norm)) return undefined;
  const at = theBeforeModifiers(t, v - 1);
  const the = t[at];
  if (the?.norm !== "the" || (at !== first && !BODY_LEADS.has(t[at - 1]?.norm ?? ""))) return undefined;
  // ("the RBI survey showed", "the plan's annual report shows": a work whose owner is named there.)
  for (let k = at + 1; k < v - 1; k++)
    if (t[k]?.text !== t[k]?.norm || /['’]s$/.test(t[k]?.text ?? "")) return undefined;
  return bodyByKind(noun.norm, `${WORK_KIND}${noun.norm}`, the.start, noun.end, the.start);
}

/**
 * "..., a new report shows.", "a government report showed Thursday": a work the story names its source of
 * right after ("The report by the Communications Authority of Kenya ..."); the Resolver gives it that source.
 */
function newWork(t: readonly Token[], first: number, v: number): Attribution | undefined {
  const noun = t[v - 1];
  if (!noun || noun.text !== noun.norm || !REFERRED_WORKS.has(noun.norm)) return undefined;
  let at = v - 2;
  while (
    at >= v - 2 - WORK_MODIFIERS &&
    t[at]?.kind === "word" &&
    t[at]?.text === t[at]?.norm &&
    !ARTICLES.has(t[at]?.norm ?? "")
  )
    at--;
  const a = t[at];
  if (!a || (a.norm !== "a" && a.norm !== "an") || (at !== first && !BODY_LEADS.has(t[at - 1]?.norm ?? "")))
    return undefined;
  return bodyByKind(noun.norm, `${NEW_WORK_KIND}${noun.norm}`, a.start, noun.end, a.start);
}

/** "according to the (latest) report": the work right after "according to", as a definite work. */
function accordingToWork(t: readonly Token[], from: number): Attribution | undefined {
  for (let v = from + 2; v <= from + 1 + WORK_MODIFIERS + 1; v++) {
    if (!REFERRED_WORKS.has(t[v - 1]?.norm ?? "")) continue;
    // ("according to the report by PwC", "the report of the committee": the source is named after it.)
    if (["by", "of", "from"].includes(t[v]?.norm ?? "")) return undefined;
    return definiteWork(t, from, v);
  }
  return undefined;
}

/** Words between "the" and a work, at most: "the latest annual". */
const WORK_MODIFIERS = 2;

/**
 * "The union's figures show", "the corporation's annual report shows": a body named by its kind, owning
 * the work right before the verb at `v`; the Resolver gives it the organization of that kind.
 */
function bodysWork(t: readonly Token[], first: number, v: number): Attribution | undefined {
  if (!OWNED_WORKS.has(t[v - 1]?.norm ?? "") || t[v - 1]?.text !== t[v - 1]?.norm) return undefined;
  let k = v - 2;
  while (
    k > v - 2 - BODY_WORK_WORDS &&
    t[k]?.kind === "word" &&
    t[k]?.text === t[k]?.norm &&
    !/['’]s$/.test(t[k]?.text ?? "")
  )
    k--;
  const owner = t[k];
  const noun = owner?.norm.replace(/['’]s$/, "") ?? "";
  if (!owner || owner.text !== owner.norm || noun === owner.norm || !BODY_KINDS.has(noun)) return undefined;
  const at = theBeforeModifiers(t, k);
  const the = t[at];
  if (the?.norm !== "the" || (at !== first && !BODY_LEADS.has(t[at - 1]?.norm ?? ""))) return undefined;
  const kind = [...t.slice(at + 1, k).map((tok) => tok.norm), noun].join(" ");
  return bodyByKind(noun, kind, the.start, owner.end - 2, the.start);
}

/** Words between a body's possessive and its work, at most: "annual financial". */
const BODY_WORK_WORDS = 3;

/** Verbs of statement a body named before an aside speaks with: "The group, which ..., said". */
const ASIDE_STATING = new Set(["said", "says", "reported", "announced", "posted", "added", "noted", "told"]);

/** Tokens an aside between a body and its speech verb may take: ", which already runs 200 outlets,". */
const ASIDE_REACH = 30;

/**
 * "..., the Lagos-based group, which already runs 200 outlets, said": a body named by its kind before an
 * aside set off by commas that ends right before the verb at `v`.
 */
function bodyBeforeAside(t: readonly Token[], first: number, v: number): Attribution | undefined {
  if (t[v - 1]?.norm !== ",") return undefined;
  for (let k = v - 2; k > Math.max(first, v - ASIDE_REACH); k--) {
    const norm = t[k]?.norm ?? "";
    if (SENTENCE_END.has(norm)) return undefined;
    if (norm !== ",") continue;
    const body = definiteBody(t, first, k);
    if (body) return body;
  }
  return undefined;
}

/** Kinds of body written as acronyms: "the REIT said" names the one REIT the article named. */
const ACRONYM_KINDS = new Set(["REIT", "NGO", "SACCO", "DFI"]);

/** Kinds a story calls the firm its analysts work at by: "the firm said", "the research house said". */
const ANALYSTS_FIRM_KINDS = new Set(["firm", "house"]);
/** The character code of a line feed. */
const NEWLINE = 10;

/** Describing words a name may follow and still open its clause: "Sao Paulo-based fintech". */
const CLAUSE_DESCRIBING_WORDS = 3;
/**
 * A sentence opened by a prepositional phrase up to a comma: "Under the terms, Meridian will pay" (a party to
 * the deal, not the company that reports it).
 */
const PREPOSITION_OPENS_SENTENCE =
  /(?:^|[.!?]["”]?\s+|\n\s*)(?:Under|Among|In|For|With|At|By|From|On|After|Before|Besides|As|Of)\s[^.!?\n]*$/;
/** Nouns of an organization before its name ("carmaker Volkswagen"), describing words that open a clause. */
const ORGANIZATION_NOUN_WORDS: ReadonlySet<string> = new Set(ORGANIZATION_NOUNS);

/** "Analysts at", "economists from Lagos-based", right before a firm's name. */
const ANALYSTS_AT =
  /\b(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s+(?:[\p{L}-]+-based\s+)?$/iu;
/** Characters before a name "Analysts at" is looked for in. */
const ANALYSTS_AT_REACH = 40;

/** Words of a house that is a broker's: "the research house", "the broking house". */
const BROKING_WORDS = new Set(["research", "broking", "brokerage", "investment"]);

/**
 * Words before "the board said" that leave it its own clause: a comma or a conjunction, or a quote's
 * closing mark with its comma inside it ('"Sales rose 8%," the company said').
 */
const BODY_LEADS = new Set([",", "but", "and", "while", "as", "although", "though", '"', "”"]);

/**
 * Works a story refers back to once it named them with their source: "a report by X ... the report said";
 * a statement or a filing too ("Larkspur said in a filing ... . Sales fell 4%, the filing said").
 */
const REFERRED_WORK_NAMES = [
  "report",
  "survey",
  "study",
  "analysis",
  "poll",
  "audit",
  "review",
  "statement",
  "filing",
  "disclosure",
  // ("according to data from the National Insurance Commission ... , the data showed".)
  "data",
  "figures",
  // ("A separate index by HassConsult showed", "..., the index showed".)
  "index",
];
const REFERRED_WORKS: ReadonlySet<string> = new Set(REFERRED_WORK_NAMES);
/** Works "the" refers back to the latest of, not the first: a story's data come from several sources. */
const LATEST_SOURCE_WORKS = new Set(["data", "figures"]);
/** The works as a pattern's alternatives: "report|survey|...". */
const WORK_ALTERNATIVES = REFERRED_WORK_NAMES.join("|");
/** The prefix of an attribution's kind that names a work, not a body: "work:report". */
const WORK_KIND = "work:";
/** The prefix of a kind that names a new work whose source the story names after it: "new-work:report". */
const NEW_WORK_KIND = "new-work:";
/** Characters after a new work its source must be named within: the next sentence or so. */
const NEW_WORK_REACH = 400;
/** A work with its source after "by" or "from", right before a named attribution: "a report by investment
 * bank Houlihan Lokey", "the annual survey from the". */
const WORK_BEFORE_SOURCE = new RegExp(
  // (A name's first words may stand before the attribution's, "data from the National | Insurance
  // Commission", and words that describe the source: "a report by Dubai-based consultancy Ventura".)
  String.raw`\b(${WORK_ALTERNATIVES}|white\s+paper)(?:\s+[\p{L}-]+){0,3}?\s+(?:by|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$`,
  "u",
);
/**
 * A work right after its source's name: "KPMG's annual report", "Knight Frank said in a report"; data
 * named by its source, "SECP data showed", "the PBS large-scale manufacturing data".
 */
const WORK_AFTER_SOURCE = new RegExp(
  String.raw`^(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}|\s+(?:said|found|showed|estimated)\s+in\s+(?:a|an|its)\s+(?:[\p{L}-]+\s+){0,3})(${WORK_ALTERNATIVES})\b|^\s+(?:[\p{Ll}-]+\s+){0,2}(data|figures)\s+(?:show|showed|shows|released|published)\b`,
  "iu",
);
/** Characters a work's words are looked for in, before or after its source. */
const WORK_SOURCE_REACH = 64;

/** The kind of work ("report") named right before or after a source's name at `start`..`end`, if any. */
function workOfSource(text: string, start: number, end: number): string | undefined {
  const before = WORK_BEFORE_SOURCE.exec(text.slice(Math.max(0, start - WORK_SOURCE_REACH), start));
  const after = before ? undefined : WORK_AFTER_SOURCE.exec(text.slice(end, end + WORK_SOURCE_REACH));
  // ("the annual white paper published by the agency ... the report said": a white paper is a report.)
  return (before?.[1] ?? after?.[1] ?? after?.[2])?.toLowerCase().replace(/^white\s+paper$/, "report");
}

const NONPROFIT_KINDS: ReadonlySet<string> = new Set(NONPROFIT_KIND_WORDS);
/** Kinds of body "the company said" names as "It said" does, a charity's too. */
const COMPANY_KINDS: ReadonlySet<string> = new Set([...COMPANY_KIND_WORDS, ...NONPROFIT_KIND_WORDS]);

/** The word after a name at character `end` is lower case: the name is a clause's subject ("Qantas would"). */
function opensClause(t: readonly Token[], end: number): boolean {
  const next = t[firstAtOrAfter(t, end, (x) => x.start)];
  return next?.kind === "word" && !isCapitalized(next);
}

/**
 * The speech verb ends its clause: a comma, a semicolon or the sentence's end comes within a few words
 * ("..., the company said in a statement."), not a reported clause ("said on Thursday its profit fell").
 * After "told", the listener may come first: "..., the minister told a news conference in Lisbon."
 */
function closesSentence(t: readonly Token[], verbEnd: number, last: number, listener: boolean): boolean {
  // "AEMO said separately in its quarterly report": past an adverb of the saying.
  let after = verbEnd;
  while (SAYING_ADVERB.has(t[after]?.norm ?? "")) after++;
  // ("the ministry said Monday ahead of the festival": past the day it spoke.)
  if (SPOKEN_DAYS.has(t[after]?.norm ?? "") && TAIL_PREPOSITIONS.has(t[after + 1]?.norm ?? "")) after++;
  for (let k = after; k < Math.min(last, after + 5); k++) {
    const norm = t[k]?.norm ?? "";
    if (norm === "," || norm === ";" || SENTENCE_END.has(norm)) return true;
  }
  if (after >= last) return true;
  return listener ? plainTail(t, after, after, last) : placeTail(t, after, last);
}

/** Prepositions that open where or how something was said: "said in a speech to parliament". */
const TAIL_PREPOSITIONS = new Set([
  "in",
  "at",
  "on",
  "during",
  "to",
  "after",
  "before",
  "ahead",
  "via",
  "through",
]);
/** Days a speech verb may name right after it: "said Monday", "said yesterday". */
const SPOKEN_DAYS: ReadonlySet<string> = new Set([...WEEKDAYS, "today", "yesterday"]);

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

const TAIL_LINKS = new Set([...TAIL_PREPOSITIONS, "with", "of", "for", "from", "by"]);

/** Tokens a where-or-how tail may take, at most. */
const TAIL_TOKENS = 14;

/**
 * A longer tail after the verb that only says where or how, up to the clause's end: "Dissanayake said in
 * a speech to parliament.", "Whitfield said at a news conference in Denver on Nov. 3." No figure and no
 * clause word in it.
 */
function placeTail(t: readonly Token[], after: number, last: number): boolean {
  return TAIL_PREPOSITIONS.has(t[after]?.norm ?? "") && plainTail(t, after + 1, after, last);
}

/** From `from` to the clause's end within TAIL_TOKENS of `after`: no figure and no clause word. */
function plainTail(t: readonly Token[], from: number, after: number, last: number): boolean {
  for (let k = from; k < Math.min(last, after + TAIL_TOKENS); k++) {
    const tok = t[k];
    if (!tok) return false;
    if (tok.norm === "," || tok.norm === ";" || SENTENCE_END.has(tok.norm)) return true;
    if (CLAUSE_WORDS.has(tok.norm)) return false;
    // "in its annual report" but not "on Thursday its profit fell": a possessive only after a preposition.
    if (POSSESSIVE_DETERMINERS.has(tok.norm) && !TAIL_LINKS.has(t[k - 1]?.norm ?? "")) return false;
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

type Gender = "male" | "female";

/** Pronouns that say whether their speaker is a man or a woman. */
const PRONOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ["he", "male"],
  ["she", "female"],
]);
/** People back from a gendered pronoun passed over for one of the other gender, at most. */
const GENDERED_REACH = 4;
/** Honorifics that say a person is a man or a woman, right before a mention: "Ms Al Sharhan". */
const GENDERED_HONORIFIC = /\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Madam|Mme|Dame|Lady|Datin|Puan))\.?\s+$/;

/** The gender an honorific right before character `start` gives, if any. */
function honorificGender(text: string, start: number): Gender | undefined {
  const m = GENDERED_HONORIFIC.exec(text.slice(Math.max(0, start - 8), start));
  return m ? (m[1] ? "male" : "female") : undefined;
}

/** An organization's mention: how often the article names it, and whether this mention opens a sentence. */
interface Organization extends Person {
  mentions: number;
  opens: boolean;
  /** Where this mention starts. */
  start: number;
}

/** A mention of a body (an organization, or a zoo or a park) as the resolver reads it. */
function bodyMention(text: string, e: Entity, m: { start: number; end: number }): Organization {
  return {
    name: e.name,
    start: m.start,
    end: m.end,
    entityId: e.id,
    mentions: e.mentions.length,
    opens: opensSentence(text, m.start),
  };
}

/**
 * Sentence ends between two positions: ". ", "! ", "? ", counted up to two, all its callers ask (a story's
 * company named far back costs no scan up to the position).
 */
function sentenceEnds(text: string, from: number, to: number): number {
  SENTENCE_MARK.lastIndex = from;
  let ends = 0;
  for (let m = SENTENCE_MARK.exec(text); m && m.index + m[0].length <= to; m = SENTENCE_MARK.exec(text))
    if (++ends === MOST_SENTENCE_ENDS) break;
  return ends;
}

/** A sentence's end: its mark, a closing quote, then a space. */
const SENTENCE_MARK = /[.!?]["”]?\s/g;
/** Sentence ends counted at most: the callers tell none, one, and more than one apart. */
const MOST_SENTENCE_ENDS = 2;

/** Characters back from "It" that the organizations it may stand for are named within. */
const IT_REACH = 400;
/**
 * Words that credit a source of data before its name, "according to data compiled by LSEG", "analysts
 * polled by LSEG", or after it, "according to LSEG data" (not "according to the Toy Association", a body
 * an "It" may go on about).
 */
const DATA_CREDIT_BEFORE = /\b(?:compiled by|polled by|data (?:from|by))\s+(?:the\s+)?$/i;
const CREDIT_BEFORE = /\baccording to\s+(?:the\s+)?$/i;

/** Organization mentions "It" weighs, at most (keeps an article of many names linear). */
const IT_CANDIDATES = 8;

/** The mention at `start` opens its sentence, past "The": "Veltrix reported", "The Fed said". */
function opensSentence(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - DESCRIBED_REACH), start);
  // ("Brokerage Motilal Oswal estimates ...": a descriptor before the name opens the sentence.)
  const word = /(\S+)\s+$/.exec(lead)?.[1] ?? "";
  const described = /^\p{Lu}/u.test(word) && SOURCE_DESCRIPTORS.has(word.toLowerCase());
  const before = (described ? lead.slice(0, lead.trimEnd().length - word.length) : lead)
    .slice(-6)
    .replace(/(?:^|\s)(?:The|the)\s*$/, "")
    .trimEnd();
  return before === "" || /[.!?"”\n]$/.test(before);
}

/** The mention at `start` follows a dateline's dash, past "The": "CHRISTCHURCH, Oct 12 - The Commission". */
function afterDatelineDash(text: string, start: number): boolean {
  return /(?:^|\s)[-–—]+\s+(?:The\s+)?$/.test(text.slice(Math.max(0, start - 8), start));
}

/** Characters before a name its descriptor and the sentence's end are looked for in. */
const DESCRIBED_REACH = 24;

/** Reads attributions as speakers: links them to entities and resolves pronouns, in log time each. */
export class Resolver {
  private readonly people: Person[];
  private readonly organizations: Organization[];
  /** The article's entities, for bodies looked up by kind only when an attribution asks. */
  private readonly entities: readonly Entity[];
  /** The mentions of organizations that may be "the company": no public body, regulator or exchange. */
  private readonly companies: Organization[];
  /** For each of those mentions in order, the one named most up to it. */
  private readonly mainUpTo: Organization[];
  /** For each kind of body asked for, its mentions in order and where a second body of that kind starts. */
  private readonly bodies = new Map<string, OnlyBefore>();
  /** The companies a place's "-based" describes, read on the first "the X-based company". */
  private based: Map<string, OnlyBefore> | undefined;
  /** The companies by the words of their names, read on the first "the cable maker". */
  private namedBy: Map<string, OnlyBefore> | undefined;
  /** Every mention with its entity, sorted by start, for linking attributions in log time. */
  private readonly mentions: Placed[];
  /** The people the article gives a role. */
  private readonly titled: Entity[];
  /** Those people by their role, lower-cased without "the", each list in order of first mention. */
  private readonly roleHolders = new Map<string, { e: Entity; start: number }[]>();
  /** Each person's last name, for a surname the tagger did not mark ("Fall told reporters"); null if shared. */
  private readonly surnames = new Map<string, Entity | null>();
  /** The people an honorific before a mention says are men or women ("Ms Al Sharhan"), by entity id. */
  private readonly genders = new Map<string, Gender>();
  /** The sources of each kind of work ("report") the story named with its source, in order. */
  private readonly workSources = new Map<string, { name: string; entityId?: string; end: number }[]>();
  /** Every work the story named with its source, in order, for a new work named before it; read on demand. */
  private allWorkSources: { work: string; name: string; entityId: string; start: number }[] | undefined;

  constructor(
    private readonly text: string,
    entities: readonly Entity[],
    named: readonly Attribution[],
  ) {
    this.mentions = entities
      .flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .sort((x, y) => x.m.start - y.m.start);
    this.titled = entities.filter((e) => e.type === "PERSON" && e.role !== undefined);
    for (const e of this.titled) {
      const key = roleKey(e.role ?? "");
      const start = e.mentions[0]?.start ?? 0;
      const holders = this.roleHolders.get(key) ?? [];
      holders.push({ e, start });
      this.roleHolders.set(key, holders);
    }
    for (const holders of this.roleHolders.values()) holders.sort((x, y) => x.start - y.start);
    for (const e of entities) {
      const words = e.name.split(" ");
      const last = words[words.length - 1] ?? "";
      if (e.type !== "PERSON" || words.length < 2) continue;
      this.surnames.set(last, this.surnames.has(last) ? null : e);
    }
    const people: Person[] = [];
    for (const e of entities) {
      if (e.type !== "PERSON") continue;
      for (const m of e.mentions) {
        people.push({ name: e.name, end: m.end, entityId: e.id });
        const gender = honorificGender(text, m.start);
        if (gender) this.genders.set(e.id, gender);
      }
    }
    // "according to the Energy Ministry. ..., he said": "he" is no organization or place.
    const notPeople = new Set(entities.filter((e) => e.type !== "PERSON").map((e) => e.id));
    /** Where the earliest source of each kind of work ends, while the attributions come. */
    const firstEnds = new Map<string, number>();
    for (const n of named) {
      if (n.pronoun) continue;
      // ("A report by Houlihan Lokey valued the IPL at $18.5 billion. ..., the report said": the source of
      // the first work of each kind; "the Auditor-General's latest report": an office too.)
      const work = workOfSource(text, n.start, n.end);
      // (The attributions come quotes first: the earliest source of a kind is the first work's.)
      const firstWork = work !== undefined && (firstEnds.get(work) ?? Number.POSITIVE_INFINITY) > n.end;
      // ("The governor said ... . Remittances climbed 18%, he said": a title alone is no one "he" names.)
      const title = isBareTitle(text.slice(n.start, n.end));
      if (title && !firstWork) continue;
      // ("... says Mohamad Sabu. The Agriculture and Food Security Minister said ... he told reporters": a
      // title that introduces the person before is no one else "he" names.)
      if (titleAfterThe(text, text.slice(n.start, n.end), n.start)) continue;
      const linked = link(text, n, this.mentions);
      if (!linked) continue;
      if (work) {
        pushTo(this.workSources, work, { ...linked, end: n.end });
        if (firstWork) firstEnds.set(work, n.end);
      }
      if (!title && !(linked.entityId && notPeople.has(linked.entityId)))
        people.push({ ...linked, end: n.end });
    }
    this.people = people.sort((a, b) => a.end - b.end);
    for (const sources of this.workSources.values()) sources.sort((a, b) => a.end - b.end);
    this.entities = entities;
    // ("NEW DELHI, Aug 21 (PTI) - ..., it said": a wire's credit in parentheses is no "It".)
    this.organizations = entities
      .filter((e) => e.type === "ORGANIZATION")
      .flatMap((e) =>
        e.mentions
          // ("The Gokongwei-led airline ..., it said": a name glued to a compound modifies a noun, no "It".)
          // ("Hammond told Reuters in an interview", "a document seen by Reuters", "analysts surveyed by Zacks",
          // "said in a statement to the Borsa Istanbul": a listener or a pollster is no "It" either, nor a
          // backer or a lender.)
          .filter((m) => {
            const lead = text.slice(Math.max(0, m.start - LISTENER_REACH), m.start);
            return (
              !(text[m.start - 1] === "(" && text[m.end] === ")") &&
              !GLUED_COMPOUND.test(text.slice(m.end, m.end + 14)) &&
              !LISTENER_BEFORE.test(lead) &&
              !BACKER_BEFORE.test(lead) &&
              !OWNER_OR_PART_BEFORE.test(text.slice(Math.max(0, m.start - PART_REACH), m.start))
            );
          })
          .map((m) => bodyMention(text, e, m)),
      )
      .sort((a, b) => a.end - b.end);
    // The organization named most up to each mention (the last one on a tie), read once for "the company".
    // ("Zenora's plant ... will retail at N12,500, the company said" in a story about the regulator that
    // approved it: a ministry, a regulator, a central bank or a stock exchange is never "the company".)
    // ("data compiled by Bloomberg": a data provider is no "the company" either, though "the statistics
    // agency" may be the one that compiled them.)
    this.companies = this.organizations.filter(
      (o) =>
        !PUBLIC_BODY.test(o.name) &&
        !CENTRAL_BANK_NAME.test(o.name) &&
        !COMPILER_BEFORE.test(text.slice(Math.max(0, o.start - LISTENER_REACH), o.start)),
    );
    let main: Organization | undefined;
    this.mainUpTo = this.companies.map((o) => {
      if (!main || o.mentions >= main.mentions) main = o;
      return main;
    });
  }

  speaker(a: Attribution, mode: FigureSpeaker["mode"]): FigureSpeaker | undefined {
    // "The President said": the person the article gave that title, named before; else no one.
    const written = this.text.slice(a.start, a.end);
    if (!a.pronoun && isBareTitle(written)) {
      const titled = this.titledBefore(written, a.start);
      // ("Sharaf DG expects ..., its chief executive said": a holder the article never named speaks for
      // the body "its" stands for, as "it said" would.)
      const body = !titled && /^(?:its|their)\s/i.test(written) ? this.ownerBefore(a.start) : undefined;
      if (body) return { name: body.name, mode, ...(body.entityId ? { entityId: body.entityId } : {}) };
      // ("according to the Auditor-General's latest report": an office that no person named holds speaks
      // as itself.)
      if (titled || !OFFICES.test(written)) return titled && { name: titled.name, mode, entityId: titled.id };
    } else if (!a.pronoun) {
      // ("Higher Education Minister Zambry Abdul Kadir said ... The Higher Education Minister said": a
      // role written whole is the person the article gave it.)
      const holders = this.roleHolders.get(roleKey(written));
      const k = holders ? firstAtOrAfter(holders, a.start, (h) => h.start) : 0;
      const holder = holders?.[k - 1]?.e;
      if (holder) return { name: holder.name, mode, entityId: holder.id };
      // ("..., says Datuk Seri Mohamad Sabu. The Agriculture and Food Security Minister said": a title
      // written whole after "The" that no one holds yet is the person named just before.)
      const introduced = this.introducedTitle(written, a.start);
      if (introduced)
        return { name: introduced.name, mode, ...(introduced.entityId && { entityId: introduced.entityId }) };
    }
    const named = a.pronoun ? undefined : link(this.text, a, this.mentions);
    // ("Occupancy rose to 96%, the REIT said": a kind written as an acronym names the one body of that kind
    // the article named, or no one.)
    const kindWritten =
      named !== undefined &&
      !named.entityId &&
      ACRONYM_KINDS.has(named.name) &&
      /\bthe\s+$/i.test(this.text.slice(Math.max(0, a.start - 4), a.start));
    const body = kindWritten ? this.bodyBefore(named.name.toLowerCase(), a.start) : undefined;
    const found = kindWritten ? body && { name: body.name, entityId: body.entityId } : named;
    // ("Mohamed Fall, the UN coordinator, ... "...," Fall told reporters": a surname no mention marks.)
    const bearer = found && !found.entityId ? this.surnames.get(found.name) : undefined;
    const linked = bearer ? { name: bearer.name, entityId: bearer.id } : found;
    const it = a.pronoun && a.name.toLowerCase() === "it";
    // ("..., the board said": the one board the article named before; "the company said" as "It said".)
    const kind = a.kind;
    const person = it
      ? this.organizationBefore(a.start)
      : kind?.startsWith(WORK_KIND)
        ? this.workSourceBefore(kind.slice(WORK_KIND.length), a.start)
        : kind?.startsWith(NEW_WORK_KIND)
          ? this.workSourceAfter(kind.slice(NEW_WORK_KIND.length), a.end)
          : kind !== undefined
            ? this.describedBody(kind, a.start, this.text.slice(a.start, a.end))
            : a.pronoun
              ? this.before(a.start, PRONOUN_GENDERS.get(a.name.toLowerCase()))
              : linked && { ...linked, end: a.end };
    if (!person) return undefined;
    const speaker: FigureSpeaker = { name: person.name, mode };
    if (person.entityId) speaker.entityId = person.entityId;
    return speaker;
  }

  /**
   * The source of the work of that kind the story named first with its source, before `position`: "the
   * report" goes on about the lede's report, though another body's report is named in between. Data and
   * figures are the latest named before ("SECP data showed ... . NPLs rose, the data showed").
   */
  private workSourceBefore(work: string, position: number): { name: string; entityId?: string } | undefined {
    const sources = this.workSources.get(work) ?? [];
    const before = firstAtOrAfter(sources, position + 1, (source) => source.end) - 1;
    const source = LATEST_SOURCE_WORKS.has(work) ? sources[before] : before >= 0 ? sources[0] : undefined;
    if (!source) return undefined;
    return { name: source.name, ...(source.entityId ? { entityId: source.entityId } : {}) };
  }

  /** The source of the next work of that kind named within NEW_WORK_REACH after `position`, the new work's. */
  private workSourceAfter(work: string, position: number): { name: string; entityId?: string } | undefined {
    // ("..., a new report shows. The report by the Communications Authority of Kenya (CA), released on
    // Friday, estimates": every named source of a work, whether or not its own sentence attributes; read
    // only for a story with a new work, once.)
    this.allWorkSources ??= this.entities
      .filter((e) => e.type !== "MISC")
      .flatMap((e) =>
        e.mentions.flatMap((m) => {
          const work = workOfSource(this.text, m.start, m.end);
          return work ? [{ work, name: e.name, entityId: e.id, start: m.start }] : [];
        }),
      )
      .sort((x, y) => x.start - y.start);
    const source = this.allWorkSources.find((w) => w.start >= position);
    if (!source || source.work !== work || source.start - position > NEW_WORK_REACH) return undefined;
    return { name: source.name, entityId: source.entityId };
  }

  /**
   * The person named just before a title written whole after "The" opening its sentence, at `position`:
   * "... says Datuk Seri Mohamad Sabu. The Agriculture and Food Security Minister said".
   */
  private introducedTitle(written: string, position: number): Person | undefined {
    if (!titleAfterThe(this.text, written, position)) return undefined;
    const person = this.before(position);
    return person && position - person.end <= TITLE_BACK_REACH ? person : undefined;
  }

  /** The person named before `position` whose role ends with `title` ("President" for "President Bola Tinubu"). */
  private titledBefore(title: string, position: number): Entity | undefined {
    const bare = title.replace(/^(?:the|its|their)\s+/i, "").toLowerCase();
    // ("The CS said": Kenya's Cabinet Secretary, written short.)
    const wanted = (Object.hasOwn(TITLE_SHORT_FORMS, bare) ? TITLE_SHORT_FORMS[bare] : undefined) ?? bare;
    // ("Justice Lucy Njuguna ... the judge said": a title the article wrote another way.)
    const titles = (Object.hasOwn(TITLE_ALTERNATIVES, wanted) ? TITLE_ALTERNATIVES[wanted] : undefined) ?? [
      wanted,
    ];
    let best: { e: Entity; start: number } | undefined;
    for (const e of this.titled) {
      const role = (e.role?.toLowerCase() ?? "").replace(/^the\s+/, "");
      // ("Finance Minister", "Minister for Finance", "Minister of Finance": the title heads or ends the role.)
      const holds = (title: string) =>
        role === title ||
        role.endsWith(` ${title}`) ||
        role.startsWith(`${title} of `) ||
        role.startsWith(`${title} for `);
      if (!titles.some(holds)) continue;
      // ("in Alausa, Ikeja, the governor said": a name right before the title took it as its role.)
      if (e.mentions.some((m) => m.end <= position && position - m.end <= 2)) continue;
      const start = e.mentions[0]?.start ?? position;
      if (start < position && (!best || start > best.start)) best = { e, start };
    }
    return best?.e;
  }

  /**
   * The body "its" before a title at `position` stands for: the name that opens the sentence (an
   * organization, or a company the tagger read as a person: "Sharaf DG expects ..., its chief executive
   * said"); else no one (the organization named last may be another: an exchange it lists on).
   */
  private ownerBefore(position: number): { name: string; entityId?: string } | undefined {
    const k = firstAtOrAfter(this.mentions, position, (p) => p.m.start);
    for (let j = k - 1; j >= Math.max(0, k - IT_CANDIDATES); j--) {
      const placed = this.mentions[j];
      if (!placed || sentenceEnds(this.text, placed.m.end, position) > 0) break;
      const owner = placed.e.type === "ORGANIZATION" || placed.e.type === "PERSON";
      const opens = opensSentence(this.text, placed.m.start) || afterDatelineDash(this.text, placed.m.start);
      if (owner && opens) return { name: placed.e.name, entityId: placed.e.id };
    }
    return undefined;
  }

  /**
   * The organization "It" stands for at a position: the one that opens the sentence before ("The IEA, which
   * advises ..., forecast .... It sees"), else of those named shortly before the one named most in the
   * article ("Veltrix reported ... The deal with Samsung closed in May. It said" -> Veltrix), the last one on
   * a tie.
   */
  private organizationBefore(position: number): Organization | undefined {
    const k = firstAtOrAfter(this.organizations, position + 1, (o) => o.end);
    // ("..., according to data compiled by LSEG. It sees organic sales rising": a source of data credited
    // as such is no "It"; the story's company is.)
    const credited = (o: Organization) => {
      const before = this.text.slice(Math.max(0, o.start - 40), o.start);
      return (
        DATA_CREDIT_BEFORE.test(before) ||
        (CREDIT_BEFORE.test(before) && DATA_AFTER.test(this.text.slice(o.end, o.end + DATA_AFTER_CHARACTERS)))
      );
    };
    const last = this.organizations[k - 1];
    let best = last && !credited(last) ? last : undefined;
    for (let j = k - 1; j >= Math.max(0, k - IT_CANDIDATES); j--) {
      const o = this.organizations[j];
      if (!o || position - o.end > IT_REACH) break;
      if (credited(o)) continue;
      if (o.opens && sentenceEnds(this.text, o.end, position) <= 1) return o;
      if (!best || o.mentions > best.mentions) best = o;
    }
    return best ?? (last ? this.mainOrganizationBefore(position) : undefined);
  }

  /**
   * The organization "the company said" stands for: one that opens its sentence, or the sentence before
   * when the kind opens its own, else of those named before the one the article names most (the story's
   * company, not a data provider or a partner named in passing), the last one on a tie.
   */
  private mainOrganizationBefore(position: number): Organization | undefined {
    const k = firstAtOrAfter(this.companies, position + 1, (o) => o.end);
    // ("Transnet's freight volumes rose 4%, the state-owned logistics group said": the one that opens the
    // sentence, however often another is named; "Cameco Corp. ... reported revenue of $614 million. The
    // Saskatoon-based uranium producer said", "Daily Bread Food Bank reported ... The organization said": the
    // one that opens the sentence before, where the kind opens its own; not one of a pair, "Mastercard and
    // QIA bought stakes", nor a public authority.)
    const reach = opensSentence(this.text, position) ? 1 : 0;
    for (let j = k - 1; j >= Math.max(0, k - IT_CANDIDATES); j--) {
      const o = this.companies[j];
      const ends = o ? sentenceEnds(this.text, o.end, position) : reach + 1;
      if (!o || ends > reach) break;
      const paired = /^\s+and\s/.test(this.text.slice(o.end, o.end + 6));
      if (o.opens && (ends === 0 || (!paired && !AUTHORITY.test(o.name)))) return o;
    }
    const main = this.mainUpTo[k - 1];
    return this.namedInSentenceBefore(k, position, main) ?? main;
  }

  /**
   * The company named last in the sentence before a position, where the article's main one (`main`) is not
   * named in it ("Tramontina's rivals are struggling. Shares of Panelas Rochedo's parent, Grupo Rochedo SA,
   * have dropped 18%, and the company posted a loss": Grupo Rochedo); not one of a pair, an authority, an
   * analysts' firm or a source credited. `k` is the index of the first company ending after the position.
   */
  private namedInSentenceBefore(k: number, position: number, main: Organization | undefined) {
    let last: Organization | undefined;
    for (let j = k - 1; j >= Math.max(0, k - IT_CANDIDATES); j--) {
      const o = this.companies[j];
      if (!o || sentenceEnds(this.text, o.end, position) > 0 || this.lineBetween(o.end, position)) break;
      if (main && o.entityId === main.entityId) return undefined;
      if (last) continue;
      const paired = /^\s+(?:and|or)\s/.test(this.text.slice(o.end, o.end + 6));
      if (!paired && !AUTHORITY.test(o.name) && this.opensClause(o.start)) last = o;
    }
    return last;
  }

  /**
   * Whether a line ends between two positions (a byline or a dateline is no sentence of the body); reads only
   * the characters between them, which one sentence bounds.
   */
  private lineBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === NEWLINE) return true;
    return false;
  }

  /**
   * Whether a name opens its clause: after the start of the text or a comma, colon, semicolon, dash or
   * sentence end, past at most a few describing words ("Separately, Sao Paulo-based fintech Pagly raised",
   * "..., while European rival Airbus delivered"); not after a preposition, an article or a number ("a stake in
   * Bharti Airtel", "an update to the ASX").
   */
  private opensClause(start: number): boolean {
    let end = start;
    for (let words = 0; words <= CLAUSE_DESCRIBING_WORDS; words++) {
      const window = this.text.slice(Math.max(0, end - 40), end);
      const m = /(\S+)\s+$/.exec(window);
      if (!m) return end === 0 || /\n\s*$/.test(window);
      const word = m[1] ?? "";
      if (/[,:;.!?—–-]["”’)]?$/.test(word) && !word.endsWith("-based"))
        return !(
          word.endsWith(",") && PREPOSITION_OPENS_SENTENCE.test(this.text.slice(Math.max(0, end - 120), end))
        );
      if (words === CLAUSE_DESCRIBING_WORDS) return false;
      const describing =
        /^\p{Lu}/u.test(word) ||
        word.endsWith("-based") ||
        COMPANY_KINDS.has(word) ||
        ORGANIZATION_NOUN_WORDS.has(word);
      if (!describing) return false;
      end -= m[0].length;
    }
    return false;
  }

  /**
   * The organization a kind of body with the words describing it stands for: "the company" (and "the
   * Toronto-based miner") the one the article is about; "the trade group" the one association named; "the
   * board" (and "the dairy board") the one board named, whose name holds the describing words.
   */
  private describedBody(described: string, position: number, written: string): Organization | undefined {
    const words = described.split(" ");
    const kind = words[words.length - 1] ?? "";
    // ("the agency said": the one agency named; else the one body whose name says it is one, such as an
    // Administration, where no department or ministry, which a story may call an agency too, was named.)
    // ("the trade body said", "the industry group said": the one association named.)
    if ((COMPANY_KINDS.has(kind) || kind === "body") && words.some((w) => LOBBY_WORDS.has(w)))
      return this.bodyBefore(LOBBY, position);
    // ("Analysts at Motilal Oswal ... The brokerage now expects": the analysts' firm, never the story's
    // company.)
    if (kind === "brokerage") return this.analystsFirmBefore(position) ?? this.lastOtherBefore(position);
    if (!COMPANY_KINDS.has(kind)) {
      const wide =
        KIND_NAMES.has(kind) && !(kind === "agency" && this.namedBefore(GOVERNMENT_BODY, position));
      return (
        this.bodyBefore(described, position) ??
        (wide ? this.bodyBefore(`${WIDE}${described}`, position) : undefined) ??
        describedOnly(written, words, position)
      );
    }
    // ("Radio Pakistan operates 86 stations ..., according to the corporation": the one body named a
    // Corporation, where there is one.)
    const named = kind === "corporation" ? this.bodyBefore(kind, position) : undefined;
    if (named) return named;
    // ('Analysts at Databank Research said ... "...," the firm said': the analysts' firm, named in the
    // sentence or the one before.)
    const analysts = ANALYSTS_FIRM_KINDS.has(kind) ? this.analystsFirmBefore(position) : undefined;
    if (analysts) return analysts;
    // ("the cable maker said" in a story of Southern Cable Group that names its customer more often; "The
    // Bengaluru-based company said" after "Bengaluru-based BEML": the one company the words describe.)
    const fitting =
      this.basedCompanyBefore(written, position) ?? this.companyNamedBy(words.slice(0, -1), position);
    if (fitting) return fitting;
    // ('Analysts at Kenanga Investment Bank raised their target ... "...," the research house said': the
    // research or broking house named last in that sentence or the one before, never the story's company.)
    if (kind === "house" && words.some((w) => BROKING_WORDS.has(w))) return this.lastOtherBefore(position);
    const main = this.mainOrganizationBefore(position);
    // ("according to a projection by the consultancy" in a story about a gaming authority: an authority
    // is a utility or an operator, never a consultancy or a lender.)
    // ("The airline reported a net profit" in a story that quotes a hotel association: an association is
    // at most "the group".)
    // ("the organization said" after the Brazilian Public Security Forum: a forum or an institute is one.)
    if (main && LOBBY_NAME.test(main.name) && kind !== "group" && !NONPROFIT_KINDS.has(kind))
      return undefined;
    return main && AUTHORITY.test(main.name) && !AUTHORITY_KINDS.has(kind) ? undefined : main;
  }

  /**
   * The company named last before a position, in its sentence or the one before, right after its analysts
   * ("Analysts at Lagos-based SBM Intelligence", "economists at Databank"); undefined where none is.
   */
  private analystsFirmBefore(position: number): Organization | undefined {
    return this.lastNamedBefore(position, (o) =>
      ANALYSTS_AT.test(this.text.slice(Math.max(0, o.start - ANALYSTS_AT_REACH), o.start)),
    );
  }

  /**
   * The company named last before a position, in its sentence or the one before, other than the one the
   * article names most up to there; undefined where there is none.
   */
  private lastOtherBefore(position: number): Organization | undefined {
    const main = this.mainUpTo[firstAtOrAfter(this.companies, position + 1, (o) => o.end) - 1];
    return this.lastNamedBefore(position, (o) => o.entityId === undefined || o.entityId !== main?.entityId);
  }

  /** The company named last before a position, in its sentence or the one before, that `fits`. */
  private lastNamedBefore(position: number, fits: (o: Organization) => boolean): Organization | undefined {
    const k = firstAtOrAfter(this.companies, position + 1, (o) => o.end);
    for (let j = k - 1; j >= Math.max(0, k - IT_CANDIDATES); j--) {
      const o = this.companies[j];
      if (!o || sentenceEnds(this.text, o.end, position) > 1) return undefined;
      if (fits(o)) return o;
    }
    return undefined;
  }

  /**
   * The company the story called based in the place a written kind names ("The Bengaluru-based company"):
   * the one named right after that place's "-based" earlier ("Bengaluru-based BEML Ltd"), or right before
   * it in apposition ("Al Rimal, the Riyadh-based contractor"); undefined unless exactly one.
   */
  private basedCompanyBefore(written: string, position: number): Organization | undefined {
    const place = BASED_IN.exec(written)?.[1];
    if (!place) return undefined;
    this.based ??= this.basedCompanies();
    return onlyBefore(this.based.get(place), position);
  }

  /**
   * Each place a "-based" describes in the text, with the companies so described in text order: the one
   * named right after ("Bengaluru-based BEML Ltd") or right before in apposition ("Al Rimal, the
   * Riyadh-based contractor"). Read once per article, each lookup a binary search.
   */
  private basedCompanies(): Map<string, OnlyBefore> {
    const found = new Map<string, Organization[]>();
    for (const m of this.text.matchAll(BASED_IN_ALL)) {
      const at = m.index ?? 0;
      const place = m[1] ?? "";
      const next = this.companies[firstAtOrAfter(this.companies, at, (o) => o.start)];
      const previous = this.companies[firstAtOrAfter(this.companies, at + 1, (o) => o.end) - 1];
      // (Only lower-case words between: "Bengaluru-based miner BEML", not "Riyadh-based contractor, won a
      // mine deal. Komatsu".)
      const between = next ? this.text.slice(at + m[0].length, next.start) : "";
      const after =
        next && between.length <= BASED_REACH && /^[\s\p{Ll}-]*$/u.test(between) ? next : undefined;
      const before =
        previous &&
        at - previous.end <= BASED_REACH &&
        /^,\s+(?:the|a|an)\s+$/i.test(this.text.slice(previous.end, at))
          ? previous
          : undefined;
      const company = before ?? after;
      if (company) pushTo(found, place, company);
    }
    // (In the order they end, as a lookup reads them: one named before may follow one named after.)
    return new Map(
      [...found].map(([place, companies]) => [place, onlyBeforeOf(companies.sort((a, b) => a.end - b.end))]),
    );
  }

  /**
   * The one company named before a position whose name holds a word that describes the kind ("the cable
   * maker": Southern Cable Group; "the power utility": Kenya Power), singular or plural; undefined where
   * none or two do.
   */
  private companyNamedBy(describing: readonly string[], position: number): Organization | undefined {
    this.namedBy ??= this.companiesByNameWord();
    let found: Organization | undefined;
    for (const word of describing) {
      if (!/^[a-z]{4,}$/.test(word) || UNNAMING_WORDS.has(word)) continue;
      const list = this.namedBy.get(word);
      const k = list ? firstAtOrAfter(list.mentions, position + 1, (o) => o.end) : 0;
      if (!list || k === 0) continue;
      if (k > list.second) return undefined;
      const company = list.mentions[k - 1];
      if (!company || (found && found.entityId !== company.entityId)) return undefined;
      if (!found || company.end > found.end) found = company;
    }
    return found;
  }

  /**
   * The companies by each lower-case word of their names, a plural's singular too ("cables" and "cable"
   * for Oman Cables Industry); not a lobby's ("the blockchain analytics firm" is no Blockchain
   * Association). Read once per article.
   */
  private companiesByNameWord(): Map<string, OnlyBefore> {
    const byWord = new Map<string, Organization[]>();
    for (const o of this.companies) {
      if (LOBBY_NAME.test(o.name)) continue;
      const words = new Set<string>();
      for (const word of o.name.toLowerCase().split(/\s+/)) {
        words.add(word);
        if (word.endsWith("s")) words.add(word.slice(0, -1));
      }
      for (const word of words) pushTo(byWord, word, o);
    }
    return new Map([...byWord].map(([word, companies]) => [word, onlyBeforeOf(companies)]));
  }

  /**
   * The organization "the board" stands for at a position: the only one named before whose name ends with
   * that kind ("Kenya Dairy Board"); none where two such were named.
   */
  private bodyBefore(kind: string, position: number): Organization | undefined {
    let bodies = this.bodies.get(kind);
    if (!bodies) {
      // ("Capitec Bank reported ... Capitec's ratio": a lender's mention may say "Bank" where its canonical
      // name drops it.)
      // ("the zoo said": a zoo or a park the tagger read as a place is the body too.)
      // (Read once per kind and article: the bodies are cached below.)
      const named = VENUE_KINDS.has(kind)
        ? [...this.organizations, ...this.venuesOf(kind)].sort((a, b) => a.end - b.end)
        : this.organizations;
      // ("Minerals Council South Africa ... the Minerals Council ... The council estimates": a mention that
      // says the kind, where the canonical name ends in a country.)
      let mentions = named.filter(
        (o) => bodyOfKind(o.name, kind) || bodyOfKind(this.text.slice(o.start, o.end), kind),
      );
      // ("The bank expects" in a story about Capitec that quotes the Reserve Bank: a central bank is "the
      // central bank" where a lender is named too.)
      // (Nor is the World Bank or a development bank a lender's "the bank".)
      const lender = (o: Organization) => !CENTRAL_BANK_NAME.test(o.name) && !POLICY_BANK_NAME.test(o.name);
      if (kind === "bank" && mentions.some(lender)) mentions = mentions.filter(lender);
      bodies = onlyBeforeOf(mentions);
      this.bodies.set(kind, bodies);
    }
    return onlyBefore(bodies, position);
  }

  /** The mentions of places named as a body of that kind: "Taronga Zoo ..., the zoo said". */
  private venuesOf(kind: string): Organization[] {
    return this.entities
      .filter((e) => e.type === VENUE_KINDS.get(kind) && e.name.split(" ").pop()?.toLowerCase() === kind)
      .flatMap((e) => e.mentions.map((m) => bodyMention(this.text, e, m)));
  }

  /** Whether an organization whose name matches was named before a position. */
  private namedBefore(name: RegExp, position: number): boolean {
    return this.organizations.some((o) => o.end <= position && name.test(o.name));
  }

  /** The last person named before a position: "He" -> "Blinken". */
  private before(position: number, gender?: Gender): Person | undefined {
    const k = firstAtOrAfter(this.people, position + 1, (p) => p.end);
    // ("... a question from Ms Al Sharhan. He said": "he" passes over a woman the text called so.)
    for (let j = k - 1; gender && j >= Math.max(0, k - GENDERED_REACH); j--) {
      const p = this.people[j];
      const known = p?.entityId ? this.genders.get(p.entityId) : undefined;
      if (known !== undefined && known !== gender) continue;
      return p;
    }
    return this.people[k - 1];
  }
}

/** "The Bengaluru-based company", "the Sao Paulo-based lender": the place a body is said to be based in. */
const BASED_IN = /(\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)?)-based\b/u;
const BASED_IN_ALL = new RegExp(BASED_IN.source, "gu");

/** Mentions in text order, with the index of the first that names another entity than the first. */
interface OnlyBefore {
  mentions: Organization[];
  second: number;
}

/** Adds an item to the list of its key. */
function pushTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** The mentions (in text order) with where a second entity first appears among them. */
function onlyBeforeOf(mentions: Organization[]): OnlyBefore {
  const second = mentions.findIndex((o) => o.entityId !== mentions[0]?.entityId);
  return { mentions, second: second < 0 ? mentions.length : second };
}

/** The latest of the mentions that end by a position, where all of those name one entity. */
function onlyBefore(list: OnlyBefore | undefined, position: number): Organization | undefined {
  const k = list ? firstAtOrAfter(list.mentions, position + 1, (o) => o.end) : 0;
  return list && k > 0 && k <= list.second ? list.mentions[k - 1] : undefined;
}
/** Characters between a place's "-based" and the company it describes, at most. */
const BASED_REACH = 40;
/** Words describing a kind that no company's name is told by: "the listed company", "the largest group". */
const UNNAMING_WORDS: ReadonlySet<string> = new Set([
  "listed",
  "largest",
  "biggest",
  "smaller",
  "larger",
  "local",
  "national",
  "global",
  "private",
  "public",
  "family",
  "parent",
  "holding",
  "company",
  "group",
  "firm",
]);

/**
 * The organization's name says it is a body of that kind: its head is the kind, last or before "of"
 * ("Kenya Dairy Board", "Central Bank of Kenya", "Ministry of Finance"), and it holds the words that
 * describe it ("the interior ministry": "Ministry of Interior"; "national" or "state" say nothing of a
 * name); a central bank by the words of one ("Reserve Bank of India", "Bank of Ghana"); a trade group
 * by a word of one ("Retail Association", "Chamber of Mines").
 */
function bodyOfKind(name: string, described: string): boolean {
  if (described === LOBBY) return LOBBY_NAME.test(name);
  if (described === "central bank") return CENTRAL_BANK_NAME.test(name);
  const wide = described.startsWith(WIDE);
  const words = name.toLowerCase().split(" ");
  // ("League chairman Patrick Kauta": a kind's word alone, a title's part the tagger took, names no body.)
  if (words.length === 1 && words[0] === described) return false;
  const describing = (wide ? described.slice(WIDE.length) : described).split(" ");
  const kind = describing.pop() ?? "";
  // ("Port of Dover", "General Authority for Competition": the kind may head the name before "of" or "for".)
  const of = words.findIndex((w) => w === "of" || w === "for");
  const named = wide && (KIND_NAMES.get(kind)?.test(name) ?? false);
  if (!named && words[words.length - 1] !== kind && !(of > 0 && words[of - 1] === kind)) return false;
  return describing.every((w) => GENERIC_DESCRIBERS.has(w) || words.includes(w));
}

/**
 * Kinds of body the tagger may read as another type, by that type: places ("Taronga Zoo", "Ocean Park",
 * "the Two Oceans Aquarium"), or competitions ("the Premier League", "Saudi Pro League" typed MISC).
 */
const VENUE_KINDS: ReadonlyMap<string, Entity["type"]> = new Map([
  ["zoo", "LOCATION"],
  ["park", "LOCATION"],
  ["aquarium", "LOCATION"],
  ["league", "MISC"],
]);

/**
 * Names of a facility that speaks for the body running it: "Heathrow Airport", "Aga Khan University
 * Hospital", "the Port of Brisbane".
 */
const FACILITY_NAME = /\b(?:Airport|Airports|Port|Hospital|University|Zoo|Aquarium|Museum)$|^Port of\b/;

/** Government bodies a story may call "the agency" though their names do not say so. */
const GOVERNMENT_BODY = /\b(?:Department|Ministry|Office)\b/;

/** Marks a kind looked up by the other words a body's name may say it with (KIND_NAMES). */
const WIDE = "wide:";

/**
 * Kinds a body's name says by other words: "the regulator", "the watchdog" (the Competition Commission,
 * the Financial Conduct Authority), "the agency" (the Food and Drug Administration).
 */
const KIND_NAMES: ReadonlyMap<string, RegExp> = new Map([
  // ("the Information Commissioner's Office": a commissioner's office regulates.)
  // ("the Kenya Copyright Board ... the regulator said": a statutory board regulates too.)
  ["regulator", /\b(?:Commission|Commissioner|Authority|Regulator|Regulatory|Ombudsman|Tribunal|Board)\b/],
  [
    "watchdog",
    /\b(?:Commission|Commissioner|Authority|Regulator|Regulatory|Ombudsman|Tribunal|Auditor|Board)\b/,
  ],
  // ("the agency said" after the Enforcement Directorate.)
  // ("the agency said" after Statistics Canada or Stats NZ: a statistics office.)
  // ("the agency said" after the Philippine Coast Guard.)
  ["agency", /\b(?:Agency|Administration|Authority|Bureau|Service|Directorate|Statistics|Stats|Guard)\b/],
  // ("The association said" after the British Retail Consortium or an industry federation.)
  ["association", /\b(?:Association|Federation|Confederation|Chamber|Consortium|Council|Guild)\b/],
  ["federation", /\b(?:Federation|Confederation|Association)\b/],
]);

/**
 * A public body the article names by its description only ("..., the agriculture ministry said", "the
 * national statistics institute said", "the Ganzhou municipal fruit industry bureau said"): the description,
 * without "the", where it says which body with a word beyond its kind that is not generic; undefined else.
 */
function describedOnly(
  written: string,
  words: readonly string[],
  position: number,
): Organization | undefined {
  const kind = words[words.length - 1] ?? "";
  const describers = words.slice(0, -1);
  if (!DESCRIBED_ONLY_KINDS.has(kind) || !describers.some((w) => !GENERIC_DESCRIBERS.has(w)))
    return undefined;
  // ("the ratings agency", "the Tokyo-based agency", "the head of its waterways authority": a company's
  // kind, a description of where, or a person.)
  if (describers.some((w) => NOT_PUBLIC.has(w)) || /-(?:based|owned|listed)\b|\bof\b/.test(written))
    return undefined;
  const name = written.replace(/^the\s+/i, "");
  return { name, mentions: 1, opens: false, start: position, end: position + written.length };
}

/** Describing words of a company's kind, not a public body's: "the ratings agency", "the credit bureau". */
const NOT_PUBLIC = new Set(["rating", "ratings", "credit", "upstream", "downstream", "advertising", "news"]);

/** Kinds of public body a description alone may name: "the agriculture ministry" (not "the security guard"). */
const DESCRIBED_ONLY_KINDS = new Set([
  "ministry",
  "bureau",
  "institute",
  "department",
  "agency",
  "authority",
  "commission",
  "council",
  "directorate",
  "regulator",
  "secretariat",
  "administration",
]);

/** Words before a kind that say nothing of the body's name: "the state agency", "the new authority". */
const GENERIC_DESCRIBERS = new Set([
  "national",
  "state",
  "federal",
  "local",
  "regional",
  "new",
  "government",
]);

/** "the trade group said", "the industry body": an association, whichever word the article uses for it. */
const LOBBY = "trade group";
const LOBBY_WORDS = new Set(["trade", "industry", "lobby", "business", "employers"]);
const LOBBY_NAME = /\b(?:Association|Federation|Council|Chamber|Confederation|Alliance|Forum|Institute)\b/;

/** Banks of governments and of the world that lend no customer: "World Bank", "African Development Bank". */
const POLICY_BANK_NAME =
  /\b(?:World Bank|Development Bank|Investment Bank|Settlements|Export-Import Bank|Exim Bank)\b/;

/**
 * A central bank's name, whatever words it uses: "Reserve Bank of India", "Bank of Ghana", "Bank Negara
 * Malaysia", "Bangko Sentral ng Pilipinas", "Bank Al-Maghrib", "the Monetary Authority of Singapore".
 */
const CENTRAL_BANK_NAME =
  /\b(?:Central|Reserve|National|State|People's) Bank\b|^Bank of\b|^Banco Central\b|^Bank (?:Negara|Indonesia|Al-Maghrib)\b|^Bangko Sentral\b|\bBundesbank\b|\bRiksbank\b|^Norges Bank\b|\bMonetary Authority\b|^Federal Reserve\b/;

/**
 * Words that name a public body, a regulator, a court, a government, a union or a market in an
 * organization's name: no story calls one of those "the company", "the firm" or "the group" (nor a
 * competition or conduct authority: "the Competition and Markets Authority").
 */
const PUBLIC_BODY =
  /\b(?:Ministry|Department|Commission(?:ers)?|Agency|Court|Tribunal|Ombudsman|Parliament|Senate|Congress|Bureau|Directorate|Secretariat|Regulator|Regulatory|Competition|Conduct|Supervisory|Prudential|Police|Customs|Exchange|Bourse|Borsa|Bursa|Bolsa|Statistics|Statistical|(?:Meteorological|Weather|Revenue|Civil|Immigration|Prisons?|Health) Service|Office (?:of|for)|Government|(?:Air|Armed|Defence|Defense) Forces?|Army|Navy)\b|\bUnion$/;

/** A public authority's name: "Dubai Electricity and Water Authority", "Lagos State Lotteries and Gaming Authority". */
const AUTHORITY = /\bAuthority\b/;

/** Kinds of company a public authority may be called: "the utility said" (Dewa), "the operator said". */
const AUTHORITY_KINDS = new Set(["utility", "operator", "developer", "company", "enterprise"]);

/** Words before a name that make it a listener or a reader, not a body that speaks: "told Reuters", "seen by Bloomberg". */
const LISTENER_BEFORE =
  /\b(?:told|(?:seen|reviewed|obtained|polled|surveyed) by|(?:statement|filing|disclosure)s? (?:to|with)(?: the)?)\s+$/;
/**
 * Words before a name that make it the speaker's own part or its owner, never "It" or "the company": "at
 * its Padini Concept Store and Brands Outlet chains", "majority-owned by Heineken", "a unit of Tata Sons".
 */
const OWNER_OR_PART_BEFORE =
  /\b(?:[Ii]ts|[Tt]heir)(?:\s+\p{Lu}[\p{L}&'.-]*){0,4}(?:\s+(?:and|&))?\s+$|\b(?:(?:majority|wholly|partly|jointly|state)[- ])?owned by\s+$|\b(?:controlled by|(?:unit|subsidiary|division|arm) of)\s+$/u;
/** Characters before a mention that may say it is a part or an owner: "its Padini Concept Store and ". */
const PART_REACH = 48;
/**
 * Words before a backer's or a lender's name, never "It" or "the company": "a Series B round led by
 * Fireside Ventures", "with a $14 million loan from Afreximbank".
 */
const BACKER_BEFORE =
  /\b(?:(?:led|backed|funded|financed|underwritten) by|(?:loans?|funding|financing|grants?|credit) from)\s+$/;
/** "data compiled by ": the words before a data provider's name. */
const COMPILER_BEFORE = /\bcompiled by\s+$/;
/** Characters before a mention that may say it is a listener: "in a filing with the ". */
const LISTENER_REACH = 24;

/** A name's hyphenated modifier: "Gokongwei-led", "JSE-listed", "state-owned". */
const GLUED_COMPOUND = /^-(?:led|listed|based|backed|owned|run|controlled|headquartered|registered)\b/;

/** Characters a mention may start before the attribution it overlaps. */
const MENTION_REACH = 200;
/** A mention with its entity. */
type Placed = { e: Entity; m: Entity["mentions"][number] };

/**
 * The entity an attribution names. "ECB President Christine Lagarde" overlaps two entities: the name is
 * the one that ends the phrase (a person before an organization at the same end), not the title's
 * organization. An attribution that is only a place ("London said") is no speaker.
 */
function link(
  text: string,
  a: Attribution,
  mentions: readonly Placed[],
): { name: string; entityId?: string } | undefined {
  let best: { name: string; entityId: string; end: number; rank: number } | undefined;
  let place = false;
  let bodyName: string | undefined;
  // Only the mentions that start near the attribution (`mentions` sorted by start): an article of many
  // attributions stays linear.
  for (
    let k = firstAtOrAfter(mentions, a.start - MENTION_REACH, (x) => x.m.start);
    k < mentions.length;
    k++
  ) {
    const item = mentions[k];
    if (!item || item.m.start >= a.end) break;
    const { e, m } = item;
    if (!(m.start < a.end && m.end > a.start)) continue;
    // "Razia Khan of Standard Chartered said": the person, not where they work.
    if (e.type === "PERSON" && m.end < a.end && /^ of\b/.test(text.slice(m.end, m.end + 4)))
      return { name: e.name, entityId: e.id };
    // (A place the word lists do not know as a country may be a source the tagger took for a place:
    // "according to data from Statista", "according to the Cour des Comptes".)
    if (e.type === "LOCATION") {
      const covers = m.start <= a.start && m.end >= a.end;
      // ("according to Dubai's Department of Economy", "data from Africa: The Big Deal": a place that
      // opens a longer name is no source.)
      const opensName = /^(?:['’]s\b|:)/.test(text.slice(a.end, a.end + 2));
      // ("according to the Nuevo Leon tourism department", "the Shanghai port authority": the place's body
      // speaks, by its name as written; "the Kano State chapter of": no one.)
      const body = covers ? PLACE_BODY_AFTER.exec(text.slice(a.end, a.end + PLACE_BODY_REACH)) : null;
      if (body) {
        if (!BODY_PARTS.has(body[1] ?? "")) bodyName = text.slice(a.start, a.end + body[0].length);
        place = true;
        continue;
      }
      // ("..., Heathrow Airport said": a facility's name speaks for the body that runs it.)
      const facility = covers && FACILITY_NAME.test(e.name);
      if (covers && e.countryCode === undefined && (sourceLed(text, a.start) || facility) && !opensName) {
        if (!best) best = { name: e.name, entityId: e.id, end: m.end, rank: 0 };
      } else if (covers) place = true;
      continue;
    }
    if (e.type !== "PERSON" && e.type !== "ORGANIZATION") continue;
    const rank = e.type === "PERSON" ? 1 : 0;
    if (!best || m.end > best.end || (m.end === best.end && rank > best.rank))
      best = { name: e.name, entityId: e.id, end: m.end, rank };
  }
  if (best) return { name: best.name, entityId: best.entityId };
  if (bodyName) return { name: bodyName };
  const name = text.slice(a.start, a.end);
  // ("according to French customs data": a people's adjective names no one; "Rival Gatwick said": a
  // company's descriptor makes a place's name the company's.)
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, a.start - DESCRIPTOR_CHARACTERS), a.start));
  const described = SOURCE_DESCRIPTORS.has((before?.[1] ?? "").toLowerCase());
  if ((place && !described) || COUNTRY_NAMES.has(name.toLowerCase()) || DEMONYM_WORDS.has(name.toLowerCase()))
    return undefined;
  // "Insurers say premiums will rise", "Analysts expect": a plural that opens the sentence, which no
  // entity names, is a kind of source, not a named one.
  // ("Moneyfacts data showed": a name before its data is named, whatever its ending.)
  if (
    /^\p{Lu}\p{Ll}+s$/u.test(name) &&
    /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, a.start - 4), a.start)) &&
    !DATA_AFTER.test(text.slice(a.end, a.end + DATA_AFTER_CHARACTERS))
  )
    return undefined;
  return { name };
}

/** A body of a place named after it in lower case: "Nuevo Leon tourism department", "Kano State chapter". */
const PLACE_BODY_AFTER = new RegExp(
  String.raw`^\s+(?:[a-z]+\s+){0,2}(${[...PLACE_BODY_WORDS, ...PLACE_BODY_PART_WORDS].join("|")})\b`,
);
const BODY_PARTS: ReadonlySet<string> = new Set(PLACE_BODY_PART_WORDS);
/** Characters after a place its body's words are read in. */
const PLACE_BODY_REACH = 40;

/** A data noun right after a name: "Moneyfacts data", "Rightmove figures". */
const DATA_AFTER = /^\s+(?:data|figures|statistics|numbers)\b/i;
const DATA_AFTER_CHARACTERS = 12;

/** "according to (the)", "data from (the)" right before `start`: what follows is named as a source. */
function sourceLed(text: string, start: number): boolean {
  return /\b(?:according to|data from|figures from)(?: the)?\s+$/i.test(
    text.slice(Math.max(0, start - 24), start),
  );
}

/** Characters back from a speaker's name its descriptor may take: "Steelmaker ". */
const DESCRIPTOR_CHARACTERS = 20;

/** Titles a speaker is named by alone: "The President said", "the Governor told reporters". */
const BARE_TITLES = new RegExp(
  `^(?:(?:the|its|their)\\s+)?(?:${[...LOWER_TITLES, ...LOWER_TWO_WORD_TITLES, "CS", "PS"].join("|")}|(?:${[...HYPHENATED_OFFICES].join("|")})-general)$`,
  "i",
);

/** `written`, at `position`, is a title written whole after "The" opening its sentence. */
function titleAfterThe(text: string, written: string, position: number): boolean {
  const title = written.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  return (
    TITLE_WORDS.has(title) && TITLE_LEAD.test(text.slice(Math.max(0, position - TITLE_LEAD_REACH), position))
  );
}

/** One-word titles a title written whole may end in: "The Agriculture and Food Security Minister". */
const TITLE_WORDS: ReadonlySet<string> = new Set([...LOWER_TITLES].filter((title) => !title.includes(" ")));
/** "The" opening a sentence, then capitalized words (and "and"), right before a title's name. */
const TITLE_LEAD = /(?:^|[.!?]["”’]?\s+|\n\s*)The\s+(?:(?:\p{Lu}[\p{L}'’-]*|and|of|for)\s+)*$/u;
/** Characters before a title its lead is looked for in. */
const TITLE_LEAD_REACH = 80;
/** Characters back to the person a title introduced so names: a sentence or two. */
const TITLE_BACK_REACH = 400;

/** Titles written short: "The CS said" after "Cabinet Secretary John Mbadi". */
const TITLE_SHORT_FORMS: Readonly<Record<string, string>> = {
  cs: "cabinet secretary",
  ps: "principal secretary",
};

/** Titles a story may give a role it wrote another way: "the judge" for "Justice Lucy Njuguna". */
const TITLE_ALTERNATIVES: Readonly<Record<string, readonly string[]>> = {
  judge: ["judge", "justice"],
};

/** Offices that are also institutions: "the Auditor-General". */
const OFFICES = /-general$/i;

/** A role as looked up: lower-cased, without a leading "the". */
function roleKey(role: string): string {
  return role
    .trim()
    .replace(/^the\s+/i, "")
    .toLowerCase();
}

/** The attribution's name is a title alone. */
function isBareTitle(name: string): boolean {
  return BARE_TITLES.test(name.trim());
}
