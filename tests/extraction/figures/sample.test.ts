import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../../functions/extraction/entities/types.ts";
import { extractFigures } from "../../../functions/extraction/figures/extract-figures.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";

const path = fileURLToPath(new URL("../../fixtures/articles/kazakhstan-us-cooperation.txt", import.meta.url));
const text = readFileSync(path, "utf8");
const sentences = splitSentences(text);

const tileuberdi = { name: "Mukhtar Tileuberdi", mode: "quoted" };
const blinkenQuoted = { name: "Blinken", mode: "quoted" };
const turnover = "Mutual trade turnover between Kazakhstan and the United States";
const initiative = "the Economic Resilience Initiative for Central Asia";

/** The table of issue 3, field by field. */
const EXPECTED = [
  {
    text: "$50 billion",
    kind: "MONEY",
    value: 5e10,
    currency: "USD",
    qualifier: "lower_bound",
    qualifierText: "more than",
    period: { text: "since 1991", from: "1991" },
    // Money that is the subject of a passive verb: the participle phrase names what it measures.
    subject: { text: "invested in the Kazakh economy by American companies" },
    speaker: { name: "Blinken", mode: "reported" },
  },
  {
    text: "3 billion U.S. dollars",
    kind: "MONEY",
    value: 3e9,
    currency: "USD",
    qualifier: "lower_bound",
    qualifierText: "exceeded",
    period: { text: "2022", from: "2022", to: "2022" },
    subject: { text: turnover },
    speaker: tileuberdi,
  },
  {
    text: "37.2 percent",
    kind: "PERCENT",
    value: 37.2,
    qualifier: "exact",
    change: { direction: "increase", measure: "relative", base: "the results of the previous year" },
    period: { text: "2022" },
    subject: { text: turnover },
    speaker: tileuberdi,
  },
  {
    text: "62 billion U.S. dollars",
    kind: "MONEY",
    value: 6.2e10,
    currency: "USD",
    qualifier: "lower_bound",
    qualifierText: "exceeded",
    subject: { text: "The total inflow of foreign direct investments from the U.S. to Kazakhstan" },
    speaker: tileuberdi,
  },
  {
    text: "58.8 percent",
    kind: "PERCENT",
    value: 58.8,
    qualifier: "exact",
    change: { direction: "increase", measure: "relative", base: "the corresponding period of 2021" },
    period: { text: "first three quarters of 2022", from: "2022-01", to: "2022-09" },
    subject: { text: "the volume of American investments" },
    speaker: tileuberdi,
  },
  {
    text: "590 enterprises",
    kind: "QUANTITY",
    value: 590,
    unit: "enterprises",
    qualifier: "approximate",
    qualifierText: "About",
    subject: { text: "enterprises with the participation of the American capital" },
    speaker: tileuberdi,
  },
  {
    text: "$25 million",
    kind: "MONEY",
    value: 2.5e7,
    currency: "USD",
    qualifier: "exact",
    // Apposition: "the Economic Resilience Initiative for Central Asia – $25 million to expand ...".
    subject: { text: initiative },
    speaker: blinkenQuoted,
  },
  {
    text: "$25 million",
    kind: "MONEY",
    value: 2.5e7,
    currency: "USD",
    change: { direction: "increase" },
    // "for that initiative", resolved to the initiative named before (the span is that earlier mention).
    subject: { text: initiative },
    speaker: blinkenQuoted,
  },
  {
    text: "$50 million",
    kind: "MONEY",
    value: 5e7,
    currency: "USD",
    // Purpose: "a total of $50 million to build up the regional economy".
    subject: { text: "to build up the regional economy" },
    speaker: blinkenQuoted,
  },
];

describe("the sample article (issue 3)", () => {
  const figures = extractFigures(text, { sentences, entities: [] });

  it("yields exactly the nine figures of the table, in order", () => {
    expect(figures.map((f) => f.text)).toEqual(EXPECTED.map((e) => e.text));
  });

  it.each(EXPECTED.map((e, i) => [i, e.text, e] as const))(
    "figure %i (%s) carries the expected fields",
    (i, _, e) => {
      const f = figures[i];
      expect(f).toMatchObject(e);
      expect(text.slice(f?.start, f?.end)).toBe(f?.text);
    },
  );

  it("leaves out what is not in the table", () => {
    const [, , , , , , first, additional, total] = figures;
    expect(first?.change).toBeUndefined();
    expect(total?.change).toBeUndefined();
    expect(additional?.change?.measure).toBe("absolute");
    expect(figures[0]?.change).toBeUndefined();
    expect(figures[3]?.period).toBeUndefined();
    expect(figures[1]?.change).toBeUndefined();
  });

  it("resolves the additional money's subject to the initiative's own span", () => {
    const [, , , , , , first, additional] = figures;
    expect(additional?.subject?.start).toBe(first?.subject?.start);
    expect(text.slice(additional?.subject?.start, additional?.subject?.end)).toBe(initiative);
  });

  it("gives each figure its sentence", () => {
    for (const f of figures) {
      expect(f.sentence.start).toBeLessThanOrEqual(f.start);
      expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
      expect(text.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
    }
  });

  it("links speakers and subject entities when the entity extractor found them", () => {
    const at = (s: string, from = 0) => {
      const start = text.indexOf(s, from);
      return { start, end: start + s.length, text: s };
    };
    const entities: Entity[] = [
      {
        id: "person/antony-blinken",
        type: "PERSON",
        name: "Antony Blinken",
        mentions: [at("Antony Blinken"), at("Blinken", 470)],
      },
      {
        id: "person/mukhtar-tileuberdi",
        type: "PERSON",
        name: "Mukhtar Tileuberdi",
        mentions: [at("Mukhtar Tileuberdi")],
      },
      { id: "location/kazakhstan", type: "LOCATION", name: "Kazakhstan", mentions: [at("Kazakhstan", 864)] },
    ];
    const linked = extractFigures(text, { sentences, entities });
    expect(linked[0]?.speaker).toEqual({
      name: "Antony Blinken",
      entityId: "person/antony-blinken",
      mode: "reported",
    });
    expect(linked[1]?.speaker).toEqual({
      name: "Mukhtar Tileuberdi",
      entityId: "person/mukhtar-tileuberdi",
      mode: "quoted",
    });
    expect(linked[1]?.subject?.entityIds).toEqual(["location/kazakhstan"]);
  });
});
