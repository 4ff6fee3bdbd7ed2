/**
 * Whether a figure's clause reports a past result, the figures a story's period is carried to: a simple
 * past ("rose", "was", "totalled") or a bulleted item, nothing to come, no time of the publication's, no
 * duration of its own, and no market move in the sentence (story-periods.ts).
 */
import {
  FORWARD_NOUNS,
  FUTURE_WORDS,
  MARKET_CURRENCIES,
  MARKET_MOVE_WORDS,
  NOW_WORDS,
  ONE_OFF_ACTS,
  PLANNED_ACTIONS,
} from "./data/periods.ts";
import { ARTICLE_WORDS, DETERMINER_WORDS } from "./data/subject-words.ts";
import { CHANGE_VERB, ONE, PRESENT_PREDICATE, QUALIFIER_WORDS, TEN, TIME_UNIT } from "./lexicon.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { SPEECH } from "./speaker-names.ts";
import type { FigurePlace, StoryText } from "./story-periods.ts";
import { accountingPhrase, isPastVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Words that keep a clause from reporting a past result: what is to come, or was only planned. */
export const FORWARD: ReadonlySet<string> = new Set([...FUTURE_WORDS, ...FORWARD_NOUNS]);

/**
 * Words before a past form that make it no verb of the clause: "to be paid", "has been cut", "the
 * sector's installed capacity", "an estimated 733,000", "the combined company".
 */
const MODIFIER_LEADS: ReadonlySet<string> = new Set([
  "to",
  "be",
  "been",
  "being",
  "'s",
  "’s",
  ...DETERMINER_WORDS,
]);

const MARKET: ReadonlySet<string> = new Set(MARKET_MOVE_WORDS);

const ONE_OFF: ReadonlySet<string> = new Set(ONE_OFF_ACTS);

/** Words after "stock" that make it a venue: "a filing to the stock exchange". */
const EXCHANGES = new Set(["exchange", "exchanges", "exchange's"]);

/** Words after a past form that make it a participle after its noun: "the survey released on Wednesday". */
const AFTER_PARTICIPLE = new Set([
  "on",
  "by",
  "in",
  "at",
  "last",
  "earlier",
  "this",
  "yesterday",
  "today",
  "between",
  "above",
  "below",
  "under",
  "over",
  "from",
  "around",
  "about",
]);

const CURRENCIES: ReadonlySet<string> = new Set(MARKET_CURRENCIES);

/** Currencies a rate is quoted in: "157.8 per dollar", "steady at 129.2 to the dollar". */
const QUOTE_CURRENCIES = new Set(["dollar", "euro", "greenback", "yen"]);

/** Verbs after "to" of what is to be done: "agreed to raise prices by 15%". */
const TO_DO: ReadonlySet<string> = new Set(PLANNED_ACTIONS);

/** Prepositions of a duration: "rose 18% in two weeks", "lost 80% over five years". */
const DURATION_OPENERS = new Set(["in", "over", "within", "during", "for", "across"]);

/** Words that count a time unit: "two weeks", "the past 12 months", "several years". */
const COUNTING = new Set(["past", "last", "next", "several", "few", "many", "recent"]);

/**
 * Helpers that make the clause's tense no simple past: "is costing", "are taxed", "has risen"; "had"
 * tells a state or a past before the story's ("the state had about 3,600 firms", "had risen").
 */
const PRESENT_HELPERS = new Set(["is", "are", "am", "has", "have", "had"]);

/** Words of the time of publication: "now stands at", "currently holds". */
const NOW: ReadonlySet<string> = new Set([...NOW_WORDS, "still", "already"]);

/** Past forms that are prepositions here: "compared with", "according to", "based on". */
const NOT_VERBS = new Set(["compared", "according", "based", "excluding", "including", "led", "followed"]);

/** Verbs whose past is their present, read as past in a clause with no other tense: "cut 19,755 jobs". */
const SAME_IN_PAST = new Set(["cut", "shed", "hit", "quit"]);

/** Participles after "was"/"were" that report a forecast: "were seen splitting", "was projected at". */
const FORECAST_PARTICIPLES = new Set(["seen", "expected", "forecast", "projected", "estimated", "predicted"]);

/** Verbs of a result reported, after "has"/"have": "has reported a 4.6 per cent rise", "have posted". */
const RESULT_REPORTS = new Set(["reported", "posted", "recorded", "booked", "logged"]);

/** Helpers of the present perfect. */
const PERFECT_HELPERS = new Set(["has", "have"]);

/** Words after "had" that make it the past of "have", a result had: "it had net income of", "had revenue of". */
const HAD_OBJECTS = new Set(["net", "revenue", "revenues", "sales", "income", "profit", "earnings"]);

/** "was up 5%", "were 12% higher": past forms of "be". */
const PAST_COPULAS = new Set(["was", "were"]);

/** Tokens a clause is read over for its verb, at most (keeps a long clause linear). */
export const CLAUSE_REACH = 40;

/** Bullet marks that open a line of a list of results: "- Net sales increased 6.4%". */
export const BULLETS = new Set(["-", "•", "*", "–", "—", "·", "▪"]);

/**
 * The figure's clause reports a past result: its first verb is a simple past that is no speech ("rose",
 * "was", "totalled"), or the figure is an item of a bulleted list; nothing in it is to come or now, it
 * counts no duration of its own, and its sentence moves no market.
 */
export function reportsPastResult(input: StoryText, place: FigurePlace, perfect = false): boolean {
  const { tokens } = input;
  const range = input.sentenceTokens[input.sentenceOf[place.first] ?? -1];
  if (!range) return false;
  for (
    let k = Math.max(range[0], place.first - 2 * CLAUSE_REACH);
    k < Math.min(range[1], place.last + CLAUSE_REACH);
    k++
  ) {
    // ("said in a filing to the stock exchange": the venue of a statement, no market move.)
    const venue = EXCHANGES.has(tokens[k + 1]?.norm ?? "");
    if (
      (MARKET.has(tokens[k]?.norm ?? "") && !venue) ||
      quotedRate(tokens, k) ||
      currencyMove(tokens, k) ||
      priceAt(tokens, k, range) ||
      indexMove(tokens, k)
    )
      return false;
  }
  if (presentVerbBefore(tokens, place)) return false;
  let tense: "past" | "other" | undefined;
  // ("collected N22.59 trillion between January and October, representing 89.6 per cent of its N25.2
  // trillion target": a target in a clause set off after the figure is that clause's.)
  let setOffAfter = false;
  for (
    let k = Math.max(place.clauseStart, place.first - CLAUSE_REACH);
    k < Math.min(place.clauseEnd, place.last + CLAUSE_REACH);
    k++
  ) {
    const tok = tokens[k];
    if (!tok) continue;
    const before = tokens[k - 1]?.norm ?? "";
    if (k > place.last && before === ",") setOffAfter = true;
    // "rose 5%, more than expected", "beating its own target of 6 billion euros" look back.
    // ("raised its full-year profit forecast after NGR rose 9%": what is to come in the clause before
    // the one that reports the figure.)
    if (
      FORWARD.has(tok.norm) &&
      before !== "than" &&
      before !== "as" &&
      !setOffAfter &&
      !measuredAgainst(tokens, k) &&
      !(k < place.first && splitBetween(tokens, k, place.first))
    )
      return false;
    if (
      NOW.has(tok.norm) ||
      (tok.norm === "far" && before === "so") ||
      durationAt(tokens, k, input.periodAt) ||
      infinitiveAt(tokens, k)
    )
      return false;
    if (tense) continue;
    // ("NBN Co has reported a 4.6 per cent rise": a result reported, in the present perfect.)
    if (PRESENT_HELPERS.has(tok.norm) && RESULT_REPORTS.has(tokens[k + 1]?.norm ?? "")) tense = "past";
    // ("The NSIA has said its total assets rose": the tense of what is said, not of the saying.)
    else if (PERFECT_HELPERS.has(tok.norm) && tokens[k + 1]?.norm === "said" && k + 1 < place.first) continue;
    // ("Malabar Warriors has narrowed its net loss to Rs 38.4 crore for the financial year ended March 31":
    // with a period of its own named, a result in the present perfect.)
    else if (perfect && PERFECT_HELPERS.has(tok.norm) && isPastVerb(tokens[k + 1])) tense = "past";
    // ("said it had net income of $96.8 million in the three months ended Sept. 30": "had" with a noun
    // after it is the past of "have", no helper.)
    else if (
      tok.norm === "had" &&
      tokens[k + 1]?.kind === "word" &&
      HAD_OBJECTS.has(tokens[k + 1]?.norm ?? "")
    )
      tense = "past";
    else if (PRESENT_HELPERS.has(tok.norm)) tense = "other";
    else if (speechAt(tokens, k) || NOT_VERBS.has(tok.norm) || modifier(tokens, k)) continue;
    // "euro-denominated bonds", "built-up reserves": a participle inside a word.
    else if (gluedHyphen(tokens, k - 1) || gluedHyphen(tokens, k + 1)) continue;
    // "was reaching ports at around $500 a tonne": a state going on, not a result.
    // ("were seen splitting around 12%", "was expected to": a forecast reported.)
    else if (PAST_COPULAS.has(tok.norm)) {
      const next = tokens[k + 1]?.norm ?? "";
      tense = next.endsWith("ing") || FORECAST_PARTICIPLES.has(next) ? "other" : "past";
    } else if (isPastVerb(tok) || (SAME_IN_PAST.has(tok.norm) && tok.text === tok.norm)) {
      // "Japan pledged 150 million yen": a one-off act, no result of a period ("the survey released on
      // Wednesday showed": a participle after its noun).
      if (ONE_OFF.has(tok.norm)) {
        if (AFTER_PARTICIPLE.has(tokens[k + 1]?.norm ?? "") || tokens[k + 1]?.kind === "punct") continue;
        return false;
      }
      tense = "past";
    }
  }
  if (tense) return tense === "past";
  const opener = tokens[range[0]];
  return opener?.lineStart === true && BULLETS.has(opener.norm);
}

/**
 * The figure's own verb, right before it (past its qualifier), is a present tense of holding or running
 * ("the industry employs around 300,000 workers", "was founded in 1968 and employs approximately 3,400
 * people", "a district that houses 1,500 workshops"): a standing fact, no result of the story's period.
 */
function presentVerbBefore(tokens: readonly Token[], place: FigurePlace): boolean {
  let k = place.first - 1;
  while (k > place.clauseStart && QUALIFIER_WORDS.has(tokens[k]?.norm ?? "")) k--;
  const verb = tokens[k];
  // (Not a noun: "for a hold of 6.4%", "after restructuring costs of $98 million".)
  return (
    verb?.kind === "word" &&
    verb.text === verb.norm &&
    PRESENT_PREDICATE.has(verb.norm) &&
    k >= place.clauseStart &&
    !ARTICLE_WORDS.has(tokens[k - 1]?.norm ?? "") &&
    tokens[k + 1]?.norm !== "of"
  );
}

/**
 * Words that open a clause of what happened before the clause they follow: "raised its forecast after
 * NGR rose 9%". (Not "but": "beats forecasts but warns rates will slide in 2026"; nor "as": "expects the
 * waiver to raise GDP, as each visitor spends 1.9 million won".)
 */
export const CLAUSE_SPLITTERS: ReadonlySet<string> = new Set(["after", "following", "while"]);

/** A word that opens another clause stands between tokens `from` and `to`. */
export function splitBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (CLAUSE_SPLITTERS.has(tokens[k]?.norm ?? "") && !accountingPhrase(tokens, k)) return true;
  return false;
}

