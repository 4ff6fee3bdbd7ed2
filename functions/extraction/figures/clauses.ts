/** Sentences and clauses on tokens: the scopes that periods and speakers attach within. */
import type { Sentence } from "../text/sentences.ts";
import {
  ASIDE_SAYING_VERBS,
  AUXILIARIES,
  DISCOURSE_WORDS,
  SUBJECT_ASIDE_OPENERS,
  SUBJECT_LEADS,
} from "./data/subject-words.ts";
import { CHANGE_VERB } from "./lexicon.ts";
import type { Token } from "./tokenize.ts";

/** Words that open a new clause after a comma: "..., and in the first three quarters of 2022, ...". */
const CLAUSE_OPENERS = new Set([
  "and",
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "which",
  "who",
  "whose",
  "where",
  "yet",
  "so",
  "whilst",
]);

/** Words that open a relative clause, which the next comma closes. */
export const RELATIVES: ReadonlySet<string> = new Set(["which", "who", "whose", "where"]);
/** Pronouns that open a relative clause whose verb follows them: "which absorbs", "who land", "that owns". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "that", "who"]);

export interface Scopes {
  /** Index of the sentence of each token, -1 outside every sentence. */
  sentence: Int32Array;
  /** First token of the clause of each token. */
  clause: Int32Array;
  /** Token after the clause of each token. */
  clauseEnd: Int32Array;
  /** Token ranges of sentences, [first, last) by sentence index. */
  sentenceTokens: Array<[number, number]>;
  /**
   * For each token of a clause that goes on after a relative clause set off by commas, the first token of
   * the clause it interrupted ("Revenue in the first quarter" of "Revenue in the first quarter, which
   * ended Aug. 31, declined 4%"); -1 elsewhere.
   */
  resumed: Int32Array;
}

/** How far a participle apposition may run before its closing comma, in tokens. */
const MAX_APPOSITION_TOKENS = 12;

const SURVEYING = new Set(["conducted", "carried", "fielded", "polled", "surveyed"]);

/** Words of an approximate amount between a verb and its figure: "averaged about $830". */
const APPROXIMATING = new Set([
  "about",
  "around",
  "some",
  "nearly",
  "almost",
  "roughly",
  "just",
  "over",
  "under",
]);

/** ", approved in April,": a past participle after a comma whose phrase a comma closes soon after. */
function participleApposition(tokens: readonly Token[], i: number, sentence: Int32Array): boolean {
  const tok = tokens[i];
  // "The survey, conducted between Oct. 2 and Oct. 6, put support at 44%": when a survey was done is when
  // its figures hold, so its phrase stays in the clause.
  if (tok?.kind !== "word" || !/^[a-z]{3,}ed$/.test(tok.text) || SURVEYING.has(tok.norm)) return false;
  if (subjectAsideOpen(tokens, i - 1) >= 0) return false;
  // "Chip volume, a measure of betting, jumped 37 per cent, while ...": a verb of change before its
  // figure is the clause's verb after an apposition.
  if (CHANGE_VERB.has(tok.norm) && ["num", "sym"].includes(tokens[i + 1]?.kind ?? "")) return false;
  // ("Pulp prices, a key driver, averaged $830 a tonne, up from $905": so is any past tense right before
  // its amount, or "about" and its amount.)
  const amountAt = APPROXIMATING.has(tokens[i + 1]?.norm ?? "") ? i + 2 : i + 1;
  if (["num", "sym"].includes(tokens[amountAt]?.kind ?? "")) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + MAX_APPOSITION_TOKENS); k++) {
    if (sentence[k] !== sentence[i]) return false;
    // ("Green burials, with no service held, accounted for 14% of funerals, up from 3%": the clause's own
    // verb after an aside, whose closing comma opens a figure's trailing phrase, not the main verb.)
    // (", compared to a net loss of $139.5 million, or $3.66 per diluted share, in the same period": nor
    // one whose amount a restatement goes on with.)
    if (tokens[k]?.norm === ",")
      return !TRAILING_OPENERS.has(tokens[k + 1]?.norm ?? "") && !restated(tokens, k);
  }
  return false;
}

/** Words after a comma that go on with the figure before, no main verb: ", up from 3%", ", down 2%". */
const TRAILING_OPENERS = new Set(["up", "down"]);

/** The comma at `k` opens a restatement of the amount before it: ", or $3.66 per diluted share". */
function restated(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.norm === "or" && ["num", "sym"].includes(tokens[k + 2]?.kind ?? "");
}

const SUBJECT_ASIDE_OPENER = new Set(SUBJECT_ASIDE_OPENERS);
const ASIDE_SAYING = new Set(ASIDE_SAYING_VERBS);
const SUBJECT_LEAD = new Set(SUBJECT_LEADS);
/** Tokens an aside about the subject may run, at most, and the subject before it. */
const SUBJECT_ASIDE_TOKENS = 20;
const SUBJECT_TOKENS = 8;

