/** Changes: "increased by 58.8 percent", "37.2 percent higher", "a 5% rise", "an additional $25 million". */
import {
  ADDITIVES,
  BASE_OPENERS,
  BASE_PHRASES,
  CAUSE_PHRASES,
  type Direction,
  JUDGED_SIZES,
  OVERSHOOT_VERBS,
} from "./data/changes.ts";
import { FUTURE_WORDS, MONTHS, WEEKDAYS } from "./data/periods.ts";
import { CHANGE_ADJECTIVE, CHANGE_NOUN, CHANGE_VERB, pluralChangeNoun, TIME_UNIT } from "./lexicon.ts";
import { gluedHyphen, matcherOf } from "./phrases.ts";
import {
  isYearToken,
  movedBeforeFrom,
  numberInObject,
  OBJECT_WORDS,
  possessiveMark,
  yearSpanAt,
} from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

export interface ChangeHit {
  direction: Direction;
  /** Token of the change word. */
  at: number;
  /** The change word comes after the figure. */
  after: boolean;
  /** "exceeding the target by": the target, between `baseFirst` (else the word after the verb) and "by". */
  by?: number;
  baseFirst?: number;
}

const ADDITIVE = new Set(ADDITIVES);
/** Words before "another" that list one more of a series: ", and another $4.2 billion in July". */
const SERIES_LINKS = new Set([".", ",", "and", "or", "with", "while", "plus", '"', "“"]);
const OVERSHOOT = new Map(OVERSHOOT_VERBS);
const BASE_OPENER = matcherOf(BASE_OPENERS.map((p) => [p, true] as const));
const BASE_PHRASE = matcherOf(BASE_PHRASES.map((p) => [p, true] as const));
const CAUSE_PHRASE = matcherOf(CAUSE_PHRASES.map((p) => [p, true] as const));

/** Days of the week, after "from" the day a change starts. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);
/**
 * Words allowed between a change verb and its figure: "rose sharply by 5%", "fell a further 2%", "added a
 * net 142,000 customers".
 */
const BRIDGE = new Set([
  "by",
  "a",
  "an",
  "the",
  "further",
  "net",
  "sharply",
  "slightly",
  "just",
  "some",
  "annual",
  "respective",
  "year-on-year",
  "about",
  "around",
  "nearly",
  "almost",
  "more",
  "than",
  "over",
  "roughly",
  "approximately",
  "only",
  "another",
  "additional",
  ...JUDGED_SIZES,
  "record",
  "reported",
  "estimated",
  "significantly",
  "substantially",
  "annualised",
  "annualized",
  "seasonally",
  "adjusted",
  "steady",
  "quarterly",
  "monthly",
]);
/** Words that tie a period into the base: "the results of the previous year". */
const LINKS = new Set(["of", "in", "for", "during", "from", "since", "to", "over", "the", "a", "an"]);
const BOUNDARY = new Set([",", ";", ".", ":", "!", "?", "“", "”", '"', "(", ")"]);
const BASE_STOPS = new Set([
  "and",
  "but",
  "while",
  "which",
  "whereas",
  "as",
  "when",
  "after",
  "because",
  "to",
  "said",
  "according",
]);

/** Verbs that "up" completes into another verb: "free up", "make up", "set up", "take up". */
export const PHRASAL_HEADS: ReadonlySet<string> = new Set([
  "free",
  "frees",
  "freed",
  "freeing",
  "make",
  "makes",
  "made",
  "making",
  "set",
  "sets",
  "setting",
  "take",
  "takes",
  "took",
  "taken",
  "pick",
  "picks",
  "picked",
  "open",
  "opens",
  "opened",
  "give",
  "gave",
  "given",
  "sum",
  "use",
  "used",
  "uses",
  "eat",
  "ate",
  "sign",
  "signed",
  "line",
  "lined",
  "draw",
  "drew",
  "wrap",
  "wrapped",
  "tie",
  "tied",
  "lock",
  "locked",
  "team",
  "teamed",
  "snap",
  "snapped",
  "buy",
  "bought",
]);

/** Words before a figure that make a change noun after it this figure's: "a 5% rise", "one more 25 bps cut". */
const DETERMINED = new Set([
  "a",
  "an",
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "another",
  "more",
  "further",
  "larger",
  "bigger",
  "smaller",
  "deeper",
  "first",
  "second",
  "third",
  "fresh",
  "surprise",
]);

/** Moves of policy a figure is "of": "100 basis points of easing", "50 bps of tightening". */
const POLICY_MOVES: ReadonlyMap<string, Direction> = new Map([
  ["easing", "decrease"],
  ["cuts", "decrease"],
  ["reductions", "decrease"],
  ["tightening", "increase"],
  ["hikes", "increase"],
  ["increases", "increase"],
]);

/** Verbs that "down" completes into another verb: "shot down 52 drones", "shut down 12 plants". */
const DOWN_HEADS: ReadonlySet<string> = new Set([
  "shot",
  "shoot",
  "shoots",
  "shooting",
  "shut",
  "shuts",
  "shutting",
  "gunned",
  "hunted",
  "tracked",
  "cracked",
  "cracking",
  "turned",
  "handed",
  "wrote",
  "written",
]);

