import { WIRE_SLUGS } from "../text/tokens.ts";
import { firstTokenFrom } from "./candidate-index.ts";
import {
  BRANDED_THING,
  DASHES,
  describedAsCompany,
  describedAsOrganization,
  inTeamContext,
  typeFromContext,
} from "./context-cues.ts";
import {
  inCurrencyName,
  isCurrencyAbbreviation,
  isCurrencyCode,
  isCurrencyWord,
  isGluedAmount,
  isPointedScale,
} from "./currencies.ts";
import { PLACES_AND_NAMES } from "./gazetteer.ts";
import { isLegalForm } from "./legal-forms.ts";
import { COMMON_CAPITALIZED_WORDS } from "./lexicon/common-words.ts";
import { AWARD_NAMES, STAFF_NOUNS } from "./lexicon/context-words.ts";
import {
  BARE_BODY_WORDS,
  BOND_CLASSES,
  COMPANY_NAME_OPENERS,
  INDUSTRY_ENDINGS,
  LEVY_AND_LAW_HEADS,
  LOCATION_SUFFIXES,
  NON_ENTITY_ACRONYMS,
  NOT_PERSON_ENDINGS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  POSSESSIVE_NAMES,
  PROTECTED_AREA_HEADS,
  PROTECTED_AREA_WORDS,
} from "./lexicon/organizations.ts";
import { GIVEN_NAMES } from "./lexicon/person-names.ts";
import { STREET_SIDES } from "./lexicon/places.ts";
import { GOVERNMENT_HEADS, PORTFOLIO_HEADS, POST_NOMINALS, TITLES } from "./lexicon/titles.ts";
import { endsBodyName, hasNameSuffix } from "./name-heads.ts";
import { withoutNickname } from "./nicknames.ts";
import { appositionRole, isHonorific, sliceTokens, titleBefore, titleEndingAt } from "./roles.ts";
import { isShipName } from "./ship-names.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";
import type { EntityType } from "./types.ts";
import { foldName, isBrandWord, isPossessive } from "./word-shape.ts";

/** A mention with everything the sentence tells about it, before the article-level merge. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Token texts of the name. */
  words: string[];
  weak: boolean;
  /** Weight of this mention's type in the article-level vote (merge.ts). */
  confidence: number;
  /** A tagger confidently saw no name here: kept only as a further mention of an entity named elsewhere. */
  doubted?: boolean;
  /** The sentence's first word (its capital tells nothing). */
  initial: boolean;
  sentence: number;
  /** From the word lists: the canonical name, and a country code for countries and demonyms. */
  canonical?: string;
  countryCode?: string;
  country?: string;
  role?: string;
  /** A work named by its title in quotes: an entity apart from its namesakes. */
  work?: boolean;
  /** Found in a mixed-case sentence: its capitals are as written, not a headline's. */
  mixedCase?: boolean;
}

/** Titles that are also given names: "Sultan Al Jaber" after his role. */
const TITLED_GIVEN_NAMES = new Set(["Sultan"]);
/** Lower-case words that end a role before a name: "chief executive Sultan Al Jaber". */
const ROLE_ENDS = new Set(TITLES.map((title) => (title.split(/\s+/).pop() ?? "").toLowerCase()));

/**
 * "Finance Minister Sultan bin Salem al-Habsi", "ADNOC chief executive Sultan Al Jaber": after a role, a
 * title that is also a given name opens the person's name ("Sultan Haitham bin Tarik" is the sultan).
 */
function withTitledGivenName(view: SentenceView, span: ProposedSpan): ProposedSpan {
  const at = span.start - 1;
  return span.type === "PERSON" && titledGivenName(view, at) ? { ...span, start: at } : span;
}

/** The word at `k` is a title that is also a given name, after a role: the "Sultan" of "Minister Sultan X". */
function titledGivenName(view: SentenceView, k: number): boolean {
  if (!TITLED_GIVEN_NAMES.has(view.words[k] ?? "")) return false;
  return titleEndingAt(view, k) !== undefined || ROLE_ENDS.has(view.words[k - 1] ?? "");
}

/**
 * Turns proposed token spans into candidates, whichever proposer made them: trims a leading "the" and
 * titles (kept as the role), a trailing possessive or mark; lets the word lists fix the type of what
 * they know (a country is a LOCATION with its code, a demonym a MISC linked to its country); finds a
 * person's role in the title before the name or in an apposition after it.
 */
export function refineSpans(
  view: SentenceView,
  spans: readonly ProposedSpan[],
  sentence: number,
): Candidate[] {
  const out: Candidate[] = [];
  const endingAt = new Map<number, ProposedSpan>();
  for (const span of spans)
    if (span.type !== "PERSON" && !endingAt.has(span.end)) endingAt.set(span.end, span);
  for (const proposed of spans) {
    const span = withTitledGivenName(view, proposed);
    const candidate = refineSpan(view, span, endingAt, sentence);
    // (The word after the candidate, which may end before its span: "the Kano-Maradi line" tagged whole.)
    const after = candidate ? firstTokenFrom(view, candidate.end) : span.end;
    if (candidate) out.push(...(placePair(candidate, routeNoun(view.words, after)) ?? [candidate]));
  }
  return out;
}

/** Kinds of the word lists that name a place. */
const PLACE_KINDS = new Set(["country", "region", "city"]);

/**
 * "the Lagos-Abuja route", "Iraq-Turkey pipeline", "Israel-Iran tensions": two known places joined by a
 * hyphen are two places, not one (unless the whole is a name of its own: "Guinea-Bissau"); before a word of
 * a route, places joined by hyphens are so whether the word lists know them or not ("the Warri-Itakpe line",
 * "the Sao Paulo-Campinas train", "the Paris-Lyon-Marseille route").
 */
