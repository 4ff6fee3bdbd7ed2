import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import { typePlaceLists } from "../../../functions/extraction/entities/place-lists.ts";
import type { Candidate } from "../../../functions/extraction/entities/refine.ts";
import type { EntityType } from "../../../functions/extraction/entities/types.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";

const typeOf = (text: string, name: string) =>
  extractEntities(text, { sentences: splitSentences(text) }).find((e) => e.name === name)?.type;

/** Candidates for the given names of `text`, typed as given, as the proposers would hand them on. */
function candidates(text: string, names: ReadonlyArray<readonly [string, EntityType]>): Candidate[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    return {
      start,
      end: start + name.length,
      text: name,
      type,
      words: name.split(" "),
      weak: false,
      confidence: 5,
      initial: false,
      sentence: 0,
    };
  });
}

describe("lists of places", () => {
  it("types a name listed after a place that a locative opened as a place", () => {
    expect(typeOf("Floods hit homes in Kakamega and Magarini on Sunday.", "Magarini")).toBe("LOCATION");
    expect(typeOf("The road was closed between Cobargo and Bermagui.", "Bermagui")).toBe("LOCATION");
  });

  it("leaves a clause's subject and a sentence's opening 'In X,' alone", () => {
    const clause = "He met officials in Nairobi and Ruto said it went well.";
    const typed = typePlaceLists(
      clause,
      candidates(clause, [
        ["Nairobi", "LOCATION"],
        ["Ruto", "PERSON"],
      ]),
    );
    expect(typed.map((c) => c.type)).toEqual(["LOCATION", "PERSON"]);
    const opening = "In Nairobi, Ruto and Odinga met on Monday.";
    const people = candidates(opening, [
      ["Nairobi", "LOCATION"],
      ["Ruto", "PERSON"],
      ["Odinga", "PERSON"],
    ]);
    expect(typePlaceLists(opening, people).map((c) => c.type)).toEqual(["LOCATION", "PERSON", "PERSON"]);
  });
});