/** Words a few words before a target or forecast that measure a result against it: "beating its target". */
const AGAINST = new Set([
  "beating",
  "beat",
  "beats",
  "missing",
  "missed",
  "topping",
  "topped",
  "exceeding",
  "exceeded",
  "above",
  "below",
  "surpassing",
  // "compared with analysts' average estimate of", "versus the consensus of", "short of forecasts".
  "compared",
  "versus",
  "vs",
  "against",
  "short",
  "ahead",
  "trailing",
  "lagging",
  // "rose faster than Wall Street expected".
  "than",
]);

/** The forward noun at `k` is what a result is measured against: "beating its own target of". */
export function measuredAgainst(tokens: readonly Token[], k: number): boolean {
  // "ahead of the 828 million analysts had forecast": what forecasters had expected, set against a result.
  if (HELPERS_OF_PAST.has(tokens[k - 1]?.norm ?? "") && FORECASTERS.has(tokens[k - 2]?.norm ?? ""))
    return true;
  for (let j = k - 1; j >= Math.max(0, k - AGAINST_REACH); j--) {
    const norm = tokens[j]?.norm ?? "";
    // ("than" only close by: "faster than Wall Street expected", not "steeper than expected, and trimmed
    // their price target").
    if (AGAINST.has(norm) && (norm !== "than" || k - j <= THAN_REACH)) return true;
  }
  return false;
}

