import {
  COMPANY_SUFFIXES,
  COMPANY_TAIL_WORDS,
  CONNECTING_HEADS,
  LOCATION_SUFFIXES,
  MISC_SUFFIXES,
  ORG_SUFFIXES,
} from "./lexicon/organizations.ts";

/** A word that ends the name of an organization, an event or thing, or a place ("Bank", "Act", "River"). */
export function hasNameSuffix(word: string): boolean {
  return ORG_SUFFIXES.has(word) || MISC_SUFFIXES.has(word) || LOCATION_SUFFIXES.has(word);
}

/**
 * A name ending in this word names a body, an event or a place, so a title inside it is no title:
 * "Egyptian Premier League", "Governor's Cup", "President Hotel".
 */
export function endsBodyName(word: string): boolean {
  return hasNameSuffix(word) || CONNECTING_HEADS.has(word);
}

/** A generic word of a company's name, left out when it is named short: "Automotive", "Group", "Mines". */
export function genericCompanyWord(word: string): boolean {
  return COMPANY_TAIL_WORDS.has(word) || COMPANY_SUFFIXES.has(word);
}

/**
 * The words after a company's short name make its fuller name, not another body's: generic words of a
 * company's ("Take-Two Interactive", "Hankook Tire & Technology"), a company's suffix last ("Fonterra
 * Co-operative Group"), or any words before a legal form (`legal`: "Puregold Price Club, Inc."); not
 * "Toyota Thailand", "Amazon Fund", "Apple Music".
 */
export function fullerCompanyName(extra: readonly string[], legal: boolean): boolean {
  if (extra.length === 0) return false;
  if (legal || COMPANY_SUFFIXES.has(extra[extra.length - 1] ?? "")) return true;
  return extra.every((word) => word === "&" || word === "-" || genericCompanyWord(word));
}
