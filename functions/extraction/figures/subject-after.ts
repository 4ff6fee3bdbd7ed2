/** The subject read after money that has none before it: "$500 million in aid", "a $2 billion relief package". */

import { DEMONYM_WORDS } from "../entities/lexicon/demonyms.ts";
import { BOND_CLASSES } from "../entities/lexicon/organizations.ts";
import { MONTHS, WEEKDAYS } from "./data/periods.ts";
import {
  AUXILIARIES,
  BE_FORM_WORDS,
  DETERMINER_WORDS,
  DIRECTING_NOUNS,
  DIRECTING_VERBS,
  DISCOURSE_WORDS,
  FOLLOWING_VERBS,
  GIVING_VERBS,
  GOING_VERBS,
  HELPER_VERBS,
  IRREGULAR_PARTICIPLES,
  LEVEL_VERBS,
  NOUN_ENDS,
  NP_STOPS,
  RECIPIENT_MODIFIERS,
  SUBORDINATING,
} from "./data/subject-words.ts";
import { DIMENSION_WORDS } from "./data/units.ts";
import { CHANGE_NOUN, CHANGE_VERB, ONE, QUALIFIER_WORDS, TEN, TIME_UNIT } from "./lexicon.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { priceDenominatorAt } from "./price-units.ts";
import {
  ARTICLES,
  breaksLine,
  DANGLING_WORDS,
  measuredThingAfter,
  pastParentheses,
  phraseAfter,
  phraseEnd,
  RATE_OPENERS,
  trimmed,
} from "./subject-bounds.ts";
import { type FigureTokens, MONEY_PROJECT_NOUNS, SPAN_LIMIT, type SubjectHit } from "./subjects.ts";
import { isPastVerb, isYearToken } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Prepositions right after money: what follows is no noun the money modifies. */
const AFTER_MONEY_PREPOSITIONS = new Set([
  "over",
  "across",
  "through",
  "during",
  "within",
  "until",
  "since",
  // ("fines totalling $4.9 million against four companies".)
  "against",
  "versus",
  "vs",
  "among",
  "between",
  "under",
  "into",
  "despite",
  "amid",
  "without",
  "via",
  "toward",
  "towards",
  "after",
  "before",
  "including",
  "excluding",
  "than",
  // "an extra 90 pounds a week": a rate.
  "a",
  "an",
  "per",
  "each",
]);

/** Tokens a period written as an adjective may take: "nine-month", "first-half", "third-quarter". */
const PERIOD_ADJECTIVE_TOKENS = 4;

/** Past a period glued by a hyphen before a noun at `k` ("Dh3.2bn nine-month profit"), or `k`. */
function pastPeriodAdjective(t: readonly Token[], k: number, isPeriodToken: (k: number) => boolean): number {
  let e = k;
  let glued = false;
  while (e < k + PERIOD_ADJECTIVE_TOKENS && isPeriodToken(e)) {
    if (gluedHyphen(t, e)) glued = true;
    e++;
  }
  const noun = t[e];
  // ("unveils N4.2trn 2027 budget": a year alone before a plain noun describes it too.)
  const year = e === k + 1 && isYearToken(t[k]);
  return (glued || year) && noun?.kind === "word" && noun.text === noun.norm ? e : k;
}

/** A price's verbs after its noun: "A 120ml cup sells for N900", "the two-litre tub retails for". */
const PRICE_VERBS = new Set(["sells", "retails", "retailed", "fetches"]);

/**
 * Up to three words right after money that end in a lower-case noun, none a change noun or verb: "relief
 * package", "Marine Corps contract" (in a title-case headline any capitalized noun: "Series C"), or a name alone before a preposition or a
 * clause's end: "its $7 billion Extended Fund Facility on Friday".
 */
