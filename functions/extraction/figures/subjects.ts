/**
 * Subjects: the noun phrase a figure measures, read off the clause around it.
 * - the clause subject before the verb: "Mutual trade turnover ... exceeded 3 billion U.S. dollars";
 * - a quantity's unit with what follows: "590 enterprises with the participation of the American capital";
 * - "NP of FIGURE": "a budget of $5 million"; "a 5% rise in exports": "exports".
 * Anaphors ("this figure", "it") are reported so the caller can take the previous figure's subject.
 */

import { PHRASAL_HEADS } from "./changes.ts";
import { RELATIVES } from "./clauses.ts";
import { UP_VERBS } from "./data/changes.ts";
import { WEEKDAYS } from "./data/periods.ts";
import { IRREGULAR_PAST_TENSES, SHARE_VERBS } from "./data/share-verbs.ts";
import { MEASURE_UNITS } from "./data/units.ts";
import { CHANGE_NOUN, CHANGE_VERB, QUALIFIER_WORDS, TIME_UNIT } from "./lexicon.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

export interface SubjectHit {
  first: number;
  last: number;
  anaphor: boolean;
  /** "that initiative": the head noun of a demonstrative phrase, to resolve against earlier subjects. */
  demonstrative?: string;
}

const UP_VERB: ReadonlySet<string> = new Set(UP_VERBS);
const LEVEL_VERBS = new Set([
  "held",
  "holds",
  "hold",
  "ended",
  "closed",
  "finished",
  "settled",
  "is",
  "was",
  "are",
  "were",
  "be",
  "been",
  "reached",
  "reach",
  "reaches",
  "hit",
  "hits",
  "stood",
  "stands",
  "stand",
  "totaled",
  "totalled",
  "totals",
  "total",
  "amounted",
  "amounts",
  "came",
  "comes",
  "equaled",
  "equalled",
  "represents",
  "represented",
  "accounted",
  "accounts",
  "cost",
  "costs",
  "valued",
  "worth",
  "exceeded",
  "exceeds",
  "exceed",
  "surpassed",
  "topped",
  "remained",
  "remains",
  "hovered",
  "peaked",
  "peaks",
  // Votes: "The Social Democrats won 19.9%", "polled 15 percent".
  "won",
  "wins",
  "polled",
  "secured",
  "garnered",
  "averaged",
  "averages",
  "estimated",
  "put",
  "set",
  "registered",
  "recorded",
  "posted",
  "reported",
  "generated",
  "earned",
  "raised",
  "received",
  "attracted",
  "invested",
  "spent",
  "employs",
  "employed",
  "has",
  "had",
  "have",
  "approached",
  "neared",
  // "Housing receives Rs 450 crore", "fares stay at $2.50", "The deficit is forecast at $88 million".
  "receive",
  "receives",
  "gets",
  "got",
  "owns",
  "owned",
  "pay",
  "pays",
  "stay",
  "stays",
  "stayed",
  "forecast",
  "projected",
  "seen",
  "improved",
  "worsened",
]);
const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "are",
  "were",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "also",
  "already",
  "reportedly",
  "now",
  "still",
  "just",
  "be",
  "been",
  "to",
  "further",
  "again",
  "then",
  // A market's closing verb before "up"/"down": "Toyota shares closed up 1.2%".
  "closed",
  "ended",
  "finished",
  "settled",
  "opened",
  "traded",
  // "is expected to be 75%", "is seen at 3%".
  "expected",
  "projected",
  "seen",
  "likely",
  // Adverbs of degree before the verb: "Net income more than doubled", "Sales nearly tripled".
  "nearly",
  "almost",
  "roughly",
  "than",
  "more",
  "less",
]);
const PREPOSITION_STOPS = new Set(["by", "to", "at", "of", "from", "than", "around", "about", "nearly"]);
const NP_STOPS = new Set([
  ",",
  ";",
  ":",
  "“",
  "”",
  '"',
  "(",
  ")",
  "—",
  "–",
  ".",
  "!",
  "?",
  "that",
  "which",
  "who",
  "said",
  // Verbs that open a reported clause: "data showed UK inflation fell to 3.4%" is about UK inflation.
  "says",
  "showed",
  "shows",
  "show",
  "found",
  "indicated",
  "indicates",
  "revealed",
  "reveals",
  "suggested",
  "suggests",
  "noted",
  "added",
  "announced",
  "confirmed",
  "warned",
  "predicted",
  "predicts",
  "believes",
  "argued",
]);
const LEADERS = new Set([
  "and",
  "but",
  "while",
  "whereas",
  "so",
  "yet",
  "although",
  "though",
  "also",
  // Subordinators opening the clause: "after quarterly profit slumped 85%".
  "after",
  "before",
  "because",
  "when",
  "as",
  "until",
  "if",
  "unless",
]);
const FOLLOWING_VERBS = new Set([
  "are",
  "is",
  "was",
  "were",
  "have",
  "has",
  "had",
  "will",
  "would",
  "could",
  "function",
  "functions",
  "operate",
  "operates",
  "work",
  "works",
  "employ",
  "said",
  "say",
  "were",
  "remain",
  "remained",
  "that",
  "which",
  "who",
  "and",
  "but",
  "to",
]);
const ANAPHORS = new Set([
  "it",
  "this",
  "that",
  "this figure",
  "the figure",
  "that figure",
  "this number",
  "the number",
  "this amount",
  "the amount",
  "this indicator",
  "the indicator",
  "this volume",
  "the total",
  "this total",
]);
const SPAN_LIMIT = 18;
/** Units that measure something else (a temperature, a length, a power), not a count of themselves. */
const COUNT_UNITS = new Set([
  "points",
  "pts",
  "votes",
  "seats",
  "doses",
  "units",
  "vehicles",
  "cars",
  "barrels",
  "barrel",
]);
const MEASURE_UNIT_WORDS: ReadonlySet<string> = new Set(
  [...MEASURE_UNITS, "c", "f", "°"].filter((unit) => !COUNT_UNITS.has(unit)),
);
const SHARE_VERB: ReadonlySet<string> = new Set([...SHARE_VERBS, ...IRREGULAR_PAST_TENSES]);
/** Words after which a share verb's form is a noun: "their own", "the use". */
const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "their",
  "its",
  "his",
  "her",
  "our",
  "your",
  "my",
  "this",
  "these",
  "those",
]);

