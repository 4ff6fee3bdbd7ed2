import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import type { Entity } from "../../../functions/extraction/entities/types.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";

const text = readFileSync(
  new URL("../../fixtures/articles/kazakhstan-us-cooperation.txt", import.meta.url),
  "utf8",
);
const entities = extractEntities(text, { sentences: splitSentences(text) });

function entity(id: string): Entity {
  const found = entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entity ${id} in ${entities.map((e) => e.id).join(", ")}`);
  return found;
}

/** Every start offset of `word` in the text, as a whole word. */
function offsetsOf(word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/[\p{L}-]/u.test(before) && !/\p{L}/u.test(after)) out.push(at);
  }
  return out;
}

describe("the Kazakhstan-U.S. sample article", () => {
  it("finds the people with their roles and every mention", () => {
    const tokayev = entity("person/kassym-jomart-tokayev");
    expect(tokayev).toMatchObject({ type: "PERSON", name: "Kassym-Jomart Tokayev", role: "President" });
    expect(tokayev.mentions.map((m) => m.text)).toEqual(["Kassym-Jomart Tokayev"]);

    const blinken = entity("person/antony-blinken");
    expect(blinken).toMatchObject({
      type: "PERSON",
      name: "Antony Blinken",
      role: "U.S. Secretary of State",
    });
    expect(blinken.mentions[0]?.text).toBe("Antony Blinken");
    const surnameStarts = offsetsOf("Blinken").filter((at) => text.slice(at - 7, at) !== "Antony ");
    expect(blinken.mentions.slice(1).map((m) => m.start)).toEqual(surnameStarts);

    const tileuberdi = entity("person/mukhtar-tileuberdi");
    expect(tileuberdi).toMatchObject({ name: "Mukhtar Tileuberdi", role: "Foreign Minister of Kazakhstan" });
    expect(tileuberdi.mentions.map((m) => m.text)).toEqual(["Mukhtar Tileuberdi", "Tileuberdi"]);
  });

  it("finds the places, countries with their codes", () => {
    const kazakhstan = entity("location/kazakhstan");
    expect(kazakhstan).toMatchObject({ type: "LOCATION", name: "Kazakhstan", countryCode: "KZ" });
    expect(kazakhstan.mentions.map((m) => m.start)).toEqual(offsetsOf("Kazakhstan"));

    const us = entity("location/united-states");
    expect(us).toMatchObject({ type: "LOCATION", name: "United States", countryCode: "US" });
    const usStarts = [...offsetsOf("U.S."), ...offsetsOf("United States")].sort((a, b) => a - b);
    expect(us.mentions.map((m) => m.start)).toEqual(usStarts);
    expect(new Set(us.mentions.map((m) => m.text))).toEqual(new Set(["U.S.", "United States"]));

    expect(entity("location/russia")).toMatchObject({ type: "LOCATION", countryCode: "RU" });
    expect(entity("location/central-asia")).toMatchObject({ type: "LOCATION", name: "Central Asia" });
  });

  it("finds the organizations, keeping The in a newspaper's name", () => {
    const times = entity("organization/the-astana-times");
    expect(times.name).toBe("The Astana Times");
    expect(times.mentions.map((m) => m.text)).toEqual(["The Astana Times", "The Astana Times"]);
    const initiative = entities.find((e) => e.name === "Economic Resilience Initiative for Central Asia");
    expect(initiative?.type).toMatch(/^(ORGANIZATION|MISC)$/);
  });

  it("links demonyms to their country", () => {
    expect(entity("misc/american")).toMatchObject({ type: "MISC", country: "US" });
    expect(entity("misc/american").mentions.map((m) => m.text)).toContain("Americans");
    expect(entity("misc/kazakh")).toMatchObject({ type: "MISC", country: "KZ" });
  });

  it("finds no title, page furniture or sentence opener as an entity", () => {
    const names = entities.map((e) => e.name);
    for (const wrong of [
      "President",
      "State Antony",
      "Scroll",
      "Top",
      "Export",
      "Secretary",
      "Today",
      "Furthermore",
      "I’m",
    ]) {
      expect(names).not.toContain(wrong);
    }
    expect(names.some((name) => name.startsWith("Secretary"))).toBe(false);
  });

  it("gives exact spans and sane salience", () => {
    for (const e of entities) {
      expect(e.id).toMatch(/^(person|organization|location|misc)\/[\p{L}\p{N}-]+$/u);
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
      for (const mention of e.mentions) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.text).not.toMatch(/^(the |President |Secretary )|['’]s$/);
      }
    }
    const byId = new Map(entities.map((e) => [e.id, e.salience ?? 0]));
    expect(byId.get("location/kazakhstan")).toBeGreaterThan(byId.get("location/russia") ?? 1);
  });
});
