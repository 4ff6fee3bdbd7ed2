/**
 * `npm run eval`: precision, recall and F1 of the entity tagger per type and micro-averaged (exact typed
 * span match, conlleval-style) on the held-out splits gum_ner/test and uner_en_pud/dev, beside compromise
 * (people/organizations/places) on the very same sentences. Also an all-caps copy of gum_ner/test, since
 * headlines are written that way. Never part of `npm test`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { extractEntities } from "../functions/extraction/entities/extract-entities.ts";
import type { SpanProposer } from "../functions/extraction/entities/span-proposer.ts";
import {
  loadModel,
  type SpanType,
  type TokenSpan,
  tagsToSpans,
  tagTokens,
} from "../functions/extraction/entities/tagger/index.ts";
import { modelProposer } from "../functions/extraction/entities/tagger-proposer.ts";
import type { EntityType } from "../functions/extraction/entities/types.ts";
import { splitSentences } from "../functions/extraction/text/sentences.ts";
import { detokenize, headlineCase, readConll } from "../scripts/conll.ts";
import { type ArticlePart, articleSentences, readArticles } from "../scripts/news-markup.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MODEL_PATH = join(ROOT, "functions/extraction/entities/model/ner-model.json");
const TYPES: SpanType[] = ["PER", "ORG", "LOC", "MISC"];
/** Width of the first column: the longest set name. */
const SET_COLUMN = 23;

interface Sentence {
  words: string[];
  tags: string[];
  /** For the news sets: the article (index into the set's texts) and each word's offsets in it. */
  source?: { article: number; offsets: Array<[number, number]> };
}

interface EvalSet {
  name: string;
  file: string;
  /** Types annotated in the set; predictions of other types are ignored (uner has no MISC layer). */
  types: SpanType[];
  /** Re-cased copy: all capitals, or title case as headlines write it. */
  casing?: "upper" | "title";
  /** A news set in the inline markup (scripts/news-markup.ts; `file` from the repository root, a file or a
   * directory of them): which of its articles. */
  markup?: ArticlePart;
}

/** A set as sentences, plus its articles' texts when it has real articles (the news sets). */
interface LoadedSet {
  sentences: Sentence[];
  articles?: string[];
}

const SETS: EvalSet[] = [
  { name: "gum_ner/test", file: "gum_ner/test.conll", types: TYPES },
  { name: "uner_en_pud/dev", file: "uner_en_pud/dev.conll", types: ["PER", "ORG", "LOC"] },
  { name: "gum_ner/test ALL CAPS", file: "gum_ner/test.conll", types: TYPES, casing: "upper" },
  { name: "gum_ner/test Title Case", file: "gum_ner/test.conll", types: TYPES, casing: "title" },
  // Written for factwire before any tuning on it, by a writer who never saw the training news (bench/data/news-blind/README.md).
  { name: "news-blind", file: "bench/data/news-blind/articles.txt", types: TYPES, markup: "all" },
];

/**
 * `--dev`: the tuning splits instead (gum_ner/dev, wikigold/dev), for a model trained without them
 * (`npm run train -- --holdout --out FILE`, then `npm run eval -- --dev --model FILE`): rules of the full
 * path are tuned there, never on the held-out splits above.
 */
