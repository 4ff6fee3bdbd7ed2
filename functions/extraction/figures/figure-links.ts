/**
 * Rules between the figures of a sentence: a figure that restates, continues or follows on from the one
 * before it measures the same thing ("revenue rose 5% to $94.8 billion", "533 points, or 1.3%,").
 */
import type { ChangeHit } from "./changes.ts";
import { SUBORDINATORS } from "./data/subject-words.ts";
import { possessiveOwner } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure } from "./types.ts";

/** The figure read before, with its token range and the end of its change's base. */
export interface PreviousFigure {
  figure: Figure;
  sentence: number;
  first: number;
  last: number;
  baseLast?: number;
}

/**
 * Whether `figure` takes the subject of `same`, the figure before it in its sentence. `change` is the
 * figure's change word.
 */
export function sharesSubject(
  tokens: readonly Token[],
  figure: Figure,
  qualifierStart: number,
  same: PreviousFigure | undefined,
  change: ChangeHit | undefined,
  periodAt: Int32Array,
): boolean {
  // "revenue of $94.8 billion ..., up 5% from a year earlier" and "533 points, or 1.3%": a figure that
  // restates or qualifies the one before it measures the same thing.
  // "increased 0.2% in June after gaining 0.1% in May": a participle clause's change measures the same.
  const participle =
    change &&
    !change.after &&
    SUBORDINATORS.has(tokens[change.at - 1]?.norm ?? "") &&
    (tokens[change.at]?.norm ?? "").endsWith("ing");
  const trailing = change && !change.after && (tokens[change.at - 1]?.norm === "," || participle);
  // "raised rates by 25 basis points to 4%", "rose 3% to $85": the level reached after a change.
  // So is "rose 32.5% from a year earlier to 12.2 trillion won" and "rose 14% to a record $616 million".
  let to = qualifierStart - 1;
  while (to > 0 && LEVEL_WORDS.has(tokens[to]?.norm ?? "") && qualifierStart - to <= 4) to--;
  // "up from last year's 120,000", "from 2024's $3 billion": back past a period that dates the figure.
  const owner = possessiveOwner(tokens, to);
  const dated = periodAt[owner] ?? -1;
  if (dated >= 0) {
    to = owner;
    while (to > 0 && periodAt[to] === dated) to--;
  }
  // "settled down $1.32, or 2%, at $63.45": a market's closing level after "at"; "settled 1.2% higher at
  // $31.40", "jumped 22% in early trading to $15.75": a few plain words may come between.
  const near = same !== undefined && closeAfter(tokens, same.last, to, (k) => (periodAt[k] ?? -1) >= 0);
  // "cut vouchers from $12 to $6": the level after the one it came from.
  const fromBefore = same !== undefined && tokens[same.first - 1]?.norm === "from";
  const reached =
    (tokens[to]?.norm === "to" || tokens[to]?.norm === "at") &&
    (same?.figure.change || (fromBefore && to === same?.last)) &&
    (to === same.last ||
      to === same.baseLast ||
      (tokens[to - 1]?.norm === "," && to - 1 === same.last) ||
      near);
  // "climbed to 4.2% from 3.6%", "fell to 6.1% in March from 6.8%": the level it came from.
  // ", from 71 per cent two years ago", ", up from N600,000": after a comma too.
  // "..., compared with 240,000 a week earlier": a level compared is one it came from too.
  const compared = tokens[to]?.norm === "with" && tokens[to - 1]?.norm === "compared";
  const fromAt = tokens[to]?.norm === "from" ? to : compared ? to - 1 : -1;
  // "N1.5 million a year, up from N600,000": a rate may stand between the figure and the comma; so may
  // a period ("rose to 2.9% in October, up from 2.6%").
  const afterComma = (k: number) => {
    if (tokens[k]?.norm !== "," || same === undefined) return false;
    let back = k;
    while (
      back > same.last &&
      ((periodAt[back - 1] ?? -1) >= 0 ||
        (PERIOD_PREPOSITIONS.has(tokens[back - 1]?.norm ?? "") && (periodAt[back] ?? -1) >= 0))
    )
      back--;
    return back === same.last || (k - same.last <= 2 && RATE_WORDS.has(tokens[same.last]?.norm ?? ""));
  };
  const cameFrom =
    fromAt >= 0 &&
    same !== undefined &&
    (to === same.last ||
      near ||
      afterComma(fromAt - 1) ||
      (["up", "down"].includes(tokens[to - 1]?.norm ?? "") && afterComma(to - 2)));
  // "rose 14% to $95 million, or 42 cents per share", "12.1 trillion won ($8.6 billion)", "dropped 533
  // points, or 1.3%,": the figure before, restated.
  const restated = restates(tokens, qualifierStart, same);
  // A quantity's own subject is its unit; as the level a change reached it measures what changed
  // ("Copper production rose 9% to 1,865 kilotonnes").
  const unitOnly = figure.kind === "QUANTITY" && figure.subject?.text === figure.unit;
  // "closed 120 points lower at 17,612.35", "rose 1.5 per cent to $4.10": a subject read between the two
  // figures is the change's words, not what the level measures.
  const between =
    same !== undefined &&
    figure.subject !== undefined &&
    figure.subject.start >= same.figure.start &&
    figure.subject.end <= figure.start;
  return (
    (!figure.subject || ((reached || cameFrom || restated) && (unitOnly || between))) &&
    same?.figure.subject !== undefined &&
    Boolean(restated || trailing || reached || cameFrom)
  );
}