function placePair(candidate: Candidate, next: string): Candidate[] | undefined {
  if (PLACES_AND_NAMES.has(candidate.text)) return undefined;
  const halves = candidate.text.split(/(?<=\p{L})-(?=\p{Lu})/u);
  if (halves.length < 2 || new Set(halves).size < halves.length) return undefined;
  const entries = halves.map((half) => PLACES_AND_NAMES.match([half], 0, "exact"));
  const known = entries.every((hit) => hit?.end === 1 && PLACE_KINDS.has(hit.value.kind));
  const route =
    ROUTE_WORDS.has(next.toLowerCase()) &&
    halves.every(
      (half) => /^\p{Lu}[\p{L}.']+(?: \p{Lu}[\p{L}.']+)*$/u.test(half) && !PLACE_PREFIXES.has(half),
    );
  if (!(known && halves.length === 2 && candidate.words.length === 1) && !route) return undefined;
  let start = candidate.start;
  return halves.map((half, i) => {
    const entry = entries[i]?.value;
    const part: Candidate = {
      ...candidate,
      start,
      end: start + half.length,
      text: half,
      words: half.split(" "),
      type: "LOCATION",
      ...(entry && { canonical: entry.canonical }),
    };
    delete part.role;
    if (entry?.kind === "country" && entry.code) part.countryCode = entry.code;
    else delete part.countryCode;
    start += half.length + 1;
    return part;
  });
}

/**
 * The word at token k, past the words that describe a railway or a road before its noun: "the
 * Jakarta-Bandung high-speed railway", "the Lagos-Ibadan standard gauge line" (at most ROUTE_MODIFIERS).
 */
function routeNoun(words: readonly string[], k: number): string {
  let i = k;
  while (i < k + ROUTE_MODIFIERS && ROUTE_MODIFIER_WORDS.has((words[i] ?? "").toLowerCase())) i++;
  return words[i] ?? "";
}
const ROUTE_MODIFIERS = 4;
const ROUTE_MODIFIER_WORDS: ReadonlySet<string> = new Set([
  "high",
  "-",
  "speed",
  "high-speed",
  "standard",
  "gauge",
  "standard-gauge",
  "express",
  "freight",
  "commuter",
  "passenger",
  "bullet",
  "rail",
]);

/** Words after places joined by hyphens that make them the ends of a route: "the Lagos-Ibadan line". */
const ROUTE_WORDS: ReadonlySet<string> = new Set([
  "route",
  "routes",
  "line",
  "highway",
  "expressway",
  "motorway",
  "road",
  "railway",
  "rail",
  "railroad",
  "corridor",
  "pipeline",
  "train",
  "service",
  "flight",
  "flights",
  "link",
  "market",
  "intercity",
  "ferry",
  "bus",
  "border",
  // "the Shanghai-Genoa lane", "the Asia-North Europe trade": shipping's routes.
  "lane",
  "lanes",
  "trade",
  "leg",
  // "the Kota Bharu-Dungun section": a part of a line.
  "section",
  "stretch",
  "segment",
]);

/** Prefixes written with a capital before a hyphen that name no place: "Trans-Sahara", "Sino-US". */
const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  "Trans",
  "Pan",
  "Inter",
  "Anglo",
  "Sino",
  "Afro",
  "Euro",
  "Franco",
  "Indo",
  "Austro",
  "Greco",
  "Mid",
  "Sub",
  "North",
  "South",
  "East",
  "West",
  "Upper",
  "Lower",
  "Greater",
]);

