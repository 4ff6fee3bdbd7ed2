import type { Sentence } from "../text/sentences.ts";
import { gluedAcronym, joinByAcronym } from "./acronym-extent.ts";
import { bySentence, firstTokenFrom, overlapping, overlapsAny } from "./candidate-index.ts";
import { defaultProposer } from "./default-proposer.ts";
import { PhraseTable, PLACES_AND_NAMES } from "./gazetteer.ts";
import { withoutLegalForm, writtenName } from "./legal-forms.ts";
import { CODED_FACILITIES } from "./lexicon/organizations.ts";
import { mergeCandidates } from "./merge.ts";
import { completeNames } from "./name-completion.ts";
import { typePlaceLists } from "./place-lists.ts";
import { type Candidate, refineSpans } from "./refine.ts";
import { viewSentence } from "./sentence-view.ts";
import { reshapeSpans } from "./span-extent.ts";
import type { SentenceView, SpanProposer } from "./span-proposer.ts";
import { withoutTermAcronyms } from "./term-acronyms.ts";
import type { Entity } from "./types.ts";
import { isAcronym, isDefinedAcronym } from "./word-shape.ts";

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
 * (sentence-view.ts) -> propose typed spans (a SpanProposer) -> set their extent (span-extent.ts) ->
 * refine them with titles and word lists (refine.ts) -> find known names again in all-caps and lower-case sentences -> merge into entities
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

/** "Brig (Rtd) Harry Kamau", "Maj Gen (Retd) Samuel Ouma": a rank's mark of retirement, part of no name. */
const RETIRED_MARK = /\((?:Rtd|Retd|rtd|retd|Retired|retired)\.?\)/g;

/** The text with each mark of retirement blanked, offsets kept, so the rank before it titles the name after. */
function withoutRetiredMarks(text: string): string {
  return text.includes("(R") || text.includes("(r")
    ? text.replace(RETIRED_MARK, (mark) => " ".repeat(mark.length))
    : text;
}

function run(source: string, context: EntityContext): Entity[] {
  const text = withoutRetiredMarks(source);
  const shared = context.proposer ?? defaultProposer();
  const proposer = shared.forDocument?.() ?? shared;
  const views: SentenceView[] = [];
  const candidates: Candidate[] = [];
  const lowerWords = new Set<string>();
  context.sentences.forEach((sentence, index) => {
    const view = viewSentence(text, sentence, proposer.ordinaryWords, proposer.commonWords);
    views.push(view);
    for (const word of view.words) if (word.length < 40 && word === word.toLowerCase()) lowerWords.add(word);
    const spans = reshapeSpans(view, proposer.propose(view));
    for (const candidate of refineSpans(view, spans, index)) candidates.push(candidate);
  });
  const listed = typePlaceLists(text, completeNames(views, candidates));
  const found = rescanUncased(views, definedAcronyms(views, joinByAcronym(views, listed)), lowerWords);
  return mergeCandidates(text, withoutTermAcronyms(views, found), lowerWords, proposer.commonWords);
}

/**
 * Document-level consistency: a name found in mixed-case sentences is found again, case-insensitively,
 * in the article's all-caps or all-lower-case sentences (a headline "BLINKEN VISITS ASTANA"), with the
 * type and span its mixed-case mentions have: there the casing tells more than a tagger can in capitals,
 * so what was proposed inside such a match gives way to it; not an acronym that is also a word of the
 * article ("WHO" and "who"). Returns all candidates.
 */