export function nounAfter(
  t: readonly Token[],
  at: number,
  isPeriodToken: (k: number) => boolean,
  nameAlone = false,
): SubjectHit | undefined {
  const from = pastPeriodAdjective(t, at, isPeriodToken);
  let e = from;
  let words = 0;
  // "a $642 million Marine Corps contract": names may describe the noun, which is lower-case; in a
  // headline written in title case ("Veriloom Raises $85 Million Series C") every word is capitalized.
  const headline = titleCased(t, from);
  let lastLower = from;
  while (words < 3) {
    const w = t[e];
    // "a $1 billion 20-year tranche": a number glued to a word by a hyphen describes the noun.
    if (w?.kind === "num" && !isPeriodToken(e) && gluedHyphen(t, e + 1) && t[e + 2]?.kind === "word") {
      e += 3;
      words++;
      continue;
    }
    if (w?.kind !== "word" || isPeriodToken(e) || breaksLine(t, e) || w.lineStart) break;
    if (w.text !== w.norm && !headline) {
      if (!isCapitalized(w) || DATE_NAMES.has(w.norm)) break;
      e++;
      words++;
      // "the $67 billion North-South railway": a name joined by a hyphen is one word.
      if (gluedHyphen(t, e) && t[e + 1]?.kind === "word") e += 2;
      continue;
    }
    // ("the 43-billion-euro Chips Act aims to double output": a verb after the name.)
    if (e > from && t[e - 1]?.text !== t[e - 1]?.norm && t[e + 1]?.norm === "to") break;
    // ("from an original 7 percent goal after the initial target was reached": a clause's opener.)
    // ("A $500 excess can cut your premium": a modal opens the clause's verb.)
    if (
      NOUN_ENDS.has(w.norm) ||
      NP_STOPS.has(w.norm) ||
      FOLLOWING_VERBS.has(w.norm) ||
      (e > from && PRICE_VERBS.has(w.norm)) ||
      SUBORDINATING.has(w.norm) ||
      (e > from && HELPER_VERBS.has(w.norm))
    )
      break;
    // "$40 million over the next six months": a preposition opens no noun the money describes.
    if (e === from && AFTER_MONEY_PREPOSITIONS.has(w.norm)) break;
    // "the 5.6 billion dinars the government had projected", "the 79 billion riyals it had forecast": a
    // relative clause of its own after the money, not a noun it describes.
    if (e === from && (DETERMINER_WORDS.has(w.norm) || PRONOUN_WORDS.has(w.norm))) return undefined;
    // "The $12 billion endowment covers about 40,000 students": a word before a number or a qualifier is
    // the clause's verb.
    const next = t[e + 1];
    // ("a $1 billion 20-year tranche at 9.75%": the terms after the noun, no verb.)
    const terms = next?.norm === "at" && t[e + 2]?.kind === "num";
    if (
      e > from &&
      !terms &&
      (next?.kind === "num" || (QUALIFIER_WORDS.has(next?.norm ?? "") && t[e + 2]?.kind === "num"))
    )
      break;
    // "a $40 million stadium plan stalled": a past tense after the noun is the clause's verb.
    if (e > from && (/^[a-z]{3,}ed$/.test(w.norm) || isPastVerb(w))) break;
    // ("the 45 per cent target set under the plan": a verb after the noun ends it; not a noun that closes
    // the phrase, "the $40 patio set or", "its £390m to £420m guidance range.", "a 15% top-up tax".)
    const closing = ["or", "and", ",", ".", ";", ")"].includes(next?.norm ?? ".") || gluedHyphen(t, e + 1);
    if ((CHANGE_VERB.has(w.norm) || LEVEL_VERBS.has(w.norm)) && !(e > from && closing)) {
      // ("the 6-percent capital gains tax": a change's noun may be the noun's own word.)
      if (e === from || CHANGE_NOUN.has(w.norm) || CHANGE_NOUN.has(w.norm.replace(/s$/, "")))
        return undefined;
      // ("the 10% levy it pays", "a 1GB bundle still costs": a relative's pronoun or an adverb is no part
      // of the noun; "the Rs750 bond's top prize": a possessive leaves no noun of its own.)
      let end = lastLower;
      while (
        end > from &&
        (PRONOUN_WORDS.has(t[end - 1]?.norm ?? "") || DISCOURSE_WORDS.has(t[end - 1]?.norm ?? ""))
      )
        end--;
      if (/['’]s$/.test(t[end - 1]?.text ?? "")) return undefined;
      lastLower = end;
      break;
    }
    if (CHANGE_NOUN.has(w.norm) && !MONEY_PROJECT_NOUNS.has(w.norm)) return undefined;
    e++;
    words++;
    // "a $734 million short-term loan", "a $2 billion light-rail line": a hyphenated word is one word.
    if (gluedHyphen(t, e) && t[e + 1]?.kind === "word") e += 2;
    lastLower = e;
  }
  if (lastLower > from) return { first: from, last: lastLower, anaphor: false };
  // (Not "the $3 billion Musk promised": a name followed by its verb opens a clause of its own.)
  // (Nor "the $67 billion North-South railway" nor "a Y12 bar": a name running on past a dash or digits.)
  const after = t[e];
  const nameEnds =
    after === undefined ||
    after.lineStart ||
    (after.kind === "word" ? NAME_END_WORDS.has(after.text) : after.kind !== "num" && !gluedHyphen(t, e));
  return nameAlone && e > from && nameEnds ? { first: from, last: e, anaphor: false } : undefined;
}

/** Words that may follow a name money describes, ending it: "its $7 billion Extended Fund Facility on Friday". */
const NAME_END_WORDS = new Set([
  "on",
  "in",
  "at",
  "for",
  "from",
  "with",
  "by",
  "to",
  "after",
  "this",
  "last",
  "which",
  "that",
]);

/** Words around `k` a title-case headline is told by. */
const HEADLINE_REACH = 8;
/** Short words a title-case headline may leave in lower case: "to", "of", "as", "for". */
const HEADLINE_SHORT = 3;

/**
 * The words around `k` are a headline in title case: at least three words longer than three letters
 * within reach on its line, all capitalized ("Aurelian Bio Secures A$85 Million Placement").
 */
function titleCased(t: readonly Token[], k: number): boolean {
  let long = 0;
  for (let j = Math.max(0, k - HEADLINE_REACH); j < Math.min(t.length, k + HEADLINE_REACH); j++) {
    const w = t[j];
    if (w?.kind !== "word" || w.text.length <= HEADLINE_SHORT) continue;
    if ((j < k && breaksLine(t, j + 1)) || (j > k && breaksLine(t, j))) continue;
    if (!/^\p{Lu}/u.test(w.text)) return false;
    long++;
  }
  return long >= 3;
}

/** Capitalized words that describe no noun after money: days and months ("$5 million Monday"). */
const DATE_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS.map(([name]) => name)]);

/**
 * What money measures when nothing before it names it, read from what follows or what it stands beside:
 * - passive: "$50 billion has been invested in the Kazakh economy by American companies" ->
 *   "invested in the Kazakh economy by American companies" (the participle phrase, a slice of the text);
 * - apposition: "the Economic Resilience Initiative for Central Asia – $25 million to ..." -> the noun
 *   phrase before the dash;
 * - "for NP": "an additional $25 million for that initiative" -> "that initiative" (a demonstrative is
 *   marked so the caller can resolve it to an earlier subject with the same head noun);
 * - purpose: "a total of $50 million to build up the regional economy" -> "to build up the regional economy";
 * - "in NP": "$500 million in aid" -> "aid".
 */
export function subjectAfter(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  return (
    passiveAfter(t, fig.last, isPeriodToken) ??
    appositionBefore(t, qualifierStart, clauseStart, isPeriodToken) ??
    prepositionAfter(
      t,
      pastDuration(t, pastRate(t, pastOpenParenthesis(t, fig.last))),
      isPeriodToken,
      qualifierStart,
    )
  );
}

/** Tokens of a duration between money and "for", at most: "over the next five years". */
const DURATION_TOKENS = 5;

/** Past a duration right after money, before "for" or "in": "$12 million over four years for geothermal tourism". */
function pastDuration(t: readonly Token[], k: number): number {
  if (t[k]?.norm !== "over" && t[k]?.norm !== "across") return k;
  for (let j = k + 1; j <= k + DURATION_TOKENS; j++) {
    const tok = t[j];
    if (!tok || (tok.kind !== "word" && tok.kind !== "num")) return k;
    if (TIME_UNIT.has(tok.norm)) return ["for", "in"].includes(t[j + 1]?.norm ?? "") ? j + 1 : k;
  }
  return k;
}

