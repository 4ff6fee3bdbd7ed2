/** How the text bounds a figure: "more than $5", "500 or more", "an estimated $4 billion", "not exceed". */
import { UP_VERBS } from "./data/changes.ts";
import { RANGING_VERBS } from "./data/subject-words.ts";
import type { PreviousFigure } from "./figure-links.ts";
import type { RawFigure } from "./find.ts";
import { QUALIFIER_AFTER, QUALIFIER_BEFORE } from "./lexicon.ts";
import type { Token } from "./tokenize.ts";
import type { Qualifier } from "./types.ts";

export interface QualifierReading {
  qualifier: Qualifier;
  /** The words that gave the qualifier ("more than", "exceeded"). */
  text?: string;
  /** First token of the figure with its qualifier when the qualifier comes before it ("more than $5"). */
  start: number;
  /** The qualifier comes before the figure. */
  before: boolean;
}

const UP_VERB: ReadonlySet<string> = new Set(UP_VERBS);
const PASSING = new Set(["passed", "passes", "pass", "approved", "approves"]);
/** What a network passes: "passed 1.1 million premises", "passes 10 million homes". */
const PASSED_PLACES = new Set(["premises", "homes", "households", "buildings", "businesses"]);
/** Bodies that pass bills: "the Senate passes $4.2 billion bond". */
const LEGISLATURES = new Set([
  "house",
  "senate",
  "assembly",
  "parliament",
  "congress",
  "council",
  "legislature",
  "lawmakers",
  "legislators",
  "committee",
  "board",
  "voters",
  "cabinet",
  "lords",
  "commons",
  "mps",
]);
/** Verbs whose particle is "over": "handed over 38,000 homes" hands them, no more than that. */
const OVER_PARTICLE_VERBS = new Set([
  "hand",
  "hands",
  "handed",
  "handing",
  "signed",
  "signs",
  "turned",
  "turns",
]);

/** Words before "over" meaning "about": disputes, talks and worries. */
const DISPUTING = new Set([
  "clash",
  "clashed",
  "clashes",
  "argue",
  "argued",
  "argues",
  "haggle",
  "haggled",
  "strike",
  "struck",
  "row",
  "dispute",
  "disputes",
  "fight",
  "fought",
  "talks",
  "protest",
  "protested",
  "concern",
  "concerns",
  "worries",
  "lawsuit",
  "sued",
  "deadlock",
  "standoff",
  "feud",
]);
/**
 * Acts of justice whose "over" a few words on names the case, not a bound: "EFCC arraigns ex-director over
 * N8.4bn contract fraud", "was jailed over $1.24m in bribes", "drivers down tools in Lagos over N1,000 fuel".
 */
const JUSTICE_ACTS = new Set([
  "arraign",
  "arraigns",
  "arraigned",
  "charged",
  "jailed",
  "arrested",
  "detained",
  "convicted",
  "sentenced",
  "indicted",
  "prosecuted",
  "probe",
  "probes",
  "probed",
  "quizzed",
  "investigated",
  "tools",
]);
/** Words back from "over" a justice act may stand: "arraigns ex-ministry director over". */
const JUSTICE_REACH = 6;
/** Units of a prison term between a justice act and "over": "jailed for 10 years over". */
const SENTENCE_TERMS = new Set(["years", "months", "weeks", "days", "year", "month"]);
const NOT_BEFORE_TOP = new Set(["the", "a", "its", "their", "his", "her", "our", "of", "in", "'s", "’s"]);