/** Change verbs whose subject is what changed: "Employment fell 23,000 jobs" (not "cut", "added"). */
const INTRANSITIVE_CHANGES = new Set([
  "rose",
  "fell",
  "dropped",
  "declined",
  "climbed",
  "jumped",
  "slipped",
  "slid",
  "surged",
  "soared",
  "plunged",
  "tumbled",
  "gained",
  "increased",
  "decreased",
  "grew",
  "shrank",
  "dipped",
  "sank",
  "rebounded",
  "advanced",
  "retreated",
]);

/** A preposition after a ratio: what it counts in is elsewhere ("1 in 10,000 for patients over 60"). */
const RATIO_LINKS = new Set(["for", "of", "in", "at", "on", "with", "to", "by", "among", "from", "across"]);

type FigureTokens = {
  first: number;
  last: number;
  kind: string;
  value?: number;
  unitFirst?: number;
  unitLast?: number;
};

/**
 * The subject of a figure: what stands before it (clause subject, "NP of", a quantity's unit), else what
 * follows money that has no subject before it (see subjectAfter).
 */
export function subjectOf(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  return (
    labelBefore(t, qualifierStart, isPeriodToken) ??
    subjectBefore(t, fig, qualifierStart, clauseStart, isPeriodToken) ??
    (fig.kind === "MONEY" ? subjectAfter(t, fig, qualifierStart, clauseStart, isPeriodToken) : undefined) ??
    flowUnit(t, fig)
  );
}

/** Words a label before a colon may take, at most: "Share of loss-making dealers: 40%". */
const LABEL_WORDS = 8;

/**
 * A label that opens its line or sentence and ends in a colon right before the figure: "GDP growth:
 * 6.5%", "- Average price cut: 9.5%", "Growth forecast for 2027: 1.1%" (its period is not the label).
 */
function labelBefore(
  t: readonly Token[],
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const colon = qualifierStart - 1;
  if (t[colon]?.norm !== ":") return undefined;
  let s = colon;
  while (s > 0 && colon - s < LABEL_WORDS) {
    const p = t[s - 1];
    if (!p || (p.lineStart && LIST_MARKS.has(p.norm)) || p.kind === "sym" || NP_STOPS.has(p.norm)) break;
    s--;
    if (p.lineStart) break;
  }
  const opens =
    s === 0 || t[s]?.lineStart || breaksLine(t, s - 1) || SENTENCE_MARKS.has(t[s - 1]?.norm ?? "");
  if (!opens || s >= colon) return undefined;
  // A clause before a colon is no label: "We created the Green Bridge Fund: $40 million to plant trees".
  for (let k = s; k < colon; k++) {
    const norm = t[k]?.norm ?? "";
    if (PRONOUN_WORDS.has(norm) || AUXILIARIES.has(norm) || /^[a-z]{3,}ed$/.test(norm)) return undefined;
  }
  return trimmed(t, s, colon, isPeriodToken);
}
const SENTENCE_MARKS = new Set([".", "!", "?"]);

/** "which produces 2 million barrels a day": with no clause subject, a flow's unit is what it counts. */
function flowUnit(t: readonly Token[], fig: FigureTokens): SubjectHit | undefined {
  const head = fig.unitFirst === undefined ? "" : (t[fig.unitFirst]?.norm ?? "");
  if (fig.kind !== "QUANTITY" || fig.unitFirst === undefined || (head !== "barrels" && head !== "barrel"))
    return undefined;
  return { first: fig.unitFirst, last: fig.last, anaphor: false };
}

