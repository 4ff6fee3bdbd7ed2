import type { Sentence } from "../text/sentences.ts";
import { defaultProposer } from "./default-proposer.ts";
import { PhraseTable } from "./gazetteer.ts";
import { NAME_GENITIVES } from "./lexicon/context-words.ts";
import { ORG_SUFFIXES } from "./lexicon/organizations.ts";
import { SURNAME_PREFIXES } from "./lexicon/person-names.ts";
import { mergeCandidates, withoutLegalForm } from "./merge.ts";
import { type Candidate, refineSpans } from "./refine.ts";
import { viewSentence } from "./sentence-view.ts";
import type { ProposedSpan, SentenceView, SpanProposer } from "./span-proposer.ts";
import type { Entity } from "./types.ts";
import { isAcronym, isPrefixedSurname } from "./word-shape.ts";

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
 * (sentence-view.ts) -> propose typed spans (a SpanProposer), join names around a genitive and split
 * coordinated organizations -> refine them with titles and word lists
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
    const view = viewSentence(text, sentence, proposer.ordinaryWords);
    views.push(view);
    for (const word of view.words) if (word.length < 40 && word === word.toLowerCase()) lowerWords.add(word);
    const proposed = withPrefixedSurnames(
      view,
      splitCoordinated(view, joinGenitiveNames(view, proposer.propose(view))),
    );
    const spans = splitAtLineBreaks(view, proposed);
    for (const candidate of refineSpans(view, spans, index)) candidates.push(candidate);
  });
  return mergeCandidates(text, rescanUncased(views, definedAcronyms(views, candidates)), lowerWords);
}

const NAME_GENITIVE = new Set(NAME_GENITIVES);
const APOSTROPHE_S = new Set(["'s", "’s", "'", "’"]);
/** How many capitalized words before the genitive noun a joined name takes in, at most. */
const MAX_NAME_WORDS_BEFORE_GENITIVE = 4;

/**
 * "National People's Congress", "People's Liberation Army": a name after the possessive of a plural
 * noun of NAME_GENITIVES ("People", "Women") takes in that noun and the capitalized words before it,
 * whatever split them (a tagger cuts at the possessive). The name keeps its type unless it is a person.
 */
function joinGenitiveNames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const joined = new Map<ProposedSpan, ProposedSpan>();
  for (const span of spans) {
    const apostrophe = span.start - 1;
    const noun = view.words[apostrophe - 1] ?? "";
    if (!APOSTROPHE_S.has(view.words[apostrophe] ?? "") || !NAME_GENITIVE.has(noun.toLowerCase())) continue;
    if (noun === noun.toLowerCase() || view.casing !== "mixed") continue;
    let start = apostrophe - 1;
    const limit = Math.max(view.firstWord, start - MAX_NAME_WORDS_BEFORE_GENITIVE);
    while (start > limit && /^\p{Lu}/u.test(view.words[start - 1] ?? "")) start--;
    joined.set(span, { ...span, start, type: span.type === "PERSON" ? "ORGANIZATION" : span.type });
  }
  if (joined.size === 0) return [...spans];
  // A span that starts in the words a join took in ("National People") is part of the joined name.
  const taken = new Uint8Array(view.words.length);
  for (const [span, join] of joined) taken.fill(1, join.start, span.start);
  const out: ProposedSpan[] = [];
  for (const span of spans) {
    const join = joined.get(span);
    if (join) out.push(join);
    else if (!taken[span.start]) out.push(span);
  }
  return out;
}

/**
 * "Abdel Fattah al-Sisi": a person's name runs on over a surname glued to a lower-case prefix, which a
 * tagger trained on few such names leaves out.
 */
function withPrefixedSurnames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  return spans.map((span, index) => {
    const next = spans[index + 1];
    const word = view.words[span.end] ?? "";
    if (span.type !== "PERSON" || !isPrefixedSurname(word, SURNAME_PREFIXES)) return span;
    if (next && next.start <= span.end) return span;
    return { ...span, end: span.end + 1 };
  });
}