/**
 * Words between "by" and the figure that leave it the size of the change: "by a total of 200 basis
 * points", "by an average of 4.5 percent", "by a combined 40%", "by a cumulative 1.75 points".
 */
const BY_LEADS: readonly (readonly string[])[] = [
  ["a", "total", "of"],
  ["an", "average", "of"],
  ["a", "combined"],
  ["a", "cumulative"],
  ["a", "further"],
  ["an", "additional"],
];

/** The index of "by" right before the figure, or before one of BY_LEADS; -1 when there is none. */
export function byBefore(t: readonly Token[], qualifierStart: number): number {
  if (t[qualifierStart - 1]?.norm === "by") return qualifierStart - 1;
  for (const lead of BY_LEADS) {
    const k = qualifierStart - lead.length;
    if (t[k - 1]?.norm === "by" && lead.every((word, i) => t[k + i]?.norm === word)) return k - 1;
  }
  return -1;
}

/**
 * A change verb before "by" at `by`, past a few words of its object: "cut the risk of heart attack by 26
 * percent", "cut the one-year loan prime rate by" (a hyphenated word is one word).
 */
function verbBeforeBy(
  t: readonly Token[],
  by: number,
  isPeriodToken: (k: number) => boolean,
): ChangeHit | undefined {
  for (let v = by - 1; v >= Math.max(0, by - OBJECT_WORDS); v--) {
    const tok = t[v];
    // ("lowered his 2026 Ebitda estimate by 7 per cent": a year in the object.)
    if (
      gluedHyphen(t, v) ||
      (tok?.kind === "num" && gluedHyphen(t, v + 1)) ||
      yearSpanAt(t, v) ||
      isYearToken(tok) ||
      // ("raised its FY27 earnings forecast by 6%", "its 1H26 guidance": a period's label in the object.)
      isPeriodToken(v)
    )
      continue;
    // "cut its overnight policy rate (OPR) by 25 basis points": an acronym in parentheses in the object.
    if (tok?.norm === ")" && t[v - 2]?.norm === "(") {
      v -= 2;
      continue;
    }
    // ("raised bakers' flour prices by", "raise the prices of about 120 noodle products by": a plural's
    // possessive mark, and a count the object holds after "of".)
    if (possessiveMark(t, v) || numberInObject(t, v)) continue;
    if (!tok || BOUNDARY.has(tok.norm) || tok.kind !== "word") break;
    const overshoot = OVERSHOOT.get(tok.norm);
    if (overshoot && v < by - 1) return { direction: overshoot, at: v, after: false, by };
    // "fell short of its target by 73 billion shillings": the target is the base.
    const short = t[v + 1]?.norm === "short" && t[v + 2]?.norm === "of" && v + 3 < by;
    const verb = CHANGE_VERB.get(tok.norm);
    if (verb && short) return { direction: verb, at: v, after: false, by, baseFirst: v + 3 };
    if (verb) return { direction: verb, at: v, after: false };
  }
  return undefined;
}

/**
 * "Revenue beat estimates by $200 million", "fell short of its target by": the verb that measures the
 * figure against a target before "by" at `by`, or undefined.
 */
export function targetVerbBefore(
  t: readonly Token[],
  by: number,
  isPeriodToken: (k: number) => boolean,
): number | undefined {
  const hit = verbBeforeBy(t, by, isPeriodToken);
  return hit?.by !== undefined ? hit.at : undefined;
}

/** The change word of a figure spanning tokens [first, last), with `qualifierStart` before it. */
/** Words of what a figure is judged against: "stronger-than-expected", "higher than forecast". */
const JUDGED_AGAINST = new Set([
  "expected",
  "forecast",
  "anticipated",
  "estimated",
  "predicted",
  "feared",
  "hoped",
]);

/**
 * "stronger-than-expected", "larger than forecast" ending at token `k`: the token before the comparative,
 * or undefined.
 */
export function thanExpectedBefore(t: readonly Token[], k: number): number | undefined {
  if (!JUDGED_AGAINST.has(t[k]?.norm ?? "")) return undefined;
  let j = k - 1;
  if (t[j]?.norm === "-") j--;
  if (t[j]?.norm !== "than") return undefined;
  j--;
  if (t[j]?.norm === "-") j--;
  return t[j]?.kind === "word" && /(?:er|more|less)$/.test(t[j]?.norm ?? "") ? j - 1 : undefined;
}

/** Last tokens of a percentage: "34%", "34 per cent", "34 percent". */
const PERCENT_MARKS = new Set(["%", "cent", "percent", "pc"]);
/** Past verbs that move their object by a percentage written right after it: "grew revenue 34 per cent". */
const OBJECT_MOVERS = new Set([
  "grew",
  "raised",
  "lifted",
  "boosted",
  "increased",
  "cut",
  "lowered",
  "reduced",
  "trimmed",
  "slashed",
  "hiked",
  "expanded",
  // A headline's present: "Northwind raises quarterly dividend 3%", "Kenya cuts fuel prices 5%".
  "raises",
  "lifts",
  "boosts",
  "increases",
  "cuts",
  "lowers",
  "reduces",
  "trims",
  "slashes",
  "hikes",
  "grows",
  "expands",
]);

