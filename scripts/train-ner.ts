/**
 * Trains the entity tagger (structured averaged perceptron, BIO-constrained Viterbi) from data/ner/ and
 * writes functions/extraction/entities/model/ner-model.json. Deterministic: fixed file order, seeded
 * shuffling, fixed epochs. `npm run train` (add `-- --holdout` to keep gum_ner/dev and wikigold/dev out
 * of training and print their scores for a few quantization steps).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import countries from "i18n-iso-countries";
import { encodeClusters } from "../functions/extraction/entities/tagger/clusters.ts";
import { ALLOWED, viterbi } from "../functions/extraction/entities/tagger/decode.ts";
import { sentenceFeatures } from "../functions/extraction/entities/tagger/features.ts";
import { buildGazetteer } from "../functions/extraction/entities/tagger/gazetteer.ts";
import { tagTokens } from "../functions/extraction/entities/tagger/index.ts";
import {
  EXTRA_DEMONYMS,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_WORDS,
} from "../functions/extraction/entities/tagger/lexicon.ts";
import {
  loadModel,
  MAX_WEIGHT,
  type NerModelJson,
  packRows,
  serializeModel,
} from "../functions/extraction/entities/tagger/model-format.ts";
import { tagsToSpans } from "../functions/extraction/entities/tagger/spans.ts";
import { isTitleCased, truecaseTitle } from "../functions/extraction/entities/tagger/truecase.ts";
import { MODEL_FORMAT, TAGS } from "../functions/extraction/entities/tagger/types.ts";
import { type ConllSentence, readConll } from "./conll.ts";
import { readMarkup } from "./news-markup.ts";
import { rng } from "./prng.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MODEL_PATH = join(ROOT, "functions/extraction/entities/model/ner-model.json");

/** Held-out evaluation splits: never trained on. */
const EVAL_ONLY = new Set(["gum_ner/test.conll", "uner_en_pud/dev.conll"]);

interface TrainSet {
  file: string;
  /** The set has no (or only a partial) MISC layer: O words may be MISC, so predicting MISC there is not an error. */
  partialMisc: boolean;
  /** Also train on an all-caps copy of about this share of its sentences (headline casing). */
  capsShare: number;
  /** Times each sentence is seen per epoch (default 1). */
  copies?: number;
}

const TRAIN_SETS: TrainSet[] = [
  // The hand-annotated sets with a full MISC layer count twice, so that the written news (as many tokens)
  // does not pull the tagger toward its own style (dev splits +2.4 on average, news dev unchanged).
  { file: "gum_ner/train.conll", partialMisc: false, capsShare: 0.15, copies: 2 },
  { file: "gum_ner/dev.conll", partialMisc: false, capsShare: 0.15, copies: 2 },
  { file: "wikigold/train.conll", partialMisc: false, capsShare: 0.15, copies: 2 },
  { file: "wikigold/dev.conll", partialMisc: false, capsShare: 0.15, copies: 2 },
  { file: "uner_en_ewt/dev.conll", partialMisc: true, capsShare: 0.05 },
  { file: "uner_en_ewt/test.conll", partialMisc: true, capsShare: 0.05 },
  // sentences 5201-7338 of btc/train are the news section; btc/news.conll is the same text, not added.
  { file: "btc/train.conll", partialMisc: true, capsShare: 0 },
  // WNUT MISC is products and creative works only (nationalities, events are O there).
  { file: "wnut17/train.conll", partialMisc: true, capsShare: 0 },
  { file: "wnut17/dev.conll", partialMisc: true, capsShare: 0 },
  { file: "wnut17/test.conll", partialMisc: true, capsShare: 0 },
  // News written for factwire (data/ner/factwire_news/README.md); it has its own headlines in capitals.
  { file: "factwire_news/asia.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/background.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/business.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/courts-tech.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/culture.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/features.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/general.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/industry.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/politics.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/regions.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/sports.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/west.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/wire.txt", partialMisc: false, capsShare: 0.15 },
  { file: "factwire_news/world.txt", partialMisc: false, capsShare: 0.15 },
];
const HOLDOUT = new Set(["gum_ner/dev.conll", "wikigold/dev.conll"]);

