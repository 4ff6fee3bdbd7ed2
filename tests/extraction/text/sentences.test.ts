import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";

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
    ["Title\n\nFirst sentence. Second one!", ["Title", "First sentence.", "Second one!"]],
    ["OIL PRICES SURGE\nBrent rose on Monday.", ["OIL PRICES SURGE", "Brent rose on Monday."]],
    ["Oil Prices Climb on Supply Fears\nBrent rose.", ["Oil Prices Climb on Supply Fears", "Brent rose."]],
    [
      "President Kassym-Jomart Tokayev welcomed U.S. Secretary\nof State Antony Blinken on Monday.",
      ["President Kassym-Jomart Tokayev welcomed U.S. Secretary\nof State Antony Blinken on Monday."],
    ],
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

  it("stays linear on a megabyte of periods, newlines or one endless line", () => {
    for (const text of [".".repeat(1_000_000), "\n \n".repeat(300_000), "a ".repeat(500_000)]) {
      const started = performance.now();
      splitSentences(text);
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });

  it("keeps initials without spaces inside the sentence, and ends one after a place's before an opener", () => {
    const text = "J.K. Rowling signed copies. She moved to the U.K. The shop closed.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "J.K. Rowling signed copies.",
      "She moved to the U.K.",
      "The shop closed.",
    ]);
  });
});