/**
 * The figure whose qualifier starts at `qualifierStart` restates `same` in other terms: "..., or 1.3%",
 * "... ($8.6 billion)".
 */
export function restates(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure | undefined,
): boolean {
  if (same === undefined) return false;
  const link = tokens[qualifierStart - 1]?.norm;
  if (link === "(") return qualifierStart - 1 === same.last;
  return link === "or" && tokens[qualifierStart - 2]?.norm === "," && qualifierStart - 2 === same.last;
}

/** Prepositions before a period: "in October", "on Monday". */
const PERIOD_PREPOSITIONS = new Set(["in", "on", "during", "for", "at", "by"]);
/** Words of a rate after an amount: "a year", "per month", "each week". */
const RATE_WORDS = new Set(["a", "an", "per", "each"]);
/** Words between "to" and the level a change reached: "to a record", "to a fresh all-time high of". */
const LEVEL_WORDS = new Set([
  "a",
  "an",
  "record",
  "new",
  "fresh",
  "all-time",
  "high",
  "low",
  "of",
  // "to an annual rate of 1.45 million", "to a seasonally adjusted $312 billion".
  "annual",
  "rate",
  "seasonally",
  "adjusted",
  "annualized",
  "annualised",
]);
/** Plain words a level may be from the change before it: "1.2% higher at", "22% in early trading to". */
const NEAR_TOKENS = 4;
const NEAR_STOPS = new Set(["and", "but", "or", "while", "after", "before", "as", "which", "who", "that"]);

/**
 * Only a few lower-case words or a period ("in March"), no other mark, number or clause word, between
 * token `last` and `to`.
 */
function closeAfter(
  tokens: readonly Token[],
  last: number,
  to: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  if (to <= last || to - last > NEAR_TOKENS) return false;
  for (let k = last; k < to; k++) {
    const tok = tokens[k];
    if (isPeriodToken(k)) continue;
    if (tok?.kind !== "word" || tok.text !== tok.norm || NEAR_STOPS.has(tok.norm)) return false;
  }
  return true;
}

/** The latest subject among `figures` that names `head` as a word ("initiative" in "the ... Initiative ..."). */
export function antecedent(figures: readonly Figure[], head: string): Figure["subject"] | undefined {
  for (let k = figures.length - 1; k >= 0 && k >= figures.length - 20; k--) {
    const subject = figures[k]?.subject;
    if (!subject) continue;
    const words = subject.text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    if (words.includes(head) && !words[0]?.match(/^(that|this|these|those)$/)) return subject;
  }
  return undefined;
}