const EPOCHS = 10;
/** NER_SEED=N (experiments only) trains with another shuffle, to tell a change from seed noise. */
const SEED = Number(process.env.NER_SEED ?? 20240607);
/** Features seen fewer times than this in the training data are not learned. */
const MIN_FEATURE_COUNT = 2;
/** Integer weight = round(averaged weight / QUANT_STEP); rows that round to all zeros are dropped. */
const QUANT_STEP = 1;
/** Feature rows whose largest averaged weight (in absolute value) is below this are dropped. */
const PRUNE_BELOW = 4;

const T = TAGS.length;
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

interface Sentence {
  words: string[];
  gold: Int32Array;
  partialMisc: boolean;
}

/** The news written for factwire (inline markup, scripts/news-markup.ts): their dev split is every 10th article. */
const isMarkup = (file: string) => file.endsWith(".txt");

/** The sentences a training run learns from: with --holdout, without the dev splits. */
function trainingSentences(file: string, holdout: boolean): ConllSentence[] {
  const path = join(ROOT, "data/ner", file);
  if (isMarkup(file)) return readMarkup(path, holdout ? "train" : "all");
  return holdout && HOLDOUT.has(file) ? [] : readConll(path);
}

/** The dev splits --holdout keeps out of training and scores. */
function devSentences(): ConllSentence[] {
  return TRAIN_SETS.flatMap(({ file }) => {
    const path = join(ROOT, "data/ner", file);
    if (isMarkup(file)) return readMarkup(path, "dev");
    return HOLDOUT.has(file) ? readConll(path) : [];
  });
}

/** Gazetteer phrases by class, from i18n-iso-countries, compromise's lexicon (MIT) and lexicon.ts. */
function gazetteerPhrases(): Record<string, string[]> {
  const classes: Record<string, Set<string>> = {};
  const add = (cls: string, phrase: string) => {
    const p = phrase.toLowerCase().trim();
    if (p === "" || p.includes("|") || p.includes(",")) return;
    classes[cls] ??= new Set();
    classes[cls].add(p);
  };
  for (const names of Object.values(countries.getNames("en", { select: "all" }))) {
    for (const name of names) add("country", name);
  }
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const byTag: Array<[string, string]> = [
    ["FemaleName", "first"],
    ["MaleName", "first"],
    ["FirstName", "first"],
    ["LastName", "last"],
    ["Person", "person"],
    ["Country", "country"],
    ["City", "city"],
    ["Region", "region"],
    ["Place", "region"],
    ["Organization", "org"],
    ["SportsTeam", "org"],
    ["Demonym", "demonym"],
    ["Month", "date"],
    ["WeekDay", "date"],
  ];
  // Ordinary words ("export", "scroll", "top"): capitalized, they are still more likely not a name.
  const common = new Set(["Adjective", "Infinitive", "Singular", "Plural", "Gerund", "PastTense", "Adverb"]);
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes("Abbreviation")) continue;
    for (const [from, cls] of byTag) if (tags.includes(from)) add(cls, word);
    if (!word.includes(" ") && tags.some((t) => common.has(t))) add("common", word);
  }
  for (const w of EXTRA_DEMONYMS) add("demonym", w);
  for (const w of ORG_WORDS) add("orgword", w);
  for (const w of PERSON_TITLES) add("title", w);
  for (const w of PLACE_WORDS) add("placeword", w);
  const out: Record<string, string[]> = {};
  for (const cls of Object.keys(classes).sort()) out[cls] = [...(classes[cls] ?? [])].sort();
  return out;
}

/** NER_CLUSTERS=FILE (experiments only) trains with other word clusters, e.g. of another vocabulary size. */
const CLUSTERS_FILE = process.env.NER_CLUSTERS ?? join(ROOT, "data/word-clusters/clusters.txt");

/** The word clusters ("word<TAB>path" lines, see build-word-clusters.ts) as word -> path. */
function readClusters(): Map<string, string> {
  const clusters = new Map<string, string>();
  for (const line of readFileSync(CLUSTERS_FILE, "utf8").split("\n")) {
    const [word, path] = line.split("\t");
    if (word && path) clusters.set(word, path);
  }
  return clusters;
}