function subjectBefore(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // A quantity measures its unit noun and what qualifies it: "enterprises with the participation of ...";
  // a measure ("44C", "2,387 feet", "14,100 megawatts") measures what "of" names or the clause's subject.
  // "Factory employment fell 23,000 jobs", "The Dow rose 533 points": after a verb that changes its own
  // subject, a count measures that subject, not its unit ("cut 3,000 jobs" still counts jobs).
  const own = t[qualifierStart - 1]?.norm === "by" ? qualifierStart - 2 : qualifierStart - 1;
  const selfChange = INTRANSITIVE_CHANGES.has(t[own]?.norm ?? "");
  if (fig.kind === "QUANTITY" && fig.unitFirst !== undefined && !selfChange) {
    let end = fig.last;
    const of = t[end];
    if (of?.norm === "of") {
      const np = phraseAfter(t, end + 1, isPeriodToken);
      if (np) return np;
    }
    // "1.6 million barrels per day": a flow of a commodity measures what flows ("500 cars a day" counts cars).
    let rate = false;
    for (let k = fig.unitFirst + 1; k < fig.last; k++)
      if (["per", "a", "an"].includes(t[k]?.norm ?? "")) rate = true;
    const head = t[fig.unitFirst]?.norm ?? "";
    const measure = MEASURE_UNIT_WORDS.has(head) || (rate && (head === "barrels" || head === "barrel"));
    if (!measure) {
      if (of && ["with", "in", "from", "at", "for", "on"].includes(of.norm) && !isPeriodToken(end + 1)) {
        const np = phraseAfter(t, end + 1, isPeriodToken);
        if (np) end = np.last;
      }
      return { first: fig.unitFirst, last: Math.max(end, fig.unitLast ?? end), anaphor: false };
    }
  }
  // "announced a $10 million relief package", "her $240,000 retirement savings": money before its noun.
  const owner = t[qualifierStart - 1]?.norm ?? "";
  // "the EU's €105m migration deal": a possessive determines the noun too.
  if (
    fig.kind === "MONEY" &&
    (MONEY_DETERMINERS.has(owner) || owner.endsWith("'s") || owner.endsWith("’s"))
  ) {
    const noun = nounAfter(t, fig.last, isPeriodToken);
    if (noun) return noun;
  }
  // "a third of the index", "two-thirds of voters": a share measures what it is a share of; so does a
  // percentage that opens its clause ("Only 41% of third-graders passed"; not "reached 5% of GDP").
  const atClauseStart = qualifierStart <= clauseStart || SHARE_OPENERS.has(t[qualifierStart - 1]?.norm ?? "");
  const share = (fig.kind === "NUMBER" && (fig.value ?? 1) < 1) || (fig.kind === "PERCENT" && atClauseStart);
  if (share && t[fig.last]?.norm === "of") {
    const np = phraseAfter(t, fig.last + 1, isPeriodToken, true);
    if (np) return np;
  }
  // "One in five adults in Britain reported symptoms": a ratio measures the noun it counts in.
  const ratio = fig.kind === "NUMBER" && ["in", "out"].includes(t[fig.first + 1]?.norm ?? "");
  if (ratio && t[fig.last]?.kind === "word" && !RATIO_LINKS.has(t[fig.last]?.norm ?? "")) {
    const np = phraseAfter(t, fig.last, isPeriodToken, true);
    if (np) return np;
  }
  // "a 23% higher risk of dying early": the risk is what the percentage measures.
  if (RISK_ADJECTIVES.has(t[fig.last]?.norm ?? "") && RISK_NOUNS.has(t[fig.last + 1]?.norm ?? "")) {
    const np = phraseAfter(t, fig.last + 1, isPeriodToken);
    if (np) return np;
  }
  // "a 5% rise in exports"
  const after = t[fig.last];
  if (
    after &&
    CHANGE_NOUN.has(after.norm) &&
    (t[fig.last + 1]?.norm === "in" || t[fig.last + 1]?.norm === "of")
  ) {
    // "an 11.2% drop in third-quarter net profit": past the period that opens the phrase.
    let from = fig.last + 2;
    while (from < fig.last + 6 && isPeriodToken(from)) from++;
    const np = phraseAfter(t, from, isPeriodToken);
    if (np) return np;
  }
  // "NP of FIGURE": "a budget of $5 million", "an increase of 5% in sales".
  if (t[qualifierStart - 1]?.norm === "of") {
    const noun = t[qualifierStart - 2];
    if (noun && CHANGE_NOUN.has(noun.norm) && t[fig.last]?.norm === "in") {
      const np = phraseAfter(t, fig.last + 1, isPeriodToken);
      if (np) return np;
    }
    if (
      noun &&
      noun.kind === "word" &&
      !["total", "sum", "amount", "tune", "excess", "maximum", "minimum", "majority"].includes(noun.norm) &&
      (!CHANGE_NOUN.has(noun.norm) || (fig.kind === "MONEY" && MONEY_LEVEL_NOUNS.has(noun.norm)))
    ) {
      let s = qualifierStart - 2;
      while (s - 1 >= clauseStart && s > qualifierStart - 6) {
        const p = t[s - 1];
        // "an all-time low of", "a 52-week high of": a hyphenated word is one word.
        if (gluedHyphen(t, s - 1) && s - 2 >= clauseStart) {
          s -= 2;
          continue;
        }
        // "will carry a list price of $1,049": the noun phrase opens at its determiner.
        if (DETERMINER_WORDS.has(t[s]?.norm ?? "")) break;
        if (
          p?.kind !== "word" ||
          AUXILIARIES.has(p.norm) ||
          COMPARISON_WORDS.has(p.norm) ||
          (p.norm.endsWith("ed") && ["a", "an", "the"].includes(t[s]?.norm ?? "")) ||
          NP_STOPS.has(p.norm) ||
          LEVEL_VERBS.has(p.norm) ||
          CHANGE_VERB.has(p.norm) ||
          OBJECT_TAKING_VERBS.has(p.norm) ||
          PREPOSITION_STOPS.has(p.norm) ||
          ["with", "for", "in", "on"].includes(p.norm)
        )
          break;
        s--;
      }
      return trimmed(t, s, qualifierStart - 1, isPeriodToken);
    }
  }
  // "raised interest rates by 25 basis points", "kept the repo rate unchanged at 6.5%": the object of a
  // verb that sets or moves a level is what the figure measures, not the clause subject.
  const object = objectBefore(t, qualifierStart, clauseStart, isPeriodToken);
  if (object) return object;
  // The clause subject before the verb that governs the figure.
  // A verb qualifier ("exceeded 3 billion") is itself the verb.
  let v =
    qualifierStart < fig.first && LEVEL_VERBS.has(t[qualifierStart]?.norm ?? "")
      ? qualifierStart
      : qualifierStart - 1;
  let steps = 0;
  while (v >= clauseStart && steps < 4) {
    const tok = t[v];
    if (!tok) return undefined;
    if (
      LEVEL_VERBS.has(tok.norm) ||
      CHANGE_VERB.has(tok.norm) ||
      (QUALIFIER_WORDS.has(tok.norm) && tok.norm.endsWith("ed"))
    )
      break;
    if (
      ![
        "by",
        "to",
        "at",
        "a",
        "an",
        "the",
        "of",
        "further",
        "sharply",
        "slightly",
        "around",
        "just",
        "some",
        "another",
        "additional",
        "nearly",
        "almost",
        "about",
        "roughly",
        // "was unchanged at 3.8%", "are capped at 10%": the state the level is held in.
        "unchanged",
        "steady",
        "flat",
        "stable",
        "capped",
        "pegged",
        "fixed",
        // "rose to a record 3.3%", "accounted for 46%".
        "record",
        "new",
        "fresh",
        "all-time",
        "for",
      ].includes(tok.norm)
    )
      return undefined;
    v--;
    steps++;
  }
  if (v < clauseStart) return undefined;
  // "... after gaining 0.1%", "while falling 2%": a participle clause has no subject of its own (the
  // figure before it in the sentence lends its subject; see extract-figures.ts).
  if (SUBORDINATORS.has(t[v - 1]?.norm ?? "") && (t[v]?.norm ?? "").endsWith("ing")) return undefined;
  // "will free up 1 trillion yuan": the figure is what the phrasal verb acts on, not a level.
  if (t[v]?.norm === "up" && PHRASAL_HEADS.has(t[v - 1]?.norm ?? "")) return undefined;
  // "Inflation edged up to 3.1%": "up" completes the verb before it.
  if (t[v]?.norm === "up" && UP_VERB.has(t[v - 1]?.norm ?? "") && v - 1 >= clauseStart) v--;
  // Back over auxiliaries: "has been", "will".
  let e = v;
  while (e - 1 >= clauseStart && AUXILIARIES.has(t[e - 1]?.norm ?? "")) e--;
  // "Shelter costs, which make up a third of the index, increased 0.2%": the subject is before the
  // relative clause that ends right before the verb.
  let floor = clauseStart;
  let antecedent = false;
  if (t[e - 1]?.norm === "," || isSpacedDash(t, e - 1)) {
    // "Steel output, the group's main business, dropped 6%": the subject is before the apposition too.
    const relative = relativeClauseStart(t, e - 1) ?? appositionStart(t, e - 1, clauseStart);
    if (relative !== undefined) {
      e = relative;
      floor = Math.max(0, relative - SPAN_LIMIT);
    }
  } else if ((t[e - 1]?.norm === "which" || t[e - 1]?.norm === "who") && t[e - 2]?.norm === ",") {
    // "Exports, which rose 5% in May,": the relative clause measures what it follows.
    e -= 2;
    floor = Math.max(0, e - SPAN_LIMIT);
    antecedent = true;
  }
  let s = e;
  while (s - 1 >= floor && e - s < SPAN_LIMIT) {
    const p = t[s - 1];
    // "a package aimed at cutting the budget deficit, which reached 9.3%": the noun phrase the relative
    // follows opens at its determiner or after a verb or preposition.
    if (
      antecedent &&
      s < e &&
      (DETERMINER_WORDS.has(t[s]?.norm ?? "") || ANTECEDENT_STOPS.has(p?.norm ?? ""))
    )
      break;
    if (antecedent && p && p.text === p.norm && /^[a-z]{3,}(?:ing|ed)$/.test(p.norm)) break;
    // "The African National Congress (ANC) won 40.2%": an acronym in parentheses stays in the subject.
    if (p?.norm === ")" && t[s - 3]?.norm === "(" && isCapitalized(t[s - 2]) && s - 3 > floor) {
      s -= 3;
      continue;
    }
    // "Food, fuel and transport costs rose": a list of nouns before its head is one subject.
    if (p?.norm === "," && listGoesOn(t, s, e, floor, isPeriodToken)) {
      s -= 2;
      continue;
    }
    if (!p || NP_STOPS.has(p.norm) || p.kind === "sym") break;
    // "The cyclone caused damage estimated at $1.2 billion", "Analysts expect the market for robotaxis to
    // reach $50 billion": the object of such a verb is what the figure measures, not the clause.
    if (s < e && OBJECT_TAKING_VERBS.has(p.norm) && p.text === p.norm && !antecedent) break;
    // A spaced hyphen is a dash: "(Reuters) - India's gross domestic product grew 5.4%".
    if (p.norm === "-" && p.spaceBefore) break;
    if (p.kind === "num" && !namesIndex(t, s - 1) && !gluedHyphen(t, s)) break;
    if (opensClause(t, s - 1)) break;
    s--;
    // "in an all-stock deal valued at": the phrase ends at its determiner.
    if (MODIFYING_PARTICIPLES.has(t[v]?.norm ?? "") && DETERMINER_WORDS.has(t[s]?.norm ?? "")) break;
  }
  if (s - 1 >= floor && e - s >= SPAN_LIMIT) return undefined;
  // ("so-called core prices" keeps its "so").
  while (s < e && LEADERS.has(t[s]?.norm ?? "") && !gluedHyphen(t, s + 1)) s++;
  return trimmed(t, s, e, isPeriodToken);
}

