/**
 * Named sources of data and of works, before the verb that reports them: "Eurostat data showed", "data
 * from the National Bureau of Statistics showed", "A poll by Elabe published Wednesday found", "the
 * BRC-KPMG retail sales monitor showed", "The IMF's latest report said".
 */
import { MONTHS, WEEKDAYS } from "./data/periods.ts";
import {
  DATA_NOUNS,
  DATA_SERIES_NOUNS,
  DATA_VERBS,
  RELEASE_PARTICIPLES,
  SURVEY_NOUNS,
} from "./data/speech.ts";
import { ARTICLE_WORDS, CLAUSE_JOINS } from "./data/subject-words.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { firstAtOrAfter } from "./search.ts";
import { type Attribution, nameBefore, nameSearchStart } from "./speaker-names.ts";
import type { Token } from "./tokenize.ts";

const DATA_NOUN = new Set(DATA_NOUNS);
const SERIES_NOUN = new Set(DATA_SERIES_NOUNS);
const RELEASED = new Set(RELEASE_PARTICIPLES);
/** Verbs by which data report: "Ofgem figures show". */
export const SHOWING = new Set(DATA_VERBS);
/** Works a named source carries out: "A poll by Ipsos found", "a study by the LSHTM showed". */
const SURVEY_NOUN = new Set(SURVEY_NOUNS);
/** Verbs by which a survey reports: "A poll by Ipsos found 58% of voters ...". */
export const FINDING = new Set([...DATA_VERBS, "found", "finds", "suggested", "suggests"]);
/** Lower-case words that may describe a source before its name, at most. */
export const DESCRIPTOR_WORDS = 4;
/** Words of the day data came out, after their participle: "released on Wednesday", "published last week". */
const RELEASE_DAY_WORDS = new Set([
  ...["on", "in", "last", "this", "earlier", "week", "month", "today", "yesterday"],
  ...WEEKDAYS,
  ...MONTHS.map(([name]) => name),
]);
/** Tokens of a release's date, at most: "on Nov. 25". */
const RELEASE_DAY_TOKENS = 4;
/** Plain words between a named source and its series, at most: "retail sales monitor". */
const SERIES_WORDS = 2;

/**
 * Where the words before the verb at `k` end once a release's participle and date are passed: "figures
 * released on Wednesday showed" -> "figures"; `k` when there is none.
 */
export function pastRelease(t: readonly Token[], first: number, k: number): number {
  let j = k - 1;
  // ("released on Nov 25", "published on Nov. 25": a day's number and an abbreviation's point too; MONTHS
  // holds the abbreviations.)
  const dayWord = (tok: Token | undefined) =>
    RELEASE_DAY_WORDS.has(tok?.norm ?? "") ||
    tok?.norm === "." ||
    (tok?.kind === "num" && /^\d{1,2}$/.test(tok.norm));
  for (let n = 0; n < RELEASE_DAY_TOKENS && j > first && dayWord(t[j]); n++) j--;
  return j > first && RELEASED.has(t[j]?.norm ?? "") ? j : k;
}

/** Tokens of the time data cover, between them and their verb: "for the second quarter". */
const DATA_PERIOD_TOKENS = 6;
/** Words that lead to the time data cover: "data for October", "figures on the third quarter". */
const DATA_PERIOD_LEADS = new Set(["for", "on", "covering"]);

/**
 * Where the words before the verb at `k` end once the time the data cover is passed: "TransUnion data for
 * the second quarter shows" -> "data"; `k` when there is none.
 */
function pastDataPeriod(t: readonly Token[], first: number, k: number): number {
  if (DATA_NOUN.has(t[k - 1]?.norm ?? "")) return k;
  for (let j = k - 1; j > first && k - j <= DATA_PERIOD_TOKENS; j--) {
    const tok = t[j];
    if (!tok || tok.norm === "," || SHOWING.has(tok.norm)) return k;
    if (DATA_PERIOD_LEADS.has(tok.norm)) return DATA_NOUN.has(t[j - 1]?.norm ?? "") ? j : k;
  }
  return k;
}

