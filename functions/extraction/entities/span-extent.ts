import { LEADING_DESCRIPTORS, NAME_GENITIVES } from "./lexicon/context-words.ts";
import { ORG_PREFIXES, ORG_SUFFIXES } from "./lexicon/organizations.ts";
import { GIVEN_NAMES, NAME_PARTICLES, SURNAME_PREFIXES } from "./lexicon/person-names.ts";
import { hasNameSuffix } from "./name-heads.ts";
import { joinNicknames, withoutNickname } from "./nicknames.ts";
import { quotedWorks } from "./quoted-works.ts";
import { sentenceText } from "./sentence-text.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";
import { isDottedAbbreviation, isPossessive, isPrefixedSurname } from "./word-shape.ts";

/**
 * Where a proposed name starts and ends, whoever proposed it: joined around a plural noun's possessive,
 * joined over a nickname in quotes, split at "and" between two organizations, without a descriptor before it ("Chipmaker Nvidia"), run on over an "al-" surname, a nationality cut off the
 * person after it, cut at line breaks. Each step is linear in the sentence.
 */
export function reshapeSpans(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const listed = joinNameLists(
    view,
    joinNicknames(view, joinSaints(view, joinAmpersands(view, quotedWorks(view, spans)))),
  );
  const joined = withInitials(
    view,
    withNameParticles(
      view,
      withPrefixedSurnames(view, splitCoordinated(view, joinGenitiveNames(view, listed))),
    ),
  );
  const parts = splitPersonOfPlace(
    view,
    splitLeadingDemonyms(view, withoutDescriptors(view, splitTrailingPerson(view, joined))),
  );
  return splitAtLineBreaks(view, splitAtQuotes(view, parts));
}

const DOUBLE_QUOTES = new Set(['"', "“", "”"]);

/**
 * 'called it "Project Fear" Johnson said': a double quote inside a name ends it, unless the quotes
 * enclose a person's nickname (nicknames.ts). The pieces keep the type; a one-word piece is weak.
 */
function splitAtQuotes(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out: ProposedSpan[] = [];
  for (const span of spans) {
    const name = view.words.slice(span.start, span.end);
    const quoted = name.some((word) => DOUBLE_QUOTES.has(word));
    if (!quoted || (span.type === "PERSON" && withoutNickname(name).length < name.length)) {
      out.push(span);
      continue;
    }
    let from = span.start;
    for (let k = span.start; k <= span.end; k++) {
      if (k < span.end && !DOUBLE_QUOTES.has(view.words[k] ?? "")) continue;
      if (k > from) {
        const part: ProposedSpan = { ...span, start: from, end: k };
        if (from > span.start) part.withThe = false;
        if (k - from === 1) {
          part.certain = false;
          part.weak = true;
        }
        out.push(part);
      }
      from = k + 1;
    }
  }
  return out;
}

/**
 * "Chairman of the Management Board Askhat Khassenov said", "Governor of the National Bank of Ukraine
 * Andriy Pyshnyi": a person named right after the organization a title holds, which a proposer read as
 * one organization. Split where the organization's name ends (its head word or place), when what follows
 * is two or three capitalized words and a title of the organization comes before it.
 */
function splitTrailingPerson(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words } = view;
  const long = (span: ProposedSpan) => span.type === "ORGANIZATION" && span.end - span.start >= 4;
  if (!spans.some((span) => long(span) && (words[span.start - 1] === "of" || words[span.start - 2] === "of")))
    return spans as ProposedSpan[];
  return spans.flatMap((span) => {
    if (span.type !== "ORGANIZATION" || span.end - span.start < 4) return [span];
    const of = words[span.start - 1] === "the" ? span.start - 2 : span.start - 1;
    if (words[of] !== "of" || !titleEndsAt(view, of)) return [span];
    for (let head = span.end - 3; head > span.start; head--) {
      const place = view.places[head];
      const ends = ORG_SUFFIXES.has(words[head] ?? "")
        ? head + 1
        : place && place.end < span.end
          ? place.end
          : -1;
      const tail = span.end - ends;
      if (ends < 0 || tail < 2 || tail > 3) continue;
      if (!words.slice(ends, span.end).every((word) => /^\p{Lu}\p{Ll}/u.test(word))) continue;
      return [
        { ...span, end: ends },
        { start: ends, end: span.end, type: "PERSON" as const, evidence: true },
      ];
    }
    return [span];
  });
}

