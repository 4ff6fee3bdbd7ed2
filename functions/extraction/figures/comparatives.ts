/**
 * Comparatives in parentheses, as British and Commonwealth results write them: "Revenue of £1,184.6 million
 * (H1 2024: £1,052.3 million), up 12.6%". The period before the colon is the comparative figure's only,
 * and that figure measures what the figure before the parenthesis measures.
 */
import type { PeriodHit } from "./periods.ts";
import type { Token } from "./tokenize.ts";

/** Tokens a comparative may hold after its colon: "£1,052.3 million", "€(12.4)m", "26.5p". */
const COMPARATIVE_TOKENS = 8;

/**
 * The token after the ")" that closes a comparative whose period is `p` ("(H1 2024: £1,052.3 million)"),
 * or -1 when `p` opens no comparative.
 */
export function comparativeEnd(tokens: readonly Token[], p: PeriodHit): number {
  if (tokens[p.first - 1]?.norm !== "(" || tokens[p.last]?.norm !== ":") return -1;
  for (let k = p.last + 1; k <= p.last + COMPARATIVE_TOKENS && k < tokens.length; k++) {
    const norm = tokens[k]?.norm;
    if (norm === ")") return k + 1;
    if (norm === "(" || norm === ";") return -1;
  }
  return -1;
}

/** The figure at token `first` is inside a comparative: "(2024: 26.5p)". */
export function inComparative(
  tokens: readonly Token[],
  periodAt: Int32Array,
  periods: readonly PeriodHit[],
  first: number,
): boolean {
  const colon = tokens[first - 1]?.norm === ":" ? first - 1 : -1;
  const p = periods[periodAt[colon - 1] ?? -1];
  return p !== undefined && comparativeEnd(tokens, p) > first;
}
