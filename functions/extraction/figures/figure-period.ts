/**
 * When a figure holds: the nearest period in its clause, outside its change's base, unless a later clause,
 * a contrast, a compared figure, a record's reach, a dateline or a statement's date holds it.
 */

import { isOneDay } from "./calendar.ts";
import { subjectAsideOpen } from "./clauses.ts";
import { comparativeEnd } from "./comparatives.ts";
import { AMOUNT_END_WORDS } from "./data/number-neighbours.ts";
import { DATED_WORKS, ONE_OFF_ACTS, SENT_SECURITIES, WEEKDAYS } from "./data/periods.ts";
import { DATA_VERBS, SPEECH_VERBS } from "./data/speech.ts";
import {
  ARTICLE_WORDS,
  AUXILIARIES,
  CATENATIVES,
  DEGREE_ADVERBS,
  HELPER_VERBS,
  IRREGULAR_PARTICIPLES,
  LEVEL_VERBS,
  MAKING_VERBS,
  RELATIVE_PAST_TENSES,
  THROUGHPUT_VERBS,
} from "./data/subject-words.ts";
import { causeYear, EVENT_OPENERS, subordinateVerbAfter } from "./event-periods.ts";
import type { RawFigure } from "./find.ts";
import { CHANGE_VERB, PRESENT_PREDICATE } from "./lexicon.ts";
import type { PeriodHit } from "./periods.ts";
import { isCapitalized } from "./phrases.ts";
import { accountingPhrase, isParticipleForm, isPastVerb, possessiveOwner } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure, FigurePeriod } from "./types.ts";

/** Words that open a subordinate clause: "gained 0.4% after data showed inflation fell to 3.4% in March". */
const SUBORDINATE_OPENERS = new Set([
  "despite",
  "after",
  "as",
  "while",
  "because",
  "although",
  "whereas",
  "when",
  "since",
]);

/**
 * Between a figure and a later period, a subordinate clause with a figure of its own: the period is that
 * figure's ("... after data showed UK inflation fell to 3.4% in February": February is not the 0.4%'s).
 */
function inLaterClause(tokens: readonly Token[], figureAt: Uint8Array, from: number, to: number): boolean {
  let opened = false;
  let subordinate = false;
  // Inside ", or 1.3%," between a change and its level: the comma that closes it opens nothing. (The
  // figure may be that restatement itself.)
  let first = from;
  while (first > 0 && figureAt[first - 1]) first--;
  let restating =
    tokens[first - 2]?.norm === "," && ["or", "up", "down"].includes(tokens[first - 1]?.norm ?? "");
  for (let k = from; k < to; k++) {
    // ("a 41% jump in profit after tax to R1.26bn for the six months": an accounting phrase, no clause.)
    if (accountingPhrase(tokens, k)) continue;
    const norm = tokens[k]?.norm ?? "";
    // "..., surpassing its previous high of 50,883.68 hit on Nov. 4": a comma opens a phrase of its own,
    // unless the figure after it restates this one ("..., or 2%," / "..., up 5%,").
    const restates = ["or", "up", "down"].includes(tokens[k + 1]?.norm ?? "");
    // ", signalling that cuts could resume as soon as January": a participle that reports holds its own time.
    if (norm === "," && REPORTING_PARTICIPLES.has(tokens[k + 1]?.norm ?? "")) return true;
    // "..., its first gain in two years", "..., taking their losses this year to 50%": a phrase set off by a
    // comma that opens with a determiner or a participle is about something else, unless it closes before
    // the period (", made by Bavarian Nordic, since vaccinations began in October").
    // (", partly due to the closure of its stores in the previous financial year": past an adverb of degree.)
    let at = k + 1;
    while (at < to && DEGREE.has(tokens[at]?.norm ?? "")) at++;
    const opener = tokens[at];
    if (norm === "," && at < to && asideOpener(opener) && !INCLUDING.has(opener?.norm ?? "")) {
      if (SURVEY_PARTICIPLES.has(opener?.norm ?? "")) continue;
      let close = at;
      while (close < to && tokens[close]?.norm !== ",") close++;
      let next = close + 1;
      while (next < to && AFTER_ASIDE.has(tokens[next]?.norm ?? "")) next++;
      if (next !== to) return true;
    }
    // "the contract signed in 2024", "its peak of 160.2 points reached in March 2022": an event of its own;
    // not one the figure heads ("the $36,000 they received two years ago", "the record £2.5bn spent in 2023").
    // (Not a past tense that is never a participle: "A 3% levy took effect in March" is the levy's time.)
    const direct = directlyAfter(tokens, from, k);
    const participle = modifyingParticiple(tokens, k) && isParticipleForm(tokens[k]);
    if (!direct && !figureAt[k] && participle && k >= to - EVENT_REACH) return true;
    // "held rates at 2% on Thursday but signalled a hike next month": "but" opens a clause of its own; so
    // does a relative ("a deal that closed in September").
    if (SUBORDINATE_OPENERS.has(norm) || norm === "but" || (RELATIVE_WORDS.has(norm) && !direct))
      subordinate = true;
    // ("for €480 million, with the first due in 2028", "with deliveries starting in the first quarter of
    // 2027": a "with" clause whose noun is due or starts at the period holds that time of its own.)
    if (norm === "with" && withTimeOfItsOwn(tokens, figureAt, k, to)) return true;
    // "employs 44,000 people and plans to hire 2,000 more in 2026", "cut costs by 9% and wanted to grow
    // its fleet to 40 aircraft by 2029": a verb after "and" opens a predicate with its own time.
    if (norm === "and" && verbOpens(tokens[k + 1])) return true;
    // ("rose 2p, or 1.3%, to 154p on Wednesday": the day of the level is the day of the moves; not ", or
    // at least 350 euros a month, for 2.5 million employees in talks beginning in January".)
    if (norm === "," && restating) {
      restating = false;
      if (!AFTER_RESTATED.has(tokens[k + 1]?.norm ?? "")) opened = true;
    } else if (norm === "," && restates) restating = true;
    else if (SUBORDINATE_OPENERS.has(norm) || (norm === "," && !restates)) opened = true;
    else if (opened && figureAt[k]) return true;
    // "fell 8% on Tuesday after the retailer reported weaker fourth-quarter sales", "a saga that began when
    // it defaulted in November 2020": a subordinate clause with a verb of its own holds its own period.
    else if (subordinate && k > from && isPastVerb(tokens[k])) return true;
  }
  return false;
}

/** Adverbs of degree before an aside's participle: ", partly due to", ", mainly driven by". */
const DEGREE = new Set(DEGREE_ADVERBS);

/** Words of a "with" clause's noun that say when it comes: "with the first due in 2028". */
const WITH_TIMES = new Set([
  "due",
  "starting",
  "beginning",
  "expected",
  "scheduled",
  "slated",
  "set",
  "planned",
  "to",
]);

/** Tokens a "with" clause may hold before its word of time. */
const WITH_REACH = 6;
/** Tokens from "with" to a period its clause may still hold: "with the first plane due ... and the last by 2033". */
const WITH_CLAUSE_REACH = 20;

/**
 * The "with" at `k` opens a clause with no figure whose noun is due, starts or is set for the period at
 * `to`: "with the first due in 2028", "with deliveries starting in", "with the first to enter service by".
 */
function withTimeOfItsOwn(tokens: readonly Token[], figureAt: Uint8Array, k: number, to: number): boolean {
  // ("in line with their demand to hold the 2028-2034 budget": no clause of its own.)
  if (to - k > WITH_CLAUSE_REACH || tokens[k - 1]?.norm === "line") return false;
  let timed = false;
  for (let j = k + 1; j < to; j++) {
    if (figureAt[j]) return false;
    if (j > k + 1 && j - k <= WITH_REACH && WITH_TIMES.has(tokens[j]?.norm ?? "")) timed = true;
  }
  return timed;
}

/** Words after ", or 1.3%," that go on with the move it restates: "to 154p", "higher at S$1.43", "in the month". */
const AFTER_RESTATED = new Set(["to", "at", "higher", "lower", "in", "on", "from"]);

/** A verb that opens a predicate after "and": a tense, a modal or a verb of intent ("plans", "wanted"). */
function verbOpens(tok: Token | undefined): boolean {
  if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  return isPastVerb(tok) || AUXILIARIES.has(tok.norm) || CATENATIVES.has(tok.norm);
}

/**
 * The token after a possessive period: a figure there is the one figure it dates ("last year's 120,000",
 * "2024's $4.1 billion"); -1 when the period is no possessive.
 */
function possessiveEnd(tokens: readonly Token[], p: PeriodHit): number {
  if (possessiveOwner(tokens, p.last - 1) === p.last - 1) return p.last;
  if (possessiveOwner(tokens, p.last + 1) === p.last - 1) return p.last + 2;
  return -1;
}

/** What may stand between an aside's closing comma and the period: ', a level considered "unhealthy," on'. */
const AFTER_ASIDE = new Set(['"', "”", "’", "'", "on", "in", "at", "during", "since", "by"]);

/** Participles that add parts of the whole, which share its period: ", including 91 children". */
const INCLUDING = new Set(["including", "excluding", "compared"]);
/** Words a relative clause the figure heads may take before its verb: "the $36,000 they received". */
const HEAD_REACH = 3;

/**
 * The participle at `k` is the figure's own: right after it ("the record £2.5bn spent in 2023", "the 1,200
 * already lost"), in a relative clause it heads ("the $36,000 they received two years ago", "the 5%
 * increases it achieved", "the €127m Atletico Madrid spent", "the 3.93 million who came"), in its share's
 * noun phrase ("44% of new contracts signed in October"), or one that records it ("the 2.5 trillion won
 * rise recorded a month earlier"); not after a noun the figure describes ("a 2 billion euro fund approved
 * last year").
 */
