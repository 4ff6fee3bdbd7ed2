import { currencyPrefixAt } from "./currency-marks.ts";
import { HELPER_VERBS } from "./data/subject-words.ts";
import { QUALIFIER_WORDS } from "./lexicon.ts";
import { isCapitalized } from "./phrases.ts";
import { trimmed } from "./subject-bounds.ts";
import type { SubjectHit } from "./subjects.ts";
import { isPastVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/**
 * Participles whose object is an amount its noun phrase holds: "teachers earning R25,000 a month",
 * "borrowers owing more than Sh50,000", "households paying 30% of their income".
 */
const HOLDING_PARTICIPLES = new Set([
  "earning",
  "owing",
  "paying",
  "receiving",
  "making",
  "charging",
  "borrowing",
  "collecting",
]);

/**
 * Participles whose holder a "with" opens: "with the motor segment contributing Rs 14.1bn", "with Lagos
 * generating N1.2 trillion", "with company income tax accounting for 45%" (not "exports to Indonesia and
 * Vietnam accounting for 40%": the phrase runs on before its "to").
 */
const WITH_PARTICIPLES = new Set(["contributing", "generating", "posting", "recording", "accounting"]);

/**
 * Participles of consumption, whose quantity its holder uses too: "households consuming up to 600kWh a
 * month", "customers using more than 100 units" (the other holding participles hold money or shares).
 */
export const CONSUMING_PARTICIPLES: ReadonlySet<string> = new Set(["consuming", "using"]);

/** A participle whose object is an amount its noun phrase holds. */
function holdingParticiple(norm: string): boolean {
  return HOLDING_PARTICIPLES.has(norm) || CONSUMING_PARTICIPLES.has(norm);
}

/** Words that close the noun phrase before such a participle from the front: "with India receiving". */
const PHRASE_OPENERS = new Set([
  ...[
    "with",
    "among",
    "for",
    "to",
    "by",
    "than",
    "that",
    "which",
    "who",
    "from",
    "on",
    "at",
    "as",
    "if",
    "of",
  ],
  ...["when", "while", ",", ";", ":", "(", "—", "–"],
]);

/** Determiners that open a noun phrase a verb takes as its object: "How can a worker earning N70,000". */
const DETERMINERS = new Set(["a", "an", "the", "each", "every", "this", "that", "those", "these"]);

/** Verbs a participle may complete, no noun phrase before it: "face paying up to $25,000". */
const CATENATIVES = new Set([
  "face",
  "faces",
  "risk",
  "risks",
  "avoid",
  "avoids",
  "keep",
  "keeps",
  "start",
  "stop",
  "continue",
]);

/** Quantifiers that name no holder alone: "with some charging 3.5pc a month", "each receiving". */
const BARE_QUANTIFIERS = new Set([
  ...["some", "many", "most", "others", "all", "few", "several", "those", "each"],
  ...["one", "them", "it", "they", "these", "who"],
]);

/** Tokens the noun phrase before the participle may hold, at most: "Many teachers and nurses in Gauteng". */
const HOLDER_TOKENS = 8;

/**
 * Who holds the amount at `qualifierStart` that a participle right before it takes as its object: the noun
 * phrase before the participle ("Many teachers and nurses earning R25,000 a month", "with India alone
 * receiving about $135 billion"). A phrase that a verb ends from the front is that verb's object, so it
 * names the holder only when a determiner opens it ("How can a worker earning N70,000 feed"; not "hit
 * families already paying 4.1 per cent more", "entered voluntary administration owing $146 million").
 */
export function participleHolder(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // ("with company income tax accounting for 45%": the participle's own "for".)
  const accounting = t[qualifierStart - 1]?.norm === "for" && t[qualifierStart - 2]?.norm === "accounting";
  const at = accounting ? qualifierStart - 2 : qualifierStart - 1;
  const participle = t[at];
  const withOnly = WITH_PARTICIPLES.has(participle?.norm ?? "");
  if (!participle || participle.text !== participle.norm || !(withOnly || holdingParticiple(participle.norm)))
    return undefined;
  if (participle.norm === "accounting" && !accounting) return undefined;
  const end = at;
  if (CATENATIVES.has(t[end - 1]?.norm ?? "")) return undefined;
  let first = end;
  let opened = true;
  while (first > clauseStart && end - first < HOLDER_TOKENS) {
    const tok = t[first - 1];
    // ("with Nigeria, Kenya, Egypt and South Africa accounting for", "the Democratic Republic of Congo":
    // a list's commas and a name's "of" stay in.)
    const listComma =
      withOnly &&
      tok?.norm === "," &&
      t[first]?.kind === "word" &&
      t.slice(first, end).some((x) => x.norm === "and");
    const nameOf = withOnly && tok?.norm === "of" && isCapitalized(t[first - 2]) && isCapitalized(t[first]);
    if (listComma || nameOf) {
      first--;
      continue;
    }
    // ("with the South African Revenue Service (SARS) collecting": past a name's acronym in parentheses.)
    if (tok?.norm === ")" && t[first - 3]?.norm === "(" && /^\p{Lu}{2,}$/u.test(t[first - 2]?.text ?? "")) {
      first -= 3;
      continue;
    }
    if (!tok || PHRASE_OPENERS.has(tok.norm)) break;
    // ("A 60-year-old couple": a number and the hyphens glued to it stay in.)
    const glued = (tok.kind === "num" || tok.norm === "-") && t[first]?.spaceBefore === false;
    // (Any "-ed" word, past tense or participle: "entered voluntary administration", "state-funded".)
    const verb = isPastVerb(tok) || (tok.text === tok.norm && /^[a-z]{3,}ed$/.test(tok.norm));
    if ((tok.kind !== "word" && !glued) || verb || VERB_WORDS.has(tok.norm)) {
      opened = false;
      break;
    }
    first--;
  }
  // A verb's object: from its determiner, or no holder.
  if (!opened) {
    let det = first;
    while (det < end && !DETERMINERS.has(t[det]?.norm ?? "")) det++;
    if (det === end) return undefined;
    first = det;
  }
  if (first === end || (end - first === 1 && BARE_QUANTIFIERS.has(t[first]?.norm ?? ""))) return undefined;
  if (withOnly && (!opened || t[first - 1]?.norm !== "with")) return undefined;
  return trimmed(t, first, end, isPeriodToken);
}

/** Tokens a held amount may take after its qualifier: "up to 600kWh a month", "more than R1 million". */
const HELD_AMOUNT_TOKENS = 8;

/**
 * Where a holding participle opens the amount that ends right before `end`, the end of a subject: the
 * "consuming" of "Households consuming up to 600kWh a month will pay", the "earning" of "Workers earning
 * less than $30,000 a year will receive". The subject is the noun phrase before it, as the one before a
 * relative clause on an amount is ("Anyone who earns more than R1 million will pay").
 */
export function heldAmountStart(t: readonly Token[], end: number, clauseStart: number): number | undefined {
  let k = end - 1;
  /** The first number back from the end: past it stand only its qualifier and currency. */
  let number: number | undefined;
  for (; k > clauseStart && end - k <= HELD_AMOUNT_TOKENS; k--) {
    const tok = t[k];
    if (!tok) return undefined;
    if (tok.kind === "num") number = k;
    else if (tok.kind === "word" && tok.text === tok.norm && holdingParticiple(tok.norm)) break;
    // (Before the number: "up to", "between 30 and", "$", "Rs", not a name's letters: "using the M50".)
    else if (number !== undefined) {
      const amountWord =
        tok.kind === "sym" ||
        QUALIFIER_WORDS.has(tok.norm) ||
        RANGE_WORDS.has(tok.norm) ||
        currencyPrefixAt(t, k);
      if (!amountWord) return undefined;
    }
    // (After it, its unit: no clause's word.)
    else if (tok.norm === "," || PHRASE_OPENERS.has(tok.norm) || VERB_WORDS.has(tok.norm)) return undefined;
  }
  const holder = t[k - 1];
  if (number === undefined || !holdingParticiple(t[k]?.norm ?? "") || holder?.kind !== "word")
    return undefined;
  // ("fined for making 96 payments worth": a participle after a preposition has no holder before it.)
  // ("those using more than 1,500kWh will pay": the pronoun, as "Anyone who earns more than R1 million".)
  const opener = PHRASE_OPENERS.has(holder.norm) || (DETERMINERS.has(holder.norm) && holder.norm !== "those");
  return opener || CATENATIVES.has(holder.norm) ? undefined : k;
}

/** Words of a range's bounds: "between 30 and 60 cubic metres", "Sh72,000 or more". */
const RANGE_WORDS = new Set(["between", "from", "and", "or", "to", "-", "–"]);

/** Helpers, modals and verbs in the present that end a noun phrase from the front. */
const VERB_WORDS = new Set([
  ...HELPER_VERBS,
  ...["said", "says", "do", "does", "did", "expect", "covers", "cover", "includes", "include", "affects"],
  ...["hits", "hit", "targets", "seeing", "see", "sees", "up", "collapses", "collapse"],
]);
