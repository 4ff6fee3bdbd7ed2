import { bySentence, overlapping } from "./candidate-index.ts";
import { ORG_SUFFIXES } from "./lexicon/organizations.ts";
import type { Candidate } from "./refine.ts";
import { VOTE_CERTAIN } from "./refine.ts";
import type { SentenceView } from "./span-proposer.ts";
import { isDefinedAcronym } from "./word-shape.ts";

/**
 * Lower-case words and marks an organization's name may hold between its capitalized words: "Department
 * for Levelling Up, Housing and Communities (DLUHC)", "Teachers and Principals' Union (QTPU)".
 */
const NAME_LINKS = new Set(["of", "for", "and", "in", "on", "to", "the", "de", "&", ",", "'", "’"]);
const ARTICLES = new Set(["the", "a", "an"]);
/** An acronym written as a word: "Defra", "Usdaw", "Ofgem". */
const WORD_ACRONYM = /^\p{Lu}\p{Ll}{3,7}$/u;
/** How many tokens before the parenthesis the name may reach. */
const MAX_NAME_TOKENS = 16;

/**
 * "The Board of Control for Cricket in India (BCCI)", "the United Nations Relief and Works Agency for
 * Palestine Refugees (UNRWA)": the capitals of an acronym in parentheses spell where the name before it
 * starts, so the pieces a proposer cut at "of", "for", "in" or "and" ("Board of Control", "Cricket",
 * "India") are one organization (or one MISC name, if that is what its pieces were). Linear in the text.
 */
export function joinByAcronym(views: readonly SentenceView[], found: readonly Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  const replaced = new Set<Candidate>();
  const sentences = bySentence(found);
  views.forEach((view, sentence) => {
    const here = sentences.get(sentence);
    if (!here) return;
    for (let i = 1; i + 2 < view.words.length; i++) {
      if (view.words[i] !== "(") continue;
      const acronym = gluedAcronym(view, i + 1);
      if (acronym === undefined) continue;
      // "(Defra)", "(Usdaw)": an acronym written as a word, if its letters spell the name's initials.
      if (!isDefinedAcronym(acronym) && !WORD_ACRONYM.test(acronym)) continue;
      const start = nameStart(view, i, acronymLetters(acronym));
      if (start === undefined) continue;
      const first = view.tokens[start];
      const last = view.tokens[i - 1];
      if (!first || !last) continue;
      // "Amtrak and Canadian National Railway (CNR)": a name a proposer ran across the acronym's start
      // keeps its part before the link word.
      // Only the candidates around the name: a sentence of many acronyms stays linear.
      const near = overlapping(here, first.start, last.end).sort((a, b) => a.start - b.start);
      let crossed: Candidate | undefined;
      for (const c of near) {
        if (replaced.has(c) || c.start >= first.start || c.end <= first.start || c.end > last.end) continue;
        const head = headBefore(view, c, start);
        replaced.add(c);
        crossed = c;
        if (head) joined.push(head);
      }
      const inside = near.filter((c) => c.start >= first.start && c.end <= last.end && !replaced.has(c));
      // Only where the pieces are more than one name, or one name short of the whole, or a name ran in.
      const whole = inside.length === 1 && inside[0]?.start === first.start && inside[0]?.end === last.end;
      if (!crossed && (inside.length === 0 || whole)) continue;
      for (const c of inside) replaced.add(c);
      // "Teachers and Principals' Union": a name ending in an organization's word is one.
      const misc =
        !ORG_SUFFIXES.has(view.words[i - 1] ?? "") &&
        inside.every((c) => c.type === "MISC" || c.type === "LOCATION") &&
        inside.some((c) => c.type === "MISC");
      const template = (inside[inside.length - 1] ?? crossed) as Candidate;
      joined.push({
        start: first.start,
        end: last.end,
        text: view.text.slice(first.start, last.end),
        type: misc ? "MISC" : "ORGANIZATION",
        words: view.words.slice(start, i),
        weak: false,
        confidence: VOTE_CERTAIN,
        initial: start <= view.firstWord,
        sentence: template.sentence,
      });
    }
  });
  if (joined.length === 0) return [...found];
  return [...found.filter((c) => !replaced.has(c)), ...joined];
}

/** Tokens of an acronym written with "&" ("F&N", "P&G"), at most. */
const AMPERSAND_ACRONYM_TOKENS = 5;

/**
 * The word at `k` when a ")" follows it, or the tokens glued with "&" up to a ")" ("(F&N)", "(P&G)"), as
 * one word; undefined when no ")" closes them.
 */