function refineSpan(
  view: SentenceView,
  span: ProposedSpan,
  spans: ReadonlyMap<number, ProposedSpan>,
  sentence: number,
): Candidate | undefined {
  const { words, tokens } = view;
  if (span.work) return workCandidate(view, span, sentence);
  let s = Math.max(0, span.start);
  let e = Math.min(tokens.length, span.end);
  let type = span.type;
  let role: string | undefined;
  let titled = false;
  // ("a Sh650,000 loan from a Sacco", "a Mora clock": one capitalized word after an indefinite article is a
  // kind of thing, no person's name; not a body's staff, "an Arvenna spokesperson", "a Moneris
  // vice-president", nor a maker before its made thing, "a Martin guitar" (context-cues.ts types it).)
  if (type === "PERSON" && e - s === 1 && (words[s - 1] === "a" || words[s - 1] === "an")) {
    const next = words[s + 1] ?? "";
    const kept =
      STAFF_NOUN.has(next) || view.titles[s + 1] !== undefined || BRANDED_THING.has(next.toLowerCase());
    if (!kept) return undefined;
  }
  // ("on King Street West": a title before a street's word and its side names the street, no person.)
  const streetSide =
    e - s === 2 && LOCATION_SUFFIXES.has(words[s] ?? "") && STREET_SIDES.has(words[s + 1] ?? "");
  const titleStart = streetSide ? titleEndingAt(view, s) : undefined;
  if (type === "PERSON" && titleStart !== undefined) s = titleStart;
  while (s < e) {
    const word = words[s] ?? "";
    // "The Hague": a place of the word lists whose name starts with "The" keeps it.
    const placeWithThe = word === "The" && view.places[s]?.value.canonical.startsWith("The ") === true;
    if (word === "the" || (word === "The" && !span.withThe && !placeWithThe)) {
      s++;
      continue;
    }
    // "A Retail Council of Canada survey found": an article opening a sentence is no part of a body's name
    // ("A Sakthivel": a person's initial; "A Very Lucky Christmas": a title's first word).
    // ("A&E": a letter of an acronym.)
    if (
      (word === "A" || word === "An") &&
      (type === "ORGANIZATION" || type === "LOCATION") &&
      /^[A-Z][a-z]/.test(words[s + 1] ?? "") &&
      s + 1 < e
    ) {
      s++;
      continue;
    }
    // "won 54 Assembly seats", "215 Democrats": a count before a name is no part of it.
    if (tokens[s]?.kind === "number" && s + 1 < e && /^\d[\d,.]*$/.test(word)) {
      s++;
      continue;
    }
    const title = view.titles[s];
    const place = view.places[s];
    // "Assistant Commissioner Paul Steel said": a title and two or three name words a tagger took for an
    // organization are a titled person.
    // So is one a tagger took for a place by the surname ("Health Minister Ryan Park").
    if (
      title &&
      (type === "ORGANIZATION" ||
        (type === "LOCATION" &&
          GIVEN_NAMES.has(words[title.end] ?? "") &&
          !PLACE_HEADS.has(words[e - 1] ?? ""))) &&
      s === Math.max(0, span.start) &&
      namedAfterTitle(view, title.end, e)
    )
      type = "PERSON";
    // ("Finance Minister Sultan bin Salem al-Habsi": a title that is also a given name, after a role.)
    const givenName = titled ? TITLED_GIVEN_NAMES.has(words[s] ?? "") : titledGivenName(view, s);
    // "King Salman International Airport", "Queen Elizabeth Hospital": a place or body named after a titled
    // person keeps the title in its name.
    const last = words[e - 1] ?? "";
    // ("The Chairman of BUA Group, Abdul Samad Rabiu,", "the Director of the Fintech and Innovation Office": a
    // title "of" a body of two words or more is no part of the body's name; not an office's own name, "Chief
    // of Air Staff", "Minister of Power".)
    const of = title && words[title.end] === "of" ? title.end : -1;
    const body = of < 0 ? -1 : words[of + 1] === "the" ? of + 2 : of + 1;
    // ("Managing Director of Beta Glass, Mr. Alexandros Kouris,": so is a company officer's title "of" any
    // company.)
    const officer = of > 0 && COMPANY_OFFICES.has(words.slice(s, of).join(" ").toLowerCase());
    if (
      type === "ORGANIZATION" &&
      body > 0 &&
      body < e &&
      ((e - body >= 2 && BODY_HEADS.has(last)) || officer)
    ) {
      s = body;
      break;
    }
    // ("Princess Cruises", "Ambassador Cruise Line": nor before an industry's word; "Queen Street West": nor
    // a street's side.)
    const placeEnd =
      LOCATION_SUFFIXES.has(last) || (STREET_SIDES.has(last) && LOCATION_SUFFIXES.has(words[e - 2] ?? ""));
    if (
      title &&
      title.end < e &&
      (placeEnd || ORG_SUFFIXES.has(last) || endsWithIndustryWord(words, title.end, e))
    ) {
      type = placeEnd ? "LOCATION" : "ORGANIZATION";
      break;
    }
    if (title && title.end < e && !(place && place.end >= title.end) && type === "PERSON" && !givenName) {
      titled = true;
      // "Energy Minister Prince Abdulaziz", "Prime Minister Sheikh Mohammed": the first title is the role.
      if (!isHonorific(view, s, title.end)) role ??= sliceTokens(view, s, title.end);
      s = title.end;
      continue;
    }
    break;
  }
  // ("Minister of Ports, Shipping and Waterways Sarbananda Sonowal": a portfolio's last word is no part of
  // the name after it.)
  if (
    type === "PERSON" &&
    e - s >= 3 &&
    (words[s - 1] === "and" || words[s - 1] === "&") &&
    inPortfolio(view, s, s + 1, "ORGANIZATION")
  )
    s++;
  // A title that starts inside the span and runs past it is the role of the name after it, not part of
  // this name: "Treasury Cabinet Secretary John Mbadi" names the Treasury.
  for (let k = s + 1; k < e; k++) {
    const title = view.titles[k];
    if (title && title.end > e) {
      e = k;
      break;
    }
  }
  // An e-mail address or a link is no name, nor part of one: the span ends before it.
  for (let k = s; k < e; k++) {
    if (isAddress(words[k] ?? "")) {
      e = k;
      break;
    }
  }
  // "LONDON - Hospital trusts": a dateline in capitals and a spaced dash open the sentence; a name, if any,
  // starts after them, as a sentence's first word would.
  let afterDateline = false;
  for (let k = s + 1; k < e - 1; k++) {
    const dash = tokens[k];
    if (words[k] !== "-" || !dash || (tokens[k - 1]?.end ?? 0) === dash.start) continue;
    if (words.slice(s, k).every((w) => w === w.toUpperCase())) {
      s = k + 1;
      afterDateline = true;
    }
    break;
  }
  // "Whitegoods maker Harcourt Appliances", "Brickmaker Claymore Building Products": a trade that opens a
  // sentence (or follows a dateline's dash) before a company's name is no part of it.
  const opening = s <= view.firstWord || afterDateline || DASHES.has(words[s - 1] ?? "");
  if (opening && e - s >= 3 && TRADE_NOUNS.has(words[s + 1] ?? "")) s += 2;
  else if (opening && e - s >= 2 && /^\p{Lu}\p{Ll}+makers?$/u.test(words[s] ?? "")) s++;
  // A name ends on a name word: not on a mark, a possessive, (in mixed case) a common noun a tagger took
  // in ("The Economist magazine"), or, for a person, a number ("Tadese Worku 28:53" in results).
  // "Moody's", "McDonald's": a company named with its possessive keeps it.
  if (e - s === 1 && POSSESSIVE_NAMES.has(words[s] ?? "") && isPossessive(words[e] ?? "")) e++;
  // "Shandong Gold Mining for C$368 million": a dollar's country letters glued to its sign end no name.
  if (
    e - s > 1 &&
    words[e] === "$" &&
    tokens[e]?.start === tokens[e - 1]?.end &&
    isCurrencyWord(words[e - 1] ?? "", "$")
  )
    e--;
  // "fined Mwangaza Supermarkets Sh1.1 billion": an amount with its currency glued on ends no name.
  if (e - s > 1 && isGluedAmount(words[e - 1] ?? "", words[e], words[e - 2])) e--;
  // ("bought Surakshit Re Brokers Pvt Ltd for Rs 285 crore": nor a currency's word before its amount, with
  // the "for" before it, below.)
  if (e - s > 2 && tokens[e]?.kind === "number" && isCurrencyAbbreviation(words[e - 1] ?? "")) e--;
  while (
    e > s &&
    !(e - s === 2 && isPossessive(words[e - 1] ?? "") && POSSESSIVE_NAMES.has(words[s] ?? "")) &&
    ((tokens[e - 1]?.kind === "punct" && !attachedPlus(view, e - 1)) ||
      isPossessive(words[e - 1] ?? "") ||
      (trailingLower(view, e - 1) && !(span.confidence !== undefined && span.confidence >= SURE_OF_LOWER)) ||
      (type === "PERSON" && tokens[e - 1]?.kind === "number") ||
      (type === "PERSON" && e - s > 1 && POST_NOMINALS.has(words[e - 1] ?? "")) ||
      (e - s > 1 && CREDIT_RATING.test(words[e - 1] ?? "")) ||
      // ("Salik Q3 profit", "United Spirits Q2 net": a fiscal label after a name is no part of it.)
      (e - s > 1 && FISCAL_LABEL.test(words[e - 1] ?? "")))
  ) {
    if (words[e - 1] === "." && e - 1 > s && (words[e - 2] ?? "").length === 1) break;
    e--;
  }
  // "rates Ecopetrol BB+": a rating with its sign after a name is no part of it.
  if (
    e - s > 2 &&
    (words[e - 1] === "+" || words[e - 1] === "-") &&
    CREDIT_RATING.test(`${words[e - 2]}${words[e - 1]}`)
  )
    e -= 2;
  if (s >= e) return undefined;
  // Whoever proposed it: a lone "GDP", "USD", "However" names nothing.
  if (e - s === 1 && namesNothing(words[s] ?? "")) return undefined;
  if (isTicker(words, s, e)) return undefined;
  // "Selling, general and administrative expenses": an expense line's first word names no one.
  if (e - s === 1 && words[e] === "," && words[e + 1] === "general" && words[e + 2] === "and")
    return undefined;
  // ("PT Telkom Indonesia (Persero) Tbk": a legal form after a parenthesis is the name's, no name.)
  if (e - s === 1 && words[s - 1] === ")" && isLegalForm(words[s] ?? "")) return undefined;
  // "cut Ghana to RD from C": a grade at or in default in a sentence about ratings names nothing
  // (elsewhere "SD" may be a party).
  if (e - s === 1 && DEFAULT_GRADES.has(words[s] ?? "") && words.some((word) => RATING_WORD.test(word)))
    return undefined;
  // "The authority's Director-General, Bashir Are": a title alone, joined by its hyphens, names no one.
  if (WHOLE_TITLES.has(words.slice(s, e).join(""))) return undefined;
  // "By Shane Wright, Senior Economics Correspondent": a journalist's desk before the title names nothing.
  if (DESK_RANKS.has(words[s] ?? "") && JOURNALISTS.has(words[e] ?? "")) return undefined;
  // "Treasury bonds", "Maple bonds", "the 91-day Treasury bill": a class of securities, no body.
  if (e - s === 1 && BOND_CLASSES.has(words[s] ?? "") && SECURITIES.has((words[e] ?? "").toLowerCase()))
    return undefined;
  if (e - s === 1 && isCurrencyWord(words[s] ?? "", words[e])) return undefined;
  if (e - s === 1 && isPointedScale(words[s] ?? "", words[s - 1], words[e])) return undefined;
  if (e - s === 1 && isGluedAmount(words[s] ?? "", words[e], words[s - 1], words[e + 1], words[e + 2]))
    return undefined;
  // "2 million Swiss francs", "5 million Danish crowns": a currency's demonym in an amount.
  if (e - s === 1 && view.places[s]?.value.kind === "demonym" && inCurrencyName(words[s - 1], words[e]))
    return undefined;
  // "per million British thermal units": a unit's demonym names no one.
  if (e - s === 1 && words[s] === "British" && /^thermal$/i.test(words[e] ?? "")) return undefined;
  // "US$3.5 billion", "C$20 million": a dollar's country letters glued to its sign are no place, nor
  // "$US3 billion" the letters after it; "KSh 60 billion" is an amount, whatever the span.
  if (e - s === 1 && words[e] === "$" && tokens[e]?.start === tokens[s]?.end) return undefined;
  if (words[s - 1] === "$" && tokens[s - 1]?.end === tokens[s]?.start && /[0-9]/.test(words[s] ?? ""))
    return undefined;
  if (e - s > 1 && isCurrencyWord(words[s] ?? "", words[s + 1])) return undefined;
  if (inPortfolio(view, s, e, type)) return undefined;
  // "Bank Rate", "the Monetary Policy Rate", "the Cash Reserve Ratio": a rate's capitalized name is no body.
  if (
    type !== "PERSON" &&
    e - s > 1 &&
    RATE_HEADS.has(words[e - 1] ?? "") &&
    !words.slice(s, e).includes("of")
  )
    return undefined;
  if ((type === "ORGANIZATION" || type === "MISC") && portfolioBeforeTitle(view, s, e)) return undefined;
  // "The Commissioner for Health, Dr Aliyu Bello,": a portfolio's title is an office, no organization.
  if (type !== "PERSON" && isPortfolioTitle(view, s, e)) return undefined;
  // "Sen. Chuck Grassley, R-Iowa,", "D-Los Angeles": a party and state tag names no one.
  if (/^[RDI]-\p{Lu}/u.test(words[s] ?? "")) return undefined;
  // "led by Gen. Mohamed Dagalo": a title before a name is no name of its own, whatever a proposer typed it.
  const fullTitle = view.titles[s];
  if (fullTitle && fullTitle.end >= e && /^\p{Lu}/u.test(words[fullTitle.end] ?? "")) return undefined;
  // "the Emir of Qatar", "a Senator": a title after a determiner is no one's name.
  if (e - s === 1 && view.titles[s]?.end === e && DETERMINERS.has(words[s - 1] ?? "")) return undefined;
  const place = view.places[s];
  let canonical: string | undefined;
  let countryCode: string | undefined;
  let country: string | undefined;
  let nation = false;
  if (place && place.end === e) {
    const entry = place.value;
    canonical = entry.canonical;
    if (entry.kind === "country") {
      type = "LOCATION";
      countryCode = entry.code;
    } else if (entry.kind === "nation") {
      type = "LOCATION";
      nation = true;
    } else if (entry.kind === "demonym") {
      type = "MISC";
      country = entry.code;
    } else if (entry.kind === "organization") {
      type = "ORGANIZATION";
    } else if (entry.kind === "misc") {
      type = "MISC";
    } else if (type !== "ORGANIZATION") {
      type = "LOCATION";
    }
  }
  let weak = span.weak === true || (afterDateline && e - s === 1);
  if (!place || place.end !== e) {
    const before = titleBefore(view, s, e, spans);
    if (before) {
      titled = true;
      role ??= before.role;
    }
    const apposed = role === undefined ? appositionRole(view, e) : undefined;
    role ??= apposed;
    // "Li Qiang, China's premier, attended": a title in apposition makes the name a person's.
    if (apposed !== undefined && type !== "PERSON" && !ORG_SUFFIXES.has(words[e - 1] ?? "")) titled = true;
    if (titled && !ORG_SUFFIXES.has(words[e - 1] ?? "")) {
      type = "PERSON";
      weak = false;
    }
    // A lone organization word ("the Cabinet", "Parliament") is no person's name, nor a place ("in
    // Parliament in Cape Town").
    if (
      !titled &&
      (type === "PERSON" || type === "LOCATION") &&
      e - s === 1 &&
      ORG_SUFFIXES.has(words[s] ?? "")
    )
      type = "ORGANIZATION";
    // "compiled by DBS Bank": no person's name ends in "Bank" or "AG".
    // ("Kalyan Jewellers reported", "Whitehaven Coal raised": nor an industry's word a person's or place's;
    // "Kohistan Paints reported": nor a product's or an event's.)
    // ("Grupo Suavel", "Farmacias del Ahorro": nor a trade's word opening a name in Spanish or Portuguese.)
    const industry =
      (endsWithIndustryWord(words, s, e) || COMPANY_NAME_OPENERS.has(words[s] ?? "")) &&
      (type === "PERSON" || type === "MISC" || (type === "LOCATION" && !place));
    // ("promoter Flytime Promotions said": so after a job word too, unless a given name opens it.)
    const named = titled && GIVEN_NAMES.has(words[s] ?? "");
    if (
      !named &&
      e - s > 1 &&
      ((type === "PERSON" && NOT_PERSON_ENDINGS.has(words[e - 1] ?? "")) || industry)
    ) {
      type = "ORGANIZATION";
      weak = false;
    }
  }
  // "Naftogaz CEO Serhiy Koretskyi": a single word that owns a company title is the company.
  const owned = view.titles[e];
  if (
    (type === "PERSON" || (type === "LOCATION" && !place)) &&
    e - s === 1 &&
    owned &&
    COMPANY_TITLES.has(words.slice(e, owned.end).join(" ").toLowerCase()) &&
    /^\p{Lu}/u.test(words[owned.end] ?? "")
  )
    type = "ORGANIZATION";
  // ("Bayleys agent Steve Sanders", "Grant Thornton partners Kerryn Walsh": a name that owns its staff,
  // a person named after them, is their firm.)
  if (
    (type === "PERSON" || (type === "LOCATION" && !place)) &&
    e - s <= 3 &&
    STAFF_NOUN.has(words[e] ?? "") &&
    /^\p{Lu}\p{Ll}/u.test(words[e + 1] ?? "")
  ) {
    type = "ORGANIZATION";
    weak = false;
  }
  // "market researcher TrendForce", "SovEcon": one word with a capital inside names a company, not a person
  // ("McDonald", "DeSantis", "LaGuardia" keep their prefixes).
  const word = words[s] ?? "";
  if (type === "PERSON" && e - s === 1 && isBrandWord(word)) type = "ORGANIZATION";
  // "her second Oscar": an award alone is no person.
  if (e - s === 1 && AWARD.has(words[s] ?? "") && !/^\p{Lu}/u.test(words[e] ?? "")) type = "MISC";
  // "market researcher Circana", "estate agent Hamptons": a company, though "researcher" reads as a title.
  // (Not a name a given name opens: "estate agent John Hall".)
  if (
    (type === "PERSON" || (type === "LOCATION" && !place)) &&
    e - s <= 3 &&
    describedAsCompany(view, s, e) &&
    !GIVEN_NAMES.has(words[s] ?? "")
  ) {
    type = "ORGANIZATION";
    weak = false;
  }
  // The words around the name: "beat Liverpool 3-1", "the regulator BaFin", a wire dateline.
  const national = countryCode !== undefined || country !== undefined || nation;
  const described = !titled && describedAsOrganization(view, s, e, type, national);
  const cue = titled ? undefined : typeFromContext(view, s, e, type, national, described);
  if (cue) {
    type = cue;
    weak = false;
  }
  // "Yankari Game Reserve", "Ranthambore National Park", "Ras Al Khor Wildlife Sanctuary", "Lagos State":
  // a protected area's or a state's head names a place, whoever proposed it.
  if (type !== "LOCATION" && !titled && namesProtectedPlace(words, s, e)) {
    type = "LOCATION";
    weak = false;
  }
  // "Petroleum Profits Tax", "Stamp Duties", "the Comprehensive Economic Partnership Agreement": a tax's or
  // an agreement's head names no body, whoever proposed it.
  // ("Senate Committee on Special Duties" is a body: a body's head word inside keeps it one.)
  // ("Directorate General of Taxes" is a body too: a tax named after "of" or "for" is what a body
  // collects.)
  const head = words[e - 1] ?? "";
  const inner = words.slice(s, e - 1);
  const levy =
    e - s > 1 &&
    LEVY_AND_LAW_HEADS.has(head) &&
    !inner.some((w) => ORG_PREFIXES.has(w)) &&
    !(TAX_HEADS.has(head) && inner.some((w) => w === "of" || w === "for"));
  if (type === "ORGANIZATION" && !titled && levy) type = "MISC";
  // "Grand Theft Auto VI", "Basel III": a name numbered in Roman numerals is a work, a product or an accord,
  // no body; not a body's numbered one ("Kijani Fund II", "House of Representatives Commission IX").
  if (
    type === "ORGANIZATION" &&
    !titled &&
    e - s > 1 &&
    ROMAN_NUMBER.test(words[e - 1] ?? "") &&
    !ORG_SUFFIXES.has(words[e - 2] ?? "")
  )
    type = "MISC";
  // "Leonardo AW139s", "Robinson R66", "Airbus A350s": a maker's name and a model's code of letters and
  // digits is a product, no body and no person.
  // ("Bell 407s": a number with a plural's "s" is a model's too. Not a place: "Terminal 1A".)
  if (
    (type === "ORGANIZATION" || type === "PERSON") &&
    !titled &&
    e - s > 1 &&
    (MODEL_CODE.test(words[e - 1] ?? "") || /^\d{2,4}s$/.test(words[e - 1] ?? "")) &&
    !ORG_SUFFIXES.has(words[e - 2] ?? "")
  )
    type = "MISC";
  // "USS Vicksburg", "HMS Argyll": a ship's name, whatever its words name elsewhere (a town, a battle).
  if (isShipName(words, s, e)) type = "MISC";
  // "NGX Insurance Index", "NYSE Arca Gold Miners Index": a name ending in "Index" is a market's or a
  // survey's index, no body.
  if (type === "ORGANIZATION" && !titled && e - s > 1 && words[e - 1] === "Index") type = "MISC";
  // 'Dorothy "Dot" MacIsaac' is named "Dorothy MacIsaac".
  const nameWords = type === "PERSON" ? withoutNickname(words.slice(s, e)) : words.slice(s, e);
  if (nameWords.length < e - s) canonical ??= nameWords.join(" ");
  const withThe = span.withThe === true && s > 0 && words[s - 1] === "The";
  const first = tokens[withThe ? s - 1 : s];
  const last = tokens[e - 1];
  if (!first || !last) return undefined;
  return {
    start: first.start,
    end: last.end,
    text: view.text.slice(first.start, last.end),
    type,
    words: nameWords,
    weak,
    confidence:
      type === "ORGANIZATION" && !titled && countryCode === undefined && inTeamContext(view, s, e)
        ? VOTE_TEAM
        : cue === "ORGANIZATION" && described && !view.places[s]
          ? VOTE_CUED
          : voteOf(span, canonical !== undefined || titled || cue !== undefined),
    ...(weak && span.doubted && { doubted: true }),
    initial: s <= view.firstWord || afterDateline,
    sentence,
    ...(canonical !== undefined && { canonical }),
    ...(countryCode !== undefined && { countryCode }),
    ...(country !== undefined && { country }),
    ...(type === "PERSON" && role !== undefined && { role }),
    ...(view.casing === "mixed" && { mixedCase: true }),
  };
}

