import { NON_ENTITY_ACRONYMS } from "./lexicon/organizations.ts";
import type { Candidate } from "./refine.ts";
import type { SentenceView } from "./span-proposer.ts";

/** Lower-case words a term's acronym may skip: "earnings before interest, taxes ... (EBITDA)" keeps "before". */
const SKIPPED = new Set(["of", "and", "the", "&", ",", "-", "–"]);
/** Words before the parenthesis a term may take, at most. */
const TERM_WORDS = 10;

/**
 * Acronyms the article defines as common terms, spelled by the initials of lower-case words right
 * before them: "free cash flow (FCF)", "high-bandwidth memory (HBM)", "earnings before interest, taxes,
 * depreciation and amortization (EBITDA)", "qualified institutional buyers (QIBs)". They name no entity,
 * wherever they stand in the article.
 */
export function termAcronyms(views: readonly SentenceView[]): Set<string> {
  const terms = new Set<string>();
  for (const view of views) {
    const words = view.words;
    for (let i = 1; i + 2 < words.length; i++) {
      if (words[i] !== "(" || words[i + 2] !== ")") continue;
      const acronym = words[i + 1] ?? "";
      const letters = acronym.replace(/s$/, "");
      if (!/^\p{Lu}{2,6}$/u.test(letters)) continue;
      if (spelledByLowerCase(view, i, letters)) terms.add(acronym);
    }
  }
  return terms;
}

/**
 * The lower-case words before `open` spell `letters` by their initials (hyphenated parts too); the
 * sentence's first word may be capitalized ("Free cash flow (FCF) rose").
 */
function spelledByLowerCase(view: SentenceView, open: number, letters: string): boolean {
  let want = letters.length - 1;
  for (let k = open - 1; k >= Math.max(0, open - TERM_WORDS) && want >= 0; k--) {
    const word = view.words[k] ?? "";
    if (SKIPPED.has(word)) continue;
    const lower = k === view.firstWord ? word.charAt(0).toLowerCase() + word.slice(1) : word;
    // ("African swine fever (ASF)": one capitalized word may open a term of two lower-case words or more,
    // its initial the acronym's first letter.)
    if (want === 0 && letters.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(word))
      return word.charAt(0) === letters[0];
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(lower)) return false;
    // "high-bandwidth" gives H and B; read its parts from the last.
    const parts = lower.split("-").filter(Boolean);
    for (let p = parts.length - 1; p >= 0 && want >= 0; p--) {
      const initial = (parts[p] ?? "").charAt(0).toUpperCase();
      if (initial === letters[want]) want--;
      else if (p === parts.length - 1 && p === 0) return false;
    }
  }
  return want < 0;
}

/** Candidates that are not a term's acronym. */
export function withoutTermAcronyms(
  views: readonly SentenceView[],
  found: readonly Candidate[],
): Candidate[] {
  const terms = termAcronyms(views);
  // "M&A", "R&D": a term written with "&" is read as three words.
  // ("The South African Revenue Service (SARS) said ... SARS collected": an acronym the article defines
  // for a name is that name's, whatever else it spells.)
  const named = found.filter((candidate) => {
    const word = candidate.words.join("");
    return (
      !NON_ENTITY_ACRONYMS.has(word) || (candidate.canonical !== undefined && candidate.canonical !== word)
    );
  });
  if (terms.size === 0) return named;
  return named.filter((candidate) => !(candidate.words.length === 1 && terms.has(candidate.words[0] ?? "")));
}