/** Past a parenthesis that opens right after money ("4.7 billion lei ($1 billion) in"), not one closing around it. */
function pastOpenParenthesis(t: readonly Token[], k: number): number {
  return t[k]?.norm === "(" ? pastParentheses(t, k) : k;
}

/**
 * Past a rate right after money, before "in" or "for": "1 billion pounds a year in airport charges", "85
 * fils a litre for premium gasoline".
 */
function pastRate(t: readonly Token[], k: number): number {
  const unit = t[k + 1];
  const rate = RATE_OPENERS.has(t[k]?.norm ?? "") && unit?.kind === "word" && unit.text === unit.norm;
  return rate && ["in", "for"].includes(t[k + 2]?.norm ?? "") ? k + 2 : k;
}

/** Forms of "be": before a participle they make a passive ("was paid", "is priced"). */
export const BE_FORMS: ReadonlySet<string> = new Set(BE_FORM_WORDS);

const PASSIVE_AUX = new Set([...AUXILIARIES, ...BE_FORMS, "so", "far", "reportedly", "since", "being"]);

function passiveAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let k = from;
  let be = false;
  while (k < from + 5 && PASSIVE_AUX.has(t[k]?.norm ?? "") && !isPeriodToken(k)) {
    if (BE_FORMS.has(t[k]?.norm ?? "")) be = true;
    k++;
  }
  const verb = t[k];
  if (!be || verb?.kind !== "word") return undefined;
  if (!(verb.norm.endsWith("ed") || IRREGULAR_PARTICIPLES.has(verb.norm))) return undefined;
  const end = phraseEnd(t, k + 1, isPeriodToken);
  if (end - k < 2) return undefined;
  return trimmed(t, k, end, isPeriodToken);
}

const APPOSITION_MARKS = new Set(["–", "—", "-", ":"]);

const PERSONAL_PRONOUNS = ["we", "i", "he", "she", "they", "it", "you"];

/** Personal pronouns, alone or contracted with a verb ("I've waited 14 months", "we’re paying 30%"). */
export const PRONOUN_WORDS: ReadonlySet<string> = new Set(
  PERSONAL_PRONOUNS.flatMap((p) => [
    p,
    ...["ve", "d", "ll", "re", "m", "s"].flatMap((v) => [`${p}'${v}`, `${p}’${v}`]),
  ]),
);

/** "the Economic Resilience Initiative for Central Asia – $25 million": the noun phrase before the dash. */
function appositionBefore(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const mark = t[qualifierStart - 1];
  // A list item's bullet ("- $2 billion to repair ports") sets nothing off.
  if (!mark || !APPOSITION_MARKS.has(mark.norm) || breaksLine(t, qualifierStart - 1)) return undefined;
  // A hyphen counts only spaced, as a dash: "Initiative - $25 million", not "$5-billion".
  if (mark.norm === "-" && !(mark.spaceBefore && t[qualifierStart]?.spaceBefore)) return undefined;
  return phraseBefore(t, qualifierStart - 1, clauseStart, isPeriodToken);
}

/** The noun phrase of up to ten words that ends before token `end`, opening no earlier than `floor`. */
function phraseBefore(
  t: readonly Token[],
  end: number,
  floor: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let s = end;
  while (s - 1 >= Math.max(0, end - 10)) {
    const p = t[s - 1];
    // "non-EU arrivals": a hyphenated word is one word.
    if (gluedHyphen(t, s - 1) && t[s - 2]?.kind === "word" && s - 2 > floor) {
      s -= 2;
      continue;
    }
    if (p?.kind !== "word" || isPeriodToken(s - 1)) break;
    if (PRONOUN_WORDS.has(p.norm) || LEVEL_VERBS.has(p.norm) || AUXILIARIES.has(p.norm)) break;
    // "said inflation", "which influences mortgage pricing": a verb or a relative opens no noun phrase.
    if (NP_STOPS.has(p.norm) || isPastVerb(p)) break;
    s--;
    if (DETERMINER_WORDS.has(p.norm)) break;
    if (s <= floor) break;
  }
  if (s >= end) return undefined;
  return trimmed(t, s, end, isPeriodToken);
}

/**
 * Words that open an aside giving a figure: ", worth $1.3 billion,", ", at 21.3%,", ", covering some
 * 13,000 hectares,".
 */
const ASIDE_OPENERS = new Set(["worth", "at", "totalling", "totaling", "covering", "spanning"]);
/** Participles before "at" or "to" that open such an aside: ", valued at", ", equivalent to". */
const ASIDE_PARTICIPLES = new Set([
  "valued",
  "estimated",
  "priced",
  "put",
  "equal",
  "equivalent",
  "amounting",
]);
const DIMENSION: ReadonlySet<string> = new Set(DIMENSION_WORDS);
/** Adverbs an aside may start with: ", now at 3.4%,". */
const ASIDE_ADVERBS = new Set(["now", "currently", "still", "already", "then", "recently"]);
/** Prepositions of a period inside an aside: ", at 21.3% in October,". */
const PERIOD_PREPOSITIONS = new Set(["in", "on", "for", "during", "as"]);
/** Words that end a predicate, not a noun phrase: "put the death toll lower, at 982". */
const PREDICATE_WORDS = new Set([
  "lower",
  "higher",
  "small",
  "large",
  "low",
  "high",
  "restrictive",
  "steady",
]);
/** Relative pronouns: what follows them is a clause. */
const RELATIVE_WORDS = new Set(["which", "who", "whose"]);
/** Marks that close an aside. */
const ASIDE_CLOSES = new Set([",", ".", ";", ")"]);

/**
 * "The stake, worth $1.3 billion, was sold", "Youth unemployment, at 21.3%, remains": a figure in an aside
 * measures the noun phrase the aside follows.
 */
