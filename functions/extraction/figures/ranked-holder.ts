/**
 * "China was the largest source market with 6.7 million visitors", "India remained the top destination
 * with 11.9 million passengers", "South Korea was the biggest source of visitors at 8.82 million": the figure
 * of a ranking measures what holds the rank, not its unit. So does a level in a "with" phrase: ", with the
 * vacancy rate steady at 1.6 per cent"; and a place in a race: "The Conservatives came second with 24%".
 */
import {
  AUXILIARIES,
  ELECTED_PARTICIPLES,
  ELECTION_CONTESTS,
  NP_STOPS,
  RANK_HOLDING_VERBS,
  RANK_WORDS,
  WINNING_VERBS,
} from "./data/subject-words.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { dottedFormPoint } from "./speaker-names.ts";
import { acronymBefore, appositionStart, relativeClauseStart, trimmed } from "./subject-bounds.ts";
import type { SubjectHit } from "./subjects.ts";
import type { Token } from "./tokenize.ts";

const HOLDING = new Set(RANK_HOLDING_VERBS);
const RANKS = new Set(RANK_WORDS);
/** Nouns of a share a holder leads with: "with a share of 21.4%". */
const SHARE_HEADS = new Set(["share", "stake"]);

/** Tokens from the link back to "the": "the largest source market of foreign visitors with". */
const RANK_REACH = 9;
/** Tokens a holder may take: "Visitors from mainland China", "Peshawar Electric Supply Company (Pesco)". */
const HOLDER_TOKENS = 8;

