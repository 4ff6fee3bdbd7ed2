import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** Sentences of a CoNLL file joined back into text (spaces before punctuation removed). */
export function conllSentences(path: string): string[] {
  const sentences: string[] = [];
  for (const block of readFileSync(path, "utf8").split(/\n\s*\n/)) {
    const words = block
      .split("\n")
      .map((line) => line.slice(0, line.lastIndexOf(" ")))
      .filter(Boolean);
    if (words.length > 0) sentences.push(detokenize(words));
  }
  return sentences;
}

function detokenize(words: string[]): string {
  return words
    .join(" ")
    .replace(/ ([.,;:!?%)\]}'’”]|n't|'s|'re|'ve|'ll|'d)/g, "$1")
    .replace(/([([{$“]) /g, "$1");
}

/**
 * A news-like benchmark corpus: the shipped articles and test fixtures, plus held-out NER sentences
 * (GUM test, UNER PUD dev) grouped 20 to a document. Repeated until it holds at least `minBytes`.
 */
export function benchCorpus(minBytes = 1_000_000): string[] {
  const articles = [join(ROOT, "samples/articles"), join(ROOT, "tests/fixtures/articles")].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(txt|md)$/.test(name))
      .map((name) => readFileSync(join(dir, name), "utf8")),
  );
  const sentences = [
    ...conllSentences(join(ROOT, "data/ner/gum_ner/test.conll")),
    ...conllSentences(join(ROOT, "data/ner/uner_en_pud/dev.conll")),
  ];
  const documents = [...articles];
  for (let i = 0; i < sentences.length; i += 20) documents.push(sentences.slice(i, i + 20).join(" "));
  const corpus: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const doc of documents) {
      corpus.push(doc);
      bytes += Buffer.byteLength(doc);
    }
  }
  return corpus;
}