export function asideHost(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let k = qualifierStart - 1;
  const link = t[k]?.norm ?? "";
  // ("The quarry, 40 metres deep, closed": the measure opens the aside, its dimension ends it.)
  const dimension = link === "," && DIMENSION.has(t[fig.last]?.norm ?? "");
  if (!dimension) {
    if ((link === "at" || link === "to") && ASIDE_PARTICIPLES.has(t[k - 1]?.norm ?? "")) k--;
    else if (!ASIDE_OPENERS.has(link)) return undefined;
    k--;
    while (ASIDE_ADVERBS.has(t[k]?.norm ?? "")) k--;
    if (t[k]?.norm !== ",") return undefined;
  }
  let close = dimension ? fig.last + 1 : fig.last;
  while (
    close < fig.last + 6 &&
    (isPeriodToken(close) || (PERIOD_PREPOSITIONS.has(t[close]?.norm ?? "") && isPeriodToken(close + 1)))
  )
    close++;
  const after = t[close];
  if (after && !ASIDE_CLOSES.has(after.norm)) return undefined;
  const host = phraseBefore(t, k, 0, isPeriodToken);
  // "West Lafayette, Indiana, worth ...": a name set off by commas itself; "was likely to be small, at
  // ...", "which influences mortgage pricing, at ...": a predicate or a relative clause, not a noun phrase.
  // "put the loss at 680,000 tonnes, worth ...": a unit after a number belongs to that figure.
  // ("Uganda had the highest rate, at 41.2%,": a phrase that opens at its determiner is a noun phrase.)
  const before = t[(host?.first ?? 0) - 1]?.norm ?? "";
  const determined = DETERMINER_WORDS.has(t[host?.first ?? 0]?.norm ?? "");
  if (
    !host ||
    t[host.first - 1]?.kind === "num" ||
    before === "," ||
    (!determined && (AUXILIARIES.has(before) || before === "be")) ||
    RELATIVE_WORDS.has(before)
  )
    return undefined;
  if (PREDICATE_WORDS.has(t[host.last - 1]?.norm ?? "")) return undefined;
  return host;
}

/** Words after "to" that are not verbs of purpose: "$5 million to date", "to zero". */
const NOT_PURPOSE = new Set(["date", "zero", "spare", "charity", "nothing"]);

const RECIPIENTS: ReadonlySet<string> = new Set(RECIPIENT_MODIFIERS);

/** Verbs of purpose money is spent "to" do: "to build roads", "to pay farmers". */
const PURPOSE_VERBS = new Set([
  "build",
  "fund",
  "finance",
  "expand",
  "help",
  "support",
  "cover",
  "pay",
  "buy",
  "upgrade",
  "repair",
  "boost",
  "improve",
  "develop",
  "reduce",
  "cut",
  "provide",
  "construct",
  "modernise",
  "modernize",
  "meet",
  "settle",
  "clear",
  "feed",
  "hire",
  "train",
  "rebuild",
  "restore",
  "protect",
  "create",
  "install",
  "replace",
  "refurbish",
  "retrofit",
  "purchase",
  "acquire",
  "compensate",
  "subsidise",
  "subsidize",
  "assist",
  "equip",
  "house",
  "treat",
  "vaccinate",
  "connect",
  "electrify",
  "extend",
  "raise",
  "lift",
  "lower",
  "ease",
  "stabilise",
  "stabilize",
  "strengthen",
  "recruit",
  "resettle",
  "relocate",
  "rehabilitate",
  "maintain",
  "operate",
  "run",
  "launch",
  "open",
  "close",
  "cut",
  "offset",
  "absorb",
  "keep",
  "bring",
  "add",
  "double",
]);

/** Prefixes of hyphenated verbs of purpose: "to re-pave roads", "to co-finance the plant". */
const VERB_PREFIXES = new Set(["re", "co", "pre", "de", "un", "over", "up"]);

/**
 * Verbs that send money somewhere: "assigns 71.2 billion pesos to mobility", "committed $1.5 billion to"
 * (not verbs of giving: "gave 40 billion forints to state schools" measures the giver).
 */
const SENDING = new Set(DIRECTING_VERBS);
const SENDING_NOUNS = new Set(DIRECTING_NOUNS);
/** Verbs of giving money, which may go towards what follows: "lend $60 million towards the project". */
const GIVING = new Set(GIVING_VERBS);
/**
 * Links after given money that name what it goes towards (not "to": "contributed RO 327 million to Oman's
 * GDP", "gave $75 million to Vancouver General Hospital" keep the giver).
 */
const GIVEN_TO = new Set(["towards", "toward"]);

/** Words of a recipient between a verb of giving and its money, at most: "the SPCA", "each school". */
const RECIPIENT_WORDS = 3;

/**
 * The verb of giving before a recipient that ends at `k` ("gave the SPCA", "pays members", "paid each
 * farmer"), or `k`: the recipient's words are a determiner, names, plural nouns or a noun after the
 * determiner.
 */
function pastRecipient(t: readonly Token[], k: number): number {
  for (let j = k; j >= Math.max(0, k - RECIPIENT_WORDS); j--) {
    const tok = t[j];
    if (j < k && GIVING.has(tok?.norm ?? "") && tok?.text === tok?.norm) return j;
    // ("the shelter": a singular noun after the recipient's determiner.)
    const recipientWord =
      tok?.kind === "word" &&
      (RECIPIENT_DETERMINERS.has(tok.norm) ||
        isCapitalized(tok) ||
        /^[a-z]{3,}[^s]s$/.test(tok.text) ||
        (/^[a-z]{3,}$/.test(tok.text) && RECIPIENT_DETERMINERS.has(t[j - 1]?.norm ?? "")));
    if (!recipientWord) return k;
  }
  return k;
}

/** Determiners a recipient may open with: "the SPCA", "each school", "its members". */
const RECIPIENT_DETERMINERS = new Set(["the", "each", "every", "its", "their", "all"]);

/** Words between a verb and its money, at most: "a further", "about". */
const VERB_TO_MONEY = 3;