const DEV_SETS: EvalSet[] = [
  { name: "gum_ner/dev", file: "gum_ner/dev.conll", types: TYPES },
  { name: "wikigold/dev", file: "wikigold/dev.conll", types: TYPES },
  { name: "gum_ner/dev ALL CAPS", file: "gum_ner/dev.conll", types: TYPES, casing: "upper" },
  { name: "gum_ner/dev Title Case", file: "gum_ner/dev.conll", types: TYPES, casing: "title" },
  { name: "factwire_news dev", file: "data/ner/factwire_news", types: TYPES, markup: "dev" },
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function readSet({ file, casing, markup }: EvalSet): LoadedSet {
  if (markup) {
    const path = join(ROOT, file);
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .map((f) => join(path, f))
      : [path];
    const articles = files.flatMap((f) => readArticles(f, markup));
    const sentences = articles.flatMap((article, index) =>
      articleSentences(article).sentences.map(({ words, tags, offsets }) => ({
        words,
        tags,
        source: { article: index, offsets },
      })),
    );
    return { sentences, articles: articles.map((a) => a.text) };
  }
  return { sentences: readConll(join(ROOT, "data/ner", file)).map(recase) };

  function recase(sentence: Sentence): Sentence {
    if (casing === "upper") return { ...sentence, words: sentence.words.map((w) => w.toUpperCase()) };
    if (casing === "title") return { ...sentence, words: headlineCase(sentence.words) };
    return sentence;
  }
}

const WORDY = /[\p{L}\p{N}]/u;

/** compromise's people/organizations/places, mapped by character offsets onto the words. */
function compromiseSpans(words: readonly string[]): TokenSpan[] {
  const { text, offsets } = detokenize(words);
  const doc = nlp(text);
  const taken = new Uint8Array(words.length);
  const spans: TokenSpan[] = [];
  const views: Array<[SpanType, { json(options: object): unknown }]> = [
    ["PER", doc.people()],
    ["ORG", doc.organizations()],
    ["LOC", doc.places()],
  ];
  for (const [type, view] of views) {
    for (const match of view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
      const a = match.offset.start;
      const b = a + match.offset.length;
      let start = offsets.findIndex(([s, e]) => s < b && e > a);
      if (start < 0) continue;
      let end = start;
      while (end < words.length && (offsets[end]?.[0] ?? b) < b) end++;
      while (start < end && !WORDY.test(words[start] ?? "")) start++;
      while (end > start && (!WORDY.test(words[end - 1] ?? "") || /^'s$/i.test(words[end - 1] ?? ""))) end--;
      if (end <= start) continue;
      let free = true;
      for (let k = start; k < end; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = start; k < end; k++) taken[k] = 1;
      spans.push({ type, start, end });
    }
  }
  return spans;
}

/** Consecutive sentences joined into one pseudo-article for the full path (the sets keep no document breaks). */
const DOCUMENT_SENTENCES = 20;
const SPAN_TYPE: Record<EntityType, SpanType> = {
  PERSON: "PER",
  ORGANIZATION: "ORG",
  LOCATION: "LOC",
  MISC: "MISC",
};

/**
 * What users get: the sentences joined into articles of DOCUMENT_SENTENCES, split again by
 * splitSentences, run through extractEntities (tagger + rules + refine + document-level merge), and
 * each mention mapped back onto the gold words by character offsets.
 */
function fullPathSpans({ sentences, articles }: LoadedSet, proposer?: SpanProposer): TokenSpan[][] {
  if (articles) return articleSpans(sentences, articles, proposer);
  const out: TokenSpan[][] = sentences.map(() => []);
  for (let from = 0; from < sentences.length; from += DOCUMENT_SENTENCES) {
    let text = "";
    // Per word of the document: [start, end, sentence index, word index in the sentence].
    const words: Array<[number, number, number, number]> = [];
    sentences.slice(from, from + DOCUMENT_SENTENCES).forEach((sentence, k) => {
      // A sentence without final punctuation (a heading, a byline, a list item) was a line of its own.
      if (text !== "") text += /[.!?]["'”’)]*$/.test(text) ? " " : "\n";
      const base = text.length;
      const detok = detokenize(sentence.words);
      detok.offsets.forEach(([a, b], i) => {
        words.push([base + a, base + b, from + k, i]);
      });
      text += detok.text;
    });
    for (const entity of extractEntities(text, {
      sentences: splitSentences(text),
      ...(proposer && { proposer }),
    })) {
      for (const mention of entity.mentions) {
        const first = words.find(([, e]) => e > mention.start);
        let last: (typeof words)[number] | undefined;
        for (const w of words) if (w[0] < mention.end) last = w;
        if (!first || !last || first[2] !== last[2] || last[3] < first[3]) continue;
        out[first[2]]?.push({ type: SPAN_TYPE[entity.type], start: first[3], end: last[3] + 1 });
      }
    }
  }
  return out;
}

/** The full path on a news set's real articles, each mention mapped onto its sentence's words. */
function articleSpans(
  sentences: readonly Sentence[],
  articles: readonly string[],
  proposer?: SpanProposer,
): TokenSpan[][] {
  const out: TokenSpan[][] = sentences.map(() => []);
  articles.forEach((text, article) => {
    // Per word of the article: [start, end, sentence index, word index in the sentence].
    const words: Array<[number, number, number, number]> = [];
    sentences.forEach((sentence, k) => {
      if (sentence.source?.article !== article) return;
      sentence.source.offsets.forEach(([a, b], i) => {
        words.push([a, b, k, i]);
      });
    });
    for (const entity of extractEntities(text, {
      sentences: splitSentences(text),
      ...(proposer && { proposer }),
    })) {
      for (const mention of entity.mentions) {
        const first = words.find(([a]) => a === mention.start);
        const last = words.find(([, b]) => b === mention.end);
        // A mention that does not start and end on word boundaries matches no gold span: a false positive.
        const at = first ?? words.find(([, b]) => b > mention.start);
        if (!at) continue;
        const exact = first && last && first[2] === last[2] && last[3] >= first[3];
        out[at[2]]?.push(
          exact
            ? { type: SPAN_TYPE[entity.type], start: first[3], end: last[3] + 1 }
            : { type: SPAN_TYPE[entity.type], start: at[3], end: -1 },
        );
      }
    }
  });
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(gold: TokenSpan[][], pred: TokenSpan[][], types: SpanType[]): Map<string, Counts> {
  const counts = new Map<string, Counts>(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s: TokenSpan) => `${s.type}:${s.start}:${s.end}`;
  gold.forEach((g, i) => {
    const goldKeys = new Set(g.filter((s) => types.includes(s.type)).map(key));
    const predKeys = new Set((pred[i] ?? []).filter((s) => types.includes(s.type)).map(key));
    for (const k of predKeys) {
      const c = counts.get(k.split(":")[0] ?? "");
      if (c === undefined) continue;
      if (goldKeys.has(k)) c.tp++;
      else c.fp++;
    }
    for (const k of goldKeys) {
      const c = counts.get(k.split(":")[0] ?? "");
      if (c !== undefined && !predKeys.has(k)) c.fn++;
    }
  });
  return counts;
}

/** `--errors FILE` (with --dev only): the full path's false positives and misses, per sentence. */
function dumpErrors(
  file: string,
  sentences: readonly Sentence[],
  gold: TokenSpan[][],
  full: TokenSpan[][],
  tagger: TokenSpan[][],
): void {
  const lines: string[] = [];
  const show = (s: Sentence, x: TokenSpan) => `${x.type} ${s.words.slice(x.start, x.end).join(" ")}`;
  const key = (x: TokenSpan) => `${x.type}:${x.start}:${x.end}`;
  sentences.forEach((s, i) => {
    const g = new Set((gold[i] ?? []).map(key));
    const f = new Set((full[i] ?? []).map(key));
    const t = new Set((tagger[i] ?? []).map(key));
    const fp = (full[i] ?? []).filter((x) => !g.has(key(x)));
    const fn = (gold[i] ?? []).filter((x) => !f.has(key(x)));
    if (fp.length + fn.length === 0) return;
    lines.push(`# ${s.words.join(" ")}`);
    for (const x of fp) lines.push(`  FP ${show(s, x)}${t.has(key(x)) ? " (tagger too)" : ""}`);
    for (const x of fn) lines.push(`  FN ${show(s, x)}${t.has(key(x)) ? " (tagger had it)" : ""}`);
  });
  writeFileSync(file, `${lines.join("\n")}\n`);
}

function prf(c: Counts): [number, number, number] {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
}

function sum(counts: Map<string, Counts>, types: string[]): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const c = counts.get(t);
    if (c === undefined) continue;
    out.tp += c.tp;
    out.fp += c.fp;
    out.fn += c.fn;
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function main(): void {
  const started = performance.now();
  const modelPath = option("--model") ?? MODEL_PATH;
  const model = loadModel(JSON.parse(readFileSync(modelPath, "utf8")));
  const proposer = modelPath === MODEL_PATH ? undefined : modelProposer(model);
  const withCompromise = !process.argv.includes("--no-compromise");
  const loadMs = performance.now() - started;
  console.log(
    `model ${modelPath}: ${(statSync(modelPath).size / 1e6).toFixed(2)} MB, ` +
      `${model.features.size} features, loaded in ${loadMs.toFixed(0)} ms`,
  );
  console.log(
    "exact typed span match; P / R / F1 in %; gold = entities in the set\n" +
      `full path = extractEntities() (tagger + rules + document merge) on articles of ${DOCUMENT_SENTENCES} sentences; ` +
      "tagger = the model alone, per sentence\n",
  );
  const header =
    `${"set".padEnd(SET_COLUMN)} ${"type".padEnd(17)} ${"gold".padStart(5)}   ${"full path P/R/F1".padEnd(17)}   ` +
    `${"tagger P/R/F1".padEnd(17)}   compromise P/R/F1`;
  console.log(header);
  console.log("-".repeat(header.length));
  for (const set of process.argv.includes("--dev") ? DEV_SETS : SETS) {
    const loaded = readSet(set);
    const { sentences } = loaded;
    const gold = sentences.map((s) => tagsToSpans(s.tags));
    let t0 = performance.now();
    const ours = sentences.map((s) => tagsToSpans(tagTokens(model, s.words)));
    const oursMs = performance.now() - t0;
    t0 = performance.now();
    const theirs = withCompromise ? sentences.map((s) => compromiseSpans(s.words)) : [];
    const theirsMs = performance.now() - t0;
    t0 = performance.now();
    const full = fullPathSpans(loaded, proposer);
    const fullMs = performance.now() - t0;
    const dump = option("--errors");
    if (dump && process.argv.includes("--dev"))
      dumpErrors(`${dump}.${set.name.replace(/\W+/g, "_")}`, sentences, gold, full, ours);
    const a = score(gold, ours, set.types);
    const b = score(gold, theirs, set.types);
    const c = score(gold, full, set.types);
    const rows: Array<[string, string[]]> = [
      ...set.types.map((t): [string, string[]] => [t, [t]]),
      ["micro PER/ORG/LOC", ["PER", "ORG", "LOC"]],
    ];
    if (set.types.includes("MISC")) rows.push(["micro all", set.types]);
    for (const [label, types] of rows) {
      const ca = sum(a, types);
      const cb = sum(b, types);
      const cc = sum(c, types);
      const [pa, ra, fa] = prf(ca);
      const [pb, rb, fb] = prf(cb);
      const [pc, rc, fc] = prf(cc);
      console.log(
        `${set.name.padEnd(SET_COLUMN)} ${label.padEnd(17)} ${String(ca.tp + ca.fn).padStart(5)}   ` +
          `${pct(pc)} ${pct(rc)} ${pct(fc)}   ${pct(pa)} ${pct(ra)} ${pct(fa)}   ` +
          `${types.includes("MISC") && types.length === 1 ? "    -     -     -" : `${pct(pb)} ${pct(rb)} ${pct(fb)}`}`,
      );
    }
    const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
    console.log(
      `${set.name.padEnd(SET_COLUMN)} ${sentences.length} sentences, ${tokens} tokens: full path ${(fullMs / 1000).toFixed(2)} s, tagger ${(oursMs / 1000).toFixed(2)} s, compromise ${(theirsMs / 1000).toFixed(2)} s\n`,
    );
  }
}

main();