/** A word is "written in lower case" when at least this share of its mid-sentence uses are: such words
 * tell a title-case headline from prose dense with names. */
const LOWERCASE_SHARE = 0.9;
/**
 * Words written in lower case at least this share of the time are also lowered once a sentence is known
 * to be a title-case headline: "city" and "studies", which names ("Mexico City", "Gender Studies")
 * capitalize a fifth of the time (title case on the dev splits 60 -> 67 with both seeds; 0.5 and 0.75
 * scored lower, and using 0.6 to tell headlines took name-dense prose for them).
 */
const TRUECASE_SHARE = 0.6;

/**
 * The words the training text writes in lower case (mid-sentence), sorted: `strict` (LOWERCASE_SHARE of
 * the time or more) tell title-case headlines, and those and `loose` (TRUECASE_SHARE or more) are
 * lowered in them (tagger/truecase.ts).
 */
function lowercaseWords(holdout: boolean): { strict: string[]; loose: string[] } {
  const lower = new Map<string, number>();
  const other = new Map<string, number>();
  for (const set of TRAIN_SETS) {
    for (const { words } of trainingSentences(set.file, holdout)) {
      if (isHeadline(words)) continue;
      words.forEach((word, i) => {
        if (i === 0 || !/\p{L}/u.test(word) || /\s/u.test(word)) return;
        const key = word.toLowerCase();
        const counts = word === key ? lower : other;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    }
  }
  const share = (word: string, n: number) => n / (n + (other.get(word) ?? 0));
  const sorted = [...lower].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    strict: sorted.filter(([word, n]) => share(word, n) >= LOWERCASE_SHARE).map(([word]) => word),
    loose: sorted
      .filter(([word, n]) => share(word, n) >= TRUECASE_SHARE && share(word, n) < LOWERCASE_SHARE)
      .map(([word]) => word),
  };
}

/** Every word of four letters or more past the first capitalized (at least two): a headline, whose
 * capitals say nothing about which words prose writes in lower case. */
function isHeadline(words: readonly string[]): boolean {
  let long = 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (word.length < 4 || !/^\p{L}/u.test(word)) continue;
    if (word[0] === word[0]?.toLowerCase()) return false;
    long++;
  }
  return long >= 2;
}

function loadSentences(holdout: boolean, random: () => number): Sentence[] {
  const out: Sentence[] = [];
  for (const set of TRAIN_SETS) {
    if (EVAL_ONLY.has(set.file)) throw new Error(`${set.file} is held out for evaluation`);
    for (const { words, tags } of trainingSentences(set.file, holdout)) {
      const gold = Int32Array.from(tags, (t) => {
        const index = TAG_INDEX.get(t);
        if (index === undefined) throw new Error(`${set.file}: unknown tag ${t}`);
        return index;
      });
      for (let c = 0; c < (set.copies ?? 1); c++) out.push({ words, gold, partialMisc: set.partialMisc });
      if (set.capsShare > 0 && random() < set.capsShare) {
        out.push({ words: words.map((w) => w.toUpperCase()), gold, partialMisc: set.partialMisc });
      }
    }
  }
  return out;
}

/** Where the gold has O and the prediction a whole MISC span, a partial-MISC set does not object. */
function target(sentence: Sentence, pred: Int32Array): Int32Array {
  const gold = sentence.gold;
  if (!sentence.partialMisc) return gold;
  const out = Int32Array.from(gold);
  const n = gold.length;
  for (let i = 0; i < n; ) {
    if (pred[i] !== 7) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && pred[end] === 8) end++;
    let allO = true;
    for (let k = i; k < end; k++) if (gold[k] !== 0) allO = false;
    if (allO && (end >= n || (gold[end] ?? 0) % 2 === 1 || gold[end] === 0)) {
      for (let k = i; k < end; k++) out[k] = pred[k] ?? 0;
    }
    i = end;
  }
  return out;
}

/**
 * Collins' structured perceptron over EPOCHS shuffles (drawn from `random`), with averaging: returns the
 * averaged feature weights (F x T) and transition weights ((T + 1) x T).
 */