function directlyAfter(tokens: readonly Token[], from: number, k: number): boolean {
  if (k - from > HEAD_REACH) return false;
  let headed = k === from || tokens[from]?.norm === "of" || RECORDING.has(tokens[k]?.norm ?? "");
  for (let j = from; j < k; j++) {
    const tok = tokens[j];
    if (tok?.kind !== "word") return false;
    if (HEAD_PRONOUNS.has(tok.norm) || isCapitalized(tok) || HEAD_ADVERBS.has(tok.norm)) headed = true;
  }
  return headed;
}

/** Who may open a relative clause a figure heads: "the $36,000 they received", "the 3.93 million who came". */
const HEAD_PRONOUNS = new Set(["they", "we", "he", "she", "it", "i", "you", "who", "that", "which"]);
/** Adverbs between a figure and its own participle: "the 1,200 already lost". */
const HEAD_ADVERBS = new Set(["already", "still", "now", "previously", "originally", "initially"]);
/** Participles that record the figure itself: "the rise recorded a month earlier", "the loss posted in 2023". */
const RECORDING = new Set(["recorded", "reported", "registered", "posted", "logged", "seen", "booked"]);

/** Relative pronouns that open a clause after a figure: "a deal that closed in September". */
const RELATIVE_WORDS = new Set(["that", "which", "who"]);
/** Tokens a participle may stand before its date: "set in Paris in 2015", "founded in 2020". */
const EVENT_REACH = 5;
/** Determiners that open an apposition: ", its first gain in two years", ", the region's worst performer". */
const APPOSITION_DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "our"]);
/**
 * Words besides the helper verbs before which a past form is a verb, not a participle after a noun: "to be
 * paid", "not expected", "would remain closed until January".
 */
const VERB_LEADS = new Set([
  "to",
  "not",
  "remain",
  "remains",
  "remained",
  "stay",
  "stays",
  "stayed",
  "become",
  "became",
  "get",
  "got",
]);

/** Prepositions and conjunctions after which a past form is an adjective: "a rise in consolidated profit". */
const ADJECTIVE_LEADS = new Set([
  "in",
  "of",
  "for",
  "on",
  "at",
  "with",
  "by",
  "from",
  "to",
  "and",
  "or",
  "more",
  "less",
  // "$3.79 per diluted share for the quarter": a unit's adjective.
  "per",
  "a",
]);

/** A phrase set off by a comma that opens with a determiner, a possessive or a participle. */
function asideOpener(tok: Token | undefined): boolean {
  if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  return APPOSITION_DETERMINERS.has(tok.norm) || participleOpener(tok);
}

/**
 * Participles after a comma whose figures are not dated by the clause before: "struck in July, demanding a
 * 15% pay rise", "gained 11% since January, trading at 5.37 per dollar" (results such as "lifting its
 * share to 9.2%" keep it).
 */
const ASIDE_GERUNDS = new Set(["demanding", "calling", "urging", "trading", "arguing"]);
const SENT_STOCK: ReadonlySet<string> = new Set(SENT_SECURITIES);
/** Words before the shares a reaction sends, at most: "sending the workplace-supplies company's shares". */
const SENT_STOCK_REACH = 8;
/** Marks inside the words before the shares: a hyphen and a possessive ("the workplace-supplies company's"). */
const SENT_STOCK_MARKS: ReadonlySet<string> = new Set(["-", "'s", "’s", "'", "’"]);

/** Shares or stock stand within a few words from `k`: ", sending the software maker's shares up 6%". */
function sentStock(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + SENT_STOCK_REACH; j++) {
    const tok = tokens[j];
    if (SENT_STOCK.has(tok?.norm ?? "")) return true;
    if (tok?.kind !== "word" && !SENT_STOCK_MARKS.has(tok?.norm ?? "")) return false;
  }
  return false;
}

/** Irregular participles and "due" that open an aside: ", hurt by tariffs", ", due to open in 2028". */
const ASIDE_PARTICIPLES = new Set(["hurt", "hit", "led", "driven", "known", "seen", "shown", "due"]);

/** A participle opening a phrase: ", demanding a 15% pay rise", ", hurt by tariffs", ", set up in 2018". */
function participleOpener(tok: Token | undefined): boolean {
  if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  return (
    /^[a-z]{3,}ing$/.test(tok.norm) ||
    isPastVerb(tok) ||
    IRREGULAR_PARTICIPLES.has(tok.norm) ||
    ASIDE_PARTICIPLES.has(tok.norm)
  );
}

/**
 * Token `k` is a past form after a noun, opening a phrase about that noun ("the contract signed",
 * "investors paid", "a programme launched"), not a verb after a helper ("was spent") nor one that builds a
 * period ("the quarter ended").
 */
function modifyingParticiple(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return (
    isPastVerb(tokens[k]) &&
    prev?.kind === "word" &&
    !HELPER_VERBS.has(prev.norm) &&
    !VERB_LEADS.has(prev.norm) &&
    !APPOSITION_DETERMINERS.has(prev.norm) &&
    !ADJECTIVE_LEADS.has(prev.norm) &&
    !isPastVerb(prev) &&
    !["compared", "adjusted"].includes(tokens[k]?.norm ?? "")
  );
}

/**
 * A period before the figure inside an aside: "Brightwave, set up in 2018 by two designers, now employs
 * 320 people", "The peso, the region's worst performer this year, fell 1.2%", "Under rules adopted in
 * 2023, platforms can be fined up to 6%".
 */