/** Words that make "and" part of a name when they come before it: "Department of Health and Human Services". */
const BINDS_AND = new Set(["of", "for", "de", "&"]);

/**
 * "Analysts at Goldman Sachs and Nomura": an organization a proposer read across "and" is two, unless
 * the word lists know it, a word such as "of" before the "and" binds it ("Department of Health and
 * Human Services"), or it ends with an organization word ("Securities and Exchange Commission").
 */
function splitCoordinated(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out: ProposedSpan[] = [];
  for (const span of spans) {
    const last = view.words[span.end - 1] ?? "";
    if (span.type !== "ORGANIZATION" || span.certain || ORG_SUFFIXES.has(last)) {
      out.push(span);
      continue;
    }
    let and = -1;
    for (let k = span.start + 1; k < span.end - 1; k++) {
      const word = view.words[k] ?? "";
      if (BINDS_AND.has(word)) break;
      if (word === "and") {
        and = k;
        break;
      }
    }
    if (and < 0) out.push(span);
    else out.push({ ...span, end: and }, { ...span, start: and + 1, withThe: false });
  }
  return out;
}

/**
 * A name never runs across a line break: a heading or byline line that the sentence splitter left in
 * the next line's sentence ("Leading Librarians into DH" / "Michiel Cock ...") would otherwise glue its
 * last word to the next line's first name. Each part keeps the type; a one-word part is weak (kept only
 * if the article confirms it).
 */
function splitAtLineBreaks(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out: ProposedSpan[] = [];
  for (const span of spans) {
    let from = span.start;
    for (let k = span.start + 1; k <= span.end; k++) {
      const before = view.tokens[k - 1];
      const after = view.tokens[k];
      const broken =
        k < span.end &&
        before !== undefined &&
        after !== undefined &&
        view.text.slice(before.end, after.start).includes("\n");
      if (!broken && k < span.end) continue;
      if (from === span.start && k === span.end) out.push(span);
      else {
        const part: ProposedSpan = { ...span, start: from, end: k };
        if (from > span.start) part.withThe = false;
        if (k - from === 1) {
          part.certain = false;
          part.weak = true;
        }
        out.push(part);
      }
      from = k;
    }
  }
  return out;
}

/**
 * Document-level consistency: a name found in mixed-case sentences is found again, case-insensitively,
 * in the article's all-caps or all-lower-case sentences (a headline "BLINKEN VISITS ASTANA"), with the
 * type and span its mixed-case mentions have: there the casing tells more than a tagger can in capitals,
 * so what was proposed inside such a match gives way to it. Returns all candidates.
 */
