import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";
import { expectLinear } from "../../helpers/linear-time.ts";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it.each([
    ["He left. She stayed.", ["He left.", "She stayed."]],
    ["Prices rose 3.5 percent. Rates held.", ["Prices rose 3.5 percent.", "Rates held."]],
    ["U.S. Secretary of State Antony Blinken arrived.", ["U.S. Secretary of State Antony Blinken arrived."]],
    ["Investors fled the U.S. The dollar fell.", ["Investors fled the U.S.", "The dollar fell."]],
    [
      "Dr. Amina Yusuf and Mr. Lee met John F. Kennedy Jr. there.",
      ["Dr. Amina Yusuf and Mr. Lee met John F. Kennedy Jr. there."],
    ],
    ["“We agree,” she said. “Good.”", ["“We agree,” she said.", "“Good.”"]],
    ["It grew approx. five percent.", ["It grew approx. five percent."]],
    // A currency's abbreviation before its amount ends no sentence.
    [
      "Prices rose to Rs. 1,250 a kg from Rs. 1,100. Wages rose to Kshs. 500.",
      ["Prices rose to Rs. 1,250 a kg from Rs. 1,100.", "Wages rose to Kshs. 500."],
    ],
    ["Title\n\nFirst sentence. Second one!", ["Title", "First sentence.", "Second one!"]],
    ["OIL PRICES SURGE\nBrent rose on Monday.", ["OIL PRICES SURGE", "Brent rose on Monday."]],
    ["Oil Prices Climb on Supply Fears\nBrent rose.", ["Oil Prices Climb on Supply Fears", "Brent rose."]],
    [
      "President Kassym-Jomart Tokayev welcomed U.S. Secretary\nof State Antony Blinken on Monday.",
      ["President Kassym-Jomart Tokayev welcomed U.S. Secretary\nof State Antony Blinken on Monday."],
    ],
    // A list item, or the line after a colon, starts a sentence of its own.
    [
      "The plan includes:\n- $4 billion for bridges\n- $2 billion for ports",
      ["The plan includes:", "- $4 billion for bridges", "- $2 billion for ports"],
    ],
    ["Key figures:\n1. Output rose\n2. Jobs fell", ["Key figures:", "1. Output rose", "2. Jobs fell"]],
    ["", []],
    ["   \n\n  ", []],
  ])("%j", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("gives spans into the original text", () => {
    const text = "  One here.  Two there.\n\nThree.";
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it("stays linear on a megabyte of periods, newlines, list items or one endless line", () => {
    for (const [unit, times] of [
      [".", 1_000_000],
      ["\n \n", 300_000],
      ["a ", 500_000],
      ["x:\n- ", 200_000],
    ] as const) {
      expectLinear(
        (n) => unit.repeat(n),
        times,
        (text) => splitSentences(text),
      );
    }
  });

  it("keeps initials without spaces inside the sentence, and ends one after a place's before an opener", () => {
    const text = "J.K. Rowling signed copies. She moved to the U.K. The shop closed.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "J.K. Rowling signed copies.",
      "She moved to the U.K.",
      "The shop closed.",
    ]);
    // Up to six initials: "K.K.S.S.R. Ramachandran".
    expect(splitSentences("Minister K.K.S.S.R. Ramachandran said so.").map((s) => s.text)).toEqual([
      "Minister K.K.S.S.R. Ramachandran said so.",
    ]);
  });
});