/**
 * Tokens back from a gapped item's "and" to the verb that sends the money, at most: "spent $1.9m on external
 * incident response specialists, $1.1m on replacement hardware and software, and $860,000".
 */
const GAPPED_REACH = 24;

/** Words between a verb and the money it sends: "a further", "about". */
function beforeMoney(norm: string): boolean {
  return QUALIFIER_WORDS.has(norm) || ["a", "an", "another", "further", "net"].includes(norm);
}

/**
 * The money whose qualifier starts at `start` is the object of a verb that sends money somewhere, or an
 * item after "and" or a comma in a list that verb governs ("allocated P9.2 billion to maintenance and P5.5
 * billion to capital outlay").
 */
function directedAt(t: readonly Token[], start: number): boolean {
  let k = start - 1;
  for (let n = 0; n < VERB_TO_MONEY && k >= 0 && beforeMoney(t[k]?.norm ?? ""); n++) k--;
  return SENDING.has(t[k]?.norm ?? "") || sentListItemAt(t, k);
}

/** The "and" or comma at `k` joins an item to a list that a verb sending money governs. */
function sentListItemAt(t: readonly Token[], k: number, opened = false): boolean {
  // ("spent N$531 million, including N$245 million on livestock incentives": the list's first item.)
  if (t[k]?.norm !== "and" && t[k]?.norm !== "," && t[k]?.norm !== "including") return false;
  for (let j = k - 1; j >= Math.max(0, k - GAPPED_REACH); j--) {
    const norm = t[j]?.norm ?? "";
    if (norm === "." || norm === ";" || CHANGE_VERB.has(norm)) return false;
    // (", including N$245 million on incentives, N$190 million on fodder": the list "including" opens.)
    // (Once: a list opens one "including".)
    if (norm === "including") return !opened && sentListItemAt(t, j, true);
    // ("£20 would go to policing and £4 to transport": the verb after the first item sends it too; a
    // gerund only before its money, not the noun "the extra spending"; "4.5 lakh pumps from 1.8 lakh": a
    // verb that is a noun too sends only right before money, not before the "from" of a change.)
    if (SENDING.has(norm)) {
      const moneyNext =
        t[j + 1]?.kind === "sym" || t[j + 1]?.kind === "num" || beforeMoney(t[j + 1]?.norm ?? "");
      const noun = SENDING_NOUNS.has(norm);
      if ((!norm.endsWith("ing") && !noun) || (moneyNext && !(noun && t[j + 1]?.norm === "from")))
        return true;
    }
    if (GOING.has(norm)) return true;
  }
  return false;
}

/** "for NP", "to VERB ...", "in NP" right after the money whose qualifier starts at `qualifierStart`. */
function prepositionAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
  qualifierStart: number,
): SubjectHit | undefined {
  const prep = t[from]?.norm;
  const next = t[from + 1];
  if (next?.kind !== "word" || isPeriodToken(from + 1)) return undefined;
  if (prep === "for") {
    // "that" opens a relative clause elsewhere; here it is a determiner ("for that initiative").
    const det = next.norm === "that" || next.norm === "this" ? 1 : 0;
    const rest =
      measuredThingAfter(t, from + 1, isPeriodToken) ?? phraseAfter(t, from + 1 + det, isPeriodToken);
    const np = rest && det ? { ...rest, first: from + 1 } : rest;
    // ("for the first time": no noun the money is for.)
    if (
      !np ||
      TIME_UNIT.has(t[np.last - 1]?.norm ?? "") ||
      t[np.last - 1]?.norm === "time" ||
      ["each", "every"].includes(next.norm)
    )
      return undefined;
    const head = t[np.last - 1];
    if (np.last - np.first === 2 && DETERMINER_WORDS.has(next.norm) && next.norm !== "a" && head)
      return { ...np, demonstrative: head.norm };
    return np;
  }
  if (prep === "to") {
    // ("assigns 71.2 billion pesos to mobility and public works", "committed $1.5 billion to venture capital
    // managers": after a verb that sends money, "to" names where it goes unless a verb of purpose follows.)
    // ("to deepen the port's access channel", "to drill three new wells", "to restart Unit 2", "to convert to
    // electric arc": a word before a determiner, a number, a name or a preposition is a verb.)
    const after = t[from + 2];
    const verb =
      PURPOSE_VERBS.has(next.norm) ||
      DETERMINER_WORDS.has(after?.norm ?? "") ||
      after?.kind === "num" ||
      ONE.has(after?.norm ?? "") ||
      TEN.has(after?.norm ?? "") ||
      isCapitalized(after) ||
      ["to", "into", "up", "off", "out", "down"].includes(after?.norm ?? "");
    if (
      !verb &&
      next.text === next.norm &&
      !DETERMINER_WORDS.has(next.norm) &&
      directedAt(t, qualifierStart)
    ) {
      // ("to mobility and public works": a second bare noun phrase after "and" goes too; "to space fund as
      // Rashid 2 rover readies" ends where a plain phrase does.)
      const end = phraseEnd(t, from + 1, isPeriodToken);
      const np = phraseAfter(t, from + 1, isPeriodToken);
      const joined = ["and", "or"].includes(t[end]?.norm ?? "");
      let last = np && !joined ? Math.min(np.last, end) : np?.last;
      while (np && last !== undefined && last - 1 > np.first && DANGLING_WORDS.has(t[last - 1]?.norm ?? ""))
        last--;
      if (np && last !== undefined) return { ...np, last, destination: true };
    }
    // A lower-case word that is no determiner and no plural noun reads as a verb of purpose.
    if (isCapitalized(next) || DETERMINER_WORDS.has(next.norm) || NOT_PURPOSE.has(next.norm))
      return undefined;
    // "to state hospitals", "to state-owned firms": whom the money goes to, described.
    if (RECIPIENTS.has(next.norm) || (gluedHyphen(t, from + 2) && !VERB_PREFIXES.has(next.norm)))
      return undefined;
    if (next.norm.endsWith("s") && !next.norm.endsWith("ss")) return undefined;
    const end = phraseEnd(t, from + 2, isPeriodToken);
    // ("assigns 128.6 billion pesos to rail projects", "gave $380 million to emergency responses": a
    // word no verb of purpose before a plural is a modifier of whom the money goes to.)
    const plural = t[from + 2];
    const recipients =
      !PURPOSE_VERBS.has(next.norm) &&
      plural?.kind === "word" &&
      plural.text === plural.norm &&
      /^[a-z]{3,}[^s]s$/.test(plural.norm);
    // (Marked as a destination: its first word is no verb to leave out.)
    const whom = recipients ? trimmed(t, from + 1, end, isPeriodToken) : undefined;
    if (whom) return { ...whom, destination: true };
    return trimmed(t, from, end, isPeriodToken);
  }
  if (prep === "in") return contentAfter(t, from, isPeriodToken);
  return undefined;
}

