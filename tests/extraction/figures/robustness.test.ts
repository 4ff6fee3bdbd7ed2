import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../functions/extraction/figures/extract-figures.ts";
import { extract } from "../../../functions/extraction/index.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";
import { expectLinear } from "../../helpers/linear-time.ts";

const MB = 1024 * 1024;

function timed(text: string, withSentences = true) {
  const started = performance.now();
  const sentences = withSentences ? splitSentences(text) : [];
  const figures = extractFigures(text, { sentences, entities: [] });
  return { figures, ms: performance.now() - started };
}

function checkSpans(text: string, figures: ReturnType<typeof extractFigures>) {
  for (const f of figures) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(Number.isFinite(f.value)).toBe(true);
  }
}

describe("bad input never throws and stays linear", () => {
  it.each([
    ["1 MB of digits", "7", MB],
    ["1 MB without spaces", "ab1,2.3$%€", MB / 10],
    ["1 MB of numbers and dashes", "1-", MB / 2],
    ["1 MB of written numbers", "twenty-one ", MB / 11],
    ["1 MB of quotes", "“a ", MB / 3],
    ["a 100k-character line of money", "$5 billion, ", 100_000 / 12],
    ["1 MB of sentences with figures", "Sales rose 5% to $3 billion in 2022, he said. ", MB / 48],
    ["a line of day spans and fiscal years", "between Nov. 14 and Nov. 16 and FY26 and 2025-26 and ", 4_000],
    ["a line of models, subunits and ranges", "30 737 MAX jets, 25 paisa and 5 to 10 bps to 4.5%, ", 4_000],
    ["a line of future months and statements", "will rise in March, said in October that ", 4_000],
    // Each sentence was once searched again for every figure of points in it (quadratic in one sentence).
    ["a line of poll points", "the poll lead rose 5 points, ", 8_000],
    ["a line of points beside percentages", "sales rose 5 points and 3%, ", 8_000],
    ["a line of periods in one long lede", "in 2021 and in 2022 profit rose 3% and ", 4_000],
    // The scheduled-change pass once read the whole sentence before every dated figure.
    [
      "a line of set-off relatives with dates",
      "Firm, in which X bought a 5% stake last year, said sales rose 3%, ",
      8_000,
    ],
    [
      "a line of deals and named days",
      "bought Firm Ltd for $4 million from Black Friday to Cyber Monday, and ",
      4_000,
    ],
    // Model codes glued without spaces after a count: each count once scanned the whole glued run.
    ["1 MB of glued model codes", "7 A-1B-", MB / 7],
    [
      "a line of counts of named kinds and prices",
      "24 Eurofighter Typhoon jets at $60 per square foot, ",
      4_000,
    ],
  ])("%s", (_, unit, times) => {
    expectLinear(
      (n) => unit.repeat(n),
      Math.floor(times),
      (text) => checkSpans(text, timed(text).figures),
    );
  });

  // The story's period pass once read the whole sentence for every figure that took no period.
  it("carries a story's period over one long sentence of figures in linear time", () => {
    expectLinear(
      (n) => `Revenue rose 5% in the third quarter. Sales ${"rose 7% and ".repeat(n)}fell.`,
      8_000,
      (text) => checkSpans(text, timed(text).figures),
    );
  });

  // A body's results once looked for a closing statement in the rest of the sentence, which looked again
  // past the next results: thousands of them overflowed the stack and lost every figure.
  it("reads one long sentence of a body's results in linear time, every figure kept", () => {
    expectLinear(
      (n) => `${"The company reported revenue of R5 billion, ".repeat(n)}the minister said.`,
      8_000,
      (text) => {
        const { figures } = timed(text);
        expect(figures).toHaveLength(text.split("R5 billion").length - 1);
        checkSpans(text, figures);
      },
    );
  });

  // "The group said" once counted the sentence ends back to the story's company, named at the top, for
  // every statement: quadratic in a long article.
  it("reads many statements of a company named by its kind in linear time", () => {
    expectLinear(
      (n) =>
        `Randstad NV reported results. ${"The group said revenue rose 5% to 6 billion euros. ".repeat(n)}`,
      16_000,
      (text) => expect(extract(text, {}).figures.at(-1)?.speaker?.name).toBe("Randstad"),
    );
  });

  it("reads odd Unicode: NBSP, thin spaces, Arabic-Indic digits, full-width percent", () => {
    const text = "Sales rose ١٢٫٥% and 5\u00a0percent; the fee is $\u20095\u202fmillion; turnout hit ７０％.";
    const { figures } = timed(text);
    expect(figures.map((f) => f.value)).toEqual([12.5, 5, 5e6, 70]);
    checkSpans(text, figures);
  });

  it("survives huge numbers, lone surrogates and control characters", () => {
    const text = `$${"9".repeat(400)} billion \ud800 \u0000 1e308% ${"9".repeat(30)}% \u202e$5\u200b million`;
    const { figures } = timed(text);
    checkSpans(text, figures);
  });

  it("survives random strings (fast-check)", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789$€£¥%％.,-–— \u00a0\u2009\n\"“”'’()ab kmMbn".split(""),
      "million",
      "billion",
      " percent",
      "more than ",
      "about ",
      " said",
      "U.S. dollars",
      "between ",
      " and ",
      " to ",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }),
        fc.string({ maxLength: 200, unit: "binary" }),
        (parts, noise) => {
          const text = parts.join("") + noise;
          const { figures } = timed(text);
          checkSpans(text, figures);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws without sentences or with nonsense sentences", () => {
    const text = "Revenue rose 5% to $3 billion.";
    expect(() => extractFigures(text, { sentences: [], entities: [] })).not.toThrow();
    expect(() =>
      extractFigures(text, {
        sentences: [{ start: 50, end: 10, text: "x" }],
        entities: [],
        publishedAt: "garbage",
      }),
    ).not.toThrow();
    expect(extractFigures(text, { sentences: [], entities: [] }).map((f) => f.text)).toEqual([
      "5%",
      "$3 billion",
    ]);
  });
});