function inAsideBefore(
  tokens: readonly Token[],
  p: PeriodHit,
  figureFirst: number,
  changed: boolean,
): boolean {
  // "Couriers struck in July, demanding a 15% pay rise", "Inflation was 4.7% in October, above the bank's
  // 3% target": the figure is in the aside, the period in the clause before it.
  // (", sending its shares up 6%": a market's reaction, dated by no period but the day it came on; not
  // ", sending home 2,300 workers".)
  const day = isDay(tokens, p);
  for (let k = p.last; k < figureFirst - 1; k++) {
    if (tokens[k]?.norm !== ",") continue;
    // ", demanding ...", ", hurt by ...", ", above ...": not a main verb after a subject's aside (", put").
    const next = tokens[k + 1];
    const reaction = next?.norm === "sending" && !day && sentStock(tokens, k + 2);
    const ing =
      ASIDE_GERUNDS.has(next?.norm ?? "") || REPORTING_PARTICIPLES.has(next?.norm ?? "") || reaction;
    // ", hurt by tariffs of 25 percent"; not a change that shares the period (", helped by a 12% jump").
    const passive = participleOpener(next) && tokens[k + 2]?.norm === "by" && !changed;
    if (ing || passive || COMPARISON_OPENERS.has(next?.norm ?? "")) return true;
  }
  let close = p.last;
  while (close < figureFirst && tokens[close]?.norm !== ",") close++;
  if (close >= figureFirst) return false;
  // "Under rules adopted in 2023,": a participle right before the date.
  let k = p.first - 1;
  if (["in", "on", "during", "since", "earlier", "later"].includes(tokens[k]?.norm ?? "")) k--;
  if (close === p.last && modifyingParticiple(tokens, k)) return true;
  let open = p.first - 1;
  while (open >= 0 && p.first - open <= APPOSITION_REACH && tokens[open]?.norm !== ",") {
    if (tokens[open]?.kind === "punct" && !["'", "’", "-"].includes(tokens[open]?.norm ?? "")) return false;
    open--;
  }
  if (tokens[open]?.norm !== ",") return false;
  // An aside names or describes: no verb of its own past its first word, no figure.
  for (let j = open + 2; j < close; j++) {
    if (j >= p.first && j < p.last) continue;
    if (tokens[j]?.kind === "num" || (j < p.first && isPastVerb(tokens[j]) && tokens[j + 1]?.norm !== "by"))
      return false;
  }
  const opener = tokens[open + 1];
  // "The poll, taken between Nov. 9 and Nov. 12, put the party at 31%": when a survey was done is when its
  // figures hold.
  if (SURVEY_PARTICIPLES.has(opener?.norm ?? "")) return false;
  // ("Meatco, the abattoir operator, returned to profit in 2025, posting ...": the main verb after an aside.)
  if (isPastVerb(opener) && subjectAsideOpen(tokens, open) >= 0) return false;
  // ", the region's worst performer": a possessive name opens it too.
  const owner =
    opener !== undefined && isCapitalized(opener) && possessiveOwner(tokens, open + 2) === open + 1;
  return asideOpener(opener) || owner || (isCapitalized(opener) && /['’]s$/.test(opener?.norm ?? ""));
}
const APPOSITION_REACH = 10;

/**
 * Period `p` dates a verb of its own in an aside about the subject that closes before the figure: "The
 * Appliance Barn, the whitegoods chain the group bought in 2016 for $870 million, lifted sales 9.6 per
 * cent" (not an aside that names the subject's time: "The last sale, the auction of 3.4GHz spectrum in
 * late 2023, raised $A738 million").
 */
function inSubjectAside(tokens: readonly Token[], p: PeriodHit, figureFirst: number): boolean {
  if (!p.from) return false;
  let close = p.last;
  while (close < figureFirst && tokens[close]?.norm !== ",") close++;
  if (close >= figureFirst) return false;
  const open = subjectAsideOpen(tokens, close);
  if (open < 0 || open >= p.first) return false;
  for (let k = open + 2; k < p.first; k++)
    if (isPastVerb(tokens[k]) || ASIDE_CLAUSE_WORDS.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** Words that open a clause inside an aside: "the ship that began sailing", "when it became". */
const ASIDE_CLAUSE_WORDS = new Set(["that", "who", "which", "when", "where"]);
const SURVEY_PARTICIPLES = new Set(["taken", "conducted", "carried", "done", "fielded"]);
/** Words that open a comparison set off by a comma: ", above the bank's 3% target". */
const COMPARISON_OPENERS = new Set(["above", "below", "beyond", "short"]);

/** Works a year before them dates: "A 2023 study by Leeds University found ...", "A 1971 portrait". */
const WORK_NOUNS: ReadonlySet<string> = new Set(DATED_WORKS);

/** Nouns of a whole a share may be of: "52.6% of full-year target", "40% of annual budget". */
const TARGET_NOUNS = new Set(["target", "budget", "estimate", "estimates", "goal", "forecast"]);

/** Nouns that make a period after a figure its base: "37% below 1990 levels", "in 2019 prices". */
const LEVEL_NOUNS = new Set(["levels", "level", "prices", "terms"]);

/** Participles after a comma that open a clause with a time of its own: ", signalling that ...". */
const REPORTING_PARTICIPLES = new Set([
  "signalling",
  "signaling",
  "saying",
  "warning",
  "adding",
  "citing",
  "noting",
  "suggesting",
  "indicating",
  "hinting",
  "predicting",
  "forecasting",
]);

/** Verbs a period after which dates the statement, not the figure it reports: "said in October that". */
const STATEMENT_VERBS = new Set([
  "said",
  "told",
  "estimated",
  "published",
  "released",
  "reported",
  "announced",
  "forecast",
  "predicted",
  "warned",
  "projected",
  "calculated",
  "stated",
  "noted",
  // "The High Court heard on Tuesday that the estate is worth".
  "heard",
]);
const STATEMENT_LINKS = new Set(["in", "on", "last", "earlier", "this"]);

/**
 * "The minister told parliament in August that ...", "the report published in May said", "The institute
 * estimated in June that the cost would reach": when it was said, before what was said.
 */
function statementDate(tokens: readonly Token[], p: PeriodHit): boolean {
  if (reportingDay(tokens, p)) return true;
  let k = p.first - 1;
  // "reported third-quarter revenue", "announced first-half profit": a period before a noun dates the noun.
  const after = tokens[p.last];
  const linked = STATEMENT_LINKS.has(tokens[k]?.norm ?? "");
  // "said last month it would hire 3,000": a reported clause may open right after the date; "data
  // published last week showed": so may the main verb.
  const opensClause =
    after?.norm === "that" ||
    REPORTED_OPENERS.has(after?.norm ?? "") ||
    isPastVerb(after) ||
    SHOWING.has(after?.norm ?? "");
  if (!linked && after?.kind === "word" && after.text === after.norm && !opensClause) return false;
  if (linked) k--;
  // ("agreed in London on Wednesday to set": past where it was decided.)
  const place = placeBefore(tokens, k);
  if (place !== undefined) k = place;
  // ("the N12bn released in 2024", "the $1 billion announced in August": a participle of an act right
  // after a figure dates the amount; one of a forecast, "the $6.4 billion projected in February", dates
  // only the forecast.)
  if (
    STATEMENT_VERBS.has(tokens[k]?.norm ?? "") &&
    !(afterFigureWords(tokens, k) && !FORECASTING.has(tokens[k]?.norm ?? ""))
  )
    return true;
  // "NATO allies agreed in June to spend 5% of GDP by 2035", "The board approved on Friday an 8% rise":
  // when it was decided, before what was.
  if (DECISION_VERBS.has(tokens[k]?.norm ?? "") && DECIDED_OPENERS.has(after?.norm ?? "")) return true;
  // "The government on Sunday sought Rs 6,356 crore": the day of a one-off act right before its verb.
  if ((isPastVerb(after) || after?.norm === "put") && DAY_ACTS.has(after?.norm ?? "") && isDay(tokens, p))
    return true;
  // "told parliament in August", "told MPs in October": one listener between the verb and the date.
  const listener = tokens[k];
  const verb = tokens[k - 1]?.norm ?? "";
  if (
    listener?.kind === "word" &&
    listener.norm !== "that" &&
    (listener.text === listener.norm || verb === "told" || verb === "tells") &&
    STATEMENT_VERBS.has(verb)
  )
    return true;
  // "told the National Assembly's Education Committee on Tuesday that": a longer listener before "that".
  // ("said in a trading update last month that", "said in a report in March that": where it was said,
  // then a day or a month; not the span a report is for, "said in its interim results for the six months
  // to September that".)
  if (after?.norm !== "that") return false;
  const when = p.last - p.first <= 2 && tokens[p.first - 1]?.norm !== "for";
  for (let j = k; j >= Math.max(0, k - LISTENER_REACH); j--) {
    const tok = tokens[j];
    if (!tok || tok.kind === "punct") return false;
    if (tok.norm === "told" || tok.norm === "tells") return true;
    if (when && STATEMENT_VERBS.has(tok.norm) && j < k && tokens[j + 1]?.norm === "in") return true;
  }
  return false;
}

/** Statement verbs of a forecast, whose date is not the forecast level's. */
const FORECASTING = new Set(["estimated", "forecast", "predicted", "projected", "calculated"]);

/** Words that end a figure: "£54bn estimated", "10 per cent forecast". */
const FIGURE_ENDS: ReadonlySet<string> = new Set(AMOUNT_END_WORDS);

/** The word at `k` follows a figure right away: a participle that describes it. */
function afterFigureWords(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before?.kind === "num" || FIGURE_ENDS.has(before?.norm ?? "");
}

/** Words of a place a statement or a decision was made in: "in London", "at Davos". */
const PLACE_WORDS = 3;

/** "agreed in London": the index before "in"/"at" and the capitalized place ending at `k`, or undefined. */
function placeBefore(tokens: readonly Token[], k: number): number | undefined {
  let j = k;
  while (j > k - PLACE_WORDS && tokens[j]?.kind === "word" && /^\p{Lu}/u.test(tokens[j]?.text ?? "")) j--;
  return j < k && (tokens[j]?.norm === "in" || tokens[j]?.norm === "at") ? j - 1 : undefined;
}

/** Verbs whose day, a few words on, dates the report, not the figures it gives. */
const REPORTING_DAY_VERBS = new Set([
  "said",
  "says",
  "told",
  "reported",
  "announced",
  "disclosed",
  "tabled",
  "presented",
  // "Macmahon Holdings last month flagged a 12% rise".
  "flagged",
  // "its financial statements filed with the Nigerian Exchange (NGX) on Friday".
  "filed",
  "released",
  "published",
  "fined",
  "jailed",
  "sentenced",
  "arraigned",
  // "handed down the fine in Sarnia court on Friday, along with a surcharge of 25 per cent".
  "handed",
  "imposed",
  "levied",
  "slapped",
]);
/** Verbs of speech, whose clause may hold a dated subject of its own. */
const SPEECH_DAY_VERBS = new Set(["said", "says", "told"]);
/** Past forms of "be" that open a reported clause's verb: "said the show on Nov 7 was". */
const PAST_BE = new Set(["was", "were"]);

/** Nouns of a statement whose day, in a sentence's opener, dates the statement. */
const STATEMENT_NOUNS = new Set([
  "update",
  "filing",
  "statement",
  "report",
  "disclosure",
  "interview",
  "presentation",
  "briefing",
  "speech",
  "conference",
  "announcement",
]);
/** Words that open such an opener: "In a quarterly update to the ASX on Thursday, the company said". */
const OPENER_WORDS = new Set(["In", "At", "During", "Speaking"]);
/** Helpers before a verb of change, which then moves something later: "would rise to 2.65 euros". */
const VERB_HELPERS = new Set(["would", "will", "to", "could", "may", "might", "should", "can", "shall"]);
/** Tokens back from a day its report's verb or noun may stand. */
const REPORT_REACH = 16;

/**
 * A day (or "last week") on a few words after the verb of a report, with no other verb between:
 * "reported a 16 per cent rise in net profit to Rs 168 crore on Tuesday", "said at a press conference
 * in Putrajaya on Sunday", "presented to Parliament last week", "was fined $240,000 on Wednesday"; or in
 * a sentence's opener about a statement: "In a quarterly update to the ASX on Thursday, the company
 * said". When it was reported, not when what was reported happened. (Not a day that bounds a span: "as
 * of June 30", "born from Feb 18, 2025"; nor one a change is set for: "would rise to 2.65 euros from
 * 2.50 euros on January 1".)
 */
function reportingDay(tokens: readonly Token[], p: PeriodHit): boolean {
  const lastWeek =
    p.last - p.first === 2 && tokens[p.first]?.norm === "last" && tokens[p.first + 1]?.norm === "week";
  // ("Havells India last month reported a 12 per cent rise ... for the quarter": a recent month right
  // before the report's verb is when it reported too.)
  const recentMonth =
    p.last - p.first === 2 &&
    (tokens[p.first]?.norm === "last" || tokens[p.first]?.norm === "this") &&
    tokens[p.first + 1]?.norm === "month";
  // ("NAB last week posted a 3 per cent rise": "posted" only right after the time; "the line posted a
  // record ridership on Oct. 30" dates the figure.)
  const reportsRightAfter =
    REPORTING_DAY_VERBS.has(tokens[p.last]?.norm ?? "") || tokens[p.last]?.norm === "posted";
  if (recentMonth && reportsRightAfter) return true;
  if (!isDay(tokens, p) && !lastWeek) return false;
  if (SPAN_PREPOSITIONS.has(tokens[p.first - 1]?.norm ?? "")) return false;
  // ("Tsogo Sun on Tuesday reported a 14% fall": the day right before the report's verb.)
  if (reportsRightAfter) return true;
  let noun = false;
  for (let j = p.first - 1; j >= Math.max(0, p.first - REPORT_REACH); j--) {
    const tok = tokens[j];
    if (!tok || tok.norm === "." || tok.norm === ";") return false;
    // ("said its annual charity show on Nov 7 raised HK$148.5 million": the day of the reported clause's
    // own subject, before its verb.)
    if (REPORTING_DAY_VERBS.has(tok.norm))
      return !(
        SPEECH_DAY_VERBS.has(tok.norm) &&
        (isPastVerb(tokens[p.last]) || PAST_BE.has(tokens[p.last]?.norm ?? ""))
      );
    if (STATEMENT_NOUNS.has(tok.norm)) noun = true;
    // "In a quarterly update to the ASX on Thursday,": an opener that ends at the comma after the day.
    if (noun && OPENER_WORDS.has(tok.text) && (j === 0 || tokens[j - 1]?.norm === "." || tok.lineStart))
      return tokens[p.last]?.norm === ",";
    if (tok.lineStart) return false;
    // (A change noun may stand between: "a 16 per cent rise in net profit"; not a verb of the level's own
    // clause: "peak load hit 11,472MW on July 29".)
    const helped = CHANGE_VERB.has(tok.norm) && VERB_HELPERS.has(tokens[j - 1]?.norm ?? "");
    const levelVerb = LEVEL_VERBS.has(tok.norm) && !NOUN_LEADS.has(tokens[j - 1]?.norm ?? "");
    if (
      tok.kind === "word" &&
      (isPastVerb(tok) || helped || levelVerb || (CHANGE_VERB.has(tok.norm) && /(?:s|ed)$/.test(tok.norm)))
    )
      return false;
  }
  return false;
}

/** Words before a word that make it a noun: "a record high", "the peak". */
const NOUN_LEADS = new Set(["a", "an", "the", "its", "their", "record", "new", "cent", "percent", "%"]);

/** Words before a day that make it a span's bound, not a report's day: "as of June 30", "from Feb 18". */
const SPAN_PREPOSITIONS = new Set([
  "of",
  "since",
  "by",
  "until",
  "till",
  "from",
  "before",
  "after",
  "through",
  "to",
  "between",
  "and",
]);

/** Words a listener may take between "told" and the date before "that", at most. */
const LISTENER_REACH = 6;

/** Past verbs of a one-off act whose day, right before them, dates the act only: "on Sunday sought". */
// ("EDF on Monday put the cost of six reactors at 72.8 billion euros": the day of an estimate too.)
const DAY_ACTS: ReadonlySet<string> = new Set([
  ...ONE_OFF_ACTS,
  "sought",
  "asked",
  "requested",
  "announced",
  "put",
  "estimated",
  "valued",
  "pegged",
]);

/** The period is one day: a date, or a weekday's word. */
function isDay(tokens: readonly Token[], p: PeriodHit): boolean {
  if (p.from !== undefined) return isOneDay(p);
  return p.last - p.first === 1 && WEEKDAY_WORDS.has(tokens[p.first]?.norm ?? "");
}

const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);

/** Verbs of setting a duty, a levy or a rate: the period right before them dates the act. */
const RATE_ACTS = new Set([
  "imposed",
  "extended",
  "introduced",
  "suspended",
  "scrapped",
  "levied",
  "slapped",
  "announced",
  "approved",
  "set",
  "reinstated",
  "notified",
  "gazetted",
  "fixed",
  "declared",
  "unveiled",
  "proposed",
]);

/** Period `p` stands right before a verb that set the rate `raw` ("in July imposed duties of 27.83%"). */
function rateSetAt(tokens: readonly Token[], p: PeriodHit, raw: RawFigure): boolean {
  const rate = raw.kind === "PERCENT" || /^(?:per|a|an)\b/.test(raw.unit ?? "");
  return rate && RATE_ACTS.has(tokens[p.last]?.norm ?? "");
}

/** Verbs a period after which dates a decision, not what was decided: "agreed in June to spend". */
const DECISION_VERBS = new Set([
  "agreed",
  "decided",
  "pledged",
  "promised",
  "vowed",
  "voted",
  "committed",
  "resolved",
  "proposed",
  "approved",
  "planned",
  "sought",
  "offered",
  "unveiled",
]);

/** Words after a decision's date that open what was decided: "to", "that", an article. */
const DECIDED_OPENERS = new Set(["to", "that", "a", "an", "the"]);

/** Main verbs right after a dated source: "data published last week showed", "a poll released Monday put". */
const SHOWING = new Set([...DATA_VERBS, "put", "puts", "found", "finds", "says", "said", "suggests"]);

/** Subjects that open a reported clause right after a statement's date: "said last month it would". */
const REPORTED_OPENERS = new Set(["it", "they", "he", "she", "we", "its", "their"]);

/** Words that open what a figure is set against: "killed 13 people, despite a truce agreed in November". */
const CONTRASTS = new Set(["despite", "although", "though", "notwithstanding"]);

function afterContrast(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CONTRASTS.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** Words that introduce a figure compared with the one before: "to $16.6 billion from $6.19 billion a year earlier". */
const COMPARED = new Set(["from", "with", "against", "versus", "vs", "vs.", "than"]);

/** The period at `first` follows "compared with/to", "versus" or "against": a change's base. */
export function setAgainst(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.norm ?? "";
  if (before === "versus" || before === "vs" || before === "vs." || before === "against") return true;
  return (before === "with" || before === "to") && tokens[first - 2]?.norm === "compared";
}

/** Results a level compared may be named as: "from a loss of $17.9 million". */
const RESULT_NOUNS = ["loss", "profit", "deficit", "surplus"];

/** Words that describe a level compared before it: "from a revised 5.6%", "from a peak of 54.1%". */
const LEVEL_DESCRIBERS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "revised",
  "provisional",
  "preliminary",
  "peak",
  "of",
  "previous",
  // "from an estimated 817 million euros", "from about $32": a qualifier of the level compared.
  "estimated",
  "about",
  "around",
  "roughly",
  "nearly",
  "almost",
  "some",
  "approximately",
  "just",
  "record",
  "total",
  // "down from an average of $79.86 in 2024".
  "average",
  // "swung to a profit of $21.4 million from a net loss of $17.9 million in 2024": the result compared.
  "net",
  ...RESULT_NOUNS,
]);

/** Results a level compared may be named as. */
const RESULT_WORDS: ReadonlySet<string> = new Set(RESULT_NOUNS);

/**
 * The level at `first` follows, past the words that describe it, "from", "against", "versus" or "compared
 * with/to": "compared with a net loss of", "up from a revised".
 */
export function levelCompared(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && first - k <= DESCRIBER_REACH + 1 && LEVEL_DESCRIBERS.has(tokens[k]?.norm ?? "")) k--;
  const norm = tokens[k]?.norm ?? "";
  if (norm === "with" || norm === "to") return tokens[k - 1]?.norm === "compared";
  return COMPARED.has(norm) && norm !== "than";
}

/** Words a level compared may be described by, at most: "from a net loss of". */
const DESCRIBER_REACH = 4;

/**
 * Between a figure and a later period, a figure it is compared with ("to $16.6 billion from $6.19 billion
 * a year earlier"), or another figure whose base the period is ("19.5 million viewers, up 4% from last
 * year"): the period is that figure's.
 */
function afterComparedFigure(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  periodAt: Int32Array,
  from: number,
  to: number,
): boolean {
  let other = false;
  for (let k = from; k < to; k++) {
    // "to 12 GW from less than 1 GW in 2015": past a bound to the word that compares; "down from a
    // revised 5.6%": past the words that describe the level.
    let lead = boundBefore(tokens, k) ? k - 2 : k;
    while (lead > from && lead >= k - DESCRIBER_REACH && LEVEL_DESCRIBERS.has(tokens[lead - 1]?.norm ?? ""))
      lead--;
    const compared = tokens[lead - 1]?.norm ?? "";
    // ("close 95 stores with loss of 2,800 jobs": a result after "with" is compared only after "compared".)
    const result = tokens.slice(lead, k).some((x) => RESULT_WORDS.has(x.norm));
    const withResult = compared === "with" && result && tokens[lead - 2]?.norm !== "compared";
    if (figureAt[k] && !figureAt[k - 1] && COMPARED.has(compared) && compared !== "than" && !withResult)
      return true;
    if (figureAt[k] && !figureAt[k - 1] && COMPARED.has(tokens[k - 1]?.norm ?? "") && !boundBefore(tokens, k))
      return true;
    if (figureAt[k]) other = true;
  }
  // "up 38% from October last year", "from the third quarter of 2025": back past adjoining periods.
  let before = to - 1;
  while (before > from && (ARTICLE_WORDS.has(tokens[before]?.norm ?? "") || (periodAt[before] ?? -1) >= 0))
    before--;
  return other && COMPARED.has(tokens[before]?.norm ?? "");
}

/** Prepositions between a figure and its period: "38.4 billion euros in 2027". */
const FIGURE_PERIOD_LINKS = new Set(["in", "by", "for", "during", "at"]);

/**
 * The period `p` follows a figure and comes right before "from" and the figure at `first`: "to 38.4
 * billion euros next year from 30.9 billion euros" dates the level reached, not the one it came from.
 */
function betweenLevels(tokens: readonly Token[], figureAt: Uint8Array, p: PeriodHit, first: number): boolean {
  if (!COMPARED.has(tokens[p.last]?.norm ?? "") || first - p.last > 3) return false;
  return figureAt[figureBeforePeriod(tokens, p)] === 1;
}

/**
 * Where a figure right before period `p` would end: past a link and an article ("38.4 billion euros in
 * 2027", "£78.4 billion at the end of September").
 */
function figureBeforePeriod(tokens: readonly Token[], p: PeriodHit): number {
  let k = p.first - 1;
  if (ARTICLE_WORDS.has(tokens[k]?.norm ?? "") && FIGURE_PERIOD_LINKS.has(tokens[k - 1]?.norm ?? "")) k--;
  return FIGURE_PERIOD_LINKS.has(tokens[k]?.norm ?? "") ? k - 1 : k;
}

/** The period `p` right after a figure that a comparison introduces: "from 3.4% in September". */
function comparedLevelPeriod(tokens: readonly Token[], figureAt: Uint8Array, p: PeriodHit): boolean {
  const lead = figureBeforePeriod(tokens, p);
  if (!figureAt[lead]) return false;
  let k = lead;
  while (k > 0 && figureAt[k - 1]) k--;
  while (k > 0 && LEVEL_DESCRIBERS.has(tokens[k - 1]?.norm ?? "")) k--;
  const word = tokens[k - 1]?.norm ?? "";
  return (
    word === "from" ||
    // ("shed more than 12,000 jobs in the first nine months": a bound, no level compared.)
    (word === "than" && !boundBefore(tokens, k)) ||
    ((word === "with" || word === "to") && tokens[k - 2]?.norm === "compared")
  );
}

/** Tokens from a figure to the period after it that may still be the figure's: "R1.20 at its listing in". */
const LEVEL_PERIOD_REACH = 6;

/**
 * The period `p` follows a figure a few words back and the figure at `first` is a level reached after
 * "to" right after the period's clause ("... in February 2002 to R3,720", "... in 2023 before falling to").
 */
function reachedAfterLevel(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  p: PeriodHit,
  first: number,
): boolean {
  let to = first - 1;
  while (to > p.last && LEVEL_DESCRIBERS.has(tokens[to]?.norm ?? "")) to--;
  if (tokens[to]?.norm !== "to" || to - p.last > 3) return false;
  // ("before falling to US$2.42": a later move of its own.)
  const later = tokens[to - 2]?.norm === "before" && /ing$/.test(tokens[to - 1]?.norm ?? "");
  for (let k = p.first - 1; k >= Math.max(0, p.first - LEVEL_PERIOD_REACH); k--) {
    if (figureAt[k]) {
      // The level before is where the move started ("from R1.20 ... in February 2002 to"), not a change
      // whose period the level it reached shares ("rose 9.4 percent in January to 812,640 tonnes").
      let start = k;
      while (start > 0 && figureAt[start - 1]) start--;
      while (start > 0 && LEVEL_DESCRIBERS.has(tokens[start - 1]?.norm ?? "")) start--;
      return later || tokens[start - 1]?.norm === "from";
    }
    if ([",", ";", "."].includes(tokens[k]?.norm ?? "")) return false;
  }
  return false;
}

/** The figure at `first` follows "from" right after another figure that stands after token `after`. */
function cameFromAfter(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  after: number,
  first: number,
): boolean {
  let k = first - 1;
  while (k > after && LEVEL_DESCRIBERS.has(tokens[k]?.norm ?? "")) k--;
  if (tokens[k]?.norm !== "from") return false;
  for (let j = k - 1; j > after && j >= k - LEVEL_PERIOD_REACH; j--) if (figureAt[j]) return true;
  return false;
}

/** Between `from` and `to`, a comma before "with" or "while": the figure is in a clause joined after. */
function joinedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if (tokens[k]?.norm === "," && (tokens[k + 1]?.norm === "with" || tokens[k + 1]?.norm === "while"))
      return true;
  return false;
}