/** Words of an expectation a result may be set against: "above expectations", "the forecast". */
const EXPECTATIONS: ReadonlySet<string> = new Set([...FORWARD_NOUNS, "expected", "forecast", "projected"]);

/**
 * The word of what is to come at `k` is an expectation a result is set against ("faster than expected",
 * "ahead of the 828 million analysts had forecast"), not a verb that looks ahead ("warns rates to slide").
 */
export function expectationMet(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k - 1]?.norm === "than" || (EXPECTATIONS.has(tokens[k]?.norm ?? "") && measuredAgainst(tokens, k))
  );
}

/** Who forecasts, and the helpers of what they had forecast: "analysts had expected". */
const FORECASTERS = new Set(["analysts", "economists", "investors", "traders", "markets"]);
const HELPERS_OF_PAST = new Set(["had", "have"]);

/** Tokens back from an expectation its "than" may be: "than Wall Street expected". */
const THAN_REACH = 3;

/** Tokens back from a forecast noun its comparison word may be: "compared with analysts' average estimate". */
const AGAINST_REACH = 6;

/** A verb of speech at token `k`: "said", "estimated that" ("reported net income of" reports a result). */
function speechAt(tokens: readonly Token[], k: number): boolean {
  // ("Storms added $21 billion": a figure right after is what was added.)
  if (["num", "sym"].includes(tokens[k + 1]?.kind ?? "")) return false;
  return SPEECH.forward(tokens, k) !== undefined;
}