/** Words that open an apposition after a subject: ", the group's main business,", ", excluding Russia,". */
const APPOSITION_OPENERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "excluding",
  "including",
  "however",
  "meanwhile",
  "though",
  "too",
]);
/** Words that open a sentence before a comma and are no item of a list: "Separately, food costs rose". */
const DISCOURSE_WORDS = new Set([
  "meanwhile",
  "however",
  "overall",
  "elsewhere",
  "still",
  "also",
  "instead",
  "now",
  "then",
  "today",
  "thus",
  "indeed",
  "moreover",
  "nonetheless",
  "nevertheless",
  "yesterday",
  "again",
]);
/** Tokens an apposition between a subject and its verb may take, at most. */
const APPOSITION_TOKENS = 16;

function isSpacedDash(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok !== undefined && (tok.norm === "-" || tok.norm === "—" || tok.norm === "–") && tok.spaceBefore;
}

/**
 * The comma (or spaced dash) that opens an apposition closed at `close`, right before the verb: ", the
 * group's main business,", " - a key measure of lending profitability -". Undefined when the first mark
 * before it opens no apposition, or nothing stands before it in the clause.
 */
function appositionStart(t: readonly Token[], close: number, clauseStart: number): number | undefined {
  const dash = isSpacedDash(t, close);
  for (let k = close - 1; k > Math.max(clauseStart, close - APPOSITION_TOKENS); k--) {
    const mark = dash ? isSpacedDash(t, k) : t[k]?.norm === ",";
    if (!mark) continue;
    return APPOSITION_OPENERS.has(t[k + 1]?.norm ?? "") && k - 1 >= clauseStart ? k : undefined;
  }
  return undefined;
}

