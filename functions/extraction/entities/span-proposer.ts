import type { Token } from "../text/tokens.ts";
import type { GazetteerEntry, TitleEntry } from "./gazetteer.ts";
import { endsBodyName } from "./name-heads.ts";
import type { EntityType } from "./types.ts";

/**
 * How a sentence is cased: headlines in capitals or in title case and texts in lower case defeat
 * capitalization rules.
 */
export type SentenceCase = "mixed" | "upper" | "lower" | "title";

/** A phrase of the word lists found in a sentence, as token indices (end exclusive). */
export interface PhraseHit<T> {
  value: T;
  end: number;
}

/** One sentence, tokenized and looked up in the word lists: what every proposer sees. */
export interface SentenceView {
  /** The whole article (token offsets index into it). */
  text: string;
  tokens: readonly Token[];
  /** Token texts, for a tagger or a phrase look-up. */
  words: readonly string[];
  casing: SentenceCase;
  /** Index of the sentence's first word token (after opening quotes), or -1. */
  firstWord: number;
  /** The longest place, demonym or known organization starting at each token. */
  places: readonly (PhraseHit<GazetteerEntry> | undefined)[];
  /** The longest title starting at each token. */
  titles: readonly (PhraseHit<TitleEntry> | undefined)[];
  /** Words prose writes in lower case most of the time, if the proposer knows them ("services"). */
  common?: ReadonlySet<string>;
}

/** A typed run of tokens [start, end) that a proposer believes names an entity. */
export interface ProposedSpan {
  start: number;
  end: number;
  type: EntityType;
  /**
   * Little evidence beyond capitalization (a sentence's first word, an unknown single word): kept only
   * if the rest of the article confirms it.
   */
  weak?: boolean;
  /** A capitalized "The" before the span is part of the name ("as cited by The Astana Times"). */
  withThe?: boolean;
  /**
   * Backed by a word list or a title ("U.S.", "President X", "Halyk Bank"): wins over an overlapping
   * span of a statistical proposer.
   */
  certain?: boolean;
  /**
   * A guess with evidence beyond capitalization (a title before it, a known given name, an acronym the
   * article spells out): kept even where a tagger confidently put its words outside any name.
   */
  evidence?: boolean;
  /**
   * A guess a tagger confidently put outside any name: kept only if it names an entity the article
   * already has ("Blinken" after "Antony Blinken"), never on capitalization alone.
   */
  doubted?: boolean;
  /**
   * How sure the proposer is of the type, for the article-level vote (merge.ts): a tagger's smallest
   * margin over the span's words; unset means VOTE_GUESS for a guess, VOTE_CERTAIN for a certain span.
   */
  confidence?: number;
  /** A work named by its title in quotes ('the film "Oppenheimer"'): kept apart from its namesakes. */
  work?: boolean;
}

/**
 * Proposes entity spans for one sentence. Rules implement it (rule-proposer.ts); a trained sequence
 * tagger implements it through `taggerProposer`. Later passes (refine, merge) are shared.
 */
export interface SpanProposer {
  propose(view: SentenceView): ProposedSpan[];
  /** A proposer for one document, if this one keeps per-document state (such as a work budget). */
  forDocument?(): SpanProposer;
  /** Words prose writes in lower case, if the proposer knows them: they tell a title-case headline. */
  ordinaryWords?: ReadonlySet<string>;
  /**
   * Words prose writes in lower case most of the time (a wider list than `ordinaryWords`): "Music" in
   * "Apple Music" is a common word, "Mobil" in "Exxon Mobil" a name.
   */
  commonWords?: ReadonlySet<string>;
}

/** A tagger's spans for one sentence, with how sure it is of each word it left outside any span. */
export interface ScoredSpans {
  spans: ProposedSpan[];
  /** Per token: the tagger's margin for "O" where it chose O (0 where it chose an entity tag). */
  outside: ArrayLike<number>;
}