export function gluedAcronym(view: SentenceView, k: number): string | undefined {
  let close = k + 1;
  while (
    close < k + AMPERSAND_ACRONYM_TOKENS &&
    view.words[close] !== ")" &&
    (view.words[close] === "&" || view.words[close - 1] === "&") &&
    view.tokens[close]?.start === view.tokens[close - 1]?.end
  )
    close++;
  return view.words[close] === ")" ? view.words.slice(k, close).join("") : undefined;
}

/**
 * The part of candidate `c` before token `start`, without the link words between ("Amtrak" of "Amtrak
 * and Canadian National Railway"), or undefined if nothing capitalized is left.
 */
function headBefore(view: SentenceView, c: Candidate, start: number): Candidate | undefined {
  let end = start;
  while (end > 0 && NAME_LINKS.has(view.words[end - 1] ?? "")) end--;
  let first = end;
  while (first > 0 && (view.tokens[first - 1]?.start ?? -1) >= c.start) first--;
  const a = view.tokens[first];
  const b = view.tokens[end - 1];
  if (!a || !b || end <= first || !/^\p{Lu}/u.test(view.words[first] ?? "")) return undefined;
  const words = view.words.slice(first, end);
  // "The Abu Dhabi National Oil Company (Adnoc)": an article left before the name is no name.
  if (words.every((word) => ARTICLES.has(word.toLowerCase()))) return undefined;
  return { ...c, start: a.start, end: b.end, text: view.text.slice(a.start, b.end), words };
}

/**
 * The first token of the name before the parenthesis at `paren` whose capitalized words' initials begin
 * with `letters` (all of them, or the acronym's share of a longer name: "UNRWA" for "United Nations
 * Relief and Works Agency for Palestine Refugees"), or undefined. The name holds only capitalized words
 * and NAME_LINKS.
 */
function nameStart(view: SentenceView, paren: number, letters: string): number | undefined {
  if (letters.length < 2) return undefined;
  let best: number | undefined;
  let exact = false;
  let initials = "";
  for (let k = paren - 1; k >= Math.max(0, paren - MAX_NAME_TOKENS); k--) {
    const word = view.words[k] ?? "";
    if (NAME_LINKS.has(word)) continue;
    if (!/^\p{Lu}/u.test(word)) break;
    // "Trans-Pacific" gives "TP".
    initials = wordInitials(word) + initials;
    // "In Australia, the Australian Bureau of Statistics (ABS)": once the letters spell the name exactly,
    // a longer run only with gaps is another phrase.
    // ("Separately, the Social Security System (SSS)": a word before an exact spelling is no part of it,
    // though its capital repeats the first letter.)
    if (exact) break;
    if (initials.startsWith(letters)) {
      best = k;
      exact = initials === letters;
    } else if (!exact && spellsWithGaps(letters, initials)) best = k;
    if (initials.length > letters.length + 4) break;
  }
  return best;
}

/** The capitals that open each part of a hyphenated word: "Trans-Pacific" -> "TP", "Bank" -> "B", "HM" -> "HM". */
function wordInitials(word: string): string {
  // "HM Revenue and Customs (HMRC)": a short word in capitals gives all its letters.
  if (word.length <= 3 && /^\p{Lu}+$/u.test(word)) return word;
  let out = "";
  for (const part of word.split("-")) if (/^\p{Lu}/u.test(part)) out += part[0];
  return out || (word[0] ?? "");
}

/**
 * The acronym's letters in order within the initials, first and last letters matching, a word or two
 * left out: "CPTPP" in "CPATPP" (Comprehensive and Progressive Agreement for Trans-Pacific Partnership).
 */
function spellsWithGaps(letters: string, initials: string): boolean {
  if (initials[0] !== letters[0] || initials[initials.length - 1] !== letters[letters.length - 1])
    return false;
  if (initials.length > letters.length + 2) return false;
  let j = 0;
  for (const ch of initials) if (ch === letters[j]) j++;
  return j === letters.length;
}

/**
 * The letters an acronym spells: its capitals ("IMF", "BoE" -> "BE"); every letter of one written as a word
 * ("Defra" -> "DEFRA", "Usdaw" -> "USDAW"); a digit repeats the capital before it ("C3S" -> "CCCS").
 */
function acronymLetters(acronym: string): string {
  if (WORD_ACRONYM.test(acronym)) return acronym.toUpperCase();
  const repeated = acronym.replace(/(\p{Lu})([2-4])/gu, (_, letter: string, n: string) =>
    letter.repeat(Number(n)),
  );
  return repeated.replace(/[^\p{Lu}]/gu, "");
}