/**
 * The comma before `s` separates items of a list whose last item is the head noun phrase [s, e): "Food,
 * fuel and transport costs", "schools, clinics and roads". The phrase holds "and"/"or", and a word that
 * is no period stands before the comma.
 */
function listGoesOn(
  t: readonly Token[],
  s: number,
  e: number,
  floor: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  const item = t[s - 2];
  if (s - 2 < floor || item?.kind !== "word" || isPeriodToken(s - 2) || NP_STOPS.has(item.norm)) return false;
  if (LEADERS.has(item.norm) || SUBORDINATORS.has(item.norm) || DISCOURSE_WORDS.has(item.norm)) return false;
  if (item.norm.endsWith("ly") && item.norm.length > 4) return false;
  for (let k = s; k < e; k++) if (t[k]?.norm === "and" || t[k]?.norm === "or") return true;
  return false;
}

/** Words before the noun phrase a relative clause follows: "aimed at cutting the deficit, which". */
const ANTECEDENT_STOPS = new Set(["at", "on", "to", "by", "from", "with", "into", "for", "won", "over"]);

/**
 * Verbs before "NP of FIGURE" that are no part of the NP ("Revenue beat estimates of $1.2 billion"), and
 * that end a clause subject scanned back from the figure's verb.
 */
const OBJECT_TAKING_VERBS = new Set([
  "beat",
  "beats",
  "missed",
  "misses",
  "matched",
  "expects",
  "expect",
  "forecasts",
  "projects",
  "sees",
  "targets",
  "plans",
  "proposed",
  "proposes",
  "approved",
  "approves",
  "unveiled",
  "announced",
  "announces",
  "agreed",
  "booked",
  "declared",
  "forecast",
  "expected",
  "carry",
  "carries",
  "withdrew",
  "helped",
  "drew",
  "draws",
  "built",
  "gave",
  "gives",
  "give",
  "offers",
  "offered",
  "paid",
  "pays",
  "made",
  "makes",
  "took",
  "takes",
  "spent",
  "spends",
  "sought",
  "seeks",
  "received",
  "receives",
  "needs",
  "launched",
  "estimated",
  "contains",
  "included",
  "includes",
  "implies",
  "implied",
  "caused",
  "causes",
  "send",
  "sends",
  "sent",
  "expect",
  "want",
  "wants",
  "brought",
  "brings",
  "generated",
  "generates",
  "attracted",
  "attracts",
  "delivered",
  "earned",
  "pledged",
  "awarded",
  "secured",
  "posted",
  "reported",
  "recorded",
  "logged",
]);

