import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleSentences, MarkupError, parseMarkup, readArticles } from "../../scripts/news-markup.ts";

const ROOT = join(import.meta.dirname, "../..");

describe("parseMarkup", () => {
  it("reads articles, paragraphs and marks as spans of the text", () => {
    const [article, other] = parseMarkup(
      "=== one\n[PER Antony Blinken] visited [LOC Kazakhstan].\n\n[PER Blinken] left.\n=== two\nNo names here.\n",
    );
    expect(article?.slug).toBe("one");
    expect(article?.text).toBe("Antony Blinken visited Kazakhstan.\n\nBlinken left.");
    expect(article?.spans.map((s) => [s.type, article.text.slice(s.start, s.end)])).toEqual([
      ["PER", "Antony Blinken"],
      ["LOC", "Kazakhstan"],
      ["PER", "Blinken"],
    ]);
    expect(other).toEqual({ slug: "two", text: "No names here.", spans: [] });
  });

  it.each([
    ["=== a\n[PER [LOC Paris] Hilton]", /nested/],
    ["=== a\n[PERSON Ruto] spoke", /unknown type "PERSON"/],
    ["=== a\n[ORG Reuters said", /never closed/],
    ["=== a\nReuters] said", /without "\["/],
    ["=== a\n[ORG ] said", /empty name/],
    ["[ORG Reuters] said", /before the first/],
  ])("rejects %j with the line", (source, message) => {
    expect(() => parseMarkup(source, "f.txt")).toThrow(MarkupError);
    expect(() => parseMarkup(source, "f.txt")).toThrow(message);
    expect(() => parseMarkup(source, "f.txt")).toThrow(/f\.txt:\d/);
  });
});

describe("articleSentences", () => {
  it("cuts sentences and tokens as the extractor does and tags them BIO", () => {
    const [article] = parseMarkup("=== a\n[LOC Kenya]'s [ORG National Treasury] spoke. [PER Ruto] agreed.");
    if (!article) throw new Error("no article");
    const { sentences, dropped } = articleSentences(article);
    expect(dropped).toBe(0);
    expect(sentences.map((s) => s.words)).toEqual([
      ["Kenya", "'s", "National", "Treasury", "spoke", "."],
      ["Ruto", "agreed", "."],
    ]);
    expect(sentences.map((s) => s.tags)).toEqual([
      ["B-LOC", "O", "B-ORG", "I-ORG", "O", "O"],
      ["B-PER", "O", "O"],
    ]);
    const [first] = sentences;
    expect(first?.offsets.map(([a, b]) => article.text.slice(a, b))).toEqual(first?.words);
  });

  it("leaves out of a name the period the tokenizer cut off its last word", () => {
    const [article] = parseMarkup("=== a\n[ORG SK Hynix Inc.], the chipmaker, rose.");
    if (!article) throw new Error("no article");
    expect(articleSentences(article).sentences[0]?.tags.slice(0, 5)).toEqual([
      "B-ORG",
      "I-ORG",
      "I-ORG",
      "O",
      "O",
    ]);
  });

  it("leaves O and counts a mark that ends inside a token", () => {
    const [article] = parseMarkup("=== a\nNew [MISC Russian]-Ukrainian talks hired [PER Ada Obi].");
    if (!article) throw new Error("no article");
    const { sentences, dropped } = articleSentences(article);
    expect(dropped).toBe(1);
    expect(sentences[0]?.tags).toEqual(["O", "O", "O", "O", "B-PER", "I-PER", "O"]);
  });
});

describe("the news sets in the repository", () => {
  const files = [
    ...readdirSync(join(ROOT, "data/ner/factwire_news"))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(ROOT, "data/ner/factwire_news", f)),
    join(ROOT, "bench/data/news-blind/articles.txt"),
  ];

  it.each(files)("%s parses, with unique slugs and almost every mark on token boundaries", (file) => {
    const articles = readArticles(file);
    expect(articles.length).toBeGreaterThan(10);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length);
    let marks = 0;
    let dropped = 0;
    for (const article of articles) {
      marks += article.spans.length;
      dropped += articleSentences(article).dropped;
    }
    // Only names glued into a hyphenated word ("[MISC Russian]-Ukrainian") are dropped: under 1%.
    expect(dropped / marks).toBeLessThan(0.02);
  });

  it("splits a training file's articles into train and dev, every 10th to dev", () => {
    const file = files[0] ?? "";
    const all = readArticles(file);
    const dev = readArticles(file, "dev");
    expect(dev.map((a) => a.slug)).toEqual(all.filter((_, i) => (i + 1) % 10 === 0).map((a) => a.slug));
    expect(readArticles(file, "train").length + dev.length).toBe(all.length);
  });
});
