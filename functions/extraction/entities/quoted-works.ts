import { WORK_CUES } from "./lexicon/context-words.ts";
import { sentenceText } from "./sentence-text.ts";
import { replaceSpans } from "./span-edits.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";
import { isCapitalized, isPossessive } from "./word-shape.ts";

const WORK_CUE = new Set(WORK_CUES);
const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '"': '"', "“": "”", "‘": "’" };
const OPENING: ReadonlySet<string> = new Set(Object.keys(OPEN_TO_CLOSE));
/** Small words a title may write in lower case: "Midnight at the Orpheum", "Music of the Spheres". */
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "at",
  "in",
  "on",
  "and",
  "to",
  "for",
  "with",
  "from",
  "by",
  "or",
]);
/** The longest title read as one work, in words. */
const MAX_TITLE_WORDS = 8;

/**
 * 'Nolan directed "Oppenheimer"', 'Lindqvist's "Midnight at the Orpheum"', 'the album "Arirang"': a title
 * in quotes after a work's cue (a work noun, a verb of making or starring, a possessive) names a work, a
 * MISC, whatever a proposer made of its words ("Oppenheimer" the person, "Orpheum" a place). Only in
 * mixed case, and only a title-cased run of at most MAX_TITLE_WORDS words. Marked `work`: a work is kept
 * apart from a person or place of the same name.
 */
export function quotedWorks(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words } = view;
  if (view.casing !== "mixed" || !/["“‘]/.test(sentenceText(view))) return spans as ProposedSpan[];
  const works: ProposedSpan[] = [];
  for (let open = 1; open < words.length - 2; open++) {
    const word = words[open] ?? "";
    if (!OPENING.has(word)) continue;
    const closing = OPEN_TO_CLOSE[word];
    // 'the album "Arirang"', 'the new album, "Arirang,"'.
    const before = words[open - 1] === "," ? open - 2 : open - 1;
    const cue = words[before] ?? "";
    if (!WORK_CUE.has(cue.toLowerCase()) && !isPossessive(cue)) continue;
    let close = open + 1;
    while (close < words.length && close - open <= MAX_TITLE_WORDS + 1 && titleWord(words, close, open))
      close++;
    // A comma or a point may sit inside the closing quote: '"Arirang,"'.
    const mark = words[close] === "," || words[close] === ".";
    if (words[close] !== closing && !(mark && words[close + 1] === closing)) continue;
    if (close === open + 1 || !isCapitalized(words[close - 1] ?? "")) continue;
    works.push({ start: open + 1, end: close, type: "MISC", certain: true, work: true });
    open = close;
  }
  return replaceSpans(words.length, spans, works);
}

function titleWord(words: readonly string[], k: number, open: number): boolean {
  const word = words[k] ?? "";
  if (isCapitalized(word) || /^\d/.test(word)) return true;
  return k > open + 1 && TITLE_SMALL_WORDS.has(word);
}