/** A title ends right before token `end` ("Chairman" before "of the Management Board"). */
function titleEndsAt(view: SentenceView, end: number): boolean {
  for (let k = Math.max(0, end - 6); k < end; k++) if (view.titles[k]?.end === end) return true;
  return false;
}

/**
 * "Taylor Fritz of the United States", "Iga Swiatek of Poland": a person a tagger ran on over "of" and
 * a place of the word lists is a person and a place.
 */
function splitPersonOfPlace(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (!spans.some((span) => span.type === "PERSON" && span.end - span.start >= 4))
    return spans as ProposedSpan[];
  return spans.flatMap((span) => {
    if (span.type !== "PERSON") return [span];
    for (let k = span.start + 2; k < span.end - 1; k++) {
      if (view.words[k] !== "of") continue;
      const at = view.words[k + 1] === "the" ? k + 2 : k + 1;
      const place = view.places[at];
      if (
        !place ||
        place.end !== span.end ||
        place.value.kind === "demonym" ||
        place.value.kind === "organization"
      )
        continue;
      return [
        { ...span, end: k },
        { start: at, end: span.end, type: "LOCATION" as const, certain: true },
      ];
    }
    return [span];
  });
}

/**
 * Words of a name that lists its fields: "Belt and Road Initiative", "Ministry of Culture, Sports and
 * Tourism". A proposer that cut it at "and" or a comma left a one-word piece that no word list knows
 * before a piece that ends in an organization's or event's head word, or after "Ministry of X,".
 */
function isAnd(view: SentenceView, at: number): boolean {
  return view.words[at] === "and" || view.words[at] === "&";
}

/** A capitalized single word no word list knows. */
function unknownWord(view: SentenceView, span: ProposedSpan): boolean {
  return (
    span.end - span.start === 1 && !view.places[span.start] && /^\p{Lu}/u.test(view.words[span.start] ?? "")
  );
}

function joinNameLists(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as ProposedSpan;
    const next = spans[k + 1];
    const third = spans[k + 2];
    // "Belt" + "and" + "Road Initiative".
    if (
      next &&
      unknownWord(view, span) &&
      span.type !== "PERSON" &&
      next.start === span.end + 1 &&
      isAnd(view, span.end) &&
      hasNameSuffix(view.words[next.end - 1] ?? "")
    ) {
      out.push({ ...next, start: span.start, withThe: span.withThe });
      k++;
      continue;
    }
    // "Ministry of Culture" + "," + "Sports" + "and" + "Tourism".
    const listsFields =
      span.type === "ORGANIZATION" &&
      ORG_PREFIXES.has(view.words[span.start] ?? "") &&
      view.words[span.start + 1] === "of";
    if (
      listsFields &&
      next &&
      third &&
      view.words[span.end] === "," &&
      next.start === span.end + 1 &&
      unknownWord(view, next) &&
      isAnd(view, next.end) &&
      third.start === next.end + 1 &&
      unknownWord(view, third)
    ) {
      out.push({ ...span, end: third.end });
      k += 2;
      continue;
    }
    out.push(span);
  }
  return out;
}

const LEADING_DESCRIPTOR = new Set(LEADING_DESCRIPTORS);

/** "Chipmaker Nvidia Corp said": a descriptor that opens the sentence is no part of the name after it. */
function withoutDescriptors(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  return spans.map((span) => {
    if (span.end - span.start < 2 || span.type === "PERSON") return span;
    const first = view.words[span.start] ?? "";
    if (!LEADING_DESCRIPTOR.has(first.toLowerCase()) || first === first.toLowerCase()) return span;
    return { ...span, start: span.start + 1, withThe: false };
  });
}

const NAME_GENITIVE = new Set(NAME_GENITIVES);
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
    if (!isPossessive(view.words[apostrophe] ?? "") || !NAME_GENITIVE.has(noun.toLowerCase())) continue;
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

/**
 * Particles that join a person's name across a space ("Ursula von der Leyen", "Mohammed bin Salman") or
 * open a surname alone ("von der Leyen said", "de Villepin"). Not "do", "y", "la", "le": English words or
 * rare in English copy.
 */
const JOINING_PARTICLES: ReadonlySet<string> = new Set(
  [...NAME_PARTICLES].filter((particle) => !["do", "y", "la", "le", "ter", "ten"].includes(particle)),
);
const MAX_PARTICLES = 3;

/** How many particles run from `at` in the direction `step` (1 or -1), at most MAX_PARTICLES. */
function particlesFrom(view: SentenceView, at: number, step: 1 | -1): number {
  let n = 0;
  while (n < MAX_PARTICLES && JOINING_PARTICLES.has(view.words[at + step * n] ?? "")) n++;
  return n;
}