/** "Ofgem figures show", "Stats NZ figures released on Wednesday showed": the source named before its data. */
export function namedData(t: readonly Token[], first: number, k: number): Attribution | undefined {
  const v = pastDataPeriod(t, first, pastRelease(t, first, k));
  const noun = t[v - 1]?.norm ?? "";
  if (DATA_NOUN.has(noun)) {
    const source = nameBefore(t, nameSearchStart(t, first, v - 1), v - 1);
    if (source && !source.pronoun && !describesData(t, first, v - 2, source)) return source;
    // ("UN trade data shows", "Eurostat customs data show": plain words of what the data are about.)
    let j = v - 1;
    while (j - 1 > first && v - 1 - j < DATA_MODIFIERS && isPlain(t[j - 1])) j--;
    // (An acronym, or a name of several words that does not open the sentence: not "School workforce data
    // showed", "Mortgage lending figures showed", "Union environment ministry figures show".)
    if (j < v - 1 && isCapitalized(t[j - 1])) {
      const owner = nameBefore(t, nameSearchStart(t, first, j), j);
      const words = owner
        ? t.slice(first, j).filter((x) => x.start >= owner.start && x.end <= owner.end)
        : [];
      const acronym = words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]?.text ?? "");
      const several = words.length > 1 && (owner?.start ?? 0) > (t[first]?.start ?? 0);
      if (owner && !owner.pronoun && (acronym || several)) return owner;
    }
  }
  // "the BRC-KPMG retail sales monitor showed": a named series, after a few plain words.
  if (!SERIES_NOUN.has(noun)) return undefined;
  let j = v - 1;
  while (j - 1 > first && v - 1 - j < SERIES_WORDS && isPlain(t[j - 1])) j--;
  if (!isCapitalized(t[j - 1])) return undefined;
  const source = nameBefore(t, nameSearchStart(t, first, j), j);
  return source && !source.pronoun ? source : undefined;
}

/** Plain words between a source's name and its data noun, at most: "UN trade data". */
const DATA_MODIFIERS = 2;

/** Endings of adjectives that open a sentence before a data noun: "Preliminary", "Separate", "Revised". */
const ADJECTIVE_ENDING = /(?:ary|ate|al|ed|est)$/i;

/** "Preliminary figures showed": the one capitalized word at `k`, opening the sentence, describes the data. */
function describesData(t: readonly Token[], first: number, k: number, source: Attribution): boolean {
  const word = t[k];
  return k === first && word !== undefined && source.start === word.start && ADJECTIVE_ENDING.test(word.text);
}

/** A lower-case word. */
function isPlain(tok: Token | undefined): boolean {
  return tok?.kind === "word" && tok.text === tok.norm;
}

/** "data from the NBS" before the verb at `k`: the named source of the data. */
export function dataSource(t: readonly Token[], first: number, k: number): Attribution | undefined {
  // ("A poll by Elabe published Wednesday found": past when it came out.)
  const v = pastRelease(t, first, k);
  const source = nameBefore(t, nameSearchStart(t, first, v), v);
  if (!source || source.pronoun) return undefined;
  let j = firstAtOrAfter(t, source.start, (x) => x.start) - 1;
  // "the National Bureau of Statistics": with the title word the name left out; "the Commission on Audit",
  // "the Medical and Dental Council": with the small words inside the name.
  while (
    j > first &&
    ((isCapitalized(t[j]) && t[j]?.norm !== "the") ||
      (SOURCE_NAME_LINKS.has(t[j]?.norm ?? "") && isCapitalized(t[j - 1]) && t[j - 1]?.norm !== "the"))
  )
    j--;
  const start = t[j + 1]?.start ?? source.start;
  // "data from copper commission Cochilco": past a descriptor of the source.
  for (let n = 0; n < DESCRIPTOR_WORDS && j > first && isDescriptor(t[j]); n++) j--;
  if (t[j]?.norm === "the") j--;
  const link = t[j]?.norm ?? "";
  // ("data released by the Controller General of Accounts showed": the data's participle before "by".)
  const released = link === "by" && RELEASED.has(t[j - 1]?.norm ?? "");
  const noun = (released ? t[j - 2]?.norm : t[j - 1]?.norm) ?? "";
  // "data from the NBS showed", "A poll by Ipsos found", "a survey by Gallup showed".
  const from = (link === "from" || released) && DATA_NOUN.has(noun);
  const by = (link === "by" || link === "from") && SURVEY_NOUN.has(noun);
  return from || by ? { ...source, start } : undefined;
}

