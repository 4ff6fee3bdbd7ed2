import { ruleProposer } from "./rule-proposer.ts";
import { combineProposers, type ScoringProposer, type SpanProposer, spansFromBio } from "./span-proposer.ts";
import { type NerModel, tagTokensScored } from "./tagger/index.ts";

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
    const combined = combineProposers(scoringTagger(model), ruleProposer);
    return {
      ordinaryWords: model.lowercaseWords,
      commonWords: model.truecaseWords,
      propose(view) {
        const size = view.words.length;
        const cost = size + SENTENCE_COST;
        if (size > MAX_TAGGED_SENTENCE_TOKENS || cost > budget) return ruleProposer.propose(view);
        budget -= cost;
        return combined.propose(view);
      },
    };
  };
  return {
    ...fresh(),
    forDocument: fresh,
    ordinaryWords: model.lowercaseWords,
    commonWords: model.truecaseWords,
  };
}

/**
 * Tokens of punctuation alone, and prepositions and conjunctions in lower case, which open no name ("The
 * Managing Director of LASWA, Mr ...": a tagger may take "of" into the name after a title).
 */
const NO_NAME_OPENERS = /^(?:[.,;:!?]+|of|and|or|for|in|at|to|by|on|with|from)$/;

/** The model as a ScoringProposer: its spans, and its margin on each word it tagged O. */
export function scoringTagger(model: NerModel): ScoringProposer {
  const scored = (view: Parameters<SpanProposer["propose"]>[0]) => {
    if (view.words.length === 0) return { spans: [], outside: [] };
    const { tags, margins } = tagTokensScored(model, view.words);
    const outside = new Float64Array(tags.length);
    for (let i = 0; i < tags.length; i++) if (tags[i] === "O") outside[i] = margins[i] ?? 0;
    // ("Ms. Bailey said": no name opens with the period of the honorific before it, nor with "of".)
    const spans = spansFromBio(tags).filter((span) => {
      while (span.start < span.end && NO_NAME_OPENERS.test(view.words[span.start] ?? "")) span.start++;
      return span.start < span.end;
    });
    for (const span of spans) {
      let least = Number.POSITIVE_INFINITY;
      for (let i = span.start; i < span.end; i++) least = Math.min(least, margins[i] ?? 0);
      span.confidence = least;
    }
    return { spans, outside };
  };
  return { scored, propose: (view) => scored(view).spans };
}