function rescanUncased(
  views: readonly SentenceView[],
  found: readonly Candidate[],
  lowerWords: ReadonlySet<string>,
): Candidate[] {
  if (views.every((view) => view.casing === "mixed")) return [...found];
  const known = new PhraseTable<Candidate>();
  const seen = new Set<string>();
  for (const candidate of found) {
    if (views[candidate.sentence]?.casing !== "mixed") continue;
    if (candidate.weak || candidate.text.length < 3 || seen.has(candidate.text)) continue;
    // An acronym that is also a word the article writes ("WHO", "who") tells nothing in capitals.
    if (isAcronym(candidate.text) && lowerWords.has(candidate.text.toLowerCase())) continue;
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
      const { role: _role, mixedCase: _mixed, ...like } = hit.value;
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
 * name's alias, whatever its letters (a place's only if they are its initials; a known place such as
 * "(UAE)" only if it spells the name's initials); each later "INE" (proposed or not) is a mention of the
 * same entity, with its type. Returns all candidates.
 */
function definedAcronyms(views: readonly SentenceView[], found: readonly Candidate[]): Candidate[] {
  const aliases = new Map<string, Candidate>();
  // Read only when an organization is followed by a one-word name in parentheses (few articles).
  let usage: WordUsage | undefined;
  // ("National Water Commission (Conagua) director": a word that is no place, no person's name and no
  // word prose writes in lower case is the name's other name even when the article does not use it again;
  // "the State Pension (Contributory)" qualifies the name.)
  const otherName = (word: string, view: SentenceView): boolean => {
    usage ??= wordUsage(views, found);
    if (usage.places.has(word)) return false;
    if ((usage.counts.get(word) ?? 0) > 1) return true;
    return !view.common?.has(word.toLowerCase()) && !PLACES_AND_NAMES.match([word], 0, "exact");
  };

  for (const candidate of found) {
    if (candidate.type === "PERSON" || candidate.weak) continue;
    const view = views[candidate.sentence];
    if (!view) continue;
    const after = firstTokenFrom(view, candidate.end);
    // "Korea Electric Power Corp. (KEPCO)": past a legal form's point.
    const index = view.words[after] === "." && view.words[after + 1] === "(" ? after + 1 : after;
    // "Statistics New Zealand (Stats NZ)": two words in parentheses, the first a short form of the name's.
    const two =
      view.words[index + 3] === ")" &&
      /^\p{Lu}/u.test(view.words[index + 2] ?? "") &&
      (candidate.words[0] ?? "").startsWith((view.words[index + 1] ?? "").slice(0, 4)) &&
      (view.words[index + 1] ?? "").length >= 3;
    // ("Fraser and Neave (F&N)": an acronym glued with "&" is one word.)
    const glued = view.words[index] === "(" ? gluedAcronym(view, index + 1) : undefined;
    if (glued === undefined && !two) continue;
    const acronym = two ? `${view.words[index + 1] ?? ""} ${view.words[index + 2] ?? ""}` : (glued ?? "");
    // "Tengizchevroil (TCO)", "KazMunayGas (KMG)": one word's acronym starts with its letter.
    if (
      candidate.words.length < 2 &&
      !(
        candidate.type === "ORGANIZATION" &&
        isDefinedAcronym(acronym) &&
        acronym[0] === candidate.words[0]?.[0]
      )
    )
      continue;
    const known =
      two ||
      isDefinedAcronym(acronym) ||
      (candidate.type === "ORGANIZATION" &&
        // "Statistics Finland (Tilastokeskus) ... Tilastokeskus said": a one-word name in parentheses that no
        // word list knows (not "(Reuters)", "(Ukraine)") and that the article uses again is its other name.
        (isShortName(acronym, candidate) ||
          // "Federal Network Agency (BNetzA)", "Wind Energy Association (ABEEolica)": capitals, then more.
          MIXED_ACRONYM.test(acronym) ||
          (OTHER_NAME.test(acronym) &&
            !view.places[index + 1] &&
            // ("the Central Excise (Amendment) Act": a word in parentheses inside a longer name.)
            !/^\p{Lu}/u.test(view.words[index + 3] ?? "") &&
            otherName(acronym, view))));
    if (!known || aliases.has(acronym)) continue;
    // A place's acronym spells its initials ("United Arab Emirates (UAE)"); "SAN FRANCISCO (AP)" is a dateline.
    // (A facility's code need not: "Al Maktoum International Airport (DWC)", "Felipe Ángeles International
    // Airport (AIFA)".)
    if (
      candidate.type === "LOCATION" &&
      !spellsInitials(acronym, candidate.words) &&
      !(CODED_FACILITIES.has(candidate.words.at(-1) ?? "") && isAcronym(acronym))
    )
      continue;
    // A known place in parentheses after a name says where it is: "Al Wahda (UAE) 2".
    // A known organization's acronym the article defines for another name is that name's ("England and
    // Wales Cricket Board (ECB)" is no central bank).
    const listed = view.places[index + 1];
    if (
      listed?.end === index + 2 &&
      listed.value.kind !== "organization" &&
      !spellsInitials(acronym, candidate.words)
    )
      continue;
    aliases.set(acronym, candidate);
  }
  const nicknames = new Set<string>();
  for (const candidate of found) {
    if (candidate.weak || (candidate.type !== "PERSON" && candidate.type !== "ORGANIZATION")) continue;
    const view = views[candidate.sentence];
    if (!view) continue;
    // "settlers from New England, known as the Planters": the name only modifies what is known so.
    const start = firstTokenFrom(view, candidate.start);
    if (MODIFIER_LINKS.has(view.words[start - 1] ?? "")) continue;
    const named = knownAs(view, firstTokenFrom(view, candidate.end));
    if (!named) continue;
    // "Petróleo Brasileiro SA, known as Petrobras,", "Dagalo, known as Hemedti": one word is an alias.
    if (named.words.length === 1 && !aliases.has(named.words[0] ?? ""))
      aliases.set(named.words[0] ?? "", candidate);
  }
  // 'known as "Mad Max"', 'The winger, nicknamed "Little Hawk" by fans,': a quoted nickname of several
  // words is no entity of its own.
  for (const candidate of found) {
    const view = views[candidate.sentence];
    if (view && candidate.words.length > 1 && quotedNickname(view, firstTokenFrom(view, candidate.start)))
      nicknames.add(candidate.words.join(" "));
  }
  if (aliases.size === 0 && nicknames.size === 0) return [...found];
  // Two-word aliases ("Stats NZ") are looked for only where the article defines one.
  const pairs = [...aliases.keys()].some((key) => key.includes(" "));
  const alias = (template: Candidate, at: Candidate): Candidate => ({
    ...at,
    type: template.type,
    canonical: template.canonical ?? aliasName(template),
    weak: false,
    confidence: template.confidence,
  });
  const out: Candidate[] = [];
  for (const candidate of found) {
    if (nicknames.has(candidate.words.join(" "))) continue;
    // "Stats IS will publish": a one-word candidate that opens a two-word alias takes the whole alias.
    const view = pairs && candidate.words.length === 1 ? views[candidate.sentence] : undefined;
    const next = view ? firstTokenFrom(view, candidate.end) : -1;
    const pair = view ? `${candidate.words[0]} ${view.words[next] ?? ""}` : "";
    const longer = pair ? aliases.get(pair) : undefined;
    const after = view?.tokens[next];
    if (longer && after && after.start === candidate.end + 1) {
      out.push(alias(longer, { ...candidate, end: after.end, text: pair, words: pair.split(" ") }));
      continue;
    }
    const template =
      candidate.words.length <= 2
        ? aliases.get(candidate.words.join(" "))
        : candidate.text.includes("&")
          ? aliases.get(candidate.text)
          : undefined;
    out.push(template ? alias(template, candidate) : candidate);
  }
  const covered = bySentence(out);
  views.forEach((view, sentence) => {
    const here = covered.get(sentence) ?? [];
    view.words.forEach((word, i) => {
      // "Stats NZ": a two-word alias, matched at its first word.
      const pair = pairs ? `${word} ${view.words[i + 1] ?? ""}` : "";
      const long = pairs && aliases.has(pair);
      const template = aliases.get(long ? pair : word);
      const token = view.tokens[i];
      const end = long ? view.tokens[i + 1] : token;
      if (!template || !token || !end || overlapsAny(here, token.start, end.end)) return;
      out.push(
        alias(template, {
          ...template,
          start: token.start,
          end: end.end,
          text: long ? `${token.text} ${end.text}` : token.text,
          words: long ? [word, view.words[i + 1] ?? ""] : [word],
          initial: i <= view.firstWord,
          sentence,
        }),
      );
    });
  });
  return out;
}

/** A one-word name: "Tilastokeskus", "Destatis", "Fiocruz". */
const OTHER_NAME = /^\p{Lu}\p{Ll}{3,}$/u;

/** An acronym written partly in small letters: two capitals first, at most ten letters. */
const MIXED_ACRONYM = /^\p{Lu}{2}[\p{L}]{1,8}$/u;

/** Prepositions before a one-word place: "marched on Lindau", "in Vigan". */
const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "on",
  "to",
  "from",
  "near",
  "into",
  "across",
  "outside",
  "of",
]);