/**
 * The past form at token `k` modifies a noun rather than telling what happened: "to be paid", "an
 * estimated 733,000", "the sector's installed capacity", "newly qualified", "species recognised by".
 */
function modifier(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.norm ?? "";
  return (
    MODIFIER_LEADS.has(before) ||
    /['’]s$/.test(before) ||
    (before.length > 4 && before.endsWith("ly") && !CHANGE_VERB.has(tokens[k]?.norm ?? "")) ||
    (tokens[k + 1]?.norm === "by" && !CHANGE_VERB.has(tokens[k]?.norm ?? ""))
  );
}

/** "agreed to raise gas prices by 15%", "to hire 2,000 more rangers": what is to be done, at token `k`. */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  // ("as merchant payments continued to grow": a past going on, nothing to come.)
  if (GOING_ON.has(tokens[k - 1]?.norm ?? "")) return false;
  return tokens[k]?.norm === "to" && TO_DO.has(tokens[k + 1]?.norm ?? "");
}

/** Past verbs before an infinitive that tell of what went on, not of what is to come. */
const GOING_ON = new Set(["continued", "began", "started", "helped", "managed", "failed", "used"]);

/**
 * "The rupee weakened", "the dollar index", "The New Zealand dollar fell": a currency's move at token `k`
 * (not "5 billion rand", "in Hong Kong dollars").
 */
function currencyMove(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm ?? "";
  if (CURRENCIES.has(norm) && tokens[k - 1]?.norm === "the") return true;
  if (!NAMED_CURRENCIES.has(norm)) return false;
  let j = k - 1;
  while (j > k - 3 && tokens[j]?.norm !== "the" && isCapitalized(tokens[j])) j--;
  return j < k - 1 && tokens[j]?.norm === "the";
}

/** Currencies that move when named by their country: "the Australian dollar", "the Swiss franc". */
const NAMED_CURRENCIES = new Set(["dollar", "euro", "pound", "franc", "currency"]);

/** Words of a per-share result: "EPS rose 15% to $1.02" reports, "rose 0.4% to 19.85 reais" is a price. */
const PER_SHARE = new Set(["share", "eps", "dividend", "per"]);

/** Scale words after an amount: "$61.20 billion" is no price. */
const SCALE_WORDS = new Set(["million", "billion", "trillion", "bn", "m", "crore", "lakh", "mln", "bln"]);