/**
 * "grew revenue 34 per cent", "raised its interim dividend 22%": a percentage right after the object of
 * a verb that moves it, with no "by"; the verb's change, or undefined.
 */
export function objectMover(
  t: readonly Token[],
  qualifierStart: number,
  last: number,
  isPeriodToken: (k: number) => boolean,
): ChangeHit | undefined {
  const noun = t[qualifierStart - 1];
  if (!PERCENT_MARKS.has(t[last - 1]?.norm ?? "") || noun?.kind !== "word" || !/^[a-z]{3,}$/.test(noun.text))
    return undefined;
  if (NOT_OBJECT_ENDS.has(noun.norm)) return undefined;
  const verb = verbBeforeBy(t, qualifierStart, isPeriodToken);
  if (!verb || verb.at >= qualifierStart - 1 || !OBJECT_MOVERS.has(t[verb.at]?.norm ?? "")) return undefined;
  // ("fee cuts squeeze margins despite 18% rise", "with raises totaling 34%": the words between are no
  // object of the verb.)
  for (let k = verb.at + 1; k < qualifierStart; k++) {
    const norm = t[k]?.norm ?? "";
    if (OBJECT_BREAKS.has(norm) || /^[a-z]{3,}ing$/.test(norm) || CHANGE_VERB.has(norm)) return undefined;
  }
  return verb;
}

/** Words that cannot stand inside a moved object: prepositions and conjunctions of another clause. */
const OBJECT_BREAKS = new Set([
  "despite",
  "as",
  "amid",
  "while",
  "after",
  "before",
  "than",
  "with",
  "and",
  "but",
]);

/** Words that end no moved object: a preposition or a qualifier before the figure ("cut it to 7%"). */
const NOT_OBJECT_ENDS = new Set([
  "to",
  "from",
  "for",
  "with",
  "than",
  "about",
  "around",
  "nearly",
  "almost",
  "some",
  "over",
  "under",
  "and",
  "the",
  "its",
  "their",
  "his",
  "her",
  "was",
  "were",
  "are",
  "been",
  "being",
  "into",
  "onto",
  "only",
  "just",
  "another",
  "further",
]);

/** Change verbs that are adjectives after "a": "a slow 1.5% pace", "a growing 5% share". */
const ARTICLE_ADJECTIVES: ReadonlySet<string> = new Set([
  "slow",
  "rising",
  "falling",
  "declining",
  "growing",
]);

/** Forms of "lay" before "off": "lay off", "laid off". */
const LAY_FORMS: ReadonlySet<string> = new Set(["lay", "lays", "laid", "laying"]);

