import { isCapitalized } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

/**
 * Where "the" stands before a kind at `noun`, past a few words that describe it ("the Toronto-based
 * company", "the state-owned enterprise", "the national utility", "the interior ministry"); a capitalized
 * word only in a compound ("Sao Paulo-based") or as a nationality ("the Kenyan lender").
 */
export function theBeforeModifiers(t: readonly Token[], noun: number): number {
  let compound = false;
  for (let k = noun - 1; k >= noun - 1 - MODIFIER_REACH; k--) {
    const tok = t[k];
    if (!tok) return -1;
    if (tok.norm === "the") return k;
    if (tok.norm === "-" && !tok.spaceBefore && t[k + 1] && !t[k + 1]?.spaceBefore) compound = true;
    // ("the Nashville, Tennessee-based company": a city and its state before the hyphen.)
    else if (tok.norm === "," && compound && isCapitalized(t[k - 1]) && isCapitalized(t[k + 1])) continue;
    // ("The 108-store retailer said": a count in a compound describes it too.)
    else if (tok.kind === "num" && t[k + 1]?.norm === "-" && !t[k + 1]?.spaceBefore) continue;
    // ("The Atlanta company said": a place's one word right after "the" describes it too.)
    else if (isCapitalized(tok) && t[k - 1]?.norm === "the" && k === noun - 1) continue;
    else if (tok.kind !== "word" || (isCapitalized(tok) && !compound && !NATIONALITY_ENDING.test(tok.norm)))
      return -1;
  }
  return -1;
}

/** Words that may describe a body between "the" and its kind: "the Nashville, Tennessee-based health-technology company". */
const MODIFIER_REACH = 8;

/** The endings of a nationality before a kind: "the Kenyan lender", "the Irish carrier", "the Japanese". */
const NATIONALITY_ENDING = /(?:an|ish|ese|i)$/;
