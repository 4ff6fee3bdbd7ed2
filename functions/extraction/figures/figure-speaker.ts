/** Who gives each figure: the quotation it sits in, else the reported speech of its sentence. */
import { isLegalForm } from "../entities/legal-forms.ts";
import { CAPITALS_LEGAL_FORMS } from "../entities/lexicon/organizations.ts";
import type { Entity, Mention } from "../entities/types.ts";
import { AnswerLabels } from "./answer-labels.ts";
import { RELATIVES, type Scopes } from "./clauses.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { findQuotes, type QuoteRegion } from "./quotes.ts";
import { firstAtOrAfter } from "./search.ts";
import { type Attribution, SENTENCE_END } from "./speaker-names.ts";
import { Resolver, reportedIn } from "./speakers.ts";
import { DASHES } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { FigureSpeaker } from "./types.ts";

export class FigureSpeakers {
  private readonly quotes: QuoteRegion[];
  private readonly quoteOf: Int32Array;
  private readonly reported: Attribution[][];
  private readonly people: Resolver;
  /** What each list heading attributes its items to, read on its first item (null: no one). */
  private readonly headingSpeakers = new Map<number, Attribution | null>();
  /** The organizations' mentions, by where they start. */
  private readonly organizations: Map<number, Mention>;
  /** Who answers on each line of an interview written as questions and answers. */
  private readonly answers: AnswerLabels;

  constructor(
    text: string,
    private readonly tokens: readonly Token[],
    private readonly scopes: Scopes,
    /** For each sentence, the list heading it is an item under, or -1 (list-headings.ts). */
    private readonly headingOf: Int32Array,
    entities: readonly Entity[],
  ) {
    this.quotes = findQuotes(tokens);
    this.quoteOf = regionIndex(tokens.length, this.quotes);
    const { named, reported } = attributions(tokens, scopes.sentenceTokens, this.quotes, this.quoteOf);
    this.reported = reported;
    this.people = new Resolver(text, entities, named);
    this.organizations = new Map(
      entities.filter((e) => e.type === "ORGANIZATION").flatMap((e) => e.mentions.map((m) => [m.start, m])),
    );
    this.answers = new AnswerLabels(tokens, entities);
  }

  /** The speaker of the figure that starts at token `first` of sentence `sentence`. */
  speakerOf(first: number, sentence: number): FigureSpeaker | undefined {
    const region = this.quotes[this.quoteOf[first] ?? -1];
    if (region?.speaker) return this.people.speaker(region.speaker, "quoted");
    // ('"Sales rose 8%," the company said': a quote the sentence attributes, past what the quote finder reads.)
    const own = this.reportedOf(first, sentence, region ? "quoted" : "reported");
    if (own !== null) return own;
    // ("..., according to the Federation of the Swiss Watch Industry:" over "1. United States: 4.31
    // billion francs": a list's items are told by whom its heading names.)
    const heading = this.headingOf[sentence] ?? -1;
    if (heading < 0) {
      // ("A: We shipped 210,000 tonnes to Kampala last year": an interview's answer is its answerer's.)
      const answerer = this.answers.speakerAt(first);
      const linked = answerer && this.people.speaker(answerer, "quoted");
      // ("FAITH ADAMS (caller):": the name the label writes in full, linked only where a mention is it.)
      if (answerer?.written && linked?.name.toLowerCase() !== answerer.name.toLowerCase())
        return { name: answerer.name, mode: "quoted" };
      return linked;
    }
    let told = this.headingSpeakers.get(heading);
    if (told === undefined) {
      told = this.reported[heading]?.[0] ?? this.namedHeading(heading) ?? null;
      this.headingSpeakers.set(heading, told);
    }
    // (The item is read only under a heading that names someone.)
    if (!told || told.from !== undefined || othersView(this.tokens, this.scopes.sentenceTokens[sentence]))
      return undefined;
    return this.people.speaker(told, "reported");
  }