/** A lower-case word of a source's descriptor: not a link or a determiner. */
function isDescriptor(tok: Token | undefined): boolean {
  return (
    tok?.kind === "word" &&
    tok.text === tok.norm &&
    !["from", "by", "the", "of", "a", "an"].includes(tok.norm)
  );
}

/**
 * Works an owner publishes: "Infrastructure Australia's latest market capacity report warned", "according
 * to its unaudited financial statements".
 */
export const OWNED_WORKS: ReadonlySet<string> = new Set([
  "report",
  "data",
  "figures",
  "survey",
  "study",
  "statement",
  "statements",
  "accounts",
  "results",
  "analysis",
  "review",
  "filing",
  "filings",
  "poll",
  "website",
  "records",
  "estimates",
  "projections",
  "prospectus",
  "findings",
  "determination",
  "audit",
  // "HUD's point-in-time count found", "the council's latest tally showed".
  "count",
  "tally",
  "index",
  "census",
  // "the ministry's statistical yearbook showed", "the bank's monthly bulletin".
  "yearbook",
  "bulletin",
  "dashboard",
]);
/**
 * Parts of an owner that speak and report for it: "EY's UK business reported", "Bayer's crop science
 * division posted", "Deloitte's Indian entities reported".
 */
const OWNED_PARTS: ReadonlySet<string> = new Set([
  "business",
  "businesses",
  "unit",
  "division",
  "arm",
  "subsidiary",
  "entities",
  "operations",
  "segment",
]);
/** Words between an owner and its work, at most: "latest market capacity". */
export const OWNED_WORK_WORDS = 5;

/** Words that may open a named work: an article, or "Another YouGov poll". */
const WORK_LEADS = new Set([...ARTICLE_WORDS, "another"]);
/** Words that set a work apart between its article and its maker: "A separate Ipsos poll". */
const APART_WORDS = new Set(["separate", "latest"]);
/** Words right after a work that open what it counted or whom it was for: "poll of 1,500", "poll for The Times". */
const WORK_LINKS = new Set(["of", "for"]);
/** Lower-case words inside a name that made a work: "Retail Council of Canada", "Bain and Company". */
const NAME_LINKS = new Set(["of", "and", "&"]);
/** Small words inside a source's name: "Commission on Audit", "Medical and Dental Council". */
const SOURCE_NAME_LINKS = new Set([...NAME_LINKS, "on", "for"]);
/** Tokens of the name before a work, at most: "Retail Council of Canada". */
const NAMED_WORK_TOKENS = 5;

/** "ONS", "NBS", "KNBS": a word of capitals. */
function isAcronymWord(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word);
}

/** Tokens of a participle phrase after a work, before its verb: "commissioned by the tobacco industry". */
const WORK_PHRASE_TOKENS = 10;

/**
 * "A KPMG report estimated", "A 2025 PwC survey found", "A KPMG report commissioned by the industry
 * estimated", "Health NZ figures show": the name written before the work it made, an article (and a year)
 * or the clause's start before it.
 */