/**
 * "Ursula von der Leyen": a person's name runs on over lower-case particles to the capitalized surname
 * after them, whatever a proposer made of it (a tagger cuts at the particles and may type the surname
 * as a place); "later von der Leyen said": a surname takes in the particles before it.
 */
function withNameParticles(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed" || !spans.some((span) => span.type === "PERSON"))
    return spans as ProposedSpan[];
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let span = spans[k] as ProposedSpan;
    if (span.type !== "PERSON") {
      out.push(span);
      continue;
    }
    const after = particlesFrom(view, span.end, 1);
    const surname = span.end + after;
    if (after > 0 && /^\p{Lu}/u.test(view.words[surname] ?? "")) {
      const next = spans[k + 1];
      if (next?.start === surname) {
        span = { ...span, end: next.end };
        k++;
      } else span = { ...span, end: surname + 1 };
    }
    const before = particlesFrom(view, span.start - 1, -1);
    const previous = out[out.length - 1];
    if (before > 0 && !(previous && previous.end >= span.start - before))
      span = { ...span, start: span.start - before };
    out.push(span);
  }
  return out;
}

/**
 * "AT&T", "PG&E", "S&P" (letters glued to "&") and "Sullivan & Cromwell", "Procter & Gamble" (names on
 * both sides of "&"): one organization, whatever a proposer made of the pieces (two people, "&T").
 */
function joinAmpersands(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words, tokens } = view;
  if (view.casing !== "mixed" || !words.includes("&")) return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const added: ProposedSpan[] = [];
  let last = 0;
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== "&") continue;
    const left = words[k - 1] ?? "";
    const right = words[k + 1] ?? "";
    const glued = tokens[k - 1]?.end === tokens[k]?.start && tokens[k]?.end === tokens[k + 1]?.start;
    const letters = glued && /^\p{Lu}{1,3}$/u.test(left) && /^\p{Lu}{1,3}$/u.test(right);
    let before = covering[k - 1];
    const after = covering[k + 1];
    // "Susan Klein of Sullivan & Cromwell": the person before "of" stays a person.
    let person: ProposedSpan | undefined;
    const of = before ? lastIndexBetween(words, "of", before.start + 1, k - 1) : -1;
    if (before && of > 0) {
      person = { ...before, end: of, type: "PERSON" };
      before = { ...before, start: of + 1 };
    }
    // "Sullivan & Cromwell", "Marks & Spencer": one capitalized name on each side, the right one proposed.
    const names =
      !glued &&
      (before === undefined || (before.end === k && before.end - before.start <= 2)) &&
      after?.start === k + 1 &&
      /^\p{Lu}\p{Ll}/u.test(left) &&
      /^\p{Lu}\p{Ll}/u.test(right) &&
      after.end - after.start <= 2;
    const start = before?.start ?? k - 1;
    if ((!letters && !names) || (person?.start ?? start) < last) continue;
    const end = after?.end ?? k + 2;
    if (person) added.push(person);
    added.push({ start, end, type: "ORGANIZATION", withThe: before?.withThe ?? false });
    last = end;
    k = end - 1;
  }
  return replaceSpans(words.length, spans, added);
}

const SAINT = new Set(["St.", "St", "Saint", "Ste.", "Sainte"]);

/**
 * "St. Louis County", "St. John", "Saint Petersburg": "St." and the name after it are one name, a place
 * unless a proposer typed the whole an organization ("St. Louis Cardinals"); a tagger often leaves "St."
 * out and reads the saint's name as a person.
 */
function joinSaints(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed" || !/\bSt\b|\bSaint|\bSte\b/.test(sentenceText(view)))
    return spans as ProposedSpan[];
  const covering = coveringIndex(view.words.length, spans);
  const added: ProposedSpan[] = [];
  let last = 0;
  for (let k = 0; k < view.words.length - 1; k++) {
    // "St." is "St" and a point.
    const name = view.words[k + 1] === "." ? k + 2 : k + 1;
    if (!SAINT.has(view.words[k] ?? "") || !/^\p{Lu}/u.test(view.words[name] ?? "")) continue;
    const before = covering[k];
    const after = covering[name];
    const start = before?.start ?? k;
    if (start < last) continue;
    const end = Math.max(after?.end ?? name + 1, before?.end ?? 0);
    // The type of what was proposed around the saint's name, not of "St" alone.
    const around = before && before.start < k ? before.type : undefined;
    const typed = [after?.type, around].find((type) => type !== undefined && type !== "PERSON");
    added.push({ start, end, type: typed ?? "LOCATION", withThe: before?.withThe ?? false });
    last = end;
    k = end - 1;
  }
  return replaceSpans(view.words.length, spans, added);
}

