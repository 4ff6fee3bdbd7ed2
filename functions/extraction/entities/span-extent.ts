import { DASHES, DATELINE_TOKENS } from "./context-cues.ts";
import { creditNames } from "./credit-lines.ts";
import { isPlaceKind } from "./gazetteer.ts";
import { endsWithLegalForm, isLegalFormWord } from "./legal-forms.ts";
import { CAPITALIZED_ARTICLES, FUNCTION_WORDS, TIME_WORDS } from "./lexicon/common-words.ts";
import { LEADING_DESCRIPTORS, NAME_GENITIVES } from "./lexicon/context-words.ts";
import {
  LOCATION_PREFIXES,
  LOCATION_SUFFIXES,
  MISC_SUFFIXES,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  POSSESSIVE_NAMES,
  PROGRAM_HEADS,
  SURVEY_HEADS,
} from "./lexicon/organizations.ts";
import { GIVEN_NAMES, SURNAME_PREFIXES } from "./lexicon/person-names.ts";
import { PLACE_PART_WORDS } from "./lexicon/places.ts";
import { TITLE_MODIFIERS } from "./lexicon/titles.ts";
import { hasNameSuffix } from "./name-heads.ts";
import {
  endsWithTradeHead,
  joinAmpersands,
  joinLinkedNames,
  joinMemberBodies,
  joinSaints,
  withInitials,
  withLeadingGivenNames,
  withLegalForms,
  withNameParticles,
  withNamesBeforeIndustryWords,
  withNamesBeforeLegalForms,
  withParenthesizedLegalForms,
  withPortfolioLists,
  withRankingHeads,
  withShortGivenNames,
} from "./name-joins.ts";
import { joinNicknames, withoutNickname } from "./nicknames.ts";
import { quotedWorks } from "./quoted-works.ts";
import { VOTE_CERTAIN } from "./refine.ts";
import { lineBreakBefore } from "./sentence-view.ts";
import { withShipPrefixes } from "./ship-names.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";
import { isAllUpper, isPossessive, isPrefixedSurname } from "./word-shape.ts";

/**
 * Where a proposed name starts and ends, whoever proposed it: joined around a plural noun's possessive,
 * joined over a nickname in quotes, split at "and" between two organizations, without a descriptor before it ("Chipmaker Nvidia"), run on over an "al-" surname, a nationality cut off the
 * person after it, cut at line breaks. Each step is linear in the sentence.
 */
export function reshapeSpans(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const listed = joinNameLists(
    view,
    joinNicknames(
      view,
      joinSaints(
        view,
        joinLinkedNames(
          view,
          withPortfolioLists(view, joinAmpersands(view, withShipPrefixes(view, quotedWorks(view, spans)))),
        ),
      ),
    ),
  );
  const named = withRankingHeads(
    view,
    withInitials(
      view,
      withLeadingGivenNames(
        view,
        withShortGivenNames(
          view,
          withNameParticles(
            view,
            withPrefixedSurnames(
              view,
              splitCoordinated(view, joinGenitiveNames(view, joinMemberBodies(view, listed))),
            ),
          ),
        ),
      ),
    ),
  );
  const joined = withNamesBeforeIndustryWords(
    view,
    withNamesBeforeLegalForms(view, withParenthesizedLegalForms(view, withLegalForms(view, named))),
  );
  const parts = splitPersonOfPlace(
    view,
    splitLeadingDemonyms(
      view,
      withSentenceOpener(view, withoutDescriptors(view, splitTrailingPerson(view, joined))),
    ),
  );
  return coordinatedTypes(
    view,
    joinCountryNames(
      view,
      joinBodiesBeforePlaces(
        view,
        creditNames(view, splitAtLineBreaks(view, splitAtQuotes(view, cutAtClosingParenthesis(view, parts)))),
      ),
    ),
  );
}

/** Words before a country that make it where something is, not the first word of a name: "in Canada". */
const PLACE_LEADS = new Set([
  "in",
  "from",
  "to",
  "of",
  "at",
  "across",
  "into",
  "for",
  "by",
  "on",
  "and",
  ",",
]);

/**
 * "the Canada Mortgage and Housing Corp.", "ArcelorMittal South Africa closed": a country right before or
 * after an organization's name no word list knows is part of that name (a national body, a local arm),
 * not a place of its own.
 */
