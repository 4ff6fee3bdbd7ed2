import { type Token, tokenize } from "./tokenize.ts";

interface Entry<T> {
  words: string[];
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** First token of the match. */
  start: number;
  /** Token after the match. */
  end: number;
}

/**
 * Matches multi-word phrases on tokens, forward from a token or backward from one, in time bounded by
 * the longest phrase. Phrases are tokenized like the text, so "year-on-year" and "U.S. dollars" match
 * however they are spaced.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of phrases) {
      const words = tokenize(phrase).map((t) => t.norm);
      const first = words[0];
      const last = words[words.length - 1];
      if (first === undefined || last === undefined) continue;
      const entry = { words, value };
      push(this.byFirst, first, entry);
      push(this.byLast, last, entry);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) {
      list.sort((a, b) => b.words.length - a.words.length);
    }
  }

  /** The longest phrase starting at token `i`. */
  forward(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const first = tokens[i];
    if (first === undefined) return undefined;
    for (const entry of this.byFirst.get(first.norm) ?? []) {
      if (entry.words.every((w, k) => tokens[i + k]?.norm === w)) {
        return { value: entry.value, start: i, end: i + entry.words.length };
      }
    }
    return undefined;
  }

  /** The longest phrase ending right before token `end`. */
  backward(tokens: readonly Token[], end: number): PhraseMatch<T> | undefined {
    const last = tokens[end - 1];
    if (last === undefined) return undefined;
    for (const entry of this.byLast.get(last.norm) ?? []) {
      const start = end - entry.words.length;
      if (start < 0) continue;
      if (entry.words.every((w, k) => tokens[start + k]?.norm === w)) {
        return { value: entry.value, start, end };
      }
    }
    return undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds a phrase matcher from `[phrase, value, ...]` tuples. */
export function matcherOf<T>(rows: ReadonlyArray<readonly [string, T, ...unknown[]]>): PhraseMatcher<T> {
  return new PhraseMatcher(rows.map((r) => [r[0], r[1]] as const));
}

/** A token is a word starting with a capital letter. */
export function isCapitalized(token: Token | undefined): boolean {
  if (token?.kind !== "word") return false;
  const first = token.text[0] ?? "";
  return first !== first.toLowerCase();
}

/** A hyphen with no space on either side: "so-called", "10-year", "all-time" are one word. */
export function gluedHyphen(t: readonly Token[], k: number): boolean {
  const dash = t[k];
  return dash?.norm === "-" && !dash.spaceBefore && t[k + 1] !== undefined && !t[k + 1]?.spaceBefore;
}

/**
 * The word at `k` is a gerund whose object is an amount: "losing $638 million", "paying about Sh2,000",
 * "losing a combined $3 billion" (not "operating profit of", a noun's modifier).
 */
export function gerundOfAmount(t: readonly Token[], k: number): boolean {
  const gerund = t[k];
  const after = t[k + 1];
  if (gerund?.kind !== "word" || gerund.text !== gerund.norm || !/^[a-z]{3,}ing$/.test(gerund.norm))
    return false;
  return (
    after?.kind === "num" || after?.kind === "sym" || (after?.kind === "word" && AMOUNT_LEADS.has(after.norm))
  );
}

/** Words that open an amount after a gerund: "losing about $5", "paying a combined $3 billion". */
const AMOUNT_LEADS = new Set([
  ...[
    "a",
    "an",
    "their",
    "its",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "more",
    "up",
    "roughly",
  ],
  ...["at", "as", "estimated", "approximately", "close"],
]);