export function readQualifier(text: string, tokens: readonly Token[], raw: RawFigure): QualifierReading {
  const reading: QualifierReading = { qualifier: "exact", start: raw.first, before: false };
  let before = QUALIFIER_BEFORE.backward(tokens, raw.first);
  // "roughly a 40% chance", "about a 72 percent chance": an article may stand between (the figure and
  // its article still open the phrase).
  // (Only a percentage: "talks about a 300 billion naira bond", "built around a 54" are topics.)
  if (!before && raw.kind === "PERCENT" && ["a", "an"].includes(tokens[raw.first - 1]?.norm ?? "")) {
    const past = QUALIFIER_BEFORE.backward(tokens, raw.first - 1);
    const a = tokens[past?.start ?? -1];
    const b = tokens[(past?.end ?? 0) - 1];
    if (past && a && b && APPROXIMATING.has(a.norm))
      return { ...reading, qualifier: past.value, text: text.slice(a.start, b.end) };
  }
  // "the top 10", "its top 5": "top" bounds a figure only as a verb ("deliveries top 435,000").
  if (
    before &&
    tokens[before.start]?.norm === "top" &&
    (NOT_BEFORE_TOP.has(tokens[before.start - 1]?.norm ?? "") ||
      // "Top 5% of households own half the wealth": a sentence that opens with it ranks.
      tokens[before.start]?.text === "Top")
  )
    before = undefined;
  // "The House passed $1.2 trillion in spending": a body passes a bill, it does not exceed it.
  if (
    before &&
    PASSING.has(tokens[before.start]?.norm ?? "") &&
    LEGISLATURES.has(tokens[before.start - 1]?.norm ?? "")
  )
    before = undefined;
  // "Openreach passed 1.1 million premises": a network passes the homes it reaches, a count, no bound.
  if (before && PASSING.has(tokens[before.start]?.norm ?? "") && PASSED_PLACES.has(raw.unit ?? ""))
    before = undefined;
  // "a strike over $3 billion in unpaid wages", "Leaders argue over 2 trillion euros": "over" is "about".
  if (
    before &&
    tokens[before.start]?.norm === "over" &&
    (DISPUTING.has(tokens[before.start - 1]?.norm ?? "") ||
      OVER_PARTICLE_VERBS.has(tokens[before.start - 1]?.norm ?? "") ||
      justiceBefore(tokens, before.start))
  )
    before = undefined;
  // "edged up to 3.1%": "up" is the verb's, the figure a level.
  if (before && tokens[before.start]?.norm === "up" && UP_VERB.has(tokens[before.start - 1]?.norm ?? ""))
    before = undefined;
  let after = before ? undefined : QUALIFIER_AFTER.forward(tokens, raw.last);
  // "12 schools and more than 90 buses": "and more than" bounds the next figure, not this one.
  if (after && tokens[after.end]?.norm === "than") after = undefined;
  const q = before ?? after;
  if (q && !(after && tokens[raw.last]?.norm === "+" && tokens[raw.last]?.spaceBefore)) {
    reading.qualifier = q.value;
    const a = tokens[q.start];
    const b = tokens[q.end - 1];
    if (a && b) reading.text = text.slice(a.start, b.end);
    if (before) {
      reading.start = before.start;
      reading.before = true;
    }
    // "should not exceed $40,000", "rarely exceeds 28,000MW": a bound denied is the other bound.
    if (before && reading.qualifier === "lower_bound" && negatedAt(tokens, before.start))
      reading.qualifier = "upper_bound";
  }
  // "earnings of between $1.65 and $1.75", "rose between 6% and 8%", "fees range from AED 40,000 to AED
  // 100,000": the word that opens a range stands with it before the verb or noun that governs it.
  if (raw.high !== undefined && !reading.before) {
    const opener = tokens[reading.start - 1]?.norm;
    if (opener === "between" || (opener === "from" && RANGING.has(tokens[reading.start - 2]?.norm ?? "")))
      reading.start--;
  }
  if (reading.qualifier === "exact" && estimatedOf(tokens, reading.start)) reading.qualifier = "approximate";
  // "would cap annual rent increases at 2.5%", "limits fees to 1%": a cap set on the object is an upper bound.
  const cap = reading.qualifier === "exact" ? capBefore(tokens, raw.first) : -1;
  if (cap >= 0) {
    reading.qualifier = "upper_bound";
    reading.text = tokens[cap]?.text ?? "";
  }
  return reading;
}

