import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";

const typeOf = (text: string, name: string) =>
  extractEntities(text, { sentences: splitSentences(text) }).find((e) => e.name === name)?.type;

describe("lists of places", () => {
  it("types a name listed after a place that a locative opened as a place", () => {
    expect(typeOf("Floods hit homes in Kakamega and Magarini on Sunday.", "Magarini")).toBe("LOCATION");
    expect(typeOf("The road was closed between Cobargo and Bermagui.", "Bermagui")).toBe("LOCATION");
  });

  it("leaves a clause's subject and a sentence's opening 'In X,' alone", () => {
    expect(typeOf("He met officials in Nairobi and Ruto said it went well.", "Ruto")).toBe("PERSON");
    expect(typeOf("In Nairobi, Ruto and Odinga met on Monday.", "Odinga")).toBe("PERSON");
  });
});