/** The purpose "to" at `from` opens, when it holds more than its verb: "to expand production in Vietnam". */
function purposeAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
  qualifierStart: number,
): SubjectHit | undefined {
  const purpose = prepositionAfter(t, from, isPeriodToken, qualifierStart);
  if (!purpose || purpose.last - purpose.first <= 2) return undefined;
  // ("to build a rice cooker and kettle plant", "to expand production in Vietnam, India and Bangladesh":
  // the words the purpose joins with "and", "or" or a list's commas are of it.)
  let last = purpose.last;
  let end = last;
  for (let joins = 0; joins < PURPOSE_JOINS; joins++) {
    const link = t[end]?.norm;
    const next = t[end + 1];
    if (next?.kind !== "word" || next.lineStart) break;
    const names = isCapitalized(t[end - 1]) && isCapitalized(next);
    const joined =
      (link === "and" || link === "or") &&
      (names || (next.text === next.norm && !AUXILIARIES.has(next.norm) && !PRONOUN_WORDS.has(next.norm)));
    if (!joined && !(link === "," && names)) break;
    const after = phraseEnd(t, end + 1, isPeriodToken);
    // (Not words a figure or a period cuts short: "and buying up to 2,000", "over the next two years".)
    const cut = t[after]?.kind === "num" || t[after]?.kind === "sym" || isPeriodToken(after);
    if (after <= end + 1 || after - purpose.first > SPAN_LIMIT || cut) break;
    let tail = after;
    while (tail > end + 1 && DANGLING_WORDS.has(t[tail - 1]?.norm ?? "")) tail--;
    if (tail < after) break;
    end = after;
    if (link !== ",") last = end;
  }
  return { ...purpose, last };
}

/** Words joined to a purpose, at most: "in Vietnam, India and Bangladesh". */
const PURPOSE_JOINS = 4;

/**
 * What money after its figure is of or in, the link at `at`: "$500 million in aid", "$4 billion of
 * infrastructure debt", "of its debt"; not a name or a period ("in Kazakhstan", "in 2024"), nor "in" with
 * a determiner ("in the economy": a place), nor a span of time ("in two years").
 */
export function contentAfter(
  t: readonly Token[],
  at: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const link = t[at]?.norm;
  const next = t[at + 1];
  // ("of 10-year notes": a number glued to a word by a hyphen opens the phrase.)
  const term = next?.kind === "num" && gluedHyphen(t, at + 2) && t[at + 3]?.kind === "word";
  if ((link !== "in" && link !== "of") || (next?.kind !== "word" && !term) || isPeriodToken(at + 1))
    return undefined;
  // ("of Eurobonds", "of Treasuries": a capitalized plural is a class of securities, not a name; "of
  // Turkish bonds": a nationality before a lower-case noun describes it.)
  const described =
    (DEMONYM_WORDS.has(next.norm) || BOND_CLASSES.has(next.text)) &&
    t[at + 2]?.kind === "word" &&
    !isCapitalized(t[at + 2]);
  // ("of Eurobonds on Tuesday": the class may end the phrase before a preposition.)
  const securities = link === "of" && /[^s]s$/.test(next.norm) && !isCapitalized(t[at + 2]);
  const capitalized = isCapitalized(next) && !described && !securities;
  if (capitalized || (link === "in" && DETERMINER_WORDS.has(next.norm))) return undefined;
  // ("$14.25 in cash for each share": the form of payment before a price's denominator measures nothing.)
  if (link === "in" && priceDenominatorAt(t, at)) return undefined;
  const np = phraseAfter(t, at + 1, isPeriodToken);
  return np && !TIME_UNIT.has(t[np.last - 1]?.norm ?? "") ? np : undefined;
}

/** Words that open a clause after a name: "into British Steel as talks drag on". */
// ("for capital projects including the purchase of 12 helicopters": a list of examples ends it too.)
const CLAUSE_AFTER_NAME = new Set([
  "as",
  "while",
  "after",
  "amid",
  "because",
  "when",
  "before",
  "despite",
  "including",
]);
/** Words of more between a verb and its money: "a further", "an additional", "another". */
// ("poured a net 2.1 trillion yen into investment trusts": a flow's "net" too.)
const MORE_WORDS = new Set(["a", "an", "another", "further", "additional", "extra", "combined", "net"]);
/** Words before money that opens its clause: "The remaining $250 million will go to". */
const LEADING_MONEY_WORDS = new Set([
  "the",
  "remaining",
  "other",
  "another",
  "a",
  "an",
  "further",
  "additional",
]);
const GOING = new Set(GOING_VERBS);
/** Words that link directed money to what it goes to. */
const DESTINATION_LINKS = new Set(["on", "in", "into", "to", "towards", "toward"]);

/**
 * What money is sent to: "spend $700 million on a new plant", "invest $2 billion in Binance", "committed
 * S$5 billion to the Changi East development", "$4.6 billion will go to the New York project",
 * "$8.7 billion worth of goods" (past a conversion, a rate or a period after the money).
 */
/** Prepositions of a span of time between money and its destination: "over the next three years". */
const SPAN_LEADS = new Set(["over", "during", "within", "across", "in"]);
/** Words of a span of time: "the next three years", "five years", "the coming decade". */
const SPAN_WORDS = new Set(["the", "next", "coming", "past", "last", "following", "a", "an"]);
/** Tokens of a span of time, at most. */
const SPAN_REACH = 6;