function rescanUncased(views: readonly SentenceView[], found: readonly Candidate[]): Candidate[] {
  if (views.every((view) => view.casing === "mixed")) return [...found];
  const known = new PhraseTable<Candidate>();
  const seen = new Set<string>();
  for (const candidate of found) {
    if (views[candidate.sentence]?.casing !== "mixed") continue;
    if (candidate.weak || candidate.text.length < 3 || seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    known.add(candidate.text, candidate, true);
    if (candidate.type === "PERSON" && candidate.words.length >= 2) {
      const surname = candidate.words[candidate.words.length - 1] ?? "";
      if (surname.length >= 3) known.add(surname, { ...candidate, words: [surname] }, true);
    }
  }
  const sentences = bySentence(found);
  const dropped = new Set<Candidate>();
  const out: Candidate[] = [];
  views.forEach((view, sentence) => {
    if (view.casing === "mixed") return;
    const here = sentences.get(sentence) ?? [];
    let i = 0;
    while (i < view.words.length) {
      const hit = known.match(view.words, i, "folded");
      const first = view.tokens[i];
      const last = hit ? view.tokens[hit.end - 1] : undefined;
      if (!hit || !first || !last) {
        i++;
        continue;
      }
      const start = first.start;
      const end = last.end;
      const inside = overlapping(here, start, end).filter((c) => !dropped.has(c));
      // A longer name proposed around the match stays ("NEW YORK TIMES" around "New York").
      if (inside.some((c) => c.start < start || c.end > end)) {
        i++;
        continue;
      }
      for (const c of inside) dropped.add(c);
      const { role: _role, ...like } = hit.value;
      out.push({
        ...like,
        start,
        end,
        text: view.text.slice(start, end),
        words: view.words.slice(i, hit.end),
        weak: false,
        initial: i <= view.firstWord,
        sentence,
      });
      i = hit.end;
    }
  });
  return [...found.filter((c) => !dropped.has(c)), ...out];
}

/**
 * "the National Statistics Institute (INE)": an acronym in parentheses right after a name is that
 * name's alias, whatever its letters (a place's only if they are its initials); each later "INE" (proposed or not) is a mention of the same
 * entity, with its type. Returns all candidates.
 */
function definedAcronyms(views: readonly SentenceView[], found: readonly Candidate[]): Candidate[] {
  const aliases = new Map<string, Candidate>();
  for (const candidate of found) {
    if (candidate.type === "PERSON" || candidate.words.length < 2 || candidate.weak) continue;
    const view = views[candidate.sentence];
    if (!view) continue;
    const index = firstTokenFrom(view, candidate.end);
    if (view.words[index] !== "(" || view.words[index + 2] !== ")") continue;
    const acronym = view.words[index + 1] ?? "";
    if (!isAcronym(acronym) || aliases.has(acronym)) continue;
    // A place's acronym spells its initials ("United Arab Emirates (UAE)"); "SAN FRANCISCO (AP)" is a dateline.
    if (candidate.type === "LOCATION" && !spellsInitials(acronym, candidate.words)) continue;
    aliases.set(acronym, candidate);
  }
  if (aliases.size === 0) return [...found];
  const alias = (template: Candidate, at: Candidate): Candidate => ({
    ...at,
    type: template.type,
    canonical: template.canonical ?? withoutLegalForm(template.words).join(" "),
    weak: false,
    confidence: template.confidence,
  });
  const out: Candidate[] = [];
  for (const candidate of found) {
    const template = candidate.words.length === 1 ? aliases.get(candidate.words[0] ?? "") : undefined;
    out.push(template ? alias(template, candidate) : candidate);
  }
  const covered = bySentence(out);
  views.forEach((view, sentence) => {
    const here = covered.get(sentence) ?? [];
    view.words.forEach((word, i) => {
      const template = aliases.get(word);
      const token = view.tokens[i];
      if (!template || !token || overlapsAny(here, token.start, token.end)) return;
      out.push(
        alias(template, {
          ...template,
          start: token.start,
          end: token.end,
          text: token.text,
          words: [word],
          initial: i <= view.firstWord,
          sentence,
        }),
      );
    });
  });
  return out;
}

/** "UAE" for "United Arab Emirates", "US" for "United States": the capitals of the acronym are the words' initials. */
function spellsInitials(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  const initials = words
    .filter((w) => !["of", "and", "the", "de"].includes(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
  return letters.length >= 2 && letters === initials;
}

/** Index of the first token of the sentence that starts at or after `offset` (binary search). */
function firstTokenFrom(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.tokens[mid]?.start ?? offset) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Candidates per sentence, each list sorted by start. */
function bySentence(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = out.get(candidate.sentence);
    if (list) list.push(candidate);
    else out.set(candidate.sentence, [candidate]);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** The candidates of a start-sorted list that overlap [start, end); a binary search, then a short walk back. */
function overlapping(sorted: readonly Candidate[], start: number, end: number): Candidate[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? end) < end) lo = mid + 1;
    else hi = mid;
  }
  const out: Candidate[] = [];
  // Candidates of one sentence hardly nest: a few steps back reach every one that can still overlap.
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
    const c = sorted[k];
    if (c && c.end > start) out.push(c);
  }
  return out;
}

function overlapsAny(sorted: readonly Candidate[], start: number, end: number): boolean {
  return overlapping(sorted, start, end).length > 0;
}