function trainPerceptron(
  sentences: readonly Sentence[],
  feats: ReadonlyArray<readonly Int32Array[]>,
  F: number,
  random: () => number,
  started: number,
): { weights: Float64Array; transitions: Float64Array } {
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    for (const index of order) {
      const sentence = sentences[index];
      const toks = feats[index];
      if (sentence === undefined || toks === undefined) continue;
      const n = toks.length;
      const em = new Float64Array(n * T);
      toks.forEach((tok, k) => {
        for (const f of tok)
          for (let t = 0; t < T; t++) em[k * T + t] = (em[k * T + t] ?? 0) + (w[f * T + t] ?? 0);
      });
      const pred = viterbi(em, tw, n);
      const gold = target(sentence, pred);
      let wrong = false;
      for (let k = 0; k < n; k++) if (pred[k] !== gold[k]) wrong = true;
      if (wrong) {
        errors++;
        for (let k = 0; k < n; k++) {
          const g = gold[k] ?? 0;
          const p = pred[k] ?? 0;
          const gp = k === 0 ? -1 : (gold[k - 1] ?? 0);
          const pp = k === 0 ? -1 : (pred[k - 1] ?? 0);
          if (g !== p) {
            for (const f of toks[k] ?? []) {
              w[f * T + g] = (w[f * T + g] ?? 0) + 1;
              u[f * T + g] = (u[f * T + g] ?? 0) + c;
              w[f * T + p] = (w[f * T + p] ?? 0) - 1;
              u[f * T + p] = (u[f * T + p] ?? 0) - c;
            }
          }
          if (g !== p || gp !== pp) {
            const gi = (gp + 1) * T + g;
            const pi = (pp + 1) * T + p;
            tw[gi] = (tw[gi] ?? 0) + 1;
            tu[gi] = (tu[gi] ?? 0) + c;
            tw[pi] = (tw[pi] ?? 0) - 1;
            tu[pi] = (tu[pi] ?? 0) - c;
          }
        }
      }
      c++;
    }
    console.log(
      `epoch ${epoch + 1}/${EPOCHS}: ${errors} sentences wrong, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const averaged = (x: Float64Array, y: Float64Array) => x.map((value, k) => value - (y[k] ?? 0) / c);
  return { weights: averaged(w, u), transitions: averaged(tw, tu) };
}

function main(): void {
  const holdout = process.argv.includes("--holdout");
  // `--out FILE`: write the model there instead (with --holdout: the model without the dev splits, for
  // tuning the rules of the full path on data the model has not seen: `npm run eval -- --dev --model FILE`).
  const outAt = process.argv.indexOf("--out");
  const outPath = outAt >= 0 ? process.argv[outAt + 1] : undefined;
  const started = performance.now();
  const random = rng(SEED);
  const sentences = loadSentences(holdout, random);
  const phrases = gazetteerPhrases();
  const gazetteer = buildGazetteer(phrases);
  const clusters = readClusters();
  const tokenCount = sentences.reduce((n, s) => n + s.words.length, 0);
  console.log(`sentences ${sentences.length}, tokens ${tokenCount}`);

  // Features -> ids; count occurrences, then keep the frequent ones.
  const ids = new Map<string, number>();
  const counts: number[] = [];
  // Title-case headlines are read as the tagger reads them at run time: ordinary words lowered.
  const ordinary = lowercaseWords(holdout);
  const strictSet = new Set(ordinary.strict);
  const truecaseSet = new Set([...ordinary.strict, ...ordinary.loose]);
  const asTagged = (words: string[]) =>
    isTitleCased(words, strictSet) ? truecaseTitle(words, truecaseSet) : words;
  const raw = sentences.map((s) =>
    sentenceFeatures({ gazetteer, clusters }, asTagged(s.words)).map((feats) =>
      Int32Array.from(feats, (f) => {
        let id = ids.get(f);
        if (id === undefined) {
          id = counts.length;
          ids.set(f, id);
          counts.push(0);
        }
        counts[id] = (counts[id] ?? 0) + 1;
        return id;
      }),
    ),
  );
  const remap = new Int32Array(counts.length).fill(-1);
  const names: string[] = [];
  for (const [f, id] of ids) {
    if ((counts[id] ?? 0) >= MIN_FEATURE_COUNT) {
      remap[id] = names.length;
      names.push(f);
    }
  }
  const feats = raw.map((sent) =>
    sent.map((tok) => Int32Array.from([...tok].map((id) => remap[id] ?? -1).filter((id) => id >= 0))),
  );
  const F = names.length;
  console.log(`features ${ids.size} seen, ${F} kept (count >= ${MIN_FEATURE_COUNT})`);
  ids.clear();

  const { weights, transitions: transitionWeights } = trainPerceptron(sentences, feats, F, random, started);

  // --holdout also scores coarser pruning, to show what the chosen one costs.
  const configs = holdout
    ? [
        [1, 0],
        [1, 2],
        [QUANT_STEP, PRUNE_BELOW],
        [1, 6],
      ]
    : [[QUANT_STEP, PRUNE_BELOW]];
  for (const [step = QUANT_STEP, prune = PRUNE_BELOW] of configs) {
    const rows: Array<[string, Int8Array]> = [];
    for (let f = 0; f < F; f++) {
      let largest = 0;
      for (let t = 0; t < T; t++) largest = Math.max(largest, Math.abs(weights[f * T + t] ?? 0));
      if (largest < prune) continue;
      const row = new Int8Array(T);
      let nonZero = false;
      for (let t = 0; t < T; t++) {
        const q = Math.round((weights[f * T + t] ?? 0) / step);
        if (q > MAX_WEIGHT || q < -MAX_WEIGHT - 1)
          throw new Error(`${names[f]}: weight ${q} overflows a byte`);
        row[t] = q;
        if (q !== 0) nonZero = true;
      }
      if (nonZero) rows.push([names[f] ?? "", row]);
    }
    const kept = rows.length;
    const transitions = Array.from({ length: (T + 1) * T }, (_, k) =>
      ALLOWED[k] ? Math.round((transitionWeights[k] ?? 0) / step) : -1_000_000,
    ).join(" ");
    const json: NerModelJson = {
      format: MODEL_FORMAT,
      scale: 1 / step,
      meta: {
        trainedOn: TRAIN_SETS.filter((s) => !(holdout && HOLDOUT.has(s.file)))
          .map((s) => s.file)
          .join(" "),
        heldOut: [...EVAL_ONLY].join(" "),
        epochs: EPOCHS,
        seed: SEED,
        minFeatureCount: MIN_FEATURE_COUNT,
        quantStep: step,
        pruneBelow: prune,
        features: kept,
      },
      transitions,
      gazetteer: Object.fromEntries(Object.entries(phrases).map(([k, v]) => [k, v.join("|")])),
      ...encodeClusters(clusters),
      lowercaseWords: ordinary.strict.join(" "),
      titleLowercaseWords: ordinary.loose.join(" "),
      ...packRows(rows),
    };
    const text = serializeModel(json);
    const size = Buffer.byteLength(text);
    if (outPath && step === QUANT_STEP && prune === PRUNE_BELOW) {
      writeFileSync(outPath, text);
      console.log(`wrote ${outPath}: ${kept} features, ${(size / 1e6).toFixed(2)} MB`);
    }
    if (holdout) {
      const model = loadModel(JSON.parse(text));
      const dev = devSentences();
      let tp = 0;
      let np = 0;
      let ng = 0;
      for (const s of dev) {
        const key = (x: { type: string; start: number; end: number }) => `${x.type}:${x.start}:${x.end}`;
        const gold = new Set(tagsToSpans(s.tags).map(key));
        const pred = tagsToSpans(tagTokens(model, s.words)).map(key);
        ng += gold.size;
        np += pred.length;
        tp += pred.filter((p) => gold.has(p)).length;
      }
      const p = tp / np;
      const r = tp / ng;
      console.log(
        `step ${step} prune ${prune}: ${kept} features, ${(size / 1e6).toFixed(2)} MB, holdout P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / (p + r)).toFixed(1)}`,
      );
    } else if (!outPath) {
      writeFileSync(MODEL_PATH, text);
      console.log(`wrote ${MODEL_PATH}: ${kept} features, ${(size / 1e6).toFixed(2)} MB`);
    }
  }
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