/** A proposer that can also say how sure it is that a word is no name (a trained tagger). */
export interface ScoringProposer extends SpanProposer {
  scored(view: SentenceView): ScoredSpans;
}

/**
 * A rule's guess (an unknown capitalized word or run, with no word list, title or suffix behind it) is
 * doubted where the tagger put every one of its words outside any name with at least this margin (model
 * units): "Results", "Wave", "Figure" are capitalized, not names. Tuned on gum_ner/dev + wikigold/dev
 * with a model trained without them.
 */
export const CONFIDENT_OUTSIDE = 1;

/**
 * Combines a statistical proposer (a tagger) with the rules: the rules' certain spans first (word
 * lists, titles) unless the tagger names something longer around them ("Prague Conservatory"), then
 * the tagger's spans that overlap none of them, then the rules' other spans where nothing was found;
 * where the tagger is confident their words are no names (a ScoringProposer's margins), they are
 * `doubted`: kept only as further mentions of an entity the article names elsewhere. Spans the
 * word lists know are typed again by refine.ts whoever proposed them.
 */
export function combineProposers(tagger: SpanProposer | ScoringProposer, rules: SpanProposer): SpanProposer {
  return {
    propose(view) {
      const ruled = rules.propose(view);
      const taken = new Uint8Array(view.tokens.length);
      const chosen: ProposedSpan[] = [];
      const take = (span: ProposedSpan): void => {
        if (span.end <= span.start || taken.subarray(span.start, span.end).includes(1)) return;
        chosen.push(span);
        taken.fill(1, span.start, span.end);
      };
      const scored = "scored" in tagger ? tagger.scored(view) : { spans: tagger.propose(view), outside: [] };
      const tagged = scored.spans;
      const certain = ruled.filter((span) => span.certain);
      for (const span of certain) if (!extendedBy(view, span, tagged, certain)) take(span);
      for (const span of tagged) take(withTheBefore(view, span));
      for (const span of ruled) {
        if (span.certain) continue;
        if (span.evidence || !confidentlyOutside(scored.outside, span)) take(span);
        else take({ ...span, weak: true, doubted: true });
      }
      return chosen.sort((a, b) => a.start - b.start);
    },
  };
}

function confidentlyOutside(outside: ArrayLike<number>, span: ProposedSpan): boolean {
  if (outside.length === 0) return false;
  for (let i = span.start; i < span.end; i++) if ((outside[i] ?? 0) < CONFIDENT_OUTSIDE) return false;
  return true;
}

/** Marks after which a word is capitalized as a sentence's first: quotes, a colon, a parenthesis, a dateline's dash. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(["“", '"', "‘", ":", "(", "-", "–", "—", "--"]);

/** "as cited by The Astana Times": a capitalized "The" mid-sentence right before an organization is its own. */
function withTheBefore(view: SentenceView, span: ProposedSpan): ProposedSpan {
  if (span.type !== "ORGANIZATION") return span;
  const the = view.words[span.start] === "The" ? span.start : span.start - 1;
  if (the <= view.firstWord || view.words[the] !== "The") return span;
  // After a dateline's dash or a colon, "The" opens the sentence: "WASHINGTON (Reuters) - The Supreme Court".
  if (SENTENCE_OPENERS.has(view.words[the - 1] ?? "")) return span;
  return { ...span, withThe: true };
}

const CONNECTORS = new Set(["of", "and", "for", "de", "the", "&", "-"]);

/** Whitespace stands on either side of token `i`. */
function spacedAt(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1];
  const token = view.tokens[i];
  const after = view.tokens[i + 1];
  if (!token) return false;
  return (
    (before !== undefined && before.end < token.start) || (after !== undefined && token.end < after.start)
  );
}

/**
 * Whether a tagged span covers a certain (word-list) span and names something longer with it: "Prague
 * Conservatory", "Environment Canada", "Northern Ireland", "Jack London". The extra words must be
 * capitalized (connectors such as "of" inside) and not titles, so "lowland Europe", "BBC World Service
 * radio" or "Saudi Crown Prince" keep the word-list span; a person found by a title keeps its own span.
 * Two word-list names joined by "and" ("Reuters and Bloomberg") stay two names, and so does a place and
 * the person a title found after it ("Foreign Minister of Kazakhstan Mukhtar Tileuberdi").
 */