  /**
   * "FRANKFURT, Nov 20, 2026 (Reuters) - Villeroy & Boch AG:": a heading that is an organization's name
   * alone, after a dateline or not, over the items of its results; "Key figures from the Anfacer report:":
   * one that ends with an organization's work.
   */
  private namedHeading(heading: number): Attribution | undefined {
    const [first, last] = this.scopes.sentenceTokens[heading] ?? [0, 0];
    let start = first;
    // (The dateline's dash stands apart: "Ola-Daniels Stationery Plc:" keeps its hyphen.)
    for (let k = first; k < last; k++)
      if (DASHES.has(this.tokens[k]?.norm ?? "") && this.tokens[k]?.spaceBefore) start = k + 1;
    const work = HEADING_WORKS.has(this.tokens[last - 2]?.norm ?? "") ? last - 2 : last - 1;
    const end = this.tokens[work - 1]?.end;
    let org = this.organizations.get(this.tokens[start]?.start ?? -1);
    // (The work's owner after "from" or "from the", not the heading's first words.)
    if (work < last - 1) {
      const from = this.tokens.slice(start, work).findLastIndex((tok) => tok.norm === "from");
      const at = from < 0 ? -1 : start + from + (this.tokens[start + from + 1]?.norm === "the" ? 2 : 1);
      org = this.organizations.get(this.tokens[at]?.start ?? -1);
    }
    // ("Nibe Industrier AB:": the mention may stop before a legal form the heading ends with.)
    let bare = work - 1;
    while (
      bare > start &&
      (isLegalForm(this.tokens[bare]?.norm ?? "") ||
        CAPITALS_LEGAL_FORMS.has(this.tokens[bare]?.text ?? "") ||
        this.tokens[bare]?.norm === ".")
    )
      bare--;
    if (org === undefined || (org.end !== end && org.end !== this.tokens[bare]?.end)) return undefined;
    return { name: org.text, start: org.start, end: org.end, pronoun: false, at: org.end };
  }

  /**
   * The speaker the figure's own sentence names for it; undefined when it names one for another clause
   * only, null when it names none.
   */
  private reportedOf(
    first: number,
    sentence: number,
    mode: FigureSpeaker["mode"],
  ): FigureSpeaker | undefined | null {
    // "The Treasury said ..., while the Bank of England said ...": the last attribution whose clause the
    // figure is in (a later one starts at its "from").
    const at = this.tokens[first]?.start ?? 0;
    const all = this.reported[sentence] ?? [];
    for (let i = all.length - 1; i >= 0; i--) {
      const reported = all[i];
      if (!reported) continue;
      if (i > 0 && at < (reported.from ?? Number.POSITIVE_INFINITY)) continue;
      if (
        (reported.from === undefined || at >= reported.from) &&
        (reported.to === undefined || at < reported.to) &&
        !inOtherRelative(this.tokens, this.scopes, reported.at, first) &&
        !afterContrast(this.tokens, reported.at, first) &&
        !marketMoveAfter(this.tokens, reported.at, first)
      )
        return this.people.speaker(reported, mode);
      return undefined;
    }
    return null;
  }
}

/**
 * Words of what others expect, in a list's item: "* REUTERS POLL: Q3 OPERATING PROFIT SEEN AT SEK 1.04
 * BILLION" is the analysts' view, which the heading's company does not state.
 */
const OTHERS_VIEW = new Set(["poll", "polled", "consensus", "seen", "estimate", "estimates", "expected"]);

/** The item [first, last) gives others' view of the figure, not its heading's source's. */
function othersView(tokens: readonly Token[], range: readonly [number, number] | undefined): boolean {
  if (!range) return false;
  // ("* Says integration synergies ... expected to reach 40 million euros": what the company says.)
  let view = false;
  for (let k = range[0]; k < range[1]; k++) {
    const norm = tokens[k]?.norm ?? "";
    if (norm === "says" || norm === "said") return false;
    if (OTHERS_VIEW.has(norm)) view = true;
  }
  return view;
}