export function changeOf(
  t: readonly Token[],
  qualifierStart: number,
  last: number,
  isPeriodToken: (k: number) => boolean,
): ChangeHit | undefined {
  // "another 75 to 100 basis points of easing": what the points are of gives the direction.
  const policy = t[last]?.norm === "of" ? POLICY_MOVES.get(t[last + 1]?.norm ?? "") : undefined;
  if (policy) return { direction: policy, at: last + 1, after: true };
  // Before: a change verb, possibly bridged ("increased by"), but not "rose to" / "fell from" (levels).
  let k = qualifierStart - 1;
  let bridged = 0;
  while (k >= 0 && bridged < 4) {
    const tok = t[k];
    if (!tok) break;
    const verb = CHANGE_VERB.get(tok.norm);
    // "free up 1 trillion yuan", "make up a third": "up" is part of the verb, not a rise; "shot down 52
    // drones", "shut down 12 plants": nor is "down" a fall.
    if (verb && tok.norm === "up" && PHRASAL_HEADS.has(t[k - 1]?.norm ?? "")) break;
    if (verb && tok.norm === "down" && DOWN_HEADS.has(t[k - 1]?.norm ?? "")) break;
    // "a slow 1.5% pace": after an article the word describes the figure; it moves nothing.
    if (verb && ARTICLE_ADJECTIVES.has(tok.norm) && (t[k - 1]?.norm === "a" || t[k - 1]?.norm === "an"))
      break;
    if (verb) return { direction: verb, at: k, after: false };
    // "will lay off 1,200 workers", "laid off 300 staff": as "cut 1,200 jobs".
    if (tok.norm === "off" && LAY_FORMS.has(t[k - 1]?.norm ?? ""))
      return { direction: "decrease", at: k - 1, after: false };
    // "an additional $25 million" adds; "cut another 3,000 jobs", "cut rates by another 50 basis points"
    // take the verb's direction.
    if (ADDITIVE.has(tok.norm) && bridged === 0) {
      // "fell a further 3%", "cut rates by a further 25 basis points": past an article to the verb.
      const lead = ["a", "an"].includes(t[k - 1]?.norm ?? "") ? k - 2 : k - 1;
      const verbBefore = CHANGE_VERB.get(t[lead]?.norm ?? "");
      if (verbBefore) return { direction: verbBefore, at: lead, after: false };
      const objectVerb = t[lead]?.norm === "by" ? verbBeforeBy(t, lead, isPeriodToken) : undefined;
      // ("a further 25 basis point cut": the change noun after the figure says which way.)
      const noun = CHANGE_NOUN.get(t[last]?.norm ?? "");
      if (!objectVerb && noun) return { direction: noun, at: last, after: true };
      // ("must pay US$4.3 billion in January, and another US$4.2 billion in July": one more of a series,
      // no change, where no verb of change governs "another".)
      // ("Washington pledged another $500 million": after a verb, still one more added.)
      if (!objectVerb && tok.norm === "another" && SERIES_LINKS.has(t[k - 1]?.norm ?? ".")) return undefined;
      return objectVerb ?? { direction: "increase", at: k, after: false };
    }
    // "rose an average of 5%", "were down an average of 4%": as if the figure came right after the verb.
    if (tok.norm === "of" && t[k - 1]?.norm === "average" && ["a", "an"].includes(t[k - 2]?.norm ?? "")) {
      k -= 3;
      bridged++;
      continue;
    }
    // "rose by a stronger-than-expected 0.6%", "a larger than forecast 2%": past the judgment.
    const judged = thanExpectedBefore(t, k);
    if (judged !== undefined && bridged === 0) {
      k = judged;
      bridged++;
      continue;
    }
    if (!BRIDGE.has(tok.norm)) break;
    k--;
    bridged++;
  }
  // "raised rates by 75 basis points": a verb, its object, then "by" (or "by a total of").
  const by = byBefore(t, qualifierStart);
  if (by >= 0) {
    const verb = verbBeforeBy(t, by, isPeriodToken);
    if (verb) return verb;
  }
  const mover = objectMover(t, qualifierStart, last, isPeriodToken);
  if (mover) return mover;
  // After: "37.2 percent higher", "a 5% rise", "5% year-on-year growth".
  let j = last;
  if (BASE_PHRASE.forward(t, j)) j = BASE_PHRASE.forward(t, j)?.end ?? j;
  // "12 cents a gallon higher", "$2 per barrel lower": a rate's unit between the figure and the adjective.
  const per = t[j];
  const perUnit = t[j + 1];
  if (
    per &&
    perUnit?.kind === "word" &&
    ["a", "an", "per"].includes(per.norm) &&
    CHANGE_ADJECTIVE.has(t[j + 2]?.norm ?? "") &&
    !(t[j + 2]?.norm === "more" && t[j + 3]?.norm === "than")
  ) {
    const adjective = CHANGE_ADJECTIVE.get(t[j + 2]?.norm ?? "");
    if (adjective) return { direction: adjective, at: j + 2, after: true };
  }
  const determined = determinedBefore(t, qualifierStart);
  const modified = namedChangeNoun(t, qualifierStart, j);
  const modifiedNoun = CHANGE_NOUN.get(t[modified ?? -1]?.norm ?? "");
  if (modified !== undefined && modifiedNoun) return { direction: modifiedNoun, at: modified, after: true };
  const next = t[j];
  if (next) {
    const adjective = CHANGE_ADJECTIVE.get(next.norm);
    if (
      adjective &&
      !(next.norm === "more" && t[j + 1]?.norm === "than" && ["num", "sym"].includes(t[j + 2]?.kind ?? "")) &&
      !isAttributive(t, j)
    )
      return { direction: adjective, at: j, after: true };
    const noun = CHANGE_NOUN.get(next.norm);
    // ("Meridian posts 38% jump in Q3 profit": a headline drops the determiner after its verb.)
    const headlined =
      t[qualifierStart - 1]?.kind === "word" &&
      t[qualifierStart - 1]?.text === t[qualifierStart - 1]?.norm &&
      !CHANGE_VERB.has(t[qualifierStart - 1]?.norm ?? "") &&
      onHeadline(t, j);
    if (noun && (determined || headlined)) {
      return { direction: noun, at: j, after: true };
    }
  }
  // "an increase of 5%", "a drop of 10 percent", "growth of 3%", "pay hikes of 4%".
  if (t[qualifierStart - 1]?.norm === "of") {
    const word = t[qualifierStart - 2]?.norm ?? "";
    const noun = CHANGE_NOUN.get(word) ?? pluralChangeNoun(word);
    if (noun) return { direction: noun, at: qualifierStart - 2, after: false };
  }
  return undefined;
}

/** Lower-case words an article may put between its determiner and a figure: "a downwardly revised 1.2%". */
const DESCRIBING_REACH = 6;

/**
 * A determiner right before the figure, or before a few lower-case words that describe it: "a 5% rise",
 * "a revised 0.4% increase", "a bigger-than-expected 25% jump".
 */
/** A word that may describe a change noun after a figure: "pay", "sales", "Fed", "CPI". */
function modifiesChange(mod: Token | undefined): boolean {
  return (
    mod?.kind === "word" &&
    (/^[a-z]{3,}$/.test(mod.text) ||
      /^\p{Lu}{2,5}$/u.test(mod.text) ||
      /^\p{Lu}\p{Ll}{2,}$/u.test(mod.text)) &&
    !CHANGE_NOUN.has(mod.norm) &&
    !CHANGE_ADJECTIVE.has(mod.norm) &&
    !BASE_STOPS.has(mod.norm)
  );
}

/**
 * "a 5.5% pay rise", "a 9% sales drop", "a 50 bps Fed cut", "a 14% electricity tariff hike": the change
 * noun one or two describing words after the figure's end `j`, or undefined. The caller checks the
 * determiner before the figure.
 */