/** The name at [s, e) ends in a protected area's head ("Game Reserve", "Wildlife Sanctuary") or is a state. */
function namesProtectedPlace(words: readonly string[], s: number, e: number): boolean {
  if (e - s < 2) return false;
  const last = words[e - 1] ?? "";
  if (PROTECTED_AREA_WORDS.has(last)) return true;
  // ("Islamic State" is a group.)
  if (last === "State") return e - s === 2 && words[s] !== "Islamic";
  return PROTECTED_AREA_HEADS.has(`${words[e - 2]} ${last}`);
}

/** Last words of a body a title may be "of": "Chairman of BUA Group", "Director of the ... Office". */
const BODY_HEADS = new Set([
  ...["Group", "Association", "Network", "Office", "Department", "Committee", "Companies", "Company"],
  ...["Bank", "Holdings", "Corporation", "Council", "Commission", "Authority", "Agency", "Fund", "Board"],
  ...["Institute", "Union", "Federation", "Foundation", "Society"],
]);

/**
 * A model's code: capitals and digits, both, with a lower-case version or plural after them ("AW139s",
 * "A320neo", "R66", "S-76Ds"); not a number alone ("Channel 4").
 */
const MODEL_CODE = /^(?=[^\d]*\d)(?=[^\p{Lu}]*\p{Lu})[\p{Lu}\d]{1,6}(?:-[\p{Lu}\d]{1,4})*(?:neo|s)?$/u;

