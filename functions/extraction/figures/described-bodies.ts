import { DEMONYM_WORDS } from "../entities/lexicon/demonyms.ts";
import { isCapitalized } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

/**
 * Where "the" (or a name's possessive: "Switzerland's biggest insurer") stands before a kind at `noun`,
 * past a few words that describe it ("the Toronto-based company", "the state-owned enterprise", "the
 * national utility", "the interior ministry"); a capitalized word only in a compound ("Sao Paulo-based"),
 * as a nationality ("the Kenyan lender") or as one place right after "the" ("The Atlanta company").
 */
export function theBeforeModifiers(t: readonly Token[], noun: number): number {
  let compound = false;
  for (let k = noun - 1; k >= noun - 1 - MODIFIER_REACH; k--) {
    const tok = t[k];
    if (!tok) return -1;
    if (tok.norm === "the" || placeOwner(t, k)) return k;
    if (tok.norm === "-" && !tok.spaceBefore && t[k + 1] && !t[k + 1]?.spaceBefore) compound = true;
    // ("the Shanghai- and Hong Kong-listed company": a hyphen left hanging before "and".)
    else if (tok.norm === "-" && !tok.spaceBefore && t[k + 1]?.norm === "and") compound = true;
    // ("the Nashville, Tennessee-based company": a city and its state before the hyphen; "The Coeur
    // d'Alene, Idaho-based company": a particle glued to the city's last word.)
    else if (
      tok.norm === "," &&
      compound &&
      (isCapitalized(t[k - 1]) || /^\p{Ll}['’]\p{Lu}/u.test(t[k - 1]?.text ?? "")) &&
      isCapitalized(t[k + 1])
    )
      continue;
    // ("The St. Louis-based retailer", "the Ft. Worth-based company": an abbreviation's point in the place.)
    else if (
      tok.norm === "." &&
      compound &&
      !tok.spaceBefore &&
      /^\p{Lu}\p{Ll}{0,2}$/u.test(t[k - 1]?.text ?? "")
    )
      continue;
    // ("The 108-store retailer said": a count in a compound describes it too.)
    else if (tok.kind === "num" && t[k + 1]?.norm === "-" && !t[k + 1]?.spaceBefore) continue;
    // ("The FTSE 250 company said": the index it is in.)
    else if (tok.kind === "num" && indexAt(t, k - 1)) continue;
    // ("The Atlanta company said": a place's one word right after "the" describes it too.)
    else if (isCapitalized(tok) && t[k - 1]?.norm === "the" && k === noun - 1) continue;
    else if (
      tok.kind !== "word" ||
      (isCapitalized(tok) && !compound && !NATIONALITY_ENDING.test(tok.norm) && !namesNoOne(t, k))
    )
      return -1;
  }
  return -1;
}

/**
 * A capitalized name's possessive before a superlative stands for "the": "Switzerland's biggest insurer",
 * "Europe's largest carmaker" (not "Miami's ownership group", "Eirnet's parent company": whose it is).
 */
export function placeOwner(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  const next = t[k + 1]?.norm ?? "";
  return (
    tok !== undefined &&
    /^\p{Lu}[\p{L}.-]*['’]s$/u.test(tok.text) &&
    (/^[a-z]{3,}est$/.test(next) || RANKING_WORDS.has(next) || /^(?:second|third)-[a-z]+est$/.test(next))
  );
}

/** Words that rank a body like a superlative: "Kenya's top lender", "India's leading carmaker". */
const RANKING_WORDS = new Set(["top", "leading", "no.", "number"]);

/** Words that may describe a body between "the" and its kind: "the Nashville, Tennessee-based company". */
const MODIFIER_REACH = 8;

/** The endings of a nationality before a kind: "the Kenyan lender", "the Irish carrier", "the Japanese". */
const NATIONALITY_ENDING = /(?:an|ish|ese|i)$/;

/**
 * The capitalized word at `k` describes a body without naming one: a people's adjective ("The Dutch
 * group", "the Swiss lender") or the index the body is in ("The FTSE 250 company").
 */
export function namesNoOne(t: readonly Token[], k: number): boolean {
  return DEMONYM_WORDS.has(t[k]?.norm ?? "") || (indexAt(t, k) && t[k + 1]?.kind === "num");
}

/** An index's letters: "FTSE" (before its number). */
function indexAt(t: readonly Token[], k: number): boolean {
  return /^\p{Lu}{2,}$/u.test(t[k]?.text ?? "");
}