/** Works a heading may name its source's list by: "Key figures from the Anfacer report:". */
const HEADING_WORKS = new Set(["report", "survey", "data", "figures", "statistics", "study", "filing"]);

/**
 * "Xiaomi, whose chairman Lei Jun said the company would deliver 400,000 cars, lost 2.1%": a speech verb
 * inside a relative clause speaks for that clause's figures only.
 */
function inOtherRelative(tokens: readonly Token[], scopes: Scopes, at: number, figure: number): boolean {
  const verb = firstAtOrAfter(tokens, at, (tok) => tok.start);
  const clause = scopes.clause[verb] ?? -1;
  return clause !== scopes.clause[figure] && RELATIVES.has(tokens[clause]?.norm ?? "");
}

function regionIndex(n: number, quotes: readonly QuoteRegion[]): Int32Array {
  const index = new Int32Array(n).fill(-1);
  quotes.forEach((q, idx) => {
    for (let k = q.open; k <= q.close && k < n; k++) index[k] = idx;
  });
  return index;
}

/**
 * The reported-speech attribution of each sentence, and every named attribution in the text in order
 * (pronouns resolve to the nearest one before them).
 */
function attributions(
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<[number, number]>,
  quotes: readonly QuoteRegion[],
  quoteOf: Int32Array,
): { named: Attribution[]; reported: Attribution[][] } {
  const named: Attribution[] = [];
  const reported: Attribution[][] = [];
  const inQuote = (k: number): boolean => (quoteOf[k] ?? -1) >= 0;
  for (const q of quotes) if (q.speaker && !q.speaker.pronoun) named.push(q.speaker);
  for (const [a, b] of sentenceTokens) {
    const found: Attribution[] = [];
    const r = b > a ? reportedIn(tokens, a, b, inQuote) : undefined;
    if (r) found.push(r);
    // "Rio Tinto said shipments rose 3%, and BHP said its output dropped 7%": a clause joined after the
    // first attribution may have its own, named before its verb.
    let last = r;
    for (let guard = 0; last && guard < MORE_ATTRIBUTIONS; guard++) {
      const verb = firstAtOrAfter(tokens, last.at, (tok) => tok.start);
      const join = clauseJoinAfter(tokens, verb + 1, b);
      if (join < 0) break;
      const next = reportedIn(tokens, join + 1, b, inQuote);
      // The joined clause names its own speaker before its verb ("BHP said"), not a pronoun.
      const ownSpeaker = next && !next.pronoun && next.end <= next.at;
      if (!next || !ownSpeaker) break;
      const start = tokens[join + 1]?.start ?? next.start;
      last = { ...next, from: Math.max(next.from ?? start, start) };
      found.push(last);
    }
    reported.push(found);
    for (const x of found) if (!x.pronoun) named.push(x);
  }
  named.sort((x, y) => x.end - y.end);
  return { named, reported };
}

/** Attributions after the first that one sentence may hold. */
const MORE_ATTRIBUTIONS = 2;
/** Words that, after a comma, join a clause that may have its own attribution: ", and BHP said". */
const ATTRIBUTION_JOINS = new Set(["while", "whereas", "and", "but"]);

/** The token of the first ", while" (", and", ", but") in [from, to), or -1. */
function clauseJoinAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++)
    if (ATTRIBUTION_JOINS.has(tokens[k]?.norm ?? "") && tokens[k - 1]?.norm === ",")
      // (", and that the programme announced in June would": the first report goes on.)
      return tokens[k + 1]?.norm === "that" ? -1 : k;
  return -1;
}

/** Words that open a clause with a subject of its own: "X said ..., while rival ABB plans to shed 2,500". */
const CONTRAST_JOINS = new Set(["while", "whereas"]);
/** How far the search for such a word reaches, in tokens. */
const CONTRAST_REACH = 40;

/**
 * A contrast with a subject of its own opens between the speech verb at character `at` and the figure at
 * token `figure`: ", while rival ABB plans to shed 2,500" (a name or a pronoun), not ", while deaths rose
 * 2%" (a common noun, the same report going on).
 */
