import { statSync } from "node:fs";
import { resolve } from "node:path";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import nlp from "compromise";
import { extract } from "../functions/extraction/index.ts";
import { splitSentences } from "../functions/extraction/text/sentences.ts";
import { measureHandlerBundle } from "./bundle.ts";
import { benchCorpus } from "./corpus.ts";
import { entityThroughput } from "./entity-throughput.ts";
import { figureAccuracyReport } from "./figure-accuracy.ts";
import { formatTable, measure } from "./measure.ts";

// `npm run bench`: throughput of factwire's extraction beside its peers, in this one process, on one
// corpus; then the model's size and the bundled handler's size and cold import time.
// 300 KB: Recognizers-Text needs about 30 s for it.
const corpus = benchCorpus(300_000);
// Recognizers-Text is built for utterances and slows sharply on long inputs: it gets one sentence at a time.
const sentences = corpus.flatMap((doc) => splitSentences(doc).map((sentence) => sentence.text));
const megabytes = corpus.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0) / 1e6;
console.log(
  `corpus: ${corpus.length} documents, ${megabytes.toFixed(2)} MB (news articles + held-out NER sentences)\n`,
);

const factwire = measure("factwire extract (entities + figures)", corpus, (text) => extract(text));
const compromiseAll = measure("compromise (people/places/orgs/money/%)", corpus, (text) => {
  const doc = nlp(text);
  doc.people().out("array");
  doc.places().out("array");
  doc.organizations().out("array");
  (doc as unknown as { money(): { out(f: string): unknown } }).money().out("array");
  (doc as unknown as { percentages(): { out(f: string): unknown } }).percentages().out("array");
});
const recognizers = measure("Recognizers-Text (per sentence)", sentences, (text) => {
  Recognizers.recognizeNumber(text, Recognizers.Culture.English);
  Recognizers.recognizeCurrency(text, Recognizers.Culture.English);
  Recognizers.recognizePercentage(text, Recognizers.Culture.English);
});
console.log(
  "Throughput: items are documents, or sentences where marked; heap+MB is heap growth over the run;\n" +
    "ratio = factwire time / peer time (below 1: slower than factwire)",
);
console.log(formatTable([factwire, compromiseAll, recognizers], factwire));
console.log("");
entityThroughput(corpus);

const modelPath = resolve(import.meta.dirname, "../functions/extraction/entities/model/ner-model.json");
console.log(
  `\nNER model: ${(statSync(modelPath).size / 1e6).toFixed(2)} MB (${modelPath.split("/").slice(-3).join("/")})`,
);
const bundle = await measureHandlerBundle();
console.log(`handler bundle: ${(bundle.bytes / 1e6).toFixed(2)} MB minified (AWS SDK bundled, as deployed)`);
console.log(
  `handler module init (cold import, median of 5; includes the NER warm-up of ${bundle.warmUpMs.toFixed(0)} ms): ${bundle.initMs.toFixed(0)} ms`,
);
console.log(
  `first extract() of a short article after init (median of 5): ${bundle.firstExtractMs.toFixed(0)} ms`,
);

console.log(`\n${await figureAccuracyReport()}`);
