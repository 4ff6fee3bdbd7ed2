import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { detokenize, readConll } from "../scripts/conll.ts";

const ROOT = resolve(import.meta.dirname, "..");

/** Sentences of a CoNLL file joined back into text. */
export function conllSentences(path: string): string[] {
  return readConll(path).map((sentence) => detokenize(sentence.words).text);
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