/** The comma that opens ", which ... ," ending at the comma `close`, or undefined. */
function relativeClauseStart(t: readonly Token[], close: number): number | undefined {
  for (let k = close - 1; k > Math.max(0, close - 20); k--) {
    const norm = t[k]?.norm ?? "";
    if (norm === ",") return undefined;
    // ", which ... ,", ", approved in April,".
    const participle = /^[a-z]{3,}ed$/.test(t[k]?.text ?? "");
    if ((RELATIVES.has(norm) || participle) && t[k - 1]?.norm === ",") return k - 1;
  }
  return undefined;
}

/** Words that compare the figure with another: "below a LSEG SmartEstimate of 10.3 trillion won". */
const COMPARISON_WORDS = new Set(["below", "above", "versus", "against", "beating", "missing", "topping"]);
/** Participles that make a noun phrase of what they measure: "an all-stock deal valued at $59.5 billion". */
const MODIFYING_PARTICIPLES = new Set(["valued", "worth", "priced", "estimated"]);

/** Days that date a statement, not what a figure measures: "said on Thursday its profit fell". */
const WEEKDAY: ReadonlySet<string> = new Set(WEEKDAYS);

/** Nouns of an amount, not a change, when money follows with "of": "a net loss of 4.6 billion euros". */
export const MONEY_LEVEL_NOUNS: ReadonlySet<string> = new Set(["loss", "losses", "deficit", "shortfall"]);

const RISK_ADJECTIVES = new Set(["higher", "lower", "greater", "increased", "reduced", "smaller", "bigger"]);
const RISK_NOUNS = new Set(["risk", "chance", "likelihood", "odds", "probability", "rate"]);

/** Change nouns that name a project when money comes before them: "a $4.2 million expansion of the library". */
export const MONEY_PROJECT_NOUNS: ReadonlySet<string> = new Set(["expansion"]);

/** Determiners before money that make it a modifier of the noun after it: "a $2 billion deal". */
const MONEY_DETERMINERS = new Set(["a", "an", "the", "its", "their", "her", "his", "our", "entire", "whole"]);
/** Words that end the noun after money: prepositions and the like ("a $2 billion deal with Exxon"). */
const NOUN_ENDS = new Set([
  "of",
  "for",
  "to",
  "with",
  "in",
  "on",
  "at",
  "by",
  "from",
  "that",
  "which",
  "and",
  "or",
  "as",
]);

/** Up to three lower-case words right after money, none a change noun or verb: "relief package". */
function nounAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let e = from;
  let words = 0;
  while (words < 3) {
    const w = t[e];
    if (w?.kind !== "word" || w.text !== w.norm || isPeriodToken(e)) break;
    if (NOUN_ENDS.has(w.norm) || NP_STOPS.has(w.norm) || FOLLOWING_VERBS.has(w.norm)) break;
    // "a $40 million stadium plan stalled": a past tense after the noun is the clause's verb.
    if (e > from && /^[a-z]{3,}ed$/.test(w.norm)) break;
    if (CHANGE_VERB.has(w.norm) || LEVEL_VERBS.has(w.norm)) return undefined;
    if (CHANGE_NOUN.has(w.norm) && !MONEY_PROJECT_NOUNS.has(w.norm)) return undefined;
    e++;
    words++;
    // "a $734 million short-term loan", "a $2 billion light-rail line": a hyphenated word is one word.
    if (gluedHyphen(t, e) && t[e + 1]?.kind === "word") e += 2;
  }
  return e > from ? { first: from, last: e, anaphor: false } : undefined;
}

/** Words before a percentage that leave it opening its clause: "Only 41% of third-graders". */
const SHARE_OPENERS = new Set([
  "only",
  "just",
  "about",
  "nearly",
  "almost",
  "some",
  "roughly",
  "around",
  ",",
  "and",
  "but",
  "while",
]);

/** Subordinators: the subject of the figure's verb comes after them. */
const SUBORDINATING = new Set([
  "after",
  "before",
  "because",
  "when",
  "while",
  "although",
  "though",
  "whereas",
  "unless",
  "until",
  "if",
]);
/** "Profit after tax", "earnings before interest": accounting phrases, not clauses. */
const ACCOUNTING = new Set(["tax", "taxes", "taxation", "interest", "items", "charges", "costs"]);

/** "it would cut jobs after quarterly profit slumped 85%": the subject starts after "after". */
function opensClause(t: readonly Token[], k: number): boolean {
  const word = t[k]?.norm ?? "";
  if (!SUBORDINATING.has(word)) return false;
  return !((word === "after" || word === "before") && ACCOUNTING.has(t[k + 1]?.norm ?? ""));
}

/** Capitalized words that open a sentence or phrase, not a name: "In 2023 sales rose 5%". */
const OPENERS = new Set([
  "In",
  "By",
  "On",
  "At",
  "Since",
  "For",
  "From",
  "Until",
  "After",
  "Before",
  "During",
  "Of",
]);

/** A whole number after a name word is part of the name: "FTSE 100", "Nikkei 225", "Boeing 737". */
function namesIndex(t: readonly Token[], k: number): boolean {
  const name = t[k - 1];
  const num = t[k];
  return (
    num !== undefined &&
    /^\d+$/.test(num.text) &&
    name !== undefined &&
    name.kind === "word" &&
    isCapitalized(name) &&
    !OPENERS.has(name.text)
  );
}