/** A Roman numeral from II to XIX that numbers a work or a product. */
const ROMAN_NUMBER = /^(?:X?(?:I{2,3}|IV|VI{0,3}|IX)|XI{1,3}|XX)$/;

/** Last words that make a name a place whatever stands before it: "Prince William County". */
const PLACE_HEADS = new Set([
  "County",
  "City",
  "Province",
  "State",
  "District",
  "Region",
  "Island",
  "Islands",
  "Bay",
  "Valley",
]);

/** A work's title, as written: no title, place or context reading applies to it. */
function workCandidate(view: SentenceView, span: ProposedSpan, sentence: number): Candidate | undefined {
  const first = view.tokens[span.start];
  const last = view.tokens[span.end - 1];
  if (!first || !last) return undefined;
  return {
    start: first.start,
    end: last.end,
    text: view.text.slice(first.start, last.end),
    type: "MISC",
    words: view.words.slice(span.start, span.end),
    weak: false,
    confidence: VOTE_CERTAIN,
    initial: span.start <= view.firstWord,
    sentence,
    work: true,
    mixedCase: true,
  };
}

const AWARD: ReadonlySet<string> = new Set(AWARD_NAMES);

/** Vote weights: a word-list or title-backed type, a rule's guess; a tagger's span votes with its margin. */
export const VOTE_CERTAIN = 10;
/**
 * A name the words around it make a team ("Leicestershire beat Somerset", "Somerset captain") outvotes a
 * few plain readings of the same name in the article ("bowling Somerset out for 83").
 */
