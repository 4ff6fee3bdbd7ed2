import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";
import { tokenize } from "../../../functions/extraction/text/tokens.ts";
import { expectLinear } from "../../helpers/linear-time.ts";

/** Entities of the text, every mention's offsets checked against it. */
function checked(text: string): void {
  const entities = extractEntities(text, { sentences: splitSentences(text) });
  const wrong = entities.flatMap((e) => e.mentions).filter((m) => text.slice(m.start, m.end) !== m.text);
  expect(wrong).toEqual([]);
}

/** `unit` repeated `times` times (a quarter of that for the ratio), in linear time. */
function linearOn(unit: string, times: number): void {
  expectLinear((n) => unit.repeat(n), times, checked);
}

describe("hostile input", () => {
  it("reads 1 MB without a space", () => {
    linearOn("Kazakhstan", 100_000);
    linearOn("a.", 500_000);
    linearOn("U.S.-", 200_000);
    // A long number, then hyphens: each hyphen once asked whether the whole word so far was digits.
    expectLinear((n) => `${"1".repeat(n)}${"-1".repeat(n / 2)}`, 500_000, checked);
    linearOn("Paris-", 150_000);
  });

  it("reads 100k capitalized words, one sentence or many", () => {
    const names = ["Antony", "Blinken", "Central", "Asia", "Foreign", "Minister", "Of", "Bank", "The"];
    const words = (n: number) => Array.from({ length: n }, (_, i) => names[i % names.length] ?? "X");
    expectLinear((n) => words(n).join(" "), 100_000, checked);
    expectLinear((n) => words(n).join(". "), 100_000, checked);
    linearOn("PRESIDENT ", 100_000);
  });

  it("reads one sentence of many acronyms, titles, possessives and aliases in linear time", () => {
    linearOn("Bank of Uganda (BoU) Governor Sam Lee and ", 8_000);
    linearOn("Acme's chief data officer, Ann Lee, ", 8_000);
    linearOn("the Commissioner for Health, Dr Ali Bello, and ", 8_000);
    linearOn('Petrobras, known as Petro, and "Blue Horizon" and the film "Blue Horizon" ', 4_000);
    linearOn("Reporting by Ann B. Lee and Tom More, ", 8_000);
    linearOn("Minister of Police Senzo Dlamini and Pollster Forschungsgruppe Wahlen and ", 4_000);
    linearOn("The Council on Criminal Justice (CCJ) and the Reserve Bank of Ghana and ", 4_000);
    // (A given name written short ends no sentence: one sentence of them joins no name without end.)
    linearOn("Ma. ", 16_000);
    linearOn("Jose Ma. Ramirez and Ma. Teresa Lee, ", 4_000);
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
    linearOn(odd, 2_000);
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