/** The proposed span covering each token, computed once per sentence (spans do not overlap). */
function coveringIndex(length: number, spans: readonly ProposedSpan[]): (ProposedSpan | undefined)[] {
  const covering: (ProposedSpan | undefined)[] = new Array(length);
  for (const span of spans) covering.fill(span, Math.max(0, span.start), Math.min(length, span.end));
  return covering;
}

/** `spans` without those overlapping any of `added`, plus `added`, in order: linear in the sentence. */
function replaceSpans(
  length: number,
  spans: readonly ProposedSpan[],
  added: readonly ProposedSpan[],
): ProposedSpan[] {
  if (added.length === 0) return spans as ProposedSpan[];
  const taken = new Uint8Array(length);
  for (const span of added) taken.fill(1, span.start, span.end);
  const kept = spans.filter((span) => !taken.subarray(span.start, span.end).includes(1));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** The last index of `word` in words[from, to), or -1. */
function lastIndexBetween(words: readonly string[], word: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (words[k] === word) return k;
  return -1;
}

/** "C.C.", "J.K.", "T.J.": a person's initials written without spaces, and no known place ("U.S."). */
function isInitials(view: SentenceView, k: number): boolean {
  const word = view.words[k] ?? "";
  return isDottedAbbreviation(word) && /^(?:\p{Lu}\.){2,3}$/u.test(word) && !view.places[k];
}

/**
 * "C.C. Wei told shareholders", "J.K. Rowling": initials without spaces open a person's name, whatever a
 * proposer made of them (alone as the person, or left out before the surname). Only before a capitalized
 * word or a person.
 */
function withInitials(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed" || !/\p{Lu}\.\p{Lu}\./u.test(sentenceText(view)))
    return spans as ProposedSpan[];
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let span = spans[k] as ProposedSpan;
    const next = spans[k + 1];
    // "C.C." proposed alone, "Wei" after it.
    if (
      span.end - span.start === 1 &&
      isInitials(view, span.start) &&
      /^\p{Lu}\p{Ll}/u.test(view.words[span.end] ?? "") &&
      next?.type !== "ORGANIZATION"
    ) {
      const end = next?.start === span.end ? next.end : span.end + 1;
      if (next?.start === span.end) k++;
      span = { ...span, end, type: "PERSON" };
    } else if (
      span.type !== "ORGANIZATION" &&
      isInitials(view, span.start - 1) &&
      (out[out.length - 1]?.end ?? 0) <= span.start - 1
    ) {
      // "J.K." left out before "Rowling"; "C.J. Stroud" read as the town (not "A.C. Milan", a club).
      span = { ...span, start: span.start - 1, type: "PERSON" };
    }
    out.push(span);
  }
  return out;
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
 * "Finn Valtteri Bottas", "Kenyan Faith Kipyegon": a nationality a tagger glued to the person after it is
 * a nationality and a person. Only before a name of two words or more: "Finn Russell" and "Dane Coles"
 * are given names.
 */
function splitLeadingDemonyms(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  return spans.flatMap((span) => {
    const demonym = view.places[span.start];
    if (span.type !== "PERSON" || demonym?.value.kind !== "demonym") return [span];
    if (span.end - demonym.end < 2) return [span];
    return [
      { ...span, end: demonym.end, type: "MISC" as const, withThe: false },
      { ...span, start: demonym.end, withThe: false },
    ];
  });
}

/**
 * The type of a piece of a name cut at a line break: a byline's "Jessica Smith" above "ABC News" is a
 * person (a given name, two or three words, no organization word), "ABC News" an organization.
 */
function partType(
  view: SentenceView,
  type: ProposedSpan["type"],
  start: number,
  end: number,
): ProposedSpan["type"] {
  const last = view.words[end - 1] ?? "";
  if (ORG_SUFFIXES.has(last)) return "ORGANIZATION";
  const words = end - start;
  if (words >= 2 && words <= 3 && GIVEN_NAMES.has(view.words[start] ?? "")) return "PERSON";
  return type;
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
        const part: ProposedSpan = { ...span, start: from, end: k, type: partType(view, span.type, from, k) };
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