function extendedBy(
  view: SentenceView,
  span: ProposedSpan,
  tagged: readonly ProposedSpan[],
  certain: readonly ProposedSpan[],
): boolean {
  if (span.type === "PERSON") return false;
  return tagged.some((t) => {
    if (t.start > span.start || t.end < span.end || t.end - t.start <= span.end - span.start) return false;
    if (joinsTwoKnown(view, t, certain)) return false;
    // A tagged span that cuts through another word-list name is a misread: "Barclays and Standard" of
    // "HSBC, Barclays and Standard Chartered".
    if (certain.some((c) => c.start < t.end && c.end > t.start && (c.start < t.start || c.end > t.end)))
      return false;
    // A person found by a title takes the other words: "of Kazakhstan Mukhtar Tileuberdi" is a place and a person.
    if (certain.some((c) => c.type === "PERSON" && c.start < t.end && c.end > t.start)) return false;
    // A title inside the name of a body or an event is no title: "Ghana Premier League".
    const body = endsBodyName(view.words[t.end - 1] ?? "");
    for (let i = t.start; i < t.end; i++) {
      if (i >= span.start && i < span.end) continue;
      if (view.titles[i] && !body) return false;
      const word = view.words[i] ?? "";
      const inside = i > t.start && i < t.end - 1;
      // "LONDON - Hospital trusts": a spaced dash after a dateline joins nothing.
      if (word === "-" && spacedAt(view, i)) return false;
      if (inside && CONNECTORS.has(word.toLowerCase())) continue;
      if (word === word.toLowerCase()) return false;
    }
    return true;
  });
}

const AND = new Set(["and", "&"]);

/**
 * The tagged span is exactly two names of the word lists with "and" or "&" between them ("Reuters and
 * Bloomberg"); two names certain only by their last word are one ("Norwegian Oil and Gas Association").
 */
function joinsTwoKnown(view: SentenceView, tagged: ProposedSpan, certain: readonly ProposedSpan[]): boolean {
  const known = (c: ProposedSpan) => view.places[c.start]?.end === c.end;
  const first = certain.find((c) => c.start === tagged.start && c.end < tagged.end && known(c));
  if (!first || !AND.has((view.words[first.end] ?? "").toLowerCase())) return false;
  return certain.some((c) => c.start === first.end + 1 && c.end === tagged.end && known(c));
}

/** Reads BIO tags (B-PER, I-PER, B-ORG, B-LOC, B-MISC, O; an I- without its B- opens a span). */
export function spansFromBio(tags: readonly string[]): ProposedSpan[] {
  const spans: ProposedSpan[] = [];
  let open: ProposedSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? "O";
    const type = TAG_TYPES[tag.slice(2)];
    const continues = open !== undefined && tag.startsWith("I-") && type === open.type;
    if (continues && open) {
      open.end = i + 1;
      continue;
    }
    open = undefined;
    if (type && (tag.startsWith("B-") || tag.startsWith("I-"))) {
      open = { start: i, end: i + 1, type };
      spans.push(open);
    }
  }
  return spans;
}

const TAG_TYPES: Readonly<Record<string, EntityType>> = {
  PER: "PERSON",
  PERSON: "PERSON",
  ORG: "ORGANIZATION",
  ORGANIZATION: "ORGANIZATION",
  LOC: "LOCATION",
  LOCATION: "LOCATION",
  GPE: "LOCATION",
  MISC: "MISC",
};

/** A proposer from any function that tags a sentence's words with BIO tags. */
export function taggerProposer(tag: (words: readonly string[]) => readonly string[]): SpanProposer {
  return {
    propose(view) {
      if (view.words.length === 0) return [];
      return spansFromBio(tag(view.words));
    },
  };
}
