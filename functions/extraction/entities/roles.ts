import type { TitleEntry } from "./gazetteer.ts";
import { TIME_WORDS } from "./lexicon/common-words.ts";
import { MILITARY_RANKS, PORTFOLIO_HEADS } from "./lexicon/titles.ts";
import type { PhraseHit, ProposedSpan, SentenceView } from "./span-proposer.ts";
import { isPossessive } from "./word-shape.ts";

/**
 * A person's role, from the title before the name ("U.S. Secretary of State Antony Blinken", "Italy's
 * prime minister, Giorgia Meloni,") or an apposition after it ("Li Qiang, China's premier,"): the
 * title phrase with the place or organization it belongs to (refine.ts keeps it on the candidate).
 */

export function isHonorific(view: SentenceView, start: number, end: number): boolean {
  const title = view.titles[start];
  return title?.end === end && title.value.honorific;
}

export function sliceTokens(view: SentenceView, start: number, end: number): string {
  const first = view.tokens[start];
  const last = view.tokens[end - 1];
  return first && last ? view.text.slice(first.start, last.end) : "";
}

/**
 * A title right before the name: "President X", "U.S. Secretary of State X", "the Foreign Minister of
 * Kazakhstan X", "Kazakh foreign minister X". A place, demonym or organization right before the title
 * is part of the role.
 */