export function rankedHolder(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // "Motorola led with a 33% share", "Lenovo led with 19.1 million units": what leads holds the figure.
  // ("Claro leads the market with a 33.4% share", "Uttar Pradesh led in admissions with 1.48 crore": past
  // what it leads in.)
  // ("Fiat led the market with a share of 21.4%", "with a market share of 20.3 percent": as "with a 21.4%
  // share".)
  let lead = qualifierStart;
  if (t[lead - 1]?.norm === "of" && SHARE_HEADS.has(t[lead - 2]?.norm ?? "")) {
    lead -= 2;
    if (t[lead - 1]?.norm === "market") lead--;
  }
  const withAt = ["a", "an"].includes(t[lead - 1]?.norm ?? "") ? lead - 2 : lead - 1;
  if (t[withAt]?.norm === "with") {
    const leading = leadingVerbBefore(t, withAt, clauseStart);
    if (leading !== undefined) return holderBefore(t, leading, clauseStart, isPeriodToken);
  }
  const link = t[withAt]?.norm;
  if (link !== "with" && link !== "at") return undefined;
  let reach = RANK_REACH;
  // ("recorded the most births, at 201,300": the rank set off by a comma.)
  const from = t[withAt - 1]?.norm === "," ? withAt - 2 : withAt - 1;
  for (let k = from; k >= Math.max(clauseStart + 2, withAt - reach); k--) {
    // ("remained Singapore's top-selling car brand in the first ten months of 2026 with": past a period,
    // which counts for none of the reach.)
    if (isPeriodToken(k) || (isPeriodToken(k + 1) && PERIOD_LEADS.has(t[k]?.norm ?? ""))) {
      reach++;
      continue;
    }
    const norm = t[k]?.norm ?? "";
    if (NP_STOPS.has(norm) && norm !== "of") return undefined;
    // ("Samsung kept its top spot with": a possessive as "the"; "remained Singapore's top-selling car
    // brand": a place's possessive too.)
    const possessive = /['’]s$/.test(norm) && isCapitalized(t[k]);
    if (norm !== "the" && norm !== "its" && norm !== "their" && !possessive) continue;
    // "the largest", "the second-largest" (its first word is the rank's), "the country's top-selling",
    // "the market leader".
    const at = !possessive && /['’]s$/.test(t[k + 1]?.norm ?? "") ? k + 2 : k + 1;
    const ranked = RANKS.has(t[at]?.norm ?? "") || LEADERS.has(t[at + 1]?.norm ?? "");
    // ("the best-selling car of the year with": past a phrase of the noun ranked.)
    if (!ranked && t[k - 1]?.norm === "of") continue;
    // ("The Toyota HiLux was again the best-selling vehicle with": past an adverb of the verb.)
    let verb = k - 1;
    while (verb > clauseStart && RANK_ADVERBS.has(t[verb]?.norm ?? "")) verb--;
    if (!ranked || !HOLDING.has(t[verb]?.norm ?? "")) return undefined;
    // ("emerged as the biggest"; not "reclaimed her position as Australia's richest person": a role.)
    if (t[verb]?.norm === "as") {
      if (t[verb - 1]?.norm !== "emerged") return undefined;
      verb--;
    }
    // ("Windsor, Ont., again posted the highest rate": past an adverb before the verb too.)
    while (verb - 1 > clauseStart && RANK_ADVERBS.has(t[verb - 1]?.norm ?? "")) verb--;
    return holderBefore(t, verb, clauseStart, isPeriodToken);
  }
  return undefined;
}

/** Adverbs between a verb of holding a rank and the rank: "was again the", "remained comfortably the". */
const RANK_ADVERBS = new Set(["again", "still", "also", "once", "comfortably", "easily", "firmly"]);
/** Words before a period that belong to it: "in the first ten months". */
const PERIOD_LEADS = new Set(["in", "during", "for", "over", "the"]);
/** Tokens between a verb of leading and "with" that say what it leads: "leads the market", "led in admissions". */
const LEAD_OBJECT_TOKENS = 3;

/** The verb of leading right before the "with" at `withAt`, or past a short object of it; undefined if none. */
function leadingVerbBefore(t: readonly Token[], withAt: number, clauseStart: number): number | undefined {
  for (let k = withAt - 1; k > clauseStart && withAt - k <= LEAD_OBJECT_TOKENS + 1; k--) {
    const tok = t[k];
    if (LEADING.has(tok?.norm ?? ""))
      return k === withAt - 1 || LEADS_IN.has(tok?.norm ?? "") ? k : undefined;
    // ("Isuzu East Africa kept its lead with a 43.6% share": a lead kept is one led.)
    if (tok?.norm === "lead" && OWN_WORDS.has(t[k - 1]?.norm ?? "") && KEEPING.has(t[k - 2]?.norm ?? ""))
      return k === withAt - 1 ? k - 2 : undefined;
    if (tok?.kind !== "word" || tok.text !== tok.norm) return undefined;
  }
  return undefined;
}

/** Verbs of keeping a lead: "kept its lead with", "extended its lead with". */
const KEEPING = new Set([
  ...["kept", "keeps", "retained", "retains", "maintained", "maintains", "extended", "extends"],
  ...["held", "holds", "consolidated"],
]);
/** Words that own a lead: "its lead", "their lead". */
const OWN_WORDS = new Set(["its", "their", "his", "her"]);

/** Verbs of leading that may take what they lead before "with": "leads the market with", "led in sales with". */
const LEADS_IN = new Set(["led", "leads", "topped", "tops"]);

/** Verbs of leading a ranking: "Motorola led with a 33% share". */
const LEADING = new Set(["led", "leads", "topped", "tops", "follow", "follows", "followed"]);

/** Nouns of a rank after one word: "the market leader", "the sales leader". */
const LEADERS = new Set(["leader", "leaders"]);

/** Words between a "with" holder and "at" that tell how it stood: "with the vacancy rate steady at". */
const STANDING = new Set([
  "steady",
  "unchanged",
  "flat",
  "stable",
  "little",
  "changed",
  "holding",
  "standing",
]);

/** Possessive pronouns that open what a holder is: "with North America its biggest market at". */
const OWNERS = new Set(["its", "their", "his", "her"]);

/** A lower-case participle: "estimated", "trading". */
function participle(tok: Token | undefined): boolean {
  return tok?.kind === "word" && tok.text === tok.norm && /^[a-z]{3,}(?:ed|ing)$/.test(tok.norm);
}

/** Participles of holding a share after a "with" holder: "with China taking 33 per cent". */
const TAKING = new Set(["taking", "holding", "commanding", "accounting", "buying", "supplying"]);

/** Tokens from "at" back to "with": "with the jobless rate in Windsor steady at". */
const WITH_REACH = 9;

/**
 * ", with the vacancy rate steady at 1.6 per cent", ", with Windsor at 11.4%": a level after "at" in a
 * "with" phrase measures the phrase's noun.
 */
export function withHolder(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // (", with China taking 33 per cent", ", with Apple commanding roughly 55 per cent": a share it holds.)
  // ("with the US accounting for 22%": past the "for".)
  const link = t[qualifierStart - 1]?.norm === "for" && t[qualifierStart - 2]?.norm === "accounting" ? 2 : 1;
  const taking = TAKING.has(t[qualifierStart - link]?.norm ?? "");
  if (t[qualifierStart - 1]?.norm !== "at" && !taking) return undefined;
  let end = qualifierStart - link;
  // "with tourism earnings estimated at", "with the offshore yuan trading at": how it stood.
  while (end > clauseStart && STANDING.has(t[end - 1]?.norm ?? "")) end--;
  if (end > clauseStart && participle(t[end - 1])) end--;
  let reach = WITH_REACH;
  for (let k = end - 1; k >= Math.max(clauseStart, qualifierStart - reach); k--) {
    // ("with gross non-performing assets (NPAs) at 1.42 per cent": past an acronym in parentheses.)
    const acronym = t[k]?.norm === ")" ? acronymBefore(t, k + 1) : undefined;
    if (acronym !== undefined) {
      reach += k + 1 - acronym;
      k = acronym;
      continue;
    }
    // ("with gross non-performing assets at": a hyphen inside a word.)
    if (gluedHyphen(t, k)) continue;
    const norm = t[k]?.norm ?? "";
    // ("with North America its biggest market at": the holder, not what it is.)
    if (OWNERS.has(norm)) end = k;
    if (norm === "with")
      return k + 1 < end && t[k - 1]?.norm === "," ? trimmed(t, k + 1, end, isPeriodToken) : undefined;
    if (t[k]?.kind !== "word" || (NP_STOPS.has(norm) && norm !== "of" && norm !== "in")) return undefined;
  }
  return undefined;
}

/** Places in a race or a poll: "came second with", "slumped to fourth place with". */
const PLACES = new Set([
  ...["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"],
]);
/** Words between a place and the figure that holds it: "second with 24%", "second at $312 billion". */
const PLACE_LINKS = new Set(["with", "at", "on"]);
/** Verbs of a place reached or kept: "came", "finished", "slumped to", "ranked", "remains". */
const PLACING = new Set([
  ...["came", "comes", "finished", "finishes", "placed", "ended", "ends", "was", "is", "were", "are"],
  ...["ranked", "ranks", "remains", "remained", "stays", "stayed", "sits", "sat", "moved", "moves"],
  ...["slumped", "fell", "dropped", "slipped", "rose", "climbed", "jumped", "took", "takes", "trailed"],
]);
/** Words between a placing verb and its place: "in", "to", "a distant", "a close". */
const PLACE_LEADS = new Set(["in", "to", "a", "distant", "close", "strong", "joint"]);
/** Nouns after a place: "fourth place", "third position". */
const PLACE_NOUNS = new Set(["place", "position", "spot"]);

/** "The Conservatives came second with 24%", "Greens slumped to fourth place with 9%": who holds the place. */
export function placeHolder(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // ("Larry Ellison is second at $312 billion", "Andrew Forrest slipped to third on $27.6 billion".)
  if (!PLACE_LINKS.has(t[qualifierStart - 1]?.norm ?? "")) return undefined;
  let k = qualifierStart - 2;
  if (PLACE_NOUNS.has(t[k]?.norm ?? "")) k--;
  if (!PLACES.has(t[k]?.norm ?? "")) return undefined;
  k--;
  while (k > clauseStart && PLACE_LEADS.has(t[k]?.norm ?? "")) k--;
  if (!PLACING.has(t[k]?.norm ?? "")) return undefined;
  return holderBefore(t, k, clauseStart, isPeriodToken);
}

const CONTESTS: ReadonlySet<string> = new Set(ELECTION_CONTESTS);
const ELECTED: ReadonlySet<string> = new Set(ELECTED_PARTICIPLES);
const WINNING: ReadonlySet<string> = new Set(WINNING_VERBS);
/** Words between a verb of winning and its contest: "the", "his", "a", "presidential", "Auckland Central". */
const CONTEST_REACH = 4;

/**
 * "Labour won the seat with 30.4% of the vote", "Ruto won the presidential election with 50.5%", "Smith was
 * re-elected with 61%": the share a contest was won with is the winner's.
 */
export function contestHolder(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  if (t[qualifierStart - 1]?.norm !== "with") return undefined;
  let verb = qualifierStart - 2;
  if (ELECTED.has(t[verb]?.norm ?? "")) {
    // ("re-elected": "re" and the hyphen are tokens of their own.)
    if (gluedHyphen(t, verb - 1) && t[verb - 2]?.norm === "re") verb -= 2;
    while (verb - 1 > clauseStart && AUXILIARIES.has(t[verb - 1]?.norm ?? "")) verb--;
    return holderBefore(t, verb, clauseStart, isPeriodToken);
  }
  if (!CONTESTS.has(t[verb]?.norm ?? "")) return undefined;
  for (let k = verb - 1; k >= Math.max(clauseStart + 1, verb - CONTEST_REACH); k--) {
    if (WINNING.has(t[k]?.norm ?? "")) return holderBefore(t, k, clauseStart, isPeriodToken);
    // ("won the by-election": the hyphen and the word before it are the contest's.)
    if (gluedHyphen(t, k)) {
      k--;
      continue;
    }
    if (t[k]?.kind !== "word" || NP_STOPS.has(t[k]?.norm ?? "")) return undefined;
  }
  return undefined;
}

/** Verbs of a standing in a table: "Southampton are third on 39 points", "Al Hilal sit top with 28 points". */
const STANDING_VERBS = new Set([
  ...["is", "are", "was", "were", "sit", "sits", "sat", "stay", "stays", "stayed", "remain", "remains"],
  ...["remained", "lie", "lies", "lay", "lead", "leads", "led", "top", "tops", "topped", "moved", "moves"],
  ...["climbed", "climb", "climbs", "slipped", "dropped", "fell", "go", "goes", "went", "finished", "ended"],
]);
/** Verbs whose object holds the standing: "The result leaves Arsenal on 31 points". */
const STANDING_OBJECT_VERBS = new Set([
  "leaves",
  "left",
  "leave",
  "put",
  "puts",
  "lifted",
  "lifts",
  "took",
  "takes",
]);
/** Units of a standing in a table. */
const STANDING_UNITS = new Set(["points", "point", "pts", "wins"]);
/** Tokens back from "on" or "with" to the verb of a standing, at most. */
const STANDING_REACH = 10;

/**
 * "Southampton are third on 39 points", "Al Hilal sit top of the league with 28 points", "The result leaves
 * Arsenal on 31 points", "Gor Mahia lead the table with 28 points": a club's points in a table are the
 * club's, the subject of the verb of standing (or its object after "leaves").
 */
export function standingsHolder(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const link = t[qualifierStart - 1]?.norm;
  if (link !== "on" && link !== "with") return undefined;
  if (t[qualifierStart]?.kind !== "num" || !STANDING_UNITS.has(t[qualifierStart + 1]?.norm ?? ""))
    return undefined;
  for (let k = qualifierStart - 2; k >= Math.max(clauseStart, qualifierStart - STANDING_REACH); k--) {
    const norm = t[k]?.norm ?? "";
    if (norm === "," || norm === ";" || t[k]?.kind === "num") return undefined;
    if (STANDING_OBJECT_VERBS.has(norm))
      return k + 1 < qualifierStart - 1 ? trimmed(t, k + 1, qualifierStart - 1, isPeriodToken) : undefined;
    if (STANDING_VERBS.has(norm)) {
      // ("Al Hilal sit top of the league": the first verb of the two.)
      let verb = k;
      while (verb - 1 > clauseStart && STANDING_VERBS.has(t[verb - 1]?.norm ?? "")) verb--;
      return holderBefore(t, verb, clauseStart, isPeriodToken);
    }
  }
  return undefined;
}

/** The few words before the verb at `verb` that hold a rank or a place: "Visitors from mainland China". */
function holderBefore(
  t: readonly Token[],
  verb: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  // ("Roshni Nadar Malhotra, who heads HCL, ranked third": the holder is before the relative clause, in
  // the clause before the one the verb opens.)
  // ("Changpeng Zhao, the Binance founder, ranked second": past an apposition too.)
  const relative =
    t[verb - 1]?.norm === ","
      ? (relativeClauseStart(t, verb - 1) ??
        appositionStart(t, verb - 1, Math.max(0, verb - HOLDER_TOKENS * 3)))
      : undefined;
  const end = relative !== undefined && relative > 0 ? relative : verb;
  const floor = end < verb ? Math.min(clauseStart, Math.max(0, end - HOLDER_TOKENS)) : clauseStart;
  let s = end;
  while (s - 1 >= floor && end - s < HOLDER_TOKENS) {
    const norm = t[s - 1]?.norm ?? "";
    // ("Corporate income tax (CIT) remained the largest contributor": past an acronym in parentheses.)
    const acronym = acronymBefore(t, s);
    if (acronym !== undefined && acronym >= floor) s = acronym;
    // ("The anti-immigration Progress Party": a hyphen inside a word; ", while Marinescu finished": a
    // clause's opener.)
    else if (gluedHyphen(t, s - 1) && s - 2 >= floor) s -= 2;
    // ("Enrique Razon Jr. ranked second", "Lenovo Group Ltd. remained": a suffix's or a legal form's point.)
    else if (dottedFormPoint(t, s - 1) && s - 2 >= floor) s -= 2;
    // ("Narok and Laikipia follow with": two names joined by "and" hold the figures together.)
    // ("Oil and gas remained": two nouns that open the clause too.)
    else if (
      norm === "and" &&
      isCapitalized(t[s - 2]) &&
      (isCapitalized(t[s]) || s - 2 === floor) &&
      s - 2 >= floor
    )
      s -= 2;
    else if (NP_STOPS.has(norm) || CLAUSE_OPENERS.has(norm)) break;
    else s--;
  }
  return s < end ? trimmed(t, s, end, isPeriodToken) : undefined;
}

/** Words that open a clause before a place's holder: ", while Marinescu finished second with 24%". */
const CLAUSE_OPENERS = new Set(["while", "whereas", "and", "but", "as", "when"]);

/** Words of a move right before its figure in a list of movers: "BAE Systems, up 61p at 2,014p". */
const MOVE_WORDS = new Set(["up", "down", "higher", "lower"]);
/** Words that open a mover's name in a list: "were BAE Systems, up", ", Rolls-Royce, up", "and Halma, up". */
const MOVER_OPENERS = new Set([",", ";", ":", "and", "were", "was", "are", "is", "included"]);
/** Tokens a mover's name may take: "Oil and Gas Development Company". */
const MOVER_TOKENS = 6;

/**
 * "Among the risers were BAE Systems, up 61p at 2,014p, Rolls-Royce, up 20p at 1,126.5p": in a list of
 * market movers, the name set off before "up" or "down" is what the move measures.
 */
export function listedMover(
  t: readonly Token[],
  qualifierStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const move = qualifierStart - 1;
  if (!MOVE_WORDS.has(t[move]?.norm ?? "") || t[move - 1]?.norm !== ",") return undefined;
  const end = move - 1;
  let start = end;
  const inName = (j: number) =>
    isCapitalized(t[j]) ||
    gluedHyphen(t, j) ||
    dottedFormPoint(t, j) ||
    (["and", "&", "of"].includes(t[j]?.norm ?? "") && isCapitalized(t[j - 1]) && isCapitalized(t[j + 1]));
  while (start > 0 && end - start < MOVER_TOKENS && inName(start - 1)) start--;
  if (start === end || !isCapitalized(t[start])) return undefined;
  // (The name opens the sentence or follows a list's verb, or a mark after the mover before it: not "In
  // London, up 2%", nor "the Ministry of Ports, Shipping and Waterways, up 5.2 per cent".)
  const opener = t[start - 1]?.norm ?? "";
  if (start > 0 && !MOVER_OPENERS.has(opener) && !SENTENCE_MARKS.has(opener)) return undefined;
  const mark = opener === "and" && t[start - 2]?.norm === "," ? start - 2 : start - 1;
  if ([",", ";", "and"].includes(t[mark]?.norm ?? "") && !endsMove(t[mark - 1])) return undefined;
  if (["in", "on", "at", "for"].includes(t[start]?.norm ?? "")) return undefined;
  return trimmed(t, start, end, isPeriodToken);
}

/** The token ends a mover's figures: "2,014p", "Rs1,183.50", "(-214 points)", "3.1%". */
function endsMove(tok: Token | undefined): boolean {
  return (
    tok !== undefined &&
    (tok.kind === "num" || /\d[a-z%]*$/i.test(tok.text) || [")", "%", "p", "points"].includes(tok.norm))
  );
}

/** Marks that end the sentence before a name. */
const SENTENCE_MARKS = new Set([".", "!", "?", '"', "“", "”", "-", "–", "—"]);
