import { statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { extractEntities } from "../functions/extraction/entities/extract-entities.ts";
import { splitSentences } from "../functions/extraction/text/sentences.ts";
import { benchCorpus } from "./corpus.ts";
import { type Measurement, measure } from "./measure.ts";

const MODEL_PATH = resolve(import.meta.dirname, "../functions/extraction/entities/model/ner-model.json");

export interface EntityThroughput {
  sentences: number;
  factwire: Measurement;
  compromise: Measurement;
  modelBytes: number;
}

/**
 * Entity extraction alone (no figures) on the bench corpus: factwire's extractEntities (tagger + rules
 * + merge) beside compromise's people/places/organizations on the very same documents. Prints
 * sentences/s and MB/s for both, and the model's size; returns the numbers.
 */
export function entityThroughput(corpus: readonly string[] = benchCorpus(300_000)): EntityThroughput {
  const split = corpus.map((text) => splitSentences(text));
  const sentences = split.reduce((n, doc) => n + doc.length, 0);
  let next = 0;
  const factwire = measure("factwire entities (tagger + rules + merge)", corpus, (text) => {
    // measure() runs a warm-up pass, then the timed pass, over the same documents in order.
    const sentencesOfDoc = corpus[next % corpus.length] === text ? split[next % corpus.length] : undefined;
    next++;
    return extractEntities(text, { sentences: sentencesOfDoc ?? splitSentences(text) });
  });
  const compromise = measure("compromise people/places/organizations", corpus, (text) => {
    const doc = nlp(text);
    return [doc.people().out("array"), doc.places().out("array"), doc.organizations().out("array")];
  });
  const modelBytes = statSync(MODEL_PATH).size;
  const rows = [factwire, compromise].map((m) => {
    const perSecond = sentences / m.seconds;
    const mbPerSecond = m.bytes / 1e6 / m.seconds;
    return `  ${m.name.padEnd(44)} ${perSecond.toFixed(0).padStart(9)} ${mbPerSecond.toFixed(2).padStart(8)}   ${(compromise.seconds / m.seconds).toFixed(1)}x`;
  });
  console.log(
    [
      `Entity extraction: ${corpus.length} documents, ${sentences} sentences, ${(factwire.bytes / 1e6).toFixed(2)} MB`,
      `  ${"engine".padEnd(44)} ${"sent/s".padStart(9)} ${"MB/s".padStart(8)}   vs compromise`,
      ...rows,
      `  NER model: ${(modelBytes / 1e6).toFixed(2)} MB (its load: "NER warm-up" in npm run bench)`,
    ].join("\n"),
  );
  return { sentences, factwire, compromise, modelBytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) entityThroughput();