export function titleBefore(
  view: SentenceView,
  nameStart: number,
  nameEnd: number,
  spans: ReadonlyMap<number, ProposedSpan>,
): { role: string | undefined } | undefined {
  // "Italy's prime minister, Giorgia Meloni, said": a title set off by commas before the name (and its
  // honorific: "The union's president, Dr Ann Cole, said").
  // ("Health Minister Datuk Seri Dr Dzulkefly Ahmad", "Director General for Health Dr Patrick Amoth": the
  // title stands before the honorifics, however many.)
  let opening = nameStart;
  for (let n = 0; n < MAX_HONORIFICS; n++) {
    const honorific = honorificBefore(view, opening);
    if (honorific === undefined) break;
    opening = honorific;
  }
  // ("KSL managing director Major General Paul Owuor", "Its Director-General, Major General Babatunde
  // Alaya,": a military rank after an office is the person's rank, and the office the role.)
  const rank = titleEndingAt(view, opening);
  const rankName = rank === undefined ? "" : view.words.slice(rank, opening).join(" ");
  // (Not the "General" of "Advocate General", "Director General".)
  const generalOf = rankName === "General" && /^\p{Lu}/u.test(view.words[(rank ?? 0) - 1] ?? "");
  if (rank !== undefined && MILITARY_RANKS.has(rankName) && !generalOf) {
    const office = view.words[rank - 1] === "," ? rank - 1 : rank;
    const before = titleEndingAt(view, office);
    if (before !== undefined && !MILITARY_RANKS.has(view.words.slice(before, office).join(" ")))
      opening = rank;
  }
  const setOff = view.words[opening - 1] === "," && APPOSITION_ENDS.has(view.words[nameEnd] ?? "");
  let titleEnd = setOff ? opening - 1 : opening;
  let roleEnd = titleEnd;
  // "Chairman of the Management Board Askhat Khassenov", "Governor of the National Bank of Ukraine
  // Andriy Pyshnyi": the organization the title belongs to.
  const held = titleEnd === opening ? spans.get(titleEnd) : undefined;
  const heldOf = held && (view.words[held.start - 1] === "the" ? held.start - 2 : held.start - 1);
  // ("The Executive Chairman of FIRS, Dr Zacch Adedeji,": the organization before the comma.)
  const heldBefore = setOff ? spans.get(titleEnd) : undefined;
  // ("The Chairman of BUA Group, Abdul Samad Rabiu,": a span the tagger ran from the title over the body.)
  const spanStart = !heldBefore
    ? -1
    : view.words[heldBefore.start] === "The"
      ? heldBefore.start + 1
      : heldBefore.start;
  const spanTitle = view.titles[spanStart];
  if (heldBefore && spanTitle && view.words[spanTitle.end] === "of")
    return { role: sliceTokens(view, spanStart, heldBefore.end) };
  const heldBeforeOf =
    heldBefore && (view.words[heldBefore.start - 1] === "the" ? heldBefore.start - 2 : heldBefore.start - 1);
  // (Not into a title that runs over the "of": "Minister of State" + "State for National Development".)
  if (
    heldOf !== undefined &&
    (view.words[heldOf] === "of" || view.words[heldOf] === "for") &&
    titleEndingAt(view, heldOf) !== undefined
  )
    titleEnd = heldOf;
  else if (
    heldBeforeOf !== undefined &&
    (view.words[heldBeforeOf] === "of" || view.words[heldBeforeOf] === "for") &&
    titleEndingAt(view, heldBeforeOf) !== undefined
  )
    titleEnd = heldBeforeOf;
  else {
    // "... Minister of Kazakhstan X": step back over "of <place>".
    for (let q = titleEnd - 1; q >= Math.max(1, titleEnd - 6); q--) {
      const place = view.places[q];
      const of = view.words[q - 1];
      if (place && place.end === titleEnd && (of === "of" || of === "for")) {
        titleEnd = q - 1;
        break;
      }
      // "The Commissioner for Health, Dr Aliyu Bello,", "Minister of Police Senzo Dlamini", "Leader of the
      // Opposition Peter Dutton": a portfolio before the name (set off or not).
      const the = of === "the" ? 1 : 0;
      const link = view.words[q - 1 - the];
      if (
        titleEndingAt(view, titleEnd) === undefined &&
        (link === "of" || link === "for") &&
        (PORTFOLIO_HEADS.has((view.words[q - 2 - the] ?? "").toLowerCase()) ||
          (view.words[q - 2 - the] ?? "") === "Leader") &&
        view.words.slice(q, titleEnd).every((word) => /^\p{Lu}/u.test(word) || word === "and")
      ) {
        titleEnd = q - 1 - the;
        break;
      }
    }
  }
  let titleStart = titleEndingAt(view, titleEnd);
  if (titleStart === undefined) return undefined;
  if (isHonorific(view, titleStart, titleEnd)) {
    // "Superintendent Dr. Andrew Miller": the title before the honorific is the role.
    const before = titleEndingAt(view, titleStart);
    if (before === undefined || isHonorific(view, before, titleStart)) return { role: undefined };
    titleEnd = titleStart;
    roleEnd = titleStart;
    titleStart = before;
  }
  let roleStart = titleStart;
  // "Bank of Uganda (BoU) Governor": the owner's acronym in parentheses stays in the role.
  if (
    view.words[roleStart - 1] === ")" &&
    view.words[roleStart - 3] === "(" &&
    roleStart - 4 >= view.firstWord &&
    /^\p{Lu}/u.test(view.words[roleStart - 4] ?? "")
  )
    roleStart -= 3;
  // "External Affairs Minister", "Interior Cabinet Secretary": capitalized portfolio words before the
  // title belong to the role (up to three, not a name the proposers found).
  let listed = false;
  for (let n = 0; n < 5; n++) {
    let k = roleStart - 1;
    // "COL president and chief executive officer Juan Carlos Reyes": a second title joined by "and", in
    // lower case too, is part of the role.
    const joined = view.words[k] === "and" ? titleEndingAt(view, k) : undefined;
    if (joined !== undefined && joined >= view.firstWord && !personBefore(view, k)) {
      roleStart = joined;
      continue;
    }
    // "Work and Pensions Secretary": "and" between capitalized portfolio words (not between two people:
    // "President Ann Wirth and Governor Paul Lind"); "Trade, Industry and Competition Minister": a comma
    // before the words the "and" joined.
    const link = view.words[k];
    if (
      (link === "and" || (link === "," && listed)) &&
      k - 1 >= view.firstWord &&
      /^\p{Lu}\p{Ll}/u.test(view.words[k - 1] ?? "") &&
      !personBefore(view, k)
    ) {
      listed = true;
      k--;
    }
    const word = view.words[k] ?? "";
    // The sentence's first word counts unless it is one any sentence may open with ("But", "Meanwhile").
    const opener = k === view.firstWord && SENTENCE_OPENERS.has(word.toLowerCase());
    if (
      k < view.firstWord ||
      opener ||
      !/^\p{Lu}\p{Ll}/u.test(word) ||
      view.places[k] ||
      TIME_WORDS.has(word.toLowerCase()) ||
      placeEndingAt(view, roleStart) !== undefined
    )
      break;
    // An organization the proposers found before the title is its owner ("Homeland Security Secretary").
    const covering = coveringSpan(spans, k);
    // A lone MISC word is a portfolio a tagger took for a name ("Work and Pensions Secretary").
    // (So is a title the tagger took for a name, joined by "and": "Tánaiste and Finance Minister".)
    const portfolio =
      (covering?.type === "MISC" && covering.start === k && covering.end === k + 1) ||
      (listed && covering !== undefined && view.titles[covering.start]?.end === covering.end);
    if (covering && !portfolio) {
      if (covering.end === roleStart && covering.type === "ORGANIZATION") roleStart = covering.start;
      break;
    }
    roleStart = k;
  }
  // "EU foreign policy chief", "U.N. humanitarian chief": lower-case words before a job's head word.
  if (
    roleStart === titleStart &&
    titleEnd - titleStart === 1 &&
    JOB_HEADS.has(view.words[titleStart]?.toLowerCase() ?? "")
  ) {
    for (
      let k = roleStart - 1;
      k > roleStart - 4 && k > view.firstWord && isRoleWord(view.words[k] ?? "");
      k--
    )
      roleStart = k;
    if (roleStart < titleStart && PORTFOLIO_MODIFIERS.has(view.words[roleStart - 1] ?? "")) roleStart--;
  }
  // The place or organization the title belongs to, the longer if both end here ("Bank of England Governor").
  const place = placeEndingAt(view, roleStart);
  const owner = spans.get(roleStart);
  if (owner && owner.start < (place ?? roleStart)) roleStart = owner.start;
  else if (place !== undefined) roleStart = place;
  if (isPossessive(view.words[roleStart - 1] ?? "") && (roleStart === titleStart || !owner)) {
    // "Kazakhstan's foreign minister", "OpenAI's chief financial officer", "Meta's chief global affairs
    // officer".
    const ownerStart = placeEndingAt(view, roleStart - 1) ?? spans.get(roleStart - 1)?.start;
    if (ownerStart !== undefined) roleStart = ownerStart;
  }
  return { role: sliceTokens(view, roleStart, roleEnd) };
}