export const VOTE_TEAM = 3 * VOTE_CERTAIN;
/**
 * The words around a name no word list knows as a place say it is a company or a body ("software maker
 * Logivia", "the regulator BaFin"): that outvotes a few of the tagger's readings of the same name elsewhere
 * in the article, which read it without them.
 */
export const VOTE_CUED = 5 * VOTE_CERTAIN;
export const VOTE_GUESS = 1;

function voteOf(span: ProposedSpan, known: boolean): number {
  if (known || span.certain) return VOTE_CERTAIN;
  return Math.min(VOTE_CERTAIN, span.confidence ?? VOTE_GUESS);
}

/**
 * A tagger's margin (on every word of its span) from which a lower-case last word is part of the name:
 * "SK hynix" (93), not "The Economist magazine" (7).
 */
const SURE_OF_LOWER = 40;

function trailingLower(view: SentenceView, i: number): boolean {
  const word = view.words[i] ?? "";
  return view.casing === "mixed" && /^\p{Ll}+$/u.test(word);
}

/** "OPEC+", "Disney+": a plus sign glued to the word before it is part of the name. */
function attachedPlus(view: SentenceView, i: number): boolean {
  return view.words[i] === "+" && view.tokens[i - 1]?.end === view.tokens[i]?.start;
}