function joinCountryNames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out: ProposedSpan[] = [];
  // The kind of place the word lists know a LOCATION span as, whole.
  const placeKind = (span: ProposedSpan) => {
    const hit = view.places[span.start];
    return span.type === "LOCATION" && hit?.end === span.end ? hit.value.kind : undefined;
  };
  const country = (span: ProposedSpan) => placeKind(span) === "country";
  // (Not a listed organization: "the EU Russia sanctions" are two names.)
  // (Nor letters alone: "IMF Pakistan", an acronym before a country, are two names.)
  const lettered = (span: ProposedSpan) =>
    span.type === "ORGANIZATION" &&
    view.words.slice(span.start, span.end).every((word) => /\p{Ll}/u.test(word));
  const unknownOrganization = (span: ProposedSpan) => lettered(span) && view.places[span.start] === undefined;
  // ("Heineken Malaysia", "DoorDash Australia": a listed company's local arm, written in mixed case, too.)
  const localArmOf = (span: ProposedSpan) => {
    const listed = view.places[span.start];
    return (
      lettered(span) &&
      (listed === undefined || (listed.value.kind === "organization" && listed.end === span.end))
    );
  };
  // "Dubai Duty Free", "Sydney Trains", "London Marathon Events": a known place before capitalized words
  // that prose writes in lower case, none a given name, which a proposer read as a person's name, is a
  // body's name with them; a place's before a place's head ("Greater Toronto Area"), a scheme's before a
  // scheme's ("Canada Summer Jobs").
  const commonWordsPerson = (span: ProposedSpan) => {
    if (span.type !== "PERSON") return false;
    for (let k = span.start; k < span.end; k++) {
      const word = view.words[k] ?? "";
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || GIVEN_NAMES.has(word) || !view.common?.has(word.toLowerCase()))
        return false;
    }
    return true;
  };
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as ProposedSpan;
    const next = spans[k + 1];
    const adjacent = next !== undefined && next.start === span.end && view.casing === "mixed";
    if (adjacent && isPlaceKind(placeKind(span)) && commonWordsPerson(next)) {
      const head = view.words[next.end - 1] ?? "";
      const type = LOCATION_SUFFIXES.has(head)
        ? "LOCATION"
        : MISC_SUFFIXES.has(head) || PROGRAM_HEADS.has(head)
          ? "MISC"
          : "ORGANIZATION";
      out.push({ ...next, start: span.start, type, evidence: true, weak: false, withThe: span.withThe });
      k++;
      continue;
    }
    if (
      adjacent &&
      country(span) &&
      unknownOrganization(next) &&
      !PLACE_LEADS.has(view.words[span.start - 1]?.toLowerCase() ?? "")
    ) {
      out.push({ ...next, start: span.start, withThe: span.withThe });
      k++;
      continue;
    }
    if (adjacent && localArmOf(span) && country(next) && !/['’]s$/.test(view.words[span.end - 1] ?? "")) {
      out.push({ ...span, end: next.end });
      k++;
      continue;
    }
    out.push(span);
  }
  return out;
}

/**
 * "Fertilizers Europe", "Grain Producers Australia", "Focus Ireland": capitalized words no proposer put in
 * a name, right before a country or a world region, are a national body's name with it, not words before
 * a place; with the organization named right before them ("Stanbic Bank Kenya", "Hyundai Motor
 * Manufacturing Middle East"). Not a place's own lead ("Greater China", "Mt Kenya"), a title, a time word,
 * a given name, a function word, letters ("IMF Pakistan") or a possessive; a sentence's first word only
 * with another after it ("Across Europe").
 */
function joinBodiesBeforePlaces(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (view.casing !== "mixed") return [...spans];
  const { words } = view;
  const bodyWord = (at: number) => {
    const word = words[at] ?? "";
    return (
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(word) &&
      !view.titles[at] &&
      !view.places[at] &&
      !PLACE_PART_WORDS.has(word) &&
      !LOCATION_PREFIXES.has(word) &&
      !TITLE_MODIFIER_WORDS.has(word) &&
      !FUNCTION_WORDS.has(word.toLowerCase()) &&
      !TIME_WORDS.has(word.toLowerCase()) &&
      !GIVEN_NAMES.has(word)
    );
  };
  // (Only common words before a place a proposer read whole: "Baja California" and "South-east Asia" are
  // places whole.)
  const common = (at: number) =>
    bodyWord(at) &&
    !PLACE_PART_WORDS.has((words[at] ?? "").split("-")[0] ?? "") &&
    view.common?.has((words[at] ?? "").toLowerCase()) === true;
  const out: ProposedSpan[] = [];
  for (const proposed of spans) {
    // ("Dairy Australia forecasts": a proposer's place over the body's words and the country is read as
    // those words before the country.)
    const inner = proposed.type === "LOCATION" ? innerPlaceStart(view, proposed) : undefined;
    const span =
      inner !== undefined && proposed.start < inner && allOf(proposed.start, inner, common)
        ? { ...proposed, start: inner }
        : proposed;
    const place = view.places[span.start];
    let start = span.start;
    if (span.type === "LOCATION" && place?.end === span.end && BODY_KINDS.has(place.value.kind)) {
      while (start > span.start - 3 && bodyWord(start - 1)) start--;
      // A proposer's guess over those words gives way ("Fertilizers" as a place); a certain name, or one
      // reaching past them, bounds them.
      // (Spans come in order without overlap: only the last few can reach past `start`.)
      for (let k = out.length - 1; k >= 0; k--) {
        const other = out[k] as ProposedSpan;
        if (other.end <= start) break;
        if (other.certain || other.start < start) start = Math.min(span.start, other.end);
      }
    }
    // ("Visit Malaysia Year 2026": a name that goes on past the place is another kind of name, unless a
    // company's name opens it: "The Stanbic Bank Kenya Purchasing Managers' Index".)
    const goesOn =
      /^\p{Lu}/u.test(words[span.end] ?? "") &&
      !FUNCTION_WORDS.has((words[span.end] ?? "").toLowerCase()) &&
      !companyEndsAt(out, start);
    if (start === span.start || goesOn || (start === view.firstWord && span.start - start < 2)) {
      out.push(span);
      continue;
    }
    while (out.length > 0 && (out[out.length - 1] as ProposedSpan).start >= start) out.pop();
    const before = out[out.length - 1];
    if (before?.type === "ORGANIZATION" && before.end === start) {
      out.pop();
      out.push({ ...before, end: span.end });
      continue;
    }
    const withThe = words[start - 1] === "The" && start - 1 !== view.firstWord;
    out.push({ ...span, start, type: "ORGANIZATION", withThe });
  }
  return out;
}