/** Honorifics between a title and the name, at most: "Datuk Seri Dr". */
const MAX_HONORIFICS = 3;

/** Where an honorific right before the name starts ("Dr Ann Cole"), if there is one. */
function honorificBefore(view: SentenceView, nameStart: number): number | undefined {
  const start = titleEndingAt(view, nameStart);
  return start !== undefined && isHonorific(view, start, nameStart) ? start : undefined;
}

/**
 * Words that open sentences and are no portfolio before a title ("But Finance Minister Ali Khan"); any
 * other capitalized first word is one ("Police Minister Jack Dempster", "Trade and Industry Secretary").
 */
const SENTENCE_OPENERS = new Set(
  (
    "but and or so yet then now meanwhile however also still when while if as after before since because " +
    "although though in on at for with by from to of the a an this that these those his her their its our " +
    "last next earlier later today yesterday separately elsewhere instead thus indeed even only both each " +
    "every under over during despite without among including"
  ).split(" "),
);

/**
 * Single-word titles a lower-case portfolio may come before: "foreign policy chief", "party leader",
 * "Shadow police minister", "its regional secretary", "housing spokeswoman".
 */
const JOB_HEADS = new Set([
  "chief",
  "head",
  "leader",
  "boss",
  "czar",
  "tsar",
  "chair",
  "minister",
  "secretary",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "director",
  "manager",
  "coordinator",
  "officer",
  "counsel",
]);
/** A capitalized word that may open a lower-case portfolio: "Shadow police minister Ann Lowe". */
const PORTFOLIO_MODIFIERS = new Set(["Shadow", "Deputy", "Former", "Acting", "Junior"]);
const NOT_ROLE_WORDS = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "for",
  "by",
  "with",
  "as",
  "to",
  "at",
  "in",
  "on",
  "from",
  "said",
  "says",
  "told",
  "its",
  "his",
  "her",
  "their",
  "our",
  "new",
  "top",
  "former",
  "then",
  "when",
  "while",
  "after",
  "before",
  "because",
  "that",
  "which",
  "who",
  "where",
  "met",
  "visited",
  "called",
  "asked",
  "urged",
  "including",
  "like",
  "about",
]);