/** Words of a trailing change set off by a comma: ", up 12% from ...", ", down nearly 4% since ...". */
const TRAILING_CHANGES = new Set(["up", "down", "rising", "falling", "gaining", "losing"]);
/** Tokens between the change word and its figure: "up nearly", "down about". */
const TRAILING_REACH = 3;

/**
 * Between a figure and a later period, a change set off by a comma ("$52.10, up nearly 40% since January",
 * "74,000 yuan, up 12% from a low of 66,000 yuan in June"): the period is that change's.
 */
function afterTrailingChange(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  from: number,
  to: number,
): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]?.norm !== ",") continue;
    const word = k + 1;
    if (!TRAILING_CHANGES.has(tokens[word]?.norm ?? "")) continue;
    for (let j = word + 1; j <= word + TRAILING_REACH && j < to; j++) {
      if (!figureAt[j]) continue;
      // ", up 4%, in October": a change closed by a comma leaves the period to the sentence.
      let end = j;
      while (end < to && figureAt[end]) end++;
      return tokens[end]?.norm !== ",";
    }
  }
  return false;
}

/** "more than 2 million": "than" in a bound before the figure at `k` compares nothing. */
function boundBefore(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.norm === "than" && ["more", "less", "fewer"].includes(tokens[k - 2]?.norm ?? "");
}

