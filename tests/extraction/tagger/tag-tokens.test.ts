import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { viterbi } from "../../../functions/extraction/entities/tagger/decode.ts";
import {
  emissions,
  MAX_CHUNK_WORDS,
  referenceEmissions,
  TAGS,
  tagTokens,
  tagTokensScored,
} from "../../../functions/extraction/entities/tagger/index.ts";
import { committedModel, isValidBio } from "./helpers.ts";

const words = (sentence: string) => sentence.split(" ");

describe("tagTokens on news sentences", () => {
  const cases: Array<[string, string]> = [
    ["Antony Blinken visited Kazakhstan .", "B-PER I-PER O B-LOC O"],
    [
      "President Kassym-Jomart Tokayev welcomed U.S. Secretary of State Antony Blinken .",
      "O B-PER I-PER O B-LOC O O O B-PER I-PER O",
    ],
    ["The Astana Times reported .", "O B-ORG I-ORG O O"],
    [
      "Shares of Apple Inc. fell after Goldman Sachs cut its rating .",
      "O O B-ORG I-ORG O O B-ORG I-ORG O O O O",
    ],
  ];
  it.each(cases)("%s", (sentence, expected) => {
    // Prepare
    const model = committedModel();
    // Act
    const tags = tagTokens(model, words(sentence));
    // Assess
    expect(tags.join(" ")).toBe(expected);
  });

  it("finds the country in an all-caps headline", () => {
    const tags = tagTokens(committedModel(), words("KAZAKHSTAN , U.S. INTERESTED TOO BOOST COOPERATION"));
    expect(tags[0]).toBe("B-LOC");
    expect(tags.slice(3)).toEqual(["O", "O", "O", "O"]);
  });
});

describe("tagTokens output", () => {
  it("returns no tags for no words", () => {
    expect(tagTokens(committedModel(), [])).toEqual([]);
    expect(tagTokensScored(committedModel(), [])).toEqual({ tags: [], margins: [] });
  });

  it("returns one valid BIO tag per word for any input", () => {
    const model = committedModel();
    const word = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("United", "States", "New", "York", "Inc.", "of", "the", "BANK", "Ali", ".", "'s"),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (ws) => {
        const tags = tagTokens(model, ws);
        expect(tags).toHaveLength(ws.length);
        expect(tags.every((t) => (TAGS as readonly string[]).includes(t))).toBe(true);
        expect(isValidBio(tags)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps BIO valid across chunk boundaries of long sentences", () => {
    const ws = Array.from({ length: MAX_CHUNK_WORDS * 3 + 7 }, (_, i) =>
      i % 3 === 0 ? "Antony" : "Blinken",
    );
    const tags = tagTokens(committedModel(), ws);
    expect(tags).toHaveLength(ws.length);
    expect(isValidBio(tags)).toBe(true);
  });

  it("gives a finite, non-negative margin per word", () => {
    const { tags, margins } = tagTokensScored(committedModel(), words("Blinken met Tokayev in Astana ."));
    expect(margins).toHaveLength(tags.length);
    expect(margins.every((m) => m >= 0 && Number.isFinite(m))).toBe(true);
  });

  it("tags 100k capitalized words and odd Unicode in linear time", () => {
    // Prepare: ~100k tokens; a generous bound (the tagger does ~100k tokens/s on one core).
    const model = committedModel();
    const ws = Array.from({ length: 100_000 }, (_, i) =>
      i % 7 === 0 ? "\u{1F600}\u0301" : i % 5 === 0 ? "New" : `Word${i % 1000}`,
    );
    // Act
    const started = performance.now();
    const tags = tagTokens(model, ws);
    const elapsed = performance.now() - started;
    // Assess
    expect(tags).toHaveLength(ws.length);
    expect(elapsed).toBeLessThan(20_000);
  });

  it("handles a 1 MB word without spaces", () => {
    const tags = tagTokens(committedModel(), ["A".repeat(1_000_000), "said", "."]);
    expect(tags).toHaveLength(3);
  });
});

describe("cached emissions", () => {
  it("score exactly as the reference features do", () => {
    const model = committedModel();
    const sentences = [
      ["Antony", "Blinken", "visited", "Kazakhstan", "and", "met", "Tokayev", "."],
      ["THE", "BANK", "OF", "ENGLAND", "RAISED", "RATES"],
      ["a"],
      ["Ünïcödé", "𝐁𝐥𝐢𝐧𝐤𝐞𝐧", "2024", "U.S.", "’s", "x".repeat(60)],
      ["Economic", "Resilience", "Initiative", "for", "Central", "Asia", "was", "launched", "in", "Astana"],
      // Words and shapes with "|" take the string path of the context features.
      ["A|B", "|", "Kazakhstan", "||", "x|y", "<s>", "</s>", "US", "|"],
      ["THE", "U.S.", "|", "SECRETARY", "OF", "STATE", "ANTONY", "BLINKEN"],
    ];
    for (const words of sentences) {
      const fast = tagTokensScored(model, words);
      const reference = referenceEmissions(model, words);
      const n = words.length;
      const path = viterbi(reference, model.transitions, n);
      expect(fast.tags).toEqual(Array.from(path, (t) => TAGS[t]));
      expect(Array.from(emissions(model, words))).toEqual(Array.from(reference));
    }
  });
});
