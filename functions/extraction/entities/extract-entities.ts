import type { Sentence } from "../text/sentences.ts";
import { defaultProposer } from "./default-proposer.ts";
import { PhraseTable } from "./gazetteer.ts";
import { mergeCandidates } from "./merge.ts";
import { type Candidate, refineSpans } from "./refine.ts";
import { viewSentence } from "./sentence-view.ts";
import type { SentenceView, SpanProposer } from "./span-proposer.ts";
import type { Entity } from "./types.ts";

export interface EntityContext {
  sentences: Sentence[];
  /**
   * Proposes entity spans per sentence. Default: the trained tagger (model/ner-model.json) with the
   * rules over and under it; pass `ruleProposer` for the rules alone, or any other SpanProposer.
   */
  proposer?: SpanProposer;
}

/**
 * Finds the people, organizations, places and other names of an article and links their mentions.
 * Pure and total: never throws, linear in the text length. Pipeline: tokenize and look up each sentence
 * (sentence-view.ts) -> propose typed spans (a SpanProposer) -> refine them with titles and word lists
 * (refine.ts) -> find known names again in all-caps and lower-case sentences -> merge into entities
 * (merge.ts).
 */
export function extractEntities(text: string, context: EntityContext): Entity[] {
  try {
    return run(text, context);
  } catch {
    // A bug must not cost the article its figures: no entities rather than no result.
    return [];
  }
}

function run(text: string, context: EntityContext): Entity[] {
  const shared = context.proposer ?? defaultProposer();
  const proposer = shared.forDocument?.() ?? shared;
  const views: SentenceView[] = [];
  const candidates: Candidate[] = [];
  const lowerWords = new Set<string>();
  context.sentences.forEach((sentence, index) => {
    const view = viewSentence(text, sentence);
    views.push(view);
    for (const word of view.words) if (word.length < 40 && word === word.toLowerCase()) lowerWords.add(word);
    for (const candidate of refineSpans(view, proposer.propose(view), index)) candidates.push(candidate);
  });
  for (const candidate of rescanUncased(views, candidates)) candidates.push(candidate);
  return mergeCandidates(text, candidates, lowerWords);
}

/**
 * Document-level consistency: a name found in mixed-case sentences is found again, case-insensitively,
 * in the article's all-caps or all-lower-case sentences (a headline "BLINKEN VISITS ASTANA").
 */
function rescanUncased(views: readonly SentenceView[], found: readonly Candidate[]): Candidate[] {
  if (views.every((view) => view.casing === "mixed")) return [];
  const known = new PhraseTable<Candidate>();
  const seen = new Set<string>();
  for (const candidate of found) {
    if (candidate.weak || candidate.text.length < 3 || seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    known.add(candidate.text, candidate, true);
    if (candidate.type === "PERSON" && candidate.words.length >= 2) {
      const surname = candidate.words[candidate.words.length - 1] ?? "";
      if (surname.length >= 3) known.add(surname, { ...candidate, words: [surname] }, true);
    }
  }
  const taken = new Set(found.map((candidate) => candidate.start));
  const out: Candidate[] = [];
  views.forEach((view, sentence) => {
    if (view.casing === "mixed") return;
    let i = 0;
    while (i < view.words.length) {
      const hit = known.match(view.words, i, "folded");
      const first = view.tokens[i];
      const last = hit ? view.tokens[hit.end - 1] : undefined;
      if (!hit || !first || !last || taken.has(first.start)) {
        i++;
        continue;
      }
      const { role: _role, ...like } = hit.value;
      out.push({
        ...like,
        start: first.start,
        end: last.end,
        text: view.text.slice(first.start, last.end),
        words: view.words.slice(i, hit.end),
        weak: false,
        initial: i <= view.firstWord,
        sentence,
      });
      i = hit.end;
    }
  });
  return out;
}
