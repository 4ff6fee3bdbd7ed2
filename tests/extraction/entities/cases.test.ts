import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import { ruleProposer } from "../../../functions/extraction/entities/rule-proposer.ts";
import type { SpanProposer } from "../../../functions/extraction/entities/span-proposer.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";
import { CASES, type EntityCase } from "./cases.ts";

const TYPED = /^(PERSON|ORGANIZATION|LOCATION|MISC) /;

function check({ text, has, not = [] }: EntityCase, proposer?: SpanProposer): void {
  const entities = extractEntities(text, { sentences: splitSentences(text), ...(proposer && { proposer }) });
  const typed: string[] = [];
  const texts: string[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      typed.push(`${entity.type} ${mention.text}`);
      texts.push(mention.text);
    }
  }
  for (const expected of has) expect(typed, text).toContain(expected);
  // "PERSON Infirmary" rules out that typed mention; "Infirmary" rules out the mention whatever its type.
  for (const wrong of not) expect(TYPED.test(wrong) ? typed : texts, text).not.toContain(wrong);
}

describe("entities in news phrasing (tagger with rules, the default)", () => {
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_text, c) => check(c));
});

describe("entities in news phrasing (rules alone)", () => {
  const ruled = CASES.filter((c) => !c.taggerOnly);
  it.each(ruled.map((c) => [c.text, c] as const))("%s", (_text, c) => check(c, ruleProposer));
});

describe("rules over whatever a proposer proposes", () => {
  /** A proposer that types each of the given words as a one-word name of the given type. */
  const typing = (type: "PERSON", ...targets: string[]): SpanProposer => ({
    propose: (view) =>
      view.words.flatMap((word, start) => (targets.includes(word) ? [{ start, end: start + 1, type }] : [])),
  });

  it("re-types a lone organization word proposed as a person", () => {
    check(
      { text: "He told the Cabinet on Monday that the talks had failed.", has: ["ORGANIZATION Cabinet"] },
      typing("PERSON", "Cabinet"),
    );
  });
});
