/** Who gives each figure: the quotation it sits in, else the reported speech of its sentence. */
import type { Entity } from "../entities/types.ts";
import { RELATIVES, type Scopes } from "./clauses.ts";
import { findQuotes, type QuoteRegion } from "./quotes.ts";
import { firstAtOrAfter } from "./search.ts";
import type { Attribution } from "./speaker-names.ts";
import { Resolver, reportedIn } from "./speakers.ts";
import type { Token } from "./tokenize.ts";
import type { FigureSpeaker } from "./types.ts";

export class FigureSpeakers {
  private readonly quotes: QuoteRegion[];
  private readonly quoteOf: Int32Array;
  private readonly reported: Array<Attribution | undefined>;
  private readonly people: Resolver;

  constructor(
    text: string,
    private readonly tokens: readonly Token[],
    private readonly scopes: Scopes,
    entities: readonly Entity[],
  ) {
    this.quotes = findQuotes(tokens);
    this.quoteOf = regionIndex(tokens.length, this.quotes);
    const { named, reported } = attributions(tokens, scopes.sentenceTokens, this.quotes, this.quoteOf);
    this.reported = reported;
    this.people = new Resolver(text, entities, named);
  }

  /** The speaker of the figure that starts at token `first` of sentence `sentence`. */
  speakerOf(first: number, sentence: number): FigureSpeaker | undefined {
    const region = this.quotes[this.quoteOf[first] ?? -1];
    if (region?.speaker) return this.people.speaker(region.speaker, "quoted");
    const reported = this.reported[sentence];
    if (
      reported &&
      (reported.from === undefined || (this.tokens[first]?.start ?? 0) >= reported.from) &&
      !inOtherRelative(this.tokens, this.scopes, reported.at, first) &&
      !afterContrast(this.tokens, reported.at, first)
    )
      return this.people.speaker(reported, "reported");
    return undefined;
  }
}

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
): { named: Attribution[]; reported: Array<Attribution | undefined> } {
  const named: Attribution[] = [];
  const reported: Array<Attribution | undefined> = [];
  for (const q of quotes) if (q.speaker && !q.speaker.pronoun) named.push(q.speaker);
  for (const [a, b] of sentenceTokens) {
    const r = b > a ? reportedIn(tokens, a, b, (k) => (quoteOf[k] ?? -1) >= 0) : undefined;
    reported.push(r);
    if (r && !r.pronoun) named.push(r);
  }
  named.sort((x, y) => x.end - y.end);
  return { named, reported };
}

/** Words that open a clause with a subject of its own: "X said ..., while rival ABB plans to shed 2,500". */
const CONTRAST_JOINS = new Set(["while", "whereas"]);
/** How far the search for such a word reaches, in tokens. */
const CONTRAST_REACH = 40;

/** A contrast opens between the speech verb at character `at` and the figure at token `figure`. */
function afterContrast(tokens: readonly Token[], at: number, figure: number): boolean {
  const verb = firstAtOrAfter(tokens, at, (tok) => tok.start);
  if (verb >= figure) return false;
  for (let k = Math.max(verb, figure - CONTRAST_REACH); k < figure; k++)
    if (CONTRAST_JOINS.has(tokens[k]?.norm ?? "") && tokens[k - 1]?.norm === ",") return true;
  return false;
}