interface WordUsage {
  /** How often each one-word name occurs in the article. */
  counts: Map<string, number>;
  /** One-word names the article types as places: "... (Vigan)" there says where. */
  places: Set<string>;
}

function wordUsage(views: readonly SentenceView[], found: readonly Candidate[]): WordUsage {
  const counts = new Map<string, number>();
  for (const view of views)
    for (const word of view.words) if (OTHER_NAME.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const places = new Set<string>();
  // (Only where a preposition of place stands before it: "marched on Lindau"; the tagger's reading of
  // "Imarpe said" alone says nothing.)
  for (const c of found) {
    if (c.type !== "LOCATION" || c.words.length !== 1) continue;
    const view = views[c.sentence];
    const at = view ? firstTokenFrom(view, c.start) : -1;
    if (view && PLACE_PREPOSITIONS.has(view.words[at - 1]?.toLowerCase() ?? "")) places.add(c.words[0] ?? "");
  }
  return { counts, places };
}

/** Words that give a name its other name: "known as Petrobras", 'nicknamed "the Fox"', "dubbed". */
const KNOWN_AS = [
  ["also", "known", "as"],
  ["better", "known", "as"],
  ["known", "as"],
  ["nicknamed"],
  ["dubbed"],
];
const QUOTES = new Set(['"', "“", "”", "'", "‘", "’"]);

/**
 * The capitalized words of another name right after a name at token `k`: ", known as Petrobras,", ",
 * nicknamed "the Fox" by fans" (quotes and a leading "the" skipped; at most three words).
 */
function knownAs(view: SentenceView, k: number): { words: string[] } | undefined {
  const { words } = view;
  let i = k;
  if (words[i] === "," || words[i] === "(") i++;
  const cue = KNOWN_AS.find((phrase) => phrase.every((word, n) => words[i + n] === word));
  if (!cue) return undefined;
  i += cue.length;
  if (QUOTES.has(words[i] ?? "")) i++;
  if (words[i] === "the" || words[i] === "The") i++;
  const named: string[] = [];
  while (named.length < 3 && /^\p{Lu}/u.test(words[i] ?? "")) named.push(words[i++] ?? "");
  return named.length > 0 ? { words: named } : undefined;
}
/** The name at token `k` is a nickname in quotes right after a cue: 'nicknamed "the Fox"'. */
function quotedNickname(view: SentenceView, k: number): boolean {
  let i = k - 1;
  if (view.words[i] === "the" || view.words[i] === "The") i--;
  if (!QUOTES.has(view.words[i] ?? "")) return false;
  return KNOWN_AS.some((phrase) => phrase.every((word, n) => view.words[i - phrase.length + n] === word));
}

/** Words before a name that make it a modifier of a noun before them: "settlers from New England". */
const MODIFIER_LINKS = new Set(["from", "in", "of", "at", "for", "with"]);

/**
 * The name as written ("Manufacturers' Association", not the tokens joined by spaces), without a legal
 * form ("Tata Motors Ltd" -> "Tata Motors").
 */
function aliasName(candidate: Candidate): string {
  const short = withoutLegalForm(candidate.words);
  if (short.length === candidate.words.length) return candidate.text.replace(/\s+/g, " ");
  return writtenName(candidate.words, candidate.text);
}

/**
 * "Petróleos Mexicanos (Pemex)", "Turkish Statistical Institute (TurkStat)": a capitalized word in
 * parentheses after an organization's name is its short name when it starts like the name or is written
 * in camel case; not a place ("Bank of America (Charlotte)").
 */
function isShortName(word: string, candidate: Candidate): boolean {
  if (!/^\p{Lu}\p{Ll}[\p{L}]{1,10}$/u.test(word) || PLACES_AND_NAMES.match([word], 0, "exact")) return false;
  const camel = /\p{Ll}\p{Lu}/u.test(word);
  return camel || word[0] === candidate.words[0]?.[0];
}

/** "UAE" for "United Arab Emirates", "US" for "United States": the capitals of the acronym are the words' initials. */
function spellsInitials(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  // ("Republic of the Philippines (ROP)": an "of" may give its letter too.)
  const initials = (skipped: readonly string[]) =>
    words
      .filter((w) => !skipped.includes(w.toLowerCase()))
      .map((w) => w.charAt(0).toUpperCase())
      .join("");
  return (
    letters.length >= 2 &&
    (letters === initials(["of", "and", "the", "de"]) || letters === initials(["and", "the", "de"]))
  );
}