export function modifiedChangeNoun(t: readonly Token[], j: number): number | undefined {
  if (!modifiesChange(t[j])) return undefined;
  const at = modifiesChange(t[j + 1]) && CHANGE_NOUN.has(t[j + 2]?.norm ?? "") ? j + 2 : j + 1;
  return CHANGE_NOUN.has(t[at]?.norm ?? "") && t[at]?.kind === "word" ? at : undefined;
}

/** Past a base written right after a figure at `j` ("27 per cent year-on-year rise"): the next token. */
export function pastBase(t: readonly Token[], j: number): number {
  return BASE_PHRASE.forward(t, j)?.end ?? j;
}

/**
 * The change noun a figure between `qualifierStart` and `j` describes: after a determiner ("a 5.5% pay
 * rise") or, in a headline, which drops it, after a verb ("Workers win 5% pay rise").
 */
export function namedChangeNoun(t: readonly Token[], qualifierStart: number, j: number): number | undefined {
  const verb = t[qualifierStart - 1];
  const headline =
    verb?.kind === "word" &&
    verb.text === verb.norm &&
    !CHANGE_VERB.has(verb.norm) &&
    !HEADLINE_LINKS.has(t[j]?.norm ?? "") &&
    onHeadline(t, j);
  return determinedBefore(t, qualifierStart) || headline ? modifiedChangeNoun(t, j) : undefined;
}

/** Words that link a headline's figure to what follows, no describing word: "to record $9.4-billion despite loss". */
const HEADLINE_LINKS = new Set([
  "despite",
  "versus",
  "with",
  "without",
  "amid",
  "on",
  "in",
  "for",
  "from",
  "at",
  "by",
  "to",
  "over",
  "under",
  "into",
  "before",
  "after",
  "than",
]);

/** Tokens a headline runs over after a figure, at most. */
const HEADLINE_REACH = 16;

/** The figure ending before `k` stands on a line with no sentence's end: a headline. */
export function onHeadline(t: readonly Token[], k: number): boolean {
  for (let j = k; j < k + HEADLINE_REACH; j++) {
    const tok = t[j];
    if (!tok || tok.lineStart) return true;
    if ([".", "!", "?"].includes(tok.norm)) return false;
  }
  return false;
}

