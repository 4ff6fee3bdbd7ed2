import { ruleProposer } from "./rule-proposer.ts";
import { combineProposers, type SpanProposer, taggerProposer } from "./span-proposer.ts";
import { type NerModel, tagTokens } from "./tagger/index.ts";

/** No prose sentence is longer; a longer "sentence" is noise and gets the (cheaper) rules alone. */
export const MAX_TAGGED_SENTENCE_TOKENS = 250;

/**
 * Tagging work per document at most, in words plus a fixed cost per sentence (a long article uses
 * ~15k); past it, the rules alone.
 */
export const MAX_TAGGED_DOCUMENT_COST = 30_000;
const SENTENCE_COST = 20;

/**
 * The trained tagger as the primary proposer, with the rules' certain spans (word lists, titles) over
 * it and the rules' other spans as fallback. The model is passed in: data, loaded once by the caller.
 * The tagger costs ~20 µs a word, so hostile input (huge sentences, 100k one-word sentences) is bounded
 * by the two limits above and falls back to the rules.
 */
export function modelProposer(model: NerModel): SpanProposer {
  const fresh = (): SpanProposer => {
    let budget = MAX_TAGGED_DOCUMENT_COST;
    const combined = combineProposers(
      taggerProposer((words) => tagTokens(model, words)),
      ruleProposer,
    );
    return {
      propose(view) {
        const size = view.words.length;
        const cost = size + SENTENCE_COST;
        if (size > MAX_TAGGED_SENTENCE_TOKENS || cost > budget) return ruleProposer.propose(view);
        budget -= cost;
        return combined.propose(view);
      },
    };
  };
  return { ...fresh(), forDocument: fresh };
}