/** Words that open a participle clause: "after gaining", "before falling". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "while",
  "since",
  "when",
  "following",
]);

const OBJECT_VERBS = new Set([
  "estimates",
  "estimated",
  "estimate",
  "put",
  "puts",
  "values",
  "valued",
  "pegged",
  "pegs",
  "grew",
  "grow",
  "grows",
  "expanded",
  "expand",
  "doubled",
  "raised",
  "raise",
  "raises",
  "raising",
  "hiked",
  "hike",
  "hikes",
  "cut",
  "cuts",
  "cutting",
  "lowered",
  "lowers",
  "lower",
  "reduced",
  "reduces",
  "reduce",
  "increased",
  "increases",
  "increase",
  "boosted",
  "boost",
  "lifted",
  "lifts",
  "kept",
  "keep",
  "keeps",
  "held",
  "hold",
  "holds",
  "left",
  "leave",
  "leaves",
  "trimmed",
  "trims",
  "slashed",
  "slash",
  "set",
  "sets",
  "maintained",
  "maintains",
  "pegged",
  "capped",
  "devalued",
  "revised",
  "revises",
  "upgraded",
  "downgraded",
  "tightened",
  "eased",
  "fixed",
]);
const STEADY = new Set(["unchanged", "steady", "stable", "flat", "constant"]);

function objectBefore(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const prep = t[qualifierStart - 1]?.norm;
  if (prep !== "by" && prep !== "at" && prep !== "to") return undefined;
  let k = qualifierStart - 2;
  while (k >= clauseStart && STEADY.has(t[k]?.norm ?? "")) k--;
  const end = k + 1;
  for (let v = k; v >= Math.max(clauseStart, k - 7); v--) {
    const tok = t[v];
    if (gluedHyphen(t, v) || (tok?.kind === "num" && gluedHyphen(t, v + 1))) continue;
    if (tok?.kind !== "word" || NP_STOPS.has(tok.norm) || isPeriodToken(v)) return undefined;
    if (OBJECT_VERBS.has(tok.norm)) return end > v + 1 ? trimmed(t, v + 1, end, isPeriodToken) : undefined;
  }
  return undefined;
}

/** A noun phrase after a preposition, up to a verb or punctuation. */
function phraseAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
  pastEnds = false,
): SubjectHit | undefined {
  let e = from;
  while (e < t.length && e - from < SPAN_LIMIT) {
    const w = t[e];
    if (
      !w ||
      (e > from && breaksLine(t, e)) ||
      NP_STOPS.has(w.norm) ||
      FOLLOWING_VERBS.has(w.norm) ||
      CHANGE_VERB.has(w.norm) ||
      isPeriodToken(e)
    )
      break;
    // "Two-thirds of voters backed the plan", "41% of pupils read at grade level": a past-tense verb or a
    // share's present-tense verb after the noun ends the phrase.
    if (pastEnds && e > from && w.kind === "word" && /^[a-z]{3,}ed$/.test(w.norm)) break;
    if (pastEnds && e > from && SHARE_VERB.has(w.norm) && !NOUN_MARKERS.has(t[e - 1]?.norm ?? "")) break;
    if (w.kind === "num" || w.kind === "sym") break;
    e++;
  }
  // "in Kazakhstan" at the end is where, not what; keep it (a place is part of the name a reader gives).
  return trimmed(t, from, e, isPeriodToken);
}

/** Drops leading/trailing period phrases ("in 2022") and stray words; checks for anaphors. */
function trimmed(
  t: readonly Token[],
  s: number,
  e: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let a = s;
  let b = e;
  while (b > a && isPeriodToken(b - 1)) b--;
  while (
    b > a &&
    ["in", "during", "for", "since", "of", "the", "a", "an", "and"].includes(t[b - 1]?.norm ?? "")
  )
    b--;
  while (a < b && (isPeriodToken(a) || ["in", "during", "since", "quote"].includes(t[a]?.norm ?? ""))) a++;
  // "said on Thursday its operating profit fell": a leading "on/at/by" + period phrase goes too.
  while (a < b && WEEKDAY.has(t[a]?.norm ?? "")) a++;
  if (a + 1 < b && t[a]?.norm === "on" && WEEKDAY.has(t[a + 1]?.norm ?? "")) a += 2;
  // ", sending the peso down 1.1%", "led by lender Akbank": a participle opening the phrase is its verb.
  // Only before a determiner or a name: "operating profit", "lending rates" are nouns.
  const lead = t[a];
  const opens = DETERMINER_WORDS.has(t[a + 1]?.norm ?? "") || isCapitalized(t[a + 1]);
  if (lead && a + 1 < b && lead.text === lead.norm && /^[a-z]{3,}ing$/.test(lead.norm) && opens) a++;
  else if (lead && a + 2 < b && /^[a-z]+ed$/.test(lead.text) && t[a + 1]?.norm === "by") a += 2;
  if (b <= a) return undefined;
  for (let k = a; k < b; k++) {
    if (t[k]?.kind === "num" && !isPeriodToken(k) && !namesIndex(t, k) && !gluedHyphen(t, k + 1))
      return undefined;
  }
  const words = t
    .slice(a, b)
    .map((x) => x.norm)
    .join(" ");
  const anaphor = ANAPHORS.has(words);
  // A lone capitalized pronoun-like word at a clause start ("He", "We") is not what is measured.
  if (!anaphor && b - a === 1 && ["he", "she", "they", "we", "i", "you"].includes(t[a]?.norm ?? ""))
    return undefined;
  return { first: a, last: b, anaphor };
}