/** Where a country or region the span ends with starts, after up to three words of the span. */
function innerPlaceStart(view: SentenceView, span: ProposedSpan): number | undefined {
  for (let at = span.start + 1; at < span.end && at <= span.start + 3; at++) {
    const place = view.places[at];
    if (place?.end === span.end && BODY_KINDS.has(place.value.kind)) return at;
  }
  return undefined;
}

function allOf(start: number, end: number, test: (at: number) => boolean): boolean {
  for (let at = start; at < end; at++) if (!test(at)) return false;
  return true;
}

/** The span before `at` among the ordered spans is an organization's name that ends there. */
function companyEndsAt(spans: readonly ProposedSpan[], at: number): boolean {
  let k = spans.length - 1;
  while (k >= 0 && (spans[k] as ProposedSpan).end > at) k--;
  const before = spans[k];
  return before?.type === "ORGANIZATION" && before.end === at;
}

/** Places a national body is named after: "Wine Australia", "Energy UK", "Plastics Europe". */
const BODY_KINDS: ReadonlySet<string> = new Set(["country", "region", "nation"]);

const TITLE_MODIFIER_WORDS: ReadonlySet<string> = new Set(TITLE_MODIFIERS);

/** Words that coordinate two names: "Shell and Esso", "Petron, Cleanfuel and Seaoil". */
const COORDINATORS = new Set(["and", "or", ","]);

/**
 * "at Shell and Esso stations", "the collapse of Nakumatt and Tuskys", "Petron Corp., Cleanfuel and
 * Seaoil": a one-word name coordinated with an organization, read as a person, is an organization too,
 * unless the word lists know it (a place, a given name): a tagger types unknown brands as people.
 */
function coordinatedTypes(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out = [...spans];
  const retyped = new Set<number>();
  const joined = (a: ProposedSpan, b: ProposedSpan) => {
    // ("Shell Pilipinas Corp., Cleanfuel": past a legal form's point.)
    const from =
      view.words[a.end] === "." && /^(?:Corp|Inc|Co|Ltd|Bhd|Plc)$/.test(view.words[a.end - 1] ?? "")
        ? a.end + 1
        : a.end;
    const between = view.words.slice(from, b.start);
    return between.length >= 1 && between.length <= 2 && between.every((word) => COORDINATORS.has(word));
  };
  const retype = (k: number, other: number) => {
    const span = out[k];
    const org = out[other];
    // (Only a person's reading: a one-word place beside an organization is often a place, as "Tarbela and
    // Mangla" dams, and a MISC word often a field cut from an institution's name, as "Arts".)
    if (!span || !org || org.type !== "ORGANIZATION" || span.type !== "PERSON") return;
    // (Only beside a company named as one, "Shell Pilipinas Corp.": "Microsoft and Gates" keeps its person.)
    const head = view.words[org.end - 1] ?? "";
    const company =
      ORG_SUFFIXES.has(head) ||
      (head === "." && ORG_SUFFIXES.has(view.words[org.end - 2] ?? "")) ||
      retyped.has(other);
    if (!company && !org.certain) return;
    if (span.certain) return;
    if (
      span.end - span.start !== 1 ||
      view.places[span.start] ||
      GIVEN_NAMES.has(view.words[span.start] ?? "")
    )
      return;
    out[k] = { ...span, type: "ORGANIZATION" };
    retyped.add(k);
  };
  // Both ways along a list: "Petron Corp., Shell Pilipinas Corp., Cleanfuel and Seaoil".
  for (let k = 1; k < out.length; k++)
    if (joined(out[k - 1] as ProposedSpan, out[k] as ProposedSpan)) retype(k, k - 1);
  for (let k = out.length - 2; k >= 0; k--)
    if (joined(out[k] as ProposedSpan, out[k + 1] as ProposedSpan)) retype(k, k + 1);
  return out;
}

/**
 * "Company (NNPC) Ltd": a closing parenthesis no opening one matches inside a name ends it there (the
 * acronym is the name; the legal form after it is the full name's).
 */