function isRoleWord(word: string): boolean {
  return /^\p{Ll}{3,}$/u.test(word) && !NOT_ROLE_WORDS.has(word);
}

/** A title stands a few words before token `k`: the words before it are a titled person's name. */
function personBefore(view: SentenceView, k: number): boolean {
  // (Not a title that ends at the "and": "Tánaiste and Finance Minister" joins two titles.)
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if ((view.titles[j]?.end ?? k) < k) return true;
  return false;
}

/** The proposed span that covers token `k`, if any. */
function coveringSpan(spans: ReadonlyMap<number, ProposedSpan>, k: number): ProposedSpan | undefined {
  // `spans` is keyed by where a span ends: look a name's length ahead, not through every span (a sentence
  // of many titled names stays linear).
  for (let end = k + 1; end <= k + COVER_REACH; end++) {
    const span = spans.get(end);
    if (span && span.start <= k) return span;
  }
  return undefined;
}
/** Tokens a proposed name may span, at most, for the covering look-up. */
const COVER_REACH = 24;

export function titleEndingAt(view: SentenceView, end: number): number | undefined {
  for (let k = Math.max(0, end - 6); k < end; k++) {
    const title = view.titles[k];
    if (title && title.end === end) return k;
  }
  return undefined;
}

function placeEndingAt(view: SentenceView, end: number): number | undefined {
  for (let k = Math.max(0, end - 6); k < end; k++) {
    const place = view.places[k];
    if (place && place.end === end) return k;
  }
  return undefined;
}

/** A person's name (after an honorific, maybe) starts at `k` and is set off by a comma or "said". */
function introducesName(view: SentenceView, k: number): boolean {
  let j = k;
  const honorific = view.titles[j];
  if (honorific && isHonorific(view, j, honorific.end)) j = honorific.end;
  let words = 0;
  while (words < 5 && /^\p{Lu}/u.test(view.words[j + words] ?? "")) words++;
  const after = view.words[j + words] ?? "";
  return words >= 2 && (after === "," || after === "said");
}

/**
 * A title in an apposition: one of the word lists, or "head of" ("Lena Fox, head of research at Tandem
 * Bank,"), which is no title before a name ("to head Ilocano forces").
 */
function appositionTitle(view: SentenceView, k: number): PhraseHit<TitleEntry> | undefined {
  const title = view.titles[k];
  if (title) return title;
  const word = view.words[k] ?? "";
  return (word === "head" || word === "Head") && view.words[k + 1] === "of"
    ? { value: { honorific: false }, end: k + 1 }
    : undefined;
}

/** Marks that close an apposition: "Tom Fletcher, the UN's humanitarian chief, warned". */
const APPOSITION_ENDS = new Set([",", ".", ";"]);
/** Words that tie a title to where it is held: "director of", "minister for", "a strategist at". */
const ROLE_LINKS = new Set(["of", "for", "at", "in", "with"]);