/** "its lowest level since 2020", "the first cut since 2020": a record's reach, not the figure's period. */
function sinceRecord(tokens: readonly Token[], first: number): boolean {
  // "the largest increase since amalgamation in 1998": "since" a few words before the period.
  let at = -1;
  for (let k = first; k >= Math.max(0, first - 4); k--) {
    if (tokens[k]?.norm === "since") {
      at = k;
      break;
    }
    if (k < first && [",", ";", "."].includes(tokens[k]?.norm ?? "")) break;
  }
  if (at < 0) return false;
  // "their biggest one-day gain since 2009": a hyphenated duration between the superlative and its noun.
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const word = tokens[k]?.norm ?? "";
    if (/^[a-z]{2,}est$/.test(word) || RECORD_WORDS.has(word)) return true;
  }
  return false;
}
const RECORD_WORDS = new Set(["first", "record", "most", "least", "best", "worst"]);

/**
 * "LONDON, Oct 5 (Reuters) -", "ABU DHABI, 18th November, 2026 (WAM) --", "LUCKNOW, Oct 4:", "Chennai, Nov 3
 * (PTI):": the date of a wire dateline is when the story was filed.
 */
function inDateline(tokens: readonly Token[], p: PeriodHit): boolean {
  let k = p.first - 1;
  while (k >= 0 && p.first - k <= 10 && !tokens[k + 1]?.lineStart) k--;
  if (!tokens[k + 1]?.lineStart) return false;
  // "November 12, 2026", "NAIROBI, Thursday November 12, 2026", "Business Day | 26 November 2026": a day
  // that ends the line it opens or that names and marks open, under a headline.
  const day = isOneDay(p);
  const endsLine = tokens[p.last] === undefined || tokens[p.last]?.lineStart === true;
  if (
    day &&
    endsLine &&
    tokens
      .slice(k + 1, p.first)
      .every((tok) => tok.kind !== "num" && (tok.kind !== "word" || /^\p{Lu}/u.test(tok.text)))
  )
    return true;
  // "November 16, 2026 | BusinessWorld": the outlet after a bar.
  if (day && tokens[p.last]?.norm === "|") return true;
  // "LUCKNOW, Oct 4:" (Indian wire style): the date right before a colon.
  if (tokens[p.last]?.norm === ":" && tokens[p.first - 1]?.norm === ",") return true;
  // "NEW DELHI, Nov 16 (PTI) India's exports": an agency's credit right after the date, with no dash.
  const credit = tokens[p.last + 1];
  if (
    tokens[p.last]?.norm === "(" &&
    credit &&
    /^\p{Lu}/u.test(credit.text) &&
    tokens[p.last + 2]?.norm === ")"
  )
    return true;
  // ("Nov 25, 2026 (Folha de S.Paulo, English edition) -": a credit of several words in parentheses.)
  const reach = tokens[p.last]?.norm === "(" ? CREDIT_REACH : 6;
  for (let j = p.last; j < Math.min(tokens.length, p.last + reach); j++) {
    if (j > p.last && tokens[j]?.lineStart) break;
    const norm = tokens[j]?.norm ?? "";
    // The dash on the dateline's line, not a bullet opening the next line.
    const next = tokens[j + 1];
    if (norm === ")" && ["-", "–", "—", "--", ":"].includes(next?.norm ?? "") && !next?.lineStart)
      return true;
    if (["-", "–", "—", "--"].includes(norm) && tokens[j]?.spaceBefore && !tokens[j]?.lineStart) return true;
  }
  return false;
}

/** Tokens a dateline's credit in parentheses may run to before its dash: "(Folha de S.Paulo, English edition) -". */
const CREDIT_REACH = 14;

/** Tokens of a unit between a figure and the "now" after it: "5.4 million bpd now". */
const NOW_UNIT_REACH = 3;

/** How much farther a news-time period counts than a reporting period: it wins only alone. */
const NEWS_TIME_PENALTY = 1000;

/** Days and weeks of the news itself: "earlier this week", "on Monday", "yesterday". */
const NEWS_TIME = new RegExp(
  `^(?:(?:earlier |later )?(?:this|last) week|(?:on )?(?:${WEEKDAYS.join("|")}))$`,
  "i",
);

/** A time of news or the month before ("last month") right after another period. */
function reportedAfter(
  text: string,
  tokens: readonly Token[],
  periodAt: Int32Array,
  idx: number,
  p: PeriodHit,
): boolean {
  const before = periodAt[p.first - 1] ?? -1;
  if (before < 0 || before === idx) return false;
  const a = tokens[p.first];
  const b = tokens[p.last - 1];
  if (!a || !b) return false;
  const words = text.slice(a.start, b.end).toLowerCase();
  return words === "last month" || newsTime(text, tokens, p);
}

function newsTime(text: string, tokens: readonly Token[], p: PeriodHit): boolean {
  // ("up from about 1% today": the time of the level right before it.)
  if (p.ofFigure) return false;
  const a = tokens[p.first];
  const b = tokens[p.last - 1];
  if (a === undefined || b === undefined) return false;
  const words = text.slice(a.start, b.end);
  // ("earlier this month reported a 10.8 per cent rise ... for the July-September quarter".)
  if (/^this month$/i.test(words) && tokens[p.first - 1]?.norm === "earlier") return true;
  return NEWS_TIME.test(words);
}

/**
 * "Insured losses from the floods that swept through Bavaria in late September will reach 4.3 billion
 * euros": a period inside a relative clause of the subject, whose verb comes after it, is that clause's.
 */
function inRelativeBefore(tokens: readonly Token[], p: PeriodHit, figureFirst: number): boolean {
  if (setOffRelative(tokens, p, figureFirst)) return true;
  let relative = -1;
  for (let k = p.first - 1; k >= Math.max(0, p.first - RELATIVE_REACH); k--) {
    const norm = tokens[k]?.norm ?? "";
    if (norm === "," || norm === ";") return false;
    if (RELATIVE_WORDS.has(norm)) {
      relative = k;
      break;
    }
  }
  // "that swept", "which hit": a past tense right after the relative word, before the date (not "said
  // that third-quarter sales fell", "that the storm caused").
  const verb = tokens[relative + 1];
  if (relative < 0 || relative + 1 >= p.first || !(isPastVerb(verb) || RELATIVE_PAST.has(verb?.norm ?? "")))
    return false;
  // The main verb between the period and the figure: "will reach", "are expected to", "rose".
  for (let k = p.last; k < figureFirst; k++) {
    const tok = tokens[k];
    if (tok?.norm === "," || RELATIVE_WORDS.has(tok?.norm ?? "")) return false;
    if (HELPER_VERBS.has(tok?.norm ?? "") || isPastVerb(tok)) return true;
  }
  return false;
}
/** Prepositions that may open a relative clause: "in which", "of whom", "to which". */
const RELATIVE_PREPOSITIONS = new Set(["in", "of", "to", "for", "from", "by", "with", "at", "on"]);