function isAddress(word: string): boolean {
  return word.includes("@") || word.includes("://") || word.startsWith("www.");
}

/** Hyphenated titles as their words join: "Director-General", "Auditor-General", "Attorney-General". */
const WHOLE_TITLES = new Set(TITLES.filter((title) => title.includes("-") && !title.includes(" ")));

/** Ranks that open a journalist's desk: "Senior Economics Correspondent", "Chief Political Editor". */
const DESK_RANKS = new Set(["Senior", "Chief", "Deputy", "Associate", "Assistant", "Acting"]);
/** Journalists' titles after their desk. */
const JOURNALISTS = new Set(["Correspondent", "Editor", "Reporter", "Writer", "Columnist"]);

/** Last words of a rate's or a ratio's capitalized name. */
const RATE_HEADS = new Set(["Rate", "Rates", "Ratio"]);

/** Trades a company's name may follow at a sentence's start: "Whitegoods maker", "Terminal operator". */
const TRADE_NOUNS = new Set([
  ...["maker", "makers", "producer", "manufacturer", "retailer", "operator", "miner", "lender"],
  ...["carrier", "distributor", "supplier", "developer", "group", "firm", "company", "chain"],
]);

/** Words a ticker symbol follows: "traded under the ticker WRNA". */
const TICKER_WORDS = new Set(["ticker", "symbol"]);
/** Exchanges' names before a ticker's colon: "(NYSE: KO)", "(Nasdaq: AAPL)". */
const EXCHANGE_BEFORE_TICKER = /^(?:[A-Z]{2,}|Nasdaq|Tadawul|Euronext|Xetra)$/;

/** "(TSX: LAS.A)", "(PSX: RALL)", "the ticker WRNA": a ticker symbol names no one of its own. */
function isTicker(words: readonly string[], s: number, e: number): boolean {
  const before =
    TICKER_WORDS.has(words[s - 1] ?? "") ||
    (words[s - 1] === ":" && words[s - 3] === "(" && EXCHANGE_BEFORE_TICKER.test(words[s - 2] ?? ""));
  if (!before) return false;
  for (let k = s; k < e; k++) if (!/^[A-Z][A-Z0-9.]*$/.test(words[k] ?? "")) return false;
  return true;
}

function namesNothing(word: string): boolean {
  return (
    NON_ENTITY_ACRONYMS.has(word) ||
    // ("BRIEF-Medisa Dental Holdings", "FACTBOX-Europe's bicycle market": a wire story's slug.)
    WIRE_SLUGS.has(word) ||
    BARE_BODY_WORDS.has(word) ||
    isCurrencyCode(word) ||
    MONTH_RANGE.test(word) ||
    FISCAL_LABEL.test(word) ||
    CREDIT_RATING.test(word) ||
    (COMMON_CAPITALIZED_WORDS.has(foldName(word)) && !PLACES_AND_NAMES.has(word))
  );
}

/** Words after a class of bonds: "Treasury bills", "Samurai bonds", "Treasury yields". */
const SECURITIES = new Set([
  "bond",
  "bonds",
  "bill",
  "bills",
  "note",
  "notes",
  "yield",
  "yields",
  "securities",
]);

/** "January-October", "Jan-Sept": a range of months in statistics copy names nothing. */
const MONTH_RANGE =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[-–](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/;
/** "FY27", "FY2026", "H1", "Q3", "Q2FY26", "H1FY27", "9MFY26": a fiscal year or a part of one names nothing. */
const FISCAL_LABEL = /^(?:(?:[HQ][1-4]|9M)?FY\d{2}(?:\d{2})?|[HQ][1-4])$/i;
/** Credit ratings: "BB+", "CCC", "Baa2", "B3" name nothing and end no name ("rates Pemex B3"). */
const CREDIT_RATING =
  /^(?:AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?|CC|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])$/;