export function appositionRole(view: SentenceView, nameEnd: number): string | undefined {
  const { words } = view;
  if (words[nameEnd] !== ",") return undefined;
  let k = nameEnd + 1;
  if (words[k] === "the" || words[k] === "a" || words[k] === "an") k++;
  // (", who is also president and chief executive of QatarEnergy,": a relative clause, no apposition.)
  if (words[k] === "who" || words[k] === "which") return undefined;
  let roleStart = k;
  const place = view.places[k];
  if (place) {
    k = place.end;
    // ("WPP Media's global president": a listed name may open the owner's longer name.)
    let j = k;
    while (j < k + 3 && /^\p{Lu}/u.test(words[j] ?? "") && !view.titles[j]) j++;
    if (j > k && isPossessive(words[j] ?? "")) k = j;
    if (isPossessive(words[k] ?? "")) k++;
  } else {
    // "Gavi's chief executive", "Sony Interactive's president": a name no word list knows, owning the title;
    // "the Fianna Fáil TD for Clare", "the Labour MP": a name before the title, without a possessive.
    let j = k;
    while (j < k + 4 && /^\p{Lu}/u.test(words[j] ?? "") && !(j > k && view.titles[j])) j++;
    if (j > k && isPossessive(words[j] ?? "")) k = j + 1;
    else if (j > k && !view.titles[k] && view.titles[j]) k = j;
    else if (/^\p{Ll}+$/u.test(words[k] ?? "") && isPossessive(words[k + 1] ?? "")) {
      // "the company's chief financial officer", "the council's deputy leader": the role is the title.
      k += 2;
      roleStart = k;
    }
  }
  // "the UN's humanitarian chief", "chief market economist at Daiwa": up to three lower-case modifiers;
  // of the titles among them, the one the apposition ends on.
  let first: number | undefined;
  let at: number | undefined;
  for (let m = 0; m <= 3; m++) {
    const title = appositionTitle(view, k + m);
    if (title && first === undefined) first = k + m;
    if (title && (APPOSITION_ENDS.has(words[title.end] ?? "") || ROLE_LINKS.has(words[title.end] ?? ""))) {
      at = k + m;
      break;
    }
    // "chief U.S. economist at Fenwick": a country's name among the modifiers.
    if (!/^\p{Ll}+$/u.test(words[k + m] ?? "") && view.places[k + m]?.end !== k + m + 1) break;
  }
  k = at ?? first ?? k;
  const title = appositionTitle(view, k);
  // "a labor professor at Lund University": written in lower case, an honorific's word is a job.
  if (!title || (isHonorific(view, k, title.end) && !/^\p{Ll}/u.test(words[k] ?? ""))) return undefined;
  let end = title.end;
  const qualifier = view.places[end + 1];
  if (ROLE_LINKS.has(words[end] ?? "") && qualifier && APPOSITION_ENDS.has(words[qualifier.end] ?? ""))
    end = qualifier.end;
  else if (ROLE_LINKS.has(words[end] ?? "") || words[end] === "and") {
    // "director of the Office of the Central Commission", "vice president of software engineering"; "a
    // minister of state and head of the commission": a second title joined by "and".
    let j = end + 1;
    while (j < Math.min(words.length, end + 14) && !APPOSITION_ENDS.has(words[j] ?? "")) j++;
    if (APPOSITION_ENDS.has(words[j] ?? "")) end = j;
  }
  const after = words[end];
  if (after !== undefined && after !== "," && after !== "." && after !== ";" && after !== "said")
    return undefined;
  // "Speaking to The Punch, the Director-General of the Chamber, Dr Chinyere Almona, said": the title set
  // off by commas is the next name's.
  if (after === "," && introducesName(view, end + 1)) return undefined;
  return sliceTokens(view, roleStart, end);
}