/**
 * "HHLA, in which MSC bought a 49.9% stake last year, said revenue rose 5.8%": the period is in a relative
 * clause set off by commas that closes before the figure.
 */
function setOffRelative(tokens: readonly Token[], p: PeriodHit, figureFirst: number): boolean {
  if (!inSetOffRelative(tokens, p.first)) return false;
  for (let k = p.last; k < Math.min(figureFirst, p.last + RELATIVE_REACH); k++)
    if (tokens[k]?.norm === ",") return true;
  return false;
}

/**
 * Token `k` lies in a relative clause set off by a comma: ", which approved a $3 billion loan in 2023",
 * ", in which X bought a stake last year".
 */
export function inSetOffRelative(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - RELATIVE_REACH); j--) {
    const norm = tokens[j]?.norm ?? "";
    if (norm === "," || norm === ";" || norm === ".") return false;
    if (norm === "which" || norm === "whom" || norm === "whose") {
      const open = RELATIVE_PREPOSITIONS.has(tokens[j - 1]?.norm ?? "") ? j - 2 : j - 1;
      return tokens[open]?.norm === ",";
    }
  }
  return false;
}

/** Past tenses common in relative clauses that the -ed test misses: "the storm that hit Queensland". */
const RELATIVE_PAST = new Set(RELATIVE_PAST_TENSES);

/** Tokens a relative clause may run before its date: "that swept through Bavaria in late September". */
const RELATIVE_REACH = 8;

/**
 * The period of the figure `raw` in its clause [cStart, cEnd), outside its change's `base`; `changed` says
 * the figure is a change (a change in an aside shares the clause's period: ", helped by a 12% jump").
 */
export function periodFor(
  text: string,
  tokens: readonly Token[],
  figureAt: Uint8Array,
  periods: readonly PeriodHit[],
  periodAt: Int32Array,
  raw: RawFigure,
  cStart: number,
  cEnd: number,
  base: { first: number; last: number } | undefined,
  inBase: Uint8Array,
  sentence: [number, number] | undefined,
  changed = false,
): FigurePeriod | undefined {
  let best: PeriodHit | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const seen = new Set<number>();
  const cameFrom =
    (inBase[raw.first] && cameFromLevel(tokens, raw.first)) ||
    movedToThenFrom(tokens, figureAt, periodAt, raw.first) ||
    versusLevel(tokens, figureAt, raw.first);
  // ("compared with $4.2-billion, or $2.91 a share, a year earlier": a level compared counts its distance to
  // a period after it from past its restatement; not "net earnings of $387 million, or $2.91 per diluted
  // share, in late October".)
  const pastOwn = levelCompared(tokens, raw.first) ? pastRestatement(tokens, figureAt, raw.last) : raw.last;
  // A bounded window keeps a clause of a million tokens linear.
  for (let k = Math.max(cStart, raw.first - 60); k < Math.min(cEnd, raw.last + 60); k++) {
    const idx = periodAt[k] ?? -1;
    if (idx < 0 || seen.has(idx)) continue;
    seen.add(idx);
    const p = periods[idx];
    if (!p) continue;
    if (p.last > raw.first && p.first < raw.last) continue;
    // ("up 62 per cent from N23.9 billion in 2024": a level in a change's base keeps the base's period.)
    // ("down 33 per cent from last year's 510,000 hectares": a period's possessive right before the level.)
    const possessed =
      p.last === raw.first &&
      /['’]s$/.test(tokens[p.last - 1]?.text ?? "") &&
      withinBase(inBase, p.first, raw.first);
    const ownBase = (p.first >= raw.last && withinBase(inBase, raw.first, p.first)) || possessed;
    if ((base && p.first >= base.first && p.last <= base.last) || (inBase[p.first] && !ownBase)) continue;
    // ("Revenue for the quarter rose 8.7% to RM701.6mil from RM645.3mil": a level in the change's base takes
    // no period from before the change; the base is another time.)
    // (Not a level another subject holds at the same time: "about R1,800 less than men's R8,300".)
    // (Nor the period a change is set against, "Compared with September, inflows were up 7.2pc from $3.19bn",
    // nor a forecast revised for the same period, "from its previous forecast of 80 billion yen".)
    if (cameFrom && p.last <= raw.first && !inBase[p.first] && !setAgainst(tokens, p.first)) continue;
    if (p.first >= raw.last && inLaterClause(tokens, figureAt, raw.last, p.first)) continue;
    if (p.first >= raw.last && (causeYear(tokens, p) || subordinateVerbAfter(tokens, figureAt, raw.last, p)))
      continue;
    if (p.last <= raw.first && inAsideBefore(tokens, p, raw.first, changed)) continue;
    if (p.last <= raw.first && inSubjectAside(tokens, p, raw.first)) continue;
    if (p.first >= raw.last && afterContrast(tokens, raw.last, p.first)) continue;
    if (p.first >= raw.last && afterComparedFigure(tokens, figureAt, periodAt, raw.last, p.first)) continue;
    if (p.first >= raw.last && afterTrailingChange(tokens, figureAt, raw.last, p.first)) continue;
    if (sinceRecord(tokens, p.first) || inDateline(tokens, p) || paymentDateAt(tokens, p.first)) continue;
    // ("accounted for 11.4% of sales, ahead of the December holiday season": a time the figure comes before.)
    if (aheadOf(tokens, p.first)) continue;
    // "for the July-September quarter last month": when the period right before it was reported.
    if (reportedAfter(text, tokens, periodAt, idx, p)) continue;
    // "a 41% premium to the closing price on Monday", "the closing price of 177.5 pence on Feb. 27": the
    // day of the price a premium is measured against.
    if (p.first > raw.last + 1 && priceDay(tokens, figureAt, p)) continue;
    // "a household using 15 kilolitres will pay R642, up from R571 currently": the time of one level.
    if (p.ofFigure && (p.first < raw.last || p.first - raw.last > NOW_UNIT_REACH)) continue;
    // "rose 6.8 percent over the year" with no month named: the span of the change, no period of its own
    // (the story's may be carried).
    if (!p.from && !p.to && tokens[p.first - 2]?.norm === "over" && tokens[p.first]?.norm === "year")
      continue;
    // ("raises 1.7 billion euros, now valued at 14 billion": a standing "now" dates the figures after it.)
    if (p.standing && p.first >= raw.last) continue;
    // ("A shelter that cost N1.8m last year now costs N2.6m": nor does a period before such a "now".)
    if (p.last <= raw.first && standingBetween(periods, periodAt, p.last, raw.first)) continue;
    // ("will now cost Rs38, up from Rs32": the level a change came from is no level of now.)
    if (p.standing && p.last <= raw.first && comparedAfterFigure(tokens, figureAt, p.last, raw)) continue;
    if (statementDate(tokens, p)) continue;
    // "The ministry in July imposed anti-dumping duties of up to 27.83 per cent", "The DTI in September
    // extended the safeguard duty of P200 per metric ton": when a rate was set, not a period of it.
    if (p.last <= raw.first && rateSetAt(tokens, p, raw)) continue;
    // "Compared with January 2025, sales were up 4.1%": what a change is set against, not when.
    if (changed && p.last <= raw.first && setAgainst(tokens, p.first)) continue;
    // "£1,184.6 million (H1 2024: £1,052.3 million)": the comparative's period is its own figure's only.
    const comparative = comparativeEnd(tokens, p);
    if (comparative >= 0 && (raw.first < p.last || raw.first >= comparative)) continue;
    const owned = possessiveEnd(tokens, p);
    if (owned >= 0 && figureAt[owned] && owned !== raw.first) continue;
    // "37% below 1990 levels": a base, not when; "A 2023 study found": when a work came out.
    if (LEVEL_NOUNS.has(tokens[p.last]?.norm ?? "") || WORK_NOUNS.has(tokens[p.last]?.norm ?? "")) continue;
    // ("an S H Raza landscape from 1958 that sold for Rs 18.2 crore": when the work was made.)
    const from = tokens[p.first]?.norm === "from" ? p.first : p.first - 1;
    if (tokens[from]?.norm === "from" && WORK_NOUNS.has(tokens[from - 1]?.norm ?? "")) continue;
    // "touches 52.6% of full-year target in April-October": the year of the whole a share is of.
    const of = ["the", "its", "their", "this"].includes(tokens[p.first - 1]?.norm ?? "")
      ? p.first - 2
      : p.first - 1;
    if (tokens[of]?.norm === "of" && of === raw.last && TARGET_NOUNS.has(tokens[p.last]?.norm ?? ""))
      continue;
    if (p.last <= raw.first && inRelativeBefore(tokens, p, raw.first)) continue;
    // "to 38.4 billion euros next year from 30.9 billion euros": the period of the level reached before it.
    if (p.last <= raw.first && betweenLevels(tokens, figureAt, p, raw.first)) continue;
    if (p.last <= raw.first && inSubordinateAfter(tokens, p.last, raw.first)) continue;
    if (p.last <= raw.first && presentPredicateAfter(tokens, p.last, raw.first)) continue;
    // "from R1.20 at its listing in February 2002 to R3,720", "a record US$3.43 in February 2023 before
    // falling to US$2.42": the period of the level before dates no level reached after "to".
    if (p.last <= raw.first && reachedAfterLevel(tokens, figureAt, p, raw.first)) continue;
    // "in the period, ... a fall in the price to about Sh16,100 per tonne from Sh18,000": the level a move
    // came from takes no story period named again before the level it reached.
    const namedAgain = !p.from && ["period", "months"].includes(tokens[p.last - 1]?.norm ?? "");
    if (namedAgain && p.last <= raw.first && cameFromAfter(tokens, figureAt, p.last, raw.first)) continue;
    // ("to 3.6% in October from 3.4% in September, with food prices up 4.9%": a compared level's own time.)
    if (
      p.last <= raw.first &&
      comparedLevelPeriod(tokens, figureAt, p) &&
      joinedAfter(tokens, p.last, raw.first)
    )
      continue;
    // "reported a first-half net loss of 50 billion yen earlier this week": when it was reported is news
    // time; a reporting period in the clause is the figure's.
    const after = pastOwn <= p.first ? pastOwn : raw.last;
    const distance =
      (p.first >= raw.last ? (ledTo(tokens, after, p.first) ? 0 : p.first - after) : raw.first - p.last) +
      (newsTime(text, tokens, p) || p.standing ? NEWS_TIME_PENALTY : 0);
    // A tie goes to the period after the figure: "3.4% in December from 3.9% in November".
    if (distance < bestDistance || (distance === bestDistance && p.first >= raw.last)) {
      best = p;
      bestDistance = distance;
    }
  }
  // "in 2019, when nearly 11 million came": a "when" clause is the time of the period right before it.
  const when = whenBefore(tokens, raw.first);
  if (when >= 0 && (periodAt[when - 2] ?? -1) >= 0) best = periods[periodAt[when - 2] ?? -1];
  // "In 2022, exports rose 5%, and imports fell 3%": an opening period covers the whole sentence.
  if (!best && sentence) {
    let k = sentence[0];
    while (
      k < sentence[1] &&
      ["in", "during", "for", "since", "the", "its", "fiscal", "financial", "“", '"'].includes(
        tokens[k]?.norm ?? "",
      )
    )
      k++;
    const idx = periodAt[k] ?? -1;
    const p = periods[idx];
    if (p && tokens[p.last]?.norm === "," && !(cameFrom && !setAgainst(tokens, p.first))) best = p;
  }
  const period = best && periodOfHit(text, tokens, best);
  // "2,004,318 tourists visited the country as of November 15": a flow counted to a day runs from the
  // year's start ("reserves stood at $12 billion as of November 15" is a level on that day).
  if (best && period && asOfDay(tokens, best) && countsFlow(tokens, raw.first, raw.last) && period.to)
    period.from = `${period.to.slice(0, 4)}-01-01`;
  return period;
}

/**
 * The figure `raw` is an earlier level compared after another figure that follows `from`: "now costs
 * Rs38, up from Rs32", "was now $4.12, compared with about $60 when the patent expired".
 */
function comparedAfterFigure(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  from: number,
  raw: RawFigure,
): boolean {
  let k = raw.first - 1;
  while (k > from && raw.first - k <= 3 && !comparing(tokens, k, raw.last)) k--;
  if (!comparing(tokens, k, raw.last)) return false;
  for (let j = from; j < k; j++) if (figureAt[j]) return true;
  return false;
}

/**
 * The word at `k` opens a level a change came from: "up from", or "compared with" a level a time clause
 * dates ("about $60 when the patent expired"); not "compared with 2.1 million forints for a senior doctor"
 * or "against 795 at home", levels of the same time.
 */
function comparing(tokens: readonly Token[], k: number, last: number): boolean {
  const norm = tokens[k]?.norm;
  if (norm === "from") return true;
  return norm === "with" && tokens[k - 1]?.norm === "compared" && EARLIER_TIME.has(tokens[last]?.norm ?? "");
}

/** Words right after a compared level that date it before now: "when the patent expired", "previously". */
const EARLIER_TIME = new Set(["when", "before", "previously", "earlier", "then", "back"]);

/** A standing "now" stands between two positions. */
function standingBetween(
  periods: readonly PeriodHit[],
  periodAt: Int32Array,
  from: number,
  to: number,
): boolean {
  for (let k = from; k < to; k++) if (periods[periodAt[k] ?? -1]?.standing) return true;
  return false;
}

/** Period `p` is one day after "as of": "as of November 15". */
function asOfDay(tokens: readonly Token[], p: PeriodHit): boolean {
  return tokens[p.first - 1]?.norm === "of" && tokens[p.first - 2]?.norm === "as" && isOneDay(p);
}

/**
 * A past verb of a flow ("visited", "burned", "welcomed"), no level's nor a report's, right before the
 * figure ("welcomed 2,004,318 tourists") or right after it ("6.2 million hectares burned").
 */
function countsFlow(tokens: readonly Token[], first: number, last: number): boolean {
  const flow = (tok: Token | undefined) =>
    tok !== undefined &&
    isPastVerb(tok) &&
    !LEVEL_VERBS.has(tok.norm) &&
    !AUXILIARY_PASTS.has(tok.norm) &&
    !REPORT_PASTS.has(tok.norm) &&
    !CHANGE_VERB.has(tok.norm);
  return flow(tokens[first - 1]) || flow(tokens[last]);
}

/** Past verbs of a report or a balance, which count no flow: "data showed", "he said", "$2.1 billion left". */
const REPORT_PASTS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS.filter((verb) => !verb.includes(" ")),
  ...DATA_VERBS,
  "reported",
  "left",
]);
/** Past forms of "be" and "have", which state levels. */
const AUXILIARY_PASTS = new Set(["was", "were", "had", "been"]);