/** The heads of LEVY_AND_LAW_HEADS that name a tax: a body's name may end with one after "of". */
const TAX_HEADS = new Set(["Tax", "Taxes", "Duty", "Duties", "Levy"]);

/** Grades of a rating at or in default: "C", selective or restricted default, "D". */
const DEFAULT_GRADES = new Set(["C", "SD", "RD", "D"]);
/** Words that make a sentence one about credit ratings: its words or its agencies. */
const RATING_WORD = /^(?:rat(?:ing|ings|ed|es)|(?:down|up)grade[ds]?|default|Fitch|Moody|DBRS)$/i;

/** Words a portfolio may run over between its title and the span: "Minister of Budget and Economic ...". */
const PORTFOLIO_LINKS = new Set(["of", "for", "and", "the", "&", ","]);

/**
 * "Minister of Budget and Economic Planning", "Secretary of State for Health and Social Care": the words
 * after a minister's "of"/"for" name a portfolio, not an organization (unless they end like one: "Bank").
 */
function inPortfolio(view: SentenceView, s: number, e: number, type: EntityType): boolean {
  if (type === "PERSON") return false;
  for (let k = s; k < e; k++) {
    const word = view.words[k] ?? "";
    if (hasNameSuffix(word) || ORG_PREFIXES.has(word) || view.places[k]) return false;
  }
  for (let k = s - 1; k >= Math.max(0, s - 8); k--) {
    const word = view.words[k] ?? "";
    const title = view.titles[k];
    // The title may run into the span ("Secretary of State" + "State for Health and Social Care").
    if (title && title.end < e && (view.words[title.end] === "of" || view.words[title.end] === "for")) {
      return PORTFOLIO_HEADS.has((view.words[title.end - 1] ?? "").toLowerCase());
    }
    if (!PORTFOLIO_LINKS.has(word) && !/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

/** Words a list of portfolios before a minister's title may take after the span, at most. */
const PORTFOLIO_LIST_WORDS = 6;

/**
 * "Climate Crisis and Civil Protection Minister", "Health, Labour and Welfare Minister": a span that a
 * list of capitalized words joins to a government title is a portfolio, no name (a place stays a place).
 */
function portfolioBeforeTitle(view: SentenceView, s: number, e: number): boolean {
  const kind = view.places[s]?.value.kind;
  // ("Siemens and Energy Minister Robert Habeck met": a known name stays, unless a list runs through it.)
  if (kind !== undefined && (kind !== "organization" || view.words[s - 1] !== ",")) return false;
  const link = view.words[e];
  // "Civil Protection Minister Nikos Papadakis": right before a minister's title (not "Reserve Bank
  // Governor": a body's name).
  const next = view.titles[e];
  if (next && /^minister/i.test(view.words[next.end - 1] ?? "") && !endsBodyName(view.words[e - 1] ?? ""))
    return kind === undefined;
  // ("Presenting the budget in the National Assembly, Finance Minister X said": no list.)
  if (link !== "and" && link !== "&") return false;
  for (let k = e + 1; k < e + 1 + PORTFOLIO_LIST_WORDS; k++) {
    const word = view.words[k] ?? "";
    const title = view.titles[k];
    if (title && GOVERNMENT_HEADS.has((view.words[title.end - 1] ?? "").toLowerCase())) return true;
    if (!(/^\p{Lu}/u.test(word) || PORTFOLIO_LINKS.has(word)) || view.places[k]) return false;
  }
  return false;
}

/** The span is a portfolio title: its head ("Commissioner", "Minister") then "of"/"for" and its portfolio. */
function isPortfolioTitle(view: SentenceView, s: number, e: number): boolean {
  const title = view.titles[s];
  if (!title || title.end >= e || title.value.honorific) return false;
  const link = view.words[title.end];
  return (
    (link === "of" || link === "for") && PORTFOLIO_HEADS.has((view.words[title.end - 1] ?? "").toLowerCase())
  );
}

const DETERMINERS = new Set(["the", "a", "an", "The", "A", "An"]);
/** Titles only a company gives: the single word before one is the company ("Rosatom CEO Alexei X"). */
const STAFF_NOUN: ReadonlySet<string> = new Set(STAFF_NOUNS);

/** A company's officers, whose title "of" a company is no part of its name. */
const COMPANY_OFFICES = new Set([
  ...["managing director", "group managing director", "chairman", "chairperson", "chairwoman"],
  ...["chief executive", "chief executive officer", "chief financial officer", "chief operating officer"],
]);

const COMPANY_TITLES = new Set([
  "ceo",
  "cfo",
  "coo",
  "cto",
  "chief executive",
  "chief executive officer",
  "chief financial officer",
  "co-ceo",
  "chief operating officer",
]);

/** A given name and one or two more capitalized words after a title: "Paul Steel". */
function namedAfterTitle(view: SentenceView, from: number, e: number): boolean {
  if (e - from < 2 || e - from > 3 || !GIVEN_NAMES.has(view.words[from] ?? "")) return false;
  for (let k = from; k < e; k++)
    if (!/^\p{Lu}\p{Ll}+$/u.test(view.words[k] ?? "") || view.places[k]) return false;
  return true;
}

/** The words `start` to `end` end in an industry's word or two: "Kalyan Jewellers", "Norwegian Cruise Line". */
function endsWithIndustryWord(words: readonly string[], start: number, end: number): boolean {
  return (
    INDUSTRY_ENDINGS.has(words[end - 1] ?? "") ||
    (end - start >= 2 && INDUSTRY_ENDINGS.has(`${words[end - 2]} ${words[end - 1]}`))
  );
}
