import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeClusters } from "../../../functions/extraction/entities/tagger/clusters.ts";
import {
  loadModel,
  MODEL_FORMAT,
  NerModelError,
  type NerModelJson,
  packRows,
  serializeModel,
  TAGS,
} from "../../../functions/extraction/entities/tagger/index.ts";
import { committedModel, MODEL_PATH } from "./helpers.ts";

/** The committed model file must stay below this, so the bundled handler still starts fast. */
const MAX_MODEL_BYTES = 3_000_000;

const T = TAGS.length;
const minimal = (): NerModelJson => ({
  format: MODEL_FORMAT,
  scale: 2,
  meta: { note: "test" },
  transitions: Array.from({ length: (T + 1) * T }, () => "0").join(" "),
  gazetteer: { country: "kazakhstan|united states" },
  ...encodeClusters([
    ["tashkent", "032112"],
    ["almaty", "032112"],
    ["gazprom", "322130"],
  ]),
  lowercaseWords: "as cut jobs to",
  ...packRows([
    ["w=blinken", [0, 5, -3, 0, 0, 0, 0, 0, 0]],
    ["b", [1, 0, 0, 0, 0, 0, 0, 0, -128]],
  ]),
});

describe("loadModel", () => {
  it("loads the committed model", () => {
    const model = committedModel();
    expect(model.format).toBe(MODEL_FORMAT);
    expect(model.features.size).toBeGreaterThan(1000);
    expect(model.rows).toHaveLength(model.features.size * T);
    expect(model.gazetteer.classes).toContain("country");
    expect(model.clusters.get("almaty")).toBe(model.clusters.get("tashkent"));
  });

  it("keeps the committed model file below MAX_MODEL_BYTES", () => {
    expect(statSync(MODEL_PATH).size).toBeLessThan(MAX_MODEL_BYTES);
  });

  it("reads back what serializeModel writes", () => {
    const model = loadModel(JSON.parse(serializeModel(minimal())));
    const row = model.features.get("w=blinken") ?? -1;
    expect(Array.from(model.rows.subarray(row * T, row * T + T))).toEqual([0, 5, -3, 0, 0, 0, 0, 0, 0]);
    expect(model.rows[2 * T - 1]).toBe(-128);
    expect(model.gazetteer.byFirstWord.get("united")?.[0]?.[0]).toEqual(["united", "states"]);
    expect(model.clusters.get("tashkent")).toBe("032112");
    expect(model.clusters.get("gazprom")).toBe("322130");
    expect([...model.lowercaseWords]).toEqual(["as", "cut", "jobs", "to"]);
    expect([...model.truecaseWords]).toEqual(["as", "cut", "jobs", "to"]);
  });

  it("lowers the title-case words too when truecasing, but tells headlines by the strict ones", () => {
    const model = loadModel(
      JSON.parse(serializeModel({ ...minimal(), titleLowercaseWords: "city studies" })),
    );
    expect([...model.lowercaseWords]).toEqual(["as", "cut", "jobs", "to"]);
    expect([...model.truecaseWords]).toEqual(["as", "cut", "jobs", "to", "city", "studies"]);
  });

  it("writes the committed file byte for byte as serializeModel does", () => {
    const text = readFileSync(MODEL_PATH, "utf8");
    expect(serializeModel(JSON.parse(text))).toBe(text);
  });

  const broken: Array<[string, unknown]> = [
    ["not an object", [1, 2]],
    ["another format", { ...minimal(), format: "spacy" }],
    ["a zero scale", { ...minimal(), scale: 0 }],
    ["too few transitions", { ...minimal(), transitions: "0 0 0" }],
    ["non-integer transitions", { ...minimal(), transitions: minimal().transitions.replace("0", "x") }],
    ["weights for fewer features", { ...minimal(), features: "w=blinken\nb\nw=tokayev" }],
    ["weights that are not base64", { ...minimal(), weights: "!!" }],
    ["a repeated feature", { ...minimal(), features: "b\nb" }],
    ["weights as an object (format 1)", { ...minimal(), weights: { b: "1:2" } }],
    ["a non-string gazetteer", { ...minimal(), gazetteer: { country: ["kazakhstan"] } }],
    ["no clusters (format 2)", { ...minimal(), clusterWords: undefined }],
    ["too few cluster paths", { ...minimal(), clusterPaths: "AB" }],
    ["no lower-case words", { ...minimal(), lowercaseWords: undefined }],
    ["title-case words that are not a string", { ...minimal(), titleLowercaseWords: ["city"] }],
    ["cluster paths that are not base64", { ...minimal(), clusterPaths: "!!!!!!" }],
  ];
  it("refuses to pack a weight that does not fit a byte", () => {
    expect(() => packRows([["b", [128, 0, 0, 0, 0, 0, 0, 0, 0]]])).toThrow(RangeError);
  });

  it.each(broken)("rejects %s", (_, json) => {
    expect(() => loadModel(json)).toThrow(NerModelError);
  });
});
