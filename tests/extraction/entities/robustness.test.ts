import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";
import { tokenize } from "../../../functions/extraction/text/tokens.ts";

function timed(text: string): { ms: number; count: number } {
  const started = performance.now();
  const entities = extractEntities(text, { sentences: splitSentences(text) });
  const ms = performance.now() - started;
  const wrong = entities.flatMap((e) => e.mentions).filter((m) => text.slice(m.start, m.end) !== m.text);
  expect(wrong).toEqual([]);
  return { ms, count: entities.length };
}

describe("hostile input", () => {
  it("reads 1 MB without a space", () => {
    expect(timed("Kazakhstan".repeat(100_000)).ms).toBeLessThan(5_000);
    expect(timed("a.".repeat(500_000)).ms).toBeLessThan(5_000);
    expect(timed("U.S.-".repeat(200_000)).ms).toBeLessThan(5_000);
    // A long number, then hyphens: each hyphen once asked whether the whole word so far was digits.
    expect(timed(`${"1".repeat(500_000)}${"-1".repeat(250_000)}`).ms).toBeLessThan(5_000);
    expect(timed("Paris-".repeat(150_000)).ms).toBeLessThan(5_000);
  });

  it("reads 100k capitalized words, one sentence or many", () => {
    const names = ["Antony", "Blinken", "Central", "Asia", "Foreign", "Minister", "Of", "Bank", "The"];
    const words = Array.from({ length: 100_000 }, (_, i) => names[i % names.length] ?? "X");
    expect(timed(words.join(" ")).ms).toBeLessThan(5_000);
    expect(timed(words.join(". ")).ms).toBeLessThan(5_000);
    expect(timed("PRESIDENT ".repeat(100_000)).ms).toBeLessThan(5_000);
  });

  it("reads odd Unicode: combining marks, astral letters, lone surrogates, RTL and zero-width marks", () => {
    const odd = [
      "Zalgo Z\u0335\u0321a\u0336l\u0338g\u0337o ",
      "𝐁𝐥𝐢𝐧𝐤𝐞𝐧 𝕂𝕒𝕫𝕒𝕜𝕙𝕤𝕥𝕒𝕟 ",
      "\ud800 lone \udc00 surrogates ",
      "\u202eRTL override\u202c ",
      "zero\u200bwidth\u200d joiner ",
      "Қасым-Жомарт Тоқаев Астана ",
      "習近平 北京 ",
      "😀👍🏽 ",
      "’s ’’ '' -- .. ",
    ].join("");
    const text = odd.repeat(2_000);
    expect(timed(text).ms).toBeLessThan(5_000);
    expect(() => extractEntities("", { sentences: [] })).not.toThrow();
    expect(extractEntities("Blinken", { sentences: [{ start: 5, end: 99, text: "" }] })).toBeInstanceOf(
      Array,
    );
  });

  it("tokenizes with exact offsets", () => {
    const text = "President Kassym-Jomart Tokayev met U.S. officials in Kazakhstan’s capital, 3,000 km away.";
    const tokens = tokenize(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text)).toEqual([
      "President",
      "Kassym-Jomart",
      "Tokayev",
      "met",
      "U.S.",
      "officials",
      "in",
      "Kazakhstan",
      "’s",
      "capital",
      ",",
      "3,000",
      "km",
      "away",
      ".",
    ]);
  });
});
