import { readFileSync } from "node:fs";

/** One sentence of a CoNLL "token TAG" file. */
export interface ConllSentence {
  words: string[];
  tags: string[];
}

/** Reads a CoNLL file of "token TAG" lines, sentences separated by blank lines (data/ner/README.md). */
export function readConll(path: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let sentence: ConllSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") {
      if (sentence.words.length > 0) out.push(sentence);
      sentence = { words: [], tags: [] };
      continue;
    }
    const space = line.lastIndexOf(" ");
    sentence.words.push(line.slice(0, space));
    sentence.tags.push(line.slice(space + 1));
  }
  if (sentence.words.length > 0) out.push(sentence);
  return out;
}

const NO_SPACE_BEFORE = /^([.,;:!?%)\]}]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins words into readable text (no space before "," or "'s") and returns each word's offsets. */
export function detokenize(words: readonly string[]): { text: string; offsets: Array<[number, number]> } {
  let text = "";
  const offsets: Array<[number, number]> = [];
  words.forEach((word, i) => {
    const previous = words[i - 1];
    if (i > 0 && !NO_SPACE_BEFORE.test(word) && !(previous !== undefined && NO_SPACE_AFTER.test(previous))) {
      text += " ";
    }
    offsets.push([text.length, text.length + word.length]);
    text += word;
  });
  return { text, offsets };
}

/** Words headlines leave in lower case inside a title ("Talks in Astana End With a Deal"). */
const HEADLINE_LOWER = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "nor",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "as",
  "vs",
  "via",
]);

/** The words as a title-case headline writes them: each word capitalized but short function words. */
export function headlineCase(words: readonly string[]): string[] {
  return words.map((word, i) => {
    if (i > 0 && HEADLINE_LOWER.has(word.toLowerCase())) return word.toLowerCase();
    const first = word.charAt(0);
    return first.toUpperCase() + word.slice(first.length);
  });
}