function cutAtClosingParenthesis(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  return spans.flatMap((span) => {
    for (let k = span.start; k < span.end; k++) {
      const word = view.words[k];
      if (word === "(") return [span];
      if (word === ")") return k > span.start ? [{ ...span, end: k }] : [];
    }
    return [span];
  });
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

/** Words of a person's name before "of", at most: "Mary Grace Santos of SyCip". */
const NAME_BEFORE_OF = 3;
/** Capitalized words a body after a person's "of" may run on past the tagger's span: "of Mianzi Living". */
const BODY_RUN_ON = 3;

/**
 * "Taylor Fritz of the United States", "Iga Swiatek of Poland": a person a tagger ran on over "of" and
 * a place of the word lists is a person and a place; "Wanjiru Kamau of Mianzi Living", "Emma Higgins of
 * Rabobank": of any other name, in mixed case, a person and the body they speak for (not "Our Lady of
 * Nazareth", "Cup of Nations": a body's or a work's own "of").
 */
function splitPersonOfPlace(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  if (!spans.some((span) => span.type === "PERSON" && span.end - span.start >= 4))
    return spans as ProposedSpan[];
  const { words } = view;
  return spans.flatMap((span, i) => {
    if (span.type !== "PERSON") return [span];
    for (let k = span.start + 2; k < span.end - 1; k++) {
      if (words[k] !== "of") continue;
      const at = words[k + 1] === "the" ? k + 2 : k + 1;
      const place = view.places[at];
      if (
        place &&
        place.end === span.end &&
        place.value.kind !== "demonym" &&
        place.value.kind !== "organization"
      )
        return [
          { ...span, end: k },
          { start: at, end: span.end, type: "LOCATION" as const, certain: true },
        ];
      if (place || !personBeforeOf(view, span.start, k) || !/^\p{Lu}/u.test(words[at] ?? "")) continue;
      let end = span.end;
      const limit = Math.min(span.end + BODY_RUN_ON, spans[i + 1]?.start ?? words.length);
      while (end < limit && /^\p{Lu}\p{Ll}/u.test(words[end] ?? "")) end++;
      return [
        { ...span, end: k },
        { start: at, end, type: "ORGANIZATION" as const },
      ];
    }
    return [span];
  });
}

/** Words [start, of) of a mixed-case sentence name a person: two or three capitalized words, none a body's or a title's. */
function personBeforeOf(view: SentenceView, start: number, of: number): boolean {
  if (
    view.casing !== "mixed" ||
    of - start > NAME_BEFORE_OF ||
    POSSESSIVE_OPENERS.has(view.words[start] ?? "")
  )
    return false;
  for (let k = start; k < of; k++) {
    const word = view.words[k] ?? "";
    // ("Vice Minister of Education Wu Yan": a title's "of" names its portfolio.)
    if (!/^\p{Lu}/u.test(word) || ORG_SUFFIXES.has(word) || MISC_SUFFIXES.has(word) || view.titles[k])
      return false;
  }
  return true;
}

/** Words that open a title of devotion, not a person's name: "Our Lady of Nazareth". */
const POSSESSIVE_OPENERS = new Set(["Our", "His", "Her"]);

/**
 * Words of a name that lists its fields: "Belt and Road Initiative", "Ministry of Culture, Sports and
 * Tourism". A proposer that cut it at "and" or a comma left a one-word piece that no word list knows
 * before a piece that ends in an organization's or event's head word, or after "Ministry of X,".
 */
function isAnd(view: SentenceView, at: number): boolean {
  return view.words[at] === "and" || view.words[at] === "&";
}

/** Words a body's field may take before "and", at most: "Public Services". */
const FIELD_WORDS = 2;

/**
 * `span` is one to two capitalized common words and no place ("Public Services", "Environment"), and
 * `next`, a name that opens with a capitalized common word, ends in a place or holds a body's head word
 * ("Procurement Canada", "Climate Change Canada"; with the head word, any capitalized word may open it:
 * "Gaming Commission of Ontario").
 */
function namesFields(view: SentenceView, span: ProposedSpan, next: ProposedSpan): boolean {
  const { words, common } = view;
  if (!common || view.casing !== "mixed" || span.type === "PERSON" || span.end - span.start > FIELD_WORDS)
    return false;
  const commonAt = (k: number) =>
    /^\p{Lu}\p{Ll}+$/u.test(words[k] ?? "") && common.has((words[k] ?? "").toLowerCase()) && !view.places[k];
  for (let k = span.start; k < span.end; k++) if (!commonAt(k)) return false;
  const last = next.end - 1;
  const placeEnd = view.places.some((hit, k) => hit !== undefined && k >= next.start && hit.end === next.end);
  const head = words.slice(next.start, next.end).some((word) => ORG_SUFFIXES.has(word));
  // (A name that holds a body's head word may open with any capitalized word: "Gaming Commission of Ontario".)
  if (!commonAt(next.start) && !(head && /^\p{Lu}/u.test(words[next.start] ?? ""))) return false;
  return placeEnd || head || hasNameSuffix(words[last] ?? "");
}

/** Endings of English common nouns and adjectives: "Demographic", "Competitiveness", "Valuation". */
const COMMON_ENDING = /(?:ic|al|ive|ness|tion|sion|ment|ity|ics|ing|ary|ces|ance|ence)$/;
/** Words a body's first field may run to before "and": "Independent Corrupt Practices". */
const LEADING_FIELD_WORDS = 3;

/**
 * `span`, two or three capitalized words that end in a common word and hold no known name but its
 * place or qualifier first ("Kenya Demographic", "Federal Competitiveness"), and `next`, at most four
 * words that open with a common word and end in a body's, a law's or a survey's head ("Health Survey",
 * "Statistics Centre"): one body's fields, cut at "and". Two whole names keep apart: "Standard Chartered
 * and Deutsche Bank" (a known company), "Hillhouse Investment and Kuwait Investment Authority" (a place
 * opens the second), "Zenora Mobile and Ukwu Telecom" (a name opens the second).
 */
function namesLeadingFields(view: SentenceView, span: ProposedSpan, next: ProposedSpan): boolean {
  const { words, common } = view;
  const size = span.end - span.start;
  if (view.casing !== "mixed" || span.type === "PERSON" || size < 2 || size > LEADING_FIELD_WORDS)
    return false;
  for (let k = span.start; k < span.end; k++) {
    if (!/^\p{Lu}/u.test(words[k] ?? "")) return false;
    const hit = view.places[k];
    if (hit && (k > span.start || hit.value.kind === "organization")) return false;
  }
  const commonWord = (word: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(word) && (common?.has(word.toLowerCase()) || COMMON_ENDING.test(word));
  const last = words[span.end - 1] ?? "";
  if (!commonWord(last) || hasNameSuffix(last)) return false;
  const head = words[next.end - 1] ?? "";
  return (
    next.end - next.start <= 4 &&
    commonWord(words[next.start] ?? "") &&
    !view.places[next.start] &&
    (ORG_SUFFIXES.has(head) || MISC_SUFFIXES.has(head) || SURVEY_HEADS.has(head))
  );
}

/**
 * "Immigration, Refugees and Citizenship Canada", "Innovation, Science and Economic Development Canada": a
 * body named by fields listed with commas and "and", one or two capitalized common words each, and the
 * place it serves; the end of the name, or undefined.
 */
function fieldsBeforePlace(view: SentenceView, span: ProposedSpan): number | undefined {
  const { words, common } = view;
  if (!common || view.casing !== "mixed" || span.type === "PERSON" || span.end - span.start > FIELD_WORDS)
    return undefined;
  const field = (k: number) =>
    /^\p{Lu}\p{Ll}+$/u.test(words[k] ?? "") && common.has((words[k] ?? "").toLowerCase()) && !view.places[k];
  for (let j = span.start; j < span.end; j++) if (!field(j)) return undefined;
  if (words[span.end] !== ",") return undefined;
  let k = span.end;
  while (k < span.end + FIELD_LIST_TOKENS) {
    const closing = isAnd(view, k) || (words[k] === "," && isAnd(view, k + 1));
    if (words[k] !== "," && !isAnd(view, k)) return undefined;
    k += words[k] === "," && isAnd(view, k + 1) ? 2 : 1;
    const first = k;
    while (k - first < FIELD_WORDS && field(k)) k++;
    if (k === first) return undefined;
    if (closing) {
      const place = view.places[k];
      return place && place.value.kind !== "organization" ? place.end : undefined;
    }
  }
  return undefined;
}

/** A capitalized single word no word list knows. */
function unknownWord(view: SentenceView, span: ProposedSpan): boolean {
  return (
    span.end - span.start === 1 && !view.places[span.start] && /^\p{Lu}/u.test(view.words[span.start] ?? "")
  );
}

/** Tokens a list of fields after "Ministry of X" may run over: ", Trade and Industry". */
const FIELD_LIST_TOKENS = 14;

/**
 * The end of a list of capitalized fields at `at` (", Fisheries and the Environment", ", Labor and
 * Welfare"), ending with the item after "and"; undefined when the list names a place or never ends.
 */
function fieldListEnd(view: SentenceView, at: number): number | undefined {
  // (In a headline or a text in capitals every word is capitalized: no list can be told from the words after it.)
  if (view.casing !== "mixed") return undefined;
  const { words } = view;
  let k = at;
  while (k < at + FIELD_LIST_TOKENS) {
    const last = isAnd(view, k);
    if (!last && words[k] !== ",") return undefined;
    k++;
    if (!last && isAnd(view, k)) k++;
    const closing = last || isAnd(view, k - 1);
    if (closing && words[k] === "the") k++;
    const first = k;
    while (/^\p{Lu}/u.test(words[k] ?? "") && !view.places[k]) k++;
    if (k === first || view.places[k]) return undefined;
    // ("the Bank of England and the International Monetary Fund": an organization's head ends another name.)
    // (", Natural Gas and Biofuels": an item inside the list, before its "and", is a field.)
    if (closing && k - first > 1 && ORG_SUFFIXES.has(words[k - 1] ?? "")) return undefined;
    if (closing) return k;
  }
  return undefined;
}

/** Links inside a body's name: "Office of the Superintendent", "Council on Criminal Justice". */
const BODY_LINKS = new Set(["of", "on", "for"]);
/** Tokens a body's name may run on over, at most. */
const BODY_NAME_REACH = 6;

/**
 * Where a body's name cut inside its "of"/"on"/"for" phrase ends: it opens with an organization's head
 * ("Office", "Council") and its link, and runs on over capitalized words and inner "of (the)" up to one
 * that is no name word (a title before a person's name stops it: "Bank of Ghana Governor"). Undefined when
 * the span is not so cut.
 */
function bodyNameEnd(view: SentenceView, span: ProposedSpan): number | undefined {
  const { words } = view;
  if (view.casing !== "mixed" || !ORG_PREFIXES.has(words[span.start] ?? "")) return undefined;
  // (A title word is a name word unless a person's name follows it: "of the Superintendent of", not
  // "Governor Ernest Addison".)
  const capital = (k: number) =>
    /^\p{Lu}/u.test(words[k] ?? "") && !(view.titles[k] && /^\p{Lu}/u.test(words[k + 1] ?? ""));
  // The span ends inside the phrase: on its head, on its link's object, or right before a link.
  const linked = words.slice(span.start, span.end).some((word) => BODY_LINKS.has(word));
  const nextLink = BODY_LINKS.has(words[span.end] ?? "");
  if (!linked && !(nextLink && span.end === span.start + 1)) return undefined;
  let k = span.end;
  let end = span.end;
  while (k < span.end + BODY_NAME_REACH) {
    // "Office of the Prime Minister Narendra Modi": a title right after the link is the body's object,
    // and the name after it is the person's.
    const title = view.titles[k];
    if (title && (words[k - 1] === "the" || BODY_LINKS.has(words[k - 1] ?? ""))) {
      k = title.end;
      end = k;
      if (/^\p{Lu}/u.test(words[k] ?? "")) break;
      continue;
    }
    if (capital(k)) {
      k++;
      end = k;
      continue;
    }
    const link = BODY_LINKS.has(words[k] ?? "") ? (words[k + 1] === "the" ? 2 : 1) : 0;
    // ("the House of Commons on Wednesday": a day or a month after "on" is when. TIME_WORDS leaves out
    // "may", the verb; capitalized after a link it is the month.)
    const afterLink = words[k + link] ?? "";
    if (link > 0 && capital(k + link) && !TIME_WORDS.has(afterLink.toLowerCase()) && afterLink !== "May") {
      k += link;
      continue;
    }
    break;
  }
  return end > span.end ? end : undefined;
}

function joinNameLists(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const out: ProposedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as ProposedSpan;
    const next = spans[k + 1];
    // "Belt" + "and" + "Road Initiative".
    // ("ICONIQ and Meritech Capital": an acronym before an organization's name is a name of its own; the
    // "CHIPS and Science Act" is one.)
    const acronymBeforeOrganization =
      /^\p{Lu}{2,}$/u.test(view.words[span.start] ?? "") &&
      next !== undefined &&
      ORG_SUFFIXES.has(view.words[next.end - 1] ?? "");
    // "Public Services" + "and" + "Procurement Canada", "Environment" + "and" + "Climate Change Canada",
    // "Alcohol" + "and" + "Gaming Commission of Ontario": a government body named by its fields, common
    // words capitalized, before a name that ends in its place or a body's head word.
    if (next && next.start === span.end + 1 && isAnd(view, span.end) && namesFields(view, span, next)) {
      out.push({ ...next, type: "ORGANIZATION", start: span.start, withThe: span.withThe });
      k++;
      continue;
    }
    // "Kenya Demographic" + "and" + "Health Survey", "Federal Competitiveness" + "and" + "Statistics
    // Centre": the first field opened by the body's place or qualifier.
    if (
      next &&
      next.start === span.end + 1 &&
      isAnd(view, span.end) &&
      namesLeadingFields(view, span, next)
    ) {
      out.push({ ...next, start: span.start, withThe: span.withThe });
      k++;
      continue;
    }
    // "Immigration" + ", Refugees and Citizenship Canada": fields listed with commas before the place.
    const listEnd = fieldsBeforePlace(view, span);
    if (listEnd !== undefined) {
      out.push({ ...span, type: "ORGANIZATION", end: listEnd });
      while (k + 1 < spans.length && (spans[k + 1] as ProposedSpan).start < listEnd) k++;
      continue;
    }
    if (
      next &&
      unknownWord(view, span) &&
      !acronymBeforeOrganization &&
      span.type !== "PERSON" &&
      next.start === span.end + 1 &&
      isAnd(view, span.end) &&
      hasNameSuffix(view.words[next.end - 1] ?? "")
    ) {
      out.push({ ...next, start: span.start, withThe: span.withThe });
      k++;
      continue;
    }
    // "Ministry of Culture" + ", Sports and Tourism", "Department of Forestry" + ", Fisheries and the
    // Environment": the fields an institution lists, whatever the proposers made of them.
    // ("Department for Science" + ", Innovation and Technology"; "National Agency for Petroleum" + ", Gas
    // and Biofuels": one qualifier may open the name.)
    const prefixAt = [span.start, span.start + 1].find(
      (j) =>
        j < span.end &&
        ORG_PREFIXES.has(view.words[j] ?? "") &&
        (view.words[j + 1] === "of" || view.words[j + 1] === "for"),
    );
    const listsFields = span.type === "ORGANIZATION" && prefixAt !== undefined;
    const fieldsEnd = listsFields ? fieldListEnd(view, span.end) : undefined;
    if (fieldsEnd !== undefined) {
      out.push({ ...span, end: fieldsEnd });
      while (k + 1 < spans.length && (spans[k + 1] as ProposedSpan).start < fieldsEnd) k++;
      continue;
    }
    // "Office" + "of the Superintendent of Bankruptcy", "Council on Criminal" + "Justice": a body's name cut
    // inside its "of" or "on" phrase runs on to its last capitalized word.
    const bodyEnd = span.type === "ORGANIZATION" ? bodyNameEnd(view, span) : undefined;
    if (bodyEnd !== undefined) {
      out.push({ ...span, end: bodyEnd });
      while (k + 1 < spans.length && (spans[k + 1] as ProposedSpan).start < bodyEnd) k++;
      continue;
    }
    out.push(span);
  }
  return out;
}

const LEADING_DESCRIPTOR = new Set(LEADING_DESCRIPTORS);
/** Descriptors that may open a person's name too: "Former Supreme Court justice", "Rival Ann Lee". */
const PERSON_DESCRIPTORS = new Set(["former", "rival"]);

/** "Chipmaker Nvidia Corp said": a descriptor that opens the sentence is no part of the name after it. */
function withoutDescriptors(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  return spans.map((span) => {
    if (span.end - span.start < 2) return span;
    const first = view.words[span.start] ?? "";
    if (!LEADING_DESCRIPTOR.has(first.toLowerCase()) || first === first.toLowerCase()) return span;
    // "Pollster Forschungsgruppe Wahlen put the party at 29%": what the descriptor names is an organization
    // ("Former Minister Ann Lee" stays a person).
    // ("Recruiter Hays said": nor a place, unless the word lists know it as one.)
    const retyped = span.type === "PERSON" || (span.type === "LOCATION" && !view.places[span.start + 1]);
    const company = retyped && !PERSON_DESCRIPTORS.has(first.toLowerCase());
    // (What the descriptor says outvotes the readings of the bare name: "Hays" as a person.)
    return company
      ? { ...span, start: span.start + 1, withThe: false, type: "ORGANIZATION", confidence: VOTE_CERTAIN }
      : { ...span, start: span.start + 1, withThe: false };
  });
}

/**
 * "Hong Leong Investment Bank Research maintained its call": a tagger may leave out the word that opens
 * the sentence, capitalized there whatever it is, before an organization's name of two words or more. A
 * word prose writes in lower case, a descriptor, a place or a word no letters make stays out. So does the
 * word that opens the text after a dateline ("PETALING JAYA: Hong Leong ...").
 */
function withSentenceOpener(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  return withOpener(view, datelineOpener(view), withOpener(view, view.firstWord, spans));
}

/**
 * The word that opens the text after a dateline ("PETALING JAYA: Hong Leong ...", "HANOI, Nov 5 (VNA) -
 * ..."), capitalized there whatever it is; -1 when the sentence opens with no all-caps dateline.
 */
function datelineOpener(view: SentenceView): number {
  const { words, firstWord } = view;
  if (firstWord < 0 || !/\p{Lu}{2}/u.test(words[firstWord] ?? "") || !isAllUpper(words[firstWord] ?? ""))
    return -1;
  for (let k = firstWord + 1; k < Math.min(words.length, firstWord + DATELINE_TOKENS); k++)
    if (words[k] === ":" || DASHES.has(words[k] ?? "")) return k + 1;
  return -1;
}

function withOpener(view: SentenceView, opener: number, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const word = view.words[opener] ?? "";
  const open =
    opener >= 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !view.common?.has(word.toLowerCase()) &&
    !LEADING_DESCRIPTOR.has(word.toLowerCase()) &&
    !view.places[opener] &&
    !view.titles[opener] &&
    !spans.some((span) => span.start <= opener && span.end > opener);
  if (!open) return [...spans];
  return spans.map((span) =>
    span.start === opener + 1 && span.end - span.start >= 2 && span.type === "ORGANIZATION"
      ? { ...span, start: opener }
      : span,
  );
}

const NAME_GENITIVE = new Set(NAME_GENITIVES);
/** How many capitalized words before the genitive noun a joined name takes in, at most. */
const MAX_NAME_WORDS_BEFORE_GENITIVE = 4;

/** The span is a body's head words and a legal form, nothing else: "Holdings Bhd", "Group Ltd". */
function companyWordsOnly(view: SentenceView, span: ProposedSpan): boolean {
  const words = view.words.slice(span.start, span.end);
  return endsWithLegalForm(words) && words.every((word) => ORG_SUFFIXES.has(word) || isLegalFormWord(word));
}

/**
 * "National People's Congress", "People's Liberation Army": a name after the possessive of a plural
 * noun of NAME_GENITIVES ("People", "Women", "Commissioner") takes in that noun and the capitalized words
 * before it, whatever split them (a tagger cuts at the possessive, or takes the noun without the words
 * before it). The name keeps its type unless it is a person. So does a company's bare head and legal form
 * after a name's possessive ("Brahim's Holdings Bhd").
 */
function joinGenitiveNames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const joined = new Map<ProposedSpan, ProposedSpan>();
  for (const span of spans) {
    // ("Commissioner 's Office" proposed whole: the possessive inside it, right after its first word.)
    const inside = isPossessive(view.words[span.start + 1] ?? "") && span.end > span.start + 2;
    const apostrophe = inside ? span.start + 1 : span.start - 1;
    const noun = view.words[apostrophe - 1] ?? "";
    if (!isPossessive(view.words[apostrophe] ?? "")) continue;
    if (inside && !NAME_GENITIVE.has(noun.toLowerCase())) continue;
    // "Moody's Investors Service", "Sainsbury's Bank": a company named with its possessive, and more.
    if (POSSESSIVE_NAMES.has(noun) && span.type !== "PERSON") {
      joined.set(span, { ...span, start: apostrophe - 1, type: "ORGANIZATION" });
      continue;
    }
    // ("Brahim's Holdings Bhd": a company's words alone, a body's head and its legal form, name no one;
    // the possessive before them is the company's own.)
    if (
      !inside &&
      span.type === "ORGANIZATION" &&
      companyWordsOnly(view, span) &&
      /^\p{Lu}\p{Ll}/u.test(noun)
    ) {
      joined.set(span, { ...span, start: apostrophe - 1 });
      continue;
    }
    if (!NAME_GENITIVE.has(noun.toLowerCase())) continue;
    if (noun === noun.toLowerCase() || view.casing !== "mixed") continue;
    let start = apostrophe - 1;
    const limit = Math.max(view.firstWord, start - MAX_NAME_WORDS_BEFORE_GENITIVE);
    while (
      start > limit &&
      /^\p{Lu}/u.test(view.words[start - 1] ?? "") &&
      !CAPITALIZED_ARTICLES.has(view.words[start - 1] ?? "")
    )
      start--;
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
    // "the Bank of England and the International Monetary Fund": "and the" and a name open another.
    const andThe = andTheAt(view, span);
    if (span.type === "ORGANIZATION" && !span.certain && andThe > 0) {
      out.push({ ...span, end: andThe }, { ...span, start: andThe + 2, withThe: true });
      continue;
    }
    // "ICONIQ and Meritech Capital", "GOIL and Star Oil": an acronym alone before "and" is a name of its own.
    const acronymFirst =
      span.end - span.start >= 3 &&
      view.words[span.start + 1] === "and" &&
      /^\p{Lu}{2,}$/u.test(view.words[span.start] ?? "") &&
      /^\p{Lu}/u.test(view.words[span.start + 2] ?? "");
    if (span.type === "ORGANIZATION" && !span.certain && acronymFirst) {
      out.push({ ...span, end: span.start + 1 }, { ...span, start: span.start + 2, withThe: false });
      continue;
    }
    // ("Rail, Tram and Bus Union NSW": a trade body's head before its place's abbreviation, too.)
    if (
      span.type !== "ORGANIZATION" ||
      span.certain ||
      ORG_SUFFIXES.has(last) ||
      endsWithTradeHead(view, span)
    ) {
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
    // ("Public Services and Procurement Canada", "Kenya Demographic and Health Survey": a body named by its
    // fields stays whole; a law or a pact so named is MISC: "Comprehensive Economic and Trade Agreement".)
    // ("Immigration, Refugees and Citizenship Canada": nor does one listed with commas before its place.)
    const fields =
      and >= 0 &&
      (namesFields(view, { ...span, end: and }, { ...span, start: and + 1 }) ||
        namesLeadingFields(view, { ...span, end: and }, { ...span, start: and + 1 }) ||
        fieldsListedBefore(view, span, and));
    if (and < 0 || fields) out.push(fields && MISC_SUFFIXES.has(last) ? { ...span, type: "MISC" } : span);
    else out.push({ ...span, end: and }, { ...span, start: and + 1, withThe: false });
  }
  return out;
}

/** The span before its "and" at `and` opens with a field its commas list before its place ("Immigration,"). */
function fieldsListedBefore(view: SentenceView, span: ProposedSpan, and: number): boolean {
  for (let k = span.start + 1; k < and; k++)
    if (view.words[k] === ",") return fieldsBeforePlace(view, { ...span, end: k }) === span.end;
  return false;
}

/** Where "and the" and a capitalized word stand inside the span, or -1. */
function andTheAt(view: SentenceView, span: ProposedSpan): number {
  for (let k = span.start + 1; k < span.end - 2; k++)
    if (view.words[k] === "and" && view.words[k + 1] === "the" && /^\p{Lu}/u.test(view.words[k + 2] ?? ""))
      return k;
  return -1;
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
      const broken = k < span.end && lineBreakBefore(view, k);
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