function namedWork(t: readonly Token[], first: number, v: number): Attribution | undefined {
  let w = v - 1;
  // Past a participle phrase: "commissioned by the tobacco industry"; past what it counted: "A Leger poll
  // of 1,500 Canadians found"; whom it was for: "A YouGov poll for The Times found"; a release set off by
  // commas: "The NAB monthly business survey, released on Tuesday, showed".
  for (let k = v - 1; k > Math.max(first, v - WORK_PHRASE_TOKENS); k--) {
    const next = t[k + 1]?.text ?? "";
    const released = next === "," && RELEASED.has(t[k + 2]?.norm ?? "");
    if (
      OWNED_WORKS.has(t[k]?.norm ?? "") &&
      (/^[a-z]{3,}ed$/.test(next) || WORK_LINKS.has(next) || released)
    ) {
      w = k;
      break;
    }
  }
  if (!OWNED_WORKS.has(t[w]?.norm ?? "") || t[w]?.text !== t[w]?.norm) return undefined;
  // ("The NAB monthly business survey": plain words of what the work is about, before it.)
  let plain = w;
  while (w - plain < SERIES_WORDS && isPlain(t[plain - 1])) plain--;
  if (plain < w && isCapitalized(t[plain - 1])) w = plain;
  let s = w;
  // ("A Retail Council of Canada survey found": "of" or "and" between capitalized words of the name.)
  const nameWord = (j: number) =>
    (isCapitalized(t[j]) && !ARTICLE_WORDS.has(t[j]?.norm ?? "")) ||
    (NAME_LINKS.has(t[j]?.norm ?? "") && isCapitalized(t[j - 1]) && j + 1 < w);
  while (s - 1 >= first && w - s < NAMED_WORK_TOKENS && nameWord(s - 1)) s--;
  if (s === w || !isCapitalized(t[s])) return undefined;
  // ("A separate Ipsos poll", "the latest YouGov poll": past a word that sets the work apart.)
  const apart = APART_WORDS.has(t[s - 1]?.norm ?? "") ? s - 1 : s;
  const lead = t[apart - 1]?.kind === "num" ? apart - 2 : apart - 1;
  // ("Health NZ figures show": at the clause's start, no article, a name of two words or an acronym; not
  // "Official data showed".)
  const bare = s === first && (w - s >= 2 || isAcronymWord(t[s]?.text ?? ""));
  if (!WORK_LEADS.has(t[lead]?.norm ?? "") && !bare) return undefined;
  const name = t[w - 1];
  const start = t[s]?.start ?? 0;
  return name && { name: "", start, end: name.end, pronoun: false, at: t[v]?.start ?? start };
}

/**
 * A named owner's part ends right before the verb at `v`: "EY's UK business (reported)"; not "Its
 * cement segment (posted)", whose owner the sentence does not name.
 */
export function ownedPartBefore(t: readonly Token[], first: number, v: number): boolean {
  if (!OWNED_PARTS.has(t[v - 1]?.norm ?? "")) return false;
  const owner = ownedWork(t, first, v);
  return owner !== undefined && !owner.pronoun;
}

/** "The IMF's latest report said": the owner of the work right before the speech verb at `v`. */
export function ownedWork(t: readonly Token[], first: number, v: number): Attribution | undefined {
  const owned = t[v - 1]?.norm ?? "";
  if (!OWNED_WORKS.has(owned) && !OWNED_PARTS.has(owned)) return namedWork(t, first, v);
  let reach = OWNED_WORK_WORDS;
  for (let k = v - 2; k >= Math.max(first, v - 2 - reach); k--) {
    const tok = t[k];
    // ("HUD's point-in-time count found": a hyphen inside a word.)
    if (gluedHyphen(t, k)) {
      reach++;
      continue;
    }
    // ("The Mission's 2026 winter count found": the year of the work.)
    if (tok?.kind === "num" && /^\d{4}$/.test(tok.norm)) continue;
    if (tok?.kind !== "word") return undefined;
    // ("Its annual report showed": the organization "it" stands for; not inside a phrase, "economists in
    // its weekly Focus survey expect".)
    if (tok.norm === "its") {
      const before = t[k - 1];
      const opens =
        k === first ||
        before?.kind === "punct" ||
        before?.norm === "and" ||
        CLAUSE_JOINS.has(before?.norm ?? "");
      if (!opens) return undefined;
      return { name: "it", start: tok.start, end: tok.end, pronoun: true, at: t[v]?.start ?? tok.start };
    }
    if (/['’]s$/.test(tok.text) && isCapitalized(tok)) {
      let s = k;
      while (s - 1 >= first && isCapitalized(t[s - 1]) && t[s - 1]?.norm !== "the") s--;
      const start = t[s]?.start ?? tok.start;
      return { name: "", start, end: tok.end - 2, pronoun: false, at: t[v]?.start ?? start };
    }
    // ("Statistics South Africa's Quarterly Labour Force Survey showed": a work's title.)
    if (tok.text !== tok.norm && !isCapitalized(tok)) return undefined;
  }
  return namedWork(t, first, v);
}