/** Words that join two figures one qualifier before the first bounds: "about 120 farmers and 45 traders". */
const SHARING_LINKS = new Set(["and", "or"]);

/**
 * "an estimated 34 million goats and 21 million sheep", "more than 51,000 cases and 1,100 deaths": a
 * qualifier written before the first of two figures of a kind joined by "and" or "or" bounds the second,
 * which has none of its own.
 */
export function sharedQualifier(
  tokens: readonly Token[],
  raw: RawFigure,
  reading: QualifierReading,
  same: PreviousFigure | undefined,
): QualifierReading {
  if (
    reading.qualifier !== "exact" ||
    !same?.qualifiedBefore ||
    same.figure.kind !== raw.kind ||
    same.last !== raw.first - 1 ||
    !SHARING_LINKS.has(tokens[raw.first - 1]?.norm ?? "")
  )
    return reading;
  const shared: QualifierReading = { ...reading, qualifier: same.figure.qualifier };
  if (same.figure.qualifierText) shared.text = same.figure.qualifierText;
  return shared;
}

/** Qualifiers of an estimate that may stand before "a": "roughly a 40% chance". */
const APPROXIMATING = new Set(["about", "around", "roughly", "approximately", "nearly", "almost", "some"]);

/** Verbs before "from" that span a range: "fees range from ... to ...". */
const RANGING = new Set([...RANGING_VERBS, "ranging", "varying"]);

/** Words that deny the verb after them: "not exceed", "never topped", "rarely exceeds". */
const NEGATIONS = new Set(["not", "never", "rarely", "seldom", "n't", "’t", "hardly", "cannot"]);

/** A negation within two words before `k`. */
function negatedAt(tokens: readonly Token[], k: number): boolean {
  return NEGATIONS.has(tokens[k - 1]?.norm ?? "") || NEGATIONS.has(tokens[k - 2]?.norm ?? "");
}

/** Verbs that set a ceiling on their object: "cap rents at 3%", "limit fees to 1%". */
const CAPPING = new Set(["cap", "caps", "capped", "capping", "limit", "limits", "limited", "limiting"]);
/** Words the object of a capping verb may take before the figure. */
const CAP_REACH = 5;

/** The capping verb whose object ends right before "at"/"to" and the figure at `first`, or -1. */
function capBefore(tokens: readonly Token[], first: number): number {
  const link = tokens[first - 1]?.norm;
  if (link !== "at" && link !== "to") return -1;
  for (let k = first - 2; k >= Math.max(0, first - 2 - CAP_REACH); k--) {
    const tok = tokens[k];
    if (tok?.kind !== "word") return -1;
    if (CAPPING.has(tok.norm) && k < first - 2) return k;
  }
  return -1;
}

/**
 * "an estimated street value of £4 million", "at an estimated cost of $4 billion": the estimate's word
 * opens the noun phrase the figure is "of".
 */
function estimatedOf(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.norm !== "of") return false;
  for (let k = start - 2; k >= Math.max(0, start - 5); k--) {
    const norm = tokens[k]?.norm ?? "";
    if (norm === "estimated" && (tokens[k - 1]?.norm === "an" || tokens[k - 1]?.norm === "the")) return true;
    if (tokens[k]?.kind !== "word") return false;
  }
  return false;
}

/** A justice act stands a few words before "over" at `k`, in the same clause. */
function justiceBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - JUSTICE_REACH); j--) {
    const tok = tokens[j];
    // ("jailed for 10 years over Dh38 million": past the term of a sentence.)
    const term = tok?.kind === "num" && SENTENCE_TERMS.has(tokens[j + 1]?.norm ?? "");
    if (!tok || tok.norm === "." || tok.norm === ";" || (tok.kind === "num" && !term)) return false;
    if (JUSTICE_ACTS.has(tok.norm)) return true;
  }
  return false;
}