/** The period at `first` follows "ahead of" (and "the"): "ahead of the December holiday season". */
function aheadOf(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1]?.norm === "the" ? first - 2 : first - 1;
  return tokens[of]?.norm === "of" && tokens[of - 1]?.norm === "ahead";
}

/** Tokens back from a level to the "from" it came from: "from its previous forecast of 80 billion yen". */
const CAME_FROM_REACH = 5;

/** The level at `first` is one a change came from: "from" stands right before it or its few words. */
function cameFromLevel(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - CAME_FROM_REACH); k--) {
    const norm = tokens[k]?.norm ?? "";
    if (norm === "from") return true;
    if (norm === "," || tokens[k]?.kind === "num" || REVISED_LEVELS.has(norm)) return false;
  }
  return false;
}

/** Words that set a level against the figure right before it: "$7.8 billion versus $7.4 billion". */
const VERSUS_WORDS = new Set(["versus", "vs", "vs."]);
/** Tokens back from "versus" to the figure it follows, at most ("SEK 7.8 BILLION VERSUS"). */
const VERSUS_REACH = 3;

/**
 * The level at `first` is set against the figure before it: "* Q3 revenue SEK 7.8 billion versus SEK 7.4
 * billion": it takes no period from before that figure (a year-ago level written with none of its own).
 */
function versusLevel(tokens: readonly Token[], figureAt: Uint8Array, first: number): boolean {
  let k = first - 1;
  while (k > 0 && LEVEL_DESCRIBERS.has(tokens[k]?.norm ?? "")) k--;
  if (!VERSUS_WORDS.has(tokens[k]?.norm ?? "")) return false;
  for (let j = k - 1; j >= Math.max(0, k - VERSUS_REACH); j--) if (figureAt[j]) return true;
  return false;
}

/**
 * The level at `first` is the "from" of a move to another level: "net profit increased to RM746.2mil from
 * RM661mil" (with no percentage, so no change base marks it). Not an amount revised for the same time:
 * "the budget for 2026/27 had been cut to Sh1.1 billion from Sh1.6 billion", "revised down to".
 */
function movedToThenFrom(
  tokens: readonly Token[],
  figureAt: Uint8Array,
  periodAt: Int32Array,
  first: number,
): boolean {
  if (tokens[first - 1]?.norm !== "from") return false;
  let k = first - 2;
  // ("rose to RM25mil in the 2025/26 financial year, from RM18mil": past the level's own period.)
  if (tokens[k]?.norm === ",") k--;
  const periodWord = (j: number) =>
    (periodAt[j] ?? -1) >= 0 || ["financial", "fiscal", "year"].includes(tokens[j]?.norm ?? "");
  const dated = periodWord(k);
  for (let n = 0; n < MOVED_PERIOD_TOKENS && periodWord(k); n++) k--;
  for (let n = 0; dated && n < PERIOD_LEAD_TOKENS && OWN_PERIOD_LEADS.has(tokens[k]?.norm ?? ""); n++) k--;
  const end = k;
  while (k >= 0 && end - k < REACHED_LEVEL_TOKENS && figureAt[k]) k--;
  if (k === end || tokens[k]?.norm !== "to") return false;
  const verb = tokens[k - 1]?.norm ?? "";
  const revised =
    REVISING_VERBS.has(verb) ||
    ((verb === "down" || verb === "up") && REVISING_VERBS.has(tokens[k - 2]?.norm ?? ""));
  return CHANGE_VERB.has(verb) && !revised;
}

/** Tokens of the period a level reached may carry before ", from": "in the 2025/26 financial year". */
const MOVED_PERIOD_TOKENS = 8;
/** Words that lead to that period, and how many may stand together: "in the", "for its". */
const OWN_PERIOD_LEADS = new Set(["in", "for", "during", "the", "its"]);
const PERIOD_LEAD_TOKENS = 3;
/** Tokens of the level reached before its period or "from": "RM746.2mil", "US$1.2 billion". */
const REACHED_LEVEL_TOKENS = 8;

/** Verbs that revise an amount for the same time rather than compare two times. */
const REVISING_VERBS = new Set([
  "cut",
  "reduced",
  "lowered",
  "slashed",
  "trimmed",
  "raised",
  "lifted",
  "hiked",
  "boosted",
  "revised",
  "marked",
  "scaled",
  "adjusted",
]);

/** Words of a level revised for the same period: "from its previous forecast of", "the revised estimate". */
const REVISED_LEVELS = new Set([
  "forecast",
  "forecasts",
  "estimate",
  "estimates",
  "guidance",
  "target",
  "outlook",
]);

/** Every token of [from, to) lies in a change's base. */
function withinBase(inBase: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!inBase[k]) return false;
  return to > from;
}