function afterContrast(tokens: readonly Token[], at: number, figure: number): boolean {
  const verb = firstAtOrAfter(tokens, at, (tok) => tok.start);
  if (verb >= figure) return false;
  for (let k = Math.max(verb, figure - CONTRAST_REACH); k < figure; k++)
    if (
      CONTRAST_JOINS.has(tokens[k]?.norm ?? "") &&
      tokens[k - 1]?.norm === "," &&
      ownSubject(tokens, k + 1, figure)
    )
      return true;
  return false;
}

/**
 * The figure at token `figure` is the market's answer to what was said at character `at`, in a participle
 * clause set off after it: "Bayer posted a 4.2% fall in sales, sending the German group's shares down
 * 5.1%", "..., pushing its stock up 3%". No one said it.
 */
function marketMoveAfter(tokens: readonly Token[], at: number, figure: number): boolean {
  const verb = firstAtOrAfter(tokens, at, (tok) => tok.start);
  for (let k = Math.max(verb, figure - MARKET_MOVE_REACH); k < figure; k++) {
    if (!MOVING.has(tokens[k]?.norm ?? "") || tokens[k - 1]?.norm !== ",") continue;
    for (let j = k + 1; j < figure; j++) if (TRADED.has(tokens[j]?.norm ?? "")) return true;
  }
  return false;
}

/** Participles that set a market's move after a report: ", sending its shares down". */
const MOVING = new Set(["sending", "pushing", "driving", "dragging", "lifting", "knocking"]);
/** What trades: the shares or the stock a move is of. */
const TRADED = new Set(["shares", "stock", "stocks"]);
/** Tokens from such a participle to the figure, at most. */
const MARKET_MOVE_REACH = 10;

/**
 * The clause from `k` names someone before the figure (a capitalized word or a pronoun: "while it
 * expects"), or a source of its own after it (", while spot uranium traded at $72.75, according to UxC").
 */
function ownSubject(tokens: readonly Token[], k: number, figure: number): boolean {
  // (", while sales at its United Sugar Company unit rose": a name after a preposition, or glued inside a
  // word ("the debt-to-GDP ratio"), is not the clause's subject.)
  let inSubject = true;
  for (let j = k; j < figure; j++) {
    const tok = tokens[j];
    // (A clause that opens with its preposition is set somewhere: ", while in NSW the Snow Foundation".)
    if (CLAUSE_PREPOSITIONS.has(tok?.norm ?? "") && j > k) inSubject = false;
    const named =
      tok?.kind === "word" &&
      (tok.text !== tok.norm || CLAUSE_PRONOUNS.has(tok.norm)) &&
      !gluedHyphen(tokens, j - 1) &&
      !gluedHyphen(tokens, j + 1);
    if (inSubject && named) return true;
    // (", while the health ministry estimates the cost at 1.7%": a report of its own.)
    if (CLAUSE_REPORTS.has(tok?.norm ?? "")) return true;
  }
  for (let j = figure; j < figure + CONTRAST_REACH; j++) {
    const norm = tokens[j]?.norm ?? ".";
    if (SENTENCE_END.has(norm)) return false;
    if (
      (norm === "according" && tokens[j + 1]?.norm === "to") ||
      (norm === "by" && isCapitalized(tokens[j + 1]))
    )
      return true;
  }
  return false;
}

/** Verbs that make a contrast clause a report of its own. */
const CLAUSE_REPORTS = new Set([
  "said",
  "says",
  "estimates",
  "estimated",
  "expects",
  "expected",
  "forecast",
  "forecasts",
  "reported",
  "reports",
  "showed",
  "shows",
  "puts",
]);

/** Prepositions that end a contrast clause's subject: ", while sales at its sugar unit fell". */
const CLAUSE_PREPOSITIONS = new Set(["at", "of", "in", "on", "for", "from", "with", "by", "to", "across"]);

/** Pronouns that give a contrast clause its own subject. */
const CLAUSE_PRONOUNS = new Set(["it", "they", "he", "she", "we", "i"]);