/**
 * Where the aside about the sentence's subject that the comma at `comma` closes opens (its opening
 * comma), or -1: a relative clause or an apposition ("Meatco, which operates two abattoirs, returned",
 * "Meatco, the abattoir operator, returned to profit in 2025, posting ..."). A past form right after such a
 * comma is the main verb, not a participle of an aside of its own ("The contract, approved in April, will
 * cost"). The subject before the aside is a few words with no figure; an apposition holds no verb.
 */
export function subjectAsideOpen(tokens: readonly Token[], comma: number): number {
  let open = comma - 1;
  while (open > 0 && comma - open <= SUBJECT_ASIDE_TOKENS && tokens[open]?.norm !== ",") {
    const norm = tokens[open]?.norm ?? "";
    if (norm === "." || norm === ";" || norm === ":" || ASIDE_SAYING.has(norm)) return -1;
    open--;
  }
  const opener = tokens[open + 1]?.norm ?? "";
  if (tokens[open]?.norm !== "," || !SUBJECT_ASIDE_OPENER.has(opener)) return -1;
  // ("According to Drap, the company had distributed about 95,000 bottles, priced at Rs185": a clause.)
  if (!RELATIVES.has(opener))
    for (let k = open + 2; k < comma; k++) if (AUXILIARIES.has(tokens[k]?.norm ?? "")) return -1;
  for (let k = open - 1; k >= Math.max(0, open - SUBJECT_TOKENS); k--) {
    const tok = tokens[k];
    // ("Meanwhile, the campaign, revived last week, had raised": an adverb is no subject.)
    if (!tok || tok.kind === "num" || tok.norm === "," || DISCOURSE_WORDS.has(tok.norm)) return -1;
    if (tok.lineStart || k === 0 || tokens[k - 1]?.norm === ".")
      return SUBJECT_LEAD.has(tok.norm) ? -1 : open;
  }
  return -1;
}

/** A comma or a number other than a year stands among tokens [from, to): more than a subject's words. */
function beyondSubjectWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const tok = tokens[k];
    if (tok?.norm === "," || (tok?.kind === "num" && !/^(?:19|20)\d\d$/.test(tok.text))) return true;
  }
  return false;
}

/** `sentences` must be sorted by start. */
export function scopesOf(tokens: readonly Token[], sentences: readonly Sentence[]): Scopes {
  const n = tokens.length;
  const sentence = new Int32Array(n).fill(-1);
  const clause = new Int32Array(n);
  const sorted = sentences;
  const sentenceTokens: Array<[number, number]> = sorted.map(() => [0, 0]);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    while (s < sorted.length && (sorted[s]?.end ?? 0) <= tok.start) s++;
    const cur = sorted[s];
    if (cur && cur.start <= tok.start && tok.start < cur.end) {
      sentence[i] = s;
      const range = sentenceTokens[s];
      if (range) {
        if (range[1] === 0 && range[0] === 0) range[0] = i;
        range[1] = i + 1;
      }
    }
  }
  const resumed = new Int32Array(n).fill(-1);
  let start = 0;
  // Inside ", which ... ,", ", who ... ," or ", whose ... ,": the next comma closes the relative clause ("The district,
  // which serves about 2,300 students, adopted the schedule in 2022": 2022 is not the 2,300's).
  let relative = false;
  // Where the clause a relative clause interrupts starts, while inside that relative clause (-1 if none).
  let interrupted = -1;
  let relativeOpen = -1;
  let resumes = -1;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i];
    const prev = tokens[i - 1];
    if (i === 0 || sentence[i] !== sentence[i - 1] || (prev && (prev.norm === ";" || prev.norm === "—"))) {
      start = i;
      relative = false;
      interrupted = resumes = -1;
    } else if (tok && prev?.norm === "," && CLAUSE_OPENERS.has(tok.norm)) {
      relative = RELATIVES.has(tok.norm);
      interrupted = relative ? start : -1;
      relativeOpen = i - 1;
      resumes = -1;
      start = i;
    } else if (relative && prev?.norm === ",") {
      // (The comma that closes a relative clause opens the main clause's verb, no participle's phrase: "Its
      // segment, which includes Canada, posted revenue of $742 million, up 5.8%".)
      start = i;
      relative = false;
      // (Only a subject's words, with no figure: "as housing costs, which carry a 40 per cent weight, rose"
      // after "slowed to 2.8 per cent in October from 3.3 per cent in September" takes no September.)
      resumes = interrupted >= 0 && !beyondSubjectWords(tokens, interrupted, relativeOpen) ? interrupted : -1;
      interrupted = -1;
    } else if (tok && prev?.norm === "," && participleApposition(tokens, i, sentence)) {
      // "The contract, approved in April, will cost $1.5 billion": April is not the cost's.
      start = i;
      relative = true;
      interrupted = resumes = -1;
    }
    clause[i] = start;
    resumed[i] = resumes;
  }
  const clauseEnd = new Int32Array(n);
  let end = n;
  for (let i = n - 1; i >= 0; i--) {
    if (i + 1 < n && clause[i + 1] !== clause[i]) end = i + 1;
    clauseEnd[i] = end;
  }
  return { sentence, clause, clauseEnd, sentenceTokens, resumed };
}