const BE_FORMS = new Set(["is", "was", "are", "were", "be", "been", "being"]);
const PASSIVE_AUX = new Set([...AUXILIARIES, ...BE_FORMS, "so", "far", "reportedly", "since", "being"]);
/** Irregular participles of verbs that money is the object of: "$2 billion was spent on ...". */
const IRREGULAR_PARTICIPLES = new Set([
  "spent",
  "paid",
  "lost",
  "sold",
  "given",
  "made",
  "set",
  "put",
  "built",
  "brought",
  "taken",
  "stolen",
  "won",
  "lent",
  "sent",
  "held",
  "kept",
  "cut",
  "sunk",
  "written",
  "laid",
  "paid",
  "borrowed",
  "owed",
]);
/** Words that open a noun phrase: nothing before them is part of it. */
const DETERMINER_WORDS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "our",
  "his",
  "her",
  "my",
  "your",
]);
const APPOSITION_MARKS = new Set(["–", "—", "-", ":"]);
const PRONOUN_WORDS = new Set(["we", "i", "he", "she", "they", "it", "you"]);
/** Words after "to" that are not verbs of purpose: "$5 million to date", "to zero". */
const NOT_PURPOSE = new Set(["date", "zero", "spare", "charity", "nothing"]);
const PHRASE_ENDS = new Set(["and", "but", "while", "whereas", "who", "which", "that", "as", "because"]);

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
function subjectAfter(
  t: readonly Token[],
  fig: FigureTokens,
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  return (
    passiveAfter(t, fig.last, isPeriodToken) ??
    appositionBefore(t, qualifierStart, clauseStart, isPeriodToken) ??
    prepositionAfter(t, fig.last, isPeriodToken)
  );
}

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
  const end = qualifierStart - 1;
  let s = end;
  while (s - 1 >= Math.max(0, end - 10)) {
    const p = t[s - 1];
    if (p?.kind !== "word" || isPeriodToken(s - 1)) break;
    if (PRONOUN_WORDS.has(p.norm) || LEVEL_VERBS.has(p.norm) || AUXILIARIES.has(p.norm)) break;
    s--;
    if (DETERMINER_WORDS.has(p.norm)) break;
    if (s <= clauseStart) break;
  }
  if (s >= end) return undefined;
  return trimmed(t, s, end, isPeriodToken);
}

/** "for NP", "to VERB ...", "in NP" right after the money. */
function prepositionAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const prep = t[from]?.norm;
  const next = t[from + 1];
  if (next?.kind !== "word" || isPeriodToken(from + 1)) return undefined;
  if (prep === "for") {
    // "that" opens a relative clause elsewhere; here it is a determiner ("for that initiative").
    const det = next.norm === "that" || next.norm === "this" ? 1 : 0;
    const rest = phraseAfter(t, from + 1 + det, isPeriodToken);
    const np = rest && det ? { ...rest, first: from + 1 } : rest;
    if (!np || TIME_UNIT.has(t[np.last - 1]?.norm ?? "") || ["each", "every"].includes(next.norm))
      return undefined;
    const head = t[np.last - 1];
    if (np.last - np.first === 2 && DETERMINER_WORDS.has(next.norm) && next.norm !== "a" && head)
      return { ...np, demonstrative: head.norm };
    return np;
  }
  if (prep === "to") {
    // A lower-case word that is no determiner and no plural noun reads as a verb of purpose.
    if (isCapitalized(next) || DETERMINER_WORDS.has(next.norm) || NOT_PURPOSE.has(next.norm))
      return undefined;
    if (next.norm.endsWith("s") && !next.norm.endsWith("ss")) return undefined;
    const end = phraseEnd(t, from + 2, isPeriodToken);
    return trimmed(t, from, end, isPeriodToken);
  }
  if (prep === "in") {
    // "$500 million in aid": a bare lower-case noun phrase; "in the economy", "in Kazakhstan" are places.
    if (isCapitalized(next) || DETERMINER_WORDS.has(next.norm)) return undefined;
    const np = phraseAfter(t, from + 1, isPeriodToken);
    if (np && TIME_UNIT.has(t[np.last - 1]?.norm ?? "")) return undefined;
    return np;
  }
  return undefined;
}

/** Marks that open a list item at a line's start: "- $4 billion for bridges". */
const LIST_MARKS = new Set(["-", "–", "—", "•", "*", "·", "▪", "●"]);

/** Token `k` opens a paragraph or a list item: no phrase runs across it. */
function breaksLine(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok !== undefined && (tok.paragraphStart || (tok.lineStart && LIST_MARKS.has(tok.norm)));
}

/** Where a verb phrase or infinitive ends: punctuation, a relative or coordinating word, a period. */
function phraseEnd(t: readonly Token[], from: number, isPeriodToken: (k: number) => boolean): number {
  let e = from;
  while (e < t.length && e - from < SPAN_LIMIT) {
    const w = t[e];
    if (!w || NP_STOPS.has(w.norm) || PHRASE_ENDS.has(w.norm) || isPeriodToken(e) || breaksLine(t, e)) break;
    if (w.kind === "num" || w.kind === "sym") break;
    e++;
  }
  return e;
}