/** Past a span of time at `k` ("over the next three years", "over five years"), or `k`. */
function pastSpan(t: readonly Token[], k: number, isPeriodToken: (k: number) => boolean): number {
  if (!SPAN_LEADS.has(t[k]?.norm ?? "")) return k;
  // ("in a second phase": a unit of time needs a count or "next" before it.)
  let counted = false;
  for (let j = k + 1; j < k + SPAN_REACH; j++) {
    const tok = t[j];
    if (!tok) return k;
    if (TIME_UNIT.has(tok.norm)) return counted ? j + 1 : k;
    const count = tok.kind === "num" || ONE.has(tok.norm) || TEN.has(tok.norm);
    if (!(isPeriodToken(j) || SPAN_WORDS.has(tok.norm) || count)) return k;
    counted ||=
      count || isPeriodToken(j) || ["next", "coming", "past", "last", "following"].includes(tok.norm);
  }
  return k;
}

export function destinationOf(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let k = pastParentheses(t, fig.last);
  if (t[k]?.norm === "worth" && t[k + 1]?.norm === "of") return phraseAfter(t, k + 2, isPeriodToken);
  // ("spends about $14 per person a year on public health", "spends about $4bn annually on": past a rate.)
  if (t[k]?.norm === "per" && t[k + 1]?.kind === "word" && !TIME_UNIT.has(t[k + 1]?.norm ?? "")) k += 2;
  if (RATE_OPENERS.has(t[k]?.norm ?? "") && TIME_UNIT.has(t[k + 1]?.norm ?? "")) k += 2;
  if (RATE_ADVERBS.has(t[k]?.norm ?? "")) k++;
  while (isPeriodToken(k)) k++;
  // "spend 80 billion yen over the next three years on new plants": past a span of time.
  k = pastSpan(t, k, isPeriodToken);
  // ("would spend a further K4.6 billion on solar projects": past the words of more.)
  let verbAt = qualifierStart - 1;
  while (verbAt > qualifierStart - 3 && MORE_WORDS.has(t[verbAt]?.norm ?? "")) verbAt--;
  // ("gave the SPCA $250,000 towards the campaign": past the one it is given to.)
  verbAt = pastRecipient(t, verbAt);
  const verb = t[verbAt];
  // ("The ministry has been allocated Rs 2,541 crore in the budget": a passive's subject receives it.)
  const passive =
    !(verb?.norm ?? "").endsWith("ing") &&
    ["been", "be", "is", "was", "are", "were"].includes(t[verbAt - 1]?.norm ?? "");
  // ("spent $1.9m on specialists, $1.1m on hardware and $860,000 on staff": an item of a list the verb
  // before directs, with its own destination.)
  // ("agreed to lend $60 million towards the project", "must contribute $1.5 million towards the ACCC's
  // legal costs": money given goes towards what follows.)
  const given =
    verb?.text === verb?.norm && GIVING.has(verb?.norm ?? "") && !SENDING.has(verb?.norm ?? "") && !passive;
  const directed =
    (verb?.text === verb?.norm && SENDING.has(verb?.norm ?? "") && !passive) ||
    given ||
    sentListItemAt(t, qualifierStart - 1);
  // ("with N350 billion set aside for fibre rollout", "RM6.2bil is for development expenditure": money
  // allotted, or money that is "for" something, goes to it too.)
  let allotted = false;
  if (!directed) {
    // "$4.6 billion will go to": money that opens its clause and goes somewhere.
    const verbFrom = k;
    while (AUXILIARIES.has(t[k]?.norm ?? "") || (k > verbFrom && t[k]?.norm === "be")) k++;
    // ("The remaining $250 million will go to", "with Sh31.2 billion going to salaries".)
    let open = qualifierStart;
    while (LEADING_MONEY_WORDS.has(t[open - 1]?.norm ?? "")) open--;
    if (!startsClause(t, open)) return undefined;
    // (Not a passive: "$2 billion was earmarked for roads" keeps its predicate.)
    const allottedEnd = k === verbFrom ? allottedAt(t, k) : undefined;
    if (GOING.has(t[k]?.norm ?? "")) k++;
    else if (allottedEnd !== undefined) k = allottedEnd;
    else if (!(k > verbFrom && BE_FORMS.has(t[k - 1]?.norm ?? "") && t[k]?.norm === "for")) return undefined;
    allotted = !GOING.has(t[k - 1]?.norm ?? "");
  }
  const link = t[k]?.norm ?? "";
  const next = t[k + 1];
  // (Money allotted goes to what it is "for" or "to"; "allocated in the development programme" says where
  // it is written down.)
  const linked = allotted ? ALLOTTED_LINKS.has(link) : DESTINATION_LINKS.has(link);
  if (!linked || !next || isPeriodToken(k + 1)) return undefined;
  if (given && !GIVEN_TO.has(link)) return undefined;
  // "on average" is no destination; "invested $2 billion in Kenya": a bare name is where the money went,
  // the investor stays the subject; "to pay farmers": a purpose, read as one elsewhere.
  if (next.norm === "average") return undefined;
  // ("allotted PHP95 million in its 2027 budget for the operation of the center": the budget says where it
  // is written down, "for" what it goes to.)
  // ("allocated Rs 18 billion in its 2027 budget to build five drying centers": a purpose, as right after
  // the money.)
  if (link === "in" && ALLOTTING_VERB.test(verb?.norm ?? "")) {
    const purpose = budgetedFor(t, k + 1, isPeriodToken);
    if (purpose !== undefined && t[purpose]?.norm === "to" && !nounLike(t, purpose + 1))
      return purposeAfter(t, purpose, isPeriodToken, qualifierStart);
    if (purpose !== undefined) {
      const np = phraseAfter(t, purpose + 1, isPeriodToken);
      return np && { ...np, destination: true };
    }
  }
  const named = isCapitalized(next);
  // (Money that goes "to personnel services" goes to what is named, determiner or not.)
  // ("committed more than $15 billion to overseas mining assets": a lower-case noun phrase is one, not a
  // verb of purpose.)
  if (
    (directed || allotted) &&
    link.startsWith("to") &&
    !named &&
    !DETERMINER_WORDS.has(next.norm) &&
    !/['’]s$/.test(next.norm) &&
    (PURPOSE_VERBS.has(next.norm) || NOT_PURPOSE.has(next.norm) || !nounLike(t, k + 1))
  )
    // ("with $40m set aside to train mechanics": money allotted measures its purpose.)
    // ("will spend 45 billion yen over three years to expand production": so does money spent or given; not
    // a verb alone, "to open" before "40 branches", a figure of its own.)
    return link === "to" ? purposeAfter(t, k, isPeriodToken, qualifierStart) : undefined;
  const np = phraseAfter(t, pastCount(t, k + 1, isPeriodToken), isPeriodToken);
  // ("into British Steel as Scunthorpe talks drag on": the name ends at the clause word after it.)
  let nameEnd = np?.first ?? 0;
  while (
    np &&
    nameEnd < np.last &&
    (isCapitalized(t[nameEnd]) || ["of", "and", "or"].includes(t[nameEnd]?.norm ?? ""))
  )
    nameEnd++;
  const bareName =
    np !== undefined &&
    nameEnd > np.first &&
    (nameEnd === np.last || CLAUSE_AFTER_NAME.has(t[nameEnd]?.norm ?? ""));
  if ((link === "in" || link === "into") && bareName) return undefined;
  // ("commits $2-billion to critical minerals as Quebec lithium projects stall": the clause word ends it.)
  let end = np?.first ?? 0;
  while (np && end < np.last && !CLAUSE_AFTER_NAME.has(t[end]?.norm ?? "")) end++;
  return np && { ...np, last: end, destination: true };
}

/** Verbs of money written into a budget: "allocated", "allots", "earmarked", "assigned". */
const ALLOTTING_VERB = /^(allocat|allot|earmark|assign)/;
/** Tokens from a budget to the "for" of what money allotted in it goes to, at most. */
const BUDGET_REACH = 8;

/**
 * The "for" or "to" after the budget at `from` ("in its 2027 budget for", "in Budget 2027 to"), if one is
 * near in the clause; not a period's "for" ("in its budget request for fiscal 2027 to promote").
 */
function budgetedFor(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
): number | undefined {
  let budget = false;
  for (let j = from; j < from + BUDGET_REACH && j < t.length; j++) {
    const norm = t[j]?.norm ?? "";
    budget ||= norm.startsWith("budget");
    const link = norm === "for" || norm === "to" || norm === "towards";
    const period = isPeriodToken(j + 1) || (t[j + 1]?.norm === "the" && isPeriodToken(j + 2));
    if (link && !period) return budget ? j : undefined;
    // ("in the 2026/27 budget": a split year's slash or dash is of the budget's name.)
    const splitYear = (norm === "/" || norm === "-") && t[j - 1]?.kind === "num" && t[j + 1]?.kind === "num";
    if (norm === "and" || ((t[j]?.kind === "punct" || t[j]?.kind === "sym") && !splitYear)) return undefined;
  }
  return undefined;
}

/**
 * Past a count at `from` and the words of amount before it ("into at least 15 new centres" -> "new
 * centres": the count is a figure of its own), or `from`; not a count that sizes the thing, after an
 * article or glued by a dash ("a 40 MW biomass plant", "a 14-storey complex": of its name).
 */
function pastCount(t: readonly Token[], from: number, isPeriodToken: (k: number) => boolean): number {
  let k = from;
  while (k < from + 3 && QUALIFIER_WORDS.has(t[k]?.norm ?? "") && !ARTICLES.has(t[k]?.norm ?? "")) k++;
  const count = t[k]?.kind === "num" && !isPeriodToken(k) && !gluedHyphen(t, k + 1);
  return count ? k + 1 : from;
}

/** Links after money allotted that name what it goes to: "earmarked for", "set aside towards". */
const ALLOTTED_LINKS = new Set(["for", "to", "towards", "toward"]);

/** Participles of money put aside for something: "earmarked", "set aside", "ring-fenced". */
const ALLOTTED = new Set([
  "earmarked",
  "allocated",
  "allotted",
  "reserved",
  "budgeted",
  "designated",
  "intended",
  "meant",
  "slated",
  "destined",
  "ringfenced",
]);

/** Where the participle of money allotted at `k` ends ("earmarked", "set aside", "ring-fenced"), if one is there. */
function allottedAt(t: readonly Token[], k: number): number | undefined {
  const word = t[k]?.norm ?? "";
  if (ALLOTTED.has(word)) return k + 1;
  if ((word === "set" || word === "put") && t[k + 1]?.norm === "aside") return k + 2;
  if (word === "ring" && gluedHyphen(t, k + 1) && t[k + 2]?.norm === "fenced") return k + 3;
  return undefined;
}

/** Adverbs of a rate after money: "spends $4bn annually on vehicle imports". */
const RATE_ADVERBS = new Set(["annually", "yearly", "monthly", "weekly", "daily"]);

/**
 * Token `k` opens a noun phrase, as far as its ending tells: a plural, an adjective's or a noun's suffix
 * ("to overseas mining assets", "to conservation projects", "to forensic laboratories"; not a verb of
 * purpose: "to revive the scheme", "to fix leaks").
 */
function nounLike(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok?.kind === "num" || ONE.has(tok?.norm ?? "") || TEN.has(tok?.norm ?? "")) return true;
  return tok?.text === tok?.norm && NOUN_ENDING.test(tok?.norm ?? "");
}

/** Endings of nouns and adjectives that verbs rarely have. */
const NOUN_ENDING = /^[a-z]{3,}(?:al|ic|ous|ary|ion|ence|ance|ment|ity|ies|[^s]s)$/;

/** Token `k` starts its sentence or clause: nothing but a mark or a conjunction before it. */
function startsClause(t: readonly Token[], k: number): boolean {
  const before = t[k - 1];
  return (
    !before || before.kind === "sym" || [",", ";", ":", "and", "but", "while", "with"].includes(before.norm)
  );
}