/** A determiner stands before the figure at `qualifierStart`, maybe past a few describing words. */
function determinedBefore(t: readonly Token[], qualifierStart: number): boolean {
  const before = t[qualifierStart - 1];
  if (before?.kind === "word" && DETERMINED.has(before.norm)) return true;
  // "the index's 14% rise", "the naira's 12 per cent depreciation": a possessive determines it too.
  if (before?.kind === "word" && /['’]s$/.test(before.norm)) return true;
  for (let k = qualifierStart - 1; k >= Math.max(0, qualifierStart - DESCRIBING_REACH); k--) {
    const tok = t[k];
    if (gluedHyphen(t, k)) continue;
    if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
    if (tok.norm === "a" || tok.norm === "an") return k < qualifierStart - 1;
  }
  return false;
}

/** The token "basis" ends a short phrase after "on" at `k` ("a like-for-like basis"): its index, or undefined. */
function basisEnd(t: readonly Token[], k: number, limit: number): number | undefined {
  for (let j = k; j < Math.min(limit, k + 9); j++) {
    const norm = t[j]?.norm ?? "";
    if (norm === "basis") return j;
    if (BOUNDARY.has(norm) || t[j]?.kind === "num") return undefined;
  }
  return undefined;
}

/** Month names, for "on November 2024" as a base. */
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map(([name]) => name));

/** A month with its day or year at `k`: "September 2025", "December 1", "1 July". */
export function datedMonthAt(t: readonly Token[], k: number): boolean {
  const first = t[k];
  if (!first) return false;
  if (MONTH_WORDS.has(first.norm))
    return t[k + 1]?.kind === "num" || (t[k + 1]?.norm === "." && t[k + 2]?.kind === "num");
  return first.kind === "num" && /^\d{1,2}$/.test(first.norm) && MONTH_WORDS.has(t[k + 1]?.norm ?? "");
}

/** A month and its day at `k`: "October 1", "Jan. 1", "1 July" (not "September 2025"). */
function dayOfMonthAt(t: readonly Token[], k: number): boolean {
  if (!MONTH_WORDS.has(t[k]?.norm ?? "")) return datedMonthAt(t, k);
  const day = t[t[k + 1]?.norm === "." ? k + 2 : k + 1];
  return day?.kind === "num" && /^\d{1,2}$/.test(day.norm);
}

/**
 * The period at `k`, after a determiner, dates the noun right after it: "its October estimate", "the
 * September reading" (the base's own words, not the figure's period).
 */
function datesNoun(t: readonly Token[], k: number, isPeriodToken: (k: number) => boolean): boolean {
  if (!DATED_NOUN_DETERMINERS.has(t[k - 1]?.norm ?? "")) return false;
  let end = k;
  while (end < k + DATED_NOUN_REACH && isPeriodToken(end)) end++;
  return DATED_NOUNS.has(t[end]?.norm ?? "");
}

/** Determiners before a period that dates a noun: "its October estimate". */
const DATED_NOUN_DETERMINERS = new Set(["its", "their", "the", "his", "her", "our"]);
/** Nouns a period before them dates as a base: "its October estimate", "the September reading". */
const DATED_NOUNS = new Set([
  "estimate",
  "forecast",
  "projection",
  "reading",
  "report",
  "figure",
  "level",
  "outlook",
  "survey",
]);
/** Tokens of a period that dates a noun, at most: "its September 2026 estimate". */
const DATED_NOUN_REACH = 4;

/** What a change is measured against: "compared to the results of the previous year", "year-on-year". */
export function baseOf(
  t: readonly Token[],
  from: number,
  clauseEnd: number,
  isPeriodToken: (k: number) => boolean = () => false,
  comparesLevels = false,
): { first: number; last: number } | undefined {
  const limit = Math.min(clauseEnd, from + 10);
  for (let k = from; k < limit; k++) {
    const tok = t[k];
    if (!tok || BOUNDARY.has(tok.norm) || BASE_STOPS.has(tok.norm) || tok.kind === "num") break;
    const phrase = BASE_PHRASE.forward(t, k);
    if (phrase) return { first: k, last: phrase.end };
    if (CAUSE_PHRASE.forward(t, k)) return undefined;
    // "fell 22% on a comparable basis in the fourth quarter": how the change is counted, not what it is
    // measured against; a base may still follow.
    const basis = tok.norm === "on" ? basisEnd(t, k + 1, limit) : undefined;
    if (basis !== undefined) {
      k = basis;
      continue;
    }
    const opener = BASE_OPENER.forward(t, k);
    if (!opener) continue;
    // "from November to Christmas Eve", "from 2027 onwards": "from" opens a period of the figure's own.
    if (tok.norm === "from" && isPeriodToken(k)) return undefined;
    // "rose from $5 to $7" is a level, not a base; "over" and "on" open a base only before a period word.
    const start = opener.end;
    const first = t[start];
    if (!first) return undefined;
    // "down 11% from 301c a year earlier", "up 22% from $7.95 billion a year earlier": for a change in per
    // cent or points, the level compared with its time is the base ("rose from $5 to $7" stays two levels;
    // "added $196 million from 62 markets" names a source).
    const amount =
      tok.norm === "from" &&
      comparesLevels &&
      (first.kind === "sym" || (first.kind === "num" && !isPeriodToken(start))) &&
      !levelAfter(t, start, clauseEnd);
    if (first.kind === "sym" && !amount) return undefined;
    // "Wages will rise 2% from July 1", "from April next year": in a future clause, a date, a month or a
    // year after "from" is when the change starts, not what it is measured against ("could fall 15% from
    // this year" keeps its base).
    // ("balances cut by 20 per cent from next month": a time ahead starts the change too.)
    const dated = first.kind === "num" || first.text !== first.norm || AHEAD.has(first.norm);
    // ("rise by up to 71c a litre from Wednesday, 2 December": a day after "from" is when, never a base.)
    if (tok.norm === "from" && WEEKDAY_NAMES.has(first.norm)) return undefined;
    // ("raised bakers' flour prices by about 6 per cent from October 1": a day of a month after "from" is
    // when the change started, past or future; a month or a year alone may still be a base.)
    // ("Its cash balance stood at Dh54.8 billion, up 9% from March 31": a level's change set off after it is
    // measured against the level on that day.)
    if (tok.norm === "from" && isPeriodToken(start) && dayOfMonthAt(t, start) && !movedBeforeFrom(t, k))
      return undefined;
    if (tok.norm === "from" && isPeriodToken(start) && dated && futureBefore(t, k)) {
      let end = start;
      while (end < clauseEnd && isPeriodToken(end)) end++;
      // "to fall 3% from 2025 levels" still measures against a base.
      if (!["levels", "level", "prices"].includes(t[end]?.norm ?? "")) return undefined;
    }
    // "rose 9% from July 1 to November 16": a span of days after "from" is the figure's period.
    if (tok.norm === "from" && spansDays(t, start, clauseEnd, isPeriodToken)) return undefined;
    // "down 9% from 2024": a year is a base; "rose from $5 to $7", "from 5 to 7" are levels.
    if (first.kind === "num" && !amount) {
      // "from 2024 to 2025" is one period, the figure's.
      if (!isPeriodToken(start) || isPeriodToken(start + 1)) return undefined;
      // "on 10 May" is when; "up 6% on 2025" a base.
      if ((tok.norm === "over" || tok.norm === "on") && !/^(?:19|20)\d\d$/.test(first.norm)) continue;
      let end = start;
      while (end < clauseEnd && isPeriodToken(end)) end++;
      return { first: start, last: end };
    }
    // "up 4.6 per cent on November 2024": a month of a year is a base too ("on Monday" is when).
    const monthOfYear = isPeriodToken(start) && MONTH_WORDS.has(first.norm) && isYearToken(t[start + 1]);
    if (
      (tok.norm === "over" || tok.norm === "on") &&
      // ("up roughly 15% on this year": next year's prices set against this year's.)
      !["the", "a", "last", "this", "its", "their"].includes(first.norm) &&
      !monthOfYear
    )
      continue;
    // ("cut 900 jobs on the U.S. Gulf Coast": a place, not a base; "up 3% on the previous quarter", "on its
    // 2025 level" are bases.)
    if ((tok.norm === "over" || tok.norm === "on") && !monthOfYear && !comparedSoon(t, start, isPeriodToken))
      continue;
    // "rose 27% over the past two months": a span that ends now is when, not what it is set against.
    // ("4.1 per cent over the year", "over the quarter": the span of the change, not a base either.)
    if (
      tok.norm === "over" &&
      first.norm === "the" &&
      (["past", "last", "next", "coming"].includes(t[start + 1]?.norm ?? "") ||
        (SPAN_UNITS.has(t[start + 1]?.norm ?? "") && !OF_LINKS.has(t[start + 2]?.norm ?? "")) ||
        // ("rose 9% over the weekend to 48,000": a weekend names no period that ends on a day.)
        t[start + 1]?.norm === "weekend")
    )
      continue;
    let end = start;
    while (end < clauseEnd && end < start + 12) {
      const w = t[end];
      // ("than in October, 2025": a comma inside a period is no boundary.)
      const inPeriod = w?.norm === "," && isPeriodToken(end) && isPeriodToken(end - 1);
      if (!w || ((BOUNDARY.has(w.norm) || BASE_STOPS.has(w.norm)) && !inPeriod)) break;
      // "against the dollar this year": a period after the base is the figure's, not the base's ("from
      // the same month last year" is one base).
      const prev = t[end - 1]?.norm ?? "";
      if (
        end > start &&
        isPeriodToken(end) &&
        !isPeriodToken(end - 1) &&
        !LINKS.has(prev) &&
        !TIME_UNIT.has(prev) &&
        !amount &&
        !datesNoun(t, end, isPeriodToken)
      )
        break;
      // ("earned 18.6% less than men in 2024", "72pc less rain than normal in October": after "than" one
      // bare word, and the period is the figure's; not "than it did in 2018" nor "the same month in 2024".)
      if (
        tok.norm === "than" &&
        prev === "in" &&
        end - 1 === start + 1 &&
        isPeriodToken(end) &&
        first.text === first.norm
      ) {
        end--;
        break;
      }
      end++;
    }
    if (end > start) return { first: start, last: end };
    return undefined;
  }
  return undefined;
}

/** Tokens after "on" or "over" looked through for a period or a word of comparison. */
const COMPARED_REACH = 5;

/** Words that make "on the ..." a base: "on the previous quarter", "on its 2025 level", "on estimates". */
const COMPARED_WORDS: ReadonlySet<string> = new Set([
  "level",
  "levels",
  "previous",
  "prior",
  "same",
  "earlier",
  "ago",
  "average",
  "estimate",
  "estimates",
  "forecast",
  "forecasts",
  "figure",
  "figures",
  "record",
  "period",
  "before",
]);

/** A period, a level or a word of comparison follows `start` closely. */
function comparedSoon(t: readonly Token[], start: number, isPeriodToken: (k: number) => boolean): boolean {
  for (let k = start; k < start + COMPARED_REACH; k++) {
    const tok = t[k];
    if (!tok || BOUNDARY.has(tok.norm)) return false;
    // ("a 14 per cent increase over the N48.2 trillion approved for 2026": a level compared.)
    if (isPeriodToken(k) || COMPARED_WORDS.has(tok.norm) || tok.kind === "num") return true;
  }
  return false;
}

/** Tokens before "to" that may still be the amount after "from": "$5", "billion". */
const AMOUNT_TOKENS = 4;

/** The amount at `start` runs to "to" and another level: "from $5 to $7", "from 3.1% to 2.9%". */
function levelAfter(t: readonly Token[], start: number, clauseEnd: number): boolean {
  for (let k = start + 1; k < Math.min(clauseEnd, start + AMOUNT_TOKENS + 1); k++)
    if (t[k]?.norm === "to" || t[k]?.norm === "-") return true;
  return false;
}

/** Words of a time ahead after "from": "from next month", "from the coming year". */
const AHEAD = new Set(["next", "coming"]);

/** Units of time "over the" opens a span with: "over the year", "over the quarter". */
const SPAN_UNITS = new Set(["year", "quarter", "month", "week", "period", "half"]);
/** Words after such a unit that make it a named period: "over the year to October", "of 2024". */
const OF_LINKS = new Set(["of", "to", "ended", "ending", "before", "earlier", "ago"]);

/** Period tokens from `start` on run past a link of a span: "July 1 to November 16". */
function spansDays(
  t: readonly Token[],
  start: number,
  clauseEnd: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  for (let k = start; k < clauseEnd && isPeriodToken(k); k++)
    if (k > start && SPAN_LINKS.has(t[k]?.norm ?? "") && isPeriodToken(k + 1)) return true;
  return false;
}

/** Words that join the two ends of a span of days. */
const SPAN_LINKS = new Set(["to", "through", "until", "-", "–"]);

/** A comparative before a lower-case plural noun describes it: "30 smaller stores", not "5% higher". */
function isAttributive(t: readonly Token[], at: number): boolean {
  // "22% below normal", "60% below their 2021 listing price": a preposition's object is the base.
  if (LEVEL_PREPOSITIONS.has(t[at]?.norm ?? "")) return false;
  // ("sold about 6 percent less beer", "planted 12% more maize": a quantity's comparative is its change;
  // "361 less serious alerts": "less" before an adjective and a plural noun grades the adjective.)
  if (QUANTITY_COMPARATIVES.has(t[at]?.norm ?? "")) return t[at]?.norm === "less" && gradesAdjective(t, at);
  const next = t[at + 1];
  return (
    next?.kind === "word" &&
    next.text === next.norm &&
    /^[a-z]{4,}$/.test(next.norm) &&
    !AFTER_COMPARATIVE.has(next.norm)
  );
}

/** "less serious alerts": "less" at `at` before a lower-case word and a lower-case plural noun. */
function gradesAdjective(t: readonly Token[], at: number): boolean {
  const adjective = t[at + 1];
  const noun = t[at + 2];
  return (
    adjective?.kind === "word" &&
    /^[a-z]{3,}$/.test(adjective.text) &&
    !/[^su]s$/.test(adjective.norm) &&
    !AFTER_COMPARATIVE.has(adjective.norm) &&
    noun?.kind === "word" &&
    /^[a-z]{3,}s$/.test(noun.text) &&
    !noun.norm.endsWith("ss")
  );
}

/** Comparatives of quantity, whose noun after them is what changed: "6 percent less beer". */
const QUANTITY_COMPARATIVES = new Set(["more", "less", "fewer"]);

/** Words after a comparative that leave it a change: "5% higher than", "lower in March", "up from". */
const AFTER_COMPARATIVE = new Set([
  "than",
  "from",
  "year-on-year",
  "this",
  "last",
  "over",
  "compared",
  "versus",
  "since",
  "during",
  "after",
  "before",
  "while",
  "when",
  "year",
  "each",
  "every",
  "overall",
  "respectively",
  "still",
  "again",
]);

/** Comparatives that are prepositions: what follows them is the base ("46% below 1990 levels"). */
export const LEVEL_PREPOSITIONS: ReadonlySet<string> = new Set(["below", "above"]);
/** Words a base after "below"/"above" may take. */
const LEVEL_BASE_REACH = 8;
/** Words that end such a base: "below normal in June", "above average for the season". */
const LEVEL_BASE_ENDS = new Set([
  "through",
  "until",
  "till",
  "because",
  "in",
  "on",
  "during",
  "at",
  "for",
  "since",
  "by",
  "as",
  "than",
  "to",
  "after",
]);

/**
 * The base right after "below"/"above" at `from`: "1990 levels", "normal", "their 2021 listing price", "its
 * peak of 2022"; a year before a noun belongs to it.
 */
export function levelBase(
  t: readonly Token[],
  from: number,
  clauseEnd: number,
  isPeriodToken: (k: number) => boolean,
): { first: number; last: number } | undefined {
  let end = from;
  let dated = isPeriodToken(from);
  while (end < clauseEnd && end - from < LEVEL_BASE_REACH) {
    const w = t[end];
    if (!w || BOUNDARY.has(w.norm) || BASE_STOPS.has(w.norm) || LEVEL_BASE_ENDS.has(w.norm)) break;
    // "their 2022 listing price of Rp 9,000": the amount after "of" is a figure of its own.
    if (
      w.norm === "of" &&
      (t[end + 1]?.kind === "num" || t[end + 2]?.kind === "num" || t[end + 1]?.kind === "sym")
    )
      break;
    if (w.kind === "sym" || (w.kind === "num" && !isYearToken(w))) break;
    // "normal this month": the present period after the base is the figure's; "1990 levels", "their
    // 2019-2020 average": one before a noun belongs to the base.
    if (isPeriodToken(end) && end > from) {
      let after = end;
      while (after < clauseEnd && isPeriodToken(after)) after++;
      const noun = t[after];
      const beforeNoun = noun?.kind === "word" && noun.text === noun.norm && !LEVEL_BASE_ENDS.has(noun.norm);
      // "prices a month ago", "the same week last year": a past date of the base stays in it.
      // "2005 levels last year": a base that has its date already leaves the next one to the figure.
      if (!beforeNoun && (["this", "next"].includes(w.norm) || dated)) break;
      dated = true;
      end = after;
      continue;
    }
    end++;
  }
  while (end > from && ["of", "the", "a", "an"].includes(t[end - 1]?.norm ?? "")) end--;
  return end > from ? { first: from, last: end } : undefined;
}

const FUTURE: ReadonlySet<string> = new Set(FUTURE_WORDS);
/**
 * How far back in its clause a future word may stand from a base's opener: past the verb's object ("will
 * cut the list price of its weight-loss drug Wegovy in Denmark by about 37 percent from next month").
 */
const FUTURE_REACH = 24;

/** A future word ("will", "due", "plans"...) in the few words of the clause before token `k`. */
function futureBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - FUTURE_REACH); j--) {
    const norm = t[j]?.norm ?? "";
    if (BOUNDARY.has(norm)) return false;
    if (FUTURE.has(norm)) return true;
  }
  return false;
}