/** Tokens a restatement ", or 98 cents per diluted share," may hold between its commas, at most. */
const RESTATEMENT_TOKENS = 8;

/**
 * The token after the restatement set off by commas at `from` (", or $2.91 a share,"), or `from` when
 * none stands there.
 */
function pastRestatement(tokens: readonly Token[], figureAt: Uint8Array, from: number): number {
  if (tokens[from]?.norm !== "," || tokens[from + 1]?.norm !== "or" || !figureAt[from + 2]) return from;
  for (let k = from + 3; k < Math.min(tokens.length, from + 2 + RESTATEMENT_TOKENS); k++)
    if (tokens[k]?.norm === ",") return k + 1;
  return from;
}

/** Words that lead from a figure to its period: "5% in the second quarter", "$2 billion for the year". */
const TO_PERIOD = new Set(["in", "for", "during", "over", "the", "its", "their"]);

/** Only words that lead to a period stand from `from` to `to`. */
function ledTo(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!TO_PERIOD.has(tokens[k]?.norm ?? "")) return false;
  return true;
}

/** The figure's period a period hit gives: its text and dates ("last year's": without the possessive). */
export function periodOfHit(
  text: string,
  tokens: readonly Token[],
  hit: PeriodHit,
): FigurePeriod | undefined {
  const a = tokens[hit.first];
  const b = tokens[hit.last - 1];
  if (!a || !b) return undefined;
  const end = possessiveOwner(tokens, hit.last - 1) === hit.last - 1 ? b.end - 2 : b.end;
  const period: FigurePeriod = { text: text.slice(a.start, end), start: a.start, end };
  if (hit.from) period.from = hit.from;
  if (hit.to) period.to = hit.to;
  return period;
}

/** Nouns of a quoted price whose day a date after them tells: "the closing price on Monday". */
const PRICE_NOUNS = new Set(["price", "prices", "close", "level"]);

/**
 * Period `p` is the day of a price a premium or discount is measured against: right after "price"
 * ("the closing price on Monday"), or after a figure that follows "price of" ("the closing price of 177.5
 * pence on Feb. 27").
 */
function priceDay(tokens: readonly Token[], figureAt: Uint8Array, p: PeriodHit): boolean {
  let k = p.first - 1;
  if (tokens[k]?.norm !== "on") return false;
  k--;
  if (PRICE_NOUNS.has(tokens[k]?.norm ?? "")) return CLOSING.has(tokens[k - 1]?.norm ?? "");
  // Back over the price's figure to "price of".
  let back = k;
  while (back > k - 6 && figureAt[back]) back--;
  return back < k && tokens[back]?.norm === "of" && PRICE_NOUNS.has(tokens[back - 1]?.norm ?? "");
}

/** Words of a quoted price: "the closing price", "the last traded price", "the offer price". */
const CLOSING = new Set(["closing", "close", "traded", "share", "stock's", "trading", "last"]);

/** Tokens from ", when" to the figure of its clause, at most. */
const WHEN_REACH = 12;

/** The "when" of a ", when" clause the figure at `first` stands in, or -1. */
function whenBefore(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= Math.max(1, first - WHEN_REACH); k--) {
    const norm = tokens[k]?.norm ?? "";
    if (norm === "when") return tokens[k - 1]?.norm === "," ? k : -1;
    if (norm === "," || norm === ";" || norm === ".") return -1;
  }
  return -1;
}

/** Tokens from a period to a figure in a clause of its own, at most. */
const SUBORDINATE_REACH = 16;

/**
 * "prices have risen 30% since the start of the year after Trump doubled tariffs to 50%": a figure in a
 * clause of cause or time with a past verb of its own, opened after the period, is not dated by it ("in
 * 2024, when consumption fell 6.5%" is: "when" tells the time of the period before it).
 */
function inSubordinateAfter(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > SUBORDINATE_REACH) return false;
  for (let k = from; k < to; k++) {
    if (!EVENT_OPENERS.has(tokens[k]?.norm ?? "")) continue;
    for (let j = k + 1; j < to; j++) if (isPastVerb(tokens[j])) return true;
  }
  return false;
}

/** Tokens from a period to a figure a present predicate after "and" may lie between, at most. */
const PRESENT_PREDICATE_REACH = 24;

/**
 * "had revenue of 610 million pounds in 2025 and employ about 2,700 people": between the period and the
 * figure, "and" opens a predicate in the present or the future, which the period does not date.
 */
function presentPredicateAfter(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > PRESENT_PREDICATE_REACH) return false;
  for (let k = from; k < to; k++)
    if (tokens[k]?.norm === "and" && PRESENT_PREDICATE.has(tokens[k + 1]?.text ?? "")) return true;
  return false;
}

/** Tokens from ", while" to the parallel clause's verb, at most (keeps a long clause linear). */
const PARALLEL_VERB_REACH = 16;

/** Past forms of "be": "..., while profit was flat at $2 billion". */
const PAST_COPULAS = new Set(["was", "were"]);
/** Past tenses of a count carried, made or held: "handled", "flew", "sold", "had". */
const PAST_COUNTS: ReadonlySet<string> = new Set(
  [...THROUGHPUT_VERBS, ...MAKING_VERBS].filter(
    (verb) => verb.endsWith("ed") || ["flew", "had", "held", "sold", "drew", "shed", "lost"].includes(verb),
  ),
);

/** Words that join a parallel clause after a comma: "..., while exports rose 27%". */
const PARALLEL_JOINS = new Set(["while", "whereas"]);

/**
 * "Imports fell 31% in April-October, while exports rose 27% to 3.6 million tonnes": a parallel clause in
 * the past tense with no period of its own reports for the period of the figure before it in the
 * sentence. The join's token, or -1 when the clause at `clauseStart` is none such.
 */
export function parallelJoin(tokens: readonly Token[], clauseStart: number, figureFirst: number): number {
  const join = PARALLEL_JOINS.has(tokens[clauseStart]?.norm ?? "") ? clauseStart : clauseStart - 1;
  if (!PARALLEL_JOINS.has(tokens[join]?.norm ?? "") || tokens[join - 1]?.norm !== ",") return -1;
  // A change or a level in the past ("rose", "climbed", "accounted", "was"), not "has urged"; near the join.
  for (let k = join + 1; k < Math.min(figureFirst, join + 1 + PARALLEL_VERB_REACH); k++) {
    const norm = tokens[k]?.norm ?? "";
    // ("..., while Cape Town International handled 5.6 million", "while Fly Jinnah flew 1.1m": a count
    // carried, made or held in the past, too.)
    // (A count, not a price: "while Keppel sold M1's business for $1.4bn" is a deal of its own; nor "had"
    // as a helper: "while fees had risen to $2,000".)
    const counted =
      PAST_COUNTS.has(norm) &&
      tokens[k]?.text === norm &&
      tokens[figureFirst]?.kind === "num" &&
      !(norm === "had" && isPastVerb(tokens[k + 1]));
    const moved = (isPastVerb(tokens[k]) && (CHANGE_VERB.has(norm) || LEVEL_VERBS.has(norm))) || counted;
    if (moved || PAST_COPULAS.has(norm)) return join;
  }
  return -1;
}

/** The words right before a level compared: "from", "than", "compared with", "versus", a qualifier after. */
const COMPARED_BEFORE =
  /\b(?:from|than|compared with|compared to|versus|vs\.?|against)\s+(?:(?:an?|the|about|around|some|nearly|estimated|revised)\s+)*$/i;

/** The opening of a comparative right before its figure: "(H1 2025: ", "(2024: ". */
const COMPARATIVE_BEFORE = /\([^()]{1,30}:\s*$/;

/** Figures back the first figure of a sentence may be, at most (keeps a sentence of many figures linear). */
export const LEAD_REACH = 20;

/**
 * The period of a figure at token `figureFirst` in a parallel clause (see parallelJoin): that of the
 * sentence's first figure (the sentence starts at character `sentenceStart`) that has one, not a level
 * compared ("from $742 million a year earlier"); undefined when there is none.
 */
export function parallelPeriod(
  tokens: readonly Token[],
  figures: readonly Figure[],
  sentenceStart: number,
  clauseStart: number,
  figureFirst: number,
): FigurePeriod | undefined {
  const join = parallelJoin(tokens, clauseStart, figureFirst);
  if (join < 0) return undefined;
  const before = tokens[join]?.start ?? 0;
  let lead: FigurePeriod | undefined;
  for (let i = figures.length - 1; i >= Math.max(0, figures.length - LEAD_REACH); i--) {
    const f = figures[i];
    if (!f || f.sentence.start !== sentenceStart) break;
    // ("rose to 152 million reais from 98 million reais in 2024, while ...": not the level compared.)
    const leadIn = f.sentence.text.slice(Math.max(0, f.start - sentenceStart - 40), f.start - sentenceStart);
    // (Nor a comparative's: "to £1.94bn (H1 2025: £1.69bn), while ...".)
    const compared = COMPARED_BEFORE.test(leadIn) || COMPARATIVE_BEFORE.test(leadIn);
    if (f.start < before && f.period && !compared) lead = f.period;
  }
  return lead && !/\b(?:earlier|ago|before|previous|prior)\b/i.test(lead.text) ? lead : undefined;
}

/**
 * The date at `i` is when a dividend is paid or who holds it is recorded, no figure's period (a period
 * still, so no figure reads across it): "payable on Dec 18", "payable Jan. 7 to shareholders of record on
 * Dec. 15".
 */
function paymentDateAt(t: readonly Token[], i: number): boolean {
  // ("stockholders of record as of May 20", "shareholders on record as of Dec. 1").
  const at = t[i - 1]?.norm === "on" ? i - 1 : t[i - 1]?.norm === "of" && t[i - 2]?.norm === "as" ? i - 2 : i;
  const before = t[at - 1]?.norm;
  return before === "payable" || (before === "record" && ["of", "on"].includes(t[at - 2]?.norm ?? ""));
}