/**
 * A share price at token `k`: an amount in cents reached or traded at ("slid 6.4% to $61.20", "rose 0.4%
 * to 19.85 reais"), in a sentence that names no per-share result.
 */
function priceAt(tokens: readonly Token[], k: number, range: [number, number]): boolean {
  const tok = tokens[k];
  if (tok?.kind !== "num" || !/^\d{1,5}\.\d\d$/.test(tok.norm)) return false;
  const lead = tokens[k - 1]?.kind === "sym" || /\$$/.test(tokens[k - 1]?.text ?? "") ? k - 2 : k - 1;
  if (!["to", "at"].includes(tokens[lead]?.norm ?? "")) return false;
  const next = tokens[k + 1];
  if (next?.kind === "word" && SCALE_WORDS.has(next.norm)) return false;
  const to = Math.min(range[1], k + CLAUSE_REACH);
  for (let j = Math.max(range[0], k - CLAUSE_REACH); j < to; j++)
    if (PER_SHARE.has(tokens[j]?.norm ?? "")) return false;
  // ("the average daily room rate fell 2.4% to $214.70": money a rate or a fare reaches is no share's
  // price, when no shares are named; "the Treasury bill rate fell to 7.94 percent" stays a market's.)
  let priced = false;
  const money = lead === k - 2;
  for (let j = Math.max(range[0], k - PRICE_NOUN_REACH); j < k && money; j++) {
    const norm = tokens[j]?.norm ?? "";
    if (SHARE_WORDS.has(norm)) return true;
    if (PRICE_NOUNS.has(norm)) priced = true;
  }
  return !priced;
}

/** Tokens back from a price its noun may stand: "the average daily room rate fell 2.4% to". */
const PRICE_NOUN_REACH = 10;
/** Nouns of a price a story reports for its period: rates, fares, tariffs, rents. */
const PRICE_NOUNS = new Set([
  "rate",
  "rates",
  "fare",
  "fares",
  "tariff",
  "tariffs",
  "rent",
  "rents",
  "wage",
  "wages",
  "fee",
  "fees",
]);
/** Words of a share's price. */
const SHARE_WORDS = new Set(["shares", "share", "stock", "stocks"]);

/**
 * A stock index's move at token `k`: a named index ("the Hang Seng Index", "the KOSPI index") or index
 * points ("fell 112.35 points"); not a price index ("The dairy index dropped 2.8%") nor percentage points.
 */
function indexMove(tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k];
  if (tok?.norm === "index") {
    const before = tokens[k - 1];
    return (
      tok.text === "Index" || before?.kind === "num" || (before !== undefined && before.text !== before.norm)
    );
  }
  // ("driven by 2.8 points of volume": points of a change's make-up.)
  const moved =
    CHANGE_VERB.has(tokens[k - 2]?.norm ?? "") || ["up", "down"].includes(tokens[k + 1]?.norm ?? "");
  return tok?.norm === "points" && tokens[k - 1]?.kind === "num" && moved;
}

/** A rate quoted in a currency at token `k`: "per dollar", "to the dollar", "against the euro". */
function quotedRate(tokens: readonly Token[], k: number): boolean {
  if (!QUOTE_CURRENCIES.has(tokens[k]?.norm ?? "")) return false;
  const before = tokens[k - 1]?.norm ?? "";
  return before === "per" || (before === "the" && ["to", "against"].includes(tokens[k - 2]?.norm ?? ""));
}

/**
 * A duration opens at token `k`: "in two weeks", "over the past 12 months", "for several years"; not a
 * period ("in the three months through October").
 */
function durationAt(tokens: readonly Token[], k: number, periodAt: Int32Array): boolean {
  if (!DURATION_OPENERS.has(tokens[k]?.norm ?? "")) return false;
  let counted = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const tok = tokens[j];
    // ("in the three months through October" is a period.)
    if (!tok || (periodAt[j] ?? -1) >= 0) return false;
    if (counted && TIME_UNIT.has(tok.norm)) return true;
    counted ||= tok.kind === "num" || ONE.has(tok.norm) || TEN.has(tok.norm) || COUNTING.has(tok.norm);
    if (!counted && tok.norm !== "the") return false;
  }
  return false;
}
